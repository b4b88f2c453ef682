"""Site chrome for the holdout15 pages: seeded menus, teaser rails, stylesheets, footers.

All of it is page bulk that is not article text; every function is deterministic in its seed.
"""

from __future__ import annotations

import random
import re

_WORD_LINE = (
    "mairie conseil budget réforme quartier tramway marché récolte grève tribunal hôpital "
    "rentrée festival concert exposition saison club finale chantier enquête incendie météo "
    "prix loyers électricité région village port aéroport élus ministre syndicat lycée "
    "université théâtre série roman podcast vote recours pétition route barrage forêt plage"
)
WORDS = _WORD_LINE.split()


def _phrase(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize()


def slug(text: str) -> str:
    """A URL slug of ASCII letters and digits."""
    table = str.maketrans("àâäçéèêëîïôöùûüÿœ", "aaaceeeeiioouuuyo")
    return re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")[:60]


def stylesheet(seed: int, prefix: str, rules: int) -> str:
    """A minified inline stylesheet."""
    rng = random.Random(seed)
    return "".join(
        f".{prefix}-{rng.choice(WORDS)}-{i}{{padding:{rng.randint(0, 30)}px;"
        f"color:#{rng.getrandbits(24):06x};font-size:{rng.randint(11, 24)}px}}"
        for i in range(rules)
    )


def mega_menu(seed: int, base: str, cls: str, sections: list[str], per: int = 8) -> str:
    """A navigation menu with a sub-list under every section."""
    rng = random.Random(seed)
    items = []
    for name in sections:
        subs = "".join(
            f'<li class="{cls}__sub"><a href="{base}/{slug(name)}/{slug(rng.choice(WORDS))}-{j}">'
            f"{_phrase(rng, 1, 2)}</a></li>"
            for j in range(per)
        )
        items.append(
            f'<li class="{cls}__item"><a href="{base}/{slug(name)}">{name}</a><ul>{subs}</ul></li>'
        )
    return f'<ul class="{cls}">{"".join(items)}</ul>'


def teaser_cards(seed: int, base: str, count: int, cls: str = "card") -> str:
    """A rail of teaser cards (kicker, title, image, link)."""
    rng = random.Random(seed)
    cards = []
    for _ in range(count):
        title = _phrase(rng, 6, 11)
        href = f"{base}/{slug(rng.choice(WORDS))}/{slug(title)}-{rng.randint(100000, 999999)}"
        cards.append(
            f'<div class="{cls}"><a href="{href}"><img loading="lazy" '
            f'src="{base}/img/{rng.getrandbits(48):012x}.jpg" alt="" width="320" height="180">'
            f'<span class="{cls}__kicker">{rng.choice(WORDS).capitalize()}</span>'
            f'<h3 class="{cls}__title">{title}</h3></a></div>'
        )
    return "".join(cards)


def teaser_state(seed: int, base: str, count: int) -> list[dict[str, str]]:
    """Teaser records as sites put them in their JSON state."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        title = _phrase(rng, 6, 10)
        out.append(
            {
                "id": f"{rng.getrandbits(40):010x}",
                "headline": title,
                "url": f"{base}/{slug(title)}-{rng.randint(1000, 99999)}",
                "section": rng.choice(WORDS),
            }
        )
    return out


def footer_links(seed: int, base: str, count: int) -> str:
    """A footer's list of service links."""
    rng = random.Random(seed)
    return "".join(
        f'<li><a href="{base}/services/{slug(rng.choice(WORDS))}-{i}">{_phrase(rng, 1, 3)}</a></li>'
        for i in range(count)
    )
