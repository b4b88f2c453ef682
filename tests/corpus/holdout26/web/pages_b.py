# ruff: noqa: E501  (page templates keep the lines of the HTML they imitate)
"""Pages 03 (Le Nouvelliste, WordPress with tagDiv Newspaper) and 04 (L'Express de
Madagascar, home-made PHP tables with <br /> paragraphs)."""

from __future__ import annotations

import datetime
import json

from kit import consent, css_blob, flat, json_script, menu, paras, related, teasers, write

BASE_03 = "https://lenouvelliste.com"
URL_03 = f"{BASE_03}/article/261874/mangues-a-saint-marc-un-centre-de-conditionnement-pour-relancer-lexport"
BODY_03 = [
    "Le nouveau centre de conditionnement de mangues de Saint-Marc a reçu ses premiers "
    "camions lundi. Installé dans un ancien entrepôt de la route Nationale #1, il doit traiter "
    "jusqu’à 40 tonnes de fruits par jour pendant la haute saison, de mars à juillet.",
    "Les producteurs de l’Artibonite attendaient cet équipement depuis des années. Jusqu’ici, "
    "les mangues Francisque destinées à l’export devaient parcourir près de trois heures de "
    "route jusqu’à la capitale, où se trouvaient les seuls bassins de traitement à l’eau "
    "chaude exigés par les acheteurs étrangers.",
    "« Sur un camion qui arrivait à Port-au-Prince, on perdait parfois un quart de la "
    "cargaison », explique Wilner Exantus, qui cultive six hectares à Pont-Sondé. Avec le "
    "centre, le trajet tombe à moins de quarante minutes.",
    "Le projet a coûté l’équivalent de 2,3 millions de dollars américains, financés par une "
    "coopérative de 1 200 planteurs, deux exportateurs privés et un prêt bancaire. Il emploie "
    "déjà 85 personnes, dont une majorité de femmes chargées du tri et de l’emballage.",
    "Reste la question de la route. Les exportateurs rappellent que les camions réfrigérés "
    "doivent encore rejoindre le port, et que chaque journée de blocage se paie en fruits "
    "abîmés. Le directeur du centre, Ronald Jean-Baptiste, se veut prudent : « Nous avons "
    "prévu des chambres froides pour tenir cinq jours. Au-delà, nous ne pouvons rien "
    "promettre. »",
    "La coopérative espère atteindre 3 000 tonnes exportées la saison prochaine, contre "
    "moins de 1 800 cette année. Une deuxième ligne de traitement pourrait ouvrir en 2028 si "
    "les volumes suivent.",
]
QUOTE_03 = "« Une mangue qui attend est une mangue perdue. »"


