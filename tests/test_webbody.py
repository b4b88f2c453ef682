"""The body of a saved web page: each rule on a small page, read through the real ingest."""

from __future__ import annotations

import json
import time

import pytest

from visavis.errors import IngestError
from visavis.ingest.core import IngestResult, ingest_page
from visavis.ingest.webpage import parse_webpage
from visavis.model import Block

TITLE = "Le canton adopte sa loi sur l’énergie"
P1 = (
    "Le Grand Conseil a adopté jeudi soir la nouvelle loi sur l’énergie, après six heures de débat."
)
P2 = "Près de 9000 immeubles devront être assainis d’ici à 2031, selon l’Office cantonal."
P3 = "Les locataires redoutent des hausses de loyer, mais le Conseil d’Etat se veut rassurant."
P4 = "Un référendum n’est pas exclu, la Chambre immobilière se prononcera d’ici à la fin du mois."


def page(body: str, head: str = "", wrap: bool = True) -> str:
    """A saved article page: a headline in the article's header, `body` in its text."""
    if wrap:
        body = (
            f'<article><header><h1>{TITLE}</h1></header><div class="article-body">{body}</div>'
            "</article>"
        )
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{TITLE} | Le Jour'
        f"</title>{head}</head><body>{body}</body></html>"
    )


def ingest(html: str) -> IngestResult:
    """The page ingested as a seed named `page.html`."""
    return ingest_page(html.encode("utf-8"), "page.html")


def blocks(html: str) -> list[Block]:
    """The page's body blocks as the reader gives them (one line per paragraph)."""
    return parse_webpage(html, "page.html").blocks


def texts(html: str) -> list[tuple[str, str]]:
    """(kind, text) of each block, lines joined."""
    return [(block.kind, " | ".join(block.lines)) for block in blocks(html)]


def paragraphs(*texts_: str) -> str:
    """Each text in a `<p>`."""
    return "".join(f"<p>{text}</p>" for text in texts_)


def test_each_paragraph_is_one_block_of_one_line() -> None:
    html = page(f"<p>{P1} {P2}</p><p>{P3}</p>")
    assert texts(html) == [("paragraph", f"{P1} {P2}"), ("paragraph", P3)]
    assert ingest(html).blocks[0].lines == (P1, P2)  # assembly splits the sentences


def test_the_headline_is_not_a_subhead_but_headings_are() -> None:
    html = page(f"<h1>{TITLE}</h1><p>{P1}</p><h2>Un fonds de 300 millions</h2><p>{P2}</p>")
    html += ""
    found = texts(html)
    assert ("subhead", "Un fonds de 300 millions") in found
    assert all(TITLE not in text for _, text in found)
    reworded = page(f"<h1>Le canton adopte enfin sa loi sur l’énergie</h1><p>{P1}</p>")
    assert texts(reworded) == [("paragraph", P1)]
    h3 = page(f"<p>{P1}</p><h3>Les locataires</h3><p>{P2}</p><h4>Et ensuite</h4><p>{P3}</p>")
    assert [t for k, t in texts(h3) if k == "subhead"] == ["Les locataires", "Et ensuite"]


def test_inline_markup_and_entities_run_into_the_text() -> None:
    html = page(
        "<p>Le <em>Conseil</em> d&rsquo;<a href='/x'>Etat</a> a vot&eacute; la loi sur le "
        "CO<sub>2</sub>&nbsp;: <span class='x'>« oui »</span>, <b>non</b>.</p>"
    )
    assert texts(html) == [
        ("paragraph", "Le Conseil d’Etat a voté la loi sur le CO2 : « oui », non.")
    ]


@pytest.mark.parametrize(
    "markup",
    [
        '<aside class="pullquote"><p>{q}</p><p class="pullquote__author">{a}</p></aside>',
        '<figure class="wp-block-pullquote"><blockquote><p>{q}</p><cite>{a}</cite></blockquote>'
        "</figure>",
        '<blockquote class="exergue"><p>{q}</p><footer>— {a}</footer></blockquote>',
        '<figure class="pullquote"><blockquote>{q}</blockquote><figcaption>{a}</figcaption>'
        "</figure>",
    ],
)
def test_pull_quotes_are_quotes_with_their_attribution(markup: str) -> None:
    quote, who = "« Nous ne pouvons plus chauffer la rue »", "Pierre Monnier, député"
    html = page(f"<p>{P1}</p>" + markup.format(q=quote, a=who) + f"<p>{P2}</p>")
    found = blocks(html)
    assert found[1] == Block("quote", (quote,), who), found


