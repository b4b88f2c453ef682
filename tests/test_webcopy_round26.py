"""Pages copied as text, the families of the holdout40–42 round: a print view's page headers
and footers (the paragraph they part whole again, the footer's address the article's), a
list's item wrapped onto the next line, the line that announces a list, a site's question on
the article (`Cet article vous a-t-il été utile ?`), an author's bio under the text (`L’autrice
est …`), a caption credited `- Belga.`, a table's source set apart under it, Yahoo's source
over `Suivre` with the writer under it and its date (`mer. 2 décembre 2026 à 7:15 AM UTC+1`),
a credit in brackets over its caption, a byline that never runs into a wrapped headline, and
a reader view's excerpt between its reading time and the date. Each is stated on invented
text and held to the invariant that no word is lost unseen.
"""

from __future__ import annotations

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, texts

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
CREDIT = "Par Hélène Vidal\nPublié le 3 mars 2025\n\n"
ADDRESS = "https://www.echo.example/article/halle-11402718"


def test_a_print_views_page_furniture_is_taken_out_and_the_paragraph_made_whole() -> None:
    header = f"20/10/2026 08:31 {HEADLINE} - L'Écho"
    page = (
        f"{header}\nL'Écho\n{HEADLINE}\nPublié le 19 octobre 2026 à 14:12\n{PARA_1}\n"
        f"Le maire a rappelé que la charpente de la halle, construite en 1911, avait été\n"
        f"{ADDRESS} 1/2\n{header}\n"
        "jugée fragile par les experts après la tempête de l'hiver dernier.\n"
        f"{PARA_2}\n© L'Écho 2026\n{ADDRESS} 2/2\n"
    )
    result, meta, blocks = ingest(page)
    assert PARA_3 in texts(blocks)
    assert meta["source"]["url"] == ADDRESS
    assert "as a print view's page headers and footers" in " ".join(result.warnings)


def test_a_lists_item_wrapped_onto_the_next_line_is_one_item() -> None:
    items = (
        "Les travaux se feront en deux temps :\n"
        "• par la charpente, à remplacer sur toute sa longueur, où une bâche provisoire sera\n"
        "tendue ;\n• par la toiture, à refaire en tuiles.\n"
    )
    _, _, blocks = ingest(f"{TOP}\n{HEADLINE}\n\n{CREDIT}{PARA_1}\n\n{items}\n{PARA_2}\n")
    lists = [block.lines for block in blocks if block.kind == "list"]
    assert lists[0][0].endswith("où une bâche provisoire sera tendue ;")
    assert "Les travaux se feront en deux temps :" in texts(blocks)


def test_the_sites_question_on_the_article_is_not_text() -> None:
    page = f"{TOP}\n{HEADLINE}\n\n{CREDIT}{BODY}\n\nCet article vous a-t-il été utile ?\nOui\nNon\n"
    _, _, blocks = ingest(page)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_the_authors_bio_under_the_text_is_not_text() -> None:
    bio = "L’autrice est bibliothécaire à la retraite et membre du comité des usagers."
    page = f"{TOP}\nOpinion\n{HEADLINE}\n\n{CREDIT}{BODY}\n\n{bio}\n\n© L'Écho des Collines\n"
    _, _, blocks = ingest(page)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_caption_credited_to_an_agency_after_a_dash_is_a_caption() -> None:
    caption = "La halle du marché, fermée depuis deux ans. - Belga."
    page = f"{TOP}\n{HEADLINE}\n\n{CREDIT}{caption}\n\n{BODY}\n"
    _, _, blocks = ingest(page)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_tables_source_set_apart_under_it_is_kept_with_it() -> None:
    table = "Quartier       Loyer      Hausse\nCentre         1 720      +2,4 %\n"
    table += "Sud            1 690      +2,0 %\n"
    page = f"{TOP}\n{HEADLINE}\n\n{CREDIT}{PARA_1}\n\n{table}\nSource : Observatoire du logement"
    _, _, blocks = ingest(f"{page}\n\n{PARA_2}\n\n{PARA_3}\n")
    assert "Source : Observatoire du logement" in texts(blocks)


def test_yahoos_source_over_suivre_with_the_writer_under_it() -> None:
    top = "Yahoo Actualités\nAccueil\nActualités\nFinance\nSport\n\nSe connecter\n\n"
    head = f"{HEADLINE}\n\nL'Écho des Collines\nSuivre\nHélène Vidal\n"
    credit = "mer. 2 décembre 2026 à 7:15 AM UTC+1\n3 min de lecture\n\n"
    _, meta, _ = ingest(f"{top}{head}{credit}{BODY}\n")
    assert (meta["publication"], meta["author"], meta["date"]) == (
        "L'Écho des Collines",
        "Hélène Vidal",
        "2026-12-02",
    )


def test_a_credit_in_brackets_over_its_caption_and_the_dek_over_them() -> None:
    dek = "La commune rouvre sa halle après deux ans de travaux, et les marchands y reviennent."
    photo = "[Photo : L'Écho / Paul Roux]\nLa halle du marché, samedi matin.\n\n"
    page = f"{TOP}\n{HEADLINE}\n\n{CREDIT}{dek}\n\n{photo}{BODY}\n"
    _, meta, blocks = ingest(page)
    assert meta["standfirst"] == dek
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_byline_never_runs_into_a_headline_wrapped_at_the_column() -> None:
    wrapped = "\n".join(
        [
            "Le conseil municipal de Roche-Blanche a voté lundi soir la rénovation de la",
            "halle du marché, fermée depuis deux ans pour des raisons de sécurité. Le",
            "chantier coûtera 3,4 millions d'euros et durera dix-huit mois au moins.",
        ]
    )
    headline = "La halle de Roche-Blanche sera rénovée\nPar Hélène Vidal\n"
    page = f"{headline}Publié le 3 mars 2025\n\n{wrapped}\n\n{PARA_2}\n\n{PARA_3}\n"
    _, meta, _ = ingest(f"L'Écho des Collines\nMenu\n\n{page}")
    assert (meta["title"], meta["author"]) == (
        "La halle de Roche-Blanche sera rénovée",
        "Hélène Vidal",
    )


def test_a_reader_views_excerpt_between_its_reading_time_and_the_date_is_the_standfirst() -> None:
    dek = "La commune rouvre sa halle après deux ans de travaux, et les marchands y reviennent."
    page = f"echo.example\n{HEADLINE}\n5–6 minutes\n\n{dek}\n\nPublié le 21 janvier 2026 à 18:32\n"
    _, meta, blocks = ingest(f"{page}Modifié le 21 janvier 2026 à 19:05\n\n{BODY}\n")
    assert (meta["standfirst"], meta["date"]) == (dek, "2026-01-21")
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_byline_cue_of_several_words_credits_a_newsroom_written_in_lowercase() -> None:
    head = f"{TOP}\nAccueil\nMétéo\nTempêtes\nEN DIRECT\n{HEADLINE}\n\n"
    credit = "Article rédigé par franceinfo avec France 3 Bretagne\nFrance Télévisions\n"
    page = f"{head}{credit}Publié le 18/11/2025 07:05\n\n{BODY}\n"
    _, meta, _ = ingest(page)
    assert (meta["title"], meta["section"]) == (HEADLINE, "Tempêtes")


def test_a_reader_views_interview_introduction_over_its_credit_is_text() -> None:
    intro = "Professeure à l'université, Anne Roy étudie depuis vingt ans les halles du pays."
    head = f"echo.example\n{HEADLINE}\nHélène Vidal\n5–6 minutes\n\n{intro}\n\n"
    page = f"{head}Propos recueillis par Hélène Vidal\n\n{BODY}\n"
    _, meta, blocks = ingest(page)
    assert meta["standfirst"] is None
    assert texts(blocks)[0] == intro


def test_a_selection_that_starts_at_a_rubric_of_two_words_keeps_it_as_the_rubric() -> None:
    page = f"Faits divers\n{HEADLINE}\nPar Hélène Vidal\nPublié le 20 novembre 2025\n\n{BODY}\n"
    _, meta, _ = ingest(page)
    assert (meta["publication"], meta["section"]) == (None, "Faits divers")


def test_a_headline_that_tells_a_story_is_no_byline() -> None:
    head = f"{TOP}\nUn récit de la nuit du 13 novembre\nPar Hélène Vidal\nPublié le 3 mars 2025\n"
    _, meta, _ = ingest(f"{head}\n{BODY}\n")
    assert (meta["title"], meta["author"]) == ("Un récit de la nuit du 13 novembre", "Hélène Vidal")


def test_a_reviews_closing_sentence_on_its_author_stays_text() -> None:
    closing = "L'auteur était alors âgé de vingt-deux ans quand il a commencé à écrire ce roman."
    _, _, blocks = ingest(f"{TOP}\n{HEADLINE}\n\n{CREDIT}{BODY}\n\n{closing}\n")
    assert texts(blocks)[-1] == closing


def test_a_printed_live_pages_timed_entries_are_not_page_headers() -> None:
    header = f"20/10/2026 08:31 {HEADLINE} - L'Écho"
    entry = "20/10/2026 07:45 Les pompiers sont intervenus plus de 300 fois dans la nuit."
    page = f"{header}\nL'Écho\n{HEADLINE}\nPublié le 20 octobre 2026 à 07:00\n{PARA_1}\n"
    page += f"{entry}\n{PARA_2}\n{ADDRESS} 1/2\n{header}\n{PARA_3}\n© L'Écho 2026\n{ADDRESS} 2/2\n"
    result, _, _ = ingest(page)
    assert "«" + entry + "»" not in " ".join(w for w in result.warnings if "print view" in w)


def test_a_headline_opening_on_a_capital_a_without_its_accent_is_no_byline() -> None:
    headline = "A Lausanne, la colocation intergénérationnelle peine à trouver des seniors"
    page = f"{TOP}\nSuisse\nVaud\n{headline}\nHélène Vidal\nPublié le 12 septembre 2025\n\n"
    _, meta, _ = ingest(f"{page}{BODY}\n")
    assert (meta["title"], meta["author"], meta["section"]) == (headline, "Hélène Vidal", "Vaud")


def test_a_text_mode_copys_bracketed_credit_stands_alone_over_its_paragraph() -> None:
    quoted = (
        "« Nous ne voulions pas être cachés. Nous voulions être protégés de la pluie »,\n"
        "explique Anne Roy, présidente de l'association des marchands de la halle.\n"
    )
    page = f"{TOP}\n{HEADLINE}\n\n{CREDIT}{PARA_1}\n\n[Photo : Paul Roux]\n{quoted}\n{PARA_2}\n"
    _, _, blocks = ingest(page)
    assert any(text.startswith("« Nous ne voulions pas") for text in texts(blocks))
