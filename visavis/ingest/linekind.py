"""What one line of a page copied as text is, judged by its content alone.

The features are those boilerplate removers such as jusText use — length, sentence
punctuation, the share of common French words (jusText's French stop-list) — and the shapes
site chrome takes: links, copyright, addresses and phone numbers, dates and reading times,
counts, photo credits, bylines, labels and interface words, banners addressed to the reader.
Where a line sits (above the headline, inside the text, in the footer) is judged later, by
`copyzones`; this module never looks at a line's neighbours.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum

from .copybanners import (
    is_ad_label,
    is_article_note,
    is_banner,
    is_interface,
    is_live_notice,
    is_media_cue,
)
from .copycredits import (
    is_agency_line,
    is_byline,
    is_name_line,
    is_name_with_time,
    is_role_line,
    looks_like_person,
)
from .copydates import find_date, is_date_line, is_relative_date
from .engagement import is_count, is_engagement_bar, is_rating, is_read_time
from .lines import INNER_END, ends_sentence, is_glyphs, word_count
from .photocredits import is_caption, is_photo_credit
from .sitelines import is_contact, is_copyright


class Kind(StrEnum):
    """The kinds of line a text copy holds."""

    TEXT = "text"  # prose: a sentence, or a long line
    TITLE = "title"  # a short line of 3+ words without a final full stop
    LABEL = "label"  # one or two words: a menu item, a kicker, a site name
    QUOTE = "quote"  # a line wholly between quotation marks
    BUTTON = "button"  # interface: log in, share, search, a skip link
    CRUMBS = "crumbs"  # a breadcrumb on one line: `Accueil » Culture » …`
    BYLINE = "byline"  # `Par …`, `Propos recueillis par …`, `Une opinion de …`
    NAME = "name"  # a person's name, maybe with a place or role: `Anne Roy, Genève`
    ROLE = "role"  # a role under a byline: `Journaliste au service Économie`
    AGENCY = "agency"  # a bare agency credit: `AFP`, `ats/jfe`, `Avec AFP`
    DATE = "date"  # `Publié le 24.12.2016 à 10h12`, `3 mars 2024`
    RELDATE = "reldate"  # `Mis à jour il y a 2 heures`, `2 days ago`
    READTIME = "readtime"  # `Lecture 4 min`, `3 min`
    COUNT = "count"  # `12 commentaires`, `Commentaires (4)`
    PHOTO = "photo"  # a photo credit alone: `Keystone/Salvatore Di Nolfi`, `Photo : …`
    CAPTION = "caption"  # a caption ending with its credit
    SEEALSO = "seealso"  # `Lire aussi : …`
    BANNER = "banner"  # addressed to the reader: subscribe, newsletter, survey, cookies
    BULLET = "bullet"  # `• …`: an item of a list
    BOX = "box"  # the heading or an item of a summary box: `En bref`, `L'essentiel`
    LINK = "link"  # an address on the web or an e-mail address
    COPYRIGHT = "copyright"  # `© 2024 Le Soir`
    CONTACT = "contact"  # a postal address or a phone number


#: Kinds that never belong to an article's text.
CHROME = frozenset(
    {
        Kind.BUTTON,
        Kind.CRUMBS,
        Kind.RELDATE,
        Kind.READTIME,
        Kind.COUNT,
        Kind.PHOTO,
        Kind.CAPTION,
        Kind.SEEALSO,
        Kind.BANNER,
        Kind.BULLET,
        Kind.BOX,
        Kind.LINK,
        Kind.COPYRIGHT,
        Kind.CONTACT,
    }
)
#: The credit lines around a headline: who wrote it, and when.
CREDITS = frozenset({Kind.BYLINE, Kind.NAME, Kind.AGENCY, Kind.DATE})
#: What an article's head is marked by: its credits, roles, relative times and reading time.
MARKERS = CREDITS | {Kind.ROLE, Kind.RELDATE, Kind.READTIME}

_WORD = re.compile(r"[^\W\d_]+")
#: The space between a number's groups of thousands: `850 000`, `1 200 000`.
_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_ELIDED = frozenset("cdjlmnst") | {"qu"}
_LINK = re.compile(r"https?://|www\.|\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b", re.IGNORECASE)
#: The bullet or the dash a list's item opens with.
BULLET = re.compile(r"^[•·▪■►▶◆●✓✔→]\s*")
DASH_ITEM = re.compile(r"^[-–]\s+(?=\S)")
#: The kinds of piece a see-also cue may name (`Lire aussi le reportage | …`).
_PIECE_KINDS = (
    "reportages?|entretiens?|interviews?|tribunes?|enquêtes?|décryptages?|portraits?|récits?"
    "|analyses?|chroniques?|éditoriaux|éditorial|archives?|articles?|dossiers?|témoignages?"
    "|critiques?|synthèses?|récapitulatifs?|vidéos?|podcasts?|infographies?|cartes?|live"
)
_SEEALSO = re.compile(
    r"^(?:[>»›▶►→■•]\s*)?(?:[àa]\s+)?(?:lire|lisez|relire|voir|revoir|découvrir|read"
    r"|(?:regardez|écoutez|regarder|écouter)(?=\s+(?:aussi|également)))"
    r"(?:\s+(?:aussi|également|plus|more|en vidéo|notre dossier))?"
    r"(?:\s+sur le même sujet)?"
    # what kind of piece it links to, and its year: `Lire aussi l’entretien (2019) | …`
    rf"(?:\s+(?:le|la|l['’]\s?|notre|nos|les|un|une)\s*(?:{_PIECE_KINDS}))?"
    # a `»` glued to the word closes a quotation (`voir», selon le syndic`): no cue's arrow
    r"(?:\s*\(\d{4}\))?(?:\s*[.:|›>\-–—]|\s+»|$)"  # (`LIRE AUSSI. Le titre lié`)
    r"|^(?:[>»›▶►→■•]\s*)?(?:sur le même (?:sujet|thème)|dans la même rubrique|notre dossier"
    r"|(?:plus|tout) sur (?:ce|le) sujet"
    r"|à découvrir)\s*(?:[:|»›>\-–—]|$)"
    # the cue run into the linked headline: `> Lire aussi Gembloux: fuite dans le bassin`,
    # or glued to it as browsers copy inline elements: `À lire aussiÀ Ivry, la halle rouvre`
    r"|^(?:[>»›▶►→■•]\s*)?(?:[àa]\s+)?(?:lire|voir) (?:aussi|également)\s*"
    r"(?=(?-i:[«\"A-ZÀ-ÖØ-Þ0-9]))"
    # a linked headline in guillemets under its verb, La Presse's `Lisez « Le titre »`
    r"|^(?:lisez|relisez|consultez|(?:re)?voyez|regardez|écoutez)\s+«[^«»]{3,160}»$",
    re.IGNORECASE,
)
#: The cue in capitals run into the linked headline: `À LIRE AUSSI Dengue : pourquoi …`.
_SEEALSO_CAPS = re.compile(r"^(?:[ÀA] )?(?:LIRE|VOIR) (?:AUSSI|ÉGALEMENT|PLUS)\s+\S")
_CRUMB = re.compile(r"\s[»›>/|]\s")
#: A breadcrumb's separators that point down the site's tree (a `/` also parts credits).
_POINTER = re.compile(r"\s[»›>]\s")
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,5}")
MAX_RUBRIC_WORDS = 3
_INNER_SENTENCE_END = re.compile(r"[.!?…][»”]?\s+[«“]?[A-ZÀ-ÖØ-Þ]")
#: Each opening quotation mark and the one that closes it.
_CLOSING = {"«": "»", "“": "”", '"': '"', "„": "“"}
_FIGURE = re.compile(r"\d|^[(]?[%$€£–—-][)]?$")
MIN_ROW_FIGURES = 2
ROW_FIGURE_SHARE = 0.5
#: Headings and notices that close an article: what follows is the site's, not the text (a
#: box of links, `Les plus lus`, `Plus d'articles «Suisse»`, may sit inside the text: none).
_END_NOTICE = re.compile(
    r"^(?:déclaration|divulgation)s? d['’]intérêts?\b|^conflits? d['’]intérêts?\b"
    r"|^partenaires?$|^republier cet article\b"
    # the next story of an infinite-scroll page, laid out under the article
    r"|^(?:article|récit|reportage) suivant$|^prochain article$|^à lire ensuite$"
    r"|\bcommentaires (?:sont |ont été )?(?:fermés|désactivés|clos)\b"
    r"|^(?:la )?(?:section des |zone de )?commentaires? (?:est |sont )?"
    r"(?:fermée?s?|désactivée?s?)\b",
    re.IGNORECASE,
)
MAX_END_NOTICE_WORDS = 12
#: Headings of a box of links to other articles (`À lire aussi` cues one link: a teaser).
_LINKS_HEADING = re.compile(
    r"^(?:les |nos )?(?:plus lus|plus populaires|plus partagés|plus commentés)\b"
    r"|^plus d['’](?:actualités?|articles?|infos?)\b|^(?:articles?|contenus?) "
    r"(?:similaires|liés|associés|recommandés)\b|^sur le même (?:sujet|thème)\b"
    r"|^dans la même (?:rubrique|section|catégorie)\b|^vous aimerez aussi\b"
    r"|^(?:nos )?dernières? (?:actualités|nouvelles|infos|articles)\b",
    re.IGNORECASE,
)
MAX_LINKS_HEADING_WORDS = 6
MAX_CHROME_WORDS = 60
MIN_LEAD_IN_WORDS = 8
MAX_LABEL_WORDS = 2
MAX_TITLE_WORDS = 25
#: The shortest item of a list copied without marks (`la voie de bus est déplacée ;`).
MIN_ITEM_WORDS = 3


@functools.cache
def french_stopwords() -> frozenset[str]:
    """jusText's French stop-list, as bare lowercase words (loaded on first use)."""
    import justext

    words = {word.strip(".,;:!?()\"'«»") for word in justext.get_stoplist("French")}
    return frozenset(word for word in words if word) | _ELIDED