def test_a_block_quotation_stays_paragraphs_of_the_text_with_its_signature() -> None:
    html = page(
        f"<p>{P1}</p><blockquote><p>Ma mère a 87 ans.</p><p>Elle n’a pas de téléphone.</p>"
        f"<p>— Lucie G., Chicoutimi</p></blockquote><p>{P2}</p>"
    )
    assert blocks(html)[1:3] == [
        Block("paragraph", ("Ma mère a 87 ans.",)),
        Block("paragraph", ("Elle n’a pas de téléphone. — Lucie G., Chicoutimi",)),
    ]


def test_lists_are_list_blocks_one_item_per_line() -> None:
    html = page(
        f"<p>{P1}</p><ul><li>un cours de néerlandais ;</li><li>des activités <b>manuelles</b>"
        "<ol><li>bois</li><li>métal</li></ol></li></ul><ol><li>Premier point.</li></ol>"
    )
    assert blocks(html)[1:] == [
        Block("list", ("un cours de néerlandais ;", "des activités manuelles", "bois", "métal")),
        Block("list", ("Premier point.",)),
    ]


def test_a_table_of_data_keeps_each_row_and_a_layout_table_its_paragraphs() -> None:
    data = (
        "<table><caption>Les cantons</caption><tr><th>Canton</th><th>Part</th></tr>"
        "<tr><td>Genève</td><td>45 %</td></tr><tr><td>Vaud</td><td>38 %</td></tr></table>"
    )
    html = page(f"<p>{P1}</p>{data}<p>{P2}</p>")
    assert blocks(html)[1:3] == [
        Block("paragraph", ("Les cantons",)),
        Block("list", ("Canton | Part", "Genève | 45 %", "Vaud | 38 %")),
    ]
    layout = page(f"<table><tr><td>{P1}</td></tr><tr><td><p>{P2}</p><p>{P3}</p></td></tr></table>")
    assert texts(layout) == [("paragraph", P1), ("paragraph", P2), ("paragraph", P3)]


def test_a_newline_between_inline_elements_is_a_space_not_a_break() -> None:
    html = page("<p><em>Premier point.</em>\n<em>1.</em>\n<b>Deuxième</b>\n<i>point.</i></p>")
    assert texts(html) == [("paragraph", "Premier point. 1. Deuxième point.")]


def test_br_splits_paragraphs_inside_one_container() -> None:
    doubled = page(f'<div class="texte">{P1}<br><br>{P2}<br />\n<br />{P3} suite<br>{P4}</div>')
    assert texts(doubled) == [
        ("paragraph", P1),
        ("paragraph", P2),
        ("paragraph", f"{P3} suite {P4}"),
    ]
    single = page(f"<p>{P1}<br>{P2}<br>et la suite de la phrase.</p>")
    assert texts(single) == [("paragraph", P1), ("paragraph", f"{P2} et la suite de la phrase.")]


def test_bold_line_between_breaks_is_a_subhead() -> None:
    html = page(f"<div>{P1}<br><br><strong>Des loyers qui font débat</strong><br><br>{P2}</div>")
    assert texts(html) == [
        ("paragraph", P1),
        ("subhead", "Des loyers qui font débat"),
        ("paragraph", P2),
    ]


def test_bold_questions_are_paragraphs_marked_by_the_interview_logic() -> None:
    questions = [f"Question numéro {n} sur le climat, est-ce grave ?" for n in range(3)]
    body = "".join(f"<p><strong>{q}</strong></p><p>{P1} {P2}</p>" for q in questions)
    result = ingest(page(body))
    marked = [b.lines for b in result.blocks if b.lines[0].startswith("__")]
    assert marked == [(f"__{q}__",) for q in questions]


def test_question_headings_of_an_interview_are_paragraphs() -> None:
    body = "".join(f"<h3>Que faudrait-il faire, selon vous, {n} ?</h3><p>{P1}</p>" for n in "ab")
    kinds = [kind for kind, _ in texts(page(body))]
    assert kinds == ["paragraph"] * 4
    assert texts(page(f"<h2>Pourquoi maintenant ?</h2><p>{P1}</p>"))[0][0] == "subhead"


def test_a_question_and_its_answer_split_by_br_are_two_paragraphs() -> None:
    html = page(f"<p><strong>Faut-il s’inquiéter ?</strong><br>{P1}</p><p>{P2}</p>")
    assert texts(html) == [
        ("paragraph", "Faut-il s’inquiéter ?"),
        ("paragraph", P1),
        ("paragraph", P2),
    ]


