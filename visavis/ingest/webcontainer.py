"""Where a cleaned page keeps its article: the element (or run of elements) to read it from.

The article's prose is told from the rest by a reference: the page's JSON-LD `articleBody`
when it has one, else trafilatura's choice of the main text (a benchmarked extractor). The
container is then the page's own article element — `[itemprop=articleBody]`, `.article-body`,
`.entry-content`, `.field--name-body`, `article`, `main` — the tightest one that holds nearly
all of that prose. A page without one (table layouts, anonymous divs) gets the block whose
prose outweighs everything else it holds, read between its first and last paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from lxml import html as lxml_html

from .webtext import class_words, is_inline, own_texts, tag_of, tally_words, words

_BODY = re.compile(
    r"(?<![a-z0-9])(?:(?:article|story|entry|post|art|news|node)[-_]{0,2}"
    r"(?:body|content|text|texte|corps|contenu)|(?:content|body|rich)[-_]{0,2}(?:body|text|texte)"
    r"|field-{1,2}name-{1,2}body|articlebody)(?![a-z0-9])"
)
#: A page's imprint: copyright, rights, postal address or telephone (never article prose).
_IMPRINT = re.compile(
    r"©|\(c\)\s*\d{4}|tous droits réservés|reproduction interdite|all rights reserved"
    r"|\btél\.?\s*:?\s*[+(\d]|\bfax\b",
    re.IGNORECASE,
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: A block holding fewer words than this is not prose (headings, labels, bylines).
PROSE_WORDS = 12
#: A prose block is the article's when this share of its words is in the reference text.
MATCH_SHARE = 0.7
#: The tightest container is kept when it holds this share of the best one's prose.
NEARLY_ALL = 0.95
#: What a word of a link, or of other text (headings, lists…), costs a guessed container.
LINK_COST = 0.5
OTHER_TEXT_COST = 0.1
#: Article prose pushed out of its container is looked for this many levels up.
REACH = 3
#: Pages holding more text than this are not handed to trafilatura (it takes seconds).
MAX_REFERENCE_CHARS = 1_500_000


@dataclass(frozen=True)
class Container:
    """The elements the article is read from, in document order; `trim` when they are a guess."""

    roots: tuple[lxml_html.HtmlElement, ...]
    trim: bool = False


@dataclass(frozen=True)
class _Scores:
    """Words below each element: of the article's prose, of any text, of links."""

    prose: dict[lxml_html.HtmlElement, int]
    total: dict[lxml_html.HtmlElement, int]
    links: dict[lxml_html.HtmlElement, int]


def find_container(
    root: lxml_html.HtmlElement, article_body: str | None, leads: tuple[str | None, ...] = ()
) -> Container | None:
    """The article's container in a cleaned page, or None when the page has no article prose.

    `leads` are texts the page gives before its article (headline, standfirst, description):
    a block repeating one is not the article's prose, which keeps the container tight.
    """
    texts = own_texts(root)
    counts = {block: len(text.split()) for block, text in texts.items()}
    prose = _article_prose(texts, counts, _reference(root, article_body, texts), leads)
    scores = _Scores(
        tally_words(root, prose), tally_words(root, counts), tally_words(root, _link_words(root))
    )
    page = scores.prose.get(root, 0)
    bodies, structures = _named_candidates(root)
    if page < PROSE_WORDS:  # a short text is an article only where the page says so
        named = [group for group in bodies if _sum(scores.total, group)]
        return Container(max(named, key=lambda g: _sum(scores.total, g))) if named else None
    named = bodies + structures
    best = max((_sum(scores.prose, group) for group in named), default=0)
    if best < page / 2:
        return Container(_span(_densest(prose, scores, page), list(prose)), trim=True)
    group = min(
        (group for group in named if _sum(scores.prose, group) >= NEARLY_ALL * best),
        key=lambda group: _sum(scores.total, group),
    )
    if len(group) > 1:
        return Container(_span(_common_ancestor(group[0], group[-1]), list(group)))
    return Container(_extend(group[0], {b: n for b, n in counts.items() if n >= PROSE_WORDS}))


