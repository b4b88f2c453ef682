"""Shapes copied pages take that the corpus holds once or not at all, each on a small page.

Text copies (a page selected and pasted), read through the real ingest: a standfirst over
several lines, calls to the reader in either register, quotations set apart as subheads or
pull quotes, lists, captions and their credits, dates run together or without a year, a live
page's times and notices, kickers written as trails. Every text is invented.
"""

from __future__ import annotations

import pytest

from visavis.ingest import IngestResult, ingest_text
from visavis.ingest.copycredits import read_credits
from visavis.ingest.copydates import publication_date
from visavis.ingest.linekind import Kind, classify_line
from visavis.model import Block

HEAD = "Le Quotidien\nMenu\nRechercher\nSociété\n"
TITLE = "La commune rouvre sa piscine après deux ans de travaux"
P1 = "Le bassin de 25 mètres accueille de nouveau le public depuis lundi matin, à 8 heures."
P2 = "La rénovation a coûté 6 millions de francs, dont la moitié à la charge du canton."
P3 = "Les clubs de natation retrouvent leurs créneaux du soir dès la semaine prochaine."
FOOT = "Partager\n12 commentaires\n© 2024 Le Quotidien. Tous droits réservés.\n"


def copy(*lines: str, head: str = HEAD) -> IngestResult:
    """A copied page: the site's chrome, then `lines` one under the other, then the footer."""
    return ingest_text(head + "\n".join(lines) + "\n" + FOOT, "page.txt")


def article(*lines: str, apart: bool = False) -> IngestResult:
    """A copied article: headline, byline and date, then `lines` (a blank line between each
    when `apart`, as pages with spaced paragraphs copy)."""
    body = [line for text in lines for line in ("", text)] if apart else list(lines)
    return copy(TITLE, "Par Anne Roy", "12.02.2025", *body)


def kinds(result: IngestResult) -> list[tuple[str, str]]:
    """(kind, text) of each body block, lines joined."""
    return [(block.kind, " ".join(block.lines)) for block in result.blocks]


# --- text copies: the header ------------------------------------------------------------------


def test_a_standfirst_of_two_sentence_lines_is_one_standfirst() -> None:
    result = copy(
        TITLE,
        "Le chantier a duré deux ans de plus que prévu.",
        "Les usagers ont dû se rendre dans les communes voisines.",
        "Anne Roy",
        "12.02.2025, 08:15",
        "",
        P1,
        "",
        P2,
    )
    assert result.meta["standfirst"] == (
        "Le chantier a duré deux ans de plus que prévu. "
        "Les usagers ont dû se rendre dans les communes voisines."
    )
    assert (result.meta["author"], result.meta["date"]) == ("Anne Roy", "2025-02-12")
    assert kinds(result) == [("paragraph", P1), ("paragraph", P2)]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Publié le 9 avr. 2024 à 7:01Mis à jour le 9 avr. 2024 à 10:44", "2024-04-09"),
        ("Mis à jour le 10 avr. 2024 à 10:44Publié le 9 avr. 2024 à 7:01", "2024-04-09"),
        ("Mis à jour le 10.04.2024 | Publié le 09.04.2024", "2024-04-09"),
        ("Le 3 mars 2024 à 08h12, modifié le 4 mars 2024", "2024-03-03"),
        ("Modifié le 16/05/2024 à 09:32", None),  # only the update: no publication date
    ],
)
def test_the_publication_date_is_read_apart_from_the_update_run_into_it(
    line: str, date: str | None
) -> None:
    assert publication_date(line) == date


def test_a_kicker_in_capitals_with_a_slash_is_the_section() -> None:
    result = copy("POLITIQUE / GENÈVE", TITLE, "Par Anne Roy", "12.02.2025", P1, P2, head="")
    assert result.meta["section"] == "Genève"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Texte: Anne Roy / Photos: Marc Leduc", "Anne Roy"),
        ("Par Anne Roy (texte) et Marc Leduc (photos)", "Anne Roy"),
        ("Rédaction Web", None),
        ("Par la rédaction", None),
        ("Un texte d’Anne Roy", "Anne Roy"),
        ("Une enquête de Anne Roy et Marc Leduc", "Anne Roy et Marc Leduc"),
        ("Anne Roy - Journaliste", "Anne Roy"),
    ],
)
def test_photographers_and_the_newsroom_are_no_authors(byline: str, author: str | None) -> None:
    assert read_credits(byline, {}).author == author


