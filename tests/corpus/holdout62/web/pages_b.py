# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout62/web (Canada, France)."""

import datetime
import re
import unicodedata

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, texturize, write


def slug(text: str) -> str:
    """A URL slug as CMSs write them: accents dropped, lower case, hyphens."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def page05() -> None:
    """Francopresse: WordPress Newspack + Yoast, two authors, list, block quotation, bios."""
    base = "https://francopresse.ca"
    url = f"{base}/actualite/immigration-francophone-latlantique-rate-encore-sa-cible/"
    title = "Immigration francophone : l’Atlantique rate encore sa cible"
    subtitle = (
        "Les quatre provinces de l’Atlantique ont accueilli moins de 3&nbsp;% de nouveaux "
        "arrivants d’expression française en 2026, loin de l’objectif qu’elles s’étaient fixé. "
        "Les organismes d’accueil réclament des places réservées."
    )
    s1 = "Des places réservées dans les programmes provinciaux"
    s2 = "Un rapport resté dans les tiroirs"
    p = [
        "Sur les 21&nbsp;400 résidents permanents admis l’an dernier au Nouveau-Brunswick, en "
        "Nouvelle-Écosse, à l’Île-du-Prince-Édouard et à Terre-Neuve-et-Labrador, 610 avaient "
        "le français comme première langue officielle parlée. C’est 2,9&nbsp;%, selon des "
        "données fédérales compilées par Francopresse.",
        "En 2019, les quatre provinces s’étaient engagées, dans une déclaration commune, à "
        "atteindre 5&nbsp;% d’ici 2025. L’échéance est passée, et l’écart ne s’est pas "
        "resserré.",
    ]
    p2 = [
        "Le Réseau atlantique d’accueil francophone, qui regroupe 19 organismes "
        "d’établissement, demande que chaque province réserve une part fixe de ses "
        "désignations aux candidats francophones. Il propose trois mesures&nbsp;:",
    ]
    items = [
        "réserver au moins 10&nbsp;% des places des programmes des candidats des provinces aux "
        "personnes d’expression française;",
        "financer des agents de recrutement francophones dans les salons de l’emploi à l’étranger;",
        "garantir un accompagnement en français dès l’arrivée, y compris pour la recherche "
        "d’un logement.",
    ]
    p3 = [
        "«&nbsp;On recrute au Maroc, en Côte d’Ivoire, au Cameroun, et ensuite la personne "
        "arrive à Halifax et tout se passe en anglais, du bail jusqu’à la garderie&nbsp;», "
        "résume sa directrice générale, Rachida El Amrani. «&nbsp;Elle finit par partir à "
        "Montréal ou à Moncton, et on recommence.&nbsp;»",
    ]
    p4 = [
        "Le constat n’est pas nouveau. Un rapport remis en 2023 à un groupe de travail "
        "interprovincial, et jamais rendu public, relevait déjà les mêmes obstacles. "
        "Francopresse en a obtenu copie. On peut y lire&nbsp;:",
    ]
    cited = [
        "Les candidats d’expression française sont recrutés avec succès, mais ils sont mal "
        "retenus. Leur départ survient le plus souvent dans les 24 mois suivant l’arrivée.",
        "En l’absence de services d’établissement en français dans les centres urbains, la "
        "province d’accueil n’est qu’une étape.",
    ]
    cite = "Rapport du groupe de travail interprovincial sur l’immigration, mars 2023"
    p5 = [
        "Aucune des quatre provinces n’a répondu aux demandes d’entrevue de Francopresse avant "
        "la publication de cet article.",
        "À l’échelle du pays, la cible fédérale d’immigration francophone hors Québec a été "
        "dépassée deux années de suite, surtout grâce à l’Ontario et, dans une moindre mesure, "
        "à l’Alberta. Pour Rachida El Amrani, l’Atlantique ne peut «&nbsp;pas se contenter "
        "d’une moyenne nationale qui la masque&nbsp;».",
    ]
    related = (
        '<div class="wp-block-newspack-blocks-homepage-articles wpnbha show-image image-alignleft ts-3 is-3 is-landscape has-text-align-left">'
        '<h2 class="article-section-title"><span>À lire aussi</span></h2><div data-posts>'
        + "".join(
            f'<article class="post-has-image type-post"><figure class="post-thumbnail"><a href="{t["url"]}/"><img src="{t["image"]}" alt="" loading="lazy"></a></figure><div class="entry-wrapper"><h3 class="entry-title"><a href="{t["url"]}/">{t["title"]}</a></h3><div class="entry-meta"><time class="entry-date published">{t["date"]}</time></div></div></article>'
            for t in teasers(6206, 2, base + "/actualite", FILLER)
        )
        + "</div></div>"
    )
    body = "\n".join(
        [
            paras(*(texturize(x) for x in p)),
            f'<h2 class="wp-block-heading">{s1}</h2>',
            paras(*(texturize(x) for x in p2)),
            '<ul class="wp-block-list">'
            + "".join(f"<li>{texturize(x)}</li>" for x in items)
            + "</ul>",
            paras(*(texturize(x) for x in p3)),
            related,
            f'<h2 class="wp-block-heading">{s2}</h2>',
            paras(*(texturize(x) for x in p4)),
            '<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'
            + paras(*(texturize(x) for x in cited))
            + f"<cite>{texturize(cite)}</cite></blockquote>",
            '<div class="wp-block-group newspack-ad"><div class="newspack_global_ad article_1"><div class="newspack-ad-label">Publicité</div><div id="div-gpt-ad-article-1"></div></div></div>',
            paras(*(texturize(x) for x in p5)),
        ]
    )
    authors = [
        (
            "Inès Lapointe",
            "ines-lapointe",
            "Inès Lapointe est journaliste à Francopresse. Elle couvre l’immigration et les communautés francophones depuis Halifax.",
        ),
        (
            "Mathieu Gervais-Roy",
            "mathieu-gervais-roy",
            "Mathieu Gervais-Roy est journaliste de données à Francopresse, à Ottawa.",
        ),
    ]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "author": [
                    {"name": "Inès Lapointe", "@id": base + "/#/schema/person/9a41"},
                    {"name": "Mathieu Gervais-Roy", "@id": base + "/#/schema/person/7be2"},
                ],
                "headline": flat(title),
                "datePublished": "2027-01-21T14:12:05+00:00",
                "dateModified": "2027-01-21T15:03:41+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 612,
                "publisher": {"@id": base + "/#organization"},
                "articleSection": ["Actualité"],
                "inLanguage": "fr-CA",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": flat(title) + " - Francopresse",
                "isPartOf": {"@id": base + "/#website"},
                "datePublished": "2027-01-21T14:12:05+00:00",
                "breadcrumb": {"@id": url + "#breadcrumb"},
                "inLanguage": "fr-CA",
            },
            {
                "@type": "BreadcrumbList",
                "@id": url + "#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Actualité",
                        "item": base + "/actualite/",
                    },
                    {"@type": "ListItem", "position": 3, "name": flat(title)},
                ],
            },
            {
                "@type": "Organization",
                "@id": base + "/#organization",
                "name": "Francopresse",
                "url": base + "/",
            },
            {
                "@type": "Person",
                "@id": base + "/#/schema/person/9a41",
                "name": "Inès Lapointe",
                "url": base + "/author/ines-lapointe/",
            },
            {
                "@type": "Person",
                "@id": base + "/#/schema/person/7be2",
                "name": "Mathieu Gervais-Roy",
                "url": base + "/author/mathieu-gervais-roy/",
            },
        ],
    }
    nav = menu(
        6214,
        "main-menu",
        base,
        [
            "Actualité",
            "Politique",
            "Société",
            "Économie",
            "Arts et culture",
            "Chroniques",
            "Balados",
        ],
        5,
    )
    byline = " et ".join(
        f'<span class="author vcard"><a class="url fn n" href="{base}/author/{slug}/">{name}</a></span>'
        for name, slug, _ in authors
    )
    bios = "".join(
        f'<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">{name}</h2></div><p>{texturize(bio)}</p><a class="author-link" href="{base}/author/{slug}/">Plus d’articles</a></div></div>'
        for name, slug, bio in authors
    )
    page = f"""<!doctype html>
