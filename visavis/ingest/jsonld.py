"""A page's JSON-LD (schema.org): its nodes, the article among them, and what they name.

Pages write it in many shapes — one object, a list, a `@graph`, nodes pointing at each other
with `{"@id": …}`, a `WebPage` whose `mainEntity` is the article — and sometimes with trailing
commas or HTML comments around it; all are read, none is trusted blindly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from .webdom import Element, clean_text

_ARTICLE_TYPES = ("article", "blogposting", "liveblogposting", "socialmediaposting", "report")
_ORGANISATIONS = frozenset({"organization", "newsmediaorganization", "corporation", "newsagency"})
_WRAPPERS = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_STATE_CREDITS = ("authors", "author", "bylines", "byline", "credits", "by")
_STATE_NAMES = ("name", "displayName", "fullName")


@dataclass(frozen=True)
class JsonLd:
    """The JSON-LD nodes of a page, indexed by `@id`."""

    nodes: tuple[dict, ...] = ()
    ids: dict[str, dict] = field(default_factory=dict)

    def resolve(self, value: object) -> object:
        """A node in place of a bare `{"@id": …}` reference to it."""
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and "@id" in value:
            return self.ids.get(str(value["@id"]), value)
        return value


def read_json_ld(tree: Element) -> JsonLd:
    """Every JSON-LD node on the page (lists and `@graph`s flattened), readable or not skipped."""
    nodes: list[dict] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        data = _load_json(script.text or "")
        _flatten(data, nodes)
    ids = {str(node["@id"]): node for node in nodes if isinstance(node.get("@id"), str)}
    return JsonLd(tuple(nodes), ids)


def _load_json(text: str) -> object:
    text = _WRAPPERS.sub("", text.strip())
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    return None


def _flatten(data: object, nodes: list[dict]) -> None:
    if isinstance(data, list):
        for item in data:
            _flatten(item, nodes)
    elif isinstance(data, dict):
        if "@graph" in data:
            _flatten(data["@graph"], nodes)
        if "@type" in data:
            nodes.append(data)
            for key in ("mainEntity", "breadcrumb"):
                if isinstance(data.get(key), dict) and "@type" in data[key]:
                    _flatten(data[key], nodes)


def node_types(node: dict) -> set[str]:
    """A node's `@type`s, lower-cased, without their schema.org prefix."""
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(item).rsplit("/", 1)[-1].lower() for item in values if item}


def is_article(node: dict) -> bool:
    """Whether a node is a news article, report or blog post."""
    return any(kind.endswith(_ARTICLE_TYPES) for kind in node_types(node))


def find_article(ld: JsonLd, url: str | None = None, titles: tuple[str, ...] = ()) -> dict:
    """The article node: the one at the page's address, else the one whose headline is the
    page's title, else the first with a headline (a page may describe related articles too)."""
    articles = [node for node in ld.nodes if is_article(node)]
    if url:
        for node in articles:
            if url.rstrip("/") in (address.rstrip("/") for address in node_urls(ld, node)):
                return node
    keys = [_fold(title) for title in titles if title]
    for node in articles:
        headline = _fold(text_of(node.get("headline")) or "")
        if headline and any(headline in key or key in headline for key in keys if key):
            return node
    with_headline = [node for node in articles if node.get("headline")]
    return (with_headline or articles or [{}])[0]


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def node_urls(ld: JsonLd, node: dict) -> list[str]:
    """The addresses a node gives for itself: `url`, `mainEntityOfPage`, `@id`."""
    urls: list[str] = []
    for key in ("url", "mainEntityOfPage", "@id"):
        value = ld.resolve(node.get(key))
        if isinstance(value, dict):
            value = value.get("url") or value.get("@id")
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and value.startswith(("http", "/")):
            urls.append(value.split("#", 1)[0] if key == "@id" else value)
    return urls


