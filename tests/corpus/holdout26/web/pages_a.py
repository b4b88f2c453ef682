# ruff: noqa: E501  (page templates keep the lines of the HTML they imitate)
"""Pages 01 (L'essentiel, Next.js live ticker) and 02 (L'Avenir, Drupal 10 interview)."""

from __future__ import annotations

import datetime

from kit import consent, css_blob, flat, json_script, menu, paras, related, teasers, write

BASE_01 = "https://www.lessentiel.lu"
URL_01 = f"{BASE_01}/fr/story/greve-des-bus-la-journee-en-direct-103928471"
ENTRIES_01 = [
    (
        "18:05",
        "Fin du mouvement annoncée pour mercredi",
        [
            "Le syndicat des chauffeurs a annoncé peu après 18 heures que le travail reprendrait "
            "mercredi dès 5 heures. L’accord de principe prévoit une prime d’ancienneté revue "
            "et deux jours de repos supplémentaires par an.",
            "«Ce n’est pas tout ce que nous demandions, mais c’est un vrai pas», a déclaré la "
            "déléguée Carla Meyers devant le dépôt de Bertrange.",
        ],
    ),
    (
        "15:20",
        "La ministre convoque les parties",
        [
            "La ministre de la Mobilité a convoqué syndicat et employeurs à 16 heures au "
            "ministère. La réunion doit durer deux heures au plus, selon son entourage.",
        ],
    ),
    (
        "12:47",
        "",
        [
            "À la gare routière du Centre, une cinquantaine de voyageurs attendaient toujours "
            "en fin de matinée. Plusieurs frontaliers venus de Thionville disent avoir partagé "
            "un taxi pour 45 euros. D’autres ont préféré rentrer chez eux.",
        ],
    ),
    (
        "10:10",
        "Les lignes touchées",
        [
            "Selon l’Administration des transports publics, 38 lignes régionales sur 112 ne "
            "circulaient pas mardi matin. Les bus de la capitale, le tram et les trains ne sont "
            "pas concernés par le mouvement.",
            "Les écoles ont été priées de ne pas sanctionner les retards des élèves, a précisé "
            "le ministère de l’Éducation dans un courrier envoyé aux directions.",
        ],
    ),
    (
        "06:30",
        "Les premiers dépôts à l’arrêt",
        [
            "Dès 4h30, des piquets de grève se sont installés devant les dépôts de Bertrange, "
            "Mersch et Differdange. Aucun bus n’en est sorti avant 6 heures.",
            "Les chauffeurs réclament une hausse de 6% des salaires et la fin des «services "
            "coupés», qui les obligent à travailler le matin et le soir avec une longue pause "
            "non payée entre les deux.",
        ],
    ),
]


