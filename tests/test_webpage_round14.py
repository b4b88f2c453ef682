"""Saved pages, the families of the holdout14 round: an info bar of date, byline and counters
between separators is the article's credits, not its first paragraph; and the site's name
takes the casing its own `©` line gives it. Each is stated on a small invented page read
through the real ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, ingest, page, texts

INFO = (
    "Publié le mercredi 25 novembre 2026 à 15:18 | Par Anne SOW | 4 312 lectures | 3 commentaires"
)


def test_an_info_bar_of_date_byline_and_counters_is_dropped_from_the_text() -> None:
    html = page(f'<div class="infos">{INFO}</div><p>{P1}</p><p>{P2}</p><p>{P3}</p>')
    assert texts(html) == [("paragraph", P1), ("paragraph", P2), ("paragraph", P3)]


def test_a_sentence_with_separators_stays_the_texts() -> None:
    said = f"{P1} | Le canton publiera 3 commentaires | {P2}"
    html = page(f"<p>{said}</p><p>{P3}</p>")
    assert texts(html) == [("paragraph", said), ("paragraph", P3)]


def test_the_site_name_takes_the_casing_of_its_copyright_line() -> None:
    head = '<meta property="og:site_name" content="Lejour">'
    footer = "<footer><p>© 2026 lejour – Tous droits réservés</p></footer></body>"
    html = page(f"<p>{P1}</p><p>{P2}</p>", head).replace("</body>", footer)
    html = html.replace("| Le Jour</title>", "| lejour</title>")  # (no spelled-out name)
    assert ingest(html).meta["publication"] == "lejour"


def test_a_copyright_line_in_capitals_leaves_the_declared_casing() -> None:
    head = '<meta property="og:site_name" content="Le Jour">'
    footer = "<footer><p>© 2026 LE JOUR – Tous droits réservés</p></footer></body>"
    html = page(f"<p>{P1}</p><p>{P2}</p>", head).replace("</body>", footer)
    assert ingest(html).meta["publication"] == "Le Jour"
