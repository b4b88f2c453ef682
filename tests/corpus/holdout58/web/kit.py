"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout58 pages and
their expected files into this folder, plus two habits of the systems imitated here."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)


def texturize(fragment: str) -> str:
    """WordPress's wptexturize as it reaches the saved HTML: typographic apostrophes,
    dashes and ellipses written as numeric entities (`flat` decodes them back)."""
    return fragment.replace("’", "&#8217;").replace(" – ", " &#8211; ").replace("…", "&#8230;")


def saved_from(url: str) -> str:
    """The browser's mark-of-the-web comment, with the address length on four digits."""
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
    "texturize",
    "write",
]
