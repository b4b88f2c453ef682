"""holdout24 pages 01-04: L'Avenir (Drupal 10), Acadie Nouvelle (Newspaper), Le Matin
(Next.js live), Libération (Arc XP interview behind a paywall)."""

# ruff: noqa: E501  (the HTML templates keep a saved page's long lines)

from __future__ import annotations

import datetime

from chrome import comments, consent, footer, nav, related, style, tracking
from kit import flat, json_script, paras, write


def page01_lavenir() -> None:
    """Drupal 10, infinite scroll: the next article is rendered in full below the first."""
    base = "https://www.lavenir.net"
    url = f"{base}/regions/namur/andenne/2026/11/18/passerelle-des-tanneurs-fermee-QX7KD2/"
    title = (
        "Andenne : la passerelle des Tanneurs fermée trois semaines, les piétons déviés par "
        "le pont de la Meuse"
    )
    chapo = (
        "Les câbles de la passerelle, posés en 1987, seront remplacés à partir du 23 novembre. "
        "Cyclistes et piétons devront faire un détour de 800 mètres."
    )
    p1 = [
        "Ceux qui traversent chaque matin la Meuse à pied pour rejoindre la gare d’Andenne "
        "devront s’armer de patience. La passerelle des Tanneurs sera fermée du lundi "
        "23 novembre au vendredi 11 décembre, le temps de remplacer ses douze haubans.",
        "L’ouvrage, long de 142 mètres, voit passer près de 1&nbsp;900 piétons et cyclistes "
        "par jour selon le dernier comptage communal. « Les câbles d’origine ne sont pas "
        "dangereux, mais l’inspection de l’été a montré une corrosion plus avancée que prévu "
        "sur deux d’entre eux », explique l’échevin des Travaux, Grégory Lambotte.",
    ]
    p2 = [
        "La commune avait inscrit le remplacement au budget dès 2019, mais le marché avait "
        "été attribué deux fois sans trouver d’entreprise capable de tenir les délais. C’est "
        "finalement une société liégeoise qui mènera le chantier, pour 618&nbsp;000 euros, "
        "dont 60&nbsp;% pris en charge par la Région wallonne.",
        "Pendant les travaux, les usagers seront déviés par le pont de la Meuse, soit un "
        "détour d’environ 800 mètres. Un trottoir provisoire de deux mètres sera aménagé "
        "côté aval et des feux réduiront la vitesse des voitures à 30 km/h.",
        "Les TEC renforceront aussi la ligne 42 entre Seilles et la gare aux heures de "
        "pointe, avec un bus toutes les quinze minutes au lieu de trente.",
        "Les riverains du quai des Tanneurs redoutent surtout le bruit des nuits de levage, "
        "prévues les 2 et 3 décembre. « On nous a promis un courrier, on l’attend toujours », "
        "souffle Martine Dubuisson, qui habite face à l’ouvrage depuis vingt ans. La commune "
        "assure que les riverains seront informés par écrit avant la fin de la semaine.",
    ]
    next_paras = [
        "Le conseil communal de Gesves a voté lundi soir une hausse de 4&nbsp;% de la "
        "redevance sur les déchets, la première depuis 2021.",
        "L’opposition a dénoncé une décision prise « sans aucune concertation avec les "
        "familles nombreuses », tandis que la majorité invoque la hausse des coûts du "
        "bureau économique de la province.",
        "La mesure entrera en vigueur au 1<sup>er</sup> janvier et rapportera environ "
        "95&nbsp;000 euros par an à la commune.",
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "articleSection": "Namur",
        "datePublished": "2026-11-18T06:30:00+01:00",
        "dateModified": "2026-11-18T11:02:00+01:00",
        "author": [{"@type": "Person", "name": "Céline Verhaegen"}],
        "publisher": {"@type": "Organization", "name": "L'Avenir"},
        "mainEntityOfPage": url,
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": n, "item": f"{base}/{s}"}
            for i, (n, s) in enumerate(
                [("Accueil", ""), ("Régions", "regions"), ("Namur", "regions/namur")]
            )
        ],
    }
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0095){url} -->
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} - L'Avenir</title>
<meta name="description" content="{chapo}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="L'Avenir">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:title" content="Andenne : la passerelle des Tanneurs fermée trois semaines">
<meta property="og:description" content="{chapo}">
<meta property="article:published_time" content="2026-11-18T06:30:00+01:00">
<meta property="article:modified_time" content="2026-11-18T11:02:00+01:00">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
{json_script(ld)}
{json_script(crumbs)}
{style(101, "av")}
<script src="/core/misc/drupal.js?v=10.2.4"></script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"/","currentPath":"node/482117","currentLanguage":"fr"}},"infiniteScroll":{{"next":"/node/482090"}}}}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
{consent("av", "L'Avenir")}
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header"><a class="site-logo" href="/"><img src="/themes/custom/avenir/logo.svg" alt="L'Avenir"></a>
{nav(102, "av", base, ["Actu", "Régions", "Sports", "Belgique", "Monde", "Culture", "Mon argent"])}
<a class="btn-subscribe" href="/abonnement">S’abonner</a></header>
<div class="sticky-article-bar" aria-hidden="true"><span class="sticky-article-bar__logo">L'Avenir</span><span class="sticky-article-bar__title">{title}</span><a class="sticky-article-bar__share" href="#">Partager</a></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="/">Accueil</a></li><li><a href="/regions">Régions</a></li><li><a href="/regions/namur">Namur</a></li></ol></nav>
<article data-history-node-id="482117" role="article" class="node node--type-article node--view-mode-full">
<div class="node__kicker">Andenne</div>
<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>
<div class="node__meta"><div class="field field--name-field-authors"><a href="/auteurs/celine-verhaegen">Céline Verhaegen</a></div>
<div class="node__dates">Publié le <time datetime="2026-11-18T06:30:00+01:00">18/11/2026 à 06:30</time> · Mis à jour le <time datetime="2026-11-18T11:02:00+01:00">18/11/2026 à 11:02</time></div></div>
<figure class="field field--name-field-main-image"><img src="/sites/default/files/styles/large/public/2026-11/passerelle.jpg" alt=""><figcaption>La passerelle des Tanneurs relie le centre à la gare depuis 1987. <span class="credit">© ÉdA – Jacques Duchêne</span></figcaption></figure>
<div class="clearfix text-formatted field field--name-field-chapo"><p>{chapo}</p></div>
<div class="clearfix text-formatted field field--name-body">
{paras(*p1)}
<aside class="read-also"><span class="read-also__label">Lire aussi</span><a href="/regions/namur/andenne/2026/10/02/pont-de-la-meuse">Andenne : le pont de la Meuse rouvert aux camions après deux mois</a></aside>
<h2>Un chantier attendu depuis 2019</h2>
{paras(*p2)}
</div>
<div class="node__tags"><a href="/tag/andenne">Andenne</a> <a href="/tag/mobilite">Mobilité</a> <a href="/tag/travaux">Travaux</a></div>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Copier le lien</a></div>
</article>
<div class="infinite-scroll__separator">Article suivant</div>
<article data-history-node-id="482090" role="article" class="node node--type-article node--view-mode-full is-next">
<div class="node__kicker">Gesves</div>
<h1 class="page-title"><span class="field field--name-title">Gesves : la redevance sur les déchets augmente de 4 % en 2027</span></h1>
<div class="node__meta"><div class="field field--name-field-authors"><a href="/auteurs/pierre-adam">Pierre Adam</a></div>
<div class="node__dates">Publié le <time datetime="2026-11-18T05:50:00+01:00">18/11/2026 à 05:50</time></div></div>
<div class="clearfix text-formatted field field--name-body">
{paras(*next_paras)}
</div></article>
{related(103, "av-related", base, "Dans la région")}
</main>
{footer(104, "av-footer", "L'Avenir", base)}
</div>
{tracking(105, ["didomi", "piano", "chartbeat"])}
</body></html>
"""
    write(
        "01_lavenir_drupal_infinite_scroll",
        page,
        {
            "title": title,
            "publication": "L'Avenir",
            "author": "Céline Verhaegen",
            "section": "Namur",
            "date": datetime.date(2026, 11, 18),
            "standfirst": chapo,
            "source_url": url,
            "subheads": ["Un chantier attendu depuis 2019"],
            "paragraphs": [flat(p) for p in p1 + p2],
            "notes": "Drupal 10 regional paper (Wallonia). Infinite scroll: the next article "
            "(Gesves) is rendered in full below the first and is not part of it. The headline "
            "is repeated in a sticky bar before the h1. field--name-field-chapo standfirst; "
            "'Lire aussi' aside inside the body; JSON-LD articleSection 'Namur' agrees with the "
            "breadcrumb, the kicker 'Andenne' loses; published 06:30, updated 11:02 the same day.",
        },
    )


def page02_acadienouvelle() -> None:
    """WordPress + Newspaper (tagDiv): a header byline and a collaboration credit at the end."""
    base = "https://www.acadienouvelle.com"
    url = f"{base}/actualites/2026/10/14/homard-saison-automne-prix-plancher/"
    title = "Homard : la saison d’automne s’ouvre avec un prix plancher de 7,25 $ la livre"
    body = [
        "Les quelque 300 pêcheurs de la zone 25 ont largué les amarres mercredi à l’aube, de "
        "Shippagan à Cap-Pelé, avec une certitude qu’ils n’avaient pas l’an dernier : les "
        "acheteurs leur paieront au moins 7,25 $ la livre pour leurs premières prises.",
        "Le prix plancher a été négocié pendant trois semaines entre l’Union des pêcheurs "
        "des Maritimes et six usines de transformation de la Péninsule acadienne et du "
        "sud-est. L’an dernier, le homard s’était vendu à 5,90 $ la livre au quai pendant "
        "les dix premiers jours, un prix que plusieurs capitaines jugeaient « impossible » "
        "avec le coût du diesel et des appâts.",
        "« Ce n’est pas un prix qui rend riche, mais c’est un prix qui permet de payer "
        "l’équipage sans s’endetter », résume Léonard Savoie, qui pêche depuis 31 ans au "
        "départ de Cap-Pelé avec son fils.",
        "Les usines, elles, misent sur une demande américaine plus forte que prévu. La "
        "directrice générale de l’Association des transformateurs du Nouveau-Brunswick, "
        "Nathalie Godin, évoque des commandes en hausse de 12 % pour le homard congelé en "
        "carapace, surtout vers Boston et New York.",
        "La météo pourrait toutefois compliquer les premières sorties. Environnement Canada "
        "prévoit des vents de 50 à 70 km/h jeudi dans le détroit de Northumberland, et la "
        "Garde côtière recommande aux petits bateaux de rester au quai.",
        "Au quai de Lamèque, où 84 bateaux sont inscrits cette saison, l’ambiance était "
        "néanmoins à la fête mercredi matin. Des familles entières étaient venues saluer le "
        "départ des équipages, comme le veut la tradition dans la région.",
        "La saison d’automne dans la zone 25 se terminera le 12 décembre.",
    ]
    correction = (
        "<em>Correctif : une version précédente de cet article indiquait que 48 bateaux "
        "étaient inscrits au quai de Lamèque. Il y en a 84. Nos excuses.</em>"
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "headline": title,
                "datePublished": "2026-10-14T17:45:00-03:00",
                "dateModified": "2026-10-15T09:10:00-03:00",
                "articleSection": ["Économie", "Actualités"],
                "keywords": "Homard, Pêche, Péninsule acadienne",
                "author": {"@type": "Person", "name": "Rémi Gallant"},
                "publisher": {"@id": f"{base}/#organization"},
            },
            {"@type": "Organization", "@id": f"{base}/#organization", "name": "Acadie Nouvelle"},
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{title} - Acadie Nouvelle"},
        ],
    }
    page = f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="fr-CA"> <!--<![endif]-->
<head>
<title>{title} - Acadie Nouvelle</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{base}/xmlrpc.php" />
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_CA" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Homard : un prix plancher de 7,25 $ pour l’ouverture" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Acadie Nouvelle" />
<meta property="article:section" content="Économie" />
<meta property="article:published_time" content="2026-10-14T20:45:00+00:00" />
<meta property="article:modified_time" content="2026-10-15T12:10:00+00:00" />
<meta name="author" content="Rémi Gallant" />
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
{style(201, "td")}
<script type="text/javascript">var tdBlocksArray = []; var tds_login_sing_in_widget="show"; var td_ajax_url="{base}/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.3";</script>
</head>
<body class="post-template-default single single-post postid-318224 single-format-standard td-standard-pack tdb-template">
{consent("td", "Acadie Nouvelle")}
<div class="td-scroll-up"></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap"><div class="td-header-template-wrap"><a class="td-main-logo" href="{base}/"><img src="{base}/wp-content/uploads/logo-an.png" alt="Acadie Nouvelle"></a>
<div class="td-header-date">Jeudi 15 octobre 2026</div>
{nav(202, "td-menu", base, ["Actualités", "Économie", "Sports", "Arts", "Opinions", "Nécrologie"])}</div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap">
<div class="tdb-block-inner td-fix-index"><div class="tdb-category tdb-entry-category"><a href="{base}/economie/">Économie</a></div></div>
<div class="tdb_title"><h1 class="tdb-title-text">{title}</h1></div>
<div class="tdb_single_author"><div class="tdb-author-name-wrap"><span class="tdb-author-by">Par</span> <a class="tdb-author-name" href="{base}/author/remi-gallant/">Rémi Gallant</a></div></div>
<div class="tdb_single_date"><time class="entry-date updated td-module-date" datetime="2026-10-14T17:45:00-03:00">14 octobre 2026</time></div>
<div class="tdb_single_featured_image"><img src="{base}/wp-content/uploads/2026/10/homard-lameque.jpg" alt=""><figcaption class="tdb-caption-text">Des casiers chargés au quai de Lamèque mercredi matin. - Acadie Nouvelle: Rémi Gallant</figcaption></div>
<div class="td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">
{paras(*body[:3])}
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Publicité -</span><div class="ad-slot" id="div-gpt-ad-inline"></div></div>
{paras(*body[3:])}
<p><em>Avec la collaboration de Josée Haché</em></p>
<p>{correction}</p>
</div></div>
<div class="tdb_single_tags"><ul class="tdb-tags"><li><span class="tdb-tags-title">Étiquettes:</span></li><li><a href="{base}/tag/homard/">Homard</a></li><li><a href="{base}/tag/peche/">Pêche</a></li><li><a href="{base}/tag/peninsule-acadienne/">Péninsule acadienne</a></li></ul></div>
<div class="td-post-sharing"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Courriel</a></div>
{related(203, "td-related", base, "Articles similaires")}
{comments(204, "td-comments", ["Gilles R.", "Claudette B.", "pecheur_25"], ["Enfin un prix qui a du bon sens pour les gars.", "On verra le prix dans trois semaines, c’est toujours là que ça baisse.", "Bonne saison à tous, soyez prudents jeudi."])}
</div></div>
{footer(205, "td-footer", "Acadie Nouvelle", base)}
</div>
{tracking(206, ["tdWeather", "gtag", "comscore"])}
</body></html>
"""
    write(
        "02_acadienouvelle_newspaper_two_bylines",
        page,
        {
            "title": title,
            "publication": "Acadie Nouvelle",
            "author": "Rémi Gallant et Josée Haché",
            "section": "Économie",
            "date": datetime.date(2026, 10, 14),
            "source_url": url,
            "paragraphs": [flat(p) for p in body] + [flat(correction)],
            "notes": "WordPress + Newspaper (tagDiv) in Acadia. Two bylines: 'Par Rémi Gallant' in "
            "the header and 'Avec la collaboration de Josée Haché' at the end of the text (both "
            "credited, the line itself is no paragraph). Correction note kept as the last "
            "paragraph (it is text the paper addresses to readers). Header date of the day "
            "(15 octobre) is not the publication; published 17:45 ADT = 20:45 UTC the same day. "
            "og:title differs from the h1; articleSection list; '- Publicité -' slot; tags; comments.",
        },
    )


