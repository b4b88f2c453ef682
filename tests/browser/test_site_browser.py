"""The reading experience in a real browser: layout, sentence pairs, views, accessibility."""

from __future__ import annotations

import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import TINY

from visavis.frontmatter import read_document

from .conftest import serious_violations, validate_html
from .edition import EDITED_SLUG, MEMORISED_SLUG, PENDING_SLUG, SEED_SLUG

pytestmark = pytest.mark.browser

ARTICLE = f"articles/{SEED_SLUG}/"
MEMORISED = f"articles/{MEMORISED_SLUG}/"
EDITED = f"articles/{EDITED_SLUG}/"
PENDING = f"articles/{PENDING_SLUG}/"


def cell_boxes(page) -> list[tuple[dict, dict]]:
    """Bounding boxes of the (source, target) cells of every two-sided row."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.bitext .row')]
            .filter(row => row.querySelector('.cell.src') && row.querySelector('.cell.tgt'))
            .map(row => ['.cell.src', '.cell.tgt'].map(sel => {
                const r = row.querySelector(sel).getBoundingClientRect();
                return {x: r.x, y: r.y, width: r.width, height: r.height};
            }))"""
    )


def lit(page, side: str) -> list[str]:
    """data-s values of the highlighted sentences in one column ('src' or 'tgt')."""
    return page.eval_on_selector_all(
        f".cell.{side} .s.is-lit", "elements => elements.map(e => e.dataset.s)"
    )


def sentence_pairs(page) -> dict[str, tuple[str, str]]:
    """Every paired sentence of the page: data-s -> (source text, target text)."""
    return page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('.cell.src .s[data-s]')]
            .map(s => [s.dataset.s, [s.textContent,
                document.querySelector(`.cell.tgt .s[data-s="${s.dataset.s}"]`).textContent]]))"""
    )


def test_columns_side_by_side_and_rows_aligned_at_1280(site_url, open_page, edition) -> None:
    source = read_document(edition.content / f"{SEED_SLUG}.fr.md")
    page = open_page(site_url + ARTICLE, 1280)
    boxes = cell_boxes(page)
    assert len(boxes) == len(source.blocks)
    for source, target in boxes:
        assert abs(source["y"] - target["y"]) < 1
        assert source["x"] + source["width"] <= target["x"]
        assert source["width"] > 400 and target["width"] > 400


def test_blocks_stack_without_horizontal_scroll_at_390(site_url, open_page) -> None:
    page = open_page(site_url, 390)
    for path in ("", ARTICLE, MEMORISED, EDITED, PENDING, "about/", "archive/", "404.html"):
        page.goto(site_url + path)
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, path
    page.goto(site_url + ARTICLE)
    for source, target in cell_boxes(page):
        assert target["y"] >= source["y"] + source["height"] - 1
        assert abs(source["x"] - target["x"]) < 20
    assert page.is_visible(".toolbar button[data-view='target']")


def test_hovering_a_sentence_lights_exactly_its_counterpart(site_url, open_page) -> None:
    page = open_page(site_url + ARTICLE, 1280)
    page.hover(".cell.src .s[data-s='r1-1']")
    assert lit(page, "tgt") == ["r1-1"]
    assert lit(page, "src") == ["r1-1"]
    page.hover(".cell.tgt .s[data-s='r7-0']")
    assert lit(page, "src") == ["r7-0"]
    assert lit(page, "tgt") == ["r7-0"]
    page = open_page(site_url + MEMORISED, 1280)
    page.hover(".cell.tgt .s[data-s='r6-2']")
    assert lit(page, "src") == ["r6-2"]
    french = page.inner_text(".cell.src .s.is-lit")
    assert french == "Le projet coûtera deux millions d’euros."
    assert page.inner_text(".cell.tgt .s.is-lit") == TINY[french]


def test_memorised_article_pairs_every_sentence_with_its_translation(site_url, open_page) -> None:
    page = open_page(site_url + MEMORISED, 1280)
    pairs = sentence_pairs(page)
    assert len(pairs) == 19
    for ident, (french, english) in pairs.items():
        # The pull quote (row 4) keeps its guillemets; its English is the body sentence's.
        assert TINY[french.strip("«»")] == english, ident


def test_pull_quote_marks_the_body_sentence_it_repeats(site_url, open_page) -> None:
    page = open_page(site_url + MEMORISED, 1280)
    echoed = ".s.is-echo", "elements => elements.map(e => e.dataset.s)"
    page.hover(".cell.src .pullquote .s")
    assert lit(page, "src") == lit(page, "tgt") == ["r4-0"]
    assert page.eval_on_selector_all(*echoed) == ["r6-3", "r6-3"]
    page.hover(".cell.tgt .s[data-s='r6-3']")
    assert lit(page, "src") == lit(page, "tgt") == ["r6-3"]
    assert page.eval_on_selector_all(*echoed) == ["r4-0", "r4-0"]
    page.hover(".cell.tgt .s[data-s='r6-2']")
    assert page.eval_on_selector_all(*echoed) == []


def test_focus_and_keyboard_move_between_sentence_pairs(site_url, open_page) -> None:
    page = open_page(site_url + ARTICLE, 1280)
    page.focus(".cell.src .s[data-s='r1-0']")
    assert lit(page, "tgt") == ["r1-0"]
    page.keyboard.press("ArrowDown")
    assert lit(page, "tgt") == ["r1-1"]


def test_edited_translation_falls_back_to_the_block(site_url, open_page) -> None:
    page = open_page(site_url + EDITED, 1280)
    page.hover("#r2 .cell.src")
    assert page.eval_on_selector_all("#r2 .cell.is-lit", "cells => cells.length") == 2
    page.hover(".cell.src .s[data-s='r1-0']")
    assert lit(page, "tgt") == ["r1-0"]
    assert (
        page.inner_text(".cell.tgt .s.is-lit") == "The town hall is preparing a new covered market."
    )
    assert "May be outdated" in page.inner_text(".disclosure")
    assert page.inner_text(".pair-titles .cell.tgt .title") == "A new hall for the market"


def test_view_toggle_hides_columns_and_persists(site_url, open_page) -> None:
    page = open_page(site_url + ARTICLE, 1280)
    page.click(".toolbar button[data-view='source']")
    assert not page.is_visible("#r1 .cell.tgt")
    assert page.is_visible("#r1 .cell.src")
    page.reload()
    assert not page.is_visible("#r1 .cell.tgt")
    assert page.get_attribute(".toolbar button[data-view='source']", "aria-pressed") == "true"
    page.goto(site_url + EDITED)
    assert not page.is_visible("#r1 .cell.tgt")
    page.click(".toolbar button[data-view='target']")
    assert not page.is_visible("#r1 .cell.src") and page.is_visible("#r1 .cell.tgt")
    page.click(".toolbar button[data-view='both']")
    page.click(".toolbar button[data-swap]")
    page.reload()
    source, target = cell_boxes(page)[0]
    assert target["x"] < source["x"]
    assert abs(source["y"] - target["y"]) < 1


def test_without_javascript_both_columns_show(site_url, open_page) -> None:
    page = open_page(site_url + ARTICLE, 1280, java_script_enabled=False)
    assert page.is_visible("#r1 .cell.src") and page.is_visible("#r1 .cell.tgt")
    assert not page.is_visible(".toolbar")


def test_pending_translation_is_said(site_url, open_page) -> None:
    page = open_page(site_url + PENDING, 1280)
    assert "Translation pending" in page.text_content(".disclosure")
    assert page.query_selector(".cell.tgt") is None


def test_no_console_errors(site_url, open_page) -> None:
    page = open_page(site_url, 1280)
    for path in (
        "",
        "page/2/",
        ARTICLE,
        MEMORISED,
        EDITED,
        PENDING,
        "about/",
        "archive/",
        "search/",
        "404.html",
    ):
        page.goto(site_url + path)
        page.hover(".s[data-s]") if page.query_selector(".s[data-s]") else None
        assert page.errors == [], path


@pytest.mark.parametrize("path", ["", ARTICLE, MEMORISED, EDITED, "archive/", "search/"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_accessibility_scan(site_url, open_page, axe_source, path, scheme) -> None:
    page = open_page(site_url + path, 1280, color_scheme=scheme)
    assert serious_violations(page, axe_source) == []


def test_html_validates(built_site: Path, java: str) -> None:
    """Every HTML page passes the Nu checker (its CSS checker does not understand var())."""
    validate_html(built_site)


class LinkParser(HTMLParser):
    """Collects href and src attributes, and forms' actions."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record the URL attributes of a tag."""
        for name, value in attrs:
            if name in ("href", "src", "action") and value:
                self.links.append(value)


