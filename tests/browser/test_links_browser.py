"""Links that work anywhere, the archive, and a sentence's counterpart in one-language views,
in a real browser on the edition built by the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import serious_violations
from .edition import EDITED_SLUG, MEMORISED_SLUG, SEED_SLUG
from .test_site_browser import ARTICLE, MEMORISED

pytestmark = pytest.mark.browser

#: The stylesheet's paper colour (light scheme): the page has its styles.
PAPER = "rgb(251, 250, 246)"
NOTE = ".bitext .counterpart"


def background(page) -> str:
    """The body's computed background colour."""
    return page.evaluate("() => getComputedStyle(document.body).backgroundColor")


def open_from_disk(open_page, public: Path, **options):
    """The home page opened straight from disk (a file: URL)."""
    page = open_page((public / "index.html").as_uri(), 1280, **options)
    assert page.url.startswith("file://")
    return page


def follow(page, selector: str) -> None:
    """Click a link and wait for the page it opens to load."""
    with page.expect_navigation():
        page.click(selector)


def assert_bilingual_article(page, public: Path) -> None:
    """The page is an article's own page from disk, French beside English, styled."""
    assert page.url.startswith((public / "articles").as_uri()), page.url
    assert page.url.endswith("/index.html"), page.url
    assert background(page) == PAPER
    assert page.is_visible(".bitext .row .cell.src[lang='fr']")
    assert page.is_visible(".bitext .row .cell.tgt[lang='en']")


@pytest.mark.parametrize(
    ("folder", "javascript"),
    [("default", True), ("for-disk", True), ("for-disk", False)],
    ids=["default-build", "for-disk", "for-disk-no-js"],
)
def test_opened_from_disk_the_home_page_is_styled_and_its_links_open_articles(
    open_page, built_site, disk_site, folder, javascript
) -> None:
    public = built_site if folder == "default" else disk_site
    page = open_from_disk(open_page, public, java_script_enabled=javascript)
    assert background(page) == PAPER
    cards = page.eval_on_selector_all(".card-title a", "links => links.map(a => a.href)")
    assert cards and all(url.endswith("/index.html") for url in cards), cards
    follow(page, ".card-title a >> nth=0")
    assert_bilingual_article(page, public)
    follow(page, ".site-nav a:text('Archive')")
    assert page.url == (public / "archive" / "index.html").as_uri()
    follow(page, f".archive-title[href*='{MEMORISED_SLUG}']")
    assert_bilingual_article(page, public)
    follow(page, ".brand")
    assert page.url == (public / "index.html").as_uri()
    assert page.errors == []


def test_the_404_page_is_styled_and_links_home_at_any_depth(site_url, open_page) -> None:
    page = open_page(site_url + "sections/nothing/page/9/", 1280)
    assert "Page not found" in page.inner_text("h1")
    assert background(page) == PAPER
    follow(page, "text=Go to the latest articles")
    assert page.url == site_url
    assert page.is_visible(".card-title a")


def pick_view(page, view: str) -> None:
    """Choose the one-language view on an article's toolbar."""
    page.click(f".toolbar button[data-view='{view}']")
    assert page.get_attribute("html", "data-view") == view


def note_state(page) -> dict:
    """The counterpart note: shown or not, its language, text and who it describes."""
    return page.evaluate(
        """() => {
            const note = document.querySelector('.bitext .counterpart');
            const owner = document.querySelector('[aria-describedby="counterpart"]');
            return {shown: !note.hidden && note.offsetParent !== null, lang: note.lang,
                    text: note.querySelector('.counterpart-text').textContent,
                    label: note.querySelector('.counterpart-label').textContent,
                    owner: owner ? owner.dataset.s || owner.className : null};
        }"""
    )


def sentence_text(page, side: str, ident: str) -> str:
    """A sentence's text in one column (hidden or not)."""
    return page.text_content(f".cell.{side} .s[data-s='{ident}']")


