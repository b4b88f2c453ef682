"""Page 05: Le Journal de Montréal (WordPress VIP), Agence QMI, an evening story past UTC midnight."""

# The page templates hold HTML lines as the sites write them: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import datetime

import chrome as ch
from kit import Body, json_script, json_text, write

JM = "https://www.journaldemontreal.com"


def page() -> None:
    """JdM: 21 h 47 local is 02:47 UTC the next day; blockquote pull quote; tweet; list; comments."""
    url = f"{JM}/2026/11/14/tempete-plus-de-120-000-foyers-prives-delectricite-au-quebec"
    title = "Tempête: plus de 120 000 foyers privés d’électricité au Québec"
    quote = "« On n’a jamais vu autant de poteaux cassés en une seule soirée »"
    b = Body()
    b.p(
        "La première tempête de neige de la saison a frappé fort samedi soir dans le sud du "
        "Québec, privant d’électricité plus de 120 000 clients d’Hydro-Québec au plus fort des "
        "intempéries, vers 20 h.",
        "Les vents, qui ont soufflé jusqu’à 90 km/h par endroits, ont couché des arbres sur les "
        "lignes alors que la neige lourde et mouillée s’accumulait. Environnement Canada avait "
        "émis un avertissement de tempête hivernale dès le matin pour une grande partie de la "
        "vallée du Saint-Laurent, prévoyant de 20 à 30 cm de neige.",
    )
    b.chrome(
        '<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">Nos équipes '
        "sont mobilisées partout sur le territoire. Merci de votre patience. Consultez Info-pannes "
        'pour suivre le rétablissement. <a href="https://t.co/Qm3fzP0b">pic.twitter.com/Qm3fzP0b</a>'
        "</p>&mdash; Hydro-Québec (@hydroquebec) "
        '<a href="https://twitter.com/hydroquebec/status/1989876543210">14 novembre 2026</a>'
        '</blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8">'
        "</script>"
    )
    b.p("Les régions les plus touchées en début de soirée étaient les suivantes :")
    b.items(
        [
            "Montérégie : près de 41 000 clients sans courant",
            "Laurentides : environ 28 000 clients",
            "Lanaudière : 19 500 clients",
            "Estrie : un peu plus de 12 000 clients",
        ],
        attrs='class="wp-block-list"',
    )
    b.chrome(ch.ad_slot("div-gpt-ad-bigbox-1", "ad-wrapper"))
    b.p(
        "« On n’a jamais vu autant de poteaux cassés en une seule soirée », a lancé en point de "
        "presse le porte-parole d’Hydro-Québec, Maxime Turcotte-Lévesque, en précisant que plus "
        "de 900 monteurs de lignes avaient été déployés. Certains secteurs pourraient rester "
        "dans le noir jusqu’à lundi."
    )
    b.pull(
        '<blockquote class="wp-block-quote is-style-large"><p>{}</p><cite>Maxime '
        "Turcotte-Lévesque, Hydro-Québec</cite></blockquote>",
        quote,
    )
    b.p(
        "Sur les routes, la situation était tout aussi difficile. La Sûreté du Québec a fermé "
        "l’autoroute 20 dans les deux directions près de Saint-Hyacinthe pendant plus de deux "
        "heures après un carambolage impliquant une quinzaine de véhicules. Trois personnes ont "
        "été transportées à l’hôpital, mais leur vie n’est pas en danger.",
        "À Montréal, la Ville a lancé sa première opération de chargement de la neige de "
        "l’hiver, une semaine plus tôt que l’an dernier. Les citoyens sont invités à surveiller "
        "la signalisation pour éviter le remorquage.",
        "Environnement Canada prévoit un temps plus calme dimanche, mais un redoux accompagné de "
        "pluie verglaçante pourrait compliquer le travail des équipes en début de semaine.",
        "Plusieurs municipalités de la Montérégie ont ouvert des centres d’hébergement "
        "temporaires pour les personnes âgées et les familles privées de chauffage. La Croix-"
        "Rouge dit se tenir prête à intervenir si les pannes devaient se prolonger.",
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2026-11-15T02:47:00+00:00",
        "dateModified": "2026-11-15T03:20:00+00:00",
        "articleSection": ["Actualité", "Météo"],
        "author": [{"@type": "Person", "name": "Jonathan Bélanger"}],
        "sourceOrganization": {"@type": "Organization", "name": "Agence QMI"},
        "publisher": {"@type": "NewsMediaOrganization", "name": "Le Journal de Montréal"},
        "mainEntityOfPage": url,
    }
    comments = "".join(
        f'<li class="comment"><div class="comment-author">{who}</div><div class="comment-date">'
        f"15 novembre 2026</div><p>{text}</p></li>"
        for who, text in [
            (
                "Ghislain R.",
                "Encore une fois les arbres pas élagués près des lignes. Ça se répète chaque année.",
            ),
            (
                "Nathalie_B",
                "Bravo aux monteurs qui travaillent dehors toute la nuit par ce temps-là.",
            ),
            ("pierre.l", "Toujours pas de courant à Granby, on nous dit lundi soir..."),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA" class="no-js"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | JDM</title>
<meta name="description" content="La première tempête de neige de la saison a privé d’électricité plus de 120 000 clients d’Hydro-Québec.">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_CA"><meta property="og:type" content="article">
<meta property="og:title" content="{title} | Le Journal de Montréal"><meta property="og:url" content="{url}">
<meta property="og:site_name" content="Le Journal de Montréal">
<meta property="article:published_time" content="2026-11-15T02:47:00+00:00"><meta property="article:modified_time" content="2026-11-15T03:20:00+00:00">
<meta property="article:section" content="Actualité"><meta name="author" content="Jonathan Bélanger">
<link rel="stylesheet" id="wp-block-library-css" href="{JM}/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2" media="all">
<style id="qmi-inline-css">{ch.stylesheet(51, "qmi", 420)}</style>
{json_script(ld, 'type="application/ld+json" class="yoast-schema-graph"')}
<script id="qmi-data">var qmiDataLayer={json_text({"site": "jdm", "postId": 2026111427, "channel": "actualite/meteo", "related": ch.teaser_records(501, 40, JM)})};</script>
</head><body class="post-template-default single single-post postid-2026111427">
<div class="qmi-header"><a href="{JM}/" class="qmi-logo" aria-label="Le Journal de Montréal">{ch.icon("bookmark", "logo")}</a>
<nav class="qmi-nav">{ch.menu(52, "menu", JM, ["Actualité", "Sports", "Spectacles", "Opinions", "Argent", "Monde", "Auto", "Voyage"])}</nav></div>
<main id="main" class="site-main"><article id="post-2026111427" class="post type-post status-publish format-standard category-meteo">
<div class="article-category"><a href="{JM}/actualite/meteo">Météo</a></div>
<h1 class="entry-title">{title}</h1>
<div class="article-meta"><div class="byline"><span class="author"><a href="{JM}/auteur/jonathan-belanger">Jonathan Bélanger</a></span> | <span class="agency">Agence QMI</span></div>
<div class="date">Publié le <time class="entry-date published" datetime="2026-11-15T02:47:00Z">samedi 14 novembre 2026 à 21 h 47</time> <span class="updated">Mis à jour le 14 novembre 2026 à 22 h 20</span></div></div>
{ch.share_bar("qmi-share", url, ("facebook", "x", "mail", "link"))}
<figure class="wp-block-image featured"><img src="{JM}/wp-content/uploads/2026/11/tempete-neige-autoroute-20.jpg?w=1200" alt="" width="1200" height="800"><figcaption>L’autoroute 20 près de Saint-Hyacinthe, samedi soir. <span class="credit">Photo Agence QMI, Dominic Gauthier</span></figcaption></figure>
<div class="entry-content">
{b.html()}
</div>
<div class="qmi-newsletter"><h3>Ne manquez rien de l’actualité</h3><p>Inscrivez-vous à notre infolettre quotidienne.</p><a href="{JM}/infolettres">S’inscrire</a></div>
</article>
<section id="comments" class="comments-area"><h2 class="comments-title">3 commentaires</h2><ol class="comment-list">{comments}</ol></section>
{ch.teaser_list(53, "qmi-related", JM, 12, "Vous pourriez aussi aimer")}
</main>
<footer class="site-footer">{ch.link_columns(54, JM, ["Le Journal", "Nos sites", "Services", "Québecor"], 8)}<p>© 2026 Le Journal de Montréal, tous droits réservés.</p></footer>
{ch.consent_box("qc-cmp2", "Le Journal de Montréal")}
</body></html>"""
    write(
        "05_journaldemontreal_wpvip_qmi_utc",
        page,
        {
            "title": title,
            "publication": "Le Journal de Montréal",
            "author": "Jonathan Bélanger",
            "agency": "Agence QMI",
            "section": "Actualité",
            "date": datetime.date(2026, 11, 14),
            "source_url": url,
            **b.expectation(),
            "notes": "WordPress VIP: 'Name | Agence QMI'; published 'samedi 14 novembre 2026 à "
            "21 h 47' local while every machine date (time datetime, JSON-LD, article:published_"
            "time) is 02:47 UTC on the 15th: the date is the 14th; articleSection a list; no "
            "standfirst (meta description only); embedded tweet; list items as paragraphs; "
            "wp-block-quote pull quote repeating the quotation of the paragraph above; ' | JDM' "
            "and ' | Le Journal de Montréal' suffixes; comments dated the 15th.",
        },
    )
