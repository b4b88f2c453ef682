# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 05: La Capitale (Rossel-like CMS), a live page newest first with LiveBlogPosting."""

import datetime

from chrome import consent, footer, most_read, teaser_rail, tracking
from kit import css_blob, flat, json_script, menu, write


def page() -> None:
    """Live: timestamped entries newest first, h3 titles, one untitled, embedded tweet, 'avec Belga'."""
    base = "https://www.lacapitale.be"
    url = f"{base}/1102837/article/2026-11-23/tempete-ophelie-bruxelles-en-alerte-orange-suivez-notre-direct"
    title = "Tempête Ophélie : Bruxelles en alerte orange, suivez notre direct"
    lead = (
        "L’IRM a relevé l’alerte au niveau orange pour toute la Région bruxelloise jusqu’à "
        "minuit. Des rafales de 110 km/h sont attendues en fin d’après-midi."
    )
    entries = [
        (
            "16:42",
            "La Stib suspend ses trams en surface",
            [
                "La Stib a annoncé l’arrêt de toutes ses lignes de tram en surface à partir de 17&nbsp;h. "
                "Le métro continue de circuler normalement. Les lignes de bus 71 et 95 sont déviées "
                "à cause de branches tombées sur la chaussée d’Ixelles.",
            ],
        ),
        (
            "15:58",
            None,
            [
                "Un arbre s’est abattu sur deux voitures en stationnement avenue Louise, à hauteur du "
                "n°&nbsp;380. Personne n’a été blessé, selon les pompiers, qui ont bouclé le tronçon.",
                "Depuis midi, le Siamu a reçu plus de 140 appels pour des chutes de branches, de tuiles "
                "et de panneaux de chantier, principalement à Ixelles, Uccle et Watermael-Boitsfort.",
            ],
        ),
        (
            "15:10",
            "Les parcs fermés jusqu’à nouvel ordre",
            [
                "Bruxelles Environnement a ordonné la fermeture du bois de la Cambre, de la forêt de "
                "Soignes et de tous les parcs régionaux. « Nous demandons aux promeneurs de ne pas "
                "s’aventurer sous les arbres, même après le passage du front », insiste la porte-parole, "
                "Nathalie Dewaele.",
            ],
        ),
        (
            "14:25",
            "Les écoles gardent les enfants",
            [
                "Les écoles de la Fédération Wallonie-Bruxelles restent ouvertes, mais les directions "
                "sont invitées à garder les élèves jusqu’à ce qu’un parent vienne les chercher.",
                "La ministre de l’Éducation, Valérie Glatigny, recommande d’éviter les sorties "
                "scolaires prévues cet après-midi.",
            ],
        ),
        (
            "13:30",
            "L’IRM relève l’alerte au niveau orange",
            [
                "L’Institut royal météorologique a relevé son alerte au niveau orange pour les "
                "provinces du Brabant et la Région bruxelloise. Des rafales de 100 à 110&nbsp;km/h sont "
                "attendues entre 16&nbsp;h et 20&nbsp;h, accompagnées de fortes averses.",
                "« C’est la tempête la plus sérieuse depuis Eunice, en 2022 », estime le prévisionniste "
                "David Dehenauw, qui appelle à « ranger tout ce qui peut s’envoler dans les jardins et "
                "sur les balcons ».",
            ],
        ),
    ]
    blocks = []
    for time, head, texts in entries:
        head_html = f'<h3 class="live-entry__title">{head}</h3>' if head else ""
        texts_html = "".join(f"<p>{t}</p>" for t in texts)
        extra = ""
        if time == "15:58":
            extra = '<blockquote class="twitter-tweet"><p lang="fr" dir="ltr">Arbre tombé avenue Louise, deux véhicules touchés, pas de blessé. Évitez le secteur. <a href="https://t.co/x1">pic.twitter.com/x1</a></p>— Pompiers de Bruxelles (@SIAMUBrussels) <a href="https://twitter.com/SIAMUBrussels/status/1">23 novembre 2026</a></blockquote>'
        blocks.append(
            f'<div class="live-entry" id="post-{time.replace(":", "")}"><time class="live-entry__time" datetime="2026-11-23T{time}:00+01:00">{time}</time>'
            f'{head_html}<div class="live-entry__body">{texts_html}{extra}</div></div>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "description": lead,
        "articleSection": ["Bruxelles", "Météo"],
        "datePublished": "2026-11-23T13:30:00+01:00",
        "dateModified": "2026-11-23T16:42:00+01:00",
        "coverageStartTime": "2026-11-23T13:30:00+01:00",
        "coverageEndTime": "2026-11-24T00:00:00+01:00",
        "author": [
            {
                "@type": "Person",
                "name": "Julien Vandevelde",
                "url": f"{base}/auteurs/julien-vandevelde",
            }
        ],
        "publisher": {
            "@type": "Organization",
            "name": "La Capitale",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/logo-lacapitale.png"},
        },
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": h or "Mise à jour",
                "datePublished": f"2026-11-23T{t}:00+01:00",
            }
            for t, h, _ in entries
        ],
    }
    nav = menu(
        5101,
        "r-nav",
        base,
        ["Bruxelles", "Belgique", "Monde", "Faits divers", "Sports", "People", "Services"],
        12,
    )
    page_html = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="fr-BE"><head>
