"""Pages copied as text, the families of the holdout19 round: a reader view's excerpt under its
reading time, over the date and the lead photo's caption or over the text itself, and a subhead
that gives a sum grouped in thousands (`Des travaux de 850 000 $`). Each is stated on invented
text and held to the invariant that no word is lost unseen (`ingest` checks it).
"""

from __future__ import annotations

import pytest
from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, texts

from visavis.ingest.linekind import Kind, classify_line, is_data_row

DEK = "La halle rouvrira en septembre, après deux ans de travaux et un chantier contesté."
CAPTION = "La halle du marché, un samedi de mars. © Léa Roux"


@pytest.mark.parametrize(
    "between", ["", "Publié le 19 août 2025 à 18h30\n", f"Publié le 19 août 2025\n{CAPTION}\n"]
)
def test_a_reader_views_excerpt_under_its_reading_time_is_the_standfirst(between: str) -> None:
    head = f"lechodescollines.fr\nL'Écho des Collines\n{HEADLINE}\nHélène Vidal\n4–5 minutes"
    _, meta, blocks = ingest(f"{head}\n{DEK}\n{between}{PARA_1}\n{PARA_2}\n{PARA_3}\n")
    assert meta["standfirst"] == DEK
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_sum_grouped_in_thousands_is_one_figure() -> None:
    assert not is_data_row("Des travaux de 850 000 $")
    assert classify_line("Des travaux de 850 000 $") == Kind.TITLE
    assert is_data_row("Genève 12 400 18,2 %")


def test_a_subhead_giving_a_sum_is_a_subhead() -> None:
    body = f"{PARA_1}\n\nDes travaux de 850 000 $\n\n{PARA_2}\n\n{PARA_3}"
    _, _, blocks = ingest(f"{TOP}\nRégion\n{HEADLINE}\nPar Hélène Vidal\n\n{body}\n")
    assert texts(blocks, "subhead") == ["Des travaux de 850 000 $"]
