"""PressReader export furniture: image placeholders and footer lines, never part of an article.

The chrome of a web page copied as text is not listed here: `linekind` classifies it by content.
"""

from __future__ import annotations

import re

from .draft import Draft
from .lines import Chunk, Line

#: PressReader export furniture: image placeholders and the footer lines.
_PRESSREADER = [
    r"(?:\?{1,3}\s*)+",
    r"newspapers in [a-z]+",
    r"newspapers from [a-z][a-z .'-]*",
    r"©\s*pressreader\.? all rights reserved\.?",
    r"printed and distributed by pressreader.*",
    r"pressreader\.com.*",
    r"copyright and protected by applicable law\.?",
    r"(?:©|\(c\))\s*(?:\d{4}\s+)?pressreader.*",
]
#: An image placeholder left at the end of a paragraph: `… requises. ?? ??`.
_TRAILING_PLACEHOLDER = re.compile(r"(?<=[.!?…»”:])(?:\s+\?\?\?{0,1}){2,}$")

_PRESSREADER_RE = re.compile("|".join(f"(?:{p})" for p in _PRESSREADER), re.IGNORECASE)
_COUNTRY = re.compile(r"newspapers from ([a-z][a-z .'-]*)", re.IGNORECASE)


def is_pressreader_noise(text: str) -> bool:
    """Whether a whole line is PressReader export furniture."""
    return _PRESSREADER_RE.fullmatch(text.strip()) is not None


def find_country(text: str) -> str | None:
    """The country named by a `Newspapers from <Country>` footer line, if this is one."""
    match = _COUNTRY.fullmatch(text.strip())
    return match.group(1).strip() if match else None


def strip_pressreader_noise(chunks: list[Chunk], draft: Draft) -> list[Chunk]:
    """Drop image placeholders and footer lines; a `Newspapers from X` line gives the country."""
    kept: list[Chunk] = []
    for chunk in chunks:
        lines = []
        for line in chunk:
            country = find_country(line.text)
            if country:
                draft.country = country
            if not is_pressreader_noise(line.text):
                lines.append(_strip_placeholder(line, draft))
        if lines:
            kept.append(tuple(lines))
    return kept


def _strip_placeholder(line: Line, draft: Draft) -> Line:
    """Remove a `?? ??` image placeholder glued to the end of a paragraph."""
    text = _TRAILING_PLACEHOLDER.sub("", line.text)
    if text == line.text:
        return line
    draft.warn("removed an image placeholder `?? ??` at the end of the line", line.number)
    return Line(line.number, text.rstrip())
