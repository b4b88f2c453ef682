# ruff: noqa: E501  (the page templates keep the long lines real saved pages have)
"""Pages 01-04 of holdout31/web: Luxembourg (Next.js live), Monaco (Arc XP paywall), Haïti
(WordPress Newspaper interview), Madagascar (home-made PHP, <br> text)."""

from __future__ import annotations

import datetime
import json

from kit import css_blob, flat, json_script, menu, paras, related, teasers, write

CONSENT = (
    '<div id="consent" class="cmp-banner" role="dialog"><p>Nous utilisons des cookies pour '
    "mesurer l’audience et personnaliser les publicités.</p><button>Accepter</button>"
    "<button>Paramétrer</button></div>"
)


def page_01_lessentiel_nextjs_live() -> None:
    """L'essentiel (LU), Next.js: live ticker with times, entry titles as subheads."""
    base = "https://www.lessentiel.lu"
    url = f"{base}/fr/story/greve-des-bus-rgtr-suivez-la-journee-en-direct-103842117"
    entries = [
        (
            "17h40",
            "Fin de la grève annoncée pour 20 heures",
            [
                "Les syndicats ont confirmé que le mouvement prendra fin à 20 heures. Le service "
                "normal reprendra dès jeudi matin sur l’ensemble des lignes RGTR.",
            ],
        ),
        (
            "15h05",
            None,
            [
                "Au Kirchberg, une vingtaine de navettes de remplacement ont été affrétées par "
                "l’État. Elles partent toutes les quinze minutes depuis l’arrêt Coque.",
                "La ministre de la Mobilité, Sandrine Weyland, a promis une réunion de "
                "conciliation «avant la fin de la semaine».",
            ],
        ),
        (
            "11h20",
            "Les frontaliers sur les routes",
            [
                "Le trafic est saturé sur l’A3 depuis la frontière française: il faut compter "
                "une heure et quart entre Dudelange et la Cloche d’Or, selon le CITA.",
                "Côté belge, la situation est plus calme, mais les parkings relais d’Arlon "
                "affichaient complet dès 7h30.",
            ],
        ),
        (
            "08h45",
            "Un bus sur trois circule",
            [
                "D’après les chiffres du Verkéiersverbond, environ un tiers des bus régionaux "
                "assurent leur service ce matin. Le tram et les trains CFL ne sont pas touchés "
                "par le mouvement.",
                "Aux arrêts de la gare centrale, des agents distribuent des fiches horaires "
                "provisoires. Plusieurs entreprises du Ban de Gasperich ont autorisé le "
                "télétravail pour la journée.",
                "Les chauffeurs grévistes réclament une revalorisation de 6% et l’embauche de "
                "120 conducteurs supplémentaires d’ici l’été prochain.",
            ],
        ),
    ]
    intro = [
        "Les chauffeurs de plusieurs sociétés sous-traitantes du réseau RGTR ont cessé le "
        "travail ce mercredi à l’aube. Des milliers d’usagers, dont de nombreux frontaliers, "
        "ont dû trouver d’autres solutions pour rejoindre leur poste.",
        "Nous faisons le point au fil de la journée sur la circulation, les solutions de "
        "remplacement et les négociations en cours.",
    ]
    body = paras(*intro, attrs='class="Article_text__p"')
    for stamp, title, texts in entries:
        head = f'<h2 class="LiveEntry_title">{title}</h2>' if title else ""
        body += (
            f'<div class="LiveEntry_root"><time class="LiveEntry_time" '
            f'datetime="2026-11-18T{stamp.replace("h", ":")}:00+01:00">{stamp}</time>{head}'
            + paras(*texts, attrs='class="LiveEntry_p"')
            + "</div>"
        )
    h1 = "Grève des bus RGTR: suivez la journée en direct"
    next_data = {
        "props": {
            "pageProps": {
                "story": {
                    "id": 103842117,
                    "title": h1,
                    "lead": "Le point sur la grève au fil des heures",
                    "authors": [{"name": "Marc Weis"}, {"name": "Julie Hoffmann"}],
                    "published": "2026-11-18T07:02:00+01:00",
                    "updated": "2026-11-18T17:41:00+01:00",
                    "elements": [{"type": "text", "html": p} for p in intro],
                    "related": teasers(101, 12, base + "/fr/story", ["bus", "grève"] * 3),
                }
            }
        },
        "page": "/story/[slug]",
        "buildId": "k3Zp9x-lu",
    }
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Grève des bus RGTR: suivez la journée en direct - L'essentiel</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Grève dans les bus régionaux: le point en direct.">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="L'essentiel">
<meta property="og:type" content="article">
<meta property="og:title" content="EN DIRECT - Grève des bus RGTR au Luxembourg">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-11-18T07:02:00+01:00">
<meta property="article:modified_time" content="2026-11-18T17:41:00+01:00">
<meta property="article:section" content="Luxembourg">
<link rel="preload" href="/_next/static/css/a81f.css" as="style">
<style>{css_blob(11, "css", 300)}</style>
{
        json_script(
            {
                "@context": "https://schema.org",
                "@type": "LiveBlogPosting",
                "headline": h1,
                "datePublished": "2026-11-18T07:02:00+01:00",
                "dateModified": "2026-11-18T17:41:00+01:00",
                "articleSection": "Luxembourg",
                "author": [
                    {"@type": "Person", "name": "Marc Weis"},
                    {"@type": "Person", "name": "Julie Hoffmann"},
                ],
                "publisher": {"@type": "Organization", "name": "L'essentiel"},
            }
        )
    }
