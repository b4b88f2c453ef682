"""Pull quotes and quoted subheads inside a copied text, told by what the text repeats.

A line in quotation marks that a paragraph nearby repeats nearly word for word, or that has
its speaker's name under it, is a pull quote; so is one sentence set apart without quotation
marks that a longer paragraph nearby holds word for word, and a line set apart whose words
are a whole quotation of a paragraph nearby (with or without its full stop). A short
quotation heading the paragraphs under it with a phrase from inside a longer quotation of
that part is a subhead.
"""

from __future__ import annotations

import re

from ..model import Block
from .blocks import is_subhead
from .copycredits import is_name_line, looks_like_person
from .copypieces import Piece
from .linekind import Kind
from .lines import INNER_END, word_count

_WORD = re.compile(r"[^\W_]+")
QUOTATION = re.compile(r"«[^«»]+»|“[^“”]+”")
ECHO_SHARE = 0.8
#: How far from a pull quote (in pieces) the paragraph it repeats may be.
ECHO_SPAN = 30
#: The longest sentence set apart without quotation marks that may be a pull quote.
MAX_BARE_QUOTE_WORDS = 30
#: How many paragraphs under a quoted subhead may hold the quotation it takes its words from.
SUBHEAD_PART = 3
#: The fewest words of a sentence set apart that may be a pull quote without quotation marks.
MIN_BARE_QUOTE_WORDS = 6
#: The longest speaker's line under a pull quote that names them before a comma.
MAX_SPEAKER_WORDS = 8
_DASH = re.compile(r"^[—–-]\s*")
#: The words put before a pull quote's speaker for screen readers: `Une citation de Name`.
_CITED = re.compile(r"^(?:une )?citation d(?:e |['’]\s?)(?=(?-i:[A-ZÀ-ÖØ-Þ]))", re.IGNORECASE)


def is_attribution(pieces: list[Piece], index: int, span: range) -> bool:
    """A name under a pull quote: a line in quotation marks, or a bare sentence the text
    repeats (`Chaque soucoupe … larvaire.` / `Marie Caussade, entomologiste`); the name may
    follow the words a screen reader is given (`Une citation de Marie Caussade, …`, kept as
    written: they are the page's words)."""
    if index not in span or index <= span.start:
        return False
    piece = pieces[index]
    named = piece.kind == Kind.NAME or _CITED.match(piece.text) is not None
    # `- Martine Ballestra, présidente de l’association`: drawn with a dash, as a list's item
    named = named or (piece.kind == Kind.BULLET and _dashed_name(piece.text))
    # `Jos Le Bihan, en 2019`: the speaker and when they said it
    named = named or (piece.kind == Kind.TITLE and _name_then_when(piece))
    if not named:
        return False
    return is_quote_like(pieces, index - 1, span) or _speaker_of_text(pieces, index, span)


def _speaker_of_text(pieces: list[Piece], index: int, span: range) -> bool:
    """A name and role (`Anne-Sophie Lejeune, sociologue`) under one sentence set apart, amid
    the text (not closing it, where a name signs), of a person the text quotes: the speaker of
    a pull quote set without quotation marks (`Quand le café ferme, le village perd son
    salon.`)."""
    quote, name = pieces[index - 1], pieces[index]
    if not _set_apart_sentence(quote):
        return False
    person, comma, _ = name.text.partition(",")
    if not comma or not looks_like_person(person) or name.words > MAX_SPEAKER_WORDS:
        return False
    after = [i for i in range(index + 1, span.stop) if pieces[i].kind == Kind.TEXT]
    before = [pieces[i].text for i in range(span.start, index - 1) if pieces[i].kind == Kind.TEXT]
    quoted = [text for text in before if person.strip() in text and QUOTATION.search(text)]
    return bool(after) and bool(quoted)


def _name_then_when(piece: Piece) -> bool:
    """A short line that names a person before its comma: `Jos Le Bihan, en 2019`."""
    name, comma, _ = piece.text.partition(",")
    return bool(comma) and piece.words <= MAX_SPEAKER_WORDS and looks_like_person(name)


def _dashed_name(text: str) -> bool:
    """A speaker's name (and role) after a dash: `- Anne Roy, maraîchère`."""
    match = _DASH.match(text)
    return match is not None and is_name_line(text[match.end() :])


def is_quote_like(pieces: list[Piece], index: int, span: range) -> bool:
    piece = pieces[index]
    if piece.kind == Kind.QUOTE:
        return True
    short = piece.kind == Kind.TEXT and piece.words <= MAX_BARE_QUOTE_WORDS
    return short and echoes(piece.text, _near_text(pieces, index, span))


def _near_text(pieces: list[Piece], index: int, span: range) -> list[str]:
    """The text pieces around `index` (itself left out), where a pull quote's words recur."""
    near = range(max(span.start, index - ECHO_SPAN), min(span.stop, index + ECHO_SPAN))
    return [pieces[i].text for i in near if i != index and pieces[i].kind == Kind.TEXT]


def pull_quote(pieces: list[Piece], index: int, span: range, quoted: set[int]) -> Block | None:
    """A quote-only line that repeats the text or has its attribution below: a pull quote
    (the attribution's index is added to `quoted`)."""
    piece = pieces[index]
    if is_attribution(pieces, index + 1, span):
        quoted.add(index + 1)
        name = re.sub(r"^[—–-]\s*", "", pieces[index + 1].text)
        return Block("quote", (piece.text,), attribution=name)
    if piece.kind == Kind.NAME and is_attribution(pieces, index, span):
        return None
    body = _near_text(pieces, index, span)
    if piece.kind == Kind.QUOTE and word_count(piece.text) >= 4 and echoes(piece.text, body):
        return Block("quote", (piece.text,))
    if _bare_pull_quote(piece, body) or _repeats_quotation(piece, body):
        return Block("quote", (piece.text,))
    return None


