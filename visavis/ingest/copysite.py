"""The publication's name on a copied page: the site-name line at the top, confirmed where
the footer or the copyright repeats it, else named by the site's address under the text.

A site name is a short line that opens the page after consent banners and skip links (the
first may be a page title, the name beside its tagline: `FRANCE 24 - Infos, news & …`),
written in the casing of a name where the page writes it both ways, and in full where a
site-name line spells out the short or logo name the others print (`Le JDD` / `Le Journal du
Dimanche`). Every piece read is recorded in `used`, so that it is never listed as dropped.
"""

from __future__ import annotations

import re

from .copybanners import is_skip_link, is_ticker_label
from .copypieces import Piece
from .copysource import MAX_SITE_NAME_WORDS, clean_site, named_source
from .copyzones import Zones
from .linekind import Kind
from .lines import ADDRESS_END, NAME_ARTICLE, SITE_ADDRESS, word_count
from .webdom import text_key

_SKIPPED = re.compile(
    r"cookie|^logo$|^ok$|^accepter|^refuser|^paramètres|^tout accepter",
    re.IGNORECASE,
)
#: Between a site's name and its tagline in a page title: `FRANCE 24 - Infos, news & …`.
_TAGLINE = re.compile(r"\s+[-–—|]\s+|,\s+(?=(?:le|la|les|l['’]|un|une|votre|ton)\s?\w)")
SITE_NAME_SPAN = 3
#: A publisher's company, which owns the site but is not its name.
_COMPANY = re.compile(
    r"\b(?:groupe?|médias?|media|holding|corporation|société|coopérative|b\.v\.|gmbh|(?-i:S\.?A\.?S?))\b",
    re.IGNORECASE,
)
#: The longest site name a copyright line may confirm.
MAX_COPYRIGHT_NAME_WORDS = 10


#: One-word labels in a row that make the opening lines a menu.
MENU_ENTRIES = 4
#: A link to one of the site's own pages: `Qui sommes-nous`, `Nous contacter`.
_SITE_PAGE = re.compile(
    r"^(?:qui sommes-nous|à propos(?: de nous)?|nous contacter|nous joindre|contactez-nous"
    r"|mentions légales|contact|publicité|annoncer)\s*\??$",
    re.IGNORECASE,
)
#: The fewest letters of an opening line that ends the copyright's name.
MIN_NAME_KEY = 4


#: A letter's greeting on its own line: `Salut Louise,`, `Bonjour à tous,`.
_GREETING = re.compile(
    r"^(?:salut|bonjour|bonsoir|coucou|hello|hi|cher|chère|chers|chères)\b[^.!?]{0,40},$",
    re.IGNORECASE,
)
#: The longest signature under a sender's note: a first name, or a full name.
MAX_SIGNATURE_WORDS = 3


def read_publication(pieces: list[Piece], zones: Zones, used: set[int]) -> str | None:
    """The site-name line at the top, preferring one the footer or the copyright repeats, in the
    casing of a name (`TV5Monde`, `Abidjan.net`) where the page writes it both ways; the site
    a line under the text says the article comes from, over an aggregator's own name. A name
    shouted in capitals (`LE SOLEIL`) as the page also writes it (`(Photo : Le Soleil)`)."""
    name = _read_publication(pieces, zones, used)
    return _as_written_elsewhere(name, pieces) if name and name.isupper() else name


def _as_written_elsewhere(name: str, pieces: list[Piece]) -> str:
    """The first form of the name, as whole words, capitalised but not in capitals, in the
    page's lines (an address's `rtc` is no name)."""
    words = r"\s+".join(re.escape(word) for word in name.split())
    pattern = re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)
    for piece in pieces:
        for match in pattern.finditer(piece.text):
            found = match.group()
            if found[:1].isupper() and not found.isupper():
                return found
    return name


