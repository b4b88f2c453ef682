"""Saved pages: the ways real sites vary the same field, each read as the reader sees it.

Each test is one class of variation, in invented markup: a site name with its slogan, a
machine date in UTC beside the local one shown, badges beside a section label, a breadcrumb
ending on no link, `Écrit par` bylines, affiliations after names, source lines and signatures
naming an agency, leads beside photos and author cards, calls to subscribe without a heading,
and a meter's notice under a whole text.
"""

from __future__ import annotations

import json

from lxml import html as lxml_html

from visavis.ingest.webcheck import INCOMPLETE
from visavis.ingest.webmeta import PageMeta, read_page_meta
from visavis.ingest.webpage import parse_webpage

TITLE = "Les maraîchers de la plaine changent de saison"
PARAGRAPHS = "".join(
    f"<p>Paragraphe {n} du reportage, assez long pour être pris pour du texte suivi, avec des "
    f"phrases complètes et des faits rapportés par la journaliste dans les serres.</p>"
    for n in range(1, 5)
)


def page(body: str, head: str = "", after: str = "") -> str:
    """A saved page: `body` in its article, above the text; `after` below the article."""
    return (
        f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>{head}</head><body>"
        f"<main><article>{body}<div class='article-body'>{PARAGRAPHS}</div></article>"
        f"{after}</main></body></html>"
    )


def read(body: str, head: str = "", after: str = "") -> PageMeta:
    """The metadata of the page."""
    return read_page_meta(lxml_html.document_fromstring(page(body, head, after)), None)


def ld(data: object) -> str:
    """A JSON-LD script holding data."""
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


# Site name.


def test_a_site_name_with_its_slogan_gives_way_to_the_short_form_of_the_logo() -> None:
    head = "<meta property='og:site_name' content='Le Courrier vert, le journal du climat'>"
    logo = "<div class='entete'><a rel='start home' href='https://vert.example/'>"
    logo += "<img src='logo.svg' alt='Le Courrier vert'></a></div>"
    html = page(f"<h1>{TITLE}</h1>", head).replace("<main>", logo + "<main>")
    assert read_page_meta(lxml_html.document_fromstring(html), None).publication == (
        "Le Courrier vert"
    )


def test_a_site_name_with_its_slogan_gives_way_to_the_footer_s_copyright_line() -> None:
    head = "<meta property='og:site_name' content='Le Courrier vert, le journal du climat'>"
    footer = (
        "<div class='footer'><p>© 2026 Le Courrier vert. Contenus sous licence libre.</p></div>"
    )
    assert read(f"<h1>{TITLE}</h1>", head, footer).publication == "Le Courrier vert"


def test_a_site_name_the_page_uses_nowhere_shorter_stays_whole() -> None:
    head = "<meta property='og:site_name' content='Le Courrier vert, le journal du climat'>"
    assert read(f"<h1>{TITLE}</h1>", head).publication == "Le Courrier vert, le journal du climat"


# Date.


def test_a_utc_machine_date_gives_way_to_the_local_date_its_element_shows() -> None:
    head = "<meta property='article:published_time' content='2026-10-23T02:10:00Z'>"
    shown = "<time datetime='2026-10-23T02:10:00Z'>22 octobre 2026 à 22 h 10</time>"
    assert read(f"<h1>{TITLE}</h1>{shown}", head).date == "2026-10-22"


def test_a_utc_instant_alone_stays_as_it_is() -> None:
    head = "<meta property='article:published_time' content='2026-10-23T02:10:00Z'>"
    shown = "<time datetime='2026-10-23T02:10:00Z'>22 h 10</time>"
    assert read(f"<h1>{TITLE}</h1>{shown}", head).date == "2026-10-23"


def test_a_machine_date_with_a_local_offset_wins_over_the_text_beside_it() -> None:
    shown = "<time datetime='2026-10-22T22:10:00-04:00'>Publié le 22 octobre 2026</time>"
    assert read(f"<h1>{TITLE}</h1>{shown}").date == "2026-10-22"


# Section.


def test_a_badge_beside_the_section_label_is_not_part_of_the_section() -> None:
    label = (
        "<div class='etiquettes'><span><a href='/tag/terroir/'>Terroir</a></span>"
        "<span class='vedette'><svg viewBox='0 0 1 1'></svg> Grand format</span></div>"
    )
    assert read(f"{label}<h1>{TITLE}</h1>").section == "Terroir"


def test_the_last_breadcrumb_item_that_is_no_link_is_the_section() -> None:
    trail = (
        "<div class='fil-ariane'><a href='/'>Accueil</a> › <a href='/actu'>Actualité</a> › "
        "<span>Régions</span></div>"
    )
    assert read(f"{trail}<h1>{TITLE}</h1>").section == "Régions"


def test_a_breadcrumb_ending_on_the_headline_cut_short_names_the_link_before() -> None:
    trail = (
        "<nav class='breadcrumbs'><a href='/'>Accueil</a> › <a href='/terroir'>Terroir</a> › "
        "<span>Les maraîchers de la plaine</span></nav>"
    )
    assert read(f"{trail}<h1>{TITLE}</h1>").section == "Terroir"


