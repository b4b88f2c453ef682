"""Pages copied as text, the families of the holdout17 round: a bare name run into its editor
and its date (`Anne Roy — Édité par Paul Lin — 3 juillet 2025`), a caption whose credit is a
photographer's initials, the reference of a study under the text, a WordPress info line that
gives the rubric under a menu, and `Name / Rédaction` over a reader view's reading time. Each
is stated on invented text and held to the invariant that no word is lost unseen (`ingest`
checks it).
"""

from __future__ import annotations

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

from visavis.ingest.photocredits import is_caption

DEK = "La halle rouvrira en septembre, après deux ans de travaux et un chantier contesté."
BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"


def test_a_name_run_into_its_editor_and_date_is_the_byline_of_a_selection() -> None:
    credit = "Hélène Vidal — Édité par Paul Lin — 3 juillet 2025 à 7h00"
    page = f"Région\n{HEADLINE}\n{DEK}\n{credit}\nTemps de lecture: 4 min\n{PARA_1}\n{PARA_2}"
    _, meta, blocks = ingest(page)
    assert meta["title"] == HEADLINE and meta["section"] == "Région"
    assert meta["author"] == "Hélène Vidal"  # the editor is no author
    assert str(meta["date"]) == "2025-07-03"
    assert meta["standfirst"] == DEK
    assert texts(blocks) == [PARA_1, PARA_2]


def test_a_caption_closed_by_a_photographers_initials_is_a_caption() -> None:
    assert is_caption("La halle du marché, un samedi de mars. Photo J.-M.A.")
    assert not is_caption(f"{PARA_1} Photo J.-M.A. ou non, le maire l'a dit.")


def test_a_studys_reference_under_the_text_is_dropped_and_listed() -> None:
    source = "Source : A. Roy et P. Lin, « Les halles couvertes », Revue urbaine, juin 2025."
    page = f"{TOP}\nRégion\n{HEADLINE}\nPar Hélène Vidal\n\n{BODY}\n\n{source}\n\n{FOOTER}"
    result, _, blocks = ingest(page)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert "«Source : A. Roy" in dropped(result)


def test_an_info_lines_category_gives_the_rubric_under_the_menu() -> None:
    menu = "ACCUEIL\nPolitique\nSociété\nÉconomie\nSports\nCulture\nInternational\n"
    info = "par Hélène Vidal | Juil. 2, 2025 | Société | 0 commentaires"
    _, meta, _ = ingest(f"L'Écho des Collines\n\n{menu}\n{HEADLINE}\n{info}\n\n{BODY}\n\n{FOOTER}")
    assert meta["section"] == "Société"
    assert meta["author"] == "Hélène Vidal"


def test_a_name_beside_the_newsroom_over_a_reading_time_is_the_byline() -> None:
    head = f"lechodescollines.fr\n{HEADLINE}\nHélène Vidal / Rédaction\n2–3 minutes"
    _, meta, _ = ingest(f"{head}\n{BODY}\n")
    assert meta["author"] == "Hélène Vidal"
