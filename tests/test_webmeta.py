"""Page metadata: what a saved page shows and declares about its article, never a guess."""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from visavis.ingest.webmeta import PageMeta, read_page_meta

PARAGRAPHS = "".join(
    f"<p>Paragraphe {n} du texte de l’article, assez long pour être pris pour du texte suivi, "
    f"avec des phrases complètes et des faits rapportés par la journaliste sur place.</p>"
    for n in range(1, 5)
)


def read(head: str = "", body: str = "", url: str | None = None, before: str = "") -> PageMeta:
    """The metadata of a small page made of a head and a body."""
    page = (
        f"<!DOCTYPE html>{before}<html lang='fr'><head><meta charset='utf-8'>{head}</head>"
        f"<body>{body}</body></html>"
    )
    return read_page_meta(lxml_html.document_fromstring(page), url)


def ld(data: object) -> str:
    """A JSON-LD script holding data."""
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def article(inner: str) -> str:
    """An article element: inner markup, then the text."""
    return f"<main><article>{inner}<div class='body'>{PARAGRAPHS}</div></article></main>"


# A page that says nothing.


def test_a_page_without_metadata_gives_none_for_every_field() -> None:
    meta = read(body=f"<div>{PARAGRAPHS}</div><footer>© 2024</footer>")
    assert (meta.title, meta.publication, meta.section, meta.standfirst) == (None,) * 4
    assert (meta.authors, meta.agencies, meta.date, meta.url) == ((), (), None, None)
    assert meta.article_body is None


def test_without_metadata_the_fetched_address_is_the_url() -> None:
    assert read(body=PARAGRAPHS, url="https://x.ch/a").url == "https://x.ch/a"


# Title.


def test_the_title_is_the_article_s_h1_rather_than_what_the_head_declares() -> None:
    head = "<title>Titre SEO | Le Temps</title><meta property='og:title' content='Titre court'>"
    head += ld({"@type": "NewsArticle", "headline": "Titre court"})
    meta = read(head, article("<h1>Le titre tel que l’article l’affiche</h1>"))
    assert meta.title == "Le titre tel que l’article l’affiche"
    assert meta.title_from == "h1"


def test_the_h1_that_agrees_with_the_declared_title_wins_over_other_h1s() -> None:
    body = "<div class='promo'><h1>Abonnez-vous dès maintenant</h1></div>"
    body += article("<h1>Orages dans le canton de Vaud: la situation en direct</h1>")
    head = "<meta property='og:title' content='Orages dans le canton de Vaud'>"
    assert read(head, body).title == "Orages dans le canton de Vaud: la situation en direct"


def test_a_logo_h1_is_not_the_title() -> None:
    body = "<header><h1 class='logo'><a href='/'><img alt='Le Temps'>Le Temps</a></h1></header>"
    body += f"<div>{PARAGRAPHS}</div>"
    head = "<title>Genève vote la rénovation | Le Temps</title>"
    meta = read(head + "<meta property='og:site_name' content='Le Temps'>", body)
    assert meta.title == "Genève vote la rénovation"


def test_without_an_h1_the_json_ld_headline_is_the_title() -> None:
    head = ld({"@type": "NewsArticle", "headline": "Le titre déclaré"})
    head += "<title>Autre chose | Site</title>"
    meta = read(head, f"<div>{PARAGRAPHS}</div>")
    assert (meta.title, meta.title_from) == ("Le titre déclaré", "json-ld")


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Le titre | Le Monde", "Le Monde"),
        ("Le titre - Le Soir", "Le Soir"),
        ("Le titre – RTBF", "RTBF"),
        ("Le titre — Le Devoir", "Le Devoir"),
        ("Le Temps | Le titre", "Le Temps"),
        ("Le titre - RTBF Actus", "RTBF"),
        ("Le titre | lefaso.net", "Lefaso"),
    ],
)
def test_the_site_s_name_is_removed_from_a_declared_title(title: str, site: str) -> None:
    head = f"<title>{title}</title><meta property='og:site_name' content='{site}'>"
    assert read(head, f"<div>{PARAGRAPHS}</div>").title == "Le titre"


def test_a_dash_inside_a_headline_is_kept() -> None:
    head = "<title>Covid - les chiffres du jour - Le Soir</title>"
    head += "<meta property='og:site_name' content='Le Soir'>"
    assert read(head, f"<div>{PARAGRAPHS}</div>").title == "Covid - les chiffres du jour"


def test_a_headline_shown_in_another_element_is_found_from_the_title() -> None:
    head = "<title>Les urgences se préparent aux Fêtes - Le Quotidien Jurassien</title>"
    body = "<table><tr><td><a href='/'>Accueil</a> &gt; <a href='/jura/'>Jura</a></td></tr>"
    body += "<tr><td><font size='5'><b>Les urgences se préparent aux Fêtes</b></font></td></tr>"
    body += f"<tr><td>{PARAGRAPHS}</td></tr></table>"
    meta = read(head, body)
    assert (meta.title, meta.title_from) == ("Les urgences se préparent aux Fêtes", "element")


