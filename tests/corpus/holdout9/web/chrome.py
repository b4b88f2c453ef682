"""Page bulk shared by the holdout9 pages: meta tags, icons, menus, teasers, footers, scripts.

Everything is invented and seeded, so the pages are the same bytes at every run.
"""

from __future__ import annotations

import html
import random
import re

NOUNS = (
    "conseil municipal", "budget", "rentrée", "quartier", "marché", "tribunal", "hôpital",
    "élus", "gouvernement", "entreprise", "emploi", "saison", "festival", "chantier", "enquête",
    "météo", "prix de l’énergie", "région", "habitants", "association", "mairie", "recours",
    "référendum", "ligne de bus", "réseau ferré", "piste cyclable", "syndicat", "grève",
    "collège", "lycée", "université", "ministre", "préfecture", "commune", "agriculteurs",
    "vendanges", "loyers", "logement", "incendie", "inondations", "sécheresse", "musée",
    "théâtre", "championnat", "club",
)  # fmt: skip
VERBS = (
    "relance", "suspend", "dévoile", "conteste", "prépare", "adopte", "rejette", "reporte",
    "inaugure", "menace", "annonce", "réclame", "revoit", "ferme", "rouvre", "finance", "sauve",
    "divise", "attend", "promet",
)  # fmt: skip
ICONS = ("facebook", "x", "linkedin", "whatsapp", "mail", "print", "search", "menu", "close")


def headline(rng: random.Random) -> str:
    """An invented teaser headline."""
    first, second = rng.sample(NOUNS, 2)
    text = f"{first} {rng.choice(VERBS)} {second}"
    return text[0].upper() + text[1:]


def slug(text: str) -> str:
    """A URL slug of a French text."""
    table = str.maketrans("àâäéèêëîïôöùûüç’", "aaaeeeeiioouuuc-")
    return re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")


def teasers(seed: int, count: int, base: str) -> list[dict]:
    """Invented teaser records, for JSON state and related blocks."""
    rng = random.Random(seed)
    out = []
    for number in range(count):
        title = headline(rng)
        out.append({
            "id": f"{seed:02d}{number:04d}{rng.randint(10000, 99999)}",
            "title": title,
            "url": f"{base}/{slug(title)}-{rng.randint(100000, 999999)}",
            "image": f"{base}/img/{rng.getrandbits(64):016x}.jpg",
            "section": rng.choice(NOUNS).capitalize(),
            "date": f"2026-{rng.randint(9, 11):02d}-{rng.randint(1, 28):02d}T"
            f"{rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}:00+01:00",
        })  # fmt: skip
    return out


def teaser_list(records: list[dict], cls: str, heading: str) -> str:
    """A 'related' or 'most read' block of teasers."""
    items = "".join(
        f'<li class="{cls}__item"><a class="{cls}__link" href="{r["url"]}">'
        f'<img src="{r["image"]}" alt="" loading="lazy" width="160" height="90">'
        f'<span class="{cls}__title">{html.escape(r["title"])}</span></a></li>'
        for r in records
    )
    title = f'<h2 class="{cls}__heading">{heading}</h2>'
    return f'<section class="{cls}">{title}<ul>{items}</ul></section>'


def icons(seed: int) -> str:
    """An inline SVG sprite of social and interface icons."""
    rng = random.Random(seed)
    symbols = []
    for name in ICONS:
        points = " ".join(
            f"{rng.choice('MLCQ')}{rng.randint(0, 24)}.{rng.randint(0, 99)},"
            f"{rng.randint(0, 24)}.{rng.randint(0, 99)}"
            for _ in range(28)
        )
        symbols.append(
            f'<symbol id="icon-{name}" viewBox="0 0 24 24"><path d="{points}Z"/></symbol>'
        )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">'
        + "".join(symbols)
        + "</svg>"
    )


def icon(name: str, cls: str = "icon") -> str:
    """One icon from the sprite."""
    return (
        f'<svg class="{cls} {cls}--{name}" aria-hidden="true"><use href="#icon-{name}"></use></svg>'
    )


