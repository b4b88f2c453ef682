# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 07: Le Mauricien (Ghost, Casper-like theme), two authors, kg-* cards."""

import datetime

from chrome import mega_menu, rail, stylesheet, tracking
from kit import ld_script, save, wrap

BASE = "https://www.lemauricien.com"
URL = f"{BASE}/economie/port-louis-le-nouveau-terminal-a-conteneurs-double-ses-grues/"
TITLE = "Port-Louis : le nouveau terminal à conteneurs double ses grues"
LEAD = "Quatre portiques supplémentaires entrent en service au quai de Mer-Rouge. L’Autorité portuaire espère reconquérir les lignes de transbordement parties vers Maputo et Durban."
P1 = [
    "Les quatre grues sont arrivées de Shanghai à la mi-octobre, démontées sur un cargo spécialisé. Un mois plus tard, elles ont été mises en service mardi au quai de Mer-Rouge, portant à huit le nombre de portiques du terminal à conteneurs de Port-Louis.",
    "L’investissement, de Rs&nbsp;3,1&nbsp;milliards, doit permettre de traiter jusqu’à 1,2&nbsp;million de conteneurs par an, contre 800&nbsp;000 aujourd’hui. Il s’accompagne d’un approfondissement du chenal à 16,5&nbsp;mètres, achevé en septembre.",
]
SUB1 = "Reconquérir le transbordement"
P2 = [
    "L’enjeu dépasse le seul trafic mauricien. Depuis 2023, plusieurs armateurs ont transféré une partie de leurs escales de transbordement vers Maputo et Durban, jugés plus rapides. Le temps d’attente moyen des navires à Port-Louis avait alors dépassé trente heures.",
    "« Un armateur ne nous demande pas d’être les moins chers, il nous demande d’être à l’heure », résume le directeur des opérations de l’Autorité portuaire, Vikash Ramdhony.",
]
PULL = "Un armateur ne nous demande pas d’être les moins chers, il nous demande d’être à l’heure."
SUB2 = "Les dockers demandent des garanties"
P3 = [
    "Du côté des syndicats, on salue l’arrivée des nouveaux équipements tout en s’inquiétant du passage aux grues semi-automatisées prévu en 2028. La Cargo Handling Corporation assure qu’aucun licenciement n’est envisagé et promet de former 120&nbsp;grutiers d’ici deux ans.",
    "« Nous avons déjà entendu ces promesses lors de la modernisation de 2012 », prévient Jean-Claude Permal, secrétaire d’un syndicat de dockers, qui réclame un accord écrit avant la fin de l’année.",
]
SUB3 = "Prochaine étape : l’île flottante de stockage"
P4 = [
    "Le gouvernement a par ailleurs lancé un appel d’offres pour un dépôt flottant de carburant au large de Pointe-aux-Sables, destiné à ravitailler les navires en transit. Les candidatures sont attendues jusqu’au 31&nbsp;janvier.",
]


