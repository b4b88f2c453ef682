"""Pages copied as text, the families of the holdout10 round: a selection headed by a byline
run into its date, a quotation's `»` glued to a verb, a video player's controls over its
title, a live page's entry times under a video's title, `Ce contenu a été publié le …`,
`Publié par Name | date`, a caption's credit closed by a full stop, a two-line author's bio,
and a `(Ph. : …)` credit. Each is stated on
invented text and held to the invariant that no word is lost unseen (`ingest` checks it).
"""

from __future__ import annotations

import pytest
from test_webcopy_families import (
    FOOTER,
    HEADER,
    HEADLINE,
    PARA_1,
    PARA_2,
    PARA_3,
    TOP,
    dropped,
    ingest,
    page_with,
    texts,
)

from visavis.ingest.copydates import is_date_line, publication_date
from visavis.ingest.linekind import Kind, classify_line, is_see_also


def test_a_selection_headed_by_a_byline_run_into_its_date_is_read_as_a_web_copy() -> None:
    byline = "Par Odile Ferrand - 13 oct. 2025 à 18:05 | mis à jour le 13 oct. 2025 à 20:12"
    _, meta, blocks = ingest(f"{HEADLINE}\n{byline}\n{PARA_1}\n{PARA_2}\n{PARA_3}\n")
    assert meta["source"]["format"] == "webcopy"
    assert meta["author"] == "Odile Ferrand"
    assert str(meta["date"]) == "2025-10-13"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_wrapped_quotation_closing_on_a_verb_is_no_see_also_cue() -> None:
    line = "voir», selon le maire, Odile Ferrand."
    assert not is_see_also(line)
    assert classify_line(line) == Kind.TEXT


@pytest.mark.parametrize("cue", ["Lire aussi »", "Voir aussi", "À lire aussi :"])
def test_a_see_also_cue_with_its_arrow_or_colon_is_still_one(cue: str) -> None:
    assert is_see_also(cue)


@pytest.mark.parametrize("control", ["Lecture de la vidéo", "Vidéo suivante", "Activer le son"])
def test_a_video_players_controls_are_buttons(control: str) -> None:
    assert classify_line(control) == Kind.BUTTON


def test_a_live_pages_video_title_over_timed_entries_is_no_headline() -> None:
    head = (
        "Région\nEN DIRECT\n"
        f"{HEADLINE}\nSuivez la situation heure par heure.\nPar Odile Ferrand\n"
        "Publié le 14/10/2025 à 06:12\nPartager\nLecture de la vidéo\n"
        "Roche-Blanche : les images de la halle sous la neige"
    )
    entries = f"19:35\n{PARA_1}\n18:52\n{PARA_2}\n18:10\n{PARA_3}"
    _, meta, blocks = ingest(f"{TOP}\n{head}\n{entries}\n{FOOTER}")
    assert meta["title"] == HEADLINE
    assert str(meta["date"]) == "2025-10-14"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_page_saying_when_its_content_was_published_gives_a_date_line() -> None:
    assert is_date_line("Ce contenu a été publié le 14 octobre 2025 - 15:42")
    assert not is_date_line("Le rapport a été publié le 14 octobre 2025.")
    header = f"{HEADLINE}\n\nCe contenu a été publié le 14 octobre 2025 - 15:42"
    _, meta, blocks = ingest(page_with(header, "Partager"))
    assert meta["title"] == HEADLINE
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert str(meta["date"]) == "2025-10-14"


def test_a_cms_byline_published_by_a_person_gives_author_and_date() -> None:
    line = "Publié par Odile Ferrand | octobre 14, 2025 | 0 commentaire"
    assert classify_line(line) == Kind.BYLINE
    assert publication_date(line) == "2025-10-14"
    _, meta, blocks = ingest(page_with(f"Région\n{HEADLINE}\n{line}", "Partager"))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert meta["author"] == "Odile Ferrand"
    assert str(meta["date"]) == "2025-10-14"


def test_an_update_alone_still_gives_no_publication_date() -> None:
    assert publication_date("Mis à jour le 10.04.2024") is None
    assert publication_date("Mis à jour le 10.04.2024 | Publié le 09.04.2024") == "2024-04-09"


@pytest.mark.parametrize(
    "caption",
    [
        "La halle du marché, fermée depuis deux ans, attend ses travaux. © Belga.",
        "La halle du marché, fermée depuis deux ans, attend ses travaux. Photo Léa Roux.",
        "La halle du marché, fermée depuis deux ans, attend ses travaux (Ph. : L'Écho)",
        # holdout23, holdout24: a paper's initials after a dash, `(c)` for `©`
        "Le nouveau passeur, à la barre du « Mosan II ». - ÉdA Jacques Duchêne",
        "La halle du marché, lors de sa réouverture. (c) L'Écho des Collines",
    ],
)
def test_a_caption_whose_credit_ends_on_a_full_stop_or_reads_ph_is_dropped(caption: str) -> None:
    assert classify_line(caption) == Kind.CAPTION
    result, _, blocks = ingest(page_with(HEADER, caption))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert caption in dropped(result)


def test_a_sentence_going_on_after_a_credit_like_word_is_text() -> None:
    assert classify_line("Le chantier a pris du retard. Photo Belga. Il reprendra lundi.") == (
        Kind.TEXT
    )
    assert classify_line("Le ph. de l’eau est mesuré chaque jour.") == Kind.TEXT


def test_an_authors_bio_of_two_lines_closing_the_text_is_no_paragraph() -> None:
    bio = (
        "Hélène Vidal est journaliste à la rubrique régionale depuis 2019.\n"
        "Elle couvre la politique communale et les marchés."
    )
    _, meta, blocks = ingest(
        f"{TOP}\n{HEADER}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{bio}\n\n{FOOTER}"
    )
    assert meta["author"] == "Hélène Vidal"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_short_opening_paragraph_under_the_share_buttons_stays_the_texts() -> None:
    opening = "La halle rouvrira en septembre."  # a caption has this shape too: text is kept
    page = f"{TOP}\n{HEADER}\nPartager\nFacebook\n{opening}\n{PARA_2} {PARA_3}\n{FOOTER}"
    _, _, blocks = ingest(page)
    assert texts(blocks)[0] == opening
