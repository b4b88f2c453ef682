"""A saved page's headline and the label above it.

The headline is what the page shows: the `<h1>` that agrees with the declared title (JSON-LD
`headline`, `og:title`, `<title>`), else the article's `<h1>`, else the element that shows the
declared title, else that title with the site's name (` | Le Monde`, `Le Temps | …`) removed.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .jsonld import text_of
from .webdom import (
    CHROME_WORDS,
    Element,
    clean_text,
    contains,
    first_meta,
    is_chrome,
    is_hidden,
    is_home_link,
    iter_elements,
    marker_words,
    text_key,
    visible_text,
)
from .webpublisher import SEPARATOR, strip_site_name

#: Marker words and texts of labels that say what kind of piece it is, not where it belongs.
_GENRE_WORDS = frozenset(
    {"genre", "type", "format", "live", "direct", "badge", "flag", "premium", "sponsor"}
    | {"sponsored", "exclusive", "paywall", "subscriber", "abonne", "breaking"}
)
#: The folders of a site's section pages: `/rubrique/jura`, `/category/societe/`.
_SECTION_PATHS = frozenset({"rubrique", "rubriques", "section", "sections", "category"})
_GENRE_LABELS = frozenset(
    text_key(label)
    for label in (
        *("En direct", "Direct", "Live", "Exclusif", "Abonnés", "Premium", "Vidéo", "Vidéos"),
        *("Diaporama", "Podcast", "Audio", "Infographie", "Publireportage", "Sponsorisé"),
        *("Contenu partenaire", "Partenaire", "Dernière minute", "Alerte", "Réservé aux abonnés"),
        *("Entretien", "Interview", "Reportage", "Enquête", "Analyse", "Décryptage", "Portrait"),
        *("Publicité", "Annonce", "Sponsored", "Advertisement", "Nouveau", "Mis à jour"),
    )
)
_TEASER_WORDS = CHROME_WORDS | {"teaser", "preview", "excerpt", "summary", "item", "tile"}
_BADGE_WORDS = _GENRE_WORDS | {"badge", "icon", "pill", "kicker", "overline", "surtitre"}
_SHOWN_TAGS = ("h1", "h2", "h3", "div", "td", "span", "b", "strong", "p", "font", "header")


def declared_titles(
    metas: dict[str, list[str]], article: dict, tree: Element
) -> list[tuple[str, str]]:
    """The titles the page declares, most trusted first, each with where it was read."""
    title = tree.find(".//title")
    titles = [
        (text_of(article.get("headline")) or text_of(article.get("name")), "json-ld"),
        (first_meta(metas, "og:title"), "og:title"),
        (first_meta(metas, "twitter:title"), "twitter:title"),
        (clean_text(title.text_content()) if title is not None else None, "title"),
    ]
    return [(text, source) for text, source in titles if text]


def find_headline(
    tree: Element, declared: list[tuple[str, str]], names: list[str]
) -> Element | None:
    """The element that shows the article's headline, if the page shows it."""
    name_keys = {text_key(name) for name in names}
    h1s = [
        h1
        for h1 in iter_elements(tree, ("h1",))
        if not is_hidden(h1)
        and not is_chrome(h1)
        and not _is_logo(h1)
        and _plausible(visible_text(h1), name_keys)
    ]
    for h1 in h1s:
        if any(agrees(visible_text(h1), text) for text, _ in declared):
            return h1
    content = find_content(tree)
    for h1 in h1s:
        if content is not None and contains(content, h1):
            return h1
    if len(h1s) == 1 and len(visible_text(h1s[0]).split()) >= 2:
        return h1s[0]
    showing = _find_showing(tree, declared, names)
    site_only = all(text_key(text) in name_keys for text, _ in declared)
    if showing is None and not h1s and site_only:
        return _marked_heading(tree, name_keys)
    return showing


def _marked_heading(tree: Element, name_keys: set[str]) -> Element | None:
    """On a page without a headline's `<h1>` nor a title naming more than the site, the first
    `<h2>` its class calls a title (`<h2 class="titre_article">`), outside menus and teasers."""
    for heading in iter_elements(tree, ("h2",)):
        words = marker_words(heading)
        if not words & {"titre", "title", "headline"} or words & _BOX_TITLE_WORDS:
            continue  # (a section's or a module's title: `section-title`, `module-title`)
        if is_hidden(heading) or is_chrome(heading):
            continue
        text = visible_text(heading)
        if len(text.split()) >= 3 and _plausible(text, name_keys) and _over_prose(heading):
            return heading
    return None


#: What a title's class names when it heads a box, not an article.
_BOX_TITLE_WORDS = frozenset({"section", "rubrique", "module", "bloc", "block", "widget", "box"})
#: The fewest words of prose (outside links) beside a headline, in its block.
MIN_PROSE_BESIDE = 50


