"""Pages copied as text, the families of the holdout31 and holdout32 rounds: Edge's reader
(`4 minutes` under the headline, `Name | Newsroom` under the dek, its address spelling that
newsroom), an explainer whose first part opens on its question, a role line of a former job
(`Ancienne animatrice de bibliothèque`), a credit `Names avec AFP`, a link to the author's
page beside the name, MSN's credit under the headline, a skip link `Ignorer et passer au
contenu principal`, a compound name's elided article that teaches no casing (`Val-d’Or`
does not make `d’or` a name), and a plain text's date alone under its headline. Each is
stated on invented text and held to the invariant that no word is lost unseen. From holdout33
and holdout34: a bare agency over the date, a date line with its reading time run in, a
breadcrumb whose last crumb is the headline again; a paragraph a paywall cuts mid-sentence,
which is no subhead; and, from holdout36, a byline that names the paper before its writer.
"""

from __future__ import annotations

from test_ingest_corpus import assert_nothing_unseen
from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, texts

from visavis.ingest import ingest_text
from visavis.ingest.casing import learn_casing, repair_casing

BODY = f"{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
DEK = "La commune rouvre sa halle après deux ans de travaux, et les marchands y reviennent."


def test_edges_reader_gives_the_standfirst_credits_and_the_newsroom_as_the_site() -> None:
    credit = "Hélène Vidal | L'Écho des Collines"
    head = f"ici.echodescollines.ca\n{HEADLINE}\n4 minutes\n{DEK}\n{credit}\n"
    page = f"{head}Publié le 22 janvier 2025\n{PARA_1}\n{PARA_2}\n{PARA_3}\n"
    _, meta, _ = ingest(page)
    assert (meta["standfirst"], meta["author"], meta["date"]) == (DEK, "Hélène Vidal", "2025-01-22")
    assert meta["publication"] == "L'Écho des Collines"


def test_an_explainers_first_part_may_open_on_its_question() -> None:
    questions = [
        "Qui est visé?",
        "Que peut-on mettre dans le bac?",
        "Et si mon immeuble n'a pas la place?",
    ]
    body = "\n\n".join(
        f"{q}\n\n{p}" for q, p in zip(questions, [PARA_1, PARA_2, PARA_3], strict=True)
    )
    page = f"{TOP}\nRégion\n{HEADLINE}\nPar Hélène Vidal\nPublié le 3 mars 2025\n\n{body}\n"
    _, _, blocks = ingest(page)
    assert texts(blocks, "subhead") == questions


def test_an_opinions_former_job_under_the_byline_is_no_headline() -> None:
    top = "La Presse\nOuvrir dans l'app\nMenu\n\nDébats\nOpinion\n"
    page = f"{top}{HEADLINE}\n\nHélène Vidal\nAncienne animatrice de bibliothèque\n\n"
    _, meta, _ = ingest(f"{page}Publié le 9 mars 2025 à 5 h 00\n\nPartager\n\n{BODY}\n")
    assert (meta["title"], meta["author"], meta["section"]) == (HEADLINE, "Hélène Vidal", "Débats")


def test_msns_credit_under_the_headline_names_its_source_above() -> None:
    top = "Ignorer et passer au contenu principal\nmsn\nActualités\nMétéo\nSports\n\n"
    credit = "Histoire de Hélène Vidal • Il y a 5 h • 2 min de lecture"
    head = f"L'Écho des Collines\nSuivre\n{HEADLINE}\n{credit}"
    _, meta, _ = ingest(f"{top}{head}\n\n{BODY}\n")
    assert (meta["publication"], meta["author"]) == ("L'Écho des Collines", "Hélène Vidal")


def test_a_compound_names_elided_article_teaches_no_casing() -> None:
    known = learn_casing("La mine d’or de Val-d’Or ferme. Val-d’Or attend. Val-d’Or pleure.")
    assert (
        repair_casing("Une mine d’or près de Val-d’Or", known) == "Une mine d’or près de Val-d’Or"
    )


def test_a_date_alone_under_a_plain_texts_headline_is_its_date() -> None:
    result = ingest_text(f"{HEADLINE}\n22 mai 2025\n\n{BODY}\n", "page.txt")
    assert result.meta["source"]["format"] == "plaintext"
    assert result.meta["date"] == "2025-05-22"
    assert_nothing_unseen(
        f"{HEADLINE}\n22 mai 2025\n\n{BODY}\n", result.to_markdown(), result.warnings
    )


def test_a_reader_views_bare_agency_over_the_date_is_a_web_copys_credit() -> None:
    dek = "La commune présente son projet de zone piétonne, et les commerçants réclament du temps."
    page = f"{HEADLINE}\n{dek}\nATS\n3 novembre 2025\n\n{BODY}\n"
    result = ingest_text(page, "page.txt")
    assert result.meta["source"]["format"] == "webcopy"
    assert (result.meta["agency"], result.meta["date"]) == ("ATS", "2025-11-03")


def test_a_date_line_with_its_reading_time_run_in_gives_the_date() -> None:
    dated = "Publié le 26/11/2025 à 16:44 Temps de lecture: 3 min"
    header = f"Région\n{HEADLINE}\nPar Hélène Vidal\n{dated}"
    _, meta, _ = ingest(f"{TOP}\n{header}\n\n{BODY}\n")
    assert meta["date"] == "2025-11-26"


def test_a_breadcrumbs_last_crumb_repeating_the_headline_is_not_the_rubric() -> None:
    title = "Anne Roy : « Le festival doit rester un festival de quartier »"
    top = f"{TOP}\nAccueil > Culture > {title}\nEntrevue\n{title}\n"
    _, meta, _ = ingest(
        f"{top}Propos recueillis par Hélène Vidal\nPublié le 9 novembre 2025\n\n{BODY}\n"
    )
    assert meta["section"] == "Culture"


def test_a_paragraph_the_paywall_cuts_mid_sentence_is_no_subhead() -> None:
    cut = (
        "Les syndicats, eux, contestent le diagnostic. La CFDT réclame une expertise des comptes et"
    )
    paywall = "Cet article est réservé aux abonnés. Il vous reste 74 % à découvrir."
    page = f"{TOP}\nRégion\n{HEADLINE}\nPar Hélène Vidal\n\n{BODY}\n\n{cut}\n\n{paywall}\n"
    _, _, blocks = ingest(page)
    assert texts(blocks, "subhead") == []
    assert texts(blocks)[-1] == cut


def test_a_byline_that_names_the_paper_before_its_writer_credits_the_writer() -> None:
    head = f"Centre-Collines\nMenu\nSe connecter\n\nRégion\n{HEADLINE}\n\n"
    byline = "Centre-Collines Hélène Vidal.\nPublié le 18/11/2025 à 17h45"
    foot = "© 2025 Centre-Collines"
    _, meta, _ = ingest(f"{head}{byline}\n\n{BODY}\n\n{foot}\n")
    assert (meta["publication"], meta["author"]) == ("Centre-Collines", "Hélène Vidal")
