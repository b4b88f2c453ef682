"""What a build holds in memory: the edition packed, a few documents unpacked, no rendered page
kept once written (a 5,000-article build peaks at a third of what it did: docs/benchmarks.md)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from test_doccache import cached_articles, write_articles
from test_render import article_files, load_pairs, make_project

from visavis import doccache
from visavis.config import load_config
from visavis.doccache import document_cache, read_cached
from visavis.frontmatter import read_document
from visavis.layouts import make_environment
from visavis.lazydoc import pack, unpack_part
from visavis.links import allowed_roots
from visavis.model import Block, Document
from visavis.pages import Page, plan_site
from visavis.render import discard, render_pages


def test_a_packed_document_unpacks_to_every_field_but_its_path_and_raw_body() -> None:
    document = Document(
        meta={"title": "Un", "date": "2024-03-26", "translation": {"reviewed": True}},
        blocks=(
            Block("paragraph", ("Il pleut.", "Il vente.")),
            Block("quote", ("Nous irons.",), "Jeanne Martin"),
        ),
        path=Path("a.fr.md"),
        body="Il pleut.\nIl vente.\n",
        meta_lines={"title": 2, "date": 3},
        file_sha256="ab" * 32,
    )
    packed = pack(document)
    fields = {**unpack_part(packed[0], 0), **unpack_part(packed[1], 1)}
    assert fields == {
        "meta": document.meta,
        "meta_lines": document.meta_lines,
        "file_sha256": document.file_sha256,
        "body": "",
        "blocks": document.blocks,
    }
    assert sum(map(len, packed)) < len(repr(document)), "packed smaller than its own text"


def test_a_cold_cache_keeps_what_the_workers_parsed_packed_until_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(doccache, "PARALLEL_PARSE", 2)
    paths = write_articles(tmp_path, 4)
    with document_cache(tmp_path) as cache:
        doccache.prefetch(cache, paths, read_document)
        assert all(document is None for _, document, _ in cache.fresh.values()), "all packed"
        for path in paths:
            cached, parsed = read_cached(cache, path, read_document), read_document(path)
            assert cached == parsed
            assert (cached.meta_lines, cached.file_sha256) == (
                parsed.meta_lines,
                parsed.file_sha256,
            )


def test_reading_the_front_matter_leaves_the_body_packed(tmp_path: Path) -> None:
    (path,) = cached_articles(tmp_path, 1)
    with document_cache(tmp_path) as cache:
        cached = read_cached(cache, path, read_document)
        assert cached.meta["title"] == "Titre 0"
        assert "blocks" not in vars(cached)
        assert cached.blocks == read_document(path).blocks


def test_a_process_keeps_only_a_few_documents_unpacked_and_unpacks_again_on_demand(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = cached_articles(tmp_path, 5)
    monkeypatch.setattr(doccache, "LOADED_LIMIT", 2)
    with document_cache(tmp_path) as cache:
        documents = [read_cached(cache, path, read_document) for path in paths]
        texts = [document.blocks for document in documents]
        unpacked = [document for document in documents if "blocks" in vars(document)]
        assert unpacked == documents[-2:], "the two read last"
        assert documents[0].blocks == texts[0] == read_document(paths[0]).blocks


def test_a_rendered_page_is_not_kept_rendered_by_the_plan(tmp_path: Path) -> None:
    root = make_project(tmp_path / "site", **article_files("un"))
    config = load_config(root / "config.yaml")
    layouts = config.folder("layouts_dir")
    plan = plan_site(config.values, load_pairs(root))
    article = next(page for page in plan.pages if page.template == "article.html")
    made: list[str] = []

    def context() -> dict:
        made.append(article.path)
        return copy.copy(article).context  # made afresh from the planned page

    page = Page(article.path, article.template, context, article.fingerprint)
    environment = make_environment(layouts, tmp_path / "jinja", allowed_roots(root, layouts))
    for _ in range(2):
        staged = render_pages(environment, [page], layouts, tmp_path / "public")
        assert staged[0][0] is not None
        discard(staged)
    assert made == [article.path] * 2, "each render made its own context, and let it go"


def test_reading_every_documents_head_then_every_body_loses_no_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = cached_articles(tmp_path, 3)
    monkeypatch.setattr(doccache, "LOADED_LIMIT", 3)
    with document_cache(tmp_path) as cache:
        documents = [read_cached(cache, path, read_document) for path in paths]
        titles = [document.meta["title"] for document in documents]
        bodies = [document.blocks for document in documents]
        assert titles == ["Titre 0", "Titre 1", "Titre 2"]
        assert bodies == [read_document(path).blocks for path in paths]
        whole = [doc for doc in documents if {"meta", "blocks"} <= set(vars(doc))]
        assert whole == documents, "a document unpacked whole counts once against the limit"
