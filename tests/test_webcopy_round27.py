"""Pages copied as text, the families left from the holdout43–46 round: a text-mode copy's
headline run on over its hard-wrapped dek without a blank line, a rubric it sets in square
brackets (`[ Société ]`), a byline naming the newsroom and its place (`Par Name, RTBF
Liège`), and a reader view's first line that the photo credits name in capitals (`La Presse`
over `PHOTO NAME, ARCHIVES LA PRESSE`). Each is stated on invented text and held to the
invariant that no word is lost unseen.
"""

from __future__ import annotations

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, texts

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"

#: A page hard-wrapped at 72 columns, its headline longer than that.
WRAPPED_HEAD = (
    "Roche-Blanche : les marchands du samedi relogés sous la halle enfin rénovée\n"
    "Après deux ans de chantier et de tensions avec la mairie, les quarante\n"
    "marchands de la place du Marché retrouvent un toit. Le déménagement\n"
    "commence lundi.\n"
)
WRAPPED_TEXT = (
    "Les marchands du samedi vont enfin quitter le parking de la salle des\n"
    "fêtes. La mairie de Roche-Blanche a signé mardi un accord avec leur\n"
    "association pour les installer sous la halle, rénovée depuis l'automne.\n"
    "\n"
    "Chaque marchand paiera une redevance de quarante euros par mois, soit\n"
    "la moitié du montant d'abord proposé par la mairie en novembre dernier,\n"
    "quand les discussions avaient commencé.\n"
    "\n"
    "Un premier bilan est prévu en juin, avant la saison des orages. Les\n"
    "marchands demandent qu'il soit présenté en présence de leur association\n"
    "et des riverains de la place.\n"
)


def test_a_headline_run_on_over_its_wrapped_dek_is_the_headline() -> None:
    page = f"L'Écho des Collines\n\n{WRAPPED_HEAD}\nHÉLÈNE VIDAL\nPublié le : 12/03/2025\n"
    _, meta, blocks = ingest(f"{page}{WRAPPED_TEXT}")
    title = "Roche-Blanche : les marchands du samedi relogés sous la halle enfin rénovée"
    assert (meta["title"], meta["author"], str(meta["date"])) == (
        title,
        "Hélène Vidal",
        "2025-03-12",
    )
    assert meta["standfirst"].startswith("Après deux ans de chantier")
    assert texts(blocks)[0].startswith("Les marchands du samedi vont enfin")


def test_a_wrapped_paragraphs_line_as_wide_as_the_page_stays_in_its_paragraph() -> None:
    # (a line near the widest of the page, then one opening on a proper noun)
    wide = (
        "Le conseil a voté la rénovation de la halle et de tous ses abords, rue\n"
        "Saint-Martin comprise. La séance, ouverte à vingt heures, s'est close\n"
        "avant vingt et une heures, faute de questions de l'opposition.\n"
    )
    page = f"{TOP}\n{HEADLINE}\n\nPar Hélène Vidal\nPublié le 3 mars 2025\n\n{WRAPPED_TEXT}\n"
    _, _, blocks = ingest(f"{page}{wide}")
    assert texts(blocks)[-1].startswith("Le conseil a voté la rénovation de la halle")
    assert texts(blocks)[-1].endswith("faute de questions de l'opposition.")


def test_a_rubric_in_square_brackets_is_the_section() -> None:
    page = f"{TOP}\n[ Société ]\n{HEADLINE}\n\nPar Hélène Vidal\nPublié le 3 mars 2025\n\n{BODY}\n"
    _, meta, blocks = ingest(page)
    assert (meta["title"], meta["section"]) == (HEADLINE, "Société")
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_byline_naming_the_newsroom_and_its_place_credits_the_person_alone() -> None:
    page = f"RTBF\nMenu\nRégions\n{HEADLINE}\nPar Hélène Vidal, RTBF Liège\nPublié le 3 mars 2025\n"
    _, meta, _ = ingest(f"{page}\n{BODY}\n")
    assert meta["author"] == "Hélène Vidal"


def test_a_first_line_the_photo_credits_name_in_capitals_is_the_site() -> None:
    photo = "PHOTO PAUL ROUX, ARCHIVES L'ÉCHO\nLa halle du marché, fermée depuis deux ans.\n"
    page = f"L'Écho\n{HEADLINE}\nHélène Vidal\nPublié le 3 mars 2025 à 5 h 00\n\n{photo}\n"
    _, meta, _ = ingest(f"{page}{BODY}\n")
    assert (meta["publication"], meta["section"]) == ("L'Écho", None)
