"""Reading a saved page's markup: visible text, `<meta>` values, marker words, chrome regions."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from lxml import html as lxml_html

from .lines import is_glyphs
from .webtext import CAMEL_HUMP, without_taxonomy

if TYPE_CHECKING:
    from .jsonld import JsonLd

Element = lxml_html.HtmlElement

#: Elements whose content a reader never sees as text.
INVISIBLE = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "button", "select", "iframe"}
)
#: Elements that break a line: their text never runs into their neighbours'.
BLOCKS = frozenset(
    {
        *("p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "ul"),
        *("ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5"),
        *("h6", "figure", "figcaption", "blockquote", "br", "hr", "form", "address", "time"),
    }
)
#: Marker words of regions around an article that are not its own: comments, teasers, menus.
CHROME_WORDS = frozenset(
    {
        *("comment", "comments", "commentaires", "reaction", "reactions", "related", "nav"),
        *("forum", "discussion", "disqus", "replies", "reply"),
        *("navigation", "menu", "sidebar", "newsletter", "recommended", "popular", "mostread"),
        *("teasers", "card", "cards", "outbrain", "taboola", "share", "social"),
        *("cookie", "consent", "promo", "ads", "advert", "advertisement", "masthead"),
        *("colophon", "sitefooter", "pagefooter", "globalfooter"),
    }
)
CHROME_TAGS = frozenset({"nav", "form"})
#: The words of a box that holds the article's headline, whatever else its class says.
_HEADLINE_BOX = frozenset({"headline", "hero", "heading"})


@dataclass(frozen=True)
class PageParts:
    """What every metadata reader looks at: the tree, its `<meta>`, JSON-LD and article."""

    tree: Element
    metas: dict[str, list[str]]
    ld: JsonLd
    #: The JSON-LD node of the article ({} when there is none).
    article: dict
    #: The element that holds the article's headline, credits and text (at worst `<body>`).
    scope: Element
    #: The element the headline was read from, if the page shows one.
    headline: Element | None = None
    #: The second long paragraph of the article's text (see `find_text_start`).
    text_start: Element | None = None
    #: The names the page gives its site (og:site_name, publisher, footer, logo).
    site_names: tuple[str, ...] = ()


_SPLIT_WORDS = re.compile(r"[^a-z0-9à-öø-ÿ]+")
_HIDDEN_WORDS = frozenset({"sr", "visually", "screen", "hidden", "offscreen"})
_KEY = re.compile(r"[\W_]+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:)\]])")


def clean_text(text: str | None) -> str:
    """Whitespace (no-break spaces included) collapsed to single spaces."""
    return " ".join((text or "").split())


def text_key(text: str | None) -> str:
    """A text folded for comparison: no accents, case, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _KEY.sub("", plain.casefold())


def visible_text(element: Element | None) -> str:
    """The text a reader sees in an element: no scripts, no hidden parts, blocks kept apart."""
    if element is None or is_hidden(element):
        return ""
    parts: list[str] = [element.text or ""]
    for child in element:
        _collect_text(child, parts)
    return clean_text("".join(parts))


def _collect_text(element: Element, parts: list[str]) -> None:
    if isinstance(element.tag, str) and not is_hidden(element):
        block = element.tag in BLOCKS
        parts.append(" " if block else "")
        parts.append(element.text or "")
        for child in element:
            _collect_text(child, parts)
        parts.append(" " if block else "")
    elif isinstance(element.tag, str) and is_glyphs(element.text_content()):
        parts.append(" ")  # a hidden separator (`<span aria-hidden="true">·</span>`) parts it
    if element.tail:
        parts.append(element.tail)


