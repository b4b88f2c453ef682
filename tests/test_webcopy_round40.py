"""Pages copied as text, the families of the holdout65–67/text round: a byline's note call
(`Aline Rossier*`) and the bio it calls under the text; the site's offer for subscribers
(`Le Vif+`) is a badge, not the rubric; a broadcaster's live button is no site name; the
menu's entry for the rubric, repeated by the tags, is no site name; a name signing under
the text outranks the paper named beside the date; the agencies of Tunisia and the Congo;
a view counter closing the date line; a genre label with its article (`L'édito`); an ad's
slot ends the labels over the headline; linked headlines after the text; a syndication
note; a review's box over its rating; `compte` the verb; a recording's title under its
player; an embedded report; a sheet set apart by `LA FICHE` and a score box, whatever the
blank lines; a newsletter's blurb between its heading and its button; a standings widget;
a summary box in a copy spaced block by block. Each is stated on invented text and held to
the invariant that no word is lost unseen."""

from __future__ import annotations

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, page_with, texts

from visavis.ingest.linekind import Kind, classify_line

CREDITS = "Par Hélène Vidal\n12 mars 2026"
HEADER = f"{HEADLINE}\n{CREDITS}"


def spaced(*lines: str) -> str:
    """Lines as a copy with a blank line under every block writes them."""
    return "\n\n".join(lines)


def test_a_bylines_note_call_is_left_out_and_the_bio_it_calls_is_no_paragraph() -> None:
    copy = (
        f"Chronique\n{HEADLINE}\nAline Rossier*\njeudi 19 mars 2026\n\n{PARA_1}\n\n{PARA_2}\n\n"
        f"{PARA_3}\n\n*Enseignante retraitée et autrice, Aline Rossier vit à Saint-Imier.\n"
    )
    _, meta, blocks = ingest(copy)
    assert (meta["title"], meta["author"]) == (HEADLINE, "Aline Rossier")
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_the_sites_offer_for_subscribers_is_a_badge_not_the_rubric() -> None:
    top = "Le Vif\nRecherche\nBelgique\nMonde\nÉconomie\nPolitique\nLe Vif+\nPodcasts\n"
    header = f"Économie\nLe Vif+\n{HEADLINE}\nMarc Lambrechts\n02/04/2026 à 06:00"
    _, meta, _ = ingest(page_with(header, "", top=top))
    assert meta["section"] == "Économie"


def test_a_broadcasters_live_button_is_an_interface_line() -> None:
    assert classify_line("Regarder le direct") == Kind.BUTTON
    assert classify_line("Regarder vers l’avenir") != Kind.BUTTON


def test_the_menus_entry_for_the_rubric_repeated_by_the_tags_names_no_site() -> None:
    top = "Regarder le direct\nActualités\nSociété\nMobilité\nCulture\nSport\nReplay\n"
    header = f"Accueil\nActualités\nMobilité\n{HEADLINE}\nCamille Thys\nPublié le 17 mars 2026"
    footer = "Schaerbeek\nMobilité\nPartager\nContact\n© 2026 BX1 - Tous droits réservés\n"
    _, meta, _ = ingest(page_with(header, "", top=top, footer=footer))
    assert (meta["publication"], meta["section"]) == ("BX1", "Mobilité")


def test_a_name_signing_under_the_text_outranks_the_paper_beside_the_date() -> None:
    header = f"{HEADLINE}\n\nPublié le jeudi 2 avril 2026 | Fraternité Matin"
    copy = page_with(header, "", footer="Adjoua Bernadette Koné\n\nPartager\n© 2026 Abidjan.net")
    _, meta, _ = ingest(copy)
    assert meta["author"] == "Adjoua Bernadette Koné"


def test_the_paper_beside_the_date_stays_the_credit_when_nobody_signs() -> None:
    header = f"{HEADLINE}\n\nPublié le 2 avril 2026 | Par Anne Roy"
    _, meta, _ = ingest(page_with(header, "", footer="Adjoua Bernadette Koné\n\nPartager\n"))
    assert meta["author"] == "Anne Roy"


def test_the_tunisian_agency_credited_after_the_text_is_the_agency() -> None:
    _, meta, _ = ingest(page_with(HEADLINE + "\n18 mars 2026", "", footer="D’après TAP.\n"))
    assert (meta.get("author"), meta["agency"]) == (None, "TAP")


def test_a_view_counter_closing_the_date_line_leaves_it_a_date_line() -> None:
    line = "Publié le 17.03.2026 à 10:24 | Source : ACP | Lu 1 254 fois"
    assert classify_line(line) == Kind.DATE
    _, meta, _ = ingest(page_with(f"{HEADLINE}\n\n{line}", ""))
    assert str(meta["date"]) == "2026-03-17"


def test_a_genre_label_with_its_article_is_the_genre_and_an_ad_slot_ends_the_labels() -> None:
    top = "La Dépêche\nMenu\nToulouse\nOccitanie\nSport\nRugby\nOpinion\nPublicité\n"
    header = f"L'édito\n{HEADLINE}\nBertrand Lavigne\nPublié le 22/03/2026 à 06:43"
    _, meta, _ = ingest(page_with(header, "", top=top))
    assert (meta.get("genre"), meta.get("section")) == ("L'édito", None)


