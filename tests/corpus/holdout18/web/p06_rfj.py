# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 06: RFJ (custom CMS), an ATS dispatch with an audio player and a Keystone photo."""

import datetime

from chrome import consent, footer, most_read, teaser_rail, tracking
from kit import css_blob, flat, json_script, menu, paras, write


def page() -> None:
    """Agency dispatch: 'ATS' alone as byline, JSON-LD author Organization, Keystone photo credit."""
    base = "https://www.rfj.ch"
    url = f"{base}/rfj/Actualite/Suisse/20261124-Le-Conseil-federal-veut-plafonner-la-hausse-des-primes-a-4-pour-cent.html"
    title = "Le Conseil fédéral veut plafonner la hausse des primes à 4%"
    lead = (
        "Le gouvernement met en consultation un frein aux hausses de primes d’assurance maladie. "
        "Les cantons devraient combler la différence."
    )
    p = [
        "Le Conseil fédéral veut limiter à 4% par an la hausse des primes d’assurance maladie "
        "dans chaque canton. Il a mis mercredi en consultation un projet de modification de la "
        "loi, qui répond à une motion adoptée par le Parlement au printemps.",
        "Lorsqu’un assureur calculerait une hausse plus forte, la différence serait prise en "
        "charge par le canton concerné, au travers des réductions individuelles de primes. Les "
        "cantons qui maîtrisent leurs coûts de la santé seraient ainsi récompensés, a expliqué "
        "devant les médias la conseillère fédérale Élisabeth Baume-Schneider.",
        "« Nous ne pouvons pas continuer à présenter chaque automne une facture que les ménages "
        "ne peuvent plus payer », a déclaré la ministre jurassienne. Selon l’Office fédéral de "
        "la santé publique, la prime moyenne a augmenté de 23% en quatre ans.",
        "Le mécanisme coûterait aux cantons entre 300 et 900&nbsp;millions de francs par an, selon "
        "l’évolution des coûts. La Confédération propose d’en prendre en charge un tiers "
        "pendant une phase transitoire de cinq ans.",
        "La Conférence des directrices et directeurs cantonaux de la santé a immédiatement "
        "critiqué un projet qui « transfère la charge sans donner aux cantons les moyens "
        "d’agir sur les coûts ». Les assureurs, eux, craignent un « plafond artificiel » qui "
        "retarderait des hausses inévitables.",
        "Dans le Jura, où la prime moyenne adulte dépasse désormais 520&nbsp;francs par mois, "
        "le Gouvernement cantonal a salué « un signal attendu », tout en réservant sa position "
        "sur la répartition des coûts entre Berne et les cantons.",
        "La consultation dure jusqu’au 6&nbsp;mars. Le Parlement pourrait se prononcer en 2028 "
        "au plus tôt, pour une entrée en vigueur en 2029.",
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2026-11-25T11:24:00+01:00",
        "author": {"@type": "Organization", "name": "ATS"},
        "publisher": {
            "@type": "Organization",
            "name": "RFJ",
            "logo": {"@type": "ImageObject", "url": f"{base}/img/rfj-logo.png"},
        },
        "mainEntityOfPage": url,
        "image": f"{base}/photos/2026/11/25/primes-keystone.jpg",
    }
    nav = menu(
        6101,
        "menu",
        base,
        ["Actualité", "Sport", "Émissions", "Podcasts", "Agenda", "Concours", "Radio"],
        12,
    )
    page_html = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="fr"><head>
<meta charset="utf-8">
<title>RFJ - Le Conseil fédéral veut plafonner la hausse des primes à 4%</title>
<meta property="og:title" content="Le Conseil fédéral veut plafonner la hausse des primes à 4%">
<meta property="og:site_name" content="RFJ votre radio régionale">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{lead}">
<link rel="canonical" href="{url}">
<style>{css_blob(6102, "rfj", 430)}</style>
{json_script(ld)}
{tracking(6103, {"rubrique": "actualite-suisse", "type": "news", "source": "ats"})}
</head>
<body>
{consent(6104)}
<header class="top"><a href="{base}/"><img src="{base}/img/rfj-logo.svg" alt="RFJ"></a><div class="onair"><span>En direct</span> <button>Écouter RFJ</button> <span class="onair__show">Le 16-19</span></div><nav>{nav}</nav></header>
<main class="page">
<div class="crumbs"><a href="{base}/rfj/Actualite.html">Actualité</a> &gt; <a href="{base}/rfj/Actualite/Suisse.html">Suisse</a></div>
<article class="news">
<h1 class="news__title">{title}</h1>
<div class="news__info"><span class="news__source">ATS</span> <span class="news__date">Publié le 25.11.2026 à 11:24</span></div>
<figure class="news__photo"><img src="{base}/photos/2026/11/25/primes-keystone.jpg" alt=""><figcaption>Élisabeth Baume-Schneider mercredi devant les médias à Berne. (© KEYSTONE/Peter Klaunzer)</figcaption></figure>
<p class="news__lead"><strong>{lead}</strong></p>
<div class="news__audio"><audio controls preload="none" src="{base}/audio/2026/11/25/primes-journal-12h.mp3"></audio><span>Le sujet du journal de 12h15</span></div>
<div class="news__text">
{paras(*p[:3])}
<div class="adslot" id="rfj-pave-1"><small>Annonce</small></div>
{paras(*p[3:])}
</div>
<div class="news__share"><a href="#">Partager sur Facebook</a> <a href="#">WhatsApp</a></div>
</article>
{most_read(6105, base)}
<section class="more"><h2>Plus d’infos Suisse</h2>{teaser_rail(6106, base, 150, "card")}</section>
</main>
{footer("RFJ", "RFJ Radio Fréquence Jura SA", ["Impressum", "Protection des données", "Contact", "Fréquences"])}
</body></html>
"""
    write(
        "06_rfj_custom_ats_dispatch",
        page_html,
        {
            "title": title,
            "publication": "RFJ",
            "author": None,
            "agency": "ATS",
            "section": "Suisse",
            "date": datetime.date(2026, 11, 25),
            "standfirst": lead,
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Custom CMS of a radio. Agency dispatch: 'ATS' alone in the info line, "
            "JSON-LD author Organization ATS, so author null; photo credit © KEYSTONE is no "
            "agency credit; <title> 'RFJ - Titre' (site first); og:site_name 'RFJ votre radio "
            "régionale' (name plus tagline); no articleSection or article:section, the crumbs' "
            "last item 'Suisse' gives the section; standfirst p.news__lead in <strong>, after "
            "the photo; date 25.11.2026 à 11:24; audio player; 'Annonce' ad slot; on-air bar.",
        },
    )
