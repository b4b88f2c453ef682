# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout54/web (RTBF, La Presse, L'Orient-Le Jour, RFI)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page05() -> None:
    """RTBF: Next.js, live cycling page, newest first, three authors, breadcrumb section."""
    base = "https://www.rtbf.be"
    url = f"{base}/article/omloop-het-nieuwsblad-en-direct-jarno-verhelst-s-impose-en-solitaire-a-ninove-11518204"
    title = "Omloop Het Nieuwsblad en direct&nbsp;: Jarno Verhelst s’impose en solitaire à Ninove"
    lead = (
        "Suivez en direct l’ouverture de la saison flandrienne, entre Gand et Ninove "
        "(197&nbsp;km). Le Mur de Grammont et le Bosberg, à 12&nbsp;kilomètres de l’arrivée, "
        "devaient faire la décision."
    )
    top5 = [
        "Jarno Verhelst (Bel) en 4h38’12’’",
        "Lennert De Smet (Bel) à 24’’",
        "Quentin Lambotte (Bel) m.t.",
        "Aurélien Kessler (Fra) m.t.",
        "Pieter Van Oost (P-B) à 31’’",
    ]
    entries = [
        (
            "16:52",
            "2027-02-27T16:52:00+01:00",
            "Jarno Verhelst s’impose en solitaire&nbsp;!",
            [
                "Quel numéro&nbsp;! Jarno Verhelst franchit seul la ligne à Ninove avec 24 "
                "secondes d’avance sur le groupe des favoris. Le coureur de 24&nbsp;ans signe la "
                "plus belle victoire de sa carrière, trois ans après sa deuxième place chez les "
                "espoirs.",
                "Lennert De Smet règle le sprint pour la deuxième place devant Quentin Lambotte, "
                "premier Wallon de l’après-midi.",
                "<strong>Le top 5&nbsp;:</strong>",
            ],
        ),
        (
            "16:41",
            "2027-02-27T16:41:00+01:00",
            "Verhelst attaque dans le Bosberg",
            [
                "À 12 kilomètres de l’arrivée, Jarno Verhelst place une accélération tranchante "
                "sur les pavés du Bosberg. Personne ne peut le suivre. Il compte déjà 15 secondes "
                "d’avance au sommet.",
            ],
        ),
        (
            "16:20",
            "2027-02-27T16:20:00+01:00",
            None,
            [
                "Le Mur de Grammont a fait le ménage&nbsp;: il ne reste qu’une quinzaine de "
                "coureurs en tête. Lambotte a dû s’employer dans la descente pour revenir sur le "
                "groupe des favoris.",
            ],
        ),
        (
            "15:35",
            "2027-02-27T15:35:00+01:00",
            "Chute dans le Molenberg",
            [
                "Une chute au pied du Molenberg a piégé une vingtaine de coureurs. Pieter Van "
                "Oost, l’un des favoris, est reparti rapidement. Mathis Vandaele semble plus "
                "touché et monte dans la voiture de son équipe.",
                "Son directeur sportif a confirmé l’abandon au micro de la RTBF&nbsp;: «&nbsp;Il "
                "a mal au poignet, on va faire des examens ce soir.&nbsp;»",
            ],
        ),
        (
            "13:10",
            "2027-02-27T13:10:00+01:00",
            "L’échappée compte quatre minutes d’avance",
            [
                "Six coureurs ont pris le large dès le 20<sup>e</sup>&nbsp;kilomètre, parmi "
                "lesquels deux Belges, Robin Ghysels et Sam Moreels. Le peloton, emmené par les "
                "équipes des favoris, les laisse filer sans s’affoler.",
            ],
        ),
        (
            "11:05",
            "2027-02-27T11:05:00+01:00",
            None,
            [
                "Bonjour à tous et bienvenue dans ce direct consacré à l’Omloop Het Nieuwsblad, "
                "la course qui ouvre traditionnellement la saison des classiques flandriennes. "
                "Départ à 11h30 à Gand.",
            ],
        ),
    ]
    tweet = (
        '<div class="Embed_root__tW3"><blockquote class="twitter-tweet" data-dnt="true"><p '
        'lang="nl" dir="ltr">Wat een Muur! 🔥 Nog 15 renners vooraan. <a '
        'href="https://t.co/oMl00p">pic.twitter.com/oMl00p</a></p>&mdash; Omloop Het '
        'Nieuwsblad (@OmloopHNB) <a href="https://twitter.com/OmloopHNB/status/1">27 février '
        "2027</a></blockquote></div>"
    )
    video = (
        '<div class="AuvioPlayer_root__L2s"><div class="AuvioPlayer_player__0x" data-media-id="3204517"></div>'
        '<p class="AuvioPlayer_legend__Tr">Revivez l’arrivée à Ninove – RTBF Auvio</p></div>'
    )
    pcls = 'class="Paragraph_root__f1"'
    blocks = []
    for i, (time, iso, head, texts) in enumerate(entries):
        heading = f'<h2 class="LiveEntry_title__Jk9">{head}</h2>' if head else ""
        extra = ""
        if i == 0:
            extra = (
                '<ol class="LiveEntry_list__d2">'
                + "".join(f"<li>{x}</li>" for x in top5)
                + "</ol>"
                + video
            )
        elif i == 2:
            extra = tweet
        blocks.append(
            f'<article class="LiveEntry_root__x8Kq2" id="post-{88120 - i}"><div class="LiveEntry_meta__n4"><time class="LiveEntry_time__Zp" datetime="{iso}">{time}</time></div>'
            f'{heading}<div class="LiveEntry_content__Vw">{paras(*texts, attrs=pcls)}{extra}</div>'
            '<div class="LiveEntry_share__Q"><button aria-label="Partager ce post">Partager</button></div></article>'
        )
    authors = ["Cédric Vanderbeke", "Laura Poncin", "Maxime Goffin"]
    slugs = ["cedric-vanderbeke", "laura-poncin", "maxime-goffin"]
    paragraphs = []
    for i, (_, _, _, texts) in enumerate(entries):
        paragraphs += [flat(x) for x in texts]
        if i == 0:
            paragraphs += [flat(x) for x in top5]
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "LiveBlogPosting",
                "@id": url + "#liveblog",
                "headline": flat(title),
                "description": flat(lead),
                "url": url,
                "datePublished": "2027-02-27T11:05:00+01:00",
                "dateModified": "2027-02-27T16:58:00+01:00",
                "coverageStartTime": "2027-02-27T11:05:00+01:00",
                "coverageEndTime": "2027-02-27T17:30:00+01:00",
                "author": [{"@type": "Person", "name": a} for a in authors],
                "publisher": {"@id": base + "/#organization"},
                "liveBlogUpdate": [
                    {
                        "@type": "BlogPosting",
                        "headline": flat(head) if head else flat(texts[0])[:60],
                        "datePublished": iso,
                        "articleBody": " ".join(flat(x) for x in texts),
                    }
                    for _, iso, head, texts in entries
                ],
            },
            {
                "@type": "NewsMediaOrganization",
                "@id": base + "/#organization",
                "name": "RTBF",
                "url": base,
                "logo": {"@type": "ImageObject", "url": base + "/static/logo-rtbf.png"},
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {"@type": "ListItem", "position": 2, "name": "Sport", "item": base + "/sport"},
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "Cyclisme",
                        "item": base + "/sport/cyclisme",
                    },
                ],
            },
        ],
    }
    state = {
        "props": {
            "pageProps": {
                "article": {
                    "id": 11518204,
                    "type": "live",
                    "title": flat(title),
                    "summary": flat(lead),
                    "signatures": [{"name": a} for a in authors],
                    "category": {"label": "Cyclisme", "path": "/sport/cyclisme"},
                    "posts": [
                        {"time": t, "title": flat(h) if h else None, "blocks": x}
                        for t, _, h, x in entries
                    ],
                }
            }
        },
        "page": "/article/[slug]",
        "buildId": "rtbf-web-9.41.0",
    }
    nav = menu(
        5405,
        "MainNav_list__U9",
        base,
        ["Info", "Sport", "Culture", "Auvio", "Radio", "Tipik", "Météo"],
        8,
    )
    more = "".join(
        f'<article class="CardArticle_root__b7"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><p class="CardArticle_kicker__e">{t["section"]}</p><h3 class="CardArticle_title__r">{t["title"]}</h3></a></article>'
        for t in teasers(546, 28, base + "/article", FILLER)
    )
    byline = ", ".join(
        f'<a class="Signature_link__s1" href="{base}/auteur/{s}">{a}</a>'
        for a, s in zip(authors, slugs, strict=True)
    )
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{flat(title)} - RTBF Actus</title><meta name="description" content="{flat(lead)}"/><link rel="canonical" href="{url}"/><meta property="og:type" content="article"/><meta property="og:title" content="{flat(title)}"/><meta property="og:description" content="{flat(lead)}"/><meta property="og:url" content="{url}"/><meta property="og:site_name" content="RTBF"/><meta property="og:image" content="https://ds.static.rtbf.be/article/image/1248x702/e/2/9/omloop-2027.jpg"/><meta property="article:published_time" content="2027-02-27T10:05:00.000Z"/><meta property="article:modified_time" content="2027-02-27T15:58:00.000Z"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@RTBFinfo"/><style>{css_blob(5415, "tw", 300)}</style>{json_script(ld)}<script defer src="/_next/static/chunks/webpack-6f2b.js"></script><script defer src="/_next/static/chunks/pages/article/%5Bslug%5D-a41c.js"></script></head><body><div id="__next"><div class="CookieBanner_root__g5" role="dialog"><p>La RTBF utilise des cookies pour améliorer votre expérience et vous proposer des contenus adaptés.</p><button>Tout accepter</button><button>Personnaliser</button></div><header class="Header_root__k3q"><a class="Header_logo__Pm" href="/" aria-label="RTBF"><svg viewBox="0 0 90 30"><path d="M0 0h90v30H0z"/></svg></a><nav class="Header_nav__c0">{nav}</nav><a class="Header_auvio__y" href="https://auvio.rtbf.be/">Auvio</a><button class="Header_login__E">Se connecter</button></header><main class="ArticlePage_root__W1"><nav class="Breadcrumb_root__p0" aria-label="Fil d’Ariane"><ol><li><a href="/">Accueil</a></li><li><a href="/sport">Sport</a></li><li><a href="/sport/cyclisme">Cyclisme</a></li></ol></nav><article class="Article_root__h2H"><header class="ArticleHeader_root__m8"><div class="ArticleHeader_tags__V"><span class="LiveBadge_root__t0">Direct</span><a class="ArticleHeader_category__N" href="/sport/cyclisme">Cyclisme</a></div><h1 class="ArticleHeader_title__r9L">{title}</h1><p class="ArticleHeader_chapo__dG">{lead}</p><div class="Signature_root__H3"><span class="Signature_by__o">Par</span> {byline}</div><div class="ArticleDates_root__Y"><span>Publié le samedi 27 février 2027 à 11h05</span> <span class="ArticleDates_updated__B">Mis à jour le samedi 27 février 2027 à 16h58</span></div><div class="ShareButtons_root__v6"><button>Facebook</button><button>X</button><button>WhatsApp</button><button>Copier le lien</button></div></header><figure class="ArticleImage_root__c1"><img src="https://ds.static.rtbf.be/article/image/770x433/e/2/9/omloop-2027.jpg" alt="Le peloton dans le Mur de Grammont."/><figcaption class="ArticleImage_caption__S">Le peloton dans le Mur de Grammont lors de l’édition 2026. <span class="ArticleImage_copyright__k">© BELGA</span></figcaption></figure><div class="LiveFeed_root__e5"><div class="LiveFeed_status__Ha"><span class="LiveFeed_dot__q"></span>Mise à jour automatique</div>
{chr(10).join(blocks)}
</div><div class="ArticleTags_root__n"><a href="/tag/omloop-het-nieuwsblad">Omloop Het Nieuwsblad</a><a href="/tag/cyclisme">Cyclisme</a><a href="/tag/classiques-flandriennes">Classiques flandriennes</a></div><aside class="NewsletterBox_root__Rb"><p class="NewsletterBox_title__a">Newsletter Sport</p><p>Chaque lundi, l’essentiel de l’actualité sportive dans votre boîte mail.</p><button>Je m’inscris</button></aside></article><section class="RelatedContent_root__j"><h2>À lire aussi</h2>{more}</section></main><footer class="Footer_root__zZ"><p>© RTBF 2027</p><ul><li><a href="/conditions-generales">Conditions générales</a></li><li><a href="/vie-privee">Vie privée</a></li></ul></footer></div>{json_script(state, 'id="__NEXT_DATA__" type="application/json"')}<script async src="https://platform.twitter.com/widgets.js"></script></body></html>"""
    write(
        "05_rtbf_nextjs_direct_cyclisme_three_authors",
        page,
        {
            "title": flat(title),
            "publication": "RTBF",
            "author": "Cédric Vanderbeke, Laura Poncin et Maxime Goffin",
            "section": "Cyclisme",
            "date": datetime.date(2027, 2, 27),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [flat(h) for _, _, h, _ in entries if h],
            "paragraphs": paragraphs,
            "notes": "RTBF Next.js live page (sport), newest first: h2 entry titles are "
            "subheads, two entries untitled, times '16:52' are not text; the first entry's "
            "'Le top 5 :' line and ol of five results are paragraphs; Auvio video legend and "
            "an embedded tweet (in Dutch) are chrome. 'Direct' badge outside the h1. Three "
            "authors as three links separated by commas → 'A, B et C'. No articleSection: "
            "the breadcrumb 'Sport › Cyclisme' (visible and JSON-LD BreadcrumbList) gives "
            "'Cyclisme'. @graph with a LiveBlogPosting whose liveBlogUpdate repeats the "
            "entries; 'Publié le samedi 27 février 2027 à 11h05' (10:05Z); photo '© BELGA' "
            "(no agency); newsletter box; __NEXT_DATA__ repeats the text.",
        },
    )


def page06() -> None:
    """La Presse: own CMS, theatre review, no standfirst, meta section, UTC the next day."""
    base = "https://www.lapresse.ca"
    url = f"{base}/arts/theatre/2027-02-10/critique-de-les-heritiers-du-fleuve/une-famille-au-bord-de-l-eclatement.php"
    title = "<em>Les héritiers du fleuve</em> au Théâtre de l’Anse&nbsp;: une famille au bord de l’éclatement"
    p = [
        "Il y a dans <em>Les héritiers du fleuve</em> une scène qui vaut à elle seule le "
        "déplacement. Autour d’une table de cuisine de Kamouraska, trois frères et une sœur se "
        "disputent la maison de leur mère, morte trois semaines plus tôt, et personne n’ose "
        "dire à voix haute ce que tout le monde sait&nbsp;: aucun d’eux ne veut y vivre.",
        "La pièce de Mélanie Gravel, créée mercredi soir au Théâtre de l’Anse, se déroule tout "
        "entière dans cette cuisine, le temps d’une soirée de novembre. La scénographie de "
        "Jean-François Hudon, d’un réalisme presque maniaque – jusqu’au calendrier de la caisse "
        "populaire resté ouvert sur le mois d’octobre –, installe d’emblée un huis clos où "
        "chaque objet finit par devenir un argument.",
        "L’autrice, dont c’est le troisième texte porté à la scène, a l’oreille fine pour les "
        "conversations de famille qui tournent en rond. Les répliques se chevauchent, "
        "reviennent, s’écrasent contre les mêmes vieilles rancunes. La première heure est "
        "souvent très drôle, d’une drôlerie un peu cruelle qui rappelle les meilleurs moments "
        "du théâtre québécois des années 1980.",
        "C’est dans la seconde partie que les choses se gâtent, un peu. Le retour inattendu du "
        "fils aîné, parti vivre en Alberta vingt ans plus tôt, déclenche une série de "
        "révélations dont on devine la plupart bien avant qu’elles n’arrivent. La mise en scène "
        "de Patrice Lachance, si précise jusque-là, semble alors hésiter entre la comédie et le "
        "drame, et le rythme s’en ressent.",
        "La distribution, elle, ne faiblit jamais. Louise Tremblay-Roy, en cadette qui a tout "
        "sacrifié pour soigner sa mère, est bouleversante sans jamais forcer la note. Face à "
        "elle, Maxime Archambault compose un aîné à la fois odieux et pathétique, et Samuel "
        "Péloquin, en benjamin qui filme tout avec son téléphone, vole plusieurs scènes.",
        "On sort de là avec l’impression d’avoir passé la soirée chez des gens qu’on connaît "
        "trop bien. C’est la grande force de la pièce, et sa limite&nbsp;: elle ne nous apprend "
        "rien, mais elle le dit avec une justesse qui fait du bien.",
    ]
    quote = "« Une drôlerie un peu cruelle »"
    tcls = 'class="textModule textModule--type-paragraph"'
    body = "\n".join(
        [
            paras(*p[:2], attrs=tcls),
            '<div class="adsModule adsModule--type-bigbox"><p class="adsModule__label">Publicité</p><div id="gpt-bigbox-1"></div></div>',
            paras(p[2], attrs=tcls),
            f'<blockquote class="quoteModule quoteModule--type-pullquote"><p class="quoteModule__text">{quote}</p></blockquote>',
            paras(*p[3:], attrs=tcls),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "description": "Critique. La pièce de Mélanie Gravel réunit quatre enfants autour de la maison de leur mère.",
        "datePublished": "2027-02-11T02:40:00.000Z",
        "dateModified": "2027-02-11T02:40:00.000Z",
        "author": [
            {
                "@type": "Person",
                "name": "Sylvain Gauthier",
                "url": f"{base}/auteurs/sylvain-gauthier",
                "worksFor": {"@type": "NewsMediaOrganization", "name": "La Presse"},
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "La Presse",
            "logo": {"@type": "ImageObject", "url": f"{base}/images/logo-la-presse.png"},
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "isAccessibleForFree": True,
        "inLanguage": "fr-CA",
    }
    initial = {
        "article": {
            "id": "2027-02-10-7Q3ZK",
            "section": {"id": "arts", "label": "Arts", "sub": "Théâtre"},
            "suptitle": "Critique",
            "rating": 3.5,
            "authors": [{"name": "Sylvain Gauthier", "organisation": "La Presse"}],
            "publishedAt": "2027-02-11T02:40:00Z",
        },
        "env": "production",
    }
    nav = menu(
        5406,
        "mainNav__list",
        base,
        ["Actualités", "Affaires", "Monde", "Sports", "Arts", "Dialogue", "Société"],
        8,
    )
    popular = "".join(
        f'<li class="popularModule__item"><a href="{t["url"]}.php">{t["title"]}</a></li>'
        for t in teasers(547, 8, base + "/arts/2027-02-10", FILLER)
    )
    more = "".join(
        f'<article class="storyCard storyCard--small"><a class="storyCard__link" href="{t["url"]}.php"><img class="storyCard__img" src="{t["image"]}" alt="" loading="lazy"><span class="storyCard__suptitle">{t["section"]}</span><h3 class="storyCard__title">{t["title"]}</h3></a></article>'
        for t in teasers(548, 22, base + "/arts", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Critique de Les héritiers du fleuve | Une famille au bord de l’éclatement | La Presse</title>
<meta name="description" content="Critique. La pièce de Mélanie Gravel réunit quatre enfants autour de la maison de leur mère.">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="La Presse">
<meta property="og:title" content="Une famille au bord de l’éclatement">
<meta property="og:description" content="Critique. La pièce de Mélanie Gravel réunit quatre enfants autour de la maison de leur mère.">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://mobile-img.lpcdn.ca/v2/924x/r3996/2f8c1e77a0.jpg">
<meta property="article:section" content="Arts">
<meta property="article:published_time" content="2027-02-11T02:40:00Z">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@LP_LaPresse">
<link rel="stylesheet" href="{base}/dist/css/article.8d1f.css">
<style>{css_blob(5416, "lp", 300)}</style>
{json_script(ld)}
<script>window.__LP_INITIAL_STATE__ = {json.dumps(initial, ensure_ascii=False)};</script>
</head>
<body class="page page--article page--section-arts">
<div class="consentBanner" id="consent"><p>La Presse utilise des témoins (cookies) pour améliorer votre expérience.</p><button class="consentBanner__accept">Accepter</button><button class="consentBanner__settings">Paramètres</button></div>
<header class="siteHeader"><a class="siteHeader__logo" href="{base}/"><span class="visuallyHidden">La Presse</span></a><nav class="mainNav">{nav}</nav><a class="siteHeader__app" href="{base}/application">Télécharger l’application</a></header>
<main class="mainContent">
<nav class="breadcrumb" aria-label="Fil d’Ariane"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="{base}/arts">Arts</a></li><li class="breadcrumb__item"><a href="{base}/arts/theatre">Théâtre</a></li></ol></nav>
<article class="articleDetail articleDetail--type-critique">
<header class="headlines">
<p class="headlines__suptitle suptitle suptitle--type-critique">Critique</p>
<h1 class="headlines__title titleModule">{title}</h1>
</header>
<div class="rating" aria-label="Note : 3,5 étoiles sur 5"><span class="rating__stars">★★★½</span></div>
<div class="authorModule"><div class="authorModule__details"><span class="authorModule__name"><a href="{base}/auteurs/sylvain-gauthier">Sylvain Gauthier</a></span> <span class="authorModule__organisation">La Presse</span></div></div>
<div class="publicationsDate"><span class="publicationsDate--type-publication">Publié le 10 février 2027 à 21 h 40</span></div>
<div class="shareModule"><button class="shareModule__button">Partager</button><button class="shareModule__button">Enregistrer</button></div>
<figure class="photoModule photoModule--type-main"><img src="https://mobile-img.lpcdn.ca/v2/924x/r3996/2f8c1e77a0.jpg" alt=""><figcaption class="photoModule__caption"><span class="photoModule__caption-text">Louise Tremblay-Roy et Maxime Archambault dans <em>Les héritiers du fleuve</em></span> <span class="photoModule__caption-credit">PHOTO MARIE-ÈVE DION, FOURNIE PAR LE THÉÂTRE DE L’ANSE</span></figcaption></figure>
<div class="articleBody">
{body}
</div>
<aside class="factBox"><h3 class="factBox__title">Les héritiers du fleuve</h3><p class="factBox__text">Texte&nbsp;: Mélanie Gravel. Mise en scène&nbsp;: Patrice Lachance. Au Théâtre de l’Anse jusqu’au 13&nbsp;mars.</p></aside>
<div class="authorModule authorModule--bottom"><span class="authorModule__name">Sylvain Gauthier</span> <span class="authorModule__organisation">La Presse</span><a class="authorModule__more" href="{base}/auteurs/sylvain-gauthier">Consultez la page de l’auteur</a></div>
<aside class="newsletterModule"><p class="newsletterModule__title">Infolettre Arts</p><p>Sorties, critiques et entrevues&nbsp;: recevez chaque jeudi le meilleur de la section Arts.</p><a href="{base}/infolettres">Je m’inscris</a></aside>
</article>
<aside class="popularModule"><h2 class="popularModule__title">Les plus populaires</h2><ol>{popular}</ol></aside>
<section class="sectionFeed"><h2>Plus de Théâtre</h2>{more}</section>
</main>
<footer class="siteFooter"><p>© La Presse Inc. Tous droits réservés.</p><ul><li><a href="{base}/conditions">Conditions d’utilisation</a></li><li><a href="{base}/confidentialite">Politique de confidentialité</a></li></ul></footer>
<script src="{base}/dist/js/article.4b2e.js" defer></script>
</body>
</html>
"""
    write(
        "06_lapresse_custom_critique_theatre_no_standfirst_utc_next_day",
        page,
        {
            "title": flat(title),
            "publication": "La Presse",
            "author": "Sylvain Gauthier",
            "section": "Arts",
            "date": datetime.date(2027, 2, 10),
            "source_url": url,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p],
            "notes": "La Presse's own front end (camelCase module classes), theatre review. "
            "No standfirst (meta and og description only). Italic play title inside the h1; "
            "<title> and og:title differ from it. 'Publié le 10 février 2027 à 21 h 40' while "
            "article:published_time and JSON-LD say 2027-02-11T02:40Z: the Montréal day is "
            "10 February. No articleSection: meta article:section 'Arts' beats the breadcrumb's "
            "'Théâtre' and the suptitle 'Critique'. Rating stars, caption credit in capitals, "
            "'quoteModule' pull quote echoing a phrase of the text, ad inside the body; "
            "factBox with the show's credits, author box and newsletter after it are chrome. "
            "Byline 'Sylvain Gauthier La Presse'.",
        },
    )


