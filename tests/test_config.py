"""config.yaml: defaults, every problem reported at once with its line, unknown keys warned."""

from __future__ import annotations

import dataclasses
import json
import time
import typing
from pathlib import Path

import pytest

from visavis.config import SCHEMA, Config, load_config, with_overrides
from visavis.errors import ConfigError, ManyErrors


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_config_gives_the_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "config.yaml")
    assert config.values == {key: setting.default for key, setting in SCHEMA.items()}
    assert config.folder("content_dir") == tmp_path.resolve() / "content"


def test_repository_config_is_valid() -> None:
    config = load_config(Path(__file__).parent.parent / "config.yaml")
    assert config.source_lang == "fr" and config.target_lang == "en"


@pytest.mark.parametrize(
    ("base_url", "site_path"),
    [
        ("/", "/"),
        ("https://user.github.io/repo/", "/repo/"),
        ("https://example.org", "/"),
        ("/sub/dir", "/sub/dir/"),
    ],
)
def test_site_path_comes_from_base_url(tmp_path: Path, base_url: str, site_path: str) -> None:
    config = load_config(write_config(tmp_path, f"base_url: {base_url}\n"))
    assert config.site_path == site_path


def test_every_problem_is_reported_at_once_with_its_line(tmp_path: Path) -> None:
    path = write_config(tmp_path, "title: ok\nper_page: many\nsource_lang: xx\nbatch_tokens: -1\n")
    with pytest.raises(ManyErrors) as caught:
        load_config(path)
    assert [str(error) for error in caught.value.errors] == [
        f"{path}:2: 'per_page' must be a whole number",
        f"{path}:3: 'source_lang': unknown language code 'xx' (hint: use an ISO 639-1 code such "
        "as fr or en)",
        f"{path}:4: 'batch_tokens' must be positive",
    ]


def test_unknown_key_is_a_warning_not_an_error(tmp_path: Path) -> None:
    path = write_config(tmp_path, "title: ok\ncolour: blue\n")
    config = load_config(path)
    assert config.warnings == (f"{path}:2: unknown config key 'colour' is ignored",)
    assert config.title == "ok"


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    path = write_config(tmp_path, "title: ok\nabout: [\n")
    with pytest.raises(ConfigError, match=r"config.yaml:\d+: config is not valid YAML"):
        load_config(path)


def test_a_key_written_twice_is_an_error_naming_both_lines(tmp_path: Path) -> None:
    path = write_config(tmp_path, "title: a\nper_page: 3\ntitle: b\nabout: x\nabout: y\n")
    with pytest.raises(ManyErrors) as caught:
        load_config(path)
    assert [str(error) for error in caught.value.errors] == [
        f"{path}:3: duplicate key 'title' (first at line 1)",
        f"{path}:5: duplicate key 'about' (first at line 4)",
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("[" * 500 + "]" * 500, "1: config is nested more than 50 levels deep"),
        ("{a: " * 500 + "x" + "}" * 500, "1: config is nested more than 50 levels deep"),
        ("\n " + "- " * 500 + "x", "2: config is nested more than 50 levels deep"),
        ("[" * 100_000 + "]" * 100_000, "1: config is larger than 64 KB"),
    ],
    ids=["list-500", "mapping-500", "block-500", "list-100000"],
)
def test_deep_nesting_is_refused_quickly_without_a_traceback(
    tmp_path: Path, value: str, message: str
) -> None:
    path = write_config(tmp_path, f"about: {value}\n")
    started = time.perf_counter()
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert time.perf_counter() - started < 1
    assert str(caught.value) == f"{path}:{message}"


def test_a_control_character_or_lone_surrogate_is_an_error_with_its_line(tmp_path: Path) -> None:
    path = write_config(tmp_path, 'title: "Le\\x07 titre"\nper_page: 3\ndescription: "\\ud800"\n')
    with pytest.raises(ManyErrors) as caught:
        load_config(path)
    assert [str(error) for error in caught.value.errors] == [
        f"{path}:1: config 'title' holds the control character U+0007 (hint: remove it: no page "
        "or feed can show it)",
        f"{path}:3: config 'description' holds a lone surrogate (U+D800) (hint: write the "
        "character itself (in double quotes, \\U and 8 hex digits for one above U+FFFF))",
    ]


def test_a_config_is_frozen(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, "title: ok\n"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.title = "autre"  # type: ignore[misc]
    values = config.values
    values["title"] = "autre"
    assert config.title == "ok", "values is a copy"


def test_every_key_is_one_typed_field_with_its_default_and_meaning(tmp_path: Path) -> None:
    hints = typing.get_type_hints(Config)
    defaults = Config(root=tmp_path)
    for key, setting in SCHEMA.items():
        assert hints[key] is setting.kind in (str, int, float), key
        assert getattr(defaults, key) == setting.default, key
        assert setting.meaning.strip(), key
    fields = {item.name for item in dataclasses.fields(Config)}
    assert fields - set(SCHEMA) == {"root", "path", "digest", "warnings", "origins"}


def test_a_value_of_every_key_is_read_into_its_field(tmp_path: Path) -> None:
    written = {
        "title": "Édition",
        "base_url": "https://user.github.io/repo/",
        "source_lang": "de",
        "per_page": 7,
        "index_timeout": 2.5,
        "layouts_dir": "mes-gabarits",
    }
    text = "".join(f"{key}: {json.dumps(value)}\n" for key, value in written.items())
    config = load_config(write_config(tmp_path, text))
    assert {key: getattr(config, key) for key in written} == written


@pytest.mark.parametrize(
    "value", ["user.github.io/repo/", "ftp://example.org/", "", "https://", "https:// x/"]
)
def test_a_base_url_that_is_neither_a_path_nor_an_address_is_an_error_with_its_line(
    tmp_path: Path, value: str
) -> None:
    path = write_config(tmp_path, f"title: ok\nbase_url: {json.dumps(value)}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == (
        f"{path}:2: 'base_url': {value!r} is neither a path starting with '/' nor an http(s) "
        "address (hint: use '/' for a domain root, or 'https://<user>.github.io/<repo>/')"
    )


def test_an_override_is_checked_like_the_file_and_names_the_option(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, "title: ok\n"))
    assert with_overrides(config, {"per_page": 5}, "--per-page").per_page == 5
    with pytest.raises(ManyErrors) as caught:
        with_overrides(config, {"per_page": 0, "target_lang": "fr"}, "--an-option")
    assert [str(error) for error in caught.value.errors] == [
        "--an-option: 'per_page' must be positive",
        "--an-option: source_lang and target_lang must differ",
    ]
    assert config.per_page == 20, "the config it started from is unchanged"