def test_an_og_title_shorter_than_the_h1_does_not_replace_it() -> None:
    head = "<meta property='og:title' content='Rentrée scolaire: ce qui change'>"
    body = article("<h1>Rentrée scolaire: ce qui change pour les élèves et les parents</h1>")
    assert (
        read(head, body).title == "Rentrée scolaire: ce qui change pour les élèves et les parents"
    )


# Publication.


def test_the_publication_is_the_declared_site_name() -> None:
    head = "<meta property='og:site_name' content='24 heures'><title>X | 24 heures</title>"
    assert read(head, PARAGRAPHS).publication == "24 heures"


def test_the_publication_can_come_from_a_json_ld_publisher_reference() -> None:
    graph = [
        {"@type": "Organization", "@id": "https://x.be/#org", "name": "Le Soir"},
        {"@type": "NewsArticle", "headline": "T", "publisher": {"@id": "https://x.be/#org"}},
    ]
    assert read(ld({"@context": "https://schema.org", "@graph": graph})).publication == "Le Soir"


def test_the_publication_can_come_from_the_footer_s_copyright_line() -> None:
    body = f"<div>{PARAGRAPHS}</div><footer><p>© 2024 Le Temps SA. Tous droits réservés.</p>"
    body += "</footer>"
    assert read(body=body).publication == "Le Temps"


def test_the_publication_can_come_from_the_title_beside_the_shown_headline() -> None:
    head = "<title>Grève à la SNCB - La Libre Belgique</title>"
    body = f"<div class='art-title'>Grève à la SNCB</div><div>{PARAGRAPHS}</div>"
    assert read(head, body).publication == "La Libre Belgique"


def test_a_site_name_with_its_domain_ending_is_the_bare_name_when_the_page_says_so() -> None:
    head = "<meta property='og:site_name' content='Le Monde.fr'>"
    head += ld({"@type": "NewsArticle", "headline": "T", "publisher": {"name": "Le Monde"}})
    assert read(head, PARAGRAPHS).publication == "Le Monde"
    alone = "<meta property='og:site_name' content='Lefaso.net'>"
    assert read(alone, PARAGRAPHS).publication == "Lefaso.net"


def test_the_publication_is_never_made_up_from_the_address() -> None:
    assert read(body=PARAGRAPHS, url="https://www.lesoir.be/1/article").publication is None


# Authors and agencies.


def test_json_ld_authors_may_be_a_list_of_persons() -> None:
    authors = [{"@type": "Person", "name": n} for n in ("Camille Dupont", "Thomas Lejeune")]
    meta = read(ld({"@type": "NewsArticle", "headline": "T", "author": authors}), PARAGRAPHS)
    assert meta.authors == ("Camille Dupont", "Thomas Lejeune")


def test_a_json_ld_author_may_be_a_string_naming_several() -> None:
    meta = read(ld({"@type": "Article", "author": "Léa Martin et Paul Tremblay"}), PARAGRAPHS)
    assert meta.authors == ("Léa Martin", "Paul Tremblay")


def test_an_organisation_credited_as_author_is_no_author_unless_an_agency() -> None:
    data = {
        "@type": "NewsArticle",
        "author": [
            {"@type": "Organization", "name": "Ouest-France"},
            {"@type": "Organization", "name": "AFP"},
        ],
        "publisher": {"@type": "Organization", "name": "Ouest-France"},
    }
    meta = read(ld(data), PARAGRAPHS)
    assert (meta.authors, meta.agencies) == ((), ("AFP",))


def test_the_publisher_as_a_person_author_is_no_author() -> None:
    data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Le Soir"}}
    head = ld(data) + "<meta property='og:site_name' content='Le Soir'>"
    assert read(head, PARAGRAPHS).authors == ()


def test_meta_author_counts_and_article_author_addresses_do_not() -> None:
    head = "<meta property='article:author' content='https://www.facebook.com/lesoir'>"
    head += "<meta name='author' content='Anne ROY'>"
    assert read(head, PARAGRAPHS).authors == ("Anne Roy",)


def test_the_byline_readers_see_wins_and_keeps_its_role_and_place_out() -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "A. Roy"}})
    body = article(
        "<h1>Le titre de l’article</h1><span class='byline'>Par <a class='author'>Anne Roy</a>"
        ", correspondante à Genève</span>"
    )
    meta = read(head, body)
    assert meta.authors == ("Anne Roy",)
    assert meta.raw_authors == ("Par Anne Roy, correspondante à Genève",)


def test_a_byline_in_capitals_takes_the_casing_the_metadata_gives() -> None:
    data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jean de La Fontaine"}}
    body = article("<h1>Le titre</h1><div class='signature'>Par JEAN DE LA FONTAINE</div>")
    assert read(ld(data), body).authors == ("Jean de La Fontaine",)


