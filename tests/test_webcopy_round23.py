"""Pages copied as text, the families of the holdout29 and holdout30 rounds: copies with
little chrome that are still web copies, never plain text (a reader view's `5–6 minutes`, a
page's `Publié le …` under the headline, an app's share lines under the text), the app's name
without its `pour Android` or the sentence after it, a shop's `Panier` as interface, two people
credited on one line with their places, the next story of an infinite-scroll page, and a
site name's tagline after a dash. Each is stated on invented text and held to the invariant
that no word is lost unseen (`ingest` checks it).
"""

from __future__ import annotations

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, ingest, texts

from visavis.ingest.linekind import Kind, classify_line

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
BYLINE = "Hélène Vidal, envoyée spéciale à Collines, et Paul Lin, à Genève"


def test_a_reader_view_whose_byline_reads_as_no_name_is_a_web_copy() -> None:
    page = f"echodescollines.ch\nL'Écho des Collines\n{HEADLINE}\n{BYLINE}\n5–6 minutes\n\n"
    _, meta, _ = ingest(f"{page}{BODY}\n")
    assert (meta["title"], meta["publication"]) == (HEADLINE, "L'Écho des Collines")


def test_a_selection_with_its_publication_date_is_a_web_copy() -> None:
    dek = "La halle rouvre après deux ans de travaux, et les marchands y reviennent."
    page = f"{HEADLINE}\n\n{dek}\n\nPublié le 16 septembre 2025 à 14:20\n\n{BODY}\n"
    _, meta, _ = ingest(page)
    assert (meta["title"], meta["date"]) == (HEADLINE, "2025-09-16")


def test_an_apps_share_lines_make_a_web_copy_and_name_the_site() -> None:
    head = f"L'Écho des Collines\n\nRégion\n{HEADLINE}\n17/10/2025 à 09:12\n\n"
    foot = (
        "--\nPartagé depuis l'application L'Écho des Collines pour Android. Téléchargez-la\n"
        "Lire l'article complet sur echodescollines.ch\nTélécharger l'application : App Store"
    )
    _, meta, _ = ingest(f"{head}{BODY}\n\n{foot}\n")
    assert (meta["title"], meta["publication"]) == (HEADLINE, "L'Écho des Collines")
    assert (meta["section"], meta["date"]) == ("Région", "2025-10-17")


def test_a_shops_cart_and_an_apps_lines_are_interface() -> None:
    for line in ("Panier", "Télécharger l'application : App Store | Google Play"):
        assert classify_line(line) == Kind.BUTTON


def test_two_people_with_their_places_on_one_line_are_both_credited() -> None:
    page = f"echodescollines.ch\nL'Écho des Collines\n{HEADLINE}\n{BYLINE}\n5–6 minutes\n\n"
    _, meta, _ = ingest(f"{page}{BODY}\n")
    assert meta["author"] == "Hélène Vidal et Paul Lin"


def test_the_next_story_of_an_infinite_scroll_page_is_not_the_text() -> None:
    following = (
        "Article suivant\n\nRégion\nLe traversier reprend du service après trois semaines\n\n"
        "Un texte de Paul Lin\nPublié le 5 novembre 2025\n\n"
        "Le traversier a repris ses traversées mercredi matin, après trois semaines d'arrêt."
    )
    head = f"{HEADLINE}\n\nPar Hélène Vidal\nPublié le 4 novembre 2025\n\n"
    _, _, blocks = ingest(f"{head}{BODY}\n\n{following}\n\n© 2025 L'Écho des Collines\n")
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_site_name_line_with_its_tagline_after_a_dash_gives_the_name() -> None:
    top = "Aller au contenu\nécho\nÉcho – L'info en continu\nAccueil\nPolitique\nSport\n\n"
    foot = "Écho\nContact\n© 2025 Écho. Tous droits réservés"
    _, meta, _ = ingest(f"{top}Région\n{HEADLINE}\nPar Hélène Vidal\n\n{BODY}\n\n{foot}\n")
    assert meta["publication"] == "Écho"
