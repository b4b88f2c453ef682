"""Guards from a review of the holdout68–69/text and holdout63/web rules (a helper's probes
broke four on ordinary inputs): a text split by `<br>` that ends on a sentence naming someone,
or on a quotation's speaker, keeps it; a sentence of the text over a video's length is the
text; `La fiche` over a sentence on a stadium's crowd is no sheet; a note an asterisk in the
headline calls, or one that opens on an article, is the text; a report made with someone's
help is no funding note."""

from __future__ import annotations

from test_webbody import TITLE, ingest, page
from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, page_with, texts
from test_webcopy_families import ingest as ingest_copy

from visavis.frontmatter import parse_document

HEADER = f"{HEADLINE}\nPar Hélène Vidal\n12 mars 2026"


def lines_of(blocks: list) -> list[str]:
    return [line for block in blocks for line in block.lines]


def test_a_br_text_ending_on_a_sentence_naming_someone_keeps_it() -> None:
    last = "Jean Dupont, maire de Lyon, a refusé."
    result = ingest(page("<br /><br />".join((PARA_1, PARA_2, PARA_3, last))))
    assert last in lines_of(result.blocks)


def test_a_br_text_ending_on_a_quotations_speaker_keeps_it() -> None:
    quote = f"{PARA_3} « Nous irons jusqu'au bout », a-t-il lancé."
    speaker = "Grégory Doucet (EELV)"
    result = ingest(page("<br /><br />".join((PARA_1, PARA_2, quote, speaker))))
    assert speaker in lines_of(result.blocks)
    assert parse_document(result.to_markdown()).meta.get("title") == TITLE


def test_a_sentence_of_the_text_over_a_videos_length_is_the_text() -> None:
    middle = "Le maire a promis une enquête.\n\nVidéo. Durée : 2 minutes"
    _, _, blocks = ingest_copy(page_with(HEADER, middle))
    assert "Le maire a promis une enquête." in lines_of(blocks)


def test_la_fiche_over_a_sentence_on_a_stadiums_crowd_is_no_sheet() -> None:
    sentence = "Le stade de Gerland, qui accueillait jusqu'à 40 000 spectateurs, sera desservi."
    _, _, blocks = ingest_copy(page_with(HEADER, "", footer=f"La fiche\n{sentence}\n\nPartager\n"))
    assert sentence in lines_of(blocks)


def test_a_note_the_headlines_asterisk_calls_is_the_text() -> None:
    header = "Tram T9 : « Ça va changer nos vies » *\nPar Hélène Vidal\n12 mars 2026"
    note = "* Les prénoms ont été modifiés."
    _, _, blocks = ingest_copy(page_with(header, "", footer=f"{note}\n\nPartager\n"))
    assert note in lines_of(blocks)


def test_a_note_opening_on_an_article_under_a_starred_byline_is_the_text() -> None:
    header = f"{HEADLINE}\nPar Claire Dumont*\n12 mars 2026"
    note = "*Les chiffres sont ceux de la métropole, arrêtés au 31 mars."
    _, _, blocks = ingest_copy(page_with(header, "", footer=f"{note}\n\nPartager\n"))
    assert note in lines_of(blocks)


def test_a_report_made_with_someones_help_is_no_funding_note() -> None:
    helped = (
        "Ce reportage a été réalisé dans le cadre d'une immersion de trois semaines, avec le "
        "soutien logistique des pompiers de Lyon."
    )
    result = ingest(page(f"<p>{PARA_1}</p><p>{PARA_2}</p><p>{helped}</p>"))
    assert helped in lines_of(result.blocks)
    assert texts(result.blocks)
