"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout31 pages and
their expected files into this folder."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)


def related(seed: int, base: str, cls: str, count: int = 6) -> str:
    """A block of related-article teasers (page bulk, not text)."""
    items = "".join(
        f'<li class="{cls}__item"><a href="{t["url"]}"><img src="{t["image"]}" alt="">'
        f'<span class="{cls}__title">{t["title"]}</span></a></li>'
        for t in teasers(seed, count, base, FILLER)
    )
    return f'<ul class="{cls}">{items}</ul>'


__all__ = ["FILLER", "css_blob", "flat", "json_script", "menu", "paras", "related", "teasers"]
__all__ += ["write"]
