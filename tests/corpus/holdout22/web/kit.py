"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout22 pages and
their expected files into this folder, with the page chrome these eight pages share (consent
box, tracking scripts, footer) and a guard on the length of each article's text."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

HERE = Path(__file__).resolve().parent


def write(name: str, page: str, expected: dict, encoding: str = "utf-8") -> None:
    """Write a page and its expected file here, refusing an article text off 230-320 words
    (a paywalled text may be shorter)."""
    words = sum(len(p.split()) for p in expected["paragraphs"])
    low = 150 if expected.get("incomplete") else 230
    if not low <= words <= 320:
        raise SystemExit(f"{name}: {words} words of article text")
    print(f"{name}: {words} words, {len(page.encode(encoding)) // 1024} KB")
    write_into(HERE, name, page, expected, encoding)


def consent_box(vendor: str, site: str) -> str:
    """A cookie-consent dialog as consent platforms inject it."""
    return (
        f'<div id="{vendor}-consent" class="{vendor}-popup" role="dialog" aria-modal="true">'
        f'<div class="{vendor}-popup__content"><h2 class="{vendor}-title">Votre vie privée '
        f"nous importe</h2><p>{site} et ses partenaires utilisent des cookies pour mesurer "
        "l’audience, personnaliser les contenus et les publicités. Vous pouvez accepter, "
        "refuser ou paramétrer vos choix à tout moment depuis le lien « Cookies » en bas de "
        f'page.</p><div class="{vendor}-buttons"><button class="{vendor}-accept">Accepter et '
        f'fermer</button><button class="{vendor}-refuse">Continuer sans accepter</button>'
        f'<button class="{vendor}-settings">Paramétrer</button></div></div></div>'
    )


def tracking(seed: int, site: str, count: int = 6) -> str:
    """Analytics and ad-tag scripts of the kind every news page carries."""
    rng = random.Random(seed)
    out = [
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push("
        f"arguments)}}gtag('js',new Date());gtag('config','G-{rng.getrandbits(40):010X}');"
        "</script>"
    ]
    for i in range(count):
        key = f"{rng.getrandbits(64):016x}"
        out.append(
            f"<script>(function(w,d,s,k){{var t=d.createElement(s);t.async=1;t.src='https://"
            f"cdn.{site}/js/tag-{i}.js?k='+k;d.head.appendChild(t);w._q{i}=w._q{i}||[];"
            f"w._q{i}.push(['{rng.choice(FILLER)}',{rng.randint(1, 999)}]);}})(window,"
            f"document,'script','{key}');</script>"
        )
    return "\n".join(out)


def footer_links(seed: int, base: str, titles: list[str]) -> str:
    """A footer's columns of links."""
    rng = random.Random(seed)
    cols = []
    for title in titles:
        links = "".join(
            f'<li><a href="{base}/{rng.choice(FILLER)}">{rng.choice(FILLER).capitalize()}</a></li>'
            for _ in range(6)
        )
        cols.append(f'<div class="footer-col"><h4>{title}</h4><ul>{links}</ul></div>')
    return "".join(cols)


def teaser_list(records: list[dict], cls: str) -> str:
    """Related-article teasers as a list of cards."""
    return "".join(
        f'<li class="{cls}"><a href="{r["url"]}"><img src="{r["image"]}" alt="" '
        f'loading="lazy"><span class="{cls}__title">{r["title"]}</span></a></li>'
        for r in records
    )


__all__ = [
    "FILLER",
    "consent_box",
    "css_blob",
    "flat",
    "footer_links",
    "json_script",
    "menu",
    "paras",
    "teaser_list",
    "teasers",
    "tracking",
    "write",
]
