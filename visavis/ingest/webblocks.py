"""The article container's text as pieces, in document order: paragraphs, headings, lists…

Text flows through inline elements and breaks at block ones, as a browser lays it out.
Inside one block, `<br><br>` separates paragraphs; a lone `<br>` does too when the text
before it ends a sentence (or is a bold question) and nothing in the block is split by
`<br><br>`; otherwise it is a space. Headings, lists, quotations, pull quotes and tables of
data are read whole. Nothing is judged here: a piece records whether all its text was bold,
a link or a `<time>`, for the filters that follow.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

from .webclean import ATTRIBUTION, is_pull_quote
from .webcontainer import is_named_body
from .webtables import is_data_table, read_table
from .webtext import (
    BOLD_TAGS,
    Piece,
    class_words,
    collapse,
    flat_text,
    is_inline,
    tag_of,
    word_count,
)

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LISTS = frozenset({"ul", "ol"})
#: The part a `<br>` leaves in a run (told by identity: text may be a newline too).
_BREAK = ("\n", False, False, False)
_ENDS_SENTENCE = re.compile(r"[.!?…:;»”\"')\]]\s*$")
_STARTS_PARAGRAPH = re.compile(r"^\s*[«“\"—–\-A-ZÀ-ÖØ-Þ0-9]")
_DASHED = re.compile(r"^[—–-]\s*\S")


@dataclass
class _Run:
    """Inline text gathered since the last block edge: (text, bold, linked, timed) parts."""

    parts: list[tuple[str, bool, bool, bool]] = field(default_factory=list)
    flags: list[tuple[bool, bool, bool]] = field(default_factory=lambda: [(False, False, False)])

    def add(self, text: str | None) -> None:
        """Append text in the current formatting."""
        if text:
            self.parts.append((text, *self.flags[-1]))

    def enter(self, tag: str) -> None:
        """Open an inline element: bold, link and time marks nest."""
        bold, linked, timed = self.flags[-1]
        self.flags.append((bold or tag in BOLD_TAGS, linked or tag == "a", timed or tag == "time"))


def read_pieces(container: lxml_html.HtmlElement, quoted: bool = False) -> list[Piece]:
    """The pieces of one container, in document order."""
    reader = None if quoted else _structure_reader(container, tag_of(container), quoted)
    if reader is not None:  # a heading, a list… taken as the container of a range
        return reader(container)
    pieces: list[Piece] = []
    run = _Run()
    # class words of the innermost block around the text (not the article's own element's)
    names = ["" if is_named_body(container) else class_words(container)]
    whole: set[lxml_html.HtmlElement] = set()
    walk = etree.iterwalk(container, events=("start", "end"))
    for event, element in walk:
        tag = tag_of(element)
        if event == "start":
            reader = None if element is container else _structure_reader(element, tag, quoted)
            if reader is not None:
                pieces += _flush(run, names[-1])
                pieces += reader(element)
                whole.add(element)
                walk.skip_subtree()
            elif tag == "br":  # (SPIP marks a soft break inside a paragraph `autobr`)
                run.parts.append(" " if "autobr" in class_words(element) else _BREAK)
            elif is_inline(element):
                run.enter(tag)
                run.add(element.text if tag else None)  # a comment's text is not shown
            else:
                pieces += _flush(run, names[-1])
                names.append(class_words(element))
                run.add(element.text)
        elif element is container:
            pieces += _flush(run, names[-1])
        else:
            if element in whole or tag == "br":
                pass
            elif is_inline(element):
                run.flags.pop()
            else:
                pieces += _flush(run, names.pop())
            run.add(element.tail)
    return pieces


def _structure_reader(
    element: lxml_html.HtmlElement, tag: str, quoted: bool
) -> Callable[[lxml_html.HtmlElement], list[Piece]] | None:
    """The reader of an element read whole (heading, list, quote, table), or None."""
    if tag in HEADINGS:
        return _read_heading
    if tag in _LISTS and not _holds_entries(element):
        return _read_list  # (a live ticker's `<ol>` of entries is read as the text it holds)
    if tag == "dl":
        return _read_definitions
    if is_pull_quote(element):
        return _read_pull_quote
    if tag == "blockquote" and not quoted:
        return _read_quotation
    if tag == "table" and is_data_table(element):
        return read_table
    if tag == "pre":
        return _read_preformatted
    return None


def _flush(run: _Run, names: str) -> list[Piece]:
    """The paragraphs of the gathered text; the run is emptied."""
    parts, run.parts = run.parts, []
    return [piece for segment in _segments(parts) if (piece := _paragraph(segment, names))]


def _segments(parts: list[tuple[str, bool, bool, bool]]) -> list[list[tuple]]:
    """Split the run's parts at paragraph breaks (`<br><br>`, or a lone `<br>` after a
    sentence when the run has no `<br><br>`)."""
    lines: list[list[tuple]] = [[]]
    for part in parts:
        if part is _BREAK:
            lines.append([])
        else:
            lines[-1].append(part)
    filled = [any(text.strip() for text, *_ in line) for line in lines]
    full_lines = [i for i, full in enumerate(filled) if full]
    doubled = bool(full_lines) and not all(filled[full_lines[0] : full_lines[-1] + 1])
    segments: list[list[tuple]] = [[]]
    previous: list[tuple] = []
    for line, full in zip(lines, filled, strict=True):
        if not full:
            if doubled and segments[-1]:
                segments.append([])
            continue
        apart = not doubled or _long_paragraphs(segments[-1], previous, line)
        previous = line
        if segments[-1] and apart and _breaks_paragraph(segments[-1], line):
            segments.append([])
        elif segments[-1]:
            segments[-1].append((" ", False, False, False))
        segments[-1].extend(line)
    return [segment for segment in segments if segment]


#: The fewest words of two lines a lone `<br>` parts that are paragraphs of their own, even in
#: a block that also has `<br><br>` (its signature set apart below).
MIN_BR_PARAGRAPH_WORDS = 20


def _long_paragraphs(segment: list[tuple], before: list[tuple], after: list[tuple]) -> bool:
    """Whether the lines on each side of a lone `<br>` are each a paragraph's length (an
    address's or a verse's lines are short), outside a quotation the segment leaves open."""
    text = "".join(part[0] for part in segment)
    if text.count("«") > text.count("»"):
        return False
    lines = ("".join(part[0] for part in parts) for parts in (before, after))
    return all(word_count(line) >= MIN_BR_PARAGRAPH_WORDS for line in lines)


def _breaks_paragraph(before: list[tuple], after: list[tuple]) -> bool:
    """A lone `<br>` ends a paragraph after a sentence (or a bold line) before a new start."""
    text_before = "".join(text for text, *_ in before)
    text_after = "".join(text for text, *_ in after)
    ended = _ENDS_SENTENCE.search(text_before) or _all(before, 1)
    return bool(ended and _STARTS_PARAGRAPH.match(text_after))


def _all(parts: list[tuple], flag: int) -> bool:
    """Whether every letter or digit of the parts carries the flag (1 bold, 2 link, 3 time)."""
    marked = [part[flag] for part in parts if any(char.isalnum() for char in part[0])]
    return bool(marked) and all(marked)


def _paragraph(parts: list[tuple], names: str) -> Piece | None:
    """A paragraph piece of the parts' text, with what was bold, linked or a time."""
    text = collapse("".join(part[0] for part in parts))
    if not text:
        return None
    return Piece(
        "paragraph",
        text,
        bold=_all(parts, 1),
        linked=_all(parts, 2),
        timed=_all(parts, 3),
        names=names,
    )


