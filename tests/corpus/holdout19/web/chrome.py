# ruff: noqa: E501  (page markup and article text are kept on their real lines)
"""Page chrome shared by the holdout19 templates: the saved-page shell, menus, related
teasers, footers and inline CSS/JS that give each page a real page's bulk."""

from __future__ import annotations

import random

from kit import WORDS, css_blob, json_script, teasers


def saved_from(url: str) -> str:
    """The comment a browser writes at the top of a page saved as "HTML only"."""
    return f"<!-- saved from url=({len(url):04d}){url} -->"


def menu(seed: int, cls: str, base: str, top: list[str], per: int = 7) -> str:
    """A mega-menu: top entries with sub-lists."""
    rng = random.Random(seed)
    items = []
    for name in top:
        subs = "".join(
            f'<li class="{cls}__sub"><a href="{base}/{name.lower()}/{rng.choice(WORDS)}-{j}">'
            f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)}</a></li>"
            for j in range(per)
        )
        items.append(
            f'<li class="{cls}__item"><a href="{base}/{name.lower()}">{name}</a>'
            f"<ul>{subs}</ul></li>"
        )
    return f'<nav class="{cls}"><ul>' + "".join(items) + "</ul></nav>"


def related(seed: int, count: int, base: str, cls: str, heading: str) -> str:
    """A block of related teasers below or beside the article."""
    cards = "".join(
        f'<li class="{cls}__card"><a href="{t["url"]}"><img src="{t["image"]}" alt="" '
        f'loading="lazy" width="320" height="180"><span class="{cls}__title">{t["title"]}'
        f'</span></a><time datetime="{t["date"]}">{t["date"]}</time></li>'
        for t in teasers(seed, count, base)
    )
    return f'<section class="{cls}"><h2 class="{cls}__heading">{heading}</h2><ul>{cards}</ul></section>'


def footer(seed: int, name: str, base: str, columns: list[str]) -> str:
    """A site footer with link columns and a copyright line."""
    rng = random.Random(seed)
    cols = "".join(
        f'<div class="footer-col"><h4>{c}</h4><ul>'
        + "".join(
            f'<li><a href="{base}/{c.lower()}/{rng.choice(WORDS)}">{rng.choice(WORDS).capitalize()}</a></li>'
            for _ in range(8)
        )
        + "</ul></div>"
        for c in columns
    )
    return (
        f'<footer class="site-footer">{cols}<p class="copyright">© 2026 {name}. '
        "Tous droits réservés. Mentions légales · Politique de confidentialité · "
        "Gestion des cookies</p></footer>"
    )


def tracking(seed: int, site: str) -> str:
    """Analytics, consent and ad-loader scripts as a saved page keeps them."""
    rng = random.Random(seed)
    slots = [f"div-gpt-ad-{rng.getrandbits(40):010x}" for _ in range(6)]
    config = {
        "site": site,
        "slots": slots,
        "targeting": {w: rng.randint(1, 99) for w in rng.sample(WORDS, 12)},
    }
    return (
        json_script(config, 'type="text/javascript" id="ad-config"').replace(
            'type="text/javascript" id="ad-config">',
            'type="text/javascript" id="ad-config">window.adConfig=',
        )
        + "<script>(function(w,d){var s=d.createElement('script');s.async=1;"
        "s.src='https://securepubads.g.doubleclick.net/tag/js/gpt.js';"
        "d.head.appendChild(s);w.dataLayer=w.dataLayer||[];})(window,document);</script>"
    )


def style(seed: int, prefix: str, rules: int) -> str:
    """An inline theme stylesheet."""
    return f'<style id="{prefix}-inline-css">{css_blob(seed, prefix, rules)}</style>'
