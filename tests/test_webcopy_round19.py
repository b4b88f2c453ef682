"""Pages copied as text, the families of the holdout19 and holdout21 rounds: a reader view's
excerpt under its reading time, over the date or the lead photo's caption (right over the text,
the line is the lede: holdout20 has one), a subhead that gives a sum grouped in thousands (`Des
travaux de 850 000 $`), `Texte et photos :` and a logo copied over two lines. Each is stated on
invented text and held to the invariant that no word is lost unseen (`ingest` checks it).
"""

from __future__ import annotations

import pytest
from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, texts

from visavis.ingest.linekind import Kind, classify_line, is_data_row

DEK = "La halle rouvrira en septembre, après deux ans de travaux et un chantier contesté."
CAPTION = "La halle du marché, un samedi de mars. © Léa Roux"


READER = f"lechodescollines.fr\nL'Écho des Collines\n{HEADLINE}\nHélène Vidal\n4–5 minutes"


@pytest.mark.parametrize(
    "between", ["Publié le 19 août 2025 à 18h30\n", f"Publié le 19 août 2025\n{CAPTION}\n"]
)
def test_a_reader_views_excerpt_over_the_date_or_caption_is_the_standfirst(between: str) -> None:
    _, meta, blocks = ingest(f"{READER}\n{DEK}\n{between}{PARA_1}\n{PARA_2}\n{PARA_3}\n")
    assert meta["standfirst"] == DEK
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_reader_views_first_line_right_over_the_text_stays_its_lede() -> None:
    _, meta, blocks = ingest(f"{READER}\n{PARA_1}\n{PARA_2}\n{PARA_3}\n")
    assert meta["standfirst"] is None
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_sum_grouped_in_thousands_is_one_figure() -> None:
    assert not is_data_row("Des travaux de 850 000 $")
    assert classify_line("Des travaux de 850 000 $") == Kind.TITLE
    assert is_data_row("Genève 12 400 18,2 %")


def test_a_subhead_giving_a_sum_is_a_subhead() -> None:
    body = f"{PARA_1}\n\nDes travaux de 850 000 $\n\n{PARA_2}\n\n{PARA_3}"
    _, _, blocks = ingest(f"{TOP}\nRégion\n{HEADLINE}\nPar Hélène Vidal\n\n{body}\n")
    assert texts(blocks, "subhead") == ["Des travaux de 850 000 $"]


def test_texte_et_photos_names_the_author() -> None:
    head = f"Région\n{HEADLINE}\nTexte et photos : Hélène Vidal\nLundi 3 mars 2025"
    _, meta, _ = ingest(f"{TOP}\n{head}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n")
    assert meta["title"] == HEADLINE and meta["author"] == "Hélène Vidal"


def test_a_logo_copied_over_two_lines_that_the_footer_names_whole_is_the_site() -> None:
    top = "L'Écho\nCollines\nSe connecter\nMenu\n"
    footer = "Partager\nL'Écho Collines\n© 2025 L'Écho Collines\n"
    body = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
    _, meta, _ = ingest(f"{top}\nRégion\n{HEADLINE}\nPar Hélène Vidal\n\n{body}\n\n{footer}")
    assert meta["publication"] == "L'Écho Collines"
