"""The search index follows the build: Pagefind's real binary over the written article pages,
rebuilt when their text changes, never in a no-change build; without the binary, or when it
fails, the site is built without search and says why."""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
from pathlib import Path

import pytest
from conftest import stage_summary, write_tree

from visavis.cli import main
from visavis.frontmatter import read_document

ARTICLES = {
    "content/marche.fr.md": (
        "---\ntitle: Le marché ouvre tôt\nlang: fr\npublication: La Gazette\n"
        "date: 2024-03-23\n---\nLe marché de Villeneuve ouvre chaque samedi matin.\n"
        "Les habitants viennent tôt pour acheter des légumes.\n"
    ),
    "content/halle.fr.md": (
        "---\ntitle: Une halle pour le marché\nlang: fr\npublication: La Gazette\n"
        "date: 2024-03-20\n---\nLa mairie prépare une nouvelle halle couverte.\n"
    ),
}


def run(project: Path, *args: str) -> int:
    """Call the command line on a scratch project."""
    return main(["--config", str(project / "config.yaml"), *args])


def search_summary(capsys: pytest.CaptureFixture[str]) -> dict[str, int | bool]:
    """The search line of the last run's summary."""
    return stage_summary(capsys.readouterr().err, "search")


def bundle(project: Path) -> dict[str, tuple[int, int]]:
    """Identity (inode, mtime) of every file of the published search index."""
    folder = project / "public" / "pagefind"
    return {
        path.relative_to(folder).as_posix(): (path.stat().st_ino, path.stat().st_mtime_ns)
        for path in folder.rglob("*")
        if path.is_file()
    }


def indexed_text(project: Path, lang: str) -> dict[str, str]:
    """URL → the text Pagefind indexed for it in one language (its fragments, decoded)."""
    found = {}
    for fragment in (project / "public" / "pagefind" / lang / "fragment").glob("*"):
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        record = json.loads(data)
        found[record["url"]] = record["content"]
    return found


