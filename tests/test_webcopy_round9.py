"""Pages copied as text, the families of the holdout9 round: see-also cues naming the kind and
year of the piece they link to, a byline's place with its own brackets, two-word subheads, a
sign-up box with its e-mail field, a list of links under `À lire aussi :`, a pull quote's
speaker after `Une citation de`, a note on the article's age, and numeric dates printed month
first. Each family is stated on invented text and held to the invariant that no word is lost
unseen (`ingest` checks it).
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

from visavis.ingest.copybanners import is_article_note
from visavis.ingest.copycredits import read_credits
from visavis.ingest.copydates import find_date
from visavis.ingest.linekind import Kind, classify_line, is_see_also

PARA_4 = (
    "Les architectes des Bâtiments de France ont donné leur accord au projet en janvier, après "
    "deux versions refusées."
)


def body_page(*blocks: str, header: str = HEADER, single: bool = False) -> str:
    """A copied page with the given body's blocks, separated by blank lines (or, `single`, by
    single newlines, as some browsers copy)."""
    join = "\n" if single else "\n\n"
    return f"{TOP}\n{header}\n\n{join.join(blocks)}\n\n{FOOTER}"


@pytest.mark.parametrize(
    "cue",
    [
        "Lire aussi (2024) | Les halles couvertes de la vallée, un patrimoine menacé",
        "Lire aussi l’entretien | Odile Ferrand : « Un marché, c’est une place publique »",
        "Lire le décryptage : Ce que change la loi sur les halles",
        "Voir aussi l'archive (1998) : Le jour où la halle a brûlé",
    ],
)
def test_a_see_also_cue_naming_the_pieces_kind_or_year_is_dropped_as_a_link(cue: str) -> None:
    assert is_see_also(cue)
    result, _, blocks = ingest(page_with(HEADER, cue))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert texts(blocks, "subhead") == []
    assert cue in dropped(result)


@pytest.mark.parametrize("line", ["Lire la suite", "Lire les articles du jour"])
def test_reading_on_or_a_list_of_articles_is_no_see_also_cue(line: str) -> None:
    assert not is_see_also(line)


def test_a_bylines_place_may_carry_its_own_brackets() -> None:
    credits = read_credits("Par Odile Ferrand (Crest (Drôme), envoyée spéciale)", {})

    assert credits.persons == ("Odile Ferrand",)
    assert credits.rest == ("Crest (Drôme)", "envoyée spéciale")


def test_the_author_of_a_byline_with_a_bracketed_place_is_read() -> None:
    header = f"{HEADLINE}\n\nPar Odile Ferrand (Crest (Drôme), envoyée spéciale)\n3 mars 2025"
    _, meta, blocks = ingest(page_with(header, "Partager"))
    assert meta["author"] == "Odile Ferrand"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


@pytest.mark.parametrize("single", [False, True])
def test_a_two_word_line_between_paragraphs_is_a_subhead(single: bool) -> None:
    assert classify_line("Premier bilan") == Kind.LABEL  # alone, it could be a menu's entry
    page = body_page(PARA_1, PARA_2, "Premier bilan", PARA_3, PARA_4, single=single)
    _, _, blocks = ingest(page)
    assert texts(blocks, "subhead") == ["Premier bilan"]
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3, PARA_4]


@pytest.mark.parametrize("label", ["En images", "Diaporama", "Regardez aussi"])
def test_a_two_word_label_of_the_page_between_paragraphs_is_no_subhead(label: str) -> None:
    result, _, blocks = ingest(body_page(PARA_1, PARA_2, label, PARA_3))
    assert texts(blocks, "subhead") == []
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert label in dropped(result)


def test_a_two_word_line_at_the_end_of_the_text_is_no_subhead() -> None:
    result, _, blocks = ingest(body_page(PARA_1, PARA_2, PARA_3, "Mots-clés"))
    assert texts(blocks, "subhead") == []
    assert "Mots-clés" in dropped(result)


def test_a_sign_up_box_with_the_letters_name_a_blurb_and_an_e_mail_field_is_dropped() -> None:
    box = (
        "Newsletter\nVie locale - Collines\nChaque matin, l’essentiel de l’actualité de votre "
        "commune.\nVotre adresse e-mail\nJe m’inscris"
    )
    result, _, blocks = ingest(page_with(HEADER, box))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert "Chaque matin, l’essentiel" in dropped(result)


LINKS = (
    "Les halles couvertes de la vallée, un patrimoine menacé",
    "Marchés : le bio gagne les places de village",
    "Les maraîchers réclament des horaires d’été",
)


def test_every_title_listed_under_a_see_also_cue_with_a_colon_is_a_link() -> None:
    listing = "\n".join(("À lire aussi :", *LINKS))
    result, _, blocks = ingest(body_page(PARA_1, listing, PARA_2, PARA_3, single=True))
    assert texts(blocks, "subhead") == []
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert all(link in dropped(result) for link in LINKS)


def test_a_title_after_the_one_link_of_a_bare_see_also_cue_is_the_texts_subhead() -> None:
    teaser = f"À LIRE AUSSI\n{LINKS[1]}\nUn chantier sous surveillance"
    _, _, blocks = ingest(body_page(PARA_1, teaser, PARA_2, PARA_3, single=True))
    assert texts(blocks, "subhead") == ["Un chantier sous surveillance"]
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_pull_quotes_speaker_after_une_citation_de_is_its_attribution() -> None:
    quote = "« Une halle fermée, c’est un village qui se tait. »"
    said = f"{PARA_2} « Une halle fermée, c’est un village qui se tait », dit Odile Ferrand."
    middle = f"{quote}\nUne citation de Odile Ferrand, fromagère"
    _, _, blocks = ingest(body_page(PARA_1, middle, said, PARA_3))
    quotes = [block for block in blocks if block.kind == "quote"]
    assert [" ".join(block.lines) for block in quotes] == [quote]
    assert quotes[0].attribution == "Une citation de Odile Ferrand, fromagère"
    assert texts(blocks, "subhead") == []


@pytest.mark.parametrize(
    "note",
    [
        "Prenez note que cet article publié en 2023 pourrait contenir des informations qui ne "
        "sont plus à jour.",
        "Attention, cet article date de plus de deux ans.",
        "Cet article a plus d’un an.",
    ],
)
def test_a_note_on_the_articles_age_is_dropped(note: str) -> None:
    assert is_article_note(note)
    result, _, blocks = ingest(body_page(note, PARA_1, PARA_2, PARA_3))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert note in dropped(result)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cet article a été lu plus de deux mille fois.",
        "Ce texte, adopté il y a plus de deux ans, n’est toujours pas appliqué.",
        "Ce texte obsolète doit être réécrit, estime le syndicat.",
        "Cet article de la Constitution a plus de deux ans d’existence.",
    ],
)
def test_a_sentence_about_a_text_or_its_readers_is_no_note(sentence: str) -> None:
    assert not is_article_note(sentence)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Mon, 03/17/2025 - 14:20", "2025-03-17"),  # no month 17: month first
        ("Mon, 03/07/2025 - 14:20", "2025-03-07"),  # an English weekday: month first
        ("Tuesday, 03/07/2025", "2025-03-07"),
        ("Publié le 07/03/2025", "2025-03-07"),  # day first, as French sites print it
        ("17/03/2025", "2025-03-17"),
    ],
)
def test_a_numeric_date_is_read_in_the_order_its_site_prints(line: str, date: str) -> None:
    assert find_date(line) == date


def test_a_month_first_date_line_dates_the_article_and_leaves_the_text() -> None:
    header = f"Région\n\n{HEADLINE}\n\nMon, 03/17/2025 - 14:20"
    _, meta, blocks = ingest(page_with(header, "Partager"))
    assert str(meta["date"]) == "2025-03-17"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
