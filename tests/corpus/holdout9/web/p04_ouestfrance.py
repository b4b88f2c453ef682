"""Page 04: Ouest-France (home-made), a live blog with timestamps, newest entry first."""

from __future__ import annotations

import datetime

import chrome as c
from kit import Body, json_script, write

OF = "https://www.ouest-france.fr"
ENTRIES = [
    ("13:05", "Les trains reprennent entre Brest et Rennes", [
        "La circulation des TER et des TGV reprend progressivement entre Brest et Rennes, "
        "annonce la SNCF. Des retards de trente à soixante minutes restent à prévoir jusqu’en "
        "fin d’après-midi, le temps de dégager les arbres tombés sur les voies près de "
        "Landerneau."]),
    ("12:20", "Un marin secouru au large d’Ouessant", [
        "Le Cross Corsen a coordonné dans la matinée le sauvetage d’un marin-pêcheur tombé à "
        "l’eau au large d’Ouessant. Hélitreuillé par un Caïman de la Marine nationale, "
        "l’homme, âgé de 47 ans, a été transporté à l’hôpital de la Cavale-Blanche, à Brest. "
        "Ses jours ne sont pas en danger.",
        "Son chalutier, le <em>Ker Anna</em>, a pu regagner le port du Conquet par ses propres "
        "moyens en fin de matinée."]),
    ("11:40", None, [
        "Pour les automobilistes, la prudence reste de mise. La préfecture du Finistère "
        "déconseille tout déplacement non indispensable jusqu’à 15 h, notamment sur la RN 12 et "
        "la RN 165, où plusieurs poids lourds ont été immobilisés par le vent."]),
    ("10:15", "90 000 foyers toujours privés d’électricité", [
        "Enedis fait état de 90 000 foyers privés de courant en Bretagne. « Nos équipes sont "
        "mobilisées depuis 5 h du matin, mais certaines zones restent inaccessibles tant que le "
        "vent ne faiblit pas », précise la direction régionale, qui a fait venir "
        "300 techniciens d’autres régions. Le détail par département :",
        ["Finistère : 62 000 foyers ;", "Côtes-d’Armor : 19 000 foyers ;",
         "Morbihan : 9 000 foyers."]]),
    ("09:00", "Les écoles fermées dans le nord du Finistère", [
        "Les écoles, collèges et lycées de 48 communes du nord du Finistère restent fermés ce "
        "mercredi, a confirmé le rectorat. Les transports scolaires sont suspendus dans tout le "
        "département jusqu’à nouvel ordre."]),
    ("07:30", "150 km/h à la pointe du Raz", [
        "Le vent a soufflé jusqu’à 150 km/h à la pointe du Raz peu après 4 h, selon "
        "Météo-France. À Brest, la station de Guipavas a enregistré une rafale à 128 km/h, un "
        "niveau qui n’avait plus été atteint depuis la tempête de novembre 2023.",
        "Sur le port de Douarnenez, plusieurs bateaux de plaisance ont rompu leurs amarres. "
        "Aucun blessé n’est à déplorer, indique la capitainerie."]),
    ("06:15", "Bienvenue dans ce direct", [
        "Bonjour à toutes et à tous. La tempête Oriane a abordé les côtes du Finistère vers 2 h "
        "du matin. Nous suivons en direct son passage sur la Bretagne et ses conséquences sur "
        "la circulation, l’électricité et les écoles."]),
]  # fmt: skip


def live_body() -> Body:
    """The live entries, newest first: time (chrome), optional h3 title, paragraphs, a list."""
    b = Body()
    for number, (hour, heading, texts) in enumerate(ENTRIES):
        stamp = hour.replace(":", "h")
        b.chrome(
            f'<article class="live-post" id="live-post-{8120 - number}">'
            f'<div class="live-post__meta"><time class="live-post__time" '
            f'datetime="2026-11-04T{hour}:00+01:00">{stamp}</time></div>'
        )
        if heading:
            b.head(heading, tag="h3", attrs='class="live-post__title"')
        for text in texts:
            if isinstance(text, list):
                b.items(*text, attrs='class="live-post__list"')
            else:
                b.p(text)
        b.chrome(f"{c.share_bar('live-post__share', f'{OF}#live-post-{8120 - number}')}</article>")
        if number == 2:
            b.chrome(c.ad("pub-live-1", "pub"))
        if number == 4:
            b.chrome(
                '<div class="newsletter-box"><p class="newsletter-box__title">La newsletter '
                "Bretagne</p><p>Chaque matin, l’essentiel de l’actualité de votre région.</p>"
                '<form><input type="email" placeholder="Votre e-mail"><button>S’inscrire'
                "</button></form></div>"
            )
    return b


