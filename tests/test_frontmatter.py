"""Content files: front-matter read safely, bodies in the one-sentence-per-line convention."""

from __future__ import annotations

import datetime as dt
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


# --- duplicate keys ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("front", "message"),
    [
        (
            "title: a\nlang: fr\nauthor: x\ntitle: b\n",
            "x.fr.md:5: duplicate key 'title' (first at line 2)",
        ),
        ('title: a\n"title": b\n', "x.fr.md:3: duplicate key 'title' (first at line 2)"),
        (
            "title: a\ntranslation:\n  reviewed: true\n  reviewed: false\n",
            "x.fr.md:5: duplicate key 'translation.reviewed' (first at line 4)",
        ),
        (
            "source: {file: a.txt, file: b.txt}\n",
            "x.fr.md:2: duplicate key 'source.file' (first at line 2)",
        ),
    ],
)
def test_a_key_written_twice_is_an_error_naming_both_lines(front: str, message: str) -> None:
    with pytest.raises(FrontMatterError) as caught:
        parse_document(f"---\n{front}---\nTexte.\n", Path("x.fr.md"))
    assert str(caught.value) == message


# --- nesting depth ----------------------------------------------------------------------------


def nested(kind: str, levels: int) -> str:
    """Front-matter whose field `t` holds `levels` nested lists or mappings."""
    if kind == "flow-list":
        return "t: " + "[" * levels + "]" * levels + "\n"
    if kind == "flow-map":
        return "t: " + "{a: " * levels + "x" + "}" * levels + "\n"
    if kind == "block-list":
        return "t:\n " + "- " * levels + "x\n"
    return "t:\n" + "".join(" " * depth + "a:\n" for depth in range(1, levels + 1))


#: The line of the 51st level (the front-matter mapping itself is the first).
DEEP_LINE = {"flow-list": 2, "flow-map": 2, "block-list": 3, "block-map": 52}


@pytest.mark.parametrize(
    ("kind", "levels"),
    [
        ("flow-list", 500),
        ("flow-list", 100_000),
        ("flow-map", 500),
        ("flow-map", 100_000),
        ("block-list", 500),
        ("block-list", 100_000),
        ("block-map", 500),
        ("block-map", 2_000),
    ],
)
def test_deep_nesting_is_refused_quickly_with_its_line(
    monkeypatch: pytest.MonkeyPatch, kind: str, levels: int
) -> None:
    monkeypatch.setattr("visavis.yamlread.MAX_FRONT_MATTER_BYTES", 64 * 1024 * 1024)
    text = f"---\n{nested(kind, levels)}---\nTexte.\n"
    started = time.perf_counter()
    with pytest.raises(FrontMatterError) as caught:
        parse_document(text, Path("x.fr.md"))
    assert time.perf_counter() - started < 1
    assert str(caught.value) == (
        f"x.fr.md:{DEEP_LINE[kind]}: front matter is nested more than 50 levels deep"
    )


@pytest.mark.parametrize("kind", ["flow-list", "flow-map", "block-list", "block-map"])
@pytest.mark.parametrize("levels", [500, 100_000])
def test_deep_nesting_never_raises_recursion_error_under_the_size_limit(
    kind: str, levels: int
) -> None:
    levels = min(levels, 5_000) if kind == "block-map" else levels  # 12 MB of indentation
    text = f"---\n{nested(kind, levels)}---\n"
    started = time.perf_counter()
    with pytest.raises(FrontMatterError, match=r"^x.fr.md:\d+: front matter is (nested|larger)"):
        parse_document(text, Path("x.fr.md"))
    assert time.perf_counter() - started < 1


def test_the_pure_python_parser_is_guarded_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """PyYAML without libyaml: the guarded loader stops before Python's recursion limit."""
    from visavis import yamlread

    monkeypatch.setattr(yamlread, "_LOADER", yamlread._GuardedLoader)
    monkeypatch.setattr(yamlread, "MAX_FRONT_MATTER_BYTES", 64 * 1024 * 1024)
    for kind in ("flow-list", "block-list", "block-map"):
        started = time.perf_counter()
        with pytest.raises(FrontMatterError, match="nested more than 50 levels deep"):
            parse_document(f"---\n{nested(kind, 500)}---\n", Path("x.fr.md"))
        assert time.perf_counter() - started < 1