def _read_heading(element: lxml_html.HtmlElement) -> list[Piece]:
    """A heading; `linked` when it is a link to another page (a teaser's headline)."""
    text = flat_text(element)
    if not text:
        return []
    inside = any(_links_away(above) for above in element.iterancestors("a"))
    linked_words = sum(word_count(flat_text(a)) for a in element.iter("a") if _links_away(a))
    linked = inside or linked_words >= word_count(text)
    level = int(tag_of(element)[1])
    return [Piece("heading", text, level=level, linked=linked, names=class_words(element))]


def _links_away(link: lxml_html.HtmlElement) -> bool:
    """Whether a link leads to another page (not to a place in this one: `#suite`)."""
    return not (link.get("href") or "").startswith("#")


def _holds_entries(element: lxml_html.HtmlElement) -> bool:
    """Whether a list's items are entries of text (headings, paragraphs), as a live ticker's
    `<li>` are, rather than items of a list."""
    return element.find(".//li//p") is not None or element.find(".//li//h3") is not None


def _read_list(element: lxml_html.HtmlElement) -> list[Piece]:
    """One item per `li` (a nested list's items follow their parent item's)."""
    items = [flat_text(item, _LISTS) for item in element.iter("li")]
    items = [item for item in items if item]
    if not items:  # a list holding no `li`: its text as a paragraph
        text = flat_text(element)
        return [Piece("paragraph", text)] if text else []
    linked = all(_is_link(item) for item in element.iter("li") if flat_text(item, _LISTS))
    return [Piece("list", items=tuple(items), linked=linked, names=class_words(element))]


