"""Saved pages, the families of the holdout9 round: a subhead worded like an offer
(`appels d’offres`), an audio player's box inside the text, a byline run into its dates, and
a site named by its address beside its publisher's full name. Each is stated on a small
invented page read through the real ingest."""

from __future__ import annotations

import json

import pytest
from test_webbody import P1, P2, P3, TITLE, ingest, page, texts

from visavis.ingest.copybanners import is_banner


@pytest.mark.parametrize(
    "subhead",
    ["Des appels d’offres infructueux", "Un sondage inquiétant", "Le soutien de l’État"],
)
def test_a_subhead_naming_what_banners_ask_for_stays_a_subhead(subhead: str) -> None:
    assert not is_banner(subhead)
    html = page(f"<p>{P1}</p><h2>{subhead}</h2><p>{P2}</p>")
    assert texts(html) == [("paragraph", P1), ("subhead", subhead), ("paragraph", P2)]


@pytest.mark.parametrize("banner", ["Newsletter", "Sondage", "Faire un don", "Nos offres"])
def test_a_short_call_to_subscribe_answer_or_give_is_still_a_banner(banner: str) -> None:
    assert is_banner(banner)


def test_an_audio_players_box_in_the_text_is_dropped_whatever_its_class() -> None:
    player = (
        '<div class="m-em-sound"><span class="m-em-sound__program">Reportage Afrique</span>'
        '<span class="m-em-sound__title">Sénégal : à Kayar, la pêche en sursis</span>'
        '<span class="m-em-sound__duration">02:31</span><audio preload="none" '
        'src="https://example.org/ra.mp3"></audio></div>'
    )
    html = page(f"<p>{P1}</p>{player}<p>{P2}</p><p>{P3}</p>")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2), ("paragraph", P3)]


def test_a_paragraph_beside_a_video_stays() -> None:
    long = f"{P2} {P3} {P1}"
    html = page(f'<p>{P1}</p><div class="media"><video src="v.mp4"></video><p>{long}</p></div>')
    assert ("paragraph", long) in texts(html)


def test_a_byline_run_into_its_dates_is_no_paragraph() -> None:
    signature = (
        '<div class="articleSignature">Par Nathalie PERRIN - <time datetime="2026-11-11">Le '
        "11/11/2026 à 19:05</time>, mis à jour le 12/11/2026 à 08:10</div>"
    )
    html = page(f"{signature}<p>{P1}</p><p>{P2}</p>")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2)]


def test_a_paragraph_naming_its_agent_and_date_after_par_is_no_byline() -> None:
    text = "Par Emmanuel Roux, le 3 mars 2026, la loi sur l’énergie a été promulguée au canton."
    html = page(f"<p>{text}</p><p>{P2}</p>")
    assert texts(html)[0] == ("paragraph", text)


def test_a_paragraph_opening_on_par_is_no_byline() -> None:
    text = "Par 24 voix contre 19, le Grand Conseil a renvoyé le 12/11/2026 le projet au Conseil."
    html = page(f"<p>{text}</p><p>{P2}</p>")
    assert texts(html)[0] == ("paragraph", text)


def test_a_site_named_by_its_address_takes_its_publishers_full_name() -> None:
    publisher = {"@type": "NewsMediaOrganization", "name": "La Gazette Belgique"}
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE}
    head = (
        '<meta property="og:site_name" content="La Gazette.be">'
        f'<script type="application/ld+json">{json.dumps({**ld, "publisher": publisher})}'
        "</script>"
    )
    html = page(f"<p>{P1}</p><p>{P2}</p>", head)
    assert ingest(html).meta["publication"] == "La Gazette Belgique"


def test_a_site_named_by_its_address_is_its_brand_as_the_title_names_it() -> None:
    head = '<meta property="og:site_name" content="Le Jour.fr">'  # the title: `… | Le Jour`
    html = page(f"<p>{P1}</p><p>{P2}</p>", head)
    assert ingest(html).meta["publication"] == "Le Jour"
