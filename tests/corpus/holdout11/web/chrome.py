"""Page chrome for make_pages.py: stylesheets, menus, teasers, icons, share bars, consent boxes.

All of it is invented bulk that gives the pages a realistic weight; none of it is article text.
"""

from __future__ import annotations

import random
import re

WORDS = [
    "mairie",
    "chantier",
    "budget",
    "tram",
    "rentrée",
    "collège",
    "hôpital",
    "urgences",
    "tribunal",
    "préfecture",
    "gendarmerie",
    "incendie",
    "inondation",
    "sécheresse",
    "vendanges",
    "festival",
    "concert",
    "marché",
    "commerce",
    "emploi",
    "usine",
    "grève",
    "élections",
    "conseil",
    "département",
    "région",
    "quartier",
    "logement",
    "loyer",
    "énergie",
    "chauffage",
    "vélo",
    "autoroute",
    "gare",
    "train",
    "aéroport",
    "football",
    "hockey",
    "rugby",
    "finale",
    "saison",
    "club",
    "stade",
    "musée",
    "théâtre",
    "cinéma",
    "récolte",
    "agriculteurs",
    "éleveurs",
    "montagne",
    "plage",
    "port",
    "pêche",
    "tourisme",
    "hôtel",
    "restaurant",
    "boulangerie",
]

ICONS = {
    "facebook": "M22 12a10 10 0 1 0-11.6 9.9v-7H7.9V12h2.5V9.8c0-2.5 1.5-3.9 3.8-3.9 1.1 0 2.2.2 "
    "2.2.2v2.5h-1.3c-1.2 0-1.6.8-1.6 1.6V12h2.8l-.4 2.9h-2.3v7A10 10 0 0 0 22 12z",
    "x": "M18.9 2H22l-7.4 8.5L23.3 22h-6.8l-5.3-7-6.1 7H2l7.9-9.1L1.6 2h7l4.8 6.4L18.9 2zm"
    "-1.2 18h1.9L7.4 3.9H5.4L17.7 20z",
    "linkedin": "M4.98 3.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM3 9.75h4v11H3v-11zm7 0h3.8v1.5h.1"
    "c.5-1 1.8-1.9 3.7-1.9 4 0 4.7 2.6 4.7 6v6.4h-4v-5.7c0-1.4 0-3.1-1.9-3.1s-2.2 1.5"
    "-2.2 3v5.8h-4v-11z",
    "whatsapp": "M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2zm5.3 14.2c-.2.6-1.3 1.2-1"
    ".8 1.2-.5.1-1 .2-3.3-.7-2.8-1.1-4.6-3.9-4.7-4.1-.1-.2-1.1-1.5-1.1-2.9s.7-2.1 1-2"
    ".4c.3-.3.6-.3.8-.3h.6c.2 0 .4 0 .6.5l.9 2.1c.1.2.1.4 0 .6l-.4.6-.4.4c-.1.1-.3.3-"
    ".1.6.2.3.8 1.3 1.7 2.1 1.2 1 2.1 1.3 2.4 1.5.3.1.5.1.6-.1l.9-1c.2-.3.4-.2.7-.1l2"
    " .9c.3.2.5.2.6.4.1.1.1.7-.1 1.3z",
    "mail": "M2 5h20v14H2V5zm2 2v.5l8 5 8-5V7H4zm16 10V9.8l-8 5-8-5V17h16z",
    "link": "M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 1 1 4.2 4.2l-2 2a1 1 0 1 1-1.4-1.4l2-2a"
    "1 1 0 1 0-1.4-1.4l-3.5 3.5a1 1 0 0 1-1.4 0zm2.8-2.8a1 1 0 0 1 0 1.4l-3.5 3.5a3 3"
    " 0 1 1-4.2-4.2l2-2a1",
    "search": "M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2zm0 2a6 6 0 1 0 0"
    " 12A6 6 0 0 0 10 4z",
    "user": "M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0 2c-4.4 0-8 2.2-8 5v3h16v-3c0-2.8-3.6-5-8-5z",
    "play": "M8 5v14l11-7z",
    "bookmark": "M6 2h12a1 1 0 0 1 1 1v19l-7-4-7 4V3a1 1 0 0 1 1-1z",
}


def icon(name: str, cls: str = "icon", size: int = 24) -> str:
    """An inline SVG icon."""
    return (
        f'<svg class="{cls} {cls}--{name}" width="{size}" height="{size}" viewBox="0 0 24 24" '
        f'aria-hidden="true" focusable="false"><path fill="currentColor" d="{ICONS[name]}"/></svg>'
    )


def phrase(rng: random.Random, low: int, high: int) -> str:
    """A teaser-like run of words."""
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize()


