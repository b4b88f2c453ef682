# ruff: noqa: E501  (page templates keep the lines of the HTML they imitate)
"""Pages 05 (Jeune Afrique, AMP with a paywall) and 06 (TSA, WordPress GeneratePress with a
gallery and an agency credit)."""

from __future__ import annotations

import datetime

from kit import css_blob, flat, json_script, menu, paras, related, write

BASE_05 = "https://www.jeuneafrique.com"
URL_05 = f"{BASE_05}/1794213/economie-entreprises/au-cameroun-les-chocolatiers-de-mbalmayo-veulent-garder-la-feve/"
FREE_05 = [
    "Dans la cour de l’usine, une odeur de cacao torréfié flotte jusqu’à la route. Depuis "
    "septembre, la coopérative Nkolbisson Cacao transforme chaque semaine près de huit tonnes "
    "de fèves en masse et en beurre de cacao, à une quarantaine de kilomètres au sud de "
    "Yaoundé. Il y a deux ans, elle vendait encore toute sa récolte brute aux exportateurs de "
    "Douala.",
    "Le pari est simple sur le papier : garder sur place une part de la valeur que captent "
    "aujourd’hui les broyeurs européens et asiatiques. Une tonne de fèves s’est négociée "
    "autour de 4 100 000 F CFA sur le marché local cette saison ; transformée en beurre, la "
    "même quantité peut rapporter près du double, selon les calculs de la coopérative.",
    "« Nos parents ont planté, récolté, séché, et d’autres ont fait fortune avec », résume "
    "sa présidente, Régine Atangana, ancienne enseignante revenue au village en 2019. Elle a "
    "convaincu 640 planteurs d’apporter leurs fèves et une banque locale de prêter 1,2 "
    "milliard de F CFA pour les machines, achetées d’occasion en Espagne.",
    "Les débuts ont été laborieux. La première presse, mal réglée, a tourné à vide pendant "
    "trois semaines faute de pièces détachées. Les coupures d’électricité, fréquentes dans "
    "la zone, obligent l’usine à faire tourner un groupe électrogène qui engloutit chaque "
    "mois l’équivalent de 9 millions de F CFA de gazole.",
    "Surtout, il faut trouver des acheteurs. Les chocolatiers camerounais restent peu "
    "nombreux, et les industriels de la sous-région préfèrent souvent importer des produits "
    "semi-finis dont ils connaissent la qualité. La coopérative a signé cet automne un "
    "premier contrat avec une",
]
QUOTE_05 = "« Nos parents ont planté, récolté, séché, et d’autres ont fait fortune avec »"


