"""Pages copied as text, the families of the holdout59/text round: an obituary's headline
(`Mort de Jean Dupont, figure du rugby`) is a headline, not a name and its role; the note on
a Canadian article's funding (`… Initiative de journalisme local …`) is no paragraph; a
caption closed by `© D.R.` is a caption; the heading and blurb over a sign-up form's e-mail
field are the form's. Each is stated on invented text and held to the invariant that no word
is lost unseen."""

from __future__ import annotations

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, dropped, ingest, texts

CREDITS = "Par Hélène Vidal\n12 mars 2026"


def test_an_obituarys_headline_is_no_name() -> None:
    headline = "Mort de Jean-Rémy Ndong, pionnier du syndicalisme enseignant"
    copy = f"{TOP}\nSociété\n{headline}\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n"
    _, meta, _ = ingest(copy)
    assert meta["title"] == headline


def test_a_note_on_the_articles_funding_is_no_paragraph() -> None:
    note = (
        "Cet article a été produit dans le cadre de l’Initiative de journalisme local (IJL), "
        "financée par le gouvernement du Canada."
    )
    copy = f"{TOP}\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{note}\n"
    result, _, blocks = ingest(copy)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert "Initiative de journalisme local" in dropped(result)


def test_a_caption_closed_by_dr_with_its_stops_is_a_caption() -> None:
    caption = "Jean-Rémy Ndong en 2019, lors d’une conférence à Libreville. © D.R."
    copy = f"{TOP}\n{HEADLINE}\n{CREDITS}\n{caption}\n{PARA_1}\n{PARA_2}\n{PARA_3}\n"
    _, _, blocks = ingest(copy)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_the_heading_and_blurb_over_a_forms_email_field_are_the_forms() -> None:
    form = (
        "L’essentiel du jour : notre sélection exclusive\nNotre rédaction a sélectionné pour "
        "vous les articles qui vont faire l’actualité du jour.\nVotre adresse mail\nJe m’inscris"
    )
    copy = f"{TOP}\n{HEADLINE}\n{CREDITS}\n{PARA_1}\n{form}\n{PARA_2}\n{PARA_3}\n"
    _, _, blocks = ingest(copy)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert texts(blocks, "subhead") == []
