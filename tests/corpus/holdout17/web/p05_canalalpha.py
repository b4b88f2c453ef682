# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Canal Alpha (WordPress): a regional TV report, video on top, Gutenberg subheads."""

import datetime

from chrome import consent, css_blob, footer, menu, teaser_grid, tracking, yoast_pieces
from kit import flat, json_script, paras, write


def page() -> None:
    """Yoast-like @graph with BreadcrumbList; video player and legend; 'À lire aussi' group."""
    base = "https://www.canalalpha.ch"
    url = f"{base}/play/le-journal/topic/71234/la-chaux-de-fonds-les-horlogers-retraites-forment-la-releve/"
    title = "La Chaux-de-Fonds : des horlogers retraités forment la relève"
    lead = (
        "Une dizaine d’anciens régleurs et décotteurs donnent chaque mercredi des cours "
        "gratuits à des apprentis. L’initiative séduit les entreprises du Haut."
    )
    subheads = ["Quatre ans d’attente pour une place", "Un atelier prêté par la Ville"]
    p = [
        "Dans l’atelier du rez-de-chaussée de la rue du Progrès, on n’entend que le tic-tac "
        "des mouvements posés sur les établis. Penché sur une loupe, Jean-Daniel Huguenin, "
        "78&nbsp;ans, montre à une apprentie comment régler un spiral sans le déformer.",
        "«&nbsp;J’ai fait ce geste quarante ans chez le même fabricant. Le transmettre, c’est "
        "ce qui me garde jeune&nbsp;», sourit l’ancien régleur, qui a fondé l’association "
        "<em>Les Mains d’or</em> au printemps dernier avec neuf anciens collègues.",
        "Chaque mercredi après-midi, ils accueillent une quinzaine d’apprentis horlogers du "
        "CIFOM et de deux entreprises de la région. Les cours sont gratuits et complètent la "
        "formation duale, sans la remplacer.",
        "Les écoles d’horlogerie des Montagnes neuchâteloises refusent chaque année plus de "
        "candidats qu’elles n’en accueillent. Selon la Convention patronale, il faut parfois "
        "quatre ans pour décrocher une place d’apprentissage dans certains métiers du "
        "réglage et de l’achevage.",
        "«&nbsp;Les entreprises manquent de formateurs plus que d’apprentis. Nos retraités "
        "comblent un vide&nbsp;», observe Chloé Perrenoud, responsable de la formation dans "
        "une manufacture du Locle qui envoie trois jeunes aux cours du mercredi.",
        "La Ville de La Chaux-de-Fonds met gratuitement à disposition l’ancien atelier, "
        "propriété communale depuis 1998. Les établis et une partie des outils ont été "
        "donnés par des familles d’horlogers disparus.",
        "L’association espère désormais ouvrir un second cours le samedi matin et cherche "
        "des anciens spécialistes de l’emboîtage. Une soirée portes ouvertes est prévue le "
        "12&nbsp;décembre.",
    ]
    video = (
        '<div class="ca-video-player" data-jw-media="Kx82LmPq"><div class="jwplayer" id="jw-Kx82LmPq">'
        '<video preload="none" poster="https://cdn.canalalpha.ch/posters/71234.jpg"></video></div>'
        '<p class="ca-video-player__legend">Le reportage de Timothée Girard et Inès Robert</p></div>'
    )
    lire = (
        '<div class="wp-block-group lire-aussi"><p class="lire-aussi__title">À lire aussi</p>'
        f'<ul><li><a href="{base}/actu/le-locle-la-manufacture-embauche-70-personnes/">Le Locle : une '
        "manufacture va embaucher 70 personnes</a></li></ul></div>"
    )
    figure = (
        '<figure class="wp-block-image size-large"><img src="https://cdn.canalalpha.ch/2026/11/atelier.jpg" '
        'alt="" class="wp-image-88213"><figcaption class="wp-element-caption">Les cours ont lieu '
        "chaque mercredi dans l’ancien atelier communal. © Canal Alpha</figcaption></figure>"
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "headline": title,
                "datePublished": "2026-11-25T18:04:11+00:00",
                "dateModified": "2026-11-25T19:30:02+00:00",
                "author": {"name": "Timothée Girard", "@id": f"{base}/#/schema/person/4f1c"},
                "publisher": {"@id": f"{base}/#organization"},
                "articleSection": ["Neuchâtel"],
                "keywords": ["horlogerie", "apprentissage"],
                "inLanguage": "fr-FR",
                "isPartOf": {"@id": url},
            },
            *yoast_pieces(
                url,
                base,
                title,
                "Canal Alpha",
                ("Neuchâtel", f"{base}/actu/neuchatel/"),
                f"{base}/wp-content/uploads/logo-canal-alpha.png",
            ),
            {"@type": "Person", "@id": f"{base}/#/schema/person/4f1c", "name": "Timothée Girard"},
        ],
    }
    nav = menu(
        501, "menu", base, ["Actu", "Neuchâtel", "Jura bernois", "Sport", "Émissions", "Play"], 7
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR"><head>
<meta charset="UTF-8">
<title>{title} - Canal Alpha</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Canal Alpha">
<meta property="article:published_time" content="2026-11-25T18:04:11+00:00">
<meta name="author" content="Timothée Girard">
<link rel="canonical" href="{url}">
<link rel="https://api.w.org/" href="{base}/wp-json/">
<link rel="shortlink" href="{base}/?p=71234">
<style id="global-styles-inline-css">{css_blob(51, "wp", 480)}</style>
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
{tracking(52, "canalalpha")}
</head>
<body class="post-template-default single single-post postid-71234 single-format-video">
{consent("cmplz", "Canal Alpha")}
<header id="masthead"><a href="{base}/" rel="home"><img src="{base}/wp-content/uploads/logo.svg" alt="Canal Alpha"></a><nav id="site-navigation">{nav}</nav><a class="btn-live" href="{base}/direct/">Direct TV</a></header>
<main id="primary" class="site-main">
<article id="post-71234" class="post-71234 post type-post status-publish format-video category-neuchatel">
<div class="entry-category"><a href="{base}/actu/neuchatel/" rel="category tag">Neuchâtel</a></div>
<h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="byline">Par <a href="{base}/author/tgirard/">Timothée Girard</a></span> <span class="posted-on"><time class="entry-date published" datetime="2026-11-25T19:04:11+01:00">25.11.2026</time></span></div>
{video}
<div class="entry-content">
<p class="chapeau">{lead}</p>
{paras(p[:2])}
{figure}
{paras(p[2:3])}
<h2 class="wp-block-heading">{subheads[0]}</h2>
{paras(p[3:5])}
{lire}
<h2 class="wp-block-heading">{subheads[1]}</h2>
{paras(p[5:])}
</div>
<footer class="entry-footer"><span class="tags-links">Mots-clés : <a href="{base}/tag/horlogerie/" rel="tag">horlogerie</a>, <a href="{base}/tag/apprentissage/" rel="tag">apprentissage</a></span></footer>
</article>
<section class="related-posts"><h2>Plus de reportages</h2>{teaser_grid(53, 150, base, "related-post")}</section>
</main>
{footer("Canal Alpha", "Canal Alpha SA", base)}
</body></html>
"""
    write(
        "05_canalalpha_wordpress_video",
        page,
        {
            "title": title,
            "publication": "Canal Alpha",
            "author": "Timothée Girard",
            "section": "Neuchâtel",
            "date": datetime.date(2026, 11, 25),
            "standfirst": lead,
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p],
            "notes": "WordPress with a Yoast-like @graph (author by @id, articleSection list, "
            "BreadcrumbList ending in the article itself). Standfirst p.chapeau is the first "
            "element inside entry-content. Video player above the text with a legend naming a "
            "second journalist (not an author). Two Gutenberg h2 subheads, figure with '© Canal "
            "Alpha', 'À lire aussi' group. Published 18:04 UTC = 19:04 local, same day.",
        },
    )
