"""Pages copied as text: the classes of real-world variation the reader handles, one by one.

Each test writes a small invented page the way a browser copies one (site chrome, a header,
the article, the footer) and states what the reader must make of it: where the headline is
among bio lines and credit cues, which line names the site, which lines are subheads, that
list items, table rows and the article's opening are never lost, and that the notices
closing an article go to the dropped-lines warning.
"""

from __future__ import annotations

import pytest

from visavis.frontmatter import parse_document
from visavis.ingest import IngestResult, ingest_text
from visavis.ingest.copycredits import is_credit_cue, is_role_line
from visavis.ingest.linekind import Kind, classify_line, is_data_row, is_end_notice

TOP = "Le Courrier du Lac\nMenu\nSe connecter\nS'abonner\nRégion\nSport\nCulture\n"
FOOTER = "Partager\nFacebook\nCopier le lien\nLe Courrier du Lac\n© 2025 Le Courrier du Lac\n"
#: The site's chrome, a kicker, the headline and its byline and date.
HEADER = (
    f"{TOP}Région\nBellerive finance sa piscine couverte\nPar Julie Favre\nPublié le 4 mars 2025\n"
)
PARA_1 = (
    "La commune de Bellerive a voté mardi soir le budget de sa nouvelle piscine couverte, "
    "après trois heures de débat au conseil communal. Le projet coûtera onze millions de francs."
)
PARA_2 = (
    "Les travaux doivent commencer au printemps prochain et durer deux ans. Pendant ce temps, "
    "les écoles de la commune iront nager dans le bassin de la ville voisine, à dix minutes en car."
)
PARA_3 = (
    "Le syndic a rappelé que l'ancienne piscine, construite en 1968, ne répondait plus aux normes "
    "depuis longtemps. Sa fermeture avait privé les clubs de natation de leurs entraînements."
)

#: Two paragraphs, then the share buttons and the footer.
BODY = f"{PARA_1}\n{PARA_2}\n{FOOTER}"


def ingest(page: str) -> tuple[IngestResult, dict, list]:
    """Ingest a copied page: the result, its front-matter and its body's blocks."""
    result = ingest_text(page, "page.txt")
    document = parse_document(result.to_markdown())
    return result, document.meta, document.blocks


def kinds(blocks: list) -> list[tuple[str, str]]:
    """Each block's kind and its text (an interview's question without its bold marks)."""
    return [(block.kind, " ".join(block.lines).strip("_")) for block in blocks]


def dropped(result: IngestResult) -> str:
    """The warning that lists the lines dropped as site chrome."""
    return next((w for w in result.warnings if "dropped " in w and "site chrome" in w), "")


def test_a_role_line_under_the_byline_is_neither_headline_nor_author() -> None:
    page = (
        "Économie\nBellerive finance sa piscine couverte\nJulie Favre\n"
        "Journaliste au service Région\nPublié le 4 mars 2025 à 8 h 15\n"
        f"{BODY}"
    )
    _, meta, _ = ingest(page)
    assert meta["title"] == "Bellerive finance sa piscine couverte"
    assert meta["author"] == "Julie Favre"
    assert meta["section"] == "Économie"
    assert classify_line("Rédactrice en chef adjointe") == Kind.ROLE
    assert is_role_line("Correspondante à Québec")
    assert not is_role_line("Journaliste depuis vingt ans, elle a couvert la région.")


def test_a_credit_cue_and_an_author_field_are_bylines_not_headlines() -> None:
    cue = (
        f"{TOP}Bellerive finance sa piscine couverte\nArticle rédigé par\nJulie Favre\n"
        f"Publié le 4 mars 2025\n{BODY}"
    )
    _, meta, _ = ingest(cue)
    assert (meta["title"], meta["author"]) == (
        "Bellerive finance sa piscine couverte",
        "Julie Favre",
    )
    labelled = (
        f"{TOP}Bellerive finance sa piscine couverte\n"
        f"Auteur: Marc-Olivier Dind | Le 4 mars 2025 à 08:15\n1 203 lectures\n"
        f"{BODY}"
    )
    _, meta, _ = ingest(labelled)
    assert meta["title"] == "Bellerive finance sa piscine couverte"
    assert (meta["author"], str(meta["date"])) == ("Marc-Olivier Dind", "2025-03-04")
    assert is_credit_cue("Par") and is_credit_cue("Rédigé par") and is_credit_cue("Auteurs :")
    assert not is_credit_cue("Auteurs")  # the heading of an author block, names under it


