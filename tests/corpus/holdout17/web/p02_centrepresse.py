# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Centre Presse Aveyron (custom): an AFP dispatch with a dateline, a video and 'Lire aussi'."""

import datetime

from chrome import consent, css_blob, footer, menu, teaser_grid, tracking
from kit import flat, json_script, paras, write


def page() -> None:
    """Agency-only credit (JSON-LD author is an Organization), dateline, article:section."""
    base = "https://www.centrepresseaveyron.fr"
    url = f"{base}/2026/11/30/millau-un-troupeau-de-brebis-bloque-le-viaduc-pendant-deux-heures-12914407.php"
    title = "Millau : un troupeau de brebis bloque l’accès au viaduc pendant deux heures"
    lead = (
        "Près de 300 brebis échappées d’une bergerie du Larzac ont envahi lundi matin la "
        "bretelle d’accès de l’A75. Aucun blessé n’est à déplorer."
    )
    p = [
        "Millau (AFP) - Une scène peu banale pour les automobilistes de l’A75&nbsp;: environ "
        "300 brebis ont bloqué lundi matin, pendant près de deux heures, la bretelle d’accès "
        "nord au viaduc de Millau, a-t-on appris auprès de la préfecture de l’Aveyron.",
        "Les animaux, des lacaunes destinées à la production de lait pour le roquefort, "
        "s’étaient échappés vers 6h00 d’une bergerie de La Cavalerie dont une clôture avait "
        "été endommagée par les rafales de la nuit, selon la gendarmerie.",
        "«&nbsp;Elles ont suivi la route, tout simplement. Une brebis en suit une autre, et "
        "quand la meneuse part, tout le troupeau part&nbsp;», a expliqué à l’AFP l’éleveur, "
        "Bastien Roques, joint par téléphone.",
        "La circulation a été interrompue dans le sens Clermont-Ferrand - Montpellier entre "
        "7h10 et 9h05, le temps pour les gendarmes, aidés de deux voisins et de leurs chiens, "
        "de regrouper les bêtes sur un chemin communal. Des bouchons de six kilomètres se sont "
        "formés en amont.",
        "La société concessionnaire du viaduc, la Compagnie Eiffage du viaduc de Millau, a "
        "indiqué qu’aucun dégât n’avait été constaté sur l’ouvrage, inauguré en 2004. Deux "
        "brebis ont été légèrement blessées et prises en charge par un vétérinaire.",
        "La préfecture a rappelé que les éleveurs doivent signaler toute divagation d’animaux "
        "sur la voie publique et que les clôtures en bordure d’axes routiers font l’objet "
        "d’une vigilance particulière pendant les épisodes de vent fort.",
        "L’Aveyron, premier département ovin de France, compte plus de 900&nbsp;000 brebis, "
        "dont la majorité dans le bassin de production du roquefort.",
    ]
    lire = (
        '<div class="lire-aussi"><span class="lire-aussi__label">Lire aussi :</span> '
        f'<a href="{base}/2026/11/12/roquefort-la-collecte-de-lait-en-baisse-12871102.php">'
        "Roquefort : la collecte de lait de brebis en baisse de 4 % cette année</a></div>"
    )
    video = (
        '<div class="video-player" data-provider="dailymotion" data-video-id="x9q4kz2">'
        '<iframe src="https://geo.dailymotion.com/player/x1a2b.html?video=x9q4kz2" '
        'allowfullscreen title="Vidéo"></iframe><p class="video-player__legend">VIDÉO. '
        "Les images des brebis sur la bretelle de l’A75</p></div>"
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2026-11-30T11:42:00+01:00",
        "dateModified": "2026-11-30T14:05:00+01:00",
        "author": [{"@type": "Organization", "name": "AFP"}],
        "publisher": {
            "@type": "Organization",
            "name": "Centre Presse Aveyron",
            "logo": {"@type": "ImageObject", "url": f"{base}/images/logo-cpa.png"},
        },
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/images/2026/11/30/brebis-a75.jpg",
            "width": 1280,
            "height": 720,
        },
        "speakable": {"@type": "SpeakableSpecification", "cssSelector": ["h1", ".article-chapo"]},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    nav = menu(
        201, "menu", base, ["Rodez", "Millau", "Villefranche", "Decazeville", "Sports", "Agenda"], 8
    )
    page = f"""<!DOCTYPE html>
<html lang="fr"><head>
<meta charset="UTF-8">
<title>{title} - centrepresseaveyron.fr</title>
<meta name="description" content="{flat(lead)}">
<meta property="og:site_name" content="Centre Presse Aveyron">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{title}">
<meta property="article:section" content="Faits divers">
<meta property="article:published_time" content="2026-11-30T11:42:00+01:00">
<meta property="article:author" content="AFP">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="{url.replace(".php", ".amp.php")}">
<style>{css_blob(21, "cpa", 460)}</style>
{json_script(ld)}
{tracking(22, "cpa")}
</head>
<body class="page-article">
{consent("sd-cmp", "Centre Presse Aveyron")}
<header id="header"><a href="{base}/" class="logo" title="Centre Presse Aveyron"><img src="{base}/images/logo-cpa.svg" alt="Centre Presse"></a><nav id="nav">{nav}</nav>
<a class="btn-abo" href="{base}/abonnement">S’abonner</a></header>
<div id="content">
<div class="ariane" itemscope itemtype="https://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{base}/"><span itemprop="name">Accueil</span></a><meta itemprop="position" content="1"></span> &gt; <span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{base}/millau/"><span itemprop="name">Millau</span></a><meta itemprop="position" content="2"></span> &gt; <span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{base}/faits-divers/"><span itemprop="name">Faits divers</span></a><meta itemprop="position" content="3"></span></div>
<article class="article">
<h1 class="article-titre">{title}</h1>
<p class="article-chapo">{lead}</p>
<div class="article-infos"><span class="article-auteur">AFP</span> <time datetime="2026-11-30T11:42:00+01:00">Publié le 30/11/2026 à 11:42</time>, mis à jour à 14:05</div>
<div class="article-partage"><a href="#">Partager</a><a href="#">Facebook</a><a href="#">X</a><a href="#">Copier le lien</a></div>
<div class="article-texte">
{paras(p[:3])}
{lire}
<div class="pub pub-inread" id="div-gpt-3"><span class="pub__label">Publicité</span></div>
{paras(p[3:5])}
{video}
{paras(p[5:])}
</div>
<div class="article-mots-cles">Mots-clés : <a href="{base}/tags/millau">Millau</a>, <a href="{base}/tags/a75">A75</a>, <a href="{base}/tags/elevage">Élevage</a></div>
</article>
<aside class="a-lire"><h2>À lire également</h2>{teaser_grid(23, 150, base, "card")}</aside>
</div>
{footer("Centre Presse Aveyron", "Centre Presse", base)}
</body></html>
"""
    write(
        "02_centrepresse_custom_afp_dispatch",
        page,
        {
            "title": title,
            "publication": "Centre Presse Aveyron",
            "author": None,
            "agency": "AFP",
            "section": "Faits divers",
            "date": datetime.date(2026, 11, 30),
            "standfirst": lead,
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "AFP dispatch: the only credit is 'AFP' (byline element, article:author, "
            "JSON-LD Organization author), so author is null. Dateline 'Millau (AFP) -' kept in "
            "the first paragraph. article:section 'Faits divers' (no articleSection); microdata "
            "breadcrumb agrees. 'Lire aussi', ad slot and Dailymotion player with a legend "
            "between paragraphs; speakable; tags line.",
        },
    )
