"""Page 06: Mediapart (FR), Drupal: paywall after four paragraphs, two authors, intro."""

from __future__ import annotations

import datetime

import bulk
import kit

URL = "https://www.mediapart.fr/journal/france/271126/marches-publics-la-metropole-de-tours-sous-le-regard-du-parquet-national-financier"
TITLE = "Marchés publics: la métropole de Tours sous le regard du Parquet national financier"
STANDFIRST = (
    "Selon nos informations, le PNF a ouvert une enquête préliminaire sur l’attribution de "
    "trois marchés de voirie, pour un total de 38 millions d’euros. Au cœur du dossier, une "
    "entreprise dirigée par un proche d’un vice-président de la métropole."
)

TEXT = """
L’enquête a été ouverte discrètement, au début du mois d’octobre. D’après plusieurs sources
concordantes, le Parquet national financier (PNF) s’intéresse à la manière dont Tours Métropole
Val de Loire a attribué, entre 2023 et 2025, trois marchés de réfection de voirie d’un montant
cumulé de 38&nbsp;millions d’euros. Les faits visés sont ceux de favoritisme et de recel de
favoritisme.

Les trois marchés ont été remportés par le même groupement, mené par la société Ligérienne de
travaux publics (LTP), une entreprise de taille moyenne basée à Joué-lès-Tours. Son dirigeant,
Frédéric Morvan, est un ami de longue date de Patrick Delaunay-Rivière, vice-président de la
métropole chargé des mobilités. Les deux hommes ont siégé ensemble au conseil d’administration
d’un club de rugby local jusqu’en 2022.

Mediapart a pu consulter les rapports d’analyse des offres. Sur le deuxième marché, attribué en
juin 2024, la note technique de LTP a été relevée de 14 à 17 sur 20 entre une première version
du rapport et sa version finale, sans que le document explique ce changement. Ce relèvement a
suffi à faire passer le groupement devant son concurrent, moins cher de 1,2&nbsp;million
d’euros.

Contacté, Patrick Delaunay-Rivière assure n’avoir «&nbsp;jamais participé de près ou de loin
à l’analyse des offres&nbsp;» et dit découvrir l’existence d’une enquête. La métropole indique
qu’elle «&nbsp;collaborera pleinement avec la justice&nbsp;». Frédéric Morvan n’a pas donné
suite à nos sollicitations.
"""


def page() -> None:
    """Write page 06 and its expected file."""
    art = kit.render(TEXT, {"p": "<p>{}</p>"})
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "description": kit.flat(STANDFIRST),
        "datePublished": "2026-11-27T19:03:00+01:00",
        "articleSection": "France",
        "author": [
            {"@type": "Person", "name": "Lou Garnier-Sauvat"},
            {"@type": "Person", "name": "Antoine Pellerin"},
        ],
        "publisher": {"@type": "Organization", "name": "Mediapart"},
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywall-restricted-content",
        },
    }
    drupal = {
        "path": {"baseUrl": "/", "currentPath": "node/1284503"},
        "mediapart": {
            "nid": 1284503,
            "paywall": True,
            "teasers": bulk.teasers(6, 110, "https://www.mediapart.fr/journal"),
        },
    }
    html = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr"><head>
<meta charset="utf-8" />
<title>{TITLE} | Mediapart</title>
<meta name="description" content="{kit.flat(STANDFIRST)}" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta property="og:site_name" content="Mediapart" />
<meta property="og:title" content="{TITLE}" />
<meta property="og:url" content="{URL}" />
<meta property="og:type" content="article" />
<meta property="article:section" content="France" />
<link rel="canonical" href="{URL}" />
<link rel="shortlink" href="https://www.mediapart.fr/node/1284503" />
<style>{bulk.css(601, "news", 280)}</style>
{bulk.json_script(ld)}
{bulk.json_script(drupal, 'type="application/json" data-drupal-selector="drupal-settings-json"')}
{bulk.tracker_scripts(61, 18)}
</head>
<body class="path-node page-node-type-article">
<div class="cookie-consent"><p>Mediapart n’utilise que des cookies nécessaires au
fonctionnement du site et à la mesure d’audience.</p><button>Compris</button></div>
<header class="header"><a class="header__logo" href="https://www.mediapart.fr/">Mediapart</a>
<nav>{
        bulk.menu(
            62,
            "main-nav",
            "https://www.mediapart.fr/journal",
            [
                "International",
                "France",
                "Économie et social",
                "Culture et idées",
                "Écologie",
                "Fil d’actualités",
            ],
        )
    }</nav>
<a class="header__subscribe" href="https://abo.mediapart.fr/">S’abonner</a></header>
<main role="main"><article class="news news--article node node--type-article">
<div class="news__heading">
<p class="news__heading__top__section"><a href="https://www.mediapart.fr/journal/france">France
</a> — Enquête</p>
<h1 class="news__heading__top__title">{TITLE}</h1>
<p class="news__heading__top__intro">{STANDFIRST}</p>
<div class="news__heading__byline"><p>Par
<a href="https://www.mediapart.fr/biographie/lou-garnier-sauvat">Lou Garnier-Sauvat</a>
et <a href="https://www.mediapart.fr/biographie/antoine-pellerin">Antoine Pellerin</a></p>
<p class="news__heading__date">27 novembre 2026 à 19h03</p></div>
{bulk.share_bar("news__share", URL)}
</div>
<div class="news__body__center__article">
<div class="paywall-restricted-content">
{art.html}
</div>
<div class="paywall-message"><h2>Cet article est réservé aux abonnés</h2><p>Il vous reste 78 %
de cet article à lire. Abonnez-vous pour lire la suite et soutenir un journal indépendant,
sans publicité ni actionnaire.</p><a href="https://abo.mediapart.fr/">Je m’abonne</a>
<p>Déjà abonné&nbsp;? <a href="https://www.mediapart.fr/login">Connectez-vous</a></p></div>
</div>
</article>
<aside>{bulk.teaser_list(bulk.teasers(63, 40, "https://www.mediapart.fr"), "related-news")}
</aside></main>
<footer class="footer"><p>Mediapart — Journal indépendant, participatif et sans publicité</p>
{
        bulk.menu(
            64,
            "footer-nav",
            "https://www.mediapart.fr",
            ["Qui sommes-nous&nbsp;?", "Contact", "FAQ", "Mentions légales"],
            3,
        )
    }</footer>
</body></html>
"""
    bulk.write(
        "06_mediapart_drupal_paywall",
        html,
        {
            "title": TITLE,
            "publication": "Mediapart",
            "author": "Lou Garnier-Sauvat et Antoine Pellerin",
            "section": "France",
            "date": datetime.date(2026, 11, 27),
            "standfirst": kit.flat(STANDFIRST),
            "source_url": URL,
            "paragraphs": art.paragraphs,
            "incomplete": True,
            "notes": (
                "Drupal 10 page behind the paywall: four paragraphs then 'Cet article est "
                "réservé aux abonnés' (its h2 is no subhead, its text no paragraph), "
                "incomplete; JSON-LD isAccessibleForFree false; article:section and "
                "articleSection 'France' over the label 'France — Enquête'; 'Par A et B' "
                "as two links; news__heading__top__intro standfirst; Drupal settings JSON."
            ),
        },
    )