def page_05() -> None:
    """Jeune Afrique, AMP page whose text the paywall cuts mid-sentence."""
    h1 = "Au Cameroun, les chocolatiers de Mbalmayo veulent garder la fève"
    chapo = (
        "Une coopérative du Centre s’est lancée dans la transformation du cacao. Un pari "
        "industriel difficile, entre coupures de courant, machines d’occasion et acheteurs "
        "encore rares."
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": URL_05,
        "headline": "Cameroun : à Mbalmayo, le pari de la transformation locale du cacao",
        "datePublished": "2026-11-19T15:45:00Z",
        "dateModified": "2026-11-20T08:10:00Z",
        "articleSection": "Économie & Entreprises",
        "author": [{"@type": "Person", "name": "Clarisse Ndzana"}],
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywall",
        },
        "publisher": {
            "@type": "Organization",
            "name": "Jeune Afrique",
            "logo": {"@type": "ImageObject", "url": BASE_05 + "/logo.png"},
        },
    }
    quote = f'<aside class="article__quote"><blockquote>{QUOTE_05}</blockquote></aside>'
    body = "\n".join([paras(*FREE_05[:3]), quote, paras(*FREE_05[3:])])
    page = f"""<!doctype html>
<html ⚡ lang="fr"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-subscriptions" src="https://cdn.ampproject.org/v0/amp-subscriptions-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<title>Au Cameroun, les chocolatiers de Mbalmayo veulent garder la fève – Jeune Afrique</title>
<link rel="canonical" href="{URL_05}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:site_name" content="Jeune Afrique"><meta property="og:type" content="article">
<meta property="og:title" content="Cameroun : à Mbalmayo, le pari de la transformation locale du cacao">
<meta property="og:url" content="{URL_05}">
<meta property="article:published_time" content="2026-11-19T15:45:00+00:00">
{json_script(ld)}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>{css_blob(51, "ja", 600)}</style>
</head><body>
<amp-consent id="consent" layout="nodisplay"><script type="application/json">{{"consentInstanceId":"ja-cmp","promptUI":"consent-ui"}}</script>
<div id="consent-ui" class="consent"><p>Jeune Afrique utilise des cookies pour vous offrir la meilleure expérience.</p><button on="tap:consent.accept">Accepter</button><button on="tap:consent.reject">Refuser</button></div></amp-consent>
<header class="header"><a href="{BASE_05}/" class="header__logo"><amp-img src="{BASE_05}/logo.svg" width="180" height="28" alt="Jeune Afrique"></amp-img></a>
<amp-sidebar id="menu" layout="nodisplay" side="left">{menu(52, "sidebar", BASE_05, ["Politique", "Économie & Entreprises", "Culture", "Sport", "Société"], per=7)}</amp-sidebar></header>
<main><article class="article">
<div class="article__kicker"><a href="{BASE_05}/economie-entreprises/">Économie & Entreprises</a> · <span>Agroalimentaire</span></div>
<h1 class="article__title">{h1}</h1>
<p class="article__lead">{chapo}</p>
<div class="article__meta"><span class="article__author">Par <a href="{BASE_05}/auteurs/c-ndzana/">Clarisse Ndzana</a> - à Mbalmayo</span>
<time datetime="2026-11-19T16:45:00+01:00">Publié le 19 novembre 2026 à 16:45</time>
<span class="article__updated">Mis à jour le 20 novembre 2026 à 09:10</span></div>
<figure class="article__image"><amp-img src="{BASE_05}/medias/2026/11/cacao-mbalmayo.jpg" width="1200" height="800" layout="responsive" alt=""></amp-img>
<figcaption>Le séchage des fèves, à Nkolbisson, en octobre 2026. © Clarisse Ndzana pour JA</figcaption></figure>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/ja/amp/article_1"></amp-ad>
<section subscriptions-section="content" class="article__body">
{body}
</section>
<section subscriptions-section="content-not-granted" class="paywall">
<h2>Cet article est réservé aux abonnés</h2>
<p>Abonnez-vous pour lire la suite et accéder à tous nos contenus, analyses et décryptages.</p>
<a class="paywall__cta" href="{BASE_05}/abonnements/">Je m’abonne dès 1 € le premier mois</a>
<p class="paywall__login">Déjà abonné ? <a href="{BASE_05}/connexion/">Se connecter</a></p></section>
</article>
<section class="related"><h2>Sur le même sujet</h2>{related(53, BASE_05, "related", 6)}</section></main>
<footer class="footer"><p>© Jeune Afrique 2026, tous droits réservés</p><a href="{BASE_05}/mentions-legales/">Mentions légales</a></footer>
</body></html>
"""
    write(
        "05_jeuneafrique_amp_paywall",
        page,
        {
            "title": h1,
            "publication": "Jeune Afrique",
            "author": "Clarisse Ndzana",
            "section": "Économie & Entreprises",
            "date": datetime.date(2026, 11, 19),
            "standfirst": chapo,
            "source_url": URL_05,
            "pull_quotes": [QUOTE_05],
            "paragraphs": [flat(x) for x in FREE_05],
            "incomplete": True,
            "notes": "AMP (<html ⚡>, amp-img, amp-ad, amp-consent); the paywall cuts the fifth "
            "paragraph mid-sentence, so the expected body stops there; isAccessibleForFree "
            "false; JSON-LD and og headline differ from the h1; JSON-LD dates in UTC, the page's "
            "time in Paris (same day); pull quote in an aside repeating a body sentence; "
            "'Par A - à Mbalmayo' (place dropped).",
        },
    )


