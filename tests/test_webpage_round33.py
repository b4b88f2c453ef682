"""Saved pages, the families of the holdout62/web round: the text's first paragraph, which
the page's description repeats, is no standfirst when it is classed as every paragraph after
it; a gallery's slides leave no counters (`1/8`) once their photos and captions are gone; a
credit labelled `Texte` without a colon names the writers. Each is stated on a small
invented page read through the real ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, TITLE, ingest, page
from test_webcopy_families import PARA_1, PARA_2, PARA_3

from visavis.frontmatter import parse_document


def meta_of(html: str) -> dict:
    """The front-matter the page is ingested into."""
    return parse_document(ingest(html).to_markdown()).meta


def classed(*texts: str) -> str:
    return "".join(f'<p class="article-full__paragraph">{text}</p>' for text in texts)


def test_the_first_paragraph_classed_as_the_others_is_no_standfirst() -> None:
    lead = P1 + " Près de 4000 personnes ont suivi la séance jusqu’au vote final de la loi."
    head = f'<meta name="description" content="{lead}">'
    result = ingest(page(classed(lead, P2, P3), head))
    assert result.blocks[0].lines[0] == P1
    assert parse_document(result.to_markdown()).meta.get("standfirst") is None


def test_a_lead_set_apart_with_its_own_class_stays_the_standfirst() -> None:
    lead = "Six heures de débat ont été nécessaires pour adopter la loi, saluée par la gauche."
    head = f'<meta name="description" content="{lead}">'
    body = f'<p class="article__chapo">{lead}</p>' + classed(P1, P2, P3)
    assert meta_of(page(body, head)).get("standfirst") == lead


def test_a_gallerys_slides_leave_no_counters() -> None:
    slides = "".join(
        f'<li class="gallery__slide"><figure><img src="p{n}.jpg" alt=""><figcaption>'
        f"Le vote au Grand Conseil, photo {n}.</figcaption></figure>"
        f'<span class="gallery__count">{n}/3</span></li>'
        for n in (1, 2, 3)
    )
    counter = '<div class="Slideshow_counter__u">1/3</div>'
    html = page(f"<p>{P1}</p><ul>{slides}</ul>{counter}<p>{P2}</p><p>{P3}</p>")
    kinds = [(block.kind, block.lines) for block in ingest(html).blocks]
    assert [kind for kind, _ in kinds] == ["paragraph", "paragraph", "paragraph"]


def test_a_list_of_fractions_in_the_text_stays_the_texts() -> None:
    items = "<ul><li>1/2 litre de lait</li><li>3/4 de tasse de sucre</li></ul>"
    html = page(f"<p>{P1}</p>{items}<p>{P2}</p>")
    assert any(block.kind == "list" for block in ingest(html).blocks)


def test_a_credit_labelled_texte_without_a_colon_names_the_writers() -> None:
    credit = (
        '<p class="credit credit--texte"><span class="credit__label">Texte</span> '
        '<a href="/c/ev">Élise Vandamme</a>, <a href="/c/kb">Karim Benali</a></p>'
    )
    html = page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>").replace(
        f"<h1>{TITLE}</h1></header>", f"<h1>{TITLE}</h1>{credit}</header>"
    )
    assert meta_of(html)["author"] == "Élise Vandamme et Karim Benali"


def test_a_funding_note_under_the_text_is_no_paragraph() -> None:
    note = (
        "Ce reportage a été réalisé dans le cadre de l’Initiative de journalisme local. "
        "Pivot est un média indépendant et sans but lucratif."
    )
    blocks = ingest(page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{note}</p>")).blocks
    assert [block.lines[0] for block in blocks] == [P1, P2, P3]


def test_a_signature_closing_a_text_split_only_by_line_breaks_is_the_author() -> None:
    html = page("<br /><br />".join((PARA_1, PARA_2, PARA_3, "Yao Konan, Bouaké")))
    meta = meta_of(html)
    assert meta["author"] == "Yao Konan"
    assert all("Yao Konan" not in line for block in ingest(html).blocks for line in block.lines)


def test_a_short_last_paragraph_of_a_text_split_by_line_breaks_stays_the_texts() -> None:
    body = "<br /><br />".join((PARA_1, PARA_2, PARA_3, "Affaire à suivre."))
    lines = [line for block in ingest(page(body)).blocks for line in block.lines]
    assert "Affaire à suivre." in lines
