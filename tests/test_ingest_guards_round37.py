"""Guards from a review of the holdout61/web and holdout63–64/text rounds' rules (a helper
tried to break them on ordinary copies and pages): each test states what the first version of
a rule got wrong. Vote counts under candidates' names are no counter beside the date (the
question subhead over them became the headline); a paragraph of the text closing on a colon
over a recording stays; an article's own sentence on the IJL programme stays; a photo's
`Name/AFP` credit over the date credits no author; a sentence the articleBody alone holds is
added even where another sentence holds its words, scattered; an embed's own element
(`<tweet-quote>`) is no pull quote."""

from __future__ import annotations

import json

from test_webbody import P1, P2, P3, TITLE, ingest, page, paragraphs
from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, texts
from test_webcopy_families import ingest as ingest_copy

CREDITS = "Par Anne Roy\n12 mars 2026"


def test_vote_counts_under_candidates_are_no_counter_beside_the_date() -> None:
    votes = "Martine Gex-Collet\n412\nJean-Daniel Mottiez\n398\nSophie Berthod\n377"
    middle = f"Qui sont les nouveaux élus ?\n{votes}"
    copy = f"{TOP}Valais\n{HEADLINE}\n{CREDITS}\n{PARA_1}\n{PARA_2}\n{middle}\n{PARA_3}\n"
    _, meta, _ = ingest_copy(copy)
    assert (meta["title"], meta["author"]) == (HEADLINE, "Anne Roy")


def test_a_paragraph_closing_on_a_colon_over_a_recording_stays() -> None:
    said = (
        "Pour le ministre de l’Environnement David Eray, il n’est pas question de renoncer au "
        "projet, et le canton est prêt à aller jusqu’au Tribunal fédéral s’il le faut :"
    )
    copy = f"{TOP}\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{said}\nÉcouter\n00:00\n\n{PARA_2}\n"
    _, _, blocks = ingest_copy(copy)
    assert said in texts(blocks)


def test_an_articles_sentence_on_the_ijl_programme_stays() -> None:
    sentence = (
        "L’Initiative de journalisme local, financée par Patrimoine canadien depuis 2019, a "
        "permis l’embauche de plus de 400 journalistes."
    )
    copy = f"{TOP}\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{sentence}\n\n{PARA_2}\n\n{PARA_3}\n"
    _, _, blocks = ingest_copy(copy)
    assert sentence in texts(blocks)


def test_a_photos_glued_agency_credit_over_the_date_credits_no_author() -> None:
    header = f"{HEADLINE}\n\nFadel Senna/AFP\n\nPublié: 14.03.2026, 12:48"
    copy = f"{TOP}\n{header}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n"
    _, meta, _ = ingest_copy(copy)
    assert meta["author"] is None


def test_a_sentence_only_the_article_body_holds_is_added_though_its_words_are_scattered() -> None:
    shown = (
        "En première instance, le contremaître n’a pas été reconnu coupable d’homicide par "
        "négligence, faute de preuves suffisantes."
    )
    hidden = "Le contremaître a été reconnu coupable d’homicide par négligence en appel."
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE}
    ld["articleBody"] = f"{P1}\n{shown}\n{P2}\n{hidden}"
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    result = ingest(page(paragraphs(P1, shown, P2), head=head))
    assert any(hidden in " ".join(block.lines) for block in result.blocks)


def test_an_embeds_own_element_is_no_pull_quote() -> None:
    embed = (
        "<tweet-quote><p>Belle énergie ce matin au marché #Fribourg</p><span>15 mars 2026</span>"
        "</tweet-quote>"
    )
    blocks = ingest(page(paragraphs(P1) + embed + paragraphs(P2, P3))).blocks
    assert "quote" not in [block.kind for block in blocks]
