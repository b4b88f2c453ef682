# ruff: noqa: E501  (the page templates keep the long lines real saved pages have)
"""Pages 05-08 of holdout31/web: La Réunion (AMP gallery), Wallonia (Drupal 10, correction),
Québec regions (Substack newsletter), Tunisia (WordPress GeneratePress, agency TAP)."""

from __future__ import annotations

import datetime
import json

from kit import css_blob, flat, json_script, menu, paras, related, teasers, write


def page_05_clicanoo_amp_gallery() -> None:
    """Clicanoo (RE), AMP: amp-carousel gallery with captions, JSON-LD articleBody."""
    base = "https://www.clicanoo.re"
    canon = f"{base}/societe/article/2026/08/03/le-grand-raid-des-enfants-a-cilaos"
    amp = canon + "?amp=1"
    texts = [
        "Ils étaient 412 au départ, samedi à 7 heures, sur la place de l’église de Cilaos. "
        "Pour sa quatrième édition, le « Ti Raid » a réuni des enfants de 8 à 14 ans venus "
        "de toute l’île, encadrés par 90 bénévoles.",
        "Trois parcours étaient proposés : 6 kilomètres autour du Bras Sec pour les plus "
        "jeunes, 11 kilomètres jusqu’à la Roche Merveilleuse et un tracé de 16 kilomètres, "
        "avec 700 mètres de dénivelé, réservé aux collégiens licenciés.",
        "« On ne chronomètre pas les plus petits, on veut qu’ils prennent goût au sentier », "
        "explique Josiane Técher, présidente de l’association organisatrice. Chaque "
        "participant a reçu une médaille en bois de cryptomeria fabriquée par les ateliers "
        "du lycée professionnel de Saint-Louis.",
        "Sur le grand parcours, la victoire est revenue à Enzo Payet, 13 ans, du club de "
        "l’Entre-Deux, en 1 h 52. Chez les filles, Maëlle Hoarau, de Sainte-Suzanne, a "
        "bouclé la boucle en 2 h 04 malgré une chute dans la descente.",
        "Seul bémol, la navette routière depuis Saint-Louis, saturée dès 5 heures du "
        "matin. Les organisateurs réfléchissent à un départ décalé l’an prochain et à un "
        "partenariat avec le réseau Car Jaune pour des rotations supplémentaires.",
        "La mairie de Cilaos, qui prêtait gymnase et salle des fêtes, se dit prête à "
        "accueillir davantage de coureurs. Les inscriptions pour 2027 ouvriront en mars, "
        "avec un quota réservé aux écoles des quartiers prioritaires de Saint-Denis et du "
        "Port.",
    ]
    captions = [
        "Le départ sur la place de l’église, à 7 heures.",
        "Les plus jeunes au Bras Sec.",
        "Enzo Payet franchit la ligne en vainqueur.",
        "Remise des médailles en cryptomeria.",
    ]
    slides = "".join(
        f'<figure><amp-img src="{base}/images/2026/08/tiraid-{i}.jpg" width="800" height="533" '
        f'layout="responsive"></amp-img><figcaption>{c} <span class="credit">Photo Emmanuel '
        "Grondin</span></figcaption></figure>"
        for i, c in enumerate(captions)
    )
    h1 = "Le « Ti Raid » emmène 412 enfants sur les sentiers de Cilaos"
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": canon,
        "headline": "Ti Raid : 412 enfants sur les sentiers de Cilaos",
        "datePublished": "2026-08-03T18:20:00+04:00",
        "dateModified": "2026-08-04T07:05:00+04:00",
        "articleSection": "Société",
        "articleBody": " ".join(flat(t) for t in texts),
        "author": {"@type": "Person", "name": "Sophie Lauret"},
        "publisher": {
            "@type": "Organization",
            "name": "Clicanoo",
            "logo": {"@type": "ImageObject", "url": base + "/logo.png"},
        },
    }
    page = f"""<!doctype html>
<html ⚡ lang="fr"><head><meta charset="utf-8">
<title>Le « Ti Raid » emmène 412 enfants sur les sentiers de Cilaos | Clicanoo</title>
<link rel="canonical" href="{canon}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:url" content="{amp}">
<meta property="og:title" content="{h1}">
<meta property="og:site_name" content="Clicanoo">
<meta property="og:type" content="article">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>{css_blob(51, "amp", 260)}</style>
{json_script(ld)}
</head><body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>Clicanoo et ses partenaires utilisent des traceurs.</p><button on="tap:consent.accept">Accepter</button></div></amp-consent>
<header class="amp-header"><a href="{base}/"><amp-img src="{base}/logo.png" width="160" height="40" alt="Clicanoo"></amp-img></a></header>
<amp-sidebar id="sidebar" layout="nodisplay">{menu(52, "amp-menu", base, ["Société", "Faits divers", "Politique", "Sports", "Océan Indien"], 5)}</amp-sidebar>
<main><article>
<div class="amp-section"><a href="{base}/societe">Société</a></div>
<h1>{h1}</h1>
<div class="amp-byline">Sophie Lauret · <time datetime="2026-08-03T18:20:00+04:00">3 août 2026 à 18h20</time></div>
{paras(*texts[:2])}
<amp-carousel class="gallery" type="slides" layout="responsive" width="800" height="600">{slides}</amp-carousel>
{paras(*texts[2:])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/clicanoo/amp"></amp-ad>
</article>
<section class="amp-related"><h2>À lire aussi</h2>{related(53, base + "/societe/article", "amp-rel", 5)}</section></main>
<footer class="amp-footer">© 2026 Clicanoo – Le Journal de l’île de La Réunion</footer>
<amp-analytics type="googleanalytics"><script type="application/json">{{"vars":{{"account":"UA-0000-1"}}}}</script></amp-analytics>
</body></html>"""
    write(
        "05_clicanoo_amp_gallery",
        page,
        {
            "title": h1,
            "publication": "Clicanoo",
            "author": "Sophie Lauret",
            "section": "Société",
            "date": datetime.date(2026, 8, 3),
            "source_url": canon,
            "paragraphs": [flat(t) for t in texts],
            "notes": "AMP (<html ⚡>): amp-carousel gallery of four captions with photo credits "
            "between paragraphs 2 and 3 (not text); canonical ≠ og:url (?amp=1); JSON-LD "
            "headline shorter than the h1, articleBody one string; +04:00 dates; amp-ad.",
        },
    )


