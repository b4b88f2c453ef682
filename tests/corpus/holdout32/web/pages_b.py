# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout32/web (Lebanon, Burkina Faso, France)."""

import datetime

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page05() -> None:
    """L'Orient-Le Jour: 'OLJ / Par A, le … à 00h05' (UTC the day before), 'Lire aussi' <p>."""
    base = "https://www.lorientlejour.com"
    url = f"{base}/article/1452318/a-tripoli-le-port-se-prepare-a-accueillir-des-cargos-de-ble-ukrainien.html"
    title = "À Tripoli, le port se prépare à accueillir des cargos de blé ukrainien"
    lead = (
        "Les autorités portuaires ont achevé la réhabilitation de deux silos endommagés par "
        "l’incendie de 2024. Les premières livraisons sont attendues avant la fin de l’année."
    )
    p = [
        "Sur le quai numéro 7 du port de Tripoli, les ouvriers démontent les derniers "
        "échafaudages qui enserraient depuis dix-huit mois les deux silos de l’entreprise "
        "publique des céréales. Lundi, le directeur du port, Ahmad Tamer, a annoncé que les "
        "installations étaient «prêtes à recevoir 60 000 tonnes de blé dès le 20 décembre».",
        "Il s’agit d’un soulagement pour les minoteries du Nord, qui dépendaient jusqu’ici "
        "des importations transitant par Beyrouth. Depuis l’explosion du 4 août 2020, le "
        "Liban ne dispose plus de capacité de stockage stratégique dans la capitale, et les "
        "stocks du pays ne couvrent qu’environ un mois de consommation.",
        "Selon le ministère de l’Économie, les trois premiers cargos, affrétés grâce à un prêt "
        "de la Banque mondiale, doivent quitter Odessa la semaine prochaine. Chaque navire "
        "transporte entre 25 000 et 30 000 tonnes.",
        "Les travaux, d’un coût de 14 millions de dollars, ont été financés à parts égales par "
        "l’Union européenne et le Koweït. Ils comprennent également l’installation d’un "
        "système de ventilation destiné à éviter la fermentation du grain, à l’origine de "
        "l’incendie qui avait ravagé les silos il y a deux ans.",
        "Sur place, plusieurs dockers s’inquiètent toutefois du manque d’équipements. «Nous "
        "n’avons qu’un seul aspirateur à grain en état de marche. S’il tombe en panne, tout "
        "s’arrête», confie Khaled, employé du port depuis vingt ans.",
        "Le ministre de l’Économie a indiqué qu’un second aspirateur serait livré en janvier. "
        "Il a également promis que le prix du paquet de pain subventionné resterait inchangé "
        "jusqu’au printemps, malgré la hausse des coûts de transport maritime.",
        "Reste la question de la gouvernance. Le port de Tripoli est géré depuis 2022 par une "
        "administration provisoire, dont le mandat a été prorogé à quatre reprises. Un projet "
        "de loi sur la réorganisation des ports, déposé au Parlement il y a deux ans, n’a "
        "toujours pas été examiné en commission.",
    ]
    subheads = ["Un seul aspirateur à grain", "Une administration provisoire"]
    lire = (
        '<p class="lire-aussi"><strong>Lire aussi</strong><br>'
        f'<a href="{base}/article/1449870/ble-le-liban-ne-dispose-que-dun-mois-de-stocks.html">'
        "Blé : le Liban ne dispose que d’un mois de stocks</a></p>"
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2026-12-01T22:05:00Z",
        "dateModified": "2026-12-01T22:05:00Z",
        "articleSection": "Liban",
        "author": {"@type": "Person", "name": "Rania Karam"},
        "publisher": {
            "@type": "Organization",
            "name": "L'Orient-Le Jour",
            "logo": {"@type": "ImageObject", "url": f"{base}/images/logo-olj.png"},
        },
        "isAccessibleForFree": True,
        "mainEntityOfPage": url,
    }
    nav = menu(
        3251,
        "menu-principal",
        base,
        ["Liban", "Moyen-Orient", "Monde", "Économie", "Culture", "Sport", "Opinions"],
        7,
    )
    populaires = "".join(
        f'<li><a href="{t["url"]}">{t["title"]}</a></li>'
        for t in teasers(3252, 10, f"{base}/article", FILLER)
    )
    related = "".join(
        f'<div class="related-item"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><span>{t["title"]}</span></a></div>'
        for t in teasers(3253, 24, f"{base}/article", FILLER)
    )
    body = "\n".join(
        [
            paras(*p[:2]),
            lire,
            paras(p[2], p[3]),
            f"<h2>{subheads[0]}</h2>",
            '<div class="ad-inarticle"><div id="div-gpt-ad-olj-inarticle"></div></div>',
            paras(p[4], p[5]),
            f"<h2>{subheads[1]}</h2>",
            paras(p[6]),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - L'Orient-Le Jour</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{flat(lead)}">
<meta property="og:title" content="{title} - L'Orient-Le Jour">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="L'Orient-Le Jour">
<meta property="og:image" content="{base}/storage/attachments/1452/silos-tripoli_1200x630.jpg">
<meta name="twitter:site" content="@LOrientLeJour">
<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="en" href="https://today.lorientlejour.com/article/1452319/">
{json_script(ld)}
<style>{css_blob(3254, "olj", 320)}</style>
<script>var _olj={{"articleId":1452318,"category":"Liban","premium":0,"author":"Rania Karam"}};</script>
</head>
<body class="article-page">
<div class="cookie-consent" id="cookieConsent"><p>Ce site utilise des cookies. En poursuivant votre navigation, vous en acceptez l’usage.</p><button onclick="acceptCookies()">OK</button></div>
<div class="topbar"><span class="topbar__date">Mercredi 2 décembre 2026</span> <a href="https://today.lorientlejour.com">English</a> <a href="{base}/abonnement">S’abonner</a> <a href="{base}/login">Se connecter</a></div>
<header class="header"><a class="header__logo" href="{base}/"><img src="{base}/images/logo-olj.svg" alt="L'Orient-Le Jour"></a><nav>{nav}</nav></header>
<div class="container">
<div class="article-wrapper">
<article class="article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="article-category"><a href="{base}/category/liban">Liban</a> - <a href="{base}/category/economie">Économie</a></div>
<h1 class="article-title">{title}</h1>
<div class="article-intro">{lead}</div>
<div class="article-meta"><span class="author">OLJ / Par <a href="{base}/author/rania-karam">Rania KARAM</a>, le 02 décembre 2026 à 00h05</span></div>
<figure class="article-image"><img src="{base}/storage/attachments/1452/silos-tripoli_1200x630.jpg" alt="Les silos du port de Tripoli"><figcaption>Les silos réhabilités du port de Tripoli, le 30 novembre 2026. Photo Michel Sayegh</figcaption></figure>
<div class="article-content" itemprop="articleBody">
{body}
</div>
<div class="article-tags"><a href="{base}/tags/ble">Blé</a> <a href="{base}/tags/tripoli">Tripoli</a> <a href="{base}/tags/port">Port</a></div>
<div class="article-share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
</article>
<section class="comments"><h3>Commentaires (2)</h3><div class="comment"><span class="comment__author">Georges A.</span> <span class="comment__date">02 décembre 2026 à 08h12</span><p>Enfin une bonne nouvelle pour le Nord. Espérons que cela dure.</p></div><div class="comment"><span class="comment__author">Nadine</span> <span class="comment__date">02 décembre 2026 à 09h40</span><p>Et Beyrouth, toujours sans silos six ans après…</p></div></section>
<section class="related"><h3>Dans la même rubrique</h3>{related}</section>
</div>
<aside class="sidebar"><div class="most-read"><h3>Les plus lus</h3><ol>{populaires}</ol></div><div class="newsletter"><h3>Newsletter</h3><p>Recevez chaque matin l’essentiel de l’actualité.</p><input type="email"><button>Je m’inscris</button></div></aside>
</div>
<footer class="footer"><p>© 2026 L'Orient-Le Jour. Tous droits réservés.</p><p>Immeuble Printania, Mar Mikhaël, Beyrouth.</p></footer>
<script src="{base}/js/app.min.js?v=20261128"></script>
</body>
</html>
"""
    write(
        "05_lorientlejour_custom_lire_aussi",
        page,
        {
            "title": title,
            "publication": "L'Orient-Le Jour",
            "author": "Rania Karam",
            "section": "Liban",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p],
            "notes": "Byline 'OLJ / Par Rania KARAM, le 02 décembre 2026 à 00h05' (capitals, "
            "publication prefix, date in the same span); JSON-LD date 22:05Z on 1 December is "
            "00h05 in Beirut, the page's zone: date 2 December; 'Lire aussi' written as a <p> "
            "with a <strong> label and a link inside the body (no paragraph); two h2 subheads; "
            "category trail 'Liban - Économie' agrees with articleSection; standfirst "
            "div.article-intro; header date of the day; reader comments; straight apostrophe in "
            "the publication name.",
        },
    )


def page06() -> None:
    """Lefaso.net: SPIP, &nbsp; before punctuation, portfolio gallery, signature at the end."""
    base = "https://lefaso.net"
    url = f"{base}/spip.php?article141207"
    title = "Koudougou : la foire régionale du karité attend 15 000 visiteurs"
    lead = (
        "La troisième édition de la Foire régionale du karité du Centre-Ouest s’est ouverte ce "
        "mardi 1er décembre 2026 à Koudougou. Plus de 200 exposants y présentent leurs "
        "produits jusqu’au dimanche."
    )
    p = [
        "C’est sous un soleil déjà chaud que le gouverneur de la région du Centre-Ouest, "
        "Dramane Yaméogo, a procédé à la coupure du ruban, ce mardi matin, sur l’esplanade de "
        "la Maison de la femme de Koudougou. Venues de 14 provinces, plus de 200 productrices "
        "et transformatrices exposent beurre, savons, pommades et huiles.",
        "«&nbsp;Le karité n’est pas seulement un produit de beauté. C’est un revenu pour des "
        "centaines de milliers de femmes rurales&nbsp;», a rappelé la présidente du comité "
        "d’organisation, Salamata Kaboré. Selon elle, la filière fait vivre près de 1,5 million "
        "de personnes au Burkina Faso.",
        "Cette édition met l’accent sur la certification. Un stand du Laboratoire national de "
        "santé publique propose aux coopératives des analyses gratuites de leurs produits, "
        "condition pour accéder aux marchés européens. «&nbsp;Sans label, notre beurre est "
        "acheté au prix du vrac&nbsp;», explique Aminata Bationo, de l’union des groupements "
        "de Réo.",
        "Les organisateurs attendent 15 000 visiteurs sur six jours. Des panels sur "
        "l’accès au crédit et sur la protection des parcs à karité sont prévus jeudi et "
        "vendredi, ainsi qu’une soirée culturelle samedi.",
        "Pour le gouverneur, l’enjeu est de «&nbsp;transformer sur place ce que nous "
        "exportons brut&nbsp;». Il a annoncé la construction prochaine d’une unité de "
        "transformation semi-industrielle à Sabou, financée par l’État et un partenaire "
        "canadien, pour un coût de 780 millions de F CFA.",
    ]
    gallery = "".join(
        f'<li class="portfolio-item"><a href="{base}/IMG/jpg/karite-{i}.jpg" class="mediabox" '
        f'title="{cap}"><img src="{base}/local/cache-vignettes/L200xH133/karite-{i}-a1f3.jpg" '
        f'alt="" width="200" height="133"></a><p class="portfolio-legende">{cap}</p></li>'
        for i, cap in enumerate(
            [
                "Le gouverneur Dramane Yaméogo coupe le ruban inaugural",
                "Des productrices de Réo présentent leur beurre de karité",
                "Le stand du Laboratoire national de santé publique",
                "Savons et pommades à base de karité exposés par une coopérative de Sabou",
                "Vue d’ensemble de l’esplanade de la Maison de la femme",
            ],
            1,
        )
    )
    forum = "".join(
        f'<div class="forum-message"><p class="forum-titre"><span class="forum-auteur">{a}</span> '
        f'<span class="forum-date">{d}</span></p><div class="forum-texte"><p>{t}</p></div></div>'
        for a, d, t in [
            (
                "Paul",
                "2 décembre 2026, 07:41",
                "Bonne initiative. Il faut que l’État soutienne davantage les femmes de la filière.",
            ),
            (
                "Wendkouni",
                "2 décembre 2026, 09:12",
                "Les prix du beurre ont trop baissé cette année, les productrices souffrent.",
            ),
        ]
    )
    nav = menu(
        3261,
        "menu-rubriques",
        base,
        ["Actualités", "Politique", "Économie", "Société", "Sport", "Culture", "Opinions"],
        6,
    )
    also = "".join(
        f'<li><a href="{base}/spip.php?article{141100 + i}">{t["title"]}</a></li>'
        for i, t in enumerate(teasers(3262, 12, base, FILLER))
    )
    page = f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Koudougou&nbsp;: la foire régionale du karité attend 15 000 visiteurs - leFaso.net</title>
<meta name="description" content="La troisième édition de la Foire régionale du karité du Centre-Ouest s’est ouverte ce mardi 1er décembre 2026 à (…)" />
<meta name="generator" content="SPIP 4.2.8" />
<meta property="og:title" content="Koudougou : la foire régionale du karité attend 15 000 visiteurs" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="leFaso.net" />
<meta property="og:image" content="{base}/IMG/jpg/karite-1.jpg" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="{base}/spip.php?page=backend" />
<style>{css_blob(3263, "spip", 200)}</style>
<script>var mediabox_settings={{"auto_detect":true,"ns":"box","tt_img":true,"sel_g":"#documents_portfolio a[type='image/jpeg']"}};</script>
</head>
<body class="page_article">
<div class="page">
<div class="header"><a href="{base}/" class="logo"><img src="{base}/squelettes/img/logo-lefaso.png" alt="leFaso.net, l’actualité au Burkina Faso" /></a>
<div class="header-date">mercredi 2 décembre 2026</div>
<div class="nav">{nav}</div></div>
<div class="main">
<p class="arbo"><a href="{base}/">Accueil</a> &gt; <a href="{base}/spip.php?rubrique1">Actualités</a> &gt; <a href="{base}/spip.php?rubrique5">Économie</a></p>
<div class="cartouche">
<h1 class="titre surlignable">{title}</h1>
<p class="info-publi"><abbr class="published" title="2026-12-01T22:30:00Z">Publié le mardi 1er décembre 2026 à 22h30min</abbr></p>
</div>
<div class="chapo surlignable"><p>{lead}</p></div>
<div class="texte surlignable">
{paras(*p)}
<p><strong>Hamed NANEMA</strong><br class="autobr" />
<strong>Lefaso.net</strong></p>
</div>
<div id="documents_portfolio"><h2 class="portfolio-titre">En images</h2><ul class="portfolio">{gallery}</ul><p class="portfolio-credit">Photos&nbsp;: Bonaventure Paré / Lefaso.net</p></div>
<div class="partage"><a href="#">Partager sur Facebook</a> <a href="#">Tweeter</a> <a href="#">Imprimer</a></div>
<div class="forum"><h2>Vos réactions (2)</h2>{forum}</div>
<div class="memerubrique"><h2>Dans la même rubrique</h2><ul>{also}</ul></div>
</div>
<div class="footer"><p>© 2003-2026 LeFaso.net · Tous droits réservés · Ouagadougou, Burkina Faso</p><p><a href="{base}/spip.php?page=contact">Contact</a> | <a href="{base}/spip.php?page=publicite">Publicité</a></p></div>
</div>
<script src="{base}/prive/javascript/jquery.js?1702900000"></script>
</body>
</html>
"""
    write(
        "06_lefaso_spip_galerie_signature",
        page,
        {
            "title": flat(title),
            "publication": "Lefaso.net",
            "author": "Hamed Nanema",
            "section": "Économie",
            "date": datetime.date(2026, 12, 1),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "SPIP 4, no JSON-LD, no canonical (og:url gives the address); SPIP typography "
            "'«&nbsp;…&nbsp;»' and '&nbsp;:' collapse to plain spaces; author only in the "
            "closing signature '<strong>Hamed NANEMA</strong><br><strong>Lefaso.net</strong>' "
            "inside div.texte (no paragraph; natural casing); standfirst div.chapo; breadcrumb "
            "p.arbo gives the section; 'Publié le mardi 1er décembre 2026 à 22h30min'; portfolio "
            "of five captions and a photo credit (no text); header date of the day; forum.",
        },
    )


def page07() -> None:
    """Le Monde: paywall after the fourth paragraph, '(Dakar, correspondance)', 'aujourd’hui'."""
    base = "https://www.lemonde.fr"
    url = f"{base}/afrique/article/2026/12/02/au-senegal-les-pecheurs-de-saint-louis-face-a-la-fermeture-de-la-breche_6612874_3212.html"
    title = "Au Sénégal, les pêcheurs de Saint-Louis face à la fermeture de la brèche"
    lead = (
        "Le gouvernement a lancé les travaux destinés à refermer l’ouverture creusée en 2003 "
        "dans la langue de Barbarie. Les pêcheurs, qui y ont perdu des centaines des leurs, "
        "restent partagés."
    )
    p = [
        "Sur la plage de Guet-Ndar, les pirogues peintes de bleu et de jaune attendent la "
        "marée. À quelques kilomètres au sud, les premières barges chargées de sable ont "
        "commencé, lundi 30&nbsp;novembre, à déverser leur cargaison dans la brèche qui "
        "sépare depuis vingt-trois ans la langue de Barbarie du continent.",
        "Creusée à la hâte en octobre&nbsp;2003 pour protéger Saint-Louis d’une crue du fleuve "
        "Sénégal, l’ouverture, large au départ de 4&nbsp;mètres, mesure aujourd’hui plus de "
        "6&nbsp;kilomètres. Elle a englouti des villages entiers et rendu le passage vers "
        "l’océan particulièrement dangereux&nbsp;: selon le collectif local des familles de "
        "disparus, près de 500&nbsp;pêcheurs y ont péri depuis sa création.",
        "«&nbsp;Chaque famille de Guet-Ndar a perdu quelqu’un dans la brèche&nbsp;», raconte "
        "Moustapha Diagne, 54&nbsp;ans, qui a vu chavirer la pirogue de son frère en 2017. "
        "Pourtant, le capitaine ne se réjouit qu’à moitié du chantier. «&nbsp;Si on ferme, il "
        "faudra faire le tour par le nord pour sortir en mer. Le gasoil coûte déjà trop "
        "cher.&nbsp;»",
        "Le projet, chiffré à 92&nbsp;milliards de francs CFA (140&nbsp;millions d’euros) et "
        "financé en partie par la Banque africaine de développement, prévoit de combler la "
        "brèche sur 4&nbsp;kilomètres et de creuser un nouveau chenal, plus étroit et balisé, "
        "au droit de la ville.",
    ]
    subhead = "Des digues et un chenal balisé"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": flat(lead),
        "datePublished": "2026-12-02T06:00:00+01:00",
        "dateModified": "2026-12-02T08:45:12+01:00",
        "author": [
            {
                "@type": "Person",
                "name": "Mathilde Gervais",
                "url": f"{base}/signataires/mathilde-gervais/",
            }
        ],
        "publisher": {
            "@type": "Organization",
            "name": "Le Monde",
            "logo": {"@type": "ImageObject", "url": f"{base}/bucket/img/logo-le-monde.png"},
        },
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".article__content--restricted-media",
        },
    }
    nav = menu(
        3271,
        "Nav__list",
        base,
        [
            "International",
            "Politique",
            "Société",
            "Les Décodeurs",
            "Sport",
            "Planète",
            "Sciences",
            "M Campus",
            "Le Goût du Monde",
            "Idées",
        ],
        9,
    )
    services = "".join(
        f'<section class="teaser teaser--inline-picture"><a class="teaser__link" href="{t["url"]}"><h3 class="teaser__title">{t["title"]}</h3></a></section>'
        for t in teasers(3272, 30, f"{base}/afrique/article", FILLER)
    )
    paywall = (
        '<section class="paywall paywall--bottom"><p class="paywall__message">Il vous reste '
        "71.62% de cet article à lire. La suite est réservée aux abonnés.</p>"
        '<div class="paywall__offers"><p>Vous pouvez lire Le Monde sur un seul appareil à la '
        'fois</p><a class="btn btn--premium" href="https://abo.lemonde.fr/">S’abonner</a> '
        '<a class="btn btn--secondary" href="https://secure.lemonde.fr/sfuser/connexion">Déjà '
        "abonné ? Se connecter</a></div></section>"
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<title>Au Sénégal, les pêcheurs de Saint-Louis face à la fermeture de la brèche</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{flat(lead)}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Le Monde.fr">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://img.lemonde.fr/2026/12/02/0/0/4000/2667/1440/960/60/0/3f1a2c_1764650000-breche-saint-louis.jpg">
<meta property="article:published_time" content="2026-12-02T05:00:00+00:00">
<meta property="article:modified_time" content="2026-12-02T07:45:12+00:00">
<meta property="article:content_tier" content="locked">
<link rel="canonical" href="{url}">
{json_script(ld)}
<style>{css_blob(3273, "article", 340)}</style>
<script>var lmd={{"context":{{"page":{{"type":"article","premium":true,"rubrique":"afrique","id":"6612874","section":{{"id":3212,"name":"Afrique"}}}}}}}};</script>
</head>
<body class="article article--content old-article-page">
<div id="gdpr-lmd-wall" class="gdpr-lmd-wall"><div class="gdpr-lmd-wall__container"><h2 class="gdpr-lmd-wall__title">Le Monde et ses partenaires utilisent des cookies</h2><p>Vous pouvez accepter, ou vous abonner pour naviguer sans publicité personnalisée.</p><button class="gdpr-lmd-button gdpr-lmd-button--main">Accepter et continuer</button><a href="https://abo.lemonde.fr/">S’abonner</a></div></div>
<header id="Header" class="Header"><nav class="Nav"><a class="Nav__logo" href="{base}/"><svg aria-label="Le Monde"><use xlink:href="#logo"></use></svg></a>{nav}</nav></header>
<main id="habillagepub">
<section class="zone zone--article">
<section class="article__wrapper">
<ul class="breadcrumb"><li class="breadcrumb__parent"><a href="{base}/international/">International</a></li><li class="breadcrumb__parent"><a href="{base}/afrique/">Afrique</a></li></ul>
<header class="article__header">
<h1 class="article__title">{title}</h1>
<p class="article__desc">{lead}</p>
<span class="icon__premium"><span class="sr-only">Article réservé aux abonnés</span></span>
</header>
<section class="article__wrapper--overlay">
<figure class="article__media"><img src="https://img.lemonde.fr/2026/12/02/0/0/4000/2667/664/0/75/0/3f1a2c_1764650000-breche-saint-louis.jpg" alt="Des pirogues sur la plage de Guet-Ndar, à Saint-Louis (Sénégal), le 29 novembre 2026."><figcaption class="article__legend">Des pirogues sur la plage de Guet-Ndar, à Saint-Louis (Sénégal), le 29&nbsp;novembre 2026. <span class="article__credit">JOHN WESSELS / AFP</span></figcaption></figure>
<section class="article__content old__article-content-single">
<section class="meta meta__publisher"><span class="meta__author meta__author--page">Par <a class="article__author-link" href="{base}/signataires/mathilde-gervais/">Mathilde Gervais</a> (Dakar, correspondance)</span><span class="meta__date meta__date--header">Publié aujourd’hui à 06h00, modifié à 08h45</span><span class="meta__reading-time"><span class="sr-only">Temps de</span> Lecture 4 min.</span></section>
{paras(*p[:2], attrs='class="article__paragraph"')}
<section class="catcher catcher--inline"><a class="js-article-catcher" href="{base}/afrique/article/2026/09/14/a-saint-louis-la-mer-avance-de-deux-metres-par-an_6602211_3212.html"><span class="catcher__label">Lire aussi</span> <span class="catcher__title">A Saint-Louis, la mer avance de deux mètres par an</span></a></section>
{paras(*p[2:], attrs='class="article__paragraph"')}
<h2 class="article__sub-title">{subhead}</h2>
<div class="article__content--restricted-media"></div>
</section>
{paywall}
</section>
</section>
<section class="services"><h2 class="services__title">Les plus lus</h2>{services}</section>
</section>
</main>
<footer class="footer"><p>Le Monde – Société éditrice du Monde. Reproduction interdite de tous les articles, sauf accord avec la rédaction.</p><p><a href="#">Mentions légales</a> · <a href="#">Charte du Groupe</a> · <a href="#">Politique de confidentialité</a></p></footer>
<script src="https://www.lemonde.fr/dist/assets/js/article.8b9c.js" async></script>
</body>
</html>
"""
    write(
        "07_lemonde_custom_paywall",
        page,
        {
            "title": title,
            "publication": "Le Monde",
            "author": "Mathilde Gervais",
            "section": "Afrique",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "Paywall: four paragraphs and a subhead, then 'Il vous reste 71.62% de cet "
            "article à lire' (incomplete); visible date only 'Publié aujourd’hui à 06h00, modifié "
            "à 08h45' (the day comes from JSON-LD and article:published_time); byline 'Par A "
            "(Dakar, correspondance)'; og:site_name 'Le Monde.fr' against publisher 'Le Monde'; "
            "no articleSection, breadcrumb's last item 'Afrique' (the JS context also says "
            "Afrique); standfirst p.article__desc; inline 'Lire aussi' catcher; caption credit "
            "'JOHN WESSELS / AFP' is a photo credit (agency null); `<title>` without site name.",
        },
    )


def page08() -> None:
    """20 Minutes: two authors, dd/mm/yy dates, h2 subheads, 'A lire aussi', video, list."""
    base = "https://www.20minutes.fr"
    url = f"{base}/faits_divers/4187652-20261202-lyon-trois-interpellations-apres-cambriolages-en-serie-cave-croix-rousse"
    title = (
        "Lyon : Trois interpellations après une série de cambriolages de caves à la Croix-Rousse"
    )
    lead = (
        "Plus de quarante caves avaient été visitées depuis septembre dans les pentes de la "
        "Croix-Rousse. Trois hommes ont été interpellés lundi et seront jugés en comparution "
        "immédiate."
    )
    p = [
        "Les habitants des pentes de la Croix-Rousse vont peut-être pouvoir de nouveau "
        "descendre à la cave sans appréhension. Trois hommes âgés de 19, 23 et 31 ans ont été "
        "interpellés lundi matin à Villeurbanne et à Vaulx-en-Velin, soupçonnés d’être à "
        "l’origine d’une série de cambriolages qui empoisonnait le quartier depuis la rentrée.",
        "Selon une source policière, au moins 43 caves ont été fracturées entre le "
        "12 septembre et le 25 novembre, principalement rue Burdeau, montée de la Grande-Côte "
        "et rue des Tables-Claudiennes. Vélos électriques, outillage et bouteilles de vin : "
        "le préjudice est estimé à plus de 60.000 euros.",
        "C’est l’exploitation d’images de vidéoprotection et le signalement d’un vélo "
        "revendu sur une plateforme en ligne qui ont mis les enquêteurs de la sûreté "
        "départementale sur la piste du trio. Lors des perquisitions, les policiers ont "
        "retrouvé :",
        "sept vélos à assistance électrique, dont quatre déjà identifiés par leurs propriétaires ;",
        "une centaine de bouteilles de vin, certaines encore étiquetées au nom de leurs "
        "anciens propriétaires ;",
        "un lot de pinces coupantes et de pieds-de-biche.",
        "« On descendait à deux, avec une lampe, comme si on allait en expédition », raconte "
        "Mireille, 71 ans, dont la cave a été visitée deux fois en octobre. Plusieurs "
        "copropriétés avaient fait changer leurs serrures, sans grand effet.",
        "Les trois suspects, déjà connus des services de police, ont été déférés mardi au "
        "parquet de Lyon. Ils doivent être jugés en comparution immédiate ce mercredi, selon "
        "le parquet, qui a requis leur placement en détention provisoire.",
    ]
    subheads = ["Des vélos revendus en ligne", "« Comme si on allait en expédition »"]
    body = "\n".join(
        [
            paras(*p[:2]),
            f"<h2>{subheads[0]}</h2>",
            paras(p[2]),
            "<ul>" + "".join(f"<li>{x}</li>" for x in p[3:6]) + "</ul>",
            '<div class="c-read-also"><p class="c-read-also__label">A lire aussi</p>'
            f'<a href="{base}/lyon/4183210-20261114-lyon-caves-vandalisees-habitants-croix-rousse-colere">'
            "Lyon : A la Croix-Rousse, les habitants excédés par les vols dans les caves</a></div>",
            '<div class="c-ad c-ad--inread"><div id="taboola-mid-article"></div></div>',
            f"<h2>{subheads[1]}</h2>",
            paras(p[6]),
            '<div class="c-video"><iframe src="https://www.dailymotion.com/embed/video/x9k2q1" '
            'allowfullscreen></iframe><p class="c-video__legend">Vidéo. Les images de la '
            "montée de la Grande-Côte, où plusieurs caves ont été visitées. — 20 Minutes</p></div>",
            paras(p[7]),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "url": url,
        "datePublished": "2026-12-02T07:15:00+01:00",
        "dateModified": "2026-12-02T10:03:00+01:00",
        "articleSection": ["Faits divers", "Lyon"],
        "author": [
            {"@type": "Person", "name": "Elise Verdier"},
            {"@type": "Person", "name": "Thomas Rigal"},
        ],
        "publisher": {"@type": "NewsMediaOrganization", "name": "20 Minutes"},
        "image": {
            "@type": "ImageObject",
            "url": "https://img.20mn.fr/2026/12/02/cave-croix-rousse.jpg",
        },
    }
    nav = menu(
        3281,
        "c-header-nav",
        base,
        [
            "Actu",
            "Société",
            "Faits divers",
            "Politique",
            "Monde",
            "Sport",
            "Culture",
            "Planète",
            "Lyon",
        ],
        7,
    )
    teas = "".join(
        f'<article class="c-card"><a href="{t["url"]}"><img src="{t["image"]}" loading="lazy" alt=""><h3 class="c-card__title">{t["title"]}</h3></a></article>'
        for t in teasers(3282, 40, f"{base}/faits_divers", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{flat(lead)}">
<meta property="og:site_name" content="20 Minutes">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="article:section" content="Lyon">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="{base}/amp/faits_divers/4187652-20261202-lyon-trois-interpellations-apres-cambriolages-en-serie-cave-croix-rousse">
{json_script(ld)}
<style>{css_blob(3283, "c", 300)}</style>
<script>window.tc_vars={{"page_type":"article","article_id":"4187652","rubrique":"faits_divers","sous_rubrique":"lyon","auteurs":"Elise Verdier|Thomas Rigal"}};</script>
</head>
<body class="c-page-article">
<div id="sd-cmp" class="sd-cmp"><div class="sd-cmp__box"><p>Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies similaires.</p><button class="sd-cmp__accept">Accepter</button><button class="sd-cmp__refuse">Continuer sans accepter</button></div></div>
<header class="c-header"><a class="c-header__logo" href="{base}/"><img src="{base}/static/img/20minutes.svg" alt="20 Minutes"></a><nav>{nav}</nav></header>
<main class="c-main">
<nav class="c-breadcrumb"><a href="{base}/">Accueil</a> <span>›</span> <a href="{base}/faits_divers/">Faits divers</a> <span>›</span> <a href="{base}/lyon/">Lyon</a></nav>
<article class="c-article">
<header class="c-article-header">
<p class="c-article-header__kicker">ENQUÊTE</p>
<h1 class="c-article-header__title">{title}</h1>
<p class="c-article-header__lead">{lead}</p>
<div class="c-article-header__meta"><div class="c-signature"><a href="{base}/journaliste/elise-verdier">Elise Verdier</a> et <a href="{base}/journaliste/thomas-rigal">Thomas Rigal</a></div>
<div class="c-timestamp"><time datetime="2026-12-02T07:15:00+01:00">Publié le 02/12/26 à 07h15</time> <span aria-hidden="true">—</span> <time datetime="2026-12-02T10:03:00+01:00">Mis à jour le 02/12/26 à 10h03</time></div></div>
</header>
<figure class="c-media"><img src="https://img.20mn.fr/2026/12/02/cave-croix-rousse.jpg" alt=""><figcaption>Une cave fracturée dans les pentes de la Croix-Rousse, à Lyon (illustration). <span class="c-media__credit">— E. Verdier / 20 Minutes</span></figcaption></figure>
<div class="c-content qiota_reserve">
{body}
</div>
<div class="c-article-footer"><ul class="c-tags"><li><a href="{base}/lyon/">Lyon</a></li><li><a href="{base}/faits_divers/cambriolage/">Cambriolage</a></li></ul><div class="c-share"><button>Partager</button></div></div>
</article>
<section class="c-newsletter"><h2>La newsletter Lyon</h2><p>Recevez chaque soir l’actualité lyonnaise.</p><input type="email"><button>S’inscrire</button></section>
<section class="c-cards"><h2>Sur le même sujet</h2>{teas}</section>
</main>
<footer class="c-footer"><p>© Copyright 20 Minutes 2026 - La fréquentation de 20 Minutes est certifiée par l’ACPM</p></footer>
<script src="{base}/static/js/main.2f61.js" defer></script>
</body>
</html>
"""
    write(
        "08_20minutes_custom_liste_video",
        page,
        {
            "title": title,
            "publication": "20 Minutes",
            "author": "Elise Verdier et Thomas Rigal",
            "section": "Faits divers",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p],
            "notes": "Two authors as two links joined by 'et'; dates '02/12/26 à 07h15' with a "
            "two-digit year (JSON-LD has the full date); articleSection list ['Faits divers', "
            "'Lyon'] beats article:section and breadcrumb 'Lyon' and the kicker 'ENQUÊTE'; "
            "paragraph introducing a ul, each li a paragraph; h2 subheads, one in « »; 'A lire "
            "aussi' box and ad; Dailymotion video legend (not text); photo credit with the "
            "author's initial; `<title>` without site name; newsletter box.",
        },
    )