def test_a_byline_with_an_agency_gives_both() -> None:
    body = article(
        "<h1>Le titre</h1><div data-type='byline'>Par <a>Julien Rochat</a>, <a>Élodie Maret</a>,"
        " avec ATS</div>"
    )
    meta = read(body=body)
    assert (meta.authors, meta.agencies) == (("Julien Rochat", "Élodie Maret"), ("ATS",))


def test_authors_in_separate_elements_are_all_read() -> None:
    body = article(
        "<h1>Le titre</h1><p>Par <span itemprop='author'>Léa Martin</span> et "
        "<span itemprop='author'>Paul Tremblay</span></p>"
    )
    assert read(body=body).authors == ("Léa Martin", "Paul Tremblay")


def test_quotes_comments_captions_and_author_boxes_are_not_bylines() -> None:
    body = (
        "<main><article><h1>Le titre</h1><div class='byline'>Par Awa Sanou</div>"
        f"<div class='body'>{PARAGRAPHS}"
        "<aside class='pullquote'><p class='pullquote__author'>Seydou Traoré, cultivateur</p>"
        "</aside><figure><figcaption><span class='author'>Paul Photographe</span></figcaption>"
        "</figure></div><div class='author-box'><p>Awa Sanou est journaliste.</p></div></article>"
        "<section class='comments'><p class='comment-author'>Jean Lecteur</p></section></main>"
    )
    assert read(body=body).authors == ("Awa Sanou",)


def test_a_signature_after_the_text_is_read_when_nothing_is_above_it() -> None:
    body = f"<main><article><h1>Le titre</h1>{PARAGRAPHS}<p class='signature'>Rasmané OUÉDRAOGO"
    body += "</p></article></main>"
    assert read(body=body).authors == ("Rasmané Ouédraogo",)


def test_an_agency_line_under_an_unmarked_headline_credits_the_agency() -> None:
    head = "<title>Les urgences se préparent - Le Quotidien Jurassien</title>"
    body = "<table><tr><td><b>Les urgences se préparent</b></td></tr>"
    body += "<tr><td><font>ATS | Publié le 24.12.2016 à 10h12</font></td></tr>"
    body += f"<tr><td>{PARAGRAPHS}</td></tr></table>"
    meta = read(head, body)
    assert (meta.authors, meta.agencies, meta.date) == ((), ("ATS",), "2016-12-24")


def test_a_byline_line_with_a_date_under_an_unmarked_headline_gives_the_author() -> None:
    body = article("<h1>Le titre</h1><div class='meta'>Par Anne Roy | 3 mars 2024</div>")
    assert read(body=body).authors == ("Anne Roy",)


# Date.


def test_the_date_is_the_published_one_never_the_modified_one() -> None:
    data = {"@type": "NewsArticle", "dateModified": "2024-07-13T09:15:00+02:00"}
    data["datePublished"] = "2024-07-12T06:00:00+02:00"
    assert read(ld(data), PARAGRAPHS).date == "2024-07-12"


def test_article_published_time_gives_the_date() -> None:
    head = "<meta property='article:modified_time' content='2024-10-08T08:00:00+02:00'>"
    head += "<meta property='article:published_time' content='2024-10-07T17:48:00+02:00'>"
    assert read(head, PARAGRAPHS).date == "2024-10-07"


def test_a_time_marked_as_an_update_is_not_the_date() -> None:
    body = article(
        "<h1>Le titre</h1><p>Mis à jour le <time datetime='2024-03-09T10:00'>9 mars</time></p>"
        "<p>Publié le <time datetime='2024-03-08T07:15'>8 mars 2024</time></p>"
    )
    assert read(body=body).date == "2024-03-08"


@pytest.mark.parametrize(
    ("shown", "date"),
    [
        ("Publié le 24.12.2016 à 10h12", "2016-12-24"),
        ("Publié le 3 mars 2024", "2024-03-03"),
        ("publié le mardi 12 mars 2024 à 22h15min", "2024-03-12"),
        ("Publié: 17.08.2024, 07h30 Mis à jour: 18.08.2024, 12h15", "2024-08-17"),
        ("Mis en ligne le 12/07/2024 à 06:00", "2024-07-12"),
        ("Modifié le 4 mars 2024. Publié le 3 mars 2024 à 18 h 05", "2024-03-03"),
    ],
)
def test_a_published_date_the_page_shows_is_read(shown: str, date: str) -> None:
    assert read(body=article(f"<h1>Le titre</h1><p class='dates'>{shown}</p>")).date == date


def test_a_utc_time_the_page_shows_a_day_later_is_the_local_date() -> None:
    data = {"@type": "NewsArticle", "datePublished": "2024-03-07T23:30:00Z"}
    body = article("<h1>Le titre</h1><p>Publié le 8 mars 2024 à 00h30</p>")
    assert read(ld(data), body).date == "2024-03-08"


def test_a_date_in_the_address_is_the_date_when_the_page_shows_none() -> None:
    url = "https://www.lalibre.be/belgique/2024/10/07/greve-a-la-sncb/"
    assert read(body=PARAGRAPHS, url=url).date == "2024-10-07"


