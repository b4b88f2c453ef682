"""Pages 01–04: L'essentiel (Next.js live), Guinéenews (WordPress JNews interview), Madagascar
Tribune (home-made PHP, tables and <br>), Clicanoo (Drupal 10, paywall)."""

from __future__ import annotations

import datetime

from kit import FILLER, consent, css_blob, flat, json_script, menu, paras, teasers, write


def page01_lessentiel_nextjs_live() -> None:
    base = "https://www.lessentiel.lu"
    url = f"{base}/fr/story/neige-routes-glissantes-et-bus-rgtr-perturbes-au-luxembourg-103384127"
    title = "Neige : routes glissantes et bus RGTR perturbés au Luxembourg"
    lead = (
        "Les premières chutes de neige de la saison ont surpris automobilistes et usagers des "
        "transports, ce mercredi. Suivez la situation en direct."
    )
    entries = [
        (
            "11:52",
            "Les bus RGTR reprennent progressivement",
            [
                "Le ministère de la Mobilité annonce une reprise progressive des lignes RGTR à "
                "partir de 12h30. Les lignes 302 et 325 restent suspendues jusqu’à nouvel ordre, "
                "faute de déneigement sur les routes du Nord.",
                'Les usagers sont invités à consulter l’application <a href="https://www.mobili'
                'teit.lu">Mobiliteit</a> avant de se déplacer.',
            ],
        ),
        (
            "10:31",
            None,
            [
                "Un camion s’est mis en travers sur l’A7 à hauteur de Lorentzweiler. La voie en "
                "direction d’Ettelbruck est fermée, une déviation est mise en place par la N7.",
            ],
        ),
        (
            "09:15",
            "Les écoles restent ouvertes",
            [
                "Le ministère de l’Éducation nationale précise qu’aucune fermeture d’école "
                "n’est prévue. Les élèves arrivés en retard ne seront pas sanctionnés, indique un "
                "communiqué diffusé peu après 9&nbsp;h.",
            ],
        ),
        (
            "08:02",
            "Plus de 40 accidents signalés",
            [
                "Depuis 5&nbsp;h du matin, la police grand-ducale a enregistré <strong>43 "
                "accidents matériels</strong>, dont la plupart sur les routes secondaires de "
                "l’Oesling. Deux personnes ont été légèrement blessées près de Wiltz.",
                "«&nbsp;Nous demandons aux conducteurs de réduire fortement leur vitesse et de "
                "garder leurs distances&nbsp;», a déclaré un porte-parole de la police.",
            ],
        ),
        (
            "06:40",
            "Les CFL maintiennent leurs trains",
            [
                "Les Chemins de fer luxembourgeois assurent que le trafic ferroviaire fonctionne "
                "normalement, avec des retards de dix à quinze minutes sur la ligne 10 vers "
                "Troisvierges. Les trains de la ligne 60 vers Esch-sur-Alzette circulent sans "
                "perturbation.",
            ],
        ),
        (
            "00:40",
            "Alerte orange de Meteolux",
            [
                "Meteolux a relevé sa vigilance au niveau orange pour l’ensemble du pays. Entre "
                "5 et 12 centimètres de neige sont attendus d’ici la mi-journée, jusqu’à 15 "
                "centimètres sur les hauteurs du Nord.",
                "Les services des Ponts et Chaussées ont mobilisé 120 saleuses dès minuit. Le "
                "CGDIS rappelle que le numéro 112 est réservé aux urgences.",
            ],
        ),
    ]
    blocks = []
    for i, (time, head, texts) in enumerate(entries):
        head_html = f'<h3 class="LiveEntry_title__Q2m7x">{head}</h3>' if head else ""
        blocks.append(
            f'<article class="LiveEntry_entry__3kd9a" id="entry-{9120 + i}">'
            f'<div class="LiveEntry_meta__Hc0a1"><time class="LiveEntry_time__pL7s2" '
            f'datetime="2026-11-25T{time}:00+01:00">{time}</time>'
            '<button class="ShareButton_share__x1" aria-label="Partager">Partager</button></div>'
            f"{head_html}"
            + paras(*texts, attrs='class="Paragraph_paragraph__Wq3j9"')
            + "</article>"
        )
    words = FILLER
    related = teasers(101, 40, f"{base}/fr/story", words)
    next_data = {
        "props": {
            "pageProps": {
                "story": {
                    "id": 103384127,
                    "title": title,
                    "lead": lead,
                    "author": {"name": "Jil Reuter", "slug": "jil-reuter"},
                    "ressort": "Luxembourg",
                    "publishedAt": "2026-11-24T23:40:00Z",
                    "updatedAt": "2026-11-25T10:52:00Z",
                    "isLive": True,
                    "liveEntries": [
                        {"time": t, "title": h, "html": "".join(f"<p>{x}</p>" for x in tx)}
                        for t, h, tx in entries
                    ],
                },
                "related": related,
            },
            "__N_SSP": True,
        },
        "page": "/[lang]/story/[slug]",
        "query": {"lang": "fr", "slug": url.rsplit("/", 1)[1]},
        "buildId": "k3P0mZ_vG8rT2dQx1n9aY",
        "isFallback": False,
        "gssp": True,
        "locale": "fr",
        "scriptLoader": [],
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Neige au Luxembourg : suivez la situation en direct",
        "url": url,
        "datePublished": "2026-11-24T23:40:00Z",
        "dateModified": "2026-11-25T10:52:00Z",
        "coverageStartTime": "2026-11-24T23:40:00Z",
        "articleSection": "Luxembourg",
        "author": [{"@type": "Person", "name": "Jil Reuter"}],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "L'essentiel",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/logo-lessentiel.png"},
        },
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": h or "Mise à jour",
                "datePublished": f"2026-11-25T{t}:00+01:00",
                "articleBody": " ".join(flat(x) for x in tx),
            }
            for t, h, tx in entries
        ],
    }
    nav = menu(
        102,
        "Navigation_menu",
        f"{base}/fr",
        ["Luxembourg", "Frontaliers", "Monde", "Sport", "People", "Économie", "Lifestyle"],
    )
    rel = "".join(
        f'<li class="Teaser_teaser__2s9x"><a href="{r["url"]}"><img src="{r["image"]}" alt="" '
        f'loading="lazy"><span class="Teaser_title__k1">{r["title"]}</span></a></li>'
        for r in related[:12]
    )
    page = (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title} - L'essentiel</title>"
        '<meta name="description" content="Neige au Luxembourg : accidents, bus RGTR, trains CFL '
        'et écoles, le point en direct.">'
        f'<link rel="canonical" href="{url}">'
        '<meta property="og:type" content="article">'
        '<meta property="og:site_name" content="L\'essentiel">'
        '<meta property="og:title" content="EN DIRECT – Neige au Luxembourg : suivez la '
        'situation">'
        f'<meta property="og:url" content="{url}">'
        f'<meta property="og:image" content="{base}/media/snow-a7-1200x630.jpg">'
        '<meta property="article:published_time" content="2026-11-25T00:40:00+01:00">'
        '<meta property="article:modified_time" content="2026-11-25T11:52:00+01:00">'
        '<meta name="twitter:card" content="summary_large_image">'
        '<link rel="preload" href="/_next/static/css/4f1c2a9e0b.css" as="style">'
        f'<style data-href="/_next/static/css/4f1c2a9e0b.css">{css_blob(103, "Le", 500)}</style>'
        + json_script(ld)
        + '<script src="/_next/static/chunks/webpack-8a3c1f.js" defer></script>'
        '<script src="/_next/static/chunks/framework-2c91d4.js" defer></script>'
        '<script src="/_next/static/chunks/pages/_app-77e0b2.js" defer></script>'
        "</head><body>"
        '<div id="__next"><div class="Layout_layout__9dK2s">'
        + consent("sp", "L’essentiel")
        + '<header class="Header_header__1aB3c"><a class="Header_logo__x9" href="/fr">'
        '<img src="/static/logo-lessentiel.svg" alt="L\'essentiel"></a>'
        f'<nav class="Navigation_nav__3cF1q">{nav}</nav>'
        '<a class="Header_login__q2" href="/fr/login">Se connecter</a></header>'
        '<main class="Layout_main__k0p2Z"><article class="Story_story__7Yh2w">'
        '<div class="Story_head__s1"><span class="LiveBadge_badge__Zx9">Live</span>'
        '<a class="Story_ressort__p0" href="/fr/luxembourg">Luxembourg</a>'
        f'<h1 class="Story_title__2cK8a">{title}</h1>'
        f'<p class="Story_lead__mN4r1">{lead}</p>'
        '<figure class="Story_image__t5"><img src="/media/snow-a7-1200x630.jpg" alt="">'
        '<figcaption>La neige a rendu l’A7 très glissante mercredi matin. <span class="'
        'Credit_credit__b2">Editpress/Julien Garroy</span></figcaption></figure>'
        '<div class="Byline_byline__4t"><span class="Byline_author__c3">Jil Reuter</span>'
        '<time class="Byline_date__9g" datetime="2026-11-25T00:40:00+01:00">Publié le '
        "25.11.2026, 00:40</time>"
        '<time class="Byline_updated__d0" datetime="2026-11-25T11:52:00+01:00">Mis à jour le '
        "25.11.2026, 11:52</time></div></div>"
        '<div class="LiveTicker_ticker__8hQ" aria-live="polite">'
        + "".join(blocks)
        + '<button class="LiveTicker_more__f6">Charger plus d’entrées</button></div>'
        '<div class="Newsletter_box__v2"><p>Recevez chaque matin l’essentiel de l’actualité '
        'luxembourgeoise.</p><form><input type="email" placeholder="Votre e-mail">'
        "<button>S’inscrire</button></form></div>"
        '<section class="Comments_comments__r4"><h2>Commentaires</h2><p class="Comments_closed">'
        "Les commentaires ont été désactivés pour ce direct.</p></section>"
        "</article>"
        '<aside class="Related_related__w1"><h2>Plus d’articles</h2><ul>'
        + rel
        + "</ul></aside></main>"
        '<footer class="Footer_footer__zz1"><p>© 2026 L’essentiel – Edita S.A., Luxembourg</p>'
        '<ul><li><a href="/fr/impressum">Impressum</a></li><li><a href="/fr/privacy">'
        'Protection des données</a></li><li><a href="/fr/contact">Contact</a></li></ul>'
        "</footer></div></div>"
        + json_script(next_data, 'id="__NEXT_DATA__" type="application/json"')
        + "</body></html>"
    )
    subheads = [h for _, h, _ in entries if h]
    write(
        "01_lessentiel_nextjs_live",
        page,
        {
            "title": title,
            "publication": "L'essentiel",
            "author": "Jil Reuter",
            "section": "Luxembourg",
            "date": datetime.date(2026, 11, 25),
            "standfirst": lead,
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for _, _, tx in entries for x in tx],
            "notes": (
                "Next.js live blog, newest first: six timed entries, h3 titles as subheads, one "
                "untitled entry; times are not text. The whole story also in __NEXT_DATA__ and a "
                "LiveBlogPosting. Published 00:40 Luxembourg time = 23:40 the previous day in "
                "JSON-LD's UTC: the date is the local one. og:title and JSON-LD headline differ "
                "from the h1; <title> carries ' - L'essentiel'."
            ),
        },
    )


