# ruff: noqa: E501 (page templates keep the long lines of the HTML they imitate)
"""Pages 01-04 of holdout22/web: La Montagne (TYPO3), BX1 (Drupal 7), Rhône FM (Joomla 4),
Le Moniteur Acadien (Wix)."""

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


def page01_lamontagne_typo3_paywall_articlebody() -> None:
    """TYPO3 tx_news page cut by a paywall while the JSON-LD articleBody holds the whole text."""
    base = "https://www.lamontagne.fr"
    url = (
        f"{base}/thiers-63300/actualites/a-thiers-la-coutellerie-vernadet-rachete-l-ancienne-"
        "usine-du-moutier_14683210/"
    )
    title = "À Thiers, la coutellerie Vernadet rachète l’ancienne usine du Moutier"
    og_title = "Thiers : Vernadet reprend l’usine du Moutier et promet quarante emplois"
    chapo = (
        "Fermé depuis 2019, le site industriel de la vallée des Usines va retrouver une "
        "activité. Le coutelier thiernois y installera ses forges et un atelier de formation "
        "d’ici à 2028."
    )
    shown = [
        "L’annonce a été faite jeudi soir, devant une soixantaine de salariés réunis dans "
        "l’atelier de polissage de la rue de la Coutellerie. Après dix-huit mois de "
        "négociations avec le liquidateur et la communauté de communes, la société Vernadet, "
        "fondée en 1921 et dirigée depuis 2014 par Hélène Vernadet, arrière-petite-fille du "
        "fondateur, a signé l’achat de l’ancienne usine du Moutier pour 1,2&nbsp;million "
        "d’euros.",
        "Le bâtiment de 6&nbsp;800&nbsp;m<sup>2</sup>, construit en surplomb de la Durolle, "
        "abritait jusqu’en 2019 un fabricant de pièces pour l’automobile. Depuis, il se "
        "dégradait lentement&nbsp;: toiture percée, vitres brisées, et une roue à aubes "
        "inscrite aux monuments historiques que l’association <em>Thiers Patrimoine</em> "
        "tentait de protéger avec des bâches.",
        "«&nbsp;Nous étouffons dans nos murs actuels, explique Hélène Vernadet. Nos commandes "
        "ont doublé en cinq ans, surtout à l’export, et nous refusons des chantiers faute de "
        "place pour les forges.&nbsp;» L’entreprise, qui emploie aujourd’hui 58&nbsp;personnes, "
        "prévoit d’en embaucher une quarantaine d’ici à 2030.",
        "Les travaux, estimés à 4,5&nbsp;millions d’euros, doivent commencer au printemps. La "
        "Région a promis une aide de 600&nbsp;000&nbsp;euros au titre de la "
        "réindustrialisation, et la commune s’est engagée à refaire la voirie d’accès, "
        "aujourd’hui trop étroite pour les camions de livraison.",
    ]
    hidden = [
        "Le projet le plus attendu reste l’atelier de formation. Vernadet veut y accueillir "
        "chaque année douze apprentis forgerons et émouleurs, en partenariat avec le lycée "
        "professionnel Germaine-Tillion, dont la section coutellerie manque de plateaux "
        "techniques.",
        "« C’est une bonne nouvelle pour toute la vallée, se réjouit le maire, Jacques Rouchon. "
        "Chaque usine qui se rallume, ce sont des familles qui restent et des commerces qui "
        "tiennent. » Quelques riverains s’inquiètent pourtant du bruit des marteaux-pilons et "
        "demandent une étude acoustique avant le permis de construire.",
        "L’entreprise assure que les forges seront installées dans la partie basse du "
        "bâtiment, la plus éloignée des maisons, et qu’aucune ne fonctionnera la nuit. Une "
        "réunion publique est prévue le 14 janvier à la salle Espace.",
    ]
    quote = "«&nbsp;Nous étouffons dans nos murs actuels&nbsp;»"
    related = teasers(101, 10, f"{base}/thiers-63300/actualites", FILLER)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "alternativeHeadline": flat(og_title),
        "description": flat(chapo),
        "articleSection": "Économie",
        "keywords": ["Thiers", "Économie", "Industrie", "Coutellerie"],
        "datePublished": "2026-11-27T06:00:00+01:00",
        "dateModified": "2026-11-27T11:42:00+01:00",
        "author": [{"@type": "Person", "name": "Mathilde Serre"}],
        "image": [f"{base}/photoSRC/W1siZiIsIjIwMjYxMTI3LzE0NjgzMjEwLmpwZyJdXQ.jpg"],
        "articleBody": " ".join(flat(p) for p in shown + hidden),
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywall-content",
        },
        "publisher": {
            "@type": "Organization",
            "name": "La Montagne",
            "logo": {"@type": "ImageObject", "url": f"{base}/images/logo-lamontagne.svg"},
        },
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": n, "item": f"{base}{p}"}
            for i, (n, p) in enumerate(
                [
                    ("Accueil", "/"),
                    ("Auvergne-Rhône-Alpes", "/auvergne-rhone-alpes/"),
                    ("Puy-de-Dôme", "/puy-de-dome/"),
                    ("Thiers", "/thiers-63300/"),
                ]
            )
        ],
    }
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2026 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->
<base href="{base}/">
<title>{title} - Thiers (63300) - La Montagne</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{chapo}">
<meta name="robots" content="index,follow,max-image-preview:large">
<meta property="og:type" content="article">
<meta property="og:title" content="{og_title}">
<meta property="og:description" content="{chapo}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="www.lamontagne.fr">
<meta property="og:image" content="{ld["image"][0]}">
<meta property="article:published_time" content="2026-11-27T06:00:00+01:00">
<meta property="article:modified_time" content="2026-11-27T11:42:00+01:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@lamontagne_fr">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-8f2c1a7d0b6e4f3a-min.css?1764201011" media="all">
<style>{css_blob(1011, "lm", 520)}</style>
{json_script(ld)}
{json_script(crumbs)}
<script src="/typo3temp/assets/compressed/merged-2be71c9a55d04e18-min.js?1764201011"></script>
</head>
<body id="p4812" class="page-news-detail layout-article premium">
{consent_box("didomi", "La Montagne")}
<header class="site-header">
<div class="header-top"><a class="logo" href="/"><img src="/images/logo-lamontagne.svg" alt="La Montagne"></a>
<span class="header-date">Vendredi 27 novembre 2026</span>
<a class="btn-subscribe" href="/abonnement/">S'abonner</a><a class="btn-login" href="/connexion/">Se connecter</a></div>
<nav class="main-nav" aria-label="Menu principal">{menu(1012, "mainmenu", base, ["Actualité", "Auvergne", "Puy-de-Dôme", "Sports", "Loisirs", "Économie", "Faits divers", "Services"])}</nav>
</header>
<main id="content">
<ol class="breadcrumb"><li><a href="/">Accueil</a></li><li><a href="/auvergne-rhone-alpes/">Auvergne-Rhône-Alpes</a></li><li><a href="/puy-de-dome/">Puy-de-Dôme</a></li><li><a href="/thiers-63300/">Thiers</a></li></ol>
<div id="c77214" class="frame frame-default frame-type-news_pi1 frame-layout-0">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header">
<span class="news-kicker">Industrie</span>
<h1 itemprop="headline">{title}</h1>
</div>
<div class="footer">
<p><span class="news-list-author">Par <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Mathilde Serre</span></span></span>
<span class="news-list-date"><time itemprop="datePublished" datetime="2026-11-27T06:00:00+01:00">Publié le 27/11/2026 à 06h00</time></span>
<span class="news-list-date-modified">Mis à jour le 27/11/2026 à 11h42</span></p>
</div>
<div class="teaser-text" itemprop="description">
<p>{chapo}</p>
</div>
<div class="news-img-wrap">
<figure class="mediaelement mediaelement-image">
<img src="{ld["image"][0]}" width="1200" height="800" alt="Usine du Moutier" itemprop="image">
<figcaption class="news-img-caption">L’usine du Moutier, au bord de la Durolle, est à l’abandon depuis 2019. <span class="copyright">© Photo Richard Brunel</span></figcaption>
</figure>
</div>
<div class="share-bar"><a class="share-facebook" href="#">Partager</a><a class="share-x" href="#">Poster</a><a class="share-mail" href="#">Envoyer</a><a class="bookmark" href="#">Sauvegarder</a></div>
<div class="news-text-wrap" itemprop="articleBody">
{paras(*shown[:2])}
<aside class="article-exergue"><p>{quote}</p></aside>
{paras(*shown[2:])}
</div>
<div class="paywall-content">
<div class="paywall-fade"></div>
<div class="paywall-box">
<p class="paywall-title">Il vous reste 46&nbsp;% de l’article à lire.</p>
<p>Vous voulez lire la suite de cet article&nbsp;? Abonnez-vous dès 1&nbsp;€ le premier mois, sans engagement.</p>
<a class="btn-offer" href="/abonnement/?origin=paywall">Je m’abonne</a>
<p class="paywall-login">Déjà abonné&nbsp;? <a href="/connexion/">Se connecter</a></p>
</div>
</div>
<div class="news-tags">Mots-clés&nbsp;: <a href="/theme/thiers/">Thiers</a> <a href="/theme/economie/">Économie</a> <a href="/theme/industrie/">Industrie</a> <a href="/theme/coutellerie/">Coutellerie</a></div>
</div>
</div>
</div>
<section class="related"><h2>À lire aussi</h2><ul>{teaser_list(related, "related-card")}</ul></section>
</main>
<footer class="site-footer">{footer_links(1013, base, ["La Montagne", "Nos services", "Abonnements", "Le groupe Centre France"])}
<p class="copyright">© La Montagne 2026 — Tous droits réservés. Reproduction interdite.</p></footer>
{tracking(1014, "lamontagne.fr")}
</body>
</html>
"""
    write(
        "01_lamontagne_typo3_paywall_articlebody",
        page,
        {
            "title": title,
            "publication": "La Montagne",
            "author": "Mathilde Serre",
            "section": "Économie",
            "date": datetime.date(2026, 11, 27),
            "standfirst": chapo,
            "source_url": url,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(p) for p in shown],
            "incomplete": True,
            "notes": (
                "TYPO3 tx_news page cut by a paywall after four paragraphs: the JSON-LD "
                "articleBody holds all seven (isAccessibleForFree false), the expected text "
                "stops where the page does. og:title and alternativeHeadline differ from the "
                "h1; <title> adds the town and site; og:site_name is the host, the publisher "
                "La Montagne; standfirst in div.teaser-text; pull quote in an aside; kicker "
                "'Industrie' loses to articleSection; updated after published; caption credit."
            ),
        },
    )


def page02_bx1_drupal7_two_stories() -> None:
    """Drupal 7 node page with a correction note, a video legend and the next story in full."""
    base = "https://bx1.be"
    url = f"{base}/categories/news/cureghem-la-piscine-aurore-rouvrira-ses-bassins-le-2-mars/"
    title = (
        "Cureghem : la piscine Aurore rouvrira ses bassins le 2 mars après trois ans de chantier"
    )
    chapo = (
        "Le bassin de 25 mètres et la pataugeoire ont été entièrement rénovés. La commune "
        "d’Anderlecht promet des tarifs inchangés pour ses habitants."
    )
    body = [
        "Les habitants de Cureghem l’attendaient depuis l’automne 2023. La piscine Aurore, "
        "fermée pour une rénovation complète de ses installations techniques, rouvrira ses "
        "portes le mardi 2 mars, a annoncé mercredi le collège communal d’Anderlecht.",
        "Le chantier aura duré près de trois ans au lieu des dix-huit mois prévus. En cause, "
        "la découverte d’amiante dans les faux plafonds des vestiaires, puis la faillite de "
        "l’entreprise chargée de la ventilation, en plein hiver 2024. Le coût total atteint "
        "7,8 millions d’euros, dont 4,1 millions pris en charge par la Région bruxelloise.",
        "Les nageurs retrouveront un bassin de 25 mètres au carrelage neuf, une pataugeoire "
        "agrandie pour les enfants de moins de six ans et des vestiaires désormais mixtes, "
        "avec des cabines individuelles. La toiture a été isolée et couverte de panneaux "
        "solaires qui doivent réduire d’un tiers la facture de chauffage de l’eau.",
        "« Une piscine de quartier, ce n’est pas un luxe. C’est là que les enfants de "
        "Cureghem apprennent à nager, parce que beaucoup de familles n’ont ni le temps ni les "
        "moyens d’aller ailleurs », souligne l’échevine des Sports, <strong>Nadia El "
        "Khattabi</strong>.",
        "Les tarifs restent inchangés : 2,50 euros l’entrée pour les Anderlechtois, 1,50 "
        "euro pour les moins de 18 ans et les seniors. Les écoles de la commune disposeront "
        "de créneaux réservés tous les matins en semaine.",
        "Un bémol toutefois : la fosse de plongée de 4 mètres, qui faisait la fierté des "
        "clubs, ne rouvrira pas avant l’été, le temps de remplacer son système de filtration.",
    ]
    correction = (
        "<em>Correction : une version précédente de cet article indiquait un prix d’entrée de "
        "3 euros pour les habitants. Il s’agit de 2,50 euros.</em>"
    )
    next_title = "Forest : un marché fermier s’installera chaque jeudi place Saint-Denis"
    next_body = [
        "Dès le 10 décembre, une douzaine de producteurs du Brabant wallon et de la région "
        "bruxelloise vendront leurs légumes, fromages et pains chaque jeudi de 15 à 20 heures "
        "sur la place Saint-Denis, à Forest.",
        "L’initiative vient d’un collectif d’habitants qui a obtenu le soutien de la commune "
        "pour une période d’essai de six mois. Les emplacements sont gratuits jusqu’en juin.",
        "« Nous voulons un marché où l’on peut faire ses courses en rentrant du travail, pas "
        "seulement le week-end », explique Lotte Peeters, l’une des organisatrices.",
    ]
    settings = {
        "basePath": "/",
        "pathPrefix": "",
        "ajaxPageState": {
            "theme": "bx1",
            "theme_token": "q0F3n7cT1-8hYk2pLr5dWvXa",
            "js": {f"sites/all/modules/{m}.js": 1 for m in FILLER[:30]},
        },
        "googleanalytics": {"trackOutbound": 1, "trackMailto": 1, "trackDownload": 1},
        "infinite_article": {"next": "/node/248097", "container": ".next-article"},
    }

    related = teasers(202, 8, f"{base}/categories/news", FILLER)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:sioc="http://rdfs.org/sioc/ns#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{base}/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="description" content="{chapo}" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="{url}" />
<link rel="shortlink" href="{base}/node/248113" />
<meta property="og:site_name" content="BX1" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{title}" />
<meta property="og:image" content="{base}/sites/default/files/styles/og/public/2026-11/piscine-aurore.jpg" />
<meta property="article:published_time" content="2026-11-26T17:05:00+01:00" />
<meta property="article:modified_time" content="2026-11-27T09:12:00+01:00" />
<title>{title} | BX1</title>
<style type="text/css" media="all">@import url("{base}/modules/system/system.base.css?rk2m1p");</style>
<style>{css_blob(2021, "bx", 780)}</style>
<script type="text/javascript" src="{base}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{base}/misc/drupal.js?rk2m1p"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {json.dumps(settings)});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-248113 node-type-article i18n-fr">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Aller au contenu principal</a></div>
{consent_box("eu-cookie-compliance", "BX1")}
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<a href="/" title="Accueil" rel="home" id="logo"><img src="{base}/sites/all/themes/bx1/logo.png" alt="Accueil" /></a>
<div class="live-button"><a href="/live/">Direct TV</a></div>
<div id="main-menu" class="navigation">{menu(2022, "menu", base, ["Info", "Sport", "Culture", "Émissions", "Communes", "Direct"])}</div>
</div></div>
<div id="main-wrapper"><div id="main" class="clearfix">
<div class="breadcrumb"><a href="/">Accueil</a> » <a href="/categories/societe/">Société</a> » {title}</div>
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<div class="region region-content">
<div id="block-system-main" class="block block-system">
<div class="content">
<div id="node-248113" class="node node-article node-promoted clearfix" about="/node/248113" typeof="sioc:Item foaf:Document">
<h1 class="title" id="page-title">{title}</h1>
<span property="dc:title" content="{title}" class="rdf-meta element-hidden"></span>
<div class="submitted">
<div class="field field-name-field-auteur field-type-text field-label-inline clearfix"><div class="field-label">Par&nbsp;:&nbsp;</div><div class="field-items"><div class="field-item even">Julie Vanderlinden</div></div></div>
<span class="date">Publié le <span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="2026-11-26T17:05:00+01:00">26/11/2026 - 17:05</span></span>
<span class="date-updated">Mis à jour le 27/11/2026 - 09:12</span>
</div>
<div class="field field-name-field-chapeau field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><p><strong>{chapo}</strong></p></div></div></div>
<div class="field field-name-field-video field-type-video-embed-field field-label-hidden"><div class="field-items"><div class="field-item even">
<div class="embedded-video"><div class="player"><iframe width="640" height="360" src="https://player.bx1.be/embed/v248113?autoplay=0" frameborder="0" allowfullscreen></iframe></div></div>
<div class="video-legend">Reportage de Julie Vanderlinden et Kevin Staes</div>
</div></div></div>
<div class="content">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{paras(*body)}
<p class="correction">{correction}</p>
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags&nbsp;:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/anderlecht" typeof="skos:Concept" property="rdfs:label skos:prefLabel">Anderlecht</a></div><div class="field-item odd"><a href="/tags/piscine">Piscine</a></div><div class="field-item even"><a href="/tags/sport">Sport</a></div></div></div>
</div>
<ul class="links inline"><li class="addtoany first last"><span><a class="a2a_dd addtoany_share_save" href="https://www.addtoany.com/share#url={url}">Partager</a></span></li></ul>
</div>
<div class="next-article" data-nid="248097">
<p class="next-article__label">Article suivant</p>
<div id="node-248097" class="node node-article clearfix">
<h2 class="title"><a href="/categories/news/forest-un-marche-fermier-s-installera-chaque-jeudi-place-saint-denis/">{next_title}</a></h2>
<div class="submitted"><div class="field field-name-field-auteur"><div class="field-items"><div class="field-item even">Thomas Delcourt</div></div></div>
<span class="date">Publié le <span class="date-display-single">26/11/2026 - 15:40</span></span></div>
<div class="field field-name-body"><div class="field-items"><div class="field-item even">
{paras(*next_body)}
</div></div></div>
</div>
</div>
</div>
</div>
</div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section">
<div class="block block-views"><h2>Les plus lus</h2><ul>{teaser_list(related, "views-row")}</ul></div>
</div></div>
</div></div>
<div id="footer"><div class="section">{footer_links(2023, base, ["BX1", "Programmes", "Contact", "Mentions légales"])}
<p>© 2026 BX1 – Média de proximité de la Région de Bruxelles-Capitale</p></div></div>
</div></div>
{tracking(2024, "bx1.be")}
</body>
</html>
"""
    write(
        "02_bx1_drupal7_two_stories",
        page,
        {
            "title": title,
            "publication": "BX1",
            "author": "Julie Vanderlinden",
            "section": "Société",
            "date": datetime.date(2026, 11, 26),
            "standfirst": chapo,
            "source_url": url,
            "paragraphs": [flat(p) for p in [*body, correction]],
            "notes": (
                "Drupal 7 node with RDFa, no JSON-LD; byline in field-name-field-auteur with "
                "'Par :' as a field label; standfirst in field-name-field-chapeau as bold "
                "text; video legend; correction note in italics at the end of the body kept "
                "as a paragraph; tags field; the next article (infinite scroll) follows in "
                "full, with its own h2, byline and date, and is not part of this article; "
                "section from the breadcrumb; published 26/11, updated 27/11."
            ),
        },
    )


