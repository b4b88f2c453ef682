"""The fields around a copied article: section, genre, byline, agency, date.

Above the headline: the menu, the breadcrumb and the kicker; the section is the label right
above the headline (the publication is `copysite`'s). Between headline and text: the byline,
the date, the reading time. Every piece read here is recorded in `used`, so what was read is
never listed as dropped.
"""

from __future__ import annotations

import re

from .casing import restore_label
from .copybanners import asks_for_subscription, is_ad_label, is_badge
from .copycredits import (
    Credits,
    agencies_in,
    is_anonymous_credit,
    is_credit_cue,
    is_journalist_bio,
    is_name_with_time,
    is_role_line,
    looks_like_person,
    read_credits,
)
from .copydates import DATE_CUE, publication_date
from .copypieces import Piece
from .dates import MONTH_PATTERN, WEEKDAY_PATTERN
from .draft import Draft
from .engagement import is_media_label, is_reader_estimate
from .linekind import Kind, classify_line
from .lines import SITE_ADDRESS, is_caps, word_count
from .pressreader_web import GENRE_LABEL
from .webdom import text_key

_MORE_GENRES = re.compile(
    r"point de vue|carte blanche|libre opinion|éclairage|édito|humeur|lettre ouverte|"
    r"contribution externe|opinion|tribune libre|en direct|direct|live|en continu|"
    r"(?:grande )?entrevue",
    re.IGNORECASE,
)
#: An opinion's or an analysis's genre label with its article: `L'édito`, `Notre analyse`.
_GENRE_WITH_ARTICLE = re.compile(
    r"(?:l['’]édito(?:rial)?|le billet|la chronique|la tribune|l['’]humeur|l['’]analyse|"
    r"notre (?:édito|éditorial|analyse|enquête|chronique))",
    re.IGNORECASE,
)
#: A site's rubric of opinion pieces, which reads as a genre (`Opinion` over `Chronique`).
_OPINION_RUBRIC = re.compile(r"opinions?|débats?|idées|points de vue|forum", re.IGNORECASE)
_KICKER_PARTS = re.compile(r"\s+[|/›»>]\s+|\s*[›»>|]\s*")
_DASHED = re.compile(r"\s+[-–—]\s+")
_HOME = re.compile(r"^(?:accueil|home|à la une)$", re.IGNORECASE)
_HOME_FIRST = re.compile(r"^(?:accueil|home)\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))", re.IGNORECASE)
#: The heading of an author block.
_AUTHORS = re.compile(r"^(?:les )?(?:auteure?s|autrices|auteur·es?|signataires)\s*:?$", re.I)
#: A newsroom's desk, never the site's name: `La Rédaction`, `Service Économie`, `Desk web`.
_DESK = re.compile(
    r"\b(?:rédaction|redaction|équipe|service|desk|staff|agences?|correspondants?|envoyée?s?)\b",
    re.IGNORECASE,
)
_PHOTO_AGENCY = re.compile(
    r"\b(?:keystone|afp|reuters|getty|belga|maxppp|epa|ap|dr|photo|photos|imago|sipa|ats)\b",
    re.IGNORECASE,
)
KICKER_SPAN = 3
#: The lines a byline sits over: its date, its reading time.
_DATED = frozenset({Kind.DATE, Kind.RELDATE, Kind.READTIME})
#: What parts the fields of a byline's info line: `par Name | Juil. 2, 2025 | Société`.
_INFO_PARTS = re.compile(r"\s+\|\s+")
#: The fewest labels one under the other that make a menu.
MIN_MENU_ITEMS = 5


