"""The e-mail around a copy pasted into a message: the headers a mail program writes
(`De : Name <address>`, `Date : …`, `Objet : …`, `À : …`) and the sender's note over a rule
(`Coucou Gaëlle,` / … / `----------`), and the mail program's signature under a last rule
(`Envoyé depuis l'application Mail Orange`). None of it is the page: its date is the message's,
its subject is no headline, the sender's address names no site. Taken out before the lines
are grouped, and listed in a warning like every line dropped.
"""

from __future__ import annotations

import re

from .draft import Draft
from .linekind import Kind, classify_line
from .lines import Chunk, Line, TakenLines, listed_lines, take_lines, word_count

#: A header line of a message, in French or English (Outlook, Gmail, Apple Mail, Orange).
_HEADER = re.compile(
    r"^(?:(?:de|date|objet|sujet|à|a|pour|envoyé|envoyé le|from|sent|to|subject|reply-to"
    r"|répondre à)\s?:\s*\S|(?:cc|cci|bcc)\s?:)",  # (a copy's field may be empty: `Cc :`)
    re.IGNORECASE,
)
#: The headers that show a message, not a page's `Date : 3 mars` line: its sender or subject.
_SENDER_OR_SUBJECT = re.compile(r"^(?:de|from|objet|sujet|subject)\s?:", re.IGNORECASE)
#: The rule under a note or over a forwarded message: `-----`, `__________`,
#: `---------- Message transféré ---------`, `-----Original Message-----`.
_RULE = re.compile(
    r"^(?:[-_=*~]{4,}|-{2,}\s*(?:message (?:transféré|d['’]origine)|original message"
    r"|forwarded message)\s*-{2,})$",
    re.IGNORECASE,
)
#: The headers open the message: at least this many of its first lines.
MIN_HEADERS = 2
#: How far under the headers the rule that closes the sender's note may stand, and the most
#: words the note may have: more, and the rule is the page's own.
MAX_NOTE_LINES = 15
MAX_NOTE_WORDS = 80
#: Lines that are the page's, not a note's: a byline or a date over the rule means the copy
#: began right under the headers.
_PAGE_KINDS = frozenset({Kind.BYLINE, Kind.DATE, Kind.RELDATE, Kind.READTIME})
#: The most lines under the closing rule of a mail program's signature.
MAX_SIGNATURE_LINES = 3


def take_mail_wrapper(chunks: list[Chunk]) -> TakenLines:
    """Take out the headers that open a pasted message and the sender's note under them, up
    to the rule that parts the note from the copy (only the headers when there is no rule)."""
    lines = [line for chunk in chunks for line in chunk]
    headers = 0
    while headers < len(lines) and _HEADER.match(lines[headers].text.strip()):
        headers += 1
    opening = lines[:headers]
    if headers < MIN_HEADERS or not any(_SENDER_OR_SUBJECT.match(h.text) for h in opening):
        return TakenLines(chunks)
    end = headers
    for at in range(headers, min(len(lines), headers + MAX_NOTE_LINES + 1)):
        if _RULE.match(lines[at].text.strip()):
            end = at + 1 if _is_note(lines[headers:at]) else headers
            break
    return take_lines(chunks, [*lines[:end], *lines[_signature_start(lines, end) :]])


def _is_note(lines: list[Line]) -> bool:
    """Whether the lines between the headers and a rule are a sender's few words, not the top
    of the page (its headline, byline and date over a rule of its own)."""
    words = sum(word_count(line.text) for line in lines)
    return words <= MAX_NOTE_WORDS and not any(
        classify_line(line.text) in _PAGE_KINDS for line in lines
    )


def _signature_start(lines: list[Line], begin: int) -> int:
    """Where the mail program's signature under the copy starts (the last rule, with only a
    few lines under it: `----------` / `Envoyé depuis l'application Mail Orange`), else the
    end of the lines."""
    for at in range(len(lines) - 1, max(begin, len(lines) - MAX_SIGNATURE_LINES - 2), -1):
        if _RULE.match(lines[at].text.strip()):
            return at
    return len(lines)


def note_wrapper(wrapper: TakenLines, what: str, draft: Draft) -> None:
    """List the lines of the message (`the e-mail`, `the chat`) the copy was pasted into."""
    if wrapper.lines:
        count, listed = len(wrapper.lines), listed_lines(wrapper.lines)
        draft.warn(f"dropped {count} lines as {what} the copy was pasted into: {listed}")
