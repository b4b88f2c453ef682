"""Pages copied as text, the families of the holdout8 round: a site's short or logo name
printed over its full name, a pull quote set as a bare line that repeats a quotation of the
text. Each family is stated on invented text and held to the invariant that no word is lost
unseen.
"""

from __future__ import annotations

import pytest
from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, dropped, ingest, texts

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n"
HEAD = f"{HEADLINE}\n\nPar Lucie Marchal\nPublié le 3 mars 2025 à 08:00\n"


def site_page(top: str, footer: str) -> str:
    """A copied page whose site-name lines and footer are given."""
    return f"{top}\nRégion\nSociété\nSport\nS'abonner\n\n{HEAD}\n{BODY}\n{footer}"


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("La VDC", "La Voix du Causse"),  # the initials past the article
        ("LVC", "La Voix du Causse"),  # the initials with the article
        ("L'EDP", "L'Écho des Plateaux"),  # an accented initial
    ],
)
def test_a_logo_name_over_the_full_name_it_abbreviates_gives_the_full_name(
    short: str, full: str
) -> None:
    footer = f"{short}\nMentions légales\nContact\n"
    _, meta, blocks = ingest(site_page(f"{short}\n{full}", footer))
    assert meta["publication"] == full
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_short_name_the_copyright_writes_out_gives_the_full_name() -> None:
    top = "Causs'\nLe Caussenard"
    footer = "Causs'\nMentions légales\n© 2025 Le Caussenard\n"
    _, meta, _ = ingest(site_page(top, footer))
    assert meta["publication"] == "Le Caussenard"


@pytest.mark.parametrize(
    ("top", "footer"),
    [
        # a tagline under the name, which the footer repeats
        ("La Voix du Causse\nLe quotidien des hauts plateaux", "La Voix du Causse\nContact\n"),
        # a second line that neither spells out the name nor is named by the copyright
        ("La VDC\nLe Mag du Causse", "La VDC\nContact\n© 2025 La VDC\n"),
    ],
)
def test_a_site_name_line_with_no_full_name_beside_it_stays_the_name(top: str, footer: str) -> None:
    _, meta, _ = ingest(site_page(top, footer))
    assert meta["publication"] == top.splitlines()[0]


QUOTED = (
    "« Nous ne rouvrirons pas la halle avant que la charpente soit sûre », assure la maire, "
    "qui a reçu lundi le rapport des experts et le transmettra aux commerçants."
)
REPEATED = "Nous ne rouvrirons pas la halle avant que la charpente soit sûre"


def body_page(*blocks: str) -> str:
    """A copied page whose body's blocks are given."""
    top = "L'Écho des Collines\nMenu\nS'abonner\n"
    return "\n".join((top, HEAD, *(f"{block}\n" for block in blocks), "© 2025 L'Écho des Collines"))


@pytest.mark.parametrize(
    "order",
    [
        (PARA_1, REPEATED, QUOTED, PARA_2),  # over the paragraph that quotes it
        (PARA_1, QUOTED, REPEATED, PARA_2),  # under it
        (PARA_1, REPEATED + ".", QUOTED, PARA_2),  # with a full stop
    ],
)
def test_a_bare_line_repeating_a_whole_quotation_of_the_text_is_a_pull_quote(
    order: tuple[str, ...],
) -> None:
    pulled = order[1] if order[1] != QUOTED else order[2]
    _, _, blocks = ingest(body_page(*order, PARA_3))
    assert texts(blocks, "quote") == [pulled]
    assert texts(blocks) == [PARA_1, QUOTED, PARA_2, PARA_3]


def test_a_bare_line_taking_a_phrase_from_inside_a_quotation_is_no_pull_quote() -> None:
    phrase = "Nous ne rouvrirons pas la halle"
    _, _, blocks = ingest(body_page(PARA_1, phrase, QUOTED, PARA_2, PARA_3))
    assert texts(blocks, "quote") == []
    assert phrase in [" ".join(block.lines) for block in blocks]


APPEAL = "L'Écho des Collines vit des dons de ses lecteurs. Soutenez-nous dès aujourd'hui."


def test_a_line_trailing_off_into_an_appeal_to_give_is_the_appeal_s_heading() -> None:
    heading = "Tout se décide dans les mois qui viennent…"
    result, _, blocks = ingest(body_page(PARA_1, PARA_2, PARA_3, heading, APPEAL, "Je donne"))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert heading in dropped(result)


@pytest.mark.parametrize(
    ("last", "after"),
    [
        ("La halle rouvrira ses portes en octobre.", APPEAL),  # a sentence closes the text
        ("Les commerçants, eux, attendent la suite…", "Partager\nFacebook"),  # no appeal under it
    ],
)
def test_the_text_s_last_line_over_chrome_stays_the_text_s(last: str, after: str) -> None:
    _, _, blocks = ingest(body_page(PARA_1, PARA_2, PARA_3, last, after))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3, last]


PRESENTATION = (
    "Alors que la commune envisage de vendre la halle, un maraîcher du marché du samedi "
    "plaide pour sa rénovation."
)


def opinion_page(kicker: str, first: str) -> str:
    """A copied opinion page: labels over the headline, the writer's byline and date, then a
    first sentence over the text."""
    top = "L'Écho des Collines\nMenu\nS'abonner\n"
    head = f"{kicker}\n{HEADLINE}\n\nPar Marc Olivier, maraîcher\nPublié le 3 mars 2025\n"
    return "\n".join((top, head, first, "", BODY, "© 2025 L'Écho des Collines"))


@pytest.mark.parametrize(
    "first",
    [
        PRESENTATION,
        "« Je ne partirai pas », prévient un maraîcher du samedi qui plaide pour la halle.",
    ],
)
def test_an_opinion_piece_s_sentence_presenting_it_under_the_byline_is_the_standfirst(
    first: str,
) -> None:
    _, meta, blocks = ingest(opinion_page("Tribune\nRégion", first))
    assert meta["standfirst"] == first
    assert meta["genre"] == "Tribune"
    assert meta["section"] == "Région"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


@pytest.mark.parametrize(
    ("kicker", "first"),
    [
        ("Région", PRESENTATION),  # no opinion piece: a news text's short lede
        ("Économie\nDébats\nOpinion\nRégion", PRESENTATION),  # `Opinion`: the menu's last item
        (
            "Tribune\nRégion",
            "Je vends mes légumes sous cette halle depuis trente ans, et je veux qu'elle vive.",
        ),
    ],
)
def test_a_first_sentence_of_news_or_in_the_writer_s_voice_stays_the_text_s(
    kicker: str, first: str
) -> None:
    _, meta, blocks = ingest(opinion_page(kicker, first))
    assert meta["standfirst"] is None
    assert texts(blocks) == [first, PARA_1, PARA_2, PARA_3]
