"""What every check shares: the flag it returns, and how sentences are read (Markdown off,
accents folded, words, the French and English function words)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Flag:
    """One reason a translation looks wrong, what was seen, and the words to highlight."""

    reason: str
    detail: str
    french_marks: tuple[str, ...] = ()
    english_marks: tuple[str, ...] = ()


_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(\S(?:.*\S)?)\1$")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>]*>")


def plain_text(text: str) -> str:
    """A sentence without its Markdown: emphasis around it, link targets, autolinks."""
    text = " ".join(text.split())
    match = _EMPHASIS.match(text)
    if match:
        text = match.group(2)
    text = _AUTOLINK.sub(" ", _LINK.sub(r"\1", text))
    return " ".join(text.replace("\\", "").split())


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase, without accents, with straight apostrophes: how names are compared (words
    repeat from sentence to sentence: remembered)."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(char for char in text if not unicodedata.combining(char))


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def words(text: str) -> list[str]:
    """The words of a text (letters, with inner apostrophes and hyphens)."""
    return _WORD.findall(text)


def word_set(text: str) -> frozenset[str]:
    """The set of space-separated words of a text (the word lists below)."""
    return frozenset(text.split())


def word_list(text: str) -> tuple[str, ...]:
    """The space-separated words of a text, in order."""
    return tuple(text.split())


def shorten(text: str, width: int = 40) -> str:
    """A text cut to `width` characters, with an ellipsis when cut (for messages)."""
    return text if len(text) <= width else text[: width - 1] + "…"


def unique(items: Iterable[str]) -> list[str]:
    """Items without repeats, in first-seen order."""
    return list(dict.fromkeys(items))


def lexical(token: str) -> str:
    """A word as the word lists hold it: lowercase, straight apostrophe."""
    return token.casefold().replace("’", "'")


#: French function words, months and days, and words an untranslated answer is made of.
FRENCH_WORDS = word_set(
    """le la les l un une des du de d et est sont était étaient sera seront a ont avait
    avaient été être avoir à que qui quoi dont où ou mais donc car ni ne pas plus moins très
    aussi dans pour par sur sous avec sans chez entre vers depuis pendant avant après
    selon contre au aux ce cet cette ces il elle ils elles on nous vous je j tu me te se
    sa son ses leur leurs notre nos votre vos mon ma mes lui eux y en c qu s n m t
    c'est n'est qu'il qu'elle d'un d'une l'on jusqu lorsqu puisqu tout tous toute toutes
    même bien encore déjà jamais toujours souvent alors ainsi enfin comme si quand lors
    oui non merci bonjour voici voilà fait faire peut doit va vont être aujourd'hui hier
    demain lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril
    mai juin juillet août septembre octobre novembre décembre nouvelle nouvelles nouveau
    pourquoi comment combien quel quelle quels quelles lequel laquelle durant malgré parmi
    hors outre sauf face grâce lorsque puisque tandis ensuite puis désormais cependant
    toutefois néanmoins pourtant surtout notamment seulement environ près presque plusieurs
    chaque certains certaines aucun aucune autre autres beaucoup peu trop assez ici quelques"""
)
ENGLISH_WORDS = word_set(
    """the a an and or but of to in on at by for from with without about into over under
    after before between since during is are was were be been being has have had do does
    did will would can could should may might must not no yes this that these those it
    its he she they we you i his her their our your them him us who which what when where
    why how than then there here very also more most only just all some any each other
    such as so if up out new said says me son plus car"""
)
#: Words in a sentence: words and single punctuation marks.
TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
