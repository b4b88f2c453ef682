"""Listing cards: each listing includes `_card.html` for its articles, so a listing never
shows a card older than its article."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, project_config, write_tree
from test_incremental import article, edition_files, run


@pytest.fixture
def edition(project: Path) -> Path:
    """Eight articles over two publications and three sections, three per listing page, with
    the project's own copy of the layouts (not yet rendered)."""
    shutil.copytree(REPO / "layouts", project / "layouts")
    write_tree(project, {"config.yaml": project_config(layouts_dir="layouts", per_page=3)})
    return write_tree(project, edition_files())


def listed_titles(site: Path, relative: str) -> list[str]:
    """The French titles of the cards on one listing page."""
    html = (site / "public" / relative).read_text(encoding="utf-8")
    return re.findall(r'<h2 class="card-title"><a href="[^"]*">([^<]*)</a>', html)


def test_a_changed_article_shows_its_new_card_on_every_listing(edition: Path) -> None:
    assert run(edition, "render") == 0
    write_tree(edition, {"content/a2.fr.md": article("Deux, corrigé", 2, "Le Temps", "Culture")})
    assert run(edition, "render") == 0
    corrected = ["Article 3", "Deux, corrigé", "Article 1"]
    assert listed_titles(edition, "page/1/index.html") == corrected
    le_temps = listed_titles(edition, "publications/le-temps/page/1/index.html")
    assert le_temps == ["Article 6", "Article 4", "Deux, corrigé"]
    assert "Deux, corrigé" in listed_titles(edition, "sections/culture/index.html")


def test_a_settings_change_reaches_every_card(edition: Path) -> None:
    assert run(edition, "render") == 0
    config = project_config(layouts_dir="layouts", per_page=3, target_lang="de")
    write_tree(edition, {"config.yaml": config})
    assert run(edition, "render") == 0
    html = (edition / "public" / "sections" / "culture" / "index.html").read_text("utf-8")
    assert html.count('<div class="card-side card-target" lang="de">') == 3


def test_changing_the_card_layout_changes_every_listing(edition: Path) -> None:
    assert run(edition, "render") == 0
    card = edition / "layouts" / "_card.html"
    card.write_text(
        card.read_text(encoding="utf-8").replace('class="card"', 'class="card c2"'), "utf-8"
    )
    assert run(edition, "render") == 0
    for page in ("index.html", "page/2/index.html", "publications/le-temps/page/1/index.html"):
        html = (edition / "public" / page).read_text("utf-8")
        assert html.count('<article class="card c2">') == 3


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
    lines.insert(4, "{{ card.no_such_field }}\n")
    card.write_text("".join(lines), encoding="utf-8")
    assert run(edition, "render") == 1
    error = capsys.readouterr().err
    expected = (edition / "layouts").resolve() / "_card.html"  # the name the layouts use
    assert f"error: {expected}:5: layout error while rendering index.html: " in error
    assert "has no attribute 'no_such_field'" in error
    assert "Traceback" not in error
    assert not list((edition / "public").rglob("*.html"))
