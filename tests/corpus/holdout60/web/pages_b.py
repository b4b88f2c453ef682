# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout60/web (Lebanon: Libnanews; Burkina Faso: Sidwaya, Wakat Séra,
L'Observateur Paalga)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, texturize, write


def page05() -> None:
    """Libnanews: WordPress GeneratePress + Gutenberg + Yoast, pull quote, UTC previous day."""
    base = "https://libnanews.com"
    url = (
        f"{base}/generateurs-de-quartier-la-facture-des-menages-beyrouthins-grimpe-de-18-en-un-an/"
    )
    title = texturize(
        "Générateurs de quartier : la facture des ménages beyrouthins grimpe de 18 % en un an"
    )
    heads = [
        "Deux factures pour une seule lumière",
        "Le solaire, une issue pour ceux qui peuvent payer",
        "Un barème méconnu",
    ]
    p = [
        "Les abonnements aux générateurs privés ont encore augmenté ce printemps. Selon un "
        "relevé effectué par Libnanews auprès de 60 foyers répartis dans huit quartiers de "
        "Beyrouth, la facture mensuelle moyenne pour un abonnement de 5 ampères est passée de "
        "71 à 84 dollars entre avril 2026 et avril 2027, soit une hausse de 18 %.",
        "Cette progression est plus rapide que celle du prix du mazout sur la même période. Les "
        "exploitants de générateurs invoquent l'usure de leurs machines, la hausse des coûts "
        "d'entretien et les salaires des techniciens, désormais payés en dollars frais.",
        # Deux factures
        "Pour la plupart des ménages interrogés, le générateur reste indispensable. Le courant "
        "public n'est fourni que quelques heures par jour dans la capitale, à des horaires "
        "irréguliers. Les familles paient donc deux factures : celle du réseau public, en hausse "
        "depuis la révision des tarifs, et celle du générateur de quartier.",
        "« On paie deux fois pour avoir de la lumière, et on n'est même pas sûr de l'avoir le "
        "soir », résume Samir, commerçant dans le quartier de Mar Elias, qui consacre près d'un "
        "quart de ses revenus à l'électricité.",
        "Les écarts entre quartiers sont importants. À Achrafieh, certains abonnés déclarent "
        "payer plus de 100 dollars pour la même puissance, tandis que dans certains secteurs de "
        "Tarik el-Jdidé, des exploitants appliquent encore des forfaits plus bas, au prix de "
        "coupures plus fréquentes.",
        # Le solaire
        "Face à ces coûts, les foyers qui en ont les moyens se tournent vers les panneaux "
        "solaires. Parmi les 60 ménages de notre échantillon, onze ont installé un système sur "
        "leur toit ou leur balcon au cours des deux dernières années. L'investissement initial, "
        "entre 2 500 et 6 000 dollars, reste hors de portée de la majorité.",
        "Les copropriétés se heurtent en outre à des conflits sur le partage des toits. « Dans "
        "notre immeuble, il a fallu huit réunions pour décider qui aurait droit à quelle "
        "surface », raconte Hala, enseignante à Hamra. « Au final, les trois familles du "
        "dernier étage ont pris la moitié du toit. »",
        # Un barème méconnu
        "Un tarif indicatif pour les générateurs est en principe publié chaque mois, mais son "
        "application reste inégale. Près de la moitié des foyers interrogés ignoraient "
        "l'existence de ce barème, et aucun n'avait jamais vu un exploitant l'afficher.",
        "Pour les économistes que nous avons consultés, la question des générateurs ne sera "
        "réglée qu'avec un réseau public capable de fournir du courant en continu. En "
        "attendant, chaque été ramène la même inquiétude : celle d'une nouvelle hausse quand la "
        "demande de climatisation explose.",
    ]
    p = [texturize(x) for x in p]
    quote = texturize("« On paie deux fois pour avoir de la lumière »")
    pull = (
        f'<figure class="wp-block-pullquote"><blockquote><p>{quote}</p>'
        "<cite>Samir, commerçant à Mar Elias</cite></blockquote></figure>"
    )
    tweet = (
        '<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">'
        '<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="fr" dir="ltr">Ce soir encore, coupure du générateur à 22h dans tout le quartier. Troisième fois cette semaine&#8230; <a href="https://twitter.com/hashtag/Beyrouth">#Beyrouth</a></p>'
        '&mdash; Nour (@nour_bey) <a href="https://twitter.com/nour_bey/status/1786543210987654321">April 29, 2027</a></blockquote>'
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div></figure>'
    )
    body = "\n".join(
        [
            paras(*p[:2]),
            f'<h2 class="wp-block-heading">{heads[0]}</h2>',
            paras(*p[2:4]),
            pull,
            paras(*p[4:5]),
            tweet,
            f'<h2 class="wp-block-heading">{heads[1]}</h2>',
            paras(*p[5:7]),
            '<div class="code-block code-block-3" style="margin: 8px auto; text-align: center; display: block; clear: both;"><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-5550123456789012" data-ad-slot="7712345678"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>',
            f'<h2 class="wp-block-heading">{heads[2]}</h2>',
            paras(*p[7:]),
        ]
    )
    person = f"{base}/#/schema/person/9e4c2a7b1f0d"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": "Mireille Nassar", "@id": person},
                "headline": flat(title),
                "datePublished": "2027-05-03T22:40:19+00:00",
                "dateModified": "2027-05-04T06:02:44+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 512,
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "thumbnailUrl": f"{base}/wp-content/uploads/2027/05/generateur-beyrouth.jpg",
                "keywords": ["Beyrouth", "électricité", "générateurs"],
                "articleSection": ["Économie", "Liban"],
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{flat(title)} - Libnanews",
                "isPartOf": {"@id": f"{base}/#website"},
                "datePublished": "2027-05-03T22:40:19+00:00",
                "dateModified": "2027-05-04T06:02:44+00:00",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
                    {"@type": "ListItem", "position": 2, "name": flat(title)},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base + "/",
                "name": "Libnanews",
                "description": "Le média citoyen du Liban",
                "publisher": {"@id": f"{base}/#organization"},
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Libnanews",
                "url": base + "/",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/2023/01/libnanews-logo.png",
                },
            },
            {
                "@type": "Person",
                "@id": person,
                "name": "Mireille Nassar",
                "url": f"{base}/author/mnassar/",
            },
        ],
    }
    nav = menu(
        6005,
        "menu",
        base,
        ["Liban", "Économie", "Politique", "Société", "Culture", "Diaspora", "Opinions"],
        6,
    )
    related = "".join(
        f'<div class="gb-grid-column"><div class="gb-container"><a href="{t["url"]}/"><img src="{t["image"]}" alt=""></a><h3 class="gb-headline"><a href="{t["url"]}/">{t["title"]}</a></h3></div></div>'
        for t in teasers(605, 9, base, FILLER)
    )
    recent = "".join(
        f'<li><a href="{t["url"]}/">{t["title"]}</a></li>' for t in teasers(6051, 8, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This site is optimized with the Yoast SEO plugin v22.9 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{title} - Libnanews</title>
<meta name="description" content="Un relevé auprès de 60 foyers de Beyrouth montre une hausse de 18 % de la facture des générateurs privés en un an.">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{title} - Libnanews">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Libnanews">
<meta property="article:publisher" content="https://www.facebook.com/libnanews">
<meta property="article:published_time" content="2027-05-03T22:40:19+00:00">
<meta property="article:modified_time" content="2027-05-04T06:02:44+00:00">
<meta property="og:image" content="{base}/wp-content/uploads/2027/05/generateur-beyrouth.jpg">
<meta name="author" content="Mireille Nassar">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Écrit par">
<meta name="twitter:data1" content="Mireille Nassar">
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<!-- / Yoast SEO plugin. -->
<link rel="stylesheet" id="generate-style-css" href="{base}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<style id="generate-style-inline-css">{css_blob(6015, "gp", 240)}</style>
<link rel="stylesheet" id="wp-block-library-css" href="{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.5" media="all">
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-5550123456789012" crossorigin="anonymous"></script>
</head>
<body class="post-template-default single single-post postid-288104 single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left">
<a class="screen-reader-text skip-link" href="#content" title="Aller au contenu">Aller au contenu</a>
<div class="cky-consent-container"><div class="cky-consent-bar"><p class="cky-title">Nous respectons votre vie privée</p><div class="cky-notice-des"><p>Nous utilisons des cookies pour améliorer votre expérience de navigation et analyser notre trafic.</p></div><button class="cky-btn cky-btn-reject">Tout refuser</button><button class="cky-btn cky-btn-accept">Tout accepter</button></div></div>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-logo"><a href="{base}/" rel="home"><img class="header-image is-logo-image" alt="Libnanews" src="{base}/wp-content/uploads/2023/01/libnanews-logo.png"></a></div></div></header>
<nav class="main-navigation" id="site-navigation"><div class="inside-navigation grid-container">{nav}</div></nav>
<div class="site grid-container container hfeed" id="page">
<div class="site-content" id="content">
<div class="content-area" id="primary">
<main class="site-main" id="main">
<article id="post-288104" class="post-288104 post type-post status-publish format-standard has-post-thumbnail hentry category-economie category-liban tag-beyrouth tag-electricite tag-generateurs">
<div class="inside-article">
<div class="featured-image page-header-image-single"><img width="1200" height="675" src="{base}/wp-content/uploads/2027/05/generateur-beyrouth.jpg" class="attachment-full size-full wp-post-image" alt="" decoding="async"></div>
<header class="entry-header">
<h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2027-05-04T09:02:44+03:00">4 mai 2027</time><time class="entry-date published" datetime="2027-05-04T01:40:19+03:00">4 mai 2027</time></span> <span class="byline">par <span class="author vcard"><a class="url fn n" href="{base}/author/mnassar/" title="Voir tous les articles de Mireille Nassar" rel="author"><span class="author-name">Mireille Nassar</span></a></span></span></div>
</header>
<div class="entry-content">
<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing"><div class="heateor_sss_sharing_title">Partager</div><a class="heateor_sss_facebook" href="#">Facebook</a><a class="heateor_sss_button_x" href="#">X</a><a class="heateor_sss_whatsapp" href="#">WhatsApp</a></div>
{body}
<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing heateor_sss_bottom_sharing"><div class="heateor_sss_sharing_title">Partager</div><a class="heateor_sss_facebook" href="#">Facebook</a><a class="heateor_sss_button_x" href="#">X</a></div>
</div>
<footer class="entry-meta" aria-label="Méta de l’entrée"><span class="cat-links"><span class="screen-reader-text">Catégories </span><a href="{base}/category/economie/" rel="category tag">Économie</a>, <a href="{base}/category/liban/" rel="category tag">Liban</a></span> <span class="tags-links"><span class="screen-reader-text">Étiquettes </span><a href="{base}/tag/beyrouth/" rel="tag">Beyrouth</a>, <a href="{base}/tag/electricite/" rel="tag">électricité</a>, <a href="{base}/tag/generateurs/" rel="tag">générateurs</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><span class="prev"><a href="{base}/la-saison-touristique-s-annonce-timide-a-byblos/" rel="prev">La saison touristique s&#8217;annonce timide à Byblos</a></span></div><div class="nav-next"><span class="next"><a href="{base}/les-ecoles-privees-relevent-leurs-frais-de-scolarite/" rel="next">Les écoles privées relèvent leurs frais de scolarité</a></span></div></nav></footer>
</div>
</article>
<div class="gb-container gb-related"><h2 class="gb-headline">Articles similaires</h2><div class="gb-grid-wrapper">{related}</div></div>
<div class="comments-area"><div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire"></p></form></div></div></div>
</main>
</div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="recent-posts-3" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Articles récents</h2><ul>{recent}</ul></aside><aside class="widget inner-padding widget_text"><h2 class="widget-title">Soutenez Libnanews</h2><div class="textwidget"><p>Libnanews est un média indépendant. Soutenez notre travail en faisant un don.</p><p><a href="{base}/faire-un-don/">Faire un don</a></p></div></aside></div></div>
</div>
</div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="copyright-bar">© 2027 Libnanews - Le média citoyen du Liban</div></div></footer></div>
<script src="{base}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
</body>
</html>
"""
    write(
        "05_libnanews_generatepress_yoast_pullquote_tweet_utc_previous_day",
        page,
        {
            "title": flat(title),
            "publication": "Libnanews",
            "author": "Mireille Nassar",
            "section": "Économie",
            "date": datetime.date(2027, 5, 4),
            "source_url": url,
            "subheads": heads,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p],
            "notes": "Libnanews on WordPress GeneratePress with Gutenberg blocks and Yoast. "
            "figure.wp-block-pullquote with a <cite> attribution (not kept), repeating the "
            "start of the next-but-one quotation; embedded tweet (wp-block-embed-twitter, "
            "chrome); three h2.wp-block-heading subheads; AdSense in-article block; sharing bars "
            "inside entry-content. Yoast datePublished 2027-05-03T22:40:19+00:00 = 01:40 on 4 "
            "May in Beirut; the visible <time> says '4 mai 2027' (+03:00): date 4 May, not the "
            "UTC day. 'par' byline in lower case; articleSection ['Économie', 'Liban'] -> "
            "'Économie'; no standfirst; wptexturize entities; the breadcrumb list ends with the "
            "headline. Related grid, comment form, donation widget.",
        },
    )


def page06() -> None:
    """Sidwaya: WordPress Jannah, price table, the site's account as author, signature."""
    base = "https://www.sidwaya.info"
    url = f"{base}/marches-de-ouagadougou-les-prix-des-cereales-amorcent-une-baisse-avec-les-premieres-recoltes/"
    title = texturize(
        "Marchés de Ouagadougou : les prix des céréales amorcent une baisse avec les premières récoltes"
    )
    before = [
        "Les premiers sacs de maïs de la nouvelle récolte ont fait leur apparition sur les "
        "marchés de Ouagadougou. Au marché de Sankaryaaré, le sac de 100 kg de maïs blanc "
        "s'échangeait à 22 500 F CFA le lundi 4 octobre 2027, contre 24 000 F CFA un mois plus "
        "tôt.",
        "Le mouvement touche l'ensemble des céréales, à l'exception du riz local, dont les "
        "stocks restent faibles. Nos relevés effectués dans trois marchés de la capitale, "
        "Sankaryaaré, Gounghin et Nabi Yaar, donnent les tendances suivantes :",
    ]
    rows = [
        ["Produit", "Septembre 2027", "Octobre 2027", "Variation"],
        ["Maïs blanc (100 kg)", "24 000", "22 500", "-6,3 %"],
        ["Sorgho blanc (100 kg)", "23 000", "21 500", "-6,5 %"],
        ["Mil (100 kg)", "25 500", "24 000", "-5,9 %"],
        ["Niébé (100 kg)", "38 000", "36 500", "-3,9 %"],
        ["Riz local (50 kg)", "19 500", "20 500", "+5,1 %"],
    ]
    heads = ["Les ménages soulagés", "Le riz local fait exception"]
    after = [
        "Pour Issouf Compaoré, grossiste installé à Sankaryaaré depuis une vingtaine d'années, "
        "cette baisse était attendue. « Chaque année, quand les camions arrivent des "
        "Hauts-Bassins et de la Boucle du Mouhoun, les prix descendent. Mais cette fois, la "
        "pluviométrie a été bonne, donc on pense que ça va continuer jusqu'en décembre », "
        "explique-t-il.",
        # Les ménages soulagés
        "Du côté des ménagères, le soulagement est perceptible, même s'il reste modéré. « Le "
        "plat de maïs est passé de 1 000 à 900 francs. Ce n'est pas beaucoup, mais quand on "
        "achète pour toute la famille chaque semaine, ça compte », confie Salimata Ilboudo, "
        "rencontrée au marché de Gounghin.",
        "Les restauratrices de rue, grandes consommatrices de céréales, espèrent aussi une "
        "détente durable. Plusieurs d'entre elles disent avoir réduit les portions ces derniers "
        "mois pour ne pas augmenter le prix du plat de tô.",
        # Le riz local
        "Le riz local, lui, continue de grimper. Le sac de 50 kg a gagné 1 000 F CFA en un mois. "
        "Selon les commerçants, la récolte des plaines irriguées n'arrivera sur les marchés "
        "qu'en novembre, et la demande reste forte à l'approche des fêtes de fin d'année.",
        "Les grossistes interrogés appellent toutefois à la prudence. Une partie des stocks de "
        "la nouvelle récolte pourrait être achetée par des commerçants venus des pays voisins, "
        "ce qui freinerait la baisse. Notre prochain relevé sera publié début novembre.",
    ]
    before = [texturize(x) for x in before]
    after = [texturize(x) for x in after]
    signature = "Nadège YAMEOGO"
    thead = "<tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr>"
    tbody = "".join(
        "<tr>"
        + "".join(f"<td>{c.replace(' ', '&nbsp;', 1) if c[0].isdigit() else c}</td>" for c in r)
        + "</tr>"
        for r in rows[1:]
    )
    table = (
        f'<figure class="wp-block-table is-style-stripes"><table><thead>{thead}</thead><tbody>{tbody}</tbody></table>'
        '<figcaption class="wp-element-caption">Prix moyens relevés dans trois marchés de Ouagadougou, en F CFA</figcaption></figure>'
    )
    inline_related = (
        '<div class="tie-inline-related"><p><strong>A lire aussi : </strong>'
        f'<a href="{base}/campagne-agricole-2027-2028-les-producteurs-optimistes-apres-une-bonne-saison-des-pluies/">'
        "Campagne agricole 2027-2028 : les producteurs optimistes après une bonne saison des pluies</a></p></div>"
    )
    body = "\n".join(
        [
            paras(*before),
            table,
            paras(*after[:1]),
            '<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><a href="https://www.example-annonceur.bf/" target="_blank" rel="nofollow noopener"><img src="{base}/wp-content/uploads/2027/09/banniere-728x90.jpg" alt="" width="728" height="90"></a></div>'.replace(
                "{base}", base
            ),
            f'<h3 class="wp-block-heading">{heads[0]}</h3>',
            paras(*after[1:3]),
            inline_related,
            f'<h3 class="wp-block-heading">{heads[1]}</h3>',
            paras(*after[3:]),
            f"<p><strong>{signature}</strong></p>",
        ]
    )
    paragraphs = (
        [flat(x) for x in before]
        + [" ".join(flat(c) for c in r) for r in rows]
        + [flat(x) for x in after]
    )
    article_body = " ".join([*paragraphs, signature])
    jannah = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "dateCreated": "2027-10-05T16:20:31+00:00",
        "datePublished": "2027-10-05T16:20:31+00:00",
        "dateModified": "2027-10-05T16:48:02+00:00",
        "headline": flat(title),
        "name": flat(title),
        "keywords": "céréales,marchés,Ouagadougou,prix",
        "url": url,
        "description": flat(before[0])[:150],
        "copyrightYear": "2027",
        "articleSection": "Economie",
        "articleBody": article_body,
        "publisher": {
            "@id": "#Publisher",
            "@type": "Organization",
            "name": "Sidwaya",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/wp-content/uploads/2021/06/logo-sidwaya.png",
            },
            "sameAs": ["https://www.facebook.com/sidwaya", "https://twitter.com/sidwaya"],
        },
        "sourceOrganization": {"@id": "#Publisher"},
        "copyrightHolder": {"@id": "#Publisher"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url, "breadcrumb": {"@id": "#Breadcrumb"}},
        "author": {"@type": "Person", "name": "Sidwaya", "url": f"{base}/author/sidwaya/"},
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/wp-content/uploads/2027/10/marche-sankaryaare.jpg",
            "width": 1200,
            "height": 800,
        },
    }
    jannah_json = json.dumps(jannah).replace("/", "\\/")
    esc_base = base.replace("/", "\\/")
    nav = menu(
        6006,
        "menu",
        base,
        ["Actualités", "Politique", "Economie", "Société", "Régions", "Sports", "Culture"],
        6,
    )
    related = "".join(
        f'<div class="related-item"><a aria-label="{t["title"]}" href="{t["url"]}/" class="post-thumb"><img width="390" height="220" src="{t["image"]}" alt=""></a><h3 class="post-title"><a href="{t["url"]}/">{t["title"]}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">{t["date"]}</span></div></div>'
        for t in teasers(606, 6, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR" class="" data-skin="light">
<head>
<meta charset="UTF-8">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{title} &#8211; Sidwaya</title>
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title} &#8211; Sidwaya">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Sidwaya">
<meta property="og:image" content="{base}/wp-content/uploads/2027/10/marche-sankaryaare.jpg">
<meta property="og:description" content="Les premiers sacs de maïs de la nouvelle récolte ont fait leur apparition sur les marchés de Ouagadougou.">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" id="tie-css-base-css" href="{base}/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.0" type="text/css" media="all">
<link rel="stylesheet" id="tie-css-single-css" href="{base}/wp-content/themes/jannah/assets/css/single.min.css?ver=7.1.0" type="text/css" media="all">
<style id="tie-css-styles-inline-css" type="text/css">{css_blob(6016, "tie", 300)}</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="application/ld+json">{jannah_json}</script>
<script type="text/javascript">var tie = {{"is_rtl":"","ajaxurl":"{esc_base}\\/wp-admin\\/admin-ajax.php","is_side_aside_light":"","is_taqyeem_active":"","is_sticky_video":"","mobile_menu_top":"","mobile_menu_active":"area_1","mobile_menu_parent":"","lazyload":"","select_share":"true","select_share_twitter":"","select_share_facebook":"","reading_indicator":"true","lightbox_all":"true"}};</script>
</head>
<body id="tie-body" class="post-template-default single single-post postid-167215 single-format-standard wrapper-has-shadow block-head-4 magazine2 is-thumb-overlay-disabled is-desktop is-header-layout-3 has-header-ad sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share">
<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below has-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow is-stretch-header has-normal-width-logo mobile-header-default">
<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="Navigation secondaire"><div class="container"><div class="topbar-wrapper"><div class="topbar-today-date tie-icon">mercredi 6 octobre 2027</div><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">Flash infos</span></span></div></div></div></nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="Sidwaya" href="{base}/"><img src="{base}/wp-content/uploads/2021/06/logo-sidwaya.png" alt="Sidwaya" class="logo_normal" width="300" height="90"></a></div></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="Navigation principale"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu">{nav}</div></div></div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="{base}/"><span class="tie-icon-home" aria-hidden="true"></span> Accueil</a><em class="delimiter">/</em><a href="{base}/category/economie/">Economie</a><em class="delimiter">/</em><span class="current">{title}</span></nav>
<script type="application/ld+json">{{"@context":"http:\\/\\/schema.org","@type":"BreadcrumbList","@id":"#Breadcrumb","itemListElement":[{{"@type":"ListItem","position":1,"item":{{"name":"Accueil","@id":"{esc_base}\\/"}}}},{{"@type":"ListItem","position":2,"item":{{"name":"Economie","@id":"{esc_base}\\/category\\/economie\\/"}}}}]}}</script>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-7" href="{base}/category/economie/">Economie</a></span>
<h1 class="post-title entry-title">{title}</h1>
<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper meta-author-3"><span class="meta-author"><a href="{base}/author/sidwaya/" class="author-name tie-icon" title="Sidwaya">Sidwaya</a></span></span></span><span class="date meta-item tie-icon">5 octobre 2027</span><div class="tie-alignright"><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 1&nbsp;284 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 3 minutes de lecture</span></div></div>
</div>
</header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="1200" height="800" src="{base}/wp-content/uploads/2027/10/marche-sankaryaare.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" decoding="async"><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> Au marché de Sankaryaaré, les premiers sacs de la nouvelle récolte</figcaption></figure></div></div>
<div class="entry-content entry clearfix">
{body}
</div>
<div id="post-extra-info"><div class="theiaStickySidebar"><div class="single-post-meta post-meta clearfix"><span class="date meta-item tie-icon">5 octobre 2027</span></div></div></div>
<div class="clearfix"></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links share-centered icons-only"><div class="share-title"><span class="tie-icon-share" aria-hidden="true"></span><span> Partager</span></div><a href="https://www.facebook.com/sharer.php?u={url}" rel="external noopener nofollow" title="Facebook" target="_blank" class="facebook-share-btn" data-raw="https://www.facebook.com/sharer.php?u={{post_link}}"><span class="share-btn-icon tie-icon-facebook"></span><span class="screen-reader-text">Facebook</span></a><a href="https://twitter.com/intent/tweet?url={url}" rel="external noopener nofollow" title="X" target="_blank" class="twitter-share-btn"><span class="share-btn-icon tie-icon-twitter"></span><span class="screen-reader-text">X</span></a><a href="https://api.whatsapp.com/send?text={url}" rel="external noopener nofollow" title="WhatsApp" target="_blank" class="whatsapp-share-btn"><span class="share-btn-icon tie-icon-whatsapp"></span><span class="screen-reader-text">WhatsApp</span></a></div></div>
</article>
<div class="post-components">
<div class="about-author container-wrapper about-author-3"><div class="author-info"><h3 class="author-name"><a href="{base}/author/sidwaya/">Sidwaya</a></h3><div class="author-bio">Le quotidien d’information générale du Burkina Faso.</div></div></div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Articles similaires</h3></div><div class="related-posts-list">{related}</div></div>
<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">Laisser un commentaire</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span></p><p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"></p></form></div></div></div>
</div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side" aria-label="Colonne latérale principale"><div class="theiaStickySidebar"><div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Les plus lus</div></div></div></div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">© Copyright 2027, Tous droits réservés | Sidwaya - Le journal de tous les Burkinabè</div></div></div></div></div></footer>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">Bouton retour en haut de la page</span></a>
</div>
</div>
</div>
<script type="text/javascript" src="{base}/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.1.0" id="tie-scripts-js"></script>
<script type="text/javascript" src="{base}/wp-content/themes/jannah/assets/js/single.min.js?ver=7.1.0" id="tie-js-single-js"></script>
</body>
</html>
"""
    write(
        "06_sidwaya_jannah_table_site_account_signature",
        page,
        {
            "title": flat(title),
            "publication": "Sidwaya",
            "author": "Nadège Yameogo",
            "section": "Economie",
            "date": datetime.date(2027, 10, 5),
            "source_url": url,
            "subheads": heads,
            "paragraphs": paragraphs,
            "notes": "Sidwaya on WordPress Jannah with Jannah's own JSON-LD (\\/ and \\u "
            "escapes, articleBody as one string, author the site's account 'Sidwaya' as a "
            "Person) and no SEO plugin's @graph. The meta author link 'Sidwaya' is the site's "
            "account; the person is the closing <p><strong>Nadège YAMEOGO</strong> signature "
            "(chrome) -> 'Nadège Yameogo' (the page writes no accent). Data table "
            "(wp-block-table, header + five rows): each row one paragraph, cells joined by a "
            "space, '&nbsp;' in figures; figcaption is a caption. Introducing paragraph ending "
            "':' before the table. Two h3 subheads; Jannah inline 'A lire aussi' in "
            "<p><strong> inside a div, banner ad in the body. articleSection 'Economie' (site's "
            "spelling) = breadcrumb and category. Date '5 octobre 2027' (UTC = local); top bar "
            "'mercredi 6 octobre 2027'; the first paragraph names 'lundi 4 octobre 2027'.",
        },
    )


def page07() -> None:
    """Wakat Séra: WordPress tagDiv Newspaper, festival report, td_pull_quote, video, comment."""
    base = "https://www.wakatsera.com"
    url = f"{base}/koudougou-les-rencontres-du-conte-rendent-la-parole-aux-conteuses/"
    title = texturize("Koudougou : les Rencontres du conte rendent la parole aux conteuses")
    heads = [
        "Une ouverture sous les étoiles",
        "Des ateliers dans les écoles",
        "Un budget toujours fragile",
    ]
    p = [
        "La ville de Koudougou vit depuis mardi au rythme de la sixième édition des Rencontres "
        "du conte, un festival né en 2016 dans la cour d'une école primaire et devenu en "
        "quelques années un rendez-vous attendu de la région. Jusqu'au dimanche 21 novembre, une "
        "quarantaine de conteurs venus du Burkina Faso, du Mali, du Niger et du Togo se "
        "produisent sur six scènes réparties dans la ville.",
        "Cette année, les organisateurs ont choisi de mettre à l'honneur les femmes de la "
        "parole. Sur les 42 artistes programmés, 19 sont des conteuses, un record depuis la "
        "création de l'événement. « Pendant longtemps, on a présenté le conte comme une affaire "
        "d'hommes âgés assis sous l'arbre. Mais ce sont nos grands-mères qui nous ont raconté "
        "les premières histoires », rappelle Aline Bayala, directrice artistique du festival.",
        # Une ouverture
        "La soirée d'ouverture, mardi, a réuni plus de 2 000 spectateurs sur l'esplanade du "
        "marché central. Après les salutations d'usage, la conteuse nigérienne Haoua Garba a "
        "tenu le public en haleine pendant près d'une heure avec l'histoire d'un lièvre qui "
        "voulait acheter la pluie. Les rires des enfants, assis au premier rang sur des nattes, "
        "ont souvent couvert le son des micros.",
        "Elle a été suivie par le jeune Koudougoulais Ismaël Yaméogo, 24 ans, qui mêle conte "
        "traditionnel et slam. Sa version de la légende de Kankangué, le roi qui ne savait pas "
        "écouter, a déclenché une longue ovation.",
        # Des ateliers
        "Au-delà des spectacles, le festival mise sur la transmission. Chaque matin, des "
        "conteurs se rendent dans onze écoles primaires et trois lycées de la ville pour des "
        "ateliers d'écriture et d'expression orale. Près de 3 500 élèves devraient y participer "
        "d'ici dimanche.",
        "« Les enfants connaissent les dessins animés, mais ils ne connaissent plus les "
        "histoires de leur propre village. Nous leur demandons d'aller interroger leurs parents "
        "et de revenir nous raconter ce qu'ils ont appris », explique Aline Bayala.",
        # Un budget
        "Le festival fonctionne avec un budget de 38 millions de F CFA, assuré en grande partie "
        "par des mécènes privés et les recettes de la buvette. Les organisateurs espèrent "
        "obtenir un soutien pluriannuel pour pérenniser l'événement et accueillir, dès l'an "
        "prochain, des conteurs d'Afrique centrale.",
        "En attendant, le public peut assister gratuitement à toutes les soirées. La clôture, "
        "prévue dimanche soir, sera suivie d'un concert de musique traditionnelle.",
    ]
    p = [texturize(x) for x in p]
    quote = texturize("Ce sont nos grands-mères qui nous ont raconté les premières histoires")
    video = (
        '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
        '<iframe title="Rencontres du conte de Koudougou 2027 - bande-annonce" width="696" height="392" src="https://www.youtube.com/embed/q7Zk2LmPa0w?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>'
        '</div><figcaption class="wp-element-caption">La bande-annonce de la sixième édition</figcaption></figure>'
    )
    ad = '<div class="td-a-rec td-a-rec-id-content_inline tdi_3 td_block_template_1"><span class="td-adspot-title">- Publicité -</span><div class="td-all-devices"><a href="#"><img src="{base}/wp-content/uploads/2027/10/pub-300x250.jpg" alt=""></a></div></div>'.replace(
        "{base}", base
    )
    body = "\n".join(
        [
            paras(*p[:2]),
            f'<blockquote class="td_pull_quote td_pull_center"><p>{quote}</p></blockquote>',
            f"<h3>{heads[0]}</h3>",
            paras(*p[2:4]),
            ad,
            f"<h3>{heads[1]}</h3>",
            paras(*p[4:6]),
            video,
            f"<h3>{heads[2]}</h3>",
            paras(*p[6:]),
        ]
    )
    person = f"{base}/#/schema/person/3a7f5e0c21"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": "Rosine Sanou", "@id": person},
                "headline": flat(title),
                "datePublished": "2027-11-18T10:45:12+00:00",
                "dateModified": "2027-11-18T11:02:37+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 498,
                "commentCount": 1,
                "publisher": {"@id": f"{base}/#organization"},
                "keywords": ["conte", "festival", "Koudougou"],
                "articleSection": ["Culture", "A la une"],
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{flat(title)} - Wakat Séra",
                "isPartOf": {"@id": f"{base}/#website"},
                "datePublished": "2027-11-18T10:45:12+00:00",
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base + "/",
                "name": "Wakat Séra",
                "publisher": {"@id": f"{base}/#organization"},
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Wakat Séra",
                "url": base + "/",
            },
            {
                "@type": "Person",
                "@id": person,
                "name": "Rosine Sanou",
                "url": f"{base}/author/rsanou/",
            },
        ],
    }
    nav = menu(
        6007,
        "sf-menu",
        base,
        ["Actualité", "Politique", "Economie", "Culture", "Sport", "Editorial", "International"],
        5,
    )
    related = "".join(
        f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="{t["url"]}/" rel="bookmark" class="td-image-wrap" title="{t["title"]}"><img class="entry-thumb" src="{t["image"]}" alt="" width="218" height="150"></a></div></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{t["url"]}/" rel="bookmark">{t["title"]}</a></h3></div></div></div>'
        for t in teasers(607, 6, base, FILLER)
    )
    popular = "".join(
        f'<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title"><a href="{t["url"]}/">{t["title"]}</a></h3><span class="td-post-date">{t["date"]}</span></div>'
        for t in teasers(6071, 5, base, FILLER)
    )
    page = f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="fr-FR"> <!--<![endif]-->
<head>
<title>{title} - Wakat Séra</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{base}/xmlrpc.php" />
<!-- This site is optimized with the Yoast SEO plugin v23.1 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="La sixième édition des Rencontres du conte de Koudougou met à l&#039;honneur les conteuses.">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Wakat Séra">
<meta property="article:publisher" content="https://www.facebook.com/wakatsera">
<meta property="article:published_time" content="2027-11-18T10:45:12+00:00">
<meta property="article:modified_time" content="2027-11-18T11:02:37+00:00">
<meta name="author" content="Rosine Sanou">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:creator" content="@wakatsera">
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<!-- / Yoast SEO plugin. -->
<link rel="stylesheet" id="td-theme-css" href="{base}/wp-content/themes/Newspaper/style.css?ver=12.6.5" type="text/css" media="all">
<style id="td-theme-inline-css" type="text/css">{css_blob(6017, "td", 320)}</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>var tdBlocksArray = [];var tdLocalCache = {{}};var td_ajax_url="{base}/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.5";var tds_general_modal_image="yes";</script>
</head>
<body class="post-template-default single single-post postid-98231 single-format-standard td-standard-pack global-block-template-1 single_template_2 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap "><div class="td-header-wrap td-header-style-1 ">
<div class="td-header-top-menu-full td-container-wrap "><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>jeudi, novembre 18, 2027</div></div></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="{base}/"><img class="td-retina-data" src="{base}/wp-content/uploads/2020/01/logo-wakatsera.png" alt="Wakat Séra" title="Wakat Séra" width="272" height="90"><span class="td-visual-hidden">Wakat Séra</span></a></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-header-gradient "><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-menu-principal-container">{nav}</div></div></div></div></div>
</div></div>
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container td-post-template-2">
<article id="post-98231" class="post-98231 post type-post status-publish format-standard has-post-thumbnail category-a-la-une category-culture tag-conte tag-koudougou">
<div class="td-pb-row"><div class="td-pb-span12"><div class="td-post-header">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{base}/">Accueil</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Voir tous les articles dans Culture" class="entry-crumb" href="{base}/category/culture/">Culture</a></span></div></div>
<ul class="td-category"><li class="entry-category"><a href="{base}/category/a-la-une/">A la une</a></li><li class="entry-category"><a href="{base}/category/culture/">Culture</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{title}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Par</div> <a href="{base}/author/rsanou/">Rosine Sanou</a><div class="td-author-line"> - </div> </div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2027-11-18T10:45:12+00:00">18 novembre 2027</time></span><div class="td-post-comments"><a href="{url}#comments"><i class="td-icon-comments"></i>1</a></div><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-98231">623</span></div></div>
</header>
</div></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<div class="td-post-sharing-visible"><div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}" title="Facebook"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?url={url}" title="Twitter"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-whatsapp" href="https://api.whatsapp.com/send?text={url}" title="WhatsApp"><div class="td-social-but-icon"><i class="td-icon-whatsapp"></i></div></a></div></div></div>
<div class="td-post-featured-image"><figure><a href="{base}/wp-content/uploads/2027/11/conte-koudougou.jpg" data-caption="La conteuse Haoua Garba, mardi soir, sur l’esplanade du marché central (Ph. Wakat Séra)"><img width="696" height="464" class="entry-thumb td-modal-image" src="{base}/wp-content/uploads/2027/11/conte-koudougou-696x464.jpg" alt="" title="conte-koudougou"></a><figcaption class="wp-caption-text">La conteuse Haoua Garba, mardi soir, sur l’esplanade du marché central (Ph. Wakat Séra)</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{body}
</div>
<footer>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="{base}/tag/conte/">conte</a></li><li><a href="{base}/tag/koudougou/">Koudougou</a></li></ul></div>
<div class="td-post-sharing-bottom"><div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><a class="td-social-sharing-button td-social-facebook" href="#"><i class="td-icon-facebook"></i></a><a class="td-social-sharing-button td-social-twitter" href="#"><i class="td-icon-twitter"></i></a></div></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Article précédent</span><a href="{base}/ouagadougou-la-foire-du-livre-ouvre-ses-portes/">Ouagadougou : la Foire du livre ouvre ses portes</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Article suivant</span><a href="{base}/bobo-dioulasso-les-maraichers-de-kuinima-inquiets/">Bobo-Dioulasso : les maraîchers de Kuinima inquiets</a></div></div></div>
<div class="author-box-wrap"><a href="{base}/author/rsanou/" aria-label="author-photo"><img alt="" src="{base}/wp-content/uploads/avatars/rsanou-96x96.jpg" class="avatar avatar-96 photo" height="96" width="96"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{base}/author/rsanou/">Rosine Sanou</a></span></div><div class="td-author-description">Journaliste culture à Wakat Séra.</div></div><div class="clearfix"></div></div>
</footer>
<div class="td_block_wrap td_block_related_posts tdi_7 td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_7"><h4 class="td-related-title td-block-title"><a id="tdi_8" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_7" href="#">ARTICLES CONNEXES</a><a id="tdi_9" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_7" href="#">PLUS DE L'AUTEUR</a></h4><div id="tdi_7" class="td_block_inner"><div class="td-related-row">{related}</div></div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1"><h4 class="td-comments-title block-title"><span>1 COMMENTAIRE</span></h4></div><ol class="comment-list td-comment-list"><li class="comment even thread-even depth-1" id="li-comment-40817"><article><footer><img alt="" src="{base}/wp-content/uploads/avatars/default-50x50.png" class="avatar avatar-50 photo" height="50" width="50"><cite>Kouka</cite><a class="comment-link" href="#comment-40817"><time pubdate="1795005600">18 novembre 2027 à 14 h 20 min</time></a></footer><div class="comment-content"><p>Belle initiative. Il faut que ce festival vienne aussi à Ouahigouya l'an prochain.</p></div><div class="comment-meta" id="comment-40817"><a rel="nofollow" class="comment-reply-link" href="#">Répondre</a></div></article></li></ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LAISSER UN COMMENTAIRE</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Commentaire :" id="comment" name="comment" cols="45" rows="8"></textarea></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire"></p></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_7 td_block_widget"><div class="td-block-title-wrap"><h4 class="block-title"><span>Populaires</span></h4></div><div class="td_block_inner">{popular}</div></div><div class="td-a-rec td-a-rec-id-sidebar "><span class="td-adspot-title">- Publicité -</span></div></div></div>
</div>
</article>
</div>
</div>
<div class="td-footer-page td-footer-container td-container-wrap"><div class="td-sub-footer-container td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-menu"></div><div class="td-pb-span td-sub-footer-copy">&copy; Wakat Séra 2027 - Tous droits réservés</div></div></div></div></div>
</div>
<script type="text/javascript" src="{base}/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5" id="td-site-min-js"></script>
</body>
</html>"""
    write(
        "07_wakatsera_newspaper_festival_td_pull_quote_video_comment",
        page,
        {
            "title": flat(title),
            "publication": "Wakat Séra",
            "author": "Rosine Sanou",
            "section": "Culture",
            "date": datetime.date(2027, 11, 18),
            "source_url": url,
            "subheads": heads,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p],
            "notes": "Wakat Séra on WordPress tagDiv Newspaper 12 with Yoast. "
            "blockquote.td_pull_quote.td_pull_center (tagDiv's pull quote) repeating, without "
            "guillemets, words of the preceding paragraph's quotation; three plain <h3> "
            "subheads; '- Publicité -' ad and YouTube embed with a figcaption inside "
            "td-post-content. 'Par' in its own div.td-author-by. articleSection ['Culture', 'A "
            "la une'] -> 'Culture' (the category list starts with 'A la une'). <title> before "
            "<meta charset>; conditional-comment <html>; top date 'jeudi, novembre 18, 2027'; "
            "caption '(Ph. Wakat Séra)'; author box, related posts, one reader comment dated the "
            "same day, comment form.",
        },
    )