def slug(text: str) -> str:
    """A URL slug of text."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def stylesheet(seed: int, prefix: str, rules: int) -> str:
    """A minified stylesheet as themes inline it."""
    rng = random.Random(seed)
    return "".join(
        f".{prefix}-{rng.choice(WORDS)}-{i}{{padding:{rng.randint(0, 32)}px {rng.randint(0, 32)}px;"
        f"color:#{rng.getrandbits(24):06x};font-size:{rng.randint(12, 24)}px;"
        f"line-height:{rng.randint(11, 19) / 10}}}"
        for i in range(rules)
    )


def menu(seed: int, cls: str, base: str, top: list[str], per: int = 7) -> str:
    """A navigation menu with sub-lists."""
    rng = random.Random(seed)
    entries = []
    for name in top:
        subs = "".join(
            f'<li class="{cls}__subitem"><a href="{base}/{slug(name)}/{rng.choice(WORDS)}-{j}/">'
            f"{rng.choice(WORDS).capitalize()}</a></li>"
            for j in range(per)
        )
        entries.append(
            f'<li class="{cls}__item"><a class="{cls}__link" href="{base}/{slug(name)}/">{name}</a>'
            f'<ul class="{cls}__sub">{subs}</ul></li>'
        )
    return f'<ul class="{cls}">{"".join(entries)}</ul>'


def teaser_records(seed: int, count: int, base: str) -> list[dict]:
    """Teaser records as the sites' JSON state holds them."""
    rng = random.Random(seed)
    records = []
    for i in range(count):
        title = phrase(rng, 6, 12)
        records.append(
            {
                "id": f"{rng.getrandbits(48):012x}",
                "headline": title,
                "url": f"{base}/{slug(title)}-{rng.randint(10000, 99999)}",
                "image": {"src": f"{base}/img/{rng.getrandbits(40):010x}.jpg", "w": 1200},
                "section": rng.choice(WORDS),
                "rank": i,
            }
        )
    return records


def teaser_list(seed: int, cls: str, base: str, count: int, heading: str) -> str:
    """A visible block of related-article teasers."""
    items = "".join(
        f'<li class="{cls}__item"><a href="{r["url"]}"><img src="{r["image"]["src"]}" alt="" '
        f'loading="lazy" width="320" height="180"><span class="{cls}__title">{r["headline"]}'
        "</span></a></li>"
        for r in teaser_records(seed, count, base)
    )
    heading = f'<h2 class="{cls}__heading">{heading}</h2>'
    return f'<section class="{cls}">{heading}<ul>{items}</ul></section>'


def share_bar(
    cls: str, url: str, networks: tuple[str, ...] = ("facebook", "x", "whatsapp", "mail")
) -> str:
    """Share buttons."""
    buttons = "".join(
        f'<a class="{cls}__button {cls}__button--{n}" href="https://share.example/{n}?u={url}" '
        f'aria-label="Partager sur {n}" rel="noopener">{icon(n)}</a>'
        for n in networks
    )
    return f'<div class="{cls}" role="group" aria-label="Partager">{buttons}</div>'


def ad_slot(slot_id: str, cls: str = "ad-slot") -> str:
    """An ad container with its label and tag script."""
    return (
        f'<div class="{cls}" id="{slot_id}" data-format="300x250,300x600">'
        f'<span class="{cls}__label">Publicité</span><script>'
        "window.googletag=window.googletag||{cmd:[]};googletag.cmd.push("
        f'function(){{googletag.display("{slot_id}")}});</script></div>'
    )


def consent_box(vendor: str, site: str) -> str:
    """A cookie consent notice as a consent platform injects it."""
    return (
        f'<div id="{vendor}-notice" class="{vendor}-popup" role="dialog" aria-modal="true">'
        f'<div class="{vendor}-popup__text"><h2>Vos choix concernant les cookies</h2><p>{site} et '
        "ses partenaires utilisent des cookies pour mesurer l’audience, personnaliser les contenus "
        "et la publicité. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment.</p>"
        f'</div><button class="{vendor}-accept">Accepter</button><button class="{vendor}-refuse">'
        f'Refuser</button><button class="{vendor}-settings">Paramétrer</button></div>'
    )


def link_columns(seed: int, base: str, headings: list[str], per: int = 6) -> str:
    """Footer link columns."""
    rng = random.Random(seed)
    columns = "".join(
        f'<div class="footer-col"><h3>{h}</h3><ul>'
        + "".join(
            f'<li><a href="{base}/{slug(h)}/{rng.choice(WORDS)}">'
            f"{rng.choice(WORDS).capitalize()}</a></li>"
            for _ in range(per)
        )
        + "</ul></div>"
        for h in headings
    )
    return f'<div class="footer-cols">{columns}</div>'
