"""Saved pages, the families of the holdout55–56/web round: a footer's copyright line is read
on its own, not run into the links listed after it; og:site_name's initials of a name French
writes in sentence case (`AIP`: `Agence ivoirienne de presse`) give way to that name; the
headline's own box (`headlineCard`) is no teaser's card; WordPress's list of one category
above the headline is the kicker; the lead of an article whose headline a Drupal page sets
outside it is its standfirst. Each is stated on a small invented page read through the real
ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, P4, TITLE, ingest, page, paragraphs
from test_webpage_round25 import named_page

LONG = (f"{P1} {P2}", f"{P3} {P4}")


def test_the_footers_copyright_line_is_read_without_the_links_after_it() -> None:
    html = named_page("Courrier-Jura.fr", "Courrier-Jura", "", "").replace(
        "<footer><p></p></footer>",
        '<footer class="su-footer"><p>© Courrier-Jura</p><ul><li><a href="/mentions">'
        "Mentions légales</a></li><li><a href='/cgu'>CGU</a></li></ul></footer>",
    )
    assert ingest(html).meta["publication"] == "Courrier-Jura"


def test_initials_of_a_name_in_sentence_case_give_way_to_the_name() -> None:
    html = named_page(
        "AIP", "Agence ivoirienne de presse", "AIP", "© 2027 Agence ivoirienne de presse"
    )
    assert ingest(html).meta["publication"] == "Agence ivoirienne de presse"


def test_the_headlines_own_card_is_no_teaser() -> None:
    body = (
        '<article class="articleDetail"><header><div class="headlineCard">'
        '<p class="headlineCard__suptitle">Vaccination contre la grippe</p>'
        f'<h1 class="headlineCard__title">{TITLE}</h1></div></header>'
        f'<div class="article-body">{paragraphs(*LONG)}</div></article>'
    )
    head = f'<meta property="og:title" content="Vaccination contre la grippe | {TITLE}">'
    assert ingest(page(body, head=head, wrap=False)).meta["title"] == TITLE


def test_a_list_of_one_category_above_the_headline_is_the_kicker() -> None:
    body = (
        '<article><header><ul class="entry-meta"><li class="meta-categories">'
        '<a href="https://example.cm/category/sport/" rel="tag">Sport</a></li></ul>'
        f'<h1 class="page-title">{TITLE}</h1></header>'
        f'<div class="entry-content">{paragraphs(*LONG)}</div></article>'
    )
    assert ingest(page(body, wrap=False)).meta["section"] == "Sport"


def test_the_lead_of_the_article_under_a_headline_set_outside_it_is_the_standfirst() -> None:
    lead = "La Meuse a franchi le seuil d’alerte dans la nuit : voiries fermées et évacuations."
    body = (
        f'<div class="container"><div class="block-page-title"><h1 class="title">{TITLE}</h1>'
        '</div><article class="node node--type-article"><div class="node__content">'
        '<div class="field field--name-field-chapo field--label-hidden field__item">'
        f'<p>{lead}</p></div><div class="field field--name-body">{paragraphs(*LONG)}</div>'
        "</div></article></div>"
    )
    result = ingest(page(body, wrap=False))
    assert result.meta["standfirst"] == lead
    assert lead not in [" ".join(block.lines) for block in result.blocks]