def page03_lematin_live() -> None:
    """Next.js live ticker, newest first, with the whole article in __NEXT_DATA__."""
    base = "https://www.lematin.ch"
    url = f"{base}/story/tempete-ophelia-le-simplon-coupe-en-direct-771204558312"
    title = "Tempête Ophélia : la ligne du Simplon coupée, des milliers de voyageurs bloqués"
    lead = (
        "Des rafales jusqu’à 146 km/h ont balayé le Valais et le Chablais vaudois dans la nuit "
        "de vendredi à samedi. Suivez la situation en direct."
    )
    entries = [
        (
            "14 h 52",
            "Reprise partielle à Brigue",
            [
                "Les CFF annoncent une reprise du trafic entre Brigue et Domodossola à partir de "
                "16 heures, sur une seule voie. Les trains régionaux restent supprimés jusqu’à "
                "dimanche matin.",
            ],
        ),
        (
            "13 h 20",
            None,
            [
                "Un hélicoptère d’Air-Glaciers a évacué deux randonneurs bloqués près du col du "
                "Sanetsch. Ils sont légèrement hypothermiques mais sains et saufs, selon la police "
                "cantonale valaisanne.",
            ],
        ),
        (
            "12 h 35",
            "Cols fermés",
            [
                "Les routes du Grand-Saint-Bernard et de la Forclaz restent fermées à toute "
                "circulation jusqu’à nouvel avis. Le Service de la mobilité demande aux "
                "automobilistes d’éviter les déplacements non indispensables en montagne.",
            ],
        ),
        (
            "11 h 45",
            "Plus de 9000 foyers sans électricité",
            [
                "Le distributeur OIKEN indique que 9200 foyers étaient encore privés de courant à "
                "la mi-journée, principalement dans le val d’Hérens et autour de Sion.",
                "« Nos équipes travaillent sans interruption depuis 3 heures du matin, mais "
                "plusieurs lignes sont inaccessibles tant que les arbres n’ont pas été dégagés », "
                "précise un porte-parole.",
            ],
        ),
        (
            "09 h 10",
            "Des arbres sur la voie près de Saint-Maurice",
            [
                "Deux sapins sont tombés sur les voies entre Saint-Maurice et Martigny vers 5 "
                "heures. La ligne du Simplon est totalement interrompue et des bus de "
                "remplacement circulent entre Aigle et Sion, avec des retards importants.",
                "À la gare de Lausanne, plusieurs centaines de voyageurs attendaient samedi matin "
                "des informations sur les correspondances vers l’Italie.",
            ],
        ),
        (
            "07 h 30",
            "Alerte de degré 4 maintenue",
            [
                "MétéoSuisse maintient jusqu’à 18 heures son alerte de degré 4 sur 5 pour les "
                "vents dans les Alpes valaisannes. La station du Grand-Saint-Bernard a mesuré une "
                "pointe à 146 km/h peu après 2 heures, un record pour un mois de novembre.",
            ],
        ),
    ]
    ticker = []
    for time, head, texts in entries:
        h = f'<h3 class="LiveTicker_entryTitle__b3kQz">{head}</h3>' if head else ""
        ticker.append(
            f'<li class="LiveTicker_entry__Lp2xA"><div class="LiveTicker_time__q1Wbc">'
            f'<time datetime="2026-11-21T{time[:2]}:{time[-2:]}:00+01:00">{time}</time></div>'
            f'{h}<div class="LiveTicker_text__n0ZrA">{paras(*texts)}</div>'
            f'<div class="LiveTicker_share__yy2pD"><button>Partager</button></div></li>'
        )
    next_data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "771204558312",
                    "title": title,
                    "lead": lead,
                    "authors": [{"name": "Lucie Perroud"}, {"name": "Yannick Baud"}],
                    "agency": "ATS",
                    "ressort": "Suisse",
                    "published": "2026-11-21T06:58:00Z",
                    "ticker": [
                        {"time": t, "title": h, "paragraphs": [flat(x) for x in ps]}
                        for t, h, ps in entries
                    ],
                },
                "teasers": [
                    {"title": f"Article {i}", "url": f"{base}/story/{i}"} for i in range(40)
                ],
            }
        },
        "page": "/story/[slug]",
        "buildId": "kP9wL2xQ_mN4rT7vB1sYz",
        "isFallback": False,
        "locale": "fr-CH",
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": lead,
        "datePublished": "2026-11-21T06:58:00.000Z",
        "dateModified": "2026-11-21T13:52:00.000Z",
        "articleSection": "Suisse",
        "author": [
            {"@type": "Person", "name": "Lucie Perroud"},
            {"@type": "Person", "name": "Yannick Baud"},
        ],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Le Matin"},
        "isAccessibleForFree": True,
    }
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Tempête Ophélia en direct: la ligne du Simplon coupée | Le Matin</title>
<meta name="description" content="{lead}"/><link rel="canonical" href="{url}"/>
<meta property="og:type" content="article"/><meta property="og:site_name" content="Le Matin"/>
<meta property="og:title" content="Tempête Ophélia en direct: la ligne du Simplon coupée"/>
<meta property="og:url" content="{url}"/><meta property="og:description" content="{lead}"/>
<meta property="og:image" content="{base}/media/cdn/ophelia-simplon.jpg"/>
{json_script(ld)}
<link rel="preload" href="/_next/static/css/4a1f0c2e9b.css" as="style"/>
{style(301, "LiveTicker", 1100)}
<noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-1f3e6b0a9d.js" defer=""></script>
<script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>
<script src="/_next/static/chunks/pages/story/%5Bslug%5D-b9e0a3d4.js" defer=""></script>
</head><body><div id="__next">
{consent("Consent_banner__x8", "Le Matin")}
<header class="Header_header__Qm3v1"><a href="/" class="Header_logo__aZ0"><svg aria-label="Le Matin" viewBox="0 0 120 30"></svg></a>
{nav(302, "Header_menu", base, ["Suisse", "Monde", "Sports", "People", "Lifestyle", "Vidéo"])}</header>
<main class="Layout_main__tB7"><article class="Article_article__h6wPq">
<div class="Article_overline__Zs1"><span class="Badge_live__rT4">En direct</span> <a href="/suisse">Suisse</a></div>
<h1 class="Article_title__k2VnX">{title}</h1>
<p class="Article_lead__m9RwE">{lead}</p>
<div class="Article_byline__s8Dq"><span>Lucie Perroud</span>, <span>Yannick Baud</span>, <span>avec ATS</span></div>
<div class="Article_dates__p0"><time datetime="2026-11-21T06:58:00.000Z">Publié: 21.11.2026, 07h58</time> <time datetime="2026-11-21T13:52:00.000Z">Mis à jour: il y a 12 minutes</time></div>
<figure class="Article_image__vA2"><img src="{base}/media/cdn/ophelia-simplon.jpg" alt=""><figcaption>Un arbre couché sur la route du Grand-Saint-Bernard, samedi matin. <span>Photo: Keystone/Jean-Christophe Bott</span></figcaption></figure>
<div class="LiveTicker_refresh__e3"><button>Actualiser</button> Les dernières infos en haut</div>
<ol class="LiveTicker_list__c9Kvm">
{"".join(ticker)}
</ol>
<div class="Article_tags__d4"><a href="/tags/meteo">Météo</a><a href="/tags/valais">Valais</a><a href="/tags/cff">CFF</a></div>
</article>
{related(303, "Teaser_grid", base, "Plus d’articles")}
</main>
{footer(304, "Footer_footer", "Le Matin", base)}
</div>
{json_script(next_data, 'id="__NEXT_DATA__" type="application/json"')}
{tracking(305, ["tamedia_tracking", "wemf"])}
</body></html>
"""
    write(
        "03_lematin_nextjs_live_ats",
        page,
        {
            "title": title,
            "publication": "Le Matin",
            "author": "Lucie Perroud et Yannick Baud",
            "agency": "ATS",
            "section": "Suisse",
            "date": datetime.date(2026, 11, 21),
            "standfirst": lead,
            "source_url": url,
            "subheads": [h for _, h, _ in entries if h],
            "paragraphs": [flat(x) for _, _, ps in entries for x in ps],
            "notes": "Next.js live ticker (Romandy), newest first: times are not text, the h3 "
            "entry titles are subheads, one entry has no title. The whole ticker is repeated in "
            "__NEXT_DATA__ (not visible). Byline in three spans 'A, B, avec ATS'. <title> and "
            "og:title differ from the h1. JSON-LD in UTC (06:58Z = 07:58 local, same day). "
            "'Mis à jour: il y a 12 minutes' is no date.",
        },
    )


def page04_liberation_interview() -> None:
    """Arc XP interview, questions in bold, cut by the paywall; Fusion.globalContent."""
    base = "https://www.liberation.fr"
    url = (
        f"{base}/environnement/climat/marion-lescure-glaciologue-les-torrents-des-alpes-du-"
        "sud-nous-disent-ce-que-sera-lete-2040-20261109_KX3RT5WQ2ZB7NLMDP4Y6/"
    )
    title = (
        "Marion Lescure, glaciologue : «Les torrents des Alpes du Sud nous disent ce que "
        "sera l’été 2040»"
    )
    sub = (
        "Après un automne où le Drac et la Durance ont connu des étiages records, la "
        "chercheuse grenobloise explique pourquoi les petits glaciers des Écrins comptent "
        "plus qu’on ne le croit."
    )
    shown = [
        "Elle passe une partie de l’année sur le glacier Blanc, dans le massif des Écrins, "
        "où elle mesure depuis 2011 la fonte de la glace et le débit des torrents qui en "
        "descendent. Marion Lescure, glaciologue au CNRS à Grenoble, publie cette semaine avec "
        "son équipe une étude sur quarante-deux petits glaciers des Alpes du Sud.",
        "<strong>Votre étude conclut que les petits glaciers ont un rôle démesuré. "
        "Pourquoi&nbsp;?</strong>",
        "Parce qu’ils fondent au pire moment. En août, quand il ne pleut plus et que la neige "
        "a disparu, l’eau qui coule dans certains torrents des Hautes-Alpes vient pour moitié "
        "de glaciers de moins d’un kilomètre carré. Personne ne les regarde, parce qu’ils ne "
        "sont pas spectaculaires.",
        "<strong>Que se passe-t-il quand ils disparaissent&nbsp;?</strong>",
        "Il y a d’abord un pic. Un glacier qui fond vite donne beaucoup d’eau pendant "
        "quelques années, et on peut croire que tout va bien. Puis le débit s’effondre. Sur "
        "nos quarante-deux glaciers, vingt-neuf ont déjà passé ce pic. Cet automne, le Drac "
        "a atteint un niveau que les stations n’avaient jamais enregistré depuis 1958.",
        "<strong>Les agriculteurs et les communes sont-ils prêts&nbsp;?</strong>",
        "Certains le sont plus que d’autres. Dans le Champsaur, des éleveurs ont déjà revu "
        "leurs calendriers d’irrigation. Mais beaucoup de plans d’eau ont été dimensionnés "
        "avec des chiffres des années 1990, qui supposent un glacier qui ne change pas.",
        "<strong>Vous parlez d’un «été 2040». Qu’entendez-vous par là&nbsp;?</strong>",
        "C’est l’été où, selon nos modèles, la plupart de ces torrents n’auront plus aucun "
        "apport glaciaire en août. Ce n’est pas une date symbolique : c’est un horizon de "
        "quinze ans, c’est-à-dire celui",
    ]
    fusion = {
        "_id": "KX3RT5WQ2ZB7NLMDP4Y6",
        "type": "story",
        "headlines": {"basic": title, "web": "Glaciologue : «Les torrents annoncent l’été 2040»"},
        "subheadlines": {"basic": sub},
        "credits": {"by": [{"name": "Thomas Barrault", "type": "author"}]},
        "taxonomy": {"primary_section": {"name": "Climat", "_id": "/environnement/climat"}},
        "first_publish_date": "2026-11-09T15:40:12.881Z",
        "content_restrictions": {"content_code": "premium"},
        "content_elements": [{"type": "text", "content": p} for p in shown],
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Glaciologue : «Les torrents des Alpes du Sud annoncent l’été 2040»",
        "description": sub,
        "datePublished": "2026-11-09T16:40:12+01:00",
        "dateModified": "2026-11-10T08:05:44+01:00",
        "articleSection": "Environnement",
        "author": [{"@type": "Person", "name": "Thomas Barrault"}],
        "publisher": {"@type": "Organization", "name": "Libération"},
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".article-body-paywall",
        },
    }
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"/>
<title>Marion Lescure, glaciologue : «Les torrents des Alpes du Sud nous disent ce que sera l’été 2040» – Libération</title>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="canonical" href="{url}"/>
<meta name="description" content="{sub}"/>
<meta property="og:title" content="Glaciologue : «Les torrents annoncent l’été 2040»"/>
<meta property="og:type" content="article"/><meta property="og:url" content="{url}"/>
<meta property="og:site_name" content="Libération"/>
<meta property="article:published_time" content="2026-11-09T16:40:12+01:00"/>
<meta property="article:section" content="Climat"/>
<meta property="article:tag" content="Glaciers"/><meta property="article:tag" content="Eau"/>
{json_script(ld)}
{style(401, "lib", 1100)}
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="liberation";Fusion.deployment="1287";Fusion.globalContent={json_script(fusion, "x")[10:-9]};Fusion.contentCache={{}};</script>
<script src="/pf/dist/engine/react.js?d=1287" defer=""></script>
</head><body><div id="fusion-app" class="layout-article">
{consent("didomi", "Libération")}
<header class="header"><a href="/" class="logo"><img src="/pf/resources/images/logo-liberation.svg?d=1287" alt="Libération"></a>
{nav(402, "lib-menu", base, ["Politique", "International", "Économie", "Environnement", "Culture", "Idées"])}
<a class="header-subscribe" href="/abonnement/">S’abonner</a></header>
<main><article class="article-wrapper">
<div class="article-kicker"><a href="/environnement/">Environnement</a> / <a href="/environnement/climat/">Climat</a></div>
<div class="article-label">Interview</div>
<h1 class="article-headline">{title}</h1>
<h2 class="article-subheadline">{sub}</h2>
<div class="article-byline">par <a href="/auteur/thomas-barrault/">Thomas Barrault</a></div>
<div class="article-dates">publié le <time datetime="2026-11-09T16:40:12+01:00">9 novembre 2026 à 16h40</time> · mis à jour le 10 novembre 2026 à 8h05</div>
<figure class="article-lead-art"><img src="/resizer/glacier-blanc.jpg" alt=""><figcaption>Le glacier Blanc, dans le massif des Écrins, en septembre. (Jean-Marc Peyre/Hans Lucas)</figcaption></figure>
<div class="article-body-wrapper"><div class="article-body-paywall">
{paras(*shown, attrs='class="article-body-item"')}
</div>
<div class="paywall-box"><div class="paywall-box__fade"></div><p class="paywall-box__title">Cet article est réservé aux abonnés</p><p>Pour lire la suite, abonnez-vous à Libération : 1 € le premier mois, sans engagement.</p><a class="paywall-box__cta" href="/abonnement/">Je m’abonne</a><p>Déjà abonné ? <a href="/connexion/">Connectez-vous</a></p></div>
</div>
<div class="article-tags"><a href="/tags/glaciers/">Glaciers</a><a href="/tags/eau/">Eau</a><a href="/tags/alpes/">Alpes</a></div>
</article>
{related(403, "lib-related", base, "Dans la même rubrique")}
</main>
{footer(404, "lib-footer", "Libération", base)}
</div>
{tracking(405, ["piano", "atinternet", "didomiConfig"])}
</body></html>
"""
    write(
        "04_liberation_arcxp_interview_paywall",
        page,
        {
            "title": title,
            "publication": "Libération",
            "author": "Thomas Barrault",
            "section": "Environnement",
            "date": datetime.date(2026, 11, 9),
            "standfirst": sub,
            "source_url": url,
            "paragraphs": [flat(p) for p in shown],
            "incomplete": True,
            "notes": "Arc XP national site, interview: questions in <p><strong> are paragraphs. "
            "Paywall box cuts the last answer mid-sentence (incomplete; the expected text stops "
            "where the page does). Fusion.globalContent holds the same truncated text. JSON-LD "
            "headline and og:title differ from the h1; JSON-LD articleSection 'Environnement' "
            "wins over meta 'Climat'; h2 subheadline is the standfirst; 'Interview' label is no "
            "section; updated the next day.",
        },
    )
