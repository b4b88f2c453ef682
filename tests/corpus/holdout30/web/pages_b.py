# ruff: noqa: E501
# (the HTML templates keep a real page's long lines)
"""Pages 05-08 of holdout30/web: Le Quotidien de La Réunion (RE, Arc XP), L'Écho abitibien
(QC, WordPress GeneratePress), L'Avenir (BE, AMP), L'Omnibus (CH, Wix)."""

from __future__ import annotations

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write
from pages_a import CONSENT, related


def page05() -> None:
    """Le Quotidien de La Réunion: Arc XP, h2 subheads, figure pull quote, gallery, 'avec AFP'."""
    base = "https://www.lequotidien.re"
    url = (
        f"{base}/actualites/societe/2026/11/26/cyclone-les-ecoles-du-sud-rouvrent-apres-dix-jours/"
    )
    h1 = "Après le cyclone Ivanka, les écoles du Sud rouvrent une à une"
    sub = (
        "Dix jours après le passage du cyclone, 41 des 58 écoles de Saint-Pierre, du Tampon et "
        "de Saint-Joseph ont rouvert jeudi. Les autres attendent encore l’électricité."
    )
    part1 = [
        "À l’école Jean-Albany de Saint-Pierre, la cloche a sonné à 7&nbsp;h&nbsp;25 comme "
        "d’habitude, jeudi. Mais dans la cour, des bâches bleues couvrent encore deux salles "
        "dont la toiture a été arrachée dans la nuit du 15 au 16 novembre.",
        "«&nbsp;Les enfants avaient besoin de se retrouver. Certains n’ont plus de chambre, "
        "d’autres ont passé une semaine chez leurs grands-parents&nbsp;», raconte la "
        "directrice, Nathalie Payet. Les cours se tiennent pour l’instant dans le réfectoire "
        "et la bibliothèque.",
    ]
    h2a = "Dix-sept écoles toujours fermées"
    part2 = [
        "Selon le rectorat, dix-sept établissements restent fermés dans le Sud, la plupart "
        "dans les Hauts du Tampon et de Saint-Joseph. Faute de courant et d’eau potable, les "
        "élèves y sont accueillis dans des écoles voisines, par demi-journées.",
        "EDF indique que 3&nbsp;200 foyers étaient encore privés d’électricité mercredi soir, "
        "contre 61&nbsp;000 au lendemain du cyclone. Le retour complet est espéré «&nbsp;d’ici "
        "la fin de la semaine prochaine&nbsp;».",
    ]
    h2b = "Un fonds d’urgence pour les familles"
    part3 = [
        "À Paris, le ministère des Outre-mer a annoncé le déblocage de 12&nbsp;millions "
        "d’euros pour les familles sinistrées, selon l’AFP. Les dossiers peuvent être déposés "
        "dans les mairies jusqu’au 15&nbsp;décembre.",
        "Au Tampon, les agents municipaux ont déjà recensé plus de 900 maisons endommagées. "
        "«&nbsp;Il faudra des mois pour tout reconstruire&nbsp;», prévient l’adjoint chargé des "
        "travaux, Gilbert Hoarau. La commune a ouvert une permanence pour aider les "
        "habitants à remplir les dossiers d’assurance.",
    ]
    quote = "« Les enfants avaient besoin de se retrouver »"
    photos = [
        ("Des bâches protègent les salles de l’école Jean-Albany.", "Photo Stéphane Grondin"),
        ("Les élèves de CM2 déjeunent dans la bibliothèque.", "Photo Stéphane Grondin"),
        ("Un poteau électrique tombé sur la route de la Plaine-des-Cafres.", "Photo AFP"),
        ("Les agents d’EDF au travail au Tampon, mercredi.", "Photo Stéphane Grondin"),
    ]
    gallery = "".join(
        f'<figure class="gallery-item"><img src="{base}/resizer/ivanka-{i}.jpg" alt="">'
        f'<figcaption><span class="caption">{c}</span> <span class="credit">{cr}</span>'
        "</figcaption></figure>"
        for i, (c, cr) in enumerate(photos)
    )
    body = (
        paras(*part1, attrs='class="c-paragraph"') + "\n"
        f'<figure class="c-pullquote"><blockquote>{quote}</blockquote>'
        "<figcaption>Nathalie Payet, directrice</figcaption></figure>\n"
        f'<h2 class="c-heading">{h2a}</h2>\n' + paras(*part2, attrs='class="c-paragraph"') + "\n"
        f'<div class="c-gallery" data-gallery-id="G7KQ"><div class="c-gallery__count">'
        f"4 photos</div>{gallery}</div>\n"
        f'<h2 class="c-heading">{h2b}</h2>\n' + paras(*part3, attrs='class="c-paragraph"')
    )
    all_paras = [flat(t) for t in part1 + part2 + part3]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Cyclone Ivanka : les écoles du Sud rouvrent après dix jours",
        "description": flat(sub),
        "articleBody": " ".join(all_paras),
        "datePublished": "2026-11-26T05:48:00Z",
        "dateModified": "2026-11-26T11:20:00Z",
        "articleSection": "Société",
        "author": [{"@type": "Person", "name": "Julie Técher"}],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Le Quotidien de La Réunion"},
        "mainEntityOfPage": url,
    }
    fusion = {
        "_id": "Z4QHXK2",
        "headlines": {"basic": h1},
        "subheadlines": {"basic": flat(sub)},
        "content_elements": [{"type": "text", "content": p} for p in all_paras],
        "related": teasers(51, 30, base + "/actualites", FILLER),
    }
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cyclone Ivanka : les écoles du Sud rouvrent après dix jours | Le Quotidien de La Réunion</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{flat(sub)}">
<meta property="og:title" content="Cyclone Ivanka : les écoles du Sud rouvrent après dix jours">
<meta property="og:url" content="{url}"><meta property="og:type" content="article">
<meta property="og:site_name" content="Le Quotidien de La Réunion">
<meta property="article:published_time" content="2026-11-26T05:48:00Z">
<meta property="article:section" content="Société">
{json_script(ld)}
<style>{css_blob(52, "c", 550)}</style>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0192-re"></script>
</head><body><div id="fusion-app" class="fusion-app">{CONSENT}
<header class="c-header"><a class="c-header__logo" href="/">Le Quotidien de La Réunion</a>
<nav>{menu(53, "c-nav", base + "/actualites", ["Société", "Politique", "Faits divers", "Sport", "Économie", "Océan Indien"])}</nav></header>
<main class="b-article"><nav class="c-breadcrumb"><a href="/">Accueil</a> / <a href="/actualites">Actualités</a> / <a href="/actualites/societe">Société</a></nav>
<div class="c-overline">Cyclone Ivanka</div>
<h1 class="c-headline">{h1}</h1>
<h2 class="c-subheadline">{sub}</h2>
<div class="c-byline">Par <a href="/auteurs/julie-techer">Julie Técher</a> avec AFP</div>
<div class="c-date"><time datetime="2026-11-26T05:48:00Z">Publié le 26 novembre 2026 à 09h48</time> <span>Mis à jour le 26 novembre 2026 à 15h20</span></div>
<figure class="c-lead-art"><img src="{base}/resizer/ivanka-lead.jpg" alt=""><figcaption>La cour de l’école Jean-Albany, jeudi matin. <span class="credit">Photo Stéphane Grondin</span></figcaption></figure>
<article class="b-article-body">
{body}
</article>
<div class="c-tags"><a href="/tags/cyclone">Cyclone</a><a href="/tags/education">Éducation</a><a href="/tags/saint-pierre">Saint-Pierre</a></div>
<div class="c-newsletter"><p>Recevez chaque matin l’essentiel de l’actualité réunionnaise.</p><form><input type="email" placeholder="Votre e-mail"><button>S’inscrire</button></form></div>
{related(54, base + "/actualites", "c-related")}
</main>
<footer class="c-footer"><p>© 2026 Le Quotidien de La Réunion et de l’océan Indien</p>{menu(55, "c-footer__nav", base, ["Mentions légales", "CGU", "Contact"], 3)}</footer></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="lequotidien";Fusion.globalContent={json.dumps(fusion, ensure_ascii=False)};</script>
<script src="/pf/dist/engine/react.js?d=812" defer></script>
</body></html>
"""
    write(
        "05_lequotidienre_arcxp_gallery_pullquote_afp",
        page,
        {
            "title": h1,
            "publication": "Le Quotidien de La Réunion",
            "author": "Julie Técher",
            "agency": "AFP",
            "section": "Société",
            "date": datetime.date(2026, 11, 26),
            "standfirst": flat(sub),
            "source_url": url,
            "subheads": [h2a, h2b],
            "pull_quotes": [quote],
            "paragraphs": all_paras,
            "notes": "Arc XP: Fusion.globalContent and JSON-LD articleBody repeat the text; "
            "JSON-LD and og:title headline differ from the h1; standfirst h2.c-subheadline; "
            "'Par A avec AFP'; pull quote in figure.c-pullquote with its attribution in a "
            "figcaption; a four-photo gallery between paragraphs (captions and credits are not "
            "text); dates in UTC (05:48Z = 09:48 in Réunion, same day); overline is not the "
            "section.",
        },
    )


def page06() -> None:
    """L'Écho abitibien, Québec: WordPress GeneratePress, three authors, bio box, pull quote."""
    base = "https://www.lechoabitibien.ca"
    url = f"{base}/2026/11/13/la-riviere-harricana-sous-surveillance-apres-un-deversement/"
    h1 = "Déversement dans l’Harricana : Amos exige des comptes de la minière"
    og = "Déversement dans la rivière Harricana : la Ville d’Amos réclame des explications"
    texts = [
        "La Ville d’Amos a mis en demeure, mercredi, la société Minière Lac-Castagnier de lui "
        "transmettre d’ici sept jours tous les résultats d’analyses liés au déversement "
        "survenu le 4&nbsp;novembre dans un affluent de la rivière Harricana.",
        "Selon le ministère de l’Environnement, environ 380&nbsp;mètres cubes d’eau chargée "
        "de résidus se sont écoulés d’un bassin de rétention après la rupture d’une conduite. "
        "La minière affirme que la fuite a été colmatée en moins de trois heures.",
        "«&nbsp;Nous avons appris l’incident par un citoyen, pas par l’entreprise. Ce n’est "
        "pas acceptable quand il s’agit de la rivière qui alimente notre ville en eau "
        "potable&nbsp;», a déclaré le maire, Réal Lachance, en conseil municipal.",
        "La prise d’eau municipale se trouve à une quinzaine de kilomètres en aval. Les "
        "premiers prélèvements faits par la Ville ne montrent pas de dépassement des normes, "
        "mais des échantillons ont été envoyés à un laboratoire de Québec pour une analyse "
        "des métaux lourds.",
        "Du côté de la communauté anishinabe de Pikogan, on demande d’être associé au suivi. "
        "«&nbsp;L’Harricana, on y pêche, on y navigue, nos aînés y ont grandi&nbsp;», rappelle "
        "la conseillère Annie Kistabish.",
        "Joint par notre équipe, le directeur des opérations de la minière, Pascal Gagnon, "
        "assure que l’entreprise «&nbsp;collabore pleinement&nbsp;» et qu’un rapport complet "
        "sera déposé au ministère avant la fin du mois. Le conseil municipal "
        "reviendra sur le dossier lors de sa séance du 1<sup>er</sup>&nbsp;décembre.",
    ]
    quote = "« Nous avons appris l’incident par un citoyen, pas par l’entreprise. »"
    body = (
        paras(*texts[:3]) + "\n"
        f'<figure class="wp-block-pullquote"><blockquote><p>{quote}</p><cite>Réal Lachance, '
        "maire d’Amos</cite></blockquote></figure>\n" + paras(*texts[3:])
    )
    authors = ["Mélanie Gingras", "Louis-Philippe Roy", "Sophie Mapachee"]
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": og + " - L'Écho abitibien",
                "datePublished": "2026-11-13T16:05:00+00:00",
                "dateModified": "2026-11-14T13:30:00+00:00",
                "breadcrumb": {"@id": url + "#breadcrumb"},
                "inLanguage": "fr-CA",
            },
            {
                "@type": "BreadcrumbList",
                "@id": url + "#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Actualités",
                        "item": base + "/actualites/",
                    },
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "Environnement",
                        "item": base + "/actualites/environnement/",
                    },
                    {"@type": "ListItem", "position": 4, "name": og},
                ],
            },
            {"@type": "WebSite", "@id": base + "/#website", "name": "L'Écho abitibien"},
        ],
    }
    byline = ", ".join(
        f'<span class="author vcard"><a class="url fn n" href="{base}/author/{a.lower()[:5]}/">'
        f"{a}</a></span>"
        for a in authors
    )
    bios = "".join(
        f'<div class="author-box"><img src="{base}/wp-content/uploads/auteur-{i}.jpg" alt="">'
        f'<div class="author-box__text"><p class="author-box__name">{a}</p><p>{bio}</p></div></div>'
        for i, (a, bio) in enumerate(
            zip(
                authors,
                [
                    "Journaliste à L'Écho abitibien depuis 2019, Mélanie couvre la politique municipale.",
                    "Louis-Philippe s’intéresse aux ressources naturelles et au monde minier.",
                    "Stagiaire à la rédaction, Sophie étudie le journalisme à l’UQAT.",
                ],
                strict=True,
            )
        )
    )
    comments = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta">'
        f'<b class="fn">{who}</b> <time datetime="2026-11-1{d}">1{d} novembre 2026</time></footer>'
        f'<div class="comment-content"><p>{what}</p></div></article></li>'
        for who, d, what in [
            ("Guy Boisvert", "4", "Encore une fois, on apprend tout par la bande."),
            ("Chantal R.", "5", "Merci pour ce suivi, continuez de poser des questions."),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{og} - L'Écho abitibien</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_CA"><meta property="og:type" content="article">
<meta property="og:title" content="{og}"><meta property="og:url" content="{url}">
<meta property="og:site_name" content="L'Écho abitibien">
<meta property="article:published_time" content="2026-11-13T16:05:00+00:00">
<meta property="article:modified_time" content="2026-11-14T13:30:00+00:00">
<meta name="author" content="Mélanie Gingras">
{json_script(ld, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel="stylesheet" id="generate-style-css" href="{base}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1" media="all">
<style id="generate-style-inline-css">{css_blob(61, "gp", 450)}</style>
</head>
<body class="post-template-default single single-post postid-40127 single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers">
{CONSENT}
<a class="screen-reader-text skip-link" href="#content">Aller au contenu</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="{base}/" rel="home">L'Écho abitibien</a></p><p class="site-description">L’actualité d’Amos et de la région</p></div></div></header>
<nav class="main-navigation" id="site-navigation">{menu(62, "menu", base, ["Actualités", "Sports", "Culture", "Affaires", "Opinions", "Avis publics"])}</nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<nav class="yoast-breadcrumbs"><span><span><a href="{base}/">Accueil</a></span> » <span><a href="{base}/actualites/">Actualités</a></span> » <span><a href="{base}/actualites/environnement/">Environnement</a></span> » <span class="breadcrumb_last" aria-current="page">{og}</span></span></nav>
<article id="post-40127" class="post-40127 post type-post status-publish category-actualites category-environnement tag-amos tag-harricana tag-mines">
<div class="inside-article"><header class="entry-header">
<h1 class="entry-title">{h1}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-11-13T11:05:00-05:00">13 novembre 2026</time><time class="updated" datetime="2026-11-14T08:30:00-05:00">14 novembre 2026</time></span> <span class="byline">par {byline}</span></div>
</header>
<div class="featured-image"><img src="{base}/wp-content/uploads/2026/11/harricana.jpg" alt=""><figcaption class="wp-element-caption">La rivière Harricana, en aval du site minier. (Photo : L'Écho abitibien, Louis-Philippe Roy)</figcaption></div>
<div class="entry-content">
{body}
</div>
<footer class="entry-meta"><span class="cat-links">Catégories <a href="{base}/actualites/" rel="category tag">Actualités</a>, <a href="{base}/actualites/environnement/" rel="category tag">Environnement</a></span> <span class="tags-links">Étiquettes <a href="{base}/tag/amos/" rel="tag">Amos</a>, <a href="{base}/tag/harricana/" rel="tag">Harricana</a>, <a href="{base}/tag/mines/" rel="tag">Mines</a></span></footer>
<div class="author-boxes">{bios}</div>
</div></article>
{related(63, base + "/actualites", "related-posts")}
<div class="comments-area" id="comments"><h3 class="comments-title">2 réflexions sur « {og} »</h3><ol class="comment-list">{comments}</ol></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><aside class="widget"><h2 class="widget-title">Avis de décès</h2><ul>{"".join(f"<li>{t['title']}</li>" for t in teasers(64, 12, base, FILLER))}</ul></aside></div>
</div></div>
<footer class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar">© 2026 L'Écho abitibien – Tous droits réservés</div></div></footer>
<script id="generate-menu-js" src="{base}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script>
</body></html>
"""
    write(
        "06_lechoabitibien_generatepress_three_authors_bio",
        page,
        {
            "title": h1,
            "publication": "L'Écho abitibien",
            "author": "Mélanie Gingras, Louis-Philippe Roy et Sophie Mapachee",
            "section": "Environnement",
            "date": datetime.date(2026, 11, 13),
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(t) for t in texts],
            "notes": "WordPress GeneratePress + Yoast: @graph with only WebPage, BreadcrumbList "
            "and WebSite (no Article, no article:section), so the breadcrumb's Environnement "
            "is the section, not the first category; og:title and <title> differ from the h1; "
            "three authors as three links joined by commas; wp-block-pullquote with cite; "
            "three author bios after the text; tags; comments; meta author names only one; "
            "updated the next day.",
        },
    )


def page07() -> None:
    """L'Avenir, Wallonie: AMP, agency-only Belga with a dateline, aside pull quote."""
    base = "https://www.lavenir.net"
    url = f"{base}/regions/namur/2026/11/10/la-citadelle-de-namur-ferme-son-telepherique-pour-six-mois-ZK4QW7/"
    amp = url + "amp/"
    h1 = "La Citadelle de Namur ferme son téléphérique pour six mois"
    texts = [
        "Namur (Belga) – Le téléphérique qui relie le centre de Namur à la Citadelle sera "
        "mis à l’arrêt du 5&nbsp;janvier au 30&nbsp;juin 2027, a annoncé mardi la Ville. Les "
        "câbles et les deux stations doivent être entièrement révisés, cinq ans après la "
        "mise en service de l’installation.",
        "Le chantier est estimé à 2,3&nbsp;millions d’euros, dont un tiers pris en charge par "
        "la Région wallonne. L’exploitant, la régie communale Namur Citadelle, explique que "
        "l’usure des poulies a été plus rapide que prévu en raison de la fréquentation.",
        "En 2025, le téléphérique a transporté plus de 410&nbsp;000 passagers, un record. Les "
        "week-ends d’été, l’attente pouvait dépasser quarante minutes au pied de la "
        "Sambre.",
        "Pendant les travaux, une navette électrique gratuite fera la liaison toutes les "
        "quinze minutes entre la gare et l’esplanade de la Citadelle, de 9&nbsp;h à 19&nbsp;h. "
        "Les parkings du sommet resteront accessibles.",
        "L’échevine du Tourisme, Charlotte Deborsu, assure que le calendrier a été choisi "
        "«&nbsp;pour épargner la haute saison&nbsp;». Le téléphérique doit rouvrir le "
        "1<sup>er</sup>&nbsp;juillet, à temps pour les vacances scolaires.",
        "Les commerçants de la rue du Pont redoutent toutefois un hiver et un printemps "
        "plus calmes. «&nbsp;Beaucoup de touristes passent par chez nous en descendant de la "
        "Citadelle&nbsp;», souligne Marc Lhoest, qui tient une gaufrerie près de la station "
        "basse. Une réunion avec la Ville est prévue le 24&nbsp;novembre.",
    ]
    quote = "«&nbsp;Pour épargner la haute saison&nbsp;»"
    body = (
        paras(*texts[:4]) + "\n"
        f'<aside class="article__quote"><p>{quote}</p><span class="article__quote-author">'
        "Charlotte Deborsu, échevine du Tourisme</span></aside>\n"
        '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/lavenir/namur">'
        "<div placeholder>Publicité</div></amp-ad>\n" + paras(*texts[4:])
    )
    all_paras = [flat(t) for t in texts]
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": url,
        "headline": h1,
        "articleBody": "\n".join(all_paras),
        "articleSection": "Namur",
        "datePublished": "2026-11-10T14:22:00+01:00",
        "dateModified": "2026-11-10T14:22:00+01:00",
        "author": {"@type": "Organization", "name": "Belga"},
        "publisher": {
            "@type": "Organization",
            "name": "L'Avenir",
            "logo": {"@type": "ImageObject", "url": base + "/logo-amp.png"},
        },
        "image": [base + "/medias/teleferique-namur.jpg"],
    }
    amp_boiler = (
        "body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start "
        "8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}"
        "to{visibility:visible}}"
    )
    analytics = {
        "vars": {"account": "UA-AVENIR-7"},
        "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}},
        "extraUrlParams": {
            "related": [t["url"] for t in teasers(71, 40, base + "/regions", FILLER)]
        },
    }
    page = f"""<!doctype html>
<html ⚡ lang="fr">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<title>La Citadelle de Namur ferme son téléphérique pour six mois - L'Avenir</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:url" content="{amp}">
<meta property="og:title" content="Namur : le téléphérique de la Citadelle à l’arrêt jusqu’en juin">
<meta property="og:site_name" content="L'Avenir">
<meta property="article:section" content="Régions">
{json_script(ld)}
<style amp-custom>{css_blob(72, "av", 300)}</style>
<style amp-boilerplate>{amp_boiler}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
</head>
<body>
<amp-consent id="consent" layout="nodisplay"><script type="application/json">{{"consentInstanceId":"lavenir","checkConsentHref":"https://consent.lavenir.net/check"}}</script>
<div class="consent-ui">Nous et nos partenaires utilisons des cookies. <button on="tap:consent.accept">Accepter</button></div></amp-consent>
<header class="amp-header"><a href="{base}/"><amp-img src="{base}/logo-amp.png" width="140" height="32" alt="L'Avenir"></amp-img></a></header>
<nav class="amp-nav">{menu(73, "amp-menu", base + "/regions", ["Namur", "Luxembourg", "Brabant wallon", "Huy-Waremme", "Verviers"], 5)}</nav>
<main><article class="article">
<div class="article__kicker">Namur</div>
<h1 class="article__title">{h1}</h1>
<div class="article__meta"><span class="article__author">Belga</span> · <time datetime="2026-11-10T14:22:00+01:00">Publié le 10/11/2026 à 14:22</time></div>
<figure class="article__image"><amp-img src="{base}/medias/teleferique-namur.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img><figcaption>Le téléphérique relie le centre-ville à la Citadelle depuis 2021. © BELGA</figcaption></figure>
<div class="article__body">
{body}
</div>
<div class="article__share"><a href="#">Partager sur Facebook</a> <a href="#">Partager par e-mail</a></div>
</article>
<section class="related"><h2>Sur le même sujet</h2>{"".join(f'<a href="{t["url"]}">{t["title"]}</a>' for t in teasers(74, 6, base + "/regions/namur", FILLER))}</section>
</main>
<footer class="amp-footer"><p>© 2026 L'Avenir – Éditions de l'Avenir</p><a href="{url}">Voir la version complète</a></footer>
<amp-analytics type="googleanalytics"><script type="application/json">{json.dumps(analytics)}</script></amp-analytics>
</body></html>
"""
    write(
        "07_lavenir_amp_belga_dateline",
        page,
        {
            "title": h1,
            "publication": "L'Avenir",
            "author": None,
            "agency": "Belga",
            "section": "Namur",
            "date": datetime.date(2026, 11, 10),
            "source_url": url,
            "pull_quotes": [flat(quote)],
            "paragraphs": all_paras,
            "notes": "AMP page: canonical differs from og:url (…/amp/); agency-only Belga in "
            "the byline and as JSON-LD Organization author (author null); dateline paragraph "
            "'Namur (Belga) –' kept whole; JSON-LD articleSection Namur beats article:section "
            "Régions; pull quote in an aside with its own author line; amp-ad 'Publicité' "
            "between paragraphs; photo credit © BELGA is no agency credit by itself.",
        },
    )


def page08() -> None:
    """L'Omnibus, Orbe (Vaud): Wix blog, no article JSON-LD, plain blockquote of a letter."""
    base = "https://www.lomnibus.ch"
    url = f"{base}/post/chavornay-la-derniere-epicerie-du-village-cherche-un-repreneur"
    h1 = "Chavornay: la dernière épicerie du village cherche un repreneur"
    og = "La dernière épicerie de Chavornay cherche un repreneur"
    before = [
        "Depuis trente-quatre ans, Josiane et Bernard Cherpillod ouvrent chaque matin à "
        "6&nbsp;h&nbsp;30 les volets de l’épicerie de la Grand-Rue. Pain, journaux, fromage de "
        "la laiterie voisine, et un peu de conversation. Au 31&nbsp;mars, le couple prendra sa "
        "retraite, et personne ne s’est encore présenté pour reprendre le commerce.",
        "«&nbsp;On a mis une annonce en juin. On a eu trois visites, puis plus rien&nbsp;», "
        "raconte Bernard Cherpillod, 67&nbsp;ans, derrière sa caisse. Le loyer est modeste, "
        "mais le chiffre d’affaires a reculé depuis l’ouverture d’un grand magasin à Orbe, à "
        "cinq minutes en voiture.",
        "La semaine dernière, le couple a affiché dans la vitrine une lettre adressée aux "
        "habitants. Elle dit ceci:",
    ]
    letter = [
        "«Chers clients, chers voisins, nous avons eu la chance de vous servir pendant plus de "
        "trente ans. Nous aimerions que la boutique vive encore après nous.",
        "Si vous connaissez quelqu’un qui rêve d’un petit commerce, parlez-lui de nous. Nous "
        "l’aiderons à démarrer.»",
    ]
    after = [
        "La Municipalité dit suivre le dossier de près. «&nbsp;Une épicerie, c’est aussi un "
        "lieu où les aînés se croisent et où l’on prend des nouvelles&nbsp;», estime le syndic, "
        "Laurent Desmeules. La commune pourrait renoncer à une partie du loyer pendant deux "
        "ans, si un projet sérieux se présente.",
        "Une séance d’information est prévue le 3&nbsp;décembre à 19&nbsp;h à la grande salle. "
        "Les personnes intéressées peuvent aussi s’adresser directement au magasin.",
    ]
    wix_p = 'class="_1lgEP" dir="auto"'

    def wp(texts: list[str]) -> str:
        return "\n".join(
            f'<p {wix_p}><span class="_2PHJq public-DraftStyleDefault-ltr">{t}</span></p>'
            for t in texts
        )

    body = (
        wp(before) + "\n"
        f'<blockquote class="_3aFsl public-DraftStyleDefault-block">{wp(letter)}</blockquote>\n'
        + wp(after)
    )
    warmup = {
        "appsWarmupData": {
            "blog": {
                "posts": [
                    {
                        "id": "6571a0c2f",
                        "title": og,
                        "slug": url.rsplit("/", 1)[1],
                        "excerpt": flat(before[0])[:140],
                        "firstPublishedDate": "2026-11-12T08:00:00.000Z",
                        "lastPublishedDate": "2026-11-13T15:40:00.000Z",
                        "categoryIds": ["region"],
                    }
                ],
                "recent": teasers(81, 30, base + "/post", FILLER),
            }
        }
    }
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder">
<title>{og}</title>
<meta name="description" content="{flat(before[0])[:150]}">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{og}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="L'Omnibus">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-12T08:00:00.000Z">
<meta property="article:modified_time" content="2026-11-13T15:40:00.000Z">
<meta property="article:author" content="Élodie Cuérel">
<style>{css_blob(82, "_wix", 700)}</style>
<script type="text/javascript">window.viewerModel = {{"siteFeatures":["bgScrub","cookiesManager","consentPolicy","seo","blog"],"site":{{"metaSiteId":"3f1c9a52","siteId":"a8e2"}}}};</script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="SCROLL_TO_TOP"></div>
<div id="consent-policy-banner" class="_3Q4nA" role="dialog"><p>Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.</p><button>Accepter</button><button>Paramètres</button></div>
<header id="SITE_HEADER"><div id="comp-logo"><a href="{base}"><wix-image><img src="https://static.wixstatic.com/media/omnibus-logo.png" alt="L'Omnibus"></wix-image></a></div>
<div class="header-tagline">L’hebdomadaire de la région d’Orbe</div>
<nav id="comp-menu">{menu(83, "_menu", base, ["Actualités", "Région", "Sports", "Agenda", "Annonces", "Abonnement"], 4)}</nav></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="blog-post-page-font">
<article class="blog-post-page-font _2Bkq1" data-hook="post">
<div class="post-header"><div data-hook="post-categories"><a href="{base}/blog/categories/region" class="_3CrQ9">Région</a></div>
<div class="_2_9Xh" data-hook="post-metadata"><span data-hook="user-name">Élodie Cuérel</span> · <span data-hook="time-ago" title="12 nov. 2026">12 nov. 2026</span> · <span>Mis à jour : 13 nov. 2026</span> · <span data-hook="time-to-read">2 min de lecture</span></div>
<h1 class="_1j-51 blog-post-title-font" data-hook="post-title"><span class="blog-post-title-color">{h1}</span></h1></div>
<div class="post-content__body" data-hook="post-description"><div class="_2r-3R">
<figure data-hook="figure-IMAGE"><wix-image><img src="https://static.wixstatic.com/media/epicerie-chavornay.jpg" alt=""></wix-image><figcaption data-hook="imageViewerCaption">Josiane et Bernard Cherpillod dans leur épicerie de la Grand-Rue. Photo: Élodie Cuérel</figcaption></figure>
{body}
</div></div>
<div class="post-footer"><ul data-hook="post-tags"><li><a href="{base}/blog/hashtags/commerce">commerce</a></li><li><a href="{base}/blog/hashtags/chavornay">chavornay</a></li></ul>
<div data-hook="post-social-counters"><span>127 vues</span> <span>0 commentaire</span></div></div>
</article>
<section data-hook="recent-posts"><h2>Posts récents</h2>{"".join(f'<a href="{t["url"]}">{t["title"]}</a>' for t in teasers(84, 3, base + "/post", FILLER))}<a href="{base}/blog">Voir tout</a></section>
</div></div></main>
<footer id="SITE_FOOTER"><p>© 2026 par L'Omnibus – Journal d’Orbe et environs. Créé avec Wix.com</p></footer></div></div>
<script type="application/json" id="wix-warmup-data">{json.dumps(warmup, ensure_ascii=False)}</script>
<script async src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.5f2c.bundle.min.js"></script>
</body></html>
"""
    write(
        "08_lomnibus_wix_blockquote_no_jsonld",
        page,
        {
            "title": h1,
            "publication": "L'Omnibus",
            "author": "Élodie Cuérel",
            "section": "Région",
            "date": datetime.date(2026, 11, 12),
            "source_url": url,
            "paragraphs": [flat(t) for t in before + letter + after],
            "notes": "Wix blog: no JSON-LD at all; <title> without site name and equal to "
            "og:title, both differ from the h1; the h1 comes after the metadata line; every "
            "paragraph a p>span; the couple's letter in a plain blockquote of two paragraphs "
            "(quotation, not a pull quote: its paragraphs are text); date 'nov.' abbreviated, "
            "with UTC article:published_time (08:00Z = 09:00 in Orbe); category link 'Région' "
            "the only section source; photo caption credits the author.",
        },
    )
