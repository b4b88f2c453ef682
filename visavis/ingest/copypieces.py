"""A copied page as pieces: each line, or hard-wrapped lines joined, with the kind it has.

The piece is jusText's paragraph: the unit that gets a class. A line is joined to the one
before it when it plainly continues it (the line before was long and left its sentence open,
and this one starts in lowercase), or when the whole chunk was wrapped at a fixed width. Then
the neighbours refine a few kinds: a sentence beside a photo credit is its caption, and the
lines under an "En bref" heading are a summary box, not the article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from .copybanners import (
    MAX_TIPS_CALL_LINES,
    asks_for_subscription,
    calls_reader,
    is_media_cue,
    site_asks,
    tips_call_lines,
)
from .copycaptions import mark_captions
from .copyconsent import mark_consent
from .copycredits import is_called_name, is_credit_cue, opens_note
from .copyinfo import mark_info_boxes
from .engagement import is_rating
from .linekind import Kind, classify_line, stop_share
from .lines import Chunk, Line, ends_sentence, word_count
from .photocredits import is_source_line
from .units import wrap_width

WRAPPED_LINE = 50
MAX_BOX_ITEM_WORDS = 25
#: The longest line of a box's call to the reader (its heading, its blurb, its call).
MAX_BOX_LINE_WORDS = 20
#: The longest heading that trails off into an appeal's banner (`Avant de partir…`).
MAX_APPEAL_HEADING_WORDS = 10
MAX_LISTED_WORDS = 25
#: The longest heading over a review's ratings (`Notre avis`, `Le verdict de la rédaction`).
MAX_RATING_HEAD_WORDS = 4
#: The most lines a sign-up box holds between its heading and its button (the letter's name,
#: a blurb, the e-mail field).
MAX_SIGNUP_LINES = 4
_BOX_HEADS = frozenset({Kind.TITLE, Kind.LABEL, Kind.BUTTON, Kind.BANNER})
#: The longest credit that may follow a cue alone on its line.
MAX_CUED_WORDS = 10
#: The longest line of a match's sheet (`Médoc : 2 essais (Castaing 24e, …), 3 pénalités …`).
MAX_SHEET_LINE_WORDS = 20
#: The fewest lines closed by `;` in a chunk that make it a list's items, not a wrapped text.
MIN_UNMARKED_ITEMS = 2
#: Lines that stand alone, never a wrapped line's continuation: chrome with a shape of its own.
_ALONE = frozenset(
    {
        Kind.SEEALSO,
        Kind.DATE,
        Kind.RELDATE,
        Kind.READTIME,
        Kind.COUNT,
        Kind.BUTTON,
        Kind.COPYRIGHT,
        Kind.CONTACT,
        Kind.BULLET,
    }
)
_INNER_END = re.compile(r"[.!?…]\s+\S")
#: The most words of a headline run on over its dek.
MAX_HEADLINE_WORDS = 25
_CONTINUES = re.compile(r"^(?:[«\"“]\s?)?[a-zà-öø-ÿ,;:)»”]")
#: Headings of summary boxes that sit above or beside an article.
_BOX = re.compile(
    r"^(?:en bref|l['’]essentiel|à retenir|a retenir|ce qu['’]il faut (?:savoir|retenir)|"
    r"les points clés|points clés|en résumé|résumé|en un coup d['’]œil"
    # a portrait's box of dates beside an interview: `Bio express` / `1971 Naissance au Locle.`
    r"|bio express|biographie express|(?:ses |les )?dates clés|repères)\s*:?$",
    re.IGNORECASE,
)
#: A box's heading that may as well head a part of the text (`Les faits`): a summary box only
#: right under the header's byline or dates.
_HEADER_BOX = re.compile(r"^les faits\s*:?$", re.IGNORECASE)
#: The heading of a match's or a film's sheet: the lines of its chunk under it are the box,
#: whatever their shape (`Stade X 22 - Y 20` / `Mi-temps : 10-14. Arbitre : …`).
_SHEET = re.compile(r"^(?:la )?fiche (?:du match|de match|technique)\s*:?$", re.IGNORECASE)
#: A heading that is a game's sheet only over its score line (`La fiche` / `Grenoble - Angers :
#: 4-3 a.p.`; Québec's papers head theirs `LE SOMMAIRE` / `Remparts 4 - Saguenéens 3`).
_SCORED_SHEET = re.compile(r"^(?:la fiche|le sommaire|(?:la )?feuille de match)\s*:?$", re.I)
#: What each line of a game's sheet holds: figures (times, scores, a crowd) or a label's colon.
_SHEET_FIGURES = re.compile(r"\d|:")
#: A game's score line: `Grenoble - Angers : 4-3 a.p.`, `Remparts 4 - Saguenéens 3 (prol.)`.
_GAME_SCORE = re.compile(
    r"^[^:\d]{2,40}(?:\s?:\s*\d{1,3}\s*[-–]\s*\d{1,3}|\s\d{1,3}\s[-–]\s[^:\d]{2,40}\s\d{1,3})\b"
)
#: The heading of a box of figures, each on its line over what it counts (`Le chiffre` /
#: `1950` / `C’est la dernière année où …`).
_FIGURES = re.compile(
    r"^(?:le chiffre(?: clé| du jour| à retenir)?|les chiffres(?: clés)?|en chiffres)\s*:?$",
    re.IGNORECASE,
)
#: The heading of a box of one figure (`Le chiffre`, `Le chiffre du jour`).
_ONE_FIGURE = re.compile(r"^le chiffre\b", re.IGNORECASE)
#: The fewest figures under `En chiffres` or `Les chiffres` that make its box.
MIN_FIGURES = 2
#: A figure alone on its line: `1950`, `38 %`, `1,4 million`, `450 000 €`.
_FIGURE = re.compile(r"^[+−-]?\d[\d\s.,’'\u00a0\u202f]*(?:%|€|\$|[^\W\d_]+\.?)?$")


@dataclass(frozen=True)
class Piece:
    """One line, or several hard-wrapped lines joined, and what kind of text it is."""

    lines: tuple[Line, ...]
    chunk: int
    kind: Kind
    #: The lines joined, their word count and share of common French words.
    text: str = ""
    words: int = 0
    stop: float = 0.0

    @property
    def number(self) -> int:
        """The source line the piece starts on."""
        return self.lines[0].number


def make_piece(lines: tuple[Line, ...], chunk: int, kind: Kind | None = None) -> Piece:
    """A piece of these lines, classified by its text unless `kind` is given."""
    text = join_wrapped([line.text for line in lines])
    kind = kind or classify_line(text)
    return Piece(lines, chunk, kind, text, word_count(text), stop_share(text))


def join_wrapped(texts: list[str]) -> str:
    """Hard-wrapped lines as one text (`porte-` / `parole` joined without a space)."""
    out = ""
    for text in texts:
        if out.endswith("-") and out[-2:-1].isalpha() and text[:1].islower():
            out += text
        else:
            out = f"{out} {text}" if out else text
    return out


def _with_table_sources(chunk: Chunk, after_row: bool) -> Chunk:
    """The chunk with a table's source under its last row (`Source : Statec`, maybe past a
    blank line: `after_row`) made a row of it: the table's words, kept with it."""
    lines = list(chunk)
    for at, line in enumerate(lines):
        above = lines[at - 1].row if at else after_row
        if above and not line.row and is_source_line(line.text):
            lines[at] = replace(line, row=True)
    return tuple(lines)


