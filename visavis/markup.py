"""Markdown to safe HTML: one conversion per block, with a span around every sentence.

Each unit (sentence, subhead, list item) is wrapped in private-use markers before the block
goes through Python-Markdown once; the HTML is sanitised with nh3, then the markers become
`<span class="s" data-s="…">` so the page can highlight sentence pairs. A marker opens every
line, so no sentence can turn into a heading, list or raw HTML block. Content never carries
markers of its own: private-use characters in that range are removed first.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import markdown
import nh3

from .align import Alignment, Row
from .model import Block

OPEN, MID, CLOSE = "\ue000", "\ue001", "\ue002"
_OWN_MARKERS = re.compile("[\ue000-\ue002]")
_MARKER = re.compile(f"{OPEN}([a-z0-9-]*){MID}")
_PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.DOTALL)
#: Characters that can start Markdown inline syntax or raw HTML in a sentence.
_INLINE_SYNTAX = re.compile(r"[*_`\[\]<>&\\]")

INLINE_TAGS = {"a", "abbr", "b", "br", "cite", "code", "del", "em", "i", "ins", "mark", "q"}
INLINE_TAGS |= {"s", "small", "strong", "sub", "sup"}
PAGE_TAGS = INLINE_TAGS | {"blockquote", "h2", "h3", "h4", "hr", "li", "ol", "p", "pre", "ul"}
LINK_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}}
URL_SCHEMES = {"http", "https", "mailto"}


@cache
def _markdown() -> markdown.Markdown:
    """One Markdown instance for the whole build, reset between conversions."""
    return markdown.Markdown(extensions=[], output_format="html")


@cache
def _cleaner(tags: frozenset[str], spans: bool) -> nh3.Cleaner:
    attributes = {key: set(value) for key, value in LINK_ATTRIBUTES.items()}
    if spans:
        attributes["span"] = {"class", "data-s"}
    return nh3.Cleaner(
        tags=set(tags) | ({"span"} if spans else set()),
        clean_content_tags={"script", "style"},
        attributes=attributes,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def convert_markdown(text: str) -> str:
    """Convert Markdown with the build's shared instance."""
    converter = _markdown()
    converter.reset()
    return converter.convert(text)


def render_page_markdown(text: str) -> str:
    """Convert a free Markdown text (the about page) to sanitised HTML."""
    return _cleaner(frozenset(PAGE_TAGS), False).clean(convert_markdown(text)).strip()


def render_units(units: Sequence[str], ids: Sequence[str] | None) -> list[str]:
    """Render units of one block to inline HTML, one string per unit, with one Markdown call.

    With `ids`, unit i is wrapped in `<span class="s" data-s="ids[i]">`; without, in
    `<span class="s">` (sentence boundaries without pairing).
    """
    if not units:
        return []
    if not any(_INLINE_SYNTAX.search(unit) for unit in units):
        return _render_plain_units(units, ids)
    marked = "\n".join(
        f"{OPEN}{ids[index] if ids else ''}{MID}{_OWN_MARKERS.sub('', unit)}{CLOSE}"
        for index, unit in enumerate(units)
    )
    inline = _cleaner(frozenset(INLINE_TAGS), False).clean(convert_markdown(marked))
    match = _PARAGRAPH.match(inline.strip())
    parts = _split_units(match.group(1) if match else inline, len(units))
    cleaner = _cleaner(frozenset(INLINE_TAGS), True)
    return [
        cleaner.clean(_MARKER.sub(_open_span, part).replace(CLOSE, "</span>")) for part in parts
    ]


def _render_plain_units(units: Sequence[str], ids: Sequence[str] | None) -> list[str]:
    """Units without any Markdown inline syntax: Python-Markdown would only copy them, so they
    are escaped directly (most news sentences are plain text). Ids are our own `r3-1` kind."""
    return [
        (f'<span class="s" data-s="{ids[index]}">' if ids else '<span class="s">')
        + html.escape(_OWN_MARKERS.sub("", unit), quote=False)
        + "</span>"
        for index, unit in enumerate(units)
    ]


def _open_span(match: re.Match[str]) -> str:
    ident = match.group(1)
    return f'<span class="s" data-s="{ident}">' if ident else '<span class="s">'


def _split_units(inline: str, count: int) -> list[str]:
    """Split the converted block back into its units (they were joined by newlines); each part
    is then sanitised alone, which also closes inline markup that crossed a sentence end."""
    parts = inline.split("\n")
    if len(parts) == count:
        return parts
    return [" ".join(parts)] + [""] * (count - 1)


def render_block(block: Block, units: Sequence[str], ids: Sequence[str] | None) -> str:
    """Render a whole block (paragraph, subhead, quote or list) to sanitised HTML."""
    parts = render_units(units, ids)
    if block.kind == "subhead":
        return f"<h2>{' '.join(parts)}</h2>"
    if block.kind == "list":
        return "<ul>" + "".join(f"<li>{part}</li>" for part in parts if part) + "</ul>"
    text = "\n".join(part for part in parts if part)
    if block.kind == "quote":
        credit = ""
        if block.attribution:
            credit = f"<figcaption>— {html.escape(block.attribution)}</figcaption>"
        return f'<figure class="pullquote"><blockquote><p>{text}</p></blockquote>{credit}</figure>'
    return f"<p>{text}</p>"


@dataclass(frozen=True)
class RowView:
    """One row of the bilingual page: the HTML of each side and how the two are paired."""

    ident: str
    kind: str
    source_html: str | None
    target_html: str | None
    level: str


def render_rows(alignment: Alignment) -> list[RowView]:
    """Render every row of an aligned article; article-level alignment gives a single row."""
    if alignment.level == "article":
        return [_render_article_row(alignment)]
    return [_render_row(index, row) for index, row in enumerate(alignment.rows, start=1)]


def _render_row(index: int, row: Row) -> RowView:
    ident = f"r{index}"
    source_ids = target_ids = None
    if row.paired:
        source_ids = target_ids = [f"{ident}-{number}" for number in range(len(row.source_units))]
    source = render_block(row.source, row.source_units, source_ids) if row.source else None
    target = render_block(row.target, row.target_units, target_ids) if row.target else None
    kind = (row.source or row.target).kind if (row.source or row.target) else "paragraph"
    return RowView(ident, kind, source, target, row.level)


def _render_article_row(alignment: Alignment) -> RowView:
    source = [render_block(r.source, r.source_units, None) for r in alignment.rows if r.source]
    target = [render_block(r.target, r.target_units, None) for r in alignment.rows if r.target]
    return RowView("r1", "article", "\n".join(source), "\n".join(target), "article")