def test_fifty_levels_are_still_read() -> None:
    expected: list = []
    for _ in range(48):
        expected = [expected]
    assert parse_document(f"---\n{nested('flow-list', 49)}---\n").meta["t"] == expected


# --- types of the fields the layouts show -----------------------------------------------------

TEXT_FIELDS = [
    "title",
    "slug",
    "publication",
    "section",
    "standfirst",
    "author",
    "agency",
    "author_handle",
    "country",
    "genre",
    "source_url",
    "lang",
]


@pytest.mark.parametrize("name", TEXT_FIELDS)
@pytest.mark.parametrize(("value", "kind"), [("[France, Suisse]", "list"), ("{a: 1}", "dict")])
def test_a_text_field_holding_a_list_or_mapping_is_an_error(
    name: str, value: str, kind: str
) -> None:
    with pytest.raises(FrontMatterError) as caught:
        parse_document(f"---\ndate: 2024-01-01\n{name}: {value}\n---\n", Path("x.fr.md"))
    assert str(caught.value) == f"x.fr.md:3: front matter '{name}' must be text, not {kind}"


@pytest.mark.parametrize(
    ("front", "message"),
    [
        (
            "date: [2024]\n",
            "x.fr.md:2: front matter 'date' must be a date, not list (hint: use YYYY-MM-DD)",
        ),
        (
            "date: 2024\n",
            "x.fr.md:2: front matter 'date': 2024 is not a date (hint: use YYYY-MM-DD)",
        ),
        ("source: seed.txt\n", "x.fr.md:2: front matter 'source' must be a mapping, not str"),
        (
            "source:\n  file: a.txt\n  sha256: [a]\n",
            "x.fr.md:4: front matter 'source.sha256' must be text, not list",
        ),
        ("translation: [a]\n", "x.fr.md:2: front matter 'translation' must be a mapping, not list"),
        (
            "source:\n  file: a.txt\n  2: b\n",
            "x.fr.md:4: front matter 'source' has the key 2, which is not text",
        ),
        (
            "translation:\n  engine: {name: Argos}\n",
            "x.fr.md:3: front matter 'translation.engine' must be text, not dict",
        ),
        (
            "translation:\n  reviewed: 'yes'\n",
            "x.fr.md:3: front matter 'translation.reviewed' must be true or false, not str",
        ),
        (
            "translation:\n  body_sha256: [0]\n",
            "x.fr.md:3: front matter 'translation.body_sha256' must be text, not list",
        ),
    ],
)
def test_dates_and_mappings_are_typed_too(front: str, message: str) -> None:
    with pytest.raises(FrontMatterError) as caught:
        parse_document(f"---\n{front}---\n", Path("x.fr.md"))
    assert str(caught.value) == message


def test_numbers_dates_and_yes_no_where_text_is_expected_are_kept_as_written() -> None:
    document = parse_document(
        "---\ntitle: 2024\ncountry: NO\nauthor: 1.50\nsection: 2024-01-01\nsource:\n"
        "  file: 12\ntranslation:\n  model_version: 1.10\n  created: 2024-05-01\n"
        "  reviewed: true\n---\n"
    )
    assert document.meta == {
        "title": "2024",
        "country": "NO",
        "author": "1.50",
        "section": "2024-01-01",
        "source": {"file": "12"},
        "translation": {"model_version": "1.10", "created": "2024-05-01", "reviewed": True},
    }


def test_empty_fields_dates_and_fields_no_layout_shows_are_left_alone() -> None:
    document = parse_document("---\ntitle:\ndate: 2024-01-01\ntags: [a, b]\n---\n")
    assert document.meta == {"title": None, "date": dt.date(2024, 1, 1), "tags": ["a", "b"]}


# --- characters no page or feed can hold ------------------------------------------------------

SHOWN_HINT = "(hint: remove it: no page or feed can show it)"
SURROGATE_HINT = (
    "(hint: write the character itself (in double quotes, \\U and 8 hex digits for one above "
    "U+FFFF))"
)


