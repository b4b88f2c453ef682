"""Pages copied as text, the families of the holdout56–57/text round: Tamedia's `Abo` badge is
no section; a newsletter's box run onto one line (`Newsletter«Dernières nouvelles»…`) is
chrome though it quotes the letter's name; a box of figures (`Le chiffre` / `1950` / what it
counts) goes whole; a heading over dated entries (`… en quelques dates`) keeps its entries as
paragraphs; the last link of a see-also list stays a link though the text repeats its figure;
a breadcrumb copied without separators gives its last crumb; a news ticker's label names no
site; a genre under the rubric it runs in (`Opinion` / `Chronique`) leaves the rubric the
section. Each is stated on invented text and held to the invariant that no word is lost
unseen."""

from __future__ import annotations

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, dropped, ingest, texts

CREDITS = "Par Hélène Vidal\n\nPublié le 24 novembre 2025 à 17h12"
MENU = "L'Écho des Collines\nMenu\nRégion\nSport\nFootball\nOpinion\nCulture\n"


def test_the_abo_badge_over_the_headline_is_no_section() -> None:
    copy = f"{MENU}Justice\nAbo\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n"
    _, meta, _ = ingest(copy)
    assert meta["section"] == "Justice"


def test_a_newsletter_box_run_onto_one_line_is_chrome() -> None:
    box = (
        "Newsletter«Dernières nouvelles»Pour rester au top de l’info, abonnez-vous à notre "
        "newsletter quotidienne.Autres newsletters"
    )
    copy = f"{TOP}\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{box}\n\n{PARA_2}\n\n{PARA_3}\n"
    result, _, blocks = ingest(copy)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert "Newsletter«Dernières nouvelles»" in dropped(result)


def test_a_box_of_figures_goes_whole() -> None:
    box = "Le chiffre\n1950\nC’est la dernière année où trois de ces espèces avaient été vues."
    copy = f"{TOP}\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{box}\n\n{PARA_2}\n\n{PARA_3}\n"
    result, _, blocks = ingest(copy)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert "C’est la dernière année" in dropped(result)


def test_a_box_of_figures_leaves_the_paragraph_after_it() -> None:
    box = "EN CHIFFRES\n38 %\nDes PME qui ont gelé une embauche\n3,1 %\nLa hausse des salaires"
    short = "La halle rouvrira au printemps."
    copy = f"{TOP}\n{HEADLINE}\n{CREDITS}\n{PARA_1}\n{box}\n{short}\n{PARA_2}\n{PARA_3}\n"
    _, _, blocks = ingest(copy)
    assert texts(blocks) == [PARA_1, short, PARA_2, PARA_3]


def test_dated_entries_under_their_heading_are_paragraphs() -> None:
    entries = ["1968 Premier disque, La Loire en robe d’été", "1976 Deux semaines à l’Olympia"]
    entries.append("9 mars 2026 Mort à Tours")
    timeline = "\n\n".join(["Lucienne Ferrat en quelques dates", *entries])
    copy = f"{TOP}\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n\n{timeline}\n\n{PARA_3}\n"
    _, meta, blocks = ingest(copy)
    assert texts(blocks, "subhead") == ["Lucienne Ferrat en quelques dates"]
    assert texts(blocks) == [PARA_1, PARA_2, *entries, PARA_3]
    assert meta["date"] == "2025-11-24"


def test_the_last_link_of_a_see_also_list_stays_a_link_though_the_text_shares_its_figure() -> None:
    see_also = "À lire aussi :\nPénurie de logements : les étudiants paient le prix fort\n"
    see_also += "Sherbrooke manque de 1200 chambres en 2026\n"
    under = f"En 2026, il manquera 1200 chambres, selon la ville. {PARA_2}"
    copy = f"{TOP}\n{HEADLINE}\n{CREDITS}\n{PARA_1}\n{see_also}{under}\n{PARA_3}\n"
    _, _, blocks = ingest(copy)
    assert texts(blocks, "subhead") == []


def test_a_breadcrumb_copied_without_separators_gives_its_last_crumb() -> None:
    copy = f"{MENU}Accueil Sport Football\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n"
    _, meta, _ = ingest(f"{copy}\n{PARA_3}\n")
    assert meta["section"] == "Football"


def test_a_crumb_of_two_words_stays_whole_when_the_menu_lacks_its_first() -> None:
    copy = f"{MENU}Accueil Faits divers\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n"
    _, meta, _ = ingest(f"{copy}\n{PARA_3}\n")
    assert meta["section"] == "Faits divers"


def test_a_news_tickers_label_names_no_site() -> None:
    top = "Dernières nouvelles\nAntsirabe : un camion-citerne se renverse sur la route nationale\n"
    top += "Menu\nL'Écho des Collines\nRechercher\nAccueil\nRégion\nSport\n"
    copy = f"{top}{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n"
    _, meta, _ = ingest(copy)
    assert meta["publication"] is None  # (nothing but the ticker's label named the site)


def test_a_genre_under_its_rubric_leaves_the_rubric_the_section() -> None:
    copy = f"{MENU}Accueil\nOpinion\nChronique\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n"
    _, meta, _ = ingest(f"{copy}\n{PARA_3}\n")
    assert meta["section"] == "Opinion"
