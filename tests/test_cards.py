"""Listing cards: each article's card is rendered once per version and kept between builds,
and a listing never shows a card older than its article."""

from __future__ import annotations

import multiprocessing
import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, project_config, write_tree
from test_incremental import article, edition_files, run

from visavis import render
from visavis.cards import STORE_NAME, CardRenderer, shard_of


@pytest.fixture
def card_renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The slugs of the cards `_card.html` renders in this process, in order."""
    renders: list[str] = []
    real = CardRenderer._render

    def counting(self: CardRenderer, card: dict, site: dict) -> str:
        renders.append(card["slug"])
        return real(self, card, site)

    monkeypatch.setattr(CardRenderer, "_render", counting)
    return renders


@pytest.fixture
def edition(project: Path) -> Path:
    """Eight articles over two publications and three sections, three per home page, with
    the project's own copy of the layouts (not yet rendered)."""
    shutil.copytree(REPO / "layouts", project / "layouts")
    write_tree(project, {"config.yaml": project_config(layouts_dir="layouts", per_page=3)})
    return write_tree(project, edition_files())


def listed_titles(site: Path, relative: str) -> list[str]:
    """The French titles of the cards on one listing page."""
    html = (site / "public" / relative).read_text(encoding="utf-8")
    return re.findall(r'<h2 class="card-title"><a href="[^"]*">([^<]*)</a>', html)


def test_each_card_is_rendered_once_though_three_listings_show_it(
    edition: Path, card_renders: list[str]
) -> None:
    assert run(edition, "render") == 0
    assert sorted(card_renders) == [f"a{day}" for day in range(1, 9)]
    assert "Article 8" in listed_titles(edition, "index.html")
    assert "Article 8" in listed_titles(edition, "publications/le-temps/index.html")
    assert "Article 8" in listed_titles(edition, "sections/culture/index.html")


def test_a_rebuild_renders_only_the_new_and_the_changed_cards(
    edition: Path, card_renders: list[str]
) -> None:
    assert run(edition, "render") == 0
    card_renders.clear()
    write_tree(
        edition,
        {
            "content/a9.fr.md": article("Article 9", 9, "Le Temps", "Culture"),
            "content/a2.fr.md": article("Deux, corrigé", 2, "Libération", "Culture"),
        },
    )
    assert run(edition, "render") == 0
    assert sorted(card_renders) == ["a2", "a9"]
    # Every listing shifted by the new article shows the kept cards and the new ones.
    assert listed_titles(edition, "index.html") == ["Article 9", "Article 8", "Article 7"]
    assert listed_titles(edition, "page/2/index.html") == ["Article 6", "Article 5", "Article 4"]
    assert listed_titles(edition, "page/3/index.html") == [
        "Article 3",
        "Deux, corrigé",
        "Article 1",
    ]
    assert listed_titles(edition, "sections/culture/page/2/index.html") == ["Deux, corrigé"]


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="render workers need fork"
)
def test_adding_an_article_rewrites_only_the_store_shard_of_its_card(edition: Path) -> None:
    assert run(edition, "render") == 0
    store = edition / ".cache" / STORE_NAME
    before = {path.name: path.stat().st_ino for path in store.glob("*.pickle")}
    write_tree(edition, {"content/a9.fr.md": article("Article 9", 9, "Le Temps", "Culture")})
    assert run(edition, "render") == 0
    after = {path.name: path.stat().st_ino for path in store.glob("*.pickle")}
    assert {name for name in after if before.get(name) != after[name]} == {
        f"{shard_of('a9'):02d}.pickle"
    }


def test_cards_rendered_by_render_workers_are_kept_for_the_next_build(
    edition: Path, card_renders: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render, "PARALLEL_THRESHOLD", 1)
    monkeypatch.setattr(render, "worker_count", lambda: 2)
    assert run(edition, "render") == 0
    assert card_renders == []  # the forked workers rendered them, this process did not
    monkeypatch.setattr(render, "PARALLEL_THRESHOLD", 10_000)
    write_tree(edition, {"content/a9.fr.md": article("Article 9", 9, "Le Temps", "Culture")})
    assert run(edition, "render") == 0
    assert card_renders == ["a9"]


def test_a_settings_change_renders_every_card_again(edition: Path, card_renders: list[str]) -> None:
    assert run(edition, "render") == 0
    card_renders.clear()
    config = project_config(layouts_dir="layouts", per_page=3, target_lang="de")
    write_tree(edition, {"config.yaml": config})
    assert run(edition, "render") == 0
    assert len(card_renders) == 8
    html = (edition / "public" / "sections" / "culture" / "index.html").read_text("utf-8")
    assert html.count('<div class="card-side card-target" lang="de">') == 3