def page03_rhonefm_joomla_meta_author() -> None:
    """Joomla 4 article whose author is named only in <meta name="author">."""
    base = "https://www.rhonefm.ch"
    url = (
        f"{base}/actualites/valais/saint-maurice-le-pont-du-rhone-ferme-dix-nuits-pour-"
        "remplacer-ses-joints"
    )
    title = "Saint-Maurice : le pont du Rhône fermé dix nuits pour remplacer ses joints"
    body = [
        "Les automobilistes qui traversent le Rhône entre Saint-Maurice et Lavey devront "
        "s'armer de patience. Le pont routier sera fermé à la circulation dix nuits de suite, "
        "du lundi 7 au mercredi 16 décembre, de 20 heures à 5 heures, a annoncé vendredi le "
        "Service cantonal de la mobilité.",
        "Les ouvriers remplaceront les deux joints de dilatation de l'ouvrage, posés lors de "
        "sa dernière rénovation en 1994. Usés par le passage de quelque 11'000 véhicules par "
        "jour, ils laissaient s'infiltrer l'eau de pluie jusqu'aux appuis en béton, dont "
        "certains montrent des traces de corrosion.",
        "Pendant les fermetures, une déviation sera balisée par l'autoroute A9, entre les "
        "jonctions de Saint-Maurice et de Bex. Elle rallonge le trajet d'environ sept "
        "kilomètres. Les piétons et les cyclistes pourront toujours franchir le fleuve par la "
        "passerelle voisine, éclairée pour l'occasion.",
        "Le chantier a été placé en décembre pour éviter la saison touristique et les "
        "convois exceptionnels liés à la rénovation de l'usine hydroélectrique de Lavey, "
        "explique l'ingénieur cantonal Pierre-Alain Rey. «De nuit, en hiver, le trafic tombe "
        "à quelques centaines de véhicules. C'est le moment où l'on gêne le moins de monde.»",
        "Les entreprises de la zone industrielle du Bois-Noir ont été averties. Certaines ont "
        "avancé leurs livraisons de fin de soirée. Les transports publics ne sont pas "
        "concernés, le dernier bus de la ligne 111 passant le pont à 19h48.",
        "Le coût des travaux est estimé à 680'000 francs, partagé à parts égales entre le "
        "Valais et Vaud, le pont marquant la frontière entre les deux cantons. En cas de gel "
        "ou de fortes chutes de neige, le chantier pourrait être prolongé de quelques nuits.",
    ]
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "@id": f"{base}/#/schema/BreadcrumbList/17",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"@id": base + "/", "name": "Accueil"}},
            {
                "@type": "ListItem",
                "position": 2,
                "item": {"@id": f"{base}/actualites", "name": "Actualités"},
            },
            {
                "@type": "ListItem",
                "position": 3,
                "item": {"@id": f"{base}/actualites/valais", "name": "Valais"},
            },
        ],
    }
    options = {
        "joomla.jtext": {"JLIB_FORM_FIELD_INVALID": "Champ invalide :&#160;", "ERROR": "Erreur"},
        "system.paths": {"root": "", "rootFull": base + "/", "base": "", "baseFull": base + "/"},
        "csrf.token": "5f0c2b9e81d7a4436e2c9d10b7a8f3e1",
        "radioplayer": {"stream": "https://stream.rhonefm.ch/rhonefm-128.mp3", "autoplay": False},
    }
    related = teasers(303, 6, f"{base}/actualites/valais", FILLER)
    also = related[0]
    page = f"""<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="author" content="Sébastien Crettenand">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Le pont routier entre Saint-Maurice et Lavey sera fermé dix nuits en décembre pour le remplacement de ses joints de dilatation.">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{title} - Rhône FM</title>
<link href="{url}" rel="canonical">
<link href="/media/templates/site/rhonefm/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<meta property="og:site_name" content="Rhône FM">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/images/2026/11/pont-saint-maurice.jpg">
<link href="/media/templates/site/rhonefm/css/template.min.css?4f1a2c" rel="stylesheet">
<style>{css_blob(3031, "rfm", 700)}</style>
<script type="application/json" class="joomla-script-options new">{json.dumps(options)}</script>
<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
{json_script(crumbs, 'type="application/ld+json" class="joomla-schemaorg"')}
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-142">
{consent_box("cookiehint", "Rhône FM")}
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo-rhonefm.svg" alt="Rhône FM"></a></div>
<div class="onair"><span class="onair__label">En direct</span> <span class="onair__show">Le Réveil Rhône FM</span> <button class="onair__play">Écouter</button></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md">{menu(3032, "mod-menu", base, ["Actualités", "Sport", "Agenda", "Émissions", "Concours", "Radio"])}</nav></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Fil d'Ariane"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Vous êtes ici : &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Accueil</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/actualites" class="pathway"><span>Actualités</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Valais</span></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="fr-FR">
<div class="page-header">
<h1 itemprop="headline">{title}</h1>
</div>
<dl class="article-info text-muted">
<dt class="article-info-term">Détails</dt>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Catégorie : <a href="/actualites/valais" itemprop="genre">Valais</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="2026-11-28T07:14:00+01:00" itemprop="datePublished">Publication : 28 novembre 2026</time></dd>
<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="2026-11-28T12:31:00+01:00" itemprop="dateModified">Mise à jour : 28 novembre 2026</time></dd>
</dl>
<figure class="left item-image">
<img src="/images/2026/11/pont-saint-maurice.jpg" itemprop="image" alt="Le pont entre Saint-Maurice et Lavey" width="1200" height="675">
<figcaption class="caption">Le pont entre Saint-Maurice et Lavey voit passer 11'000 véhicules par jour. (Photo: Rhône FM)</figcaption>
</figure>
<div class="audio-player">
<audio controls preload="none" src="{base}/images/audio/2026/11/28-pont-st-maurice.mp3"></audio>
<p class="audio-player__legend">Écoutez le reportage diffusé dans le journal de 7h</p>
</div>
<div itemprop="articleBody" class="com-content-article__body">
{paras(*body[:3])}
<div class="lire-aussi"><span class="lire-aussi__label">À lire aussi</span><ul><li><a href="{also["url"]}">{also["title"]}</a></li><li><a href="{related[1]["url"]}">{related[1]["title"]}</a></li></ul></div>
{paras(*body[3:])}
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0"><a href="/tags/saint-maurice" class="btn btn-sm btn-info">Saint-Maurice</a></li><li class="list-inline-item tag-31 tag-list1"><a href="/tags/mobilite" class="btn btn-sm btn-info">Mobilité</a></li></ul>
<nav class="pagenavigation" aria-label="Navigation de page"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="{related[2]["url"]}" rel="prev">Précédent</a><a class="btn btn-sm btn-secondary next" href="{related[3]["url"]}" rel="next">Suivant</a></span></nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Dernières infos</h3><ul class="mod-articleslatest latestnews mod-list">{teaser_list(related, "latest")}</ul></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child">{footer_links(3033, base, ["Rhône FM", "Fréquences", "Publicité", "Contact"])}
<p>Rhône FM SA · Rue de l'Industrie 22 · 1950 Sion · © 2026</p></div></footer>
{tracking(3034, "rhonefm.ch")}
</body>
</html>
"""
    write(
        "03_rhonefm_joomla_meta_author",
        page,
        {
            "title": title,
            "publication": "Rhône FM",
            "author": "Sébastien Crettenand",
            "section": "Valais",
            "date": datetime.date(2026, 11, 28),
            "source_url": url,
            "paragraphs": [flat(p) for p in body],
            "notes": (
                "Joomla 4 com_content article: the author is named only in <meta "
                "name='author'> (no visible byline; the audio legend names no one); "
                "JSON-LD is only a BreadcrumbList; section 'Valais' from the breadcrumb (last "
                "item a span) and the category; 'À lire aussi' box of two links between "
                "paragraphs 3 and 4; Swiss apostrophe thousands (11'000) and straight "
                "apostrophes; «» without spaces; Joomla's Précédent/Suivant and tags."
            ),
        },
    )


