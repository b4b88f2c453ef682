"""holdout24 pages 05-08: Midi Madagasikara (home-made PHP), Le Matin (Google AMP cache),
Linfodrome (WordPress Divi), Kapitalis (WordPress GeneratePress)."""

# ruff: noqa: E501  (the HTML templates keep a saved page's long lines)

from __future__ import annotations

import datetime

from chrome import comments, consent, footer, nav, related, style, tracking
from kit import css_blob, flat, json_script, paras, write


def page05_midimadagasikara() -> None:
    """Home-made PHP: table layout, text in one cell split by <br><br>, a data table."""
    base = "https://www.midi-madagasikara.mg"
    url = f"{base}/index.php?rub=economie&art=58812"
    title = "Toamasina : le port accueille son premier porte-conteneurs de 300 mètres"
    chapo = (
        "Le « Nosy Varika Express » a accosté samedi au nouveau quai C4. Une première qui "
        "doit faire baisser le coût du fret pour les importateurs."
    )
    before = [
        "Il était un peu plus de 6 heures, samedi, quand la silhouette du « Nosy Varika "
        "Express » s’est découpée au large de Toamasina. Long de 300 mètres, le porte-"
        "conteneurs est le plus grand navire jamais reçu par le premier port du pays.",
        "Son accostage a été rendu possible par l’achèvement du quai C4, dont les travaux "
        "avaient débuté en 2022. Le bassin a été creusé à 16 mètres, contre 12 auparavant, "
        "ce qui permet désormais aux navires de 5&nbsp;000 conteneurs d’entrer sans "
        "transbordement à Maurice ou à La Réunion.",
        "« Jusqu’ici, un conteneur venu d’Asie passait par Port-Louis et perdait une semaine. "
        "Ce temps-là, c’est de l’argent pour les commerçants d’Antananarivo », souligne "
        "Haja Rakotomalala, directeur de l’exploitation du terminal.",
    ]
    subhead = "Un trafic en forte hausse"
    after = [
        "Les chiffres communiqués par l’autorité portuaire montrent une progression continue "
        "du trafic depuis trois ans :",
    ]
    rows = [
        ["Année", "Conteneurs (EVP)", "Escales"],
        ["2024", "268&nbsp;400", "512"],
        ["2025", "301&nbsp;900", "547"],
        ["2026 (prévision)", "345&nbsp;000", "590"],
    ]
    closing = [
        "Les transitaires restent toutefois prudents. Plusieurs d’entre eux rappellent que la "
        "route nationale 2 vers la capitale, saturée de camions, reste le principal goulot "
        "d’étranglement. « Décharger plus vite ne sert à rien si le conteneur attend ensuite "
        "dix jours sur le parc », résume un opérateur de la zone franche.",
        "L’autorité portuaire annonce une deuxième escale du même navire pour la mi-décembre, "
        "puis une rotation mensuelle à partir de janvier 2027.",
    ]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    body = (
        "<br /><br />\n".join(before)
        + f"<br /><br />\n<b>{subhead}</b><br /><br />\n"
        + "<br /><br />\n".join(after)
        + f'\n<table class="tableau" border="1" cellpadding="4">{table}</table>\n'
        + "<br /><br />\n".join(closing)
        + "<br /><br />\n<b>Rivo Andrianarisoa</b>"
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<!-- saved from url=(0061){url} -->
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Toamasina : le port accueille son premier porte-conteneurs de 300 mètres - Midi Madagasikara</title>
<meta name="keywords" content="port, Toamasina, conteneurs, économie, Madagascar">
<meta name="description" content="{flat(chapo)}">
<meta name="date" content="2026-11-10">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Midi Madagasikara">
<meta property="og:image" content="{base}/photos/2026/11/port-c4.jpg">
<link rel="stylesheet" href="{base}/css/style.css?v=3">
{style(501, "midi", 1100)}
<script type="text/javascript" src="{base}/js/jquery-1.8.3.min.js"></script>
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
{consent("cookie", "Midi Madagasikara")}
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" class="bandeau"><a href="{base}/"><img src="{base}/images/logo-midi.gif" alt="Midi Madagasikara" border="0"></a> <span class="date-jour">Mercredi 11 novembre 2026</span></td></tr>
<tr><td colspan="2" class="menu">{nav(502, "midi-menu", base, ["Politique", "Économie", "Société", "Sport", "Culture", "Régions"])}</td></tr>
<tr><td width="660" valign="top" class="colonne-gauche">
<table width="100%" cellpadding="6" cellspacing="0" border="0">
<tr><td class="rubrique">Rubrique : <a href="{base}/index.php?rub=economie">Économie</a></td></tr>
<tr><td class="titre"><h1>{title}</h1></td></tr>
<tr><td class="infos">Publié le : <b>10/11/2026</b> à 07:15 | Lu 1&nbsp;284 fois</td></tr>
<tr><td class="photo"><img src="{base}/photos/2026/11/port-c4.jpg" width="640" alt=""><br><i>Le « Nosy Varika Express » à quai, samedi matin. (Photo Midi)</i></td></tr>
<tr><td class="chapeau"><b>{chapo}</b></td></tr>
<tr><td class="texte">
{body}
</td></tr>
<tr><td class="partage"><a href="#">Imprimer</a> | <a href="#">Envoyer à un ami</a> | <a href="#">Facebook</a></td></tr>
</table>
{comments(503, "reactions", ["Tiana", "Fidy R."], ["Enfin une bonne nouvelle pour Toamasina.", "Et la RN2 alors ? Rien ne change."])}
</td>
<td width="320" valign="top" class="colonne-droite">{related(504, "alaune", base, "Les plus lus", 8)}</td></tr>
<tr><td colspan="2">{footer(505, "pied", "Midi Madagasikara", base)}</td></tr>
</table>
{tracking(506, ["xiti", "gaq"])}
</body></html>
"""
    write(
        "05_midimadagasikara_php_br_table",
        page,
        {
            "title": title,
            "publication": "Midi Madagasikara",
            "author": "Rivo Andrianarisoa",
            "section": "Économie",
            "date": datetime.date(2026, 11, 10),
            "standfirst": flat(chapo),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(p) for p in before + after]
            + [" ".join(flat(c) for c in r) for r in rows]
            + [flat(p) for p in closing],
            "notes": "Home-made PHP daily (Madagascar), table layout, no JSON-LD, no canonical "
            "(og:url). Text in one <td> split by <br /><br />, a <b> line as subhead, a data "
            "table inside the text (each row, header included, one paragraph, cells joined by a "
            "space), bold signature at the end (the author, not a paragraph). Chapeau in its own "
            "cell; 'Rubrique : Économie' the only section; header date of the day is not the "
            "publication.",
        },
    )


def page06_lematin_amp_cache() -> None:
    """A page saved from the Google AMP cache: gallery, and a stale JSON-LD articleBody."""
    url = "https://lematin.ma/regions/skoura-salon-palmeraies-1450-visiteurs/298417"
    cache = (
        "https://lematin-ma.cdn.ampproject.org/c/s/lematin.ma/amp/regions/"
        "skoura-salon-palmeraies-1450-visiteurs/298417"
    )
    title = "Skoura : le premier Salon des palmeraies attire 1.450 visiteurs en trois jours"
    chapo = (
        "Artisans, agronomes et coopératives du Drâa-Tafilalet se sont retrouvés autour "
        "d’un même constat : la palmeraie ne survivra pas sans une gestion commune de "
        "l’eau."
    )
    shown = [
        "La première édition du Salon des palmeraies de Skoura a refermé ses portes dimanche "
        "soir sur un bilan que ses organisateurs n’osaient pas espérer : 1.450 visiteurs en "
        "trois jours, dont près d’un tiers venus de Ouarzazate et de Marrakech.",
        "Installé sous trois grandes tentes à l’entrée de la kasbah Amridil, le salon "
        "réunissait 64 exposants, des coopératives de dattes aux fabricants de pompes "
        "solaires. Les ateliers consacrés aux khettaras, ces galeries souterraines qui "
        "irriguent l’oasis depuis des siècles, ont affiché complet chaque matin.",
        "« Nous avons perdu près de 20&nbsp;% de nos palmiers en quinze ans. Les jeunes "
        "partent, les puits se creusent toujours plus profond et les khettaras "
        "s’assèchent », a rappelé Lahcen Ait Brahim, président de l’association qui porte "
        "l’événement, lors de la séance d’ouverture.",
        "Plusieurs coopératives ont profité du salon pour signer des contrats avec des "
        "distributeurs. La coopérative féminine Tiwizi, qui transforme les dattes en pâte et "
        "en sirop, a ainsi conclu un accord avec une chaîne de magasins de Casablanca pour "
        "12 tonnes par an.",
        "Les organisateurs veulent désormais faire du salon un rendez-vous annuel. Une "
        "deuxième édition est déjà annoncée pour novembre 2027, avec un volet consacré au "
        "tourisme rural et aux gîtes de la vallée du Dadès.",
        "Le conseil régional, qui a financé un tiers du budget de 900.000 dirhams, "
        "envisage de son côté un fonds de soutien à la réhabilitation des khettaras, dont "
        "le montant doit être présenté lors de sa session de janvier.",
    ]
    stale = [flat(p) for p in shown[:4]]
    stale[0] = stale[0].replace("1.450 visiteurs", "plus de 1.200 visiteurs")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": url,
        "headline": "Skoura : le premier Salon des palmeraies attire plus de 1.200 visiteurs",
        "description": chapo,
        "articleBody": " ".join(stale),
        "articleSection": "Régions",
        "datePublished": "2026-11-16T19:05:00+01:00",
        "dateModified": "2026-11-17T10:30:00+01:00",
        "author": {"@type": "Person", "name": "Nadia Berrada"},
        "publisher": {"@type": "NewsMediaOrganization", "name": "Le Matin"},
    }
    slides = [
        "Le stand de la coopérative Tiwizi, dimanche.",
        "Démonstration d’entretien d’une khettara.",
        "Un atelier sur les pompes solaires.",
        "Les dattes mejhoul de la vallée du Dadès.",
        "La kasbah Amridil, cadre du salon.",
    ]
    gallery = "".join(
        f'<figure><amp-img src="https://lematin.ma/media/skoura-{i}.jpg" width="800" '
        f'height="533" layout="responsive" alt=""></amp-img><figcaption>{c} '
        f"<span>© Le Matin</span></figcaption></figure>"
        for i, c in enumerate(slides)
    )
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0103){cache} -->
<html ⚡ lang="fr" i-amphtml-layout="" i-amphtml-no-boilerplate="" transformed="google;v=1"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-runtime="" i-amphtml-version="012611061930000">html{{overflow-x:hidden!important}}html.i-amphtml-fie{{height:100%!important;width:100%!important}}</style>
<link rel="preload" as="script" href="https://cdn.ampproject.org/v0.js">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>{title} | Le Matin.ma</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{chapo}">
<meta property="og:site_name" content="Le Matin">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="https://lematin.ma/amp/regions/skoura-salon-palmeraies-1450-visiteurs/298417">
<meta property="article:published_time" content="2026-11-16T19:05:00+01:00">
{json_script(ld)}
<style amp-custom>{css_blob(601, "lm", 700)}</style>
</head><body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">{consent("lm", "Le Matin")}</div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">{nav(602, "lm-side", "https://lematin.ma", ["Nation", "Économie", "Régions", "Monde", "Sports", "Culture"])}</amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="burger">Menu</button><a href="https://lematin.ma/"><amp-img src="https://lematin.ma/logo.png" width="140" height="40" alt="Le Matin"></amp-img></a></header>
<main><article class="amp-article">
<ul class="breadcrumb"><li><a href="https://lematin.ma/">Accueil</a></li><li><a href="https://lematin.ma/regions">Régions</a></li></ul>
<h1 class="title">{title}</h1>
<p class="chapo">{chapo}</p>
<div class="author">Nadia Berrada</div>
<div class="date"><time datetime="2026-11-16T19:05:00+01:00">16 Novembre 2026 à 19:05</time>, mis à jour le 17 Novembre 2026 à 10:30</div>
<div class="body">
{paras(*shown[:3])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/lematin/amp_inread"></amp-ad>
{paras(*shown[3:])}
</div>
<div class="gallery"><h2 class="gallery-title">En images</h2><amp-carousel type="slides" width="800" height="600" layout="responsive">{gallery}</amp-carousel></div>
<div class="tags"><a href="https://lematin.ma/tags/skoura">Skoura</a> <a href="https://lematin.ma/tags/oasis">Oasis</a></div>
</article>
{related(603, "lm-related", "https://lematin.ma", "Sur le même sujet")}
</main>
{footer(604, "lm-footer", "Le Matin", "https://lematin.ma")}
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-LM2026AMP"}}}}</script></amp-analytics>
</body></html>
"""
    write(
        "06_lematin_ampcache_gallery_stale_jsonld",
        page,
        {
            "title": title,
            "publication": "Le Matin",
            "author": "Nadia Berrada",
            "section": "Régions",
            "date": datetime.date(2026, 11, 16),
            "standfirst": chapo,
            "source_url": url,
            "paragraphs": [flat(p) for p in shown],
            "notes": "Saved from the Google AMP cache (Morocco): saved-from comment is the "
            "cdn.ampproject.org address, og:url the /amp/ address, the canonical the article "
            "(it wins). JSON-LD articleBody is an older version (1.200 visitors, last paragraph "
            "missing): the shown text is expected. Gallery 'En images' after the text: captions "
            "are not text and 'En images' is no subhead. amp-ad between paragraphs.",
        },
    )


def page07_linfodrome_divi() -> None:
    """WordPress + Divi: standfirst only in og:description, pull quote in a figure, author
    box after the text, Yoast graph with WebPage and BreadcrumbList only."""
    base = "https://www.linfodrome.com"
    url = f"{base}/societe/yopougon-cooperative-femmes-farine-manioc-bebes/"
    title = "Yopougon : des femmes transforment le manioc en farine pour bébés"
    og_desc = (
        "À Yopougon, une coopérative de 38 femmes produit chaque mois deux tonnes de "
        "farine infantile à base de manioc et de soja, vendue moitié moins cher que les "
        "marques importées."
    )
    quote = (
        "« Les mamans nous disent que c’est le goût de chez nous, et ça, aucune marque ne le vend »"
    )
    body = [
        "Dans l’atelier de la coopérative Bel Avenir, au quartier Niangon, l’odeur du manioc "
        "grillé se mêle à celle du soja torréfié dès 6 heures du matin. Trente-huit femmes s’y "
        "relaient pour produire une farine infantile qui commence à se faire une place dans "
        "les pharmacies et les supérettes d’Abidjan.",
        "L’idée est née en 2023, quand Akissi Yao, ancienne vendeuse d’attiéké, a suivi une "
        "formation en nutrition organisée par une ONG du quartier. « On m’a expliqué qu’un "
        "enfant sur cinq à Yopougon manquait de protéines. Je me suis dit qu’on avait tout "
        "sous la main pour faire mieux », raconte la présidente de la coopérative.",
        "La recette associe farine de manioc, soja, arachide et un peu de sucre. Elle a été "
        "validée par un laboratoire de l’université Félix-Houphouët-Boigny après huit mois "
        "d’essais. Le sachet de 500 grammes est vendu 1&nbsp;500 francs CFA, contre plus de "
        "3&nbsp;000 pour les marques européennes.",
        "Aujourd’hui, la coopérative produit deux tonnes par mois et livre une quarantaine "
        "de points de vente. Mais la croissance bute sur l’équipement : le seul moulin de "
        "l’atelier tombe régulièrement en panne et les coupures d’électricité imposent "
        "parfois de travailler de nuit.",
        "Les femmes espèrent obtenir un crédit de 12 millions de francs CFA auprès d’un fonds "
        "municipal pour acheter un séchoir et un second moulin. Le dossier doit être examiné "
        "en décembre. En attendant, Akissi Yao continue de démarcher elle-même les "
        "pharmacies, un carton de sachets sous le bras.",
    ]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - Linfodrome",
                "datePublished": "2026-11-03T09:12:40+00:00",
                "dateModified": "2026-11-03T14:01:05+00:00",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{base}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Société",
                        "item": f"{base}/societe/",
                    },
                    {"@type": "ListItem", "position": 3, "name": title},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": f"{base}/",
                "name": "Linfodrome",
            },
        ],
    }
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
	<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<link rel="pingback" href="{base}/xmlrpc.php" />
	<script type="text/javascript">document.documentElement.className = 'js';</script>
