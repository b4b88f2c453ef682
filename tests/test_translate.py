"""The translate stage, always through the real Argos package path (the project's tiny model)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import TINY, write_tree

from visavis.config import load_config
from visavis.frontmatter import read_document
from visavis.model import Block
from visavis.translate import run_translate

SOURCE = """\
---
title: Le marché ouvre tôt
slug: le-marche
lang: fr
publication: Test
section: Technologie
standfirst: Une petite édition pour les tests.
author: Marie Dupont
date: null
---
Le marché de Villeneuve ouvre chaque samedi matin. Les habitants viennent tôt pour acheter \
des légumes.
Les prix restent stables depuis le printemps.

## Le marché ouvre tôt

> Marie Dupont dit qu’elle reste optimiste.
> — Marie Dupont

- Les travaux commenceront en septembre.
- Le projet coûtera deux millions d’euros.
"""

#: The source with its third sentence replaced by another memorised one.
CHANGED_SOURCE = SOURCE.replace(
    "Les prix restent stables depuis le printemps.", "Le maire a visité les stands ce matin."
)

SECOND = """\
---
title: Le marché ouvre tôt
lang: fr
---
Marie Dupont ouvre sa boulangerie.
Elle fait son pain avec de la farine locale.
Les prix restent stables depuis le printemps.
"""


def translate(project: Path, **options: bool):
    """Run the stage on a scratch project."""
    return run_translate(load_config(project / "config.yaml"), **options)


@pytest.fixture
def edition(project: Path, tiny_model: Path) -> Path:
    """A scratch project holding one French article made of memorised sentences."""
    write_tree(project, {"content/le-marche.fr.md": SOURCE})
    return project


def test_translation_is_aligned_sentence_by_sentence(edition: Path) -> None:
    report = translate(edition)
    english = read_document(edition / "content" / "le-marche.en.md")
    assert english.blocks == (
        Block(
            "paragraph",
            (
                TINY["Le marché de Villeneuve ouvre chaque samedi matin."],
                TINY["Les habitants viennent tôt pour acheter des légumes."],
                TINY["Les prix restent stables depuis le printemps."],
            ),
        ),
        Block("subhead", ("The market opens early",)),
        Block("quote", ("Marie Dupont says she remains optimistic.",), "Marie Dupont"),
        Block(
            "list", ("Work will begin in September.", "The project will cost two million euros.")
        ),
    )
    assert report.counts["sentences translated"] == 9
    assert report.counts["from memory"] == 0


def test_translated_front_matter_records_provenance(edition: Path) -> None:
    translate(edition)
    meta = read_document(edition / "content" / "le-marche.en.md").meta
    assert meta["title"] == "The market opens early"
    assert meta["standfirst"] == "A small edition for tests."
    assert meta["section"] == "Technology"
    assert meta["lang"] == "en"
    assert meta["translation_of"] == "le-marche.fr.md"
    record = meta["translation"]
    assert record["engine"] == "Argos Translate"
    assert record["engine_version"].startswith("argostranslate 1.11.0, ctranslate2 ")
    assert record["model"] == "translate-fr_en"
    assert record["reviewed"] is False
    assert len(record["source_sha256"]) == len(record["body_sha256"]) == 64
    assert "author" not in meta, "names are kept, not translated"


def test_second_run_translates_nothing_and_rewrites_nothing(edition: Path) -> None:
    translate(edition)
    target = edition / "content" / "le-marche.en.md"
    before = target.stat().st_mtime_ns
    report = translate(edition)
    assert report.counts == {"up to date": 1, "sentences translated": 0, "from memory": 0}
    assert target.stat().st_mtime_ns == before


def test_forced_run_takes_every_sentence_from_memory(edition: Path) -> None:
    translate(edition)
    report = translate(edition, force=True)
    assert report.counts["sentences translated"] == 0
    assert report.counts["from memory"] == 9


def test_no_memory_sends_everything_to_the_model_again(edition: Path) -> None:
    translate(edition)
    report = translate(edition, force=True, use_memory=False)
    assert report.counts["sentences translated"] == 9


def test_new_article_sends_only_its_new_sentences_to_the_model(edition: Path) -> None:
    translate(edition)
    write_tree(edition, {"content/boulangerie.fr.md": SECOND})
    report = translate(edition)
    assert report.counts["sentences translated"] == 2
    assert report.counts["from memory"] == 2  # the title and the shared sentence
    english = read_document(edition / "content" / "boulangerie.en.md")
    assert english.blocks[0].lines == (
        "Marie Dupont opens her bakery.",
        "She makes her bread with local flour.",
        "Prices have stayed stable since the spring.",
    )


def test_hand_edited_translation_survives_and_goes_stale(edition: Path) -> None:
    translate(edition)
    target = edition / "content" / "le-marche.en.md"
    edited = target.read_text(encoding="utf-8").replace(
        "Work will begin in September.", "Building work starts in September."
    )
    target.write_text(edited, encoding="utf-8")
    source = edition / "content" / "le-marche.fr.md"
    source.write_text(CHANGED_SOURCE, encoding="utf-8")
    report = translate(edition)
    assert target.read_text(encoding="utf-8") == edited
    assert report.counts["kept (edited)"] == 1
    assert report.counts["stale"] == 1
    assert any(
        "le-marche.en.md" in warning and "edited by hand" in warning for warning in report.warnings
    )


def test_changed_source_retranslates_a_machine_translation(edition: Path) -> None:
    translate(edition)
    source = edition / "content" / "le-marche.fr.md"
    source.write_text(CHANGED_SOURCE, encoding="utf-8")
    report = translate(edition)
    assert report.counts["sentences translated"] == 1
    english = read_document(edition / "content" / "le-marche.en.md")
    assert english.blocks[0].lines[2] == "The mayor visited the stalls this morning."


def test_corrupted_memory_is_rebuilt_with_a_warning(edition: Path) -> None:
    memory = edition / ".cache" / "memory.sqlite"
    memory.parent.mkdir()
    memory.write_bytes(b"this is not a database" * 100)
    report = translate(edition)
    assert any("translation memory was unreadable" in w for w in report.warnings)
    assert report.counts["sentences translated"] == 9
    with sqlite3.connect(memory) as connection:
        assert connection.execute("SELECT count(*) FROM translations").fetchone()[0] == 9


def test_a_memory_with_another_schema_is_set_aside_and_rebuilt(edition: Path) -> None:
    memory = edition / ".cache" / "memory.sqlite"
    memory.parent.mkdir()
    with sqlite3.connect(memory) as connection:
        connection.execute("CREATE TABLE translations (key TEXT, value TEXT)")
    report = translate(edition)
    assert any(
        "translation memory was unreadable (another schema (columns key, value))" in w
        for w in report.warnings
    )
    assert report.counts["sentences translated"] == 9
    assert (edition / ".cache" / "memory.sqlite.corrupt").exists()


def test_unreadable_source_is_reported_and_others_still_translate(edition: Path) -> None:
    write_tree(edition, {"content/broken.fr.md": "---\ntitle: [1, 2]\n---\nTexte.\n"})
    report = translate(edition)
    assert [str(error) for error in report.errors] == [
        f"{edition / 'content' / 'broken.fr.md'}:2: front matter 'title' must be text, not list"
    ]
    assert (edition / "content" / "le-marche.en.md").exists()


def test_pull_quote_repeating_a_body_sentence_reuses_its_translation(
    project: Path, tiny_model: Path
) -> None:
    write_tree(
        project,
        {
            "content/prix.fr.md": "---\ntitle: Le marché ouvre tôt\n---\n"
            "Les prix restent stables depuis le printemps.\n\n"
            "> «Les prix restent stables depuis le printemps»\n> — Marie Dupont\n"
        },
    )
    report = translate(project)
    english = read_document(project / "content" / "prix.en.md")
    assert english.blocks[1] == Block(
        "quote", ("Prices have stayed stable since the spring.",), "Marie Dupont"
    )
    assert report.counts["sentences translated"] == 2  # the title and the body sentence


def test_bold_question_is_translated_as_plain_text_and_stays_bold(
    project: Path, tiny_model: Path
) -> None:
    write_tree(
        project,
        {
            "content/entretien.fr.md": "---\ntitle: Le marché ouvre tôt\n---\n"
            "__Le maire a visité les stands ce matin.__\n\n"
            "Marie Dupont dit qu’elle reste optimiste.\n"
        },
    )
    translate(project)
    english = read_document(project / "content" / "entretien.en.md")
    assert english.blocks[0].lines == ("__The mayor visited the stalls this morning.__",)
    assert english.blocks[1].lines == ("Marie Dupont says she remains optimistic.",)


def test_translations_are_saved_to_memory_as_they_come(
    edition: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from visavis import unit_translation as stage

    monkeypatch.setattr(stage, "CHECKPOINT_SENTENCES", 4)
    calls: list[int] = []
    original = stage.TranslationMemory.store

    def store(self: stage.TranslationMemory, model: str, pairs: dict) -> None:
        calls.append(len(pairs))
        original(self, model, pairs)

    monkeypatch.setattr(stage.TranslationMemory, "store", store)
    translate(edition)
    assert calls == [4, 4, 1]


def test_a_sentence_longer_than_the_model_accepts_is_cut_for_the_model_only(
    edition: Path,
) -> None:
    clauses = ", ".join(f"le conseil numéro {n} a voté la loi" for n in range(150))
    long_sentence = f"Selon le rapport, {clauses}."
    write_tree(edition, {"content/long.fr.md": f"---\ntitle: Un rapport\n---\n{long_sentence}\n"})
    report = run_translate(load_config(edition / "config.yaml"))
    assert report.errors == []
    translation = read_document(edition / "content" / "long.en.md")
    (paragraph,) = translation.blocks
    assert len(paragraph.lines) == 1, "one sentence, one line, however long"
    assert (edition / "content" / "long.fr.md").read_text(encoding="utf-8").count("\n") == 4


def test_cutting_a_tokenized_sentence_prefers_clause_ends_then_word_starts() -> None:
    from visavis.engine import split_for_model

    tokens = ["▁Le", "▁conseil", "▁a", "▁voté", ",", "▁puis", "▁il", "▁est", "▁parti", "."]
    assert split_for_model(tokens, 20) == [tokens]
    assert split_for_model(tokens, 6) == [tokens[:5], tokens[5:]]
    assert split_for_model(["▁ab", "cd", "ef", "▁gh", "ij"], 3) == [
        ["▁ab", "cd", "ef"],
        ["▁gh", "ij"],
    ]
    assert [t for piece in split_for_model(["x"] * 10, 4) for t in piece] == ["x"] * 10
