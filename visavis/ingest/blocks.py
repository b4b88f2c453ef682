"""Body chunks to blocks: paragraphs, subheads, pull quotes; drop caps and glued subheads."""

from __future__ import annotations

import re

from ..model import Block
from .draft import Draft
from .interview import remove_label_notes
from .lines import ends_sentence, is_caps, is_score_line, word_count
from .units import Unit, units_from_chunks

__all__ = ["build_blocks", "is_subhead", "units_from_chunks"]

#: `«quote» ATTRIBUTION IN CAPITALS` (PressReader pull quotes and columns of quotes).
_QUOTE = re.compile(r"^([«“\"].*[»”\"])\s*([^«»“”\"]+)$")
_DROP_CAP = re.compile(r"^([A-ZÀ-ÖØ-Þ]) («\s?)?([a-zà-öø-ÿ])")
_NOT_DROP_CAPS = "AÀYOÔX"
_GLUED_SUBHEAD = re.compile(r"^(.*[.!?…][»”]?)([«A-ZÀ-ÖØ-Þ][^.!?…]*)$")
MAX_SUBHEAD_WORDS = 10
MAX_SUBHEAD_CHARS = 90


def build_blocks(units: list[Unit], draft: Draft) -> list[Block]:
    """Classify each unit as subhead, pull quote or paragraph (repairing drop caps)."""
    blocks: list[Block] = []
    units = remove_label_notes(units, draft)
    body = _quote_key(" ".join(unit.text for unit in units))
    index = 0
    while index < len(units):
        unit = _fix_drop_cap(units[index], draft)
        has_next = index + 1 < len(units)
        quote = _match_quote(unit)
        if quote is None and has_next and _is_quote_only(unit):
            quote = _match_quote(Unit((f"{unit.text} {units[index + 1].text}",), unit.number))
            index += quote is not None
        if quote is None and _is_quote_only(unit) and _repeats_body(unit.text, body):
            quote = Block("quote", (unit.text,))
        if quote is not None:
            blocks.append(quote)
        elif has_next and is_subhead(unit.text):
            blocks.append(Block("subhead", (unit.text,)))
        else:
            blocks.extend(_split_glued_subhead(unit, has_next, draft))
        index += 1
    return blocks


def _is_quote_only(unit: Unit) -> bool:
    """A one-line unit wholly inside guillemets: a pull quote or a subhead."""
    text = unit.text
    return len(unit.lines) == 1 and text[:1] in '«“"' and text[-1:] in '»”"'


def _quote_key(text: str) -> str:
    return " ".join(re.sub(r"[«»“”\"’'.,;:!?…]", " ", text).casefold().split())


def _repeats_body(text: str, body: str) -> bool:
    """A pull quote repeats the article word for word: its text is found twice in the body."""
    key = _quote_key(text)
    return len(key.split()) >= 4 and body.count(key) >= 2


def is_subhead(text: str) -> bool:
    """A short line with no sentence-final punctuation, starting with a capital or «."""
    if word_count(text) > MAX_SUBHEAD_WORDS or len(text) > MAX_SUBHEAD_CHARS:
        return False
    if text[:1] in '«“"':
        inner = text.strip('«»“”" \u00a0\u202f')
        return word_count(inner) >= 2 and text[-1:] in '»”"' and not inner.endswith((".", "…"))
    if not (text[:1].isupper() or text[:1].isdigit()):
        return False
    if is_score_line(text):
        return False  # `US CONCARNEAU - STADE BRIOCHIN : 2-1 (0-1)`: a match sheet's line
    return not ends_sentence(text) and text[-1:] not in ",;:-–—" and not is_caps(text, 30)


def _match_quote(unit: Unit) -> Block | None:
    if len(unit.lines) != 1:
        return None
    match = _QUOTE.match(unit.text)
    if not match or not is_caps(match.group(2), 3) or word_count(match.group(2)) > 16:
        return None
    return Block("quote", (match.group(1),), attribution=match.group(2).strip())


def _fix_drop_cap(unit: Unit, draft: Draft) -> Unit:
    first = unit.lines[0]
    match = _DROP_CAP.match(first)
    if not match or (match.group(1) in _NOT_DROP_CAPS and not match.group(2)):
        return unit
    guillemet = (match.group(2) or "").strip()
    fixed = guillemet + match.group(1) + first[match.end(0) - 1 :]
    draft.warn(f"joined the drop cap {match.group(1)!r} to its word: {fixed[:30]!r}", unit.number)
    return Unit((fixed, *unit.lines[1:]), unit.number)


def _split_glued_subhead(unit: Unit, has_next: bool, draft: Draft) -> list[Block]:
    last = unit.lines[-1]
    match = _GLUED_SUBHEAD.match(last) if has_next and not ends_sentence(last) else None
    if match and is_subhead(match.group(2)) and word_count(match.group(1)) >= 3:
        draft.warn(f"split the subhead {match.group(2)!r} from the paragraph before", unit.number)
        lines = (*unit.lines[:-1], match.group(1))
        return [Block("paragraph", lines), Block("subhead", (match.group(2),))]
    return [Block("paragraph", unit.lines)]