def make_pieces(chunks: list[Chunk]) -> list[Piece]:
    """Every line of the page in a piece, in order, each piece classified, then refined."""
    pieces: list[Piece] = []
    page = page_width(chunks)
    widths = [wrap_width(chunk) for chunk in chunks]
    after_row = False
    for index, chunk in enumerate(chunks):
        chunk = _with_table_sources(chunk, after_row)
        after_row = bool(chunk) and chunk[-1].row
        kinds = {line.number: Kind.TEXT if line.row else classify_line(line.text) for line in chunk}
        column = _widest_other(widths, index) if page is not None else None
        for group in _wrapped_groups(chunk, kinds, page, column):
            kind = kinds[group[0].number] if len(group) == 1 else None
            pieces.append(make_piece(tuple(group), index, kind))
    marked = mark_info_boxes(mark_captions(mark_consent(join_cues(mark_noted_byline(pieces)))))
    boxed = mark_boxes(mark_standings(mark_game_sheets(mark_score_headings(mark_listed(marked)))))
    return mark_form_boxes(mark_calls(boxed))


def mark_noted_byline(pieces: list[Piece]) -> list[Piece]:
    """The writer's name with the call of a note that a line further down opens on (`Aline
    Rossier*` over the text, `*Enseignante retraitée …` under it), before any paragraph: the
    byline (a speaker's `Name*` inside the text stays the text's)."""
    out = list(pieces)
    for index, piece in enumerate(pieces):
        if piece.kind == Kind.TEXT:
            break
        if not is_called_name(piece.text):
            continue
        if any(opens_note(later.text) for later in pieces[index + 1 :]):
            out[index] = replace(piece, kind=Kind.NAME)
    return out


def mark_score_headings(pieces: list[Piece]) -> list[Piece]:
    """The heading of a match's score box, over its first team (`Ligue 2 - 27e journée` /
    `Saint-Étienne` / `2 - 1` / `Grenoble`): part of the box, no paragraph."""
    out = list(pieces)
    for index in range(2, len(pieces) - 1):
        if _SCORE.match(pieces[index].text.strip()) is None:
            continue
        team, heading, other = pieces[index - 1], pieces[index - 2], pieces[index + 1]
        teams = all(p.kind in (Kind.LABEL, Kind.TITLE) and p.words <= 4 for p in (team, other))
        if teams and heading.kind == Kind.TEXT and _ROUND.search(heading.text):
            out[index - 2] = replace(heading, kind=Kind.BOX)
    return out


