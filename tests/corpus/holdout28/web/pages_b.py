"""Pages 05–08: L'Avenir (Arc XP, two authors with Belga, correction), Le Bisse (Ghost
newsletter), Le360 (AMP gallery), L'Écho du Fjord (Wix local weekly)."""

from __future__ import annotations

import datetime
import json

from kit import FILLER, consent, css_blob, flat, json_script, menu, paras, teasers, write


def state(data: object) -> str:
    """JSON assigned in an inline script, escaped as Fusion does."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def page05_lavenir_arcxp_belga_correction() -> None:
    base = "https://www.lavenir.net"
    url = (
        f"{base}/regions/charleroi/2026/11/19/charleroi-le-metro-leger-ira-jusqua-laeroport-"
        "de-gosselies-dici-2031-K7QW3ZJ5PFD2LMXH4T6YBRA2EU/"
    )
    title = "Charleroi : le métro léger ira jusqu’à l’aéroport de Gosselies d’ici 2031"
    sub = (
        "La Région wallonne a validé jeudi le tracé de l’extension nord. Coût annoncé : 218 "
        "millions d’euros."
    )
    first = [
        "Le gouvernement wallon a donné jeudi son feu vert au tracé définitif de l’extension "
        "du métro léger de Charleroi vers le nord. Sur 7,2 kilomètres, la future ligne reliera "
        "la station Piges à l’aéroport de Charleroi Bruxelles-Sud, en desservant Gosselies "
        "centre et le parc d’activités de l’Aéropole.",
        "Huit stations sont prévues, dont deux souterraines. Le ministre de la Mobilité, Yves "
        "Dumont, évoque «&nbsp;un projet attendu depuis trente ans par les Carolos&nbsp;» et "
        "table sur 14&nbsp;000 voyageurs par jour à l’horizon 2035.",
    ]
    subhead = "Un chantier en trois phases"
    second = [
        "Les premiers travaux, sur le tronçon Piges-Gosselies, doivent démarrer à l’automne "
        "2027. Suivront le viaduc au-dessus du R3 puis la dernière section vers l’aérogare, "
        "dont le calendrier dépend encore d’un accord avec la société aéroportuaire.",
        "Le financement, 218 millions d’euros, serait assuré à 60&nbsp;% par la Région et pour "
        "le reste par des fonds européens. Les riverains de la rue de Namur, à Gosselies, ont "
        "déjà annoncé un recours contre les expropriations prévues près du futur dépôt.",
        "«&nbsp;Nous ne sommes pas contre le métro, nous sommes contre un dépôt de 40 mètres de "
        "large au fond de nos jardins&nbsp;», résume Caroline Dethier, porte-parole du comité "
        "de quartier.",
        "Une réunion d’information est prévue le 3 décembre à l’hôtel de ville de Gosselies. "
        "Le dossier de permis doit être déposé au printemps.",
    ]
    correction = (
        "<em>Correction (19/11/2026, 14h02) : une version précédente de cet article indiquait "
        "un coût de 180 millions d’euros. Le montant validé par le gouvernement est de 218 "
        "millions.</em>"
    )
    texts = [*first, *second, correction]
    elements = [{"type": "text", "content": x, "_id": f"E{n:04d}"} for n, x in enumerate(texts)]
    elements.insert(2, {"type": "header", "level": 2, "content": subhead})
    global_content = {
        "_id": "K7QW3ZJ5PFD2LMXH4T6YBRA2EU",
        "type": "story",
        "canonical_url": url.removeprefix(base),
        "headlines": {
            "basic": title,
            "meta_title": "Le métro de Charleroi prolongé jusqu’à l’aéroport",
        },
        "subheadlines": {"basic": sub},
        "credits": {"by": [{"name": "Manon Lecomte"}, {"name": "Thibault Gérard"}]},
        "distributor": {"name": "Belga", "category": "wires"},
        "first_publish_date": "2026-11-19T05:30:00.000Z",
        "last_updated_date": "2026-11-19T13:02:00.000Z",
        "taxonomy": {"primary_section": {"_id": "/regions/charleroi", "name": "Charleroi"}},
        "content_elements": elements,
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Le métro de Charleroi prolongé jusqu’à l’aéroport",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": "2026-11-19T05:30:00.000Z",
        "dateModified": "2026-11-19T13:02:00.000Z",
        "articleSection": "Charleroi",
        "author": [
            {"@type": "Person", "name": "Manon Lecomte"},
            {"@type": "Person", "name": "Thibault Gérard"},
        ],
        "publisher": {"@type": "NewsMediaOrganization", "name": "L’Avenir"},
        "articleBody": " ".join(flat(x) for x in texts),
        "isAccessibleForFree": True,
    }
    nav = menu(
        501,
        "nav-sections",
        base,
        ["Régions", "Belgique", "Monde", "Sports", "Économie", "Culture", "Bien-être"],
        per=10,
    )
    rel = teasers(502, 36, base, FILLER)
    body = (
        paras(*first[:1], attrs='class="c-paragraph"')
        + '<aside class="c-read-also"><span class="c-read-also__label">Lire aussi</span>'
        f'<a href="{base}/regions/charleroi/2025/09/02/metro-chatelet/">Métro de Charleroi : '
        "la ligne vers Châtelet enfin en service</a></aside>"
        + paras(*first[1:], attrs='class="c-paragraph"')
        + '<figure class="c-image"><img src="https://www.lavenir.net/resizer/v2/K7QW3-station.'
        'jpg?auth=9f2c&width=1200" alt=""><figcaption><span class="c-image__caption">La future '
        'station Aéropole, vue d’artiste.</span> <span class="c-image__credit">© TEC / Atelier '
        "Lumen</span></figcaption></figure>"
        f'<h2 class="c-header">{subhead}</h2>'
        + '<div class="c-ad" data-ad="inread"><span>Publicité</span></div>'
        + paras(*second, attrs='class="c-paragraph"')
        + paras(correction, attrs='class="c-paragraph c-paragraph--correction"')
    )
    page = (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        f"<title>{title} - L’Avenir</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="description" content="{sub}">'
        f'<link rel="canonical" href="{url}">'
        '<meta property="og:title" content="Le métro de Charleroi prolongé jusqu’à l’aéroport">'
        '<meta property="og:type" content="article">'
        f'<meta property="og:url" content="{url}">'
        '<meta property="og:site_name" content="L’Avenir">'
        '<meta property="article:section" content="Charleroi">'
        '<meta property="article:published_time" content="2026-11-19T05:30:00.000Z">'
        f"<style>{css_blob(503, 'c', 650)}</style>"
        + json_script(ld)
        + '<script src="/pf/dist/engine/react.js?d=842" defer></script>'
        "</head><body>"
        + consent("didomi", "L’Avenir")
        + '<div id="fusion-app" class="layout-article"><header class="c-header-main">'
        '<a href="/" class="c-logo"><img src="/pf/resources/images/lavenir-logo.svg" alt="'
        'L’Avenir"></a>'
        f"<nav>{nav}</nav>"
        '<a class="c-btn-subscribe" href="/abonnement/">S’abonner</a></header>'
        '<main><article class="c-article">'
        '<nav class="c-breadcrumb"><a href="/">Accueil</a> › <a href="/regions/">Régions</a> '
        '› <a href="/regions/charleroi/">Charleroi</a></nav>'
        f'<h1 class="c-article__headline">{title}</h1>'
        f'<h2 class="c-article__subheadline">{sub}</h2>'
        '<div class="c-article__byline"><span class="c-byline">Manon Lecomte et Thibault '
        "Gérard (avec Belga)</span>"
        '<time datetime="2026-11-19T05:30:00.000Z" class="c-date">Publié le 19/11/2026 à '
        '06h30</time> <span class="c-date-updated">Mis à jour le 19/11/2026 à 14h02</span>'
        "</div>"
        '<div class="c-share"><button>Facebook</button><button>X</button><button>Copier le '
        "lien</button></div>"
        f'<div class="c-article__body">{body}</div>'
        '<div class="c-article__tags"><a href="/tags/metro/">Métro</a><a href="/tags/'
        'aeroport/">Aéroport</a><a href="/tags/mobilite/">Mobilité</a></div>'
        "</article>"
        '<section class="c-related"><h2>À découvrir aussi</h2><ul>'
        + "".join(f'<li><a href="{r["url"]}">{r["title"]}</a></li>' for r in rel[:10])
        + "</ul></section></main>"
        '<footer class="c-footer"><p>© 2026 L’Avenir – Éditions de l’Avenir, Namur</p>'
        "</footer></div>"
        '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.'
        'Fusion||{};Fusion.arcSite="lavenir";Fusion.globalContent='
        + state(global_content)
        + ";Fusion.contentCache="
        + state({"related": rel})
        + ";</script></body></html>"
    )
    write(
        "05_lavenir_arcxp_belga_correction",
        page,
        {
            "title": title,
            "publication": "L’Avenir",
            "author": "Manon Lecomte et Thibault Gérard",
            "agency": "Belga",
            "section": "Charleroi",
            "date": datetime.date(2026, 11, 19),
            "standfirst": sub,
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(x) for x in texts],
            "notes": (
                "Arc XP: 'A et B (avec Belga)'; og:title and JSON-LD headline differ from the "
                "h1; standfirst as h2 subheadline; a 'Lire aussi' aside between the first "
                "paragraphs, a figure with caption and credit, an ad; an italic correction note "
                "closing the body, kept as text; JSON-LD articleBody and Fusion.globalContent "
                "with the whole story; UTC dates (06h30 Brussels, same day)."
            ),
        },
    )


def page06_lebisse_ghost_newsletter() -> None:
    base = "https://www.lebisse.ch"
    url = f"{base}/barrage-de-mauvoisin-la-rehausse-relancee/"
    title = "Barrage de Mauvoisin : la rehausse relancée, les pêcheurs inquiets"
    excerpt = (
        "Le projet de surélévation de 15 mètres revient devant le Grand Conseil en décembre. "
        "Dans le val de Bagnes, il divise toujours."
    )
    quote = (
        "On nous demande de sacrifier la dernière rivière vivante du val pour quelques jours "
        "d’hiver."
    )
    heads = ["Un lac plus haut, une rivière plus basse", "La commune veut sa part"]
    p = [
        "C’est un dossier que l’on croyait enterré. Le projet de rehausse du barrage de "
        "Mauvoisin, dans le val de Bagnes, sera soumis au Grand Conseil valaisan lors de la "
        "session de décembre, avec une demande de crédit cantonal de 38 millions de francs.",
        "Porté par l’exploitant, il vise à relever le mur de 15 mètres pour stocker "
        "l’équivalent de 65 gigawattheures supplémentaires, turbinés en hiver, quand la Suisse "
        "importe une partie de son électricité.",
        "Les pêcheurs de la Dranse craignent surtout les effets en aval. Avec un lac plus grand, "
        "les débits résiduels pourraient être réduits au printemps, au moment où les truites "
        "fario ont besoin d’eau pour leurs frayères.",
        "«&nbsp;On nous demande de sacrifier la dernière rivière vivante du val pour quelques "
        "jours d’hiver&nbsp;», lance Pierre-André Michellod, président de la société de pêche "
        "locale, qui a réuni 1800 signatures contre le projet en six semaines.",
        "Le Service cantonal de l’environnement, lui, attend encore l’étude d’impact complète, "
        "promise pour janvier, "
        "avant de rendre son préavis au Conseil d’État.",
        "La commune de Val de Bagnes n’est pas opposée au principe, mais réclame une hausse des "
        "redevances hydrauliques et un fonds de 5 millions pour la renaturation de la Dranse. "
        "Les négociations avec l’exploitant doivent reprendre le 9 décembre.",
        "À Sion, la commission de l’énergie du Grand Conseil a déjà fait savoir qu’elle "
        "n’entrerait en matière que si ces deux points sont réglés avant le vote.",
    ]
    content = (
        paras(*p[:2])
        + f'\n<h2 id="un-lac-plus-haut">{heads[0]}</h2>\n'
        + paras(p[2])
        + f'\n<blockquote class="kg-blockquote-alt">{quote}</blockquote>\n'
        + paras(*p[3:5])
        + '\n<figure class="kg-card kg-image-card kg-card-hascaption"><img src="'
        f'{base}/content/images/2026/11/mauvoisin-mur.jpg" class="kg-image" alt="" '
        'loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: '
        'pre-wrap;">Le mur du barrage, fin octobre. Photo : Line Fournier</span></figcaption>'
        "</figure>\n"
        + '<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">Recevez Le '
        'Bisse chaque vendredi</h2><p class="kg-signup-card-subheading">Une lettre sur le '
        "Valais, ses vallées et ses débats. Gratuite.</p><form data-members-form><input "
        'type="email" placeholder="Votre e-mail"><button>S’abonner</button></form></div>\n'
        + f'<h2 id="la-commune">{heads[1]}</h2>\n'
        + paras(*p[5:])
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {
            "@type": "Organization",
            "name": "Le Bisse",
            "url": f"{base}/",
            "logo": {"@type": "ImageObject", "url": f"{base}/content/images/logo.png"},
        },
        "author": {
            "@type": "Person",
            "name": "Line Fournier",
            "url": f"{base}/author/line/",
            "sameAs": [],
        },
        "headline": title,
        "url": url,
        "datePublished": "2026-11-27T06:00:00.000Z",
        "dateModified": "2026-11-27T06:12:37.000Z",
        "keywords": "Énergie, Valais",
        "description": excerpt,
        "mainEntityOfPage": url,
    }
    posts = teasers(601, 18, base, FILLER)
    page = (
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n\n    <title>' + title + "</title>\n"
        '    <meta charset="utf-8" />\n'
        '    <meta http-equiv="X-UA-Compatible" content="IE=edge" />\n'
        '    <meta name="HandheldFriendly" content="True" />\n'
        '    <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f'    <link rel="stylesheet" type="text/css" href="{base}/assets/built/screen.css?v='
        'c41a2b90d1" />\n'
        f"    <style>{css_blob(602, 'gh', 380)}</style>\n"
        f'    <meta name="description" content="{excerpt}">\n'
        f'    <link rel="canonical" href="{url}">\n'
        '    <meta name="referrer" content="no-referrer-when-downgrade">\n'
        '    <meta property="og:site_name" content="Le Bisse">\n'
        '    <meta property="og:type" content="article">\n'
        f'    <meta property="og:title" content="{title}">\n'
        f'    <meta property="og:description" content="{excerpt}">\n'
        f'    <meta property="og:url" content="{url}">\n'
        '    <meta property="article:published_time" content="2026-11-27T06:00:00.000Z">\n'
        '    <meta property="article:modified_time" content="2026-11-27T06:12:37.000Z">\n'
        '    <meta property="article:tag" content="Énergie">\n'
        '    <meta property="article:tag" content="Valais">\n'
        '    <meta name="generator" content="Ghost 5.101">\n'
        "    " + json_script(ld) + "\n"
        '    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" '
        'data-i18n="true" data-ghost="' + base + '/" crossorigin="anonymous"></script>\n'
        "</head>\n"
        '<body class="post-template tag-energie tag-valais has-serif-title">\n'
        '<div class="gh-site">\n<header id="gh-head" class="gh-head outer">'
        '<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" '
        f'href="{base}">Le Bisse</a></div><nav class="gh-head-menu"><ul class="nav">'
        '<li class="nav-accueil"><a href="' + base + '/">Accueil</a></li>'
        '<li class="nav-archives"><a href="' + base + '/archives/">Archives</a></li>'
        '<li class="nav-a-propos"><a href="' + base + '/a-propos/">À propos</a></li></ul></nav>'
        '<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">'
        "S’abonner</a></div></div></header>\n"
        '<main id="site-main" class="site-main">\n'
        '<article class="article post tag-energie tag-valais">\n'
        '<header class="article-header gh-canvas">\n'
        '<div class="article-tag post-card-tags"><span class="post-card-primary-tag">'
        f'<a href="{base}/tag/energie/">Énergie</a></span></div>\n'
        f'<h1 class="article-title">{title}</h1>\n'
        f'<p class="article-excerpt">{excerpt}</p>\n'
        '<div class="article-byline"><section class="article-byline-content"><ul '
        'class="author-list"><li class="author-list-item"><a href="' + base + '/author/line/" '
        'class="author-avatar"><img class="author-profile-image" src="' + base + "/content/"
        'images/line.jpg" alt="Line Fournier"></a></li></ul><div class="article-byline-meta">'
        f'<h4 class="author-name"><a href="{base}/author/line/">Line Fournier</a></h4>'
        '<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-11-27">'
        '27 nov. 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span>'
        " 3 min de lecture</span></div></div></section></div>\n"
        "</header>\n"
        f'<section class="gh-content gh-canvas">\n{content}\n</section>\n'
        "</article>\n"
        '<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div>'
        '<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.22/umd/comments-ui.'
        'min.js" data-ghost-comments="' + base + '/" data-count="4"></script></section>\n'
        '<section class="gh-author-box gh-canvas"><img src="' + base + "/content/images/line."
        'jpg" alt=""><div><h3>Line Fournier</h3><p>Journaliste indépendante à Sion, Line '
        "Fournier écrit Le Bisse depuis 2023. Elle a travaillé dix ans pour la presse "
        "régionale valaisanne.</p></div></section>\n"
        "</main>\n"
        '<aside class="read-more-wrap outer"><div class="read-more inner">'
        + "".join(
            f'<article class="post-card post"><a class="post-card-image-link" href="{r["url"]}">'
            f'<img class="post-card-image" src="{r["image"]}" alt=""></a><div class="post-card-'
            f'content"><h2 class="post-card-title">{r["title"]}</h2></div></article>'
            for r in posts[:3]
        )
        + "</div></aside>\n"
        '<footer class="site-footer outer"><div class="inner"><section class="copyright"><a '
        f'href="{base}">Le Bisse</a> &copy; 2026</section><div class="gh-powered-by"><a '
        'href="https://ghost.org/" target="_blank" rel="noopener">Publié avec Ghost</a></div>'
        "</div></footer>\n</div>\n"
        f'<script src="{base}/assets/built/casper.js?v=c41a2b90d1"></script>\n'
        "</body>\n</html>\n"
    )
    write(
        "06_lebisse_ghost_newsletter",
        page,
        {
            "title": title,
            "publication": "Le Bisse",
            "author": "Line Fournier",
            "section": "Énergie",
            "date": datetime.date(2026, 11, 27),
            "standfirst": excerpt,
            "source_url": url,
            "subheads": heads,
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": (
                "Ghost newsletter from Valais (Casper): primary tag 'Énergie' as the only "
                "section source (no articleSection, article:tag only); custom excerpt as "
                "standfirst; pull quote in blockquote.kg-blockquote-alt repeating a "
                "paragraph's words; a signup card with its own h2 inside the content (no "
                "subhead); image card with caption and credit; author box with bio after the "
                "text; <title> without site name."
            ),
        },
    )


def page07_le360_amp_gallery() -> None:
    base = "https://fr.le360.ma"
    path = "/culture/marrakech-les-dinandiers-de-la-medina-exposent-leurs-pieces-a-dar-bellarj"
    url = f"{base}{path}_ZK4QJ7M2VNHB3C5T6XWPLR8DYE/"
    title = "Marrakech : les dinandiers de la médina exposent leurs pièces à Dar Bellarj"
    p = [
        "Une trentaine de dinandiers de la médina de Marrakech présentent jusqu’au 30 novembre "
        "leurs plateaux, lanternes et théières à Dar Bellarj. L’exposition, intitulée «Le "
        "cuivre et la main», est la première consacrée à ce métier depuis la fermeture de la "
        "coopérative de Bab Doukkala, en 2019.",
        "Les visiteurs peuvent y suivre, chaque après-midi, les étapes du travail: le découpage "
        "des feuilles, le martelage, puis la ciselure au burin, qui peut demander plus de "
        "quarante heures pour un grand plateau.",
        "Le cuivre utilisé provient en grande partie de la récupération: vieilles marmites, "
        "fils électriques et tuyauteries, fondus puis laminés dans deux petites fonderies du "
        "quartier industriel de Sidi Ghanem.",
        "Selon l’association des artisans, à l’origine du projet, la médina compte encore 140 "
        "ateliers de dinanderie, contre plus de 400 au début des années 2000. La concurrence "
        "des objets importés, vendus trois à quatre fois moins cher dans les souks, a poussé "
        "de nombreux artisans à changer de métier.",
        "«Un apprenti met cinq ans à tenir un burin correctement. Aujourd’hui, les jeunes "
        "veulent gagner leur vie tout de suite», regrette Abdelkrim Tazi, maître dinandier "
        "depuis 1986, qui forme encore deux apprentis dans son atelier de Derb Dabachi.",
        "Les organisateurs espèrent convaincre les hôtels et les riads de la ville de passer "
        "commande directement aux ateliers. Une plateforme de vente en ligne, financée par le "
        "conseil régional de Marrakech-Safi, doit ouvrir au printemps. "
        "Les prix, affichés pour la première fois, vont de 150 dirhams pour un petit plateau à "
        "12.000 dirhams pour une lanterne de salon.",
    ]
    quote = "«Un apprenti met cinq ans à tenir un burin correctement»"
    captions = [
        "Un plateau ciselé de 80 cm, exposé dans le patio de Dar Bellarj.",
        "Le martelage d’une feuille de cuivre, à l’atelier de démonstration.",
        "Des lanternes ajourées, l’une des spécialités de Derb Dabachi.",
        "Abdelkrim Tazi et l’un de ses apprentis.",
        "Les visiteurs devant la vitrine des théières anciennes.",
    ]
    slides = "".join(
        f'<figure class="gallery-item"><amp-img src="{base}/resizer/gal-{i}.jpg" width="1200" '
        f'height="800" layout="responsive" alt="{c}"></amp-img><figcaption>{c} '
        '<span class="credit">© Le360 / Youssef Alami</span></figcaption></figure>'
        for i, c in enumerate(captions, 1)
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": "2026-11-07T10:15:00+01:00",
        "dateModified": "2026-11-08T09:00:00+01:00",
        "articleSection": "Culture",
        "author": {"@type": "Person", "name": "Nadia Ouazzani"},
        "publisher": {"@type": "NewsMediaOrganization", "name": "Le360"},
        "image": [f"{base}/resizer/gal-{i}.jpg" for i in range(1, 6)],
    }
    amp_boiler = (
        "body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-"
        "start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}"
        "to{visibility:visible}}"
    )
    rel = teasers(701, 20, base, FILLER)
    page = (
        '<!doctype html><html ⚡ lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
        f"<title>{title} | le360.ma</title>"
        f'<link rel="canonical" href="{url}">'
        '<meta name="description" content="Une trentaine de dinandiers exposent à Dar Bellarj '
        'jusqu’au 30 novembre.">'
        '<meta property="og:site_name" content="Le360">'
        '<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:url" content="{url}?outputType=amp">'
        '<meta property="article:published_time" content="2026-11-07T10:15:00+01:00">'
        '<meta property="article:modified_time" content="2026-11-08T09:00:00+01:00">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        '<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-'
        'carousel-0.2.js"></script>'
        '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.'
        'js"></script>'
        '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-'
        'analytics-0.1.js"></script>'
        f"<style amp-boilerplate>{amp_boiler}</style><noscript><style amp-boilerplate>body{{"
        "-webkit-animation:none;animation:none}</style></noscript>"
        f"<style amp-custom>{css_blob(702, 'amp', 260)}</style>" + json_script(ld) + "</head><body>"
        '<amp-analytics type="gtag" data-credentials="include">'
        + json_script({"vars": {"gtag_id": "G-LE360AMP"}}, 'type="application/json"')
        + "</amp-analytics>"
        '<header class="amp-header"><a href="' + base + '/"><amp-img src="' + base + "/logo."
        'svg" width="120" height="32" alt="Le360"></amp-img></a><nav class="amp-nav">'
        '<a href="' + base + '/politique">Politique</a><a href="' + base + '/economie">Économie'
        '</a><a href="' + base + '/societe">Société</a><a href="' + base + '/culture">Culture'
        '</a><a href="' + base + '/sport">Sport</a></nav></header>'
        '<main><article class="amp-article">'
        '<a class="amp-kicker" href="' + base + '/culture">Culture</a>'
        f"<h1>{title}</h1>"
        '<div class="amp-byline">Par <span class="author">Nadia Ouazzani</span> '
        '<time datetime="2026-11-07T10:15:00+01:00">Le 07/11/2026 à 10h15</time></div>'
        '<div class="amp-body">'
        + paras(*p[:3])
        + '<amp-carousel type="slides" width="1200" height="900" layout="responsive" '
        f'controls loop class="gallery">{slides}</amp-carousel>'
        + paras(p[3])
        + '<figure class="quote"><blockquote>'
        + quote
        + "</blockquote><figcaption>Abdelkrim Tazi, maître dinandier</figcaption></figure>"
        + '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/le360_amp_'
        'mpu"><div placeholder>Publicité</div></amp-ad>'
        + paras(p[4])
        + '<div class="read-also"><strong>Lire aussi : </strong><a href="'
        + base
        + "/culture/"
        'fes-la-tannerie-chouara-rouvre">Fès : la tannerie Chouara rouvre après deux ans de '
        "travaux</a></div>" + paras(p[5]) + "</div></article>"
        '<section class="amp-related"><h2>Sur le même sujet</h2>'
        + "".join(f'<a href="{r["url"]}">{r["title"]}</a>' for r in rel[:8])
        + "</section></main>"
        '<footer class="amp-footer"><p>© Le360 2026. Tous droits réservés.</p><a href="'
        + url
        + '">Voir la version complète</a></footer></body></html>'
    )
    write(
        "07_le360_amp_gallery",
        page,
        {
            "title": title,
            "publication": "Le360",
            "author": "Nadia Ouazzani",
            "section": "Culture",
            "date": datetime.date(2026, 11, 7),
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": (
                "AMP (⚡): amp-carousel gallery of five captions with credits between "
                "paragraphs (not text); pull quote in figure > blockquote with a figcaption "
                "attribution; amp-ad; 'Lire aussi' box; guillemets without inner spaces, colon "
                "without space; canonical differs from og:url (?outputType=amp); <title> with "
                "' | le360.ma' while the site calls itself Le360; modified the next day."
            ),
        },
    )


def page08_lechodufjord_wix_local() -> None:
    base = "https://www.lechodufjord.ca"
    url = f"{base}/post/sainte-rose-du-nord-le-quai-municipal-ferme-jusqu-au-printemps"
    title = "Sainte-Rose-du-Nord : le quai municipal fermé jusqu’au printemps"
    p = [
        "Le quai municipal de Sainte-Rose-du-Nord restera fermé jusqu’au printemps. Une "
        "inspection réalisée à la fin d’octobre par une firme d’ingénieurs a révélé une "
        "corrosion avancée de trois pieux d’acier, sous la ligne des basses eaux.",
        "La décision a été prise lundi soir, lors d’une séance extraordinaire du conseil "
        "municipal. « On ne pouvait pas prendre le risque de laisser les gens circuler sur la "
        "structure cet hiver, surtout avec la glace qui pousse sur les piliers », explique le "
        "maire, Réjean Gauthier.",
        "La fermeture touche surtout les pêcheurs sur glace, qui utilisent le quai pour "
        "installer leurs cabanes dans l’anse dès janvier. Une quarantaine de cabanes y sont "
        "habituellement installées. La municipalité étudie un accès temporaire par la descente "
        "de bateaux, à 300 mètres plus à l’est.",
        "Le coût des réparations est estimé à 1,2 million de dollars. La municipalité, qui "
        "compte à peine 400 habitants, demandera une aide d’urgence au ministère des Transports "
        "et à Développement économique Canada.",
        "Les croisiéristes, eux, ne seront pas touchés avant la saison estivale. Le premier "
        "navire est attendu à la mi-juin, et la municipalité assure que le quai sera prêt à "
        "l’accueillir.",
        "Une séance d’information pour les pêcheurs aura lieu le 5 décembre, à 19 h, au centre "
        "communautaire.",
        "Le conseil a également adopté, lors de la même séance, une résolution demandant au "
        "gouvernement du Québec de prolonger le programme d’aide aux infrastructures maritimes "
        "municipales, qui prend fin en mars.",
    ]

    def rich(text: str, font: str = "font_8") -> str:
        return (
            f'<p class="{font} wixui-rich-text__text" style="line-height:1.6em;"><span '
            'style="font-family:georgia,palatino,serif;" class="wixui-rich-text__text">'
            f"{text}</span></p>"
        )

    spacer = rich("&#8203;")
    body = spacer.join(rich(x) for x in p)
    ld = [
        {
            "@context": "https://schema.org/",
            "@type": "WebPage",
            "name": f"{title} | L'Écho du Fjord",
            "url": url,
        },
        {
            "@context": "https://schema.org/",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": "Actualités",
                    "item": f"{base}/actualites",
                },
                {
                    "@type": "ListItem",
                    "position": 3,
                    "name": "Municipal",
                    "item": f"{base}/actualites/municipal",
                },
                {"@type": "ListItem", "position": 4, "name": title, "item": url},
            ],
        },
    ]
    viewer = {
        "siteAssets": {"modulesParams": {"site": {"siteId": "4f0c2e1a-8b3d-4c2e-9a1f"}}},
        "site": {
            "metaSiteId": "c81f2d0a-77e1-4b5c",
            "language": "fr",
            "timezone": "America/Toronto",
        },
        "feed": teasers(801, 45, base + "/post", FILLER),
    }
    comp = iter(range(8800, 9900, 7))

    def box(inner: str) -> str:
        return (
            f'<div id="comp-lx{next(comp):x}" class="wixui-rich-text" data-testid="'
            f'richTextElement">{inner}</div>'
        )

    nav = "".join(
        f'<li class="wixui-horizontal-menu__item"><a href="{base}/{w.lower()}" data-testid="'
        f'linkElement">{w}</a></li>'
        for w in [
            "Accueil",
            "Actualités",
            "Municipal",
            "Culture",
            "Sports",
            "Avis",
            "Annonces",
            "Nous joindre",
        ]
    )
    page = (
        '<!DOCTYPE html>\n<html lang="fr"><head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Wix.com Website Builder"/>\n'
        f"<title>{title} | L'Écho du Fjord</title>\n"
        '<meta name="description" content="Le quai de Sainte-Rose-du-Nord fermé pour l’hiver '
        'après une inspection.">\n'
        f'<link rel="canonical" href="{url}"/>\n'
        f'<meta property="og:title" content="{title} | L\'Écho du Fjord"/>\n'
        f'<meta property="og:url" content="{url}"/>\n'
        '<meta property="og:site_name" content="L\'Écho du Fjord"/>\n'
        '<meta property="og:type" content="website"/>\n'
        + "".join(json_script(x) for x in ld)
        + f"\n<style>{css_blob(802, 'wix', 700)}</style>\n"
        '<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.'
        '7a1c3f.bundle.min.js" async></script>\n'
        "</head>\n"
        '<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">'
        + consent("wix", "L’Écho du Fjord")
        + '<header id="SITE_HEADER" class="wixui-header"><div id="comp-hdr1" class="'
        'wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__'
        'text"><span class="wixui-rich-text__text">L\'Écho du Fjord</span></h2><p class="'
        'font_9">L’hebdo du Bas-Saguenay depuis 1987</p></div>'
        f'<nav id="comp-menu" aria-label="Site"><ul>{nav}</ul></nav></header>'
        '<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section class="wixui-section">'
        + box(rich("MUNICIPAL", "font_9"))
        + box(f'<h1 class="font_0 wixui-rich-text__text">{title}</h1>')
        + box(rich("Texte : Geneviève Tremblay · Publié le 26 novembre 2026", "font_9"))
        + '<div id="comp-img1" class="wixui-image" data-testid="imageX"><img src="https://'
        'static.wixstatic.com/media/a1b2c3_quai~mv2.jpg/v1/fill/w_980,h_551/quai.jpg" alt="'
        'quai"></div>'
        + box(
            rich(
                "Le quai, vu depuis la descente de bateaux. (Photo : courtoisie Municipalité "
                "de Sainte-Rose-du-Nord)",
                "font_9",
            )
        )
        + box(body)
        + '<div id="comp-share" class="wixui-social-bar"><a href="#">Facebook</a></div>'
        + box(
            '<h2 class="font_5 wixui-rich-text__text">À lire aussi</h2>'
            + "".join(
                rich(f'<a href="{r["url"]}">{r["title"]}</a>', "font_9") for r in viewer["feed"][:4]
            )
        )
        + '<div id="comp-comments" class="wixui-comments"><h3>Commentaires</h3><p>Soyez le '
        "premier à commenter.</p></div>"
        "</section></div></main>"
        '<footer id="SITE_FOOTER" class="wixui-footer">'
        + box(rich("L'Écho du Fjord · 12, rue du Quai, La Baie (Québec) · 418 555-0147", "font_9"))
        + box(rich("© 2026 L'Écho du Fjord. Site créé avec Wix.com", "font_9"))
        + "</footer></div></div>\n"
        + json_script(viewer, 'id="wix-viewer-model" type="application/json"')
        + "\n</body></html>\n"
    )
    write(
        "08_lechodufjord_wix_local",
        page,
        {
            "title": title,
            "publication": "L'Écho du Fjord",
            "author": "Geneviève Tremblay",
            "section": "Municipal",
            "date": datetime.date(2026, 11, 26),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": (
                "Wix page of a local weekly (Québec): every block a rich-text box of "
                "p.font_8 > span, empty zero-width-space paragraphs between the paragraphs; "
                "JSON-LD only WebPage and BreadcrumbList (section from the breadcrumb, the "
                "article being its last item; the kicker agrees); og:type website; no date "
                "in meta or JSON-LD, only 'Publié le 26 novembre 2026' in the byline line "
                "'Texte : A · Publié le …'; caption with a courtesy credit; 'À lire aussi' box "
                "with an h2 after the text; og:title with the site name."
            ),
        },
    )
