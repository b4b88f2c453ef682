# ruff: noqa: E501  (the page templates are the pages' own long lines)
"""Pages 01-04: a Next.js live page (Luxembourg), an Arc XP paywalled page (Monaco), a
WordPress Newspaper interview (Haïti) and a home-made PHP page with <br> paragraphs
(Madagascar)."""

from __future__ import annotations

import datetime
import json

from kit import (
    FILLER,
    comments,
    consent,
    css_blob,
    flat,
    json_script,
    menu,
    paras,
    related,
    teasers,
    write,
)

LIVE_ENTRIES = [
    (
        "16:40",
        "16h40",
        "Reprise partielle des trains mercredi",
        [
            "L’opérateur ferroviaire prévoit de rouvrir la ligne du Nord entre Luxembourg et "
            "Ettelbruck mercredi dès 6&nbsp;heures. Au-delà, vers Troisvierges, des bus de "
            "remplacement circuleront toute la journée, le temps de dégager les voies encombrées "
            "par une vingtaine d’arbres.",
        ],
    ),
    (
        "15:10",
        "15h10",
        "Encore 3200 foyers sans électricité",
        [
            "Le gestionnaire du réseau fait état de 3200 foyers toujours privés de courant à "
            "15&nbsp;heures, contre 11&nbsp;500 au plus fort de la nuit. Les communes de "
            "Wincrange, Clervaux et Wiltz restent les plus touchées.",
            "«Nos équipes travaillent sur des lignes tombées en forêt, dans des endroits où les "
            "nacelles n’accèdent pas», explique une porte-parole, qui espère un retour à la "
            "normale jeudi soir.",
        ],
    ),
    (
        "13:25",
        "13h25",
        None,
        [
            "Le ministère de l’Éducation confirme que les écoles fondamentales du canton de "
            "Clervaux resteront fermées mercredi. Un accueil est organisé dans les maisons relais "
            "pour les parents qui ne peuvent pas garder leurs enfants.",
        ],
    ),
    (
        "11:02",
        "11h02",
        "Un automobiliste blessé près d’Ettelbruck",
        [
            "Un homme de 47 ans a été légèrement blessé lorsqu’une branche a traversé le "
            "pare-brise de sa voiture sur la N7, peu avant 10&nbsp;heures. La police rappelle "
            "d’éviter tout déplacement non indispensable dans le nord du pays.",
        ],
    ),
    (
        "08:30",
        "8h30",
        "Des rafales à 128&nbsp;km/h au Findel",
        [
            "Selon les services météorologiques, la rafale la plus forte a été mesurée à "
            "128&nbsp;km/h à l’aéroport vers 3h40. L’alerte orange pour le vent a été levée à "
            "8&nbsp;heures, mais une <strong>alerte jaune</strong> reste en vigueur jusqu’à "
            "mardi soir.",
            "Dans la capitale, les pompiers sont intervenus à 64 reprises pendant la nuit, "
            "surtout pour des arbres et des échafaudages renversés. Le parc municipal restera "
            "fermé toute la journée par précaution.",
        ],
    ),
    (
        "07:05",
        "7h05",
        "Bienvenue dans ce direct",
        [
            "Bonjour à toutes et à tous. La nuit a été agitée dans tout le pays, et plus "
            "particulièrement dans l’Oesling. Nous faisons le point tout au long de la journée "
            "sur les routes, les transports et le courant. N’hésitez pas à nous envoyer vos "
            'photos via notre <a href="/temoin">formulaire témoin</a>.',
        ],
    ),
]


