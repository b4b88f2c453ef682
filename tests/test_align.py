"""Pairing a source article with its translation: sentence, block and article levels."""

from __future__ import annotations

from pathlib import Path

from visavis.align import align_blocks, align_pair
from visavis.frontmatter import parse_document
from visavis.model import Block
from visavis.sentences import segment_block

SOURCE = """---
title: Titre
slug: essai
lang: fr
---
Il pleut. Il vente fort.
Le vent tombe.

## Intertitre

> Nous irons.
> — Jeanne Martin

- un
- deux
"""

TRANSLATION = """---
title: Title
lang: en
---
It is raining.
The wind is strong.
The wind drops.

## Subhead

> We will go.
> — Jeanne Martin

- one
- two
"""


def document(text: str, name: str = "essai.en.md"):
    """Parse a content file's text as if read from content/<name>."""
    return parse_document(text, Path("content") / name)


def test_matching_translation_aligns_sentence_by_sentence() -> None:
    alignment = align_pair(document(SOURCE, "essai.fr.md"), document(TRANSLATION))
    assert alignment.level == "sentence"
    assert alignment.warnings == ()
    first = alignment.rows[0]
    assert first.source_units == ("Il pleut.", "Il vente fort.", "Le vent tombe.")
    assert first.target_units == ("It is raining.", "The wind is strong.", "The wind drops.")
    assert [row.source.kind for row in alignment.rows] == ["paragraph", "subhead", "quote", "list"]
    assert all(row.paired for row in alignment.rows)


def test_source_units_come_from_the_shared_splitter() -> None:
    block = Block("paragraph", ("Il pleut. Il vente fort.", "Le vent tombe."))
    row = align_blocks(block, Block("paragraph", ("a", "b", "c")))
    assert list(row.source_units) == segment_block(block.lines, "paragraph", "fr")


def test_missing_translation_gives_source_only_rows() -> None:
    alignment = align_pair(document(SOURCE, "essai.fr.md"), None)
    assert alignment.level == "untranslated"
    assert all(row.target is None for row in alignment.rows)
    assert len(alignment.rows) == 4


def test_sentence_count_mismatch_falls_back_to_the_block_and_warns() -> None:
    edited = TRANSLATION.replace("It is raining.\nThe wind is strong.", "It is raining hard.")
    alignment = align_pair(document(SOURCE, "essai.fr.md"), document(edited))
    assert alignment.level == "block"
    assert [row.level for row in alignment.rows] == ["block", "sentence", "sentence", "sentence"]
    assert alignment.rows[0].target_units == ("It is raining hard.", "The wind drops.")
    assert len(alignment.warnings) == 1
    assert (
        "content/essai.en.md: block 1 has 2 lines for 3 source sentences" in alignment.warnings[0]
    )


def test_block_kind_mismatch_is_not_paired_by_sentence() -> None:
    row = align_blocks(Block("subhead", ("Titre",)), Block("paragraph", ("Title",)))
    assert row.level == "block"


def test_block_count_mismatch_falls_back_to_the_article_and_keeps_every_block() -> None:
    edited = TRANSLATION.replace("## Subhead\n\n", "")
    alignment = align_pair(document(SOURCE, "essai.fr.md"), document(edited))
    assert alignment.level == "article"
    sources = [row.source for row in alignment.rows if row.source]
    targets = [row.target for row in alignment.rows if row.target]
    assert len(sources) == 4 and len(targets) == 3
    assert "3 blocks for the source's 4" in alignment.warnings[0]


ECHO_SOURCE = """---
title: Titre
lang: fr
---
Il pleut.
Le marché restera ouvert pendant les travaux.

> «Le marché restera ouvert pendant les travaux.»
> — Marie Dupont

> Une phrase qui n’est pas dans le texte.
"""

ECHO_TRANSLATION = """---
title: Title
lang: en
---
It is raining.
The market will stay open during the works.

> The market will stay open during the works.
> — Marie Dupont

> A sentence that is not in the text.
"""


def test_pull_quote_that_repeats_a_body_sentence_echoes_it() -> None:
    source = document(ECHO_SOURCE, "essai.fr.md")
    alignment = align_pair(source, document(ECHO_TRANSLATION))
    assert alignment.echoes == (((1, 0), (0, 1)),)


def test_no_echo_when_the_body_row_no_longer_pairs_by_sentence() -> None:
    edited = ECHO_TRANSLATION.replace("It is raining.\nThe market", "It is raining, and the market")
    alignment = align_pair(document(ECHO_SOURCE, "essai.fr.md"), document(edited))
    assert alignment.echoes == ()


def test_a_pull_quote_in_capitals_echoes_a_sentence_whose_folded_case_is_longer() -> None:
    # "Straße" folds to "strasse": the body sentence is shorter than the quote it matches.
    source = document(
        "---\ntitle: T\nslug: s\nlang: fr\n---\nIl pleut.\nLa Straße est fermée.\n\n"
        "> « LA STRASSE EST FERMÉE »\n",
        "s.fr.md",
    )
    translation = document(
        "---\ntitle: T\nlang: en\n---\nIt rains.\nThe street is shut.\n\n> The street is shut.\n"
    )
    assert align_pair(source, translation).echoes == (((1, 0), (0, 1)),)


def test_a_pull_quote_echoes_the_first_of_two_body_sentences_it_repeats() -> None:
    body = "Le marché restera ouvert.\nIl pleut.\n\nLe marché restera ouvert.\n\n"
    source = document(
        f"---\ntitle: T\nslug: s\nlang: fr\n---\n{body}> Le marché restera ouvert.\n", "s.fr.md"
    )
    translation = document(
        "---\ntitle: T\nlang: en\n---\nThe market stays open.\nIt rains.\n\n"
        "The market stays open.\n\n> The market stays open.\n"
    )
    assert align_pair(source, translation).echoes == (((2, 0), (0, 0)),)
