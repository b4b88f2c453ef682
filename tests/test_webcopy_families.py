"""Pages copied as text: families of site lines that real copies hold in many shapes.

Each family is stated once by its shapes (the line classifier's verdict on a handful of
variants) and once on a small invented page (what the reader makes of it among the site's
chrome): captions closed by a credit, counters of views and comments, bylines that name no
person, breadcrumbs of two rubrics, rubrics joined by a dash, labels of videos and galleries
set in the text, the site's name given by the copyright, a rubric printed under the headline,
a newsletter box inside the text. Every page is also held to the invariant: each of its
words is in the body, the front-matter or the list of dropped lines.
"""

from __future__ import annotations

import pytest
from test_ingest_corpus import assert_nothing_unseen

from visavis.frontmatter import parse_document
from visavis.ingest import IngestResult, ingest_text
from visavis.ingest.copycredits import is_anonymous_credit
from visavis.ingest.engagement import is_media_label
from visavis.ingest.linekind import Kind, classify_line

PARA_1 = (
    "Le conseil municipal de Roche-Blanche a voté lundi soir la rénovation de la halle du "
    "marché, fermée depuis deux ans pour des raisons de sécurité. Le chantier coûtera 3,4 "
    "millions d'euros."
)
PARA_2 = (
    "Les commerçants du samedi matin, installés depuis sur le parking de la mairie, pourront "
    "retrouver leurs étals couverts à l'automne prochain, si le calendrier est tenu."
)
PARA_3 = (
    "Le maire a rappelé que la charpente de la halle, construite en 1911, avait été jugée "
    "fragile par les experts après la tempête de l'hiver dernier."
)
HEADLINE = "Roche-Blanche rénove enfin sa halle du marché"
TOP = "L'Écho des Collines\nMenu\nSe connecter\nS'abonner\n"
FOOTER = "Partager\nFacebook\nWhatsApp\n© 2025 L'Écho des Collines\n"


def ingest(page: str) -> tuple[IngestResult, dict, list]:
    """Ingest a copied page, check that it loses no word unseen; its result, front-matter
    and body's blocks."""
    result = ingest_text(page, "page.txt")
    assert result.meta["source"]["format"] == "webcopy"
    assert_nothing_unseen(page, result.to_markdown(), result.warnings)
    document = parse_document(result.to_markdown())
    return result, document.meta, document.blocks


def texts(blocks: list, kind: str = "paragraph") -> list[str]:
    """The text of each block of a kind."""
    return [" ".join(block.lines) for block in blocks if block.kind == kind]


def dropped(result: IngestResult) -> str:
    """The warning that lists the lines dropped as site chrome."""
    return next((w for w in result.warnings if "dropped " in w and "site chrome" in w), "")


def page_with(header: str, middle: str, *, top: str = TOP, footer: str = FOOTER) -> str:
    """A page: the site's top, a header (kicker, headline, byline), three paragraphs with
    `middle` between the first two, the footer."""
    return f"{top}\n{header}\n\n{PARA_1}\n\n{middle}\n\n{PARA_2}\n\n{PARA_3}\n\n{footer}"


HEADER = f"Région\n{HEADLINE}\nPar Hélène Vidal\nPublié le 3 mars 2025"


@pytest.mark.parametrize(
    "caption",
    [
        "La halle, fermée depuis 2023. L'Écho des Collines / Hélène Vidal",
        "La charpente vue depuis la place. Keystone/Jean-Marc Roux",
        "Les étals sur le parking de la mairie. Paul Grand / L'Écho des Collines",
    ],
)
def test_a_caption_closed_by_a_credit_around_a_slash_is_dropped(caption: str) -> None:
    assert classify_line(caption) == Kind.CAPTION
    result, meta, blocks = ingest(page_with(HEADER, caption))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert caption in dropped(result)
    assert meta["title"] == HEADLINE


def test_a_sentence_ending_with_a_slash_is_no_caption() -> None:
    assert classify_line("Le score était de 3 / 1 à la pause.") == Kind.TEXT
    assert classify_line("Il a hésité. Puis il a dit oui / non.") == Kind.TEXT