#: A column's label: a genre and the column's name in quotation marks (`Chronique « Villes
#: ouvertes »`, `Billet “Vu d'ici”`).
_NAMED_COLUMN = re.compile(r'(?P<genre>\w[\w ]*?)\s*:?\s*(?:«[^«»]+»|“[^“”]+”|"[^"]+")')
#: A genre and the field it is of: `Critique théâtrale`, `Analyse politique` (not `Enquête
#: publique`, `Débat public`: a rubric's words).
_QUALIFIED = re.compile(
    r"(?P<genre>\w+)\s+(?:théâtrale|littéraire|musicale|cinéma|ciné|télé|gastronomique|"
    r"politique|économique|judiciaire|sportive|scientifique|historique|photo|vidéo|express|"
    # (what is reviewed: `Critique d’album`, `Critique de film`)
    r"(?:d['’]|de\s+)(?:album|disque|film|livre|roman|spectacle|concert|série|pièce|"
    r"exposition|expo|BD|jeu|restaurant)s?)"
)
#: A quotation inside a label, whose `»` is no breadcrumb's separator.
_QUOTED = re.compile(r"«[^«»]*»")


def is_genre(text: str) -> bool:
    """A genre label: `Entretien`, `Analyse`, `Point de vue`, `Critique théâtrale`, or a
    column's: `Chronique « Villes ouvertes »`."""
    if GENRE_LABEL.fullmatch(text) or _MORE_GENRES.fullmatch(text):
        return True
    if _GENRE_WITH_ARTICLE.fullmatch(text.strip()):
        return True  # `L'édito`, `Le billet`, `Notre analyse` (`Le Direct` is a rubric's name)
    qualified = _QUALIFIED.fullmatch(text.strip())  # `Critique théâtrale`, `Analyse politique`
    if qualified and GENRE_LABEL.fullmatch(qualified.group("genre")):
        return True
    column = _NAMED_COLUMN.fullmatch(text.strip())
    return bool(column and is_genre(column.group("genre")))


#: A rubric printed before the date on one line: `SOCIÉTÉ | 12/11/2026`.
_RUBRIC_THEN_DATE = re.compile(r"^(?P<rubric>[^\W\d][^|•·\d]{1,30}?)\s+[|•·]\s+\d")


def _rubric_of_date(text: str) -> str | None:
    """The rubric a date line starts with, if it does (`SOCIÉTÉ | 12/11/2026`)."""
    match = _RUBRIC_THEN_DATE.match(text.strip())
    rubric = match.group("rubric") if match else None
    return rubric if rubric and _kicker_like_text(rubric) else None


def _kicker_like_text(text: str) -> bool:
    """A rubric's words: a label of three words at most, no date's (`Mardi`, `Publié le`)."""
    return (
        word_count(text) <= MAX_DATED_RUBRIC_WORDS
        and classify_line(text) == Kind.LABEL
        and _DATE_WORD.search(text) is None
        and re.search(DATE_CUE, text, re.IGNORECASE) is None
    )


MAX_DATED_RUBRIC_WORDS = 3
#: A paper's name: an article and capitalised words (`Le Temps`, `L'Est Éclair`, `La Presse`),
#: a shape rubrics do not take (`Faits divers`, `Grand Montréal`, `Vaud & régions`).
_PAPER_NAME = re.compile(r"(?:(?:Le|La|Les)\s|L['’])[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]*)?")
_DATE_WORD = re.compile(
    rf"\b(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}|le)\b",
    re.IGNORECASE,
)


#: The first lines of a copy, where the site's name is.
SITE_LINES = 3


#: The labels in a row that make a menu.
MENU_LABELS = 3


def _ends_menu(pieces: list[Piece], index: int) -> bool:
    """Whether the labels right above `index` are a menu's entries (three in a row), not a
    breadcrumb (`Accueil > Économie`)."""
    above = pieces[max(index - MENU_LABELS, 0) : index]
    return len(above) == MENU_LABELS and all(piece.kind == Kind.LABEL for piece in above)


def _badge(label: str, draft: Draft, pieces: list[Piece]) -> bool:
    """A label on the article that says who may read it (`Abonnés`, `Le Vif+`), not where it
    belongs; `pieces` are those above it."""
    return is_badge(label) or _subscribers_offer(label, draft, pieces)


