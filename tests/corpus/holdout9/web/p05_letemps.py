"""Page 05: Le Temps (Next.js), `__NEXT_DATA__`, pull quotes set as `blockquote`."""

from __future__ import annotations

import datetime

import chrome as c
from kit import Body, json_script, write

LT = "https://www.letemps.ch"
P = 'class="Paragraph_paragraph__k2Lm9"'


def pull(text: str, who: str) -> str:
    """Le Temps' pull quote: a blockquote with the speaker in a footer."""
    return (
        f'<blockquote class="PullQuote_pullquote__Zq81x"><p>{text}</p>'
        f'<footer class="PullQuote_author__a0Pq2">{who}</footer></blockquote>'
    )


def temps_body() -> Body:
    """The article: h2 subheads, two pull quotes, a 'Lire aussi' box; Swiss «» without spaces."""
    b = Body()
    b.p(
        "Au pied des coteaux de Châteauneuf, entre l’autoroute et le Rhône, les machines ont "
        "commencé à creuser ce qui sera, en 2029, la plus grande «batterie» thermique de Suisse "
        "romande. Le principe est simple: pendant l’été, la chaleur excédentaire de l’usine "
        "d’incinération voisine et de panneaux solaires thermiques sera stockée dans un bassin "
        "enterré, rempli d’eau et isolé, avant d’alimenter le chauffage à distance de la ville "
        "pendant l’hiver.",
        "Le projet, devisé à 94 millions de francs, a été approuvé à 61% par les Sédunois en "
        "juin. Il doit permettre de couvrir, à terme, les besoins en chauffage de quelque "
        "9000 logements sans recourir au gaz. «Aujourd’hui, nous brûlons encore du gaz pour "
        "passer les pointes de froid. Avec l’accumulateur, nous pourrons nous en passer la "
        "plupart des hivers», explique Patrick Zufferey, directeur des Services industriels de "
        "Sion.",
        attrs=P,
    )
    quote = "«Avec l’accumulateur, nous pourrons nous en passer la plupart des hivers»"
    b.pull(pull(quote, "Patrick Zufferey, directeur des Services industriels de Sion"), quote)
    b.head("Un modèle venu du Danemark", attrs='class="Heading_h2__p3Xc0"')
    b.p(
        "La technique n’est pas nouvelle. Le Danemark exploite depuis une quinzaine d’années "
        "des réservoirs de ce type, couplés à de vastes champs de capteurs solaires. En Suisse, "
        "seuls quelques projets pilotes de petite taille existent, notamment dans le canton de "
        "Berne. «Le Valais a un avantage: beaucoup de soleil en été et des besoins de chauffage "
        "importants en hiver», relève Anne-Sophie Délèze, chercheuse à la HES-SO Valais-Wallis, "
        "qui a accompagné les études préliminaires.",
        "Selon ses calculs, le bassin restituera environ 70% de l’énergie stockée, les pertes "
        "étant dues à la déperdition de chaleur au fil des mois. Un rendement jugé «très "
        "honorable» pour une installation de cette taille.",
        attrs=P,
    )
    b.chrome(
        '<aside class="ReadAlso_box__y7Ww1"><p class="ReadAlso_label__n1Bd3">Lire aussi</p>'
        '<a href="/economie/chauffage-a-distance-les-villes-romandes-accelerent">Chauffage à '
        "distance: les villes romandes accélèrent</a></aside>"
    )
    b.head("Des doutes sur la facture", attrs='class="Heading_h2__p3Xc0"')
    b.p(
        "Tout le monde n’est pas convaincu. Au Conseil général, une partie de la droite a voté "
        "contre le crédit, jugeant le risque financier trop élevé pour une ville de "
        "36 000 habitants. «On nous promet des économies sur trente ans, mais personne ne sait "
        "ce que coûtera l’énergie en 2040», objecte le conseiller général PLR Olivier Gillioz.",
        "Les Services industriels assurent que le prix du kilowattheure de chaleur ne devrait "
        "pas augmenter de plus de 4% pour les abonnés, et que la Confédération couvrira une "
        "partie de l’investissement au titre de son programme de soutien aux réseaux "
        "thermiques. Une demande de subvention de 18 millions de francs a été déposée en "
        "septembre.",
        attrs=P,
    )
    quote = "«Personne ne sait ce que coûtera l’énergie en 2040»"
    b.pull(pull(quote, "Olivier Gillioz, conseiller général PLR"), quote)
    b.chrome(c.ad("ad-inarticle-2", "Ad_slot__q8Rr1"))
    b.p(
        "Sur le chantier, le calendrier est serré. L’excavation doit être terminée avant "
        "l’hiver prochain, pour permettre la pose de l’isolation et de la couverture flottante "
        "en 2028. Les premiers essais de remplissage sont prévus au printemps 2029.",
        attrs=P,
    )
    return b


def next_data(body: Body, url: str, title: str) -> str:
    """Next.js page props: the whole article, body HTML included, and teasers."""
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": 1148203,
                    "title": title,
                    "url": url,
                    "section": {"name": "Suisse", "slug": "suisse"},
                    "theme": "Énergie",
                    "authors": [{"name": "Léa Rochat", "slug": "lea-rochat"}],
                    "publishedAt": "2026-11-09T17:22:00.000Z",
                    "body": body.html(),
                    "paywall": {"level": "free"},
                },
                "related": c.teasers(51, 36, f"{LT}/suisse"),
            },
            "__N_SSP": True,
        },
        "page": "/[section]/[slug]",
        "query": {"section": "suisse", "slug": url.rsplit("/", 1)[1]},
        "buildId": "kT3v9XbN2qLrW8yHs1aZe",
        "isFallback": False,
        "gssp": True,
    }
    return json_script(data, 'id="__NEXT_DATA__" type="application/json"')


