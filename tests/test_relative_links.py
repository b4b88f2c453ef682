"""Links that work anywhere: relative between pages, so one build works at a domain root, under
any sub-path and opened from disk; absolute only where the web requires it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import REPO, project_config, stage_summary, write_tree
from test_incremental import edition_files, rewritten, run, snapshot

from visavis.urls import page_root, root_of, site_url

BASE_URL = "https://user.github.io/repo/"
LINK = re.compile(r'(?:href|src)="([^"]*)"')
#: Attributes whose address the web requires absolute.
ABSOLUTE = re.compile(r'<(?:link rel="canonical"|meta property="og:url")[^>]*"(https?://[^"]+)"')


def links_of(html: str) -> list[str]:
    """Every href and src of a page, but those that must be absolute (canonical, og:url)."""
    absolute = set(ABSOLUTE.findall(html))
    return [link for link in LINK.findall(html) if link not in absolute]


def is_internal(link: str) -> bool:
    """A link to this site's own files (not another site, not a fragment of this page)."""
    return not (urlsplit(link).scheme or link.startswith(("#", "//")))


def resolve(public: Path, page: str, link: str) -> Path:
    """The file a relative link of the output file `page` leads to, as a browser opening the
    site from disk would resolve it (a folder means the folder itself, not its index.html)."""
    target = urljoin(f"file:///site/{page}", link.split("#")[0])
    path = urlsplit(target).path
    assert path.startswith("/site/"), f"{page}: {link} leaves the site"
    return public / PurePosixPath(path).relative_to("/site")


def page_for(public: Path, page: str, link: str) -> Path:
    """The page a link leads to on a web server (a folder answers with its index.html)."""
    target = resolve(public, page, link)
    return target / "index.html" if link.split("#")[0].endswith("/") else target


def html_pages(public: Path) -> list[str]:
    """Every HTML page of the output folder but 404.html, as relative POSIX paths."""
    pages = (path.relative_to(public).as_posix() for path in public.rglob("*.html"))
    return sorted(page for page in pages if page != "404.html")


@pytest.fixture
def edition(project: Path) -> Path:
    """Eight untranslated articles, three per listing page, under a project sub-path."""
    shutil.copytree(REPO / "layouts", project / "layouts")
    config = project_config(layouts_dir="layouts", per_page=3, base_url=BASE_URL)
    write_tree(project, {"config.yaml": config})
    return write_tree(project, edition_files())


def test_a_page_root_climbs_one_folder_per_level() -> None:
    assert root_of("index.html") == "./"
    assert root_of("feed.xml") == "./"
    assert root_of("page/2/index.html") == "../../"
    assert root_of("sections/culture/page/2/index.html") == "../../../../"
    site = {"path": "/repo/", "index": ""}
    assert page_root(site, "404.html") == "/repo/"
    assert page_root(site, "articles/a/index.html") == "../../"
    assert site_url(site, "articles/a/") == "articles/a/"
    assert site_url({**site, "index": "index.html"}, "articles/a/") == "articles/a/index.html"
    assert site_url({**site, "index": "index.html"}, "") == "index.html"
    assert site_url({**site, "index": "index.html"}, "feed.xml") == "feed.xml"


@pytest.mark.parametrize("for_disk", [False, True], ids=["default", "for-disk"])
def test_every_link_and_asset_is_relative_and_leads_to_a_file(
    edition: Path, for_disk: bool
) -> None:
    assert run(edition, "render", *(["--for-disk"] if for_disk else [])) == 0
    public = edition / "public"
    pages = html_pages(public)
    assert len(pages) > 15
    for page in pages:
        html = (public / page).read_text(encoding="utf-8")
        for link in filter(is_internal, links_of(html)):
            assert not link.startswith("/"), (page, link)
            assert "/repo/" not in link, (page, link)
            assert page_for(public, page, link).is_file(), (page, link)
            if for_disk:  # opened from disk, a folder would show the folder: name the file
                assert resolve(public, page, link).is_file(), (page, link)
    home = (public / "index.html").read_text(encoding="utf-8")
    expected = "./articles/a8/index.html" if for_disk else "./articles/a8/"
    assert f'<a href="{expected}">Article 8</a>' in home


