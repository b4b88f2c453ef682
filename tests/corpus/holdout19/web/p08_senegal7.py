# ruff: noqa: E501  (page markup and article text are kept on their real lines)
"""08: Sénégal7 (SN, WordPress + Newspaper/tagDiv): news with a YouTube embed, td_pull_quote,
"LIRE AUSSI" written as a body paragraph, views and comment counters, tags."""

import datetime

from chrome import footer, menu, related, saved_from, style, tracking
from kit import flat, json_script, paras, write

BASE = "https://www.senegal7.com"
URL = f"{BASE}/thies-les-enseignants-du-moyen-secondaire-en-greve-de-72-heures/"
TITLE = "Thiès : les enseignants du moyen-secondaire en grève de 72 heures"
QUOTE = "« Nous ne demandons pas de faveur, nous demandons l’application des accords »"
BODY = [
    "Les salles de classe des collèges et lycées de la région de Thiès risquent de rester vides "
    "à partir de ce mercredi. Le Collectif des syndicats d’enseignants du moyen-secondaire a "
    "décrété une grève de 72 heures, renouvelable, pour exiger le paiement des rappels "
    "d’indemnités promis depuis l’année scolaire 2024-2025.",
    "Selon le coordonnateur régional du collectif, Ousmane Faye, près de 1&nbsp;300 enseignants "
    "attendent toujours le versement de sommes allant de 150&nbsp;000 à 600&nbsp;000 francs CFA. "
    "« Nous ne demandons pas de faveur, nous demandons l’application des accords signés avec le "
    "gouvernement », a-t-il déclaré lundi, lors d’un point de presse tenu à la Bourse du travail.",
    "Le mouvement intervient à trois semaines des compositions du premier semestre. Des parents "
    "d’élèves, réunis au sein de l’Union régionale des associations de parents, se disent "
    "inquiets. « Nos enfants ont déjà perdu deux semaines en octobre à cause des inondations », "
    "rappelle sa présidente, Mame Diarra Sène.",
    "Contactée par nos soins, l’Inspection d’académie de Thiès assure que les dossiers sont "
    "« en cours de traitement » au ministère des Finances. Un premier paiement concernant 400 "
    "enseignants serait programmé avant la fin du mois de décembre.",
    "Les syndicats, eux, attendent un calendrier écrit. Faute de réponse, ils menacent d’étendre "
    "le mot d’ordre aux régions de Diourbel et de Kaolack la semaine prochaine, et de boycotter "
    "les évaluations.",
    "En 2025, une grève similaire avait paralysé les établissements de la région pendant neuf "
    "jours avant la signature d’un protocole d’accord au gouvernorat.",
]


