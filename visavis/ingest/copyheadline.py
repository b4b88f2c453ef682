"""The headline of a copied page and the standfirst under it, found after the site's chrome.

The text is anchored where two "good" pieces (jusText's: long enough, rich in common words)
follow each other, past a standfirst over the byline and date. The headline is a title-like
piece before the anchor, the one that owns the most bylines, dates and reading times below
it (a newsletter box's title owns none; the site's name, printed three times, is none); with
none owned, the last title-like piece before the first good one. The standfirst is the prose
right under the headline (past a photo and its caption) when a byline, date or caption
follows it.
"""

from __future__ import annotations

import re

from .copybanners import is_badge
from .copycredits import is_name_with_time, is_story_credit
from .copypieces import Piece, above_buttons, is_box_heading, is_follow_button
from .engagement import is_media_label, is_reader_estimate
from .goodtext import is_good
from .linekind import CREDITS, MARKERS, Kind
from .lines import QUESTION_END, site_beside_address

#: Kinds printed between a headline and its text.
HEADER = MARKERS | {
    Kind.BUTTON,
    Kind.PHOTO,
    Kind.CAPTION,
    Kind.LABEL,
    Kind.BANNER,
    Kind.BULLET,
    Kind.BOX,
}
MAX_TITLE_WORDS = 25
MAX_STANDFIRST_WORDS = 80
#: The most sentences, set one under the other, a standfirst spans.
MAX_STANDFIRST_PIECES = 3
OWNED_SPAN = 9
#: Labels one under the other that are the site's menu, not a headline's credits.
MENU_ITEMS = 3
#: A kicker has five words at most (`copyhead`): a title longer than that over the title
#: chosen is the headline over its dek.
MIN_HEADLINE_OVER_DEK_WORDS = 6
MIN_DEK_WORDS = 5
#: A player's cue or the duration it shows: `Lire la vidéo`, `Écouter le podcast`, `02:34`.
_PLAYER = re.compile(
    r"^(?:(?:lire|regarder|voir|écouter|play)\s+(?:la |le |l['’])?(?:vidéo|podcast|reportage|"
    r"émission|audio|son)|\d{1,2}:\d{2}(?::\d{2})?)$",
    re.IGNORECASE,
)
#: The longest newsroom's name printed under its writer's (`La Presse`, `L'Écho des Collines`).
MAX_NEWSROOM_WORDS = 4
#: The longest dek an aggregator prints under the headline its credit stands over; longer,
#: the prose there is the text's first paragraph.
MAX_AGGREGATED_DEK_WORDS = 40
#: How far above the text's first paragraph its credits may stand (a caption between).
CREDITS_SPAN = 3
#: Pieces of chrome (a subhead, a link) that may sit between two prose pieces of one run.
PROSE_GAP = 2
#: What a page inserts between its paragraphs: a photo's caption or credit, a related link.
_INSERTS = frozenset((Kind.CAPTION, Kind.PHOTO, Kind.SEEALSO))


#: A reading time without its word of reading (Edge's reader: `4 minutes`).
_MINUTES = re.compile(r"^\d{1,2}\s+minutes?$")
#: A match's score closing a short line of its score box: `Mi-temps : 0-1`.
_SCORE = re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}$")
MAX_SCORE_LINE_WORDS = 4
#: A score box's figure alone on its line (`3`), and how many make a box.
_FIGURE_ALONE = re.compile(r"^\d{1,3}$")
MIN_SCORE_FIGURES = 2


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
    # past the credits, a player's buttons and times (`Écouter`, `00:00`) and a photo's caption
    while at < len(pieces) and (pieces[at].kind in MARKERS or (credited and _media(pieces[at]))):
        credited = credited or pieces[at].kind in CREDITS
        at += 1
    return at if credited and at < len(pieces) and is_good(pieces[at]) else anchor


def _media(piece: Piece) -> bool:
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
        and not _newsroom_line(pieces, i)
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


