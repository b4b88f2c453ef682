"""The cache of parsed content files: reused while a file is unchanged, never trusted blindly."""

from __future__ import annotations

import dataclasses
import os
import pickle
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from visavis import doccache
from visavis.builddb import DATABASE_NAME
from visavis.doccache import document_cache, memoized, read_cached
from visavis.errors import FrontMatterError
from visavis.frontmatter import read_document
from visavis.model import Block, Document


def write_old(path: Path, text: str, age: float = 60) -> None:
    """Write a file whose mtime lies `age` seconds in the past."""
    path.write_text(text, encoding="utf-8")
    past = time.time() - age
    os.utime(path, (past, past))


def write_articles(folder: Path, count: int) -> list[Path]:
    """`count` old articles a0…, each with its own title and two sentences."""
    paths = [folder / f"a{number}.fr.md" for number in range(count)]
    for number, path in enumerate(paths):
        write_old(path, f"---\ntitle: Titre {number}\n---\nPhrase {number}.\nEt une autre.\n")
    return paths


def cached_articles(folder: Path, count: int) -> list[Path]:
    """`count` articles, read once through the document cache of `folder` (a warm cache)."""
    paths = write_articles(folder, count)
    with document_cache(folder) as cache:
        for path in paths:
            read_cached(cache, path, read_document)
    return paths


def counting_reader(calls: list[Path]) -> Callable[[Path], Document]:
    def parse(path: Path) -> Document:
        calls.append(path)
        return read_document(path)

    return parse


def test_unchanged_file_is_not_parsed_again_by_the_next_build(tmp_path: Path) -> None:
    article = tmp_path / "a.fr.md"
    write_old(article, "---\ntitle: Un\n---\nTexte.\n")
    calls: list[Path] = []
    with document_cache(tmp_path) as cache:
        first = read_cached(cache, article, counting_reader(calls))
    with document_cache(tmp_path) as cache:
        second = read_cached(cache, article, counting_reader(calls))
    assert calls == [article]
    assert second == first


def test_a_file_rewritten_with_the_same_size_and_mtime_is_parsed_again_while_racy(
    tmp_path: Path,
) -> None:
    article = tmp_path / "a.fr.md"
    article.write_text("---\ntitle: Un\n---\nTexte.\n", encoding="utf-8")
    stat = article.stat()
    with document_cache(tmp_path) as cache:
        read_cached(cache, article, read_document)
    article.write_text("---\ntitle: Du\n---\nTexte.\n", encoding="utf-8")
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    with document_cache(tmp_path) as cache:
        assert read_cached(cache, article, read_document).meta["title"] == "Du"


def test_memoised_values_follow_their_files(tmp_path: Path) -> None:
    article = tmp_path / "a.fr.md"
    write_old(article, "---\ntitle: Un\n---\nTexte.\n")
    computed: list[str] = []

    def title() -> str:
        computed.append("x")
        return read_cached(cache, article, read_document).meta["title"]

    for _ in range(2):
        with document_cache(tmp_path) as cache:
            read_cached(cache, article, read_document)
            assert memoized(cache, "title", (article,), title) == "Un"
    assert computed == ["x"]
    write_old(article, "---\ntitle: Deux\n---\nTexte.\n", age=30)
    with document_cache(tmp_path) as cache:
        read_cached(cache, article, read_document)
        assert memoized(cache, "title", (article,), title) == "Deux"


def test_a_damaged_document_row_only_costs_a_parse(tmp_path: Path) -> None:
    (article,) = cached_articles(tmp_path, 1)
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        assert connection.execute("UPDATE documents SET head = x'00', blocks = x'00'").rowcount
    calls: list[Path] = []
    with document_cache(tmp_path) as cache:
        cached = read_cached(cache, article, counting_reader(calls))
        assert (cached.meta["title"], cached.blocks) == ("Titre 0", read_document(article).blocks)
    assert calls == [article], "parsed again, once"


