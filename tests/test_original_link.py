"""The link to the original article: on the page, in the feed, and only to http(s) addresses."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import article_of, project_config, write_tree

from visavis.cli import main
from visavis.config import load_config
from visavis.frontmatter import read_document
from visavis.model import StageReport
from visavis.render import render_site

ATOM = "{http://www.w3.org/2005/Atom}"
ADDRESS = "https://www.ledevoir.com/societe/123/un-article?page=2&ref=a"


def french(extra: str = "", publication: str | None = "Le Devoir") -> str:
    """A French content file with these extra front-matter lines."""
    name = f"publication: {publication}\n" if publication else ""
    return (
        f"---\ntitle: Un titre\nslug: a\nlang: fr\n{name}author: Marie Vallée\n"
        f"date: 2024-03-26\n{extra}---\nIl pleut.\n"
    )


def english(extra: str = "") -> str:
    """Its English translation, with these extra front-matter lines."""
    return (
        "---\ntitle: A title\nlang: en\ntranslation_of: a.fr.md\ntranslation: {engine: Argos "
        f'Translate, created: "2024-03-27T08:00:00+00:00", reviewed: false}}\n{extra}---\n'
        "It is raining.\n"
    )


def build(root: Path, source: str, translation: str | None = None, **config) -> StageReport:
    """Render one article (and its translation, if given) into root/public."""
    files = {"config.yaml": project_config(**config), "content/a.fr.md": source}
    if translation is not None:
        files["content/a.en.md"] = translation
    write_tree(root, files)
    target = root / "content/a.en.md"
    pair = article_of(
        read_document(root / "content/a.fr.md"),
        read_document(target) if translation is not None else None,
    )
    return render_site(load_config(root / "config.yaml"), [pair], force=True)


def page(root: Path) -> str:
    """The article's page."""
    return (root / "public/articles/a/index.html").read_text(encoding="utf-8")


def original_links(html_text: str) -> list[str]:
    """The page's links to the original, as written."""
    return re.findall(r'<a class="original"[^>]*>[^<]*</a>', html_text)


def feed_entry(root: Path) -> ET.Element:
    """The feed's only entry (the feed parsed as XML, so it must be well-formed)."""
    feed = ET.parse(root / "public/feed.xml").getroot()
    (entry,) = feed.findall(f"{ATOM}entry")
    return entry


def test_the_page_links_to_the_original_with_the_publications_name(tmp_path: Path) -> None:
    build(tmp_path, french(f"source: {{file: a.html, url: '{ADDRESS}'}}\n"), english())
    escaped = ADDRESS.replace("&", "&amp;")
    assert original_links(page(tmp_path)) == [
        f'<a class="original" href="{escaped}" rel="noopener" hreflang="fr">'
        "Read the original in Le Devoir</a>"
    ]


def test_without_a_publication_the_link_reads_read_the_original(tmp_path: Path) -> None:
    build(tmp_path, french(f"source_url: {ADDRESS}\n", publication=None))
    (link,) = original_links(page(tmp_path))
    assert link.endswith(">Read the original</a>")


def test_without_an_address_there_is_no_link(tmp_path: Path) -> None:
    build(tmp_path, french("source: {file: a.txt, format: text}\n"), english())
    assert original_links(page(tmp_path)) == []
    assert feed_entry(tmp_path).find(f"{ATOM}link[@rel='via']") is None


@pytest.mark.parametrize(
    ("source_extra", "translation_extra", "expected"),
    [
        ("source: {url: 'https://ingest.example/a'}\n", "", "https://ingest.example/a"),
        (
            "source: {url: 'https://ingest.example/a'}\n",
            "source_url: https://english.example/a\n",
            "https://english.example/a",
        ),
        (
            "source: {url: 'https://ingest.example/a'}\nsource_url: http://french.example/a\n",
            "source_url: https://english.example/a\n",
            "http://french.example/a",
        ),
    ],
    ids=["ingest", "editor-in-english", "editor-in-french"],
)
def test_an_editors_source_url_wins_and_the_french_files_first(
    tmp_path: Path, source_extra: str, translation_extra: str, expected: str
) -> None:
    build(tmp_path, french(source_extra), english(translation_extra))
    (link,) = original_links(page(tmp_path))
    assert f'href="{expected}"' in link
    assert feed_entry(tmp_path).find(f"{ATOM}link[@rel='via']").get("href") == expected


def test_the_edition_stays_canonical(tmp_path: Path) -> None:
    build(tmp_path, french(f"source_url: {ADDRESS}\n"), english(), base_url="https://ed.example/")
    html_text = page(tmp_path)
    own = "https://ed.example/articles/a/"
    assert '<link rel="canonical" href="https://ed.example/articles/a/">' in html_text
    assert f'<meta property="og:url" content="{own}">' in html_text
    assert len(original_links(html_text)) == 1
    entry = feed_entry(tmp_path)
    alternate = entry.find(f"{ATOM}link[@rel='alternate']")
    assert alternate.get("href") == own and entry.find(f"{ATOM}id").text == own