# Credits.


def test_an_ecrit_par_line_under_the_headline_is_the_byline() -> None:
    for lead_in in ("Écrit par", "Rédigé par"):
        line = f"<table><tr><td><span class='petit'>{lead_in} Awa Traoré</span></td></tr></table>"
        assert read(f"<h1>{TITLE}</h1>{line}").authors == ("Awa Traoré",)


def test_an_affiliation_after_an_author_s_role_is_not_an_author() -> None:
    byline = (
        "<ul class='authors'><li class='author'><a rel='author' href='/p/1'>Lina Morel</a>"
        "<span class='role'>Chercheuse en agronomie, Université de Lorraine</span></li>"
        "<li class='author'><a rel='author' href='/p/2'>Hugo Vidal</a>"
        "<span class='role'>Ingénieur, Institut Agro Dijon</span></li></ul>"
    )
    assert read(f"<h1>{TITLE}</h1>{byline}").authors == ("Lina Morel", "Hugo Vidal")


def test_a_source_line_beside_a_newsroom_byline_names_the_agency() -> None:
    meta = "<div><span class='auteur'>Rédaction web</span><span class='source'>Source : ATS</span>"
    meta = read(f"<h1>{TITLE}</h1>{meta}</div>")
    assert (meta.authors, meta.agencies) == ((), ("ATS",))


def test_a_closing_signature_with_an_agency_names_it_beside_the_header_s_author() -> None:
    lines = "<br>".join(
        f"Ligne {n} du texte, assez longue pour être une phrase complète de l’article suivi."
        for n in range(1, 8)
    )
    html = (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'></head><body><div>"
        f"<h1>{TITLE}</h1><p class='auteur'>Par Nadia Bensalem</p><div>{lines}</div>"
        "<p style='text-align: right'><strong>N. B. avec APS</strong></p></div></body></html>"
    )
    meta = read_page_meta(lxml_html.document_fromstring(html), None)
    assert (meta.authors, meta.agencies) == (("Nadia Bensalem",), ("APS",))


# Standfirst.


def test_a_sub_headline_is_the_lead_and_a_lead_photo_s_caption_is_not() -> None:
    lead = "Les serres chauffées cèdent la place aux cultures d’hiver, moins gourmandes en énergie."
    photo = (
        "<div class='Article-lead'><figure><img src='serre.jpg' alt=''><figcaption>"
        "Une serre de la plaine, au petit matin. © Photo Agence</figcaption></figure></div>"
    )
    body = f"<h1>{TITLE}</h1><div class='Article-subHeadline'><p>{lead}</p></div>{photo}"
    assert read(body).standfirst == lead
    assert read(f"<h1>{TITLE}</h1>{photo}").standfirst is None


def test_an_author_s_card_is_not_the_lead() -> None:
    card = (
        "<div class='desc'><div class='auteur-nom vcard author'><a href='/auteur/ak'>Awa KONÉ</a>"
        "</div><div>Journaliste, elle couvre l’économie et la vie municipale de la ville.</div>"
        "</div>"
    )
    assert read(f"<h1>{TITLE}</h1>{card}").standfirst is None


# Boxes.


def test_a_call_to_subscribe_without_a_heading_goes_with_its_icon_and_the_text_stays() -> None:
    call = (
        "<div class='carte encart'><div class='icone'>✉️</div><div class='encart-texte'><b>La "
        "lettre Terroir</b><span> – Chaque mardi, l’essentiel de l’actualité des marchés de la "
        "région. </span><a href='/newsletters'><span>Je m’inscris</span></a></div></div>"
    )
    html = page(f"<h1>{TITLE}</h1>").replace(PARAGRAPHS, PARAGRAPHS[:-4] + f"</p>{call}<p>Fin.</p>")
    lines = [line for block in parse_webpage(html, "page.html").blocks for line in block.lines]
    assert [line[:11] for line in lines[-2:]] == ["Paragraphe ", "Fin."]  # nor its icon


def test_a_short_text_that_ends_with_a_link_to_subscribe_but_says_no_call_stays() -> None:
    text = "<div>Le marché ouvre à sept heures. <a href='/abonnement'>Abonnement</a></div>"
    html = page(f"<h1>{TITLE}</h1>").replace("</div></article>", f"{text}</div></article>")
    lines = [line for block in parse_webpage(html, "page.html").blocks for line in block.lines]
    assert any("Le marché ouvre à sept heures." in line for line in lines)


def test_a_meter_notice_under_a_whole_text_is_no_paywall_but_a_spent_meter_is() -> None:
    def warnings(notice: str) -> list[str]:
        box = f"<div class='paywall-teaser'><p>{notice} <a href='/abo'>Abonnez-vous</a></p></div>"
        html = page(f"<h1>{TITLE}</h1>").replace("</article>", f"{box}</article>")
        return parse_webpage(html, "page.html").warnings

    assert INCOMPLETE not in warnings("Il vous reste 2 articles gratuits ce mois-ci.")
    assert INCOMPLETE in warnings("Il vous reste 0 article gratuit ce mois-ci.")
    assert INCOMPLETE in warnings("La suite de cet article est réservée à nos abonnés.")
