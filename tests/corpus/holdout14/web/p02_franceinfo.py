# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""Page 02: franceinfo (home-made, Nuxt), a live blog credited to the newsroom with AFP."""

import datetime

import chrome
from kit import json_text, ld_script, save, text_of, wrap

BASE = "https://www.francetvinfo.fr"

ENTRIES = [
    (
        "11:40",
        "Le préfet annonce la réouverture de l’A61 entre Carcassonne et Narbonne",
        [
            "L’autoroute, coupée depuis dimanche soir à hauteur de Lézignan-Corbières, sera rouverte "
            "« d’ici à 14&nbsp;heures » dans le sens Toulouse-Narbonne, a indiqué le préfet de l’Aude, "
            "Gilles Morvan, lors d’un point presse. Le sens inverse reste fermé.",
        ],
    ),
    (
        "10:55",
        None,
        [
            "Météo-France maintient la vigilance orange pluie-inondation pour l’Aude et les "
            "Pyrénées-Orientales jusqu’à mardi 6&nbsp;heures. La vigilance rouge est en revanche "
            "levée pour l’Hérault.",
        ],
    ),
    (
        "09:30",
        "« On a tout remonté à l’étage en pleine nuit »",
        [
            "À Cuxac-d’Aude, notre journaliste a rencontré Josiane Fabre, 71&nbsp;ans, dont la "
            "maison a été envahie par 80&nbsp;centimètres d’eau. « Les pompiers sont passés à "
            "3&nbsp;heures, on avait déjà tout monté à l’étage. Le congélateur, lui, est resté "
            "en bas », raconte-t-elle.",
            "La mairie a ouvert la salle des fêtes pour accueillir une cinquantaine d’habitants "
            "évacués. Des lits de camp ont été livrés par la Croix-Rouge.",
        ],
    ),
    (
        "08:15",
        "Une femme de 64 ans portée disparue à Trèbes",
        [
            "Selon la gendarmerie, une habitante de Trèbes n’a plus donné de nouvelles depuis "
            "dimanche 22&nbsp;heures. Son véhicule a été retrouvé vide près du pont sur l’Orbiel. "
            "Un hélicoptère de la sécurité civile participe aux recherches.",
        ],
    ),
    (
        "07:20",
        "Plus de 2 300 élèves privés de classe",
        [
            "Le rectorat de Montpellier a annoncé la fermeture de 38&nbsp;écoles, collèges et "
            "lycées dans l’Aude. Les transports scolaires sont suspendus sur l’ensemble du "
            "département.",
            "Les examens blancs prévus au lycée Paul-Sabatier de Carcassonne sont reportés à la "
            "semaine prochaine.",
        ],
    ),
    (
        "06:58",
        "Jusqu’à 240 millimètres de pluie en une nuit",
        [
            "Bonjour et bienvenue dans ce direct. Un épisode méditerranéen d’une rare intensité "
            "a frappé l’Aude dans la nuit de dimanche à lundi : Météo-France a relevé jusqu’à "
            "240&nbsp;millimètres de pluie à Lagrasse, l’équivalent de trois mois de précipitations.",
            "Plusieurs cours d’eau sont sortis de leur lit, dont l’Orbiel et la Berre. Les pompiers "
            "ont effectué plus de 400&nbsp;interventions depuis minuit.",
        ],
    ),
]