@pytest.fixture
def site(project: Path, tiny_model: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Two French articles, translated by the tiny Argos model and rendered (so indexed)."""
    write_tree(project, ARTICLES)
    assert run(project) == 0
    capsys.readouterr()
    return project


def test_each_language_is_indexed_from_its_own_text(
    project: Path, tiny_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, ARTICLES)
    assert run(project) == 0
    summary = search_summary(capsys)
    assert summary["articles indexed"] == 2
    note = next(part for part in summary if str(part).startswith("index rebuilt in "))
    assert re.fullmatch(
        r"index rebuilt in [\d.]+ s \(CPU [\d.]+ s; peak memory \d+ MB; \d+ kB\)", note
    )
    languages = json.loads((project / "public/pagefind/languages.json").read_text("utf-8"))
    assert languages == ["fr", "en"]
    english = read_document(project / "content/marche.en.md").blocks[0].lines[0]
    french, indexed_english = indexed_text(project, "fr"), indexed_text(project, "en")
    assert set(french) == set(indexed_english) == {"/articles/marche/", "/articles/halle/"}
    assert "acheter des légumes" in french["/articles/marche/"]
    assert english not in french["/articles/marche/"]
    assert english in indexed_english["/articles/marche/"]
    assert "acheter" not in indexed_english["/articles/marche/"]
    assert "Machine translation" not in indexed_english["/articles/marche/"]  # chrome
    assert "Latest" not in french["/articles/marche/"]  # the masthead is not indexed


def test_an_edition_not_translated_yet_is_indexed_in_french_only(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, ARTICLES)
    assert run(project, "render") == 0
    assert search_summary(capsys)["articles indexed"] == 2
    languages = json.loads((project / "public/pagefind/languages.json").read_text("utf-8"))
    assert languages == ["fr"]
    assert "Translation pending" not in indexed_text(project, "fr")["/articles/marche/"]


def test_a_build_with_nothing_changed_leaves_the_index_alone(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = bundle(site)
    assert run(site) == 0
    assert "search: " not in capsys.readouterr().err  # no stage ran at all
    assert run(site, "render") == 0
    assert search_summary(capsys) == {"index unchanged": True}
    assert bundle(site) == before


def test_changed_article_text_rebuilds_the_index(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = bundle(site)
    write_tree(site, {"content/halle.fr.md": ARTICLES["content/halle.fr.md"] + "Un boulanger.\n"})
    assert run(site) == 0
    assert search_summary(capsys)["articles indexed"] == 2
    assert "Un boulanger." in indexed_text(site, "fr")["/articles/halle/"]
    assert bundle(site) != before


def test_a_deleted_index_is_rebuilt_by_the_next_render(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (site / "public/pagefind/languages.json").unlink()
    assert run(site, "render") == 0
    assert search_summary(capsys)["articles indexed"] == 2
    assert (site / "public/pagefind/languages.json").is_file()


def test_without_the_binary_the_site_builds_without_search_and_says_why(
    site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = site / "no-such-pagefind"
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(missing))
    write_tree(site, {"content/halle.fr.md": ARTICLES["content/halle.fr.md"] + "Un boulanger.\n"})
    assert run(site) == 0
    err = capsys.readouterr().err
    assert (
        f"warning: PAGEFIND_BINARY_PATH names {missing}, which is not an executable file: the "
        "site is built without search (hint: pip install -r requirements-render.txt, which "
        "brings pagefind[bin])"
    ) in err
    assert "Traceback" not in err
    assert stage_summary(err, "search") == {"no search index": True, "warning(s)": 1}
    assert not (site / "public" / "pagefind").exists()  # no stale index left behind
    assert (site / "public/articles/halle/index.html").is_file()


def test_a_failing_binary_leaves_no_index_and_the_next_build_retries(
    site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", "/bin/false")
    assert run(site, "render", "--force") == 0
    err = capsys.readouterr().err
    assert "warning: the site is built without search: /bin/false: Pagefind failed" in err
    assert not (site / "public" / "pagefind").exists()
    monkeypatch.delenv("PAGEFIND_BINARY_PATH")
    assert run(site, "render") == 0
    assert search_summary(capsys)["articles indexed"] == 2


def test_an_article_page_rewritten_with_the_same_bytes_keeps_the_index(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = site / "public/articles/halle/index.html"
    copy = page.with_name("copy.html")
    copy.write_bytes(page.read_bytes())
    copy.replace(page)  # a new file (inode, date), the same bytes
    before = bundle(site)
    assert run(site, "render") == 0
    assert search_summary(capsys) == {"index unchanged": True}
    assert bundle(site) == before
    published = page.read_bytes()
    page.write_bytes(published.replace(b"nouvelle halle", b"halle neuve"))
    assert run(site, "render") == 0  # render restores the altered page: the index holds
    assert page.read_bytes() == published
    assert search_summary(capsys) == {"index unchanged": True}
    assert bundle(site) == before


def test_search_false_in_config_builds_no_index_and_removes_an_old_one(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (site / "public/pagefind/fr").is_dir()
    config = site / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "search: false\n", encoding="utf-8")
    assert run(site) == 0
    assert search_summary(capsys) == {"search off (config.yaml: search: false)": True}
    assert not (site / "public/pagefind").exists()
    assert (site / "public/articles/halle/index.html").is_file()


def test_search_must_be_true_or_false(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = site / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "search: oui\n", encoding="utf-8")
    assert run(site) == 1
    assert "config.yaml:5: 'search' must be true or false" in capsys.readouterr().err


@pytest.mark.parametrize("damage", ["delete", "alter", "add"])
def test_a_damaged_index_file_is_rebuilt_by_a_plain_build(
    site: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    fragment = next((site / "public/pagefind/fr/fragment").glob("*"))
    published = fragment.read_bytes()
    if damage == "delete":
        fragment.unlink()
    elif damage == "alter":
        fragment.write_bytes(b"not an index")
    else:
        fragment.with_name("stray.pf_fragment").write_bytes(b"not ours")
    assert run(site) == 0
    assert search_summary(capsys)["articles indexed"] == 2
    assert fragment.read_bytes() == published
    assert not fragment.with_name("stray.pf_fragment").exists()


def test_what_the_index_was_built_from_is_kept_in_the_build_state(site: Path) -> None:
    cache = site / ".cache"
    assert not list(cache.glob("search-index-*.json"))  # no store of its own
    with sqlite3.connect(cache / "build.sqlite") as connection:
        (record,) = connection.execute("SELECT search FROM builds").fetchone()
    kept = json.loads(record)
    assert set(kept["pages"]) == {"marche", "halle"}
    assert "fr/pagefind-entry.json" in kept["files"]


def test_an_earlier_versions_index_record_is_removed_and_a_foreign_file_left(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = site / ".cache"
    old, foreign = cache / "search-index-0123456789ab.json", cache / "search-index-notes.json"
    old.write_text('{"digest": "x"}\n', encoding="utf-8")
    foreign.write_text("mine\n", encoding="utf-8")
    write_tree(site, {"content/halle.fr.md": ARTICLES["content/halle.fr.md"] + "Un boulanger.\n"})
    assert run(site) == 0
    assert not old.exists()
    assert foreign.read_text(encoding="utf-8") == "mine\n"
    assert search_summary(capsys)["articles indexed"] == 2
