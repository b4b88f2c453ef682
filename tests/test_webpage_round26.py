"""Saved pages, the families of the holdout52/web round: a theme's layout class naming where
its sidebar goes (`layout-right-sidebar`) makes no chrome of the article inside it; an inline
box of related posts under its `Articles similaires` heading goes whole; og:site_name with a
word clipped (`Les Inrocks`) gives way to the name two sources write in full; a share's quote
box in a business story and a live page's key-moments list under its heading are chrome; a
writer's initials closing the text (`K. B.`) are no paragraph. Each is stated on a small
invented page read through the real ingest."""

from __future__ import annotations

import pytest
from test_webbody import P1, P2, P3, P4, TITLE, ingest, page, paragraphs, texts
from test_webpage_round25 import named_page

LONG = (f"{P1} {P2}", f"{P3} {P4}")


def test_a_layout_class_naming_the_sidebar_makes_no_chrome_of_the_article() -> None:
    html = page(
        '<div class="container layout-2-col layout-right-sidebar"><article class="post">'
        f'<h1 class="single-post-title">{TITLE}</h1><div class="post-meta">'
        '<span class="post-author-name">Par <b>Aïssata Coulibaly</b> et <b>Moussa Dembélé</b>'
        f'</span></div><div class="entry-content">{paragraphs(*LONG)}</div></article></div>',
        wrap=False,
    )
    assert ingest(html).meta["author"] == "Aïssata Coulibaly et Moussa Dembélé"


RELATED = (
    '<div class="bs-irp"><div class="bs-irp-heading"><span>Articles similaires</span></div>'
    '<div class="listing"><p class="title"><a href="/2026/05/03/x/">Les radios '
    "communautaires à l’honneur</a></p></div></div>"
)
QUOTE = (
    '<div class="StockQuote_root__Uy1s8"><span class="StockQuote_name__kP0aA">Orbaz N</span>'
    "<span>84,20 CHF</span><span>-3,10%</span><span>09:12</span></div>"
)
MOMENTS = (
    '<div class="liveblog-key-events"><h2>Les temps forts</h2><ul>'
    '<li><a href="#e1"><span>17:20</span> Le budget adopté par 71 voix</a></li>'
    '<li><a href="#e2"><span>14:30</span> Les enseignants manifestent</a></li></ul></div>'
)


@pytest.mark.parametrize(
    "box", [RELATED, QUOTE, MOMENTS], ids=["related-posts", "share-quote", "key-moments"]
)
def test_a_box_set_in_the_text_goes_whole_with_its_heading(box: str) -> None:
    html = page(f"<p>{LONG[0]}</p>{box}<p>{LONG[1]}</p>")
    assert texts(html) == [("paragraph", text) for text in LONG]


def test_a_clipped_og_site_name_gives_way_to_the_full_name() -> None:
    html = named_page(
        "Les Inrocks", "Les Inrockuptibles", "Les Inrocks", "© Les Inrockuptibles 2026"
    )
    assert ingest(html).meta["publication"] == "Les Inrockuptibles"


def test_a_writers_initials_closing_the_text_are_no_paragraph() -> None:
    html = page(f"<div>{LONG[0]}<br /> <br /> {LONG[1]}<br /> <br /> K. B. </div>")
    assert texts(html) == [("paragraph", text) for text in LONG]


def test_a_wrapper_holding_the_headline_beside_the_sidebar_is_no_sidebar() -> None:
    article = (
        '<article class="post entry"><header class="entry-header"><h1 class="entry-title">'
        f'{TITLE}</h1><p class="entry-meta">Par <span class="entry-author">Anne Roy</span> le '
        '<time class="entry-time" datetime="2026-11-20T08:00:00+01:00">20 novembre 2026</time>'
        f'</p></header><div class="entry-content">{paragraphs(*LONG)}</div></article>'
    )
    sidebar = (
        '<aside class="sidebar sidebar-primary widget-area"><section class="widget">'
        '<h3>Les plus lus</h3><ul><li><a href="/a">Un autre article</a></li></ul></section></aside>'
    )
    html = page(
        f'<div class="site-inner"><div class="content-sidebar-wrap"><main class="content">'
        f"{article}</main>{sidebar}</div></div>",
        wrap=False,
    )
    result = ingest(html)
    assert result.meta["author"] == "Anne Roy"
    assert str(result.meta["date"]) == "2026-11-20"
    assert texts(html) == [("paragraph", text) for text in LONG]
