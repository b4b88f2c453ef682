"""The credits a copied page prints under its text when none stands above it: a post's
closing `Par Name`, a column's signature over the bio that names the author again, the
dates under them (`Sujet TJ: …` / `Adaptation web: …` / `Publié le …`).
"""

from __future__ import annotations

from .copycredits import is_anonymous_credit, looks_like_person, read_credits
from .copypieces import Piece
from .copyzones import Zones
from .linekind import CREDITS, Kind

#: How many credit and date lines a closing byline carries under it.
SIGNATURE_SPAN = 4


def closing_byline(pieces: list[Piece], zones: Zones) -> range | None:
    """The byline right under the text (or closing it) of a page that has none above it, or
    a column's signature: the bare name over the bio that names it again (`Bernard Lhoest` /
    `Instituteur retraité, Bernard Lhoest a enseigné …`)."""
    for index in range(max(zones.end - 2, zones.start), min(zones.end + 2, len(pieces))):
        piece = pieces[index]
        if piece.kind == Kind.BYLINE and not is_anonymous_credit(piece.text):
            return range(index, index + 1)
        below = pieces[index + 1].text if index + 1 < len(pieces) else ""
        if piece.kind == Kind.NAME and looks_like_person(piece.text) and piece.text in below:
            return range(index, index + 1)
        if piece.kind == Kind.NAME and index >= zones.end - 1 and _signs_off(pieces, index):
            end = index + 1
            while end < len(pieces) and pieces[end].kind == Kind.NAME:
                end += 1  # (`Sujet TJ: Pascal Jaquet` / `Adaptation web: Nadia Berset`)
            return range(index, end)
    return None


def _signs_off(pieces: list[Piece], index: int) -> bool:
    """Names (with their place) that close the copy's text, only other credits and an app's or
    a site's buttons and banners under them: `Koffi Aya et Yao Serge N'Guessan (à Korhogo)`."""
    after = pieces[index + 1 :]
    persons = read_credits(pieces[index].text, {}).persons
    return bool(persons) and all(piece.kind in _CLOSING_CHROME for piece in after)


#: What an app's or a site's copy prints under the text's signature.
_CLOSING_CHROME = frozenset(
    (Kind.NAME, Kind.DATE, Kind.BUTTON, Kind.BANNER, Kind.LABEL, Kind.LINK, Kind.COPYRIGHT)
)


def dates_under(pieces: list[Piece], start: int) -> range:
    """The credit and date lines in a row from `start` (under a closing byline)."""
    end = start
    while end < len(pieces) and pieces[end].kind in CREDITS and end - start < SIGNATURE_SPAN:
        end += 1
    return range(start, end)