def visible_parts(element: Element) -> list[str]:
    """An element's visible text in the parts its markup sets apart: blocks, lines, and
    elements written against each other (`<a>Anne Roy</a><span>Le Devoir</span>`), which only
    the page's style keeps apart; a part that starts with a comma stays with the one before."""
    segments: list[list[str]] = [[]]
    if not is_hidden(element):
        _collect_segments(element, segments)
    parts: list[str] = []
    for segment in segments:
        text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", clean_text("".join(segment)))
        if parts and text[:1] in ",;:)]":
            parts[-1] += text
        elif text:
            parts.append(text)
    return parts


def _collect_segments(element: Element, segments: list[list[str]]) -> None:
    segments[-1].append(element.text or "")
    previous = None
    for child in element:
        if isinstance(child.tag, str) and not is_hidden(child):
            glued = previous is not None and not previous.tail
            _break_segment(segments, child.tag in BLOCKS or glued)
            _collect_segments(child, segments)
            _break_segment(segments, child.tag in BLOCKS)
        segments[-1].append(child.tail or "")
        previous = child


def _break_segment(segments: list[list[str]], apart: bool) -> None:
    if apart:
        segments.append([])
    else:
        segments[-1].append(" ")


def is_hidden(element: Element) -> bool:
    """An element the browser does not show (scripts, `hidden`, screen-reader-only text)."""
    tag = element.tag
    if not isinstance(tag, str) or tag in INVISIBLE:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    classes = (element.get("class") or "").lower()
    return any(word in classes for word in ("sr-only", "visually-hidden", "screen-reader"))


def marker_words(element: Element) -> set[str]:
    """Words of an element's class, id, itemprop, role, data-type, data-testid, data-hook (Wix):
    `c-byline__by` → byline, by."""
    words: set[str] = set()
    for name in ("class", "id", "itemprop", "role", "data-type", "data-testid", "data-hook"):
        value = element.get(name)
        if value and name == "class":
            value = without_taxonomy(value)
        if value:
            value = CAMEL_HUMP.sub(" ", value).lower()
            words.update(word for word in _SPLIT_WORDS.split(value) if word)
            words.update(token.replace("-", "").replace("_", "") for token in value.split())
    return words


def is_chrome(element: Element, stop: Element | None = None) -> bool:
    """Whether an element sits in a menu, footer, comment thread or teaser (below `stop`)."""
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag == "article" and ancestor.find(".//h1") is not None:
            continue  # the article with its headline (Substack's `newsletter-post`), no teaser
        if ancestor.tag in ("body", "html"):
            continue  # a theme's layout classes (`nav-below-header right-sidebar`): the page
        words = marker_words(ancestor)
        hits = words & CHROME_WORDS
        if hits == {"card"} and words & _HEADLINE_BOX and ancestor.find(".//h1") is not None:
            continue  # the headline's own box (La Presse's `headlineCard`), no teaser's card
        if hits == {"sidebar"} and ancestor.tag not in CHROME_TAGS and _holds_article(ancestor):
            continue  # a layout's wrapper (`content-sidebar-wrap`): a sidebar holds no article
        if ancestor.tag in CHROME_TAGS or hits:
            return True
        if ancestor.tag == "footer" and ancestor.xpath("not(ancestor::article)"):
            return True  # the site's footer; an article's own footer may carry its byline
    return False


def _holds_article(element: Element) -> bool:
    """Whether an element holds an article with its headline: an `<article>` or `<main>`, and
    an `<h1>` inside it."""
    return any(inner.find(".//h1") is not None for inner in element.iter("article", "main"))


def in_other_article(element: Element, scope: Element, text: Element | None = None) -> bool:
    """Whether an element sits in an `<article>` below scope: a teaser, a related story; not
    the one that holds the article's `text` (Drupal sets the headline outside it)."""
    for ancestor in element.iterancestors():
        if ancestor is scope:
            return False
        if ancestor.tag == "article":
            return text is None or not contains(ancestor, text)
    return False


def article_text(scope: Element) -> str:
    """The visible text of scope without its menus, comments, teasers and other articles."""
    parts: list[str] = [scope.text or ""]
    for child in scope:
        _collect_article_text(child, parts)
    return clean_text("".join(parts))


