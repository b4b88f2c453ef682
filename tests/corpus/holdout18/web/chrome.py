"""Site chrome shared by the holdout18 pages: the bulk a saved page carries around its text
(mega-menus, teaser rails, most-read lists, consent boxes, footers). None of it is text."""

from __future__ import annotations

import random

from kit import FILLER, teasers


def teaser_rail(seed: int, base: str, count: int, cls: str = "teaser") -> str:
    """A rail of related-article cards with images and kickers."""
    return "".join(
        f'<article class="{cls}"><a href="{t["url"]}"><figure class="{cls}__media">'
        f'<img loading="lazy" src="{t["image"]}" alt="" width="320" height="180"></figure>'
        f'<span class="{cls}__kicker">{t["section"]}</span><h3 class="{cls}__title">'
        f'{t["title"]}</h3><time datetime="{t["date"]}">{t["date"]}</time></a></article>'
        for t in teasers(seed, count, base, FILLER)
    )


def most_read(seed: int, base: str, count: int = 5) -> str:
    """An ordered 'Les plus lus' list."""
    items = "".join(
        f'<li><a href="{t["url"]}"><span class="rank">{i + 1}</span>{t["title"]}</a></li>'
        for i, t in enumerate(teasers(seed, count, base, FILLER))
    )
    return f'<aside class="most-read"><h2>Les plus lus</h2><ol>{items}</ol></aside>'


def consent(vendor_id: int) -> str:
    """A cookie-consent dialog as CMPs inject it."""
    return (
        f'<div id="didomi-host" data-vendor="{vendor_id}" class="didomi-popup" role="dialog">'
        '<div class="didomi-popup__body"><p>Avec votre accord, nos partenaires et nous '
        "utilisons des cookies ou technologies similaires pour stocker et accéder à des "
        "informations personnelles comme votre visite sur ce site.</p><button>Accepter &amp; "
        "fermer</button><button>Continuer sans accepter</button></div></div>"
    )


def tracking(seed: int, fields: dict[str, str]) -> str:
    """A data-layer script and a few tag-manager stubs."""
    rng = random.Random(seed)
    pairs = ",".join(f'"{k}":"{v}"' for k, v in fields.items())
    tags = "".join(
        f'<script async src="https://cdn.tags.example/{rng.getrandbits(40):010x}.js"></script>'
        for _ in range(6)
    )
    layer = f"window.dataLayer=window.dataLayer||[];dataLayer.push({{{pairs}}});"
    return f"<script>{layer}</script>{tags}"


def footer(name: str, group: str, links: list[str]) -> str:
    """The site footer with legal links."""
    items = "".join(f'<li><a href="#">{x}</a></li>' for x in links)
    return (
        f'<footer class="site-footer"><div class="site-footer__brand">{name}</div>'
        f"<ul>{items}</ul><p>© 2026 {group}. Tous droits réservés.</p></footer>"
    )
