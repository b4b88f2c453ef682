"""Chunks of source lines to paragraph units: hard wraps joined, one-line paragraphs kept apart.

Three shapes of chunk are told apart: text hard-wrapped at a fixed width (plain text at ~72
columns: lines are joined, and a paragraph ends where a sentence ends and the next word would
still have fitted on the line); one paragraph per line (web copies without blank lines: a
line ending a sentence ends its paragraph); and one sentence per line (kept as one paragraph,
each line a hard sentence boundary, as DESIGN.md reads them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .draft import Draft
from .lines import Chunk, ends_sentence

LONG_LINE = 110
_INNER_END = re.compile(r"[.!?…][»”\"]?\s+[«\"“—–-]?\s?[A-ZÀ-ÖØ-Þ]")
_LONE_CAP = re.compile(r"^[A-ZÀ-ÖØ-Þ]$")
_LOWER_START = re.compile(r"^(«\s?)?[a-zà-öø-ÿ]")


@dataclass(frozen=True)
class Unit:
    """A paragraph-sized piece of source: its lines (hard sentence boundaries) and line number."""

    lines: tuple[str, ...]
    number: int

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def units_from_chunks(chunks: list[Chunk], draft: Draft | None = None) -> list[Unit]:
    """Turn chunks into paragraph units, joining hard-wrapped lines and lone drop caps."""
    units: list[Unit] = []
    for chunk in chunks:
        width = wrap_width(chunk)
        units.extend(_unwrap_fixed(chunk, width) if width else _unwrap(chunk))
    return join_lone_drop_caps(units, draft)


#: The share of a wrapped chunk's lines that reach near its column (a page printed without
#: blank lines holds its headline, credits and short closing lines too).
NEAR_SHARE = 0.45


def wrap_width(chunk: Chunk) -> int | None:
    """The column a chunk was hard-wrapped at, or None if its lines were not wrapped."""
    lengths = [len(line.text) for line in chunk]
    if len(lengths) < 3:
        return None
    width = max(lengths)
    inner = chunk[:-1]
    near = sum(len(line.text) >= width - 16 for line in inner)
    open_ended = sum(not ends_sentence(line.text) for line in inner)
    if 40 <= width <= 100 and near >= NEAR_SHARE * len(inner) and open_ended >= 0.5 * len(inner):
        return width
    return None


def _unwrap_fixed(chunk: Chunk, width: int) -> list[Unit]:
    """Join wrapped lines; a sentence end on a line the next word would have fitted ends it."""
    units: list[Unit] = []
    text, number = "", chunk[0].number
    for index, line in enumerate(chunk):
        text = _join_wrapped(text, line.text) if text else line.text
        following = chunk[index + 1].text if index + 1 < len(chunk) else None
        fits = following is not None and len(line.text) + 1 + len(following.split()[0]) <= width
        if following is None or (ends_sentence(line.text) and fits):
            units.append(Unit((text,), number))
            text = ""
            number = chunk[index + 1].number if following is not None else number
    return units


def _join_wrapped(text: str, line: str) -> str:
    if text.endswith("-") and text[-2:-1].isalpha() and line[:1].islower():
        return text + line  # `porte-` / `parole`: a compound cut at its hyphen
    return f"{text} {line}"


def _unwrap(chunk: Chunk) -> list[Unit]:
    """Lines continuing a sentence are joined; when lines are paragraphs, each ends one."""
    per_line = lines_are_paragraphs([line.text for line in chunk])
    units: list[Unit] = []
    lines: list[str] = []
    number = chunk[0].number
    for line in chunk:
        if lines and _continues(lines[-1], line.text):
            lines[-1] = f"{lines[-1]} {line.text}"
        elif lines and (per_line or len(lines[-1]) > LONG_LINE):
            units.append(Unit(tuple(lines), number))
            lines, number = [line.text], line.number
        else:
            lines.append(line.text)
    units.append(Unit(tuple(lines), number))
    return units


def lines_are_paragraphs(texts: list[str]) -> bool:
    """Whether a chunk's lines are paragraphs (some line is long or holds several sentences),
    not the sentences of one paragraph set one per line."""
    return any(len(text) > LONG_LINE or _INNER_END.search(text) for text in texts)


def _continues(previous: str, text: str) -> bool:
    if len(previous) == 1:
        return False  # a lone letter (a drop cap on its own line) is joined later
    if text[:1].islower() or text[:1] in ",;:)»”":
        return True
    return not ends_sentence(previous) and not previous.endswith(":") and len(previous) > 40


def join_lone_drop_caps(units: list[Unit], draft: Draft | None) -> list[Unit]:
    """`I` alone on a line, then `«ls sont…`: the drop cap goes back onto its word."""
    out: list[Unit] = []
    pending: Unit | None = None
    for unit in units:
        if len(unit.lines) > 1 and _LONE_CAP.match(unit.lines[0]):
            head, *rest = unit.lines
            pending, unit = Unit((head,), unit.number), Unit(tuple(rest), unit.number)
        if pending is not None and _LOWER_START.match(unit.lines[0]):
            unit = _glue_cap(pending.lines[0], unit, draft)
        elif pending is not None:
            out.append(pending)
        pending = None
        if len(unit.lines) == 1 and _LONE_CAP.match(unit.lines[0]):
            pending = unit
            continue
        out.append(unit)
    if pending is not None:
        out.append(pending)
    return out


def _glue_cap(cap: str, unit: Unit, draft: Draft | None) -> Unit:
    first = unit.lines[0]
    guillemet = _LOWER_START.match(first).group(1) or ""  # type: ignore[union-attr]
    fixed = guillemet.strip() + cap + first[len(guillemet) :]
    if draft is not None:
        draft.warn(f"joined the drop cap {cap!r} to its word: {fixed[:30]!r}", unit.number)
    return Unit((fixed, *unit.lines[1:]), unit.number)
