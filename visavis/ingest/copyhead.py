"""The fields around a copied article: publication, section, genre, byline, agency, date.

Above the headline: the site-name line (confirmed by the footer that repeats it, or by the
copyright), the menu, the breadcrumb and the kicker; the section is the label right above
the headline. Between headline and text: the byline, the date, the reading time. Every piece
read here is recorded in `used`, so what was read is never listed as dropped.
"""

from __future__ import annotations

import re

from .casing import restore_label
from .copycredits import Credits, agencies_in, is_role_line, looks_like_person, read_credits
from .copydates import publication_date
from .copypieces import Piece
from .copyzones import Zones
from .draft import Draft
from .linekind import Kind
from .lines import is_caps, word_count
from .pressreader_web import GENRE_LABEL

_MORE_GENRES = re.compile(
    r"point de vue|carte blanche|libre opinion|éclairage|édito|humeur|lettre ouverte|"
    r"contribution externe|opinion|en direct|direct|live|en continu|(?:grande )?entrevue",
    re.IGNORECASE,
)
_KICKER_PARTS = re.compile(r"\s+[-–—|/›»>]\s+|\s*[›»>|]\s*")
#: A label on the article that says who may read it or who paid, not where it belongs.
_BADGE = re.compile(
    r"(?:article |contenu )?(?:abonnés?|réservé aux abonnés|premium|exclusif|exclusivité|plus|\+|"
    r"sponsorisé|partenaire|publireportage|contenu partenaire|publicité|payant|gratuit)",
    re.IGNORECASE,
)
_HOME = re.compile(r"^(?:accueil|home|à la une)$", re.IGNORECASE)
_SKIPPED = re.compile(
    r"cookie|^(?:aller|passer) au|^logo$|^ok$|^accepter|^refuser|^paramètres|^tout accepter",
    re.IGNORECASE,
)
_COPYRIGHT_NOISE = re.compile(
    r"©|\(c\)|copyright|tous droits réservés\.?|all rights reserved\.?|\(\d{4}\)"
    r"|\b\d{4}(?:-\d{4})?\b|\b(?:inc|sa|s\.a|ltd|sàrl|group)\b\.?",
    re.IGNORECASE,
)
#: The heading of an author block.
_AUTHORS = re.compile(r"^(?:les )?(?:auteure?s|autrices|auteur·es?|signataires)\s*:?$", re.I)
#: A newsroom's desk, never the site's name: `La Rédaction`, `Service Économie`, `Desk web`.
_DESK = re.compile(
    r"\b(?:rédaction|redaction|équipe|service|desk|staff|agences?|correspondants?|envoyée?s?)\b",
    re.IGNORECASE,
)
#: Between a site's name and its tagline in a page title: `FRANCE 24 - Infos, news & …`.
_TAGLINE = re.compile(r"\s+[-–—|]\s+|,\s+(?=(?:le|la|les|l['’]|un|une|votre|ton)\s?\w)")
_PHOTO_AGENCY = re.compile(
    r"\b(?:keystone|afp|reuters|getty|belga|maxppp|epa|ap|dr|photo|photos|imago|sipa|ats)\b",
    re.IGNORECASE,
)
MAX_SITE_NAME_WORDS = 6
SITE_NAME_SPAN = 3
KICKER_SPAN = 3


def is_genre(text: str) -> bool:
    """A genre label: `Entretien`, `Analyse`, `Point de vue`."""
    return bool(GENRE_LABEL.fullmatch(text) or _MORE_GENRES.fullmatch(text))


