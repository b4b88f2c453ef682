"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout21 pages and
their expected files into this folder, plus the chrome the eight pages share (consent box,
related teasers, comments) and the article-length guard."""

from __future__ import annotations

import functools
import html
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

_write = functools.partial(write_into, Path(__file__).resolve().parent)

WORDS = (230, 320)
"""The allowed length of an article's text, in words."""


def write(name: str, page: str, expected: dict, encoding: str = "utf-8") -> None:
    """Write the page and its expected file, refusing an article outside WORDS."""
    count = sum(len(p.split()) for p in expected["paragraphs"])
    if not WORDS[0] <= count <= WORDS[1]:
        raise SystemExit(f"{name}: {count} words of article text, want {WORDS}")
    _write(name, page, expected, encoding)


def related(seed: int, base: str, cls: str, heading: str, count: int = 6) -> str:
    """A block of related-article teasers."""
    items = "".join(
        f'<li class="{cls}__item"><a href="{t["url"]}"><img src="{t["image"]}" alt="" '
        f'loading="lazy"><span class="{cls}__kicker">{t["section"]}</span>'
        f'<span class="{cls}__title">{html.escape(t["title"])}</span></a></li>'
        for t in teasers(seed, count, base, FILLER)
    )
    heading_html = f'<h2 class="{cls}__heading">{heading}</h2>'
    return f'<section class="{cls}">{heading_html}<ul>{items}</ul></section>'


def comments(seed: int, cls: str, names: list[str], texts: list[str], dates: list[str]) -> str:
    """A list of reader comments (never article text)."""
    rng = random.Random(seed)
    items = "".join(
        f'<li class="{cls}__item" id="comment-{rng.randint(10000, 99999)}">'
        f'<div class="{cls}__meta"><b class="{cls}__author">{n}</b> '
        f'<span class="{cls}__date">{d}</span></div><div class="{cls}__text"><p>{t}</p></div>'
        f'<a class="{cls}__reply" href="#">Répondre</a></li>'
        for n, t, d in zip(names, texts, dates, strict=True)
    )
    return f'<ol class="{cls}">{items}</ol>'


def consent(cls: str, site: str) -> str:
    """A cookie-consent box as consent managers inject it."""
    return (
        f'<div id="{cls}" class="{cls}" role="dialog" aria-modal="true"><div class="{cls}__box">'
        f"<h2>Votre vie privée nous importe</h2><p>{site} et ses partenaires utilisent des "
        "cookies pour mesurer l’audience, personnaliser les contenus et les publicités. Vous "
        "pouvez accepter, refuser ou paramétrer vos choix à tout moment.</p>"
        f'<button class="{cls}__accept">Accepter</button><button class="{cls}__deny">Refuser'
        f'</button><a href="#" class="{cls}__settings">Paramétrer</a></div></div>'
    )


__all__ = [
    "FILLER",
    "comments",
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