def _read_publication(pieces: list[Piece], zones: Zones, used: set[int]) -> str | None:
    top = _site_names(pieces, zones)
    source = named_source(pieces, zones, used)
    if source is not None:
        source = _fuller_on_top(source, pieces, top)
        lines = [i for i in range(len(pieces)) if pieces[i].text.casefold() == source.casefold()]
        used.update(i for i in lines if i < zones.start)
        return source
    footer = [clean_site(piece.text) for piece in pieces[zones.end :]]
    footer = [name for name in footer if name]
    above = [i for i in _short_above(pieces, zones) if i not in top and i not in used]
    # (a link to the site's own pages, in its top bar and its footer, never names it)
    above = [i for i in above if not _SITE_PAGE.match(pieces[i].text.strip())]
    # (nor does the menu's entry for the rubric read as the section: `Mobilité`, which the
    # tags under the text repeat)
    read = {pieces[i].text.strip().casefold() for i in used if i < len(pieces)}
    above = [i for i in above if pieces[i].text.strip().casefold() not in read]
    for position, index in enumerate([*top, *above]):
        for name in _name_forms(pieces[index].text):
            forms = [form for other in footer for form in _repeated(name, other, position == 0)]
            if forms:
                used.add(index)
                named = _name_for_domain(_as_name([name, *forms]), pieces, top, used)
                return _full_name(named, pieces, zones, top, used)
    confirmed = _named_by_copyright(pieces, zones, used)
    if confirmed is not None:
        return confirmed
    named = _copyright_name(pieces, zones) if _opens_on_menu(pieces, top) else None
    if named is not None and not _names_a_line(named, pieces, top):
        return named  # no name above the menu: the copyright's (`© Nice-Matin`)
    for index in top:
        if pieces[index].words <= MAX_SITE_NAME_WORDS and index not in used:
            used.add(index)  # a label read as the section (the kicker) never names the site
            named = _name_for_domain(clean_site(pieces[index].text), pieces, top, used)
            return _full_name(named, pieces, zones, top, used)
    return _domain_below(pieces, zones) or _copyright_name(pieces, zones) or _imprint(pieces, zones)


def _fuller_on_top(source: str, pieces: list[Piece], top: list[int]) -> str:
    """The site-name line at the top that starts with the source's name (`Partagé depuis
    l'application ICI` under a copy headed `ICI Vaucluse`): the local edition's full name."""
    first = pieces[top[0]].text.strip() if top else ""
    starts = first.casefold().startswith(source.casefold() + " ")
    return first if starts and word_count(first) <= MAX_SITE_NAME_WORDS else source


def _opens_on_menu(pieces: list[Piece], top: list[int]) -> bool:
    """Whether the short lines that open the page are the menu's entries (`Nice` / `Cannes` /
    `Antibes` / …: one-word labels in a row, the first of them and all but one of the others;
    `Actualité` / `Justice et faits divers` / `Politique` / …), not a site's name and its
    tagline."""
    run = pieces[top[0] : top[0] + MENU_ENTRIES] if top else []
    if len(run) < MENU_ENTRIES or run[0].kind != Kind.LABEL or run[0].words != 1:
        return False
    entries = all(piece.kind in (Kind.LABEL, Kind.TITLE) and piece.words <= 4 for piece in run)
    return entries and sum(piece.words == 1 for piece in run) >= MENU_ENTRIES - 1


def _names_a_line(name: str, pieces: list[Piece], top: list[int]) -> bool:
    """Whether the copyright's name, without its address's ending, is one of the opening lines
    (`© Seneweb.com` over a page that opens on `Seneweb`, `© L'Express, La Sentinelle Ltd`
    over one that opens on `L'Express`, `© Éditions de l'Avenir` over `Lavenir`)."""
    brands = {ADDRESS_END.sub("", name).casefold(), name.split(",")[0].strip().casefold()}
    if any(pieces[index].text.casefold() in brands for index in top):
        return True
    first = text_key(pieces[top[0]].text) if top else ""  # (`Lavenir`, `© Éditions de l'Avenir`)
    return len(first) >= MIN_NAME_KEY and text_key(name).endswith(first)


def _full_name(name: str, pieces: list[Piece], zones: Zones, top: list[int], used: set[int]) -> str:
    """The site's full name where a site-name line prints it beside the short or logo name
    chosen (`Le JDD` over `Le Journal du Dimanche`): a line that spells out the short name's
    initials, the line under the logo that goes on from its name (`ici` / `ici Pays
    Basque`), or one the copyright names that shares the short name's words or letters; a
    logo copied over two lines that the footer names whole (`Actu` / `Toulouse`)."""
    joined = _split_logo(name, pieces, zones, top)
    if joined is not None:
        used.add(top[0] + 1)
        return joined
    copyrights = {found.casefold() for found in _copyrights(pieces, zones)}
    for index in top:
        full = clean_site(pieces[index].text)
        if index in used or len(full) <= len(name) or _COMPANY.search(full):
            continue
        spelled = _spells_out(full, name)
        named = full.casefold() in copyrights and name.casefold() not in copyrights
        # the logo's name over the line that names the edition (`ici` / `ici Pays Basque`)
        extends = full.casefold().startswith(name.casefold() + " ") and index <= top[0] + 1
        extends = extends and not _TAGLINE.match(full[len(name) :])  # (`Le360 – L'info …`)
        if spelled or extends or (named and _shortens(name, full)):
            used.add(index)
            return full
    return name


def _split_logo(name: str, pieces: list[Piece], zones: Zones, top: list[int]) -> str | None:
    """A logo copied over two lines (`Actu` / `Toulouse`) that the footer names whole."""
    if not top or top[0] + 1 >= len(pieces) or clean_site(pieces[top[0]].text) != name:
        return None
    joined = f"{name} {pieces[top[0] + 1].text.strip()}"
    footer = {clean_site(piece.text).casefold() for piece in pieces[zones.end :]}
    return joined if joined.casefold() in footer else None


