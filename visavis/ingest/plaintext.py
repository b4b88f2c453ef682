"""Plain text with no recognisable layout: first line the headline, then paragraphs."""

from __future__ import annotations

from .blocks import build_blocks, units_from_chunks
from .draft import Draft
from .lines import Chunk, ends_sentence, word_count

MAX_TITLE_WORDS = 30


def parse_plaintext(chunks: list[Chunk], format_name: str = "plaintext") -> Draft:
    """Read plain text: a short first line is the headline, the rest is the body."""
    draft = Draft(format_name)
    chunks = list(chunks)
    if chunks and looks_like_title(chunks[0][0].text):
        first = chunks.pop(0)
        draft.title = first[0].text
        if len(first) > 1:
            chunks.insert(0, first[1:])
    else:
        draft.warn("no headline found (the first line reads like body text)")
    draft.blocks = build_blocks(units_from_chunks(chunks, draft), draft)
    return draft


def looks_like_title(text: str) -> bool:
    """A headline: not too long, and not several sentences."""
    if word_count(text) > MAX_TITLE_WORDS:
        return False
    inner = text.rstrip(".!?…»” ")
    return not any(mark in inner for mark in (". ", "! ", "? ")) or not ends_sentence(text)
