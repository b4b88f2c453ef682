"""Pages copied as text, the families of the holdout16 round: bylines that give each person's
part (`(texte)`, `(photos)`) or the newsroom with its agency in brackets, a site named by its
address whose photo credits spell its name, an `Abonné` badge over the standfirst, a name
closed by an initial, a video's title under its player, a question heading a list's lead-in,
a teaser with a figure under the breadcrumb, a copyright's tagline and an opinion piece's
signer over a one-line bio. Each is stated on invented text and held to the invariant that
no word is lost unseen (`ingest` checks it).
"""

from __future__ import annotations

import pytest
from test_webcopy_families import (
    FOOTER,
    HEADLINE,
    PARA_1,
    PARA_2,
    PARA_3,
    TOP,
    ingest,
    texts,
)

from visavis.ingest.copycredits import read_credits
from visavis.ingest.linekind import Kind, classify_line

DEK = "La halle rouvrira en septembre, après deux ans de travaux et un chantier contesté."
DATED = "Publié le 14 mai 2025 à 18:42"


def page(header: str, body: str = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}", **parts: str) -> str:
    """A page: the site's top, the header, the text, the footer."""
    top, footer = parts.get("top", TOP), parts.get("footer", FOOTER)
    return f"{top}\n{header}\n\n{body}\n\n{footer}"


def test_a_byline_giving_each_persons_part_is_a_name_not_a_caption() -> None:
    credit = "Hélène Vidal (texte) et Paul Lin (photos)"
    assert classify_line(credit) == Kind.NAME
    _, meta, _ = ingest(page(f"Région\n{HEADLINE}\n{credit}\n{DATED}"))
    assert meta["author"] == "Hélène Vidal"  # the photographer is no author


def test_a_newsroom_credited_with_its_agency_in_brackets_names_no_author() -> None:
    assert classify_line("Rédaction 7sur7 (Belga)") == Kind.BYLINE
    _, meta, _ = ingest(page(f"Région\n{HEADLINE}\nRédaction 7sur7 (Belga)\n{DATED}"))
    assert meta["title"] == HEADLINE
    assert meta["author"] is None and meta["agency"] == "Belga"


def test_a_reader_view_under_the_sites_address_names_it_as_its_photo_credits_do() -> None:
    caption = "La halle du marché, un samedi de mars. (Paul Lin/L'Écho des Collines)"
    head = f"lechodescollines.ca\n\n{HEADLINE}\n\nHélène Vidal\n\n4–5 minutes\n\n14 mai 2025"
    _, meta, blocks = ingest(f"{head}\n\n{caption}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n")
    assert meta["publication"] == "L'Écho des Collines"
    assert meta["title"] == HEADLINE and meta["author"] == "Hélène Vidal"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_badge_between_headline_and_standfirst_leaves_both_and_the_credits() -> None:
    header = f"Région\n{HEADLINE}\nAbonné\n{DEK}\nSébastien R.\n{DATED}"
    _, meta, blocks = ingest(page(header))
    assert meta["standfirst"] == DEK
    assert meta["author"] == "Sébastien R."  # the initial keeps its full stop
    assert str(meta["date"]) == "2025-05-14"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


@pytest.mark.parametrize(
    ("credit", "persons"),
    [("Par Sébastien R.", ("Sébastien R.",)), ("Par Anne Roy.", ("Anne Roy",))],
)
def test_a_credits_closing_full_stop_goes_unless_it_closes_an_initial(
    credit: str, persons: tuple[str, ...]
) -> None:
    assert read_credits(credit, {}).persons == persons


def test_a_videos_title_under_its_player_is_not_the_headline() -> None:
    player = "Lire la vidéo\n02:34\nLa halle du marché en images\nLe 19h30 / 2 min."
    header = f"Info > Région\n\n{HEADLINE}\n\n{DEK}\n\n{player}\n\nHélène Vidal\n{DATED}"
    _, meta, _ = ingest(page(header))
    assert meta["title"] == HEADLINE
    assert meta["section"] == "Région"


def test_a_short_question_over_a_lists_lead_in_is_a_subhead() -> None:
    question = "Pourquoi le chantier a-t-il pris du retard?"
    lead = "Les experts avancent trois explications:"
    items = "1. La découverte de vestiges.\n\n2. Les recours des riverains."
    body = f"{PARA_1}\n\n{question}\n\n{lead}\n\n{items}\n\n{PARA_2}"
    _, _, blocks = ingest(page(f"Région\n{HEADLINE}\nPar Hélène Vidal\n{DATED}", body))
    assert texts(blocks, "subhead") == [question]


def test_a_teaser_with_a_figure_under_the_breadcrumb_is_not_the_section() -> None:
    header = f"Accueil / Suisse / Vaud\n\nLogements vacants à 0,38%\n{HEADLINE}\nPar Hélène Vidal"
    _, meta, _ = ingest(page(f"{header}\n{DATED}"))
    assert meta["section"] == "Vaud" and meta["title"] == HEADLINE


def test_a_copyright_lines_tagline_is_not_the_sites_name() -> None:
    footer = "Partager\n© 2025 Le Courrier du Lac - Tout sur la région. Tous droits réservés.\n"
    _, meta, _ = ingest(page(f"{HEADLINE}\nPar Hélène Vidal\n{DATED}", top="", footer=footer))
    assert meta["publication"] == "Le Courrier du Lac"


def test_an_opinion_pieces_signer_over_a_one_line_bio_is_its_author() -> None:
    bio = "Sociologue à l'Université de Roche-Blanche, elle travaille sur les marchés couverts."
    note = "NB : Les opinions exprimées dans cette tribune n'engagent que leur auteur."
    body = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\nHélène VIDAL\n{bio}\n\n{note}"
    _, meta, blocks = ingest(page(f"TRIBUNE\n{HEADLINE}\n{DATED}", body))
    assert meta["author"] == "Hélène Vidal"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
