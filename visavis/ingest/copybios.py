"""An author's bio printed right under the byline of a copied page (an opinion piece's
`Anne Roy` / `L’autrice est professeure à l’Université Laval.`): a sentence about the author,
part of the head like a role line, never the text's first paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .copypieces import Piece
from .linekind import Kind
from .lines import INNER_END

#: A sentence saying who the author is: `L’auteur est …`, `Les autrices sont …`.
_ABOUT_AUTHOR = re.compile(
    r"^(?:l['’]auteure?|l['’]autrice|les auteure?s|les autrices|la signataire|le signataire)"
    r"\s+(?:est|sont|a été|était|enseigne|dirige|travaille)\b",
    re.IGNORECASE,
)
#: The longest such sentence.
MAX_HEAD_BIO_WORDS = 35


def mark_head_bios(pieces: list[Piece]) -> list[Piece]:
    """A one-sentence bio right under a name or byline becomes the head's role line."""
    out = list(pieces)
    for index in range(1, len(pieces)):
        piece, above = pieces[index], pieces[index - 1]
        one_sentence = INNER_END.search(piece.text) is None
        short = piece.words <= MAX_HEAD_BIO_WORDS
        about = _ABOUT_AUTHOR.match(piece.text) is not None
        if above.kind in (Kind.NAME, Kind.BYLINE) and about and one_sentence and short:
            out[index] = replace(piece, kind=Kind.ROLE)
    return out
