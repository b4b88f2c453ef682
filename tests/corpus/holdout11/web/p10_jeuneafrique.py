"""Page 10: Jeune Afrique (WordPress, Yoast @graph), paywall."""

# The page templates hold HTML lines as the sites write them: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import datetime

import chrome as ch
from kit import Body, json_script, json_text, write

JA = "https://www.jeuneafrique.com"


def page() -> None:
    """Jeune Afrique: @graph, 'Par Name - à Abidjan', h2 subhead, paywall after six paragraphs."""
    url = f"{JA}/1720934/economie-entreprises/cacao-a-abidjan-les-exportateurs-ivoiriens-face-a-une-recolte-en-berne/"
    title = "Cacao : à Abidjan, les exportateurs ivoiriens face à une récolte en berne"
    standfirst = (
        "Pluies irrégulières, vergers vieillissants et maladie du swollen shoot : la campagne "
        "2026-2027 s’annonce comme l’une des plus faibles de la décennie. Les exportateurs "
        "locaux, fragilisés, redoutent une nouvelle vague de défaillances."
    )
    b = Body()
    b.p(
        "Dans les entrepôts du port autonome d’Abidjan, les sacs de fèves s’empilent moins haut "
        "que d’habitude en ce début de campagne. Selon les chiffres consultés par Jeune Afrique, "
        "les arrivages cumulés depuis le 1er octobre accusent un recul de près de 28 % par "
        "rapport à la même période de l’an dernier, déjà jugée médiocre.",
        "Premier producteur mondial, la Côte d’Ivoire assure à elle seule environ 40 % de l’offre "
        "de la planète. Mais ses vergers, plantés pour beaucoup dans les années 1980, vieillissent, "
        "et le virus du swollen shoot continue de gagner du terrain dans l’ouest et le centre-"
        "ouest du pays, où des milliers d’hectares ont dû être arrachés.",
    )
    b.chrome(ch.ad_slot("ja-inarticle-1", "ja-ad"))
    b.head("h2", "Des exportateurs locaux à la peine")
    b.p(
        "La situation est particulièrement délicate pour les exportateurs ivoiriens, qui peinent "
        "à honorer les contrats signés à l’avance avec les broyeurs. « Nous avons vendu des "
        "volumes que nous n’arrivons pas à collecter. Chaque tonne manquante, il faut la racheter "
        "au prix fort », confie le dirigeant d’une société abidjanaise, qui a requis l’anonymat.",
        "Face à la concurrence des multinationales, mieux armées financièrement, plusieurs "
        "entreprises locales ont déjà réduit la voilure. Le Conseil du café-cacao, le régulateur "
        "de la filière, assure suivre la situation « au cas par cas » et n’exclut pas de revoir "
        "les conditions d’attribution des licences d’exportation pour la saison prochaine.",
        "Pour les planteurs, la hausse du prix garanti bord champ, fixé à 2 400 francs CFA le "
        "kilo en octobre, ne compense que partiellement la baisse des volumes. Dans la région de "
        "Soubré, plusieurs coopératives rapportent des rendements divisés par deux.",
        "Sur les marchés internationaux, la perspective d’une offre ivoirienne réduite a déjà "
        "fait grimper les cours à Londres et à New York. Une aubaine pour les stocks constitués "
        "l’an dernier, mais un casse-tête pour les transformateurs installés en Côte d’Ivoire, "
        "qui doivent tourner à plein régime pour rentabiliser leurs usines.",
    )
    paywall = (
        '<div class="paywall-box" id="ja-paywall"><p class="paywall-box__title">Cet article est '
        "réservé aux abonnés</p><p>Abonnez-vous pour lire la suite et accéder à tous nos articles "
        f'en illimité.</p><a class="btn" href="{JA}/abonnements/">Je m’abonne</a><p>Déjà abonné ? '
        f'<a href="{JA}/connexion/">Connectez-vous</a></p></div>'
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "headline": title,
                "datePublished": "2026-11-23T11:15:00+01:00",
                "dateModified": "2026-11-23T11:15:00+01:00",
                "articleSection": ["Économie & Entreprises", "Agro-industrie"],
                "author": {"@id": f"{JA}/#/schema/person/akd"},
                "isAccessibleForFree": False,
                "hasPart": {
                    "@type": "WebPageElement",
                    "isAccessibleForFree": False,
                    "cssSelector": ".article-paywalled",
                },
                "publisher": {"@id": f"{JA}/#organization"},
                "isPartOf": {"@id": url},
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - Jeune Afrique",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": JA},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Économie & Entreprises",
                        "item": f"{JA}/economie-entreprises/",
                    },
                    {"@type": "ListItem", "position": 3, "name": title},
                ],
            },
            {
                "@type": "Organization",
                "@id": f"{JA}/#organization",
                "name": "Jeune Afrique",
                "url": JA,
            },
            {
                "@type": "Person",
                "@id": f"{JA}/#/schema/person/akd",
                "name": "Aïssatou Koné-Diabaté",
            },
        ],
    }
    page = f"""<!DOCTYPE html>
<html lang="fr-FR"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Jeune Afrique</title>
<meta name="description" content="La campagne de cacao 2026-2027 s’annonce comme l’une des plus faibles de la décennie en Côte d’Ivoire.">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR"><meta property="og:type" content="article">
<meta property="og:title" content="{title} - Jeune Afrique"><meta property="og:url" content="{url}">
<meta property="og:site_name" content="JeuneAfrique.com"><meta property="article:publisher" content="https://www.facebook.com/jeuneafrique">
<meta property="article:published_time" content="2026-11-23T10:15:00+00:00">
<meta name="twitter:site" content="@jeune_afrique"><meta name="twitter:label1" content="Écrit par"><meta name="twitter:data1" content="Aïssatou Koné-Diabaté">
<link rel="stylesheet" id="ja-main-css" href="{JA}/wp-content/themes/jeuneafrique/dist/main.css?ver=4.12.0" media="all">
<style id="ja-critical">{ch.stylesheet(101, "ja", 440)}</style>
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<script id="ja-config">var JA_CONFIG={json_text({"postId": 1720934, "paywall": True, "related": ch.teaser_records(1001, 44, JA)})};</script>
</head><body class="post-template-default single single-post postid-1720934 single-format-standard">
<header class="site-header"><a class="site-header__logo" href="{JA}/" aria-label="Jeune Afrique">{ch.icon("bookmark", "logo")}</a>
<nav class="site-header__nav">{ch.menu(102, "main-menu", JA, ["Politique", "Économie & Entreprises", "Société", "Culture", "Sport", "Pays", "Décryptages", "Magazine"])}</nav>
<a class="site-header__subscribe" href="{JA}/abonnements/">S’abonner</a></header>
<main class="site-main"><article class="article">
<nav class="breadcrumbs"><span><a href="{JA}/">Accueil</a></span> / <span><a href="{JA}/economie-entreprises/">Économie &amp; Entreprises</a></span></nav>
<div class="article__kicker">Agro-industrie</div>
<h1 class="article__title">{title}</h1>
<p class="article__lead">{standfirst}</p>
<div class="article__meta"><span class="article__author">Par <a href="{JA}/auteurs/a-kone-diabate/">Aïssatou Koné-Diabaté</a> - à Abidjan</span>
<span class="article__date">Publié le <time datetime="2026-11-23T11:15:00+01:00">23 novembre 2026 à 11:15</time></span><span class="article__readtime">Lecture : 4 minutes.</span></div>
{ch.share_bar("article__share", url, ("facebook", "x", "linkedin", "whatsapp", "mail"))}
<figure class="article__thumbnail"><img src="{JA}/medias/2026/11/23/cacao-port-abidjan-1256x628.jpg" alt="" width="1256" height="628"><figcaption>Au port autonome d’Abidjan, en octobre 2026. © Issouf Sanogo/AFP</figcaption></figure>
<div class="article__content article-paywalled">
{b.html()}
</div>
{paywall}
</article>
<aside class="sidebar">{ch.ad_slot("ja-sidebar", "ja-ad")}{ch.teaser_list(103, "most-read", JA, 10, "Les plus lus")}</aside>
{ch.teaser_list(104, "related-posts", JA, 12, "Dans le même dossier")}
</main>
<footer class="site-footer">{ch.link_columns(105, JA, ["Jeune Afrique", "Le Groupe", "Services", "Nous suivre"], 7)}<p>© Jeune Afrique 2026, tous droits réservés</p></footer>
{ch.consent_box("axeptio", "Jeune Afrique")}
</body></html>"""
    write(
        "10_jeuneafrique_wordpress_graph_paywall",
        page,
        {
            "title": title,
            "publication": "Jeune Afrique",
            "author": "Aïssatou Koné-Diabaté",
            "section": "Économie & Entreprises",
            "date": datetime.date(2026, 11, 23),
            "standfirst": standfirst,
            "source_url": url,
            **b.expectation(),
            "incomplete": True,
            "notes": "WordPress + Yoast: @graph whose NewsArticle points to its Person by @id; "
            "articleSection a list (first item); kicker 'Agro-industrie' is its second item; "
            "og:site_name 'JeuneAfrique.com' while publisher and footer say 'Jeune Afrique'; 'Par "
            "Name - à Abidjan'; p.article__lead standfirst; one h2 subhead; caption credit "
            "'© … /AFP' is no agency; paywall box after six paragraphs (incomplete).",
        },
    )
