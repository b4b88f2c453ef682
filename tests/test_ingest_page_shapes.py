"""Shapes saved pages take that the corpus holds once or not at all, each on a small page.

Read through the real ingest: dates marked as updates, UTC instants, classes named after the
article's tags, boxes asking to subscribe or give, kickers written as trails, quotation boxes
with their author, a live page's notice about itself. Every text is invented.
"""

from __future__ import annotations

import json

import pytest
from test_ingest_copy_shapes import P1, P2, P3, TITLE

from visavis.ingest import IngestResult
from visavis.ingest.core import ingest_page


def page(body: str, head: str = "", article_class: str = "article") -> IngestResult:
    """A saved article page (`body` after the headline inside the article), ingested."""
    text = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    html = (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{TITLE} | Le Jour'
        f'</title>{head}</head><body><main><article class="{article_class}"><h1>{TITLE}</h1>'
        f"{body}<div class='article-body'>{text}</div></article></main></body></html>"
    )
    return ingest_page(html.encode("utf-8"), "page.html")


def test_a_date_element_that_says_it_is_an_update_is_not_the_publication() -> None:
    dates = (
        '<div class="meta"><span class="date">Publié le 5 mars 2024 à 14:32</span>'
        '<span class="date">Modifié le 6 mars 2024 à 08:10</span></div>'
    )
    assert page(dates).meta["date"] == "2024-03-05"


def test_a_utc_instant_gives_way_to_the_same_publication_in_the_site_s_zone() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "datePublished": "2024-03-05T23:30:00Z",
    }
    head = (
        f"<script type='application/ld+json'>{json.dumps(data)}</script>"
        '<meta property="article:published_time" content="2024-03-06T00:30:00+01:00">'
    )
    assert page("", head).meta["date"] == "2024-03-06"


def test_classes_named_after_the_article_s_tags_do_not_make_it_chrome() -> None:
    lead = '<p class="article-excerpt">Le chantier a duré deux ans de plus que prévu.</p>'
    result = page(lead, article_class="post tag-social tag-partage")
    assert result.meta["standfirst"] == "Le chantier a duré deux ans de plus que prévu."
    assert [" ".join(block.lines) for block in result.blocks] == [P1, P2, P3]


@pytest.mark.parametrize(
    "box",
    [
        '<aside class="gh-post-upgrade-cta"><h2>Le Jour vit grâce à ses lecteurs</h2>'
        "<p>Indépendant, sans actionnaire.</p><a href='#/portal/signup'>Je m’abonne</a></aside>",
        '<div class="module"><h3>Recevez notre lettre du matin</h3><p>Chaque jour à 7 h.</p>'
        '<form><input type="email"><button>Je m’inscris</button></form></div>',
        "<section><h2>Soutenez le journalisme local</h2><p>Un don, même petit, compte.</p>"
        '<a href="/dons">Faire un don</a></section>',
    ],
)
def test_a_box_that_asks_to_subscribe_or_give_is_no_part_of_the_text(box: str) -> None:
    html_body = "".join(f"<p>{p}</p>" for p in (P1, P2)) + box + f"<p>{P3}</p>"
    result = page(f"<div class='article-body'>{html_body}</div>")
    assert not [block for block in result.blocks if block.kind == "subhead"]
    assert all("abonne" not in " ".join(block.lines) for block in result.blocks)


def test_a_marked_kicker_written_as_a_trail_names_the_section() -> None:
    html = (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body><main>'
        f'<article><p class="kicker">POLITIQUE / GENÈVE</p><h1>{TITLE}</h1><p>{P1}</p>'
        f"<p>{P2}</p><p>{P3}</p></article></main></body></html>"
    )
    assert ingest_page(html.encode("utf-8"), "page.html").meta["section"] == "Genève"


def test_a_quotation_box_with_its_own_author_field_is_a_quote() -> None:
    box = (
        '<div class="paragraph--type--citation"><div class="field-citation-texte">'
        "Nous rouvrons enfin, et pour longtemps.</div>"
        '<div class="field-citation-auteur">Marie Roy</div></div>'
    )
    result = page(f"<div class='article-body'><p>{P1}</p>{box}<p>{P2}</p></div>")
    (quote,) = [block for block in result.blocks if block.kind == "quote"]
    assert quote.lines == ("Nous rouvrons enfin, et pour longtemps.",)
    assert quote.attribution == "Marie Roy"


def test_a_live_page_s_notice_about_itself_is_dropped() -> None:
    notice = "<p>Cette page est mise à jour régulièrement.</p>"
    result = page(f"<div class='article-body'>{notice}</div>")
    assert [" ".join(block.lines) for block in result.blocks] == [P1, P2, P3]