def page01_lessentiel_nextjs_live() -> None:
    """L'essentiel (LU), Next.js: a live page newest first, state in __NEXT_DATA__."""
    base = "https://www.lessentiel.lu"
    url = (
        f"{base}/fr/story/tempete-odile-des-milliers-de-foyers-sans-courant-dans-le-nord-103381245"
    )
    title = "Tempête Odile: des milliers de foyers sans courant dans le nord"
    lead = (
        "La tempête Odile a balayé le Grand-Duché dans la nuit de lundi à mardi. Routes coupées, "
        "trains à l’arrêt, écoles fermées dans l’Oesling: suivez la situation en direct."
    )
    entries_html = []
    for iso, shown, head, texts in LIVE_ENTRIES:
        heading = f'<h3 class="LiveTicker_title__x1Qe">{head}</h3>' if head else ""
        entries_html.append(
            f'<div class="LiveTicker_entry__a8Kd" id="entry-{iso.replace(":", "")}">'
            f'<div class="LiveTicker_time__Zp0w"><time datetime="2026-11-24T{iso}:00+01:00">'
            f"{shown}</time></div>{heading}"
            f'<div class="Text_root__r2Wn">{paras(*texts)}</div>'
            '<div class="LiveTicker_share__m3Hc"><button aria-label="Partager">Partager</button>'
            "</div></div>"
        )
    state = {
        "props": {
            "pageProps": {
                "story": {
                    "id": 103381245,
                    "title": title,
                    "lead": lead,
                    "authors": [{"name": "Joëlle Schmit"}, {"name": "Marco Ferreira"}],
                    "ressort": "Luxembourg",
                    "published": "2026-11-24T07:05:00+01:00",
                    "updated": "2026-11-24T16:40:00+01:00",
                    "elements": [
                        {
                            "type": "liveticker_entry",
                            "time": f"2026-11-24T{iso}:00+01:00",
                            "title": head and flat(head),
                            "htmlText": paras(*texts),
                        }
                        for iso, _, head, texts in LIVE_ENTRIES
                    ],
                },
                "teasers": teasers(11, 140, f"{base}/fr/story", FILLER),
            },
            "__N_SSP": True,
        },
        "page": "/[lang]/story/[slug]",
        "query": {"lang": "fr", "slug": "tempete-odile-103381245"},
        "buildId": "k2Jd83hQp0aZ7xNw1",
        "isFallback": False,
        "gssp": True,
        "locale": "fr",
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "description": lead,
        "url": url,
        "datePublished": "2026-11-24T07:05:00+01:00",
        "dateModified": "2026-11-24T16:40:00+01:00",
        "coverageStartTime": "2026-11-24T07:05:00+01:00",
        "articleSection": "Luxembourg",
        "author": [
            {"@type": "Person", "name": "Joëlle Schmit"},
            {"@type": "Person", "name": "Marco Ferreira"},
        ],
        "publisher": {"@type": "Organization", "name": "L'essentiel", "logo": f"{base}/logo.png"},
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": flat(h or "Mise à jour"),
                "datePublished": f"2026-11-24T{i}:00+01:00",
            }
            for i, _, h, _ in LIVE_ENTRIES
        ],
    }
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>EN DIRECT - {title} - L'essentiel</title>
<meta name="description" content="{lead}"/>
<link rel="canonical" href="{url}"/>
<meta property="og:type" content="article"/><meta property="og:site_name" content="L'essentiel"/>
<meta property="og:title" content="EN DIRECT - {title}"/><meta property="og:description" content="{lead}"/>
<meta property="og:url" content="{url}"/><meta property="og:image" content="{base}/media/tempete-odile-wincrange.jpg"/>
<meta name="twitter:card" content="summary_large_image"/><meta name="robots" content="max-image-preview:large"/>
<link rel="preload" as="font" href="/_next/static/media/a8f2c1.woff2" crossorigin=""/>
<link rel="stylesheet" href="/_next/static/css/7d1a2b9e0c3f.css" data-n-g=""/>
<style data-emotion="css">{css_blob(101, "css", 420)}</style>
{json_script(ld)}
</head><body><div id="__next">
{consent("didomi-popup", "L'essentiel")}
<header class="Header_root__p9Hd"><a href="/fr" class="Header_logo__k1"><img src="/logo.svg" alt="L'essentiel"/></a>
<nav class="Header_nav__q2">{menu(102, "Nav_list", base + "/fr", ["Luxembourg", "Frontaliers", "Monde", "People", "Sport", "Lifestyle", "Hi-Tech", "Auto"], 9)}</nav>
<div class="Header_date__z3">Mardi 24 novembre 2026</div></header>
<main class="Story_main__v4Lk"><article class="Story_article__f0Rx">
<div class="Story_labels__u7"><span class="Badge_live__r1">EN DIRECT</span><a href="/fr/luxembourg" class="Story_ressort__b2">Luxembourg</a></div>
<h1 class="Story_title__m8Rq">{title}</h1>
<p class="Story_lead__t5Yw">{lead}</p>
<div class="Story_meta__n3Kp"><span class="Story_authors__w6">par <a href="/fr/autor/joelle-schmit">Joëlle Schmit</a>, <a href="/fr/autor/marco-ferreira">Marco Ferreira</a></span>
<span class="Story_dates__h2"><time datetime="2026-11-24T07:05:00+01:00">24.11.2026, 07:05</time> · Mis à jour <time datetime="2026-11-24T16:40:00+01:00">24.11.2026, 16:40</time></span></div>
<figure class="Story_hero__c9"><img src="{base}/media/tempete-odile-wincrange.jpg" alt="Un arbre couché sur une route"/><figcaption>Un arbre couché sur la route de Wincrange, mardi matin. <span class="credit">Photo: Lecteur-reporter</span></figcaption></figure>
<div class="Ad_root__d1"><span>Publicité</span><div id="ad-top" data-slot="story_top"></div></div>
<section class="LiveTicker_root__y3Lp" aria-label="Direct">{"".join(entries_html)}</section>
<div class="Story_tags__s1"><a href="/fr/tag/meteo">Météo</a><a href="/fr/tag/tempete">Tempête</a><a href="/fr/tag/oesling">Oesling</a></div>
</article>
<aside>{related(103, base + "/fr/story", "Related", "Plus de Luxembourg", 8)}</aside></main>
<footer class="Footer_root__e2"><p>© 2026 L'essentiel · Edita S.A. · Impressum · Protection des données · Paramètres de confidentialité</p>{menu(104, "Footer_list", base + "/fr", ["Rubriques", "Services", "Légal"], 6)}</footer>
</div>
{json_script(state, 'id="__NEXT_DATA__" type="application/json"')}
<script src="/_next/static/chunks/webpack-3f1c2d.js" defer=""></script><script src="/_next/static/chunks/framework-9a8b7c.js" defer=""></script><script src="/_next/static/chunks/pages/_app-1e2f3a.js" defer=""></script>
</body></html>"""
    write(
        "01_lessentiel_nextjs_live",
        page,
        {
            "title": title,
            "publication": "L'essentiel",
            "author": "Joëlle Schmit et Marco Ferreira",
            "section": "Luxembourg",
            "date": datetime.date(2026, 11, 24),
            "standfirst": lead,
            "source_url": url,
            "subheads": [flat(h) for _, _, h, _ in LIVE_ENTRIES if h],
            "paragraphs": [flat(t) for *_, texts in LIVE_ENTRIES for t in texts],
            "notes": "Next.js live page, newest first, state also in __NEXT_DATA__. Time stamps "
            "are not text, entry h3 are subheads, the 13h25 entry has no title. Two authors as "
            "two links 'A, B' -> 'A et B'. og:title and <title> carry 'EN DIRECT -', the h1 does "
            "not. 'Mis à jour' 16:40 is not the date. LiveBlogPosting with articleSection.",
        },
    )


MONACO_PARAS = [
    "Il faudra patienter encore un peu avant de plonger dans le grand bassin de Fontvieille. "
    "Devant les élus du Conseil national, mercredi soir, le représentant du Gouvernement a "
    "reconnu que le chantier du futur centre aquatique accusait «&nbsp;environ vingt-deux "
    "mois&nbsp;» de retard sur le calendrier initial.",
    "En cause, la nature du sous-sol. Les sondages réalisés au printemps ont révélé, sous la "
    "plateforme construite dans les années 1970, des poches de remblais beaucoup moins "
    "compactes qu’attendu. Les pieux de fondation devront descendre à 38&nbsp;mètres au lieu "
    "des 25 prévus, ce qui impose de reprendre l’ensemble des études de structure.",
    "La facture s’en ressent. Estimé à 96&nbsp;millions d’euros lors du vote des crédits en "
    "2024, le projet est désormais évalué à 118&nbsp;millions, selon les chiffres présentés en "
    "séance. Plusieurs élus ont demandé le détail de ces 22&nbsp;millions supplémentaires, et "
    "notamment la part qui reviendra aux entreprises déjà titulaires des marchés.",
    "Du côté des clubs, la nouvelle est accueillie avec une pointe d’agacement. «&nbsp;Nos "
    "nageurs s’entraînent depuis trois ans sur des créneaux éclatés entre deux piscines, dont "
    "une de l’autre côté de la frontière. Deux saisons de plus, c’est long&nbsp;», souffle "
    "Nathalie Gastaud, présidente d’un club de natation de la Principauté.",
    "Le Gouvernement assure que le bassin olympique, la fosse de plongée de 20&nbsp;mètres et "
    "l’espace bien-être seront conservés tels quels. Seul le parking souterrain pourrait perdre "
    "un niveau, une piste étudiée pour contenir le surcoût.",
]


def page02_monacomatin_arcxp_paywall() -> None:
    """Monaco-Matin (MC), Arc XP: a paywall cuts the text; og:title differs from the h1."""
    base = "https://www.monacomatin.mc"
    url = f"{base}/vie-locale/fontvieille-le-futur-centre-aquatique-ouvrira-avec-deux-ans-de-retard-991204"
    h1 = "Fontvieille: le futur centre aquatique ouvrira avec deux ans de retard"
    og_title = "Centre aquatique de Fontvieille: deux ans de retard et une facture en hausse"
    sub = (
        "Prévu pour l’été 2027, l’équipement ne sera pas livré avant 2029. En cause, des "
        "fondations plus complexes que prévu sur ce terrain gagné sur la mer."
    )
    global_content = {
        "_id": "KQ3ZP7M2XJH5DNB4RW",
        "type": "story",
        "canonical_url": url.removeprefix(base),
        "headlines": {"basic": h1, "meta_title": og_title},
        "subheadlines": {"basic": sub},
        "credits": {"by": [{"type": "author", "name": "Laurent Cazals", "_id": "laurent-cazals"}]},
        "taxonomy": {"primary_section": {"name": "Monaco", "_id": "/monaco"}},
        "first_publish_date": "2026-11-27T05:30:00.000Z",
        "last_updated_date": "2026-11-27T10:02:00.000Z",
        "content_restrictions": {"content_code": "premium"},
        "content_elements": [
            {"type": "text", "_id": f"E{i}", "content": p} for i, p in enumerate(MONACO_PARAS)
        ],
        "truncated": True,
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": url,
        "headline": og_title,
        "description": sub,
        "datePublished": "2026-11-27T06:30:00+01:00",
        "dateModified": "2026-11-27T11:02:00+01:00",
        "articleSection": "Monaco",
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywall",
        },
        "author": {
            "@type": "Person",
            "name": "Laurent Cazals",
            "url": f"{base}/auteur/laurent-cazals",
        },
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Monaco-Matin",
            "logo": {"@type": "ImageObject", "url": f"{base}/logo.png"},
        },
        "image": [f"{base}/resizer/v2/fontvieille-chantier.jpg"],
    }
    body = "\n".join(
        f'<p class="c-paragraph" data-el="text">{p}</p>'
        + (
            '\n<div class="c-ad c-ad--inread"><span class="c-ad__label">Publicité</span>'
            '<div id="inread_1"></div></div>'
            if i == 1
            else ""
        )
        for i, p in enumerate(MONACO_PARAS)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{h1} - Monaco-Matin</title>
<meta name="description" content="{sub}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Monaco-Matin"><meta property="og:type" content="article">
<meta property="og:title" content="{og_title}"><meta property="og:description" content="{sub}">
<meta property="og:url" content="{url}"><meta property="og:image" content="{base}/resizer/v2/fontvieille-chantier.jpg">
<meta property="article:published_time" content="2026-11-27T06:30:00+01:00"><meta property="article:modified_time" content="2026-11-27T11:02:00+01:00">
<meta property="article:section" content="Monaco"><meta property="article:content_tier" content="locked">
<meta name="twitter:site" content="@monacomatin">
<link rel="preconnect" href="https://static.monacomatin.mc"><link rel="stylesheet" href="/pf/resources/styles/monacomatin.css?d=412">
<style>{css_blob(201, "c", 380)}</style>
{json_script(ld)}
<script>window.didomiConfig={{"app":{{"vendors":{{"iab":{{"all":true}}}}}}}};</script>
</head><body class="article-premium">
{consent("didomi-host", "Monaco-Matin")}
<div id="fusion-app" class="layout-article">
<header class="b-header"><a class="b-header__logo" href="/"><img src="/pf/resources/images/logo-monacomatin.svg" alt="Monaco-Matin"></a>
<nav class="b-header__nav">{menu(202, "b-nav", base, ["Monaco", "Vie locale", "Sport", "Faits divers", "Économie", "Culture", "Yachting"], 8)}</nav>
<a class="b-header__subscribe" href="/abonnement">S'abonner</a></header>
<main class="b-main"><article class="b-article">
<nav class="b-breadcrumb" aria-label="Fil d'Ariane"><a href="/">Accueil</a> › <a href="/monaco">Monaco</a> › <a href="/vie-locale">Vie locale</a></nav>
<div class="b-article__overline"><span class="c-label c-label--premium">Abonnés</span></div>
<h1 class="b-headline">{h1}</h1>
<h2 class="b-subheadline">{sub}</h2>
<div class="b-byline">Par <a href="/auteur/laurent-cazals" class="b-byline__author">Laurent Cazals</a></div>
<div class="b-date">Publié le <time datetime="2026-11-27T06:30:00+01:00">27/11/2026 à 06h30</time>, mis à jour le <time datetime="2026-11-27T11:02:00+01:00">27/11/2026 à 11h02</time></div>
<div class="b-share"><a href="#" aria-label="Facebook">Facebook</a><a href="#" aria-label="X">X</a><a href="#" aria-label="Copier le lien">Copier le lien</a></div>
<figure class="b-lead-art"><img src="{base}/resizer/v2/fontvieille-chantier.jpg" alt="Le chantier vu du ciel"><figcaption class="b-caption">Le chantier du centre aquatique, sur la plateforme de Fontvieille. <span class="b-credit">Photo Jean-François Ottonello</span></figcaption></figure>
<div class="b-article-body">
{body}
</div>
<div class="paywall b-paywall" data-paywall="hard"><div class="b-paywall__fade"></div>
<h3 class="b-paywall__title">Cet article est réservé aux abonnés</h3>
<p class="b-paywall__text">Il vous reste 64% de l'article à lire. Pour continuer, abonnez-vous à Monaco-Matin.</p>
<a class="b-paywall__cta" href="/abonnement?origin=paywall">1€ le premier mois</a>
<p class="b-paywall__login">Déjà abonné ? <a href="/connexion">Se connecter</a></p></div>
</article>
<aside class="b-rail">{related(203, base + "/vie-locale", "b-most-read", "Les plus lus", 10)}</aside></main>
<footer class="b-footer"><p>Monaco-Matin · Groupe Nice-Matin · Mentions légales · CGV · Gestion des cookies</p>{menu(204, "b-footer-nav", base, ["Rubriques", "Services", "Le groupe"], 7)}</footer>
</div>
<script>Fusion=window.Fusion||{{}};Fusion.arcSite="monacomatin";Fusion.deployment="412";Fusion.globalContent={json.dumps(global_content, ensure_ascii=False)};Fusion.contentCache={{}};</script>
<script src="/pf/dist/engine/react.js?d=412" defer></script><script src="/pf/dist/components/combinations/default.js?d=412" defer></script>
</body></html>"""
    write(
        "02_monacomatin_arcxp_paywall",
        page,
        {
            "title": h1,
            "publication": "Monaco-Matin",
            "author": "Laurent Cazals",
            "section": "Monaco",
            "date": datetime.date(2026, 11, 27),
            "standfirst": sub,
            "source_url": url,
            "paragraphs": [flat(p) for p in MONACO_PARAS],
            "incomplete": True,
            "notes": "Arc XP premium article: five paragraphs then a hard paywall box (not "
            "text); Fusion.globalContent holds only the same five (truncated). og:title and "
            "JSON-LD headline differ from the h1 (h1 wins); '- Monaco-Matin' in <title>. "
            "Standfirst is the h2 subheadline. articleSection 'Monaco' beats the breadcrumb's "
            "'Vie locale'. Updated 11h02 the same day; ad between paragraphs.",
        },
    )


