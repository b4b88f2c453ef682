# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Radio Lac (custom): a Geneva news item with an audio player, 'avec Keystone-ATS'."""

import datetime

from chrome import consent, css_blob, footer, menu, teaser_grid, tracking
from kit import flat, paras, write


def page() -> None:
    """No JSON-LD: section from the breadcrumb; 'Écouter' player; date as 30.11.2026."""
    base = "https://www.radiolac.ch"
    url = f"{base}/actualite/geneve/les-mouettes-genevoises-augmentent-leurs-tarifs-en-2027/"
    title = "Les Mouettes genevoises augmentent leurs tarifs en 2027"
    p = [
        "Traverser la rade coûtera plus cher l’an prochain. Les Mouettes genevoises "
        "navigation (SMGN) ont annoncé lundi une hausse de 50&nbsp;centimes du billet "
        "simple, qui passera de 3&nbsp;francs à 3&nbsp;fr.&nbsp;50 au 1<sup>er</sup>&nbsp;février.",
        "La compagnie justifie cette augmentation par le coût de l’électrification de sa "
        "flotte. Deux nouveaux bateaux à propulsion électrique doivent entrer en service au "
        "printemps sur la ligne M3, entre les Pâquis et Genève-Plage.",
        "«&nbsp;Nous n’avions pas touché aux prix depuis 2015. Les abonnés Unireso ne sont pas "
        "concernés, et c’est la grande majorité de nos passagers&nbsp;», a précisé au micro de "
        "Radio Lac le directeur de la SMGN, Olivier Rochat.",
        "Le Parti socialiste genevois dénonce une mesure qui touche d’abord les touristes et "
        "les usagers occasionnels. Sa députée Amélie Favre annonce une question écrite urgente "
        "au Conseil d’État, actionnaire indirect de la compagnie par les TPG.",
        "Les Mouettes ont transporté 1,6&nbsp;million de passagers en 2025, un record. La "
        "fréquentation a progressé de 12&nbsp;% sur un an, portée par la fermeture partielle "
        "du pont du Mont-Blanc pendant les travaux d’été.",
        "La hausse doit encore être validée par le conseil d’administration des TPG, qui se "
        "réunit le 15&nbsp;décembre. En cas de refus, la compagnie prévient qu’elle devra "
        "réduire la cadence de la ligne M4 le dimanche, de dix à vingt minutes entre deux "
        "départs, pendant toute la saison d’hiver.",
    ]
    audio = (
        '<div class="audio-player" data-src="https://audio.radiolac.ch/2026/11/30/mouettes.mp3">'
        '<button class="audio-player__play" aria-label="Écouter">▶</button>'
        '<span class="audio-player__title">Écouter le sujet de Nadia Berset</span>'
        '<span class="audio-player__duration">01:42</span></div>'
    )
    nav = menu(
        601,
        "nav",
        base,
        ["Actualité", "Genève", "Vaud", "Suisse", "Sport", "Podcasts", "Concours"],
        8,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr"><head>
<meta charset="utf-8">
<title>Radio Lac - {title}</title>
<meta name="description" content="Le billet simple passera à 3 fr. 50 au 1er février.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Radio Lac">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/uploads/2026/11/mouettes-rade.jpg">
<meta property="article:published_time" content="2026-11-30T07:12:00+01:00">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="{base}/assets/css/app.4c1d.css">
<style>{css_blob(61, "rl", 520)}</style>
{tracking(62, "radiolac")}
<script>window.RL_PLAYER={{"stream":"https://stream.radiolac.ch/live.mp3","now":"Le 6-9 de Radio Lac"}};</script>
</head>
<body class="page-article">
{consent("axeptio", "Radio Lac")}
<div class="live-bar"><span>En direct</span> <strong>Le 6-9 de Radio Lac</strong> <button>Écouter le direct</button></div>
<header class="header"><a href="{base}/" class="header__logo"><img src="{base}/assets/img/radiolac.svg" alt="Radio Lac"></a><nav>{nav}</nav></header>
<main class="main">
<ul class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{base}/"><span itemprop="name">Accueil</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{base}/actualite/"><span itemprop="name">Actualité</span></a><meta itemprop="position" content="2"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{base}/actualite/geneve/"><span itemprop="name">Genève</span></a><meta itemprop="position" content="3"></li></ul>
<article class="news">
<h1 class="news__title">{title}</h1>
<div class="news__meta"><span class="news__date">30.11.2026 - 07:12</span> <span class="news__author">Nadia Berset avec Keystone-ATS</span></div>
<figure class="news__image"><img src="{base}/uploads/2026/11/mouettes-rade.jpg" alt=""><figcaption>Une mouette dans la rade de Genève. (Keystone / Salvatore Di Nolfi)</figcaption></figure>
{audio}
<div class="news__content">
{paras(p[:3])}
<div class="ad-slot" id="div-gpt-7"><small>Annonce</small></div>
{paras(p[3:])}
</div>
<div class="news__share">Partager : <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a></div>
</article>
<aside class="podcasts"><h2>Nos podcasts</h2><ul><li>La Matinale</li><li>Le Débat</li><li>Lac Sport</li></ul></aside>
<section class="news-list"><h2>Dernières actualités</h2>{teaser_grid(63, 150, base, "news-card")}</section>
</main>
{footer("Radio Lac", "Radio Lac SA", base)}
</body></html>
"""
    write(
        "06_radiolac_custom_audio_ats",
        page,
        {
            "title": title,
            "publication": "Radio Lac",
            "author": "Nadia Berset",
            "agency": "Keystone-ATS",
            "section": "Genève",
            "date": datetime.date(2026, 11, 30),
            "standfirst": None,
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Radio site, no JSON-LD: section from the microdata breadcrumb's last item, "
            "date from '30.11.2026 - 07:12' and article:published_time. Byline 'Name avec "
            "Keystone-ATS'. <title> puts the site first ('Radio Lac - …'). No standfirst (the "
            "meta description is not one). Audio player 'Écouter le sujet de …' and the live "
            "bar are chrome; ad slot 'Annonce' between paragraphs; 1<sup>er</sup>; caption "
            "credit in parentheses.",
        },
    )
