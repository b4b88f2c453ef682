"""Pages 07-08: Antenne Réunion's local TV page saved complete, a Blogger blog."""

# ruff: noqa: E501 (article prose and page markup are kept one paragraph, one element a line)

from __future__ import annotations

import datetime
import html

from kit import (
    comments,
    consent,
    css_blob,
    flat,
    json_script,
    menu,
    paras,
    related,
    tracking,
    write,
)


def page07_antennereunion_localtv_h2_base_href() -> None:
    """Antenne Réunion (La Réunion): h1 is the logo, headline h2, saved complete with <base>."""
    base = "https://www.antennereunion.fr"
    path = "actualites/societe/fortes-pluies-la-route-de-cilaos-coupee-apres-un-eboulement-des-habitants-bloques-dans-le-cirque"
    url = f"{base}/{path}"
    files = (
        "./Fortes pluies _ la route de Cilaos coupée après un éboulement - Antenne Réunion_files"
    )
    title = "Fortes pluies : la route de Cilaos coupée après un éboulement, des habitants bloqués dans le cirque"
    chapo = "La circulation est interrompue sur la route nationale 5 entre Saint-Louis et Cilaos. Le cirque n’est plus accessible que par hélicoptère."
    texts = [
        "Un éboulement s’est produit peu après minuit sur la route de Cilaos, au niveau du lieu-dit Peter Both, sur la commune de Saint-Louis. Plusieurs centaines de mètres cubes de roches et de terre ont recouvert la chaussée sur une cinquantaine de mètres, selon les premières constatations des services de la Région.",
        "Aucun véhicule ne circulait au moment de l’éboulement. La route est fermée dans les deux sens jusqu’à nouvel ordre, et les habitants du cirque ne peuvent plus rejoindre le littoral par la route.",
        "« On a entendu un grondement énorme, comme un avion qui passe très bas », raconte Jean-Hugues Payet, qui habite à quelques centaines de mètres du site. « Au matin, on a vu que tout un pan de la falaise était parti. »",
        "La préfecture a déclenché le plan d’urgence à 2 heures du matin. Un hélicoptère de la section aérienne de gendarmerie a commencé dans la matinée des rotations pour évacuer deux patients dialysés et acheminer des médicaments vers le centre de santé de Cilaos.",
        "Météo-France maintient la vigilance orange pour fortes pluies sur l’ouest et le sud de l’île jusqu’à dimanche soir. La Région indique que les travaux de déblaiement ne pourront commencer qu’une fois la falaise sécurisée, ce qui pourrait prendre « plusieurs jours au minimum ».",
        "Les collégiens et lycéens de Cilaos scolarisés sur le littoral sont dispensés de cours lundi, a précisé le rectorat.",
    ]
    video = (
        f'<div class="article__video"><video controls preload="none" poster="{files}/poster_cilaos.jpg">'
        f'<source src="{base}/media/videos/2026/11/21/cilaos-eboulement.mp4" type="video/mp4"></video>'
        '<p class="article__video-legend">Le reportage de Kévin Técher et Ludovic Hoarau au pied de l’éboulement, samedi matin.</p></div>'
    )
    gallery = "".join(
        f'<li class="gallery__item"><img src="{files}/cilaos_{i}.jpg" alt=""><span class="gallery__caption">{cap} © Antenne Réunion</span></li>'
        for i, cap in enumerate(
            [
                "La chaussée recouverte de roches au lieu-dit Peter Both.",
                "Les gendarmes ont fermé la route dès 1 heure du matin.",
                "Rotation de l’hélicoptère à l’héliport de Cilaos.",
            ],
            1,
        )
    )
    body = (
        paras(*texts[:2])
        + video
        + paras(*texts[2:4])
        + f'<div class="gallery"><p class="gallery__title">En images</p><ul>{gallery}</ul></div>'
        + paras(*texts[4:])
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": flat(title),
                "datePublished": "2026-11-20T21:45:00+00:00",
                "dateModified": "2026-11-21T05:30:00+00:00",
                "inLanguage": "fr-FR",
                "isPartOf": {"@type": "WebSite", "name": "Antenne Réunion", "url": base},
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{base}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Actualités",
                        "item": f"{base}/actualites",
                    },
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "Société",
                        "item": f"{base}/actualites/societe",
                    },
                    {"@type": "ListItem", "position": 4, "name": flat(title)},
                ],
            },
        ],
    }
    saved = f"<!-- saved from url=({len(url):04d}){url} -->"
    page = f"""<!DOCTYPE html>
{saved}
<html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<base href="{base}/">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fortes pluies : la route de Cilaos coupée après un éboulement - Antenne Réunion</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Antenne Réunion Télévision"><meta property="og:type" content="article"><meta property="og:url" content="{url}">
<meta property="og:title" content="Fortes pluies : la route de Cilaos coupée après un éboulement">
<meta property="og:image" content="{base}/media/images/2026/11/21/cilaos-eboulement.jpg">
<meta property="article:published_time" content="2026-11-21T01:45:00+04:00"><meta property="article:modified_time" content="2026-11-21T09:30:00+04:00">
{json_script(graph)}
<link rel="stylesheet" href="{files}/app.5c21d9.css">
<style>{css_blob(701, "ar", 600)}</style>
<script src="{files}/jquery.min.js"></script>
{tracking("G-ANTR974")}
</head><body class="node-type-article">
{consent("tarteaucitron", "Antenne Réunion")}
<header class="site-header"><h1 class="site-logo"><a href="/" title="Accueil"><img src="{files}/logo-antenne-reunion.svg" alt="Antenne Réunion"></a></h1>
<nav class="main-menu">{menu(702, "main-menu__list", "", ["Actualités", "Société", "Faits divers", "Politique", "Économie", "Sport", "Programmes", "Replay", "Direct"])}</nav>
<a class="site-header__live" href="/direct">Regarder le direct</a></header>
<main class="layout-main"><div class="breadcrumb"><a href="/">Accueil</a> › <a href="/actualites">Actualités</a> › <a href="/actualites/societe">Société</a> › <span>{title}</span></div>
<article class="article">
<h2 class="article__title">{title}</h2>
<div class="article__meta"><span class="article__author">Par <a href="/auteur/melissa-grondin">Mélissa Grondin</a></span>
<time datetime="2026-11-20T21:45:00Z">Publié le 21/11/2026 à 01h45</time> · <span class="article__updated">Mis à jour le 21/11/2026 à 09h30</span></div>
<div class="article__chapo">{chapo}</div>
<figure class="article__image"><img src="{files}/cilaos-eboulement.jpg" alt=""><figcaption>L’éboulement a recouvert la route nationale 5 sur une cinquantaine de mètres. Photo Antenne Réunion</figcaption></figure>
<div class="article__body">{body}</div>
<div class="article__share"><a href="https://www.facebook.com/sharer/sharer.php?u={html.escape(url)}">Facebook</a> <a href="https://wa.me/?text={html.escape(url)}">WhatsApp</a></div>
<div class="article__tags"><a href="/tags/cilaos">Cilaos</a> <a href="/tags/intemperies">Intempéries</a> <a href="/tags/route">Route</a></div>
</article>
{related(703, "", "teasers", 6, "Dans l’actualité")}
</main>
<footer class="site-footer"><p>© 2026 Antenne Réunion – Tous droits réservés</p><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/contact">Contact</a></li></ul></footer>
<script src="{files}/app.5c21d9.js"></script>
</body></html>
"""
    write(
        "07_antennereunion_localtv_h2_base_href",
        page,
        {
            "title": flat(title),
            "publication": "Antenne Réunion",
            "author": "Mélissa Grondin",
            "section": "Société",
            "date": datetime.date(2026, 11, 21),
            "standfirst": flat(chapo),
            "source_url": url,
            "paragraphs": [flat(t) for t in texts],
            "notes": "Local TV site (La Réunion) saved 'complete': <base href>, resources in "
            "'./…_files/' (not needed), site-relative links resolved against <base>; the <h1> is "
            "the logo, the headline an <h2>; published "
            "01h45 local (+04:00) = 21:45 UTC the day before in <time> and JSON-LD WebPage: the "
            "date is 21 November; breadcrumb (HTML and JSON-LD) ends with the article, section "
            "the item before; video legend and gallery captions are not text; og:site_name "
            "'Antenne Réunion Télévision' vs logo 'Antenne Réunion'.",
        },
    )


