"""Helpers for make_pages.py: text of fragments, JSON scripts, and writing page + expectation.

Expected paragraphs come from the very HTML fragments put into each page (tags dropped,
entities decoded, whitespace collapsed), so a page and its expected file cannot drift.
"""

from __future__ import annotations

import datetime
import html
import json
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from corpus_check import PAGE_KEYS, collapse

FOLDER = Path(__file__).resolve().parent

DEFAULTS: dict[str, object] = {
    "agency": None,
    "standfirst": None,
    "subheads": [],
    "pull_quotes": [],
    "incomplete": False,
    "encoding_warning": False,
}


def text_of(fragment: str) -> str:
    """The schema's text of an HTML fragment: tags dropped, entities decoded, spaces collapsed."""
    return collapse(html.unescape(re.sub(r"<[^>]+>", "", fragment)))


def texts(fragments: list[str]) -> list[str]:
    """text_of for each fragment."""
    return [text_of(f) for f in fragments]


def wrap(fragments: list[str], open_tag: str = "<p>", close_tag: str = "</p>") -> str:
    """Fragments each wrapped in a tag, one per line."""
    return "\n".join(f"{open_tag}{f}{close_tag}" for f in fragments)


def ld_script(data: object, attrs: str = 'type="application/ld+json"') -> str:
    """A JSON <script> as sites write it (non-ASCII kept, '</' escaped)."""
    body = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f"<script {attrs}>{body}</script>"


def save(name: str, page: str, expected: dict[str, object]) -> None:
    """Write NAME.html (UTF-8) and NAME.expected.yaml in the schema's key order."""
    missing = [k for k in PAGE_KEYS if k not in expected and k not in DEFAULTS]
    if missing:
        raise SystemExit(f"{name}: missing keys {missing}")
    record = {k: expected.get(k, DEFAULTS.get(k)) for k in PAGE_KEYS}
    if not isinstance(record["date"], (datetime.date, type(None))):
        raise SystemExit(f"{name}: date must be a datetime.date or None")
    size = len(page.encode("utf-8"))
    if not 40_000 <= size <= 150_000:
        raise SystemExit(f"{name}: {size} bytes, outside 40-150 KB")
    (FOLDER / f"{name}.html").write_bytes(page.encode("utf-8"))
    (FOLDER / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
    )
