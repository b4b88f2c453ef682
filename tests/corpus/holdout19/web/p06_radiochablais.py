# ruff: noqa: E501  (page markup and article text are kept on their real lines)
"""06: Radio Chablais (CH, WordPress): local news with a podcast player, a wp-block-quote of two
paragraphs with a cite, a WordPress byline and a day-only date."""

import datetime

from chrome import footer, menu, related, saved_from, style, tracking
from kit import flat, json_script, paras, write

BASE = "https://www.radiochablais.ch"
URL = f"{BASE}/2026/11/26/monthey-le-telepherique-des-giettes-ne-redemarrera-pas-cet-hiver/"
TITLE = "Monthey : le téléphérique des Giettes ne redémarrera pas cet hiver"
BODY = [
    "Mauvaise nouvelle pour les skieurs du Chablais valaisan. Le téléphérique qui relie "
    "Monthey aux Giettes restera à l’arrêt pendant toute la saison 2026-2027. La société "
    "exploitante l’a annoncé jeudi matin, à l’issue de son assemblée extraordinaire.",
    "En cause : une expertise du câble porteur, réalisée en octobre par un bureau d’ingénieurs "
    "lausannois, qui a révélé une usure plus importante que prévu. Le remplacement, estimé à "
    "2,8 millions de francs, ne pourra pas être financé avant le printemps.",
    "Au micro de Radio Chablais, le président du conseil d’administration, Jean-Daniel Rouiller, "
    "ne cache pas sa déception. Il a lu devant les actionnaires une déclaration dont voici "
    "l’essentiel :",
]
QUOTE = [
    "« Nous avons étudié toutes les solutions, y compris une exploitation réduite le week-end. "
    "L’Office fédéral des transports a été très clair : aucune dérogation n’est possible. »",
    "« Nous préférons perdre une saison plutôt que de prendre le moindre risque pour nos "
    "passagers et nos employés. »",
]
BODY2 = [
    "Pour les commerçants des Giettes, le coup est rude. « Sans le téléphérique, on perd la "
    "moitié de notre clientèle, surtout les familles qui montent de la plaine sans voiture », "
    "regrette Anouk Vannay, qui tient la buvette du sommet depuis douze ans.",
    "La Commune de Monthey, actionnaire majoritaire, étudie la mise en place d’une navette par "
    "bus les samedis et dimanches. Son coût, de l’ordre de 60&#8239;000 francs pour la saison, "
    "doit encore être validé par le Conseil municipal le 7 décembre.",
    "Le financement du nouveau câble, lui, passera par un crédit d’investissement et par un appel "
    "aux communes voisines de Troistorrents et de Val-d’Illiez. La remise en service est espérée "
    "pour l’été 2027.",
]


def build() -> None:
    """Write page 06 and its expected file."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": TITLE,
                "datePublished": "2026-11-26T11:15:42+01:00",
                "dateModified": "2026-11-26T14:03:10+01:00",
                "author": {
                    "@type": "Person",
                    "name": "Céline Berrut",
                    "@id": f"{BASE}/#/schema/person/cb",
                },
                "articleSection": ["Chablais valaisan", "Actualité"],
                "publisher": {
                    "@type": "Organization",
                    "name": "Radio Chablais",
                    "logo": {
                        "@type": "ImageObject",
                        "url": f"{BASE}/wp-content/uploads/2020/05/logo-rc.png",
                    },
                },
            },
            {"@type": "WebSite", "name": "Radio Chablais", "url": BASE},
        ],
    }
    quote = (
        '<blockquote class="wp-block-quote">'
        + paras(QUOTE)
        + "<cite>Jean-Daniel Rouiller, président</cite></blockquote>"
    )
    audio = (
        '<figure class="wp-block-audio"><audio controls src="/wp-content/uploads/2026/11/giettes-rouiller.mp3">'
        '</audio><figcaption class="wp-element-caption">Jean-Daniel Rouiller, au micro de Céline Berrut</figcaption></figure>'
    )
    body = "\n".join(
        [
            paras(BODY[:2]),
            audio,
            paras(BODY[2:]),
            quote,
            '<div class="rc-pub"><ins class="adsbygoogle" data-ad-slot="3391"></ins></div>',
            paras(BODY2),
        ]
    )
    page = f"""<!DOCTYPE html>
{saved_from(URL)}
<html lang="fr-FR"><head><meta charset="UTF-8">
<title>{TITLE} &#8211; Radio Chablais</title>
<link rel="canonical" href="{URL}">
<meta property="og:site_name" content="Radio Chablais"><meta property="og:type" content="article">
<meta property="og:title" content="{TITLE} &#8211; Radio Chablais"><meta property="og:url" content="{URL}">
<meta property="article:published_time" content="2026-11-26T10:15:42+00:00">
<meta property="article:section" content="Chablais valaisan">
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
{style(601, "rc", 460)}
</head><body class="post-template-default single single-post">
<header id="masthead"><a href="{BASE}/" rel="home"><img src="/wp-content/uploads/2020/05/logo-rc.png" alt="Radio Chablais"></a>
<div class="rc-live"><span>En direct</span> <button>Écouter Radio Chablais</button></div>
{menu(602, "main-navigation", BASE, ["Actualité", "Chablais valaisan", "Chablais vaudois", "Sports", "Émissions", "Podcasts"])}</header>
<div id="primary"><main id="main"><article class="post type-post status-publish format-standard has-post-thumbnail">
<header class="entry-header"><div class="cat-links"><a href="/category/chablais-valaisan/">Chablais valaisan</a></div>
<h1 class="entry-title">{TITLE}</h1>
<div class="entry-meta"><span class="byline">Par <span class="author vcard"><a class="url fn n" href="/author/cberrut/">Céline Berrut</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-11-26T11:15:42+01:00">26 novembre 2026</time></span>
<span class="comments-link"><a href="#respond">Aucun commentaire</a></span></div></header>
<div class="post-thumbnail"><img src="/wp-content/uploads/2026/11/giettes.jpg" alt=""><p class="wp-caption-text">La cabine restera en gare cet hiver. © Radio Chablais / Maxime Gay</p></div>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="tags-links">Mots-clés : <a href="/tag/monthey/">Monthey</a>, <a href="/tag/giettes/">Giettes</a></span></footer>
</article>
<div id="comments"><div id="respond"><h3 id="reply-title">Laisser un commentaire</h3><form><textarea name="comment"></textarea></form></div></div>
{related(603, 22, BASE, "rc-related", "Articles similaires")}
</main></div>
{footer(604, "Radio Chablais", BASE, ["Radio", "Info", "Contact", "Publicité"])}
{tracking(605, "radiochablais")}
</body></html>
"""
    write(
        "06_radiochablais_wordpress_podcast",
        page,
        {
            "title": TITLE,
            "publication": "Radio Chablais",
            "author": "Céline Berrut",
            "section": "Chablais valaisan",
            "date": datetime.date(2026, 11, 26),
            "source_url": URL,
            "paragraphs": [flat(p) for p in BODY + QUOTE + BODY2],
            "notes": "Radio site on WordPress: audio player with a caption inside the text is "
            "chrome; wp-block-quote of two paragraphs counts as two paragraphs, its <cite> not; "
            "&#8211; in the <title>; '60&#8239;000' narrow no-break space collapses; no standfirst "
            "(first paragraph is body text); articleSection list → first item; 'En direct' player "
            "in the header, comment form, tags are chrome.",
        },
    )
