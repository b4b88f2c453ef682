"""Page bulk shared by the holdout17 templates: stylesheets, menus, teasers, consent boxes
and footers, all seeded so every run writes the same bytes."""

from __future__ import annotations

import random
import re

WORDS = tuple(
    [
        "commune",
        "conseil",
        "projet",
        "budget",
        "rentrée",
        "quartier",
        "marché",
        "gendarmerie",
        "tribunal",
        "santé",
        "collège",
        "hôpital",
        "élus",
        "préfecture",
        "entreprise",
        "emploi",
        "saison",
        "club",
        "match",
        "finale",
        "festival",
        "route",
        "chantier",
        "enquête",
        "accident",
        "météo",
        "prix",
        "hausse",
        "baisse",
        "région",
        "ville",
        "canton",
        "village",
        "habitants",
        "association",
        "mairie",
        "recours",
        "vote",
        "ligne",
        "train",
        "bus",
        "vélo",
        "énergie",
        "récolte",
        "foire",
        "lycée",
    ]
)


def css_blob(seed: int, prefix: str, rules: int) -> str:
    """A minified stylesheet like the ones themes inline."""
    rng = random.Random(seed)
    return "".join(
        f".{prefix}-{rng.choice(WORDS)}-{i}{{margin:{rng.randint(0, 24)}px {rng.randint(0, 24)}px;"
        f"color:#{rng.getrandbits(24):06x};font-size:{rng.randint(11, 22)}px}}"
        for i in range(rules)
    )


def teasers(seed: int, count: int, base: str) -> list[dict]:
    """Invented teaser records (titles, addresses, images, rubrics)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 11))).capitalize()
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
        out.append(
            {
                "title": title,
                "url": f"{base}/{slug}-{rng.randint(100000, 999999)}",
                "image": f"{base}/media/{rng.getrandbits(48):012x}.jpg",
                "section": rng.choice(WORDS).capitalize(),
            }
        )
    return out


def teaser_grid(seed: int, count: int, base: str, cls: str) -> str:
    """A block of teaser cards, as the foot of an article page lists them."""
    return "\n".join(
        f'<article class="{cls}"><a href="{t["url"]}"><img src="{t["image"]}" alt="" '
        f'loading="lazy"><span class="{cls}__rubric">{t["section"]}</span>'
        f'<h3 class="{cls}__title">{t["title"]}</h3></a></article>'
        for t in teasers(seed, count, base)
    )


def menu(seed: int, cls: str, base: str, top: list[str], per: int = 8) -> str:
    """A mega-menu: top entries with sub-lists."""
    rng = random.Random(seed)
    items = []
    for name in top:
        slug = re.sub(r"[^a-z]+", "-", name.lower())
        subs = "".join(
            f'<li><a href="{base}/{slug}/{rng.choice(WORDS)}-{j}">'
            f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)}</a></li>"
            for j in range(per)
        )
        items.append(
            f'<li class="{cls}__item"><a href="{base}/{slug}/">{name}</a><ul>{subs}</ul></li>'
        )
    return f'<ul class="{cls}">' + "".join(items) + "</ul>"


def consent(vendor: str, site: str) -> str:
    """A consent-management box as it sits in a saved page."""
    return (
        f'<div id="{vendor}-notice" class="{vendor}-popup" role="dialog" aria-modal="true">'
        f'<div class="{vendor}-popup__text"><p>{site} et ses partenaires utilisent des cookies '
        "pour mesurer l’audience, personnaliser les contenus et la publicité.</p></div>"
        f'<button class="{vendor}-agree">Accepter &amp; fermer</button>'
        f'<button class="{vendor}-disagree">Continuer sans accepter</button>'
        f'<a href="#" class="{vendor}-learn-more">Paramétrer</a></div>'
    )


def tracking(seed: int, site_id: str) -> str:
    """Analytics and ad-tag scripts, the bulk every saved head carries."""
    rng = random.Random(seed)
    slots = ",".join(
        f'{{"id":"div-gpt-{i}","path":"/{site_id}/{rng.choice(WORDS)}","sizes":[[300,250],[728,90]]}}'
        for i in range(40)
    )
    return (
        f'<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"site":"{site_id}"}});'
        f"var googletag=googletag||{{cmd:[]}};var slots=[{slots}];</script>\n"
        f'<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n'
        f'<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-{site_id.upper()}"></script>'
    )


def footer(site: str, owner: str, base: str) -> str:
    """A site footer with its legal links."""
    links = ["Mentions légales", "Contact", "Publicité", "CGU", "Données personnelles", "Plan"]
    items = "".join(f'<li><a href="{base}/{i}">{name}</a></li>' for i, name in enumerate(links))
    return (
        f'<footer class="site-footer"><div class="site-footer__brand">{site}</div>'
        f"<ul>{items}</ul><p>© 2026 {owner}. Tous droits réservés.</p></footer>"
    )


def yoast_pieces(
    url: str, base: str, title: str, site: str, rubric: tuple[str, str], logo: str
) -> list[dict]:
    """The WebPage, BreadcrumbList (ending in the article) and Organization nodes of a Yoast
    SEO @graph; `rubric` is the breadcrumb's middle item (name, address)."""
    return [
        {
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": f"{title} - {site}",
            "breadcrumb": {"@id": f"{url}#breadcrumb"},
        },
        {
            "@type": "BreadcrumbList",
            "@id": f"{url}#breadcrumb",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                {"@type": "ListItem", "position": 2, "name": rubric[0], "item": rubric[1]},
                {"@type": "ListItem", "position": 3, "name": title},
            ],
        },
        {
            "@type": "Organization",
            "@id": f"{base}/#organization",
            "name": site,
            "logo": {"@type": "ImageObject", "url": logo},
        },
    ]
