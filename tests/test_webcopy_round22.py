"""Pages copied as text, the families of the holdout27 and holdout28 rounds: a see-also link
whose article is for subscribers (no paywall of this text), a headline that names a person
in apposition, question subheads that French typography spaces (`touché ?`), an opinion's
bio under the author's name, a read-later app's `Name — address` line, a match's score box
under the headline, credits printed under the text (a closing `Adaptation web:`, a column's
signature over its bio), an ad's `Continuer la lecture ci-dessous` and a breadcrumb copied
without its separator. Each is stated on invented text and held to the invariant that no
word is lost unseen (`ingest` checks it).
"""

from __future__ import annotations

from test_webcopy_families import (
    FOOTER,
    HEADER,
    HEADLINE,
    PARA_1,
    PARA_2,
    PARA_3,
    TOP,
    ingest,
    page_with,
    texts,
)

DEK = "La commune rouvre sa halle après deux ans de travaux, et les marchands y reviennent."


def test_a_see_also_link_to_a_subscribers_article_does_not_stop_the_text() -> None:
    link = "Lire aussi | Article réservé à nos abonnés Marchés : les halles rouvrent partout"
    _, _, blocks = ingest(page_with(HEADER, link))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_questions_spaced_the_french_way_are_subheads() -> None:
    questions = ["Que s’est-il passé ?", "Qui est concerné ?", "Que faire si votre halle ferme ?"]
    body = "\n\n".join(
        f"{q}\n\n{p}" for q, p in zip(questions, [PARA_1, PARA_2, PARA_3], strict=True)
    )
    _, _, blocks = ingest(f"{TOP}\n{HEADER}\n\n{PARA_2}\n\n{body}\n\n{FOOTER}")
    assert texts(blocks, "subhead") == questions


def test_an_opinions_bio_under_the_authors_name_is_not_its_text() -> None:
    bio = "L’autrice est professeure en aménagement du territoire à l’Université Laval."
    page = f"Libre opinion\n\n{HEADLINE}\n\nHélène Vidal\n{bio}\n\n8 septembre 2025\n\n"
    _, meta, blocks = ingest(f"{page}{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n")
    assert (meta["author"], meta["date"]) == ("Hélène Vidal", "2025-09-08")
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_read_later_apps_name_and_address_line_names_the_site() -> None:
    head = f"{HEADLINE}\n\nL'Écho des Collines — echodescollines.ch\n\n{DEK}\n\n"
    credits = "Par Hélène Vidal\nPublié le 24.06.2025 · 6 min\n\n"
    _, meta, _ = ingest(f"{head}{credits}{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n")
    assert (meta["title"], meta["publication"]) == (HEADLINE, "L'Écho des Collines")
    assert (meta["standfirst"], meta["author"]) == (DEK, "Hélène Vidal")


def test_a_score_box_under_the_headline_is_neither_headline_nor_byline() -> None:
    headline = "Football : Pirae renverse Tefana dans le derby et reprend la tête"
    box = "AS Pirae\n3\n-\n1\nAS Tefana\nTerminé\nMi-temps : 0-1"
    byline = "Rédigé par Hélène Vidal le Dimanche 9 Novembre 2025 à 18:20 | Lu 1432 fois"
    page = f"{TOP}\nFootball\n\n{headline}\n\n{box}\n\n{DEK}\n\n{byline}\n\n"
    _, meta, _ = ingest(f"{page}{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{FOOTER}")
    assert (meta["title"], meta["section"], meta["standfirst"]) == (headline, "Football", DEK)
    assert (meta["author"], meta["date"]) == ("Hélène Vidal", "2025-11-09")


def test_credits_under_the_text_give_the_author_agency_and_date() -> None:
    credits = "Adaptation web: Hélène Vidal avec ats\n\nPublié le 4 mars 2025 à 19:32"
    page = f"{HEADLINE}\n\n{DEK}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\n{credits}\n"
    _, meta, _ = ingest(page)
    assert (meta["author"], meta["agency"], meta["date"]) == ("Hélène Vidal", "ATS", "2025-03-04")


def test_a_columns_signature_over_its_bio_credits_the_author_and_drops_the_bio() -> None:
    bio = "Instituteur retraité, Hélène Vidal a enseigné trente-cinq ans à Sauvenière."
    head = f"{TOP}\nChronique\n\n{HEADLINE}\n\nPublié le 15/11/2025 à 06:00\n3 min de lecture"
    page = f"{head}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n\nHélène Vidal\n\n{bio}\n\n{FOOTER}"
    _, meta, blocks = ingest(page)
    assert meta["author"] == "Hélène Vidal"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_breadcrumb_copied_without_its_separator_gives_the_rubric() -> None:
    _, meta, _ = ingest(page_with(f"Accueil Région\n{HEADLINE}\nPar Hélène Vidal", PARA_3))
    assert meta["section"] == "Région"
