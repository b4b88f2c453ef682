"""Helpers that make_pages.py uses to write the holdout19 saved pages and their expected files.

The expected paragraphs are derived from the very HTML fragments written into the page (tags
dropped, entities decoded, whitespace collapsed), so page and expectation cannot drift.
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

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from corpus_check import PAGE_KEYS, collapse

HERE = Path(__file__).resolve().parent

WORDS = [
    "mairie",
    "conseil",
    "projet",
    "budget",
    "rentrée",
    "quartier",
    "marché",
    "tribunal",
    "santé",
    "école",
    "hôpital",
    "élus",
    "entreprise",
    "emploi",
    "saison",
    "club",
    "match",
    "festival",
    "route",
    "chantier",
    "enquête",
    "météo",
    "prix",
    "hausse",
    "région",
    "ville",
    "habitants",
    "association",
    "recours",
    "vote",
    "ligne",
    "train",
    "énergie",
    "collège",
    "usine",
]


def flat(fragment: str) -> str:
    """The text of an inline HTML fragment as the schema writes it."""
    return collapse(html.unescape(re.sub(r"<[^>]+>", "", fragment)))


def paras(fragments: list[str], attrs: str = "") -> str:
    """Fragments as <p> elements, one per line."""
    open_tag = f"<p{(' ' + attrs) if attrs else ''}>"
    return "\n".join(f"{open_tag}{f}</p>" for f in fragments)


def json_script(data: object, attrs: str = 'type="application/ld+json"') -> str:
    """A <script> holding JSON, escaped as sites do."""
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f"<script {attrs}>{text}</script>"


def teasers(seed: int, count: int, base: str) -> list[dict[str, str]]:
    """Invented teaser records for related blocks and JSON state (page bulk)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 11))).capitalize()
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70]
        out.append(
            {
                "id": f"{seed:03d}{i:05d}",
                "title": title,
                "url": f"{base}/{slug}-{rng.randint(100000, 999999)}",
                "image": f"{base}/media/{rng.getrandbits(64):016x}.jpg",
                "date": f"2026-{rng.randint(9, 11):02d}-{rng.randint(1, 28):02d}",
            }
        )
    return out


def css_blob(seed: int, prefix: str, rules: int) -> str:
    """A minified stylesheet like the ones themes inline."""
    rng = random.Random(seed)
    return "".join(
        f".{prefix}-{rng.choice(WORDS)}-{i}{{margin:{rng.randint(0, 24)}px "
        f"{rng.randint(0, 24)}px;color:#{rng.getrandbits(24):06x};"
        f"font-size:{rng.randint(11, 22)}px;line-height:{rng.randint(12, 18) / 10}}}"
        for i in range(rules)
    )


def write(name: str, page: str, expected: dict[str, object]) -> None:
    """Write the page's bytes and its expected YAML (schema keys in order)."""
    defaults = {
        "subheads": [],
        "pull_quotes": [],
        "incomplete": False,
        "encoding_warning": False,
        "standfirst": None,
        "agency": None,
    }
    missing = [k for k in PAGE_KEYS if k not in expected and k not in defaults]
    if missing:
        raise SystemExit(f"{name}: missing {missing}")
    record = {k: expected.get(k, defaults.get(k)) for k in PAGE_KEYS}
    assert isinstance(record["date"], (datetime.date, type(None)))
    size = len(page.encode("utf-8"))
    assert 40_000 <= size <= 150_000, f"{name}: {size} bytes"
    (HERE / f"{name}.html").write_bytes(page.encode("utf-8"))
    (HERE / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )
