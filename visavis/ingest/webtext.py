"""Text of a saved page's elements: which tags flow inline, spaces collapsed, words compared."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

#: Elements whose text runs into its neighbours' (no word break at their edges), as browsers
#: lay them out; every other element starts a new line of text.
INLINE_TAGS = frozenset(
    {
        *("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del"),
        *("dfn", "em", "font", "i", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small"),
        *("span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "img"),
    }
)
#: Elements whose whole text is in bold type.
BOLD_TAGS = frozenset({"b", "strong"})
_SPACE_RUN = re.compile(r"\s+")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_WORD = re.compile(r"[^\W_]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


@dataclass(frozen=True)
class Piece:
    """One block of text as the page lays it out, with what the filters need to judge it."""

    kind: str  # paragraph, heading, quote, pull, list
    text: str = ""
    items: tuple[str, ...] = ()
    attribution: str | None = None
    level: int = 0
    bold: bool = False
    linked: bool = False
    timed: bool = False
    names: str = ""


def tag_of(element: lxml_html.HtmlElement) -> str:
    """The element's lower-case tag name; empty for comments and processing instructions."""
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def is_inline(element: lxml_html.HtmlElement) -> bool:
    """Whether the element flows inside a line of text (comments count as inline)."""
    tag = tag_of(element)
    return not tag or tag in INLINE_TAGS


def collapse(text: str) -> str:
    """Whitespace runs (no-break spaces included) to one space; invisible marks removed."""
    return _SPACE_RUN.sub(" ", _INVISIBLE.sub("", text)).strip()


def words(text: str) -> list[str]:
    """Casefolded words (punctuation and apostrophes split words)."""
    return _WORD.findall(text.casefold())


def word_count(text: str) -> int:
    """Number of words in text, as `words` counts them."""
    return len(_WORD.findall(text))


def plain(text: str) -> str:
    """Text for comparing two renderings of one sentence: quotes and spaces unified."""
    return " ".join(collapse(text).translate(_QUOTES).split()).casefold()


def class_words(element: lxml_html.HtmlElement) -> str:
    """The element's class, id, data-type and data-testid (React's one hint beside hashed
    classes: `video-player`) as one lower-case string (`entry-content main`),
    without the classes that only name the article's tags (`tag-social`, `category-partage`);
    a CSS module's component parted (`NewsletterTeaser_root__Hs2k9`: `newsletter-teaser_…`)."""
    parts = [element.get(name) for name in ("class", "id", "data-type", "data-testid")]
    names = " ".join(_CSS_MODULE.sub(_parted, part) for part in parts if part)
    names = _K2_CLASS.sub(lambda match: CAMEL_HUMP.sub("-", match.group()), names)
    return without_taxonomy(names.lower())


#: Joomla K2's item classes (`itemRelated`, `itemSocialSharing`, `itemToolbar`), parted into
#: their words as a dashed class would be (`item-related`).
_K2_CLASS = re.compile(r"(?<!\S)item[A-Z][A-Za-z]+(?!\S)")
#: Where a camel-cased name starts its next word (`itemRelated`, `headlineCard`).
CAMEL_HUMP = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z])")


#: A CSS module's class name, `NewsletterTeaser_root__Hs2k9`: a CamelCase component, its part,
#: a hash. Only the component is parted: `ParagraphGroup_withAds__x` names no ad box.
_CSS_MODULE = re.compile(r"(?<!\S)(?P<module>[A-Z][A-Za-z0-9]+)(?P<rest>_[A-Za-z0-9]+__[\w-]+)")
#: Where a CamelCase name starts a word: `NewsletterTeaser`.
_CAMEL_CASE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z])")


def _parted(match: re.Match[str]) -> str:
    return _CAMEL_CASE.sub("-", match.group("module")) + match.group("rest")


#: Classes a CMS derives from the article's tags and categories (Ghost, WordPress, Drupal):
#: they name the topic (`tag-social`, `category-partage`), never what the element is.
_TAXONOMY = re.compile(
    r"(?<!\S)(?:tag|tags|post_tag|category|categorie|cat|topic|term|taxonomy-term)-\S*",
    re.IGNORECASE,
)


