# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 02: Le Pays Malouin (Publihebdos / actu.fr custom), paywall cut."""

import datetime

from chrome import build
from kit import flat, paras, write


def page02() -> None:
    """Paywall after four paragraphs; 'Par A' and 'Le Pays Malouin' in the byline; @graph."""
    base = "https://actu.fr"
    url = f"{base}/bretagne/saint-malo_35288/saint-malo-la-cale-de-dinan-fermee-tout-l-hiver-pour-consolider-le-quai_61234875.html"
    title = "Saint-Malo&nbsp;: la cale de Dinan fermée tout l’hiver pour consolider le quai"
    lead = "Les travaux de confortement du quai de Dinan débuteront le 7 décembre 2026. Les plaisanciers et les pêcheurs à pied devront passer par la cale de Solidor jusqu’en avril."
    p = [
        "C’est une fermeture que redoutaient les usagers du port de plaisance. La cale de Dinan, à Saint-Malo (Ille-et-Vilaine), sera interdite d’accès à partir du lundi 7&nbsp;décembre 2026, et ce jusqu’à la mi-avril 2027, a annoncé la Ville lors du conseil municipal du jeudi 26&nbsp;novembre.",
        "En cause&nbsp;: des fissures apparues sur le parement en granit du quai après les tempêtes de l’hiver dernier. «&nbsp;Un diagnostic réalisé en septembre a montré que plusieurs blocs s’étaient déplacés de quelques centimètres&nbsp;», explique Yann Le Bihan, adjoint chargé du littoral.",
        "Le chantier, estimé à 1,9&nbsp;million d’euros, consistera à injecter un coulis de béton derrière le parement puis à rejointoyer l’ensemble. Le Département et la Région financent chacun un quart de l’opération.",
        "Pour les quelque 300 plaisanciers qui utilisent la cale chaque mois, la solution de repli sera la cale de Solidor, à Saint-Servan, dont les horaires d’accès seront élargis. Une navette gratuite…",
    ]
    body = "\n".join(
        [
            paras(*p[:2]),
            f'<div class="ac-read-also"><span>À lire aussi</span><a href="{base}/bretagne/saint-malo_35288/tempete-ciaran-un-an-apres-le-sillon-panse-ses-plaies_59122210.html">Tempête&nbsp;: un an après, le Sillon panse encore ses plaies</a></div>',
            paras(p[2]),
            '<div class="ad-container" data-ad="inarticle-1"><span>Publicité</span></div>',
            paras(p[3], attrs='class="ac-truncate"'),
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
                    "datePublished": "2026-11-27T17:04:11+01:00",
                    "dateModified": "2026-11-27T17:04:11+01:00",
                    "author": [{"@type": "Person", "name": "Maëlle Guillou"}],
                    "publisher": {
                        "@type": "NewsMediaOrganization",
                        "name": "Le Pays Malouin",
                        "logo": {
                            "@type": "ImageObject",
                            "url": f"{base}/assets/logos/le-pays-malouin.png",
                        },
                    },
                    "articleSection": ["Saint-Malo", "Société"],
                    "isAccessibleForFree": False,
                    "hasPart": {
                        "@type": "WebPageElement",
                        "isAccessibleForFree": False,
                        "cssSelector": ".ac-premium",
                    },
                },
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "actu.fr", "item": base},
                        {
                            "@type": "ListItem",
                            "position": 2,
                            "name": "Bretagne",
                            "item": f"{base}/bretagne/",
                        },
                        {
                            "@type": "ListItem",
                            "position": 3,
                            "name": "Saint-Malo",
                            "item": f"{base}/bretagne/saint-malo_35288/",
                        },
                    ],
                },
            ],
        }
    ]
    metas = f"""<meta name="description" content="{lead}">
<meta property="og:site_name" content="actu.fr">
<meta property="og:type" content="article">
<meta property="og:title" content="{title} | Le Pays Malouin">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-11-27T17:04:11+01:00">
<meta property="article:section" content="Saint-Malo">
<meta property="article:tag" content="Port de plaisance">
<meta name="robots" content="max-image-preview:large">"""
    header = f'<div class="ac-journal-bandeau"><a href="{base}/le-pays-malouin/"><img src="{base}/assets/logos/le-pays-malouin.svg" alt="Le Pays Malouin"></a><a class="ac-btn" href="{base}/abonnement/le-pays-malouin">Je m’abonne au journal</a></div>'
    article = f"""<article class="ac-article">
<nav class="ac-breadcrumb"><ol><li><a href="{base}">actu.fr</a></li><li><a href="{base}/bretagne/">Bretagne</a></li><li><a href="{base}/bretagne/saint-malo_35288/">Saint-Malo</a></li></ol></nav>
<span class="ac-premium-badge">Abonnés</span>
<h1 class="ac-article-title">{title}</h1>
<p class="ac-article-chapo"><strong>{lead}</strong></p>
<div class="ac-article-byline">Par <a href="{base}/auteur/maelle-guillou">Maëlle Guillou</a> <span class="ac-journal">Le Pays Malouin</span><br>Publié le <time datetime="2026-11-27T17:04:11+01:00">27 nov. 2026 à 17h04</time></div>
<figure><img src="{base}/images/cale-dinan.jpg" alt=""><figcaption>La cale de Dinan, au pied des remparts, restera fermée jusqu’en avril. (©Le Pays Malouin)</figcaption></figure>
<div class="ac-article-content ac-premium">
{body}
</div>
<div class="ac-paywall"><p class="ac-paywall-title">Cet article vous est offert pour 1&nbsp;€ le premier mois</p><p>Pour lire la suite, abonnez-vous à Le Pays Malouin.</p><a class="ac-btn" href="{base}/abonnement">Je m’abonne</a><p>Déjà abonné&nbsp;? <a href="{base}/connexion">Se connecter</a></p></div>
<div class="ac-newsletter"><p>Cet article vous a été utile&nbsp;? Suivez Le Pays Malouin dans l’espace Mon Actu.</p></div>
</article>"""
    page = build(
        seed=202,
        base=base,
        url=url,
        lang="fr",
        doc_title=f"{flat(title)} | Le Pays Malouin",
        metas=metas,
        ld=ld,
        header=header,
        article=article,
        sections=["Bretagne", "Saint-Malo", "Dinard", "Cancale", "Faits divers", "Sport"],
        site="Publihebdos — Le Pays Malouin",
    )
    write(
        "02_lepaysmalouin_publihebdos_paywall",
        page,
        {
            "title": flat(title),
            "publication": "Le Pays Malouin",
            "author": "Maëlle Guillou",
            "section": "Saint-Malo",
            "date": datetime.date(2026, 11, 27),
            "standfirst": lead,
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "Paywall: four paragraphs, the last cut with '…', then the subscription box (incomplete). Publihebdos on actu.fr: og:site_name 'actu.fr' is the platform, the publication is the weekly (JSON-LD publisher, logo, <title>, byline); articleSection list, first item. Standfirst in <p><strong>; byline 'Par A' followed by the paper's name; 'Abonnés' badge is no kicker.",
        },
    )
