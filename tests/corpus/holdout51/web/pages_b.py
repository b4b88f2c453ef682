# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout51/web (Belgium, Canada, Lebanon, Congo)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page05() -> None:
    """Trends-Tendances: Roularta WordPress VIP, Yoast @graph + Parse.ly, economy interview."""
    base = "https://trends.levif.be"
    url = f"{base}/entreprises/nathalie-coppens-vanderstraeten-le-sans-alcool-paie-deja-nos-investissements/"
    title = "Nathalie Coppens (Vanderstraeten)&nbsp;: «&nbsp;Le sans-alcool paie déjà nos investissements&nbsp;»"
    lead = (
        "Un quart des volumes de la brasserie de Hal sont désormais des bières sans alcool. Sa "
        "patronne y voit un changement durable des habitudes, pas une mode, et investit en "
        "conséquence."
    )
    intro = (
        "Fondée en 1887 à Hal, la brasserie Vanderstraeten a longtemps vécu de sa gueuze et de "
        "sa blonde d’abbaye. En 2025, pour la première fois, ses bières sans alcool ont "
        "représenté plus d’un quart de ses volumes. Nathalie Coppens, qui dirige l’entreprise "
        "familiale depuis 2019, nous a reçus dans la salle de brassage, entre deux cuves en "
        "cours d’installation."
    )
    qa1 = [
        "<strong>Vous attendiez-vous à une telle progression du sans-alcool&nbsp;?</strong>",
        "Pas à ce rythme. Quand nous avons lancé notre première blonde à 0,4&nbsp;%, en 2020, "
        "nous visions 5&nbsp;% de nos ventes à l’horizon 2025. Nous sommes à 27&nbsp;%. Ce sont "
        "surtout les 25-40&nbsp;ans qui l’achètent, et pas seulement en janvier. Ils en boivent "
        "le midi, en semaine, là où ils ne prendraient jamais une bière classique.",
    ]
    qa2 = [
        "<strong>Est-ce rentable&nbsp;?</strong>",
        "Plus qu’on ne le croit. Une bière sans alcool échappe aux accises sur l’alcool, ce qui "
        "nous laisse une marge supérieure de trois à quatre points, même si la désalcoolisation "
        "coûte cher en énergie. Les 4,2&nbsp;millions d’euros que nous investissons cette année "
        "dans une nouvelle colonne de désalcoolisation sont financés pour moitié par ces ventes.",
        "<strong>Votre gueuze ne risque-t-elle pas d’en pâtir&nbsp;?</strong>",
        "Non, ce sont deux publics différents. Les amateurs de lambic restent fidèles, et "
        "l’export vers le Japon et les États-Unis progresse encore de 8&nbsp;% par an. Nos "
        "clients boivent moins, mais ils veulent boire mieux. C’est vrai pour la gueuze comme "
        "pour le reste.",
    ]
    qa3 = [
        "<strong>Le secteur horeca s’est-il remis de la crise énergétique&nbsp;?</strong>",
        "Pas entièrement. Nous avons perdu près de 300 cafés clients en Wallonie et à Bruxelles "
        "depuis 2022, des établissements qui ont fermé ou ont été repris par des chaînes. La "
        "grande distribution compense en volume, pas en image.",
        "<strong>Un rachat par un grand groupe est-il exclu&nbsp;?</strong>",
        "Nous recevons des propositions chaque année. La famille détient 100&nbsp;% du capital "
        "et n’a pas l’intention de vendre. Mon père me répète qu’une brasserie se transmet, "
        "qu’elle ne se vend pas. Je compte bien le répéter à mes enfants.",
    ]
    subheads = ["Des marges plus confortables", "«&nbsp;L’horeca reste fragile&nbsp;»"]
    quote = "«&nbsp;Nos clients boivent moins, mais ils veulent boire mieux.&nbsp;»"
    also = (
        '<div class="c-read-also"><p class="c-read-also__label">Lire aussi</p><ul><li>'
        f'<a href="{base}/entreprises/brasseries-belges-l-export-sauve-l-annee/">Brasseries '
        "belges&nbsp;: l’export sauve l’année</a></li></ul></div>"
    )
    ad = '<div class="c-ad c-ad--inarticle" data-slot="rectangle_1"><p class="c-ad__label">Publicité</p></div>'
    body = "\n".join(
        [
            paras(intro, *qa1),
            f'<h2 class="wp-block-heading">{subheads[0]}</h2>',
            paras(*qa2[:2]),
            f'<figure class="wp-block-pullquote"><blockquote><p>{quote}</p><cite>Nathalie Coppens</cite></blockquote></figure>',
            paras(*qa2[2:]),
            also,
            f'<h2 class="wp-block-heading">{subheads[1]}</h2>',
            paras(*qa3[:2]),
            ad,
            paras(*qa3[2:]),
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "author": [{"@id": base + "/#/schema/person/7f3a2c"}],
                "headline": flat(title)[:110],
                "datePublished": "2026-02-03T05:00:00+00:00",
                "dateModified": "2026-02-03T08:26:41+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 742,
                "publisher": {"@id": base + "/#organization"},
                "image": {"@id": url + "#primaryimage"},
                "thumbnailUrl": f"{base}/app/uploads/2026/02/coppens-vanderstraeten.jpg",
                "keywords": ["bière", "brasserie", "horeca", "PME familiales"],
                "articleSection": ["Entreprises"],
                "inLanguage": "fr-BE",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": flat(title) + " - Trends-Tendances",
                "isPartOf": {"@id": base + "/#website"},
                "datePublished": "2026-02-03T05:00:00+00:00",
                "breadcrumb": {"@id": url + "#breadcrumb"},
                "inLanguage": "fr-BE",
            },
            {
                "@type": "ImageObject",
                "@id": url + "#primaryimage",
                "url": f"{base}/app/uploads/2026/02/coppens-vanderstraeten.jpg",
                "width": 1600,
                "height": 900,
                "caption": "Nathalie Coppens dirige la brasserie familiale depuis 2019. © Belga Image",
            },
            {
                "@type": "BreadcrumbList",
                "@id": url + "#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Entreprises",
                        "item": base + "/entreprises/",
                    },
                    {"@type": "ListItem", "position": 3, "name": flat(title)},
                ],
            },
            {
                "@type": "WebSite",
                "@id": base + "/#website",
                "url": base + "/",
                "name": "Trends-Tendances",
                "publisher": {"@id": base + "/#organization"},
                "inLanguage": "fr-BE",
            },
            {
                "@type": "Organization",
                "@id": base + "/#organization",
                "name": "Trends-Tendances",
                "url": base + "/",
                "logo": {"@type": "ImageObject", "url": f"{base}/app/themes/trends/logo.png"},
            },
            {
                "@type": "Person",
                "@id": base + "/#/schema/person/7f3a2c",
                "name": "Arnaud Verschueren",
                "url": base + "/auteur/arnaud-verschueren/",
            },
        ],
    }
    parsely = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "thumbnailUrl": f"{base}/app/uploads/2026/02/coppens-vanderstraeten-150x150.jpg",
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/app/uploads/2026/02/coppens-vanderstraeten.jpg",
        },
        "articleSection": "Entreprises",
        "author": [{"@type": "Person", "name": "Arnaud Verschueren"}],
        "creator": ["Arnaud Verschueren"],
        "publisher": {"@type": "Organization", "name": "Trends-Tendances"},
        "keywords": ["bière", "brasserie", "horeca", "pme familiales", "interview"],
        "dateCreated": "2026-02-03T05:00:00Z",
        "datePublished": "2026-02-03T05:00:00Z",
        "dateModified": "2026-02-03T08:26:41Z",
    }
    nav = menu(
        5105,
        "menu",
        base,
        ["Entreprises", "Économie", "Finance", "Immo", "Carrière", "Tech", "Opinions"],
        8,
    )
    related = "".join(
        f'<article class="c-card"><a href="{t["url"]}/"><img src="{t["image"]}" alt="" loading="lazy"><h3 class="c-card__title">{t["title"]}</h3></a></article>'
        for t in teasers(515, 9, base + "/entreprises", FILLER)
    )
    page = f"""<!doctype html>
<html lang="fr-BE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{flat(title)} - Trends-Tendances</title>
<meta name="description" content="{flat(lead)}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Trends">
<meta property="article:publisher" content="https://www.facebook.com/trendstendances">
<meta property="article:published_time" content="2026-02-03T05:00:00+00:00">
<meta property="article:modified_time" content="2026-02-03T08:26:41+00:00">
<meta property="og:image" content="{base}/app/uploads/2026/02/coppens-vanderstraeten.jpg">
<meta name="author" content="Arnaud Verschueren">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Écrit par">
<meta name="twitter:data1" content="Arnaud Verschueren">
<meta name="twitter:label2" content="Durée de lecture estimée">
<meta name="twitter:data2" content="4 minutes">
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel="stylesheet" id="trends-main-css" href="{base}/app/themes/trends/dist/css/main.css?ver=3.14.0" media="all">
<style id="global-styles-inline-css">{css_blob(5115, "wp", 260)}</style>
{json_script(parsely, 'type="application/ld+json" class="wp-parsely-metadata"')}
<script id="roularta-datalayer">window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"brand":"trends","pageType":"article","category":"entreprises","articleId":"1194327","premium":false,"author":"Arnaud Verschueren"}});</script>
</head>
<body class="post-template-default single single-post postid-1194327 single-format-standard category-entreprises">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><p id="onetrust-policy-text">Nous utilisons des cookies pour améliorer votre expérience, analyser le trafic et afficher des publicités adaptées.</p><button id="onetrust-accept-btn-handler">Tout accepter</button><button id="onetrust-pc-btn-handler">Paramètres</button></div></div>
<header class="c-header"><a class="c-header__logo" href="{base}/"><img src="{base}/app/themes/trends/logo.svg" alt="Trends-Tendances" width="180" height="40"></a><nav class="c-header__nav">{nav}</nav><a class="c-header__subscribe" href="https://abonnement.roularta.be/trends">S’abonner</a><a class="c-header__login" href="{base}/connexion/">Se connecter</a></header>
<main id="main" class="site-main">
<article id="post-1194327" class="post-1194327 post type-post status-publish format-standard has-post-thumbnail category-entreprises tag-biere tag-brasserie tag-horeca">
<header class="c-article__header">
<div class="c-article__labels"><a class="c-article__category" href="{base}/entreprises/">Entreprises</a> <span class="c-article__genre">Interview</span></div>
<h1 class="c-article__title entry-title">{title}</h1>
<div class="c-article__lead"><p>{lead}</p></div>
<div class="c-article__meta"><div class="c-article__byline">Propos recueillis par <a href="{base}/auteur/arnaud-verschueren/" rel="author">Arnaud Verschueren</a></div><time class="c-article__date" datetime="2026-02-03T06:00:00+01:00">3 février 2026 à 06:00</time> <span class="c-article__reading">Temps de lecture&nbsp;: 4 min</span></div>
<div class="c-share"><a class="c-share__link" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a><a class="c-share__link" href="https://www.linkedin.com/sharing/share-offsite/?url={url}">LinkedIn</a><a class="c-share__link" href="mailto:?subject=Trends">E-mail</a><button class="c-share__bookmark">Sauvegarder</button></div>
</header>
<figure class="wp-block-image c-article__image"><img src="{base}/app/uploads/2026/02/coppens-vanderstraeten.jpg" alt="Nathalie Coppens" width="1600" height="900"><figcaption class="wp-element-caption">Nathalie Coppens dirige la brasserie familiale depuis 2019. <span class="c-article__credit">© Belga Image</span></figcaption></figure>
<div class="c-article__content entry-content">
{body}
</div>
<div class="c-article__tags"><a href="{base}/tag/biere/" rel="tag">Bière</a><a href="{base}/tag/brasserie/" rel="tag">Brasserie</a><a href="{base}/tag/horeca/" rel="tag">Horeca</a><a href="{base}/tag/pme-familiales/" rel="tag">PME familiales</a></div>
<div class="c-author-box"><img src="{base}/app/uploads/authors/verschueren.jpg" alt=""><div><p class="c-author-box__name">Arnaud Verschueren</p><p class="c-author-box__bio">Journaliste à la rubrique Entreprises de Trends-Tendances, il suit l’agroalimentaire et la distribution.</p></div></div>
<div class="c-newsletter"><p class="c-newsletter__title">Trends Daily</p><p>Chaque matin, l’essentiel de l’actualité économique et financière dans votre boîte mail.</p><a class="c-newsletter__cta" href="{base}/newsletters/">S’inscrire gratuitement</a></div>
</article>
<section class="c-related"><h2 class="c-related__title">Plus d’articles Entreprises</h2>{related}</section>
</main>
<footer class="c-footer"><p>© 2026 Roularta Media Group - Trends-Tendances</p><ul><li><a href="{base}/conditions-generales/">Conditions générales</a></li><li><a href="{base}/vie-privee/">Vie privée</a></li></ul></footer>
<script src="{base}/app/themes/trends/dist/js/main.js?ver=3.14.0" id="trends-main-js"></script>
<script id="parsely-cfg" src="https://cdn.parsely.com/keys/trends.levif.be/p.js" async></script>
</body>
</html>
"""
    write(
        "05_trends_wpvip_interview_subheads_pullquote",
        page,
        {
            "title": flat(title),
            "publication": "Trends-Tendances",
            "author": "Arnaud Verschueren",
            "section": "Entreprises",
            "date": datetime.date(2026, 2, 3),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [flat(x) for x in subheads],
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in [intro, *qa1, *qa2, *qa3]],
            "notes": "Roularta on WordPress VIP, economy interview. Presentation paragraph, "
            "questions in <p><strong> (paragraphs), answers; two h2.wp-block-heading intertitles "
            "(subheads, the second in guillemets); figure.wp-block-pullquote repeats a sentence "
            "of an answer, its <cite> is no text. 'Propos recueillis par A'. Two JSON-LD blocks: "
            "Yoast @graph (Article, author by @id, articleSection ['Entreprises'], breadcrumb "
            "ending on the headline) and Parse.ly's NewsArticle; genre label 'Interview' beside "
            "the category link. Dates in UTC (+00:00 and Z) 05:00, visible '3 février 2026 à "
            "06:00'. og:site_name 'Trends', publisher and footer 'Trends-Tendances'. Photo "
            "credit '© Belga Image' is no agency. 'Lire aussi' box and ad inside the body; "
            "author box, newsletter, OneTrust.",
        },
    )


