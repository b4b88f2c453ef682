# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 03: Sud Radio (WordPress + Divi), Yoast graph with a WebPage only, tweet embed."""

import datetime

from chrome import mega_menu, rail, stylesheet, tracking
from kit import ld_script, save

BASE = "https://www.sudradio.fr"
URL = f"{BASE}/societe/a-toulouse-les-taxis-bloquent-le-peripherique-contre-les-vtc-de-laeroport"
TITLE = "À Toulouse, les taxis bloquent le périphérique contre les VTC de l’aéroport"
P1 = [
    "Plusieurs centaines de taxis ont ralenti la circulation sur le périphérique toulousain dès 6&nbsp;heures ce jeudi. Les chauffeurs protestent contre la nouvelle convention signée par l’aéroport de Blagnac avec deux plateformes de VTC, qui leur réserve désormais une zone de prise en charge au pied du terminal.",
    "« On paie 1&nbsp;200&nbsp;euros par an pour stationner sur la file d’attente, et eux arrivent devant la porte », dénonce Laurent Cabrol, président d’un syndicat de taxis de Haute-Garonne. Selon lui, les courses au départ de l’aéroport représentent près d’un tiers du chiffre d’affaires des artisans.",
]
SUB1 = "Une zone de 40 places"
P2 = [
    "La direction de l’aéroport défend un simple réaménagement. La zone, d’une quarantaine de places, doit « fluidifier les arrivées et réduire les stationnements sauvages », a-t-elle indiqué dans un communiqué.",
    "Les chauffeurs réclament trois mesures&nbsp;:",
]
LIST = [
    "le retour des VTC sur le parking P2, à 300 mètres du terminal ;",
    "un contrôle des réservations préalables par la police aux frontières ;",
    "une réunion avec la préfecture avant la fin du mois.",
]
SUB2 = "La préfecture appelle au calme"
P3 = [
    "En fin de matinée, la préfète a proposé une table ronde « dans les prochains jours ». Les syndicats ont accepté de lever les barrages filtrants vers 13&nbsp;heures, tout en menaçant de revenir lundi si aucune date n’est fixée.",
    "Le mouvement a provoqué jusqu’à 28&nbsp;kilomètres de bouchons selon le centre régional d’information routière. Plusieurs voyageurs ont raconté sur les réseaux sociaux avoir manqué leur vol.",
    "Ce n’est pas la première fois que la question divise. En 2024, un premier projet de zone dédiée avait été abandonné après une semaine de grève des taxis toulousains.",
]
TWEET = '<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">Bloquée depuis 1h sur la rocade, mon avion décolle dans 40 minutes… merci les taxis 🙃 <a href="https://t.co/xY7b2Lk">pic.twitter.com/xY7b2Lk</a></p>&mdash; Margaux (@margauxtls) <a href="https://twitter.com/margauxtls/status/1990000000000000001">November 19, 2026</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'


