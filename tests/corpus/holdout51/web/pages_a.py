# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout51/web (France, Switzerland)."""

import datetime

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page01() -> None:
    """La Voix du Nord: Rossel custom CMS, local news with a table, breadcrumb section."""
    base = "https://www.lavoixdunord.fr"
    url = f"{base}/1716482/article/2026-10-06/taxe-fonciere-jusqu-9-de-hausse-dans-certaines-communes-de-la-metropole-lilloise"
    title = "Taxe foncière&nbsp;: jusqu’à 9&nbsp;% de hausse dans certaines communes de la métropole lilloise"
    head_title = (
        "Taxe foncière: jusqu’à 9% de hausse dans certaines communes de la métropole lilloise"
    )
    lead = (
        "Les avis de taxe foncière arrivent dans les boîtes aux lettres cette semaine. À Lille, "
        "Roubaix ou Tourcoing, la note grimpe, portée par la revalorisation des bases et par "
        "plusieurs hausses de taux votées au printemps."
    )
    p = [
        "Les propriétaires de la métropole lilloise vont le découvrir en ouvrant leur courrier, "
        "ou leur espace sur impots.gouv.fr, d’ici au 15&nbsp;octobre&nbsp;: la taxe foncière "
        "2026 sera encore en nette hausse dans plusieurs communes. La revalorisation forfaitaire "
        "des valeurs locatives, fixée à 1,7&nbsp;% par la loi de finances, s’applique partout. "
        "Mais une douzaine de conseils municipaux ont aussi relevé leur taux.",
        "C’est le cas à Roubaix, où la part communale passe de 50,12&nbsp;% à 54&nbsp;%. Pour "
        "un appartement de trois pièces dont la valeur locative cadastrale est de "
        "3&nbsp;400&nbsp;euros, la facture augmente d’environ 80&nbsp;euros sur l’année, selon "
        "nos calculs.",
        "Le tableau ci-dessous compare les taux communaux votés en 2025 et en 2026 dans les cinq "
        "plus grandes villes de la métropole. Il ne tient pas compte de la taxe d’enlèvement des "
        "ordures ménagères, fixée par la Métropole européenne de Lille (MEL) et inchangée cette "
        "année.",
    ]
    rows = [
        ("Commune", "Taux 2025", "Taux 2026", "Évolution"),
        ("Lille", "46,88&nbsp;%", "48,10&nbsp;%", "+1,22&nbsp;pt"),
        ("Roubaix", "50,12&nbsp;%", "54,00&nbsp;%", "+3,88&nbsp;pts"),
        ("Tourcoing", "47,95&nbsp;%", "49,05&nbsp;%", "+1,10&nbsp;pt"),
        ("Villeneuve-d’Ascq", "41,30&nbsp;%", "41,30&nbsp;%", "="),
        ("Wattrelos", "44,60&nbsp;%", "45,70&nbsp;%", "+1,10&nbsp;pt"),
    ]
    q = [
        "À Lille, la hausse de 1,22&nbsp;point avait été votée en avril, au terme d’un conseil "
        "municipal houleux. L’adjoint aux finances, Mehdi Larbi, l’avait justifiée par «&nbsp;la "
        "flambée des dépenses d’énergie des écoles et des piscines&nbsp;» et par la baisse de la "
        "dotation de l’État. L’opposition avait dénoncé «&nbsp;un matraquage des classes "
        "moyennes&nbsp;».",
        "À Villeneuve-d’Ascq, seule grande ville à n’avoir pas touché à son taux, la maire "
        "rappelle que la commune «&nbsp;a fait le choix de reporter deux chantiers plutôt que "
        "d’augmenter l’impôt&nbsp;». La facture n’y progressera donc que de l’effet de la "
        "revalorisation des bases.",
    ]
    r = [
        "Les contribuables qui contestent le calcul de leur valeur locative, par exemple après "
        "des travaux mal pris en compte ou une erreur de surface, peuvent déposer une "
        "réclamation auprès du centre des finances publiques jusqu’au 31&nbsp;décembre de "
        "l’année suivante. Le taux voté par la commune, lui, ne peut pas être contesté "
        "individuellement.",
        "Les propriétaires âgés de plus de 75&nbsp;ans dont le revenu fiscal de référence ne "
        "dépasse pas 12&nbsp;455&nbsp;euros pour une part sont exonérés. Un dégrèvement de "
        "100&nbsp;euros existe aussi pour les 65-75&nbsp;ans, sous les mêmes conditions de "
        "ressources.",
        "Le paiement doit intervenir au plus tard le 15&nbsp;octobre, ou le 20&nbsp;octobre en "
        "cas de paiement en ligne. Les propriétaires mensualisés n’ont aucune démarche à faire.",
    ]
    subheads = ["Roubaix en tête des hausses", "Des recours possibles, mais encadrés"]
    table = (
        '<figure class="r-article--table"><div class="r-table-scroll"><table class="r-table">\n<thead><tr>\n'
        + "\n".join(f"<th>{c}</th>" for c in rows[0])
        + "\n</tr></thead>\n<tbody>\n"
        + "\n".join(
            "<tr>\n" + "\n".join(f"<td>{c}</td>" for c in row) + "\n</tr>" for row in rows[1:]
        )
        + '\n</tbody>\n</table></div><figcaption class="r-table__source">Source&nbsp;: délibérations des conseils municipaux, DGFiP.</figcaption></figure>'
    )
    also = (
        '<aside class="r-article--also"><span class="r-article--also-label">À lire aussi</span>'
        f'<a href="{base}/1709933/article/2026-09-21/impots-locaux-la-mel-gele-la-taxe-d-enlevement-des-ordures-menageres">'
        "Impôts locaux: la MEL gèle la taxe d’enlèvement des ordures ménagères</a></aside>"
    )
    ad = '<div class="r-ad r-ad--inread" id="inread_1" data-format="inread"><div class="r-ad__label">Publicité</div></div>'
    body = "\n".join(
        [
            paras(*p[:2], attrs='class="r-article--paragraph"'),
            f'<h2 class="r-article--subtitle">{subheads[0]}</h2>',
            paras(p[2], attrs='class="r-article--paragraph"'),
            table,
            also,
            paras(*q, attrs='class="r-article--paragraph"'),
            ad,
            f'<h2 class="r-article--subtitle">{subheads[1]}</h2>',
            paras(*r, attrs='class="r-article--paragraph"'),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": head_title,
        "description": flat(lead),
        "image": [f"{base}/images/2026/10/06/taxe-fonciere-lille.jpg"],
        "datePublished": "2026-10-06T06:00:00+02:00",
        "dateModified": "2026-10-06T09:12:00+02:00",
        "author": [
            {
                "@type": "Person",
                "name": "Clémence Vasseur",
                "url": f"{base}/auteur/clemence-vasseur",
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "La Voix du Nord",
            "logo": {"@type": "ImageObject", "url": f"{base}/assets/img/logo-vdn-600x60.png"},
        },
        "isAccessibleForFree": True,
        "isPartOf": {
            "@type": ["CreativeWork", "Product"],
            "name": "La Voix du Nord",
            "productID": "lavoixdunord.fr:abonnement",
        },
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
            {"@type": "ListItem", "position": 2, "name": "Région", "item": base + "/region"},
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Lille et ses environs",
                "item": base + "/region/lille-et-ses-environs",
            },
        ],
    }
    nav = menu(
        5101,
        "r-nav__list",
        base,
        ["Région", "France", "Monde", "Économie", "Sports", "Culture", "Loisirs", "Services"],
        10,
    )
    related = "".join(
        f'<li class="r-related__item"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy" width="160" height="90"><span class="r-related__title">{t["title"]}</span></a></li>'
        for t in teasers(511, 8, base + "/region", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{head_title} - La Voix du Nord</title>
<meta name="description" content="{flat(lead)}">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="{url.replace("/article/", "/amp/article/")}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="La Voix du Nord">
<meta property="og:title" content="{head_title}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/images/2026/10/06/taxe-fonciere-lille.jpg">
<meta property="article:published_time" content="2026-10-06T06:00:00+02:00">
<meta property="article:modified_time" content="2026-10-06T09:12:00+02:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@lavoixdunord">
<meta name="twitter:title" content="{head_title}">
<link rel="preconnect" href="https://sdk.privacy-center.org">
<link rel="stylesheet" href="{base}/assets/css/article.min.css?v=8.41.2">
<style>{css_blob(5111, "r", 340)}</style>
{json_script(ld)}
{json_script(crumbs)}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"page_type":"article","article_id":"1716482","section":"region/lille-et-ses-environs","locality":"Lille","premium":"0","author":"Clémence Vasseur","publication_date":"2026-10-06"}});</script>
<script type="text/javascript">window.gdprAppliesGlobally=true;(function(){{function a(e){{if(!window.frames[e]){{if(document.body&&document.body.firstChild){{var t=document.body;var n=document.createElement("iframe");n.style.display="none";n.name=e;n.title=e;t.insertBefore(n,t.firstChild)}}else{{setTimeout(function(){{a(e)}},5)}}}}}}a("__tcfapiLocator")}})();</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="r-body r-body--article" data-article-id="1716482">
<div id="didomi-host" aria-hidden="true"><div class="didomi-popup-container"><div class="didomi-popup-notice-text">La Voix du Nord et ses partenaires utilisent des cookies pour mesurer l’audience, personnaliser les contenus et les publicités.</div><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-learn-more-button">Paramétrer</button><button class="didomi-continue-without-agreeing">Continuer sans accepter</button></div></div>
<a class="r-skip" href="#main">Aller au contenu principal</a>
<div class="r-ad r-ad--banner" id="banniere_haute"></div>
<header class="r-header">
<div class="r-header__top"><button class="r-header__burger" aria-label="Menu">Menu</button><a class="r-header__logo" href="{base}/"><img src="{base}/assets/img/logo-vdn.svg" alt="La Voix du Nord" width="220" height="30"></a><a class="r-header__cta" href="https://abonnement.lavoixdunord.fr/">S’abonner</a><a class="r-header__login" href="{base}/compte/connexion">Se connecter</a></div>
<nav class="r-nav" aria-label="Menu principal">{nav}</nav>
</header>
<main id="main" class="r-main">
<nav class="r-breadcrumb" aria-label="Fil d’Ariane"><ol class="r-breadcrumb__list"><li><a href="{base}/">Accueil</a></li><li><a href="{base}/region">Région</a></li><li><a href="{base}/region/lille-et-ses-environs">Lille et ses environs</a></li></ol></nav>
<article class="r-article" itemscope itemtype="https://schema.org/NewsArticle">
<header class="r-article--header">
<div class="r-article--kicker"><a href="{base}/tags/fiscalite" class="r-article--tag">Fiscalité</a></div>
<h1 class="r-article--title">{title}</h1>
<p class="r-article--chapo">{lead}</p>
<div class="r-article--meta">
<div class="r-article--author">Par <a href="{base}/auteur/clemence-vasseur" rel="author">Clémence Vasseur</a></div>
<div class="r-article--date"><time datetime="2026-10-06T06:00:00+02:00">Publié le 06/10/2026 à 06:00</time> <span class="r-article--updated">Mis à jour le 06/10/2026 à 09:12</span></div>
<div class="r-article--reading">Temps de lecture: 3 min</div>
</div>
<div class="r-share"><button class="r-share__btn r-share__btn--facebook" aria-label="Partager sur Facebook"></button><button class="r-share__btn r-share__btn--x" aria-label="Partager sur X"></button><button class="r-share__btn r-share__btn--whatsapp" aria-label="Partager sur WhatsApp"></button><button class="r-share__btn r-share__btn--copy">Copier le lien</button><button class="r-follow" data-tag="lille">Suivre Lille</button></div>
</header>
<figure class="r-article--figure"><picture><source srcset="{base}/images/2026/10/06/taxe-fonciere-lille-780.webp" type="image/webp"><img src="{base}/images/2026/10/06/taxe-fonciere-lille.jpg" alt="Des avis de taxe foncière" width="780" height="439"></picture><figcaption class="r-article--legend">Les avis de taxe foncière doivent être réglés avant le 15&nbsp;octobre. <span class="r-article--credit">Photo Baptiste Lemaire - VDNPQR</span></figcaption></figure>
<div class="r-article--section" itemprop="articleBody">
{body}
</div>
<div class="r-article--tags"><span>Sujets:</span> <a href="{base}/tags/taxe-fonciere">Taxe foncière</a> <a href="{base}/tags/impots">Impôts</a> <a href="{base}/tags/lille">Lille</a> <a href="{base}/tags/roubaix">Roubaix</a></div>
<div class="r-newsletter"><p class="r-newsletter__title">La newsletter Lille</p><p>Chaque matin, l’essentiel de l’actualité de Lille et de sa métropole.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m’inscris</button></form></div>
</article>
<section class="r-related"><h2 class="r-related__heading">Sur le même sujet</h2><ul class="r-related__list">{related}</ul></section>
<div class="OUTBRAIN" data-src="{url}" data-widget-id="AR_1"></div>
</main>
<footer class="r-footer"><div class="r-footer__brand"><img src="{base}/assets/img/logo-vdn-white.svg" alt="La Voix du Nord"></div><ul class="r-footer__links"><li><a href="{base}/mentions-legales">Mentions légales</a></li><li><a href="{base}/cgu">CGU</a></li><li><a href="{base}/cookies">Gestion des cookies</a></li><li><a href="{base}/contact">Nous contacter</a></li></ul><p class="r-footer__copyright">© La Voix du Nord 2026</p></footer>
<script async src="https://widgets.outbrain.com/outbrain.js"></script>
<script src="{base}/assets/js/article.min.js?v=8.41.2" defer></script>
</body>
</html>
"""
    write(
        "01_lavoixdunord_rossel_locale_table_breadcrumb",
        page,
        {
            "title": flat(title),
            "publication": "La Voix du Nord",
            "author": "Clémence Vasseur",
            "section": "Lille et ses environs",
            "date": datetime.date(2026, 10, 6),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p]
            + [" ".join(flat(c) for c in row) for row in rows]
            + [flat(x) for x in q + r],
            "notes": "Rossel custom CMS, local news. h1 with &nbsp; before ':' and '%', the "
            "<title>/og:title/JSON-LD headline without them (h1 wins). Data table (header + five "
            "rows, each row one paragraph, cells joined by a space) in a figure whose "
            "figcaption is a source line, not text. No articleSection or article:section: the "
            "breadcrumb (visible and BreadcrumbList JSON-LD) ends on 'Lille et ses environs'; "
            "kicker 'Fiscalité' is a tag. Two h2 subheads; 'À lire aussi' aside and ad inside "
            "the body; 'Publié le 06/10/2026 à 06:00' and 'Mis à jour'; photo credit 'VDNPQR'; "
            "tags, newsletter, Outbrain, Didomi.",
        },
    )


def page02() -> None:
    """Le Point: custom PHP, politics, two authors, paywall cut after five blocks."""
    base = "https://www.lepoint.fr"
    url = f"{base}/politique/budget-2027-matignon-prepare-un-49-3-pour-la-mi-novembre-04-11-2026-2617304_20.php"
    title = "Budget 2027&nbsp;: Matignon prépare un 49.3 pour la mi-novembre"
    lead = (
        "Selon nos informations, le gouvernement a arrêté le calendrier de l’examen du budget à "
        "l’Assemblée. Les présidents de groupe du socle commun ont été prévenus lundi soir."
    )
    p = [
        "La décision a été prise lundi soir, lors d’un dîner à Matignon réunissant les "
        "principaux ministres et les présidents des groupes du socle commun. Sauf surprise, le "
        "gouvernement engagera sa responsabilité sur la partie recettes du projet de loi de "
        "finances le 17&nbsp;novembre, à l’issue de la première semaine de débats dans "
        "l’hémicycle.",
        "«&nbsp;On ne va pas laisser l’Assemblée s’enliser dans trois mille amendements&nbsp;», "
        "résume un conseiller, qui dit avoir «&nbsp;compté les jours&nbsp;» jusqu’à la date "
        "butoir. Le texte doit être transmis au Sénat avant la fin du mois pour que le Parlement "
        "tienne le délai de soixante-dix jours fixé par la loi organique.",
        "Le calcul n’est pas sans risque. Pour faire tomber le gouvernement, une motion de "
        "censure doit réunir 289&nbsp;voix. Les oppositions réunies en totalisent un peu plus, "
        "mais elles n’ont jamais voté la même motion depuis la rentrée, et deux groupes ont déjà "
        "fait savoir qu’ils ne mêleraient pas leurs voix.",
        "La ministre des Comptes publics, Hélène Marchal, a plaidé jusqu’au bout pour un vote. "
        "Elle a obtenu un sursis&nbsp;: le 49.3 ne sera pas dégainé avant l’examen des articles "
        "sur la fiscalité des successions, un sujet sur lequel l’exécutif espère rallier une "
        "partie des députés non inscrits.",
    ]
    subhead = "Le pari d’une censure introuvable"
    also = (
        '<p class="lire-aussi"><span class="lire-aussi__label">À LIRE AUSSI</span> '
        f'<a href="{base}/politique/successions-le-compromis-que-bercy-ne-voulait-pas-28-10-2026-2616541_20.php">'
        "Successions&nbsp;: le compromis que Bercy ne voulait pas</a></p>"
    )
    body = "\n".join(
        [
            paras(p[0]),
            also,
            paras(p[1]),
            f"<h2>{subhead}</h2>",
            paras(*p[2:]),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "alternativeHeadline": "Matignon a choisi sa date pour le 49.3 sur le budget",
        "description": flat(lead),
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": "2026-11-04T17:12:00+01:00",
        "dateModified": "2026-11-04T19:40:00+01:00",
        "articleSection": "Politique",
        "keywords": "Budget 2027, 49.3, Assemblée nationale, Gouvernement",
        "author": [
            {
                "@type": "Person",
                "name": "Clotilde Ferrand",
                "url": f"{base}/journalistes-du-point/clotilde-ferrand",
            },
            {
                "@type": "Person",
                "name": "Jérémie Aubert",
                "url": f"{base}/journalistes-du-point/jeremie-aubert",
            },
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Point",
            "logo": {"@type": "ImageObject", "url": f"{base}/images/logo-le-point-amp.png"},
        },
        "image": {
            "@type": "ImageObject",
            "url": "https://static.lpnt.fr/images/2026/11/04/26180441lpw-26180447-article-hemicycle.jpg",
            "width": 1200,
            "height": 675,
        },
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".ArticleBody--paywalled",
        },
    }
    nav = menu(
        5102,
        "MainNav__list",
        base,
        ["Politique", "Monde", "Économie", "Société", "Culture", "Sciences", "Débats", "Sport"],
        8,
    )
    more = "".join(
        f'<li class="ListLatest__item"><span class="ListLatest__time">{t["date"][8:]}h{t["id"][-2:]}</span><a href="{t["url"]}.php">{t["title"]}</a></li>'
        for t in teasers(512, 12, base + "/politique", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<title>{flat(title)} - Le Point</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{flat(lead)}">
<meta name="news_keywords" content="Budget 2027, 49.3, Assemblée nationale, Gouvernement">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Le Point">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://static.lpnt.fr/images/2026/11/04/26180441lpw-26180447-article-hemicycle.jpg">
<meta property="article:published_time" content="2026-11-04T17:12:00+01:00">
<meta property="article:modified_time" content="2026-11-04T19:40:00+01:00">
<meta property="article:section" content="Politique">
<meta property="article:content_tier" content="locked">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@LePoint">
<link rel="stylesheet" href="https://static.lpnt.fr/build/css/article.8c1d2e.css">
<style>{css_blob(5112, "lp", 300)}</style>
{json_script(ld)}
<script>var tc_vars={{"page_type":"article","article_id":"2617304","rubrique":"politique","premium":"1","auteurs":"Clotilde Ferrand|Jérémie Aubert","date_publication":"04/11/2026"}};</script>
<script src="https://cdn.tagcommander.com/5029/tc_LePoint_31.js" async></script>
<script src="https://cdn.piano.io/api/tinypass.min.js" async></script>
</head>
<body class="page-article rubrique-politique article-premium">
<div id="sd-cmp" class="sd-cmp"><div class="sd-cmp-text"><p>Le Point et ses partenaires traitent vos données personnelles (cookies) afin de mesurer l’audience et de vous proposer des contenus et publicités personnalisés.</p></div><button class="sd-cmp-agree">Accepter</button><button class="sd-cmp-refuse">Continuer sans accepter</button></div>
<header class="HeaderMain"><div class="HeaderMain__top"><a class="HeaderMain__logo" href="{base}/"><svg role="img" aria-label="Le Point" viewBox="0 0 150 40"><path d="M0 0h30v40H0z"/></svg></a><a class="HeaderMain__subscribe" href="https://abonnement.lepoint.fr/">S’abonner</a><a class="HeaderMain__account" href="{base}/mon-compte">Mon compte</a></div><nav class="MainNav">{nav}</nav></header>
<main class="MainContent">
<nav class="Breadcrumb"><a href="{base}/">Accueil</a> <span>›</span> <a href="{base}/politique/">Politique</a></nav>
<article class="Article ArticlePremium">
<header class="ArticleHeader">
<div class="ArticleHeader__labels"><span class="Label Label--premium">Abonnés</span> <span class="Label Label--exclusive">Exclusif</span></div>
<h1 class="ArticleTitle">{title}</h1>
<h2 class="ArticleLead">{lead}</h2>
<div class="ArticleHeader__meta">
<div class="ArticleAuthors">Par <a href="{base}/journalistes-du-point/clotilde-ferrand" class="ArticleAuthors__name">Clotilde Ferrand</a> et <a href="{base}/journalistes-du-point/jeremie-aubert" class="ArticleAuthors__name">Jérémie Aubert</a></div>
<div class="ArticleDates"><span class="ArticleDates__published">Publié le 04/11/2026 à 17h12</span> <span class="ArticleDates__modified">- Modifié le 04/11/2026 à 19h40</span></div>
</div>
<div class="ArticleTools"><button class="ArticleTools__listen">Écouter cet article</button><button class="ArticleTools__gift">Offrir cet article</button><button class="ArticleTools__save">Sauvegarder</button><a class="ArticleTools__comments" href="#comments">Commenter (48)</a></div>
</header>
<figure class="ArticleImage"><img src="https://static.lpnt.fr/images/2026/11/04/26180441lpw-26180447-article-hemicycle.jpg" alt="" width="1200" height="675"><figcaption class="ArticleImage__caption">L’hémicycle de l’Assemblée nationale, lors des questions au gouvernement. <span class="ArticleImage__credit">© Ludovic Marin / AFP</span></figcaption></figure>
<div class="ArticleBody ArticleBody--paywalled">
{body}
</div>
<div class="Paywall" id="paywall"><div class="Paywall__gradient"></div><p class="Paywall__title">Cet article est réservé aux abonnés.</p><p class="Paywall__text">Vous voulez lire la suite&nbsp;? Abonnez-vous pour 1&nbsp;€ le premier mois, sans engagement.</p><a class="Paywall__button" href="https://abonnement.lepoint.fr/?origine=paywall">Je m’abonne</a><p class="Paywall__login">Déjà abonné&nbsp;? <a href="{base}/mon-compte/connexion">Se connecter</a></p></div>
<div class="ArticleNewsletter"><p class="ArticleNewsletter__title">Newsletter Politique</p><p>Chaque semaine, les coulisses du pouvoir, par la rédaction du Point.</p><a href="{base}/newsletters/">S’inscrire</a></div>
</article>
<aside class="ListLatest"><h2 class="ListLatest__title">Les dernières infos</h2><ul>{more}</ul></aside>
</main>
<footer class="Footer"><p class="Footer__copyright">© Le Point 2026 - Tous droits réservés</p><ul class="Footer__links"><li><a href="{base}/mentions-legales">Mentions légales</a></li><li><a href="{base}/cgu">CGU</a></li></ul></footer>
<script>tp=window.tp||[];tp.push(["setTags",["premium","politique"]]);tp.push(["setContentSection","Politique"]);</script>
</body>
</html>
"""
    write(
        "02_lepoint_custom_politique_paywall_two_authors",
        page,
        {
            "title": flat(title),
            "publication": "Le Point",
            "author": "Clotilde Ferrand et Jérémie Aubert",
            "section": "Politique",
            "date": datetime.date(2026, 11, 4),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "Le Point custom PHP, politics, paywall. Four paragraphs and one h2 subhead "
            "before the paywall box ('Cet article est réservé aux abonnés.'): incomplete; "
            "isAccessibleForFree false with hasPart cssSelector; article:content_tier locked. "
            "Standfirst in h2.ArticleLead right after the h1; labels 'Abonnés' and 'Exclusif' "
            "are not the section (articleSection 'Politique'). 'Par A et B' in two links. "
            "'À LIRE AUSSI' is a <p> inside the body (chrome). 'Publié le 04/11/2026 à 17h12 - "
            "Modifié le 04/11/2026 à 19h40'; photo credit '© … / AFP' is no agency.",
        },
    )


