"""Pair a source article with its translation, block by block and sentence by sentence.

The translation has the same blocks in the same order, and line i of a translated paragraph
translates sentence i of the source paragraph (DESIGN.md). When a hand edit breaks that
contract, alignment falls back: to the block (sentence counts differ within a block) or to the
whole article (block counts differ). Text is never dropped, whatever the level.

A pull quote that repeats a body sentence is an echo of it: the page can show the two together
(the translate stage gives both the same translation, by the same rule: `echoes`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .echoes import quote_aliases
from .model import Block, Document
from .sentences import normalize_space, segment_block

Level = Literal["sentence", "block", "article", "untranslated"]
#: (row index, unit index) of a pull-quote sentence and of the body sentence it repeats.
Echo = tuple[tuple[int, int], tuple[int, int]]


@dataclass(frozen=True)
class Row:
    """One source block beside its counterpart, with the units (sentences) of each side."""

    source: Block | None
    target: Block | None
    source_units: tuple[str, ...]
    target_units: tuple[str, ...]
    level: Level

    @property
    def paired(self) -> bool:
        """True when sentence i of the source translates to unit i of the target."""
        return self.level == "sentence"


@dataclass(frozen=True)
class Alignment:
    """The rows of an article and how finely they are aligned."""

    rows: tuple[Row, ...]
    level: Level
    warnings: tuple[str, ...] = ()
    echoes: tuple[Echo, ...] = ()


def align_pair(
    source: Document, translation: Document | None, source_lang: str = "fr"
) -> Alignment:
    """Align a source document with its translation into rows, falling back when needed."""
    if translation is None:
        rows = tuple(_source_row(block, source_lang) for block in source.blocks)
        return Alignment(rows, "untranslated")
    if len(source.blocks) != len(translation.blocks):
        return _align_article(source, translation, source_lang)
    rows = tuple(
        align_blocks(src, dst, source_lang)
        for src, dst in zip(source.blocks, translation.blocks, strict=True)
    )
    warnings = tuple(
        f"{_name(translation)}: block {index} has {len(row.target_units)} lines for "
        f"{len(row.source_units)} source sentences; highlighting falls back to the block"
        for index, row in enumerate(rows, start=1)
        if not row.paired
    )
    level: Level = "block" if warnings else "sentence"
    return Alignment(rows, level, warnings, find_echoes(source, rows, source_lang))


def align_blocks(source: Block, target: Block, source_lang: str = "fr") -> Row:
    """Pair one source block with its translation; sentence level when the counts agree."""
    source_units = tuple(segment_block(source.lines, source.kind, source_lang))
    target_units = target_lines(target)
    same_shape = source.kind == target.kind and len(source_units) == len(target_units)
    return Row(source, target, source_units, target_units, "sentence" if same_shape else "block")


def find_echoes(
    source: Document, rows: tuple[Row, ...], source_lang: str = "fr"
) -> tuple[Echo, ...]:
    """Pull-quote sentences that repeat a body sentence, where both rows pair by sentence."""
    segmented = {row.source: row.source_units for row in rows if row.source is not None}
    aliases = quote_aliases(source, source_lang, segmented)
    body: dict[str, tuple[int, int]] = {}
    quotes: list[tuple[int, int, str]] = []
    for number, row in enumerate(rows):
        if not row.paired or row.source is None:
            continue
        for index, unit in enumerate(row.source_units):
            if row.source.kind == "paragraph":
                body.setdefault(unit, (number, index))
            elif row.source.kind == "quote":
                quotes.append((number, index, aliases.get(unit, unit)))
    return tuple(((number, index), body[unit]) for number, index, unit in quotes if unit in body)


def target_lines(block: Block) -> tuple[str, ...]:
    """A translated block's units: its lines, as written, one per source sentence."""
    return tuple(normalize_space(line) for line in block.lines if line.strip())


def _source_row(block: Block, source_lang: str) -> Row:
    units = tuple(segment_block(block.lines, block.kind, source_lang))
    return Row(block, None, units, (), "untranslated")


def _align_article(source: Document, translation: Document, source_lang: str) -> Alignment:
    """Block counts differ: every block of each side, in order, with no row alignment."""
    rows = tuple(_source_row(block, source_lang) for block in source.blocks)
    rows += tuple(
        Row(None, block, (), target_lines(block), "article") for block in translation.blocks
    )
    rows = tuple(
        Row(row.source, row.target, row.source_units, row.target_units, "article") for row in rows
    )
    warning = (
        f"{_name(translation)}: {len(translation.blocks)} blocks for the source's "
        f"{len(source.blocks)}; the page shows the two texts side by side without row alignment"
    )
    return Alignment(rows, "article", (warning,))


def _name(document: Document) -> str:
    return str(document.path) if document.path is not None else document.slug or "translation"
