# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 02: L'Yonne républicaine (Centre France custom), premium article cut by the paywall."""

import datetime

from chrome import mega_menu, rail, stylesheet, tracking
from kit import ld_script, save, wrap

BASE = "https://www.lyonne.fr"
URL = f"{BASE}/auxerre-89000/actualites/le-pont-paul-bert-fermera-six-semaines-pour-reprendre-ses-piles_14602218/"
TITLE = "Le pont Paul-Bert fermera six semaines pour reprendre ses piles"
LEAD = "Les plongeurs ont relevé des affouillements sous deux des piles de l’ouvrage. Les travaux commenceront le 5 janvier ; la circulation sera déviée par le pont de la Tournelle."
P = [
    "C’est un chantier que la Ville d’Auxerre espérait repousser encore de quelques années. Mais le rapport remis début novembre par le bureau d’études ne laisse guère de marge&nbsp;: sous deux des six piles du pont Paul-Bert, le courant de l’Yonne a creusé le lit de la rivière sur près d’un mètre.",
    "« Il n’y a pas de danger immédiat, le pont n’est pas fermé par précaution mais pour travailler », insiste l’adjoint aux travaux, Didier Fourrier, qui a présenté le calendrier mardi soir en conseil municipal.",
    "Le chantier, estimé à 1,9&nbsp;million d’euros, consiste à injecter du béton sous les fondations et à poser des enrochements en amont. Il doit se dérouler en période de basses eaux, d’où le choix de janvier et février, avant les crues de printemps.",
    "Pendant six semaines, les quelque 14&nbsp;000&nbsp;véhicules qui empruntent chaque jour l’ouvrage seront renvoyés vers le pont de la Tournelle et le boulevard",
]


def build() -> None:
    """Write page 02 and its expected file."""
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "description": LEAD,
        "articleSection": "Auxerre",
        "datePublished": "2026-11-19T17:45:00+01:00",
        "dateModified": "2026-11-19T17:45:00+01:00",
        "isAccessibleForFree": "False",
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": "False",
            "cssSelector": ".premium-content",
        },
        "author": {"@type": "Person", "name": "Camille Vérot"},
        "publisher": {"@type": "Organization", "name": "L'Yonne Républicaine"},
        "mainEntityOfPage": URL,
    }
    nav = mega_menu(
        1611,
        "nav-main",
        BASE,
        ["Auxerre", "Sens", "Avallon", "Joigny", "Sports", "Loisirs", "Faits divers"],
        10,
    )
    more = rail(
        1612,
        140,
        BASE,
        '<div class="bloc-article"><a href="{url}"><picture><img data-src="{image}" alt=""></picture><p class="surtitre">{label}</p><h3>{title}</h3></a></div>',
    )
    paywall = (
        '<div class="paywall-premium" id="paywall"><p class="paywall-premium__title">Cet article est réservé aux abonnés</p>'
        "<p>Pour lire la suite, abonnez-vous : 1 € le premier mois, sans engagement.</p>"
        f'<a class="btn btn-abo" href="{BASE}/abonnement/">Je m’abonne</a> <a href="{BASE}/connexion/">Déjà abonné ? Je me connecte</a></div>'
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#"><head>
<meta charset="UTF-8">
<title>Auxerre - Le pont Paul-Bert fermera six semaines pour reprendre ses piles</title>
<meta name="description" content="{LEAD}">
<meta property="og:title" content="Le pont Paul-Bert fermera six semaines pour reprendre ses piles - Auxerre (89000)">
<meta property="og:site_name" content="L'Yonne Républicaine">
<meta property="og:url" content="{URL}">
<meta property="og:type" content="article">
<meta property="article:section" content="Auxerre">
<meta property="article:published_time" content="2026-11-19T17:45:00+01:00">
<link rel="canonical" href="{URL}">
<style>{stylesheet(1613, "cf-", 400)}</style>
{ld_script(ld)}
{tracking(1614, "cfDataLayer", 200)}
</head>
<body class="article premium">
<header id="header"><div class="logo"><a href="{BASE}/"><img src="{BASE}/images/logo-yr.svg" alt="L'Yonne Républicaine"></a></div><div class="date-jour">Vendredi 20 novembre 2026</div><nav>{nav}</nav></header>
<div id="content"><div class="container">
<ol class="fil-ariane"><li><a href="{BASE}/">Accueil</a></li><li><a href="{BASE}/yonne/">Yonne</a></li><li><a href="{BASE}/auxerre-89000/">Auxerre (89000)</a></li><li><a href="{BASE}/auxerre-89000/actualites/">Actualités</a></li></ol>
<article class="article-detail">
<p class="surtitre"><span class="label-premium">Abonné</span> Travaux</p>
<h1 class="titre-article">{TITLE}</h1>
<div class="chapeau"><p>{LEAD}</p></div>
<div class="infos-article"><p class="auteur">Camille Vérot</p><p class="date">Publié le <time datetime="2026-11-19T17:45:00+01:00">19/11/2026 à 17h45</time></p></div>
<ul class="partage"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">Mail</a></li></ul>
<figure><img src="{BASE}/photoSRC/pont-paul-bert.jpg" alt=""><figcaption>Le pont Paul-Bert, construit en 1857, est l’un des plus anciens de la ville. © Photo Jérémie Fulleringer</figcaption></figure>
<div class="contenu-article premium-content">
{wrap(P)}
<div class="fondu"></div>
</div>
{paywall}
</article>
<section class="autres-articles"><h2>Sur le même sujet</h2>{more}</section>
</div></div>
<footer id="footer"><p>© L'Yonne Républicaine - Centre France 2026</p></footer>
</body></html>
"""
    save(
        "02_lyonne_centrefrance_paywall",
        page,
        {
            "title": TITLE,
            "publication": "L'Yonne Républicaine",
            "author": "Camille Vérot",
            "section": "Auxerre",
            "date": datetime.date(2026, 11, 19),
            "standfirst": LEAD,
            "source_url": URL,
            "paragraphs": P,
            "incomplete": True,
            "notes": "Centre France premium article: four paragraphs, the last cut mid-sentence, then the paywall box (incomplete: true); isAccessibleForFree as the string 'False'; 'Abonné' badge inside the surtitre; <title> and og:title carry the town ('Auxerre - …', '… - Auxerre (89000)'); articleSection 'Auxerre' beats the breadcrumb's 'Actualités'; byline a bare name in p.auteur; header date of the day (20 Nov) is not the publication date (19 Nov); standfirst div.chapeau > p.",
        },
    )
