"""The cache of parsed content files: reused while a file is unchanged, never trusted blindly."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from visavis.doccache import CACHE_NAME, document_cache, memoized, read_cached
from visavis.frontmatter import read_document
from visavis.model import Document


def write_old(path: Path, text: str, age: float = 60) -> None:
    """Write a file whose mtime lies `age` seconds in the past."""
    path.write_text(text, encoding="utf-8")
    past = time.time() - age
    os.utime(path, (past, past))


def counting_reader(calls: list[Path]) -> Callable[[Path], Document]:
    def parse(path: Path) -> Document:
        calls.append(path)
        return read_document(path)

    return parse


def test_unchanged_file_is_not_parsed_again_by_the_next_build(tmp_path: Path) -> None:
    article = tmp_path / "a.fr.md"
    write_old(article, "---\ntitle: Un\n---\nTexte.\n")
    calls: list[Path] = []
    with document_cache(tmp_path):
        first = read_cached(article, counting_reader(calls))
    with document_cache(tmp_path):
        second = read_cached(article, counting_reader(calls))
    assert calls == [article]
    assert second == first


def test_a_file_rewritten_with_the_same_size_and_mtime_is_parsed_again_while_racy(
    tmp_path: Path,
) -> None:
    article = tmp_path / "a.fr.md"
    article.write_text("---\ntitle: Un\n---\nTexte.\n", encoding="utf-8")
    stat = article.stat()
    with document_cache(tmp_path):
        read_cached(article, read_document)
    article.write_text("---\ntitle: Du\n---\nTexte.\n", encoding="utf-8")
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    with document_cache(tmp_path):
        assert read_cached(article, read_document).meta["title"] == "Du"


def test_memoised_values_follow_their_files(tmp_path: Path) -> None:
    article = tmp_path / "a.fr.md"
    write_old(article, "---\ntitle: Un\n---\nTexte.\n")
    computed: list[str] = []

    def title() -> str:
        computed.append("x")
        return read_cached(article, read_document).meta["title"]

    for _ in range(2):
        with document_cache(tmp_path):
            read_cached(article, read_document)
            assert memoized("title", (article,), title) == "Un"
    assert computed == ["x"]
    write_old(article, "---\ntitle: Deux\n---\nTexte.\n", age=30)
    with document_cache(tmp_path):
        read_cached(article, read_document)
        assert memoized("title", (article,), title) == "Deux"


def test_a_damaged_cache_only_costs_a_parse(tmp_path: Path) -> None:
    article = tmp_path / "a.fr.md"
    write_old(article, "---\ntitle: Un\n---\nTexte.\n")
    with document_cache(tmp_path):
        read_cached(article, read_document)
    shards = sorted((tmp_path / CACHE_NAME).glob("*.pickle"))
    assert shards
    for shard in shards:
        shard.write_bytes(b"\x80\x04garbage")
    with document_cache(tmp_path):
        assert read_cached(article, read_document).meta["title"] == "Un"