def test_a_caption_set_in_one_block_with_its_credit_is_told_by_the_block() -> None:
    fragment = "La halle du marché avant sa fermeture\nHélène Vidal / L'Écho des Collines"
    result, _, blocks = ingest(page_with(HEADER, fragment))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]  # not PARA_2 taken for the caption
    assert "La halle du marché avant sa fermeture" in dropped(result)
    under = "Belga\nLe maire devant la halle, lundi soir."
    result, _, blocks = ingest(page_with(HEADER, under))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert "Le maire devant la halle, lundi soir." in dropped(result)


@pytest.mark.parametrize(
    "counter",
    [
        "Vu 2 431 fois",
        "Lu 1 204 fois",
        "Vu par 3 200 personnes",
        "2 431 vues",
        "1,2k vues",
        "Partagé 45 fois",
        "Commentaires : 12",
        "Commentaires (4)",
        "👁 2 431",
        "Aucun commentaire",
        "12 J'aime",
        "Vu 2 431 fois | 3 commentaires",
        "Lecture 3 min · 12 commentaires",
        "3 réactions | Réagir",
    ],
)
def test_a_counter_of_views_shares_or_comments_is_chrome(counter: str) -> None:
    assert classify_line(counter) == Kind.COUNT
    header = f"Région\n{HEADLINE}\nPar Hélène Vidal\nPublié le 3 mars 2025\n\n{counter}"
    result, meta, blocks = ingest(page_with(header, PARA_3.replace("Le maire", "Le préfet")))
    assert texts(blocks)[0] == PARA_1
    assert counter in dropped(result)
    assert (meta["author"], str(meta["date"])) == ("Hélène Vidal", "2025-03-03")


def test_a_sentence_about_views_is_no_counter() -> None:
    assert classify_line("Vu de Genève, le projet paraît modeste.") == Kind.TEXT
    assert classify_line("Lu par le greffier, le jugement a surpris la salle.") == Kind.TEXT


@pytest.mark.parametrize(
    "byline",
    [
        "Par la rédaction",
        "La Rédaction",
        "Rédaction web",
        "Par la Rédaction numérique",
        "Rédaction de L'Écho des Collines",
        "De notre correspondant à Clermont",
        "Avec agences",
        "Par admin",
    ],
)
def test_a_byline_that_names_no_person_is_no_headline_and_no_author(byline: str) -> None:
    assert is_anonymous_credit(byline) and classify_line(byline) == Kind.BYLINE
    header = f"Vie locale\n\n{HEADLINE}\n\n{byline}\n3 mars 2025"
    _, meta, blocks = ingest(page_with(header, "Partager sur Facebook"))
    assert (meta["title"], meta["section"], meta["author"]) == (HEADLINE, "Vie locale", None)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_lines_about_the_newsroom_are_no_anonymous_byline() -> None:
    assert not is_anonymous_credit("La rédaction vous recommande")
    assert not is_anonymous_credit("La rédaction de Libération a voté la grève.")
    assert not is_anonymous_credit("Rédaction")  # a menu's item


@pytest.mark.parametrize(
    ("crumbs", "section"),
    [
        ("Société / Roche-Blanche", "Roche-Blanche"),
        ("Économie › Commerce", "Commerce"),
        ("Vie locale » Marchés", "Marchés"),
        ("Culture | Patrimoine", "Patrimoine"),
    ],
)
def test_a_breadcrumb_of_two_rubrics_gives_the_section(crumbs: str, section: str) -> None:
    assert classify_line(crumbs) == Kind.CRUMBS
    header = f"{crumbs}\n{HEADLINE}\nPar Hélène Vidal\nPublié le 3 mars 2025"
    _, meta, _ = ingest(page_with(header, "Partager sur Facebook"))
    assert (meta["section"], meta["title"]) == (section, HEADLINE)


@pytest.mark.parametrize(
    "credit", ["L'Écho des Collines / Hélène Vidal", "Keystone / Laurent Roux", "NASA / JPL"]
)
def test_a_slashed_credit_naming_a_person_an_agency_or_initials_stays_a_credit(
    credit: str,
) -> None:
    assert classify_line(credit) == Kind.PHOTO


def test_a_subhead_with_a_slash_is_no_breadcrumb() -> None:
    assert classify_line("Le pour / le contre") == Kind.TITLE
    assert classify_line("Le match en chiffres : 3 / 1") != Kind.CRUMBS


def test_a_dash_joins_a_compound_rubric_and_parts_a_genre() -> None:
    compound = f"Faits divers - Justice\n{HEADLINE}\nPar Hélène Vidal\nPublié le 3 mars 2025"
    _, meta, _ = ingest(page_with(compound, "Partager sur Facebook"))
    assert meta["section"] == "Faits divers - Justice"
    genre = f"Région - Analyse\n{HEADLINE}\nPar Hélène Vidal\nPublié le 3 mars 2025"
    _, meta, _ = ingest(page_with(genre, "Partager sur Facebook"))
    assert (meta["section"], meta["genre"]) == ("Région", "Analyse")
    crumbs = (
        f"Accueil > France - Monde > Commerce\n{HEADLINE}\nPar Hélène Vidal\nPublié le 3 mars 2025"
    )
    _, meta, _ = ingest(page_with(crumbs, "Partager sur Facebook"))
    assert meta["section"] == "Commerce"


@pytest.mark.parametrize(
    "label",
    [
        "Vidéo - Les images de la halle avant les travaux",
        "VIDÉO. La halle du marché vue du ciel",
        "EN IMAGES - Un siècle de marchés à Roche-Blanche",
        "[PODCAST] Les commerçants racontent leur halle",
        "Diaporama : la charpente de 1911",
    ],
)
def test_a_media_label_set_in_the_text_is_no_subhead(label: str) -> None:
    assert is_media_label(label)
    result, _, blocks = ingest(page_with(HEADER, label))
    assert texts(blocks, "subhead") == []
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert label in dropped(result)


def test_a_subhead_or_a_sentence_about_videos_is_no_media_label() -> None:
    assert not is_media_label("Vidéos de surveillance : la police enquête")
    assert not is_media_label("Les vidéos de la fête ont circulé.")
    assert not is_media_label("Vidéo : la police a diffusé les images. Elle cherche des témoins.")


def test_the_copyright_confirms_a_long_site_name_at_the_top() -> None:
    name = "Le Journal du Pays de la Haute Vallée"
    page = page_with(HEADER, "Partager sur Facebook", top=f"{name}\nMenu\nSe connecter\n")
    page = page.replace("© 2025 L'Écho des Collines", f"© {name} 2025")
    _, meta, _ = ingest(page)
    assert meta["publication"] == name


def test_the_copyright_names_the_site_when_the_copy_starts_at_the_headline() -> None:
    page = page_with(HEADER, "Partager sur Facebook", top="")
    page = page.replace(
        "© 2025 L'Écho des Collines", "© 2025 Le Courrier des Monts. Tous droits réservés."
    )
    _, meta, _ = ingest(page)
    assert meta["publication"] == "Le Courrier des Monts"


def test_a_rubric_under_the_headline_that_the_menu_names_is_the_section() -> None:
    top = "L'Écho des Collines\nAccueil\nPolitique\nCommerce\nSociété\nCulture\nSport\n"
    header = f"{HEADLINE}\n\nCommerce\n3 mars 2025\nPar Hélène Vidal\nPartager :"
    _, meta, _ = ingest(page_with(header, "Partager sur Facebook", top=top))
    assert (meta["section"], meta["title"], meta["author"]) == (
        "Commerce",
        HEADLINE,
        "Hélène Vidal",
    )


def test_a_newsletter_box_inside_the_text_is_chrome() -> None:
    box = (
        "Newsletter\n«Le marché du samedi»\n"
        "Vous voulez tout savoir de votre commune ? Recevez notre lettre chaque samedi.\n"
        "Se connecter"
    )
    result, _, blocks = ingest(page_with(HEADER, box))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert "«Le marché du samedi»" in dropped(result)


