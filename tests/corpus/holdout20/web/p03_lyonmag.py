# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 03: Lyon Mag (WordPress), explainer with a numbered list, the site as author."""

import datetime

from chrome import build
from kit import flat, paras, write


def page03() -> None:
    """Explainer: ol of five points after an intro; 'Par LyonMag' (no person); Yoast @graph."""
    base = "https://www.lyonmag.com"
    url = f"{base}/article/141877/zfe-de-lyon-ce-qui-change-au-1er-janvier-2027-en-cinq-points"
    title = "ZFE de Lyon&nbsp;: ce qui change au 1<sup>er</sup> janvier 2027 en cinq points"
    intro = [
        "La Métropole de Lyon a voté lundi soir le nouveau calendrier de sa zone à faibles émissions (ZFE). Après plusieurs reports, les règles vont de nouveau évoluer au 1<sup>er</sup>&nbsp;janvier. LyonMag fait le point sur ce qui attend les automobilistes.",
    ]
    items = [
        "<strong>Le périmètre s’agrandit.</strong> La zone couvre désormais, en plus de Lyon et Villeurbanne, les communes de Bron, Vénissieux, Caluire-et-Cuire et une partie d’Oullins-Pierre-Bénite, soit environ 720&nbsp;000 habitants.",
        "<strong>Les Crit’Air 3 interdits en semaine.</strong> Les véhicules particuliers classés Crit’Air 3 ne pourront plus circuler du lundi au vendredi, de 6 heures à 20 heures. Le week-end reste autorisé jusqu’en 2028.",
        "<strong>Une année de pédagogie.</strong> Les contrôles par caméras de lecture de plaques ne débuteront qu’en janvier 2028. D’ici là, les policiers municipaux pourront verbaliser, mais la Métropole leur demande de privilégier l’avertissement.",
        "<strong>Des dérogations élargies.</strong> Les « petits rouleurs », qui parcourent moins de 8&nbsp;000 kilomètres par an, pourront demander un pass de 52 jours de circulation. Les soignants à domicile et les artisans bénéficient d’un délai supplémentaire d’un an.",
        "<strong>Des aides revalorisées.</strong> La prime à la conversion grimpe à 5&nbsp;000&nbsp;euros pour les ménages non imposables qui remplacent un véhicule Crit’Air 3 ou plus ancien, cumulable avec les aides de l’État.",
    ]
    after = [
        "Le vote n’a pas fait l’unanimité. Le groupe d’opposition Synergies Métropole a dénoncé «&nbsp;une écologie punitive qui frappe d’abord les habitants de l’Est lyonnais&nbsp;», par la voix de son président, Mathieu Vernay. La majorité écologiste assure au contraire que le dispositif protège les quartiers les plus exposés à la pollution du périphérique.",
        "Selon Atmo Auvergne-Rhône-Alpes, les concentrations de dioxyde d’azote ont baissé de 14&nbsp;% le long des grands axes depuis 2022. L’observatoire estime que les nouvelles restrictions pourraient faire gagner encore quelques points d’ici à 2030.",
        "Un simulateur en ligne permet de vérifier si son véhicule est concerné et à quelles aides on peut prétendre. Des permanences d’information seront organisées dans les mairies d’arrondissement en décembre.",
    ]
    subhead = "Une opposition vent debout"
    body = "\n".join(
        [
            paras(*intro),
            '<ol class="wp-block-list">' + "".join(f"<li>{i}</li>" for i in items) + "</ol>",
            '<div class="lyonmag-pub"><!-- /21770434/lyonmag_inread --><div id="div-gpt-ad-inread"></div></div>',
            f'<h2 class="wp-block-heading">{subhead}</h2>',
            paras(*after[:2]),
            f'<p class="lire-aussi"><strong>Lire aussi&nbsp;:</strong> <a href="{base}/article/139002/zfe-la-metropole-repousse-encore-les-controles">ZFE&nbsp;: la Métropole repousse encore les contrôles</a></p>',
            paras(after[2]),
        ]
    )
    ld = [
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "@id": f"{url}#article",
                    "headline": flat(title),
                    "datePublished": "2026-11-24T09:15:00+01:00",
                    "dateModified": "2026-11-24T09:40:00+01:00",
                    "author": {
                        "@type": "Person",
                        "name": "LyonMag",
                        "@id": f"{base}/#/schema/person/1",
                    },
                    "publisher": {"@id": f"{base}/#organization"},
                    "articleSection": ["Politique", "Environnement"],
                    "keywords": ["ZFE", "Métropole de Lyon", "Crit'Air"],
                    "inLanguage": "fr-FR",
                },
                {
                    "@type": "Organization",
                    "@id": f"{base}/#organization",
                    "name": "LyonMag",
                    "logo": {
                        "@type": "ImageObject",
                        "url": f"{base}/wp-content/uploads/logo-lyonmag.png",
                    },
                },
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                        {
                            "@type": "ListItem",
                            "position": 2,
                            "name": "Politique",
                            "item": f"{base}/politique",
                        },
                        {"@type": "ListItem", "position": 3, "name": flat(title)},
                    ],
                },
            ],
        }
    ]
    metas = f"""<meta name="description" content="Périmètre, Crit'Air 3, contrôles, dérogations, aides : le point sur la ZFE lyonnaise.">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)} - LyonMag">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="LyonMag">
<meta property="article:publisher" content="https://www.facebook.com/lyonmag">
<meta property="article:published_time" content="2026-11-24T08:15:00+00:00">
<meta property="article:modified_time" content="2026-11-24T08:40:00+00:00">
<meta name="author" content="LyonMag">
<link rel="shortlink" href="{base}/?p=141877">"""
    article = f"""<div class="container"><article id="post-141877" class="post-141877 post type-post status-publish category-politique tag-zfe">
<div class="entry-header"><a class="cat-label" href="{base}/politique">Politique</a>
<h1 class="entry-title">{title}</h1>
<div class="entry-meta">Par <span class="author vcard"><a href="{base}/author/lyonmag">LyonMag</a></span> &middot; <time class="entry-date published" datetime="2026-11-24T09:15:00+01:00">24/11/2026 à 09:15</time> <span class="comments-link"><a href="#comments">12 commentaires</a></span></div></div>
<figure class="wp-block-image"><img src="{base}/wp-content/uploads/2026/11/zfe-lyon.jpg" alt=""><figcaption class="wp-element-caption">Un panneau ZFE à l’entrée de Lyon - LyonMag</figcaption></figure>
<div class="entry-content">
{body}
</div>
<div class="post-tags">Tags&nbsp;: <a href="{base}/tag/zfe" rel="tag">ZFE</a>, <a href="{base}/tag/pollution" rel="tag">pollution</a>, <a href="{base}/tag/metropole" rel="tag">Métropole de Lyon</a></div>
<div class="share-bar"><a href="#">Partager sur Facebook</a> <a href="#">Partager sur X</a></div>
<div id="comments" class="comments-area"><h3>12 commentaires</h3><ol class="comment-list"><li class="comment"><p>Et les bus TCL, ils sont tous Crit'Air 1&nbsp;?</p></li><li class="comment"><p>Encore une usine à gaz.</p></li></ol></div>
</article></div>"""
    page = build(
        seed=203,
        base=base,
        url=url,
        lang="fr-FR",
        doc_title=f"{flat(title)} - LyonMag",
        metas=metas,
        ld=ld,
        header="",
        article=article,
        sections=["Actualité", "Politique", "Économie", "Sport", "Culture", "Faits divers"],
        site="LyonMag",
    )
    write(
        "03_lyonmag_wordpress_explainer_list",
        page,
        {
            "title": flat(title),
            "publication": "LyonMag",
            "author": None,
            "section": "Politique",
            "date": datetime.date(2026, 11, 24),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(x) for x in intro + items + after],
            "notes": "Explainer: intro paragraph then an ol of five items (each a paragraph, its <strong> lead-in kept); '1<sup>er</sup>' in the h1. 'Par LyonMag': the site is the WordPress user and a JSON-LD Person, so author null. articleSection list; article:published_time in UTC (08:15Z, same day). Inline 'Lire aussi :' paragraph, ad, tags, share bar, comments not text. og:title with ' - LyonMag'.",
        },
    )