@pytest.mark.parametrize(
    ("escape", "what"),
    [
        ("\\x01", f"the control character U+0001 {SHOWN_HINT}"),
        ("\\x1f", f"the control character U+001F {SHOWN_HINT}"),
        ("\\x0b", f"the control character U+000B {SHOWN_HINT}"),
        ("\\r", f"the control character U+000D {SHOWN_HINT}"),
        ("\\e", f"the control character U+001B {SHOWN_HINT}"),
        ("\\uFFFE", f"the noncharacter U+FFFE {SHOWN_HINT}"),
        ("\\uFFFF", f"the noncharacter U+FFFF {SHOWN_HINT}"),
        ("\\ud800", f"a lone surrogate (U+D800) {SURROGATE_HINT}"),
        ("\\udfff", f"a lone surrogate (U+DFFF) {SURROGATE_HINT}"),
        ("\\ud83d\\ude00", f"a lone surrogate (U+D83D) {SURROGATE_HINT}"),
    ],
)
def test_an_escaped_character_no_page_can_show_is_an_error_with_its_line(
    escape: str, what: str
) -> None:
    with pytest.raises(FrontMatterError) as caught:
        parse_document(f'---\nlang: fr\ntitle: "Le{escape}marché"\n---\n', Path("x.fr.md"))
    assert str(caught.value) == f"x.fr.md:3: front matter 'title' holds {what}"


@pytest.mark.parametrize(
    ("front", "message"),
    [
        (
            'translation:\n  engine: "a\\x07"\n',
            "x.fr.md:3: front matter 'translation.engine' holds",
        ),
        ('tags:\n  - ok\n  - "\\x08"\n', "x.fr.md:4: front matter 'tags' holds"),
        ('"ti\\x02tle": x\n', "x.fr.md:2: front matter key holds"),
    ],
)
def test_the_character_check_covers_nested_values_lists_and_keys(front: str, message: str) -> None:
    with pytest.raises(FrontMatterError) as caught:
        parse_document(f"---\n{front}---\n", Path("x.fr.md"))
    assert str(caught.value).startswith(message)


def test_tab_and_newline_escapes_are_fine() -> None:
    document = parse_document('---\ntitle: "a\\tb\\nc"\n---\n')
    assert document.meta["title"] == "a\tb\nc"


@pytest.mark.parametrize(
    ("body", "line", "what"),
    [
        ("Une phrase.\n\nUne \x07 autre.\n", 6, f"the control character U+0007 {SHOWN_HINT}"),
        ("Une phrase.\x0c\n", 4, f"the control character U+000C {SHOWN_HINT}"),
        ("Une\n\ufffe\n", 5, f"the noncharacter U+FFFE {SHOWN_HINT}"),
        ("Un \ud800 seul.\n", 4, f"a lone surrogate (U+D800) {SURROGATE_HINT}"),
    ],
)
def test_a_body_character_no_page_can_show_is_an_error_with_its_line(
    body: str, line: int, what: str
) -> None:
    with pytest.raises(FrontMatterError) as caught:
        parse_document(f"---\ntitle: x\n---\n{body}", Path("x.fr.md"))
    assert str(caught.value) == f"x.fr.md:{line}: the body holds {what}"


def test_a_body_without_front_matter_counts_lines_from_the_top() -> None:
    with pytest.raises(FrontMatterError) as caught:
        parse_document("Une phrase.\nDeux\x1b.\n", Path("x.fr.md"))
    assert (
        str(caught.value) == f"x.fr.md:2: the body holds the control character U+001B {SHOWN_HINT}"
    )


def test_a_read_file_reports_the_body_character_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "x.fr.md"
    path.write_bytes("---\r\ntitle: été\r\n---\r\nUne phrase.\r\nDeux\x01.\r\n".encode())
    with pytest.raises(FrontMatterError) as caught:
        read_document(path)
    assert (
        str(caught.value) == f"{path}:5: the body holds the control character U+0001 {SHOWN_HINT}"
    )


def test_windows_line_ends_and_tabs_in_a_body_are_fine() -> None:
    document = parse_document("---\r\ntitle: x\r\n---\r\nUne\tphrase.\r\n")
    assert document.meta == {"title": "x"}