def page02_guineenews_wordpress_jnews_interview() -> None:
    base = "https://guineenews.org"
    slug = "fatoumata-kaba-nos-cooperatives-de-karite-ne-veulent-plus-vendre-a-perte"
    url = f"{base}/{slug}/"
    title = "Fatoumata Kaba : « Nos coopératives de karité ne veulent plus vendre à perte »"
    intro = (
        "À la tête de l’Union des coopératives de karité de Kankan, qui regroupe près de 3 200 "
        "femmes, Fatoumata Kaba plaide pour une usine de transformation locale. Entretien."
    )
    qa = [
        "<strong>Guinéenews : Quelle est la situation des productrices cette saison ?</strong>",
        "<strong>Fatoumata Kaba :</strong> La récolte est bonne, mais les prix sont mauvais. "
        "Les intermédiaires achètent l’amande à 2 500 francs guinéens le kilo, parfois moins, "
        "alors qu’il faut trois jours de travail pour en préparer dix kilos. Beaucoup de femmes "
        "vendent quand même, parce qu’elles doivent payer l’école des enfants en octobre.",
        "<strong>Que demandez-vous aux autorités ?</strong>",
        "Un prix plancher, d’abord, comme pour l’anacarde. Ensuite des magasins de stockage "
        "dans chaque sous-préfecture. Si nous pouvons garder les amandes trois mois, nous "
        "vendons au moment où les acheteurs étrangers arrivent, et le prix double.",
        "<strong>Vous parlez aussi d’une usine à Kankan…</strong>",
        "Oui. Aujourd’hui, le beurre part brut vers le Mali ou la Côte d’Ivoire, puis revient "
        "chez nous en crème, dans des pots importés. Une petite unité de raffinage coûterait "
        "environ 400 000 dollars. Nous avons déposé le dossier auprès du Fonds de développement "
        "agricole en mars&nbsp;; nous attendons toujours une réponse.",
        "<strong>Les jeunes femmes s’intéressent-elles encore au karité ?</strong>",
        "Moins qu’avant, c’est vrai. Elles préfèrent le commerce ou l’orpaillage. Mais quand une "
        "coopérative gagne correctement sa vie, elles reviennent. À Siguiri, le groupement de "
        "Mariama Condé a recruté quarante jeunes cette année grâce à un contrat avec une "
        "entreprise de cosmétiques.",
    ]
    body = [intro, *qa]
    author = "Mamadou Saliou Bah"
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": author, "@id": f"{base}/#/schema/person/7c1e0a"},
                "headline": title,
                "datePublished": "2026-10-14T09:32:18+00:00",
                "dateModified": "2026-10-14T11:05:41+00:00",
                "wordCount": 312,
                "commentCount": 3,
                "publisher": {"@id": f"{base}/#organization"},
                "keywords": ["Karité", "Kankan", "Coopératives", "Agriculture"],
                "articleSection": ["Économie", "Interviews"],
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - Guinéenews",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {"@type": "ListItem", "position": 2, "name": title},
                ],
            },
            {"@type": "Organization", "@id": f"{base}/#organization", "name": "Guinéenews"},
            {
                "@type": "Person",
                "@id": f"{base}/#/schema/person/7c1e0a",
                "name": author,
                "url": f"{base}/author/msbah/",
            },
        ],
    }
    nav = menu(
        201,
        "jeg_menu",
        base,
        ["Actualités", "Politique", "Économie", "Société", "Sport", "Culture", "Régions"],
    )
    rel = teasers(202, 30, base, FILLER)
    rel_html = "".join(
        f'<div class="jeg_post jeg_pl_md_2"><div class="jeg_thumb"><a href="{r["url"]}">'
        f'<img src="{r["image"]}" alt=""></a></div><h3 class="jeg_post_title"><a href="'
        f'{r["url"]}">{r["title"]}</a></h3><div class="jeg_meta_date">{r["date"]}</div></div>'
        for r in rel[:9]
    )
    comments = [
        (
            "Alpha Oumar Diallo",
            "14 octobre 2026 à 12 h 10 min",
            "Courage aux femmes de Kankan. L’État doit vraiment fixer ce prix plancher.",
        ),
        (
            "Kadiatou S.",
            "14 octobre 2026 à 15 h 42 min",
            "Et la route Kankan-Siguiri ? Sans route, pas d’usine.",
        ),
        ("Ibrahima", "15 octobre 2026 à 8 h 03 min", "Très bon entretien, merci Guinéenews."),
    ]
    comm_html = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta">'
        f'<b class="fn">{n}</b><time>{d}</time></footer><div class="comment-content">'
        f"<p>{t}</p></div></article></li>"
        for n, d, t in comments
    )
    page = (
        '<!DOCTYPE html>\n<html lang="fr-FR">\n<head>\n<meta charset="UTF-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title} - Guinéenews</title>\n"
        '<meta name="description" content="La présidente de l’Union des coopératives de karité '
        'de Kankan réclame un prix plancher et une usine de transformation.">\n'
        '<meta name="robots" content="index, follow, max-image-preview:large">\n'
        f'<link rel="canonical" href="{url}">\n'
        '<meta property="og:locale" content="fr_FR">\n<meta property="og:type" '
        'content="article">\n'
        f'<meta property="og:title" content="{title}">\n'
        f'<meta property="og:url" content="{url}">\n'
        '<meta property="og:site_name" content="Guinéenews">\n'
        '<meta property="article:published_time" content="2026-10-14T09:32:18+00:00">\n'
        '<meta property="article:modified_time" content="2026-10-14T11:05:41+00:00">\n'
        f'<meta name="author" content="{author}">\n'
        + json_script(ld, 'type="application/ld+json" class="yoast-schema-graph"')
        + "\n<link rel='stylesheet' id='jnews-frontend-css' href='"
        f"{base}/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.2' "
        "type='text/css' media='all' />\n"
        f"<style id='jnews-inline-css'>{css_blob(203, 'jeg', 450)}</style>\n"
        "<script src='" + base + "/wp-includes/js/jquery/jquery.min.js?ver=3.7.1'></script>\n"
        "</head>\n"
        '<body class="post-template-default single single-post postid-184215 '
        'single-format-standard jeg_single_tpl_1 jnews">\n'
        + consent("cky", "Guinéenews")
        + '<div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_header">'
        f'<div class="jeg_logo"><a href="{base}/"><img src="{base}/wp-content/uploads/logo.png"'
        ' alt="Guinéenews"></a></div>'
        f'<div class="jeg_date">Mercredi 2 décembre 2026</div>'
        f'<nav class="jeg_main_menu_wrapper">{nav}</nav></div></div>'
        '<div class="jeg_main"><div class="jeg_container"><div class="jeg_content '
        'jeg_singlepage"><div class="container"><div class="jeg_breadcrumbs jeg_breadcrumb_'
        f'container"><div id="breadcrumbs"><span><a href="{base}/">Accueil</a></span> <i '
        'class="fa fa-angle-right"></i> <span><a href="' + base + '/category/economie/">'
        "Économie</a></span></div></div>"
        '<div class="entry-header"><div class="jeg_post_category"><span><a href="'
        f'{base}/category/economie/" class="category-economie">Économie</a></span></div>'
        f'<h1 class="jeg_post_title">{title}</h1>'
        '<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">'
        '<div class="jeg_meta_author"><img alt="" src="' + base + '/avatar/msbah.jpg" '
        'class="avatar"><span class="meta_text">Par</span> <a href="'
        f'{base}/author/msbah/">{author}</a></div>'
        '<div class="jeg_meta_date"><a href="' + url + '">14 octobre 2026</a></div>'
        '<div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 3'
        "</a></div></div></div></div>"
        '<div class="jeg_featured featured_image"><img src="' + base + "/wp-content/uploads/"
        '2026/10/kaba-kankan.jpg" alt="Fatoumata Kaba"><p class="wp-caption-text">Fatoumata '
        "Kaba, dans un entrepôt de l’Union à Kankan. Photo Guinéenews</p></div>"
        '<div class="jeg_share_top_container"><div class="jeg_share_button">'
        '<a class="jeg_btn-facebook">Partager</a><a class="jeg_btn-whatsapp">WhatsApp</a>'
        "</div></div>"
        '<div class="entry-content no-share"><div class="content-inner ">\n'
        + paras(intro, tag="p")
        + '\n<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-'
        'wrapper"><span class="ads-text">PUBLICITÉ</span><img src="' + base + "/ads/orange-"
        'money-728.gif" alt=""></div></div>\n'
        + paras(*qa)
        + f"\n<p><em>Propos recueillis par {author}</em></p>\n"
        '<div class="jeg_post_tags"><span>Tags:</span> <a href="' + base + '/tag/karite/" '
        'rel="tag">Karité</a><a href="' + base + '/tag/kankan/" rel="tag">Kankan</a>'
        '<a href="' + base + '/tag/cooperatives/" rel="tag">Coopératives</a></div>'
        "</div></div>"
        '<div class="jeg_authorbox"><div class="jeg_author_image"><img src="' + base + "/avatar/"
        'msbah.jpg" alt=""></div><div class="jeg_author_content"><h3 class="jeg_author_name">'
        f'<a href="{base}/author/msbah/">{author}</a></h3><p class="jeg_author_desc">'
        "Journaliste à Guinéenews depuis 2019, il suit l’économie agricole de la Haute-Guinée "
        "et les filières de l’anacarde, du karité et de l’or.</p></div></div>"
        '<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock">'
        '<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Articles '
        "similaires</span></h3></div>" + rel_html + "</div></div>"
        '<div id="comments" class="comment-wrapper"><h3 class="comment-heading">3 '
        f'commentaires</h3><ol class="commentlist">{comm_html}</ol>'
        '<div id="respond"><h3>Laisser un commentaire</h3><form><textarea></textarea>'
        "</form></div></div>"
        "</div></div></div></div>"
        '<div class="jeg_footer"><div class="jeg_footer_copyright"><p>© 2026 Guinéenews – '
        "Tous droits réservés. Conakry, République de Guinée.</p></div></div></div>\n"
        "<script src='" + base + "/wp-content/themes/jnews/assets/dist/frontend.min.js?ver="
        "11.6.2'></script>\n"
        + json_script(
            {"ajax_url": f"{base}/wp-admin/admin-ajax.php", "posts": rel},
            'type="text/javascript" id="jnews-frontend-js-extra"',
        )
        + "\n</body>\n</html>\n"
    )
    write(
        "02_guineenews_wordpress_jnews_interview",
        page,
        {
            "title": title,
            "publication": "Guinéenews",
            "author": author,
            "section": "Économie",
            "date": datetime.date(2026, 10, 14),
            "source_url": url,
            "paragraphs": [flat(x) for x in body],
            "notes": (
                "WordPress JNews + Yoast @graph: interview with questions in <p><strong>, the "
                "first prefixed 'Guinéenews :', the first answer with the speaker's name in "
                "bold; presentation paragraph and an ad before the questions; signature "
                "'Propos recueillis par' at the end (not text); tags, author box with bio, "
                "related posts, three comments; articleSection a list; header shows today's date."
            ),
        },
    )