def page08() -> None:
    """L'Observateur Paalga: WordPress JNews + Yoast, interview, JSON-LD author disagrees."""
    base = "https://www.lobservateur.bf"
    url = f"{base}/salif-nikiema-hydrologue-nos-barrages-perdent-chaque-annee-une-partie-de-leur-capacite/"
    title = texturize(
        "Salif Nikiéma, hydrologue : « Nos barrages perdent chaque année une partie de leur capacité »"
    )
    qa = [
        "<em>Les barrages n°1, 2 et 3 de Ouagadougou, au cœur de la capitale, se comblent peu à "
        "peu. Hydrologue et enseignant-chercheur, Salif Nikiéma étudie depuis quinze ans "
        "l'envasement de ces retenues. Il nous a reçus dans son bureau à la veille d'un atelier "
        "consacré à la gestion de l'eau en ville.</em>",
        "<strong>Dans quel état se trouvent aujourd'hui les barrages de la ville ?</strong>",
        "Ils sont malades, pour parler simplement. Nos mesures montrent que les retenues ont "
        "perdu entre 25 et 35 % de leur volume utile depuis les années 1990. Chaque saison des "
        "pluies, le ruissellement apporte du sable, des déchets plastiques et des boues qui se "
        "déposent au fond. Un barrage qui se comble stocke moins d'eau et déborde plus vite.",
        "<strong>Qu'est-ce qui explique cette accélération ?</strong>",
        "L'urbanisation, avant tout. Quand les quartiers s'étendent sans caniveaux ni espaces "
        "verts, l'eau de pluie ne s'infiltre plus. Elle court sur le sol nu et emporte tout sur "
        "son passage. Les dépôts sauvages d'ordures le long des canaux font le reste.",
        "<strong>Les inondations de ces dernières années sont-elles liées à cet envasement ?</strong>",
        "En partie. Ce n'est pas la seule cause, mais un barrage qui a perdu un tiers de sa "
        "capacité ne peut plus jouer son rôle de tampon lors d'une forte pluie. L'eau remonte "
        "alors dans les canaux et inonde les quartiers riverains.",
        "<strong>Que faudrait-il faire en priorité ?</strong>",
        "Il y a trois chantiers, et ils vont ensemble :",
        "désenvaser les retenues, par tranches, pendant la saison sèche ;",
        "protéger les berges avec des plantations et des bandes enherbées ;",
        "interdire, et surtout faire respecter l'interdiction, des dépôts d'ordures dans les "
        "canaux.",
        "Aucune de ces mesures ne suffit seule. Et elles coûtent moins cher que la réparation "
        "des dégâts après chaque inondation.",
        "<strong>Combien coûterait un désenvasement ?</strong>",
        "Nos estimations tournent autour de 4 à 6 milliards de F CFA pour l'ensemble, étalés sur "
        "cinq ans. Cela paraît beaucoup, mais c'est à peu près ce que coûtent deux saisons de "
        "dégâts dans les quartiers inondés.",
        "<strong>Les habitants ont-ils un rôle à jouer ?</strong>",
        "Un rôle essentiel. Un sachet jeté dans un caniveau finit toujours dans un barrage. Nous "
        "avons lancé avec des associations de quartier des journées de nettoyage des berges. La "
        "dernière a réuni près de 600 volontaires, surtout des jeunes. C'est encourageant.",
    ]
    qa = [texturize(x) for x in qa]
    signature = "Propos recueillis par Hamidou Zongo"
    inline_related = (
        '<div class="jnews_inline_related_post_wrapper left"><div class="jnews_inline_related_post">'
        '<div class="jeg_postblock_29 jeg_postblock jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>A lire aussi</span></h3></div>'
        f'<div class="jeg_posts"><article class="jeg_post jeg_pl_xs"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{base}/inondations-a-ouagadougou-les-riverains-du-canal-du-mogho-naaba-toujours-inquiets/">Inondations à Ouagadougou : les riverains du canal du Mogho Naaba toujours inquiets</a></h3></div></article></div></div></div></div>'
    )
    body = "\n".join(
        [
            paras(*qa[:5]),
            inline_related,
            paras(*qa[5:9]),
            "<ul>" + "".join(f"<li>{x}</li>" for x in qa[9:12]) + "</ul>",
            paras(*qa[12:14]),
            '<div class="jeg_ad jeg_ad_article jnews_content_inline_ads "><div class="ads-wrapper align-center "><a href="#" class="adlink ads_image align-center"><img src="'
            + base
            + '/wp-content/uploads/2027/10/pub-obs-336x280.jpg" alt="Publicité"></a></div></div>',
            paras(*qa[14:]),
            f'<p style="text-align: right;"><strong>{signature}</strong></p>',
        ]
    )
    person = f"{base}/#/schema/person/c81e728d9d4c"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": "Issa K. Barry", "@id": person},
                "headline": flat(title),
                "datePublished": "2027-11-05T09:10:48+00:00",
                "dateModified": "2027-11-05T09:10:48+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 583,
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "articleSection": ["Société", "Entretien"],
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{flat(title)} - L&#039;Observateur Paalga",
                "isPartOf": {"@id": f"{base}/#website"},
                "primaryImageOfPage": {"@id": f"{url}#primaryimage"},
                "datePublished": "2027-11-05T09:10:48+00:00",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "ImageObject",
                "@id": f"{url}#primaryimage",
                "url": f"{base}/wp-content/uploads/2027/11/salif-nikiema.jpg",
                "width": 900,
                "height": 600,
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
                    {"@type": "ListItem", "position": 2, "name": flat(title)},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base + "/",
                "name": "L&#039;Observateur Paalga",
                "publisher": {"@id": f"{base}/#organization"},
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "L&#039;Observateur Paalga",
                "url": base + "/",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/2022/02/logo-obs.png",
                },
            },
            {
                "@type": "Person",
                "@id": person,
                "name": "Issa K. Barry",
                "url": f"{base}/author/ibarry/",
            },
        ],
    }
    nav = menu(
        6008,
        "jeg_menu jeg_main_menu",
        base,
        [
            "Actualité",
            "Politique",
            "Société",
            "Economie",
            "Régions",
            "Sports",
            "Culture",
            "Opinions",
        ],
        5,
    )
    related = "".join(
        f'<article class="jeg_post jeg_pl_md_2 format-standard"><div class="jeg_thumb"><a href="{t["url"]}/"><div class="thumbnail-container animate-lazy size-715"><img width="350" height="250" src="{t["image"]}" class="attachment-jnews-350x250 size-jnews-350x250" alt=""></div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{t["url"]}/">{t["title"]}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{t["url"]}/"><i class="fa fa-clock-o"></i> {t["date"]}</a></div></div></div></article>'
        for t in teasers(608, 6, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head itemscope itemtype="https://schema.org/WebSite">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<!-- This site is optimized with the Yoast SEO plugin v22.3 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{title} - L&#039;Observateur Paalga</title>
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{title} - L&#039;Observateur Paalga">
<meta property="og:description" content="Les barrages n°1, 2 et 3 de Ouagadougou, au cœur de la capitale, se comblent peu à peu.">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="L&#039;Observateur Paalga">
<meta property="article:published_time" content="2027-11-05T09:10:48+00:00">
<meta property="og:image" content="{base}/wp-content/uploads/2027/11/salif-nikiema.jpg">
<meta name="author" content="Issa K. Barry">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Écrit par">
<meta name="twitter:data1" content="Issa K. Barry">
<meta name="twitter:label2" content="Durée de lecture estimée">
<meta name="twitter:data2" content="3 minutes">
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<!-- / Yoast SEO plugin. -->
<link rel="stylesheet" id="jnews-frontend-css" href="{base}/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.2" type="text/css" media="all">
<style id="jnews-frontend-inline-css" type="text/css">{css_blob(6018, "jeg", 300)}</style>
<script type="text/javascript">var jnewsoption = {{"login_reload":"{base}/salif-nikiema-hydrologue","popup_script":"magnific","single_gallery":"","ismobile":false,"isIE":false,"sidefeed_ajax":false,"language":"fr_FR","module_prefix":"jnews_module_ajax_","live_search":"1","postid":54107,"isblog":true,"admin_bar":0,"follow_video":false}};</script>
</head>
<body class="post-template-default single single-post postid-54107 single-format-standard jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class="ads-wrapper  "></div></div>
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header_instagram_wrapper"></div><div class="jeg_header normal">
<div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">vendredi, novembre 5, 2027</div></div></div></div></div></div>
<div class="jeg_midbar jeg_container jeg_navbar_wrapper normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="{base}/" style="padding: 0 0 0 0;"><img class="jeg_logo_img" src="{base}/wp-content/uploads/2022/02/logo-obs.png" alt="L&#039;Observateur Paalga" data-light-src="{base}/wp-content/uploads/2022/02/logo-obs.png" width="350" height="90"></a></h1></div></div></div></div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap">{nav}</div></div></div></div></div></div></div>
</div></div>
<div class="post-wrapper"><div class="post-wrap">
<div class="jeg_main "><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container">
<div class="jeg_ad jeg_article jnews_article_top_ads"><div class="ads-wrapper  "></div></div>
<div class="row"><div class="jeg_main_content col-md-8">
<div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="{base}">Accueil</a></span><i class="fa fa-angle-right"></i><span class=""><a href="{base}/category/societe/">Société</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="{base}/category/societe/entretien/">Entretien</a></span></div></div>
<div class="entry-header">
<h1 class="jeg_post_title">{title}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><span class="meta_text">Par</span> <a href="{base}/auteur/hamidou-zongo/">Hamidou Zongo</a></div><div class="jeg_meta_date"><a href="{url}">5 novembre 2027</a></div><div class="jeg_meta_category"><span><span class="meta_text">dans</span> <a href="{base}/category/societe/" rel="category tag">Société</a><span class="category-separator">, </span><a href="{base}/category/societe/entretien/" rel="category tag">Entretien</a></span></div></div><div class="meta_right"><div class="jeg_meta_comment"><a href="{url}#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div>
</div>
<div class="jeg_featured featured_image"><a href="{base}/wp-content/uploads/2027/11/salif-nikiema.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:66.667%"><img width="750" height="500" src="{base}/wp-content/uploads/2027/11/salif-nikiema-750x500.jpg" class="attachment-jnews-750x536 size-jnews-750x536 wp-post-image" alt="" decoding="async"></div></a><p class="wp-caption-text">Salif Nikiéma : « Un sachet jeté dans un caniveau finit toujours dans un barrage »</p></div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">12</div><span class="sharetext">PARTAGES</span></div></div><div class="jeg_sharelist"><a href="http://www.facebook.com/sharer.php?u={url}" rel="nofollow" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Partager</span></a><a href="https://twitter.com/intent/tweet?url={url}" rel="nofollow" class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>Tweeter</span></a><a href="whatsapp://send?text={url}" rel="nofollow" class="jeg_btn-whatsapp"><i class="fa fa-whatsapp"></i></a></div></div></div>
<div class="jeg_ad jeg_article jnews_content_top_ads "><div class="ads-wrapper  "></div></div>
<div class="entry-content no-share">
<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
<div class="content-inner ">
{body}
</div>
</div>
<div class="jeg_share_bottom_container"></div>
<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class="ads-wrapper  "></div></div>
<div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="{base}/editorial-la-saison-seche-n-attend-pas/" class="post prev-post"><span class="caption">Article précédent</span><h3 class="post-title">Editorial : la saison sèche n&#8217;attend pas</h3></a><a href="{base}/koupela-une-nouvelle-maternite-ouvre-ses-portes/" class="post next-post"><span class="caption">Article suivant</span><h3 class="post-title">Koupéla : une nouvelle maternité ouvre ses portes</h3></a></div></div>
<div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image"><img alt="" src="{base}/wp-content/uploads/avatars/ibarry-80x80.jpg" class="avatar avatar-80 photo" height="80" width="80"></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="{base}/author/ibarry/">Issa K. Barry</a></h3><p class="jeg_author_desc"></p></div></div></div>
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Articles similaires</span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{related}</div></div></div></div></div>
<div class="jnews_comment_container"><div id="comments" class="jeg_comments"><h5 class="comment-heading">0 Commentaires</h5><div class="jeg_commentlist_container"></div><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire"></p></form></div></div></div>
</div>
</div>
<div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar"><div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Les plus lus</span></h3></div></div><div class="widget widget_jnews_ads"><div class="ads-wrapper"><img src="{base}/wp-content/uploads/2027/10/pub-sidebar.jpg" alt="Publicité"></div></div></div></div></div>
</div>
</div></div></div></div>
</div></div>
<div class="footer-holder" id="footer" data-id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_secondary clearfix"><div class="container"><p class="copyright"> © 2027 L'Observateur Paalga - Le doyen des quotidiens privés du Burkina Faso</p></div></div></div></div></div>
</div>
<script type="text/javascript" src="{base}/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.6.2" id="jnews-frontend-js"></script>
</body>
</html>
"""
    write(
        "08_lobservateur_jnews_entretien_ld_author_differs_signature",
        page,
        {
            "title": flat(title),
            "publication": "L'Observateur Paalga",
            "author": "Hamidou Zongo",
            "section": "Société",
            "date": datetime.date(2027, 11, 5),
            "source_url": url,
            "paragraphs": [flat(x) for x in qa],
            "notes": "L'Observateur Paalga on WordPress JNews with Yoast. Interview: italic "
            "presentation paragraph, questions in <p><strong> (paragraphs), an answer with an "
            "introducing line + ul of three items. **JSON-LD author 'Issa K. Barry'** (the "
            "WordPress account that posted it, also meta author, twitter:data1 and the author "
            "box) disagrees with the visible byline 'Par Hamidou Zongo' and the closing "
            "signature 'Propos recueillis par Hamidou Zongo' (chrome): the visible credit wins. "
            "Headline 'Name, role : « quote »'. The logo sits in an h1.site-title. "
            "articleSection ['Société', 'Entretien'] -> 'Société' (the breadcrumb ends with "
            "'Entretien'). Publication as the site writes it, L&#039; in og:site_name and the "
            "Organization node, L'Observateur Paalga in the footer. JNews inline 'A lire aussi' "
            "block and ad in the body; caption repeating an answer's sentence; author box, "
            "related, comment form; top date 'vendredi, novembre 5, 2027'.",
        },
    )
