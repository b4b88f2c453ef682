"""The machine-readable pages: an Atom feed, the sitemap and robots.txt (contexts only)."""

from __future__ import annotations

from typing import Any

FEED_SIZE = 20
EPOCH = "1970-01-01"


def feed_context(site: dict[str, Any], cards: list[dict[str, Any]]) -> dict[str, Any]:
    """The Atom feed's newest entries; `updated` comes from the content, never the clock."""
    entries = cards[:FEED_SIZE]
    dates = [card["date"] for card in entries if card["date"]]
    return {
        "entries": entries,
        "updated": f"{max(dates, default=EPOCH)}T00:00:00Z",
        "feed_url": (site["absolute"] or site["path"]) + "feed.xml",
        "home_url": site["absolute"] or site["path"],
        "feed_id": (site["absolute"] or "urn:visavis:") + ("feed.xml" if site["absolute"] else ""),
    }


def sitemap_context(site: dict[str, Any], urls: list[str]) -> dict[str, Any]:
    """Every HTML page of the site, as absolute URLs when base_url has a scheme."""
    return {"urls": sorted(_absolute(site, url) for url in urls)}


def robots_context(site: dict[str, Any]) -> dict[str, Any]:
    """robots.txt points crawlers at the sitemap."""
    return {"sitemap_url": _absolute(site, site["path"] + "sitemap.xml")}


def _absolute(site: dict[str, Any], url: str) -> str:
    """Turn a root-relative URL of this site into an absolute one when possible."""
    if not site["absolute"]:
        return url
    return site["absolute"] + url.removeprefix(site["path"])