def test_a_rebuild_that_needs_no_text_reads_no_document(tmp_path: Path) -> None:
    article = tmp_path / "a.fr.md"
    write_old(article, "---\ntitle: Un\n---\nTexte.\n")
    with document_cache(tmp_path) as cache:
        expected = read_cached(cache, article, read_document)
        memoized(cache, "title", (article,), lambda: expected.meta["title"])
    with document_cache(tmp_path) as cache:
        cached = read_cached(cache, article, counting_reader([]))
        assert memoized(cache, "title", (article,), lambda: "recomputed") == "Un"
        assert {"meta", "blocks"}.isdisjoint(vars(cached)), "nothing but the index was read"
        assert cached.meta == expected.meta and cached.blocks == expected.blocks
        assert {"meta", "blocks"} <= set(vars(cached)), "the document is read on first use"


def test_a_cached_document_compares_and_pickles_as_a_plain_document(tmp_path: Path) -> None:
    article = tmp_path / "a.fr.md"
    write_old(article, "---\ntitle: Un\n---\nTexte.\n")
    parsed = read_document(article)
    with document_cache(tmp_path) as cache:
        read_cached(cache, article, read_document)
    with document_cache(tmp_path) as cache:
        cached = read_cached(cache, article, read_document)
    assert cached.file_sha256 == parsed.file_sha256 != "", "a field with a default loads too"
    assert cached == parsed and parsed == cached
    copy = pickle.loads(pickle.dumps(cached))
    assert type(copy) is Document
    assert copy == parsed


def test_a_deleted_file_leaves_the_cache_with_its_memos(tmp_path: Path) -> None:
    kept, deleted = tmp_path / "a.fr.md", tmp_path / "b.fr.md"
    for path in (kept, deleted):
        write_old(path, "---\ntitle: Un\n---\nTexte.\n")
    with document_cache(tmp_path) as cache:
        for path in (kept, deleted):
            read_cached(cache, path, read_document)
            memoized(cache, "title", (path,), lambda: "Un")
        memoized(cache, "title", (kept, deleted), lambda: "Un, Un")
    deleted.unlink()
    with document_cache(tmp_path) as cache:
        read_cached(cache, kept, read_document)
        memoized(cache, "title", (kept,), lambda: "recomputed")
    with document_cache(tmp_path) as cache:
        assert set(cache.index) == {str(kept)}
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        assert connection.execute("SELECT names FROM memos").fetchall() == [(str(kept),)]


def test_a_memo_is_not_trusted_for_a_file_this_build_did_not_read(tmp_path: Path) -> None:
    article = tmp_path / "a.fr.md"
    write_old(article, "---\ntitle: Un\n---\nTexte.\n")
    with document_cache(tmp_path) as cache:
        read_cached(cache, article, read_document)
        memoized(cache, "title", (article,), lambda: "Un")
    write_old(article, "---\ntitle: Deux\n---\nTexte.\n", age=30)
    with document_cache(tmp_path) as cache:  # the file changed, and nobody re-read it yet
        assert memoized(cache, "title", (article,), lambda: "computed") == "computed"


def test_a_cold_cache_is_parsed_on_every_core_with_the_same_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(doccache, "PARALLEL_PARSE", 2)
    paths = write_articles(tmp_path, 6)
    broken = tmp_path / "broken.fr.md"
    write_old(broken, "---\ntitle: [unclosed\n---\nTexte.\n")
    calls: list[Path] = []
    with document_cache(tmp_path) as cache:
        doccache.prefetch(cache, [*paths, broken], read_document)
        assert len(cache.fresh) == len(paths), "parsed by the workers; the broken file left"
        for path in paths:
            assert read_cached(cache, path, counting_reader(calls)) == read_document(path)
        with pytest.raises(FrontMatterError):
            read_cached(cache, broken, read_document)  # reported by the build, with its line
    assert calls == []