#: A game's result line, over its sheet (dropped only under a heading: `mark_game_sheets`):
#: `Servette – Lausanne-Sport 2-1 (0-1)`, `Lausanne - Genève-Servette 3-2 ap (0-1 …)`, `ASNL -
#: DIJON : 2-1 (0-1)`, or a score box's row copied with its tabs (`ASNL` / `2 - 1` / `Dijon`).
_RESULT = re.compile(
    r"^[^\d:;.!?]{2,40}?\s[-–]\s[^\d:;.!?]{2,40}?\s?:?\s\d{1,3}\s?[-–]\s?\d{1,3}"
    r"(?:\s?(?:ap|a\.p\.|tab|prol\.?|t\.a\.b\.))?(?:\s\([\d\s,;-]+\))?$",
    re.IGNORECASE,
)
_ROW_RESULT = re.compile(r"^[^\d]{2,40}\s\d{1,3}\s?[-–]\s?\d{1,3}\s[^\d]{2,40}$")
#: A line of a game's sheet: a label of the sheet and its colon (`Buts:`, `Arbitre :`), the
#: crowd (`9600 spectateurs`), or a team's line-up (`Servette: Frick; Da Costa, Keller, …`).
_SHEET_LABEL = re.compile(
    r"^(?:buts?|marqueurs?|arbitres?|arbitrage|avertissements?|expulsions?|exclusions?|"
    r"pénalités|cartons?(?: jaunes?| rouges?)?|remplacements?|tirs au but|mi-temps|"
    r"entraîneurs?|notes?|affluence|spectateurs)\s?:",
    re.IGNORECASE,
)
_CROWD = re.compile(r"\b\d[\d\s\u00a0\u202f.’']*\s+spectateurs\b", re.IGNORECASE)
_LINEUP = re.compile(r"^[A-ZÀ-Þ][^:;.!?]{1,30}\s?:\s")
#: The longest line of a sheet giving the crowd alone, and what else a sheet's crowd line
#: names (the venue, the referee).
MAX_CROWD_WORDS = 15
_VENUE = re.compile(r"\b(?:stade|arbitres?|arbitrage)\b", re.IGNORECASE)
#: A sheet's line of the venue, first: `Stade Maurice-David (Aix-en-Provence). 6 214 …`.
_VENUE_LINE = re.compile(r"^(?:stade|salle|patinoire|parc des sports|complexe|terrain)\b", re.I)
#: A score box's status under its score: `Terminé`, `Fin du match`.
_STATUS = re.compile(r"^(?:terminé|fin du match|score final|match terminé|final)$", re.I)
#: The fewest lines of a sheet under its result line.
MIN_SHEET_LINES = 2
#: The longest line of a game's sheet (a team's line-up with its changes).
MAX_GAME_SHEET_WORDS = 60


def mark_game_sheets(pieces: list[Piece]) -> list[Piece]:
    """A game's sheet set apart by its heading, whatever the blank lines (`LA FICHE` /
    `ASNL - DIJON : 2-1 (0-1)` / `Stade Marcel-Picot. 11 842 spectateurs. …` / `Buts : …` /
    the line-ups), with a standings table right under it (`Classement …`, its rows, `Voir le
    classement complet`); and a score box over the text (`ASNL 2 - 1 Dijon` / `Terminé`):
    the game's figures, not the article. A sheet no heading sets apart is the text's (some
    papers count it, and no word of it may go missing)."""
    out = list(pieces)
    index = 0
    while index < len(out):
        if not _result_line(out[index]) and not _scored_rows(out, index):
            index += 1
            continue
        end = index + 1
        while end < len(out) and _sheet_line_of_game(out[end]):
            end += 1
        heading = index - 1
        headed = heading >= 0 and (
            _SCORED_SHEET.match(out[heading].text) is not None
            or _SHEET.match(out[heading].text) is not None
        )
        if headed and end - index - 1 >= MIN_SHEET_LINES:
            index, end = heading, _standings_end(out, end)
        elif end == index + 1 and end < len(out) and _STATUS.match(out[end].text.strip()):
            end += 1  # the score box's `Terminé`
        elif _scored_rows(out, index):
            end = index + 3  # `Provence Rugby` 27 / `Colomiers` 19 / `Terminé`
        else:
            index += 1
            continue
        for at in range(index, end):
            out[at] = replace(out[at], kind=Kind.BOX)
        index = end
    return out


def mark_standings(pieces: list[Piece]) -> list[Piece]:
    """A standings widget: `Classement …` over a table's rows and the link to the full table
    (`Voir le classement complet`), the site's, not the article's table."""
    out = list(pieces)
    for index, piece in enumerate(pieces):
        if piece.words > MAX_BOX_HEADING_WORDS or not _STANDINGS.match(piece.text.strip()):
            continue
        end = _standings_end(pieces, index)
        link = pieces[end - 1].text.strip() if end > index else ""
        if end > index + 2 and _FULL_STANDINGS.match(link):
            for at in range(index, end):
                out[at] = replace(out[at], kind=Kind.BOX)
    return out


_STANDINGS = re.compile(r"^classements?\b", re.IGNORECASE)
_FULL_STANDINGS = re.compile(r"^voir (?:tout )?le classement\b", re.IGNORECASE)
#: The longest heading of a standings widget (`Classement Super League`).
MAX_BOX_HEADING_WORDS = 6


def _scored_rows(pieces: list[Piece], index: int) -> bool:
    """A score box copied as two rows, a team and its score each, over its status
    (`Provence Rugby⇥27` / `Colomiers⇥19` / `Terminé`)."""
    if index + 2 >= len(pieces):
        return False
    rows = pieces[index : index + 2]
    scored = all(
        any(line.row for line in piece.lines) and _TEAM_SCORE.match(piece.text.strip())
        for piece in rows
    )
    return scored and _STATUS.match(pieces[index + 2].text.strip()) is not None