def page08_blogger_madagascar_br_gallery() -> None:
    """A Blogger blog (Madagascar): <br>-split post body, tr-caption photo tables, no JSON-LD."""
    base = "https://carnetsdantsirabe.blogspot.com"
    url = f"{base}/2026/11/le-riz-rouge-de-betafo-arrive-tana.html"
    title = "Le riz rouge de Betafo arrive à Tana"
    texts = [
        "Samedi dernier, j’ai accompagné les vingt-six membres de la coopérative Tanety Mena de Betafo jusqu’à Antananarivo, où ils livraient pour la première fois leur riz rouge à une épicerie fine du quartier d’Isoraka. Huit heures de route, deux crevaisons et un camion chargé de 1800 kilos.",
        "Il y a trois ans, ces familles vendaient leur paddy aux collecteurs à 1300 ariary le kilo, au moment de la récolte, quand les prix sont au plus bas. Aujourd’hui, elles décortiquent et ensachent elles-mêmes, et l’épicerie leur achète le kilo 4200 ariary.",
        "« Le plus dur, ce n’était pas de cultiver, c’était d’apprendre à attendre », m’a dit Rakotomalala Fidy, le président de la coopérative, pendant qu’on déchargeait les sacs. Attendre, c’est-à-dire garder le riz dans le grenier commun plutôt que de le vendre tout de suite pour payer l’écolage des enfants.",
        "La coopérative a pu le faire grâce à un petit fonds de roulement, monté avec une association de la diaspora installée à Lyon. Chaque famille peut emprunter jusqu’à 150 000 ariary pendant la soudure, remboursables après la vente.",
        "Rien n’est gagné. L’épicerie ne prendra que trois livraisons par an, et le prix du carburant a encore augmenté en octobre. Mais sur le chemin du retour, dans le camion vide, tout le monde chantait.",
        "Je vous raconterai dans un prochain billet la visite des rizières en terrasses de Tanety Mena, avec plus de photos.",
    ]

    def photo(name: str, caption: str) -> str:
        return (
            '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
            f'<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{name}/s1600/{name}.jpg" style="margin-left: auto; margin-right: auto;">'
            f'<img border="0" data-original-height="1200" data-original-width="1600" height="300" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{name}/s400/{name}.jpg" width="400" /></a></td></tr>'
            f'<tr><td class="tr-caption" style="text-align: center;">{caption}</td></tr></tbody></table>'
        )

    photos = [
        photo(
            "AVvXsEhT1betafo",
            "Le camion de la coopérative au départ de Betafo, à 5 heures du matin.",
        ),
        photo("AVvXsEhT2sacs", "Les sacs de deux kilos, ensachés et étiquetés à la main."),
        photo("AVvXsEhT3isoraka", "Déchargement devant l’épicerie d’Isoraka."),
    ]
    post_body = (
        f"{photos[0]}\n<div>{texts[0]}<br /><br />{texts[1]}<br /><br /></div>\n"
        f"{photos[1]}\n<div>{texts[2]}</div><div><br /></div><div>{texts[3]}<br /><br />{texts[4]}</div>\n"
        f"{photos[2]}\n<div>{texts[5]}</div>"
    )
    author = "Hanta Rasoanaivo"
    archive = "".join(
        f'<li class="archivedate"><a class="post-count-link" href="{base}/2026/{m:02d}/">{name}</a> <span class="post-count" dir="ltr">({n})</span></li>'
        for m, name, n in [
            (11, "novembre", 2),
            (10, "octobre", 4),
            (9, "septembre", 3),
            (8, "août", 5),
            (7, "juillet", 2),
        ]
    )
    blog_comments = comments(
        "comments",
        [
            (
                "Tiana R.",
                "10 novembre 2026 à 21:05",
                "Bravo à toute la coopérative ! Où peut-on acheter ce riz à Tana ?",
            ),
            (
                "Carnets d’Antsirabe",
                "11 novembre 2026 à 07:40",
                "Merci Tiana, à l’épicerie d’Isoraka pour le moment, je mettrai l’adresse dans le prochain billet.",
            ),
            (
                "Jean-Luc",
                "12 novembre 2026 à 16:22",
                "Très beau reportage, on sent la route et la fatigue. Vivement les photos des terrasses.",
            ),
        ],
    )
    page = f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="fr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head>