def page06() -> None:
    """La Tribune (Sherbrooke): CN2i on Arc XP themes, obituary, UTC next day, CP credit."""
    base = "https://www.latribune.ca"
    url = f"{base}/actualites/estrie-et-regions/2026/11/18/lancien-maire-de-magog-fernand-beaudry-seteint-a-84-ans-QJ5W3RKTXNE7BPLD4YHVZ2MOAU/"
    title = "L’ancien maire de Magog Fernand Beaudry s’éteint à 84 ans"
    lead = (
        "Maire de 1986 à 2001, il avait mené la revitalisation du centre-ville et préparé la "
        "fusion avec le canton voisin. Il est mort mardi, entouré des siens."
    )
    p = [
        "Fernand Beaudry, maire de Magog pendant quinze ans, est mort mardi à l’âge de 84 ans, a "
        "annoncé sa famille mercredi en fin d’après-midi. Il s’est éteint à l’Hôpital de "
        "Memphrémagog, où il avait été admis la semaine dernière à la suite d’une pneumonie.",
        "Élu pour la première fois en novembre 1986, l’ancien notaire avait remporté quatre "
        "élections consécutives avant de se retirer de la vie politique en 2001. Son nom reste "
        "attaché à la revitalisation de la rue Principale et à l’aménagement de la promenade qui "
        "longe le lac, longtemps contestée avant de devenir l’un des lieux les plus fréquentés "
        "de la ville.",
        "«C’était un homme de dossiers, qui lisait tout et qui n’oubliait rien», a réagi la "
        "mairesse, Geneviève Lauzon, qui a ordonné que les drapeaux de l’hôtel de ville soient "
        "mis en berne jusqu’aux funérailles. «Une bonne partie du Magog d’aujourd’hui, on la lui "
        "doit.»",
        "Au cours de ses mandats, Fernand Beaudry avait notamment piloté&nbsp;:",
    ]
    items = [
        "la reconversion de l’ancienne filature en pôle culturel et communautaire;",
        "la création du premier réseau de pistes cyclables de la région, en 1993;",
        "les négociations qui ont mené au regroupement avec le canton de Magog, en 2002.",
    ]
    q = [
        "Le député de la circonscription a salué sur les réseaux sociaux «un serviteur public "
        "d’une autre époque, au meilleur sens du terme».",
        "Après sa carrière politique, il avait présidé pendant près de dix ans la fondation de "
        "l’hôpital, qui lui avait rendu hommage en donnant son nom à l’aile de soins palliatifs "
        "inaugurée en 2014.",
        "Il laisse dans le deuil son épouse, Louise Gravel, ses trois enfants et sept "
        "petits-enfants. Les funérailles auront lieu le 28&nbsp;novembre en l’église "
        "Saint-Patrice de Magog.",
    ]
    credit = "<i>Avec La Presse Canadienne</i>"
    body = "\n".join(
        [
            paras(*p[:3], attrs='class="c-paragraph"'),
            '<div class="b-ad-block" id="arcad-fusion-box-1"><div class="arcad-label">Publicité</div></div>',
            paras(p[3], attrs='class="c-paragraph"'),
            '<ul class="c-list">\n' + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>",
            paras(*q, attrs='class="c-paragraph"'),
            paras(credit, attrs='class="c-paragraph"'),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "description": flat(lead),
        "datePublished": "2026-11-19T01:40:12.384Z",
        "dateModified": "2026-11-19T12:02:47.911Z",
        "author": [
            {
                "@type": "Person",
                "name": "Jean-François Gagnon",
                "url": f"{base}/auteurs/jean-francois-gagnon/",
            }
        ],
        "publisher": {
            "@type": "Organization",
            "name": "La Tribune",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/pf/resources/images/latribune-logo.png?d=412",
            },
        },
        "image": [
            {
                "@type": "ImageObject",
                "url": "https://www.latribune.ca/resizer/v2/KX7WQ2ZB4NFOJL3YHM5RDTAEVU.jpg?auth=3f1c&width=1200",
            }
        ],
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "isAccessibleForFree": True,
    }
    fusion = {
        "_id": "QJ5W3RKTXNE7BPLD4YHVZ2MOAU",
        "type": "story",
        "headlines": {"basic": flat(title)},
        "subheadlines": {"basic": flat(lead)},
        "label": {"basic": {"text": "Décès"}},
        "credits": {"by": [{"name": "Jean-François Gagnon", "org": "La Tribune"}]},
        "first_publish_date": "2026-11-19T01:40:12.384Z",
        "taxonomy": {
            "primary_section": {
                "_id": "/actualites/estrie-et-regions",
                "name": "Estrie et régions",
            }
        },
        "content_elements": [{"type": "text", "content": x} for x in p]
        + [{"type": "list", "items": [{"content": x} for x in items]}]
        + [{"type": "text", "content": x} for x in [*q, credit]],
    }
    fusion_js = json.dumps(fusion, ensure_ascii=False).replace("</", "<\\/")
    nav = menu(
        5106,
        "b-main-navigation__list",
        base,
        ["Actualités", "Affaires", "Sports", "Arts", "Opinions", "Vivre", "Nécrologie"],
        7,
    )
    mostread = "".join(
        f'<li class="b-top-table-list__item"><a href="{t["url"]}/">{t["title"]}</a></li>'
        for t in teasers(516, 5, base + "/actualites", FILLER)
    )
    more = "".join(
        f'<div class="b-card-list__item"><a href="{t["url"]}/"><img src="{t["image"]}" alt="" loading="lazy"><h3 class="c-heading">{t["title"]}</h3></a></div>'
        for t in teasers(5161, 12, base + "/actualites/estrie-et-regions", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | La Tribune</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="La Tribune">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://www.latribune.ca/resizer/v2/KX7WQ2ZB4NFOJL3YHM5RDTAEVU.jpg?auth=3f1c&amp;width=1200">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@LaTribune">
<meta name="parsely-title" content="{title}">
<meta name="parsely-link" content="{url}">
<meta name="parsely-type" content="post">
<meta name="parsely-section" content="Estrie et régions">
<meta name="parsely-author" content="Jean-François Gagnon">
<meta name="parsely-pub-date" content="2026-11-19T01:40:12Z">
<meta name="parsely-tags" content="Magog,décès,politique municipale">
{json_script(ld)}
<link rel="stylesheet" href="{base}/pf/dist/components/combinations/default.css?d=412&amp;mxId=00000000">
<style>{css_blob(5116, "b", 300)}</style>
<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="latribune";Fusion.deployment="412";Fusion.globalContent={fusion_js};Fusion.globalContentConfig={{"source":"content-api","query":{{"_id":"QJ5W3RKTXNE7BPLD4YHVZ2MOAU"}}}};</script>
<script async src="https://static.chartbeat.com/js/chartbeat_mab.js"></script>
</head>
<body>
<div id="fusion-app" class="layout-section">
<div class="cn2i-cmp-banner" role="dialog"><p>Nous utilisons des témoins (cookies) pour améliorer votre expérience et mesurer l’audience.</p><button>Accepter</button><button>Refuser</button></div>
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top"><button class="b-header-nav-chain__menu">Sections</button><a class="b-header-nav-chain__logo" href="{base}/"><img src="{base}/pf/resources/images/latribune-logo.svg?d=412" alt="La Tribune"></a><a class="b-header-nav-chain__donate" href="{base}/soutien/">Faire un don</a><a class="b-header-nav-chain__login" href="{base}/compte/">Se connecter</a></div><nav class="b-main-navigation">{nav}</nav></header>
<main class="b-right-rail">
<div class="b-right-rail__main">
<nav class="b-breadcrumb" aria-label="Fil d’Ariane"><ol><li><a href="{base}/actualites/">Actualités</a></li><li><a href="{base}/actualites/estrie-et-regions/">Estrie et régions</a></li></ol></nav>
<article class="b-article">
<div class="b-overline"><span class="b-overline__text">Décès</span></div>
<h1 class="b-headline">{title}</h1>
<h2 class="b-subheadline">{lead}</h2>
<div class="b-byline"><div class="c-attribution">Par <a class="c-link" href="{base}/auteurs/jean-francois-gagnon/">Jean-François Gagnon</a>, La Tribune</div></div>
<div class="b-date"><time datetime="2026-11-19T01:40:12.384Z">Publié le 18 novembre 2026 à 20 h 40</time> <span class="b-date__updated">Mis à jour le 19 novembre 2026 à 7 h 02</span></div>
<div class="b-share-bar"><a class="b-share-bar__link" href="#facebook">Partager sur Facebook</a><a class="b-share-bar__link" href="#x">Partager sur X</a><a class="b-share-bar__link" href="#courriel">Partager par courriel</a></div>
<figure class="b-lead-art"><img src="https://www.latribune.ca/resizer/v2/KX7WQ2ZB4NFOJL3YHM5RDTAEVU.jpg?auth=3f1c&amp;width=800" alt="Fernand Beaudry"><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Fernand Beaudry en 2001, lors de sa dernière séance du conseil municipal.</span> <span class="c-media-item__credit">(Archives La Tribune, Claude Poulin)</span></figcaption></figure>
<div class="b-article-body">
{body}
</div>
<div class="b-author-bio"><img src="{base}/resizer/v2/gagnon.jpg" alt=""><p class="b-author-bio__name">Jean-François Gagnon</p><p class="b-author-bio__text">Journaliste à La Tribune, il couvre la politique municipale en Estrie.</p></div>
<div class="b-newsletter-signup"><h2>Infolettre La Tribune</h2><p>Les nouvelles de l’Estrie, chaque matin dans votre boîte courriel.</p><input type="email" placeholder="Votre courriel"><button>M’inscrire</button></div>
</article>
<section class="b-card-list"><h2>À lire aussi</h2>{more}</section>
</div>
<aside class="b-right-rail__rail"><div class="b-top-table-list"><h2>Les plus lus</h2><ol>{mostread}</ol></div><div class="b-ad-block" id="arcad-fusion-rail-1"></div></aside>
</main>
<footer class="b-footer"><p>© 2026 La Tribune, une coopérative de CN2i. Tous droits réservés.</p><ul><li><a href="{base}/politique-de-confidentialite/">Confidentialité</a></li><li><a href="{base}/conditions-d-utilisation/">Conditions d’utilisation</a></li></ul></footer>
</div>
<script id="fusion-metadata" type="application/javascript">window.Fusion.contextPath="/pf";window.Fusion.outputType="default";</script>
</body>
</html>
"""
    write(
        "06_latribune_arcxp_necrologie_utc_next_day_cp",
        page,
        {
            "title": title,
            "publication": "La Tribune",
            "author": "Jean-François Gagnon",
            "agency": "La Presse Canadienne",
            "section": "Estrie et régions",
            "date": datetime.date(2026, 11, 18),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in p + items + q],
            "notes": "CN2i on Arc XP themes blocks (b-headline, b-subheadline, c-attribution), "
            "obituary. Published 20 h 40 in Sherbrooke: JSON-LD datePublished and "
            "parsely-pub-date are 2026-11-19T01:40Z (UTC next day), no article:published_time; "
            "visible 'Publié le 18 novembre 2026 à 20 h 40' → date 18 November. Standfirst "
            "h2.b-subheadline. 'Par A, La Tribune'; closing '<i>Avec La Presse Canadienne</i>' "
            "is a <p> of the body but a credit: agency La Presse Canadienne, not a paragraph. "
            "No articleSection or article:section: breadcrumb 'Actualités / Estrie et régions' "
            "beats the overline 'Décès'. Introducing paragraph + ul of three items (Québec "
            "typography: «» without spaces, no space before ';'). Ad inside the body, caption "
            "credit, author bio, newsletter, 'À lire aussi' cards; Fusion.globalContent "
            "repeats the text.",
        },
    )


def page07() -> None:
    """Agenda Culturel (Beyrouth): WordPress + Rank Math @graph, theatre review, no lead."""
    base = "https://www.agendaculturel.com"
    url = f"{base}/article/les-balcons-de-gemmayze-une-ville-qui-se-raconte-dun-etage-a-lautre"
    title = (
        "«&nbsp;Les Balcons de Gemmayzé&nbsp;»&nbsp;: une ville qui se raconte d’un étage à l’autre"
    )
    p = [
        "Il y a d’abord le bruit. Celui d’un générateur qui toussote, d’une casserole qu’on pose, "
        "d’une radio qui cherche sa fréquence. Puis la lumière se lève sur la façade d’un "
        "immeuble de Gemmayzé, reconstituée sur trois niveaux par la scénographe Maya "
        "Karam&nbsp;: six balcons, six appartements, et autant de vies qui ne se croisent que par "
        "les fenêtres.",
        "Écrite et mise en scène par Karim Abi Nader, la pièce, créée au Théâtre Monnot le "
        "8&nbsp;janvier, suit une journée entière dans cet immeuble du quartier, de l’aube à la "
        "coupure de courant du soir. On y croise une veuve qui arrose des plantes mortes, deux "
        "étudiants qui révisent un examen de droit, un couple qui se dispute en trois langues et "
        "un vieux tailleur qui refuse de quitter un atelier fissuré depuis l’explosion du port.",
        "Le dispositif pourrait n’être qu’un joli décor. Il devient une véritable machine à "
        "récits&nbsp;: les dialogues passent d’un balcon à l’autre, se répondent, se contredisent, "
        "et le spectateur finit par reconstituer, par fragments, l’histoire commune de "
        "l’immeuble. Abi Nader a le sens du rythme et, surtout, celui de l’ellipse.",
    ]
    quote = "Une pièce sur la manière dont on continue d’habiter une ville blessée."
    q = [
        "La distribution, très homogène, est dominée par Hoda Sleiman, bouleversante dans le "
        "rôle de la veuve. Sa longue tirade du deuxième acte, adressée à un mari qu’on ne verra "
        "jamais, est l’un des plus beaux moments de théâtre vus à Beyrouth depuis longtemps. "
        "Face à elle, le jeune Elie Frem apporte une drôlerie bienvenue.",
        "On regrettera quelques longueurs dans la dernière demi-heure, et une fin un peu "
        "appuyée, qui explique ce que la pièce avait si bien laissé entendre. Mais ces réserves "
        "pèsent peu. <em>Les Balcons de Gemmayzé</em> est moins une pièce sur la guerre ou sur "
        "la crise qu’une pièce sur la manière dont on continue d’habiter une ville blessée.",
    ]
    subhead = "Infos pratiques"
    items = [
        "Au Théâtre Monnot, Achrafieh, jusqu’au 25&nbsp;janvier, du mercredi au dimanche à 20h30.",
        "Billets&nbsp;: 17&nbsp;$, en vente sur place et sur le site du théâtre.",
        "En arabe libanais, surtitré en français et en anglais. Durée&nbsp;: 1&nbsp;h&nbsp;50.",
    ]
    gallery = (
        '<figure class="wp-block-gallery has-nested-images columns-2 is-cropped">'
        + "".join(
            f'<figure class="wp-block-image size-large"><img decoding="async" src="{base}/wp-content/uploads/2026/01/balcons-{i}.jpg" alt="" class="wp-image-8841{i}"><figcaption class="wp-element-caption">{c}</figcaption></figure>'
            for i, c in enumerate(
                [
                    "Hoda Sleiman dans le rôle de la veuve. © Tony Elieh",
                    "La façade conçue par Maya Karam. © Tony Elieh",
                ],
                1,
            )
        )
        + "</figure>"
    )
    body = "\n".join(
        [
            paras(*p[:2]),
            gallery,
            paras(p[2]),
            f'<figure class="wp-block-pullquote"><blockquote><p>{quote}</p></blockquote></figure>',
            paras(*q),
            f'<h3 class="wp-block-heading">{subhead}</h3>',
            '<ul class="wp-block-list">\n' + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>",
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": ["Person", "Organization"],
                "@id": base + "/#person",
                "name": "Agenda Culturel",
                "logo": {
                    "@type": "ImageObject",
                    "@id": base + "/#logo",
                    "url": f"{base}/wp-content/uploads/2024/05/logo-agenda-culturel.png",
                    "caption": "Agenda Culturel",
                    "inLanguage": "fr-FR",
                },
            },
            {
                "@type": "WebSite",
                "@id": base + "/#website",
                "url": base,
                "name": "Agenda Culturel",
                "publisher": {"@id": base + "/#person"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "ImageObject",
                "@id": f"{base}/wp-content/uploads/2026/01/balcons-1.jpg",
                "url": f"{base}/wp-content/uploads/2026/01/balcons-1.jpg",
                "width": "1280",
                "height": "853",
                "inLanguage": "fr-FR",
            },
            {
                "@type": "BreadcrumbList",
                "@id": url + "#breadcrumb",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": "1",
                        "item": {"@id": base, "name": "Accueil"},
                    },
                    {
                        "@type": "ListItem",
                        "position": "2",
                        "item": {"@id": base + "/category/theatre", "name": "Théâtre"},
                    },
                    {
                        "@type": "ListItem",
                        "position": "3",
                        "item": {"@id": url, "name": flat(title)},
                    },
                ],
            },
            {
                "@type": "WebPage",
                "@id": url + "#webpage",
                "url": url,
                "name": flat(title) + " - Agenda Culturel",
                "datePublished": "2026-01-12T10:30:00+02:00",
                "dateModified": "2026-01-12T10:30:00+02:00",
                "isPartOf": {"@id": base + "/#website"},
                "primaryImageOfPage": {"@id": f"{base}/wp-content/uploads/2026/01/balcons-1.jpg"},
                "inLanguage": "fr-FR",
                "breadcrumb": {"@id": url + "#breadcrumb"},
            },
            {
                "@type": "Person",
                "@id": base + "/author/rania-moussa/",
                "name": "Rania Moussa",
                "url": base + "/author/rania-moussa/",
                "image": {
                    "@type": "ImageObject",
                    "@id": "https://secure.gravatar.com/avatar/3b1e?s=96&d=mm&r=g",
                    "url": "https://secure.gravatar.com/avatar/3b1e?s=96&d=mm&r=g",
                    "caption": "Rania Moussa",
                    "inLanguage": "fr-FR",
                },
            },
            {
                "@type": "NewsArticle",
                "headline": flat(title) + " - Agenda Culturel",
                "datePublished": "2026-01-12T10:30:00+02:00",
                "dateModified": "2026-01-12T10:30:00+02:00",
                "articleSection": "Théâtre, Critiques",
                "author": {"@id": base + "/author/rania-moussa/", "name": "Rania Moussa"},
                "publisher": {"@id": base + "/#person"},
                "description": "Au Théâtre Monnot, Karim Abi Nader fait tenir tout un quartier "
                "dans la façade d’un immeuble.",
                "name": flat(title) + " - Agenda Culturel",
                "@id": url + "#richSnippet",
                "isPartOf": {"@id": url + "#webpage"},
                "image": {"@id": f"{base}/wp-content/uploads/2026/01/balcons-1.jpg"},
                "inLanguage": "fr-FR",
                "mainEntityOfPage": {"@id": url + "#webpage"},
            },
        ],
    }
    nav = menu(
        5107,
        "menu",
        base,
        ["Théâtre", "Musique", "Cinéma", "Expositions", "Livres", "Danse", "Agenda"],
        6,
    )
    related = "".join(
        f'<li class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="{t["url"]}">{t["title"]}</a><p class="jp-relatedposts-post-context">Dans «&nbsp;Théâtre&nbsp;»</p></li>'
        for t in teasers(517, 3, base + "/article", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{flat(title)} - Agenda Culturel</title>
<meta name="description" content="Au Théâtre Monnot, Karim Abi Nader fait tenir tout un quartier dans la façade d’un immeuble.">
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)} - Agenda Culturel">
<meta property="og:description" content="Au Théâtre Monnot, Karim Abi Nader fait tenir tout un quartier dans la façade d’un immeuble.">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Agenda Culturel">
<meta property="article:tag" content="Karim Abi Nader">
<meta property="article:tag" content="Théâtre Monnot">
<meta property="article:section" content="Théâtre">
<meta property="og:image" content="{base}/wp-content/uploads/2026/01/balcons-1.jpg">
<meta property="article:published_time" content="2026-01-12T10:30:00+02:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Écrit par">
<meta name="twitter:data1" content="Rania Moussa">
<meta name="twitter:label2" content="Temps de lecture">
<meta name="twitter:data2" content="3 minutes">
{json_script(graph, 'type="application/ld+json" class="rank-math-schema"')}
<link rel="stylesheet" id="wp-block-library-css" href="{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1" media="all">
<link rel="stylesheet" id="heateor_sss_frontend_css-css" href="{base}/wp-content/plugins/sassy-social-share/public/css/sassy-social-share-public.css?ver=3.3.70" media="all">
<style id="generate-style-inline-css">{css_blob(5117, "gp", 240)}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-AC2026"></script>
</head>
<body class="post-template-default single single-post postid-88412 single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers">
<a class="screen-reader-text skip-link" href="#content">Aller au contenu</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-logo"><a href="{base}/" rel="home"><img class="header-image is-logo-image" alt="Agenda Culturel" src="{base}/wp-content/uploads/2024/05/logo-agenda-culturel.png" width="260" height="60"></a></div></div></header>
<nav class="main-navigation" id="site-navigation"><div class="inside-navigation grid-container">{nav}</div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="{base}">Accueil</a><span class="separator"> » </span><a href="{base}/category/theatre">Théâtre</a><span class="separator"> » </span><span class="last">{flat(title)}</span></p></nav>
<article id="post-88412" class="post-88412 post type-post status-publish format-standard has-post-thumbnail hentry category-theatre category-critiques tag-karim-abi-nader tag-theatre-monnot">
<div class="inside-article">
<header class="entry-header">
<span class="cat-links"><a href="{base}/category/theatre" rel="category tag">Théâtre</a>, <a href="{base}/category/critiques" rel="category tag">Critiques</a></span>
<h1 class="entry-title" itemprop="headline">{title}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-01-12T10:30:00+02:00">12 janvier 2026</time></span> <span class="byline">par <span class="author vcard"><a class="url fn n" href="{base}/author/rania-moussa/" rel="author"><span class="author-name">Rania Moussa</span></a></span></span></div>
</header>
<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing"><div class="heateor_sss_sharing_title">Partager</div><ul class="heateor_sss_sharing_ul"><li><a class="heateor_sss_facebook" title="Facebook">Facebook</a></li><li><a class="heateor_sss_whatsapp" title="Whatsapp">Whatsapp</a></li><li><a class="heateor_sss_button_x" title="X">X</a></li></ul></div>
<div class="entry-content" itemprop="text">
{body}
</div>
<footer class="entry-meta"><span class="tags-links"><a href="{base}/tag/karim-abi-nader" rel="tag">Karim Abi Nader</a>, <a href="{base}/tag/theatre-monnot" rel="tag">Théâtre Monnot</a></span></footer>
<div class="author-box"><div class="avatar"><img alt="" src="https://secure.gravatar.com/avatar/3b1e?s=96&amp;d=mm&amp;r=g" width="96" height="96"></div><div class="author-box-info"><p class="author-box-title">À propos de Rania Moussa</p><p class="author-description">Critique de théâtre et de danse, Rania Moussa collabore à l’Agenda Culturel depuis 2017.</p></div></div>
</div>
</article>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Articles similaires</em></h3><ul class="jp-relatedposts-items">{related}</ul></div>
<div class="comments-area" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire"></p></form></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><aside class="widget widget_block"><h2 class="widget-title">Newsletter</h2><p>Recevez chaque jeudi la sélection culturelle de la semaine à Beyrouth.</p><form><input type="email" placeholder="Votre e-mail"><button>S’inscrire</button></form></aside></div>
</div></div>
<footer class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar">© 2026 Agenda Culturel - Beyrouth, Liban</div></div></footer>
<script id="heateor_sss_sharing_js-js" src="{base}/wp-content/plugins/sassy-social-share/public/js/sassy-social-share-public.js?ver=3.3.70"></script>
<script src="https://stats.wp.com/e-202602.js" defer></script>
</body>
</html>
"""
    write(
        "07_agendaculturel_wordpress_rankmath_critique",
        page,
        {
            "title": flat(title),
            "publication": "Agenda Culturel",
            "author": "Rania Moussa",
            "section": "Théâtre",
            "date": datetime.date(2026, 1, 12),
            "source_url": url,
            "subheads": [subhead],
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p + q + items],
            "notes": "WordPress (GeneratePress) + Rank Math, theatre review, no standfirst. "
            "Rank Math @graph: NewsArticle headline with ' - Agenda Culturel' (h1 wins), "
            "articleSection written as one string 'Théâtre, Critiques' (two categories joined "
            "by Rank Math) → 'Théâtre', as article:section, the category links and the "
            "breadcrumb, whose last item is the article itself. Publisher a Person/"
            "Organization node. Gallery of two captioned images, figure.wp-block-pullquote "
            "repeating the last paragraph's closing words, h3 'Infos pratiques' + ul of three "
            "items (paragraphs). Lowercase 'par A'; '12 janvier 2026' (+02:00). Sassy Social "
            "Share, tags, author box, Jetpack related posts, comment form, sidebar newsletter.",
        },
    )


def page08() -> None:
    """Les Dépêches de Brazzaville: Drupal 7, health, body split by <br /> only, kicker only."""
    base = "https://www.adiac-congo.com"
    url = f"{base}/content/paludisme-brazzaville-lance-une-campagne-de-distribution-de-moustiquaires-164218"
    title = (
        "Paludisme&nbsp;: Brazzaville lance une campagne de distribution de moustiquaires dans "
        "neuf arrondissements"
    )
    segments = [
        "Le ministère de la Santé et de la Population a lancé, le 19 mai, au centre de santé "
        "intégré de Makélékélé, une campagne de distribution gratuite de moustiquaires "
        "imprégnées d’insecticide à longue durée d’action. Elle doit toucher, d’ici à la fin du "
        "mois de juin, près de 410&nbsp;000 ménages répartis dans les neuf arrondissements de la "
        "capitale.",
        "Selon le Programme national de lutte contre le paludisme, la maladie reste la première "
        "cause de consultation dans les formations sanitaires du pays. Elle représente près de "
        "la moitié des hospitalisations d’enfants de moins de cinq ans à Brazzaville.",
        "Les agents de distribution, recrutés dans chaque quartier, passeront de porte en porte "
        "pour recenser les ménages et leur remettre un coupon. Les moustiquaires seront ensuite "
        "retirées, sur présentation de ce coupon, dans des points fixes, généralement des écoles "
        "ou des centres de santé.",
        "«&nbsp;Une moustiquaire rangée dans son emballage ne protège personne. Nous demandons "
        "aux familles de l’installer dès le premier soir, en priorité au-dessus du lit des "
        "enfants et des femmes enceintes&nbsp;», a insisté le directeur départemental de la "
        "santé, le Dr Alphonse Ngakosso.",
        "La campagne, d’un coût de 2,3 milliards FCFA, est financée par l’État avec l’appui du "
        "Fonds mondial de lutte contre le sida, la tuberculose et le paludisme. Elle sera suivie "
        "d’une enquête sur l’utilisation effective des moustiquaires, trois mois après la fin "
        "de la distribution.",
        "Les autorités sanitaires rappellent que toute fièvre chez un enfant doit conduire à une "
        "consultation rapide. Le test de diagnostic et le traitement du paludisme simple sont "
        "gratuits pour les enfants de moins de quinze ans et les femmes enceintes dans les "
        "formations sanitaires publiques.",
    ]
    body = "<br />\n<br />\n".join(segments)
    nav = "".join(
        f'<li class="leaf"><a href="{base}/rubrique/{r.lower()}">{r}</a></li>'
        for r in [
            "Politique",
            "Économie",
            "Société",
            "Santé",
            "Environnement",
            "Culture",
            "Sports",
            "International",
        ]
    )
    latest = "".join(
        f'<div class="views-row"><span class="views-field-created">{t["date"][8:]}/{t["date"][5:7]}/{t["date"][:4]}</span> <a href="{base}/content/{t["url"].rsplit("/", 1)[1]}">{t["title"]}</a></div>'
        for t in teasers(518, 10, base + "/content", FILLER)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">

<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{base}/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="description" content="Le ministère de la Santé et de la Population a lancé, le 19 mai, au centre de santé intégré de Makélékélé, une campagne de distribution gratuite de moustiquaires imprégnées." />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="{url}" />
<link rel="shortlink" href="{base}/node/164218" />
<meta property="og:site_name" content="Les Dépêches de Brazzaville" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{flat(title)}" />
<meta property="og:image" content="{base}/sites/default/files/styles/article/public/moustiquaires-makelekele.jpg" />
<meta name="twitter:card" content="summary" />
<meta name="dcterms.title" content="{flat(title)}" />
<meta name="dcterms.creator" content="Lydie Gisèle Oko" />
<meta name="dcterms.date" content="2026-05-20T17:52+01:00" />
<meta name="dcterms.type" content="Text" />
<meta name="dcterms.format" content="text/html" />
<meta name="dcterms.identifier" content="{url}" />
<meta name="dcterms.language" content="fr" />
  <title>{flat(title)} | Les Dépêches de Brazzaville</title>
  <style type="text/css" media="all">
@import url("{base}/modules/system/system.base.css?sd41k2");
@import url("{base}/sites/all/themes/adiac/css/style.css?sd41k2");
</style>
<style>{css_blob(5118, "adiac", 200)}</style>
  <script type="text/javascript" src="{base}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{base}/misc/drupal.js?sd41k2"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"adiac","theme_token":"q3Xo2kLZ"}},"googleanalytics":{{"trackOutbound":1}}}});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-164218 node-type-article" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Aller au contenu principal</a>
  </div>
    <div id="page-wrapper"><div id="page">
  <div id="header"><div class="section clearfix">
    <div id="date-du-jour">Jeudi 21 Mai 2026</div>
    <a href="{base}/" title="Accueil" rel="home" id="logo"><img src="{base}/sites/all/themes/adiac/logo.png" alt="Les Dépêches de Brazzaville" /></a>
    <div id="edition-du-jour"><a href="{base}/edition-du-jour">Lire l’édition du jour</a></div>
  </div></div>
  <div id="navigation"><div class="section"><ul class="menu">{nav}</ul></div></div>
  <div id="main-wrapper"><div id="main" class="clearfix">
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      <div class="region region-content">
  <div id="block-system-main" class="block block-system">
  <div class="content">
  <div id="node-164218" class="node node-article node-promoted clearfix" about="/content/paludisme-brazzaville-lance-une-campagne-de-distribution-de-moustiquaires-164218" typeof="sioc:Item foaf:Document">
  <div class="field field-name-field-rubrique field-type-taxonomy-term-reference field-label-hidden"><div class="field-items"><div class="field-item even"><a href="{base}/rubrique/sante" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">SANTÉ</a></div></div></div>
  <h1 class="title" id="page-title">{title}</h1>
  <span property="dc:title" content="{flat(title)}" class="rdf-meta element-hidden"></span>
  <div class="submitted"><span property="dc:date dc:created" content="2026-05-20T17:52:00+01:00" datatype="xsd:dateTime">Mercredi 20 Mai 2026 - 17:52</span></div>
  <div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img typeof="foaf:Image" src="{base}/sites/default/files/styles/article/public/moustiquaires-makelekele.jpg" width="600" height="400" alt="" /></div></div></div>
  <div class="field field-name-field-legende field-type-text field-label-inline clearfix"><div class="field-label">Légendes et crédits photo&nbsp;:&nbsp;</div><div class="field-items"><div class="field-item even">Une agente de distribution remet une moustiquaire à une mère de famille, à Makélékélé / Adiac</div></div></div>
  <div class="content">
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
    <div class="field field-name-field-auteur field-type-text field-label-inline clearfix"><div class="field-label">Auteur&nbsp;:&nbsp;</div><div class="field-items"><div class="field-item even">Lydie Gisèle Oko</div></div></div>
    <div class="field field-name-field-notification field-type-list-boolean field-label-inline clearfix"><div class="field-label">Notification&nbsp;:&nbsp;</div><div class="field-items"><div class="field-item even">Non</div></div></div>
  </div>
  <ul class="links inline"><li class="print_html first"><a href="{base}/print/164218" title="Afficher une version imprimable de cette page." class="print-page" rel="nofollow">Version imprimable</a></li><li class="print_mail last"><a href="{base}/printmail/164218" title="Envoyer cette page par courriel." class="print-mail" rel="nofollow">Envoyer à un ami</a></li></ul>
  <div class="addthis_toolbox addthis_default_style"><a class="addthis_button_facebook"></a><a class="addthis_button_twitter"></a><a class="addthis_button_email"></a><a class="addthis_button_compact"></a></div>
</div>
  </div>
</div>
      </div>
    </div></div>
    <div id="sidebar-second" class="column sidebar"><div class="section">
      <div class="region region-sidebar-second">
  <div id="block-views-derniers-articles-block" class="block block-views"><h2>Derniers articles</h2><div class="content"><div class="view view-derniers-articles">{latest}</div></div></div>
  <div id="block-block-7" class="block block-block"><div class="content"><p><a href="{base}/abonnement">Abonnez-vous à l’édition numérique</a></p></div></div>
</div>
    </div></div>
  </div></div>
  <div id="footer"><div class="section"><div class="region region-footer"><p>Copyright © 2026 Les Dépêches de Brazzaville - Agence d’Information d’Afrique Centrale. Tous droits réservés.</p></div></div></div>
</div></div>
<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-adiac"></script>
</body>
</html>
"""
    write(
        "08_adiac_drupal7_sante_br_kicker_only",
        page,
        {
            "title": flat(title),
            "publication": "Les Dépêches de Brazzaville",
            "author": "Lydie Gisèle Oko",
            "section": "Santé",
            "date": datetime.date(2026, 5, 20),
            "source_url": url,
            "paragraphs": [flat(x) for x in segments],
            "notes": "Drupal 7 XHTML+RDFa page of Les Dépêches de Brazzaville (Republic of the "
            "Congo), health. No JSON-LD, no article:section, no breadcrumb: the taxonomy field "
            "above the h1, written 'SANTÉ', is the only section source → 'Santé'. The body "
            "field is one div split only by '<br />' newline '<br />' (six paragraphs, no <p>). "
            "No standfirst. Date only in dcterms.date, an RDFa span and 'Mercredi 20 Mai 2026 - "
            "17:52', while the header shows 'Jeudi 21 Mai 2026' (day of saving). Author in a "
            "'Auteur :' field after the body (and dcterms.creator); photo legend field ('… / "
            "Adiac') is a caption; 'Notification : Non' field, print links, AddThis, "
            "sidebar of latest articles.",
        },
    )