def _over_prose(heading: Element) -> bool:
    """Whether the heading's block holds prose, not a module's list of links (`Les plus
    lus de la semaine`)."""
    block = heading.getparent()
    if block is None:
        return False
    linked = sum(len(visible_text(link).split()) for link in block.iter("a"))
    return len(visible_text(block).split()) - linked >= MIN_PROSE_BESIDE


def read_headline_text(headline: Element) -> str:
    """A headline's text without a badge inside it (`<span class="premium">Abonnés</span>`)."""
    text = visible_text(headline)
    for child in headline.iterdescendants():
        if not isinstance(child.tag, str) or child.tag not in ("span", "em", "i", "b", "small"):
            continue
        badge = visible_text(child)
        words = marker_words(child)
        if not badge or not (words & _BADGE_WORDS or text_key(badge) in _GENRE_LABELS):
            continue
        rest = text.removeprefix(badge) if text.startswith(badge) else text.removesuffix(badge)
        rest = rest.strip(" :.-–—|")
        if rest != text and len(rest.split()) >= 2 and len(badge) * 2 < len(text):
            text = rest
    return text


def _is_logo(h1: Element) -> bool:
    """An `<h1>` that holds the site's logo or a link to its home page."""
    if marker_words(h1) & {"logo", "brand", "sitename", "masthead", "sitetitle"}:
        return True
    home = any(is_home_link(link) for link in h1.iter("a"))
    return home or (h1.find(".//img") is not None and len(visible_text(h1).split()) <= 4)


def _plausible(text: str, name_keys: set[str]) -> bool:
    return 2 <= len(text) <= 400 and text_key(text) not in name_keys


def agrees(shown: str, declared: str) -> bool:
    """Whether a shown and a declared title are the same (one may be a shorter version)."""
    a, b = text_key(shown), text_key(declared)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= 15 and short in long and len(short) >= len(long) / 2)


def _find_showing(
    tree: Element, declared: list[tuple[str, str]], names: list[str]
) -> Element | None:
    """The visible element whose whole text is a declared title (without the site's name)."""
    name_keys = {text_key(name) for name in names}
    wanted: dict[str, int] = {}
    for text, _ in declared:
        for variant in _title_variants(text, names):
            if text_key(variant) not in name_keys:
                wanted.setdefault(text_key(variant), len(variant))
    if not wanted:
        return None
    shortest = min(wanted.values()) * 0.8
    longest = max(wanted.values()) * 1.5 + 20
    best, best_rank = None, (0, False)
    body = tree.find("body")
    for element in iter_elements(body if body is not None else tree, _SHOWN_TAGS):
        if not shortest <= len(element.text_content().strip()) <= longest:
            continue
        length = wanted.get(text_key(visible_text(element)), 0)
        rank = (length, element.tag in ("h1", "h2"))
        if not length or rank <= best_rank or is_chrome(element) or is_hidden(element):
            continue
        if not _in_trail(element) and not (element.tag == "h1" and _is_logo(element)):
            best, best_rank = element, rank
    return best


def _in_trail(element: Element) -> bool:
    """Whether an element is part of a breadcrumb trail (whose last item may be the title)."""
    crumbs = {"breadcrumb", "breadcrumbs", "ariane", "crumbs", "crumb"}
    return any(marker_words(a) & crumbs for a in (element, *element.iterancestors()))


def _title_variants(text: str, names: list[str]) -> list[str]:
    """A title, without the site's name, and each of its leading and trailing parts."""
    stripped = strip_site_name(text, names)
    parts = SEPARATOR.split(text)
    variants = [stripped]
    for index in range(1, len(parts)):
        variants.append(" ".join(parts[:index]))
        variants.append(" ".join(parts[index:]))
    return [variant for variant in variants if len(variant.split()) >= 2]


def find_content(tree: Element) -> Element | None:
    """The `<article>` (or schema.org `Article`) with the most text, if the page has one."""
    best, best_length = None, 0
    for element in tree.xpath(
        "//article | //*[contains(@itemtype,'Article') or contains(@itemtype,'BlogPosting')]"
    ):
        if marker_words(element) & _TEASER_WORDS or is_chrome(element):
            continue  # a teaser card, or an article in a list of related ones
        length = len(visible_text(element))
        if length > best_length:
            best, best_length = element, length
    return best if best_length >= 200 else None


def is_content(element: Element) -> bool:
    """Whether an element is an article of the page (not a teaser), with some text in it."""
    itemtype = element.get("itemtype") or ""
    if element.tag != "article" and "Article" not in itemtype and "BlogPosting" not in itemtype:
        return False
    if marker_words(element) & _TEASER_WORDS or is_chrome(element):
        return False
    return len(visible_text(element)) >= 200