def test_no_date_is_taken_from_a_copyright_year_or_made_up() -> None:
    body = f"<div>{PARAGRAPHS}</div><footer>© 2024 Le Journal du Cameroun</footer>"
    assert read(body=body, url="https://x.cm/culture/ngondo").date is None


# Section.


def test_the_section_is_json_ld_article_section_or_its_first_item() -> None:
    assert read(ld({"@type": "NewsArticle", "articleSection": "Suisse"})).section == "Suisse"
    data = {"@type": "NewsArticle", "articleSection": ["Belgique", "Société"]}
    assert read(ld(data)).section == "Belgique"


def test_article_section_meta_gives_the_section() -> None:
    head = "<meta property='article:section' content='Vaud'>"
    assert read(head, PARAGRAPHS).section == "Vaud"


def test_the_breadcrumb_s_last_item_that_is_not_the_article_is_the_section() -> None:
    body = (
        "<nav class='breadcrumb'><ol><li><a href='/'>Accueil</a></li><li><a href='/monde'>Monde"
        "</a></li><li><a href='/monde/afrique'>Afrique</a></li><li>Le coton bio au Burkina</li>"
        "</ol></nav>" + article("<h1>Le coton bio au Burkina</h1>")
    )
    assert read(body=body).section == "Afrique"


def test_a_json_ld_breadcrumb_list_gives_the_section() -> None:
    items = [
        {"@type": "ListItem", "position": 2, "item": {"@id": "/culture", "name": "Culture"}},
        {"@type": "ListItem", "position": 1, "name": "Accueil", "item": "/"},
    ]
    assert read(ld({"@type": "BreadcrumbList", "itemListElement": items})).section == "Culture"


def test_a_plain_breadcrumb_of_links_gives_the_section() -> None:
    body = "<font><a href='/'>Accueil</a> &gt; <a href='/region/'>Région</a> &gt; "
    body += f"<a href='/region/jura/'>Jura</a></font><div>{PARAGRAPHS}</div>"
    assert read(body=body).section == "Jura"


def test_a_menu_of_links_is_no_breadcrumb() -> None:
    body = f"<div><a href='/contact'>Contact</a> | <a href='/legal'>Mentions</a></div>{PARAGRAPHS}"
    assert read(body=body).section is None


def test_a_section_label_above_the_headline_is_the_section_when_nothing_else_says() -> None:
    body = article("<span class='kicker'>POINT DE VUE</span><h1>Le titre de l’article</h1>")
    meta = read(body=body)
    assert (meta.section, meta.kicker) == ("Point de vue", "POINT DE VUE")


def test_a_genre_label_above_the_headline_is_not_the_section() -> None:
    body = article("<span class='r-genre'>Entretien</span><h1>Le titre de l’article</h1>")
    meta = read(body=body)
    assert (meta.section, meta.kicker) == (None, "Entretien")


# Standfirst.


@pytest.mark.parametrize(
    "lead",
    [
        "<p class='chapo'>{}</p>",
        "<div class='field--name-field-chapo'><p>{}</p></div>",
        "<p class='article__intro'>{}</p>",
        "<p class='standfirst'>{}</p>",
        "<div class='lead'>{}</div>",
    ],
)
def test_a_distinct_lead_element_is_the_standfirst(lead: str) -> None:
    text = "Le Grand Conseil a adopté jeudi une loi qui impose aux propriétaires d’assainir."
    assert read(body=article("<h1>Le titre</h1>" + lead.format(text))).standfirst == text


def test_a_generic_site_description_is_no_standfirst() -> None:
    head = (
        "<meta name='description' content='Toute l’actualité belge et internationale en continu.'>"
    )
    assert read(head, article("<h1>Le titre</h1>")).standfirst is None


def test_the_description_shown_as_a_distinct_element_is_the_standfirst() -> None:
    text = "Nouveau calendrier, gratuité étendue: près de 900.000 élèves reprennent l’école."
    head = f"<meta name='description' content='{text}'>"
    body = article(f"<h1>Le titre</h1><div class='header-text'>{text}</div>")
    assert read(head, body).standfirst == text


def test_a_description_that_repeats_the_first_paragraph_is_no_standfirst() -> None:
    first = PARAGRAPHS.split("</p>")[0].removeprefix("<p>")
    head = f"<meta name='description' content='{first}'>"
    assert read(head, article("<h1>Le titre</h1>")).standfirst is None


def test_an_introduction_of_several_paragraphs_is_no_standfirst() -> None:
    intro = "<div class='intro'><p>Pendant une semaine, les communautés ont célébré le Ngondo.</p>"
    intro += "<p>Cette année, les organisateurs avaient misé sur la jeunesse et le chant.</p></div>"
    assert read(body=article("<h1>En images : le Ngondo</h1>" + intro)).standfirst is None


