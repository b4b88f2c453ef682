"""Pages copied as text, the families of the holdout18 round: a call to follow the site on a
messaging app and a poll's answers with their shares under the text, the publisher's name
over its postal address in the footer, and a page shared to a notes app (its `<title>` over
its address). Each is stated on invented text; the web copies are held to the invariant that
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
    dropped,
    ingest,
    texts,
)

from visavis.ingest.copybanners import is_banner
from visavis.ingest.core import ingest_text

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
LINK = "https://www.echodescollines.fr/region/roche-blanche-renove-sa-halle"


@pytest.mark.parametrize(
    "line",
    ["Rejoignez notre chaîne Telegram", "Suivez-nous sur WhatsApp", "Oui (64 %)", "Non (21,5%)"],
)
def test_a_call_to_follow_and_a_polls_answers_are_banners(line: str) -> None:
    assert is_banner(line)


def test_a_subhead_naming_an_app_is_no_banner() -> None:
    assert not is_banner("La chaîne Telegram du ministère")


def test_the_text_stops_at_a_call_to_follow_and_a_poll() -> None:
    poll = "Sondage\nLa halle rouvrira-t-elle à temps ?\nOui (64 %)\nNon (36 %)"
    tail = f"Rejoignez notre chaîne Telegram\nPartager\n{poll}"
    page = f"{TOP}\nRégion\n{HEADLINE}\nPar Hélène Vidal\n\n{BODY}\n\n{tail}\n\n{FOOTER}"
    result, _, blocks = ingest(page)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3] and not texts(blocks, "subhead")
    assert "«Oui (64 %)»" in dropped(result)


def test_the_name_over_the_publishers_postal_address_names_the_site() -> None:
    imprint = "L'Écho des Collines\nRoute des Halles 6\n2800 Roche-Blanche\nImpressum\nContact"
    page = f"Région\n{HEADLINE}\nPar Hélène Vidal\n12.04.2026, 17:40\n\n{BODY}\n\n{imprint}"
    _, meta, _ = ingest(page)
    assert meta["publication"] == "L'Écho des Collines"


def test_a_shared_pages_address_gives_its_original_and_its_sites_name() -> None:
    page = f"{HEADLINE} | L'Écho des Collines\n{LINK}\n\n{BODY}\n"
    result = ingest_text(page, "note.txt")
    assert result.meta["title"] == HEADLINE
    assert result.meta["publication"] == "L'Écho des Collines"
    assert result.meta["source"]["url"] == LINK
    assert [" ".join(block.lines) for block in result.blocks] == [PARA_1, PARA_2, PARA_3]


def test_a_titles_suffix_the_address_does_not_spell_stays_in_the_title() -> None:
    title = f"{HEADLINE} | Le marché"
    result = ingest_text(f"{title}\n{LINK}\n\n{BODY}\n", "note.txt")
    assert result.meta["title"] == title and result.meta["publication"] is None
