"""jusText's "good" paragraph, on the pieces of a copied page: prose long enough and rich in
common French words, the kind of piece a site's chrome never is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .linekind import Kind
from .lines import ends_sentence

if TYPE_CHECKING:
    from .copypieces import Piece

GOOD_WORDS = 8
GOOD_STOP_SHARE = 0.25


def is_good(piece: Piece) -> bool:
    """jusText's "good" paragraph: prose, long enough, with its share of common words."""
    return piece.kind == Kind.TEXT and piece.words >= GOOD_WORDS and piece.stop >= GOOD_STOP_SHARE


def is_prose(piece: Piece) -> bool:
    """A sentence of prose, long enough and rich in common words: never the site's chrome."""
    return is_good(piece) and ends_sentence(piece.text)