# --- text copies: what each line is ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Lecture en 3 min.", Kind.READTIME),
        ("Durée de lecture 5 min", Kind.READTIME),
        ("Lire aussi | Quelles voitures pourront encore rouler en 2030?", Kind.SEEALSO),
        ("> Lire aussi Gembloux: fuite dans le bassin", Kind.SEEALSO),
        ("Sur le même sujet", Kind.SEEALSO),
        ("08h15", Kind.RELDATE),  # a live entry's time
        ("15 h 40", Kind.RELDATE),
        ("Le 3 mars à 8h12", Kind.RELDATE),  # no year: no date
        ("Mis à jour il y a 2 heures", Kind.RELDATE),
        ("Publicité", Kind.BUTTON),
        ("La suite après cette publicité", Kind.BUTTON),
        ("Cette page est mise à jour régulièrement.", Kind.BANNER),
        ("Tu as aimé cet article? Soutiens notre rédaction!", Kind.BANNER),
        ("Vous avez trouvé une erreur? Merci de nous la signaler.", Kind.BANNER),
        ("Des nageurs dans le bassin rénové, lundi matin. JEAN DUPRAZ", Kind.CAPTION),
        ("Belga Image", Kind.PHOTO),  # a photo agency alone, never an author
        ("KEYSTONE", Kind.PHOTO),
        ("Écouter cet article (3 min)", Kind.BUTTON),
        ("Un texte de Anne Roy", Kind.BYLINE),
        ("« Nous rouvrons enfin »", Kind.QUOTE),
        ("« Oui », dit-il. « Nous rouvrons enfin. »", Kind.TEXT),  # two quotations: prose
        ("Le canton a posé ses conditions. Parmi elles :", Kind.TEXT),
    ],
)
def test_classify_line_shapes(text: str, kind: Kind) -> None:
    assert classify_line(text) == kind


def test_a_paragraph_signed_by_an_agency_is_no_caption() -> None:
    assert classify_line("Le conseil a voté la loi mardi soir. ATS") != Kind.CAPTION


# --- text copies: the body ---------------------------------------------------------------------


def test_a_quoted_phrase_from_a_longer_quotation_below_is_a_subhead() -> None:
    quotation = "«J’ai entendu un bruit. Le bus était sur le trottoir, tout était plié», dit Karim."
    result = article(
        P1,
        "",
        "«Le bus était sur le trottoir»",
        "",
        quotation,
        "",
        P2,
    )
    assert ("subhead", "«Le bus était sur le trottoir»") in kinds(result)
    assert not [block for block in result.blocks if block.kind == "quote"]


def test_a_whole_quotation_repeated_apart_is_a_pull_quote() -> None:
    said = "« Les familles reviendront », assure la municipale, qui veut rouvrir le soir."
    result = article(P1, P2, "« Les familles reviendront »", said, P3, apart=True)
    assert ("quote", "« Les familles reviendront »") in kinds(result)
    assert ("paragraph", said) in kinds(result)


def test_a_subhead_in_a_copy_without_blank_lines_stands_apart() -> None:
    subhead = "Des horaires étendus pour les familles du quartier"
    result = article(P1, subhead, P2, P3)
    assert kinds(result) == [
        ("paragraph", P1),
        ("subhead", subhead),
        ("paragraph", f"{P2} {P3}"),
    ]


def test_bulleted_items_are_a_list_without_their_bullets() -> None:
    items = ["• un bassin d’apprentissage ;", "• des vestiaires neufs ;", "• un sauna."]
    result = article(P1, "Parmi les nouveautés :", "", *items, "", P2)
    lists = [block for block in result.blocks if block.kind == "list"]
    assert lists == [
        Block("list", ("un bassin d’apprentissage ;", "des vestiaires neufs ;", "un sauna."))
    ]


def test_dashed_lines_are_a_list_only_under_a_line_that_announces_them() -> None:
    announced = article(
        P1,
        "Le canton exige trois choses :",
        "- un bilan chaque année ;",
        "- un tarif social ;",
        P2,
    )
    assert Block("list", ("un bilan chaque année ;", "un tarif social ;")) in announced.blocks
    dialogue = article(P1, "- Vous viendrez ?", "- Bien sûr, dès lundi.", P2)
    assert not [block for block in dialogue.blocks if block.kind == "list"]


def test_a_caption_over_its_photographer_s_name_is_not_text() -> None:
    result = article("Le bassin rénové, lundi matin.", "Jean Dupraz", P1, P2)
    assert kinds(result) == [("paragraph", f"{P1} {P2}")]
    assert any("Le bassin rénové" in warning for warning in result.warnings)  # listed


