"""Captions on a copied page: the sentence beside a photo's credit, told by its neighbours.

The line classifier knows a credit alone (`Photo : Ndèye Fall`, `Keystone/Name`) and a
caption that ends with its credit; here the caption printed apart from its credit is found.
A copy that keeps the page's blank lines sets a credit and its caption together, apart from
the paragraphs: the credit's caption is the neighbour in its block, above it (`Les
commerçants lors de la conférence` / `Name / Site`, a fragment without a full stop) or under
it (`Belga` / `Le ministre lors de la conférence de presse.`). Otherwise it is the short
sentence before the credit, else the one after it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .goodtext import is_prose
from .linekind import CREDITS, MARKERS, Kind, is_data_row
from .lines import INNER_END
from .sitelines import is_bare_credit

if TYPE_CHECKING:
    from .copypieces import Piece

MAX_CAPTION_WORDS = 25
#: The longest agency credit (`Belga`, `AFP / Getty`) that may be a photo's, set in the text.
MAX_PHOTO_AGENCY_WORDS = 3
#: What a page may set between a photo's credit and the text going on under it.
_INTERFACE = frozenset({Kind.BUTTON, Kind.RELDATE, Kind.DATE, Kind.READTIME, Kind.COUNT})
#: How far under a bare `©` credit the text's prose may go on (past its caption).
CREDIT_SPAN = 2


def mark_captions(pieces: list[Piece]) -> list[Piece]:
    """The short sentence beside a photo credit is its caption: the one set with the credit
    apart from the paragraphs, else the one before it, else the one after it."""
    out = mark_photo_credits(pieces)
    pieces = list(out)
    for index, piece in enumerate(pieces):
        if piece.kind == Kind.PHOTO or _bracketed_credit(piece):
            caption = _grouped_caption(out, index)
            if caption is None:
                caption = _caption_beside(out, index)
        elif piece.kind == Kind.AGENCY and piece.words <= MAX_PHOTO_AGENCY_WORDS:
            caption = _grouped_caption(out, index)  # `Belga` over its caption, in the text
        else:
            continue
        rows = caption is not None and any(line.row for line in out[caption].lines)
        if caption is not None and not rows:  # (a table's row over its `Source :`)
            out[caption] = replace(out[caption], kind=Kind.CAPTION)
    return mark_repeated_captions(out)


def mark_photo_credits(pieces: list[Piece]) -> list[Piece]:
    """A bare `© Jean Roux` with the text's prose going on under it is a photo's credit, not
    the site's copyright (which closes the page: menus and links follow it, no paragraph)."""
    out = list(pieces)
    for index, piece in enumerate(pieces):
        if piece.kind != Kind.COPYRIGHT or not is_bare_credit(piece.text):
            continue
        # (past the buttons and times a live page sets under a photo: `Actualiser`, `15:48`)
        later = [other for other in pieces[index + 1 :] if other.kind not in _INTERFACE]
        if any(is_prose(other) for other in later[:CREDIT_SPAN]):
            out[index] = replace(piece, kind=Kind.PHOTO)
    return out


def _caption_beside(out: list[Piece], index: int) -> int | None:
    """The short sentence before the credit (unless that is the headline's standfirst), else
    the one after it."""
    before = out[index - 1] if index else None
    after = out[index + 1] if index + 1 < len(out) else None
    headed = index >= 2 and out[index - 2].kind in (Kind.TITLE, Kind.QUOTE)
    if _caption_like(before) and (not headed or _heads_credits(out, index + 1)):
        return index - 1
    return index + 1 if _caption_like(after) else None


def _fragment(piece: Piece) -> bool:
    """A caption without its full stop: a short title-like line."""
    return piece.kind == Kind.TITLE and 3 <= piece.words <= MAX_CAPTION_WORDS


def _grouped_caption(out: list[Piece], index: int) -> int | None:
    """The caption set in one block with its credit, between paragraphs in other blocks: one
    sentence or a fragment above the credit, or one sentence under it (or a fragment, under a
    photo's credit: an agency's may head a subhead)."""
    if not 0 < index < len(out) - 1:
        return None
    before, credit, after = out[index - 1], out[index], out[index + 1]
    with_before, with_after = before.chunk == credit.chunk, after.chunk == credit.chunk
    if with_before == with_after:
        return None
    photo = credit.kind != Kind.AGENCY
    under = _one_sentence(after) or (photo and _fragment(after))
    # under the headline's block, a fragment is its photo's caption unless credits follow
    # it (then it is the headline itself, under a credit printed above it)
    in_text = before.kind == Kind.TEXT or (photo and not _over_credits(out, index + 2))
    if with_after and under and in_text:
        return index + 1
    prose_above = index >= 2 and out[index - 2].kind == Kind.TEXT
    if with_before and prose_above and (_fragment(before) or _one_sentence(before)):
        return index - 1
    return None


def _over_credits(out: list[Piece], index: int) -> bool:
    """Whether a byline, a date or a reading time is at `index` (under a headline)."""
    return index < len(out) and out[index].kind in MARKERS  # a headline's, never a caption's


def _one_sentence(piece: Piece) -> bool:
    """A caption's shape: short prose of one sentence."""
    return _caption_like(piece) and INNER_END.search(piece.text.rstrip()) is None


def _bracketed_credit(piece: Piece) -> bool:
    """A photo's credit alone in brackets (`(Sylvain Mayer/Le Nouvelliste)`, `[Photo : Name]`),
    which the line
    classifier reads as a caption since it closes one when run in."""
    text = piece.text.strip()
    bracketed = (text[:1], text[-1:]) in (("(", ")"), ("[", "]"))  # (`[Photo : Name]`)
    return piece.kind == Kind.CAPTION and bracketed


def mark_repeated_captions(pieces: list[Piece]) -> list[Piece]:
    """A caption copied twice, once with its credit and once without (the image's text and
    its legend): the sentence beside the credited caption that it opens with is caption too."""
    out = list(pieces)
    for index, piece in enumerate(pieces):
        if piece.kind != Kind.CAPTION:
            continue
        for near in (index - 1, index + 1):
            other = pieces[near] if 0 <= near < len(pieces) else None
            if other is None or other.kind not in (Kind.TEXT, Kind.TITLE) or other.words < 3:
                continue
            if _squashed(piece.text).startswith(_squashed(other.text)):
                out[near] = replace(other, kind=Kind.CAPTION)
    return out


def _squashed(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def _heads_credits(pieces: list[Piece], index: int) -> bool:
    """Prose right above the byline or date: the standfirst, so the sentence above is a caption."""
    after = pieces[index : index + 2]
    return (
        len(after) == 2
        and after[0].kind == Kind.TEXT
        and not _caption_like(after[0])
        and after[1].kind in CREDITS
    )


def _caption_like(piece: Piece | None) -> bool:
    if piece is None or piece.kind != Kind.TEXT or is_data_row(piece.text):
        return False  # a table's last row above its `Source :` is no caption
    return 3 <= piece.words <= MAX_CAPTION_WORDS
