"""Pages copied as text, the families of the holdout68–69/text round: the writer named twice
over the date is one author; a live page's newest entry under `Il y a 6 minutes` and its
title that reads as a sentence; a summary box under the header's share button in a spaced
copy; a video's legend over its length; an opinion's disclaimer in the plural; a question
headline over a view counter beside the date; the note a byline's asterisk calls; `La fiche`
over a game's venue and crowd; a score box of two tabbed rows. Each is stated on invented
text and held to the invariant that no word is lost unseen."""

from __future__ import annotations

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, page_with, texts

CREDITS = "Par Hélène Vidal\n12 mars 2026"
HEADER = f"{HEADLINE}\n{CREDITS}"


def spaced(*lines: str) -> str:
    """Lines as a copy with a blank line under every block writes them."""
    return "\n\n".join(lines)


def test_a_live_pages_newest_entry_title_is_a_subhead_even_as_a_sentence() -> None:
    title = "Le maire de Beauceville demande aux curieux de rester chez eux"
    entries = spaced("Il y a 6 minutes", title, PARA_2, "16 h 20", "Un centre ouvert à l’aréna")
    _, _, blocks = ingest(page_with(HEADER, entries))
    assert title in texts(blocks, "subhead")


def test_a_summary_box_under_the_headers_share_button_is_no_paragraph() -> None:
    facts = [
        "Trois secteurs de Beauceville sont sous ordre d’évacuation.",
        "La route 173 est fermée entre Beauceville et Notre-Dame-des-Pins.",
    ]
    lines = [*TOP.strip().split("\n"), HEADLINE, *CREDITS.split("\n"), "Partager", "À retenir"]
    lines += [*facts, "Il y a 6 minutes", PARA_1, PARA_2, PARA_3, "Partager"]
    _, _, blocks = ingest(spaced(*lines))
    assert not any(fact in texts(blocks) for fact in facts)


def test_a_videos_legend_over_its_length_is_no_paragraph() -> None:
    video = spaced(
        "La Beauce vue du ciel",
        "Le centre-ville inondé, filmé par un drone.",
        "Vidéo. Durée : 1 minute 12 secondes",
        "Partager",
    )
    _, _, blocks = ingest(page_with(HEADER, "", footer=video))
    assert "Le centre-ville inondé, filmé par un drone." not in texts(blocks)
    assert texts(blocks)[:3] == [PARA_1, PARA_2, PARA_3]


def test_an_opinions_disclaimer_in_the_plural_is_no_paragraph() -> None:
    note = (
        "Note : Les opinions exprimées dans les chroniques ne reflètent pas nécessairement "
        "celles de la rédaction."
    )
    _, _, blocks = ingest(page_with(f"Chronique\n{HEADER}", "", footer=f"{note}\n\nPartager\n"))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_question_headline_over_a_view_counter_beside_the_date_is_the_headline() -> None:
    headline = "Et si l'on rouvrait les bibliothèques le soir ?"
    standfirst = "Nos villes ont construit des médiathèques modernes, puis les ont fermées le soir."
    header = (
        f"Débats\n{headline}\n{standfirst}\nPar Mourad BELKACEMI\n- Mercredi 08 avril 2026 "
        "00:00\nLu 1 284 fois\nPartager"
    )
    _, meta, _ = ingest(page_with(header, "", top="Jeudi 9 avril 2026\nÉdition du jour\n" + TOP))
    assert (meta["title"], meta["author"]) == (headline, "Mourad Belkacemi")


def test_the_note_a_bylines_asterisk_calls_is_no_paragraph() -> None:
    header = f"{HEADLINE}\nPar Mourad BELKACEMI *\n12 mars 2026"
    note = "* Enseignant-chercheur en sociologie urbaine, université de Béjaïa"
    disclaimer = "Les opinions exprimées dans cette rubrique n'engagent que leurs auteurs."
    _, _, blocks = ingest(page_with(header, "", footer=f"{note}\n{disclaimer}\n\nPartager\n"))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_la_fiche_over_a_games_venue_and_crowd_is_no_paragraph() -> None:
    sheet = (
        "La fiche\nStade Maurice-David (Aix-en-Provence). 6 214 spectateurs. Arbitre : M. Duroux."
        "\nProvence Rugby 27 (9-13) : 2 essais Belkacem (62e), Aubanel (74e) ; 1 transformation "
        "(74e) et 5 pénalités (12e, 31e, 39e, 47e, 55e) Roux.\nCarton jaune : Ortega (58e)."
    )
    _, _, blocks = ingest(page_with(HEADER, "", footer=f"{sheet}\n\nPartager\n"))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_score_box_of_two_tabbed_rows_is_no_paragraph() -> None:
    box = "Provence Rugby\t27\nColomiers\t19\nTerminé"
    _, _, blocks = ingest(page_with(f"{HEADER}\n\n{box}", ""))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
