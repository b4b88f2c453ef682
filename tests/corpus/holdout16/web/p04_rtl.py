# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 04: RTL.fr, the AMP version of an article (amp-img, amp-social-share, amp-ad)."""

import datetime
import json

from chrome import rail, stylesheet
from kit import ld_script, save, wrap

BASE = "https://www.rtl.fr"
URL = f"{BASE}/actu/sciences-tech/un-satellite-francais-va-mesurer-la-fonte-des-glaciers-des-pyrenees-7900512345"
AMP_URL = f"{BASE}/amp/actu/sciences-tech/un-satellite-francais-va-mesurer-la-fonte-des-glaciers-des-pyrenees-7900512345"
TITLE = "Un satellite français va mesurer la fonte des glaciers des Pyrénées"
LEAD = "Baptisé Névé, le petit satellite du Cnes sera lancé en mars depuis Kourou. Il photographiera chaque semaine les dix derniers glaciers du massif."
P1 = [
    "Il ne pèse que 140&nbsp;kilos mais il a une mission bien précise. Le Centre national d’études spatiales (Cnes) a présenté ce mercredi 25&nbsp;novembre à Toulouse le satellite Névé, chargé de suivre depuis l’orbite le recul des glaciers pyrénéens, parmi les plus menacés d’Europe.",
    "Équipé d’une caméra capable de distinguer des détails de 50&nbsp;centimètres, il survolera le massif une fois par semaine. De quoi mesurer l’épaisseur de la glace bien plus souvent que les relevés actuels, réalisés à pied chaque fin d’été.",
]
SUB1 = "Dix glaciers encore en vie"
P2 = [
    "Au début du XX<sup>e</sup>&nbsp;siècle, les Pyrénées comptaient une centaine de glaciers. Il en reste dix, dont le plus grand, celui de l’Aneto, côté espagnol, a perdu plus de la moitié de sa surface depuis 1980.",
    "« Dans vingt ans, il n’y aura probablement plus de glacier dans les Pyrénées françaises. Nous voulons documenter précisément cette disparition », explique au micro de RTL la glaciologue Anne Ribéry, qui pilote le volet scientifique du projet.",
]
SUB2 = "Un lancement prévu en mars"
P3 = [
    "Névé sera placé en orbite par une fusée Vega&nbsp;C, aux côtés de quatre autres petits satellites européens. Le coût du programme, 23&nbsp;millions d’euros, est partagé entre le Cnes, la région Occitanie et un consortium d’universités.",
    "Les images seront mises à la disposition du public. Les chercheurs espèrent aussi s’en servir pour anticiper les risques de chutes de séracs, qui inquiètent les gardiens de refuge.",
    "Le satellite doit fonctionner au moins cinq ans. « Ce sera peut-être la dernière mission qui aura encore de la glace à observer », glisse, amer, un ingénieur du projet.",
]


def build() -> None:
    """Write page 04 and its expected file."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "description": LEAD,
        "datePublished": "2026-11-25T13:40:00+01:00",
        "dateModified": "2026-11-25T16:05:00+01:00",
        "author": [
            {"@type": "Person", "name": "Ludivine Maréchal"},
            {"@type": "Person", "name": "Thomas Ngo-Baï"},
        ],
        "publisher": {
            "@type": "Organization",
            "name": "RTL",
            "logo": {
                "@type": "ImageObject",
                "url": f"{BASE}/logo-rtl.png",
                "width": 600,
                "height": 60,
            },
        },
        "image": {
            "@type": "ImageObject",
            "url": f"{BASE}/media/neve.jpg",
            "width": 1200,
            "height": 675,
        },
        "mainEntityOfPage": URL,
    }
    analytics = json.dumps(
        {
            "vars": {"account": "UA-123456-1"},
            "triggers": {
                f"t{i}": {"on": "visible", "request": "event", "vars": {"eventId": f"{i:06d}"}}
                for i in range(220)
            },
        }
    )
    more = rail(
        1631,
        120,
        BASE,
        '<div class="amp-card"><a href="{url}"><amp-img src="{image}" width="160" height="90" layout="responsive" alt=""></amp-img><p class="amp-card__kicker">{label}</p><h3 class="amp-card__title">{title}</h3></a></div>',
    )
    share = (
        '<div class="amp-share">'
        + "".join(
            f'<amp-social-share type="{t}" width="40" height="40"{a}></amp-social-share>'
            for t, a in [
                ("facebook", ' data-param-app_id="1234"'),
                ("twitter", ""),
                ("whatsapp", ""),
                ("email", ""),
            ]
        )
        + "</div>"
    )
    body = "\n".join(
        [
            wrap(P1),
            '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/rtl/amp/inread" layout="responsive"><div placeholder>Publicité</div></amp-ad>',
            f"<h3>{SUB1}</h3>",
            wrap(P2),
            '<amp-iframe width="600" height="150" layout="responsive" sandbox="allow-scripts allow-same-origin" src="https://www.rtl.fr/embed/podcast/7900512300" frameborder="0"><p placeholder>Écouter le reportage</p></amp-iframe>',
            f"<h3>{SUB2}</h3>",
            wrap(P3),
        ]
    )
    page = f"""<!doctype html>