def _subscribers_offer(label: str, draft: Draft, pieces: list[Piece]) -> bool:
    """The site's name with a plus, its offer for subscribers (`Le Vif+` under the site-name
    line `Le Vif`): a badge, not a rubric."""
    name = label.strip()
    if not name.endswith("+") or name == "+":
        return False
    base = name.rstrip("+ ")
    # (the site's name opens the page; a menu's `M6` beside `M6+` names a channel, not it)
    return base == draft.publication or any(p.text.strip() == base for p in pieces[:SITE_LINES])


def read_kicker(
    pieces: list[Piece],
    headline: int,
    draft: Draft,
    used: set[int],
    known: dict[str, str] | None = None,
) -> int | None:
    """Section and genre from the labels (or the breadcrumb) right above the headline; a label
    in capitals takes the casing the text gives its words (`VALLON DE SAINT-IMIER`). The
    index of the piece the section was read from."""
    read = None
    title = pieces[headline].text
    key = text_key(title)
    known = {**(known or {}), **_spelled(pieces)}
    index = headline - 1
    menu = {text_key(piece.text) for piece in pieces[:headline]}
    while index >= 0 and headline - index <= KICKER_SPAN + 1 and draft.section is None:
        piece = pieces[index]
        rubric = _rubric_of_date(piece.text) if piece.kind == Kind.DATE else None
        if rubric:
            draft.section = _label(rubric, known)
            read = index  # `SOCIÉTÉ | 12/11/2026`: the date is read apart
        if is_ad_label(piece.text) and index < headline - 1 and _ends_menu(pieces, index):
            break  # an ad's slot between the menu and the article's labels (`L'édito`)
        if piece.text == title or piece.kind == Kind.DATE:
            index -= 1
            continue
        if _badge(piece.text, draft, pieces[:headline]):
            index -= 1
            continue
        if _teaser_under_crumbs(pieces, index):
            index -= 1  # `Logements vacants à 0,38%` under `Accueil / Suisse / Vaud`
            continue
        if is_name_with_time(piece.text) or piece.kind == Kind.BYLINE:
            break  # an aggregator's credits over the headline: no rubric above them
        if not _kicker_like(piece) or SITE_ADDRESS.fullmatch(piece.text.strip()):  # `lematin.ch`
            break  # (a site's address over the headline names the site, not a rubric)
        if _reader_view(pieces, headline) or (index == 0 and _credited(pieces, headline)):
            break  # a reader view prints the site's address and name above the headline
        if index == 0 and _names_paper(pieces, headline):
            break  # the copy's first line `Le Temps`, `La Presse`: a paper's name, no rubric
        # (the last crumb may be the headline again, spaced or quoted another way)
        parts = [part for part in kicker_parts(piece.text) if part and text_key(part) != key]
        # (a breadcrumb copied without its separator: `Accueil Bruxelles`)
        parts = [_unseparated_crumb(part, menu) for part in parts if not _HOME.match(part)]
        genres = [part for part in parts if is_genre(part)]
        rest = [part for part in parts if not is_genre(part)]
        if genres and draft.genre is None:
            draft.genre = _label(genres[0], known or {})
        elif genres and not rest and _OPINION_RUBRIC.fullmatch(genres[-1].strip()):
            rest = genres[-1:]  # the rubric a genre runs in: `Opinion` over `Chronique`
        if rest:
            draft.section = _label(rest[-1], known or {})
            read = index
        if rest or genres:
            used.add(index)
        index -= 1
    if read is not None and read - 1 == index >= 0:
        _genre_above(pieces, index, draft, used, known)
    return read


def _unseparated_crumb(crumb: str, menu: set[str]) -> str:
    """The last crumb of a breadcrumb copied without its separators: `Accueil Sport Football`
    is `Football` when `Sport` is a line of the menu above (`Accueil Faits divers` and
    `Accueil Santé mentale` stay whole: a crumb opens on a capital)."""
    if _HOME_FIRST.match(crumb) is None:
        return crumb
    words = _HOME_FIRST.sub("", crumb).split()
    while len(words) > 1:
        heads = [k for k in range(1, len(words)) if words[k][:1].isupper()]
        head = next((k for k in heads if text_key(" ".join(words[:k])) in menu), 0)
        if not head:
            break
        words = words[head:]
    return " ".join(words)


