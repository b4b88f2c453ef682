# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 06: Guinéenews, Guinée (WordPress, Gutenberg blocks), quote block and pullquote."""

import datetime

from chrome import mega_menu, rail, stylesheet, tracking
from kit import ld_script, save

BASE = "https://guineenews.org"
URL = f"{BASE}/conakry-lhopital-de-donka-ouvre-une-unite-de-dialyse-pour-enfants/"
TITLE = "Conakry : l’hôpital de Donka ouvre une unité de dialyse pour enfants"
P1 = [
    "Conakry — Le CHU de Donka a inauguré lundi la première unité de dialyse pédiatrique du pays. Six postes, dont deux réservés aux nourrissons, permettront désormais de traiter sur place des enfants qui devaient jusqu’ici être évacués vers Dakar ou Abidjan.",
    "L’unité, installée dans l’aile rénovée du service de néphrologie, a coûté 4,2&nbsp;milliards de francs guinéens. Elle a été financée par l’État et par une fondation hospitalière marocaine, qui a aussi formé huit infirmières pendant quatre mois à Rabat.",
]
SUB1 = "Des évacuations coûteuses"
P2 = [
    "Selon le service de néphrologie, une trentaine d’enfants guinéens souffrant d’insuffisance rénale sont évacués chaque année. Le coût d’une évacuation, à la charge des familles pour l’essentiel, dépasse souvent 80&nbsp;millions de francs guinéens.",
    "Mariama Soumah en sait quelque chose. Sa fille de neuf ans a passé quatre mois à Dakar l’an dernier. « Nous avons vendu notre terrain de Coyah pour payer le traitement », raconte-t-elle devant l’entrée du nouveau service.",
]
QUOTE = [
    "Nous avons aujourd’hui le matériel et les compétences. Notre défi, maintenant, c’est de garantir les consommables toute l’année.",
    "Une séance de dialyse ne peut pas attendre une livraison.",
]
CITE = "Pr Alpha Oumar Barry, chef du service de néphrologie"
LIRE = '<strong>Lire aussi :</strong> <a href="https://guineenews.org/sante-la-pharmacie-centrale-annonce-de-nouvelles-livraisons/">Santé : la Pharmacie centrale annonce de nouvelles livraisons</a>'
SUB2 = "La question des consommables"
P3 = [
    "Les filtres et les solutions de dialyse restent importés. Le ministère de la Santé assure avoir constitué un stock de six mois et promet une ligne budgétaire dédiée dans la loi de finances 2027.",
    "Les séances seront gratuites pour les moins de quinze ans pendant la première année, a annoncé la ministre lors de l’inauguration, sans préciser le dispositif prévu ensuite.",
]
PULL = "« Notre défi, maintenant, c’est de garantir les consommables toute l’année »"
P4 = [
    "Le CHU prévoit d’ouvrir deux postes supplémentaires d’ici 2028 et d’assurer un suivi des patients de l’intérieur du pays par téléconsultation depuis les hôpitaux régionaux de Kankan et de Labé.",
]


