"""Who a saved page credits: the byline readers see, else what its metadata declares.

Shown credits come from byline elements (`.byline`, `.author`, `.signature`,
`[itemprop=author]`, `[rel=author]`) in the article's header — or, on pages with no such
markup, from a short line under the headline (`ATS | Publié le …`, `Par Anne Roy`). Declared
credits come from JSON-LD `author` (organisations only when they are agencies), `<meta
name=author>` and `article:author` when they hold a name rather than an address, and at last
from the app state a Next.js page embeds. When neither names a person (a site's account, no
byline), a byline inside the text (`websignature`) may: its text is kept for the body reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .authors import find_agency, opens_with_name, prefer_forms, split_credits
from .jsonld import read_credits, read_state_credits
from .webdates import find_date_text
from .webdom import (
    BLOCKS,
    Element,
    PageParts,
    first_meta,
    in_figure,
    in_other_article,
    is_chrome,
    is_hidden,
    marker_words,
    text_key,
    visible_parts,
    visible_text,
)
from .websignature import find_text_byline

_BYLINE_WORDS = frozenset(
    {"byline", "bylines", "author", "authors", "auteur", "auteurs", "signature", "signatures"}
    | {"autor", "writer", "writers", "journalist", "journaliste", "creator", "creators"}
    | {"postedby", "createdby", "writtenby", "redacteur", "redacteurs", "signataire"}
)
_NOT_BYLINE_WORDS = frozenset(
    {"box", "bio", "biography", "avatar", "image", "img", "photo", "picture", "description"}
    | {"desc", "social", "follow", "comment", "comments", "date", "time", "more", "others"}
    | {"about", "profile", "card", "related", "list", "quote", "pullquote", "citation", "cite"}
)
_SOURCE_WORDS = frozenset({"source", "sources", "agency", "agence", "provider"})
_AUTHOR_METAS = (
    *("author", "article:author", "og:article:author", "byl", "sailthru.author"),
    *("parsely-author", "dc.creator", "dcterms.creator"),
)
_LINE_SEPARATOR = re.compile(r"\s*(?:[|•·]|\s[-–—]\s)\s*")
_BY = re.compile(
    r"^(?:par|by|(?:propos recueillis|écrit|rédigé|signé|written)\s+(?:par|by)|textes?\s*:?)\s",
    re.IGNORECASE,
)
_INNER_BY = re.compile(r"\s(?:par|by)\s", re.IGNORECASE)
_DATE_WORDS = re.compile(
    r"^(?:publié|mis en ligne|mis à jour|modifié|posted|published|updated|le \d|\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Credits:
    """Who an article credits, and where the page says so."""

    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    #: The credit texts the names were read from (` | ` between parts the markup sets apart).
    raw: tuple[str, ...] = ()
    #: The visible text of a byline set inside the article's text, if there is one.
    byline_text: str | None = None


def read_page_credits(page: PageParts, site_names: list[str]) -> Credits:
    """The article's authors and agencies, and the credit texts they were read from."""
    declared = read_declared_credits(page)
    declared_persons, declared_agencies = split_credits(declared, site_names)
    shown = read_shown_credits(page)
    persons, agencies = split_credits(shown, site_names)
    raw = tuple(shown)
    if not persons and not agencies:
        persons, agencies, raw = declared_persons, declared_agencies, tuple(declared)
    byline = find_text_byline(page.scope)
    byline_text = read_credit_text(byline) if byline is not None else None  # (its lines apart)
    if byline_text:  # a newsroom's account in the header, the writer in the text
        text_persons, text_agencies = split_credits([byline_text], site_names)
        if text_persons and not persons:
            persons, raw = text_persons, (byline_text,)
        agencies = tuple(dict.fromkeys((*agencies, *text_agencies)))
    agencies = tuple(dict.fromkeys((*agencies, *read_source_agencies(page))))
    if _run_together(persons, declared_persons, site_names):
        persons = declared_persons  # `<a>Anne Roy</a> <a>Paul Lin</a>` shown as one name
    persons = prefer_forms(persons, declared_persons)
    agencies = tuple(dict.fromkeys((*agencies, *declared_agencies)))
    return Credits(persons, agencies, raw, byline_text)


def _run_together(shown: tuple[str, ...], declared: tuple[str, ...], site_names: list[str]) -> bool:
    """Whether the names a byline shows are the declared authors' names run together, maybe
    with the site's name after them (`Anne Roy Paul Lin`, `Anne Roy Le Jour`)."""
    if not shown or not declared or len(shown) > len(declared) or shown == declared:
        return False
    runs, names = text_key(" ".join(shown)), text_key(" ".join(declared))
    rest = runs.removeprefix(names) if runs.startswith(names) else None
    sites = {text_key(name) for name in site_names}
    return rest is not None and (not rest or rest in sites)


def read_source_agencies(page: PageParts) -> list[str]:
    """Agencies a source line of the article's header names (`<span class="source">Source:
    Belga</span>`), beside a byline that may name none."""
    found = []
    for element in page.scope.iter():
        if element is page.text_start:
            break
        if not isinstance(element.tag, str) or not marker_words(element) & _SOURCE_WORDS:
            continue
        text = visible_text(element)
        if len(text) > 60 or in_figure(element) or is_chrome(element, page.scope):
            continue
        found.extend(split_credits([text])[1])
    return found