def test_text_that_reads_like_a_box_title_or_a_button_is_kept() -> None:
    html = page(f"<p>{P1}</p><h2>Réactions en chaîne</h2><p>Refuser, c’est perdre.</p><p>{P2}</p>")
    assert texts(html) == [
        ("paragraph", P1),
        ("subhead", "Réactions en chaîne"),
        ("paragraph", "Refuser, c’est perdre."),
        ("paragraph", P2),
    ]


def test_a_teaser_inside_the_text_is_dropped_but_a_heading_linking_inside_the_page_kept() -> None:
    teaser = '<div><a href="/autre"><h3>Un autre article</h3><p>Son chapeau.</p></a></div>'
    html = page(f"<p>{P1}</p>{teaser}<h2><a href='#suite'>La suite</a></h2><p>{P2}</p>")
    assert texts(html) == [("paragraph", P1), ("subhead", "La suite"), ("paragraph", P2)]


def test_text_that_markdown_would_misread_is_kept_as_paragraphs() -> None:
    dialogue = "« Tu viens ? » — Oui, j’arrive tout de suite."
    html = page(f"<p>{P1}</p><h2>Le langage C#</h2><blockquote><p>{dialogue}</p></blockquote>")
    assert [block.kind for block in ingest(html).blocks] == ["paragraph"] * 3


def test_an_article_body_in_two_parts_is_read_whole() -> None:
    html = page(
        f'<article><h1>{TITLE}</h1><div class="article-body">{paragraphs(P1, P2)}</div>'
        '<div class="ad-slot">Publicité</div><h2>La suite</h2>'
        f'<div class="article-body">{paragraphs(P3, P4)}</div></article>',
        wrap=False,
    )
    assert texts(html) == [
        ("paragraph", P1),
        ("paragraph", P2),
        ("subhead", "La suite"),
        ("paragraph", P3),
        ("paragraph", P4),
    ]


CHROME = {
    "caption": '<figure><img src="a.jpg"><figcaption>La façade <span class="credit">© Keystone'
    "</span></figcaption></figure>",
    "lire aussi": '<div class="related-inline"><p>Lire aussi</p><ul><li><a href="/a">Le budget'
    "</a></li></ul></div>",
    "label box": '<aside><p>À lire aussi :</p><ul><li><a href="/b">Les loyers</a></li></ul>'
    "</aside>",
    "label paragraph": '<p><strong>Lire aussi :</strong> <a href="/c">Le chauffage à distance</a>'
    "</p>",
    "newsletter": '<section class="newsletter-box"><h2>Notre newsletter</h2><p>Chaque jour à 6h'
    "</p><form><input type=email></form></section>",
    "share": '<ul class="share-buttons"><li><a href="#">Partager sur Facebook</a></li></ul>',
    "tweet": '<blockquote class="twitter-tweet"><p>Le trafic est rétabli.</p>&mdash; CFF '
    '<a href="https://twitter.com/x/status/1">17 août</a></blockquote>',
    "ad": '<div class="ad-slot"><span>Publicité</span></div><div>Publicité</div>',
    "comments": '<section id="comments"><p>Encore une loi payée par les locataires, comme'
    " toujours, disent-ils.</p></section>",
    "script": "<script>var tracking = 'Monsieur';</script><style>p{}</style><noscript>Activez"
    "</noscript>",
    "form": "<form><label>Votre nom</label><input></form>",
    "byline": "<p>Par Nathalie Perrenoud</p><p>Publié le 8 mars 2024 à 07h15</p>",
    "nav": "<nav><a href='/'>Accueil</a> › <a href='/suisse'>Suisse</a></nav>",
}


@pytest.mark.parametrize("name", sorted(CHROME))
def test_chrome_inside_the_article_is_dropped(name: str) -> None:
    html = page(f"<p>{P1}</p>{CHROME[name]}<p>{P2}</p>")
    assert texts(html) == [("paragraph", P1), ("paragraph", P2)]