#: A team and its score, a row of a score box: `Colomiers 19`.
_TEAM_SCORE = re.compile(r"^[^\d]{2,40}\s\d{1,3}$")


def _result_line(piece: Piece) -> bool:
    """A game's result: its line (`Servette – Lausanne-Sport 2-1 (0-1)`), or a score box's
    row copied with its tabs (`ASNL` / `2 - 1` / `Dijon`)."""
    text = piece.text.strip()
    if piece.kind == Kind.BULLET:
        return False
    return _RESULT.match(text) is not None or _ROW_RESULT.match(text) is not None


def _sheet_line_of_game(piece: Piece) -> bool:
    """A line of a game's sheet: a label's colon (`Buts :`), the crowd with the venue or
    alone, a team's line-up (semicolons, no quotation)."""
    text = piece.text.strip()
    if piece.words > MAX_GAME_SHEET_WORDS or piece.kind == Kind.BULLET:
        return False
    if _SHEET_LABEL.match(text):
        return True
    if _CROWD.search(text):  # `Stade de Genève. 21’480 spectateurs.`, not a sentence on them
        return piece.words <= MAX_CROWD_WORDS or _VENUE.search(text) is not None
    quoted = any(mark in text for mark in '«»“”"')
    separators = text.count(",") + text.count(";")
    return (
        _LINEUP.match(text) is not None and text.count(";") >= 2 and separators >= 5 and not quoted
    )


def _standings_end(pieces: list[Piece], end: int) -> int:
    """Past a standings table right under a game's sheet: its heading, its rows (copied with
    their tabs) and the link under them."""
    at = end
    if at < len(pieces) and _STANDINGS.match(pieces[at].text.strip()):
        at += 1
    rows = at
    while rows < len(pieces) and any(line.row for line in pieces[rows].lines):
        rows += 1
    if rows == at:
        return end
    if rows < len(pieces) and _FULL_STANDINGS.match(pieces[rows].text.strip()):
        rows += 1
    return rows


#: A match's score alone on its line: `2 - 1`, `3-0`.
_SCORE = re.compile(r"^\d{1,2}\s*[-–:]\s*\d{1,2}$")
#: The round or competition a score box's heading names: `Ligue 2 - 27e journée`, `Finale`.
_ROUND = re.compile(
    r"^(?=.{3,60}$)[^.!?]*\b(?:\d+e journée|journée \d+|finale|demi-finale|quart de finale|"
    r"\d+e tour|groupe [A-H]|poule \w+)\b[^.!?]*$",
    re.IGNORECASE,
)


#: An aggregator's button to follow a source (or a site's, an author): `Suivre`, `+ Suivre`.
_FOLLOW = re.compile(r"^\+?\s*suivre$", re.IGNORECASE)


def is_follow_button(text: str) -> bool:
    """`Suivre`: the button to follow the source or the writer named over it."""
    return _FOLLOW.match(text.strip()) is not None


def above_buttons(
    pieces: list[Piece], index: int, floor: int = 0, skip: frozenset[int | None] = frozenset()
) -> int:
    """The nearest piece above `index`, past buttons (an aggregator's `Suivre`) and the pieces
    in `skip`, but not past `floor`."""
    at = index - 1
    while at > floor and (pieces[at].kind == Kind.BUTTON or at in skip):
        at -= 1
    return at


def join_cues(pieces: list[Piece]) -> list[Piece]:
    """A byline's cue alone on its line, then the name (`Article rédigé par` / `franceinfo
    avec AFP`): one byline, wherever the copy broke it."""
    out: list[Piece] = []
    for piece in pieces:
        before = out[-1] if out else None
        if before is not None and is_credit_cue(before.text) and piece.words <= MAX_CUED_WORDS:
            out[-1] = make_piece((*before.lines, *piece.lines), before.chunk)
        else:
            out.append(piece)
    return out


def page_width(chunks: list[Chunk]) -> int | None:
    """The column the page's paragraphs were hard-wrapped at: that of most wrapped chunks."""
    widths = [width for chunk in chunks if (width := wrap_width(chunk)) is not None]
    return max(set(widths), key=widths.count) if len(widths) >= 2 else None


def _chunk_width(chunk: Chunk, page: int | None) -> int | None:
    """The chunk's wrap column; a chunk of two lines, the first filling the page's column,
    wrapped at it too (`… à l’Université du` / `Québec à Rimouski.`)."""
    if page is None or len(chunk) != 2:
        return None
    first, second = (len(line.text) for line in chunk)
    return page if page - 12 <= first <= page and second <= page else None


def _widest_other(widths: list[int | None], index: int) -> int | None:
    """The column the page was hard-wrapped at, as the other wrapped chunks show it: no line
    wrapped at it is wider than their widest line."""
    others = [width for at, width in enumerate(widths) if width is not None and at != index]
    return max(others) if len(others) >= 2 else None


