"""Copies of an article alone, selected without the site's chrome, and lists without bullets.

A reader who selects only the article copies its head (kicker, headline, standfirst, byline,
date) and its text, sometimes hard-wrapped by the mail program or the editor it went through.
The head alone tells a web copy; its fields are read as on a full page.
"""

from __future__ import annotations

import datetime as dt

from visavis.ingest import ingest_text
from visavis.ingest.copypieces import make_pieces
from visavis.ingest.copyquotes import echoes
from visavis.ingest.linekind import Kind, classify_line
from visavis.ingest.lines import normalise_text, split_chunks

BODY = (
    "La commune de Valfleurie a voté lundi soir la rénovation complète de sa halle aux grains, "
    "fermée depuis trois ans pour des raisons de sécurité."
)
SECOND = (
    "Les travaux commenceront au printemps et dureront dix-huit mois, a précisé la maire devant "
    "un public nombreux venu assister à la séance du conseil."
)


def _kinds_and_texts(text: str) -> list[tuple[str, str]]:
    chunks = split_chunks(normalise_text(text, "x.txt"))
    return [(piece.kind.value, piece.text) for piece in make_pieces(chunks)]


def _page(middle: str, top: str = "Le Courrier\n", kicker: str = "") -> str:
    """A page of the site's chrome around the headline, the byline, the date and `middle`."""
    return (
        f"{top}Actualités\nCulture\nSports\nMon compte\n{kicker}"
        "La halle aux grains rouvrira en 2027\n"
        "Par Julie Marchand\n"
        "Publié le 9 mars 2025 à 4h00\n"
        f"{middle}"
        "Mentions légales\n© Le Courrier 2025\n"
    )


def _subheads(page: str) -> list[tuple[str, ...]]:
    return [block.lines for block in ingest_text(page, "p.txt").blocks if block.kind == "subhead"]


def test_a_selection_without_chrome_is_read_by_its_byline_and_date() -> None:
    text = (
        "VALFLEURIE\n"
        "La halle aux grains rouvrira en 2027\n"
        "Le conseil a voté un crédit de 4 millions. Les marchands attendaient ce vote.\n"
        "Julie Marchand\n"
        "04.03.2025, 18h12\n"
        f"{BODY}\n{SECOND}\n"
    )
    result = ingest_text(text, "halle.txt")
    assert result.meta["source"]["format"] == "webcopy"
    assert result.meta["title"] == "La halle aux grains rouvrira en 2027"
    assert result.meta["author"] == "Julie Marchand"
    assert result.meta["date"] == dt.date(2025, 3, 4).isoformat()
    assert result.blocks[0].lines[0].startswith("La commune de Valfleurie")


def test_a_selection_dated_only_by_a_relative_time_is_read_by_its_byline() -> None:
    text = (
        "La halle aux grains rouvrira en 2027\n"
        "Le conseil a voté un crédit de 4 millions. Les marchands attendaient ce vote.\n"
        "Par Julie Marchand et Paul Girard, avec La Presse Canadienne\n"
        "Il y a 5 heures\n"
        "La halle, fermée depuis l'automne. (Photo: Paul Girard)\n"
        f"{BODY}\n{SECOND}\n"
    )
    result = ingest_text(text, "halle.txt")
    assert result.meta["source"]["format"] == "webcopy"
    assert result.meta["author"] == "Julie Marchand et Paul Girard"
    assert result.meta["agency"] == "La Presse Canadienne"
    assert result.meta["date"] is None  # a relative time gives no date
    assert result.blocks[0].lines[0].startswith("La commune de Valfleurie")


def test_plain_text_without_a_byline_and_date_stays_plain_text() -> None:
    result = ingest_text(f"La halle rouvrira\n{BODY}\n{SECOND}\n", "halle.txt")
    assert result.meta["source"]["format"] == "plaintext"


def test_a_question_headline_over_its_standfirst_and_byline_is_the_headline() -> None:
    text = (
        "Urbanisme\n"
        "Faut-il encore construire des halles couvertes?\n"
        "Elles coûtent cher et servent peu. Pourtant les villages y tiennent.\n"
        "Par Julie Marchand\n"
        "11 mars 2025\n"
        f"{BODY}\n{SECOND}\n"
    )
    result = ingest_text(text, "halle.txt")
    assert result.meta["title"] == "Faut-il encore construire des halles couvertes?"
    assert result.meta["author"] == "Julie Marchand"
    assert result.meta["date"] == "2025-03-11"


