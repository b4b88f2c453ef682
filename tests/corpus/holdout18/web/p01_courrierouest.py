# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 01: Le Courrier de l'Ouest (custom CMS), two authors with url/jobTitle, intertitres."""

import datetime

from chrome import consent, footer, most_read, teaser_rail, tracking
from kit import css_blob, flat, json_script, menu, paras, write


def page() -> None:
    """News with two authors as a JSON-LD array, h2 intertitres, 'Lire aussi', video, ads."""
    base = "https://www.courrierdelouest.fr"
    url = f"{base}/actualite/saint-barthelemy-d-anjou-la-biscuiterie-marolle-va-supprimer-62-postes-13-11-2026-481552"
    title = "Saint-Barthélemy-d’Anjou : la biscuiterie Marolle va supprimer 62 postes"
    lead = (
        "La direction a présenté jeudi un plan de réorganisation aux représentants du personnel. "
        "Les syndicats appellent à un premier débrayage lundi matin."
    )
    sub = ["Une ligne de production arrêtée", "Les élus demandent des garanties"]
    p = [
        "L’annonce est tombée jeudi en fin de matinée, lors d’un comité social et économique "
        "extraordinaire. La biscuiterie Marolle, installée depuis 1964 dans la zone d’activités "
        "de Saint-Barthélemy-d’Anjou, va supprimer 62 de ses 214 postes d’ici à l’été 2027.",
        "La direction, qui appartient depuis trois ans au groupe néerlandais Van Houtem Foods, "
        "justifie ce plan par « un recul durable des volumes » sur les galettes au beurre, "
        "produit historique du site, et par la hausse du prix du beurre, « passé de 4&nbsp;500 à "
        "7&nbsp;200&nbsp;euros la tonne en deux ans ».",
        "Concrètement, la ligne n°&nbsp;3, consacrée aux galettes vendues sous marque de "
        "distributeur, sera arrêtée au printemps. Ses volumes seront transférés vers l’usine du "
        "groupe à Tilburg, aux Pays-Bas.",
        "« On nous explique qu’on coûte trop cher, alors que l’an dernier on a battu notre record "
        "de production », s’indigne <strong>Sandrine Huchet</strong>, déléguée CGT, salariée du "
        "site depuis vingt-deux ans. Les trois syndicats présents dans l’entreprise appellent à "
        "un débrayage lundi, à 8&nbsp;h, devant l’entrée de la rue de la Gibaudière.",
        "La direction assure vouloir privilégier les départs volontaires et les reclassements "
        "internes. Une cellule d’accompagnement doit ouvrir dès décembre.",
        "Le maire, Dominique Bréheret, a demandé à être reçu par la direction « dans les plus "
        "brefs délais ». « Marolle, c’est une partie de l’identité de la commune. Nous voulons "
        "savoir si le site a un avenir au-delà de 2027 », a-t-il déclaré jeudi soir.",
        "La présidente d’Angers Loire Métropole a, de son côté, évoqué la possibilité d’aider à "
        "la reconversion de la ligne vers les biscuits bio, un marché sur lequel l’entreprise "
        "s’était positionnée en 2019 avant de renoncer.",
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": lead,
        "articleSection": "Angers",
        "datePublished": "2026-11-13T18:40:00+01:00",
        "dateModified": "2026-11-13T21:05:00+01:00",
        "author": [
            {
                "@type": "Person",
                "name": "Mathilde Garnier",
                "url": f"{base}/auteur/mathilde-garnier",
                "jobTitle": "Journaliste",
            },
            {
                "@type": "Person",
                "name": "Yann Le Berre",
                "url": f"{base}/auteur/yann-le-berre",
                "jobTitle": "Journaliste",
            },
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Courrier de l'Ouest",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/images/logo-co.png",
                "width": 600,
                "height": 60,
            },
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/images/2026/11/13/marolle.jpg",
            "width": 1200,
            "height": 675,
        },
        "isAccessibleForFree": True,
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
            {"@type": "ListItem", "position": 2, "name": "Angers", "item": f"{base}/angers"},
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Saint-Barthélemy-d’Anjou",
                "item": f"{base}/saint-barthelemy-d-anjou-49124",
            },
        ],
    }
    body = "\n".join(
        [
            '<figure class="article-media"><img src="https://www.courrierdelouest.fr/images/2026/11/13/marolle.jpg" alt="" width="1200" height="675"><figcaption>La biscuiterie emploie 214 personnes dans la zone de la Gibaudière. <span class="credit">Photo CO – Josselin Clair</span></figcaption></figure>',
            paras(*p[:2], attrs='class="paragraph"'),
            f'<div class="lire-aussi"><span>Lire aussi</span><a href="{base}/actualite/angers-l-agroalimentaire-angevin-a-perdu-800-emplois-en-cinq-ans-02-10-2026-479120">L’agroalimentaire angevin a perdu 800 emplois en cinq ans</a></div>',
            f'<h2 class="intertitre">{sub[0]}</h2>',
            paras(*p[2:4], attrs='class="paragraph"'),
            '<div class="pub pub--inread" id="dfp-inread"><span class="pub__label">Publicité</span><div id="div-gpt-ad-1731502"></div></div>',
            paras(p[4], attrs='class="paragraph"'),
            '<div class="video-player" data-provider="dailymotion"><iframe src="https://geo.dailymotion.com/player/x9co.html?video=x8zq21" title="Vidéo" allowfullscreen></iframe><p class="video-player__legend">VIDÉO. Devant l’usine, jeudi après-midi, les salariés sous le choc</p></div>',
            f'<h2 class="intertitre">{sub[1]}</h2>',
            paras(*p[5:], attrs='class="paragraph"'),
        ]
    )
    nav = menu(
        1101,
        "nav-main",
        base,
        [
            "Angers",
            "Cholet",
            "Saumur",
            "Maine-et-Loire",
            "Deux-Sèvres",
            "Sports",
            "Loisirs",
            "Faits divers",
        ],
        12,
    )
    page_html = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="fr"><head>
