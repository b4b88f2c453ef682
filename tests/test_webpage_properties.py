"""No word lost: generated saved pages keep every word of their article, in order, and none of
their chrome.

Pages are made of French-like paragraphs, subheads, lists, block quotations, tables of data and
`<br><br>`-split runs, with inline markup (`<em>`, `<a>`, `<span>`, `<sub>`) and entities, in
one of several page layouts (a named article body, `main`, anonymous divs), wrapped in chrome:
menus, share bars, "Lire aussi" boxes, ads, a cookie banner, a newsletter box and a footer. The
chrome's vocabulary is apart from the article's, so a chrome word in the body is a leak.
"""

from __future__ import annotations

import html
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from visavis.ingest.core import ingest_page

_VOCABULARY = (
    "maison rivière conseil commune projet budget école quartier hiver récolte marché "
    "village habitants travaux route pont forêt lac élève famille santé hôpital médecin "
    "loyer énergie chaleur réforme député gouvernement canton région semaine année mois "
    "matin soir rapport décision accord prix étude chiffre hausse baisse débat vote dossier "
    "équipe service réseau usine emploi salaire impôt trafic gare train vélo pluie neige "
    "orage été automne printemps nouvelle grande petite ancienne publique locale longue "
    "rapide difficile importante simple ouvre ferme attend présente annonce prévoit explique "
    "confirme reste devient montre compte déjà encore toujours aussi bien moins plus très "
    "souvent enfin ensuite depuis pendant le la les un une des du au aux et ou mais donc car "
    "avec sans sous sur pour dans entre vers"
)
ARTICLE_WORDS = tuple(_VOCABULARY.split())
CHROME_WORDS = {
    "accueil", "rubriques", "facebook", "twitter", "whatsapp", "partager", "copier", "lien",
    "cookies", "consentement", "newsletter", "inscrivez", "courriel", "publicité", "mentions",
    "légales", "contact", "copyright", "connexion", "abonnez", "titres", "populaires",
}  # fmt: skip
TITLE = "Le grand projet de la commune"

word = st.sampled_from(ARTICLE_WORDS)


@st.composite
def sentence(draw: st.DrawFn, low: int = 6, high: int = 16) -> str:
    """A sentence of article words, capitalised, ending with a full stop."""
    found = draw(st.lists(word, min_size=low, max_size=high))
    opening = draw(st.sampled_from(["", "", "", "", "— ", "« ", "1. ", "- ", "# "]))
    closing = "»." if opening == "« " else draw(st.sampled_from([".", ".", "?", " !", "…"]))
    return opening + found[0].capitalize() + " " + " ".join(found[1:]) + closing


@st.composite
def paragraph_text(draw: st.DrawFn) -> str:
    """One to three sentences: at least twelve words, prose."""
    return " ".join(draw(st.lists(sentence(12, 18), min_size=1, max_size=3)))


def marked_up(draw: st.DrawFn, text: str) -> str:
    """The text as HTML: some words in inline elements, some letters as entities."""
    out = []
    for token in text.split(" "):
        token = html.escape(token, quote=False)
        choice = draw(st.integers(0, 12))
        if choice == 0:
            token = f"<em>{token}</em>"
        elif choice == 1:
            token = f'<a href="/sujet">{token}</a>'
        elif choice == 2:
            token = f'<span class="mot">{token}</span>'
        elif choice == 3:
            token = token.replace("é", "&eacute;").replace("è", "&#232;")
        out.append(token)
    return draw(st.sampled_from([" ", "\n", "&nbsp;"])).join(out)


@st.composite
def article_block(draw: st.DrawFn) -> tuple[str, list[str]]:
    """One block of the article: its HTML and the texts it holds (their words in order)."""
    kind = draw(st.sampled_from(["p", "p", "p", "h2", "list", "quote", "table", "br"]))
    if kind == "h2":
        text = " ".join(draw(st.lists(word, min_size=2, max_size=5))).capitalize()
        text += draw(st.sampled_from(["", "", "", " C#", " ?", " :"]))
        return f"<h2>{html.escape(text)}</h2>", [text]
    if kind == "list":
        items = draw(st.lists(sentence(3, 8), min_size=2, max_size=4))
        return "<ul>" + "".join(f"<li>{marked_up(draw, i)}</li>" for i in items) + "</ul>", items
    if kind == "quote":
        texts = draw(st.lists(paragraph_text(), min_size=1, max_size=2))
        inner = "".join(f"<p>{marked_up(draw, t)}</p>" for t in texts)
        return f"<blockquote>{inner}</blockquote>", texts
    if kind == "table":
        rows = draw(st.lists(st.lists(word, min_size=2, max_size=3), min_size=2, max_size=4))
        cells = ["".join(f"<td>{w}</td>" for w in row) for row in rows]
        return "<table>" + "".join(f"<tr>{c}</tr>" for c in cells) + "</table>", [
            " ".join(row) for row in rows
        ]
    if kind == "br":
        texts = draw(st.lists(paragraph_text(), min_size=2, max_size=3))
        return "<div>" + "<br><br>".join(marked_up(draw, t) for t in texts) + "</div>", texts
    text = draw(paragraph_text())
    return f"<p>{marked_up(draw, text)}</p>", [text]