def test_a_teaser_s_summary_is_no_standfirst() -> None:
    card = "<article class='card'><h3>Autre sujet</h3><p class='summary'>Le canton subventionnera"
    card += " douze mille installations de pompes à chaleur.</p></article>"
    assert read(body=article("<h1>Le titre</h1>") + card).standfirst is None


# Address.


def test_the_canonical_link_is_the_url_made_absolute() -> None:
    head = "<link rel='canonical' href='/suisse/geneve/article-1'>"
    meta = read(head, PARAGRAPHS, url="https://www.letemps.ch/x?utm=1")
    assert meta.url == "https://www.letemps.ch/suisse/geneve/article-1"


def test_og_url_then_json_ld_give_the_url() -> None:
    head = "<meta property='og:url' content='https://x.ch/a'>"
    assert read(head, PARAGRAPHS).url == "https://x.ch/a"
    data = {"@type": "NewsArticle", "mainEntityOfPage": {"@id": "https://x.ch/b"}}
    assert read(ld(data), PARAGRAPHS).url == "https://x.ch/b"


def test_a_canonical_link_to_the_home_page_is_ignored() -> None:
    head = "<link rel='canonical' href='https://x.ch/'>"
    assert read(head, PARAGRAPHS, url="https://x.ch/a/b").url == "https://x.ch/a/b"


def test_the_address_a_browser_noted_when_saving_the_page_is_used() -> None:
    before = "<!-- saved from url=(0022)https://www.lqj.ch/a/b -->"
    assert read(body=PARAGRAPHS, before=before).url == "https://www.lqj.ch/a/b"


# JSON-LD in the shapes pages write it.


def test_json_ld_in_a_graph_with_a_typed_list_is_read() -> None:
    graph = {
        "@graph": [
            {"@type": "WebSite", "name": "24 heures"},
            {"@type": ["LiveBlogPosting"], "headline": "En direct", "articleBody": "Le texte."},
        ]
    }
    meta = read(ld(graph), PARAGRAPHS)
    assert (meta.title, meta.article_body, meta.publication) == (
        "En direct",
        "Le texte.",
        "24 heures",
    )


def test_sloppy_json_ld_is_still_read() -> None:
    script = '<script type=\'application/ld+json\'><!--\n{"@type": "NewsArticle",\n'
    script += '"headline": "Titre", "articleSection": "Monde",}\n--></script>'
    meta = read(script, PARAGRAPHS)
    assert (meta.title, meta.section) == ("Titre", "Monde")


def test_unreadable_json_ld_is_skipped() -> None:
    script = "<script type='application/ld+json'>{not json</script>"
    assert read(script, article("<h1>Le titre</h1>")).title == "Le titre"


# Later additions: dates in bylines, titles with an unknown site name, WordPress pages.


def test_a_date_written_in_the_byline_is_the_date() -> None:
    body = article(
        "<h1>Le titre</h1><div class='byline'>OLJ / Par Karim SAADÉ, le 20 juin 2024</div>"
    )
    meta = read(body=body)
    assert (meta.authors, meta.date) == (("Karim Saadé",), "2024-06-20")


def test_a_date_in_the_text_is_no_publication_date() -> None:
    body = f"<main><article><h1>Le titre</h1>{PARAGRAPHS}<p>Le vote aura lieu le 3 mars 2025.</p>"
    assert read(body=body + "</article></main>").date is None


def test_a_short_name_after_a_long_declared_title_is_removed() -> None:
    head = "<title>Le conseil communal adopte le budget 2025 - Journal de la Côte</title>"
    meta = read(head, f"<div>{PARAGRAPHS}</div>")
    assert (meta.title, meta.publication) == ("Le conseil communal adopte le budget 2025", None)


def test_a_yoast_graph_gives_section_publisher_and_date_and_no_rédaction_author() -> None:
    graph = [
        {
            "@type": "Article",
            "author": {"name": "Rédaction B24", "@id": "https://b24.com/#/person/1"},
            "headline": "Ouagadougou : le marché rouvre",
            "datePublished": "2024-03-12T10:12:00+00:00",
            "publisher": {"@id": "https://b24.com/#organization"},
            "articleSection": ["Actualité", "Société"],
        },
        {"@type": "Organization", "@id": "https://b24.com/#organization", "name": "Burkina 24"},
    ]
    body = article(
        "<h1 class='entry-title'>Ouagadougou : le marché rouvre</h1>"
        "<div class='td-post-author-name'>"
        "<div class='td-author-by'>Par</div> <a href='/author/b24/'>Rédaction B24</a></div>"
        "<time class='entry-date updated td-module-date' datetime='2024-03-12T10:12:00+00:00'>"
        "12 mars 2024</time>"
    )
    meta = read(ld({"@graph": graph}), body)
    assert (meta.publication, meta.section, meta.date) == ("Burkina 24", "Actualité", "2024-03-12")
    assert meta.authors == ()