def _newsroom_line(pieces: list[Piece], index: int) -> bool:
    """A short title between the author's name and the date: the newsroom they write for
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


def find_standfirst(pieces: list[Piece], headline: int | None) -> range | None:
    """The prose under the headline (past a photo and its caption, or alone under an
    `L'essentiel` label), when a byline, date or caption follows it: one piece, or a few
    sentences set one under the other (`La ponctualité a baissé.` / `On vous explique.`)."""
    if headline is None:
        return None
    at = headline + 1
    while at < len(pieces) and (
        pieces[at].kind in (Kind.PHOTO, Kind.CAPTION)
        or is_badge(pieces[at].text)
        or site_beside_address(pieces[at].text) is not None
        or (at == headline + 1 and _MINUTES.match(pieces[at].text) is not None)
    ):
        at += 1  # (a photo and its caption, an `Abonné` badge, `Le Temps — letemps.ch`, the
        # `4 minutes` a reader view prints under the headline)
    at = _past_score_box(pieces, at)
    boxed = at < len(pieces) and is_box_heading(pieces[at].text)
    at += boxed
    if at + 1 >= len(pieces):
        return None
    if pieces[at].kind in MARKERS or pieces[at].kind == Kind.LABEL:
        return _under_credits(pieces, at)
    piece, following = pieces[at], pieces[at + 1]
    alone = boxed and piece.kind == Kind.BOX and following.kind != Kind.BOX
    dek = piece.kind == Kind.TITLE and piece.words >= MIN_DEK_WORDS and following.kind in HEADER
    dek = dek and piece.text != pieces[headline].text
    if piece.kind != Kind.TEXT and not (alone or dek):
        return None  # a box of several points is no standfirst
    end = at + 1
    while not (alone or dek) and end < len(pieces) and end - at < MAX_STANDFIRST_PIECES:
        if pieces[end].kind != Kind.TEXT:
            break
        end += 1
    words = sum(p.words for p in pieces[at:end])
    if not 5 <= words <= MAX_STANDFIRST_WORDS or piece.text[:1] in "•·▪■►▶◆●✓✔→-":
        return None
    if end >= len(pieces) or pieces[end].kind not in HEADER:
        return None
    long = sum(p.words for p in pieces[at:end]) > MAX_AGGREGATED_DEK_WORDS
    if long and _credited_above(pieces, headline) and _prose_past_media(pieces, end):
        return None  # an aggregator's credit over the headline: the text opens under it
    return range(at, end)


def _credited_above(pieces: list[Piece], headline: int) -> bool:
    """Whether the story's credit stands right over the headline (an aggregator's `Histoire
    de Name • 1 j`), so none can follow a standfirst under it."""
    above = pieces[headline - 1] if headline > 0 else None
    return above is not None and (above.kind == Kind.BYLINE or is_story_credit(above.text))


def _prose_past_media(pieces: list[Piece], at: int) -> bool:
    """Whether a photo or its caption comes at `at`, then the text's prose, no credit between."""
    start = at
    while at < len(pieces) and pieces[at].kind in (Kind.PHOTO, Kind.CAPTION):
        at += 1
    return start < at < len(pieces) and is_good(pieces[at])


def _past_score_box(pieces: list[Piece], at: int) -> int:
    """Past a match's score box under the headline (`AS Pirae` / `3` / `-` / `1` / `AS
    Tefana` / `Terminé` / `Mi-temps : 0-1`): short lines, two of them figures alone."""
    end = at
    while (
        end < len(pieces)
        and pieces[end].kind != Kind.TEXT
        and pieces[end].words <= MAX_SCORE_LINE_WORDS
    ):
        end += 1
    figures = sum(1 for piece in pieces[at:end] if _FIGURE_ALONE.match(piece.text))
    return end if figures >= MIN_SCORE_FIGURES else at


def _under_credits(pieces: list[Piece], at: int) -> range | None:
    """The standfirst printed under the byline, date and reading time, over the photo that
    opens the text (`Yasmine Alaoui` / `Temps de lecture: 3'` / the dek / `Illustration. / DR`
    / the text): one piece of prose between the credits and a photo's bare credit."""
    credited = False
    while at < len(pieces) and (pieces[at].kind in MARKERS or pieces[at].kind == Kind.LABEL):
        credited = credited or pieces[at].kind in CREDITS
        at += 1
    estimated = at > 0 and is_reader_estimate(pieces[at - 1].text)  # a reader view's `5–6 min`
    if not (credited or estimated) or at + 2 >= len(pieces):
        return None
    piece, photo, text = pieces[at : at + 3]
    fits = piece.kind == Kind.TEXT and 5 <= piece.words <= MAX_STANDFIRST_WORDS
    # (a caption's sentence there sits under the text's first paragraph, the lead photo's
    # bare credit under the dek)
    framed = photo.kind == Kind.PHOTO and not is_media_label(photo.text) and is_good(text)
    # (`[Photo : Name]` / its caption: a credit in brackets over the caption, then the text)
    bracketed = photo.kind == Kind.CAPTION and photo.text.startswith("[")
    framed = framed or (bracketed and _prose_past_media(pieces, at + 1))
    # a browser's reader view prints the page's excerpt under its reading-time estimate, then
    # a date or the lead photo's caption, then the text (`3 à 4 minutes` / the dek /
    # `Le traversier… (Le Droit, Name)`); right over the text, the same line is its lede
    excerpt = is_reader_estimate(pieces[at - 1].text) and _text_follows(pieces, at + 1)
    return range(at, at + 1) if fits and (framed or excerpt) else None


def _text_follows(pieces: list[Piece], at: int) -> bool:
    """Whether the text's prose comes next past a date, a photo or its caption (one at least)."""
    start = at
    while at < len(pieces) and (pieces[at].kind in MARKERS or _media(pieces[at])):
        at += 1
    return start < at < len(pieces) and is_good(pieces[at])