def test_a_box_of_links_under_the_agency_credit_that_signs_the_text_ends_it() -> None:
    teaser = "La météo du week-end s'annonce douce, mais la pluie reviendra dès lundi."
    page = (
        f"{TOP}Région\n{HEADLINE}\nPublié le 3 mars 2025\n{PARA_1}\n{PARA_2}\n{PARA_3}\n"
        f"(Belga)\nLes plus lus\nUn motard blessé près de Clairval\n{teaser}\n{FOOTER}"
    )
    result, meta, blocks = ingest(page)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert meta["agency"] == "Belga"
    assert teaser in dropped(result)


@pytest.mark.parametrize("credit", ["© Jean Roux", "© Keystone", "© Ville de Clairval"])
def test_a_bare_copyright_mark_between_paragraphs_is_a_photo_credit_not_the_footer(
    credit: str,
) -> None:
    result, _, blocks = ingest(
        page_with(HEADER, f"Le maire devant la halle, lundi soir.\n{credit}")
    )
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]  # the text goes on under the credit
    assert "Le maire devant la halle, lundi soir." in dropped(result)


@pytest.mark.parametrize(
    "caption",
    [
        "Le maire devant la halle — Photo : Jean Roux",
        "Le maire devant la halle, lundi | Crédit : L'Écho des Collines",
        "Le maire devant la halle, lundi soir. (Archives)",
        "Le maire devant la halle, lundi soir. DR",
    ],
)
def test_a_caption_whose_credit_follows_a_dash_a_bar_or_a_full_stop(caption: str) -> None:
    assert classify_line(caption) == Kind.CAPTION
    result, _, blocks = ingest(page_with(HEADER, caption))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert caption in dropped(result)


def test_a_date_with_a_comma_before_its_year_on_a_byline_bar() -> None:
    bar = "Par : Hélène Vidal - Echo.fr | 3 mars, 2025 à 18:45:12 | Lu 3412 fois | 4 Commentaires"
    _, meta, _ = ingest(page_with(f"Région\n{HEADLINE}\n{bar}", "Partager sur Facebook"))
    assert (meta["author"], str(meta["date"])) == ("Hélène Vidal", "2025-03-03")


def test_a_fragment_under_a_photo_credit_in_its_block_is_its_caption_not_a_subhead() -> None:
    block = "PHOTO JEAN ROUX, L'ÉCHO DES COLLINES\nLa halle du marché, en travaux"
    result, _, blocks = ingest(page_with(HEADER, block))
    assert texts(blocks, "subhead") == []
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert "La halle du marché, en travaux" in dropped(result)


def test_credits_printed_over_the_headline_belong_to_it_not_to_the_tagline() -> None:
    top = "EDC\nL'actualité des collines\nRégion\nÉconomie\nSport\nCulture\n"
    header = f"Par la rédaction\n3 mars 2025\nTemps de lecture : 2 min\n\n{HEADLINE}"
    _, meta, _ = ingest(page_with(header, "Partager sur Facebook", top=top))
    assert (meta["title"], meta["author"], str(meta["date"])) == (HEADLINE, None, "2025-03-03")


@pytest.mark.parametrize(
    "note",
    [
        "Cet article a été publié dans notre édition papier du 3 mars 2025.",
        "Une version de cet article est parue dans L'Écho du 2 mars.",
        "Cet article a d'abord été publié sur le site de Radio Collines.",
        "Cet article est republié à partir de La Revue sous licence Creative Commons.",
        "Ce texte fait partie de notre série Villages d'ici.",
        "Ce contenu est offert gratuitement.",
    ],
)
def test_what_an_article_says_of_its_printing_series_or_access_is_chrome(note: str) -> None:
    assert classify_line(note) == Kind.BANNER
    page = page_with(HEADER, "Partager sur Facebook").replace(PARA_3, f"{PARA_3}\n\n{note}")
    result, _, blocks = ingest(page)
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert note in dropped(result)


def test_a_sentence_about_a_scientific_article_is_no_edition_note() -> None:
    assert (
        classify_line("Cet article a été publié dans la revue Nature le mois dernier.") == Kind.TEXT
    )
    sentence = "Cet article publié dans la revue Nature montre que les abeilles dansent."
    assert classify_line(sentence) == Kind.TEXT


