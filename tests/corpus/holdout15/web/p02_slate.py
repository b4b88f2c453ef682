# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""02 Slate.fr (WordPress): h2 subheads with ids, footnotes, byline with role and handle, escaped articleBody."""

import datetime
import html

from chrome import footer_links, mega_menu, stylesheet, teaser_cards
from kit import ld_script, save, texts, wrap

BASE = "https://www.slate.fr"
URL = f"{BASE}/societe/laveries-automatiques-derniers-salons-des-villes-moyennes"
TITLE = "Les laveries automatiques, derniers salons des villes moyennes"
LEAD = "À Nevers, Vierzon ou Montluçon, on y vient pour laver son linge et on y reste pour parler. Enquête sur un lieu que personne n’a vu devenir un lieu de sociabilité."
HEADS = [
    ("le-tambour-et-la-parole", "Le tambour et la parole"),
    ("un-modele-fragile", "Un modèle fragile"),
]
BODY = [
    "Il est 19 heures, un mardi de novembre, et la laverie de la rue du Commerce, à Nevers, est plus animée que le café d’en face. Six machines tournent, deux sèchent, et autour de la table en formica, quatre personnes qui ne se connaissaient pas il y a un an commentent le match de la veille.",
    'La France comptait environ 4&nbsp;300 laveries en libre-service en 2025, selon la Fédération des professionnels de l’entretien du textile<sup class="fn-ref"><a href="#note-1" id="ref-1">[1]</a></sup>. Leur nombre a progressé de près d’un tiers en dix ans, surtout dans les villes de 30&nbsp;000 à 100&nbsp;000 habitants.',
    "Pour Nadège Fournel, qui tient deux laveries à Vierzon, l’explication est simple&nbsp;: «&nbsp;Les gens ont des logements plus petits, plus de machines en panne, et moins d’endroits où s’asseoir sans consommer.&nbsp;» Elle a installé une étagère de livres et une bouilloire. «&nbsp;Je vends du lavage, mais on me remercie pour le reste.&nbsp;»",
    'La sociologue Camille Barthez, qui a passé six mois dans des laveries du Cher et de l’Allier, parle de «&nbsp;lieux d’attente choisie&nbsp;». On y attend quarante minutes, assez pour entamer une conversation, pas assez pour qu’elle devienne une obligation<sup class="fn-ref"><a href="#note-2" id="ref-2">[2]</a></sup>.',
    "Elle y a croisé des étudiants, des retraités veufs, des ouvriers en déplacement, des familles qui lavent leurs couettes avant l’hiver. «&nbsp;C’est l’un des rares endroits où un cadre et un chômeur s’assoient sur le même banc sans que ce soit bizarre&nbsp;», résume-t-elle.",
    "Le tableau n’est pas idyllique pour autant. La hausse des prix de l’électricité a fait passer le cycle de lavage de 4 à 6&nbsp;euros dans la plupart des enseignes. Plusieurs exploitants indépendants ont fermé, rachetés par des réseaux qui automatisent tout, jusqu’au paiement par application.",
    "À Montluçon, la laverie Bleu Lavande a supprimé ses chaises pour «&nbsp;limiter les stationnements prolongés&nbsp;», selon une affichette. Les habitués se sont repliés sur celle du quartier de Fontbouillant, à deux kilomètres, qui a gardé les siennes.",
    "Camille Barthez y voit un symptôme&nbsp;: «&nbsp;Quand un lieu ne rapporte que ce qu’il vend, on en retire tout ce qui ne se vend pas. Y compris les bancs.&nbsp;»",
]
NOTES = [
    "Chiffres de la FPET, rapport annuel 2025, qui ne compte que les établissements déclarés.",
    "Camille Barthez, <em>Attendre ensemble</em>, Presses universitaires de Rennes, à paraître en 2027.",
]


