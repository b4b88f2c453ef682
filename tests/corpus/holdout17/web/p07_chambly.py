# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Le Journal de Chambly (WordPress + Yoast): an opinion piece with an author bio box."""

import datetime

from chrome import consent, css_blob, footer, menu, teaser_grid, tracking, yoast_pieces
from kit import flat, json_script, paras, write


def page() -> None:
    """Kicker 'OPINION'; byline with a role; wp-block-pullquote with cite; bio after the text."""
    base = "https://www.journaldechambly.com"
    url = f"{base}/opinion/2026/11/26/la-riviere-richelieu-merite-mieux-quun-stationnement/"
    title = "La rivière Richelieu mérite mieux qu’un stationnement"
    quote = "Une ville qui tourne le dos à sa rivière se prive de ce qu’elle a de plus précieux."
    p = [
        "Le conseil municipal adoptera le mois prochain le plan d’aménagement du secteur du "
        "bassin de Chambly. Sur papier, le projet promet «&nbsp;une reconnexion avec la "
        "rivière&nbsp;». Dans les faits, il prévoit 240&nbsp;cases de stationnement sur le "
        "terrain de l’ancienne marina, à quelques mètres de l’eau.",
        "Je comprends la pression. Chaque fin de semaine d’été, les visiteurs du fort et des "
        "microbrasseries tournent en rond dans les rues du Vieux-Chambly. Les résidents de la "
        "rue Bourgogne en ont assez, et ils ont raison.",
        "Mais asphalter la berge, c’est régler un problème de juillet avec une solution qui "
        "durera cinquante ans. C’est aussi renoncer à la seule grande parcelle riveraine que "
        "la Ville possède encore entre les rapides et le pont Yvon-L’Heureux.",
        "D’autres villes de la Montérégie ont fait un autre choix. Saint-Jean-sur-Richelieu a "
        "transformé une partie de ses quais en parc linéaire, et les commerçants du centre "
        "n’y ont rien perdu. Une navette estivale depuis le stationnement incitatif de la "
        "route&nbsp;112 coûterait, selon les chiffres mêmes de la Ville, moins de "
        "90&nbsp;000&nbsp;$ par saison.",
        "Je propose donc trois choses simples&nbsp;: reporter le vote d’un an, tenir une "
        "véritable consultation publique, et tester la navette dès l’été 2027. Si elle échoue, "
        "le stationnement pourra toujours être construit. L’inverse, lui, ne sera jamais "
        "possible.",
        "Les citoyens qui partagent cette inquiétude peuvent s’inscrire à la période de "
        "questions de la séance du 8&nbsp;décembre. Venez nombreux&nbsp;: la berge nous "
        "appartient à tous.",
    ]
    pull = (
        f'<figure class="wp-block-pullquote"><blockquote><p>{quote}</p>'
        "<cite>Geneviève Lapointe</cite></blockquote></figure>"
    )
    bio = (
        '<div class="author-box"><img src="https://secure.gravatar.com/avatar/7d2f?s=96" alt="" class="avatar">'
        '<div class="author-box__text"><p class="author-box__name">Geneviève Lapointe</p>'
        "<p>Urbaniste de formation, Geneviève Lapointe habite le Vieux-Chambly depuis 2009. "
        "Elle a présidé le comité de citoyens du bassin de 2018 à 2022.</p></div></div>"
    )
    disclaimer = (
        '<p class="opinion-disclaimer"><em>Les textes d’opinion publiés dans le Journal de '
        "Chambly n’engagent que leurs auteurs.</em></p>"
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": ["Article", "OpinionNewsArticle"],
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": [{"name": "Geneviève Lapointe", "@id": f"{base}/#/schema/person/a91"}],
                "headline": title,
                "datePublished": "2026-11-26T10:00:47+00:00",
                "dateModified": "2026-11-26T15:22:10+00:00",
                "wordCount": 372,
                "commentCount": 6,
                "publisher": {"@id": f"{base}/#organization"},
                "articleSection": ["Opinion", "Actualités"],
                "inLanguage": "fr-CA",
            },
            *yoast_pieces(
                url,
                base,
                title,
                "Journal de Chambly",
                ("Opinion", f"{base}/opinion/"),
                f"{base}/wp-content/uploads/2024/01/logo-jdc.png",
            ),
            {
                "@type": "Person",
                "@id": f"{base}/#/schema/person/a91",
                "name": "Geneviève Lapointe",
                "description": "Urbaniste, citoyenne du Vieux-Chambly",
            },
        ],
    }
    nav = menu(
        701,
        "menu",
        base,
        ["Actualités", "Opinion", "Sports", "Culture", "Affaires", "Avis publics"],
        7,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA"><head>
<meta charset="UTF-8">
<title>{title} - Journal de Chambly</title>
<meta name="description" content="Le plan d’aménagement du bassin prévoit 240 cases de stationnement sur la berge.">
<meta property="og:locale" content="fr_CA">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Journal de Chambly">
<meta property="article:publisher" content="https://www.facebook.com/journaldechambly">
<meta property="article:published_time" content="2026-11-26T10:00:47+00:00">
<meta name="author" content="Geneviève Lapointe">
<meta name="twitter:label1" content="Écrit par"><meta name="twitter:data1" content="Geneviève Lapointe">
<meta name="twitter:label2" content="Durée de lecture estimée"><meta name="twitter:data2" content="2 minutes">
<link rel="canonical" href="{url}">
<style id="wp-block-library-inline-css">{css_blob(71, "wp-block", 500)}</style>
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
{tracking(72, "jdc")}
</head>
<body class="post-template-default single single-post category-opinion">
{consent("cky", "Journal de Chambly")}
<header class="site-header"><a href="{base}/"><img src="{base}/wp-content/uploads/2024/01/logo-jdc.svg" alt="Journal de Chambly"></a><nav>{nav}</nav><span class="site-header__date">mardi 1 décembre 2026</span></header>
<main id="main">
<article class="post type-post category-opinion">
<span class="post-kicker">OPINION</span>
<h1 class="entry-title">{title}</h1>
<div class="entry-meta">Par <a href="{base}/author/glapointe/">Geneviève Lapointe</a>, urbaniste et citoyenne du Vieux-Chambly · <time datetime="2026-11-26T05:00:47-05:00">26 novembre 2026</time> · <a href="#comments">6 commentaires</a></div>
<figure class="wp-block-image"><img src="{base}/wp-content/uploads/2026/11/berge-bassin.jpg" alt=""><figcaption>Le terrain de l’ancienne marina, au bord du bassin de Chambly. (Photo : archives Journal de Chambly)</figcaption></figure>
<div class="entry-content">
{paras(p[:3])}
{pull}
{paras(p[3:])}
{disclaimer}
</div>
{bio}
<div class="sharedaddy"><h3 class="sd-title">Partager :</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">Courriel</a></li></ul></div>
</article>
<div id="comments"><h2 class="comments-title">6 réflexions sur « {title} »</h2><ol class="comment-list"><li class="comment"><p class="comment-author">Luc Ménard</p><p>Entièrement d’accord, la navette mérite un essai.</p></li></ol></div>
<section class="related"><h2>À lire aussi</h2>{teaser_grid(73, 150, base, "jdc-card")}</section>
</main>
{footer("Journal de Chambly", "Médias Transcontinental", base)}
</body></html>
"""
    write(
        "07_journaldechambly_yoast_opinion",
        page,
        {
            "title": title,
            "publication": "Journal de Chambly",
            "author": "Geneviève Lapointe",
            "section": "Opinion",
            "date": datetime.date(2026, 11, 26),
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": "Opinion piece on WordPress + Yoast @graph: @type list with "
            "OpinionNewsArticle, articleSection list ['Opinion', 'Actualités'], kicker "
            "'OPINION'. Byline 'Par A, role' (role dropped). wp-block-pullquote with a cite "
            "(attribution not part of the quote). The italic disclaimer at the end of "
            "entry-content, the author bio box, share box and comments are not text. Header "
            "date of the day; published 10:00 UTC = 05:00 in Québec, same day.",
        },
    )
