"""Helpers the saved-page folders' make_pages.py share (holdout4/web, holdout18/web,
holdout20/web) to write their pages and expected files; each folder's `kit.py` binds `write`
to its own folder.

The expected paragraphs are derived from the very HTML fragments written into the page
(tags dropped, entities decoded, whitespace collapsed), so page and expectation cannot drift.
"""

from __future__ import annotations

import datetime
import html
import json
import random
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_check import PAGE_KEYS, collapse

KEYS = list(PAGE_KEYS)
"""The expected file's keys, in the schema's order."""


def flat(fragment: str) -> str:
    """The text of an inline HTML fragment as the schema writes it."""
    return collapse(html.unescape(re.sub(r"<[^>]+>", "", fragment)))


def paras(*fragments: str, tag: str = "p", attrs: str = "") -> str:
    """Fragments as <p> elements, one per line."""
    open_tag = f"<{tag}{(' ' + attrs) if attrs else ''}>"
    return "\n".join(f"{open_tag}{f}</{tag}>" for f in fragments)


def teasers(seed: int, count: int, base: str, words: list[str]) -> list[dict]:
    """Invented teaser records for JSON state and 'related' blocks (page bulk)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        title = " ".join(rng.choice(words) for _ in range(rng.randint(6, 11))).capitalize()
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70]
        out.append(
            {
                "id": f"{seed:03d}{i:05d}{rng.randint(1000, 9999)}",
                "title": title,
                "url": f"{base}/{slug}-{rng.randint(100000, 999999)}",
                "image": f"{base}/media/{rng.getrandbits(64):016x}.jpg",
                "section": rng.choice(words).capitalize(),
                "date": f"2026-{rng.randint(9, 11):02d}-{rng.randint(1, 28):02d}",
            }
        )
    return out


FILLER = [
    "commune",
    "conseil",
    "projet",
    "budget",
    "rentrée",
    "quartier",
    "marché",
    "police",
    "tribunal",
    "santé",
    "école",
    "hôpital",
    "élus",
    "gouvernement",
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
    "province",
    "habitants",
    "association",
    "mairie",
    "recours",
    "vote",
    "référendum",
    "ligne",
    "train",
    "bus",
    "vélo",
    "énergie",
]


def css_blob(seed: int, prefix: str, rules: int) -> str:
    """A minified stylesheet like the ones themes inline."""
    rng = random.Random(seed)
    parts = []
    for i in range(rules):
        parts.append(
            f".{prefix}-{rng.choice(FILLER)}-{i}{{margin:{rng.randint(0, 24)}px "
            f"{rng.randint(0, 24)}px;color:#{rng.getrandbits(24):06x};"
            f"font-size:{rng.randint(11, 22)}px;line-height:{rng.randint(12, 18) / 10}}}"
        )
    return "".join(parts)


def menu(seed: int, cls: str, base: str, top: list[str], per: int = 8) -> str:
    """A mega-menu: top entries with sub-lists."""
    rng = random.Random(seed)
    items = []
    for name in top:
        subs = "".join(
            f'<li class="{cls}__sub-item"><a href="{base}/{name.lower()}/'
            f'{rng.choice(FILLER)}-{j}">{rng.choice(FILLER).capitalize()} '
            f"{rng.choice(FILLER)}</a></li>"
            for j in range(per)
        )
        items.append(
            f'<li class="{cls}__item"><a class="{cls}__link" href="{base}/{name.lower()}">'
            f'{name}</a><ul class="{cls}__sub">{subs}</ul></li>'
        )
    return f'<ul class="{cls}">' + "".join(items) + "</ul>"


def json_script(data: object, attrs: str = 'type="application/ld+json"') -> str:
    """A <script> holding JSON, escaped as sites do."""
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f"<script {attrs}>{text}</script>"


def write(
    folder: Path,
    name: str,
    page: str,
    expected: dict,
    encoding: str = "utf-8",
) -> None:
    """Write the page's bytes and its expected YAML into `folder`."""
    (folder / f"{name}.html").write_bytes(page.encode(encoding))
    defaults = {
        "subheads": [],
        "pull_quotes": [],
        "incomplete": False,
        "encoding_warning": False,
        "standfirst": None,
        "agency": None,
    }
    record = {k: expected.get(k, defaults.get(k)) for k in KEYS}
    missing = [k for k in KEYS if k not in expected and k not in defaults]
    if missing:
        raise SystemExit(f"{name}: missing {missing}")
    assert isinstance(record["date"], (datetime.date, type(None)))
    (folder / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )
