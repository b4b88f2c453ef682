"""Saved pages, the families of the holdout57/web round: a name in bold alone on the last line
of a text split by `<br>` is the signature, and the author where the theme's byline names no
one; a match sheet's score line in bold (`TERVILLE – BOUZONVILLE : 2-1 (0-1)`) is a paragraph
of the sheet, no subhead. Each is stated on a small invented page read through the real
ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, P4, ingest, page, texts


def test_a_bold_name_alone_closing_a_br_split_text_is_the_signature() -> None:
    body = f"<p>{P1} {P2}<br />\n{P3} {P4}<br />\n<strong>Fatoumata MAÏGA</strong></p>"
    result = ingest(page(body))
    assert result.meta["author"] == "Fatoumata Maïga"
    assert "Fatoumata" not in " ".join(line for block in result.blocks for line in block.lines)


def test_a_bold_subhead_closing_a_br_split_text_is_no_signature() -> None:
    body = f"<p>{P1} {P2}<br />\n{P3} {P4}<br />\n<strong>Une rentrée sous tension</strong></p>"
    assert ingest(page(body)).meta["author"] is None


def test_a_match_sheets_bold_score_line_is_a_paragraph() -> None:
    sheet = "<p><strong>TERVILLE – BOUZONVILLE : 2-1 (0-1)</strong></p><p>Stade municipal.</p>"
    found = texts(page(f"<p>{P1} {P2}</p><p>{P3} {P4}</p>{sheet}"))
    assert ("paragraph", "TERVILLE – BOUZONVILLE : 2-1 (0-1)") in found
