"""Saved pages, the families of the holdout53–54/web round: a timeline's entry (`1er février
2027 Mort à Lyon`) is text, not a date line, while a date with a place alone still dates the
page; paragraphs a lone `<br>` parts are paragraphs even when a `<br><br>` sets the signature
apart in the same block; a review's score box and a live page's status (`EN DIRECT 7 mises à
jour`) are chrome. Each is stated on a small invented page read through the real ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, P4, ingest, page, paragraphs, texts

from visavis.ingest.linekind import Kind, classify_line

LONG = (f"{P1} {P2}", f"{P3} {P4}")


def test_a_timelines_dated_entries_are_text() -> None:
    timeline = (
        "<p><strong>4 mai 1938</strong> Naissance à Roanne (Loire)</p>"
        "<p><strong>1er février 2027</strong> Mort à Lyon</p>"
    )
    found = [text for _, text in texts(page(paragraphs(*LONG) + timeline))]
    assert found[-2:] == ["4 mai 1938 Naissance à Roanne (Loire)", "1er février 2027 Mort à Lyon"]


def test_a_date_with_a_place_alone_is_still_a_date_line() -> None:
    assert classify_line("24 novembre 2025 Genève") == Kind.DATE


def test_lone_breaks_part_paragraphs_above_a_signature_set_apart() -> None:
    body = (
        f"<div class='fusion-text'><p>{LONG[0]}<br />\n{LONG[1]}<br />\n<br />\n"
        "<strong>Kodjo Mawuli AGBÉKO</strong><br />\nÉconomiste</p></div>"
    )
    found = [text for _, text in texts(page(body))]
    assert found[:2] == list(LONG)


def test_a_reviews_score_box_is_chrome() -> None:
    box = (
        '<div class="penci-review"><div class="penci-review-container"><h4>Notre avis</h4><ul>'
        "<li><div>Texte</div><div>8</div></li><li><div>Interprétation</div><div>9</div></li>"
        "</ul><div>8.2</div><div>Note globale</div></div></div>"
    )
    assert texts(page(paragraphs(*LONG) + box)) == [("paragraph", text) for text in LONG]


def test_a_live_pages_status_line_is_chrome() -> None:
    status = '<div class="liveblog-status"><span>EN DIRECT</span> <span>7 mises à jour</span></div>'
    assert texts(page(status + paragraphs(*LONG))) == [("paragraph", text) for text in LONG]


def test_a_list_item_that_is_all_links_is_the_articles_item() -> None:
    items = (
        "<ul><li>Le rapport de la commission est attendu en mai.</li>"
        '<li><a href="/rapport">Consulter</a> <a href="/rapport">le</a> '
        '<a href="/rapport">rapport.</a></li></ul>'
    )
    found = texts(page(paragraphs(*LONG) + items))
    assert found[-1] == (
        "list",
        "Le rapport de la commission est attendu en mai. | Consulter le rapport.",
    )


def signed_block(after_name: str) -> str:
    """A text split by `<br>` in one `<p>`, a bold name after a `<br><br>`, then `after_name`."""
    return page(
        f"<div class='fusion-text'><p>{LONG[0]}<br />\n{LONG[1]}<br />\n<br />\n"
        f"<strong>Kodjo Mawuli AGBÉKO</strong><br />\n{after_name}</p></div>"
    )


def test_a_bold_name_over_a_role_closing_a_br_split_text_signs_it() -> None:
    html = signed_block("Économiste, enseignant-chercheur à l’Université de Lomé")
    assert ingest(html).meta["author"] == "Kodjo Mawuli Agbéko"
    assert texts(html) == [("paragraph", text) for text in LONG]


def test_a_bold_name_over_a_sentence_is_no_signature() -> None:
    sentence = "a rappelé que le prix du ciment avait déjà doublé en 2019, sans effet durable."
    html = signed_block(sentence)
    assert ingest(html).meta.get("author") is None
    assert any(sentence in text for _, text in texts(html))