def page_03() -> None:
    """Le Nouvelliste (Haïti), WordPress + tagDiv Newspaper, two authors, pull quote."""
    h1 = "Mangues : à Saint-Marc, un centre de conditionnement pour relancer l’export"
    lire = (
        '<div class="td_block_wrap td_block_related_posts lire-aussi"><h4 class="td-related-title">'
        '<span>Lire aussi</span></h4><ul><li><a href="/article/259310/la-filiere-mangue-face-'
        'a-la-saison-seche">La filière mangue face à une saison sèche précoce</a></li><li>'
        '<a href="/article/260021/exportations-les-chiffres-du-premier-semestre">Exportations : '
        "les chiffres du premier semestre</a></li></ul></div>"
    )
    quote = (
        '<blockquote class="td_quote_box td_box_center"><p>'
        f"{QUOTE_03}</p><cite>Wilner Exantus, planteur</cite></blockquote>"
    )
    body = "\n".join([paras(*BODY_03[:2]), lire, paras(*BODY_03[2:4]), quote, paras(*BODY_03[4:])])
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": URL_03 + "#article",
                "headline": h1,
                "datePublished": "2026-11-18T09:12:45-05:00",
                "dateModified": "2026-11-18T09:12:45-05:00",
                "author": {"@type": "Person", "name": "Ketsia Dorvil"},
                "articleSection": ["Économie", "À la une"],
                "keywords": ["mangue", "Artibonite", "exportation"],
                "publisher": {"@id": BASE_03 + "/#organization"},
            },
            {"@type": "WebPage", "@id": URL_03, "url": URL_03, "name": h1 + " – Le Nouvelliste"},
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": BASE_03},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Économie",
                        "item": BASE_03 + "/economie",
                    },
                    {"@type": "ListItem", "position": 3, "name": h1},
                ],
            },
            {"@type": "Organization", "@id": BASE_03 + "/#organization", "name": "Le Nouvelliste"},
        ],
    }
    comments = "".join(
        f'<li class="comment"><div class="comment-author">{name}</div><time>18 novembre 2026 à '
        f"{hour}</time><p>{text}</p></li>"
        for name, hour, text in [
            ("Gérald P.", "11:02", "Enfin une bonne nouvelle pour l’Artibonite."),
            ("Nadège", "13:47", "Et la route, qui va la réparer ? Toujours la même question."),
        ]
    )
    page = f"""<!doctype html >
<!--[if IE 8]><html class="ie8" lang="en"><![endif]-->
<html lang="fr-FR"><head>
<title>{h1} – Le Nouvelliste</title>
<meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{BASE_03}/xmlrpc.php" />
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{URL_03}" />
<meta property="og:locale" content="fr_FR" /><meta property="og:type" content="article" />
<meta property="og:title" content="{h1}" /><meta property="og:url" content="{URL_03}" />
<meta property="og:site_name" content="Le Nouvelliste" />
<meta property="article:published_time" content="2026-11-18T14:12:45+00:00" />
<meta name="author" content="Ketsia Dorvil" />
{json_script(ld, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel='stylesheet' id='td-theme-css' href='{BASE_03}/wp-content/themes/Newspaper/style.css?ver=12.6.8' type='text/css' media='all' />
<style id="td-theme-inline">{css_blob(31, "td", 1200)}</style>
<script>var tdBlocksArray = []; var tdLocalCache = {{}}; var td_viewport_interval_list=[{{"limitBottom":767,"sidebarWidth":228}}];</script>
</head>
<body class="post-template-default single single-post postid-261874 single-format-standard td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
{consent("Le Nouvelliste", "cky-consent")}
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap"><div class="tdc-header-wrap">
<div class="td-header-top-menu"><span class="td_data_time">mercredi, décembre 2, 2026</span></div>
<a class="td-main-logo" href="{BASE_03}/"><span class="td-visual-hidden">Le Nouvelliste</span></a>
<div class="td-header-menu-wrap">{menu(32, "sf-menu", BASE_03, ["Actualités", "Économie", "Culture", "Sports", "Opinion", "Diaspora"], per=9)}</div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="{BASE_03}/" class="entry-crumb">Accueil</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a href="{BASE_03}/economie" class="entry-crumb">Économie</a></span></div></div>
<article id="post-261874" class="post-261874 post type-post status-publish format-standard has-post-thumbnail category-economie">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{BASE_03}/economie">Économie</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{h1}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Par</div> <a href="{BASE_03}/author/ketsia-dorvil">Ketsia Dorvil</a> et <a href="{BASE_03}/author/jean-wesley-pierre">Jean-Wesley Pierre</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-11-18T09:12:45-05:00">18 novembre 2026</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-261874">1417</span></div></div></header></div>
<div class="td-post-featured-image"><figure><img width="696" height="464" class="entry-thumb" src="{BASE_03}/wp-content/uploads/2026/11/mangues-saint-marc-696x464.jpg" alt="" title="mangues-saint-marc"/><figcaption class="wp-caption-text">Le tri des mangues Francisque au centre de Saint-Marc, lundi. Photo : Jean-Wesley Pierre</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{body}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="{BASE_03}/tag/artibonite">Artibonite</a></li><li><a href="{BASE_03}/tag/mangue">mangue</a></li><li><a href="{BASE_03}/tag/exportation">exportation</a></li></ul></div>
<div class="td-post-sharing-bottom"><a class="td-social-sharing-button td-social-facebook" href="#">Facebook</a><a class="td-social-sharing-button td-social-whatsapp" href="#">WhatsApp</a></div></footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">ARTICLES CONNEXES</a><a class="td-related-right" href="#">PLUS DE L'AUTEUR</a></h4>{related(33, BASE_03 + "/article", "td-related-row", 9)}</div>
<div class="comments" id="comments"><h4 class="block-title"><span>2 COMMENTAIRES</span></h4><ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LAISSER UN COMMENTAIRE</h3><form><textarea placeholder="Commentaire:" name="comment"></textarea></form></div></div>
</div></div>
<div class="td-footer-wrap"><div class="td-footer-bottom-full"><aside class="footer-text-wrap"><div class="block-title"><span>À PROPOS DE NOUS</span></div>Le Nouvelliste, le plus ancien quotidien d’Haïti.</aside>
<div class="td-sub-footer-copy">© Le Nouvelliste 2026</div></div></div></div>
<script>var tdBlock = new tdBlock(); tdBlock.id = "tdi_87"; tdBlock.posts = {json.dumps(teasers(34, 12, BASE_03, ["mangue", "Haïti"]))};</script>
<script type='text/javascript' src='{BASE_03}/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8' id='td-site-min-js'></script>
</body></html>
"""
    write(
        "03_lenouvelliste_wordpress_newspaper",
        page,
        {
            "title": h1,
            "publication": "Le Nouvelliste",
            "author": "Ketsia Dorvil et Jean-Wesley Pierre",
            "section": "Économie",
            "date": datetime.date(2026, 11, 18),
            "source_url": URL_03,
            "pull_quotes": [QUOTE_03],
            "paragraphs": [flat(x) for x in BODY_03],
            "notes": "WordPress tagDiv Newspaper with Yoast @graph (articleSection a list, one "
            "Person author while the byline credits two); 'Lire aussi' block after the second "
            "paragraph; blockquote.td_quote_box pull quote with a cite; header shows today's date "
            "(not the publication date); meta published_time in UTC; tags, related, comments.",
        },
    )


