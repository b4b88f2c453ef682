# ruff: noqa: E501 (HTML templates keep the long lines pages have)
"""Pages 05-08: Monaco-Matin (MC, AMP gallery), Heidi.news (CH, Ghost newsletter), Jeune
Afrique (CM, WordPress JNews), Le Quotidien (QC, Arc XP)."""

from __future__ import annotations

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, related, teasers, tracking, write


def page05() -> None:
    """Monaco-Matin: AMP page, a gallery of captions, pull quote in an aside."""
    base = "https://www.monacomatin.mc"
    canon = f"{base}/vie-locale/un-jardin-suspendu-sur-le-toit-du-parking-des-moulins-8845120"
    title = "Un jardin suspendu sur le toit du parking des Moulins"
    intro = [
        "Il a fallu dix-huit mois de travaux et 2 400 tonnes de terre montées par grue pour "
        "transformer le toit du parking des Moulins en jardin. Le nouvel espace, baptisé "
        "Jardin des Terrasses, a été inauguré samedi matin en présence du ministre d’État.",
        "Sur 3 200 m², les paysagistes ont planté 140 arbres, dont des caroubiers, des "
        "oliviers et des pins d’Alep, choisis pour résister aux embruns et au vent d’est. Un "
        "système de récupération des eaux de pluie alimente l’arrosage goutte-à-goutte.",
    ]
    quote = "« Nous voulions un jardin qui vive avec le climat de Monaco, pas contre lui. »"
    rest = [
        "« Chaque essence a été testée pendant un an dans une pépinière de Fontvieille avant "
        "d’être plantée ici », précise Laure Castellini, paysagiste de la Direction de "
        "l’aménagement urbain. Les premiers arbres atteindront leur taille adulte d’ici cinq "
        "ans.",
        "Le jardin est ouvert tous les jours de 7 heures à 20 heures, et jusqu’à 22 heures "
        "l’été. On y accède par deux ascenseurs depuis le boulevard des Moulins et par un "
        "escalier depuis la rue Grimaldi. Une aire de jeux et une petite buvette complètent "
        "l’ensemble.",
        "Les riverains, qui avaient contesté le chantier pour ses nuisances, semblent "
        "convaincus. « On a perdu un an de tranquillité, mais on gagne un vrai parc sous nos "
        "fenêtres », sourit Gérard Pastor, président d’une association du quartier.",
        "Le Gouvernement prévoit deux autres toitures végétalisées d’ici 2029, sur des "
        "bâtiments publics du Jardin Exotique et de la Condamine.",
    ]
    captions = [
        "L’allée principale bordée d’oliviers.",
        "Vue sur le port Hercule depuis la terrasse haute.",
        "L’aire de jeux, ouverte aux enfants de 2 à 10 ans.",
        "Les caroubiers ont été plantés en septembre.",
        "Le ministre d’État coupe le ruban samedi matin.",
    ]
    gallery = "".join(
        f'<figure><amp-img src="{base}/media/jardin-{i}.jpg" width="1200" height="800" '
        f'layout="responsive" alt=""></amp-img><figcaption>{c} '
        f"<span>(Photo Jean-François Ottonello)</span></figcaption></figure>"
        for i, c in enumerate(captions)
    )
    paragraphs = intro + rest
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2026-11-14T18:30:00+01:00",
        "dateModified": "2026-11-15T08:02:00+01:00",
        "author": {"@type": "Person", "name": "Cédric Verrando"},
        "publisher": {"@type": "Organization", "name": "Monaco-Matin"},
        "articleSection": "Vie locale",
        "articleBody": " ".join(paragraphs),
        "mainEntityOfPage": canon,
    }
    page = f"""<!doctype html>
<html ⚡ lang="fr"><head><meta charset="utf-8">
<title>{title} - Monaco-Matin</title>
<link rel="canonical" href="{canon}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:url" content="{canon}"><meta property="og:site_name" content="Monaco-Matin">
<meta property="og:title" content="{title}"><meta property="og:type" content="article">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>{css_blob(51, "mm", 500)}</style>
{json_script(ld)}
</head><body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>Ce site utilise des
cookies.</p><button on="tap:consent.accept">Accepter</button><button on="tap:consent.reject">Refuser</button></div></amp-consent>
<header class="mm-header"><a href="{base}">Monaco-Matin</a><amp-sidebar id="menu" layout="nodisplay">
{menu(52, "mm-nav", base, ["Monaco", "Vie locale", "Sports", "Économie", "People"])}</amp-sidebar></header>
<main><article class="mm-article">
<p class="mm-article__kicker"><a href="{base}/vie-locale">Vie locale</a></p>
<h1 class="mm-article__title">{title}</h1>
<div class="mm-article__meta"><span class="mm-author">Par Cédric Verrando</span>
<time datetime="2026-11-14T18:30:00+01:00">Publié le 14/11/2026 à 18:30</time>
<span>Mis à jour le 15/11/2026 à 08:02</span></div>
<div class="mm-article__body">
{paras(*intro)}
<amp-carousel class="mm-gallery" type="slides" layout="responsive" width="1200" height="900">{gallery}</amp-carousel>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/monacomatin/amp"><div fallback>Publicité</div></amp-ad>
{paras(rest[0])}
<aside class="mm-quote"><p>{quote}</p><span class="mm-quote__author">Laure Castellini, paysagiste</span></aside>
{paras(*rest[1:])}
</div>
<div class="mm-tags"><a href="{base}/tag/jardins">Jardins</a> <a href="{base}/tag/urbanisme">Urbanisme</a></div>
</article>
<section class="mm-related"><h2>Sur le même sujet</h2>{related(53, base, "mm-teaser", 6)}</section></main>
<footer><p>Monaco-Matin © 2026</p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-MM05"}}}}</script></amp-analytics>
</body></html>"""
    write(
        "05_monacomatin_amp_gallery_aside",
        page,
        {
            "title": title,
            "publication": "Monaco-Matin",
            "author": "Cédric Verrando",
            "section": "Vie locale",
            "date": datetime.date(2026, 11, 14),
            "source_url": canon,
            "pull_quotes": [quote],
            "paragraphs": [flat(p) for p in paragraphs],
            "notes": "AMP page (<html ⚡>, amp-img, amp-carousel, amp-ad 'Publicité'); gallery of "
            "five captions with photo credit inside the body, not text; pull quote in an aside with "
            "its attribution; JSON-LD articleBody; published 14/11, updated 15/11.",
        },
    )