def read_kicker(
    pieces: list[Piece],
    headline: int,
    draft: Draft,
    used: set[int],
    known: dict[str, str] | None = None,
) -> None:
    """Section and genre from the labels (or the breadcrumb) right above the headline; a label
    in capitals takes the casing the text gives its words (`VALLON DE SAINT-IMIER`)."""
    title = pieces[headline].text
    known = {**(known or {}), **_spelled(pieces)}
    index = headline - 1
    while index >= 0 and headline - index <= KICKER_SPAN + 1 and draft.section is None:
        piece = pieces[index]
        if piece.text == title or piece.kind == Kind.DATE or _BADGE.fullmatch(piece.text):
            index -= 1
            continue
        if not _kicker_like(piece):
            break
        parts = [part for part in _KICKER_PARTS.split(piece.text) if part and part != title]
        parts = [part for part in parts if not _HOME.match(part)]
        genres = [part for part in parts if is_genre(part)]
        if genres and draft.genre is None:
            draft.genre = _label(genres[0], known or {})
        rest = [part for part in parts if not is_genre(part)]
        if rest:
            draft.section = _label(rest[-1], known or {})
        if rest or genres:
            used.add(index)
        index -= 1


def _kicker_like(piece: Piece) -> bool:
    short_title = piece.kind == Kind.TITLE and piece.words <= 5
    return piece.kind in (Kind.LABEL, Kind.CRUMBS, Kind.NAME) or short_title or _caps_kicker(piece)


def _caps_kicker(piece: Piece) -> bool:
    """A kicker in capitals with a slash (`POLITIQUE / GENÈVE`), which has the shape of a
    photo credit (`KEYSTONE / LAURENT GILLIERON`) but names no person and no photo agency."""
    if piece.kind != Kind.PHOTO or not is_caps(piece.text) or " / " not in piece.text:
        return False
    parts = [restore_label(part, {}) for part in piece.text.split(" / ")]
    if any(looks_like_person(part) or len(part.split()) > 3 for part in parts):
        return False
    return _PHOTO_AGENCY.search(piece.text) is None


def _label(text: str, known: dict[str, str]) -> str:
    if not is_caps(text):
        return text
    return known.get(text.casefold()) or restore_label(text, known)


def _spelled(pieces: list[Piece]) -> dict[str, str]:
    """How the page spells its short labels when not in capitals (the menu's `Trois-Rivières`
    for the kicker's `TROIS-RIVIÈRES`), by their casefolded text."""
    return {
        piece.text.casefold(): piece.text
        for piece in pieces
        if piece.words <= 3 and not is_caps(piece.text, 1)
    }


def read_byline(
    pieces: list[Piece], header: range, draft: Draft, known: dict[str, str], used: set[int]
) -> Credits:
    """Author and agency from the first byline in the header (else a bare name), agencies."""
    bylines = [i for i in header if pieces[i].kind == Kind.BYLINE]
    names = [
        i
        for i in header
        if pieces[i].kind == Kind.NAME
        and not _is_site(pieces[i], draft)
        and not is_role_line(pieces[i].text)
    ]
    credits = Credits()
    chosen = bylines[:1] or _author_block(pieces, names)
    for index in chosen:
        found = read_credits(pieces[index].text, known, draft.publication)
        credits = _merged(credits, found)
        used.add(index)
        if found.rest:
            left = ", ".join(f"«{rest}»" for rest in found.rest)
            draft.warn(
                f"byline «{pieces[index].text}»: {left} is not an author (a place, a role, "
                "the newsroom)",
                pieces[index].number,
            )
    for index in header if not chosen else ():
        if pieces[index].kind == Kind.AGENCY:  # `Kevin Dumont (avec Belga)`: a person beside
            found = read_credits(pieces[index].text, known, draft.publication)
            if found.persons:
                credits = found
                break
    agencies = list(credits.agencies)
    for index in header:
        if pieces[index].kind == Kind.AGENCY:
            agencies.extend(agencies_in(pieces[index].text))
            used.add(index)
    return Credits(credits.persons, tuple(dict.fromkeys(agencies)), credits.rest)


