"""The incremental build's one promise, as a property: after any sequence of edits, the output
and content folders an incremental build leaves are byte for byte those of a build from
scratch (same content/ with its translations, same translation memory; no output folder, no
build state, no document cache).

Edits are drawn by hypothesis: add, change, re-date and delete articles; edit a layout, the
stylesheet and config.yaml; hand-edit a translation; delete or alter a file of the output.
Translation goes through the real Argos code path with the project's tiny package.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

import pytest
from conftest import REPO, TINY_PAIRS, project_config, write_tree
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from visavis.cli import main

SENTENCES = [pair["fr"] for pair in TINY_PAIRS]
SECTIONS = ("Culture", "Économie", "Sport")
EDITS = (
    "add",
    "change",
    "redate",
    "delete",
    "layout",
    "stylesheet",
    "config",
    "translation",
    "delete output",
    "alter output",
)


def article_text(rng: random.Random, title: str) -> str:
    """A source file: a title, a date, a section, and a few sentences the tiny model knows."""
    day = rng.randrange(1, 29)
    body = "\n".join(rng.sample(SENTENCES, k=min(3, len(SENTENCES))))
    return (
        f"---\ntitle: {title}\nlang: fr\ndate: 2024-{rng.randrange(1, 13):02d}-{day:02d}\n"
        f"section: {rng.choice(SECTIONS)}\n---\n{body}\n"
    )


def new_project(root: Path) -> Path:
    """Four articles, a copy of the repository's layouts, and the config that uses them."""
    shutil.copytree(REPO / "layouts", root / "layouts")
    rng = random.Random(4)
    files = {f"content/a{n}.fr.md": article_text(rng, f"Article {n}") for n in range(4)}
    write_tree(root, {**files, "config.yaml": project_config(layouts_dir="layouts", per_page=2)})
    (root / "seeds").mkdir()
    return root


def sources(root: Path) -> list[Path]:
    return sorted((root / "content").glob("*.fr.md"))


def apply_edit(root: Path, edit: str, rng: random.Random) -> None:
    """Make one edit a user could make between two builds."""
    articles = sources(root)
    if edit == "add" or (not articles and edit in ("change", "redate", "delete")):
        slug = f"n{rng.randrange(10**6)}"
        write_tree(root, {f"content/{slug}.fr.md": article_text(rng, f"Nouvel article {slug}")})
    elif edit == "change":
        path = rng.choice(articles)
        text = path.read_text(encoding="utf-8")
        path.write_text(text + rng.choice(SENTENCES) + "\n", encoding="utf-8")
    elif edit == "redate":
        path = rng.choice(articles)
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        lines = [
            f"date: 2023-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}\n"
            if line.startswith("date:")
            else line
            for line in lines
        ]
        path.write_text("".join(lines), encoding="utf-8")
    elif edit == "delete":
        path = rng.choice(articles)
        path.unlink()
        path.with_name(path.name.replace(".fr.md", ".en.md")).unlink(missing_ok=True)
    elif edit == "layout":
        append(root / "layouts" / rng.choice(["article.html", "base.html", "_card.html"]), rng)
    elif edit == "stylesheet":
        append(root / "layouts" / "static" / "style.css", rng, "/* {} */\n")
    elif edit == "config":
        config = root / "config.yaml"
        lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
        lines = [line for line in lines if not line.startswith("title:")]
        config.write_text("".join(lines) + f'title: "Édition {rng.randrange(100)}"\n', "utf-8")
    elif edit == "translation":
        translations = sorted((root / "content").glob("*.en.md"))
        if translations:
            append(rng.choice(translations), rng, "Edited by hand {}.\n")
    else:
        pages = sorted(path for path in (root / "public").rglob("*") if path.is_file())
        page = rng.choice(pages)
        if edit == "delete output":
            page.unlink()
        else:
            page.write_bytes(page.read_bytes()[: rng.randrange(len(page.read_bytes()) + 1)] + b"!")


def append(path: Path, rng: random.Random, line: str = "{{# edit {} #}}\n") -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line.format(rng.randrange(10**6)))


def build(root: Path) -> None:
    assert main(["-q", "--config", str(root / "config.yaml")]) == 0


def clean_build(root: Path, scratch: Path) -> Path:
    """The same project built from scratch: content/ (translations included), layouts,
    config and translation memory copied; no output, no build state, no document cache."""
    shutil.rmtree(scratch, ignore_errors=True)
    for name in ("content", "layouts", "seeds"):
        shutil.copytree(root / name, scratch / name)
    shutil.copy2(root / "config.yaml", scratch / "config.yaml")
    (scratch / ".cache").mkdir()
    shutil.copy2(root / ".cache" / "memory.sqlite", scratch / ".cache" / "memory.sqlite")
    build(scratch)
    return scratch


def tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def assert_same_tree(actual: Path, expected: Path, step: str) -> None:
    got, wanted = tree(actual), tree(expected)
    assert sorted(got) == sorted(wanted), f"after {step}: not the same files"
    different = [name for name in wanted if got[name] != wanted[name]]
    assert not different, f"after {step}: these files differ from a clean build: {different}"


@pytest.mark.usefixtures("tiny_model")
@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,  # the same sequences on every run (CI), each with every kind of edit
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.permutations(EDITS), st.lists(st.integers(0, 2**32), min_size=10, max_size=10))
def test_an_incremental_build_equals_a_clean_build_after_any_edits(
    kinds: list[str], seeds: list[int]
) -> None:
    edits = list(zip(kinds, seeds, strict=True))
    with tempfile.TemporaryDirectory(prefix="visavis-property-") as folder:
        root = new_project(Path(folder) / "project")
        build(root)
        for number, (edit, seed) in enumerate(edits, start=1):
            apply_edit(root, edit, random.Random(seed))
            build(root)
            reference = clean_build(root, Path(folder) / "reference")
            step = f"step {number} ({edit}) of {[name for name, _ in edits]}"
            assert_same_tree(root / "public", reference / "public", step)
            assert_same_tree(root / "content", reference / "content", step)
