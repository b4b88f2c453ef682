"""Pages copied as text, the families of the holdout53–54/text round: a `Les faits` summary
box under the header is not the text; a bare pull quote may leave out a clause of the
paragraph it repeats; two names signing under the text, one a line, are both the authors; a
newsroom's call for tips broken over lines is chrome; a site's `Qui sommes-nous` link, in its
top bar and its footer, never names the site. Each is stated on invented text and held to the
invariant that no word is lost unseen.
"""

from __future__ import annotations

from test_webcopy_families import FOOTER, HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, texts

CREDITS = "Par Hélène Vidal\nPublié le 24 novembre 2025 à 17h12"


def test_a_facts_box_under_the_header_is_not_the_text() -> None:
    box = (
        "Les faits\nUn homme de 52 ans a été condamné pour escroquerie.\n"
        "Il facturait des travaux fictifs à des retraités.\nLe préjudice dépasse 180’000 francs.\n"
    )
    _, _, blocks = ingest(f"{TOP}{HEADLINE}\n{CREDITS}\n{box}{PARA_1}\n{PARA_2}\n{PARA_3}\n")
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_bare_pull_quote_may_leave_out_a_clause_of_its_paragraph() -> None:
    paragraph = (
        "Josée Bellavance compose une Lise d’une justesse désarmante. Dans la scène de "
        "l’automne, où elle trie seule les vêtements de son fils, la salle retenait "
        "littéralement son souffle. Face à elle, Réjean reste muet."
    )
    quote = "Dans la scène de l’automne, la salle retenait littéralement son souffle."
    copy = f"{TOP}\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{paragraph}\n\n{quote}\n\n"
    _, _, blocks = ingest(f"{copy}{PARA_2}\n\n{PARA_3}\n")
    assert texts(blocks, "quote") == [quote]
    assert texts(blocks) == [PARA_1, paragraph, PARA_2, PARA_3]


def test_two_names_signing_under_the_text_are_both_authors() -> None:
    top = f"{TOP}\n{HEADLINE}\nPar L’Écho des Collines\n24 novembre 2025\n"
    signed = "Fidèle YAMEOGO\nLamine TIENDREBEOGO\n(Stagiaire)\n"
    _, meta, _ = ingest(f"{top}{PARA_1}\n{PARA_2}\n{PARA_3}\n{signed}{FOOTER}")
    assert meta["author"] == "Fidèle Yameogo et Lamine Tiendrebeogo"


def test_a_call_for_tips_broken_over_lines_is_chrome() -> None:
    call = (
        "Vous avez un scoop à nous transmettre?\n"
        "Vous avez des informations à nous communiquer à propos de cette histoire?\n"
        "Écrivez-nous ou appelez-nous directement.\n"
    )
    _, _, blocks = ingest(f"{TOP}{HEADLINE}\n{CREDITS}\n{PARA_1}\n{PARA_2}\n{PARA_3}\n{call}")
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_an_about_link_in_the_top_bar_and_the_footer_is_not_the_site() -> None:
    bar = "mardi, mars 17 2026\nAccueil\nQui sommes-nous\nContact\nPublicité\nL’Écho des Collines\n"
    footer = "Qui sommes-nous\nContact\n© 2026 L’Écho des Collines\n"
    copy = f"{bar}Politique\nSociété\n{HEADLINE}\n{CREDITS}\n{PARA_1}\n{PARA_2}\n{PARA_3}\n"
    _, meta, _ = ingest(f"{copy}{footer}")
    assert meta["publication"] == "L’Écho des Collines"
