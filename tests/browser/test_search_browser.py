"""Search in a real browser: both languages' Pagefind indexes, queried from the search page of
the edition built by the real pipeline and served under a sub-path.

What a query should find is read from the edition's own content files (the words of each
article's French and English), never written down here.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import threading
import unicodedata
from pathlib import Path
from urllib.parse import quote

import pytest

from visavis.frontmatter import read_document

from .conftest import SUB_PATH, SubPathHandler, serious_violations
from .edition import MEMORISED_SLUG, PENDING_SLUG

pytestmark = pytest.mark.browser

SEARCH = "search/"


def words(text: str) -> set[str]:
    """The lower-case words of a text."""
    return set(re.findall(r"\w+", text.lower()))


def plain(word: str) -> str:
    """A word without its accents (`légumes` → `legumes`)."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def article_words(content: Path, lang: str) -> dict[str, set[str]]:
    """slug → the words of its title and body in one language, from the content files."""
    found = {}
    for path in sorted(content.glob(f"*.{lang}.md")):
        document = read_document(path)
        lines = [str(document.meta.get("title") or "")]
        lines += [line for block in document.blocks for line in block.lines]
        found[document.slug] = words(" ".join(lines))
    return found


def containing(content: Path, lang: str, word: str) -> set[str]:
    """The slugs whose text in this language holds this word."""
    return {slug for slug, seen in article_words(content, lang).items() if word in seen}


def only_in(content: Path, lang: str, other: str, slug: str) -> str:
    """A word of this article's text in `lang` that no article's `other` text holds."""
    elsewhere = set().union(*article_words(content, other).values())
    mine = article_words(content, lang)[slug]
    candidates = sorted(w for w in mine if len(w) > 6 and w.isalpha() and w not in elsewhere)
    assert candidates, f"no word of {slug} only in {lang}"
    return candidates[0]


def search(page, site_url: str, query: str) -> dict[str, set[str]]:
    """Open the search page for a query; return slug → languages of its matches."""
    page.goto(site_url + SEARCH + "?q=" + quote(query))
    page.wait_for_function(
        "query => document.querySelector('[data-search]').dataset.searched === query", arg=query
    )
    return {
        re.search(r"articles/([^/]+)/", href).group(1): set(langs.split())
        for href, langs in page.eval_on_selector_all(
            ".search-result",
            "items => items.map(i => [i.querySelector('a').href, i.dataset.langs])",
        )
    }


def test_a_french_query_finds_the_article_through_its_french(site_url, open_page, edition):
    word = only_in(edition.content, "fr", "en", MEMORISED_SLUG)
    page = open_page(site_url + SEARCH)
    found = search(page, site_url, word)
    assert found == {slug: {"fr"} for slug in containing(edition.content, "fr", word)}
    assert MEMORISED_SLUG in found


def test_an_english_query_finds_the_article_through_its_english(site_url, open_page, edition):
    word = only_in(edition.content, "en", "fr", MEMORISED_SLUG)
    page = open_page(site_url + SEARCH)
    found = search(page, site_url, word)
    assert found == {slug: {"en"} for slug in containing(edition.content, "en", word)}
    assert MEMORISED_SLUG in found


def test_an_accented_word_is_found_with_and_without_its_accents(site_url, open_page, edition):
    french = article_words(edition.content, "fr")[MEMORISED_SLUG]
    accented = sorted(w for w in french if plain(w) != w and len(w) > 5)[0]
    page = open_page(site_url + SEARCH)
    with_accents = search(page, site_url, accented)
    without = search(page, site_url, plain(accented))
    assert MEMORISED_SLUG in with_accents
    assert with_accents.keys() == without.keys()


def test_a_word_only_in_french_is_not_found_through_the_english_index(site_url, open_page, edition):
    word = only_in(edition.content, "fr", "en", PENDING_SLUG)
    page = open_page(site_url + SEARCH)
    found = search(page, site_url, word)
    assert PENDING_SLUG in found
    assert all(langs == {"fr"} for langs in found.values())


def test_a_result_shows_both_titles_and_opens_the_bilingual_page_at_the_passage(
    site_url, open_page, edition
):
    source = read_document(edition.content / f"{MEMORISED_SLUG}.fr.md")
    target = read_document(edition.content / f"{MEMORISED_SLUG}.en.md")
    word = only_in(edition.content, "en", "fr", MEMORISED_SLUG)
    page = open_page(site_url + SEARCH)
    search(page, site_url, word)
    result = page.locator(".search-result", has=page.locator(f"a[href*='{MEMORISED_SLUG}']"))
    assert result.locator(".search-result-title").text_content() == source.meta["title"]
    assert result.locator(".search-result-target").text_content() == target.meta["title"]
    assert source.meta["publication"] in result.locator(".search-result-meta").text_content()
    assert word in result.locator(".search-result-excerpt mark").first.text_content().lower()
    result.locator("a").first.click()
    page.wait_for_url(re.compile(rf"/repo/articles/{MEMORISED_SLUG}/#r\d+$"))
    passage = page.url.rsplit("#", 1)[1]
    assert word in page.text_content(f"#{passage} .cell.tgt").lower()
    assert page.query_selector(".cell.src") is not None


def test_the_field_on_every_page_is_labelled_and_works_from_the_keyboard(site_url, open_page):
    word = "marché"
    page = open_page(site_url + "archive/")
    field = page.get_by_role("searchbox", name="Search the articles")
    assert field.is_visible()
    field.focus()
    page.keyboard.type(word)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/repo/search/\?q="))
    page.wait_for_function("() => document.querySelector('[data-search]').dataset.searched")
    assert page.input_value("#search-query") == word
    assert page.locator(".search-result").count() > 0
    assert page.errors == []


def test_without_javascript_the_field_gives_way_to_a_link_to_the_archive(site_url, open_page):
    page = open_page(site_url, java_script_enabled=False)
    assert not page.is_visible(".site-search")
    link = page.locator(".search-fallback")
    assert link.is_visible()
    link.click()
    page.wait_for_url(site_url + "archive/")


def test_opened_from_disk_the_search_page_says_it_needs_a_server(open_page, built_site):
    page = open_page((built_site / "search" / "index.html").as_uri() + "?q=march%C3%A9")
    status = page.locator(".search-status")
    assert "served over HTTP" in status.text_content()
    status.locator("a").click()
    page.wait_for_url(re.compile(r"/archive/index\.html$"))
    assert page.errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_accessibility_of_the_search_page_with_results(site_url, open_page, axe_source, scheme):
    page = open_page(site_url + SEARCH, 1280, color_scheme=scheme)
    search(page, site_url, "marché")
    assert serious_violations(page, axe_source) == []


def test_search_screenshots(site_url, open_page, artifacts: Path) -> None:
    for width in (1280, 390):
        page = open_page(site_url + SEARCH, width)
        search(page, site_url, "marché")
        target = artifacts / f"search-{width}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000


def test_a_site_built_without_search_says_so_and_links_to_the_archive(
    built_site, open_page, tmp_path
):
    copy = tmp_path / "public"
    shutil.copytree(built_site, copy, ignore=shutil.ignore_patterns("pagefind"))
    handler = functools.partial(SubPathHandler, directory=str(copy))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
        page = open_page(url + SEARCH + "?q=march%C3%A9")
        page.wait_for_function("() => document.querySelector('[data-search]').dataset.searched")
        status = page.locator(".search-status")
        assert "Search is not available" in status.text_content()
        assert page.locator(".search-result").count() == 0
        status.locator("a").click()
        page.wait_for_url(url + "archive/")
    finally:
        server.shutdown()
        server.server_close()
