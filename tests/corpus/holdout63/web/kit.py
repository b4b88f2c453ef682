"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout63 pages and
their expected files into this folder, with three helpers of its own: WordPress's
`wptexturize` apostrophes, the browser's saved-from comment, and table rows."""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)


def wptexturize(fragment: str) -> str:
    """Straight apostrophes of the text (not of the tags) as WordPress writes them: &#8217;."""
    parts = re.split(r"(<[^>]+>)", fragment)
    return "".join(p if p.startswith("<") else p.replace("'", "&#8217;") for p in parts)


def saved_from(url: str) -> str:
    """The comment a browser puts before <html> when it saves a page."""
    return f"<!-- saved from url=({len(url):04d}){url} -->"


def row(cells: list[str], tag: str = "td") -> str:
    """One table row of HTML cells."""
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def row_text(cells: list[str]) -> str:
    """A table row as one expected paragraph: its cells' texts joined by one space."""
    return " ".join(flat(c) for c in cells)


__all__ = [
    "FILLER",
    "css_blob",
    "flat",
    "json_script",
    "menu",
    "paras",
    "row",
    "row_text",
    "saved_from",
    "teasers",
    "wptexturize",
    "write",
]