def page03() -> None:
    """DNA: EBRA platform, court report, block quotation, UTC on the previous day."""
    base = "https://www.dna.fr"
    url = f"{base}/faits-divers-justice/2026/03/14/un-an-de-prison-avec-sursis-pour-l-ancien-tresorier-du-club-de-handball"
    title = "Un an de prison avec sursis pour l’ancien trésorier du club de handball"
    lead = (
        "L’ancien trésorier du Colmar Handball Club a été condamné vendredi pour avoir détourné "
        "près de 68&nbsp;000&nbsp;euros entre 2021 et 2024. Il devra rembourser l’intégralité de "
        "la somme."
    )
    p = [
        "Il a gardé les yeux baissés pendant toute l’audience. Devant le tribunal correctionnel "
        "de Colmar, vendredi après-midi, l’ancien trésorier du Colmar Handball Club, un "
        "comptable de 52&nbsp;ans, n’a contesté aucun des faits qui lui étaient reprochés&nbsp;: "
        "67&nbsp;840&nbsp;euros virés depuis les comptes de l’association vers les siens, en "
        "143&nbsp;opérations, entre septembre&nbsp;2021 et février&nbsp;2024.",
        "Les virements portaient des libellés anodins, «&nbsp;frais de déplacement&nbsp;», "
        "«&nbsp;remboursement tournoi&nbsp;», «&nbsp;avance matériel&nbsp;». C’est la nouvelle "
        "présidente du club, élue en mars&nbsp;2024, qui a découvert l’anomalie en préparant "
        "l’assemblée générale&nbsp;: le compte courant ne contenait plus que 1&nbsp;200&nbsp;euros, "
        "alors que le budget prévisionnel en annonçait plus de 40&nbsp;000.",
    ]
    q = [
        "À la barre, le prévenu a expliqué avoir d’abord «&nbsp;emprunté&nbsp;» de petites "
        "sommes pour faire face à des dettes personnelles, après un divorce et la perte d’une "
        "partie de sa clientèle. «&nbsp;J’ai voulu boucher les trous, et puis les trous sont "
        "devenus plus grands que moi&nbsp;», a-t-il dit d’une voix à peine audible.",
        "La présidente du tribunal a lu un extrait de la lettre qu’il avait adressée au comité "
        "directeur quelques jours après la découverte des faits&nbsp;:",
    ]
    letter = [
        "«&nbsp;Je ne vous demande pas de me pardonner. Je vous demande seulement de croire que "
        "je n’ai jamais voulu nuire aux enfants du club, ni aux bénévoles qui donnent leurs "
        "week-ends depuis des années.",
        "Je rembourserai chaque euro, même si cela doit me prendre le reste de ma vie.&nbsp;»",
    ]
    r = [
        "Il a depuis remboursé 9&nbsp;000&nbsp;euros, grâce à la vente d’un véhicule.",
    ]
    s = [
        "Pour l’avocate du club, partie civile, le préjudice ne se limite pas à l’argent. Faute "
        "de trésorerie, l’équipe des moins de 15&nbsp;ans a dû renoncer à un tournoi en "
        "Allemagne, et deux salariés ont vu leur temps de travail réduit. «&nbsp;Des parents ont "
        "cessé de faire confiance à l’association. Cela, aucun virement ne le réparera&nbsp;», a "
        "plaidé M<sup>e</sup>&nbsp;Sophie Kuntz.",
        "Le procureur avait requis dix-huit mois d’emprisonnement avec sursis. Le tribunal a "
        "prononcé un an avec sursis probatoire pendant deux ans, avec obligation d’indemniser "
        "la victime, et une interdiction d’exercer une fonction de trésorier dans une "
        "association pendant cinq ans.",
        "Le club, qui compte aujourd’hui 310&nbsp;licenciés, a mis en place une double "
        "signature pour tout virement supérieur à 500&nbsp;euros.",
    ]
    subheads = ["«&nbsp;J’ai voulu boucher les trous&nbsp;»", "Un tournoi annulé faute d’argent"]
    also = (
        '<div class="article-related-inline"><span class="article-related-inline__label">Lire aussi</span> '
        f'<a href="{base}/sport/handball/2024/04/02/le-colmar-handball-club-porte-plainte-contre-son-ancien-tresorier">'
        "Le Colmar Handball Club porte plainte contre son ancien trésorier</a></div>"
    )
    body = "\n".join(
        [
            paras(*p),
            also,
            f"<h2>{subheads[0]}</h2>",
            paras(*q),
            f'<blockquote class="article-quote">\n{paras(*letter)}\n</blockquote>',
            paras(*r),
            '<div class="ad-slot ad-slot--article" id="dfp-pave-2"><span class="ad-slot__label">Publicité</span></div>',
            f"<h2>{subheads[1]}</h2>",
            paras(*s),
        ]
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": url,
        "headline": flat(title),
        "description": flat(lead),
        "datePublished": "2026-03-14T00:05:00+01:00",
        "dateModified": "2026-03-14T07:48:00+01:00",
        "author": {"@type": "Person", "name": "Thomas Wendling"},
        "publisher": {
            "@type": "Organization",
            "name": "Dernières Nouvelles d'Alsace",
            "logo": {"@type": "ImageObject", "url": f"{base}/assets/logos/dna-amp.png"},
        },
        "image": {"@type": "ImageObject", "url": f"{base}/images/2026/03/14/tribunal-colmar.jpg"},
    }
    nav = menu(
        5103,
        "nav-main__list",
        base,
        ["Actu", "Strasbourg", "Colmar", "Haguenau", "Sélestat", "Sport", "Loisirs", "Région"],
        9,
    )
    more = "".join(
        f'<article class="card card--small"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><p class="card__kicker">{t["section"]}</p><h3 class="card__title">{t["title"]}</h3></a></article>'
        for t in teasers(513, 12, base + "/faits-divers-justice", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Colmar | {flat(title)}</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="DNA">
<meta property="og:type" content="article">
<meta property="og:locale" content="fr_FR">
<meta property="og:title" content="Colmar | {flat(title)}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/images/2026/03/14/tribunal-colmar.jpg">
<meta property="article:section" content="Faits divers - Justice">
<meta property="article:published_time" content="2026-03-13T23:05:00Z">
<meta property="article:modified_time" content="2026-03-14T06:48:00Z">
<meta property="article:tag" content="Colmar">
<meta property="article:tag" content="Handball">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@DNA_actu">
<link rel="stylesheet" href="{base}/assets/css/ebra-article.css?v=2026.03.2">
<style>{css_blob(5113, "eb", 280)}</style>
{json_script(ld)}
<script>window.ebraTag={{"site":"dna","pageType":"article","rubrique":"faits-divers-justice","localite":"colmar","articleId":"a2b71f90-1d4b-4c1e-9d55-3b7e0c4f6e21","acces":"gratuit"}};</script>
<script src="https://cdn.ebra.fr/tags/didomi-loader.js" async></script>
</head>
<body class="page-article site-dna">
<div class="topbar"><span class="topbar__date">Samedi 14 mars 2026</span><a href="{base}/meteo">Météo</a><a href="https://journal.dna.fr/">Le journal numérique</a></div>
<header class="header"><a class="header__logo" href="{base}/"><img src="{base}/assets/logos/dna.svg" alt="Dernières Nouvelles d'Alsace"></a><a class="header__subscribe" href="https://abo.dna.fr/">Je m’abonne</a><a class="header__login" href="{base}/compte">Connexion</a><nav class="nav-main">{nav}</nav></header>
<main class="main">
<article class="article" data-article-type="standard">
<div class="article__header">
<p class="article__kicker"><a href="{base}/edition-colmar">Colmar</a> <span class="article__kicker-sep">|</span> <span>Justice</span></p>
<h1 class="article__title">{title}</h1>
<p class="article__chapo">{lead}</p>
<div class="article__infos"><span class="article__author">Par Thomas Wendling</span> - <span class="article__date">Le 14/03/2026 à 00:05</span> <span class="article__update">Mis à jour le 14/03/2026 à 07:48</span></div>
<div class="article__share"><a href="#" class="share share--facebook">Facebook</a><a href="#" class="share share--x">X</a><a href="#" class="share share--mail">E-mail</a></div>
</div>
<figure class="article__image"><img src="{base}/images/2026/03/14/tribunal-colmar.jpg" alt="Le palais de justice de Colmar."><figcaption>Le tribunal correctionnel de Colmar a rendu sa décision vendredi soir. Photo d’archives DNA /Jean-Marc Loos</figcaption></figure>
<div class="article__body textComponent">
{body}
</div>
<div class="article__footer"><p class="article__tags"><a href="{base}/tags/colmar">Colmar</a> <a href="{base}/tags/handball">Handball</a> <a href="{base}/tags/justice">Justice</a></p><div class="newsletter-box"><p class="newsletter-box__title">Newsletter Colmar</p><p>Recevez chaque matin l’actualité de Colmar et du Centre-Alsace.</p><a href="{base}/newsletters">Je m’inscris</a></div><div class="comments-closed">Les commentaires sont fermés pour cet article.</div></div>
</article>
<section class="more"><h2 class="more__title">Dans la même rubrique</h2>{more}</section>
</main>
<footer class="footer"><p>© Dernières Nouvelles d'Alsace - 2026 - Tous droits réservés</p><p><a href="{base}/mentions-legales">Mentions légales</a> · <a href="{base}/cgu">Conditions générales</a></p></footer>
</body>
</html>
"""
    write(
        "03_dna_ebra_justice_blockquote_utc_previous_day",
        page,
        {
            "title": title,
            "publication": "Dernières Nouvelles d'Alsace",
            "author": "Thomas Wendling",
            "section": "Faits divers - Justice",
            "date": datetime.date(2026, 3, 14),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [flat(x) for x in subheads],
            "paragraphs": [flat(x) for x in p + q + letter + r + s],
            "notes": "EBRA platform, court report. Published at 00:05 Paris time: JSON-LD "
            "2026-03-14T00:05+01:00, article:published_time 2026-03-13T23:05Z (the UTC day is "
            "the day before); visible 'Le 14/03/2026 à 00:05' → date 14 March. No articleSection: "
            "article:section 'Faits divers - Justice' beats the kicker 'Colmar | Justice'. "
            "<title> and og:title prefixed 'Colmar | ' (h1 wins). blockquote of the letter, two "
            "paragraphs, each a paragraph; h2 subhead in guillemets; 'Me' with <sup>; 'Lire "
            "aussi' and ad inside the body. og:site_name 'DNA', publisher and footer 'Dernières "
            "Nouvelles d'Alsace'. Header date of the day; photo credit; comments closed box.",
        },
    )


def page04() -> None:
    """Blick romand: Next.js with styled-components, hockey live ticker, two authors."""
    base = "https://www.blick.ch"
    url = f"{base}/fr/sport/hockey/national-league-servette-renverse-gotteron-dans-le-derby-romand-id21468392.html"
    title = "Servette renverse Gottéron dans un derby romand à rebondissements"
    entries = [
        (
            "2026-12-05T22:31:00+01:00",
            "22:31",
            "Victoire des Aigles 4-3!",
            [
                "C’est terminé aux Vernets! Genève-Servette s’impose 4-3 face à Fribourg-Gottéron "
                "après avoir été mené 1-3 à la mi-match. Les Grenat remontent provisoirement au "
                "quatrième rang de National League.",
                "«On n’a jamais arrêté d’y croire, même à 1-3. Le public nous a portés dans le "
                "troisième tiers», a réagi le capitaine genevois Noah Perrenoud au micro de "
                "MySports.",
                "Prochain match pour les deux équipes mardi: Servette se déplace à Zoug, Gottéron "
                "reçoit Lugano. Merci d’avoir suivi ce derby avec nous, et bonne soirée!",
            ],
        ),
        (
            "2026-12-05T22:24:00+01:00",
            "22:24",
            None,
            [
                "Temps mort demandé par Gottéron à 1'12 de la fin. Le gardien fribourgeois rejoint "
                "le banc, les Dragons jouent à six contre cinq.",
            ],
        ),
        (
            "2026-12-05T22:15:00+01:00",
            "22:15",
            "BUT! Servette prend l’avantage",
            [
                "Le Suédois Erik Lindqvist trouve la lucarne d’un tir du poignet depuis le cercle "
                "d’engagement. 4-3 à la 54e minute, et les Vernets explosent.",
            ],
        ),
        (
            "2026-12-05T21:58:00+01:00",
            "21:58",
            "Égalisation en supériorité numérique",
            [
                "Power-play efficace pour Servette: Noah Perrenoud dévie un lancer de la ligne "
                "bleue. 3-3 après 46 minutes!",
            ],
        ),
        (
            "2026-12-05T21:40:00+01:00",
            "21:40",
            "Deuxième tiers: 2-3",
            [
                "Servette a réduit l’écart à 40 secondes de la sirène par Jonas Rey. Les Genevois "
                "ont tiré 14 fois au but dans ce tiers, contre 6 pour Fribourg.",
            ],
        ),
        (
            "2026-12-05T20:55:00+01:00",
            "20:55",
            None,
            [
                "Doublé de Mattia Crameri! Gottéron mène 3-1 après 27 minutes, et une partie du "
                "public siffle les joueurs genevois.",
            ],
        ),
        (
            "2026-12-05T20:32:00+01:00",
            "20:32",
            "Premier tiers: 1-2",
            [
                "Gottéron a ouvert le score dès la 4e minute par Crameri, avant que Servette "
                "n’égalise par Lindqvist. Mais les Fribourgeois ont repris l’avantage juste "
                "avant la pause.",
            ],
        ),
        (
            "2026-12-05T19:15:00+01:00",
            "19:15",
            None,
            [
                "Bonsoir et bienvenue aux Vernets pour le deuxième derby romand de la saison. "
                "Au match aller, à Fribourg, Gottéron s’était imposé 5-2.",
                "Servette doit se passer de son défenseur Luca Meier, blessé à l’épaule. Coup "
                "d’envoi à 19h45.",
            ],
        ),
    ]
    video = (
        '<div class="sc-4d1f0a2b-0 hGxYqK" data-testid="video-embed"><div class="jwplayer" '
        'data-media-id="bL3kX9"></div><p class="sc-4d1f0a2b-1 cNnRtE">Le but de la victoire '
        "d’Erik Lindqvist en vidéo. MySports</p></div>"
    )
    photo = (
        '<figure class="sc-8b2e31c7-0 dWqLmz" data-testid="image"><img src="https://img.blick.ch/'
        'incoming/21468401-v0-crameri.jpg?imwidth=1000" alt="Mattia Crameri célèbre son '
        'deuxième but."><figcaption class="sc-8b2e31c7-1 kQpTsd">Mattia Crameri a inscrit deux '
        'buts pour Gottéron. <span class="sc-8b2e31c7-2 fVbLoP">Photo: Keystone</span>'
        "</figcaption></figure>"
    )
    blocks = []
    for i, (stamp, clock, head, texts) in enumerate(entries):
        heading = f'<h3 class="sc-7c3e9f1a-3 lkXzPb">{head}</h3>' if head else ""
        extra = video if i == 2 else (photo if i == 5 else "")
        text = "\n".join(f'<p class="sc-f1a3b5c2-0 eQmTaP">{t}</p>' for t in texts)
        blocks.append(
            f'<div class="sc-7c3e9f1a-0 gRbVnD" data-testid="live-ticker-item" id="post-{9000 - i}">'
            f'<div class="sc-7c3e9f1a-1 bYuWmK"><time class="sc-7c3e9f1a-2 cTtHsX" dateTime="{stamp}">{clock}</time></div>'
            f"{heading}<div>{text}</div>{extra}</div>"
        )
        if i == 3:
            blocks.append(
                '<div class="sc-a1d9c7e3-0 jMnKrS" data-testid="ad"><span>Publicité</span><div id="ad-inside-2"></div></div>'
            )
    updates = [
        {
            "@type": "BlogPosting",
            "headline": head or flat(texts[0])[:60],
            "datePublished": stamp,
            "articleBody": " ".join(flat(t) for t in texts),
        }
        for stamp, _, head, texts in entries
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url,
        "url": url,
        "headline": title,
        "articleSection": "Hockey",
        "inLanguage": "fr-CH",
        "coverageStartTime": "2026-12-05T19:15:00+01:00",
        "coverageEndTime": "2026-12-05T22:31:00+01:00",
        "datePublished": "2026-12-05T19:15:00+01:00",
        "dateModified": "2026-12-05T22:31:00+01:00",
        "author": [
            {"@type": "Person", "name": "Grégory Favre", "jobTitle": "Journaliste Sport"},
            {"@type": "Person", "name": "Lina Bachmann", "jobTitle": "Stagiaire Sport"},
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Blick",
            "logo": {"@type": "ImageObject", "url": f"{base}/fr/logo-blick-romandie.png"},
        },
        "about": {
            "@type": "SportsEvent",
            "name": "Genève-Servette - Fribourg-Gottéron",
            "startDate": "2026-12-05T19:45:00+01:00",
            "location": {"@type": "Place", "name": "Patinoire des Vernets"},
        },
        "liveBlogUpdate": updates,
    }
    state = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "21468392",
                    "title": title,
                    "section": {"name": "Hockey", "path": "/fr/sport/hockey"},
                    "authors": ["Grégory Favre", "Lina Bachmann"],
                    "liveTicker": [
                        {"time": clock, "title": head, "paragraphs": texts}
                        for _, clock, head, texts in entries
                    ],
                },
                "related": teasers(5141, 8, base + "/fr/sport", FILLER),
            }
        },
        "page": "/fr/[...slug]",
        "buildId": "Xq2vB7mLr0",
    }
    nav = menu(
        5104,
        "sc-9f2b1c6d-0 hLkWnV",
        base + "/fr",
        ["News", "Sport", "Football", "Hockey", "Économie", "People", "Vie pratique"],
        7,
    )
    more = "".join(
        f'<a class="sc-2b7d4e1f-0 kRtWcX" href="{t["url"]}.html"><img src="{t["image"]}" alt="" loading="lazy"><span class="sc-2b7d4e1f-1 pYqLmN">{t["section"]}</span><span class="sc-2b7d4e1f-2 wQzRtY">{t["title"]}</span></a>'
        for t in teasers(514, 16, base + "/fr/sport", FILLER)
    )
    page = f"""<!DOCTYPE html><html lang="fr-CH"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"/><title>Live: {title} | Blick</title><meta name="description" content="Genève-Servette s’impose 4-3 contre Fribourg-Gottéron aux Vernets. Revivez le match en direct."/><link rel="canonical" href="{url}"/><meta property="og:site_name" content="Blick"/><meta property="og:type" content="article"/><meta property="og:title" content="Live: {title}"/><meta property="og:url" content="{url}"/><meta property="og:image" content="https://img.blick.ch/incoming/21468401-v0-crameri.jpg?imwidth=1200&amp;ratio=16_9"/><meta property="article:published_time" content="2026-12-05T18:15:00.000Z"/><meta property="article:modified_time" content="2026-12-05T21:31:00.000Z"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@Blick_fr"/><meta name="parsely-title" content="{title}"/><meta name="parsely-section" content="Hockey"/><meta name="parsely-type" content="post"/><style data-styled="active" data-styled-version="6.1.8">{css_blob(5114, "sc", 380)}</style>{json_script(ld)}<script src="https://cmp.blick.ch/unified/wrapperMessagingWithoutDetection.js" async=""></script><script defer="" src="/fr/_next/static/chunks/pages/_app-3e9a1f.js"></script></head><body><div id="__next"><div class="sc-5e1a2b3c-0 aBcDeF"><header class="sc-3f8a1d2e-0 gHiJkL"><a href="/fr" aria-label="Blick Romandie"><svg viewBox="0 0 90 30"><path d="M0 0h90v30H0z"/></svg></a><nav class="sc-3f8a1d2e-1 mNoPqR">{nav}</nav><a class="sc-3f8a1d2e-2 sTuVwX" href="/fr/services/newsletter">Newsletter</a></header><main class="sc-6d2c1b0a-0 yZaBcD"><nav class="sc-1e4f7a9b-0 eFgHiJ" aria-label="breadcrumb"><a href="/fr">Accueil</a><a href="/fr/sport">Sport</a><a href="/fr/sport/hockey">Hockey</a></nav><article class="sc-0a9b8c7d-0 kLmNoP"><div class="sc-0a9b8c7d-1 qRsTuV"><span class="sc-0a9b8c7d-2 wXyZaB" data-testid="live-badge">Live</span><span class="sc-0a9b8c7d-3 cDeFgH">National League</span></div><h1 class="sc-0a9b8c7d-4 iJkLmN">{title}</h1><div class="sc-b4c3d2e1-0 oPqRsT" data-testid="scoreboard"><span>Genève-Servette</span><span class="sc-b4c3d2e1-1 uVwXyZ">4 : 3</span><span>Fribourg-Gottéron</span><span class="sc-b4c3d2e1-2 aBcDeG">(1-2, 1-1, 2-0)</span></div><div class="sc-d7e6f5a4-0 hIjKlM"><div class="sc-d7e6f5a4-1 nOpQrS"><a href="/fr/auteurs/gregory-favre">Grégory Favre</a><span class="sc-d7e6f5a4-2 tUvWxY">Journaliste Sport</span></div><div class="sc-d7e6f5a4-1 nOpQrS"><a href="/fr/auteurs/lina-bachmann">Lina Bachmann</a><span class="sc-d7e6f5a4-2 tUvWxY">Stagiaire Sport</span></div></div><div class="sc-e9f8a7b6-0 zAbCdE"><span>Publié: 05.12.2026 à 19:15 heures</span><span>|</span><span>Dernière mise à jour: 05.12.2026 à 22:31 heures</span></div><div class="sc-c1d2e3f4-0 fGhIjK" data-testid="share-bar"><button aria-label="Partager">Partager</button><button aria-label="Commentaires">Commentaires</button></div><div class="sc-f0e1d2c3-0 lMnOpQ" data-testid="live-ticker"><button class="sc-f0e1d2c3-1 rStUvW">Actualiser</button>{"".join(blocks)}</div><div class="sc-a9b8c7d6-0 xYzAbC" data-testid="comments-teaser"><p>Commentaires</p><button>Afficher les commentaires</button></div></article><section class="sc-1b2c3d4e-0 dEfGhI"><h2>Plus de sport</h2>{more}</section></main><footer class="sc-8e7d6c5b-0 jKlMnO"><p>© 2026 Ringier Médias Suisse. Blick Romandie</p><a href="/fr/impressum">Impressum</a><a href="/fr/protection-des-donnees">Protection des données</a></footer></div></div>{json_script(state, 'id="__NEXT_DATA__" type="application/json"')}</body></html>"""
    write(
        "04_blick_nextjs_live_hockey_two_authors",
        page,
        {
            "title": title,
            "publication": "Blick",
            "author": "Grégory Favre et Lina Bachmann",
            "section": "Hockey",
            "date": datetime.date(2026, 12, 5),
            "source_url": url,
            "subheads": [h for _, _, h, _ in entries if h],
            "paragraphs": [flat(x) for _, _, _, t in entries for x in t],
            "notes": "Blick Romandie on Next.js with styled-components class names (no "
            "semantic classes, data-testid only), one line. Hockey live ticker, newest first: "
            "h3 entry titles are subheads, three entries untitled, times are not text. 'Live' "
            "badge and 'National League' label outside the h1; scoreboard and period scores are "
            "chrome; no standfirst. Two authors as two links, each with a role span "
            "('Journaliste Sport', 'Stagiaire Sport'); JSON-LD LiveBlogPosting with "
            "liveBlogUpdate and articleSection 'Hockey'; 'Publié: 05.12.2026 à 19:15 heures'. "
            "Video legend ('MySports') and photo caption ('Photo: Keystone') inside entries; ad "
            "between entries; __NEXT_DATA__ repeats the entries. Swiss typography: no space "
            "before ! ? : and «» without spaces.",
        },
    )
