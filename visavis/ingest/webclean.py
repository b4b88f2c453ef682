"""A saved page without its chrome: scripts, menus, share bars, ads, captions, comments, boxes.

Chrome is recognised by tag (`nav`, `footer`, `figcaption`…), ARIA role, and words of the
class, id or `data-type` (`share-buttons`, `ad-slot`, `related-inline`…). A block that holds
most of the page's prose is never removed for its name alone (a site may call its article
`content--with-sidebar`). Paywall boxes are removed too, and reported, so that the body can
be warned about as incomplete (unless they only count what the meter still allows); calls to
subscribe or give are found in `webcalls`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from lxml import etree
from lxml import html as lxml_html

from .lines import is_glyphs
from .photocredits import is_caption
from .webcalls import call_boxes, is_meter_notice
from .webtext import class_words, is_inline, prose_totals, tag_of, word_count

#: Elements that never hold article text.
JUNK_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "source",
    "track",
    "map",
    "area",
    "button",
    "input",
    "select",
    "option",
    "optgroup",
    "textarea",
    "label",
    "dialog",
    "link",
    "meta",
    "head",
    "title",
    "base",
    "datalist",
    "output",
    "progress",
    "meter",
    "amp-ad",
    "amp-embed",
    "amp-analytics",
    "amp-pixel",
    "amp-consent",
    "amp-social-share",
    "amp-sticky-ad",
    "amp-iframe",
    "amp-video",
    "amp-youtube",
    "amp-twitter",
    "amp-instagram",
    "amp-facebook",
    "amp-geo",
    "amp-user-notification",
    "amp-auto-ads",
    "amp-call-tracking",
    "amp-sidebar",
    "amp-list",
    "amp-audio",
)
_CHROME_TAGS = frozenset({"nav", "figcaption", "menu"})
_OUTER_TAGS = frozenset({"header", "aside", "footer"})
_CHROME_ROLES = frozenset(
    {
        *("navigation", "banner", "contentinfo", "complementary", "search", "dialog"),
        *("alertdialog", "menu", "menubar", "toolbar", "tablist"),
    }
)
_WORDS = (
    r"share|sharing|sharebar|social|socials|partage|related|relatedposts|read-?also|"
    r"lire-?aussi|a-?lire|also-?read|voir-?aussi|newsletters?|subscribe|subscription|"
    r"paywall|cookies?|consent|cmp|gdpr|onetrust|didomi|ad|ads|adv|advert|adverts|"
    r"advertisement|advertising|adsbygoogle|pub|pubs|publicite|dfp|sponsor|sponsored|promo|"
    r"outbrain|taboola|comments?|commentaires?|reactions?|disqus|caption|legend|legende|"
    r"credits?|breadcrumbs?|ariane|tags|taglist|keywords|author-?box|author-?bio|bio|"
    r"most-?read|popular|trending|toolbar|tools|print|embed|oembed|widget|sidebar|rail|"
    r"footer|nav|navbar|navigation|menu|modal|popup|overlay|login|signup|byline|signature|"
    r"authors?|dateline|dates?|timestamp|published|updated|reading-?time|kicker|overline|"
    r"surtitle|eyebrow|genre|meta|skip-?link|screen-reader-text|sr-only|visually-hidden|"
    r"banner|masthead|teaser|teasers|recommend|recommended|recommendations|"
    r"more-?articles|next-?article|pagination|pager|twitter-tweet|instagram-media|"
    # K2's category line and a link back to the page's top (`Publié dans Régions`, `haut`)
    r"item-category|back-?to-?top|to-?top|"
    r"tiktok-embed|fb-post|audio-?player|video-?player|player|podcast|"
    # a review's rating (`div.rating`: `TT On aime beaucoup`, stars)
    r"ratings?|stars|star-?rating|review-?rating|review-?(?:score|number)|"
    # a card linking to another article (Ghost's `kg-bookmark-card`)
    r"bookmark|bookmark-?card|link-?card|"
    # French names of the same boxes
    r"rgpd|bandeau|entete|en-tete|pied|pied-de-page|chemin|surtitre|sur-titre|auteurs?|"
    r"connexes|lies|similaires|autres|forum|reagir|partager|abonnement|inscription|lectures|"
    # boxes asking for money or a sign-up: calls to action, donations, memberships
    r"cta|call-?to-?action|upgrade|donate|donation|dons?|soutien|soutenir|support|membership|"
    r"contribute|optin|opt-in|leadgen|nl-?box|infolettre|refresh|reload|autorefresh|"
    # readers' comment threads by another name or platform
    r"discussions?|coral|coral-?talk|livefyre|talk-?stream|vuukle|commento"
)
_CHROME = re.compile(rf"(?<![a-z0-9])(?:{_WORDS})(?![a-z0-9])")
_HIDDEN_CLASS = re.compile(
    r"(?<![\w-])(?:hidden|d-none|is-hidden|visually-hidden|sr-only)(?![\w-])"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: Pull-quote classes: WordPress `pullquote`, French `exergue`/`citation`, Ghost's
#: `kg-blockquote-alt` (its large quotation style), `highlight-quote`/`quote-large` styles.
_PULL = re.compile(r"pull|exergue|citation|blockquote-alt|highlight-quote|quote-large")
_PICTURE = re.compile(
    r"image|img|photo|picture|media|figure|visual|illustration|thumbnail|gallery|diaporama"
)
_PAYWALL = re.compile(
    r"(?<![a-z0-9])(?:paywall|premium|subscriber|subscribers|abonne|abonnes|abo|locked|"
    r"piano|regwall|metered|tp-container|restricted)(?![a-z0-9])"
)
_CREDIT = re.compile(
    r"(?:^|[(\s])(?:photos?|images?|illustrations?|crédits?|credits?|sources?)\s*:|©"
    r"|\b(?:keystone|afp|getty|reuters|belga|shutterstock|imago|dr)\b\s*\)?$",
    re.IGNORECASE,
)
#: A paywall box says more than a badge (`Abonnés`): it asks to subscribe or log in.
MIN_PAYWALL_WORDS = 4
#: A "Lire aussi" box holds a few headlines, not paragraphs.
MAX_BOX_WORDS = 80
#: Labels of boxes of links to other articles.
LABEL = re.compile(
    r"(?:(?:à|a)\s+)?(?:lire|voir|écouter|regarder)\s+(?:aussi|également|egalement|encore)"
    r"|(?:sur le même sujet|dans la même rubrique|(?:pour )?en savoir plus|notre sélection"
    r"|les plus lus|à découvrir|(?:plus|tout) sur (?:ce|le) sujet|articles? liés?|read more|related"
    r"|pour mémoire|sur le même thème|nos articles|à voir aussi)\b"
    # the article's topics, each a link (`Sujets` / `Musique` `Côte-Nord`): a label alone
    r"|(?:sujets|thèmes|mots-clés|mots clés|étiquettes|tags)\s*:?\s*$",
    re.IGNORECASE,
)
#: Arrows and bullets a box's label may open with (`> Lire aussi`).
_MARKS = " >»›▶►→■•|-–—"
#: Class words of the element naming who said a quotation.
ATTRIBUTION = re.compile(
    r"author|auteur|attribution|signature|source|cite|credit|name|speaker|\bby\b"
)
MAX_SIGNED_QUOTE_WORDS = 60
#: A player's box names its programme and title, and gives a duration: no paragraphs (nor
#: does a scoreboard or a share's quote).
MAX_PLAYER_WORDS = 30
#: Class words of a video's or a recording's box.
_PLAYER_CLASS = re.compile(
    r"(?<![a-z0-9])(?:video|videos|audio|sound|podcast"
    # a match's result box over a sports report (`data-testid="scoreboard"`): its teams and
    # score; a share's quote in a business story (`StockQuote_root__x`): its name and price
    # (not `ticker`: a live page's entries are its ticker)
    r"|scoreboard|score-?board|scorebox|score-?box|match-?score|stock-?quotes?)"
    r"(?=-|$|\s)"
)
#: A review's score box (Soledad's `penci-review-container`): criteria and marks, no sentence
#: (a `review-box` with a paragraph holds the verdict, the review's own text).
_REVIEW_BOX = re.compile(r"(?<![a-z0-9])review-?(?:box|container)(?=-|$|\s)")
#: The fewest words of a box's paragraph that make it text.
MIN_BOX_SENTENCE_WORDS = 12


def _no_sentence(element: lxml_html.HtmlElement) -> bool:
    """Whether a box holds no paragraph of a sentence's length."""
    return all(word_count(p.text_content()) < MIN_BOX_SENTENCE_WORDS for p in element.iter("p"))