def page07() -> None:
    """L'Orient-Le Jour: own CMS, AFP dispatch in one div split by <br />, kicker in capitals."""
    base = "https://www.lorientlejour.com"
    url = f"{base}/article/1445210/le-parlement-adopte-la-loi-sur-la-restructuration-bancaire-apres-deux-ans-de-blocage.html"
    title = "Le Parlement adopte la loi sur la restructuration bancaire après deux ans de blocage"
    seg = [
        "Le Parlement libanais a adopté dans la nuit de lundi à mardi, à l’issue d’une séance de "
        "près de neuf heures, la loi sur la restructuration du secteur bancaire, un texte réclamé "
        "par le Fonds monétaire international (FMI) depuis le début de la crise financière de "
        "2019.",
        "Le texte a été voté par 71 députés sur les 104 présents, selon le président de la "
        "Chambre. Plusieurs blocs s’y sont opposés, dénonçant une loi qui « fait payer aux "
        "déposants le prix de la faillite des banques ».",
        "La loi fixe les règles selon lesquelles les banques en difficulté pourront être "
        "recapitalisées, fusionnées ou liquidées, sous l’autorité d’une commission spéciale "
        "rattachée à la Banque du Liban. Elle établit aussi une hiérarchie des pertes&nbsp;: les "
        "actionnaires des banques seront les premiers à les absorber.",
        "« C’est un pas indispensable, mais ce n’est que le premier », a réagi le ministre des "
        "Finances, Fadi Karam, dans un communiqué. Le gouvernement doit encore soumettre au "
        "Parlement une loi sur la répartition des pertes, plus sensible encore, qui déterminera "
        "dans quelle mesure les dépôts bloqués depuis 2019 pourront être remboursés.",
        "Depuis l’automne 2019, les Libanais ne peuvent retirer leurs économies en dollars qu’au "
        "compte-gouttes. La livre a perdu l’essentiel de sa valeur face au billet vert, et une "
        "large partie de la population vit sous le seuil de pauvreté.",
        "Le FMI conditionne depuis plusieurs années toute aide financière au Liban à une série "
        "de réformes, dont la plupart n’ont toujours pas été mises en œuvre.",
    ]
    related = (
        '<div class="related-inline"><span class="related-inline__label">Lire aussi</span>'
        f'<a href="{base}/article/1441876/restructuration-bancaire-ce-que-contient-le-projet-de-loi.html">'
        "Restructuration bancaire&nbsp;: ce que contient le projet de loi</a></div>"
    )
    text = (
        "<br /><br />".join(seg[:3])
        + "<br /><br />"
        + related
        + "<br />"
        + "<br /><br />".join(seg[3:])
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "datePublished": "2027-02-15T23:10:00Z",
        "dateModified": "2027-02-15T23:10:00Z",
        "author": {"@type": "Organization", "name": "AFP"},
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "L'Orient-Le Jour",
            "logo": {"@type": "ImageObject", "url": f"{base}/images/logo-olj.png"},
        },
        "image": {"@type": "ImageObject", "url": f"{base}/content/1445210/parlement.jpg"},
        "isAccessibleForFree": True,
    }
    nav = menu(
        5407,
        "main-menu",
        base,
        ["Liban", "Moyen-Orient", "Monde", "Économie", "Culture", "Sport", "Opinion"],
        8,
    )
    most = "".join(
        f'<li class="most-read__item"><a href="{base}/article/{t["id"][-7:]}/{t["url"].rsplit("/", 1)[1]}.html">{t["title"]}</a></li>'
        for t in teasers(549, 10, base, FILLER)
    )
    comments = "".join(
        f'<div class="comment"><div class="comment__head"><span class="comment__author">{n}</span> <span class="comment__date">{d}</span></div><p class="comment__body">{c}</p></div>'
        for n, d, c in [
            (
                "Nabil H.",
                "16 février 2027 à 08h12",
                "Deux ans pour voter une loi que tout le monde savait indispensable. Et les déposants attendent toujours.",
            ),
            (
                "Rima K.",
                "16 février 2027 à 09h40",
                "Le vrai test, ce sera la loi sur la répartition des pertes.",
            ),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Le Parlement adopte la loi sur la restructuration bancaire après deux ans de blocage - L'Orient-Le Jour</title>
<meta name="description" content="Le texte, réclamé par le FMI, a été voté par 71 députés sur les 104 présents.">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="L'Orient-Le Jour">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/content/1445210/parlement.jpg">
<meta property="article:published_time" content="2027-02-16T01:10:00+02:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@LOrientLeJour">
<link rel="stylesheet" href="{base}/assets/css/app.css?v=7.3.1">
<style>{css_blob(5417, "olj", 260)}</style>
{json_script(ld)}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"articleId":"1445210","category":"Liban","author":"OLJ/AFP","premium":"0"}});</script>
</head>
<body class="article-page">
<div class="top-bar"><span class="top-bar__date">Mardi 16 février 2027</span> <a href="{base}/abonnement" class="top-bar__subscribe">Abonnez-vous</a> <a href="{base}/connexion">Se connecter</a> <a href="https://today.lorientlejour.com/">English</a></div>
<header class="header"><a class="header__logo" href="{base}/"><img src="{base}/images/logo-olj.svg" alt="L'Orient-Le Jour"></a><nav class="header__nav">{nav}</nav></header>
<main class="container main">
<article class="article">
<div class="article__header">
<a class="article__category" href="{base}/section/liban">LIBAN</a>
<h1 class="article__title">{title}</h1>
<div class="article__meta"><span class="article__author">OLJ/AFP</span> <span class="article__date">/ <time datetime="2027-02-16T01:10:00+02:00">le 16 février 2027 à 01h10</time></span></div>
<div class="article__share"><a href="#" class="share share--fb">Facebook</a><a href="#" class="share share--x">X</a><a href="#" class="share share--wa">WhatsApp</a><a href="#" class="share share--comment">Commenter</a></div>
</div>
<figure class="article__image"><img src="{base}/content/1445210/parlement.jpg" alt="Le Parlement libanais"><figcaption>Le bâtiment du Parlement, place de l’Étoile, dans le centre-ville de Beyrouth. Photo d’archive AFP</figcaption></figure>
<div class="article_full_text" id="article_body">{text}</div>
<div class="article__tags"><a href="{base}/tag/banques">Banques</a><a href="{base}/tag/fmi">FMI</a><a href="{base}/tag/parlement">Parlement</a></div>
<div class="subscribe-box"><p class="subscribe-box__title">Soutenez un journalisme indépendant</p><p>Abonnez-vous à L’Orient-Le Jour dès 1&nbsp;$ le premier mois.</p><a href="{base}/abonnement">Je m’abonne</a></div>
</article>
<section class="comments" id="comments"><h2 class="comments__title">Commentaires (2)</h2>{comments}</section>
<aside class="most-read"><h2>Les plus lus</h2><ol>{most}</ol></aside>
</main>
<footer class="footer"><p>© L'Orient-Le Jour 2027. Tous droits réservés.</p><ul><li><a href="{base}/contact">Contact</a></li><li><a href="{base}/conditions-generales">Conditions générales</a></li></ul></footer>
<script src="{base}/assets/js/app.js?v=7.3.1" defer></script>
</body>
</html>
"""
    write(
        "07_lorientlejour_custom_afp_br_split_kicker_capitals_utc_previous_day",
        page,
        {
            "title": title,
            "publication": "L'Orient-Le Jour",
            "author": None,
            "agency": "AFP",
            "section": "Liban",
            "date": datetime.date(2027, 2, 16),
            "source_url": url,
            "paragraphs": [flat(x) for x in seg],
            "notes": "L'Orient-Le Jour's own CMS, AFP dispatch: byline 'OLJ/AFP' (JSON-LD "
            "author the Organization AFP) → no person, agency AFP. The text is one div split "
            "only by <br /><br />; a 'Lire aussi' div sits between two segments. No standfirst. "
            "No section metadata: the kicker 'LIBAN' in capitals → 'Liban'. Visible 'le 16 "
            "février 2027 à 01h10' and published_time +02:00, JSON-LD 2027-02-15T23:10Z: the "
            "Beirut day is 16 February. Photo 'Photo d’archive AFP' is a credit; subscribe "
            "box, comments and the top bar's date are chrome.",
        },
    )


def page08() -> None:
    """RFI: Drupal, 'Invité Afrique' interview transcript, 'Par : Name Suivre', @graph."""
    base = "https://www.rfi.fr"
    url = f"{base}/fr/podcasts/invité-afrique/20270222-aïssatou-sow-ndiaye-nos-pêcheurs-ne-peuvent-plus-rivaliser-avec-les-chalutiers-étrangers"
    title = "Aïssatou Sow Ndiaye&nbsp;: «&nbsp;Nos pêcheurs ne peuvent plus rivaliser avec les chalutiers étrangers&nbsp;»"
    lead = (
        "Le Sénégal a suspendu la semaine dernière quatorze licences de pêche accordées à des "
        "navires industriels. La ministre des Pêches et de l’Économie maritime, Aïssatou Sow "
        "Ndiaye, est l’invitée Afrique de RFI. Elle répond aux questions de Guillaume Thibaud."
    )
    qa = [
        "<strong>RFI&nbsp;: Aïssatou Sow Ndiaye, pourquoi avoir suspendu ces quatorze licences "
        "maintenant&nbsp;?</strong>",
        "Parce que nous avons constaté, après trois mois de contrôles en mer, que ces navires ne "
        "respectaient pas les conditions de leur licence. Certains pêchaient dans la zone des "
        "six milles réservée à la pêche artisanale, d’autres déclaraient des captures sans "
        "rapport avec ce que nos inspecteurs ont trouvé dans leurs cales.",
        "<strong>À qui appartiennent ces navires&nbsp;?</strong>",
        "Ce sont des sociétés de droit sénégalais, mais dont les capitaux sont pour l’essentiel "
        "étrangers. Je ne citerai pas de noms, les procédures sont en cours. Ce que je peux vous "
        "dire, c’est que la loi s’appliquera à tout le monde, quelle que soit la nationalité de "
        "l’armateur.",
        "<strong>Les pêcheurs artisanaux de Joal ou de Kayar disent que la mer est vide. Ces "
        "mesures n’arrivent-elles pas trop tard&nbsp;?</strong>",
        "Elles arrivent tard, je le reconnais. Les stocks de sardinelles ont diminué de moitié en "
        "quinze ans. Nos pêcheurs partent de plus en plus loin, de plus en plus longtemps, et "
        "certains finissent par prendre les pirogues vers les Canaries. Nous ne pouvons pas leur "
        "demander de rester si nous laissons des chalutiers vider la mer devant eux.",
        "<strong>L’Union européenne souhaite conclure un nouvel accord de pêche avec Dakar. "
        "Allez-vous le signer&nbsp;?</strong>",
        "Nous discutons, mais rien ne presse. Tout accord devra reposer sur des données "
        "scientifiques indépendantes sur l’état des stocks et prévoir l’embarquement "
        "systématique d’observateurs sénégalais. Si ces conditions ne sont pas réunies, il n’y "
        "aura pas d’accord.",
        "<strong>Et les usines de farine de poisson, accusées de détourner une partie des "
        "captures&nbsp;?</strong>",
        "Un audit des onze usines du pays est en cours, ses conclusions seront rendues publiques "
        "en juin. Celles qui transforment du poisson propre à la consommation humaine devront "
        "changer de modèle ou fermer.",
    ]
    read = (
        '<div class="m-interstitial"><span class="m-interstitial__label">À lire aussi</span>'
        f'<a class="m-interstitial__link" href="{base}/fr/afrique/20261130-sénégal-à-kayar-les-pêcheurs-face-à-la-raréfaction-de-la-sardinelle">'
        '<span class="m-interstitial__title">Sénégal&nbsp;: à Kayar, les pêcheurs face à la '
        "raréfaction de la sardinelle</span></a></div>"
    )
    body = "\n".join([paras(*qa[:6]), read, paras(*qa[6:])])
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": url + "#article",
                "headline": flat(title),
                "description": flat(lead),
                "articleSection": "Afrique",
                "datePublished": "2027-02-22T05:45:00+00:00",
                "dateModified": "2027-02-22T05:45:00+00:00",
                "author": [{"@type": "Person", "name": "Guillaume Thibaud"}],
                "publisher": {"@id": base + "/#publisher"},
                "mainEntityOfPage": url,
                "associatedMedia": {
                    "@type": "AudioObject",
                    "contentUrl": "https://aod-rfi.akamaized.net/rfi/francais/audio/modules/actu/202702/INVITE_AFRIQUE_22-02-2027.mp3",
                    "duration": "PT4M52S",
                },
            },
            {
                "@type": "NewsMediaOrganization",
                "@id": base + "/#publisher",
                "name": "RFI",
                "url": base,
                "logo": {"@type": "ImageObject", "url": base + "/assets/logo-rfi.png"},
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": 1,
                        "name": "Podcasts",
                        "item": base + "/fr/podcasts/",
                    },
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Invité Afrique",
                        "item": base + "/fr/podcasts/invité-afrique/",
                    },
                ],
            },
        ],
    }
    layer = {
        "site": "rfi",
        "language": "fr",
        "page_type": "article",
        "program": "Invité Afrique",
        "section": "afrique",
        "tags": ["Sénégal", "Pêche", "Union européenne"],
        "nid": 3418027,
    }
    nav = menu(
        5408,
        "o-menu__list",
        base + "/fr",
        ["Afrique", "Monde", "France", "Économie", "Environnement", "Culture", "Sports"],
        7,
    )
    episodes = "".join(
        f'<li class="m-item-list-article"><a href="{t["url"]}"><span class="a-label">Invité Afrique</span><p class="article__title">{t["title"]}</p></a></li>'
        for t in teasers(550, 12, base + "/fr/podcasts/invité-afrique", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{flat(title)}</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="RFI">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://s.rfi.fr/media/display/a1b2c3d4/w:1280/p:16x9/sow-ndiaye.jpg">
<meta property="article:published_time" content="2027-02-22T05:45:00+00:00">
<meta property="article:modified_time" content="2027-02-22T05:45:00+00:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@RFI">
<link rel="stylesheet" href="{base}/build/css/rfi-article.5e0a.css">
<style>{css_blob(5418, "m", 280)}</style>
{json_script(ld)}
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({json.dumps(layer, ensure_ascii=False)});</script>
</head>
<body class="t-article t-podcast-episode" data-lang="fr">
<div class="o-didomi" id="didomi-host"></div>
<header class="o-header"><a class="o-header__logo" href="{base}/fr/"><img src="{base}/assets/logo-rfi.svg" alt="RFI"></a><nav class="o-menu" aria-label="Menu principal">{nav}</nav><a class="o-header__live" href="{base}/fr/direct">Écouter RFI en direct</a><a class="o-header__languages" href="{base}/fr/langues">Langues</a></header>
<main class="t-content t-content--article">
<article class="t-content__article-wrapper">
<div class="t-content__section-pb"><a class="a-tag" href="{base}/fr/podcasts/invité-afrique/">Invité Afrique</a></div>
<h1 class="t-content__title a-page-title">{title}</h1>
<p class="t-content__chapo">{lead}</p>
<div class="t-content__author-date">
<div class="m-from-author"><span class="m-from-author__label">Par&nbsp;:</span> <a class="m-from-author__name" href="{base}/fr/auteur/guillaume-thibaud/">Guillaume Thibaud</a> <button class="m-follow-button" data-follow="author-8812">Suivre</button></div>
<div class="m-pub-dates"><span class="m-pub-dates__date">Publié le&nbsp;: <time datetime="2027-02-22T05:45:00+00:00">22/02/2027 - 06:45</time></span></div>
</div>
<div class="t-content__share"><button class="m-share-button">Partager</button><button class="m-bookmark">Favori</button></div>
<div class="m-player m-player--podcast"><button class="m-player__play" aria-label="Écouter">Écouter - 04:52</button><p class="m-player__title">Aïssatou Sow Ndiaye, ministre sénégalaise des Pêches et de l’Économie maritime.</p><a class="m-player__download" href="https://aod-rfi.akamaized.net/rfi/francais/audio/modules/actu/202702/INVITE_AFRIQUE_22-02-2027.mp3">Télécharger</a></div>
<figure class="m-figure"><img src="https://s.rfi.fr/media/display/a1b2c3d4/w:980/p:16x9/sow-ndiaye.jpg" alt="Aïssatou Sow Ndiaye"><figcaption class="m-figure__caption">La ministre Aïssatou Sow Ndiaye au port de pêche de Mbour, en janvier 2027. <span class="m-figure__copyright">© RFI/Guillaume Thibaud</span></figcaption></figure>
<div class="t-content__body u-clearfix">
{body}
</div>
<div class="m-tags-list"><a href="{base}/fr/tag/sénégal/">Sénégal</a><a href="{base}/fr/tag/pêche/">Pêche</a><a href="{base}/fr/tag/union-européenne/">Union européenne</a></div>
<aside class="m-newsletter"><p class="m-newsletter__title">Newsletter</p><p>Recevez toute l’actualité internationale directement dans votre boîte mail</p><a href="{base}/fr/newsletters">Je m’abonne</a></aside>
</article>
<section class="o-podcast-episodes"><h2 class="o-podcast-episodes__title">Épisodes précédents</h2><ul>{episodes}</ul></section>
</main>
<footer class="o-footer"><p class="o-footer__copyright">© 2027 RFI – Tous droits réservés</p><ul><li><a href="{base}/fr/mentions-legales">Mentions légales</a></li><li><a href="{base}/fr/contacts">Contacts</a></li></ul></footer>
<script src="{base}/build/js/rfi-article.7c21.js" defer></script>
</body>
</html>
"""
    write(
        "08_rfi_drupal_invite_afrique_interview_suivre",
        page,
        {
            "title": flat(title),
            "publication": "RFI",
            "author": "Guillaume Thibaud",
            "section": "Afrique",
            "date": datetime.date(2027, 2, 22),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in qa],
            "notes": "RFI (Drupal, France Médias Monde) 'Invité Afrique' page: audio player, then "
            "the interview transcript; questions in <p><strong> (the first prefixed 'RFI :') "
            "are paragraphs, no presentation paragraph in the body. Byline 'Par : Guillaume "
            "Thibaud' followed by a 'Suivre' follow button. Headline 'Name : « quote »' with "
            "&nbsp;. @graph: articleSection 'Afrique' beats the programme tag and breadcrumb "
            "'Invité Afrique'. 'Publié le : 22/02/2027 - 06:45' (05:45Z). Player title, "
            "caption '© RFI/…', 'À lire aussi' interstitial, tags, newsletter and previous "
            "episodes are chrome. Canonical with non-ASCII letters in the path.",
        },
    )