def build() -> None:
    """Write page 06 and its expected file."""
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": TITLE,
        "datePublished": "2026-11-23T19:12:44+00:00",
        "dateModified": "2026-11-24T08:30:02+00:00",
        "author": {"@type": "Organization", "name": "Guinéenews", "url": BASE},
        "articleSection": ["Santé", "À la une"],
        "publisher": {"@type": "Organization", "name": "Guinéenews"},
        "mainEntityOfPage": URL,
    }
    nav = mega_menu(
        1651,
        "menu",
        BASE,
        ["Politique", "Économie", "Société", "Santé", "Sport", "Culture", "Régions"],
        8,
    )
    more = rail(
        1652,
        130,
        BASE,
        '<li class="wp-block-latest-posts__item"><div class="wp-block-latest-posts__featured-image"><img src="{image}" alt="" loading="lazy"></div><a class="wp-block-latest-posts__post-title" href="{url}">{title}</a></li>',
    )

    def ps(items: list[str]) -> str:
        return "\n".join(f"<p>{x}</p>" for x in items)

    content = "\n".join(
        [
            f'<figure class="wp-block-image size-large"><img decoding="async" src="{BASE}/wp-content/uploads/2026/11/donka-dialyse-1024x683.jpg" alt="" class="wp-image-388120"><figcaption class="wp-element-caption">L’une des six machines de la nouvelle unité, lundi à Donka. Photo : Guinéenews</figcaption></figure>',
            ps(P1),
            f'<h2 class="wp-block-heading">{SUB1}</h2>',
            ps(P2),
            '<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'
            + ps(QUOTE)
            + f"<cite>{CITE}</cite></blockquote>",
            f"<p>{LIRE}</p>",
            f'<h2 class="wp-block-heading">{SUB2}</h2>',
            ps(P3),
            f'<figure class="wp-block-pullquote has-border-color" style="border-color:#0a7d3c"><blockquote><p>{PULL}</p></blockquote></figure>',
            ps(P4),
            '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper"><iframe title="Inauguration de l’unité de dialyse pédiatrique de Donka" width="640" height="360" src="https://www.youtube.com/embed/Qa1b2C3d4E5?feature=oembed" allowfullscreen></iframe></div></figure>',
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR"><head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Conakry : l’hôpital de Donka ouvre une unité de dialyse pour enfants - Guinéenews©</title>
<link rel="canonical" href="{URL}">
<meta property="og:title" content="Conakry : l’hôpital de Donka ouvre une unité de dialyse pour enfants - Guinéenews©">
<meta property="og:url" content="{URL}">
<meta property="og:site_name" content="Guinéenews©">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-23T19:12:44+00:00">
<style id="wp-block-library-inline-css">{stylesheet(1653, "wp-block-", 360)}</style>
<style id="global-styles-inline-css">{stylesheet(1654, "has-", 200)}</style>
{ld_script(ld)}
{tracking(1655, "gnAds", 100)}
</head>
<body class="post-template-default single single-post postid-388102 wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part site-header"><div class="wp-block-group"><p class="wp-block-site-title"><a href="{BASE}">Guinéenews©</a></p><nav class="wp-block-navigation">{nav}</nav></div></header>
<main class="wp-block-group site-main">
<div class="wp-block-post-terms taxonomy-category"><a href="{BASE}/category/sante/" rel="tag">Santé</a><span class="wp-block-post-terms__separator">, </span><a href="{BASE}/category/a-la-une/" rel="tag">À la une</a></div>
<h1 class="wp-block-post-title">{TITLE}</h1>
<div class="wp-block-group post-meta"><div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name"><a href="{BASE}/author/fatoumata-camara/" rel="author">Fatoumata Camara</a></p></div></div>
<div class="wp-block-post-date"><time datetime="2026-11-23T19:12:44+00:00">23 novembre 2026</time></div></div>
<div class="entry-content wp-block-post-content is-layout-constrained">
{content}
</div>
<div class="wp-block-buttons share"><div class="wp-block-button"><a class="wp-block-button__link" href="#">Partager sur Facebook</a></div><div class="wp-block-button"><a class="wp-block-button__link" href="#">WhatsApp</a></div></div>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">Une réponse</h2><ol class="wp-block-comment-template"><li class="comment"><div class="wp-block-comment-author-name">Ibrahima D.</div><div class="wp-block-comment-date">24 novembre 2026</div><div class="wp-block-comment-content"><p>Enfin une bonne nouvelle pour nos enfants.</p></div></li></ol></div>
<h2 class="wp-block-heading">Dans la même rubrique</h2><ul class="wp-block-latest-posts__list">{more}</ul>
</main>
<footer class="wp-block-template-part"><p>© 2026 Guinéenews. Tous droits réservés.</p></footer>
</div>
</body></html>
"""
    save(
        "06_guineenews_gutenberg_quote_block",
        page,
        {
            "title": TITLE,
            "publication": "Guinéenews",
            "author": "Fatoumata Camara",
            "section": "Santé",
            "date": datetime.date(2026, 11, 23),
            "source_url": URL,
            "subheads": [SUB1, SUB2],
            "pull_quotes": [PULL],
            "paragraphs": P1 + P2 + QUOTE + P3 + P4,
            "notes": "WordPress block theme (Gutenberg): wp-block-post-title, wp-block-heading h2 subheads, wp-block-image with wp-element-caption, a wp-block-quote of two paragraphs (paragraphs) with a <cite> (not text), a wp-block-pullquote (pull quote), a YouTube embed last; 'Lire aussi :' written as a body <p> (related link, not text); dateline 'Conakry —' in the first paragraph; JSON-LD Article with an Organization author while the page credits a person by rel=author; articleSection list, first item 'Santé'; og:site_name and <title> with 'Guinéenews©' (the name is 'Guinéenews', footer); dates in UTC at 19:12 (same day in Conakry, UTC+0); comments and latest-posts list after the body.",
        },
    )