def read_declared_credits(page: PageParts) -> list[str]:
    """Credits the JSON-LD and `<meta>` declare: person names and agencies, not organisations."""
    credits = [
        name
        for name, organisation in read_credits(page.ld, page.article.get("author"))
        if not organisation or find_agency(name)
    ]
    if credits:
        return credits
    microdata = [
        name.get("content")
        for name in page.scope.xpath(".//*[@itemprop='author']//meta[@itemprop='name']")
        if not is_chrome(name, page.scope)
    ]
    if any(microdata):
        return [name for name in microdata if name]
    for key in _AUTHOR_METAS:
        values = [value for value in page.metas.get(key, ()) if not _is_address(value)]
        if values:
            return values
    linked = [visible_text(link) for link in page.scope.xpath(".//a[contains(@rel,'author')]")]
    if linked:
        return linked
    titles = (visible_text(page.headline), first_meta(page.metas, "og:title") or "")
    return read_state_credits(page.tree, titles)


def _is_address(value: str) -> bool:
    return value.startswith(("http:", "https:", "//", "/", "www.")) or "@" in value


def read_shown_credits(page: PageParts) -> list[str]:
    """The byline texts the article shows its readers, in page order."""
    bylines = find_byline_elements(page.scope, page.text_start)
    if bylines:
        return [read_credit_text(element) for element in bylines]
    if page.headline is not None:
        return read_credit_lines(page.headline)
    return []


def read_credit_text(element: Element) -> str:
    """A byline's visible text, ` | ` between the parts its markup sets apart, unless the parts
    name fewer people than the whole (`<span>Anne</span><span>Roy</span>`)."""
    parts = visible_parts(element)
    parted, whole = " | ".join(parts), " ".join(parts)
    return whole if _count_names(whole) > _count_names(parted) else parted


def _count_names(credit: str) -> int:
    persons, agencies = split_credits([credit])
    return len(persons) + len(agencies)


def find_byline_elements(scope: Element, limit: Element | None) -> list[Element]:
    """Byline elements of the article (outermost ones): those above its text if there are any,
    else those below it (a signature at the end)."""
    found = _find_bylines(scope)
    if limit is None:
        return found
    above = []
    for element in scope.iter():
        if element is limit:
            break
        if element in found:
            above.append(element)
    if above:
        return above
    container = limit.getparent()
    region = container.getparent() if container.getparent() is not None else container
    return [element for element in found if any(a is region for a in element.iterancestors())]


def _find_bylines(scope: Element) -> list[Element]:
    found: list[Element] = []
    for element in scope.iter():
        if not isinstance(element.tag, str) or not _is_byline(element):
            continue
        if found and any(parent is found[-1] for parent in element.iterancestors()):
            continue
        if is_hidden(element) or in_figure(element) or is_chrome(element, scope):
            continue
        if _in_quote(element, scope):
            continue
        text = visible_text(element)
        if 2 <= len(text) <= 250:
            found.append(element)
    return found


def _in_quote(element: Element, scope: Element) -> bool:
    """Inside a quotation, or a teaser for another article, within the article."""
    quoted = any(ancestor.tag in ("blockquote", "q") for ancestor in element.iterancestors())
    return quoted or in_other_article(element, scope)


def _is_byline(element: Element) -> bool:
    if element.tag in ("script", "style", "meta", "link", "img", "time"):
        return False
    if element.get("itemprop") == "author" or "author" in (element.get("rel") or "").split():
        return True
    words = marker_words(element)
    return bool(words & _BYLINE_WORDS) and not words & _NOT_BYLINE_WORDS


def read_credit_lines(headline: Element) -> list[str]:
    """Credits in the short lines under a headline on a page without byline markup."""
    credits: list[str] = []
    short = long = 0
    in_chrome = is_chrome(headline)  # (a page built of "cards" throughout)
    for element in headline.xpath("following::*[position() <= 300]"):
        if element.tag not in BLOCKS or element.tag == "br" or _has_block(element):
            continue
        if is_chrome(element) and not in_chrome:
            break  # the comments under the text: their writers sign no article
        text = visible_text(element)
        if not text:
            continue
        if len(text) > 200:
            long += 1  # a standfirst, or already the text: the byline may still follow
        else:
            short += 1
            credits.extend(_credits_in_line(text))
        if credits or long >= 3 or short >= 8:
            break
    return credits


def _has_block(element: Element) -> bool:
    return any(child.tag in BLOCKS and child.tag != "br" for child in element.iterdescendants())


def _credits_in_line(text: str) -> list[str]:
    """`ATS | Publié le 24.12.2016` → [`ATS`]; `Par Anne Roy` → [`Par Anne Roy`]."""
    segments = [segment for segment in _LINE_SEPARATOR.split(text) if segment]
    dated = any(_DATE_WORDS.match(s) or find_date_text(s) for s in segments)
    credits = []
    for segment in segments:
        by = _INNER_BY.search(segment)
        if by and dated:  # `Publié le 12 mars 2024 par Anne Roy`
            credits.append(segment[by.start() :].strip())
        elif (_BY.match(segment) and opens_with_name(segment)) or find_agency(segment):
            credits.append(segment)
        elif dated and not _DATE_WORDS.match(segment) and not find_date_text(segment):
            persons, agencies = split_credits([segment])
            if (persons or agencies) and len(segment.split()) <= 12:
                credits.append(segment)
    return credits