def test_a_question_among_the_linked_headlines_after_the_text_is_no_paragraph() -> None:
    footer = (
        "Avec Belga\n\nPartager\n\nFacebook\n\nX\n\nE-mail\n\nNécrologie\n\nRadio\n\nRTBF\n\n"
        "Sur le même sujet\n\nMort de Claudine Verhaegen, pionnière de la télévision belge\n\n"
        "Les années 80 à la radio : nos souvenirs d’auditeurs\n\nLes plus lus\n\n"
        "Télé : la nouvelle saison de votre jeu préféré dévoilée\n\n"
        "Quiz : reconnaîtrez-vous ces animateurs de la RTBF ?\n\n"
        "Recevez chaque semaine le meilleur de Soirmag\n\nJe m’inscris\n\n© Rossel & Cie 2026\n"
    )
    _, _, blocks = ingest(page_with(HEADER, "", footer=footer))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_syndication_note_is_no_paragraph() -> None:
    note = (
        "Cet article a été repris automatiquement du fil de l'agence Keystone-ATS. "
        "La rédaction n'en a pas modifié le contenu."
    )
    assert classify_line(note) == Kind.BANNER


def test_a_reviews_box_over_its_rating_is_no_paragraph() -> None:
    box = (
        "Lou Demeester – Marée basse (Lundi Matin Records). Sortie le 20 mars.\n\n"
        "En concert le 16 avril au Botanique (Bruxelles).\n\nNotre avis : ★★★★☆\n\nPartager\n"
    )
    _, _, blocks = ingest(page_with(HEADER, "", footer=box))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_short_last_paragraph_over_a_rating_stays_the_texts() -> None:
    last = "On y retournera sans hésiter."
    _, _, blocks = ingest(page_with(HEADER, "", footer=f"{last}\n\nNotre avis : 4/5\n"))
    assert texts(blocks)[-1] == last


def test_a_sentence_on_what_a_place_counts_is_no_banner() -> None:
    question = "Le Vallon compte une quinzaine de distilleries. Elles vous suivent ?"
    assert classify_line(question) == Kind.TEXT
    assert classify_line("Créez votre compte gratuit") == Kind.BANNER


def test_a_recordings_title_under_its_player_is_the_players() -> None:
    player = "Écouter\n0:47\nLe réquisitoire du procureur, raconté par Camille Rostaing"
    _, _, blocks = ingest(page_with(HEADER, player))
    assert texts(blocks, "subhead") == []
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_an_embedded_report_its_title_and_credit_are_the_players() -> None:
    report = spaced(
        "Le reportage de Teva Maraetefau et Mana Tehei :",
        "Le blanchissement des coraux à Moorea",
        "©Polynésie la 1ère",
    )
    _, _, blocks = ingest(page_with(HEADER, report))
    assert texts(blocks, "subhead") == []
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_sheet_set_apart_by_its_heading_is_no_paragraph_whatever_the_blank_lines() -> None:
    sheet = spaced(
        "LA FICHE",
        "ASNL - DIJON : 2-1 (0-1)",
        "Stade Marcel-Picot. 11 842 spectateurs. Arbitre : M. Vasseur.",
        "Buts : Berthier (78e, 90e+3) pour l'ASNL ; Koné (31e) pour Dijon.",
        "Avertissements : Weissenbach (52e) pour l'ASNL.",
    )
    _, _, blocks = ingest(page_with(HEADER, "", footer=f"{sheet}\n\nPartager\n"))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_sheet_no_heading_sets_apart_stays_the_texts() -> None:
    sheet = (
        "Bulle - Echallens 3-1 (0-1)\nBouleyres, 640 spectateurs. Arbitre: M. Rossier.\n"
        "Buts: 38e Dutoit 0-1, 56e Ruffieux 1-1, 66e Pasquier 2-1, 91e Ruffieux 3-1."
    )
    _, _, blocks = ingest(page_with(HEADER, "", footer=f"{sheet}\n\nPartager\n"))
    assert "Buts: 38e Dutoit 0-1, 56e Ruffieux 1-1, 66e Pasquier 2-1, 91e Ruffieux 3-1." in [
        line for block in blocks for line in block.lines
    ]


def test_a_score_box_over_the_text_is_no_paragraph() -> None:
    header = f"{HEADER}\n\nNational - 26e journée\n\nASNL\t2 - 1\tDijon\n\nTerminé"
    _, meta, blocks = ingest(page_with(header, ""))
    assert meta["title"] == HEADLINE
    assert texts(blocks, "subhead") == []
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_newsletters_blurb_between_its_heading_and_its_button_is_no_paragraph() -> None:
    box = "Newsletter\nL’Echo Matin : l’essentiel de l’actualité économique, chaque jour à 7 h.\n"
    _, _, blocks = ingest(page_with(HEADER, "", footer=f"{box}S’inscrire\n\n© 2026 Mediafin\n"))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_standings_widget_is_no_paragraph() -> None:
    table = (
        "Classement Super League\nRang\tClub\tMatchs\tPoints\n1\tFC Bâle\t27\t55\n"
        "2\tBSC Young Boys\t27\t49\n3\tServette FC\t27\t45\nVoir le classement complet\n"
    )
    _, _, blocks = ingest(page_with(HEADER, "", footer=f"{table}\nPartager\n"))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_table_of_the_text_stays_the_texts() -> None:
    table = "Rang\tClub\tPoints\n1\tFC Bâle\t55\n2\tBSC Young Boys\t49"
    _, _, blocks = ingest(page_with(HEADER, table))
    assert any("FC Bâle" in line for block in blocks for line in block.lines)


def test_a_summary_box_in_a_copy_spaced_block_by_block_is_no_paragraph() -> None:
    box = spaced(
        "Ce qu’il faut savoir",
        "Un balcon s’est effondré mardi soir à Carouge.",
        "Personne n’a été blessé, mais quatorze habitants ont été évacués.",
        "La structure en béton était rongée par la corrosion.",
        "1 / 3",
    )
    top, credits = TOP.strip().split("\n"), CREDITS.split("\n")
    copy = spaced(*top, HEADLINE, *credits, box, PARA_1, PARA_2, PARA_3, "Partager")
    _, _, blocks = ingest(copy)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
