"""Pages copied as text, the families of the holdout25 and holdout26 rounds: a numbered list
under its lead-in, `LIRE AUSSI.` with a full stop, captions closed by `Photo : D. R.` or
`• © Name`, an interviewer's `-vous` question that says `comptez`, a live badge run into the
headline, MSN's source name over `Article de Name • 1 j`, interface lines (`Ouvrir dans une
nouvelle fenêtre`, `Passer à la navigation`), a post signed under its text, and a subhead of
a few words under an ad's slot. Each is stated on invented text and held to the invariant that
no word is lost unseen (`ingest` checks it).
"""

from __future__ import annotations

import pytest
from test_webcopy_families import (
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

from visavis.ingest.linekind import Kind, classify_line

ITEMS = [
    "Les épluchures de fruits et de légumes, crues ou cuites.",
    "Les restes de repas, y compris la viande et le poisson.",
    "Le marc de café et les sachets de thé.",
]
LEAD = "Les règles tiennent en trois points :"


def test_a_numbered_list_under_its_lead_in_is_a_list_without_its_numbers() -> None:
    numbered = "\n".join(f"{number}. {item}" for number, item in enumerate(ITEMS, start=1))
    _, _, blocks = ingest(page_with(HEADER, f"{LEAD}\n\n{numbered}"))
    assert [block.lines for block in blocks if block.kind == "list"] == [tuple(ITEMS)]
    assert texts(blocks) == [PARA_1, LEAD, PARA_2, PARA_3]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("LIRE AUSSI. Tri des déchets : Colmar dépasse les 70 % de recyclage", Kind.SEEALSO),
        ("Une palmeraie de la région de Tolga, au printemps. Photo : D. R.", Kind.CAPTION),
        ("Les jeunes plants sont élevés six mois en pépinière. • © Sabine Roy", Kind.CAPTION),
        ("Comment comptez-vous attirer les adolescents ?", Kind.TEXT),
        ("Créez votre compte gratuit", Kind.BANNER),
        ("Ouvrir dans une nouvelle fenêtre", Kind.BUTTON),
        ("Passer à la navigation", Kind.BUTTON),
        ("5 h  ·", Kind.RELDATE),
        ("Article de Névine Kamel • 1 j", Kind.NAME),
        # holdout27, holdout28
        ("Yasmine Koné, la patronne qui a mis les marchés d’Abidjan sur smartphone", Kind.TITLE),
        ("Anne Roy, correspondante à Genève", Kind.NAME),
        ("Continuer la lecture ci-dessous", Kind.BUTTON),
        ("Rédigé par Anne Roy le Dimanche 9 Novembre 2025 à 18:20 | Lu 1432 fois", Kind.BYLINE),
        # holdout31, holdout32
        ("Ancienne animatrice de bibliothèque", Kind.ROLE),
        ("Avocate au barreau de Montréal", Kind.ROLE),
        ("Nathan Guérin et Clara Mercier avec AFP", Kind.NAME),
        ("Émilie Gagnon-Roy (Accéder à la page de l'auteur)", Kind.NAME),
        ("Ignorer et passer au contenu principal", Kind.BUTTON),
        ("Histoire de Koffi N’Guessan • Il y a 5 h • 2 min de lecture", Kind.NAME),
    ],
)
def test_the_lines_of_this_round_by_their_shape(line: str, kind: Kind) -> None:
    assert classify_line(line) == kind


def test_a_live_badge_run_into_the_headline_is_its_genre() -> None:
    page = page_with(f"Région\nEN DIRECT | {HEADLINE}\nPar Hélène Vidal", PARA_3)
    result, meta, _ = ingest(page)
    assert meta["title"] == HEADLINE
    assert meta["genre"] == "En direct"
    assert any("EN DIRECT" in warning for warning in result.warnings)


def test_a_headline_that_says_en_direct_in_words_keeps_them() -> None:
    _, meta, _ = ingest(page_with(f"Région\nEn direct - {HEADLINE}\nPar Hélène Vidal", PARA_3))
    assert meta["title"] == f"En direct - {HEADLINE}"


def test_msns_source_over_its_story_credit_is_the_publication() -> None:
    top = "MSN\nRechercher sur le web\nSe connecter\nAccueil\nActualités\nSport\nMétéo\n\n"
    head = f"L'Écho des Collines\nArticle de Hélène Vidal • 1 j\nSuivre\n\n{HEADLINE}"
    foot = "Plus d'articles pour vous\nCommentaires\nJ'aime\n\n© 2025 Microsoft"
    body = f"{PARA_1}\n\nOuvrir dans une nouvelle fenêtre\n\n{PARA_2}\n\n{PARA_3}"
    _, meta, blocks = ingest(f"{top}{head}\n\n{body}\n\n{foot}\n")
    assert (meta["publication"], meta["author"], meta["title"]) == (
        "L'Écho des Collines",
        "Hélène Vidal",
        HEADLINE,
    )
    assert texts(blocks, "subhead") == []


def test_a_post_signed_under_its_text_credits_its_author() -> None:
    head = f"L'Écho des Collines\n5 h  · \n\n{HEADLINE}"
    foot = "#Collines #Marché\n\n312\n47 commentaires\nJ'aime\nCommenter\nPartager"
    page = f"{head}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\nPar Hélène Vidal\n\n{foot}\n"
    _, meta, blocks = ingest(page)
    assert meta["author"] == "Hélène Vidal"
    assert meta["section"] is None
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_subhead_under_an_ads_slot_is_kept_and_a_sponsored_teaser_is_not() -> None:
    lines = [TOP.strip(), "Région", HEADLINE, "Hélène Vidal", "Publié: 03.11.2025, 17:42"]
    lines += [PARA_1, PARA_2, "Publicité", "La halle en grande forme", PARA_3]
    lines += ["Contenu sponsorisé", "Ce fabricant de matelas casse ses prix avant l'hiver", PARA_1]
    result, _, blocks = ingest("\n".join(lines) + "\n")
    assert texts(blocks, "subhead") == ["La halle en grande forme"]
    assert "Ce fabricant de matelas" in dropped(result)
