# ruff: noqa: E501 (HTML templates keep the long lines pages have)
"""Pages 01-04: L'essentiel (LU, Next.js live), L'Avenir (BE, Drupal 10 interview),
Le Nouvelliste (HT, WordPress Newspaper paywall), L'Express de Madagascar (MG, home-made)."""

from __future__ import annotations

import datetime

from kit import FILLER, css_blob, flat, json_script, menu, paras, related, teasers, tracking, write

CONSENT = (
    '<div id="didomi-host" class="didomi-popup"><div class="didomi-notice">'
    "<p>Nous et nos partenaires utilisons des cookies pour mesurer l’audience et "
    "personnaliser les contenus.</p><button>Accepter</button><button>Refuser</button>"
    '<a href="#">Paramétrer</a></div></div>'
)


def page01() -> None:
    """L'essentiel, Luxembourg: Next.js live blog, newest first, 00:20 local = UTC eve."""
    base = "https://www.lessentiel.lu/fr"
    url = f"{base}/story/intemperies-dans-le-nord-la-situation-en-direct-103987455"
    title = "Intempéries dans le nord: la situation heure par heure"
    lead = (
        "Des pluies continues depuis mercredi ont fait déborder la Sûre et la Wiltz. "
        "Suivez avec nous l’évolution de la situation."
    )
    entries = [
        (
            "11:05",
            "La N7 rouverte à la circulation",
            [
                "Les Ponts et Chaussées ont rouvert la N7 entre Ettelbruck et Diekirch peu après "
                "11 heures. Une seule voie reste praticable à hauteur de Gilsdorf, où la chaussée "
                "a été creusée par le courant.",
            ],
        ),
        (
            "10:20",
            "Des bus entre Ettelbruck et Clervaux",
            [
                "Les CFL ont mis en place des bus de remplacement entre Ettelbruck et Clervaux, "
                "où la voie est coupée près de Kautenbach. Il faut compter trente minutes de plus "
                "que d’habitude.",
            ],
        ),
        (
            "09:40",
            "Une école fermée à Wiltz",
            [
                "L’école fondamentale du quartier Weidingen restera fermée vendredi et lundi. "
                "La cave et la salle de sport ont été envahies par près de 60 centimètres d’eau.",
                "Les parents peuvent déposer leurs enfants à la maison relais de la rue Michel "
                "Rodange, qui accueille les élèves dès 7 h 30.",
            ],
        ),
        (
            "08:15",
            None,
            [
                "Le niveau de la Sûre baisse lentement à Diekirch: la station de mesure indiquait "
                "3,42 mètres à 8 heures, contre 3,71 mètres au plus fort de la nuit.",
            ],
        ),
        (
            "06:30",
            "Plus de 200 interventions cette nuit",
            [
                "Le CGDIS annonce 214 interventions entre minuit et 6 heures, surtout pour des "
                "caves inondées et des arbres tombés sur la chaussée. Aucun blessé n’est signalé.",
                "«Nos équipes ont travaillé sans interruption, avec le renfort de volontaires venus "
                "du sud du pays», a indiqué un porte-parole.",
            ],
        ),
        (
            "00:20",
            None,
            [
                "Bonsoir et bienvenue dans ce direct. Météolux a relevé l’alerte orange au rouge "
                "pour les cantons de Clervaux, Wiltz et Diekirch jusqu’à vendredi midi.",
                "Les autorités demandent aux habitants des zones basses de ne pas descendre dans "
                "leurs caves et de garer leur voiture en hauteur.",
            ],
        ),
    ]
    authors = ["Marc Schiltz", "Inês Carvalho"]
    body = []
    for stamp, head, texts in entries:
        h = f'<h3 class="LiveEntry_title__x1">{head}</h3>' if head else ""
        body.append(
            f'<article class="LiveEntry_entry__k2"><div class="LiveEntry_meta__a8">'
            f'<time datetime="2026-11-20T{stamp}:00+01:00">{stamp}</time></div>{h}'
            f'<div class="LiveEntry_text__q3">{paras(*texts)}</div>'
            '<div class="ShareBar_bar__z0"><button>Partager</button></div></article>'
        )
    paragraphs = [flat(t) for _, _, texts in entries for t in texts]
    next_data = {
        "props": {
            "pageProps": {
                "story": {
                    "id": 103987455,
                    "title": title,
                    "lead": lead,
                    "authors": [{"name": a} for a in authors],
                    "published": "2026-11-19T23:20:00Z",
                    "updated": "2026-11-20T10:05:00Z",
                    "elements": [
                        {"type": "liveentry", "time": s, "title": h, "text": t}
                        for s, h, t in entries
                    ],
                },
                "related": teasers(101, 24, base, FILLER),
            }
        },
        "page": "/story/[slug]",
        "buildId": "k3Lw9qPz_x7",
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "datePublished": "2026-11-19T23:20:00Z",
        "dateModified": "2026-11-20T10:05:00Z",
        "coverageStartTime": "2026-11-19T23:20:00Z",
        "author": [{"@type": "Person", "name": a} for a in authors],
        "publisher": {"@type": "Organization", "name": "L'essentiel"},
        "articleSection": "Luxembourg",
        "mainEntityOfPage": url,
    }
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{title} - L'essentiel</title>
<meta name="description" content="{lead}">
<link rel="canonical" href="{url}">
<meta property="og:title" content="EN DIRECT – Crues: la Sûre et la Wiltz débordent">
<meta property="og:url" content="{url}"><meta property="og:type" content="article">
<meta property="og:site_name" content="L'essentiel">
<meta property="article:published_time" content="2026-11-19T23:20:00Z">
<meta property="article:modified_time" content="2026-11-20T10:05:00Z">
<style>{css_blob(11, "css-1x", 700)}</style>
{json_script(ld)}
{tracking("LESS01")}
</head><body><div id="__next">
{CONSENT}
<header class="Header_header__p1"><a href="{base}" class="Header_logo__a1">L'essentiel</a>
<nav>{menu(12, "Nav_list", base, ["Luxembourg", "Frontaliers", "Monde", "Sport", "People"])}</nav>
</header>
<main><article class="Story_story__w2">
<div class="Story_kicker__d3">En direct</div>
<h1 class="Story_title__h8">{title}</h1>
<p class="Story_lead__l1">{lead}</p>
<div class="Story_byline__b2">Par <a href="{base}/autor/marc-schiltz">Marc Schiltz</a> et
<a href="{base}/autor/ines-carvalho">Inês Carvalho</a></div>
<div class="Story_dates__t4"><time datetime="2026-11-20T00:20:00+01:00">20.11.2026, 00:20</time>
· Mis à jour: 20.11.2026, 11:05</div>
<figure><img src="{base}/media/crue-wiltz.jpg" alt=""><figcaption>La Wiltz est sortie de son
lit dans la nuit de jeudi à vendredi. <span>Photo: L'essentiel/Inês Carvalho</span></figcaption>
</figure>
<div class="LiveTicker_list__r5">
{"".join(body)}
</div>
</article>
<aside><h2>Sur le même sujet</h2>{related(13, base, "Teaser_list")}</aside>
</main>
<footer><p>© 2026 L'essentiel – Edita S.A.</p><a href="{base}/impressum">Impressum</a></footer>
</div>
{json_script(next_data, 'id="__NEXT_DATA__" type="application/json"')}
<script src="/_next/static/chunks/webpack-4b1f.js" defer></script>
</body></html>"""
    write(
        "01_lessentiel_nextjs_live_utc",
        page,
        {
            "title": title,
            "publication": "L'essentiel",
            "author": "Marc Schiltz et Inês Carvalho",
            "section": "Luxembourg",
            "date": datetime.date(2026, 11, 20),
            "standfirst": lead,
            "source_url": url,
            "subheads": [h for _, h, _ in entries if h],
            "paragraphs": paragraphs,
            "notes": "Next.js live blog, newest first; timestamps are not text; entry h3 are "
            "subheads, two entries untitled; opened 00:20 Luxembourg time, JSON-LD and meta in UTC "
            "on the previous day (date is the local 20 November); og:title differs from the h1; "
            "two authors as two links; the whole ticker again in __NEXT_DATA__.",
        },
    )


def page02() -> None:
    """L'Avenir, Wallonia: Drupal 10 interview, questions in <p><strong>."""
    base = "https://www.lavenir.net"
    url = f"{base}/regions/namur/2026/11/17/les-vergers-ne-sont-pas-un-decor-ABCD1234/"
    title = "«Un verger, ce n’est pas un décor»: à Gembloux, une coopérative replante 4 000 arbres"
    chapo = (
        "Fondée il y a trois ans, la coopérative Les Hautes Tiges compte aujourd’hui 640 "
        "coopérateurs. Son fondateur, Cédric Lambotte, explique pourquoi il mise sur les "
        "variétés anciennes."
    )
    qa = [
        "<strong>Cédric Lambotte, pourquoi replanter des vergers à haute tige en 2026 ?</strong>",
        "Parce qu’on les a arrachés pendant cinquante ans. Dans la région, on estime qu’il "
        "reste moins d’un cinquième des arbres qui existaient en 1970. Un verger haute tige "
        "abrite des chouettes, des abeilles sauvages, et il donne des fruits pendant un siècle.",
        "<strong>Qui sont vos coopérateurs ?</strong>",
        "Des familles, surtout, mais aussi une vingtaine d’agriculteurs qui nous prêtent des "
        "bords de prairie. La part coûte 150 euros. Avec ce capital, nous avons acheté les "
        "plants, les tuteurs et une presse mobile.",
        "<strong>Vous parlez d’arbres, mais vous vendez du jus.</strong>",
        "Oui, et c’est assumé. Un verger doit être rentable, sinon il finit en terrain à bâtir. "
        "L’an dernier, nous avons pressé 38 tonnes de pommes et de poires. Le jus est vendu "
        "dans onze épiceries de la province.",
        "<strong>Quelles variétés plantez-vous ?</strong>",
        "La Reinette de Blenheim, la Belle-Fleur double, la Durondeau pour les poires. Ce sont "
        "des arbres rustiques, qui supportent les hivers humides de Hesbaye et n’ont presque "
        "pas besoin de traitements.",
        "<strong>Combien coûte un arbre planté ?</strong>",
        "Environ 90 euros, avec le tuteur, la protection contre le bétail et la taille des "
        "cinq premières années. C’est beaucoup, mais un poirier bien conduit produira encore "
        "quand nos petits-enfants seront grands-parents.",
        "<strong>Et la suite ?</strong>",
        "Nous plantons 4 000 arbres cet hiver, à Gembloux, Sombreffe et Éghezée. Les "
        "plantations collectives ont lieu le samedi matin et tout le monde est le bienvenu, "
        "même sans être coopérateur.",
    ]
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": url, "url": url, "name": title},
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Régions",
                        "item": f"{base}/regions",
                    },
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "Namur",
                        "item": f"{base}/regions/namur",
                    },
                ],
            },
        ],
    }
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>«Un verger, ce n’est pas un décor»: à Gembloux, une coopérative replante 4 000 arbres | L'Avenir</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{chapo}">
<meta property="og:site_name" content="L'Avenir"><meta property="og:type" content="article">
<meta property="og:url" content="{url}"><meta property="og:title" content="{title}">
<meta property="article:section" content="Namur">
<meta property="article:published_time" content="2026-11-17T05:30:00+01:00">
<meta property="article:modified_time" content="2026-11-18T09:12:00+01:00">
<link rel="stylesheet" href="/sites/default/files/css/css_Xq3.css">
<style>{css_blob(21, "lav", 600)}</style>
{json_script(ld)}
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/1185432"}},"ajaxPageState":{{"theme":"lavenir"}}}}</script>
{tracking("LAV02")}
</head><body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
{CONSENT}
<div class="dialog-off-canvas-main-canvas">
<header role="banner"><div class="site-logo"><a href="/">L'Avenir</a></div>
<nav>{menu(22, "menu", base, ["Actu", "Régions", "Sports", "Économie", "Culture"])}</nav></header>
<nav class="breadcrumb"><ol><li><a href="/">Accueil</a></li><li><a href="/regions">Régions</a></li>
<li><a href="/regions/namur">Namur</a></li></ol></nav>
<main id="main-content"><article class="node node--type-article node--view-mode-full">
<div class="field field--name-field-label">Entretien</div>
<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>
<div class="node__meta"><span class="field--name-field-author">Propos recueillis par
<a href="/auteurs/julie-marechal">Julie Maréchal</a></span>
<span>Publié le <time datetime="2026-11-17T05:30:00+01:00">17/11/2026 à 05:30</time></span>
<span>Mis à jour le <time datetime="2026-11-18T09:12:00+01:00">18/11/2026 à 09:12</time></span></div>
<div class="field field--name-field-chapo"><p>{chapo}</p></div>
<figure class="field--name-field-image"><img src="/sites/default/files/styles/large/verger.jpg" alt="">
<figcaption>Cédric Lambotte dans le verger de Lonzée, planté l’an dernier. © EdA – Julie Maréchal</figcaption></figure>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
{paras(*qa)}
</div>
<div class="field field--name-field-tags"><span>Tags</span><ul><li><a href="/tags/gembloux">Gembloux</a></li>
<li><a href="/tags/agriculture">Agriculture</a></li><li><a href="/tags/cooperative">Coopérative</a></li></ul></div>
<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a></div>
</article>
<section class="related"><h2>À lire aussi</h2>{related(23, base, "teaser")}</section>
</main>
<footer role="contentinfo"><p>© L'Avenir 2026 – Éditions de l'Avenir</p></footer>
</div>
<script src="/core/misc/drupal.js?v=10.3.6"></script>
</body></html>"""
    write(
        "02_lavenir_drupal_interview_updated",
        page,
        {
            "title": title,
            "publication": "L'Avenir",
            "author": "Julie Maréchal",
            "section": "Namur",
            "date": datetime.date(2026, 11, 17),
            "standfirst": flat(chapo),
            "source_url": url,
            "paragraphs": [flat(p) for p in qa],
            "notes": "Drupal 10 interview, questions in <p><strong> are paragraphs; 'Propos "
            "recueillis par'; field--name-field-chapo; JSON-LD only WebPage and BreadcrumbList; "
            "article:section; published 17/11, updated 18/11; label 'Entretien' is no section; "
            "photo credit in the caption; tags.",
        },
    )


def page03() -> None:
    """Le Nouvelliste, Haïti: WordPress Newspaper theme, paywall after four paragraphs."""
    base = "https://lenouvelliste.com"
    url = f"{base}/article/251877/a-carrefour-les-kiosques-deau-ferment-faute-de-gazoil"
    title = "À Carrefour, les kiosques d’eau ferment faute de gazoil"
    texts = [
        "Depuis une semaine, les files d’attente s’allongent devant les rares kiosques encore "
        "ouverts à Carrefour. Sur les vingt-trois points de vente d’eau traitée que compte la "
        "commune, quatorze ont fermé, faute de carburant pour faire tourner les pompes.",
        "« Je fais la queue depuis cinq heures du matin pour deux seaux », raconte Yolène "
        "Saint-Fort, mère de quatre enfants, rencontrée mardi à Mariani. Le seau de cinq "
        "gallons, vendu 25 gourdes en octobre, se négocie désormais à 60 gourdes chez les "
        "revendeurs ambulants.",
        "Les gérants des kiosques expliquent que le gallon de gazoil a presque doublé sur le "
        "marché informel depuis la fermeture de la route nationale numéro 2. « Avec ce prix, "
        "chaque journée d’ouverture me fait perdre de l’argent », affirme Jean-Robert Milord, "
        "qui exploite deux kiosques à Waney.",
        "À la mairie, on assure qu’un plan d’urgence est à l’étude avec deux organisations "
        "non gouvernementales. Il prévoit l’installation de panneaux solaires sur six "
        "kiosques avant la fin de l’année, pour un coût estimé à 18 millions de gourdes.",
        "Dans les quartiers de Thor et de Mahotière, des habitants se sont organisés pour "
        "acheter du carburant en commun et le confier à un gérant de kiosque. « Chacun met "
        "cent gourdes, et le kiosque ouvre deux heures le soir », explique un animateur de "
        "comité de quartier.",
        "Mais pour les habitants des hauteurs de Carrefour, la question est plus ancienne. Le "
        "réseau public n’alimente plus les quartiers de Diègue et de Bizoton depuis 2021, et",
    ]
    shown = [*texts[:5], texts[5] + " […]"]
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": title,
                "datePublished": "2026-11-18T08:40:00-05:00",
                "dateModified": "2026-11-18T08:40:00-05:00",
                "author": {"@type": "Person", "name": "Mirlande Dorvilier"},
                "publisher": {"@type": "Organization", "name": "Le Nouvelliste"},
                "articleSection": ["Actualités", "Société"],
                "isAccessibleForFree": False,
                "hasPart": {
                    "@type": "WebPageElement",
                    "isAccessibleForFree": False,
                    "cssSelector": ".ln-locked",
                },
            },
            {"@type": "WebSite", "name": "Le Nouvelliste", "url": base},
        ],
    }
    page = f"""<!doctype html>
