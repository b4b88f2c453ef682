"""Listing cards: each article's card is rendered once per version and kept between builds,
and a listing never shows a card older than its article."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, project_config, write_tree
from test_incremental import article, edition_files, rewritten, run, snapshot

from visavis import render
from visavis.cards import STORE_NAME, CardRenderer


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


def test_cards_rendered_by_render_workers_are_kept_for_the_next_build(
    edition: Path, card_renders: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render, "PARALLEL_THRESHOLD", 1)
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


def test_a_damaged_card_store_is_ignored_and_replaced(
    edition: Path, card_renders: list[str]
) -> None:
    assert run(edition, "render") == 0
    built = snapshot(edition / "public")
    pages = {name: (edition / "public" / name).read_bytes() for name in built}
    store = edition / ".cache" / STORE_NAME
    assert store.is_file()
    store.write_bytes(b"\x80\x05 not a pickle")
    card_renders.clear()
    assert run(edition, "render", "--force") == 0
    assert len(card_renders) == 8
    assert {name: (edition / "public" / name).read_bytes() for name in built} == pages
    card_renders.clear()
    write_tree(edition, {"content/a9.fr.md": article("Article 9", 9, "Le Temps", "Culture")})
    assert run(edition, "render") == 0
    assert card_renders == ["a9"]


def test_listing_layouts_may_still_include_the_card_layout(edition: Path) -> None:
    for name in ("index.html", "listing.html"):
        layout = edition / "layouts" / name
        text = layout.read_text(encoding="utf-8")
        layout.write_text(text.replace("{{ card_html(card) -}}", '{% include "_card.html" %}'))
    assert run(edition, "render") == 0
    assert listed_titles(edition, "index.html") == ["Article 8", "Article 7", "Article 6"]


@pytest.mark.parametrize("through_a_symlink", [False, True])
def test_an_error_in_the_card_layout_names_its_file_and_line(
    edition: Path, capsys: pytest.CaptureFixture[str], through_a_symlink: bool
) -> None:
    layouts = edition / "layouts"
    if through_a_symlink:
        layouts = edition / "layouts-link"
        layouts.symlink_to(edition / "layouts")
        config = project_config(layouts_dir=layouts.name, per_page=3)
        write_tree(edition, {"config.yaml": config})
    card = layouts / "_card.html"
    lines = card.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(4, "{{ number }}\n")  # a listing page's variable: cards see card and site only
    card.write_text("".join(lines), encoding="utf-8")
    assert run(edition, "render") == 1
    error = capsys.readouterr().err
    assert f"{card.resolve()}:5: layout error while rendering" in error
    assert "'number' is undefined" in error
    assert "Traceback" not in error
    assert not list((edition / "public").rglob("*.html"))


def test_unchanged_cards_leave_unshifted_listing_pages_alone(edition: Path) -> None:
    assert run(edition, "render") == 0
    before = snapshot(edition / "public")
    write_tree(edition, {"content/a0.fr.md": article("Article 0", 1, "Le Temps", "Culture")})
    assert run(edition, "render") == 0
    changed = rewritten(before, snapshot(edition / "public"))
    # An article older than every other one shifts nothing: only the last home page, its
    # listings and the pages that link to it change.
    assert "index.html" not in changed
    assert "page/2/index.html" not in changed
    assert "page/3/index.html" in changed