def test_a_question_over_a_speaker_s_name_is_kept() -> None:
    result = article(
        P1,
        "Pourquoi si longtemps ?",
        "Marie Roy",
        "Le chantier a révélé de l’amiante dans la toiture.",
        P2,
    )
    assert any("Pourquoi si longtemps ?" in text for _, text in kinds(result))


def test_a_caption_copied_twice_without_its_credit_is_dropped_both_times() -> None:
    caption = "Le bassin rénové, lundi matin."
    result = article(f"{caption} © Jean Dupraz", caption, P1, P2)
    assert all(caption not in text for _, text in kinds(result))


def test_a_tu_form_call_after_the_text_is_dropped() -> None:
    result = article(P1, P2, "Tu as aimé cet article? Soutiens-nous!", apart=True)
    assert kinds(result) == [("paragraph", P1), ("paragraph", P2)]


def test_a_dek_without_a_full_stop_under_the_headline_is_the_standfirst() -> None:
    dek = "Le chantier a duré deux ans de plus que prévu"
    result = copy("Grand Genève", TITLE, dek, "Anne Roy", "12.02.2025", "", P1, "", P2)
    assert (result.meta["title"], result.meta["standfirst"]) == (TITLE, dek)


def test_a_summary_box_inside_the_text_is_dropped_and_the_subhead_after_it_kept() -> None:
    box = ["Ce qu’il faut savoir", "Le bassin mesure 25 mètres.", "Le tarif reste inchangé."]
    result = article(P1, "", *box, "Des horaires étendus", "", P2, "", P3)
    assert kinds(result) == [
        ("paragraph", P1),
        ("subhead", "Des horaires étendus"),
        ("paragraph", P2),
        ("paragraph", P3),
    ]


def test_a_site_named_after_a_duration_is_its_name_not_a_reading_time() -> None:
    result = copy(TITLE, "Anne Roy", "12.02.2025", "", P1, "", P2, head="20 minutes\nGenève\n")
    assert result.meta["publication"] == "20 minutes"
    assert classify_line("20min/Marvin Ancian") == Kind.PHOTO


def test_short_paragraphs_under_a_subhead_stay_apart_in_a_copy_without_blank_lines() -> None:
    long = f"{P1} Les nageurs ont été nombreux dès l’ouverture, malgré la pluie."
    short = ["Le tarif reste inchangé.", "Les vestiaires sont neufs."]
    result = article(long, "Des horaires étendus", *short)
    assert kinds(result) == [
        ("paragraph", long),
        ("subhead", "Des horaires étendus"),
        ("paragraph", short[0]),
        ("paragraph", short[1]),
    ]


def test_a_byline_glued_to_its_date_gives_both() -> None:
    result = copy(TITLE, "Par Anne RoyPublié le 12.03.2024 à 10h00", "", P1, "", P2)
    assert (result.meta["author"], result.meta["date"]) == ("Anne Roy", "2024-03-12")


def test_a_date_line_that_ends_with_its_byline_gives_both() -> None:
    result = copy(TITLE, "Le 12/03/2024 à 10:00 par Anne Roy", "", P1, "", P2)
    assert (result.meta["author"], result.meta["date"]) == ("Anne Roy", "2024-03-12")


def test_the_author_s_role_under_the_byline_is_no_headline() -> None:
    head = "Nous utilisons des cookies.\nAccepter\nParamétrer\nLe Quotidien\nMenu\nSociété\n"
    lines = (TITLE, "Par Anne Roy", "Journaliste au service Société", "Le 12/03/2024 à 06:00")
    result = copy(*lines, "", P1, "", P2, head=head)
    assert (result.meta["title"], result.meta["author"]) == (TITLE, "Anne Roy")
    assert (result.meta["publication"], result.meta["section"]) == ("Le Quotidien", "Société")


def test_a_subscribers_badge_between_kicker_and_headline_is_no_section() -> None:
    result = copy(TITLE, "Par Anne Roy", "12.02.2025", "", P1, "", P2, head=HEAD + "Abonnés\n")
    assert result.meta["section"] == "Société"


def test_a_page_with_little_chrome_above_and_below_is_a_copy() -> None:
    paragraphs = "\n\n".join([P1, P2, P3] * 4)
    text = (
        f"Le Quotidien\nMenu\nCulture\n{TITLE}\nPar Anne Roy\n{paragraphs}\n© 2024 Le Quotidien\n"
    )
    result = ingest_text(text, "page.txt")
    assert result.meta["source"]["format"] == "webcopy"
    assert (result.meta["title"], result.meta["author"]) == (TITLE, "Anne Roy")
