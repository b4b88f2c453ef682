"""A saved page's section (rubrique) and standfirst (chapô).

The section is what the page declares (JSON-LD `articleSection`, `article:section`), else the
last breadcrumb item that is neither the home page nor the article (links between `|` are a
menu, no breadcrumb), else a line that names it (`Rubrique : Economie`), else a section link
above the headline. The standfirst is a distinct lead element (`.chapo`, `.lead`,
`.article__intro`…) above the article's text, or the element that shows the page's description
there — never the description alone, which is often the site's blurb or the first paragraph
again.
"""

from __future__ import annotations

import re

from .casing import restore_label
from .jsonld import read_breadcrumb, text_of
from .webdom import (
    BLOCKS,
    Element,
    PageParts,
    clean_text,
    first_meta,
    in_figure,
    in_other_article,
    is_chrome,
    is_hidden,
    is_home_link,
    marker_words,
    text_key,
    visible_text,
)
from .webtitle import agrees

_SECTION_METAS = ("article:section", "og:article:section", "section", "parsely-section")
_HOME = frozenset(
    text_key(word)
    for word in ("Accueil", "Home", "Homepage", "Une", "À la une", "Non classé", "Uncategorized")
)
_CRUMB_WORDS = frozenset({"breadcrumb", "breadcrumbs", "ariane", "filariane", "crumbs", "crumb"})
#: What leads from one crumb to the next: `|`, `·` or `-` between links make a menu instead.
_CRUMB_SEPARATORS = frozenset(">»›/→")
_SECTION_LABEL = re.compile(
    r"^(?:rubriques?|cat[ée]gor(?:ie|y)|section)\s*:\s*(\S.{0,39})$", re.IGNORECASE
)
_LEAD_WORDS = frozenset(
    {"chapo", "chapeau", "chapô", "lead", "lede", "leadtext", "intro", "introduction"}
    | {"standfirst", "summary", "dek", "deck", "subtitle", "subheadline", "soustitre"}
    | {"accroche", "excerpt", "abstract", "resume", "résumé", "description", "teaser", "desc"}
)
_NOT_LEAD_WORDS = frozenset(
    {"art", "image", "img", "media", "photo", "picture", "video", "figure", "caption"}
    | {"author", "bio", "card", "related", "newsletter", "legend", "credit", "meta", "list"}
)
#: The most categories a post's own list of them holds (a site's list of all is longer).
MAX_POST_CATEGORIES = 4
_LEAD_TAGS = frozenset({"p", "div", "h2", "h3", "span", "section", "strong", "header"})


def read_section(page: PageParts, title: str | None, kicker: tuple[str | None, bool]) -> str | None:
    """The article's section, as the page declares or shows it, without a `Rubrique :` label."""
    section = _find_section(page, title, kicker)
    match = _SECTION_LABEL.match(section) if section else None
    return match.group(1).strip(" .") if match else section


def _find_section(
    page: PageParts, title: str | None, kicker: tuple[str | None, bool]
) -> str | None:
    for declared in (
        text_of(page.article.get("articleSection")),
        first_meta(page.metas, *_SECTION_METAS),
    ):
        declared = declared.split(",")[0].strip() if declared else None
        if declared and not declared.isdigit() and len(declared.split()) <= 6:
            if text_key(declared) in _HOME:
                continue
            return natural_label(declared)
    crumbs = read_breadcrumb(page.ld) or read_shown_breadcrumb(page.tree)
    for name, url in reversed(crumbs):
        if _is_section(name, url, title, page):
            return natural_label(name)
    labelled = read_labelled_section(page) or _category_link(page)
    if labelled:
        return natural_label(labelled)
    label, sectional = kicker
    return natural_label(label) if label and sectional else None


def read_labelled_section(page: PageParts) -> str | None:
    """The section a line above the text names: `Rubrique : Economie`, `Catégorie : Sport`."""
    for element in _iter_above(page.scope, page.text_start):
        if element.tag not in BLOCKS or in_figure(element) or is_chrome(element, page.scope):
            continue
        text = visible_text(element)
        match = _SECTION_LABEL.match(text) if len(text) <= 60 else None
        if match and len(match.group(1).split()) <= 5 and not set(match.group(1)) & set("|,/"):
            return match.group(1).strip(" .")
    return None


