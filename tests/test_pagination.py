"""Stable pagination: a listing's first page shows its newest articles, and its archive pages
(`page/N/`) are numbered from the oldest, so that adding an article leaves the full ones as
they are."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, project_config, stage_summary, write_tree
from test_incremental import article, edition_files, rewritten, run, snapshot
from test_relative_links import page_for

from visavis.pagination import split_listing

#: Every listing page's address in the output folder.
LISTING = re.compile(r"^(?:(?:publications|sections)/[^/]+/)?(?:page/\d+/)?index\.html$")


@pytest.fixture
def edition(project: Path) -> Path:
    """Eight articles (a1 the oldest, a8 the newest, one a day), three per listing page:
    Le Temps has the even days, Libération the odd ones; Culture has days 2, 5 and 8."""
    shutil.copytree(REPO / "layouts", project / "layouts")
    write_tree(project, {"config.yaml": project_config(layouts_dir="layouts", per_page=3)})
    write_tree(project, edition_files())
    assert run(project, "render") == 0
    return project


def listed(site: Path, relative: str) -> list[str]:
    """The French titles of the cards on one listing page, top to bottom."""
    html = (site / "public" / relative).read_text(encoding="utf-8")
    return re.findall(r'<h2 class="card-title"><a href="[^"]*">([^<]*)</a>', html)


def titles(*days: int) -> list[str]:
    """The titles of the articles of these days."""
    return [f"Article {day}" for day in days]


def pagination_link(site: Path, relative: str, rel: str) -> Path | None:
    """The page a listing page's "newer" (`prev`) or "older" (`next`) link leads to."""
    html = (site / "public" / relative).read_text(encoding="utf-8")
    found = re.findall(rf'<a href="([^"]*)" rel="{rel}">', html)
    return page_for(site / "public", relative, found[0]) if found else None


def listing_pages(site: Path) -> set[str]:
    """Every listing page of the output folder."""
    public = site / "public"
    return {
        path.relative_to(public).as_posix()
        for path in public.rglob("index.html")
        if LISTING.match(path.relative_to(public).as_posix())
    }


def test_a_listing_is_cut_from_the_oldest_item_and_shows_each_page_newest_first() -> None:
    pages = split_listing([7, 6, 5, 4, 3, 2, 1], 3)
    assert [(address, items) for address, items, _ in pages] == [
        ("", [7, 6, 5]),
        ("page/1/", [3, 2, 1]),
        ("page/2/", [6, 5, 4]),
        ("page/3/", [7]),
    ]
    first, oldest, middle, newest = (navigation for _, _, navigation in pages)
    assert first == {
        "number": None,
        "first": 5,
        "last": 7,
        "count": 7,
        "older_url": "page/2/",  # the page holding article 4, the newest not shown
        "newer_url": None,
    }
    assert (oldest["first"], oldest["last"], oldest["older_url"], oldest["newer_url"]) == (
        1,
        3,
        None,
        "page/2/",
    )
    assert (middle["older_url"], middle["newer_url"]) == ("page/1/", "page/3/")
    assert (newest["first"], newest["last"], newest["newer_url"]) == (7, 7, "")
    assert newest["count"] is None, "a total on archive pages would change as pages are added"


def test_a_listing_that_fits_on_one_page_has_no_archive_pages() -> None:
    assert split_listing([3, 2, 1], 3) == [
        (
            "",
            [3, 2, 1],
            {
                "number": None,
                "first": 1,
                "last": 3,
                "count": 3,
                "older_url": None,
                "newer_url": None,
            },
        )
    ]
    assert split_listing([], 3)[0][2] == {
        "number": None,
        "first": 0,
        "last": 0,
        "count": 0,
        "older_url": None,
        "newer_url": None,
    }


def test_the_home_page_shows_the_newest_and_archive_pages_count_from_the_oldest(
    edition: Path,
) -> None:
    assert listed(edition, "index.html") == titles(8, 7, 6)
    assert listed(edition, "page/1/index.html") == titles(3, 2, 1)
    assert listed(edition, "page/2/index.html") == titles(6, 5, 4)
    assert listed(edition, "page/3/index.html") == titles(8, 7)
    assert not (edition / "public/page/4").exists()
    assert listed(edition, "publications/le-temps/index.html") == titles(8, 6, 4)
    assert listed(edition, "publications/le-temps/page/1/index.html") == titles(6, 4, 2)
    assert listed(edition, "publications/le-temps/page/2/index.html") == titles(8)
    assert listed(edition, "sections/culture/index.html") == titles(8, 5, 2)
    assert not (edition / "public/sections/culture/page").exists(), "it fits on its first page"


