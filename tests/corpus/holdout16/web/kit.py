"""Helpers that make_pages.py uses to write the holdout16 saved pages and their expected files.

Each page module builds its article from a list of HTML fragments; the expected paragraphs are
those very fragments flattened (tags dropped, entities decoded, whitespace collapsed), so page
and expectation cannot drift.
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

DEFAULTS: dict[str, object] = {
    "subheads": [],
    "pull_quotes": [],
    "incomplete": False,
    "encoding_warning": False,
    "standfirst": None,
    "agency": None,
}
"""Values an expected record may leave out."""


def flat(fragment: str) -> str:
    """The text of an inline HTML fragment as the schema writes it."""
    return collapse(html.unescape(re.sub(r"<[^>]+>", "", fragment)))


def wrap(fragments: list[str], tag: str = "p", attrs: str = "") -> str:
    """Fragments, each in its own element, one per line."""
    opening = f"<{tag} {attrs}>" if attrs else f"<{tag}>"
    return "\n".join(f"{opening}{text}</{tag}>" for text in fragments)


def ld_script(data: object) -> str:
    """A JSON-LD <script>, escaped as sites do."""
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def save(name: str, page: str, expected: dict[str, object]) -> None:
    """Write the page's UTF-8 bytes and its expected YAML (paragraphs flattened here)."""
    missing = [k for k in PAGE_KEYS if k not in expected and k not in DEFAULTS]
    if missing:
        raise SystemExit(f"{name}: expected record lacks {missing}")
    record = {k: expected.get(k, DEFAULTS.get(k)) for k in PAGE_KEYS}
    record["paragraphs"] = [flat(x) for x in record["paragraphs"]]
    assert isinstance(record["date"], (datetime.date, type(None)))
    (HERE / f"{name}.html").write_bytes(page.encode("utf-8"))
    (HERE / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )
