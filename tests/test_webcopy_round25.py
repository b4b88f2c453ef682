"""Pages copied as text, the families of the holdout37–39 round: an aggregator's source over
its `Suivre` button (the story's time or headline under it), RFI's `Avec notre correspondante
à …`, a skip link `Ignorer et accéder au contenu`, the text's first paragraphs parted by a
caption and a `Lire aussi` link, a match's sheet (`La fiche du match`) with a table after it,
an agency's credit `Avec les informations de …`, a paragraph that is one long quotation, a
subhead that opens on a figure (`380 000 € réunis`), one line read both as the site's name
and as the rubric, an app's source line that names a local edition short, names signing the
text over an app's share lines, two credits that say each contributor's part, a rubric before
the date (`SOCIÉTÉ | 12/11/2026`), a pull quote's speaker with the year, a date line drawn
with a dash, a one-word subhead, a `Ph. Name` credit, the newsroom under the author's name, a
see-also cue over the question it links to and a table's source under its last row. Each is
stated on invented text and held to the invariant that no word is lost unseen.
"""

from __future__ import annotations

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, texts

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
CREDIT = "Par Hélène Vidal\nPublié le 3 mars 2025\n\n"
CAPTION = "La halle du marché, fermée depuis deux ans. © L'Écho/Hélène Vidal"


def test_an_aggregators_source_over_suivre_and_the_time_is_the_publication() -> None:
    top = "Ignorer et accéder au contenu\nActualités\nRechercher sur le web\nPour vous\n\n"
    head = f"L'Écho des Collines\nSuivre\nil y a 6 h\n{HEADLINE}\nJ'aime\n212\nPartager\n\n"
    _, meta, _ = ingest(f"{top}{head}Avec notre correspondante à Lyon, Hélène Vidal\n\n{BODY}\n")
    assert (meta["title"], meta["publication"]) == (HEADLINE, "L'Écho des Collines")
    assert meta["author"] == "Hélène Vidal"


def test_an_aggregators_source_over_suivre_and_the_headline_is_the_publication() -> None:
    top = "Passer au contenu principal\nMSN\nActualités\nMétéo\n"
    head = f"L'Écho des Collines\nSuivre\n{HEADLINE}\nHistoire de Hélène Vidal\n • 3 h •\n"
    _, meta, _ = ingest(f"{top}{head}{PARA_1}\n{PARA_2}\n{PARA_3}\n")
    assert meta["publication"] == "L'Écho des Collines"


def test_an_authors_suivre_under_the_headline_names_no_source() -> None:
    head = f"{TOP}Région\n{HEADLINE}\nHélène Vidal\nSuivre\nPublié le 03/06/2025 18:45\n"
    _, meta, _ = ingest(f"{head}\n{BODY}\n© 2025 L'Écho des Collines\n")
    assert (meta["author"], meta["publication"]) == ("Hélène Vidal", "L'Écho des Collines")


def test_a_caption_and_a_see_also_link_between_the_first_paragraphs_keep_them_in_the_text() -> None:
    body = f"{PARA_1}\n\n{CAPTION}\n\n{PARA_2}\n\nÀ lire aussi : La foire aux vins\n\n"
    page = f"{TOP}\n{HEADLINE}\n\n{CREDIT}{body}Le chantier\n\n{PARA_3}\n"
    _, meta, blocks = ingest(page)
    assert meta["standfirst"] is None
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert texts(blocks, "subhead") == ["Le chantier"]


def test_a_match_sheet_is_a_box_and_the_table_after_it_is_text() -> None:
    sheet = (
        "La fiche du match\nRC Collines 22 - US Vallée 20\n"
        "Mi-temps : 10-14. Arbitre : M. Delmas. Spectateurs : 1 150.\n"
        "Collines : 2 essais (Roux 24e, Vidal 80e), 3 pénalités (Roux).\n"
    )
    rows = "Équipe\tPts\tJ\n1. US Vallée\t52\t16\n2. RC Collines\t45\t16\n"
    table = f"Le classement de la poule\n{rows}"
    result, _, blocks = ingest(f"{TOP}\n{HEADLINE}\n\n{CREDIT}{BODY}\n\n{sheet}\n{table}\n")
    assert texts(blocks)[-3:] == ["Équipe Pts J", "1. US Vallée 52 16", "2. RC Collines 45 16"]
    assert texts(blocks, "subhead") == ["Le classement de la poule"]
    assert "Mi-temps" not in result.to_markdown()


