# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 05: La Nouvelle Tribune, Bénin (WordPress + WPBakery), data table, date in text only."""

import datetime

from chrome import mega_menu, rail, stylesheet, tracking
from kit import ld_script, save, wrap

BASE = "https://lanouvelletribune.info"
URL = f"{BASE}/2026/11/benin-la-campagne-de-noix-de-cajou-demarre-avec-un-prix-plancher-releve/"
TITLE = "Bénin : la campagne de noix de cajou démarre avec un prix plancher relevé"
P1 = [
    "Le gouvernement béninois a fixé à 450&nbsp;francs CFA le kilogramme le prix plancher de la noix de cajou pour la campagne 2026-2027, contre 400&nbsp;francs l’an dernier. L’annonce a été faite mercredi à Parakou par le ministre de l’Agriculture, à l’issue d’une rencontre avec les faîtières de producteurs.",
    "Cette hausse intervient alors que les producteurs du Borgou et de la Donga se plaignaient d’acheteurs qui, en début de saison, proposaient des prix inférieurs au minimum officiel. Des brigades de contrôle seront déployées sur les marchés ruraux dès la semaine prochaine, a assuré le ministre.",
    "Selon les chiffres communiqués lors de la rencontre, la production nationale progresse pour la troisième année consécutive&nbsp;:",
]
TABLE = [
    ("Campagne", "Production (tonnes)", "Prix plancher (FCFA/kg)"),
    ("2024-2025", "182 000", "375"),
    ("2025-2026", "196 500", "400"),
    ("2026-2027 (prévision)", "210 000", "450"),
]
SUB = "La transformation locale encore marginale"
P2 = [
    "Moins d’un cinquième des noix récoltées est transformé sur place. Le reste part brut vers l’Asie, principalement vers le Vietnam et l’Inde. La zone industrielle de Glo-Djigbé, qui accueille deux usines de décorticage depuis 2024, doit en recevoir une troisième en mars.",
    "« Chaque tonne transformée ici, ce sont des emplois pour nos jeunes et des devises qui restent au pays », a plaidé Rachidatou Bio Sika, présidente d’une coopérative de femmes transformatrices de Tchaourou.",
    "Les exportateurs, eux, redoutent que le relèvement du prix plancher rende la noix béninoise moins compétitive face à celle de Côte d’Ivoire et du Ghana. Leur association a demandé un allègement de la taxe à l’exportation, sans obtenir de réponse pour l’instant.",
    "La commercialisation s’ouvrira officiellement le 1<sup>er</sup>&nbsp;décembre et prendra fin le 31&nbsp;mai 2027.",
]


