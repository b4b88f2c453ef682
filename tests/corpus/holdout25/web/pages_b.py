# ruff: noqa: E501  (HTML templates are written as the pages hold them)
"""Pages 03 (L'Express de Madagascar, WordPress Newspaper theme) and 04 (Clicanoo, La Réunion,
Drupal 10 with a paywall)."""

from __future__ import annotations

import datetime

from kit import (
    consent,
    css_blob,
    flat,
    footer_links,
    json_script,
    menu,
    paras,
    related,
    write,
)

MG_BASE = "https://lexpress.mg"
MG_URL = f"{MG_BASE}/24/11/2026/anosibe-le-prix-du-riz-local-grimpe-avant-la-soudure/"
MG_TITLE = "Anosibe – Le prix du riz local grimpe avant la soudure"
MG_QUOTE = "« Le client achète un kapoaka au lieu de deux, et il repart en comptant ses pièces »"
MG_P1 = [
    "Le kapoaka de riz local s’échangeait à 1 150 ariary hier matin au marché d’Anosibe, "
    "contre 950 ariary à la mi-octobre. Les grossistes du plus grand marché de la capitale "
    "attribuent cette hausse à la fin des stocks de la dernière récolte et au coût du "
    "transport depuis l’Alaotra.",
    "« Un camion de dix tonnes me coûte désormais 2,8 millions d’ariary jusqu’à Tana, "
    "presque un tiers de plus qu’en juin », explique Haja Randriamampionona, qui fait "
    "venir chaque semaine trois chargements d’Ambatondrazaka. Le mauvais état de la route "
    "nationale 44 allonge le trajet de plusieurs heures.",
]
MG_LIRE = (
    '<p><strong>Lire aussi :</strong> <a href="https://lexpress.mg/18/11/2026/riziculture-'
    'les-semences-ameliorees-tardent-a-arriver/">Riziculture – Les semences améliorées '
    "tardent à arriver</a></p>"
)
MG_P2 = [
    "Chez les détaillants, les ventes baissent. Les marchandes installées le long du canal "
    "d’Andriantany disent écouler moins de la moitié de leurs sacs habituels. Beaucoup de "
    "ménages se tournent vers le riz importé, vendu 900 ariary le kapoaka, ou réduisent "
    "simplement les portions.",
    "Le ministère du Commerce a annoncé jeudi la mise en vente de riz à prix modéré dans "
    "quinze points de la capitale à partir du 1<sup>er</sup> décembre. Les associations de "
    "consommateurs jugent la mesure trop tardive et réclament un contrôle des marges des "
    "collecteurs.",
    "La période de soudure, qui s’étend habituellement jusqu’en mars, s’annonce difficile. "
    "Les prévisions de pluie pour le Moyen-Ouest restent incertaines, et les premiers "
    "repiquages ont pris du retard dans plusieurs districts. À Anosibe, certains grossistes "
    "redoutent déjà des ruptures ponctuelles si les pluies coupent de nouveau la route.",
]
MG_BIO = (
    "Journaliste au service Économie de L’Express de Madagascar depuis 2019, Fanja "
    "Razafindrakoto suit les marchés agricoles et la consommation des ménages."
)


