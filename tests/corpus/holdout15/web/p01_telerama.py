# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""01 Télérama (Drupal): film review with a rating, YouTube trailer, 'Sur le même sujet'."""

import datetime

from chrome import footer_links, mega_menu, stylesheet, teaser_cards
from kit import ld_script, save, text_of, texts, wrap

BASE = "https://www.telerama.fr"
URL = f"{BASE}/cinema/les-heures-blanches-de-lea-morvan-un-huis-clos-en-haute-montagne-7021584.php"
TITLE = "“Les Heures blanches”, de Léa Morvan : un huis clos en haute montagne qui tient en haleine"
LEAD = "Trois gardiens d’un refuge des Écrins, une tempête de neige et un secret de famille : le deuxième long métrage de la cinéaste grenobloise refroidit autant qu’il saisit."
BODY = [
    "On avait laissé Léa Morvan en 2023 avec <em>Les Riverains</em>, une chronique sociale tournée au bord de l’Isère, attachante mais sage. On la retrouve là où on ne l’attendait pas : à 2&nbsp;900 mètres d’altitude, dans un refuge de pierre et de tôle que la neige coupe du monde pendant cinq jours.",
    "Les trois gardiens – un père, Joël (Grégoire Lanthier, massif et mutique), sa fille Salomé (Inès Carrel, révélation du film) et un saisonnier venu de Lyon (Bastien Roux) – attendent une cordée qui ne redescend pas. La radio grésille, le groupe électrogène tousse, et chacun finit par parler de ce qu’il tait depuis des années.",
    "Le dispositif pourrait étouffer. Il n’en est rien, grâce à la mise en scène, qui fait de l’espace minuscule un labyrinthe : la caméra d’Antoine Sélim se glisse entre les lits superposés, monte dans les combles, colle aux vitres givrées. Le hors-champ – la tempête, les sommets, les absents – pèse plus lourd que tout ce qu’on voit.",
    "On regrette seulement une dernière demi-heure trop explicative, où le scénario, écrit avec Mathieu Dorsaz, s’acharne à dénouer ce qui gagnait à rester noué. La révélation finale, téléphonée, affaiblit un peu la tension construite avec une patience remarquable.",
    "Reste Inès Carrel, 23 ans, qui porte le film sur ses épaules avec une autorité stupéfiante. Son visage fermé, qui s’ouvre d’un coup dans la scène de la lampe frontale, est de ceux qu’on n’oublie pas. Elle avait été repérée au Conservatoire de Grenoble ; elle tient ici son premier grand rôle.",
    "<em>Les Heures blanches</em> a été tourné en deux hivers, en conditions réelles, au refuge de l’Alpe de Villar-d’Arène, avec une équipe réduite à onze personnes. Cela se sent : le froid traverse l’écran, et on sort de la salle en cherchant son écharpe.",
]
RELATED = [
    (
        "cinema/montagne-au-cinema-dix-films-qui-donnent-le-vertige-7019002.php",
        "La montagne au cinéma : dix films qui donnent le vertige",
    ),
    (
        "cinema/les-riverains-de-lea-morvan-la-critique-7003117.php",
        "“Les Riverains”, de Léa Morvan : la critique",
    ),
    ("cinema/ines-carrel-l-actrice-qui-monte-7020455.php", "Inès Carrel, l’actrice qui monte"),
]


