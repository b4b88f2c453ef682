# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 07: Le Nord, Saint-Jérôme (WordPress + Yoast), local news with an IJL byline."""

import datetime

from chrome import build
from kit import flat, paras, write


def page07() -> None:
    """Yoast @graph; byline 'Par A, Initiative de journalisme local'; late-evening UTC shift."""
    base = "https://www.journallenord.com"
    url = f"{base}/saint-jerome-le-conseil-adopte-un-budget-de-212-millions-sans-hausse-de-taxes/"
    title = "Saint-Jérôme adopte un budget de 212&nbsp;M$ sans hausse de taxes résidentielles"
    p = [
        "Le conseil municipal de Saint-Jérôme a adopté, le mardi 24 novembre en soirée, un budget de 212,4&nbsp;M$ pour l’année 2027. Pour une deuxième année consécutive, le compte de taxes des propriétaires résidentiels ne bougera pas, a fait valoir le maire, Gilles Ouimet-Lacasse.",
        "«&nbsp;On a fait le choix de ne pas refiler la facture de l’inflation aux familles. Ça nous a demandé de revoir chaque ligne du budget&nbsp;», a-t-il déclaré devant une quarantaine de citoyens réunis à l’hôtel de ville.",
        "Le gel est rendu possible en partie par la croissance du rôle d’évaluation, qui a ajouté près de 1&nbsp;400 nouvelles unités de logement en deux ans, notamment dans le secteur de Bellefeuille et le long de la rivière du Nord.",
        "Les commerces et industries, eux, verront leur taux augmenter de 2,5&nbsp;%. La Chambre de commerce et d’industrie de Saint-Jérôme métropolitain dit comprendre la décision, tout en demandant que les revenus supplémentaires servent à la revitalisation du centre-ville.",
        "Le programme triennal d’immobilisations prévoit 96&nbsp;M$ d’investissements, dont 31&nbsp;M$ pour la réfection des conduites d’eau potable du quartier Saint-Antoine. Le prolongement de la piste cyclable du P’tit Train du Nord vers le parc régional de la Rivière-du-Nord obtient 4,8&nbsp;M$.",
        "Le conseiller de l’opposition Patrick Bélair a voté contre. Il reproche à l’administration de reporter, pour la troisième fois, la construction d’une nouvelle caserne de pompiers dans le secteur Lafontaine. «&nbsp;Les temps de réponse dépassent déjà les normes dans ce coin-là&nbsp;», a-t-il soutenu.",
        "Le maire a répondu qu’une étude sur l’emplacement de la future caserne serait déposée au printemps, et que le projet figurerait au prochain programme d’immobilisations.",
        "La dette nette de la Ville s’élève à 238&nbsp;M$, en baisse de 3&nbsp;% par rapport à l’an dernier. Les citoyens peuvent consulter le document budgétaire complet sur le site de la municipalité.",
    ]
    subhead = "Une caserne encore reportée"
    body = "\n".join(
        [
            paras(*p[:3]),
            '<div class="code-block code-block-3"><div id="div-gpt-ad-1605-boite"></div></div>',
            paras(*p[3:5]),
            f'<h3 class="wp-block-heading"><strong>{subhead}</strong></h3>',
            paras(*p[5:7]),
            f'<p><strong>À LIRE AUSSI&nbsp;: </strong><a href="{base}/saint-jerome-le-centre-ville-aura-son-plan-de-revitalisation/">Le centre-ville aura son plan de revitalisation</a></p>',
            paras(p[7]),
        ]
    )
    author = "Marie-Ève Charbonneau"
    ld = [
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "@id": f"{url}#article",
                    "isPartOf": {"@id": url},
                    "author": [{"name": author, "@id": f"{base}/#/schema/person/7a1c"}],
                    "headline": flat(title),
                    "datePublished": "2026-11-25T02:30:00+00:00",
                    "dateModified": "2026-11-25T13:05:12+00:00",
                    "mainEntityOfPage": {"@id": url},
                    "publisher": {"@id": f"{base}/#organization"},
                    "articleSection": ["Actualités", "Politique municipale"],
                    "inLanguage": "fr-CA",
                },
                {
                    "@type": "WebPage",
                    "@id": url,
                    "url": url,
                    "name": f"{flat(title)} - Journal Le Nord",
                    "breadcrumb": {"@id": f"{url}#breadcrumb"},
                },
                {
                    "@type": "BreadcrumbList",
                    "@id": f"{url}#breadcrumb",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                        {"@type": "ListItem", "position": 2, "name": flat(title)},
                    ],
                },
                {
                    "@type": "Organization",
                    "@id": f"{base}/#organization",
                    "name": "Journal Le Nord",
                    "url": base,
                    "logo": {
                        "@type": "ImageObject",
                        "url": f"{base}/wp-content/uploads/2023/01/logo-le-nord.png",
                    },
                },
                {"@type": "Person", "@id": f"{base}/#/schema/person/7a1c", "name": author},
            ],
        }
    ]
    metas = f"""<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="fr_CA">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)} - Journal Le Nord">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Journal Le Nord">
<meta property="article:published_time" content="2026-11-25T02:30:00+00:00">
<meta property="article:modified_time" content="2026-11-25T13:05:12+00:00">
<meta name="author" content="{author}">
<meta name="twitter:label1" content="Écrit par"><meta name="twitter:data1" content="{author}">
<meta name="twitter:label2" content="Durée de lecture estimée"><meta name="twitter:data2" content="3 minutes">"""
    article = f"""<div class="td-container"><article id="post-90412" class="post-90412 post type-post category-actualites category-politique-municipale">
<ul class="td-category"><li><a href="{base}/category/actualites/">Actualités</a></li><li><a href="{base}/category/politique-municipale/">Politique municipale</a></li></ul>
<h1 class="entry-title">{title}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">Par <a href="{base}/author/mecharbonneau/">{author}</a>, Initiative de journalisme local</div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-11-24T21:30:00-05:00">24 novembre 2026</time></span>
<div class="td-post-comments"><a href="#respond">0</a></div></div>
<figure class="wp-block-image"><img src="{base}/wp-content/uploads/2026/11/conseil-sj.jpg" alt=""><figcaption>Le maire Gilles Ouimet-Lacasse lors de la présentation du budget. (Photo Le Nord – {author})</figcaption></figure>
<div class="td-post-content tagdiv-type">
{body}
<p class="ijl-mention"><em>L’Initiative de journalisme local est financée par le gouvernement du Canada.</em></p>
</div>
<div class="td-post-source-tags"><ul class="td-tags"><li><span>ÉTIQUETTES</span></li><li><a href="{base}/tag/budget/">budget</a></li><li><a href="{base}/tag/saint-jerome/">Saint-Jérôme</a></li></ul></div>
<div id="respond" class="comment-respond"><h3>LAISSER UN COMMENTAIRE</h3></div>
</article></div>"""
    page = build(
        seed=207,
        base=base,
        url=url,
        lang="fr-CA",
        doc_title=f"{flat(title)} - Journal Le Nord",
        metas=metas,
        ld=ld,
        header="",
        article=article,
        sections=["Actualités", "Saint-Jérôme", "Mirabel", "Sports", "Culture", "Avis de décès"],
        site="Journal Le Nord",
    )
    write(
        "07_lenord_wordpress_yoast_ijl",
        page,
        {
            "title": flat(title),
            "publication": "Journal Le Nord",
            "author": author,
            "section": "Actualités",
            "date": datetime.date(2026, 11, 24),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(x) for x in p],
            "notes": "Yoast @graph: NewsArticle with an author array of bare {name,@id}, Organization by @id; published 21:30 in Québec (-05:00) = 02:30 UTC the next day in JSON-LD and article:published_time: the local date 24 November is expected (visible <time> says so). Byline 'Par A, Initiative de journalisme local' (role dropped); articleSection list, first item; subhead h3 wrapping <strong>; inline 'À LIRE AUSSI :' paragraph and the IJL funding mention are not text; comment counter '0'. Publication 'Journal Le Nord' as the site names itself.",
        },
    )
