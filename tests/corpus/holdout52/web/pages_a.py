# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout52/web (France, Switzerland, Belgium)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page01() -> None:
    """Le Dauphiné Libéré: EBRA platform, court report, paywall cut, UTC on the previous day."""
    base = "https://www.ledauphine.com"
    url = f"{base}/faits-divers-justice/2026/11/20/meurtre-de-seyssinet-pariset-vingt-ans-de-reclusion-pour-l-ancien-associe"
    title = "Meurtre de Seyssinet-Pariset : vingt ans de réclusion pour l'ancien associé"
    lead = (
        "Après quatre jours de procès, la cour d'assises de l'Isère a condamné jeudi soir "
        "Franck Delmas, 54 ans, pour le meurtre de son ancien associé, tué de deux coups de "
        "couteau dans son garage en mars 2024. L'accusé, qui a toujours nié, va faire appel."
    )
    sub = "Un dossier sans aveu ni arme"
    p = [
        "Il était 23 h 40, jeudi, quand le président Olivier Marchetti a lu le verdict devant "
        "une salle comble. Franck Delmas, 54 ans, a été reconnu coupable du meurtre de Stéphane "
        "Vial, son ancien associé dans une entreprise de menuiserie de Seyssinet-Pariset. La "
        "cour et les jurés l'ont condamné à vingt ans de réclusion criminelle.",
        "L'avocate générale, Claire Besson, avait requis vingt-deux ans. Dans un réquisitoire "
        "d'un peu plus d'une heure, elle a décrit « une relation d'affaires devenue une "
        "obsession », nourrie par la liquidation de la société en 2022 et par une dette de "
        "86&nbsp;000 euros que l'accusé reprochait à la victime de ne jamais avoir remboursée.",
        "Le couteau n'a jamais été retrouvé. L'accusation reposait sur la téléphonie, qui situe "
        "le portable de Franck Delmas à moins de 300 mètres du domicile de la victime le soir "
        "des faits, et sur une trace ADN relevée sur la poignée de la porte du garage.",
        "« Une trace sur une poignée, c'est une main qui s'est posée là, un jour. Ce n'est pas "
        "une preuve de meurtre », a plaidé M<sup>e</sup> Julien Ferrand, l'avocat de la "
        "défense, qui demandait l'acquittement. Il a annoncé à la sortie de l'audience que son "
        "client ferait appel.",
        "Sur les bancs des parties civiles, la veuve de Stéphane Vial et ses deux fils ont "
        "accueilli la décision en silence. « On attendait surtout qu'il dise pourquoi. Il ne "
        "l'a pas fait », a confié l'aîné, Maxime, 26 ans.",
    ]
    read_also = (
        '<aside class="lireAussi"><span class="lireAussi__label">Lire aussi</span>'
        f'<a href="{base}/faits-divers-justice/2024/03/18/seyssinet-pariset-un-homme-retrouve-mort-dans-son-garage">'
        "Seyssinet-Pariset : un homme retrouvé mort dans son garage, une enquête ouverte pour "
        "meurtre</a></aside>"
    )
    body = "\n".join(
        [
            paras(*p[:2], attrs='class="textComponent"'),
            read_also,
            '<div class="pub pub--inread" id="inread_1" data-position="inread"></div>',
            f'<h2 class="intertitre">{sub}</h2>',
            paras(*p[2:], attrs='class="textComponent"'),
        ]
    )
    paywall = (
        '<div class="paywall" id="paywall"><div class="paywall__inner">'
        '<p class="paywall__title">Cet article est réservé aux abonnés</p>'
        '<p class="paywall__text">Il vous reste 68% de l\'article à découvrir.</p>'
        '<a class="paywall__cta" href="https://abonnement.ledauphine.com/?origine=paywall">'
        "Je m'abonne - 1 € le premier mois</a>"
        '<p class="paywall__login">Déjà abonné ? <a href="https://connexion.ledauphine.com/">'
        "Se connecter</a></p></div></div>"
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": flat(title),
        "description": flat(lead),
        "articleSection": "Justice",
        "image": {
            "@type": "ImageObject",
            "url": "https://cdn-s-www.ledauphine.com/images/4B1E7F02-palais-justice-grenoble.jpg",
            "width": 1200,
            "height": 675,
        },
        "datePublished": "2026-11-19T23:35:00.000Z",
        "dateModified": "2026-11-20T06:12:00.000Z",
        "author": {
            "@type": "Person",
            "name": "Mathilde Roussel",
            "url": f"{base}/journaliste/mathilde-roussel",
        },
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Dauphiné Libéré",
            "logo": {"@type": "ImageObject", "url": f"{base}/images/logo-ldl-amp.png"},
        },
        "isAccessibleForFree": "False",
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": "False",
            "cssSelector": ".paywall-content",
        },
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Isère",
                "item": f"{base}/isere",
            },
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Grenoble",
                "item": f"{base}/isere/grenoble",
            },
        ],
    }
    tc_vars = {
        "env_template": "article",
        "page_cat1": "faits-divers-justice",
        "page_cat2": "isere",
        "article_id": "8F3C2A1D-6E0B-4C5A-9A77-20D3F1B4C8E2",
        "article_premium": "oui",
        "article_author": "Mathilde Roussel",
        "article_date_publication": "20/11/2026",
    }
    nav = menu(
        5201,
        "mainMenu",
        base,
        ["Isère", "Savoie", "Haute-Savoie", "Drôme", "Ardèche", "Hautes-Alpes", "Sport", "Loisirs"],
        9,
    )
    news = teasers(521, 24, base, FILLER)
    more = "".join(
        f'<article class="teaser"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><div class="teaser__kicker">{t["section"]}</div><h3 class="teaser__title">{t["title"]}</h3></a></article>'
        for t in news[:12]
    )
    flash = "".join(
        f'<li><span class="time">{8 + i % 10}:{(i * 7) % 60:02d}</span><a href="{t["url"]}">{t["title"]}</a></li>'
        for i, t in enumerate(news[12:])
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{flat(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">
<meta name="description" content="{flat(lead)}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{url}">
<link rel="preconnect" href="https://cdn-s-www.ledauphine.com">
<link rel="preconnect" href="https://sdk.privacy-center.org">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Le Dauphiné Libéré">
<meta property="og:title" content="{flat(title)}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://cdn-s-www.ledauphine.com/images/4B1E7F02-palais-justice-grenoble.jpg">
<meta property="article:published_time" content="2026-11-19T23:35:00Z">
<meta property="article:modified_time" content="2026-11-20T06:12:00Z">
<meta property="article:content_tier" content="locked">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@ledauphine">
<meta name="twitter:title" content="{flat(title)}">
<link rel="stylesheet" href="{base}/assets/css/article.min.css?v=1741">
<style>{css_blob(5211, "ebra", 300)}</style>
{json_script(ld)}
{json_script(crumbs)}
<script>var tc_vars = {json.dumps(tc_vars, ensure_ascii=False)};</script>
<script>window.didomiConfig={{"app":{{"apiKey":"9a4e2d61-ldl"}},"languages":{{"enabled":["fr"],"default":"fr"}}}};</script>
<script async src="https://sdk.privacy-center.org/loader.js"></script>
</head>
<body class="article premium">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7F3LD" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.</p><button id="didomi-notice-agree-button">Accepter &amp; Fermer</button><button id="didomi-notice-learn-more-button">Personnaliser</button><button>Refuser et s'abonner</button></div></div>
<header class="header" role="banner">
<div class="header__top"><a class="header__logo" href="{base}/" title="Le Dauphiné Libéré"><img src="{base}/images/logo-ledauphine.svg" alt="Le Dauphiné Libéré" width="210" height="40"></a><a class="header__edition" href="{base}/isere">Édition Isère</a><a class="header__abo" href="https://abonnement.ledauphine.com/">S'abonner</a><a class="header__login" href="https://connexion.ledauphine.com/">Se connecter</a></div>
<nav class="header__nav" aria-label="Menu principal">{nav}</nav>
</header>
<div class="flashInfo"><span class="flashInfo__label">Fil info</span><ul>{flash}</ul></div>
<main class="main" role="main">
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="{base}/">Accueil</a></li><li><a href="{base}/isere">Isère</a></li><li><a href="{base}/isere/grenoble">Grenoble</a></li></ol></nav>
<article class="article paywall-content" itemscope>
<header class="article__header">
<div class="article__kicker"><span class="premiumBadge" title="Article réservé aux abonnés">Abonnés</span> <span class="kicker">Cour d'assises</span></div>
<h1 class="article__title">{title}</h1>
<p class="chapo">{lead}</p>
<div class="article__meta">
<div class="signature"><span class="authorName">Par <a href="{base}/journaliste/mathilde-roussel">Mathilde Roussel</a></span> - <span class="authorLocation">Grenoble</span></div>
<div class="dates"><time datetime="2026-11-19T23:35:00Z">Le 20/11/2026 à 00:35</time> <span class="dates__update">| mis à jour le 20/11/2026 à 07:12</span></div>
</div>
<div class="shareBar"><a class="shareBar__fb" href="#">Facebook</a><a class="shareBar__x" href="#">X</a><a class="shareBar__wa" href="#">WhatsApp</a><a class="shareBar__mail" href="#">Email</a><button class="shareBar__bookmark">Sauvegarder</button></div>
</header>
<figure class="article__visuel"><img src="https://cdn-s-www.ledauphine.com/images/4B1E7F02-palais-justice-grenoble.jpg" alt="" width="1200" height="675"><figcaption><span class="legende">Le verdict a été rendu peu avant minuit au palais de justice de Grenoble.</span> <span class="credit">Photo Le DL /Jean-Benoît Vigny</span></figcaption></figure>
<div class="article__body">
{body}
</div>
{paywall}
<div class="article__tags"><span>Sur le même sujet</span><a href="{base}/sujet/cour-d-assises">Cour d'assises</a><a href="{base}/sujet/seyssinet-pariset">Seyssinet-Pariset</a><a href="{base}/sujet/justice">Justice</a></div>
</article>
<section class="related"><h2 class="related__title">À découvrir</h2>{more}</section>
<div class="newsletter"><h2>Newsletter Isère</h2><p>Chaque matin, l'essentiel de l'actualité de votre département.</p><form><input type="email" placeholder="Votre adresse email"><button>Je m'inscris</button></form></div>
</main>
<footer class="footer" role="contentinfo"><div class="footer__links"><a href="{base}/mentions-legales">Mentions légales</a><a href="{base}/cgu">CGU</a><a href="{base}/cookies">Gestion des cookies</a><a href="{base}/contact">Contact</a></div><p class="footer__copyright">© Le Dauphiné Libéré - 2026 - Tous droits réservés</p></footer>
<script src="{base}/assets/js/article.min.js?v=1741" defer></script>
</body>
</html>
"""
    write(
        "01_ledauphine_ebra_assises_paywall_utc_previous_day",
        page,
        {
            "title": flat(title),
            "publication": "Le Dauphiné Libéré",
            "author": "Mathilde Roussel",
            "section": "Justice",
            "date": datetime.date(2026, 11, 20),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [sub],
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "EBRA platform, court report. Verdict read at 23 h 40: the page says "
            "'Le 20/11/2026 à 00:35' while JSON-LD datePublished and article:published_time "
            "are 2026-11-19T23:35Z, the previous day in UTC: the date is the local 20 November. "
            "Paywall after five paragraphs ('Cet article est réservé aux abonnés', "
            "isAccessibleForFree 'False' as a string, hasPart cssSelector): incomplete. "
            "Standfirst p.chapo; one h2.intertitre subhead; 'Me' written M<sup>e</sup>; "
            "'Lire aussi' aside and an empty ad slot in the body. articleSection 'Justice' "
            "beats the kicker 'Cour d'assises' and the breadcrumb 'Isère › Grenoble'. Byline "
            "'Par Mathilde Roussel - Grenoble' (place). Straight apostrophes throughout.",
        },
    )


def page02() -> None:
    """Les Inrockuptibles: WordPress + Rank Math @graph, album review, pull quote, embed."""
    base = "https://www.lesinrocks.com"
    url = f"{base}/musique/avec-terres-basses-lise-marchal-signe-un-deuxieme-album-sans-filet-612847-13-11-2026/"
    title = "Avec <em>Terres basses</em>, Lise Marchal signe un deuxième album sans filet"
    seo = "Avec “Terres basses”, Lise Marchal signe un deuxième album sans filet - Les Inrocks"
    lead = (
        "Trois ans après un premier disque remarqué, la chanteuse lyonnaise a enregistré en une "
        "semaine, dans une ferme de la Bresse, onze chansons d’une nudité désarmante."
    )
    quote = "« J’ai gardé les prises où ma voix se casse. C’était ça ou mentir. »"
    p = [
        "Il y a, au milieu de <em>Terres basses</em>, un moment où tout pourrait s’effondrer. "
        "Sur <em>La Digue</em>, la voix de Lise Marchal se brise sur une note tenue trop "
        "longtemps, repart, se brise encore. N’importe quel ingénieur du son aurait proposé une "
        "autre prise. Elle a gardé celle-là, et c’est tout le disque qui s’en trouve éclairé.",
        "On avait découvert la Lyonnaise en 2023 avec <em>Les Heures creuses</em>, un premier "
        "album soigné jusqu’à l’excès, arrangé pour cordes et synthétiseurs. Le deuxième prend "
        "le contre-pied exact&nbsp;: onze titres enregistrés en sept jours dans une ancienne "
        "ferme de Saint-Trivier-de-Courtes, avec une guitare, un piano droit désaccordé et, "
        "parfois, la contrebasse de Paul Garnier.",
        "Le parti pris pourrait sentir l’exercice de style. Il n’en est rien. Débarrassées de "
        "leurs parures, les chansons laissent enfin entendre ce qui faisait déjà la singularité "
        "de Marchal&nbsp;: une écriture qui regarde les paysages plutôt que les sentiments, et "
        "laisse les seconds se déposer dans les premiers.",
        "<em>Brouillard sur la Reyssouze</em> décrit une rivière pendant six minutes, sans "
        "refrain, et parvient à dire un deuil sans jamais le nommer. <em>Les Peupliers</em>, "
        "seul titre où s’invite une batterie, est une ballade de route nocturne. Plus loin, "
        "<em>Maison vide</em> tient sur trois accords et une phrase répétée jusqu’à "
        "l’épuisement.",
        "Tout n’est pas de ce niveau. Le milieu du disque s’essouffle un peu, et <em>Vent "
        "d’autan</em>, trop proche d’un morceau du premier album, aurait pu rester sur le "
        "disque dur. Mais la fin, avec le diptyque <em>Crue</em> et <em>Décrue</em>, renoue "
        "avec cette tension rare entre maîtrise et abandon.",
        "À 31 ans, Lise Marchal a fait le pari le plus risqué qui soit pour un deuxième "
        "album&nbsp;: montrer ses failles plutôt que ses talents. Elle le gagne presque "
        "partout.",
        "<strong><em>Terres basses</em> (Grange Records/Idol). Sortie le 20 novembre. En "
        "concert le 12 mars 2027 au Transbordeur, à Villeurbanne.</strong>",
    ]
    related_inline = (
        f'<p><strong>À lire aussi : <a href="{base}/musique/lise-marchal-la-pop-en-terrain-vague-498120-02-05-2023/">'
        "Lise Marchal, la pop en terrain vague</a></strong></p>"
    )
    pull = (
        f'<figure class="wp-block-pullquote"><blockquote><p>{quote}</p><cite>Lise Marchal</cite>'
        "</blockquote></figure>"
    )
    spotify = (
        '<figure class="wp-block-embed is-type-rich is-provider-spotify wp-block-embed-spotify '
        'wp-embed-aspect-21-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
        '<iframe title="Spotify Embed: Terres basses" style="border-radius: 12px" width="100%" '
        'height="352" frameborder="0" allowfullscreen allow="autoplay; clipboard-write; '
        'encrypted-media; fullscreen; picture-in-picture" loading="lazy" '
        'src="https://open.spotify.com/embed/album/5pXq0d1Rk2mYt8vB3nL7cW?utm_source=oembed">'
        "</iframe></div></figure>"
    )
    body = "\n".join(
        [
            paras(*p[:3]),
            pull,
            paras(p[3]),
            related_inline,
            '<div class="inrocks-ad inrocks-ad--inread" data-slot="inread_1"><div id="div-gpt-ad-inread"></div></div>',
            paras(p[4]),
            spotify,
            paras(*p[5:]),
        ]
    )
    org = f"{base}/#organization"
    person = f"{base}/auteur/anais-thebault/"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Organization",
                "@id": org,
                "name": "Les Inrockuptibles",
                "url": base,
                "sameAs": ["https://www.facebook.com/lesinrocks", "https://x.com/lesinrocks"],
                "logo": {
                    "@type": "ImageObject",
                    "@id": f"{base}/#logo",
                    "url": f"{base}/wp-content/uploads/2021/01/logo-inrocks.png",
                    "contentUrl": f"{base}/wp-content/uploads/2021/01/logo-inrocks.png",
                    "caption": "Les Inrocks",
                    "inLanguage": "fr-FR",
                },
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base,
                "name": "Les Inrocks",
                "publisher": {"@id": org},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "ImageObject",
                "@id": f"{base}/wp-content/uploads/2026/11/lise-marchal-terres-basses.jpg",
                "url": f"{base}/wp-content/uploads/2026/11/lise-marchal-terres-basses.jpg",
                "width": "1600",
                "height": "900",
                "caption": "Lise Marchal",
                "inLanguage": "fr-FR",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": "1",
                        "item": {"@id": base, "name": "Accueil"},
                    },
                    {
                        "@type": "ListItem",
                        "position": "2",
                        "item": {"@id": f"{base}/musique/", "name": "Musique"},
                    },
                    {
                        "@type": "ListItem",
                        "position": "3",
                        "item": {"@id": url, "name": flat(title)},
                    },
                ],
            },
            {
                "@type": "WebPage",
                "@id": f"{url}#webpage",
                "url": url,
                "name": seo,
                "datePublished": "2026-11-13T16:02:11+01:00",
                "dateModified": "2026-11-13T18:40:52+01:00",
                "isPartOf": {"@id": f"{base}/#website"},
                "inLanguage": "fr-FR",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            {
                "@type": "Person",
                "@id": person,
                "name": "Anaïs Thébault",
                "url": person,
                "worksFor": {"@id": org},
            },
            {
                "@type": "NewsArticle",
                "headline": seo,
                "keywords": "Lise Marchal,chanson française,album",
                "datePublished": "2026-11-13T16:02:11+01:00",
                "dateModified": "2026-11-13T18:40:52+01:00",
                "articleSection": "Musique",
                "author": {"@id": person, "name": "Anaïs Thébault"},
                "publisher": {"@id": org},
                "description": flat(lead),
                "name": seo,
                "@id": f"{url}#richSnippet",
                "isPartOf": {"@id": f"{url}#webpage"},
                "image": {
                    "@id": f"{base}/wp-content/uploads/2026/11/lise-marchal-terres-basses.jpg"
                },
                "inLanguage": "fr-FR",
                "mainEntityOfPage": {"@id": f"{url}#webpage"},
            },
        ],
    }
    nav = menu(
        5202,
        "menu-header",
        base,
        ["Musique", "Cinéma", "Séries", "Livres", "Arts & Scènes", "Société", "Podcasts"],
        7,
    )
    more = "".join(
        f'<article class="card card--small"><a href="{t["url"]}"><figure class="card__media"><img src="{t["image"]}" alt="" loading="lazy"></figure><span class="card__category">{t["section"]}</span><h3 class="card__title">{t["title"]}</h3></a></article>'
        for t in teasers(522, 18, base, FILLER)
    )
    page = f"""<!doctype html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<!-- Search Engine Optimization by Rank Math PRO - https://rankmath.com/ -->
<title>{seo}</title>
<meta name="description" content="{flat(lead)}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{seo}" />
<meta property="og:description" content="{flat(lead)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Les Inrocks" />
<meta property="article:publisher" content="https://www.facebook.com/lesinrocks" />
<meta property="article:tag" content="Lise Marchal" />
<meta property="article:tag" content="chanson française" />
<meta property="article:section" content="Musique" />
<meta property="og:image" content="{base}/wp-content/uploads/2026/11/lise-marchal-terres-basses.jpg" />
<meta property="article:published_time" content="2026-11-13T16:02:11+01:00" />
<meta property="article:modified_time" content="2026-11-13T18:40:52+01:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@lesinrocks" />
<meta name="twitter:label1" content="Écrit par" />
<meta name="twitter:data1" content="Anaïs Thébault" />
<meta name="twitter:label2" content="Temps de lecture" />
<meta name="twitter:data2" content="3 minutes" />
{json_script(graph, 'type="application/ld+json" class="rank-math-schema-pro"')}
<!-- /Plugin Rank Math WordPress SEO -->
<link rel="alternate" type="application/rss+xml" title="Les Inrocks &raquo; Flux" href="{base}/feed/" />
<link rel="stylesheet" id="inrocks-style-css" href="{base}/wp-content/themes/inrocks/dist/css/main.css?ver=3.4.7" media="all" />
<style id="wp-block-library-inline-css">{css_blob(5212, "wp", 260)}</style>
<script id="piano-js-before">window.tp = window.tp || []; tp.push(["setAid", "Xk29sLqP0e"]); tp.push(["setContentSection", "Musique"]);</script>
<script src="https://cdn.tinypass.com/api/tinypass.min.js" async></script>
</head>
<body class="post-template-default single single-post postid-612847 single-format-standard category-musique">
<div id="sd-cmp" class="sd-cmp"><div class="sd-cmp-banner"><p>Les Inrocks et ses partenaires utilisent des cookies pour mesurer l’audience, personnaliser les contenus et les publicités.</p><button class="sd-cmp-accept">Accepter</button><button class="sd-cmp-refuse">Continuer sans accepter</button><button class="sd-cmp-settings">Paramétrer</button></div></div>
<a class="skip-link screen-reader-text" href="#primary">Aller au contenu</a>
<header id="masthead" class="site-header"><div class="site-header__inner"><a href="{base}/" class="site-logo" rel="home"><img src="{base}/wp-content/themes/inrocks/dist/img/logo.svg" alt="Les Inrocks" width="180" height="44"></a><nav id="site-navigation" class="main-navigation">{nav}</nav><a class="site-header__subscribe" href="{base}/abonnement/">S’abonner</a></div></header>
<main id="primary" class="site-main">
<article id="post-612847" class="post-612847 post type-post status-publish format-standard has-post-thumbnail hentry category-musique tag-lise-marchal tag-chanson-francaise">
<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="{base}">Accueil</a><span class="separator"> › </span><a href="{base}/musique/">Musique</a><span class="separator"> › </span><span class="last">{flat(title)}</span></p></nav>
<header class="entry-header">
<div class="entry-header__meta-top"><a class="entry-category" href="{base}/musique/">Musique</a> <span class="entry-genre">Critique</span></div>
<h1 class="entry-title">{title}</h1>
<div class="entry-excerpt"><p>{lead}</p></div>
<div class="entry-meta"><span class="byline">par <a class="url fn n" href="{person}">Anaïs Thébault</a></span> <span class="posted-on">Publié le <time class="entry-date published" datetime="2026-11-13T16:02:11+01:00">13 novembre 2026 à 16h02</time></span></div>
<div class="entry-share"><a class="share share--facebook" href="#">Partager</a><a class="share share--x" href="#">Tweeter</a><a class="share share--link" href="#">Copier le lien</a></div>
</header>
<figure class="post-thumbnail"><img width="1600" height="900" src="{base}/wp-content/uploads/2026/11/lise-marchal-terres-basses.jpg" class="attachment-full size-full wp-post-image" alt="Lise Marchal" decoding="async" fetchpriority="high"><figcaption class="wp-caption-text">Lise Marchal (© Clémence Aubry)</figcaption></figure>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-title">Tags :</span> <a href="{base}/tag/lise-marchal/" rel="tag">Lise Marchal</a>, <a href="{base}/tag/chanson-francaise/" rel="tag">chanson française</a></div></footer>
</article>
<aside class="newsletter-box"><h2 class="newsletter-box__title">La newsletter musique</h2><p>Chaque vendredi, les disques de la semaine choisis par la rédaction.</p><form><input type="email" placeholder="Votre e-mail"><button type="submit">Je m’inscris</button></form></aside>
<section class="related-posts"><h2 class="related-posts__title">À lire aussi</h2>{more}</section>
</main>
<footer id="colophon" class="site-footer"><div class="site-footer__menus"><a href="{base}/qui-sommes-nous/">Qui sommes-nous</a><a href="{base}/mentions-legales/">Mentions légales</a><a href="{base}/contact/">Contact</a></div><p class="site-info">© Les Inrockuptibles 2026 - Tous droits réservés</p></footer>
<script src="{base}/wp-content/themes/inrocks/dist/js/main.js?ver=3.4.7" id="inrocks-main-js"></script>
</body>
</html>
"""
    write(
        "02_lesinrocks_wordpress_rankmath_critique_album",
        page,
        {
            "title": flat(title),
            "publication": "Les Inrockuptibles",
            "author": "Anaïs Thébault",
            "section": "Musique",
            "date": datetime.date(2026, 11, 13),
            "standfirst": flat(lead),
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": "WordPress + Rank Math PRO @graph: the NewsArticle's headline is the SEO "
            "title with ' - Les Inrocks' and straight-typographic quotes, the h1 has the album "
            "title in <em> (h1 wins). Author a Person node referenced by @id. articleSection "
            "'Musique' (also article:section and the category link) beats the genre label "
            "'Critique'. Publisher Organization and footer 'Les Inrockuptibles' against "
            "og:site_name 'Les Inrocks'. Standfirst div.entry-excerpt; lower-case 'par'. "
            "figure.wp-block-pullquote with a cite; '<p><strong>À lire aussi : <a>' inside "
            "the body is chrome; ad slot and Spotify embed between paragraphs; the closing "
            "bold line (label, release, concert) is a paragraph. Caption credit in "
            "parentheses; Rank Math breadcrumb ending with the headline.",
        },
    )


def page03() -> None:
    """L'Agefi: Next.js App Router, half-year results, table, 'avec AWP', meta section."""
    base = "https://www.agefi.com"
    url = f"{base}/news/entreprises/orbaz-voit-son-benefice-fondre-de-22-au-premier-semestre"
    title = "Orbaz voit son bénéfice fondre de 22% au premier semestre"
    lead = (
        "Le fabricant combier de composants horlogers et médicaux pâtit du recul des commandes "
        "de l’horlogerie. Il confirme ses objectifs de marge à moyen terme."
    )
    subs = ["Les commandes horlogères en berne", "Pas de révision des objectifs"]
    p = [
        "Le groupe Orbaz, établi au Sentier, a publié jeudi des résultats semestriels en net "
        "repli. Son chiffre d’affaires a reculé de 5,7% à 389,1 millions de francs, et son "
        "bénéfice net de 22,1% à 29,9 millions, a annoncé l’entreprise avant l’ouverture de la "
        "Bourse suisse.",
        "Les analystes interrogés par AWP tablaient en moyenne sur un bénéfice de 33,5 "
        "millions. L’action perdait 3,1% à 84,20 francs en début de séance, dans un marché en "
        "léger recul.",
        "Le recul tient presque entièrement à la division horlogère, qui fournit des platines, "
        "des ponts et des pièces de mouvement à une vingtaine de marques. Ses ventes ont chuté "
        "de 14%, dans le sillage du ralentissement des exportations horlogères vers la Chine "
        "et Hong Kong.",
        "La division médicale, qui produit des implants et des instruments pour la chirurgie "
        "orthopédique, compense en partie. Elle progresse de 9% et représente désormais 41% "
        "des ventes du groupe, contre 35% un an plus tôt.",
    ]
    rows = [
        ("En millions de francs", "S1 2025", "S1 2026", "Variation"),
        ("Chiffre d’affaires", "412,6", "389,1", "-5,7%"),
        ("Ebitda", "61,2", "52,8", "-13,7%"),
        ("Marge Ebitda", "14,8%", "13,6%", "-1,2 pt"),
        ("Bénéfice net", "38,4", "29,9", "-22,1%"),
        ("Entrées de commandes", "430,2", "371,5", "-13,6%"),
    ]
    q = [
        "La direction ne modifie pas ses perspectives. Elle s’attend à un second semestre "
        "«comparable au premier» et confirme viser une marge Ebitda de 16 à 18% d’ici 2028, "
        "grâce notamment à la montée en puissance de sa nouvelle usine de Saint-Imier, "
        "consacrée aux implants.",
        "«Nous ne voyons pas encore de reprise dans l’horlogerie, mais nous ne voyons pas non "
        "plus de dégradation supplémentaire», a déclaré le directeur général, Matthias "
        "Reymond, lors d’une conférence téléphonique. Le groupe n’envisage pas de réduction "
        "d’effectifs et maintient ses 1’840 postes en Suisse.",
        "Orbaz publiera ses résultats annuels le 4 mars 2027. Le titre a perdu près de 18% "
        "depuis le début de l’année.",
    ]
    pcls = 'class="ArticleBody_paragraph__q7Rt2"'
    head_row = "".join(f'<th scope="col">{c}</th>' for c in rows[0])
    body_rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    table = (
        '<figure class="ArticleTable_root__mB0xe"><div class="ArticleTable_scroll__f3Lk1">'
        f"<table><thead><tr>{head_row}</tr></thead><tbody>{body_rows}</tbody></table></div>"
        '<figcaption class="ArticleTable_source__Z9wq3">Source: Orbaz</figcaption></figure>'
    )
    quote_widget = (
        '<div class="StockQuote_root__Uy1s8" data-isin="CH0412877301"><span '
        'class="StockQuote_name__kP0aA">Orbaz N</span><span class="StockQuote_price__Ne3vL">'
        '84,20 CHF</span><span class="StockQuote_change__w2Hn0 StockQuote_down__c9Zr4">'
        '-3,10%</span><span class="StockQuote_time__Lx5hT">09:12</span></div>'
    )
    related = (
        '<aside class="RelatedInline_root__tY8pD"><p class="RelatedInline_label__h1Vq0">'
        f'Sur le même sujet</p><a href="{base}/news/entreprises/horlogerie-les-sous-traitants-jurassiens-reduisent-la-voilure">'
        "Horlogerie: les sous-traitants jurassiens réduisent la voilure</a></aside>"
    )
    body = "\n".join(
        [
            paras(*p[:2], attrs=pcls),
            quote_widget,
            f'<h2 class="ArticleBody_heading__Hq2l0">{subs[0]}</h2>',
            paras(*p[2:], attrs=pcls),
            table,
            '<div class="AdSlot_root__r4Nn2" data-slot="agefi_article_rectangle_1"><span class="AdSlot_label__Fo1p7">Annonce</span></div>',
            related,
            f'<h2 class="ArticleBody_heading__Hq2l0">{subs[1]}</h2>',
            paras(*q, attrs=pcls),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": flat(lead),
        "image": [f"{base}/_next/image?url=%2Fmedia%2Forbaz-sentier.jpg&w=1200&q=75"],
        "datePublished": "2026-11-12T06:42:00.000Z",
        "dateModified": "2026-11-12T08:05:00.000Z",
        "author": [
            {"@type": "Person", "name": "Dorian Ferrari", "url": f"{base}/auteurs/dorian-ferrari"}
        ],
        "publisher": {
            "@type": "Organization",
            "name": "L'Agefi",
            "logo": {"@type": "ImageObject", "url": f"{base}/logo-agefi.png"},
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "inLanguage": "fr-CH",
    }
    rsc_article = {
        "id": "7c1e55d2",
        "slug": "orbaz-voit-son-benefice-fondre-de-22-au-premier-semestre",
        "title": title,
        "lead": flat(lead),
        "rubric": {"name": "Entreprises", "slug": "entreprises"},
        "tag": "Industrie",
        "authors": [{"name": "Dorian Ferrari"}],
        "source": "AWP",
        "publishedAt": "2026-11-12T06:42:00.000Z",
        "blocks": [{"type": "paragraph", "text": flat(x)} for x in p + q],
    }
    rsc = json.dumps(
        '3:["$","article",null,' + json.dumps(rsc_article, ensure_ascii=False) + "]\n",
        ensure_ascii=False,
    ).replace("</", "<\\/")
    nav = menu(
        5203,
        "MainNav_list__oP2w1",
        base,
        ["Marchés", "Entreprises", "Finance", "Macro", "Immobilier", "Fintech", "Opinions"],
        6,
    )
    most = "".join(
        f'<li class="MostRead_item__aa3Z1"><a href="{t["url"]}">{t["title"]}</a></li>'
        for t in teasers(523, 8, base, FILLER)
    )
    cards = "".join(
        f'<article class="TeaserCard_root__bX9q2"><a href="{t["url"]}"><img alt="" loading="lazy" src="{t["image"]}"><span class="TeaserCard_rubric__v8L1e">{t["section"]}</span><h3 class="TeaserCard_title__Pp0s4">{t["title"]}</h3></a></article>'
        for t in teasers(524, 16, base, FILLER)
    )
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="preload" href="/_next/static/media/a1f2-s.p.woff2" as="font" crossorigin="" type="font/woff2"/><link rel="stylesheet" href="/_next/static/css/5b0e1c2a9d3f4e77.css" data-precedence="next"/><script src="/_next/static/chunks/webpack-8e2c1a.js" async=""></script><title>{title} | L'Agefi</title><meta name="description" content="{flat(lead)}"/><meta name="robots" content="index, follow"/><meta property="article:section" content="Entreprises"/><meta property="article:published_time" content="2026-11-12T06:42:00.000Z"/><meta property="article:author" content="Dorian Ferrari"/><link rel="canonical" href="{url}"/><meta property="og:title" content="{title}"/><meta property="og:description" content="{flat(lead)}"/><meta property="og:url" content="{url}"/><meta property="og:site_name" content="L'Agefi"/><meta property="og:locale" content="fr_CH"/><meta property="og:image" content="{base}/_next/image?url=%2Fmedia%2Forbaz-sentier.jpg&amp;w=1200&amp;q=75"/><meta property="og:type" content="article"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@agefi_ch"/><meta name="twitter:title" content="{title}"/><style>{css_blob(5213, "agf", 280)}</style>{json_script(ld)}</head><body class="__variable_3a8f1c"><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat"><div id="onetrust-policy"><p id="onetrust-policy-text">Nous utilisons des cookies pour améliorer votre expérience, mesurer l’audience et vous proposer des contenus adaptés.</p></div><button id="onetrust-accept-btn-handler">Tout accepter</button><button id="onetrust-reject-all-handler">Tout refuser</button></div></div><header class="Header_root__Qm2p7"><a class="Header_logo__Ay5s0" href="/" aria-label="L'Agefi"><svg viewBox="0 0 140 32"><path d="M0 0h32v32H0z"></path></svg></a><nav class="Header_nav__jj0E3">{nav}</nav><div class="Header_actions__u7R2b"><a href="/abonnements">S’abonner</a><a href="/login">Connexion</a></div></header><div class="Ticker_root__k1Lw2"><span>SMI 11’912,44 -0,38%</span><span>SPI 15’604,10 -0,31%</span><span>EUR/CHF 0,9351</span><span>USD/CHF 0,8824</span></div><main class="ArticlePage_main__e8Gh4"><article class="Article_root__dD4a1"><header class="ArticleHeader_root__s2Kp9"><div class="ArticleHeader_tag__Wz6f3"><a href="/news/entreprises">Industrie</a></div><h1 class="ArticleHeader_title__n0Xo4">{title}</h1><p class="ArticleHeader_lead__R3bv8">{lead}</p><div class="ArticleHeader_meta__gG5t1"><span class="ArticleHeader_authors__Ue9k2"><a href="/auteurs/dorian-ferrari">Dorian Ferrari</a>, avec AWP</span><time class="ArticleHeader_date__Hn1c6" dateTime="2026-11-12T06:42:00.000Z">12 novembre 2026, 07:42</time><span class="ArticleHeader_reading__Ms3t0">3 min de lecture</span></div><div class="ShareButtons_root__x7Nq1"><button aria-label="LinkedIn">LinkedIn</button><button aria-label="X">X</button><button aria-label="E-mail">E-mail</button><button aria-label="Copier le lien">Copier le lien</button></div></header><figure class="ArticleImage_root__Vb2n8"><img alt="Le siège d’Orbaz au Sentier." loading="eager" width="1200" height="675" src="{base}/_next/image?url=%2Fmedia%2Forbaz-sentier.jpg&amp;w=1200&amp;q=75"/><figcaption class="ArticleImage_caption__Jp4w6">Le siège d’Orbaz, au Sentier, dans la Vallée de Joux. <span class="ArticleImage_credit__Ar0z9">Keystone</span></figcaption></figure><div class="ArticleBody_root__Zr8m3">
{body}
</div><div class="ArticleTags_root__c4Ds7"><a href="/tags/horlogerie">Horlogerie</a><a href="/tags/resultats-semestriels">Résultats semestriels</a><a href="/tags/vaud">Vaud</a></div></article><aside class="Sidebar_root__w0Jf2"><div class="NewsletterBox_root__Hd8x1"><p class="NewsletterBox_title__Ob3t5">Agefi Matin</p><p>Les nouvelles économiques et financières à lire avant l’ouverture des marchés.</p><a href="/newsletters">S’inscrire</a></div><div class="MostRead_root__Kk9d0"><p class="MostRead_title__iT4e2">Les plus lus</p><ol>{most}</ol></div></aside><section class="MoreArticles_root__Lr3q9"><h2>Plus d’articles Entreprises</h2>{cards}</section></main><footer class="Footer_root__Gt5v2"><p>© 2026 L'Agefi SA. Tous droits réservés.</p><a href="/mentions-legales">Mentions légales</a><a href="/protection-des-donnees">Protection des données</a></footer><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,{rsc}])</script></body></html>"""
    write(
        "03_agefi_nextjs_resultats_table_awp_meta_section",
        page,
        {
            "title": title,
            "publication": "L'Agefi",
            "author": "Dorian Ferrari",
            "agency": "AWP",
            "section": "Entreprises",
            "date": datetime.date(2026, 11, 12),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subs,
            "paragraphs": [flat(x) for x in p] + [" ".join(r) for r in rows] + [flat(x) for x in q],
            "notes": "Next.js App Router page on one line (self.__next_f RSC payload repeats "
            "the text). Half-year results: byline 'Dorian Ferrari, avec AWP' (the Swiss "
            "financial agency) → author and agency AWP. No articleSection in the JSON-LD: "
            "meta article:section 'Entreprises' beats the tag label 'Industrie'. Data table "
            "(header + five rows, each row one paragraph, cells joined by one space), its "
            "figcaption 'Source: Orbaz' is chrome; stock-quote widget, ad and 'Sur le même "
            "sujet' box inside the body; two h2 subheads; Swiss «» without spaces and 1’840. "
            "Market ticker under the header; '12 novembre 2026, 07:42' with 06:42Z.",
        },
    )


def page04() -> None:
    """Le Journal du Médecin: Drupal 10, health, two authors, bold lead, blockquote, list."""
    base = "https://www.lejournaldumedecin.com"
    url = f"{base}/actualite/vaccination-des-soignants-les-hopitaux-wallons-plafonnent-38/article-normal-71234.html"
    title = "Vaccination des soignants : les hôpitaux wallons plafonnent à 38 %"
    subs = [
        "Les infirmiers en retrait",
        "Le modèle flamand",
        "Ce que recommande le Conseil supérieur de la santé",
    ]
    p = [
        "<strong>À peine plus d’un soignant sur trois s’est fait vacciner contre la grippe cet "
        "automne dans les hôpitaux wallons, selon les premiers chiffres de l’AViQ. Le taux est "
        "stable depuis trois ans, malgré les campagnes répétées des directions.</strong>",
        "Sur les 31 hôpitaux qui ont transmis leurs données au 15 novembre, le taux moyen de "
        "vaccination antigrippale du personnel atteint 38,2&nbsp;%, contre 37,6&nbsp;% l’an "
        "dernier. Les écarts restent considérables&nbsp;: de 21&nbsp;% dans un hôpital du "
        "Hainaut à 64&nbsp;% dans une clinique universitaire liégeoise.",
    ]
    p2 = [
        "Comme les années précédentes, les médecins sont les plus vaccinés (61&nbsp;%), devant "
        "les kinésithérapeutes (44&nbsp;%) et le personnel administratif (39&nbsp;%). Les "
        "infirmiers et aides-soignants, pourtant les plus exposés au contact des patients, ne "
        "dépassent pas 31&nbsp;%.",
        "«&nbsp;Ce n’est pas de l’hostilité, c’est de la fatigue&nbsp;», estime le Pr Marc "
        "Lenoir, infectiologue au Grand Hôpital de Charleroi, qui coordonne le groupe de "
        "travail régional. «&nbsp;Après la pandémie, une partie du personnel vit chaque "
        "nouvelle campagne comme une injonction de plus. Il faut revenir à des séances sur le "
        "lieu de travail, pendant les heures de service, sans formulaire à remplir.&nbsp;»",
    ]
    p3 = [
        "En Flandre, où plusieurs réseaux hospitaliers envoient depuis 2024 des équipes mobiles "
        "de vaccination dans les unités de nuit, le taux dépasse 52&nbsp;% cette année. La "
        "méthode coûte environ 4&nbsp;euros par dose administrée, selon les réseaux concernés.",
    ]
    p4 = [
        "Dans un avis publié en septembre, le Conseil supérieur de la santé rappelle que la "
        "vaccination des soignants protège d’abord les patients les plus fragiles. Il "
        "écrit&nbsp;:",
    ]
    bq = [
        "La vaccination du personnel soignant réduit de manière significative la mortalité des "
        "patients hospitalisés de plus de 65 ans durant les épidémies saisonnières.",
        "Aucune obligation n’est recommandée à ce stade&nbsp;; l’effort doit porter sur "
        "l’accessibilité de la vaccination et sur l’information des équipes.",
    ]
    p5 = ["Le Conseil formule trois recommandations principales&nbsp;:"]
    items = [
        "proposer la vaccination sur le lieu de travail, à toutes les équipes, y compris de "
        "nuit&nbsp;;",
        "publier chaque année les taux par institution et par catégorie professionnelle&nbsp;;",
        "associer les médecins généralistes à la vaccination du personnel des maisons de repos.",
    ]
    p6 = [
        "L’AViQ publiera les chiffres définitifs de la campagne en février. Une évaluation des "
        "équipes mobiles flamandes est attendue au printemps.",
    ]
    field = 'class="text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"'
    read_also = (
        '<div class="paragraph paragraph--type--related-article paragraph--view-mode--default">'
        '<h3 class="related-article__label">Lire aussi</h3>'
        f'<a href="{base}/actualite/covid-et-grippe-la-double-vaccination-en-un-seul-rendez-vous/article-normal-70988.html">'
        "Covid et grippe&nbsp;: la double vaccination en un seul rendez-vous</a></div>"
    )
    body = "\n".join(
        [
            paras(*p),
            f"<h2>{subs[0]}</h2>",
            paras(*p2),
            read_also,
            f"<h2>{subs[1]}</h2>",
            paras(*p3),
            '<div class="ad-slot ad-slot--inarticle" id="rmg-inarticle-1"><span>Publicité</span></div>',
            f"<h2>{subs[2]}</h2>",
            paras(*p4),
            "<blockquote>"
            + paras(*bq)
            + "<p><cite>Avis n° 9814 du Conseil supérieur de la santé</cite></p></blockquote>",
            paras(*p5),
            "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
            paras(*p6),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": title,
                "name": title,
                "about": ["Vaccination", "Grippe", "Hôpitaux"],
                "datePublished": "2026-11-18T10:15:00+0100",
                "dateModified": "2026-11-18T14:02:00+0100",
                "author": [
                    {"@type": "Person", "name": "Sophie Delvaux"},
                    {"@type": "Person", "name": "Karim Benali"},
                ],
                "publisher": {
                    "@type": "Organization",
                    "@id": base,
                    "name": "Le Journal du Médecin",
                    "logo": {
                        "@type": "ImageObject",
                        "url": f"{base}/themes/custom/jdm/logo.png",
                        "width": "300",
                        "height": "60",
                    },
                },
                "mainEntityOfPage": url,
                "image": {
                    "@type": "ImageObject",
                    "representativeOfPage": "True",
                    "url": f"{base}/sites/default/files/styles/og/public/2026-11/vaccination-hopital.jpg",
                },
            }
        ],
    }
    nav = menu(
        5204,
        "menu--main",
        base,
        ["Actualité", "Spécialités", "Politique de santé", "Pratique", "Formation", "Agenda"],
        7,
    )
    latest = "".join(
        f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><a href="{t["url"]}"><span class="teaser__date">{t["date"]}</span><h3>{t["title"]}</h3></a></article></div>'
        for t in teasers(525, 10, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="À peine plus d’un soignant sur trois s’est fait vacciner contre la grippe cet automne dans les hôpitaux wallons." />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="Le Journal du Médecin" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{title}" />
<meta property="og:image" content="{base}/sites/default/files/styles/og/public/2026-11/vaccination-hopital.jpg" />
<meta property="article:published_time" content="2026-11-18T10:15:00+0100" />
<meta property="article:modified_time" content="2026-11-18T14:02:00+0100" />
<meta name="dcterms.title" content="{title}" />
<meta name="dcterms.creator" content="Sophie Delvaux, Karim Benali" />
<meta name="dcterms.date" content="2026-11-18T10:15+01:00" />
<meta name="dcterms.type" content="Text" />
<meta name="dcterms.format" content="text/html" />
<meta name="dcterms.language" content="fr" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{title}" />
{json_script(ld)}
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/jdm/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="shortlink" href="{base}/node/71234" />

    <title>{title} | Le Journal du Médecin</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3kR8yN0pLw2.css?delta=0&amp;language=fr&amp;theme=jdm&amp;include=eJx1jEEOwjAMBD9k5CdFSbqkUZ24ipNCf4_" />
    <style>{css_blob(5214, "jdm", 240)}</style>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/71234","currentLanguage":"fr"}},"ajaxPageState":{{"theme":"jdm"}},"user":{{"uid":0}}}}</script>
  </head>
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Aller au contenu principal
    </a>
    <div id="cookiebanner" class="eu-cookie-compliance-banner"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>Ce site utilise des cookies afin de vous offrir une meilleure expérience de navigation.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">J’accepte</button><button type="button" class="decline-button eu-cookie-compliance-default-button">Je refuse</button></div></div></div>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
  <header role="banner" class="site-header">
    <div class="region region-header"><div id="block-jdm-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/jdm/logo.svg" alt="Accueil" /></a></div><div class="block-login"><a href="/user/login">Connexion professionnels</a></div></div>
    <nav role="navigation" aria-labelledby="block-jdm-main-menu-menu" id="block-jdm-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-jdm-main-menu-menu">Navigation principale</h2>{nav}</nav>
  </header>
  <div class="region region-breadcrumb"><div id="block-jdm-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol><li><a href="/">Accueil</a></li><li><a href="/actualite">Actualité</a></li><li><a href="/actualite/sante-publique">Santé publique</a></li></ol></nav></div></div>
  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <div class="region region-content">
<article role="article" about="/actualite/vaccination-des-soignants-les-hopitaux-wallons-plafonnent-38/article-normal-71234.html" class="node node--type-article node--promoted node--view-mode-full">
  <div class="node__header">
    <div class="field field--name-field-category field--type-entity-reference field--label-hidden field__item"><a href="/specialites/infectiologie" hreflang="fr">Infectiologie</a></div>
    <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
    <div class="node__meta">
      <div class="field field--name-field-authors field--type-entity-reference field--label-hidden field__items"><div class="field__item"><a href="/auteurs/sophie-delvaux" hreflang="fr">Sophie Delvaux</a></div><div class="field__item"><a href="/auteurs/karim-benali" hreflang="fr">Karim Benali</a></div></div>
      <div class="node__date"><time datetime="2026-11-18T09:15:00Z">18/11/2026</time></div>
    </div>
    <div class="social-share"><a href="#" class="social-share__linkedin">LinkedIn</a><a href="#" class="social-share__facebook">Facebook</a><a href="#" class="social-share__mail">E-mail</a><a href="#" class="social-share__print">Imprimer</a></div>
  </div>
  <div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure><img loading="lazy" src="/sites/default/files/styles/large/public/2026-11/vaccination-hopital.jpg" width="960" height="540" alt="" /><figcaption>Une séance de vaccination du personnel dans un hôpital liégeois. © Belga Image</figcaption></figure></div>
  <div class="node__content">
    <div {field}>{body}</div>
  </div>
  <div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">Mots-clés</div><div class="field__items"><div class="field__item"><a href="/tags/vaccination">Vaccination</a></div><div class="field__item"><a href="/tags/grippe">Grippe</a></div><div class="field__item"><a href="/tags/aviq">AViQ</a></div></div></div>
</article>
<div class="newsletter-cta"><h2>Recevez la newsletter du Journal du Médecin</h2><p>Deux fois par semaine, l’actualité médicale et politique de santé.</p><a href="/newsletter" class="button">Je m’inscris</a></div>
      </div>
    </div>
    <aside class="layout-sidebar-first" role="complementary"><div class="views-element-container block block-views"><h2>Dernières actualités</h2><div class="view view-latest">{latest}</div></div></aside>
  </main>
  <footer role="contentinfo" class="site-footer"><div class="region region-footer"><p>© 2026 Le Journal du Médecin - Roularta Healthcare. Tous droits réservés.</p><ul class="menu"><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/vie-privee">Vie privée</a></li><li><a href="/contact">Contact</a></li></ul></div></footer>
</div>
  </div>
    <script src="/sites/default/files/js/js_aV9dM2qLx0.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=jdm"></script>
  </body>
</html>
"""
    write(
        "04_journaldumedecin_drupal10_sante_two_authors_blockquote",
        page,
        {
            "title": title,
            "publication": "Le Journal du Médecin",
            "author": "Sophie Delvaux et Karim Benali",
            "section": "Santé publique",
            "date": datetime.date(2026, 11, 18),
            "source_url": url,
            "subheads": subs,
            "paragraphs": [flat(x) for x in p + p2 + p3 + p4 + bq + p5 + items + p6],
            "notes": "Drupal 10 (field--name-body, metatag dcterms.*, schema_metatag @graph "
            "with '+0100' offsets). Health news; two authors in two field__item links with no "
            "'et' on the page → 'A et B'. No standfirst: the bold first paragraph is inside "
            "the body and counts as a paragraph. Three h2 subheads; 'Lire aussi' paragraph "
            "block with its own h3 inside the body (chrome, not a subhead); ad; blockquote of "
            "two paragraphs with a <cite> line (each quoted paragraph counts, the cite does "
            "not); introducing paragraph + ul of three items. No articleSection or "
            "article:section: the breadcrumb's last item 'Santé publique' beats the category "
            "label 'Infectiologie'. Caption credit '© Belga Image' (no agency). Visible date "
            "'18/11/2026'.",
        },
    )