SHARE_BAR = "Partager\nFacebook\n"


@pytest.mark.parametrize(
    ("head", "tail", "expected"),
    [
        pytest.param(
            "Santé\nLa grippe arrive plus tôt cette année\nArticle rédigé par\nradiolac avec AFP\n",
            SHARE_BAR,
            {"publication": "radiolac", "agency": "AFP", "author": None, "section": "Santé"},
            id="a-newsroom-beside-an-agency-names-the-publication",
        ),
        pytest.param(
            "Santé\nLa grippe arrive plus tôt cette année\nPar La Rédaction avec AFP\n",
            SHARE_BAR,
            {"publication": None, "agency": "AFP"},
            id="a-desk-beside-an-agency-names-no-publication",
        ),
        pytest.param(
            "Société\nBellerive finance sa piscine couverte\nPar Julie Favre\n",
            SHARE_BAR,
            {"publication": None, "section": "Société"},
            id="a-section-label-never-names-the-publication",
        ),
        pytest.param(
            "Société\nBellerive finance sa piscine couverte\nPar Julie Favre\n",
            "Cet article vous a plu? Courrierdulac.ch est un média indépendant, abonnez-vous.\n"
            "S'abonner\nPartager\n",
            {"publication": "Courrierdulac.ch"},
            id="a-site-names-itself-by-its-address-under-the-text",
        ),
    ],
)
def test_what_the_credits_and_the_end_of_a_page_say_of_its_publication(
    head: str, tail: str, expected: dict[str, str | None]
) -> None:
    _, meta, _ = ingest(f"{head}Publié le 4 mars 2025\n{PARA_1}\n{PARA_2}\n{tail}")
    assert {key: meta[key] for key in expected} == expected


def test_the_site_name_past_a_consent_banner_is_confirmed_by_the_footer() -> None:
    consent = (
        "Nous respectons votre vie privée. Avec votre accord, nous et nos partenaires utilisons "
        "des cookies pour mesurer l'audience et vous proposer des contenus adaptés."
    )
    page = (
        f"{consent}\nAccepter et fermer\nPersonnaliser\nLe Courrier du Lac\nMenu\nSe connecter\n"
        f"Région\nBellerive finance sa piscine couverte\nPar Julie Favre\n"
        f"Publié le 4 mars 2025\n{BODY}"
    )
    result, meta, _ = ingest(page)
    assert (meta["publication"], meta["section"]) == ("Le Courrier du Lac", "Région")
    assert meta["title"] == "Bellerive finance sa piscine couverte"
    assert "cookies pour mesurer" in dropped(result)
    assert classify_line(consent) == Kind.BANNER
    quoted = "« Nous refusons que nos partenaires posent des cookies sur la vie privée des élèves »"
    assert classify_line(quoted) != Kind.BANNER  # quoted speech: someone in the story


def test_a_short_question_between_paragraphs_is_a_subhead_but_not_in_an_interview() -> None:
    page = (
        f"{HEADER}{PARA_1}\nEt les clubs ?\n{PARA_2}\nQue faire si vous nagez ?\n{PARA_3}\n{FOOTER}"
    )
    _, _, blocks = ingest(page)
    assert ("subhead", "Et les clubs ?") in kinds(blocks)
    assert ("subhead", "Que faire si vous nagez ?") in kinds(blocks)  # the reader addressed
    interview = (
        f"{TOP}Région\nMarie Gay: «La piscine sera prête en 2027»\n"
        "Propos recueillis par Julie Favre\nPublié le 4 mars 2025\n"
        f"Quand la piscine ouvrira-t-elle ?\n{PARA_1}\nEt vos clubs ?\n{PARA_2}\n{FOOTER}"
    )
    _, _, blocks = ingest(interview)
    assert ("paragraph", "Et vos clubs ?") in kinds(blocks)
    assert not [block for block in blocks if block.kind == "subhead"]
    face_to_face = interview.replace("Propos recueillis par", "Par").replace("vos", "les")
    _, _, blocks = ingest(face_to_face.replace("Quand la piscine ouvrira-t-elle", "Que visez-vous"))
    assert ("paragraph", "Et les clubs ?") in kinds(blocks)  # `-vous`: an interviewer asks


