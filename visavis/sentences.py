"""Sentence splitting, shared by ingest, translate and render so that all three agree."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-ÖØ-Þ])")


def split_sentences(text: str, lang: str = "fr") -> list[str]:
    """Split text into sentences; joining them with single spaces gives the text back."""
    normalized = " ".join(text.split())
    if not normalized:
        return []
    return [part for part in _BOUNDARY.split(normalized) if part]


def segment_block(lines: tuple[str, ...] | list[str], kind: str, lang: str = "fr") -> list[str]:
    """Return a block's translation units: sentences of each line, or whole lines for
    subheads and list items. A line break is always a sentence boundary."""
    if kind in ("subhead", "list"):
        return [" ".join(line.split()) for line in lines if line.strip()]
    return [sentence for line in lines for sentence in split_sentences(line, lang)]
