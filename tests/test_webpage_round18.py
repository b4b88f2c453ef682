"""Saved pages, the families of the holdout18 to holdout20 rounds: a site named by its address
keeps its address when the `<title>` adds a service's word to it (`Abidjan.net News`); an
acronym's tagline in og:site_name gives way to the acronym its publisher uses (`RFJ votre radio
régionale`: `RFJ`), while a service's capitalised name stays (`RTS Info`); a two-part
og:site_name gives way to the part the publisher names (`JHM - Le Journal de la Haute-Marne`);
author links shown run together, or run into the site's name, are the names the JSON-LD
declares. Each is stated on a small invented page read through the real ingest."""

from __future__ import annotations

import json

from test_webbody import P1, P2, TITLE, ingest, page


def named(site: str, publisher: str | None = None, title_site: str = "Le Jour") -> str:
    """A page whose og:site_name, JSON-LD publisher and `<title>` suffix name the site."""
    ld = {"@type": "NewsArticle", "headline": TITLE}
    if publisher:
        ld["publisher"] = {"name": publisher}
    head = (
        f'<meta property="og:site_name" content="{site}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    return page(f"<p>{P1}</p><p>{P2}</p>", head).replace("| Le Jour", f"| {title_site}")


def test_an_address_with_a_services_word_in_the_title_is_the_address_still() -> None:
    html = named("Lejour.net", title_site="Lejour.net News")
    assert ingest(html).meta["publication"] == "Lejour.net"


def test_an_acronyms_tagline_gives_way_to_the_acronym() -> None:
    html = named("RLJ votre radio régionale", "RLJ", title_site="RLJ")
    assert ingest(html).meta["publication"] == "RLJ"


def test_an_acronym_with_a_services_name_keeps_it() -> None:
    html = named("RLJ Info", "RLJ", title_site="RLJ Info")
    assert ingest(html).meta["publication"] == "RLJ Info"


def test_a_two_part_site_name_gives_way_to_the_part_its_publisher_names() -> None:
    html = named("LJV - Le Jour Vaudois", "Le Jour Vaudois", title_site="Le Jour Vaudois")
    assert ingest(html).meta["publication"] == "Le Jour Vaudois"


def test_author_links_run_together_are_read_as_the_declared_names() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": TITLE,
        "author": [{"name": "Anne Roy"}, {"name": "Paul Lin"}],
    }
    byline = '<p class="authors"><a href="/a/anne">Anne Roy</a> <a href="/a/paul">Paul Lin</a></p>'
    html = page(
        f"{byline}<p>{P1}</p><p>{P2}</p>",
        f'<script type="application/ld+json">{json.dumps(ld)}</script>',
    )
    assert ingest(html).meta["author"] == "Anne Roy et Paul Lin"


def test_an_author_run_into_the_sites_name_is_the_declared_author() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": TITLE,
        "author": [{"name": "Anne Roy"}],
        "publisher": {"name": "Le Jour"},
    }
    byline = '<div class="byline">Par <a href="/a/anne">Anne Roy</a> <span>Le Jour</span></div>'
    html = page(
        f"{byline}<p>{P1}</p><p>{P2}</p>",
        f'<script type="application/ld+json">{json.dumps(ld)}</script>',
    )
    assert ingest(html).meta["author"] == "Anne Roy"