</head><body><div id="__next">{CONSENT}
<header class="Header_root"><a href="/fr" class="Header_logo">L'essentiel</a>
<nav>{
        menu(12, "Nav", base + "/fr", ["Luxembourg", "Frontaliers", "Monde", "Sport", "People"])
    }</nav></header>
<main><article class="Article_root">
<nav class="Breadcrumb"><a href="/fr">Accueil</a> › <a href="/fr/luxembourg">Luxembourg</a></nav>
<span class="Article_live">En direct</span>
<h1 class="Article_title">{h1}</h1>
<p class="Article_lead">Le point sur la grève au fil des heures</p>
<div class="Article_meta"><span>Par <a href="/fr/auteur/mwe">Marc Weis</a> et <a href="/fr/auteur/jho">Julie Hoffmann</a></span>
<time datetime="2026-11-18T07:02:00+01:00">Publié le 18 novembre 2026, 07h02</time>
<time datetime="2026-11-18T17:41:00+01:00">Mis à jour: 17h41</time></div>
<figure><img src="{
        base
    }/media/bus-gare.jpg" alt=""><figcaption>Des usagers attendent à la gare routière. Photo: Editpress/Alain Rischard</figcaption></figure>
<div class="Article_body">{body}</div>
</article>
<aside class="Related"><h2>Sur le même sujet</h2>{
        related(13, base + "/fr/story", "Related")
    }</aside>
</main>
<footer class="Footer"><p>© 2026 L'essentiel – Edita SA</p><a href="/fr/impressum">Impressum</a></footer></div>
{json_script(next_data, 'id="__NEXT_DATA__" type="application/json"')}
<script src="/_next/static/chunks/main-9c1f.js" defer></script>
</body></html>"""
    write(
        "01_lessentiel_nextjs_live",
        page,
        {
            "title": h1,
            "publication": "L'essentiel",
            "author": "Marc Weis et Julie Hoffmann",
            "section": "Luxembourg",
            "date": datetime.date(2026, 11, 18),
            "standfirst": "Le point sur la grève au fil des heures",
            "source_url": url,
            "subheads": [t for _, t, _ in entries if t],
            "paragraphs": [flat(p) for p in intro] + [flat(p) for _, _, ps in entries for p in ps],
            "notes": "Next.js live page, newest first: four timed entries, one untitled; entry "
            "titles as subheads, times not text; LiveBlogPosting; og:title differs from h1; two "
            "authors; the article is also in __NEXT_DATA__ (first paragraphs only).",
        },
    )


def page_02_monacomatin_arcxp_paywall() -> None:
    """Monaco-Matin (MC), Arc XP: paywall after three paragraphs, Lire aussi box inside."""
    base = "https://www.monacomatin.mc"
    url = f"{base}/vie-locale/le-port-hercule-va-accueillir-une-station-de-recharge-pour-yachts-912044"
    texts = [
        "Le gouvernement princier a présenté mardi, au ministère d’État, le projet d’une "
        "station de recharge électrique destinée aux yachts de plus de 30 mètres. Installée "
        "sur le quai Antoine-Ier, elle devrait être opérationnelle au printemps 2028.",
        "Le chantier, estimé à 14,6 millions d’euros, sera financé pour moitié par le Fonds "
        "vert national. «Un yacht à quai consomme autant qu’un immeuble de quarante "
        "appartements», a rappelé le conseiller-ministre Pierre-Yves Garnier devant la presse.",
        "Huit bornes de forte puissance seront raccordées au réseau de la SMEG, qui doit "
        "renforcer pour cela le poste de transformation du boulevard Albert-Ier. Les travaux "
        "de tranchée commenceront en janvier et imposeront une circulation alternée pendant "
        "six semaines.",
        "Les plaisanciers devront réserver leur créneau de charge via une application, au tarif "
        "de 0,42 euro le kilowattheure. Les yachts qui refuseront de se brancher paieront une "
        "redevance de stationnement majorée de 25% à partir de 2029.",
        "Du côté de l’Association monégasque des agents maritimes, on salue une mesure "
        "«attendue depuis dix ans», tout en s’inquiétant de la capacité du réseau à supporter "
        "les pics de la saison estivale, lorsque plus de 150 unités se pressent dans le port.",
        "Le Conseil national devra encore se prononcer sur l’ouverture de crédit lors de sa "
        "séance budgétaire de décembre. Plusieurs élus de la majorité ont déjà fait savoir "
        "qu’ils demanderaient une étude indépendante sur les nuisances sonores du chantier, "
        "redoutées par les riverains de la Condamine.",
    ]
    lire = (
        '<div class="c-read-also"><span>Lire aussi</span><a href="/vie-locale/'
        'quai-albert-ier-les-travaux-de-la-digue-prolonges-910233">Quai Albert-Ier: les '
        "travaux de la digue prolongés</a></div>"
    )
    body = (
        paras(texts[0], texts[1], attrs='class="c-paragraph"')
        + lire
        + paras(*texts[2:], attrs='class="c-paragraph"')
    )
    h1 = "Le port Hercule va accueillir une station de recharge pour yachts"
    std = (
        "Un investissement de 14,6 millions d’euros doit permettre aux grands navires de couper "
        "leurs générateurs diesel à quai d’ici 2028."
    )
    gc = {
        "_id": "FQ3ZK7WLM5",
        "type": "story",
        "headlines": {"basic": h1},
        "subheadlines": {"basic": std},
        "content_elements": [{"type": "text", "content": t} for t in texts],
        "taxonomy": {"primary_section": {"name": "Vie locale", "_id": "/vie-locale"}},
        "credits": {"by": [{"name": "Laurence Castellani"}]},
        "first_publish_date": "2026-11-24T18:30:00Z",
        "related": teasers(201, 20, base + "/vie-locale", ["yacht", "port", "Monaco"] * 3),
    }
    gc_json = json.dumps(gc, ensure_ascii=False).replace("</", "<\\/")
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="UTF-8">
<title>Le port Hercule va accueillir une station de recharge pour yachts - Monaco-Matin</title>
<meta name="description" content="{flat(std)}">
<meta property="og:title" content="Le port Hercule va accueillir une station de recharge pour yachts">
<meta property="og:site_name" content="Monaco-Matin">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<meta property="article:published_time" content="2026-11-24T18:30:00Z">
<meta name="twitter:card" content="summary_large_image">
<style>{css_blob(21, "b", 350)}</style>
{
        json_script(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": h1,
                "description": flat(std),
                "datePublished": "2026-11-24T19:30:00+01:00",
                "dateModified": "2026-11-25T08:12:00+01:00",
                "articleSection": "Vie locale",
                "isAccessibleForFree": False,
                "hasPart": {
                    "@type": "WebPageElement",
                    "isAccessibleForFree": False,
                    "cssSelector": ".paywall",
                },
                "author": {"@type": "Person", "name": "Laurence Castellani"},
                "publisher": {"@type": "Organization", "name": "Monaco-Matin"},
            }
        )
    }
<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="monacomatin";Fusion.globalContent={
        gc_json
    };</script>
</head><body>
<div id="didomi-host"><div class="didomi-popup"><p>Avec votre accord, nous et nos partenaires utilisons des cookies.</p><button>Accepter &amp; fermer</button></div></div>
<div id="fusion-app"><header class="site-header"><a class="logo" href="/">Monaco-Matin</a>
<nav>{
        menu(
            22, "main-nav", base, ["Vie locale", "Faits divers", "Sport", "Économie", "Monte-Carlo"]
        )
    }</nav>
<a class="btn-subscribe" href="/abonnement">S’abonner</a></header>
<main><article class="b-article">
<div class="c-overline"><a href="/vie-locale">Vie locale</a></div>
<h1 class="c-heading">{h1}</h1>
<h2 class="c-subheadline">{std}</h2>
<div class="c-byline">Par <a href="/auteurs/laurence-castellani">Laurence Castellani</a></div>
<div class="c-date"><time datetime="2026-11-24T18:30:00Z">Publié le 24/11/2026 à 19:30</time>, mis à jour le 25/11/2026 à 08:12</div>
<figure class="c-media"><img src="{
        base
    }/resizer/port-hercule.jpg" alt=""><figcaption>Le quai Antoine-Ier accueillera les huit bornes. <span class="credit">Photo Jean-François Ottonello</span></figcaption></figure>
<div class="b-article-body">{body}</div>
<div class="paywall c-premium"><h3>Cet article est réservé aux abonnés</h3><p>Il vous reste 68% de l’article à lire.</p><a href="/abonnement">Je m’abonne dès 1€ le premier mois</a><p>Déjà abonné? <a href="/login">Se connecter</a></p></div>
</article>
<section class="c-related"><h2>À lire aussi</h2>{
        related(23, base + "/vie-locale", "c-card")
    }</section></main>
<footer><p>Monaco-Matin © 2026 – Tous droits réservés</p></footer></div>
<script src="/pf/dist/engine/react.js?d=812" defer></script>
</body></html>"""
    write(
        "02_monacomatin_arcxp_paywall",
        page,
        {
            "title": h1,
            "publication": "Monaco-Matin",
            "author": "Laurence Castellani",
            "section": "Vie locale",
            "date": datetime.date(2026, 11, 24),
            "standfirst": std,
            "source_url": url,
            "paragraphs": [flat(t) for t in texts],
            "incomplete": True,
            "notes": "Arc XP: paywall box after five paragraphs (incomplete); 'Lire aussi' box "
            "between paragraphs 2 and 3; h2.c-subheadline standfirst; meta date in UTC (18:30Z = "
            "19:30 Monaco, same day); updated the next morning; Didomi consent.",
        },
    )


