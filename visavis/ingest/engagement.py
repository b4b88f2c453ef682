"""Lines that count or time the reader's visit: reading times, counters, comment headings.

`Lecture 3 min`, `3 min de lecture`; `12 commentaires`, `Commentaires (4)`; where readers'
comments start (`Vos commentaires`, `Réagissez`). Judged by their content alone, for
`linekind`.
"""

from __future__ import annotations

import re

from .lines import is_caps, word_count

_READTIME = re.compile(
    r"^(?:[⏱🕑]\s*)?(?i:(?:(?:temps|durée) de |environ )?lecture\s*(?::|en|de)?\s*)?"
    r"(?i:env(?:iron|\.)?\s*)?(?:\d+|moins d['’]une?)\s*(?:min(?:utes?)?|mn)\.?"
    r"(?i:\s+(?:de lecture|read|à lire))?\.?$"
)
_COUNTED = (
    r"(?:commentaires?|réactions?|partages?|comments?|shares?|likes?|vues|views|votes?|avis|"
    r"lectures?|lecteurs?)"
)
_COUNT = re.compile(rf"^(?:\d[\d ,.k]*\s+{_COUNTED}|{_COUNTED}\s*\(\d+\))$", re.IGNORECASE)


def is_read_time(text: str) -> bool:
    """`Lecture 3 min.`, `3 min de lecture`, `3 min`; not a bare `20 minutes` (a site's name,
    or a duration) without a word of reading."""
    if _READTIME.match(text) is None:
        return False
    return "lecture" in text.lower() or "read" in text.lower() or "minute" not in text.lower()


def is_count(text: str) -> bool:
    """`12 commentaires`, `Commentaires (4)`, `3 réactions`."""
    return _COUNT.match(text) is not None and not is_caps(text, 2)


def is_comments_heading(text: str) -> bool:
    """Where readers' comments start: `12 commentaires`, `Vos commentaires`, `Réagissez`."""
    low = text.lower()
    return word_count(text) <= 5 and ("comment" in low or "réagi" in low or "réactions" in low)
