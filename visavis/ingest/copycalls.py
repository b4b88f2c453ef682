"""A newsroom's words to its readers: the call about the story that closes the text, the
introduction of a live page that opens it.

A live page's first sentence, under the byline and dates and over the first entry's time of
day (`Suivez en direct …` / `11 h 05`), introduces the entries: it is the standfirst. So is
an opinion piece's one sentence under the byline and dates that presents the piece (`Alors
que …, une infirmière plaide pour …`): the newsroom speaks there, never the writer in the
first person.

`Vous avez des photos de la tempête ? Écrivez-nous à …` has a site banner's shape (it
addresses the reader, gives an address) but asks about the story the headline tells, not for
a subscription: it is the article's last paragraph. A banner about subscribing, signing up or
giving stays chrome, whatever words it shares with the headline, and so does a call that
heads a form (its own call and button under it, in one block).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .copybanners import FIRST_PERSON, asks_for_subscription
from .copypieces import Piece
from .copyquotes import QUOTATION
from .copysubheads import TIME_STAMP, is_entry_stamp
from .linekind import MARKERS, Kind, french_stopwords
from .lines import INNER_END, ends_sentence

_WORD = re.compile(r"[^\W\d_]{5,}")
#: The longest call to readers that may close the text.
MAX_STORY_CALL_WORDS = 40
#: The longest introduction of a live page.
MAX_LIVE_INTRO_WORDS = 40
#: Genres of a piece signed by someone outside the newsroom, which presents it in a sentence.
OPINION_GENRES = (
    "tribune",
    "point de vue",
    "opinion",
    "libre opinion",
    "carte blanche",
    "lettre ouverte",
    "contribution externe",
    "débat",
)
#: The fewest words of the sentence that presents an opinion piece.
MIN_PRESENTATION_WORDS = 12


def take_story_call(pieces: list[Piece], end: int, title: str | None) -> tuple[list[Piece], int]:
    """The pieces and the text's end, taking in the call to readers right under the text when
    it asks about the story (a question sharing a word of the headline)."""
    if title is None or end >= len(pieces):
        return pieces, end
    piece = pieces[end]
    if piece.kind not in (Kind.BANNER, Kind.LINK) or not _about(piece.text, title):
        return pieces, end
    if _heads_form(pieces, end):
        return pieces, end
    out = list(pieces)
    out[end] = replace(piece, kind=Kind.TEXT)
    return out, end + 1


def _heads_form(pieces: list[Piece], index: int) -> bool:
    """Whether the call heads a form in its block (`Tu as été témoin des orages ?` /
    `Envoie-nous tes photos` / `Envoyer`): the site's box, not the text's last words."""
    after = pieces[index + 1] if index + 1 < len(pieces) else None
    form = after is not None and after.kind in (Kind.BANNER, Kind.BUTTON)
    return form and after.chunk == pieces[index].chunk


def _about(text: str, title: str) -> bool:
    """A question to the reader, no subscription asked, about a subject of the headline."""
    if "?" not in text or len(text.split()) > MAX_STORY_CALL_WORDS or asks_for_subscription(text):
        return False
    stopwords = french_stopwords()
    words = {word for word in _WORD.findall(text.casefold()) if word not in stopwords}
    return bool(words & set(_WORD.findall(title.casefold())))


def introduction(pieces: list[Piece], start: int, end: int, genre: str | None) -> int | None:
    """The index of the text's first piece when it introduces the text, the standfirst: a live
    page's introduction, or an opinion piece's presentation."""
    live = _live_standfirst(pieces, start, end)
    return live if live is not None else _opinion_standfirst(pieces, start, end, genre)


def _live_standfirst(pieces: list[Piece], start: int, end: int) -> int | None:
    """The index of a live page's introduction: the text's first piece, one or two sentences
    right under the header's markers and over the first entry's time stamp."""
    if not 0 < start < end - 1:
        return None
    piece, stamp = pieces[start], pieces[start + 1]
    above = pieces[start - 1]
    # (under the first entry's own time stamp, the piece is that entry's text; `Il y a 12
    # minutes` is the newest entry's stamp where the header gave the page's date, else the
    # page's own date; a time of day alone is always an entry's)
    dated = any(earlier.kind == Kind.DATE for earlier in pieces[: start - 1])
    under_head = above.kind in MARKERS and not (dated and is_entry_stamp(above.text))
    short = piece.kind == Kind.TEXT and piece.words <= MAX_LIVE_INTRO_WORDS
    return start if under_head and short and TIME_STAMP.match(stamp.text) else None


def _opinion_standfirst(pieces: list[Piece], start: int, end: int, genre: str | None) -> int | None:
    """The index of an opinion piece's presentation: the text's first piece, one sentence
    right under the header's markers, shorter than the paragraph under it, that speaks of the
    writer, never as the writer (no `je`, `mon` outside quotations)."""
    if (genre or "").casefold() not in OPINION_GENRES or not 0 < start < end - 1:
        return None
    piece, following = pieces[start], pieces[start + 1]
    if pieces[start - 1].kind not in MARKERS or piece.kind != Kind.TEXT:
        return None
    if following.kind != Kind.TEXT or not MIN_PRESENTATION_WORDS <= piece.words < following.words:
        return None
    sentence = ends_sentence(piece.text) and INNER_END.search(piece.text) is None
    unquoted = QUOTATION.sub(" ", piece.text)
    return start if sentence and FIRST_PERSON.search(unquoted) is None else None