BASE_04 = "https://lexpress.mg"
URL_04 = f"{BASE_04}/17/11/2026/riz-le-kapoaka-franchit-la-barre-des-1-000-ariary/"
SEGMENTS_04 = [
    "Les ménagères de la capitale l’ont constaté dès le week-end. Au marché d’Anosibe, le "
    "kapoaka de riz local de qualité courante se vendait hier entre 1 000 et 1 100 ariary, "
    "contre 850 ariary il y a encore un mois. Le riz importé suit la même pente, à 900 "
    "ariary le kapoaka.",
    "Pour les grossistes, la hausse n’a rien de surprenant. La période de soudure a commencé "
    "plus tôt que d’habitude, les premières récoltes du Lac Alaotra ne sont attendues qu’en "
    "février et les stocks des collecteurs s’épuisent. « Nous achetons plus cher aux "
    "collecteurs, nous vendons plus cher, c’est tout », résume un grossiste d’Isotry.",
    "<strong>Soupçons de rétention</strong>",
    "Le ministère du Commerce ne l’entend pas de cette oreille. Ses agents ont effectué "
    "vendredi des contrôles dans quatre magasins de stockage d’Ambohimanarina. Selon un "
    "responsable, près de 300 tonnes de paddy y auraient été retrouvées « sans justificatif "
    "de destination ». Des procès-verbaux ont été dressés.",
    "Le ministère annonce la mise en vente de riz à prix modéré dans douze points de la "
    "capitale à partir de lundi prochain, à 750 ariary le kapoaka, dans la limite de cinq "
    "kapoaka par ménage. Une opération semblable avait été organisée l’an dernier, avec des "
    "files d’attente dès 4 heures du matin.",
    "Les associations de consommateurs demandent davantage. Elles réclament la publication "
    "hebdomadaire des stocks déclarés par les importateurs, une mesure promise depuis deux "
    "ans mais jamais appliquée.",
]