<meta charset="utf-8">
<title>Saint-Barthélemy-d’Anjou. La biscuiterie Marolle va supprimer 62 postes - Le Courrier de l'Ouest</title>
<meta name="description" content="La direction a présenté jeudi un plan de réorganisation.">
<meta property="og:title" content="Saint-Barthélemy-d’Anjou. La biscuiterie Marolle va supprimer 62 postes">
<meta property="og:site_name" content="Le Courrier de l'Ouest">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/images/2026/11/13/marolle.jpg">
<meta property="article:published_time" content="2026-11-13T18:40:00+01:00">
<meta property="article:modified_time" content="2026-11-13T21:05:00+01:00">
<meta property="article:section" content="Angers">
<meta property="article:tag" content="Emploi">
<meta property="article:tag" content="Industrie">
<link rel="canonical" href="{url}">
<style>{css_blob(1102, "co", 380)}</style>
{json_script(ld)}
{json_script(crumbs)}
{tracking(1103, {"pageType": "article", "rubrique": "angers", "commune": "saint-barthelemy-d-anjou", "premium": "false"})}
</head>
<body class="article-page">
{consent(1104)}
<header class="header"><a class="header__logo" href="{base}/"><img src="{base}/images/logo-co.svg" alt="Le Courrier de l'Ouest"></a><div class="header__date">Vendredi 13 novembre 2026</div><nav>{nav}</nav><a class="btn-abo" href="{base}/abonnement">Je m’abonne</a></header>
<main>
<nav class="breadcrumb"><a href="{base}/">Accueil</a> › <a href="{base}/angers">Angers</a> › <a href="{base}/saint-barthelemy-d-anjou-49124">Saint-Barthélemy-d’Anjou</a></nav>
<article class="article">
<header class="article__header">
<h1 class="article__title">{title}</h1>
<p class="article__chapo">{lead}</p>
<div class="article__signature"><span class="by">Par</span> <a href="{base}/auteur/mathilde-garnier">Mathilde Garnier</a> et <a href="{base}/auteur/yann-le-berre">Yann Le Berre</a></div>
<div class="article__dates">Publié le <time datetime="2026-11-13T18:40:00+01:00">13/11/2026 à 18h40</time> · Modifié le <time datetime="2026-11-13T21:05:00+01:00">13/11/2026 à 21h05</time></div>
<a class="article__comments" href="#comments"><span class="count">14</span> commentaires</a>
<div class="share"><button>Partager</button><a href="#">Facebook</a><a href="#">X</a><a href="#">Copier le lien</a></div>
</header>
<div class="article__body">
{body}
</div>
<ul class="article__tags"><li><a href="{base}/tags/emploi">Emploi</a></li><li><a href="{base}/tags/industrie">Industrie</a></li><li><a href="{base}/tags/saint-barthelemy-d-anjou">Saint-Barthélemy-d’Anjou</a></li></ul>
<div class="newsletter"><h3>Newsletter Angers</h3><p>Recevez chaque matin l’actualité de votre ville.</p><form><input type="email"><button>S’inscrire</button></form></div>
<section id="comments" class="comments"><h3>14 commentaires</h3><p>Connectez-vous pour réagir.</p></section>
</article>
{most_read(1105, base)}
<section class="rail"><h2>À lire aussi</h2>{teaser_rail(1106, base, 150)}</section>
</main>
{footer("Le Courrier de l'Ouest", "Le Courrier de l'Ouest – Groupe Sipa Ouest-France", ["Mentions légales", "Contact", "Publicité", "Cookies"])}
</body></html>
"""
    write(
        "01_courrierouest_custom_two_authors",
        page_html,
        {
            "title": title,
            "publication": "Le Courrier de l'Ouest",
            "author": "Mathilde Garnier et Yann Le Berre",
            "section": "Angers",
            "date": datetime.date(2026, 11, 13),
            "standfirst": lead,
            "source_url": url,
            "subheads": sub,
            "paragraphs": [flat(x) for x in p],
            "notes": "Custom CMS. JSON-LD author array of two Persons with url and jobTitle; "
            "byline 'Par A et B' as two links; articleSection 'Angers' beats the breadcrumb's "
            "last item (JSON-LD BreadcrumbList and a visible trail); <title> and og:title use "
            "'Commune. Titre' while the h1 uses ' : '; h2.intertitre subheads; 'Lire aussi', ad, "
            "Dailymotion video with a legend between paragraphs; caption with a photo credit; "
            "comment counter, tags, newsletter; header date of the day.",
        },
    )
