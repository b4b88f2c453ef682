"""A saved page's metadata: headline, site name, authors, date, section, lead, address.

Read from the page's own structure — JSON-LD `NewsArticle`, Open Graph and other `<meta>`,
`<h1>`, bylines, `<time>`, breadcrumbs — preferring what the page shows its readers, and
leaving a field empty rather than guessing it. Each field has its module: `webtitle`
(headline, kicker), `webpublisher` (site name), `webcredits`, `websignature` and `authors`
(authors, agencies, a byline inside the text), `webdates` (date), `weblead` (section,
standfirst); `jsonld` and `webdom` read the page for all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .jsonld import find_article, node_urls, read_json_ld, text_of
from .webcredits import read_page_credits
from .webdates import read_page_date
from .webdom import (
    Element,
    PageParts,
    clean_text,
    contains,
    find_text_start,
    first_meta,
    read_metas,
)
from .weblead import read_section, read_standfirst
from .webpublisher import (
    find_site_names,
    read_publication,
    strip_site_name,
    strip_unknown_suffix,
)
from .webtitle import (
    declared_titles,
    find_content,
    find_headline,
    is_content,
    read_headline_text,
    read_kicker,
)

_SAVED_FROM = re.compile(r"saved from url=\(\d+\)\s*(\S+)", re.IGNORECASE)


@dataclass(frozen=True)
class PageMeta:
    """What a page says about its article; every field None (or empty) when it does not say."""

    title: str | None = None
    publication: str | None = None
    section: str | None = None
    standfirst: str | None = None
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    date: str | None = None
    url: str | None = None
    article_body: str | None = None
    language: str | None = None
    #: The short label above the headline (`Entretien`, `Genève`, `En direct`), if any.
    kicker: str | None = None
    #: The credit texts the authors and agencies were read from, as the page writes them
    #: (` | ` between the parts its markup sets apart: `Anne Roy | Le Devoir`).
    raw_authors: tuple[str, ...] = ()
    #: Where the title came from: `h1`, `element` (another element showing it), `json-ld`,
    #: `og:title`, `twitter:title` or `title`.
    title_from: str | None = None
    #: What the page says it is (`og:type`: `article`, `website`…), as written; None if silent.
    page_type: str | None = None
    #: The visible text (whitespace collapsed) of a byline set inside the article's text — an
    #: opening paragraph `Par Moussa Diop, envoyé spécial`, a closing signature — for the body
    #: to leave out; None when the byline, if any, stands apart from the text.
    byline_text: str | None = None


def read_page_meta(tree: Element, url: str | None = None) -> PageMeta:
    """Read the metadata of the article a page holds."""
    metas = read_metas(tree)
    ld = read_json_ld(tree)
    fetched = url or _saved_from(tree)
    canonical = read_canonical(tree, metas, fetched)
    titles = (first_meta(metas, "og:title"), _text(tree.find(".//title")))
    article = find_article(ld, canonical, tuple(title for title in titles if title))
    canonical = canonical or _first_absolute(node_urls(ld, article), fetched)
    names = find_site_names(tree, metas, ld, article)
    declared = declared_titles(metas, article, tree)
    headline = find_headline(tree, declared, names)
    scope = _find_scope(tree, headline)
    start = find_text_start(scope)
    page = PageParts(tree, metas, ld, article, scope, headline, start, tuple(names))
    title, title_from = _read_title(page, declared, names)
    credits = read_page_credits(page, names)
    kicker = read_kicker(headline)
    return PageMeta(
        title=title,
        publication=read_publication(page, title if title_from != "title" else None),
        section=read_section(page, title, kicker),
        standfirst=read_standfirst(page, title),
        authors=credits.authors,
        agencies=credits.agencies,
        date=read_page_date(page, canonical or fetched),
        url=canonical or fetched,
        article_body=text_of(article.get("articleBody")),
        language=tree.get("lang") or first_meta(metas, "og:locale", "content-language"),
        kicker=kicker[0],
        raw_authors=credits.raw,
        title_from=title_from,
        page_type=first_meta(metas, "og:type"),
        byline_text=credits.byline_text,
    )


def _find_scope(tree: Element, headline: Element | None) -> Element:
    """The element holding the headline and the article's text (at worst the body)."""
    content = find_content(tree)
    body = tree.find("body")
    fallback = body if body is not None else tree
    if headline is None:
        return content if content is not None else fallback
    own = next((a for a in headline.iterancestors() if is_content(a)), None)
    if own is not None:
        return own  # the headline's own article, even when another one on the page is longer
    if content is None:
        nearest = _nearest(headline, ("article", "main"))
        return nearest if nearest is not None else fallback
    if contains(content, headline):
        return content
    for ancestor in headline.iterancestors():
        if contains(ancestor, content):
            return ancestor
    return fallback


def _text(element: Element | None) -> str | None:
    return clean_text(element.text_content()) if element is not None else None


def _nearest(element: Element, tags: tuple[str, ...]) -> Element | None:
    for ancestor in element.iterancestors():
        if ancestor.tag in tags or ancestor.get("role") == "main":
            return ancestor
    return None


def _read_title(
    page: PageParts, declared: list[tuple[str, str]], names: list[str]
) -> tuple[str | None, str | None]:
    """The headline as shown, else the declared title without the site's name."""
    if page.headline is not None:
        kind = "h1" if page.headline.tag == "h1" else "element"
        return read_headline_text(page.headline), kind
    for text, source in declared:
        title = strip_site_name(text, names)
        if source != "json-ld":
            title = strip_unknown_suffix(title)
        if title:
            return title, source
    return None, None


def read_canonical(tree: Element, metas: dict[str, list[str]], fetched: str | None) -> str | None:
    """The page's canonical address (`<link rel=canonical>`, `og:url`), made absolute; a
    template's link to the home page does not count when the page is deeper."""
    candidates = [
        link.get("href")
        for link in tree.iter("link")
        if "canonical" in (link.get("rel") or "").lower().split()
    ]
    candidates.append(first_meta(metas, "og:url"))
    deep = fetched and urlsplit(fetched).path not in ("", "/")
    for candidate in candidates:
        address = _first_absolute([candidate], fetched)
        if address and not (deep and urlsplit(address).path in ("", "/")):
            return address
    return None


def _first_absolute(candidates: list[str | None], base: str | None) -> str | None:
    for candidate in candidates:
        address = clean_text(candidate)
        if not address or address.startswith(("javascript:", "#", "data:")):
            continue
        address = urljoin(base, address) if base else address
        parts = urlsplit(address)
        if parts.scheme in ("http", "https") and parts.netloc:
            return address
    return None


def _saved_from(tree: Element) -> str | None:
    """The address a browser noted when it saved the page (`<!-- saved from url=(0110)… -->`)."""
    for node in (*tree.itersiblings(preceding=True), *tree.iterchildren()):
        if not isinstance(node.tag, str) and node.text:
            match = _SAVED_FROM.search(node.text)
            if match:
                return match.group(1)
    return None