def page03_lexpress_mg_newspaper_breadcrumb_only() -> None:
    top = ["Actualités", "Politique", "Économie", "Société", "Régions", "Sport", "Culture"]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": MG_URL,
                "url": MG_URL,
                "name": f"{MG_TITLE} – L'Express de Madagascar",
                "isPartOf": {"@id": f"{MG_BASE}/#website"},
                "datePublished": "2026-11-24T03:12:00+00:00",
                "dateModified": "2026-11-25T04:40:00+00:00",
                "breadcrumb": {"@id": f"{MG_URL}#breadcrumb"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{MG_URL}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": MG_BASE + "/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Économie",
                        "item": MG_BASE + "/category/economie/",
                    },
                    {"@type": "ListItem", "position": 3, "name": MG_TITLE},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{MG_BASE}/#website",
                "url": MG_BASE + "/",
                "name": "L'Express de Madagascar",
                "inLanguage": "fr-FR",
            },
        ],
    }
    comments = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta">'
        f'<b class="fn">{who}</b> <time datetime="2026-11-{day}T{hour}+03:00">{day} novembre 2026 à {hour[:5]}</time></footer>'
        f'<div class="comment-content"><p>{text}</p></div></article></li>'
        for who, day, hour, text in [
            (
                "Rado",
                "24",
                "09:41:00",
                "À Toamasina c’est déjà 1 200 ar le kapoaka, et personne ne contrôle rien.",
            ),
            (
                "Mialy R.",
                "25",
                "14:03:00",
                "Le riz à prix modéré, on en voit jamais dans notre quartier à Ankadikely.",
            ),
        ]
    )
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0084){MG_URL} -->
<html lang="fr-FR"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{MG_TITLE} – L'Express de Madagascar</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{MG_URL}">
<meta property="og:locale" content="fr_FR"><meta property="og:type" content="article">
<meta property="og:title" content="{MG_TITLE} – L'Express de Madagascar">
<meta property="og:description" content="Le kapoaka de riz local s’échangeait à 1 150 ariary hier matin au marché d’Anosibe…">
<meta property="og:url" content="{MG_URL}"><meta property="og:site_name" content="L'Express de Madagascar">
<meta property="article:publisher" content="https://www.facebook.com/lexpressdemadagascar">
<meta property="article:published_time" content="2026-11-24T03:12:00+00:00">
<meta property="article:modified_time" content="2026-11-25T04:40:00+00:00">
<meta name="author" content="Fanja Razafindrakoto">
<script type="application/ld+json" class="yoast-schema-graph">{json_script(graph).split(">", 1)[1].rsplit("<", 1)[0]}</script>
<link rel="stylesheet" id="td-theme-css" href="https://lexpress.mg/wp-content/themes/Newspaper/style.css?ver=12.6.8" type="text/css" media="all">
<style id="td-theme-inline">{css_blob(31, "td", 1000)}</style>
<script type="text/javascript">var tdBlocksArray=[];var td_viewport_interval_list=[{{"limitBottom":767,"sidebarWidth":228}},{{"limitBottom":1018,"sidebarWidth":300}}];var tds_general_modal_image="yes";</script>
</head>
<body class="post-template-default single single-post postid-198442 single-format-standard td-standard-pack global-block-template-1 tdb_template_61208 tdb-template td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
{consent("cmplz-cookiebanner", "L’Express de Madagascar")}
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background"></div><div id="td-mobile-nav"><div class="td-mobile-container">{menu(32, "td-mobile-main-menu", MG_BASE + "/category", top, 4)}</div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap"><div class="tdb-header-align"><div class="td_block_wrap tdb_header_date"><div class="tdb-head-date-txt">mercredi, décembre 2, 2026</div></div>
<a class="tdb-logo-a" href="{MG_BASE}/"><img class="tdb-logo-img" src="{MG_BASE}/wp-content/uploads/2022/03/logo-lexpress.png" alt="L'Express de Madagascar"></a>
<div class="tdb-main-menu">{menu(33, "tdb-block-menu", MG_BASE + "/category", top, 6)}</div></div></div>
<div id="tdb-autoload-article" data-autoload="on"><div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap"><article id="template-id-61208" class="post-198442 post type-post status-publish format-standard has-post-thumbnail category-economie tag-anosibe tag-riz" itemscope itemtype="https://schema.org/Article">
<div class="td_block_wrap tdb_breadcrumbs"><span><a title="" class="tdb-entry-crumb" href="{MG_BASE}/">Accueil</a></span> <i class="tdc-font-tdmp tdc-font-tdmp-arrow-right tdb-bread-sep"></i> <span><a title="Voir tous les articles en Économie" class="tdb-entry-crumb" href="{MG_BASE}/category/economie/">Économie</a></span></div>
<div class="td_block_wrap tdb_single_categories"><a class="tdb-entry-category" href="{MG_BASE}/category/economie/"><span class="tdb-cat-bg"></span>Économie</a></div>
<div class="td_block_wrap tdb_title"><h1 class="tdb-title-text">{MG_TITLE}</h1></div>
<div class="td_block_wrap tdb_single_author"><div class="tdb-block-inner"><a class="tdb-author-photo" href="{MG_BASE}/author/fanja-r/"><img alt="" src="{MG_BASE}/wp-content/uploads/avatars/fanja.jpg" class="avatar avatar-96 photo"></a><div class="tdb-author-name-wrap"><span class="tdb-author-by">Par</span> <a class="tdb-author-name" href="{MG_BASE}/author/fanja-r/">Fanja Razafindrakoto</a></div></div></div>
<div class="td_block_wrap tdb_single_date"><div class="tdb-block-inner"><time class="entry-date updated td-module-date" datetime="2026-11-24T06:12:00+03:00">24 novembre 2026</time></div></div>
<div class="td_block_wrap tdb_single_featured_image"><div class="tdb-block-inner"><figure><img src="{MG_BASE}/wp-content/uploads/2026/11/anosibe-riz.jpg" alt="" width="1068" height="600">
<figcaption class="tdb-caption-text">Les sacs de riz local s’empilent au marché d’Anosibe. (Photo Rivo Andrianaivo)</figcaption></figure></div></div>
<div class="td_block_wrap tdb_single_content tdi_88 td-pb-border-top td_block_template_1 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">
{paras(*MG_P1)}
<blockquote class="td_quote_box td_box_center"><p>{MG_QUOTE}</p></blockquote>
{MG_LIRE}
<div class="td-a-ad id_inline_ad0 id_ad_content-horiz-center"><span class="td-adspot-title">- Publicité -</span><div class="td-all-devices"><a href="https://lexpress.mg/annonceurs/"><img src="{MG_BASE}/wp-content/uploads/2026/10/banniere-728.jpg" alt=""></a></div></div>
{paras(*MG_P2)}
</div></div>
<div class="td_block_wrap tdb_single_tags"><ul class="tdb-tags"><li><span>TAGS</span></li><li><a href="{MG_BASE}/tag/anosibe/">Anosibe</a></li><li><a href="{MG_BASE}/tag/riz/">riz</a></li><li><a href="{MG_BASE}/tag/soudure/">soudure</a></li></ul></div>
<div class="td_block_wrap tdb_single_post_share"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook">Facebook</a><a class="td-social-sharing-button td-social-whatsapp">WhatsApp</a><a class="td-social-sharing-button td-social-twitter">Twitter</a></div></div>
<div class="td_block_wrap tdb_single_author_box"><div class="tdb-author-box"><img alt="" src="{MG_BASE}/wp-content/uploads/avatars/fanja.jpg" class="avatar"><div class="tdb-author-info"><a href="{MG_BASE}/author/fanja-r/" class="tdb-author-name">Fanja Razafindrakoto</a><div class="tdb-author-descr">{MG_BIO}</div></div></div></div>
{related(34, MG_BASE + "/2026/11", "td_block_related_posts", "Articles similaires", 6)}
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>2 Commentaires</span></h4></div><ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LAISSER UN COMMENTAIRE</h3><form id="commentform"><textarea placeholder="Commentaire :" name="comment"></textarea><input placeholder="Nom :*" name="author" type="text"><input class="submit" name="submit" type="submit" value="Publier le commentaire"></form></div></div>
</article></div></div></div>
<div class="td-footer-template-wrap"><div class="tdb_footer_logo"><img src="{MG_BASE}/wp-content/uploads/2022/03/logo-lexpress-blanc.png" alt="L'Express de Madagascar"></div>{footer_links(35, MG_BASE, "tdb-footer-menu")}<div class="tdb_footer_text">© L'Express de Madagascar 2026 – Antananarivo</div></div></div>
<script type="text/javascript" src="{MG_BASE}/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8" id="td-site-min-js"></script>
<script>var tdb_globals={{"wpRestNonce":"4c1b8e2a90","permalinkStructure":"\\/%day%\\/%monthnum%\\/%year%\\/%postname%\\/","isAjax":false,"postAutoloadStatus":"on","postAutoloadFirstId":198442}};</script>
</body></html>
"""
    write(
        "03_lexpress_mg_newspaper_breadcrumb_only",
        page,
        {
            "title": MG_TITLE,
            "publication": "L'Express de Madagascar",
            "author": "Fanja Razafindrakoto",
            "section": "Économie",
            "date": datetime.date(2026, 11, 24),
            "source_url": MG_URL,
            "pull_quotes": [flat(MG_QUOTE)],
            "paragraphs": [flat(p) for p in MG_P1 + MG_P2],
            "notes": (
                "WordPress, tagDiv Newspaper cloud template; Yoast @graph with only WebPage, "
                "BreadcrumbList and WebSite (no NewsArticle, no articleSection): the section "
                "comes from the breadcrumb; <title> and og:title with ' – L'Express de "
                "Madagascar'; pull quote in blockquote.td_quote_box; a 'Lire aussi :' "
                "paragraph and an ad inside the text; caption with photo credit; "
                "article:published_time in UTC (03:12) agreeing with the local <time> (06:12 "
                "+03:00); modified next day; 1<sup>er</sup>; tags, author box with bio, "
                "two reader comments; header date of the day; saved-from comment beside "
                "the canonical."
            ),
        },
    )


RE_BASE = "https://www.clicanoo.re"
RE_URL = (
    f"{RE_BASE}/societe/article/2026/11/21/"
    "saint-pierre-le-chantier-du-front-de-mer-a-larret-apres-la-decouverte-de-vestiges_712345"
)
RE_TITLE = "Saint-Pierre : le chantier du front de mer à l’arrêt après la découverte de vestiges"
RE_CHAPO = (
    "Des fondations en basalte et des fragments de céramique ont été mis au jour jeudi "
    "sous l’ancien parking de la Ravine Blanche. Les travaux sont suspendus pour au moins "
    "six semaines."
)
RE_P = [
    "Les pelleteuses se sont tues jeudi en fin de matinée. En creusant les tranchées des "
    "futurs réseaux d’eaux pluviales, les ouvriers de l’entreprise chargée du terrassement "
    "ont buté sur un alignement de blocs de basalte taillés, à un peu plus d’un mètre de "
    "profondeur, sous une épaisse couche de remblais.",
    "Prévenu dans l’heure, le service régional de l’archéologie a dépêché deux agents sur "
    "place. « Il s’agit vraisemblablement des fondations d’un entrepôt lié à l’activité "
    "portuaire du XIX<sup>e</sup> siècle, mais il est trop tôt pour l’affirmer », indique "
    "Mathilde Hoarau, archéologue à la Direction des affaires culturelles.",
    "Des tessons de céramique, des clous forgés et une pipe en terre cuite ont également "
    "été ramassés. Un diagnostic complet doit être mené sur les 2 400 m<sup>2</sup> de la "
    "zone avant toute reprise du chantier.",
    "Pour la commune, ce contretemps tombe mal. Le réaménagement du front de mer, estimé à "
    "18,6 millions d’euros, devait être livré avant la saison des pluies 2027. « Nous "
    "respecterons bien sûr les procédures, mais chaque semaine d’arrêt a un coût », "
    "reconnaît l’adjoint chargé des travaux, Jean-Hugues Grondin.",
    "Des barrières ont été posées autour des fouilles et un vigile surveille désormais le "
    "site la nuit. Vendredi matin, plusieurs riverains se pressaient déjà derrière les "
    "grilles, entre curiosité et lassitude après un an de bruit et de poussière. Une réunion "
    "publique est annoncée le 3 décembre à la mairie annexe de Terre-Sainte.",
]


def page04_clicanoo_drupal_paywall_utc_previous_day() -> None:
    top = ["Actualités", "Société", "Faits divers", "Politique", "Économie", "Sports", "Culture"]
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": RE_TITLE,
                "name": RE_TITLE,
                "description": RE_CHAPO,
                "articleSection": "Société",
                "datePublished": "2026-11-20T23:40:00Z",
                "dateModified": "2026-11-21T05:15:00Z",
                "isAccessibleForFree": "False",
                "hasPart": {
                    "@type": "WebPageElement",
                    "isAccessibleForFree": "False",
                    "cssSelector": ".paywall-content",
                },
                "author": {"@type": "Person", "name": "Sophie Payet"},
                "publisher": {"@type": "Organization", "name": "Clicanoo", "url": RE_BASE},
                "mainEntityOfPage": RE_URL,
                "image": {
                    "@type": "ImageObject",
                    "url": f"{RE_BASE}/sites/default/files/2026-11/ravine-blanche.jpg",
                },
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": RE_BASE + "/"},
                    {"@type": "ListItem", "position": 2, "name": "Sud", "item": RE_BASE + "/sud"},
                ],
            },
        ],
    }
    first, rest = RE_P[:2], RE_P[2:]
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="{RE_CHAPO}" />
<link rel="canonical" href="{RE_URL}" />
<meta property="og:site_name" content="Clicanoo" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{RE_URL}" />
<meta property="og:title" content="Saint-Pierre : le chantier du front de mer à l’arrêt" />
<meta property="og:image" content="{RE_BASE}/sites/default/files/2026-11/ravine-blanche.jpg" />
<meta property="article:section" content="Société" />
<meta property="article:published_time" content="2026-11-21T03:40:00+0400" />
<meta property="article:modified_time" content="2026-11-21T09:15:00+0400" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
{json_script(ld)}
<title>Saint-Pierre : le chantier du front de mer à l’arrêt après la découverte de vestiges | Clicanoo</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Zr9dN3u8kP.css?delta=0&amp;language=fr&amp;theme=jir&amp;include=eJx1jEEK" />
<style>{css_blob(41, "jir", 850)}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/712345","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"fr"}},"pluralDelimiter":"\\u0003","paywall":{{"premium":true,"teaserParagraphs":5}},"user":{{"uid":0,"permissionsHash":"b41e0c"}}}}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
{consent("sd-cmp", "Clicanoo")}
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="site-header"><div class="site-header__top"><span class="site-header__date">Mercredi 2 décembre 2026</span><a class="btn-abo" href="{RE_BASE}/abonnement">S’abonner</a><a href="{RE_BASE}/user/login">Se connecter</a></div>
<a href="{RE_BASE}/" rel="home" class="site-logo"><img src="/themes/custom/jir/logo.svg" alt="Accueil" /></a>
<nav role="navigation" aria-labelledby="block-jir-main-menu-menu" id="block-jir-main-menu">{menu(42, "menu", RE_BASE, top, 7)}</nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol><li><a href="/">Accueil</a></li><li><a href="/sud">Sud</a></li></ol></nav>
<article data-history-node-id="712345" role="article" class="node node--type-article node--promoted node--view-mode-full">
<div class="node__header"><div class="field field--name-field-premium"><span class="badge-premium">Abonnés</span></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{RE_TITLE}</span></h1>
<div class="node__meta"><div class="field field--name-field-signature field--type-string field--label-hidden field__item">Sophie Payet</div>
<div class="node__dates">Publié le <time datetime="2026-11-21T03:40:00+04:00">21 novembre 2026 à 03h40</time> <span class="node__updated">Mis à jour le 21 novembre 2026 à 09h15</span></div></div></div>
<div class="clearfix text-formatted field field--name-field-chapo field--type-text-long field--label-hidden field__item"><p>{RE_CHAPO}</p></div>
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure><img loading="lazy" src="/sites/default/files/styles/article_large/public/2026-11/ravine-blanche.jpg" alt="Les fouilles de la Ravine Blanche" />
<figcaption>Les premiers blocs de basalte dégagés jeudi sous l’ancien parking. (Photo Jean-Marc Técher)</figcaption></figure></div>
<div class="node__share"><a class="share-fb">Partager</a><a class="share-wa">WhatsApp</a><a class="share-mail">E-mail</a></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item paywall-content">
{paras(*first)}
<div class="ad ad--inread" id="dfp-inread"><span class="ad__label">Publicité</span></div>
{paras(*rest)}
</div>
<div class="paywall-box" id="paywall"><p class="paywall-box__title">La suite de cet article est réservée à nos abonnés</p>
<p class="paywall-box__text">Profitez de tous nos articles en illimité, de l’édition numérique du journal et de nos newsletters.</p>
<a class="btn btn--primary" href="{RE_BASE}/abonnement?origin=paywall">Je m’abonne – 1 € le premier mois</a>
<p class="paywall-box__login">Déjà abonné ? <a href="{RE_BASE}/user/login">Je me connecte</a></p></div>
</article>
{related(43, RE_BASE + "/societe/article/2026/11", "block-views-block-related", "À lire également", 6)}
</div></main>
<footer class="site-footer" role="contentinfo"><div class="site-footer__logo">Le Journal de l’île de La Réunion – Clicanoo</div>{footer_links(44, RE_BASE, "menu--footer", 28)}<p>© Clicanoo 2026. Tous droits réservés.</p></footer></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/sites/default/files/js/js_Hq1pZt.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=jir"></script>
</body></html>
"""
    write(
        "04_clicanoo_drupal_paywall_utc_previous_day",
        page,
        {
            "title": RE_TITLE,
            "publication": "Clicanoo",
            "author": "Sophie Payet",
            "section": "Société",
            "date": datetime.date(2026, 11, 21),
            "standfirst": flat(RE_CHAPO),
            "source_url": RE_URL,
            "paragraphs": [flat(p) for p in RE_P],
            "incomplete": True,
            "notes": (
                "Drupal 10, field--name-field-chapo standfirst, signature field with the bare "
                "name; **paywall** after five paragraphs (incomplete), isAccessibleForFree "
                "False; published 03h40 in La Réunion (+04:00) = 20 November 23:40 UTC in "
                "the JSON-LD: the page's own date is 21 November; articleSection 'Société' "
                "over the breadcrumb's 'Sud'; 'Mis à jour' the same day; XIX<sup>e</sup>, "
                "m<sup>2</sup>; in-read ad between paragraphs; caption with credit; "
                "'Abonnés' badge; header date of the day."
            ),
        },
    )