def test_chrome_around_the_article_is_dropped() -> None:
    html = page(
        '<div id="cookie-banner"><p>Nous utilisons des cookies pour améliorer votre expérience '
        "de lecture et mesurer l’audience du site.</p></div><header><nav>Menu</nav></header>"
        f'<main><article><h1>{TITLE}</h1><div class="entry-content">{paragraphs(P1, P2)}</div>'
        '</article><aside class="sidebar"><h2>Les plus lus</h2></aside></main>'
        "<footer><p>© 2024 Le Jour SA. Tous droits réservés. Rue du Stand 42, 1204 Genève.</p>"
        "</footer>",
        wrap=False,
    )
    assert texts(html) == [("paragraph", P1), ("paragraph", P2)]


def test_headline_standfirst_byline_and_kicker_are_not_repeated() -> None:
    lead = "Le Grand Conseil a tranché : les propriétaires devront assainir leurs immeubles."
    html = page(
        f'<article><p>CHRONIQUE</p><a class="entry-category">Genève</a><h1>{TITLE}</h1>'
        f'<p class="chapo">{lead}'
        f'</p><p class="byline">Par <a>Nathalie Perrenoud</a>, à Genève</p>'
        f"<time>8 mars 2024</time>{paragraphs(P1, P2, P3, P4)}</article>",
        head=f'<meta name="description" content="{lead}">',
        wrap=False,
    )
    draft = parse_webpage(html, "page.html")
    assert [" ".join(block.lines) for block in draft.blocks] == [P1, P2, P3, P4]


def test_a_lead_the_page_marks_becomes_the_standfirst_when_none_is_known() -> None:
    lead = "Nouveau calendrier, gratuité étendue : près de 900.000 élèves reprennent l’école."
    draft = parse_webpage(page(f'<p class="article__intro">{lead}</p><p>{P1}</p>'), "page.html")
    assert draft.standfirst == lead
    assert [b.lines for b in draft.blocks] == [(P1,)]


def test_a_live_page_keeps_entries_and_drops_their_timestamps() -> None:
    entry = (
        '<section class="live-entry"><time datetime="2024-08-17T{t}">{h}</time><h3>{title}</h3>'
        '<p>{text}</p><div class="live-entry__share"><button>Partager</button></div></section>'
    )
    html = page(
        entry.format(t="12:15", h="12 h 15", title="Les assurances s’attendent au pire", text=P1)
        + "<section><time>11:02</time><p>11:02</p><p>"
        + P2
        + "</p></section>"
    )
    assert texts(html) == [
        ("subhead", "Les assurances s’attendent au pire"),
        ("paragraph", P1),
        ("paragraph", P2),
    ]


def test_an_article_without_a_container_is_read_between_its_paragraphs() -> None:
    cells = "".join(f'<tr><td class="texte">{p}</td></tr>' for p in (P1, P2))
    html = page(
        '<table><tr><td><a href="/">Accueil</a> &gt; <a href="/jura">Jura</a></td></tr>'
        f"<tr><td><b>{TITLE}</b></td></tr><tr><td>ATS | Publié le 24.12.2016 à 10h12</td></tr>"
        f"{cells}<tr><td><b>Pédiatrie sous pression</b></td></tr>"
        f'<tr><td class="texte">{P3}</td></tr><tr><td>Cet article a été lu 1532 fois | '
        '<a href="/p">Imprimer</a></td></tr><tr><td><b>Réagir à cet article</b></td></tr></table>',
        wrap=False,
    )
    assert texts(html) == [
        ("paragraph", P1),
        ("paragraph", P2),
        ("subhead", "Pédiatrie sous pression"),
        ("paragraph", P3),
    ]


def test_paragraphs_pushed_out_of_their_container_by_broken_markup_are_kept() -> None:
    html = page(
        f'<div class="col"><div class="article"><h1>{TITLE}</h1><div class="article-texte">'
        f"<p>{P1}<p>{P2}</div></div><div class='pub'>Publicité</div><p>{P3}<p>{P4}</div>",
        wrap=False,
    )
    assert texts(html) == [("paragraph", p) for p in (P1, P2, P3, P4)]


def test_malformed_html_is_still_read() -> None:
    html = (
        f"<html><body><div class='article-body'><p>{P1}<p><i><b>{P2}</i></b></p></p>"
        f"</div></div><li>{P3}"
    )
    assert texts(html)[:2] == [("paragraph", P1), ("paragraph", P2)]


@pytest.mark.parametrize("excerpt", ["", f"<p>{P1} {P2}</p>"])
def test_a_home_page_of_teasers_is_an_error_naming_it(excerpt: str) -> None:
    teasers = "".join(
        f'<article><a href="/{n}"><h3>Titre {n}</h3></a>{excerpt}</article>' for n in range(12)
    )
    html = page(f"<nav><a href='/'>Accueil</a></nav><main>{teasers}</main>", wrap=False)
    with pytest.raises(IngestError) as caught:
        ingest(html)
    assert caught.value.message == "no article text found in the page"
    assert str(caught.value).startswith("page.html: ")
    assert "home page" in str(caught.value)


