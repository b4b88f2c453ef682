"""Rendering on several cores gives byte-for-byte the same site as rendering on one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_render import REPO, article_files, build, make_project

from visavis import render


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def edition(tmp_path: Path) -> Path:
    files: dict[str, str] = {}
    for index in range(12):
        files.update(article_files(f"article-{index:02d}", date=f"2024-03-{index + 1:02d}"))
    layouts = shutil.copytree(REPO / "layouts", tmp_path / "layouts")
    return make_project(tmp_path / "site", layouts=layouts, **files)


def test_parallel_render_matches_serial_render(
    edition: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(edition)
    serial = tree(edition / "public")
    monkeypatch.setattr(render, "PARALLEL_THRESHOLD", 1)
    build(edition, force=True)
    assert tree(edition / "public") == serial


def test_layout_error_in_a_worker_names_the_layout_and_line(
    edition: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    layouts = edition.parent / "layouts"
    monkeypatch.setattr(render, "PARALLEL_THRESHOLD", 1)
    article = layouts / "article.html"
    article.write_text(
        article.read_text(encoding="utf-8").replace(
            "{% block main %}", "{% block main %}{{ 1/0 }}"
        ),
        encoding="utf-8",
    )
    with pytest.raises(render.RenderError, match="layout error while rendering"):
        build(edition)