def test_missing_memos_are_computed_on_every_core_and_a_failing_one_reports_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(doccache, "PARALLEL_PARSE", 2)
    paths = write_articles(tmp_path, 5)

    def title(path: Path) -> str:
        if path.name == "a3.fr.md":
            raise FrontMatterError("no title for this one", path, 2)
        return f"{read_cached(cache, path, read_document).meta['title']} in pid {os.getpid()}"

    with document_cache(tmp_path) as cache:
        for path in paths:
            read_cached(cache, path, read_document)
        jobs = [("title", (path,), lambda path=path: title(path)) for path in paths]
        doccache.warm_memos(cache, jobs)
        assert len(cache.memos) == 4, "every memo but the failing one, computed by the workers"
        values = [memoized(cache, *job) for job in jobs if job[1][0].name != "a3.fr.md"]
        assert all(not value.endswith(f"pid {os.getpid()}") for value in values)
        with pytest.raises(FrontMatterError, match="no title"):
            memoized(cache, *jobs[3])  # run again here, so its error is raised where it is reported


def test_a_memo_of_a_file_modified_just_before_it_was_parsed_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "a.fr.md"
    write_old(article, "---\ntitle: Un\n---\nTexte.\n", age=1)  # racy: could change unseen
    computed: list[str] = []

    def title() -> str:
        computed.append("x")
        return "Un"

    with document_cache(tmp_path) as cache:
        read_cached(cache, article, read_document)
        later = time.time_ns() + 10_000_000_000  # the memo is computed long after the parse
        monkeypatch.setattr(doccache.time, "time_ns", lambda: later)
        memoized(cache, "title", (article,), title)
        monkeypatch.undo()
    with document_cache(tmp_path) as cache:
        read_cached(cache, article, read_document)
        memoized(cache, "title", (article,), title)
    assert computed == ["x", "x"]


def test_a_file_gone_since_the_folder_was_listed_is_a_clear_error(tmp_path: Path) -> None:
    with (
        document_cache(tmp_path) as cache,
        pytest.raises(FrontMatterError, match="cannot read file"),
    ):
        read_cached(cache, tmp_path / "gone.fr.md", read_document)


def test_a_block_pickles_every_field_it_has() -> None:
    block = Block("quote", ("Nous irons.", "Demain."), "Jeanne Martin")
    assert pickle.loads(pickle.dumps(block)) == block
    # Block pickles as a constructor call (fast to load): it must name every field.
    assert len(block.__reduce__()[1]) == len(dataclasses.fields(Block))


def test_a_memo_of_a_kind_a_build_replaced_is_forgotten(tmp_path: Path) -> None:
    article = tmp_path / "a.fr.md"
    write_old(article, "---\ntitle: Un\n---\nTexte.\n")
    for settings in ("old settings", "new settings"):  # config.yaml edited between builds
        with document_cache(tmp_path) as cache:
            read_cached(cache, article, read_document)
            memoized(cache, f"summary:{settings}", (article,), lambda: "a summary")
            memoized(cache, "provenance", (article,), lambda: "a seed")
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        kinds = sorted(kind for (kind,) in connection.execute("SELECT kind FROM memos"))
    assert kinds == ["provenance", "summary:new settings"]


def test_documents_stored_by_another_version_of_the_code_are_parsed_again(tmp_path: Path) -> None:
    (article,) = cached_articles(tmp_path, 1)
    with sqlite3.connect(tmp_path / DATABASE_NAME) as connection:
        connection.execute("UPDATE meta SET value = 'an older visavis' WHERE key = 'code'")
    calls: list[Path] = []
    for _ in range(2):
        with document_cache(tmp_path) as cache:
            assert read_cached(cache, article, counting_reader(calls)).meta["title"] == "Titre 0"
    assert calls == [article], "parsed again once, then kept for this version"


def test_forked_workers_read_stored_documents_through_their_own_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(doccache, "PARALLEL_PARSE", 2)
    paths = cached_articles(tmp_path, 4)

    def sentences(path: Path) -> tuple[int, tuple[str, ...]]:
        document = read_cached(cache, path, read_document)
        return os.getpid(), document.blocks[0].lines

    with document_cache(tmp_path) as cache:
        for path in paths:
            read_cached(cache, path, read_document)  # lazy: nothing read from the database
        jobs = [("sentences", (path,), lambda path=path: sentences(path)) for path in paths]
        doccache.warm_memos(cache, jobs)
        values = [memoized(cache, *job) for job in jobs]
    assert all(pid != os.getpid() for pid, _ in values), "computed by the workers"
    assert [lines for _, lines in values] == [read_document(p).blocks[0].lines for p in paths]
