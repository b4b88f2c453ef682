# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 03: La Charente libre (custom CMS), interview with questions in <p><strong>."""

import datetime

from chrome import consent, footer, most_read, teaser_rail, tracking
from kit import css_blob, flat, json_script, menu, write


def page() -> None:
    """Interview: presentation paragraph, questions and answers, podcast player, 'Propos recueillis par'."""
    base = "https://www.charentelibre.fr"
    url = f"{base}/charente/cognac/festival-du-polar-de-cognac-on-ecrit-du-noir-parce-que-la-campagne-fait-peur-28114507.php"
    title = "Festival du polar de Cognac : « On écrit du noir parce que la campagne fait peur »"
    lead = (
        "Invitée d’honneur du festival qui s’ouvre vendredi, la romancière Hélène Marsac publie "
        "son cinquième roman, situé dans un chai abandonné de Grande Champagne."
    )
    q = [
        "Pourquoi avoir situé votre intrigue dans un chai ?",
        "Vous êtes née à Segonzac. Écrire sur son pays, c’est plus facile ?",
        "Le polar rural est devenu un genre à part entière. Comment l’expliquez-vous ?",
        "Que diriez-vous aux lecteurs qui vous découvrent à Cognac ?",
    ]
    a = [
        "Parce que c’est un lieu qui garde tout. L’odeur, l’humidité, la part des anges qui noircit "
        "les murs… Un chai, c’est un endroit où l’on laisse vieillir les choses pendant quarante "
        "ans sans y toucher. Pour un secret de famille, c’est idéal.",
        "C’est plus dangereux. Mes voisins vont se chercher dans le livre, et certains vont se "
        "trouver alors qu’ils n’y sont pas. Ma mère m’a déjà demandé si le maître de chai "
        "ressemblait à mon oncle. Il ne lui ressemble pas du tout, je le jure.",
        "On a longtemps cru que le crime était une affaire de villes. Or la campagne fait peur, "
        "justement parce qu’on s’y connaît tous. Le silence y est plus épais. Quand un bourg de "
        "600&nbsp;habitants décide de ne rien voir, personne ne voit rien.",
        "De venir sans préjugés. On me range parfois dans le terroir, avec ce que le mot a de "
        "condescendant. Je n’écris pas sur le cognac, j’écris sur des gens qui ont peur de perdre "
        "ce qu’ils ont.",
    ]
    intro = (
        "À 47 ans, Hélène Marsac a quitté l’enseignement pour l’écriture il y a huit ans. Son "
        "nouveau roman, <em>La Part des morts</em>, paru en octobre, suit une gendarme revenue "
        "dans son village natal après la découverte d’un corps dans un chai fermé depuis 1987. "
        "Elle le présentera samedi, à 15&nbsp;h, au théâtre de l’Avant-Scène."
    )
    outro = (
        "Festival Cognac Polar, du 20 au 22 novembre, entrée libre. Rencontre avec Hélène Marsac "
        "samedi à 15&nbsp;h, théâtre de l’Avant-Scène."
    )
    qa = "\n".join(
        f'<p class="question"><strong>{x}</strong></p>\n<p>{y}</p>'
        for x, y in zip(q, a, strict=True)
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "genre": "Interview",
        "headline": "Festival du polar de Cognac : « On écrit du noir parce que la campagne fait peur »",
        "articleSection": "Cognac",
        "datePublished": "2026-11-18T19:00:00+01:00",
        "dateModified": "2026-11-19T08:12:00+01:00",
        "author": {
            "@type": "Person",
            "name": "Arnaud Pichon",
            "url": f"{base}/auteur/arnaud-pichon",
            "jobTitle": "Journaliste culture",
        },
        "publisher": {
            "@type": "Organization",
            "name": "La Charente Libre",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/static/img/logo-cl.png",
                "width": 250,
                "height": 60,
            },
        },
        "mainEntityOfPage": url,
        "keywords": ["Cognac", "Festival", "Polar", "Littérature"],
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
            {"@type": "ListItem", "position": 2, "name": "Charente", "item": f"{base}/charente/"},
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Cognac",
                "item": f"{base}/charente/cognac/",
            },
        ],
    }
    nav = menu(
        3101,
        "nav",
        base,
        ["Charente", "Angoulême", "Cognac", "Sport", "Culture", "Faits divers", "Économie"],
        12,
    )
    page_html = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="fr"><head>