def page02() -> None:
    """franceinfo: live entries newest first, h3 titles, one untitled, __NUXT__ state."""
    url = f"{BASE}/meteo/inondations/direct-inondations-dans-l-aude-vigilance-orange-maintenue_7621843.html"
    title = "DIRECT. Inondations dans l’Aude : une femme portée disparue, la vigilance orange maintenue jusqu’à mardi"
    lead = (
        "Un épisode méditerranéen a déversé jusqu’à 240&nbsp;mm de pluie dans la nuit. Plus de "
        "400&nbsp;interventions des pompiers ont été recensées."
    )
    blocks = []
    for n, (clock, head, texts) in enumerate(ENTRIES):
        heading = f'<h3 class="c-live-post__title">{head}</h3>' if head else ""
        blocks.append(
            f'<article class="c-live-post" id="live-post-{88410 - n}"><div class="c-live-post__header">'
            f'<time class="c-live-post__time">{clock}</time>{heading}</div>'
            f'<div class="c-live-post__body">{wrap(texts)}</div>'
            '<button class="c-live-post__share" aria-label="Partager ce post">Partager</button></article>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "url": url,
        "coverageStartTime": "2026-11-30T06:58:00+01:00",
        "coverageEndTime": "2026-11-30T23:59:00+01:00",
        "datePublished": "2026-11-30T05:58:00Z",
        "dateModified": "2026-11-30T10:40:00Z",
        "author": {"@type": "Organization", "name": "franceinfo"},
        "publisher": {
            "@type": "Organization",
            "name": "franceinfo",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/assets/logo.png"},
        },
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": h or "Publication",
                "articleBody": text_of(" ".join(t)),
            }
            for _, h, t in ENTRIES
        ],
    }
    state = {
        "layout": "article",
        "data": [
            {
                "article": {
                    "id": 7621843,
                    "type": "live",
                    "title": text_of(title),
                    "category": {"label": "Inondations", "path": "/meteo/inondations/"},
                }
            }
        ],
        "state": {"teasers": chrome.teaser_records(21, 80, BASE), "user": {"consent": None}},
        "serverRendered": True,
    }
    nav = chrome.nav_menu(
        202,
        BASE,
        "c-nav",
        [
            "France",
            "Monde",
            "Politique",
            "Économie",
            "Faits-divers",
            "Météo",
            "Sports",
            "Culture",
            "Vrai ou faux",
        ],
        7,
    )
    page = f"""<!doctype html>
<html data-n-head-ssr lang="fr" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22fr%22%7D%7D">
<head>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<title>{text_of(title)}</title>
<meta data-n-head="ssr" data-hid="description" name="description" content="{text_of(lead)}">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{text_of(title)}">
<meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="Franceinfo">
<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">
<meta data-n-head="ssr" data-hid="og:url" property="og:url" content="{url}">
<link data-n-head="ssr" rel="canonical" href="{url}">
<link rel="preload" href="/_nuxt/app.3fa81c2.js" as="script"><link rel="preload" href="/_nuxt/pages/live.91ac02d.js" as="script">
<style data-vue-ssr-id="3b0e1a2c:0">{chrome.stylesheet(2, "c", 340)}</style>
{ld_script(ld)}
{chrome.trackers(2, "ftvi", 40)}
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="layout">
{chrome.consent_box("didomi")}
<header class="c-header"><a class="c-header__logo" href="/" aria-label="franceinfo - retour à l'accueil"><svg viewBox="0 0 120 24"><path d="M0 0h120v24H0z"/></svg></a><nav class="c-header__nav">{nav}</nav></header>
<main class="c-main">
<nav class="c-breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="/">Accueil</a></li><li><a href="/meteo/">Météo</a></li><li><a href="/meteo/inondations/">Inondations</a></li><li><span aria-current="page">{text_of(title)}</span></li></ol></nav>
<div class="c-live-article">
<div class="c-live-badge">En direct</div>
<h1 class="c-title">{title}</h1>
<div class="c-chapo">{lead}</div>
<div class="c-signature"><span class="c-signature__names">franceinfo avec AFP</span> - France Télévisions</div>
<div class="c-dates"><time>Publié le 30/11/2026 06:58</time> <time>Mis à jour le 30/11/2026 11:40</time></div>
<div class="c-live-essential"><h2>Ce qu’il faut savoir</h2><ul><li>Jusqu’à 240 mm de pluie à Lagrasse.</li><li>Une femme portée disparue à Trèbes.</li><li>38 établissements scolaires fermés.</li></ul></div>
<div class="c-live-feed">
{chr(10).join(blocks)}
</div>
</div>
{chrome.teaser_grid(22, 60, BASE, "c-related", "À voir aussi")}
</main>
{chrome.site_footer("franceinfo", "France Télévisions", ["Mentions légales", "Charte des données", "Gestion des cookies", "Nous contacter"])}
</div></div></div>
<script>window.__NUXT__={json_text(state)};</script>
<script src="/_nuxt/app.3fa81c2.js" defer></script>
</body>
</html>
"""
    save(
        "02_franceinfo_nuxt_live_afp",
        page,
        {
            "title": text_of(title),
            "publication": "franceinfo",
            "author": None,
            "agency": "AFP",
            "section": "Inondations",
            "date": datetime.date(2026, 11, 30),
            "standfirst": text_of(lead),
            "source_url": url,
            "subheads": [h for _, h, _ in ENTRIES if h],
            "paragraphs": [text_of(x) for _, _, t in ENTRIES for x in t],
            "notes": "Nuxt SSR live blog, newest first; the h1 begins with 'DIRECT.' (kept: it is the h1); entry titles (h3) are subheads, one entry "
            "untitled; times in <time> without datetime are not text; 'Ce qu’il faut savoir' "
            "summary list is not text. 'franceinfo avec AFP': no person, agency AFP. No "
            "articleSection or article:section: the breadcrumb's last item before the article "
            "(which closes the trail as a span) is 'Inondations'. og:site_name 'Franceinfo', "
            "publisher and footer 'franceinfo'. JSON-LD dates in UTC (05:58Z = 06:58 Paris). "
            "window.__NUXT__ holds teaser records.",
        },
    )
