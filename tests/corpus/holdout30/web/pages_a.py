# ruff: noqa: E501
# (the HTML templates keep a real page's long lines)
"""Pages 01-04 of holdout30/web: L'essentiel (LU, Next.js live), Monaco-Matin (MC, WordPress
JNews, paywall), Le Nouvelliste (HT, home-made PHP), L'Express de Madagascar (MG, Drupal 10)."""

from __future__ import annotations

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write

CONSENT = (
    '<div id="consent-banner" class="consent" role="dialog"><p>Nous utilisons des cookies '
    "pour mesurer l’audience et personnaliser les contenus. Vous pouvez accepter ou refuser "
    'à tout moment.</p><button class="consent__ok">Accepter</button>'
    '<button class="consent__no">Refuser</button><a href="/cookies">Paramétrer</a></div>'
)


def related(seed: int, base: str, cls: str, count: int = 8) -> str:
    """A block of related-article teasers."""
    items = "".join(
        f'<li class="{cls}__item"><a href="{t["url"]}"><img src="{t["image"]}" alt="" '
        f'loading="lazy"><span class="{cls}__title">{t["title"]}</span></a></li>'
        for t in teasers(seed, count, base, FILLER)
    )
    return f'<section class="{cls}"><h2 class="{cls}__head">À lire aussi</h2><ul>{items}</ul></section>'


