# ruff: noqa: E501  (HTML templates are written as the pages hold them)
"""Pages 05 (Le Nouvelliste, Haïti, home-made PHP with <br> paragraphs) and 06 (Sudinfo,
Wallonia, AMP with a gallery)."""

from __future__ import annotations

import datetime

from kit import css_blob, flat, footer_links, json_script, menu, paras, related, write

HT_BASE = "https://lenouvelliste.com"
HT_URL = f"{HT_BASE}/article/251487/cap-haitien-les-marchandes-du-marche-cluny-relogees-a-titre-provisoire"
HT_TITLE = "Cap-Haïtien : les marchandes du marché Cluny relogées à titre provisoire"
HT_SUBHEAD = "Une aide jugée insuffisante"
HT_P1 = [
    "Depuis lundi, près de trois cents marchandes du marché Cluny ont pris place sur le "
    "terrain vague situé derrière la cathédrale de Cap-Haïtien. La mairie y a fait "
    "installer des tentes et deux citernes d'eau après l'effondrement partiel de la "
    "toiture du vieux marché, le 9 novembre, qui avait fait quatre blessés.",
    '"On nous a donné un emplacement de deux mètres sur deux, il faut tout recommencer", '
    "confie Marie-Josette Pierre-Louis, qui vend des épices et du charbon depuis vingt-six "
    "ans. Beaucoup de clientes ne savent pas encore où trouver leurs commerçantes "
    "habituelles, et les ventes ont chuté de moitié, selon plusieurs vendeuses.",
    "Le maire adjoint, Frantz Dorvil, assure que l'installation ne durera pas plus de six "
    "mois. Des ingénieurs du ministère des Travaux publics doivent rendre d'ici la fin de "
    "l'année un rapport sur l'état de la structure, construite en 1957.",
]
HT_P2 = [
    "La mairie a versé une allocation unique de 5 000 gourdes à chaque marchande inscrite "
    "sur ses registres. Une somme que l'association des commerçantes du Cap estime "
    "dérisoire, alors que la plupart d'entre elles ont perdu une partie de leur stock dans "
    "l'effondrement.",
    "L'association réclame la création d'un fonds de crédit à taux zéro et la présence "
    "d'agents de sécurité la nuit sur le site provisoire, où deux vols ont déjà été "
    "signalés. Une rencontre avec le conseil municipal est prévue vendredi. Les marchandes "
    "menacent de manifester devant l'hôtel de ville si elles ne sont pas entendues.",
]


