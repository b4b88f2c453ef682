"""A table copied as text: rows whose cells a tab or a run of spaces parts.

A browser copies a table's row as its cells with a tab between them; a page that sets its
table in a fixed font aligns the cells with spaces. Each row is then one line of the article's
text, its cells joined by single spaces (`2023-2024 75 000 180 000`): never chrome, however
much a row of figures looks like a phone number, and never run into the line beside it.
"""

from __future__ import annotations

import re

#: What parts two cells: a tab, or two spaces or more (not the one after a full stop).
_CELL_GAP = re.compile(r"\t+| {2,}")
#: The fewest cells of a row aligned with spaces alone (a tab always parts two cells).
MIN_SPACED_CELLS = 3
#: The fewest rows in a row of lines that make a table.
MIN_ROWS = 2


def table_rows(raw_lines: list[str]) -> set[int]:
    """The 1-based numbers of the lines that are rows of a table: runs of at least two lines
    in a row with the same number of cells."""
    cells = [_cell_count(line) for line in raw_lines]
    rows: set[int] = set()
    start = 0
    while start < len(cells):
        end = start
        while end < len(cells) and cells[end] and cells[end] == cells[start]:
            end += 1
        if end - start >= MIN_ROWS:
            rows.update(range(start + 1, end + 1))
        start = max(end, start + 1)
    return rows


def _cell_count(raw: str) -> int:
    """How many cells a line parts into (0 when it is no row)."""
    text = raw.strip(" \u00a0\u202f")
    if not text:
        return 0
    parts = [part for part in _CELL_GAP.split(text) if part.strip()]
    tabbed = "\t" in text and len(parts) >= 2
    return len(parts) if tabbed or len(parts) >= MIN_SPACED_CELLS else 0