def page_06_lavenir_drupal_correction() -> None:
    """L'Avenir (BE), Drupal 10: figure pull quote, correction note, Belga, updated."""
    base = "https://www.lavenir.net"
    url = f"{base}/regions/namur/2026/11/05/la-citadelle-de-namur-fermee-apres-un-eboulement-LX7Q2KDM5"
    texts = [
        "Un pan de rempart d’une dizaine de mètres cubes s’est détaché mercredi en fin de "
        "soirée au-dessus de la route Merveilleuse, à Namur. Personne n’a été blessé, mais "
        "la voirie restera fermée au moins jusqu’à la fin du mois.",
        "Les pompiers de la zone NAGE ont été appelés vers 23 h 10 par un riverain qui avait "
        "entendu « un grondement sourd ». Deux voitures en stationnement ont été touchées "
        "par des blocs de pierre.",
        "Le géologue mandaté par la Ville, Olivier Dethier, a inspecté la paroi jeudi matin "
        "à l’aide d’un drone. Il pointe les fortes pluies d’octobre, qui ont saturé les "
        "joints de la maçonnerie du XVII<sup>e</sup> siècle.",
        "L’échevine du Patrimoine, Anne-Sophie Lemaire, a annoncé le déblocage d’une "
        "enveloppe d’urgence de 380 000 euros pour sécuriser les zones les plus fragiles. "
        "Un filet de protection sera posé dès la semaine prochaine.",
        "La Citadelle elle-même reste accessible aux visiteurs par le téléphérique, qui "
        "fonctionne normalement. Les bus TEC de la ligne 3 sont déviés par la chaussée de "
        "Dinant, avec un allongement de parcours d’une dizaine de minutes.",
        "Les commerçants du quartier de la Plante craignent, eux, une baisse de "
        "fréquentation pendant les fêtes de fin d’année.",
        "<em>Correction, 6 novembre à 10 h&nbsp;: une version précédente de cet article "
        "indiquait que la route resterait fermée jusqu’au printemps. La Ville vise une "
        "réouverture à la fin du mois de novembre.</em>",
    ]
    quote = "« Ce rempart a tenu trois siècles, il ne faut pas l’abandonner maintenant »"
    body = (
        paras(*texts[:3])
        + f'<figure class="quote"><blockquote><p>{quote}</p></blockquote><figcaption>Anne-Sophie '
        "Lemaire, échevine du Patrimoine</figcaption></figure>"
        + paras(*texts[3:6])
        + f'<p class="correction">{texts[6]}</p>'
    )
    h1 = "La route Merveilleuse fermée après un éboulement sous la Citadelle"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": h1,
        "datePublished": "2026-11-05T07:30:00+01:00",
        "dateModified": "2026-11-06T10:00:00+01:00",
        "articleSection": ["Namur", "Régions"],
        "author": [{"@type": "Person", "name": "Cédric Flamand"}],
        "sourceOrganization": "Belga",
        "publisher": {"@type": "NewsMediaOrganization", "name": "L'Avenir"},
    }
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#"><head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<title>La route Merveilleuse fermée après un éboulement sous la Citadelle | L'Avenir</title>
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="L'Avenir" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="Éboulement à Namur : la route Merveilleuse fermée" />
<meta property="article:published_time" content="2026-11-05T07:30:00+01:00" />
<meta property="article:modified_time" content="2026-11-06T10:00:00+01:00" />
{json_script(ld)}
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q8x3.css?delta=0" />
<style>{css_blob(61, "lav", 320)}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/8812345","currentLanguage":"fr"}},"ajaxPageState":{{"theme":"lavenir"}}}}</script>
</head><body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="sp-consent"><p>Nous respectons votre vie privée.</p><button>Tout accepter</button></div>
<header role="banner"><a href="/" rel="home" class="site-logo">L'Avenir</a>
<nav role="navigation">{menu(62, "menu--main", base, ["Régions", "Belgique", "Monde", "Sports", "Économie"])}</nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<nav class="breadcrumb"><ol><li><a href="/">Accueil</a></li><li><a href="/regions">Régions</a></li><li><a href="/regions/namur">Namur</a></li></ol></nav>
<article data-history-node-id="8812345" role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{h1}</span></h1>
<div class="field field--name-field-chapo"><p>Un pan de rempart s’est effondré mercredi soir. Aucun blessé, mais des semaines de travaux en vue.</p></div>
<div class="node__meta"><span class="field--name-field-authors">Cédric Flamand (avec Belga)</span>
<span class="date">Publié le <time datetime="2026-11-05T07:30:00+01:00">05/11/2026 à 07:30</time></span>
<span class="date-updated">Mis à jour le <time datetime="2026-11-06T10:00:00+01:00">06/11/2026 à 10:00</time></span></div>
<div class="field field--name-field-image"><img src="/sites/default/files/2026-11/citadelle.jpg" alt="" /><div class="caption">Les blocs tombés sur la chaussée. © BELGA</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">{body}</div>
<div class="field field--name-field-tags"><a href="/tag/namur">Namur</a> <a href="/tag/patrimoine">Patrimoine</a></div>
</article>
<div class="block-related"><h2>Dans la région</h2>{related(63, base + "/regions/namur", "teaser")}</div>
</main>
<footer role="contentinfo"><p>© L'Avenir 2026 – Éditions de l'Avenir</p></footer></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/sites/default/files/js/js_a9Xc.js?scope=footer&amp;delta=0"></script>
</body></html>"""
    write(
        "06_lavenir_drupal_correction",
        page,
        {
            "title": h1,
            "publication": "L'Avenir",
            "author": "Cédric Flamand",
            "agency": "Belga",
            "section": "Namur",
            "date": datetime.date(2026, 11, 5),
            "standfirst": "Un pan de rempart s’est effondré mercredi soir. Aucun blessé, mais "
            "des semaines de travaux en vue.",
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(t) for t in texts],
            "notes": "Drupal 10: field--name-field-chapo; pull quote in figure/blockquote with a "
            "figcaption attribution; correction note in italics at the end of the body (kept: "
            "body text); 'Name (avec Belga)'; articleSection list (first: Namur); og:title ≠ "
            "h1; updated the day after; © BELGA photo credit; XVII<sup>e</sup>.",
        },
    )


def page_07_substack_basstlaurent_newsletter() -> None:
    """A Substack newsletter (QC, Bas-Saint-Laurent): h2 subheads, pullquote div, preloads."""
    base = "https://lefildubas.substack.com"
    url = f"{base}/p/rimouski-le-traversier-de-lhiver-reste-a-quai"
    parts = [
        (
            "p",
            "Bonjour à toutes et à tous, et bienvenue aux 214 nouvelles personnes abonnées "
            "cette semaine. On parle aujourd’hui du traversier, de neige et d’un conseil "
            "municipal qui s’est étiré jusqu’à minuit.",
        ),
        ("h2", "Le traversier reste à quai"),
        (
            "p",
            "La Société des traversiers a confirmé lundi que le NM Bic-Islet ne reprendra "
            "pas la liaison Rimouski–Forestville avant le 15 janvier. Une pièce du système "
            "de propulsion, commandée en Norvège, n’arrivera pas avant la fin décembre.",
        ),
        (
            "p",
            "Pour les travailleurs de la Côte-Nord qui font l’aller-retour, c’est un "
            "détour de près de quatre heures par Baie-Comeau. La Société promet un "
            "remboursement partiel de l’essence, sur présentation des reçus.",
        ),
        ("q", "« On nous parle de pièces, nous on parle de nos paies »"),
        (
            "p",
            "C’est ce qu’a lancé Geneviève Pelletier, soudeuse à Forestville, devant une "
            "trentaine de personnes réunies au quai samedi. Elle estime perdre 300 $ par "
            "semaine en essence et en heures manquées.",
        ),
        ("h2", "Un budget adopté de justesse"),
        (
            "p",
            "Au conseil municipal de Rimouski, le budget 2027 a été adopté par cinq voix "
            "contre quatre, après six heures de débats. Le compte de taxes moyen "
            "augmentera de 3,9 %, surtout à cause du nouveau garage municipal.",
        ),
        (
            "p",
            "La conseillère Line Gagnon a demandé en vain qu’on reporte le projet d’un an. "
            "Le maire Dominique Bérubé a répondu que le vieux garage « ne passerait pas une "
            "autre inspection ».",
        ),
        ("h2", "En bref"),
        (
            "p",
            "Le Centre de ski du mont Comi ouvrira le 12 décembre si le froid se maintient. "
            "La piste de luge du parc Beauséjour, elle, attend toujours ses bénévoles.",
        ),
        (
            "p",
            "Merci de me lire, et n’hésitez pas à transférer ce courriel à quelqu’un qui "
            "vit au bord du fleuve.",
        ),
    ]
    body = ""
    for kind, text in parts:
        if kind == "q":
            body += f'<div class="pullquote"><p>{text}</p></div>'
        else:
            body += f"<{kind}>{text}</{kind}>"
    h1 = "Rimouski : le traversier de l’hiver reste à quai"
    std = "Aussi cette semaine : un budget adopté à une voix près et le mont Comi qui s’impatiente."
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "url": url,
        "mainEntityOfPage": url,
        "headline": h1,
        "description": std,
        "datePublished": "2026-11-18T11:00:29+00:00",
        "dateModified": "2026-11-18T11:00:29+00:00",
        "isAccessibleForFree": True,
        "author": [{"@type": "Person", "name": "Élise Ouellet", "url": base}],
        "publisher": {"@type": "Organization", "name": "Le Fil du Bas"},
    }
    preloads = {
        "post": {
            "id": 151220931,
            "title": h1,
            "subtitle": std,
            "slug": url.rsplit("/", 1)[1],
            "post_date": "2026-11-18T11:00:29.112Z",
            "audience": "everyone",
            "wordcount": 338,
            "reactions": {"❤": 47},
        },
        "pub": {"name": "Le Fil du Bas", "subdomain": "lefildubas", "language": "fr"},
        "recentPosts": teasers(71, 10, base + "/p", ["traversier", "Rimouski", "neige"] * 3),
    }
    pre = json.dumps(json.dumps(preloads, ensure_ascii=False), ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Rimouski : le traversier de l’hiver reste à quai - par Élise Ouellet</title>
<meta name="description" content="{std}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{h1}">
<meta property="og:description" content="{std}">
<meta property="og:site_name" content="Le Fil du Bas">
<meta name="author" content="Élise Ouellet">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" href="{base}/feed" title="Le Fil du Bas">
<style>{css_blob(72, "pencraft", 380)}</style>
{json_script(ld)}
</head><body class="pc-root"><div id="entry"><div class="main-menu">
<a class="navbar-title-link" href="{base}">Le Fil du Bas</a>
<button class="subscribe-btn">S’abonner</button><button>Se connecter</button></div>
<div class="single-post-container"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{h1}</h1>
<h3 class="subtitle">{std}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="{base}">Élise Ouellet</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">18 nov. 2026</div></div>
<div class="post-ufi"><a class="like-button">47</a><a class="comment-button">9</a><a class="share">Partager</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">{body}</div></div>
<div class="subscription-widget-wrap"><h3>Merci de lire Le Fil du Bas !</h3><p>Abonnez-vous gratuitement pour recevoir les prochains numéros.</p><input type="email" placeholder="Tapez votre courriel…"><button>S’abonner</button></div>
</article>
<div class="comments-section"><h4>9 commentaires</h4><div class="comment"><a>Robert Lavoie</a><span>18 nov.</span><p>Le traversier, encore… Merci pour le suivi Élise.</p></div></div>
<div class="footer-posts">{related(73, base + "/p", "portable-archive-post", 5)}</div></div>
<footer class="footer-wrap">© 2026 Élise Ouellet · <a href="https://substack.com/privacy">Confidentialité</a> · Substack est le foyer de la grande culture</footer></div>
<script>window._preloads = JSON.parse({pre})</script>
<script src="https://substackcdn.com/bundle/static/js/main.8c3d.js" charset="utf-8"></script>
</body></html>"""
    write(
        "07_substack_lefildubas_newsletter",
        page,
        {
            "title": h1,
            "publication": "Le Fil du Bas",
            "author": "Élise Ouellet",
            "section": None,
            "date": datetime.date(2026, 11, 18),
            "standfirst": std,
            "source_url": url,
            "subheads": [t for k, t in parts if k == "h2"],
            "pull_quotes": [t for k, t in parts if k == "q"],
            "paragraphs": [flat(t) for k, t in parts if k == "p"],
            "notes": "Substack newsletter: h3.subtitle standfirst; three h2 subheads; "
            "div.pullquote; no section anywhere (null); visible date '18 nov. 2026', JSON-LD "
            "in UTC (11:00Z, same day in Québec); greeting and sign-off are body text; "
            "subscribe widget, comments and _preloads JSON are not; <title> '- par Name'.",
        },
    )