def _bare_pull_quote(piece: Piece, body: list[str]) -> bool:
    """One sentence set apart, without quotation marks, that a longer paragraph nearby holds
    word for word, maybe without a clause it sets off by commas (`Le village ne meurt pas quand
    l’école ferme.`): a pull quote."""
    if not _set_apart_sentence(piece):
        return False
    wanted = _WORD.findall(piece.text.casefold())
    longer = [p for p in body if len(_WORD.findall(p)) > len(wanted) + MIN_BARE_QUOTE_WORDS]
    # (word for word, or with one clause the paragraph sets off by commas left out)
    return any(
        _contains(_WORD.findall(form.casefold()), wanted)
        for paragraph in longer
        for form in (paragraph, *_without_a_clause(paragraph))
    )


def _set_apart_sentence(piece: Piece) -> bool:
    """One sentence of text, of a pull quote's length, closed by its full stop (or `!`, `…`)."""
    if piece.kind != Kind.TEXT or not MIN_BARE_QUOTE_WORDS <= piece.words <= MAX_BARE_QUOTE_WORDS:
        return False
    return not INNER_END.search(piece.text) and piece.text.rstrip(" »”").endswith((".", "!", "…"))


#: A clause set off by commas inside a sentence: `, où elle trie seule les vêtements,`.
_CLAUSE = re.compile(r",[^,.;:!?«»]{3,80},")


def _without_a_clause(paragraph: str) -> list[str]:
    """The paragraph with one of its comma-set clauses left out, each way it has one."""
    return [
        paragraph[: m.start()] + "," + paragraph[m.end() :] for m in _CLAUSE.finditer(paragraph)
    ]


def _repeats_quotation(piece: Piece, body: list[str]) -> bool:
    """A line set apart without quotation marks, with or without a full stop, whose words are a
    whole quotation of a paragraph nearby (`Nous ne partirons pas d’ici` over `« Nous ne
    partirons pas d’ici », promet…`): a pull quote. (A phrase from inside a longer quotation
    heads its part instead, as a quoted subhead does.)"""
    if piece.kind not in (Kind.TEXT, Kind.TITLE):
        return False
    if not MIN_BARE_QUOTE_WORDS <= piece.words <= MAX_BARE_QUOTE_WORDS:
        return False
    wanted = _WORD.findall(piece.text.casefold())
    quotations = (quotation for paragraph in body for quotation in QUOTATION.findall(paragraph))
    return any(_WORD.findall(quotation.casefold()) == wanted for quotation in quotations)


def is_quoted_subhead(pieces: list[Piece], index: int, kept: list[int]) -> bool:
    """A short line in quotation marks that heads the paragraph under it with a phrase taken
    from inside a longer quotation of the part it heads (`«Le bus était sur le trottoir»`
    over `«J’ai entendu un bruit. Le bus était sur le trottoir, l’abribus plié», raconte…`):
    a subhead. A pull quote repeats a whole quotation, or words the text does not quote."""
    piece = pieces[index]
    position = kept.index(index)
    following = pieces[kept[position + 1]] if position + 1 < len(kept) else None
    if piece.kind != Kind.QUOTE or following is None or following.kind != Kind.TEXT:
        return False
    if not is_subhead(piece.text):
        return False
    wanted = _WORD.findall(piece.text.casefold())
    part = [pieces[i] for i in kept[position + 1 : position + 1 + SUBHEAD_PART]]
    part = part[: next((n for n, p in enumerate(part) if p.kind != Kind.TEXT), len(part))]
    quotations = [quotation for p in part for quotation in QUOTATION.findall(p.text)]
    # in a text with plain subheads, a quotation the part holds whole heads it as well
    margin = -1 if _has_subheads(pieces, kept) else 2
    for quotation in quotations:
        words = _WORD.findall(quotation.casefold())
        if len(words) > len(wanted) + margin and _contains(words, wanted):
            return True
    return False


def _has_subheads(pieces: list[Piece], kept: list[int]) -> bool:
    """Whether the text has a plain subhead: a title-like line between two paragraphs."""
    return any(
        pieces[at].kind == Kind.TITLE
        and is_subhead(pieces[at].text)
        and pieces[kept[n - 1]].kind == Kind.TEXT
        and pieces[kept[n + 1]].kind == Kind.TEXT
        for n, at in enumerate(kept[1:-1], start=1)
    )


def _contains(words: list[str], wanted: list[str]) -> bool:
    """Whether `wanted` is a run of consecutive `words`."""
    size = len(wanted)
    return any(words[at : at + size] == wanted for at in range(len(words) - size + 1))


def echoes(quote: str, paragraphs: list[str]) -> bool:
    """Whether a paragraph repeats the quote: its words in order, nearly all, close together."""
    wanted = _WORD.findall(quote.casefold())
    for paragraph in paragraphs:
        words = _WORD.findall(paragraph.casefold())
        for start in (i for i, word in enumerate(words) if word == wanted[0]):
            window = words[start : start + int(len(wanted) * 1.5) + 1]
            if _in_order(wanted, window) >= ECHO_SHARE * len(wanted):
                return True
    return False


def _in_order(wanted: list[str], window: list[str]) -> int:
    """How many of the wanted words the window has in their order (a word it lacks, or that a
    quote rewords, is passed over without using up the window)."""
    found = position = 0
    for want in wanted:
        if want in window[position:]:
            position = window.index(want, position) + 1
            found += 1
    return found
