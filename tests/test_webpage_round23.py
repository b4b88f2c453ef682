"""Saved pages, the families of the holdout49/web round: a React page's boxes known only by
their `data-testid` (a video player); `Un texte de Name` over the text; the article's topics
(`Sujets` and their links), a box asking to report a mistake, a call to join the site's
WhatsApp channel; a microdata date in UTC beside the local day the page shows; a closing
signature over the editors' initials (`IT/ata`), and its role line; `<time>`s and a reading
time run into one line; a live page's closing notice; `6 déc. 2026` inside a sentence. Each
is stated on a small invented page read through the real ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, P4, TITLE, ingest, page, paragraphs, texts

from visavis.sentences import split_sentences

THREE = [("paragraph", P1), ("paragraph", P2), ("paragraph", P3)]
#: Two paragraphs long enough to be the text a page's reader looks for (a byline beside them).
LONG = (f"{P1} {P2}", f"{P3} {P4}")


def test_a_box_known_only_by_its_test_id_is_chrome() -> None:
    player = (
        '<div class="sc-iBkjds bHZbBv" data-testid="video-player"><button>▶</button>'
        "<p>La séance du Grand Conseil, jeudi soir.</p><p>Photo : Le Jour</p></div>"
    )
    assert texts(page(f"{paragraphs(P1)}{player}{paragraphs(P2, P3)}")) == THREE


def test_un_texte_de_over_the_text_is_a_byline_not_a_paragraph() -> None:
    header = '<div class="sc-jOrMOR"><span>Un texte de </span><a href="/p/1">Anne Roy</a></div>'
    html = page(f"{header}{paragraphs(*LONG)}")
    assert texts(html) == [("paragraph", text) for text in LONG]


def test_topics_an_error_report_and_a_whatsapp_call_are_chrome() -> None:
    topics = (
        '<div class="sc-x"><p>Sujets</p><a href="/s/energie">Énergie</a>'
        '<a href="/s/vaud">Vaud</a></div>'
    )
    report = (
        '<div class="sc-y"><p>Signaler une erreur</p>'
        "<p>Vous avez repéré une erreur? Écrivez-nous.</p></div>"
    )
    whatsapp = (
        '<div class="stream-item"><a href="https://whatsapp.com/channel/0029VaLeJour">'
        "<p>📢 Rejoignez la chaîne WhatsApp du Jour pour recevoir l’actualité</p></a></div>"
    )
    html = page(f"{paragraphs(P1)}{whatsapp}{paragraphs(P2, P3)}{topics}{report}")
    assert texts(html) == THREE


def test_a_utc_microdata_date_gives_way_to_the_local_day_the_page_shows() -> None:
    stamp = '<meta itemprop="datePublished" content="2026-12-04T22:00:00+00:00">'
    credit = "<p>Propos recueillis par Anne Roy, le 05 décembre 2026 à 00h00</p>"
    html = page(
        f'<article itemscope itemtype="https://schema.org/NewsArticle"><h1>{TITLE}</h1>{stamp}'
        f'{credit}<div class="article-body">{paragraphs(P1, P2, P3)}</div></article>',
        wrap=False,
    )
    assert str(ingest(html).meta["date"]) == "2026-12-05"


def test_a_signature_over_the_editors_initials_credits_the_author() -> None:
    signature = (
        '<p style="text-align: right;"><strong>Issa Ouédraogo</strong><br>Agence d’Information '
        'du Burkina</p><p style="text-align: right;">IO/ata</p>'
    )
    html = page(f"{paragraphs(*LONG)}{signature}")
    assert ingest(html).meta["author"] == "Issa Ouédraogo"
    assert texts(html) == [("paragraph", text) for text in LONG]


def test_a_signatures_role_under_its_name_is_not_a_paragraph() -> None:
    signature = "<p><strong>Mamadou DIOUF</strong><br>Économiste, enseignant-chercheur à l’UCAD</p>"
    html = page(f"{paragraphs(*LONG)}{signature}")
    assert ingest(html).meta["author"] == "Mamadou Diouf"
    assert texts(html) == [("paragraph", text) for text in LONG]


def test_times_and_a_reading_time_run_into_one_line_are_no_paragraph() -> None:
    info = (
        '<div class="fig-metas"><time datetime="2026-12-09T18:34:00+01:00">Publié le 9 décembre '
        '2026 à 18:34</time>, <time datetime="2026-12-10T10:02:00+01:00">mis à jour hier à '
        "10:02</time> <span>Lecture 3 min.</span></div>"
    )
    assert texts(page(f"{info}{paragraphs(P1, P2, P3)}")) == THREE


def test_a_live_pages_closing_notice_is_chrome() -> None:
    notice = (
        "<p>Ce direct est désormais terminé. Retrouvez la suite de nos informations dans nos "
        "prochains articles.</p>"
    )
    assert texts(page(f"{notice}{paragraphs(P1, P2, P3)}")) == THREE


def test_an_abbreviated_month_before_its_year_ends_no_sentence() -> None:
    dateline = "Ouahigouya, 6 déc. 2026 (AIB) – Les maraîchers constatent une baisse des eaux."
    assert split_sentences(dateline) == [dateline]
    assert split_sentences("Il est venu en déc. Puis il est parti.") == [
        "Il est venu en déc.",
        "Puis il est parti.",
    ]