def _article_prose(
    texts: dict[lxml_html.HtmlElement, str],
    counts: dict[lxml_html.HtmlElement, int],
    reference: frozenset[tuple[str, str]] | None,
    leads: tuple[str | None, ...],
) -> dict[lxml_html.HtmlElement, int]:
    """The blocks of prose that are the article's (the reference has them, no lead repeats
    them), with their word counts."""
    lead = _pairs([word for text in leads if text for word in (*words(text), "")])
    return {
        block: counts[block]
        for block, text in texts.items()
        if counts[block] >= PROSE_WORDS
        and tag_of(block) not in _HEADINGS
        and not _IMPRINT.search(text)
        and _is_article(text, reference)
        and not _is_article(text, lead)
    }


def _reference(
    root: lxml_html.HtmlElement, article_body: str | None, texts: dict
) -> frozenset[tuple[str, str]] | None:
    """Pairs of words of the article as the page's JSON-LD and trafilatura see it (either
    may say too little: the JSON-LD a summary, trafilatura a part); None if neither says."""
    pairs: frozenset[tuple[str, str]] = frozenset()
    if article_body and len(article_body.split()) >= PROSE_WORDS:
        pairs = _pairs(words(article_body))
    if sum(len(text) for text in texts.values()) <= MAX_REFERENCE_CHARS:
        import trafilatura

        text = trafilatura.extract(
            root, include_comments=False, include_tables=True, favor_recall=True
        )
        if text and len(text.split()) >= PROSE_WORDS:
            pairs |= _pairs(words(text))
    return pairs or None


def _link_words(root: lxml_html.HtmlElement) -> dict[lxml_html.HtmlElement, int]:
    """Words of links, counted for the block that holds each link."""
    counts: dict[lxml_html.HtmlElement, int] = {}
    for link in root.iter("a"):
        block = next((e for e in link.iterancestors() if not is_inline(e)), root)
        counts[block] = counts.get(block, 0) + len(link.text_content().split())
    return counts


def _pairs(found: list[str]) -> frozenset[tuple[str, str]]:
    """Pairs of neighbouring words: shared pairs say that two texts share sentences."""
    return frozenset(pairwise(found))


def _is_article(text: str, reference: frozenset[tuple[str, str]] | None) -> bool:
    """Whether most pairs of neighbouring words of the text are in the reference."""
    if reference is None:
        return True
    pairs = list(pairwise(words(text)))
    return sum(pair in reference for pair in pairs) >= MATCH_SHARE * len(pairs)


def is_named_body(element: lxml_html.HtmlElement) -> bool:
    """Whether the page names the element as its article or its article's text."""
    if tag_of(element) in ("article", "main") or element.get("itemprop") == "articleBody":
        return True
    return bool(_BODY.search(class_words(element)))


def _named_candidates(root: lxml_html.HtmlElement) -> tuple[list[tuple], list[tuple]]:
    """Elements named as the article's text, each name as one group; every article and main."""
    groups: dict[str, list[lxml_html.HtmlElement]] = {}
    singles: list[tuple[lxml_html.HtmlElement, ...]] = []
    for element in root.iter():
        tag = tag_of(element)
        if not tag:
            continue
        if tag in ("article", "main") or element.get("role") == "main":
            singles.append((element,))
        if element.get("itemprop") == "articleBody":
            groups.setdefault("itemprop", []).append(element)
        match = _BODY.search(class_words(element))
        if match:
            groups.setdefault(match.group(), []).append(element)
    return [_outermost(members) for members in groups.values()], singles


def _outermost(members: list[lxml_html.HtmlElement]) -> tuple[lxml_html.HtmlElement, ...]:
    """Members not inside another member, in document order."""
    chosen = set(members)
    return tuple(m for m in members if not any(a in chosen for a in m.iterancestors()))


