"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout62 pages and
their expected files into this folder, plus WordPress's `wptexturize` entities."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)

_TEXTURIZE = {"’": "&#8217;", "…": "&#8230;", "–": "&#8211;", "—": "&#8212;"}


def texturize(fragment: str) -> str:
    """A fragment as WordPress's `wptexturize` prints it: curly apostrophes, dashes and
    ellipses as numeric entities."""
    for char, entity in _TEXTURIZE.items():
        fragment = fragment.replace(char, entity)
    return fragment


__all__ = [
    "FILLER",
    "css_blob",
    "flat",
    "json_script",
    "menu",
    "paras",
    "teasers",
    "texturize",
    "write",
]
