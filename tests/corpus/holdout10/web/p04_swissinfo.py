"""Page 04: swissinfo.ch (CH), WordPress: agency-only 'Keystone-ATS', audio player, blockquote."""

from __future__ import annotations

import datetime

import bulk
import kit

URL = "https://www.swissinfo.ch/fre/politique/le-conseil-federal-veut-proteger-les-sources-alpines/90412377"
TITLE = "Le Conseil fédéral veut mieux protéger les sources alpines"

TEXT = """
Le Conseil fédéral entend renforcer la protection des sources d’eau potable situées en
montagne. Il a mis vendredi en consultation une révision de l’ordonnance sur la protection des
eaux qui obligerait les cantons à délimiter, d’ici 2032, des zones de protection autour de
toutes les captations alpines alimentant plus de cinquante personnes.

Selon l’Office fédéral de l’environnement (OFEV), près de 2300 captations situées au-dessus de
1000&nbsp;mètres ne disposent aujourd’hui d’aucune zone de protection conforme. Le recul des
glaciers et la multiplication des épisodes de sécheresse rendent ces ressources plus
vulnérables, notamment aux pollutions liées au pâturage et aux chantiers d’altitude.

@audio

Dans son communiqué, le gouvernement justifie ainsi la révision:

> «Les sources de montagne assurent l’approvisionnement de nombreuses communes rurales et de
stations touristiques. Leur qualité ne peut plus être considérée comme acquise.
> La révision vise à donner aux cantons des règles claires et un calendrier réaliste, sans
interdire les activités agricoles traditionnelles.»

## Les cantons alpins sceptiques

Les cantons concernés accueillent le projet avec réserve. Le Valais, qui compte à lui seul
environ 700 captations à régulariser, estime le coût des études hydrogéologiques à
45&nbsp;millions de francs. Les Grisons demandent que la Confédération prenne en charge au moins
la moitié de la facture.

L’Union suisse des paysans craint de son côté des restrictions pour l’estivage. Dans les zones
de protection rapprochée, l’épandage d’engrais de ferme serait interdit et la charge en bétail
limitée. Les organisations de protection de l’environnement saluent au contraire un
«&nbsp;pas attendu depuis longtemps&nbsp;», tout en regrettant l’échéance jugée trop lointaine.

@lire

La consultation dure jusqu’au 13&nbsp;mars 2027. Le Conseil fédéral prévoit une entrée en
vigueur de l’ordonnance révisée au début de 2028.

Plusieurs communes de montagne ont déjà pris les devants. À Bagnes (VS), une zone de protection
a été créée l’an dernier autour des sources du val de Bagnes, au prix d’un accord avec huit
exploitants d’alpage indemnisés pour la perte de pâturages.
"""

CHROME = {
    "audio": (
        '<div class="audio-player" data-src="https://www.swissinfo.ch/audio/90412377.mp3">'
        f'<button class="audio-player__play">{bulk.svg("play")}<span>Écouter l’article</span>'
        '</button><span class="audio-player__time">00:00 / 03:12</span>'
        '<span class="audio-player__note">Voix générée par synthèse</span></div>'
    ),
    "lire": (
        '<aside class="related-content"><h4 class="related-content__title">Plus'
        '</h4><a href="https://www.swissinfo.ch/fre/climat/la-fonte-des-glaciers-suisses-'
        's-accelere/89110233">La fonte des glaciers suisses s’accélère</a></aside>'
    ),
}