def test_a_headline_and_a_caption_hard_wrapped_with_the_page_are_joined() -> None:
    wrapped = [
        "Le conseil municipal de Roche-Blanche a voté lundi",
        "soir la rénovation de la halle du marché, fermée",
        "depuis deux ans pour des raisons de sécurité.",
    ]
    page = (
        f"{TOP}\nRÉGION\nRoche-Blanche rénove enfin sa halle\ndu marché couvert\n\n"
        "Par Hélène Vidal\nLe 3 mars 2025\n\n" + "\n".join(wrapped) + "\n\n"
        "Les commerçants devant la halle fermée depuis\nl'hiver dernier.\nPHOTO EDC - JEAN ROUX\n\n"
        "Les travaux dureront deux ans et coûteront 3,4\n"
        "millions d'euros, a précisé le maire, qui\n"
        "espère rouvrir la halle pour le marché de Noël.\n\n"
        f"{FOOTER}"
    )
    result, meta, blocks = ingest(page)
    assert (meta["title"], meta["section"]) == (
        "Roche-Blanche rénove enfin sa halle du marché couvert",
        "Région",
    )
    assert texts(blocks, "subhead") == []
    assert "l'hiver dernier." in dropped(result)
    assert len(texts(blocks)) == 2


@pytest.mark.parametrize(
    ("credit", "date"),
    [
        ("Hélène Vidal (à Clermont)", "Publié le 3 mars 2025"),
        ("Hélène Vidal (correspondante à Clermont)", "3 mars 2025"),
        ("Par Hélène Vidal · Publié le 3 mars 2025", ""),
        ("Hélène Vidal · 3 mars 2025", ""),
        ("Hélène Vidal - il y a 2 heures", "Publié le 3 mars 2025"),
    ],
)
def test_a_byline_with_its_place_its_date_or_a_relative_time_names_its_author(
    credit: str, date: str
) -> None:
    header = f"Région\n{HEADLINE}\n{credit}\n{date}".rstrip("\n")
    _, meta, _ = ingest(page_with(header, "Partager sur Facebook"))
    assert (meta["title"], meta["author"], str(meta["date"])) == (
        HEADLINE,
        "Hélène Vidal",
        "2025-03-03",
    )


def test_a_browsers_reader_view_copy_is_a_web_copy_with_its_site_author_and_time() -> None:
    assert classify_line("4–5 minutes") == Kind.READTIME
    assert classify_line("20 minutes") != Kind.READTIME  # a duration, or a site's name
    page = f"echodescollines.fr\n{HEADLINE}\nHélène Vidal\n4–5 minutes\n\n{PARA_1}\n\n{PARA_2}\n"
    _, meta, blocks = ingest(page)
    assert (meta["title"], meta["author"]) == (HEADLINE, "Hélène Vidal")
    assert (meta["publication"], meta["section"]) == ("echodescollines.fr", None)
    assert texts(blocks) == [PARA_1, PARA_2]


def test_a_credit_naming_no_person_gives_way_to_the_name_beside_it() -> None:
    header = f"Région\n{HEADLINE}\nHélène Vidal\nAvec agences\nPublié le 3 mars 2025"
    _, meta, _ = ingest(page_with(header, "Partager sur Facebook"))
    assert (meta["author"], str(meta["date"])) == ("Hélène Vidal", "2025-03-03")


def test_the_publishers_company_in_the_copyright_never_names_the_site() -> None:
    page = page_with(HEADER, "Partager sur Facebook", top="")
    page = page.replace("© 2025 L'Écho des Collines", "© 2025 Groupe Collines Médias SA")
    _, meta, _ = ingest(page)
    assert meta["publication"] is None


@pytest.mark.parametrize(
    "credit",
    ["Sujet TJ: Paul Grand", "Montage : Paul Grand", "Avec la collaboration de Julie Favre"],
)
def test_a_contributors_credit_inside_the_text_is_no_subhead(credit: str) -> None:
    assert classify_line(credit) == Kind.NAME
    result, _, blocks = ingest(page_with(HEADER, credit))
    assert texts(blocks, "subhead") == []
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert credit in dropped(result)
