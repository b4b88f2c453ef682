"""Symbolic links that leave the project are never followed: nothing outside it is published."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import REPO, project_config, write_tree

from visavis.cli import main

SECRET = "SECRET-TOKEN-4242"
ARTICLE = "---\ntitle: Un article\nlang: fr\ndate: 2024-03-05\n---\n\nIl fait beau à Genève.\n"
SEED = "Le Grand Conseil adopte le budget\n\nLes députés ont adopté jeudi le budget.\n"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A secret file outside the project, as `~/.ssh/id_rsa` or `.git/config` would be."""
    secret = tmp_path / "outside" / "secret.txt"
    write_tree(tmp_path / "outside", {"secret.txt": f"{SECRET}\n", "secret.md": ARTICLE + SECRET})
    return secret.parent


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A project with its own copy of the layouts (so links can be put inside them)."""
    root = tmp_path / "project"
    root.mkdir()
    import shutil

    shutil.copytree(REPO / "layouts", root / "layouts")
    write_tree(
        root, {"config.yaml": project_config(layouts_dir="layouts"), "content/a.fr.md": ARTICLE}
    )
    (root / "seeds").mkdir()
    return root


def published_text(root: Path) -> str:
    """Every byte the build published, as text (empty when nothing was)."""
    return "".join(
        path.read_bytes().decode("utf-8", errors="replace")
        for path in (root / "public").rglob("*")
        if path.is_file()
    )


def build(root: Path, *stages: str) -> int:
    """Run the stages that need no model (ingest, render); the worst exit code."""
    config = ["--config", str(root / "config.yaml")]
    return max(main([*config, stage]) for stage in stages or ("ingest", "render"))


def test_links_leaving_the_project_are_not_followed_anywhere(
    site: Path, outside: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (site / "layouts" / "static" / "leak.txt").symlink_to(outside / "secret.txt")
    os.symlink(outside, site / "layouts" / "static" / "folder")
    (site / "seeds" / "leak.txt").symlink_to(outside / "secret.txt")
    (site / "content" / "leak.fr.md").symlink_to(outside / "secret.md")
    code = build(site)
    assert code == 1  # the linked content file is refused, and says so
    assert SECRET not in published_text(site)
    assert not list((site / "content").glob("secret*"))
    assert (site / "public" / "articles" / "a" / "index.html").exists()
    log = caplog.text
    assert f"{site / 'seeds' / 'leak.txt'}: symbolic link leading outside the project" in log
    assert f"{site / 'layouts' / 'static' / 'leak.txt'}: symbolic link leading outside" in log
    assert f"{site / 'layouts' / 'static' / 'folder'}: symbolic link leading outside" in log
    assert f"{site / 'content' / 'leak.fr.md'}: symbolic link leading outside the project" in log


def test_a_layout_that_links_outside_is_not_read(
    site: Path, outside: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (site / "layouts" / "_leak.html").symlink_to(outside / "secret.txt")
    base = site / "layouts" / "base.html"
    text = base.read_text(encoding="utf-8")
    base.write_text(text.replace("</body>", '{% include "_leak.html" %}</body>'))
    assert build(site) == 1
    assert "_leak.html (a symbolic link leading outside the project: not followed)" in caplog.text
    assert SECRET not in published_text(site)


def test_links_inside_the_project_are_followed(site: Path) -> None:
    write_tree(site, {"shared/extra.css": "body{color:red}", "drafts/s.txt": SEED})
    (site / "layouts" / "static" / "extra.css").symlink_to(site / "shared" / "extra.css")
    (site / "seeds" / "s.txt").symlink_to(site / "drafts" / "s.txt")
    assert build(site) == 0
    assert (site / "public" / "static" / "extra.css").read_text() == "body{color:red}"
    assert (site / "content" / "le-grand-conseil-adopte-le-budget.fr.md").exists()


def test_file_names_that_are_not_utf8_are_reported_not_crashed_on(
    site: Path, caplog: pytest.LogCaptureFixture
) -> None:
    os.close(os.open(os.fsencode(site / "content") + b"/caf\xe9.fr.md", os.O_CREAT | os.O_WRONLY))
    with open(os.fsencode(site / "seeds") + b"/caf\xe9.txt", "wb") as handle:
        handle.write(SEED.encode())
    code = build(site, "render")
    assert code == 1
    assert "caf\\xe9.fr.md: file name is not valid UTF-8: not read" in caplog.text
    build(site, "ingest")
    assert "caf\\xe9.txt: file name is not valid UTF-8: not read" in caplog.text


def test_a_fifo_or_a_link_to_a_device_in_content_is_refused_not_read(
    site: Path, caplog: pytest.LogCaptureFixture
) -> None:
    os.mkfifo(site / "content" / "fifo.fr.md")
    (site / "content" / "zero.fr.md").symlink_to("/dev/zero")
    assert build(site, "render") == 1
    assert f"{site / 'content' / 'fifo.fr.md'}: not a regular file: not read" in caplog.text
    assert f"{site / 'content' / 'zero.fr.md'}: symbolic link leading outside" in caplog.text
    assert (site / "public" / "articles" / "a" / "index.html").exists()
