"""The headline of a copied page and where its text starts, found after the site's chrome.

The text is anchored where two "good" pieces (jusText's: long enough, rich in common words)
follow each other (past a caption or a link set between them), or right under the credits,
past a standfirst over the byline and date. The headline is a title-like piece before the
anchor, the one that owns the most bylines, dates and reading times below it (a newsletter
box's title owns none; the site's name, printed three times, is none); with none owned, the
last title-like piece before the first good one. The standfirst is `copystandfirst`'s.
"""

from __future__ import annotations

import re

from .copycredits import is_name_with_time, is_story_credit
from .copypieces import Piece, above_buttons, is_follow_button
from .goodtext import is_good
from .linekind import CREDITS, MARKERS, Kind
from .lines import QUESTION_END, site_beside_address

MAX_TITLE_WORDS = 25
#: The most sentences, set one under the other, a standfirst spans.
MAX_STANDFIRST_PIECES = 3
OWNED_SPAN = 9
#: Labels one under the other that are the site's menu, not a headline's credits.
MENU_ITEMS = 3
#: A kicker has five words at most (`copyhead`): a title longer than that over the title
#: chosen is the headline over its dek.
MIN_HEADLINE_OVER_DEK_WORDS = 6
#: A player's cue or the duration it shows: `Lire la vidéo`, `Écouter le podcast`, `02:34`.
_PLAYER = re.compile(
    r"^(?:(?:lire|regarder|voir|écouter|play)\s+(?:la |le |l['’])?(?:vidéo|podcast|reportage|"
    r"émission|audio|son)|\d{1,2}:\d{2}(?::\d{2})?)$",
    re.IGNORECASE,
)
#: The longest newsroom's name printed under its writer's (`La Presse`, `L'Écho des Collines`).
MAX_NEWSROOM_WORDS = 4
#: How far above the text's first paragraph its credits may stand (a caption between).
CREDITS_SPAN = 3
#: Pieces of chrome (a subhead, a link) that may sit between two prose pieces of one run.
PROSE_GAP = 2
#: What a page inserts between its paragraphs: a photo's caption or credit, a related link.
_INSERTS = frozenset((Kind.CAPTION, Kind.PHOTO, Kind.SEEALSO))


#: A match's score closing a short line of its score box: `Mi-temps : 0-1`.
_SCORE = re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}$")
MAX_SCORE_LINE_WORDS = 4


def is_title_like(piece: Piece) -> bool:
    """A headline or subhead candidate: short, and no full stop ending it."""
    words = piece.words
    if piece.kind == Kind.QUOTE:
        return 2 <= words <= MAX_TITLE_WORDS
    if piece.kind == Kind.TITLE:
        score = words <= MAX_SCORE_LINE_WORDS and _SCORE.search(piece.text) is not None
        return 3 <= words <= MAX_TITLE_WORDS and piece.stop > 0 and not score
    text = piece.text
    single = not any(mark in text[:-1] for mark in (". ", "? ", "! "))
    return (
        piece.kind == Kind.TEXT
        and words <= MAX_TITLE_WORDS
        and single
        and bool(QUESTION_END.search(text))
    )


def find_anchor(pieces: list[Piece]) -> int | None:
    """Where the article's text is: the first two good pieces in a row (else the first)."""
    good = [i for i, piece in enumerate(pieces) if is_good(piece)]
    pairs = set(good)
    near = (i for i in good if any(i + step in pairs for step in range(1, PROSE_GAP + 2)))
    anchor = next(
        (i for i in good if _next_past_inserts(pieces, i) in pairs),
        next(near, good[0] if good else None),
    )
    # prose right under the credits, its next paragraph past a question subhead or a pull
    # quote: the text starts there, even when no two paragraphs touch before far below
    credited = (i for i in good if _under_credits_near_prose(pieces, i, pairs))
    opening = next(credited, None)
    if anchor is not None and opening is not None and opening < anchor:
        anchor = opening
    return past_head(pieces, anchor)


def _under_credits_near_prose(pieces: list[Piece], index: int, good: set[int]) -> bool:
    """A good piece with a byline or date just above it and another good piece just below."""
    above = range(max(index - CREDITS_SPAN, 0), index)
    credited = any(pieces[i].kind in CREDITS for i in above)
    return credited and any(index + step in good for step in range(1, PROSE_GAP + 2))


def _next_past_inserts(pieces: list[Piece], index: int) -> int:
    """The piece after `index` once a photo's caption or credit and `Lire aussi` links are
    stepped over: a page sets them between its first paragraphs."""
    at = index + 1
    while at < len(pieces) and pieces[at].kind in _INSERTS:
        at += 1
    return at


def past_head(pieces: list[Piece], anchor: int | None) -> int | None:
    """The anchor moved past the article's head when it fell on the standfirst (or a question
    headline and its standfirst) over the byline and date (and a player or a photo under
    them): the text is the prose under them."""
    if anchor is None:
        return None
    at = anchor + 1
    while (
        at < len(pieces) and at - anchor <= MAX_STANDFIRST_PIECES and pieces[at].kind == Kind.TEXT
    ):
        at += 1
    credited = False
    # past the credits, a player's buttons and times (`Écouter`, `00:00`), a photo's caption
    # and a bare counter right after the date (the comments' `1`)
    while at < len(pieces) and (
        pieces[at].kind in MARKERS
        or (credited and (is_media_piece(pieces[at]) or _counter_by_date(pieces, at)))
    ):
        credited = credited or pieces[at].kind in CREDITS
        at += 1
    return at if credited and at < len(pieces) and is_good(pieces[at]) else anchor