_TRAIL = re.compile(r"\s*[›»>|]\s*|\s+/\s+")


def read_kicker(headline: Element | None) -> tuple[str | None, bool]:
    """The short label just above the headline, and whether it names a section (`Genève`,
    `Point de vue`) rather than a genre or a banner (`Entretien`, `En direct`)."""
    element = _one_item(_label_above(headline))
    if element is None:
        return None, False
    text = _label_text(element)
    if not 1 <= len(text.split()) <= 5 or len(text) > 40 or element.tag in ("nav", "ol", "ul"):
        return None, False
    words = marker_words(element)
    if any(mark in text for mark in "›»>/|"):
        return _trail_kicker(text, words)
    if words & {"breadcrumb", "breadcrumbs", "ariane", "date", "time", "byline", "author"}:
        return None, False
    marked = not words & _GENRE_WORDS or _links_to_section(element, text)
    return text, marked and text_key(text) not in _GENRE_LABELS


def _one_item(element: Element | None) -> Element | None:
    """A list of one item is that item: WordPress's categories above a headline
    (`<ul class="post-categories"><li><a rel="tag">Sport</a></li></ul>`)."""
    if element is None or element.tag not in ("ul", "ol"):
        return element
    items = [item for item in element if item.tag == "li" and visible_text(item)]
    links = items[0].findall(".//a") if len(items) == 1 else []
    categories = len(links) == 1 and _names_category(links[0], items[0], element)
    return items[0] if categories else element


def _names_category(link: Element, *boxes: Element) -> bool:
    """Whether a link is to its category's page: `rel="tag"`, a category's class, or a path
    through `/category/`, `/rubrique/`."""
    if {"tag", "category"} & set((link.get("rel") or "").lower().split()):
        return True
    if any(marker_words(box) & _CATEGORY_WORDS for box in (link, *boxes)):
        return True
    parts = [part for part in urlsplit(link.get("href") or "").path.split("/") if part]
    return any(part.casefold() in _SECTION_PATHS for part in parts[:-1])


#: The class words of a post's categories (`meta-categories`, `cat-links`, `post-categories`).
_CATEGORY_WORDS = frozenset({"category", "categories", "cat", "cats", "catlinks", "rubrique"})


def _links_to_section(element: Element, text: str) -> bool:
    """Whether a label links to its section's page (`<a class="badge" href="/rubrique/jura">`),
    whatever its class calls it."""
    link = element if element.tag == "a" else element.find(".//a")
    path = urlsplit(link.get("href") or "").path if link is not None else ""
    parts = [part for part in path.split("/") if part]
    if any(part.casefold() in _SECTION_PATHS for part in parts):
        return True
    return bool(parts) and text_key(parts[-1]) == text_key(text)


def _label_text(element: Element) -> str:
    """A label's text without the badges set beside it: `<a>Climat</a>` and a
    `<span class="featured"><svg/> Exploration</span>` make the label `Climat`."""
    parts = [child for child in element if isinstance(child.tag, str) and visible_text(child)]
    kept = [part for part in parts if not _is_badge(part)]
    if len(parts) < 2 or not kept or len(kept) == len(parts):
        return visible_text(element)
    return " ".join(visible_text(part) for part in kept)


def _is_badge(element: Element) -> bool:
    """A badge: marked as one (`featured`, `badge`, `pill`), or an icon and a word, no link."""
    if element.find(".//a") is not None or element.tag == "a":
        return False
    if marker_words(element) & (_BADGE_WORDS | {"featured", "feature", "star"}):
        return True
    return element.find(".//svg") is not None or text_key(visible_text(element)) in _GENRE_LABELS


def _trail_kicker(text: str, words: set[str]) -> tuple[str | None, bool]:
    """A kicker written as a short trail (`POLITIQUE / GENÈVE`, `Suisse › Vaud`): its last
    part that is neither the home page nor a genre names the section."""
    if not words & {"kicker", "surtitre", "overline", "eyebrow", "rubrique", "category", "label"}:
        return None, False  # an unmarked trail above a headline is a breadcrumb: read there
    parts = [part.strip() for part in _TRAIL.split(text) if part.strip()]
    named = [p for p in parts if text_key(p) not in _GENRE_LABELS and text_key(p) != "accueil"]
    if not named or any(len(part.split()) > 3 for part in named):
        return None, False
    return named[-1], True


def _label_above(headline: Element | None) -> Element | None:
    """The visible element just before the headline (or before its wrapper, two levels up)."""
    element = headline
    for _ in range(3):
        if element is None or element.tag == "body":
            return None
        previous = element.getprevious()
        while previous is not None and (is_hidden(previous) or not visible_text(previous)):
            previous = previous.getprevious()
        if previous is not None:
            return previous
        element = element.getparent()
    return None