def page02() -> None:
    """Write 02_slate_wordpress_footnotes."""
    h2 = [
        f'<h2 class="wp-block-heading" id="{anchor}"><a class="anchor" href="#{anchor}" aria-hidden="true">#</a>{label}</h2>'
        for anchor, label in HEADS
    ]
    notes = "".join(
        f'<li id="note-{i + 1}"><p>{n} <a href="#ref-{i + 1}" class="fn-back" aria-label="Retour au texte">↩</a></p></li>'
        for i, n in enumerate(NOTES)
    )
    body = "\n".join(
        [
            wrap(BODY[:2]),
            h2[0],
            wrap(BODY[2:5]),
            '<div class="slate-ad slate-ad--inread" id="dfp-inread"><span class="slate-ad__label">Publicité</span></div>',
            h2[1],
            wrap(BODY[5:]),
            f'<ol class="footnotes wp-block-footnotes">{notes}</ol>',
        ]
    )
    markup = "".join(f"<p>{p}</p>" for p in BODY)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{URL}#article",
                "headline": TITLE,
                "articleSection": ["Société", "Enquête"],
                "datePublished": "2026-11-26T07:30:00+01:00",
                "dateModified": "2026-11-26T07:30:00+01:00",
                "author": {
                    "@type": "Person",
                    "name": "Clémence Aubry",
                    "sameAs": ["https://twitter.com/clemaubry"],
                },
                "articleBody": html.escape(markup),
                "publisher": {"@id": f"{BASE}/#organization"},
            },
            {
                "@type": "Organization",
                "@id": f"{BASE}/#organization",
                "name": "Slate.fr",
                "logo": f"{BASE}/logo.png",
            },
        ],
    }
    nav = mega_menu(
        201,
        BASE,
        "menu",
        ["Politique", "Monde", "Société", "Culture", "Tech", "Sciences", "Podcasts"],
        8,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} | Slate.fr</title>
<meta name="description" content="{LEAD}">
<link rel="canonical" href="{URL}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE}">
<meta property="og:url" content="{URL}">
<meta property="og:site_name" content="Slate.fr">
<meta property="article:section" content="Société">
<meta property="article:published_time" content="2026-11-26T07:30:00+01:00">
<meta name="twitter:creator" content="@clemaubry">
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" id="wp-block-library-css" href="{BASE}/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2" media="all">
<style id="slate-inline-css">{stylesheet(2, "sl", 360)}</style>
{ld_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
</head>
<body class="post-template-default single single-post postid-288114 single-format-standard">
<header id="masthead" class="site-header"><a class="site-logo" href="{BASE}/"><img src="{BASE}/wp-content/themes/slate/logo.svg" alt="Slate.fr"></a><nav id="site-navigation">{nav}</nav></header>
<main id="primary" class="site-main">
<article id="post-288114" class="post-288114 post type-post status-publish category-societe">
<header class="entry-header">
<div class="entry-category"><a href="{BASE}/societe" rel="category tag">Société</a></div>
<h1 class="entry-title">{TITLE}</h1>
<p class="entry-chapo">{LEAD}</p>
<div class="entry-meta">
<div class="author-card"><a class="author-card__name" href="{BASE}/source/clemence-aubry">Clémence Aubry</a> <span class="author-card__role">Journaliste</span> <a class="author-card__twitter" href="https://twitter.com/clemaubry">@clemaubry</a></div>
<time class="entry-date published" datetime="2026-11-26T07:30:00+01:00">26 novembre 2026 à 7h30</time>
</div>
</header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="tags-links">Tags : <a href="{BASE}/tags/commerce">commerce</a>, <a href="{BASE}/tags/villes-moyennes">villes moyennes</a></span></footer>
</article>
<section class="related"><h2 class="related__title">Les plus lus</h2>{teaser_cards(202, BASE, 150, "teaser")}</section>
</main>
<footer class="site-footer"><ul>{footer_links(203, BASE, 40)}</ul><p>© Slate.fr 2026</p></footer>
<script src="{BASE}/wp-content/themes/slate/js/app.min.js?ver=4.12.0" id="slate-app-js"></script>
</body>
</html>
"""
    save(
        "02_slate_wordpress_footnotes",
        page,
        {
            "title": TITLE,
            "publication": "Slate.fr",
            "author": "Clémence Aubry",
            "section": "Société",
            "date": datetime.date(2026, 11, 26),
            "standfirst": LEAD,
            "source_url": URL,
            "subheads": [label for _, label in HEADS],
            "paragraphs": texts(BODY) + texts(NOTES),
            "notes": "WordPress + Yoast @graph. articleBody holds HTML-escaped markup (&lt;p&gt;, &amp;nbsp;): not the "
            "paragraphs. h2 subheads with ids and a '#' anchor link (the '#' is part of the heading's visible text "
            "but not of its title). Footnote references '[1]' inside paragraphs; the footnotes list at the end is "
            "author text (one paragraph per note, without the back arrow). Byline card: name, role 'Journaliste', "
            "Twitter handle. p.entry-chapo standfirst; articleSection a list.",
        },
    )
