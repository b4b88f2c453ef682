"""The command line, called as `main([...])` or as a process, checked by exit code and output."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, isolated_env, write_tree
from filelock import FileLock

from visavis.cli import main
from visavis.config import SCHEMA

ARTICLE = "---\ntitle: Le marché ouvre tôt\nlang: fr\n---\nLe maire a visité les stands ce matin.\n"


def run(project: Path, *args: str) -> int:
    """Call the CLI on a scratch project."""
    return main(["--config", str(project / "config.yaml"), *args])


def test_help_explains_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("ingest", "translate", "render", "install-model", "status", "serve"):
        assert command in out


def test_offline_build_without_a_model_stops_quickly_and_says_how_to_install(
    project: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    write_tree(project, {"content/marche.fr.md": ARTICLE})
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "--config", str(project / "config.yaml")],
        env={**isolated_env(tmp_path_factory.mktemp("offline-home")), "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert time.perf_counter() - started < 20
    assert "no fr→en translation model is installed" in result.stderr
    assert "python build.py install-model PATH.argosmodel" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "public").exists(), "nothing is published without its translation"


def test_install_model_refuses_a_file_that_is_not_a_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = write_tree(tmp_path, {"model.argosmodel": "not a zip"}) / "model.argosmodel"
    assert main(["--config", str(tmp_path / "config.yaml"), "install-model", str(bogus)]) == 1
    assert f"{bogus}: not an Argos model package (not a zip archive)" in capsys.readouterr().err


def test_status_lists_each_article_with_its_state(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/marche.fr.md": ARTICLE})
    assert run(project, "status") == 0
    assert capsys.readouterr().out == "untranslated  marche\n"


def test_a_second_build_at_once_stops_with_a_clear_message(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lock_path = project / ".cache" / "build.lock"
    lock_path.parent.mkdir()
    with FileLock(str(lock_path)):
        assert run(project, "render") == 1
    assert "another visavis build is running in this project" in capsys.readouterr().err


def test_errors_name_the_file_and_line_and_exit_non_zero(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/bad.fr.md": "---\ntitle: x\ndate: hier\n---\nTexte.\n"})
    assert run(project, "render") == 1
    err = capsys.readouterr().err
    expected = (
        "content/bad.fr.md:3: front matter 'date': 'hier' is not a date (hint: use YYYY-MM-DD)"
    )
    assert expected in err
    assert "Traceback" not in err


def test_strict_turns_warnings_into_failure(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "config.yaml").write_text(
        (project / "config.yaml").read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8"
    )
    write_tree(project, {"seeds/x.txt": "Un titre\n\nUne phrase.\n"})
    assert run(project, "ingest") == 0
    write_tree(project, {"content/x.fr.md": "---\ntitle: Changé à la main\n---\nTexte.\n"})
    write_tree(project, {"seeds/x.txt": "Un titre\n\nUne autre phrase.\n"})
    assert run(project, "--strict", "ingest") == 1
    assert "--strict is on" in capsys.readouterr().err


def test_config_errors_are_reported_before_any_work(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "config.yaml").write_text("per_page: lots\n", encoding="utf-8")
    assert run(project) == 1
    assert f"{project / 'config.yaml'}:1: 'per_page' must be a whole number" in (
        capsys.readouterr().err
    )


@pytest.mark.skipif(os.name != "posix", reason="uses a POSIX path")
def test_base_url_can_be_overridden_on_the_command_line(project: Path) -> None:
    write_tree(project, {"content/marche.fr.md": ARTICLE})
    assert run(project, "render", "--base-url", "https://user.github.io/repo/") == 0
    home = (project / "public" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://user.github.io/repo/">' in home
    assert 'href="/repo/' in (project / "public" / "404.html").read_text(encoding="utf-8")


def test_a_broken_file_is_reported_once_by_a_whole_build(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/bad.fr.md": "---\ntitle: x\ndate: hier\n---\nTexte.\n"})
    assert run(project) == 1
    err = capsys.readouterr().err
    assert err.count("front matter 'date': 'hier' is not a date") == 1
    assert "failed with 1 error(s)" in err


# --- what config.yaml's header and the README promise ----------------------------------------


def test_help_config_lists_every_key_with_its_type_default_and_meaning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--help-config"]) == 0
    out = capsys.readouterr().out
    for key, setting in SCHEMA.items():
        assert f"\n{key}: " in out, key
        entry = out.split(f"\n{key}: ", 1)[1].split("\n\n", 1)[0]
        kind = {str: "text", int: "a whole number", float: "a number"}[setting.kind]
        assert entry.startswith(f"{kind}, default {json.dumps(setting.default)}\n"), key
        assert " ".join(entry.split("\n", 1)[1].split()) == setting.meaning, key


def test_config_yaml_header_promises_what_help_config_prints(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = (REPO / "config.yaml").read_text(encoding="utf-8")
    header = " ".join(line.lstrip("# ") for line in text.split("\n\n")[0].splitlines())
    assert header == (
        "visavis edition settings. Every key is optional; `python build.py --help-config` "
        "lists them all with their defaults."
    )
    assert main(["--help-config"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("config.yaml settings (every key is optional;")
    assert all(f"\n{key}: " in out for key in SCHEMA)


def fenced_blocks(text: str) -> list[str]:
    """The bodies of a Markdown text's ```text blocks."""
    return [block.split("```", 1)[0] for block in text.split("```text\n")[1:]]


def test_readme_lists_the_settings_as_help_config_prints_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--help-config"]) == 0
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert capsys.readouterr().out in fenced_blocks(readme)


def test_readme_error_example_is_what_the_build_prints(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    [example] = [b for b in fenced_blocks(readme) if b.startswith("$ python build.py render\n")]
    write_tree(
        project,
        {
            "content/x.fr.md": "---\ntitle: Un titre\ndate: hier\n---\nIl fait beau.\n",
            "content/y.fr.md": "---\ntitle: Bon\n---\nTexte.\n",
        },
    )
    assert run(project, "render") == 1
    printed = capsys.readouterr().err.replace(str(project), "/home/me/edition")
    expected = example.splitlines()[1:]
    assert re.sub(r"in \d+\.\ds$", "in 0.3s", printed.rstrip("\n")).splitlines() == expected


@pytest.mark.parametrize("value", ["example.org/edition", "", "ftp://example.org/"])
def test_a_base_url_option_is_checked_like_the_file_and_names_the_option(
    project: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/marche.fr.md": ARTICLE})
    assert run(project, "render", "--base-url", value) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: --base-url: 'base_url': {value!r} is neither a path starting with '/' nor an "
        "http(s) address (hint: use '/' for a domain root, or "
        "'https://<user>.github.io/<repo>/')"
    ]
    assert not (project / "public").exists()