def test_a_short_line_over_a_wrapped_paragraph_was_not_wrapped() -> None:
    # Wrapped at 60 columns: `Urbanisme` would have taken the next word had it been wrapped.
    text = (
        "Urbanisme\n"
        "Faut-il encore construire des halles couvertes au village?\n"
        "Elles coûtent cher et servent peu le reste de la semaine,\n"
        "pourtant les habitants y tiennent plus qu'à leur mairie.\n"
    )
    texts = [piece_text for _, piece_text in _kinds_and_texts(text)]
    assert texts[0] == "Urbanisme"
    assert texts[1].startswith("Faut-il")


def test_a_two_line_paragraph_wrapped_at_the_page_column_is_joined() -> None:
    line = "Les marchands de Valfleurie se réunissent chaque jeudi sous la"
    wrapped = (
        f"{line}\nhalle depuis le XVIIe siècle, sauf pendant les deux guerres\n"
        "mondiales, quand elle servait d'entrepôt à l'armée française.\n\n"
        f"{line}\nhalle pour le marché aux bestiaux, devenu depuis une foire\n"
        "régionale qui attire chaque automne des milliers de visiteurs.\n\n"
        "Julie Marchand est journaliste indépendante et vit depuis dix\n"
        "Valfleurie. Elle a publié un livre sur les halles.\n"
    )
    texts = [text for _, text in _kinds_and_texts(wrapped)]
    assert texts[-1] == (
        "Julie Marchand est journaliste indépendante et vit depuis dix Valfleurie. "
        "Elle a publié un livre sur les halles."
    )


def test_bare_lines_announced_by_a_colon_are_a_list_and_none_is_lost() -> None:
    text = (
        "Menu\nActualités\nSports\nCulture\n"
        "Valfleurie : quatre rues passent en zone piétonne\n"
        "Publié le 3 mars 2025 à 10h00\n"
        f"{BODY}\n"
        "Les rues concernées sont les suivantes :\n"
        "Rue des Tanneurs : entre la place et le pont\n"
        "Rue Haute : tout le tronçon\n"
        "Place du Marché : les deux côtés\n"
        f"{SECOND}\n"
        "Partager\nFacebook\n© 2025 Le Courrier de Valfleurie\n"
    )
    result = ingest_text(text, "rues.txt")
    kinds = [block.kind for block in result.blocks]
    assert kinds == ["paragraph", "paragraph", "list", "paragraph"]
    assert result.blocks[1].lines == ("Les rues concernées sont les suivantes :",)
    assert result.blocks[2].lines == (
        "Rue des Tanneurs : entre la place et le pont",
        "Rue Haute : tout le tronçon",
        "Place du Marché : les deux côtés",
    )


def test_a_list_of_lowercase_items_closed_by_a_point_is_one_list() -> None:
    text = (
        "Accueil\nRégion\nÉconomie\nSports\n"
        "Valfleurie investit dans ses halles\n"
        "Par Julie Marchand\n"
        "Publié le 3 mars 2025\n\n"
        f"{BODY}\n\n"
        "Le financement vient de trois sources :\n\n"
        "les fonds propres de la commune ;\n\n"
        "une subvention de la région ;\n\n"
        "un emprunt sur vingt ans.\n\n"
        "« Nous ne pouvions plus attendre, la halle tombait en ruine », dit la maire.\n\n"
        f"{SECOND}\n\n"
        "© 2025 Le Courrier de Valfleurie\n"
    )
    blocks = ingest_text(text, "halle.txt").blocks
    lists = [block.lines for block in blocks if block.kind == "list"]
    assert lists == [
        (
            "les fonds propres de la commune ;",
            "une subvention de la région ;",
            "un emprunt sur vingt ans.",
        )
    ]


def test_related_headlines_under_a_links_heading_end_the_text() -> None:
    text = (
        "Accueil\nRégion\nÉconomie\nSports\n"
        "Valfleurie investit dans ses halles\n"
        "Par Julie Marchand\n"
        "Publié le 3 mars 2025\n"
        f"{BODY}\n{SECOND}\n"
        "Dans la même rubrique\n"
        "Le marché de Noël déménage place du Temple\n"
        "Valfleurie : faut-il rouvrir la gare aux trains de nuit ?\n"
    )
    result = ingest_text(text, "halle.txt")
    body = " ".join(line for block in result.blocks for line in block.lines)
    assert "Temple" not in body and "gare" not in body
    assert body.endswith("séance du conseil.")