def page_03_lenouvelliste_wordpress_interview() -> None:
    """Le Nouvelliste (HT), WordPress Newspaper theme: interview, questions in <strong>."""
    base = "https://lenouvelliste.com"
    url = f"{base}/article/251873/la-mangue-francique-peut-nourrir-le-plateau-central"
    qa = [
        "<strong>Le Nouvelliste : Pourquoi avoir choisi Mirebalais pour cette usine ?</strong>",
        "<strong>Nadège Saint-Fort :</strong> Parce que les vergers sont là. Dans un rayon de "
        "quarante kilomètres, nous comptons près de 2 300 petits producteurs de mangue "
        "francique. Jusqu’ici, un tiers de la récolte pourrissait faute de transport.",
        "<strong>Combien d’emplois l’usine a-t-elle créés ?</strong>",
        "<strong>N. S.-F. :</strong> Quatre-vingt-six postes permanents, dont soixante occupés "
        "par des femmes, et plus de deux cents saisonniers de mai à août. Nous payons les "
        "fruits comptant, à la livraison, ce qui change tout pour les familles.",
        "<strong>Le séchage solaire suffit-il pendant la saison des pluies ?</strong>",
        "<strong>N. S.-F. :</strong> Non, et c’est notre grande difficulté. Nous avons installé "
        "un séchoir d’appoint au gaz, mais le prix du propane a doublé cette année. Nous "
        "cherchons un financement pour des panneaux photovoltaïques.",
        "<strong>Où vendez-vous vos mangues séchées ?</strong>",
        "<strong>N. S.-F. :</strong> D’abord sur le marché local, dans les supermarchés de "
        "Pétion-Ville et de Cap-Haïtien. Depuis septembre, nous expédions aussi deux "
        "conteneurs par mois vers Montréal et Miami, où la diaspora nous attendait.",
        "<strong>Quel message adressez-vous aux autorités ?</strong>",
        "<strong>N. S.-F. :</strong> Réparez la route nationale 3. Chaque nid-de-poule nous "
        "coûte des fruits abîmés. Le reste, les agriculteurs du Plateau central savent le "
        "faire.",
    ]
    intro = (
        "Ingénieure agronome formée à Damien, Nadège Saint-Fort dirige depuis deux ans "
        "Mango Plato, une unité de transformation installée à Mirebalais. Elle revient pour "
        "Le Nouvelliste sur une première saison record."
    )
    h1 = "« La mangue francique peut nourrir le Plateau central »"
    bio = (
        "Wendy Joseph est journaliste au service Économie du Nouvelliste. Elle couvre "
        "l’agriculture et l’entrepreneuriat."
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": url, "url": url, "name": h1 + " | Le Nouvelliste"},
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Économie",
                        "item": base + "/economie",
                    },
                    {"@type": "ListItem", "position": 3, "name": h1},
                ],
            },
        ],
    }
    page = f"""<!doctype html >
<!--[if IE 8]><html class="ie8" lang="fr-FR"><![endif]-->
<html lang="fr-FR"><head>
<title>« La mangue francique peut nourrir le Plateau central » | Le Nouvelliste</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Nadège Saint-Fort : « La mangue francique peut nourrir le Plateau central »" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Le Nouvelliste" />
<meta property="article:published_time" content="2026-10-07T09:15:00-04:00" />
<meta property="article:modified_time" content="2026-10-07T14:02:11-04:00" />
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel='stylesheet' id='td-theme-css' href='{base}/wp-content/themes/Newspaper/style.css?ver=12.6' type='text/css' media='all' />
<style id="td-theme-inline">{css_blob(31, "td", 400)}</style>
<script type="text/javascript">var tdBlocksArray = []; var td_ajax_url="{base}/wp-admin/admin-ajax.php";</script>
</head>
<body class="post-template-default single single-post postid-251873 td-standard-pack global-block-template-1">
<div class="td-scroll-up"></div><div id="cookie-law-info-bar"><span>Ce site utilise des cookies. <a role='button' class="cli_action_button">J’accepte</a></span></div>
<div class="td-theme-wrap"><div class="td-header-wrap"><div class="td-header-top-menu">mardi, 2 décembre 2026</div>
<a class="td-main-logo" href="{base}/"><img src="{base}/logo.png" alt="Le Nouvelliste"></a>
<div class="td-header-menu-wrap">{menu(32, "sf-menu", base, ["National", "Économie", "Culture", "Sports", "Société", "Opinion"])}</div></div>
<div class="td-main-content-wrap"><div class="td-container">
<div class="entry-crumbs"><span><a href="{base}/">Accueil</a></span> <i class="td-icon-right"></i> <span><a href="{base}/economie">Économie</a></span></div>
<article id="post-251873" class="post-251873 post type-post status-publish category-economie tag-agriculture tag-mirebalais">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{base}/economie">Économie</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{h1}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">Par <a href="{base}/author/wjoseph">Wendy Joseph</a></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-10-07T09:15:00-04:00">7 octobre 2026</time></span></div></header></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><img src="{base}/wp-content/uploads/2026/10/saint-fort.jpg" alt=""><figcaption class="wp-caption-text">Nadège Saint-Fort dans l’usine de Mirebalais. Photo : Dieu Nalio Chéry</figcaption></figure></div>
<p><em>{intro}</em></p>
{paras(*qa)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a href="/tag/agriculture">agriculture</a></li><li><a href="/tag/mirebalais">Mirebalais</a></li></ul></div>
<div class="td-post-sharing"><a class="td-social-facebook">Facebook</a><a class="td-social-whatsapp">WhatsApp</a></div>
<div class="author-box-wrap"><img src="{base}/avatar-wj.jpg" alt=""><div class="desc"><div class="td-author-name"><a href="{base}/author/wjoseph">Wendy Joseph</a></div><div class="td-author-description">{bio}</div></div></div></footer>
</article>
<div class="td_block_related_posts"><h4 class="td-related-title">Articles similaires</h4>{related(33, base + "/article", "td-related")}</div>
<div class="comments" id="comments"><h4 class="block-title">3 Commentaires</h4>
<ol class="comment-list"><li class="comment"><div class="comment-meta">Jean-Robert P. — 7 octobre 2026 à 11 h 40</div><p>Bravo madame, c’est ce genre d’initiative dont le pays a besoin.</p></li>
<li class="comment"><div class="comment-meta">Mireille D. — 8 octobre 2026</div><p>Et la route, toujours la même histoire depuis vingt ans…</p></li></ol></div>
</div></div>
<div class="td-footer-wrap"><p>© Le Nouvelliste 2026. Fondé en 1898.</p></div></div>
<script type='text/javascript' src='{base}/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6' id='td-site-min-js'></script>
</body></html>"""
    write(
        "03_lenouvelliste_wordpress_interview",
        page,
        {
            "title": h1,
            "publication": "Le Nouvelliste",
            "author": "Wendy Joseph",
            "section": "Économie",
            "date": datetime.date(2026, 10, 7),
            "source_url": url,
            "paragraphs": [flat(intro)] + [flat(p) for p in qa],
            "notes": "WordPress Newspaper (tagDiv) interview: questions in <p><strong>, answers "
            "led by bold initials; italic presentation paragraph (body text, not a standfirst "
            "element); headline in « »; Yoast graph with WebPage and BreadcrumbList only; "
            "header date of the day; author box with bio; tags; comments with dates.",
        },
    )


