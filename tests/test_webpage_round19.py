"""Saved pages, the families of the holdout21 round: an article whose own class names it a
newsletter's post (Substack's `<article class="newsletter-post">`) is no newsletter box, so
its subtitle is the standfirst and never a subhead; a gallery's photo count (`5 photos`) is
not text. Each is stated on a small invented page read through the real ingest."""

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
