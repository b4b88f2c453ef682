"""Page bulk for the holdout10 pages: menus, stylesheets, icons, teasers, state JSON, writing.

Nothing here is article text; it gives the pages a saved page's weight and chrome.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from corpus_check import PAGE_KEYS

HERE = Path(__file__).resolve().parent

WORDS = [
    "budget",
    "commune",
    "conseil",
    "réforme",
    "école",
    "hôpital",
    "grève",
    "tribunal",
    "élection",
    "quartier",
    "chantier",
    "marché",
    "emploi",
    "énergie",
    "climat",
    "festival",
    "saison",
    "club",
    "finale",
    "mairie",
    "région",
    "province",
    "canton",
    "gouvernement",
    "ministre",
    "députés",
    "syndicat",
    "accord",
    "enquête",
    "procès",
    "vote",
    "transport",
    "loyers",
    "récolte",
    "pluie",
    "sécheresse",
    "université",
    "étudiants",
    "frontière",
    "export",
    "prix",
    "hausse",
    "baisse",
]

ICONS = {
    "facebook": "M22 12a10 10 0 1 0-11.6 9.9v-7H7.9V12h2.5V9.8c0-2.5 1.5-3.9 3.8-3.9 1.1 0 "
    "2.2.2 2.2.2v2.5h-1.3c-1.2 0-1.6.8-1.6 1.6V12h2.8l-.4 2.9h-2.3v7A10 10 0 0 0 22 12z",
    "x": "M18.2 2.3h3.4l-7.4 8.4 8.7 11.5h-6.8l-5.3-7-6.1 7H1.3l7.9-9L.9 2.3h7l4.8 6.4z",
    "whatsapp": "M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2zm5.3 14.1c-.2.6-1.3 "
    "1.2-1.8 1.2-.5.1-1 .2-3.3-.7-2.8-1.1-4.6-4-4.7-4.2-.1-.2-1.1-1.5-1.1-2.9s.7-2.1 1-2.4",
    "mail": "M2 5h20v14H2zm2 2v.5l8 5 8-5V7zm0 2.8V17h16V9.8l-8 5z",
    "link": "M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 0 1 4.2 4.2l-2 2a1 1 0 1 1-1.4-1.4l2-2a1",
    "search": "M10 2a8 8 0 0 1 6.3 12.9l5.4 5.4-1.4 1.4-5.4-5.4A8 8 0 1 1 10 2zm0 2a6 6 0 1 0",
    "play": "M8 5v14l11-7z",
    "user": "M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0 2c-4.4 0-8 2.2-8 5v3h16v-3c0-2.8-3.6-5-8-5z",
}


def svg(name: str, cls: str = "icon", size: int = 24) -> str:
    """An inline SVG icon as themes write them."""
    return (
        f'<svg class="{cls} {cls}--{name}" width="{size}" height="{size}" viewBox="0 0 24 24" '
        f'aria-hidden="true" focusable="false"><path d="{ICONS[name]}"></path></svg>'
    )


def share_bar(cls: str, url: str) -> str:
    """A share bar of icon links (no text but screen-reader labels)."""
    links = "".join(
        f'<a class="{cls}__btn {cls}__btn--{n}" href="https://share.example/{n}?u={url}" '
        f'aria-label="Partager sur {n}" rel="noopener">{svg(n, cls + "__icon")}</a>'
        for n in ("facebook", "x", "whatsapp", "mail", "link")
    )
    return f'<div class="{cls}">{links}</div>'


def css(seed: int, prefix: str, rules: int) -> str:
    """A minified stylesheet like the ones themes inline."""
    rng = random.Random(seed)
    return "".join(
        f".{prefix}-{rng.choice(WORDS)}-{i}{{margin:{rng.randint(0, 24)}px {rng.randint(0, 24)}px;"
        f"color:#{rng.getrandbits(24):06x};font-size:{rng.randint(11, 22)}px;"
        f"line-height:{rng.randint(12, 18) / 10}}}"
        for i in range(rules)
    )


def slug(text: str) -> str:
    """A URL slug of text."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


def teasers(seed: int, count: int, base: str) -> list[dict]:
    """Invented teaser records (page bulk for JSON state and related-article rails)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 10))).capitalize()
        out.append(
            {
                "id": f"{seed:03d}{i:04d}{rng.randint(1000, 9999)}",
                "title": title,
                "url": f"{base}/{slug(title)}-{rng.randint(100000, 999999)}",
                "image": f"{base}/img/{rng.getrandbits(64):016x}.jpg",
                "section": rng.choice(WORDS).capitalize(),
            }
        )
    return out


def teaser_list(records: list[dict], cls: str) -> str:
    """Teasers as a rail of links."""
    rows = "".join(
        f'<li class="{cls}__item"><a href="{r["url"]}"><img src="{r["image"]}" alt="" '
        f'loading="lazy"><span class="{cls}__kicker">{r["section"]}</span>'
        f'<span class="{cls}__title">{r["title"]}</span></a></li>'
        for r in records
    )
    return f'<ul class="{cls}">{rows}</ul>'


def menu(seed: int, cls: str, base: str, top: list[str], per: int = 6) -> str:
    """A mega-menu: top entries with sub-lists."""
    rng = random.Random(seed)
    entries = []
    for name in top:
        subs = "".join(
            f'<li><a href="{base}/{slug(name)}/{rng.choice(WORDS)}-{j}">'
            f"{rng.choice(WORDS).capitalize()}</a></li>"
            for j in range(per)
        )
        entries.append(
            f'<li class="{cls}__item"><a href="{base}/{slug(name)}">{name}</a>'
            f'<ul class="{cls}__sub">{subs}</ul></li>'
        )
    return f'<ul class="{cls}">{"".join(entries)}</ul>'


def json_script(data: object, attrs: str = 'type="application/ld+json"') -> str:
    """A <script> holding JSON, escaped as sites do."""
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f"<script {attrs}>{text}</script>"


def tracker_scripts(seed: int, count: int) -> str:
    """Inline scripts of the kind ad and analytics tags leave in a saved page."""
    rng = random.Random(seed)
    return "\n".join(
        f"<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{event:'slot_{i}',"
        f"id:'{rng.getrandbits(48):012x}',pos:{rng.randint(1, 9)},"
        f"keys:['{rng.choice(WORDS)}','{rng.choice(WORDS)}']}});</script>"
        for i in range(count)
    )


def write(name: str, page: str, expected: dict, data: bytes | None = None) -> None:
    """Write the page (its UTF-8 text, or the given bytes) and its expected YAML."""
    (HERE / f"{name}.html").write_bytes(data if data is not None else page.encode("utf-8"))
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
    assert isinstance(record["date"], datetime.date | None)
    (HERE / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )
