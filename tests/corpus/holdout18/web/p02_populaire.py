# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 02: Le Populaire du Centre (Centre France CMS), paywall after four paragraphs."""

import datetime

from chrome import consent, footer, most_read, teaser_rail, tracking
from kit import css_blob, flat, json_script, menu, paras, write


def page() -> None:
    """Premium article cut by the paywall; breadcrumb in microdata; kicker after it."""
    base = "https://www.lepopulaire.fr"
    url = f"{base}/limoges-87000/actualites/la-halle-de-la-place-carnot-fermera-pendant-deux-ans-pour-travaux_14470218/"
    title = "La halle de la place Carnot fermera pendant deux ans pour travaux à Limoges"
    lead = (
        "Les trente-deux commerçants de la halle devront déménager sous un chapiteau provisoire, "
        "place Jourdan, à partir du mois de mars. Le chantier est estimé à 11,8 millions d’euros."
    )
    p = [
        "Il faudra s’y faire : à partir du 2&nbsp;mars, la halle Carnot, l’un des deux marchés "
        "couverts de Limoges avec les Halles centrales, baissera le rideau pour vingt-quatre mois. "
        "Le conseil municipal doit voter, lundi soir, l’attribution des premiers lots d’un chantier "
        "estimé à 11,8&nbsp;millions d’euros.",
        "Construite en 1889, la structure métallique souffre de corrosion. « Un diagnostic de 2024 "
        "a montré que certaines poutres avaient perdu un tiers de leur section », explique "
        "l’adjoint chargé du patrimoine, Olivier Chabrol. La verrière, fuyante depuis des années, "
        "sera entièrement refaite.",
        "Pendant les travaux, les trente-deux commerçants – bouchers, fromagers, primeurs, un "
        "poissonnier et deux traiteurs – seront installés sous un chapiteau chauffé de "
        "1&nbsp;400&nbsp;m², place Jourdan. La Ville prendra en charge le déménagement et "
        "suspendra les droits de place pendant les trois premiers mois.",
        "Chez les marchands, l’inquiétude domine. « Nos clients viennent à pied depuis le quartier "
        "Carnot. Place Jourdan, ce sera une autre clientèle, et il faudra la conquérir en plein "
        "hiver », redoute <em>Martine Vergnaud</em>, fromagère depuis 1998, qui préside "
        "l’association des commerçants de la halle.",
    ]
    paywall = (
        '<div class="premium-box" data-premium="true"><div class="premium-box__fade"></div>'
        '<p class="premium-box__title">Cet article est réservé aux abonnés</p>'
        '<p class="premium-box__text">Pour lire la suite, profitez de notre offre : 1 € le premier mois, sans engagement.</p>'
        f'<a class="premium-box__cta" href="{base}/abonnement/?origin=paywall">Je m’abonne</a>'
        f'<a class="premium-box__login" href="{base}/connexion/">Déjà abonné ? Je me connecte</a></div>'
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": lead,
        "datePublished": "2026-11-14T07:30:00+01:00",
        "dateModified": "2026-11-14T07:30:00+01:00",
        "author": [
            {
                "@type": "Person",
                "name": "Pauline Delage",
                "url": f"{base}/auteurs/pauline-delage/",
                "jobTitle": "Journaliste à la rédaction de Limoges",
            }
        ],
        "publisher": {
            "@type": "Organization",
            "name": "Le Populaire du Centre",
            "logo": {"@type": "ImageObject", "url": f"{base}/img/logos/populaire-amp.png"},
        },
        "mainEntityOfPage": url,
        "isAccessibleForFree": "False",
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": "False",
            "cssSelector": ".premium-content",
        },
        "image": [f"{base}/photoSRC/Gw--/halle-carnot_7712345.jpeg"],
    }
    crumb = (
        '<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">'
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{base}/"><span itemprop="name">Accueil</span></a><meta itemprop="position" content="1"></li>'
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{base}/haute-vienne/"><span itemprop="name">Haute-Vienne</span></a><meta itemprop="position" content="2"></li>'
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{base}/limoges-87000/"><span itemprop="name">Limoges</span></a><meta itemprop="position" content="3"></li></ol>'
    )
    nav = menu(
        2101,
        "menu",
        base,
        [
            "Limoges",
            "Haute-Vienne",
            "Corrèze",
            "Creuse",
            "Sports",
            "Loisirs",
            "Services",
            "Éditions",
        ],
        12,
    )
    page_html = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="fr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>La halle de la place Carnot fermera pendant deux ans pour travaux à Limoges - Limoges (87000)</title>
<meta name="description" content="Les trente-deux commerçants de la halle devront déménager.">
<meta property="og:title" content="La halle de la place Carnot fermera pendant deux ans pour travaux à Limoges">
<meta property="og:site_name" content="www.lepopulaire.fr">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-11-14T07:30:00+01:00">
<meta property="article:author" content="Pauline Delage">
<link rel="canonical" href="{url}">
<style>{css_blob(2102, "cf", 420)}</style>
{json_script(ld)}
{tracking(2103, {"site": "lepopulaire", "type": "article", "premium": "1", "commune": "limoges-87000"})}
</head>
<body class="cf-article premium">
{consent(2104)}
<header id="header"><a href="{base}/" class="logo"><img src="{base}/img/logos/populaire.svg" alt="Le Populaire du Centre"></a><nav>{nav}</nav><a class="abo" href="{base}/abonnement/">Abonnez-vous</a></header>
<main id="content">
{crumb}
<article class="article">
<p class="article-surtitre">Urbanisme</p>
<h1 class="article-titre">{title}</h1>
<p class="article-premium-flag">Réservé aux abonnés</p>
<div class="article-infos"><span class="auteur">Pauline Delage</span> <span class="date">Publié le 14/11/2026 à 07h30</span></div>
<figure class="article-photo"><img src="{base}/photoSRC/Gw--/halle-carnot_7712345.jpeg" alt=""><figcaption>La halle, construite en 1889, souffre de corrosion. © Photo Thomas Jouhannaud</figcaption></figure>
<p class="article-chapo">{lead}</p>
<div class="article-content premium-content">
{paras(*p)}
</div>
{paywall}
<ul class="article-tags"><li><a href="{base}/theme/commerce/">Commerce</a></li><li><a href="{base}/theme/urbanisme/">Urbanisme</a></li></ul>
</article>
{most_read(2105, base)}
<section class="block-related"><h2>Sur le même sujet</h2>{teaser_rail(2106, base, 170, "cf-teaser")}</section>
</main>
{footer("Le Populaire du Centre", "Le Populaire du Centre – Centre France", ["Mentions légales", "CGU", "Contact", "Cookies"])}
</body></html>
"""
    write(
        "02_populaire_centrefrance_paywall",
        page_html,
        {
            "title": title,
            "publication": "Le Populaire du Centre",
            "author": "Pauline Delage",
            "section": "Limoges",
            "date": datetime.date(2026, 11, 14),
            "standfirst": lead,
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "Centre France CMS. Paywall box after four paragraphs (incomplete); "
            "isAccessibleForFree 'False' as a string with hasPart cssSelector; og:site_name is "
            "the host 'www.lepopulaire.fr' (publisher gives the name); <title> ends with the "
            "commune '- Limoges (87000)', not the site; breadcrumb only in microdata, its last "
            "item 'Limoges' beats the surtitre 'Urbanisme'; byline without 'Par'; caption and "
            "credit between byline and chapô; 'Réservé aux abonnés' flag above the text.",
        },
    )