def _names_paper(pieces: list[Piece], headline: int) -> bool:
    """Whether the copy's first line is a paper's name (`Le Temps`): shaped as one, written
    again in the copy (`Le Temps:` asking an interview's questions, its `©` line) or over a
    genre label (`Le Monde` / `Tribune`), and not a town's kicker that the headline opens on
    (`Le Mans` over `Le Mans : les riverains …`); a rubric (`La Suisse`, `Le Mag`) has the
    shape, not the rest."""
    name = pieces[0].text.strip()
    if _PAPER_NAME.fullmatch(name) is None or pieces[headline].text.startswith(name):
        return False
    written = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    again = any(written.search(piece.text) for piece in pieces[headline + 1 :])
    return again or (headline == 2 and is_genre(pieces[1].text))


def _teaser_under_crumbs(pieces: list[Piece], index: int) -> bool:
    """A line over the headline that gives a figure (`Logements vacants à 0,38%`) under the
    breadcrumb: the story's teaser, not its rubric (a rubric's name holds no figure)."""
    figure = any(char.isdigit() for char in pieces[index].text)
    return figure and any(piece.kind == Kind.CRUMBS for piece in pieces[max(index - 2, 0) : index])


def _credited(pieces: list[Piece], headline: int) -> bool:
    """Whether the copy's first line is a name the page credits a photo to under the headline
    (`… de novembre. – Acadie Nouvelle: Sylvie Robichaud`): the paper's name, not a rubric."""
    name = re.escape(pieces[0].text.strip())
    credit = re.compile(rf"(?:[–—©]\s*|[.!?]\s+){name}\s*[:/]")
    # (`PHOTO FRANÇOIS ROY, ARCHIVES LA PRESSE`: a photo credited to the paper in capitals)
    closing = re.compile(rf"[\s,]{name}\W*$", re.IGNORECASE)
    return any(
        credit.search(piece.text) or (piece.kind == Kind.PHOTO and closing.search(piece.text))
        for piece in pieces[headline + 1 :]
    )


def _reader_view(pieces: list[Piece], headline: int) -> bool:
    """A browser's reader view: its estimate of the reading time (`3 à 4 minutes`) under the
    headline and the author; it prints the site's name first."""
    below = pieces[headline + 1 : headline + 1 + KICKER_SPAN]
    return any(is_reader_estimate(piece.text) for piece in below)


def _genre_above(
    pieces: list[Piece], index: int, draft: Draft, used: set[int], known: dict[str, str]
) -> None:
    """The genre from a label right over the rubric read (`Tribune` / `Santé`), alone there:
    the last of a list of labels (`… / Débats / Opinion`) is the site's menu."""
    piece = pieces[index]
    listed = index > 0 and pieces[index - 1].kind == Kind.LABEL
    if draft.genre is None and piece.kind == Kind.LABEL and is_genre(piece.text) and not listed:
        draft.genre = _label(piece.text, known)
        used.add(index)


def _ends_menu(pieces: list[Piece], index: int) -> bool:
    """Whether the piece is the last of the site's menu, one label under the other
    (`Politique` / `Économie` / … / `Sport`), where a kicker may follow the menu too (a
    breadcrumb copied a crumb a line has a few crumbs, not as many)."""
    run = 0
    while index - run >= 0 and pieces[index - run].chunk == pieces[index].chunk:
        if pieces[index - run].kind not in (Kind.LABEL, Kind.BUTTON):
            break
        run += 1
    return run >= MIN_MENU_ITEMS


#: A rubric's words: letters, capitalised (`Économie`, `Faits divers`), no figure or dot.
_RUBRIC_WORDS = re.compile(r"[A-ZÀ-Þ][^\W\d_]+(?:[ '’-][^\W\d_]+){0,2}")


