"""A damaged or misplaced cache is a clear message or a rebuild, never a traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import write_tree

from visavis.builddb import DATABASE_NAME
from visavis.cli import main
from visavis.config import load_config
from visavis.render import OUTPUT_LIST
from visavis.state import open_state

ARTICLE = "---\ntitle: Un article\nlang: fr\ndate: 2024-03-05\n---\n\nIl fait beau à Genève.\n"
SECOND = ARTICLE.replace("Un article", "Un autre article")


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


def garbage(database: Path) -> None:
    database.write_bytes(b"\x00garbage" * 512)


def damaged_pages(database: Path) -> None:
    """Every page but the first (the header and the schema) overwritten."""
    data = database.read_bytes()
    database.write_bytes(data[:4096] + b"\xa5" * (len(data) - 4096))


def newer(database: Path) -> None:
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA user_version = 99")


def foreign(database: Path) -> None:
    database.unlink()
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")


@pytest.mark.parametrize("damage", [garbage, damaged_pages, newer, foreign])
def test_a_damaged_foreign_or_newer_build_state_is_one_warning_and_a_full_build(
    project: Path, damage: Callable[[Path], None], capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/a.fr.md": ARTICLE, "content/b.fr.md": SECOND})
    assert render(project) == 0
    page = project / "public" / "articles" / "a" / "index.html"
    page.write_text("stale", encoding="utf-8")
    os.utime(page, ns=(0, 0))  # nothing left of its stat to tell it was altered
    database = project / ".cache" / DATABASE_NAME
    damage(database)
    capsys.readouterr()
    assert render(project) == 0
    err = capsys.readouterr().err
    assert err.count("build state") == 1, err
    assert "rebuilding everything" in err
    assert "Il fait beau à Genève." in page.read_text(encoding="utf-8")
    capsys.readouterr()
    assert render(project) == 0
    assert "build state" not in capsys.readouterr().err, "made again: the next build is quiet"
    with open_state(load_config(project / "config.yaml")) as state:
        assert "articles/a/index.html" in state.outputs


def test_the_stores_of_earlier_versions_are_removed_by_the_first_build(project: Path) -> None:
    old = {
        ".cache/last-build.json": '{"snapshot": "abc", "warnings": []}',
        ".cache/render-manifest-0123456789ab.json": '{"version": 1, "files": {}}',
        ".cache/render-writing": "",
        ".cache/state-0123456789ab.json": '{"version": 1, "files": {}}',
        ".cache/documents/index-00.pickle": b"\x80\x05 index",
        ".cache/documents/63.pickle": b"\x80\x05 documents",
        ".cache/cards/07.pickle": b"\x80\x05 cards",
    }
    theirs = {".cache/documents/notes.txt": "mine", ".cache/state-of-the-art.json": "mine"}
    write_tree(project, {"content/a.fr.md": ARTICLE, **old, **theirs})
    assert render(project) == 0
    assert [name for name in old if (project / name).exists()] == []
    assert not (project / ".cache" / "cards").exists()
    assert all((project / name).read_text() == "mine" for name in theirs)
    assert (project / "public" / "articles" / "a" / "index.html").exists()


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


def test_a_build_state_that_cannot_be_made_is_named_with_a_hint(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/a.fr.md": ARTICLE})
    (project / ".cache" / DATABASE_NAME).mkdir(parents=True)
    assert render(project) == 1
    err = capsys.readouterr().err
    assert f"error: {project / '.cache' / DATABASE_NAME}: cannot make the build state" in err
    assert "(hint: remove it (it is made again), or set 'cache_dir' to another folder)" in err
    assert "Traceback" not in err


def test_the_state_of_an_output_folder_that_is_gone_is_forgotten(project: Path) -> None:
    write_tree(project, {"content/a.fr.md": ARTICLE})
    elsewhere = project / "elsewhere.yaml"
    elsewhere.write_text((project / "config.yaml").read_text() + 'output_dir: "private"\n')
    assert main(["--config", str(elsewhere), "render"]) == 0  # as `serve` does
    assert render(project) == 0
    with sqlite3.connect(project / ".cache" / DATABASE_NAME) as connection:
        assert connection.execute("SELECT count(*) FROM builds").fetchone() == (2,)
    shutil.rmtree(project / "private")  # `serve` removes its folder when it stops
    write_tree(project, {"content/b.fr.md": SECOND})
    assert render(project) == 0
    with sqlite3.connect(project / ".cache" / DATABASE_NAME) as connection:
        outputs = {folder for (folder,) in connection.execute("SELECT folder FROM outputs")}
        builds = connection.execute("SELECT output FROM builds").fetchall()
    assert builds == [(str((project / "public").resolve()),)]
    assert len(outputs) == 1