#: The class words of a page builder's every box (see `_dashed`).
_BUILDER_BOX = re.compile(r"(?<![\w-])elementor-widget(?:-(?:container|wrap)(?![\w-])|-|(?![\w-]))")
#: A box with fewer words than this beside an image is its caption.
MAX_CAPTION_WORDS = 40


@dataclass
class Cleaning:
    """What cleaning removed that the body needs to know: paywall boxes (parent, text)."""

    paywalls: list[tuple[lxml_html.HtmlElement, str]] = field(default_factory=list)


def clean_page(root: lxml_html.HtmlElement) -> Cleaning:
    """Remove the page's chrome in place; return where paywall boxes were."""
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    _remove_captions(root)
    calls = call_boxes(root) | media_players(root)  # before the buttons and players go
    etree.strip_elements(root, *JUNK_TAGS, "img", "picture", "amp-img", with_tail=False)
    totals = prose_totals(root)
    floor = max(1, totals.get(root, 0) // 2)
    cleaning = Cleaning()
    doomed = []
    walk = etree.iterwalk(root, events=("start",))
    for _event, element in walk:
        if element is root:
            continue
        if is_pull_quote(element):
            walk.skip_subtree()  # its caption is its attribution
            continue
        kind = chrome_kind(element) or ("call" if element in calls else None)
        if kind is None or totals.get(element, 0) >= floor:
            continue
        if kind == "paywall" and element.getparent() is not None:
            text = element.text_content()
            if word_count(text) >= MIN_PAYWALL_WORDS and not is_meter_notice(text):
                cleaning.paywalls.append((element.getparent(), text))
        doomed.append(element)
        walk.skip_subtree()
    for element in doomed:
        if is_glyphs(element.text_content()):
            # a hidden separator between two spans (`<span aria-hidden>·</span>`) parted them
            element.tail = " " + (element.tail or "")
        element.drop_tree()
    return cleaning


def media_players(root: lxml_html.HtmlElement) -> set[lxml_html.HtmlElement]:
    """The boxes of audio and video players, up to a few words: the block around an `<audio>`
    or `<video>` whatever its class (its programme, title and duration: `Reportage Afrique`,
    `… en sursis`, `02:31`; found before those elements are stripped). A box whose class
    names a player drawn by a script is `chrome_kind`'s."""
    players: set[lxml_html.HtmlElement] = set()
    for media in root.iter("audio", "video"):
        box = media.getparent()
        while box is not None and is_inline(box):
            box = box.getparent()
        if box is None or tag_of(box) in ("article", "main", "body"):
            continue
        if word_count(box.text_content()) <= MAX_PLAYER_WORDS:
            players.add(box)
    return players


def chrome_kind(element: lxml_html.HtmlElement) -> str | None:
    """Why an element is chrome (`tag`, `role`, `hidden`, `paywall`, `class`, `links`,
    `player`), or None."""
    tag = tag_of(element)
    if not tag or tag in ("html", "body"):
        return None
    names = class_words(element)
    if _PAYWALL.search(names) and not is_inline(element):
        return "paywall"
    if _is_hidden(element, names):
        return "hidden"
    if tag in _CHROME_TAGS or element.get("role", "").lower() in _CHROME_ROLES:
        return "role"
    if tag in _OUTER_TAGS and not _inside_article(element):
        return "tag"
    set_apart = not is_inline(element) or _whole_line(element)
    if tag == "form" or (names and set_apart and _CHROME.search(_dashed(names))):
        return "class"
    if not is_inline(element) and (_is_link_box(element) or _is_link_aside(element, tag)):
        return "links"
    if not is_inline(element) and (_is_platform_call(element) or _is_tag_list(element)):
        return "links"
    if not is_inline(element) and _opens_on_comments(element):
        return "class"  # a comment thread known by its heading only (`Les commentaires (12)`)
    named = bool(names) and _PLAYER_CLASS.search(_dashed(names)) is not None
    named = named or (_REVIEW_BOX.search(_dashed(names)) is not None and _no_sentence(element))
    if named and not is_inline(element) and word_count(element.text_content()) <= MAX_PLAYER_WORDS:
        return "player"  # a player drawn by a script: `div.video_block`, its title
    return None


def _whole_line(element: lxml_html.HtmlElement) -> bool:
    """An inline element that is a line of its own, between `<br>`s (a 2000s page's
    `<span class="legende">…</span><br>`): marked as chrome as a block would be."""
    before = element.getprevious()
    opens = (before is None and not (element.getparent().text or "").strip()) or (
        before is not None and tag_of(before) == "br" and not (before.tail or "").strip()
    )
    after = element.getnext()
    closes = after is not None and tag_of(after) == "br" and not (element.tail or "").strip()
    return opens and closes


def _dashed(names: str) -> str:
    """Class words with `_` as `-` (`lire_aussi` is `lire-aussi`), without the words a page
    builder gives every box: Elementor's `elementor-widget`, `elementor-widget-container`
    say nothing, its widget's type does (`elementor-widget-share-buttons`: `share-buttons`)."""
    return _BUILDER_BOX.sub(" ", names.replace("_", "-"))


def _is_link_box(element: lxml_html.HtmlElement) -> bool:
    """A "Lire aussi" box: a label, then links (the label's own block is left to the body)."""
    first = next((text for text in element.itertext() if text.strip()), "")
    if not LABEL.match(first.strip(_MARKS)) or len(element) == 0:
        return False
    text = element.text_content()
    label = LABEL.match(text.strip(_MARKS))
    rest = word_count(text.strip()[label.end() :]) if label else word_count(text)
    linked = sum(word_count(a.text_content()) for a in element.iter("a"))
    return rest <= MAX_BOX_WORDS and linked >= rest / 2


#: The longest call to follow the site on a platform.
MAX_CALL_WORDS = 30
#: Where a call to follow the site leads: a messaging or social platform.
_PLATFORM_HOST = re.compile(
    r"^https?://(?:[\w-]+\.)*(?:whatsapp\.com|wa\.me|t\.me|telegram\.me|facebook\.com|"
    r"instagram\.com|x\.com|twitter\.com|tiktok\.com|youtube\.com|linkedin\.com|"
    r"news\.google\.com|threads\.net|bsky\.app)(?:[/?#]|$)",
    re.IGNORECASE,
)


#: The fewest links of a list of tags, and the most words of each.
MIN_TAGS = 3
MAX_TAG_WORDS = 3
#: The heading of readers' comments: `Les commentaires (12)`, `Réactions`, `3 commentaires`.
_COMMENTS_TITLE = re.compile(
    r"^(?:les |vos |\d+ )?(?:commentaires?|réactions?)\s*(?:\(\d+\))?\s*:?$", re.IGNORECASE
)


def _is_tag_list(element: lxml_html.HtmlElement) -> bool:
    """A box of the article's tags: nothing but a few short links (`Inondations` `Castres`),
    not one link set word by word."""
    tags = []
    addresses = []
    for link in element.iter("a"):
        addresses.append(link.get("href") or "#")
        text = link.text_content()
        if not text.strip() or word_count(text) > MAX_TAG_WORDS or not is_glyphs(link.tail or ""):
            return False  # (a link with words after it, or a long one: an article's text)
        tags.append("".join(text.split()))
    # (one link set word by word, every word to the same real address, is no list of tags)
    one_link = len(set(addresses)) == 1 and not addresses[0].startswith("#")
    tagged = len(tags) >= MIN_TAGS and not one_link
    return tagged and "".join(element.text_content().split()) == "".join(tags)


def _opens_on_comments(element: lxml_html.HtmlElement) -> bool:
    """A box whose first child is the heading of readers' comments."""
    first = next((child for child in element if isinstance(child.tag, str)), None)
    heading = first is not None and tag_of(first) in ("h2", "h3", "h4", "header")
    return heading and _COMMENTS_TITLE.match(" ".join(first.text_content().split())) is not None


def _is_platform_call(element: lxml_html.HtmlElement) -> bool:
    """A short box that is wholly one link to a messaging or social platform (`📢 Rejoignez
    la chaîne WhatsApp de Sidwaya …`): a call to follow the site, not the article."""
    links = list(islice(element.iter("a"), 2))
    if len(links) != 1 or _PLATFORM_HOST.match(links[0].get("href") or "") is None:
        return False
    text = " ".join(element.text_content().split())
    linked = " ".join(links[0].text_content().split())
    return bool(text) and linked == text and word_count(text) <= MAX_CALL_WORDS


def _is_link_aside(element: lxml_html.HtmlElement, tag: str) -> bool:
    """An aside inside the article that is mostly links (related articles)."""
    if tag != "aside":
        return False
    text = word_count(element.text_content())
    linked = sum(word_count(a.text_content()) for a in element.iter("a"))
    return linked >= text / 2


#: Sites' own elements for a pull quote.
_QUOTE_ELEMENTS = frozenset({"r-quote", "pull-quote"})


def is_pull_quote(element: lxml_html.HtmlElement) -> bool:
    """A pull quote as pages mark it: `aside.pullquote`, `.wp-block-pullquote`, `.exergue`…"""
    tag = tag_of(element)
    if tag in _QUOTE_ELEMENTS:
        return True  # a custom element of the site's own (Rossel's `<r-quote>`)
    if tag not in ("aside", "figure", "blockquote", "div", "p", "section"):
        return False
    names = class_words(element)
    if tag in ("aside", "figure") and "quote" in names:
        return True
    if tag == "div" and "quote" in names.split():  # `div.quote`: its quotation, its speaker
        return _short_signed_quote(element)
    if not _PULL.search(names):
        return False
    if tag not in ("div", "p", "section") or "pull" in names or "exergue" in names:
        return True
    return _short_signed_quote(element)


def _short_signed_quote(element: lxml_html.HtmlElement) -> bool:
    """A box marked as a quotation that names who said it in an element of its own (Drupal's
    `paragraph--type--citation` with its `field-citation-auteur`): a quote, not paragraphs."""
    if word_count(element.text_content()) > MAX_SIGNED_QUOTE_WORDS:
        return False
    return any(
        node is not element
        and (tag_of(node) in ("cite", "footer") or ATTRIBUTION.search(class_words(node)))
        for node in element.iter()
        if isinstance(node.tag, str)
    )


def _is_hidden(element: lxml_html.HtmlElement, names: str) -> bool:
    """Whether the page hides the element (`hidden`, `display: none`, `sr-only`…)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    return bool(_HIDDEN_CLASS.search(names) or _HIDDEN_STYLE.search(element.get("style", "")))


def _inside_article(element: lxml_html.HtmlElement) -> bool:
    """Whether a header, aside or footer sits inside the article rather than around the page."""
    if tag_of(element) == "footer":
        return any(tag_of(a) in ("blockquote", "figure") for a in element.iterancestors())
    return any(tag_of(a) in ("article", "main") for a in element.iterancestors())


def _remove_captions(root: lxml_html.HtmlElement) -> None:
    """Drop the short text beside each image (caption and credit) with the image, and the
    captioned sentence in the block right under an image alone (`… (Photo : X)`)."""
    doomed: dict[lxml_html.HtmlElement, None] = {}
    for image in root.iter("img", "picture", "video", "amp-img"):
        box = next((a for a in image.iterancestors() if not is_inline(a)), None)
        if box is None or tag_of(box) in ("body", "html") or box in doomed:
            continue
        text = box.text_content()
        if word_count(text) > MAX_CAPTION_WORDS or is_pull_quote(box):
            continue
        pictured = tag_of(box) == "figure" or _PICTURE.search(class_words(box))
        if pictured or _CREDIT.search(text):
            doomed[box] = None
        under = box.getnext()  # a page builder's caption in a block of its own (Wix)
        if under is not None and not word_count(text) and is_caption(under.text_content()):
            doomed[under] = None
    for box in doomed:
        if box.getparent() is not None:
            box.drop_tree()
    _remove_slide_counters(root)


#: A slideshow's counter, all that is left of a slide without its photo: `1/8`, `2 / 8`.
_SLIDE_COUNTER = re.compile(r"^\s*\d{1,3}\s*/\s*\d{1,3}\s*$")


#: What names a slideshow, or its counter, in a class.
_COUNTER_CLASS = re.compile(r"counter|slide|gallery|diapo|carousel|carrousel|swiper")


def _in_slideshow(element: lxml_html.HtmlElement) -> bool:
    """Whether the element, or its list, is a slideshow's (`gallery__slide`,
    `Slideshow_counter`): a list of set scores (`6/4`) or dates is the text's."""
    parent = element.getparent()
    named = [element] if element.tag != "li" else [element, parent]
    return any(box is not None and _COUNTER_CLASS.search(class_words(box)) for box in named)


def _remove_slide_counters(root: lxml_html.HtmlElement) -> None:
    """Drop the slides of a gallery that hold only their counter once their photo and
    caption are gone (`<li><figure>…</figure><span>1/8</span></li>`, a slideshow's `<div
    class="…counter">1/3</div>`), and the lists they leave empty."""
    counters = [
        item
        for item in root.iter("li", "div", "span", "p")
        if _in_slideshow(item) and _SLIDE_COUNTER.match(item.text_content())
    ]
    lists = {item.getparent() for item in counters if item.tag == "li"}
    for item in counters:
        if item.getparent() is not None:
            item.drop_tree()
    for emptied in lists:
        placed = emptied is not None and emptied.getparent() is not None
        if placed and len(emptied) == 0 and not emptied.text_content().strip():
            emptied.drop_tree()
