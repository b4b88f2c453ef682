"""Markdown to safe HTML: one conversion per block, with a span around every sentence.

Each unit (sentence, subhead, list item) is wrapped in private-use markers before the block
goes through Python-Markdown once; the HTML is sanitised with nh3, then the markers become
`<span class="s" data-s="…">` so the page can highlight sentence pairs. A marker opens every
line, so no sentence can turn into a heading, list or raw HTML block. Content never carries
markers of its own: private-use characters in that range are removed first.

Content is text: a `<tag>` or an `&amp;` in an article is shown as written. The Markdown
instance that converts content has no raw-HTML handling (autolinks stay), and every `&` travels
through Markdown as a private-use stand-in that becomes `&amp;` afterwards, so no entity is
decoded. nh3 still sanitises the result, as the last wall.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .align import Alignment, Row
from .model import Block

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    import markdown
    import nh3
    from markdown.inlinepatterns import InlineProcessor

OPEN, MID, CLOSE = "\ue000", "\ue001", "\ue002"
#: Stands for a content `&` while Markdown runs (Python-Markdown leaves `&amp;` undecoded).
AMPERSAND = "\ue003"
#: Stand for a content `[` and its `]` that cannot make a link (see `neutralise_brackets`).
OPEN_BRACKET, CLOSE_BRACKET = "\ue004", "\ue005"
_OWN_MARKERS = re.compile("[\ue000-\ue005]")
#: Link text may hold brackets (`[voir [1]](…)`); deeper nesting is not a link.
MAX_BRACKET_DEPTH = 2
_MARKER = re.compile(f"{OPEN}([a-z0-9-]*){MID}")
_PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.DOTALL)
#: Marks that open and close a whole pull quote (straight quotes are ambiguous: left alone).
OPENING_MARKS, CLOSING_MARKS = "«“„", "»”"
QUOTE_SPACES = " \u00a0\u202f"
_SENTENCE_ID = re.compile(r'<span class="s" data-s="([a-z0-9-]+)"')
#: Characters that can start Markdown inline syntax or raw HTML in a sentence.
_INLINE_SYNTAX = re.compile(r"[*_`\[\]<>&\\]")

INLINE_TAGS = {"a", "abbr", "b", "br", "cite", "code", "del", "em", "i", "ins", "mark", "q"}
INLINE_TAGS |= {"s", "small", "strong", "sub", "sup"}
PAGE_TAGS = INLINE_TAGS | {"blockquote", "h2", "h3", "h4", "hr", "li", "ol", "p", "pre", "ul"}
LINK_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}}
URL_SCHEMES = {"http", "https", "mailto"}


@cache
def _markdown() -> markdown.Markdown:
    """One Markdown instance for the whole build, reset between conversions (imported on first
    use: most sentences are plain text, and a rebuild may convert none)."""
    import markdown

    return markdown.Markdown(extensions=[], output_format="html")


#: Python-Markdown's image patterns, with the priorities it registers them at.
_IMAGE_PATTERNS = {"image_link": 150, "image_reference": 140, "short_image_ref": 125}


@cache
def _text_markdown() -> markdown.Markdown:
    """The instance for content: Markdown without raw HTML (a `<tag>` stays text; autolinks
    `<https://…>` and `<mail@example.org>` are their own patterns and keep working). An image
    shows its description as text: the edition publishes no images, and the sanitiser would
    drop the `<img>` with its words."""
    import markdown

    converter = markdown.Markdown(extensions=[], output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    for name, priority in _IMAGE_PATTERNS.items():
        image = converter.inlinePatterns[name]
        converter.inlinePatterns.register(_alt_text(image), name, priority)
    return converter


def _alt_text(image: InlineProcessor) -> InlineProcessor:
    """An inline processor that matches what `image` matches and gives its alt text."""
    from markdown.inlinepatterns import InlineProcessor

    class AltText(InlineProcessor):
        def handleMatch(  # Python-Markdown's name
            self, match: re.Match[str], data: str
        ) -> tuple[str | Element | None, int | None, int | None]:
            """The image's match, as its alt text."""
            element, start, end = image.handleMatch(match, data)
            if element is None or isinstance(element, str):
                return element, start, end
            return element.get("alt", ""), start, end

    return AltText(image.pattern, image.md)


@cache
def _cleaner(tags: frozenset[str], spans: bool) -> nh3.Cleaner:
    import nh3

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


def convert_text_markdown(text: str) -> str:
    """Convert content Markdown, where markup-looking text is text: `<`, `>` and `&` are shown
    as written (an entity such as `&amp;` is not decoded)."""
    converter = _text_markdown()
    converter.reset()
    html_text = converter.convert(neutralise_brackets(text.replace("&", AMPERSAND)))
    return (
        html_text.replace(AMPERSAND, "&amp;").replace(OPEN_BRACKET, "[").replace(CLOSE_BRACKET, "]")
    )


def neutralise_brackets(text: str) -> str:
    """Put stand-ins for the brackets that cannot make a link: a `[` without its `]`, a pair
    nested deeper than MAX_BRACKET_DEPTH, a pair whose `](` opens a parenthesis never closed.

    Python-Markdown looks for the end of each such bracket as far as the end of the text, for
    each of its link patterns: a few thousand of them took minutes. With the stand-ins (shown
    as the brackets they stand for) every bracket it meets ends nearby: one linear pass."""
    if "[" not in text:
        return text
    open_at: list[int] = []
    doomed: list[int] = []
    pairs: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        if char == "[":
            open_at.append(index)
        elif char == "]" and open_at:
            start = open_at.pop()
            if len(open_at) >= MAX_BRACKET_DEPTH:
                doomed += (start, index)
            else:
                pairs.append((start, index))
    doomed += open_at
    closed = _closed_parentheses(text)
    for start, end in pairs:
        if text[end + 1 : end + 2] == "(" and end + 1 not in closed:
            doomed += (start, end)
    if not doomed:
        return text
    chars = list(text)
    for index in doomed:
        chars[index] = OPEN_BRACKET if chars[index] == "[" else CLOSE_BRACKET
    return "".join(chars)


