# ruff: noqa: E501  (page templates keep the lines of the HTML they imitate)
"""Pages 07 (a Québec regional newsletter on Substack, with a correction note) and 08 (Le
Régional, a Romandy weekly on Wix, with a gallery)."""

from __future__ import annotations

import datetime
import json

from kit import css_blob, flat, json_script, menu, related, teasers, write

BASE_07 = "https://lefilfjord.substack.com"
URL_07 = f"{BASE_07}/p/riviere-eternite-lepicerie-rouvre-en-cooperative"
CORRECTION_07 = (
    "<em>Correction, 27 novembre : une version précédente de ce texte indiquait que la "
    "coopérative comptait 310 membres. Elle en compte 230.</em>"
)
BODY_07 = [
    "Il était 9 h samedi quand Josée Lavoie a tourné la clé dans la porte du dépanneur "
    "Bouchard, fermé depuis le printemps. Une vingtaine de personnes attendaient déjà sur le "
    "perron, malgré les moins douze degrés.",
    "Pour les 450 habitants de Rivière-Éternité, la fermeture de la seule épicerie du village "
    "avait été un coup dur. Le plus proche marché d’alimentation se trouve à L’Anse-Saint-Jean, "
    "à une vingtaine de minutes de route, davantage quand la 170 est enneigée.",
    "## Deux cent trente membres",
    "L’idée d’une coopérative est venue d’une assemblée de cuisine, en juin. Chaque membre a "
    "versé une part de 100 $, et la municipalité a cédé le bâtiment pour un dollar symbolique. "
    "Une subvention régionale de 85 000 $ a servi à remplacer les réfrigérateurs et le toit.",
    "« On ne voulait pas juste un dépanneur, on voulait un lieu où se croiser », explique "
    "Josée Lavoie, qui préside le conseil d’administration. Un coin café de six places a été "
    "aménagé près de la vitrine, et le comptoir postal a rouvert lui aussi.",
    "## Des prix à surveiller",
    "Le défi sera de rester ouvert. Les prix sont un peu plus élevés qu’en ville, reconnaît "
    "le gérant, Mathieu Girard, embauché à temps plein avec deux employées à temps partiel. "
    "La coopérative mise sur les produits locaux, bleuets, fromages de la Baie et pain d’un "
    "boulanger de Petit-Saguenay, pour fidéliser sa clientèle.",
    "Il faudra vendre pour environ 9 000 $ par semaine pour équilibrer le budget, selon le "
    "plan d’affaires. La première journée, la caisse a enregistré un peu plus de 3 000 $.",
    CORRECTION_07,
]


