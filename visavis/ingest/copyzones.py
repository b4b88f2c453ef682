"""Where the article sits among a copied page's pieces: headline, standfirst, text, footer.

The text is found the way jusText finds it: from the "good" pieces, long enough and rich in
common words; it starts where two of them follow each other. The headline is a title-like
piece before that, the one that owns the byline, date and reading time below it (a
newsletter box's title owns none): it is found after the site's chrome, never in it. A
stretch of text runs from a first prose piece to the last prose before the comments, the
paywall, the copyright or a long run of chrome; the article's text is the stretch with the
most good words (a summary box or a caption above the byline holds fewer than the text under
the share buttons), from the first prose after the header's last byline or date, on over
any later stretch of prose that only chrome (not a stop) parts from it. A safety
net stands behind that choice: a run of prose left out that is longer than the text chosen
means the choice was wrong, and the text is widened to take it in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .copybanners import is_paywall
from .copypieces import Piece, is_box_heading
from .copysubheads import is_entry_title
from .engagement import is_comments_heading
from .linekind import Kind, is_end_notice, is_links_heading
from .lines import ends_sentence

#: Kinds printed between a headline and its text.
MARKERS = frozenset(
    {Kind.BYLINE, Kind.NAME, Kind.ROLE, Kind.AGENCY, Kind.DATE, Kind.RELDATE, Kind.READTIME}
)
_CREDITS = frozenset({Kind.BYLINE, Kind.NAME, Kind.AGENCY, Kind.DATE})
HEADER = MARKERS | {
    Kind.BUTTON,
    Kind.PHOTO,
    Kind.CAPTION,
    Kind.LABEL,
    Kind.BANNER,
    Kind.BULLET,
    Kind.BOX,
}
GOOD_WORDS = 8
GOOD_STOP_SHARE = 0.25
MAX_TITLE_WORDS = 25
MAX_STANDFIRST_WORDS = 80
#: The most sentences, set one under the other, a standfirst spans.
MAX_STANDFIRST_PIECES = 3
OWNED_SPAN = 9
#: A kicker has five words at most (`copyhead`): a title longer than that over the title
#: chosen is the headline over its dek.
MIN_HEADLINE_OVER_DEK_WORDS = 6
MIN_DEK_WORDS = 5
FOOTER_RUN = 6
PAYWALL_WORDS = 12
#: A stretch of prose this long is an article's text: a stop after it ends the page's text.
SUBSTANTIAL_WORDS = 60
#: Pieces of chrome (a subhead, a link) that may sit between two prose pieces of one run.
PROSE_GAP = 2
#: The most list items in a row that a stretch of prose carries on across.
MAX_LIST_RUN = 15
_QUESTION_END = re.compile(r"[?!…][»”\"'\s]*$")


@dataclass(frozen=True)
class Zones:
    """Indices into the pieces: headline and standfirst (or None; a standfirst may span a few
    pieces), the text's span, its stop; `widened` when prose outside the span chosen first had
    to be taken in."""

    headline: int | None
    standfirst: range | None
    start: int
    end: int
    stop: int | None
    widened: bool = False


@dataclass(frozen=True)
class Span:
    """A stretch of prose between runs of chrome: its first piece, its end, what stopped it."""

    start: int
    end: int
    stop: int | None
    words: int


def is_good(piece: Piece) -> bool:
    """jusText's "good" paragraph: prose, long enough, with its share of common words."""
    return piece.kind == Kind.TEXT and piece.words >= GOOD_WORDS and piece.stop >= GOOD_STOP_SHARE


def is_title_like(piece: Piece) -> bool:
    """A headline or subhead candidate: short, and no full stop ending it."""
    words = piece.words
    if piece.kind == Kind.QUOTE:
        return 2 <= words <= MAX_TITLE_WORDS
    if piece.kind == Kind.TITLE:
        return 3 <= words <= MAX_TITLE_WORDS and piece.stop > 0
    text = piece.text
    single = not any(mark in text[:-1] for mark in (". ", "? ", "! "))
    return (
        piece.kind == Kind.TEXT
        and words <= MAX_TITLE_WORDS
        and single
        and bool(_QUESTION_END.search(text))
    )


def find_zones(pieces: list[Piece]) -> Zones:
    """Locate headline, standfirst and the article's text among the pieces.

    The text is the longest stretch of prose after the header (the first one, unless a later
    one holds more), taken back to the first prose after the last byline or date before it;
    whatever was chosen, a longer run of prose left out widens it (`widen_zones`).
    """
    anchor = find_anchor(pieces)
    headline = find_headline(pieces, anchor)
    standfirst = find_standfirst(pieces, headline)
    after = standfirst[-1] if standfirst else headline if headline is not None else -1
    spans = find_spans(pieces, after + 1)
    if not spans:
        return widen_zones(pieces, Zones(headline, standfirst, len(pieces), len(pieces), None))
    main = max(range(len(spans)), key=lambda i: (spans[i].words, -i))
    last = text_end(pieces, spans, main)
    start = text_start(pieces, after + 1, spans[main].start)
    zones = Zones(headline, standfirst, start, last.end, last.stop)
    return widen_zones(pieces, zones)


