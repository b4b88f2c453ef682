# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""Page 06: Acadie Nouvelle (WordPress + Yoast @graph), late-evening local date, UTC in JSON-LD."""

import datetime

import chrome
from kit import ld_script, save, text_of, texts_of, wrap

BASE = "https://www.acadienouvelle.com"


def page06() -> None:
    """Acadie Nouvelle: bold first paragraph, strong-only subheads, figure.quote, inline 'À lire aussi'."""
    url = (
        f"{BASE}/actualites/2026/11/26/le-conseil-scolaire-vote-la-fermeture-de-lecole-sainte-rose/"
    )
    title = "Le conseil scolaire vote la fermeture de l’école Sainte-Rose, à Saint-Isidore"
    subheads = ["Des classes modulaires à Paquetville", "Un recours envisagé"]
    quote = "«Une école qui ferme, c’est un village qui perd son cœur.»"
    p = [
        "<strong>SAINT-ISIDORE – Après plus de trois heures de débats houleux, le Conseil "
        "d’éducation du District scolaire francophone Nord-Est a voté jeudi soir, par sept voix "
        "contre quatre, la fermeture de l’école Sainte-Rose à la fin de l’année scolaire.</strong>",
        "Une centaine de parents avaient pris place dans le gymnase de l’école pour assister à la "
        "réunion publique, certains brandissant des pancartes «Sauvons Sainte-Rose». L’établissement, "
        "qui accueille 61&nbsp;élèves de la maternelle à la 5<sup>e</sup>&nbsp;année, a été construit en 1958.",
        "Selon le rapport présenté par la direction générale, le bâtiment nécessiterait des travaux "
        "de 4,3&nbsp;millions&nbsp;$ pour remplacer le système de chauffage, désamianter le sous-sol "
        "et rendre les lieux accessibles aux fauteuils roulants.",
        "Les élèves seront transférés dès septembre à l’école La Ruche de Paquetville, à "
        "14&nbsp;kilomètres. Le district y installera deux classes modulaires en attendant "
        "l’agrandissement promis pour 2029.",
        "La présidente du conseil, Louise Robichaud, a reconnu une «décision déchirante». «Nous ne "
        "pouvons pas demander aux contribuables d’investir quatre millions pour 61&nbsp;élèves quand "
        "une école moderne se trouve à quinze minutes», a-t-elle plaidé.",
        "L’argument n’a pas convaincu le comité de parents. Sa porte-parole, Janelle Godin, mère de "
        "deux enfants inscrits à Sainte-Rose, a rappelé que le trajet en autobus dépasserait "
        "quarante minutes pour les familles des rangs les plus éloignés.",
        "«Une école qui ferme, c’est un village qui perd son cœur. Les jeunes familles ne "
        "viendront plus s’installer ici», a-t-elle lancé sous les applaudissements.",
        "Le comité étudie la possibilité de contester la décision devant la Cour du Banc du Roi. "
        "Il reproche au district de ne pas avoir consulté la municipalité, propriétaire du terrain "
        "de soccer attenant à l’école.",
        "Le maire de Saint-Isidore, Gilles Thériault, a indiqué qu’une séance extraordinaire du "
        "conseil municipal se tiendrait la semaine prochaine pour discuter d’un éventuel appui "
        "financier au recours.",
    ]
    read_also = f'<p><strong>À lire aussi:</strong> <a href="{BASE}/actualites/2026/10/02/ecoles-rurales-le-district-publie-son-plan/">Écoles rurales: le district publie son plan de révision</a></p>'
    body = "\n".join(
        [
            wrap(p[:3]),
            read_also,
            f"<p><strong>{subheads[0]}</strong></p>",
            wrap(p[3:6]),
            f'<figure class="quote"><blockquote><p>{quote}</p></blockquote><figcaption>— Janelle Godin, porte-parole du comité de parents</figcaption></figure>',
            wrap(p[6:7]),
            '<div class="code-block code-block-3"><div id="div-gpt-ad-boite-3"></div><span class="pub">Publicité</span></div>',
            f"<p><strong>{subheads[1]}</strong></p>",
            wrap(p[7:]),
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": "Mathieu Comeau", "@id": f"{BASE}/#/schema/person/7f3a"},
                "headline": text_of(title),
                "datePublished": "2026-11-27T03:30:00+00:00",
                "dateModified": "2026-11-27T12:04:51+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 402,
                "publisher": {"@id": f"{BASE}/#organization"},
                "articleSection": ["Actualités", "Éducation"],
                "inLanguage": "fr-CA",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{text_of(title)} | Acadie Nouvelle",
                "isPartOf": {"@id": f"{BASE}/#website"},
                "datePublished": "2026-11-27T03:30:00+00:00",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "fr-CA",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{BASE}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Éducation",
                        "item": f"{BASE}/education/",
                    },
                    {"@type": "ListItem", "position": 3, "name": text_of(title)},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{BASE}/#website",
                "url": f"{BASE}/",
                "name": "Acadie Nouvelle",
                "inLanguage": "fr-CA",
            },
            {
                "@type": "Organization",
                "@id": f"{BASE}/#organization",
                "name": "Acadie Nouvelle",
                "url": f"{BASE}/",
            },
            {
                "@type": "Person",
                "@id": f"{BASE}/#/schema/person/7f3a",
                "name": "Mathieu Comeau",
                "url": f"{BASE}/author/mcomeau/",
            },
        ],
    }
    nav = chrome.nav_menu(
        206,
        BASE,
        "td-menu",
        [
            "Actualités",
            "Éducation",
            "Économie",
            "Sports",
            "Arts et spectacles",
            "Chroniques",
            "Nécrologie",
        ],
        7,
    )
    page = f"""<!doctype html >
<html lang="fr-CA">
<head>
<meta charset="UTF-8" />
<title>{text_of(title)} | Acadie Nouvelle</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<!-- This site is optimized with the Yoast SEO Premium plugin v23.4 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="Le Conseil d’éducation a voté par sept voix contre quatre la fermeture de l’école Sainte-Rose." />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_CA" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{text_of(title)} | Acadie Nouvelle" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Acadie Nouvelle" />
<meta property="article:published_time" content="2026-11-27T03:30:00+00:00" />
<meta property="article:modified_time" content="2026-11-27T12:04:51+00:00" />
<meta name="author" content="Mathieu Comeau" />
{ld_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<!-- / Yoast SEO Premium plugin. -->
<style id="td-theme-inline-css">{chrome.stylesheet(6, "td", 360)}</style>
{chrome.trackers(6, "acadie", 45)}
</head>
<body class="post-template-default single single-post td-standard-pack">
{chrome.consent_box("onetrust")}
<div class="td-header-wrap"><div class="td-header-top-menu"><span class="td_data_time">vendredi 27 novembre 2026</span></div><a class="td-logo" href="{BASE}/">Acadie Nouvelle</a><nav>{nav}</nav></div>
<div class="td-main-content-wrap"><div class="td-container">
<div class="entry-crumbs"><span><a href="{BASE}/">Accueil</a></span> <i class="td-icon-right"></i> <span><a href="{BASE}/education/">Éducation</a></span> <i class="td-icon-right"></i> <span class="td-bred-no-url-last">{title}</span></div>
<article id="post-412907" class="post-412907 post type-post status-publish category-actualites category-education">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{BASE}/actualites/">Actualités</a></li><li class="entry-category"><a href="{BASE}/education/">Éducation</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{title}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">Par <a href="{BASE}/author/mcomeau/">Mathieu Comeau</a></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-11-26T23:30:00-04:00">26 novembre 2026 à 23 h 30</time></span></div></header></div>
<div class="td-post-featured-image"><figure><img src="{BASE}/wp-content/uploads/2026/11/ecole-sainte-rose.jpg" alt="" width="1068" height="712"><figcaption class="wp-caption-text">Une centaine de parents ont assisté à la réunion dans le gymnase de l’école Sainte-Rose. - Acadie Nouvelle: Mathieu Comeau</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{body}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags"><li><a href="{BASE}/tag/district-scolaire-francophone-nord-est/">DSF-NE</a></li><li><a href="{BASE}/tag/saint-isidore/">Saint-Isidore</a></li></ul></div></footer>
</article>
<div class="td_block_related_posts">{chrome.teaser_grid(61, 80, BASE, "td-related", "Articles similaires")}</div>
<div class="comments" id="comments"><h3 class="td-comments-title">2 commentaires</h3><ol class="comment-list"><li class="comment"><footer><cite class="fn">Réjean L.</cite> <time datetime="2026-11-27T07:12:00-04:00">27 novembre 2026 à 7 h 12</time></footer><p>Triste nouvelle pour notre communauté. On ferme les écoles et après on se demande pourquoi les jeunes partent.</p></li><li class="comment"><footer><cite class="fn">M. Savoie</cite></footer><p>Quatre millions pour un vieux bâtiment, le district n’avait pas vraiment le choix.</p></li></ol></div>
</div></div>
{chrome.site_footer("Acadie Nouvelle", "Acadie Média", ["À propos", "Publicité", "Politique de confidentialité", "Nous joindre"])}
</body>
</html>
"""
    save(
        "06_acadienouvelle_yoast_graph_local_date",
        page,
        {
            "title": text_of(title),
            "publication": "Acadie Nouvelle",
            "author": "Mathieu Comeau",
            "section": "Actualités",
            "date": datetime.date(2026, 11, 26),
            "source_url": url,
            "subheads": subheads,
            "pull_quotes": [quote],
            "paragraphs": texts_of(p),
            "notes": "WordPress (tagDiv) with a Yoast @graph: NewsArticle, WebPage, "
            "BreadcrumbList, WebSite, Organization, Person; articleSection list, first item "
            "'Actualités' (the visible breadcrumb ends with 'Éducation'). Published 23 h 30 "
            "Atlantic time: JSON-LD and article:published_time say 2026-11-27T03:30 UTC, the "
            "page's own date is the 26th (<time datetime> with -04:00). No standfirst: the "
            "first paragraph, in <strong>, with dateline, is body text. Subheads are "
            "strong-only paragraphs; 'À lire aussi:' is a paragraph of links (not text); "
            "figure.quote pull quote with figcaption attribution; header date of the day; "
            "comments with dates.",
        },
    )
