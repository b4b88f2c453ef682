"""Page 05: BFMTV (FR), home-made live blog: timed entries newest first, tweet, list, video."""

from __future__ import annotations

import datetime

import bulk
import kit

URL = "https://www.bfmtv.com/meteo/direct-tempete-berenice-des-rafales-a-150-km-h-en-bretagne_LN-202611260081.html"
TITLE = (
    "DIRECT. Tempête Bérénice: des rafales à 150 km/h en Bretagne, 80.000 foyers sans électricité"
)
STANDFIRST = (
    "La tempête Bérénice frappe l’ouest de la France depuis la nuit de mardi à mercredi. "
    "Quatre départements sont en vigilance orange vents violents."
)

ENTRIES = [
    (
        "12:20",
        "Le pont de Saint-Nazaire fermé à la circulation",
        """
Le pont de Saint-Nazaire est fermé dans les deux sens depuis midi, annonce le département de
Loire-Atlantique. Des rafales de 130&nbsp;km/h ont été mesurées sur le tablier.

Les automobilistes doivent emprunter le pont de Cheviré, à Nantes, ce qui représente un détour
de près de 120 kilomètres. La réouverture ne sera pas envisagée avant la fin de l’après-midi.
""",
    ),
    (
        "11:48",
        "Le trafic SNCF interrompu entre Rennes et Brest",
        """
La SNCF annonce l’interruption de la circulation des TER et TGV entre Rennes et Brest
jusqu’à 16 heures au moins. Des arbres sont tombés sur les voies à hauteur de Guingamp et de
Morlaix.

Les voyageurs sont invités à reporter leur trajet. Les billets sont échangeables sans frais
jusqu’à dimanche.
""",
    ),
    (
        "11:15",
        None,
        """
Selon Météo-France, la rafale la plus forte a été relevée à la pointe du Raz, avec
152&nbsp;km/h à 9h40. À Quimper, le vent a atteint 118&nbsp;km/h.

@tweet
""",
    ),
    (
        "10:32",
        "Les consignes de la préfecture du Finistère",
        """
La préfecture du Finistère a publié une liste de recommandations pour la journée:

- ne pas se déplacer, sauf nécessité absolue;
- ne pas s’approcher du littoral ni des digues;
- ranger les objets susceptibles d’être emportés par le vent;
- ne pas toucher aux fils électriques tombés au sol.
""",
    ),
    (
        "09:54",
        "80.000 foyers privés d’électricité",
        """
Enedis fait état de 80.000 foyers privés de courant en Bretagne, dont 46.000 dans le
Finistère. «&nbsp;Nos équipes sont mobilisées mais les interventions ne pourront commencer
qu’après le pic de vent&nbsp;», précise l’entreprise à BFMTV.

@video

Un millier de techniciens venus d’autres régions sont attendus en renfort dans l’après-midi.
""",
    ),
    (
        "07:02",
        "Quatre départements en vigilance orange",
        """
Le Finistère, les Côtes-d’Armor, le Morbihan et la Manche sont placés en vigilance orange
vents violents jusqu’à jeudi 6 heures. Les établissements scolaires du Finistère restent
fermés ce mercredi.

Bienvenue dans ce direct consacré à la tempête Bérénice. Nous suivons avec nos équipes sur
place l’évolution de la situation tout au long de la journée.
""",
    ),
]

CHROME = {
    "tweet": (
        '<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">Rafale de '
        "152 km/h relevée ce matin à la pointe du Raz, record pour un mois de novembre depuis "
        '2009. <a href="https://t.co/Qx81bz">pic.twitter.com/Qx81bz</a></p>&mdash; '
        "VigiMétéo Bretagne (@vigimeteo_bzh) "
        '<a href="https://twitter.com/vigimeteo_bzh/status/1861">26 novembre 2026</a>'
        '</blockquote><script async src="https://platform.twitter.com/widgets.js"></script>'
    ),
    "video": (
        '<div class="video_block" data-video-id="6365170081112"><div class="video_player">'
        f'<button class="play_btn">{bulk.svg("play")}</button></div><p class="video_title">'
        'Tempête Bérénice: les images des vagues à Penmarc’h</p><span class="video_time">'
        "01:24</span></div>"
    ),
}


def entries_html() -> tuple[str, list[str], list[str]]:
    """The live entries' HTML, their text paragraphs and their titles."""
    parts, paragraphs, titles = [], [], []
    for time, title, text in ENTRIES:
        art = kit.render(text, {"p": "<p>{}</p>"}, CHROME)
        heading = f'<h2 class="live_title">{title}</h2>' if title else ""
        parts.append(
            f'<div class="live_post" id="post-{time.replace(":", "")}">'
            f'<span class="live_post_time">{time}</span>{heading}'
            f'<div class="live_post_content">{art.html}</div>'
            f"{bulk.share_bar('live_share', URL)}</div>"
        )
        paragraphs += art.paragraphs
        titles += [title] if title else []
    return "\n".join(parts), paragraphs, titles