def find_spans(pieces: list[Piece], begin: int) -> list[Span]:
    """The stretches of prose from `begin` on, up to the first stop after a substantial one."""
    spans: list[Span] = []
    position = begin
    while position < len(pieces):
        start = next((i for i in range(position, len(pieces)) if pieces[i].kind == Kind.TEXT), None)
        if start is None:
            break
        end, stop = find_end(pieces, start)
        words = sum(piece.words for piece in pieces[start:end] if is_good(piece))
        spans.append(Span(start, end, stop, words))
        if stop is not None and words >= SUBSTANTIAL_WORDS:
            break  # comments, a paywall or the footer after the article: nothing more
        position = max(end, stop + 1 if stop is not None else end)
    return spans


def text_start(pieces: list[Piece], begin: int, main: int) -> int:
    """Where the text starts: the first prose after the last byline or date before `main`
    (prose above those is a summary box or a caption), else the first prose after `begin`."""
    marks = [
        i for i in range(begin, main) if pieces[i].kind in _CREDITS and not _attributes(pieces, i)
    ]
    first = marks[-1] + 1 if marks else begin
    start = next((i for i in range(first, main + 1) if pieces[i].kind == Kind.TEXT), main)
    entry = start - 1
    return entry if entry - 1 >= first and is_entry_title(pieces, entry) else start


def _attributes(pieces: list[Piece], index: int) -> bool:
    """A name right under a line in quotation marks: the pull quote's speaker, no byline."""
    return pieces[index].kind == Kind.NAME and index > 0 and pieces[index - 1].kind == Kind.QUOTE


def text_end(pieces: list[Piece], spans: list[Span], main: int) -> Span:
    """The last stretch of the text: the main one, or a later one with prose that only chrome
    (an ad block, a list of links), not a stop, parts from it."""
    last = main
    while spans[last].stop is None and last + 1 < len(spans):
        following = spans[last + 1]
        gap = pieces[spans[last].end : following.start]
        if any(_stops_text(piece) for piece in gap):
            break  # the copyright or the comments between: what follows is the footer
        if not any(is_prose(piece) for piece in pieces[following.start : following.end]):
            break
        last += 1
    return spans[last]


def widen_zones(pieces: list[Piece], zones: Zones) -> Zones:
    """The safety net: a run of prose left out that is longer than the text chosen means the
    choice was wrong, and so does a substantial run of paragraphs between the header and the
    text (the article's opening, cut off by a misread mark): the text is widened to take it in."""
    inside = sum(p.words for p in pieces[zones.start : zones.end] if is_prose(p))
    start, end = zones.start, zones.end
    top = max([-1, *[i for i in (zones.headline, *(zones.standfirst or ())) if i is not None]])
    for first, last in prose_runs(pieces, {zones.headline, *(zones.standfirst or ())}):
        left = [i for i in range(first, last + 1) if is_prose(pieces[i]) and not start <= i < end]
        outside = sum(pieces[i].words for i in left)
        opening = top < first and last < start and len(left) >= 2 and outside >= SUBSTANTIAL_WORDS
        if outside > inside or opening:
            start, end = min(start, first), max(end, last + 1)
    if (start, end) == (zones.start, zones.end):
        return zones
    stop = zones.stop if zones.stop is not None and zones.stop >= end else None
    return Zones(zones.headline, zones.standfirst, start, end, stop, widened=True)


def is_prose(piece: Piece) -> bool:
    """A sentence of prose, long enough and rich in common words: never the site's chrome."""
    return is_good(piece) and ends_sentence(piece.text)


def prose_runs(pieces: list[Piece], skip: set[int | None]) -> list[tuple[int, int]]:
    """(first, last) of each run of prose pieces, with at most `PROSE_GAP` others between."""
    runs: list[tuple[int, int]] = []
    for index, piece in enumerate(pieces):
        if index in skip or not is_prose(piece):
            continue
        if runs and index - runs[-1][1] <= PROSE_GAP + 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def find_anchor(pieces: list[Piece]) -> int | None:
    """Where the article's text is: the first two good pieces in a row (else the first)."""
    good = [i for i, piece in enumerate(pieces) if is_good(piece)]
    pairs = set(good)
    near = (i for i in good if any(i + step in pairs for step in range(1, PROSE_GAP + 2)))
    anchor = next((i for i in good if i + 1 in pairs), next(near, good[0] if good else None))
    return past_head(pieces, anchor)


