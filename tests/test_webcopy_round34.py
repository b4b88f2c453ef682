"""Pages copied as text, the families of the holdout55/text round: an ad's label between two
dashes (`- Publicité -`, a WordPress theme's) is chrome, not a list's item; the writer's
initials closing the text (`S.M.`) are a signature, listed with the dropped lines. Each is
stated on invented text and held to the invariant that no word is lost unseen.
"""

from __future__ import annotations

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, dropped, ingest, texts

CREDITS = "Par Hélène Vidal\n\nPublié le 24 novembre 2025 à 17h12"


def test_an_ad_label_between_dashes_is_chrome() -> None:
    copy = f"{TOP}\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n- Publicité -\n\n{PARA_2}\n\n{PARA_3}\n"
    _, _, blocks = ingest(copy)
    assert texts(blocks, "list") == []
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_the_writers_initials_closing_the_text_are_a_signature() -> None:
    copy = f"{TOP}\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\nS.M.\n\n"
    result, _, blocks = ingest(f"{copy}Commentaires (3)\n")
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert "S.M." in dropped(result)
