# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""05 TSA Algérie (WordPress): interview with bold 'Q :' lines, standfirst only in meta description."""

import datetime

from chrome import footer_links, mega_menu, stylesheet, teaser_cards
from kit import ld_script, save, texts

BASE = "https://www.tsa-algerie.com"
URL = f"{BASE}/entretien-le-dessalement-ne-suffira-pas-il-faut-reparer-les-reseaux/"
TITLE = "ENTRETIEN. « Le dessalement ne suffira pas, il faut réparer les réseaux »"
DESCRIPTION = "Samir Belkacemi, hydrologue, revient sur la sécheresse qui frappe l’Ouest algérien et sur les choix de l’État en matière d’eau potable."
BODY = [
    "<em>Alors que plusieurs wilayas de l’Ouest connaissent des coupures d’eau quotidiennes depuis septembre, l’hydrologue Samir Belkacemi, enseignant-chercheur à l’École nationale supérieure d’hydraulique de Blida, estime que la priorité doit aller à la réduction des pertes.</em>",
    "<strong>Q : Oran, Mostaganem et Relizane vivent au rythme des coupures. La situation est-elle exceptionnelle ?</strong>",
    "<strong>R :</strong> Elle est grave, mais elle n’est pas une surprise. Les barrages de l’Ouest sont remplis à moins de 15 % de leur capacité, et cela fait trois hivers que les pluies sont inférieures à la moyenne. Ce qui était un accident climatique devient une tendance.",
    "<strong>Q : Le gouvernement mise sur les stations de dessalement. Est-ce la bonne réponse ?</strong>",
    "<strong>R :</strong> C’est une réponse nécessaire, pas suffisante. Les cinq nouvelles stations annoncées produiront environ 1,5 million de mètres cubes par jour. C’est considérable. Mais dans certaines villes, on perd jusqu’à 40 % de l’eau entre la station et le robinet. On dessale de l’eau de mer à grands frais pour l’injecter dans des conduites qui fuient.",
    "<strong>Q : Pourquoi la réparation des réseaux n’avance-t-elle pas ?</strong>",
    "<strong>R :</strong> Parce qu’elle ne se voit pas. Une station de dessalement s’inaugure, une conduite réparée sous une chaussée, personne ne la remarque. Il faut aussi des compétences que nous formons mal : des techniciens de détection de fuites, des gestionnaires de réseaux. Nous en manquons cruellement.",
    "<strong>Q : Que faudrait-il faire en priorité ?</strong>",
    "<strong>R :</strong> Sectoriser les réseaux, installer des compteurs partout, y compris chez les gros consommateurs publics, et publier les chiffres de pertes ville par ville. Ce qui n’est pas mesuré n’est pas géré. Il faudrait également revoir la tarification, qui n’incite personne à économiser.",
    "<strong>Q : L’agriculture est-elle concernée ?</strong>",
    "<strong>R :</strong> Évidemment. Elle consomme près de 70 % de l’eau mobilisée dans le pays. Le passage au goutte-à-goutte progresse, mais trop lentement, et certaines cultures très gourmandes continuent de s’étendre dans des zones où la nappe baisse chaque année.",
]


def page05() -> None:
    """Write 05_tsa_wordpress_interview_q_r."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{URL}#article",
                "headline": TITLE,
                "datePublished": "2026-11-27T10:48:22+00:00",
                "dateModified": "2026-11-27T11:02:09+00:00",
                "author": {"name": "Karima Haddad", "@id": f"{BASE}/#/schema/person/7f1c"},
                "articleSection": ["Économie"],
                "inLanguage": "fr-FR",
                "publisher": {"@id": f"{BASE}/#organization"},
            },
            {
                "@type": "Organization",
                "@id": f"{BASE}/#organization",
                "name": "TSA",
                "alternateName": "Tout sur l’Algérie",
                "url": f"{BASE}/",
            },
            {
                "@type": "Person",
                "@id": f"{BASE}/#/schema/person/7f1c",
                "name": "Karima Haddad",
                "url": f"{BASE}/author/karima-haddad/",
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{BASE}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Économie",
                        "item": f"{BASE}/economie/",
                    },
                ],
            },
        ],
    }
    nav = mega_menu(
        501,
        BASE,
        "td-menu",
        ["Actualité", "Économie", "Politique", "International", "Sport", "Culture"],
        8,
    )
    body = (
        "\n".join(f"<p>{p}</p>" for p in BODY[:5])
        + '\n<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span></div>\n'
        + "\n".join(f"<p>{p}</p>" for p in BODY[5:])
    )
    page = f"""<!doctype html >
<html lang="fr-FR">
<head>
<title>{TITLE} - TSA</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{DESCRIPTION}" />
<link rel="canonical" href="{URL}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{TITLE}" />
<meta property="og:description" content="{DESCRIPTION}" />
<meta property="og:url" content="{URL}" />
<meta property="og:site_name" content="TSA" />
<meta property="article:published_time" content="2026-11-27T10:48:22+00:00" />
<meta name="author" content="Karima Haddad" />
{ld_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<style id="td-theme-inline">{stylesheet(5, "td", 420)}</style>
</head>
<body class="post-template-default single single-post td-standard-pack">
<div class="td-header-wrap"><div class="td-header-date">Vendredi, 27 novembre 2026</div><a class="td-main-logo" href="{BASE}/"><img src="{BASE}/wp-content/uploads/tsa-logo.png" alt="TSA"></a><nav>{nav}</nav></div>
<div class="td-main-content-wrap">
<article id="post-1102387" class="post-1102387 post type-post category-economie">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="{BASE}/economie/">Économie</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{TITLE}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">Par <a href="{BASE}/author/karima-haddad/">Karima Haddad</a></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-11-27T10:48:22+00:00">27 novembre 2026</time></span></div></header>
</div>
<div class="td-post-content tagdiv-type">
{body}
<p class="signature"><em>Propos recueillis par Karima Haddad</em></p>
</div>
</article>
<div class="td-related"><h4 class="td-related-title">Articles similaires</h4>{teaser_cards(502, BASE, 160, "td_module_related_posts")}</div>
</div>
<div class="td-footer-wrap"><ul>{footer_links(503, BASE, 30)}</ul><p>© TSA – Tout sur l’Algérie 2026</p></div>
</body>
</html>
"""
    save(
        "05_tsa_wordpress_interview_q_r",
        page,
        {
            "title": TITLE,
            "publication": "TSA",
            "author": "Karima Haddad",
            "section": "Économie",
            "date": datetime.date(2026, 11, 27),
            "standfirst": None,
            "source_url": URL,
            "paragraphs": texts(BODY),
            "notes": "WordPress (tagDiv Newspaper) + Yoast @graph. Interview: questions are whole <p><strong>Q : …</strong> "
            "lines, answers start with a bold 'R :' (both paragraphs, the labels kept as written); italic presentation "
            "paragraph first. No visible chapô: the description lives only in meta description / og:description, so "
            "standfirst is null. Kicker 'ENTRETIEN.' inside the h1 (kept: it is the headline as shown). 'Propos "
            "recueillis par' signature at the end is a byline, not text; date in French words (27 novembre 2026); "
            "header date of the day; '- Advertisement -'.",
        },
    )
