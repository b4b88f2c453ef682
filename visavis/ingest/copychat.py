"""The chat around a copy pasted into a messaging app and copied back from it (WhatsApp's
`[14/03/2026, 07:52] Name: …` or `14/03/2026, 07:52 - Name: …`): the messages before and after
the one that carries the page (the longest) are the chat's, and so is that message's own
header (`Name: Transféré`). The page's lines lose the app's markup for a whole line, bold
`*…*` and italics `_…_`. Taken out before the lines are grouped, and listed in a warning.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lines import Chunk, Line, TakenLines, take_lines, word_count

#: A message's header: its time stamp, then its sender.
_CHAT_HEADER = re.compile(
    r"^\u200e?(?:\[\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s+-)\s+[^:]{1,40}:\s?"
)
#: What the app writes for a forwarded message, an edited one or media left out.
_CHAT_NOTE = re.compile(
    r"^\u200e?(?:transféré|forwarded|<[^<>]{1,60}>)$",
    re.IGNORECASE,
)
#: A whole line in the app's bold or italics: `*LE SOLEIL*`, `_Un premier chargement_`.
_MARKUP = re.compile(r"^([*_])(?=\S)(?P<inner>[^*_]+?)(?<=\S)\1$")


def take_chat_wrapper(chunks: list[Chunk]) -> TakenLines:
    """Take out the chat's messages around the one that carries the page, and its header."""
    lines = [line for chunk in chunks for line in chunk]
    starts = [at for at, line in enumerate(lines) if _CHAT_HEADER.match(line.text)]
    if not starts or starts[0] != 0:
        return TakenLines(chunks)
    bounds = list(zip(starts, [*starts[1:], len(lines)], strict=True))
    first, end = max(
        bounds, key=lambda span: sum(word_count(x.text) for x in lines[span[0] : span[1]])
    )
    header = lines[first]
    opening = _CHAT_HEADER.match(header.text)
    rest = header.text[opening.end() :].strip() if opening else ""
    taken = [*lines[:first], *lines[end:]]
    page = [_unmarked(line) for line in lines[first + 1 : end]]
    if rest and not _CHAT_NOTE.match(rest):
        taken.append(replace(header, text=header.text[: opening.end()].strip()))  # type: ignore[union-attr]
        page.insert(0, replace(header, text=rest))
    else:
        taken.append(header)
    return take_lines(chunks, taken, {line.number: line for line in page})


def _unmarked(line: Line) -> Line:
    """The line without the app's markup around the whole of it."""
    match = _MARKUP.match(line.text.strip())
    return replace(line, text=match.group("inner")) if match else line