def page06() -> None:
    """Heidi.news on Ghost: newsletter issue, two authors, h2 subheads, blockquote, bios."""
    base = "https://www.heidi.news"
    url = f"{base}/climat/les-bisses-du-valais-manquent-de-bras/"
    title = "Les bisses du Valais manquent de bras"
    excerpt = (
        "Les consortages qui entretiennent les canaux d’irrigation peinent à recruter. "
        "Reportage à Savièse et Nendaz."
    )
    part1 = [
        "Il est sept heures et demie, et Pierre-Alain Dubuis a déjà rempli deux brouettes de "
        "feuilles mortes. Le long du bisse du Torrent-Neuf, au-dessus de Savièse, ce "
        "retraité de 71 ans nettoie le canal chaque automne depuis 1989. « Cette année, nous "
        "étions huit. Il y a vingt ans, on était quarante », dit-il.",
        "Le Valais compte encore près de 200 bisses en activité, ces canaux creusés à flanc "
        "de montagne pour amener l’eau des glaciers vers les prés et les vignes. La plupart "
        "sont gérés par des consortages, des associations de propriétaires dont les membres "
        "doivent des journées de travail.",
    ]
    sub1 = "Des journées de corvée de plus en plus rares"
    part2 = [
        "Or les propriétaires vieillissent, et beaucoup de parcelles ont été vendues à des "
        "citadins qui ne savent pas qu’ils doivent une corvée. À Nendaz, le consortage du "
        "bisse Vieux a dû payer une entreprise pour la première fois, pour 14 000 francs.",
    ]
    quote = "Quand un bisse n’est plus entretenu, il meurt en trois hivers."
    sub2 = "Le tourisme comme bouée"
    part3 = [
        "Paradoxe: les sentiers qui longent les bisses n’ont jamais été aussi fréquentés. "
        "Selon Valais Wallis Promotion, ils attirent plus de 300 000 randonneurs par an. "
        "Plusieurs communes envisagent une taxe de passage, ou des chantiers participatifs "
        "ouverts aux visiteurs.",
        "« Les gens viennent marcher ici pour la beauté du lieu. S’ils prenaient une pelle "
        "une matinée par an, le problème serait réglé », sourit Marie-Noëlle Fournier, "
        "secrétaire du consortage de Savièse.",
        "Le canton, lui, prépare une aide de 1,2 million de francs sur quatre ans pour les "
        "bisses classés. Les premières demandes seront examinées au printemps.",
    ]
    authors = [
        (
            "Sarah Bonvin",
            "Sarah Bonvin est journaliste à Heidi.news, où elle couvre les "
            "questions de climat et de montagne.",
        ),
        ("Luca Gaillard", "Luca Gaillard est photographe et journaliste indépendant, basé à Sion."),
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {
            "@type": "Organization",
            "name": "Heidi.news",
            "logo": {"@type": "ImageObject", "url": f"{base}/content/images/logo.png"},
        },
        "author": [
            {"@type": "Person", "name": a, "url": f"{base}/author/{a.split()[0].lower()}/"}
            for a, _ in authors
        ],
        "headline": title,
        "url": url,
        "datePublished": "2026-11-12T06:00:00.000Z",
        "dateModified": "2026-11-12T09:41:18.000Z",
        "keywords": "Climat, Valais, Newsletter",
        "description": excerpt,
        "mainEntityOfPage": url,
    }
    bios = "".join(
        f'<div class="author-card"><img class="author-profile-image" src="{base}/content/images/'
        f'{a.split()[0].lower()}.jpg" alt="{a}"><div><h4 class="author-name"><a href="{base}/author/'
        f'{a.split()[0].lower()}/">{a}</a></h4><p class="author-bio">{b}</p></div></div>'
        for a, b in authors
    )
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3d4e5">
<meta name="description" content="{excerpt}">
<link rel="canonical" href="{url}">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Heidi.news"><meta property="og:type" content="article">
<meta property="og:title" content="{title}"><meta property="og:description" content="{excerpt}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-11-12T06:00:00.000Z">
<meta property="article:modified_time" content="2026-11-12T09:41:18.000Z">
<meta property="article:tag" content="Climat"><meta property="article:tag" content="Valais">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="Écrit par">
<meta name="twitter:data1" content="Sarah Bonvin, Luca Gaillard">
{json_script(ld)}
<meta name="generator" content="Ghost 5.96">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="{base}/" data-key="8f3c1d9e2a7b" data-api="{base}/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">{css_blob(61, "gh-portal", 700)}</style>
</head><body class="post-template tag-climat tag-valais tag-hash-newsletter">
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<a class="gh-head-logo" href="{base}">Heidi.news</a>
<nav class="gh-head-menu">{menu(62, "nav", base, ["Climat", "Santé", "Sciences", "Genève", "Explorations"], 4)}</nav>
<div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">Se connecter</a>
<a href="#/portal/signup" data-portal="signup" class="gh-head-button">S’abonner</a></div></div></header>
<main id="site-main" class="site-main"><article class="article post tag-climat">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags">
<span class="post-card-primary-tag"><a href="{base}/tag/climat/">Climat</a></span></section>
<h1 class="article-title">{title}</h1>
<p class="article-excerpt">{excerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list">
<li class="author-list-item"><a href="{base}/author/sarah/" class="author-avatar"><img src="/content/images/sarah.jpg" alt="Sarah Bonvin"></a></li>
<li class="author-list-item"><a href="{base}/author/luca/" class="author-avatar"><img src="/content/images/luca.jpg" alt="Luca Gaillard"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="{base}/author/sarah/">Sarah Bonvin</a>, <a href="{base}/author/luca/">Luca Gaillard</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-12">12 nov. 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 3 min de lecture</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/11/bisse-saviese.jpg" alt="">
<figcaption>Le bisse du Torrent-Neuf, au-dessus de Savièse. <span>Photo: Luca Gaillard</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas">
{paras(*part1)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{base}/climat/glacier-de-la-plaine-morte/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">Lire aussi: le glacier de la Plaine Morte a perdu 9 mètres en deux étés</div>
<div class="kg-bookmark-description">Nos mesures avec l’Université de Fribourg.</div></div></a></figure>
<h2 id="des-journees">{sub1}</h2>
{paras(*part2)}
<blockquote class="kg-blockquote-alt">{quote}</blockquote>
<h2 id="le-tourisme">{sub2}</h2>
{paras(*part3)}
<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">Le Point du jour</h2>
<p class="kg-signup-card-subheading">Recevez notre newsletter chaque matin à 7 heures.</p>
<form data-members-form="signup"><input type="email" placeholder="Votre e-mail"><button>S’inscrire</button></form></div>
</section>
<section class="article-authors gh-canvas">{bios}</section>
</article>
<aside class="read-more-wrap outer"><h3>Plus d’articles</h3>{related(63, base, "post-card", 3)}</aside>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div>
<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js"></script></section>
</main>
<footer class="site-footer outer"><div class="inner">Heidi.news © 2026 · Publié avec Ghost</div></footer></div>
<script src="/assets/built/casper.js?v=a1b2c3d4e5"></script>
</body></html>"""
    write(
        "06_heidinews_ghost_two_authors_bio",
        page,
        {
            "title": title,
            "publication": "Heidi.news",
            "author": "Sarah Bonvin et Luca Gaillard",
            "section": "Climat",
            "date": datetime.date(2026, 11, 12),
            "standfirst": excerpt,
            "source_url": url,
            "subheads": [sub1, sub2],
            "pull_quotes": [quote],
            "paragraphs": [flat(p) for p in part1 + part2 + part3],
            "notes": "Ghost 5 (Casper-like): <title> without site name; p.article-excerpt as "
            "standfirst; two authors as two links joined by a comma; kg-bookmark 'Lire aussi' card "
            "and newsletter signup card inside the text (its h2 is no subhead); "
            "kg-blockquote-alt pull quote; author bios after the text; no articleSection: the "
            "primary tag 'Climat' is the kicker.",
        },
    )


def page07() -> None:
    """Jeune Afrique: WordPress JNews, 'Lire aussi' inside the text, AFP, correction note."""
    base = "https://www.jeuneafrique.com"
    url = f"{base}/1699321/economie/a-douala-les-dockers-suspendent-leur-greve/"
    title = "À Douala, les dockers suspendent leur grève après neuf jours"
    og_title = "Cameroun : fin de la grève au port de Douala"
    part1 = [
        "Les grues du terminal à conteneurs de Douala ont redémarré lundi matin. Réunis en "
        "assemblée dimanche soir, les quelque 1 300 dockers du port ont voté la suspension "
        "d’un mouvement qui avait paralysé les quais pendant neuf jours.",
        "Le syndicat des travailleurs portuaires réclamait une revalorisation de la prime de "
        "manutention, inchangée depuis 2019, et l’embauche en contrat à durée indéterminée "
        "de 400 journaliers. Il a obtenu une hausse de 18 % de la prime et un calendrier "
        "d’embauche sur deux ans.",
    ]
    part2 = [
        "« Ce n’est pas tout ce que nous demandions, mais c’est une première victoire », a "
        "déclaré à l’AFP Emmanuel Ngando, secrétaire général du syndicat. La direction du port "
        "a salué « un accord responsable » et promis de résorber les retards d’ici trois "
        "semaines.",
        "Selon la chambre de commerce, plus de 160 navires attendaient au mouillage à la fin "
        "de la semaine dernière. Les importateurs de riz et de ciment, qui dépendent presque "
        "entièrement du port, avaient commencé à rationner leurs livraisons.",
        "Au Tchad et en Centrafrique, dont une grande partie du fret transite par Douala, les "
        "transporteurs signalaient déjà des pénuries de carburant à Moundou et à Bangui.",
        "Les négociations reprendront le 1<sup>er</sup> décembre sur la question des "
        "journaliers les plus anciens, dont certains travaillent sur les quais depuis plus de "
        "quinze ans sans contrat.",
    ]
    correction = (
        "<em>Correctif, 17 novembre à 15 h 20 : une version précédente de cet article "
        "indiquait que la prime avait été augmentée de 25 %. La hausse obtenue est de "
        "18 %.</em>"
    )
    author = "Armel Nkodo"
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": og_title,
        "datePublished": "2026-11-17T10:05:00+01:00",
        "dateModified": "2026-11-17T15:20:00+01:00",
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": "Jeune Afrique"},
        "articleSection": "Économie",
        "keywords": ["Cameroun", "Douala", "Syndicats"],
    }
    page = f"""<!DOCTYPE html>
<html lang="fr-FR"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{og_title} – Jeune Afrique</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{og_title}"><meta property="og:url" content="{url}">
<meta property="og:site_name" content="JeuneAfrique.com"><meta property="og:type" content="article">
<meta property="article:section" content="Économie">
<meta property="article:published_time" content="2026-11-17T09:05:00+00:00">
<meta property="article:modified_time" content="2026-11-17T14:20:00+00:00">
<style id="jnews-dynamic-css">{css_blob(71, "jeg", 700)}</style>
{json_script(ld)}
{tracking("JA07")}
</head><body class="post-template-default single single-post jeg_single_tpl_2 jnews">
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_topbar"><span class="jeg_top_date">mardi 17 novembre 2026</span></div>
<div class="jeg_logo"><a href="{base}">Jeune Afrique</a></div>
<div class="jeg_main_menu_wrapper">{menu(72, "jeg_menu", base, ["Politique", "Économie", "Culture", "Société", "Sport"])}</div></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="{base}">Accueil</a></span>
<i class="fa fa-angle-right"></i><span><a href="{base}/economie/">Économie</a></span>
<i class="fa fa-angle-right"></i><span class="breadcrumb_last_link">Cameroun</span></div></div>
<div class="entry-header"><div class="jeg_post_category"><a href="{base}/pays/cameroun/">Cameroun</a></div>
<h1 class="jeg_post_title">{title}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta"><div class="jeg_meta_author">Par
<a href="{base}/auteurs/anokdo/">{author}</a> (à Douala) avec AFP</div>
<div class="jeg_meta_date"><a href="{url}">17 novembre 2026 à 10h05</a></div>
<div class="jeg_meta_date">Mis à jour le 17 novembre 2026 à 15h20</div></div></div></div>
<div class="jeg_featured featured_image"><img src="{base}/medias/2026/11/port-douala.jpg" alt="">
<p class="wp-caption-text">Le terminal à conteneurs du port de Douala, en 2025. © Reinnier Kaze/AFP</p></div>
<div class="jeg_inner_content"><div class="content-inner">
{paras(*part1)}
<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post">
<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Lire aussi</span></h3></div>
<ul><li><a href="{base}/1688410/economie/cameroun-le-port-de-kribi-double-sa-capacite/">Cameroun : le port de Kribi double sa capacité</a></li>
<li><a href="{base}/1674002/politique/transport-le-corridor-douala-ndjamena-en-chantier/">Transport : le corridor Douala-N’Djamena en chantier</a></li></ul></div></div>
{paras(*part2)}
<p class="correction">{correction}</p>
<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><span>Publicité</span></div>
</div>
<div class="jeg_post_tags"><span>Tags:</span> <a href="{base}/tag/cameroun/">Cameroun</a> <a href="{base}/tag/douala/">Douala</a> <a href="{base}/tag/syndicats/">Syndicats</a></div>
</div>
<div class="jeg_share_bottom_container"><a href="#">Facebook</a><a href="#">LinkedIn</a></div>
<div class="jnews_related_post_container"><h3>Articles liés</h3>{related(73, base, "jeg_post", 6)}</div>
<div class="jnews_comment_container"><h3>3 commentaires</h3><ol class="commentlist">
<li><b>Paul E.</b> <span>17 novembre 2026 à 12h40</span><p>Enfin un accord, les importateurs souffraient.</p></li>
<li><b>Mbarga</b> <span>17 novembre 2026 à 13h02</span><p>Et les journaliers, toujours rien de concret.</p></li></ol></div>
</div></div></div>
<div class="jeg_footer"><p>© 2026 Jeune Afrique – Tous droits réservés</p></div></div>
<script src="{base}/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.6.4"></script>
</body></html>"""
    write(
        "07_jeuneafrique_jnews_lireaussi_correction",
        page,
        {
            "title": title,
            "publication": "Jeune Afrique",
            "author": author,
            "agency": "AFP",
            "section": "Économie",
            "date": datetime.date(2026, 11, 17),
            "source_url": url,
            "paragraphs": [flat(p) for p in part1 + part2 + [correction]],
            "notes": "WordPress JNews; og:title, <title> and JSON-LD headline differ from the h1 "
            "(h1 wins); byline 'Par A (à Douala) avec AFP'; 'Lire aussi' box with an h3 between "
            "paragraphs (no subhead); correction note in italics at the end kept as body text; "
            "'1<sup>er</sup>'; og:site_name 'JeuneAfrique.com' vs publisher 'Jeune Afrique'; "
            "breadcrumb ends with 'Cameroun' but articleSection wins; photo credit AFP is no agency.",
        },
    )


def page08() -> None:
    """Le Quotidien (Saguenay): Arc XP, BreadcrumbList only, figure pull quote, PC credit."""
    base = "https://www.lequotidien.com"
    url = f"{base}/actualites/economie/2026/11/16/laluminerie-de-jonquiere-suspend-un-agrandissement-K7QZ3H5ABC/"
    title = "L’aluminerie de Jonquière met son agrandissement sur pause"
    sub = "Des sous-traitants inquiets"
    part1 = [
        "Le projet d’agrandissement de l’aluminerie de Jonquière, évalué à 1,4 milliard de "
        "dollars, est suspendu pour au moins un an. La direction en a informé ses 1 100 "
        "employés lundi matin, lors d’une rencontre tenue à l’usine.",
        "L’entreprise invoque la hausse du coût de l’électricité prévue au contrat qu’elle "
        "négocie avec Hydro-Québec, ainsi que l’incertitude sur les tarifs douaniers "
        "américains. Les travaux préparatoires, amorcés au printemps, seront terminés, mais "
        "aucune nouvelle cuve ne sera construite avant 2028.",
        "« Nous ne renonçons pas au projet. Nous attendons d’avoir des règles du jeu claires », "
        "a affirmé le directeur des opérations, Martin Lapointe, en point de presse.",
    ]
    quote = "«On avait engagé du monde en pensant que le chantier partait cet hiver.»"
    part2 = [
        "Au syndicat, on se dit déçu, sans être surpris. « Les rumeurs circulaient depuis "
        "l’été. Ce qui nous importe, c’est qu’aucun emploi permanent ne soit touché », a "
        "indiqué le président de la section locale, Stéphane Gagnon.",
        "Pour les entreprises de la région qui comptaient sur le chantier, la nouvelle tombe "
        "mal. Chez Soudures Boivin, à Saguenay, une quinzaine de soudeurs avaient été "
        "embauchés en prévision des travaux. « On va devoir trouver d’autres contrats, "
        "et vite », résume la propriétaire, Annie Boivin.",
        "À Québec, le ministre de l’Économie a assuré qu’il restait en contact avec "
        "l’entreprise. Le gouvernement avait promis un prêt de 150 millions de dollars pour "
        "soutenir l’agrandissement.",
        "La chambre de commerce de Saguenay–Lac-Saint-Jean estime que le projet aurait "
        "généré environ 900 emplois pendant les trois années de construction.",
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "Actualités",
                "item": f"{base}/actualites/",
            },
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Économie",
                "item": f"{base}/actualites/economie/",
            },
        ],
    }
    fusion = {
        "_id": "K7QZ3H5ABC",
        "type": "story",
        "headlines": {
            "basic": title,
            "web": "Jonquière: l'agrandissement de l'aluminerie suspendu",
        },
        "credits": {"by": [{"name": "Sophie Tremblay", "org": "Le Quotidien"}]},
        "first_publish_date": "2026-11-16T11:00:00.000Z",
        "last_updated_date": "2026-11-16T19:30:00.000Z",
        "content_elements": [{"type": "text", "content": p} for p in part1 + part2],
        "related": teasers(81, 18, base, FILLER),
    }
    fusion_json = json.dumps(fusion, ensure_ascii=False).replace("</", "<\\/")
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>L’aluminerie de Jonquière met son agrandissement sur pause | Le Quotidien</title>
<link rel="canonical" href="{url}">
<meta name="description" content="Le projet de 1,4 milliard est suspendu pour au moins un an.">
<meta property="og:title" content="Jonquière: l'agrandissement de l'aluminerie suspendu">
<meta property="og:url" content="{url}"><meta property="og:site_name" content="Le Quotidien">
<meta property="og:type" content="article">
<style>{css_blob(82, "b-", 700)}</style>
{json_script(ld)}
<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{{}};Fusion.arcSite="le-quotidien";Fusion.globalContent={fusion_json};Fusion.contentCache={{}};</script>
{tracking("LQ08")}
</head><body><div id="fusion-app" class="layout-section">
<div class="b-consent"><p>Ce site utilise des témoins (cookies) pour améliorer votre expérience.</p><button>J’accepte</button></div>
<header class="b-header-nav-chain"><a class="b-logo" href="{base}">Le Quotidien</a>
<nav>{menu(83, "b-nav", base, ["Actualités", "Sports", "Arts", "Opinions", "Affaires"])}</nav></header>
<main><nav class="b-breadcrumb"><a href="{base}/actualites/">Actualités</a> › <a href="{base}/actualites/economie/">Économie</a></nav>
<article class="b-article-body-block">
<div class="b-overline"><span>Exclusif</span></div>
<h1 class="b-headline">{title}</h1>
<div class="b-byline">Par <a href="{base}/auteurs/sophie-tremblay/">Sophie Tremblay</a>, Le Quotidien, avec La Presse Canadienne</div>
<div class="b-date"><time datetime="2026-11-16T06:00:00-05:00">Publié le 16 novembre 2026 à 6 h 00</time>
<span>Mis à jour à 14 h 30</span></div>
<figure class="b-lead-art"><img src="{base}/resizer/aluminerie.jpg" alt="">
<figcaption>Les travaux préparatoires avaient commencé en avril. <span class="b-credit">(Mathieu Gauthier-Bouchard/Archives Le Quotidien)</span></figcaption></figure>
{paras(*part1, attrs='class="c-paragraph"')}
<figure class="c-pullquote"><blockquote>{quote}</blockquote><figcaption>Annie Boivin, Soudures Boivin</figcaption></figure>
<h2 class="c-heading">{sub}</h2>
{paras(*part2, attrs='class="c-paragraph"')}
<div class="b-newsletter"><h3>Infolettre</h3><p>Recevez chaque matin les nouvelles du Saguenay–Lac-Saint-Jean.</p></div>
</article>
<section class="b-comments"><h3>Commentaires</h3><p>Connectez-vous pour commenter.</p></section>
<section class="b-related">{related(84, base, "b-card", 8)}</section></main>
<footer><p>© 2026 Le Quotidien – Coopérative nationale de l’information indépendante</p></footer></div>
<script src="/pf/dist/engine/react.js?d=512&mxId=00000000" defer></script>
</body></html>"""
    write(
        "08_lequotidien_arcxp_breadcrumb_pc",
        page,
        {
            "title": title,
            "publication": "Le Quotidien",
            "author": "Sophie Tremblay",
            "agency": "La Presse Canadienne",
            "section": "Économie",
            "date": datetime.date(2026, 11, 16),
            "source_url": url,
            "subheads": [sub],
            "pull_quotes": [quote],
            "paragraphs": [flat(p) for p in part1 + part2],
            "notes": "Arc XP: JSON-LD only a BreadcrumbList (section from it, the overline "
            "'Exclusif' is no section); Fusion.globalContent holds the text; og:title differs; "
            "'Par A, Le Quotidien, avec La Presse Canadienne'; published 6 h 00, updated 14 h 30 "
            "the same day; pull quote in figure.c-pullquote with its own figcaption; newsletter "
            "box and comments after the text.",
        },
    )
