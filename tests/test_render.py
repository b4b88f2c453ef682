"""The render stage: real Markdown, Jinja2 layouts and files in tmp_path."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import article_of

from visavis.config import load_config
from visavis.content import Article
from visavis.errors import RenderError
from visavis.frontmatter import read_document
from visavis.markup import quote_units, render_units
from visavis.pages import describe_engine, plan_site
from visavis.render import render_site

REPO = Path(__file__).resolve().parent.parent

SOURCE = """---
title: "{title}"
slug: {slug}
lang: fr
publication: Le Temps
section: Technologie
standfirst: "Un chapeau."
author: Anouch Seydtaghia
date: {date}
source: {{file: x.txt, sha256: "0", format: text}}
---
Il pleut. Il vente fort.
Le vent tombe.

## Intertitre

> Nous irons.
> — Jeanne Martin
"""

TRANSLATION = """---
title: "Title of {slug}"
standfirst: "A standfirst."
section: Technology
lang: en
translation_of: {slug}.fr.md
translation: {{engine: Argos Translate, engine_version: "1.9.6", model: translate-fr_en, \
model_version: "1.9", created: "2024-03-27T08:00:00+00:00", source_sha256: "0", \
body_sha256: "0", reviewed: {reviewed}}}
---
It is raining.
The wind is strong.
The wind drops.

## Subhead

> We will go.
> — Jeanne Martin
"""


def write_tree(root: Path, files: dict[str, str]) -> Path:
    """Create files below root from a {relative path: text} mapping; return root."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def article_files(slug: str, date: str = "2024-03-26", title: str = "Un titre", **extra) -> dict:
    """The content files of one article and its translation."""
    reviewed = str(extra.get("reviewed", False)).lower()
    files = {f"content/{slug}.fr.md": SOURCE.format(slug=slug, date=date, title=title)}
    if extra.get("translated", True):
        files[f"content/{slug}.en.md"] = TRANSLATION.format(slug=slug, reviewed=reviewed)
    return files


def make_project(root: Path, base_url: str = "/", layouts: Path | None = None, **files) -> Path:
    """A scratch project using the repository's layouts (or a copy)."""
    config = (
        f'title: "Test edition"\nbase_url: "{base_url}"\n'
        f'layouts_dir: "{layouts or REPO / "layouts"}"\ncache_dir: ".cache"\nper_page: 2\n'
        'about: "Made **offline**. <script>alert(1)</script>"\n'
    )
    return write_tree(root, {"config.yaml": config, **files})


def load_pairs(root: Path, flags: dict[str, tuple[bool, bool]] | None = None) -> list[Article]:
    """Read content/ into article pairs, as the pipeline would."""
    pairs = []
    for path in sorted((root / "content").glob("*.fr.md")):
        target = path.with_name(path.name.replace(".fr.md", ".en.md"))
        edited, stale = (flags or {}).get(path.name.split(".")[0], (False, False))
        translation = read_document(target) if target.exists() else None
        pairs.append(article_of(read_document(path), translation, edited=edited, stale=stale))
    return pairs


def build(root: Path, force: bool = False, flags: dict | None = None):
    """Render the project at root; return the stage report."""
    return render_site(load_config(root / "config.yaml"), load_pairs(root, flags), force=force)


def read(root: Path, relative: str) -> str:
    """The text of an output file."""
    return (root / "public" / relative).read_text(encoding="utf-8")


def mtimes(root: Path) -> dict[str, int]:
    """Modification times (ns) of every output file."""
    output = root / "public"
    return {
        str(p.relative_to(output)): p.stat().st_mtime_ns for p in output.rglob("*") if p.is_file()
    }


def test_plan_lists_every_page_without_touching_the_disk(tmp_path: Path) -> None:
    root = make_project(tmp_path, **{})
    write_tree(root, article_files("a") | article_files("b", "2024-01-01") | article_files("c"))
    config = load_config(root / "config.yaml")
    plan = plan_site(config.values, load_pairs(root))
    paths = [page.path for page in plan.pages]
    assert paths == sorted(paths)
    assert {
        "index.html",
        "page/2/index.html",
        "articles/a/index.html",
        "publications/le-temps/index.html",
        "sections/technologie/index.html",
        "about/index.html",
        "404.html",
        "feed.xml",
        "sitemap.xml",
        "robots.txt",
    } <= set(paths)
    home = next(page for page in plan.pages if page.path == "index.html")
    assert [card["slug"] for card in home.context["articles"]] == ["a", "c"]


