"""Page 01: Le Parisien (Arc XP)."""

# The page templates hold HTML lines as the sites write them: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import datetime

import chrome as ch
from kit import Body, json_script, json_text, write

LP = "https://www.leparisien.fr"


def page() -> None:
    """Le Parisien: Arc XP, a subscriber's article saved whole, two authors, breadcrumb."""
    url = f"{LP}/seine-saint-denis-93/bondy-93140/a-bondy-le-centre-nautique-ferme-depuis-trois-ans-rouvrira-enfin-en-mars-18-11-2026-K7QW2ZP4XBF3LMT6R5YHNA2D.php"
    title = "À Bondy, le centre nautique fermé depuis trois ans rouvrira enfin en mars"
    standfirst = (
        "Le chantier de l’équipement municipal, plombé par l’amiante et la faillite d’une "
        "entreprise, aura coûté 14,2 millions d’euros au lieu des 8 prévus. Les clubs, eux, ont "
        "dû s’exiler à Noisy-le-Sec et à Pantin."
    )
    b = Body(p_attrs='class="article-paragraph"')
    b.p(
        "Les palissades grises qui entourent le centre nautique Henri-Barbusse font partie du "
        "paysage depuis si longtemps que plus personne ne les remarque. Elles devraient pourtant "
        "tomber au début de l’année : la mairie de Bondy a annoncé lundi soir, en conseil "
        "municipal, une réouverture « au plus tard le 15 mars 2027 ». Le bassin de 25 mètres et la "
        "fosse de plongée étaient fermés depuis l’été 2023.",
        "L’opération devait durer dix-huit mois. Elle en aura pris plus du double. « On a ouvert "
        "les faux plafonds et on a trouvé de l’amiante partout, jusque dans les joints des "
        "carrelages », résume Karim Benhaddou, adjoint chargé des sports. Le désamiantage a "
        "coûté à lui seul 1,9 million d’euros et immobilisé le site pendant sept mois.",
    )
    b.chrome(
        '<div class="article-related"><span class="article-related__label">Lire aussi</span>'
        f'<a href="{LP}/seine-saint-denis-93/piscines-du-93-la-moitie-des-bassins-ont-plus-de-'
        '40-ans-02-10-2026-PLM4.php">Piscines du 93 : la moitié des bassins ont plus de 40 ans</a></div>'
    )
    b.p(
        "Puis, au printemps 2025, l’entreprise de gros œuvre a été placée en liquidation "
        "judiciaire. Il a fallu relancer un appel d’offres, attendre un nouveau titulaire, "
        "recommencer une partie de la charpente. Au total, la facture atteint 14,2 millions "
        "d’euros, contre 8 millions inscrits au budget initial. La région et le département en "
        "financent 5,1 millions."
    )
    b.chrome(ch.ad_slot("ad-lp-article-1", "ad-container"))
    b.p(
        "Pendant ce temps, les 600 licenciés du club de natation local ont été répartis entre "
        "Noisy-le-Sec et Pantin, sur des créneaux tardifs. « Des gamins de 9 ans qui finissent "
        "l’entraînement à 21 h 30 et rentrent en bus, ça a découragé beaucoup de familles », "
        "regrette Sandrine Okafor, présidente des Dauphins de Bondy. Le club a perdu près d’un "
        "tiers de ses adhérents en deux saisons.",
        "Les écoles ont été les plus touchées. Faute de bassin, seules quatre classes de CM2 sur "
        "dix-neuf ont pu suivre le cycle de natation l’an dernier, selon l’inspection académique. "
        "Le test d’aisance aquatique, obligatoire pour certaines activités au collège, n’a pas pu "
        "être passé par des centaines d’élèves.",
        "La municipalité promet des créneaux scolaires renforcés dès la réouverture, et un "
        "« été nautique » gratuit pour les enfants qui n’ont pas appris à nager. L’opposition, "
        "elle, réclame un audit. « On nous a menti sur le calendrier à chaque conseil », "
        "dénonce l’élue Florence Vidal-Tessier, qui demande la publication de tous les avenants "
        "au marché.",
        "Sur place, les ouvriers posaient mardi les dernières plaques du toit. Les essais de "
        "remplissage du bassin sont prévus en janvier. D’ici là, les palissades resteront.",
    )
    photo = (
        '<figure class="article-figure"><img src="https://www.leparisien.fr/resizer/Zk3fQ=/1248x'
        "702/filters:focal(1207x860:1217x870)/cloudfront-eu-central-1.images.arcpublishing.com/"
        'leparisien/K7QW2ZP4XBF3LMT6R5YHNA2D.jpg" alt="" width="1248" height="702"><figcaption '
        'class="article-figure__caption">Le chantier du centre nautique Henri-Barbusse, mardi. '
        '<span class="credit">LP/Thibault Marchand</span></figcaption></figure>'
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": standfirst,
        "datePublished": "2026-11-18T06:45:00+01:00",
        "dateModified": "2026-11-18T09:12:00+01:00",
        "articleSection": "Seine-Saint-Denis",
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywall",
        },
        "author": [
            {"@type": "Person", "name": "Camille Roussel"},
            {"@type": "Person", "name": "Thibault Marchand"},
        ],
        "publisher": {
            "@type": "Organization",
            "name": "Le Parisien",
            "logo": {"@type": "ImageObject", "url": f"{LP}/pf/resources/images/logo.png"},
        },
        "mainEntityOfPage": url,
    }
    fusion = {
        "_id": "K7QW2ZP4XBF3LMT6R5YHNA2D",
        "type": "story",
        "headlines": {"basic": title},
        "subheadlines": {"basic": standfirst},
        "taxonomy": {
            "primary_section": {"_id": "/seine-saint-denis-93", "name": "Seine-Saint-Denis"}
        },
        "content_restrictions": {"content_code": "premium"},
        "content_elements": [{"type": "text", "content": t} for t in b.paragraphs],
        "related_content": {"basic": ch.teaser_records(101, 40, LP)},
    }
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{title} - Le Parisien</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{standfirst}">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Le Parisien">
<meta property="og:title" content="{title} - Le Parisien"><meta property="og:url" content="{url}">
<meta property="og:description" content="{standfirst}">
<meta property="article:published_time" content="2026-11-18T05:45:00.000Z">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@le_Parisien">
<link rel="preconnect" href="https://cloudfront-eu-central-1.images.arcpublishing.com">
<style>{ch.stylesheet(11, "lp", 420)}</style>
{json_script(ld)}
<script>window.didomiConfig={{app:{{apiKey:"4f1c0e2a-lp"}}}};</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="leparisien";Fusion.contextPath="/pf";Fusion.deployment="2461";Fusion.globalContent={json_text(fusion)};Fusion.globalContentConfig={{"source":"content-api","query":{{"_id":"K7QW2ZP4XBF3LMT6R5YHNA2D"}}}};</script>
</head><body class="article-page">
<div id="fusion-app" class="layout-article">
<header class="header"><a class="header__logo" href="{LP}/" aria-label="Le Parisien">{ch.icon("bookmark", "logo")}</a>
<nav class="header__nav">{ch.menu(12, "nav-menu", LP, ["Actualités", "Paris", "Île-de-France & Oise", "Faits divers", "Politique", "Sports", "Économie", "Culture & Loisirs", "Services"])}</nav>
<a class="header__subscribe" href="{LP}/abonnement/">S’abonner</a><a class="header__login" href="{LP}/compte/">{ch.icon("user")}Mon compte</a></header>
<main class="main"><article class="article">
<nav class="breadcrumb" aria-label="Fil d’Ariane"><ol><li><a href="{LP}/">Accueil</a></li><li><a href="{LP}/ile-de-france-oise/">Île-de-France &amp; Oise</a></li><li><a href="{LP}/seine-saint-denis-93/">Seine-Saint-Denis</a></li></ol></nav>
<span class="article-label article-label--premium">{ch.icon("bookmark", "i", 14)}Réservé aux abonnés</span>
<h1 class="title_xl">{title}</h1>
<h2 class="subheadline">{standfirst}</h2>
<div class="article-meta"><span class="author-by">Par <a href="{LP}/journalistes/camille-roussel">Camille Roussel</a> et <a href="{LP}/journalistes/thibault-marchand">Thibault Marchand</a></span>
<div class="timestamp"><time datetime="2026-11-18T06:45:00+01:00">Le 18 novembre 2026 à 06h45</time>, modifié le <time datetime="2026-11-18T09:12:00+01:00">18 novembre 2026 à 09h12</time></div></div>
{ch.share_bar("share-bar", url)}
{photo}
<section class="article-section content paywall">
{b.html()}
</section>
{ch.share_bar("share-bar share-bar--bottom", url, ("facebook", "x", "linkedin", "link"))}
</article>
<aside class="sidebar">{ch.ad_slot("ad-lp-sidebar", "ad-container")}{ch.teaser_list(13, "most-read", LP, 10, "Les plus lus")}</aside>
{ch.teaser_list(14, "outbrain", LP, 12, "Nos lecteurs ont aussi aimé")}
</main>
<footer class="footer">{ch.link_columns(15, LP, ["Le Parisien", "Services", "Nos sites", "Informations légales"], 8)}<p class="footer__copy">© Le Parisien 2026 — Tous droits réservés</p></footer>
</div>
{ch.consent_box("didomi", "Le Parisien")}
<script src="{LP}/pf/dist/engine/react.js?d=2461" defer></script>
</body></html>"""
    write(
        "01_leparisien_arcxp_premium_whole",
        page,
        {
            "title": title,
            "publication": "Le Parisien",
            "author": "Camille Roussel et Thibault Marchand",
            "section": "Seine-Saint-Denis",
            "date": datetime.date(2026, 11, 18),
            "standfirst": standfirst,
            "source_url": url,
            **b.expectation(),
            "notes": "Arc XP: Fusion.globalContent holds the text; subscriber-only article saved "
            "whole by a subscriber (badge 'Réservé aux abonnés', isAccessibleForFree false, yet "
            "not incomplete); ' - Le Parisien' in og:title and <title>; breadcrumb and "
            "articleSection agree; 'Par A et B' as two links; Arc subheadline h2 as standfirst; "
            "'Lire aussi' and ad between paragraphs; caption with LP/ credit; "
            "'Le … à 06h45, modifié le …'.",
        },
    )