def _author_block(pieces: list[Piece], names: list[int]) -> list[int]:
    """The first name line, and the names after it that only role lines part from it, or
    that follow it under an `Auteurs` heading (an author block: `Claire Lemoine` /
    `Maîtresse de conférences…` / `Hugo Marchal` / …). A bare name under the author's, with
    no role between, may be a photographer's: it is left."""
    block = names[:1]
    headed = bool(block) and block[0] > 0 and _AUTHORS.match(pieces[block[0] - 1].text) is not None
    for index in names[1:]:
        between = pieces[block[-1] + 1 : index]
        roles = all(piece.kind == Kind.ROLE for piece in between)
        if not roles or not (between or headed):
            break
        block.append(index)
    return block


def _merged(first: Credits, second: Credits) -> Credits:
    return Credits(
        first.persons + second.persons, first.agencies + second.agencies, first.rest + second.rest
    )


def newsroom_of(credits: Credits) -> str | None:
    """The newsroom a byline credits beside an agency (`franceinfo avec AFP`): the site's name,
    when the byline names no person and the newsroom is one short name."""
    if credits.persons or not credits.agencies or len(credits.rest) != 1:
        return None
    name = credits.rest[0]
    if _DESK.search(name) or not 1 <= word_count(name) <= 3 or is_caps(name, 30):
        return None  # `La Rédaction avec AFP`, `Service Économie avec ATS`: a desk, no site
    return name


def read_date(pieces: list[Piece], indices: list[int], used: set[int]) -> str | None:
    """The publication date: the first date or byline line that is not an update's (or the
    site's credit under the headline, `© Koaci.com - vendredi 07 mars 2025 - 09:14`)."""
    for index in indices:
        piece = pieces[index]
        if piece.kind in (Kind.DATE, Kind.BYLINE, Kind.COPYRIGHT):
            found = publication_date(piece.text)
            if found:
                used.add(index)
                return found
    return None


_DOMAIN = re.compile(r"^([a-z0-9-]+)\.[a-z]{2,4}$")


def read_publication(pieces: list[Piece], zones: Zones, used: set[int]) -> str | None:
    """The site-name line at the top, preferring one the footer or the copyright repeats, in the
    casing of a name (`TV5Monde`, `Abidjan.net`) where the page writes it both ways."""
    top = _site_names(pieces, zones)
    footer = [_clean_site(piece.text) for piece in pieces[zones.end :]]
    footer = [name for name in footer if name]
    above = [i for i in _short_above(pieces, zones) if i not in top and i not in used]
    for position, index in enumerate([*top, *above]):
        for name in _name_forms(pieces[index].text):
            forms = [form for other in footer for form in _repeated(name, other, position == 0)]
            if forms:
                used.add(index)
                return _name_for_domain(_as_name([name, *forms]), pieces, top, used)
    for index in top:
        if pieces[index].words <= MAX_SITE_NAME_WORDS and index not in used:
            used.add(index)  # a label read as the section (the kicker) never names the site
            return _clean_site(pieces[index].text)
    return _domain_below(pieces, zones)


#: A site named by its address: `Heidi.news`, `Lefaso.net`.
_SITE_DOMAIN = re.compile(
    r"\b[A-ZÀ-Þ][\w-]{1,30}\.(?:news|info|net|com|ch|be|fr|ca|ma|sn|bf|ci|dz|tn)\b"
)


def _domain_below(pieces: list[Piece], zones: Zones) -> str | None:
    """A site that names itself by its address in the banners and footer under the text
    (`Heidi.news est un média indépendant…`), when no line above names it."""
    for piece in pieces[zones.end :]:
        if piece.kind in (Kind.BANNER, Kind.COPYRIGHT, Kind.LABEL, Kind.NAME):
            found = _SITE_DOMAIN.search(piece.text)
            if found:
                return found.group()
    return None