def build() -> None:
    """Write page 03 and its expected file."""
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": URL,
                "url": URL,
                "name": f"{TITLE} - Sud Radio",
                "isPartOf": {"@id": f"{BASE}/#website"},
                "datePublished": "2026-11-19T11:52:00+00:00",
                "dateModified": "2026-11-19T14:10:31+00:00",
                "breadcrumb": {"@id": f"{URL}#breadcrumb"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{URL}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": BASE},
                    {"@type": "ListItem", "position": 2, "name": TITLE},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{BASE}/#website",
                "url": BASE,
                "name": "Sud Radio",
                "inLanguage": "fr-FR",
            },
        ],
    }
    nav = mega_menu(
        1621,
        "et-menu nav",
        BASE,
        ["Actualités", "Émissions", "Podcasts", "Politique", "Société", "Sport"],
        9,
    )
    more = rail(
        1622,
        130,
        BASE,
        '<article class="et_pb_post clearfix et_pb_blog_item_0"><a href="{url}" class="entry-featured-image-url"><img src="{image}" alt="" width="400" height="250"></a><h2 class="entry-title"><a href="{url}">{title}</a></h2><p class="post-meta"><a href="{url}" rel="category tag">{label}</a></p></article>',
    )

    def text_module(n: int, inner: str) -> str:
        return f'<div class="et_pb_module et_pb_text et_pb_text_{n} et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">{inner}</div></div>'

    content = "\n".join(
        [
            "".join(f"<p>{x}</p>" for x in P1),
            f"<p><strong>{SUB1}</strong></p>",
            "".join(f"<p>{x}</p>" for x in P2),
            "<ul>" + "".join(f"<li>{x}</li>" for x in LIST) + "</ul>",
            TWEET,
            f"<p><strong>{SUB2}</strong></p>",
            "".join(f"<p>{x}</p>" for x in P3),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR"><head>
<meta charset="UTF-8">
<title>{TITLE} - Sud Radio</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{URL}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE} - Sud Radio">
<meta property="og:url" content="{URL}">
<meta property="og:site_name" content="Sud Radio">
<meta property="article:published_time" content="2026-11-19T11:52:00+00:00">
<meta property="article:modified_time" content="2026-11-19T14:10:31+00:00">
<meta name="author" content="Mathilde Carrez">
{ld_script(ld)}
<style id="divi-style-inline-inline-css">{stylesheet(1623, "et_pb_", 420)}</style>
<link rel="stylesheet" id="divi-dynamic-css" href="{BASE}/wp-content/et-cache/48213/et-divi-dynamic-48213.css" type="text/css" media="all">
{tracking(1624, "et_pb_custom", 150)}
</head>
<body class="post-template-default single single-post postid-48213 single-format-standard et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_right_sidebar et_divi_theme et-db">
<div id="page-container">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><a href="{BASE}/"><img src="{BASE}/wp-content/uploads/logo-sudradio.png" alt="Sud Radio" id="logo"></a></div><div id="et-top-navigation"><nav id="top-menu-nav">{nav}</nav></div><a class="et_pb_button live" href="{BASE}/direct">Écouter le direct</a></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-48213" class="et_pb_post post-48213 post type-post status-publish format-standard has-post-thumbnail hentry category-societe">
<div class="et_post_meta_wrapper"><h1 class="entry-title">{TITLE}</h1>
<p class="post-meta"> par <span class="author vcard"><a href="{BASE}/author/mathilde-carrez/" title="Articles par Mathilde Carrez" rel="author">Mathilde Carrez</a></span> avec AFP | <span class="published">Nov 19, 2026</span> | <a href="{BASE}/category/societe/" rel="category tag">Société</a></p>
<img src="{BASE}/wp-content/uploads/2026/11/taxis-toulouse-1080x675.jpg" alt="" class="" width="1080" height="675"></div>
<div class="entry-content">
<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blend_mode_passthrough et-last-child">
{text_module(0, content)}
<div class="et_pb_module et_pb_social_media_follow et_pb_social_media_follow_0"><ul class="et_pb_social_media_follow"><li class="et_pb_social_icon et-social-facebook"><a href="#" class="icon et_pb_with_border" title="Partager sur Facebook"><span class="et_pb_social_media_follow_network_name">Facebook</span></a></li><li class="et_pb_social_icon et-social-twitter"><a href="#" class="icon" title="Partager sur X"><span>X</span></a></li></ul></div>
{text_module(1, '<div class="sr-newsletter"><h3>Recevez la newsletter Sud Radio</h3><p>Chaque matin, l’actualité qui vous concerne.</p></div>')}
</div></div></div>
</div></div>
</div>
</article>
<div id="comment-wrap"><h1 id="comments" class="page_title">2 commentaires</h1><ol class="commentlist clearfix"><li class="comment"><article class="comment-body"><div class="comment_postinfo"><span class="fn">Pierrot31</span><span class="comment_date">le 19 novembre 2026 à 14h02</span></div><div class="comment_area"><p>Toujours les usagers qui trinquent.</p></div></article></li><li class="comment"><article class="comment-body"><div class="comment_postinfo"><span class="fn">Nadège B.</span></div><div class="comment_area"><p>Les VTC sont moins chers, c’est tout.</p></div></article></li></ol></div>
</div>
<div id="sidebar"><div class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">À la une</h4>{more}</div></div>
</div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><p id="footer-info">© 2026 Sud Radio - Tous droits réservés</p></div></div></footer>
</div></div>
</body></html>
"""
    save(
        "03_sudradio_divi_webpage_only",
        page,
        {
            "title": TITLE,
            "publication": "Sud Radio",
            "author": "Mathilde Carrez",
            "agency": "AFP",
            "section": "Société",
            "date": datetime.date(2026, 11, 19),
            "source_url": URL,
            "subheads": [SUB1, SUB2],
            "paragraphs": P1 + P2 + LIST + P3,
            "notes": "WordPress + Divi (et_pb_section/row/column/text modules); Yoast @graph with a WebPage only, no Article; og:title and <title> with ' - Sud Radio'; byline 'par <a rel=author>A</a> avec AFP' in Divi's post-meta, with the date as 'Nov 19, 2026' and the category link 'Société' as the section (the breadcrumb's last item is the article); subheads as <p><strong>; ul list of three demands after a lead-in; embedded tweet (not text, not a pull quote); newsletter text module and social module inside the builder; comments.",
        },
    )
