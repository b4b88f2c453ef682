"""Shared fixtures: scratch projects, an isolated Argos home, and the tiny Argos package."""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from visavis.content import Article
from visavis.model import Document
from visavis.status import TranslationState

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
TINY_PACKAGE = FIXTURES / "translate-fr_en-tiny.argosmodel"
TINY_PAIRS: list[dict[str, str]] = json.loads(
    (FIXTURES / "tiny_pairs.json").read_text(encoding="utf-8")
)
TINY = {pair["fr"]: pair["en"] for pair in TINY_PAIRS}


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create files below root from a {relative path: content} mapping; return root."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def article_of(
    source: Document,
    translation: Document | None = None,
    *,
    edited: bool = False,
    stale: bool = False,
) -> Article:
    """An article as the content reader makes it, with the translate flags given (`stale`
    counts only for an edited translation, as in the reader)."""
    slug = source.slug
    target = (translation.path if translation else None) or Path(f"content/{slug}.en.md")
    state = TranslationState(
        exists=translation is not None, edited=edited, source_changed=stale and edited
    )
    return Article(slug, source, translation, target, state)


def project_config(**overrides: object) -> str:
    """A config.yaml for a scratch project that uses the repository's layouts."""
    values: dict[str, object] = {
        "title": "Test edition",
        "base_url": "/",
        "layouts_dir": str(REPO / "layouts"),
        "cache_dir": ".cache",
    }
    values.update(overrides)
    return "".join(
        f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in values.items()
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty scratch project: config.yaml, content/ and seeds/ in tmp_path."""
    write_tree(tmp_path, {"config.yaml": project_config()})
    (tmp_path / "content").mkdir()
    (tmp_path / "seeds").mkdir()
    return tmp_path


#: Where the tests' Argos looks for its package index: a closed port on loopback, so "offline"
#: is what the tests meet and no test ever sends traffic beyond this machine (not even DNS).
OFFLINE_PACKAGE_INDEX = "http://127.0.0.1:9/"


@pytest.fixture(scope="session", autouse=True)
def argos_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point Argos at scratch folders before anything imports it (its settings make folders)."""
    home = tmp_path_factory.mktemp("argos-home")
    names = {
        "XDG_DATA_HOME": home / "data",
        "XDG_CONFIG_HOME": home / "config",
        "XDG_CACHE_HOME": home / "cache",
        "ARGOS_PACKAGES_DIR": home / "packages",
    }
    with pytest.MonkeyPatch.context() as patch:
        for name, path in names.items():
            path.mkdir()
            patch.setenv(name, str(path))
        patch.setenv("ARGOS_PACKAGE_INDEX", OFFLINE_PACKAGE_INDEX)
        yield home


@pytest.fixture(scope="session")
def tiny_model(argos_home: Path) -> Path:
    """Install the project's tiny French→English Argos package; return its folder."""
    from visavis.engine import install_model_file

    assert TINY_PACKAGE.exists(), (
        f"{TINY_PACKAGE} is missing: run tests/fixtures/make_tiny_argos.py"
    )
    return install_model_file(TINY_PACKAGE).path


def isolated_env(home: Path) -> dict[str, str]:
    """Environment for a subprocess with its own empty Argos folders below `home`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ARGOS_", "XDG_"))}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ARGOS_PACKAGES_DIR"):
        path = home / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    env["HOME"] = str(home)
    env["ARGOS_PACKAGE_INDEX"] = OFFLINE_PACKAGE_INDEX
    return env


def stage_summary(log_text: str, stage: str) -> dict[str, int | bool]:
    """The last one-line summary of a stage in a run's log: `{"pages written": 3, ...}`.

    Counts are keyed by name, so tests do not depend on the order a stage reports them in; a
    note without a number (`nothing changed`) maps to True.
    """
    lines = [line for line in log_text.splitlines() if line.startswith(f"{stage}: ")]
    assert lines, f"no summary line for {stage} in:\n{log_text}"
    counts: dict[str, int | bool] = {}
    for part in lines[-1].removeprefix(f"{stage}: ").split(", "):
        number, _, name = part.partition(" ")
        if number.isdigit():
            counts[name] = int(number)
        else:
            counts[part] = True
    return counts


def run_build_py(
    args: list[str], env: dict[str, str], cwd: Path, timeout: float = 300
) -> subprocess.CompletedProcess:
    """Run `build.py` with these arguments to completion in a subprocess (output captured)."""
    command = [sys.executable, str(REPO / "build.py"), *args]
    return subprocess.run(
        command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )


def argos_home_with_tiny_model(home: Path) -> dict[str, str]:
    """A subprocess environment whose own Argos home holds the tiny package, installed the way
    a user would (`build.py install-model`)."""
    env = {**isolated_env(home), "PYTHONPATH": str(REPO)}
    result = run_build_py(["install-model", str(TINY_PACKAGE)], env, home, timeout=120)
    assert result.returncode == 0, result.stderr
    return env


def assert_golden(actual: str, golden: Path) -> None:
    """Compare with a committed file (unified diff on mismatch); UPDATE_GOLDEN=1 rewrites it."""
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8") if golden.exists() else ""
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True), str(golden), "out"
        )
        pytest.fail(
            "output differs from golden file (UPDATE_GOLDEN=1 to accept):\n" + "".join(diff)
        )