def page01() -> None:
    """Write 01_telerama_drupal_review."""
    related = "".join(f'<li><a href="{BASE}/{href}">{label}</a></li>' for href, label in RELATED)
    rating = '<div class="rating rating--tt" aria-label="On aime beaucoup"><span class="rating__logo">TT</span><span class="rating__label">On aime beaucoup</span></div>'
    sheet = '<div class="movie-sheet"><h2 class="movie-sheet__title">Fiche technique</h2><ul><li>Genre : Drame</li><li>Durée : 1h46</li><li>Pays : France, Suisse</li><li>Sortie : 25 novembre 2026</li><li>Avec : Inès Carrel, Grégoire Lanthier, Bastien Roux</li></ul></div>'
    trailer = '<div class="media media--remote-video"><div class="field field--name-field-media-oembed-video"><iframe src="https://www.youtube-nocookie.com/embed/q3Lk9vR2xTA?rel=0" width="720" height="405" title="Les Heures blanches - Bande-annonce" allowfullscreen></iframe></div><div class="media__legend">La bande-annonce des “Heures blanches”. Pyramide Distribution</div></div>'
    body = "\n".join(
        [
            rating,
            wrap(BODY[:3]),
            trailer,
            wrap(BODY[3:5]),
            f'<div class="paragraph paragraph--type--related"><p class="related__title">Sur le même sujet</p><ul class="related__list">{related}</ul></div>',
            wrap(BODY[5:]),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "Review",
        "name": TITLE,
        "headline": "Les Heures blanches, de Léa Morvan",
        "datePublished": "2026-11-24T17:00:00+01:00",
        "dateModified": "2026-11-25T08:12:00+01:00",
        "author": {
            "@type": "Person",
            "name": "Hélène Vasseur",
            "url": f"{BASE}/personnes/helene-vasseur",
        },
        "reviewRating": {"@type": "Rating", "ratingValue": 3, "bestRating": 4, "worstRating": 0},
        "itemReviewed": {
            "@type": "Movie",
            "name": "Les Heures blanches",
            "director": {"@type": "Person", "name": "Léa Morvan"},
        },
        "publisher": {
            "@type": "Organization",
            "name": "Télérama",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/logo.png"},
        },
    }
    nav = mega_menu(
        101,
        BASE,
        "menu",
        ["Cinéma", "Séries", "Télévision", "Musique", "Livres", "Arts", "Scènes", "Radio"],
        9,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="{LEAD}" />
<link rel="canonical" href="{URL}" />
<meta property="og:site_name" content="Télérama" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{URL}" />
<meta property="og:title" content="{TITLE}" />
<meta property="article:section" content="Cinéma" />
<meta property="article:published_time" content="2026-11-24T17:00:00+0100" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<title>{TITLE} | Télérama</title>
<style media="all">{stylesheet(1, "tr", 380)}</style>
{ld_script(ld)}
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/7021584","currentLanguage":"fr"}},"tlr":{{"paywall":false,"contentType":"critique","rating":3}}}}</script>
</head>
<body class="path-node page-node-type-critique">
<a href="#main-content" class="visually-hidden focusable">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header"><a href="{BASE}/" class="header__logo"><img src="{BASE}/themes/telerama/logo.svg" alt="Télérama"></a><nav class="header__nav">{nav}</nav><a class="header__subscribe" href="{BASE}/abonnement">S’abonner</a></header>
<main id="main-content" role="main">
<article role="article" class="node node--type-critique node--view-mode-full">
<header class="article__header">
<a class="article__kicker" href="{BASE}/cinema">Cinéma</a>
<h1 class="article__title"><span class="field field--name-title">{TITLE}</span></h1>
<div class="article__chapo"><p>{LEAD}</p></div>
<div class="article__byline">Par <a href="{BASE}/personnes/helene-vasseur" rel="author">Hélène Vasseur</a></div>
<div class="article__date">Publié le 24 novembre 2026 à 17h00 <span class="article__update">Mis à jour le 25 novembre 2026 à 08h12</span></div>
<div class="share"><button>Partager</button><button>Sauvegarder</button></div>
</header>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
{body}
</div>
{sheet}
</article>
<section class="rail"><h2>À voir aussi au cinéma</h2>{teaser_cards(102, BASE, 170)}</section>
</main>
<footer class="footer"><p>© Télérama 2026 – Tous droits réservés</p><ul>{footer_links(103, BASE, 40)}</ul></footer>
</div>
</body>
</html>
"""
    save(
        "01_telerama_drupal_review",
        page,
        {
            "title": text_of(TITLE),
            "publication": "Télérama",
            "author": "Hélène Vasseur",
            "section": "Cinéma",
            "date": datetime.date(2026, 11, 24),
            "standfirst": LEAD,
            "source_url": URL,
            "paragraphs": texts(BODY),
            "notes": "Drupal 10 review: JSON-LD Review (no articleSection) with a reviewRating; article:section 'Cinéma'; "
            "the rating label 'On aime beaucoup' and the technical sheet are not text; YouTube trailer with a legend; "
            "'Sur le même sujet' list inside the body; visible chapô; author page link; dates in French words with "
            "'Mis à jour le' after 'Publié le'; JSON-LD headline differs from the h1.",
        },
    )