def page01() -> None:
    """L'essentiel, Luxembourg: Next.js live ticker, newest first, with __NEXT_DATA__."""
    base = "https://www.lessentiel.lu"
    url = f"{base}/fr/story/crue-de-la-sure-echternach-evacue-ses-quais-103948217"
    h1 = "En direct – Crue de la Sûre: Echternach évacue ses quais"
    entries = [
        (
            "17:42",
            "La décrue attendue dans la nuit",
            [
                "Selon l’Administration de la gestion de l’eau, le niveau de la Sûre devrait "
                "se stabiliser vers 22&nbsp;h puis baisser lentement. La station de Bollendorf "
                "affichait 4,61&nbsp;mètres à 17&nbsp;h, soit deux centimètres de moins qu’une "
                "heure plus tôt.",
                "Les pompiers resteront mobilisés toute la nuit, avec des renforts venus de "
                "Grevenmacher et de Mersch. «Nous ne retirerons pas les "
                "barrières avant d’avoir inspecté chaque cave», a prévenu le chef de corps, "
                "Marc Welter.",
            ],
        ),
        (
            "16:05",
            None,
            [
                "La ligne de bus 111 entre Echternach et Diekirch est déviée par Beaufort "
                "jusqu’à nouvel ordre. Les CFL annoncent des retards d’environ vingt minutes.",
            ],
        ),
        (
            "14:30",
            "Un centre d’accueil ouvert au hall sportif",
            [
                "La commune a ouvert le hall sportif du lycée classique aux habitants des rues "
                "riveraines. Une quarantaine de personnes y ont déjà été accueillies, dont "
                "plusieurs résidents de la maison de soins voisine.",
                "Des lits de camp, des repas chauds et un coin pour les enfants ont été "
                "installés par la Croix-Rouge. Les bénévoles demandent surtout des "
                "couvertures et des vêtements secs.",
            ],
        ),
        (
            "11:15",
            "Les quais fermés à la circulation",
            [
                "Depuis ce matin, la rue de la Sûre et le parking du Lac sont interdits aux "
                "véhicules. Les riverains ont reçu un SMS d’alerte du système GouvAlert peu "
                "après 9&nbsp;h.",
                "«L’eau est montée de trente centimètres en deux heures, du jamais vu depuis "
                "2021», raconte Carine Hoffmann, qui tient une boulangerie près du pont.",
                "Le bourgmestre a demandé aux habitants de monter leurs objets de valeur à "
                "l’étage et de ne pas descendre dans les caves.",
            ],
        ),
    ]
    intro = (
        "Après trois jours de pluies continues, la Sûre est sortie de son lit à Echternach. "
        "La commune a fait évacuer les quais et ouvert un centre d’accueil. Suivez la situation "
        "en direct."
    )
    authors = ["Joëlle Reuter", "Tom Kieffer"]
    blocks = []
    expected_paras, subheads = [], []
    for time, title, texts in entries:
        head = f'<h3 class="LiveEntry_title__x8Q2">{title}</h3>' if title else ""
        blocks.append(
            f'<article class="LiveEntry_entry__k2Lm" id="entry-{time.replace(":", "")}">'
            f'<div class="LiveEntry_meta__p0aZ"><time datetime="2026-11-24T{time}:00+01:00">'
            f"{time}</time></div>{head}"
            f'<div class="LiveEntry_body__Jt1c">{paras(*texts)}</div>'
            '<div class="LiveEntry_share__Wq7"><button aria-label="Partager">Partager</button>'
            "</div></article>"
        )
        if title:
            subheads.append(title)
        expected_paras += [flat(t) for t in texts]
    body = "\n".join(blocks)
    next_data = {
        "props": {
            "pageProps": {
                "story": {
                    "id": "103948217",
                    "title": h1,
                    "lead": intro,
                    "authors": [{"name": a} for a in authors],
                    "published": "2026-11-24T09:20:00+01:00",
                    "updated": "2026-11-24T17:42:00+01:00",
                    "ressort": "Luxembourg",
                    "entries": [
                        {"time": e[0], "title": e[1], "html": paras(*e[2])} for e in entries
                    ],
                },
                "related": teasers(101, 20, base + "/fr/story", FILLER),
            }
        },
        "page": "/story/[slug]",
        "buildId": "Hq3kP0v9aXz",
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": h1,
        "description": intro,
        "datePublished": "2026-11-24T09:20:00+01:00",
        "dateModified": "2026-11-24T17:42:00+01:00",
        "coverageStartTime": "2026-11-24T09:20:00+01:00",
        "articleSection": "Luxembourg",
        "author": [{"@type": "Person", "name": a} for a in authors],
        "publisher": {"@type": "NewsMediaOrganization", "name": "L'essentiel"},
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": e[1] or "Mise à jour",
                "datePublished": f"2026-11-24T{e[0]}:00+01:00",
            }
            for e in entries
        ],
    }
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Crue de la Sûre: Echternach évacue ses quais - L'essentiel</title>
<meta name="description" content="{intro}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article"><meta property="og:url" content="{url}">
<meta property="og:title" content="Crue de la Sûre: Echternach évacue ses quais">
<meta property="og:site_name" content="L'essentiel">
<meta property="article:published_time" content="2026-11-24T09:20:00+01:00">
<meta property="article:modified_time" content="2026-11-24T17:42:00+01:00">
<meta name="next-head-count" content="12">
<style data-n-g="">{css_blob(11, "Layout", 500)}</style>
{json_script(ld)}
</head><body><div id="__next">{CONSENT}
<header class="Header_header__a1"><a class="Header_logo__b2" href="/fr">L'essentiel</a>
<nav>{menu(12, "Nav_menu", base + "/fr", ["Luxembourg", "Frontaliers", "Monde", "Sport", "People", "Vidéos"])}</nav>
<div class="Header_date__c3">Mardi 24 novembre 2026</div></header>
<main class="Story_main__d4"><nav class="Breadcrumb_bc__e5"><a href="/fr">Accueil</a> › <a href="/fr/luxembourg">Luxembourg</a></nav>
<article class="Story_story__f6"><div class="Story_live__g7"><span class="LiveBadge_badge__h8">EN DIRECT</span></div>
<h1 class="Story_title__i9">{h1}</h1>
<p class="Story_lead__j0">{intro}</p>
<div class="Story_byline__k1"><span>par </span><a href="/fr/auteur/joelle-reuter">Joëlle Reuter</a> et <a href="/fr/auteur/tom-kieffer">Tom Kieffer</a></div>
<div class="Story_dates__l2"><time datetime="2026-11-24T09:20:00+01:00">Publié: 24.11.2026, 09:20</time> · <time datetime="2026-11-24T17:42:00+01:00">Mis à jour: 17:42</time></div>
<figure class="Story_hero__m3"><img src="{base}/media/sure-echternach.jpg" alt="Les quais inondés"><figcaption>Les quais d’Echternach sous l’eau, mardi matin. <span>Photo: L'essentiel/Tom Kieffer</span></figcaption></figure>
<div class="Story_ad__n4"><span>Publicité</span><div id="ad-mrec-1"></div></div>
<div class="LiveTicker_ticker__o5">
{body}
</div></article>
{related(13, base + "/fr/story", "Related")}
</main>
<footer class="Footer_footer__p6"><p>© 2026 Edita S.A. – L'essentiel</p>{menu(14, "Footer_links", base, ["Impressum", "Contact", "Publicité", "Emploi"], 4)}</footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/main-3c9f0a.js" async></script>
</body></html>
"""
    write(
        "01_lessentiel_nextjs_live_two_authors",
        page,
        {
            "title": h1,
            "publication": "L'essentiel",
            "author": "Joëlle Reuter et Tom Kieffer",
            "section": "Luxembourg",
            "date": datetime.date(2026, 11, 24),
            "standfirst": flat(intro),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": expected_paras,
            "notes": "Next.js live ticker, newest first, with the whole story again in "
            "__NEXT_DATA__; timestamps in <time> are not text; h3 entry titles are subheads, "
            "one entry untitled; og:title and <title> lack the h1's 'En direct –'; two authors "
            "as two links; updated after published.",
        },
    )


def page02() -> None:
    """Monaco-Matin, Monaco: WordPress JNews, 'Lire aussi' box in the text, paywall."""
    base = "https://www.monacomatin.mc"
    url = f"{base}/economie/le-port-hercule-lance-sa-premiere-borne-electrique-pour-yachts-8841203"
    h1 = "Le port Hercule branche ses premiers yachts sur le quai électrique"
    og = "Port Hercule : une borne électrique géante pour les yachts"
    chapo = (
        "Depuis lundi, deux unités de plus de quarante mètres peuvent couper leurs "
        "générateurs à quai. Un chantier de 6,4&nbsp;millions d’euros que la Principauté veut "
        "étendre à tout le port d’ici 2029."
    )
    texts = [
        "Il est à peine 8&nbsp;heures quand le <em>Santa Lucia</em>, un yacht de 46&nbsp;mètres "
        "battant pavillon maltais, se raccorde au nouveau coffret installé quai Albert-I<sup>er</sup>. "
        "Pour la première fois, ses deux générateurs diesel se taisent pendant l’escale.",
        "«&nbsp;On entend enfin les mouettes&nbsp;», sourit Sandrine Aureglia, qui promène son "
        "chien chaque matin le long de la digue. Les riverains du boulevard Louis-II se "
        "plaignaient depuis des années du bourdonnement des moteurs et des fumées.",
        "Le dispositif, conçu par la Société d’exploitation des ports de Monaco, délivre "
        "jusqu’à 2&nbsp;mégawatts. Il a fallu tirer un câble sous le quai et renforcer le "
        "poste de transformation de la Condamine, ce qui a occupé les équipes pendant "
        "quatorze mois.",
        "Selon la direction de l’Environnement, une escale de trois jours d’un grand yacht "
        "branché évite l’émission d’environ onze tonnes de CO<sub>2</sub>. «&nbsp;C’est "
        "l’équivalent de ce qu’une voiture rejette en quatre ans&nbsp;», précise l’ingénieur "
        "Loïc Barral.",
        "Reste la question du prix. Le kilowattheure est facturé 0,31&nbsp;euro aux "
        "armateurs, soit un peu plus que le coût du carburant au port. Plusieurs capitaines "
        "ont déjà fait savoir qu’ils attendraient une baisse avant de s’y raccorder.",
        "Le gouvernement princier étudie un tarif réduit pour les escales de plus d’une "
        "semaine. Une décision est attendue avant le Conseil national de décembre, où le "
        "budget des ports doit être discuté.",
    ]
    lire = (
        '<div class="jeg_post_related jnews_inline_related_post"><div class="jeg_block_heading">'
        '<h3 class="jeg_block_title"><span>Lire aussi</span></h3></div><ul>'
        f'<li><a href="{base}/economie/yacht-show-2026-bilan">Monaco Yacht Show : un bilan '
        'record malgré la chaleur</a></li><li><a href="'
        f'{base}/vie-locale/condamine-travaux">Travaux à la Condamine : ce qui change en '
        "décembre</a></li></ul></div>"
    )
    paywall = (
        '<div class="mm-paywall"><div class="mm-paywall__fade"></div><p class="mm-paywall__title">'
        "Cet article est réservé à nos abonnés</p><p>Profitez de notre offre découverte : "
        '1&nbsp;€ le premier mois, sans engagement.</p><a class="mm-paywall__btn" href="/abonnement">'
        'Je m’abonne</a><p>Déjà abonné ? <a href="/connexion">Se connecter</a></p></div>'
    )
    body = (
        paras(*texts[:2]) + "\n" + lire + "\n" + paras(*texts[2:]) + "\n"
        '<div class="jeg_ad jeg_ad_article"><span>Publicité</span></div>\n' + paywall
    )
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": url + "#article",
                "headline": og,
                "datePublished": "2026-11-17T06:30:00+01:00",
                "dateModified": "2026-11-17T09:05:00+01:00",
                "articleSection": ["Économie", "Monaco"],
                "author": {"@type": "Person", "name": "Cédric Verdino"},
                "isAccessibleForFree": False,
                "hasPart": {
                    "@type": "WebPageElement",
                    "isAccessibleForFree": False,
                    "cssSelector": ".mm-paywall",
                },
                "publisher": {"@id": base + "/#organization"},
            },
            {"@type": "Organization", "@id": base + "/#organization", "name": "Monaco-Matin"},
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Économie",
                        "item": base + "/economie",
                    },
                ],
            },
        ],
    }
    tags = "".join(
        f'<a href="{base}/tag/{t.lower()}" rel="tag">{t}</a>'
        for t in ("Port Hercule", "Énergie", "Yachting", "Environnement")
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{og} - Monaco-Matin</title>
<meta name="description" content="Deux yachts de plus de quarante mètres peuvent désormais couper leurs générateurs à quai.">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR"><meta property="og:type" content="article">
<meta property="og:title" content="{og}"><meta property="og:url" content="{url}">
<meta property="og:site_name" content="Monaco-Matin">
<meta property="article:section" content="Économie">
<meta property="article:published_time" content="2026-11-17T06:30:00+01:00">
<meta property="article:modified_time" content="2026-11-17T09:05:00+01:00">
<meta name="generator" content="WordPress 6.6.2">
{json_script(ld, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel="stylesheet" id="jnews-frontend-css" href="{base}/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.1" media="all">
<style id="jnews-inline-css">{css_blob(21, "jeg", 600)}</style>
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-8841203 single-format-standard jeg_single_tpl_2 jnews">
{CONSENT}
<div class="jeg_viewport"><header class="jeg_header normal"><div class="jeg_topbar"><span class="jeg_top_date">mardi 17 novembre 2026</span></div>
<div class="jeg_logo"><a href="{base}/"><img src="{base}/wp-content/uploads/logo-monaco-matin.svg" alt="Monaco-Matin"></a></div>
<nav class="jeg_main_menu_wrapper">{menu(22, "jeg_menu", base, ["Monaco", "Économie", "Sport", "Culture", "People", "Faits divers"])}</nav></header>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="{base}/">Accueil</a></span> <i class="fa fa-angle-right"></i> <span><a href="{base}/economie">Économie</a></span></div></div>
<div class="entry-header"><div class="jeg_meta_category"><a href="{base}/economie" rel="category tag">Économie</a></div>
<h1 class="jeg_post_title">{h1}</h1>
<h2 class="jeg_post_subtitle">{chapo}</h2>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="jeg_meta_author"><span class="meta_text">Par</span> <a href="{base}/author/cverdino/">Cédric Verdino</a></div>
<div class="jeg_meta_date"><a href="{url}">17 novembre 2026 à 06h30</a></div><div class="jeg_meta_comment"><a href="{url}#comments"><i class="fa fa-comment-o"></i> 12</a></div></div></div></div>
<div class="jeg_featured featured_image"><img src="{base}/wp-content/uploads/2026/11/quai-electrique.jpg" alt=""><p class="wp-caption-text">Le coffret du quai Albert-Ier peut alimenter deux yachts à la fois. (Photo Jean-François Ottonello)</p></div>
<div class="jeg_share_top_container"><div class="jeg_share_button"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a></div></div>
<div class="entry-content no-share"><div class="content-inner ">
{body}
</div></div>
<div class="jeg_post_tags"><span>Tags:</span> {tags}</div>
{related(23, base + "/economie", "jnews_related_post_container")}
</div></div></div>
<footer class="jeg_footer"><div class="jeg_footer_copyright"><p>© 2026 Monaco-Matin. Tous droits réservés.</p></div>{menu(24, "jeg_footer_menu", base, ["Mentions légales", "Contact", "Annonces"], 3)}</footer></div>
<script id="jnews-frontend-js" src="{base}/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.6.1"></script>
</body></html>
"""
    write(
        "02_monacomatin_wordpress_jnews_paywall",
        page,
        {
            "title": h1,
            "publication": "Monaco-Matin",
            "author": "Cédric Verdino",
            "section": "Économie",
            "date": datetime.date(2026, 11, 17),
            "standfirst": flat(chapo),
            "source_url": url,
            "paragraphs": [flat(t) for t in texts],
            "incomplete": True,
            "notes": "WordPress JNews: standfirst in h2.jeg_post_subtitle; 'Lire aussi' box "
            "between paragraphs two and three; paywall box after five paragraphs "
            "(incomplete); og:title, <title> and JSON-LD headline differ from the h1; "
            "articleSection a list; CO2 and Albert-Ier with markup; guillemets with &nbsp;.",
        },
    )


