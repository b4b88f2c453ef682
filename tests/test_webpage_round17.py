"""Saved pages, the families of the holdout17 round: the name og:site_name and the JSON-LD
publisher agree on is kept whole, a site name squashed into one word gives way to the one its
publisher spells out, an interview's heading that ends a sentence is the interviewer's, and an
opinion piece's disclaimer under its text is dropped. Each is stated on a small invented page
read through the real ingest."""

from __future__ import annotations

import json

from test_webbody import P1, P2, P3, TITLE, ingest, page, texts


def declared(site: str, publisher: str) -> str:
    """A page head declaring the site's name in Open Graph and its JSON-LD publisher."""
    ld = {"@type": "NewsArticle", "headline": TITLE, "publisher": {"name": publisher}}
    return (
        f'<meta property="og:site_name" content="{site}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )


def test_the_name_both_declarations_give_is_not_shortened_by_the_footer() -> None:
    html = page(f"<p>{P1}</p><p>{P2}</p>", declared("Le Jour Vaudois", "Le Jour Vaudois"))
    html = html.replace(
        "</body>", "<footer><p>© 2026 Le Jour. Tous droits réservés.</p></footer></body>"
    )
    assert ingest(html).meta["publication"] == "Le Jour Vaudois"


def test_a_squashed_site_name_gives_way_to_the_one_spelled_out() -> None:
    html = page(f"<p>{P1}</p><p>{P2}</p>", declared("Jourmag", "Le Jour Mag"))
    assert ingest(html).meta["publication"] == "Le Jour Mag"


def test_an_interviews_heading_that_ends_a_sentence_is_a_question() -> None:
    body = (
        f"<h3>Le canton a-t-il eu raison ?</h3><p>{P1}</p>"
        f"<h3>Vous parlez d’un tournant pour l’énergie.</h3><p>{P2}</p>"
        f"<h3>Et les locataires ?</h3><p>{P3}</p>"
    )
    kinds = [kind for kind, _ in texts(page(body))]
    assert kinds == ["paragraph"] * 6


def test_an_opinion_pieces_disclaimer_under_its_text_is_dropped() -> None:
    note = "Les textes d’opinion publiés dans Le Jour n’engagent que leurs auteurs."
    html = page(f"<p>{P1}</p><p>{P2}</p><p>{note}</p>")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2)]
