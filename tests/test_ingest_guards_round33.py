"""Guards on the rules of the holdout53–54 round, from a review that tried to break them:
what each must leave alone on ordinary pages. Text copies and small saved pages, read through
the real ingest; no word lost unseen."""

from __future__ import annotations

from test_webbody import P1, P2, P3, P4, TITLE, ingest, page, paragraphs, texts
from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP
from test_webcopy_families import ingest as ingest_copy
from test_webcopy_families import texts as copy_texts
from test_webpage_round25 import named_page

CREDITS = "Par Hélène Vidal\nPublié le 24 novembre 2025 à 17h12"
LONG = (f"{P1} {P2}", f"{P3} {P4}")


def test_a_facts_subhead_in_the_text_heads_its_short_paragraphs() -> None:
    facts = (
        "Les faits\nEntre 2019 et 2023, l'accusé aurait démarché une trentaine de retraités.\n"
        "Il leur proposait de réparer des toitures qui n'avaient aucun défaut.\n"
    )
    copy = f"{TOP}{HEADLINE}\n{CREDITS}\n{PARA_1}\n{facts}{PARA_2}\n{PARA_3}\n"
    _, _, blocks = ingest_copy(copy)
    assert copy_texts(blocks, "subhead") == ["Les faits"]
    assert "Il leur proposait de réparer des toitures qui n'avaient aucun défaut." in " ".join(
        copy_texts(blocks)
    )


def test_a_recap_close_to_a_longer_paragraph_is_no_pull_quote() -> None:
    lead = (
        "Le procureur a requis contre lui dix-huit mois de prison avec sursis, et une "
        "interdiction d'exercer. Le jugement sera rendu le 15 décembre."
    )
    recap = "Le procureur a requis dix-huit mois avec sursis."
    copy = f"{TOP}\n{HEADLINE}\n\n{CREDITS}\n\n{lead}\n\n{recap}\n\n{PARA_2}\n\n{PARA_3}\n"
    _, _, blocks = ingest_copy(copy)
    assert copy_texts(blocks, "quote") == []
    assert recap in copy_texts(blocks)


def test_a_photographer_under_the_signature_is_no_author() -> None:
    top = f"{TOP}\n{HEADLINE}\nPar L’Écho des Collines\n24 novembre 2025\n"
    signed = "Fidèle YAMEOGO\nAli OUEDRAOGO, photographe\n"
    _, meta, _ = ingest_copy(f"{top}{PARA_1}\n{PARA_2}\n{PARA_3}\n{signed}Partager\n")
    assert meta["author"] == "Fidèle Yameogo"


def test_a_question_to_readers_in_the_text_over_a_quoted_call_is_text() -> None:
    asked = "Vous avez plus de 70 ans et vivez seul?"
    told = (
        "La mairie tient un registre des personnes isolées. «Appelez-nous ou passez à "
        "l'accueil, nous vous rappellerons», explique l'adjointe Monique Duval."
    )
    copy = f"{TOP}\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{asked}\n\n{told}\n\n{PARA_2}\n"
    _, _, blocks = ingest_copy(copy)
    assert told in copy_texts(blocks)


def test_a_column_headlined_as_a_site_page_keeps_its_headline() -> None:
    headline = "Qui sommes-nous?"
    _, meta, _ = ingest_copy(f"{TOP}\nChronique\n{headline}\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n")
    assert meta["title"] == headline


def sidebar_page(sidebar: str) -> str:
    """An undated article beside a sidebar of dated recent posts."""
    return page(
        f'<div class="site"><main class="content"><article><h1>{TITLE}</h1>'
        f"{paragraphs(*LONG)}</article></main>{sidebar}</div>",
        wrap=False,
    )


def test_a_sidebar_named_by_its_place_dates_nothing() -> None:
    sidebar = (
        '<div id="secondary" class="sidebar-right"><h3>Récents</h3><ul><li><a href="/a">'
        "Un autre article</a> <span>19 novembre 2026</span></li></ul></div>"
    )
    assert ingest(sidebar_page(sidebar)).meta.get("date") is None


def test_a_sidebar_holding_the_sites_h1_gives_no_standfirst() -> None:
    sidebar = (
        '<div class="sidebar"><h1 class="site-title">Le Jour</h1><p class="site-description">'
        "L’actualité romande au quotidien</p></div>"
    )
    result = ingest(sidebar_page(sidebar))
    assert result.meta.get("standfirst") is None
    assert result.meta["title"] == TITLE