def test_a_page_that_needs_javascript_is_an_error_that_says_so() -> None:
    html = page('<div id="root"></div><noscript>Activez JavaScript.</noscript>', wrap=False)
    with pytest.raises(IngestError, match="no text without JavaScript"):
        ingest(html)


def article_body_head(*texts_: str, free: bool = True) -> str:
    """JSON-LD whose articleBody holds these paragraphs."""
    data = {"@type": "NewsArticle", "headline": TITLE, "articleBody": "\n".join(texts_)}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_paragraph_of_article_body_missing_from_the_page_is_added_and_warned() -> None:
    html = page(paragraphs(P1, P2, P4), head=article_body_head(P1, P2, P3, P4))
    draft = parse_webpage(html, "page.html")
    assert [b.lines[0] for b in draft.blocks] == [P1, P2, P3, P4]
    assert (
        f"a paragraph of the page's articleBody is missing: {P3[:77]!r}"[:-1] in draft.warnings[0]
    )


def test_article_body_text_the_page_shows_elsewhere_is_not_added_but_warned() -> None:
    caption = "Les immeubles des années 1960, comme ici aux Pâquis, sont les plus mal isolés."
    figure = f'<figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure>'
    standfirst = "Le Grand Conseil a tranché jeudi, les propriétaires devront assainir."
    head = article_body_head(standfirst, P1, caption, P2, P3)
    head += f'<meta name="description" content="{standfirst}">'
    draft = parse_webpage(page(paragraphs(P1) + figure + paragraphs(P2, P3), head), "page.html")
    assert [b.lines[0] for b in draft.blocks] == [P1, P2, P3]
    assert draft.warnings == [f"a paragraph of the page's articleBody is missing: {caption!r}"]


def test_a_page_that_stops_short_is_warned_about() -> None:
    incomplete = "the page's text stops short (a paywall?): the article may be incomplete"
    paywall = (
        '<div class="paywall"><p>Cet article est réservé aux abonnés.</p><a>S’abonner</a></div>'
    )
    notice = "<p>Il vous reste 72 % de l’article à lire.</p>"
    for body in (paragraphs(P1, P2) + paywall, paragraphs(P1, P2) + notice):
        draft = parse_webpage(page(body), "page.html")
        assert incomplete in draft.warnings
        assert [b.lines[0] for b in draft.blocks] == [P1, P2]
    teaser = f'<meta property="og:description" content="{P1} {P2} {P3} {P4}">'
    assert incomplete in parse_webpage(page(paragraphs(P1), head=teaser), "page.html").warnings
    assert incomplete not in parse_webpage(page(paragraphs(P1, P2)), "page.html").warnings


def test_deep_nesting_does_not_crash() -> None:
    html = page("<div>" * 600 + f"<p>{P1}</p>" + "</div>" * 600 + paragraphs(P2, P3))
    assert ("paragraph", P2) in texts(html)


def test_a_20_mb_page_is_read_in_reasonable_time() -> None:
    data = json.dumps({"items": ["x" * 200] * 10_000})
    script = f"<script>var data = {data};</script>"
    menu = "".join(f"<li><a href='/r{n}'>Rubrique {n}</a></li>" for n in range(20_000))
    path = '<path d="M0"/>'
    icons = f"<svg>{path * 100_000}</svg>"
    article = paragraphs(*(f"{P1} ({n})" for n in range(300)))
    html = page(
        f"{script * 9}<nav><ul>{menu}</ul></nav>{icons}"
        f'<article><h1>{TITLE}</h1><div class="article-body">{article}</div></article>',
        wrap=False,
    )
    assert len(html) > 20_000_000
    start = time.perf_counter()
    result = ingest(html)
    assert time.perf_counter() - start < 30
    assert len(result.blocks) == 300


def test_a_ghost_alternative_blockquote_is_a_pull_quote() -> None:
    html = page(
        f'<p>{P1}</p><blockquote class="kg-blockquote-alt">Ce n’est plus de l’accueil</blockquote>'
        f"<p>{P2}</p>"
    )
    assert Block("quote", ("Ce n’est plus de l’accueil",)) in blocks(html)
