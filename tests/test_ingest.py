"""Ingest of the seed article end to end, the stage's writing rules, and its errors.

Regenerate the golden files after a deliberate change with:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_ingest.py tests/test_ingest_corpus.py
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import assert_golden

from visavis.config import Config
from visavis.errors import IngestError
from visavis.frontmatter import parse_document
from visavis.ingest import ingest_file, ingest_text, run_ingest
from visavis.ingest.slug import MAX_SLUG_CHARS

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_10725ebd8d89bd58.txt"
GOLDEN = ROOT / "tests" / "golden" / "ingest"
SEED_SLUG = "mistral-ai-leve-un-coin-de-voile-sur-son-ascension-fulgurante"


def make_config(root: Path) -> Config:
    """A default config rooted in a temporary project folder."""
    return Config(root=root)


def words(text: str) -> list[str]:
    """Casefolded words, for comparing source and output regardless of restored casing."""
    return re.findall(r"\w+", text.casefold())


def assert_in_order(needles: list[str], haystack: list[str]) -> None:
    """Every needle appears in haystack, in the same order."""
    position = 0
    for index, word in enumerate(needles):
        try:
            position = haystack.index(word, position) + 1
        except ValueError:
            context = " ".join(needles[max(0, index - 5) : index + 5])
            pytest.fail(f"word {word!r} lost (or out of order) near: {context}")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder holding the seed."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    return tmp_path


def test_seed_matches_golden(project: Path) -> None:
    report = run_ingest(make_config(project))
    assert not report.errors
    written = project / "content" / f"{SEED_SLUG}.fr.md"
    assert_golden(written.read_text(encoding="utf-8"), GOLDEN / f"{SEED_SLUG}.fr.md")


def test_seed_front_matter() -> None:
    meta = ingest_file(SEED).meta
    assert list(meta) == [
        "title", "slug", "lang", "publication", "section", "standfirst", "author",
        "author_handle", "country", "date", "source",
    ]  # fmt: skip
    assert meta["title"] == "Mistral AI lève un coin de voile sur son ascension fulgurante"
    assert meta["publication"] == "Le Temps"
    assert meta["section"] == "Technologie"
    assert meta["standfirst"].startswith("Timothée Lacroix, cofondateur de la star française")
    assert meta["author"] == "Anouch Seydtaghia"
    assert meta["author_handle"] == "@Anouch"
    assert meta["country"] == "Switzerland"
    assert meta["date"] is None
    assert meta["source"]["file"] == SEED.name
    assert meta["source"]["format"] == "pressreader-app"


def test_seed_body_blocks() -> None:
    result = ingest_file(SEED)
    subheads = [block.lines[0] for block in result.blocks if block.kind == "subhead"]
    assert subheads == ["La question de l’open source", "L’ombre de Microsoft"]
    (quote,) = [block for block in result.blocks if block.kind == "quote"]
    assert quote.attribution == "Timothée Lacroix, cofondateur de Mistral AI"
    assert quote.lines[-1] == "Mais notre but est de faire mieux qu’eux»"
    text = result.to_markdown()
    for noise in ("??", "Newspapers in", "Newspapers from", "TECHNOLOGIE", "ANOUCH"):
        assert noise not in text
    assert result.warnings == ()


def test_seed_paragraphs_hold_one_sentence_per_line() -> None:
    first = ingest_file(SEED).blocks[0]
    assert first.kind == "paragraph"
    assert first.lines[:2] == (
        "Dans l’univers en constant bouleversement de l’intelligence artificielle (IA), "
        "c’est un ovni.",
        "Partie de presque rien, la start-up française Mistral AI est parvenue en quelques "
        "semaines à obtenir une valorisation de plus de 2 milliards de dollars.",
    )


def test_seed_loses_no_word_of_the_body() -> None:
    source = SEED.read_text(encoding="utf-8").split("\n")
    byline = next(i for i, line in enumerate(source) if line.startswith("- "))
    body_lines = [line for line in source[byline + 1 :] if line.strip()]
    noise = {"?? ??", "Newspapers in French", "Newspapers from Switzerland"}
    body_lines = [line for line in body_lines if line.strip() not in noise]
    document = parse_document(ingest_file(SEED).to_markdown())
    assert_in_order(words("\n".join(body_lines)), words(document.body))


def test_ingested_file_reads_back_as_the_same_document() -> None:
    result = ingest_file(SEED)
    document = parse_document(result.to_markdown())
    assert document.meta == result.meta
    assert document.blocks == result.blocks


def test_second_run_changes_nothing(project: Path) -> None:
    config = make_config(project)
    assert run_ingest(config).counts == {"written": 1}
    written = project / "content" / f"{SEED_SLUG}.fr.md"
    before = written.stat().st_mtime_ns
    assert run_ingest(config).counts == {"unchanged": 1}
    assert run_ingest(config, force=True).counts == {"unchanged": 1}
    assert written.stat().st_mtime_ns == before


def test_changed_seed_is_rewritten(project: Path) -> None:
    config = make_config(project)
    run_ingest(config)
    seed = project / "seeds" / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8").replace("ovni", "OVNI"), encoding="utf-8")
    report = run_ingest(config)
    assert report.counts == {"written": 1}
    assert "OVNI" in (project / "content" / f"{SEED_SLUG}.fr.md").read_text(encoding="utf-8")


def test_hand_edit_is_never_overwritten(project: Path) -> None:
    config = make_config(project)
    run_ingest(config)
    written = project / "content" / f"{SEED_SLUG}.fr.md"
    edited = written.read_text(encoding="utf-8").replace("c’est un ovni", "c’est un OVNI")
    written.write_text(edited, encoding="utf-8")
    seed = project / "seeds" / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\nUn paragraphe ajouté.\n", "utf-8")
    report = run_ingest(config)
    assert report.counts == {"kept (edited)": 1}
    assert written.read_text(encoding="utf-8") == edited
    assert any(written.name in warning and "edited" in warning for warning in report.warnings)


def test_two_copies_of_one_seed_make_one_article_and_a_warning(project: Path) -> None:
    shutil.copy(SEED, project / "seeds" / "001_copy.txt")
    report = run_ingest(make_config(project))
    assert report.errors == []
    assert report.warnings[-1] == f"001_copy.txt: the same file as {SEED.name}: not ingested twice"
    assert [p.name for p in (project / "content").iterdir()] == [f"{SEED_SLUG}.fr.md"]


def test_two_articles_with_one_headline_as_long_as_slugs_go_get_two_slugs(
    project: Path,
) -> None:
    (project / "seeds" / SEED.name).unlink()
    headline = "Une équipe de chercheurs genevois a relancé un partenariat avec des universités"
    text = f"{headline} africaines\n\nLe recteur a signé l'accord ce matin.\nTexte {{}}.\n"
    for name in ("a.txt", "b.txt"):
        (project / "seeds" / name).write_text(text.format(name), encoding="utf-8")
    report = run_ingest(make_config(project))
    assert report.errors == []
    first, numbered = sorted(
        (p.name.split(".")[0] for p in (project / "content").iterdir()), key=len
    )[::-1]
    assert numbered.endswith("-2") and first.startswith(numbered.removesuffix("-2") + "-")
    assert len(first) <= MAX_SLUG_CHARS and len(numbered) <= MAX_SLUG_CHARS  # cut at a hyphen


def test_two_articles_with_one_headline_get_two_slugs(project: Path) -> None:
    (project / "seeds" / SEED.name).unlink()
    text = "Le marché ouvre tôt\n\nLe maire a visité les stands ce matin.\nTexte {}.\n"
    for name in ("b.txt", "a.txt", "c.txt"):
        (project / "seeds" / name).write_text(text.format(name), encoding="utf-8")
    report = run_ingest(make_config(project))
    assert report.errors == []
    content = project / "content"
    names = sorted(p.name for p in content.iterdir())
    assert names == [
        "le-marche-ouvre-tot-2.fr.md",
        "le-marche-ouvre-tot-3.fr.md",
        "le-marche-ouvre-tot.fr.md",
    ]
    assert "Texte a.txt." in (content / "le-marche-ouvre-tot.fr.md").read_text()
    assert "b.txt: its slug is taken by the article from a.txt" in "\n".join(report.warnings)
    (project / "seeds" / "b.txt").write_text(text.format("b, revu"), encoding="utf-8")
    run_ingest(make_config(project))
    assert "Texte b, revu." in (content / "le-marche-ouvre-tot-2.fr.md").read_text()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "file is empty"),
        (b"  \n\r\n\t\n", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "file looks binary"),
        (
            b"Titre\n\nCaf\xc3 \x81\x8d\x90 au lait.\n",
            "neither UTF-8 nor Windows-1252",
        ),
    ],
)
def test_bad_seed_gives_one_line_error(project: Path, data: bytes, message: str) -> None:
    bad = project / "seeds" / "bad.txt"
    bad.write_bytes(data)
    report = run_ingest(make_config(project))
    (error,) = report.errors
    assert isinstance(error, IngestError)
    assert message in str(error) and "bad.txt" in str(error)
    assert "\n" not in str(error)
    assert report.counts == {"written": 1}


def test_failing_seed_leaves_content_untouched(project: Path) -> None:
    config = make_config(project)
    run_ingest(config)
    before = {p.name: p.read_bytes() for p in (project / "content").iterdir()}
    (project / "seeds" / SEED.name).write_bytes(b"\x00\x01binary")
    report = run_ingest(config)
    assert len(report.errors) == 1
    assert {p.name: p.read_bytes() for p in (project / "content").iterdir()} == before


def test_ingest_text_is_pure_and_names_the_source() -> None:
    with pytest.raises(IngestError, match=r"^notes\.txt: file is empty"):
        ingest_text("\n \n", "notes.txt")
