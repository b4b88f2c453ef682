"""Saved pages, the families of the holdout10 round: a quotation set apart that a paragraph
repeats is a pull quote whatever its markup, `Plus sur le sujet` heads a link, a player drawn
by a script is chrome, a signature over the site's address, a SPIP footer (`#pied`), and a
site named by its address or spelled otherwise in its `<title>`. Each is stated on a small
invented page read through the real ingest."""

from __future__ import annotations

import json

from test_webbody import P1, P2, P3, TITLE, ingest, page, texts

QUOTE = "« Le Grand Conseil a adopté la nouvelle loi sur l’énergie »"
SAID = f"{P2} « Le Grand Conseil a adopté la nouvelle loi sur l’énergie », résume un député."


def test_a_blockquote_that_a_paragraph_beside_it_repeats_is_a_pull_quote() -> None:
    html = page(f'<p>{P1}</p><blockquote class="r-quote"><p>{QUOTE}</p></blockquote><p>{SAID}</p>')
    assert texts(html) == [("paragraph", P1), ("quote", QUOTE), ("paragraph", SAID)]


def test_a_block_quotation_said_once_stays_the_texts_paragraph() -> None:
    letter = "« Nous demandons au canton de suspendre la loi jusqu’à la fin de l’hiver »"
    html = page(f"<p>{P1}</p><blockquote><p>{letter}</p></blockquote><p>{P2}</p>")
    assert texts(html) == [("paragraph", P1), ("paragraph", letter), ("paragraph", P2)]


def test_a_link_under_plus_sur_le_sujet_is_dropped() -> None:
    teaser = (
        '<div class="Box_root"><span>Plus sur le sujet</span><a href="/x">Énergie : '
        "le canton prépare un plan d’économies</a></div>"
    )
    html = page(f"<p>{P1}</p>{teaser}<p>{P2}</p><p>{P3}</p>")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2), ("paragraph", P3)]


def test_a_player_drawn_by_a_script_is_dropped_with_its_title() -> None:
    player = (
        '<div class="video_block"><div class="video_player"><button>▶</button></div>'
        '<p class="video_title">Énergie : les images du débat au Grand Conseil</p>'
        '<span class="video_time">01:24</span></div>'
    )
    html = page(f"<p>{P1}</p>{player}<p>{P2}</p>")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2)]


def test_a_name_over_the_sites_address_closing_the_text_is_its_author() -> None:
    long_1, long_2 = f"{P1} {P2}", f"{P3} {P1}"  # paragraphs as long as an article's
    html = page(f"<p>{long_1}</p><p>{long_2}</p><p>Aïcha KABORÉ<br />Lejour.net</p>")
    result = ingest(html)
    assert result.meta["author"] == "Aïcha Kaboré"
    assert [block.kind for block in result.blocks] == ["paragraph", "paragraph"]


def test_a_spip_footer_names_the_site_as_its_title_suffix_does_in_other_casing() -> None:
    body = f"<p>{P1}</p><p>{P2}</p>"
    html = page(body).replace(f"{TITLE} | Le Jour", f"{TITLE} - leJour.net")
    html = html.replace(
        "</body>", '<div id="pied"><p>© Lejour.net 2003-2026 – Genève</p></div></body>'
    )
    assert ingest(html).meta["publication"] == "Lejour.net"


def test_a_site_named_by_its_address_takes_the_footers_name() -> None:
    ld = {"@type": "NewsArticle", "headline": TITLE, "publisher": {"name": "Le Jour du Canton"}}
    head = (
        '<meta property="og:site_name" content="Ljdc.info">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    html = page(f"<p>{P1}</p><p>{P2}</p>", head).replace("| Le Jour", "- Ljdc.info")
    html = html.replace(
        "</body>", "<footer><p>© 2026 Le Jour du Canton. Tous droits réservés.</p></footer></body>"
    )
    assert ingest(html).meta["publication"] == "Le Jour du Canton"


def test_a_signed_blockquote_that_a_paragraph_repeats_is_a_pull_quote_with_its_speaker() -> None:
    quote = (
        f'<blockquote class="wp-block-quote"><p>{QUOTE}</p><cite>Anne Roy, députée</cite>'
        "</blockquote>"
    )
    blocks = ingest(page(f"<p>{P1}</p><p>{SAID}</p>{quote}<p>{P3}</p>")).blocks
    pulls = [block for block in blocks if block.kind == "quote"]
    assert [" ".join(block.lines) for block in pulls] == [QUOTE]
    assert pulls[0].attribution == "Anne Roy, députée"


def test_a_signed_quotation_said_once_keeps_its_speaker_after_it() -> None:
    letter = "« Nous demandons au canton de suspendre la loi jusqu’à la fin de l’hiver »"
    quote = f"<blockquote><p>{letter}</p><cite>Le comité des locataires</cite></blockquote>"
    html = page(f"<p>{P1}</p>{quote}<p>{P2}</p>")
    assert ("paragraph", f"{letter} — Le comité des locataires") in texts(html)