<meta content="width=1100" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator">
<link href="{base}/favicon.ico" rel="icon" type="image/x-icon">
<link href="{url}" rel="canonical">
<link rel="alternate" type="application/atom+xml" title="Carnets d’Antsirabe - Atom" href="{base}/feeds/posts/default">
<link rel="service.post" type="application/atom+xml" title="Carnets d’Antsirabe - Atom" href="https://www.blogger.com/feeds/7312094458120443187/posts/default">
<meta content="Samedi dernier, j’ai accompagné les vingt-six membres de la coopérative Tanety Mena de Betafo jusqu’à Antananarivo…" name="description">
<meta content="{url}" property="og:url">
<meta content="Le riz rouge de Betafo arrive à Tana" property="og:title">
<meta content="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhT1betafo/w1200-h630-p-k-no-nu/AVvXsEhT1betafo.jpg" property="og:image">
<title>Carnets d’Antsirabe: Le riz rouge de Betafo arrive à Tana</title>
<style id="page-skin-1" type="text/css"><!--
/* Name: Simple  Designer: Blogger  URL: www.blogger.com */
{css_blob(801, "post", 1100)}
--></style>
<script type="text/javascript">(function(){{var a="\\u003cscript\\u003e";window._bfl=window._bfl||[];}})();</script>
<link type="text/css" rel="stylesheet" href="https://www.blogger.com/static/v1/widgets/2437439463-widget_css_bundle.css">
</head>
<body class="loading variant-simplysimple">
<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><iframe src="https://www.blogger.com/navbar.g?targetBlogID=7312094458120443187" height="30" width="100%" frameborder="0" title="Barre de navigation Blogger"></iframe></div></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="header section" id="header"><div class="widget Header" id="Header1">
<div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="{base}/">Carnets d’Antsirabe</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>Chroniques des Hautes Terres, entre Antsirabe, Betafo et la route du Sud</span></p></div></div></div></div></div></header>
<div class="main-outer"><div class="columns"><div class="main-inner"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>mardi 10 novembre 2026</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhT1betafo/s400/AVvXsEhT1betafo.jpg" itemprop="image_url">
<meta content="7312094458120443187" itemprop="blogId"><meta content="5519038846120944012" itemprop="postId">
<a name="5519038846120944012"></a>
<h3 class="post-title entry-title" itemprop="name">
{title}
</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-5519038846120944012" itemprop="description articleBody">
{post_body}
<div style="clear: both;"></div>
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">Publié par <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><meta content="https://www.blogger.com/profile/04417720931558302451" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/04417720931558302451" rel="author" title="author profile"><span itemprop="name">{author}</span></a></span></span>
<span class="post-timestamp">à <meta content="{url}" itemprop="url"><a class="timestamp-link" href="{url}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="2026-11-10T18:42:00+03:00">18:42</abbr></a></span>
<span class="post-comment-link"></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Libellés : <a href="{base}/search/label/agriculture" rel="tag">agriculture</a>, <a href="{base}/search/label/Betafo" rel="tag">Betafo</a>, <a href="{base}/search/label/riz" rel="tag">riz</a></span></div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?blogID=7312094458120443187&amp;postID=5519038846120944012&amp;target=email" target="_blank" title="Envoyer par e-mail"><span class="share-button-link-text">Envoyer par e-mail</span></a><a class="goog-inline-block share-button sb-blog" href="https://www.blogger.com/share-post.g?blogID=7312094458120443187&amp;postID=5519038846120944012&amp;target=blog" target="_blank" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a></div>
</div></div>
<div class="comments" id="comments-block">{blog_comments}<p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/7312094458120443187/5519038846120944012">Enregistrer un commentaire</a></p></div>
</div></div></div>
</div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{base}/2026/11/les-terrasses-de-tanety-mena.html">Article plus récent</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{base}/2026/10/marche-antsirabe-prix-legumes.html">Article plus ancien</a></span>
<a class="home-link" href="{base}/">Accueil</a></div>
<div class="post-feeds"><div class="feed-links">Inscription à : <a class="feed-link" href="{url.removesuffix(".html")}/feeds/comments/default" type="application/atom+xml">Publier les commentaires (Atom)</a></div></div>
</div></div></div></div>
<div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" id="Profile1"><h2>Qui êtes-vous ?</h2><div class="widget-content"><a href="https://www.blogger.com/profile/04417720931558302451"><img alt="Ma photo" class="profile-img" height="80" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/profile/s80/hanta.jpg" width="80"></a>
<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/04417720931558302451">{author}</a></dt><dd class="profile-textblock">Ancienne institutrice, je raconte la vie des Hautes Terres depuis Antsirabe. Photos et textes de l’auteure sauf mention contraire.</dd></dl></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Archives du blog</h2><div class="widget-content"><ul class="hierarchy">{archive}</ul></div></div>
<div class="widget Label" id="Label1"><h2>Libellés</h2><div class="widget-content list-label-widget-content"><ul><li><a dir="ltr" href="{base}/search/label/agriculture">agriculture</a></li><li><a dir="ltr" href="{base}/search/label/Betafo">Betafo</a></li><li><a dir="ltr" href="{base}/search/label/march%C3%A9s">marchés</a></li><li><a dir="ltr" href="{base}/search/label/route">route</a></li></ul></div></div>
</div></aside></div>
</div></div></div>
<footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Thème Simple. Fourni par <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></footer>
</div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2975350258-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY7';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d7312094458120443187','//{url.removeprefix("https://")}','7312094458120443187');</script>
</body></html>
"""
    write(
        "08_blogger_madagascar_br_gallery",
        page,
        {
            "title": flat(title),
            "publication": "Carnets d’Antsirabe",
            "author": author,
            "section": None,
            "date": datetime.date(2026, 11, 10),
            "source_url": url,
            "paragraphs": [flat(t) for t in texts],
            "notes": "A Blogger blog (Madagascar, 'Simple' theme): the <h1> is the blog's name, the "
            "date an <h2 class=date-header>, the post title an <h3 class=post-title>; post body "
            "of bare <div>s split by <br /><br /> and an empty <div><br /></div>; three photos in "
            "tr-caption-container tables whose captions are not text; 'Publié par A à 18:42' "
            "after the text; date only in the date header and the abbr datePublished; no "
            "JSON-LD, no section (labels are tags); profile bio in the sidebar, comments, "
            "blog pager; <title> 'Blog: Post'.",
        },
    )
