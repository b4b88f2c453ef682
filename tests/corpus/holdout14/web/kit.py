"""What make_pages.py's page modules share to write a holdout14 page and its expected file.

Every expected string is computed from the very HTML fragment written into the page (tags
dropped, entities decoded, whitespace collapsed), so page and expectation cannot drift.
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

#: Keys an expected record may leave out, with the value they then take.
OPTIONAL = {
    "agency": None,
    "standfirst": None,
    "subheads": [],
    "pull_quotes": [],
    "incomplete": False,
    "encoding_warning": False,
}


def text_of(fragment: str) -> str:
    """The schema's text for an inline HTML fragment: tags dropped, entities decoded,
    whitespace collapsed."""
    return collapse(html.unescape(re.sub(r"<[^>]+>", "", fragment)))


def texts_of(fragments: list[str]) -> list[str]:
    """`text_of` for each fragment."""
    return [text_of(f) for f in fragments]


def wrap(fragments: list[str], tag: str = "p", attrs: str = "", sep: str = "\n") -> str:
    """Each fragment inside its own `tag` element."""
    opening = f"<{tag} {attrs}>" if attrs else f"<{tag}>"
    return sep.join(f"{opening}{f}</{tag}>" for f in fragments)


def json_text(data: object) -> str:
    """`data` as inline JSON, with '</' escaped as sites do."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def ld_script(data: object, attrs: str = 'type="application/ld+json"') -> str:
    """A <script> element holding `data` as JSON."""
    return f"<script {attrs}>{json_text(data)}</script>"


def save(name: str, page: str, expected: dict, encoding: str = "utf-8") -> None:
    """Write `name`.html (the page's bytes) and `name`.expected.yaml (keys in schema order)."""
    lacking = [k for k in PAGE_KEYS if k not in expected and k not in OPTIONAL]
    unknown = [k for k in expected if k not in PAGE_KEYS]
    if lacking or unknown:
        raise SystemExit(f"{name}: lacking {lacking}, unknown {unknown}")
    if not isinstance(expected["date"], (datetime.date, type(None))):
        raise SystemExit(f"{name}: date must be a datetime.date or None")
    record = {k: expected.get(k, OPTIONAL.get(k)) for k in PAGE_KEYS}
    (FOLDER / f"{name}.html").write_bytes(page.encode(encoding))
    (FOLDER / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
    )
