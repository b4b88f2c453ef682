"""Pages copied as text, the families of the holdout11 round: a browser's reader view (its
site line, its `3 à 4 minutes`, the excerpt over the lead photo's caption), the logo over the
edition's name, a place's hyphenated name over the headline, a pull quote's speaker after a
dash, a page that opens on its menu and names itself in its footer only, a portrait's `Bio
express` box, a score box's figures and a see-also cue glued to its link. Each is stated on
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

from visavis.ingest.copybanners import is_interface
from visavis.ingest.engagement import is_read_time, is_reader_estimate
from visavis.ingest.linekind import Kind, classify_line

DEK = "La halle rouvrira en septembre, après deux ans de travaux et un chantier contesté."
CAPTION = "La halle du marché, un samedi de mars. (L'Écho, Léa Roux)"


def reader_view(*, caption: str = CAPTION) -> str:
    """A page as a browser's reader view copies it: site, headline, author, estimate, excerpt,
    the lead photo's caption, the text."""
    head = f"L'Écho des Collines\n\n{HEADLINE}\n\nHélène Vidal\n\n3 à 4 minutes\n\n{DEK}"
    return f"{head}\n\n{caption}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n"


@pytest.mark.parametrize("estimate", ["3 à 4 minutes", "4–5 minutes", "2-3 minutes"])
def test_a_reader_views_estimate_is_a_reading_time(estimate: str) -> None:
    assert is_read_time(estimate) and is_reader_estimate(estimate)
    assert not is_reader_estimate("Lecture 3 min")


def test_a_reader_view_gives_site_headline_author_and_excerpt() -> None:
    _, meta, blocks = ingest(reader_view())
    assert meta["publication"] == "L'Écho des Collines"
    assert meta["section"] is None  # its first line names the site, no rubric
    assert meta["title"] == HEADLINE
    assert meta["author"] == "Hélène Vidal"
    assert meta["standfirst"] == DEK
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_the_logo_over_the_line_naming_the_edition_gives_the_editions_name() -> None:
    top = "ici\nici Collines\nÉcouter le direct\nInfos\nSports\nMétéo\n"
    _, meta, _ = ingest(page_with(HEADER, "Partager", top=top))
    assert meta["publication"] == "ici Collines"


@pytest.mark.parametrize("place", ["Villefranche-sur-Mer", "Boulogne-sur-Mer"])
def test_a_hyphenated_place_name_is_no_button_and_gives_the_section(place: str) -> None:
    assert not is_interface(place)
    assert is_interface("Partager") and is_interface("Commenter")
    _, meta, _ = ingest(page_with(f"{place}\n{HEADLINE}\nPar Hélène Vidal\n3 mars 2025", ""))
    assert meta["section"] == place


def test_a_pull_quotes_speaker_after_a_dash_is_its_attribution() -> None:
    quote = "« Une halle fermée, c’est un village qui se tait. »"
    said = f"{PARA_2} « Une halle fermée, c’est un village qui se tait », dit Odile Ferrand."
    middle = f"{quote}\n- Odile Ferrand, fromagère"
    _, _, blocks = ingest(f"{TOP}\n{HEADER}\n\n{PARA_1}\n\n{middle}\n\n{said}\n\n{FOOTER}")
    quotes = [block for block in blocks if block.kind == "quote"]
    assert [" ".join(block.lines) for block in quotes] == [quote]
    assert quotes[0].attribution == "Odile Ferrand, fromagère"
    assert texts(blocks) == [PARA_1, said]


def test_a_dash_list_of_things_stays_a_list() -> None:
    items = "- les étals du samedi ;\n- le marché de Noël ;\n- la fête des vendanges."
    _, _, blocks = ingest(page_with(HEADER, f"Trois rendez-vous reviennent :\n{items}"))
    assert [block.kind for block in blocks].count("list") == 1


