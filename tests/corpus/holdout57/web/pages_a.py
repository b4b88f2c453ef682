# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout57/web (French and Belgian regional dailies)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page01() -> None:
    """L'Est Républicain: EBRA, local council news, paywall cut, UTC the previous day."""
    base = "https://www.estrepublicain.fr"
    url = f"{base}/edition-luneville/2026/12/04/la-piscine-des-bosquets-fermera-ses-bassins-en-juin"
    title = "Lunéville&nbsp;: la piscine des Bosquets fermera ses bassins en juin"
    lead = (
        "Jeudi soir, la majorité municipale a voté la fermeture de l’équipement, jugé trop "
        "vétuste pour être rénové. L’opposition dénonce un «&nbsp;abandon&nbsp;» des scolaires "
        "et des clubs."
    )
    sub = "Un chantier estimé à 6,4&nbsp;millions d’euros"
    p = [
        "Il aura fallu près de trois heures de débats, jeudi soir à l’hôtel de ville, pour "
        "sceller le sort de la piscine des Bosquets. Par 24 voix contre 9, le conseil municipal "
        "de Lunéville a approuvé sa fermeture définitive au 30&nbsp;juin 2027, à la fin de "
        "l’année scolaire.",
        "Construit en 1972, l’équipement enregistre chaque année quelque 48&nbsp;000 entrées, "
        "dont un tiers d’élèves des écoles primaires du Lunévillois. Ses bassins perdent près de "
        "60&nbsp;m<sup>3</sup> d’eau par semaine, selon un audit technique remis à la mairie au "
        "printemps.",
        "«&nbsp;Nous avons étudié toutes les options&nbsp;», a assuré le maire, Bertrand Aubry, "
        "en ouvrant la séance. Une rénovation complète est chiffrée à 6,4&nbsp;millions d’euros "
        "hors taxes, sans garantie de subventions de l’État ni de la Région Grand Est.",
        "L’adjointe aux sports, Nadia Ferhat, a rappelé que la communauté de communes étudiait "
        "de son côté un projet de centre aquatique intercommunal, dont l’ouverture n’est pas "
        "attendue avant 2030. D’ici là, les écoles seraient orientées vers les bassins de "
        "Baccarat et de Saint-Nicolas-de-Port.",
    ]
    related = teasers(5701, 24, base, FILLER)
    read_also = (
        '<aside class="inline-related" data-component="inline-related"><span class="inline-related__label">À lire aussi</span>'
        f'<a class="inline-related__link" href="{related[0]["url"]}"><span class="inline-related__premium" aria-label="Article abonné">Abonné</span> '
        "Lunéville : les nageurs du Cercle nautique inquiets pour leur saison</a></aside>"
    )
    body = "\n".join(
        [
            paras(p[0], attrs='class="textComponent"'),
            read_also,
            paras(p[1], attrs='class="textComponent"'),
            f'<h2 class="textComponent intertitre">{sub}</h2>',
            paras(*p[2:], attrs='class="textComponent"'),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": flat(title),
        "description": flat(lead),
        "image": {
            "@type": "ImageObject",
            "url": "https://cdn-s-www.estrepublicain.fr/images/8F2C4A17-piscine.jpg",
            "width": 1280,
            "height": 720,
        },
        "datePublished": "2026-12-03T23:05:00Z",
        "dateModified": "2026-12-04T07:20:00Z",
        "articleSection": "Lunéville",
        "keywords": ["Lunéville", "Piscine", "Conseil municipal", "Sports"],
        "author": [
            {
                "@type": "Person",
                "name": "Aurélien Thiébaut",
                "url": f"{base}/auteur/aurelien-thiebaut",
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "L'Est Républicain",
            "logo": {"@type": "ImageObject", "url": f"{base}/img/logo-er.png"},
        },
        "isAccessibleForFree": "False",
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": "False",
            "cssSelector": ".article-premium-content",
        },
    }
    tc_vars = {
        "env_template": "article",
        "page_type": "article",
        "article_id": "8F2C4A17",
        "article_premium": "1",
        "article_section": "edition-luneville",
        "article_author": "Aurélien Thiébaut",
        "article_date_publication": "2026-12-04 00:05",
        "user_logged": "0",
    }
    nav = menu(
        5701,
        "main-nav",
        base,
        ["Actualité", "Faits divers", "Sport", "Loisirs", "Vous", "Nancy", "Lunéville", "Vosges"],
        8,
    )
    most_read = "".join(
        f'<li class="mostread__item"><a href="{t["url"]}"><span class="mostread__rank">{i}</span>{t["title"]}</a></li>'
        for i, t in enumerate(related[1:6], 1)
    )
    outbrain = "".join(
        f'<div class="ob-dynamic-rec-container"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><span class="ob-rec-text">{t["title"]}</span><span class="ob-rec-source">{t["section"]}</span></a></div>'
        for t in related[6:]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{flat(title)}</title>
<meta name="description" content="{flat(lead)}">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="L'Est Républicain">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://cdn-s-www.estrepublicain.fr/images/8F2C4A17-piscine.jpg">
<meta property="article:published_time" content="2026-12-03T23:05:00Z">
<meta property="article:modified_time" content="2026-12-04T07:20:00Z">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@lestrepublicain">
<link rel="stylesheet" href="{base}/assets/css/article.4c1e9b.css">
<style>{css_blob(5711, "er", 340)}</style>
{json_script(ld)}
<script>var tc_vars = {json.dumps(tc_vars, ensure_ascii=False)};</script>
<script src="https://sdk.privacy-center.org/loader.js" async></script>
</head>
<body class="page-article premium edition-luneville">
<div id="didomi-host"><div class="didomi-notice"><p>Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.</p><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-disagree-button">Continuer sans accepter</button></div></div>
<header class="header">
<div class="header__top"><a class="header__logo" href="{base}/"><img src="{base}/img/logo-er.svg" alt="L'Est Républicain"></a><a class="header__edition" href="{base}/edition-luneville">Lunéville</a><button class="header__edition-switch">Choisir mon édition</button><a class="header__subscribe" href="https://abonnement.estrepublicain.fr/">Je m’abonne</a><a class="header__account" href="{base}/compte">Mon compte</a></div>
<nav class="header__nav">{nav}</nav>
</header>
<main class="main">
<article class="article" data-id="8F2C4A17">
<header class="article-header">
<div class="article-header__top"><span class="article-premium-badge">Abonné</span> <a class="article-header__locality" href="{base}/edition-luneville">Lunéville</a> <span class="article-header__label">Conseil municipal</span></div>
<h1 class="article-title">{title}</h1>
<div class="chapo">{lead}</div>
<div class="article-meta">
<span class="signature">Par <a href="{base}/auteur/aurelien-thiebaut">Aurélien Thiébaut</a></span>
<span class="article-date"><time datetime="2026-12-03T23:05:00Z">Le 04/12/2026 à 00:05</time> <time class="article-date__update" datetime="2026-12-04T07:20:00Z">Mis à jour le 04/12/2026 à 08:20</time></span>
<a class="article-meta__comments" href="#comments"><span class="icon icon-comment"></span><span class="comments-count">7</span> réactions</a>
</div>
<div class="share"><button class="share__btn share__btn--facebook">Facebook</button><button class="share__btn share__btn--x">X</button><button class="share__btn share__btn--whatsapp">WhatsApp</button><button class="share__btn share__btn--mail">E-mail</button><button class="share__btn share__btn--bookmark">Sauvegarder</button></div>
</header>
<figure class="article-media"><img src="https://cdn-s-www.estrepublicain.fr/images/8F2C4A17-piscine.jpg" alt="La piscine des Bosquets"><figcaption><span class="caption">Le bassin sportif de la piscine des Bosquets, inauguré en 1972.</span> <span class="credit">Photo ER /Aurélien THIÉBAUT</span></figcaption></figure>
<div class="article-content article-premium-content">
{body}
</div>
<div class="paywall paywall--article">
<p class="paywall__title">Cet article est réservé aux abonnés</p>
<p class="paywall__text">Pour lire la suite, profitez de notre offre numérique&nbsp;: 1&nbsp;€ le premier mois, sans engagement.</p>
<a class="paywall__cta" href="https://abonnement.estrepublicain.fr/?origin=paywall">Je m’abonne</a>
<p class="paywall__login">Déjà abonné&nbsp;? <a href="{base}/compte/connexion">Se connecter</a></p>
</div>
<div class="article-tags"><a href="{base}/tags/luneville">Lunéville</a><a href="{base}/tags/piscine">Piscine</a><a href="{base}/tags/conseil-municipal">Conseil municipal</a></div>
</article>
<section class="newsletter-insert"><h2 class="newsletter-insert__title">Newsletter Lunéville</h2><p>Chaque matin, l’essentiel de l’actualité de votre commune dans votre boîte mail.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m’inscris</button></form></section>
<section class="comments" id="comments"><h2>Réactions (7)</h2><p class="comments__locked">Les commentaires sont réservés aux abonnés.</p></section>
<aside class="mostread"><h2>Les plus lus</h2><ol>{most_read}</ol></aside>
<section class="outbrain OUTBRAIN" data-widget-id="AR_1"><h2>À découvrir aussi</h2>{outbrain}</section>
</main>
<footer class="footer"><p>© L'Est Républicain 2026 - Tous droits réservés</p><ul><li><a href="{base}/mentions-legales">Mentions légales</a></li><li><a href="{base}/cgu">CGU</a></li><li><a href="{base}/cookies">Gestion des cookies</a></li></ul></footer>
<script src="{base}/assets/js/article.4c1e9b.js" defer></script>
<script src="https://widgets.outbrain.com/outbrain.js" async></script>
</body>
</html>
"""
    write(
        "01_estrepublicain_ebra_conseil_paywall_utc_previous_day",
        page,
        {
            "title": flat(title),
            "publication": "L'Est Républicain",
            "author": "Aurélien Thiébaut",
            "section": "Lunéville",
            "date": datetime.date(2026, 12, 4),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [flat(sub)],
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "EBRA local page (Lunéville edition). Paywall cut after four paragraphs "
            "and one h2 subhead: 'Cet article est réservé aux abonnés' box, JSON-LD "
            "isAccessibleForFree 'False' with hasPart cssSelector. Standfirst div.chapo. "
            "Byline 'Par A'; caption credit 'Photo ER /A CAPITALS' (no agency). Published "
            "2026-12-03T23:05Z, shown 'Le 04/12/2026 à 00:05': date 4 December (Paris), not "
            "the UTC day. articleSection 'Lunéville' beats the label 'Conseil municipal'. "
            "Inline 'À lire aussi' between paragraphs; comment counter '7 réactions'; "
            "newsletter insert, most read and Outbrain after the article.",
        },
    )


def page02() -> None:
    """Le Républicain lorrain: EBRA, football report, subheads, standings table, match sheet."""
    base = "https://www.republicain-lorrain.fr"
    url = (
        f"{base}/sport/football/2026/12/06/terville-renverse-bouzonville-dans-le-temps-additionnel"
    )
    title = "Régional 1&nbsp;: Terville renverse Bouzonville dans le temps additionnel"
    subs = ["Bouzonville longtemps maître du jeu", "Le coaching payant de Kessler"]
    p1 = [
        "On jouait la 94<sup>e</sup> minute quand Karim Bensaïd a surgi au second poteau pour "
        "reprendre de la tête un centre de Lucas Hoffmann. Le ballon a frôlé le montant avant de "
        "franchir la ligne, et le stade Jean-Moulin a explosé. Terville, mené à la pause, s’est "
        "imposé 2-1 face à Bouzonville, dimanche après-midi.",
    ]
    p2 = [
        "Les visiteurs avaient pourtant parfaitement lancé leur après-midi. Sur leur première "
        "incursion, Mehdi Zaoui a profité d’une relance manquée de la défense locale pour ouvrir "
        "le score d’une frappe croisée (12<sup>e</sup>).",
        "Bien regroupés, les hommes de Patrick Stoll ont ensuite laissé le ballon à Terville "
        "sans jamais vraiment trembler. Leur gardien, Romain Klein, n’a eu qu’un arrêt à "
        "effectuer avant la mi-temps, sur une tête de Thomas Becker.",
    ]
    p3 = [
        "À l’heure de jeu, l’entraîneur tervillois Frédéric Kessler a lancé deux attaquants "
        "supplémentaires. Le pari a mis du temps à payer&nbsp;: il a fallu attendre la "
        "81<sup>e</sup> minute et un penalty transformé par Hoffmann, après une faute sur "
        "Bensaïd, pour voir Terville revenir au score.",
        "«&nbsp;On a manqué de justesse pendant une heure, mais les garçons n’ont jamais "
        "lâché&nbsp;», savourait Kessler au coup de sifflet final. En face, Patrick Stoll ne "
        "cachait pas sa frustration&nbsp;: «&nbsp;Prendre un but pareil à la dernière seconde, "
        "c’est cruel. On méritait au moins le nul.&nbsp;»",
        "Avec ce succès, le troisième en quatre journées, Terville remonte à la deuxième place "
        "du groupe, à deux points du leader sarregueminois.",
        "Le classement après la 11<sup>e</sup> journée&nbsp;:",
    ]
    table = [
        ("Pl.", "Équipe", "Pts", "J."),
        ("1", "Sarreguemines B", "25", "11"),
        ("2", "Terville", "23", "11"),
        ("3", "Bouzonville", "21", "11"),
        ("4", "Hombourg-Haut", "19", "10"),
        ("5", "Yutz", "17", "11"),
    ]
    sheet = [
        "<strong>TERVILLE – BOUZONVILLE&nbsp;: 2-1 (0-1)</strong>",
        "Stade Jean-Moulin. Arbitre&nbsp;: M.&nbsp;Schaeffer. Buts pour Terville&nbsp;: "
        "Hoffmann (81<sup>e</sup>, sp), Bensaïd (90<sup>e</sup>+4)&nbsp;; pour "
        "Bouzonville&nbsp;: Zaoui (12<sup>e</sup>).",
        "Terville&nbsp;: Weber – Muller, Da Silva, Ngoma, Schmitt – Becker, Lang (Diallo, "
        "61<sup>e</sup>), Hoffmann – Ferreira (Bensaïd, 61<sup>e</sup>), Thiel, Roth. "
        "Entraîneur&nbsp;: Kessler.",
    ]
    head = "".join(f"<th>{c}</th>" for c in table[0])
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in table[1:])
    video = (
        '<div class="video-container"><div class="digiteka-player" data-mdtk="01357940" data-zone="1" data-src="8vkx3p"></div>'
        '<p class="video-legend">Vidéo&nbsp;: les réactions de Frédéric Kessler et de Patrick Stoll après le match.</p></div>'
    )
    body = "\n".join(
        [
            paras(*p1, attrs='class="textComponent"'),
            f'<h2 class="textComponent intertitre">{subs[0]}</h2>',
            paras(*p2, attrs='class="textComponent"'),
            '<div class="ad ad--inread" id="inread_1"><span class="ad__label">Publicité</span></div>',
            f'<h2 class="textComponent intertitre">{subs[1]}</h2>',
            paras(*p3[:2], attrs='class="textComponent"'),
            video,
            paras(*p3[2:], attrs='class="textComponent"'),
            f'<div class="table-wrapper"><table class="textComponent table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>',
            '<div class="textComponent match-sheet">' + paras(*sheet) + "</div>",
        ]
    )
    rows_text = [" ".join(r) for r in table]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": flat(title),
        "image": [
            {
                "@type": "ImageObject",
                "url": "https://cdn-s-www.republicain-lorrain.fr/images/3B91D0E2-terville.jpg",
            }
        ],
        "datePublished": "2026-12-06T19:12:00+01:00",
        "dateModified": "2026-12-06T19:12:00+01:00",
        "author": [{"@type": "Person", "name": "Julien Marchal"}],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Républicain Lorrain",
            "logo": {"@type": "ImageObject", "url": f"{base}/img/logo-rl.png"},
        },
        "isAccessibleForFree": "True",
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
            {"@type": "ListItem", "position": 2, "name": "Sport", "item": f"{base}/sport"},
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Football",
                "item": f"{base}/sport/football",
            },
        ],
    }
    nav = menu(
        5702,
        "main-nav",
        base,
        ["Actualité", "Faits divers", "Sport", "Loisirs", "Vous", "Metz", "Thionville", "Forbach"],
        8,
    )
    related = teasers(5702, 16, base, FILLER)
    more = "".join(
        f'<article class="card card--sport"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><h3 class="card__title">{t["title"]}</h3></a></article>'
        for t in related
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Football - Régional 1. Terville renverse Bouzonville dans le temps additionnel</title>
<meta name="description" content="Mené à la pause, Terville s’est imposé 2-1 face à Bouzonville grâce à un but de Karim Bensaïd à la 94e minute.">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Le Républicain Lorrain">
<meta property="og:type" content="article">
<meta property="og:title" content="Football - Régional 1. Terville renverse Bouzonville dans le temps additionnel">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://cdn-s-www.republicain-lorrain.fr/images/3B91D0E2-terville.jpg">
<meta property="article:section" content="Sport">
<meta property="article:published_time" content="2026-12-06T19:12:00+01:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@RLmetz">
<link rel="stylesheet" href="{base}/assets/css/article.4c1e9b.css">
<style>{css_blob(5712, "rl", 320)}</style>
{json_script(ld)}
{json_script(crumbs)}
<script>var tc_vars = {{"env_template":"article","page_type":"article","article_id":"3B91D0E2","article_premium":"0","article_section":"sport/football","article_author":"Julien Marchal"}};</script>
</head>
<body class="page-article sport">
<div id="didomi-host"><div class="didomi-notice"><p>Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.</p><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-disagree-button">Continuer sans accepter</button></div></div>
<header class="header">
<div class="header__top"><a class="header__logo" href="{base}/"><img src="{base}/img/logo-rl.svg" alt="Le Républicain Lorrain"></a><button class="header__edition-switch">Choisir mon édition</button><a class="header__subscribe" href="https://abonnement.republicain-lorrain.fr/">Je m’abonne</a><a class="header__account" href="{base}/compte">Mon compte</a></div>
<nav class="header__nav">{nav}</nav>
</header>
<main class="main">
<nav class="breadcrumb" aria-label="Fil d’Ariane"><ol><li><a href="{base}/">Accueil</a></li><li><a href="{base}/sport">Sport</a></li><li><a href="{base}/sport/football">Football</a></li></ol></nav>
<article class="article" data-id="3B91D0E2">
<header class="article-header">
<div class="article-header__top"><span class="article-header__label">Football amateur</span></div>
<h1 class="article-title">{title}</h1>
<div class="article-meta">
<span class="signature">Par <a href="{base}/auteur/julien-marchal">Julien Marchal</a></span>
<span class="article-date"><time datetime="2026-12-06T19:12:00+01:00">Le 06/12/2026 à 19:12</time></span>
<a class="article-meta__comments" href="#comments"><span class="icon icon-comment"></span><span class="comments-count">2</span> réactions</a>
</div>
<div class="share"><button class="share__btn share__btn--facebook">Facebook</button><button class="share__btn share__btn--x">X</button><button class="share__btn share__btn--whatsapp">WhatsApp</button><button class="share__btn share__btn--mail">E-mail</button></div>
</header>
<figure class="article-media"><img src="https://cdn-s-www.republicain-lorrain.fr/images/3B91D0E2-terville.jpg" alt=""><figcaption><span class="caption">La joie des Tervillois après le but de Karim Bensaïd.</span> <span class="credit">Photo RL /Pierre HEINTZ</span></figcaption></figure>
<div class="article-content">
{body}
</div>
<div class="article-tags"><a href="{base}/tags/football">Football</a><a href="{base}/tags/terville">Terville</a><a href="{base}/tags/bouzonville">Bouzonville</a></div>
</article>
<section class="comments" id="comments"><h2>Réactions (2)</h2><ul><li class="comment"><span class="comment__author">Fan57</span> <span class="comment__date">Le 06/12/2026 à 21:03</span><p>Quel final ! Bravo les gars.</p></li><li class="comment"><span class="comment__author">Sylvain M.</span> <span class="comment__date">Le 07/12/2026 à 08:41</span><p>Penalty très généreux quand même.</p></li></ul></section>
<section class="related"><h2>Dans la rubrique Sport</h2>{more}</section>
</main>
<footer class="footer"><p>© Le Républicain Lorrain 2026 - Tous droits réservés</p><ul><li><a href="{base}/mentions-legales">Mentions légales</a></li><li><a href="{base}/cookies">Gestion des cookies</a></li></ul></footer>
<script src="https://www.ultimedia.com/js/common/smart.js" async></script>
<script src="{base}/assets/js/article.4c1e9b.js" defer></script>
</body>
</html>
"""
    write(
        "02_republicainlorrain_ebra_football_table_meta_section",
        page,
        {
            "title": flat(title),
            "publication": "Le Républicain Lorrain",
            "author": "Julien Marchal",
            "section": "Sport",
            "date": datetime.date(2026, 12, 6),
            "source_url": url,
            "subheads": subs,
            "paragraphs": [flat(x) for x in p1 + p2 + p3] + rows_text + [flat(x) for x in sheet],
            "notes": "EBRA sports page, no standfirst. Two h2 subheads; an introducing "
            "paragraph and a standings table (header + five rows, each row a paragraph, cells "
            "joined by a space); the match sheet (score line in bold, scorers, team) at the end "
            "of the body is text. 94<sup>e</sup> → '94e'. No articleSection: meta "
            "article:section 'Sport' beats the breadcrumb's 'Football' and the label 'Football "
            "amateur'. <title>/og:title 'Football - Régional 1. …' differ from the h1. Ad and a "
            "Digiteka video player with its legend inside the body; caption credit 'Photo RL'; "
            "comments dated the next day.",
        },
    )


def page03() -> None:
    """La Meuse: Rossel (Sudinfo), court report, block quotation, premium saved whole."""
    base = "https://lameuse.sudinfo.be"
    url = f"{base}/id915402/article/2026-12-03/liege-dix-huit-mois-avec-sursis-pour-lancien-gerant-dun-snack-qui-employait-des"
    title = (
        "Liège&nbsp;: dix-huit mois avec sursis pour l’ancien gérant d’un snack qui employait "
        "des travailleurs au noir"
    )
    lead = (
        "Le tribunal correctionnel a suivi en partie l’auditorat du travail. Le prévenu, qui "
        "contestait les faits, devra aussi verser 42.000 euros à l’ONSS."
    )
    p1 = [
        "Il avait toujours nié. Ce jeudi, le tribunal correctionnel de Liège a pourtant condamné "
        "Hakan Y., 46 ans, à dix-huit mois de prison avec sursis pour avoir occupé au moins six "
        "travailleurs non déclarés dans le snack qu’il exploitait, jusqu’en 2024, dans le "
        "quartier du Longdoz.",
        "Les faits avaient été mis au jour lors d’un contrôle de l’inspection sociale, un "
        "vendredi soir de mars 2024. Les inspecteurs avaient trouvé en cuisine trois hommes "
        "dépourvus de tout contrat, dont un mineur d’âge. Les auditions et l’analyse des comptes "
        "avaient ensuite permis d’identifier trois autres employés.",
        "À l’audience du 5 novembre, le prévenu affirmait que ces hommes étaient «&nbsp;des amis "
        "de passage&nbsp;» qui l’aidaient bénévolement. Une version que l’auditorat du travail "
        "avait qualifiée de «&nbsp;grotesque&nbsp;», en réclamant trois ans de prison.",
        "L’avocate d’un des travailleurs, M<sup>e</sup> Élodie Renard, avait lu à la barre une "
        "lettre de son client, aujourd’hui âgé de 19 ans&nbsp;:",
    ]
    letter = [
        "Je travaillais de 17 heures à 3 heures du matin, six jours sur sept. On me payait 300 "
        "euros par mois, quand il y pensait. Quand je demandais mon argent, il me disait que "
        "j’étais nourri.",
        "Je ne demande pas de vengeance. Je voudrais juste que quelqu’un reconnaisse que ce que "
        "j’ai vécu là-bas n’était pas normal.",
    ]
    p2 = [
        "Dans son jugement, le tribunal relève «&nbsp;l’exploitation d’une main-d’œuvre "
        "vulnérable&nbsp;» mais tient compte de l’absence d’antécédents judiciaires du prévenu. "
        "Outre la peine de prison, il lui inflige une amende de 8.000 euros, dont la moitié avec "
        "sursis, et le condamne à verser 42.000 euros de cotisations éludées à l’ONSS.",
        "Le jeune travailleur obtient un dommage moral de 2.500 euros. Le prévenu dispose de "
        "trente jours pour interjeter appel.",
    ]
    related = teasers(5703, 20, base, FILLER)
    body = "\n".join(
        [
            paras(*p1[:2], attrs='class="r-article--paragraph"'),
            '<div class="r-ad r-ad--inarticle" data-position="inarticle1"><span class="r-ad--label">Publicité</span></div>',
            paras(p1[2], attrs='class="r-article--paragraph"'),
            f'<div class="r-article--related"><span class="r-article--related-label">Lire aussi</span><ul><li><a href="{related[0]["url"]}"><r-badge class="r-badge--premium">+</r-badge> Travail au noir : l’inspection sociale a multiplié les contrôles dans l’Horeca liégeois</a></li></ul></div>',
            paras(p1[3], attrs='class="r-article--paragraph"'),
            '<blockquote class="r-article--blockquote">' + paras(*letter) + "</blockquote>",
            paras(*p2, attrs='class="r-article--paragraph"'),
        ]
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "url": url,
        "mainEntityOfPage": url,
        "headline": flat(title),
        "description": flat(lead),
        "datePublished": "2026-12-03T18:32:00+01:00",
        "dateModified": "2026-12-03T18:32:00+01:00",
        "author": {"@type": "Person", "name": "Christophe Lamberts"},
        "publisher": {
            "@type": "Organization",
            "name": "La Meuse",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/img/logo-lameuse.png"},
        },
        "image": {"@type": "ImageObject", "url": f"{base}/media/915402/tribunal.jpg"},
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".r-article--body",
        },
    }
    nav = menu(
        5703,
        "r-menu",
        base,
        ["Régions", "Belgique", "Monde", "Sports", "Faits divers", "People", "Vidéos"],
        9,
    )
    more = "".join(
        f'<r-teaser class="r-teaser"><a href="{t["url"]}"><r-pic><img src="{t["image"]}" alt=""></r-pic><h3 class="r-teaser--title">{t["title"]}</h3></a></r-teaser>'
        for t in related[1:]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-BE">
<head>
<meta charset="utf-8">
<title>{flat(title)} - La Meuse</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="La Meuse">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/media/915402/tribunal.jpg">
<meta property="article:published_time" content="2026-12-03T18:32:00+01:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="cXenseParse:pageclass" content="article">
<meta name="cXenseParse:recs:articleid" content="915402">
<meta name="cXenseParse:rsl-premium" content="true">
<style>{css_blob(5713, "r", 300)}</style>
{json_script(ld)}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"content_id":"915402","content_type":"article","content_premium":"1","content_region":"liege","user_status":"subscriber"}});</script>
</head>
<body class="r-body r-body--article">
<div id="didomi-host"><div class="didomi-notice"><p>Rossel et ses partenaires utilisent des cookies pour vous offrir une expérience personnalisée et mesurer l’audience.</p><button id="didomi-notice-agree-button">Accepter et fermer</button><button>Paramétrer</button></div></div>
<header class="r-header"><a class="r-header--logo" href="{base}/"><img src="{base}/static/img/logo-lameuse.svg" alt="La Meuse"></a><nav class="r-header--nav">{nav}</nav><a class="r-header--account" href="{base}/mon-compte">Mon compte</a></header>
<main class="r-main">
<nav class="r-breadcrumb"><ol><li><a href="{base}/">Accueil</a></li><li><a href="{base}/regions">Régions</a></li><li><a href="{base}/regions/liege">Liège</a></li></ol></nav>
<article class="r-article r-article--premium">
<header class="r-article--header">
<div class="r-article--section"><r-badge class="r-badge--premium" title="Réservé aux abonnés">+</r-badge> <a href="{base}/regions/liege/justice">Justice</a></div>
<h1 class="r-article--title">{title}</h1>
<div class="r-article--chapo">{lead}</div>
<div class="r-article--meta"><span class="r-article--author">Par <a href="{base}/auteurs/christophe-lamberts">Christophe Lamberts</a></span> <time class="r-article--date" datetime="2026-12-03T18:32:00+01:00">Publié le 3/12/2026 à 18:32</time> <span class="r-article--readtime">Temps de lecture: 2 min</span></div>
<div class="r-share"><button>Partager</button><button>Facebook</button><button>WhatsApp</button><button>Copier le lien</button></div>
</header>
<figure class="r-article--figure"><r-pic><img src="{base}/media/915402/tribunal.jpg" alt=""></r-pic><figcaption>Le palais de justice de Liège. <span class="r-credit">© Michel Tonneau</span></figcaption></figure>
<div class="r-article--body">
{body}
</div>
<div class="r-article--tags"><a href="{base}/tag/justice">Justice</a><a href="{base}/tag/liege">Liège</a><a href="{base}/tag/travail-au-noir">Travail au noir</a></div>
</article>
<section class="r-newsletter"><h2>La newsletter Liège</h2><p>Recevez chaque matin l’actualité de votre région.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>S’inscrire</button></form></section>
<section class="r-related"><h2>À lire aussi</h2>{more}</section>
</main>
<footer class="r-footer"><p>La Meuse – Sudinfo © Rossel &amp; Cie SA 2026</p><ul><li><a href="{base}/conditions-generales">Conditions générales</a></li><li><a href="{base}/vie-privee">Vie privée</a></li></ul></footer>
<script src="{base}/static/js/r-app.9a1c.js" defer></script>
</body>
</html>
"""
    write(
        "03_lameuse_rossel_tribunal_blockquote_premium_whole",
        page,
        {
            "title": flat(title),
            "publication": "La Meuse",
            "author": "Christophe Lamberts",
            "section": "Liège",
            "date": datetime.date(2026, 12, 3),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in p1 + letter + p2],
            "notes": "Rossel (Sudinfo) court report saved by a subscriber: '+' premium badge, "
            "JSON-LD isAccessibleForFree false with hasPart, but the text is whole (incomplete "
            "false, no paywall box). Plain blockquote of two paragraphs (a letter read at the "
            "hearing), introduced by a paragraph ending in ':'. No articleSection or "
            "article:section: the breadcrumb's 'Liège' beats the kicker 'Justice'. Standfirst "
            "div.r-article--chapo. 'Lire aussi' box and ad inside the body; newsletter; caption "
            "credit '© …'. Belgian thousands '42.000'; 'Publié le 3/12/2026 à 18:32'.",
        },
    )


def page04() -> None:
    """La Nouvelle République: Drupal, theatre review, pull quote, rating, breadcrumb."""
    base = "https://www.lanouvellerepublique.fr"
    url = f"{base}/tours/theatre-a-l-olympia-les-veilleurs-tient-la-salle-en-eveil"
    title = "Théâtre&nbsp;: à l’Olympia, «&nbsp;Les Veilleurs&nbsp;» tient la salle en éveil"
    lead = (
        "Le metteur en scène tourangeau Clément Vasseur adapte le roman de Jeanne Ollivier sur "
        "une nuit de garde dans un hôpital de province. Trois heures denses, parfois "
        "éprouvantes, souvent lumineuses."
    )
    sub = "Une troupe au diapason"
    quote = "«&nbsp;On sort de là comme d’une garde de nuit&nbsp;: épuisé, et étrangement éveillé.&nbsp;»"
    p1 = [
        "Il est 22&nbsp;h&nbsp;30 au service des urgences de l’hôpital de Vierzon, et rien ne "
        "se passe. C’est sur ce calme trompeur que s’ouvre <em>Les Veilleurs</em>, la nouvelle "
        "création de Clément Vasseur, présentée jusqu’au 13&nbsp;décembre au Théâtre Olympia. "
        "Une infirmière range des compresses, un interne somnole sur une chaise, une aide-"
        "soignante fait des mots croisés. Le public, lui, attend.",
        "Adapté du roman de Jeanne Ollivier, paru en 2023, le spectacle suit six soignants "
        "pendant une seule nuit, de la relève du soir à celle du matin. Clément Vasseur a "
        "conservé la construction en heures du livre&nbsp;: chaque scène s’ouvre sur une "
        "horloge projetée en fond de scène, et le temps devient le véritable sujet de la pièce.",
        "Le décor, signé Inès Moreau, reconstitue un couloir d’hôpital plus vrai que nature, "
        "avec ses néons qui grésillent et ses portes battantes. Le dispositif pourrait "
        "étouffer&nbsp;; il se révèle au contraire d’une grande souplesse, les cloisons "
        "coulissant pour ouvrir tour à tour une chambre, un bureau, une salle de repos.",
    ]
    p2 = [
        "Dans le rôle de l’infirmière de nuit, Sophie Larcher est formidable de retenue. Sa "
        "longue scène avec une patiente âgée, jouée par Odile Bertin, est le sommet de la "
        "soirée&nbsp;: vingt minutes presque sans paroles, où tout passe par les gestes.",
        "Face à elles, le jeune Hugo Delamarre campe un interne dépassé avec un humour qui "
        "désamorce, juste à temps, les moments les plus lourds. On regrette seulement une "
        "dernière heure un peu étirée, où la mise en scène multiplie les fausses fins.",
        "Mais la salle, vendredi soir, ne s’y est pas trompée&nbsp;: dix minutes de rappels "
        "pour une troupe qui a donné, trois heures durant, une voix à ceux qu’on n’entend "
        "jamais.",
        "<em>Les Veilleurs, au Théâtre Olympia, à Tours, jusqu’au 13&nbsp;décembre. Durée&nbsp;: "
        "3&nbsp;h avec entracte. Tarifs&nbsp;: de 10 à 28&nbsp;€.</em>",
    ]
    body = "\n".join(
        [
            paras(*p1[:2]),
            f'<aside class="citation"><p class="citation__text">{quote}</p></aside>',
            paras(p1[2]),
            '<div class="block-ads"><div id="dfp-inread" class="ads ads--inread"></div></div>',
            f"<h2>{sub}</h2>",
            paras(*p2),
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": flat(title),
                "name": flat(title),
                "description": flat(lead),
                "articleSection": "Culture",
                "datePublished": "2026-12-05T07:00:00+0100",
                "dateModified": "2026-12-05T09:14:00+0100",
                "author": {
                    "@type": "Person",
                    "name": "Hélène Drouin",
                    "url": f"{base}/auteurs/helene-drouin",
                },
                "publisher": {
                    "@type": "NewsMediaOrganization",
                    "@id": f"{base}/#organization",
                    "name": "La Nouvelle République",
                    "url": base,
                },
                "image": {
                    "@type": "ImageObject",
                    "url": f"{base}/sites/default/files/styles/article/public/2026-12/veilleurs.jpg",
                },
                "mainEntityOfPage": url,
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Indre-et-Loire",
                        "item": f"{base}/indre-et-loire",
                    },
                    {"@type": "ListItem", "position": 3, "name": "Tours", "item": f"{base}/tours"},
                ],
            },
        ],
    }
    nav = menu(
        5704,
        "menu--main",
        base,
        ["Actualité", "Indre-et-Loire", "Vienne", "Deux-Sèvres", "Loir-et-Cher", "Indre", "Sports"],
        8,
    )
    related = teasers(5704, 12, base, FILLER)
    more = "".join(
        f'<div class="views-row"><article class="node--view-mode-teaser"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><h3>{t["title"]}</h3></a></article></div>'
        for t in related
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="description" content="{flat(lead)}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="La Nouvelle République" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{flat(title)}" />
<meta property="og:image" content="{base}/sites/default/files/styles/article/public/2026-12/veilleurs.jpg" />
<meta property="article:published_time" content="2026-12-05T07:00:00+0100" />
<meta property="article:modified_time" content="2026-12-05T09:14:00+0100" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{flat(title)} | La Nouvelle République</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hq2bV1xT.css" />
<style>{css_blob(5714, "nr", 280)}</style>
{json_script(graph)}
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/1294417","currentLanguage":"fr"}},"nr":{{"premium":false,"section":"tours"}}}}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="sp_message_container" class="sp-message"><p>Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience du site.</p><button>Accepter</button><button>Refuser</button></div>
<header role="banner" class="header"><div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/nr/logo.svg" alt="Accueil" /></a><nav role="navigation" class="menu--main">{nav}</nav><a class="btn-abonnement" href="https://abonnement.lanouvellerepublique.fr/">S’abonner</a></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol><li><a href="/">Accueil</a></li><li><a href="/indre-et-loire">Indre-et-Loire</a></li><li><a href="/tours">Tours</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<article role="article" class="node node--type-article node--view-mode-full">
<div class="article-header">
<div class="field field--name-field-surtitre">Théâtre</div>
<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>
<div class="field field--name-field-chapo"><p>{lead}</p></div>
<div class="article-infos"><div class="field field--name-field-auteur"><a href="/auteurs/helene-drouin">Hélène Drouin</a></div><div class="article-dates"><span class="date-publication">Publié le 05/12/2026 à 07:00</span> | <span class="date-maj">Mis à jour le 05/12/2026 à 09:14</span></div></div>
<div class="social-share"><a class="share-facebook" href="#">Partager</a><a class="share-x" href="#">Tweeter</a><a class="share-mail" href="#">Envoyer</a></div>
</div>
<div class="field field--name-field-image"><figure><img src="/sites/default/files/styles/article/public/2026-12/veilleurs.jpg" alt="" /><figcaption>Sophie Larcher et Odile Bertin dans «&nbsp;Les Veilleurs&nbsp;». © Photo NR, Hugues Le Guellec</figcaption></figure></div>
<div class="field field--name-field-note"><span class="note-label">Notre avis&nbsp;:</span> <span class="note-stars" aria-label="4 sur 5">★★★★☆</span></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
<div class="field field--name-field-tags"><a href="/tags/theatre">Théâtre</a><a href="/tags/tours">Tours</a><a href="/tags/olympia">Olympia</a></div>
</article>
<div class="block-newsletter"><h2>La newsletter Sortir en Touraine</h2><p>Chaque jeudi, nos idées de sorties pour le week-end.</p><a href="/newsletters">Je m’inscris</a></div>
<section class="block-views-related"><h2>Sur le même thème</h2><div class="view-content">{more}</div></section>
</main>
<footer role="contentinfo" class="footer"><p>© La Nouvelle République 2026</p><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/cgv">CGV</a></li></ul></footer>
</div>
<script src="/sites/default/files/js/js_bT9aZ0.js"></script>
</body>
</html>
"""
    write(
        "04_nouvellerepublique_drupal_critique_pullquote_graph",
        page,
        {
            "title": flat(title),
            "publication": "La Nouvelle République",
            "author": "Hélène Drouin",
            "section": "Culture",
            "date": datetime.date(2026, 12, 5),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [sub],
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p1 + p2],
            "notes": "Drupal 10 review. @graph with NewsArticle (articleSection 'Culture') and "
            "BreadcrumbList: 'Culture' beats the breadcrumb 'Tours' and the overline "
            "'Théâtre'. Standfirst field--name-field-chapo. aside.citation pull quote that "
            "repeats no sentence of the text; one h2; star rating 'Notre avis' before the body "
            "(chrome); the closing practical line in <em> (title, venue, running time, prices) "
            "is a paragraph. Byline the author's name alone, no 'Par'. Offsets written "
            "'+0100'. 'Publié le 05/12/2026 à 07:00 | Mis à jour …'; caption credit '© Photo "
            "NR, …'.",
        },
    )