def test_changing_the_card_layout_renders_every_card_again(
    edition: Path, card_renders: list[str]
) -> None:
    assert run(edition, "render") == 0
    card_renders.clear()
    card = edition / "layouts" / "_card.html"
    card.write_text(
        card.read_text(encoding="utf-8").replace('class="card"', 'class="card c2"'), "utf-8"
    )
    assert run(edition, "render") == 0
    assert len(card_renders) == 8
    home = (edition / "public" / "index.html").read_text("utf-8")
    assert home.count('<article class="card c2">') == 3


def test_a_forced_build_renders_every_card_again(edition: Path, card_renders: list[str]) -> None:
    assert run(edition, "render") == 0
    card_renders.clear()
    assert run(edition, "render", "--force") == 0
    assert sorted(card_renders) == [f"a{day}" for day in range(1, 9)]


def test_a_damaged_card_store_is_reported_ignored_and_replaced(
    edition: Path, card_renders: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    assert run(edition, "render") == 0
    shards = sorted((edition / ".cache" / STORE_NAME).glob("*.pickle"))
    assert shards
    for shard in shards:
        shard.write_bytes(b"\x80\x05 not a pickle")
    card_renders.clear()
    write_tree(edition, {"content/a9.fr.md": article("Article 9", 9, "Le Temps", "Culture")})
    assert run(edition, "render") == 0
    assert "unreadable card store, rendering the cards again" in caplog.text
    assert len(card_renders) == 9
    assert listed_titles(edition, "index.html") == ["Article 9", "Article 8", "Article 7"]
    card_renders.clear()
    write_tree(edition, {"content/a10.fr.md": article("Article 10", 10, "Le Temps", "Culture")})
    assert run(edition, "render") == 0
    assert card_renders == ["a10"]


def test_kept_cards_give_the_same_pages_as_including_the_card_layout(edition: Path) -> None:
    assert run(edition, "render") == 0
    public = edition / "public"
    with_cards = {path: path.read_bytes() for path in sorted(public.rglob("*.html"))}
    for name in ("index.html", "listing.html"):
        layout = edition / "layouts" / name
        text = layout.read_text(encoding="utf-8")
        assert "{{- card_html(card) -}}" in text
        layout.write_text(text.replace("{{- card_html(card) -}}", '{% include "_card.html" %}'))
    assert run(edition, "render") == 0
    assert {path: path.read_bytes() for path in sorted(public.rglob("*.html"))} == with_cards


def test_a_card_a_layout_makes_is_rendered_but_never_kept(
    edition: Path, card_renders: list[str]
) -> None:
    listing = edition / "layouts" / "listing.html"
    text = listing.read_text(encoding="utf-8")
    listing.write_text(text.replace("card_html(card)", 'card_html(dict(card, title="Autre"))'))
    assert run(edition, "render") == 0
    assert set(listed_titles(edition, "sections/culture/index.html")) == {"Autre"}
    assert "Autre" not in listed_titles(edition, "index.html")
    card_renders.clear()
    write_tree(edition, {"content/a9.fr.md": article("Article 9", 9, "Le Temps", "Culture")})
    assert run(edition, "render") == 0
    assert listed_titles(edition, "index.html") == ["Article 9", "Article 8", "Article 7"]
    assert listed_titles(edition, "page/2/index.html") == ["Article 6", "Article 5", "Article 4"]


@pytest.mark.parametrize("linked", ["none", "layouts folder", "card layout"])
def test_an_error_in_the_card_layout_names_its_file_and_line(
    edition: Path, capsys: pytest.CaptureFixture[str], linked: str
) -> None:
    layouts = edition / "layouts"
    card = layouts / "_card.html"
    if linked == "layouts folder":
        layouts = edition / "layouts-link"
        layouts.symlink_to(edition / "layouts")
        write_tree(edition, {"config.yaml": project_config(layouts_dir=layouts.name)})
        card = layouts / "_card.html"
    elif linked == "card layout":  # a partial shared with other editions, outside layouts/
        shared = edition / "shared" / "_card.html"
        shared.parent.mkdir()
        card.rename(shared)
        card.symlink_to(shared)
    lines = card.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(4, "{{ number }}\n")  # a listing page's variable: cards see card and site only
    card.write_text("".join(lines), encoding="utf-8")
    assert run(edition, "render") == 1
    error = capsys.readouterr().err
    expected = (edition / "layouts").resolve() / "_card.html"  # the name the layouts use
    assert f"error: {expected}:5: layout error while rendering index.html: " in error
    assert "'number' is undefined" in error
    assert "Traceback" not in error
    assert not list((edition / "public").rglob("*.html"))
