"""Guards from a review of the holdout57–59 rounds' rules (a helper tried to break them on
ordinary pages and copies): each test states what the first version of a rule got wrong. A
trade opening a headline (`Poète et slameur, Name …`) is no role line; a round-up's headings
(`Lille – Lens : 2-1`) stay subheads; a bold name after a colon, a quotation or an unfinished
line is no signature; a module's titled `<h2>` is no headline when og:title names the
article; a text's own `Vous pouvez …` over a newsletter's field stays; a reporting method
(`… grâce aux états financiers …`) is no funding note; a photographer under the author's
place line is not credited."""

from __future__ import annotations

from test_webbody import P1, P2, P3, P4, TITLE, ingest, page, paragraphs, texts
from test_webcopy_families import PARA_1, PARA_2, PARA_3, TOP
from test_webcopy_families import ingest as ingest_copy
from test_webcopy_families import texts as copy_texts

DATE = "Publié le 12 mars 2026 à 08h15"
LONG = (f"{P1} {P2}", f"{P3} {P4}")


def test_a_trade_opening_a_headline_is_no_role_line() -> None:
    headline = "Poète et slameur, Grand Corps Malade remplit l’Olympia"
    copy = f"{TOP}\nCulture\n\n{headline}\n\nPar Hélène Vidal\n\n{DATE}\n\n{PARA_1}\n\n{PARA_2}\n"
    _, meta, _ = ingest_copy(f"{copy}\n{PARA_3}\n")
    assert (meta["title"], meta["section"]) == (headline, "Culture")


def test_a_round_ups_score_headings_stay_subheads() -> None:
    body = f"<p>{P1}</p><h3>Lille – Lens : 2-1</h3><p>{P2} {P3}</p><h3>Nantes – Rennes : 0-0</h3>"
    found = texts(page(f"{body}<p>{P4}</p>"))
    assert [text for kind, text in found if kind == "subhead"] == [
        "Lille – Lens : 2-1",
        "Nantes – Rennes : 0-0",
    ]


def test_a_bold_name_after_a_colon_or_an_open_line_is_no_signature() -> None:
    for line in ("Commissaire : ", "Le prix du public a été décerné à<br />"):
        body = f"<p>{P1} {P2}<br />\n{P3} {P4}<br />\n{line}<strong>Anne Lemoine</strong></p>"
        assert ingest(page(body)).meta["author"] is None


def test_a_modules_titled_h2_is_no_headline_when_og_title_names_the_article() -> None:
    article = "Saint-Rémy : des éleveurs en colère bloquent la laiterie"
    shown = "Les producteurs de lait bloquent la laiterie de Saint-Rémy"
    body = (
        '<h1 class="logo"><a href="/"><img src="/logo.gif" alt="Le Quotidien"></a></h1>'
        '<div class="moduletable"><h2 class="module-title">Les plus lus de la semaine</h2><ul>'
        '<li><a href="/a">Un incendie ravage un entrepôt</a></li></ul></div>'
        f'<div class="article"><div class="titre">{shown}</div>{paragraphs(*LONG)}</div>'
    )
    html = page(body, head=f'<meta property="og:title" content="{article}">', wrap=False)
    html = html.replace(f"<title>{TITLE} | Le Jour</title>", "<title>Le Quotidien</title>")
    assert ingest(html).meta["title"] == article


def test_the_texts_own_call_over_a_newsletters_field_stays() -> None:
    call = "Vous pouvez déposer votre projet jusqu’au 30 avril sur le site de la mairie."
    form = "Votre adresse mail\nJe m’inscris"
    copy = f"{TOP}\nRoche-Blanche rénove sa halle\nPar Hélène Vidal\n{DATE}\n{PARA_1}\n{PARA_2}\n"
    _, _, blocks = ingest_copy(f"{copy}{PARA_3}\n{call}\n{form}\n")
    assert call in copy_texts(blocks)


def test_a_reporting_method_is_no_funding_note() -> None:
    method = (
        "Cette enquête a été réalisée grâce aux états financiers de la coopérative, obtenus "
        "par notre rédaction."
    )
    copy = f"{TOP}\nRoche-Blanche rénove sa halle\n\nPar Hélène Vidal\n\n{DATE}\n\n{PARA_1}\n\n"
    _, _, blocks = ingest_copy(f"{copy}{PARA_2}\n\n{method}\n\n{PARA_3}\n")
    assert method in copy_texts(blocks)


def test_a_photographer_under_the_authors_place_line_is_not_credited() -> None:
    credits = "Isabelle Fortier\nà Québec\n\nFrancis Vachon\nLe Devoir\n\n11 mars 2026"
    copy = f"Le Devoir\nMenu\n\nQuébec veut plafonner les loyers à 4,5 %\n\n{credits}\n\n"
    _, meta, _ = ingest_copy(f"{copy}{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n")
    assert meta["author"] == "Isabelle Fortier"
