# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""La Presse de la Manche (Ouest-France-like custom): a storm live blog, newest first."""

import datetime

from chrome import consent, css_blob, footer, menu, teaser_grid, tracking
from kit import flat, json_script, paras, write

ENTRIES = [
    (
        "17:45",
        "La vigilance orange levée à 21 heures",
        [
            "Météo-France annonce la fin de la vigilance orange vent violent pour la Manche à "
            "21&nbsp;heures. Le département restera en vigilance jaune jusqu’à mercredi midi.",
        ],
    ),
    (
        "16:20",
        None,
        [
            "Les liaisons maritimes vers les îles Chausey reprendront demain matin, indique la "
            "compagnie Jolie France. Les départs de 8h30 et 10h sont maintenus.",
        ],
    ),
    (
        "15:05",
        "Encore 4 200 foyers privés d’électricité",
        [
            "Selon Enedis, 4&nbsp;200 foyers restaient sans courant en milieu d’après-midi, "
            "principalement dans la Hague et le Val de Saire. Cent techniciens sont mobilisés.",
            "«&nbsp;Nous espérons rétablir la majorité des clients d’ici ce soir, mais certains "
            "hameaux isolés devront attendre demain&nbsp;», précise Gaëlle Hurel, directrice "
            "territoriale d’Enedis.",
        ],
    ),
    (
        "13:40",
        "Un arbre tombe sur un bus scolaire à Valognes",
        [
            "Un chêne s’est abattu vers 12h50 sur l’arrière d’un car de ramassage scolaire rue "
            "des Religieuses, à Valognes. Les onze collégiens à bord sont sains et saufs, selon "
            "les pompiers, qui ont dégagé le véhicule.",
            "Le conseil départemental a suspendu tous les transports scolaires de l’après-midi "
            "dans le nord du Cotentin. Les élèves sont gardés dans les établissements jusqu’à "
            "l’arrivée de leurs parents.",
        ],
    ),
    (
        "11:15",
        "Des rafales à 148 km/h au cap de la Hague",
        [
            "La station de Goury a enregistré une rafale à 148&nbsp;km/h à 10h40, la plus forte "
            "mesurée dans la Manche depuis la tempête Ciarán en 2023.",
            "La digue de Querqueville est fermée au public, tout comme le boulevard maritime de "
            "Cherbourg entre la plage verte et le port Chantereyne.",
        ],
    ),
    (
        "08:30",
        "La tempête Gisèle arrive sur le Cotentin",
        [
            "Bonjour à toutes et à tous, et bienvenue dans ce direct consacré au passage de la "
            "tempête Gisèle sur le nord de la Manche. Le département est placé en vigilance "
            "orange depuis 6&nbsp;heures.",
            "Envoyez-nous vos photos et témoignages à l’adresse de la rédaction, en précisant "
            "le lieu et l’heure de vos prises de vue.",
        ],
    ),
]


def entry_html(time: str, heading: str | None, texts: list[str]) -> str:
    """One live entry: a time stamp, an optional h3 and its paragraphs."""
    head = f'<h3 class="live-entry__title">{heading}</h3>' if heading else ""
    return (
        f'<div class="live-entry" id="post-{time.replace(":", "")}"><div class="live-entry__time">'
        f'<time datetime="2026-11-24T{time}:00+01:00">{time}</time></div>{head}'
        f'<div class="live-entry__body">{paras(texts)}</div>'
        '<div class="live-entry__share"><a href="#">Partager</a></div></div>'
    )