def page04_moniteuracadien_wix_interview() -> None:
    """Wix blog post: an interview, questions in bold spans, the byline in the post header."""
    base = "https://www.moniteuracadien.com"
    slug = "denise-leblanc-le-chiac-c-est-notre-facon-d-etre-au-monde"
    url = f"{base}/post/{slug}"
    title = "Denise LeBlanc : « Le chiac, c’est notre façon d’être au monde »"
    intro = (
        "La linguiste de Memramcook publie cet hiver <em>Parler d’icitte</em>, un essai sur "
        "la langue des jeunes du sud-est du Nouveau-Brunswick. Nous l’avons rencontrée entre "
        "deux séances de signature à la librairie Pélagie, à Shédiac."
    )
    qa = [
        ("Pourquoi un livre sur le chiac maintenant ?", True),
        (
            "Parce qu’on en parle beaucoup, mais presque toujours pour s’en moquer ou pour s’en "
            "inquiéter. J’ai passé trois ans à enregistrer des adolescents à Dieppe, à Shédiac "
            "et à Moncton. Je voulais qu’on les entende, eux, plutôt que les chroniqueurs qui "
            "parlent à leur place.",
            False,
        ),
        ("Qu’avez-vous découvert ?", True),
        (
            "Que le chiac change vite. Les mots anglais entrent et sortent selon les modes, "
            "mais la structure reste acadienne. Un jeune de Dieppe dira « j’ai watché un film », "
            "pas « j’ai regardé ». Le verbe est anglais, la conjugaison est bien de chez nous. "
            "C’est une langue qui digère, pas une langue qui disparaît.",
            False,
        ),
        ("Certains parents craignent pourtant que leurs enfants perdent le français.", True),
        (
            "Je comprends cette peur. Elle vient de loin, de générations à qui l’on a fait "
            "honte de leur parler. Mais dans mes enregistrements, les mêmes jeunes passent au "
            "français standard dès qu’ils s’adressent à une enseignante ou à une grand-mère de "
            "la Péninsule. Ils ont plusieurs registres, comme tout le monde.",
            False,
        ),
        ("Le titre, <em>Parler d’icitte</em>, est un clin d’œil ?", True),
        (
            "Oui, à ma mère, qui me reprenait quand je disais « icitte » à la maison. "
            "Aujourd’hui, c’est elle qui m’a suggéré le titre. Elle a fini par trouver que "
            "c’était joli.",
            False,
        ),
        ("Où pourra-t-on vous rencontrer ?", True),
        (
            "Je serai au Salon du livre de Dieppe le 12 décembre, puis à la bibliothèque de "
            "Memramcook en janvier. J’aimerais surtout qu’on vienne avec ses propres mots : le "
            "livre a une page blanche à la fin pour ça.",
            False,
        ),
    ]
    book = "<em>Parler d’icitte</em>, Denise LeBlanc, Éditions Perce-Neige, 184 pages, 24,95 $."

    def block(i: int, inner: str) -> str:
        return (
            f'<div data-breakout="normal" class="fTEXDR A-ZZCZ"><p dir="auto" '
            f'class="MzmAx mhY38 _2qJYG _3wAnj" id="viewer-{1000 + i * 37:x}">'
            f'<span class="_2PHJq public-DraftStyleDefault-ltr">{inner}</span></p></div>'
        )

    blocks = [block(0, f'<span style="font-style:italic">{intro}</span>')]
    blocks.append(
        block(1, '<span style="font-style:italic">Propos recueillis par Marc-André Cormier</span>')
    )
    blocks.append(
        '<div data-breakout="normal" class="image-block"><figure class="wix-image" '
        'data-hook="figure-IMAGE"><img src="https://static.wixstatic.com/media/7a1c0e_'
        '3fd2c9a1b84e4f55a0e1c2d3b4a5f6e7~mv2.jpg/v1/fill/w_740,h_493,al_c,q_85/denise.jpg" '
        'alt=""><figcaption class="image-caption" data-hook="imageViewerCaption">Denise '
        "LeBlanc à la librairie Pélagie, à Shédiac. (Photo : Marc-André Cormier)</figcaption>"
        "</figure></div>"
    )
    for i, (text, bold) in enumerate(qa):
        inner = f'<span style="font-weight:700">{text}</span>' if bold else text
        blocks.append(block(i + 2, inner))
    blocks.append(block(20, f'<span style="font-style:italic">{book}</span>'))
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": flat(title),
        "url": url,
        "datePublished": "2026-11-27T14:05:33.412Z",
        "dateModified": "2026-11-27T14:05:33.412Z",
        "author": {
            "@type": "Person",
            "name": "Marc-André Cormier",
            "url": f"{base}/profile/marcandre",
        },
        "publisher": {"@type": "Organization", "name": "Le Moniteur Acadien"},
        "image": {"@type": "ImageObject", "url": "https://static.wixstatic.com/media/denise.jpg"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    warmup = {
        "appsWarmupData": {
            "14bcded7-0066-7c35-14d7-466cb3f09103": {
                "postPage": {"slug": slug, "categoryIds": ["c-culture", "c-entrevues"]},
                "relatedPosts": teasers(404, 40, f"{base}/post", FILLER),
            }
        },
        "ssrWarmupData": {"visitorId": "3a9c1f0e-2b7d-4c55-9e1a-0f4d6b8c2e71"},
    }
    related = teasers(405, 3, f"{base}/post", FILLER)
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7a1c0e_favicon.png">
<title>{title}</title>
<meta name="description" content="La linguiste de Memramcook publie cet hiver Parler d’icitte, un essai sur la langue des jeunes du sud-est du Nouveau-Brunswick.">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="La linguiste de Memramcook publie cet hiver Parler d’icitte.">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Le Moniteur Acadien">
<meta property="og:type" content="article">
<meta property="article:author" content="Marc-André Cormier">
<meta property="article:published_time" content="2026-11-27T14:05:33.412Z">
<meta name="twitter:card" content="summary_large_image">
{json_script(ld)}
<style>{css_blob(4041, "wixui", 900)}</style>
<script>window.viewerModel={{"siteFeatures":["assetsLoader","blog","comments","cookiesManager","seo","tpaCommons"],"language":{{"userLanguage":"fr"}}}};</script>
<script type="application/json" id="wix-warmup-data">{json.dumps(warmup, ensure_ascii=False)}</script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
{consent_box("ccsu-banner", "Le Moniteur Acadien")}
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="header-inner">
<a href="{base}" class="logo" data-testid="linkElement"><img src="https://static.wixstatic.com/media/7a1c0e_logo.png" alt="Le Moniteur Acadien"></a>
<p class="font_8 wixui-rich-text__text">Hebdomadaire acadien depuis 1867 · Shédiac, Nouveau-Brunswick</p>
<nav aria-label="Site" id="DrpDwnMn0">{menu(4042, "wixui-dropdown-menu", base, ["Accueil", "Nouvelles", "Culture", "Sports", "Avis", "Abonnement"], per=4)}</nav>
</div></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="post-page" data-hook="post-page">
<article class="blog-post-page-font" data-hook="post">
<div class="post-metadata" data-hook="post-metadata">
<div data-hook="avatar-image"><img src="https://static.wixstatic.com/media/7a1c0e_avatar.jpg" alt="Marc-André Cormier"></div>
<span data-hook="user-name" class="tQ0Q1A user-name">Marc-André Cormier</span>
<ul class="post-metadata__list"><li><span data-hook="time-ago" title="27 nov. 2026">27 nov. 2026</span></li><li><span data-hook="time-to-read">4 min de lecture</span></li></ul>
<button data-hook="more-button" aria-label="Plus d’actions"></button>
</div>
<div data-hook="post-title"><h1 class="H3vOVf blog-post-title-font blog-post-title-color" dir="auto">{title}</h1></div>
<div data-hook="post-description"><div data-id="content-viewer" class="rich-content-viewer" dir="ltr">
{chr(10).join(blocks)}
</div></div>
<div class="post-footer" data-hook="post-footer">
<ul class="categories" aria-label="Catégories de publication"><li><a href="{base}/blog/categories/culture">Culture</a></li><li><a href="{base}/blog/categories/entrevues">Entrevues</a></li></ul>
<div class="share-buttons" data-hook="share-buttons"><button aria-label="Partager sur Facebook"></button><button aria-label="Partager sur X"></button><button aria-label="Copier le lien"></button></div>
<div class="post-stats" data-hook="post-stats"><span>312 vues</span><span>2 commentaires</span><span aria-label="J’aime">14</span></div>
</div>
</article>
<section class="related-posts" data-hook="recent-posts"><h2>Posts récents</h2><ul>{teaser_list(related, "post-card")}</ul><a href="{base}/blog">Voir tout</a></section>
<section class="comments" data-hook="comments"><h2>Commentaires</h2>
<div class="comment"><span class="comment-author">Gisèle Babineau</span><span class="comment-date">il y a 3 jours</span><p>Bravo Denise! Ma petite-fille l’a lu en deux soirs, elle m’en lit des bouts au souper.</p></div>
<div class="comment"><span class="comment-author">R. Gallant</span><span class="comment-date">il y a 2 jours</span><p>Enfin quelqu’un qui défend nos jeunes au lieu de les corriger.</p></div>
</section>
</div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><p>Le Moniteur Acadien · 1 rue Main, Shédiac (N.-B.) E4P 2A1 · 506 532-0000</p><p>© 2026 Le Moniteur Acadien. Créé avec Wix.com</p></footer>
</div></div>
{tracking(4043, "parastorage.com", 9)}
</body>
</html>
"""
    write(
        "04_moniteuracadien_wix_interview",
        page,
        {
            "title": flat(title),
            "publication": "Le Moniteur Acadien",
            "author": "Marc-André Cormier",
            "section": "Culture",
            "date": datetime.date(2026, 11, 27),
            "source_url": url,
            "paragraphs": [flat(intro)] + [flat(t) for t, _ in qa] + [flat(book)],
            "notes": (
                "Wix blog post (Ricos viewer: every paragraph a div > p > span): interview "
                "whose questions are bold spans (paragraphs, not subheads); an italic "
                "introduction that is body text, not a distinct standfirst; 'Propos recueillis "
                "par' as an italic paragraph (a byline, not text); photo caption naming the "
                "author; closing book note kept as text; date 27 nov. 2026 in the post header "
                "and as UTC in JSON-LD (same day in Atlantic time); no section in meta or "
                "JSON-LD, the first post category 'Culture'; no <title> suffix; comments and "
                "related posts after the text."
            ),
        },
    )