def _wrapped_groups(
    chunk: Chunk, kinds: dict[int, Kind], page: int | None, column: int | None = None
) -> list[list[Line]]:
    """The chunk's lines grouped into pieces: wrapped continuations join the line before."""
    # A list of linked headlines has the lengths of a wrapped paragraph, but no line of it
    # carries on a sentence in lowercase: it was not wrapped.
    continued = any(_CONTINUES.match(line.text) for line in chunk[1:])
    over = _over_column(chunk, column)
    alone = [kinds[line.number] in _ALONE or line.row or is_bracketed(line.text) for line in chunk]
    # (a caption wrapped over two lines, its photo credit on a third: `Photo d’archives, Name`)
    wrapped = [
        line
        for line, apart in zip(chunk, alone, strict=True)
        if not apart and kinds[line.number] != Kind.PHOTO
    ]
    width = wrap_width(chunk[over + 1 :]) if continued else _chunk_width(wrapped, page)
    if over >= 0:
        alone[over] = True
    # items of a list copied without their marks, each closed by `;`: never one wrapped line
    items = sum(line.text.endswith(";") for line in chunk) >= MIN_UNMARKED_ITEMS
    groups: list[list[Line]] = []
    for index, line in enumerate(chunk):
        previous = chunk[index - 1] if index else None
        # (a list's item wrapped: `• par le pont …, où une piste sera` / `tracée ;`)
        item_goes_on = index > 0 and _wrapped_item(chunk[index - 1], line, kinds)
        joins = previous is not None and not alone[index] and (not alone[index - 1] or item_goes_on)
        joins = joins and kinds[line.number] != Kind.BYLINE  # (`Par Name` opens its own line)
        joins = joins and not (items and previous.text.endswith(";"))  # type: ignore[union-attr]
        if joins and _continues(previous.text, line.text, width, page):  # type: ignore[union-attr]
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _over_column(chunk: Chunk, column: int | None) -> int:
    """The index of a headline set over its wrapped dek without a blank line: a line of one
    phrase, left open, wider than the column the page was wrapped at, every line under it (two
    at least) within it, the first opening on a capital. -1 when none is."""
    if column is None:
        return -1
    for index, line in enumerate(chunk[:-2]):
        text, below = line.text, chunk[index + 1 :]
        if len(text) <= column or not all(len(other.text) <= column for other in below):
            continue
        phrase = not ends_sentence(text) and not text.endswith(",") and not _INNER_END.search(text)
        if phrase and word_count(text) <= MAX_HEADLINE_WORDS and below[0].text[:1].isupper():
            return index
    return -1


def is_bracketed(text: str) -> bool:
    """A line wholly in square brackets (`[Photo : Kevin Lagesse]`, `[ Société ]`): a label a
    text-mode copy sets on its own line, never part of a wrapped paragraph."""
    return text.startswith("[") and text.endswith("]")


def _wrapped_item(item: Line, line: Line, kinds: dict[int, Kind]) -> bool:
    """Whether `line` carries on the list's item above it, left open and wrapped."""
    if kinds[item.number] != Kind.BULLET or item.text.endswith((";", ".", ":")):
        return False
    return _CONTINUES.match(line.text) is not None