def build() -> None:
    """Write page 05 and its expected file."""
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": TITLE,
        "author": {"@type": "Person", "name": "Ignace Hounkpè", "url": f"{BASE}/author/ignace/"},
        "publisher": {"@type": "Organization", "name": "La Nouvelle Tribune"},
        "articleSection": "Economie",
        "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
    }
    nav = mega_menu(
        1641, "td-menu", BASE, ["Bénin", "Afrique", "Monde", "Economie", "Sport", "Culture"], 7
    )
    more = rail(
        1642,
        120,
        BASE,
        '<div class="vc_grid-item vc_clearfix vc_col-sm-4"><div class="vc_grid-item-mini"><a href="{url}" class="vc_gitem-link"><img src="{image}" alt=""></a><h4 class="vc_custom_heading vc_gitem-post-data"><a href="{url}">{title}</a></h4></div></div>',
    )
    lire = rail(1643, 1, BASE, '<a href="{url}">{title}</a>')

    def column(inner: str, extra: str = "") -> str:
        return f'<div class="wpb_text_column wpb_content_element {extra}"><div class="wpb_wrapper">{inner}</div></div>'

    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in TABLE)
    inner = "\n".join(
        [
            column(wrap(P1)),
            column(
                f'<table class="table-cajou"><tbody>{rows}</tbody></table><p class="source-tableau"><em>Source : ministère de l’Agriculture, de l’Élevage et de la Pêche</em></p>'
            ),
            f'<div class="vc_message_box vc_message_box-standard vc_message_box-rounded vc_color-info"><div class="vc_message_box-icon"><i class="fas fa-info-circle"></i></div><p><strong>Lire aussi :</strong> {lire}</p></div>',
            f'<h2 style="font-size: 22px;color: #b30000;text-align: left" class="vc_custom_heading">{SUB}</h2>',
            column(wrap(P2)),
        ]
    )
    body = f'<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">{inner}</div></div></div></div>'
    page = f"""<!DOCTYPE html>
<html lang="fr-FR"><head>
<meta charset="UTF-8">
<title>Bénin : la campagne de noix de cajou démarre avec un prix plancher relevé - La Nouvelle Tribune</title>
<meta property="og:title" content="{TITLE} - La Nouvelle Tribune">
<meta property="og:site_name" content="La Nouvelle Tribune">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<link rel="canonical" href="{URL}">
<link rel="stylesheet" id="js_composer_front-css" href="{BASE}/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver=7.4" type="text/css" media="all">
<style type="text/css" data-type="vc_shortcodes-custom-css">{stylesheet(1644, "vc_custom_", 380)}</style>
{ld_script(ld)}
{tracking(1645, "td_ajax_config", 120)}
</head>
<body class="post-template-default single single-post postid-201144 single-format-standard wpb-js-composer js-comp-ver-7.4 vc_responsive">
<div class="td-header-wrap"><div class="td-header-top-menu"><span class="td_data_time">vendredi, 13 novembre 2026</span></div><div class="td-header-logo"><a href="{BASE}/"><img src="{BASE}/wp-content/uploads/logo-lnt.png" alt="La Nouvelle Tribune"></a></div><nav class="td-header-menu">{nav}</nav></div>
<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content">
<article id="post-201144" class="post-201144 post type-post status-publish category-economie">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{BASE}/category/economie/">Economie</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{TITLE}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">Par <a href="{BASE}/author/ignace/">Ignace Hounkpè</a></div> <span class="td-post-date">Publié le 12 novembre 2026</span> <div class="td-post-views"><span class="td-nr-views-201144">1 284</span></div></div></header></div>
<div class="td-post-sharing td-post-sharing-top"><a class="td-social-sharing-button td-social-facebook" href="#"><span class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button td-social-twitter" href="#"><span class="td-social-but-text">Twitter</span></a><a class="td-social-sharing-button td-social-whatsapp" href="#">WhatsApp</a></div>
<div class="td-post-featured-image"><figure><img src="{BASE}/wp-content/uploads/2026/11/cajou-parakou.jpg" alt=""><figcaption class="wp-caption-text">Un entrepôt de noix de cajou à Parakou (photo d’archives)</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{body}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="{BASE}/tag/cajou/">cajou</a></li><li><a href="{BASE}/tag/agriculture/">agriculture</a></li></ul></div></footer>
</article>
<div class="comments" id="comments"><h4 class="block-title"><span>LAISSER UN COMMENTAIRE</span></h4><form id="commentform"><textarea placeholder="Commentaire :"></textarea><input placeholder="Nom :*"><button>Publier le commentaire</button></form></div>
</div><div class="td-pb-span4 td-main-sidebar"><aside class="widget"><h4 class="block-title">Articles récents</h4>{more}</aside></div></div></div></div>
<div class="td-footer-wrapper"><p>© 2026 La Nouvelle Tribune - Quotidien béninois d’informations</p></div>
</body></html>
"""
    save(
        "05_nouvelletribune_wpbakery_table",
        page,
        {
            "title": TITLE,
            "publication": "La Nouvelle Tribune",
            "author": "Ignace Hounkpè",
            "section": "Economie",
            "date": datetime.date(2026, 11, 12),
            "source_url": URL,
            "subheads": [SUB],
            "paragraphs": P1 + [" ".join(row) for row in TABLE] + P2,
            "notes": "WordPress (tagDiv theme) + WPBakery: body in vc_row > wpb_column > wpb_text_column > wpb_wrapper; JSON-LD BlogPosting without any date: the date is only in the text 'Publié le 12 novembre 2026' (the header's 'vendredi, 13 novembre 2026' is the day it was saved); articleSection 'Economie' (unaccented, as the site writes it); a data table whose four rows (header included) are paragraphs, cells joined by a space, its source line is chrome; 'Lire aussi' in a vc_message_box; subhead as h2.vc_custom_heading with inline style; view counter, share bar, tags, comment form.",
        },
    )