<meta charset="UTF-8">
<title>Tempête Ophélie : Bruxelles en alerte orange, suivez notre direct - La Capitale</title>
<meta property="og:title" content="DIRECT – Tempête Ophélie : Bruxelles en alerte orange">
<meta property="og:site_name" content="lacapitale.be">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-11-23T13:30:00+01:00">
<meta property="article:section" content="Météo">
<link rel="canonical" href="{url}">
<style>{css_blob(5102, "r", 450)}</style>
{json_script(ld)}
{tracking(5103, {"pageType": "live", "section": "bruxelles", "paywall": "free"})}
<script async src="https://platform.twitter.com/widgets.js"></script>
</head>
<body class="r-article r-article--live">
{consent(5104)}
<header class="r-header"><a href="{base}/"><img src="{base}/static/logo-lacapitale.svg" alt="La Capitale"></a><nav>{nav}</nav><a href="{base}/abonnement">S’abonner</a></header>
<main>
<nav class="r-breadcrumb"><a href="{base}/">Accueil</a> <a href="{base}/bruxelles">Bruxelles</a></nav>
<article class="r-article__main">
<span class="r-article__live-badge">En direct</span>
<h1 class="r-article__title">{title}</h1>
<div class="r-article__chapo">{lead}</div>
<div class="r-article__meta"><span class="r-article__author">Par <a href="{base}/auteurs/julien-vandevelde">Julien Vandevelde</a> (avec Belga)</span> <span class="r-article__date">Publié le 23/11/2026 à 13:30</span> <span class="r-article__update">Mis à jour à 16:42</span></div>
<figure><img src="{base}/medias/2026/11/23/ophelie.jpg" alt=""><figcaption>Le bois de la Cambre, fermé ce lundi. <span class="credit">Photo News</span></figcaption></figure>
<div class="r-live">
<p class="r-live__refresh">Actualisation automatique <button>Désactiver</button></p>
{"".join(blocks)}
</div>
<div class="r-comments"><span class="r-comments__count">27</span> commentaires</div>
</article>
{most_read(5105, base)}
<section><h2>À la une</h2>{teaser_rail(5106, base, 150, "r-teaser")}</section>
</main>
{footer("La Capitale", "Rossel &amp; Cie – Sudinfo", ["Conditions générales", "Vie privée", "Contact"])}
</body></html>
"""
    write(
        "05_lacapitale_rossel_live",
        page_html,
        {
            "title": title,
            "publication": "La Capitale",
            "author": "Julien Vandevelde",
            "agency": "Belga",
            "section": "Bruxelles",
            "date": datetime.date(2026, 11, 23),
            "standfirst": lead,
            "source_url": url,
            "subheads": [h for _, h, _ in entries if h],
            "paragraphs": [flat(t) for _, _, texts in entries for t in texts],
            "notes": "Rossel-like live page, newest first: entry timestamps are not text, h3 "
            "entry titles are subheads, one entry untitled, an embedded tweet (chrome); "
            "LiveBlogPosting with articleSection as a list (first item 'Bruxelles' beats "
            "article:section 'Météo'); 'Par A (avec Belga)'; og:site_name is the host, og:title "
            "prefixed 'DIRECT –'; 'Mis à jour à 16:42'; auto-refresh notice; caption credit "
            "'Photo News' (no agency).",
        },
    )