def stop_share(text: str) -> float:
    """Share of the words of text that are common French words (jusText's stop-list)."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    stopwords = french_stopwords()
    return sum(word in stopwords for word in words) / len(words)


def classify_line(text: str) -> Kind:
    """The kind of one line, from its content only."""
    if is_glyphs(text):
        return Kind.BUTTON  # a glyph or a rule (`☰`, `▶`, `=====`, `***`): the page's, no text
    if word_count(text) > MAX_CHROME_WORDS:
        return _shape(text)  # no chrome is this long
    if text.startswith("[") and text.endswith("]") and _shape(text[1:-1].strip()) == Kind.LABEL:
        return Kind.LABEL  # a rubric a text-mode copy sets in brackets: `[ Société ]`
    for test, kind in _CHECKS:
        if test(text):
            return kind
    return _shape(text)


#: A writer's initials after a slash closing a paragraph, as Swiss radios sign: ` /nfr`.
_SIGNING_SLASH = re.compile(r"\s/[a-z]{2,4}$")


def _shape(text: str) -> Kind:
    """Prose, title, label or quote: what is left once chrome shapes are ruled out."""
    words = word_count(text)
    if _WORD.search(text) is None:
        return Kind.LABEL  # figures and signs alone, a score box's `2 - 1`: no prose
    if is_wholly_quoted(text) and words >= 2 and not _quoted_speech(text, words):
        return Kind.QUOTE
    if ends_sentence(text) or words > MAX_TITLE_WORDS or _leads_in(text) or is_data_row(text):
        return Kind.TEXT
    signed = _SIGNING_SLASH.search(text)
    if signed is not None and ends_sentence(text[: signed.start()]):
        return Kind.TEXT  # a paragraph closed by its writer's initials: `… arrêtées. /nfr`
    if text.rstrip().endswith(";") and words >= MIN_ITEM_WORDS:
        return Kind.TEXT  # a list's item copied without its mark: no title ends on `;`
    if words <= MAX_LABEL_WORDS:
        return Kind.LABEL
    return Kind.TITLE


def _quoted_speech(text: str, words: int) -> bool:
    """A paragraph that is one long quotation of several sentences (`« Le métier se perd …,
    regrette Anne Roy. Si on ne … »`): prose, never a pull quote's few words."""
    inner = text.strip()[1:-1]
    return words > MAX_TITLE_WORDS and INNER_END.search(inner) is not None