def test_one_language_view_shows_a_sentence_counterpart_on_tap(site_url, open_page) -> None:
    page = open_page(site_url + MEMORISED, 1280)
    pick_view(page, "source")
    sentence = ".cell.src .s[data-s='r1-1']"
    page.click(sentence)
    state = note_state(page)
    assert state == {
        "shown": True,
        "lang": "en",
        "text": sentence_text(page, "tgt", "r1-1"),
        "label": "English",
        "owner": "r1-1",
    }
    assert state["text"] == "Residents come early to buy vegetables."
    assert not page.is_visible("#r1 .cell.tgt")  # still the French-only view
    assert page.get_attribute("html", "data-view") == "source"
    box = page.locator(sentence).bounding_box()
    note = page.locator(NOTE).bounding_box()
    assert 0 <= note["y"] - (box["y"] + box["height"]) < 20  # just below the sentence
    assert box["x"] - 1 <= note["x"] <= box["x"] + box["width"]
    page.click(sentence)  # the same sentence again: dismissed
    assert note_state(page)["shown"] is False
    page.click(".cell.src .s[data-s='r2-0']")
    assert note_state(page)["text"] == sentence_text(page, "tgt", "r2-0")
    page.click(".cell.src .s[data-s='r3-1']")  # another sentence: its own counterpart
    assert note_state(page)["owner"] == "r3-1"
    page.click("h1")  # a tap elsewhere dismisses it
    assert note_state(page)["shown"] is False
    assert page.errors == []


def test_counterpart_on_a_phone_tap(site_url, open_page) -> None:
    page = open_page(site_url + MEMORISED, 390, has_touch=True, is_mobile=True)
    pick_view(page, "target")
    page.tap(".cell.tgt .s[data-s='r3-0']")
    state = note_state(page)
    assert state["shown"] and state["lang"] == "fr" and state["label"] == "Français"
    assert state["text"] == "Marie Dupont ouvre sa boulangerie."
    note = page.locator(NOTE).bounding_box()
    assert note["x"] >= 0 and note["x"] + note["width"] <= 390
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    page.tap(".cell.tgt .s[data-s='r3-0']")
    assert note_state(page)["shown"] is False


def test_one_language_view_shows_a_sentence_counterpart_on_keyboard_focus(
    site_url, open_page
) -> None:
    page = open_page(site_url + ARTICLE, 1280)
    pick_view(page, "target")
    page.keyboard.press("Tab")  # from the toolbar into the text: its first sentence
    focused = page.evaluate("() => document.activeElement.closest('.cell.tgt') !== null")
    assert focused
    first = page.evaluate("() => document.activeElement.dataset.s")
    state = note_state(page)
    assert state["shown"] and state["lang"] == "fr" and state["owner"] == first
    assert state["text"] == sentence_text(page, "src", first)
    page.keyboard.press("ArrowDown")
    following = page.evaluate("() => document.activeElement.dataset.s")
    assert following != first
    assert note_state(page)["text"] == sentence_text(page, "src", following)
    page.keyboard.press("Escape")
    assert note_state(page)["shown"] is False
    assert page.evaluate("() => document.activeElement.dataset.s") == following
    assert page.evaluate("() => document.activeElement.hasAttribute('aria-describedby')") is False
    page.keyboard.press("ArrowUp")
    assert note_state(page)["shown"] and note_state(page)["owner"] == first
    page.keyboard.press("Shift+Tab")  # focus leaves the text: the note goes
    assert note_state(page)["shown"] is False


def test_both_columns_view_needs_no_note(site_url, open_page) -> None:
    page = open_page(site_url + ARTICLE, 1280)
    page.click(".cell.src .s[data-s='r1-0']")
    page.focus(".cell.src .s[data-s='r1-0']")
    assert note_state(page)["shown"] is False


def test_a_hand_edited_paragraph_shows_its_counterpart_block(site_url, open_page) -> None:
    page = open_page(site_url + f"articles/{EDITED_SLUG}/", 1280)
    pick_view(page, "source")
    page.click("#r2 .cell.src")
    state = note_state(page)
    assert state["shown"] and state["lang"] == "en"
    assert state["text"].startswith("Some vendors fear higher rents, while others hope")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_accessibility_with_a_counterpart_shown(site_url, open_page, axe_source, scheme) -> None:
    page = open_page(site_url + f"articles/{SEED_SLUG}/", 1280, color_scheme=scheme)
    pick_view(page, "source")
    page.focus(".cell.src .s[data-s='r1-1']")
    assert note_state(page)["shown"]
    assert serious_violations(page, axe_source) == []


def test_link_screenshots(site_url, open_page, artifacts: Path) -> None:
    """Pictures of the archive and of a counterpart note, for a person to look at."""
    page = open_page(site_url + "archive/", 1280)
    page.screenshot(path=str(artifacts / "archive-1280.png"), full_page=True)
    for width, view, ident in ((1280, "source", "r3-1"), (390, "target", "r3-0")):
        page = open_page(site_url + MEMORISED, width)
        pick_view(page, view)
        side = "src" if view == "source" else "tgt"
        page.click(f".cell.{side} .s[data-s='{ident}']")
        assert note_state(page)["shown"]
        target = artifacts / f"counterpart-{view}-{width}.png"
        page.screenshot(path=str(target))
        assert target.stat().st_size > 10_000
