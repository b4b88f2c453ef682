"""The archive: every article by month, both titles (contexts only, from the listing cards).

Up to ARCHIVE_SPLIT articles, one page (`archive/`) lists every month, newest first, undated
articles last. Beyond that, `archive/` lists the years and their months, and each year has a
page of its own (`archive/2024/`, and `archive/undated/` for articles without a date).
"""

from __future__ import annotations

from typing import Any

from .urls import site_url

#: Above this many articles, the archive has one page per year.
ARCHIVE_SPLIT = 200
UNDATED = "undated"

#: One archive page: output path, title, context and the slugs of the articles it lists.
ArchivePage = tuple[str, str, dict[str, Any], list[str]]


def archive_pages(
    site: dict[str, Any], cards: list[dict[str, Any]], month_names: list[str]
) -> list[ArchivePage]:
    """The archive's pages for cards sorted newest first; `month_names` are the interface
    language's (ISO `2024-03` without them)."""
    months = group_by_month(cards, month_names)
    if len(cards) <= ARCHIVE_SPLIT:
        context = {"kind": "archive", "year": None, "years": [], "months": months}
        return [("archive/index.html", "Archive", context, [card["slug"] for card in cards])]
    years: dict[str, list[dict[str, Any]]] = {}
    for month in months:
        years.setdefault(month["year"], []).append(month)
    pages: list[ArchivePage] = []
    overview = []
    for year, year_months in years.items():
        label = "Undated" if year == UNDATED else year
        url = site_url(site, f"archive/{year}/")
        overview.append(
            {
                "label": label,
                "url": url,
                "count": sum(len(month["articles"]) for month in year_months),
                "months": [
                    {"label": m["short"], "url": f"{url}#{m['id']}", "count": len(m["articles"])}
                    for m in year_months
                    if m["year"] != UNDATED
                ],
            }
        )
        context = {"kind": "archive", "year": label, "years": [], "months": year_months}
        slugs = [card["slug"] for month in year_months for card in month["articles"]]
        pages.append((f"archive/{year}/index.html", f"Archive: {label}", context, slugs))
    index = {"kind": "archive", "year": None, "years": overview, "months": []}
    return [("archive/index.html", "Archive", index, []), *pages]


def group_by_month(cards: list[dict[str, Any]], month_names: list[str]) -> list[dict[str, Any]]:
    """Cards grouped by the month of their date, in the cards' order (one group for the
    undated): id (an HTML id), year, label (`March 2024`), short (`March`) and articles."""
    groups: dict[str, dict[str, Any]] = {}
    for card in cards:
        key = card["date"][:7] if card["date"] else UNDATED
        if key not in groups:
            groups[key] = _month(key, month_names)
        groups[key]["articles"].append(card)
    return list(groups.values())


def _month(key: str, month_names: list[str]) -> dict[str, Any]:
    if key == UNDATED:
        return {
            "id": UNDATED,
            "year": UNDATED,
            "label": "Undated",
            "short": "Undated",
            "articles": [],
        }
    year, number = key.split("-")
    short = month_names[int(number) - 1] if len(month_names) == 12 else key
    label = f"{short} {year}" if len(month_names) == 12 else key
    return {"id": f"m{key}", "year": year, "label": label, "short": short, "articles": []}