<html lang="fr-CA">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<!-- This site is optimized with the Yoast SEO Premium plugin v23.7 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{texturize(title)} - Francopresse</title>
	<meta name="description" content="{flat(subtitle)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="fr_CA" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{texturize(title)}" />
	<meta property="og:description" content="{flat(subtitle)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="Francopresse" />
	<meta property="article:publisher" content="https://www.facebook.com/francopresse" />
	<meta property="article:published_time" content="2027-01-21T14:12:05+00:00" />
	<meta property="article:modified_time" content="2027-01-21T15:03:41+00:00" />
	<meta name="author" content="Inès Lapointe, Mathieu Gervais-Roy" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Écrit par" />
	<meta name="twitter:data1" content="Inès Lapointe, Mathieu Gervais-Roy" />
	{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
	<!-- / Yoast SEO Premium plugin. -->
	<link rel='stylesheet' id='newspack-style-css' href='{base}/wp-content/themes/newspack-joseph/style.css?ver=2.4.1' media='all' />
	<style id='newspack-theme-colors-inline-css'>{css_blob(6225, "np", 220)}</style>
	<script src='{base}/wp-content/plugins/newspack-ads/dist/gam.js?ver=3.1.0' id='newspack-ads-js'></script>
</head>
<body class="post-template-default single single-post postid-231877 single-format-standard wp-embed-responsive singular has-featured-image single-featured-image-default h-nsub h-db h-ll h-dh newspack-theme">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#main">Passer au contenu</a>
	<header id="masthead" class="site-header hide-header-search"><div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="{base}/" class="custom-logo-link" rel="home"><img src="{base}/wp-content/uploads/2022/05/logo-francopresse.svg" class="custom-logo" alt="Francopresse"></a><p class="site-description">Le média d’information numérique des communautés francophones du Canada</p></div><nav id="site-navigation" class="main-navigation">{nav}</nav><a class="button donate-button" href="{base}/soutenir/">Soutenir</a></div></div></header>
	<div id="content" class="site-content">
	<section id="primary" class="content-area">
		<main id="main" class="site-main">
			<header class="entry-header">
				<span class="cat-links"><span class="screen-reader-text">Publié dans</span><a href="{base}/actualite/" rel="category tag">Actualité</a></span>
				<h1 class="entry-title">{texturize(title)}</h1>
				<div class="newspack-post-subtitle">{texturize(subtitle)}</div>
				<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="{base}/wp-content/uploads/avatars/ines-lapointe-60x60.jpg"></span><span class="byline"><span>Par</span> {byline}</span><span class="posted-on"><time class="entry-date published" datetime="2027-01-21T09:12:05-05:00">21 janvier 2027</time><time class="updated" datetime="2027-01-21T10:03:41-05:00">21 janvier 2027</time></span></div>
				<div class="tags-links"><span>Tags :</span> <a href="{base}/tag/immigration/">immigration</a>, <a href="{base}/tag/atlantique/">Atlantique</a></div>
				<div class="newspack-social-share"><a href="#" class="share-facebook">Facebook</a><a href="#" class="share-linkedin">LinkedIn</a><a href="#" class="share-email">Courriel</a></div></div>
			</header>
			<figure class="post-thumbnail"><img src="{base}/wp-content/uploads/2027/01/aeroport-halifax-1200x800.jpg" class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="" decoding="async"><figcaption><span class="image-caption">Des voyageurs à l’aéroport international Stanfield de Halifax.</span> <span class="image-credit"><span class="credit-label-wrapper">Photo : </span>Marc-Olivier Thibault – Francopresse</span></figcaption></figure>
			<article id="post-231877" class="post-231877 post type-post status-publish format-standard has-post-thumbnail hentry category-actualite tag-immigration tag-atlantique entry">
				<div class="entry-content">
{body}
				</div>
				<footer class="entry-footer"></footer>
				<div class="newspack-republication-tracker"><p><strong>Republier cet article</strong> — Francopresse autorise les médias membres à reproduire ses textes gratuitement, à condition d’en mentionner la source.</p><button class="republication-tracker-tool-button">Republier</button></div>
				{bios}
			</article>
			<div class="newspack-newsletters-signup"><h2>Infolettre</h2><p>Recevez chaque vendredi le meilleur de l’actualité francophone au pays.</p><form><input type="email" placeholder="Votre courriel"><button>Je m’inscris</button></form></div>
		</main>
	</section>
	</div>
	<footer id="colophon" class="site-footer"><div class="footer-branding"><img src="{base}/wp-content/uploads/2022/05/logo-francopresse.svg" alt="Francopresse"></div><div class="site-info"><span class="copyright">© 2027 Francopresse.</span> <a class="privacy-policy-link" href="{base}/politique-de-confidentialite/">Politique de confidentialité</a></div></footer>
</div>
<script src='{base}/wp-includes/js/dist/hooks.min.js?ver=2810c76e' id='wp-hooks-js'></script>
</body>
</html>
"""
    write(
        "05_francopresse_newspack_yoast_two_authors_list_blockquote",
        page,
        {
            "title": title,
            "publication": "Francopresse",
            "author": "Inès Lapointe et Mathieu Gervais-Roy",
            "section": "Actualité",
            "date": datetime.date(2027, 1, 21),
            "standfirst": flat(subtitle),
            "source_url": url,
            "subheads": [s1, s2],
            "paragraphs": [flat(x) for x in [*p, *p2, *items, *p3, *p4, *cited, *p5]],
            "notes": "WordPress Newspack (Joseph) + Yoast @graph: the NewsArticle's authors "
            "reference two Person nodes; meta author and twitter:data1 join them with a "
            "comma, the byline 'Par A et B' in two vcards. Standfirst div.newspack-post-"
            "subtitle. articleSection ['Actualité'] (also the category link and breadcrumb). "
            "Two wp-block-heading h2 subheads; introducing paragraph + ul of three items; "
            "wp-block-quote of two paragraphs (paragraphs) with a <cite> (not text); Newspack "
            "'À lire aussi' posts block and ad inside the body; republication box, two author "
            "bios, newsletter after it. JSON-LD 14:12 UTC, <time> 09:12-05:00: same day. "
            "Photo credit 'Photo : … – Francopresse'. &#8217; entities.",
        },
    )


def page06() -> None:
    """Narcity Québec: RebelMouse, listicle with numbered h2, one-paragraph fact lines split by <br>."""
    base = "https://www.narcity.com"
    url = f"{base}/fr/sentiers-de-glace-en-foret-quebec-patiner-hiver"
    title = "7 sentiers de glace en forêt au Québec où patiner cet hiver"
    dek = "Des boucles de plus de 3 km, des feux de camp et du chocolat chaud en chemin."
    intro = [
        "Quand le mercure descend sous les -10&nbsp;°C, il y a deux types de Québécois&nbsp;: "
        "ceux qui restent sous la couverture et ceux qui sortent leurs patins. Si tu fais "
        "partie de la deuxième catégorie, on a une liste pour toi.",
        "On a recensé sept sentiers glacés aménagés en pleine forêt, de l’Outaouais à la "
        "Côte-Nord, où tu peux patiner entre les épinettes. Certains sont éclairés le soir, "
        "d’autres offrent la location de patins sur place.",
    ]
    spots = [
        (
            "Domaine du Lac-Caché",
            "Saint-Alban",
            "Le sentier de 3,2&nbsp;km serpente autour d’un petit lac, entre les cèdres et les "
            "pins blancs. Des braseros sont allumés tous les 500&nbsp;mètres et le chalet "
            "d’accueil sert une soupe aux pois maison.",
            "14&nbsp;$ par adulte, 7&nbsp;$ par enfant",
            "85, chemin du Lac-Caché, Saint-Alban, QC",
            "pour la soupe, honnêtement.",
            "Courtoisie du Domaine du Lac-Caché",
        ),
        (
            "La Forêt des Érables",
            "Lachute",
            "Ici, la glace traverse une érablière centenaire sur 2,5&nbsp;km. Le vendredi et le "
            "samedi soir, le parcours est éclairé par des centaines de lanternes, et un DJ "
            "s’installe près de la cabane à sucre.",
            "16&nbsp;$ par adulte, gratuit pour les moins de 5 ans",
            "1200, montée des Érables, Lachute, QC",
            "les soirées aux lanternes, qui affichent souvent complet.",
            "@laforetdeserables | Instagram",
        ),
        (
            "Sentier des Lucioles",
            "Rivière-Éternité",
            "Au cœur du fjord, ce sentier de 4&nbsp;km est l’un des plus longs de la province. "
            "Des refuges chauffés permettent de faire une pause en chemin, et la vue sur les "
            "caps enneigés vaut à elle seule le détour.",
            "12&nbsp;$ par personne",
            "22, route du Fjord, Rivière-Éternité, QC",
            "pour patiner au pied des montagnes.",
            "Courtoisie du Sentier des Lucioles",
        ),
        (
            "Les Glaces du Rang 4",
            "Saint-Élie-de-Caxton",
            "Une ferme familiale a transformé ses sentiers de raquette en anneau glacé de "
            "1,8&nbsp;km. C’est plus petit, mais c’est parfait avec des enfants, et les "
            "propriétaires prêtent des traîneaux pour les tout-petits.",
            "10&nbsp;$ par adulte, 5&nbsp;$ par enfant",
            "640, rang 4, Saint-Élie-de-Caxton, QC",
            "pour l’ambiance de village.",
            "Courtoisie des Glaces du Rang 4",
        ),
        (
            "Le Patin des Cimes",
            "Mont-Laurier",
            "Le sentier grimpe doucement à flanc de colline sur 3&nbsp;km, avant de redescendre "
            "vers un belvédère. Les bons patineurs apprécieront la longue pente finale.",
            "15&nbsp;$ par adulte",
            "3, chemin des Cimes, Mont-Laurier, QC",
            "pour le belvédère au coucher du soleil.",
            "@patindescimes | Instagram",
        ),
        (
            "La Boucle boréale",
            "Baie-Comeau",
            "Entretenu par des bénévoles, ce sentier gratuit de 2&nbsp;km longe une tourbière "
            "en pleine forêt boréale. Il n’y a pas de location sur place : apporte tes patins "
            "et un thermos.",
            "gratuit",
            "stationnement du parc des Pionniers, Baie-Comeau, QC",
            "pour le silence, tout simplement.",
            "Courtoisie de la Ville de Baie-Comeau",
        ),
        (
            "Le Verger glacé",
            "Rougemont",
            "Entre les rangées de pommiers, un sentier de 2,2&nbsp;km mène à la boutique du "
            "verger, où tu peux te réchauffer avec un cidre chaud. Les week-ends, une "
            "calèche fait le tour du domaine.",
            "13&nbsp;$ par adulte",
            "410, rang de la Montagne, Rougemont, QC",
            "pour finir la sortie avec un beigne aux pommes.",
            "Courtoisie du Verger glacé",
        ),
    ]
    outro = (
        "Avant de partir, vérifie l’état de la glace sur la page de chaque site&nbsp;: avec les "
        "redoux de janvier, certains ferment sans préavis."
    )
    heads = [f"{i}. {name}, {town}" for i, (name, town, *_) in enumerate(spots, 1)]
    texts = []
    blocks = [paras(*intro)]
    for i, (head, (name, _, desc, price, addr, why, credit)) in enumerate(
        zip(heads, spots, strict=True), 1
    ):
        facts = (
            f"<strong>Prix&nbsp;:</strong> {price}<br>\n"
            f"<strong>Adresse&nbsp;:</strong> {addr}<br>\n"
            f"<strong>Pourquoi y aller&nbsp;:</strong> {why}"
        )
        texts += [desc, facts]
        blocks.append(
            f"<h2>{head}</h2>\n"
            f'<p class="shortcode-media shortcode-media-rebelmouse-image"><img class="rm-shortcode" data-rm-shortcode-id="a{i}f0" src="https://narcity.com/media-library/{slug(name)}.jpg?width=1245" alt="{name}" loading="lazy"><small class="image-media media-caption" placeholder="Ajouter une légende..."></small><small class="image-media media-photo-credit" placeholder="Ajouter un crédit photo...">{credit}</small></p>\n'
            + paras(desc, facts)
        )
        if i == 3:
            blocks.append(
                '<div class="rm-embed embed-media"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C9xLucioles/" data-instgrm-version="14"><a href="https://www.instagram.com/p/C9xLucioles/">Voir cette publication sur Instagram</a><p>Premier tour de glace de la saison au fjord ❄️ #saguenay #patin</p><p>Une publication partagée par Sentier des Lucioles (@sentierdeslucioles)</p></blockquote><script async src="//www.instagram.com/embed.js"></script></div>'
            )
        if i == 4:
            blocks.append(
                f'<div class="rm-embed embed-post"><div class="embed-post__label">À LIRE AUSSI</div><a class="embed-post__link" href="{base}/fr/glissades-sur-tube-quebec">8 glissades sur tube au Québec qui valent vraiment le détour</a></div>'
            )
    blocks.append(paras(outro))
    body = "\n".join(blocks)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": title,
        "description": dek,
        "articleSection": "Voyage",
        "keywords": ["patin", "hiver", "sorties au Québec"],
        "datePublished": "2027-01-18T17:30:04+00:00",
        "dateModified": "2027-01-18T17:30:04+00:00",
        "author": {
            "@type": "Person",
            "name": "Mélodie Carrier-Dubé",
            "url": f"{base}/fr/u/melodiecarrierdube",
        },
        "publisher": {
            "@type": "Organization",
            "name": "Narcity Québec",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/media-library/narcity-quebec-logo.png",
            },
        },
        "image": [
            {
                "@type": "ImageObject",
                "url": "https://narcity.com/media-library/domaine-du-lac-cache.jpg",
            }
        ],
    }
    trending = "".join(
        f'<div class="widget__body"><h3 class="widget__headline"><a class="widget__headline-text" href="{t["url"]}">{t["title"]}</a></h3></div>'
        for t in teasers(6207, 10, base + "/fr", FILLER)
    )
    page = f"""<!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} - Narcity</title><meta name="description" content="{dek}"><link rel="canonical" href="{url}"><meta property="og:type" content="article"><meta property="og:site_name" content="Narcity"><meta property="og:title" content="{title}"><meta property="og:description" content="{dek}"><meta property="og:url" content="{url}"><meta property="og:image" content="https://narcity.com/media-library/domaine-du-lac-cache.jpg"><meta property="article:published_time" content="2027-01-18T17:30:04+00:00"><meta property="article:author" content="Mélodie Carrier-Dubé"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@narcityquebec"><style>{css_blob(6226, "rm", 320)}</style>{json_script(ld)}<script>var REBELMOUSE_BOOTSTRAP_DATA={{"isUserLoggedIn":false,"siteId":20130847,"pageType":"post","postId":2668011442,"sectionName":"voyage"}};</script><script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head><body class="post-page rm-fr"><div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil, telles que les cookies.</p><button mode="primary">ACCEPTER</button><button mode="secondary">PLUS D’OPTIONS</button></div></div><header class="topbar"><a class="topbar__logo" href="{base}/fr"><img src="{base}/media-library/narcity-quebec-logo.svg" alt="Narcity Québec"></a><nav class="topbar__nav"><a href="{base}/fr/nouvelles">Nouvelles</a><a href="{base}/fr/voyage">Voyage</a><a href="{base}/fr/quoi-faire">Quoi faire</a><a href="{base}/fr/argent">Argent</a><a href="{base}/fr/emploi">Emploi</a></nav></header><main class="posts-wrapper"><article class="widget widget--post" data-post-id="2668011442"><div class="widget__head"><a class="widget__section" href="{base}/fr/voyage">Voyage</a><h1 class="headline widget__headline">{title}</h1><h2 class="widget__subheadline"><span class="widget__subheadline-text">{dek}</span></h2></div><div class="widget__byline"><div class="social-author"><a class="social-author__avatar" href="{base}/fr/u/melodiecarrierdube"><img src="{base}/media-library/melodie-avatar.jpg" alt=""></a><div class="social-author__details"><a class="social-author__name" href="{base}/fr/u/melodiecarrierdube">Mélodie Carrier-Dubé</a><span class="social-author__role">Rédactrice</span></div></div><div class="social-date"><span class="social-date__text">Publié le 18 janvier 2027</span></div></div><div class="widget__shares"><a class="share-facebook" href="#">Partager</a><a class="share-messenger" href="#">Messenger</a><a class="share-copy" href="#">Copier le lien</a></div><div class="widget__ad"><div id="gpt-top-boxad" class="ad-tag"><span class="ad-tag__label">Publicité</span></div></div><div class="body-description">
{body}
</div><div class="author-bio"><img src="{base}/media-library/melodie-avatar.jpg" alt=""><p><strong>Mélodie Carrier-Dubé</strong> est rédactrice chez Narcity Québec. Elle écrit sur les sorties, le plein air et les bons plans partout dans la province.</p></div></article><aside class="trending"><h2>En tendance</h2>{trending}</aside></main><footer class="footer"><p>© 2027 Narcity Québec. Tous droits réservés.</p><a href="{base}/fr/politique-de-confidentialite">Politique de confidentialité</a></footer></body></html>"""
    write(
        "06_narcity_rebelmouse_liste_h2_br_lines",
        page,
        {
            "title": title,
            "publication": "Narcity Québec",
            "author": "Mélodie Carrier-Dubé",
            "section": "Voyage",
            "date": datetime.date(2027, 1, 18),
            "standfirst": dek,
            "source_url": url,
            "subheads": heads,
            "paragraphs": [flat(x) for x in [*intro, *texts, outro]],
            "notes": "RebelMouse page on one line (body-description). Listicle: seven numbered "
            "h2 subheads 'N. Place, Town'; under each a <p class=shortcode-media> holding only "
            "an image, an empty caption and a photo credit ('Courtoisie …', '@… | Instagram'), "
            "then a description paragraph and one paragraph of three fact lines split by "
            "<br> ('Prix : … Adresse : … Pourquoi y aller : …', one paragraph). Standfirst in "
            "h2.widget__subheadline. Author name with a role span 'Rédactrice' and a bio. "
            "og:site_name 'Narcity', publisher and footer 'Narcity Québec'. articleSection "
            "'Voyage'. Instagram embed and 'À LIRE AUSSI' embed between items; 'Publié le 18 "
            "janvier 2027' (17:30 UTC); informal tutoiement.",
        },
    )


def page07() -> None:
    """Public Sénat: Drupal live page past midnight, three authors 'avec AFP', @graph LiveBlogPosting."""
    base = "https://www.publicsenat.fr"
    url = f"{base}/actualites/parlementaire/direct-protection-des-haies-le-senat-examine-la-proposition-de-loi"
    title = "Protection des haies : le Sénat adopte la proposition de loi après une nuit de débats"
    chapo = (
        "Suivez en direct l’examen au Sénat de la proposition de loi visant à enrayer "
        "l’arrachage des haies bocagères. Les sénateurs ont adopté le texte peu après minuit."
    )
    entries = [
        (
            "2027-01-28T00:14:00+01:00",
            "00:14",
            "Le Sénat adopte la proposition de loi",
            [
                "Après plus de six heures de débats, le Sénat a adopté la proposition de loi par "
                "214 voix contre 98. Le texte doit désormais être examiné par l’Assemblée "
                "nationale, où aucune date n’a encore été fixée.",
                "Le rapporteur, Benoît Lagarde, a salué «&nbsp;un texte d’équilibre, qui protège "
                "sans punir&nbsp;». Une partie de la gauche a voté contre, jugeant les sanctions "
                "«&nbsp;symboliques&nbsp;».",
            ],
        ),
        (
            "2027-01-27T23:31:00+01:00",
            "23:31",
            None,
            [
                "Les sénateurs viennent de rejeter, par 201 voix contre 110, l’amendement qui "
                "visait à interdire toute taille des haies entre le 15 mars et le 31 juillet. "
                "Le texte maintient la période actuelle, du 1<sup>er</sup> avril au 31 juillet.",
            ],
        ),
        (
            "2027-01-27T22:05:00+01:00",
            "22:05",
            "Le compromis sur les compensations",
            [
                "Principale disposition du texte&nbsp;: tout linéaire de haie arraché devra "
                "être compensé par une plantation au moins équivalente, dans la même commune ou "
                "une commune limitrophe. Un amendement adopté dans la soirée porte ce ratio à "
                "1,5 pour 1 dans les zones classées Natura 2000.",
            ],
        ),
        (
            "2027-01-27T20:40:00+01:00",
            "20:40",
            "Les agriculteurs partagés",
            [
                "Devant le Palais du Luxembourg, une centaine d’agriculteurs venus de Normandie "
                "et de Bretagne se sont rassemblés en fin d’après-midi. Certains dénoncent "
                "«&nbsp;une couche de normes supplémentaire&nbsp;», d’autres soutiennent un texte "
                "qui «&nbsp;reconnaît enfin le travail de ceux qui plantent&nbsp;».",
            ],
        ),
        (
            "2027-01-27T18:02:00+01:00",
            "18:02",
            "La discussion générale s’ouvre",
            [
                "Bonjour et bienvenue dans ce direct consacré à l’examen de la proposition de "
                "loi sur la protection des haies. Selon les chiffres avancés par l’auteure du "
                "texte, près de 20&nbsp;000 kilomètres de haies disparaissent chaque année en "
                "France.",
                "La séance est présidée par la vice-présidente du Sénat, Claire Vautrin. Plus de "
                "180 amendements ont été déposés.",
            ],
        ),
    ]
    tweet = (
        '<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">Le ratio de '
        "compensation à 1,5 pour 1 en zone Natura 2000 est une avancée. Une haie de 60 ans ne "
        'se remplace pas par une haie plantée hier. <a href="https://t.co/hx81">#PPLHaies</a>'
        "</p>&mdash; Benoît Lagarde (@BLagarde_Senat) "
        '<a href="https://twitter.com/BLagarde_Senat/status/188">27 janvier 2027</a></blockquote>'
    )
    video = (
        '<div class="media-video"><div class="media-video__player"><iframe src="https://www.dailymotion.com/embed/video/x9hx2a" allowfullscreen></iframe></div>'
        '<p class="media-video__legend">Rassemblement d’agriculteurs devant le Sénat, mercredi 27 janvier.</p></div>'
    )
    posts = []
    for i, (stamp, hour, head, texts) in enumerate(entries):
        heading = f'<h2 class="live-post__title">{head}</h2>' if head else ""
        extra = tweet if i == 2 else (video if i == 3 else "")
        posts.append(
            f'<div class="live-post" id="post-{90412 - i}"><div class="live-post__meta"><time class="live-post__time" datetime="{stamp}">{hour}</time><a class="live-post__link" href="#post-{90412 - i}" aria-label="Lien vers ce post">#</a></div>'
            f'{heading}<div class="live-post__body">{paras(*texts)}{extra}</div></div>'
        )
    people = [
        ("Louise Marchal", "louise-marchal"),
        ("Hugo Brevet", "hugo-brevet"),
        ("Sandrine Okafor", "sandrine-okafor"),
    ]
    links = [f'<a href="{base}/auteur/{slug}" hreflang="fr">{name}</a>' for name, slug in people]
    byline = f"{links[0]}, {links[1]} et {links[2]} (avec AFP)"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "LiveBlogPosting",
                "@id": url,
                "headline": title,
                "description": flat(chapo),
                "articleSection": "Parlementaire",
                "datePublished": "2027-01-27T17:58:00+0100",
                "dateModified": "2027-01-28T00:21:00+0100",
                "coverageStartTime": "2027-01-27T18:00:00+0100",
                "coverageEndTime": "2027-01-28T00:30:00+0100",
                "author": [{"@type": "Person", "name": n} for n, _ in people],
                "publisher": {
                    "@type": "Organization",
                    "@id": base,
                    "name": "Public Sénat",
                    "logo": {"@type": "ImageObject", "url": f"{base}/themes/custom/ps/logo.png"},
                },
                "liveBlogUpdate": [
                    {
                        "@type": "BlogPosting",
                        "headline": head or flat(texts[0])[:80],
                        "datePublished": stamp,
                        "articleBody": " ".join(flat(x) for x in texts),
                    }
                    for stamp, _, head, texts in entries
                ],
                "mainEntityOfPage": url,
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Parlementaire",
                        "item": f"{base}/actualites/parlementaire",
                    },
                ],
            },
        ],
    }
    nav = menu(
        6215,
        "menu--main",
        base,
        ["Politique", "Parlementaire", "Société", "Territoires", "International", "Émissions"],
        6,
    )
    same = "".join(
        f'<div class="card card--small"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><span class="card__category">Parlementaire</span><h3 class="card__title">{t["title"]}</h3></a></div>'
        for t in teasers(6208, 4, base + "/actualites/parlementaire", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="{flat(chapo)}" />
    <link rel="canonical" href="{url}" />
    <meta property="og:site_name" content="Public Sénat" />
    <meta property="og:type" content="article" />
    <meta property="og:url" content="{url}" />
    <meta property="og:title" content="DIRECT. {title}" />
    <meta property="og:description" content="{flat(chapo)}" />
    <meta property="article:published_time" content="2027-01-27T17:58:00+0100" />
    <meta property="article:modified_time" content="2027-01-28T00:21:00+0100" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:site" content="@publicsenat" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    {json_script(graph)}
    <title>DIRECT. {title} | Public Sénat</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3b1Yh0.css?delta=0&amp;language=fr&amp;theme=ps" />
    <style>{css_blob(6227, "ps", 260)}</style>
    <script src="/modules/contrib/tarteaucitron/js/tarteaucitron.js"></script>
  </head>
  <body class="path-node page-node-type-live">
    <div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig" role="alert"><span id="tarteaucitronDisclaimerAlert">Public Sénat utilise des cookies pour mesurer l’audience et vous proposer des vidéos. Vous pouvez les accepter, les refuser ou les paramétrer.</span><button id="tarteaucitronPersonalize2">Tout accepter</button><button id="tarteaucitronAllDenied2">Tout refuser</button><button id="tarteaucitronCloseAlert">Personnaliser</button></div></div>
    <a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <header class="header" role="banner"><div class="header__top"><a href="{base}/" class="header__logo" rel="home"><img src="/themes/custom/ps/logo.svg" alt="Public Sénat"></a><a class="header__live" href="{base}/direct">Regarder le direct TV</a></div><nav role="navigation" class="header__nav">{nav}</nav></header>
    <main role="main"><a id="main-content" tabindex="-1"></a>
    <div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol><li><a href="/">Accueil</a></li><li><a href="/actualites/parlementaire">Parlementaire</a></li></ol></nav></div>
    <article data-history-node-id="90311" class="node node--type-live node--view-mode-full">
      <div class="node__header">
        <div class="node__badges"><span class="badge badge--live">En direct</span> <a class="node__category" href="/actualites/parlementaire">Parlementaire</a></div>
        <h1 class="node__title"><span class="field field--name-title field--type-string">{title}</span></h1>
        <div class="field field--name-field-chapo field--type-text-long"><p>{chapo}</p></div>
        <div class="node__meta"><div class="node__authors">Par {byline}</div><div class="node__dates"><span class="node__date">Publié le <time datetime="2027-01-27T17:58:00+01:00">27/01/2027 à 17:58</time></span> <span class="node__date node__date--updated">Mis à jour le <time datetime="2027-01-28T00:21:00+01:00">28/01/2027 à 00:21</time></span></div></div>
        <div class="share"><button class="share__button" data-share="facebook">Facebook</button><button class="share__button" data-share="x">X</button><button class="share__button" data-share="linkedin">LinkedIn</button><button class="share__button" data-share="copy">Copier le lien</button></div>
      </div>
      <figure class="node__media"><img src="/sites/default/files/styles/lg/public/2027-01/hemicycle-haies.jpg" alt="L’hémicycle du Sénat"><figcaption>L’hémicycle du Sénat, le 27 janvier 2027. <span class="credit">Crédits : Xavier Lemoine / Public Sénat</span></figcaption></figure>
      <div class="node__content">
        <div class="live-feed" data-refresh="60">
{chr(10).join(posts)}
        </div>
      </div>
    </article>
    <div class="newsletter-block"><h2 class="newsletter-block__title">La newsletter de Public Sénat</h2><p>Chaque matin, l’essentiel de l’actualité parlementaire.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>S’inscrire</button></form></div>
    <section class="same-topic"><h2 class="same-topic__title">Sur le même thème</h2>{same}</section>
    </main>
    <footer class="footer" role="contentinfo"><p>© Public Sénat 2027 — La chaîne parlementaire</p><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/donnees-personnelles">Données personnelles</a></li><li><a href="/contact">Contact</a></li></ul></footer>
    </div>
    <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
  </body>
</html>
"""
    write(
        "07_publicsenat_drupal_direct_three_authors_afp_midnight",
        page,
        {
            "title": title,
            "publication": "Public Sénat",
            "author": "Louise Marchal, Hugo Brevet et Sandrine Okafor",
            "agency": "AFP",
            "section": "Parlementaire",
            "date": datetime.date(2027, 1, 27),
            "standfirst": flat(chapo),
            "source_url": url,
            "subheads": [h for _, _, h, _ in entries if h],
            "paragraphs": [flat(x) for _, _, _, t in entries for x in t],
            "notes": "Drupal 10 live page, newest first: h2 entry titles are subheads, one "
            "entry untitled, times '00:14' … '18:02' are not text. 'En direct' badge outside "
            "the h1, 'DIRECT.' in <title> and og:title only. Byline 'Par A, B et C (avec "
            "AFP)' in three links: three authors and the agency. Published 27/01/2027 à "
            "17:58, updated 28/01/2027 à 00:21; the newest entry is after midnight (28 "
            "January): the date is the 27th. @graph LiveBlogPosting with liveBlogUpdate "
            "entries (headlines, articleBody) and articleSection 'Parlementaire' (also the "
            "breadcrumb). Chapô field--name-field-chapo; embedded tweet and a Dailymotion "
            "video legend inside entries; tarteaucitron consent; newsletter.",
        },
    )


