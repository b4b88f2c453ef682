# ruff: noqa: E501  (page markup and article text are kept on their real lines)
"""05: La Province (Rossel, BE): interview, questions in <p><strong>, "Propos recueillis par",
exergue, Rossel-like r-article classes."""

import datetime

from chrome import footer, menu, related, saved_from, style, tracking
from kit import flat, json_script, paras, write

BASE = "https://www.laprovince.be"
URL = f"{BASE}/id881204/article/2026-11-14/le-bourgmestre-de-binche-le-carnaval-ne-sera-pas-ecourte"
TITLE = "Le bourgmestre de Binche : « Le carnaval ne sera pas écourté »"
CHAPO = (
    "Après l’annonce d’un budget communal en déficit, des rumeurs évoquaient un Mardi gras "
    "réduit. Le bourgmestre Olivier Dachelet dément et détaille ses économies."
)
QUOTE = "« On peut couper dans beaucoup de choses, pas dans notre identité »"
QA = [
    "<strong>Monsieur le bourgmestre, le carnaval 2027 sera-t-il raccourci ?</strong>",
    "Non, et je veux être très clair là-dessus. Les trois jours gras auront lieu comme chaque "
    "année, avec le cortège des Gilles le mardi. Ce que j’ai lu sur les réseaux sociaux est faux.",
    "<strong>D’où vient cette rumeur, selon vous ?</strong>",
    "Du conseil communal de lundi. Nous avons présenté un budget avec un déficit de 2,4 millions "
    "d’euros, et un conseiller de l’opposition a demandé si les festivités seraient touchées. "
    "J’ai répondu que tout serait examiné. C’est devenu : le carnaval va être écourté.",
    "<strong>Tout sera examiné, c’est-à-dire ?</strong>",
    "La Ville consacre environ 380&nbsp;000 euros par an au carnaval : sécurité, nettoyage, "
    "personnel. Nous allons demander aux sociétés de Gilles de mutualiser certains frais, comme "
    "les assurances. Mais on peut couper dans beaucoup de choses, pas dans notre identité.",
    "<strong>Où se feront les économies, alors ?</strong>",
    "Dans l’énergie d’abord. Nous fermerons la piscine communale un mois de plus en été et nous "
    "regrouperons deux bâtiments administratifs. Nous gelons aussi les recrutements, sauf à la "
    "propreté et à l’enseignement.",
    "<strong>Les Binchois paieront-ils plus d’impôts ?</strong>",
    "Les additionnels à l’impôt des personnes physiques ne bougeront pas en 2027. Pour le "
    "précompte immobilier, je ne peux rien promettre au-delà. Je préfère le dire aujourd’hui "
    "que de mentir aux gens.",
    "<strong>L’Unesco suit-elle le dossier ?</strong>",
    "Le carnaval est inscrit au patrimoine immatériel depuis 2003. Ce n’est pas la commune qui "
    "le fait vivre, ce sont les sociétés et les familles. Notre rôle, c’est de garantir qu’il se "
    "déroule en sécurité, et nous le ferons.",
]


def build() -> None:
    """Write page 05 and its expected file."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "description": flat(CHAPO),
        "datePublished": "2026-11-14T17:30:00+01:00",
        "dateModified": "2026-11-14T17:45:00+01:00",
        "articleSection": ["Centre", "Binche"],
        "author": [{"@type": "Person", "name": "Nadia Delforge"}],
        "publisher": {
            "@type": "Organization",
            "name": "La Province",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/static/logo-laprovince.png"},
        },
        "isAccessibleForFree": True,
    }
    body = "\n".join(
        [
            paras(QA[:4]),
            f'<aside class="r-article--exergue"><p>{QUOTE}</p></aside>',
            paras(QA[4:8]),
            '<div class="r-ad r-ad--imu" id="imu_1"><span class="r-ad__label">Publicité</span></div>',
            '<div class="r-article--related"><h4>Sur le même sujet</h4><ul><li><a href="/id880101/article/2026-11-10/'
            'binche-un-budget-dans-le-rouge">Binche : un budget dans le rouge</a></li></ul></div>',
            paras(QA[8:]),
        ]
    )
    page = f"""<!DOCTYPE html>
{saved_from(URL)}
<html lang="fr-BE"><head><meta charset="utf-8">
<title>{TITLE} - La Province</title>
<link rel="canonical" href="{URL}">
<meta property="og:site_name" content="laprovince.be">
<meta property="og:title" content="{TITLE}"><meta property="og:url" content="{URL}?utm_source=facebook">
<meta property="og:type" content="article">
<meta property="article:section" content="Centre">
<meta property="article:published_time" content="2026-11-14T17:30:00+01:00">
{json_script(ld)}
{style(501, "r", 450)}
</head><body class="r-page r-page--article">
<header class="r-header"><a href="/" class="r-logo"><img src="/static/logo-laprovince.png" alt="La Province"></a>
{menu(502, "r-menu", BASE, ["Charleroi", "Mons", "Centre", "Sports", "Belgique", "Monde", "Loisirs"])}</header>
<main><div class="r-breadcrumb"><a href="/">La Province</a> / <a href="/regions/centre">Centre</a> / <a href="/regions/centre/binche">Binche</a></div>
<article class="r-article">
<div class="r-article--header"><span class="r-article--section">Binche</span>
<h1 class="r-article--title">{TITLE}</h1>
<div class="r-article--chapo">{CHAPO}</div>
<div class="r-article--meta"><span class="r-article--author">Propos recueillis par Nadia Delforge</span>
<time datetime="2026-11-14T17:30:00+01:00">Publié le 14/11/2026 à 17:30</time></div></div>
<figure class="r-article--media"><img src="/static/photos/dachelet.jpg" alt=""><figcaption>Olivier Dachelet, bourgmestre de Binche. © N.D.</figcaption></figure>
<div class="r-article--body">
{body}
</div>
<div class="r-article--tags"><a href="/tag/binche">Binche</a> <a href="/tag/carnaval">Carnaval</a> <a href="/tag/budget">Budget</a></div>
<div class="r-newsletter"><h4>Recevez chaque jour l’essentiel de votre région</h4><button>S’inscrire</button></div>
</article>
{related(503, 26, BASE, "r-related", "Les plus lus")}
</main>
{footer(504, "Rossel &amp; Cie SA - La Province", BASE, ["Régions", "Sports", "Services", "Rossel"])}
{tracking(505, "laprovince")}
</body></html>
"""
    write(
        "05_laprovince_rossel_interview",
        page,
        {
            "title": TITLE,
            "publication": "La Province",
            "author": "Nadia Delforge",
            "section": "Centre",
            "date": datetime.date(2026, 11, 14),
            "standfirst": flat(CHAPO),
            "source_url": URL,
            "pull_quotes": [QUOTE],
            "paragraphs": [flat(p) for p in QA],
            "notes": "Interview: questions in <p><strong> are paragraphs; 'Propos recueillis par' "
            "dropped; headline with « » after a colon; articleSection list → 'Centre' (the kicker "
            "says 'Binche'); og:site_name is the domain 'laprovince.be', the publisher and logo "
            "say 'La Province'; og:url carries a utm query, canonical wins; exergue repeats a "
            "sentence of an answer; 'Sur le même sujet' box, ad, tags, newsletter are chrome.",
        },
    )