def page_05_letemps() -> None:
    """Le Temps (Next.js): articleSection beats the kicker; og:title with ' | Le Temps'."""
    url = (
        f"{LT}/suisse/valais/a-sion-un-reservoir-geant-doit-stocker-la-chaleur-"
        "de-l-ete-pour-l-hiver"
    )
    title = "A Sion, un réservoir géant doit stocker la chaleur de l’été pour l’hiver"
    lead = (
        "Les Services industriels de Sion lancent la construction d’un accumulateur thermique "
        "de 180 000 mètres cubes. Une première en Suisse romande, saluée par les milieux de "
        "l’énergie, mais dont le coût inquiète"
    )
    body = temps_body()
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": lead,
        "articleSection": "Suisse",
        "keywords": ["Énergie", "Valais", "Sion", "Chauffage à distance"],
        "datePublished": "2026-11-09T17:22:00.000Z",
        "dateModified": "2026-11-10T06:40:00.000Z",
        "author": [{"@type": "Person", "name": "Léa Rochat", "url": f"{LT}/auteurs/lea-rochat"}],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Le Temps"},
        "isAccessibleForFree": True,
    }
    head = c.meta_tags([
        ("name", "description", lead),
        ("property", "og:site_name", "Le Temps"),
        ("property", "og:type", "article"),
        ("property", "og:title", f"{title} | Le Temps"),
        ("property", "og:url", url),
        ("property", "og:image", f"{LT}/_next/image?url=%2Fmedia%2Fsion.jpg&w=1200&q=75"),
        ("property", "article:published_time", "2026-11-09T17:22:00.000Z"),
        ("name", "twitter:title", f"{title} | Le Temps"),
        ("name", "next-head-count", "24"),
    ])  # fmt: skip
    chunks = "\n".join(
        f'<link rel="preload" href="/_next/static/chunks/{n:04d}-{h}.js" as="script">'
        for n, h in [(2741, "a1f3c9"), (5120, "0be72d"), (8803, "c4d9e1"), (931, "7f02aa")]
    )
    nav = c.menu(
        54,
        "Header_nav",
        LT,
        [
            "Monde",
            "Suisse",
            "Économie",
            "Opinions",
            "Culture",
            "Sciences",
            "Sport",
            "Société",
            "Cyber",
        ],
    )
    foot = c.footer(
        56,
        "Footer_footer",
        LT,
        "Le Temps SA",
        ["Le Temps", "Abonnements", "Services", "Newsletters", "Suivez-nous"],
    )
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width"/>
<title>{title} - Le Temps</title>
{head}
<link rel="canonical" href="{url}"/>
{chunks}
<style data-n-css="">{c.css(52, "Layout", 300)}</style>
{json_script(ld)}
</head><body><div id="__next">
{c.icons(53)}
<header class="Header_header__r4Tt0"><a class="Header_logo__e9Hh2" href="/">Le Temps</a>
{nav}
<a class="Header_subscribe__u2Kk7" href="/abonnements">S’abonner</a></header>
<main class="Article_main__p0Ox1"><article class="Article_article__w3Ee4">
<a class="Article_theme__j6Gg1" href="/themes/energie">Énergie</a>
<h1 class="Article_title__m8Nn2">{title}</h1>
<p class="Article_lead__b5Vv3">{lead}</p>
<div class="Byline_byline__s1Qq9"><a class="Byline_author__h7Yy0" href="/auteurs/lea-rochat">Léa
Rochat</a>
<p class="Byline_date__f2Dd5">Publié le 09.11.2026 à 18:22 · Modifié le 10.11.2026 à 07:40</p></div>
{c.share_bar("Share_bar__c0Cc8", url)}
<figure class="Media_figure__x9Xx1"><img
src="/_next/image?url=%2Fmedia%2Fsion-accumulateur.jpg&amp;w=1200&amp;q=75" alt=""/>
<figcaption>Le chantier de l’accumulateur thermique, à Châteauneuf, le 6 novembre 2026. © Sabine
Papilloud/Le Temps</figcaption></figure>
<div class="Article_body__x3F2a">
{body.html()}
</div>
<div class="Newsletter_box__t4Tt6"><p>Chaque soir, l’essentiel de l’actualité suisse et
internationale.</p><button>Je m’inscris</button></div>
</article>
{c.teaser_list(c.teasers(55, 12, f"{LT}/suisse"), "Related_list", "Sur le même sujet")}
</main>
{foot}
</div>
{next_data(body, url, title)}
<script>{c.minified_js(57, 15000)}</script>
</body></html>
"""
    expected = {
        "title": title,
        "publication": "Le Temps",
        "author": "Léa Rochat",
        "section": "Suisse",
        "date": datetime.date(2026, 11, 9),
        "standfirst": lead,
        "source_url": url,
        "notes": (
            "Le Temps (Next.js): __NEXT_DATA__ holds the body HTML again; two pull quotes set "
            "as blockquote.PullQuote with the speaker in a footer (pull quotes, not a block "
            "quotation, no paragraphs); Swiss «» without inner spaces; theme link 'Énergie' vs "
            "articleSection 'Suisse'; og:title ' | Le Temps', <title> ' - Le Temps'; lead "
            "without a final full stop; 'Publié le 09.11.2026 à 18:22 · Modifié le …'; JSON-LD "
            "in UTC (17:22Z, same day); caption, 'Lire aussi', ad and newsletter are no text."
        ),
    }
    write("05_letemps_nextjs_pullquotes", page, expected, body)