def test_a_question_after_a_pull_quote_and_its_attribution_heads_the_next_part() -> None:
    text = (
        "Accueil\nRégion\nÉconomie\nSports\n"
        "Valfleurie investit dans ses halles\n"
        "Par Julie Marchand\n"
        "Publié le 3 mars 2025\n"
        f"{BODY}\n"
        "« La halle, c'est le cœur du village. »\n"
        "Anne Roy, présidente des marchands\n"
        "Qui paiera les travaux ?\n"
        f"{SECOND}\n"
        "« La halle, c'est le cœur du village », répète Anne Roy à qui veut l'entendre.\n"
        "© 2025 Le Courrier de Valfleurie\n"
    )
    assert _subheads(text) == [("Qui paiera les travaux ?",)]


def test_a_caption_closed_by_its_credit_in_brackets_or_from_the_archives_is_a_caption() -> None:
    assert classify_line("La halle, vue depuis la place. (Le Courrier, Paul Niel)") == Kind.CAPTION
    assert classify_line("La halle en 1950. Archives Paul Niel") == Kind.CAPTION
    # A source in brackets that names no person, or archives in lowercase, are the text's.
    assert classify_line("La maire a parlé. (Radio Valfleurie, le 3 mars)") != Kind.CAPTION
    assert classify_line("La maire a parlé. Archives de la commune") != Kind.CAPTION


def test_an_entrevue_label_is_the_genre_and_its_questions_stay_paragraphs() -> None:
    text = (
        "Le Courrier\nActualités\nCulture\nSports\nMon compte\n"
        "Culture\nEntrevue\n"
        "Anne Roy : « La halle m'a appris à écrire »\n"
        "Par Julie Marchand, Le Courrier\n"
        "Publié le 9 mars 2025 à 4h00\n"
        f"{BODY}\n"
        "Pourquoi la halle?\n"
        f"{SECOND}\n"
        "Qu'est-ce qui a changé depuis?\n"
        f"{BODY}\n"
        "© 2025 Le Courrier\n"
    )
    result = ingest_text(text, "roy.txt")
    assert (result.meta["section"], result.meta.get("genre")) == ("Culture", "Entrevue")
    assert not [block for block in result.blocks if block.kind == "subhead"]


def test_a_kicker_in_capitals_takes_the_spelling_the_page_gives_it() -> None:
    top = "Le Courrier\nSaint-Jean-de-Valfleurie\n"
    page = _page(f"{BODY}\n{SECOND}\n", top=top, kicker="ACTUALITÉS / SAINT-JEAN-DE-VALFLEURIE\n")
    assert ingest_text(page, "halle.txt").meta["section"] == "Saint-Jean-de-Valfleurie"


def test_the_site_name_beside_its_tagline_after_a_comma_is_the_publication() -> None:
    page = _page(f"{BODY}\n{SECOND}\n", top="Le Courrier, le journal de la vallée\n")
    assert ingest_text(page, "halle.txt").meta["publication"] == "Le Courrier"


def test_a_sentence_set_apart_that_a_paragraph_holds_word_for_word_is_a_pull_quote() -> None:
    echo = "La halle, c'est le cœur battant du village depuis toujours."
    page = _page(f"{BODY}\n\n{echo}\n\n{SECOND} La maire le répète : {echo} Personne ne dit non.\n")
    quotes = [
        block.lines for block in ingest_text(page, "halle.txt").blocks if block.kind == "quote"
    ]
    assert quotes == [(echo,)]


def test_a_short_quotation_over_the_part_that_quotes_it_at_length_is_a_subhead() -> None:
    page = _page(
        f"{BODY}\n« Personne ne nous a écoutés »\n{SECOND}\n"
        "Les marchands restent amers. « Personne ne nous a écoutés, ni la région ni l'État. "
        "Nous avons attendu trois ans », dit leur président.\n"
    )
    assert _subheads(page) == [("« Personne ne nous a écoutés »",)]


