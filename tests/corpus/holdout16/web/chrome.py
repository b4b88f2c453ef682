"""Page bulk for the holdout16 pages: inlined theme CSS, menus, teaser rails, tracking JSON.

Everything is drawn from seeded generators, so the pages are the same bytes on every run.
"""

from __future__ import annotations

import json
import random

WORDS = [
    "mairie",
    "conseil",
    "chantier",
    "rentrée",
    "collège",
    "lycée",
    "hôpital",
    "urgences",
    "pompiers",
    "gendarmerie",
    "tribunal",
    "procès",
    "budget",
    "impôts",
    "marché",
    "foire",
    "vendanges",
    "récolte",
    "élevage",
    "route",
    "autoroute",
    "train",
    "gare",
    "bus",
    "tramway",
    "festival",
    "concert",
    "théâtre",
    "cinéma",
    "club",
    "match",
    "finale",
    "saison",
    "piscine",
    "stade",
    "emploi",
    "usine",
    "entreprise",
    "commerce",
    "quartier",
    "village",
    "canton",
    "région",
    "président",
    "ministre",
    "député",
    "élus",
    "habitants",
    "association",
    "collectif",
    "météo",
    "orages",
    "crue",
]


def stylesheet(seed: int, prefix: str, rules: int) -> str:
    """A minified theme stylesheet with `rules` rules on `prefix`-named classes."""
    rng = random.Random(seed)
    return "".join(
        f".{prefix}{rng.choice(WORDS)}-{i}{{padding:{rng.randint(0, 30)}px "
        f"{rng.randint(0, 30)}px;color:#{rng.getrandbits(24):06x};"
        f"font:{rng.randint(400, 800)} {rng.randint(12, 24)}px/1.{rng.randint(1, 8)} "
        f"var(--font-{rng.choice(['body', 'title', 'ui'])})}}"
        for i in range(rules)
    )


def headline(rng: random.Random) -> str:
    """An invented teaser headline."""
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 10))).capitalize()


def teaser_items(seed: int, count: int, base: str) -> list[dict[str, str]]:
    """Invented teaser records: title, url, image, label."""
    rng = random.Random(seed)
    items = []
    for i in range(count):
        title = headline(rng)
        slug = "-".join(title.lower().split())[:60]
        items.append(
            {
                "title": title,
                "url": f"{base}/{rng.choice(WORDS)}/{slug}-{seed}{i:04d}",
                "image": f"{base}/media/{rng.getrandbits(48):012x}.jpg",
                "label": rng.choice(WORDS).capitalize(),
            }
        )
    return items


def rail(seed: int, count: int, base: str, template: str) -> str:
    """Teasers rendered with `template` (str.format over a teaser record)."""
    return "".join(template.format(**t) for t in teaser_items(seed, count, base))


def mega_menu(seed: int, cls: str, base: str, sections: list[str], per: int = 8) -> str:
    """A navigation list with a sub-list under each section."""
    rng = random.Random(seed)
    out = []
    for name in sections:
        subs = "".join(
            f'<li class="{cls}-sub"><a href="{base}/{name.lower()}/{rng.choice(WORDS)}-{j}">'
            f"{rng.choice(WORDS).capitalize()}</a></li>"
            for j in range(per)
        )
        out.append(
            f'<li class="{cls}-item"><a href="{base}/{name.lower()}">{name}</a><ul>{subs}</ul></li>'
        )
    return f'<ul class="{cls}">' + "".join(out) + "</ul>"


def tracking(seed: int, name: str, count: int) -> str:
    """A tag-manager script with a config object of `count` keys."""
    rng = random.Random(seed)
    config = {f"{rng.choice(WORDS)}_{i}": rng.getrandbits(32) for i in range(count)}
    return f"<script>window.{name}={json.dumps(config)};</script>"
