"""A cookie-consent block copied with the page: its heading (`Nous respectons votre vie
privée`), the long sentences about cookies, partners and the data they process, and its
buttons (`Accepter & Fermer`, `Tout refuser`, `Paramétrer`).

Each of its lines alone may read as prose or a headline; together, words of consent over
consent buttons, they are one banner, wherever the copy puts it (above the site's name, under
the menu, at the foot of the page).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .copybanners import CONSENT_TERMS
from .linekind import Kind

if TYPE_CHECKING:
    from .copypieces import Piece

#: Words of a consent notice: those a consent line has (cookies, trackers, privacy, consent,
#: partners) and those of the data and purposes it lists.
_CONSENT_WORDS = re.compile(
    rf"{CONSENT_TERMS}|données (?:suivantes|de navigation)|technologies similaires"
    r"|confidentialité|finalités",
    re.IGNORECASE,
)
#: A consent notice's buttons.
_CONSENT_BUTTON = re.compile(
    r"^(?:tout |j['’])?(?:accepter|accepte|refuser|paramétrer|personnaliser)\b"
    r"|^continuer sans accepter|^gérer (?:mes|les) (?:choix|préférences|cookies)"
    r"|^(?:ok|d['’]accord)$",
    re.IGNORECASE,
)
#: How many pieces a consent notice spans, from its first words to its last button.
MAX_CONSENT_PIECES = 10
#: The longest heading over a consent notice's first sentence.
MAX_HEADING_WORDS = 8


def is_consent_button(text: str) -> bool:
    """`Accepter & Fermer`, `Tout refuser`, `Paramétrer`, `Continuer sans accepter`."""
    return len(text.split()) <= 5 and _CONSENT_BUTTON.match(text.strip()) is not None


def mark_consent(pieces: list[Piece]) -> list[Piece]:
    """The pieces of a consent block, from its heading to its last button, made banners."""
    out = list(pieces)
    index = 0
    while index < len(pieces):
        if not _CONSENT_WORDS.search(pieces[index].text) or pieces[index].kind == Kind.BUTTON:
            index += 1
            continue
        window = range(index, min(index + MAX_CONSENT_PIECES, len(pieces)))
        buttons = [at for at in window if is_consent_button(pieces[at].text)]
        if not buttons:
            index += 1
            continue
        start = index - 1 if index and _heads(pieces[index - 1]) else index
        for at in range(start, buttons[-1] + 1):
            out[at] = replace(pieces[at], kind=Kind.BANNER)
        index = buttons[-1] + 1
    return out


def _heads(piece: Piece) -> bool:
    """A consent notice's heading: a short line without a full stop, about the reader's
    privacy or consent (`Nous respectons votre vie privée`, `Vos choix`)."""
    short = piece.words <= MAX_HEADING_WORDS and not piece.text.rstrip().endswith(".")
    about = _CONSENT_WORDS.search(piece.text) or re.search(r"\b(?:vos|votre)\b", piece.text, re.I)
    return short and piece.kind in (Kind.TITLE, Kind.LABEL, Kind.TEXT) and about is not None