def page03() -> None:
    """Le Nouvelliste, Haïti: home-made PHP, tables, <br><br> text, correction note."""
    base = "https://lenouvelliste.com"
    url = f"{base}/article/251877/a-jacmel-les-artisans-du-papier-mache-preparent-un-carnaval-sans-touristes"
    h1 = "À Jacmel, les artisans du papier mâché préparent un carnaval sans touristes"
    texts = [
        "Dans l’atelier de Wilson Désir, rue Sainte-Anne, une vingtaine de masques sèchent "
        "au soleil sur des planches posées sur des bidons. Des taureaux, des diables à cornes, "
        "un oiseau aux ailes immenses peint en bleu et jaune. Le carnaval de Jacmel n’aura "
        "lieu qu’en février, mais le travail commence dès novembre.",
        "«&nbsp;Avant, la moitié de ce que je fabriquais partait chez des visiteurs étrangers. "
        "Cette année, je ne compte que sur les gens d’ici&nbsp;», explique l’artisan de "
        "cinquante-deux ans, les mains blanches de colle.",
        "Depuis que les vols vers l’aéroport de Jacmel ont été suspendus, en mars, les "
        "commandes venues de la diaspora ont chuté. Selon l’Association des artisans du "
        "Sud-Est, qui regroupe quatre-vingt-sept ateliers, le chiffre d’affaires du secteur a "
        "baissé de près de 60&nbsp;% en un an.",
        "Pour compenser, certains artisans se tournent vers les écoles. La directrice du "
        "lycée Pinchinat, Marie-Lourdes Jean-Baptiste, a commandé trente masques pour le "
        "défilé des élèves. «&nbsp;C’est une façon de transmettre le savoir-faire aux "
        "jeunes&nbsp;», dit-elle.",
        "La mairie promet une subvention de 1,2&nbsp;million de gourdes aux groupes "
        "carnavalesques. Une somme jugée insuffisante par Wilson Désir, qui espère encore "
        "vendre quelques pièces à Port-au-Prince avant la fin de l’année. Il a déjà "
        "promis un grand oiseau bleu à un hôtel de Pétion-Ville, payé d’avance.",
    ]
    correction = (
        "<i>Correctif&nbsp;: une version précédente de cet article indiquait que "
        "l’association regroupait soixante-dix-huit ateliers. Il s’agit de quatre-vingt-sept "
        "ateliers.</i>"
    )
    body = "<br /><br />\n".join(texts) + "<br /><br />\n" + correction
    nav = " | ".join(
        f'<a href="{base}/rubrique/{n.lower()}" class="menu">{n}</a>'
        for n in ("National", "Économie", "Culture", "Sport", "Société", "Éditorial", "Régions")
    )
    side = "".join(
        f'<tr><td class="small"><a href="{t["url"]}">{t["title"]}</a><br><span class="gris">'
        f"{t['date']}</span></td></tr>"
        for t in teasers(31, 70, base + "/article", FILLER)
    )
    comments = "".join(
        f'<tr><td class="comment"><b>{who}</b> — {when}<br>{what}</td></tr>'
        for who, when, what in [
            ("Jocelyne P.", "19/11/2026 11:02", "Bravo aux artisans, Jacmel résiste !"),
            ("R. Estimé", "19/11/2026 14:47", "Il faut rouvrir l’aéroport, c’est urgent."),
        ]
    )
    page = f"""<!-- saved from url=({len(url):04d}){url} -->
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Le Nouvelliste - À Jacmel, les artisans du papier mâché préparent un carnaval sans touristes</title>
<meta name="keywords" content="Jacmel, carnaval, artisanat, papier mâché, Sud-Est">
<meta property="og:title" content="{h1}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Le Nouvelliste">
<meta property="og:image" content="{base}/images/articles/251877.jpg">
<link rel="stylesheet" href="/css/style2009.css" type="text/css">
<style>{css_blob(32, "ln", 520)}</style>
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1834512-1']); _gaq.push(['_trackPageview']);</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><a href="{base}/"><img src="/images/logo_nouvelliste.gif" alt="Le Nouvelliste" border="0"></a>
<span class="date_jour">Jeudi 19 novembre 2026</span></td></tr>
<tr><td colspan="2" class="barre_menu">{nav}</td></tr>
<tr><td width="660" valign="top" class="contenu">
<table width="100%" cellpadding="6"><tr><td>
<span class="rubrique">Culture</span><br>
<span class="titre_article">{h1}</span><br>
<span class="auteur">Par Ketsia JEAN-PHILIPPE</span><br>
<span class="date_article">Publié le 19 novembre 2026</span><br><br>
<img src="/images/articles/251877.jpg" width="640" alt=""><br>
<span class="legende">Des masques de taureaux sèchent dans l’atelier de Wilson Désir, à Jacmel. Photo : Le Nouvelliste</span><br><br>
<div class="texte_article">
{body}
</div>
<br><span class="auteur">Ketsia Jean-Philippe</span><br>
<a href="mailto:kjeanphilippe@lenouvelliste.com">kjeanphilippe@lenouvelliste.com</a>
</td></tr></table>
<table width="100%" class="commentaires"><tr><td><b>Commentaires (2)</b></td></tr>{comments}</table>
</td>
<td width="300" valign="top" class="colonne"><table width="100%"><tr><td class="titre_colonne">Les plus lus</td></tr>{side}</table></td></tr>
<tr><td colspan="2" class="pied">Le Nouvelliste © 1898-2026 — 198, rue du Centre, Port-au-Prince, Haïti</td></tr>
</table>
<script type="text/javascript">(function(){{var ga=document.createElement('script');ga.src='https://ssl.google-analytics.com/ga.js';document.body.appendChild(ga);}})();</script>
</body></html>
"""
    write(
        "03_lenouvelliste_homemade_br_correction",
        page,
        {
            "title": h1,
            "publication": "Le Nouvelliste",
            "author": "Ketsia Jean-Philippe",
            "section": "Culture",
            "date": datetime.date(2026, 11, 19),
            "source_url": url,
            "paragraphs": [flat(t) for t in texts] + [flat(correction)],
            "notes": "Home-made PHP with tables: headline in span.titre_article, no h1, no "
            "JSON-LD, no canonical (og:url); body one div split by <br /><br />; "
            "byline in capitals 'Par Ketsia JEAN-PHILIPPE', signature and e-mail after the "
            "text; italic correction note kept as the last paragraph; site name first in "
            "<title>; the kicker span the only section source; reader comments.",
        },
    )