def _category_link(page: PageParts) -> str | None:
    """The category WordPress links in the article's credits (`<a rel="category tag">`), or the
    first of the post's few categories a list marked so links (Wix: `<ul class="categories">`
    of `/blog/categories/…` links)."""
    for link in page.scope.iter("a"):
        rel = (link.get("rel") or "").split()
        text = visible_text(link)
        if not 1 <= len(text.split()) <= 4 or is_chrome(link, page.scope):
            continue
        if "category" in rel or _in_category_list(link):
            return text
    return None


def _in_category_list(link: Element) -> bool:
    """A link to a category's page in a short list marked as the post's categories."""
    path = [part.casefold() for part in (link.get("href") or "").split("/")]
    if not {"categories", "category"} & set(path):
        return False
    box = next((up for up in link.iterancestors() if up.tag in ("ul", "ol", "div", "p")), None)
    marked = box is not None and bool(marker_words(box) & {"categories", "category"})
    return marked and len(box.findall(".//a")) <= MAX_POST_CATEGORIES


def natural_label(text: str) -> str:
    """A label in natural casing: `POINT DE VUE` → `Point de vue`, `suisse` → `Suisse`."""
    if text.islower():
        return text[:1].upper() + text[1:]
    return restore_label(text, {})


def _is_section(name: str, url: str | None, title: str | None, page: PageParts) -> bool:
    key = text_key(name)
    if not key or key in _HOME or len(name.split()) > 6:
        return False
    if key in {text_key(site) for site in page.site_names}:
        return False
    if title and agrees(name, title):
        return False
    if title and len(name.split()) >= 3 and text_key(title).startswith(key):
        return False  # the article itself, its headline cut short
    return not (url and page.article and url in (page.article.get("url"), page.article.get("@id")))


def read_shown_breadcrumb(tree: Element) -> list[tuple[str, str | None]]:
    """The items of the breadcrumb the page shows: a marked trail, or `Accueil > … > …`."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or not _is_crumb_trail(element):
            continue
        items = element.findall(".//li") or _trail_items(element)
        # (an item holding its separator after it: K2's `Régions<span class="divider"> /`)
        found = [(_without_separators(visible_text(item)), _href(item)) for item in items]
        found = [(name, url) for name, url in found if name]
        if found:
            return found
    for element in tree.iter():
        if isinstance(element.tag, str) and _is_plain_trail(element):
            return [(visible_text(link), link.get("href")) for link in element.findall("a")]
    return []


def _without_separators(text: str) -> str:
    """A crumb's text without the separators around it (`Régions /`)."""
    return text.strip(" " + "".join(_CRUMB_SEPARATORS))


def _trail_items(trail: Element) -> list[Element]:
    """A trail's links and the labels between or after them: the last item, the page's own
    place (`… › <span>Régions</span>`), is often no link."""
    items: list[Element] = []
    for element in trail.iter("a", "span", "strong", "b", "em"):
        if element is trail or any(item in element.iterancestors() for item in items):
            continue
        if _without_separators(visible_text(element)):
            items.append(element)
    return items


def _href(item: Element) -> str | None:
    link = item if item.tag == "a" else item.find(".//a")
    return link.get("href") if link is not None else None


def _is_crumb_trail(element: Element) -> bool:
    if element.tag in ("script", "style", "head"):
        return False
    label = (element.get("aria-label") or "").lower()
    if "ariane" in label or "breadcrumb" in label:
        return True
    return bool(marker_words(element) & _CRUMB_WORDS) or "Breadcrumb" in (
        element.get("itemtype") or ""
    )


def _is_plain_trail(element: Element) -> bool:
    """Links to the home page and onwards, with only `>`, `»` or `/` between them."""
    links = element.findall("a")
    if len(links) < 2 or (element.text or "").strip() or in_figure(element):
        return False
    first = links[0]
    if text_key(visible_text(first)) not in _HOME and not is_home_link(first):
        return False
    for link in links[:-1]:
        between = (link.tail or "").strip()
        if not between or not set(between) <= _CRUMB_SEPARATORS | {" "}:
            return False
    return True


