"""The whole pipeline on the seed article and a memorised article, through the real Argos path."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import REPO, TINY, write_tree

from visavis.cli import main
from visavis.frontmatter import read_document
from visavis.sentences import segment_block

SEED = REPO / "seeds" / "000_10725ebd8d89bd58.txt"
SEED_SLUG = "mistral-ai-leve-un-coin-de-voile-sur-son-ascension-fulgurante"

MARKET_SEED = """\
Le marché ouvre tôt

Le marché de Villeneuve ouvre chaque samedi matin. Les habitants viennent tôt pour acheter des \
légumes.

Marie Dupont ouvre sa boulangerie. Elle fait son pain avec de la farine locale.
"""
BAKERY_SEED = """\
Technologie

Le croissant coûte désormais un euro vingt. Sa boulangerie emploie quatre personnes.
"""


class ColumnText(HTMLParser):
    """Collects the text inside elements marked lang="en"."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.english: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth or dict(attrs).get("lang") == "en":
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.english.append(data)


def build(project: Path, *args: str) -> int:
    return main(["--config", str(project / "config.yaml"), *args])


@pytest.fixture
def edition(project: Path, tiny_model: Path) -> Path:
    """A scratch edition with the real seed and a seed made of memorised sentences."""
    shutil.copy(SEED, project / "seeds" / SEED.name)
    write_tree(project, {"seeds/marche.txt": MARKET_SEED})
    return project


def test_seed_edition_is_built_in_one_command(
    edition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build(edition) == 0
    err = capsys.readouterr().err
    assert "ingest: 2 written" in err
    source = read_document(edition / "content" / f"{SEED_SLUG}.fr.md")
    english = read_document(edition / "content" / f"{SEED_SLUG}.en.md")
    assert [block.kind for block in english.blocks] == [block.kind for block in source.blocks]
    for french, translated in zip(source.blocks, english.blocks, strict=True):
        assert len(translated.lines) == len(segment_block(french.lines, french.kind, "fr"))
        assert translated.attribution == french.attribution
    assert (edition / "public" / "index.html").exists()
    assert (edition / "public" / "articles" / SEED_SLUG / "index.html").exists()


def test_memorised_article_reads_in_english_on_its_page(edition: Path) -> None:
    assert build(edition) == 0
    page = edition / "public" / "articles" / "le-marche-ouvre-tot" / "index.html"
    parser = ColumnText()
    parser.feed(page.read_text(encoding="utf-8"))
    english = " ".join(" ".join(parser.english).split())
    for french in (
        "Le marché de Villeneuve ouvre chaque samedi matin.",
        "Les habitants viennent tôt pour acheter des légumes.",
        "Marie Dupont ouvre sa boulangerie.",
        "Elle fait son pain avec de la farine locale.",
    ):
        assert TINY[french] in english
    assert "The market opens early" in english


def test_second_build_translates_nothing(edition: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert build(edition) == 0
    capsys.readouterr()
    assert build(edition) == 0
    assert "translate: 0 sentences translated" in capsys.readouterr().err


def test_new_seed_is_translated_alone(edition: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert build(edition) == 0
    write_tree(edition, {"seeds/boulangerie.txt": BAKERY_SEED})
    capsys.readouterr()
    assert build(edition) == 0
    err = capsys.readouterr().err
    assert "ingest: 2 unchanged, 1 written" in err
    # Only the two new sentences go to the model; the headline ("Technologie", the seed's
    # section) is already in memory.
    assert "translate: 2 sentences translated, 1 from memory" in err
    english = read_document(edition / "content" / "technologie.en.md")
    assert english.blocks[0].lines == (
        "A croissant now costs one euro twenty.",
        "Her bakery employs four people.",
    )


def test_hand_edit_to_english_survives_a_rebuild(edition: Path) -> None:
    assert build(edition) == 0
    target = edition / "content" / "le-marche-ouvre-tot.en.md"
    edited = target.read_text(encoding="utf-8").replace(
        "She makes her bread with local flour.", "She bakes with flour from nearby farms."
    )
    target.write_text(edited, encoding="utf-8")
    assert build(edition, "--force") == 0
    assert target.read_text(encoding="utf-8") == edited
    page = edition / "public" / "articles" / "le-marche-ouvre-tot" / "index.html"
    assert "She bakes with flour from nearby farms." in page.read_text(encoding="utf-8")
