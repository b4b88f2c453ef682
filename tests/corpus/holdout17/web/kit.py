"""Helpers that make_pages.py uses to write the holdout17 saved pages and their expected files.

Expected strings are derived from the very HTML fragments written into the page (tags dropped,
entities decoded, whitespace collapsed), so page and expectation cannot drift.
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

HERE = Path(__file__).resolve().parent

DEFAULTS = {
    "subheads": [],
    "pull_quotes": [],
    "incomplete": False,
    "encoding_warning": False,
    "standfirst": None,
    "agency": None,
}


def flat(fragment: str) -> str:
    """The text of an inline HTML fragment as the schema writes it."""
    return collapse(html.unescape(re.sub(r"<[^>]+>", "", fragment)))


def paras(fragments: list[str], attrs: str = "") -> str:
    """Fragments as <p> elements, one per line."""
    open_tag = f"<p {attrs}>" if attrs else "<p>"
    return "\n".join(f"{open_tag}{f}</p>" for f in fragments)


def json_script(data: object, attrs: str = 'type="application/ld+json"') -> str:
    """A <script> holding JSON, escaped as sites do."""
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f"<script {attrs}>{text}</script>"


def write(name: str, page: str, expected: dict) -> None:
    """Write the page's UTF-8 bytes and its expected YAML (schema key order)."""
    missing = [k for k in PAGE_KEYS if k not in expected and k not in DEFAULTS]
    if missing:
        raise SystemExit(f"{name}: missing {missing}")
    record = {k: expected.get(k, DEFAULTS.get(k)) for k in PAGE_KEYS}
    assert isinstance(record["date"], (datetime.date, type(None)))
    (HERE / f"{name}.html").write_bytes(page.encode("utf-8"))
    (HERE / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )
