# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""08 La Provence (Arc XP): paywall after five paragraphs, byline with a role, pull quote with cite, 'Mis à jour'."""

import datetime
import json

from chrome import footer_links, mega_menu, stylesheet, teaser_cards, teaser_state
from kit import ld_script, save, text_of, texts

BASE = "https://www.laprovence.com"
URL = f"{BASE}/article/marseille/8802214366712/a-la-belle-de-mai-la-friche-des-tabacs-devient-une-ferme-urbaine"
TITLE = "À la Belle de Mai, la friche des Tabacs devient une ferme urbaine"
LEAD = "Sur 6 000 m² de toits et de cours, une coopérative cultive légumes et champignons au cœur du 3e arrondissement. Premières récoltes vendues ce samedi."
BODY = [
    "Il faut monter quatre étages d’un escalier de service, pousser une porte coupe-feu, et soudain Marseille s’étale à perte de vue au-dessus de rangs de blettes et de fenouils. Sur le toit de l’ancienne manufacture des Tabacs, à la Belle de Mai, la coopérative Terres Hautes a planté ses premiers bacs en mars.",
    "Huit mois plus tard, les 6&nbsp;000&nbsp;m² de toits et de cours produisent une trentaine de variétés de légumes, des herbes aromatiques et, dans les anciennes caves, des pleurotes cultivés sur du marc de café récupéré auprès de brasseries du quartier. La première vente au public aura lieu ce samedi matin, dans la cour d’honneur.",
    "«&nbsp;On nous a pris pour des doux rêveurs. Aujourd’hui, on a une liste d’attente de 200 familles pour les paniers&nbsp;», s’amuse Yasmina Cherki, l’une des quatre fondateurs de la coopérative, ancienne ingénieure agronome passée par un grand groupe semencier.",
    "Le projet a bénéficié d’un bail de douze ans signé avec la Ville de Marseille, propriétaire des lieux, et d’une subvention régionale de 340&nbsp;000&nbsp;euros. Il emploie neuf salariés, dont cinq en insertion, recrutés dans les 3e et 14e arrondissements, parmi les plus pauvres de France.",
    "Sur le toit, l’eau de pluie est recueillie dans quatre cuves de 20&nbsp;000 litres, qui suffisent à arroser les cultures jusqu’en juin. Pour l’été, la coopérative teste un système de goutte-à-goutte piloté par des sondes d’humidité, mis au point avec un laboratoire de l’université d’Aix-Marseille. Reste la question de la chaleur : en juillet dernier, le thermomètre a dépassé 45&nbsp;°C sur les bacs les plus exposés, et une partie des tomates n’a pas résisté.",
]
QUOTE = "« On nous a pris pour des doux rêveurs »"