def page_04_midimadagasikara_php_br() -> None:
    """Midi Madagasikara (MG), home-made PHP: <br><br>-split text in a table cell."""
    base = "https://www.midi-madagasikara.mg"
    url = f"{base}/societe/2026/09/14/antsirabe-les-cyclo-pousse-devront-porter-un-gilet-numerote/"
    segs = [
        "La commune urbaine d’Antsirabe impose, à compter du 1<sup>er</sup> octobre, le port "
        "d’un gilet numéroté à tous les conducteurs de cyclo-pousse. La mesure a été adoptée "
        "vendredi par le conseil municipal, par 19 voix contre 4.",
        "Selon le maire, Hery Rakotonirina, la ville compte plus de 6 000 cyclo-pousse, mais "
        "à peine la moitié disposent d’une licence en règle. «Nous voulons savoir qui "
        "travaille dans nos rues et protéger les passagers», a-t-il déclaré à l’issue de la "
        "séance.",
        "Chaque gilet coûtera 15 000 ariary, payables en trois fois. Les conducteurs déjà "
        "enregistrés le recevront gratuitement lors du renouvellement de leur carte, prévu "
        "au stade municipal du 22 au 30 septembre.",
        "<b>Les associations partagées</b>",
        "Du côté des tireurs, l’accueil est mitigé. Le président de l’association "
        "Mpitarika Vakinankaratra, Jean-Claude Randriamanana, estime que le tarif reste "
        "trop élevé pour des travailleurs qui gagnent «entre 8 000 et 12 000 ariary par "
        "jour, les bons jours».",
        "Une autre association, plus récente, soutient au contraire la réforme et demande "
        "que la police municipale sanctionne enfin les loueurs de véhicules qui emploient "
        "des mineurs.",
        "Les contrevenants s’exposeront à une amende de 20 000 ariary et, en cas de "
        "récidive, à la saisie du véhicule pendant une semaine. La commune promet une "
        "période de tolérance jusqu’à la fin de l’année.",
        "D’autres villes des Hautes Terres, comme Ambositra et Fianarantsoa, suivent "
        "l’expérience de près et pourraient adopter une mesure semblable en 2027.",
    ]
    sub = flat(segs[3])
    text = "<br /><br />\n".join(segs)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Antsirabe : les cyclo-pousse devront porter un gilet numéroté - Midi Madagasikara</title>