BASE_06 = "https://www.tsa-algerie.com"
URL_06 = f"{BASE_06}/bejaia-recolte-dolives-record-dans-la-vallee-de-la-soummam/"
BODY_06 = [
    "Les pressoirs de la vallée de la Soummam tournent jour et nuit. Selon la direction des "
    "services agricoles de Béjaïa, la récolte d’olives de la campagne 2026-2027 devrait "
    "dépasser 1,4 million de quintaux, un niveau jamais atteint dans la wilaya.",
    "Les pluies de printemps, abondantes après trois années de sécheresse, expliquent "
    "l’essentiel de cette performance. Les oliveraies d’Akbou, de Seddouk et de Sidi Aïch "
    "affichent des rendements deux fois supérieurs à ceux de l’an dernier, indiquent les "
    "services agricoles.",
    "La production d’huile est estimée à 22 millions de litres. Dans les huileries "
    "traditionnelles d’Ighram, les files de tracteurs chargés de sacs s’étirent parfois sur "
    "plusieurs centaines de mètres, et certains oléiculteurs attendent jusqu’à trois jours "
    "avant de pouvoir presser leurs olives.",
    "Cette abondance fait baisser les prix. Le litre d’huile d’olive, qui avait atteint "
    "1 800 dinars sur les marchés de Béjaïa l’hiver dernier, se négocie désormais entre "
    "1 000 et 1 200 dinars. Les consommateurs s’en réjouissent, les producteurs beaucoup "
    "moins, qui rappellent que le coût de la main-d’œuvre pour la cueillette a augmenté.",
    "Les autorités locales veulent profiter de cette saison pour développer l’exportation. "
    "Une dizaine d’huileries modernes ont obtenu cette année une certification qui leur "
    "permet de vendre en vrac vers l’Europe et le Canada, et une foire de l’huile d’olive est "
    "prévue à Béjaïa du 15 au 18 décembre. Ses organisateurs attendent plus de 150 exposants venus de toute la Kabylie.",
]
LIRE_06 = (
    '<strong>Lire aussi :</strong> <a href="' + BASE_06 + "/huile-dolive-les-prix-"
    'flambent-avant-la-campagne/">Huile d’olive : les prix flambent avant la campagne</a>'
)
QUOTE_06 = "« On n’a jamais vu autant d’olives sur les arbres depuis les années 1990 »"