def page() -> None:
    """LiveBlogPosting, newest first; entry titles are subheads, one entry untitled."""
    base = "https://actu.fr/normandie/cherbourg-en-cotentin_50129"
    site = "https://www.lapressedelamanche.fr"
    url = f"{site}/actualites/direct-tempete-gisele-dans-la-manche-suivez-son-passage_48211.html"
    title = "DIRECT. Tempête Gisèle dans la Manche : suivez son passage sur le Cotentin"
    lead = (
        "Le nord de la Manche est placé en vigilance orange vent violent ce mardi 24 novembre "
        "2026. Coupures, routes fermées, transports : les dernières informations."
    )
    updates = [
        {
            "@type": "BlogPosting",
            "headline": h or "Mise à jour",
            "datePublished": f"2026-11-24T{t}:00+01:00",
            "articleBody": " ".join(flat(x) for x in texts),
        }
        for t, h, texts in ENTRIES
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "description": flat(lead),
        "coverageStartTime": "2026-11-24T08:30:00+01:00",
        "coverageEndTime": "2026-11-24T22:00:00+01:00",
        "datePublished": "2026-11-24T08:30:00+01:00",
        "dateModified": "2026-11-24T17:45:00+01:00",
        "articleSection": "Cherbourg-en-Cotentin",
        "author": [
            {"@type": "Person", "name": "Maxime Lepoittevin"},
            {"@type": "Person", "name": "Claire Osmont"},
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "La Presse de la Manche",
            "logo": {"@type": "ImageObject", "url": f"{site}/img/logo-lpm.png"},
        },
        "liveBlogUpdate": updates,
        "isPartOf": {"@type": "WebSite", "name": "La Presse de la Manche", "url": site},
    }
    nav = menu(
        301,
        "nav",
        site,
        ["Cherbourg", "La Hague", "Valognes", "Saint-Lô", "Sport", "Faits divers"],
        8,
    )
    entries = "\n".join(entry_html(*e) for e in ENTRIES)
    paragraphs = [flat(x) for _, _, texts in ENTRIES for x in texts]
    page = f"""<!DOCTYPE html>
<html lang="fr-FR"><head>
<meta charset="utf-8">
<title>{title} | La Presse de la Manche</title>
<meta property="og:site_name" content="La Presse de la Manche">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-11-24T08:30:00+01:00">
<meta property="article:modified_time" content="2026-11-24T17:45:00+01:00">
<link rel="canonical" href="{url}">
<link rel="alternate" href="{base}/direct-tempete-gisele">
<style>{css_blob(31, "lpm", 480)}</style>
{json_script(ld)}
{tracking(32, "lpm")}
</head>
<body class="page-live">
{consent("didomi", "La Presse de la Manche")}
<header class="su-header"><a href="{site}/"><img src="{site}/img/logo-lpm.svg" alt="La Presse de la Manche"></a><nav>{nav}</nav></header>
<main>
<nav class="breadcrumb"><a href="{site}/">Accueil</a> › <a href="{site}/cherbourg-en-cotentin/">Cherbourg-en-Cotentin</a></nav>
<article class="article live">
<span class="live-badge">En direct</span>
<h1 class="article-title">{title}</h1>
<p class="article-chapo">{lead}</p>
<div class="article-byline">Maxime Lepoittevin et Claire Osmont <span class="date">Publié le 24/11/2026 à 08h30 · Mis à jour à 17h45</span></div>
<div class="live-summary"><strong>L’essentiel</strong><ul><li>Vigilance orange jusqu’à 21 heures</li><li>Transports scolaires suspendus dans le nord du Cotentin</li></ul></div>
<div class="live-feed">
{entries}
</div>
<div class="newsletter"><p class="newsletter__title">Recevez l’essentiel de l’actu du Cotentin</p><form><input type="email" placeholder="Votre adresse e-mail"><button>S’inscrire</button></form></div>
</article>
<section class="more">{teaser_grid(33, 150, site, "teaser")}</section>
</main>
{footer("La Presse de la Manche", "Publihebdos", site)}
</body></html>
"""
    write(
        "03_pressemanche_custom_live",
        page,
        {
            "title": title,
            "publication": "La Presse de la Manche",
            "author": "Maxime Lepoittevin et Claire Osmont",
            "section": "Cherbourg-en-Cotentin",
            "date": datetime.date(2026, 11, 24),
            "standfirst": lead,
            "source_url": url,
            "subheads": [h for _, h, _ in ENTRIES if h],
            "paragraphs": paragraphs,
            "notes": "Live blog, newest entry first: time stamps are not text, entry h3 titles "
            "are subheads, one entry has no title. LiveBlogPosting with liveBlogUpdate bodies "
            "(not to be used as paragraphs). 'L’essentiel' summary list and newsletter box are "
            "chrome. Two authors 'A et B' in one element; title starts 'DIRECT.'.",
        },
    )