def page04() -> None:
    """L'Express de Madagascar: Drupal 10 interview, questions in <strong>, breadcrumb only."""
    base = "https://lexpress.mg"
    url = f"{base}/economie/vanille-les-prix-ne-remonteront-pas-avant-2028"
    h1 = "Haingo Rasoanaivo : « Les prix de la vanille ne remonteront pas avant 2028 »"
    chapo = (
        "La campagne de vanille s’ouvre dans la Sava sur fond de stocks invendus. La "
        "présidente du Groupement des exportateurs de la région explique pourquoi les "
        "planteurs doivent s’attendre à deux années difficiles."
    )
    qa = [
        ("q", "La campagne s’ouvre cette semaine. Dans quel état d’esprit sont les planteurs ?"),
        (
            "a",
            "Ils sont inquiets, et on les comprend. Le kilo de vanille verte se négocie "
            "autour de 18&nbsp;000&nbsp;ariary à Sambava, alors qu’il dépassait 75&nbsp;000 il y "
            "a trois ans. Beaucoup ont emprunté pour payer la main-d’œuvre et ne savent pas "
            "comment rembourser.",
        ),
        ("q", "Pourquoi une telle chute ?"),
        (
            "a",
            "Il y a d’abord les stocks. Les acheteurs américains et européens ont constitué "
            "des réserves pendant les années de prix élevés, et ils les écoulent encore. Ensuite, "
            "l’Ouganda et l’Indonésie ont beaucoup planté. Madagascar n’est plus seul sur le "
            "marché.",
        ),
        ("q", "Le prix plancher fixé par l’État n’a-t-il pas aidé ?"),
        (
            "a",
            "Il a créé une fausse sécurité. Quand le prix officiel est plus haut que ce que "
            "paient les importateurs, les exportateurs n’achètent plus, tout simplement. Une "
            "partie de la récolte 2025 dort toujours dans des magasins à Antalaha.",
        ),
        ("q", "Que proposez-vous ?"),
        (
            "a",
            "Nous demandons un fonds de soutien aux planteurs, financé par une partie de la "
            "taxe à l’exportation, et une vraie politique de qualité. La vanille de la Sava est "
            "la meilleure du monde quand elle est bien préparée. C’est notre seul argument face "
            "aux nouveaux producteurs.",
        ),
        ("q", "Quand la situation pourrait-elle s’améliorer ?"),
        (
            "a",
            "Pas avant 2028, à mon avis. Il faudra que les stocks mondiaux soient épuisés. "
            "D’ici là, je conseille aux familles de diversifier : girofle, cacao, riz. Ne pas "
            "tout miser sur une seule liane.",
        ),
    ]
    body = "\n".join(
        f"<p><strong>{t}</strong></p>" if kind == "q" else f"<p>{t}</p>" for kind, t in qa
    )
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": url,
                "name": h1,
                "url": url,
                "datePublished": "2026-11-20T07:00:00+03:00",
                "dateModified": "2026-11-21T10:12:00+03:00",
                "inLanguage": "fr",
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Économie",
                        "item": base + "/economie",
                    },
                    {"@type": "ListItem", "position": 3, "name": h1},
                ],
            },
        ],
    }
    views = "".join(
        f'<div class="views-row"><a href="{t["url"]}">{t["title"]}</a></div>'
        for t in teasers(41, 15, base + "/economie", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="description" content="{flat(chapo)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="L'Express de Madagascar">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:title" content="Vanille : « Les prix ne remonteront pas avant 2028 »">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
{json_script(ld)}
<title>Haingo Rasoanaivo : « Les prix de la vanille ne remonteront pas avant 2028 » | L'Express de Madagascar</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Wq0lX2m.css?delta=0&amp;language=fr&amp;theme=lexpress">
<style>{css_blob(42, "lx", 350)}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/118204","currentLanguage":"fr"}},"gtag":{{"tagId":"G-7QX0MG"}}}}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
{CONSENT}
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="site-header"><div class="site-branding"><a href="/" rel="home">L'Express de Madagascar</a></div>
<div class="header-date">Samedi 21 novembre 2026</div>
<nav role="navigation" id="block-lexpress-main-menu">{menu(43, "menu", base, ["Actualités", "Politique", "Économie", "Société", "Sport", "Culture"])}</nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
<ol><li><a href="/">Accueil</a></li><li><a href="/economie">Économie</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<article data-history-node-id="118204" class="node node--type-article node--view-mode-full">
<div class="field field--name-field-surtitre">Entretien</div>
<h1 class="page-title"><span class="field field--name-title">{h1}</span></h1>
<div class="node__meta"><span class="field field--name-field-auteur">Propos recueillis par Fanja Rakotomalala</span>
<span class="field field--name-created"><time datetime="2026-11-20T04:00:00Z">20 novembre 2026</time></span>
<span class="field field--name-changed">Mis à jour le <time datetime="2026-11-21T07:12:00Z">21 novembre 2026</time></span></div>
<div class="field field--name-field-image"><img src="/sites/default/files/2026-11/vanille-sava.jpg" alt="">
<div class="field field--name-field-legende">Haingo Rasoanaivo dans un magasin de préparation, à Sambava. Photo Tsiry Andriamanana</div></div>
<div class="clearfix text-formatted field field--name-field-chapo"><p>{chapo}</p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
{body}
</div>
<div class="field field--name-field-tags"><div class="field__label">Mots-clés</div><div class="field__items"><a href="/tags/vanille">Vanille</a> <a href="/tags/sava">Sava</a> <a href="/tags/exportation">Exportation</a></div></div>
</article>
<section class="block block-views"><h2>Dans la même rubrique</h2>{views}</section>
</main>
<footer role="contentinfo" class="site-footer"><p>© 2026 L'Express de Madagascar — Antananarivo</p>{menu(44, "menu--footer", base, ["Contact", "Annonces", "Abonnements"], 3)}</footer>
</div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/sites/default/files/js/js_t9aZk3.js?scope=footer&amp;delta=0&amp;language=fr"></script>
</body></html>
"""
    write(
        "04_lexpressmg_drupal10_interview_breadcrumb",
        page,
        {
            "title": h1,
            "publication": "L'Express de Madagascar",
            "author": "Fanja Rakotomalala",
            "section": "Économie",
            "date": datetime.date(2026, 11, 20),
            "standfirst": flat(chapo),
            "source_url": url,
            "paragraphs": [flat(t) for _, t in qa],
            "notes": "Drupal 10 interview: questions in <p><strong> are paragraphs; 'Propos "
            "recueillis par'; JSON-LD only WebPage and BreadcrumbList, no articleSection nor "
            "article:section, so the breadcrumb's Économie wins over the surtitre 'Entretien'; "
            "<time> in UTC (04:00Z = 07:00 in Antananarivo, same day); updated next day; "
            "og:title differs from the h1; chapô in field--name-field-chapo.",
        },
    )