def test_list_items_after_an_announcing_line_are_all_kept() -> None:
    page = (
        f"{HEADER}{PARA_1}\nLe nouveau bâtiment comprendra trois bassins :\n"
        "- un bassin sportif de vingt-cinq mètres, ouvert aux clubs le soir ;\n"
        "- un bassin d'apprentissage pour les écoles de la commune ;\n"
        "- une pataugeoire pour les plus petits.\n"
        "1. une première étape, la démolition de l'ancien bâtiment en été\n"
        "2. une deuxième étape, le gros œuvre jusqu'à la fin de l'année\n"
        f"{PARA_2}\n{FOOTER}"
    )
    _, _, blocks = ingest(page)
    body = " ".join(text for _, text in kinds(blocks))
    for words in ("bassin sportif", "bassin d'apprentissage", "pataugeoire", "la démolition"):
        assert words in body
    assert "le gros œuvre" in body


def test_a_table_copied_as_text_keeps_its_title_and_rows_as_paragraphs() -> None:
    page = (
        f"{HEADER}{PARA_1}\nCoût du projet (en millions de francs)\n"
        "\t2024\t2025\tÉcart\nBâtiment\t6,5\t8,0\t+23 %\nÉquipements\t1,8\t2,5\t+39 %\n"
        f"Source: commune de Bellerive\n{PARA_2}\n{FOOTER}"
    )
    _, _, blocks = ingest(page)
    assert kinds(blocks)[1:6] == [
        ("paragraph", "Coût du projet (en millions de francs)"),
        ("paragraph", "2024 2025 Écart"),
        ("paragraph", "Bâtiment 6,5 8,0 +23 %"),
        ("paragraph", "Équipements 1,8 2,5 +39 %"),
        ("paragraph", "Source: commune de Bellerive"),  # the table's, kept with its rows
    ]
    assert is_data_row("Bénéfice par action ($) 0,88 0,43 +105 %")
    assert not is_data_row("Les 3 clubs de la commune")


def test_a_pull_quote_and_its_speaker_never_cut_off_the_articles_opening() -> None:
    page = (
        f"{HEADER}{PARA_1}\n{PARA_2}\n"
        "« Une piscine, c'est une école de la vie »\nMarie Gay, syndique\n"
        f"{PARA_3}\n{PARA_1.replace('mardi', 'jeudi')}\n{FOOTER}"
    )
    _, _, blocks = ingest(page)
    assert kinds(blocks)[0] == ("paragraph", PARA_1)
    quote = next(block for block in blocks if block.kind == "quote")
    assert quote.attribution == "Marie Gay, syndique"


def test_the_safety_net_takes_in_an_opening_cut_off_by_a_date_line_inside_the_text() -> None:
    page = f"{HEADER}{PARA_1}\n{PARA_2}\nMis à jour le 5 mars 2025\n{PARA_3}\n{FOOTER}"
    _, _, blocks = ingest(page)
    body = " ".join(text for _, text in kinds(blocks))
    for paragraph in (PARA_1, PARA_2, PARA_3):
        assert paragraph.split(". ")[0] in body


