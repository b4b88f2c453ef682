# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout62/web (Switzerland, Belgium)."""

import datetime

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, texturize, write


def page01() -> None:
    """L'illustré: Ringier's React front end, interview, 'Texte:'/'Photos:' credits, slideshow."""
    base = "https://www.illustre.ch"
    url = f"{base}/magazine/noemie-brunner-la-montagne-ma-appris-a-renoncer-712408"
    title = "Noémie Brunner: «La montagne m’a appris à renoncer»"
    lead = (
        "Première femme à la tête de la colonne de secours d’Evolène, la guide de 41&nbsp;ans "
        "raconte vingt ans d’interventions, ses peurs, et ce qu’elle ne dit jamais aux familles."
    )
    qa = [
        "Elle nous donne rendez-vous à 7&nbsp;heures, au pied du val d’Hérens, parce que "
        "«l’après-midi, on ne sait jamais». Le téléphone de garde posé sur la table du café, "
        "Noémie Brunner commande un thé qu’elle ne finira pas. Depuis le 1<sup>er</sup> "
        "novembre, cette guide de montagne née à Sion dirige les vingt-deux sauveteurs "
        "bénévoles de la colonne de secours d’Evolène, une première dans le canton.",
        "<strong>Vous êtes la première femme à ce poste en Valais. Cela change quelque "
        "chose?</strong>",
        "Pour les gens de la vallée, un peu. Pour les gars de la colonne, pas du tout: la "
        "plupart m’ont vue grandir sur les skis de randonnée, certains m’ont appris à faire un "
        "mouflage. Le jour de ma nomination, le plus ancien m’a juste dit: «Maintenant, c’est "
        "toi qui réveilles tout le monde à 3&nbsp;heures.»",
        "<strong>Combien d’interventions par an?</strong>",
        "Entre soixante et quatre-vingts, selon la neige. L’hiver dernier, nous avons eu 74 "
        "sorties, dont une bonne moitié pour des randonneurs épuisés ou égarés. Les avalanches, "
        "heureusement, ne représentent qu’une dizaine de cas. Mais ce sont celles dont on se "
        "souvient.",
        "<strong>Quelle est la décision la plus difficile que vous ayez prise?</strong>",
        "Faire demi-tour. En février 2019, un skieur était pris sous une plaque au-dessus de La "
        "Sage. Le vent avait chargé toute la pente, il y avait un risque réel de second départ. "
        "J’ai arrêté l’équipe à 200&nbsp;mètres de lui. L’hélicoptère l’a sorti deux heures "
        "plus tard, vivant. Ces deux heures, je les porte encore. On ne négocie pas avec une "
        "corniche.",
        "<strong>Que dites-vous aux familles qui attendent en bas?</strong>",
        "La vérité sur ce qu’on fait, jamais sur ce qu’on imagine. Je ne promets rien. Je leur "
        "dis où nous sommes, combien nous sommes, et quand je les rappellerai. Et je les "
        "rappelle à l’heure dite, même quand je n’ai rien de nouveau.",
        "<strong>Le réchauffement change-t-il votre travail?</strong>",
        "Énormément. Les glaciers reculent, les moraines deviennent instables, des itinéraires "
        "classiques sont devenus dangereux en été. Nous intervenons maintenant en juillet pour "
        "des chutes de pierres là où, il y a quinze ans, on marchait sur la glace. Il faut "
        "réapprendre la montagne chaque saison.",
        "<strong>Et vous, qu’est-ce qui vous fait encore peur?</strong>",
        "Le téléphone qui sonne un dimanche de grand beau. Tout le monde est dehors, tout le "
        "monde se croit en sécurité. Ce sont les journées où l’on a le plus de travail.",
    ]
    quote = "«On ne négocie pas avec une corniche.»"
    slides = [
        (
            "Noémie Brunner lors d’un exercice de sauvetage en crevasse, au-dessus d’Arolla.",
            "brunner-crevasse",
        ),
        ("Le local de la colonne, où le matériel est prêt à partir jour et nuit.", "local"),
        (
            "Avec son chien d’avalanche, Taïga, un berger allemand de 6 ans.",
            "taiga",
        ),
    ]
    slideshow = (
        '<div class="Slideshow_root__3kPq" data-testid="slideshow"><div class="Slideshow_counter__u">1/3</div>'
        + "".join(
            f'<figure class="Slideshow_slide__Nw"><img src="https://img.illustre.ch/2027/01/{f}.jpg" alt="" loading="lazy"/>'
            f'<figcaption class="Slideshow_caption__e2"><span>{c}</span> <span class="Slideshow_credit__z">Lionel Favre</span></figcaption></figure>'
            for c, f in slides
        )
        + '<button aria-label="Image précédente">‹</button><button aria-label="Image suivante">›</button></div>'
    )
    p_attrs = 'class="ArticleText_paragraph__yM2"'
    body = "\n".join(
        [
            paras(*qa[:7], attrs=p_attrs),
            f'<div class="ArticleQuote_root__h0"><blockquote class="ArticleQuote_text__Ue"><p>{quote}</p></blockquote></div>',
            paras(*qa[7:9], attrs=p_attrs),
            slideshow,
            '<div class="AdSlot_root__b" data-slot="inside-2"><span class="AdSlot_label__7">Publicité</span></div>',
            paras(*qa[9:], attrs=p_attrs),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "description": flat(lead),
        "articleSection": "Suisse romande",
        "datePublished": "2027-01-14T06:00:00+01:00",
        "dateModified": "2027-01-14T06:00:00+01:00",
        "author": [
            {
                "@type": "Person",
                "name": "Julie Berset",
                "url": f"{base}/auteurs/julie-berset",
            }
        ],
        "publisher": {
            "@type": "Organization",
            "name": "L'illustré",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/logo-illustre.png"},
        },
        "image": ["https://img.illustre.ch/2027/01/brunner-portrait.jpg"],
        "isAccessibleForFree": True,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    related = teasers(6201, 24, base + "/magazine", FILLER)
    state = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "712408",
                    "title": flat(title),
                    "lead": flat(lead),
                    "overline": "L’interview",
                    "authors": [{"name": "Julie Berset", "role": "text"}],
                    "photographers": [{"name": "Lionel Favre"}],
                    "publishedDate": "2027-01-14T05:00:00.000Z",
                    "body": [{"type": "paragraph", "html": x} for x in qa],
                },
                "recommendations": related[:8],
            }
        },
        "page": "/[...path]",
        "buildId": "r1ng-4b9e2",
    }
    nav = menu(
        6211,
        "MainNav_list__p",
        base,
        ["Actu", "Suisse romande", "Célébrités", "Royauté", "Mode & Beauté", "Voyage", "Jeux"],
        7,
    )
    more = "".join(
        f'<article class="TeaserCard_root__q"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"/><span class="TeaserCard_overline__c">{t["section"]}</span><h3 class="TeaserCard_title__H">{t["title"]}</h3></a></article>'
        for t in related[8:]
    )
    page = f"""<!DOCTYPE html><html lang="fr-CH"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{flat(title)} | L'illustré</title><meta name="description" content="{flat(lead)}"/><link rel="canonical" href="{url}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="L'illustré"/><meta property="og:title" content="{flat(title)}"/><meta property="og:description" content="{flat(lead)}"/><meta property="og:url" content="{url}"/><meta property="og:image" content="https://img.illustre.ch/2027/01/brunner-portrait.jpg"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@lillustre"/><meta property="article:published_time" content="2027-01-14T06:00:00+01:00"/><style data-emotion="css">{css_blob(6221, "css", 340)}</style>{json_script(ld)}<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0188c0e2"></script><script defer src="/_next/static/chunks/pages/_app-9c2e.js"></script></head><body><div id="__next"><div id="onetrust-banner-sdk" class="otFlat" role="dialog"><div class="ot-sdk-container"><p id="onetrust-policy-text">Nous utilisons des cookies pour vous offrir la meilleure expérience en ligne, mesurer l’audience et afficher de la publicité adaptée à vos intérêts.</p><button id="onetrust-accept-btn-handler">J’accepte</button><button id="onetrust-pc-btn-handler">Paramètres</button></div></div><header class="Header_root__R1"><a class="Header_logo__Xx" href="/" aria-label="L'illustré"><svg viewBox="0 0 160 32"><path d="M0 0h32v32H0z"/></svg></a><nav class="MainNav_root__o">{nav}</nav><a class="Header_abo__k" href="https://abo.illustre.ch">S’abonner</a></header><main class="ArticlePage_root__M"><nav class="Breadcrumb_root__d" aria-label="Fil d’Ariane"><a href="/">Accueil</a><span>/</span><a href="/magazine/suisse-romande">Suisse romande</a></nav><article class="Article_root__X"><header class="ArticleHeader_root__f"><span class="ArticleHeader_overline__T">L’interview</span><h1 class="ArticleHeader_title__Y">{title}</h1><p class="ArticleHeader_lead__b">{lead}</p></header><div class="ArticleMeta_root__C"><div class="ArticleMeta_credits__s"><span class="ArticleMeta_credit__a">Texte: <a href="{base}/auteurs/julie-berset">Julie Berset</a></span><span class="ArticleMeta_credit__a">Photos: Lionel Favre</span></div><div class="ArticleMeta_date__p"><time dateTime="2027-01-14T05:00:00.000Z">Publié: 14.01.2027, 06:00</time></div></div><div class="ShareButtons_root__n"><button aria-label="Partager sur Facebook">Facebook</button><button aria-label="Partager sur WhatsApp">WhatsApp</button><button aria-label="Copier le lien">Copier le lien</button></div><figure class="ArticleImage_root__w"><img src="https://img.illustre.ch/2027/01/brunner-portrait.jpg" alt="Noémie Brunner"/><figcaption class="ArticleImage_caption__u"><span>Noémie Brunner au départ de la cabane des Aiguilles Rouges, début janvier.</span> <span class="ArticleImage_credit__Q">Lionel Favre</span></figcaption></figure><div class="ArticleBody_root__V">
{body}
</div><div class="NewsletterBox_root__g"><p class="NewsletterBox_title__l">La newsletter de L'illustré</p><p>Chaque semaine, nos meilleures histoires de Suisse romande dans votre boîte mail.</p><a href="/newsletter">Je m’inscris</a></div></article><section class="Recommendations_root__Y"><h2>Vous aimerez aussi</h2>{more}</section></main><footer class="Footer_root__F"><p>© 2027 Ringier Médias Suisse SA – L'illustré. Tous droits réservés.</p><ul><li><a href="/impressum">Impressum</a></li><li><a href="/protection-des-donnees">Protection des données</a></li></ul></footer></div>{json_script(state, 'id="__NEXT_DATA__" type="application/json"')}</body></html>"""
    write(
        "01_illustre_ringier_interview_texte_photos_slideshow",
        page,
        {
            "title": title,
            "publication": "L'illustré",
            "author": "Julie Berset",
            "section": "Suisse romande",
            "date": datetime.date(2027, 1, 14),
            "standfirst": flat(lead),
            "source_url": url,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in qa],
            "notes": "Ringier React (Next.js) page on one line. Interview: presentation "
            "paragraph, questions in <p><strong> (paragraphs), Swiss guillemets without spaces "
            "and no space before '?'. Credits 'Texte: Julie Berset' and 'Photos: Lionel Favre' "
            "in two spans: the photographer is a photo credit, not an author (JSON-LD lists "
            "the writer only). blockquote pull quote repeats the last sentence of an answer; "
            "three-photo slideshow with captions and credits between answers; ad. "
            "articleSection 'Suisse romande' (also the breadcrumb), overline 'L’interview'. "
            "'Publié: 14.01.2027, 06:00'. __NEXT_DATA__ repeats the text.",
        },
    )


