# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout4/web (Switzerland, Belgium)."""

import datetime

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page01() -> None:
    """La Côte: home-made PHP, 'Texte: X · Photos: Y', stale JSON-LD headline, Lire aussi."""
    base = "https://www.lacote.ch"
    url = f"{base}/regions/gland/gland-la-piscine-des-perrerets-fermera-dix-huit-mois-1587342"
    title = "Gland: la piscine des Perrerets fermera dix-huit mois pour être rénovée"
    lead = (
        "Le Conseil communal a voté jeudi soir un crédit de 23,4 millions de francs. "
        "Les nageurs devront se rabattre sur Nyon et Rolle jusqu’au printemps 2028."
    )
    p = [
        "Il aura fallu trois heures de débat et une suspension de séance pour que le Conseil "
        "communal de Gland tranche. Par 48 voix contre 19 et 6 abstentions, les élus ont "
        "accepté jeudi soir le crédit de 23,4&nbsp;millions de francs destiné à la rénovation "
        "complète de la piscine couverte des Perrerets, inaugurée en 1979.",
        "Le bassin fermera le 4&nbsp;janvier prochain. Les travaux, qui doivent durer dix-huit "
        "mois, prévoient le remplacement de la toiture, l’isolation de l’enveloppe et "
        "l’installation d’une pompe à chaleur raccordée au réseau de chauffage à distance du "
        "quartier.",
        "«Nous ne rénovons pas un bâtiment, nous évitons sa fermeture définitive», a plaidé la "
        "municipale des sports, <strong>Nathalie Borgeaud</strong>. Selon un rapport d’experts "
        "remis en juin, la charpente en bois lamellé-collé présente des fissures qui auraient "
        "rendu l’exploitation impossible d’ici à trois ans.",
        "L’opposition, emmenée par le groupe Gland Ensemble, jugeait la facture trop lourde "
        "pour une commune dont la dette dépasse déjà 90&nbsp;millions. Elle proposait de "
        "renvoyer le projet à la Municipalité pour étudier une collaboration avec Prangins et "
        "Vich, dont les élèves utilisent aussi le bassin.",
        "Le conseiller Pascal Meylan a rappelé que les deux communes voisines ne participent "
        "aux frais d’exploitation qu’à hauteur de 8%. «Nous payons pour toute la région sans "
        "avoir notre mot à dire sur les tarifs», a-t-il regretté.",
        "Pendant la fermeture, les cours de natation scolaire seront déplacés à la piscine du "
        "Cossy, à Nyon, où la commune a réservé quatorze créneaux hebdomadaires. Un bus "
        "affrété par la commune assurera les trajets des classes primaires.",
        "Les quelque 400 abonnés se verront proposer un remboursement au prorata ou un "
        "abonnement valable à Rolle. Les trois clubs de natation, qui comptent ensemble "
        "350&nbsp;membres, s’entraîneront à Morges le samedi.",
        "Un référendum reste possible: ses opposants disposent de vingt jours pour récolter "
        "les signatures de 15% du corps électoral, soit environ 1300&nbsp;paraphes. Pascal "
        "Meylan n’a pas exclu jeudi de lancer la démarche.",
    ]
    related = (
        '<aside class="read-also"><span class="read-also__label">À lire aussi</span>'
        f'<a href="{base}/regions/nyon/nyon-le-cossy-prolonge-ses-horaires-1586001">'
        "Nyon: le Cossy prolonge ses horaires d’ouverture le dimanche</a></aside>"
    )
    figure = (
        '<figure class="article-image"><img src="https://img.lacote.ch/2026/11/perrerets.jpg" '
        'alt="La piscine des Perrerets" width="960" height="540"><figcaption>'
        '<span class="caption">Inaugurée en 1979, la piscine des Perrerets accueille '
        'chaque année près de 110 000 entrées.</span> <span class="credit">Cédric Sandoz'
        "</span></figcaption></figure>"
    )
    body = "\n".join(
        [
            figure,
            paras(*p[:3]),
            related,
            '<div class="ad ad--rectangle" data-slot="inread"><span>Publicité</span></div>',
            paras(*p[3:6]),
            '<div class="newsletter-box"><p class="newsletter-box__title">La newsletter de la '
            "région</p><p>Chaque matin, l’essentiel de La Côte dans votre boîte mail.</p>"
            '<form><input type="email" placeholder="Votre e-mail"><button>Je m’inscris'
            "</button></form></div>",
            paras(*p[6:]),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Gland: la piscine des Perrerets pourrait fermer dix-huit mois",
        "datePublished": "2026-11-14T06:45:00+01:00",
        "dateModified": "2026-11-14T11:20:00+01:00",
        "author": [{"@type": "Person", "name": "Léonie Favre"}],
        "publisher": {
            "@type": "Organization",
            "name": "La Côte",
            "logo": {"@type": "ImageObject", "url": f"{base}/logo.png"},
        },
        "mainEntityOfPage": url,
        "image": ["https://img.lacote.ch/2026/11/perrerets.jpg"],
    }
    nav = menu(
        101, "main-nav", base, ["Régions", "Suisse", "Monde", "Sport", "Loisirs", "Services"], 10
    )
    most = "".join(
        f'<li><a href="{t["url"]}"><span class="rank">{i + 1}</span>{t["title"]}</a></li>'
        for i, t in enumerate(teasers(1, 5, base, FILLER))
    )
    more = "".join(
        f'<article class="teaser"><a href="{t["url"]}"><img src="{t["image"]}" alt="">'
        f'<span class="teaser__kicker">{t["section"]}</span><h3>{t["title"]}</h3></a></article>'
        for t in teasers(2, 200, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="fr-CH"><head>
<meta charset="utf-8">
<title>{title} – La Côte</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Le Conseil communal a voté un crédit de 23,4 millions.">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="La Côte">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://img.lacote.ch/2026/11/perrerets.jpg">
<link rel="canonical" href="{url}">
<style>{css_blob(11, "lc", 420)}</style>
{json_script(ld)}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","articleId":"1587342","region":"gland","paywall":"free","wordCount":412}});</script>
<script async src="https://www.lacote.ch/static/js/main.8f2a1c.js"></script>
</head>
<body class="page page--article">
<div id="sp_message_container_884211" class="consent" role="dialog"><div class="consent__box"><p>Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience.</p><button class="consent__accept">Tout accepter</button><button class="consent__refuse">Continuer sans accepter</button></div></div>
<header class="site-header"><a class="site-header__logo" href="{base}/"><img src="{base}/logo.svg" alt="La Côte"></a>
<div class="site-header__date">Samedi 14 novembre 2026</div>
<nav class="main-nav-wrapper">{nav}</nav>
<a class="btn-subscribe" href="{base}/abonnements">S’abonner</a></header>
<main class="content">
<nav class="breadcrumb" aria-label="Fil d’Ariane"><ol><li><a href="{base}/">Accueil</a></li><li><a href="{base}/regions">Régions</a></li><li><a href="{base}/regions/gland">Région nyonnaise</a></li></ol></nav>
<article class="article">
<header class="article__header">
<span class="article__kicker">Piscine</span>
<h1 class="article__title">{title}</h1>
<div class="article__chapeau">{lead}</div>
<div class="article__meta"><span class="article__authors">Texte: <a href="{base}/auteurs/leonie-favre">Léonie Favre</a> · Photos: Cédric Sandoz</span>
<span class="article__dates">Publié le 14.11.2026, 06:45 <span class="sep">|</span> Mis à jour le 14.11.2026, 11:20</span></div>
<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">E-mail</a></div>
</header>
<div class="article__body">
{body}
</div>
<footer class="article__footer"><ul class="tags"><li><a href="{base}/tags/gland">Gland</a></li><li><a href="{base}/tags/piscine">Piscine</a></li><li><a href="{base}/tags/conseil-communal">Conseil communal</a></li></ul></footer>
</article>
<aside class="most-read"><h2>Les plus lus</h2><ol>{most}</ol></aside>
<section class="more"><h2>Plus d’actualités régionales</h2>{more}</section>
</main>
<footer class="site-footer"><p>© 2026 La Côte – ESH Médias. Tous droits réservés.</p><ul><li><a href="#">Impressum</a></li><li><a href="#">Protection des données</a></li><li><a href="#">Contact</a></li></ul></footer>
</body></html>
"""
    write(
        "01_lacote_homemade_texte_photos",
        page,
        {
            "title": title,
            "publication": "La Côte",
            "author": "Léonie Favre",
            "section": "Région nyonnaise",
            "date": datetime.date(2026, 11, 14),
            "standfirst": lead,
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Home-made CMS. Byline 'Texte: A · Photos: B' (B is the photographer, not an "
            "author); JSON-LD headline is stale (h1 wins); no articleSection, so the breadcrumb's "
            "last item gives the section (the kicker 'Piscine' comes after it); standfirst "
            "div.article__chapeau; 'À lire aussi', ad and newsletter box between paragraphs; "
            "caption with credit; header date of the day; dates as 14.11.2026, 06:45.",
        },
    )


def page02() -> None:
    """Bilan: Next.js with __NEXT_DATA__, paywall after three paragraphs, 'avec ATS'."""
    base = "https://www.bilan.ch"
    url = f"{base}/story/lumetrix-leve-40-millions-pour-ses-capteurs-de-vibrations-481203377811"
    title = "Lumetrix lève 40 millions pour industrialiser ses capteurs de vibrations"
    lead = (
        "La start-up lausannoise, issue de l’EPFL, veut ouvrir une ligne de production à "
        "Yverdon-les-Bains. Un fonds allemand mène le tour de table."
    )
    p = [
        "C’est l’une des plus importantes levées de fonds de l’année dans la deeptech romande. "
        "Lumetrix, qui conçoit des capteurs de vibrations pour la maintenance des éoliennes et "
        "des turbines hydrauliques, a annoncé mardi avoir réuni 40&nbsp;millions de francs "
        "auprès d’un consortium mené par le fonds munichois Isar Industrial Ventures.",
        "Fondée en 2021 par deux anciens doctorants du Laboratoire de mécanique appliquée, "
        "Inès Kradolfer et Matteo Ruffieux, l’entreprise emploie aujourd’hui 62 personnes. Elle "
        "revendique une centaine de clients, dont trois des cinq plus grands exploitants de "
        "barrages du pays.",
        "«Nous avons prouvé que la technologie fonctionne; il faut maintenant prouver que nous "
        "savons la fabriquer à grande échelle», résume Inès Kradolfer. La société prévoit de "
        "produire 80&nbsp;000 capteurs par an d’ici à 2028, contre moins de 5000 aujourd’hui.",
    ]
    paywall = (
        '<div class="Paywall_wrapper__b7Qx2" data-testid="paywall"><p class="Paywall_title__9kLm">'
        "Cet article est réservé aux abonnés.</p><p>Accédez à tous nos contenus dès CHF 1.– le "
        'premier mois.</p><a class="Paywall_cta__Z1" href="/abo">Je m’abonne</a> '
        '<a href="/login">Déjà abonné? Se connecter</a></div>'
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": lead,
        "articleSection": "Entreprises",
        "datePublished": "2026-11-17T06:00:00.000Z",
        "dateModified": "2026-11-17T09:41:12.000Z",
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywalled",
        },
        "author": [
            {"@type": "Person", "name": "Arnaud Béguelin", "url": f"{base}/author/arnaud-beguelin"}
        ],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Bilan"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    related = teasers(3, 60, base, FILLER)
    next_data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "481203377811",
                    "title": title,
                    "lead": flat(lead),
                    "authors": [{"name": "Arnaud Béguelin", "role": "Journaliste"}],
                    "source": "ATS",
                    "publishedAt": "2026-11-17T06:00:00.000Z",
                    "paywall": {"type": "hard", "teaserElements": 3},
                    "elements": [{"type": "paragraph", "html": x} for x in p],
                    "related": related[:12],
                },
                "navigation": related[12:],
                "ads": {"slots": ["top", "inread_1", "sidebar", "footer"]},
            },
            "__N_SSP": True,
        },
        "page": "/story/[slug]",
        "query": {"slug": "lumetrix-leve-40-millions-pour-ses-capteurs-de-vibrations-481203377811"},
        "buildId": "h1KpQ0sXv3o2wGmY7aR4e",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    nav = menu(
        102,
        "NavMenu_list__Qw8",
        base,
        ["Économie", "Entreprises", "Finance", "Immobilier", "Luxe", "Classements"],
        9,
    )
    most = "".join(
        f'<li class="MostRead_item__3"><a href="{t["url"]}">{t["title"]}</a></li>'
        for t in related[40:45]
    )
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{title} | Bilan</title><meta name="description" content="{flat(lead)}"/><meta property="og:title" content="{title} | Bilan"/><meta property="og:site_name" content="Bilan"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><link rel="canonical" href="{url}"/><meta name="next-head-count" content="12"/><link rel="preload" href="/_next/static/css/7c1d0e3a.css" as="style"/><style data-emotion="css">{css_blob(12, "css", 380)}</style>{json_script(ld)}<script defer src="/_next/static/chunks/webpack-2f1c.js"></script><script defer src="/_next/static/chunks/framework-0c7a.js"></script><script defer src="/_next/static/chunks/pages/story/%5Bslug%5D-91b3.js"></script></head><body><div id="__next"><div class="Layout_root__kP2"><div id="didomi-host" class="didomi-host" aria-hidden="true"><div class="didomi-popup-notice"><p>Avec votre accord, nous et nos partenaires utilisons des cookies.</p><button id="didomi-notice-agree-button">Accepter</button><button>Paramétrer</button></div></div><header class="Header_header__1z"><a href="/" class="Header_logo__x"><svg aria-label="Bilan" viewBox="0 0 100 30"><path d="M0 0h10v30H0z"/></svg></a><nav class="NavMenu_nav__2">{nav}</nav><a class="Header_abo__q" href="/abo">S’abonner</a></header><main class="ArticlePage_main__aa"><article class="Article_article__Gz"><div class="ArticleHeader_header__M1"><a class="ArticleHeader_section__w" href="/entreprises">Entreprises</a><h1 class="ArticleHeader_title__Lq">{title}</h1><p class="ArticleHeader_lead__Tn">{lead}</p><div class="ArticleHeader_meta__Xz"><div class="Byline_byline__Rk"><a href="/author/arnaud-beguelin" class="Byline_author__c">Arnaud Béguelin</a>, <span class="Byline_source__u">avec ATS</span></div><time dateTime="2026-11-17T06:00:00.000Z" class="ArticleHeader_date__3">Publié: 17.11.2026, 07h00</time></div></div><figure class="ArticleImage_figure__q"><img alt="" src="https://cdn.bilan.ch/img/lumetrix.jpg"/><figcaption class="ArticleImage_caption__P">Inès Kradolfer et Matteo Ruffieux dans leur laboratoire d’Écublens. <span class="ArticleImage_credit__e">Laurent Gilliéron/Keystone</span></figcaption></figure><div class="ArticleBody_body__Xx paywalled">{paras(*p, attrs='class="ArticleParagraph_p__A"')}<div class="ArticleBody_fade__7"></div></div>{paywall}</article><aside class="MostRead_aside__E"><h2>Les plus lus</h2><ol>{most}</ol></aside></main><footer class="Footer_footer__t"><p>© Tamedia Publications romandes SA, 2026. Bilan. Tous droits réservés.</p></footer></div></div>{json_script(next_data, 'id="__NEXT_DATA__" type="application/json"')}</body></html>"""
    write(
        "02_bilan_nextjs_paywall_ats",
        page,
        {
            "title": title,
            "publication": "Bilan",
            "author": "Arnaud Béguelin",
            "agency": "ATS",
            "section": "Entreprises",
            "date": datetime.date(2026, 11, 17),
            "standfirst": lead,
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "Next.js page on one line with __NEXT_DATA__ (the teaser elements repeated in "
            "JSON), emotion CSS, Didomi notice; paywall box after three paragraphs; "
            "isAccessibleForFree false; og:title with ' | Bilan'; byline 'A, avec ATS' in two "
            "elements; JSON-LD date in UTC (06:00Z = 07h00 local, same day).",
        },
    )


def page03() -> None:
    """RTL info: live blog, newest first, 'La rédaction avec Belga', UTC date the day before."""
    base = "https://www.rtl.be"
    url = f"{base}/actu/belgique/meteo/en-direct-tempete-berenice-rafales-trains-perturbes/2026-11-15/article/701334"
    title = "Tempête Bérénice: des rafales jusqu’à 120 km/h, trains et trams perturbés"
    entries = [
        (
            "08h52",
            "La SNCB rétablit progressivement le trafic",
            [
                "La ligne Bruxelles-Namur est de nouveau ouverte dans les deux sens, mais avec des "
                "retards d’une quarantaine de minutes. Entre Liège et Verviers, un arbre tombé sur "
                "les caténaires bloque toujours la circulation.",
                "La SNCB conseille aux voyageurs de consulter l’application avant de se rendre en gare.",
            ],
        ),
        (
            "07h40",
            None,
            [
                "Selon l’IRM, le pic de la tempête est passé. Les vents devraient faiblir au fil de la "
                "matinée, avec encore des rafales de 70 à 80&nbsp;km/h sur la côte jusqu’à midi.",
            ],
        ),
        (
            "06h15",
            "Plus de 30 000 foyers privés d’électricité",
            [
                "Le gestionnaire de réseau Ores fait état de 31&nbsp;400 clients sans courant, "
                "principalement dans les provinces de Luxembourg et de Namur. Les équipes sont à "
                "pied d’œuvre depuis 4&nbsp;heures du matin.",
                "À Bastogne, une toiture s’est envolée sur un hangar agricole; personne n’a été blessé.",
            ],
        ),
        (
            "03h05",
            "Les pompiers de Bruxelles sollicités 180 fois",
            [
                "Depuis minuit, la zone de secours de Bruxelles a reçu 180 appels, essentiellement "
                "pour des chutes d’arbres et de tuiles. À Uccle, la chaussée de Waterloo a été "
                "fermée entre la place Saint-Job et le Fort Jaco.",
            ],
        ),
        (
            "00h30",
            "L’alerte orange en vigueur dans tout le pays",
            [
                "L’Institut royal météorologique a relevé son avertissement au niveau orange pour "
                "l’ensemble du territoire. Des rafales de 100 à 120&nbsp;km/h sont attendues dans la "
                "nuit, plus fortes encore sur les hauteurs ardennaises.",
                "Bonsoir et bienvenue dans ce direct consacré au passage de la tempête Bérénice.",
            ],
        ),
    ]
    tweet = (
        '<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">Trafic '
        "interrompu entre Liège et Verviers suite à la chute d’un arbre. Bus de remplacement "
        'demandés. <a href="https://t.co/x1">pic.twitter.com/x1</a></p>&mdash; SNCB (@SNCB) '
        '<a href="https://twitter.com/SNCB/status/1">15 novembre 2026</a></blockquote>'
    )
    blocks = []
    for i, (time, head, texts) in enumerate(entries):
        heading = f'<h3 class="live-post__title">{head}</h3>' if head else ""
        extra = tweet if i == 0 else ""
        blocks.append(
            f'<div class="live-post" id="post-{9000 - i}"><div class="live-post__time">'
            f'<time datetime="2026-11-15">{time}</time></div>{heading}'
            f'<div class="live-post__content">{paras(*texts)}{extra}</div>'
            '<div class="live-post__share"><button>Partager</button></div></div>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "coverageStartTime": "2026-11-14T23:30:00Z",
        "datePublished": "2026-11-14T23:30:00Z",
        "dateModified": "2026-11-15T07:52:00Z",
        "author": {"@type": "Organization", "name": "RTL info"},
        "publisher": {"@type": "Organization", "name": "RTL info"},
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": h or "Mise à jour",
                "articleBody": flat(" ".join(t)),
            }
            for _, h, t in entries
        ],
    }
    nav = menu(
        103,
        "rtl-nav",
        base,
        ["Actu", "Belgique", "Monde", "Sport", "People", "Météo", "RTL play"],
        8,
    )
    others = "".join(
        f'<li class="card"><a href="{t["url"]}"><img src="{t["image"]}" loading="lazy" alt=""><p class="card__title">{t["title"]}</p></a></li>'
        for t in teasers(4, 30, base, FILLER)
    )
    page = f"""<!doctype html>
<html lang="fr-BE">
<head>
<meta charset="utf-8">
<title>EN DIRECT - {title} - RTL info</title>
<meta property="og:title" content="EN DIRECT - {title}">
<meta property="og:site_name" content="RTL info">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="article:section" content="Belgique">
<meta property="article:published_time" content="2026-11-14T23:30:00Z">
<link rel="canonical" href="{url}">
<style>{css_blob(13, "rtl", 300)}</style>
{json_script(ld)}
<script>var utag_data={{"page_type":"live","section":"belgique","subsection":"meteo","id":"701334"}};</script>
</head>
<body>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Bannière de cookies"><div class="ot-sdk-container"><p id="onetrust-policy-text">En cliquant sur « Accepter », vous acceptez le stockage de cookies sur votre appareil.</p><button id="onetrust-accept-btn-handler">Accepter</button></div></div></div>
<header class="rtl-header"><a href="{base}/" class="rtl-header__logo">RTL info</a><nav>{nav}</nav></header>
<main id="main">
<nav class="rtl-breadcrumb"><a href="{base}/actu">Actu</a> › <a href="{base}/actu/belgique">Belgique</a> › <a href="{base}/actu/belgique/meteo">Météo</a></nav>
<article class="article article--live">
<div class="article__label"><span class="badge badge--live">EN DIRECT</span></div>
<h1 class="article__title">{title}</h1>
<div class="article__info"><span class="article__author">Par La rédaction avec Belga</span> <span class="article__date">Publié le 15 novembre 2026 à 00h30</span> <span class="article__update">Dernière mise à jour: 15 novembre 2026 à 08h52</span></div>
<div class="live-summary"><h2>L’essentiel</h2><ul><li>Alerte orange de l’IRM sur tout le pays</li><li>Plus de 30 000 foyers sans électricité</li><li>Trafic ferroviaire perturbé</li></ul></div>
<div class="live-feed">
{chr(10).join(blocks)}
</div>
</article>
<section class="related"><h2>À lire aussi</h2><ul>{others}</ul></section>
</main>
<footer class="rtl-footer"><p>© RTL Belgium 2026 - RTL info</p></footer>
<script src="https://platform.twitter.com/widgets.js" async></script>
</body>
</html>
"""
    write(
        "03_rtlinfo_live_belga_utc",
        page,
        {
            "title": title,
            "publication": "RTL info",
            "author": None,
            "agency": "Belga",
            "section": "Belgique",
            "date": datetime.date(2026, 11, 15),
            "source_url": url,
            "subheads": [h for _, h, _ in entries if h],
            "paragraphs": [flat(x) for _, _, t in entries for x in t],
            "notes": "Live blog, newest first; entry titles in h3 are subheads, one entry "
            "untitled; timestamps are not text; 'L’essentiel' summary list is not text; "
            "embedded tweet not text. Published 00h30 Brussels = 2026-11-14T23:30:00Z in "
            "JSON-LD and article:published_time: the local date (15) is expected. 'EN DIRECT' "
            "badge outside the h1 and in <title>/og:title. 'Par La rédaction avec Belga': no "
            "person. article:section 'Belgique' beats the breadcrumb's 'Météo'.",
        },
    )


def page04() -> None:
    """BX1: WordPress + Yoast @graph, list, '1<sup>er</sup>', 'La rédaction'."""
    base = "https://bx1.be"
    url = f"{base}/categories/news/ixelles-la-rue-du-trone-passera-en-sens-unique-des-le-1er-decembre/"
    title = "Ixelles : la rue du Trône passera en sens unique dès le 1<sup>er</sup> décembre"
    p = [
        "La commune d’Ixelles a présenté lundi soir aux riverains le nouveau plan de circulation "
        "du quartier du Trône. À partir du 1<sup>er</sup>&nbsp;décembre, la rue du Trône ne sera "
        "plus accessible aux voitures qu’en direction de la place du Luxembourg.",
        "L’objectif, selon l’échevine de la Mobilité Saïda El Khattabi, est de supprimer le "
        "trafic de transit qui emprunte le quartier pour éviter les tunnels de la petite "
        "ceinture. Les comptages réalisés en septembre font état de 9&nbsp;200 véhicules par "
        "jour, dont près de deux tiers ne font que traverser.",
        "Concrètement, le plan prévoit les changements suivants :",
        "la rue du Trône passe en sens unique entre la chaussée de Wavre et la rue Goffart ;",
        "une piste cyclable séparée est aménagée dans les deux sens ;",
        "la rue de la Croix de Pierre devient une rue scolaire, fermée à la circulation de 8 h à "
        "8 h 30 et de 15 h à 15 h 30 ;",
        "douze places de stationnement sont transformées en zones de livraison.",
        "Plusieurs commerçants ont fait part de leurs inquiétudes lors de la réunion. « Mes "
        "clients viennent de Watermael ou d’Etterbeek, ils ne feront pas le tour par la place "
        "Flagey », a lancé le gérant d’une boulangerie de la rue Goffart.",
        "La commune promet une évaluation après six mois et n’exclut pas d’ajuster le dispositif. "
        "Une permanence d’information se tiendra chaque mercredi de décembre à la maison de "
        "quartier de la rue Malibran.",
    ]
    body = "\n".join(
        [
            paras(*p[:3]),
            '<ul class="wp-block-list">' + "".join(f"<li>{x}</li>" for x in p[3:7]) + "</ul>",
            '<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper">'
            '<span class="ads-text">Publicité</span><div id="div-gpt-ad-inline"></div></div></div>',
            paras(*p[7:]),
            '<div class="wp-block-embed__wrapper"><iframe title="Plan de circulation" '
            'src="https://www.google.com/maps/d/embed?mid=1x" width="640" height="480"></iframe></div>',
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "author": {"name": "La rédaction", "@id": base + "/#/schema/person/7a1"},
                "headline": flat(title),
                "datePublished": "2026-11-03T13:05:00+00:00",
                "dateModified": "2026-11-03T16:40:11+00:00",
                "wordCount": 312,
                "publisher": {"@id": base + "/#organization"},
                "articleSection": ["Mobilité", "Ixelles", "News"],
                "inLanguage": "fr-FR",
            },
            {"@type": "WebPage", "@id": url, "url": url, "name": flat(title) + " · BX1"},
            {"@type": "Organization", "@id": base + "/#organization", "name": "BX1", "url": base},
            {"@type": "Person", "@id": base + "/#/schema/person/7a1", "name": "La rédaction"},
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "News",
                        "item": base + "/categories/news/",
                    },
                    {"@type": "ListItem", "position": 3, "name": flat(title)},
                ],
            },
        ],
    }
    nav = menu(
        104,
        "jeg_menu",
        base,
        ["News", "Bruxelles", "Mobilité", "Culture", "Sport", "Emissions", "Direct"],
        12,
    )
    popular = "".join(
        f'<div class="jeg_post"><h3 class="jeg_post_title"><a href="{t["url"]}">{t["title"]}</a></h3><div class="jeg_meta_date">{t["date"]}</div></div>'
        for t in teasers(5, 200, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{flat(title)} · BX1</title>
<meta name="robots" content="index, follow, max-image-preview:large" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{flat(title)} · BX1" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="BX1" />
<meta property="article:published_time" content="2026-11-03T13:05:00+00:00" />
<meta name="author" content="La rédaction" />
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel='stylesheet' id='jnews-frontend-css' href='{base}/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.1' type='text/css' media='all' />
<style id='jnews-inline-css'>{css_blob(14, "jeg", 500)}</style>
<script type="text/javascript" id="jnews-frontend-js-extra">var jnewsoption = {{"login_reload":"{base}/","popup_script":"magnific","single_gallery":"","ismobile":"","isie":"","sidefeed_ajax":"","language":"fr_FR","module_prefix":"jnews_module_ajax_"}};</script>
</head>
<body class="post-template-default single single-post postid-218877 single-format-standard jeg_single_tpl_2 jnews">
<div class="cmplz-cookiebanner cmplz-show" role="dialog"><div class="cmplz-message"><p>Pour offrir les meilleures expériences, nous utilisons des technologies telles que les cookies.</p></div><div class="cmplz-buttons"><button class="cmplz-accept">Accepter</button><button class="cmplz-deny">Refuser</button></div></div>
<div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_topbar"><span class="jeg_top_date">mardi 3 novembre 2026</span></div><div class="jeg_logo"><a href="{base}/"><img src="{base}/wp-content/uploads/logo-bx1.png" alt="BX1"></a></div><nav class="jeg_main_menu_wrapper">{nav}</nav></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="{base}">Accueil</a></span><i class="fa fa-angle-right"></i><span class=""><a href="{base}/categories/news/">News</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="{base}/categories/news/mobilite/">Mobilité</a></span></div></div>
<div class="entry-header"><h1 class="jeg_post_title">{title}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="jeg_meta_author"><span class="meta_text">par</span> <a href="{base}/author/redaction/">La rédaction</a></div><div class="jeg_meta_date"><a href="{url}">mardi 3 novembre 2026 - 14h05</a></div><div class="jeg_meta_category"><span><span class="meta_text">dans</span> <a href="{base}/categories/news/mobilite/" rel="category tag">Mobilité</a>, <a href="{base}/categories/news/ixelles/" rel="category tag">Ixelles</a></span></div></div></div></div>
<div class="jeg_featured featured_image"><a href="{base}/wp-content/uploads/2026/11/trone.jpg"><div class="thumbnail-container"><img width="750" height="422" src="{base}/wp-content/uploads/2026/11/trone-750x422.jpg" alt="" /></div><p class="wp-caption-text">La rue du Trône, à hauteur de la rue Goffart. © BX1</p></a></div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><a href="#" class="jeg_btn-facebook">Partager</a><a href="#" class="jeg_btn-twitter">Tweet</a></div></div>
<div class="entry-content no-share"><div class="content-inner ">
{body}
</div></div>
<div class="jeg_post_tags"><span>Tags:</span> <a href="{base}/tag/ixelles/" rel="tag">Ixelles</a><a href="{base}/tag/mobilite/" rel="tag">mobilité</a></div>
<div class="jnews_related_post_container"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Articles similaires</span></h3></div>{popular}</div>
</div></div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer_copyright"><p class="copyright">© 2026 BX1 - Télévision et média régional de Bruxelles</p></div></div>
</div>
<script type='text/javascript' src='{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</body>
</html>
"""
    write(
        "04_bx1_wordpress_list_redaction",
        page,
        {
            "title": flat(title),
            "publication": "BX1",
            "author": None,
            "section": "Mobilité",
            "date": datetime.date(2026, 11, 3),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "WordPress (JNews theme) with a Yoast @graph; author 'La rédaction' is a "
            "WordPress user and a JSON-LD Person (no person credited); articleSection a list "
            "(first item 'Mobilité'); '1<sup>er</sup>' in the h1 and text; a ul of four items "
            "after an introducing paragraph; ad and map iframe in the body; Complianz cookie "
            "banner; <title> and og:title with ' · BX1'; JSON-LD time 13:05+00:00 = 14h05 local.",
        },
    )