def past_head(pieces: list[Piece], anchor: int | None) -> int | None:
    """The anchor moved past the article's head when it fell on the standfirst (or a question
    headline and its standfirst) over the byline and date: the text is the prose under them."""
    if anchor is None:
        return None
    at = anchor + 1
    while (
        at < len(pieces) and at - anchor <= MAX_STANDFIRST_PIECES and pieces[at].kind == Kind.TEXT
    ):
        at += 1
    credited = False
    while at < len(pieces) and pieces[at].kind in MARKERS:
        credited = credited or pieces[at].kind in _CREDITS
        at += 1
    return at if credited and at < len(pieces) and is_good(pieces[at]) else anchor


def find_headline(pieces: list[Piece], anchor: int | None) -> int | None:
    """The title-like piece before the text that owns the most header markers below it.

    With no byline, date or reading time anywhere, it is the last title-like piece before
    the first good one (a standfirst or the text).
    """
    limit = anchor if anchor is not None else len(pieces)
    names = site_names(pieces)
    candidates = [
        i for i in range(limit) if is_title_like(pieces[i]) and pieces[i].text not in names
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda i: (_owned_markers(pieces, i, names), i))
    if _owned_markers(pieces, best, names):
        return _over_its_dek(pieces, best, names)
    first_good = next((i for i in range(limit) if is_good(pieces[i])), limit)
    before = [i for i in candidates if i < first_good]
    return before[-1] if before else candidates[-1]


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
    title-like piece (the site's name, in a byline, is none)."""
    count = 0
    for piece in pieces[index + 1 : index + 1 + OWNED_SPAN]:
        if piece.text in names:
            continue
        if is_title_like(piece) and piece.text != pieces[index].text:
            break
        if piece.text == pieces[index].text:
            return 0  # repeated below: the later copy is the headline
        count += 2 if piece.kind in _CREDITS else piece.kind in MARKERS
    return count


def find_standfirst(pieces: list[Piece], headline: int | None) -> range | None:
    """The prose under the headline (past a photo and its caption, or alone under an
    `L'essentiel` label), when a byline, date or caption follows it: one piece, or a few
    sentences set one under the other (`La ponctualité a baissé.` / `On vous explique.`)."""
    if headline is None:
        return None
    at = headline + 1
    while at < len(pieces) and pieces[at].kind in (Kind.PHOTO, Kind.CAPTION):
        at += 1
    boxed = at < len(pieces) and is_box_heading(pieces[at].text)
    at += boxed
    if at + 1 >= len(pieces):
        return None
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
    return range(at, end) if end < len(pieces) and pieces[end].kind in HEADER else None


def find_end(pieces: list[Piece], start: int) -> tuple[int, int | None]:
    """End of the text (after its last prose) and the piece that stopped it, if any."""
    last = start
    run = listed = 0
    for index in range(start, len(pieces)):
        piece = pieces[index]
        if index > start and (_stops_text(piece) or _links_box(pieces, index)):
            return _cut_subhead(pieces, last + 1, index), index
        if piece.kind == Kind.BULLET and (listed or run == 0) and listed < MAX_LIST_RUN:
            listed += 1  # a list's items right under prose: the text may go on under them
            continue
        listed = 0
        if piece.kind == Kind.TEXT and (run < 2 or is_good(piece)):
            last, run = index, 0
        else:
            run += 1
            if run >= FOOTER_RUN:
                break
    return min(last + 1, len(pieces)), None


def _cut_subhead(pieces: list[Piece], end: int, stop: int) -> int:
    """The end of a text that a paywall stops right under a subhead: the subhead is the
    article's too (the part it heads is for subscribers)."""
    cut = stop == end + 1 and pieces[end].kind == Kind.TITLE and is_paywall(pieces[stop].text)
    return stop if cut else end


def _links_box(pieces: list[Piece], index: int) -> bool:
    """`Sur le même sujet`, `Les plus lus` over linked headlines, and no paragraph anywhere
    under them: the related articles after the text (a box of links that cuts the text has
    the text's paragraphs under it)."""
    if pieces[index].kind == Kind.TEXT or not is_links_heading(pieces[index].text):
        return False
    under = pieces[index + 1 :]
    return bool(under) and not any(_statement(piece) for piece in under)


def _statement(piece: Piece) -> bool:
    """Prose that states: a good piece ending with a full stop (a linked headline has none,
    or asks its question)."""
    return is_good(piece) and ends_sentence(piece.text) and not _QUESTION_END.search(piece.text)


def _stops_text(piece: Piece) -> bool:
    """Comments, a paywall, the copyright or the publisher's address: the text is over."""
    if piece.kind in (Kind.COPYRIGHT, Kind.CONTACT) or is_end_notice(piece.text):
        return True  # the copyright, `Les plus lus`, `Déclaration d’intérêts`, comments closed
    if piece.words <= PAYWALL_WORDS and is_paywall(piece.text):
        return True  # `Cet article est réservé aux abonnés.`, `Pour lire la suite, …`
    short = (piece.words <= 25 and piece.kind != Kind.TEXT) or piece.kind == Kind.BANNER
    return short and (is_comments_heading(piece.text) or is_paywall(piece.text))
