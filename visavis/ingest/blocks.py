"""Body chunks to blocks: paragraphs, subheads, pull quotes; drop caps and glued subheads."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block
from .draft import Draft
from .lines import Chunk, ends_sentence, is_caps, word_count

#: `«quote» ATTRIBUTION IN CAPITALS` (PressReader pull quotes and columns of quotes).
_QUOTE = re.compile(r"^([«“\"].*[»”\"])\s*([^«»“”\"]+)$")
_DROP_CAP = re.compile(r"^([A-ZÀ-ÖØ-Þ]) («\s?)?([a-zà-öø-ÿ])")
_NOT_DROP_CAPS = "AÀYOÔX"
_GLUED_SUBHEAD = re.compile(r"^(.*[.!?…][»”]?)([«A-ZÀ-ÖØ-Þ][^.!?…]*)$")
MAX_SUBHEAD_WORDS = 10
MAX_SUBHEAD_CHARS = 90
_WRAP_WIDTH = 110


@dataclass(frozen=True)
class Unit:
    """A paragraph-sized piece of source: its lines (hard sentence boundaries) and line number."""

    lines: tuple[str, ...]
    number: int

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def units_from_chunks(chunks: list[Chunk]) -> list[Unit]:
    """Turn chunks into paragraph units, joining hard-wrapped lines back together."""
    units: list[Unit] = []
    for chunk in chunks:
        units.extend(_unwrap(chunk))
    return units


def _unwrap(chunk: Chunk) -> list[Unit]:
    """Lines continuing a sentence are joined; long lines ending a sentence end a paragraph."""
    units: list[Unit] = []
    lines: list[str] = []
    number = chunk[0].number
    for line in chunk:
        if lines and _continues(lines[-1], line.text):
            lines[-1] = f"{lines[-1]} {line.text}"
        elif lines and len(lines[-1]) > _WRAP_WIDTH:
            units.append(Unit(tuple(lines), number))
            lines, number = [line.text], line.number
        else:
            lines.append(line.text)
    units.append(Unit(tuple(lines), number))
    return units


def _continues(previous: str, text: str) -> bool:
    if len(previous) == 1:
        return False  # a lone letter (a drop cap on its own line) is left for an editor
    if text[:1].islower() or text[:1] in ",;:)»”":
        return True
    return not ends_sentence(previous) and not previous.endswith(":") and len(previous) > 40


def build_blocks(units: list[Unit], draft: Draft) -> list[Block]:
    """Classify each unit as subhead, pull quote or paragraph (repairing drop caps)."""
    blocks: list[Block] = []
    for index, unit in enumerate(units):
        has_next = index + 1 < len(units)
        unit = _fix_drop_cap(unit, draft)
        quote = _match_quote(unit)
        if quote is not None:
            blocks.append(quote)
        elif has_next and is_subhead(unit.text):
            blocks.append(Block("subhead", (unit.text,)))
        else:
            blocks.extend(_split_glued_subhead(unit, has_next, draft))
    return blocks


def is_subhead(text: str) -> bool:
    """A short line with no sentence-final punctuation, starting with a capital or «."""
    if word_count(text) > MAX_SUBHEAD_WORDS or len(text) > MAX_SUBHEAD_CHARS:
        return False
    if text[:1] in '«“"':
        inner = text.strip('«»“”" \u00a0\u202f')
        return word_count(inner) >= 2 and text[-1:] in '»”"' and not inner.endswith((".", "…"))
    if not (text[:1].isupper() or text[:1].isdigit()):
        return False
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
