"""Guards on the rules of the holdout51–52 round, from a review that tried to break them:
what each rule must leave alone on ordinary pages. Text copies (blank lines under every block,
as Firefox copies) and small saved pages, read through the real ingest; no word lost unseen.
"""

from __future__ import annotations

import pytest
from test_webbody import ingest as ingest_page
from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, texts
from test_webpage_round25 import named_page

CREDITS = "Par Hélène Vidal\n\nPublié le 24 novembre 2025 à 17h12"


def spaced(*blocks: str) -> str:
    """A copy with a blank line under every block: the site's top, headline, credits, blocks."""
    return "\n\n".join((TOP, HEADLINE, CREDITS, *blocks, "Partager\n\n© 2025 L'Écho des Collines"))


def test_a_sentence_that_goes_on_with_a_price_is_a_paragraph_under_its_subhead() -> None:
    line = "La halle rouvrira en septembre. Prix : 2 euros le mètre linéaire pour les commerçants."
    _, _, blocks = ingest(spaced(PARA_1, "Le nouveau tarif", line, PARA_2, PARA_3))
    assert texts(blocks, "subhead") == ["Le nouveau tarif"]
    assert texts(blocks) == [PARA_1, line, PARA_2, PARA_3]


def test_a_call_for_tips_with_a_contact_stays_chrome() -> None:
    call = "Une info à nous signaler ? Contact : redaction@echo-collines.fr"
    _, _, blocks = ingest(spaced(PARA_1, PARA_2, call, PARA_3))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


@pytest.mark.parametrize("kicker", ["Enquête publique", "Débat public"])
def test_a_rubric_opening_on_a_genres_word_stays_the_section(kicker: str) -> None:
    _, meta, _ = ingest(f"{TOP}\n{kicker}\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n")
    assert meta["section"] == kicker


def test_a_related_cards_relative_time_makes_no_standfirst() -> None:
    short = "Le conseil municipal a voté lundi soir la rénovation de la halle du marché."
    _, meta, blocks = ingest(spaced("Il y a 2 h", short, PARA_2, PARA_3))
    assert meta.get("standfirst") is None
    assert texts(blocks) == [short, PARA_2, PARA_3]


def test_in_a_spaced_copy_a_subhead_over_short_lines_is_kept() -> None:
    items = ["Un gel des loyers des étals en 2026", "Une prime de 200 euros par commerçant"]
    _, _, blocks = ingest(spaced(PARA_1, "Les mesures annoncées par le maire", *items, PARA_2))
    body = " ".join(" ".join(block.lines) for block in blocks)
    assert "Les mesures annoncées par le maire" in body
    assert all(item in body for item in items)


def test_without_blank_lines_a_subhead_a_block_under_a_see_also_cue_is_kept() -> None:
    cue = "À lire aussi\n\nUn chantier de deux ans\n"
    copy = f"{TOP}\n{HEADLINE}\n{CREDITS}\n{PARA_1}\n{PARA_2}\n{cue}"
    _, _, blocks = ingest(
        f"{copy}{PARA_3}\nLe maire reste prudent sur le calendrier des travaux.\n"
    )
    assert texts(blocks, "subhead") == ["Un chantier de deux ans"]


def test_a_closing_meeting_time_in_hours_is_text() -> None:
    meeting = "Réunion publique le 15 décembre 2025 à 18 heures."
    _, _, blocks = ingest(spaced(PARA_1, PARA_2, PARA_3, meeting))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3, meeting]


def test_a_one_word_site_name_over_a_menu_is_not_its_publishers_company() -> None:
    top = "Lavenir\nRégions\nSports\nFaits divers\nCulture\n"
    copy = f"{top}\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n\n© Éditions de l'Avenir 2025\n"
    _, meta, _ = ingest(copy)
    assert meta["publication"] == "Lavenir"


@pytest.mark.parametrize(
    ("site", "fuller"),
    [
        ("RTS", "RTS Radio Télévision Suisse"),
        ("TF1", "TF1 Info"),
        ("RTL", "RTL Belgium"),
        ("Sudinfo", "Sudinfo Sudpresse"),
    ],
)
def test_a_brand_stays_beside_its_spelling_out_service_or_owner(site: str, fuller: str) -> None:
    html = named_page(site, fuller, fuller, f"© 2026 {fuller}")
    assert ingest_page(html).meta["publication"] == site
