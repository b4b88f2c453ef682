"""Page 02: Libération (Arc XP), three authors, Fusion state, a stale JSON-LD headline."""

from __future__ import annotations

import datetime

import chrome as c
from kit import Body, json_script, write

LIBE = "https://www.liberation.fr"


def libe_body() -> Body:
    """The article: subheads, an embedded tweet, a list introduced by a paragraph."""
    b = Body()
    a = 'class="article_link"'
    b.p(
        "Sur les hauteurs de Tresserre, la pelleteuse a laissé une cicatrice ocre au milieu des "
        "vignes. Dans quelques semaines, ce trou de 4&nbsp;000 mètres carrés, tapissé d’une "
        "bâche noire, doit recueillir les pluies d’hiver et une partie de l’eau d’un canal "
        "d’irrigation voisin. «&nbsp;Sans ça, je perds la moitié de mes grenaches d’ici cinq "
        "ans&nbsp;», assure Jordi Castanyer, 52 ans, qui cultive 28 hectares avec son frère.",
        "Ils sont une quarantaine d’exploitants, dans les Aspres et la vallée de l’Agly, à "
        "avoir déposé un dossier depuis le printemps. Le dispositif régional, doté de "
        "12&nbsp;millions d’euros sur trois ans, prend en charge jusqu’à 70&nbsp;% du coût des "
        "ouvrages, à condition qu’ils soient partagés entre plusieurs exploitations et qu’ils "
        "ne prélèvent pas dans les nappes profondes.",
        attrs=a,
    )
    b.chrome(
        '<aside class="article-related"><span class="article-related__label">A lire aussi'
        '</span><a href="/environnement/climat/secheresse-dans-les-pyrenees-orientales-les-'
        'nappes-au-plus-bas-depuis-1970-20260412_QK7ZP3LMVBH4RDM2XN5YTE6WQA/">Sécheresse dans '
        "les Pyrénées-Orientales : les nappes au plus bas depuis 1970</a></aside>"
    )
    b.head("Un été à 43&nbsp;°C", attrs='class="article_subheadline"')
    b.p(
        "Le département sort d’une série d’années sans précédent. Entre l’automne 2022 et "
        "l’été 2026, les cumuls de pluie sont restés inférieurs de 40&nbsp;% à la normale, "
        "selon les relevés de Météo-France à Perpignan. En juillet, le thermomètre a atteint "
        "43&nbsp;°C à Rivesaltes, et plusieurs communes de la plaine ont été approvisionnées "
        "par camions-citernes.",
        "Dans les caves coopératives, les chiffres donnent le vertige. La récolte 2026 est "
        "estimée à 520&nbsp;000 hectolitres, contre près de 800&nbsp;000 au début des années "
        "2010. Certaines parcelles de vieilles vignes n’ont tout simplement pas produit.",
        attrs=a,
    )
    b.chrome(
        '<div class="article-embed article-embed--twitter"><blockquote class="twitter-tweet" '
        'data-lang="fr"><p lang="fr" dir="ltr">Nouvelle retenue autorisée à Tresserre malgré '
        "l'avis défavorable de l'OFB. Qui partage l'eau, qui la garde ? "
        '<a href="https://t.co/Xr4pQ2vLmT">pic.twitter.com/Xr4pQ2vLmT</a></p>&mdash; Eau '
        'secours 66 (@eausecours66) <a href="https://twitter.com/eausecours66/status/'
        '1985512033001189377">3 novembre 2026</a></blockquote><script async '
        'src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div>'
    )
    b.p(
        "Pour les opposants, la réponse régionale se trompe de cible. Le collectif Eau secours "
        "66 a dénoncé sur les réseaux sociaux une autorisation délivrée «&nbsp;malgré un avis "
        "défavorable&nbsp;» de l’Office français de la biodiversité. Sa porte-parole, Maïté "
        "Roig, craint que les retenues ne captent «&nbsp;l’eau qui devrait alimenter les "
        "rivières en aval&nbsp;».",
        "Les conditions posées par le préfet sont pourtant strictes, plaident les "
        "agriculteurs. Chaque ouvrage doit respecter trois règles&nbsp;:",
        attrs=a,
    )
    b.items(
        "un remplissage limité aux mois de décembre à mars ;",
        "un débit réservé maintenu en permanence dans le cours d’eau le plus proche ;",
        "un compteur relevé chaque mois par les services de l’Etat.",
        attrs='class="article_list"',
    )
    b.head("«&nbsp;On ne pourra pas tout sauver&nbsp;»", attrs='class="article_subheadline"')
    b.p(
        "Au sein même de la profession, le débat est vif. À la chambre d’agriculture, on "
        "reconnaît que les retenues ne seront qu’une partie de la solution. «&nbsp;On ne "
        "pourra pas tout sauver, il faudra aussi arracher là où la vigne n’a plus "
        "d’avenir&nbsp;», admet son vice-président, Pierre-Louis Sabaté. Un programme "
        "d’arrachage aidé, financé par l’Union européenne, a déjà concerné 3&nbsp;200 hectares "
        "dans le département.",
        "Jordi Castanyer, lui, a fait ses comptes. Sa part du chantier, 38&nbsp;000 euros, "
        "sera remboursée en dix ans s’il sauve ses récoltes. Il a déjà planté, en bas de la "
        "parcelle, quelques rangs de cépages grecs réputés plus résistants. «&nbsp;On fera du "
        "vin autrement, dit-il. Mais on en fera encore.&nbsp;»",
        attrs=a,
    )
    return b