def text_of(value: object) -> str | None:
    """A text value (the first of a list, a node's name), whitespace collapsed."""
    if isinstance(value, list):
        value = next((item for item in value if item), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return clean_text(str(value)) or None
    return None


def read_credits(ld: JsonLd, value: object) -> list[tuple[str, bool]]:
    """The names an `author` value gives, each with whether it names an organisation."""
    value = ld.resolve(value)
    if isinstance(value, list):
        return [credit for item in value for credit in read_credits(ld, item)]
    if isinstance(value, str):
        return [(value, False)] if value.strip() else []
    if not isinstance(value, dict):
        return []
    name = value.get("name")
    if not name and (value.get("givenName") or value.get("familyName")):
        name = f"{value.get('givenName', '')} {value.get('familyName', '')}"
    name = text_of(name)
    if not name:
        return []
    organisation = bool(node_types(value) & _ORGANISATIONS)
    return [(name, organisation)]


def read_state_credits(tree: Element, titles: tuple[str, ...]) -> list[str]:
    """The authors of the article a page's embedded app state describes (`__NEXT_DATA__` and
    other `application/json` scripts): the object whose `headline` or `title` is the page's."""
    keys = {_fold(title) for title in titles if title}
    for script in tree.iter("script"):
        if "json" not in (script.get("type") or "").lower() or "ld+json" in script.get("type"):
            continue
        stack: list[tuple[object, int]] = [(_load_json(script.text or ""), 0)]
        while stack:
            value, depth = stack.pop()
            if isinstance(value, dict) and _state_title(value) in keys:
                names = _state_names(next((value[k] for k in _STATE_CREDITS if k in value), None))
                if names:
                    return names
            if depth < 8 and isinstance(value, (dict, list)):
                items = value.values() if isinstance(value, dict) else value
                stack.extend((item, depth + 1) for item in reversed(list(items)))
    return []


def _state_title(node: dict) -> str:
    title = node.get("headline") or node.get("title")
    return _fold(title) if isinstance(title, str) else ""


def _state_names(value: object) -> list[str]:
    """`"Anne Roy"`, `[{"name": "Anne Roy"}]`, `{"by": [...]}` → the names written."""
    if isinstance(value, str):
        return [clean_text(value)] if value.strip() else []
    if isinstance(value, list):
        return [name for item in value for name in _state_names(item)]
    if not isinstance(value, dict):
        return []
    name = next((value[key] for key in _STATE_NAMES if isinstance(value.get(key), str)), None)
    if name:
        return [clean_text(name)]
    return _state_names(next((value[key] for key in _STATE_CREDITS if key in value), None))


def read_publisher(ld: JsonLd, article: dict) -> str | None:
    """The name of the article's publisher, or of the page's `WebSite` or news organisation."""
    publisher = ld.resolve(article.get("publisher"))
    name = text_of(publisher)
    if name:
        return name
    for kinds in ({"newsmediaorganization"}, {"website"}):
        for node in ld.nodes:
            if node_types(node) & kinds and text_of(node.get("name")):
                return text_of(node.get("name"))
    return None


def read_breadcrumb(ld: JsonLd) -> list[tuple[str, str | None]]:
    """The items of the page's `BreadcrumbList`, in position order: (name, address)."""
    for node in ld.nodes:
        if "breadcrumblist" not in node_types(node):
            continue
        items = node.get("itemListElement")
        items = items if isinstance(items, list) else [items]
        found = []
        for rank, item in enumerate(items):
            if isinstance(item, dict):
                found.append((_position(item, rank), *_crumb(ld, item)))
        return [(name, url) for _, name, url in sorted(found) if name]
    return []


def _position(item: dict, rank: int) -> float:
    try:
        return float(item.get("position", rank))
    except (TypeError, ValueError):
        return float(rank)


def _crumb(ld: JsonLd, item: dict) -> tuple[str, str | None]:
    target = ld.resolve(item.get("item"))
    name = text_of(item.get("name")) or text_of(target) or ""
    url = target if isinstance(target, str) else None
    if isinstance(target, dict):
        url = target.get("@id") or target.get("url")
    return name, url if isinstance(url, str) else None
