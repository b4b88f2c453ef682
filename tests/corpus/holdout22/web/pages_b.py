# ruff: noqa: E501 (page templates keep the long lines of the HTML they imitate)
"""Pages 05-08 of holdout22/web: Le Quotidien de La Réunion (SPIP), Dakaractu (WordPress,
Jannah), Cameroon Tribune (e-paper), Médias24 (Brightspot live)."""

from __future__ import annotations

import datetime
import json

from kit import (
    FILLER,
    consent_box,
    css_blob,
    flat,
    footer_links,
    json_script,
    menu,
    paras,
    teaser_list,
    teasers,
    tracking,
    write,
)


def page05_lequotidien_spip_autobr_portfolio() -> None:
    """SPIP 4 article: autobr line breaks inside paragraphs, h2.spip subheads, a portfolio."""
    base = "https://www.lequotidien.re"
    url = f"{base}/spip.php?article48213"
    title = "Saint-Joseph : les planteurs de vanille face à la chute des prix"
    chapo = (
        "Le kilo de vanille verte s’achète cette saison à 9 euros, contre 25 il y a trois "
        "ans. Dans les Hauts du Sud sauvage, des familles de planteurs se demandent si elles "
        "récolteront l’an prochain."
    )
    br = '<br class="autobr" />\n'
    texte = [
        (
            "p",
            "Sous les tamariniers de Grand-Coude, Josian Payet écarte les lianes d’un geste "
            "sûr. Les gousses sont encore vertes, serrées en grappes."
            f"{br}« Elles sont belles, cette année. C’est bien ça le problème : tout le monde "
            "en a, et personne n’en veut », soupire le planteur de 58 ans, installé sur les "
            "terres de son grand-père.",
        ),
        (
            "p",
            "Depuis le début de la campagne, en octobre, les coopératives de Saint-Joseph "
            "et de Saint-Philippe achètent la vanille verte entre 8 et 10 euros le kilo. En "
            "2023, les prix dépassaient 25 euros. Les stocks accumulés à Madagascar, premier "
            "producteur mondial, pèsent sur tout le marché.",
        ),
        ("h2", "Un travail de quatorze mois"),
        (
            "p",
            "La vanille réunionnaise a pourtant ses arguments. Elle bénéficie d’une "
            "indication géographique protégée depuis 2021 et d’une préparation longue : "
            "échaudage, étuvage, séchage au soleil, puis affinage en malles pendant des mois."
            f"{br}Entre la fleur et la gousse vendue, il faut compter quatorze mois de "
            "travail, presque tout à la main.",
        ),
        (
            "p",
            "« Quand on divise ce qu’on touche par les heures passées, on est loin du "
            "Smic », calcule Marie-Annick Grondin, qui prépare la vanille de six familles "
            "dans son atelier de Langevin.",
        ),
        ("h2", "Les jeunes partent"),
        (
            "p",
            "La relève inquiète la filière. Sur les 140 planteurs recensés par la chambre "
            "d’agriculture, plus de la moitié ont dépassé 55 ans. Les enfants de Josian Payet "
            "travaillent tous deux à Saint-Pierre, l’un dans le bâtiment, l’autre à "
            "l’hôpital.",
        ),
        (
            "p",
            "Le Département a promis une aide d’urgence de 1,5 euro par kilo livré aux "
            "coopératives. Les planteurs, eux, réclament surtout un prix minimum garanti pour "
            "la vanille IGP, sur le modèle de ce qui existe pour la canne.",
        ),
    ]
    photos = [
        ("Josian Payet dans sa parcelle de Grand-Coude.", "Photo Yannick Hoarau"),
        ("Les gousses vertes sont récoltées de juin à décembre.", "Photo Yannick Hoarau"),
        ("L’étuvage se fait dans des caisses de bois doublées de couvertures.", "Photo Y. H."),
        ("Marie-Annick Grondin trie les gousses après le séchage.", "Photo Yannick Hoarau"),
    ]
    portfolio = "".join(
        f'<a href="IMG/jpg/vanille-{i}.jpg" type="image/jpeg" rel="documents_portfolio-a48213"'
        f' class="mediabox" title="{cap} ({cred})"><img src="local/cache-vignettes/L150xH100/'
        f'vanille-{i}-5e2a1.jpg" width="150" height="100" alt="" /></a>'
        f'<div class="spip_doc_legende"><div class="spip_doc_titre">{cap}</div>'
        f'<div class="spip_doc_credits">{cred}</div></div>'
        for i, (cap, cred) in enumerate(photos, 1)
    )
    forum = "".join(
        f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo">'
        f'<strong class="forum-titre">{t}</strong><small>{d}, par {a}</small></div>'
        f'<div class="forum-texte"><p>{m}</p></div></div></li>'
        for t, d, a, m in [
            (
                "Prix",
                "26 novembre 2026 08:14",
                "Clency",
                "On paie la vanille de Madagascar moins "
                "cher au supermarché que la nôtre au bord de la route, cherchez l'erreur.",
            ),
            (
                "Courage",
                "26 novembre 2026 19:02",
                "Nadège R.",
                "Mon père a arrêté en 2010 pour les mêmes raisons. Soutenez l'IGP !",
            ),
        ]
    )
    related = teasers(505, 6, f"{base}/spip.php?article", FILLER)
    page = f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<script type='text/javascript'>/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
