"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout23 pages and
their expected files into this folder, plus the chrome several of these pages share."""

from __future__ import annotations

import functools
import html
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)


def related(seed: int, base: str, cls: str, count: int = 6, heading: str = "À lire aussi") -> str:
    """A block of related-article teasers with pictures (page chrome, never text)."""
    items = "".join(
        f'<li class="{cls}__item"><a href="{t["url"]}"><img src="{t["image"]}" alt="" '
        f'loading="lazy" width="320" height="180"><span class="{cls}__kicker">{t["section"]}'
        f'</span><span class="{cls}__title">{html.escape(t["title"])}</span></a></li>'
        for t in teasers(seed, count, base, FILLER)
    )
    head = f'<h2 class="{cls}__heading">{heading}</h2>'
    return f'<section class="{cls}">{head}<ul>{items}</ul></section>'


def comments(cls: str, entries: list[tuple[str, str, str]]) -> str:
    """Reader comments (name, date, text): never article text."""
    body = "".join(
        f'<li class="{cls}__item"><div class="{cls}__author">{name}</div>'
        f'<div class="{cls}__date">{date}</div><p class="{cls}__text">{text}</p></li>'
        for name, date, text in entries
    )
    head = f"<h3>Commentaires ({len(entries)})</h3>"
    return f'<section class="{cls}" id="comments">{head}<ol>{body}</ol></section>'


def state_script(name: str, data: object) -> str:
    """A script assigning a client app's state JSON to `window.NAME`."""
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f"<script>window.{name} = {text};</script>"


def consent(cls: str, site: str) -> str:
    """A cookie-consent banner as the consent platforms inject it."""
    return (
        f'<div id="{cls}" class="{cls}" role="dialog" aria-modal="true"><div class="{cls}__box">'
        f'<p class="{cls}__title">Vos choix concernant l’utilisation des cookies</p>'
        f'<p class="{cls}__text">{site} et ses partenaires utilisent des cookies et technologies '
        "similaires pour mesurer l’audience, personnaliser les contenus et la publicité. Vous "
        f"pouvez accepter, refuser ou paramétrer vos choix à tout moment.</p>"
        f'<button class="{cls}__accept">Accepter et fermer</button>'
        f'<button class="{cls}__refuse">Continuer sans accepter</button>'
        f'<button class="{cls}__settings">Paramétrer</button></div></div>'
    )


def tracking(site_id: str) -> str:
    """The analytics and ad scripts a page carries (bulk, no text)."""
    return (
        f'<script async src="https://www.googletagmanager.com/gtag/js?id={site_id}"></script>'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        f"gtag('js',new Date());gtag('config','{site_id}',{{anonymize_ip:true}});</script>"
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>'
        "<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){"
        "googletag.pubads().enableSingleRequest();googletag.enableServices();});</script>"
    )


__all__ = [
    "FILLER",
    "comments",
    "consent",
    "css_blob",
    "flat",
    "json_script",
    "menu",
    "paras",
    "related",
    "state_script",
    "teasers",
    "tracking",
    "write",
]
