"""Content files: front-matter read safely, bodies in the one-sentence-per-line convention."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from visavis.body import format_body, parse_body
from visavis.errors import FrontMatterError
from visavis.frontmatter import format_document, parse_document, read_document
from visavis.model import Block


def test_body_blocks_round_trip() -> None:
    blocks = (
        Block("paragraph", ("Une phrase.", "Une autre phrase.")),
        Block("subhead", ("L’ombre de Microsoft",)),
        Block("quote", ("«Nos modèles sont performants.»",), "Timothée Lacroix"),
        Block("list", ("premier point", "second point")),
        Block("paragraph", ("- Oui, dit-elle.", "# pas un titre", "1. pas une liste")),
    )
    assert parse_body(format_body(blocks)) == blocks


def test_markdown_markers_at_line_start_are_escaped_in_the_file() -> None:
    text = format_body((Block("paragraph", ("- Oui, dit-elle.", "> non")),))
    assert text == "\\- Oui, dit-elle.\n\\> non\n"


def test_a_heading_line_stands_alone_even_without_blank_lines() -> None:
    assert parse_body("Phrase.\n## Titre\nSuite.") == (
        Block("paragraph", ("Phrase.",)),
        Block("subhead", ("Titre",)),
        Block("paragraph", ("Suite.",)),
    )


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1)))
def test_every_non_blank_line_survives_parsing(lines: list[str]) -> None:
    text = "\n".join(lines)
    words = " ".join(text.split())
    blocks = parse_body(text)
    kept = " ".join(
        " ".join(
            " ".join(b.lines + ((b.attribution,) if b.attribution else ())) for b in blocks
        ).split()
    )
    for word in words.split():
        assert word.lstrip("\\#>-*+—–") in kept


def test_document_round_trip_keeps_key_order_and_unicode() -> None:
    meta = {"title": "Mistral AI lève un coin de voile", "lang": "fr", "date": None}
    text = format_document(meta, (Block("paragraph", ("Texte.",)),))
    assert text.startswith("---\ntitle: Mistral AI lève un coin de voile\nlang: fr\ndate: null\n")
    document = parse_document(text)
    assert document.meta == meta
    assert document.meta_lines == {"title": 2, "lang": 3, "date": 4}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ntitle: [\n---\n", "front matter is not valid YAML"),
        ("---\ntitle: x\n", "front matter is not closed"),
        ("---\n- a\n- b\n---\n", "front matter must be a mapping"),
        ("---\nt: !!python/object:os.system x\n---\n", "not valid YAML"),
        ("---\nt: !custom x\n---\n", "uses the YAML tag '!custom'"),
        ("---\na: &a x\nb: *a\n---\n", "uses YAML aliases"),
        ("---\n1: x\n---\n", "key 1 is not text"),
        ("\x00\x01binary", "looks binary"),
    ],
)
def test_bad_front_matter_is_refused_with_the_project_error(text: str, message: str) -> None:
    with pytest.raises(FrontMatterError, match=message):
        parse_document(text, Path("content/x.fr.md"))


def test_yaml_error_names_the_file_line() -> None:
    with pytest.raises(FrontMatterError) as caught:
        parse_document("---\ntitle: ok\nauthor: [unclosed\n---\nBody.\n", Path("x.fr.md"))
    assert str(caught.value).startswith("x.fr.md:3: front matter is not valid YAML")


def test_alias_bomb_is_refused_quickly() -> None:
    bomb = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index in range(1, 10):
        previous = chr(ord("a") + index - 1)
        name = chr(ord("a") + index)
        bomb.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    bomb.append("---")
    started = time.perf_counter()
    with pytest.raises(FrontMatterError, match="aliases"):
        parse_document("\n".join(bomb) + "\nBody.\n")
    assert time.perf_counter() - started < 1


def test_file_that_is_not_utf8_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "x.fr.md"
    path.write_bytes("---\ntitle: été\n---\n".encode("cp1252"))
    with pytest.raises(FrontMatterError, match=r"not valid UTF-8 .hint: save it as UTF-8"):
        read_document(path)