def test_with_the_information_of_an_agency_is_its_credit_not_the_headline() -> None:
    head = f"{TOP}\nMétéo\nEN DIRECT\n{HEADLINE}\nHélène Vidal et Paul Roux\n"
    credit = "Avec les informations de La Presse canadienne\nPublié le 8 janvier 2026\n\n"
    _, meta, _ = ingest(f"{head}{credit}{BODY}\n")
    assert (meta["title"], meta["author"]) == (HEADLINE, "Hélène Vidal et Paul Roux")
    assert meta["agency"] == "La Presse Canadienne"


def test_a_paragraph_that_is_one_long_quotation_is_text_to_the_end() -> None:
    quoted = (
        "« Le métier se perd parce qu'on ne le transmet plus, regrette Anne Roy. Si on ne le "
        "fait pas maintenant, dans dix ans, il n'y aura plus personne pour réparer la halle. »"
    )
    page = f"{TOP}\n{HEADLINE}\n\n{CREDIT}{BODY}\n\n{quoted}\n\nLire aussi : La foire\n"
    _, _, blocks = ingest(page)
    assert texts(blocks)[-1] == quoted


def test_a_subhead_may_open_on_a_figure() -> None:
    page = f"{TOP}\n{HEADLINE}\n\n{CREDIT}{PARA_1}\n\n380 000 € réunis\n\n{PARA_2}\n\n{PARA_3}\n"
    _, _, blocks = ingest(page)
    assert texts(blocks, "subhead") == ["380 000 € réunis"]


def test_the_sites_name_set_apart_atop_an_app_share_is_no_rubric() -> None:
    page = f"L'Écho des Collines\n\n{HEADLINE}\n\n{CREDIT}{BODY}\n\n--\n"
    share = "Cet article vous a été partagé depuis l'application L'Écho des Collines.\n"
    _, meta, _ = ingest(page + share)
    assert (meta["publication"], meta["section"]) == ("L'Écho des Collines", None)


def test_a_kicker_over_the_headline_is_the_rubric_even_when_it_could_name_the_site() -> None:
    page = f"Roche-Blanche\n{HEADLINE}\nPar Hélène Vidal\nPublié le 18/03/26\n{BODY}\n"
    _, meta, _ = ingest(page)
    assert (meta["section"], meta["publication"]) == ("Roche-Blanche", None)


def test_an_apps_source_line_gives_way_to_the_local_editions_full_name_on_top() -> None:
    byline = "Par Hélène Vidal et Paul Roux, ICI Collines\nPublié le 20 août 2025 à 18:04\n\n"
    page = f"ICI Collines\n\n{HEADLINE}\n\n{byline}{BODY}\n\n--\nPartagé depuis l'application ICI\n"
    _, meta, _ = ingest(page)
    assert (meta["publication"], meta["author"]) == ("ICI Collines", "Hélène Vidal et Paul Roux")


def test_names_signing_the_text_over_an_apps_share_lines_are_its_authors() -> None:
    share = "Partagé depuis l'application L'Écho\nTéléchargez-la sur Google Play et l'App Store\n"
    page = f"L'Écho\nSOCIÉTÉ | 12/11/2026\n\n{HEADLINE}\n\n{BODY}\n\n"
    _, meta, _ = ingest(f"{page}Hélène Vidal et Paul Roux (à Lyon)\n\n{share}")
    assert (meta["author"], meta["section"], meta["date"]) == (
        "Hélène Vidal et Paul Roux",
        "Société",
        "2026-11-12",
    )


def test_two_credits_that_say_each_contributors_part_credit_both() -> None:
    page = f"{TOP}\n{HEADLINE}\n\n{BODY}\n\nSujet TJ: Hélène Vidal\nAdaptation web: Paul Roux\n"
    _, meta, _ = ingest(f"{page}\n© 2025 L'Écho des Collines\n")
    assert meta["author"] == "Hélène Vidal et Paul Roux"


def test_a_pull_quotes_speaker_with_the_year_is_its_attribution() -> None:
    quote = "« Une halle, ça ne meurt que si on l'oublie. »"
    said = f"« Une halle, ça ne meurt que si on l'oublie », confiait-il en 2019. {PARA_2}"
    page = f"{TOP}\n{HEADLINE}\n\n{CREDIT}{PARA_1}\n{said}\n{quote}\nJos Le Bihan, en 2019\n"
    _, _, blocks = ingest(f"{page}{PARA_3}\n")
    assert texts(blocks, "subhead") == []
    assert texts(blocks, "quote") == [quote]


