# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Le Berry républicain (Centre France): paywall cut after three paragraphs."""

import datetime

from chrome import consent, css_blob, footer, menu, teaser_grid, tracking
from kit import flat, json_script, paras, write


def page() -> None:
    """Centre France custom CMS: p.chapo, subhead before the cut, premium box, comments count."""
    base = "https://www.leberry.fr"
    url = f"{base}/bourges-18000/actualites/la-halle-au-ble-de-bourges-cherche-un-repreneur-pour-son-marche-couvert_14682031/"
    title = "La halle au blé de Bourges cherche un repreneur pour son marché couvert"
    lead = (
        "Après le départ de l’association qui l’animait depuis 2011, la ville lance un appel à "
        "projets. Les commerçants du samedi s’inquiètent pour la saison d’hiver."
    )
    subhead = "Un loyer divisé par deux"
    p = [
        "Les volets de la halle au blé sont restés baissés samedi matin, pour la première fois "
        "depuis quinze ans. L’association Berry Saveurs, qui gérait le marché couvert de la rue "
        "Mirebeau, a rendu les clés le 15&nbsp;novembre, faute de bénévoles pour assurer "
        "l’ouverture hebdomadaire.",
        "«&nbsp;On tenait à quatre, on n’était plus que deux, et à soixante-dix ans passés, "
        "décharger les tables à six heures du matin, ce n’est plus possible&nbsp;», explique "
        "sa présidente, <strong>Monique Aubrun</strong>, qui a écrit au maire début octobre.",
        "La municipalité a publié lundi un appel à projets ouvert jusqu’au 20&nbsp;décembre. "
        "Elle cherche un exploitant, association ou société, capable d’ouvrir la halle au "
        "moins deux jours par semaine et d’y accueillir une dizaine de producteurs locaux.",
    ]
    premium = (
        '<div class="premium-box" data-premium="true"><p class="premium-box__title">La suite '
        "de cet article est réservée aux abonnés</p><p>Profitez d’un accès illimité à l’info "
        "de votre région dès 1&nbsp;€ le premier mois.</p>"
        f'<a class="btn btn--premium" href="{base}/abonnement/">Je m’abonne</a> '
        f'<a href="{base}/connexion/">Déjà abonné&nbsp;? Je me connecte</a></div>'
    )
    figure = (
        '<figure class="article-media"><img src="https://img.centrefrance.com/Ye2pR0aU/halle-bourges.jpg" '
        'alt="" width="1200" height="800"><figcaption><span class="legende">La halle au blé, '
        "rue Mirebeau, accueillait chaque samedi une quinzaine d’exposants.</span> "
        '<span class="credit">Photo Pierrick Delobelle</span></figcaption></figure>'
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": lead,
        "datePublished": "2026-11-28T18:30:00+01:00",
        "dateModified": "2026-11-29T08:12:00+01:00",
        "articleSection": "Bourges",
        "author": [
            {
                "@type": "Person",
                "name": "Élodie Marchais",
                "url": f"{base}/auteurs/elodie-marchais/",
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Berry Républicain",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/img/logo-berry.png",
                "width": 600,
                "height": 60,
            },
        },
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".article-premium",
        },
        "isPartOf": {
            "@type": ["CreativeWork", "Product"],
            "name": "Le Berry Républicain",
            "productID": "leberry.fr:premium",
        },
        "mainEntityOfPage": url,
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{base}/"},
            {"@type": "ListItem", "position": 2, "name": "Cher", "item": f"{base}/cher/"},
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Bourges",
                "item": f"{base}/bourges-18000/",
            },
        ],
    }
    nav = menu(
        101,
        "nav-main",
        base,
        [
            "Bourges",
            "Vierzon",
            "Saint-Amand-Montrond",
            "Sports",
            "Loisirs",
            "Faits divers",
            "Économie",
        ],
        9,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr"><head>
<meta charset="utf-8">
<title>{title} - Bourges (18000)</title>
<meta name="description" content="Après le départ de l’association Berry Saveurs, la ville lance un appel à projets.">
<meta property="og:site_name" content="www.leberry.fr">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-11-28T18:30:00+01:00">
<meta property="article:modified_time" content="2026-11-29T08:12:00+01:00">
<meta property="article:content_tier" content="locked">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<style>{css_blob(11, "cf", 500)}</style>
{json_script(ld)}
{json_script(crumbs)}
{tracking(12, "leberry")}
</head>
<body class="cf-article cf-premium">
{consent("didomi", "Le Berry Républicain")}
<header class="cf-header"><a href="{base}/" class="cf-header__logo"><img src="{base}/img/logo-berry.svg" alt="Le Berry Républicain"></a>
<span class="cf-header__today">Mardi 1 décembre 2026</span><nav>{nav}</nav></header>
<main class="cf-main">
<ol class="breadcrumb"><li><a href="{base}/">Accueil</a></li><li><a href="{base}/cher/">Cher</a></li><li><a href="{base}/bourges-18000/">Bourges</a></li></ol>
<article class="article article-premium">
<div class="article-surtitre"><span class="badge-abonne">Abonné</span> Commerce</div>
<h1 class="article-title">{title}</h1>
<div class="article-signature">Publié le 28/11/2026 à 18h30 <span class="maj">Mis à jour le 29/11/2026 à 08h12</span><br>
<span class="auteur"><a href="{base}/auteurs/elodie-marchais/">Élodie Marchais</a></span>
<a class="comment-count" href="#comments"><span>4</span> commentaires</a></div>
<p class="chapo">{lead}</p>
{figure}
<div class="article-content">
{paras(p[:2])}
<h2 class="intertitre">{subhead}</h2>
{paras(p[2:])}
</div>
{premium}
<ul class="article-tags"><li><a href="{base}/tags/commerce/">Commerce</a></li><li><a href="{base}/tags/bourges/">Bourges</a></li></ul>
</article>
<section class="cf-related"><h2>Dans la même rubrique</h2>
{teaser_grid(13, 160, base, "cf-card")}
</section>
</main>
{footer("Le Berry Républicain", "Centre France", base)}
</body></html>
"""
    write(
        "01_berryrepublicain_centrefrance_paywall",
        page,
        {
            "title": title,
            "publication": "Le Berry Républicain",
            "author": "Élodie Marchais",
            "section": "Bourges",
            "date": datetime.date(2026, 11, 28),
            "standfirst": lead,
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "Centre France custom CMS, premium article cut after three paragraphs and "
            "one intertitre (incomplete). `<title>` ends with the town and postcode, not the "
            "site; og:site_name is the host name; publisher and footer say 'Le Berry "
            "Républicain'. JSON-LD articleSection 'Bourges' agrees with the breadcrumb; "
            "surtitre 'Abonné Commerce' is a badge and a kicker. Header date of the day; "
            "'Mis à jour' after 'Publié'; caption with photo credit; comment counter.",
        },
    )