CHROME_INSIDE = [
    '<div class="ad-slot"><span>Publicité</span></div>',
    '<ul class="share-buttons"><li><a href="#">Partager Facebook</a></li><li><a>Twitter</a>'
    "</li><li><button>Copier le lien</button></li></ul>",
    '<div class="related-inline"><p>Lire aussi</p><ul><li><a href="/a">Titres populaires'
    "</a></li></ul></div>",
    '<aside class="lire-aussi"><a href="/b">Abonnez Titres</a></aside>',
    '<figure><img src="photo.jpg"><figcaption>Copyright Connexion <span class="credit">'
    "Copyright</span></figcaption></figure>",
    '<blockquote class="twitter-tweet"><p>Twitter whatsapp twitter.</p>&mdash; Twitter '
    '<a href="https://twitter.com/x/status/1">Twitter</a></blockquote>',
]
CHROME_AROUND = {
    "cookies": '<div id="cookie-banner"><p>Cookies consentement cookies consentement cookies '
    "consentement cookies consentement cookies consentement cookies.</p>"
    "<button>Accueil</button></div>",
    "nav": '<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/r">Rubriques</a>'
    "</li></ul></nav></header>",
    "newsletter": '<section class="newsletter-box"><h2>Newsletter</h2><p>Inscrivez courriel '
    "newsletter.</p><form><input></form></section>",
    "footer": "<footer><p>Mentions légales · Contact · Copyright Connexion</p></footer>",
    "sidebar": '<aside class="sidebar"><h2>Titres populaires</h2><ol><li><a href="/p">Titres'
    "</a></li></ol></aside>",
}
LAYOUTS = {
    "named": '<article><header><h1>{title}</h1></header><div class="article-body">{body}</div>'
    "</article>",
    "main": "<main><h1>{title}</h1>{body}</main>",
    "divs": '<div id="page"><div class="titre">{title}</div><div class="col">{body}</div></div>',
}


@st.composite
def pages(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A saved page and the texts of its article, in order."""
    first = draw(paragraph_text())
    blocks = [(f"<p>{marked_up(draw, first)}</p>", [first])]
    blocks += draw(st.lists(article_block(), min_size=2, max_size=8))
    last = draw(paragraph_text())  # an article ends with its text, not with a heading
    blocks.append((f"<p>{marked_up(draw, last)}</p>", [last]))
    parts = []
    for markup, _texts in blocks:
        parts.append(markup)
        if draw(st.integers(0, 4)) == 0:
            parts.append(draw(st.sampled_from(CHROME_INSIDE)))
    layout = LAYOUTS[draw(st.sampled_from(sorted(LAYOUTS)))]
    article = layout.format(title=TITLE, body="".join(parts))
    around = draw(st.lists(st.sampled_from(sorted(CHROME_AROUND)), unique=True))
    before = "".join(CHROME_AROUND[name] for name in around if name in ("cookies", "nav"))
    after = "".join(CHROME_AROUND[name] for name in around if name not in ("cookies", "nav"))
    texts = [text for _markup, texts in blocks for text in texts]
    head = f'<meta charset="utf-8"><title>{TITLE}</title>'
    if draw(st.booleans()):  # the page's JSON-LD, with the article's text
        data = {"@type": "NewsArticle", "headline": TITLE, "articleBody": "\n".join(texts)}
        head += f'<script type="application/ld+json">{json.dumps(data)}</script>'
    page = f'<!DOCTYPE html><html lang="fr"><head>{head}</head><body>{before}{article}{after}'
    return page + "</body></html>", texts


def words(text: str) -> list[str]:
    """Casefolded words."""
    return re.findall(r"[^\W_]+", text.casefold())


def in_order(needle: list[str], haystack: list[str]) -> bool:
    """Whether needle's words appear in haystack in the same order (gaps allowed)."""
    found = iter(haystack)
    return all(item in found for item in needle)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_every_article_word_is_kept_in_order_and_no_chrome_word(
    case: tuple[str, list[str]],
) -> None:
    page, texts = case
    result = ingest_page(page.encode("utf-8"), "page.html")
    assert not any("articleBody" in warning for warning in result.warnings)
    body = [w for block in result.blocks for line in block.lines for w in words(line)]
    expected = [w for text in texts for w in words(text)]
    assert in_order(expected, body), "an article word is lost or out of order"
    leaked = sorted(set(body) & CHROME_WORDS)
    assert not leaked, f"chrome in the body: {leaked}"