def test_article_page_is_bilingual_and_aligned(tmp_path: Path) -> None:
    root = make_project(tmp_path, **article_files("a"))
    build(root)
    page = read(root, "articles/a/index.html")
    assert '<html lang="en"' in page
    assert page.count('class="cell src" lang="fr"') >= 3
    assert page.count('class="cell tgt" lang="en"') >= 3
    assert '<span class="s" data-s="r1-1">Il vente fort.</span>' in page
    assert '<span class="s" data-s="r1-1">The wind is strong.</span>' in page
    assert "Argos Translate 1.9.6" in page and "translate-fr_en 1.9" in page
    assert "The English text was translated from the French" in page
    assert "Not reviewed by an editor." in page
    assert "May be outdated" not in page
    assert "— Jeanne Martin" in page


def test_disclosure_follows_review_and_stale_flags(tmp_path: Path) -> None:
    root = make_project(tmp_path, **article_files("a", reviewed=True), **article_files("b"))
    build(root, flags={"b": (True, True)})
    assert "Reviewed by an editor." in read(root, "articles/a/index.html")
    assert "Not reviewed" not in read(root, "articles/a/index.html")
    assert "May be outdated" in read(root, "articles/b/index.html")
    assert "Edited by hand." in read(root, "articles/b/index.html")


def test_missing_translation_shows_the_source_alone(tmp_path: Path) -> None:
    root = make_project(tmp_path, **article_files("a", translated=False))
    report = build(root)
    page = read(root, "articles/a/index.html")
    assert "Translation pending" in page
    assert 'class="cell tgt"' not in page
    assert "Il vente fort." in page
    assert report.counts["translations pending"] == 1


def test_structural_mismatch_never_drops_text(tmp_path: Path) -> None:
    root = make_project(tmp_path, **article_files("a"))
    english = root / "content/a.en.md"
    english.write_text(english.read_text().replace("## Subhead\n\n", ""), encoding="utf-8")
    report = build(root)
    page = read(root, "articles/a/index.html")
    for text in (
        "It is raining.",
        "The wind drops.",
        "We will go.",
        "Intertitre",
        "Le vent tombe.",
    ):
        assert text in page
    assert "Subhead" not in page
    assert any("without row alignment" in warning for warning in report.warnings)


