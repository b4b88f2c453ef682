# ruff: noqa: E501  (HTML templates are written as the pages hold them)
"""Pages 07 (7sur7.cd, RD Congo, WordPress GeneratePress interview) and 08 (L'Estuaire, a
Ghost-hosted newsletter from Bas-Saint-Laurent, Québec)."""

from __future__ import annotations

import datetime

from kit import consent, css_blob, flat, footer_links, json_script, menu, paras, related, write

CD_BASE = "https://7sur7.cd"
CD_URL = f"{CD_BASE}/2026/11/10/kinshasa-les-tetes-derosion-avancent-plus-vite-que-les-chantiers-previent-aimee-kabasele"
CD_TITLE = "Kinshasa : « Les têtes d’érosion avancent plus vite que les chantiers », prévient l’urbaniste Aimée Kabasele"
CD_P = [
    "Après les pluies diluviennes du 3 novembre, qui ont emporté une vingtaine de maisons à "
    "Mont-Ngafula et à Selembao, l’urbaniste Aimée Kabasele, enseignante à l’Université de "
    "Kinshasa, alerte sur l’extension des ravins dans les quartiers collinaires de la "
    "capitale. Entretien.",
    "<strong>7SUR7.CD : Combien de têtes d’érosion menacent aujourd’hui Kinshasa ?</strong>",
    "<strong>Aimée Kabasele :</strong> Nos relevés de septembre en recensent 412 actives, "
    "contre un peu moins de 300 il y a cinq ans. Certaines progressent de plusieurs mètres "
    "à chaque saison des pluies. À Kindele, un ravin est désormais à moins de quinze mètres "
    "d’une école primaire.",
    "<strong>Pourquoi la situation s’aggrave-t-elle aussi vite ?</strong>",
    "Parce que la ville grandit sans plan de drainage. On construit sur des pentes "
    "sableuses, on bétonne les parcelles, et toute l’eau de pluie se concentre dans les "
    "mêmes ruelles. Les caniveaux, quand ils existent, sont bouchés par les déchets "
    "plastiques.",
    "<strong>Les travaux engagés par les autorités sont-ils suffisants ?</strong>",
    "Ils sont utiles, mais trop lents et trop localisés. On stabilise un ravin pendant que "
    "trois autres se creusent dans le quartier voisin. Il faudrait traiter chaque bassin "
    "versant dans son ensemble, du sommet de la colline jusqu’à la rivière.",
    "<strong>Que peuvent faire les habitants ?</strong>",
    "Beaucoup de choses, en réalité. Planter du vétiver et des bambous sur les talus, "
    "garder une partie de la parcelle en terre, creuser des puits d’infiltration. À "
    "Ngaliema, un comité de quartier a réduit de moitié le ruissellement d’une avenue en "
    "deux ans, avec très peu de moyens.",
    "<strong>Et si rien ne change ?</strong>",
    "Alors nous compterons chaque année davantage de morts et de sans-abri. Les coûts de "
    "la prévention sont connus, ceux de l’inaction le sont aussi. C’est un choix politique.",
    "<em>Propos recueillis par Patient Ilunga</em>",
]


