# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Burkina24 (WordPress + Jannah): intertitres, a pull quote, an inline 'Lire aussi' line."""

import datetime

from chrome import consent, css_blob, footer, menu, teaser_grid, tracking
from kit import flat, json_script, paras, write


def page() -> None:
    """Byline in capitals, h3 intertitres in <strong>, 'Lire aussi' paragraph, Jannah chrome."""
    base = "https://burkina24.com"
    url = f"{base}/2026/12/01/koudougou-les-etudiants-en-agronomie-lancent-une-banque-de-semences/"
    title = "Koudougou : des étudiants en agronomie lancent une banque de semences paysannes"
    subheads = ["Plus de 60 variétés locales", "Des collectivités intéressées"]
    quote = "Une semence qui disparaît, c’est un savoir qui disparaît avec elle"
    p = [
        "Ils sont une trentaine, en troisième année d’agronomie à l’université Norbert Zongo, "
        "à avoir transformé une salle de travaux pratiques en chambre froide. Depuis le "
        "lundi 30 novembre 2026, la «&nbsp;Banque de semences du Centre-Ouest&nbsp;» accueille "
        "ses premiers dépôts.",
        "L’initiative est partie d’un constat fait lors d’un stage dans les villages de la "
        "province du Boulkiemdé&nbsp;: de nombreux producteurs ne retrouvaient plus certaines "
        "variétés de sorgho et de niébé cultivées par leurs parents.",
        "Les étudiants ont recensé et collecté plus de 60 variétés locales de mil, de sorgho, "
        "de fonio, de niébé et de gombo auprès de 140 producteurs. Chaque échantillon est "
        "séché, trié, étiqueté puis conservé à 5&nbsp;°C.",
        "«&nbsp;Les paysans peuvent déposer leurs semences et en retirer d’autres, gratuitement. "
        "En échange, ils nous racontent comment ils les cultivent&nbsp;», explique Ousmane "
        "Kaboré, président du club des étudiants, qui a coordonné la collecte.",
        "Le doyen de l’UFR Sciences et techniques, le Pr Félicité Yaméogo, a salué une "
        "démarche qui «&nbsp;relie la recherche aux réalités du terrain&nbsp;». L’université "
        "met à disposition la salle et l’électricité.",
        "Trois communes rurales du Boulkiemdé ont déjà demandé à accueillir des antennes "
        "locales. Les étudiants espèrent obtenir l’appui d’un partenaire technique pour "
        "équiper un second local avant la prochaine saison des pluies.",
        "Une journée d’échange de semences est prévue le 16 janvier 2027 sur le campus, "
        "ouverte aux producteurs, aux groupements de femmes et aux élèves des lycées "
        "agricoles de la région.",
    ]
    lire = (
        f'<p><strong>Lire aussi</strong> ➡️ <a href="{base}/2026/10/14/agriculture-la-campagne-humide-2026-en-chiffres/">'
        "Agriculture : la campagne humide 2026 en chiffres</a></p>"
    )
    pull = f'<blockquote class="tie-pullquote pull-right"><p>{quote}</p></blockquote>'
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "dateCreated": "2026-12-01T14:37:52+00:00",
        "datePublished": "2026-12-01T14:37:52+00:00",
        "dateModified": "2026-12-01T14:40:03+00:00",
        "headline": title,
        "name": title,
        "keywords": "Koudougou,Semences,Agriculture",
        "url": url,
        "description": "Une trentaine d’étudiants de l’université Norbert Zongo ont ouvert une banque de semences.",
        "articleSection": "Société",
        "author": {"@type": "Person", "name": "Aminata SAWADOGO", "url": f"{base}/author/aminata/"},
        "publisher": {
            "@type": "Organization",
            "name": "Burkina 24",
            "url": base,
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/wp-content/uploads/2020/06/logo-b24.png",
                "width": 300,
                "height": 90,
            },
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/wp-content/uploads/2026/12/semences.jpg",
            "width": 1200,
            "height": 800,
        },
    }
    nav = menu(
        801,
        "menu",
        base,
        ["Actualité", "Politique", "Économie", "Société", "Sport", "Culture", "Vidéos"],
        8,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR" class="" data-skin="light"><head>
<meta charset="UTF-8">
<title>Koudougou : des étudiants en agronomie lancent une banque de semences paysannes &#8211; Burkina 24</title>
<meta property="og:title" content="{title} - Burkina 24">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Burkina 24">
<meta property="article:section" content="Société">
<meta property="article:published_time" content="2026-12-01T14:37:52+00:00">
<link rel="canonical" href="{url}">
<link rel="stylesheet" id="tie-css-base-css" href="{base}/wp-content/themes/jannah/assets/css/base.min.css" type="text/css" media="all">
<style id="tie-css-styles-inline-css">{css_blob(81, "tie", 520)}</style>
{json_script(ld, 'type="application/ld+json"')}
{tracking(82, "burkina24")}
</head>
<body id="tie-body" class="post-template-default single single-post wrapper-has-shadow block-head-1 magazine2 is-thumb-overlay-disabled">
{consent("cookie-law-info", "Burkina 24")}
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<div class="top-nav"><span class="today-date">mardi, 1 décembre 2026</span></div>
<header id="theme-header" class="theme-header header-layout-3"><div class="logo-wrapper"><a href="{base}/"><img src="{base}/wp-content/uploads/2020/06/logo-b24.png" alt="Burkina 24"></a></div><nav id="main-nav">{nav}</nav></header>
<div id="content" class="site-content container"><div class="tie-row main-content-row">
<div class="main-content tie-col-md-8" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer"><nav id="breadcrumb"><a href="{base}/"><span class="tie-icon-home"></span>Accueil</a><em class="delimiter">/</em><a href="{base}/category/actualite/">Actualité</a><em class="delimiter">/</em><a href="{base}/category/actualite/societe/">Société</a><em class="delimiter">/</em><span class="current">{title}</span></nav>
<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-12" href="{base}/category/actualite/societe/">Société</a></span>
<h1 class="post-title entry-title">{title}</h1>
<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="{base}/author/aminata/" class="author-name tie-icon" title="Aminata SAWADOGO">Aminata SAWADOGO</a></span></span></span><span class="date meta-item tie-icon">1 décembre 2026</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">2</span><span class="meta-views meta-item"><span class="tie-icon-fire"></span> 1 487 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark"></span> 2 minutes de lecture</span></div></div></div></header>
<div class="featured-area"><figure class="single-featured-image"><img src="{base}/wp-content/uploads/2026/12/semences.jpg" alt=""><figcaption class="single-caption-text"><span class="tie-icon-camera"></span> Les échantillons sont conservés dans une salle de l’université (Ph. Burkina 24)</figcaption></figure></div>
<div class="entry-content entry clearfix">
<div class="stream-item stream-item-above-post-content"><ins class="adsbygoogle" data-ad-slot="4401"></ins></div>
{paras(p[:2])}
{lire}
<h3><strong>{subheads[0]}</strong></h3>
{paras(p[2:4])}
{pull}
{paras(p[4:5])}
<h3><strong>{subheads[1]}</strong></h3>
{paras(p[5:])}
<p><strong>Aminata SAWADOGO</strong><br><strong>Burkina24</strong></p>
<div class="post-bottom-meta post-bottom-tags"><span class="tagcloud"><a href="{base}/tag/koudougou/">Koudougou</a><a href="{base}/tag/semences/">Semences</a><a href="{base}/tag/agriculture/">Agriculture</a></span></div>
</div>
<div id="share-buttons-bottom" class="share-buttons"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Telegram</a></div>
</article>
<div class="post-components"><div id="related-posts" class="container-wrapper"><div class="mag-box-title"><h3>Articles similaires</h3></div>{teaser_grid(83, 150, base, "related-item")}</div>
<div id="comments" class="comments-area"><h3 id="comments-title">2 commentaires</h3></div></div>
</div></div></div>
{footer("Burkina 24", "Burkina24.com", base)}
</div></div></div>
</body></html>
"""
    write(
        "08_burkina24_jannah_intertitres",
        page,
        {
            "title": title,
            "publication": "Burkina 24",
            "author": "Aminata Sawadogo",
            "section": "Société",
            "date": datetime.date(2026, 12, 1),
            "source_url": url,
            "subheads": subheads,
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": "WordPress + Jannah: author in capitals ('Aminata SAWADOGO' → natural "
            "casing) in the meta line and again as a closing signature with 'Burkina24' (not "
            "text); h3 intertitres wrapped in <strong>; an inline 'Lire aussi ➡️ link' "
            "paragraph inside entry-content (not text); tie-pullquote without guillemets; "
            "ad stream item; today's date in the top bar; comment, views and reading-time "
            "counters; publisher 'Burkina 24' (og:site_name, JSON-LD) while the signature "
            "writes 'Burkina24'.",
        },
    )
