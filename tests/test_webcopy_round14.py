"""Pages copied as text, the families of the holdout14 and holdout15 rounds: a mouse selection
whose only head is a newsroom credit (`Rédaction`) over a relative date, a caption closed by
`- D.R.`, a signature after the last paragraph that gives the author's role after a dash, a
copy that opens on the paper's name which its photo credits repeat, and a press review's
source line (`Lu dans El País (Madrid)`) under the byline. Each is stated on invented text and
held to the invariant that no word is lost unseen (`ingest` checks it).
"""

from __future__ import annotations

import pytest
from test_webcopy_families import (
    FOOTER,
    HEADLINE,
    PARA_1,
    PARA_2,
    PARA_3,
    TOP,
    dropped,
    ingest,
    texts,
)

from visavis.ingest.core import ingest_text
from visavis.ingest.photocredits import is_caption

DEK = "La halle rouvrira en septembre, après deux ans de travaux et un chantier contesté."


def test_a_selection_under_a_newsroom_credit_and_a_relative_date_is_a_web_copy() -> None:
    caption = "La halle du marché, un samedi de mars. - D.R."
    page = f"{HEADLINE}\n{DEK}\nRédaction\nMis à jour il y a 2 h\n{caption}\n{PARA_1}\n{PARA_2}"
    result, meta, blocks = ingest(page)
    assert meta["standfirst"] == DEK
    assert meta["author"] is None and meta["date"] is None  # the newsroom, a relative date
    assert texts(blocks) == [PARA_1, PARA_2]
    assert not texts(blocks, "subhead")
    assert "«Mis à jour il y a 2 h»" in dropped(result)


def test_plain_text_without_a_credit_over_a_date_stays_plain_text() -> None:
    page = f"{HEADLINE}\n\n{DEK}\n\n{PARA_1}\n\n{PARA_2}\n"
    assert ingest_text(page, "page.txt").meta["source"]["format"] == "plaintext"


@pytest.mark.parametrize(
    "caption",
    [
        "La halle du marché, un samedi de mars. - D.R.",
        "La halle du marché, un samedi de mars. – DR",
        "La halle du marché, un samedi de mars. (D.R.)",
    ],
)
def test_a_caption_closed_by_droits_reserves_is_a_caption(caption: str) -> None:
    assert is_caption(caption)


def test_a_dr_inside_a_sentence_does_not_make_a_caption() -> None:
    assert not is_caption(f"{PARA_2} Le D.R. de la commune a signé.")


@pytest.mark.parametrize(
    ("signature", "author"),
    [
        ("Hélène Vidal - Correspondante à Roche-Blanche", "Hélène Vidal"),
        ("Hélène Vidal, à Roche-Blanche", "Hélène Vidal"),
    ],
)
def test_a_signature_after_the_last_paragraph_gives_the_author(signature: str, author: str) -> None:
    head = f"{HEADLINE}\n\njeudi 20 mars 2025"
    page = f"{TOP}\n{head}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{signature}\n\n{FOOTER}"
    _, meta, blocks = ingest(page)
    assert meta["author"] == author
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_first_line_the_photo_credits_repeat_names_the_paper_not_a_rubric() -> None:
    caption = "La halle du marché, un samedi de mars. – L'Écho des Collines: Léa Roux"
    head = f"L'Écho des Collines\n{HEADLINE}\nHélène Vidal\n10 mars 2025\n\n{caption}"
    _, meta, blocks = ingest(f"{head}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n")
    assert meta["publication"] == "L'Écho des Collines"
    assert meta["section"] is None
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_first_line_the_page_does_not_credit_stays_the_rubric() -> None:
    head = f"Région\n{HEADLINE}\nHélène Vidal\n10 mars 2025"
    _, meta, _ = ingest(f"{head}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{FOOTER}")
    assert meta["section"] == "Région"


def test_a_press_reviews_source_line_under_the_byline_is_no_headline() -> None:
    head = f"Monde\n{HEADLINE}\n{DEK}\nHélène Vidal\nLu dans El Diario (Madrid)"
    page = f"{TOP}\n{head}\nPublié le 5 juin 2025 à 05h00\nLecture 4 min.\n\n{PARA_1}\n\n{PARA_2}"
    _, meta, blocks = ingest(f"{page}\n\n{PARA_3}\n\n{FOOTER}")
    assert meta["title"] == HEADLINE
    assert meta["author"] == "Hélène Vidal"
    assert meta["section"] == "Monde"
    assert "agency" not in meta and meta["publication"] == "L'Écho des Collines"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_site_name_shouted_on_top_takes_the_footers_lowercase_brand() -> None:
    top = "7SUR7.NET\nLe site qui informe\nMenu\nS'abonner\n"
    header = f"Politique\n{HEADLINE}\nPar Hélène Vidal\nPublié le 3 mars 2025"
    footer = "Partager\n7sur7.net\n© 2025 7sur7.net - Tous droits réservés\n"
    page = f"{top}\n{header}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{footer}"
    _, meta, _ = ingest(page)
    assert meta["publication"] == "7sur7.net"


def test_an_agency_and_a_name_around_a_slash_over_the_date_is_the_byline() -> None:
    header = f"Région\n{HEADLINE}\n\n{DEK}\n\nATS / Hélène Vidal\nPublié le 21.05.2025"
    caption = "La halle du marché, un samedi de mars. Photo: Léa Roux"
    page = f"{TOP}\n{header}\n\n{caption}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{FOOTER}"
    _, meta, blocks = ingest(page)
    assert meta["author"] == "Hélène Vidal" and meta["agency"] == "ATS"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_photo_agencys_credit_over_the_date_names_no_author() -> None:
    header = f"Région\n{HEADLINE}\n\n{DEK}\n\nKeystone / Léa Roux\nPublié le 21.05.2025"
    page = f"{TOP}\n{header}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{FOOTER}"
    _, meta, _ = ingest(page)
    assert meta["author"] is None