<meta charset="utf-8">
<title>Festival du polar de Cognac : « On écrit du noir parce que la campagne fait peur » - Charente Libre.fr</title>
<meta property="og:title" content="Festival du polar de Cognac : « On écrit du noir parce que la campagne fait peur »">
<meta property="og:site_name" content="Charente Libre.fr">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-11-18T19:00:00+01:00">
<meta property="article:section" content="Culture">
<link rel="canonical" href="{url}">
<style>{css_blob(3102, "cl", 400)}</style>
{json_script(ld)}
{json_script(crumbs)}
{tracking(3103, {"page": "article", "format": "interview", "zone": "cognac"})}
</head>
<body>
{consent(3104)}
<header class="cl-header"><a href="{base}/"><img src="{base}/static/img/logo-cl.svg" alt="La Charente Libre"></a><nav>{nav}</nav></header>
<main class="cl-main">
<nav class="fil-ariane"><a href="{base}/">Accueil</a> / <a href="{base}/charente/">Charente</a> / <a href="{base}/charente/cognac/">Cognac</a></nav>
<article class="cl-article">
<div class="cl-article__kicker">Entretien</div>
<h1>{title}</h1>
<p class="cl-article__chapo">{lead}</p>
<div class="cl-article__meta"><p class="auteur">Propos recueillis par <a href="{base}/auteur/arnaud-pichon">Arnaud Pichon</a></p><p class="dates">Publié le <time datetime="2026-11-18T19:00:00+01:00">18 novembre 2026 à 19h00</time>, mis à jour le <time datetime="2026-11-19T08:12:00+01:00">19 novembre 2026 à 08h12</time>.</p></div>
<figure><img src="{base}/images/2026/11/18/marsac.jpg" alt="Hélène Marsac"><figcaption>Hélène Marsac publie « La Part des morts ». <small>Photo Renaud Joubert</small></figcaption></figure>
<div class="cl-article__body">
<p>{intro}</p>
<div class="podcast"><iframe src="https://audio.ausha.co/player?podcast=cl-culture&amp;ep=281" title="Podcast"></iframe><p class="podcast__label">PODCAST. Écoutez l’entretien en intégralité (12 min)</p></div>
{qa}
<div class="encart-pub"><span>Publicité</span><div id="ad-mpu-2"></div></div>
<p><em>{outro}</em></p>
</div>
<div class="cl-article__tags">Mots-clés : <a href="#">Cognac</a> <a href="#">Festival</a> <a href="#">Polar</a></div>
<div class="cl-comments"><a href="#reactions">Réagir</a> <span>3 réactions</span></div>
</article>
{most_read(3105, base)}
<section class="cl-more"><h2>Dans la même rubrique</h2>{teaser_rail(3106, base, 150, "cl-card")}</section>
</main>
{footer("La Charente Libre", "La Charente Libre", ["Mentions légales", "Nous contacter", "Publicité", "Gestion des cookies"])}
</body></html>
"""
    write(
        "03_charentelibre_interview",
        page_html,
        {
            "title": title,
            "publication": "La Charente Libre",
            "author": "Arnaud Pichon",
            "section": "Cognac",
            "date": datetime.date(2026, 11, 18),
            "standfirst": lead,
            "source_url": url,
            "paragraphs": [flat(intro)]
            + [flat(x) for pair in zip(q, a, strict=True) for x in pair]
            + [flat(outro)],
            "notes": "Custom CMS. Interview: presentation paragraph, four questions in "
            "<p class=question><strong> (paragraphs, not subheads) with their answers, a "
            "practical italic note at the end (body text). 'Propos recueillis par'; kicker "
            "'Entretien' is not the section: JSON-LD articleSection 'Cognac' beats "
            "article:section 'Culture'; og:site_name 'Charente Libre.fr' vs publisher 'La "
            "Charente Libre'; headline in « »; podcast player with a label inside the body; "
            "published 18 Nov 19h00, updated 19 Nov.",
        },
    )