def _common_ancestor(
    first: lxml_html.HtmlElement, second: lxml_html.HtmlElement
) -> lxml_html.HtmlElement:
    """The innermost element holding both (one of them, when it holds the other)."""
    above = {first, *first.iterancestors()}
    return next(e for e in (second, *second.iterancestors()) if e in above)


def _branch(top: lxml_html.HtmlElement, element: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The child of `top` that holds `element` (top itself when they are the same)."""
    if element is top:
        return top
    return next(e for e in (element, *element.iterancestors()) if e.getparent() is top)


def _span(
    top: lxml_html.HtmlElement, members: list[lxml_html.HtmlElement]
) -> tuple[lxml_html.HtmlElement, ...]:
    """The children of `top` from the one holding its first member to the last one's."""
    inside = [m for m in members if m is top or top in m.iterancestors()]
    if not inside or top in inside:
        return (top,)
    branches = {_branch(top, member) for member in inside}
    children = [child for child in top if tag_of(child)]
    chosen = [i for i, child in enumerate(children) if child in branches]
    return tuple(children[chosen[0] : chosen[-1] + 1])


def _extend(
    container: lxml_html.HtmlElement, prose: dict[lxml_html.HtmlElement, int]
) -> tuple[lxml_html.HtmlElement, ...]:
    """The container, and what follows it up to the last prose that broken markup pushed out
    of it (`</div>` too early): `REACH` levels up at most, never into another article."""
    roots = [container]
    node = container
    for _level in range(REACH):
        parent = node.getparent()
        if parent is None:
            break
        for sibling in node.itersiblings():
            if _starts_other(sibling):
                return _keep_prose(roots, prose)
            roots.append(sibling)
        node = parent
    return _keep_prose(roots, prose)


def _starts_other(element: lxml_html.HtmlElement) -> bool:
    """Whether an element begins something else: another article, a headline, a named body."""
    for inner in element.iter():
        tag = tag_of(inner)
        if tag in ("article", "h1", "h2", "main") or _BODY.search(class_words(inner)):
            return True
    return False


def _keep_prose(
    roots: list[lxml_html.HtmlElement], prose: dict[lxml_html.HtmlElement, int]
) -> tuple[lxml_html.HtmlElement, ...]:
    """The roots up to the last one holding prose, when what was added holds enough of it."""
    counts = [sum(prose.get(inner, 0) for inner in root.iter()) for root in roots[1:]]
    holding = [i for i, count in enumerate(counts) if count]
    if len(holding) < 2 or sum(counts) < 2 * PROSE_WORDS:
        return (roots[0],)
    return tuple(roots[: holding[-1] + 2])


def _sum(totals: dict[lxml_html.HtmlElement, int], group: tuple) -> int:
    """The total of a group of elements."""
    return sum(totals.get(element, 0) for element in group)


def _densest(
    prose: dict[lxml_html.HtmlElement, int], scores: _Scores, page: int
) -> lxml_html.HtmlElement:
    """The block, parent or grandparent of prose blocks that holds most of the article's prose
    and least other text: links (menus, related articles) cost most; headings, lists and
    short lines little (they are the article's too, often)."""
    candidates = {}
    for block in prose:
        candidates[block] = None
        parent = block.getparent()
        if parent is not None:
            candidates[parent] = None
            if parent.getparent() is not None:
                candidates[parent.getparent()] = None

    def weight(element: lxml_html.HtmlElement) -> tuple[float, int]:
        article, links = scores.prose.get(element, 0), scores.links.get(element, 0)
        other = max(0, scores.total.get(element, 0) - article - links)
        return article - LINK_COST * links - OTHER_TEXT_COST * other, article

    holding = [element for element in candidates if scores.prose.get(element, 0) >= page / 2]
    return max(holding or candidates, key=weight)