def _continues(previous: str, text: str, width: int | None, page: int | None = None) -> bool:
    """Whether `text` carries on the line before it: wrapped at the chunk's column, or (in a
    chunk too short to show one: a headline, a caption) a long enough line left open, then
    one in lowercase; on a page wrapped at a column, half of it is long enough."""
    if ends_sentence(previous) or previous.endswith((":", ";")):  # (`;`: a list's item)
        fits = width is not None and len(previous) + 1 + len(text.split()[0]) <= width
        return width is not None and not fits and not ends_sentence(previous)
    if width is not None:
        return not _short_of(previous, text, width)
    long_enough = min(WRAPPED_LINE, page // 2) if page is not None else WRAPPED_LINE
    return len(previous) >= long_enough and _CONTINUES.match(text) is not None


def _short_of(previous: str, text: str, width: int) -> bool:
    """A line short of the wrap column by more than the next word (and a margin of two, or an
    eighth of the column), the next one opening with a capital: the line was not wrapped (a
    kicker `Société` over its headline, a headline over its dek)."""
    room = width - len(previous) - 1
    return text[:1].isupper() and room >= max(len(text.split()[0]) + 2, width // 8)


def is_box_heading(text: str) -> bool:
    """`En bref`, `L'essentiel`, `Les points clés`: the heading of a summary box."""
    return any(pattern.match(text) is not None for pattern in (_BOX, _SHEET, _FIGURES))


def _scored_sheet(pieces: list[Piece], index: int) -> bool:
    """`La fiche`, `LE SOMMAIRE` over a game's score line, or its venue and crowd, in its own
    chunk: the sheet."""
    after = pieces[index + 1] if index + 1 < len(pieces) else None
    if _SCORED_SHEET.match(pieces[index].text) is None or after is None:
        return False
    # (or over the game's venue and crowd: `Stade Maurice-David. 6 214 spectateurs. Arbitre : …`)
    played = _GAME_SCORE.match(after.text) is not None
    venue = _VENUE_LINE.match(after.text.strip()) is not None or "arbitre" in after.text.lower()
    played = played or (_CROWD.search(after.text) is not None and venue)
    return after.chunk == pieces[index].chunk and played


def mark_boxes(pieces: list[Piece]) -> list[Piece]:
    """An "En bref" heading and the short lines under it (same chunk): a summary box."""
    out = list(pieces)
    spaced = is_spaced(pieces)
    index = 0
    while index < len(out):
        header_box = _HEADER_BOX.match(out[index].text) is not None and index > 0
        header_box = header_box and out[index - 1].kind in _HEADER_END
        boxed = is_box_heading(out[index].text) or header_box or _scored_sheet(out, index)
        if boxed and out[index].kind in (Kind.LABEL, Kind.TITLE):
            end = _box_end(out, index)
            above = index - 1
            while above > 0 and out[above].kind == Kind.BUTTON:
                above -= 1  # (past the header's `Partager`)
            under_header = index > 0 and out[above].kind in _HEADER_END
            if (
                end == index + 1
                and spaced
                and under_header
                and not _SYNOPSIS.match(out[index].text)
            ):
                end = _spaced_box_end(out, index)
            if end > index + 1:
                for at in range(index, end):
                    out[at] = replace(out[at], kind=Kind.BOX)
            index = end
        else:
            index += 1
    return out


#: The kinds that close an article's header: its byline, dates, reading time.
_HEADER_END = frozenset(
    {Kind.BYLINE, Kind.DATE, Kind.RELDATE, Kind.READTIME, Kind.AGENCY, Kind.NAME}
)


def _box_end(pieces: list[Piece], heading: int) -> int:
    """Where the box under this heading ends: a sheet takes any short line of its chunk, a
    box of figures its figures and their lines, a summary box its items."""
    if _FIGURES.match(pieces[heading].text):
        return _figures_end(pieces, heading)
    scored = _SCORED_SHEET.match(pieces[heading].text) is not None
    sheet = scored or _SHEET.match(pieces[heading].text) is not None
    chunk = pieces[heading].chunk
    end = heading + 1
    while end < len(pieces) and (
        _sheet_line(pieces[end], chunk, scored)
        and (not scored or _SHEET_FIGURES.search(pieces[end].text))
        if sheet
        else _box_item(pieces[end], chunk, pieces[heading + 1] if end > heading + 1 else None)
    ):
        end += 1
    return end


#: A box's heading that may head a film's synopsis inside a review: `Résumé`.
_SYNOPSIS = re.compile(r"^(?:en )?résumé\s*:?$", re.IGNORECASE)
#: The most items of a summary box in a copy with a blank line under every block.
MAX_SPACED_BOX_ITEMS = 5


def _spaced_box_end(pieces: list[Piece], heading: int) -> int:
    """Where a summary box ends in a copy with a blank line under every block (its blocks say
    nothing): short sentences under the heading, up to what is no text (`Ce qu’il faut
    savoir` / three facts / the photo's `1 / 3`); none when prose goes on under them."""
    end = heading + 1
    while end < len(pieces) and end - heading <= MAX_SPACED_BOX_ITEMS:
        piece = pieces[end]
        if piece.kind != Kind.TEXT or piece.words > MAX_BOX_ITEM_WORDS:
            break
        end += 1
    closed = end < len(pieces) and pieces[end].kind != Kind.TEXT
    return end if end - heading > 2 and closed else heading + 1


def _figures_end(pieces: list[Piece], heading: int) -> int:
    """Where a box of figures ends: after each figure of its chunk and the line it explains
    (`38 %` / `Proportion des PME qui …`), not on a paragraph that follows the box."""
    end, chunk = heading + 1, pieces[heading].chunk
    one = _ONE_FIGURE.match(pieces[heading].text) is not None
    while end + 1 < len(pieces) and all(piece.chunk == chunk for piece in pieces[end : end + 2]):
        if one and end > heading + 1:
            break  # `Le chiffre`: one figure and its line
        figure, told = pieces[end], pieces[end + 1]
        if _FIGURE.match(figure.text) is None or figure.words > MAX_FIGURE_WORDS:
            break
        if told.words > MAX_BOX_ITEM_WORDS or _FIGURE.match(told.text):
            break
        if told.kind not in (Kind.TEXT, Kind.TITLE, Kind.LABEL):
            break  # (a byline under a figure set as the headline is no figure's line)
        end += 2
    if not one and end - heading < 1 + 2 * MIN_FIGURES:
        return heading + 1  # `En chiffres` over one figure and a line may head the text
    return end


#: The most words of a figure on its line (`3,4 millions`, `450 000 €`).
MAX_FIGURE_WORDS = 4


def _sheet_line(piece: Piece, chunk: int, scored: bool = False) -> bool:
    """A line of a sheet's box: any short line of its chunk (a game's, with its figures, as
    long as a team's scorers: `Provence Rugby 27 (9-13) : 2 essais Belkacem (62e), …`)."""
    longest = MAX_GAME_SHEET_WORDS if scored else MAX_SHEET_LINE_WORDS
    return piece.chunk == chunk and piece.words <= longest


def _box_item(piece: Piece, chunk: int, first: Piece | None) -> bool:
    """An item of the box: bulleted, or a short line of the box's chunk of the kind its first
    item has (a title after sentences is the subhead that follows the box)."""
    if piece.kind == Kind.BULLET:
        return True
    short = piece.words <= MAX_BOX_ITEM_WORDS
    alike = first is None or first.kind == Kind.BULLET or piece.kind == first.kind
    return piece.chunk == chunk and short and piece.kind in (Kind.TEXT, Kind.TITLE) and alike


#: The share of a copy's blocks that are one line each in a copy with a blank line under
#: every block (Firefox's way).
SPACED_SHARE = 0.9


def is_spaced(pieces: list[Piece]) -> bool:
    """Whether the copy puts a blank line under every block: nearly all its blocks hold one
    piece, so that blocks say nothing of what goes together."""
    sizes = Counter(piece.chunk for piece in pieces)
    return bool(sizes) and sum(size == 1 for size in sizes.values()) >= SPACED_SHARE * len(sizes)


def mark_calls(pieces: list[Piece]) -> list[Piece]:
    """A short call to the reader between a box title and a button (`S’inscrire`), or between
    two banners (`Newsletter santé` / `Chaque mardi, recevez …` / `Votre adresse e-mail`); the
    heading of a box's call or appeal over it (`Avant de partir…` / `Soutenez-nous …`)."""
    out = list(pieces)
    spaced = is_spaced(pieces)
    heads = (Kind.TITLE, Kind.LABEL, Kind.BUTTON, Kind.BANNER)
    for index in range(1, len(pieces) - 1):
        before, piece, after = pieces[index - 1], pieces[index], pieces[index + 1]
        boxed = (before.kind in heads and after.kind == Kind.BUTTON) or (
            before.kind == after.kind == Kind.BANNER
        )
        # (a copy with a blank line under every block says nothing by its blocks)
        same = before.chunk == piece.chunk == after.chunk or spaced
        asks = before.kind == Kind.BANNER or calls_reader(piece.text)  # a box's blurb, or a call
        call = piece.words <= MAX_BOX_LINE_WORDS and asks
        heading = piece.chunk == after.chunk and _asks_over(piece, after)
        heading = heading or (before.chunk != piece.chunk and _trails_into_appeal(piece, after))
        heading = heading or (piece.chunk == after.chunk and _pitch_over_appeal(piece, after))
        if piece.kind == Kind.TEXT and ((call and boxed and same) or heading):
            out[index] = replace(piece, kind=Kind.BANNER)
    return _mark_play_links(_mark_rating_heads(mark_signup_boxes(_mark_tips_calls(out))))


def _mark_play_links(pieces: list[Piece]) -> list[Piece]:
    """A line alone behind a play mark naming a recording (`▶ Le reportage de Julie Marchal`)
    is the link to a video, not a list of one item (a programme's items, one under the
    other, stay its list)."""
    out = list(pieces)
    for index, piece in enumerate(pieces):
        near = [pieces[at] for at in (index - 1, index + 1) if 0 <= at < len(pieces)]
        listed = any(other.kind == Kind.BULLET and other.chunk == piece.chunk for other in near)
        if piece.kind == Kind.BULLET and not listed and is_media_cue(piece.text):
            out[index] = replace(piece, kind=Kind.BUTTON)
    return out


def _mark_rating_heads(pieces: list[Piece]) -> list[Piece]:
    """A short heading right over a review's ratings (`Notre avis` / `Cuisine : 4/5` / …) is
    the box's, never a subhead of the text."""
    out = list(pieces)
    for index in range(len(pieces) - 1):
        head, after = pieces[index], pieces[index + 1]
        short = head.words <= MAX_RATING_HEAD_WORDS
        if head.kind in (Kind.TITLE, Kind.LABEL) and short and is_rating(after.text):
            out[index] = replace(head, kind=Kind.BOX)
    return out


def _mark_tips_calls(pieces: list[Piece]) -> list[Piece]:
    """The lines of a newsroom's call for tips broken over lines: a banner, each of them."""
    out = list(pieces)
    for index in range(len(pieces)):
        ahead = pieces[index : index + MAX_TIPS_CALL_LINES]
        count = tips_call_lines([piece.text for piece in ahead])
        for at in range(index, index + count):
            out[at] = replace(out[at], kind=Kind.BANNER)
    return out


def _asks_over(piece: Piece, after: Piece) -> bool:
    """A short question to the reader over the call of a box (`Tu as été témoin des
    orages ?` / `Envoie-nous tes photos`): the box's heading."""
    question = piece.text.rstrip().endswith("?") and piece.words <= MAX_BOX_LINE_WORDS
    return question and after.kind == Kind.BANNER and calls_reader(piece.text)


#: What a paper says of itself over its appeal: what it is (`… est un quotidien indépendant`,
#: `Nous sommes un média…`), and who keeps it alive.
_PRESS = re.compile(
    r"\b(?:est|sommes)\s+(?:un|une)\s+(?:\w+\s+)?(?:journal|quotidien|hebdomadaire|média|"
    r"magazine|site d['’]information)\b",
    re.I,
)
_KEPT_BY = re.compile(
    r"\b(?:indépendante?|lect(?:eurs|rices)|abonné(?:e|s|es)?|actionnaires?)\b", re.I
)


def _pitch_over_appeal(piece: Piece, after: Piece) -> bool:
    """A paper's word on itself right over its appeal for support (`Le Courrier est un quotidien
    indépendant… Il vit de ses lectrices et lecteurs.` / `Soutenez-nous : abonnez-vous ou
    faites un don.`): the appeal's heading."""
    short = piece.words <= MAX_BOX_LINE_WORDS
    about_itself = _PRESS.search(piece.text) is not None and _KEPT_BY.search(piece.text) is not None
    return (
        short and about_itself and after.kind == Kind.BANNER and asks_for_subscription(after.text)
    )


def _trails_into_appeal(piece: Piece, after: Piece) -> bool:
    """A short line trailing off (`Avant de partir…`) right over a banner that asks the reader
    to give or subscribe: the appeal's heading, which runs on into it."""
    trails = piece.text.rstrip(" »”").endswith(("…", "...")) and not _INNER_END.search(piece.text)
    short = piece.words <= MAX_APPEAL_HEADING_WORDS
    return trails and short and after.kind == Kind.BANNER and asks_for_subscription(after.text)


#: A sign-up box's button: `S’inscrire`, `Je m’inscris`, `S'abonner`, `Valider`.
_SIGN_UP = re.compile(
    r"^(?:s['’]inscrire|je m['’]inscris|inscrivez-vous|s['’]abonner|je m['’]abonne|valider|"
    r"envoyer|ok)$",
    re.IGNORECASE,
)


def mark_signup_boxes(pieces: list[Piece]) -> list[Piece]:
    """A sign-up box set in the text: its heading names a newsletter or a subscription
    (`Newsletter`), a few short lines under it (the letter's name, a blurb addressed to the
    reader) and its button (`S’inscrire`, `Se connecter`) close it, all in one block."""
    out = list(pieces)
    for index, head in enumerate(pieces):
        if head.kind not in _BOX_HEADS or head.words > 4 or not asks_for_subscription(head.text):
            continue
        inside = range(index + 1, min(index + 1 + MAX_SIGNUP_LINES, len(pieces)))
        end = next((at for at in inside if pieces[at].kind == Kind.BUTTON), None)
        if end is None or end == index + 1:
            continue
        box = pieces[index + 1 : end]
        alike = all(p.chunk == head.chunk and p.words <= MAX_BOX_LINE_WORDS for p in box)
        # (under a heading that names the letter, its blurb need not address the reader:
        # `Newsletter` / `L’Echo Matin : l’essentiel de l’actualité économique, …` / `S’inscrire`)
        named = _NEWSLETTER.match(head.text.strip()) is not None and len(box) <= 2
        named = named and _SIGN_UP.match(pieces[end].text.strip()) is not None
        called = named or any(calls_reader(p.text) for p in box)
        if alike and pieces[end].chunk == head.chunk and called:
            for at in range(index + 1, end):
                out[at] = replace(pieces[at], kind=Kind.BANNER)
    return out


def mark_form_boxes(pieces: list[Piece]) -> list[Piece]:
    """The lines over a sign-up form's e-mail field and button (`L’essentiel du jour : notre
    sélection exclusive` / `Notre rédaction a sélectionné pour vous …` / `Votre adresse mail`
    / `Je m’inscris`): the box's heading and its blurb, which speaks to the reader."""
    out = list(pieces)
    for index in range(1, len(pieces) - 1):
        field, button = pieces[index], pieces[index + 1]
        if _EMAIL_FIELD.match(field.text.strip()) is None or button.kind != Kind.BUTTON:
            continue
        blurb = pieces[index - 1]
        heading = pieces[index - 2] if index >= 2 else None
        headed = heading is not None and heading.kind == Kind.TITLE and heading.chunk == blurb.chunk
        # (a heading naming the letter, `La newsletter Éco de Challenges`, over what it brings:
        # `Chaque matin, l'essentiel de l'actualité économique.`)
        named = headed and _NEWSLETTER.search(heading.text) is not None
        if blurb.words > MAX_BOX_LINE_WORDS or not (site_asks(blurb.text) or named):
            continue
        out[index - 1] = replace(blurb, kind=Kind.BANNER)
        if headed:
            out[index - 2] = replace(heading, kind=Kind.BANNER)
    return out


#: A newsletter named in a sign-up box's heading.
_NEWSLETTER = re.compile(
    r"^(?:la |notre |votre |l['’])?(?:newsletters?|infolettres?|lettres? d['’]information)\b", re.I
)
#: A form's e-mail field, copied as its placeholder: `Votre adresse mail`, `Adresse e-mail`.
_EMAIL_FIELD = re.compile(
    r"^(?:(?:votre|ton|saisissez votre|entrez votre|indiquez votre)\s+)?(?:adresse\s+)?"
    r"(?:e-?mail|courriel|mail|électronique)\s*\*?:?$",
    re.IGNORECASE,
)


def mark_listed(pieces: list[Piece]) -> list[Piece]:
    """A question among linked headlines listed one under the other (`Les plus lus`) is one
    of them: `Charleroi : faut-il rouvrir l’aéroport la nuit ?` is a title, not prose."""
    out = list(pieces)
    for index in range(1, len(pieces) - 1):
        before, piece, after = pieces[index - 1], pieces[index], pieces[index + 1]
        listed = before.kind == after.kind == Kind.TITLE and before.chunk == after.chunk
        question = piece.text.endswith("?") and not _INNER_END.search(piece.text)
        short = piece.words <= MAX_LISTED_WORDS
        if (
            piece.kind == Kind.TEXT
            and listed
            and question
            and short
            and piece.chunk == before.chunk
        ):
            out[index] = replace(piece, kind=Kind.TITLE)
    return out
