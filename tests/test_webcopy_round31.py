"""Pages copied as text, the families of the holdout51–52/text round: a column's label over
the headline (`Chronique « Villes ouvertes »`, `Critique théâtrale`) is a genre, never the
section; a review's closing practical line (`→ Bruxelles, … Durée : 1 h 45. Infos : www.…`)
is text, though it holds an address; a live page's newest entry, stamped `Il y a 12 minutes`
under a dated header, is an entry, not the standfirst; in a copy with a blank line under every
block, `À lire aussi` and the headlines it links to are a box of links however far apart; a
menu of short entries over the headline gives way to the footer's `©` for the site's name.
Each is stated on invented text and held to the invariant that no word is lost unseen.
"""

from __future__ import annotations

import pytest
from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, texts

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
CREDITS = "Par Hélène Vidal\n\nPublié le 24 novembre 2025 à 17h12"


def test_a_columns_label_under_the_rubric_is_a_genre_not_the_section() -> None:
    labels = "Idées et Débats\n\nChronique « Villes ouvertes »\n\n"
    _, meta, _ = ingest(f"{TOP}\n{labels}{HEADLINE}\n\n{CREDITS}\n\n{BODY}\n")
    assert meta["section"] == "Idées et Débats"


def test_a_qualified_genre_alone_over_the_headline_is_no_section() -> None:
    _, meta, _ = ingest(f"{TOP}\nCritique théâtrale\n{HEADLINE}\n{CREDITS}\n\n{BODY}\n")
    assert meta.get("section") is None


def test_a_reviews_practical_line_with_an_address_is_text() -> None:
    info = (
        "→ Bruxelles, Théâtre des Collines, jusqu’au 29 novembre. Durée : 1 h 45. "
        "Infos : www.theatre-collines.be"
    )
    copy = f"{TOP}\n{HEADLINE}\n{CREDITS}\n\n{BODY}\n\n{info}\n\nThéâtre\nBruxelles\n"
    _, _, blocks = ingest(copy)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3, info]


def live_page(first_stamp: str, header_date: str) -> str:
    """A live page whose newest entry is stamped `first_stamp`."""
    entries = f"{first_stamp}\n{PARA_1}\n14 h 41\n{PARA_2}\n13 h 55\n{PARA_3}\n"
    return f"{TOP}\nEN DIRECT\n{HEADLINE}\nPar Hélène Vidal\n{header_date}{entries}"


def test_a_live_pages_newest_entry_stamped_minutes_ago_is_no_standfirst() -> None:
    copy = live_page("Il y a 12 minutes", "Publié le 26 novembre 2025 à 6 h 04\n")
    _, meta, blocks = ingest(copy)
    assert meta.get("standfirst") is None
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_under_an_undated_header_minutes_ago_dates_the_page_and_the_intro_is_the_standfirst() -> (
    None
):
    intro = "Les vents ont dépassé 150 km/h dans la nuit. Suivez la situation heure par heure."
    copy = f"{TOP}\n{HEADLINE}\nIl y a 25 min\n{intro}\n10:42\n{PARA_1}\n10:15\n{PARA_2}\n"
    _, meta, blocks = ingest(copy)
    assert meta["standfirst"] == intro
    assert texts(blocks) == [PARA_1, PARA_2]


@pytest.mark.parametrize(
    "related",
    [
        "À LIRE AUSSI\n\nUn couple de Longueuil accusé d’avoir vidé le compte de sa tante\n\n"
        "Faux contrats de toiture : un entrepreneur de Repentigny arrêté\n\n",
        "À lire aussi\n\nArmentières : le marché déménage sur le parking Marcel-Pagnol\n\n",
    ],
    ids=["two-headlines", "one-headline"],
)
def test_in_a_spaced_copy_a_see_also_cue_and_its_headlines_are_links(related: str) -> None:
    copy = f"{TOP}\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{related}Un chantier de deux ans\n\n"
    _, _, blocks = ingest(f"{copy}{PARA_2}\n\n{PARA_3}\n")
    assert texts(blocks, "subhead") == ["Un chantier de deux ans"]
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_menu_of_short_entries_gives_way_to_the_footers_name() -> None:
    menu = (
        "Passer au contenu principal\nActualité\nJustice et faits divers\nPolitique\nMonde\n"
        "Argent\nSports\n"
    )
    footer = (
        "Nous joindre\nConditions d’utilisation\n"
        "© 2025 Le Courrier des Collines, tous droits réservés\n"
    )
    _, meta, _ = ingest(f"{menu}\n{HEADLINE}\n{CREDITS}\n\n{BODY}\n\n{footer}")
    assert meta["publication"] == "Le Courrier des Collines"


def test_a_site_name_over_a_menu_stays_when_the_footer_adds_its_company() -> None:
    top = "lecho.mu\nL'Écho\nToute l'actualité de Maurice\nActualités\nÉconomie\nPolitique\nSport\n"
    footer = "© 2025 L'Écho, La Vigie Ltd\n"
    _, meta, _ = ingest(f"{top}\n{HEADLINE}\n{CREDITS}\n\n{BODY}\n\n{footer}")
    assert meta["publication"] == "L'Écho"


def test_in_a_spaced_copy_a_box_of_links_in_one_block_heads_nothing() -> None:
    related = (
        "Lire aussi\nNominations : le bras de fer entre le Sérail et Baabda se poursuit\n"
        "Magistrats en grève : les tribunaux tournent au ralenti\n\n"
    )
    copy = f"{TOP}\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{related}"
    _, _, blocks = ingest(f"{copy}{PARA_2}\n\n{PARA_3}\n")
    assert texts(blocks, "subhead") == []
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