def page08() -> None:
    """L'Indépendant: the La Dépêche group's platform, photo gallery, breadcrumb, captions."""
    base = "https://www.lindependant.fr"
    url = f"{base}/2027/02/07/en-images-arles-sur-tech-lours-a-de-nouveau-fait-trembler-les-ruelles-12109876.php"
    title = "EN IMAGES. Arles-sur-Tech : l’ours a de nouveau fait trembler les ruelles"
    p = [
        "Comme chaque hiver, la fête de l’ours a attiré la foule dans les ruelles "
        "d’Arles-sur-Tech, ce dimanche 7 février. Près de 4&nbsp;000 personnes, selon les "
        "organisateurs, ont suivi la descente de l’animal depuis les hauteurs du village "
        "jusqu’à la place de l’église.",
        "Vêtu de peaux de mouton, le visage noirci, l’ours a poursuivi les jeunes femmes sous "
        "les cris et les rires avant d’être «&nbsp;capturé&nbsp;» par les chasseurs, puis rasé "
        "en public par les barbiers, selon un rituel qui célèbre la fin de l’hiver.",
        "Cette année, c’est un habitant de 27&nbsp;ans, Quentin Bès, qui endossait pour la "
        "première fois le costume. «&nbsp;On n’imagine pas le poids des peaux. Au bout d’une "
        "heure, on ne sent plus ses épaules&nbsp;», confiait-il, épuisé mais ravi, en fin "
        "d’après-midi.",
    ]
    closing = (
        "La fête se poursuivait en soirée par le bal sur la place, avant la «&nbsp;mort&nbsp;» "
        "de l’ours, prévue lundi à midi devant la mairie."
    )
    captions = [
        "L’ours descend des hauteurs du village, escorté par les chasseurs.",
        "Les jeunes femmes tentent d’échapper à l’animal dans la rue du Barri.",
        "Enfants et parents se sont massés sur les balcons pour suivre la poursuite.",
        "Le visage noirci à la suie, les chasseurs encerclent l’ours sur la place.",
        "Les barbiers, tablier blanc et rasoir de bois, préparent le rasage.",
        "Quentin Bès, qui portait le costume pour la première fois, après le rasage.",
        "La cobla a accompagné tout l’après-midi le cortège.",
        "En fin de journée, la place de l’église était noire de monde.",
    ]
    slides = "".join(
        f'<li class="gallery__slide" data-index="{i}"><figure><img src="https://images.lindependant.fr/api/v1/images/view/ours-arles-{i + 1}/large/image.jpg" alt="" loading="lazy" width="980" height="653"><figcaption class="gallery__caption"><span class="gallery__legend">{c}</span> <span class="gallery__credit">L’Indépendant - Laurent Vidal</span></figcaption></figure><span class="gallery__count">{i + 1}/{len(captions)}</span></li>'
        for i, c in enumerate(captions)
    )
    gallery = f'<div class="gallery" data-gallery-id="12109876"><ul class="gallery__slides">{slides}</ul><button class="gallery__prev" aria-label="Photo précédente"></button><button class="gallery__next" aria-label="Photo suivante"></button></div>'
    body = "\n".join(
        [
            paras(*p[:2], attrs='class="article-full__paragraph"'),
            f'<p class="article-full__read-also"><span class="read-also__label">À lire aussi :</span> <a href="{base}/2026/02/01/prats-de-mollo-la-fete-de-lours-sous-la-neige-11803244.php">Prats-de-Mollo : la fête de l’ours sous la neige</a></p>',
            paras(p[2], attrs='class="article-full__paragraph"'),
            '<div class="ad ad--inread" id="inread1"><span class="ad__label">Publicité</span></div>',
            gallery,
            paras(closing, attrs='class="article-full__paragraph"'),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "datePublished": "2027-02-07T19:12:00+01:00",
        "dateModified": "2027-02-08T08:40:00+01:00",
        "author": [
            {
                "@type": "Person",
                "name": "Marie-Laure Ferrandis",
                "url": f"{base}/auteur/marie-laure-ferrandis",
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "L'Indépendant",
            "logo": {"@type": "ImageObject", "url": f"{base}/img/logo-independant.png"},
        },
        "image": [
            {
                "@type": "ImageObject",
                "url": f"https://images.lindependant.fr/api/v1/images/view/ours-arles-{i + 1}/large/image.jpg",
                "caption": c,
            }
            for i, c in enumerate(captions[:3])
        ],
        "isAccessibleForFree": True,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    crumbs = [
        ("Accueil", base + "/"),
        ("Pyrénées-Orientales", base + "/pyrenees-orientales/"),
        ("Arles-sur-Tech", base + "/communes/arles-sur-tech,66008.php"),
    ]
    trail = "".join(f'<li class="breadcrumb__item"><a href="{u}">{n}</a></li>' for n, u in crumbs)
    nav = menu(
        6216,
        "header-menu",
        base,
        ["Pyrénées-Orientales", "Aude", "Faits divers", "Sports", "USAP", "Loisirs", "Occitanie"],
        7,
    )
    most = "".join(
        f'<li class="most-read__item"><a href="{t["url"]}.php"><span class="most-read__rank">{i}</span> {t["title"]}</a></li>'
        for i, t in enumerate(teasers(6209, 5, base + "/2027/02/07", FILLER), 1)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{flat(title)} - lindependant.fr</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{flat(p[0])}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="L'Indépendant">
<meta property="og:title" content="{flat(title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://images.lindependant.fr/api/v1/images/view/ours-arles-1/large/image.jpg">
<meta property="article:published_time" content="2027-02-07T19:12:00+01:00">
<meta property="article:modified_time" content="2027-02-08T08:40:00+01:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@lindependant">
{json_script(ld)}
<link rel="stylesheet" href="/build/css/article.4b1c77.css">
<style>{css_blob(6228, "ind", 300)}</style>
<script src="https://sdk.privacy-center.org/loader.js" async></script>
</head>
<body class="page-article page-article--gallery">
<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.</p><button id="didomi-notice-agree-button">Accepter et fermer</button><button id="didomi-notice-learn-more-button">En savoir plus</button><a href="#" class="didomi-continue-without-agreeing">Continuer sans accepter</a></div></div>
<header class="header"><div class="header__top"><a class="header__logo" href="{base}/"><img src="/img/logo-independant.svg" alt="L'Indépendant"></a><a class="header__subscribe" href="https://abonnement.lindependant.fr/">Je m’abonne</a><a class="header__login" href="/connexion">Se connecter</a></div><nav class="header__nav">{nav}</nav></header>
<main class="main">
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol class="breadcrumb__list">{trail}</ol></nav>
<article class="article-full">
<header class="article-full__header">
<div class="article-full__kicker"><span class="kicker">Traditions</span></div>
<h1 class="article-full__title">{title}</h1>
<div class="article-full__infos"><div class="article-full__author">Marie-Laure Ferrandis</div><div class="article-full__date"><time datetime="2027-02-07T19:12:00+01:00">Publié le 07/02/2027 à 19:12</time>, <span class="article-full__update">mis à jour le 08/02/2027 à 08:40</span></div></div>
<div class="article-full__share"><a href="#" class="share share--facebook">Partager</a><a href="#" class="share share--x">Tweeter</a><a href="#" class="share share--whatsapp">WhatsApp</a><a href="#comments" class="share share--comments">3 commentaires</a></div>
</header>
<figure class="article-full__cover"><img src="https://images.lindependant.fr/api/v1/images/view/ours-arles-1/large/image.jpg" alt="" width="980" height="653"><figcaption class="article-full__cover-caption">L’ours, au moment de sa descente vers la place de l’église. <span class="credit">L’Indépendant - Laurent Vidal</span></figcaption></figure>
<div class="article-full__body">
{body}
</div>
<div class="article-full__tags"><a href="/tags/fete-de-l-ours">Fête de l’ours</a><a href="/tags/vallespir">Vallespir</a><a href="/tags/traditions">Traditions</a></div>
<div class="article-full__comments" id="comments"><button class="comments__open">Voir les 3 commentaires</button><p class="comments__notice">L’espace des commentaires est réservé aux abonnés.</p></div>
</article>
<aside class="sidebar"><div class="most-read"><h2 class="most-read__title">Les plus lus</h2><ol>{most}</ol></div><div class="ad ad--sidebar"><span class="ad__label">Publicité</span></div></aside>
<div class="OUTBRAIN" data-src="{url}" data-widget-id="AR_1"></div>
</main>
<footer class="footer"><p>© L'Indépendant 2027 - Tous droits réservés. Groupe La Dépêche du Midi.</p><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/cgu">CGU</a></li><li><a href="/charte-donnees-personnelles">Données personnelles</a></li></ul></footer>
<script src="/build/js/article.8a2e01.js" defer></script>
</body>
</html>
"""
    write(
        "08_lindependant_custom_galerie_captions_breadcrumb",
        page,
        {
            "title": flat(title),
            "publication": "L'Indépendant",
            "author": "Marie-Laure Ferrandis",
            "section": "Arles-sur-Tech",
            "date": datetime.date(2027, 2, 7),
            "source_url": url,
            "paragraphs": [flat(x) for x in [*p, closing]],
            "notes": "The La Dépêche group's own platform. Photo gallery: three intro "
            "paragraphs, a slideshow of eight captioned photos (captions and 'L’Indépendant - "
            "Laurent Vidal' credits are not text), a closing paragraph after it. 'EN IMAGES.' "
            "belongs to the h1 (the headline as shown). Author as a bare name in "
            "article-full__author (no 'Par'); no standfirst; no articleSection or "
            "article:section: the breadcrumb's last item 'Arles-sur-Tech' beats the kicker "
            "'Traditions'. 'Publié le 07/02/2027 à 19:12, mis à jour le 08/02/2027'. 'À lire "
            "aussi' line and an ad between paragraphs; JSON-LD image list with captions; "
            "<title> ends '- lindependant.fr', og:site_name and publisher \"L'Indépendant\"; "
            "Didomi consent; comments button; most read; Outbrain.",
        },
    )