def test_a_credit_written_as_adjacent_elements_keeps_the_name_apart_from_the_role() -> None:
    body = article(
        "<h1>Le titre</h1><div class='author'><a>Marie-Ève Tremblay</a><span>Journaliste"
        "</span></div>"
    )
    assert read(body=body).authors == ("Marie-Ève Tremblay",)


def test_a_date_shown_above_the_headline_is_the_date() -> None:
    body = article("<div class='kicker'>Politique | 12 mars 2024</div><h1>Le titre</h1>")
    assert read(body=body).date == "2024-03-12"


def test_a_date_in_an_element_marked_as_a_date_is_the_date() -> None:
    body = f"<main><article><h1>Le titre</h1>{PARAGRAPHS}<div class='article-date'>12.03.2024"
    assert read(body=body + "</div></article></main>").date == "2024-03-12"


def test_a_date_in_the_headline_is_not_the_date() -> None:
    body = article("<h1>Ce qui change le 1er janvier 2025</h1>")
    assert read(body=body).date is None


def test_a_badge_inside_the_headline_is_not_part_of_the_title() -> None:
    body = article("<h1><span class='premium-badge'>Abonnés</span> Le titre de l’article</h1>")
    assert read(body=body).title == "Le titre de l’article"


def test_a_two_digit_year_after_publié_le_is_this_century_s() -> None:
    body = article("<h1>Le titre</h1><p>Publié le 12/03/24 à 10h12</p>")
    assert read(body=body).date == "2024-03-12"


def test_credits_with_a_label_give_the_names() -> None:
    body = article(
        "<h1>Le titre</h1><div class='article-authors'>Sujet radio: Anne Roy; "
        "adaptation web: Paul Martin</div>"
    )
    assert read(body=body).authors == ("Anne Roy", "Paul Martin")


def test_a_closing_guillemet_is_no_separator_in_a_declared_title() -> None:
    head = "<title>Hélène Verhaegen : « Des étés à 40 degrés » - Le Soir</title>"
    head += "<meta property='og:site_name' content='Le Soir'>"
    assert (
        read(head, f"<div>{PARAGRAPHS}</div>").title
        == "Hélène Verhaegen : « Des étés à 40 degrés »"
    )


def test_a_second_article_saved_below_the_first_lends_it_nothing() -> None:
    first = "<article><h1>Le premier titre</h1><div class='byline'>Par Anne Roy</div>"
    first += f"<p>Publié le 3 mars 2024</p>{PARAGRAPHS}</article>"
    second = "<article><h2>Le second titre</h2><div class='byline'>Par Paul Martin</div>"
    second += f"<p>Publié le 4 mars 2024</p>{PARAGRAPHS * 3}</article>"
    head = "<meta property='og:title' content='Le premier titre'>"
    meta = read(head, f"<main>{first}{second}</main>")
    assert (meta.title, meta.authors, meta.date) == (
        "Le premier titre",
        ("Anne Roy",),
        "2024-03-03",
    )


def test_the_json_ld_article_is_the_one_whose_headline_is_the_page_s_title() -> None:
    related = {"@type": "NewsArticle", "headline": "Autre sujet", "datePublished": "2023-01-05"}
    own = {"@type": "NewsArticle", "headline": "Le vrai titre", "datePublished": "2024-03-03"}
    head = ld([related, own]) + "<title>Le vrai titre | Le Temps</title>"
    assert read(head, PARAGRAPHS).date == "2024-03-03"


def test_a_dateline_ending_with_par_and_a_name_gives_the_author() -> None:
    body = article(
        "<h1>Le titre</h1><div class='entry-meta'>Publié le 12 mars 2024 par "
        "<a href='/u/anne'>Anne Roy</a></div>"
    )
    meta = read(body=body)
    assert (meta.authors, meta.date) == (("Anne Roy",), "2024-03-12")


def test_a_joomla_created_by_line_is_a_byline() -> None:
    body = article("<h1>Le titre</h1><dl><dd class='createdby'>Écrit par Anne Roy</dd></dl>")
    assert read(body=body).authors == ("Anne Roy",)


def test_a_declared_site_name_with_a_service_s_suffix_is_the_publisher_s_name() -> None:
    head = "<meta property='og:site_name' content='RTBF Actus'>"
    head += ld({"@type": "NewsArticle", "headline": "T", "publisher": {"name": "RTBF"}})
    assert read(head, PARAGRAPHS).publication == "RTBF"


def test_the_page_type_is_what_og_type_says() -> None:
    assert read("<meta property='og:type' content='website'>", PARAGRAPHS).page_type == "website"
    assert read(body=PARAGRAPHS).page_type is None


def test_the_masthead_s_date_of_the_day_is_not_the_date() -> None:
    body = "<header class='site'><p class='header__date'>Lundi 18 novembre 2024</p></header>"
    body += f"<div class='contenu'><div class='titre'>Le titre</div>{PARAGRAPHS}</div>"
    assert read("<title>Le titre - Le Soir</title>", body).date is None


