"""Pages copied as text, the families of the holdout7 round: a columnist's close addressed to
the reader, a practical-info box at the end, many short question subheads, consent blocks at
the top, bylines run into their dates, the end matter after the text. Each family is stated on
invented text and held to the invariant that no word is lost unseen.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
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

from visavis.ingest.copybanners import is_banner
from visavis.ingest.copycredits import is_name_line, looks_like_person
from visavis.ingest.copyinfo import is_practical_info
from visavis.ingest.linekind import Kind, classify_line


def page(*body: str, head: str = "Par Lucie Marchal\nPublié le 3 mars 2025 à 08:00\n") -> str:
    """A copied page: the site's top, the headline, a byline and date, the body's blocks."""
    return "\n".join((TOP, HEADLINE, "", head, *(f"{block}\n" for block in body), FOOTER))


@pytest.mark.parametrize(
    "line",
    [
        "En attendant, je vous donne rendez-vous au marché. Venez tôt. Et gardez le sourire.",
        "Je vous le dis tout net : essayez. Vous ne le regretterez pas.",
    ],
)
def test_a_columnist_speaking_to_the_reader_in_sentences_is_no_banner(line: str) -> None:
    assert not is_banner(line)
    result, _, blocks = ingest(page(PARA_1, PARA_2, line))
    assert texts(blocks)[-1] == line
    assert line not in dropped(result)


@pytest.mark.parametrize(
    "line",
    [
        "Inscrivez-vous à notre newsletter.",
        "Recevez chaque matin nos alertes.",
        "Reçois nos nouvelles!",
    ],
)
def test_a_site_asking_to_subscribe_is_still_a_banner(line: str) -> None:
    assert is_banner(line)


@pytest.mark.parametrize(
    "line",
    [
        "Prix : 12 $",
        "Horaires : de 9 h à 17 h",
        "Adresse : 4, rue des Tanneurs, Sherbrooke",
        "Téléphone : voir le site",
        "Pourquoi y aller : pour la vue.",
    ],
)
def test_practical_info_lines_have_a_label_a_colon_and_a_value(line: str) -> None:
    assert is_practical_info(line)


@pytest.mark.parametrize("line", ["Le maire : un homme pressé", "Adresse", "Prix du public"])
def test_a_heading_with_a_colon_is_no_practical_info(line: str) -> None:
    assert not is_practical_info(line)


def test_a_practical_info_box_is_text_line_by_line_never_subheads() -> None:
    box = (
        "Musée du Rail\nPrix : 8 €\nHoraires : du mardi au dimanche, 10 h à 18 h\n"
        "Adresse : 2, avenue de la Gare, Roche-Blanche"
    )
    result, _, blocks = ingest(page(PARA_1, PARA_2, PARA_3, box))
    assert texts(blocks, "subhead") == []
    assert texts(blocks)[-4:] == box.split("\n")
    assert "Prix" not in dropped(result)


def test_three_short_questions_between_parts_are_subheads_of_a_text_no_interview() -> None:
    body = (PARA_1, "C'est où?", PARA_2, "Combien ça coûte?", PARA_3, "Et après?", PARA_1)
    _, _, blocks = ingest(page(*body))
    assert texts(blocks, "subhead") == ["C'est où?", "Combien ça coûte?", "Et après?"]


def test_three_long_questions_are_an_interview_and_stay_paragraphs() -> None:
    questions = (
        "Pourquoi la commune a-t-elle attendu deux ans avant de lancer ce chantier de la halle?",
        "Les commerçants du marché ont-ils été consultés sur le calendrier des travaux annoncés?",
        "Que répondez-vous à ceux qui jugent le coût de cette rénovation bien trop élevé?",
    )
    body = (PARA_1, questions[0], PARA_2, questions[1], PARA_3, questions[2], PARA_1)
    _, _, blocks = ingest(page(*body))
    assert texts(blocks, "subhead") == []


CONSENT = (
    "Vos données, vos choix\n"
    "Avec votre accord, nos partenaires et nous utilisons des traceurs ou des technologies "
    "similaires pour stocker et consulter des informations sur votre appareil, mesurer "
    "l'audience de nos contenus, afficher des annonces adaptées à vos centres d'intérêt, "
    "développer et améliorer nos services, et partager ces informations avec des réseaux "
    "sociaux. Vous pouvez à tout moment revenir sur vos choix depuis le lien situé en bas de "
    "chaque page du site, sans que cela ne remette en cause les traitements déjà faits.\n"
    "Nous traitons avec nos partenaires les données suivantes :\n"
    "Identifiants, navigation, localisation approximative\n"
    "Paramétrer\nTout refuser\nTout accepter\n"
)


@pytest.mark.parametrize("where", ["top", "under the menu"])
def test_a_consent_block_at_the_top_is_one_banner_never_the_headline(where: str) -> None:
    top = CONSENT + "\n" + TOP if where == "top" else TOP + "\n" + CONSENT
    copy = page(PARA_1, PARA_2).replace(TOP, top, 1)
    result, meta, blocks = ingest(copy)
    assert meta["title"] == HEADLINE
    assert meta["author"] == "Lucie Marchal"
    assert texts(blocks) == [PARA_1, PARA_2]
    assert "Tout refuser" in dropped(result) and "Vos données, vos choix" in dropped(result)


@pytest.mark.parametrize(
    "byline",
    [
        "Par Lucie Marchal - 3 mars 2025 à 08:00 | mis à jour le 3 mars 2025 à 10:12 - "
        "Temps de lecture : 3 min",
        "Par Lucie Marchal Publié le 3 Mar 25 à 8:00 ; mis à jour le 3 Mar 25 à 10:12",
        "Par Lucie Marchal Publié le 3 mars 2025 à 08:00",
    ],
)
def test_a_byline_run_into_its_dates_gives_the_author_and_the_date(byline: str) -> None:
    _, meta, blocks = ingest(page(PARA_1, PARA_2, head=byline + "\n"))
    assert meta["author"] == "Lucie Marchal"
    assert str(meta["date"]) == "2025-03-03"
    assert texts(blocks) == [PARA_1, PARA_2]


QUOTED = "« On répare tout, sauf les regrets »"
QUOTING = (
    "Le cordonnier ne compte pas s'arrêter là. « On répare tout, sauf les regrets », "
    "glisse-t-il en rangeant ses alênes dans le tiroir de l'établi."
)


def test_a_quoted_line_heads_its_part_in_a_text_with_plain_subheads() -> None:
    body = (PARA_1, "Un atelier qui résiste", PARA_2, PARA_3, QUOTED, QUOTING)
    _, _, blocks = ingest(page(*body))
    assert texts(blocks, "subhead") == ["Un atelier qui résiste", QUOTED]
    assert texts(blocks, "quote") == []


def test_a_quoted_line_repeating_a_quotation_is_a_pull_quote_in_a_text_without_subheads() -> None:
    _, _, blocks = ingest(page(PARA_1, PARA_2, QUOTED, QUOTING))
    assert texts(blocks, "quote") == [QUOTED]


@pytest.mark.parametrize(
    "line", ["Depuis Genève Lausanne Berne", "Selon Marc Dubois", "Dans Paris Nord"]
)
def test_a_headline_opening_on_a_preposition_is_no_person(line: str) -> None:
    assert not looks_like_person(line)


@pytest.mark.parametrize("line", ["RadioFr. - Lucie Marchal", "LFM – Paul-Henri Rey"])
def test_a_station_before_its_journalist_is_a_name_line(line: str) -> None:
    assert is_name_line(line)


@pytest.mark.parametrize("line", ["Le Temps - Genève Centre", "Mardi - Lucie"])
def test_two_words_before_no_person_are_no_name_line(line: str) -> None:
    assert not is_name_line(line)


def test_a_radio_page_with_a_question_headline_a_player_and_a_relative_time() -> None:
    top = "Radio Collines\nDeutsch\nEn direct\nÉcouter Radio Collines\nActualité\nSport\nPodcasts\n"
    question = "Roche-Blanche va-t-elle enfin rénover sa halle du marché ?"
    standfirst = (
        "Le conseil municipal a voté lundi un crédit de 3,4 millions. Les travaux doivent "
        "commencer au printemps prochain."
    )
    copy = (
        f"{top}\nACTUALITÉ\n{question}\n\n{standfirst}\n\nRadioCol. - Lucie Marchal\n"
        f"il y a 3 heures\n\nÉcouter\n00:00\n01:47\nTélécharger\n\n{PARA_1}\n\n{PARA_2}\n\n"
        f"{PARA_3}\n\n{FOOTER}"
    )
    _, meta, blocks = ingest(copy)
    assert meta["title"] == question
    assert meta["standfirst"] == standfirst
    assert meta["author"] == "Lucie Marchal"
    assert meta["date"] is None
    assert texts(blocks, "subhead") == []
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_long_prompt_speaking_to_the_reader_in_every_sentence_is_a_banner() -> None:
    prompt = (
        "Cet article vous a plu ? Sachez que vous pouvez suivre L'Écho des Collines dans votre "
        "espace lecteur. Après inscription, vous y retrouverez toutes les nouvelles de vos "
        "communes et de vos clubs favoris."
    )
    assert is_banner(prompt)
    result, _, blocks = ingest(page(PARA_1, PARA_2, prompt))
    assert texts(blocks) == [PARA_1, PARA_2]
    assert "Cet article vous a plu" in dropped(result)


def test_a_tu_form_call_box_about_the_story_with_its_button_is_chrome() -> None:
    box = "Tu as vu la halle du marché?\nEnvoie-nous tes photos et vidéos\nEnvoyer"
    result, _, blocks = ingest(page(PARA_1, PARA_2, box))
    assert texts(blocks) == [PARA_1, PARA_2]
    assert "Tu as vu la halle du marché?" in dropped(result)


def test_a_call_about_the_story_closing_the_text_stays_its_last_paragraph() -> None:
    call = "Vous avez des photos de la halle du marché ? Écrivez-nous à photos@echo.example."
    _, _, blocks = ingest(page(PARA_1, PARA_2, call))
    assert texts(blocks)[-1] == call


def test_a_list_copied_without_marks_keeps_each_item_apart() -> None:
    items = [
        "la halle du marché est rouverte aux étals du samedi ;",
        "le parking de la mairie redevient gratuit le matin ;",
        "deux bornes de recharge sont ajoutées place de l'Église ;",
        "la rue du Four passe en sens unique.",
    ]
    lead = "Concrètement, voici ce qui change pour les habitants :"
    body = "\n".join([PARA_1, PARA_2, lead, *items, PARA_3])
    _, _, blocks = ingest(page(body))
    found = [line for block in blocks for line in block.lines]
    assert found[found.index(lead) + 1 : found.index(lead) + 5] == items
    assert texts(blocks, "subhead") == []


@pytest.mark.parametrize("line", ["Temps de lecture: 3'", "Lecture : 4’"])
def test_a_reading_time_in_minutes_marked_with_a_prime_is_a_reading_time(line: str) -> None:
    assert classify_line(line) == Kind.READTIME


def test_a_minute_alone_is_no_reading_time() -> None:
    assert classify_line("12'") != Kind.READTIME


def test_a_standfirst_under_the_credits_over_the_lead_photos_credit() -> None:
    dek = (
        "La halle du marché, fermée depuis deux ans, rouvrira ses portes à l'automne selon le "
        "maire. Les commerçants du samedi, installés sur le parking, attendent ce jour avec "
        "impatience."
    )  # (a dek longer than a caption: a short sentence over a photo's credit is its caption)
    head = "Publié\n03/03/2025 à 08h00\nLucie Marchal\nTemps de lecture: 3'\n"
    copy = page(PARA_1, PARA_2, head=f"{head}{dek}\nIllustration. / DR\n")
    _, meta, blocks = ingest(copy)
    assert meta["standfirst"] == dek
    assert texts(blocks) == [PARA_1, PARA_2]


def test_the_first_paragraph_over_a_captions_sentence_stays_the_text() -> None:
    caption = "La halle du marché, fermée depuis deux ans. (L'Écho/Paul Rey)"
    _, meta, blocks = ingest(page(PARA_1, caption, PARA_2, PARA_3))
    assert meta["standfirst"] is None
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_signature_a_disclaimer_and_the_authors_box_close_no_text() -> None:
    end = (
        "Lucie Marchal\nUrbaniste, Roche-Blanche\n",
        "Les textes publiés dans cette rubrique n'engagent que leurs auteurs.\n",
        "Auteur\nLucie Marchal\nUrbaniste et militante associative, elle anime un collectif "
        "de quartier depuis quinze ans.\n",
    )
    _, meta, blocks = ingest(page(PARA_1, PARA_2, PARA_3, *end))
    assert meta["author"] == "Lucie Marchal"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


@pytest.mark.parametrize(
    "line",
    [
        "Suivez L'Écho des Collines sur WhatsApp pour ne rien manquer.",
        "Rejoignez-nous sur Telegram",
    ],
)
def test_a_call_to_follow_the_site_on_a_platform_is_a_banner(line: str) -> None:
    assert is_banner(line)


def test_a_platform_named_in_prose_is_no_banner() -> None:
    assert not is_banner("Le maire a annoncé sur Facebook que la halle rouvrira à l'automne.")


ANSWERS = (
    "Parce que la halle est le cœur du village. Sans elle, le marché du samedi s'est dispersé "
    "sur le parking, et les clients âgés ont cessé de venir.",
    "Nous avons obtenu une aide de la région et un prêt à taux zéro. Le reste viendra du "
    "budget communal, sans hausse des impôts locaux.",
    "Oui, et c'est la partie la plus difficile. Les entreprises de charpente sont rares dans "
    "le département, et leurs carnets sont pleins jusqu'à l'été.",
    "À l'automne, si tout va bien. Nous organiserons une grande fête avec les commerçants et "
    "les écoles de la commune.",
)


def test_an_interviewers_cue_put_as_a_statement_is_a_question_not_a_subhead() -> None:
    body = (
        PARA_1,
        "Pourquoi la commune a-t-elle choisi de rénover la halle maintenant, après deux ans?",
        ANSWERS[0],
        "Comment un village de cette taille finance-t-il un chantier de 3,4 millions?",
        ANSWERS[1],
        "Le calendrier reste serré",
        ANSWERS[2],
        "Quand les commerçants du samedi pourront-ils retrouver leurs étals couverts?",
        ANSWERS[3],
    )
    _, _, blocks = ingest(page(*body))
    assert texts(blocks, "subhead") == []
    assert "__Le calendrier reste serré__" in texts(blocks)


def test_a_subhead_of_an_article_with_two_questions_stays_a_subhead() -> None:
    body = (
        PARA_1,
        "Un chantier attendu",
        PARA_2,
        "Et après ?",
        PARA_3,
        "Un calendrier serré",
        PARA_1,
    )
    _, _, blocks = ingest(page(*body))
    assert texts(blocks, "subhead") == ["Un chantier attendu", "Et après ?", "Un calendrier serré"]


CLOSE_OPENING = st.sampled_from(["En attendant, je vous", "Pour ma part, je vous", "Je vous"])
CLOSE_VERB = st.sampled_from(["donne rendez-vous au marché", "attends samedi à la halle"])
IMPERATIVES = st.lists(
    st.sampled_from(
        ["Venez tôt.", "Gardez le sourire.", "Laissez la voiture.", "Prenez le temps."]
    ),
    min_size=1,
    max_size=3,
)
INFO = st.lists(
    st.sampled_from(["Prix : 8 €", "Horaires : de 9 h à 17 h", "Adresse : 2, rue du Four"]),
    max_size=3,
    unique=True,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CLOSE_OPENING, CLOSE_VERB, IMPERATIVES, INFO)
def test_a_columnists_close_and_a_practical_box_keep_every_word_in_the_body(
    opening: str, verb: str, imperatives: list[str], info: list[str]
) -> None:
    close = " ".join([f"{opening} {verb}.", *imperatives])
    blocks_in = [PARA_1, PARA_2, close, *(["Halle du marché\n" + "\n".join(info)] if info else [])]
    _, _, blocks = ingest(page(*blocks_in))
    assert close in texts(blocks)
    assert all(line in texts(blocks) for line in info)
