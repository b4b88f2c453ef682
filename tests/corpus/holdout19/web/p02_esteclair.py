# ruff: noqa: E501  (page markup and article text are kept on their real lines)
"""02: L'Est Éclair (custom): paywall cut after four paragraphs, two authors."""

import datetime

from chrome import footer, menu, related, saved_from, style, tracking
from kit import flat, json_script, paras, write

BASE = "https://www.lest-eclair.fr"
URL = f"{BASE}/id512877/article/2026-11-20/troyes-la-halle-de-lhotel-de-ville-va-perdre-la-moitie-de-ses-etals"
TITLE = "Troyes : la halle de l’hôtel de ville va perdre la moitié de ses étals"
CHAPO = (
    "Faute de repreneurs, onze des vingt-deux emplacements des halles de Troyes resteront vides en "
    "2027. Les commerçants dénoncent des loyers trop élevés, la municipalité promet un plan."
)
VISIBLE = [
    "Il est à peine huit heures, ce vendredi, et Bernadette Lhuillier a déjà vendu ses premiers "
    "fromages. « Ici, j’ai mes habitués depuis trente et un ans. Mais je ne sais pas combien de "
    "temps je vais tenir », souffle la crémière, installée à l’entrée côté rue Claude-Huez.",
    "Autour d’elle, les rideaux baissés se multiplient. Le poissonnier est parti en juin, le "
    "traiteur libanais en septembre. Selon le décompte que la Ville a présenté mardi aux "
    "commerçants, onze étals sur vingt-deux n’auront pas d’occupant au 1<sup>er</sup> janvier.",
    "En cause, d’abord, la hausse des charges. Depuis la rénovation de la toiture, achevée en "
    "2025, le loyer mensuel d’un emplacement de douze mètres carrés est passé de 640 à 910 euros, "
    "électricité comprise. « Pour un maraîcher qui fait trois marchés par semaine, ce n’est plus "
    "rentable », estime Thierry Gombault, président de l’association des commerçants des halles.",
    "L’adjointe au commerce, Laure Desforges, reconnaît « une situation préoccupante » mais refuse "
    "de parler de désaffection. La fréquentation, assure-t-elle, a progressé de 6&nbsp;% en un an, "
    "portée par les touristes et les étudiants du centre-ville. Reste à convaincre de nouveaux "
    "commerçants de s’installer, et la municipalité dit étudier plusieurs pistes, dont",
]


def build() -> None:
    """Write page 02 and its expected file."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "datePublished": "2026-11-20T18:30:00+01:00",
        "dateModified": "2026-11-21T07:02:00+01:00",
        "articleSection": "Troyes",
        "author": [
            {"@type": "Person", "name": "Julien Mercadier"},
            {"@type": "Person", "name": "Inès Boulard"},
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "L'Est Éclair",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/assets/logo-ee.svg"},
        },
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywall-content",
        },
    }
    page = f"""<!DOCTYPE html>
{saved_from(URL)}
<html lang="fr"><head><meta charset="UTF-8">
<title>{TITLE} - L'Est Éclair</title>
<link rel="canonical" href="{URL}">
<meta property="og:site_name" content="L'Est Éclair">
<meta property="og:title" content="{TITLE}">
<meta property="og:url" content="{URL}">
<meta property="og:type" content="article">
<meta property="article:section" content="Aube">
<meta property="article:published_time" content="2026-11-20T18:30:00+01:00">
{json_script(ld)}
{style(201, "ee", 470)}
</head><body>
<div id="didomi-host"></div>
<header><a href="/" class="logo">L'Est Éclair</a>
{menu(202, "menu", BASE, ["Aube", "Troyes", "Romilly", "Bar-sur-Aube", "Sports", "ESTAC", "Loisirs", "Services"])}
<a class="btn-abo" href="/abonnement">Je m’abonne</a></header>
<main class="page">
<article class="article premium">
<div class="article-header"><a class="surtitre" href="/aube/troyes">Troyes</a>
<span class="badge-premium">Abonnés</span>
<h1>{TITLE}</h1>
<p class="chapeau">{CHAPO}</p>
<div class="auteurs">Par <a href="/auteur/jmercadier">Julien Mercadier</a> et <a href="/auteur/iboulard">Inès Boulard</a></div>
<div class="dates"><time datetime="2026-11-20T18:30:00+01:00">Publié le 20/11/2026 à 18:30</time> · Mis à jour le 21/11/2026 à 07:02</div>
</div>
<figure><img src="/photos/halles-troyes.jpg" alt=""><figcaption>Onze emplacements resteront vides en janvier. - Aurélien Laudy</figcaption></figure>
<div class="article-body paywall-content">
{paras(VISIBLE)}
</div>
<div class="paywall"><p class="paywall__title">Cet article est réservé aux abonnés</p>
<p>Profitez de notre offre : 1 € le premier mois, sans engagement.</p>
<a class="paywall__cta" href="/abonnement">Je m’abonne</a> <a href="/connexion">Déjà abonné ? Je me connecte</a></div>
</article>
{related(203, 26, BASE, "ee-related", "Les plus lus")}
</main>
{footer(204, "L'Est Éclair", BASE, ["Aube", "Services", "Le journal", "Contact"])}
{tracking(205, "lest-eclair")}
</body></html>
"""
    write(
        "02_esteclair_custom_paywall",
        page,
        {
            "title": TITLE,
            "publication": "L'Est Éclair",
            "author": "Julien Mercadier et Inès Boulard",
            "section": "Troyes",
            "date": datetime.date(2026, 11, 20),
            "standfirst": flat(CHAPO),
            "source_url": URL,
            "paragraphs": [flat(p) for p in VISIBLE],
            "incomplete": True,
            "notes": "Paywall: the text stops mid-sentence after four paragraphs, then "
            "'Cet article est réservé aux abonnés' (incomplete); isAccessibleForFree false; "
            "JSON-LD articleSection 'Troyes' wins over article:section 'Aube'; two authors as "
            "two links and a JSON-LD array; 'Mis à jour' is not the date.",
        },
    )
