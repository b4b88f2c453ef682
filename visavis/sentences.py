"""Sentence splitting, shared by ingest, translate and render so that all three agree.

Hand-written rules for French press text, measured in docs/sentence-splitting.md. A sentence
ends at a space that follows terminal punctuation (``. ! ? …`` or ``...``) and any closing
quotes or brackets, when the next word can start a sentence (a capital, a digit, an opening
guillemet, a dialogue dash). A full stop is not an end after an abbreviation (``M.``, ``cf.``,
``p. 12``), an initial (``J.-C. Juncker``) or a list number (``1. Baisser …``); nothing inside
parentheses and no elision mark (``[…]``) is an end. Splits only ever happen at spaces, so
joining the sentences with single spaces gives back the whitespace-normalised text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

# Terminal punctuation, then closing quotes or brackets (a guillemet may follow a space).
# The leading lookahead changes no match: it lets the engine skip to the punctuation marks
# instead of trying the lookbehind at every character (twice as fast on a content file).
_CANDIDATE = re.compile(
    r"(?=[.!?…])(?<![.!?…])(?P<punct>[.!?…]+)(?P<close>(?: ?[»”’)\]]|\")*)(?= )"
)
_OPENERS = '«“‘"([ '
_CLOSERS = '»”’)]"!?…'
_TRAILING = "." + _CLOSERS  # what a candidate's punctuation and closing marks are made of
_DASHES = "–—-"
# Elided article or conjunction glued to a word: l’O.N.U, qu’eux, jusqu’au.
_ELIDED = re.compile(r"^(?:[cdjlmnstCDJLMNST]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)[’']")
_INITIALS = re.compile(r"[A-ZÀ-ÖØ-Þ](?:\.-?[A-ZÀ-ÖØ-Þ])*")  # F, J.-C
_ACRONYM = re.compile(r"[A-ZÀ-ÖØ-Þ](?:\.[A-ZÀ-ÖØ-Þ])+")  # U.S.A, O.N.U, S.A
_NUMBER_AHEAD = re.compile(r"\d|[IVXLC]+(?![\w’'])")  # p. 12, vol. II
_LIST_NUMBER = re.compile(r"\d{1,2}")
_INCISE_DASH = re.compile(r"(?<= )[–—-](?= )")  # le résultat – 51 % ! – a surpris
_LOOKAHEAD = 80  # characters after a candidate that the rules look at


def _words(text: str) -> frozenset[str]:
    """Return the set of space-separated words of text."""
    return frozenset(text.split())


# Titles before a name: never the end of a sentence (case-sensitive: "Col." but "col.").
_TITLES = _words(
    "M MM Mme Mmes Mlle Mlles Dr Drs Pr Prs Prof Me Mgr St Ste Sts Stes Gén Col Cdt Lt Sgt "
    "Vve Mr Mrs Ms"
)
# Abbreviations that are always followed by more of the sentence (compared in lowercase).
_ALWAYS_FOLLOWED = _words(
    "av apr bd boul ca ch cf env tél éd ex vs c.-à-d cit op resp p.ex e.g i.e"
)
# Abbreviations followed by a number (art. 5, p. 12, vol. II); elsewhere ordinary words.
_BEFORE_NUMBER = _words("p pp vol no nos n chap art al let fig t tab num réf ann")
# Months cut short between a day and a year (6 déc. 2026); `sept.` alone is also seven.
_SHORT_MONTHS = _words("janv févr fév avr juil sept oct nov déc")
_DAY = re.compile(r"\d{1,2}(?:er)?")
# Words that start sentences: after an initial they signal an end (plan B. Elle …).
_STARTERS = _words(
    "Le La Les L’ L' Il Elle Ils Elles On Un Une Des Ce Cet Cette Ces C’ C' Mais Et Or Donc "
    "Puis Ensuite Alors Pour Par Dans En Au Aux Du De D’ D' Depuis Selon Sa Son Ses Leur Leurs "
    "Nous Vous Je J’ J' Tout Tous Toute Toutes Cela Ceci Ça Si Lorsque Quand Après Avant "
    "Pendant Sans Avec Sur Sous Chez Enfin Ainsi Pourtant Cependant Toutefois Certes À Comme "
    "Ne N’ Y Entre Parmi Qui Que Qu’ Quel Quelle Aujourd’hui Hier Demain"
)
# Name particles: J.-M. Le Pen, C. De Gaulle — a starter followed by a capitalised word.
_PARTICLES = _words("Le La De Du Des Van Von Di Da Del")
_DATE_ERAS = frozenset(("av.", "apr."))  # 44 av. J.-C. Son fils … ends a sentence


def normalize_space(text: str) -> str:
    """Text with every run of whitespace made one space and none at either end (as
    ``" ".join(text.split())``, which a line of a content file usually already is)."""
    # Every character str.split() splits at but the space is unprintable (a control, a
    # separator such as U+00A0): a printable text without double or outer spaces is settled.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def split_sentences(text: str, lang: str = "fr") -> list[str]:
    """Split text into sentences; joining them with single spaces gives the text back."""
    normalized = normalize_space(text)
    if not normalized:
        return []
    if not _may_end_inside(normalized) or _CANDIDATE.search(normalized) is None:
        return [normalized]  # most lines of a content file: one sentence, nothing to weigh
    cuts = _find_boundaries(normalized)
    starts = [0, *(cut + 1 for cut in cuts)]
    ends = [*cuts, len(normalized)]
    return [normalized[start:end] for start, end in zip(starts, ends, strict=True)]


def _may_end_inside(normalized: str) -> bool:
    """False when no sentence can end before the text's end: no terminal punctuation but in
    the closing run (a candidate needs a space after it, and that run holds none)."""
    core = normalized.rstrip(_TRAILING)
    return "." in core or "!" in core or "?" in core or "…" in core


def _find_boundaries(normalized: str) -> list[int]:
    """Return the indexes of the spaces at which a whitespace-normalised text splits."""
    spans = _bracket_spans(normalized) if "(" in normalized or "[" in normalized else []
    opens = [open_ for open_, _ in spans]
    dashes = [dash.start() for dash in _INCISE_DASH.finditer(normalized)]
    cuts: list[int] = []
    for match in _CANDIDATE.finditer(normalized):
        cut = match.end()
        if spans and _inside(spans, opens, cut):
            continue
        sentence_start = cuts[-1] + 1 if cuts else 0
        if _is_boundary(normalized, match, sentence_start, dashes):
            cuts.append(cut)
    return cuts


def segment_block(lines: tuple[str, ...] | list[str], kind: str, lang: str = "fr") -> list[str]:
    """Return a block's translation units: sentences of each line, or whole lines for
    subheads and list items. A line break is always a sentence boundary."""
    if kind in ("subhead", "list"):
        return [normalize_space(line) for line in lines if line.strip()]
    return [sentence for line in lines for sentence in split_sentences(line, lang)]


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    """Return the outermost (open, close) pairs of matched brackets, sorted and disjoint."""
    pairs = {")": "(", "]": "["}
    stack: list[tuple[str, int]] = []
    spans: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        if char in "([":
            stack.append((char, index))
        elif char in pairs and stack and stack[-1][0] == pairs[char]:
            spans.append((stack.pop()[1], index))
    outermost: list[tuple[int, int]] = []
    for open_, close in sorted(spans):
        if not outermost or open_ > outermost[-1][1]:
            outermost.append((open_, close))
    return outermost


def _inside(spans: list[tuple[int, int]], opens: list[int], index: int) -> bool:
    """Tell whether index lies strictly inside one of the sorted disjoint spans."""
    position = bisect_left(opens, index) - 1
    return position >= 0 and index < spans[position][1]


def _is_boundary(text: str, match: re.Match[str], sentence_start: int, dashes: list[int]) -> bool:
    """Tell whether the space after a candidate punctuation match ends a sentence."""
    rest = text[match.end() + 1 : match.end() + 1 + _LOOKAHEAD]
    if not _starts_sentence(rest):
        return False
    if rest[0] in _DASHES and _count_between(dashes, sentence_start + 1, match.start()) % 2:
        return False  # the dash closes an incise opened earlier in the sentence
    punct = match.group("punct")
    if punct != ".":
        return text[match.start() - 1 : match.start()] not in ("(", "[")  # (…) or […]
    if match.group("close"):
        return True
    return not _ends_with_abbreviation(text, match.start(), rest, sentence_start)


def _count_between(positions: list[int], start: int, end: int) -> int:
    """Return how many of the sorted positions lie in [start, end)."""
    return bisect_left(positions, end) - bisect_left(positions, start)


def _starts_sentence(rest: str) -> bool:
    """Tell whether text can begin a sentence: capital, digit, quote, handle or dialogue dash."""
    if rest[:1] in _DASHES and rest[1:2] == " ":
        return True
    stripped = rest.lstrip(_OPENERS)
    first = stripped[:1]
    return first.isupper() or first.isdigit() or first == "@"


def _ends_with_abbreviation(text: str, stop: int, rest: str, sentence_start: int) -> bool:
    """Tell whether the full stop at index stop closes an abbreviation, initial or list number."""
    word_start = _word_start(text, sentence_start, stop)
    word = _core_word(text[word_start:stop])
    if word in _TITLES or word.lower() in _ALWAYS_FOLLOWED:
        return True
    if word.lower() in _BEFORE_NUMBER and _NUMBER_AHEAD.match(rest):
        return True
    if word.lower() in _SHORT_MONTHS and _NUMBER_AHEAD.match(rest):
        day_start = _word_start(text, sentence_start, word_start - 1)
        return _DAY.fullmatch(text[day_start : word_start - 1]) is not None
    if _LIST_NUMBER.fullmatch(word):
        return word_start == sentence_start or text[word_start - 2 : word_start] == ": "
    if _ACRONYM.fullmatch(word):
        return _first_word(rest) not in _STARTERS
    if _INITIALS.fullmatch(word):
        previous_start = _word_start(text, sentence_start, word_start - 1)
        if text[previous_start : word_start - 1] in _DATE_ERAS:
            return False
        return _continues_name(rest)
    return False


def _word_start(text: str, sentence_start: int, end: int) -> int:
    """Return where the word ending at index end starts, not before the sentence start."""
    space = text.rfind(" ", sentence_start, end)
    return space + 1 if space >= 0 else sentence_start


def _core_word(token: str) -> str:
    """Strip quotes, brackets and an elided article from a token: «l’O.N.U» gives O.N.U."""
    core = token.lstrip(_OPENERS).rstrip(_CLOSERS)
    return _ELIDED.sub("", core)


def _first_word(rest: str) -> str:
    """Return the first word of text, without opening quotes, cut after an apostrophe."""
    word = rest.lstrip(_OPENERS).split(" ", 1)[0]
    for apostrophe in "’'":
        if apostrophe in word:
            return word[: word.index(apostrophe) + 1]
    return word


def _continues_name(rest: str) -> bool:
    """Tell whether the words after an initial continue a name (J. Tolkien, J.-M. Le Pen)."""
    first = _first_word(rest)
    if first not in _STARTERS:
        return True
    if first in _PARTICLES:
        following = rest.split(" ", 2)[1:2]
        return bool(following) and following[0][:1].isupper()
    return False
