"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout26 pages and
their expected files into this folder, plus the page chrome the holdout26 pages share."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)


def related(seed: int, base: str, cls: str, count: int = 6) -> str:
    """A block of related-article teasers (links with images and dates)."""
    items = "".join(
        f'<li class="{cls}__item"><a href="{t["url"]}"><img src="{t["image"]}" alt="" '
        f'loading="lazy"><span class="{cls}__kicker">{t["section"]}</span>'
        f'<span class="{cls}__title">{t["title"]}</span></a></li>'
        for t in teasers(seed, count, base, FILLER)
    )
    return f'<ul class="{cls}">{items}</ul>'


def consent(site: str, cls: str) -> str:
    """A cookie consent banner as consent platforms inject it."""
    return (
        f'<div id="{cls}" class="{cls}" role="dialog" aria-modal="true"><div class="{cls}__box">'
        f"<h2>Vos choix concernant les cookies</h2><p>{site} et ses partenaires utilisent des "
        "cookies pour mesurer l’audience, personnaliser les contenus et les publicités. Vous "
        "pouvez accepter, refuser ou paramétrer vos choix à tout moment.</p>"
        f'<button class="{cls}__accept">Tout accepter</button><button class="{cls}__deny">'
        f'Continuer sans accepter</button><a href="#" class="{cls}__more">Paramétrer</a>'
        "</div></div>"
    )


__all__ = [
    "FILLER",
    "consent",
    "css_blob",
    "flat",
    "json_script",
    "menu",
    "paras",
    "related",
    "teasers",
    "write",
]