def test_a_date_line_drawn_with_a_dash_is_the_date() -> None:
    credit = "Par Hélène Vidal\n- 06 juin 2025 à 05:00 - Temps de lecture : 3 min\n\n"
    _, meta, _ = ingest(f"{TOP}\n{HEADLINE}\n\n{credit}{BODY}\n")
    assert meta["date"] == "2025-06-06"


def test_one_word_set_apart_between_paragraphs_is_a_subhead() -> None:
    body = f"{PARA_1}\n\nMusique\n\n{PARA_2}\n\nÀ lire aussi : La foire\n\nMarchés\n\n{PARA_3}"
    _, _, blocks = ingest(f"{TOP}\n{HEADLINE}\n\n{CREDIT}{body}\n")
    assert texts(blocks, "subhead") == ["Musique", "Marchés"]


def test_a_captions_credit_written_ph_is_a_caption() -> None:
    caption = "La halle du marché, peu avant minuit. Ph. Mehdi Alaoui"
    page = f"{TOP}\n{HEADLINE}\n\n{CREDIT}{PARA_1}\n\n{PARA_2}\n\n{caption}\n\n{PARA_3}\n"
    _, _, blocks = ingest(page)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_the_newsroom_under_the_authors_name_is_the_publication() -> None:
    head = f"{HEADLINE}\nHélène Vidal\nL'Écho des Collines\nPublié le 9 septembre 2025 à 5 h 00\n"
    _, meta, _ = ingest(f"{head}\n{BODY}\n")
    assert (meta["author"], meta["publication"]) == ("Hélène Vidal", "L'Écho des Collines")


def test_the_question_a_see_also_cue_links_to_is_not_text() -> None:
    link = "À lire aussi\nHalles : pourquoi les chantiers durent-ils plus longtemps en ville ?\n"
    page = f"{TOP}\n{HEADLINE}\n\n{CREDIT}{PARA_1}\n\n{PARA_2}\n\n{link}\n{PARA_3}\n"
    _, _, blocks = ingest(page)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_tables_source_under_its_last_row_is_kept_with_it() -> None:
    table = "Quartier\tLoyer\tHausse\nCentre\t1 720\t+2,4 %\nSud\t1 690\t+2,0 %\n"
    page = f"{TOP}\n{HEADLINE}\n\n{CREDIT}{PARA_1}\n\n{table}Source : Observatoire du logement\n"
    _, _, blocks = ingest(f"{page}\n{PARA_2}\n\n{PARA_3}\n")
    assert "Source : Observatoire du logement" in texts(blocks)


def test_the_paragraph_under_an_aggregators_headline_is_text_not_a_standfirst() -> None:
    credit = "L'Écho des Collines\nHistoire de Hélène Vidal • 1 j • 3 min de lecture\n\n"
    menu = "Passer au contenu principal\nMicrosoft Start\nRechercher sur le web\nConnexion\n"
    more = "Les travaux commenceront au printemps, après l'appel d'offres lancé cette semaine."
    opening = f"{PARA_1} {more}"  # (longer than an aggregator's dek)
    page = f"{menu}Actualités\nMétéo\nSport\n\n{credit}{HEADLINE}\n\n{opening}\n\n"
    _, meta, blocks = ingest(f"{page}{CAPTION}\n\n{PARA_2}\n\n{PARA_3}\n")
    assert meta["standfirst"] is None
    assert texts(blocks) == [opening, PARA_2, PARA_3]


def test_the_text_starts_under_its_credits_though_questions_part_its_paragraphs() -> None:
    head = f"Collines Matin\n{HEADLINE}\nKoffi Yao et Aminata Koné | 23 juillet 2025\n"
    body = f"{PARA_1}\nCombien de temps gagné ?\n{PARA_2}\nQui sont les perdants ?\n{PARA_3}\n"
    _, meta, blocks = ingest(f"{head}{CAPTION}\n{body}{PARA_1}\n")
    assert (meta["title"], meta["date"], meta["publication"]) == (
        HEADLINE,
        "2025-07-23",
        "Collines Matin",
    )
    assert texts(blocks, "subhead") == ["Combien de temps gagné ?", "Qui sont les perdants ?"]