INTERVIEW = [
    ("q", "Comment est née l’idée de cette bibliothèque ambulante&nbsp;?"),
    (
        "a",
        "D’un constat simple. Beaucoup d’enfants de la périphérie n’ont jamais mis les pieds "
        "dans une bibliothèque, parce qu’il faut payer le tap-tap pour descendre en ville et "
        "que les parents n’ont pas le temps. Alors nous avons décidé de faire le trajet à leur "
        "place.",
    ),
    ("q", "Qui finance le projet&nbsp;?"),
    (
        "a",
        "Une association de la diaspora à Montréal a acheté le véhicule, et la mairie nous "
        "prête un local pour stocker les ouvrages. Pour le reste, ce sont des dons&nbsp;: des "
        "livres, du carburant, parfois simplement un repas pour les bénévoles. Nous "
        "fonctionnons avec environ 300&nbsp;000 gourdes par an, ce qui est très peu.",
    ),
    ("q", "Que lisent les enfants qui montent dans la camionnette&nbsp;?"),
    (
        "a",
        "Des bandes dessinées d’abord, il faut être honnête&nbsp;! Mais aussi beaucoup de "
        "contes en créole. Nous avons remarqué que les petits qui découvrent un texte dans leur "
        "langue reviennent la semaine suivante pour en demander un autre, et finissent par "
        "tenter le français.",
    ),
    ("q", "Quelles difficultés rencontrez-vous&nbsp;?"),
    (
        "a",
        "La route, surtout pendant la saison des pluies. Certains jours, nous ne pouvons pas "
        "monter jusqu’aux dernières maisons du morne et nous installons les caisses au bord du "
        "chemin. Les enfants descendent à pied. Cela me touche à chaque fois.",
    ),
    ("q", "Et la suite&nbsp;?"),
    (
        "a",
        "Nous aimerions un deuxième véhicule pour Marigot et Cayes-Jacmel d’ici à la fin de "
        "2027. Et surtout former des jeunes du quartier pour qu’ils animent eux-mêmes les "
        "séances de lecture. Le projet ne doit pas dépendre d’une seule personne.",
    ),
]


