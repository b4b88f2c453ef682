"""Saved pages, the families of the holdout15 round: a page built with Elementor, whose every
box carries `elementor-widget` (a word that alone marks a sidebar's widget elsewhere), keeps
its text and still drops the widgets that are chrome by their type. Each is stated on a small
invented page read through the real ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, TITLE, ingest, page, texts


def widget(kind: str, inner: str) -> str:
    """An Elementor widget of a kind around its content."""
    return (
        f'<div class="elementor-widget elementor-widget-{kind}">'
        f'<div class="elementor-widget-container">{inner}</div></div>'
    )


def test_an_elementor_pages_text_widgets_are_its_text() -> None:
    share = widget("share-buttons", "<a href='#'>Facebook</a> <a href='#'>X</a>")
    body = widget(
        "theme-post-content",
        widget("text-editor", f"<p>{P1}</p><p>{P2}</p>")
        + share
        + widget("heading", '<h2 class="elementor-heading-title">La suite du débat</h2>')
        + widget("text-editor", f"<p>{P3}</p>"),
    )
    title = widget("heading", f"<h1>{TITLE}</h1>")
    html = page(f'<div class="elementor elementor-location-single">{title}{body}</div>', wrap=False)
    assert texts(html) == [
        ("paragraph", P1),
        ("paragraph", P2),
        ("subhead", "La suite du débat"),
        ("paragraph", P3),
    ]


def test_an_article_body_of_escaped_markup_is_read_without_its_entities() -> None:
    said = "Le canton parle de 9&nbsp;000 immeubles"
    body = f"&lt;p&gt;{P1}&lt;/p&gt;&lt;p&gt;{said.replace('&', '&amp;')}.&lt;/p&gt;"
    ld = f'{{"@type": "NewsArticle", "headline": "{TITLE}", "articleBody": "{body}"}}'
    head = f'<script type="application/ld+json">{ld}</script>'
    result = ingest(page(f"<p>{P1}</p><p>Le canton parle de 9&nbsp;000 immeubles.</p>", head))
    assert [" ".join(block.lines) for block in result.blocks] == [
        P1,
        "Le canton parle de 9 000 immeubles.",
    ]
    assert not result.warnings


def test_a_reviews_rating_box_is_not_the_texts() -> None:
    rating = (
        '<div class="rating rating--tt" aria-label="On aime beaucoup">'
        '<span class="rating__logo">TT</span><span>On aime beaucoup</span></div>'
    )
    html = page(f"{rating}<p>{P1}</p><p>{P2}</p>")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2)]
