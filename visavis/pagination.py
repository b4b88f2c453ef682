"""Listing pages numbered from the oldest article, so that a full page never changes.

A listing (the home page, a publication's, a section's) shows its newest `per_page` articles
on its first page (`prefix/`). When they do not all fit, every article is also on one archive
page: sorted oldest first, the articles are cut into chunks of `per_page`, and
`prefix/page/N/` shows chunk N (the newest chunk may be partial), newest first. Adding an
article dated after all the others then changes the first page and the newest archive page
only (or, when that one was full, adds a page and gives the one before it a "newer" link):
an archive page keeps its articles and its address, for readers and search engines alike.
An article dated in the past shifts only the archive pages newer than its place.

Labels count from the oldest article too ("Articles 221–240"), and archive pages show no
total: a total would change each time a page is added, and rewrite them all.
"""

from __future__ import annotations

from typing import Any, TypeVar

Item = TypeVar("Item")


def split_listing(newest_first: list[Item], per_page: int) -> list[tuple[str, list[Item], dict]]:
    """A listing's pages as (address below the listing's folder, items shown newest first,
    what the pagination says): the first page (`""`) then, when the items do not all fit on
    it, the archive pages `page/1/` (the oldest) to `page/K/` (the newest)."""
    count = len(newest_first)
    oldest_first = newest_first[::-1]
    chunks = [oldest_first[start : start + per_page] for start in range(0, count, per_page)]
    archived = len(chunks) > 1
    older = archive_url(_chunk_of(count - per_page - 1, per_page)) if archived else None
    first_page = newest_first[:per_page]
    first = count - len(first_page) + 1 if count else 0
    pages = [("", first_page, _navigation(None, first, count, older, None, count))]
    if not archived:
        return pages
    for number, chunk in enumerate(chunks, start=1):
        newer = archive_url(number + 1) if number < len(chunks) else ""  # "": the first page
        older = archive_url(number - 1) if number > 1 else None
        first = (number - 1) * per_page + 1
        navigation = _navigation(number, first, first + len(chunk) - 1, older, newer)
        pages.append((archive_url(number), chunk[::-1], navigation))
    return pages


def archive_url(number: int) -> str:
    """The address of a listing's archive page `number`, below the listing's folder."""
    return f"page/{number}/"


def _chunk_of(index: int, per_page: int) -> int:
    """The archive page (from 1) holding the item at `index` counted from the oldest (0)."""
    return index // per_page + 1


def _navigation(
    number: int | None,
    first: int,
    last: int,
    older: str | None,
    newer: str | None,
    count: int | None = None,
) -> dict[str, Any]:
    """What a listing page's layout sees of where it stands: its archive page `number`
    (None for the first page), the positions of its oldest and newest articles counted from
    the oldest (1), the addresses of the older and newer pages (None: there is none; `""`:
    the listing's first page), and the listing's `count` (on the first page only)."""
    return {
        "number": number,
        "first": first,
        "last": last,
        "count": count,
        "older_url": older,
        "newer_url": newer,
    }
