"""Guards from a review of the holdout65–67/text and holdout62/web rules (a helper broke most of
them on ordinary inputs): each states an ordinary page the first version of a rule misread.
A sentence on a minister's post on `le fil X` is no syndication note; a review's short last
sentence over its rating is the review's; a paragraph on the crowd, a coach's quotation full
of commas and a synopsis under `Résumé` are the text; a line closing on a colon over a title
and a photo agency's credit is the text; a subhead under a player is a subhead; a speaker's
`Name*` inside an interview is the text's; a starred note naming the author late is the text;
a header's lines of the lead's class leave the lead the standfirst; a list of set scores and a
key figure's `3/4` stay; the tags under the text sign nothing; a channel's `M6+` is a rubric;
an ad under a breadcrumb ends nothing; `Le Direct` is a rubric; a headline counting sightings
is no date line; a live page's `Suivre le live` is its subhead."""

from __future__ import annotations

from test_webbody import P1, P2, P3, page
from test_webbody import ingest as ingest_page
from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, page_with, texts

from visavis.frontmatter import parse_document
from visavis.ingest.linekind import Kind, classify_line

HEADER = f"{HEADLINE}\nPar Hélène Vidal\n12 mars 2026"


def body_lines(blocks: list) -> list[str]:
    return [line for block in blocks for line in block.lines]


def test_a_sentence_on_a_post_on_le_fil_x_is_the_text() -> None:
    sentence = (
        "Ce texte a été publié sur le fil X du ministre vendredi soir, avant d'être supprimé "
        "une heure plus tard sans explication."
    )
    assert classify_line(sentence) == Kind.TEXT


def test_a_reviews_short_last_sentence_over_its_rating_is_the_reviews() -> None:
    for last in (
        "À 72 ans, Cabrel n'a rien perdu de sa superbe.",
        "Comptez 48 francs pour le menu du midi, boissons non comprises.",
        "Un concert – et quel concert – dont on se souviendra longtemps.",
    ):
        _, _, blocks = ingest(page_with(HEADER, "", footer=f"{last}\n\nNote : 4/5\n\nPartager\n"))
        assert texts(blocks)[-1] == last


def test_a_paragraph_on_the_crowd_under_a_sheet_is_the_text() -> None:
    crowd = (
        "Devant 11 842 spectateurs, les Nancéiens ont longtemps buté sur une défense dijonnaise "
        "bien regroupée, avant de trouver la faille à douze minutes de la fin."
    )
    sheet = "La fiche du match\n\nASNL - Dijon 2-1 (0-1)\n\nButs : Berthier (78e) ; Koné (31e).\n\n"
    _, _, blocks = ingest(page_with(HEADER, "", footer=f"{sheet}Arbitre : M. Vasseur.\n\n{crowd}"))
    assert crowd in body_lines(blocks)


def test_a_coachs_quotation_full_of_commas_under_a_sheet_is_the_text() -> None:
    quote = (
        "L'entraîneur: « Il fallait de la patience, de l'envie, de la rigueur, de l'audace, de la "
        "solidarité et un peu de chance, et nous avons eu tout ça ce soir. »"
    )
    sheet = "LA FICHE\n\nASNL - DIJON : 2-1 (0-1)\n\nButs : Berthier (78e) ; Koné (31e).\n\n"
    _, _, blocks = ingest(
        page_with(HEADER, "", footer=f"{sheet}Avertissements : Roy (52e).\n\n{quote}")
    )
    assert quote in body_lines(blocks)


def test_a_synopsis_under_resume_in_a_spaced_copy_is_the_text() -> None:
    synopsis = [
        "Six mois ont passé depuis la mort du capitaine Vasseur.",
        "Son unité a été dissoute et ses hommes dispersés.",
        "Mais un attentat à Lyon va les réunir.",
    ]
    lines = [*TOP.strip().split("\n"), HEADLINE, "Par Julie Morel", "12 mars 2026", PARA_1]
    lines += ["Résumé", *synopsis, "Notre avis", PARA_2, PARA_3, "Partager"]
    _, _, blocks = ingest("\n\n".join(lines))
    assert all(sentence in body_lines(blocks) for sentence in synopsis)