def test_notices_closing_an_article_are_chrome_listed_as_dropped() -> None:
    page = (
        f"{HEADER}{PARA_1}\n{PARA_2}\n"
        "Déclaration d'intérêts\nJulie Favre ne travaille pour aucune entreprise citée.\n"
        "Partenaires\nL'Université du Lac finance ce média en tant que membre fondateur.\n"
        f"Les commentaires sont fermés pour cet article.\n{FOOTER}"
    )
    result, _, blocks = ingest(page)
    body = " ".join(text for _, text in kinds(blocks))
    assert "aucune entreprise" not in body and "membre fondateur" not in body
    for line in ("Déclaration d'intérêts", "membre fondateur", "commentaires sont fermés"):
        assert line in dropped(result)
    assert is_end_notice("Les commentaires sont désactivés.")
    assert not is_end_notice("Les partenaires sociaux se sont réunis lundi à Berne.")


def test_a_live_blog_keeps_each_entry_title_under_its_time_as_a_subhead() -> None:
    page = (
        f"{TOP}Intempéries\nEn direct\nCrues: le lac déborde à Bellerive\nPar Julie Favre\n"
        f"Publié le 4 mars 2025\nPartager\n10:45\nLa route du port est fermée\n{PARA_1}\n"
        f"09:30\n«Nous n'avions jamais vu ça»\n{PARA_2}\n08:00\nBienvenue dans ce direct\n"
        f"{PARA_3}\n{FOOTER}"
    )
    result, meta, blocks = ingest(page)
    assert [text for kind, text in kinds(blocks) if kind == "subhead"] == [
        "La route du port est fermée",
        "«Nous n'avions jamais vu ça»",
        "Bienvenue dans ce direct",
    ]
    assert (meta["section"], meta["genre"]) == ("Intempéries", "En direct")
    assert "10:45" in dropped(result)


def test_an_author_block_gives_every_author_and_none_of_their_roles() -> None:
    page = (
        f"{TOP}Sciences\nPourquoi le lac se réchauffe\nAuteurs\nClaire Pittet\n"
        "Maîtresse de conférences en limnologie, Université du Lac\nHugo Berset\n"
        f"Doctorant en climatologie, Université du Lac\nPublié le 4 mars 2025\n"
        f"{BODY}"
    )
    _, meta, _ = ingest(page)
    assert meta["author"] == "Claire Pittet et Hugo Berset"


def test_a_kicker_in_capitals_takes_the_casing_the_text_gives_its_words() -> None:
    page = (
        f"{TOP}VALLÉE DE SAINT-CERGUE\nLa patinoire de Saint-Cergue rouvrira en janvier\n"
        f"Par Julie Favre\nPublié le 4 mars 2025\n{PARA_1} Le club de Saint-Cergue attend.\n"
        f"{PARA_2}\n{FOOTER}"
    )
    _, meta, _ = ingest(page)
    assert meta["section"] == "Vallée de Saint-Cergue"


def test_every_title_under_a_heading_of_links_is_a_link_and_the_prose_after_it_stays() -> None:
    page = (
        f"{HEADER}{PARA_1}\n{PARA_2}\nLes plus lus\nMorges : le marché de Noël prolongé\n"
        "Nyon : un cycliste renversé près de la gare\n"
        f"{PARA_3}\n{FOOTER}"
    )
    result, _, blocks = ingest(page)
    texts = [text for _, text in kinds(blocks)]
    assert not [text for text in texts if "cycliste renversé" in text]
    assert "Nyon : un cycliste renversé près de la gare" in dropped(result)
    assert any(text.startswith("Le syndic a rappelé") for text in texts)  # never lost


def test_a_bare_name_under_the_authors_is_no_co_author() -> None:
    page = (
        f"{TOP}Région\nBellerive finance sa piscine couverte\nJulie Favre\nPierre Monnet\n"
        f"Publié le 4 mars 2025\n{BODY}"
    )
    _, meta, _ = ingest(page)
    assert meta["author"] == "Julie Favre"


def test_a_headline_with_figures_is_no_table_row() -> None:
    assert not is_data_row("Bourse : le SMI gagne 2,3 % à 11 512 points")
    assert classify_line("Bourse : le SMI gagne 2,3 % à 11 512 points") == Kind.TITLE