def test_teasers_on_a_home_page_lend_no_standfirst_author_or_date() -> None:
    teaser = "<article class='r-teaser'><a href='/1'><p class='r-teaser__kicker'>Fédéral</p>"
    teaser += "<h3>Budget fédéral : les négociateurs trouvent un premier accord</h3><p class="
    teaser += "'r-teaser__excerpt'>Après des semaines de blocage, un texte commun est sur la table"
    teaser += " des présidents de parti.</p><span class='r-teaser__author'>Sandrine Vanhove</span>"
    teaser += "<time datetime='2024-11-18'>18 novembre</time></a></article>"
    meta = read("<meta property='og:type' content='website'>", f"<main>{teaser * 3}</main>")
    assert (meta.standfirst, meta.authors, meta.date) == (None, (), None)


def test_microdata_author_names_count_when_nothing_is_shown() -> None:
    body = article(
        "<h1>Le titre</h1><div itemprop='author' itemscope><meta itemprop='name' "
        "content='Anne Roy'></div>"
    )
    assert read(body=body).authors == ("Anne Roy",)


def test_a_breadcrumb_item_naming_the_site_is_no_section() -> None:
    body = "<nav aria-label='Fil d’Ariane'><a href='https://x.ch/'>Le Temps</a> › <span>Le "
    body += "titre de l’article</span></nav>" + article("<h1>Le titre de l’article</h1>")
    head = "<meta property='og:site_name' content='Le Temps'>"
    assert read(head, body).section is None


def test_a_reader_comment_s_date_is_not_the_date() -> None:
    body = f"<div class='texte'><div class='titre'>Le titre</div>{PARAGRAPHS}</div>"
    body += "<div class='forum'><p>Publié le 12 mars 2024 à 23:02 par Le Sage</p></div>"
    assert read("<title>Le titre - Lefaso.net</title>", body).date is None


# Held-out pages: author cards, app state, table pages, bylines inside the text.


def test_author_cards_with_the_organisation_written_against_the_name_give_each_name() -> None:
    card = "<div class='AuthorCard_root'><a class='AuthorCard_name'>{}</a>"
    card += "<span class='AuthorCard_org'>{}</span></div>"
    cards = card.format("Marie-Ève Dumont", "Journal de Montréal")
    cards += card.format("Jonathan Tremblay", "Bureau d’enquête")
    meta = read(body=article(f"<h1>Le titre</h1><div class='Header_authors'>{cards}</div>"))
    assert meta.authors == ("Marie-Ève Dumont", "Jonathan Tremblay")
    assert meta.raw_authors == (
        "Marie-Ève Dumont | Journal de Montréal | Jonathan Tremblay | Bureau d’enquête",
    )


def test_names_written_against_each_other_by_css_only_are_kept_apart() -> None:
    body = article("<h1>Le titre</h1><p class='byline'><a>Anne Roy</a><span>Le Devoir</span></p>")
    assert read(body=body).authors == ("Anne Roy",)


def test_the_app_state_of_a_next_js_page_gives_the_authors_when_nothing_else_does() -> None:
    state = {"props": {"pageProps": {"article": {"headline": "Le titre de l’article"}}}}
    state["props"]["pageProps"]["article"]["authors"] = [
        {"name": "Marie-Ève Dumont", "organization": "Journal de Montréal"},
        {"name": "Jonathan Tremblay"},
    ]
    other = {"title": "Un autre article", "authors": [{"name": "Paul Martin"}]}
    script = "<script id='__NEXT_DATA__' type='application/json'>{}</script>"
    body = article("<h1>Le titre de l’article</h1>") + script.format(json.dumps([other, state]))
    assert read(body=body).authors == ("Marie-Ève Dumont", "Jonathan Tremblay")


TABLE_PAGE = (
    "<table><tr><td><a href='index.php'><img alt='L’Observateur - Le doyen des quotidiens'>"
    "</a></td></tr><tr><td><a href='/'>ACCUEIL</a> | <a href='/r/eco'>ECONOMIE</a> | "
    "<a href='/contact'>CONTACT</a></td></tr><tr><td><font>Rubrique : <a href='/r/eco'>"
    "Economie</a></font></td></tr><tr><td><font size='5'><b>Le prix du sésame chute</b></font>"
    "</td></tr><tr><td><font>Au marché de Koudougou, ce samedi 9 mars 2024, les sacs de sésame"
    " s’entassent sous les hangars et les acheteurs se font rares, disent les producteurs.<br>"
    "<br>{text}<br><br>{signature}</font></td></tr>"
    "<tr><td><font>© L’Observateur Paalga - 01 BP 1022 Ouagadougou - Tous droits réservés"
    "</font></td></tr></table>"
)
TEXT = " ".join(["Une phrase du texte de l’article, avec des faits et des chiffres."] * 8)
SIGNATURE = "<div align='right'><b>Issa K. SAWADOGO</b><br>Correspondant</div>"