def test_a_line_closing_on_a_colon_over_a_title_and_a_photo_agencys_credit_is_the_text() -> None:
    middle = (
        "L'entretien s'est conclu par un avertissement du syndic :\n\n"
        "La place ne sera pas un parking\n\n© Keystone"
    )
    _, _, blocks = ingest(page_with(HEADER, middle))
    assert "L'entretien s'est conclu par un avertissement du syndic :" in body_lines(blocks)


def test_a_subhead_under_a_player_stays_a_subhead() -> None:
    _, _, blocks = ingest(page_with(HEADER, "Écouter\n2:13\nUn référendum déjà annoncé"))
    assert texts(blocks, "subhead") == ["Un référendum déjà annoncé"]


def test_a_speakers_name_with_a_note_call_inside_an_interview_is_the_texts() -> None:
    middle = (
        "Jean-Marc Favre*\n\nVous avez lancé le référendum. Pourquoi?\n\n"
        "Parce que le coût a été sous-évalué, et que personne ne nous a consultés."
    )
    copy = page_with(f"Entretien\n{HEADER}", middle, footer="*Président du comité.\n\nPartager\n")
    _, _, blocks = ingest(copy)
    assert any("Jean-Marc Favre" in line for line in body_lines(blocks))


def test_a_starred_note_naming_the_author_late_is_the_text() -> None:
    note = (
        "*L'association, présidée depuis 2019 par Jean Roy et soutenue par la commune, a été "
        "interrogée par Hélène Vidal lors de son assemblée générale."
    )
    _, _, blocks = ingest(page_with(HEADER, "", footer=f"{note}\n\nPartager\n"))
    assert note in body_lines(blocks)


def test_a_lead_beside_the_headers_byline_of_its_class_stays_the_standfirst() -> None:
    lead = "Six heures de débat ont été nécessaires pour adopter la loi, saluée par la gauche."
    header = "".join(
        f'<p class="article-header__text">{text}</p>'
        for text in (lead, "Par Anne Roy", "Publié le 3 mars 2026")
    )
    html = page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>", f'<meta name="description" content="{lead}">')
    html = html.replace("</h1></header>", f"</h1>{header}</header>")
    meta = parse_document(ingest_page(html).to_markdown()).meta
    assert meta.get("standfirst") == lead


def test_a_list_of_set_scores_and_a_key_figures_fraction_stay() -> None:
    scores = "<ul><li>6/4</li><li>3/6</li><li>7/5</li></ul>"
    figure = '<p class="key-figure__index">3/4</p>'
    lines = body_lines(ingest_page(page(f"<p>{P1}</p>{scores}{figure}<p>{P2}</p>")).blocks)
    assert "6/4" in lines and "3/4" in lines


def test_the_tags_under_the_text_sign_nothing() -> None:
    header = f"{HEADLINE}\n\nPublié le jeudi 2 avril 2026 | Anne Roy"
    footer = "Karin Keller-Sutter\nTVA\nConseil fédéral\nPartager\n"
    _, meta, _ = ingest(page_with(header, "", footer=footer))
    assert meta["author"] == "Anne Roy"


def test_a_channels_name_with_a_plus_is_its_rubric() -> None:
    top = "Télé Star\nMenu\nSéries\nM6\nM6+\nCanal+\n"
    header = f"Séries\nM6+\n{HEADLINE}\nPar Julie Morel\nPublié le 12 mars 2026 à 10:15"
    _, meta, _ = ingest(page_with(header, "", top=top))
    assert meta["section"] == "M6+"


def test_an_ad_under_a_breadcrumb_ends_no_label() -> None:
    header = f"Accueil > Économie\nPublicité\nAnalyse\n{HEADER}"
    _, meta, _ = ingest(page_with(header, ""))
    assert meta["section"] == "Économie"


def test_le_direct_over_the_headline_is_a_rubric() -> None:
    _, meta, _ = ingest(page_with(f"Le Direct\n{HEADER}", ""))
    assert meta.get("section") == "Le Direct"


def test_a_headline_counting_sightings_is_no_date_line() -> None:
    assert classify_line("Le 12 mars 2026, le loup vu 3 fois") != Kind.DATE


def test_a_live_pages_follow_the_live_subhead_is_no_button() -> None:
    assert classify_line("Suivre le live") != Kind.BUTTON