def page05_lenouvelliste_ht_php_br_uppercase_author() -> None:
    top = ["Actualités", "Politique", "Économie", "Société", "Régions", "Culture", "Sports"]
    seg1 = "<br><br>\n".join(HT_P1)
    seg2 = "<br><br>\n".join(HT_P2)
    body = f"{seg1}<br><br>\n<b>{HT_SUBHEAD}</b><br><br>\n{seg2}<br><br>\n<i>W. J.-B.</i>"
    popular = "".join(
        f'<tr><td class="num">{i}</td><td><a href="{HT_BASE}/article/{251300 + i * 17}">{t}</a></td></tr>'
        for i, t in enumerate(
            [
                "Le taux de référence de la BRH fixé à 131,42 gourdes",
                "Jacmel : le carnaval 2027 aura lieu en février",
                "Les examens officiels de 9e AF reportés d'une semaine",
                "Port-de-Paix : une nouvelle salle d'urgence inaugurée",
                "Football : les Grenadières qualifiées pour la phase finale",
            ],
            1,
        )
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="fr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{HT_TITLE} - Le Nouvelliste</title>
<meta name="keywords" content="Cap-Haïtien, marché Cluny, marchandes, mairie, Nord">
<meta name="description" content="Depuis lundi, près de trois cents marchandes du marché Cluny ont pris place sur le terrain vague situé derrière la cathédrale.">
<meta property="og:title" content="{HT_TITLE}">
<meta property="og:type" content="article">
<meta property="og:url" content="{HT_URL}">
<meta property="og:image" content="{HT_BASE}/public/images/2026/11/cluny-tentes.jpg">
<meta property="og:site_name" content="Le Nouvelliste">
<meta property="fb:app_id" content="1584201736">
<link rel="stylesheet" type="text/css" href="/css/style.css?v=20190412">
<style type="text/css">{css_blob(51, "nv", 700)}</style>
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-1234567-1']);_gaq.push(['_trackPageview']);</script>
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<div id="cookie-notice" style="position:fixed;bottom:0">Ce site utilise des cookies pour améliorer votre expérience. <a href="/confidentialite">En savoir plus</a> <a href="#" onclick="acceptCookies();return false;">J'accepte</a></div>
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0" id="page">
<tr><td colspan="2" class="topbar">Mercredi 2 décembre 2026 | <a href="/abonnement">Abonnement</a> | <a href="/archives">Archives</a> | <a href="/contact">Contact</a></td></tr>
<tr><td colspan="2" class="header"><a href="/"><img src="/images/logo-nouvelliste.png" alt="Le Nouvelliste" width="380" height="70" border="0"></a><div class="slogan">Le plus ancien quotidien d'Haïti</div></td></tr>
<tr><td colspan="2" class="menu">{menu(52, "menuhaut", HT_BASE + "/rubrique", top, 5)}</td></tr>
<tr><td width="680" valign="top" class="colonne_gauche">
<div class="fil_ariane"><a href="/">Accueil</a> &raquo; <a href="/rubrique/regions">Régions</a></div>
<h1 class="titre_article">{HT_TITLE}</h1>
<table width="100%" cellpadding="0" cellspacing="0" class="infos_article"><tr><td class="auteur">Wislande JEAN-BAPTISTE</td><td class="date" align="right">Publié le : 2026-11-18</td></tr></table>
<table width="100%" class="photo_article"><tr><td><img src="{HT_BASE}/public/images/2026/11/cluny-tentes.jpg" width="660" alt=""></td></tr>
<tr><td class="legende">Les tentes installées derrière la cathédrale du Cap-Haïtien. Photo : Jean Ronald Toussaint / Le Nouvelliste</td></tr></table>
<div class="texte_article" id="articleBody">
{body}
</div>
<div class="partage"><a href="https://www.facebook.com/sharer.php?u={HT_URL}">Partager sur Facebook</a> | <a href="https://wa.me/?text={HT_URL}">WhatsApp</a> | <a href="javascript:window.print()">Imprimer</a></div>
<div class="auteur_bloc"><b>Auteur</b><br><a href="/auteur/wislande-jean-baptiste">Wislande JEAN-BAPTISTE</a><br><span>wjeanbaptiste@lenouvelliste.com</span></div>
<div class="reactions"><h3>Réactions</h3><p class="aucune">Soyez le premier à réagir à cet article.</p>
<form action="/reagir.php" method="post"><input type="hidden" name="id" value="251487"><textarea name="texte" rows="4" cols="60"></textarea><br><input type="submit" value="Envoyer"></form></div>
</td>
<td width="320" valign="top" class="colonne_droite"><div class="pub"><a href="/pub/clic.php?id=88"><img src="/pub/digicel-300x250.gif" width="300" height="250" border="0" alt="Publicité"></a></div>
<h3 class="titre_bloc">Les plus lus</h3><table class="populaires">{popular}</table>
{related(53, HT_BASE + "/article", "a_lire", "À lire aussi", 6)}</td></tr>
<tr><td colspan="2" class="footer">{footer_links(54, HT_BASE, "liens_bas", 20)}<br>© 2026 Le Nouvelliste - 198, rue du Centre, Port-au-Prince, Haïti. Tous droits réservés.</td></tr>
</table>
<script type="text/javascript">function acceptCookies(){{document.cookie="cookies_ok=1;max-age=31536000;path=/";document.getElementById('cookie-notice').style.display='none';}}</script>
</body></html>
"""
    write(
        "05_lenouvelliste_ht_php_br_uppercase_author",
        page,
        {
            "title": HT_TITLE,
            "publication": "Le Nouvelliste",
            "author": "Wislande Jean-Baptiste",
            "section": "Régions",
            "date": datetime.date(2026, 11, 18),
            "source_url": HT_URL,
            "subheads": [HT_SUBHEAD],
            "paragraphs": [flat(p) for p in HT_P1 + HT_P2],
            "notes": (
                "Home-made PHP site laid out in tables, HTML 4.01; no JSON-LD, no canonical "
                "(og:url is the address); text in one div split by <br><br> with a <b> line "
                "as subhead and the initials 'W. J.-B.' as closing signature (not text); "
                "author in capitals in a table cell without 'Par' → natural casing; date "
                "'Publié le : 2026-11-18'; section from the breadcrumb; straight quotes and "
                "apostrophes; header date of the day; author block, empty reactions, most "
                "read table in the side column."
            ),
        },
    )


BE_BASE = "https://www.sudinfo.be"
BE_URL = f"{BE_BASE}/id987654/article/2026-11-27/liege-le-village-de-noel-ouvre-ses-portes-avec-vingt-chalets-de-plus"
BE_TITLE = "Liège : le village de Noël ouvre ses portes avec vingt chalets de plus"
BE_OG = "Le village de Noël de Liège s’agrandit : voici ce qui change cette année"
BE_P1 = [
    "Le plus ancien village de Noël de Belgique a officiellement ouvert ses portes ce "
    "vendredi à 17 heures, place Saint-Lambert et place du Marché. Pour sa 40<sup>e</sup> "
    "édition, il compte 220 chalets, soit vingt de plus que l’an dernier, répartis sur un "
    "parcours désormais prolongé jusqu’au pied de l’hôtel de ville.",
    "Les organisateurs attendent plus de deux millions de visiteurs d’ici au 3 janvier. "
    "« Nous avons reçu près de 400 candidatures pour les nouveaux emplacements, un record », "
    "se réjouit Christine Lemaire, qui coordonne l’événement pour l’association des "
    "commerçants.",
]
BE_P2 = [
    "Principale nouveauté : une patinoire couverte de 600 m<sup>2</sup>, installée sur "
    "l’esplanade de la place Saint-Lambert et accessible gratuitement aux écoles liégeoises "
    "en semaine. Une grande roue de 32 mètres complète le dispositif.",
    "Côté sécurité, la zone de police de Liège a prévu un dispositif renforcé les week-ends, "
    "avec des blocs de béton aux accès et des contrôles aléatoires des sacs. Le centre-ville "
    "reste accessible en voiture, mais la Ville recommande d’utiliser les parkings relais "
    "de Bressoux et de Droixhe, reliés au centre par des navettes.",
    "Les prix, eux, restent stables pour la plupart des produits emblématiques. Le péket "
    "chaud est toujours vendu 4 euros, et le gobelet réutilisable, consigné à 2 euros, est "
    "désormais obligatoire dans tous les chalets de boissons.",
    "Selon Belga, la Ville de Liège a débloqué une enveloppe de 850.000 euros pour "
    "l’éclairage et l’animation des rues commerçantes voisines, qui espèrent profiter de "
    "l’affluence jusqu’aux fêtes.",
]
BE_GALLERY = [
    "La place Saint-Lambert, vendredi soir, quelques minutes après l’ouverture.",
    "La nouvelle patinoire couverte accueillera les écoles en semaine.",
    "Le traditionnel péket chaud reste à 4 euros.",
    "La grande roue de 32 mètres domine la place du Marché.",
    "Les premiers visiteurs se sont pressés dès 17 heures.",
]


def page06_sudinfo_amp_gallery_avec_belga() -> None:
    top = ["Liège", "Charleroi", "Mons", "Namur", "Verviers", "Sports", "Faits divers", "Belgique"]
    slides = "".join(
        f'<figure class="gallery__slide"><amp-img src="{BE_BASE}/sites/default/files/dpistyles_v2/ena_16_9_extra_big/2026/11/27/node_987654/{i}/{i:02d}.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>'
        f'<figcaption class="gallery__caption">{c} <span class="gallery__credit">Photo : Michel Tonneau</span></figcaption></figure>'
        for i, c in enumerate(BE_GALLERY, 1)
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": BE_URL,
        "headline": BE_OG,
        "articleSection": "Liège",
        "datePublished": "2026-11-27T18:32:00+01:00",
        "dateModified": "2026-11-27T21:05:00+01:00",
        "author": {"@type": "Person", "name": "Julien Dethier"},
        "publisher": {
            "@type": "Organization",
            "name": "Sudinfo",
            "logo": {
                "@type": "ImageObject",
                "url": f"{BE_BASE}/logo-amp.png",
                "width": 600,
                "height": 60,
            },
        },
        "image": [f"{BE_BASE}/sites/default/files/2026/11/27/node_987654/01.jpg"],
        "articleBody": " ".join(flat(p) for p in BE_P1 + BE_P2),
        "isAccessibleForFree": True,
    }
    analytics = {
        "vars": {"account": "UA-9876543-2"},
        "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}},
        "extraUrlParams": {"cd1": "Liège", "cd2": "Julien Dethier", "cd3": "987654"},
    }
    page = f"""<!doctype html>
<html ⚡ lang="fr">
<head>
<meta charset="utf-8">
<title>{BE_TITLE} - Sudinfo</title>
<link rel="canonical" href="{BE_URL}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="Le plus ancien village de Noël de Belgique a officiellement ouvert ses portes ce vendredi.">
<meta property="og:title" content="{BE_OG}">
<meta property="og:type" content="article">
<meta property="og:url" content="{BE_URL}?amp=1">
<meta property="og:site_name" content="Sudinfo">
<meta property="og:image" content="{BE_BASE}/sites/default/files/2026/11/27/node_987654/01.jpg">
<meta property="article:section" content="Liège">
<meta property="article:published_time" content="2026-11-27T18:32:00+01:00">
<meta property="article:modified_time" content="2026-11-27T21:05:00+01:00">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
{json_script(ld)}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>{css_blob(61, "r-", 520)}</style>
</head>
<body>
<amp-consent id="consent" layout="nodisplay"><script type="application/json">{{"consentInstanceId":"sudinfo","consentRequired":true,"promptUI":"consent-ui"}}</script>
<div id="consent-ui" class="consent"><p>Sudinfo et ses partenaires utilisent des cookies pour vous proposer des contenus et des publicités adaptés.</p><button on="tap:consent.accept">Accepter</button><button on="tap:consent.reject">Refuser</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav>{menu(62, "r-menu", BE_BASE + "/regions", top, 6)}</nav></amp-sidebar>
<header class="r-header"><button on="tap:sidebar.toggle" class="r-burger">Menu</button><a href="{BE_BASE}/"><amp-img src="{BE_BASE}/logo-amp.png" width="160" height="32" alt="Sudinfo"></amp-img></a><a class="r-abo" href="{BE_BASE}/abonnement">S’abonner</a></header>
<main><article class="r-article">
<a class="r-article--section" href="{BE_BASE}/regions/liege">Liège</a>
<h1 class="r-article--title">{BE_TITLE}</h1>
<div class="r-article--meta"><span class="r-article--author">Par <a href="{BE_BASE}/auteurs/julien-dethier">Julien Dethier</a> (avec Belga)</span>
<time class="r-article--date" datetime="2026-11-27T18:32:00+01:00">Publié le 27/11/2026 à 18:32</time></div>
<figure class="r-article--img"><amp-img src="{BE_BASE}/sites/default/files/2026/11/27/node_987654/01.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img><figcaption>Le village compte cette année 220 chalets. - Michel Tonneau</figcaption></figure>
<div class="r-article--body">
{paras(*BE_P1)}
<div class="r-gallery"><p class="r-gallery--title">EN IMAGES</p>
<amp-carousel type="slides" layout="responsive" width="1200" height="800" controls loop>{slides}</amp-carousel></div>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/21705834/sudinfo/amp/liege" layout="fixed"><div placeholder>Publicité</div></amp-ad>
{paras(*BE_P2)}
</div>
<div class="r-article--share"><a href="https://www.facebook.com/sharer/sharer.php?u={BE_URL}">Facebook</a><a href="https://wa.me/?text={BE_URL}">WhatsApp</a></div>
{related(63, BE_BASE + "/id9800", "r-related", "À lire aussi", 5)}
</article></main>
<footer class="r-footer">{footer_links(64, BE_BASE, "r-footer--links", 18)}<p>Sudinfo © Rossel &amp; Cie SA 2026. Tous droits réservés.</p></footer>
<amp-analytics type="googleanalytics"><script type="application/json">{json_script(analytics, "").split(">", 1)[1].rsplit("<", 1)[0]}</script></amp-analytics>
</body></html>
"""
    write(
        "06_sudinfo_amp_gallery_avec_belga",
        page,
        {
            "title": BE_TITLE,
            "publication": "Sudinfo",
            "author": "Julien Dethier",
            "agency": "Belga",
            "section": "Liège",
            "date": datetime.date(2026, 11, 27),
            "source_url": BE_URL,
            "paragraphs": [flat(p) for p in BE_P1 + BE_P2],
            "notes": (
                "AMP page (<html ⚡>, amp-img, amp-ad, amp-consent, JSON in amp scripts); "
                "canonical differs from og:url (?amp=1); og:title and JSON-LD headline "
                "differ from the h1; 'Par A (avec Belga)'; gallery of five slides in an "
                "amp-carousel between paragraphs: captions and credits are not text, nor "
                "its 'EN IMAGES' label; JSON-LD articleBody as one string; 40<sup>e</sup>, "
                "m<sup>2</sup>; updated the same evening."
            ),
        },
    )
