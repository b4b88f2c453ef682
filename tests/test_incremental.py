"""Incremental builds: each stage redoes only the work whose inputs changed, and says so.

A file counts as rewritten when its inode or modification time changed: every write goes
through a temporary file and a rename, so a rewritten file always gets a new inode, even
within one tick of the file-system clock.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import REPO, project_config, stage_summary, write_tree

from visavis import writer
from visavis.cli import main
from visavis.config import load_config
from visavis.state import open_state, save_outputs

PUBLICATIONS = ("Le Temps", "Libération")
SECTIONS = ("Technologie", "Économie", "Culture")
BODY = "Le maire a visité les stands ce matin.\nLes travaux commenceront en septembre.\n"


def run(project: Path, *args: str) -> int:
    """Call the command line on a scratch project."""
    return main(["--config", str(project / "config.yaml"), *args])


def article(title: str, day: int, publication: str, section: str, body: str = BODY) -> str:
    """A source content file dated 2024-03-<day>."""
    return (
        f"---\ntitle: {title}\nlang: fr\npublication: {publication}\nsection: {section}\n"
        f"date: 2024-03-{day:02d}\n---\n{body}"
    )


def edition_files(count: int = 8) -> dict[str, str]:
    """Content files of `count` articles, one a day, over two publications and three sections."""
    return {
        f"content/a{day}.fr.md": article(
            f"Article {day}", day, PUBLICATIONS[day % 2], SECTIONS[day % 3]
        )
        for day in range(1, count + 1)
    }


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Identity (inode, mtime) of every file render writes below folder, by relative POSIX
    path (the search index, rebuilt by its own stage, is tested in test_search.py)."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() and not p.relative_to(folder).as_posix().startswith("pagefind/")
    }


def rewritten(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> set[str]:
    """Files that are new or were written again between two snapshots."""
    return {name for name, identity in after.items() if before.get(name) != identity}


@pytest.fixture
def site(project: Path) -> Path:
    """A rendered edition of eight untranslated articles with its own copy of the layouts."""
    shutil.copytree(REPO / "layouts", project / "layouts")
    write_tree(project, {"config.yaml": project_config(layouts_dir="layouts")})
    write_tree(project, edition_files())
    assert run(project, "render") == 0
    return project


def test_render_with_nothing_changed_rewrites_nothing_and_says_so(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(site / "public")
    capsys.readouterr()
    assert run(site, "render") == 0
    assert snapshot(site / "public") == before
    assert stage_summary(capsys.readouterr().err, "render") == {
        "pages written": 0,
        "pages unchanged": len(before) - 1,  # every file but the list of them (.visavis-files.json)
        "files removed": 0,
        "translations pending": 8,
    }


def test_adding_an_article_rewrites_its_page_and_the_pages_that_link_to_it(site: Path) -> None:
    before = snapshot(site / "public")
    write_tree(site, {"content/new.fr.md": article("Nouveau", 5, "Le Temps", "Culture") + "X.\n"})
    assert run(site, "render") == 0
    # Same date as a5: newest first, ties by slug, so `new` sits between a5 and a4, and those
    # two article pages change only because their "newer/older" links now point to it.
    assert rewritten(before, snapshot(site / "public")) == {
        "articles/new/index.html",
        "articles/a5/index.html",
        "articles/a4/index.html",
        "index.html",
        "publications/le-temps/index.html",
        "sections/culture/index.html",
        "archive/index.html",
        "feed.xml",
        "sitemap.xml",
        ".visavis-files.json",  # the files visavis wrote in the output folder: one more
    }


def test_deleting_an_article_removes_its_page_and_every_mention_of_it(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(site, {"content/solo.fr.md": article("Seul", 20, "Unique", "Solitude")})
    assert run(site, "render") == 0
    assert (site / "public" / "sections" / "solitude" / "index.html").is_file()
    capsys.readouterr()
    (site / "content" / "solo.fr.md").unlink()
    assert run(site, "render") == 0
    assert stage_summary(capsys.readouterr().err, "render")["files removed"] == 3
    public = site / "public"
    for name in ("articles/solo", "sections/solitude", "publications/unique"):
        assert not (public / name).exists(), f"{name} is left behind"
    for path in public.rglob("*"):
        if path.is_file() and "pagefind" not in path.relative_to(public).parts:
            text = path.read_text(encoding="utf-8")
            assert "solo" not in text and "Solitude" not in text, f"{path} still mentions it"
    assert [p for p in public.rglob("*") if p.is_dir() and not any(p.iterdir())] == []


def test_changing_the_base_layout_rewrites_every_html_page_and_nothing_else(site: Path) -> None:
    before = snapshot(site / "public")
    base = site / "layouts" / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace("Skip to content", "Skip"), "utf-8")
    assert run(site, "render") == 0
    assert rewritten(before, snapshot(site / "public")) == {
        name for name in before if name.endswith(".html")
    }


def test_changing_the_card_layout_rewrites_only_the_listing_pages(site: Path) -> None:
    before = snapshot(site / "public")
    card = site / "layouts" / "_card.html"
    card.write_text(
        card.read_text(encoding="utf-8").replace('class="card"', 'class="card c"'), "utf-8"
    )
    assert run(site, "render") == 0
    assert rewritten(before, snapshot(site / "public")) == {
        name
        for name in before
        if name == "index.html" or name.startswith(("publications/", "sections/"))
    }


def test_changing_a_static_asset_rewrites_only_that_file(site: Path) -> None:
    before = snapshot(site / "public")
    with (site / "layouts" / "static" / "style.css").open("a", encoding="utf-8") as css:
        css.write("\n/* changed */\n")
    assert run(site, "render") == 0
    assert rewritten(before, snapshot(site / "public")) == {"static/style.css"}


def test_changing_the_edition_title_rewrites_the_pages_that_show_it(site: Path) -> None:
    before = snapshot(site / "public")
    config = site / "config.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("Test edition", "Autre"), encoding="utf-8"
    )
    assert run(site, "render") == 0
    shows_title = {name for name in before if name.endswith(".html")} | {"feed.xml"}
    assert rewritten(before, snapshot(site / "public")) == shows_title
    assert "<title>Autre</title>" in (site / "public" / "feed.xml").read_text(encoding="utf-8")


def test_a_page_altered_or_deleted_in_the_output_is_written_again(site: Path) -> None:
    altered = site / "public" / "articles" / "a3" / "index.html"
    deleted = site / "public" / "articles" / "a2" / "index.html"
    original = {path: path.read_text(encoding="utf-8") for path in (altered, deleted)}
    altered.write_text("damaged by hand", encoding="utf-8")
    deleted.unlink()
    assert run(site, "render") == 0
    assert {path: path.read_text(encoding="utf-8") for path in original} == original


def test_force_renders_every_page_again(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damaged = site / "public" / "articles" / "a3" / "index.html"
    original = damaged.read_text(encoding="utf-8")
    stat = damaged.stat()
    # Damage its size and mtime cannot show: the same length, the same date.
    damaged.write_text("x" * len(original.encode("utf-8")), encoding="utf-8")
    os.utime(damaged, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert run(site, "render") == 0
    assert damaged.read_text(encoding="utf-8") != original, "nothing told this build"
    capsys.readouterr()
    assert run(site, "render", "--force") == 0
    assert damaged.read_text(encoding="utf-8") == original
    assert stage_summary(capsys.readouterr().err, "render")["pages written"] == 1


def test_forced_render_still_removes_the_pages_of_deleted_articles(site: Path) -> None:
    (site / "content" / "a3.fr.md").unlink()
    assert run(site, "render", "--force") == 0
    assert not (site / "public" / "articles" / "a3").exists()
    assert "a3" not in (site / "public" / "sitemap.xml").read_text(encoding="utf-8")


class Killed(BaseException):
    """Stands for SIGKILL in the middle of writing the site."""


def test_render_interrupted_while_writing_leaves_no_page_the_next_build_trusts(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = (site / "public" / "articles" / "a2" / "index.html").read_bytes()
    original = (site / "content" / "a2.fr.md").read_text(encoding="utf-8")
    changed = original.replace("Le maire a visité", "La maire a visité")
    (site / "content" / "a2.fr.md").write_text(changed, encoding="utf-8")
    real_commit = writer.commit_write

    def write_then_die(temp_name: str, path: Path) -> None:
        real_commit(temp_name, path)
        if path.name == "index.html" and path.parent.name == "a2":
            raise Killed

    monkeypatch.setattr(writer, "commit_write", write_then_die)
    with pytest.raises(Killed):
        run(site, "render")
    monkeypatch.undo()
    assert (site / "public" / "articles" / "a2" / "index.html").read_bytes() != first
    (site / "content" / "a2.fr.md").write_text(original, encoding="utf-8")  # the edit undone
    assert run(site, "render") == 0
    assert (site / "public" / "articles" / "a2" / "index.html").read_bytes() == first


def test_leftover_temporary_files_are_removed_by_the_next_render(site: Path) -> None:
    config = load_config(site / "config.yaml")
    with open_state(config) as state:  # what a render killed while writing leaves
        state.writing = True
        save_outputs(state)
    write_tree(site, {"public/articles/a1/.index.html.k2j4h6g8.tmp": "<html><bo"})
    assert run(site, "render") == 0
    assert list(site.rglob("*.tmp")) == []
    with open_state(config) as state:
        assert state.writing is False


# --- ingest -----------------------------------------------------------------------------------

SEED = "---\ntitle: Le marché ouvre tôt {n}\n---\nLe maire a visité les stands ce matin.\n"


def ingested(project: Path, count: int) -> dict[str, tuple[int, int]]:
    """Write `count` seeds, ingest them, and return the content folder's snapshot."""
    write_tree(project, {f"seeds/s{n}.md": SEED.format(n=n) for n in range(count)})
    assert run(project, "ingest") == 0
    return snapshot(project / "content")


def test_ingest_with_nothing_changed_touches_nothing_and_says_so(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = ingested(project, 5)
    capsys.readouterr()
    assert run(project, "ingest") == 0
    assert snapshot(project / "content") == before
    assert stage_summary(capsys.readouterr().err, "ingest") == {"unchanged": 5}


def test_adding_a_seed_writes_only_its_content_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = ingested(project, 5)
    write_tree(project, {"seeds/s9.md": SEED.format(n=9)})
    capsys.readouterr()
    assert run(project, "ingest") == 0
    assert rewritten(before, snapshot(project / "content")) == {"le-marche-ouvre-tot-9.fr.md"}
    assert stage_summary(capsys.readouterr().err, "ingest") == {"unchanged": 5, "written": 1}


def test_forced_ingest_reads_every_seed_again_but_rewrites_nothing_identical(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = ingested(project, 3)
    capsys.readouterr()
    assert run(project, "ingest", "--force") == 0
    assert snapshot(project / "content") == before
    assert stage_summary(capsys.readouterr().err, "ingest") == {"unchanged": 3}
