# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Le Soir Mag (Rossel-like): an interview, questions as h3, an exergue, a podcast player."""

import datetime

from chrome import consent, css_blob, footer, menu, teaser_grid, tracking
from kit import flat, json_script, write

QA = [
    ("q", "Votre nouvel album s’appelle «&nbsp;Marée basse&nbsp;». Pourquoi ce titre&nbsp;?"),
    (
        "a",
        "Parce que je l’ai écrit à Wenduine, l’hiver dernier, dans une maison louée face à la mer. Tous les matins, je marchais sur la plage à marée basse, quand le sable est encore mouillé et que tout semble possible. C’est devenu le fil des onze chansons.",
    ),
    ("q", "Vous aviez annoncé une pause de cinq ans. Elle n’aura duré que deux ans…"),
    (
        "a",
        "J’étais épuisée. Après la tournée de 2023, j’avais enchaîné quatre-vingts dates, je ne dormais plus. J’ai vraiment cru que j’arrêtais. Et puis ma fille m’a demandé de lui chanter quelque chose que je n’avais jamais chanté. Ça a été le déclic.",
    ),
    ("q", "On entend beaucoup de piano, très peu de guitare. Un choix délibéré&nbsp;?"),
    (
        "a",
        "Oui. J’ai repris les cours à quarante-deux ans, à l’académie de Schaerbeek, au milieu d’élèves qui avaient dix ans. Je voulais retrouver la maladresse du début, ne plus me cacher derrière des accords que je connais par cœur.",
    ),
    ("q", "Vous chantez pour la première fois en néerlandais sur «&nbsp;Zeewind&nbsp;»."),
    (
        "a",
        "Ma grand-mère était d’Ostende, elle me parlait flamand quand j’étais petite et je l’ai perdu. Ce morceau, c’est une manière de lui rendre quelque chose. J’ai travaillé la prononciation pendant des semaines avec un ami de Gand.",
    ),
    ("q", "La tournée passera par Forest National en mars. Le trac est revenu&nbsp;?"),
    (
        "a",
        "Il n’est jamais parti&nbsp;! Mais cette fois, je monterai sur scène avec un quatuor à cordes et sans écran géant. Je veux qu’on entende les respirations, qu’on puisse se tromper. Si le public accepte ça, j’aurai gagné.",
    ),
]