def fusion_state(body: Body, url: str, title: str) -> str:
    """Arc XP's Fusion globals: the story as ANS content elements, plus the site's teasers."""
    elements = [
        {"_id": f"EL{n:04d}QW", "type": "text", "content": text}
        for n, text in enumerate(body.paragraphs)
    ]
    story = {
        "_id": "QK7ZP3LMVBH4RDM2XN5YTE6WQB",
        "type": "story",
        "canonical_url": url.removeprefix(LIBE),
        "headlines": {"basic": title},
        "taxonomy": {"primary_section": {"_id": "/environnement", "name": "Environnement"}},
        "content_elements": elements,
        "related": c.teasers(22, 30, f"{LIBE}/environnement"),
    }
    data = json_script(story, "").removeprefix("<script>").removesuffix("</script>")
    return (
        '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion'
        '||{};Fusion.arcSite="liberation";Fusion.deployment="2214";'
        f'Fusion.globalContent={data};Fusion.globalContentConfig={{"source":"content-api"}};'
        "</script>"
    )


def page_02_liberation() -> None:
    """Libération (Arc XP): three authors, kicker vs articleSection, stale JSON-LD headline."""
    url = (
        f"{LIBE}/environnement/climat/dans-les-pyrenees-orientales-des-vignerons-creusent-"
        "leurs-propres-reserves-deau-20261109_QK7ZP3LMVBH4RDM2XN5YTE6WQB/"
    )
    title = (
        "Dans les Pyrénées-Orientales, des vignerons creusent leurs propres réserves d’eau, "
        "au risque de la discorde"
    )
    dek = (
        "Après quatre années de sécheresse, une partie des viticulteurs du Roussillon construit "
        "des retenues collinaires financées par la région. Les associations environnementales "
        "dénoncent une privatisation de la ressource."
    )
    body = libe_body()
    names = ["Camille Ferrand", "Louis Abadie", "Inès Morvan"]
    links = [f'<a class="author-link" href="{LIBE}/auteur/{c.slug(n)}/">{n}</a>' for n in names]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Pyrénées-Orientales : les vignerons se lancent dans les retenues collinaires",
        "datePublished": "2026-11-09T16:20:00Z",
        "dateModified": "2026-11-09T18:02:00Z",
        "articleSection": ["Environnement", "Climat"],
        "author": [{"@type": "Person", "name": n} for n in names],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Libération"},
        "isAccessibleForFree": True,
    }
    head = c.meta_tags([
        ("name", "description", dek),
        ("property", "og:site_name", "Libération"),
        ("property", "og:type", "article"),
        ("property", "og:title", title),
        ("property", "og:url", url),
        ("property", "og:image", "https://www.liberation.fr/resizer/v2/QK7ZP3LM.jpg?auth=9f2c&width=1200"),
        ("property", "article:published_time", "2026-11-09T16:20:00Z"),
        ("property", "article:author", ", ".join(names)),
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:site", "@libe"),
        ("name", "arc:section", "environnement"),
    ])  # fmt: skip
    nav = c.menu(
        25,
        "nav-sections",
        LIBE,
        [
            "Politique",
            "International",
            "Economie",
            "Société",
            "Environnement",
            "Culture",
            "Idées",
            "Sports",
            "Checknews",
        ],
    )
    foot = c.footer(
        27,
        "site-footer",
        LIBE,
        "Libération",
        ["Libération", "Nos offres", "Services", "Le journal", "Suivez-nous"],
    )
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{title} – Libération</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{head}
<link rel="canonical" href="{url}">
<link rel="preload" as="font" href="/pf/resources/fonts/libe-sans.woff2?d=2214" crossorigin>
<style>{c.css(21, "sc", 240)}</style>
{json_script(ld)}
{fusion_state(body, url, title)}
<script>{c.minified_js(23, 14000)}</script>
</head>
<body><div id="fusion-app">
{c.icons(24)}
<header class="header-nav"><a class="header-nav__logo" href="/">Libération</a>
{nav}
<a class="header-nav__cta" href="/abonnement/">S’abonner</a></header>
<main><article class="article-body-wrapper">
<nav class="breadcrumb"><a href="{LIBE}/environnement/">Environnement</a> <a
href="{LIBE}/environnement/climat/">Climat</a></nav>
<div class="article-overline"><span class="overline-label">Sécheresse</span></div>
<h1 class="article-headline">{title}</h1>
<div class="article-dek"><p>{dek}</p></div>
<div class="article-byline">par {links[0]}, {links[1]} et {links[2]}</div>
<div class="article-dates"><span>publié le 9 novembre 2026 à 17h20</span></div>
{c.share_bar("share-tools", url)}
<figure class="article-lead-art"><img src="https://www.liberation.fr/resizer/v2/QK7ZP3LM.jpg"
alt="">
<figcaption>Une retenue collinaire en construction à Tresserre, le 4 novembre. <span
class="credit">(Arnau Pujol/Libération)</span></figcaption></figure>
<div class="article-body">
{body.html()}
</div>
<div class="article-tags"><a href="/tags/secheresse/">Sécheresse</a><a
href="/tags/agriculture/">Agriculture</a><a href="/tags/eau/">Eau</a></div>
{c.ad("dfp-article-bottom", "ad-container")}
</article>
{c.teaser_list(c.teasers(26, 12, f"{LIBE}/environnement"), "more-stories", "Dans la même rubrique")}
</main>
{foot}
</div></body></html>
"""
    expected = {
        "title": title,
        "publication": "Libération",
        "author": "Camille Ferrand, Louis Abadie et Inès Morvan",
        "section": "Environnement",
        "date": datetime.date(2026, 11, 9),
        "standfirst": dek,
        "source_url": url,
        "notes": (
            "Libération (Arc XP): Fusion.globalContent holds the whole text as content "
            "elements; JSON-LD headline differs from the h1 (h1 wins); articleSection list "
            "['Environnement', 'Climat'] beats the overline kicker 'Sécheresse'; three authors "
            "as three links 'par A, B et C'; div.article-dek standfirst; embedded tweet "
            "(chrome); paragraph introducing a ul of three items; &nbsp; before ; : and inside "
            "« »; 'A lire aussi' box and caption are no text."
        ),
    }
    write("02_liberation_arcxp_three_authors", page, expected, body)