def test_hostile_content_produces_no_script(tmp_path: Path) -> None:
    files = article_files("a", title="<script>alert(1)</script>")
    files["content/a.fr.md"] = files["content/a.fr.md"].replace(
        "Le vent tombe.",
        "Le vent <script>alert(2)</script> tombe. <img src=x onerror=alert(3)> "
        "[lien](javascript:alert(4)) <a href='javascript:alert(5)'>x</a>",
    )
    root = make_project(tmp_path, **files)
    build(root)
    for path in (root / "public").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        tags = " ".join(re.findall(r"<[^>]*>", text))  # markup in content is escaped text
        tags = tags.replace("&lt;script&gt;alert(1)&lt;/script&gt;", "")  # the title, escaped
        assert "alert(" not in tags and "onerror" not in tags and "javascript:" not in tags
        own = 3 if path.parent.name == "search" else 2  # the layouts' own (search.js there)
        assert len(re.findall(r"<script\b", text)) == own
    page = read(root, "articles/a/index.html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Le vent &lt;script&gt;alert(2)&lt;/script&gt; tombe." in page
    assert '<a rel="noopener noreferrer">lien</a>' in page


def test_markup_keeps_sentences_out_of_block_syntax() -> None:
    units = ["# pas un titre", "- pas une liste", "> pas une citation", "a \ue000 b"]
    html = render_units(units, ["x0", "x1", "x2", "x3"])
    assert html[0] == '<span class="s" data-s="x0"># pas un titre</span>'
    assert html[1] == '<span class="s" data-s="x1">- pas une liste</span>'
    assert html[2] == '<span class="s" data-s="x2">&gt; pas une citation</span>'
    assert "\ue000" not in html[3]


def test_links_are_relative_and_only_404_uses_the_site_path(tmp_path: Path) -> None:
    root = make_project(tmp_path, "https://user.github.io/repo/", **article_files("a"))
    build(root)
    for path in (root / "public").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        internal = "/repo/" if path.name == "404.html" else ("./", "../")
        for url in re.findall(r'(?:href|src)="([^"]+)"', text):
            assert url.startswith((*internal, "https://", "#")), (path, url)
    page = read(root, "articles/a/index.html")
    assert '<link rel="canonical" href="https://user.github.io/repo/articles/a/">' in page
    assert 'href="../../static/style.css"' in page
    assert 'href="/repo/static/style.css"' in read(root, "404.html")
    assert "https://user.github.io/repo/articles/a/" in read(root, "sitemap.xml")
    assert (root / "public/.nojekyll").exists()
    assert (root / "public/static/visavis.js").exists()


def test_unchanged_rebuild_writes_nothing(tmp_path: Path) -> None:
    root = make_project(tmp_path, **article_files("a"), **article_files("b"))
    first = build(root)
    before = mtimes(root)
    second = build(root)
    assert mtimes(root) == before
    assert second.counts["pages written"] == 0
    assert second.counts["pages unchanged"] == first.counts["pages written"]


def test_changed_article_rewrites_only_what_shows_it(tmp_path: Path) -> None:
    root = make_project(tmp_path, **article_files("a"), **article_files("b", "2020-01-01"))
    build(root)
    before = mtimes(root)
    english = root / "content/b.en.md"
    english.write_text(english.read_text().replace("We will go.", "We shall go."))
    report = build(root)
    after = mtimes(root)
    changed = sorted(path for path in after if after[path] != before[path])
    assert changed == ["articles/b/index.html"]
    assert report.counts["pages written"] == 1
    assert "We shall go." in read(root, "articles/b/index.html")


def test_deleted_article_removes_its_page_and_entries(tmp_path: Path) -> None:
    root = make_project(tmp_path, **article_files("a"), **article_files("b"))
    build(root)
    assert (root / "public/articles/b/index.html").exists()
    (root / "content/b.fr.md").unlink()
    (root / "content/b.en.md").unlink()
    report = build(root)
    assert not (root / "public/articles/b").exists()
    assert report.counts["files removed"] == 1
    assert "articles/b/" not in read(root, "index.html")
    assert "articles/b/" not in read(root, "sitemap.xml")


def test_files_the_build_did_not_write_are_left_alone(tmp_path: Path) -> None:
    root = make_project(tmp_path, **article_files("a"))
    write_tree(root, {"public/CNAME": "example.org\n"})
    build(root)
    assert (root / "public/CNAME").read_text() == "example.org\n"


def test_output_is_deterministic(tmp_path: Path) -> None:
    files = article_files("a") | article_files("b", "null")
    first = make_project(tmp_path / "one", **files)
    second = make_project(tmp_path / "two", **files)
    build(first)
    build(second)
    assert {p: read(first, p) for p in mtimes(first)} == {
        p: read(second, p) for p in mtimes(second)
    }


def test_undated_article_has_no_date(tmp_path: Path) -> None:
    root = make_project(tmp_path, **article_files("a", "null"))
    build(root)
    header = read(root, "articles/a/index.html").split('class="bitext')[0]
    assert '<time datetime="2024-03-27">' in header  # the translation's date only
    assert header.count("<time") == 1


def test_broken_layout_is_reported_with_its_line(tmp_path: Path) -> None:
    layouts = tmp_path / "layouts"
    for path in (REPO / "layouts").rglob("*"):
        if path.is_file():
            write_tree(layouts, {str(path.relative_to(REPO / "layouts")): path.read_text()})
    (layouts / "404.html").write_text("line one\n{% if %}\n", encoding="utf-8")
    root = make_project(tmp_path / "site", layouts=layouts, **article_files("a"))
    with pytest.raises(RenderError) as caught:
        build(root)
    assert str(caught.value).startswith(f"{layouts / '404.html'}:2: layout error")
    assert not (root / "public").exists()


@pytest.mark.parametrize(
    ("version", "label", "components"),
    [
        ("1.9.6", "Argos Translate 1.9.6", None),
        ("argostranslate 1.11.0, ctranslate2 4.8.5", "Argos Translate 1.11.0", "CTranslate2 4.8.5"),
        (None, "Argos Translate", None),
    ],
)
def test_engine_is_named_once_with_its_version(version, label, components) -> None:
    assert describe_engine("Argos Translate", version) == (label, components)


def test_disclosure_and_about_page_name_the_engine_once(tmp_path: Path) -> None:
    files = article_files("a")
    files["content/a.en.md"] = files["content/a.en.md"].replace(
        'engine_version: "1.9.6"', 'engine_version: "argostranslate 1.11.0, ctranslate2 4.8.5"'
    )
    root = make_project(tmp_path, **files)
    build(root)
    page = read(root, "articles/a/index.html")
    assert "by Argos Translate 1.11.0 (model" in page
    assert "argostranslate" not in page
    about = read(root, "about/index.html")
    assert "Argos Translate 1.11.0 (CTranslate2 4.8.5) with the model" in about


def test_pull_quote_sentence_points_at_the_body_sentence_it_repeats(tmp_path: Path) -> None:
    files = article_files("a")
    files["content/a.fr.md"] = files["content/a.fr.md"].replace(
        "> Nous irons.", "> «Le vent tombe.»"
    )
    files["content/a.en.md"] = files["content/a.en.md"].replace(
        "> We will go.", "> The wind drops."
    )
    root = make_project(tmp_path, **files)
    build(root)
    page = read(root, "articles/a/index.html")
    assert page.count('<span class="s" data-s="r3-0" data-echo="r1-2">') == 2
    assert page.count('<span class="s" data-s="r1-2" data-echo="r3-0">') == 2


def test_feed_dates_come_from_the_content(tmp_path: Path) -> None:
    root = make_project(
        tmp_path,
        **article_files("a", "2024-03-26"),
        **article_files("b", "null"),
        **article_files("c", "null", translated=False),
    )
    build(root)
    feed = read(root, "feed.xml")
    entries = {re.search(r"articles/(\w)/", entry)[1]: entry for entry in feed.split("<entry>")[1:]}
    assert "<published>2024-03-26T00:00:00Z</published>" in entries["a"]
    assert "<updated>2024-03-27T00:00:00Z</updated>" in entries["a"]  # translated the next day
    assert "<published>" not in entries["b"]
    assert "<updated>2024-03-27T00:00:00Z</updated>" in entries["b"]
    assert "<updated>1970-01-01T00:00:00Z</updated>" in entries["c"]
    assert feed.split("<entry>")[0].count("<updated>2024-03-27T00:00:00Z</updated>") == 1


def test_pull_quotes_get_quotation_marks_in_each_language(tmp_path: Path) -> None:
    files = article_files("a")
    files["content/a.fr.md"] = files["content/a.fr.md"].replace("> Nous irons.", "> «Nous irons.»")
    root = make_project(tmp_path, **files)
    build(root)
    page = read(root, "articles/a/index.html")
    assert page.count('<figure class="pullquote quoted">') == 2
    assert '<span class="s" data-s="r3-0">Nous irons.</span>' in page
    assert "«" not in page.split('class="bitext')[1]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        (["«Un.", "Deux.»"], ["One.", "Two."], (["Un.", "Deux."], True, ["One.", "Two."], True)),
        (["Un."], ["“One.”"], (["Un."], True, ["One."], True)),
        (["Un."], ["One."], (["Un."], False, ["One."], False)),
        (["«Un.»."], ["One."], (["«Un.»."], False, ["One."], False)),
        (["«Un.»"], ["“One”."], (["Un."], True, ["“One”."], False)),
        (["«"], [], (["«"], False, [], False)),
    ],
)
def test_quote_units_take_off_whole_quote_marks_only(source, target, expected) -> None:
    assert quote_units(source, target) == expected


def test_rendering_imports_neither_the_translate_stage_nor_its_engine() -> None:
    code = "import sys, visavis.render; print(' '.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    loaded = set(result.stdout.split())
    assert "visavis.echoes" in loaded, "pull-quote echoes come from their own module"
    assert not loaded & {"visavis.translate", "visavis.engine", "argostranslate", "ctranslate2"}