<title>Saint-Joseph : les planteurs de vanille face à la chute des prix - Le Quotidien de La Réunion</title>
<meta name="description" content="Le kilo de vanille verte s’achète cette saison à 9 euros, contre 25 il y a trois ans. (...)" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="generator" content="SPIP 4.2.8 GIT [4.2: 1f5c9a2e]" />
<link rel="canonical" href="{url}" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend" />
<meta property="og:site_name" content="Le Quotidien de La Réunion" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{base}/IMG/jpg/vanille-1.jpg" />
<link rel="stylesheet" href="local/cache-css/1c3b7e9a2f0d4c61-minipage.css?1764090123" type="text/css" />
<style>{css_blob(5051, "spip", 650)}</style>
<script src="prive/javascript/jquery.js?1764090123" type="text/javascript"></script>
<script type="text/javascript">var mediabox_settings={{"auto_detect":true,"ns":"box","tt_img":true,"sel_g":"#documents_portfolio a[type='image/jpeg'],#documents_portfolio a[type='image/png']","str_close":"Fermer","str_next":"Suivant","str_prev":"Pr\\u00e9c\\u00e9dent","str_count":"Image {{current}} sur {{total}}"}};</script>
</head>
<body class="pas_surlignable page_article">
{consent_box("tarteaucitron", "Le Quotidien de La Réunion")}
<div class="page">
<div class="header" id="header">
<div class="accueil"><a rel="start home" href="{base}/" title="Accueil"><img class="spip_logo" src="IMG/logo/siteon0.png" alt="Le Quotidien de La Réunion" width="320" height="80" /></a></div>
<p class="date-jour">Jeudi 26 novembre 2026</p>
<div class="nav clearfix" id="nav">{menu(5052, "menu-liste", base, ["Actualités", "Économie", "Société", "Sport", "Culture", "Océan Indien"], per=6)}</div>
</div>
<div class="main">
<div class="wrapper hfeed">
<div class="content hentry" id="content">
<p class="arbo"><a href="{base}/">Accueil</a> &gt; <a href="spip.php?rubrique4">Économie</a> &gt; <strong class="on">Saint-Joseph : les planteurs de vanille face à la chute des prix</strong></p>
<div class="cartouche">
<p class="surtitre">Vanille</p>
<h1 class="crayon article-titre-48213 titre entry-title">{title}</h1>
<p class="info-publi"><abbr class="published" title="2026-11-26T03:30:00Z">jeudi 26 novembre 2026</abbr><span class="sep">, </span><span class="auteurs">par  <span class="vcard author"><a class="url fn spip_in" href="spip.php?auteur87">Yannick Hoarau</a></span></span></p>
</div>
<div class="crayon article-chapo-48213 chapo surlignable"><p>{chapo}</p></div>
<div class="crayon article-texte-48213 texte surlignable clearfix">
{chr(10).join(f'<{t} class="spip">{s}</{t}>' if t == "h2" else f"<p>{s}</p>" for t, s in texte)}
</div>
<div id="documents_portfolio" class="portfolio">
<h2>Portfolio</h2>
{portfolio}
</div>
<div class="forum">
<h2>Messages</h2>
<ul class="forum">{forum}</ul>
<p class="repondre"><a href="spip.php?page=forum&amp;id_article=48213" rel="noindex nofollow">Répondre à cet article</a></p>
</div>
</div>
</div>
<div class="aside">
<div class="menu"><h2>Dans la même rubrique</h2><ul>{teaser_list(related, "item")}</ul></div>
</div>
</div>
<div class="footer clearfix" id="footer"><p class="colophon">{footer_links(5053, base, ["Le Quotidien", "Abonnement", "Annonces légales", "Contact"])}<br />
© 2026 Le Quotidien de La Réunion et de l’océan Indien — Saint-Denis</p>
<p class="generer_par"><a href="https://www.spip.net/" rel="generator" title="Site réalisé avec SPIP">SPIP</a> | <a href="spip.php?page=login&amp;url=spip.php%3Farticle48213" rel="nofollow" class="login_modal">Se connecter</a> | <a rel="nofollow" href="spip.php?page=plan">Plan du site</a></p></div>
</div>
{tracking(5054, "lequotidien.re", 4)}
</body>
</html>
"""
    write(
        "05_lequotidien_spip_autobr_portfolio",
        page,
        {
            "title": title,
            "publication": "Le Quotidien de La Réunion",
            "author": "Yannick Hoarau",
            "section": "Économie",
            "date": datetime.date(2026, 11, 26),
            "standfirst": chapo,
            "source_url": url,
            "subheads": [s for t, s in texte if t == "h2"],
            "paragraphs": [flat(s) for t, s in texte if t == "p"],
            "notes": (
                "SPIP 4 article without JSON-LD: div.chapo standfirst; div.texte whose <p> "
                "hold SPIP's autobr line breaks (<br class='autobr' />): a line break inside "
                "a paragraph, not a new paragraph; h2.spip subheads; surtitre 'Vanille' "
                "loses to the breadcrumb's 'Économie'; date in abbr.published (UTC 03:30, "
                "La Réunion 07:30, same day) beside the header's date of the day; 'par' "
                "byline in a vcard; portfolio of four captions and credits that are not text; "
                "reader forum."
            ),
        },
    )


def page06_dakaractu_jannah_aps_pullquote() -> None:
    """WordPress with the Jannah theme: APS dateline, pull quote with cite, author box."""
    base = "https://www.dakaractu.com"
    url = f"{base}/kaolack-la-campagne-de-commercialisation-de-l-arachide-s-ouvre-a-305-francs"
    title = "Kaolack : la campagne de commercialisation de l’arachide s’ouvre à 305 francs le kilo"
    body = [
        "<strong>Kaolack, 28 nov (APS) –</strong> La campagne de commercialisation de "
        "l’arachide 2026-2027 a été officiellement lancée vendredi à Kaolack, avec un prix "
        "plancher fixé à 305 francs CFA le kilogramme, contre 280 francs la saison dernière, "
        "a annoncé le ministre de l’Agriculture, Alioune Badara Ndiaye.",
        "Ce prix a été arrêté mercredi par le Comité national interprofessionnel de "
        "l’arachide (CNIA), au terme de deux jours de discussions entre producteurs, huiliers "
        "et exportateurs. Les organisations paysannes réclamaient 325 francs, les industriels "
        "proposaient 290.",
        "« Le prix plancher n’est pas un plafond. Là où la qualité est au rendez-vous, les "
        "opérateurs peuvent payer davantage », a déclaré le ministre devant plusieurs "
        "centaines de producteurs réunis au foirail de Kaolack.",
        "La production nationale est estimée cette année à 1,65 million de tonnes, en hausse "
        "de 8 % grâce à un hivernage jugé favorable dans le bassin arachidier. Le gouvernement "
        "veut porter à 40 % la part de la récolte transformée localement, contre moins d’un "
        "tiers aujourd’hui.",
        "Les producteurs restent prudents. « L’an dernier, des opérateurs sont partis avec nos "
        "graines sans payer, et certains attendent encore leur argent », rappelle Modou "
        "Diagne, président d’une union de coopératives de Nioro du Rip.",
        "Pour éviter ces impayés, les points de collecte devront afficher le prix officiel et "
        "délivrer un reçu à chaque pesée. Des brigades de contrôle seront déployées dans les "
        "régions de Kaolack, Kaffrine, Fatick et Diourbel, selon le ministère.",
    ]
    quote = "« Le prix plancher n’est pas un plafond »"
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "dateCreated": "2026-11-28T16:20:41+00:00",
        "datePublished": "2026-11-28T16:20:41+00:00",
        "dateModified": "2026-11-28T18:02:09+00:00",
        "headline": title,
        "name": title,
        "keywords": "Agriculture,Arachide,Kaolack",
        "url": url,
        "description": flat(body[0])[:155],
        "copyrightYear": "2026",
        "articleSection": "Économie",
        "articleBody": "\n".join(flat(p) for p in body),
        "publisher": {
            "@id": "#Publisher",
            "@type": "Organization",
            "name": "Dakaractu",
            "logo": {"@type": "ImageObject", "url": f"{base}/wp-content/uploads/logo.png"},
            "sameAs": ["https://www.facebook.com/dakaractu", "https://x.com/dakaractu"],
        },
        "sourceOrganization": {"@id": "#Publisher"},
        "copyrightHolder": {"@id": "#Publisher"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "author": {"@type": "Person", "name": "Ndèye Fatou Sarr", "url": f"{base}/author/nfsarr/"},
        "image": {"@type": "ImageObject", "url": f"{base}/wp-content/uploads/2026/11/arachide.jpg"},
    }
    tie = {
        "is_rtl": "",
        "ajaxurl": f"{base}/wp-admin/admin-ajax.php",
        "is_side_aside_light": "",
        "is_taqyeem_active": "",
        "is_sticky_video": "1",
        "lazyload": "true",
        "ajax_loader": '<div class="loader-overlay"><div class="spinner-circle"></div></div>',
        "type_to_search": "",
        "lang_no_results": "Aucun résultat",
        "sticky_behavior": "upwards",
    }
    related = teasers(606, 9, base, FILLER)
    page = f"""<!DOCTYPE html>