@pytest.mark.parametrize("for_disk", [False, True], ids=["default", "for-disk"])
def test_addresses_the_web_requires_absolute_come_from_base_url(
    edition: Path, for_disk: bool
) -> None:
    assert run(edition, "render", *(["--for-disk"] if for_disk else [])) == 0
    public = edition / "public"
    article = (public / "articles/a3/index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{BASE_URL}articles/a3/">' in article
    assert f'<meta property="og:url" content="{BASE_URL}articles/a3/">' in article
    feed = (public / "feed.xml").read_text(encoding="utf-8")
    assert f'<link rel="alternate" type="text/html" href="{BASE_URL}articles/a3/"/>' in feed
    assert f'<link rel="self" type="application/atom+xml" href="{BASE_URL}feed.xml"/>' in feed
    sitemap = (public / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{BASE_URL}articles/a3/</loc>" in sitemap
    assert f"<loc>{BASE_URL}archive/</loc>" in sitemap
    assert "index.html" not in feed + sitemap
    assert f"Sitemap: {BASE_URL}sitemap.xml" in (public / "robots.txt").read_text("utf-8")


@pytest.mark.parametrize(("base_url", "path"), [(BASE_URL, "/repo/"), ("/", "/")])
def test_the_404_page_links_from_the_site_path_wherever_it_is_served(
    edition: Path, base_url: str, path: str
) -> None:
    write_tree(edition, {"config.yaml": project_config(layouts_dir="layouts", base_url=base_url)})
    assert run(edition, "render") == 0
    public = edition / "public"
    html = (public / "404.html").read_text(encoding="utf-8")
    links = [link for link in links_of(html) if is_internal(link)]
    assert f'href="{path}static/style.css"' in html
    assert f'<a href="{path}archive/">archive</a>' in html
    # A host serves 404.html for any missing address, at any depth (GitHub Pages does).
    for missing in ("nothing", "articles/gone/", "sections/x/page/9/deeper/still/"):
        served_at = f"https://user.github.io{path}{missing}"
        for link in links:
            assert link.startswith(path), link
            target = urlsplit(urljoin(served_at, link)).path.removeprefix(path)
            file = (
                public / target / "index.html"
                if not target or target.endswith("/")
                else public / target
            )
            assert file.is_file(), (missing, link)


def listed_link(html: str, title: str) -> str:
    """The address a listing page's card gives for the article of that title."""
    found = re.findall(rf'<h2 class="card-title"><a href="([^"]*)">{re.escape(title)}</a>', html)
    assert len(found) == 1, title
    return found[0]


def test_a_card_links_right_from_every_depth(edition: Path) -> None:
    assert run(edition, "render") == 0
    public = edition / "public"
    # a8 at depths 0 and 2, a2 at depths 2 and 4.
    for slug, title, pages in (
        ("a8", "Article 8", ["index.html", "sections/culture/index.html"]),
        ("a2", "Article 2", ["page/1/index.html", "publications/le-temps/page/1/index.html"]),
    ):
        seen = set()
        for page in pages:
            link = listed_link((public / page).read_text(encoding="utf-8"), title)
            assert page_for(public, page, link) == public / "articles" / slug / "index.html"
            seen.add(link)
        assert len(seen) == 2, seen  # the same card, with each page's own prefix
    # A card kept on a page that the next build leaves alone still links right beside the
    # same card on a page it writes again.
    write_tree(edition, {"content/a9.fr.md": edition_files(9)["content/a9.fr.md"]})
    assert run(edition, "render") == 0
    for page in ("index.html", "page/3/index.html"):
        link = listed_link((public / page).read_text(encoding="utf-8"), "Article 8")
        assert page_for(public, page, link) == public / "articles/a8/index.html"


def test_switching_to_disk_links_and_back_renders_every_page_again(
    edition: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    public = edition / "public"
    assert run(edition, "render") == 0
    before = snapshot(public)
    assert run(edition, "render", "--for-disk") == 0
    after = snapshot(public)
    assert set(html_pages(public)) <= rewritten(before, after)
    assert 'href="../../index.html"' in (public / "articles/a1/index.html").read_text("utf-8")
    capsys.readouterr()
    assert run(edition, "render", "--for-disk") == 0
    assert stage_summary(capsys.readouterr().err, "render")["pages written"] == 0
    assert run(edition, "render") == 0
    assert set(html_pages(public)) <= rewritten(after, snapshot(public))
    assert "index.html" not in re.sub(
        r'href="[^"]*static/[^"]*"', "", (public / "articles/a1/index.html").read_text("utf-8")
    )


def test_a_whole_build_with_nothing_changed_still_honours_for_disk(
    edition: Path, tiny_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(edition) == 0
    assert run(edition) == 0  # nothing changed: recognised, nothing rendered
    capsys.readouterr()
    assert run(edition, "--for-disk") == 0
    assert stage_summary(capsys.readouterr().err, "render")["pages written"] > 15
    home = (edition / "public" / "index.html").read_text(encoding="utf-8")
    assert 'href="./articles/a8/index.html"' in home
    assert run(edition, "build", "--for-disk") == 0
    assert stage_summary(capsys.readouterr().err, "render") == {
        "nothing changed": True,
        "pages written": 0,
    }
