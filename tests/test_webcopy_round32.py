"""Pages copied as text, families found between the blind rounds: a copy whose first line
names a paper (`Le Temps`: an article and capitalised words) gives the publication, not the
section, when the copy writes the name again or sets a genre label under it; a rubric of that
shape written once (`La Suisse`) and a town's kicker the headline opens on (`Le Mans`) stay
the section. Each is stated on invented text and held to
the invariant that no word is lost unseen.
"""

from __future__ import annotations

import pytest
from test_webcopy_families import PARA_1, PARA_2, PARA_3, ingest

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
HEADLINE = "«Les glaciers auront perdu la moitié de leur volume avant 2050»"
CREDITS = "Propos recueillis par Anne-Sophie Roth\nPublié le 2 septembre 2025 à 19:08"


def test_a_first_line_naming_a_paper_written_again_is_the_publication_not_the_section() -> None:
    copy = f"Le Courrier\n{HEADLINE}\n{CREDITS}\n\n{BODY}\n\n© 2025 Le Courrier\n"
    _, meta, _ = ingest(copy)
    assert meta["publication"] == "Le Courrier"
    assert meta.get("section") is None


def test_a_first_line_naming_a_paper_over_a_genre_label_is_the_publication() -> None:
    _, meta, _ = ingest(f"Le Courrier\nTribune\n{HEADLINE}\n{CREDITS}\n\n{BODY}\n")
    assert meta["publication"] == "Le Courrier"


@pytest.mark.parametrize("rubric", ["La Suisse", "Le Valais", "Le Mag", "La Chaux-de-Fonds"])
def test_a_rubric_of_a_papers_shape_written_once_stays_the_section(rubric: str) -> None:
    _, meta, _ = ingest(f"{rubric}\n{HEADLINE}\n{CREDITS}\n\n{BODY}\n")
    assert meta["section"] == rubric


def test_a_towns_kicker_that_the_headline_opens_on_stays_the_section() -> None:
    headline = "Le Mans : les riverains de la rue de la Mariette obtiennent un sens unique"
    _, meta, _ = ingest(f"Le Mans\n{headline}\n{CREDITS}\n\n{BODY}\n")
    assert meta["section"] == "Le Mans"
    assert meta.get("publication") != "Le Mans"