def page_04() -> None:
    """L'Express de Madagascar, home-made PHP: tables, text in one cell split by <br />."""
    h1 = "Riz – Le kapoaka franchit la barre des 1 000 ariary"
    cell = "<br />\n<br />\n".join(SEGMENTS_04)
    nav = " | ".join(
        f'<a href="{BASE_04}/rubrique/{name.lower()}/" class="menu">{name}</a>'
        for name in [
            "Actualités",
            "Politique",
            "Économie",
            "Société",
            "Régions",
            "Sport",
            "Culture",
        ]
    )
    others = "".join(
        f'<tr><td class="petit"><a href="{t["url"]}/">{t["title"]}</a> <span class="date">'
        f"({t['date']})</span></td></tr>"
        for t in teasers(41, 18, BASE_04, ["riz", "Antananarivo", "délestage"])
    )
    page = f"""<!-- saved from url=({len(URL_04):04d}){URL_04} -->
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Riz – Le kapoaka franchit la barre des 1 000 ariary | L'Express de Madagascar</title>
<meta name="keywords" content="riz, kapoaka, prix, Anosibe, ministère du Commerce">
<meta property="og:title" content="Riz – Le kapoaka franchit la barre des 1 000 ariary">
<meta property="og:url" content="{URL_04}">
<meta property="og:image" content="{BASE_04}/images/2026/11/riz-anosibe.jpg">
<link rel="stylesheet" href="{BASE_04}/css/style.css" type="text/css">
<style type="text/css">{css_blob(42, "lx", 500)}</style>
<script type="text/javascript" src="{BASE_04}/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-2261840-1']); _gaq.push(['_trackPageview']);</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="bandeau"><a href="{BASE_04}/"><img src="{BASE_04}/images/logo-lexpress.gif" alt="L'Express de Madagascar" border="0"></a>
<span class="dujour">Mercredi 2 décembre 2026</span></td></tr>
<tr><td colspan="2" class="barre">{nav}</td></tr>
<tr><td colspan="2"><div class="pub728"><a href="{BASE_04}/pub/clic.php?id=77"><img src="{BASE_04}/pub/banniere-telma.gif" width="728" height="90" border="0"></a></div></td></tr>
<tr>
<td width="660" valign="top" class="colonne">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td class="fil"><a href="{BASE_04}/">Accueil</a> &raquo; <a href="{BASE_04}/rubrique/economie/">Économie</a></td></tr>
<tr><td class="titre_art"><h1>{h1}</h1></td></tr>
<tr><td class="date_art">Publié le mardi 17 novembre 2026 &nbsp;|&nbsp; Lu 2 371 fois</td></tr>
<tr><td align="center"><img src="{BASE_04}/images/2026/11/riz-anosibe.jpg" width="620" border="0"><br>
<span class="legende">Au marché d’Anosibe, les vendeuses affichent les nouveaux prix. (Photo d’archives)</span></td></tr>
<tr><td class="texte_art">
{cell}
<br />
<br />
<div align="right"><b>Harilala Randriamanana</b></div>
</td></tr>
<tr><td class="partage"><a href="https://www.facebook.com/sharer.php?u={URL_04}">Partager sur Facebook</a> - <a href="javascript:window.print()">Imprimer</a></td></tr>
<tr><td class="autres"><b>Dans la même rubrique</b></td></tr>
{others}
</table>
</td>
<td width="320" valign="top" class="droite">
<div class="bloc"><b>Les plus lus</b>{related(43, BASE_04, "pluslus", 8)}</div>
<div class="bloc"><b>Édition du jour</b><br><a href="{BASE_04}/kiosque/">Feuilleter le journal</a></div>
</td></tr>
<tr><td colspan="2" class="pied">© 2026 L'Express de Madagascar – Antananarivo. Tous droits réservés. <a href="{BASE_04}/contact.php">Contact</a></td></tr>
</table>
<script type="text/javascript">(function(){{var ga=document.createElement('script');ga.async=true;ga.src='https://ssl.google-analytics.com/ga.js';document.body.appendChild(ga);}})();</script>
</body>
</html>
"""
    write(
        "04_lexpressmada_php_br",
        page,
        {
            "title": h1,
            "publication": "L'Express de Madagascar",
            "author": "Harilala Randriamanana",
            "section": "Économie",
            "date": datetime.date(2026, 11, 17),
            "source_url": URL_04,
            "subheads": [flat(SEGMENTS_04[2])],
            "paragraphs": [flat(x) for i, x in enumerate(SEGMENTS_04) if i != 2],
            "notes": "Home-made PHP in tables: the text is one table cell split by <br />, a "
            "<strong> line as subhead, the signature in bold at the end of the cell; no JSON-LD, "
            "no canonical (og:url); section from the breadcrumb trail; 'Publié le mardi 17 "
            "novembre 2026' without hour; the header's date of the day is not the date.",
        },
    )
