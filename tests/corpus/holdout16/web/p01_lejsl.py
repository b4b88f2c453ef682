# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 01: Le Journal de Saône-et-Loire (EBRA custom), saved as 'Web page, complete'."""

import datetime

from chrome import mega_menu, rail, stylesheet, tracking
from kit import ld_script, save, wrap

BASE = "https://www.lejsl.com"
URL = f"{BASE}/economie/2026/11/14/au-creusot-la-forge-vernet-rallume-son-four-a-induction"
TITLE = "Au Creusot, la forge Vernet rallume son four à induction"
LEAD = "Arrêté depuis le printemps, le four de 12 mégawatts a redémarré vendredi. L’entreprise promet quarante embauches d’ici l’été, mais les syndicats restent prudents."
P1 = [
    "Il était un peu plus de 7&nbsp;heures, vendredi, quand la première billette d’acier est sortie incandescente du four à induction de la forge Vernet, rue de l’Yser. Un moment attendu depuis sept mois par les 214&nbsp;salariés du site, dont une partie avait été placée en activité partielle au printemps.",
    "« On a presque applaudi », sourit Karim Bensaïd, opérateur depuis dix-neuf ans. « Tant que le four était froid, tout le monde se demandait si on le rallumerait un jour. »",
]
P2 = [
    "L’arrêt avait été décidé en avril, quand la facture d’électricité de l’usine avait triplé en un an. Le nouveau contrat, signé en septembre avec un fournisseur bourguignon, fixe le prix du mégawattheure pour cinq ans, une condition posée par les banques pour débloquer un prêt de 6,8&nbsp;millions d’euros.",
    "« Sans visibilité sur l’énergie, aucun client du ferroviaire ne signe de commande sur trois ans », explique le directeur du site, Hervé Lachaux.",
]
SUB = "Quarante postes à pourvoir"
P3 = [
    "La forge, qui produit des essieux et des bagues pour le matériel roulant, annonce quarante recrutements d’ici juillet&nbsp;: des forgerons, des régleurs et des contrôleurs qualité. Une session de recrutement est prévue le 2&nbsp;décembre à l’agence France Travail du Creusot.",
    "Les syndicats saluent le redémarrage sans cacher leurs doutes. « Les embauches, on les croira quand on verra les contrats », tempère Sylvie Marchal, déléguée CGT. Elle rappelle que l’effectif comptait encore 260&nbsp;personnes en 2022.",
    "Du côté de la communauté urbaine, on mise sur l’effet d’entraînement. Les sous-traitants de la vallée, usinage et traitement thermique, avaient vu leur activité reculer de près d’un quart pendant l’arrêt du four.",
    "Le site doit accueillir en janvier une délégation d’un constructeur ferroviaire espagnol. Une commande de 3&nbsp;000&nbsp;essieux par an serait en jeu.",
]
QUOTE = "Tant que le four était froid, tout le monde se demandait si on le rallumerait un jour."


