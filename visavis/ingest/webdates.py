"""A saved page's publication date: declared, shown in its header, or in its address.

JSON-LD `datePublished` and `article:published_time` come first; then what readers see — a
`<time>` not marked as an update, `Publié le 24.12.2016 à 10h12`; then a date in the address
(`/2024/03/08/`). A modified date never stands in for a published one, and nothing is guessed:
no copyright year, no date from the article's text, never the day the page was saved.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import parse_date
from .jsonld import node_types
from .webdom import (
    Element,
    PageParts,
    article_text,
    in_other_article,
    is_chrome,
    is_hidden,
    marker_words,
    visible_text,
)

_PUBLISHED_METAS = (
    *("article:published_time", "og:article:published_time", "og:published_time"),
    *("datepublished", "article:published", "published_time", "publishdate", "publish-date"),
    *("pubdate", "publication_date", "dc.date.issued", "dcterms.issued", "dcterms.created"),
    *("sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime", "dc.date", "date"),
)
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})\S*)?")
_UTC = re.compile(r"(?:Z|[+-]00:?00)\s*$")
_OFFSET = re.compile(r"[+-]\d{2}:?\d{2}\s*$")
_DATE_TEXT = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}"
    r"|\d{1,2}(?:er)?\s+[^\W\d_]+\.?\s+\d{4}|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4}",
)
_PUBLISHED_TEXT = re.compile(
    r"\b(?:publié|publiée|mis en ligne|mise en ligne|posted|published|paru|parution)\b"
    r"\s*(?:le|on|:)?\s*",
    re.IGNORECASE,
)
_SHORT_YEAR = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{2})\b")
_UPDATED_TEXT = re.compile(
    r"(?:mis|mise)\s+à\s+jour|màj|modifié|actualisé|updated|edited|dernière", re.IGNORECASE
)
_UPDATED_WORDS = frozenset({"updated", "update", "modified", "modif", "maj", "datemodified"})
_PUBLISHED_WORDS = frozenset({"published", "pubdate", "datepublished", "publication", "posted"})
#: A run of text this long is a paragraph (or a lead), not a header's line.
_PARAGRAPH_LENGTH = 120
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")


def read_page_date(page: PageParts, url: str | None) -> str | None:
    """The ISO date the article was published, or None when the page does not say."""
    declared = _declared_date(page)
    shown = read_shown_date(page.scope, page.headline)
    if not shown and page.headline is not None:  # without a headline, no header to read
        shown = _header_date(read_header_text(page))
    if declared:
        date = _prefer_local(declared, shown)
        if shown and shown < date and _published_at_update(page, shown):
            return shown
        return date
    return shown or read_url_date(url)


def _published_at_update(page: PageParts, shown: str) -> bool:
    """Whether the JSON-LD's `datePublished` is its `dateModified` (the update's time) while the
    `<meta>` declares the earlier day the page shows: two sources against one."""
    published, modified = page.article.get("datePublished"), page.article.get("dateModified")
    if not isinstance(published, str) or published != modified:
        return False
    metas = (value for name in _PUBLISHED_METAS for value in page.metas.get(name) or ())
    return any(iso_date(value) == shown for value in metas)


def _declared_date(page: PageParts) -> str | None:
    """The raw publication date the JSON-LD or `<meta>` declares: the first, unless it is a
    UTC instant and another declaration gives the same day or the next in the site's own
    time zone (`2024-03-05T23:30:00Z` and `2024-03-06T00:30:00+01:00`: the 6th)."""
    declared = _declared_dates(page)
    first = declared[0] if declared else None
    if first is None or not _UTC.search(first):
        return first
    for other in declared[1:]:
        if _ISO.match(other) and _OFFSET.search(other) and not _UTC.search(other):
            return other
    return first


def _declared_dates(page: PageParts) -> list[str]:
    """Every readable publication date the JSON-LD and the `<meta>` declare, in that order."""
    found: list[str] = []
    pages = [node for node in page.ld.nodes if "webpage" in " ".join(node_types(node))]
    for node in (page.article, *pages):
        for key in ("datePublished", "dateCreated"):
            value = node.get(key)
            if isinstance(value, str) and _readable(value):
                found.append(value)
    for name in _PUBLISHED_METAS:
        found.extend(value for value in page.metas.get(name) or () if _readable(value))
    return found


def _readable(value: str) -> bool:
    return bool(iso_date(value) or find_date_text(value))


def _prefer_local(declared: str, shown: str | None) -> str:
    """A UTC time one day off the date the page shows is that date, in the site's time zone."""
    date = iso_date(declared) or find_date_text(declared) or ""
    if shown and _UTC.search(declared):
        gap = abs(dt.date.fromisoformat(shown) - dt.date.fromisoformat(date))
        if gap == dt.timedelta(days=1):
            return shown
    return date


