# ruff: noqa: E501  (page markup and article text are kept on their real lines)
"""03: Paris-Normandie (WordPress VIP): AFP dispatch, "Paris-Normandie avec AFP", Yoast
@graph, video player with a legend."""

import datetime

from chrome import footer, menu, related, saved_from, style, tracking
from kit import flat, json_script, paras, write

BASE = "https://www.paris-normandie.fr"
URL = f"{BASE}/id638214/article/2026-11-24/le-havre-un-cargo-immobilise-apres-la-decouverte-de-fissures-sur-sa-coque"
TITLE = "Le Havre : un cargo immobilisé après la découverte de fissures sur sa coque"
BODY = [
    "Le Havre (AFP) – Un porte-conteneurs battant pavillon maltais est immobilisé depuis lundi "
    "soir au port du Havre après la découverte de fissures sur sa coque, a indiqué mardi la "
    "préfecture maritime de la Manche et de la mer du Nord.",
    "Le navire, l’<em>Aurelia Star</em>, long de 294 mètres, arrivait d’Anvers avec un peu plus "
    "de 3&nbsp;000 conteneurs à son bord. Une inspection de routine menée par le Centre de sécurité "
    "des navires a mis en évidence « plusieurs fissures de plusieurs dizaines de centimètres » au "
    "niveau de la ligne de flottaison, selon un communiqué.",
    "« Il n’y a à ce stade aucun risque de pollution ni de danger pour l’équipage », a assuré à "
    "l’AFP le capitaine de frégate Hervé Lannuzel, porte-parole de la préfecture maritime. Les "
    "vingt-deux marins, de nationalités philippine et ukrainienne, restent à bord.",
    "L’armateur, une société établie à Limassol, a été mis en demeure de faire réaliser une "
    "expertise par une société de classification avant tout départ. Le déchargement des "
    "conteneurs a commencé mardi matin au terminal de France et devrait durer au moins trois jours.",
    "Selon un représentant syndical du port, qui a requis l’anonymat, le même navire avait déjà "
    "fait l’objet d’une retenue à Rotterdam au printemps pour des défauts liés aux équipements "
    "de sauvetage. L’information n’a pas été confirmée par les autorités néerlandaises.",
    "En 2025, les inspecteurs du Centre de sécurité des navires du Havre ont procédé à 412 "
    "contrôles et prononcé dix-neuf immobilisations, d’après les chiffres de la direction "
    "interrégionale de la mer.",
]


def build() -> None:
    """Write page 03 and its expected file."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{URL}#article",
                "headline": TITLE,
                "datePublished": "2026-11-24T12:47:00+00:00",
                "dateModified": "2026-11-24T16:05:00+00:00",
                "author": [{"@type": "Organization", "name": "Paris-Normandie avec AFP"}],
                "articleSection": ["Faits divers", "Le Havre"],
                "keywords": ["port", "Le Havre", "sécurité maritime"],
                "publisher": {"@id": f"{BASE}/#organization"},
            },
            {
                "@type": "Organization",
                "@id": f"{BASE}/#organization",
                "name": "Paris-Normandie",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{BASE}/wp-content/uploads/2021/03/logo-pn.png",
                },
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": BASE},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Faits divers",
                        "item": f"{BASE}/faits-divers",
                    },
                    {"@type": "ListItem", "position": 3, "name": TITLE},
                ],
            },
        ],
    }
    body = "\n".join(
        [
            paras(BODY[:2]),
            '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">'
            '<iframe src="https://geo.dailymotion.com/player/x9pn.html?video=x9abc12" width="640" '
            'height="360" allowfullscreen></iframe></div><figcaption>VIDÉO. Le port du Havre en '
            "chiffres : trafic, emplois et projets</figcaption></figure>",
            paras(BODY[2:4]),
            '<div class="pn-ad" data-slot="inarticle_1"><span>Publicité</span></div>',
            '<p class="read-also"><strong>À lire aussi :</strong> <a href="/id601112/article/2026-06-02/'
            'port-du-havre-record-de-conteneurs">Port du Havre : record de conteneurs au premier semestre</a></p>',
            paras(BODY[4:]),
        ]
    )
    page = f"""<!DOCTYPE html>
{saved_from(URL)}
<html lang="fr-FR"><head><meta charset="UTF-8">
<title>{TITLE} | Paris-Normandie</title>
<link rel="canonical" href="{URL}">
<meta property="og:locale" content="fr_FR"><meta property="og:type" content="article">
<meta property="og:title" content="{TITLE} | Paris-Normandie">
<meta property="og:url" content="{URL}"><meta property="og:site_name" content="Paris-Normandie">
<meta property="article:publisher" content="https://www.facebook.com/parisnormandie">
<meta property="article:published_time" content="2026-11-24T12:47:00+00:00">
<meta property="article:modified_time" content="2026-11-24T16:05:00+00:00">
<meta name="author" content="Paris-Normandie avec AFP">
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel="stylesheet" id="wp-block-library-css" href="{BASE}/wp-includes/css/dist/block-library/style.min.css" media="all">
{style(301, "pn", 430)}
</head><body class="post-template-default single single-post postid-638214 single-format-standard category-faits-divers">
<header class="site-header"><a class="custom-logo-link" href="{BASE}/"><img alt="Paris-Normandie" src="/wp-content/uploads/2021/03/logo-pn.png"></a>
{menu(302, "primary-menu", BASE, ["Rouen", "Le Havre", "Dieppe", "Évreux", "Faits divers", "Sport", "Culture"])}
</header>
<main id="main" class="site-main"><article id="post-638214" class="post-638214 post type-post status-publish">
<header class="entry-header"><span class="entry-category"><a href="/faits-divers" rel="category tag">Faits divers</a></span>
<h1 class="entry-title">{TITLE}</h1>
<div class="entry-meta"><span class="byline">Paris-Normandie avec AFP</span>
<time class="entry-date published" datetime="2026-11-24T13:47:00+01:00">Publié le 24/11/2026 à 13h47</time>
<time class="updated" datetime="2026-11-24T17:05:00+01:00">Mis à jour le 24/11/2026 à 17h05</time></div></header>
<figure class="wp-block-image post-thumbnail"><img src="/wp-content/uploads/2026/11/cargo-havre.jpg" alt="">
<figcaption class="wp-element-caption">Le navire est à quai au terminal de France. (Photo d’illustration Boris Maslard)</figcaption></figure>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="tags-links"><a href="/tag/port" rel="tag">Port</a>, <a href="/tag/le-havre" rel="tag">Le Havre</a></span></footer>
</article>
{related(303, 28, BASE, "pn-related", "Dans la même rubrique")}
</main>
{footer(304, "Paris-Normandie", BASE, ["Territoires", "Thématiques", "Services", "Le journal"])}
{tracking(305, "paris-normandie")}
</body></html>
"""
    write(
        "03_parisnormandie_wpvip_afp",
        page,
        {
            "title": TITLE,
            "publication": "Paris-Normandie",
            "author": None,
            "agency": "AFP",
            "section": "Faits divers",
            "date": datetime.date(2026, 11, 24),
            "source_url": URL,
            "paragraphs": [flat(p) for p in BODY],
            "notes": "Agency dispatch: byline 'Paris-Normandie avec AFP' (no person; JSON-LD "
            "author an Organization of that name); dateline 'Le Havre (AFP) –' kept in the first "
            "paragraph; articleSection list → first item; Yoast @graph with BreadcrumbList; "
            "Dailymotion player with a legend, ad and 'À lire aussi' paragraph are chrome; "
            "JSON-LD dates in UTC (same day).",
        },
    )