def share_bar(cls: str, url: str) -> str:
    """Share buttons."""
    links = "".join(
        f'<a class="{cls}__btn" href="https://share.example/{n}?u={url}" rel="noopener" '
        f'aria-label="Partager sur {n}">{icon(n)}</a>'
        for n in ICONS[:5]
    )
    return f'<div class="{cls}">{links}<button class="{cls}__copy">Copier le lien</button></div>'


def menu(seed: int, cls: str, base: str, top: list[str], per: int = 7) -> str:
    """A mega-menu: top entries with sub-lists."""
    rng = random.Random(seed)
    items = []
    for name in top:
        subs = "".join(
            f'<li><a href="{base}/{slug(name)}/{slug(rng.choice(NOUNS))}">'
            f"{rng.choice(NOUNS).capitalize()}</a></li>"
            for _ in range(per)
        )
        items.append(
            f'<li class="{cls}__item"><a class="{cls}__link" href="{base}/{slug(name)}/">'
            f'{name}</a><ul class="{cls}__sub">{subs}</ul></li>'
        )
    return f'<nav class="{cls}" aria-label="Menu principal"><ul>' + "".join(items) + "</ul></nav>"


def css(seed: int, prefix: str, rules: int) -> str:
    """A minified stylesheet like the ones themes inline."""
    rng = random.Random(seed)
    return "".join(
        f".{prefix}-{slug(rng.choice(NOUNS))}-{i}{{margin:{rng.randint(0, 24)}px "
        f"{rng.randint(0, 24)}px;color:#{rng.getrandbits(24):06x};"
        f"font-size:{rng.randint(11, 22)}px;line-height:{rng.randint(12, 18) / 10}}}"
        for i in range(rules)
    )


def minified_js(seed: int, size: int) -> str:
    """An inline bundle of minified-looking JavaScript of about size characters."""
    rng = random.Random(seed)
    chunks, total = [], 0
    while total < size:
        name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2))
        chunk = (
            f"function {name}{rng.randint(0, 999)}(e,t){{var n=e[{rng.randint(0, 9)}]||{{}};"
            f'return t&&n.{name}?n.{name}(t,"{rng.getrandbits(32):08x}"):void 0}}'
        )
        chunks.append(chunk)
        total += len(chunk)
    return ";".join(chunks)


def meta_tags(pairs: list[tuple[str, str, str]]) -> str:
    """`<meta>` lines from (attribute, key, content) triples."""
    return "\n".join(
        f'<meta {kind}="{key}" content="{html.escape(value, quote=True)}">'
        for kind, key, value in pairs
    )


def footer(seed: int, cls: str, base: str, site: str, columns: list[str]) -> str:
    """A site footer with link columns and a copyright line."""
    rng = random.Random(seed)
    cols = "".join(
        f'<div class="{cls}__col"><h3>{name}</h3><ul>'
        + "".join(
            f'<li><a href="{base}/{slug(name)}/{slug(rng.choice(NOUNS))}">'
            f"{rng.choice(NOUNS).capitalize()}</a></li>"
            for _ in range(6)
        )
        + "</ul></div>"
        for name in columns
    )
    legal = (
        "Mentions légales · Conditions générales · Politique de confidentialité · "
        "Gestion des cookies · Contact · Publicité"
    )
    return (
        f'<footer class="{cls}"><div class="{cls}__cols">{cols}</div>'
        f'<p class="{cls}__legal">{legal}</p><p class="{cls}__copy">© 2026 {site}. '
        "Tous droits réservés.</p></footer>"
    )


def cookie_box(cls: str, site: str) -> str:
    """A consent notice."""
    return (
        f'<div class="{cls}" role="dialog" aria-label="Cookies"><p>{site} et ses partenaires '
        "utilisent des cookies pour mesurer l’audience, personnaliser les contenus et la "
        "publicité.</p><button>Accepter</button><button>Refuser</button>"
        "<button>Paramétrer</button></div>"
    )


def ad(slot: str, cls: str = "ad") -> str:
    """An advertising slot."""
    label = f'<span class="{cls}__label">Publicité</span>'
    return f'<div class="{cls}" id="{slot}" data-slot="{slot}">{label}</div>'
