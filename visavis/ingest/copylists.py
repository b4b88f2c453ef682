"""Lists in a copied text: items set one under the other after a bullet or a dash.

Browsers copy a list's items as lines that open with their bullet (`•`, `·`, `▪`, `■`, `►`,
`✓`…); lists drawn with dashes (`-`, `–`) copy the dash. Bulleted lines, and dashed lines
that are no sentence (`- un tarif social ;`), are items; dashed sentences only when two or
more follow a line that announces them (`… trois choses :`), since a dash also opens an
interview's question or a line of dialogue. The item keeps its words and loses its bullet.
"""

from __future__ import annotations

from ..model import Block
from .copypieces import Piece
from .linekind import BULLET, DASH_ITEM, Kind

MAX_DASH_ITEM_WORDS = 40


def split_lists(segment: list[Piece]) -> list[tuple[bool, list[Piece]]]:
    """The segment cut into runs: (True, items) for a list, (False, pieces) for the rest."""
    runs: list[tuple[bool, list[Piece]]] = []
    dashed = _dashed_items(segment)
    for at, piece in enumerate(segment):
        item = at in dashed or piece.kind == Kind.BULLET
        if runs and runs[-1][0] == item:
            runs[-1][1].append(piece)
        else:
            runs.append((item, [piece]))
    return runs


def _dashed_items(segment: list[Piece]) -> set[int]:
    """Indices of dashed lines, two or more in a row, under a line ending with a colon."""
    found: set[int] = set()
    at = 0
    while at < len(segment):
        end = at
        while end < len(segment) and _dash_item(segment[end]):
            end += 1
        announced = at > 0 and segment[at - 1].text.rstrip().endswith(":")
        if end - at >= 2 and announced:
            found.update(range(at, end))
        at = max(end, at + 1)
    return found


def _dash_item(piece: Piece) -> bool:
    return DASH_ITEM.match(piece.text) is not None and piece.words <= MAX_DASH_ITEM_WORDS


def list_block(items: list[Piece]) -> Block:
    """The items as one list block, each without its bullet or dash."""
    lines = [DASH_ITEM.sub("", BULLET.sub("", piece.text)).strip() for piece in items]
    return Block("list", tuple(line for line in lines if line))