<meta name="keywords" content="Antsirabe, cyclo-pousse, commune, gilet" />
<meta name="description" content="La commune urbaine d’Antsirabe impose le port d’un gilet numéroté." />
<meta property="og:title" content="Antsirabe : les cyclo-pousse devront porter un gilet numéroté" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Midi Madagasikara" />
<link href="/css/style.css?v=3" rel="stylesheet" type="text/css" />
<style type="text/css">{css_blob(41, "m", 180)}</style>
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1234567-8']);</script>
</head>
<body><center>
<table width="980" border="0" cellspacing="0" cellpadding="0" id="entete">
<tr><td><a href="/"><img src="/images/logo-midi.gif" alt="Midi Madagasikara" border="0" /></a></td><td class="date_jour">Mardi 2 décembre 2026</td></tr>
<tr><td colspan="2" class="menu">{menu(42, "menuh", base, ["Politique", "Economie", "Société", "Régions", "Sport"], 5)}</td></tr></table>
<table width="980" border="0" cellspacing="0" cellpadding="6">
<tr><td width="660" valign="top" class="colonne_article">
<div class="rubrique"><a href="/societe/">Société</a></div>
<h1 class="titre_article">Antsirabe : les cyclo-pousse devront porter un gilet numéroté</h1>
<div class="infos_article">Publié le 14 septembre 2026 à 08:40 | Par <b>Fanja Rasoanaivo</b> et <b>Toky Andrianjafy</b></div>
<div class="photo_article"><img src="{base}/wp-content/uploads/2026/09/cyclo.jpg" width="640" alt="" /><br /><span class="legende">Les cyclo-pousse sont le premier moyen de transport de la ville. (Photo d’archives)</span></div>
<div class="texte_article">
{text}
</div>
<div class="partage"><a href="#">Partager sur Facebook</a> | <a href="#">Imprimer</a></div>
<div class="articles_lies"><b>Dans la même rubrique</b>{related(43, base + "/societe", "liste_liens", 5)}</div>
</td>
<td width="300" valign="top" class="colonne_droite"><div class="pub">Publicité</div><div class="plus_lus"><b>Les plus lus</b>{related(44, base, "plus_lus", 8)}</div></td></tr></table>
<table width="980" id="pied"><tr><td>© 2026 Midi Madagasikara – Lot IVC 87 Antananarivo – Tous droits réservés</td></tr></table>
</center></body></html>"""
    write(
        "04_midimadagasikara_php_br",
        page,
        {
            "title": "Antsirabe : les cyclo-pousse devront porter un gilet numéroté",
            "publication": "Midi Madagasikara",
            "author": "Fanja Rasoanaivo et Toky Andrianjafy",
            "section": "Société",
            "date": datetime.date(2026, 9, 14),
            "source_url": url,
            "subheads": [sub],
            "paragraphs": [flat(s) for s in segs if flat(s) != sub],
            "notes": "Home-made PHP in XHTML tables: text one div split by <br /><br /> with a "
            "<b> line as subhead; no canonical, og:url only; no JSON-LD; two authors in <b>; "
            "1<sup>er</sup>; header date of the day; ariary figures.",
        },
    )