def page07_7sur7_generatepress_interview_bold() -> None:
    top = [
        "Actualité",
        "Politique",
        "Sécurité",
        "Économie",
        "Société",
        "Sport",
        "Culture",
        "Provinces",
    ]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{CD_URL}#article",
                "isPartOf": {"@id": CD_URL},
                "author": {"name": "Patient Ilunga", "@id": f"{CD_BASE}/#/schema/person/8b1e"},
                "headline": "Kinshasa : « Les têtes d’érosion avancent plus vite que les chantiers », prévient l’urbaniste…",
                "datePublished": "2026-11-10T14:22:31+01:00",
                "dateModified": "2026-11-11T09:02:10+01:00",
                "wordCount": 318,
                "articleSection": ["Société", "Interview"],
                "inLanguage": "fr-FR",
                "publisher": {"@id": f"{CD_BASE}/#organization"},
            },
            {"@type": "WebPage", "@id": CD_URL, "url": CD_URL, "name": f"{CD_TITLE} - 7SUR7.CD"},
            {
                "@type": "Organization",
                "@id": f"{CD_BASE}/#organization",
                "name": "7SUR7.CD",
                "url": CD_BASE,
            },
            {"@type": "Person", "@id": f"{CD_BASE}/#/schema/person/8b1e", "name": "Patient Ilunga"},
        ],
    }
    comments = "".join(
        f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-{cid}">'
        f'<footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name" class="fn">{who}</cite>'
        f'<div class="entry-meta comment-metadata"><a href="{CD_URL}#comment-{cid}"><time datetime="{when}">{shown}</time></a></div></div></footer>'
        f'<div class="comment-content" itemprop="text"><p>{text}</p></div></article></li>'
        for cid, who, when, shown, text in [
            (
                88121,
                "Trésor M.",
                "2026-11-10T16:40:02+01:00",
                "10 novembre 2026 à 16 h 40 min",
                "À Selembao nous vivons ça chaque année, merci madame de parler vrai.",
            ),
            (
                88140,
                "Jean-Pierre Luyeye",
                "2026-11-11T07:12:45+01:00",
                "11 novembre 2026 à 7 h 12 min",
                "Il faut aussi parler des lotissements vendus sur les pentes par les chefs coutumiers.",
            ),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{CD_TITLE} - 7SUR7.CD</title>
<meta name="description" content="L’urbaniste Aimée Kabasele alerte sur l’extension des ravins dans les quartiers collinaires de Kinshasa." />
<link rel="canonical" href="{CD_URL}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{CD_TITLE} - 7SUR7.CD" />
<meta property="og:url" content="{CD_URL}" />
<meta property="og:site_name" content="7SUR7.CD" />
<meta property="article:published_time" content="2026-11-10T13:22:31+00:00" />
<meta property="article:modified_time" content="2026-11-11T08:02:10+00:00" />
<meta name="author" content="Patient Ilunga" />
<meta name="twitter:label1" content="Écrit par" /><meta name="twitter:data1" content="Patient Ilunga" />
<meta name="twitter:label2" content="Durée de lecture estimée" /><meta name="twitter:data2" content="2 minutes" />
{json_script(graph).replace('type="application/ld+json"', 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel='stylesheet' id='generate-style-css' href='{CD_BASE}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<style id='generate-style-inline-css'>{css_blob(71, "gp", 820)}</style>
<script src="{CD_BASE}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-140233 single-format-standard wp-custom-logo wp-embed-responsive post-image-above-header post-image-aligned-center sticky-menu-fade right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Aller au contenu">Aller au contenu</a>
{consent("cky-consent", "7SUR7.CD")}
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-logo"><a href="{CD_BASE}/" rel="home"><img class="header-image is-logo-image" alt="7SUR7.CD" src="{CD_BASE}/wp-content/uploads/2021/05/logo-7sur7.png" width="300" height="80" /></a></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Principal" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav">{menu(72, "menu sf-menu", CD_BASE + "/category", top, 5)}</div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-140233" class="post-140233 post type-post status-publish format-standard has-post-thumbnail hentry category-societe category-interview tag-erosion tag-kinshasa tag-urbanisme" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675" src="{CD_BASE}/wp-content/uploads/2026/11/aimee-kabasele.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image" decoding="async" /></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{CD_TITLE}</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2026-11-11T09:02:10+01:00" itemprop="dateModified">11 novembre 2026</time><time class="entry-date published" datetime="2026-11-10T14:22:31+01:00" itemprop="datePublished">10 novembre 2026</time></span> <span class="byline">par <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="{CD_BASE}/author/patient-ilunga/" title="Afficher tous les articles de Patient Ilunga" rel="author" itemprop="url"><span class="author-name" itemprop="name">Patient Ilunga</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
{paras(CD_P[0])}
<figure class="wp-block-image size-large"><img src="{CD_BASE}/wp-content/uploads/2026/11/ravin-kindele.jpg" alt="" /><figcaption class="wp-element-caption">Un ravin à Kindele, dans la commune de Mont-Ngafula, le 5 novembre 2026. Photo 7SUR7.CD</figcaption></figure>
{paras(*CD_P[1:7])}
<div class="code-block code-block-3" style="margin: 8px auto; text-align: center; display: block; clear: both;"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-4821093384" data-ad-slot="7720014" data-ad-format="auto"></ins></div>
{paras(*CD_P[7:])}
</div>
<footer class="entry-meta" aria-label="Méta de l’entrée"><span class="cat-links"><span class="screen-reader-text">Catégories </span><a href="{CD_BASE}/category/societe/" rel="category tag">Société</a>, <a href="{CD_BASE}/category/interview/" rel="category tag">Interview</a></span> <span class="tags-links"><span class="screen-reader-text">Étiquettes </span><a href="{CD_BASE}/tag/erosion/" rel="tag">érosion</a>, <a href="{CD_BASE}/tag/kinshasa/" rel="tag">Kinshasa</a>, <a href="{CD_BASE}/tag/urbanisme/" rel="tag">urbanisme</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Publications"><div class="nav-previous"><span class="prev"><a href="{CD_BASE}/2026/11/10/tshopo-la-rentree-scolaire-perturbee-par-la-greve-des-enseignants" rel="prev">Tshopo : la rentrée scolaire perturbée par la grève des enseignants</a></span></div><div class="nav-next"><span class="next"><a href="{CD_BASE}/2026/11/10/lubumbashi-le-marche-mzee-rouvre-apres-travaux" rel="next">Lubumbashi : le marché Mzee rouvre après travaux</a></span></div></nav></footer>
</div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 réflexions sur « {CD_TITLE} »</h3><ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3><form action="{CD_BASE}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span></p><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">{related(73, CD_BASE + "/2026/11", "widget widget_recent_entries", "Articles récents", 8)}</div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container">{footer_links(74, CD_BASE, "footer-menu", 16)}<div class="copyright-bar">© 2026 7SUR7.CD – Kinshasa, RDC</div></div></footer></div>
<script id="generate-menu-js-extra">var generatepressMenu = {{"toggleOpenedSubMenus":true,"openSubMenuLabel":"Ouvrir le sous-menu","closeSubMenuLabel":"Fermer le sous-menu"}};</script>
<script src="{CD_BASE}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
</body></html>
"""
    write(
        "07_7sur7_generatepress_interview_bold",
        page,
        {
            "title": CD_TITLE,
            "publication": "7SUR7.CD",
            "author": "Patient Ilunga",
            "section": "Société",
            "date": datetime.date(2026, 11, 10),
            "source_url": CD_URL,
            "paragraphs": [flat(p) for p in CD_P[:-1]],
            "notes": (
                "WordPress with GeneratePress and Yoast: interview, questions in "
                "<p><strong> (paragraphs), the first answer opened by the speaker's name in "
                "bold; presentation paragraph; closing 'Propos recueillis par' line in <em> "
                "(a byline, not text) repeating the WordPress author; headline with « » "
                "inside; articleSection a list (first item); updated <time> placed before the "
                "published one; article:published_time in UTC; caption, AdSense block, "
                "categories and tags, previous/next links, two comments, sidebar."
            ),
        },
    )


QC_BASE = "https://www.lestuaire.media"
QC_URL = f"{QC_BASE}/sainte-flavie-recule-devant-la-mer/"
QC_TITLE = "Sainte-Flavie recule devant la mer"
QC_EXCERPT = (
    "Onze maisons de la route 132 seront déplacées ou démolies d’ici 2028. Une décision "
    "douloureuse, prise après trois hivers de tempêtes."
)
QC_QUOTE = "On ne se bat plus contre le fleuve. On apprend à lui laisser de la place."
QC_P1 = [
    "La décision a été prise mardi soir, dans une salle municipale pleine à craquer. Par "
    "cinq voix contre une, le conseil de Sainte-Flavie a adopté le plan de relocalisation "
    "des résidences les plus exposées du secteur de la Grève-Morin, où la côte a reculé de "
    "près de neuf mètres depuis 2023.",
    "Onze propriétaires se verront offrir une aide pour déplacer leur maison sur un "
    "terrain de la rue des Érables, à quatre cents mètres du rivage, ou une indemnité "
    "s’ils choisissent de partir. Le programme provincial couvrira l’essentiel des coûts, "
    "évalués à 6,4 millions de dollars.",
    "« Ma grand-mère a bâti cette maison en 1962. Je comprends la décision, mais ça reste "
    "un deuil », confiait à la sortie Ginette Lavoie, dont la galerie surplombe aujourd’hui "
    "directement l’enrochement.",
]
QC_P2 = [
    "La municipalité renonce du même coup à prolonger la digue de pierres construite en "
    "2024, jugée trop coûteuse et inefficace à long terme. À la place, une recharge de "
    "sable et de gravier doit recréer une plage capable d’amortir les vagues de tempête.",
    "La mairesse, Chantal Dionne, assume ce changement de cap. Elle souhaite que la "
    "démarche serve d’exemple aux autres villages de la Mitis, où une quarantaine de "
    "résidences se trouvent dans la zone de mobilité du littoral.",
    "Les premiers déménagements auront lieu au printemps. D’ici là, la Ville organisera des "
    "rencontres individuelles avec chaque famille concernée.",
]
QC_CORRECTION = (
    "Correction (24 novembre) : une version précédente de ce texte indiquait que la digue "
    "datait de 2022. Elle a été construite en 2024."
)


def page08_lestuaire_ghost_newsletter_correction() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {
            "@type": "Organization",
            "name": "L’Estuaire",
            "url": QC_BASE + "/",
            "logo": {"@type": "ImageObject", "url": f"{QC_BASE}/content/images/2025/01/logo.png"},
        },
        "author": {
            "@type": "Person",
            "name": "Marie-Ève Gagnon",
            "url": f"{QC_BASE}/author/marie-eve/",
            "sameAs": [],
        },
        "headline": QC_TITLE,
        "url": QC_URL,
        "datePublished": "2026-11-22T11:00:00.000Z",
        "dateModified": "2026-11-24T15:31:12.000Z",
        "image": {
            "@type": "ImageObject",
            "url": f"{QC_BASE}/content/images/2026/11/grève-morin.jpg",
            "width": 2000,
            "height": 1333,
        },
        "keywords": "Environnement, Sainte-Flavie, Érosion côtière",
        "description": QC_EXCERPT,
        "mainEntityOfPage": QC_URL,
    }
    bookmark = (
        f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{QC_BASE}/la-mitis-cartographie-ses-zones-a-risque/">'
        '<div class="kg-bookmark-content"><div class="kg-bookmark-title">La Mitis cartographie ses zones à risque</div>'
        '<div class="kg-bookmark-description">Le nouvel atlas du littoral classe 214 bâtiments en zone de mobilité.</div>'
        '<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/size/w256h256/2025/01/icon.png" alt=""><span class="kg-bookmark-author">L’Estuaire</span><span class="kg-bookmark-publisher">Luc Bérubé</span></div></div>'
        f'<div class="kg-bookmark-thumbnail"><img src="{QC_BASE}/content/images/2026/10/atlas.jpg" alt=""></div></a></figure>'
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-ca">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{QC_TITLE}</title>
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f3c2a91e0">
    <meta name="description" content="{QC_EXCERPT}">
    <link rel="icon" href="{QC_BASE}/content/images/size/w256h256/2025/01/icon.png" type="image/png">
    <link rel="canonical" href="{QC_URL}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="L’Estuaire">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{QC_TITLE}">
    <meta property="og:description" content="{QC_EXCERPT}">
    <meta property="og:url" content="{QC_URL}">
    <meta property="article:published_time" content="2026-11-22T11:00:00.000Z">
    <meta property="article:modified_time" content="2026-11-24T15:31:12.000Z">
    <meta property="article:tag" content="Environnement">
    <meta property="article:tag" content="Sainte-Flavie">
    <meta property="article:tag" content="Érosion côtière">
    <meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Marie-Ève Gagnon">
    <meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="Environnement, Sainte-Flavie, Érosion côtière">
    {json_script(ld)}
    <meta name="generator" content="Ghost 5.96">
    <link rel="alternate" type="application/rss+xml" title="L’Estuaire" href="{QC_BASE}/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="{QC_BASE}/" data-key="3f9b2c1d8e7a6b5c4d3e2f1a0b" data-api="{QC_BASE}/ghost/api/content/" data-locale="fr" crossorigin="anonymous"></script>
    <style id="gh-members-styles">{css_blob(81, "gh-portal", 300)}</style>
    <style>{css_blob(82, "gh", 700)}</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.20/umd/comments-ui.min.js" data-locale="fr" data-ghost-comments="{QC_BASE}/" data-api="{QC_BASE}/ghost/api/content/" data-admin="{QC_BASE}/ghost/" data-key="3f9b2c1d8e7a6b5c4d3e2f1a0b" data-title="" data-count="true" data-post-id="673f1c2be4b0a10001d2c9f4" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-environnement tag-sainte-flavie tag-erosion-cotiere has-sans-title has-serif-body">
<div class="gh-viewport">
    <header id="gh-navigation" class="gh-navigation is-left-logo gh-outer">
        <div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="{QC_BASE}">L’Estuaire</a></div>
        <nav class="gh-navigation-menu"><ul class="nav"><li class="nav-accueil"><a href="{QC_BASE}/">Accueil</a></li><li class="nav-environnement"><a href="{QC_BASE}/tag/environnement/">Environnement</a></li><li class="nav-politique-municipale"><a href="{QC_BASE}/tag/politique-municipale/">Politique municipale</a></li><li class="nav-culture"><a href="{QC_BASE}/tag/culture/">Culture</a></li><li class="nav-a-propos"><a href="{QC_BASE}/a-propos/">À propos</a></li></ul></nav>
        <div class="gh-navigation-actions"><a href="#/portal/signin" data-portal="signin">Se connecter</a><a class="gh-button" href="#/portal/signup" data-portal="signup">S’abonner</a></div></div>
    </header>
    <main class="gh-main">
    <article class="gh-article post tag-environnement tag-sainte-flavie tag-erosion-cotiere">
        <header class="gh-article-header gh-canvas">
            <a class="gh-article-tag" href="{QC_BASE}/tag/environnement/">Environnement</a>
            <h1 class="gh-article-title is-title">{QC_TITLE}</h1>
            <p class="gh-article-excerpt is-body">{QC_EXCERPT}</p>
            <div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">
                <a href="/author/marie-eve/"><img class="author-profile-image" src="/content/images/size/w160/2025/02/mev.jpg" alt="Marie-Ève Gagnon"></a>
                <a href="/author/luc/"><img class="author-profile-image" src="/content/images/size/w160/2025/02/luc.jpg" alt="Luc Bérubé"></a></div>
                <div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/marie-eve/">Marie-Ève Gagnon</a>, <a href="/author/luc/">Luc Bérubé</a></h4>
                <div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2026-11-22">22 nov. 2026</time><span class="gh-article-meta-length"><span class="bull">—</span> 3 min de lecture</span></div></div></div>
            <figure class="gh-article-image"><img srcset="/content/images/size/w600/2026/11/greve-morin.jpg 600w, /content/images/size/w1200/2026/11/greve-morin.jpg 1200w" src="/content/images/size/w1200/2026/11/greve-morin.jpg" alt="La Grève-Morin">
                <figcaption><span style="white-space: pre-wrap;">La Grève-Morin, à marée haute, le 19 novembre. Photo : Luc Bérubé</span></figcaption></figure>
        </header>
        <section class="gh-content gh-canvas is-body">
{paras(*QC_P1)}
<blockquote class="kg-blockquote-alt"><span style="white-space: pre-wrap;">{QC_QUOTE}</span></blockquote>
{bookmark}
{paras(*QC_P2)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">✏️</div><div class="kg-callout-text"><b><strong style="white-space: pre-wrap;">Correction (24 novembre) :</strong></b> une version précédente de ce texte indiquait que la digue datait de 2022. Elle a été construite en 2024.</div></div>
<div class="kg-card kg-cta-card"><p>Vous aimez L’Estuaire ? Le journal vit grâce à ses 1 900 abonnés. <a href="#/portal/signup">Abonnez-vous gratuitement</a> pour le recevoir chaque vendredi.</p></div>
        </section>
    </article>
    <section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Lire la suite</h2>{related(83, QC_BASE, "gh-feed", "À lire également", 4)}</div></section>
    <div class="gh-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.20/umd/comments-ui.min.js"></script><div class="gh-comments-placeholder">Connectez-vous pour commenter.</div></div>
    </main>
    <section class="gh-footer-cta gh-outer"><div class="gh-footer-cta-inner"><h2 class="gh-footer-cta-title">Recevez L’Estuaire chaque vendredi</h2><form data-members-form="signup"><input type="email" data-members-email placeholder="Votre courriel" required><button type="submit">S’abonner</button></form></div></section>
    <footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">L’Estuaire</span>{footer_links(84, QC_BASE, "gh-footer-menu", 8)}<a href="https://ghost.org/" target="_blank" rel="noopener">Propulsé par Ghost</a></div>
    <div class="gh-footer-signup"><p>Journal indépendant de la Mitis et de Rimouski-Neigette, publié depuis 2025.</p></div></div></footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/source.js?v=8f3c2a91e0"></script>
</body></html>
"""
    write(
        "08_lestuaire_ghost_newsletter_correction",
        page,
        {
            "title": QC_TITLE,
            "publication": "L’Estuaire",
            "author": "Marie-Ève Gagnon et Luc Bérubé",
            "section": "Environnement",
            "date": datetime.date(2026, 11, 22),
            "standfirst": QC_EXCERPT,
            "source_url": QC_URL,
            "pull_quotes": [QC_QUOTE],
            "paragraphs": [flat(p) for p in QC_P1 + QC_P2] + [QC_CORRECTION],
            "notes": (
                "Ghost 5 (Source theme) newsletter site: <title> is the bare headline; "
                "primary tag as kicker is the only section source (article:tag is no "
                "section); excerpt as standfirst; two authors as 'A, B' links while the "
                "JSON-LD names only the first; UTC datePublished (11:00Z = 06:00 in "
                "Québec, same day), visible '22 nov. 2026'; kg-blockquote-alt pull quote; "
                "bookmark card as 'Lire aussi' between paragraphs; correction callout at "
                "the end kept as a paragraph (text for the reader); subscription CTA card, "
                "feed, comments placeholder and footer form are chrome."
            ),
        },
    )
