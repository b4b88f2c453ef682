"""Repair, through the real Argos path with the tiny package: memorised pairs come out exact
and are never repaired; a garbled sentence whose output loops or runs to the length limit is
translated once more with CTranslate2's guards, and the memory and the article say so."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import TINY, write_tree

from visavis import engine
from visavis.checks import check_repetition
from visavis.config import load_config
from visavis.frontmatter import read_document
from visavis.memory import Translated
from visavis.repair import REPAIR_DECODING, degeneracy, describe, repair_outputs
from visavis.review import run_review
from visavis.review.record import SENTENCE_HASH, sha_text
from visavis.translate import ArgosEngine, run_translate

#: Unseen sentences whose first output from the tiny model degenerates: a loop of euros, a
#: run of dots to the length limit.
LOOPING = "Le président Emmanuel Macron a annoncé 2,5 milliards d’euros."
RUNNING = "Une phrase que personne n’a jamais vue."
MEMORISED = [
    "Le marché de Villeneuve ouvre chaque samedi matin.",
    "Marie Dupont ouvre sa boulangerie.",
]
ARTICLE = (
    f"---\ntitle: Le marché ouvre tôt\n---\n{MEMORISED[0]}\n{LOOPING}\n{RUNNING}\n{MEMORISED[1]}\n"
)


@pytest.fixture
def tiny_engine(project: Path, tiny_model: Path) -> ArgosEngine:
    """The stage's engine on the tiny package."""
    return ArgosEngine(load_config(project / "config.yaml"))


def test_the_first_outputs_of_the_garbled_sentences_are_degenerate(
    tiny_engine: ArgosEngine,
) -> None:
    tiny_engine.repair = False
    looping, running = tiny_engine.translate_outcomes([LOOPING, RUNNING])
    assert degeneracy(LOOPING, looping) == "repetition"
    assert degeneracy(RUNNING, running) in ("repetition", "length-limit")
    assert running.length_limited


def test_repair_keeps_memorised_pairs_and_replaces_degenerate_outputs(
    tiny_engine: ArgosEngine,
) -> None:
    outcomes = tiny_engine.translate_outcomes([*MEMORISED, LOOPING, RUNNING])
    for french, outcome in zip(MEMORISED, outcomes, strict=False):
        assert outcome == Translated(TINY[french])
    for french, outcome in zip([LOOPING, RUNNING], outcomes[2:], strict=True):
        assert outcome.repaired.endswith(describe(REPAIR_DECODING))
        assert degeneracy(french, outcome) is None
        assert not outcome.length_limited
        assert check_repetition(french, outcome.target) is None


def test_a_second_decoding_still_degenerate_is_not_kept() -> None:
    first = [Translated("one euro one euro one euro", False), Translated("Fine.", False)]
    still = Translated("euros euros euros euros", False)
    kept = repair_outputs(["Un euro.", "Bien."], first, lambda indices, _: [still] * len(indices))
    assert kept == first
    lost = repair_outputs(["Un euro.", "Bien."], first, lambda indices, _: [None] * len(indices))
    assert lost == first


def test_the_memory_and_the_article_record_which_sentences_were_repaired_and_how(
    project: Path, tiny_model: Path
) -> None:
    write_tree(project, {"content/x.fr.md": ARTICLE})
    config = load_config(project / "config.yaml")
    assert run_translate(config).errors == []
    english = read_document(project / "content" / "x.en.md")
    record = english.meta["translation"]
    repaired = record["repaired"]
    assert set(repaired) == {sha_text(s, SENTENCE_HASH) for s in (LOOPING, RUNNING)}
    assert repaired[sha_text(LOOPING, SENTENCE_HASH)] == "repetition: no_repeat_ngram_size=3"
    assert english.blocks[0].lines[0] == TINY[MEMORISED[0]]
    assert english.blocks[0].lines[3] == TINY[MEMORISED[1]]
    with sqlite3.connect(project / ".cache" / "memory.sqlite") as connection:
        rows = dict(connection.execute("SELECT source, repaired FROM translations"))
    assert rows[LOOPING] == "repetition: no_repeat_ngram_size=3"
    assert rows[MEMORISED[0]] == ""


def test_an_article_translated_from_memory_keeps_the_repair_and_length_limit_record(
    project: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "MAX_DECODING_LENGTH", 3)  # every decoding stops at the limit
    write_tree(project, {"content/a.fr.md": ARTICLE})
    config = load_config(project / "config.yaml")
    run_translate(config)
    write_tree(project, {"content/b.fr.md": ARTICLE.replace("tôt", "tard")})  # same body
    report = run_translate(config)
    assert report.counts["from memory"] == 4
    first = read_document(project / "content" / "a.en.md").meta["translation"]
    second = read_document(project / "content" / "b.en.md").meta["translation"]
    body = {sha_text(s, SENTENCE_HASH) for s in (*MEMORISED, LOOPING, RUNNING)}
    assert body <= set(first["length_limited"]) and body <= set(second["length_limited"])
    shutil.rmtree(project / ".cache")
    monkeypatch.setattr(engine, "MAX_DECODING_LENGTH", 256)
    review = run_review(config)
    limited = [
        finding
        for article, finding in review.findings()
        if article.slug == "b" and "length-limit" in finding.reasons
    ]
    assert len(limited) == 5, "the title and the body, flagged from the content files alone"


def test_a_memory_of_the_first_schema_gains_the_new_columns(
    project: Path, tiny_model: Path
) -> None:
    memory = project / ".cache" / "memory.sqlite"
    memory.parent.mkdir()
    with sqlite3.connect(memory) as connection:
        connection.execute(
            "CREATE TABLE translations (model TEXT NOT NULL, source TEXT NOT NULL, "
            "target TEXT NOT NULL, PRIMARY KEY (model, source)) WITHOUT ROWID"
        )
    write_tree(project, {"content/x.fr.md": ARTICLE})
    report = run_translate(load_config(project / "config.yaml"))
    assert report.warnings == [] and report.counts["sentences translated"] == 5
    with sqlite3.connect(memory) as connection:
        assert connection.execute("SELECT count(*) FROM translations").fetchone()[0] == 5


def test_review_still_lists_a_repaired_sentence_saying_what_was_done(
    project: Path, tiny_model: Path
) -> None:
    write_tree(project, {"content/x.fr.md": ARTICLE})
    config = load_config(project / "config.yaml")
    run_translate(config)
    shutil.rmtree(project / ".cache")
    details = {
        finding.french: [flag.detail for flag in finding.flags]
        for _, finding in run_review(config).findings()
    }
    assert set(MEMORISED).isdisjoint(details)
    assert (
        "the first output looped; repaired (no_repeat_ngram_size=3): check it" in (details[LOOPING])
    )
    assert any("repaired (no_repeat_ngram_size=3)" in detail for detail in details[RUNNING])