def test_an_old_table_page_gives_publication_section_and_signature_but_no_text_date() -> None:
    body = TABLE_PAGE.format(text=TEXT, signature=SIGNATURE)
    meta = read("<title>L’Observateur Paalga - Le prix du sésame chute</title>", body)
    assert (meta.title, meta.publication) == ("Le prix du sésame chute", "L’Observateur Paalga")
    assert (meta.section, meta.date) == ("Economie", None)
    assert (meta.authors, meta.byline_text) == (
        ("Issa K. Sawadogo",),
        "Issa K. SAWADOGO | Correspondant",  # the signature's lines apart
    )


def test_the_copyright_line_of_an_unmarked_footer_gives_the_publication() -> None:
    body = TABLE_PAGE.format(text=TEXT, signature="")
    assert read(body=body).publication == "L’Observateur Paalga"


def test_a_photo_credit_is_no_publication() -> None:
    body = "<figure><img><figcaption>© Jean Dupont, tous droits réservés</figcaption></figure>"
    assert read(body=body + PARAGRAPHS).publication is None


@pytest.mark.parametrize(
    "closing",
    [
        "<p>Issa Sawadogo</p>",  # not set apart: a name alone may end a text
        "<p><b>Issa Sawadogo a été entendu par les juges.</b></p>",
        "<p><b>Issa Sawadogo</b></p>Et le texte continue encore après lui.",
    ],
)
def test_a_closing_line_is_a_signature_only_in_a_signature_s_form(closing: str) -> None:
    meta = read(body=f"<main><article><h1>Le titre</h1>{PARAGRAPHS}{closing}</article></main>")
    assert (meta.authors, meta.byline_text) == ((), None)


def test_an_opening_par_paragraph_names_the_writer_the_header_credits_as_the_site() -> None:
    head = "<meta property='og:site_name' content='Walf'>"
    head += ld({"@type": "Article", "author": {"name": "Walf Quotidien"}})
    byline = "<p><strong>Par Moussa Diop, envoyé spécial à Kédougou</strong></p>"
    body = article(
        "<h1>Le titre</h1><span class='meta-author'><a class='author-name'>Walf Quotidien</a>"
        f"</span><div class='entry-content'>{byline}{PARAGRAPHS}</div>"
    )
    meta = read(head, body)
    assert (meta.authors, meta.publication) == (("Moussa Diop",), "Walf")
    assert meta.byline_text == "Par Moussa Diop, envoyé spécial à Kédougou"


def test_an_opening_paragraph_with_par_ailleurs_is_text_not_a_byline() -> None:
    body = article(f"<h1>Le titre</h1><div><p>Par ailleurs, Jean Dupont a parlé.</p>{PARAGRAPHS}")
    meta = read(body=body + "</div>")
    assert (meta.authors, meta.byline_text) == ((), None)


def test_a_byline_of_its_own_above_the_text_is_no_byline_text() -> None:
    meta = read(body=article("<h1>Le titre</h1><div class='byline'>Par Anne Roy</div>"))
    assert (meta.authors, meta.byline_text) == (("Anne Roy",), None)


def test_a_menu_of_sections_between_bars_is_no_breadcrumb() -> None:
    body = "<div><a href='/'>Accueil</a> | <a href='/politique'>Politique</a> | "
    body += f"<a href='/contact'>Contact</a></div><div>{PARAGRAPHS}</div>"
    assert read(body=body).section is None


def test_a_par_line_after_the_first_lines_of_text_is_no_opening_byline() -> None:
    body = f"<main><article><h1>Le titre</h1><div><br>{TEXT}<br><b>Par Moussa Diop</b><br>"
    meta = read(body=body + f"{TEXT}</div></article></main>")
    assert meta.byline_text is None


def test_a_first_and_a_last_name_written_against_each_other_are_one_name() -> None:
    body = article("<h1>Le titre</h1><span class='author'><span>Anne</span><span>ROY</span></span>")
    assert read(body=body).authors == ("Anne Roy",)


@pytest.mark.parametrize(
    "closing",
    [
        "<p style='text-align: right;'>Jean-Baptiste OUÉDRAOGO</p>",
        "<p><strong>Jean-Baptiste Ouédraogo</strong><br>Envoyé spécial à Bobo-Dioulasso</p>",
        "<p><strong>Jean-Baptiste Ouédraogo, à Bobo-Dioulasso</strong></p>",
    ],
)
def test_a_signature_closing_the_text_names_the_author(closing: str) -> None:
    body = f"<main><article><h1>Le titre</h1><div>{PARAGRAPHS}{closing}</div></article></main>"
    assert read(body=body).authors == ("Jean-Baptiste Ouédraogo",)


def test_a_date_the_first_paragraph_mentions_is_no_publication_date() -> None:
    first = "<p>Au marché de Koudougou, ce samedi 9 mars 2024, les sacs de sésame s’entassent sous "
    first += "les hangars, et les acheteurs, eux, se font rares depuis des semaines.</p>"
    body = f"<main><article><h1>Le titre</h1><div>{first}{PARAGRAPHS}</div></article></main>"
    assert read(body=body).date is None
