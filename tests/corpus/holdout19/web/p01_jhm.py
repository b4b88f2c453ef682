# ruff: noqa: E501  (page markup and article text are kept on their real lines)
"""01: Le Journal de la Haute-Marne (custom): local news, microdata breadcrumb, inline
"Lire aussi", caption with credit, ad slot, tag list."""

import datetime

from chrome import footer, menu, related, saved_from, style, tracking
from kit import flat, json_script, paras, write

BASE = "https://www.jhm.fr"
URL = f"{BASE}/chaumont/2026/11/18/la-passerelle-du-canal-rouvrira-au-printemps-apres-deux-ans-de-travaux"
TITLE = "La passerelle du canal rouvrira au printemps après deux ans de travaux"
CHAPO = (
    "Fermée depuis l’automne 2024, la passerelle piétonne qui relie le quartier de la Rochotte "
    "au port de plaisance sera rendue aux promeneurs en avril. Le chantier a coûté 1,9 million d’euros."
)
P1 = [
    "C’est un ouvrage que tout le monde, à Chaumont, a traversé au moins une fois. Construite en "
    "1962, la passerelle métallique du canal entre Champagne et Bourgogne souffrait d’une corrosion "
    "avancée. En octobre&nbsp;2024, un contrôle avait conduit la Ville à en interdire l’accès.",
    "« Nous n’avions pas le choix, les rivets lâchaient les uns après les autres », rappelle "
    "Gérald Moutier, adjoint chargé des travaux. Depuis, les habitants de la Rochotte font un "
    "détour de près d’un kilomètre pour rejoindre le port.",
]
SUB1 = "Un tablier entièrement neuf"
P2 = [
    "Le tablier d’origine a été déposé en mars dernier par une grue de 200 tonnes. Il a été "
    "remplacé par une structure en acier galvanisé, plus large de quarante centimètres, afin de "
    "laisser passer les vélos et les poussettes sans difficulté.",
    "Les garde-corps, eux, reprennent le dessin des années soixante. « Les riverains y tenaient, "
    "ils l’ont dit lors de la réunion publique de 2025 », explique l’architecte Salomé Ferrandi, "
    "du cabinet langrois Atelier Trame.",
]
SUB2 = "Des finitions jusqu’en mars"
P3 = [
    "Il reste à poser l’éclairage, à couler les rampes d’accès et à installer les bornes qui "
    "empêcheront les deux-roues motorisés de s’y engager. Ces finitions sont prévues jusqu’à la "
    "fin du mois de mars, si la météo le permet.",
    "Le financement a été réparti entre la Ville (800&nbsp;000 euros), l’agglomération, le "
    "Département et Voies navigables de France, propriétaire du canal. Une subvention de l’État "
    "au titre de la dotation de soutien à l’investissement local a complété le plan.",
    "Une inauguration est envisagée le samedi 11 avril, avec une marche entre la gare et le port. "
    "Le programme doit être présenté au conseil municipal de janvier.",
]
PARAGRAPHS = [flat(p) for p in P1 + P2 + P3]


