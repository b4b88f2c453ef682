"""Page bulk for holdout14: the stylesheets, menus, teaser grids, consent boxes, trackers
and footers that surround an article on a saved page. Deterministic (seeded)."""

from __future__ import annotations

import random

_VOCABULARY = (
    "rentrée conseil budget commune quartier marché tribunal hôpital école élus "
    "gouvernement entreprise emploi saison club finale festival chantier enquête météo "
    "prix hausse baisse région ville province habitants association mairie recours vote "
    "ligne train vélo énergie récolte pêche port université musée théâtre impôt loyer "
    "logement réforme grève sécheresse"
)
#: Words the invented teaser headlines and class names are drawn from.
WORDS = _VOCABULARY.split()


def stylesheet(seed: int, prefix: str, rules: int) -> str:
    """A minified theme stylesheet of `rules` rules."""
    rng = random.Random(seed)
    return "".join(
        f".{prefix}-{rng.choice(WORDS)}--{n}{{padding:{rng.randint(0, 32)}px;"
        f"background:#{rng.getrandbits(24):06x};font-weight:{rng.choice((300, 400, 600, 700))};"
        f"letter-spacing:{rng.randint(0, 9) / 100}em}}"
        for n in range(rules)
    )


def headline(rng: random.Random) -> str:
    """An invented teaser headline."""
    words = [rng.choice(WORDS) for _ in range(rng.randint(5, 10))]
    return " ".join(words).capitalize()


def slug(text: str) -> str:
    """A URL slug of `text` (ASCII letters kept, the rest as dashes)."""
    kept = "".join(c if c.isascii() and c.isalnum() else "-" for c in text.lower())
    return "-".join(part for part in kept.split("-") if part)[:64]


def teaser_records(seed: int, count: int, base: str) -> list[dict[str, str]]:
    """Invented teasers (title, url, image, label) for grids and JSON state."""
    rng = random.Random(seed)
    records = []
    for _ in range(count):
        title = headline(rng)
        records.append(
            {
                "title": title,
                "url": f"{base}/{slug(title)}-{rng.randint(10**5, 10**6)}",
                "image": f"{base}/images/{rng.getrandbits(48):012x}.webp",
                "label": rng.choice(WORDS).capitalize(),
            }
        )
    return records


def teaser_grid(seed: int, count: int, base: str, cls: str, heading: str) -> str:
    """A section of teaser cards with a heading."""
    cards = "".join(
        f'<div class="{cls}__card"><a href="{t["url"]}"><img loading="lazy" src="{t["image"]}" '
        f'alt=""><span class="{cls}__label">{t["label"]}</span><h3 class="{cls}__title">'
        f"{t['title']}</h3></a></div>"
        for t in teaser_records(seed, count, base)
    )
    return f'<section class="{cls}"><h2 class="{cls}__heading">{heading}</h2>{cards}</section>'


def ranked_list(seed: int, count: int, base: str, heading: str) -> str:
    """A 'most read' box."""
    items = "".join(
        f'<li><a href="{t["url"]}">{t["title"]}</a></li>' for t in teaser_records(seed, count, base)
    )
    return f'<aside class="most-read"><h2>{heading}</h2><ol>{items}</ol></aside>'


def nav_menu(seed: int, base: str, cls: str, entries: list[str], per: int = 8) -> str:
    """A mega-menu: top entries each with a sub-list of links."""
    rng = random.Random(seed)
    blocks = []
    for entry in entries:
        subs = "".join(
            f'<li><a href="{base}/{slug(entry)}/{rng.choice(WORDS)}">'
            f"{rng.choice(WORDS).capitalize()}</a></li>"
            for _ in range(per)
        )
        blocks.append(
            f'<li class="{cls}-item"><a href="{base}/{slug(entry)}">{entry}</a>'
            f'<ul class="{cls}-sub">{subs}</ul></li>'
        )
    return f'<ul class="{cls}">{"".join(blocks)}</ul>'


def consent_box(vendor: str) -> str:
    """A cookie banner in the manner of `vendor` ('didomi', 'onetrust', 'sourcepoint')."""
    text = (
        "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies "
        "similaires pour stocker et accéder à des informations personnelles."
    )
    if vendor == "didomi":
        return (
            '<div id="didomi-host" aria-hidden="true"><div class="didomi-popup-container">'
            f'<p class="didomi-popup-notice-text">{text}</p>'
            '<button id="didomi-notice-agree-button">Accepter &amp; fermer</button>'
            '<button id="didomi-notice-disagree-button">Continuer sans accepter</button>'
            "</div></div>"
        )
    if vendor == "onetrust":
        return (
            '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region">'
            f'<p id="onetrust-policy-text">{text}</p><button id="onetrust-accept-btn-handler">'
            "J’accepte</button><button>Paramètres des cookies</button></div></div>"
        )
    return (
        '<div id="sp_message_container_1170" class="sp-message" role="dialog">'
        f"<p>{text}</p><button>OK</button><button>Refuser</button></div>"
    )


def trackers(seed: int, site: str, lines: int) -> str:
    """Inline analytics and ad-tag scripts."""
    rng = random.Random(seed)
    pushes = ";".join(
        f'dataLayer.push({{"event":"{rng.choice(WORDS)}","slot":"{site}_{n}",'
        f'"sizes":[[{rng.choice((300, 728, 970))},{rng.choice((90, 250, 600))}]]}})'
        for n in range(lines)
    )
    return (
        "<script>window.dataLayer=window.dataLayer||[];"
        f"{pushes};</script>\n"
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>'
    )


def site_footer(name: str, owner: str, links: list[str]) -> str:
    """A site footer naming the publication and its owner."""
    items = "".join(f'<li><a href="#">{link}</a></li>' for link in links)
    return (
        f'<footer class="site-footer"><ul class="site-footer__links">{items}</ul>'
        f"<p>© 2026 {name} – {owner}. Tous droits réservés.</p></footer>"
    )
