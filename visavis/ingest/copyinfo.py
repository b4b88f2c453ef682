"""A practical-info box at the end of an article: `Prix : Gratuit`, `Adresse : 100, quai
Saint-André`, `Horaires : de 10 h à 21 h`, under the name of the place it is about.

Each of its lines is the article's text (a paragraph of its own), never a subhead nor a
related link, and the name line right over them is the box's heading, a paragraph too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..sentences import split_sentences
from .linekind import BULLET, Kind

if TYPE_CHECKING:
    from .copypieces import Piece

#: The labels of a practical-info line, then its colon and a value.
_INFO = re.compile(
    r"^(?:adresse|lieu|où|quand|dates?|horaires?|heures? d['’]ouverture|ouverture|prix|"
    r"tarifs?|entrée|coût|billets?|billetterie|réservations?|téléphone|tél\.?|site web|"
    r"site internet|site|informations?|infos?|accès|durée|public|âge|pourquoi y aller|"
    r"pour qui|à ne pas manquer|contact)\s*[:：]\s+\S",
    re.IGNORECASE,
)
#: The longest practical-info line.
MAX_INFO_WORDS = 25
#: The longest heading of a practical-info box (the place's name).
MAX_BOX_NAME_WORDS = 8


def is_practical_info(text: str) -> bool:
    """`Prix : Gratuit`, `Horaires : de 10 h à 21 h`: a label of practical information, a
    colon and its value, first on the line, or after the place and dates on a line marked as
    an item or holding two labels (`→ Bruxelles, Théâtre des Martyrs, jusqu'au 29 novembre.
    Durée : 1 h 45. Infos : www.…`)."""
    if len(text.split()) > MAX_INFO_WORDS:
        return False
    if _INFO.match(text.strip()) is not None:
        return True
    # (a label further on only on a line marked as an item, or beside another label: an
    # ordinary sentence may go on `… Contact : l'association`)
    marked = BULLET.match(text.strip()) is not None
    sentences = split_sentences(BULLET.sub("", text.strip()))
    labelled = sum(_INFO.match(sentence) is not None for sentence in sentences[1:])
    return labelled >= 2 or (marked and labelled >= 1)


def mark_info_boxes(pieces: list[Piece]) -> list[Piece]:
    """The lines of a practical-info box, and the name heading it, are text."""
    out = list(pieces)
    for index, piece in enumerate(pieces):
        if not is_practical_info(piece.text) or piece.kind not in _READABLE:
            continue
        out[index] = replace(piece, kind=Kind.TEXT)
        head = pieces[index - 1] if index else None
        if head is not None and _box_name(head, piece) and not is_practical_info(head.text):
            out[index - 1] = replace(head, kind=Kind.TEXT)
    return out


#: The kinds a practical-info line may have been read as from its shape alone.
_READABLE = frozenset({Kind.TEXT, Kind.TITLE, Kind.LABEL, Kind.NAME, Kind.LINK})


def _box_name(head: Piece, first: Piece) -> bool:
    """The name of a place on the line right over the box's first line, in its block."""
    short = head.words <= MAX_BOX_NAME_WORDS and not head.text.rstrip().endswith((".", ":"))
    return head.chunk == first.chunk and short and head.kind in (Kind.NAME, Kind.TITLE)
