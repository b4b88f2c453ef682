# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout63/web (Québec, Sénégal, Côte d'Ivoire)."""

import datetime

from kit import (
    FILLER,
    css_blob,
    flat,
    json_script,
    menu,
    paras,
    saved_from,
    teasers,
    wptexturize,
    write,
)


def page05() -> None:
    """Pivot: Ghost 5 (Source theme), reportage, kg cards, alt blockquote as pull quote, UTC next
    day, tag as the only section."""
    base = "https://pivot.quebec"
    url = f"{base}/lanaudiere-comptoirs-alimentaires-ne-suffisent-plus/"
    title = "Dans Lanaudière, les comptoirs alimentaires ne suffisent plus"
    excerpt = (
        "La demande a bondi de 38&nbsp;% en un an dans la région. Des bénévoles épuisés, des "
        "tablettes vides avant midi&nbsp;: reportage à Joliette et à Saint-Gabriel-de-Brandon."
    )
    author = "Rosalie Thibodeau-Lévesque"
    p1 = [
        "Il est 10&nbsp;h&nbsp;40, et les bacs de légumes du comptoir alimentaire de Joliette "
        "sont déjà presque vides. Derrière la table de distribution, Lucie Brissette compte "
        "les sacs qui restent&nbsp;: dix-sept, pour une file qui s’étire jusqu’au "
        "stationnement. «&nbsp;L’an passé, on fermait à 13&nbsp;h et il en restait. Là, je "
        "vais devoir dire à des gens de revenir jeudi&nbsp;», souffle la coordonnatrice.",
        "La scène se répète chaque semaine depuis la fin de l’été. Selon les données "
        "compilées par les organismes de la région, le nombre de ménages servis par les "
        "comptoirs et banques alimentaires de Lanaudière a augmenté de 38&nbsp;% entre "
        "octobre 2025 et octobre 2026. Pour la première fois, les ménages qui ont un revenu "
        "d’emploi y sont majoritaires.",
    ]
    h1 = "Des travailleurs dans la file"
    p2 = [
        "Marc-André, 34&nbsp;ans, fait partie de ces nouveaux visages. Préposé dans un "
        "entrepôt de Saint-Thomas, il gagne un peu plus que le salaire minimum et élève seul "
        "deux enfants. Il préfère qu’on ne publie pas son nom de famille. «&nbsp;Mon loyer a "
        "pris 240&nbsp;$ en deux ans. L’épicerie, c’est la seule dépense que je peux "
        "couper.&nbsp;»",
        "Les organismes observent le même profil ailleurs dans la région. À "
        "Saint-Gabriel-de-Brandon, une cuisine collective a dû instaurer une liste d’attente "
        "pour ses ateliers, ce qu’elle n’avait jamais fait en quinze ans.",
    ]
    quote = "«&nbsp;L’épicerie, c’est la seule dépense que je peux couper.&nbsp;»"
    p3 = ["Les demandes qui ont le plus augmenté, selon les organismes interrogés par Pivot&nbsp;:"]
    items = [
        "les paniers pour les familles de quatre personnes et plus&nbsp;;",
        "les produits d’hygiène, en particulier les couches et les serviettes hygiéniques&nbsp;;",
        "les repas prêts à manger pour les personnes aînées qui vivent seules.",
    ]
    h2 = "Des bénévoles à bout de souffle"
    p4 = [
        "L’autre pénurie est humaine. La moyenne d’âge des bénévoles dépasse 68&nbsp;ans dans "
        "plusieurs comptoirs, et les départs ne sont pas remplacés. «&nbsp;On a perdu six "
        "personnes cette année. Deux sont tombées malades, les autres sont "
        "épuisées&nbsp;», explique Denis Laporte, président d’un comptoir de Rawdon.",
    ]
    p5 = [
        "Les organismes réclament un financement de base sur plusieurs années, plutôt que des "
        "subventions ponctuelles qui les obligent à remplir de nouveaux formulaires chaque "
        "printemps. Le ministère responsable n’avait pas répondu à nos questions au moment "
        "de publier.",
        "À Joliette, Lucie Brissette a fini par fermer la porte à 11&nbsp;h&nbsp;15. Elle a "
        "noté, sur une feuille collée au mur, le nombre de personnes reparties sans rien. Il "
        "y en avait vingt-trois.",
    ]
    image = (
        '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="'
        f'{base}/content/images/2026/12/comptoir-joliette.jpg" class="kg-image" alt="" '
        'loading="lazy" width="2000" height="1333" srcset="'
        f"{base}/content/images/size/w600/2026/12/comptoir-joliette.jpg 600w, "
        f'{base}/content/images/size/w1000/2026/12/comptoir-joliette.jpg 1000w" '
        'sizes="(min-width: 720px) 720px"><figcaption><span style="white-space: pre-wrap;">'
        "Des bénévoles préparent les sacs au comptoir alimentaire de Joliette, le 1er "
        'décembre. </span><span style="white-space: pre-wrap;">Photo&nbsp;: Rosalie '
        "Thibodeau-Lévesque</span></figcaption></figure>"
    )
    bookmark = (
        '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="'
        f'{base}/loyers-hausse-record-villes-moyennes/"><div class="kg-bookmark-content">'
        '<div class="kg-bookmark-title">Loyers&nbsp;: la hausse la plus forte en trente ans '
        'dans les villes moyennes</div><div class="kg-bookmark-description">Joliette, Granby, '
        "Saint-Hyacinthe&nbsp;: les loyers des logements disponibles ont augmenté plus vite "
        'qu’à Montréal.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" '
        f'src="{base}/content/images/icon/pivot-icone.png" alt=""><span class="kg-bookmark-'
        'author">Pivot</span><span class="kg-bookmark-publisher">Rosalie Thibodeau-Lévesque'
        '</span></div></div><div class="kg-bookmark-thumbnail"><img src="'
        f'{base}/content/images/2026/10/loyers.jpg" alt="" onerror="this.style.display = '
        "'none'\"></div></a></figure>"
    )
    callout = (
        '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-'
        'emoji">📰</div><div class="kg-callout-text">Ce reportage a été réalisé dans le '
        "cadre de l’Initiative de journalisme local. Pivot est un média indépendant et sans "
        "but lucratif, financé par ses lecteurs et lectrices.</div></div>"
    )
    body = "\n".join(
        [
            paras(*p1),
            image,
            f'<h2 id="des-travailleurs-dans-la-file">{h1}</h2>',
            paras(*p2),
            f'<blockquote class="kg-blockquote-alt">{quote}</blockquote>',
            paras(*p3),
            "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
            f'<h2 id="des-benevoles-a-bout-de-souffle">{h2}</h2>',
            paras(*p4),
            bookmark,
            paras(*p5),
            callout,
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {
            "@type": "Organization",
            "name": "Pivot",
            "url": f"{base}/",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/content/images/2024/03/pivot-logo.png",
            },
        },
        "author": {
            "@type": "Person",
            "name": author,
            "image": {
                "@type": "ImageObject",
                "url": f"{base}/content/images/2025/01/rosalie.jpg",
                "width": 400,
                "height": 400,
            },
            "url": f"{base}/author/rosalie/",
            "sameAs": [],
        },
        "headline": title,
        "url": url,
        "datePublished": "2026-12-04T02:15:00.000Z",
        "dateModified": "2026-12-04T13:02:41.000Z",
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/content/images/2026/12/comptoir-joliette.jpg",
            "width": 2000,
            "height": 1333,
        },
        "keywords": "Société, Lanaudière, Insécurité alimentaire",
        "description": flat(excerpt),
        "mainEntityOfPage": url,
    }
    cards = "".join(
        f'<article class="gh-card post"><a class="gh-card-link" href="{t["url"]}"><figure class="gh-card-image"><img src="{t["image"]}" alt="" loading="lazy"></figure><div class="gh-card-wrapper"><p class="gh-card-tag">{t["section"]}</p><h3 class="gh-card-title is-title">{t["title"]}</h3><footer class="gh-card-meta"><span class="gh-card-author">Pivot</span><time class="gh-card-date" datetime="{t["date"]}">{t["date"]}</time></footer></div></a></article>'
        for t in teasers(635, 4, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-ca">
<head>

    <title>{title}</title>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="preload" as="style" href="{base}/assets/built/screen.css?v=8c1d2a4f0b" />
    <link rel="stylesheet" type="text/css" href="{base}/assets/built/screen.css?v=8c1d2a4f0b" />
    <style>:root {{--background-color: #ffffff}}{css_blob(6315, "gh", 120)}</style>

    <meta name="description" content="{flat(excerpt)}">
    <link rel="icon" href="{base}/content/images/size/w256h256/2024/03/pivot-icone.png" type="image/png">
    <link rel="canonical" href="{url}">
    <meta name="referrer" content="no-referrer-when-downgrade">

    <meta property="og:site_name" content="Pivot">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{title}">
    <meta property="og:description" content="{flat(excerpt)}">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="{base}/content/images/2026/12/comptoir-joliette.jpg">
    <meta property="article:published_time" content="2026-12-04T02:15:00.000Z">
    <meta property="article:modified_time" content="2026-12-04T13:02:41.000Z">
    <meta property="article:tag" content="Société">
    <meta property="article:tag" content="Lanaudière">
    <meta property="article:tag" content="Insécurité alimentaire">
    <meta property="article:publisher" content="https://www.facebook.com/pivot.quebec">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="{title}">
    <meta name="twitter:description" content="{flat(excerpt)}">
    <meta name="twitter:url" content="{url}">
    <meta name="twitter:image" content="{base}/content/images/2026/12/comptoir-joliette.jpg">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="{author}">
    <meta name="twitter:label2" content="Filed under">
    <meta name="twitter:data2" content="Société, Lanaudière, Insécurité alimentaire">
    <meta property="og:image:width" content="2000">
    <meta property="og:image:height" content="1333">

    {json_script(ld)}

    <meta name="generator" content="Ghost 5.101">
    <link rel="alternate" type="application/rss+xml" title="Pivot" href="{base}/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="{base}/" data-key="3f9a1c0e7b" data-api="{base}/ghost/api/content/" data-locale="fr" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta {{display: flex;flex-direction: column;align-items: center}}</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="3f9a1c0e7b" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" data-sodo-search="{base}/" data-locale="fr" crossorigin="anonymous"></script>
    <link href="{base}/webmentions/receive/" rel="webmention">
    <script defer src="/public/cards.min.js?v=8c1d2a4f0b"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=8c1d2a4f0b">
    <script defer src="/public/member-attribution.min.js?v=8c1d2a4f0b"></script>
</head>
<body class="post-template tag-societe tag-lanaudiere tag-insecurite-alimentaire has-sans-title has-serif-body">
<div class="gh-site">

    <header id="gh-navigation" class="gh-navigation is-left-logo gh-outer">
        <div class="gh-navigation-inner gh-inner">
            <div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="{base}"><img src="{base}/content/images/2024/03/pivot-logo.png" alt="Pivot"></a><button class="gh-search gh-icon-button" aria-label="Rechercher" data-ghost-search></button></div>
            <nav class="gh-navigation-menu"><ul class="nav"><li class="nav-societe"><a href="{base}/tag/societe/">Société</a></li><li class="nav-politique"><a href="{base}/tag/politique/">Politique</a></li><li class="nav-environnement"><a href="{base}/tag/environnement/">Environnement</a></li><li class="nav-travail"><a href="{base}/tag/travail/">Travail</a></li><li class="nav-culture"><a href="{base}/tag/culture/">Culture</a></li><li class="nav-a-propos"><a href="{base}/a-propos/">À propos</a></li></ul></nav>
            <div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Connexion</a><a class="gh-button" href="#/portal/signup" data-portal="signup">S’abonner</a></div></div>
        </div>
    </header>

<main class="gh-main gh-outer">

<article class="gh-article post tag-societe tag-lanaudiere tag-insecurite-alimentaire">

    <header class="gh-article-header gh-canvas">

        <a class="gh-article-tag" href="{base}/tag/societe/">Société</a>
        <h1 class="gh-article-title is-title">{title}</h1>
            <p class="gh-article-excerpt is-body">{excerpt}</p>

        <div class="gh-article-meta">
            <div class="gh-article-author-image instapaper_ignore">
                <a href="{base}/author/rosalie/"><img class="author-profile-image" src="{base}/content/images/size/w160/2025/01/rosalie.jpg" alt="{author}" /></a>
            </div>
            <div class="gh-article-meta-wrapper">
                <h4 class="gh-article-author-name"><a href="{base}/author/rosalie/">{author}</a></h4>
                <div class="gh-article-meta-content">
                    <time class="gh-article-meta-date" datetime="2026-12-03">3 déc. 2026</time>
                        <span class="gh-article-meta-length"><span class="bull">—</span> 6 min de lecture</span>
                </div>
            </div>
        </div>

    </header>

    <section class="gh-content gh-canvas is-body drop-cap">
        {body}
    </section>

</article>

    <section class="gh-cta gh-outer"><div class="gh-cta-inner gh-inner"><div class="gh-cta-content"><h2 class="gh-cta-title is-title">Recevez Pivot dans votre boîte courriel</h2><p class="gh-cta-description">Une infolettre par semaine, gratuite. Nos reportages, nos enquêtes et rien d’autre.</p></div><div class="gh-cta-actions"><a class="gh-button" href="#/portal/signup" data-portal="signup">S’abonner</a></div></div></section>

    <div class="gh-comments gh-canvas">
        <script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.21/umd/comments-ui.min.js" data-locale="fr" data-ghost-comments="{base}/" data-api="{base}/ghost/api/content/" data-admin="https://pivot.ghost.io/ghost/" data-key="3f9a1c0e7b" data-title="" data-count="true" data-post-id="6745c1e2a9b0f20001d3c8e4" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#E8412A" data-comments-enabled="paid" crossorigin="anonymous"></script>
    </div>

</main>

    <section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Lire la suite</h2><div class="gh-feed">{cards}</div></div></section>

    <footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">Pivot</span><nav class="gh-footer-menu"><ul class="nav"><li><a href="{base}/a-propos/">À propos</a></li><li><a href="{base}/nous-soutenir/">Nous soutenir</a></li><li><a href="{base}/confidentialite/">Confidentialité</a></li></ul></nav><div class="gh-footer-copyright">Pivot © 2026. Propulsé par <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div></div></footer>

</div>

<script src="{base}/assets/built/source.js?v=8c1d2a4f0b"></script>

</body>
</html>
"""
    write(
        "05_pivot_ghost_reportage_tag_only_section_alt_blockquote_utc_next_day",
        page,
        {
            "title": title,
            "publication": "Pivot",
            "author": author,
            "section": "Société",
            "date": datetime.date(2026, 12, 3),
            "standfirst": flat(excerpt),
            "source_url": url,
            "subheads": [flat(h1), flat(h2)],
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p1 + p2 + p3 + items + p4 + p5],
            "notes": "Ghost 5 with the Source theme. Custom excerpt p.gh-article-excerpt is "
            "the standfirst. No articleSection, no breadcrumb: the primary tag link "
            "a.gh-article-tag 'Société' is the section (article:tag metas are tags). JSON-LD "
            "Article (Ghost's own) and article:published_time in UTC "
            "'2026-12-04T02:15:00.000Z' = 21 h 15 on 3 December in Québec; the page shows '3 "
            "déc. 2026' (datetime 2026-12-03). Two h2 subheads; blockquote.kg-blockquote-alt "
            "repeats a sentence of a paragraph (pull quote); introducing paragraph + ul of "
            "three items; kg-image-card caption with a photo credit; kg-bookmark-card (title, "
            "description, publisher) and a closing kg-callout-card (funding note) are chrome. "
            "<title> is the bare headline; twitter:label1 'Written by'. Members CTA, comments "
            "script, 'Lire la suite' cards.",
        },
    )


def page06() -> None:
    """Journal des voisins: WordPress Newspack + Yoast, photo report: Jetpack slideshow captions,
    photographer credited apart, 'Infos pratiques' list."""
    base = "https://journaldesvoisins.com"
    url = f"{base}/2026/12/05/en-images-la-promenade-fleury-lance-son-marche-des-fetes/"
    title = wptexturize("En images : la promenade Fleury lance son marché des Fêtes")
    subtitle = wptexturize(
        "Une quarantaine d'artisans et de producteurs s'installent jusqu'au 20 décembre sous "
        "les chapiteaux de la place Fleury."
    )
    p1 = [
        wptexturize(x)
        for x in [
            "Il fallait avoir les doigts bien gantés, samedi matin, pour l'ouverture du marché "
            "des Fêtes de la promenade Fleury. Malgré les -12 °C, plusieurs centaines de "
            "personnes ont défilé entre les chapiteaux dressés sur la place, à l'angle de la "
            "rue Lajeunesse.",
            "Pour sa quatrième édition, le marché réunit 41 exposants, contre 28 l'an dernier. "
            "Les organisateurs ont privilégié les artisans et les producteurs de "
            "l'arrondissement et des quartiers voisins : céramistes, savonniers, boulangers, "
            "un apiculteur de Cartierville et même une petite fromagerie installée depuis le "
            "printemps dans un ancien garage.",
            "« On voulait que les gens puissent faire leurs cadeaux sans sortir du quartier », "
            "explique Karine Bélisle, coordonnatrice de l'événement. Les exposants paient un "
            "tarif réduit en échange d'une présence les trois fins de semaine.",
            "Notre photographe Amélie Desrosiers a arpenté les allées le jour de l'ouverture.",
        ]
    ]
    captions = [
        "Dès 10 h, une file s'était formée devant le kiosque de chocolat chaud.",
        "Céline Aubry, céramiste de la rue Fleury, présente ses bols émaillés.",
        "Le miel de l'apiculteur Mathieu Riopel provient de ruches installées à Cartierville.",
        "Les enfants ont pu écrire leur lettre au père Noël dans une boîte aux lettres géante.",
        "Un trio de musiciens a joué des airs traditionnels tout l'après-midi.",
        "Le stand de tourtières a été dévalisé avant 14 h.",
        "Les chapiteaux sont chauffés, mais les tuques restaient de rigueur.",
        "Karine Bélisle, coordonnatrice du marché, accueille les visiteurs à l'entrée.",
    ]
    slides = "".join(
        f'<li class="wp-block-jetpack-slideshow_slide swiper-slide"><figure><img alt="" class="wp-block-jetpack-slideshow_image wp-image-{88210 + i}" data-id="{88210 + i}" src="{base}/wp-content/uploads/2026/12/marche-fleury-{i + 1:02d}.jpg"/><figcaption class="wp-block-jetpack-slideshow_caption gallery-caption">{wptexturize(c)}</figcaption></figure></li>'
        for i, c in enumerate(captions)
    )
    gallery = (
        '<div class="wp-block-jetpack-slideshow aligncenter" data-autoplay="false" '
        'data-delay="3" data-effect="slide"><div class="wp-block-jetpack-slideshow_container '
        'swiper-container"><ul class="wp-block-jetpack-slideshow_swiper-wrapper '
        f'swiper-wrapper">{slides}</ul><a class="wp-block-jetpack-slideshow_button-prev '
        'swiper-button-prev swiper-button-white" role="button"></a><a class="wp-block-'
        'jetpack-slideshow_button-next swiper-button-next swiper-button-white" '
        'role="button"></a><a aria-label="Pause Slideshow" class="wp-block-jetpack-'
        'slideshow_button-pause" role="button"></a><div class="wp-block-jetpack-slideshow_'
        'pagination swiper-pagination swiper-pagination-white"></div></div></div>'
    )
    credit = '<p class="has-small-font-size"><em>Photos : Amélie Desrosiers</em></p>'
    p2 = [
        wptexturize(
            "Le marché se poursuit les samedis et dimanches jusqu'au 20 décembre. Une chorale "
            "d'élèves du quartier doit s'y produire le dimanche 13 décembre à 14 h."
        )
    ]
    head = "Infos pratiques"
    items = [
        wptexturize(x)
        for x in [
            "<strong>Quand :</strong> les samedis et dimanches, de 10 h à 17 h, jusqu'au 20 "
            "décembre ;",
            "<strong>Où :</strong> place Fleury, à l'angle de la rue Lajeunesse ;",
            "<strong>Accès :</strong> métro Henri-Bourassa, puis une dizaine de minutes de marche.",
        ]
    ]
    body = "\n".join(
        [
            "\n\n".join(f"<p>{x}</p>" for x in p1),
            credit,
            gallery,
            paras(*p2),
            f'<h3 class="wp-block-heading">{head}</h3>',
            '<ul class="wp-block-list">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "author": {"name": "Julien Morissette", "@id": f"{base}/#/schema/person/3c7e"},
                "headline": flat(title),
                "datePublished": "2026-12-05T20:30:00-05:00",
                "dateModified": "2026-12-06T09:12:05-05:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 402,
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": url + "#primaryimage"},
                "articleSection": ["Vie de quartier"],
                "inLanguage": "fr-CA",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{flat(title)} - Journal des voisins",
                "datePublished": "2026-12-05T20:30:00-05:00",
            },
            {
                "@type": "ImageObject",
                "@id": url + "#primaryimage",
                "url": f"{base}/wp-content/uploads/2026/12/marche-fleury-01.jpg",
                "caption": "Photo : Amélie Desrosiers",
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Journal des voisins",
                "url": base + "/",
            },
            {
                "@type": "Person",
                "@id": f"{base}/#/schema/person/3c7e",
                "name": "Julien Morissette",
                "url": f"{base}/author/jmorissette/",
            },
        ],
    }
    nav = menu(
        6306,
        "main-menu",
        base,
        ["Actualités", "Vie de quartier", "Culture", "Environnement", "Opinions", "Agenda"],
        5,
    )
    related = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{i}" data-post-format="false"><a class="jp-relatedposts-post-a" href="{t["url"]}"><img class="jp-relatedposts-post-img" src="{t["image"]}" alt=""></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{t["url"]}">{t["title"]}</a></h4><p class="jp-relatedposts-post-date">{t["date"]}</p><p class="jp-relatedposts-post-context">Dans « Vie de quartier »</p></div>'
        for i, t in enumerate(teasers(636, 3, base, FILLER))
    )
    page = f"""<!doctype html>
<html lang="fr-CA">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<link rel="profile" href="https://gmpg.org/xfn/11" />
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<title>{title} - Journal des voisins</title>
	<meta name="description" content="{flat(subtitle)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="fr_CA" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{title}" />
	<meta property="og:description" content="{flat(subtitle)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="Journal des voisins" />
	<meta property="article:published_time" content="2026-12-06T01:30:00+00:00" />
	<meta property="article:modified_time" content="2026-12-06T14:12:05+00:00" />
	<meta property="og:image" content="{base}/wp-content/uploads/2026/12/marche-fleury-01.jpg" />
	<meta name="author" content="Julien Morissette" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Écrit par" />
	<meta name="twitter:data1" content="Julien Morissette" />
	{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel='stylesheet' id='newspack-style-css' href='{base}/wp-content/themes/newspack-theme/style.css?ver=2.3.1' type='text/css' media='all' />
<style id='newspack-style-inline-css' type='text/css'>{css_blob(6316, "np", 240)}</style>
<link rel='stylesheet' id='jetpack-slideshow-css' href='{base}/wp-content/plugins/jetpack/_inc/blocks/slideshow/view.css?minify=false&#038;ver=13.9' type='text/css' media='all' />
<script type="text/javascript" id="newspack-popups-js-extra">var newspack_popups_view = {{"segments":[],"prompts":[{{"id":"41210","frequency":"once"}}]}};</script>
</head>

<body class="post-template-default single single-post postid-88201 single-format-standard wp-custom-logo wp-embed-responsive singular has-featured-image header-default header-center-logo hide-homepage-title show-site-tagline h-nsub h-sub h-dh h-cl h-ll newspack-theme single-featured-image-default">

<aside id="mobile-sidebar-fallback" class="mobile-sidebar"><button class="mobile-menu-toggle">Fermer</button></aside>

<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#main">Aller au contenu</a>

	<header id="masthead" class="site-header hide-header-search">
		<div class="top-header-contain desktop-only"><div class="wrapper"><div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="Menu secondaire"><ul><li><a href="{base}/a-propos/">À propos</a></li><li><a href="{base}/publicite/">Publicité</a></li><li><a href="{base}/nous-joindre/">Nous joindre</a></li></ul></nav></div></div></div>
		<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="{base}/" class="custom-logo-link" rel="home"><img src="{base}/wp-content/uploads/2024/02/jdv-logo.png" class="custom-logo" alt="Journal des voisins"></a><p class="site-description">Le média communautaire d'Ahuntsic-Cartierville</p></div><div class="nav-wrapper desktop-only"><div id="site-navigation"><nav class="main-navigation nav1 dd-menu" aria-label="Menu supérieur">{nav}</nav></div></div><a class="button donate" href="{base}/faire-un-don/">Faire un don</a></div></div>
	</header>

	<div id="content" class="site-content">

	<section id="primary" class="content-area category-vie-de-quartier">
		<main id="main" class="site-main">

			<header class="entry-header">
				<span class="cat-links"><span class="screen-reader-text">Publié dans</span><a href="{base}/category/vie-de-quartier/" rel="category tag">Vie de quartier</a></span>
				<h1 class="entry-title">{title}</h1>
				<div class="newspack-post-subtitle">{subtitle}</div>
				<div class="entry-subhead">
					<div class="entry-meta">
						<span class="author-avatar"><img alt="" src="{base}/wp-content/uploads/2025/06/jmorissette-80x80.jpg" class="avatar avatar-80 photo" height="80" width="80" /></span>
						<span class="byline"><span>par</span> <span class="author vcard"><a class="url fn n" href="{base}/author/jmorissette/">Julien Morissette</a></span></span>
						<span class="posted-on"><time class="entry-date published" datetime="2026-12-05T20:30:00-05:00">5 décembre 2026</time><time class="updated" datetime="2026-12-06T09:12:05-05:00">6 décembre 2026</time></span>
					</div>
					<div class="newspack-sharing"><a class="share-facebook sd-button" href="{url}?share=facebook"><span>Facebook</span></a><a class="share-x sd-button" href="{url}?share=x"><span>X</span></a><a class="share-email sd-button" href="mailto:?subject={url}"><span>Courriel</span></a></div>
				</div>
			</header>

			<figure class="post-thumbnail"><img width="1200" height="800" src="{base}/wp-content/uploads/2026/12/marche-fleury-01.jpg" class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="" decoding="async" /><figcaption><span class="image-caption">Le marché des Fêtes de la promenade Fleury, samedi.</span> <span class="image-credit"><span class="credit-label-wrapper">Crédit :</span> Amélie Desrosiers</span></figcaption></figure>

			<article id="post-88201" class="post-88201 post type-post status-publish format-standard has-post-thumbnail hentry category-vie-de-quartier tag-marche-de-noel tag-promenade-fleury entry">
				<div class="entry-content">
{body}
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Articles similaires</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">{related}</div></div>
				</div>

				<footer class="entry-footer"><span class="tags-links"><span>Étiquettes :</span><a href="{base}/tag/marche-de-noel/" rel="tag">marché de Noël</a><a href="{base}/tag/promenade-fleury/" rel="tag">promenade Fleury</a></span></footer>

				<div class="author-bio"><img alt="" src="{base}/wp-content/uploads/2025/06/jmorissette-80x80.jpg" class="avatar avatar-80 photo" /><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Julien Morissette</h2></div><p>Julien Morissette couvre la vie de quartier et les commerces d'Ahuntsic-Cartierville pour le Journal des voisins.</p><a class="author-link" href="{base}/author/jmorissette/">Plus d'articles de Julien Morissette</a></div></div>
			</article>

			<div class="wp-block-newspack-blocks-donate wpbnbd wpbnbd--tiers-layout"><h2>Soutenez votre média local</h2><p>Le Journal des voisins est un organisme à but non lucratif. Vos dons rendent possible une information de proximité, gratuite pour tous.</p><form><button type="submit">Je donne</button></form></div>

			<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3><form class="comment-form"><textarea name="comment"></textarea><input type="submit" value="Publier le commentaire"></form></div></div>

		</main>
	</section>

	</div>

	<footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper"><img src="{base}/wp-content/uploads/2024/02/jdv-logo-blanc.png" alt="Journal des voisins"></div></div><div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">© 2026 Journal des voisins.</span> <a class="imprint" href="https://newspack.com/" target="_blank">Propulsé par Newspack</a></div></div></footer>

</div>

<div class="newspack-lightbox newspack-popup-container newspack-popup hidden" role="dialog" data-popup-status="publish" id="id_41210"><div class="newspack-popup-wrapper"><div class="newspack-popup__content-wrapper"><div class="newspack-popup__content"><h2>Ne manquez rien de votre quartier</h2><p>Recevez notre infolettre chaque vendredi.</p><form><input type="email" placeholder="Votre courriel"><button>Je m'inscris</button></form></div><button class="newspack-lightbox__close" aria-label="Fermer">×</button></div></div></div>
<script type='text/javascript' src='{base}/wp-content/plugins/jetpack/_inc/blocks/slideshow/view.js?minify=false&#038;ver=13.9' id='jetpack-block-slideshow-js'></script>
</body>
</html>
"""
    write(
        "06_journaldesvoisins_newspack_yoast_photos_slideshow_captions_credit_p",
        page,
        {
            "title": flat(title),
            "publication": "Journal des voisins",
            "author": "Julien Morissette",
            "section": "Vie de quartier",
            "date": datetime.date(2026, 12, 5),
            "standfirst": flat(subtitle),
            "source_url": url,
            "subheads": [head],
            "paragraphs": [flat(x) for x in p1 + p2 + items],
            "notes": "WordPress Newspack theme + Yoast + Jetpack. Photo report: four "
            "paragraphs, a '<p class=\"has-small-font-size\"><em>Photos : …</em>' credit line "
            "inside entry-content (a photo credit, not text, not an author), a Jetpack "
            "slideshow whose eight captions sit in <li> slides (captions, not list items), "
            "then a paragraph, an h3 'Infos pratiques' subhead and a ul of three items with "
            "bold labels. Standfirst div.newspack-post-subtitle. wptexturize &#8217; "
            "apostrophes. Yoast articleSection ['Vie de quartier'] (also the category link). "
            "Dates: Yoast -05:00, article:published_time in UTC "
            "'2026-12-06T01:30:00+00:00' (the next day), page '5 décembre 2026' with an "
            "updated '6 décembre 2026'. Jetpack related posts inside entry-content, author "
            "bio, donate block, newsletter popup, featured image credit.",
        },
    )


def page07() -> None:
    """SenePlus: Drupal 9, no JSON-LD, AFP dispatch with dateline and closing initials, header
    date of the next day, reader comments."""
    base = "https://www.seneplus.com"
    url = f"{base}/economie/arachide-la-campagne-souvre-sous-le-prix-plancher"
    title = "Arachide : la campagne s'ouvre sous le prix plancher"
    p = [
        "Kaffrine (Sénégal), 3 déc 2026 (AFP) - Sous un hangar de tôle à la sortie de "
        "Kaffrine, Ousmane Ndiaye regarde ses sacs d'arachide empilés depuis dix jours. « Les "
        "camions viennent, ils pèsent, ils repartent. Personne n'achète au prix officiel », se "
        "désole ce cultivateur de 58 ans, qui a récolté cette année un peu plus de quatre "
        "tonnes.",
        "Dans le bassin arachidier, au centre du Sénégal, la campagne de commercialisation "
        "2026-2027 a officiellement débuté le 25 novembre, avec un prix plancher fixé à 330 "
        "francs CFA (environ 0,50 euro) le kilo, contre 305 l'an dernier.",
        "Mais sur le terrain, les transactions se font souvent en dessous de ce seuil, selon "
        "une dizaine de producteurs et d'intermédiaires interrogés par l'AFP dans les régions "
        "de Kaffrine et de Kaolack.",
        "« Le prix plancher, c'est pour la radio », ironise Awa Sarr, qui préside un "
        "groupement de femmes productrices à Birkelane. « Ici, on te propose 280, tu prends "
        "ou tu gardes tes sacs. Et si tu gardes, il faut payer quelqu'un pour surveiller. »",
        "Les huiliers locaux, qui transforment la graine en huile, peinent de leur côté à "
        "constituer leurs stocks. Ils se disent concurrencés par des acheteurs étrangers qui "
        "paient comptant et exportent l'arachide non décortiquée.",
        "Un opérateur installé à Kaolack, qui a requis l'anonymat, affirme avoir collecté "
        "moins de 15% de son objectif à la fin de la première semaine. « Nous avons les "
        "financements, nous avons les usines. Ce qui nous manque, c'est la graine », dit-il.",
        "L'arachide fait vivre, directement ou indirectement, plusieurs millions de "
        "Sénégalais. La production de la campagne est estimée à environ 1,6 million de "
        "tonnes, en légère hausse grâce à un hivernage jugé favorable.",
        "A Kaffrine, Ousmane Ndiaye dit qu'il attendra « au moins un mois » avant de vendre à "
        "perte. « Mais les enfants doivent retourner à l'école en janvier », ajoute-t-il.",
    ]
    initials = "amd/cf/sba"
    body = paras(*p) + f"\n<p>{initials}</p>"
    comments = "".join(
        f'<div class="comment js-comment" data-comment-user-id="0" id="comment-{cid}"><div class="comment__meta"><span class="comment__author">{who}</span><span class="comment__time">{when}</span></div><div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field__item"><p>{what}</p></div></div></div>'
        for cid, who, when, what in [
            (
                418220,
                "Baye Fall",
                "04/12/2026 - 08:41",
                "Chaque année c'est la même chose. Le prix plancher n'est respecté que dans les journaux.",
            ),
            (
                418231,
                "Kaolack_Rewmi",
                "04/12/2026 - 10:15",
                "Il faut que l'Etat achète lui même aux producteurs, sinon les intermédiaires vont tout prendre.",
            ),
            (
                418246,
                "Ndeye A.",
                "04/12/2026 - 12:02",
                "Courage aux femmes de Birkelane.",
            ),
        ]
    )
    nav = menu(
        6307,
        "menu--main",
        base,
        ["Politique", "Économie", "Société", "Culture", "Sports", "Opinions", "International"],
        6,
    )
    more = "".join(
        f'<div class="views-row"><a href="{t["url"]}"><img src="{t["image"]}" alt="" /></a><h4><a href="{t["url"]}">{t["title"]}</a></h4></div>'
        for t in teasers(637, 8, base, FILLER)
    )
    popular = "".join(
        f'<li><a href="{t["url"]}">{t["title"]}</a></li>' for t in teasers(638, 6, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
  <head>
    <meta charset="utf-8" />
<link rel="canonical" href="{url}" />
<meta name="description" content="Les producteurs du bassin arachidier vendent sous le prix officiel de 330 francs CFA le kilo, face à des acheteurs étrangers qui paient comptant." />
<meta property="og:site_name" content="SenePlus" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{title}" />
<meta property="og:image" content="{base}/sites/default/files/styles/og/public/raw_photos/arachide-kaffrine.jpg" />
<meta property="article:published_time" content="2026-12-03T14:20:00+00:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@seneplus" />
<meta name="twitter:title" content="{title}" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/seneplus/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{title} | SenePlus</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_T0m3kQ9sXy.css" />
    <style>{css_blob(6317, "snp", 200)}</style>
    <script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
  </head>
  <body class="path-node page-node-type-article">
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page">
  <div class="topbar"><span class="topbar__date">Vendredi 4 Décembre 2026</span><ul class="topbar__social"><li><a href="https://facebook.com/seneplus">Facebook</a></li><li><a href="https://twitter.com/seneplus">Twitter</a></li><li><a href="https://youtube.com/seneplus">YouTube</a></li></ul></div>
  <header id="header" role="banner"><a href="/" class="logo" rel="home"><img src="/themes/custom/seneplus/logo.png" alt="SenePlus" /></a><div class="pub pub--leaderboard"><div id="div-gpt-ad-leaderboard"></div></div></header>
  <nav id="main-menu" role="navigation">{nav}</nav>
  <div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol><li><a href="/">Accueil</a></li><li><a href="/economie">Économie</a></li></ol></nav></div>
  <div id="main-wrapper" class="layout-main-wrapper clearfix"><div id="main" class="layout-main clearfix">
    <main id="content" class="column main-content" role="main">
      <div class="region region-content">
<article role="article" about="/economie/arachide-la-campagne-souvre-sous-le-prix-plancher" class="node node--type-article node--view-mode-full">
  <div class="node__rubrique"><a href="/economie">ÉCONOMIE</a></div>
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
  <div class="node__meta"><div class="field field--name-field-source field--label-hidden field__item">AFP</div><span class="node__date">Publication 03/12/2026</span><span class="node__comments-count"><a href="#comments">3 commentaires</a></span></div>
  <div class="share"><a class="share__facebook" href="https://www.facebook.com/sharer.php?u={url}">Partager</a><a class="share__twitter" href="https://twitter.com/share?url={url}">Tweeter</a><a class="share__whatsapp" href="whatsapp://send?text={url}">WhatsApp</a></div>
  <div class="field field--name-field-image field--type-image field--label-hidden field__item"><img src="/sites/default/files/styles/article/public/raw_photos/arachide-kaffrine.jpg" alt="" loading="lazy" /><div class="image-legende">Des sacs d'arachide dans un point de collecte, près de Kaffrine (photo d'archives). AFP</div></div>
  <div class="node__content clearfix">
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
    <div class="pub pub--inarticle"><span>PUBLICITÉ</span><div id="div-gpt-ad-inarticle"></div></div>
    <div class="field field--name-field-tags field--label-inline"><div class="field__label">Mots clés</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/881">Arachide</a></div><div class="field__item"><a href="/taxonomy/term/1302">Agriculture</a></div><div class="field__item"><a href="/taxonomy/term/2270">Kaffrine</a></div></div></div>
  </div>
  <section class="articles-relation"><h2>Articles en relation</h2><div class="view-content">{more}</div></section>
  <section id="comments" class="comment-wrapper"><h2 class="title comment-form__title">Commentaires</h2>{comments}<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form"><input type="text" placeholder="Votre nom" /><textarea></textarea><input type="submit" value="Enregistrer" /></form></section>
</article>
      </div>
    </main>
    <aside class="layout-sidebar-second" role="complementary"><div class="block"><h2>Les plus lus</h2><ol>{popular}</ol></div></aside>
  </div></div>
  <footer id="footer" role="contentinfo"><p>SenePlus – Toute l'actualité du Sénégal et de l'Afrique</p><p>© 2026 SenePlus. Tous droits réservés.</p></footer>
</div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/1128407","currentLanguage":"fr"}}}}</script>
    <script src="/sites/default/files/js/js_mR4a7Tq1Ue.js"></script>
  </body>
</html>
"""
    write(
        "07_seneplus_drupal9_afp_dispatch_no_jsonld_initials_header_date",
        page,
        {
            "title": title,
            "publication": "SenePlus",
            "author": None,
            "agency": "AFP",
            "section": "Économie",
            "date": datetime.date(2026, 12, 3),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Drupal 9, no JSON-LD: canonical, Open Graph and article:published_time "
            "only. AFP dispatch republished: source field 'AFP' is the only credit (no "
            "person), dateline 'Kaffrine (Sénégal), 3 déc 2026 (AFP) -' kept in the first "
            "paragraph; the editors' initials 'amd/cf/sba' closing the body as a <p> are "
            "chrome. No standfirst. Section from the breadcrumb 'Économie' (the rubrique "
            "label 'ÉCONOMIE' agrees). 'Publication 03/12/2026' while the top bar shows "
            "'Vendredi 4 Décembre 2026'. Straight apostrophes, « » with plain spaces, 'A "
            "Kaffrine' without accent, '15%'. Caption ending 'AFP' (photo credit), ad, tags, "
            "related, three dated reader comments, most-read sidebar.",
        },
    )


def page08() -> None:
    """Koaci: home-made PHP, text split only by <br /><br />, closing signature in the same div,
    no JSON-LD, no canonical, saved-from comment."""
    base = "https://www.koaci.com"
    url = f"{base}/article/2026/12/03/cote-divoire/societe/cote-divoire-a-bouake-les-gbakas-reprennent-la-route-apres-trois-jours-de-greve_197342.html"
    title = "Côte d'Ivoire : A Bouaké, les gbakas reprennent la route après trois jours de grève"
    p = [
        "Les gbakas et les taxis communaux ont repris du service jeudi matin à Bouaké, après "
        "trois jours d'une grève qui avait paralysé les déplacements dans la deuxième ville "
        "du pays.",
        "Les transporteurs protestaient contre une nouvelle taxe de stationnement de 500 FCFA "
        "par jour, instaurée début novembre pour les véhicules qui stationnent à la gare "
        "routière du centre-ville. Ils dénonçaient également les contrôles répétés sur l'axe "
        "Bouaké-Katiola.",
        "Une rencontre s'est tenue mercredi soir à la mairie entre une délégation du syndicat "
        "des transporteurs et les services techniques de la commune. A l'issue des échanges, "
        "la taxe a été suspendue pour une période de trois mois, le temps qu'une commission "
        "mixte en révise le montant.",
        "« Nous ne sommes pas contre l'impôt, nous sommes contre le racket. On paie à la gare, "
        "on paie au corridor, on paie encore à l'entrée du marché. Le chauffeur, à la fin de "
        "la journée, il rentre avec quoi ? », s'est interrogé Souleymane Traoré, secrétaire "
        "général de la section locale du syndicat, joint par KOACI.",
        "Pendant ces trois jours, de nombreux habitants ont dû marcher ou recourir aux "
        "motos-taxis, dont les tarifs ont parfois doublé. Au grand marché, plusieurs "
        "commerçantes affirment avoir perdu jusqu'à la moitié de leur chiffre d'affaires de la "
        "semaine.",
        "« Mes clientes viennent de Sakassou et de Béoumi. Sans les gbakas, personne ne vient "
        "», témoigne Mariam Coulibaly, vendeuse de pagnes.",
        "La commission mixte doit se réunir pour la première fois le 15 décembre. Les "
        "transporteurs menacent de reprendre le mouvement si la taxe est réintroduite sans "
        "concertation.",
    ]
    signature = "Yao Konan, Bouaké"
    text = "<br />\n<br />\n".join([*p, signature])
    same = "".join(
        f'<li><a href="{t["url"]}">{t["title"]}</a> <span class="date_liste">{t["date"][8:]}/{t["date"][5:7]}/2026</span></li>'
        for t in teasers(639, 8, base + "/article", FILLER)
    )
    page = f"""{saved_from(url + "?fbclid=IwZXh0bgNhZW0CMTEAAR3kQz9")}
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title} - Koaci</title>
<meta name="description" content="Les gbakas et les taxis communaux ont repris du service jeudi matin à Bouaké, après trois jours d'une grève qui avait paralysé les déplacements" />
<meta name="keywords" content="Côte d'Ivoire, Bouaké, transport, grève, gbaka, taxe" />
<meta property="fb:app_id" content="141829362604519" />
<meta property="og:site_name" content="Koaci" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="Les gbakas et les taxis communaux ont repris du service jeudi matin à Bouaké, après trois jours d'une grève qui avait paralysé les déplacements" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{base}/photos/2026/12/gbakas-bouake-197342.jpg" />
<meta name="twitter:card" content="summary_large_image" />
<link rel="stylesheet" type="text/css" href="{base}/css/style.css?v=20240611" />
<style type="text/css">{css_blob(6318, "kc", 140)}</style>
<script type="text/javascript" src="{base}/js/jquery-1.8.3.min.js"></script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-4716302850134812" crossorigin="anonymous"></script>
<script type="text/javascript">var id_article = 197342; var rubrique = "societe"; var pays = "cote-divoire";</script>
</head>
<body>
<div id="fb-root"></div>
<div id="global">
<div id="bandeau_haut"><span class="date_jour">Abidjan, vendredi 4 décembre 2026</span> <a href="{base}/connexion">Connexion</a> | <a href="{base}/inscription">Inscription</a></div>
<div id="entete"><a href="{base}/"><img src="{base}/images/logo_koaci.png" alt="Koaci" width="220" height="70" border="0" /></a><div class="pub_entete"><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-4716302850134812" data-ad-slot="5512890341"></ins></div></div>
<div id="menu_pays"><a href="{base}/cote-divoire">Côte d'Ivoire</a> | <a href="{base}/burkina-faso">Burkina Faso</a> | <a href="{base}/cameroun">Cameroun</a> | <a href="{base}/senegal">Sénégal</a> | <a href="{base}/togo">Togo</a> | <a href="{base}/benin">Bénin</a> | <a href="{base}/mali">Mali</a></div>
<div id="menu_rubriques"><a href="{base}/cote-divoire/politique">Politique</a> | <a href="{base}/cote-divoire/societe">Société</a> | <a href="{base}/cote-divoire/economie">Economie</a> | <a href="{base}/cote-divoire/sport">Sport</a> | <a href="{base}/cote-divoire/people">People</a></div>
<div id="colonne_gauche">
<div class="fil_ariane"><a href="{base}/">Accueil</a> &gt; <a href="{base}/cote-divoire">Côte d'Ivoire</a> &gt; <a href="{base}/cote-divoire/societe">Société</a></div>
<div id="contenu_article">
<h1 class="titre_article">{title}</h1>
<div class="infos_article">Publié le jeudi 03 décembre 2026 à 17:52 | Lu 2184 fois | <a href="#commentaires">Réagir</a></div>
<div class="partage"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank"><img src="{base}/images/fb.png" alt="Partager sur Facebook" /></a> <a href="https://twitter.com/share?url={url}" target="_blank"><img src="{base}/images/tw.png" alt="Partager sur Twitter" /></a> <a href="whatsapp://send?text={url}"><img src="{base}/images/wa.png" alt="Partager sur WhatsApp" /></a></div>
<div class="image_article"><img src="{base}/photos/2026/12/gbakas-bouake-197342.jpg" alt="{title}" width="600" /><div class="legende">Des gbakas à la gare routière de Bouaké (Ph: KOACI)</div></div>
<div class="texte_article">{text}</div>
<div class="pub_article"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-4716302850134812" data-ad-slot="7729014456" data-ad-format="auto"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>
<div class="suivez"><a href="https://whatsapp.com/channel/koaci">Suivez l'actualité de KOACI sur WhatsApp</a></div>
</div>
<div id="commentaires"><h3>Commentaires</h3><div class="fb-comments" data-href="{url}" data-width="600" data-numposts="10"></div></div>
<div class="meme_rubrique"><h3>Dans la même rubrique</h3><ul>{same}</ul></div>
</div>
<div id="colonne_droite"><div class="bloc_droite"><h3>Les plus lus</h3><ol><li><a href="{base}/article/2026/12/02/cote-divoire/politique/x_197301.html">Côte d'Ivoire : le budget 2027 adopté en commission</a></li><li><a href="{base}/article/2026/12/02/cote-divoire/sport/x_197310.html">Ligue 1 ivoirienne : le derby d'Abidjan reporté</a></li></ol></div></div>
<div id="pied"><p>Copyright © 2026 Koaci - Tous droits réservés | <a href="{base}/contact">Contact</a> | <a href="{base}/publicite">Publicité</a> | <a href="{base}/mentions-legales">Mentions légales</a></p></div>
</div>
<script type="text/javascript">(function(d, s, id) {{var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return; js = d.createElement(s); js.id = id; js.src = "//connect.facebook.net/fr_FR/sdk.js#xfbml=1&version=v2.5"; fjs.parentNode.insertBefore(js, fjs);}}(document, 'script', 'facebook-jssdk'));</script>
</body>
</html>
"""
    write(
        "08_koaci_php_br_split_signature_no_jsonld_og_url_only",
        page,
        {
            "title": title,
            "publication": "Koaci",
            "author": "Yao Konan",
            "section": "Société",
            "date": datetime.date(2026, 12, 3),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Home-made PHP, XHTML 1.0 Transitional. No JSON-LD, no canonical, no "
            "article:* metas: og:url is the address (the saved-from comment adds ?fbclid=). "
            "The whole text is one div.texte_article split only by '<br /><br />' (seven "
            "paragraphs); its last segment 'Yao Konan, Bouaké' is the signature (author, not "
            "text). Headline h1.titre_article with 'Côte d'Ivoire : A Bouaké'. Section from "
            "the breadcrumb 'Accueil > Côte d'Ivoire > Société'. 'Publié le jeudi 03 décembre "
            "2026 à 17:52 | Lu 2184 fois'; top band 'Abidjan, vendredi 4 décembre 2026'. "
            "'joint par KOACI' in the text; caption '(Ph: KOACI)'; AdSense, WhatsApp box, "
            "Facebook comments plugin, 'Dans la même rubrique' list with dates.",
        },
    )