def _rubric_over_credits(pieces: list[Piece], index: int, label: str) -> bool:
    """Whether a label right under the headline of a copy with no menu is its rubric: words
    (no figure, no date's cue), the byline or the date under it (`Économie` / `Publié le …`;
    a reader view's site name has its reading time under it: `Guinéenews` / `4 minutes`)."""
    below = pieces[index + 1] if index + 1 < len(pieces) else None
    credited = below is not None and below.kind in (Kind.BYLINE, Kind.DATE)
    cue = re.match(DATE_CUE, label, re.IGNORECASE) is not None or is_credit_cue(label)
    return credited and _RUBRIC_WORDS.fullmatch(label) is not None and not cue


def read_rubric_below(
    pieces: list[Piece], header: range, kicker: int | None, draft: Draft, used: set[int]
) -> None:
    """The section from a label among the byline and date under the headline (`Politique`
    beside `12 mars 2025`, or a field of the byline's line: `par Name | date | Société`) that
    the site's menu names too (or, on a copy with no menu, right under the headline), when no
    kicker gave it or the `kicker` read was only the menu's last item (`… / Provinces /
    Sport`)."""
    if draft.section is not None and (kicker is None or not _ends_menu(pieces, kicker)):
        return
    menu = {p.text.casefold() for p in pieces[: header.start] if p.kind == Kind.LABEL}
    for index in header:
        piece = pieces[index]
        if piece.kind == Kind.LABEL and index not in used:
            labels = [piece.text]
        elif piece.kind == Kind.BYLINE and index in used:  # `par Name | date | Société | …`
            labels = [part.strip() for part in _INFO_PARTS.split(piece.text)[1:]]
        else:
            continue
        # (an app's share, no menu over the headline that opens it: the label right under it)
        menuless = not menu and index == header.start == 1
        for label in labels:
            named = (
                _rubric_over_credits(pieces, index, label) if menuless else label.casefold() in menu
            )
            if not named:
                continue
            if _badge(label, draft, pieces[: header.start]) or asks_for_subscription(label):
                continue
            if label == draft.publication or is_media_label(label):
                continue
            draft.section = label
            used.add(index)
            if kicker is not None:
                used.discard(kicker)
            return


def kicker_parts(text: str) -> list[str]:
    """The crumbs of a kicker or breadcrumb line. A dash parts a genre or a badge from the
    rubric (`Liban - Analyse`); between two rubrics it joins one compound rubric
    (`Faits divers - Justice`, `Accueil > France - Monde > Agriculture`)."""
    parts: list[str] = []
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1].strip()  # `[ Société ]`: a text-mode copy's rubric
    quoted = _QUOTED.findall(text)  # (`Chronique « Villes ouvertes »`: one label)
    for index, quotation in enumerate(quoted):
        text = text.replace(quotation, f"\x00{index}\x00", 1)
    for crumb in _KICKER_PARTS.split(text):
        crumb = re.sub(r"\x00(\d+)\x00", lambda match: quoted[int(match.group(1))], crumb)
        dashed = _DASHED.split(crumb)
        labels = [p for p in dashed if is_genre(p) or _HOME.match(p) or is_badge(p)]
        parts.extend(dashed if labels else [crumb])
    return parts


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
    # a credit naming no person (`Avec agences`) gives way to a name beside it
    named = [i for i in bylines if not is_anonymous_credit(pieces[i].text)]
    # and one naming the site (`Par : RFI`) to one naming a person under it (`Avec notre
    # correspondante à Antananarivo, Lalaina Rakotomalala`)
    read = {i: read_credits(pieces[i].text, known, draft.publication) for i in named}
    personal = [i for i in named if read[i].persons]
    chosen = personal[:1] or named[:1] or _author_block(pieces, names, draft) or bylines[:1]
    for index in chosen:
        found = (
            read[index]
            if index in read
            else read_credits(pieces[index].text, known, draft.publication)
        )
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
        # `Kevin Dumont (avec Belga)`, `Anne Roy · 3 mars 2025`: a person beside the agency
        # or the date; `ATS / Lucie Monnier` over the date (shaped like a photo's credit)
        kind = pieces[index].kind
        dated = index + 1 < len(pieces) and pieces[index + 1].kind in _DATED
        if kind in (Kind.AGENCY, Kind.DATE) or (kind == Kind.PHOTO and dated):
            found = read_credits(pieces[index].text, known, draft.publication)
            # (`Name / Rédaction` over a reading time: the newsroom beside the author)
            newsroom = all(_DESK.search(rest) for rest in found.rest)
            signed = kind != Kind.PHOTO or (bool(found.agencies or found.rest) and newsroom)
            if signed and found.persons and all(looks_like_person(n) for n in found.persons):
                credits = found
                used.add(index)
                break
    agencies = list(credits.agencies)
    for index in header:
        if pieces[index].kind == Kind.AGENCY:
            agencies.extend(agencies_in(pieces[index].text))
            used.add(index)
    return Credits(credits.persons, tuple(dict.fromkeys(agencies)), credits.rest)