def page03_madagascartribune_homemade_br_latin1() -> None:
    url = "https://www.madagascar-tribune.com/Crue-de-la-Betsiboka-1-400-familles,29417.html"
    title = "Crue de la Betsiboka : 1 400 familles sinistrées à Maevatanana"
    chapeau = (
        "Les eaux ont commencé à baisser ce week-end, mais plusieurs quartiers bas de la ville "
        "restent inaccessibles."
    )
    segs = [
        "Maevatanana, 8 novembre. Trois jours de pluies ininterrompues sur les hautes terres ont "
        "fait sortir la Betsiboka de son lit dans la nuit de mercredi à jeudi. Selon le Bureau "
        "national de gestion des risques et des catastrophes (BNGRC), 1 412 familles ont dû "
        "quitter leur maison, et 37 cases ont été entièrement emportées.",
        "Les sinistrés sont hébergés dans trois écoles primaires et dans le temple luthérien du "
        "quartier d'Ambalavato. « Nous avons de quoi nourrir les gens pendant une semaine, pas "
        "plus », explique le chef de district, Jean-Claude Rabemananjara.",
        "L'inquiétude porte surtout sur les récoltes. Près de 600 hectares de rizières repiquées "
        "en octobre sont submergés dans les fokontany d'Antanimbary et de Marosely. Les paysans "
        "craignent de perdre toute la première saison, alors que le kilo de riz local dépasse "
        "déjà 3 200 ariary sur le marché de la ville.",
        "La route nationale 4 a été coupée pendant une journée au pont de Maevatanana. La "
        "circulation a repris vendredi après-midi, en alternance, sous le contrôle de la "
        "gendarmerie.",
        "Au marché central, les commerçants ont déplacé leurs étals vers la gare routière, plus "
        "haut dans la ville. Le sac de charbon de bois est passé de 18 000 à 25 000 ariary en "
        "quatre jours, faute de livraisons.",
        "Le BNGRC annonce l'envoi de 20 tonnes de riz et de kits d'hygiène. Des agents du "
        "ministère de la Santé publique sont également attendus pour prévenir les maladies "
        "diarrhéiques, fréquentes après les inondations.",
    ]
    subhead = "Les rizières sous l'eau"
    body = (
        f"{segs[0]}<br />\n<br />\n{segs[1]}<br />\n<br />\n<b>{subhead}</b><br />\n<br />\n"
        + "<br />\n<br />\n".join(segs[2:])
        + "<br />\n<br />\n<i>Rado Andrianaivo</i>"
    )
    left = "".join(
        f'<tr><td class="menu"><a href="/spip.php?rubrique{i}">{w.capitalize()}</a></td></tr>'
        for i, w in enumerate(
            [
                "Politique",
                "Economie",
                "Société",
                "Culture",
                "Sport",
                "Régions",
                "Opinions",
                "Dossiers",
            ],
            2,
        )
    )
    others = "".join(
        f'<tr><td class="autres">&raquo; <a href="/{r["url"].rsplit("/", 1)[1]},'
        f'{29300 + i}.html">{r["title"]}</a> <span class="date">({r["date"]})</span></td></tr>'
        for i, r in enumerate(teasers(301, 60, "", FILLER))
    )
    comments = (
        '<table class="forum" width="100%"><tr><td class="forum_titre">3 réactions</td></tr>'
        '<tr><td class="forum_msg"><b>Naina</b> - 9 novembre 2026 - 11:20<br />Courage aux '
        "familles. Que fait la commune pour les digues ?</td></tr>"
        '<tr><td class="forum_msg"><b>Tsiory R.</b> - 9 novembre 2026 - 14:02<br />Chaque '
        "année la même chose sur la RN4.</td></tr>"
        '<tr><td class="forum_msg"><b>Lalao</b> - 10 novembre 2026 - 07:45<br />Merci pour '
        "l'article, ma famille est à Ambalavato.</td></tr></table>"
    )
    page = (
        f"<!-- saved from url=({len(url):04d}){url} -->\n"
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
        "<html>\n<head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
        f"<title>Madagascar Tribune - {title}</title>\n"
        '<meta name="description" content="Crue de la Betsiboka : plus de 1 400 familles '
        'sinistrées à Maevatanana.">\n'
        '<meta name="keywords" content="Madagascar, Maevatanana, Betsiboka, inondation, BNGRC">\n'
        '<link rel="stylesheet" href="/squelettes/tribune.css" type="text/css">\n'
        "<style>" + css_blob(302, "trib", 260) + "</style>\n"
        '<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>\n'
        "<script type=\"text/javascript\">var _gaq = _gaq || [];_gaq.push(['_setAccount', "
        "'UA-1187240-1']);_gaq.push(['_trackPageview']);</script>\n"
        "</head>\n"
        '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n'
        '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">\n'
        '<tr><td colspan="3" class="bandeau"><a href="/"><img src="/images/logo_tribune.gif" '
        'alt="Madagascar Tribune" width="420" height="90" border="0"></a>'
        '<img src="/pub/banniere_telma_468.gif" width="468" height="60" alt="Publicité"></td>'
        "</tr>\n"
        '<tr><td colspan="3" class="datejour">Mercredi 2 décembre 2026</td></tr>\n'
        '<tr><td width="160" valign="top"><table width="160">' + left + "</table></td>\n"
        '<td width="600" valign="top">\n'
        '<table width="100%" cellpadding="6">\n'
        '<tr><td class="ariane"><a href="/">Accueil</a> &gt; <a href="/spip.php?rubrique4">'
        "Société</a></td></tr>\n"
        f'<tr><td class="titre_article"><font size="5"><b>{title}</b></font></td></tr>\n'
        '<tr><td class="date_article">Publié le lundi 9 novembre 2026</td></tr>\n'
        f'<tr><td class="chapeau"><b>{chapeau}</b></td></tr>\n'
        '<tr><td class="texte_article">\n' + body + "\n</td></tr>\n"
        '<tr><td class="outils"><a href="javascript:window.print()">Imprimer</a> | '
        '<a href="/spip.php?page=envoyer">Envoyer à un ami</a></td></tr>\n'
        f"<tr><td>{comments}</td></tr>\n"
        "</table></td>\n"
        '<td width="220" valign="top"><table width="220"><tr><td class="autres_titre">Dans la '
        "même rubrique</td></tr>" + others + "</table></td></tr>\n"
        '<tr><td colspan="3" class="pied">Madagascar Tribune - Antananarivo - Tous droits '
        "réservés 2026</td></tr>\n</table>\n</body>\n</html>\n"
    )
    paragraphs = [flat(s) for s in segs]
    write(
        "03_madagascartribune_homemade_br_latin1",
        page,
        {
            "title": title,
            "publication": "Madagascar Tribune",
            "author": "Rado Andrianaivo",
            "section": "Société",
            "date": datetime.date(2026, 11, 9),
            "standfirst": chapeau,
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": paragraphs,
            "notes": (
                "Home-made PHP in nested tables, ISO-8859-1 bytes as declared (no warning): no "
                "OG, canonical or JSON-LD, the address only in the saved-from comment; title in "
                "<font><b>, chapeau in its own cell; the text one cell split by <br /><br /> with "
                "a <b> subhead and the author's name in italics as the last segment (a "
                "signature, not text); dateline 'Maevatanana, 8 novembre.' kept; 'Publié le "
                "lundi 9 novembre 2026'; header shows today's date; forum comments."
            ),
        },
        encoding="iso-8859-1",
    )


