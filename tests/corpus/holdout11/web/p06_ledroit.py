"""Page 06: Le Droit (Brightspot), og:site_name as an address, a block quotation, a <video>."""

# The page templates hold HTML lines as the sites write them: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import datetime

import chrome as ch
from kit import Body, json_script, json_text, write

LD = "https://www.ledroit.com"


def page() -> None:
    """Le Droit: Brightspot classes, breadcrumb, two-paragraph blockquote with cite, donation box."""
    url = f"{LD}/actualites/le-droit-gatineau/2026/11/17/tramway-gatineau-reclame-une-garantie-ecrite-de-quebec-7QKXM3ZR2JHD5NWE4TBAYCL6FU/"
    title = "Tramway: Gatineau réclame une garantie écrite de Québec"
    standfirst = (
        "Le conseil municipal a adopté à l’unanimité une résolution qui exige du gouvernement "
        "du Québec un engagement ferme sur le financement du tramway vers l’ouest de la ville "
        "avant le dépôt du prochain budget."
    )
    b = Body(p_attrs='class="RichTextBody-paragraph"')
    b.p(
        "Lassés d’attendre, les élus de Gatineau ont haussé le ton mardi soir. Réunis en "
        "séance publique, ils ont adopté sans opposition une résolution qui demande à Québec "
        "de confirmer « par écrit » sa part du financement du projet de tramway, évalué à "
        "5,4 milliards de dollars.",
        "Le projet de la Société de transport de l’Outaouais doit relier l’ouest de la ville au "
        "centre-ville d’Ottawa. Ottawa s’est engagé en 2024 à en payer 60 %. Québec, qui doit "
        "assumer l’essentiel du reste, n’a toujours pas inscrit les sommes au Plan québécois des "
        "infrastructures à l’étape de la réalisation.",
        "Le texte adopté ne laisse guère de place à l’interprétation :",
    )
    b.block(
        [
            "Que le conseil municipal demande au gouvernement du Québec de confirmer, avant le "
            "dépôt de son budget 2027-2028, sa contribution financière au projet structurant de "
            "l’ouest;",
            "Que, à défaut d’un tel engagement, le conseil mandate la mairesse pour rencontrer "
            "sans délai le premier ministre et le ministre responsable de l’Outaouais.",
        ],
        "Extrait de la résolution adoptée le 17 novembre",
        attrs='class="RichTextBody-blockquote"',
    )
    b.chrome(
        '<div class="VideoEnhancement"><div class="VideoPlayer" data-video-id="2026-11-17-conseil">'
        f'<video controls preload="none" poster="{LD}/dims4/default/a81f/2147483647/strip/true/'
        'crop/1280x720/conseil.jpg" width="1280" height="720"><source src="https://videos.'
        'ledroit.com/2026/11/17/conseil-tramway.mp4" type="video/mp4"></video><div class="'
        'VideoPlayer-caption">La mairesse s’est adressée aux citoyens après le vote. (Simon '
        "Séguin-Bertrand/Le Droit)</div></div></div>"
    )
    b.p(
        "« On ne peut pas demander aux citoyens de l’ouest d’attendre encore dix ans dans des "
        "autobus bondés », a déclaré la mairesse, Hélène Brassard-Nkulu, après le vote. Elle "
        "rappelle que le boulevard des Allumettières voit passer plus de 40 000 déplacements "
        "par jour aux heures de pointe.",
        "Au cabinet du ministre des Transports, on assure que le dossier « chemine normalement ». "
        "Une attachée de presse indique que l’analyse du dossier d’affaires se poursuit et qu’une "
        "décision sera annoncée « en temps opportun ».",
    )
    b.chrome(ch.ad_slot("gam-ledroit-box-2", "GoogleDfpAd"))
    b.p(
        "Dans l’opposition, on appuie la démarche tout en critiquant la méthode. Le conseiller "
        "du district de Deschênes, Patrick Ouimet-Larose, estime que la Ville « aurait dû "
        "frapper à la porte de Québec il y a deux ans ».",
        "La STO prévoit toujours une mise en service en 2032, mais reconnaît que chaque mois de "
        "retard coûte environ 15 millions de dollars en inflation.",
    )
    ld_data = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": standfirst,
        "datePublished": "2026-11-17T18:05:00-05:00",
        "dateModified": "2026-11-17T21:10:00-05:00",
        "author": [{"@type": "Person", "name": "Mathieu Charbonneau"}],
        "publisher": {"@type": "Organization", "name": "Le Droit"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    donate = (
        '<div class="Enhancement DonationModule"><h3>Soutenez votre journal</h3><p>Le Droit est '
        "une coopérative. Votre don aide à financer le journalisme local en Outaouais.</p>"
        f'<a class="Button" href="{LD}/dons/">Je fais un don</a></div>'
    )
    page = f"""<!DOCTYPE html>
<html class="ArticlePage" lang="fr-CA" data-brightspot><head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Le Droit</title>
<meta name="description" content="{standfirst}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="ledroit.com"><meta property="og:type" content="article">
<meta property="og:title" content="{title}"><meta property="og:url" content="{url}">
<meta property="og:description" content="{standfirst}"><meta property="article:section" content="Actualités">
<meta name="brightspot.contentId" content="0000018a-7c2e-d41f-a3bf-ff6e1c0a0000">
<link rel="stylesheet" href="{LD}/resource/00000180-0000-0000-0000-000000000000/styleguide/All.min.css">
<style>{ch.stylesheet(61, "Page", 430)}</style>
{json_script(ld_data)}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({json_text({"contentType": "article", "section": "le-droit-gatineau", "teasers": ch.teaser_records(601, 36, LD)})});</script>
</head><body class="Page-body">
<header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="{LD}/" aria-label="Le Droit">{ch.icon("bookmark", "logo")}</a>
<a class="Page-header-donate" href="{LD}/dons/">Faire un don</a></div>
<nav class="Page-header-navigation">{ch.menu(62, "Navigation", LD, ["Actualités", "Sports", "Arts", "Affaires", "Opinions", "Chroniques", "Avis de décès"])}</nav></header>
<main class="Page-main"><div class="Page-breadcrumbs"><ul class="BreadcrumbNavigation"><li><a href="{LD}/">Accueil</a></li><li><a href="{LD}/actualites/">Actualités</a></li><li><a href="{LD}/actualites/le-droit-gatineau/">Gatineau</a></li></ul></div>
<div class="Page-articleLayout"><h1 class="Page-headline">{title}</h1>
<h2 class="Page-subHeadline">{standfirst}</h2>
<div class="Page-byline"><div class="Page-authors">Par <a href="{LD}/auteurs/mathieu-charbonneau/">Mathieu Charbonneau</a>, Le Droit</div>
<div class="Page-datePublished">Publié le <time datetime="2026-11-17T18:05:00-05:00">17 novembre 2026 à 18h05</time></div><div class="Page-dateModified">Mis à jour à 21h10</div></div>
{ch.share_bar("Page-actions", url, ("facebook", "x", "mail", "link"))}
<figure class="Page-lead"><img src="{LD}/dims4/default/77b2/2147483647/strip/true/crop/1600x1067/conseil-gatineau.jpg" alt="" width="1600" height="1067"><figcaption class="Figure-caption">Le conseil municipal de Gatineau, mardi soir. <span class="Figure-credit">(Simon Séguin-Bertrand/Le Droit)</span></figcaption></figure>
<div class="Page-articleBody"><div class="RichTextArticleBody RichTextBody">
{b.html()}
</div></div>
{donate}
</div>
{ch.teaser_list(63, "List-more", LD, 12, "À lire aussi")}
</main>
<footer class="Page-footer">{ch.link_columns(64, LD, ["Le Droit", "Coopérative nationale de l’information indépendante", "Services", "Nous joindre"], 7)}<p class="Page-footer-disclaimer">© 2026 Le Droit. Tous droits réservés.</p></footer>
{ch.consent_box("cn2i-cmp", "Le Droit")}
</body></html>"""
    write(
        "06_ledroit_brightspot_blockquote_video",
        page,
        {
            "title": title,
            "publication": "Le Droit",
            "author": "Mathieu Charbonneau",
            "section": "Actualités",
            "date": datetime.date(2026, 11, 17),
            "standfirst": standfirst,
            "source_url": url,
            **b.expectation(),
            "notes": "Brightspot: og:site_name is the address 'ledroit.com' (publication from "
            "publisher, <title> and footer: 'Le Droit'); no articleSection, so meta "
            "article:section 'Actualités' wins over the breadcrumb's 'Gatineau'; Page-subHeadline "
            "h2 standfirst; 'Par Name, Le Droit'; a two-paragraph blockquote of a resolution, said "
            "once, with its cite (not text); a <video> player with caption; donation box after "
            "the body.",
        },
    )
