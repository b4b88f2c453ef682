"""A print view's page furniture in a copied page: the header a browser prints atop each page
(`20/10/2026 08:31 Liège : la passerelle … - RTBF Actus`) and the footer under it (the
page's address and its number, `https://www.rtbf.be/article/… 1/2`). They part a paragraph
that runs on from one page to the next; taken out before the lines are grouped, the paragraph
is whole again. The footer's address is the article's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .draft import Draft
from .lines import Chunk, Line, listed_lines, take_lines

#: A printed page's footer: the page's address, then its number of the whole.
_FOOTER = re.compile(r"^(?P<address>https?://\S+)\s+\d{1,3}/\d{1,3}$")
#: A printed page's header: the day and time of printing, then the page's title (after the
#: form feed that parts the pages of a PDF turned into text).
_HEADER = re.compile(r"^\f?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+\S")
#: A printed page's bare number of the whole, as a PDF's text keeps it: `1/2`.
_PAGE_NUMBER = re.compile(r"^\f?\s*(?P<page>\d{1,3})\s*/\s*(?P<total>\d{1,3})\s*$")


@dataclass(frozen=True)
class PrintFurniture:
    """The chunks without the print view's headers and footers, and those lines."""

    chunks: list[Chunk]
    lines: tuple[Line, ...] = ()
    address: str | None = None


def take_print_furniture(chunks: list[Chunk]) -> PrintFurniture:
    """Take out a print view's page headers and footers (only when a footer numbers a page:
    with the page's address, or bare on every page, `1/2` then `2/2`)."""
    footers = [line for chunk in chunks for line in chunk if _FOOTER.match(line.text)]
    if not footers:
        footers = _page_numbers(chunks)
    if not footers:
        return PrintFurniture(chunks)
    furniture = {line.number for line in footers} | _headers(chunks)
    taken = take_lines(
        chunks, [line for chunk in chunks for line in chunk if line.number in furniture]
    )
    addressed = _FOOTER.match(footers[0].text)
    address = addressed.group("address") if addressed else None
    return PrintFurniture(taken.chunks, taken.lines, address)


def _page_numbers(chunks: list[Chunk]) -> list[Line]:
    """Bare page numbers, when they count every page of one whole in order (`1/2`, `2/2`)."""
    numbered = [
        (line, match)
        for chunk in chunks
        for line in chunk
        if (match := _PAGE_NUMBER.match(line.text)) is not None
    ]
    pages = [(int(match["page"]), int(match["total"])) for _, match in numbered]
    count = len(pages)
    in_order = count >= 2 and pages == [(at + 1, count) for at in range(count)]
    return [line for line, _ in numbered] if in_order else []


def _headers(chunks: list[Chunk]) -> set[int]:
    """The lines of the printed pages' header: the time of printing and the page's title, the
    same on every page (a live page's `20/10/2026 07:45 Les pompiers …` is an entry)."""
    lines = [line for chunk in chunks for line in chunk if _HEADER.match(line.text)]
    first = chunks[0][0].number if chunks and chunks[0] else None
    repeated = {line.text for line in lines if sum(other.text == line.text for other in lines) > 1}
    return {line.number for line in lines if line.text in repeated or line.number == first}


def note_print_furniture(furniture: PrintFurniture, draft: Draft) -> None:
    """List the headers and footers taken out; the footer's address is the article's."""
    if not furniture.lines:
        return
    draft.source_url = draft.source_url or furniture.address
    listed = listed_lines(furniture.lines)
    count = len(furniture.lines)
    draft.warn(f"dropped {count} lines as a print view's page headers and footers: {listed}")