def page03_lenouvelliste_wordpress_newspaper_interview() -> None:
    """Le Nouvelliste (HT), WordPress + tagDiv Newspaper: interview, questions in bold."""
    base = "https://lenouvelliste.com"
    url = f"{base}/article/248113/roseline-etienne-a-jacmel-le-livre-doit-aller-vers-les-enfants"
    title = "Roseline Étienne&nbsp;: «&nbsp;À Jacmel, le livre doit aller vers les enfants&nbsp;»"
    intro = (
        "<em>Depuis mars, une camionnette peinte en jaune sillonne les quartiers de Jacmel avec "
        "1&nbsp;800 livres à son bord. Derrière ce projet, Roseline Étienne, bibliothécaire de "
        "41 ans, revenue s’installer dans sa ville natale après quinze ans à Port-au-Prince. "
        "Rencontre.</em>"
    )
    body = [f"<p>{intro}</p>"]
    for kind, text in INTERVIEW:
        body.append(f"<p><strong>{text}</strong></p>" if kind == "q" else f"<p>{text}</p>")
    body.insert(
        5,
        '<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Publicité -</span><div id="div-gpt-inline"></div></div>',
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "headline": flat(title),
                "datePublished": "2026-11-19T08:47:12-05:00",
                "dateModified": "2026-11-19T09:03:40-05:00",
                "author": {"@id": f"{base}/#/schema/person/5d1f"},
                "articleSection": ["Culture", "Entrevue"],
                "keywords": ["Jacmel", "bibliothèque", "lecture"],
                "inLanguage": "fr-FR",
                "isPartOf": {"@id": f"{url}#webpage"},
            },
            {
                "@type": "WebPage",
                "@id": f"{url}#webpage",
                "url": url,
                "name": flat(title) + " - Le Nouvelliste",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Culture",
                        "item": f"{base}/culture",
                    },
                    {"@type": "ListItem", "position": 3, "name": flat(title)},
                ],
            },
            {
                "@type": "Person",
                "@id": f"{base}/#/schema/person/5d1f",
                "name": "Jean-Marc Pierre-Louis",
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Le Nouvelliste",
                "url": base,
            },
        ],
    }
    comment_block = comments(
        301,
        "comment-list",
        ["Nadège B.", "Frantz Louis-Jean", "Ti Mari"],
        [
            "Bravo madame Étienne, Jacmel est fière de vous.",
            "J’ai des livres à donner depuis Miami, comment vous les faire parvenir&nbsp;?",
            "Il faut la même chose à Léogâne&nbsp;!",
        ],
        [
            "19 novembre 2026 à 10 h 12 min",
            "19 novembre 2026 à 14 h 55 min",
            "20 novembre 2026 à 7 h 31 min",
        ],
    )
    page = f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="fr-FR"> <!--<![endif]-->