def _collect_article_text(element: Element, parts: list[str]) -> None:
    chrome = isinstance(element.tag, str) and (
        element.tag in CHROME_TAGS or bool(marker_words(element) & CHROME_WORDS)
    )
    if chrome or is_hidden(element):
        parts.append(" " + (element.tail or ""))
        return
    parts.append(" " + (element.text or ""))
    for child in element:
        _collect_article_text(child, parts)
    parts.append(" " + (element.tail or ""))


def in_figure(element: Element) -> bool:
    """Whether an element is part of an image, its caption or its credit."""
    return any(a.tag in ("figure", "figcaption", "picture") for a in element.iterancestors())


def find_text_start(scope: Element) -> Element | None:
    """The second long paragraph of the article's text: a lead or a byline sits above it."""
    paragraphs = [p for p in scope.iter("p", "div") if _is_long_paragraph(p)]
    if not paragraphs:
        return None
    container = _main_parent(paragraphs)
    own = [p for p in paragraphs if p.getparent() is container]
    return own[1] if len(own) > 1 else None


def find_text_container(scope: Element) -> Element | None:
    """The element holding the article's text: the parent of most of its long paragraphs, else
    the element whose own text (paragraphs split by `<br>`) is the longest."""
    paragraphs = [p for p in scope.iter("p", "div") if _is_long_paragraph(p)]
    if paragraphs:
        return _main_parent(paragraphs)
    best, best_length = None, 400
    for element in iter_elements(scope):
        own = len(clean_text(element.text))
        length = own + sum(len(clean_text(child.tail)) for child in element)
        if length > best_length:
            best, best_length = element, length
    return best


def _main_parent(paragraphs: list[Element]) -> Element:
    counts: dict[Element, int] = {}
    for paragraph in paragraphs:
        counts[paragraph.getparent()] = counts.get(paragraph.getparent(), 0) + 1
    return max(counts, key=lambda parent: counts[parent])


def _is_long_paragraph(element: Element) -> bool:
    if element.tag == "div" and any(child.tag in BLOCKS for child in element):
        return False
    return len(visible_text(element)) >= 120 and not is_hidden(element)


def is_home_link(link: Element) -> bool:
    """A link to the site's home page (`/`, `https://site.ch/`, `rel=home`)."""
    href = (link.get("href") or "x").split("#")[0].split("?")[0]
    return link.get("rel") == "home" or urlsplit(href).path in ("", "/")


def read_metas(tree: Element) -> dict[str, list[str]]:
    """Every `<meta>` value by its lower-cased property, name or itemprop, in page order."""
    metas: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        content = clean_text(element.get("content"))
        if not content:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (element.get(attribute) or "").strip().lower()
            if key:
                metas.setdefault(key, []).append(content)
    return metas


def first_meta(metas: dict[str, list[str]], *names: str) -> str | None:
    """The first value among `<meta>` names, in the order the names are given."""
    for name in names:
        values = metas.get(name)
        if values:
            return values[0]
    return None


def iter_elements(root: Element, tags: tuple[str, ...] | None = None) -> Iterator[Element]:
    """Elements below root in document order, skipping comments and invisible elements."""
    for element in root.iter(*tags) if tags else root.iter():
        if isinstance(element.tag, str) and element.tag not in INVISIBLE:
            yield element


def contains(ancestor: Element, element: Element) -> bool:
    """Whether element is ancestor itself or inside it."""
    return element is ancestor or any(a is ancestor for a in element.iterancestors())


def precedes(first: Element, second: Element, order: dict[Element, int]) -> bool:
    """Whether first comes before second in document order (`order` from `number_elements`)."""
    return order.get(first, 0) < order.get(second, 0)


def number_elements(tree: Element) -> dict[Element, int]:
    """Each element's position in document order."""
    return {element: index for index, element in enumerate(tree.iter())}
