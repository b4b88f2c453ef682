# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 07: Médias24 (WordPress with Yoast), an analysis with a list and an inline 'Lire aussi'."""

import datetime

from chrome import consent, footer, most_read, teaser_rail, tracking
from kit import css_blob, flat, json_script, menu, paras, write


def page() -> None:
    """AnalysisNewsArticle in a Yoast @graph, h2 intertitres, ul, 'Lire aussi' paragraph in the text."""
    base = "https://medias24.com"
    url = f"{base}/2026/11/26/immobilier-a-casablanca-pourquoi-les-prix-du-neuf-resistent-malgre-la-chute-des-ventes-1841203/"
    title = (
        "Immobilier à Casablanca : pourquoi les prix du neuf résistent malgré la chute des ventes"
    )
    sub = ["Un stock concentré sur le moyen standing", "Ce que les promoteurs attendent"]
    p = [
        "Les chiffres de Bank Al-Maghrib publiés mardi confirment une tendance que les notaires "
        "constatent depuis l’été : les transactions immobilières ont reculé de 14,2% à "
        "Casablanca au troisième trimestre, sur un an. Pourtant, l’indice des prix des actifs "
        "immobiliers n’a baissé que de 0,6% sur la même période.",
        "Ce décalage s’explique d’abord par la structure de l’offre. Selon les données de la "
        "Fédération nationale des promoteurs immobiliers, près de 60% des logements neufs "
        "invendus dans le Grand Casablanca relèvent du moyen standing, vendus entre 9&nbsp;000 et "
        "13&nbsp;000&nbsp;DH le mètre carré.",
        "« Les promoteurs préfèrent garder leur stock plutôt que de casser les prix, parce qu’une "
        "baisse affichée sur un programme se répercute immédiatement sur les suivants », explique "
        "Karim Tazi-Alaoui, directeur d’un cabinet de conseil en immobilier à Casablanca.",
        "Plusieurs promoteurs interrogés par <em>Médias24</em> reconnaissent toutefois accorder "
        "des remises discrètes, sous trois formes principales :",
        "la prise en charge des frais de notaire et d’enregistrement ;",
        "des places de parking ou des caves offertes ;",
        "des échéanciers de paiement étalés jusqu’à la livraison.",
        "Du côté de la demande, le resserrement du crédit pèse lourd. Les banques exigent "
        "désormais un apport d’au moins 20% pour les primo-accédants qui ne bénéficient pas de "
        "l’aide directe au logement, contre 10% il y a deux ans.",
        "Les professionnels guettent surtout la loi de finances 2027, dont le projet prévoit de "
        "prolonger l’aide directe au logement jusqu’en 2028 et d’en relever le plafond à "
        "800&nbsp;000&nbsp;DH pour les villes de plus d’un million d’habitants.",
        "« Si le plafond est relevé, une partie du stock de moyen standing redeviendra "
        "éligible, et les ventes repartiront dès le premier trimestre », parie Karim "
        "Tazi-Alaoui. Faute de quoi, estime-t-il, les baisses de prix deviendront inévitables "
        "au second semestre.",
    ]
    person_id = f"{base}/#/schema/person/9f1c2a7e4b"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "AnalysisNewsArticle",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": "Yasmine Bennani", "@id": person_id},
                "headline": title,
                "datePublished": "2026-11-26T14:05:11+01:00",
                "dateModified": "2026-11-26T16:40:02+01:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 402,
                "publisher": {"@id": f"{base}/#organization"},
                "articleSection": ["Economie", "Immobilier"],
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - Médias24",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{base}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Immobilier",
                        "item": f"{base}/immobilier/",
                    },
                    {"@type": "ListItem", "position": 3, "name": title},
                ],
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Médias24",
                "url": f"{base}/",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/2023/01/logo-medias24.png",
                    "width": 512,
                    "height": 512,
                },
            },
            {
                "@type": "Person",
                "@id": person_id,
                "name": "Yasmine Bennani",
                "url": f"{base}/author/ybennani/",
                "jobTitle": "Journaliste économie",
            },
        ],
    }
    body = "\n".join(
        [
            paras(*p[:2]),
            f'<p><strong>Lire aussi : </strong><a href="{base}/2026/10/14/credit-immobilier-les-banques-durcissent-leurs-conditions-1832991/">Crédit immobilier : les banques durcissent leurs conditions</a></p>',
            f"<h2><strong>{sub[0]}</strong></h2>",
            paras(*p[2:4]),
            "<ul>" + "".join(f"<li>{x}</li>" for x in p[4:7]) + "</ul>",
            '<div class="m24-ad-inarticle"><!-- /21804213/medias24_inarticle_1 --><div id="div-gpt-ad-inarticle-1"></div></div>',
            paras(p[7]),
            f"<h2><strong>{sub[1]}</strong></h2>",
            paras(*p[8:]),
            '<div class="m24-newsletter"><p class="m24-newsletter__title">Recevez l’essentiel de l’actualité économique</p><form><input type="email"><button>S’abonner</button></form></div>',
        ]
    )
    nav = menu(
        7101,
        "menu",
        base,
        [
            "Actualités",
            "Economie",
            "Finance",
            "Immobilier",
            "Bourse",
            "Société",
            "Sport",
            "Le Desk",
        ],
        12,
    )
    page_html = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="fr-FR"><head>
