"""Helpers for make_pages.py: the article body builder and the writer of page + expected file.

A `Body` collects the HTML fragments of an article and, from the very same fragments, the
expected paragraphs, subheads and pull quotes (tags dropped, entities decoded, whitespace
collapsed), so that a page and its expected file cannot drift apart.
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
    "standfirst": None,
    "agency": None,
    "subheads": [],
    "pull_quotes": [],
    "incomplete": False,
    "encoding_warning": False,
}


def flat(fragment: str) -> str:
    """The text of an HTML fragment as the schema writes it."""
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", _inline_joined(fragment))))


def _inline_joined(fragment: str) -> str:
    """The fragment with inline tags removed outright (they do not separate words)."""
    inline = r"</?(?:a|b|em|i|strong|span|sup|sub|abbr|small|time|q)\b[^>]*>"
    return re.sub(inline, "", fragment, flags=re.I)


def attr(attrs: str) -> str:
    """An attribute string with its leading space, or nothing."""
    return f" {attrs}" if attrs else ""


@dataclass
class Body:
    """An article body: its HTML parts and what the expected file derives from them."""

    parts: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    pull_quotes: list[str] = field(default_factory=list)

    def p(self, *fragments: str, attrs: str = "", tag: str = "p") -> Body:
        """Body paragraphs, one element each."""
        for fragment in fragments:
            self.parts.append(f"<{tag}{attr(attrs)}>{fragment}</{tag}>")
            self.paragraphs.append(flat(fragment))
        return self

    def head(self, text: str, tag: str = "h2", attrs: str = "") -> Body:
        """A subhead."""
        self.parts.append(f"<{tag}{attr(attrs)}>{text}</{tag}>")
        self.subheads.append(flat(text))
        return self

    def pull(self, markup: str, text: str) -> Body:
        """A pull quote: its markup (attribution included) and its text as printed."""
        assert text in flat(markup), text
        self.parts.append(markup)
        self.pull_quotes.append(flat(text))
        return self

    def items(self, *fragments: str, tag: str = "ul", attrs: str = "") -> Body:
        """A list: each item a paragraph."""
        lis = "".join(f"<li>{fragment}</li>" for fragment in fragments)
        self.parts.append(f"<{tag}{attr(attrs)}>{lis}</{tag}>")
        self.paragraphs.extend(flat(fragment) for fragment in fragments)
        return self

    def quote(self, *fragments: str, cite: str = "", attrs: str = "") -> Body:
        """A block quotation: each of its paragraphs is a paragraph, the citation is not."""
        inner = "".join(f"<p>{fragment}</p>" for fragment in fragments)
        footer = f"<footer><cite>{cite}</cite></footer>" if cite else ""
        self.parts.append(f"<blockquote{attr(attrs)}>{inner}{footer}</blockquote>")
        self.paragraphs.extend(flat(fragment) for fragment in fragments)
        return self

    def table(self, rows: list[list[str]], attrs: str = "", header: bool = True) -> Body:
        """A table of figures in the text: each row, cells joined by a space, is a paragraph."""
        lines = []
        for number, row in enumerate(rows):
            cell = "th" if header and number == 0 else "td"
            lines.append("<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in row) + "</tr>")
            self.paragraphs.append(flat(" ".join(row)))
        self.parts.append(f"<table{attr(attrs)}><tbody>" + "\n".join(lines) + "</tbody></table>")
        return self

    def br(self, *fragments: str) -> Body:
        """Segments of a div split only by `<br /><br />`, each a paragraph."""
        self.parts.append("<br />\n<br />\n".join(fragments) + "<br />\n<br />")
        self.paragraphs.extend(flat(fragment) for fragment in fragments)
        return self

    def chrome(self, markup: str) -> Body:
        """Markup that is no article text (ads, boxes, captions, players)."""
        self.parts.append(markup)
        return self

    def html(self) -> str:
        """The body's HTML."""
        return "\n".join(self.parts)

    def words(self) -> int:
        """How many words the expected paragraphs hold."""
        return sum(len(p.split()) for p in self.paragraphs)


def json_script(data: object, attrs: str = 'type="application/ld+json"') -> str:
    """A <script> holding JSON, escaped as sites do."""
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f"<script{attr(attrs)}>{text}</script>"


def write(name: str, page: str, expected: dict, body: Body, encoding: str = "utf-8") -> None:
    """Write the page's bytes and its expected YAML (paragraphs and the rest from body)."""
    record = {
        **DEFAULTS,
        "subheads": body.subheads,
        "pull_quotes": body.pull_quotes,
        "paragraphs": body.paragraphs,
        **expected,
    }
    missing = [key for key in PAGE_KEYS if key not in record]
    extra = [key for key in record if key not in PAGE_KEYS]
    if missing or extra:
        raise SystemExit(f"{name}: missing {missing}, extra {extra}")
    assert isinstance(record["date"], datetime.date | None)
    ordered = {key: record[key] for key in PAGE_KEYS}
    (HERE / f"{name}.html").write_bytes(page.encode(encoding))
    (HERE / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )
    size = len(page.encode(encoding)) // 1024
    print(f"{name}: {size} KB, {body.words()} words, {len(body.paragraphs)} paragraphs")
