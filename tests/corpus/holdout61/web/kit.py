"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout61 pages and
their expected files into this folder, plus what these pages add: the browser's saved-from
comment, WordPress's `wptexturize` entities, WordPress's escaped JSON and table rows."""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)


def saved_from(url: str) -> str:
    """The comment a browser puts before the doctype of a page it saves ("HTML only")."""
    return f"<!-- saved from url=({len(url):04d}){url} -->\n"


def wptexturize(fragment: str) -> str:
    """Curly apostrophes and ellipses as WordPress writes them, outside tags: ' and ’ become
    &#8217;, ... becomes &#8230;."""
    parts = re.split(r"(<[^>]+>)", fragment)
    out = []
    for part in parts:
        if not part.startswith("<"):
            part = part.replace("'", "&#8217;").replace("’", "&#8217;").replace("...", "&#8230;")
        out.append(part)
    return "".join(out)


def wp_json_script(data: object, attrs: str = 'type="application/ld+json"') -> str:
    """JSON-LD as PHP's json_encode writes it (\\/ and \\u00e9 escapes)."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    return f"<script {attrs}>{text}</script>"


def table_rows(rows: list[list[str]], head: int = 1, cls: str = "") -> tuple[str, list[str]]:
    """A data table (the first `head` rows in <th>) and its rows as paragraphs: the cells of
    each row joined by one space."""
    body = []
    for i, row in enumerate(rows):
        cell = "th" if i < head else "td"
        body.append("<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in row) + "</tr>")
    attrs = f' class="{cls}"' if cls else ""
    table = (
        f"<table{attrs}><thead>{''.join(body[:head])}</thead>"
        f"<tbody>{''.join(body[head:])}</tbody></table>"
    )
    return table, [flat(" ".join(row)) for row in rows]


__all__ = [
    "FILLER",
    "css_blob",
    "flat",
    "json_script",
    "menu",
    "paras",
    "saved_from",
    "table_rows",
    "teasers",
    "wp_json_script",
    "wptexturize",
    "write",
]