<html lang="fr-FR"><head><meta charset="UTF-8">
<title>{title} - Le Nouvelliste</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR"><meta property="og:type" content="article">
<meta property="og:title" content="{title}"><meta property="og:url" content="{url}">
<meta property="og:site_name" content="Le Nouvelliste">
<meta property="article:published_time" content="2026-11-18T13:40:00+00:00">
<style id="td-theme-options">{css_blob(31, "td", 800)}</style>
{json_script(ld, 'type="application/ld+json" class="yoast-schema-graph"')}
{tracking("LNHT03")}
</head><body class="post-template-default single single-post td-standard-pack">
<div class="td-scroll-up"></div>
<div class="td-header-wrap"><div class="td-header-top-menu">
<span class="td_data_time">Mercredi 18 novembre 2026</span></div>
<div class="td-header-sp-logo"><a href="{base}"><img src="/logo.png" alt="Le Nouvelliste"></a></div>
<div class="td-header-menu-wrap">{menu(32, "sf-menu", base, ["Actualités", "Économie", "Culture", "Sports", "Opinion"])}</div></div>
<div class="td-main-content-wrap"><div class="td-container">
<div class="entry-crumbs"><span><a href="{base}">Accueil</a></span> <i class="td-icon-right"></i>
<span><a href="{base}/actualites">Actualités</a></span></div>
<article class="post type-post status-publish">
<div class="td-post-header"><ul class="td-category"><li><a href="{base}/societe">Société</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{title}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">Par
<a href="{base}/auteur/mdorvilier">Mirlande Dorvilier</a></div>
<span class="td-post-date"><time class="entry-date" datetime="2026-11-18T08:40:00-05:00">18 novembre 2026</time></span>
<div class="td-post-views"><span>1 482</span></div></div></header></div>
<div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2026/11/kiosque.jpg" alt="">
<figcaption class="wp-caption-text">Un kiosque fermé à Mariani, mardi. Photo : Valérie Baeriswyl / Le Nouvelliste</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
<div class="paywall-content">
{paras(*shown)}
</div>
<div class="ln-paywall"><h3>Cet article est réservé aux abonnés</h3>
<p>Abonnez-vous pour lire la suite et soutenir le journalisme haïtien indépendant.</p>
<a class="btn" href="{base}/abonnement">Je m’abonne</a> <a href="{base}/connexion">Se connecter</a></div>
</div>
<div class="td-post-sharing"><a href="#">Partager</a></div>
</article>
<div class="td_block_related_posts"><h4>Articles similaires</h4>{related(33, base, "td-related")}</div>
</div></div>
<div class="td-footer-wrapper"><p>© 2026 Le Nouvelliste. Tous droits réservés.</p></div>
<script src="/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6"></script>
</body></html>"""
    write(
        "03_lenouvelliste_wordpress_paywall",
        page,
        {
            "title": title,
            "publication": "Le Nouvelliste",
            "author": "Mirlande Dorvilier",
            "section": "Actualités",
            "date": datetime.date(2026, 11, 18),
            "source_url": url,
            "paragraphs": [flat(p) for p in shown],
            "incomplete": True,
            "notes": "WordPress Newspaper (tagDiv) page; paywall box after the sixth paragraph, "
            "which the page cuts mid-sentence with ' […]' (kept as printed); isAccessibleForFree "
            "false; articleSection list (first item) against the category label 'Société'; "
            "header date of the day; Yoast @graph; photo credit in the caption.",
        },
    )


def page04() -> None:
    """L'Express de Madagascar: home-made PHP tables, <br /><br /> text, windows-1252."""
    base = "https://lexpress.mg"
    url = f"{base}/19/11/2026/vanille-les-collecteurs-de-sambava-boudent-le-prix-plancher/"
    title = "Vanille – Les collecteurs de Sambava boudent le prix plancher"
    segs = [
        "La campagne de commercialisation de la vanille verte s’est ouverte mardi dans la "
        "région Sava, mais les marchés de Sambava et d’Andapa sont restés presque vides. Les "
        "collecteurs refusent d’acheter au prix plancher fixé par l’État à 75 000 ariary le "
        "kilo.",
        "« À ce prix, nous ne pouvons pas revendre aux exportateurs sans perte », explique "
        "Rivo Randrianarisoa, collecteur à Antsirabe Nord depuis douze ans. Selon lui, les "
        "acheteurs étrangers proposent moins qu’en 2025 et les stocks de l’an dernier ne sont "
        "pas écoulés.",
        "Mercredi, seuls trois collecteurs avaient ouvert leur magasin au marché d’Andapa. "
        "Les planteurs venus à pied des villages voisins sont repartis avec leurs sacs de "
        "gousses vertes.",
        "<strong>Des planteurs inquiets</strong>",
        "Du côté des planteurs, l’inquiétude grandit. Beaucoup ont emprunté pour payer les "
        "gardiens qui surveillent les lianes contre les vols. « Si personne n’achète d’ici la "
        "fin du mois, la vanille va pourrir sur pied », prévient Jeannette Razafy, présidente "
        "d’une association de 180 producteurs à Bemanevika.",
        "Le ministère du Commerce rappelle que la vente en dessous du prix plancher est "
        "interdite et que des contrôles seront menés sur les principaux axes. Il annonce aussi "
        "une réunion avec les exportateurs agréés, lundi prochain à Antananarivo.",
        "Pour les opérateurs, la solution passe par un assouplissement. « Un prix minimum, "
        "oui, mais qui suive le marché mondial », plaide un exportateur de Vohémar qui a "
        "requis l’anonymat. La filière emploie, selon les chiffres officiels, plus de 80 000 "
        "familles dans la Sava.",
    ]
    text = "<br />\n<br />\n".join(segs)
    most_read = "".join(
        f'<a href="{t["url"]}">{t["title"]}</a><br /><span class="date_petite">{t["date"]}'
        "</span><br /><br />"
        for t in teasers(41, 40, base, FILLER)
    )
    archives = "".join(
        f'<tr><td><img src="{t["image"]}" width="60"></td><td><a href="{t["url"]}">'
        f"{t['title']}</a></td></tr>"
        for t in teasers(42, 60, base, FILLER)
    )
    page = f"""<!-- saved from url=(0093){url} -->
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>L'Express de Madagascar - Vanille – Les collecteurs de Sambava boudent le prix plancher</title>
<meta name="keywords" content="vanille, Sambava, Sava, prix plancher">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/images/vanille-sambava.jpg">
<link rel="stylesheet" href="/css/style.css" type="text/css">
<style type="text/css">{css_blob(43, "lx", 250)}</style>
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-1823344-1']);_gaq.push(['_trackPageview']);</script>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><a href="{base}"><img src="/images/logo.gif" alt="L'Express de Madagascar" border="0"></a>
<span class="date_jour">Vendredi 20 novembre 2026</span></td></tr>
<tr><td colspan="2" class="menu"><a href="/actualites">Actualités</a> | <a href="/economie">Économie</a> |
<a href="/politique">Politique</a> | <a href="/societe">Société</a> | <a href="/sport">Sport</a> | <a href="/regions">Régions</a></td></tr>
<tr><td width="660" valign="top">
<table width="100%" cellpadding="6"><tr><td>
<span class="rubrique">Économie</span><br />
<span class="titre_article">{title}</span><br />
<span class="date_article">Publié le jeudi 19 novembre 2026</span>
</td></tr>
<tr><td><img src="/images/vanille-sambava.jpg" width="640" alt=""><br />
<span class="legende">Les marchés de vanille verte sont restés calmes à Sambava. (Photo d'archives)</span></td></tr>
<tr><td class="texte">
{text}<br />
<br />
<b>Hery Andrianjafy</b>
</td></tr>
<tr><td class="partage"><a href="#">Facebook</a> | <a href="#">Imprimer</a> | <a href="#">Envoyer</a></td></tr>
<tr><td><b>Commentaires</b><br />
<div class="comment"><b>Fanja R.</b> le 19/11/2026 à 10:32<br />Toujours les mêmes problèmes chaque année.</div>
<div class="comment"><b>zo_sava</b> le 19/11/2026 à 12:05<br />Les petits planteurs paient toujours.</div>
</td></tr></table>
</td><td width="320" valign="top" class="colonne">
<b>Les plus lus</b><br />{most_read}
<b>Archives</b><br /><table>{archives}</table>
</td></tr>
<tr><td colspan="2" class="pied">© L'Express de Madagascar 2026 – Tous droits réservés</td></tr>
</table></body></html>"""
    write(
        "04_lexpressmada_homemade_br_cp1252",
        page,
        {
            "title": title,
            "publication": "L'Express de Madagascar",
            "author": "Hery Andrianjafy",
            "section": "Économie",
            "date": datetime.date(2026, 11, 19),
            "source_url": url,
            "subheads": ["Des planteurs inquiets"],
            "paragraphs": [flat(s) for i, s in enumerate(segs) if i != 3],
            "notes": "Home-made PHP table layout; windows-1252 bytes declared ISO-8859-1 (no "
            "warning); text in one td split by <br /><br />, a <strong> line as subhead; headline "
            "in a span, no h1; no JSON-LD, no canonical (og:url); signature in <b> after the text; "
            "header date of the day (20 November) is not the publication date; comments.",
        },
        encoding="windows-1252",
    )