def _dash_item(text: str) -> bool:
    """`- un tarif social ;`: a list's item drawn with a dash (a line of dialogue after a dash
    is a sentence: `- Bien sûr, dès lundi.`)."""
    match = DASH_ITEM.match(text)
    if match is None or is_date_line(text[match.end() :]):
        return False  # (`- 06 juin 2025 à 05:00 - Temps de lecture : 3 min`: the date's line)
    if text.rstrip().endswith(("-", "–")) and is_ad_label(text):
        return False  # (`- Publicité -`: an ad's label between its dashes; `- Pub` is an item)
    return not ends_sentence(text) or text.rstrip().endswith(";")


def _leads_in(text: str) -> bool:
    """Prose that announces what follows (a list, a quotation): `… Parmi les nouveautés :`."""
    if not text.rstrip().endswith(":"):
        return False
    return word_count(text) >= MIN_LEAD_IN_WORDS or _INNER_SENTENCE_END.search(text) is not None


def is_wholly_quoted(text: str) -> bool:
    """One quotation from end to end: `« Nous partons »`, not `« Oui », dit-il. « Non. »`."""
    closing = _CLOSING.get(text[:1])
    if closing is None or len(text) < 3 or text[-1:] not in '»”"“':
        return False
    return closing not in text[1:-1]