def page_01() -> None:
    """L'essentiel (Luxembourg), Next.js live ticker with the story in __NEXT_DATA__."""
    entries_html = []
    for time, title, texts in ENTRIES_01:
        head = f'<h3 class="LiveEntry_title__k2P9d">{title}</h3>' if title else ""
        body = paras(*texts, attrs='class="Paragraph_text__3mQx1"')
        entries_html.append(
            f'<article class="LiveEntry_entry__Zq81a" id="entry-{time.replace(":", "")}">'
            f'<div class="LiveEntry_meta__Yb3"><time datetime="2026-11-24T{time}:00+01:00" '
            f'class="LiveEntry_time__a1">{time}</time></div>{head}{body}</article>'
        )
    standfirst = (
        "Les chauffeurs de trois sociétés de bus régionaux ont cessé le travail mardi à "
        "l’aube. Suivez avec nous l’évolution de la situation."
    )
    h1 = "Grève des bus: la journée en direct"
    next_data = {
        "props": {
            "pageProps": {
                "story": {
                    "id": 103928471,
                    "title": h1,
                    "lead": standfirst,
                    "authors": [{"name": "Tom Weiler"}, {"name": "Sophie Kieffer"}],
                    "ressort": "Luxembourg",
                    "published": "2026-11-24T06:30:00+01:00",
                    "updated": "2026-11-24T18:05:00+01:00",
                    "liveEntries": [
                        {
                            "time": t,
                            "title": h,
                            "elements": [{"type": "text", "html": x} for x in p],
                        }
                        for t, h, p in ENTRIES_01
                    ],
                },
                "related": teasers(101, 24, BASE_01 + "/fr/story", ["bus", "grève", "Luxembourg"]),
            }
        },
        "page": "/story/[slug]",
        "buildId": "u1YqvR0kXbq6_3TnH8aZ2",
        "isFallback": False,
        "gssp": True,
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": h1,
        "url": URL_01,
        "datePublished": "2026-11-24T06:30:00+01:00",
        "dateModified": "2026-11-24T18:05:00+01:00",
        "coverageStartTime": "2026-11-24T06:30:00+01:00",
        "articleSection": "Luxembourg",
        "author": [
            {"@type": "Person", "name": "Tom Weiler"},
            {"@type": "Person", "name": "Sophie Kieffer"},
        ],
        "publisher": {"@type": "NewsMediaOrganization", "name": "L'essentiel"},
    }
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Grève des bus: la journée en direct - L'essentiel</title>
<meta name="description" content="{standfirst}">
<meta property="og:title" content="EN DIRECT - Grève des bus au Luxembourg">
<meta property="og:type" content="article"><meta property="og:url" content="{URL_01}">
<meta property="og:site_name" content="L'essentiel">
<meta property="og:image" content="{BASE_01}/media/greve-bus-bertrange.jpg">
<meta property="article:published_time" content="2026-11-24T06:30:00+01:00">
<link rel="canonical" href="{URL_01}">
{json_script(ld)}
<link rel="preload" href="/_next/static/css/3f1a9c.css" as="style">
<style data-href="/_next/static/css/3f1a9c.css">{css_blob(11, "Story", 1100)}</style>
</head><body><div id="__next"><div class="Layout_root__x8">
{consent("L'essentiel", "didomi-popup")}
<header class="Header_header__pQ1"><a href="/fr" class="Header_logo__m2">L'essentiel</a>
<nav>{menu(12, "Nav_list", BASE_01 + "/fr", ["Luxembourg", "Frontaliers", "Monde", "Sport", "People", "Lifestyle"])}</nav>
<a class="Header_epaper__z" href="/fr/epaper">E-Paper</a></header>
<main class="Story_main__b7"><article class="Story_article__K3">
<div class="Story_kicker__r1"><span class="LiveBadge">Live</span> <a href="/fr/luxembourg">Luxembourg</a></div>
<h1 class="Story_title__Hj4">{h1}</h1>
<p class="Story_lead__p0">{standfirst}</p>
<div class="Story_authors__c5">Par <a href="/fr/auteur/tom-weiler">Tom Weiler</a> et
<a href="/fr/auteur/sophie-kieffer">Sophie Kieffer</a></div>
<div class="Story_dates__v2"><span>Publié: <time datetime="2026-11-24T06:30:00+01:00">24.11.2026, 06:30</time></span>
<span>Mis à jour: <time datetime="2026-11-24T18:05:00+01:00">24.11.2026, 18:05</time></span></div>
<figure class="Story_hero__m8"><img src="{BASE_01}/media/greve-bus-bertrange.jpg" alt="Dépôt de bus">
<figcaption>Le dépôt de Bertrange, mardi matin. <span class="credit">L'essentiel/Vincent Lescaut</span></figcaption></figure>
<div class="Live_ticker__Q1" aria-live="polite">
{"".join(entries_html)}
</div>
<div class="Story_share__e3"><button>Partager</button><button>Copier le lien</button></div>
</article>
<aside class="Related_box__s"><h2>Plus d'articles</h2>{related(13, BASE_01 + "/fr/story", "Related")}</aside>
</main>
<footer class="Footer_root__h"><p>© 2026 L'essentiel – Edita S.A.</p><a href="/fr/impressum">Impressum</a></footer>
</div></div>
{json_script(next_data, 'id="__NEXT_DATA__" type="application/json"')}
<script src="/_next/static/chunks/main-8a1f.js" defer></script>
</body></html>
"""
    write(
        "01_lessentiel_nextjs_live",
        page,
        {
            "title": h1,
            "publication": "L'essentiel",
            "author": "Tom Weiler et Sophie Kieffer",
            "section": "Luxembourg",
            "date": datetime.date(2026, 11, 24),
            "standfirst": standfirst,
            "source_url": URL_01,
            "subheads": [flat(t) for _, t, _ in ENTRIES_01 if t],
            "paragraphs": [flat(x) for _, _, texts in ENTRIES_01 for x in texts],
            "notes": "Next.js live ticker, newest first, with the story repeated in "
            "__NEXT_DATA__; timestamps in <time> are not text; one untitled entry; entry h3 "
            "are subheads; og:title differs from the h1; two authors; updated after published.",
        },
    )


BASE_02 = "https://www.lavenir.net"
URL_02 = f"{BASE_02}/regions/luxembourg/saint-hubert/2026/11/21/les-hivers-sans-neige-changent-la-foret-KQ7XZ2RB"
QA_02 = [
    "<strong>Vous travaillez dans ces bois depuis 1998. Qu’est-ce qui a changé?</strong>",
    "Tout va plus vite. Les épicéas plantés après la guerre meurent debout, attaqués par le "
    "scolyte après deux étés secs. Sur mon triage, nous avons dû abattre 140 hectares en "
    "quatre ans, c’est plus que durant toute ma carrière avant cela.",
    "<strong>Et l’hiver?</strong>",
    "C’est le plus frappant. Quand j’ai commencé, on comptait une quarantaine de jours de "
    "neige au sol sur le plateau. L’hiver passé, il y en a eu six. Sans gel durable, les "
    "chemins deviennent des bourbiers et les débardeurs ne peuvent plus sortir le bois sans "
    "abîmer les sols.",
    "<strong>Que plantez-vous à la place des épicéas?</strong>",
    "Nous mélangeons: chênes sessiles, douglas, un peu de hêtre là où l’ombre le permet, et "
    "des essais de cèdre sur deux parcelles. Une forêt mélangée résiste mieux, mais elle "
    "demande plus de travail. Il faut protéger chaque jeune plant du gibier, sinon les "
    "chevreuils mangent tout.",
    "<strong>Les promeneurs remarquent-ils ces changements?</strong>",
    "Ils voient surtout les coupes, et ils sont parfois fâchés. Je le comprends. Alors "
    "j’organise des balades le premier dimanche du mois pour expliquer ce que nous faisons. "
    "L’an dernier, plus de 600 personnes sont venues, dont beaucoup de familles.",
    "<strong>Êtes-vous inquiète pour la suite?</strong>",
    "Inquiète, oui, mais pas découragée. La forêt que je plante, je ne la verrai pas adulte. "
    "Ce sont mes petits-enfants qui diront si nous avons fait les bons choix.",
]


def page_02() -> None:
    """L'Avenir (Wallonia, Belgium), Drupal 10 interview with questions in <strong>."""
    h1 = "Marie-Pierre Delvaux: «Les hivers sans neige changent la forêt»"
    chapo = (
        "Garde forestière à Saint-Hubert depuis près de trente ans, Marie-Pierre Delvaux voit "
        "le massif ardennais se transformer sous ses yeux. Rencontre au cœur de son triage."
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": BASE_02},
            {"@type": "ListItem", "position": 2, "name": "Régions", "item": BASE_02 + "/regions"},
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Luxembourg",
                "item": BASE_02 + "/regions/luxembourg",
            },
            {
                "@type": "ListItem",
                "position": 4,
                "name": "Saint-Hubert",
                "item": BASE_02 + "/regions/luxembourg/saint-hubert",
            },
        ],
    }
    body = paras(*QA_02)
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Marie-Pierre Delvaux: «Les hivers sans neige changent la forêt» | L'Avenir</title>
<meta name="description" content="Garde forestière à Saint-Hubert, elle raconte trente ans de changements.">
<link rel="canonical" href="{URL_02}">
<meta property="og:site_name" content="L'Avenir"><meta property="og:type" content="article">
<meta property="og:url" content="{URL_02}">
<meta property="og:title" content="Trente ans dans les bois de Saint-Hubert: «Tout va plus vite»">
<meta property="article:published_time" content="2026-11-21T07:00:00+01:00">
<meta property="article:modified_time" content="2026-11-21T09:14:00+01:00">
{json_script(ld)}
<style media="all">{css_blob(21, "node", 1100)}</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","region":"luxembourg","premium":false}});</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
{consent("L'Avenir", "cmp-banner")}
<header role="banner" class="site-header"><a href="/" rel="home" class="site-logo">L'Avenir</a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="block-menu">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Navigation principale</h2>
{menu(22, "menu", BASE_02, ["Actu", "Régions", "Sports", "Mag", "Podcasts"], per=10)}</nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb">
<ol><li><a href="/">Accueil</a></li><li><a href="/regions">Régions</a></li>
<li><a href="/regions/luxembourg">Luxembourg</a></li><li><a href="/regions/luxembourg/saint-hubert">Saint-Hubert</a></li></ol></nav></div>
<article data-history-node-id="2231904" role="article" class="node node--type-article node--view-mode-full">
<div class="field field--name-field-label">Entretien</div>
<h1 class="page-title"><span class="field field--name-title">{h1}</span></h1>
<div class="node__meta"><div class="field field--name-field-author">Propos recueillis par <a href="/auteurs/julien-goffin">Julien Goffin</a></div>
<div class="node__dates"><time datetime="2026-11-21T07:00:00+01:00">Publié le 21/11/2026 à 07:00</time>
<time datetime="2026-11-21T09:14:00+01:00" class="updated">Mis à jour le 21/11/2026 à 09:14</time></div></div>
<div class="clearfix text-formatted field field--name-field-chapo field__item"><p>{chapo}</p></div>
<div class="field field--name-field-image"><figure><img src="/sites/default/files/styles/large/public/2026-11/delvaux.jpg" alt="Marie-Pierre Delvaux">
<figcaption>Marie-Pierre Delvaux dans une parcelle replantée en 2022. © EdA – Julien Goffin</figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{body}
</div>
<div class="field field--name-field-tags"><span class="field__label">Tags</span>
<a href="/tags/foret">Forêt</a> <a href="/tags/climat">Climat</a> <a href="/tags/saint-hubert">Saint-Hubert</a></div>
<div class="author-box"><img src="/sites/default/files/auteurs/goffin.jpg" alt=""><div class="author-box__text">
<a href="/auteurs/julien-goffin" class="author-box__name">Julien Goffin</a>
<p>Journaliste à la rédaction de Marche-en-Famenne, il suit l’actualité du centre de la province de Luxembourg depuis 2015.</p></div></div>
</article>
<section class="block-related"><h2>Dans la même rubrique</h2>{related(23, BASE_02 + "/regions/luxembourg", "teaser-list")}</section>
</main>
<footer role="contentinfo" class="site-footer"><p>© L'Avenir 2026 – Tous droits réservés</p>
<ul><li><a href="/contact">Contact</a></li><li><a href="/cgu">Conditions d'utilisation</a></li></ul></footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/2231904","currentLanguage":"fr"}},"ajaxTrustedUrl":[]}}</script>
<script src="/core/misc/drupal.js?v=10.3.6"></script>
</body></html>
"""
    write(
        "02_lavenir_drupal_interview",
        page,
        {
            "title": h1,
            "publication": "L'Avenir",
            "author": "Julien Goffin",
            "section": "Saint-Hubert",
            "date": datetime.date(2026, 11, 21),
            "standfirst": chapo,
            "source_url": URL_02,
            "paragraphs": [flat(x) for x in QA_02],
            "notes": "Drupal 10 interview, questions in <p><strong> (paragraphs); 'Propos "
            "recueillis par'; field--name-field-chapo; JSON-LD only a BreadcrumbList, whose last "
            "item is the section; kicker 'Entretien' is a label; og:title differs from the h1; "
            "tags and an author box with bio after the text; updated the same morning.",
        },
    )
