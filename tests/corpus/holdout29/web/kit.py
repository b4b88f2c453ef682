"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout29 pages and
their expected files into this folder, plus the chrome several of its pages share."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)


def related(seed: int, base: str, cls: str, count: int = 8) -> str:
    """A 'related articles' rail of invented teasers."""
    items = "".join(
        f'<li class="{cls}__item"><a href="{t["url"]}"><img src="{t["image"]}" alt="" '
        f'loading="lazy" width="320" height="180"><span class="{cls}__kicker">'
        f'{t["section"]}</span><span class="{cls}__title">{t["title"]}</span></a></li>'
        for t in teasers(seed, count, base, FILLER)
    )
    return f'<ul class="{cls}">{items}</ul>'


def trackers(seed: int, names: list[str]) -> str:
    """The tag-manager and analytics scripts a saved page keeps (minified noise)."""
    blob = css_blob(seed, "t", 40).replace("{", "(").replace("}", ")")
    return "\n".join(
        f'<script async src="https://cdn.{n}.example/loader.{seed}{i}.js"></script>'
        f"<script>window.{n.replace('-', '_')}Q=window.{n.replace('-', '_')}Q||[];"
        f"/* {blob[i * 300 : i * 300 + 300]} */</script>"
        for i, n in enumerate(names)
    )


__all__ = [
    "FILLER",
    "css_blob",
    "flat",
    "json_script",
    "menu",
    "paras",
    "related",
    "teasers",
    "trackers",
    "write",
]