def test_the_sites_credit_under_the_headline_dates_the_article() -> None:
    text = (
        "Le Courrier\nActualités\nCulture\nSports\nMon compte\n"
        "La halle aux grains rouvrira en 2027\n"
        "© Lecourrier.net - jeudi 06 mars 2025 - 11:20\n"
        "Julie Marchand, Valfleurie\n"
        f"{BODY}\n{SECOND}\n"
        "Mentions légales\n"
    )
    assert ingest_text(text, "halle.txt").meta["date"] == "2025-03-06"


def test_a_link_to_a_recording_is_chrome_not_a_subhead() -> None:
    assert classify_line("Écoutez l'entrevue de Julie Marchand à La Matinale") == Kind.BUTTON
    assert classify_line("Réécoutez notre reportage à la halle") == Kind.BUTTON
    assert classify_line("Regardez les chiffres : ils parlent d'eux-mêmes.") == Kind.TEXT


def _paragraphs(page: str) -> list[str]:
    blocks = ingest_text(page, "halle.txt").blocks
    return [" ".join(block.lines) for block in blocks if block.kind == "paragraph"]


def test_a_caption_over_its_photographer_before_a_subhead_is_left_out() -> None:
    page = _page(
        f"{BODY}\n\nLa halle vue depuis le clocher, un matin de marché.\nPaul Niel\n\n"
        f"Une affaire de famille\n\n{SECOND}\n"
    )
    assert not any("clocher" in paragraph for paragraph in _paragraphs(page))


def test_a_caption_over_its_credit_alone_in_brackets_is_left_out() -> None:
    page = _page(f"{BODY}\nLa maire lors du conseil, lundi.\n(Paul Niel/Le Courrier)\n{SECOND}\n")
    assert not any("lundi." in paragraph for paragraph in _paragraphs(page))


def test_the_authors_bio_and_the_disclaimer_under_an_opinion_piece_are_left_out() -> None:
    page = _page(
        f"{BODY}\n{SECOND}\n"
        "Julie Marchand est historienne et vit à Valfleurie depuis vingt ans.\n"
        "Les opinions publiées dans nos pages n'engagent que leurs auteurs.\n"
    )
    paragraphs = _paragraphs(page)
    assert paragraphs[-1] == SECOND


def test_a_call_to_readers_about_the_story_closes_the_text() -> None:
    call = "Vous avez des photos de la halle aux grains? Écrivez-nous à redaction@lecourrier.net."
    page = _page(f"{BODY}\n{SECOND}\n{call}\nÀ lire aussi\nLe marché de Noël déménage\n")
    assert _paragraphs(page)[-1] == call


def test_a_banner_asking_for_a_subscription_is_no_call_about_the_story() -> None:
    banner = "Vous aimez la halle aux grains? Abonnez-vous à notre infolettre sur lecourrier.net."
    page = _page(f"{BODY}\n{SECOND}\n{banner}\nÀ lire aussi\nLe marché de Noël déménage\n")
    assert _paragraphs(page)[-1] == SECOND


def test_a_live_pages_introduction_over_its_first_entry_is_the_standfirst() -> None:
    intro = "Suivez en direct la réouverture de la halle aux grains de Valfleurie."
    page = _page(
        f"{intro}\n11 h 05\nLes premiers marchands sont arrivés\n{BODY}\n"
        f"9 h 40\nLa maire coupe le ruban\n{SECOND}\n"
    )
    result = ingest_text(page, "direct.txt")
    assert result.meta["standfirst"] == intro
    assert intro not in _paragraphs(page)


def test_a_subhead_right_over_the_paywall_stays_a_subhead() -> None:
    page = _page(
        f"{BODY}\n{SECOND}\nLes marchands restent prudents\n"
        "Cet article est réservé aux abonnés.\nAbonnez-vous dès 1 € le premier mois\n"
    )
    blocks = ingest_text(page, "halle.txt").blocks
    assert (blocks[-1].kind, blocks[-1].lines) == ("subhead", ("Les marchands restent prudents",))


def test_a_pull_quote_that_rewords_the_text_a_little_still_echoes_it() -> None:
    said = (
        "Je voulais que ça se voie dans la halle, qu'on sente qu'elle n'a jamais été "
        "restaurée par des architectes pressés."
    )
    quote = "« Je voulais qu'on sente que cette halle n'a jamais été restaurée par des pressés »"
    assert echoes(quote, [said])
    assert not echoes(quote, ["La halle a été restaurée en 1990 par la commune."])