<title>{title} - Linfodrome</title>
<meta name="description" content="{og_desc}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="{og_desc}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Linfodrome" />
<meta property="article:published_time" content="2026-11-03T09:12:40+00:00" />
<meta name="author" content="Serge-Alain Kouamé" />
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel="stylesheet" id="divi-style-parent-css" href="{base}/wp-content/themes/Divi/style-static.min.css?ver=4.24.2" type="text/css" media="all" />
{style(701, "et_pb", 1100)}
<script type="text/javascript" id="divi-custom-script-js-extra">var DIVI = {{"item_count":"%d Item","items_count":"%d Items"}};var et_builder_utils_params = {{"condition":{{"diviTheme":true,"extraTheme":false}}}};</script>
</head>
<body class="post-template-default single single-post postid-90411 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_pb_pagebuilder_layout et_right_sidebar">
{consent("cmplz", "Linfodrome")}
<div id="page-container">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><a href="{base}/"><img src="{base}/wp-content/uploads/logo-linfodrome.png" alt="Linfodrome" id="logo" /></a></div>
<div id="et-top-navigation">{nav(702, "et-menu", base, ["Politique", "Économie", "Société", "Sport", "Culture", "International"])}</div></div></header>
<div id="et-main-area"><div id="main-content">
<article id="post-90411" class="et_pb_post post-90411 post type-post status-publish format-standard category-societe">
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0">
<div class="et_pb_module et_pb_post_title et_pb_post_title_0 et_pb_bg_layout_light"><div class="et_pb_title_container"><h1 class="entry-title">{title}</h1>
<p class="et_pb_title_meta_container"> par <span class="author vcard"><a href="{base}/author/sakouame/" title="Articles par Serge-Alain Kouamé" rel="author">Serge-Alain Kouamé</a></span> | <span class="published">3 Nov 2026</span> | <a href="{base}/societe/" rel="category tag">Société</a></p></div>
<div class="et_pb_title_featured_container"><span class="et_pb_image_wrap"><img src="{base}/wp-content/uploads/2026/11/bel-avenir.jpg" alt="" /></span></div></div>
<div class="et_pb_module et_pb_post_content et_pb_post_content_0_tb_body">
{paras(*body[:2])}
<p class="lire-aussi"><strong>Lire aussi :</strong> <a href="{base}/economie/attieke-prix-marches-abidjan/">Attiéké : les prix flambent sur les marchés d’Abidjan</a></p>
<figure class="wp-block-pullquote"><blockquote><p>{quote}</p><cite>Akissi Yao, présidente de la coopérative</cite></blockquote></figure>
{paras(*body[2:])}
</div>
<div class="et_pb_module et_pb_text et_pb_text_1 author-box"><div class="et_pb_text_inner"><img src="{base}/wp-content/uploads/sak.jpg" alt="" /><h4>Serge-Alain Kouamé</h4><p>Journaliste au service Société de Linfodrome depuis 2019, il couvre les communes d’Abidjan et l’économie informelle.</p></div></div>
</div></div></div></div></div></div>
</article>
<div class="et_pb_section related">{related(703, "et-related", base, "Articles similaires")}</div>
{comments(704, "comment-list", ["Adjoua K.", "Koffi B."], ["Bravo à ces mamans, il faut les soutenir.", "Où peut-on acheter la farine à Cocody ?"])}
</div>
<footer id="main-footer">{footer(705, "et-footer", "Linfodrome", base)}</footer></div></div>
{tracking(706, ["et_pb_custom", "gtag"])}
</body></html>
"""
    write(
        "07_linfodrome_divi_og_standfirst",
        page,
        {
            "title": title,
            "publication": "Linfodrome",
            "author": "Serge-Alain Kouamé",
            "section": "Société",
            "date": datetime.date(2026, 11, 3),
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(p) for p in body],
            "notes": "WordPress + Divi (Côte d'Ivoire): the text sits in nested et_pb sections. "
            "The summary exists only in meta/og:description (standfirst null). Yoast graph holds "
            "only WebPage, BreadcrumbList and WebSite (no Article): section from the breadcrumb "
            "'Société', date from the page ('3 Nov 2026') and the graph. 'Lire aussi' paragraph "
            "and wp-block-pullquote figure inside the text; author box with bio after it.",
        },
    )


def page08_kapitalis_generatepress() -> None:
    """WordPress + GeneratePress: 'avec TAP', dateline, a quoted statement in a blockquote,
    a list, and a UTC JSON-LD date that falls on the previous day."""
    base = "https://kapitalis.com/tunisie"
    url = f"{base}/2026/11/05/sfax-recolte-olives-record-huileries/"
    title = "Sfax : une récolte d’olives record, les huileries débordées"
    intro = [
        "Sfax, 5 nov. (TAP) – La récolte d’olives de la saison 2026-2027 devrait atteindre "
        "410&nbsp;000 tonnes dans le gouvernorat de Sfax, un niveau jamais observé, selon "
        "les estimations présentées mercredi par le commissariat régional au développement "
        "agricole (CRDA).",
        "Ce volume représente une hausse de 35&nbsp;% par rapport à la saison précédente, "
        "favorisée par les pluies du printemps et l’entrée en production de nouvelles "
        "plantations dans les délégations d’Agareb et de Menzel Chaker.",
        "Mais les 286 huileries de la région peinent déjà à suivre. Devant plusieurs "
        "d’entre elles, sur la route de Gabès, les files de camions et de tracteurs "
        "s’étiraient mercredi sur plus d’un kilomètre. Le CRDA a demandé aux exploitants :",
    ]
    items = [
        "de fonctionner sept jours sur sept jusqu’à la fin janvier ;",
        "de stocker les olives à l’ombre et dans des caisses ajourées, jamais dans des sacs ;",
        "de déclarer chaque semaine les quantités triturées.",
    ]
    statement = [
        "Nous ne pourrons pas tout triturer dans les délais si rien ne change. Une olive qui "
        "attend plus de quarante-huit heures donne une huile plus acide, donc moins chère.",
        "Nous demandons l’ouverture temporaire de capacités de stockage publiques et une "
        "avance sur les crédits de campagne.",
    ]
    outro = [
        "C’est en ces termes que la chambre régionale des huiliers a résumé sa position dans "
        "un communiqué publié mardi soir.",
        "Du côté des agriculteurs, la satisfaction de la récolte se mêle à l’inquiétude sur "
        "les prix. Le kilo d’olives s’échangeait mercredi autour de 2,1 dinars sur les "
        "marchés de Sfax, contre 2,8 dinars l’an dernier à la même période. « Plus on "
        "récolte, moins on gagne par arbre », résume Mongi Triki, qui exploite douze "
        "hectares près de Skhira.",
        "L’Office national de l’huile prévoit d’exporter au moins 60&nbsp;% de la production "
        "nationale, principalement vers l’Espagne et l’Italie.",
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2026-11-04T23:40:00+00:00",
        "dateModified": "2026-11-05T07:55:00+00:00",
        "articleSection": "Économie",
        "keywords": ["Sfax", "Huile d'olive", "Agriculture"],
        "author": {"@type": "Person", "name": "Hédi Ben Salem", "url": f"{base}/author/hbensalem/"},
        "publisher": {
            "@type": "Organization",
            "name": "Kapitalis",
            "logo": {"@type": "ImageObject", "url": f"{base}/logo.png"},
        },
        "articleBody": " ".join(flat(p) for p in intro + items + statement + outro),
    }
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Kapitalis</title>
<meta name="description" content="La récolte d’olives devrait atteindre 410 000 tonnes dans le gouvernorat de Sfax.">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="Sfax : récolte d’olives record, les huileries débordées">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Kapitalis">
<meta property="article:published_time" content="2026-11-04T23:40:00+00:00">
<meta property="article:section" content="Économie">
{json_script(ld)}
<link rel="stylesheet" id="generate-style-css" href="{base}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
{style(801, "gp", 1100)}
<script id="generate-a11y">!function(){{"use strict";if("querySelector"in document&&"addEventListener"in window){{var e=document.body;e.addEventListener("mousedown",function(){{e.classList.add("using-mouse")}})}}}}();</script>
</head>
<body class="post-template-default single single-post postid-221873 wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Aller au contenu">Aller au contenu</a>
{consent("gdpr", "Kapitalis")}
<header class="site-header" id="masthead" aria-label="Site"><div class="inside-header grid-container"><div class="site-logo"><a href="{base}/" rel="home"><img class="header-image" alt="Kapitalis" src="{base}/wp-content/uploads/kapitalis-logo.png"></a></div></div></header>
<nav class="main-navigation" id="site-navigation">{nav(802, "gp-menu", base, ["Politique", "Économie", "Société", "Culture", "Maghreb", "Opinions"])}</nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-221873" class="post-221873 post type-post status-publish format-standard has-post-thumbnail hentry category-economie tag-sfax tag-huile-dolive" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<div class="featured-image page-header-image-single"><img src="{base}/wp-content/uploads/2026/11/olives-sfax.jpg" alt="" itemprop="image"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{title}</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2026-11-05T07:55:00+00:00" itemprop="dateModified">5 novembre 2026</time><time class="entry-date published" datetime="2026-11-04T23:40:00+00:00" itemprop="datePublished">5 novembre 2026</time></span> <span class="byline">par <span class="author vcard" itemprop="author"><a class="url fn n" href="{base}/author/hbensalem/" rel="author"><span class="author-name" itemprop="name">Hédi Ben Salem</span></a></span> (avec TAP)</span></div></header>
<div class="entry-content" itemprop="text">
{paras(*intro)}
<ul class="wp-block-list">{paras(*items, tag="li")}</ul>
<blockquote class="wp-block-quote">{paras(*statement)}</blockquote>
{paras(*outro)}
</div>
<footer class="entry-meta" aria-label="Méta de l’entrée"><span class="cat-links"><span class="screen-reader-text">Catégories </span><a href="{base}/category/economie/" rel="category tag">Économie</a></span> <span class="tags-links"><span class="screen-reader-text">Étiquettes </span><a href="{base}/tag/sfax/" rel="tag">Sfax</a>, <a href="{base}/tag/huile-dolive/" rel="tag">Huile d’olive</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><a href="{base}/2026/11/04/port-rades-greve/" rel="prev">Port de Radès : la grève des dockers suspendue</a></div><div class="nav-next"><a href="{base}/2026/11/05/dinar-euro-bct/" rel="next">Le dinar se stabilise face à l’euro</a></div></nav></footer>
</div></article>
{related(803, "gp-related", base, "À lire aussi")}
{comments(804, "comment-list", ["Nabil", "Samia B.", "Ridha T."], ["Et toujours pas de stockage public, comme chaque année.", "Une bonne nouvelle pour Sfax malgré tout.", "Les prix au producteur sont une honte."])}
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">{related(805, "widget", base, "Les plus lus", 5)}</div></div>
</div></div>
<div class="site-footer">{footer(806, "gp-footer", "Kapitalis", base)}</div>
{tracking(807, ["generatepressMenu", "gtag", "adsense"])}
</body></html>
"""
    write(
        "08_kapitalis_generatepress_tap_utc",
        page,
        {
            "title": title,
            "publication": "Kapitalis",
            "author": "Hédi Ben Salem",
            "agency": "TAP",
            "section": "Économie",
            "date": datetime.date(2026, 11, 5),
            "source_url": url,
            "paragraphs": [flat(p) for p in intro + items + statement + outro],
            "notes": "WordPress + GeneratePress (Tunisia). Byline 'par Hédi Ben Salem (avec TAP)' "
            "and dateline 'Sfax, 5 nov. (TAP) –'. Published 23:40 UTC on 4 Nov = 00:40 in Tunis "
            "on 5 Nov (the page's date, as printed). A list introduced by a colon and a "
            "two-paragraph wp-block-quote (a statement quoted at length, body text, no pull "
            "quote, no cite). JSON-LD articleBody agrees with the page. og:title differs from "
            "the h1; post navigation, related, sidebar and comments are chrome.",
        },
    )