<head>
<title>{flat(title)} - Le Nouvelliste</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{base}/xmlrpc.php" />
<meta name="robots" content="index, follow, max-image-preview:large" />
<meta name="description" content="Depuis mars, une camionnette peinte en jaune sillonne les quartiers de Jacmel avec 1 800 livres à son bord." />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" /><meta property="og:type" content="article" />
<meta property="og:title" content="{flat(title)} - Le Nouvelliste" /><meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Le Nouvelliste" />
<meta property="article:published_time" content="2026-11-19T13:47:12+00:00" /><meta property="article:modified_time" content="2026-11-19T14:03:40+00:00" />
<meta name="author" content="Jean-Marc Pierre-Louis" />
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel='stylesheet' id='td-theme-css' href='{base}/wp-content/themes/Newspaper/style.css?ver=12.6.5' type='text/css' media='all' />
<style id="td-theme-inline">{css_blob(302, "td", 450)}</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-248113 single-format-standard td-standard-pack global-block-template-1 single_template_2 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
{consent("cmplz-cookiebanner", "Le Nouvelliste")}
<div class="td-menu-background"></div><div id="td-mobile-nav"><div class="td-mobile-container">{menu(303, "td-mobile-main-menu", base, ["Actualité", "Politique", "Économie", "Société", "Culture", "Sport", "Opinion"], 6)}</div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu"><div class="td_data_time">jeudi, novembre 19, 2026</div></div>
<div class="td-header-menu-wrap"><div class="td-header-sp-logo"><a class="td-main-logo" href="{base}/"><img src="{base}/wp-content/uploads/logo-nouvelliste.png" alt="Le Nouvelliste"/><span class="td-visual-hidden">Le Nouvelliste</span></a></div>
<div id="td-header-menu">{menu(304, "sf-menu", base, ["Actualité", "Politique", "Économie", "Société", "Culture", "Sport", "Opinion", "Éditorial"], 7)}</div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-2"><article id="post-248113" class="post-248113 post type-post status-publish format-standard has-post-thumbnail category-culture category-entrevue tag-jacmel tag-bibliotheque tag-lecture">
<div class="td-post-header"><div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{base}/">Accueil</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Voir tous les articles dans Culture" class="entry-crumb" href="{base}/culture/">Culture</a></span></div></div>
<ul class="td-category"><li class="entry-category"><a href="{base}/culture/">Culture</a></li><li class="entry-category"><a href="{base}/entrevue/">Entrevue</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{title}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Propos recueillis par</div> <a href="{base}/author/jmpierrelouis/">Jean-Marc Pierre-Louis</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-11-19T08:47:12-05:00">19 novembre 2026</time></span>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>3</a></div><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-248113">1287</span></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="#"><span class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button td-social-whatsapp" href="#"><span class="td-social-but-text">WhatsApp</span></a></div></div>
<div class="td-post-featured-image"><figure><img width="696" height="464" class="entry-thumb" src="{base}/wp-content/uploads/2026/11/camionnette-jacmel.jpg" alt="" /><figcaption class="wp-caption-text">Roseline Étienne devant la camionnette-bibliothèque, place du marché de Jacmel. Photo&nbsp;: Valérie Baptiste / LN</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{chr(10).join(body)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="{base}/tag/jacmel/">Jacmel</a></li><li><a href="{base}/tag/bibliotheque/">bibliothèque</a></li><li><a href="{base}/tag/lecture/">lecture</a></li></ul></div>
<div class="td-post-sharing-bottom"><a class="td-social-sharing-button" href="#">Partager</a></div>
<div class="td-author-name-wrap author-box-wrap"><a href="{base}/author/jmpierrelouis/"><img alt="" src="{base}/wp-content/uploads/avatars/jmpl-96x96.jpg" class="avatar" height="96" width="96"/></a><div class="desc"><div class="td-author-name vcard author"><a href="{base}/author/jmpierrelouis/">Jean-Marc Pierre-Louis</a></div><div class="td-author-description">Journaliste au Nouvelliste depuis 2015, Jean-Marc Pierre-Louis couvre la culture et l’éducation dans le Sud-Est. Il anime aussi le podcast «&nbsp;Lèt ak Kilti&nbsp;».</div><div class="td-author-social"><a href="#">Twitter</a></div></div></div></footer>
<div class="td_block_wrap td_block_related_posts">{related(305, base + "/article", "td-related", "Articles similaires", 6)}</div>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>3 Commentaires</span></h4></div>{comment_block}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LAISSER UN COMMENTAIRE</h3><form id="commentform"><textarea placeholder="Commentaire:" name="comment"></textarea><input placeholder="Nom:*" name="author" type="text"/><input class="submit" type="submit" value="Publier le commentaire"/></form></div></div>
</article></div></div>
<div class="td-footer-wrapper"><div class="td-footer-info"><div class="footer-logo-wrap"><img src="{base}/wp-content/uploads/logo-nouvelliste-blanc.png" alt="Le Nouvelliste"/></div><div class="footer-text-wrap">Le Nouvelliste, le quotidien d’Haïti depuis 1898. Contact&nbsp;: redaction@lenouvelliste.com</div></div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">© Le Nouvelliste 2026</div>{menu(306, "td-subfooter-menu", base, ["Publicité", "Abonnement", "Contact"], 3)}</div></div>
</div>
<script type="text/javascript" id="td-generated-footer-js">var tdBlocksArray=[];var td_magnific_popup_translation_ajax_loading="Chargement...";</script>
<script type="text/javascript" src="{base}/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5" id="td-site-min-js"></script>
</body></html>"""
    write(
        "03_lenouvelliste_wordpress_newspaper_interview",
        page,
        {
            "title": flat(title),
            "publication": "Le Nouvelliste",
            "author": "Jean-Marc Pierre-Louis",
            "section": "Culture",
            "date": datetime.date(2026, 11, 19),
            "source_url": url,
            "paragraphs": [flat(intro)] + [flat(t) for _, t in INTERVIEW],
            "notes": "tagDiv Newspaper interview: italic presentation paragraph, then questions "
            "in <p><strong> (paragraphs, not subheads). 'Propos recueillis par'. Headline in "
            "« » with U+00A0 inside. articleSection list ['Culture', 'Entrevue']. The author box "
            "with bio after the text, tags, related posts and comments are not text. Page "
            "time -05:00; OG times in UTC agree on the date.",
        },
    )


TOAMASINA = [
    "<i>Rectificatif&nbsp;: une première version de cet article indiquait que le marché "
    "ouvrirait le samedi 5 décembre. Il ouvrira bien le vendredi 4 décembre.</i>",
    "Le boulevard Joffre va changer de visage à la nuit tombée. À partir du vendredi 4 "
    "décembre, une cinquantaine de marchands s'installeront chaque semaine entre la place de "
    "l'Indépendance et le grand marché, de 17 heures à 23 heures. L'initiative, portée par la "
    "commune urbaine de Toamasina, a été présentée mercredi aux commerçants du centre-ville.",
    "« Le soir, le boulevard se vide dès que les magasins ferment. Nous voulons que les "
    "familles reviennent se promener ici », a déclaré l'adjoint au maire chargé du "
    "développement économique, Fidèle Rasoanaivo, lors de la réunion.",
    None,
    "Les emplacements seront attribués par tirage au sort parmi les candidats inscrits avant le "
    "27 novembre. Chaque marchand versera une redevance de 5&nbsp;000 ariary par soirée, "
    "éclairage compris. Les vendeurs de brochettes, de <i>mofo gasy</i> et d'artisanat auront "
    "la priorité, tout comme les associations de femmes des quartiers périphériques.",
    "La commune compte aussi sur les passagers des paquebots qui font escale au port. Une "
    "douzaine de navires de croisière sont attendus entre décembre et mars, et les agences "
    "locales regrettent souvent que les visiteurs ne trouvent rien d'ouvert après leur retour "
    "d'excursion.",
    "Quelques commerçants installés restent sceptiques. « Si les étals bloquent l'entrée de nos "
    "boutiques, nous perdrons nos clients », s'inquiète la gérante d'une quincaillerie, qui "
    "demande un plan de circulation précis. La commune promet de laisser un passage de trois "
    "mètres devant chaque vitrine.",
    "Vingt agents de la police municipale seront mobilisés chaque vendredi, en lien avec le "
    "commissariat central. Un bilan sera dressé après trois mois d'essai.",
]
TOAMASINA_SUBHEAD = "Des emplacements à 5&nbsp;000 ariary"


def page04_lexpress_mg_homemade_php_br() -> None:
    """L'Express de Madagascar (MG), home-made PHP: tables, <br><br> text, correction note."""
    base = "https://lexpress.mg"
    url = f"{base}/20/11/2026/toamasina-un-marche-de-nuit-pour-relancer-le-boulevard-joffre/"
    title = "Toamasina – Un marché de nuit pour relancer le boulevard Joffre"
    chapeau = (
        "Une cinquantaine d'étals s'installeront chaque vendredi soir sur l'artère commerçante. "
        "La commune espère attirer les familles et les croisiéristes."
    )
    segments = [f"<b>{TOAMASINA_SUBHEAD}</b>" if s is None else s for s in TOAMASINA]
    text = "<br />\n<br />\n".join(segments)
    rows = "".join(
        f'<tr><td class="liste_date">{t["date"][8:]}/{t["date"][5:7]}</td><td class="liste_titre">'
        f'<a href="{t["url"]}">{t["title"]}</a></td></tr>'
        for t in teasers(401, 40, base, FILLER)
    )
    page = f"""<!-- saved from url=({len(url):04d}){url} -->
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} | L'Express de Madagascar</title>
<meta name="keywords" content="Toamasina, marché de nuit, boulevard Joffre, commune">
<meta name="description" content="{chapeau}">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/images/2026/11/marche-nuit-tamatave.jpg">
<meta property="fb:app_id" content="1840022711">
<link href="{base}/css/style.css?v=3" rel="stylesheet" type="text/css">
<style type="text/css">{css_blob(402, "exp", 260)}</style>
<script type="text/javascript" src="{base}/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-1133021-1']);_gaq.push(['_trackPageview']);</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" id="page">
<tr><td colspan="3" class="bandeau"><a href="{base}/"><img src="{base}/images/logo_express.gif" width="420" height="90" border="0" alt="L'Express de Madagascar"></a>
<span class="date_jour">Vendredi 20 novembre 2026</span></td></tr>
<tr><td colspan="3" class="menu">{menu(403, "menu_haut", base, ["Actualités", "Politique", "Économie", "Société", "Régions", "Sport", "Culture", "Opinions"], 5)}</td></tr>
<tr><td width="180" valign="top" class="col_gauche"><div class="bloc_titre">Dernières infos</div><table class="liste">{rows}</table></td>
<td width="600" valign="top" class="col_centre">
<div class="rubrique"><a href="{base}/regions/">Régions</a></div>
<h1 class="titre_article">{title}</h1>
<div class="infos_article"><span class="date">Publié le vendredi 20 novembre 2026</span> | <a href="#reactions">0 réaction</a> | <a href="javascript:window.print()">Imprimer</a></div>
<div class="chapeau"><b>{chapeau}</b></div>
<div class="photo_article"><img src="{base}/images/2026/11/marche-nuit-tamatave.jpg" width="580" alt=""><br>
<span class="legende">Le boulevard Joffre accueillera les étals chaque vendredi soir.</span></div>
<div class="texte_article" id="texte">
{text}
</div>
<div class="signature">Mirana Andriamanjato</div>
<div class="partage"><a href="#">Partager sur Facebook</a> | <a href="#">Envoyer à un ami</a></div>
<div class="memes_rubrique"><div class="bloc_titre">Dans la même rubrique</div>{related(404, base, "liste_rub", "Régions", 6)}</div>
<a name="reactions"></a><div class="reactions"><div class="bloc_titre">Réactions</div><p class="aucune">Soyez le premier à réagir à cet article.</p>
<form action="{base}/reagir.php" method="post"><input type="text" name="pseudo"> <textarea name="message"></textarea> <input type="submit" value="Envoyer"></form></div>
</td>
<td width="200" valign="top" class="col_droite"><div class="pub"><a href="#"><img src="{base}/pub/banniere_200x400.gif" alt="Publicité" border="0"></a></div>
<div class="bloc_titre">Les plus lus</div>{related(405, base, "plus_lus", "Cette semaine", 8)}</td></tr>
<tr><td colspan="3" class="pied">© L'Express de Madagascar 2026 - Tous droits réservés - Antananarivo<br>
<a href="{base}/contact.php">Contact</a> | <a href="{base}/publicite.php">Publicité</a> | <a href="{base}/abonnement.php">Abonnement</a></td></tr>
</table>
</body></html>"""
    write(
        "04_lexpress_mg_homemade_php_br",
        page,
        {
            "title": title,
            "publication": "L'Express de Madagascar",
            "author": "Mirana Andriamanjato",
            "section": "Régions",
            "date": datetime.date(2026, 11, 20),
            "standfirst": flat(chapeau),
            "source_url": url,
            "subheads": [flat(TOAMASINA_SUBHEAD)],
            "paragraphs": [flat(s) for s in TOAMASINA if s is not None],
            "notes": "Home-made PHP page laid out in tables, no JSON-LD, no canonical (og:url). "
            "Text is one div split by <br /><br />, one <b> line as subhead. A correction note "
            "in italics opens the text and is kept as a paragraph (the paper's own text). "
            "Author only as the signature below the text. Date only as 'Publié le vendredi 20 "
            "novembre 2026' (the header's date of the day is the same). Section from the "
            "rubrique label. Straight apostrophes.",
        },
    )