def page04_clicanoo_drupal_paywall() -> None:
    base = "https://www.clicanoo.re"
    url = (
        f"{base}/sud/saint-pierre/la-mediatheque-du-front-de-mer-coutera-4-millions-deuros-"
        "de-plus-719204"
    )
    title = "Saint-Pierre : la médiathèque du front de mer coûtera 4 millions d’euros de plus"
    chapo = (
        "Le conseil municipal a voté mardi soir un avenant qui porte le coût du chantier à 21,4 "
        "millions d’euros. L’opposition dénonce « un puits sans fond »."
    )
    before = [
        "La facture s’alourdit encore pour la future médiathèque Raphaël-Babet. Réuni mardi "
        "soir, le conseil municipal de Saint-Pierre a adopté par 38 voix contre 9 un avenant de "
        "4,1 millions d’euros au marché de construction, signé en 2024 pour 17,3 millions.",
        "La majorité invoque la hausse du prix de l’acier et du béton, mais surtout une "
        "mauvaise surprise géotechnique&nbsp;: les sondages réalisés au printemps ont révélé "
        "une nappe d’eau saumâtre à moins de trois mètres de profondeur, qui oblige à renforcer "
        "les fondations sur toute la façade côté mer.",
    ]
    quote = "« Reculer maintenant coûterait plus cher que terminer »"
    after = [
        "«&nbsp;Reculer maintenant coûterait plus cher que terminer. Les pénalités prévues au "
        "contrat dépasseraient 6 millions&nbsp;», a défendu l’adjointe aux finances, Valérie "
        "Técher, en rappelant que l’État et la Région financent 55&nbsp;% de l’opération.",
        "Sur les bancs de l’opposition, Daniel Grondin a réclamé un audit indépendant. "
        "«&nbsp;C’est le troisième avenant en deux ans. Personne ne sait aujourd’hui combien "
        "coûtera réellement ce bâtiment, ni combien coûtera son fonctionnement&nbsp;», a-t-il "
        "lancé, sous les applaudissements d’une vingtaine d’habitants venus assister à la "
        "séance.",
        "Les travaux, interrompus pendant quatre mois, ont repris début octobre. La livraison, "
        "annoncée à l’origine pour la rentrée 2026, est désormais repoussée au second semestre "
        "2027.",
        "Dans le quartier de Terre-Sainte, voisin du chantier, plusieurs commerçants disent "
        "avoir perdu jusqu’à un tiers de leur chiffre d’affaires depuis la fermeture d’une "
        "partie du boulevard Hubert-Delisle. La mairie promet une indemnisation, dont le "
        "montant n’a pas encore été fixé.",
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": chapo,
        "mainEntityOfPage": url,
        "datePublished": "2026-11-03T17:45:00+04:00",
        "dateModified": "2026-11-04T08:10:00+04:00",
        "articleSection": "Sud",
        "author": [
            {"@type": "Person", "name": "Sophie Payet"},
            {"@type": "Person", "name": "Jean-Marc Hoarau"},
        ],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Clicanoo"},
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywall-content",
        },
    }
    nav = menu(
        401,
        "menu",
        base,
        ["Nord", "Sud", "Est", "Ouest", "Politique", "Faits divers", "Sports", "Culture"],
        per=6,
    )
    rel = teasers(402, 24, base, FILLER)
    rel_html = "".join(
        f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser">'
        f'<a href="{r["url"]}"><img src="{r["image"]}" alt=""><h3 class="node__title">'
        f"{r['title']}</h3></a></article></div>"
        for r in rel[:8]
    )
    field_body = (
        paras(*before)
        + '\n<aside class="pull-quote"><p>'
        + quote
        + '</p><span class="pull-quote__author">Valérie Técher, adjointe aux finances</span>'
        "</aside>\n" + paras(*after)
    )
    page = (
        '<!DOCTYPE html>\n<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">\n<head>\n'
        '<meta charset="utf-8" />\n'
        f'<meta name="description" content="{chapo}" />\n'
        f'<link rel="canonical" href="{url}" />\n'
        '<meta property="og:site_name" content="Clicanoo" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{url}" />\n'
        f'<meta property="og:title" content="{title}" />\n'
        '<meta property="article:section" content="Saint-Pierre" />\n'
        '<meta property="article:published_time" content="2026-11-02T15:20:11+04:00" />\n'
        '<meta property="article:modified_time" content="2026-11-04T08:10:00+04:00" />\n'
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n'
        '<meta name="MobileOptimized" content="width" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        + json_script(ld)
        + f"\n<title>{title} | Clicanoo</title>\n"
        '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3a9PqL.css" />'
        f"\n<style>{css_blob(403, 'cli', 420)}</style>\n"
        '<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>\n'
        "</head>\n"
        '<body class="path-node page-node-type-article">\n'
        '<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu '
        "principal</a>\n"
        + consent("didomi", "Clicanoo")
        + '\n<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
        '<header role="banner" class="site-header"><div class="region region-header">'
        f'<a href="/" rel="home" class="site-logo"><img src="/themes/custom/clicanoo/logo.svg" '
        'alt="Clicanoo" /></a>'
        f'<nav role="navigation" class="menu--main">{nav}</nav>'
        '<a class="btn-subscribe" href="/abonnement">S’abonner</a></div></header>'
        '<main role="main"><a id="main-content" tabindex="-1"></a>'
        '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" '
        'aria-labelledby="system-breadcrumb"><ol><li><a href="/">Accueil</a></li><li><a href='
        '"/sud">Sud</a></li><li><a href="/sud/saint-pierre">Saint-Pierre</a></li></ol></nav>'
        "</div>"
        '<article role="article" class="node node--type-article node--promoted '
        'node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>'
        '<div class="node__meta"><div class="field field--name-field-auteurs">Par <a href="'
        '/auteur/sophie-payet">Sophie Payet</a> et <a href="/auteur/jean-marc-hoarau">Jean-Marc '
        'Hoarau</a></div><div class="field field--name-created">Publié le <time datetime="'
        '2026-11-03T17:45:00+04:00">3 novembre 2026 à 17:45</time></div>'
        '<div class="field field--name-changed">Mis à jour le <time datetime="2026-11-04T08:10'
        ':00+04:00">4 novembre 2026 à 08:10</time></div></div>'
        '<div class="field field--name-field-image"><figure><img src="/sites/default/files/'
        '2026-11/mediatheque-chantier.jpg" alt="" /><figcaption>Le chantier, à l’arrêt entre '
        "juin et septembre. (Photo Sophie Payet)</figcaption></figure></div>"
        f'<div class="clearfix text-formatted field field--name-field-chapo">{chapo}</div>'
        '<div class="clearfix text-formatted field field--name-body paywall-content">\n'
        + field_body
        + "\n</div>"
        '<div class="paywall-box" id="paywall"><p class="paywall-box__title">Il vous reste 64 % '
        "de cet article à lire.</p><p>Abonnez-vous pour lire la suite et accéder à tous nos "
        'articles.</p><a class="btn" href="/abonnement?origin=paywall">Je m’abonne dès 1 € le '
        'premier mois</a><p class="paywall-box__login">Déjà abonné ? <a href="/user/login">Se '
        "connecter</a></p></div>"
        "</article>"
        '<section class="block-views-blockrelated"><h2>Sur le même sujet</h2>'
        + rel_html
        + "</section></main>"
        '<footer role="contentinfo" class="site-footer"><p>© 2026 Clicanoo – Saint-Denis, La '
        'Réunion</p><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="'
        '/cgv">CGV</a></li></ul></footer></div>\n'
        + json_script(
            {"path": {"baseUrl": "/", "currentPath": "node/719204"}, "related": rel},
            'type="application/json" data-drupal-selector="drupal-settings-json"',
        )
        + '\n<script src="/sites/default/files/js/js_Qm1Pz0.js"></script>\n</body>\n</html>\n'
    )
    write(
        "04_clicanoo_drupal_paywall",
        page,
        {
            "title": title,
            "publication": "Clicanoo",
            "author": "Sophie Payet et Jean-Marc Hoarau",
            "section": "Sud",
            "date": datetime.date(2026, 11, 3),
            "standfirst": chapo,
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in before + after],
            "incomplete": True,
            "notes": (
                "Drupal 10 with a paywall: five paragraphs and an aside pull quote, then the "
                "subscription box ('Il vous reste 64 %') (incomplete). Two authors as two links; "
                "field--name-field-chapo standfirst. Dates disagree: the visible date and "
                "JSON-LD say 3 November 17:45, meta article:published_time (node creation) 2 "
                "November; the visible date wins. JSON-LD articleSection 'Sud' beats "
                "article:section and breadcrumb 'Saint-Pierre'."
            ),
        },
    )