<meta charset="UTF-8">
<title>{title} - Médias24</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{title} - Médias24">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Médias24">
<meta property="article:publisher" content="https://www.facebook.com/medias24">
<meta property="article:published_time" content="2026-11-26T13:05:11+00:00">
<meta property="article:modified_time" content="2026-11-26T15:40:02+00:00">
<meta name="author" content="Yasmine Bennani">
<meta name="twitter:label1" content="Écrit par"><meta name="twitter:data1" content="Yasmine Bennani">
<link rel="canonical" href="{url}">
<link rel="stylesheet" id="wp-block-library-css" href="{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2" media="all">
<style id="m24-inline-css">{css_blob(7102, "m24", 440)}</style>
<script type="application/ld+json" class="yoast-schema-graph">{json_script(graph)[len('<script type="application/ld+json">') :]}
{tracking(7103, {"post_id": "1841203", "category": "immobilier", "author": "ybennani"})}
</head>
<body class="post-template-default single single-post postid-1841203 single-format-standard">
{consent(7104)}
<header id="masthead" class="site-header"><a href="{base}/" class="custom-logo-link"><img src="{base}/wp-content/uploads/2023/01/logo-medias24.svg" alt="Médias24"></a><nav id="site-navigation">{nav}</nav></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1841203" class="post-1841203 post type-post status-publish category-economie category-immobilier">
<header class="entry-header">
<div class="cat-links"><a href="{base}/economie/" rel="category tag">Economie</a>, <a href="{base}/immobilier/" rel="category tag">Immobilier</a></div>
<h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="byline">Par <span class="author vcard"><a class="url fn n" rel="author" href="{base}/author/ybennani/">Yasmine Bennani</a></span></span> <span class="posted-on">Le <time class="entry-date published" datetime="2026-11-26T14:05:11+01:00">26 novembre 2026 à 14h05</time><time class="updated" datetime="2026-11-26T16:40:02+01:00">26 novembre 2026 à 16h40</time></span></div>
</header>
<div class="post-thumbnail"><img src="{base}/wp-content/uploads/2026/11/immobilier-casablanca-1024x576.jpg" class="attachment-post-thumbnail wp-post-image" alt=""><span class="wp-caption-text">Chantier à Casablanca, dans le quartier de Sidi Maârouf. © Médias24</span></div>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="tags-links">Tags : <a href="{base}/tag/bank-al-maghrib/" rel="tag">Bank Al-Maghrib</a>, <a href="{base}/tag/casablanca/" rel="tag">Casablanca</a>, <a href="{base}/tag/immobilier/" rel="tag">immobilier</a></span></footer>
</article>
{most_read(7105, base)}
<section class="related-posts"><h2>Articles similaires</h2>{teaser_rail(7106, base, 140, "related-post")}</section>
</main></div>
{footer("Médias24", "Médias24", ["Qui sommes-nous", "Contact", "Mentions légales"])}
<script id="wp-emoji-settings" type="application/json">{{"baseUrl":"https://s.w.org/images/core/emoji/15.0.3/72x72/"}}</script>
</body></html>
"""
    write(
        "07_medias24_wordpress_analysis",
        page_html,
        {
            "title": title,
            "publication": "Médias24",
            "author": "Yasmine Bennani",
            "section": "Economie",
            "date": datetime.date(2026, 11, 26),
            "source_url": url,
            "subheads": sub,
            "paragraphs": [flat(x) for x in p],
            "notes": "WordPress with Yoast. AnalysisNewsArticle in an @graph whose author is an "
            "@id reference to a Person node with url and jobTitle; articleSection list, first "
            "item 'Economie' (unaccented, as written) beats the breadcrumb's 'Immobilier'; no "
            "standfirst; 'Lire aussi :' written as a <p> inside entry-content (chrome); h2 "
            "intertitres wrapped in <strong>; ul of three items after an introducing "
            "paragraph; article:published_time in UTC (13:05Z = 14h05 local, same day); "
            "og:title with ' - Médias24'; rel='category tag' links; newsletter box in the text.",
        },
    )