<html ⚡ lang="fr"><head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>
<title>Un satellite français va mesurer la fonte des glaciers des Pyrénées | RTL</title>
<link rel="canonical" href="{URL}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="{TITLE}">
<meta property="og:url" content="{AMP_URL}">
<meta property="og:site_name" content="RTL.fr">
<meta property="og:type" content="article">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>{stylesheet(1632, "amp-", 300)}</style>
{ld_script(ld)}
</head>
<body>
<amp-analytics type="googleanalytics"><script type="application/json">{analytics}</script></amp-analytics>
<header class="amp-header"><a href="{BASE}/"><amp-img src="{BASE}/logo-rtl.svg" width="80" height="30" alt="RTL"></amp-img></a><a class="amp-header__live" href="{BASE}/direct">Écouter RTL</a></header>
<main>
<ol class="amp-breadcrumb"><li><a href="{BASE}/">RTL</a></li><li><a href="{BASE}/actu">Actu</a></li><li><a href="{BASE}/actu/sciences-tech">Sciences et Tech</a></li></ol>
<article class="amp-article">
<h1 class="amp-article__title">{TITLE}</h1>
<p class="amp-article__chapo">{LEAD}</p>
<div class="amp-article__signature">Par <a href="{BASE}/auteur/ludivine-marechal">Ludivine Maréchal</a> et <a href="{BASE}/auteur/thomas-ngo-bai">Thomas Ngo-Baï</a></div>
<div class="amp-article__date">Publié le <time datetime="2026-11-25T13:40:00+01:00">25/11/2026 à 13:40</time>, mis à jour le <time datetime="2026-11-25T16:05:00+01:00">25/11/2026 à 16:05</time></div>
{share}
<figure class="amp-article__figure"><amp-img src="{BASE}/media/neve.jpg" width="1200" height="675" layout="responsive" alt="Le satellite Névé"></amp-img><figcaption>Le satellite Névé présenté à Toulouse, le 25 novembre 2026. Crédit : Cnes / P. Lemaître</figcaption></figure>
<div class="amp-article__body">
{body}
</div>
{share}
</article>
<section class="amp-more"><h2>Les plus lus</h2>{more}</section>
</main>
<footer class="amp-footer"><p>RTL © 2026 - Version complète</p></footer>
</body></html>
"""
    save(
        "04_rtl_amp_two_authors",
        page,
        {
            "title": TITLE,
            "publication": "RTL",
            "author": "Ludivine Maréchal et Thomas Ngo-Baï",
            "section": "Sciences et Tech",
            "date": datetime.date(2026, 11, 25),
            "standfirst": LEAD,
            "source_url": URL,
            "subheads": [SUB1, SUB2],
            "paragraphs": P1 + P2 + P3,
            "notes": "AMP version (<html ⚡>, amp-img, amp-social-share twice, amp-ad, amp-iframe podcast with a placeholder, amp-analytics JSON); canonical is the non-AMP address, og:url the AMP one (canonical wins); og:site_name 'RTL.fr' while the publisher is 'RTL'; <title> with ' | RTL'; two authors as two links 'Par A et B'; no articleSection: the breadcrumb's last item; 'Publié le … mis à jour le …' in two <time>; h3 subheads; XX<sup>e</sup>.",
        },
    )