def test_a_last_line_announcing_more_and_a_news_subhead_are_kept() -> None:
    html = page(
        f"<p>{LONG[0]}</p><h2>Dernières nouvelles de l’enquête</h2><p>{LONG[1]}</p>"
        "<p>Plus d’infos à venir.</p>"
    )
    assert texts(html) == [
        ("paragraph", LONG[0]),
        ("subhead", "Dernières nouvelles de l’enquête"),
        ("paragraph", LONG[1]),
        ("paragraph", "Plus d’infos à venir."),
    ]


def test_a_subhead_over_a_timed_programme_is_kept() -> None:
    programme = "<ul><li>10h00 Ouverture du marché</li><li>14h30 Concert de la fanfare</li></ul>"
    html = page(f"<p>{LONG[0]}</p><h2>Le programme de samedi</h2>{programme}<p>{LONG[1]}</p>")
    assert ("subhead", "Le programme de samedi") in texts(html)


def test_an_address_ending_is_no_clipped_word() -> None:
    html = named_page("Watson", "Watson.ch", "Watson.ch", "© 2026 Watson.ch")
    assert ingest(html).meta["publication"] == "Watson"


def test_a_closing_acronym_with_points_is_text() -> None:
    html = page(f"<p>{LONG[0]}</p><p>{LONG[1]}</p><p>C.Q.F.D.</p>")
    assert texts(html)[-1] == ("paragraph", "C.Q.F.D.")


def test_a_date_line_with_the_writers_name_dates_the_copy() -> None:
    copy = f"{TOP}\n{HEADLINE}\n12 mars 2024 Marie Dubois\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n"
    _, meta, _ = ingest_copy(copy)
    assert meta["title"] == HEADLINE
    assert str(meta["date"]) == "2024-03-12"


def test_an_item_named_like_an_ad_stays_in_its_list() -> None:
    items = (
        "Sous la halle, la mairie prévoit d'accueillir :\n- Boulangerie\n- Pub\n- Épicerie fine\n"
    )
    copy = f"{TOP}\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{items}\n{PARA_2}\n"
    _, _, blocks = ingest_copy(copy)
    assert "Pub" in " ".join(copy_texts(blocks, "list"))


def test_an_acronym_closing_a_sentence_announced_by_a_colon_is_text() -> None:
    ending = "Le maire a résumé son sentiment en deux lettres :"
    copy = f"{TOP}\n{HEADLINE}\n\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n\n{ending}\n\nO.K.\n"
    _, _, blocks = ingest_copy(copy)
    assert copy_texts(blocks)[-1] == "O.K."


def test_a_verdict_in_a_review_box_is_text() -> None:
    verdict = (
        "Un film de procès magistral, porté par une actrice au sommet de son art et par une mise "
        "en scène qui ne lâche jamais le spectateur."
    )
    box = f'<div class="review-box"><h3>Notre verdict</h3><p>{verdict}</p></div>'
    assert ("paragraph", verdict) in texts(page(paragraphs(*LONG) + box))


def test_tags_in_a_meta_lists_item_are_chrome() -> None:
    meta = (
        '<ul class="entry-info"><li><a href="/tag/inondations">Inondations</a> '
        '<a href="/tag/castres">Castres</a> <a href="/tag/tarn">Tarn</a></li></ul>'
    )
    assert texts(page(paragraphs(*LONG) + meta)) == [("paragraph", text) for text in LONG]


def test_a_quotation_broken_by_lone_breaks_stays_one_paragraph() -> None:
    quotation = (
        "« Nous avons trouvé un accord qui protège les locataires sans décourager ceux qui "
        "construisent, et nous savions que ce serait difficile d'avance.<br>Personne n'obtient "
        "tout ce qu'il voulait, mais c'est précisément ce qu'on appelle un compromis politique »"
        ", a déclaré la conseillère d'État."
    )
    html = page(f"<p>{LONG[0]}</p><p>{quotation}<br><br><b>Jean Dupont</b><br>Correspondant</p>")
    quoted = [text for _, text in texts(html) if text.startswith("« Nous avons")]
    assert len(quoted) == 1 and "compromis politique" in quoted[0]
