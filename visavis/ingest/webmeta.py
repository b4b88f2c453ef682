"""A saved page's metadata: headline, site name, authors, date, section, lead, address.

Read from the page's own structure — JSON-LD `NewsArticle`, Open Graph and other `<meta>`,
`<h1>`, `<time>`, breadcrumbs — which is more reliable than what a generic extractor guesses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from lxml import html as lxml_html

from .authors import split_credits


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


def read_page_meta(tree: lxml_html.HtmlElement, url: str | None = None) -> PageMeta:
    """Read the metadata of the article a page holds."""
    article = _first_news_article(tree)
    title = _text(tree.find(".//h1")) or _meta(tree, "og:title") or article.get("headline")
    authors, agencies = split_credits(_names(article.get("author")))
    publisher = article.get("publisher")
    publication = _meta(tree, "og:site_name") or (
        publisher.get("name") if isinstance(publisher, dict) else None
    )
    date = str(article.get("datePublished") or _meta(tree, "article:published_time") or "")
    return PageMeta(
        title=title,
        publication=publication,
        section=_meta(tree, "article:section"),
        authors=authors,
        agencies=agencies,
        date=date[:10] or None,
        url=_canonical(tree) or url,
        article_body=article.get("articleBody") if isinstance(article, dict) else None,
        language=tree.get("lang"),
    )


def _first_news_article(tree: lxml_html.HtmlElement) -> dict:
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        items = data.get("@graph", [data]) if isinstance(data, dict) else data
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
                return item
    return {}


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [str(value.get("name", ""))]
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _meta(tree: lxml_html.HtmlElement, name: str) -> str | None:
    for element in tree.iterfind(".//meta"):
        if name in (element.get("property"), element.get("name")):
            return (element.get("content") or "").strip() or None
    return None


def _canonical(tree: lxml_html.HtmlElement) -> str | None:
    for link in tree.iterfind(".//link[@rel='canonical']"):
        return link.get("href")
    return _meta(tree, "og:url")


def _text(element: lxml_html.HtmlElement | None) -> str | None:
    if element is None:
        return None
    return " ".join(element.text_content().split()) or None
