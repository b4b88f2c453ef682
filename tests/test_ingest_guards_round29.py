"""What the holdout49 round's rules must not catch (found by a review of the round): a rule
under a pasted page's own headline and byline is not the end of a sender's note; a message's
empty `Cc :` field is still its header; on a saved page, a dated sentence, a bill `mis à
l'ordre du jour`, a tax-advice subhead about an error, a sentence of linked topics and
paragraphs in a CSS module's `withAds` group stay the article's; a share line naming
`Courrier international` names the site; `Exporté de l'usine …` is a sentence; `sept.` as
the number seven ends its sentence."""

from __future__ import annotations

from test_webbody import P1, P2, P3, P4, page, paragraphs, texts
from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest

from visavis.sentences import split_sentences

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"


def test_a_rule_under_the_pages_own_byline_ends_no_senders_note() -> None:
    mail = "De : Paul Roy <paul.roy@orange.fr>\nObjet : la halle\n\n"
    copy = f"{HEADLINE}\nPar Hélène Vidal\nPublié le 3 mars 2025\n{PARA_1}\n----------\n"
    _, meta, _ = ingest(f"{mail}{copy}{PARA_2}\n\n{PARA_3}\n")
    assert (meta["title"], meta["author"]) == (HEADLINE, "Hélène Vidal")


def test_an_empty_cc_field_is_part_of_the_messages_headers() -> None:
    mail = (
        "De : Paul Roy <paul.roy@orange.fr>\nEnvoyé : lundi 3 mars 2025 08:00\nÀ : Anne Roy\n"
        "Cc :\nObjet : la halle\n\nRegarde ça.\n-----\n\n"
    )
    result, meta, _ = ingest(f"{mail}{HEADLINE}\nPar Hélène Vidal\n\n{BODY}\n")
    assert meta["title"] == HEADLINE and meta["publication"] is None
    listed = next(w for w in result.warnings if "the e-mail the copy was pasted into" in w)
    assert "«Cc :»" in listed and "«Objet : la halle»" in listed


def test_a_share_line_naming_a_site_called_courrier_names_it() -> None:
    copy = f"{HEADLINE}\nPar Hélène Vidal\nPublié le 3 mars 2025\n{BODY}\n"
    _, meta, _ = ingest(f"Partagé depuis l'app Courrier international\n{copy}")
    assert meta["publication"] == "Courrier international"


def test_a_sentence_opening_on_exporte_de_is_text() -> None:
    sentence = "Exporté de l'usine de Douai, le modèle est vendu dans toute l'Europe depuis mars."
    _, _, blocks = ingest(f"{TOP}\n{HEADLINE}\nPar Hélène Vidal\n\n{BODY}\n\n{sentence}\n")
    assert " ".join(blocks[-1].lines) == sentence


def test_sentences_of_a_saved_page_that_the_rules_must_leave() -> None:
    kept = [
        "Le 11 mai 2020.",
        "Ce texte est désormais mis à l’ordre du jour du Sénat, qui l’examinera dès le 12 mars.",
    ]
    assert texts(page(paragraphs(P1, *kept, P2, P3))) == [
        ("paragraph", text) for text in (P1, *kept, P2, P3)
    ]


def test_an_error_about_a_tax_notice_is_a_subhead_and_linked_topics_a_sentence() -> None:
    heading = "Vous avez repéré une erreur sur votre avis d’imposition ?"
    topics = (
        "<p>Thèmes au menu de la rencontre : <a href='/t/1'>la réforme des retraites</a>, "
        "<a href='/t/2'>le pouvoir d’achat</a> et <a href='/t/3'>l’immigration</a>.</p>"
    )
    found = texts(
        page(f"{paragraphs(P1)}<h2>{heading}</h2>{paragraphs(P2)}{topics}{paragraphs(P3)}")
    )
    assert ("subhead", heading) in found
    assert any(text.startswith("Thèmes au menu") for _, text in found)


def test_paragraphs_in_a_css_modules_with_ads_group_are_the_article() -> None:
    group = f'<div class="ParagraphGroup_withAds__x1">{paragraphs(P2, P3)}</div>'
    found = texts(page(f"{paragraphs(P1)}{group}{paragraphs(P4)}"))
    assert found == [("paragraph", text) for text in (P1, P2, P3, P4)]


def test_sept_as_the_number_seven_ends_its_sentence() -> None:
    text = "Le nombre de morts s’élève désormais à sept. 12 personnes sont toujours hospitalisées."
    assert len(split_sentences(text)) == 2
