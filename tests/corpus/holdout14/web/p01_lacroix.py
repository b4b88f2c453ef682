# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""Page 01: La Croix (Drupal), two linked authors, articleSection list, short JSON-LD headline."""

import datetime

import chrome
from kit import ld_script, save, text_of, texts_of, wrap

BASE = "https://www.la-croix.com"


def page01() -> None:
    """La Croix: Drupal field markup, h2 subheads, blockquote pull quote, 'Lire aussi' box."""
    url = f"{BASE}/international/burkina-faso-religieuses-bobo-dioulasso-rouvrent-dispensaire-20261128"
    title = "Au Burkina Faso, les religieuses de Bobo-Dioulasso rouvrent le dispensaire emporté par les pluies"
    lead = (
        "Détruit en août par une crue du Houet, le dispensaire Saint-Joseph a rouvert ses portes "
        "lundi 23&nbsp;novembre. Les sœurs de l’Immaculée-Conception y soignent chaque jour près "
        "de deux cents patients, chrétiens comme musulmans."
    )
    subheads = ["Des murs relevés par les habitants", "Une pharmacie encore à moitié vide"]
    quote = "« Ici, personne ne demande à un malade quelle est sa prière »"
    p = [
        "À six heures du matin, la file d’attente s’étire déjà jusqu’au portail bleu. Des "
        "femmes portant leur enfant dans le dos, quelques vieillards appuyés sur une canne, un "
        "jeune cultivateur au bras bandé. Sœur Bernadette Kaboré, 58&nbsp;ans, ouvre elle-même "
        "le cadenas, comme elle le fait depuis vingt-deux ans.",
        "Dans la nuit du 14 au 15&nbsp;août, les eaux du Houet étaient montées de près de deux "
        "mètres dans le quartier de Sarfalao. Le dispensaire, construit en banco en 1987, n’avait "
        "pas résisté : le mur d’enceinte et la salle de consultation s’étaient effondrés.",
        "Pendant trois mois, les religieuses ont reçu les malades sous une bâche, dans la cour "
        "de la paroisse voisine. « Nous n’avions plus de table pour les accouchements, nous avons "
        "utilisé des portes posées sur des tréteaux », raconte sœur Bernadette.",
        "La reconstruction n’a pas attendu les financements. Dès septembre, les jeunes du "
        "quartier ont moulé les briques de ciment, et l’imam de la mosquée de Sarfalao, "
        "El Hadj Moussa Traoré, a appelé les fidèles à prêter main-forte après la prière du "
        "vendredi.",
        "« Ici, personne ne demande à un malade quelle est sa prière. Alors nous n’avons pas "
        "demandé aux maçons quelle était la leur », sourit la religieuse.",
        "Le diocèse de Bobo-Dioulasso et une association de Lyon, Les Amis de Sarfalao, ont "
        "ensuite réuni 41&nbsp;millions de francs CFA, environ 62&nbsp;500&nbsp;euros, pour la "
        "toiture, l’électricité solaire et un petit bloc d’accouchement.",
        "Reste la question des médicaments. La centrale d’achat régionale, elle aussi touchée par "
        "les inondations, ne livre qu’une partie des commandes. Les antipaludéens manquent "
        "depuis la fin octobre, au pire moment de l’année.",
        "« Nous renvoyons des familles vers l’hôpital Souro-Sanou, à huit kilomètres, mais "
        "beaucoup n’ont pas de quoi payer la moto-taxi », regrette l’infirmier Issouf Sanou, "
        "seul salarié laïc du dispensaire.",
        "Les sœurs espèrent désormais obtenir l’agrément du ministère de la santé, qui leur "
        "permettrait de recevoir les dotations publiques. Le dossier, déposé en 2019, a été "
        "perdu deux fois.",
    ]
    related = (
        '<aside class="read-also"><div class="read-also__title">Lire aussi</div><ul>'
        f'<li><a href="{BASE}/international/sahel-eglises-face-crue-20260903">Au Sahel, les Églises face aux crues de l’été</a></li>'
        f'<li><a href="{BASE}/religion/religieuses-afrique-vocations-20260611">Les vocations religieuses féminines progressent en Afrique de l’Ouest</a></li>'
        "</ul></aside>"
    )
    figure = (
        '<figure class="media media--image"><img src="https://i.la-croix.com/1400x933/smart/2026/11/28/dispensaire.jpg" '
        'alt="" width="1400" height="933"><figcaption><span class="media__caption">Sœur '
        "Bernadette Kaboré reçoit une patiente dans la nouvelle salle de consultation, le "
        '24 novembre.</span> <span class="media__credit">Olivier Zongo pour La Croix</span>'
        "</figcaption></figure>"
    )
    body = "\n".join(
        [
            wrap(p[:3]),
            f"<h2>{subheads[0]}</h2>",
            wrap(p[3:5]),
            f'<blockquote class="pull-quote"><p>{quote}</p></blockquote>',
            related,
            wrap(p[5:6]),
            figure,
            f"<h2>{subheads[1]}</h2>",
            wrap(p[6:]),
        ]
    )
    authors = [
        ("Anne-Sophie Delorme", "anne-sophie-delorme"),
        ("Hamidou Ouédraogo", "hamidou-ouedraogo"),
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Burkina Faso : le dispensaire des religieuses rouvre",
        "articleSection": ["Monde", "Afrique"],
        "datePublished": "2026-11-28T17:05:00+01:00",
        "dateModified": "2026-11-29T08:12:00+01:00",
        "author": [{"@type": "Person", "name": n, "url": f"{BASE}/auteur/{s}"} for n, s in authors],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "La Croix",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/logo.png"},
        },
        "isAccessibleForFree": True,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    byline = " et ".join(f'<a href="{BASE}/auteur/{s}" rel="author">{n}</a>' for n, s in authors)
    nav = chrome.nav_menu(
        201,
        BASE,
        "menu",
        ["France", "Monde", "Religion", "Culture", "Économie", "Débats", "Famille"],
        9,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<title>{title} | La Croix</title>
<meta name="description" content="{text_of(lead)}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="La Croix" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="Burkina Faso : le dispensaire des religieuses rouvre | La Croix" />
<meta property="article:published_time" content="2026-11-28T17:05:00+01:00" />
<meta property="article:modified_time" content="2026-11-29T08:12:00+01:00" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yk2p9.css" />
<style>{chrome.stylesheet(1, "lc", 380)}</style>
{ld_script(ld)}
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/1083321","currentLanguage":"fr"}},"lcx":{{"paywall":"free","articleType":"reportage"}}}}</script>
{chrome.trackers(1, "lacroix", 60)}
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
{chrome.consent_box("didomi")}
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="header"><a href="/" class="header__logo" title="Accueil">La Croix</a>
<div class="header__date">Mardi 1er décembre 2026</div>
<nav role="navigation" aria-label="Menu principal">{nav}</nav>
<a class="header__subscribe" href="/abonnement">S’abonner</a></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<nav class="breadcrumb" aria-label="Fil d’Ariane"><ol><li><a href="/">Accueil</a></li><li><a href="/international">Monde</a></li><li><a href="/international/afrique">Afrique</a></li></ol></nav>
<article role="article" class="node node--type-article node--view-mode-full">
<header class="node__header">
<h1 class="node__title"><span class="field field--name-title">{title}</span></h1>
<div class="field field--name-field-lead"><p>{lead}</p></div>
<div class="node__meta"><div class="field field--name-field-authors">{byline}</div>
<div class="node__dates"><time datetime="2026-11-28T17:05:00+01:00">Publié le 28/11/2026 à 17h05</time> • <time datetime="2026-11-29T08:12:00+01:00">Mis à jour le 29/11/2026 à 08h12</time></div>
<div class="node__reading-time">Lecture en 4 min.</div></div>
<div class="share-buttons"><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Copier le lien</a></div>
</header>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
{body}
</div>
<div class="field field--name-field-tags"><a href="/tags/burkina-faso">Burkina Faso</a> <a href="/tags/sante">Santé</a> <a href="/tags/vie-religieuse">Vie religieuse</a></div>
</article>
{chrome.ranked_list(2, 10, BASE, "Les plus lus")}
{chrome.teaser_grid(3, 90, BASE, "more-articles", "Dans la même rubrique")}
</main>
{chrome.site_footer("La Croix", "Bayard Presse", ["Qui sommes-nous ?", "Mentions légales", "Gestion des cookies", "Contact", "Nos newsletters"])}
</div>
</body>
</html>
"""
    save(
        "01_lacroix_drupal_two_authors",
        page,
        {
            "title": title,
            "publication": "La Croix",
            "author": "Anne-Sophie Delorme et Hamidou Ouédraogo",
            "section": "Monde",
            "date": datetime.date(2026, 11, 28),
            "standfirst": text_of(lead),
            "source_url": url,
            "subheads": subheads,
            "pull_quotes": [quote],
            "paragraphs": texts_of(p),
            "notes": "Drupal 10 node markup. JSON-LD headline (and og:title) shorter than the h1: "
            "the h1 wins. articleSection is a list ['Monde', 'Afrique']: its first item is the "
            "section (the breadcrumb ends with 'Afrique'). Two authors as links joined by 'et'. "
            "Standfirst in div.field--name-field-lead. Two h2 subheads; blockquote.pull-quote "
            "repeating a body sentence; 'Lire aussi' box and a figure with caption and credit "
            "between paragraphs; header date of the day; 'Mis à jour' date the next day.",
        },
    )