def page_06() -> None:
    """TSA (Algérie), WordPress GeneratePress: gallery, pull quote figure, 'avec APS'."""
    h1 = "Béjaïa : récolte d’olives record dans la vallée de la Soummam"
    gallery = "".join(
        f'<figure class="wp-block-image size-large"><img decoding="async" src="{BASE_06}/wp-'
        f'content/uploads/2026/11/olives-{i}-1024x683.jpg" alt="" class="wp-image-{88120 + i}"/>'
        f'<figcaption class="wp-element-caption">{caption}</figcaption></figure>'
        for i, caption in enumerate(
            [
                "La cueillette à Seddouk, le 18 novembre.",
                "Une huilerie traditionnelle à Ighram.",
                "Les sacs d’olives attendent devant un pressoir d’Akbou.",
                "L’huile fraîchement pressée. © TSA",
            ]
        )
    )
    body = "\n".join(
        [
            paras(*BODY_06[:2]),
            f"<p>{LIRE_06}</p>",
            f'<figure class="wp-block-gallery has-nested-images columns-2 is-cropped">{gallery}</figure>',
            paras(BODY_06[2]),
            f'<figure class="wp-block-pullquote"><blockquote><p>{QUOTE_06}</p><cite>Un '
            "oléiculteur de Sidi Aïch</cite></blockquote></figure>",
            paras(*BODY_06[3:]),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": URL_06 + "#article",
                "headline": h1,
                "datePublished": "2026-11-20T11:30:00+01:00",
                "dateModified": "2026-11-20T16:02:00+01:00",
                "articleSection": ["Économie"],
                "author": {"@type": "Person", "name": "La rédaction"},
                "publisher": {"@type": "Organization", "name": "TSA"},
            },
            {"@type": "WebPage", "@id": URL_06, "name": h1 + " - TSA"},
        ],
    }
    page = f"""<!DOCTYPE html>
<html lang="fr-FR"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{h1} - TSA</title>
<meta name="description" content="La récolte d’olives devrait dépasser 1,4 million de quintaux à Béjaïa.">
<link rel="canonical" href="{URL_06}" />
<meta property="og:locale" content="fr_FR" /><meta property="og:type" content="article" />
<meta property="og:title" content="{h1}" /><meta property="og:url" content="{URL_06}" />
<meta property="og:site_name" content="TSA" />
<meta property="article:section" content="Économie" />
<meta property="article:published_time" content="2026-11-20T10:30:00+00:00" />
<meta property="article:modified_time" content="2026-11-20T15:02:00+00:00" />
{json_script(ld, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel='stylesheet' id='generate-style-css' href='{BASE_06}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all' />
<style id='generate-style-inline-css'>{css_blob(61, "gp", 1100)}</style>
</head>
<body class="post-template-default single single-post postid-88119 single-format-standard wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Aller au contenu">Aller au contenu</a>
<div class="top-bar"><div class="inside-top-bar"><span class="today">Mercredi 2 décembre 2026</span></div></div>
<header class="site-header" id="masthead" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-logo"><a href="{BASE_06}/" rel="home"><img class="header-image is-logo-image" alt="TSA" src="{BASE_06}/wp-content/uploads/logo-tsa.png" /></a></div>
<nav class="main-navigation" id="site-navigation"><div class="inside-navigation">{menu(62, "menu", BASE_06, ["Actualité", "Économie", "Politique", "Société", "Sport", "International"], per=6)}</div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-88119" class="post-88119 post type-post status-publish format-standard has-post-thumbnail hentry category-economie tag-agriculture tag-bejaia" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header">
<div class="cat-links"><a href="{BASE_06}/economie/" rel="category tag">Économie</a></div>
<h1 class="entry-title" itemprop="headline">{h1}</h1>
<div class="entry-meta"><span class="byline">Par <span class="author vcard" itemprop="author"><span class="author-name" itemprop="name">La rédaction</span></span> avec APS</span>
<span class="posted-on">Publié le <time class="entry-date published" datetime="2026-11-20T11:30:00+01:00" itemprop="datePublished">20 novembre 2026 à 11:30</time></span></div></header>
<div class="featured-image page-header-image-single"><img width="1200" height="800" src="{BASE_06}/wp-content/uploads/2026/11/olives-soummam.jpg" class="attachment-full size-full wp-post-image" alt="Oliviers Soummam" itemprop="image" /></div>
<div class="entry-content" itemprop="text">
{body}
</div>
<footer class="entry-meta"><span class="tags-links">Mots-clés : <a href="{BASE_06}/tag/agriculture/" rel="tag">Agriculture</a>, <a href="{BASE_06}/tag/bejaia/" rel="tag">Béjaïa</a></span></footer>
</div></article>
<div class="related-posts"><h3>À lire également</h3>{related(63, BASE_06, "rp", 6)}</div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><aside class="widget"><h2 class="widget-title">Les plus lus</h2>{related(64, BASE_06, "popular", 8)}</aside></div>
</div></div>
<div class="site-footer"><footer class="site-info"><div class="copyright-bar">© 2026 TSA – Tout sur l'Algérie</div></footer></div>
<script id="generate-menu-js" src="{BASE_06}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script>
</body></html>
"""
    write(
        "06_tsa_wordpress_gallery_aps",
        page,
        {
            "title": h1,
            "publication": "TSA",
            "author": None,
            "agency": "APS",
            "section": "Économie",
            "date": datetime.date(2026, 11, 20),
            "source_url": URL_06,
            "pull_quotes": [QUOTE_06],
            "paragraphs": [flat(x) for x in BODY_06],
            "notes": "WordPress GeneratePress with Yoast @graph; 'Par La rédaction avec APS' (no "
            "person; agency APS); a 'Lire aussi :' link set as a <p> inside the text (not a "
            "paragraph); wp-block-gallery of four captions; figure.wp-block-pullquote with a "
            "cite; header shows today's date; meta times in UTC, page in Algiers time.",
        },
    )
