"""A damaged or misplaced cache is a clear message or a rebuild, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import write_tree

from visavis.cli import main

ARTICLE = "---\ntitle: Un article\nlang: fr\ndate: 2024-03-05\n---\n\nIl fait beau à Genève.\n"


def render(project: Path, *options: str) -> int:
    return main(["--config", str(project / "config.yaml"), "render", *options])


def test_a_cache_folder_that_is_a_file_is_named_with_a_hint(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/a.fr.md": ARTICLE, ".cache": "not a folder"})
    assert render(project) == 1
    err = capsys.readouterr().err
    assert f"error: {project / '.cache'}: the cache folder is a file, not a folder" in err
    assert "(hint: remove it, or set 'cache_dir' to another folder)" in err
    assert "Traceback" not in err
    assert (project / ".cache").read_text() == "not a folder"


@pytest.mark.parametrize(
    "manifest", ["null", "[]", '{"version": 999}', '{"files": null}', "{", '"text"']
)
def test_a_damaged_render_manifest_means_a_full_render(project: Path, manifest: str) -> None:
    write_tree(project, {"content/a.fr.md": ARTICLE})
    assert render(project) == 0
    (project / ".cache" / "render-manifest.json").write_text(manifest, encoding="utf-8")
    page = project / "public" / "articles" / "a" / "index.html"
    page.unlink()
    assert render(project, "--force") == 0
    assert page.exists()
    written = json.loads((project / ".cache" / "render-manifest.json").read_text())
    assert "articles/a/index.html" in written["files"]