def build() -> None:
    """Write page 01 and its expected file."""
    files = "./Au Creusot, la forge Vernet rallume son four à induction_files"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "datePublished": "2026-11-14T18:30:00+01:00",
        "dateModified": "2026-11-15T08:02:00+01:00",
        "author": [{"@type": "Person", "name": "Julien Perraudin"}],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Journal de Saône-et-Loire",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/logo.png"},
        },
        "isAccessibleForFree": True,
        "mainEntityOfPage": URL,
    }
    nav = mega_menu(
        1601,
        "header-nav",
        BASE,
        ["Actualité", "Faits-divers", "Sport", "Économie", "Loisirs", "Communes"],
        12,
    )
    more = rail(
        1602,
        150,
        BASE,
        '<article class="c-teaser"><a href="{url}"><img src="'
        + files
        + '/{label}.jpg" alt=""><span class="c-teaser__kicker">{label}</span><h3 class="c-teaser__title">{title}</h3></a></article>',
    )
    lire = rail(1603, 2, BASE, '<li><a href="{url}">{title}</a></li>')
    body = "\n".join(
        [
            wrap(P1, attrs='class="textComponent"'),
            f'<aside class="readAlso"><p class="readAlso__title">Lire aussi</p><ul>{lire}</ul></aside>',
            wrap(P2, attrs='class="textComponent"'),
            f'<div class="quote"><blockquote class="quote__text">{QUOTE}</blockquote><p class="quote__author">Karim Bensaïd, opérateur</p></div>',
            f'<h2 class="intertitre">{SUB}</h2>',
            wrap(P3[:2], attrs='class="textComponent"'),
            '<div class="ebra-ad ebra-ad--inread" id="dfp-inread"><span class="ebra-ad__label">Publicité</span></div>',
            wrap(P3[2:], attrs='class="textComponent"'),
        ]
    )
    page = f"""<!DOCTYPE html>
<!-- saved from url=({len(URL):04d}){URL} -->
<html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{TITLE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Arrêté depuis le printemps, le four de 12 mégawatts a redémarré vendredi.">
<meta property="og:title" content="Le Creusot. La forge Vernet rallume son four à induction">
<meta property="og:site_name" content="www.lejsl.com">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<link rel="canonical" href="{URL}">
<link rel="stylesheet" href="{files}/main.b81c2e.css">
<style>{stylesheet(1604, "c-", 380)}</style>
{ld_script(ld)}
{tracking(1605, "ebraDataLayer", 160)}
<script src="{files}/sdk.js"></script>
</head>
<body class="article-page">
<div class="didomi-notice"><p>Le Journal de Saône-et-Loire et ses partenaires utilisent des cookies.</p><button>Accepter &amp; Fermer</button></div>
<header class="header"><a class="header__logo" href="{BASE}/"><img src="{files}/logo-jsl.svg" alt="Le Journal de Saône-et-Loire"></a><nav>{nav}</nav><a class="header__subscribe" href="{BASE}/abonnement">S’abonner</a></header>
<main>
<nav class="breadcrumb"><a href="{BASE}/">Accueil</a> <span>›</span> <a href="{BASE}/economie">Économie</a> <span>›</span> <a href="{BASE}/economie/industrie">Industrie</a></nav>
<article class="article">
<header class="article__header"><p class="article__location"><a href="{BASE}/communes/le-creusot">Le Creusot</a> | Industrie</p>
<h1 class="article__title">{TITLE}</h1>
<p class="chapo">{LEAD}</p>
<div class="signature"><span class="signature__author">Par <a href="{BASE}/auteur/julien-perraudin">Julien Perraudin</a></span> - <time datetime="2026-11-14T18:30:00+01:00">14 nov. 2026 à 18:30</time> | mis à jour le 15 nov. 2026 à 08:02 - Temps de lecture : 3 min</div>
<div class="share"><button>Partager</button><a href="#">Facebook</a><a href="#">X</a><a href="#">Copier le lien</a></div></header>
<figure class="article__image"><img src="{files}/forge-vernet.jpg" alt=""><figcaption>La première billette sortie du four, vendredi matin. Photo JSL/Julien Perraudin</figcaption></figure>
<div class="article__content">
{body}
</div>
<div class="newsletter"><p class="newsletter__title">La newsletter Économie</p><p>Recevez chaque vendredi l’actualité des entreprises de Saône-et-Loire.</p><input type="email"><button>S’inscrire</button></div>
</article>
<section class="more"><h2>À lire aussi</h2>{more}</section>
</main>
<footer class="footer"><p>© Le Journal de Saône-et-Loire 2026 - Tous droits réservés</p><p>Groupe EBRA</p></footer>
</body></html>
"""
    save(
        "01_lejsl_ebra_complete_pullquote",
        page,
        {
            "title": TITLE,
            "publication": "Le Journal de Saône-et-Loire",
            "author": "Julien Perraudin",
            "section": "Industrie",
            "date": datetime.date(2026, 11, 14),
            "standfirst": LEAD,
            "source_url": URL,
            "subheads": [SUB],
            "pull_quotes": [QUOTE],
            "paragraphs": P1 + P2 + P3,
            "notes": "EBRA custom page saved as 'Web page, complete' (assets under ./…_files/); og:site_name is the address 'www.lejsl.com' (the publisher is the name); og:title differs from the h1; breadcrumb Accueil › Économie › Industrie gives the section, the location line 'Le Creusot | Industrie' is no kicker to take; p.chapo standfirst; 'Par' link and <time> in one signature line with 'mis à jour'; 'Lire aussi' list, ad, and a pull quote repeating a paragraph's sentence between paragraphs; h2.intertitre; newsletter box after the body.",
        },
    )