def page() -> None:
    """Write page 04 and its expected file."""
    art = kit.render(
        TEXT,
        {
            "h2": '<h2 class="wp-block-heading">{}</h2>',
            "quote": '<blockquote class="wp-block-quote">{}</blockquote>',
        },
        CHROME,
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": URL + "#article",
                "headline": TITLE,
                "datePublished": "2026-11-27T14:52:10+01:00",
                "author": {"@type": "Organization", "name": "Keystone-ATS"},
                "publisher": {"@id": "https://www.swissinfo.ch/#organization"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "Organization",
                "@id": "https://www.swissinfo.ch/#organization",
                "name": "swissinfo.ch",
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil"},
                    {"@type": "ListItem", "position": 2, "name": "Politique"},
                ],
            },
        ],
    }
    html = f"""<!DOCTYPE html>
<html lang="fr-FR" class="no-js"><head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} - SWI swissinfo.ch</title>
<meta name="description" content="Le gouvernement met en consultation une révision de
l’ordonnance sur la protection des eaux.">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE} - SWI swissinfo.ch">
<meta property="og:url" content="{URL}">
<meta property="og:site_name" content="swissinfo.ch">
<meta property="article:publisher" content="https://www.facebook.com/swissinfo.fr">
<link rel="canonical" href="{URL}">
<link rel="stylesheet" id="swi-theme-css"
href="https://www.swissinfo.ch/wp-content/themes/swi/style.css?ver=4.12.0" media="all">
<style id="wp-block-library-inline-css">{bulk.css(401, "wp", 240)}</style>
<script class="yoast-schema-graph" type="application/ld+json">{bulk.json_script(graph)[36:-9]}
</script>
{bulk.tracker_scripts(41, 22)}
</head>
<body class="post-template-default single single-post postid-90412377 lang-fr">
<div class="cmp-banner"><p>swissinfo.ch utilise des cookies. En poursuivant la navigation,
vous acceptez leur utilisation.</p><button>J’accepte</button></div>
<header class="site-header"><a class="site-header__logo" href="https://www.swissinfo.ch/fre/">
SWI swissinfo.ch</a>
<nav>{
        bulk.menu(
            42,
            "main-menu",
            "https://www.swissinfo.ch/fre",
            ["Suisse", "Politique", "Économie", "Culture", "Sciences", "Suisses de l’étranger"],
        )
    }</nav>
</header>
<main id="main" class="site-main">
<article id="post-90412377" class="post-90412377 post type-post category-politique">
<nav class="breadcrumb" aria-label="Fil d’Ariane"><a href="https://www.swissinfo.ch/fre/">
Accueil</a> / <a href="https://www.swissinfo.ch/fre/politique/">Politique</a></nav>
<h1 class="entry-title">{TITLE}</h1>
<div class="entry-meta"><span class="byline">Keystone-ATS</span>
<time class="entry-date published" datetime="2026-11-27T14:52:10+01:00">27 novembre 2026 -
14:52</time></div>
<figure class="wp-block-image"><img src="https://www.swissinfo.ch/content/source.jpg" alt="">
<figcaption>Une captation d’eau au-dessus de Zermatt.<span class="credit">Keystone / Jean-Christophe
Bott</span></figcaption></figure>
<div class="entry-content">
{art.html}
</div>
{bulk.share_bar("share-tools", URL)}
<div class="newsletter-teaser"><h3>Notre newsletter</h3><p>L’actualité suisse dans votre boîte
mail, chaque semaine.</p><a href="https://www.swissinfo.ch/fre/newsletter">S’abonner</a></div>
</article>
<section class="more-stories">{
        bulk.teaser_list(bulk.teasers(43, 60, "https://www.swissinfo.ch/fre"), "more-stories__list")
    }</section>
</main>
<footer class="site-footer"><p>© swissinfo.ch – une unité d’entreprise de la SSR</p>
{
        bulk.menu(
            44,
            "footer-menu",
            "https://www.swissinfo.ch/fre",
            ["À propos", "Contact", "Conditions d’utilisation", "Protection des données"],
            3,
        )
    }</footer>
</body></html>
"""
    bulk.write(
        "04_swissinfo_wordpress_keystone_ats",
        html,
        {
            "title": TITLE,
            "publication": "swissinfo.ch",
            "author": None,
            "agency": "Keystone-ATS",
            "section": "Politique",
            "date": datetime.date(2026, 11, 27),
            "source_url": URL,
            "subheads": art.subheads,
            "paragraphs": art.paragraphs,
            "notes": (
                "WordPress + Yoast page of an agency dispatch: 'Keystone-ATS' alone in the "
                "byline and as JSON-LD Organization author (author null, agency Keystone-ATS); "
                "no standfirst, only a meta description; section from the breadcrumb "
                "'Politique' (no articleSection); 'Écouter l’article' audio player between "
                "paragraphs; wp-block-quote of two paragraphs without cite; 'Plus' related "
                "box; <title> and og:title ' - SWI swissinfo.ch' while og:site_name and footer "
                "say 'swissinfo.ch'; cookie banner, newsletter teaser."
            ),
        },
    )
