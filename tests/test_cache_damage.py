"""A damaged or misplaced cache is a clear message or a rebuild, never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import write_tree

from visavis.cli import main
from visavis.config import load_config
from visavis.render import OUTPUT_LIST
from visavis.state import state_path

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
    manifest_path = state_path(load_config(project / "config.yaml"))
    manifest_path.write_text(manifest, encoding="utf-8")
    page = project / "public" / "articles" / "a" / "index.html"
    page.unlink()
    assert render(project, "--force") == 0
    assert page.exists()
    written = json.loads(manifest_path.read_text())
    assert "articles/a/index.html" in written["files"]


@pytest.mark.parametrize(
    "state", ['{"version": 2, "files": {}}', '{"version": 1, "files": {"a": 3}}', "\x00garbage"]
)
def test_a_damaged_or_newer_build_state_is_one_warning_and_a_full_build(
    project: Path, state: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/a.fr.md": ARTICLE})
    assert render(project) == 0
    page = project / "public" / "articles" / "a" / "index.html"
    page.write_text("stale", encoding="utf-8")
    state_path(load_config(project / "config.yaml")).write_text(state, encoding="utf-8")
    capsys.readouterr()
    assert render(project) == 0
    err = capsys.readouterr().err
    assert err.count("build state") == 1, err
    assert "rebuilding everything" in err
    assert "Il fait beau à Genève." in page.read_text(encoding="utf-8")


def test_the_stores_of_earlier_versions_are_removed_by_the_first_build(project: Path) -> None:
    old = {
        ".cache/last-build.json": '{"snapshot": "abc", "warnings": []}',
        ".cache/render-manifest-0123456789ab.json": '{"version": 1, "files": {}}',
        ".cache/render-writing": "",
    }
    write_tree(project, {"content/a.fr.md": ARTICLE, **old})
    assert render(project) == 0
    assert [name for name in old if (project / name).exists()] == []
    assert (project / "public" / "articles" / "a" / "index.html").exists()


SECOND = ARTICLE.replace("Un article", "Un autre article")


def test_an_article_removed_after_the_cache_was_deleted_is_unpublished(project: Path) -> None:
    write_tree(project, {"content/a.fr.md": ARTICLE, "content/b.fr.md": SECOND})
    write_tree(project, {"public/CNAME": "edition.example.org\n"})  # put there by hand
    assert render(project) == 0
    page = project / "public" / "articles" / "b" / "index.html"
    assert page.exists()
    shutil.rmtree(project / ".cache")
    (project / "content" / "b.fr.md").unlink()
    assert render(project) == 0
    assert not page.exists()
    assert (project / "public" / "articles" / "a" / "index.html").exists()
    assert (project / "public" / "CNAME").read_text() == "edition.example.org\n"


def test_a_render_into_another_folder_never_vouches_for_the_sites_pages(project: Path) -> None:
    write_tree(project, {"content/a.fr.md": ARTICLE})
    assert render(project) == 0
    page = project / "public" / "articles" / "a" / "index.html"
    old = page.read_text(encoding="utf-8")
    write_tree(project, {"content/a.fr.md": ARTICLE.replace("Il fait beau", "Il pleut")})
    other = ["--config", str(project / "config.yaml"), "render"]
    config_elsewhere = project / "elsewhere.yaml"
    config_elsewhere.write_text(
        (project / "config.yaml").read_text() + 'output_dir: "private"\n', encoding="utf-8"
    )
    assert main(["--config", str(config_elsewhere), "render"]) == 0  # as `serve` does
    assert main(other) == 0
    assert page.read_text(encoding="utf-8") != old
    assert "Il pleut" in page.read_text(encoding="utf-8")


def test_a_damaged_output_list_never_removes_files_outside_the_output(project: Path) -> None:
    write_tree(project, {"content/a.fr.md": ARTICLE, "keep.txt": "mine"})
    assert render(project) == 0
    (project / "public" / OUTPUT_LIST).write_text('["../keep.txt", "../config.yaml", 3]')
    assert render(project, "--force") == 0
    assert (project / "keep.txt").read_text() == "mine"
    assert (project / "config.yaml").exists()


def test_files_in_layouts_root_files_are_published_at_the_sites_root(project: Path) -> None:
    import shutil as copier

    from conftest import REPO, project_config

    copier.copytree(REPO / "layouts", project / "layouts")
    write_tree(
        project,
        {
            "content/a.fr.md": ARTICLE,
            "layouts/root-files/CNAME": "edition.example.org\n",
            "config.yaml": project_config(layouts_dir="layouts"),
        },
    )
    assert render(project) == 0
    assert (project / "public" / "CNAME").read_text() == "edition.example.org\n"
    (project / "layouts" / "root-files" / "CNAME").unlink()
    assert render(project) == 0
    assert not (project / "public" / "CNAME").exists()
