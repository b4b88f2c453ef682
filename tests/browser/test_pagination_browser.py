"""A paginated listing in a real browser: its first page and archive pages are accessible and
valid, and a reader walks from the newest article to the oldest by the "Older" links."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import project_config, write_tree
from test_incremental import edition_files, run

from .conftest import SUB_PATH, SubPathHandler, serious_violations, validate_html

pytestmark = pytest.mark.browser

#: Pages of the edition below: the home page, its oldest and newest archive pages, and an
#: archive page of a publication.
PAGES = ["", "page/1/", "page/3/", "publications/le-temps/page/2/"]


@pytest.fixture(scope="module")
def paginated_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight untranslated articles, three per listing page, rendered: the output folder."""
    project = tmp_path_factory.mktemp("paginated")
    config = project_config(per_page=3, base_url="https://user.github.io/repo/")
    write_tree(project, {"config.yaml": config, **edition_files()})
    assert run(project, "render") == 0
    return project / "public"


@pytest.fixture(scope="module")
def paginated_url(paginated_site: Path) -> Iterator[str]:
    """Serve the paginated site on 127.0.0.1 under /repo/; yields its URL."""
    handler = functools.partial(SubPathHandler, directory=str(paginated_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_listing_pages_pass_the_accessibility_scan(
    paginated_url, open_page, axe_source, path, scheme
) -> None:
    page = open_page(paginated_url + path, 1280, color_scheme=scheme)
    assert page.errors == []
    assert serious_violations(page, axe_source) == []


def test_the_older_links_lead_from_the_newest_article_to_the_oldest(
    paginated_url, open_page
) -> None:
    page = open_page(paginated_url, 1280)
    seen = page.eval_on_selector_all(".card-title a", "links => links.map(a => a.textContent)")
    assert seen == ["Article 8", "Article 7", "Article 6"]
    while page.query_selector("a[rel=next]"):
        with page.expect_navigation():  # read the next page, not the one being left
            page.click("a[rel=next]")
        titles = page.eval_on_selector_all(".card-title a", "l => l.map(a => a.textContent)")
        seen += [title for title in titles if title not in seen]
    assert seen == [f"Article {day}" for day in range(8, 0, -1)]
    assert page.url == paginated_url + "page/1/"
    assert "Articles 1 to 3, counted from the oldest" in page.text_content(".listing-head")


def test_listing_pages_validate(paginated_site: Path, java: str) -> None:
    checked = paginated_site.parent / "checked"
    for path in PAGES:
        target = checked / path / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(paginated_site / path / "index.html", target)
    validate_html(checked)
