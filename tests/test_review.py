"""`build.py review`, through the real Argos path with the tiny package: its memorised pairs
come out exact and are not flagged; what it garbles is."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, TINY, isolated_env, run_build_py, stage_summary, write_tree

from visavis import engine
from visavis.cli import main
from visavis.frontmatter import read_document
from visavis.review import machine_record
from visavis.review.record import body_line_numbers

#: Sentences the tiny model never saw. Each carries a name or a number the model cannot
#: reproduce: the checks cannot tell a fluent wrong sentence from a right one, and the tiny
#: model's garbles are often memorised sentences put in the wrong place.
UNSEEN = [
    "Le président Emmanuel Macron a annoncé 2,5 milliards d’euros.",
    "La croissance atteint 15 % en 2024.",
    "Selon l’Insee, 3 400 emplois ont été créés à Lyon.",
    "Le maire de Bordeaux, Pierre Hurmic, inaugurera le pont le 12 mars.",
]
ARTICLE = f"""\
---
title: Le marché ouvre tôt
lang: fr
section: Technologie
standfirst: Une petite édition pour les tests.
---
Le marché de Villeneuve ouvre chaque samedi matin. Les habitants viennent tôt pour acheter \
des légumes.
{UNSEEN[0]}

## Le marché ouvre tôt

> Marie Dupont dit qu’elle reste optimiste.
> — Marie Dupont

{UNSEEN[1]}
Les prix restent stables depuis le printemps.
{UNSEEN[2]}

- Les travaux commenceront en septembre.
- {UNSEEN[3]}
"""
TARGET = Path("content/marche.en.md")
FLAG_LINE = re.compile(r"^(content/marche\.en\.md):(\d+): (.*)$")


@pytest.fixture
def edition(project: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch project with one article, translated by the tiny model; the current folder."""
    write_tree(project, {"content/marche.fr.md": ARTICLE})
    monkeypatch.chdir(project)
    assert main(["translate"]) == 0
    return project


def listing(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[tuple]]:
    """Run `review`; return its exit code and (line, reasons, French, English) per flag."""
    capsys.readouterr()
    code = main(["review", *args])
    lines = capsys.readouterr().out.splitlines()
    flags = []
    for index, text in enumerate(lines):
        match = FLAG_LINE.match(text)
        if match:
            french, english = lines[index + 1], lines[index + 2]
            assert french.startswith("  fr: ") and english.startswith("  en: ")
            flags.append((int(match.group(2)), match.group(3), french[6:], english[6:]))
    return code, flags


