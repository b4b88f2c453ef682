"""Page 10: Radio Okapi (WordPress + Yoast), `<br>`-split text with a table of figures."""

from __future__ import annotations

import datetime

import chrome as c
from kit import Body, json_script, write

OKAPI = "https://www.radiookapi.net"
ROWS = [
    ["Chefferie", "Ménages", "Personnes"],
    ["Bahema Nord", "812", "4 230"],
    ["Walendu Pitsi", "1 045", "5 118"],
    ["Bahema Badjere", "396", "2 014"],
    ["Ndo Okebo", "171", "905"],
    ["Total", "2 424", "12 267"],
]


def okapi_body() -> Body:
    """One div: segments separated by <br /><br />, a table of figures in the middle."""
    b = Body()
    b.br(
        "Plus de 12 000 personnes déplacées ont regagné leurs villages d’origine depuis le "
        "début du mois d’octobre dans le territoire de Djugu, en Ituri. C’est ce qu’a indiqué, "
        "samedi 14 novembre à Bunia, la commission provinciale chargée du mouvement des "
        "populations.",
        "Selon son rapporteur, Jean-Pierre Lokana, ces retours ont été rendus possibles par "
        "l’accalmie observée dans plusieurs chefferies après le déploiement de nouvelles "
        "positions des FARDC et des casques bleus de la MONUSCO le long de la route nationale "
        "numéro 27.",
        "« Les gens rentrent parce qu’ils veulent préparer la saison culturale. Mais beaucoup "
        "trouvent leurs maisons détruites et leurs champs envahis par la brousse », a-t-il "
        "déclaré.",
        "Le tableau ci-dessous, présenté par la commission, détaille les retours enregistrés "
        "par chefferie :",
    )
    b.table(ROWS, attrs='class="table-chiffres" border="1" cellpadding="4"')
    b.chrome("<br />")
    b.br(
        "Selon la même commission, environ 3 000 autres personnes attendent encore de pouvoir "
        "rentrer dans les chefferies voisines, où la situation reste jugée instable.",
        "Les humanitaires appellent toutefois à la prudence. Le Bureau de coordination des "
        "affaires humanitaires (OCHA) rappelle que plus de 1,5 million de personnes restent "
        "déplacées dans la province de l’Ituri, dont une grande partie vit dans des sites aux "
        "conditions précaires autour de Bunia.",
        "Dans le village de Largu, le chef de localité, Dieudonné Ubimo, plaide pour un appui "
        "rapide : « Nous avons besoin de semences, de tôles et de médicaments. Sans cela, les "
        "familles risquent de repartir vers les sites dès la prochaine alerte. »",
        "La société civile de Djugu demande de son côté le maintien des patrouilles mixtes sur "
        "les axes Iga-Barrière–Largu et Fataki–Kpandroma, où des incursions de miliciens ont "
        "encore été signalées fin octobre.",
        "Le gouverneur de province a annoncé l’envoi d’une mission d’évaluation dans les "
        "prochains jours, en collaboration avec les agences des Nations unies présentes à "
        "Bunia.",
    )
    return b


