# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout33/web (Switzerland, Belgium, Canada)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page01() -> None:
    """24 heures: Tamedia Next.js, agency brief, JSON-LD headline differs from the h1, list."""
    base = "https://www.24heures.ch"
    url = f"{base}/lausanne-le-chantier-du-m3-prend-deux-ans-de-retard-581203994417"
    title = "Le chantier du M3 prend deux ans de retard supplémentaires"
    seo = "Lausanne: le métro M3 ne roulera pas avant 2034"
    lead = (
        "Le Conseil d’État vaudois a annoncé mardi un nouveau report de la mise en service du "
        "métro entre la gare et la Blécherette. La facture grimpe de 118&nbsp;millions."
    )
    p = [
        "Les usagers du futur métro lausannois devront patienter davantage. Le Conseil d’État "
        "vaudois a confirmé mardi que la ligne M3, qui doit relier la gare de Lausanne au "
        "quartier de la Blécherette, ne sera pas mise en service avant la fin de 2034, soit "
        "deux ans plus tard que prévu.",
        "En cause, selon le gouvernement, des conditions géologiques plus complexes que prévu "
        "sous le secteur de la Borde, où les sondages ont révélé des poches de molasse "
        "instable. Le tunnelier devra y progresser à vitesse réduite sur près de 600&nbsp;mètres.",
        "Le coût total du projet passe de 1,02 à 1,14&nbsp;milliard de francs. La Confédération "
        "en finance environ 35% au titre du programme d’agglomération; la part restante est "
        "répartie entre le Canton et la Ville de Lausanne.",
        "Le Conseil d’État a précisé les étapes suivantes:",
        "creusement du tunnel principal entre 2027 et 2030;",
        "construction des cinq stations souterraines à partir de 2029;",
        "essais sans voyageurs durant toute l’année 2034.",
        "La conseillère d’État chargée des infrastructures, Valérie Dufaux, a reconnu devant la "
        "presse un «revers pénible». Elle a promis un point de situation semestriel devant la "
        "commission des transports du Grand Conseil.",
        "Les Verts lausannois ont demandé dans la foulée que la desserte en bus du nord de la "
        "ville soit renforcée d’ici là. La ligne 21 sera cadencée aux sept minutes dès "
        "décembre&nbsp;2027, a indiqué la Ville.",
    ]
    newsletter = (
        '<div class="NewsletterTeaser_root__Hs2k9"><p class="NewsletterTeaser_title__b0Q">'
        "Newsletter «Dernières nouvelles»</p><p>Pour rester au top de l’info, recevez les "
        'principales actualités du jour.</p><a href="/newsletter">Se connecter</a></div>'
    )
    body = "\n".join(
        [
            paras(*p[:2], attrs='class="ArticleParagraph_root__4mszW"'),
            newsletter,
            paras(*p[2:4], attrs='class="ArticleParagraph_root__4mszW"'),
            '<ul class="ArticleList_root__Vq3">'
            + "".join(f"<li>{x}</li>" for x in p[4:7])
            + "</ul>",
            '<div class="Ad_root__Wm1" data-ad="inside-full-content"><span>Publicité</span></div>',
            paras(*p[7:], attrs='class="ArticleParagraph_root__4mszW"'),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": seo,
        "description": flat(lead),
        "articleSection": "Vaud",
        "datePublished": "2026-12-02T10:42:00.000Z",
        "dateModified": "2026-12-02T13:05:00.000Z",
        "author": [{"@type": "Organization", "name": "ATS"}],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "24 heures",
            "logo": {"@type": "ImageObject", "url": f"{base}/logo.png"},
        },
        "isAccessibleForFree": True,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    related = teasers(331, 40, base, FILLER)
    state = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "581203994417",
                    "title": title,
                    "seoTitle": seo,
                    "lead": flat(lead),
                    "authors": [],
                    "source": "ATS",
                    "publishedAt": "2026-12-02T10:42:00.000Z",
                    "updatedAt": "2026-12-02T13:05:00.000Z",
                    "elements": [{"type": "paragraph", "html": x} for x in p],
                },
                "related": related[:10],
            },
        },
        "page": "/[...slug]",
        "buildId": "t2m9Fq0zKx8",
    }
    nav = menu(
        3301,
        "NavigationMenu_list__k2",
        base,
        ["Vaud & Régions", "Suisse", "Monde", "Économie", "Sports", "Culture", "Vivre"],
        9,
    )
    more = "".join(
        f'<article class="TeaserTile_root__p1"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><span class="TeaserTile_overline__s">{t["section"]}</span><h3 class="TeaserTile_title__x">{t["title"]}</h3></a></article>'
        for t in related[10:]
    )
    page = f"""<!DOCTYPE html><html lang="fr-CH"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{seo} | 24 heures</title><meta name="description" content="{flat(lead)}"/><meta property="og:title" content="{seo}"/><meta property="og:description" content="{flat(lead)}"/><meta property="og:site_name" content="24 heures"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta property="og:image" content="https://cdn.unitycms.io/images/m3-borde.jpg"/><meta property="article:published_time" content="2026-12-02T10:42:00.000Z"/><link rel="canonical" href="{url}"/><style data-styled="">{css_blob(3311, "sc", 360)}</style>{json_script(ld)}<script defer src="/_next/static/chunks/main-5d1f.js"></script></head><body><div id="__next"><div id="sp_message_container_1017" class="sp-message"><div class="message-component"><p>Nous utilisons des cookies et des technologies similaires pour personnaliser le contenu et analyser notre trafic.</p><button title="Accepter">Accepter</button><button title="Paramètres">Paramètres</button></div></div><header class="Header_root__qA"><a href="/" class="Header_logo__1" aria-label="24 heures"><svg viewBox="0 0 120 40"><path d="M0 0h20v40H0z"/></svg></a><nav class="Navigation_root__j">{nav}</nav><a class="Header_abo__7" href="/abo">S’abonner</a><a class="Header_login__9" href="/login">Se connecter</a></header><main class="ArticlePage_root__Zz"><article class="Article_root__x2"><div class="ContentHead_root__e6"><div class="ContentHead_overline__r3"><span class="ContentHead_section__K">Transports lausannois</span></div><h1 class="ContentHead_title__4Hb"><span class="ContentHead_text__c">{title}</span></h1><p class="ContentHead_lead__3sK">{lead}</p></div><div class="ContentMetaInfo_root__q"><div class="ContentMetaInfo_authors__Lf"><span class="ContentMetaInfo_author__W">ATS</span></div><div class="ContentMetaInfo_dates__A"><span>Publié: 02.12.2026, 11h42</span><span class="ContentMetaInfo_updated__t">Mis à jour il y a 2 heures</span></div></div><div class="ShareBar_root__c"><button aria-label="Partager sur Facebook">Facebook</button><button aria-label="Partager sur X">X</button><button aria-label="Partager par e-mail">E-mail</button><button class="ShareBar_gift__8">Offrir l’article</button></div><figure class="ArticleImage_root__n"><img src="https://cdn.unitycms.io/images/m3-borde.jpg" alt="Le puits d’attaque du M3 à la Borde."/><figcaption class="ArticleImage_caption__Tb"><span>Le puits d’attaque du futur M3, dans le quartier de la Borde, en octobre dernier.</span> <span class="ArticleImage_credit__I">KEYSTONE/Jean-Christophe Bott</span></figcaption></figure><div class="ArticleBody_root__a9">
{body}
</div><div class="ErrorReport_root__p"><p>Vous avez trouvé une erreur? <a href="/signaler">Signalez-la-nous.</a></p></div><div class="ArticleTopics_root__k"><span>Plus sur le sujet</span><a href="/topics/m3">Métro M3</a><a href="/topics/lausanne">Lausanne</a><a href="/topics/canton-de-vaud">Canton de Vaud</a></div></article><section class="RelatedArticles_root__U"><h2>Plus d’articles sur ce sujet</h2>{more}</section></main><footer class="Footer_root__8"><p>© 24 heures 2026 – Tous droits réservés</p><ul><li><a href="/impressum">Impressum</a></li><li><a href="/privacy">Protection des données</a></li></ul></footer></div>{json_script(state, 'id="__NEXT_DATA__" type="application/json"')}</body></html>"""
    write(
        "01_24heures_tamedia_breve_ats_seo_headline",
        page,
        {
            "title": title,
            "publication": "24 heures",
            "author": None,
            "agency": "ATS",
            "section": "Vaud",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Tamedia Next.js page on one line. Agency brief: the byline is 'ATS' alone "
            "(JSON-LD author an Organization), no person. The JSON-LD, og:title and <title> "
            "carry an SEO headline that differs from the h1 (h1 wins). articleSection 'Vaud' "
            "beats the overline 'Transports lausannois'. Introducing paragraph + ul of three "
            "items; newsletter teaser and ad between paragraphs; caption with a KEYSTONE photo "
            "credit (no agency); 'Vous avez trouvé une erreur?' box and topics after the text; "
            "'Publié: 02.12.2026, 11h42' (10:42Z) and 'Mis à jour il y a 2 heures'; "
            "__NEXT_DATA__ repeats the text.",
        },
    )


