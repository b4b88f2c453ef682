"""Pages copied as text, the families of the holdout50/text round: a page forwarded in a chat
and copied back from it (the messages around it, its header, the app's `*bold*` and
`_italics_`); a site name shouted in capitals that the page also writes in words; a date line
whose update is relative (`• Mis à jour il y a 12 minutes`); an embedded post's `Voir la
publication sur X`; a PDF's text with bare page numbers (`1/2`) and the print header on each
page; a glyph line (`☰`) that is never the site's name. Each is stated on invented text and
held to the invariant that no word is lost unseen.
"""

from __future__ import annotations

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, texts

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"


def test_a_page_forwarded_in_a_chat_is_read_without_the_chat() -> None:
    chat = (
        "[14/03/2025, 07:52] Awa Ndiaye: ‎Transféré\nRegardez ça, c’est ce que je disais 👇\n"
        "[14/03/2025, 07:53] Awa Ndiaye: ‎Transféré\n"
    )
    page = (
        f"*L’ÉCHO*\nÉCONOMIE\n*{HEADLINE}*\nVendredi 13 mars 2025\nPar Hélène Vidal\n"
        f"{PARA_1}\n_Un chantier de deux ans_\n{PARA_2}\n{PARA_3}\n"
        "Photo : L’Écho des Collines\n"
    )
    reply = "[14/03/2025, 08:03] Moussa Sène: bravo 👏\n"
    result, meta, blocks = ingest(chat + page + reply)
    assert meta["title"] == HEADLINE
    assert str(meta["date"]) == "2025-03-13"
    assert texts(blocks, "subhead") == ["Un chantier de deux ans"]
    assert texts(blocks)[:3] == [PARA_1, PARA_2, PARA_3]
    listed = next(w for w in result.warnings if "the chat the copy was pasted into" in w)
    assert "Regardez ça" in listed and "bravo" in listed


def test_a_site_name_in_capitals_takes_the_casing_the_page_writes_it_in() -> None:
    top = "L’ÉCHO DES COLLINES\nMenu\nSe connecter\nS’abonner\n\nÉCONOMIE\n"
    credit = "Une halle rénovée. (Photo : L’Écho des Collines)"
    copy = f"{top}{HEADLINE}\nPar Hélène Vidal\nPublié le 3 mars 2025\n\n{PARA_1}\n\n{credit}\n\n"
    _, meta, _ = ingest(f"{copy}{PARA_2}\n\n{PARA_3}\n")
    assert meta["publication"] == "L’Écho des Collines"


def test_a_date_line_with_a_relative_update_gives_the_date() -> None:
    credits = (
        "Par Hélène Vidal\nPublié le samedi 14 mars 2025 à 06h00 • Mis à jour il y a 12 minutes"
    )
    _, meta, _ = ingest(f"{TOP}\n{HEADLINE}\n{credits}\n\n{BODY}\n")
    assert str(meta["date"]) == "2025-03-14"


def test_an_embedded_posts_link_is_chrome_not_a_subhead() -> None:
    copy = f"{TOP}\n{HEADLINE}\nPar Hélène Vidal\n\n{PARA_1}\n\nVoir la publication sur X\n\n"
    _, _, blocks = ingest(f"{copy}{PARA_2}\n\n{PARA_3}\n")
    assert texts(blocks, "subhead") == []
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_pdfs_bare_page_numbers_and_print_headers_are_taken_out() -> None:
    header = f"06/03/2025 08:14      {HEADLINE[:30]}..."
    copy = (
        f"{header}\n\nL’Écho des Collines\nÉdition du soir\n\nSociété\n\n{HEADLINE}\n\n"
        f"Hélène Vidal\n5 mars 2025, 17h40 · 4 min.\n\n{PARA_1}\n\n"
        f"{' ' * 60}1/2\n\f{header}\n\n{PARA_2}\n\n{PARA_3}\n\n© L’Écho des Collines\n\n"
        f"{' ' * 60}2/2\n\f\n"
    )
    result, meta, blocks = ingest(copy)
    assert meta["title"] == HEADLINE and meta["publication"] == "L’Écho des Collines"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert any("page headers and footers" in warning for warning in result.warnings)


def test_a_glyph_line_is_never_the_sites_name() -> None:
    _, meta, _ = ingest(
        f"Aller au contenu\n☰\nRechercher\n\n{HEADLINE}\nPar Hélène Vidal\n\n{BODY}\n"
    )
    assert meta["publication"] != "☰"