def page() -> None:
    """Interview: 'Propos recueillis par', questions in h3 (paragraphs, not subheads)."""
    base = "https://soirmag.lesoir.be"
    url = f"{base}/612488/article/2026-11-27/lou-derval-jai-vraiment-cru-que-jarretais"
    title = "Lou Derval : «&nbsp;J’ai vraiment cru que j’arrêtais&nbsp;»"
    lead = (
        "Deux ans après avoir annoncé sa retraite, la chanteuse bruxelloise revient avec "
        "«&nbsp;Marée basse&nbsp;», un album écrit face à la mer du Nord. Rencontre."
    )
    quote = "«&nbsp;Je voulais retrouver la maladresse du début&nbsp;»"
    body = []
    for i, (kind, text) in enumerate(QA):
        body.append(
            f'<h3 class="r-article--question">{text}</h3>' if kind == "q" else f"<p>{text}</p>"
        )
        if i == 5:
            body.append(f'<blockquote class="r-article--exergue"><p>{quote}</p></blockquote>')
        if i == 3:
            body.append(
                '<div class="r-podcast"><span class="r-podcast__label">Podcast</span> '
                '<iframe src="https://embed.acast.com/soirmag/lou-derval" title="Écouter" '
                'height="190"></iframe><p class="r-podcast__legend">Écoutez l’entretien intégral '
                "dans «&nbsp;Le Soir Mag, la playlist&nbsp;»</p></div>"
            )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "alternativeHeadline": "Lou Derval revient avec «Marée basse»",
        "datePublished": "2026-11-27T06:00:00+01:00",
        "dateModified": "2026-11-27T09:48:00+01:00",
        "articleSection": ["Culture", "Musique"],
        "author": [
            {"@type": "Person", "name": "Sophie Wauters", "url": f"{base}/auteur/sophie-wauters"}
        ],
        "publisher": {
            "@type": "Organization",
            "name": "Le Soir Mag",
            "logo": {"@type": "ImageObject", "url": f"{base}/sites/default/files/logo-soirmag.png"},
        },
        "isAccessibleForFree": True,
        "isPartOf": {"@type": "CreativeWork", "name": "Le Soir Mag"},
    }
    nav = menu(
        401,
        "r-menu",
        base,
        ["People", "Royauté", "Culture", "Télé", "Société", "Bien-être", "Jeux"],
        8,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr"><head>
<meta charset="utf-8">
<title>{title} - Le Soir Mag</title>
<meta name="description" content="La chanteuse bruxelloise revient avec un album écrit face à la mer du Nord.">
<meta property="og:site_name" content="Soirmag">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="article:section" content="Musique">
<meta property="article:published_time" content="2026-11-27T06:00:00+01:00">
<meta property="article:tag" content="Lou Derval">
<link rel="canonical" href="{url}">
<style>{css_blob(41, "r", 520)}</style>
{json_script(ld)}
<script>window.RosselData={{"pageType":"article","articleId":"612488","access":"free","brand":"soirmag"}};</script>
{tracking(42, "soirmag")}
</head>
<body class="r-body r-body--article">
{consent("didomi", "Le Soir Mag")}
<header class="r-header"><a class="r-header__logo" href="{base}/"><img src="{base}/logo.svg" alt="Le Soir Mag"></a><nav>{nav}</nav><a href="{base}/abonnement" class="r-btn">S’abonner</a></header>
<main class="r-main">
<article class="r-article">
<header class="r-article--header">
<div class="r-article--section"><a href="{base}/culture">Culture</a></div>
<span class="r-article--type">Interview</span>
<h1 class="r-article--title">{title}</h1>
<div class="r-article--chapo">{lead}</div>
<div class="r-article--meta"><span class="r-article--author">Propos recueillis par <a href="{base}/auteur/sophie-wauters">Sophie Wauters</a></span> <span class="r-article--date">Publié le 27/11/2026 à 06:00</span> <span class="r-article--reading">Temps de lecture: 4 min</span></div>
</header>
<figure class="r-article--img"><img src="{base}/sites/default/files/2026/11/lou-derval.jpg" alt="Lou Derval"><figcaption>Lou Derval dans son studio d’Ixelles. - Ph. Nicolas Maeterlinck.</figcaption></figure>
<div class="r-article--text">
{chr(10).join(body)}
</div>
<ul class="r-article--tags"><li><a href="{base}/tag/lou-derval">Lou Derval</a></li><li><a href="{base}/tag/musique">Musique</a></li></ul>
</article>
<section class="r-related"><h2>Sur le même sujet</h2>{teaser_grid(43, 150, base, "r-teaser")}</section>
</main>
{footer("Le Soir Mag", "Rossel &amp; Cie SA", base)}
</body></html>
"""
    write(
        "04_soirmag_rossel_interview",
        page,
        {
            "title": flat(title),
            "publication": "Le Soir Mag",
            "author": "Sophie Wauters",
            "section": "Culture",
            "date": datetime.date(2026, 11, 27),
            "standfirst": flat(lead),
            "source_url": url,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(text) for _, text in QA],
            "notes": "Interview: 'Propos recueillis par' byline; questions in h3 (one ends in "
            "'…', one has no question mark) are paragraphs, not subheads; a blockquote exergue "
            "in « » mid-text; Acast podcast player with a legend between answers. JSON-LD "
            "articleSection list ['Culture', 'Musique'] wins over article:section 'Musique'; "
            "og:site_name 'Soirmag' differs from the publisher 'Le Soir Mag'; headline in « » "
            "with &nbsp;.",
        },
    )
