"""Guards from a review of the holdout55–57 rounds' rules (a helper tried to break them on
ordinary pages and copies): each test states what the first version of a rule got wrong.
Subheads in a row are a timeline's entries only when each opens on its date; a genre under
another is no section unless the upper one is an opinion rubric; a crumb copied without
separators is cut only before a capital; a ticker's label is skipped but its headlines still
close the site's name lines; a `©` after a `<br>` is read in its block; only a list of one
category is a kicker; only a card holding the headline is no teaser; a newsletter's box is
told by its glued shape; `En chiffres` needs two figures to make a box."""

from __future__ import annotations

from test_webbody import P1, P2, P3, P4, TITLE, ingest, page, paragraphs
from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, texts
from test_webcopy_families import ingest as ingest_copy

CREDITS = "Par Hélène Vidal\n\nPublié le 24 novembre 2025 à 17h12"
LONG = (f"{P1} {P2}", f"{P3} {P4}")


def test_live_entries_titles_in_a_row_stay_subheads() -> None:
    entries = "14:20\nLes commerçants devant la mairie\n\n14:10\nPremières banderoles sur la place"
    entries += "\n\n13:55\nLa police installe un périmètre"
    copy = f"{TOP}\nEn direct\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n\n{entries}\n\n"
    _, _, blocks = ingest_copy(f"{copy}{PARA_3}\n")
    assert "Premières banderoles sur la place" in texts(blocks, "subhead")
    assert "Premières banderoles sur la place" not in texts(blocks)


def test_a_genre_under_another_genre_leaves_the_rubric_above_the_section() -> None:
    copy = (
        f"{TOP}\nAccueil\nRégion\nÉdito\nBillet\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n"
    )
    _, meta, _ = ingest_copy(f"{copy}\n{PARA_3}\n")
    assert meta["section"] == "Région"


def test_a_rubric_of_two_words_is_not_cut_at_a_menu_word() -> None:
    menu = "L'Écho des Collines\nMenu\nInfo\nPolitique\nSanté\nSport\nCulture\n"
    copy = f"{menu}Accueil Santé mentale\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n"
    _, meta, _ = ingest_copy(f"{copy}\n{PARA_3}\n")
    assert meta["section"] == "Santé mentale"


def test_a_tickers_label_without_a_site_name_after_it_leaves_the_section() -> None:
    top = "Flash info\nLe Conseil fédéral adopte son plan pour l'hôpital de Morges\nMenu\n"
    top += "Vaud\nSuisse\nMonde\nSports\nVaud\n"
    copy = f"{top}{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n"
    _, meta, _ = ingest_copy(copy)
    assert (meta["publication"], meta["section"]) == (None, "Vaud")


def test_a_newsletters_name_in_a_sentence_is_no_box() -> None:
    line = (
        "Infolettre « Vos droits » : lancée en mars par l'association, elle compte déjà "
        "12 000 abonnés dans le département."
    )
    copy = f"{TOP}\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{line}\n\n{PARA_2}\n\n{PARA_3}\n"
    _, _, blocks = ingest_copy(copy)
    assert texts(blocks) == [PARA_1, line, PARA_2, PARA_3]


def test_in_figures_over_one_figure_and_a_sentence_heads_the_text() -> None:
    sentence = "Les travaux ont commencé au printemps, après des années de retard."
    box = f"En chiffres\n2024\n{sentence}"
    copy = f"{TOP}\n{HEADLINE}\n{CREDITS}\n{PARA_1}\n{box}\n{PARA_2}\n{PARA_3}\n"
    _, _, blocks = ingest_copy(copy)
    assert sentence in texts(blocks)


def test_a_copyright_after_a_break_is_read_in_its_block() -> None:
    footer = (
        '<footer><p><a href="/mentions">Mentions légales</a> | <a href="/cgu">CGU</a><br>'
        "© 2026 Le Courrier du Jura - Tous droits réservés</p></footer>"
    )
    html = page(paragraphs(*LONG)).replace(f"{TITLE} | Le Jour", TITLE)
    html = html.replace("</body>", f"{footer}</body>")
    assert ingest(html).meta["publication"] == "Le Courrier du Jura"


def test_a_list_of_one_author_above_the_headline_is_no_kicker() -> None:
    body = (
        '<article><header><ul class="author"><li><a href="/auteur/marc-dubois">Marc Dubois</a>'
        f'</li></ul><h1 class="entry-title">{TITLE}</h1></header>'
        f'<div class="entry-content">{paragraphs(*LONG)}</div></article>'
    )
    assert ingest(page(body, wrap=False)).meta["section"] is None


def test_a_hero_card_in_the_text_is_a_teaser_whose_byline_credits_no_one() -> None:
    card = (
        '<div class="card card--hero"><a href="/autre"><h3 class="card__title">Les loyers '
        'grimpent encore</h3><p class="card__byline">Par <span class="author">Marc Dubois'
        "</span></p></a></div>"
    )
    assert ingest(page(paragraphs(LONG[0]) + card + paragraphs(LONG[1]))).meta["author"] is None