def page_04_ouestfrance() -> None:
    """Ouest-France: live blog, LiveBlogPosting without section, breadcrumb section."""
    url = (
        f"{OF}/bretagne/brest-29200/direct-tempete-oriane-rafales-a-150-km-h-"
        "dans-le-finistere-7b3e21c4-9a0d-11f1-8c2e-5f0a1b2c3d4e"
    )
    title = (
        "Tempête Oriane : rafales à 150 km/h dans le Finistère, 90 000 foyers privés d’électricité"
    )
    chapo = (
        "La tempête Oriane a touché les côtes bretonnes dans la nuit de mardi 3 à mercredi "
        "4 novembre 2026. Le Finistère et les Côtes-d’Armor sont placés en vigilance orange "
        "vent. Suivez notre direct."
    )
    body = live_body()
    updates = [
        {"@type": "BlogPosting", "headline": heading or "",
         "datePublished": f"2026-11-04T{hour}:00+01:00"}
        for hour, heading, _ in ENTRIES
    ]  # fmt: skip
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "url": url,
        "datePublished": "2026-11-04T06:15:00+01:00",
        "dateModified": "2026-11-04T13:05:00+01:00",
        "coverageStartTime": "2026-11-04T06:15:00+01:00",
        "coverageEndTime": "2026-11-04T23:59:00+01:00",
        "about": {"@type": "Event", "name": "Tempête Oriane", "startDate": "2026-11-04"},
        "author": [{"@type": "Person", "name": "Maëlle Guillou"},
                   {"@type": "Person", "name": "Yann Le Bihan"}],
        "publisher": {"@type": "Organization", "name": "Ouest-France"},
        "liveBlogUpdate": updates,
    }  # fmt: skip
    head = c.meta_tags([
        ("name", "description", chapo),
        ("property", "og:site_name", "Ouest-France.fr"),
        ("property", "og:type", "article"),
        ("property", "og:title", f"DIRECT. {title}"),
        ("property", "og:url", url),
        ("property", "og:image", "https://media.ouest-france.fr/v1/pictures/MjAyNjExZjk0ZTc.jpg"),
        ("name", "twitter:site", "@OuestFrance"),
        ("name", "news_keywords", "tempête, Oriane, Finistère, Bretagne, Enedis"),
    ])  # fmt: skip
    crumbs = [("Accueil", "/"), ("Bretagne", "/bretagne/"), ("Brest", "/bretagne/brest-29200/")]
    trail = "".join(
        f'<li class="breadcrumb__item"><a href="{OF}{href}">{name}</a></li>'
        for name, href in crumbs
    )
    nav = c.menu(
        44,
        "su-nav",
        OF,
        [
            "Actualité",
            "Bretagne",
            "Normandie",
            "Pays de la Loire",
            "Sport",
            "Économie",
            "Culture",
            "Loisirs",
            "Immobilier",
        ],
    )
    more = c.teaser_list(
        c.teasers(45, 10, f"{OF}/bretagne"), "most-read", "Les plus lus en Bretagne"
    )
    foot = c.footer(
        47,
        "su-footer",
        OF,
        "Ouest-France",
        ["Ouest-France", "Nos services", "Nos éditions", "Annonces", "Nous suivre"],
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>DIRECT. {title}</title>
{head}
<link rel="canonical" href="{url}">
<style>{c.css(41, "su", 280)}</style>
{json_script(ld)}
<script>window.OF_CONFIG={{pageType:"live",liveId:"7b3e21c4",refresh:30,tags:["tempete","finistere"]}};</script>
<script>{c.minified_js(42, 16000)}</script>
</head>
<body class="page-live">
{c.icons(43)}
{c.cookie_box("cmp-banner", "Ouest-France")}
<header class="su-header"><a class="su-header__logo" href="/">Ouest-France</a>
{nav}
</header>
<main class="su-main">
<ol class="breadcrumb">{trail}</ol>
<article class="article article--live">
<span class="live-label" aria-label="En direct">EN DIRECT</span>
<h1 class="article-title">{title}</h1>
<p class="article-chapo">{chapo}</p>
<div class="article-byline"><span class="byline__author">Maëlle Guillou</span> et <span
class="byline__author">Yann Le Bihan</span>.</div>
<div class="article-dates">Publié le <time datetime="2026-11-04T06:15:00+01:00">04/11/2026 à
06h15</time>, modifié le <time datetime="2026-11-04T13:05:00+01:00">04/11/2026 à 13h05</time></div>
<div class="live-refresh">Le direct se met à jour automatiquement. <button>Mettre en pause</button>
</div>
<section class="live-feed">
{body.html()}
</section>
</article>
<aside class="su-aside">{c.ad("pub-aside", "pub")}{more}</aside>
{c.teaser_list(c.teasers(46, 14, f"{OF}/bretagne/brest-29200"), "related-news", "À lire aussi")}
</main>
{foot}
</body></html>
"""
    expected = {
        "title": title,
        "publication": "Ouest-France",
        "author": "Maëlle Guillou et Yann Le Bihan",
        "section": "Brest",
        "date": datetime.date(2026, 11, 4),
        "standfirst": chapo,
        "source_url": url,
        "notes": (
            "Ouest-France live blog, newest entry first: each entry's time ('13h05' in a "
            "<time>) is no text; h3 entry titles are subheads; the 11h40 entry has no title; a "
            "list inside an entry; ad and newsletter box between entries; 'EN DIRECT' label "
            "outside the h1 and 'DIRECT.' in <title> and og:title only; LiveBlogPosting without "
            "articleSection, so the breadcrumb's last item 'Brest' is the section; "
            "og:site_name 'Ouest-France.fr', publisher 'Ouest-France'; two authors in spans."
        ),
    }
    write("04_ouestfrance_homemade_live", page, expected, body)