def test_the_feed_entry_carries_the_original_escaped(tmp_path: Path) -> None:
    build(tmp_path, french(f"source_url: '{ADDRESS}'\n"), english())
    assert feed_entry(tmp_path).find(f"{ATOM}link[@rel='via']").get("href") == ADDRESS
    feed = (tmp_path / "public/feed.xml").read_text(encoding="utf-8")
    assert f'<link rel="via" href="{ADDRESS.replace("&", "&amp;")}"/>' in feed


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(1)",
        "'JavaScript:alert(1)'",
        "'data:text/html,<script>alert(1)</script>'",
        "/relative/path",
        "www.ledevoir.com/x",
        "ftp://ledevoir.com/x",
        "http://",
        "'https://exa mple.com/'",
        "'http://[::1'",
        "not an address",
        "42",
    ],
)
def test_an_address_that_is_not_http_is_not_linked_and_warns(tmp_path: Path, value: str) -> None:
    report = build(tmp_path, french(f"source_url: {value}\n"), english())
    html_text = page(tmp_path)
    assert original_links(html_text) == []
    assert "javascript:" not in html_text.lower() and "data:text" not in html_text
    assert feed_entry(tmp_path).find(f"{ATOM}link[@rel='via']") is None
    (warning,) = [w for w in report.warnings if "source_url" in w]
    assert warning.startswith(f"{tmp_path / 'content/a.fr.md'}:8: front matter 'source_url': ")
    assert warning.endswith("is not an http:// or https:// address; the page does not link to it")


def test_a_list_as_the_address_is_an_error_naming_its_line(tmp_path: Path) -> None:
    from visavis.errors import FrontMatterError
    from visavis.frontmatter import read_document

    write_tree(tmp_path, {"a.fr.md": french("source_url: [https://a.example/]\n")})
    with pytest.raises(FrontMatterError) as caught:
        read_document(tmp_path / "a.fr.md")
    assert str(caught.value).startswith(f"{tmp_path / 'a.fr.md'}:8: front matter 'source_url'")
    assert "must be text, not list" in str(caught.value)


def test_a_bad_source_url_gives_way_to_the_next_address(tmp_path: Path) -> None:
    report = build(
        tmp_path,
        french("source_url: javascript:alert(1)\nsource: {url: 'https://ingest.example/a'}\n"),
        english(),
    )
    (link,) = original_links(page(tmp_path))
    assert 'href="https://ingest.example/a"' in link
    assert [w for w in report.warnings if "source_url" in w] == [
        f"{tmp_path / 'content/a.fr.md'}:8: front matter 'source_url': 'javascript:alert(1)' is "
        "not an http:// or https:// address; the page does not link to it"
    ]


def run(project: Path, *args: str) -> int:
    """Call the command line on a scratch project."""
    return main(["--config", str(project / "config.yaml"), *args])


def identities(folder: Path) -> dict[str, tuple[int, int]]:
    """Inode and modification time of every file render writes below folder (every write
    renames a file); the search index is left out (see test_search.py)."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() and not p.relative_to(folder).as_posix().startswith("pagefind/")
    }


def test_a_changed_source_url_rewrites_the_page_and_the_feed(project: Path) -> None:
    other = french().replace("slug: a\n", "slug: b\n").replace("2024-03-26", "2024-03-20")
    write_tree(
        project,
        {
            "content/a.fr.md": french("source_url: https://old.example/a\n"),
            "content/b.fr.md": other,
        },
    )
    assert run(project, "render") == 0
    before = identities(project / "public")
    assert 'href="https://old.example/a"' in page(project)
    write_tree(project, {"content/a.fr.md": french("source_url: https://new.example/a\n")})
    assert run(project, "render") == 0
    after = identities(project / "public")
    assert {name for name in after if before.get(name) != after[name]} == {
        "articles/a/index.html",
        "feed.xml",
    }
    (link,) = original_links(page(project))
    assert 'href="https://new.example/a"' in link
    assert feed_entry_hrefs(project) == {"https://new.example/a"}


def feed_entry_hrefs(root: Path) -> set[str]:
    """Every `rel="via"` address in the feed."""
    feed = ET.parse(root / "public/feed.xml").getroot()
    return {link.get("href") for link in feed.iter(f"{ATOM}link") if link.get("rel") == "via"}


def test_the_warning_comes_back_with_every_build_until_fixed(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/a.fr.md": french("source_url: javascript:alert(1)\n")})
    warning = "a.fr.md:8: front matter 'source_url': 'javascript:alert(1)' is not an http:// or"
    for _ in range(2):  # the second build has nothing to write
        assert run(project, "render") == 0
        assert warning in capsys.readouterr().err
    assert run(project, "--strict", "render") == 1
    assert warning in capsys.readouterr().err
    write_tree(project, {"content/a.fr.md": french("source_url: https://ledevoir.com/a\n")})
    assert run(project, "--strict", "render") == 0
    assert "source_url" not in capsys.readouterr().err
