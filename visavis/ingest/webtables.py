"""Tables in an article: a table of data (rows of short cells), or a page laid out with one."""

from __future__ import annotations

from lxml import html as lxml_html

from .webtext import Piece, class_words, flat_text, tag_of, word_count

#: Cells of a table of data hold short texts; a layout table holds paragraphs.
MAX_CELL_WORDS = 40
#: How a row's cells are joined into one line of text.
CELL_SEPARATOR = " | "


def is_data_table(table: lxml_html.HtmlElement) -> bool:
    """A table of data (rows of short cells), not a page laid out with a table."""
    if any(inner is not table for inner in table.iter("table")):
        return False
    rows = [row for row in table.iter("tr")]
    cells = [[cell for cell in row if tag_of(cell) in ("td", "th")] for row in rows]
    if len(rows) < 2 or max(len(row) for row in cells) < 2:
        return False
    return all(word_count(cell.text_content()) <= MAX_CELL_WORDS for row in cells for cell in row)


def read_table(table: lxml_html.HtmlElement) -> list[Piece]:
    """A table of data: its caption a paragraph, then one list item per row."""
    pieces = []
    for caption in table.iter("caption"):
        text = flat_text(caption)
        if text:
            pieces.append(Piece("paragraph", text))
    rows = []
    for row in table.iter("tr"):
        cells = [flat_text(cell) for cell in row if tag_of(cell) in ("td", "th")]
        text = CELL_SEPARATOR.join(cell for cell in cells if cell)
        if text:
            rows.append(text)
    if rows:
        pieces.append(Piece("list", items=tuple(rows), names=class_words(table)))
    return pieces
