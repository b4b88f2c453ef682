"""Pages copied as text, the families of the holdout58/text round: two authors, each over the
place they write from (`à Québec`), are both credited; a byline naming a person under one
naming the site (`Par : RFI` / `Avec notre correspondante à …, Name`) gives the author; a
columnist's trade under the name (`Écrivaine`) is no newsroom; the heading of a match's score
box (`Ligue 2 - 27e journée`) goes with the box; a match sheet's score line is no subhead.
Each is stated on invented text and held to the invariant that no word is lost unseen."""

from __future__ import annotations

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, dropped, ingest, texts

DATE = "Publié le 24 novembre 2025 à 17h12"


def test_two_authors_each_over_their_place_are_both_credited() -> None:
    credits = f"Isabelle Fortier\nà Québec\n\nOlivier Thériault\nà Québec\n\n{DATE}"
    copy = f"{TOP}\n{HEADLINE}\n\n{credits}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n"
    _, meta, _ = ingest(copy)
    assert meta["author"] == "Isabelle Fortier et Olivier Thériault"


def test_a_correspondents_line_under_the_sites_byline_gives_the_author() -> None:
    credits = f"Par :\nRFI\n{DATE}\nAvec notre correspondante à Antananarivo, Lalaina Rakoto"
    copy = f"{TOP}\n{HEADLINE}\n{credits}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n"
    _, meta, _ = ingest(copy)
    assert meta["author"] == "Lalaina Rakoto"


def test_a_columnists_trade_under_the_name_is_no_newsroom() -> None:
    copy = f"Opinions\nChronique\n{HEADLINE}\nAnne-Claude Rossier\nÉcrivaine\n{DATE}\n\n"
    _, meta, _ = ingest(f"{copy}{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n")
    assert meta["publication"] is None
    assert meta["author"] == "Anne-Claude Rossier"


def test_the_heading_of_a_score_box_goes_with_the_box() -> None:
    box = "Ligue 2 - 27e journée\nSaint-Étienne\n2 - 1\nGrenoble\nTerminé"
    copy = f"{TOP}\n{HEADLINE}\nPar Hélène Vidal - {DATE}\n{box}\n{PARA_1}\n{PARA_2}\n{PARA_3}\n"
    result, _, blocks = ingest(copy)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert "Ligue 2 - 27e journée" in dropped(result)


def test_a_match_sheets_score_line_is_no_subhead() -> None:
    sheet = "US CONCARNEAU - STADE BRIOCHIN : 2-1 (0-1)\n\nStade Guy-Piriou. 3 412 spectateurs."
    copy = f"{TOP}\n{HEADLINE}\n\nPar Hélène Vidal\n\n{DATE}\n\n{PARA_1}\n\n{PARA_2}\n\n"
    _, _, blocks = ingest(f"{copy}{PARA_3}\n\n{sheet}\n")
    assert texts(blocks, "subhead") == []