def yoast_graph(url: str, title: str, desc: str) -> str:
    """Yoast's @graph: WebPage, BreadcrumbList, WebSite, Organization; no Article."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{title} - Radio Okapi",
             "isPartOf": {"@id": f"{OKAPI}/#website"}, "datePublished": "2026-11-16T12:20:00+00:00",
             "dateModified": "2026-11-16T12:58:00+00:00", "description": desc,
             "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "fr-FR"},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{OKAPI}/"},
                {"@type": "ListItem", "position": 2, "name": "Sécurité",
                 "item": f"{OKAPI}/category/securite/"},
                {"@type": "ListItem", "position": 3, "name": title}]},
            {"@type": "WebSite", "@id": f"{OKAPI}/#website", "url": f"{OKAPI}/",
             "name": "Radio Okapi",
             "publisher": {"@id": f"{OKAPI}/#organization"}, "inLanguage": "fr-FR"},
            {"@type": "Organization", "@id": f"{OKAPI}/#organization", "name": "Radio Okapi",
             "url": f"{OKAPI}/", "sameAs": ["https://www.facebook.com/radiookapi", "https://x.com/radiookapi"]},
        ],
    }  # fmt: skip
    return json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')


def comments() -> str:
    """WordPress comments and the comment form (never text)."""
    rows = [
        ("Bienvenu K.", "16 novembre 2026 à 15 h 02 min", "Que Dieu protège nos frères de Djugu."),
        ("Espérance M.", "16 novembre 2026 à 17 h 45 min", "Il faut aussi réhabiliter les écoles."),
    ]  # fmt: skip
    items = "".join(
        f'<li class="comment even thread-even depth-1"><article class="comment-body"><footer '
        f'class="comment-meta"><b class="fn">{who}</b> <time>{when}</time></footer><div '
        f'class="comment-content"><p>{text}</p></div></article></li>'
        for who, when, text in rows
    )
    return (
        '<div id="comments" class="comments-area"><h2 class="comments-title">2 réflexions sur '
        f'« Ituri »</h2><ol class="comment-list">{items}</ol><div id="respond" class="comment-'
        'respond"><h3 id="reply-title">Laisser un commentaire</h3><form id="commentform"><p>'
        'Votre adresse e-mail ne sera pas publiée.</p><textarea name="comment"></textarea>'
        '<input type="submit" value="Laisser un commentaire"></form></div></div>'
    )


def page_10_radiookapi() -> None:
    """Radio Okapi: one <br>-split div with a table; Yoast graph without an Article."""
    url = (
        f"{OKAPI}/2026/11/16/actualite/securite/ituri-plus-de-12-000-deplaces-"
        "regagnent-leurs-villages-djugu"
    )
    title = "Ituri : plus de 12 000 déplacés regagnent leurs villages dans le territoire de Djugu"
    desc = "Plus de 12 000 personnes déplacées ont regagné leurs villages d’origine depuis le début du mois d’octobre dans le territoire de Djugu."  # noqa: E501
    body = okapi_body()
    head = c.meta_tags([
        ("name", "description", desc),
        ("name", "robots", "index, follow, max-image-preview:large, max-snippet:-1"),
        ("property", "og:locale", "fr_FR"),
        ("property", "og:type", "article"),
        ("property", "og:title", f"{title} - Radio Okapi"),
        ("property", "og:description", desc),
        ("property", "og:url", url),
        ("property", "og:site_name", "Radio Okapi"),
        ("property", "article:publisher", "https://www.facebook.com/radiookapi"),
        ("property", "article:published_time", "2026-11-16T12:20:00+00:00"),
        ("property", "article:modified_time", "2026-11-16T12:58:00+00:00"),
        ("property", "og:image", f"{OKAPI}/wp-content/uploads/2026/11/djugu-retour.jpg"),
        ("name", "author", "Radio Okapi"),
        ("name", "twitter:label1", "Écrit par"),
        ("name", "twitter:data1", "Radio Okapi"),
        ("name", "twitter:label2", "Durée de lecture estimée"),
        ("name", "twitter:data2", "2 minutes"),
    ])  # fmt: skip
    styles = "\n".join(
        f"<link rel='stylesheet' id='{name}-css' href='{OKAPI}/wp-content/{path}?ver=6.6.2' "
        "media='all' />"
        for name, path in [("wp-block-library", "wp-includes/css/dist/block-library/style.min.css"),
                           ("okapi-style", "themes/okapi/style.css"),
                           ("okapi-fonts", "themes/okapi/fonts.css")]
    )  # fmt: skip
    nav = c.menu(
        104,
        "main-navigation",
        OKAPI,
        [
            "Actualité",
            "Politique",
            "Sécurité",
            "Économie",
            "Société",
            "Santé",
            "Sport",
            "Environnement",
            "Émissions",
        ],
    )
    more = c.teaser_list(
        c.teasers(105, 16, f"{OKAPI}/2026/11"), "widget_recent_entries", "Articles récents"
    )
    foot = c.footer(
        106,
        "site-footer",
        OKAPI,
        "Radio Okapi",
        ["Radio Okapi", "Nos fréquences", "Émissions", "La MONUSCO", "Contact"],
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<!-- This site is optimized with the Yoast SEO plugin v23.4 -
https://yoast.com/wordpress/plugins/seo/ -->
<title>{title} - Radio Okapi</title>
{head}
<link rel="canonical" href="{url}" />
{yoast_graph(url, title, desc)}
<!-- / Yoast SEO plugin. -->
{styles}
<style id='okapi-inline-css'>{c.css(101, "okapi", 280)}</style>
<script>window._wpemojiSettings={{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png"}};</script>
<script>{c.minified_js(102, 14000)}</script>
</head>
<body class="post-template-default single single-post postid-148213 single-format-standard">
{c.icons(103)}
<div id="page" class="site">
<header id="masthead" class="site-header"><a class="site-title" href="{OKAPI}/">Radio Okapi</a>
<p class="site-description">La radio de la paix en RDC</p>
{nav}
</header>
<div id="content" class="site-content">
<p id="breadcrumbs"><span><span><a href="{OKAPI}/">Accueil</a></span> » <span><a
href="{OKAPI}/category/securite/">Sécurité</a></span> » <span class="breadcrumb_last"
aria-current="page">{title}</span></span></p>
<main id="main" class="site-main">
<article id="post-148213"
class="post-148213 post type-post status-publish format-standard has-post-thumbnail
category-actualite category-securite tag-djugu tag-ituri">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="posted-on">Publié le <time class="entry-date published"
datetime="2026-11-16T14:20:00+02:00">16 novembre 2026</time><time class="updated"
datetime="2026-11-16T14:58:00+02:00">16 novembre 2026</time></span></div></header>
<div class="post-thumbnail"><img width="780" height="440"
src="{OKAPI}/wp-content/uploads/2026/11/djugu-retour.jpg" class="attachment-post-thumbnail
wp-post-image" alt="" decoding="async" /><p class="wp-caption-text">Des familles de retour à Largu,
le 12 novembre 2026. Photo Radio Okapi/Ben Tambwe</p></div>
<div class="entry-content">
{body.html()}
</div>
<footer class="entry-footer"><span class="cat-links">Publié dans <a
href="{OKAPI}/category/actualite/" rel="category tag">Actualité</a>, <a
href="{OKAPI}/category/securite/" rel="category tag">Sécurité</a></span> <span
class="tags-links">Étiqueté <a href="{OKAPI}/tag/djugu/" rel="tag">Djugu</a>, <a
href="{OKAPI}/tag/ituri/" rel="tag">Ituri</a></span>
{c.share_bar("sharedaddy", url)}</footer>
</article>
<nav class="navigation post-navigation"><a
href="{OKAPI}/2026/11/16/actualite/politique/kinshasa-session-budgetaire" rel="prev">Article
précédent</a> <a href="{OKAPI}/2026/11/16/actualite/sport/linafoot-resultats" rel="next">Article
suivant</a></nav>
{comments()}
</main>
<aside id="secondary"
class="widget-area">{more}</aside>
</div>
{foot}
</div>
<script src="{OKAPI}/wp-includes/js/comment-reply.min.js?ver=6.6.2" id="comment-reply-js"
async></script>
</body>
</html>
"""
    expected = {
        "title": title,
        "publication": "Radio Okapi",
        "author": None,
        "section": "Sécurité",
        "date": datetime.date(2026, 11, 16),
        "source_url": url,
        "notes": (
            "Radio Okapi (WordPress + Yoast): Yoast @graph with WebPage, BreadcrumbList, "
            "WebSite and Organization but no Article; the whole text in one div.entry-content "
            "split only by <br /><br />; a table of figures inside it, each row (header "
            "included, cells joined by a space) one paragraph; no person credited (the WP "
            "author and twitter:data1 are the site); breadcrumb 'Accueil » Sécurité » "
            "<title>' gives 'Sécurité'; caption, categories, tags, share bar, post "
            "navigation and comments are no text."
        ),
    }
    write("10_radiookapi_wordpress_br_table", page, expected, body)
