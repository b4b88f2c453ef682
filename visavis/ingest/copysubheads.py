"""Headings inside a copied text that a line's shape alone does not tell.

A live blog's entry title sits under its time of day (`09:47` / `Les CFF rétablissent…`),
also when it is a quotation. A short question standing alone between paragraphs
(`Et les primes ?`) heads the part under it, unless the text is an interview, where questions
alternate with answers and stay paragraphs. A title over the rows of a table is the table's
caption, a paragraph like its rows, never a subhead. A list's items (`- …`, `1. …`) are never
headlines listed one under the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Block
from .copyinfo import is_practical_info
from .copypieces import Piece
from .dates import MONTH_PATTERN
from .linekind import Kind, is_data_row
from .lines import INNER_END

#: A time of day alone on its line: a live blog's entry stamp (`09:47`, `14 h 22`).
TIME_STAMP = re.compile(r"^\d{1,2}\s?[:h.]\s?\d{2}$")
#: The newest entry's stamp, relative to now (`Il y a 12 minutes`, `il y a 2 h`), alone.
_AGO_STAMP = re.compile(r"^il y a \d{1,2}\s?(?:min(?:utes?)?|h|heures?)$", re.IGNORECASE)
#: A list item's marker: a dash, or a number with its point or bracket.
_ITEM = re.compile(r"^(?:[-–]\s+|\d{1,2}[.)]\s+)(?=\S)")
#: A question put to someone face to face (`Que proposez-vous ?`): an interviewer's. A
#: heading may address the reader (`Que faire si vous êtes concerné ?`), never so.
_ASKED = re.compile(r"\w-(?:vous|tu)\b", re.IGNORECASE)
#: The byline of an interview.
_INTERVIEWED = re.compile(r"^propos recueillis\b", re.IGNORECASE)
#: The longest question that heads a part of the text.
MAX_QUESTION_WORDS = 8
#: The longest question that counts as an interviewer's (a question paragraph).
MAX_ASKED_WORDS = 40
#: From this many question paragraphs on, the text is an interview.
INTERVIEW_QUESTIONS = 3


def is_time_stamp(piece: Piece | None) -> bool:
    """A time of day alone: a live entry's stamp, never a teaser's cue."""
    return piece is not None and TIME_STAMP.match(piece.text) is not None


def is_entry_stamp(text: str) -> bool:
    """A live entry's stamp alone on its line: a time of day, or the newest entry's `Il y a
    12 minutes` (never `Mis à jour il y a …`, which dates the page)."""
    return TIME_STAMP.match(text) is not None or _AGO_STAMP.match(text.strip()) is not None


def is_list_item(text: str) -> bool:
    """A line that opens with a list's dash or number: `- Prix du public : …`, `2. un pont…`."""
    return _ITEM.match(text) is not None


def is_entry_title(pieces: list[Piece], index: int) -> bool:
    """A title or a quotation right under a live entry's time of day."""
    piece = pieces[index]
    before = pieces[index - 1] if index else None
    stamped = before is not None and is_entry_stamp(before.text)  # (the newest: `Il y a 6 min`)
    return piece.kind in (Kind.TITLE, Kind.QUOTE) and stamped


def is_asked(piece: Piece) -> bool:
    """One sentence, a question: an interviewer's, or a question-form heading."""
    text = piece.text.rstrip(" »”\u00a0\u202f")
    return (
        piece.kind == Kind.TEXT
        and text.endswith("?")
        and piece.words <= MAX_ASKED_WORDS
        and not INNER_END.search(text)
    )