def page02() -> None:
    """Le Confédéré: WordPress ColorMag + Rank Math, 'La rédaction', data table, comments."""
    base = "https://www.leconfedere.ch"
    url = f"{base}/martigny-le-budget-2027-passe-a-une-voix-pres/"
    title = "Martigny: le budget 2027 passe à une voix près"
    p = [
        "Il aura fallu près de quatre heures de débat et deux suspensions de séance. Lundi "
        "soir, le Conseil général de Martigny a finalement accepté le budget 2027 de la "
        "Municipalité par 29 voix contre 28 et trois abstentions, au terme d’une séance tendue "
        "à la salle communale.",
        "Le document prévoit un excédent de charges de 2,4&nbsp;millions de francs pour un "
        "total de dépenses de 148&nbsp;millions. C’est la première fois depuis 2016 que la "
        "ville présente un budget déficitaire. La Municipalité invoque la hausse des coûts de "
        "l’accueil parascolaire et la part communale aux charges sociales cantonales, qui "
        "progresse de 11% en un an.",
        "Le vote s’est joué sur l’investissement de 6,8&nbsp;millions prévu pour la rénovation "
        "de la piscine couverte. Une partie des élus voulait le reporter d’un an, le temps "
        "d’obtenir une étude sur les besoins de la région. L’amendement a été rejeté par 30 "
        "voix contre 30, la présidente du Conseil général départageant.",
        "Le détail du vote final, par groupe:",
    ]
    rows = [
        ("Groupe", "Oui", "Non", "Abstentions"),
        ("PLR", "17", "2", "1"),
        ("Le Centre", "9", "6", "0"),
        ("PS-Gauche citoyenne", "3", "11", "2"),
        ("UDC", "0", "9", "0"),
        ("Total", "29", "28", "3"),
    ]
    q = [
        "«Nous avons présenté un budget honnête, qui ne cache rien», a défendu le président de "
        "la ville, Olivier Sarrasin-Rey, en rappelant que la dette par habitant reste «parmi "
        "les plus basses des villes valaisannes». Il s’est engagé à présenter au printemps un "
        "plan d’économies de 1,5&nbsp;million sur trois ans.",
        "Dans les rangs de l’UDC, qui a voté non en bloc, on dénonce «une fuite en avant». Le "
        "chef de groupe, Jérôme Délèze, a annoncé qu’il déposerait une motion demandant un "
        "frein aux dépenses inscrit dans le règlement communal.",
        "Le budget est soumis au référendum facultatif. Les opposants disposent de trente jours "
        "dès sa publication au Bulletin officiel pour récolter les 1000 signatures nécessaires.",
    ]
    head, *data = rows
    table = (
        '<figure class="wp-block-table is-style-stripes"><table><thead><tr>'
        + "".join(f"<th>{c}</th>" for c in head)
        + "</tr></thead><tbody>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in data[:-1])
        + "</tbody><tfoot><tr>"
        + "".join(f"<td><strong>{c}</strong></td>" for c in data[-1])
        + '</tr></tfoot></table><figcaption class="wp-element-caption">Source: procès-verbal provisoire du Conseil général.</figcaption></figure>'
    )
    body = "\n".join(
        [
            '<figure class="wp-block-image size-large"><img decoding="async" src="'
            + base
            + '/wp-content/uploads/2027/01/conseil-general-martigny-1024x683.jpg" alt="" class="wp-image-48812"/><figcaption class="wp-element-caption">La salle communale, lundi soir, pendant la deuxième suspension de séance. (Photo: Le Confédéré)</figcaption></figure>',
            paras(*(texturize(x) for x in p[:2])),
            '<div class="colormag-advertisement-content"><span class="advertisement-label">Publicité</span><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-4412" data-ad-slot="771023" data-ad-format="auto"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>',
            paras(*(texturize(x) for x in p[2:])),
            table,
            paras(texturize(q[0])),
            f'<p><strong>À lire aussi:</strong> <a href="{base}/piscine-couverte-la-renovation-coutera-plus-cher-que-prevu/">Piscine couverte: la rénovation coûtera plus cher que prévu</a></p>',
            paras(*(texturize(x) for x in q[1:])),
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": ["Person", "Organization"],
                "@id": base + "/#person",
                "name": "Le Confédéré",
                "logo": {"@type": "ImageObject", "url": base + "/wp-content/uploads/logo.png"},
            },
            {
                "@type": "WebSite",
                "@id": base + "/#website",
                "url": base,
                "name": "Le Confédéré",
                "publisher": {"@id": base + "/#person"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebPage",
                "@id": url + "#webpage",
                "url": url,
                "name": title + " - Le Confédéré",
                "datePublished": "2027-01-19T10:05:31+01:00",
                "dateModified": "2027-01-19T16:48:02+01:00",
                "isPartOf": {"@id": base + "/#website"},
            },
            {
                "@type": "Person",
                "@id": base + "/author/redaction/",
                "name": "La rédaction",
                "url": base + "/author/redaction/",
            },
            {
                "@type": "NewsArticle",
                "headline": title + " - Le Confédéré",
                "datePublished": "2027-01-19T10:05:31+01:00",
                "dateModified": "2027-01-19T16:48:02+01:00",
                "articleSection": "Martigny, Politique",
                "author": {"@id": base + "/author/redaction/", "name": "La rédaction"},
                "publisher": {"@id": base + "/#person"},
                "description": flat(p[0])[:155],
                "name": title + " - Le Confédéré",
                "@id": url + "#richSnippet",
                "isPartOf": {"@id": url + "#webpage"},
                "mainEntityOfPage": {"@id": url + "#webpage"},
                "inLanguage": "fr-FR",
            },
        ],
    }
    nav = menu(
        6212,
        "menu",
        base,
        ["Valais", "Martigny", "Politique", "Économie", "Sport", "Culture", "Opinions"],
        6,
    )
    rel = teasers(6202, 3, base, FILLER)
    related = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{i}"><a class="jp-relatedposts-post-a" href="{t["url"]}/">{t["title"]}</a><p class="jp-relatedposts-post-date">{t["date"]}</p></div>'
        for i, t in enumerate(rel)
    )
    recent = "".join(
        f'<li><a href="{t["url"]}/">{t["title"]}</a></li>' for t in teasers(6203, 6, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11" />
<!-- Optimisation des moteurs de recherche par Rank Math - https://rankmath.com/ -->
<title>{title} - Le Confédéré</title>
<meta name="description" content="{flat(p[0])[:155]}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title} - Le Confédéré" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Le Confédéré" />
<meta property="article:section" content="Martigny" />
<meta property="og:updated_time" content="2027-01-19T16:48:02+01:00" />
<meta property="article:published_time" content="2027-01-19T10:05:31+01:00" />
<meta property="article:modified_time" content="2027-01-19T16:48:02+01:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Écrit par" />
<meta name="twitter:data1" content="La rédaction" />
<meta name="twitter:label2" content="Temps de lecture" />
<meta name="twitter:data2" content="2 minutes" />
{json_script(graph, 'type="application/ld+json" class="rank-math-schema"')}
<!-- /Extension Rank Math WordPress SEO -->
<link rel='stylesheet' id='colormag_style-css' href='{base}/wp-content/themes/colormag/style.css?ver=3.1.6' type='text/css' media='all' />
<style id='colormag_style-inline-css' type='text/css'>{css_blob(6222, "cm", 260)}</style>
<link rel='stylesheet' id='jetpack_css-css' href='{base}/wp-content/plugins/jetpack/css/jetpack.css?ver=13.9' type='text/css' media='all' />
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-4412"></script>
</head>
<body class="post-template-default single single-post postid-48790 single-format-standard cm-right-sidebar cm-content-boxed">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show"><div class="cmplz-message"><p>Nous utilisons des cookies pour optimiser notre site web et notre service.</p></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button></div></div></div>
<div id="page" class="hfeed site">
<header id="cm-masthead" class="cm-header"><div class="cm-top-bar"><div class="cm-date">mardi, janvier 19, 2027</div></div><div class="cm-main-header"><div id="cm-site-branding"><a href="{base}/" rel="home"><img src="{base}/wp-content/uploads/logo.png" alt="Le Confédéré"></a></div><p class="cm-site-description">L’hebdomadaire valaisan depuis 1861</p></div><nav id="cm-primary-nav">{nav}</nav></header>
<div id="cm-content" class="cm-content"><div class="cm-container"><div class="cm-row">
<div id="cm-primary" class="cm-primary"><div class="cm-posts clearfix">
<article id="post-48790" class="post-48790 post type-post status-publish format-standard has-post-thumbnail hentry category-martigny category-politique tag-budget tag-conseil-general">
<div class="cm-featured-image"><img width="800" height="445" src="{base}/wp-content/uploads/2027/01/hotel-de-ville-martigny-800x445.jpg" class="attachment-colormag-featured-image size-colormag-featured-image wp-post-image" alt="" decoding="async"></div>
<div class="cm-post-content">
<div class="cm-entry-header-meta"><div class="cm-post-categories"><a href="{base}/category/martigny/" style="background:#1e73be" rel="category tag">Martigny</a>&nbsp;<a href="{base}/category/politique/" style="background:#dd3333" rel="category tag">Politique</a></div></div>
<header class="cm-entry-header"><h1 class="cm-entry-title">{texturize(title)}</h1></header>
<div class="cm-below-entry-meta"><span class="cm-post-date"><a href="{url}" title="10 h 05 min" rel="bookmark"><svg class="cm-icon cm-icon--calendar-fill" viewBox="0 0 24 24"><path d="M21.1 6.6v1.6H2.9V6.6"/></svg> <time class="entry-date published" datetime="2027-01-19T10:05:31+01:00">19 janvier 2027</time><time class="updated" datetime="2027-01-19T16:48:02+01:00">19 janvier 2027</time></a></span>
<span class="cm-author cm-vcard"><svg class="cm-icon cm-icon--user" viewBox="0 0 24 24"><path d="M7 7c0-2.8 2.2-5 5-5s5 2.2 5 5"/></svg><a class="url fn n" href="{base}/author/redaction/" title="La rédaction">La rédaction</a></span>
<span class="cm-post-views">312 vues</span><span class="cm-tag-links"><a href="{base}/tag/budget/" rel="tag">budget</a>, <a href="{base}/tag/conseil-general/" rel="tag">conseil général</a></span></div>
<div class="cm-entry-summary">
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Partager :</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{url}?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-x"><a class="share-x sd-button share-icon" href="{url}?share=x"><span>X</span></a></li><li class="share-email"><a class="share-email sd-button share-icon" href="mailto:?subject=Martigny"><span>E-mail</span></a></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Similaire</em></h3>{related}</div>
</div>
</div>
</article>
</div>
<ul class="default-wp-page"><li class="previous"><a href="{base}/saxon-la-fete-des-abricots-cherche-un-nouveau-comite/" rel="prev"><span class="meta-nav">&larr;</span> Saxon: la fête des abricots cherche un nouveau comité</a></li><li class="next"><a href="{base}/fully-un-troisieme-parc-photovoltaique-au-pied-du-coteau/" rel="next">Fully: un troisième parc photovoltaïque au pied du coteau <span class="meta-nav">&rarr;</span></a></li></ul>
<div id="comments" class="comments-area">
<h3 class="comments-title">Un commentaire sur &ldquo;{texturize(title)}&rdquo;</h3>
<ol class="comment-list"><li class="comment even thread-even depth-1" id="li-comment-9911"><article id="comment-9911" class="comment"><header class="comment-meta comment-author vcard"><cite><b class="fn">Pierre-Alain M.</b></cite><div class="comment-date-link"><a href="{url}#comment-9911"><time datetime="2027-01-19T19:12:40+01:00">19 janvier 2027 à 19 h 12 min</time></a></div></header><section class="comment-content comment"><p>Encore une fois, la piscine passe avant les trottoirs du quartier de la Bâtiaz. On attend toujours.</p></section><a rel="nofollow" class="comment-reply-link" href="#respond">Répondre</a></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p><p class="comment-form-comment"><label for="comment">Commentaire *</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /></p></form></div>
</div>
</div>
<div id="cm-secondary" class="cm-secondary"><aside id="recent-posts-3" class="widget widget_recent_entries"><h3 class="cm-widget-title"><span>Articles récents</span></h3><ul>{recent}</ul></aside><aside id="custom_html-2" class="widget_text widget widget_custom_html"><h3 class="cm-widget-title"><span>Abonnement</span></h3><div class="textwidget custom-html-widget"><p>Recevez Le Confédéré chaque vendredi dans votre boîte aux lettres.</p><a href="{base}/abonnement/">S’abonner</a></div></aside></div>
</div></div></div>
<footer id="cm-footer" class="cm-footer"><div class="cm-footer-bar"><div class="cm-copyright">Copyright &copy; 2027 <a href="{base}/" title="Le Confédéré"><span>Le Confédéré</span></a>. Tous droits réservés. Thème : ColorMag par ThemeGrill. Propulsé par <a href="https://wordpress.org">WordPress</a>.</div></div></footer>
</div>
<script src='{base}/wp-content/themes/colormag/assets/js/colormag-custom.min.js?ver=3.1.6' id='colormag-custom-js'></script>
</body>
</html>
"""
    write(
        "02_confedere_colormag_rankmath_budget_table_redaction",
        page,
        {
            "title": title,
            "publication": "Le Confédéré",
            "author": None,
            "section": "Martigny",
            "date": datetime.date(2027, 1, 19),
            "source_url": url,
            "paragraphs": [flat(x) for x in p] + [" ".join(r) for r in rows] + [flat(x) for x in q],
            "notes": "WordPress ColorMag + Rank Math (@graph, NewsArticle headline and og:title "
            "with ' - Le Confédéré'). The WordPress user is 'La rédaction' (also a JSON-LD "
            "Person and twitter:data1): no person credited. Rank Math's articleSection is one "
            "string 'Martigny, Politique' (its first term, also article:section and the first "
            "category badge). No standfirst. Gutenberg data table: header, four rows and a "
            "bold tfoot total, each row a paragraph (cells joined by a space); its figcaption "
            "is a caption. Image caption with '(Photo: Le Confédéré)'; AdSense block; 'À lire "
            "aussi:' line between paragraphs; &#8217; entities. Published and updated "
            "19 janvier 2027 (two <time>), top bar date, a reader comment, Jetpack share and "
            "related posts, post navigation, sidebar.",
        },
    )


def page03() -> None:
    """Sport/Foot Magazine: Roularta on Brightspot, analysis, table, breadcrumb beats the label."""
    base = "https://www.sportfootmagazine.be"
    url = f"{base}/football/pro-league/pourquoi-les-gardiens-belges-ne-degagent-plus/"
    title = "Pourquoi les gardiens belges ne dégagent plus"
    lead = (
        "En cinq saisons, la part des longs ballons joués par les gardiens de Pro League a "
        "presque diminué de moitié. Une petite révolution tactique, qui n’a pas que des "
        "partisans."
    )
    s1 = "Une génération formée autrement"
    s2 = "Le prix du risque"
    p = [
        "Il fut un temps où le rôle du gardien, ballon en main, se résumait à une question&nbsp;: "
        "jusqu’où peut-il dégager&nbsp;? Ce temps-là est révolu. Sur les vingt premières "
        "journées de la saison, les gardiens de Pro League n’ont joué que 31&nbsp;% de leurs "
        "passes au-delà de quarante mètres. Il y a cinq ans, c’était 58&nbsp;%.",
        "Les chiffres compilés par notre rédaction à partir des feuilles de match ne laissent "
        "guère de doute. La relance courte, longtemps réservée à deux ou trois clubs du top, "
        "est devenue la norme, jusque dans les équipes qui luttent pour le maintien.",
        "L’explication tient d’abord à la formation. «&nbsp;Les gardiens qui arrivent "
        "aujourd’hui en équipe première ont passé dix ans à toucher le ballon avec les pieds à "
        "chaque entraînement&nbsp;», observe Yannick Hoste, ancien portier de D2 devenu "
        "formateur dans l’école de gardiens qu’il a fondée à Namur. «&nbsp;À quinze ans, on "
        "leur demande déjà de casser une première ligne de pression.&nbsp;»",
        "Les règles ont aussi joué leur rôle. Depuis que le ballon est en jeu dès qu’il a été "
        "botté, même à l’intérieur du rectangle, les entraîneurs ont multiplié les schémas où "
        "le gardien sert de troisième défenseur central. Certains en font même un médian "
        "supplémentaire.",
        "L’évolution, saison par saison, pour l’ensemble des gardiens titulaires de Pro "
        "League&nbsp;:",
    ]
    rows = [
        ("Saison", "Passes par match", "Longs ballons", "Relances courtes réussies"),
        ("2022-2023", "27,4", "58&nbsp;%", "81&nbsp;%"),
        ("2023-2024", "29,1", "52&nbsp;%", "83&nbsp;%"),
        ("2024-2025", "31,8", "46&nbsp;%", "85&nbsp;%"),
        ("2025-2026", "34,0", "39&nbsp;%", "86&nbsp;%"),
        ("2026-2027*", "36,2", "31&nbsp;%", "87&nbsp;%"),
    ]
    q = [
        "La médaille a son revers. Sur la même période, les buts encaissés après une perte de "
        "balle dans les trente derniers mètres ont plus que doublé&nbsp;: 41 la saison "
        "dernière, contre 18 en 2022-2023. Chaque week-end ou presque, une relance manquée se "
        "transforme en but.",
        "«&nbsp;On a parfois l’impression que certains coaches préfèrent perdre un match en "
        "jouant court que le gagner en dégageant&nbsp;», tacle un ancien international devenu "
        "consultant, qui préfère ne pas être cité. Dans les vestiaires aussi, la doctrine "
        "divise&nbsp;: plusieurs défenseurs centraux confient en privé ne pas toujours "
        "apprécier d’être servis dos au jeu, à vingt mètres de leur but.",
        "Pour Yannick Hoste, le débat est mal posé. «&nbsp;Le gardien qui dégage ne prend aucun "
        "risque visible. Mais il rend le ballon à l’adversaire une fois sur deux. Ça aussi, "
        "c’est un risque. Simplement, personne ne le compte.&nbsp;»",
        "Reste une certitude&nbsp;: le profil recherché par les recruteurs a changé. Un gardien "
        "d’1,95&nbsp;m qui ne sait pas jouer au pied a aujourd’hui moins de chances de percer "
        "qu’un portier d’1,85&nbsp;m capable de trouver une passe entre les lignes. Et ça, en "
        "Belgique, c’est nouveau.",
    ]
    head, *data = rows
    table = (
        '<div class="TableModule"><table class="TableModule-table"><thead><tr>'
        + "".join(f"<th>{c}</th>" for c in head)
        + "</tr></thead><tbody>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in data)
        + '</tbody></table><div class="TableModule-caption">* Après vingt journées. Source&nbsp;: Sport/Foot Magazine, d’après les feuilles de match.</div></div>'
    )
    enhancement = (
        '<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="PromoInline">'
        '<div class="PromoInline-label">Lire aussi</div><div class="PromoInline-title">'
        f'<a class="Link" href="{base}/football/diables-rouges/le-casse-tete-du-numero-un-chez-les-diables/">Le casse-tête du numéro un chez les Diables</a>'
        "</div></div></div></div>"
    )
    ad = '<div class="GoogleDfpAd-wrapper"><div class="GoogleDfpAd-label">Publicité</div><div class="GoogleDfpAd" data-slot-name="/21730/sportfoot/article/inread"></div></div>'
    body = "\n".join(
        [
            paras(*p[:2]),
            f"<h2>{s1}</h2>",
            paras(*p[2:4]),
            enhancement,
            paras(p[4]),
            table,
            f"<h2>{s2}</h2>",
            paras(*q[:2]),
            ad,
            paras(*q[2:]),
        ]
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": flat(lead),
        "datePublished": "2027-01-24T08:30:00.000+01:00",
        "dateModified": "2027-01-24T08:30:00.000+01:00",
        "author": [
            {
                "@type": "Person",
                "name": "Gilles Vanmechelen",
                "url": f"{base}/auteurs/gilles-vanmechelen/",
            }
        ],
        "publisher": {
            "@type": "Organization",
            "name": "Sport/Foot Magazine",
            "logo": {"@type": "ImageObject", "url": f"{base}/logo-sportfoot.png"},
        },
        "image": {"@type": "ImageObject", "url": f"{base}/dims4/default/gardien-relance.jpg"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "isAccessibleForFree": "True",
    }
    crumbs = {
        "@context": "http://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Football", "item": f"{base}/football/"},
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Pro League",
                "item": f"{base}/football/pro-league/",
            },
        ],
    }
    nav = menu(
        6213,
        "NavigationItem",
        base,
        ["Football", "Diables Rouges", "Cyclisme", "Tennis", "Autres sports", "Magazine"],
        8,
    )
    promos = "".join(
        f'<li class="List-items-item"><div class="PromoB"><div class="PromoB-media"><img src="{t["image"]}" alt="" loading="lazy"></div><div class="PromoB-category">{t["section"]}</div><h3 class="PromoB-title"><a class="Link" href="{t["url"]}/">{t["title"]}</a></h3></div></li>'
        for t in teasers(6204, 8, base + "/football", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html class="ArticlePage" lang="fr-BE">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{title} - Sport/Foot Magazine</title>
    <meta name="description" content="{flat(lead)}">
    <link rel="canonical" href="{url}">
    <meta property="og:title" content="{title}">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="{base}/dims4/default/gardien-relance.jpg">
    <meta property="og:description" content="{flat(lead)}">
    <meta property="og:site_name" content="Sport/Foot Magazine">
    <meta property="og:type" content="article">
    <meta property="article:published_time" content="2027-01-24T08:30:00.000+01:00">
    <meta property="article:tag" content="Pro League">
    <meta property="article:tag" content="Gardiens">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="brightspot.contentId" content="00000194-77c1-d2f3-a1b7-7ff9b0a40000">
    <link data-cssvarsponyfill="true" class="Webpack-css" rel="stylesheet" href="{base}/resource/00000189-0bbe/styleguide/All.min.2f1c.gz.css">
    <style>{css_blob(6223, "bsp", 300)}</style>
    {json_script(ld)}
    {json_script(crumbs)}
    <script src="https://cdn.privacy-mgmt.com/unified/wrapperMessagingWithoutDetection.js" async></script>
</head>
<body class="Page-body" data-content-type="article">
<div id="sp_message_container_901" class="sp_message_container"><div class="message-component"><p>Roularta Media Group et ses partenaires utilisent des cookies pour améliorer votre expérience et afficher des publicités personnalisées.</p><button title="Accepter">Accepter</button><button title="Refuser">Refuser</button><button title="Personnaliser">Personnaliser</button></div></div>
<div class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="{base}/" aria-label="Sport/Foot Magazine"><img src="{base}/logo-sportfoot.svg" alt="Sport/Foot Magazine"></a><nav class="Page-header-navigation">{nav}</nav><a class="Page-header-subscribe" href="https://abonnement.sportfootmagazine.be/">S’abonner</a><a class="Page-header-login" href="/connexion">Se connecter</a></div></div>
<main class="Page-main">
<div class="ArticlePage-breadcrumbs"><ul class="Breadcrumbs"><li class="Breadcrumbs-item"><a class="Link" href="{base}/football/">Football</a></li><li class="Breadcrumbs-item"><a class="Link" href="{base}/football/pro-league/">Pro League</a></li></ul></div>
<div class="ArticlePage-content">
<div class="ArticlePage-label"><span class="ArticlePage-label-text">Analyse</span></div>
<h1 class="ArticlePage-headline">{title}</h1>
<div class="ArticlePage-subHeadline"><p>{lead}</p></div>
<div class="ArticlePage-byline"><div class="ArticlePage-authors"><span class="ArticlePage-authorBy">Par</span> <div class="ArticlePage-authorName"><a class="Link" href="{base}/auteurs/gilles-vanmechelen/">Gilles Vanmechelen</a></div></div><div class="ArticlePage-datePublished">24 janvier 2027 à 08h30</div><div class="ArticlePage-readTime">4 min. de lecture</div></div>
<div class="ArticlePage-actions"><div class="ActionBar"><ul class="ActionBar-items"><li class="ActionBar-items-item"><a class="ActionLink" data-social-service="facebook" href="#">Facebook</a></li><li class="ActionBar-items-item"><a class="ActionLink" data-social-service="linkedin" href="#">LinkedIn</a></li><li class="ActionBar-items-item"><a class="ActionLink" data-social-service="email" href="#">E-mail</a></li><li class="ActionBar-items-item"><button class="ActionLink" data-bookmark>Sauvegarder</button></li></ul></div></div>
<div class="ArticlePage-lead"><figure class="Figure"><img class="Image" src="{base}/dims4/default/gardien-relance.jpg" alt="" width="1440" height="810"><figcaption class="Figure-content"><div class="Figure-caption"><p>Les gardiens de Pro League touchent en moyenne 36 ballons par match cette saison.</p></div><div class="Figure-credit">© BELGA Image</div></figcaption></figure></div>
<div class="ArticlePage-mainContent">
<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">
{body}
</div></div>
<div class="ArticlePage-tags"><div class="ArticlePage-tags-title">Sujets</div><ul class="ArticlePage-tags-list"><li><a class="Link" href="{base}/tag/pro-league/">Pro League</a></li><li><a class="Link" href="{base}/tag/gardiens/">Gardiens</a></li><li><a class="Link" href="{base}/tag/tactique/">Tactique</a></li></ul></div>
<div class="NewsletterSignupModule"><div class="NewsletterSignupModule-title">La newsletter Sport/Foot Magazine</div><div class="NewsletterSignupModule-description">Chaque jeudi, l’essentiel du football belge par nos journalistes.</div><form><input type="email" placeholder="Votre adresse e-mail"><button>S’inscrire</button></form></div>
</div>
</div>
<div class="ArticlePage-belowContent"><div class="List"><div class="List-header"><h2 class="List-title">Plus de Pro League</h2></div><ul class="List-items">{promos}</ul></div></div>
</main>
<footer class="Page-footer"><div class="Page-footer-disclaimer">© 2027 Roularta Media Group – Sport/Foot Magazine. Tous droits réservés.</div><ul class="Page-footer-navigation"><li><a href="/conditions">Conditions générales</a></li><li><a href="/vie-privee">Vie privée</a></li><li><a href="/cookies">Cookies</a></li></ul></footer>
<script src="{base}/resource/00000189-0bbe/styleguide/All.min.js" async></script>
</body>
</html>
"""
    write(
        "03_sportfoot_brightspot_analyse_table_breadcrumb",
        page,
        {
            "title": title,
            "publication": "Sport/Foot Magazine",
            "author": "Gilles Vanmechelen",
            "section": "Pro League",
            "date": datetime.date(2027, 1, 24),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [s1, s2],
            "paragraphs": [flat(x) for x in p]
            + [flat(" ".join(r)) for r in rows]
            + [flat(x) for x in q],
            "notes": "Roularta on Brightspot (ArticlePage-*, RichTextArticleBody). Standfirst "
            "ArticlePage-subHeadline; byline 'Par' + author link; '24 janvier 2027 à 08h30' "
            "beside a reading time. No articleSection, no article:section: the breadcrumb's "
            "last item 'Pro League' (also a separate BreadcrumbList JSON-LD) beats the label "
            "'Analyse'. Two h2 subheads; data table (header + five rows, each a paragraph, "
            "cells joined by a space) with a footnote caption; 'Lire aussi' enhancement and a "
            "DFP ad inside the body; Belgian typography (&nbsp; before : ? % and inside « »); "
            "'© BELGA Image' photo credit (no agency); isAccessibleForFree as the string "
            "'True'; tags, newsletter, promos.",
        },
    )


def page04() -> None:
    """Médor: home-made Django, investigation, paywall, 'Texte'/'Illustrations', issue date."""
    base = "https://medor.coop"
    url = f"{base}/magazines/medor-n45-hiver-2026-2027/maisons-de-repos-des-etoiles-a-vendre/"
    title = "Maisons de repos&nbsp;: des étoiles à vendre"
    lead = (
        "Sur les sites d’avis en ligne, certaines maisons de repos bruxelloises et wallonnes "
        "affichent des notes parfaites. Médor a remonté la piste d’une agence qui vend des "
        "commentaires élogieux, signés par des familles qui n’existent pas."
    )
    s1 = "«&nbsp;Un forfait, comme pour le nettoyage&nbsp;»"
    p = [
        "Cinq étoiles sur cinq. «&nbsp;Un personnel aux petits soins, des repas dignes d’un "
        "restaurant, maman revit.&nbsp;» L’avis est signé Martine D., il date du printemps "
        "dernier et il fait partie des 212 commentaires qui valent au Clos des Aubépines, une "
        "maison de repos de 140 lits en Brabant wallon, une note moyenne de 4,9 sur le "
        "principal moteur de recherche.",
        "Martine D. n’existe pas. Pas plus que Jean-Claude V., «&nbsp;ravi pour papa&nbsp;», ou "
        "Nadia B., qui a trouvé «&nbsp;une deuxième famille&nbsp;» pour sa tante. Ces trois "
        "avis, et au moins 46 autres laissés pour le Clos des Aubépines, ont été rédigés depuis "
        "les mêmes comptes, qui notent aussi des garages à Liège, un traiteur à Mons et une "
        "clinique dentaire en Espagne.",
        "Pendant six mois, nous avons analysé plus de 9&nbsp;000 avis publiés sur 87 maisons de "
        "repos de Bruxelles et de Wallonie. Pour 14 d’entre elles, la part de commentaires "
        "suspects dépasse le tiers. Derrière une bonne partie de ces textes, un même "
        "prestataire&nbsp;: une petite agence de «&nbsp;réputation digitale&nbsp;» installée "
        "dans un centre d’affaires du Brabant wallon.",
        "Au téléphone, en se présentant comme la nouvelle directrice d’un établissement de la "
        "région, l’une d’entre nous a obtenu sans difficulté une offre. Trente avis "
        "«&nbsp;naturels&nbsp;» par trimestre, répartis entre le moteur de recherche et deux "
        "comparateurs spécialisés, pour 390&nbsp;euros hors TVA. «&nbsp;Beaucoup de nos "
        "client·es prennent ça comme un forfait, comme pour le nettoyage&nbsp;», explique la "
        "commerciale.",
        "Le directeur du Clos des Aubépines, joint à plusieurs reprises, n’a pas souhaité "
        "répondre à nos questions. Le groupe qui exploite l’établissement assure, par écrit, "
        "«&nbsp;ne pas avoir connaissance&nbsp;» de la pratique et annonce un audit interne. "
        "Pour les résident·es et leurs proches, la note, elle, reste affichée.",
    ]
    quote = (
        "«&nbsp;Beaucoup de nos client·es prennent ça comme un forfait, comme pour le "
        "nettoyage.&nbsp;»"
    )
    body = "\n".join(
        [
            paras(*p[:3]),
            f"<h2>{s1}</h2>",
            paras(p[3]),
            f'<aside class="exergue"><p>{quote}</p></aside>',
            paras(p[4]),
        ]
    )
    issue = "".join(
        f'<li class="sommaire__item"><a href="{base}/magazines/medor-n45-hiver-2026-2027/{t["url"].rsplit("/", 1)[1]}/"><span class="sommaire__rubrique">{r}</span> <span class="sommaire__titre">{t["title"]}</span></a></li>'
        for t, r in zip(
            teasers(6205, 6, base, FILLER),
            ["Récit", "Portrait", "Enquête", "Reportage", "Dessin", "Chronique"],
            strict=True,
        )
    )
    page = f"""<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>{flat(title)} — Médor</title>
  <meta name="description" content="{flat(lead)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Médor">
  <meta property="og:title" content="{flat(title)}">
  <meta property="og:description" content="{flat(lead)}">
  <meta property="og:url" content="{url}">
  <meta property="og:image" content="{base}/media/illustrations/n45/etoiles-lambotte.jpg">
  <meta property="article:published_time" content="2027-01-20T07:00:00+01:00">
  <meta property="article:section" content="Santé">
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:site" content="@medormag">
  <link rel="stylesheet" href="/static/css/medor.8d41c2.css">
  <style>{css_blob(6224, "md", 180)}</style>
  <script defer data-domain="medor.coop" src="https://plausible.io/js/script.js"></script>
</head>
<body class="page-article theme-hiver">
<header class="site-header">
  <a class="site-header__logo" href="/" title="Médor — accueil"><img src="/static/img/medor-logo.svg" alt="Médor"></a>
  <nav class="site-header__nav"><ul><li><a href="/magazines/">Les numéros</a></li><li><a href="/articles/">Articles</a></li><li><a href="/enquetes-participatives/">Enquêtes participatives</a></li><li><a href="/cooperative/">La coopérative</a></li><li><a href="/boutique/">Boutique</a></li></ul></nav>
  <a class="btn btn--abo" href="/abonnements/">S’abonner</a> <a class="btn btn--login" href="/accounts/login/?next=/magazines/medor-n45-hiver-2026-2027/maisons-de-repos-des-etoiles-a-vendre/">Se connecter</a>
</header>
<main class="article" id="main">
  <div class="article__issue"><a href="{base}/magazines/medor-n45-hiver-2026-2027/">Paru dans Médor n°45 — décembre 2026</a></div>
  <header class="article__header">
    <p class="article__rubrique">Enquête</p>
    <h1 class="article__title">{title}</h1>
    <div class="article__chapo"><p>{lead}</p></div>
    <div class="article__credits">
      <p class="credit credit--texte"><span class="credit__label">Texte</span> <a href="/contributeurs/elise-vandamme/">Élise Vandamme</a>, <a href="/contributeurs/karim-benali/">Karim Benali</a></p>
      <p class="credit credit--illustration"><span class="credit__label">Illustrations</span> <a href="/contributeurs/zoe-lambotte/">Zoé Lambotte</a></p>
    </div>
    <p class="article__date">Mis en ligne le <time datetime="2027-01-20">20 janvier 2027</time></p>
    <ul class="article__tags"><li><a href="/articles/?theme=sante">Santé</a></li><li><a href="/articles/?theme=numerique">Numérique</a></li><li><a href="/articles/?region=brabant-wallon">Brabant wallon</a></li></ul>
  </header>
  <figure class="article__illustration"><img src="{base}/media/illustrations/n45/etoiles-lambotte.jpg" alt="Illustration : une étoile dorée accrochée à un déambulateur"><figcaption>Zoé Lambotte (CC BY-NC-ND)</figcaption></figure>
  <div class="article__body">
{body}
  </div>
  <div class="paywall" id="paywall">
    <p class="paywall__title">La suite de cet article est réservée aux abonné·es.</p>
    <p class="paywall__text">Il vous reste 80&nbsp;% de l’enquête à lire. Médor est un magazine coopératif, sans publicité, financé par ses lectrices et lecteurs.</p>
    <p class="paywall__actions"><a class="btn" href="/abonnements/">Je m’abonne</a> <a class="btn btn--ghost" href="/accounts/login/">J’ai déjà un compte</a></p>
    <p class="paywall__numero">Vous pouvez aussi <a href="/boutique/medor-n45/">acheter Médor n°45</a> en librairie ou sur notre boutique.</p>
  </div>
  <section class="article__sommaire"><h2>Dans le même numéro</h2><ul class="sommaire">{issue}</ul></section>
</main>
<footer class="site-footer">
  <p>Médor scrl-fs — trimestriel belge d’enquêtes et de récits. Médor est une coopérative de plus de 3&nbsp;000 coopérateur·ices.</p>
  <ul><li><a href="/contact/">Contact</a></li><li><a href="/charte/">Charte éditoriale</a></li><li><a href="/vie-privee/">Vie privée</a></li></ul>
  <p>© Médor 2027 — sauf mention contraire, les contenus sont sous licence CC BY-NC-ND.</p>
</footer>
<script src="/static/js/medor.5a0e1f.js" defer></script>
</body>
</html>
"""
    write(
        "04_medor_django_enquete_paywall_two_authors_issue",
        page,
        {
            "title": flat(title),
            "publication": "Médor",
            "author": "Élise Vandamme et Karim Benali",
            "section": "Santé",
            "date": datetime.date(2027, 1, 20),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [flat(s1)],
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "Home-made (Django) cooperative magazine; no JSON-LD, Open Graph with "
            "article:section 'Santé' (beats the rubric 'Enquête' and the tags). Paywall after "
            "five paragraphs ('La suite de cet article est réservée aux abonné·es', 'Il vous "
            "reste 80 %'): incomplete. Credits as two lines: 'Texte' A, B (comma, no 'et') and "
            "'Illustrations' C: the illustrator is not an author. 'Paru dans Médor n°45 — "
            "décembre 2026' (print issue) above 'Mis en ligne le 20 janvier 2027' (the "
            "publication date). div.article__chapo standfirst; one h2 subhead in guillemets; "
            "aside.exergue pull quote repeating a quotation of a paragraph (with a period "
            "added); inclusive writing with the middle dot (client·es, résident·es); issue "
            "contents list.",
        },
    )
