"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout60 pages and
their expected files into this folder, plus two things the pages of this round need:
WordPress's `wptexturize` entities and the comment a browser puts at the top of a saved page."""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)


def texturize(fragment: str) -> str:
    """Text as WordPress's `wptexturize` writes it: typed apostrophes as `&#8217;`, three dots
    as `&#8230;`, a spaced hyphen or double hyphen as `&#8211;` (tags and their attributes
    untouched)."""
    parts = re.split(r"(<[^>]+>)", fragment)
    for i, part in enumerate(parts):
        if part.startswith("<"):
            continue
        part = part.replace("'", "&#8217;").replace("...", "&#8230;")
        parts[i] = part.replace(" -- ", " &#8211; ").replace(" - ", " &#8211; ")
    return "".join(parts)


def saved_from(url: str) -> str:
    """The comment a browser's "Save page as" writes after the doctype."""
    return f"<!-- saved from url=({len(url):04d}){url} -->\n"


__all__ = [
    "FILLER",
    "css_blob",
    "flat",
    "json_script",
    "menu",
    "paras",
    "saved_from",
    "teasers",
    "texturize",
    "write",
]