def test_memorised_pairs_are_exact_and_unflagged_and_every_garbled_sentence_is_flagged(
    edition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = TARGET.read_text(encoding="utf-8")
    for french in ("Le marché de Villeneuve ouvre chaque samedi matin.", "Technologie"):
        assert TINY[french] in text
    code, flags = listing(capsys)
    assert code == 1
    assert sorted(french for _, _, french, _ in flags) == sorted(UNSEEN)


def test_each_flag_names_the_file_and_line_of_the_english_sentence(
    edition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, flags = listing(capsys)
    file_lines = TARGET.read_text(encoding="utf-8").splitlines()
    for line, reasons, _, english in flags:
        assert file_lines[line - 1].lstrip("-> ") == english
        assert re.match(r"^(untranslated|repetition|numbers|names|length|length-limit): ", reasons)
    assert any("numbers: 2,5 missing" in reasons for _, reasons, _, _ in flags)


def test_the_translate_summary_counts_the_flags(
    project: Path, tiny_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/marche.fr.md": ARTICLE})
    assert main(["--config", str(project / "config.yaml"), "build"]) == 0
    err = capsys.readouterr().err
    assert stage_summary(err, "translate")["flagged (python build.py review)"] == len(UNSEEN)
    assert re.search(r"translate: \d+ sentences translated, 0 from memory, .*4 flagged", err)
    assert main(["--config", str(project / "config.yaml"), "build"]) == 0
    assert "flagged" not in capsys.readouterr().err, "a no-change build checks nothing"


def test_review_works_without_a_model_and_after_the_cache_is_deleted(
    edition: Path, capsys: pytest.CaptureFixture[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    capsys.readouterr()
    assert main(["review"]) == 1
    expected = capsys.readouterr().out
    shutil.rmtree(edition / ".cache")
    env = {**isolated_env(tmp_path_factory.mktemp("no-model")), "PYTHONPATH": str(REPO)}
    result = run_build_py(["review"], env, edition, timeout=120)
    assert (result.returncode, result.stdout) == (1, expected), result.stderr
    assert "review: 4 flagged in 1 article(s)" in result.stderr


def test_nothing_flagged_is_exit_0(
    project: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    memorised = "---\ntitle: Le marché ouvre tôt\n---\nLe maire a visité les stands ce matin.\n"
    write_tree(project, {"content/marche.fr.md": memorised})
    monkeypatch.chdir(project)
    assert main(["translate"]) == 0
    assert listing(capsys) == (0, [])


def test_accepting_flags_records_them_in_the_file_and_lets_strict_builds_pass(
    edition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "--strict"]) == 1
    assert "failed: 4 flagged sentence(s) and --strict is on" in capsys.readouterr().err
    _, flags = listing(capsys)
    body = TARGET.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    code, remaining = listing(capsys, "--accept", f"{TARGET}:{flags[0][0]}")
    assert code == 1 and len(remaining) == 3
    assert TARGET.read_text(encoding="utf-8").split("\n---\n", 1)[1] == body, "body untouched"
    (entry,) = read_document(TARGET).meta["translation"]["accepted"]
    assert set(entry) == {"line", "sha256", "reasons"} and re.fullmatch(
        "[0-9a-f]{16}", entry["sha256"]
    )
    english = TARGET.read_text(encoding="utf-8").splitlines()[entry["line"] - 1].lstrip("-> ")
    assert english == flags[0][3], "the recorded line is the sentence's line in the new file"
    assert listing(capsys, "--accept", str(TARGET)) == (0, [])
    assert main(["status"]) == 0
    assert capsys.readouterr().out.split() == ["machine", "marche"]
    assert main(["build", "--strict"]) == 0
    assert (
        "translate: 0 sentences translated, 0 from memory, 1 up to date" in capsys.readouterr().err
    )


def test_accepting_a_line_without_a_flag_is_an_error(
    edition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["review", "--accept", f"{TARGET}:2"]) == 2
    err = capsys.readouterr().err
    assert f"error: {TARGET}:2: no flagged sentence on this line (hint:" in err
    assert main(["review", "--accept", "content/nowhere.en.md:3"]) == 2
    assert "content/nowhere.en.md:3: not a translation of this edition" in capsys.readouterr().err


def test_an_acceptance_expires_when_its_sentence_changes_and_survives_retranslation(
    edition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert listing(capsys, "--accept", str(TARGET))[0] == 0
    source = edition / "content" / "marche.fr.md"
    changed = "Le maire de Nantes, Johanna Rolland, a promis 40 bus électriques."
    source.write_text(ARTICLE.replace(UNSEEN[1], changed), encoding="utf-8")
    assert main(["translate"]) == 0
    code, flags = listing(capsys)
    assert (code, [french for _, _, french, _ in flags]) == (1, [changed])
    assert len(read_document(TARGET).meta["translation"]["accepted"]) == 3


def test_sentences_edited_by_hand_are_not_flagged_again_until_their_french_changes(
    edition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, flags = listing(capsys)
    by_line = {french: (line, english) for line, _, french, english in flags}
    text = TARGET.read_text(encoding="utf-8")
    text = text.replace(by_line[UNSEEN[0]][1], "President Emmanuel Macron announced 2.5 billion.")
    text = text.replace(by_line[UNSEEN[2]][1], "An editor's sentence without the numbers.")
    TARGET.write_text(text, encoding="utf-8")
    code, flags = listing(capsys)
    assert code == 1
    assert sorted(french for _, _, french, _ in flags) == sorted([UNSEEN[1], UNSEEN[3]])
    source = edition / "content" / "marche.fr.md"
    changed = UNSEEN[2].replace("3 400", "3 500")
    source.write_text(ARTICLE.replace(UNSEEN[2], changed), encoding="utf-8")
    _, flags = listing(capsys)
    assert changed in [french for _, _, french, _ in flags], "its French changed since the edit"


def test_flags_in_an_article_marked_reviewed_are_listed_apart_and_do_not_count(
    edition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = TARGET.read_text(encoding="utf-8")
    TARGET.write_text(text.replace("reviewed: false", "reviewed: true"), encoding="utf-8")
    capsys.readouterr()
    assert main(["review"]) == 0
    captured = capsys.readouterr()
    head, apart = captured.out.split("In articles marked reviewed (not counted):\n")
    assert head.strip() == ""
    assert len([line for line in apart.splitlines() if FLAG_LINE.match(line)]) == 4
    assert "review: 0 flagged in 0 article(s)" in captured.err
    assert "4 in reviewed articles" in captured.err


def test_a_decoding_stopped_at_the_length_limit_is_recorded_and_flagged(
    project: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr(engine, "MAX_DECODING_LENGTH", 3)
    memorised = "---\ntitle: Le marché ouvre tôt\n---\nLe maire a visité les stands ce matin.\n"
    write_tree(project, {"content/marche.fr.md": memorised})
    monkeypatch.chdir(project)
    assert main(["translate"]) == 0
    record = read_document(TARGET).meta["translation"]
    assert len(record["length_limited"]) == 2  # the title and the sentence
    shutil.rmtree(project / ".cache")
    monkeypatch.setattr(engine, "MAX_DECODING_LENGTH", 256)
    code, flags = listing(capsys)
    assert code == 1 and len(flags) == 2
    assert all("length-limit: decoding stopped at the length limit" in r for _, r, _, _ in flags)


def test_the_engine_tells_which_decodings_stopped_at_the_length_limit(
    tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = engine.find_model("fr", "en")
    assert model is not None
    translator = engine.Translator(model)
    sentences = ["Le maire a visité les stands ce matin.", "Technologie"]
    assert translator.translate_marked(sentences) == [(TINY[s], False) for s in sentences]
    monkeypatch.setattr(engine, "MAX_DECODING_LENGTH", 4)
    marked = translator.translate_marked(sentences)
    assert [cut for _, cut in marked] == [True, False]
    assert translator.translate(sentences) == [text for text, _ in marked]


def test_the_review_page_shows_both_texts_with_flags_and_is_never_published(
    edition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", "--html"]) == 1
    page = (edition / ".cache" / "review.html").read_text(encoding="utf-8")
    assert page.count('<tr class="flagged">') == 4
    assert "<mark>2,5</mark>" in page and "<mark>Emmanuel Macron</mark>" in page
    assert 'href="../public/articles/marche/index.html"' in page
    assert re.search(r'href="../content/marche.en.md">content/marche.en.md:\d+</a>', page)
    assert "<script" not in page and "http" not in page.replace("http-equiv", "")
    chosen = edition / "elsewhere" / "page.html"
    assert main(["review", "--html", str(chosen)]) == 1
    assert chosen.is_file()
    capsys.readouterr()
    assert main(["review", "--html", "public/review.html"]) == 2
    assert "the review page would be written inside output_dir" in capsys.readouterr().err
    assert main(["build"]) == 0
    assert not list((edition / "public").rglob("review*"))


def test_the_review_page_escapes_the_articles_text(
    project: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile = (
        "---\ntitle: Le marché ouvre tôt\n---\nLa balise <script>alert(x)</script> a 12 ans.\n"
    )
    write_tree(project, {"content/marche.fr.md": hostile})
    monkeypatch.chdir(project)
    assert main(["translate"]) == 0
    assert main(["review", "--html"]) == 1
    page = (project / ".cache" / "review.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(x)&lt;/script&gt;" in page and "<script>" not in page


def test_a_damaged_record_is_an_error_with_file_and_line(
    edition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = TARGET.read_text(encoding="utf-8")
    TARGET.write_text(text.replace("  reviewed: false\n", "  reviewed: false\n  accepted: yes\n"))
    line = next(i for i, t in enumerate(text.splitlines(), 1) if t == "translation:")
    capsys.readouterr()
    assert main(["review"]) == 2
    err = capsys.readouterr().err
    message = "front matter 'translation.accepted' must be a list"
    assert f"error: {edition / TARGET}:{line}: {message}" in err


def test_blocks_no_longer_aligned_are_counted_not_checked(
    edition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = TARGET.read_text(encoding="utf-8")
    TARGET.write_text(text.replace("\n## ", "An extra line.\n\n## ", 1), encoding="utf-8")
    capsys.readouterr()
    main(["review"])
    assert "3 not checked (blocks no longer aligned)" in capsys.readouterr().err


def test_body_line_numbers_follow_the_markdown_blocks() -> None:
    body = "\nUne.\nDeux.\n\n## Titre\n> Citation.\n>\n> Suite.\n> — Nom\n\n- a\n- b\n"
    assert body_line_numbers(body, 10) == [[11, 12], [14], [15, 17], [20, 21]]


def test_the_machine_record_holds_one_entry_per_sentence(edition: Path) -> None:
    source = read_document(edition / "content" / "marche.fr.md")
    translation = read_document(TARGET)
    record = machine_record(source, translation, "fr")
    assert len(record["sentences"].split()) == 3 + 10  # title, standfirst, section, 10 lines
    assert record == {"sentences": translation.meta["translation"]["sentences"]}


def test_an_error_before_review_starts_is_exit_2_too(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"config.yaml": "per_page: many\n"})
    monkeypatch.chdir(project)
    assert main(["review"]) == 2
    assert "per_page" in capsys.readouterr().err


def test_a_translation_written_by_hand_is_never_checked(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(
        project,
        {
            "content/marche.fr.md": f"---\ntitle: Le marché\n---\n{UNSEEN[0]}\n",
            "content/marche.en.md": "---\ntitle: The market\n---\nSomething else entirely.\n",
        },
    )
    monkeypatch.chdir(project)
    assert listing(capsys) == (0, [])


def test_checking_on_every_core_finds_what_checking_in_process_finds(
    edition: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from visavis.review import flags

    write_tree(edition, {"content/zz-broken.fr.md": "---\ntitle: [\n---\n"})
    in_process = listing(capsys)
    monkeypatch.setattr(flags, "PARALLEL_FROM", 1)
    assert listing(capsys) == in_process
    assert in_process[0] == 2, "the broken file is an error, the others are still checked"
    assert len(in_process[1]) == 4