def page() -> None:
    """Write page 05 and its expected file."""
    body, paragraphs, titles = entries_html()
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": TITLE,
        "coverageStartTime": "2026-11-26T07:02:00+01:00",
        "datePublished": "2026-11-26T07:02:00+01:00",
        "dateModified": "2026-11-26T11:48:00+01:00",
        "articleSection": "Météo",
        "author": {"@type": "Person", "name": "Alexandre Pichot"},
        "publisher": {"@type": "Organization", "name": "BFMTV"},
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": t or "Mise à jour",
                "datePublished": f"2026-11-26T{t0}:00+01:00",
            }
            for t0, t, _ in ENTRIES
        ],
    }
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{TITLE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{kit.flat(STANDFIRST)}">
<meta property="og:title" content="{TITLE}">
<meta property="og:url" content="{URL}">
<meta property="og:site_name" content="BFMTV">
<meta property="og:type" content="article">
<meta name="twitter:site" content="@BFMTV">
<link rel="canonical" href="{URL}">
<link rel="amphtml" href="{URL.replace(".html", "_amp.html")}">
<style>{bulk.css(501, "bfm", 300)}</style>
{bulk.json_script(ld)}
{bulk.tracker_scripts(51, 30)}
</head>
<body class="page_article page_live">
<div id="cmp_banner"><p>Avec votre accord, nous et nos partenaires utilisons des cookies.</p>
<button>Accepter &amp; fermer</button><button>Continuer sans accepter</button></div>
<header id="header_main"><a class="logo" href="https://www.bfmtv.com/">BFMTV</a>
<nav>{
        bulk.menu(
            52,
            "nav_main",
            "https://www.bfmtv.com",
            ["Police-Justice", "Politique", "International", "Économie", "Météo", "Tech", "Sport"],
        )
    }</nav>
<a class="live_tv" href="https://www.bfmtv.com/en-direct/">{bulk.svg("play")}Regarder BFMTV</a>
</header>
<main><article class="content_article">
<div class="breadcrumb"><a href="https://www.bfmtv.com/">Accueil</a> &gt;
<a href="https://www.bfmtv.com/meteo/">Météo</a></div>
<span class="live_tag">EN DIRECT</span>
<h1 class="content_title">{TITLE}</h1>
<p class="chapo">{STANDFIRST}</p>
<div class="content_author">Alexandre Pichot avec AFP</div>
<div class="content_date">Le 26/11/2026 à 7:02 - Mis à jour le 26/11/2026 à 11:48</div>
{bulk.share_bar("share_bar", URL)}
<figure><img src="https://images.bfmtv.com/berenice.jpg" alt=""><figcaption>Des vagues à
Penmarc’h, le 26 novembre 2026. - Fred Tanneau - AFP</figcaption></figure>
<div class="live_body">
{body}
</div>
</article>
<aside class="block_most_read"><h2>Les plus lus</h2>{
        bulk.teaser_list(bulk.teasers(53, 50, "https://www.bfmtv.com"), "most_read")
    }</aside>
</main>
<footer id="footer"><p>BFMTV – © 2026 BFM TV – Tous droits réservés</p>
{
        bulk.menu(
            54,
            "footer_nav",
            "https://www.bfmtv.com",
            ["Mentions légales", "Contact", "CGU", "Gestion des cookies"],
            3,
        )
    }</footer>
</body></html>
"""
    bulk.write(
        "05_bfmtv_homemade_live_avec_afp",
        html,
        {
            "title": TITLE,
            "publication": "BFMTV",
            "author": "Alexandre Pichot",
            "agency": "AFP",
            "section": "Météo",
            "date": datetime.date(2026, 11, 26),
            "standfirst": kit.flat(STANDFIRST),
            "source_url": URL,
            "subheads": titles,
            "paragraphs": paragraphs,
            "notes": (
                "Home-made live blog, newest first: entry times are not text, entry h2 are "
                "subheads, one entry untitled; LiveBlogPosting JSON-LD; 'Name avec AFP'; a "
                "list of four consignes; embedded tweet (chrome) and video block with its "
                "title (chrome); 'EN DIRECT' tag and 'DIRECT.' in the h1 kept as the page "
                "shows it; date 'Le 26/11/2026 à 7:02' then 'Mis à jour'."
            ),
        },
    )
