"""Guards from a review of the holdout59–62 rounds' rules (a helper tried to break them on
ordinary copies and pages): each test states what the first version of a rule got wrong. A
menu's `Pratique` and a sheet's heading over ordinary short sentences take no text with them;
a menu's first word (`Découvrir`) names no site; a player's `Name : 6/10` and a pupil's
grades stay text; an agency's `©` closing a dispatch leaves its last paragraph; a photo's
`(Belga/AFP)` still closes a caption; an interviewee whose name labels each answer is no
co-author, nor a photographer in the authors' box; a programme listed behind play marks stays
a list; a short lead over a dateline stays the text; a media story's paragraph on a paper's
independence and an article's own subhead naming a newsletter stay; an embed's `<time>` does
not date the page."""

from __future__ import annotations

import json

from test_webbody import P1, P2, P3, TITLE, ingest, page, paragraphs
from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, texts
from test_webcopy_families import ingest as ingest_copy

CREDITS = "Par Hélène Vidal\n12 mars 2026"


def copy_with(middle: str = "", *, header: str = f"{HEADLINE}\n{CREDITS}", after: str = "") -> str:
    """A copy with no blank line between its lines: top, header, text around `middle`."""
    return f"{TOP}{header}\n{PARA_1}\n{middle}\n{PARA_2}\n{PARA_3}\n{after}\n".replace("\n\n", "\n")


def test_a_menus_pratique_takes_nothing_with_it() -> None:
    top = "Le Nouvelliste\nValais\nSport\nCulture\nPratique\nAnnonces\n"
    _, meta, blocks = ingest_copy(f"{top}Valais\n{HEADLINE}\n{CREDITS}\n{PARA_1}\n{PARA_2}\n")
    assert meta["title"] == HEADLINE
    assert texts(blocks) == [PARA_1, PARA_2]


def test_a_sheets_heading_over_short_sentences_takes_them_not() -> None:
    ending = "La fiche\nLe Standard reste cinquième.\nIl accueillera Anderlecht samedi."
    _, _, blocks = ingest_copy(copy_with(after=ending))
    assert texts(blocks)[-2:] == [
        "Le Standard reste cinquième.",
        "Il accueillera Anderlecht samedi.",
    ]


def test_a_menus_first_word_names_no_site() -> None:
    top = "Découvrir\nPolitique\nÉconomie\nCulture\nSport\nSe connecter\n"
    _, meta, _ = ingest_copy(f"{top}\nPolitique\n\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n")
    assert meta.get("publication") != "Découvrir"


def test_a_players_mark_and_a_pupils_grades_stay_text() -> None:
    ratings = (
        "Kevin De Bruyne : 8/10\nOmniprésent, il a distribué le jeu et signé la passe décisive du "
        "premier but.\nRomelu Lukaku : 5/10\nTrop isolé devant, il n'a pesé que sur un ballon."
    )
    _, _, blocks = ingest_copy(copy_with(ratings))
    words = " ".join(" ".join(block.lines) for block in blocks)
    assert "Kevin De Bruyne : 8/10" in words and "Romelu Lukaku : 5/10" in words
    grades = (
        "Voici le détail de ses notes, qu'elle a accepté de partager avec nous :\n"
        "Philosophie : 20/20\nSpécialité mathématiques : 18/20\nGrand oral : 19/20"
    )
    _, _, blocks = ingest_copy(copy_with(f"\n{grades}\n"))
    assert "Philosophie : 20/20" in " ".join(" ".join(block.lines) for block in blocks)


def test_an_agencys_copyright_closing_a_dispatch_leaves_its_last_paragraph() -> None:
    last = "Un couvre-feu a été décrété jusqu'à nouvel ordre."
    footer = "À la une\nLe budget en cinq points\n"
    copy = f"{TOP}\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n\n{last}\n© AFP\n\n{footer}"
    _, _, blocks = ingest_copy(copy)
    assert texts(blocks)[-1] == last


def test_a_photos_two_agencies_still_close_a_caption() -> None:
    caption = "Des pompiers à l'œuvre dans un immeuble touché à Kiev, mardi. (Belga/AFP)"
    _, _, blocks = ingest_copy(copy_with(caption))
    assert caption not in texts(blocks)


def test_an_interviewee_labelling_each_answer_is_no_coauthor() -> None:
    header = f"{HEADLINE}\n\nÉlise Goffin\nPaul Magnette\nPublié le 16/04/2026 à 06:00"
    answers = (
        "Paul Magnette\nLe déficit se réduit, mais trop lentement.\n"
        "Paul Magnette\nIl faut une réforme."
    )
    _, meta, _ = ingest_copy(copy_with(answers, header=header))
    assert meta["author"] == "Élise Goffin"


def test_a_photographer_in_the_authors_box_is_no_coauthor() -> None:
    header = f"{HEADLINE}\n\nÉlise Goffin\nJonas Remacle\nPublié le 16/04/2026 à 06:00"
    box = "Élise Goffin\nJournaliste au Vif.\nJonas Remacle\nPhotographe indépendant."
    _, meta, _ = ingest_copy(copy_with(header=header, after=box))
    assert meta["author"] == "Élise Goffin"


def test_a_programme_listed_behind_play_marks_stays_a_list() -> None:
    programme = "▶ Le reportage de Sarah Lambert sur les crèches\n▶ L'entretien avec la ministre"
    _, _, blocks = ingest_copy(copy_with(f"Au sommaire de l'émission :\n{programme}"))
    assert [block.kind for block in blocks].count("list") == 1


def test_a_short_lead_over_a_dateline_stays_the_text() -> None:
    lead = "Un train sur trois circulera."
    dispatch = f"Bruxelles, 14 avril (Belga) – {PARA_1}"
    copy = f"{TOP}\n{HEADLINE}\n{CREDITS}\n\n{lead}\n\n{dispatch}\n\n{PARA_2}\n\n{PARA_3}\n"
    _, _, blocks = ingest_copy(copy)
    assert texts(blocks)[0] == lead


def test_a_paragraph_on_a_papers_independence_over_a_banner_stays() -> None:
    paragraph = (
        "Le journal, qui restera indépendant, vit essentiellement de ses 3500 abonnés, "
        "a rappelé son éditeur."
    )
    banner = "Abonnez-vous pour 1 franc le premier mois\nJe m'abonne"
    _, _, blocks = ingest_copy(copy_with(after=f"{paragraph}\n{banner}"))
    assert paragraph in texts(blocks)


def test_an_articles_subhead_naming_a_newsletter_stays() -> None:
    part = "Une newsletter pour les abonnés\nLe quotidien enverra chaque matin un résumé."
    form = "Votre adresse e-mail\nS'inscrire"
    _, _, blocks = ingest_copy(copy_with(after=f"{part}\n{form}"))
    assert "Une newsletter pour les abonnés" in texts(blocks, "subhead") + texts(blocks)


def test_an_embeds_time_does_not_date_the_page() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE}
    ld |= {"datePublished": "2026-04-14T08:00:00-04:00", "dateCreated": "2026-04-13T21:00:00-04:00"}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    embed = (
        '<blockquote class="instagram-media"><p>Une photo partagée</p><time '
        'datetime="2026-04-13T20:00:00+00:00">13 avril 2026</time></blockquote>'
    )
    html = page(paragraphs(P1) + embed + paragraphs(P2, P3), head=head)
    assert str(ingest(html).meta["date"]) == "2026-04-14"