def test_older_and_newer_links_walk_the_whole_listing(edition: Path) -> None:
    public = edition / "public"
    assert pagination_link(edition, "index.html", "prev") is None
    # The home page's "older" link leads to the page holding a5, the newest it does not show.
    assert pagination_link(edition, "index.html", "next") == public / "page/2/index.html"
    assert pagination_link(edition, "page/2/index.html", "next") == public / "page/1/index.html"
    assert pagination_link(edition, "page/1/index.html", "next") is None
    assert pagination_link(edition, "page/1/index.html", "prev") == public / "page/2/index.html"
    assert pagination_link(edition, "page/3/index.html", "prev") == public / "index.html"
    listing = "publications/le-temps/page/2/index.html"
    assert pagination_link(edition, listing, "prev") == public / "publications/le-temps/index.html"
    culture = (public / "sections/culture/index.html").read_text(encoding="utf-8")
    assert 'class="pagination"' not in culture, "a listing on one page has no page links"


def test_page_labels_count_from_the_oldest_article(edition: Path) -> None:
    home = (edition / "public/index.html").read_text(encoding="utf-8")
    assert "<span>Articles 6–8 of 8</span>" in home
    archive = (edition / "public/page/2/index.html").read_text(encoding="utf-8")
    assert "<title>Articles 4–6 · Test edition</title>" in archive
    assert "Articles 4 to 6, counted from the oldest" in archive
    assert "<span>Articles 4–6</span>" in archive
    listing = (edition / "public/publications/le-temps/page/1/index.html").read_text("utf-8")
    assert "<title>Le Temps (articles 1–3) · Test edition</title>" in listing


def test_the_sitemap_lists_every_archive_page(edition: Path) -> None:
    sitemap = (edition / "public/sitemap.xml").read_text(encoding="utf-8")
    for number in (1, 2, 3):
        assert f"<loc>/page/{number}/</loc>" in sitemap
    assert "<loc>/publications/le-temps/page/2/</loc>" in sitemap


def test_adding_the_newest_article_rewrites_only_the_newest_listing_pages(
    edition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(edition / "public")
    write_tree(edition, {"content/a9.fr.md": article("Article 9", 9, "Libération", "Technologie")})
    capsys.readouterr()
    assert run(edition, "render") == 0
    changed = rewritten(before, snapshot(edition / "public"))
    assert changed & listing_pages(edition) == {
        "index.html",
        "page/3/index.html",  # a7, a8 and now a9
        "publications/liberation/index.html",
        "publications/liberation/page/2/index.html",  # a7 and now a9
        "sections/technologie/index.html",  # a3, a6 and now a9: still one page
    }
    assert listed(edition, "page/3/index.html") == titles(9, 8, 7)
    assert changed - listing_pages(edition) == {
        "articles/a9/index.html",
        "articles/a8/index.html",  # its "newer" link
        "archive/index.html",
        "feed.xml",
        "sitemap.xml",
        ".visavis-files.json",
    }
    assert stage_summary(capsys.readouterr().err, "render")["pages written"] == len(changed) - 1


def test_a_new_archive_page_gives_the_one_before_it_a_newer_link(edition: Path) -> None:
    write_tree(edition, {"content/a9.fr.md": article("Article 9", 9, "Le Temps", "Culture")})
    assert run(edition, "render") == 0
    before = snapshot(edition / "public")
    write_tree(edition, {"content/a10.fr.md": article("Article 10", 10, "Le Temps", "Culture")})
    assert run(edition, "render") == 0
    changed = rewritten(before, snapshot(edition / "public")) & listing_pages(edition)
    assert {page for page in changed if page.startswith("page/")} == {
        "page/3/index.html",  # its "newer" link now leads to page 4
        "page/4/index.html",
    }
    assert listed(edition, "page/4/index.html") == titles(10)
    public = edition / "public"
    assert pagination_link(edition, "page/3/index.html", "prev") == public / "page/4/index.html"


def test_an_article_dated_in_the_past_shifts_only_the_pages_newer_than_its_place(
    edition: Path,
) -> None:
    before = snapshot(edition / "public")
    # Dated like a5: ties go by slug, `new` after `a5` newest first, so just before it.
    write_tree(edition, {"content/new.fr.md": article("Nouveau", 5, "Le Temps", "Culture")})
    assert run(edition, "render") == 0
    changed = rewritten(before, snapshot(edition / "public"))
    assert "page/1/index.html" not in changed
    assert {"page/2/index.html", "page/3/index.html"} <= changed
    assert listed(edition, "page/2/index.html") == ["Article 5", "Nouveau", "Article 4"]
    assert listed(edition, "page/3/index.html") == titles(8, 7, 6)


def test_no_archive_address_disappears_as_articles_are_added(project: Path) -> None:
    write_tree(project, {"config.yaml": project_config(per_page=2)})
    seen: set[str] = set()
    for day in range(1, 8):
        write_tree(project, {f"content/a{day}.fr.md": article(f"Article {day}", day, "A", "B")})
        assert run(project, "render") == 0
        pages = listing_pages(project)
        assert seen <= pages, f"day {day}: {sorted(seen - pages)} disappeared"
        seen = pages
    assert {page for page in seen if page.startswith("page/")} == {
        f"page/{number}/index.html" for number in (1, 2, 3, 4)
    }
