"""The standfirst of a copied page: the prose under the headline (past a photo, a badge, a
reader view's reading time, a match's score box), when the byline, the date or a caption
follows it; or the dek printed under the credits, over the photo that opens the text. An
aggregator's credit over the headline makes the long prose under it the text's first
paragraph instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .copybanners import is_badge
from .copycredits import is_story_credit
from .copyheadline import MAX_SCORE_LINE_WORDS, MAX_STANDFIRST_PIECES, is_media_piece
from .copypieces import Piece, is_box_heading, is_bracketed
from .copysubheads import is_asked
from .engagement import is_media_label, is_reader_estimate
from .goodtext import is_good
from .linekind import CREDITS, MARKERS, Kind
from .lines import site_beside_address

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
MAX_STANDFIRST_WORDS = 80
MIN_DEK_WORDS = 5
#: The longest dek an aggregator prints under the headline its credit stands over; longer,
#: the prose there is the text's first paragraph.
MAX_AGGREGATED_DEK_WORDS = 40
#: A reading time without its word of reading (Edge's reader: `4 minutes`).
_MINUTES = re.compile(r"^\d{1,2}\s+minutes?$")
#: A score box's figure alone on its line (`3`), and how many make a box.
_FIGURE_ALONE = re.compile(r"^\d{1,3}$")
MIN_SCORE_FIGURES = 2


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
    return _prose_past(pieces, at, lambda piece: piece.kind in (Kind.PHOTO, Kind.CAPTION))


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
    credited = read = False
    while at < len(pieces) and (pieces[at].kind in MARKERS or pieces[at].kind == Kind.LABEL):
        credited = credited or pieces[at].kind in CREDITS
        read = read or is_reader_estimate(pieces[at].text)
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
    bracketed = photo.kind == Kind.CAPTION and is_bracketed(photo.text)
    framed = framed or (bracketed and _prose_past_media(pieces, at + 1))
    # a browser's reader view prints the page's excerpt under its reading-time estimate, then
    # a date or the lead photo's caption, then the text (`3 à 4 minutes` / the dek /
    # `Le traversier… (Le Droit, Name)`); right over the text, the same line is its lede, and
    # over an interview's `Propos recueillis par` that no date follows, its introduction
    excerpt = is_reader_estimate(pieces[at - 1].text) and _text_follows(pieces, at + 1)
    excerpt = excerpt and (photo.kind != Kind.BYLINE or text.kind == Kind.DATE)
    # a reader view's interview: its introduction under the credits, over the first question
    introduces = read and is_asked(photo) and is_good(piece)
    return range(at, at + 1) if fits and (framed or excerpt or introduces) else None


def _text_follows(pieces: list[Piece], at: int) -> bool:
    """Whether the text's prose comes next past a date, a photo or its caption (one at least)."""
    return _prose_past(pieces, at, lambda piece: piece.kind in MARKERS or is_media_piece(piece))


def _prose_past(pieces: list[Piece], at: int, over: Callable[[Piece], bool]) -> bool:
    """Whether good prose comes past one piece `over` steps over at least, from `at`."""
    start = at
    while at < len(pieces) and over(pieces[at]):
        at += 1
    return start < at < len(pieces) and is_good(pieces[at])