def _is_link(element: lxml_html.HtmlElement) -> bool:
    """Whether all the text of a list item is the text of links in it."""
    text = word_count(flat_text(element, _LISTS))
    linked = sum(word_count(flat_text(a)) for a in element.iter("a"))
    return text > 0 and linked >= text


def _read_definitions(element: lxml_html.HtmlElement) -> list[Piece]:
    """A definition list: each term and each definition a paragraph."""
    texts = [flat_text(item) for item in element if tag_of(item) in ("dt", "dd")]
    return [Piece("paragraph", text) for text in texts if text]


def _read_preformatted(element: lxml_html.HtmlElement) -> list[Piece]:
    """Preformatted text as one paragraph (its spacing is layout, not words)."""
    text = flat_text(element)
    return [Piece("paragraph", text)] if text else []


def _read_quotation(element: lxml_html.HtmlElement) -> list[Piece]:
    """A block quotation (a letter, a statement quoted in the text): its paragraphs stay
    paragraphs of the text, its closing `cite` or signature after the last one. Only pull
    quotes, which repeat the text for show, become quote blocks (`> …`), as the content
    format has them."""
    attribution = _take_attribution(element)
    pieces = read_pieces(element, quoted=True)
    if not attribution and len(pieces) > 1 and _is_signature(pieces[-1]):
        attribution = pieces.pop().text.lstrip("—–- ").strip()
    last = pieces[-1] if pieces else None
    if attribution and len(pieces) == 1 and last is not None and last.kind == "paragraph":
        # kept apart: a quotation the text repeats is a pull quote with its speaker (webfilter)
        pieces[-1] = Piece("paragraph", last.text, attribution=attribution, names=last.names)
    elif attribution and last is not None and last.kind == "paragraph":
        pieces[-1] = Piece("paragraph", f"{last.text} — {attribution}", names=last.names)
    elif attribution:
        pieces.append(Piece("paragraph", attribution))
    return pieces


def _is_signature(piece: Piece) -> bool:
    """`— Lucie G., Chicoutimi`: a quotation's last line naming who wrote it."""
    return (
        piece.kind == "paragraph"
        and bool(_DASHED.match(piece.text))
        and word_count(piece.text) <= 8
    )


def _read_pull_quote(element: lxml_html.HtmlElement) -> list[Piece]:
    """A pull quote: its words as one quote, its `cite` as the attribution."""
    attribution = _take_attribution(element)
    text = flat_text(element)
    return [Piece("pull", text, attribution=attribution)] if text else []


def _take_attribution(element: lxml_html.HtmlElement) -> str | None:
    """Remove and return the text of the quotation's closing `cite` or `footer`."""
    found = [
        node
        for node in element.iter()
        if node is not element
        and (
            tag_of(node) in ("cite", "footer", "figcaption")
            or ATTRIBUTION.search(class_words(node))
        )
    ]
    if not found:
        return None
    last = found[-1]
    # (a `<footer>` holding the speaker and the `<cite>` of their work, nothing else: the
    # attribution whole, `Armand Quéré, <cite>Carnets de route</cite>, 1924`)
    holder = next((up for up in last.iterancestors() if up in found), None)
    if holder is not None and all(tag_of(node) == "cite" for node in holder.iterdescendants()):
        last = holder
    parent = last.getparent()
    inside = is_inline(last) and parent is not None and tag_of(parent) == "p"
    if inside and collapse(parent.text_content()) != collapse(last.text_content()):
        return None  # a title cited inside a sentence, not the speaker
    text = flat_text(last).lstrip("—–- ").strip()
    last.drop_tree()
    return text or None
