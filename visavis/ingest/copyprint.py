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
from .lines import Chunk, Line

#: A printed page's footer: the page's address, then its number of the whole.
_FOOTER = re.compile(r"^(?P<address>https?://\S+)\s+\d{1,3}/\d{1,3}$")
#: A printed page's header: the day and time of printing, then the page's title.
_HEADER = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+\S")


@dataclass(frozen=True)
class PrintFurniture:
    """The chunks without the print view's headers and footers, and those lines."""

    chunks: list[Chunk]
    lines: tuple[Line, ...] = ()
    address: str | None = None


def take_print_furniture(chunks: list[Chunk]) -> PrintFurniture:
    """Take out a print view's page headers and footers (only when a footer numbers a page)."""
    footers = [line for chunk in chunks for line in chunk if _FOOTER.match(line.text)]
    if not footers:
        return PrintFurniture(chunks)
    furniture = {line.number for line in footers} | _headers(chunks)
    kept = [tuple(line for line in chunk if line.number not in furniture) for chunk in chunks]
    taken = tuple(line for chunk in chunks for line in chunk if line.number in furniture)
    address = _FOOTER.match(footers[0].text).group("address")  # type: ignore[union-attr]
    return PrintFurniture([chunk for chunk in kept if chunk], taken, address)


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
    listed = "; ".join(f"line {line.number} «{line.text}»" for line in furniture.lines)
    count = len(furniture.lines)
    draft.warn(f"dropped {count} lines as a print view's page headers and footers: {listed}")
