"""Saved pages, the families of the holdout16 round: a `div.quote` holding its quotation and
its speaker is a pull quote, a site's name loses its `©`, a card linking to another article
(Ghost's bookmark card) is chrome, WordPress's `rel="category tag"` link and a badge linking to
its rubric's page give the section. Each is stated on a small invented page read through the
real ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, TITLE, ingest, page, texts

QUOTE = "Le canton ne reculera pas sur l’énergie"


def test_a_quote_box_with_its_speaker_is_a_pull_quote() -> None:
    box = (
        f'<div class="quote"><blockquote class="quote__text">{QUOTE}</blockquote>'
        '<p class="quote__author">Anne Roy, députée</p></div>'
    )
    html = page(f"<p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p>")
    assert texts(html) == [
        ("paragraph", P1),
        ("paragraph", P2),
        ("quote", QUOTE),
        ("paragraph", P3),
    ]


def test_a_site_names_copyright_mark_is_not_its_name() -> None:
    head = '<meta property="og:site_name" content="Le Jour©">'
    assert ingest(page(f"<p>{P1}</p><p>{P2}</p>", head)).meta["publication"] == "Le Jour"


def test_a_card_linking_to_another_article_is_dropped() -> None:
    card = (
        '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/x">'
        '<div class="kg-bookmark-title">Énergie : le canton publie son plan</div>'
        '<div class="kg-bookmark-description">Les chiffres du plan cantonal.</div>'
        '<div class="kg-bookmark-publisher">Le Jour</div></a></figure>'
    )
    html = page(f"<p>{P1}</p>{card}<p>{P2}</p>")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2)]


def test_wordpress_category_link_in_the_credits_gives_the_section() -> None:
    credits = (
        '<p class="post-meta">par <a href="/author/anne" rel="author">Anne Roy</a> | '
        '<a href="/category/energie/" rel="category tag">Énergie</a></p>'
    )
    html = page(f"{credits}<p>{P1}</p><p>{P2}</p><p>{P3}</p>")
    assert ingest(html).meta["section"] == "Énergie"


def test_a_badge_over_the_headline_linking_to_its_rubric_gives_the_section() -> None:
    badge = '<a class="badge bg-danger" href="/rubrique/canton">Canton</a>'
    body = f'<article>{badge}<h1>{TITLE}</h1><div class="text">{P1} {P2}</div><p>{P3}</p></article>'
    assert ingest(page(body, wrap=False)).meta["section"] == "Canton"


def test_a_badge_linking_elsewhere_names_no_section() -> None:
    badge = '<a class="badge" href="/abonnements">Abonnés</a>'
    body = f'<article>{badge}<h1>{TITLE}</h1><div class="text">{P1} {P2}</div><p>{P3}</p></article>'
    assert ingest(page(body, wrap=False)).meta["section"] is None
