"""Pull quotes that echo a body sentence, and units wrapped in emphasis as a whole.

A pull quote usually repeats a body sentence word for word, give or take its guillemets. The
translate stage gives the two the same translation, the review's record finds by it the
text the model was given, and the page shows the two together: one rule for all three,
which needs no translation engine (so rendering never imports the translate stage).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .model import Block, Document
from .sentences import normalize_space, segment_block

_WRAPPED = re.compile(r"^(\*\*|__|\*|_)(\S(?:.*\S)?)\1$")
QUOTE_MARKS = ' «»“”"\u00a0\u202f'
_STRIPPED = QUOTE_MARKS + ".…"  # around a sentence that a pull quote repeats


def unwrap_emphasis(unit: str) -> tuple[str, str]:
    """Split a unit that is bold or italic as a whole (`__Question ?__`, the way ingest marks an
    interviewer's questions) into its marker and its text: the model gets plain text only."""
    match = _WRAPPED.match(unit)
    return (match.group(1), match.group(2)) if match else ("", unit)


def quote_aliases(
    source: Document, lang: str, segmented: Mapping[Block, Sequence[str]] | None = None
) -> dict[str, str]:
    """Pull-quote sentences that repeat a body sentence, mapped to that body sentence.

    A pull quote usually repeats the body word for word, give or take its guillemets; it then
    reuses the body sentence's translation so the two read the same in English too. Blocks
    already split into sentences may be given as `segmented` (the page's aligned rows).
    """

    def units(block: Block) -> Sequence[str]:
        known = segmented.get(block) if segmented is not None else None
        return known if known is not None else segment_block(block.lines, block.kind, lang)

    quotes = [
        (unit, _quote_key(unit))
        for block in source.blocks
        if block.kind == "quote"
        for unit in units(block)
    ]
    if not quotes:
        return {}
    paragraphs = [block for block in source.blocks if block.kind == "paragraph"]
    if segmented is None or not all(block in segmented for block in paragraphs):
        # A quote can only repeat a body sentence if its words are in the body at all: most
        # pages are settled by this one search, without splitting the body into sentences.
        body_text = " ".join(line for block in paragraphs for line in block.lines)
        text = " ".join(body_text.split()).casefold()
        if not any(key in text for _, key in quotes):
            return {}
    keys = {key for _, key in quotes}
    initials, longest = {key[:1] for key in keys}, max(map(len, keys))
    body: dict[str, str] = {}
    for block in paragraphs:
        for unit in units(block):
            bare = normalize_space(unit.strip(_STRIPPED))
            # Folding case never shortens a text and folds its first letter first: a sentence
            # longer than every quote, or starting with another letter, repeats none.
            if len(bare) <= longest and bare[:1].casefold()[:1] in initials:
                body.setdefault(bare.casefold(), unit)
    aliases = {}
    for unit, key in quotes:
        match = body.get(key)
        if match is not None and match != unit:
            aliases[unit] = match
    return aliases


def _quote_key(text: str) -> str:
    return normalize_space(text.strip(_STRIPPED)).casefold()
