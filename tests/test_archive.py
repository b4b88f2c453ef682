"""The archive: every article by month with both titles, linked from every page, one page per
year once the edition is large, and rewritten only when what it lists changes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, project_config, write_tree
from test_incremental import rewritten, run, snapshot
from test_relative_links import html_pages, is_internal, links_of, page_for

from visavis import archive
from visavis.archive import group_by_month

TRANSLATED = """\
---
title: {title_en}
lang: en
translation_of: {slug}.fr.md
translation: {{engine: Argos Translate, model: translate-fr_en, \
created: "2024-03-27T08:00:00+00:00", source_sha256: "0", body_sha256: "0", reviewed: false}}
---
The mayor visited the stalls this morning.
"""


def source(title: str, date: str | None) -> str:
    """A French content file."""
    return f"---\ntitle: {title}\nlang: fr\ndate: {date or 'null'}\n---\nLe maire a visité.\n"


ARTICLES = {
    # slug: (French title, English title or None, date)
    "mars-b": ("Le marché en mars", "The market in March", "2024-03-26"),
    "mars-a": ("La halle ouvre", "The hall opens", "2024-03-02"),
    "fevrier": ("Le froid de février", "February's cold", "2024-02-14"),
    "decembre": ("Noël au marché", None, "2023-12-20"),
    "sans-date": ("Un article sans date", "An undated article", None),
}


def edition_tree(articles: dict[str, tuple[str, str | None, str | None]]) -> dict[str, str]:
    """Content files for these articles (a translation for those with an English title)."""
    files = {}
    for slug, (title, title_en, date) in articles.items():
        files[f"content/{slug}.fr.md"] = source(title, date)
        if title_en:
            files[f"content/{slug}.en.md"] = TRANSLATED.format(slug=slug, title_en=title_en)
    return files


@pytest.fixture
def edition(project: Path) -> Path:
    """Five articles over three months of two years, one undated, one untranslated."""
    shutil.copytree(REPO / "layouts", project / "layouts")
    config = project_config(layouts_dir="layouts", base_url="https://user.github.io/repo/")
    write_tree(project, {"config.yaml": config})
    return write_tree(project, edition_tree(ARTICLES))


def months_of(html: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each month heading of an archive page with its entries' (French, English) titles."""
    sections = re.findall(r'<h2 id="[^"]+">([^<]+)</h2>(.*?)</ol>', html, re.S)
    return [
        (
            heading,
            re.findall(
                r'class="archive-title"[^>]*>([^<]+)</a>\s*'
                r'(?:<span class="archive-target" lang="en">([^<]+)</span>'
                r'|<span class="pending-note">)',
                entries,
            ),
        )
        for heading, entries in sections
    ]


def test_the_archive_lists_every_article_by_month_with_both_titles(edition: Path) -> None:
    assert run(edition, "render") == 0
    public = edition / "public"
    html = (public / "archive" / "index.html").read_text(encoding="utf-8")
    assert months_of(html) == [
        (
            "March 2024",
            [("Le marché en mars", "The market in March"), ("La halle ouvre", "The hall opens")],
        ),
        ("February 2024", [("Le froid de février", "February&#39;s cold")]),
        ("December 2023", [("Noël au marché", "")]),  # translation pending
        ("Undated", [("Un article sans date", "An undated article")]),
    ]
    assert 'lang="fr">Le marché en mars</a>' in html
    assert '<time datetime="2024-03-26">26 March 2024</time>' in html
    for link in filter(is_internal, links_of(html)):
        assert page_for(public, "archive/index.html", link).is_file(), link


def test_every_page_links_to_the_archive(edition: Path) -> None:
    assert run(edition, "render") == 0
    public = edition / "public"
    for page in [*html_pages(public), "404.html"]:
        html = (public / page).read_text(encoding="utf-8")
        links = re.findall(r'<a href="([^"]*archive/)">Archive</a>', html)
        assert links, page
        if page == "404.html":
            assert links == ["/repo/archive/"]
        else:
            assert page_for(public, page, links[0]) == public / "archive" / "index.html"


def test_a_large_edition_has_one_archive_page_per_year(
    edition: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "ARCHIVE_SPLIT", 3)
    assert run(edition, "render") == 0
    public = edition / "public"
    overview = (public / "archive" / "index.html").read_text(encoding="utf-8")
    years = re.findall(r'<a class="archive-year" href="([^"]+)">([^<]+)</a>', overview)
    assert years == [
        ("../archive/2024/", "2024"),
        ("../archive/2023/", "2023"),
        ("../archive/undated/", "Undated"),
    ]
    assert '<a href="../archive/2024/#m2024-02">February</a> <span class="count">(1)</span>' in (
        overview
    )
    year = (public / "archive" / "2024" / "index.html").read_text(encoding="utf-8")
    assert [heading for heading, _ in months_of(year)] == ["March 2024", "February 2024"]
    assert 'id="m2024-02"' in year
    assert "Noël" not in year
    undated = (public / "archive" / "undated" / "index.html").read_text(encoding="utf-8")
    assert months_of(undated) == [("Undated", [("Un article sans date", "An undated article")])]
    for page in ("archive/index.html", "archive/2024/index.html", "archive/undated/index.html"):
        html = (public / page).read_text(encoding="utf-8")
        for link in filter(is_internal, links_of(html)):
            assert page_for(public, page, link).is_file(), (page, link)
    # Back to a small edition: the year pages are gone.
    monkeypatch.setattr(archive, "ARCHIVE_SPLIT", 200)
    assert run(edition, "render") == 0
    assert not (public / "archive" / "2024").exists()


def test_the_archive_is_rewritten_only_when_what_it_lists_changes(edition: Path) -> None:
    public = edition / "public"
    assert run(edition, "render") == 0
    before = snapshot(public)
    body = edition / "content" / "fevrier.en.md"
    body.write_text(body.read_text(encoding="utf-8") + "\nA second paragraph.\n", "utf-8")
    assert run(edition, "render") == 0
    after = snapshot(public)
    assert "archive/index.html" not in rewritten(before, after)
    body.write_text(body.read_text(encoding="utf-8").replace("February's", "The"), "utf-8")
    assert run(edition, "render") == 0
    assert "archive/index.html" in rewritten(after, snapshot(public))
    assert "The cold" in (public / "archive/index.html").read_text(encoding="utf-8")


def test_with_year_pages_a_new_article_rewrites_only_its_year(
    edition: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "ARCHIVE_SPLIT", 3)
    public = edition / "public"
    assert run(edition, "render") == 0
    before = snapshot(public)
    write_tree(edition, {"content/nouveau.fr.md": source("Un nouveau marché", "2023-11-02")})
    assert run(edition, "render") == 0
    changed = {path for path in rewritten(before, snapshot(public)) if path.startswith("archive/")}
    assert changed == {"archive/index.html", "archive/2023/index.html"}


def test_months_are_grouped_in_the_cards_order() -> None:
    cards = [
        {"slug": "c", "date": "2024-03-02"},
        {"slug": "b", "date": "2024-03-01"},
        {"slug": "a", "date": "2023-03-30"},
        {"slug": "z", "date": None},
    ]
    months = group_by_month(cards, [])
    assert [(m["id"], m["label"], [c["slug"] for c in m["articles"]]) for m in months] == [
        ("m2024-03", "2024-03", ["c", "b"]),
        ("m2023-03", "2023-03", ["a"]),
        ("undated", "Undated", ["z"]),
    ]