def _closed_parentheses(text: str) -> set[int]:
    """Where the `(` that have a matching `)` stand."""
    open_at: list[int] = []
    closed: set[int] = set()
    for index, char in enumerate(text):
        if char == "(":
            open_at.append(index)
        elif char == ")" and open_at:
            closed.add(open_at.pop())
    return closed


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
    inline = _cleaner(frozenset(INLINE_TAGS), False).clean(convert_text_markdown(marked))
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


def render_block(
    block: Block, units: Sequence[str], ids: Sequence[str] | None, quoted: bool = False
) -> str:
    """Render a whole block (paragraph, subhead, quote or list) to sanitised HTML.

    `quoted` marks a pull quote whose quotation marks the page sets itself (see `quote_units`).
    """
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
        kind = "pullquote quoted" if quoted else "pullquote"
        return f'<figure class="{kind}"><blockquote><p>{text}</p></blockquote>{credit}</figure>'
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
    echoes = echo_ids(alignment)
    return [
        _mark_echoes(_render_row(index, row), echoes)
        for index, row in enumerate(alignment.rows, start=1)
    ]


def echo_ids(alignment: Alignment) -> dict[str, str]:
    """Sentence id -> the id of its echo (a pull-quote sentence and the body sentence it
    repeats, both ways; a body sentence quoted twice points at the first quote)."""
    echoes: dict[str, str] = {}
    for (quote_row, quote_unit), (body_row, body_unit) in alignment.echoes:
        quote, body = f"r{quote_row + 1}-{quote_unit}", f"r{body_row + 1}-{body_unit}"
        echoes.setdefault(quote, body)
        echoes.setdefault(body, quote)
    return echoes


def _mark_echoes(view: RowView, echoes: dict[str, str]) -> RowView:
    """Add `data-echo` to the sentence spans of a row that have an echo (ids are our own)."""
    if not echoes:
        return view

    def mark(html_text: str | None) -> str | None:
        if html_text is None:
            return None
        return _SENTENCE_ID.sub(
            lambda m: m.group(0) + (f' data-echo="{echoes[m[1]]}"' if m[1] in echoes else ""),
            html_text,
        )

    return dataclasses.replace(
        view, source_html=mark(view.source_html), target_html=mark(view.target_html)
    )


def quote_units(
    source: Sequence[str], target: Sequence[str]
) -> tuple[list[str], bool, list[str], bool]:
    """A pull quote's two sides, without the quotation marks around each whole quote, and
    whether the page should set marks on each side (in that language's style).

    The French keeps its guillemets while the translate stage gives the English none; setting
    both with CSS `quotes` makes the two sides match. A side whose marks cannot be taken off
    cleanly (a final period after the closing mark) keeps them and gets none added.
    """
    source_units, source_quoted = _strip_quote_marks(source)
    target_units, target_quoted = _strip_quote_marks(target)
    either = source_quoted or target_quoted
    return (
        source_units,
        source_quoted or (either and not _has_quote_marks(source)),
        target_units,
        target_quoted or (either and not _has_quote_marks(target)),
    )


def _strip_quote_marks(units: Sequence[str]) -> tuple[list[str], bool]:
    stripped = [unit.strip() for unit in units]
    text = "\n".join(stripped)
    if len(text) < 3 or not (_starts_quoted(text) and _ends_quoted(text)):
        return list(units), False
    stripped[0] = stripped[0][1:].lstrip(QUOTE_SPACES)
    stripped[-1] = stripped[-1][:-1].rstrip(QUOTE_SPACES)
    return stripped, True


def _has_quote_marks(units: Sequence[str]) -> bool:
    text = " ".join(units).strip()
    return _starts_quoted(text) or _ends_quoted(text.rstrip(".…"))


def _starts_quoted(text: str) -> bool:
    return text[:1] != "" and text[:1] in OPENING_MARKS


def _ends_quoted(text: str) -> bool:
    return text[-1:] != "" and text[-1:] in CLOSING_MARKS


def _render_row(index: int, row: Row) -> RowView:
    ident = f"r{index}"
    source_ids = target_ids = None
    if row.paired:
        source_ids = target_ids = [f"{ident}-{number}" for number in range(len(row.source_units))]
    source_units, source_quoted = list(row.source_units), False
    target_units, target_quoted = list(row.target_units), False
    if (
        row.source
        and row.source.kind == "quote"
        and (row.target is None or row.target.kind == "quote")
    ):
        source_units, source_quoted, target_units, target_quoted = quote_units(
            row.source_units, row.target_units
        )
    source = target = None
    if row.source:
        source = render_block(row.source, source_units, source_ids, source_quoted)
    if row.target:
        target = render_block(row.target, target_units, target_ids, target_quoted)
    kind = (row.source or row.target).kind if (row.source or row.target) else "paragraph"
    return RowView(ident, kind, source, target, row.level)


def _render_article_row(alignment: Alignment) -> RowView:
    source = [render_block(r.source, r.source_units, None) for r in alignment.rows if r.source]
    target = [render_block(r.target, r.target_units, None) for r in alignment.rows if r.target]
    return RowView("r1", "article", "\n".join(source), "\n".join(target), "article")
