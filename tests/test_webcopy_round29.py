"""Pages copied as text, the families of the holdout49/text round: a lone icon line (`▶`)
read as a list item no longer fails the whole article; two authors each over the newsroom's
name; a `Lisez « … »` link to another article; an app's share line at the top and a read-later
app's export line naming the site; the app's tu-form download line; the e-mail a copy was
pasted into (headers, the sender's note over a rule, the mail program's signature); a headline
set over its hard-wrapped dek where the dek's first word would have fitted. Each is stated on
invented text and held to the invariant that no word is lost unseen.
"""

from __future__ import annotations

import textwrap

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, dropped, ingest, texts

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
CREDITS = "Par Hélène Vidal\nPublié le 3 mars 2025"


def test_a_lone_play_icon_between_paragraphs_leaves_the_article_whole() -> None:
    _, _, blocks = ingest(f"{TOP}\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n▶\n{PARA_2}\n\n{PARA_3}\n")
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert all(block.lines for block in blocks)


def test_two_authors_each_over_the_newsroom_name_are_both_credited() -> None:
    header = (
        "Anne Roy\nL'Écho des Collines\n\nPaul Lin\nL'Écho des Collines\n\nPublié le 3 mars 2025"
    )
    _, meta, _ = ingest(f"{TOP}\n{HEADLINE}\n\n{header}\n\n{BODY}\n")
    assert meta["author"] == "Anne Roy et Paul Lin"


def test_a_lisez_link_to_another_article_is_chrome_not_a_subhead() -> None:
    link = "Lisez « Halles de marché : les communes face au coût des travaux »"
    result, _, blocks = ingest(
        f"{TOP}\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{link}\n\n{PARA_2}\n\n{PARA_3}\n"
    )
    assert texts(blocks, "subhead") == []
    assert f"«{link}»" in dropped(result)


def test_an_apps_share_line_at_the_top_names_the_publication() -> None:
    app = "Télécharge l'app L'Écho et ne rate plus aucune info!"
    copy = f"Partagé depuis l'app L'Écho\n{HEADLINE}\n{CREDITS}\n{BODY}\n{app}\n"
    _, meta, blocks = ingest(copy)
    assert meta["publication"] == "L'Écho"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_read_later_export_line_names_the_site_and_is_not_text() -> None:
    export = "Exporté depuis votre liste de lecture le 16/03/2025. Article original : L'Écho."
    _, meta, blocks = ingest(f"{HEADLINE}\nHélène Vidal · mars 14, 2025\n\n{BODY}\n\n—\n{export}\n")
    assert meta["publication"] == "L'Écho"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


MAIL_TOP = (
    "De : Yvonne Roy <yvonne.roy@orange.fr>\nDate : jeu. 12 mars 2025 à 07:58\n"
    "Objet : l'article sur la halle\nÀ : Gaëlle Roy <gaelle.roy@gmail.com>\n\n"
    "Coucou Gaëlle,\nRegarde ce qu'ils ont mis sur le site hier soir.\nBises, Yvonne\n\n"
    "----------\n\n"
)
MAIL_END = "\n----------\nEnvoyé depuis l'application Mail Orange\n"


def test_the_email_a_copy_was_pasted_into_is_dropped_and_listed() -> None:
    page = f"L'Écho des Collines\n{HEADLINE}\n{CREDITS}\n\n{BODY}\n© 2025 L'Écho des Collines\n"
    result, meta, blocks = ingest(MAIL_TOP + page + MAIL_END)
    assert (meta["title"], str(meta["date"])) == (HEADLINE, "2025-03-03")
    assert meta["publication"] == "L'Écho des Collines"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    listed = next(w for w in result.warnings if "the e-mail the copy was pasted into" in w)
    for line in ("Objet : l'article sur la halle", "Coucou Gaëlle,", "Envoyé depuis"):
        assert f"«{line}" in listed


def test_a_date_line_alone_atop_a_copy_is_no_email() -> None:
    result, meta, _ = ingest(f"Date : 3 mars 2025\n{TOP}\n{HEADLINE}\nPar Hélène Vidal\n\n{BODY}\n")
    assert not any("e-mail" in warning for warning in result.warnings)
    assert meta["title"] == HEADLINE


def test_a_headline_over_its_wrapped_dek_stays_apart_when_the_next_word_would_have_fitted() -> None:
    dek = (
        "Le bâtiment de 1911 ne répond plus aux normes. Le chantier débutera en septembre et "
        "coûtera 3,4 millions d'euros, dont la moitié apportée par la Région."
    )
    title = "Roche-Blanche. La halle du marché va fermer pour dix-huit mois"  # 62 of 72
    page = "\n".join(
        [*TOP.splitlines(), title, *textwrap.wrap(dek, 72), *CREDITS.splitlines()]
        + [line for para in (PARA_1, PARA_2, PARA_3) for line in textwrap.wrap(para, 72)]
    )
    _, meta, _ = ingest(page + "\n")
    assert meta["title"] == title
    assert meta["standfirst"] == dek
