"""The machine-readable pages: an Atom feed, the sitemap and robots.txt (contexts only)."""

from __future__ import annotations

from typing import Any

FEED_SIZE = 20
EPOCH = "1970-01-01"


def feed_context(
    site: dict[str, Any], cards: list[dict[str, Any]], originals: dict[str, str | None]
) -> dict[str, Any]:
    """The Atom feed's newest entries; dates come from the content, never the clock.

    An entry is published on the article's date and updated when its translation was made
    (if later): the translation is what changes the bilingual page. Only an undated article
    without a translation falls back to the epoch, which Atom's required `updated` forces.
    `originals` gives the original article's address by slug, where known (`rel="via"`).
    """
    entries = [
        {
            **card,
            "published": card["date"],
            "updated": _updated(card),
            "via": originals.get(card["slug"]),
        }
        for card in cards[:FEED_SIZE]
    ]
    return {
        "entries": entries,
        "updated": max((entry["updated"] for entry in entries), default=_stamp(EPOCH)),
        "feed_url": (site["absolute"] or site["path"]) + "feed.xml",
        "home_url": site["absolute"] or site["path"],
        "feed_id": (site["absolute"] or "urn:visavis:") + ("feed.xml" if site["absolute"] else ""),
    }


def _updated(card: dict[str, Any]) -> str:
    days = [day for day in (card["date"], card.get("translated_on")) if day]
    return _stamp(max(days, default=EPOCH))


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"


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