def build() -> None:
    """Write page 08 and its expected file."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": TITLE,
                "datePublished": "2026-11-24T16:20:31+00:00",
                "dateModified": "2026-11-24T16:58:02+00:00",
                "author": {"name": "Aïssatou Ndiaye", "@id": f"{BASE}/#/schema/person/a7"},
                "articleSection": ["Politique", "Société"],
                "commentCount": 4,
                "publisher": {"@id": f"{BASE}/#organization"},
                "image": {"@id": f"{URL}#primaryimage"},
            },
            {
                "@type": "Organization",
                "@id": f"{BASE}/#organization",
                "name": "Sénégal7",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{BASE}/wp-content/uploads/2019/01/logo-s7.png",
                },
            },
            {"@type": "Person", "@id": f"{BASE}/#/schema/person/a7", "name": "Aïssatou Ndiaye"},
        ],
    }
    body = "\n".join(
        [
            paras(BODY[:2]),
            f'<blockquote class="td_quote td_pull_quote td_pull_center"><p>{QUOTE}</p></blockquote>',
            '<p><strong>LIRE AUSSI : <a href="/education-le-saemss-et-le-cusems-deposent-un-preavis/">'
            "Éducation : le SAEMSS et le CUSEMS déposent un préavis</a></strong></p>",
            paras(BODY[2:4]),
            '<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span>'
            '<ins class="adsbygoogle" data-ad-slot="88213"></ins></div>',
            '<div class="wpb_video_wrapper"><iframe title="Grève des enseignants à Thiès : la déclaration du '
            'collectif" width="696" height="392" src="https://www.youtube.com/embed/aB3dE5fG7hI?feature=oembed" '
            "allowfullscreen></iframe></div>",
            paras(BODY[4:]),
        ]
    )
    page = f"""<!doctype html >
{saved_from(URL)}
<html lang="fr-FR"><head><meta charset="UTF-8">
<title>{TITLE} - Sénégal7</title>
<link rel="canonical" href="{URL}">
<meta property="og:locale" content="fr_FR"><meta property="og:type" content="article">
<meta property="og:title" content="{TITLE} - Sénégal7"><meta property="og:url" content="{URL}">
<meta property="og:site_name" content="Sénégal7">
<meta property="article:published_time" content="2026-11-24T16:20:31+00:00">
<meta property="article:section" content="Politique">
<meta name="author" content="Aïssatou Ndiaye">
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
{style(801, "td", 480)}
</head><body class="post-template-default single single-post td-standard-pack global-block-template-1 td-full-layout">
<div class="td-header-wrap"><div class="td-header-top-menu"><span class="td_data_time">mardi, novembre 24, 2026</span></div>
<div class="td-header-sp-logo"><a class="td-main-logo" href="{BASE}/"><img src="/wp-content/uploads/2019/01/logo-s7.png" alt="Sénégal7"></a></div>
{menu(802, "td-header-menu", BASE, ["Actualité", "Politique", "Société", "Sport", "People", "International", "Vidéos"])}</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-ss-main-content">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/actualite/">Actualité</a></li><li class="entry-category"><a href="/category/politique/">Politique</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{TITLE}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Par</div> <a href="/author/aissatou/">Aïssatou Ndiaye</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-11-24T16:20:31+00:00">24 novembre 2026</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-188234">1873</span></div>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>4</a></div></div></header></div>
<div class="td-post-sharing-top"><span class="td-social-share-text">Partager</span> <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>
<div class="td-post-featured-image"><figure><img src="/wp-content/uploads/2026/11/greve-thies.jpg" alt=""><figcaption class="wp-caption-text">Une salle de classe vide au lycée Malick-Sy (Photo d’archives)</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{body}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box"><li><span>TAGS</span></li><li><a href="/tag/education/">Éducation</a></li><li><a href="/tag/greve/">Grève</a></li><li><a href="/tag/thies/">Thiès</a></li></ul></div></footer>
<div class="comments" id="comments"><h4 class="block-title"><span>4 Commentaires</span></h4><ol class="comment-list"><li><cite>Modou</cite> <time>24 novembre 2026 à 18 h 02 min</time><p>Toujours les mêmes promesses.</p></li></ol></div>
{related(803, 26, BASE, "td-related", "Articles connexes")}
</div></div>
{footer(804, "Sénégal7", BASE, ["Rubriques", "À propos", "Contact", "Publicité"])}
{tracking(805, "senegal7")}
</body></html>
"""
    write(
        "08_senegal7_wordpress_newspaper",
        page,
        {
            "title": TITLE,
            "publication": "Sénégal7",
            "author": "Aïssatou Ndiaye",
            "section": "Politique",
            "date": datetime.date(2026, 11, 24),
            "source_url": URL,
            "pull_quotes": [QUOTE],
            "paragraphs": [flat(p) for p in BODY],
            "notes": "tagDiv Newspaper: 'LIRE AUSSI :' is a <p><strong> inside td-post-content and "
            "is not text; td_pull_quote repeats part of a paragraph; '- Advertisement -' ad, "
            "YouTube iframe, view count '1873' and comment counter are chrome; the header's "
            "'mardi, novembre 24, 2026' is the day's date (same day here); articleSection list → "
            "'Politique' (the first visible category label is 'Actualité'); Yoast author "
            "without @type.",
        },
    )