<html lang="fr-FR" class="" data-skin="light">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>{title} | Dakaractu</title>
<meta name="description" content="{flat(body[0])[:155]}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Arachide : la campagne s’ouvre à 305 francs le kilo" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Dakaractu" />
<meta property="article:publisher" content="https://www.facebook.com/dakaractu" />
<meta property="article:published_time" content="2026-11-28T16:20:41+00:00" />
<meta property="article:modified_time" content="2026-11-28T18:02:09+00:00" />
<meta name="author" content="Ndèye Fatou Sarr" />
<link rel='stylesheet' id='tie-css-base-css' href='{base}/wp-content/themes/jannah/assets/css/base.min.css?ver=7.3.2' type='text/css' media='all' />
<style id='tie-css-styles-inline-css' type='text/css'>{css_blob(6061, "tie", 850)}</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.7.1" />
<meta name="theme-color" content="#0088ff" />
{json_script(ld)}
</head>
<body id="tie-body" class="post-template-default single single-post postid-187342 single-format-standard wrapper-has-shadow block-head-1 magazine2 is-thumb-overlay-disabled is-desktop is-header-layout-3 has-header-ad sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share hide_share_post_top">
{consent_box("cmplz-cookiebanner", "Dakaractu")}
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<nav id="top-nav" class="has-date-breaking top-nav header-nav has-breaking-news" aria-label="Navigation secondaire"><div class="container"><div class="topbar-wrapper">
<div class="topbar-today-date tie-icon">samedi, novembre 28 2026</div>
<div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">Flash info</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal">{teaser_list(related[:4], "news-item")}</ul></div>
</div></div></nav>
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below has-stream-item top-nav-active"><div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="Dakaractu" href="{base}/"><img src="{base}/wp-content/uploads/logo.png" alt="Dakaractu" class="logo_normal" width="300" height="90" /></a></div></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="Navigation principale"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu">{menu(6062, "menu", base, ["Actualités", "Politique", "Économie", "Société", "Sports", "International", "Vidéos"])}</div></div></div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="{base}/"><span class="tie-icon-home" aria-hidden="true"></span> Accueil</a><em class="delimiter">/</em><a href="{base}/category/economie/">Économie</a><em class="delimiter">/</em><span class="current">{title}</span></nav>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-14" href="{base}/category/economie/">Économie</a></span>
<h1 class="post-title entry-title">{title}</h1>
<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-31"><span class="meta-author-avatar"><a href="{base}/author/nfsarr/"><img alt='Photo de Ndèye Fatou Sarr' src='{base}/wp-content/uploads/avatars/nfsarr-140x140.jpg' class='avatar avatar-140 photo' height='140' width='140' /></a></span><span class="meta-author"><a href="{base}/author/nfsarr/" class="author-name tie-icon" title="Ndèye Fatou Sarr">Ndèye Fatou Sarr</a></span></span></span><span class="date meta-item tie-icon">28 novembre 2026</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">3</span><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 1 284 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 2 minutes de lecture</span></div></div>
</div>
</header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="{base}/wp-content/uploads/2026/11/arachide-780x470.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" decoding="async" /><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> Au foirail de Kaolack, vendredi. (Photo APS)</figcaption></figure></div></div>
<div class="entry-content entry clearfix">
{paras(*body[:3])}
<figure class="wp-block-pullquote"><blockquote><p>{quote}</p><cite>Alioune Badara Ndiaye, ministre de l’Agriculture</cite></blockquote></figure>
<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><span class="stream-title">Publicité</span><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-4817263549012345" data-ad-slot="7731029465"></ins></div>
{paras(*body[3:])}
<p>NFS/ASG</p>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Étiquettes</div><span class="tagcloud"><a href="{base}/tag/agriculture/" rel="tag">Agriculture</a> <a href="{base}/tag/arachide/" rel="tag">Arachide</a> <a href="{base}/tag/kaolack/" rel="tag">Kaolack</a></span></div>
</div>
<div id="post-extra-info"><div class="theiaStickySidebar"><div class="share-buttons share-buttons-mobile"><a href="#" class="facebook-share-btn">Facebook</a><a href="#" class="whatsapp-share-btn">WhatsApp</a><a href="#" class="twitter-share-btn">X</a></div></div></div>
<div class="clearfix"></div>
</article>
<div class="about-author container-wrapper about-author-31">
<div class="author-avatar"><a href="{base}/author/nfsarr/"><img alt='Photo de Ndèye Fatou Sarr' src='{base}/wp-content/uploads/avatars/nfsarr-180x180.jpg' class='avatar avatar-180 photo' height='180' width='180' /></a></div>
<div class="author-info"><h3 class="author-name"><a href="{base}/author/nfsarr/">Ndèye Fatou Sarr</a></h3><div class="author-bio">Journaliste au service Économie de Dakaractu, elle suit depuis 2019 les filières agricoles et le monde rural, du bassin arachidier à la vallée du fleuve Sénégal.</div></div>
</div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Articles similaires</h3></div><div class="related-posts-list">{teaser_list(related[4:], "related-item")}</div></div>
<div id="comments" class="comments-area"><div id="comments-box" class="container-wrapper"><div class="block-head theme-notice"><h3 class="the-global-title">3 commentaires</h3></div>
<ol class="comment-list"><li class="comment"><div class="comment-author vcard"><b class="fn">Cheikh T.</b></div><div class="comment-metadata">28 novembre 2026 à 17 h 05 min</div><div class="comment-content"><p>305 francs c’est mieux que rien mais avec le prix de l’engrais ça ne suffit pas.</p></div></li>
<li class="comment"><div class="comment-author vcard"><b class="fn">Awa Ndour</b></div><div class="comment-metadata">28 novembre 2026 à 18 h 40 min</div><div class="comment-content"><p>Il faut surtout que les opérateurs paient comptant cette fois.</p></div></li>
<li class="comment"><div class="comment-author vcard"><b class="fn">Pape</b></div><div class="comment-metadata">29 novembre 2026 à 9 h 12 min</div><div class="comment-content"><p>Et les Chinois qui achètent tout au bord des routes, on en parle ?</p></div></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">Laisser un commentaire</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire" /></form></div></div></div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Barre latérale principale"><div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Les plus lus</div></div><ul class="posts-list-items">{teaser_list(related, "widget-single-post-item")}</ul></div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="footer-widgets-container"><div class="container">{footer_links(6063, base, ["Dakaractu", "Rubriques", "Partenaires", "Nous contacter"])}</div></div>
<div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="copyright-text copyright-text-first">© Copyright 2026, Tous droits réservés | Dakaractu, Dakar, Sénégal</div></div></div></footer>
</div></div></div>
<script type="text/javascript" id="tie-scripts-js-extra">var tie = {json.dumps(tie, ensure_ascii=False)};</script>
<script type="text/javascript" src="{base}/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.3.2" id="tie-scripts-js"></script>
{tracking(6064, "dakaractu.com", 7)}
</body>
</html>
"""
    write(
        "06_dakaractu_jannah_aps_pullquote",
        page,
        {
            "title": title,
            "publication": "Dakaractu",
            "author": "Ndèye Fatou Sarr",
            "agency": "APS",
            "section": "Économie",
            "date": datetime.date(2026, 11, 28),
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(p) for p in body],
            "notes": (
                "WordPress with the Jannah theme (tie-*): Jannah's own NewsArticle JSON-LD "
                "with articleSection and the whole articleBody; og:title shorter than the h1; "
                "'| Dakaractu' in <title>; a journalist's byline on an APS dispatch "
                "('Kaolack, 28 nov (APS) –' dateline in bold, editors' initials 'NFS/ASG' "
                "after the text); figure.wp-block-pullquote with cite; ad with 'Publicité' "
                "between paragraphs; photo credit 'Photo APS' (not an agency credit on its "
                "own); tags, author box with bio, related posts, comments dated the next day; "
                "header date of the day."
            ),
        },
    )


def page07_cameroontribune_epaper_two_authors() -> None:
    """A print edition's e-paper article view: two authors in capitals, print intertitles."""
    base = "https://www.cameroon-tribune.cm"
    url = (
        f"{base}/epaper/edition/13482/article/kribi-le-port-en-eau-profonde-accueille-son-"
        "premier-porte-conteneurs-de-400-metres"
    )
    title = "Kribi : le port en eau profonde accueille son premier porte-conteneurs de 400 mètres"
    chapo = (
        "Le MSC Aurelia a accosté samedi au terminal à conteneurs, une première pour un "
        "navire de cette taille dans le golfe de Guinée."
    )
    text = [
        (
            "p",
            "Il était un peu plus de 7 heures samedi lorsque le MSC Aurelia s’est présenté "
            "à l’entrée du chenal de Kribi, escorté par deux remorqueurs. Long de 399,9 mètres "
            "et large de 61, le navire battant pavillon libérien est le plus grand jamais "
            "reçu dans un port camerounais.",
        ),
        ("h3", "Des quais rallongés"),
        (
            "p",
            "Son accueil a été rendu possible par l’extension du terminal à conteneurs, "
            "achevée en septembre. Le quai a été porté à 1065 mètres et le tirant d’eau à "
            "16,5 mètres, ce qui permet désormais aux plus grands porte-conteneurs de la "
            "ligne Asie-Afrique de l’Ouest d’éviter les transbordements à Lomé ou à Tanger.",
        ),
        (
            "p",
            "« Pendant des années, nos marchandises faisaient un détour de plusieurs jours. "
            "Aujourd’hui, Kribi devient une escale directe », s’est félicité le directeur "
            "général du Port autonome de Kribi, Samuel Ebongue Ekambi, devant les autorités "
            "de la région du Sud.",
        ),
        (
            "p",
            "Le navire a débarqué 2300 conteneurs destinés au Cameroun, au Tchad et à la "
            "Centrafrique, avant de repartir dimanche soir vers Pointe-Noire. Les opérations "
            "ont duré trente et une heures, un délai jugé honorable par les agents "
            "maritimes.",
        ),
        ("h3", "Le défi de la route"),
        (
            "p",
            "Reste l’évacuation des marchandises. L’autoroute Kribi-Lolabé n’est achevée "
            "que sur 38 kilomètres et les camions doivent encore emprunter la nationale vers "
            "Edéa, souvent saturée. Les transporteurs réclament l’ouverture rapide du parc "
            "logistique promis à Mboro, qui doit désengorger les abords du port.",
        ),
        (
            "p",
            "Le ministère des Transports annonce pour sa part la mise en service d’une "
            "première section ferroviaire entre Kribi et Edéa à l’horizon 2029.",
        ),
    ]
    webpage = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": f"{title} - Cameroon Tribune",
        "url": url,
        "isPartOf": {
            "@type": "PublicationIssue",
            "issueNumber": "13482/9681",
            "datePublished": "2026-11-30",
        },
        "publisher": {"@type": "Organization", "name": "Cameroon Tribune"},
    }
    thumbs = "".join(
        f'<li class="ep-thumb{" ep-thumb--active" if n == 7 else ""}"><a href="{base}/epaper/'
        f'edition/13482/page/{n}"><img src="{base}/epaper/13482/thumbs/p{n:02d}.jpg" alt="" '
        f'loading="lazy"><span>Page {n}</span></a></li>'
        for n in range(1, 33)
    )
    on_page = teasers(707, 3, f"{base}/epaper/edition/13482/article", FILLER)
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{title} - Cameroon Tribune</title>
<meta name="description" content="{chapo}">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Cameroon Tribune">
<meta property="og:image" content="{base}/epaper/13482/crops/p07-a2.jpg">
<meta property="article:published_time" content="2026-11-30T05:00:00+01:00">
<meta property="article:section" content="Économie">
<link rel="stylesheet" href="{base}/assets/epaper/viewer.3f9c1a.css">
<style>{css_blob(7071, "ep", 760)}</style>
{json_script(webpage)}
<script>window.EPAPER={{"edition":13482,"page":7,"pages":32,"articleId":"p07-a2","zoom":1.25,"mode":"text","pdf":"/epaper/13482/CT13482.pdf","subscriber":true}};</script>
<script src="{base}/assets/epaper/viewer.3f9c1a.js" defer></script>
</head>
<body class="epaper epaper-article mode-text">
{consent_box("cookie-law", "Cameroon Tribune")}
<header class="ep-header">
<a class="ep-logo" href="{base}/"><img src="{base}/assets/img/logo-ct.svg" alt="Cameroon Tribune"></a>
<div class="ep-edition-info">Cameroon Tribune n° 13482/9681 du lundi 30 novembre 2026</div>
<div class="ep-tools"><a href="{base}/epaper/edition/13482/page/7" class="ep-mode">Mode page</a><a href="{base}/epaper/edition/13482/article/p07-a2" class="ep-mode ep-mode--active">Mode texte</a><a href="{base}/epaper/13482/CT13482.pdf" class="ep-pdf">Télécharger le PDF</a><a href="{base}/epaper/archives">Archives</a><span class="ep-user">Mon compte</span></div>
<nav class="ep-sections">{menu(7072, "ep-rubriques", base + "/epaper/edition/13482", ["Une", "Politique", "Économie", "Société", "Régions", "Sports", "Culture"], per=5)}</nav>
</header>
<div class="ep-layout">
<aside class="ep-pages"><h2 class="ep-pages__title">Pages de l’édition</h2><ol class="ep-thumbs">{thumbs}</ol></aside>
<main class="ep-reader">
<ol class="ep-breadcrumb"><li><a href="{base}/epaper">E-paper</a></li><li><a href="{base}/epaper/edition/13482">Édition du 30/11/2026</a></li><li><a href="{base}/epaper/edition/13482/rubrique/economie">Économie</a></li></ol>
<article class="ep-article" data-article="p07-a2">
<div class="ep-article__meta"><span class="ep-page-ref">Page 7</span> · <span class="ep-rubric">Économie</span></div>
<p class="ep-article__overline">Infrastructures</p>
<h1 class="ep-article__title">{title}</h1>
<div class="ep-article__chapeau">{chapo}</div>
<p class="ep-article__byline">Jean-Paul MBIA et Aïcha NJOYA</p>
<figure class="ep-article__crop"><img src="{base}/epaper/13482/crops/p07-a2-photo.jpg" alt=""><figcaption>Le MSC Aurelia au terminal à conteneurs de Kribi, samedi. <span class="ep-credit">Photo : Félix NDONGO</span></figcaption></figure>
<div class="ep-article__body ep-columns">
{chr(10).join(f'<h3 class="ep-inter">{s}</h3>' if t == "h3" else f"<p>{s}</p>" for t, s in text)}
</div>
<p class="ep-article__pdfref">Cet article est paru dans l’édition imprimée du 30 novembre 2026, page 7.</p>
</article>
<nav class="ep-nextprev"><a class="ep-prev" href="{on_page[0]["url"]}">‹ Article précédent</a><a class="ep-next" href="{on_page[1]["url"]}">Article suivant ›</a></nav>
<section class="ep-same-page"><h2>Sur la même page</h2><ul>{teaser_list(on_page, "ep-card")}</ul></section>
</main>
</div>
<footer class="ep-footer">{footer_links(7073, base, ["Cameroon Tribune", "SOPECAM", "Abonnements", "Aide"])}
<p>© SOPECAM 2026 – Société de presse et d’éditions du Cameroun, Yaoundé. Reproduction interdite sans autorisation.</p></footer>
{tracking(7074, "cameroon-tribune.cm", 4)}
</body>
</html>
"""
    write(
        "07_cameroontribune_epaper_two_authors",
        page,
        {
            "title": title,
            "publication": "Cameroon Tribune",
            "author": "Jean-Paul Mbia et Aïcha Njoya",
            "section": "Économie",
            "date": datetime.date(2026, 11, 30),
            "standfirst": chapo,
            "source_url": url,
            "subheads": [s for t, s in text if t == "h3"],
            "paragraphs": [flat(s) for t, s in text if t == "p"],
            "notes": (
                "Print edition's e-paper viewer in text mode: JSON-LD only a WebPage with its "
                "PublicationIssue; the date is the edition's (30 November 2026, 'n° "
                "13482/9681' with two issue numbers) and article:published_time; two authors "
                "in capitals without 'Par'; overline 'Infrastructures' loses to "
                "article:section; standfirst as a div; print intertitles in h3; photo credit "
                "in capitals; an edition note after the text; 32 page thumbnails before the "
                "article and 'Sur la même page' after."
            ),
        },
    )


def page08_medias24_brightspot_live_map() -> None:
    """Brightspot live page, newest entry first, h3 entry titles, one untitled entry."""
    base = "https://medias24.com"
    url = f"{base}/2026/11/29/intemperies-dans-le-nord-routes-coupees-et-ecoles-fermees-1684"
    title = "Intempéries dans le Nord : routes coupées et écoles fermées à Tétouan et Chefchaouen"
    og_title = "EN DIRECT. Intempéries dans le Nord : suivez la situation heure par heure"
    chapo = (
        "De fortes pluies tombent depuis samedi soir sur les provinces du Nord. Suivez "
        "l’évolution de la situation, mise à jour au fil de la journée."
    )
    entries = [
        (
            "13:40",
            "Les cours reprendront mardi à Tétouan",
            [
                "La direction provinciale de l’Éducation nationale annonce la reprise des cours "
                "mardi dans les établissements de Tétouan, à l’exception de quatre écoles "
                "rurales de la commune d’Azla, dont les accès restent inondés.",
            ],
        ),
        (
            "12:15",
            "Le barrage d’Oued Martil rempli à 91 %",
            [
                "Selon la direction régionale de l’hydraulique, le taux de remplissage du "
                "barrage a atteint 91 % à midi, contre 64 % vendredi. Des lâchers contrôlés "
                "ont commencé et les riverains de l’oued ont été invités à s’éloigner des "
                "berges.",
                "Les autorités locales précisent qu’aucune évacuation n’est envisagée à ce stade.",
            ],
        ),
        (
            "10:50",
            None,
            [
                "Un habitant de Chefchaouen a publié une vidéo montrant la place Outa el Hammam "
                "transformée en torrent. Elle a été vue plus de 200.000 fois en deux heures. "
                "La commune a fermé l’accès à la médina aux véhicules jusqu’à nouvel ordre.",
            ],
        ),
        (
            "09:30",
            "La RN2 coupée près de Bab Taza",
            [
                "La route nationale 2 est coupée dans les deux sens à hauteur de Bab Taza, "
                "après un glissement de terrain survenu vers 6 heures. Les automobilistes "
                "venant d’Al Hoceima sont déviés par Ouazzane, indique la Gendarmerie royale "
                "citée par la MAP.",
                "Des engins du ministère de l’Équipement sont sur place. Le dégagement de la "
                "chaussée devrait prendre « au moins une journée », selon une source locale.",
            ],
        ),
        (
            "07:05",
            "Plus de 120 mm de pluie en une nuit",
            [
                "Il est tombé 124 millimètres de pluie à Chefchaouen entre samedi 20 heures "
                "et dimanche 6 heures, selon la Direction générale de la météorologie, qui "
                "maintient l’alerte de niveau orange jusqu’à lundi midi.",
                "Par mesure de précaution, les écoles des provinces de Tétouan, Chefchaouen "
                "et Ouazzane resteront fermées ce lundi, a annoncé le ministère de l’Éducation "
                "nationale dans un communiqué.",
            ],
        ),
    ]
    tweet = (
        '<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">La place '
        'Outa el Hammam ce matin, je n’avais jamais vu ça 😳 <a href="https://twitter.com/'
        'hashtag/Chefchaouen">#Chefchaouen</a></p>&mdash; Hicham B. (@hicham_chaouen) '
        '<a href="https://twitter.com/hicham_chaouen/status/1864912750113">29 novembre '
        "2026</a></blockquote>"
    )

    def millis(hhmm: str) -> int:
        hour, minute = map(int, hhmm.split(":"))
        stamp = datetime.datetime(2026, 11, 29, hour, minute, tzinfo=datetime.UTC)
        return int(stamp.timestamp() * 1000) - 3600 * 1000

    posts = []
    for n, (hhmm, head, ps) in enumerate(entries):
        heading = f'<h3 class="LiveBlogPost-headline">{head}</h3>' if head else ""
        extra = tweet if head is None else ""
        posts.append(
            f'<div class="LiveBlogPost" id="post-{9120 - n}" data-post-id="{9120 - n}">'
            f'<div class="LiveBlogPost-header"><bsp-timestamp class="LiveBlogPost-timestamp" '
            f'data-timestamp="{millis(hhmm)}"><span class="LiveBlogPost-time">'
            f"{hhmm.replace(':', 'h')}</span></bsp-timestamp>{heading}</div>"
            f'<div class="LiveBlogPost-body RichTextBody">{paras(*ps)}{extra}</div>'
            f'<div class="LiveBlogPost-share"><button>Partager</button></div></div>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url,
        "url": url,
        "headline": flat(og_title),
        "description": flat(chapo),
        "articleSection": ["Société", "Régions"],
        "datePublished": "2026-11-29T07:05:00+01:00",
        "dateModified": "2026-11-29T13:40:00+01:00",
        "coverageStartTime": "2026-11-29T07:05:00+01:00",
        "coverageEndTime": "2026-11-29T23:59:00+01:00",
        "author": [{"@type": "Person", "name": "Salma Bennani"}],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Médias24"},
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": head or flat(ps[0])[:80],
                "datePublished": f"2026-11-29T{hhmm}:00+01:00",
                "articleBody": " ".join(flat(p) for p in ps),
            }
            for hhmm, head, ps in entries
        ],
    }
    related = teasers(808, 8, f"{base}/2026/11", FILLER)
    page = f"""<!DOCTYPE html>