def test_every_internal_link_and_asset_resolves_under_the_sub_path(site_url, built_site) -> None:
    origin = urlsplit(site_url)
    seen: set[str] = set()
    queue = [site_url]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                body = response.read()
                kind = response.headers.get_content_type()
        except urllib.error.HTTPError as error:
            pytest.fail(f"{url}: HTTP {error.code}")
        if kind != "text/html":
            continue
        parser = LinkParser()
        parser.feed(body.decode("utf-8"))
        for link in parser.links:
            target = urljoin(url, link).split("#")[0]
            if urlsplit(target).netloc == origin.netloc:
                assert urlsplit(target).path.startswith("/repo/"), (url, link)
                queue.append(target)
    pages = {
        site_url + str(p.parent.relative_to(built_site)) + "/"
        for p in built_site.rglob("index.html")
    }
    assert {url.replace("/repo/./", "/repo/") for url in pages} <= seen
    assert any(url.endswith("static/style.css") for url in seen)
    assert any(url.endswith("feed.xml") for url in seen)


def test_screenshots(site_url, open_page, artifacts: Path) -> None:
    for width in (1280, 390):
        page = open_page(site_url, width)
        for path, name in ((ARTICLE, "article"), (MEMORISED, "memorised"), ("", "home")):
            page.goto(site_url + path)
            if name != "home":
                page.hover(".cell.src .s[data-s='r1-1']")
            target = artifacts / f"{name}-{width}.png"
            page.screenshot(path=str(target), full_page=True)
            assert target.stat().st_size > 10_000
    page = open_page(site_url + ARTICLE, 1280, color_scheme="dark")
    page.screenshot(path=str(artifacts / "article-1280-dark.png"))
    page = open_page(site_url + MEMORISED, 1280)
    page.emulate_media(media="print")
    page.screenshot(path=str(artifacts / "memorised-print.png"), full_page=True)


def test_readme_screenshot(site_url, open_page, artifacts: Path) -> None:
    """The README's picture: the memorised article (real English) with a sentence pair lit.

    Copy test-artifacts/screenshot-article.png to docs/ to update the README.
    """
    page = open_page(site_url + MEMORISED, 1280)
    page.hover(".cell.src .s[data-s='r3-1']")
    assert lit(page, "tgt") == ["r3-1"]
    bottom = page.evaluate("() => document.querySelector('.bitext').getBoundingClientRect().bottom")
    clip = {"x": 0, "y": 0, "width": 1280, "height": min(1400, round(bottom + 40))}
    target = artifacts / "screenshot-article.png"
    page.screenshot(path=str(target), full_page=True, clip=clip)
    assert target.stat().st_size > 10_000