def iso_date(value: str | None) -> str | None:
    """`2024-03-08T07:15:00+01:00` → `2024-03-08` (the date as written, in its own zone)."""
    match = _ISO.match(value or "")
    if not match:
        return None
    return _checked(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def _checked(year: int, month: int, day: int) -> str | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date.isoformat() if 1990 <= year <= 2100 else None


def read_shown_date(scope: Element, headline: Element | None = None) -> str | None:
    """The date the article's header shows: a published `<time>`, else `Publié le …`."""
    marked: list[str] = []
    plain: list[str] = []
    # (microdata's `<meta itemprop=datePublished>` declares a date, it shows none)
    shown = ".//time | .//*[@itemprop][not(self::meta)] | .//*[contains(@class, 'date')]"
    for element in scope.xpath(shown):
        if is_chrome(element, scope) or in_other_article(element, scope):
            continue
        if _in_site_header(element, headline):
            continue  # the masthead's date of the day
        kind = _time_kind(element)
        date = _element_date(element) if kind in (None, "published") else None
        if date:
            (marked if kind == "published" else plain).append(date)
    if marked:
        return marked[0]
    return find_published_text(article_text(scope)) or (plain[0] if plain else None)


def _in_site_header(element: Element, headline: Element | None) -> bool:
    """Inside a page header that is neither the article's own nor around its headline."""
    for ancestor in element.iterancestors():
        if ancestor.tag != "header" and ancestor.get("role") != "banner":
            continue
        if headline is not None and _inside(headline, ancestor):
            return False  # the article's own header
        return not any(a.tag == "article" for a in ancestor.iterancestors())
    return False


def _time_kind(element: Element) -> str | None:
    """`published`, `updated` or None, from the element's markers and the words before it."""
    itemprop = (element.get("itemprop") or "").lower()
    words = marker_words(element)
    if itemprop == "datemodified":
        return "updated"
    if element.tag != "time" and itemprop not in ("datepublished", "datecreated"):
        dated = "date" in words and element.find(".//time") is None
        if not dated or len(visible_text(element)) > 100:
            return "skip"
    own = visible_text(element)[:40]  # `Modifié le 6 mars…` says what it is, whatever is before
    if _UPDATED_TEXT.match(own.strip()):
        return "updated"
    if _PUBLISHED_TEXT.match(own.strip()):
        return "published"
    parent = element.getparent()
    if parent is not None:
        words |= marker_words(parent)
    before = _text_before(element)
    if _UPDATED_TEXT.search(before[-30:]):
        return "updated"
    if words & _PUBLISHED_WORDS or _PUBLISHED_TEXT.search(before[-30:]):
        return "published"  # WordPress marks a first version `entry-date published updated`
    return "updated" if words & _UPDATED_WORDS else None


def _text_before(element: Element) -> str:
    parent = element.getparent()
    if parent is None:
        return ""
    parts = [parent.text or ""]
    for sibling in parent:
        if sibling is element:
            break
        parts.append(visible_text(sibling) + (sibling.tail or ""))
    return " ".join(parts)


def _element_date(element: Element) -> str | None:
    """The date an element carries: its machine date, unless that is a UTC instant and the
    element shows a date of its own (`datetime="…T02:10Z"` shown `22 octobre 2026 à 22 h 10`:
    the reader's day, in the site's zone, is the 22nd)."""
    shown = find_date_text(visible_text(element))
    for attribute in ("datetime", "content", "data-date"):
        value = element.get(attribute)
        date = iso_date(value)
        if date:
            return shown if shown and _UTC.search(value or "") else date
    return shown


def find_date_text(text: str) -> str | None:
    """The first full date a text writes (`24.12.2016`, `3 mars 2024`), as ISO."""
    for match in _DATE_TEXT.finditer(text):
        date = parse_date(match.group())
        if date and _checked(*map(int, date.split("-"))):
            return date
    return None


def find_published_text(text: str) -> str | None:
    """The date after `Publié le`, `Mis en ligne le`, `Published on` in a text (there, a
    two-digit year is this century's: `Publié le 12/03/24`)."""
    for match in _PUBLISHED_TEXT.finditer(text):
        after = text[match.end() : match.end() + 40]
        date = find_date_text(after)
        short = _SHORT_YEAR.match(after)
        if not date and short:
            day, month, year = map(int, short.groups())
            date = _checked(2000 + year, month, day)
        if date:
            return date
    return None


def read_url_date(url: str | None) -> str | None:
    """The date an address carries as `/2024/03/08/` or `/2024-03-08-`."""
    match = _URL_DATE.search(url or "")
    return _checked(*map(int, match.groups())) if match else None


def read_header_text(page: PageParts) -> str:
    """The text around the headline, down to the article text's second paragraph: where
    bylines and dates are written (`Par Karim Saadé, le 20 juin 2024`). A run of text as long
    as a paragraph is left out: a date the article's text mentions is not its own."""
    limit, headline = page.text_start, page.headline
    start = headline.getparent() if headline is not None else None
    start = start if start is not None else page.scope
    parts: list[str] = []
    length = 0
    for node in start.xpath(".//text() | following::text()"):
        parent = node.getparent()
        if limit is not None and (parent is limit or limit in parent.iterancestors()):
            break
        if not node.is_tail and (is_hidden(parent) or _inside(parent, headline)):
            continue
        length += len(node)
        parts.append(" | " if len(node.strip()) > _PARAGRAPH_LENGTH else str(node))
        if length > 2000:
            break
    return " ".join(" ".join(parts).split())


def _inside(element: Element, ancestor: Element | None) -> bool:
    return ancestor is not None and (element is ancestor or ancestor in element.iterancestors())


def _header_date(header: str) -> str | None:
    """The first date the header writes that is not an update's."""
    for match in _DATE_TEXT.finditer(header):
        if _UPDATED_TEXT.search(header[max(0, match.start() - 25) : match.start()]):
            continue
        date = parse_date(match.group())
        if date and _checked(*map(int, date.split("-"))):
            return date
    return None