def page08() -> None:
    """Write 08_laprovence_arcxp_paywall_role."""
    quote = f'<blockquote class="b-quote b-quote--pullquote"><p>{QUOTE}</p><cite>Yasmina Cherki, cofondatrice de Terres Hautes</cite></blockquote>'
    paywall = '<div class="paywall-wrapper" id="poool-widget"><div class="paywall"><p class="paywall__title">Cet article est réservé aux abonnés</p><p class="paywall__text">Profitez de notre offre : 1 € le premier mois, sans engagement.</p><a class="paywall__cta" href="/abonnement">Je m’abonne</a><a class="paywall__login" href="/connexion">Déjà abonné ? Je me connecte</a></div></div>'
    p_html = [f'<p class="c-paragraph">{p}</p>' for p in BODY]
    body = "\n".join([*p_html[:2], quote, *p_html[2:], paywall])
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "description": LEAD,
        "datePublished": "2026-11-20T05:00:00.000Z",
        "dateModified": "2026-11-20T15:47:00.000Z",
        "articleSection": "Marseille",
        "author": [
            {"@type": "Person", "name": "Lucie Ferrand", "url": f"{BASE}/auteurs/lucie-ferrand"}
        ],
        "publisher": {
            "@type": "Organization",
            "name": "La Provence",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/pf/resources/logo.png"},
        },
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywall-wrapper",
        },
    }
    content = {
        "_id": "8802214366712",
        "type": "story",
        "headlines": {"basic": TITLE},
        "subheadlines": {"basic": LEAD},
        "content_elements": [{"type": "text", "content": p} for p in BODY[:2]],
        "taxonomy": {"primary_section": {"_id": "/marseille", "name": "Marseille"}},
        "related": teaser_state(801, BASE, 120),
    }
    nav = mega_menu(
        802,
        BASE,
        "nav-menu",
        ["Marseille", "Aix-en-Provence", "Vaucluse", "Faits divers", "Politique", "OM", "Loisirs"],
        8,
    )
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{TITLE} | La Provence</title><meta name="description" content="{LEAD}"/><link rel="canonical" href="{URL}"/><meta property="og:site_name" content="La Provence"/><meta property="og:type" content="article"/><meta property="og:title" content="{TITLE}"/><meta property="og:url" content="{URL}"/><meta property="article:section" content="Marseille"/><meta property="article:published_time" content="2026-11-20T05:00:00.000Z"/>{ld_script(ld)}<style>{stylesheet(8, "c", 380)}</style><script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="laprovence";Fusion.deployment="412";Fusion.globalContent={json.dumps(content, ensure_ascii=False)};</script></head>
<body><div id="fusion-app" class="layout-article">
<header class="c-header"><a href="{BASE}/" class="c-header__logo"><img src="{BASE}/pf/resources/images/logo-laprovence.svg" alt="La Provence"/></a><nav>{nav}</nav><a class="c-header__subscribe" href="{BASE}/abonnement">S’abonner</a></header>
<main class="b-article"><nav class="c-breadcrumb"><a href="{BASE}/">Accueil</a> › <a href="{BASE}/marseille">Marseille</a> › <a href="{BASE}/marseille/3e-arrondissement">3e arrondissement</a></nav>
<article class="b-article__content">
<div class="c-overline"><span class="c-label c-label--premium">Abonnés</span></div>
<h1 class="c-heading b-headline">{TITLE}</h1>
<h2 class="c-subheadline">{LEAD}</h2>
<div class="c-byline"><span class="c-byline__by">Par </span><a class="c-byline__name" href="{BASE}/auteurs/lucie-ferrand">Lucie Ferrand</a><span class="c-byline__role"> - Journaliste au service Marseille</span></div>
<div class="c-date"><time datetime="2026-11-20T05:00:00.000Z">Publié le 20/11/2026 à 06h00</time> <span class="c-date__updated">Mis à jour le 20/11/2026 à 16h47</span></div>
<figure class="c-media-item"><img src="{BASE}/resizer/tabacs-toit.jpg" alt=""/><figcaption>Les bacs de culture sur le toit de l’ancienne manufacture. Photo Nicolas Vallauri</figcaption></figure>
<div class="b-article-body">
{body}
</div>
</article>
<section class="b-more"><h2>À lire aussi</h2>{teaser_cards(803, BASE, 80, "c-story")}</section>
</main>
<footer class="c-footer"><ul>{footer_links(804, BASE, 30)}</ul><p>© La Provence 2026</p></footer>
</div></body></html>
"""
    save(
        "08_laprovence_arcxp_paywall_role",
        page,
        {
            "title": TITLE,
            "publication": "La Provence",
            "author": "Lucie Ferrand",
            "section": "Marseille",
            "date": datetime.date(2026, 11, 20),
            "standfirst": LEAD,
            "source_url": URL,
            "pull_quotes": [text_of(QUOTE)],
            "paragraphs": texts(BODY),
            "incomplete": True,
            "notes": "Arc XP with Fusion.globalContent (two paragraphs only: the state is truncated too). Paywall after "
            "five paragraphs ('Cet article est réservé aux abonnés', isAccessibleForFree false): incomplete. "
            "Byline 'Par Lucie Ferrand - Journaliste au service Marseille' (role dropped); h2.c-subheadline "
            "standfirst; b-quote pull quote with <cite>; 'Abonnés' overline label is not the section; "
            "breadcrumb's last item '3e arrondissement' loses to articleSection 'Marseille'; UTC datetimes 05:00Z "
            "(06h00 in Marseille, same day); 'Mis à jour le'.",
        },
    )