def build() -> None:
    """Write page 01 and its expected file."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": URL,
        "headline": TITLE,
        "description": flat(CHAPO),
        "datePublished": "2026-11-18T06:00:00+01:00",
        "dateModified": "2026-11-18T09:41:00+01:00",
        "author": [
            {"@type": "Person", "name": "Claire Vautrin", "url": f"{BASE}/auteur/claire-vautrin"}
        ],
        "publisher": {
            "@type": "Organization",
            "name": "Le Journal de la Haute-Marne",
            "logo": {
                "@type": "ImageObject",
                "url": f"{BASE}/img/logo-jhm.png",
                "width": 600,
                "height": 60,
            },
        },
        "image": [f"{BASE}/media/2026/11/passerelle-canal.jpg"],
        "isAccessibleForFree": True,
    }
    crumbs = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a itemprop="item" href="{BASE}{href}"><span itemprop="name">{name}</span></a>'
        f'<meta itemprop="position" content="{i}"></li>'
        for i, (name, href) in enumerate(
            [("Accueil", "/"), ("Haute-Marne", "/haute-marne"), ("Chaumont", "/chaumont")], 1
        )
    )
    body = "\n".join(
        [
            paras(P1),
            '<aside class="lire-aussi"><span>Lire aussi</span> <a href="/chaumont/2024/10/22/'
            'la-passerelle-du-canal-fermee-jusqu-a-nouvel-ordre">La passerelle du canal fermée '
            "jusqu’à nouvel ordre</a></aside>",
            f"<h2>{SUB1}</h2>",
            paras(P2),
            '<div class="pub pub--inread" id="div-gpt-ad-inread"><span class="pub__label">Publicité</span></div>',
            f"<h2>{SUB2}</h2>",
            paras(P3),
        ]
    )
    page = f"""<!DOCTYPE html>
{saved_from(URL)}
<html lang="fr"><head><meta charset="utf-8">
<title>{TITLE} - Le Journal de la Haute-Marne</title>
<meta name="description" content="{flat(CHAPO)}">
<link rel="canonical" href="{URL}">
<meta property="og:site_name" content="JHM - Le Journal de la Haute-Marne">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE} - JHM">
<meta property="og:url" content="{URL}">
<meta property="article:published_time" content="2026-11-18T06:00:00+01:00">
<meta property="article:modified_time" content="2026-11-18T09:41:00+01:00">
<meta property="article:tag" content="Chaumont"><meta property="article:tag" content="Travaux">
{json_script(ld)}
{style(101, "jhm", 420)}
</head><body class="page-article">
<header class="header"><div class="header__date">Mercredi 18 novembre 2026</div>
<a class="logo" href="/"><img src="/img/logo-jhm.png" alt="Le Journal de la Haute-Marne"></a>
{menu(102, "nav", BASE, ["Haute-Marne", "Chaumont", "Langres", "Saint-Dizier", "Sports", "Faits divers", "Loisirs"])}
</header>
<main><ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">{crumbs}</ol>
<article class="article">
<h1 class="article__title">{TITLE}</h1>
<p class="article__chapo">{CHAPO}</p>
<div class="article__meta"><span class="article__author">Par <a href="/auteur/claire-vautrin">Claire Vautrin</a></span>
<time datetime="2026-11-18T06:00:00+01:00">Le 18/11/2026 à 06:00</time>
<span class="article__updated">Mis à jour le 18/11/2026 à 09:41</span>
<a class="article__comments" href="#commentaires">3 commentaires</a></div>
<figure class="article__image"><img src="/media/2026/11/passerelle-canal.jpg" alt="">
<figcaption>Le nouveau tablier a été posé en mars. Photo JHM/Claire Vautrin</figcaption></figure>
<div class="article__body">
{body}
</div>
<ul class="article__tags"><li><a href="/tag/chaumont">Chaumont</a></li><li><a href="/tag/travaux">Travaux</a></li><li><a href="/tag/canal">Canal</a></li></ul>
<div class="newsletter-box"><h3>La newsletter de Chaumont</h3><p>Chaque matin, l’essentiel de l’actualité locale dans votre boîte mail.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m’inscris</button></form></div>
<section id="commentaires" class="comments"><h3>3 commentaires</h3><div class="comment"><b>Riverain52</b> <time>18/11/2026 à 08:12</time><p>Enfin ! On n’y croyait plus.</p></div></section>
</article>
{related(103, 24, BASE, "related", "À lire également")}
</main>
{footer(104, "Le Journal de la Haute-Marne", BASE, ["Rubriques", "Services", "Abonnement", "Groupe"])}
{tracking(105, "jhm")}
</body></html>
"""
    write(
        "01_jhm_custom_news_microdata",
        page,
        {
            "title": TITLE,
            "publication": "Le Journal de la Haute-Marne",
            "author": "Claire Vautrin",
            "section": "Chaumont",
            "date": datetime.date(2026, 11, 18),
            "standfirst": flat(CHAPO),
            "source_url": URL,
            "subheads": [SUB1, SUB2],
            "paragraphs": PARAGRAPHS,
            "notes": "Custom system; no articleSection or article:section, so the microdata "
            "breadcrumb's last item 'Chaumont' is the section; og:site_name 'JHM - …' gives way to "
            "the publisher name; inline 'Lire aussi', ad slot, caption with credit, tags, "
            "newsletter box and comments are chrome; 'Mis à jour' is not the date.",
        },
    )
