"""Saved pages, the families of the holdout32/web round: a subhead that stands right before
a paywall's cut is the article's next part, kept (only a heading that closes a complete page
is a box's, dropped); a copyright line that runs the site's name into a middle dot (`© 2003-2026
LeFaso.net · Tous droits réservés`) names the publication without the dot. Each is stated on a
small invented page read through the real ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, TITLE, ingest, page, paragraphs, texts

SUBHEAD = "Des ménages inquiets"
PAYWALL = '<div class="paywall"><p>Cet article est réservé aux abonnés.</p><a>S’abonner</a></div>'


def test_a_subhead_right_before_a_paywall_stays_in_the_body() -> None:
    html = page(f"{paragraphs(P1, P2)}<h2>{SUBHEAD}</h2>{PAYWALL}")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2), ("subhead", SUBHEAD)]


def test_a_heading_closing_a_complete_page_is_a_box_not_a_subhead() -> None:
    html = page(f"{paragraphs(P1, P2, P3)}<h2>{SUBHEAD}</h2>")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2), ("paragraph", P3)]


def footer_page(copyright_line: str) -> str:
    """A page without publisher metadata: only its footer names the site."""
    body = (
        f'<article><h1>{TITLE}</h1><div class="texte">{paragraphs(P1, P2, P3)}</div></article>'
        f'<footer><p class="copyright">{copyright_line}</p></footer>'
    )
    return page(body, wrap=False).replace(" | Le Jour</title>", "</title>")


def test_a_copyright_line_with_a_middle_dot_names_the_site_without_it() -> None:
    for line in ("© 2003-2026 LeFaso.net · Tous droits réservés", "© 2026 LeFaso.net | Mentions"):
        assert ingest(footer_page(line)).meta["publication"] == "LeFaso.net"
