"""An author's bio printed right under the byline of a copied page (an opinion piece's
`Anne Roy` / `L’autrice est professeure à l’Université Laval.`): a sentence about the author,
part of the head like a role line, never the text's first paragraph; under the text, the
same sentence closes it as the author's bio.
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


def is_about_author(text: str) -> bool:
    """One short sentence on who the author is: `L’autrice est bibliothécaire à la retraite.`"""
    one_sentence = INNER_END.search(text) is None
    return (
        _ABOUT_AUTHOR.match(text) is not None
        and one_sentence
        and len(text.split()) <= MAX_HEAD_BIO_WORDS
    )


def mark_head_bios(pieces: list[Piece]) -> list[Piece]:
    """A one-sentence bio right under a name or byline becomes the head's role line."""
    out = list(pieces)
    for index in range(1, len(pieces)):
        piece, above = pieces[index], pieces[index - 1]
        if above.kind in (Kind.NAME, Kind.BYLINE) and is_about_author(piece.text):
            out[index] = replace(piece, kind=Kind.ROLE)
    return out
