"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout25 pages and
their expected files into this folder, plus the chrome several of these pages share in shape
(consent box, related teasers, footer links)."""

from __future__ import annotations

import functools
import html
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)


def consent(cls: str, site: str) -> str:
    """A cookie-consent box as consent platforms inject it."""
    return (
        f'<div id="{cls}" class="{cls}" role="dialog" aria-label="Gestion des cookies">'
        f'<div class="{cls}__text"><p class="{cls}__title">Vos choix concernant les cookies</p>'
        f"<p>{html.escape(site)} et ses partenaires utilisent des cookies pour mesurer "
        "l’audience, personnaliser les contenus et afficher des publicités adaptées. Vous "
        "pouvez accepter, refuser ou paramétrer vos choix à tout moment.</p></div>"
        f'<div class="{cls}__buttons"><button class="{cls}__refuse">Continuer sans accepter'
        f'</button><button class="{cls}__params">Paramétrer</button>'
        f'<button class="{cls}__accept">Tout accepter</button></div></div>'
    )


def related(seed: int, base: str, cls: str, heading: str, count: int = 6) -> str:
    """A block of related-article teasers after the text."""
    items = "".join(
        f'<li class="{cls}__item"><a href="{t["url"]}"><img src="{t["image"]}" alt="" '
        f'loading="lazy"><span class="{cls}__cat">{t["section"]}</span>'
        f'<span class="{cls}__title">{t["title"]}</span></a></li>'
        for t in teasers(seed, count, base, FILLER)
    )
    title = f'<h2 class="{cls}__heading">{heading}</h2>'
    return f'<section class="{cls}">{title}<ul>{items}</ul></section>'


def footer_links(seed: int, base: str, cls: str, count: int = 24) -> str:
    """The footer's columns of links."""
    rng = random.Random(seed)
    links = "".join(
        f'<li><a href="{base}/{rng.choice(FILLER)}">{rng.choice(FILLER).capitalize()}</a></li>'
        for _ in range(count)
    )
    return f'<ul class="{cls}">{links}</ul>'


__all__ = [
    "FILLER",
    "consent",
    "css_blob",
    "flat",
    "footer_links",
    "json_script",
    "menu",
    "paras",
    "related",
    "teasers",
    "write",
]