def build() -> None:
    """Write page 07 and its expected file."""
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {
            "@type": "Organization",
            "name": "Le Mauricien",
            "url": f"{BASE}/",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/content/images/2024/01/logo.png"},
        },
        "author": {
            "@type": "Person",
            "name": "Priya Soobrayen",
            "url": f"{BASE}/author/priya/",
            "sameAs": [],
        },
        "headline": TITLE,
        "url": URL,
        "datePublished": "2026-11-17T16:20:00.000+04:00",
        "dateModified": "2026-11-17T18:02:11.000+04:00",
        "keywords": "Économie, Port, Transport maritime",
        "description": LEAD,
        "mainEntityOfPage": URL,
    }
    nav = mega_menu(
        1661,
        "nav",
        BASE,
        ["Actualités", "Économie", "Politique", "Société", "Sports", "Magazine"],
        6,
    )
    more = rail(
        1662,
        120,
        BASE,
        '<article class="gh-card post"><a class="gh-card-link" href="{url}"><figure class="gh-card-image"><img srcset="{image} 300w" src="{image}" alt="" loading="lazy"></figure><div class="gh-card-wrapper"><p class="gh-card-tag">{label}</p><h3 class="gh-card-title">{title}</h3></div></a></article>',
    )
    content = "\n".join(
        [
            wrap(P1),
            f'<figure class="kg-card kg-image-card kg-width-wide kg-card-hascaption"><img src="{BASE}/content/images/2026/11/grues-mer-rouge.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">Les quatre nouveaux portiques au quai de Mer-Rouge.</span> (Photo : Jean-Marc Poché)</figcaption></figure>',
            f'<h2 id="reconquerir-le-transbordement">{SUB1}</h2>',
            wrap(P2),
            f'<blockquote class="kg-blockquote-alt"><span style="white-space: pre-wrap;">{PULL}</span></blockquote>',
            f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{BASE}/economie/port-franc-les-exportations-reculent/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Port franc : les exportations reculent au troisième trimestre</div><div class="kg-bookmark-description">Les chiffres de Statistics Mauritius montrent un recul de 6 %.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Le Mauricien</span></div></div></a></figure>',
            f'<h2 id="les-dockers-demandent-des-garanties">{SUB2}</h2>',
            wrap(P3),
            f'<h3 id="prochaine-etape">{SUB3}</h3>',
            wrap(P4),
            '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📩</div><div class="kg-callout-text">Recevez chaque matin notre sélection d’articles : inscrivez-vous à la lettre d’information.</div></div>',
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr"><head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Port-Louis : le nouveau terminal à conteneurs double ses grues</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="{BASE}/assets/built/screen.css?v=8f2e1a9c0b">
<style>{stylesheet(1663, "gh-", 400)}</style>
<link rel="canonical" href="{URL}">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Le Mauricien">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE}">
<meta property="og:description" content="{LEAD}">
<meta property="og:url" content="{URL}">
<meta property="article:published_time" content="2026-11-17T12:20:00.000Z">
<meta property="article:modified_time" content="2026-11-17T14:02:11.000Z">
<meta property="article:tag" content="Économie">
<meta property="article:tag" content="Port">
<meta name="generator" content="Ghost 5.96">
{ld_script(ld)}
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="{BASE}/" data-key="3c9f0e7a1b2d4c5e6f708192a3" data-api="{BASE}/ghost/api/content/" crossorigin="anonymous"></script>
{tracking(1664, "ghostConfig", 120)}
</head>
<body class="post-template tag-economie tag-port has-sans-title has-serif-body">
<div class="gh-site">
<header id="gh-navigation" class="gh-navigation is-left-logo"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="{BASE}"><img src="{BASE}/content/images/2024/01/logo.png" alt="Le Mauricien"></a></div><nav class="gh-navigation-menu">{nav}</nav><div class="gh-navigation-actions"><a class="gh-button" href="#/portal/signup" data-portal="signup">S’abonner</a></div></div></header>
<main class="gh-main">
<article class="gh-article post tag-economie tag-port">
<header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="{BASE}/tag/economie/">Économie</a>
<h1 class="gh-article-title is-title">{TITLE}</h1>
<p class="gh-article-excerpt is-body">{LEAD}</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="{BASE}/author/priya/"><img class="author-profile-image" src="{BASE}/content/images/size/w160/2024/05/priya.jpg" alt="Priya Soobrayen"></a><a href="{BASE}/author/kevin/"><img class="author-profile-image" src="{BASE}/content/images/size/w160/2025/02/kevin.jpg" alt="Kevin Labonne"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="{BASE}/author/priya/">Priya Soobrayen</a>, <a href="{BASE}/author/kevin/">Kevin Labonne</a></h4>
<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2026-11-17">17 nov. 2026</time><span class="gh-article-meta-length"><span class="bull">—</span> 3 min de lecture</span></div></div></div>
<figure class="gh-article-image"><img src="{BASE}/content/images/size/w1200/2026/11/terminal.jpg" alt="{TITLE}"></figure>
</header>
<section class="gh-content gh-canvas is-body">
{content}
</section>
</article>
<div class="gh-comments gh-canvas"><div id="ghost-comments-root"><h2>Commentaires</h2><p>Connectez-vous ou abonnez-vous pour participer à la discussion.</p></div></div>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">À lire aussi</h2><div class="gh-feed">{more}</div></div></section>
</main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">Le Mauricien</span><nav class="gh-footer-menu"><a href="#">Contact</a></nav><div class="gh-footer-copyright">Powered by Ghost</div></div><section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">Le Mauricien</h2><p class="gh-footer-signup-subhead is-body">L’actualité de Maurice, chaque jour.</p><button class="gh-button" data-portal="signup">S’inscrire</button></section></div></footer>
</div>
</body></html>
"""
    save(
        "07_lemauricien_ghost_two_authors",
        page,
        {
            "title": TITLE,
            "publication": "Le Mauricien",
            "author": "Priya Soobrayen et Kevin Labonne",
            "section": "Économie",
            "date": datetime.date(2026, 11, 17),
            "standfirst": LEAD,
            "source_url": URL,
            "subheads": [SUB1, SUB2, SUB3],
            "pull_quotes": [PULL],
            "paragraphs": P1 + P2 + P3 + P4,
            "notes": "Ghost 5 (gh-article-*, kg-* cards): standfirst p.gh-article-excerpt; two authors as two links joined by a comma in h4.gh-article-author-name (written 'A et B'), JSON-LD names only the first; no articleSection or article:section (article:tag is no section): the primary tag link gh-article-tag 'Économie' as kicker; JSON-LD at +04:00, meta in UTC, <time datetime> a bare date; kg-image-card caption with credit; kg-blockquote-alt as pull quote (it repeats a paragraph's quote); kg-bookmark-card 'read also' and kg-callout-card newsletter inside gh-content; h2 and h3 subheads; comments box and footer signup.",
        },
    )
