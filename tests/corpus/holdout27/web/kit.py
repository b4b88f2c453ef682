"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout27 pages and
their expected files into this folder."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)

__all__ = [
    "FILLER",
    "css_blob",
    "flat",
    "json_script",
    "menu",
    "paras",
    "related",
    "teasers",
    "tracking",
    "write",
]


def related(seed: int, base: str, cls: str, count: int = 8) -> str:
    """A 'related articles' rail of invented teasers (page bulk, not text)."""
    items = "".join(
        f'<li class="{cls}__item"><a href="{t["url"]}"><img src="{t["image"]}" alt="" '
        f'loading="lazy"><span class="{cls}__title">{t["title"]}</span></a></li>'
        for t in teasers(seed, count, base, FILLER)
    )
    return f'<ul class="{cls}">{items}</ul>'


def tracking(site: str) -> str:
    """Analytics and ad-loader scripts as sites inline them."""
    return (
        f'<script async src="https://www.googletagmanager.com/gtag/js?id=G-{site}"></script>'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push"
        f"(arguments)}}gtag('js',new Date());gtag('config','G-{site}');</script>"
        '<script>!function(){var s=document.createElement("script");s.async=!0;'
        's.src="https://securepubads.g.doubleclick.net/tag/js/gpt.js";'
        "document.head.appendChild(s)}();</script>"
    )
