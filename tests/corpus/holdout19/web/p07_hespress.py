# ruff: noqa: E501  (page markup and article text are kept on their real lines)
"""07: Hespress FR (MA, WordPress): opinion piece, byline with a role, p.exergue among the
paragraphs, disclaimer and author bio after the text."""

import datetime

from chrome import footer, menu, related, saved_from, style, tracking
from kit import flat, json_script, paras, write

BASE = "https://fr.hespress.com"
URL = f"{BASE}/412873-le-dessalement-ne-suffira-pas-a-sauver-nos-oasis.html"
TITLE = "Le dessalement ne suffira pas à sauver nos oasis"
QUOTE = "Une oasis n’est pas un robinet que l’on rouvre quand le barrage se remplit."
SUB = "Revenir aux khettaras"
BODY = [
    "Chaque été apporte son lot de chiffres alarmants. Le taux de remplissage des barrages, "
    "les nappes qui reculent, les palmeraies qui jaunissent. Et chaque été, la même réponse "
    "revient dans le débat public : davantage de stations de dessalement.",
    "Je ne conteste pas l’utilité de ces équipements pour les villes côtières. Casablanca, Agadir "
    "ou Safi en ont besoin, et les investissements engagés depuis 2022 sont justifiés. Mais "
    "croire que l’eau de mer sauvera Figuig, Tata ou la vallée du Drâa relève de l’illusion.",
    "Le transport d’un mètre cube d’eau dessalée sur quatre cents kilomètres, avec un dénivelé "
    "de mille mètres, coûte plus cher que la valeur de ce qu’il permet de produire. Aucun "
    "agriculteur oasien ne pourra payer ce prix, et l’État ne pourra pas le subventionner "
    "indéfiniment.",
    "Le problème des oasis est d’abord un problème de gestion. Les forages privés se sont "
    "multipliés sans contrôle, pompant à quatre-vingts mètres ce que les anciens puisaient à "
    "dix. Une oasis n’est pas un robinet que l’on rouvre quand le barrage se remplit.",
]
BODY2 = [
    "Pendant des siècles, les galeries drainantes ont alimenté les palmeraies sans épuiser les "
    "nappes. Beaucoup sont aujourd’hui abandonnées, faute de bras pour les entretenir. Leur "
    "réhabilitation, confiée aux associations d’usagers, coûterait une fraction du prix d’une "
    "conduite depuis l’Atlantique.",
    "Il faudrait aussi, enfin, appliquer la loi 36-15 sur l’eau : recenser les puits, fixer des "
    "quotas, sanctionner les abus. Ce n’est pas une question de technologie, c’est une question "
    "de volonté.",
    "Les oasis couvrent 15&nbsp;% du territoire et font vivre près de deux millions de personnes. "
    "Elles méritent mieux qu’une promesse d’ingénieur.",
]


def build() -> None:
    """Write page 07 and its expected file."""
    ld = {
        "@context": "https://schema.org",
        "@type": "OpinionNewsArticle",
        "headline": TITLE,
        "datePublished": "2026-11-19T21:40:00+01:00",
        "dateModified": "2026-11-19T21:40:00+01:00",
        "author": [{"@type": "Person", "name": "Youssef Alaoui Lamrani", "jobTitle": "économiste"}],
        "articleSection": "Opinions",
        "publisher": {
            "@type": "Organization",
            "name": "Hespress Français",
            "logo": {
                "@type": "ImageObject",
                "url": f"{BASE}/wp-content/themes/hespress/img/logo-fr.png",
            },
        },
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": BASE},
            {"@type": "ListItem", "position": 2, "name": "Opinions", "item": f"{BASE}/opinions"},
        ],
    }
    body = "\n".join(
        [
            paras(BODY[:3]),
            f'<p class="exergue">{QUOTE}</p>',
            paras(BODY[3:]),
            '<div class="hp-ad" id="ad-mpu-1"><small>Publicité</small></div>',
            f"<h3>{SUB}</h3>",
            paras(BODY2),
        ]
    )
    page = f"""<!DOCTYPE html>
{saved_from(URL)}
<html dir="ltr" lang="fr-FR"><head><meta charset="UTF-8">
<title>{TITLE} - Hespress Français - Actualités du Maroc</title>
<link rel="canonical" href="{URL}">
<meta property="og:site_name" content="Hespress Français - Actualités du Maroc">
<meta property="og:title" content="{TITLE}"><meta property="og:url" content="{URL}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-19T20:40:00+00:00">
{json_script(ld)}
{json_script(crumbs)}
{style(701, "hp", 470)}
</head><body class="post-template-default single single-post category-opinions">
<header class="hp-header"><div class="hp-topbar">Jeudi 19 novembre 2026 | الهسبريس عربية | English</div>
<a class="hp-logo" href="{BASE}/"><img src="/wp-content/themes/hespress/img/logo-fr.png" alt="Hespress FR"></a>
{menu(702, "hp-menu", BASE, ["Politique", "Économie", "Société", "Régions", "Sport", "Culture", "Opinions"])}</header>
<main class="hp-main"><article class="post">
<div class="post-header"><span class="cat"><a href="/opinions">Opinions</a></span>
<h1 class="post-title">{TITLE}</h1>
<div class="author-meta"><span class="author">Par <a href="/author/y-alaoui">Youssef Alaoui Lamrani</a>, économiste</span>
<span class="date-post">19 novembre 2026 - 21:40</span></div></div>
<div class="post-thumbnail"><img src="/wp-content/uploads/2026/11/oasis-draa.jpg" alt=""><span class="credit">Image d’illustration © Hespress</span></div>
<div class="article-content">
{body}
</div>
<p class="disclaimer"><em>Les opinions exprimées dans cette rubrique n’engagent que leurs auteurs.</em></p>
<div class="author-bio"><img src="/wp-content/uploads/authors/y-alaoui.jpg" alt=""><p>Youssef Alaoui Lamrani est économiste, chercheur associé à un centre d’études sur les ressources hydriques à Rabat.</p></div>
<div class="share"><a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>
<div class="comments-count">2 commentaires</div>
<ol class="commentlist"><li><b>Hamid</b> <span>20 novembre 2026</span><p>Bravo, enfin un texte lucide.</p></li><li><b>Samira B.</b><p>Et les khettaras de Tafilalet ? Personne n’en parle.</p></li></ol>
</article>
{related(703, 24, BASE, "hp-related", "Articles similaires")}
</main>
{footer(704, "Hespress Français", BASE, ["Rubriques", "Hespress", "Contact", "Applications"])}
{tracking(705, "hespress-fr")}
</body></html>
"""
    write(
        "07_hespress_wordpress_opinion",
        page,
        {
            "title": TITLE,
            "publication": "Hespress Français",
            "author": "Youssef Alaoui Lamrani",
            "section": "Opinions",
            "date": datetime.date(2026, 11, 19),
            "source_url": URL,
            "subheads": [SUB],
            "pull_quotes": [QUOTE],
            "paragraphs": [flat(p) for p in BODY + BODY2],
            "notes": "Opinion: OpinionNewsArticle; byline 'Par Name, économiste' → the name; "
            "p.exergue among paragraphs is a pull quote (it repeats the end of a paragraph); "
            "og:site_name and <title> add a tagline to 'Hespress Français' (publisher, footer); "
            "the logo's alt says 'Hespress FR'; disclaimer, author bio, comments, the header's "
            "date of the day and the Arabic/English links are chrome; h3 subhead.",
        },
    )