def _author_block(pieces: list[Piece], names: list[int], draft: Draft) -> list[int]:
    """The first name line, and the names after it that only role lines, the site's name or a
    place part from it (`Marie Roy` / `La Presse` / `Simon Gagné` / `La Presse`, `Anne Roy` /
    `à Québec` / `Paul Lin` / `à Québec`), or that follow it
    under an `Auteurs` heading (an author block: `Claire Lemoine` / `Maîtresse de
    conférences…` / `Hugo Marchal` / …). A bare name under the author's, with nothing
    between, may be a photographer's: it is left."""
    block = names[:1]
    headed = bool(block) and block[0] > 0 and _AUTHORS.match(pieces[block[0] - 1].text) is not None
    for index in names[1:]:
        between = pieces[block[-1] + 1 : index]
        # (a place line parts two names only when the next has its own: `à Québec` under each)
        placed = index + 1 < len(pieces) and _WHERE.match(pieces[index + 1].text) is not None
        roles = all(
            piece.kind == Kind.ROLE
            or _is_site(piece, draft)
            or (placed and _WHERE.match(piece.text))
            for piece in between
        )
        # (`Sujet TJ: Pascal Jaquet` / `Adaptation web: Nadia Berset`: each says its part)
        parts = not between and all(_CONTRIBUTION.match(pieces[i].text) for i in (block[0], index))
        # (`Élise Goffin` / `Jonas Remacle` over the date, each again in the authors' box
        # under the text: a photographer is not given a box)
        boxed = not between and all(_named_again(pieces, i) for i in (block[0], index))
        if not (roles and (between or headed)) and not parts and not boxed:
            break
        block.append(index)
    return block


def _named_again(pieces: list[Piece], index: int) -> bool:
    """Whether a name line recurs alone once further down the copy, over a journalist's bio
    (an authors' box: `Jonas Remacle` / `Journaliste au Vif.`; not an interviewee's name as
    the speaker's label of each answer, nor a photographer's box)."""
    key = text_key(pieces[index].text)
    again = [at for at in range(index + 2, len(pieces)) if text_key(pieces[at].text) == key]
    if len(again) != 1 or again[0] + 1 >= len(pieces):
        return False
    return is_journalist_bio(pieces[again[0] + 1].text)


#: Where an author writes from, under the name (Le Devoir's `à Québec`, `à Ottawa`).
_WHERE = re.compile(r"^(?:à|au|aux|en|depuis)\s+[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[ -][\w’'-]+){0,2}$")
#: A contributor's credit that names their part: `Sujet TJ: Pascal Jaquet`, `Texte : Anne Roy`.
_CONTRIBUTION = re.compile(r"^[^\W\d][\w .’'-]{1,30}\s?:\s+[A-ZÀ-Ö]")


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


def _is_site(piece: Piece, draft: Draft) -> bool:
    return bool(draft.publication) and piece.text.casefold() == draft.publication.casefold()
