# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""04 7sur7.be (DPG Media): Instagram embed, 'avec Belga', short dates, 'Mis à jour'."""

import datetime
import json

from chrome import footer_links, mega_menu, stylesheet, teaser_cards, teaser_state
from kit import ld_script, save, texts, wrap

BASE = "https://www.7sur7.be"
URL = f"{BASE}/showbiz/la-chanteuse-liegeoise-maelle-dorval-annule-sa-tournee-apres-une-chute-sur-scene~a8d41c27/"
TITLE = "La chanteuse liégeoise Maëlle Dorval annule sa tournée après une chute sur scène"
BODY = [
    "Maëlle Dorval ne remontera pas sur scène avant le printemps. La chanteuse liégeoise, révélée en 2022 par le single «Rue Féronstrée», a annoncé lundi l’annulation des quatorze dates de sa tournée hivernale, dont deux concerts complets à Forest National.",
    "L’artiste de 27 ans avait chuté samedi soir lors d’un concert à la Rockhal d’Esch-sur-Alzette, au Luxembourg, en descendant un escalier de décor mal éclairé. Évacuée vers l’hôpital, elle souffre d’une double fracture de la cheville, selon son entourage.",
    "Dans une vidéo publiée sur Instagram, la chanteuse, le pied plâtré, s’excuse auprès de ses fans. «Je suis désolée, vraiment. J’ai essayé de me convaincre que je pourrais chanter assise, mais les médecins ont été très clairs», explique-t-elle.",
    "Son label, Lumen Records, précise que les billets seront remboursés automatiquement dans un délai de trente jours. Les concerts de Forest National, prévus les 19 et 20 décembre, devraient être reportés à avril, sans que de nouvelles dates aient encore été fixées.",
    "Le producteur de la tournée, Olivier Thonon, a indiqué à Belga qu’une enquête interne avait été ouverte sur les conditions de sécurité du décor. «L’escalier avait été validé par le lieu et par notre équipe technique. Nous voulons comprendre ce qui s’est passé», a-t-il déclaré.",
    "La Rockhal n’a pas souhaité réagir. Selon le quotidien luxembourgeois qui a révélé l’incident, une partie de l’éclairage de sécurité aurait été coupée pour un effet de mise en scène.",
    "Maëlle Dorval devait également se produire aux Francofolies de Spa l’été prochain. Sa participation n’est pas remise en cause, assure l’organisation du festival.",
]


def page04() -> None:
    """Write 04_7sur7_dpg_instagram_belga."""
    insta = (
        '<div class="embed embed--instagram"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/DAx7kLmN2pQ/" data-instgrm-version="14">'
        '<div><a href="https://www.instagram.com/p/DAx7kLmN2pQ/" target="_blank">Voir cette publication sur Instagram</a></div>'
        '<p><a href="https://www.instagram.com/p/DAx7kLmN2pQ/">Pardon à vous tous 💔 on se retrouve vite, promis. Merci aux équipes de la Rockhal et de l’hôpital.</a></p>'
        "<p>Une publication partagée par Maëlle Dorval (@maelledorval)</p></blockquote>"
        '<script async src="https://www.instagram.com/embed.js"></script></div>'
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "datePublished": "2026-11-23T09:15:00+01:00",
        "dateModified": "2026-11-24T14:32:00+01:00",
        "articleSection": "Showbiz",
        "author": [{"@type": "Person", "name": "Julien Maréchal"}],
        "publisher": {
            "@type": "Organization",
            "name": "7sur7",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/logo.png"},
        },
        "isAccessibleForFree": True,
    }
    state = {
        "article": {"id": "a8d41c27", "brand": "7sur7", "section": "showbiz", "premium": False},
        "recommendations": teaser_state(401, BASE, 160),
    }
    nav = mega_menu(
        402,
        BASE,
        "navigation",
        ["Belgique", "Monde", "Showbiz", "Sport", "Insolite", "Auto", "Tech"],
        7,
    )
    body = "\n".join(
        [
            wrap(BODY[:2], '<p class="article__paragraph">'),
            '<div class="ad" data-ad-position="inread1"></div>',
            wrap(BODY[2:3], '<p class="article__paragraph">'),
            insta,
            wrap(BODY[3:], '<p class="article__paragraph">'),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<title>{TITLE} | Showbiz | 7sur7.be</title>
<meta name="description" content="Maëlle Dorval s’est fracturé la cheville lors d’un concert à la Rockhal.">
<meta property="og:site_name" content="7sur7">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE}">
<meta property="og:url" content="{URL}">
<link rel="canonical" href="{URL}">
<style>{stylesheet(4, "dpg", 340)}</style>
{ld_script(ld)}
<script>window.__APP_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>
</head>
<body class="article-page">
<div id="pg-privacy-gate" class="privacy-gate" hidden><p>7sur7 et ses partenaires utilisent des cookies.</p><button>Accepter</button></div>
<header class="app-header"><a href="{BASE}/" class="app-header__logo"><img src="{BASE}/assets/7sur7-logo.svg" alt="7sur7"></a><nav>{nav}</nav></header>
<main id="main">
<nav class="breadcrumb"><ol><li><a href="{BASE}/">7sur7</a></li><li><a href="{BASE}/showbiz/">Showbiz</a></li></ol></nav>
<article class="article">
<header class="article__header">
<h1 class="article__title">{TITLE}</h1>
<div class="article__meta"><span class="article__author">Julien Maréchal, avec Belga</span><span class="article__date"><time datetime="2026-11-23T09:15:00+01:00">23-11-26, 09:15</time></span><span class="article__update">Dernière mise à jour: 24-11-26, 14:32</span><span class="article__source">Source: Belga</span></div>
<figure class="article__figure"><img src="{BASE}/photo/a8d41c27.jpg" alt=""><figcaption>Maëlle Dorval lors d’un concert à Liège, en 2024. © BELGA</figcaption></figure>
</header>
<section class="article__body">
{body}
</section>
</article>
<section class="recommendations"><h2>Plus de Showbiz</h2>{teaser_cards(403, BASE, 90, "tile")}</section>
</main>
<footer class="app-footer"><ul>{footer_links(404, BASE, 30)}</ul><p>© 2026 DPG Media - 7sur7</p></footer>
</body>
</html>
"""
    save(
        "04_7sur7_dpg_instagram_belga",
        page,
        {
            "title": TITLE,
            "publication": "7sur7",
            "author": "Julien Maréchal",
            "agency": "Belga",
            "section": "Showbiz",
            "date": datetime.date(2026, 11, 23),
            "source_url": URL,
            "paragraphs": texts(BODY),
            "notes": "DPG Media. 'Julien Maréchal, avec Belga' plus 'Source: Belga'; the photo credit '© BELGA' is not the "
            "agency's credit. Dates in the short form 23-11-26, 09:15 and 'Dernière mise à jour: 24-11-26'. An "
            "Instagram embed (blockquote.instagram-media with the post's text) between paragraphs is third-party "
            "chrome; JSON state in window.__APP_STATE__; no standfirst; publication '7sur7' (og:site_name, "
            "publisher), not the <title>'s '7sur7.be'.",
        },
    )