def is_data_row(text: str) -> bool:
    """A row of a table copied as text: two figures or more, and figures for much of it (a
    number grouped in thousands, `850 000`, is one figure)."""
    cells = _THOUSANDS.sub("", text).split()
    figures = sum(_FIGURE.search(cell) is not None for cell in cells)
    numbers = sum(any(char.isdigit() for char in cell) for cell in cells)  # (`380 000 € réunis`)
    return (
        len(cells) >= 3 and numbers >= MIN_ROW_FIGURES and figures >= ROW_FIGURE_SHARE * len(cells)
    )


def is_end_notice(text: str) -> bool:
    """What closes an article on its page: `Les plus lus`, `Articles similaires`, `Déclaration
    d’intérêts`, `Partenaires`, `Les commentaires sont fermés pour cet article.`"""
    return word_count(text) <= MAX_END_NOTICE_WORDS and _END_NOTICE.search(text.strip()) is not None


def is_links_heading(text: str) -> bool:
    """`Les plus lus`, `Plus d’actualités`, `Articles similaires`: a box of links' heading."""
    short = word_count(text) <= MAX_LINKS_HEADING_WORDS
    return short and _LINKS_HEADING.match(text.strip()) is not None


def is_bare_links_heading(text: str) -> bool:
    """A box of links' heading and nothing else: `Articles similaires`, `Les plus lus :` (not
    `Dernières nouvelles de l'enquête`, a subhead)."""
    match = _LINKS_HEADING.match(text.strip())
    return match is not None and not text.strip()[match.end() :].strip(" :")


