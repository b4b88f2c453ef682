"""Pages copied as text, the families of the holdout23 and holdout24 rounds: a table copied
with its cells parted by tabs or aligned with spaces (each row a paragraph, never chrome nor a
subhead), a news aggregator's page (its credits over the headline, `Suivre`, the source named
under the text), an app's share line, a blog's `2 réponses à « … »` over its comments, a tags
line, a subhead under an ad's label, a reader view's address over the site's name, a list's
items closed by `;` without marks, and a footer's sentence under a box of links. Each is
stated on invented text and held to the invariant that no word is lost unseen (`ingest`
checks it).
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

from visavis.ingest.copytables import table_rows
from visavis.ingest.linekind import Kind, classify_line

LEAD_IN = "Les chiffres des trois dernières saisons parlent d'eux-mêmes :"
TABBED = "Saison\tVisiteurs\tRecettes (€)\n2023\t12 400\t86 000\n2024\t15 100\t97 500"
ALIGNED = (
    "Parcours      Distance    Départ\nLa Grimpette  12 km       10 h\n"
    "Les Balcons   24 km       8 h 30"
)


def test_rows_whose_cells_a_tab_or_a_run_of_spaces_parts_are_a_table() -> None:
    assert table_rows(TABBED.split("\n")) == {1, 2, 3}
    assert table_rows(ALIGNED.split("\n")) == {1, 2, 3}
    one_line = "Il a dit.  Puis il est parti, sans un mot de plus pour personne."
    assert table_rows([one_line, PARA_1]) == set()  # two spaces after a full stop: no cells


@pytest.mark.parametrize("table", [TABBED, ALIGNED], ids=["tabs", "spaces"])
def test_a_tables_rows_are_paragraphs_one_each(table: str) -> None:
    result, _, blocks = ingest(page_with(HEADER, f"{LEAD_IN}\n\n{table}"))
    rows = [" ".join(row.split()) for row in table.split("\n")]
    assert texts(blocks) == [PARA_1, LEAD_IN, *rows, PARA_2, PARA_3]
    assert texts(blocks, "subhead") == []
    assert rows[1] not in dropped(result)


def test_a_row_of_figures_over_its_source_is_no_phone_number_nor_caption() -> None:
    middle = f"{LEAD_IN}\n\n{TABBED}\n\nSource : office du tourisme"
    _, _, blocks = ingest(page_with(HEADER, middle))
    assert "2024 15 100 97 500" in texts(blocks)


AGGREGATOR_TOP = "Accueil\nPour vous\nÀ la une\nMes sources\n\nL'Écho des Collines\nSuivre\n"


def test_an_aggregators_credits_over_the_headline_give_the_headline_and_author() -> None:
    head = f"Article de Hélène Vidal · il y a 5 h\n\n{HEADLINE}"
    body = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
    foot = "Voir l'article sur le site de L'Écho des Collines\n\nConfidentialité\nAide"
    _, meta, blocks = ingest(f"{AGGREGATOR_TOP}{head}\n\n{body}\n\n{foot}\n")
    assert meta["title"] == HEADLINE
    assert meta["author"] == "Hélène Vidal"
    assert meta["section"] is None
    assert meta["publication"] == "L'Écho des Collines"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_an_aggregators_story_credit_names_its_authors_and_its_follow_button_no_rubric() -> None:
    top = "Microsoft Start\nAccueil\nActualités\nMétéo\nSports\n\nL'Écho des Collines\nSuivre\n"
    head = f"{HEADLINE}\nHistoire de Hélène Vidal et Paul Lin • 5 h\n3 min de lecture"
    foot = "Plus d'articles de L'Écho des Collines\n© Microsoft 2025"
    _, meta, _ = ingest(f"{top}{head}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{foot}\n")
    assert meta["author"] == "Hélène Vidal et Paul Lin"
    assert meta["section"] is None
    assert meta["publication"] == "L'Écho des Collines"
    assert classify_line("Suivre") == Kind.BUTTON


def test_a_headline_starting_with_histoire_de_is_no_credit() -> None:
    assert classify_line("Histoire de Liège en dix bâtiments") != Kind.BYLINE


def test_an_apps_share_line_names_the_site() -> None:
    foot = "—\nPartagé depuis l'application L'Écho des Collines\nTélécharger l'application"
    head = f"Région\n{HEADLINE}\n\nPar Hélène Vidal — 15/10/2025"
    _, meta, _ = ingest(f"{head}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{PARA_1}\n\n{foot}\n")
    assert meta["publication"] == "L'Écho des Collines"


def test_a_blogs_replies_heading_stops_the_text_before_the_comments() -> None:
    comments = (
        f"2 réponses à « {HEADLINE} »\nWilner P.\n18 juin 2025 à 10 h 12\n"
        "Bravo à la commune, il faut la même chose chez nous et sans attendre dix ans.\nRépondre"
    )
    _, _, blocks = ingest(page_with(HEADER, PARA_3, footer=f"{comments}\n\n{FOOTER}"))
    assert texts(blocks) == [PARA_1, PARA_3, PARA_2, PARA_3]


def test_a_tags_line_is_chrome() -> None:
    tags = "Mots-clés : Marché Halle Commerce"
    assert classify_line(tags) == Kind.BUTTON
    result, _, blocks = ingest(page_with(HEADER, PARA_3, footer=f"{tags}\n\n{FOOTER}"))
    assert tags not in texts(blocks) and tags in dropped(result)


def test_an_interviewers_question_that_says_accepte_is_no_banner() -> None:
    question = "Vous prenez les rênes d'un club classé septième. Pourquoi avoir accepté ?"
    assert classify_line(question) == Kind.TEXT
    assert classify_line("Acceptez-vous les cookies ?") == Kind.BANNER


def test_a_two_word_subhead_under_an_ads_label_in_a_copy_without_blank_lines() -> None:
    lines = [TOP.strip(), "Région", HEADLINE, "Hélène Vidal", "Publié: 03.11.2025, 17:42"]
    lines += [
        PARA_1,
        PARA_2,
        "Publicité",
        "Produits locaux",
        PARA_3,
        PARA_1.replace("lundi", "mardi"),
    ]
    _, _, blocks = ingest("\n".join(lines) + "\n")
    assert texts(blocks, "subhead") == ["Produits locaux"]


def test_a_reader_views_address_over_the_site_name_gives_the_name() -> None:
    page = f"www.echodescollines.ch\nL'Écho des Collines\n{HEADLINE}\nHélène Vidal\n4–5 minutes\n\n"
    _, meta, _ = ingest(f"{page}{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n")
    assert meta["publication"] == "L'Écho des Collines"


def test_a_lists_items_closed_by_semicolons_are_one_item_each() -> None:
    items = [
        "une ligne de bus entre la halle et la gare, toutes les trente minutes le samedi;",
        "une navette gratuite depuis le parking de la mairie, par la rue du Moulin;",
        "un marché du soir le jeudi, de 17 heures à 21 heures, pendant tout l'été.",
    ]
    lead = "La commune a présenté mardi les changements prévus pour la réouverture :"
    _, _, blocks = ingest(page_with(HEADER, f"{lead}\n\n" + "\n".join(items)))
    assert texts(blocks) == [PARA_1, lead, PARA_2, PARA_3]
    assert [block.lines for block in blocks if block.kind == "list"] == [tuple(items)]


def test_a_footers_sentence_under_a_box_of_links_is_not_the_text() -> None:
    links = "À lire aussi\nSaguenay : la traverse rouvre lundi\nAlma : le marché double sa surface"
    blurb = "L'Écho des Collines fait partie des Coops de l'information."
    legal = "Nous joindre\nPolitique de confidentialité\n© 2025 L'Écho des Collines"
    foot = f"{links}\n\n{blurb}\n{legal}"
    result, _, blocks = ingest(f"{TOP}\n{HEADER}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{foot}\n")
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert blurb in dropped(result)