def _spells_out(full: str, short: str) -> bool:
    """Whether the short name, past its article, is the capitals of the full name's initials,
    with or without its article, or of its capitalised words (`JDD`: `Le Journal du Dimanche`,
    `LCI`: `La Chaîne Info`)."""
    letters = NAME_ARTICLE.sub("", short)
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    words = [word for word in re.split(r"[\s'’-]+", full) if text_key(word)]
    article = words[1:] if NAME_ARTICLE.match(full) else words
    shapes = (words, article, [word for word in words if word[0].isupper()])
    initials = ("".join(text_key(word)[0] for word in shape) for shape in shapes)
    return text_key(letters) in initials


def _shortens(short: str, full: str) -> bool:
    """Whether a name is the short form of another, past their articles: its initials, its
    opening letters (`Libé`: `Libération`) or some of its words (`L'Obs`: `Le Nouvel Obs`)."""
    short_words, full_words = _squash_words(short), _squash_words(full)
    if _spells_out(full, short) or "".join(full_words).startswith("".join(short_words)):
        return True
    return bool(short_words) and set(short_words) <= set(full_words)


def _squash_words(name: str) -> list[str]:
    """A name's words past its article, squashed (`L'Écho des Plateaux`: `écho`, `des`, …)."""
    words = re.split(r"[\s'’-]+", NAME_ARTICLE.sub("", name))
    return [_squash(word) for word in words if _squash(word)]


def _copyrights(pieces: list[Piece], zones: Zones) -> list[str]:
    """The names the copyright lines under the text give (`© 2024 Le Journal X. Tous droits
    réservés.` → `Le Journal X`), in order."""
    names = [clean_site(p.text) for p in pieces[zones.end :] if p.kind == Kind.COPYRIGHT]
    return [name for name in names if name and name[:1].isupper()]


def _named_by_copyright(pieces: list[Piece], zones: Zones, used: set[int]) -> str | None:
    """A line above the headline that the copyright repeats, however long the name
    (`Le Journal de l'île de La Réunion` over `© Le Journal de l'île de La Réunion 2025`)."""
    names = {name.casefold(): name for name in _copyrights(pieces, zones)}
    limit = zones.headline if zones.headline is not None else zones.start
    for index in range(limit):
        text = clean_site(pieces[index].text)
        short = word_count(text) <= MAX_COPYRIGHT_NAME_WORDS
        if index not in used and short and text.casefold() in names:
            used.add(index)
            return _as_name([text, names[text.casefold()]])
    return None


def _imprint(pieces: list[Piece], zones: Zones) -> str | None:
    """The name over the publisher's postal address in the footer (`Le Quotidien Jurassien` /
    `Route de Courroux 6` / `2800 Delémont`), when nothing else names the site."""
    footer = pieces[zones.end :]
    for at, piece in enumerate(footer):
        named = piece.kind in (Kind.LABEL, Kind.NAME, Kind.TITLE) and piece.text[:1].isupper()
        named = named and not any(char.isdigit() for char in piece.text)  # not the street
        addressed = any(below.kind == Kind.CONTACT for below in footer[at + 1 : at + 3])
        if named and piece.words <= MAX_SITE_NAME_WORDS and addressed:
            return clean_site(piece.text) or None
    return None


def _copyright_name(pieces: list[Piece], zones: Zones) -> str | None:
    """The name the copyright gives, when no line above the headline names the site (a copy
    that starts at the headline): `© 2025 Le Courrier du Lac` → `Le Courrier du Lac`, without
    its tagline (`© 2025 TSA Algérie - Tout sur l'Algérie`); never the publisher's company
    (`© 2025 Groupe Rossel`, `IPM Group`, `ESH Médias`)."""
    names = [_TAGLINE.split(name)[0].strip() for name in _copyrights(pieces, zones)]
    names = [name for name in names if word_count(name) <= 6 and not _COMPANY.search(name)]
    return names[0] if names else None


#: What parts a photo credit's names: `(Jonathan Roy/La Voix de l'Est)`, `© Name, Paper`.
_CREDIT_PARTS = re.compile(r"[()/,|–—:©]")
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
    """The site's name where the page writes it beside its domain, or in a photo's credit:
    `L'Express` for `lexpress.mu`."""
    if not SITE_ADDRESS.fullmatch(name):
        return name
    stem = ADDRESS_END.sub("", name)
    for index in top:
        text = clean_site(pieces[index].text)
        if text != name and text_key(text) == text_key(stem):  # accents aside
            used.add(index)
            return text
    # a photo's credit that names the paper: `(Jonathan Roy/La Voix de l'Est)` for
    # `lavoixdelest.ca`
    credits = (piece for piece in pieces if piece.kind in (Kind.CAPTION, Kind.PHOTO))
    parts = (part.strip() for piece in credits for part in _CREDIT_PARTS.split(piece.text))
    return next((part for part in parts if part and text_key(part) == text_key(stem)), name)