def page_07() -> None:
    """Le Fil du Fjord (Saguenay, Québec), a Substack newsletter post."""
    h1 = "Rivière-Éternité a retrouvé son épicerie"
    subtitle = "Fermé depuis avril, le dépanneur du village rouvre en coopérative. Reportage."
    blocks = []
    for text in BODY_07:
        if text.startswith("## "):
            blocks.append(f'<h2 class="header-anchor-post">{text[3:]}</h2>')
        else:
            blocks.append(f"<p>{text}</p>")
    blocks.insert(
        2,
        '<div class="captioned-image-container"><figure><a class="image-link image2" '
        'href="https://substackcdn.com/image/fetch/f_auto/epicerie.jpeg"><img src="https://'
        'substackcdn.com/image/fetch/w_1456,c_limit,f_auto/epicerie.jpeg" width="1456" '
        'height="971" alt=""></a><figcaption class="image-caption">La file d’attente devant '
        "l’épicerie, samedi matin. Photo : Émilie Tremblay-Gagnon</figcaption></figure></div>",
    )
    blocks.insert(
        6,
        '<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe">'
        '<div class="preamble"><p class="cta-caption">Le Fil du Fjord est une infolettre '
        "indépendante. Abonnez-vous gratuitement pour recevoir les prochains numéros.</p></div>"
        '<form class="subscription-widget-subscribe"><input type="email" placeholder="Tapez votre '
        'courriel…"><input type="submit" value="S’abonner"></form></div></div>',
    )
    paragraphs = [flat(t) for t in BODY_07 if not t.startswith("## ")]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "url": URL_07,
        "mainEntityOfPage": URL_07,
        "headline": h1,
        "description": subtitle,
        "datePublished": "2026-11-26T11:02:17.000Z",
        "dateModified": "2026-11-27T14:40:03.000Z",
        "isAccessibleForFree": True,
        "author": [
            {
                "@type": "Person",
                "name": "Émilie Tremblay-Gagnon",
                "url": "https://substack.com/@etgagnon",
            }
        ],
        "publisher": {"@type": "Organization", "name": "Le Fil du Fjord", "url": BASE_07},
    }
    preloads = {
        "pub": {"name": "Le Fil du Fjord", "subdomain": "lefilfjord", "language": "fr"},
        "post": {
            "title": h1,
            "subtitle": subtitle,
            "post_date": "2026-11-26T11:02:17.000Z",
            "audience": "everyone",
            "comment_count": 3,
        },
        "recommendations": teasers(71, 10, "https://substack.com/p", ["fjord", "Saguenay"]),
    }
    comments = "".join(
        f'<div class="comment"><div class="comment-meta"><a class="commenter-name">{name}</a>'
        f'<span class="comment-date">{when}</span></div><div class="comment-body"><p>{text}</p>'
        "</div></div>"
        for name, when, text in [
            ("Lucie B.", "26 nov.", "Bravo à toute l’équipe, on y était samedi!"),
            ("Réal Simard", "26 nov.", "Le pain de Petit-Saguenay vaut le détour à lui seul."),
            ("Guylaine", "27 nov.", "Merci pour la correction sur le nombre de membres."),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Rivière-Éternité a retrouvé son épicerie - by Émilie Tremblay-Gagnon</title>
<meta name="description" content="{subtitle}">
<link rel="canonical" href="{URL_07}">
<meta property="og:type" content="article"><meta property="og:url" content="{URL_07}">
<meta property="og:title" content="{h1}"><meta property="og:description" content="{subtitle}">
<meta property="og:site_name" content="Le Fil du Fjord">
<meta name="author" content="Émilie Tremblay-Gagnon">
{json_script(ld)}
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.css">
<style>{css_blob(72, "pencraft", 1000)}</style>
</head><body class="pc-root">
<div id="entry"><div class="main-menu"><div class="topbar-content"><a href="{BASE_07}/" class="navbar-title-link">Le Fil du Fjord</a>
<div class="navbar-buttons"><a href="{BASE_07}/subscribe" class="button primary">S’abonner</a><a href="https://substack.com/sign-in" class="button">Se connecter</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{h1}</h1>
<h3 class="subtitle">{subtitle}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@etgagnon">Émilie Tremblay-Gagnon</a></div>
<div class="post-date"><time datetime="2026-11-26T11:02:17.000Z">26 nov. 2026</time></div></div>
<div class="post-ufi"><button class="like-button">12</button><button class="comment-button">3</button><button class="share">Partager</button></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{"".join(blocks)}
</div></div>
<div class="post-footer"><div class="subscribe-footer"><p>Merci de lire Le Fil du Fjord! Abonnez-vous pour recevoir les prochains numéros.</p></div></div>
</article>
<div id="discussion" class="comments-section"><h4>Discussion à propos de ce billet</h4>{comments}</div>
<div class="more-posts"><h4>Billets récents</h4>{related(73, BASE_07 + "/p", "post-preview", 5)}</div>
</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer">© 2026 Émilie Tremblay-Gagnon · <a href="https://substack.com/privacy">Confidentialité</a> · <a href="https://substack.com/tos">Conditions</a></div></div></div>
<script>window._preloads = JSON.parse({json.dumps(json.dumps(preloads, ensure_ascii=False), ensure_ascii=False)})</script>
<script src="https://substackcdn.com/bundle/assets/entry-3f9a1c.js" defer></script>
</body></html>
"""
    write(
        "07_lefilfjord_substack_correction",
        page,
        {
            "title": h1,
            "publication": "Le Fil du Fjord",
            "author": "Émilie Tremblay-Gagnon",
            "section": None,
            "date": datetime.date(2026, 11, 26),
            "standfirst": subtitle,
            "source_url": URL_07,
            "subheads": [t[3:] for t in BODY_07 if t.startswith("## ")],
            "paragraphs": paragraphs,
            "notes": "Substack newsletter from the Saguenay: subtitle in h3.subtitle is the "
            "standfirst; h2 subheads; captioned image; subscribe widget inside the body; the "
            "italic correction note at the end is body text (kept as the last paragraph); "
            "<title> ends with ' - by Author'; date 'nov. 26' in UTC = same day in Québec; no "
            "section anywhere; window._preloads; comments.",
        },
    )


BASE_08 = "https://www.leregional.ch"
URL_08 = f"{BASE_08}/post/corsier-la-salle-du-parc-rouvre-ses-portes"
BODY_08 = [
    "Après deux ans de travaux et quelques sueurs froides, la salle du Parc a rouvert ses "
    "portes samedi à Corsier-sur-Vevey. Près de 400 personnes ont assisté à l’inauguration, "
    "animée par la fanfare du village et le chœur des écoles.",
    "Construite en 1964, la salle ne répondait plus aux normes incendie ni aux besoins des "
    "sociétés locales. Le Conseil communal avait voté en 2024 un crédit de 6,8 millions de "
    "francs pour la rénover. La facture finale atteint 7,1 millions, un dépassement que la "
    "Municipalité attribue à la hausse des prix des matériaux et à la découverte d’amiante "
    "dans la toiture.",
    "« Nous avons eu des moments difficiles, mais le résultat est là », a lancé le syndic, "
    "Pierre-Alain Cuénod, devant un public qui découvrait la nouvelle scène, agrandie de "
    "quatre mètres, et les gradins escamotables.",
    "La salle peut désormais accueillir 450 personnes assises, contre 320 auparavant. Le "
    "bâtiment est chauffé par une pompe à chaleur et couvert de panneaux solaires qui "
    "devraient couvrir environ la moitié de sa consommation annuelle.",
    "Les sociétés locales ont déjà réservé une bonne partie du calendrier. Le théâtre amateur "
    "y jouera sa revue en février, le club de gymnastique y organisera sa soirée annuelle en "
    "mars et le marché de Noël s’y installera dès le 12 décembre.",
    "Les particuliers pourront aussi louer la salle pour des fêtes de famille, à des tarifs "
    "qui restent à fixer. La Municipalité promet une décision d’ici la fin de l’année.",
]


def page_08() -> None:
    """Le Régional (Vaud, Switzerland), a weekly's blog post on Wix, with a gallery."""
    h1 = "Corsier: la salle du Parc rouvre ses portes"
    rich = "".join(
        f'<p class="mm8Nw _1j-51 roLFQS _1FoOD _3M0Fe" dir="auto"><span class="_2PHJq public-'
        f'DraftStyleDefault-ltr">{text}</span></p>'
        for text in BODY_08[:3]
    )
    gallery = "".join(
        f'<div class="gallery-item-container" data-idx="{i}"><wow-image><img src="https://static.'
        f'wixstatic.com/media/5b2e0c_{i}a8f.jpg/v1/fill/w_640,h_427/salle-{i}.jpg" alt=""></wow-'
        f'image><div class="gallery-item-title">{caption}</div></div>'
        for i, caption in enumerate(
            [
                "La nouvelle scène, agrandie de quatre mètres.",
                "Le chœur des écoles.",
                "Le syndic lors de son discours. Photos: Nadia Perrin",
            ]
        )
    )
    rich += f'<div class="pro-gallery" data-hook="gallery-widget">{gallery}</div>'
    rich += "".join(
        f'<p class="mm8Nw _1j-51 roLFQS _1FoOD _3M0Fe" dir="auto"><span>{text}</span></p>'
        for text in BODY_08[3:]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": h1,
        "url": URL_08,
        "datePublished": "2026-11-28T16:20:11.482Z",
        "dateModified": "2026-11-30T08:03:47.120Z",
        "author": {"@type": "Person", "name": "Nadia Perrin"},
        "articleBody": " ".join(flat(x) for x in BODY_08),
        "publisher": {"@type": "Organization", "name": "Le Régional"},
    }
    warmup = {
        "appsWarmupData": {
            "blog": {"posts": teasers(81, 14, BASE_08 + "/post", ["Riviera", "Vevey"])}
        }
    }
    page = f"""<!DOCTYPE html>
<html lang="fr"><head>
<meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder">
<title>Corsier: la salle du Parc rouvre ses portes</title>
<meta name="description" content="Après deux ans de travaux, la salle du Parc a rouvert samedi à Corsier-sur-Vevey.">
<link rel="canonical" href="{URL_08}">
<meta property="og:title" content="Corsier: la salle du Parc rouvre ses portes">
<meta property="og:url" content="{URL_08}"><meta property="og:site_name" content="Le Régional">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-28T16:20:11.482Z">
<meta property="article:modified_time" content="2026-11-30T08:03:47.120Z">
{json_script(ld)}
<style id="css_masterPage">{css_blob(82, "comp", 1300)}</style>
<script type="text/javascript">window.viewerModel = {json.dumps({"siteFeatures": ["tpaCommons", "seo"], "language": {"userLanguage": "fr"}})};</script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
<div id="CONSENT_BANNER" class="consent-policy-bar"><p>Ce site utilise des cookies.</p><button>Accepter</button><button>Paramètres</button></div>
<header id="SITE_HEADER" class="wixui-header"><div class="wixui-rich-text"><h2 class="font_0">Le Régional</h2><p class="font_8">L’hebdomadaire de la Riviera et du Pays-d’Enhaut</p></div>
<nav id="DrpDwnMn0" class="wixui-dropdown-menu">{menu(83, "wixui-dropdown-menu", BASE_08, ["Accueil", "Riviera", "Pays-d'Enhaut", "Sport", "Agenda", "Annonces"], per=4)}</nav></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section class="blog-post-page">
<nav data-hook="breadcrumbs" class="breadcrumbs"><ol><li><a href="{BASE_08}/blog">Blog</a></li><li><a href="{BASE_08}/blog/categories/riviera">Riviera</a></li><li><span>{h1}</span></li></ol></nav>
<article data-hook="post" class="blog-post">
<div class="post-metadata"><div data-hook="avatar-image"><img src="https://static.wixstatic.com/media/avatar-np.jpg" alt=""></div>
<span data-hook="user-name" class="post-metadata__author">Nadia Perrin</span>
<ul><li><span data-hook="time-ago" class="post-metadata__date">28 nov. 2026</span></li><li><span data-hook="time-to-read">3 min de lecture</span></li></ul>
<span class="post-metadata__updated">Mis à jour : 30 nov. 2026</span></div>
<h1 data-hook="post-title" class="blog-post-title-font post-title">{h1}</h1>
<div data-hook="post-description" class="post-content__body"><div data-id="rich-content-viewer" class="rich-content">
{rich}
</div></div>
<div class="post-footer"><ul class="post-tags"><li><a href="{BASE_08}/blog/tags/corsier-sur-vevey">Corsier-sur-Vevey</a></li><li><a href="{BASE_08}/blog/tags/culture">culture</a></li></ul>
<div class="post-stats"><span>128 vues</span><span>0 commentaire</span></div></div>
</article>
<section data-hook="recent-posts" class="recent-posts"><h2>Posts récents</h2><a href="{BASE_08}/blog">Voir tout</a>{related(84, BASE_08 + "/post", "post-list", 3)}</section>
<section data-hook="comments" class="comments"><h3>Commentaires</h3><p>Écrire un commentaire…</p></section>
</section></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><p>© 2026 Le Régional – Case postale 64, 1800 Vevey</p><p>Créé avec Wix.com</p></footer>
</div></div></div>
<script type="application/json" id="wix-warmup-data">{json.dumps(warmup, ensure_ascii=False)}</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4e2b.bundle.min.js" async></script>
</body></html>
"""
    write(
        "08_leregional_wix_gallery",
        page,
        {
            "title": h1,
            "publication": "Le Régional",
            "author": "Nadia Perrin",
            "section": "Riviera",
            "date": datetime.date(2026, 11, 28),
            "source_url": URL_08,
            "paragraphs": [flat(x) for x in BODY_08],
            "notes": "Wix blog post of a local weekly: metadata (author, '28 nov. 2026', reading "
            "time, 'Mis à jour') before the h1; text in Draft.js spans; pro-gallery of three "
            "captions between paragraphs; BlogPosting with articleBody as one string; breadcrumb "
            "'Blog / Riviera' gives the section; <title> without the site name; no agency.",
        },
    )