def page_08_kapitalis_generatepress_tap() -> None:
    """Kapitalis (TN), WordPress GeneratePress: TAP agency, Lire aussi line, tags."""
    base = "https://kapitalis.com"
    url = f"{base}/tunisie/2026/10/22/sfax-la-recolte-doliviers-estimee-a-410-000-tonnes/"
    texts = [
        "La récolte d’olives dans le gouvernorat de Sfax est estimée à 410 000 tonnes pour "
        "la campagne 2026-2027, soit une hausse de 18% par rapport à la saison précédente, "
        "selon le commissariat régional au développement agricole (CRDA).",
        "Le commissaire régional, Mohamed Ali Jarraya, a indiqué, mercredi, lors d’une "
        "réunion consacrée aux préparatifs de la cueillette, que cette amélioration est due "
        "aux pluies du printemps, tombées au moment de la floraison.",
        "La production d’huile devrait atteindre 82 000 tonnes. Quelque 130 huileries seront "
        "mobilisées dans la région, dont une vingtaine fonctionneront en continu, de jour "
        "comme de nuit, pendant les mois de décembre et de janvier.",
        '<strong>Lire aussi : <a href="/tunisie/2026/10/10/huile-dolive-les-exportations-en-hausse/">'
        "Huile d’olive : les exportations tunisiennes en hausse</a></strong>",
        "Le responsable a toutefois mis en garde contre le manque de main-d’œuvre, qui "
        "avait retardé la cueillette l’an dernier. Les agriculteurs réclament des "
        "autorisations de travail saisonnier pour les ouvriers venus des gouvernorats de "
        "Sidi Bouzid et de Kasserine.",
        "Il a également appelé les producteurs à respecter le calendrier de récolte fixé "
        "au 5 novembre, afin de préserver la qualité de l’huile, et à éviter le gaulage, "
        "qui abîme les branches des arbres les plus anciens.",
        "Des crédits de campagne, pour un montant global de 95 millions de dinars, seront "
        "accordés par la Banque nationale agricole aux petits exploitants, a-t-il ajouté.",
        "Les services régionaux prévoient enfin des contrôles renforcés sur le transport "
        "des olives, pour limiter les vols constatés ces dernières années dans les "
        "délégations d’Agareb et de Bir Ali Ben Khélifa.",
    ]
    lire = texts[3]
    h1 = "Sfax : la récolte d’olives estimée à 410 000 tonnes"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": h1 + " | Kapitalis",
                "datePublished": "2026-10-22T14:48:12+00:00",
                "dateModified": "2026-10-22T15:10:40+00:00",
                "breadcrumb": {"@id": url + "#breadcrumb"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "BreadcrumbList",
                "@id": url + "#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
                    {"@type": "ListItem", "position": 2, "name": h1},
                ],
            },
            {"@type": "WebSite", "@id": base + "/#website", "url": base + "/", "name": "Kapitalis"},
        ],
    }
    page = f"""<!DOCTYPE html>
<html lang="fr-FR"><head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sfax : la récolte d’olives estimée à 410 000 tonnes | Kapitalis</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Sfax : la récolte d’olives estimée à 410 000 tonnes" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Kapitalis" />
<meta property="article:published_time" content="2026-10-22T14:48:12+00:00" />
<meta property="article:modified_time" content="2026-10-22T15:10:40+00:00" />
<meta name="author" content="Kapitalis" />
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel='stylesheet' id='generate-style-css' href='{base}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<style id='generate-style-inline-css'>{css_blob(81, "gp", 300)}</style>
</head>
<body class="post-template-default single single-post postid-318877 single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers" itemtype="https://schema.org/Blog" itemscope>
<div id="moove_gdpr_cookie_info_bar"><p>Ce site utilise des cookies pour améliorer votre expérience.</p><button>Accepter</button></div>
<header class="site-header" id="masthead"><div class="inside-header"><div class="site-logo"><a href="{base}/" rel="home"><img class="header-image" alt="Kapitalis" src="{base}/logo.png" /></a></div></div></header>
<nav class="main-navigation" id="site-navigation">{menu(82, "menu", base, ["Tunisie", "Maghreb", "Monde", "Economie", "Culture", "Opinion"])}</nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-318877" class="post-318877 post type-post status-publish format-standard has-post-thumbnail hentry category-tunisie tag-huile-dolive tag-sfax" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">{h1}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-10-22T14:48:12+00:00" itemprop="datePublished">22 octobre 2026</time></span> <span class="byline">par <span class="author vcard"><a class="url fn n" href="{base}/author/redaction/"><span class="author-name">Kapitalis</span></a></span></span></div>
</header>
<div class="featured-image page-header-image-single"><img src="{base}/wp-content/uploads/2026/10/oliviers-sfax.jpg" alt="" /></div>
<div class="entry-content" itemprop="text">
{paras(*texts)}
<p style="text-align: right;"><em>D’après TAP.</em></p>
</div>
<footer class="entry-meta"><span class="cat-links"><a href="{base}/category/tunisie/" rel="category tag">Tunisie</a></span> <span class="tags-links"><a href="{base}/tag/huile-dolive/" rel="tag">Huile d'olive</a>, <a href="{base}/tag/sfax/" rel="tag">Sfax</a></span></footer>
</div></article>
<div class="related-posts"><h3>Articles liés</h3>{related(83, base + "/tunisie", "rp")}</div>
<div class="comments-area" id="comments"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Laisser un commentaire</h3><form><textarea name="comment"></textarea></form></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><aside class="widget"><h2 class="widget-title">Les plus lus</h2>{related(84, base + "/tunisie", "wpp-list", 8)}</aside></div>
</div></div>
<div class="site-footer"><footer class="site-info"><div class="copyright-bar">© 2026 Kapitalis – Tunis</div></footer></div>
<script id="generate-menu-js" src="{base}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script>
</body></html>"""
    write(
        "08_kapitalis_generatepress_tap",
        page,
        {
            "title": h1,
            "publication": "Kapitalis",
            "author": None,
            "agency": "TAP",
            "section": "Tunisie",
            "date": datetime.date(2026, 10, 22),
            "source_url": url,
            "paragraphs": [flat(t) for t in texts if t is not lire],
            "notes": "WordPress GeneratePress + Yoast: JSON-LD only WebPage/BreadcrumbList/"
            "WebSite (no article section there); section from the category link (no "
            "article:section, breadcrumb holds only the article); 'Lire aussi' line as a <p> "
            "inside the text; the site as WP author (author null); closing 'D’après TAP.' "
            "(agency, not a paragraph); tags; UTC times.",
        },
    )