#: A theme's layout classes, which say the page has a sidebar, not that this is one:
#: `layout-right-sidebar`, `has-sidebar` (`right-sidebar`, `sidebar-left` often name the
#: sidebar itself).
_LAYOUT = re.compile(
    r"(?<!\S)(?:layout-\S*sidebar\S*|(?:no|has|with)-sidebar)(?!\S)", re.IGNORECASE
)


def without_taxonomy(value: str) -> str:
    """A class attribute without its tag and category classes, nor a theme's layout classes
    naming where its sidebar goes."""
    return " ".join(_LAYOUT.sub(" ", _TAXONOMY.sub(" ", value)).split())


def find_run(needle: list[str], haystack: list[str], start: int = 0) -> int:
    """Index where needle occurs as a contiguous run in haystack at or after start, or -1."""
    if not needle:
        return start
    first, size = needle[0], len(needle)
    at = start
    while True:
        try:
            at = haystack.index(first, at)
        except ValueError:
            return -1
        if haystack[at : at + size] == needle:
            return at
        at += 1


def own_texts(root: lxml_html.HtmlElement) -> dict[lxml_html.HtmlElement, str]:
    """The text each block element holds itself (inline children included, blocks not)."""
    owners = [root]
    parts: dict[lxml_html.HtmlElement, list[str]] = {}
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = tag_of(element)
        block = not is_inline(element) or element is root
        if event == "start":
            if block and tag != "br":
                owners.append(element)
            text = " " if tag == "br" else (element.text or "") if tag else ""
            parts.setdefault(owners[-1], []).append(text)
            continue
        if block and tag != "br":
            owners.pop()
        if element is not root and element.tail:
            parts.setdefault(owners[-1], []).append(element.tail)
    return {block: "".join(texts) for block, texts in parts.items()}


def tally_words(
    root: lxml_html.HtmlElement, counts: dict[lxml_html.HtmlElement, int]
) -> dict[lxml_html.HtmlElement, int]:
    """Words below each element (itself included), from the words each block holds itself."""
    totals: dict[lxml_html.HtmlElement, int] = {}
    for block, count in counts.items():
        if not count:
            continue
        totals[block] = totals.get(block, 0) + count
        if block is root:
            continue
        for ancestor in block.iterancestors():
            totals[ancestor] = totals.get(ancestor, 0) + count
            if ancestor is root:
                break
    return totals


def prose_totals(
    root: lxml_html.HtmlElement, minimum: int = 12
) -> dict[lxml_html.HtmlElement, int]:
    """Words of prose (blocks of at least `minimum` words) below each element, root included."""
    counts = {block: len(text.split()) for block, text in own_texts(root).items()}
    return tally_words(root, {block: n for block, n in counts.items() if n >= minimum})


def flat_text(element: lxml_html.HtmlElement, skip: frozenset[str] = frozenset()) -> str:
    """All text of an element, a space at every block edge and `<br>`, `skip` tags left out."""
    parts: list[str] = []
    walk = etree.iterwalk(element, events=("start", "end"))
    for event, node in walk:
        tag = tag_of(node)
        if event == "start":
            if node is not element and tag in skip:
                walk.skip_subtree()
                continue
            if not is_inline(node) or tag == "br":
                parts.append(" ")
            parts.append((node.text or "") if tag else "")  # a comment's text is not shown
            continue
        if not is_inline(node):
            parts.append(" ")
        if node is not element:
            parts.append(node.tail or "")
    return collapse("".join(parts))


def shown_texts(tree: lxml_html.HtmlElement) -> list[str]:
    """The texts of a page's body as a browser shows them (scripts and styles left out)."""
    body = tree.find("body")
    if body is None:
        return []
    hidden = ("script", "style", "noscript", "template")
    found = []
    for element in body.iter():
        tag = tag_of(element)
        if tag and tag not in hidden and element.text:
            found.append(element.text)
        if element.tail:
            found.append(element.tail)
    return found
