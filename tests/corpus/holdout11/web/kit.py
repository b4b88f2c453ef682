"""Helpers for make_pages.py: an article body that records its own expectation, and writing.

Every text fragment put into a body goes into the page's HTML and, flattened (tags dropped,
entities decoded, whitespace collapsed), into the expected paragraphs, subheads or pull quotes,
so page and expectation cannot drift.
"""

from __future__ import annotations

import datetime
import html
import json
import re
import sys
from dataclasses import dataclass, field
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


@dataclass
class Body:
    """An article body under construction: its HTML parts and what a perfect ingest keeps."""

    p_attrs: str = ""
    parts: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    pull_quotes: list[str] = field(default_factory=list)

    def p(self, *fragments: str, attrs: str | None = None) -> Body:
        """Body paragraphs, one <p> each."""
        attrs = self.p_attrs if attrs is None else attrs
        for fragment in fragments:
            self.parts.append(f"<p{' ' + attrs if attrs else ''}>{fragment}</p>")
            self.paragraphs.append(flat(fragment))
        return self

    def head(self, tag: str, fragment: str, attrs: str = "") -> Body:
        """A subhead of the article."""
        self.parts.append(f"<{tag}{' ' + attrs if attrs else ''}>{fragment}</{tag}>")
        self.subheads.append(flat(fragment))
        return self

    def items(self, fragments: list[str], tag: str = "ul", attrs: str = "") -> Body:
        """A list whose items are paragraphs."""
        lis = "".join(f"<li>{fragment}</li>" for fragment in fragments)
        self.parts.append(f"<{tag}{' ' + attrs if attrs else ''}>{lis}</{tag}>")
        self.paragraphs.extend(flat(fragment) for fragment in fragments)
        return self

    def table(self, rows: list[list[str]], attrs: str = "", head: bool = True) -> Body:
        """A data table: each row one paragraph, cells joined by a space."""
        out = []
        for number, row in enumerate(rows):
            cell = "th" if head and number == 0 else "td"
            out.append("<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in row) + "</tr>")
            self.paragraphs.append(flat(" ".join(row)))
        self.parts.append(
            f"<table{' ' + attrs if attrs else ''}><tbody>{''.join(out)}</tbody></table>"
        )
        return self

    def block(self, fragments: list[str], cite: str, attrs: str = "") -> Body:
        """A block quotation: its paragraphs are text, its citation is not."""
        inner = "".join(f"<p>{fragment}</p>" for fragment in fragments)
        self.parts.append(
            f"<blockquote{' ' + attrs if attrs else ''}>{inner}<cite>{cite}</cite></blockquote>"
        )
        self.paragraphs.extend(flat(fragment) for fragment in fragments)
        return self

    def pull(self, template: str, fragment: str) -> Body:
        """A pull quote: `template` holds `{}` where the quoted fragment goes."""
        self.parts.append(template.format(fragment))
        self.pull_quotes.append(flat(fragment))
        return self

    def chrome(self, markup: str) -> Body:
        """Markup inside the body that is not article text (ads, boxes, figures, players)."""
        self.parts.append(markup)
        return self

    def html(self) -> str:
        """The body's markup, one part a line."""
        return "\n".join(self.parts)

    def expectation(self) -> dict:
        """The body's share of the expected file."""
        return {
            "subheads": self.subheads,
            "pull_quotes": self.pull_quotes,
            "paragraphs": self.paragraphs,
        }


def json_text(data: object) -> str:
    """JSON as sites write it into a script (`</` escaped)."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def json_script(data: object, attrs: str = 'type="application/ld+json"') -> str:
    """A <script> holding JSON."""
    return f"<script {attrs}>{json_text(data)}</script>"


def write(name: str, page: str, expected: dict, encoding: str = "utf-8") -> None:
    """Write the page's bytes and its expected YAML (schema order, defaults filled in)."""
    missing = [key for key in PAGE_KEYS if key not in expected and key not in DEFAULTS]
    if missing:
        raise SystemExit(f"{name}: missing {missing}")
    record = {key: expected.get(key, DEFAULTS.get(key)) for key in PAGE_KEYS}
    if not isinstance(record["date"], (datetime.date, type(None))):
        raise SystemExit(f"{name}: date must be a datetime.date")
    size = len(page.encode(encoding))
    if not 40_000 <= size <= 150_000:
        raise SystemExit(f"{name}: {size} bytes, want 40-150 KB")
    (HERE / f"{name}.html").write_bytes(page.encode(encoding))
    (HERE / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )
