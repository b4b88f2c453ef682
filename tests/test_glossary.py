"""The glossary: terms matched as whole words, protected by placeholders through the real
tiny Argos package, always checked, part of the memory's key, and every mistake in it
reported with its file and line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, TINY, TINY_PACKAGE, isolated_env, project_config, write_tree

from visavis.argos_engine import ArgosEngine
from visavis.checks import check_pair
from visavis.config import load_config
from visavis.errors import ConfigError, ManyErrors
from visavis.frontmatter import read_document
from visavis.glossary import Glossary, Term, memory_key, protect_terms, restore_terms
from visavis.glossary_load import load_glossary
from visavis.review import run_review
from visavis.translate import run_translate

KEEP = Glossary(
    (
        Term("Le Temps", "Le Temps"),
        Term("Mistral AI", "Mistral AI"),
        Term("Mistral", "Mistral"),
        Term("EPFL", "EPFL"),
        Term("OpenAI", "OpenAI"),
        Term("Gottéron", "Gottéron"),
        Term("boulangerie", "bakery"),
        Term("Côte d’Ivoire", "Ivory Coast"),
    )
)
ARTICLE = """\
---
title: Le marché ouvre tôt
---
Le marché de Villeneuve ouvre chaque samedi matin.
Marie Dupont ouvre sa boulangerie.
Les prix restent stables depuis le printemps.
"""


def found(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in KEEP.matches(text)]


def test_terms_match_whole_words_through_elision_with_either_apostrophe() -> None:
    assert found("L’EPFL et d'OpenAI, puis l'EPFL.") == ["EPFL", "OpenAI", "EPFL"]
    assert found("EPFLx, XEPFL, epfl, OpenAIs") == []
    assert found("Mistral AI lève des fonds ; le mistral souffle.") == ["Mistral AI"]
    assert found("Le\u00a0Temps, le Temps") == ["Le\u00a0Temps"], "names keep their case"
    assert found("Boulangerie fermée, sa boulangerie, boulangeries") == [
        "Boulangerie",
        "boulangerie",
    ], "a lowercase term may start a sentence"
    assert found("En Côte d'Ivoire et en Côte d’Ivoire") == ["Côte d'Ivoire", "Côte d’Ivoire"]


def test_the_check_names_each_term_whose_english_is_missing() -> None:
    french = "Gottéron bat Mistral AI ; Le Temps en parle."
    good = "Gottéron beat Mistral AI; Le Temps reports on it."
    assert [f.reason for f in check_pair(french, good, glossary=KEEP)] == []
    bad = check_pair(french, "Gotteron beat Mistral AI; Time reports on it.", glossary=KEEP)
    (flag,) = [f for f in bad if f.reason == "glossary"]
    assert "'Gottéron' kept as is" in flag.detail and "'Le Temps' kept as is" in flag.detail
    assert "Mistral" not in flag.detail
    (required,) = check_pair("Sa boulangerie ouvre.", "Her bakehouse opens.", glossary=KEEP)
    assert required.detail == "glossary term not respected: 'boulangerie' → 'bakery'"


def test_placeholders_replace_terms_and_come_back_as_the_required_english() -> None:
    protected = protect_terms("L’EPFL et Mistral AI ouvrent une boulangerie.", KEEP)
    assert protected.text == "L’QZX1 et QZX2 ouvrent une QZX3."
    assert restore_terms("QZX1 and QZX2 open a QZX3.", protected) == (
        "EPFL and Mistral AI open a bakery."
    )
    assert restore_terms("QZX1 and QZX 2 open a QZX3.", protected) is not None
    assert restore_terms("QZX1 and QZX2 open a bakery.", protected) is None, "one was lost"
    assert restore_terms("QZX1 QZX1 QZX2 QZX3.", protected) is None, "one was doubled"


def test_placeholders_round_trip_through_the_packages_sentencepiece_tokenizer(
    project: Path, tiny_model: Path
) -> None:
    from argostranslate import package

    tokenizer = package.Package(tiny_model).tokenizer
    protected = protect_terms("L’EPFL et Mistral AI signent avec Le Temps.", KEEP)
    pieces = tokenizer.encode(protected.text)
    assert tokenizer.lazy_processor().decode_pieces(pieces) == protected.text
    assert {"QZX1", "QZX2", "QZX3"} <= {piece.lstrip("▁") for piece in pieces}


def test_the_engine_translates_a_protected_sentence_and_keeps_memorised_pairs_exact(
    project: Path, tiny_model: Path
) -> None:
    write_tree(project, {"config.yaml": project_config(glossary={"Villeneuve": "keep"})})
    engine = ArgosEngine(load_config(project / "config.yaml"))
    french = "Le marché de Villeneuve ouvre chaque samedi matin."
    (outcome,) = engine.translate_outcomes([french])
    # The tiny model drops the placeholder it never saw: the sentence is translated again
    # unprotected, so a lost placeholder never costs a term.
    assert outcome.target == TINY[french]
    assert check_pair(french, outcome.target, glossary=engine.glossary) == ()


def test_changing_the_glossary_retranslates_only_the_sentences_holding_the_term(
    project: Path, tiny_model: Path
) -> None:
    other = "---\ntitle: Le marché ouvre tôt\n---\nLe maire a visité les stands ce matin.\n"
    write_tree(project, {"content/m.fr.md": ARTICLE, "content/o.fr.md": other})
    assert run_translate(load_config(project / "config.yaml")).counts["sentences translated"] == 5
    write_tree(project, {"config.yaml": project_config(glossary={"boulangerie": "bakery"})})
    config = load_config(project / "config.yaml")
    report = run_translate(config)
    assert (report.counts["sentences translated"], report.counts["from memory"]) == (1, 3)
    assert report.counts["articles written"] == 1, "the article holding the term, and only it"
    assert report.counts["up to date"] == 1
    english = read_document(project / "content" / "m.en.md")
    assert english.blocks[0].lines[1] == TINY["Marie Dupont ouvre sa boulangerie."]
    assert run_translate(config).counts["up to date"] == 2
    write_tree(project, {"config.yaml": project_config()})  # the entry removed again
    report = run_translate(load_config(project / "config.yaml"))
    assert report.counts["sentences translated"] == 0 and report.counts["articles written"] == 1


def test_a_term_the_translation_lacks_is_flagged_by_review_with_the_term_named(
    project: Path, tiny_model: Path
) -> None:
    write_tree(project, {"content/m.fr.md": ARTICLE})
    write_tree(project, {"config.yaml": project_config(glossary={"marché": "marketplace"})})
    config = load_config(project / "config.yaml")
    report = run_translate(config)
    assert report.counts["flagged (python build.py review)"] == 2  # the title and a sentence
    details = [
        flag.detail for _, finding in run_review(config).findings() for flag in finding.flags
    ]
    assert details == ["glossary term not respected: 'marché' → 'marketplace'"] * 2


def test_the_memory_key_holds_only_the_entries_that_apply() -> None:
    assert memory_key("model 1", ()) == "model 1"
    one = memory_key("model 1", (Term("EPFL", "EPFL"),))
    assert one.startswith("model 1 glossary ") and one != memory_key(
        "model 1", (Term("EPFL", "EPFL Lausanne"),)
    )


def test_a_glossary_file_named_by_the_config_is_read(project: Path) -> None:
    write_tree(
        project,
        {
            "config.yaml": project_config(glossary="terms.yaml"),
            "terms.yaml": "Le Temps: keep\nboulangerie: bakery\n",
        },
    )
    glossary = load_glossary(load_config(project / "config.yaml"))
    assert {(t.french, t.english, t.line) for t in glossary.terms} == {
        ("Le Temps", "Le Temps", 1),
        ("boulangerie", "bakery", 2),
    }


def errors_of(project: Path) -> list[str]:
    with pytest.raises((ConfigError, ManyErrors)) as caught:
        load_glossary(load_config(project / "config.yaml"))
    error = caught.value
    inner = error.errors if isinstance(error, ManyErrors) else [error]
    return [str(one) for one in inner]


def test_mistakes_in_an_inline_glossary_name_the_config_file_and_line(project: Path) -> None:
    config = project / "config.yaml"
    write_tree(
        project,
        {
            "config.yaml": "cache_dir: .cache\nglossary:\n  EPFL: keep\n  Le Temps: [1, 2]\n"
            "  2024: année\n  l'EPFL: keep\n  l’EPFL: EPFL\n"
        },
    )
    assert errors_of(project) == [
        f"{config}:4: glossary 'Le Temps': the English must be text (or 'keep'), not [1, 2] "
        "(hint: write one 'French term: English' per line, or 'French term: keep' to keep it "
        "as is)",
        f"{config}:5: glossary term 2024 must be text (hint: write one 'French term: English' "
        "per line, or 'French term: keep' to keep it as is)",
        f"{config}:7: glossary term 'l’EPFL' is given twice (first at line 6)",
    ]


def test_a_missing_glossary_file_or_a_bad_entry_in_it_names_the_file_and_line(
    project: Path,
) -> None:
    write_tree(project, {"config.yaml": "cache_dir: .cache\n\nglossary: terms.yaml\n"})
    (message,) = errors_of(project)
    assert message.startswith(f"{project / 'config.yaml'}:3: glossary file 'terms.yaml' not found")
    write_tree(project, {"terms.yaml": "EPFL: keep\nEPFL: keep\nGottéron: 3\n"})
    messages = errors_of(project)
    assert messages[0].startswith(f"{project / 'terms.yaml'}:2: ") and "duplicate" in messages[0]
    write_tree(project, {"terms.yaml": "EPFL: keep\nGottéron: 3\n"})
    (message,) = errors_of(project)
    assert message.startswith(f"{project / 'terms.yaml'}:2: glossary 'Gottéron': the English")


def test_a_glossary_of_the_wrong_type_is_a_config_error(project: Path) -> None:
    write_tree(project, {"config.yaml": "glossary: 3\n"})
    with pytest.raises(ConfigError) as caught:
        load_config(project / "config.yaml")
    assert str(caught.value).startswith(
        f"{project / 'config.yaml'}:1: 'glossary' must be a mapping or a file name"
    )


def test_a_build_notices_a_changed_glossary_file_and_retranslates_what_it_touches(
    project: Path, tiny_model: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from visavis.cli import main

    write_tree(
        project,
        {
            "config.yaml": project_config(glossary="terms.yaml"),
            "terms.yaml": "EPFL: keep\n",
            "content/m.fr.md": ARTICLE,
        },
    )
    build = ["--config", str(project / "config.yaml")]
    assert main(build) == 0
    caplog.clear()
    assert main(build) == 0
    assert "render: nothing changed" in caplog.text
    write_tree(project, {"terms.yaml": "EPFL: keep\nboulangerie: bakery\n"})
    caplog.clear()
    assert main(build) == 0
    assert "translate: 1 sentences translated, 3 from memory" in caplog.text


def test_the_scan_of_articles_for_terms_is_kept_and_a_damaged_one_is_only_slower(
    project: Path, tiny_model: Path
) -> None:
    write_tree(
        project,
        {
            "config.yaml": project_config(glossary={"boulangerie": "bakery"}),
            "content/m.fr.md": ARTICLE,
        },
    )
    config = load_config(project / "config.yaml")
    run_translate(config)
    assert run_translate(config).counts["up to date"] == 1
    scan = project / ".cache" / "glossary-scan.json"
    assert len(json.loads(scan.read_text(encoding="utf-8"))["articles"]) == 1
    scan.write_text("{not json", encoding="utf-8")
    assert run_translate(config).counts["up to date"] == 1
    assert json.loads(scan.read_text(encoding="utf-8"))["articles"]


def test_the_glossary_benchmark_says_when_no_real_package_is_installed(tmp_path: Path) -> None:
    script = str(REPO / "bench" / "bench_glossary.py")
    env = isolated_env(tmp_path)
    done = subprocess.run(
        [sys.executable, script], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("no fr→en Argos package is installed: nothing to measure")
    done = subprocess.run(
        [sys.executable, script, "--package", str(TINY_PACKAGE)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert "is not a real translation model" in done.stdout


def test_a_translate_run_reads_its_glossary_file_once(
    project: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from visavis import glossary_load

    write_tree(
        project,
        {
            "config.yaml": project_config(glossary="terms.yaml"),
            "terms.yaml": "Villeneuve: keep\n",
            "content/m.fr.md": ARTICLE,
        },
    )
    reads: list[Path] = []
    real_read = glossary_load.read_glossary_file

    def counted(path: Path, *args: object) -> Glossary:
        reads.append(path)
        return real_read(path, *args)

    monkeypatch.setattr(glossary_load, "read_glossary_file", counted)
    report = run_translate(load_config(project / "config.yaml"))
    assert report.counts["articles written"] == 1
    assert reads == [project / "terms.yaml"], "the engine uses the stage's glossary"