def page02() -> None:
    """La Libre Belgique: IPM on Arc XP, interview Q/A, pull quote, factbox, breadcrumb."""
    base = "https://www.lalibre.be"
    url = f"{base}/belgique/enseignement/2026/12/01/sarah-vandeputte-la-penurie-denseignants-nest-pas-une-fatalite-ZK4N3TQWBFHSJOQ6W2DVA7YPLE/"
    title = "Sarah Vandeputte&nbsp;: «&nbsp;La pénurie d’enseignants n’est pas une fatalité&nbsp;»"
    lead = (
        "La nouvelle directrice de la Haute École de Namur-Liège-Luxembourg plaide pour "
        "un tutorat des jeunes professeurs pendant leurs trois premières années."
    )
    qa = [
        "Il manque, selon les estimations de la Fédération Wallonie-Bruxelles, près de 3&nbsp;000 "
        "enseignants à la rentrée. Sarah Vandeputte, qui a pris en septembre la tête de la "
        "Hénallux, forme chaque année quelque 900 futurs instituteurs et régents. Elle nous a "
        "reçus dans son bureau de Malonne.",
        "<strong>Vous parlez d’une pénurie « fabriquée ». Qu’entendez-vous par là&nbsp;?</strong>",
        "Nous formons assez d’enseignants. Le problème, c’est qu’un sur trois quitte le métier "
        "dans les cinq ans. On les envoie seuls dans les classes les plus difficiles, avec des "
        "contrats de quelques semaines. Ce n’est pas un manque de vocations, c’est un manque "
        "d’accueil.",
        "<strong>Que proposez-vous concrètement&nbsp;?</strong>",
        "Un tuteur pour chaque débutant, pendant trois ans, avec des heures dégagées pour ce "
        "tutorat. Cela coûte, on l’estime à 14&nbsp;millions d’euros par an. Mais chaque "
        "enseignant qui abandonne représente une formation de trois ou quatre ans perdue.",
        "<strong>Le gouvernement veut allonger la formation initiale à quatre ans. Est-ce une "
        "erreur&nbsp;?</strong>",
        "Ce n’est pas le cœur du problème. Les étudiants de quatrième année passent plus de "
        "temps en stage, c’est une bonne chose. Mais si la première année de carrière reste "
        "aussi brutale, on aura simplement formé plus longtemps des gens qui partiront.",
        "<strong>Les directions d’école se plaignent de ne plus trouver de remplaçants. Que "
        "leur dites-vous&nbsp;?</strong>",
        "Qu’elles ont raison d’être inquiètes. Dans certaines écoles de Charleroi ou de Verviers, "
        "des classes restent sans titulaire pendant des semaines. Nos étudiants de dernière "
        "année pourraient y effectuer des remplacements encadrés, si le décret le permettait.",
        "<strong>Vous avez vous-même enseigné quinze ans. Qu’est-ce qui vous a fait "
        "rester&nbsp;?</strong>",
        "Une collègue, à Ciney, qui m’a ouvert sa classe la première semaine et ne l’a jamais "
        "refermée. Tout ce que je défends aujourd’hui vient de là.",
    ]
    quote = "«&nbsp;Ce n’est pas un manque de vocations, c’est un manque d’accueil.&nbsp;»"
    factbox = (
        '<aside class="ap-factbox"><h4 class="ap-factbox__title">Bio express</h4><ul>'
        "<li>1978 Naissance à Dinant.</li><li>2003-2018 Institutrice puis directrice d’école "
        "à Ciney.</li><li>2026 Directrice-présidente de la Hénallux.</li></ul></aside>"
    )
    body = "\n".join(
        [
            paras(*qa[:5], attrs='class="ap-paragraph"'),
            f'<blockquote class="ap-pullquote"><p>{quote}</p></blockquote>',
            paras(*qa[5:9], attrs='class="ap-paragraph"'),
            factbox,
            '<div class="ap-ad ap-ad--inread" id="ad-inread-1"><span class="ap-ad__label">Publicité</span></div>',
            paras(*qa[9:], attrs='class="ap-paragraph"'),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "description": flat(lead),
        "datePublished": "2026-12-01T18:30:00Z",
        "dateModified": "2026-12-02T07:14:00Z",
        "author": [
            {"@type": "Person", "name": "Laure Fontaine"},
            {"@type": "Person", "name": "Nicolas Demaret"},
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "La Libre Belgique",
            "logo": {"@type": "ImageObject", "url": f"{base}/pf/resources/logo-lalibre.png"},
        },
        "mainEntityOfPage": url,
        "isAccessibleForFree": True,
    }
    fusion = {
        "_id": "ZK4N3TQWBFHSJOQ6W2DVA7YPLE",
        "type": "story",
        "headlines": {"basic": flat(title)},
        "subheadlines": {"basic": flat(lead)},
        "taxonomy": {"primary_section": {"_id": "/belgique/enseignement", "name": "Enseignement"}},
        "content_elements": [{"type": "text", "content": x} for x in qa],
    }
    fusion_js = json.dumps(fusion, ensure_ascii=False).replace("</", "<\\/")
    nav = menu(
        3302,
        "ap-nav",
        base,
        ["Belgique", "International", "Économie", "Sports", "Culture", "Débats", "Lifestyle"],
        8,
    )
    more = "".join(
        f'<article class="ap-teaser"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><h3 class="ap-teaser__title">{t["title"]}</h3></a></article>'
        for t in teasers(332, 36, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{flat(title)} - La Libre</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{flat(title)}">
<meta property="og:site_name" content="La Libre.be">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-12-01T18:30:00Z">
<meta property="article:modified_time" content="2026-12-02T07:14:00Z">
<style>{css_blob(3312, "ap", 320)}</style>
{json_script(ld)}
<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="lalibre";Fusion.globalContent={fusion_js};</script>
</head>
<body class="ap-body ap-article">
<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">La Libre et ses partenaires utilisent des cookies pour vous proposer une expérience personnalisée.</p><button id="didomi-notice-agree-button">Accepter &amp; fermer</button><button>En savoir plus</button></div></div>
<header class="ap-header"><a class="ap-header__logo" href="{base}/"><img src="{base}/pf/resources/logo-lalibre.svg" alt="La Libre"></a><nav>{nav}</nav><a class="ap-header__subscribe" href="{base}/abonnement">S’abonner</a></header>
<main class="ap-main">
<nav class="ap-breadcrumb" aria-label="breadcrumb"><ol><li><a href="{base}/belgique/">Belgique</a></li><li><a href="{base}/belgique/enseignement/">Enseignement</a></li></ol></nav>
<article class="ap-story">
<header class="ap-story__header">
<span class="ap-story__label">Entretien</span>
<h1 class="ap-story__headline">{title}</h1>
<p class="ap-story__lead">{lead}</p>
<div class="ap-story__byline"><span class="ap-byline__prefix">Entretien</span> <a href="{base}/auteurs/laure-fontaine/">Laure Fontaine</a> et <a href="{base}/auteurs/nicolas-demaret/">Nicolas Demaret</a></div>
<div class="ap-story__dates"><time datetime="2026-12-01T18:30:00Z">Publié le 01-12-2026 à 19h30</time> - <time datetime="2026-12-02T07:14:00Z">Mis à jour le 02-12-2026 à 08h14</time></div>
<div class="ap-share"><button>Partager</button><button>Copier le lien</button><button>Commenter</button></div>
</header>
<figure class="ap-figure"><img src="{base}/resizer/vandeputte.jpg" alt=""><figcaption>Sarah Vandeputte dirige la Hénallux depuis septembre. ©Jean-Luc Flémal</figcaption></figure>
<div class="ap-story__body">
{body}
</div>
<div class="ap-story__tags"><a href="{base}/tags/enseignement">Enseignement</a><a href="{base}/tags/fwb">Fédération Wallonie-Bruxelles</a></div>
</article>
<section class="ap-related"><h2>Sur le même sujet</h2>{more}</section>
</main>
<footer class="ap-footer"><p>© IPM Group 2026 - La Libre Belgique. Tous droits réservés.</p></footer>
</body>
</html>
"""
    write(
        "02_lalibre_arcxp_interview_pullquote",
        page,
        {
            "title": flat(title),
            "publication": "La Libre Belgique",
            "author": "Laure Fontaine et Nicolas Demaret",
            "section": "Enseignement",
            "date": datetime.date(2026, 12, 1),
            "standfirst": flat(lead),
            "source_url": url,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in qa],
            "notes": "IPM on Arc XP. Interview: presentation paragraph, then questions in "
            "<p><strong> (paragraphs) and answers. Byline 'Entretien A et B' in two links. "
            "Headline 'Name : « quote »' with &nbsp;. blockquote.ap-pullquote repeats a sentence "
            "of an answer. 'Bio express' factbox (h4 + ul) and ad inside the body are chrome. "
            "No articleSection: the breadcrumb's last item 'Enseignement' beats the label "
            "'Entretien'. og:site_name 'La Libre.be', publisher and footer 'La Libre Belgique'. "
            "Dates '01-12-2026 à 19h30' and 'Mis à jour le 02-12-2026'. Fusion.globalContent "
            "repeats the text.",
        },
    )


def page03() -> None:
    """TVA Nouvelles: Québecor WordPress VIP, live updates, 'TVA Nouvelles | Agence QMI'."""
    base = "https://www.tvanouvelles.ca"
    url = f"{base}/2026/12/02/en-direct-verglas-des-centaines-de-milliers-de-clients-dhydro-quebec-dans-le-noir"
    title = "Verglas: des centaines de milliers de clients d’Hydro-Québec dans le noir"
    entries = [
        (
            "9 h 15",
            "Les écoles de la Montérégie fermées",
            [
                "Les centres de services scolaires des Patriotes, des Hautes-Rivières et de la "
                "Vallée-des-Tisserands ont annoncé la fermeture de tous leurs établissements pour "
                "la journée. Les services de garde sont aussi fermés.",
            ],
        ),
        (
            "8 h 40",
            None,
            [
                "Hydro-Québec rapporte maintenant 287&nbsp;400 clients privés de courant, dont "
                "plus de la moitié en Montérégie. La société d’État prévient que certains "
                "secteurs pourraient rester dans le noir jusqu’à jeudi.",
            ],
        ),
        (
            "7 h 50",
            "Carambolage sur l’autoroute 10",
            [
                "Une dizaine de véhicules sont impliqués dans un carambolage sur l’autoroute 10 en "
                "direction ouest, à la hauteur de Brossard. Selon la Sûreté du Québec, trois "
                "personnes ont été transportées à l’hôpital, mais leur vie n’est pas en danger.",
                "La circulation est détournée par la route 134 pour une durée indéterminée.",
            ],
        ),
        (
            "6 h 05",
            "Environnement Canada maintient ses avertissements",
            [
                "Environnement Canada maintient ses avertissements de pluie verglaçante pour le "
                "sud du Québec. De 10 à 25&nbsp;mm de verglas sont encore attendus d’ici la fin "
                "de l’après-midi, surtout entre Valleyfield et Granby.",
                "Bonjour et bienvenue dans ce direct consacré à l’épisode de verglas qui frappe le "
                "sud de la province depuis la nuit.",
            ],
        ),
    ]
    tweet = (
        '<blockquote class="twitter-tweet"><p lang="fr" dir="ltr">Nos équipes sont mobilisées '
        "partout où les conditions le permettent. Ne vous approchez jamais d’un fil tombé au sol. "
        '<a href="https://t.co/hq1">pic.twitter.com/hq1</a></p>&mdash; Hydro-Québec '
        '(@hydroquebec) <a href="https://twitter.com/hydroquebec/status/1">2 décembre 2026</a>'
        "</blockquote>"
    )
    video = (
        '<div class="video-player"><div class="brightcove-player" data-video-id="6361"></div>'
        '<p class="video-legend">Les images de nos journalistes sur la Rive-Sud au lever du '
        "jour. TVA Nouvelles</p></div>"
    )
    blocks = []
    for i, (time, head, texts) in enumerate(entries):
        heading = f'<h3 class="live-entry__title">{head}</h3>' if head else ""
        extra = tweet if i == 1 else (video if i == 2 else "")
        blocks.append(
            f'<div class="live-entry" id="entry-{4100 - i}"><div class="live-entry__time">{time}</div>'
            f'{heading}<div class="live-entry__content">{paras(*texts)}{extra}</div></div>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "articleSection": "Régional",
        "coverageStartTime": "2026-12-02T06:05:00-05:00",
        "datePublished": "2026-12-02T06:05:00-05:00",
        "dateModified": "2026-12-02T09:15:00-05:00",
        "author": [
            {"@type": "Organization", "name": "TVA Nouvelles"},
            {"@type": "Organization", "name": "Agence QMI"},
        ],
        "publisher": {"@type": "Organization", "name": "TVA Nouvelles"},
        "mainEntityOfPage": url,
    }
    nav = menu(
        3303,
        "menu-principal",
        base,
        ["Régional", "Politique", "Faits divers", "Monde", "Sports", "Spectacles", "Vidéos"],
        7,
    )
    others = "".join(
        f'<div class="article-card"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><h3 class="article-card__title">{t["title"]}</h3></a></div>'
        for t in teasers(333, 30, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EN DIRECT | {title} | TVA Nouvelles</title>
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="EN DIRECT | {title}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="TVA Nouvelles">
<meta property="article:published_time" content="2026-12-02T11:05:00+00:00">
<link rel="stylesheet" href="{base}/wp-content/themes/qmi-tva/dist/main.css?ver=4.12.0">
<style id="qmi-inline">{css_blob(3313, "qmi", 300)}</style>
{json_script(ld, 'type="application/ld+json" class="qmi-schema"')}
<script>window.qmiDataLayer={{"pageType":"liveblog","section":"regional","author":"TVA Nouvelles|Agence QMI","postId":"4100233"}};</script>
</head>
<body class="post-template-default single single-post postid-4100233 liveblog">
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>Nous et nos partenaires utilisons des témoins pour stocker et accéder à des informations sur votre appareil.</p><button mode="primary">J’accepte</button><button mode="secondary">Plus d’options</button></div></div>
<header class="site-header"><a class="site-header__logo" href="{base}/"><img src="{base}/wp-content/themes/qmi-tva/logo-tva-nouvelles.svg" alt="TVA Nouvelles"></a><nav class="site-nav">{nav}</nav><a class="site-header__live" href="{base}/lcn">LCN en direct</a></header>
<main id="main" class="site-main">
<article class="article article--liveblog">
<div class="article__header">
<div class="article__badges"><span class="badge badge--live">EN DIRECT</span> <a class="article__category" href="{base}/regional">Régional</a></div>
<h1 class="article__title">{title}</h1>
<div class="article__byline"><span class="article__authors">TVA Nouvelles | Agence QMI</span></div>
<div class="article__dates"><span>Publié le 2 décembre 2026 à 06 h 05</span> <span class="article__updated">Mis à jour à 09 h 15</span></div>
<div class="share-bar"><a href="#" class="share-bar__fb">Partager</a><a href="#" class="share-bar__x">Publier</a><a href="#" class="share-bar__mail">Courriel</a></div>
</div>
<aside class="article__promo"><a href="https://pannes.hydroquebec.com/">Consultez la carte des pannes d’Hydro-Québec</a></aside>
<div class="article__content liveblog-feed">
{chr(10).join(blocks)}
</div>
<div class="newsletter-signup"><h2>Infolettre TVA Nouvelles</h2><p>Recevez les nouvelles importantes de la journée directement dans votre boîte courriel.</p><input type="email" placeholder="Votre courriel"><button>Je m’abonne</button></div>
</article>
<section class="related-articles"><h2>Ne manquez pas</h2>{others}</section>
</main>
<footer class="site-footer"><p>© 2026 TVA Nouvelles, une division de Groupe TVA inc.</p></footer>
<script async src="https://platform.twitter.com/widgets.js"></script>
</body>
</html>
"""
    write(
        "03_tvanouvelles_wpvip_direct_qmi",
        page,
        {
            "title": title,
            "publication": "TVA Nouvelles",
            "author": None,
            "agency": "Agence QMI",
            "section": "Régional",
            "date": datetime.date(2026, 12, 2),
            "source_url": url,
            "subheads": [h for _, h, _ in entries if h],
            "paragraphs": [flat(x) for _, _, t in entries for x in t],
            "notes": "Québecor WordPress VIP live page, newest first: h3 entry titles are "
            "subheads, one entry untitled, times '9 h 15' are not text; 'EN DIRECT' badge outside "
            "the h1 and in <title>/og:title. Byline 'TVA Nouvelles | Agence QMI' (JSON-LD: two "
            "Organizations): no person, agency Agence QMI. Embedded tweet and a video legend "
            "inside entries; promo link to the outage map; newsletter; Quantcast consent. "
            "JSON-LD 06:05-05:00, article:published_time 11:05+00:00: same day.",
        },
    )


def page04() -> None:
    """Le Devoir: WordPress + Yoast @graph, opinion by two authors with roles, UTC next day."""
    base = "https://www.ledevoir.com"
    url = f"{base}/opinion/idees/901477/libre-opinion-bibliotheques-scolaires-grandes-oubliees-reforme"
    title = "Les bibliothèques scolaires, grandes oubliées de la réforme"
    p = [
        "Dans l’école secondaire de Sherbrooke où l’une de nous travaille, la bibliothèque "
        "compte 11&nbsp;000 documents pour 1&nbsp;400 élèves. Près de la moitié datent d’avant "
        "2005. Les atlas montrent encore un Soudan d’un seul tenant, et les ouvrages sur "
        "l’informatique parlent de disquettes.",
        "Ce n’est pas une exception. Selon les données que nous avons compilées auprès de 41 "
        "centres de services scolaires, le budget d’acquisition moyen d’une bibliothèque "
        "d’école secondaire est passé de 9,20&nbsp;$ à 6,10&nbsp;$ par élève en dix ans, en "
        "dollars constants.",
        "La réforme des programmes de français présentée cet automne par le ministère insiste "
        "pourtant, et avec raison, sur la lecture d’œuvres complètes. Elle prévoit que chaque "
        "élève lise au moins six romans par année. Mais elle ne dit pas un mot des lieux où ces "
        "livres devraient se trouver.",
        "Or, une bibliothèque scolaire n’est pas un entrepôt. Sans personnel qualifié pour "
        "conseiller les élèves, animer des clubs de lecture et renouveler les collections, elle "
        "devient une salle d’étude avec des rayons. Au Québec, à peine un établissement sur "
        "cinq dispose d’une bibliothécaire à temps plein.",
        "Nous proposons trois gestes simples&nbsp;: rétablir une enveloppe protégée pour les "
        "acquisitions, fixer un ratio minimal de personnel spécialisé par nombre d’élèves et "
        "associer les bibliothèques publiques municipales à l’offre scolaire, comme le font "
        "déjà plusieurs villes de l’Ontario.",
        "Le ministre a dit vouloir « redonner le goût de lire ». Ce goût ne se décrète pas dans "
        "un programme. Il se transmet par des adultes, devant des livres qu’on a envie "
        "d’ouvrir.",
    ]
    quote = "Une bibliothèque scolaire n’est pas un entrepôt."
    body = "\n".join(
        [
            paras(*p[:3]),
            f'<aside class="pullquote pullquote--left"><p class="pullquote__text">{quote}</p></aside>',
            paras(*p[3:4]),
            '<div class="ad ad-in-article" data-ad-slot="bigbox_1"><span class="ad__label">Publicité</span></div>',
            paras(*p[4:]),
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "headline": title,
                "datePublished": "2026-12-03T02:30:00+00:00",
                "dateModified": "2026-12-03T02:30:00+00:00",
                "author": [
                    {"@id": base + "/#/schema/person/abelanger"},
                    {"@id": base + "/#/schema/person/sthibodeau"},
                ],
                "publisher": {"@id": base + "/#organization"},
                "articleSection": ["Idées", "Libre opinion"],
                "inLanguage": "fr-CA",
            },
            {"@type": "WebPage", "@id": url, "url": url, "name": title + " | Le Devoir"},
            {
                "@type": "Organization",
                "@id": base + "/#organization",
                "name": "Le Devoir",
                "url": base,
            },
            {
                "@type": "Person",
                "@id": base + "/#/schema/person/abelanger",
                "name": "Anne-Marie Bélanger",
            },
            {
                "@type": "Person",
                "@id": base + "/#/schema/person/sthibodeau",
                "name": "Samuel Thibodeau",
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Opinion",
                        "item": base + "/opinion",
                    },
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "Idées",
                        "item": base + "/opinion/idees",
                    },
                ],
            },
        ],
    }
    nav = menu(
        3304,
        "main-menu",
        base,
        ["Politique", "Société", "Économie", "Monde", "Culture", "Opinion", "Environnement"],
        8,
    )
    comments = "".join(
        f'<li class="comment"><div class="comment__author">{n}</div><div class="comment__date">3 décembre 2026</div><p class="comment__text">{c}</p></li>'
        for n, c in [
            (
                "Louise Caron - Abonnée",
                "Enfin quelqu’un qui en parle. Ma fille n’a jamais vu la bibliothèque de son école ouverte.",
            ),
            ("Marc Gendron - Abonné", "Le ratio de personnel est la clé. Le reste suivra."),
        ]
    )
    read = "".join(
        f'<li><a href="{t["url"]}">{t["title"]}</a></li>' for t in teasers(334, 6, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Le Devoir</title>
<meta name="description" content="Libre opinion. La réforme des programmes de français ne dit pas un mot des bibliothèques scolaires.">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_CA">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Le Devoir">
<meta property="article:published_time" content="2026-12-03T02:30:00+00:00">
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel="stylesheet" id="ledevoir-main-css" href="{base}/wp-content/themes/ledevoir/build/main.css?ver=2.8.3">
<style id="ledevoir-inline-css">{css_blob(3314, "ld", 280)}</style>
</head>
<body class="post-template-default single single-post postid-901477 single-format-standard category-idees">
<div id="cookie-consent" class="cookie-consent"><p>Le Devoir utilise des témoins (cookies) afin d’améliorer votre expérience de navigation.</p><button>J’ai compris</button></div>
<header class="site-header"><div class="site-header__date">Mercredi 2 décembre 2026</div><a class="site-header__logo" href="{base}/"><img src="{base}/wp-content/themes/ledevoir/logo.svg" alt="Le Devoir"></a><nav>{nav}</nav><a class="btn btn--subscribe" href="{base}/abonnement">Je m’abonne</a></header>
<main id="content" class="site-main">
<article id="post-901477" class="post-901477 post type-post status-publish category-idees">
<header class="entry-header">
<div class="entry-header__kicker"><span class="kicker">Libre opinion</span></div>
<h1 class="entry-title">{title}</h1>
<div class="entry-meta">
<div class="authors"><span class="author-names"><a href="{base}/auteur/anne-marie-belanger">Anne-Marie Bélanger</a> et <a href="{base}/auteur/samuel-thibodeau">Samuel Thibodeau</a></span> <span class="author-role">Respectivement bibliothécaire scolaire à Sherbrooke et professeur en sciences de l’éducation à l’Université du Québec à Montréal</span></div>
<div class="entry-date"><time datetime="2026-12-03T02:30:00+00:00">2 décembre 2026</time> <span class="sep">|</span> <a href="{base}/opinion/idees">Idées</a></div>
</div>
<div class="share-tools"><a href="#">Facebook</a><a href="#">X</a><a href="#">Courriel</a><a href="#">Imprimer</a></div>
</header>
<figure class="wp-block-image"><img src="{base}/wp-content/uploads/2026/12/bibliotheque.jpg" alt=""><figcaption>Les rayons d’une bibliothèque scolaire de Sherbrooke. <span class="credit">Jacques Nadeau Le Devoir</span></figcaption></figure>
<div class="entry-content editor-content">
{body}
</div>
<aside class="article-disclaimer"><p>Ce texte fait partie de notre section Opinion, qui favorise une pluralité des voix et des idées. Il ne reflète pas nécessairement la position du <em>Devoir</em>.</p><p><a href="{base}/opinion/soumettre">Soumettez-nous vos textes</a></p></aside>
</article>
<section class="comments" id="comments"><h2>Commentaires</h2><ul class="comment-list">{comments}</ul></section>
<aside class="most-read"><h2>Les plus lus</h2><ol>{read}</ol></aside>
</main>
<footer class="site-footer"><p>© Le Devoir 2026. Tous droits réservés.</p></footer>
</body>
</html>
"""
    write(
        "04_ledevoir_wordpress_libre_opinion_graph",
        page,
        {
            "title": title,
            "publication": "Le Devoir",
            "author": "Anne-Marie Bélanger et Samuel Thibodeau",
            "section": "Idées",
            "date": datetime.date(2026, 12, 2),
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": "WordPress + Yoast @graph: the NewsArticle's authors are @id references to "
            "two Person nodes; articleSection list ['Idées', 'Libre opinion'] beats the kicker "
            "'Libre opinion'. Opinion by two authors joined by 'et', their roles in a sibling "
            "span ('Respectivement …'). Visible date '2 décembre 2026' only; "
            "article:published_time and JSON-LD 2026-12-03T02:30:00+00:00 (21 h 30 in "
            "Montréal): date 2 December, not the UTC day. aside.pullquote repeats a phrase of "
            "the text; ad between paragraphs; disclaimer box after the body; comments dated 3 "
            "December; header date of the day; caption credit.",
        },
    )