def test_a_page_opening_on_its_menu_is_named_by_its_copyright() -> None:
    top = "Accepter les cookies\nCollines\nVallon\nPlateau\nSports\n"
    footer = (
        "Vous aimerez aussi\nCollines : la foire aux vins revient\n"
        "L'Écho-Matin\n© L'Écho-Matin 2025\n"
    )
    _, meta, _ = ingest(page_with(HEADER, "Partager", top=top, footer=footer))
    assert meta["publication"] == "L'Écho-Matin"


def test_a_site_name_over_its_menu_keeps_its_name() -> None:
    top = "Collines\n\nActualité\n\nPolitique\n\nSport\n\nCulture\n"
    _, meta, _ = ingest(page_with(HEADER, "Partager", top=top, footer="© 2025 Collines.com\n"))
    assert meta["publication"] == "Collines"


def test_a_portraits_bio_express_box_after_an_interview_is_no_text() -> None:
    box = (
        "Bio express\n1971 Naissance à Roche-Blanche.\n1990 Diplôme de fromagère.\n2018 Présidente."
    )
    result, _, blocks = ingest(f"{TOP}\n{HEADER}\n\n{PARA_1}\n\n{PARA_2}\n\n{box}\n\n{FOOTER}")
    assert texts(blocks) == [PARA_1, PARA_2]
    assert "1971 Naissance" in dropped(result)


def test_a_score_boxs_figures_are_no_paragraph() -> None:
    assert classify_line("2 - 1") == Kind.LABEL
    box = "Roche-Blanche\n2 - 1\nVallon\nTerminé"
    result, _, blocks = ingest(page_with(HEADER, "Partager").replace(PARA_1, f"{box}\n\n{PARA_1}"))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert "«2 - 1»" in dropped(result)


def test_a_see_also_cue_glued_to_its_link_is_dropped() -> None:
    cue = "À lire aussiÀ Vallon, la foire aux vins revient en octobre"
    assert classify_line(cue) == Kind.SEEALSO
    assert classify_line("Lire aussi des livres, c’est bien.") == Kind.TEXT
    result, _, blocks = ingest(page_with(HEADER, cue))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert cue in dropped(result)


@pytest.mark.parametrize(
    "sentence",
    [
        "Par Internet, les habitants peuvent déposer leur demande jusqu’au 15 mars.",
        "Par SMS, la mairie a prévenu les parents dès lundi matin.",
    ],
)
def test_a_sentence_opening_on_par_and_a_thing_is_the_texts_paragraph(sentence: str) -> None:
    assert classify_line(sentence) == Kind.TEXT
    _, _, blocks = ingest(page_with(HEADER, sentence))
    assert texts(blocks) == [PARA_1, sentence, PARA_2, PARA_3]


@pytest.mark.parametrize(
    "byline",
    [
        "Par Anne Roy, correspondante à Genève.",
        "Une opinion de Léa Martin et Paul Tremblay, chercheurs en sciences de l’éducation.",
    ],
)
def test_a_byline_with_a_long_role_after_its_names_is_still_one(byline: str) -> None:
    assert classify_line(byline) == Kind.BYLINE


def test_a_caption_closed_by_the_papers_initials_and_the_photographer_is_dropped() -> None:
    caption = "La halle du marché, en plein centre du bourg. EDC - Xavier de Fenoyl"
    assert classify_line(caption) == Kind.CAPTION
    result, _, blocks = ingest(page_with(HEADER, caption))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert caption in dropped(result)


def test_a_logo_in_capitals_takes_the_footers_spelling_of_the_same_name() -> None:
    top = "ECHOCOLLINES\nMenu\nSe connecter\n"
    footer = "Partager\nÉcho Collines\nMentions légales\n"
    _, meta, _ = ingest(page_with(HEADER, "Partager", top=top, footer=footer))
    assert meta["publication"] == "Écho Collines"


def test_a_reader_view_printing_the_sites_address_over_its_name_takes_the_name() -> None:
    page = reader_view().replace(
        "L'Écho des Collines\n", "lechodescollines.fr\nL'Écho des Collines\n"
    )
    _, meta, blocks = ingest(page)
    assert meta["publication"] == "L'Écho des Collines"
    assert meta["section"] is None
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
