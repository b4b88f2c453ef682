# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout52/web (Canada, Lebanon, Algeria, Mali)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page05() -> None:
    """ONFR: WordPress + Yoast @graph + Parse.ly, interview with h2 questions, UTC next day."""
    base = "https://onfr.tfo.org"
    url = f"{base}/nathalie-gauthier-roy-sudbury-peut-redevenir-un-pole-universitaire-francophone/"
    title = "Nathalie Gauthier-Roy&nbsp;: «&nbsp;Sudbury peut redevenir un pôle universitaire francophone&nbsp;»"
    lead = (
        "La nouvelle rectrice de l’Université de Sudbury veut doubler le nombre d’étudiants "
        "d’ici cinq ans et compte sur les cours hybrides pour y parvenir."
    )
    intro = [
        "SUDBURY – Nommée en septembre à la tête de l’Université de Sudbury, Nathalie "
        "Gauthier-Roy hérite d’un établissement qui a rouvert ses portes comme université "
        "entièrement francophone, avec à peine 240 étudiants. Originaire de Hearst, ancienne "
        "vice-rectrice à l’Université d’Ottawa, elle veut en faire un pôle d’attraction pour "
        "tout le Nord de l’Ontario.",
        "Elle revient sur ses premiers mois, sur le financement promis par Queen’s Park et sur "
        "ses relations avec l’Université Laurentienne.",
    ]
    qa = [
        (
            "Qu’est-ce qui vous a convaincue de quitter Ottawa pour Sudbury&nbsp;?",
            [
                "Le projet, tout simplement. On ne bâtit pas une université francophone tous "
                "les jours. À Ottawa, j’avais une équipe solide et des moyens, mais ici tout "
                "reste à construire&nbsp;: les programmes, la recherche, la vie étudiante. "
                "Pour quelqu’un qui a grandi à Hearst, revenir dans le Nord pour ça, c’est une "
                "évidence.",
            ],
        ),
        (
            "Vous visez 500 étudiants d’ici cinq ans. Est-ce réaliste&nbsp;?",
            [
                "Oui, si on arrête de penser qu’un étudiant du Nord doit forcément déménager "
                "pour étudier. Plus de la moitié de nos cours seront offerts en mode hybride "
                "dès l’automne 2027.",
                "Une mère de famille de Kapuskasing ou un travailleur minier de Timmins "
                "doivent pouvoir suivre un baccalauréat sans quitter leur emploi. C’est là que "
                "se trouvent nos futurs étudiants.",
            ],
        ),
        (
            "Le gouvernement ontarien a promis 14&nbsp;millions de dollars sur trois ans. "
            "Est-ce suffisant&nbsp;?",
            [
                "C’est un bon début, et je salue ce geste. Mais une université ne se finance "
                "pas par annonces successives. Ce que nous demandons, c’est un financement de "
                "base stable, comme celui des autres établissements, pour pouvoir embaucher des "
                "professeurs permanents plutôt que des chargés de cours à contrat.",
            ],
        ),
        (
            "Comment éviter de concurrencer l’Université Laurentienne, qui offre encore des "
            "cours en français&nbsp;?",
            [
                "Nous avons signé une entente avec la Laurentienne en octobre pour que nos "
                "étudiants puissent suivre certains cours de sciences chez elle, et inversement. "
                "La population francophone du Nord n’est pas assez nombreuse pour qu’on se "
                "fasse la guerre. Elle l’est assez pour qu’on travaille ensemble.",
            ],
        ),
        (
            "Quel sera le premier grand chantier de votre mandat&nbsp;?",
            [
                "La résidence étudiante. Aujourd’hui, un étudiant qui arrive de Hearst ou de "
                "Moncton doit se trouver un logement seul, dans un marché locatif très serré. "
                "Nous avons un terrain, nous avons des plans. Il nous manque environ "
                "9&nbsp;millions de dollars, et je vais passer une bonne partie de l’hiver à "
                "les chercher.",
            ],
        ),
    ]
    read_also = (
        '<div class="wp-block-group lire-aussi is-layout-flow"><p class="lire-aussi__titre">'
        "<strong>LIRE AUSSI :</strong></p><ul>"
        f'<li><a href="{base}/universite-de-sudbury-une-premiere-cohorte-de-240-etudiants/">'
        "Université de Sudbury : une première cohorte de 240 étudiants</a></li>"
        f'<li><a href="{base}/financement-postsecondaire-14-millions-pour-sudbury/">'
        "Financement postsecondaire : 14 millions pour Sudbury</a></li></ul></div>"
    )
    newsletter = (
        '<div class="onfr-infolettre"><p class="onfr-infolettre__titre">L’infolettre ONFR</p>'
        "<p>Recevez chaque matin l’actualité franco-ontarienne dans votre boîte courriel.</p>"
        '<a class="onfr-infolettre__bouton" href="/infolettre/">Je m’abonne</a></div>'
    )
    blocks = [paras(*intro)]
    for i, (q, answers) in enumerate(qa):
        blocks.append(f'<h2 class="wp-block-heading">{q}</h2>')
        blocks.append(paras(*answers))
        if i == 1:
            blocks.append(read_also)
        if i == 2:
            blocks.append(
                '<div class="onfr-pub onfr-pub--bigbox" id="div-gpt-ad-bigbox-2"><span>Publicité</span></div>'
            )
            blocks.append(newsletter)
    body = "\n".join(blocks)
    person = f"{base}/#/schema/person/5c0a2e71b9"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": "Mickaël Laviolette", "@id": person},
                "headline": "Nathalie Gauthier-Roy : « Sudbury peut redevenir un pôle universitaire francophone »",
                "datePublished": "2026-11-25T01:45:00+00:00",
                "dateModified": "2026-11-25T13:20:07+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 742,
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "thumbnailUrl": f"{base}/wp-content/uploads/2026/11/gauthier-roy-sudbury.jpg",
                "keywords": [
                    "Université de Sudbury",
                    "Éducation postsecondaire",
                    "Nord de l'Ontario",
                ],
                "articleSection": ["Éducation", "Rencontre ONFR"],
                "inLanguage": "fr-CA",
                "copyrightYear": "2026",
                "copyrightHolder": {"@id": f"{base}/#organization"},
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": "Nathalie Gauthier-Roy : « Sudbury peut redevenir un pôle universitaire francophone » - ONFR",
                "isPartOf": {"@id": f"{base}/#website"},
                "datePublished": "2026-11-25T01:45:00+00:00",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "fr-CA",
            },
            {
                "@type": "ImageObject",
                "inLanguage": "fr-CA",
                "@id": f"{url}#primaryimage",
                "url": f"{base}/wp-content/uploads/2026/11/gauthier-roy-sudbury.jpg",
                "width": 1920,
                "height": 1080,
                "caption": "Nathalie Gauthier-Roy dans le hall de l’Université de Sudbury. Crédit image : Inès Rebei",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{base}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Éducation",
                        "item": f"{base}/education/",
                    },
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "Nathalie Gauthier-Roy : « Sudbury peut redevenir un pôle universitaire francophone »",
                    },
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": f"{base}/",
                "name": "ONFR",
                "description": "L'actualité franco-ontarienne",
                "publisher": {"@id": f"{base}/#organization"},
                "inLanguage": "fr-CA",
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "ONFR",
                "url": f"{base}/",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/2023/02/onfr-logo.png",
                },
            },
            {
                "@type": "Person",
                "@id": person,
                "name": "Mickaël Laviolette",
                "url": f"{base}/author/mlaviolette/",
            },
        ],
    }
    parsely = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Nathalie Gauthier-Roy : « Sudbury peut redevenir un pôle universitaire francophone »",
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "thumbnailUrl": f"{base}/wp-content/uploads/2026/11/gauthier-roy-sudbury-150x150.jpg",
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/wp-content/uploads/2026/11/gauthier-roy-sudbury.jpg",
        },
        "articleSection": "Éducation",
        "author": [{"@type": "Person", "name": "Mickaël Laviolette"}],
        "creator": ["Mickaël Laviolette"],
        "publisher": {"@type": "Organization", "name": "ONFR", "logo": ""},
        "keywords": ["université de sudbury", "éducation postsecondaire", "nord de l'ontario"],
        "dateCreated": "2026-11-25T01:45:00Z",
        "datePublished": "2026-11-25T01:45:00Z",
        "dateModified": "2026-11-25T13:20:07Z",
    }
    nav = menu(
        5205,
        "menu-principal",
        base,
        ["Politique", "Éducation", "Communauté", "Culture", "Sports", "Chroniques", "Vidéos"],
        6,
    )
    more = "".join(
        f'<article class="post-card"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><span class="post-card__category">{t["section"]}</span><h3 class="post-card__title">{t["title"]}</h3></a></article>'
        for t in teasers(526, 15, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO Premium plugin v24.6 (Yoast SEO v24.6) - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{flat(title)} - ONFR</title>
	<meta name="description" content="{flat(lead)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="fr_FR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{flat(title)}" />
	<meta property="og:description" content="{flat(lead)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="ONFR" />
	<meta property="article:publisher" content="https://www.facebook.com/ONFR.TFO" />
	<meta property="article:published_time" content="2026-11-25T01:45:00+00:00" />
	<meta property="article:modified_time" content="2026-11-25T13:20:07+00:00" />
	<meta property="og:image" content="{base}/wp-content/uploads/2026/11/gauthier-roy-sudbury.jpg" />
	<meta name="author" content="Mickaël Laviolette" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:site" content="@ONFR_TFO" />
	<meta name="twitter:label1" content="Écrit par" />
	<meta name="twitter:data1" content="Mickaël Laviolette" />
	<meta name="twitter:label2" content="Durée de lecture estimée" />
	<meta name="twitter:data2" content="4 minutes" />
	{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
	<!-- / Yoast SEO Premium plugin. -->

{json_script(parsely, 'type="application/ld+json" class="wp-parsely-metadata"')}
<link rel='stylesheet' id='onfr-theme-css' href='{base}/wp-content/themes/onfr/assets/css/app.css?ver=2.19.1' media='all' />
<style id='global-styles-inline-css'>{css_blob(5215, "wp", 250)}</style>
<script id="onfr-datalayer">window.dataLayer=window.dataLayer||[];dataLayer.push({{"contentType":"post","category":"education","author":"Mickaël Laviolette","publishDate":"2026-11-24"}});</script>
</head>
<body class="post-template-default single single-post postid-318422 single-format-standard wp-embed-responsive">
<div id="axeptio_overlay" class="axeptio_mount"><div class="axeptio_widget"><p>ONFR utilise des témoins pour analyser l’audience et améliorer votre expérience.</p><button>OK pour moi</button><button>Je choisis</button><button>Non merci</button></div></div>
<header class="site-header"><div class="site-header__top"><a class="site-header__tfo" href="https://www.tfo.org/">TFO</a><span class="site-header__weather">Sudbury −4 °C</span></div><a class="site-header__logo" href="{base}/"><img src="{base}/wp-content/themes/onfr/assets/img/onfr-logo.svg" alt="ONFR" width="140" height="48"></a><nav class="site-nav" aria-label="Menu principal">{nav}</nav><a class="site-header__search" href="{base}/?s=">Rechercher</a></header>
<main id="main" class="site-main">
<article id="post-318422" class="single-post post-318422 post type-post status-publish category-education category-rencontre-onfr">
<header class="single-post__header">
<div class="single-post__kicker"><a href="{base}/category/rencontre-onfr/">RENCONTRE ONFR</a></div>
<h1 class="single-post__title">{title}</h1>
<p class="single-post__excerpt">{lead}</p>
<div class="single-post__meta"><div class="single-post__author">Par <a href="{base}/author/mlaviolette/" rel="author">Mickaël Laviolette</a></div><div class="single-post__date">Publié le <time datetime="2026-11-25T01:45:00+00:00">24 novembre 2026 à 20h45</time></div><div class="single-post__updated">Mis à jour le 25 novembre 2026 à 8h20</div></div>
<div class="single-post__share"><a href="#" class="share-facebook">Facebook</a><a href="#" class="share-x">X</a><a href="#" class="share-linkedin">LinkedIn</a><a href="#" class="share-courriel">Courriel</a></div>
</header>
<figure class="single-post__image wp-block-image"><img width="1920" height="1080" src="{base}/wp-content/uploads/2026/11/gauthier-roy-sudbury.jpg" alt="" decoding="async"><figcaption class="wp-element-caption">Nathalie Gauthier-Roy dans le hall de l’Université de Sudbury. Crédit image : Inès Rebei</figcaption></figure>
<div class="single-post__content entry-content">
{body}
</div>
<div class="single-post__tags"><a href="{base}/tag/universite-de-sudbury/" rel="tag">Université de Sudbury</a><a href="{base}/tag/education-postsecondaire/" rel="tag">Éducation postsecondaire</a><a href="{base}/tag/nord-de-lontario/" rel="tag">Nord de l'Ontario</a></div>
<div class="author-box"><img src="{base}/wp-content/uploads/2024/01/mlaviolette-150x150.jpg" alt="" width="80" height="80"><div class="author-box__text"><p class="author-box__name"><a href="{base}/author/mlaviolette/">Mickaël Laviolette</a></p><p class="author-box__bio">Journaliste à ONFR depuis 2021, basé à Sudbury, il couvre l’éducation et les enjeux du Nord de l’Ontario.</p></div></div>
</article>
<section class="related-posts"><h2>À lire aussi</h2><div class="related-posts__grid">{more}</div></section>
</main>
<footer class="site-footer"><p class="site-footer__tagline">ONFR, l’actualité franco-ontarienne, une initiative de TFO.</p><p class="site-footer__copyright">© 2026 ONFR - Groupe Média TFO. Tous droits réservés.</p><a href="{base}/politique-de-confidentialite/">Politique de confidentialité</a></footer>
<script src='{base}/wp-content/themes/onfr/assets/js/app.js?ver=2.19.1' id='onfr-theme-js'></script>
<script async src="https://cdn.parsely.com/keys/onfr.tfo.org/p.js" id="parsely-cfg"></script>
</body>
</html>
"""
    write(
        "05_onfr_wordpress_yoast_entrevue_h2_questions_utc_next_day",
        page,
        {
            "title": flat(title),
            "publication": "ONFR",
            "author": "Mickaël Laviolette",
            "section": "Éducation",
            "date": datetime.date(2026, 11, 24),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in intro]
            + [flat(x) for q, answers in qa for x in [q, *answers]],
            "notes": "WordPress + Yoast @graph (author a Person node by @id) and a second "
            "NewsArticle JSON-LD from wp-parsely. Interview: dateline 'SUDBURY –' in capitals "
            "opens the first presentation paragraph; the five questions are <h2 "
            "class=\"wp-block-heading\"> headings ending in '?' (paragraphs, not subheads); one "
            "answer in two paragraphs. 'LIRE AUSSI :' group with a list of two links, ad and "
            "newsletter box inside the body; author box with a bio after it. articleSection "
            "['Éducation', 'Rencontre ONFR'] → 'Éducation', not the kicker 'RENCONTRE ONFR'. "
            "Published 20 h 45 in Toronto on 24 November: Yoast and article:published_time "
            "give 2026-11-25T01:45:00+00:00, parse.ly 01:45Z: the date is the local 24 "
            "November. Header weather widget; Axeptio consent.",
        },
    )


def page06() -> None:
    """Libnanews: WordPress (SmartMag) + AIOSEO + Liveblog plugin, live session, 'avec AFP'."""
    base = "https://libnanews.com"
    url = f"{base}/direct-budget-2027-le-parlement-entame-le-vote-article-par-article/"
    title = "Budget 2027 : le Parlement entame le vote article par article"
    intro = [
        "Le Parlement libanais s’est réuni ce jeudi place de l’Étoile pour examiner le projet "
        "de budget 2027, adopté fin octobre par le Conseil des ministres. La séance, ouverte à "
        "10 heures, devait se prolonger jusqu’en soirée.",
    ]
    entries = [
        (
            "17:20",
            "2026-11-26T17:20:00+02:00",
            "Le budget adopté par 71 voix",
            [
                "Le projet de budget 2027 a été adopté en fin d’après-midi par 71 voix pour, 29 "
                "contre et 8 abstentions. Plusieurs blocs de l’opposition ont voté contre, "
                "dénonçant l’absence de réforme fiscale d’ampleur.",
                "Le texte prévoit des dépenses de 5,9 milliards de dollars, en hausse de 12 % "
                "sur un an, pour un déficit annoncé de 0,4 % du PIB.",
            ],
        ),
        (
            "16:05",
            "2026-11-26T16:05:00+02:00",
            None,
            [
                "Le président de la Chambre a suspendu la séance pendant vingt minutes après "
                "un échange tendu entre le ministre des Finances et plusieurs députés sur le "
                "relèvement des droits de douane sur les voitures importées.",
            ],
        ),
        (
            "14:30",
            "2026-11-26T14:30:00+02:00",
            "Les enseignants du public manifestent devant le Parlement",
            [
                "Plusieurs centaines d’enseignants de l’école publique se sont rassemblés au "
                "centre-ville de Beyrouth pour réclamer l’intégration de leurs primes au salaire "
                "de base. « Nos salaires valent aujourd’hui le quart de ce qu’ils valaient en "
                "2019 », a lancé au micro une représentante des enseignants du secondaire.",
            ],
        ),
        (
            "12:10",
            "2026-11-26T12:10:00+02:00",
            "Pas de hausse de la TVA",
            [
                "La commission des Finances a confirmé que la hausse de la TVA de 11 à 13 %, "
                "envisagée un temps par le gouvernement, ne figure pas dans la version soumise "
                "au vote. Elle est remplacée par une taxe de 2 % sur les transactions "
                "immobilières supérieures à 500&nbsp;000 dollars.",
            ],
        ),
        (
            "10:00",
            "2026-11-26T10:00:00+02:00",
            None,
            [
                "La séance s’est ouverte en présence de 108 députés sur 128. Le quorum est "
                "atteint.",
                "Le Premier ministre a défendu devant l’hémicycle un budget « de stabilisation, "
                "pas d’austérité », le deuxième depuis la réforme de la Banque du Liban.",
            ],
        ),
    ]
    tweet = (
        '<blockquote class="twitter-tweet" data-width="550"><p lang="ar" dir="rtl">'
        "اعتصام الأساتذة أمام مجلس النواب "
        '<a href="https://t.co/k2Lw8">pic.twitter.com/k2Lw8</a></p>&mdash; Rabita Teachers '
        '(@rabita_lb) <a href="https://twitter.com/rabita_lb/status/1861">November 26, 2026</a>'
        "</blockquote>"
    )
    blocks = []
    for i, (hhmm, iso, head, texts) in enumerate(entries):
        eid = 90412 - i * 37
        heading = f'<h3 class="liveblog-entry-title">{head}</h3>' if head else ""
        extra = tweet if i == 2 else ""
        blocks.append(
            f'<article id="id_{eid}" class="liveblog-entry liveblog-entry-class-{eid}" data-timestamp="{iso}">'
            f'<aside class="liveblog-entry-aside"><a class="liveblog-meta-time" href="{url}{eid}/#liveblog-entry-{eid}">'
            f'<span class="liveblog-time">{hhmm}</span></a></aside>'
            f'<div class="liveblog-entry-main">{heading}<div class="liveblog-entry-content">{paras(*texts)}{extra}</div></div></article>'
        )
    key_events = "".join(
        f'<li class="liveblog-key-event"><a href="#id_{90412 - i * 37}"><span class="liveblog-key-event-time">{hhmm}</span> {head}</a></li>'
        for i, (hhmm, _, head, _) in enumerate(entries)
        if head
    )
    aioseo = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "BlogPosting",
                "@id": f"{url}#blogposting",
                "name": f"[DIRECT] {title} - Libnanews",
                "headline": title,
                "author": {"@id": f"{base}/author/nkhoury/#author"},
                "publisher": {"@id": f"{base}/#organization"},
                "image": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/2026/11/parlement-place-etoile.jpg",
                    "width": 1280,
                    "height": 720,
                },
                "datePublished": "2026-11-26T10:00:00+02:00",
                "dateModified": "2026-11-26T17:20:00+02:00",
                "inLanguage": "fr-FR",
                "mainEntityOfPage": {"@id": f"{url}#webpage"},
                "isPartOf": {"@id": f"{url}#webpage"},
                "articleSection": "Politique",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumblist",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "@id": f"{base}/#listItem",
                        "position": 1,
                        "name": "Domicile",
                        "item": base,
                    },
                    {
                        "@type": "ListItem",
                        "@id": f"{base}/category/politique/#listItem",
                        "position": 2,
                        "name": "Politique",
                        "item": f"{base}/category/politique/",
                    },
                ],
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Libnanews",
                "url": f"{base}/",
            },
            {
                "@type": "Person",
                "@id": f"{base}/author/nkhoury/#author",
                "url": f"{base}/author/nkhoury/",
                "name": "Nadine Khoury",
            },
            {
                "@type": "WebPage",
                "@id": f"{url}#webpage",
                "url": url,
                "name": f"[DIRECT] {title} - Libnanews",
                "inLanguage": "fr-FR",
                "isPartOf": {"@id": f"{base}/#website"},
                "breadcrumb": {"@id": f"{url}#breadcrumblist"},
                "datePublished": "2026-11-26T10:00:00+02:00",
                "dateModified": "2026-11-26T17:20:00+02:00",
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": f"{base}/",
                "name": "Libnanews",
                "description": "Le Média Citoyen du Liban",
                "inLanguage": "fr-FR",
                "publisher": {"@id": f"{base}/#organization"},
            },
        ],
    }
    aioseo_js = json.dumps(aioseo, ensure_ascii=False).replace("/", "\\/")
    live_ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url,
        "about": {"@type": "Event", "name": title, "startDate": "2026-11-26T10:00:00+02:00"},
        "headline": title,
        "coverageStartTime": "2026-11-26T10:00:00+02:00",
        "datePublished": "2026-11-26T10:00:00+02:00",
        "dateModified": "2026-11-26T17:20:00+02:00",
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": head or flat(texts[0])[:80],
                "url": f"{url}{90412 - i * 37}/#liveblog-entry-{90412 - i * 37}",
                "datePublished": iso,
                "articleBody": " ".join(flat(t) for t in texts),
            }
            for i, (_, iso, head, texts) in enumerate(entries)
        ],
    }
    nav = menu(
        5206,
        "main-menu",
        base,
        ["Liban", "Politique", "Économie", "Société", "Culture", "Région", "Opinions"],
        6,
    )
    side = "".join(
        f'<li class="post"><a href="{t["url"]}" class="image-link"><img src="{t["image"]}" alt="" loading="lazy"></a><div class="content"><a href="{t["url"]}" class="post-title">{t["title"]}</a><time class="post-date">{t["date"]}</time></div></li>'
        for t in teasers(527, 10, base, FILLER)
    )
    related = "".join(
        f'<article class="l-post grid-post"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"></a><h4 class="post-title"><a href="{t["url"]}">{t["title"]}</a></h4></article>'
        for t in teasers(528, 9, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR" class="s-light site-s-light">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<title>[DIRECT] {title} - Libnanews</title>

		<!-- All in One SEO Pro 4.7.9 - aioseo.com -->
	<meta name="description" content="Le Parlement libanais examine le projet de budget 2027. Suivez la séance en direct." />
	<meta name="robots" content="max-image-preview:large" />
	<meta name="author" content="Nadine Khoury"/>
	<link rel="canonical" href="{url}" />
	<meta name="generator" content="All in One SEO Pro (AIOSEO) 4.7.9" />
		<meta property="og:locale" content="fr_FR" />
		<meta property="og:site_name" content="Libnanews" />
		<meta property="og:type" content="article" />
		<meta property="og:title" content="[DIRECT] {title}" />
		<meta property="og:url" content="{url}" />
		<meta property="og:image" content="{base}/wp-content/uploads/2026/11/parlement-place-etoile.jpg" />
		<meta property="article:section" content="Politique" />
		<meta property="article:tag" content="Parlement" />
		<meta property="article:tag" content="Budget" />
		<meta property="article:published_time" content="2026-11-26T08:00:00+00:00" />
		<meta property="article:modified_time" content="2026-11-26T15:20:00+00:00" />
		<meta name="twitter:card" content="summary_large_image" />
		<meta name="twitter:title" content="[DIRECT] {title}" />
		<script type="application/ld+json" class="aioseo-schema">
			{aioseo_js}
		</script>
		<!-- All in One SEO Pro -->

{json_script(live_ld)}
<link rel='stylesheet' id='smartmag-core-css' href='{base}/wp-content/themes/smart-mag/style.css?ver=10.2.1' type='text/css' media='all' />
<link rel='stylesheet' id='liveblog-css' href='{base}/wp-content/plugins/liveblog/assets/app.css?ver=1.9.7' type='text/css' media='all' />
<style id='smartmag-core-inline-css'>{css_blob(5216, "smag", 260)}</style>
<script type="text/javascript" id="liveblog-js-extra">var liveblog_settings = {{"post_id":"90201","refresh_interval":"10","entries_per_page":"50","is_liveblog_editable":"","socketio_enabled":"","state":"enable","sort":"desc"}};</script>
</head>
<body class="post-template-default single single-post postid-90201 single-format-standard right-sidebar post-layout-modern">
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-section"><p>Nous et nos partenaires stockons et accédons à des informations sur votre appareil, telles que les cookies.</p><button mode="primary">J’ACCEPTE</button><button mode="secondary">PLUS D’OPTIONS</button></div></div>
<div class="main-wrap">
<div class="smart-head smart-head-a smart-head-main"><div class="smart-head-row smart-head-top"><span class="ts-date">jeudi, novembre 26, 2026</span><a href="{base}/faire-un-don/" class="ts-button">Soutenez-nous</a></div><div class="smart-head-row smart-head-mid"><a href="{base}/" title="Libnanews" rel="home" class="logo-link ts-logo"><img src="{base}/wp-content/uploads/2022/04/libnanews-logo.png" class="logo-image" alt="Libnanews" width="260" height="60"></a></div><div class="smart-head-row smart-head-bot"><nav class="navigation navigation-main nav-hov-a">{nav}</nav></div></div>
<div class="main ts-contain cf right-sidebar">
<div class="ts-row">
<div class="col-8 main-content">
<div class="the-post-header s-head-modern s-head-modern-a">
<div class="post-meta post-meta-a post-meta-left has-below"><div class="post-meta-items meta-above"><span class="meta-item cat-labels"><a href="{base}/category/politique/" class="category term-color-3" rel="category">Politique</a></span></div>
<span class="live-badge">EN DIRECT</span>
<h1 class="is-title post-title">{title}</h1>
<div class="post-meta-items meta-below has-author-img"><span class="meta-item post-author has-img">Par <a href="{base}/author/nkhoury/" title="Articles par Nadine Khoury" rel="author">Nadine Khoury</a>, avec AFP</span><span class="meta-item date"><time class="post-date" datetime="2026-11-26T10:00:00+02:00">Publié le 26 novembre 2026 à 10h00</time></span><span class="meta-item has-next-icon date-modified"><time class="post-date" datetime="2026-11-26T17:20:00+02:00">Mis à jour le 26 novembre 2026 à 17h20</time></span></div></div>
<div class="post-share post-share-b spc-social-colors"><a href="#" class="cf service s-facebook">Facebook</a><a href="#" class="cf service s-twitter">X</a><a href="#" class="cf service s-whatsapp">WhatsApp</a><a href="#" class="cf service s-email">Email</a></div>
</div>
<div class="single-featured"><figure class="image-link media-ratio"><img width="1280" height="720" src="{base}/wp-content/uploads/2026/11/parlement-place-etoile.jpg" alt="" decoding="async"></figure><div class="featured-info"><p class="wp-caption-text">Le Parlement libanais, place de l’Étoile, à Beyrouth. Photo d’archives AFP</p></div></div>
<div class="post-content cf entry-content content-spacious">
{paras(*intro)}
<div class="liveblog-key-events"><h2 class="liveblog-key-events-title">Les temps forts</h2><ul>{key_events}</ul></div>
<div id="wpcom-liveblog-container" class="90201 liveblog-container"><div class="liveblog-feed">
{chr(10).join(blocks)}
</div></div>
</div>
<div class="the-post-tags"><a href="{base}/tag/parlement/" rel="tag">Parlement</a> <a href="{base}/tag/budget/" rel="tag">Budget</a></div>
<div class="author-box"><section class="author-info"><img alt="" src="{base}/wp-content/uploads/2023/06/nkhoury-96x96.jpg" class="avatar" height="95" width="95"><div class="description"><a href="{base}/author/nkhoury/" title="Articles par Nadine Khoury" rel="author">Nadine Khoury</a><p class="bio">Nadine Khoury suit l’actualité parlementaire et économique pour Libnanews.</p></div></section></div>
<section class="related-posts"><div class="block-head block-head-ac block-head-c"><h4 class="heading">Articles similaires</h4></div><div class="loop loop-grid loop-grid-sm">{related}</div></section>
<div class="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p><p><textarea name="comment" placeholder="Votre commentaire"></textarea></p><p class="form-submit"><input name="submit" type="submit" value="Publier le commentaire"></p></form></div></div>
</div>
<aside class="col-4 main-sidebar has-sep"><div class="inner theiaStickySidebar"><div id="smartmag-block-posts-small-3" class="widget ts-block-widget smartmag-widget-posts-small"><div class="block-head"><h5 class="heading">Derniers articles</h5></div><ul class="loop loop-small">{side}</ul></div></div></aside>
</div>
</div>
<footer class="main-footer cols-gap-lg footer-bold s-dark"><div class="lower-footer bold-footer-lower"><div class="ts-contain inner"><div class="copyright">© 2026 Libnanews - Le Média Citoyen du Liban. Tous droits réservés.</div></div></div></footer>
</div>
<script type="text/javascript" src="{base}/wp-content/plugins/liveblog/assets/app.js?ver=1.9.7" id="liveblog-js"></script>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</body>
</html>
"""
    write(
        "06_libnanews_wordpress_aioseo_liveblog_avec_afp",
        page,
        {
            "title": title,
            "publication": "Libnanews",
            "author": "Nadine Khoury",
            "agency": "AFP",
            "section": "Politique",
            "date": datetime.date(2026, 11, 26),
            "source_url": url,
            "subheads": [h for _, _, h, _ in entries if h],
            "paragraphs": [flat(x) for x in intro] + [flat(x) for *_, t in entries for x in t],
            "notes": "WordPress (SmartMag theme) with the Automattic Liveblog plugin and AIOSEO. "
            "Live parliamentary session, newest first: an intro paragraph above the feed, "
            "five entries whose times ('17:20') are not text, three with an h3 title "
            "(subheads), two untitled, one entry in two paragraphs; a 'Les temps forts' "
            "key-events list repeating the entry titles with their times above the feed "
            "(chrome); an embedded Arabic tweet (chrome). AIOSEO @graph written with escaped "
            "slashes (https:\\/\\/), BlogPosting articleSection 'Politique' (also "
            "article:section); a second JSON-LD LiveBlogPosting with liveBlogUpdate entries. "
            "'EN DIRECT' badge outside the h1, '[DIRECT]' in <title> and og:title. Byline "
            "'Par Nadine Khoury, avec AFP'; 'Photo d’archives AFP' in the caption is a photo "
            "credit. Header date of the day; author box; comment form.",
        },
    )


def page07() -> None:
    """Le Buteur: custom PHP, match report split by <br /><br /> only, kicker only, OG only."""
    base = "https://www.lebuteur.com"
    url = f"{base}/article/detail?id=128457"
    title = "Le CRB renverse la JSK au bout du suspense (2-1)"
    segments = [
        (
            "text",
            "Le CR Belouizdad a arraché une victoire précieuse, ce dimanche soir au stade du "
            "20-Août-1955, face à une JS Kabylie qui a longtemps cru tenir le point du nul. "
            "Menés au score à la pause, les Belouizdadis ont renversé la situation en fin de "
            "match grâce à un doublé de leur attaquant Yacine Hamdi.",
        ),
        (
            "text",
            "Les Canaris avaient pourtant parfaitement entamé la rencontre. Bien organisés en "
            "4-3-3, ils ont d’emblée imposé un pressing haut qui a gêné la relance algéroise. "
            "A la 27’, sur un centre de Mehdi Ouali, le milieu Rafik Aït Saïd a repris de la "
            "tête au second poteau pour ouvrir le score (0-1).",
        ),
        ("sub", "Hamdi, l’homme du match"),
        (
            "text",
            "Au retour des vestiaires, l’entraîneur belouizdadi a lancé Nassim Ferhat à la place "
            "d’un milieu défensif, et le match a changé de visage. Les Rouge et Blanc ont "
            "monopolisé le ballon, multipliant les incursions dans la surface kabyle.",
        ),
        (
            "text",
            "L’égalisation est venue à la 71’ : servi en retrait par Ferhat, Hamdi a placé un "
            "plat du pied hors de portée du gardien (1-1). Dix minutes plus tard, le même Hamdi "
            "a surgi sur un corner mal repoussé pour crucifier la JSK d’une reprise de volée "
            "(2-1).",
        ),
        ("sub", "La JSK cède du terrain"),
        (
            "text",
            "Avec ce succès, le CRB remonte à la troisième place avec 24 points, à deux "
            "longueurs du leader. La JSK, qui restait sur quatre matchs sans défaite, glisse à "
            "la sixième place.",
        ),
        (
            "text",
            "«On a manqué de lucidité en seconde période. On a reculé alors qu’on dominait, et "
            "on l’a payé», a regretté l’entraîneur kabyle en conférence de presse, tandis que "
            "son homologue saluait «le caractère d’un groupe qui n’a jamais lâché».",
        ),
        (
            "text",
            "Les deux équipes se retrouveront en Coupe d’Algérie, en seizièmes de finale, dans "
            "trois semaines.",
        ),
    ]
    parts = [f"<b>{t}</b>" if kind == "sub" else t for kind, t in segments]
    text_div = "<br />\n<br />\n".join(parts) + "<br />\n<br />\nK. B."
    fiche = (
        '<div class="fiche-technique"><h3>Fiche technique</h3><table class="tab-fiche">'
        "<tr><td>Stade :</td><td>20-Août-1955 (Alger)</td></tr>"
        "<tr><td>Arbitres :</td><td>Lounès Mezouar, assisté de Sid-Ali Bendjaballah et Amine Oukil</td></tr>"
        "<tr><td>Buts :</td><td>Aït Saïd (27’) JSK ; Hamdi (71’, 81’) CRB</td></tr>"
        "<tr><td>Avertissements :</td><td>Ouali (44’), Hadjadj (63’) JSK ; Ferhat (88’) CRB</td></tr>"
        "</table></div>"
    )
    comments = [
        (
            "Mourad_16",
            "30-11-2026 à 08:14",
            "Hamdi est en train de devenir le meilleur avant-centre du championnat. Bravo le Chabab !",
        ),
        (
            "kabyle_fidele",
            "30-11-2026 à 09:02",
            "On a perdu ce match au milieu de terrain. Le changement à la pause a tout changé.",
        ),
        (
            "Samir DZ",
            "30-11-2026 à 10:47",
            "Arbitrage correct pour une fois. Belle soirée de foot.",
        ),
    ]
    comments_html = "".join(
        f'<div class="commentaire"><div class="com-auteur"><b>{n}</b> <span class="com-date">{d}</span></div><div class="com-texte">{c}</div></div>'
        for n, d, c in comments
    )
    others = "".join(
        f'<li><a href="{base}/article/detail?id={128400 + i}">{t["title"]}</a></li>'
        for i, t in enumerate(teasers(529, 14, base, FILLER))
    )
    rubriques = "".join(
        f'<li><a href="{base}/rubrique/{slug}">{name}</a></li>'
        for slug, name in [
            ("ligue1", "Ligue 1"),
            ("ligue2", "Ligue 2"),
            ("coupe", "Coupe d'Algérie"),
            ("en", "Équipe nationale"),
            ("international", "International"),
            ("omnisports", "Omnisports"),
            ("video", "Vidéos"),
        ]
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Le Buteur - {title}</title>
<meta name="keywords" content="CRB, JSK, Ligue 1, football, Algérie, Le Buteur" />
<meta name="description" content="Le CR Belouizdad a arraché une victoire précieuse face à la JS Kabylie grâce à un doublé de Yacine Hamdi." />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:title" content="{title}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{base}/images/articles/128457.jpg" />
<meta property="og:site_name" content="Le Buteur" />
<meta property="fb:app_id" content="184402231608412" />
<link rel="canonical" href="{url}" />
<link href="{base}/css/style.css?v=20190412" rel="stylesheet" type="text/css" />
<style type="text/css">{css_blob(5217, "lb", 160)}</style>
<script type="text/javascript" src="{base}/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-1849022-1']);
  _gaq.push(['_trackPageview']);
</script>
</head>
<body>
<div id="conteneur">
<div id="entete"><div class="date-jour">Lundi 30 novembre 2026</div><a href="{base}/"><img src="{base}/images/logo-lebuteur.png" alt="Le Buteur" width="300" height="80" /></a><div class="pub-haut"><a href="{base}/pub/click?id=77"><img src="{base}/pub/banniere-728x90.gif" alt="Publicité" width="728" height="90" /></a></div></div>
<div id="menu"><ul>{rubriques}</ul></div>
<div id="corps">
<div id="colonne-gauche">
<div class="article">
<div class="surtitre">LIGUE 1 MOBILIS</div>
<h1 class="titre">{title}</h1>
<div class="infos-article"><span class="auteur">Par : Karim BENNACER</span> | <span class="date">Publié le : Dimanche 29 Novembre 2026 - 22:48</span> | <span class="vues">Lu 4 812 fois</span></div>
<div class="partage"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="fb">Partager</a> <a href="https://twitter.com/intent/tweet?url={url}" class="tw">Tweeter</a> <a href="javascript:window.print()" class="imprimer">Imprimer</a></div>
<div class="photo-article"><img src="{base}/images/articles/128457.jpg" alt="" width="620" height="400" /><div class="legende">Yacine Hamdi, auteur d’un doublé face à la JSK. (Photo : Le Buteur)</div></div>
<div class="texte-article">
{text_div}
</div>
{fiche}
<div class="pub-article"><a href="{base}/pub/click?id=81"><img src="{base}/pub/pave-300x250.gif" alt="Publicité" width="300" height="250" /></a></div>
<div class="reactions"><h3>Réactions ({len(comments)})</h3>{comments_html}<div class="form-reaction"><form method="post" action="{base}/article/reagir"><input type="text" name="pseudo" /><textarea name="message"></textarea><input type="submit" value="Envoyer" /></form></div></div>
</div>
</div>
<div id="colonne-droite"><div class="bloc"><h3>Les plus lus</h3><ul class="liste-articles">{others}</ul></div></div>
</div>
<div id="pied">© 2026 Le Buteur - Quotidien sportif national. Tous droits réservés. | <a href="{base}/contact">Contact</a> | <a href="{base}/publicite">Publicité</a></div>
</div>
</body>
</html>
"""
    write(
        "07_lebuteur_php_match_br_split_kicker_only",
        page,
        {
            "title": title,
            "publication": "Le Buteur",
            "author": "Karim Bennacer",
            "section": "Ligue 1 Mobilis",
            "date": datetime.date(2026, 11, 29),
            "source_url": url,
            "subheads": [t for kind, t in segments if kind == "sub"],
            "paragraphs": [flat(t) for kind, t in segments if kind == "text"],
            "notes": "Home-made PHP (XHTML 1.0, jQuery 1.12, old Analytics): Open Graph and "
            "canonical, no JSON-LD, no published_time: the date is only visible, 'Publié le : "
            "Dimanche 29 Novembre 2026 - 22:48', while the header shows the day of saving (30 November) and "
            "comments are dated 30-11-2026. Match report in one div split only by "
            "'<br /><br />': two <b> lines are subheads, the trailing initials 'K. B.' are a "
            "signature. Kicker 'LIGUE 1 MOBILIS' is the only section source (natural casing). "
            "Byline 'Par : Karim BENNACER' → 'Karim Bennacer'. 'Fiche technique' table after "
            "the text (chrome); banner ads; reader comments; view counter.",
        },
    )


def page08() -> None:
    """Journal du Mali: WordPress (Publisher theme) + The SEO Framework, obituary, two authors."""
    base = "https://www.journaldumali.com"
    url = f"{base}/2026/11/30/kadiatou-sanogo-voix-historique-de-la-radio-malienne-sest-eteinte/"
    title = "Kadiatou Sanogo, voix historique de la radio malienne, s’est éteinte"
    lead = (
        "La journaliste, qui avait présenté pendant près de trente ans le journal du soir de "
        "Radio Mali, est décédée dimanche à Bamako à l’âge de 79 ans."
    )
    p = [
        "Toute une génération de Maliens a grandi avec sa voix. Kadiatou Sanogo, qui a présenté "
        "pendant près de trente ans le journal du soir de Radio Mali, puis de l’ORTM, est "
        "décédée dimanche 29 novembre à Bamako, des suites d’une longue maladie. Elle avait 79 "
        "ans.",
        "Née en 1947 à Ségou, fille d’un instituteur, elle entre à la radio nationale en 1968 "
        "comme speakerine, après avoir été remarquée lors d’un concours de diction organisé par "
        "son lycée. Elle devient en 1974 la première femme à présenter le journal parlé du "
        "soir.",
        "Sous le parti unique comme lors des événements de mars 1991, sa voix posée est restée "
        "une référence. Ses anciens collègues se souviennent d’une professionnelle "
        "intransigeante sur la langue, qui corrigeait les dépêches au crayon rouge avant chaque "
        "édition.",
        "Dans un communiqué publié lundi, la Maison de la presse a salué «&nbsp;une "
        "pionnière&nbsp;»&nbsp;:",
    ]
    bq = [
        "Kadiatou Sanogo a ouvert la voie à des générations de femmes journalistes. Elle a "
        "prouvé qu’on pouvait informer avec rigueur sans jamais élever la voix.",
        "La presse malienne perd une mère, une exigence et une mémoire.",
    ]
    p2 = [
        "Retirée de l’antenne en 2002, elle avait continué à former les jeunes présentateurs de "
        "l’ORTM et de plusieurs radios communautaires, notamment à Mopti et à Kayes. En 2015, "
        "elle avait publié un livre de souvenirs, <em>Ici Bamako</em>, qui reste une source "
        "précieuse sur l’histoire des médias maliens.",
        "Ses grandes dates&nbsp;:",
    ]
    items = [
        "1968&nbsp;: entrée à Radio Mali&nbsp;;",
        "1974&nbsp;: première femme à présenter le journal du soir&nbsp;;",
        "1993&nbsp;: rédactrice en chef adjointe de l’ORTM&nbsp;;",
        "2002&nbsp;: départ à la retraite.",
    ]
    p3 = [
        "Mère de quatre enfants, elle sera inhumée mardi après la prière de 13 heures au "
        "cimetière de Hamdallaye, a indiqué sa famille.",
    ]
    irp = (
        '<div class="bs-irp left bs-irp-thumbnail-1-full"><div class="bs-irp-heading">'
        '<span class="h-text heading-typo">Articles similaires</span></div>'
        '<div class="bs-pagination-wrapper main-term-none none"><div class="listing listing-thumbnail listing-tb-1 clearfix columns-1">'
        f'<div class="post-75120 type-post format-standard has-post-thumbnail listing-item listing-item-thumbnail listing-item-tb-1 main-term-12"><div class="item-inner clearfix"><p class="title"><a href="{base}/2026/05/03/journee-de-la-liberte-de-la-presse-les-radios-communautaires-a-lhonneur/" class="post-url post-title">Journée de la liberté de la presse : les radios communautaires à l’honneur</a></p></div></div>'
        "</div></div></div>"
    )
    body = "\n".join(
        [
            paras(*p[:3]),
            irp,
            paras(p[3]),
            '<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'
            + paras(*bq)
            + "<cite>Maison de la presse du Mali</cite></blockquote>",
            '<div class="bsac bsac-clearfix bsac-post-inline bsac-float-center bsac-align-center"><div class="bsac-container bsac-type-code"><ins class="adsbygoogle" data-ad-client="ca-pub-4470291836600451" data-ad-slot="7718203341"></ins></div></div>',
            paras(*p2),
            "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
            paras(*p3),
        ]
    )
    tsf = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebSite",
                "@id": f"{base}/#/schema/WebSite",
                "url": f"{base}/",
                "name": "Journal du Mali",
                "description": "L'actualité du Mali en continu",
                "inLanguage": "fr-FR",
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": {
                        "@type": "EntryPoint",
                        "urlTemplate": f"{base}/search/{{search_term_string}}/",
                    },
                    "query-input": "required name=search_term_string",
                },
                "publisher": {"@id": f"{base}/#/schema/Organization"},
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - Journal du Mali",
                "description": flat(lead),
                "inLanguage": "fr-FR",
                "isPartOf": {"@id": f"{base}/#/schema/WebSite"},
                "breadcrumb": {
                    "@type": "BreadcrumbList",
                    "@id": f"{base}/#/schema/BreadcrumbList",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "position": 1,
                            "item": f"{base}/",
                            "name": "Journal du Mali",
                        },
                        {
                            "@type": "ListItem",
                            "position": 2,
                            "item": f"{base}/category/societe/",
                            "name": "Catégorie : Société",
                        },
                        {"@type": "ListItem", "position": 3, "name": title},
                    ],
                },
                "potentialAction": {"@type": "ReadAction", "target": url},
                "datePublished": "2026-11-30T11:20:00+00:00",
                "dateModified": "2026-11-30T15:41:00+00:00",
                "author": {
                    "@type": "Person",
                    "@id": f"{base}/#/schema/Person/6a1f0c",
                    "name": "Aïssata Coulibaly",
                },
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#/schema/Organization",
                "name": "Journal du Mali",
                "url": f"{base}/",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/2020/03/logo-jdm.png",
                },
            },
        ],
    }
    nav = menu(
        5208,
        "menu",
        base,
        ["Politique", "Économie", "Société", "Culture", "Sport", "Afrique", "Idées"],
        5,
    )
    comments = [
        (
            "Bakary T.",
            "30 novembre 2026 à 13 h 05 min",
            "Que son âme repose en paix. Sa voix faisait partie de nos soirées en famille.",
        ),
        ("Oumou", "30 novembre 2026 à 16 h 40 min", "Une grande dame. Merci pour ce bel hommage."),
        (
            "Seydou K.",
            "1 décembre 2026 à 8 h 12 min",
            "Paix à son âme. Il faudrait rééditer son livre.",
        ),
    ]
    comments_html = "".join(
        f'<li class="comment"><article class="clearfix"><div class="comment-meta"><cite class="comment-author">{n}</cite><time class="comment-time">{d}</time></div><div class="comment-content"><p>{c}</p></div><div class="comment-footer"><a class="comment-reply-link" href="#respond">Répondre</a></div></article></li>'
        for n, d, c in comments
    )
    popular = "".join(
        f'<div class="listing-item listing-item-text"><p class="title"><a href="{t["url"]}">{t["title"]}</a></p></div>'
        for t in teasers(530, 12, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<!--[if IE 8]><html class="ie ie8" lang="fr-FR"> <![endif]-->
<!--[if IE 9]><html class="ie ie9" lang="fr-FR"> <![endif]-->
<!--[if gt IE 9]><!--><html lang="fr-FR"> <!--<![endif]-->
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{base}/xmlrpc.php"/>
<meta name="robots" content="max-snippet:-1,max-image-preview:large,max-video-preview:-1" />
<link rel="canonical" href="{url}" />
<meta name="description" content="{flat(lead)}" />
<meta property="og:type" content="article" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:site_name" content="Journal du Mali" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="{flat(lead)}" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{base}/wp-content/uploads/2026/11/kadiatou-sanogo-1986.jpg" />
<meta property="article:published_time" content="2026-11-30T11:20:00+00:00" />
<meta property="article:modified_time" content="2026-11-30T15:41:00+00:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@journaldumali" />
<meta name="twitter:title" content="{title}" />
{json_script(tsf)}
<title>{title} - Journal du Mali</title>
<link rel="stylesheet" id="publisher-child-css" href="{base}/wp-content/themes/publisher/style.css?ver=7.11.0" type="text/css" media="all" />
<style id="publisher-theme-inline-css">{css_blob(5218, "bs", 260)}</style>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-4470291836600451" crossorigin="anonymous"></script>
</head>
<body class="post-template-default single single-post postid-75388 single-format-standard bs-theme bs-publisher bs-publisher-clean-magazine active-light-box ltr close-rh page-layout-2-col page-layout-2-col-right full-width active-sticky-sidebar main-menu-sticky-smart single-prim-cat-12 single-cat-12">
<div class="main-wrap content-main-wrap">
<header id="header" class="site-header header-style-2 boxed" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<section class="topbar topbar-style-1 hidden-xs hidden-xs"><div class="content-wrap"><div class="container"><div class="topbar-inner clearfix"><div class="section-menu"><div class="topbar-date"><span class="topbar-date">lundi, 30 novembre 2026</span></div></div></div></div></div></section>
<div class="header-inner"><div class="content-wrap"><div class="container"><div id="site-branding" class="site-branding"><p id="site-title" class="logo h1 img-logo"><a href="{base}/" itemprop="url" rel="home"><img id="site-logo" src="{base}/wp-content/uploads/2020/03/logo-jdm.png" alt="Journal du Mali" /></a></p></div></div></div></div>
<div id="menu-main" class="menu main-menu-wrapper show-search-item menu-actions-btn-width-1" role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><div class="main-menu-inner"><div class="content-wrap"><div class="container"><nav class="main-menu-container">{nav}</nav></div></div></div></div>
</header>
<div class="content-wrap"><main id="content" class="content-container">
<div class="container layout-2-col layout-2-col-1 layout-right-sidebar post-template-1">
<div class="row main-section">
<div class="col-sm-8 content-column">
<div class="single-container">
<article id="post-75388" class="post-75388 post type-post status-publish format-standard has-post-thumbnail category-societe single-post-content">
<div class="post-header post-tp-1-header">
<nav role="navigation" aria-label="Breadcrumbs" class="bf-breadcrumb clearfix bc-top-style"><ul class="bf-breadcrumb-items" itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bf-breadcrumb-begin"><a itemprop="item" href="{base}/" rel="home"><span itemprop="name">Accueil</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item"><a itemprop="item" href="{base}/category/societe/"><span itemprop="name">Société</span></a><meta itemprop="position" content="2" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bf-breadcrumb-end"><span itemprop="name">{title}</span><meta itemprop="item" content="{url}"/><meta itemprop="position" content="3" /></li></ul></nav>
<div class="post-header-title">
<div class="term-badges floated"><span class="term-badge term-12"><a href="{base}/category/societe/">Société</a></span></div>
<h1 class="single-post-title"><span class="post-title" itemprop="headline">{title}</span></h1>
<h2 class="post-subtitle">{lead}</h2>
<div class="post-meta single-post-meta"><span class="post-author-name">Par <b>Aïssata Coulibaly</b> et <b>Moussa Dembélé</b></span><span class="time"><time class="post-published updated" datetime="2026-11-30T11:20:00+00:00">Publié <b>30 novembre 2026</b></time></span></div>
</div>
<div class="single-featured"><figure><img width="750" height="430" src="{base}/wp-content/uploads/2026/11/kadiatou-sanogo-1986-750x430.jpg" class="attachment-publisher-lg size-publisher-lg wp-post-image" alt="" /><figcaption class="wp-caption-text">Kadiatou Sanogo en 1986 dans les studios de Radio Mali. © Archives ORTM</figcaption></figure></div>
</div>
<div class="post-share single-post-share top-share clearfix style-1"><div class="post-share-btn-group"><a href="#comments" class="post-share-btn post-share-btn-comments comments">3</a></div><div class="share-handler-wrap"><span class="share-handler post-share-btn rank-default"><b class="text">Partager</b></span><a href="#" class="bs-button-el" rel="nofollow"><span class="social-item facebook"></span></a><a href="#" class="bs-button-el" rel="nofollow"><span class="social-item twitter"></span></a><a href="#" class="bs-button-el" rel="nofollow"><span class="social-item whatsapp"></span></a></div></div>
<div class="entry-content clearfix single-post-content">
{body}
</div>
<div class="entry-terms post-tags clearfix style-16"><span class="terms-label"><i class="fa fa-tags"></i></span><a href="{base}/tag/medias/" rel="tag">médias</a><a href="{base}/tag/ortm/" rel="tag">ORTM</a><a href="{base}/tag/hommage/" rel="tag">hommage</a></div>
</article>
<section class="next-prev-post clearfix"><div class="prev-post"><p class="pre-title heading-typo"><i class="fa fa-arrow-left"></i> Article précédent</p><p class="title heading-typo"><a href="{base}/2026/11/30/bamako-les-transporteurs-suspendent-leur-greve/" rel="prev">Bamako : les transporteurs suspendent leur grève</a></p></div></section>
</div>
<section id="comments-template-75388" class="comments-template"><div id="comments" class="comments-wrap"><div class="section-heading sh-t1 sh-s1"><span class="h-text">3 commentaires</span></div><ol class="comment-list">{comments_html}</ol></div><div id="respond" class="comment-respond"><p class="comment-reply-title">Laisser un commentaire</p><form class="comment-form"><textarea name="comment"></textarea><input type="submit" value="Publier"></form></div></section>
</div>
<div class="col-sm-4 sidebar-column sidebar-column-primary"><aside id="sidebar-primary-sidebar" class="sidebar"><div class="primary-sidebar-widget widget widget_bs-text-listing-1"><div class="section-heading"><span class="h-text">Les plus lus</span></div>{popular}</div></aside></div>
</div>
</div>
</main></div>
<footer id="site-footer" class="site-footer full-width"><div class="copy-footer"><div class="content-wrap"><div class="container"><div class="row"><div class="col-lg-12"><div id="site-copyright">© 2026 Journal du Mali - Tous droits réservés.</div></div></div></div></div></div></footer>
</div>
<script type="text/javascript" src="{base}/wp-content/themes/publisher/includes/libs/better-framework/assets/js/element-query.min.js?ver=3.15.0"></script>
</body>
</html>
"""
    write(
        "08_journaldumali_publisher_tsf_necrologie_breadcrumb",
        page,
        {
            "title": title,
            "publication": "Journal du Mali",
            "author": "Aïssata Coulibaly et Moussa Dembélé",
            "section": "Société",
            "date": datetime.date(2026, 11, 30),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in p + bq + p2 + items + p3],
            "notes": "WordPress, BetterStudio Publisher theme, The SEO Framework: the only "
            "JSON-LD is WebSite/WebPage/Organization with a BreadcrumbList (no Article; its "
            "WebPage names only the first author); article:published_time. Obituary; standfirst "
            "in h2.post-subtitle; two authors in <b> joined by 'et'. No articleSection or "
            "article:section: the breadcrumb's last item before the headline, 'Société', is the "
            "section (the JSON-LD crumb says 'Catégorie : Société'). bs-irp 'Articles "
            "similaires' box and an AdSense slot inside the body; wp-block-quote of two "
            "paragraphs with a cite (the quoted paragraphs count, the cite does not) after an "
            "introducing paragraph; introducing paragraph + ul of four dated items. Caption "
            "credit '© Archives ORTM'; top bar date of the day (same day); comments dated 30 "
            "November and 1 December.",
        },
    )
