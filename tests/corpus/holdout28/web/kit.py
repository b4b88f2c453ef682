"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout28 pages and
their expected files into this folder, plus the consent banner and word count these pages
share."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)


def consent(cls: str, site: str) -> str:
    """A cookie-consent dialog as consent platforms inject it."""
    return (
        f'<div id="{cls}-consent" class="{cls}-consent" role="dialog" aria-modal="true">'
        f'<div class="{cls}-consent__box"><p class="{cls}-consent__title">Votre vie privée</p>'
        f"<p>{site} et ses partenaires utilisent des cookies pour mesurer l’audience, "
        "personnaliser les contenus et la publicité. Vous pouvez accepter, refuser ou "
        "paramétrer vos choix à tout moment.</p>"
        f'<button class="{cls}-consent__accept">Tout accepter</button>'
        f'<button class="{cls}-consent__refuse">Continuer sans accepter</button>'
        f'<button class="{cls}-consent__settings">Paramétrer</button></div></div>'
    )


def word_count(expected: dict) -> int:
    """Words of article text in an expected record (paragraphs only)."""
    return sum(len(p.split()) for p in expected["paragraphs"])


__all__ = [
    "FILLER",
    "consent",
    "css_blob",
    "flat",
    "json_script",
    "menu",
    "paras",
    "teasers",
    "word_count",
    "write",
]