def _counter_by_date(pieces: list[Piece], index: int) -> bool:
    """A bare number right after a date or a reading time: the comments' counter; or a
    counter of views there (`Lu 1 284 fois`)."""
    after_date = index > 0 and pieces[index - 1].kind in (Kind.DATE, Kind.RELDATE, Kind.READTIME)
    counted = pieces[index].kind == Kind.COUNT or pieces[index].text.strip().isdigit()
    return after_date and counted


def is_media_piece(piece: Piece) -> bool:
    """A player's button or a photo and its caption, set between the credits and the text."""
    return piece.kind in (Kind.BUTTON, Kind.PHOTO, Kind.CAPTION)


def find_headline(pieces: list[Piece], anchor: int | None) -> int | None:
    """The title-like piece before the text that owns the most header markers below it.

    With no byline, date or reading time anywhere, it is the last title-like piece before
    the first good one (a standfirst or the text).
    """
    limit = anchor if anchor is not None else len(pieces)
    names = site_names(pieces)
    candidates = [
        i
        for i in range(limit)
        if is_title_like(pieces[i])
        and pieces[i].text not in names
        and not _under_player(pieces, i)
        and site_beside_address(pieces[i].text) is None  # `Le Temps — letemps.ch`
        and not is_newsroom_line(pieces, i)
        and not (i + 1 < len(pieces) and is_follow_button(pieces[i + 1].text))  # a source's name
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda i: (_owned_markers(pieces, i, names), i))
    if _owned_markers(pieces, best, names):
        under = _under_its_credits(pieces, best, candidates, limit)
        return under if under is not None else _over_its_dek(pieces, best, names)
    first_good = next((i for i in range(limit) if is_good(pieces[i])), limit)
    before = [i for i in candidates if i < first_good]
    return before[-1] if before else candidates[-1]


def is_newsroom_line(pieces: list[Piece], index: int) -> bool:
    """A short line between the author's name and the date: the newsroom they write for
    (`Hélène Vidal` / `L'Écho des Collines` / `Publié le …`), never the headline."""
    if not 0 < index < len(pieces) - 1 or pieces[index].words > MAX_NEWSROOM_WORDS:
        return False
    dated = pieces[index + 1].kind in (Kind.DATE, Kind.RELDATE)
    return pieces[index - 1].kind == Kind.NAME and dated


def _under_its_credits(
    pieces: list[Piece], best: int, candidates: list[int], limit: int
) -> int | None:
    """The headline an aggregator prints under its source's name and credits, right over
    the text (`Midi Madagasikara` / `Suivre` / `Article de Name · il y a 5 h` / the headline):
    the credits are not those of the line above them, which a menu or the source's name
    parts from them (a headline sits right over its own byline)."""
    last = candidates[-1]
    credit = above_buttons(pieces, last, floor=best)
    over_text = last + 1 < limit and pieces[last + 1].kind == Kind.TEXT
    if last <= best or not (over_text or last + 1 == limit):
        return None
    if not is_name_with_time(pieces[credit].text):
        return None
    if is_story_credit(pieces[credit].text):
        return last  # `Article de Name • 1 j`: the line over it is the source's name
    return None if pieces[best + 1].kind in MARKERS else last


def _under_player(pieces: list[Piece], index: int) -> bool:
    """Whether a title sits under a player's cue or its duration (`Lire la vidéo` / `02:34` /
    the video's title): the video's title, not the article's headline."""
    return any(_PLAYER.match(piece.text.strip()) for piece in pieces[max(index - 2, 0) : index])


def _over_its_dek(pieces: list[Piece], best: int, names: set[str]) -> int:
    """The headline when the title chosen is the dek printed under it without a full stop
    (`Le REM roulera jusqu’à l’aéroport en 2027` / `Le tronçon a pris trois ans de retard`):
    a kicker above a headline is shorter than a headline."""
    above = best - 1
    if above < 0 or pieces[best].kind != Kind.TITLE:
        return best
    piece = pieces[above]
    headline_like = piece.kind == Kind.TITLE and piece.words >= MIN_HEADLINE_OVER_DEK_WORDS
    same = piece.chunk == pieces[best].chunk and piece.text not in names
    same = same and piece.text != pieces[best].text  # a headline printed twice is no dek
    return above if headline_like and same and is_title_like(piece) else best


def site_names(pieces: list[Piece]) -> set[str]:
    """Short lines printed three times or more (masthead, byline, footer): the site's name."""
    seen: dict[str, int] = {}
    for piece in pieces:
        if piece.words <= 6:
            seen[piece.text] = seen.get(piece.text, 0) + 1
    return {text for text, count in seen.items() if count >= 3}


def _owned_markers(
    pieces: list[Piece], index: int, names: frozenset[str] | set[str] = frozenset()
) -> int:
    """Bylines and dates (two points), reading times (one) below a candidate, up to the next
    title-like piece (the site's name, in a byline, is none), the site's menu (a tagline
    over the menu owns none of the credits under it) or the text under the credits (the
    times of a live page's entries are theirs)."""
    count = menu = 0
    for piece in pieces[index + 1 : index + 1 + OWNED_SPAN]:
        if piece.text in names:
            continue
        if is_title_like(piece) and piece.text != pieces[index].text:
            break
        if piece.kind == Kind.TEXT and count:
            break  # the text began under the credits: a live entry's time below is not the head's
        menu = menu + 1 if piece.kind == Kind.LABEL else 0
        if menu >= MENU_ITEMS:
            break
        if piece.text == pieces[index].text:
            return 0  # repeated below: the later copy is the headline
        count += 2 if piece.kind in CREDITS else piece.kind in MARKERS
    return count
