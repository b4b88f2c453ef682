"""Pages copied as text, the families of the holdout47–48 round: a live entry's text under its
own time stamp (no standfirst), a reader view's interview introduced over its first question,
a headline's apposition (`Name, le … et la …`), a review's star rating and the record line
that closes it, a caption wrapped over two lines above its photo credit, a newsroom's call
for tips, a call to read the piece in the app, a sender's note over a copy sent by e-mail,
the site's name after the headline's bar, and a rubric right under the headline of a copy
with no menu. Each is stated on invented text and held to the invariant that no word is
lost unseen.
"""

from __future__ import annotations

import textwrap

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, dropped, ingest, texts

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
CREDITS = "Par Hélène Vidal\nPublié le 3 mars 2025"


def test_a_live_entrys_text_under_its_time_stamp_is_no_standfirst() -> None:
    entries = f"Actualiser\n\n17h42\n{PARA_1}\n\n16h05\n{PARA_2}\n\n14h30\n{PARA_3}\n"
    _, meta, blocks = ingest(f"{TOP}\nEN DIRECT\n{HEADLINE}\n{CREDITS}\n\n{entries}")
    assert meta["standfirst"] is None
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_reader_views_interview_introduction_over_the_first_question_is_the_standfirst() -> None:
    intro = (
        "Maire depuis six ans, Anne Roy défend le chantier de la halle. Nous l'avons rencontrée."
    )
    question = "Pourquoi rénover la halle maintenant ?"
    copy = f"L'Écho\n{HEADLINE}\n7–9 minutes\n\nmercredi 5 mars 2025\n\n{intro}\n\n{question}\n\n"
    _, meta, blocks = ingest(f"{copy}{BODY}\n")
    assert meta["standfirst"] == intro
    assert texts(blocks)[0] == question


def test_a_question_under_a_plain_byline_leaves_the_paragraph_over_it_in_the_text() -> None:
    question = "Pourquoi rénover la halle maintenant ?"
    _, meta, blocks = ingest(
        f"{TOP}\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{question}\n\n{PARA_2}\n"
    )
    assert meta["standfirst"] is None
    assert texts(blocks)[0] == PARA_1


def test_a_headlines_apposition_is_no_byline_and_a_review_keeps_its_record_line() -> None:
    title = "Lina Roy, le verre et la lumière"
    record = "Lina Roy, Verre brisé (Rocket Records). Sortie vendredi."
    copy = f"L'Écho\n{title}\nHélène Vidal\n5–6 minutes\n\n{PARA_1}\n\n18/03/2025\n\n"
    result, meta, blocks = ingest(f"{copy}Notre avis : ★★★★☆\n\n{PARA_2}\n\n{PARA_3}\n\n{record}\n")
    assert (meta["title"], meta["author"], str(meta["date"])) == (
        title,
        "Hélène Vidal",
        "2025-03-18",
    )
    assert "«Notre avis : ★★★★☆»" in dropped(result)
    assert texts(blocks)[-1] == record


def test_a_caption_wrapped_over_two_lines_above_its_photo_credit_is_one_caption() -> None:
    caption = (
        "Une chenillette de la Ville déneige un trottoir de la rue Masson, dans\n"
        "Rosemont, lors de la première bordée de l’hiver dernier.\n"
        "Photo d’archives, Pierre-Luc Gagnon\n"
    )
    # (a copy pasted into a plain-text e-mail: every paragraph hard-wrapped at 72 columns)
    body = "\n\n".join(textwrap.fill(para, 72) for para in (PARA_1, PARA_2, PARA_3))
    _, _, blocks = ingest(f"{TOP}\n{HEADLINE}\n{CREDITS}\n\n{caption}\n{body}\n")
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_newsrooms_call_for_tips_and_a_call_to_read_in_the_app_are_chrome() -> None:
    tips = (
        "Vous avez un scoop à nous transmettre? Vous avez des informations à nous partager à "
        "propos de cette histoire? Écrivez-nous ou appelez-nous directement au 1 800-555-0199."
    )
    app = "Lire l'article complet et toute l'actualité de la région sur l'application L'Écho."
    for call in (tips, app):
        result, _, blocks = ingest(f"{TOP}\n{HEADLINE}\n{CREDITS}\n\n{BODY}\n\n{call}\n")
        assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
        assert call[:30] in dropped(result)


def test_a_senders_note_over_an_e_mailed_copy_names_no_site() -> None:
    note = (
        "Salut Louise,\n\nRegarde ça, enfin une bonne nouvelle pour le marché. On en reparle?\n\n"
    )
    site = "L'Écho des Collines\n\nActualité > Région\n\n"
    copy = f"{note}Jacques\n\n{site}{HEADLINE}\n\n{CREDITS}\n\n{BODY}\n"
    _, meta, blocks = ingest(copy)
    assert (meta["publication"], meta["title"]) == ("L'Écho des Collines", HEADLINE)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_an_apps_share_gives_the_site_after_the_bar_and_the_rubric_under_the_headline() -> None:
    share = f"{HEADLINE} | Collines.net\nÉconomie\nPublié le jeudi 12 mars 2026\n{BODY}\n"
    _, meta, _ = ingest(f"{share}Télécharger l’application Collines.net\n")
    assert (meta["title"], meta["publication"], meta["section"]) == (
        HEADLINE,
        "Collines.net",
        "Économie",
    )


def test_a_bar_before_words_that_name_no_site_stays_in_the_headline() -> None:
    title = f"{HEADLINE} | un chantier à 3,4 millions"
    _, meta, _ = ingest(f"{title}\nÉconomie\nPublié le jeudi 12 mars 2026\n{BODY}\n")
    assert meta["title"] == title
