"""Pages copied as text, families found between the blind rounds: a copy whose first line
names a paper (`Le Temps`, an article and capitalised words, the shape every site name of that
kind has in the corpora and no rubric has) gives the publication, not the section, unless the
headline opens on it (a town's kicker, `Le Mans`). Each is stated on invented text and held to
the invariant that no word is lost unseen.
"""

from __future__ import annotations

from test_webcopy_families import PARA_1, PARA_2, PARA_3, ingest

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
HEADLINE = "«Les glaciers auront perdu la moitié de leur volume avant 2050»"
CREDITS = "Propos recueillis par Anne-Sophie Roth\nPublié le 2 septembre 2025 à 19:08"


def test_a_first_line_naming_a_paper_is_the_publication_not_the_section() -> None:
    _, meta, _ = ingest(f"Le Courrier\n{HEADLINE}\n{CREDITS}\n\n{BODY}\n")
    assert meta["publication"] == "Le Courrier"
    assert meta.get("section") is None


def test_a_towns_kicker_that_the_headline_opens_on_stays_the_section() -> None:
    headline = "Le Mans : les riverains de la rue de la Mariette obtiennent un sens unique"
    _, meta, _ = ingest(f"Le Mans\n{headline}\n{CREDITS}\n\n{BODY}\n")
    assert meta["section"] == "Le Mans"
    assert meta.get("publication") != "Le Mans"