def _name_for_domain(name: str, pieces: list[Piece], top: list[int], used: set[int]) -> str:
    """The site's name where the page writes it beside its domain: `L'Express` for
    `lexpress.mu`."""
    domain = _DOMAIN.match(name)
    if domain is None:
        return name
    for index in top:
        text = _clean_site(pieces[index].text)
        if text != name and _squash(text) == _squash(domain.group(1)):
            used.add(index)
            return text
    return name


def _squash(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())


def _name_forms(text: str) -> list[str]:
    """A site-name line as a name: whole, or the name beside a tagline (`FRANCE 24 - Infos`)."""
    whole = _clean_site(text)
    forms = [whole] if word_count(whole) <= MAX_SITE_NAME_WORDS else []
    parts = _TAGLINE.split(text)
    if len(parts) > 1:
        ends = [parts[0], parts[-1]]  # `Name - tagline`, or a page title `Headline - Name`
        forms.extend(_clean_site(end) for end in ends if word_count(end) <= MAX_SITE_NAME_WORDS)
    return [form for form in forms if form]


def _repeated(name: str, other: str, loose: bool = True) -> list[str]:
    """How a footer line writes the site's name, if it is that name or (for the page's first
    line, `loose`) opens or ends with it (`La Côte, une publication ESH Médias`); a line
    further down (a menu's label, `Suisse`) must be the whole footer line (`Sud Ouest`)."""
    if not loose:
        return [other] if other.casefold() == name.casefold() else []
    escaped = re.escape(name)
    forms = []
    for shape in (rf"^{escaped}(?![\w.])", rf"(?<![\w.]){escaped}$"):
        match = re.search(shape, other, re.IGNORECASE)
        if match:
            forms.append(match.group())
    return forms


def _as_name(forms: list[str]) -> str:
    """The first form written as a name (capitals and lowercase), else the first form."""
    return next((form for form in forms if not form.isupper() and not form.islower()), forms[0])


def _short_above(pieces: list[Piece], zones: Zones) -> list[int]:
    """Short lines above the headline that may name the site, past a consent banner."""
    limit = zones.headline if zones.headline is not None else zones.start
    kinds = (Kind.LABEL, Kind.NAME, Kind.TITLE)
    return [
        i
        for i in range(limit)
        if pieces[i].kind in kinds and pieces[i].words <= MAX_SITE_NAME_WORDS
    ]


def _site_names(pieces: list[Piece], zones: Zones) -> list[int]:
    """Short lines that open the page, after consent banners and skip links (the first may be
    a page title: the name and its tagline)."""
    limit = zones.headline if zones.headline is not None else zones.start
    names: list[int] = []
    consent = False
    for index in range(limit):
        piece = pieces[index]
        if piece.kind == Kind.BANNER or _SKIPPED.search(piece.text):
            consent = consent or piece.kind == Kind.BANNER or "cookie" in piece.text.lower()
            continue
        if piece.kind == Kind.BUTTON and consent and not names:
            continue  # the consent banner's buttons (`Paramétrer`) above the site's name
        fits = piece.kind in (Kind.LABEL, Kind.NAME, Kind.TITLE, Kind.BYLINE)
        # the page's first line, a name and its tagline, has the shape of a name and role
        fits = fits or (piece.kind == Kind.ROLE and not names and len(_name_forms(piece.text)) > 1)
        short = piece.words <= MAX_SITE_NAME_WORDS or (not names and _name_forms(piece.text))
        if not fits or not short or len(names) == SITE_NAME_SPAN:
            break
        names.append(index)
    return names


def _clean_site(text: str) -> str:
    """A site name as written, without `logo`, years or `Tous droits réservés`."""
    text = re.sub(r"\blogo\b", "", text, flags=re.IGNORECASE)
    if "©" in text or "copyright" in text.lower() or "droits" in text.lower():
        text = _COPYRIGHT_NOISE.sub(" ", text)
    return " ".join(text.split()).strip(" .,-–—|")


def _is_site(piece: Piece, draft: Draft) -> bool:
    return bool(draft.publication) and piece.text.casefold() == draft.publication.casefold()
