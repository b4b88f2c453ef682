# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""Page 07: Le360 (Arc XP), JSON-LD author an Organization while the page credits a person."""

import datetime

import chrome
from kit import json_text, ld_script, save, text_of, texts_of, wrap

BASE = "https://fr.le360.ma"


def page07() -> None:
    """Le360: Fusion.globalContent, ol list, figure with '© MAP' credit, time without datetime."""
    url = f"{BASE}/economie/souss-massa-une-station-de-dessalement-pour-12000-hectares-dagrumes_XK4TQ2ZR5NHM3LW7/"
    title = "Souss-Massa: une station de dessalement pour irriguer 12.000 hectares d’agrumes"
    lead = (
        "Le chantier de la station de Tifnit, à 40&nbsp;km au sud d’Agadir, entre dans sa phase "
        "finale. Les premiers mètres cubes sont attendus au printemps pour les exploitations de "
        "la plaine de Chtouka."
    )
    subheads = ["Un prix de l’eau encore débattu"]
    p = [
        "Les quatre premiers modules d’osmose inverse sont installés. Sur le site de Tifnit, face "
        "à l’Atlantique, près de 900&nbsp;ouvriers se relaient pour achever la station de "
        "dessalement destinée à l’irrigation de la plaine de Chtouka, l’un des bassins agrumicoles "
        "les plus touchés par six années de sécheresse.",
        "D’une capacité de 150.000&nbsp;m<sup>3</sup> par jour, l’ouvrage doit desservir "
        "12.000&nbsp;hectares d’orangers, de clémentiniers et de cultures maraîchères sous serre, "
        "selon l’Office régional de mise en valeur agricole du Souss-Massa.",
        "Le projet, d’un coût de 3,2&nbsp;milliards de dirhams, repose sur trois volets:",
        "la station elle-même, alimentée à 70% par un parc éolien voisin;",
        "un réseau de 180&nbsp;km de conduites jusqu’aux bornes d’irrigation;",
        "un programme d’accompagnement pour convertir 4.000 exploitations au goutte-à-goutte.",
        "«Sans cette eau, un tiers des vergers de la plaine aurait disparu d’ici cinq ans», "
        "estime Brahim Oubaha, président d’une coopérative de 140&nbsp;agriculteurs à Biougra.",
        "Reste la question du tarif. Le mètre cube dessalé devrait être facturé 5&nbsp;dirhams aux "
        "agriculteurs, contre moins d’un dirham pour l’eau de barrage. Une partie de l’écart sera "
        "prise en charge par l’Etat durant les cinq premières années.",
        "Pour les petits exploitants, la facture reste lourde. «À ce prix, seules les grandes "
        "fermes exportatrices pourront suivre», prévient Fatima Zahra Amrani, ingénieure "
        "agronome à l’Institut agronomique d’Agadir.",
        "Le ministère de l’Agriculture assure qu’une grille tarifaire dégressive sera présentée "
        "avant la mise en service, prévue en avril 2027.",
    ]
    figure = (
        '<figure class="c-media-item"><img src="https://le360.ma/resizer/v2/XK4TQ2ZR.jpg?auth=9a1f&amp;width=1200" alt="" width="1200" height="675">'
        '<figcaption class="c-media-item__caption"><span class="c-caption">Le chantier de la station de dessalement de Tifnit, le 20 novembre 2026.</span> '
        '<span class="c-credit">© MAP</span></figcaption></figure>'
    )
    related = (
        '<div class="c-related-inline"><span class="c-related-inline__label">Lire aussi :</span> '
        f'<a href="{BASE}/economie/secheresse-les-exportations-dagrumes-reculent_VBN12QRT/">Sécheresse: les exportations d’agrumes reculent pour la troisième saison</a></div>'
    )
    body = "\n".join(
        [
            wrap(p[:2], attrs='class="c-paragraph"'),
            figure,
            wrap(p[2:3], attrs='class="c-paragraph"'),
            '<ol class="c-list">' + "".join(f"<li>{x}</li>" for x in p[3:6]) + "</ol>",
            wrap(p[6:7], attrs='class="c-paragraph"'),
            related,
            f'<h2 class="c-heading">{subheads[0]}</h2>',
            wrap(p[7:], attrs='class="c-paragraph"'),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": text_of(title),
        "description": text_of(lead),
        "articleSection": "Économie",
        "datePublished": "2026-11-25T10:47:00.000Z",
        "dateModified": "2026-11-25T14:02:11.000Z",
        "author": {"@type": "Organization", "name": "Le360"},
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le360",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/pf/resources/logo.png"},
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    content = {
        "_id": "XK4TQ2ZR5NHM3LW7",
        "type": "story",
        "headlines": {"basic": text_of(title)},
        "subheadlines": {"basic": text_of(lead)},
        "credits": {"by": [{"type": "author", "name": "Yassine Alaoui", "_id": "yassine-alaoui"}]},
        "taxonomy": {"primary_section": {"_id": "/economie", "name": "Économie"}},
        "content_elements": [{"type": "text", "content": x} for x in p],
        "related": chrome.teaser_records(71, 50, BASE),
    }
    nav = chrome.nav_menu(
        207,
        BASE,
        "c-nav",
        ["Politique", "Économie", "Société", "Monde", "Sport", "Culture", "Tech", "Vidéos"],
        6,
    )
    page = f"""<!DOCTYPE html><html lang="fr" dir="ltr"><head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Souss-Massa: une station de dessalement pour irriguer 12.000 hectares d’agrumes | Le360</title>
<meta name="description" content="{text_of(lead)}"/><meta property="og:title" content="{text_of(title)}"/><meta property="og:site_name" content="Le360.ma"/>
<meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><link rel="canonical" href="{url}"/>
<meta property="article:section" content="Economie"/>
<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=712"/><style>{chrome.stylesheet(7, "b", 320)}</style>
{ld_script(ld)}
{chrome.trackers(7, "le360", 40)}
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="le360-fr";Fusion.deployment="712";Fusion.globalContent={json_text(content)};Fusion.globalContentConfig={{"source":"content-api","query":{{"_id":"XK4TQ2ZR5NHM3LW7"}}}};</script>
</head><body><div id="fusion-app" class="layout-section">
{chrome.consent_box("didomi")}
<header class="c-header"><a href="/" class="c-header__logo"><img src="/pf/resources/logo.svg" alt="Le360"/></a><nav>{nav}</nav></header>
<main class="b-article-body"><article class="c-article">
<div class="c-overline"><a href="/economie/">Agriculture</a></div>
<h1 class="c-heading c-heading--article">{title}</h1>
<div class="subheadline"><p>{lead}</p></div>
<div class="c-byline"><span>Par <a class="c-byline__author" href="/auteurs/yassine-alaoui/">Yassine Alaoui</a></span> <time class="c-date">Le 25/11/2026 à 11h47</time></div>
<div class="c-share"><button>Facebook</button><button>X</button><button>WhatsApp</button></div>
<div class="c-article-body">
{body}
</div>
<div class="c-tags"><a href="/tags/dessalement/">Dessalement</a> <a href="/tags/agrumes/">Agrumes</a> <a href="/tags/souss-massa/">Souss-Massa</a></div>
</article>
{chrome.ranked_list(72, 10, BASE, "Les plus lus")}
{chrome.teaser_grid(73, 60, BASE, "b-more", "Voir aussi")}
</main>
{chrome.site_footer("Le360", "Le360 SARL", ["Qui sommes-nous", "Conditions d’utilisation", "Publicité", "Contact"])}
</div><script src="/pf/dist/engine/react.js?d=712" defer></script></body></html>
"""
    save(
        "07_le360_arcxp_org_author",
        page,
        {
            "title": text_of(title),
            "publication": "Le360",
            "author": "Yassine Alaoui",
            "section": "Économie",
            "date": datetime.date(2026, 11, 25),
            "standfirst": text_of(lead),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": texts_of(p),
            "notes": "Arc XP (Fusion) with Fusion.globalContent repeating the text. JSON-LD "
            "author is the Organization 'Le360' while the page (and Arc credits) name Yassine "
            "Alaoui: the person wins. articleSection 'Économie' beats article:section "
            "'Economie' and the overline 'Agriculture'. og:site_name 'Le360.ma', publisher and "
            "footer 'Le360'. Standfirst div.subheadline; <time> without datetime 'Le "
            "25/11/2026 à 11h47', JSON-LD in UTC (10:47Z). An ol introduced by a paragraph "
            "(each item a paragraph); figure in the body with caption and '© MAP' credit (no "
            "agency); inline 'Lire aussi'; m<sup>3</sup>.",
        },
    )