def read_standfirst(page: PageParts, title: str | None) -> str | None:
    """The article's lead, when the page sets it apart from the text."""
    limit = page.text_start
    for element in _iter_above(page.scope, limit):
        if _is_lead(element, page) and _acceptable(visible_text(element), title):
            if len([p for p in element.iter("p") if visible_text(p)]) >= 2:
                continue  # an introduction of several paragraphs is the text's own start
            return visible_text(element)
    return _shown_description(page, title, limit)


def _iter_above(scope: Element, limit: Element | None):
    """The elements of scope in page order, up to the article text's second paragraph."""
    for element in scope.iter():
        if element is limit:
            return
        if isinstance(element.tag, str):
            yield element


def _is_lead(element: Element, page: PageParts) -> bool:
    if element.tag not in _LEAD_TAGS:
        return False
    words = marker_words(element)
    marked = words & _LEAD_WORDS or {"sub", "headline"} <= words or {"sub", "title"} <= words
    if not marked or words & _NOT_LEAD_WORDS or element.get("itemprop") == "author":
        return False
    if element.find(".//li") is not None or element.find(".//h1") is not None:
        return False  # key points, or a wrapper around the headline
    if _holds_author(element) or not _text_outside_figures(element):
        return False  # an author's card (`.desc` with name and bio), a lead photo's caption
    return _placed_as_lead(element, page)


def _holds_author(element: Element) -> bool:
    return any(
        marker_words(inner) & {"author", "vcard", "bio"} or "author" in (inner.get("rel") or "")
        for inner in element.iterdescendants()
        if isinstance(inner.tag, str)
    )


def _text_outside_figures(element: Element) -> str:
    """What an element shows besides its images' captions and credits."""
    figures = element.xpath(".//figure | .//figcaption | .//picture")
    shown = visible_text(element)
    for figure in figures:
        if not in_figure(figure):
            shown = shown.replace(visible_text(figure), " ", 1)
    return shown.strip()


def _placed_as_lead(element: Element, page: PageParts) -> bool:
    """Visible, outside menus, captions, teasers and the headline."""
    if is_hidden(element) or in_figure(element) or is_chrome(element, page.scope):
        return False
    if page.headline is not None and element in page.headline.iterancestors():
        return False
    return not in_other_article(element, page.scope, page.text_start)


def _acceptable(text: str, title: str | None) -> bool:
    return 30 <= len(text) <= 1000 and not (title and agrees(text, title))


#: The fewest paragraphs beside one, of its class and prose, that make it one of the text's.
MIN_CLASSED_SIBLINGS = 2
MIN_PROSE_WORDS = 10


def _classed_like_text(element: Element) -> bool:
    """Whether the element is one of the text's paragraphs: its siblings of its tag share its
    class, however named."""
    parent, classes = element.getparent(), element.get("class")
    if parent is None or not classes:
        return False
    alike = [other for other in parent if other is not element and other.tag == element.tag]
    # (the text's paragraphs, prose: not a header's byline and date lines of the lead's class)
    prose = [other for other in alike if len(visible_text(other).split()) >= MIN_PROSE_WORDS]
    return sum(other.get("class") == classes for other in prose) >= MIN_CLASSED_SIBLINGS


def _shown_description(page: PageParts, title: str | None, limit: Element | None) -> str | None:
    """The element, above the text and set apart from it, that shows the page's description."""
    descriptions = [
        first_meta(page.metas, "description"),
        first_meta(page.metas, "og:description", "twitter:description"),
        text_of(page.article.get("description")),
    ]
    keys = {text_key(text) for text in descriptions if text and len(text) >= 40}
    if not keys:
        return None
    container = limit.getparent() if limit is not None else None
    for element in _iter_above(page.scope, limit):
        if element.tag not in _LEAD_TAGS:
            continue
        text = visible_text(element)
        if text_key(text) not in keys or not _placed_as_lead(element, page):
            continue
        if element.getparent() is container and not element.get("class"):
            continue  # the text's own first paragraph, which the description repeats
        if _classed_like_text(element):
            continue  # (`<p class="article-full__paragraph">`, as every paragraph after it)
        if _acceptable(text, title):
            return clean_text(text)
    return None
