"""Where the article sits among a copied page's pieces: headline, standfirst, text, footer.

The headline and the standfirst are found after the site's chrome (`copyheadline`). A
stretch of text runs from a first prose piece to the last prose before the comments, the
paywall, the copyright or a long run of chrome (`copyend`); the article's text is the
stretch with the most good words (a summary box or a caption above the byline holds fewer
than the text under the share buttons), from the first prose after the header's last byline
or date, on over any later stretch of prose that only chrome (not a stop) parts from it. A
safety net stands behind that choice: a run of prose left out that is longer than the text
chosen means the choice was wrong, and the text is widened to take it in.
"""

from __future__ import annotations

from dataclasses import dataclass

from .copyend import find_end, is_footer_blurb, links_box, stops_text
from .copyheadline import PROSE_GAP, find_anchor, find_headline
from .copypieces import Piece
from .copystandfirst import find_standfirst
from .copysubheads import is_entry_title
from .goodtext import is_good, is_prose
from .linekind import CREDITS, Kind

#: A stretch of prose this long is an article's text: a stop after it ends the page's text.
SUBSTANTIAL_WORDS = 60


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
        i for i in range(begin, main) if pieces[i].kind in CREDITS and not _attributes(pieces, i)
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
        if any(stops_text(piece) for piece in gap):
            break  # the copyright or the comments between: what follows is the footer
        if any(links_box(pieces, at) for at in range(spans[last].end, following.start)):
            break  # `Sur le même sujet` over linked headlines: a question among them is one
        held = pieces[following.start : following.end]
        if not any(is_prose(piece) or _table_row(piece) for piece in held):
            break
        prose = [i for i in range(following.start, following.end) if is_prose(pieces[i])]
        if prose and all(is_footer_blurb(pieces, i) for i in prose):
            break  # the site's words of itself over its copyright (`X est une production …`)
        last += 1
    return spans[last]


def _table_row(piece: Piece) -> bool:
    """A row of a table copied as text: the article's figures, prose or not."""
    return any(line.row for line in piece.lines)


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