<html class="LiveBlogPage" lang="fr" data-header-hat="true">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Médias24</title>
<meta name="description" content="{chapo}">
<meta name="brightspot.contentId" content="0000018f-3c2a-d41b-a7ff-7f6b51e90000">
<meta name="brightspot.cached" content="true">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{og_title}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Médias24">
<meta property="og:image" content="{base}/dims4/default/9c1e2a7/2147483647/strip/true/crop/1200x630+0+0/resize/1200x630!/quality/90/?url=https%3A%2F%2Fmedias24-brightspot.s3.amazonaws.com%2Fintemperies.jpg">
<meta property="article:published_time" content="2026-11-29T07:05:00+01:00">
<meta property="article:modified_time" content="2026-11-29T13:40:00+01:00">
<meta property="article:section" content="Société">
<meta name="twitter:card" content="summary_large_image">
<link data-cssvarsponyfill="true" class="Webpack-css" rel="stylesheet" href="{base}/resource/00000175-a2b1-d2c0-a5ff-fab9bbf80000/styleguide/All.min.3b8f1c0e.gz.css">
<style>{css_blob(8081, "bsp", 820)}</style>
{json_script(ld)}
<script src="{base}/resource/00000175-a2b1-d2c0-a5ff-fab9bbf80000/styleguide/All.min.9f2a41d7.gz.js" async></script>
</head>
<body class="Page-body" data-page-type="live">
{consent_box("qc-cmp2", "Médias24")}
<bsp-header class="Page-header">
<div class="Page-header-bar"><a class="Page-header-logo" href="{base}/"><img src="{base}/resource/logo-medias24.svg" alt="Médias24"></a>
<div class="Page-header-date">Dimanche 29 novembre 2026</div>
<a class="Page-header-subscribe" href="{base}/abonnement">S’abonner</a></div>
<nav class="Page-header-navigation">{menu(8082, "Navigation-items", base, ["Économie", "Finance", "Politique", "Société", "Régions", "Sport", "LeBoursier"])}</nav>
</bsp-header>
<main class="Page-main">
<div class="Page-breadcrumbs"><ul class="BreadcrumbNavigation-items"><li><a href="{base}/">Accueil</a></li><li><a href="{base}/actualites">Actualités</a></li><li><a href="{base}/societe">Société</a></li></ul></div>
<div class="Page-content">
<div class="LiveBlogPage-header">
<div class="Page-label LiveBlogPage-label"><span class="LiveBlogPage-live-dot"></span>En direct</div>
<h1 class="Page-headline">{title}</h1>
<div class="Page-subHeadline">{chapo}</div>
<div class="Page-byline"><div class="Page-authors">Par <a class="Link" href="{base}/auteurs/salma-bennani">Salma Bennani</a> avec MAP</div>
<div class="Page-datePublished">Publié le 29/11/2026 à 07h05</div><div class="Page-dateModified">Mis à jour le 29/11/2026 à 13h40</div></div>
</div>
<figure class="Page-lead"><img src="{base}/dims4/default/intemperies-1200.jpg" alt=""><figcaption><span class="Figure-caption">Une rue de Tétouan sous l’eau, dimanche matin.</span> <span class="Figure-credit">© MAP</span></figcaption></figure>
<div class="LiveBlogPage-posts-header"><span class="LiveBlogPage-update-count">5 mises à jour</span><button class="LiveBlogPage-refresh">Actualiser</button></div>
<bsp-live-blog class="ListLiveBlog" data-poll-interval="60000">
<div class="ListLiveBlog-items">
{chr(10).join(posts)}
</div>
</bsp-live-blog>
<div class="Page-tags"><span>Tags :</span> <a href="{base}/tag/intemperies">Intempéries</a> <a href="{base}/tag/tetouan">Tétouan</a> <a href="{base}/tag/chefchaouen">Chefchaouen</a></div>
<div class="Page-newsletter"><h3>La newsletter Médias24</h3><p>Recevez chaque matin l’essentiel de l’actualité économique.</p><input type="email" placeholder="Votre e-mail"><button>Je m’inscris</button></div>
</div>
<aside class="Page-aside"><div class="List"><h2 class="List-title">Les plus lus</h2><ul>{teaser_list(related, "PromoB")}</ul></div></aside>
</main>
<footer class="Page-footer">{footer_links(8083, base, ["Médias24", "Rubriques", "Services", "Légal"])}
<p class="Page-footer-disclaimer">© 2026 Médias24. Tous droits réservés. Casablanca, Maroc.</p></footer>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
{tracking(8084, "medias24.com", 6)}
</body>
</html>
"""
    write(
        "08_medias24_brightspot_live_map",
        page,
        {
            "title": title,
            "publication": "Médias24",
            "author": "Salma Bennani",
            "agency": "MAP",
            "section": "Société",
            "date": datetime.date(2026, 11, 29),
            "standfirst": chapo,
            "source_url": url,
            "subheads": [head for _, head, _ in entries if head],
            "paragraphs": [flat(p) for _, _, ps in entries for p in ps],
            "notes": (
                "Brightspot live page (bsp-* elements, LiveBlogPage/LiveBlogPost classes), "
                "newest entry first: entry times (13h40 … 07h05) are not text, h3 entry "
                "titles are subheads, the 10h50 entry has no title and an embedded tweet (not "
                "text); LiveBlogPosting JSON-LD with articleSection as a list and "
                "liveBlogUpdate copies of the entries; og:title 'EN DIRECT. …' differs from "
                "the h1; 'Par Salma Bennani avec MAP'; label 'En direct' is no section; "
                "updated after published; newsletter box after the posts."
            ),
        },
    )