def _squash(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())


def _name_forms(text: str) -> list[str]:
    """A site-name line as a name: whole, or the name beside a tagline (`FRANCE 24 - Infos`)."""
    whole = clean_site(text)
    forms = [whole] if word_count(whole) <= MAX_SITE_NAME_WORDS else []
    parts = _TAGLINE.split(text)
    if len(parts) > 1:
        ends = [parts[0], parts[-1]]  # `Name - tagline`, or a page title `Headline - Name`
        forms.extend(clean_site(end) for end in ends if word_count(end) <= MAX_SITE_NAME_WORDS)
    return [form for form in forms if form]


def _repeated(name: str, other: str, loose: bool = True) -> list[str]:
    """How a footer line writes the site's name, if it is that name or (for the page's first
    line, `loose`) opens or ends with it (`La Côte, une publication ESH Médias`); a line
    further down (a menu's label, `Suisse`) must be the whole footer line (`Sud Ouest`)."""
    if text_key(other) == text_key(name) and other.strip():
        return [other]  # the same name however spaced or cased: `SUDOUEST` is `Sud Ouest`
    if not loose:
        return []
    escaped = re.escape(name)
    forms = []
    # (a hyphen goes on with the name: `Nice` is not `Nice-Matin`; a colon after it opens a
    # linked headline: `Nice : la Promenade fermée`)
    for shape in (rf"^{escaped}(?![\w.]|-\w|\s*:)", rf"(?<![\w.])(?<!\w-){escaped}$"):
        match = re.search(shape, other, re.IGNORECASE)
        if match:
            forms.append(match.group())
    return forms


def _as_name(forms: list[str]) -> str:
    """The first form written as a name (capitals and lowercase), else the first not in
    capitals (a brand written in lowercase, `7sur7.cd`, over its logo's `7SUR7.CD`), else the
    first form."""
    named = (form for form in forms if not form.isupper() and not form.islower())
    return next(named, next((form for form in forms if not form.isupper()), forms[0]))


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
    for index in range(_past_note(pieces, limit), limit):
        piece = pieces[index]
        if index == 0 and SITE_ADDRESS.fullmatch(piece.text.strip()) and limit > 1:
            continue  # a reader view's address over the site's name (`www.24heures.ch`)
        if piece.kind == Kind.BANNER or _SKIPPED.search(piece.text) or is_skip_link(piece.text):
            consent = consent or piece.kind == Kind.BANNER or "cookie" in piece.text.lower()
            continue
        if is_ticker_label(piece.text) and not names:
            continue  # a news ticker's label (`Dernières nouvelles`), which names no site
        if piece.kind == Kind.BUTTON and consent and not names:
            continue  # the consent banner's buttons (`Paramétrer`) above the site's name
        fits = piece.kind in (Kind.LABEL, Kind.NAME, Kind.TITLE, Kind.BYLINE)
        # the page's first line, a name and its tagline, has the shape of a name and role
        fits = fits or (piece.kind == Kind.ROLE and not names and len(_name_forms(piece.text)) > 1)
        # a cue word alone opening the page, which the page names again inside a line
        # (`Voir` / … `Infolettre Voir`, `pour Voir depuis 2019`): the site's name
        fits = fits or (piece.kind == Kind.SEEALSO and not names and _named_inside(piece, pieces))
        short = piece.words <= MAX_SITE_NAME_WORDS or (not names and _name_forms(piece.text))
        if not fits or not short or len(names) == SITE_NAME_SPAN:
            break
        names.append(index)
    return names


def _named_inside(piece: Piece, pieces: list[Piece]) -> bool:
    """A one-word line the copy prints again after another word of a line (a name inside a
    phrase: `Infolettre Voir`), never only alone or opening a line (a menu's `Voir` / `Voir
    plus`)."""
    if piece.words != 1:
        return False
    inside = re.compile(rf"\S\s+{re.escape(piece.text.strip())}\b")
    return any(inside.search(other.text) for other in pieces if other is not piece)


def _past_note(pieces: list[Piece], limit: int) -> int:
    """The index past the note a sender wrote over a copy sent by e-mail (`Salut Louise,` /
    its words / `Jacques`): its signature names no site; 0 without such a note."""
    if limit == 0 or not _GREETING.match(pieces[0].text.strip()):
        return 0
    at = 1
    while at < limit and pieces[at].kind == Kind.TEXT:
        at += 1
    signed = at + 1 < limit and pieces[at].kind in (Kind.LABEL, Kind.NAME)
    return at + 1 if signed and pieces[at].words <= MAX_SIGNATURE_WORDS else at
