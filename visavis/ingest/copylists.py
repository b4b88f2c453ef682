"""Lists in a copied text: items set one under the other after a bullet or a dash.

Browsers copy a list's items as lines that open with their bullet (`•`, `·`, `▪`, `■`, `►`,
`✓`…); lists drawn with dashes (`-`, `–`) copy the dash. Bulleted lines, and dashed lines
that are no sentence (`- un tarif social ;`), are items; dashed sentences only when two or
more follow a line that announces them (`… trois choses :`), since a dash also opens an
interview's question or a line of dialogue. Lists drawn with neither copy bare lines: short
lines, two or more, none of them a sentence, under a line that announces them (`Les communes
concernées sont les suivantes :`) are items too, whatever their shape made of them (a title,
a name). The item keeps its words and loses its bullet.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block
from .copypieces import Piece
from .linekind import BULLET, DASH_ITEM, Kind, is_links_heading
from .lines import ends_sentence

MAX_DASH_ITEM_WORDS = 40
#: An item's number: `1. `, `2) `.
NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
#: The longest bare line that may be an item of an announced list.
MAX_BARE_ITEM_WORDS = 16
#: What an announced list's bare items may have been read as by their shape alone.
_BARE_KINDS = frozenset({Kind.TEXT, Kind.TITLE, Kind.NAME, Kind.LABEL})


def mark_announced(pieces: list[Piece], span: range) -> list[Piece]:
    """Bare lines under a line ending with a colon, two or more of them, short and none a
    sentence (the last may close the list with a point), then prose or a heading: the items
    of a list (the announcing line is prose)."""
    out = list(pieces)
    for at in span:
        head = pieces[at]
        if not announces(head):
            continue
        end = at + 1
        while end in span and _bare_item(pieces[end]):
            end += 1
            if pieces[end - 1].text.rstrip().endswith("."):
                break
        after = pieces[end].kind if end in span else None
        closed = after in (None, Kind.TEXT, Kind.TITLE, Kind.QUOTE) or _closes(pieces[end - 1])
        if end - at - 1 >= 2 and closed:
            out[at] = replace(head, kind=Kind.TEXT)
            for item in range(at + 1, end):
                out[item] = replace(pieces[item], kind=Kind.BULLET)
    return out


def announces(piece: Piece) -> bool:
    """A line of prose or a title ending with a colon, not a heading of links."""
    text = piece.text.rstrip()
    return piece.kind in _BARE_KINDS and text.endswith(":") and not is_links_heading(text)


def _bare_item(piece: Piece) -> bool:
    """A short line that is no sentence (`Forest : le parc`, `les fonds propres ;`)."""
    text = piece.text.rstrip()
    open_ended = not ends_sentence(text) or text.endswith((";", "."))
    short = piece.words <= MAX_BARE_ITEM_WORDS and not text.endswith(":")
    row = any(line.row for line in piece.lines)  # a table's rows are its own paragraphs
    return piece.kind in _BARE_KINDS and short and open_ended and not row


def _closes(piece: Piece) -> bool:
    """An item closing its list with a point (`… pour 6 %.`)."""
    return piece.text.rstrip().endswith(".")


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
    """A line opening on a dash or an item's number (`- …`, `2. …`), not too long."""
    marked = DASH_ITEM.match(piece.text) or NUMBERED_ITEM.match(piece.text)
    return marked is not None and piece.words <= MAX_DASH_ITEM_WORDS


def list_block(items: list[Piece]) -> Block:
    """The items as one list block, each without its bullet or dash."""
    lines = [
        NUMBERED_ITEM.sub("", DASH_ITEM.sub("", BULLET.sub("", piece.text))).strip()
        for piece in items
    ]
    return Block("list", tuple(line for line in lines if line))
