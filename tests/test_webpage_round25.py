"""Saved pages, the families of the holdout51/web round: og:site_name giving a short form of
the site's name (its initials, `DNA`, or its first word, `Trends`) where the publisher, the
`<title>` and the footer agree on the full one; a dates line in Swiss style (`Publié:
05.12.2026 à 19:15 heures | Dernière mise à jour: …`); a match's result box over a sports
report. Each is stated on a small invented page read through the real ingest."""

from __future__ import annotations

import json

from test_webbody import P1, P2, P3, P4, TITLE, ingest, paragraphs, texts

LONG = (f"{P1} {P2}", f"{P3} {P4}")


def named_page(site: str, publisher: str, title_suffix: str, footer: str) -> str:
    """A page whose og:site_name, JSON-LD publisher, `<title>` suffix and footer are given."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{TITLE} - '
        f'{title_suffix}</title><meta property="og:site_name" content="{site}">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        f"</head><body><article><h1>{TITLE}</h1><div class='article-body'>"
        f"{paragraphs(*LONG)}</div></article><footer><p>{footer}</p></footer></body></html>"
    )


def headed_page(header: str) -> str:
    """A page with `header` between its headline and its text."""
    return (
        f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>{TITLE}</title>"
        f"</head><body><article><h1>{TITLE}</h1>{header}<div>{paragraphs(*LONG)}</div>"
        "</article></body></html>"
    )


def test_initials_in_og_site_name_give_way_to_the_name_they_stand_for() -> None:
    name = "Dernières Nouvelles du Jura"
    html = named_page("DNJ", name, "Colmar", f"© {name} - 2026 - Tous droits réservés")
    assert ingest(html).meta["publication"] == name


def test_a_first_word_in_og_site_name_gives_way_to_the_full_name() -> None:
    html = named_page(
        "Tendances", "Tendances-Affaires", "Tendances-Affaires", "© 2026 Groupe X - Tendances"
    )
    assert ingest(html).meta["publication"] == "Tendances-Affaires"


def test_og_site_name_stays_when_only_one_source_writes_a_longer_name() -> None:
    html = named_page("DNJ", "Dernières Nouvelles du Jura", "DNJ", "© 2026 Groupe Ebra")
    assert ingest(html).meta["publication"] == "DNJ"


def test_og_site_name_stays_beside_its_publishers_company() -> None:
    html = named_page(
        "Le Jour", "Société éditrice du Jour", "Le Jour", "© 2026 Société éditrice du Jour"
    )
    assert ingest(html).meta["publication"] == "Le Jour"


def test_a_swiss_dates_line_in_spans_is_no_paragraph() -> None:
    dates = (
        "<div class='sc-e9f8a7b6-0'><span>Publié: 05.12.2026 à 19:15 heures</span><span>|</span>"
        "<span>Dernière mise à jour: 05.12.2026 à 22:31 heures</span></div>"
    )
    html = headed_page(dates)
    assert texts(html) == [("paragraph", text) for text in LONG]
    assert str(ingest(html).meta["date"]) == "2026-12-05"


def test_a_match_result_box_is_not_the_text() -> None:
    board = (
        "<div class='sc-b4c3d2e1-0' data-testid='scoreboard'><span>Genève</span>"
        "<span>4 : 3</span><span>Fribourg</span><span>(1-2, 1-1, 2-0)</span></div>"
    )
    assert texts(headed_page(board)) == [("paragraph", text) for text in LONG]