def is_see_also(text: str) -> bool:
    """`Lire aussi : …`, `À lire aussi`, `À LIRE AUSSI Le titre lié`."""
    if word_count(text) > 25:
        return False
    return _SEEALSO.match(text) is not None or _SEEALSO_CAPS.match(text) is not None


def is_crumbs(text: str) -> bool:
    """A breadcrumb on one line: two separators or more, or one after `Accueil`."""
    if "©" in text:
        return False  # `… blanches. © Stephen Ausmus / USDA / AFP`: a caption's credit
    if ends_sentence(text) and word_count(text) > 12:
        return False  # a sentence quoting `« aucun licenciement » et …` twice
    bare = re.sub(r"«[^«»]*»", "", text)  # a guillemet closing a quote is no separator
    separators = len(_CRUMB.findall(f" {bare} "))
    if separators >= 2 or (separators == 1 and text.lower().startswith(("accueil", "home"))):
        return True
    return separators == 1 and _two_rubrics(bare)


def _two_rubrics(text: str) -> bool:
    """A breadcrumb of two rubrics (`Société / Saint-Pierre`, `Économie › Agriculture`): short
    names on each side, none a person, an agency or an acronym, as a photo's credit has
    (`Le Régional / Marc Dubey`, `Keystone / Laurent Gillieron`, `NASA / JPL`)."""
    parts = [part.strip() for part in _CRUMB.split(f" {text} ") if part.strip()]
    if len(parts) != 2 or ends_sentence(text):
        return False
    if any(word_count(part) > MAX_RUBRIC_WORDS or re.search(r"\d", part) for part in parts):
        return False
    if not all(part[:1].isupper() for part in parts):
        return False  # `Le pour / le contre`: a rubric's name is capitalised
    if _POINTER.search(f" {text} "):
        return True  # `›`, `»`, `>` point down a site's tree: no credit is written so
    credits = (looks_like_person, is_agency_line, is_photo_credit, _ACRONYM.fullmatch)
    return not any(credit(part) for part in parts for credit in credits)


#: A line of the article's tags: `Mots-clés : Agriculture Exportation`, `Tags: …`.
_TAGS = re.compile(
    r"^(?:mots[- ]cl[ée]s|tags?|étiquettes?|thèmes?|sujets?|keywords)\s*:\s*\S", re.IGNORECASE
)


def is_tags_line(text: str) -> bool:
    """The article's tags after their label, on one line (no sentence)."""
    return _TAGS.match(text) is not None and word_count(text) <= 20 and not ends_sentence(text)


_CHECKS = (
    (lambda text: _LINK.search(text) is not None and word_count(text) <= 20, Kind.LINK),
    (is_copyright, Kind.COPYRIGHT),
    (is_contact, Kind.CONTACT),
    (is_read_time, Kind.READTIME),
    (is_name_with_time, Kind.NAME),
    (is_relative_date, Kind.RELDATE),
    (is_see_also, Kind.SEEALSO),
    (lambda text: BULLET.match(text) is not None or _dash_item(text), Kind.BULLET),
    (is_byline, Kind.BYLINE),
    (is_date_line, Kind.DATE),
    (is_count, Kind.COUNT),
    (is_engagement_bar, Kind.COUNT),
    (is_agency_line, Kind.AGENCY),
    (is_crumbs, Kind.CRUMBS),
    (is_caption, Kind.CAPTION),
    (is_photo_credit, Kind.PHOTO),
    (is_interface, Kind.BUTTON),
    (is_tags_line, Kind.BUTTON),
    (is_media_cue, Kind.BUTTON),
    (is_ad_label, Kind.BUTTON),
    (is_rating, Kind.BUTTON),
    (is_live_notice, Kind.BANNER),
    (is_article_note, Kind.BANNER),
    (is_banner, Kind.BANNER),
    (is_role_line, Kind.ROLE),
    (is_name_line, Kind.NAME),
)

__all__ = ["CHROME", "Kind", "classify_line", "find_date", "french_stopwords", "stop_share"]
