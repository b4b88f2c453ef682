"""PressReader export, web layout: [kicker] headline [standfirst] `Pub - date - Section - By`."""

from __future__ import annotations

import re

from .blocks import build_blocks, units_from_chunks
from .byline import parse_byline
from .casing import learn_casing, restore_casing, restore_label
from .dates import parse_date
from .draft import Draft
from .lines import Chunk, Line, chunk_text, ends_sentence, is_caps, word_count
from .noise import strip_pressreader_noise

_SEPARATOR = re.compile(r"(?:^|\s)-(?=\s|$)")
_ISSUE = re.compile(r"^(.*?)\s*\b(N°\s*\d.*|No\.?\s*\d.*|numéro\s+\d.*)$", re.IGNORECASE)
_GENRES = (
    "Entretien|Interview|Portrait|Analyse|Chronique|Éditorial|Editorial|Reportage|Tribune|"
    "Enquête|Décryptage|Critique|Témoignage|Opinion|Récit|Débat|Billet|Grand entretien"
)
_GLUED_GENRE = re.compile(rf"^(.*?(?:[.!?…»”]\s*|[^\W\d_]))({_GENRES})$")
_HEADER_SPAN = 6
#: A genre label alone on a line (`Entretien`, `Reportage`).
GENRE_LABEL = re.compile(rf"(?:{_GENRES})", re.IGNORECASE)


def split_meta(text: str) -> list[str] | None:
    """Split `Publication - date - Section - Author` into slots; None if it is not one."""
    if len(text) > 250 or text.startswith(("-", "–", "—")):
        return None
    slots = [slot.strip() for slot in _SEPARATOR.split(text)]
    return slots if len(slots) >= 4 else None


def find_meta_line(lines: list[Line]) -> int | None:
    """Index of the metadata line among the first lines, or None."""
    for index, line in enumerate(lines[:_HEADER_SPAN]):
        if index > 0 and _date_slot(split_meta(line.text) or []) is not None:
            return index
    return None


def parse_web(chunks: list[Chunk]) -> Draft:
    """Read a web-layout export."""
    draft = Draft("pressreader-web")
    chunks = strip_pressreader_noise(chunks, draft)
    lines = [line for chunk in chunks for line in chunk]
    at = find_meta_line(lines)
    if at is None:  # detection found one; noise removal may have shifted it
        draft.warn("no `Publication - date - Section - Author` line found")
        at = -1
    meta_line = lines[at] if at >= 0 else None
    body_chunks = _chunks_after(chunks, meta_line)
    known = learn_casing(" ".join(chunk_text(chunk) for chunk in body_chunks))
    _read_head([line.text for line in lines[: max(at, 0)]], known, draft)
    if meta_line is not None:
        _read_meta(split_meta(meta_line.text) or [], known, draft)
    draft.blocks = build_blocks(units_from_chunks(body_chunks, draft), draft)
    return draft


def _date_slot(slots: list[str]) -> int | None:
    """The slot holding the date (or left empty for it): the first such after the publication."""
    for index in range(1, len(slots) - 2):
        if not slots[index] or parse_date(slots[index]):
            return index
    return None


def _chunks_after(chunks: list[Chunk], line: Line | None) -> list[Chunk]:
    if line is None:
        return chunks
    out: list[Chunk] = []
    for chunk in chunks:
        if out or line in chunk:
            rest = tuple(item for item in chunk if item.number > line.number)
            if rest:
                out.append(rest)
            elif not out:
                out.append(())
    return [chunk for chunk in out if chunk]


def _read_head(head: list[str], known: dict[str, str], draft: Draft) -> None:
    if len(head) >= 3 or (len(head) == 2 and _is_kicker(head[0], head[1])):
        draft.section = restore_label(head[0], known) if is_caps(head[0]) else head[0]
        head = head[1:]
    if not head:
        draft.warn("no headline found before the metadata line")
        return
    draft.title = restore_casing(head[0], known, "sentence")
    standfirst = " ".join(head[1:])
    if standfirst:
        match = _GLUED_GENRE.match(standfirst)
        if match:
            standfirst, draft.genre = match.group(1).strip(), match.group(2)
        draft.standfirst = standfirst


def _is_kicker(first: str, second: str) -> bool:
    """`SUISSE` then the headline, rather than headline then standfirst."""
    short = word_count(first) <= 4 and not ends_sentence(first) and not ends_sentence(second)
    return (is_caps(first) or short) and len(second) > len(first)


def _read_meta(slots: list[str], known: dict[str, str], draft: Draft) -> None:
    at = _date_slot(slots)
    if at is None:
        return
    draft.publication = " - ".join(slots[:at]) or None
    draft.date = parse_date(slots[at]) if slots[at] else None
    section = slots[at + 1]
    issue = _ISSUE.match(section)
    if issue:
        section = issue.group(1).rstrip(" -–—,")
        draft.extra["issue"] = issue.group(2)
    if section:
        label = restore_label(section, known) if is_caps(section) else section
        same = draft.section and draft.section.casefold() == label.casefold()
        draft.section = f"{draft.section} – {label}" if draft.section and not same else label
    byline = parse_byline(" - ".join(slots[at + 2 :]), known)
    draft.author = byline.author or None
    draft.author_handle, draft.author_network = byline.handle, byline.network
    if slots[at] and draft.date is None:
        draft.warn(f"cannot read the date {slots[at]!r}")