def question_subheads(pieces: list[Piece], kept: list[int], interview: bool = False) -> set[int]:
    """The short questions between two paragraphs that head a part of a text that is no
    interview (an interview is labelled so, credited `Propos recueillis par`, asks three
    questions or more, or asks `-vous` face to face)."""
    questions = [index for index in kept if is_asked(pieces[index])]
    asks = any(_ASKED.search(pieces[index].text) for index in questions)
    credited = any(p.kind == Kind.BYLINE and _INTERVIEWED.match(p.text) for p in pieces)
    headings = all(_question_words(pieces[index]) <= MAX_QUESTION_WORDS for index in questions)
    if interview or asks or credited or (len(questions) >= INTERVIEW_QUESTIONS and not headings):
        return set()  # (questions all of a heading's length head parts, however many)
    found: set[int] = set()
    for index in questions:
        position = kept.index(index)
        if position == 0 or position + 1 == len(kept):
            continue
        before, after = pieces[kept[position - 1]], pieces[kept[position + 1]]
        words = _question_words(pieces[index])
        short = 2 <= words <= MAX_QUESTION_WORDS and pieces[index].text[:1].isupper()
        # (a name kept before it is a pull quote's attribution: the quote closed a part)
        under_text = before.kind in (Kind.TEXT, Kind.QUOTE, Kind.NAME)
        # (a list's lead-in under it, `Les auteurs avancent trois explications:`, is text)
        over_text = after.kind == Kind.TEXT or after.text.rstrip().endswith(":")
        if short and under_text and over_text and not is_asked(after):
            found.add(index)
    first = kept[0] if kept else None
    opens = first in questions and _question_words(pieces[first]) <= MAX_QUESTION_WORDS
    if found and opens and len(kept) > 1 and pieces[kept[1]].kind == Kind.TEXT:
        found.add(first)  # the first part's heading, opening the text as the others head theirs
    return found


def _question_words(piece: Piece) -> int:
    """A question's words, not counting the `?` French typography sets apart (`touché ?`)."""
    return len(piece.text.rstrip(" ?!\u00a0\u202f»”").split())


def untitle_tables(blocks: list[Block]) -> list[Block]:
    """A table's rows, and the title right over them, are paragraphs, never subheads."""
    return _unhead(blocks, is_data_row)


def unhead_rows(blocks: list[Block], rows: set[str]) -> list[Block]:
    """The rows of a table copied with its cells parted (`rows`, as texts) are paragraphs,
    its header row too; the title over the table keeps its own kind."""
    return [
        Block("paragraph", block.lines)
        if block.kind == "subhead" and block.lines[0] in rows
        else block
        for block in blocks
    ]


def unhead_info(blocks: list[Block]) -> list[Block]:
    """A practical-info line, and the box's name right over it, are paragraphs, never
    subheads (`Plage du Bassin Louise` / `Prix : Gratuit`)."""
    return _unhead(blocks, is_practical_info)


def _unhead(blocks: list[Block], is_line: Callable[[str], bool]) -> list[Block]:
    """Subheads that are such lines, or right over one, made paragraphs."""
    rows = [block.kind != "list" and is_line(block.lines[0]) for block in blocks]
    out = list(blocks)
    for at, block in enumerate(blocks):
        titled = at + 1 < len(blocks) and rows[at + 1]
        if block.kind == "subhead" and (rows[at] or titled):
            out[at] = Block("paragraph", block.lines)
    return out


#: The fewest subheads in a row that make a heading and the entries under it.
MIN_HEADED_ENTRIES = 3
#: A timeline's entry opening on its year or its date: `1968 Premier disque`, `9 mars 2026 …`.
_DATED_ENTRY = re.compile(
    rf"^(?:\d{{1,2}}(?:er)?\s+(?:{MONTH_PATTERN})\s+)?\d{{4}}\b", re.IGNORECASE
)


def unhead_entries(blocks: list[Block]) -> list[Block]:
    """A heading over dated entries, all set as subheads (`… en quelques dates` / `1968
    Premier disque` / `1976 Deux semaines à l’Olympia`): the entries are paragraphs, each
    opening on its date (live entries' titles in a row, their stamps dropped, stay subheads)."""
    out = list(blocks)
    at = 0
    while at < len(blocks):
        end = at
        while end < len(blocks) and blocks[end].kind == "subhead":
            end += 1
        dated = all(_DATED_ENTRY.match(block.lines[0]) for block in blocks[at + 1 : end])
        if end - at >= MIN_HEADED_ENTRIES and dated:
            for entry in range(at + 1, end):
                out[entry] = Block("paragraph", blocks[entry].lines)
        at = max(end, at + 1)
    return out
