"""PressReader export, web layout: [kicker] headline [standfirst] `Pub - date - Section - By`."""

from __future__ import annotations

import re

from .draft import Draft
from .lines import Chunk, Line
from .plaintext import parse_plaintext

_SEPARATOR = re.compile(r"(?:^|\s)-(?=\s|$)")
_HEADER_SPAN = 6


def split_meta(text: str) -> list[str] | None:
    """Split `Publication - date - Section - Author` into slots; None if it is not one."""
    if len(text) > 250 or text.startswith(("-", "–", "—")):
        return None
    slots = [slot.strip() for slot in _SEPARATOR.split(text)]
    if len(slots) < 4:
        return None
    return slots


def find_meta_line(lines: list[Line]) -> int | None:
    """Index of the metadata line among the first lines, or None."""
    from .dates import parse_date

    for index, line in enumerate(lines[:_HEADER_SPAN]):
        slots = split_meta(line.text)
        if slots and any(not slot or parse_date(slot) for slot in slots[1:-1]):
            return index
    return None


def parse_web(chunks: list[Chunk]) -> Draft:
    """Read a web-layout export (placeholder)."""
    return parse_plaintext(chunks, "pressreader-web")
