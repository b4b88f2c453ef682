"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout59/web pages and
their expected files into this folder, plus two things the pages need: WordPress's
`wptexturize` entities and the browser's saved-from comment."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)

TEXTURIZE = {
    "’": "&#8217;",
    "‘": "&#8216;",
    "“": "&#8220;",
    "”": "&#8221;",
    "–": "&#8211;",
    "…": "&#8230;",
}


def wp(fragment: str) -> str:
    """A fragment as WordPress's wptexturize writes it (curly marks as numeric entities)."""
    for char, entity in TEXTURIZE.items():
        fragment = fragment.replace(char, entity)
    return fragment


def saved_from(url: str) -> str:
    """The comment a browser writes at the top of a page saved to disk."""
    return f"<!-- saved from url=({len(url):04d}){url} -->"


__all__ = [
    "FILLER",
    "css_blob",
    "flat",
    "json_script",
    "menu",
    "paras",
    "saved_from",
    "teasers",
    "wp",
    "write",
]
