"""Saved pages, the families of the holdout21 and holdout22 rounds: an article whose own class
names it a newsletter's post (Substack's `<article class="newsletter-post">`) is no newsletter
box, so its subtitle is the standfirst and never a subhead; a gallery's photo count (`5
photos`) and a live page's `5 mises à jour` are not text, nor is an info bar laid out as a
list (Wix: `27 nov. 2026` / `4 min de lecture`); a post's short list of categories gives the
section; SPIP's soft line break (`<br class="autobr">`) stays inside its paragraph. From
holdout23: a byline run into its dates without a separator, a live page's key moments (each
at its time), `En images`, `Avec la collaboration de …`, and `Live animé par A et B`; from
holdout24: a live ticker laid out as a list whose items are entries of text. Each is stated on
a small invented page read through the real ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, TITLE, ingest, page, texts

SUBTITLE = "La loi passe après six heures de débat. Les locataires restent inquiets. Récit."


def newsletter_post(inner: str) -> str:
    """A newsletter platform's post: headline and subtitle in its header, then its text."""
    return page(
        f'<article class="typography newsletter-post post"><div class="post-header">'
        f'<h1 class="post-title">{TITLE}</h1><h3 class="subtitle">{SUBTITLE}</h3></div>'
        f'<div class="available-content"><div class="body markup">{inner}</div></div></article>',
        f'<meta name="description" content="{SUBTITLE}">',
        wrap=False,
    )


def test_a_newsletter_posts_subtitle_is_its_standfirst_not_a_subhead() -> None:
    html = newsletter_post(f"<p>{P1}</p><h2>La suite du débat</h2><p>{P2}</p><p>{P3}</p>")
    result = ingest(html)
    assert result.meta["standfirst"] == SUBTITLE
    assert ("subhead", "La suite du débat") in texts(html)
    assert ("subhead", SUBTITLE) not in texts(html)


def test_a_galleries_photo_count_is_not_text() -> None:
    slide = (
        '<div class="swiper-slide"><figure><img src="a.jpg" alt=""><figcaption>La salle '
        "du Grand Conseil jeudi soir. Photo Anne Roy</figcaption></figure></div>"
    )
    gallery = (
        '<div class="media media--type-galerie"><div class="galerie__header">'
        '<span class="galerie__count">5 photos</span><h2 class="visually-hidden">Galerie</h2>'
        f'</div><div class="swiper">{slide * 5}</div></div>'
    )
    html = page(f"<p>{P1}</p><p>{P2}</p>{gallery}<p>{P3}</p>")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2), ("paragraph", P3)]


def test_an_info_bar_laid_out_as_a_list_and_a_live_counter_are_not_text() -> None:
    bar = "<ul><li><span>27 nov. 2026</span></li><li><span>4 min de lecture</span></li></ul>"
    html = page(f"{bar}<p>{P1}</p><p>5 mises à jour</p><p>{P2}</p><p>{P3}</p>")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2), ("paragraph", P3)]


def test_a_posts_short_list_of_categories_gives_the_section() -> None:
    categories = (
        '<ul class="categories"><li><a href="https://ex.ca/blog/categories/culture">Culture</a>'
        '</li><li><a href="https://ex.ca/blog/categories/entrevues">Entrevues</a></li></ul>'
    )
    assert ingest(page(f"<p>{P1}</p><p>{P2}</p>{categories}")).meta["section"] == "Culture"


def test_spips_soft_line_break_stays_inside_its_paragraph() -> None:
    html = page(f'<p>{P1}<br class="autobr" />{P2}</p><p>{P3}<br />{P1}</p>')
    assert texts(html) == [("paragraph", f"{P1} {P2}"), ("paragraph", P3), ("paragraph", P1)]


def test_a_live_pages_credits_key_moments_and_labels_are_not_text() -> None:
    credits = (
        '<p class="meta__authors">Live animé par <a href="/s/anne">Anne Roy</a> et '
        '<a href="/s/paul">Paul Lin</a></p><p>Par Anne Roy et Paul Lin Publié le 20/11/2026 '
        "à 06:00, mis à jour le 20/11/2026 à 09:12</p>"
    )
    moments = "<ul><li>15:12 Le canton vote la loi</li><li>11:40 Le débat s’ouvre</li></ul>"
    tail = "<p>En images</p><p>Avec la collaboration de la rédaction du Jour</p>"
    html = page(f"{credits}{moments}<p>{P1}</p><p>{P2}</p>{tail}<p>{P3}</p>")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2), ("paragraph", P3)]
    assert ingest(html).meta["author"] == "Anne Roy et Paul Lin"


def test_a_live_tickers_list_of_entries_is_read_as_its_text() -> None:
    entries = "".join(
        f'<li class="ticker__entry"><time>14 h 5{n}</time><h3>Point {n}</h3><p>{text}</p></li>'
        for n, text in enumerate((P1, P2, P3))
    )
    html = page(f'<ol class="ticker">{entries}</ol>')
    assert [text for kind, text in texts(html) if kind == "paragraph"] == [P1, P2, P3]
    assert [text for kind, text in texts(html) if kind == "subhead"] == [
        "Point 0",
        "Point 1",
        "Point 2",
    ]
