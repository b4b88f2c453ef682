# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout59/web (Switzerland, Belgium)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, saved_from, teasers, write


def page01() -> None:
    """Blick Romandie: Ringier's Next.js front end (Emotion classes), person + ATS, two subheads."""
    base = "https://www.blick.ch"
    url = f"{base}/fr/news/suisse/fuite-de-gaz-a-yverdon-240-eleves-evacues-de-leur-college-id20517734.html"
    title = "Fuite de gaz à Yverdon: 240 élèves évacués de leur collège"
    kicker = "Frayeur dans le Nord vaudois"
    lead = (
        "Une odeur suspecte a conduit mardi matin à l’évacuation complète d’un collège "
        "d’Yverdon-les-Bains (VD). Onze enfants et deux enseignantes ont été examinés par les "
        "ambulanciers."
    )
    p = [
        "Il était 9h40 lorsque l’alarme a retenti dans le bâtiment principal du collège du "
        "Cheminet, à Yverdon-les-Bains. En moins de dix minutes, les 240 élèves et leurs "
        "enseignants se sont retrouvés dans la cour, puis sur le terrain de football voisin, "
        "sous une pluie fine.",
        "Plusieurs élèves de 7<sup>e</sup> et 8<sup>e</sup> années s’étaient plaints peu avant "
        "de maux de tête et d’une forte odeur «d’œuf pourri» dans l’aile est, où se trouvent les "
        "salles de sciences. Le concierge a aussitôt coupé l’alimentation en gaz du bâtiment, a "
        "indiqué la commune dans un communiqué.",
        "Onze enfants et deux enseignantes ont été examinés sur place par les ambulanciers. "
        "Aucun n’a dû être hospitalisé, a précisé un porte-parole de la police. Les parents ont "
        "été informés par un message de la direction peu après 10h.",
        "Les pompiers, équipés de détecteurs, ont passé près de deux heures à inspecter les "
        "conduites. Ils ont localisé une fuite sur un raccord du laboratoire de chimie, qui "
        "n’était plus utilisé depuis l’été.",
        "«Nous avons eu très peur, mais tout s’est déroulé exactement comme lors des "
        "exercices», a confié à Blick Nadia Perrenoud, mère d’une élève de 8<sup>e</sup> année, "
        "venue chercher sa fille à midi.",
        "Le municipal en charge des écoles, Olivier Jaquier, a annoncé que le collège resterait "
        "fermé mercredi, le temps de remplacer l’installation. Les cours seront donnés à "
        "distance pour les classes du secondaire, tandis qu’un accueil sera organisé à la salle "
        "de gym voisine pour les plus jeunes.",
        "Une enquête a été ouverte pour déterminer pourquoi la conduite du laboratoire n’avait "
        "pas été condamnée après sa désaffectation. La commune rappelle que ses 14 bâtiments "
        "scolaires font l’objet d’un contrôle annuel des installations de gaz.",
        "Ce n’est pas la première alerte de ce type dans la région. En novembre dernier, un "
        "collège de Grandson avait déjà été évacué pour une odeur suspecte, qui s’était révélée "
        "provenir d’une citerne de mazout voisine.",
    ]
    subheads = ["Aucune hospitalisation", "Des cours à distance mercredi"]
    pc = 'class="css-1nlbn7w" data-testid="paragraph"'
    video = (
        '<div class="css-x9c2lq" data-testid="video-player"><div class="jwplayer jw-reset" id="jw-20517734" '
        'aria-label="Lecteur vidéo"><div class="jw-title"><span class="jw-title-primary">Les pompiers '
        'sur place, mardi matin</span></div></div><p class="css-1g3pj0y">Vidéo: Blick</p></div>'
    )
    related = (
        '<aside class="css-18pw4ce" data-testid="related-article"><span class="css-9ba1bi">À lire aussi'
        f'</span><a href="{base}/fr/news/suisse/grandson-un-college-evacue-a-cause-dune-odeur-de-mazout-id20311201.html">'
        '<img src="https://img.blick.ch/incoming/20311201-v3/grandson.jpg?imwidth=300" alt="" loading="lazy"/>'
        '<span class="css-1v5tk3a">Grandson VD</span><span class="css-wz1qkj">Un collège évacué à cause '
        "d’une odeur de mazout</span></a></aside>"
    )
    ad = '<div class="css-7d3n2v" data-testid="ad-slot"><span class="css-1rbk9xq">Publicité</span><div id="div-gpt-ad-inside-1"></div></div>'
    body = "\n".join(
        [
            paras(*p[:2], attrs=pc),
            f'<h2 class="css-12h0wu3" data-testid="subtitle">{subheads[0]}</h2>',
            paras(*p[2:4], attrs=pc),
            video,
            paras(p[4], attrs=pc),
            related,
            f'<h2 class="css-12h0wu3" data-testid="subtitle">{subheads[1]}</h2>',
            paras(p[5], attrs=pc),
            ad,
            paras(*p[6:], attrs=pc),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": flat(lead),
        "articleSection": "Suisse",
        "keywords": "Yverdon-les-Bains, Ecole, Gaz, Pompiers",
        "datePublished": "2027-01-19T16:48:00+01:00",
        "dateModified": "2027-01-19T18:05:00+01:00",
        "inLanguage": "fr",
        "author": [
            {
                "@type": "Person",
                "name": "Mathias Roulin",
                "url": f"{base}/fr/people/mathias-roulin-id19004217.html",
            },
            {"@type": "Organization", "name": "ATS"},
        ],
        "image": [
            {
                "@type": "ImageObject",
                "url": "https://img.blick.ch/incoming/20517734-v2/yverdon-college.jpg",
                "width": 1200,
                "height": 675,
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Blick",
            "logo": {"@type": "ImageObject", "url": f"{base}/fr/static/logo-blick-romandie.png"},
        },
        "isAccessibleForFree": True,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/fr"},
            {"@type": "ListItem", "position": 2, "name": "News", "item": f"{base}/fr/news"},
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Suisse",
                "item": f"{base}/fr/news/suisse",
            },
            {
                "@type": "ListItem",
                "position": 4,
                "name": "Vaud",
                "item": f"{base}/fr/news/suisse/vaud",
            },
        ],
    }
    rel = teasers(5901, 30, base + "/fr/news", FILLER)
    state = {
        "props": {
            "pageProps": {
                "pageType": "ArticlePage",
                "metadata": {
                    "id": "20517734",
                    "title": title,
                    "kicker": kicker,
                    "section": "Suisse",
                    "lastModifiedDate": "2027-01-19T17:05:00.000Z",
                },
                "content": [{"kind": "paragraph", "text": x} for x in p],
                "recommendations": rel[:12],
            }
        },
        "page": "/[[...slug]]",
        "query": {"slug": ["news", "suisse", "id20517734"]},
        "buildId": "blick-fr-4.118.2",
        "isFallback": False,
    }
    nav = menu(
        5911,
        "css-1xw7mva",
        base + "/fr",
        ["News", "Suisse", "International", "Sport", "People", "Life", "Blick TV"],
        7,
    )
    more = "".join(
        f'<article class="css-vq1x3b"><a href="{t["url"]}.html"><img src="{t["image"]}" alt="" loading="lazy"/><span class="css-1v5tk3a">{t["section"]}</span><h3 class="css-wz1qkj">{t["title"]}</h3></a></article>'
        for t in rel[12:]
    )
    page = f"""<!DOCTYPE html><html lang="fr-CH"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"/><title>{kicker}: {title} | Blick</title><meta name="description" content="{flat(lead)}"/><meta name="robots" content="index, follow, max-image-preview:large"/><link rel="canonical" href="{url}"/><meta property="og:type" content="article"/><meta property="og:locale" content="fr_CH"/><meta property="og:title" content="{title}"/><meta property="og:description" content="{flat(lead)}"/><meta property="og:url" content="{url}"/><meta property="og:image" content="https://img.blick.ch/incoming/20517734-v2/yverdon-college.jpg?ratio=FREE&amp;imwidth=1200"/><meta property="og:site_name" content="Blick"/><meta property="article:published_time" content="2027-01-19T16:48:00+01:00"/><meta property="article:modified_time" content="2027-01-19T18:05:00+01:00"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@BlickRomandie"/><meta name="twitter:title" content="{title}"/><link rel="preload" as="font" href="/fr/_next/static/media/GT-America-Standard-Regular.woff2" crossorigin=""/><style data-emotion="css 1nlbn7w 12h0wu3 x9c2lq 18pw4ce">{css_blob(5921, "css", 340)}</style>{json_script(ld)}{json_script(crumbs)}<script src="https://cdn.privacy-mgmt.com/unified/wrapperMessagingWithoutDetection.js" async=""></script><noscript><img src="https://tracking.blick.ch/pixel?id=20517734" alt=""/></noscript></head><body><div id="__next"><div id="sp_message_container_912345" class="sp-message-open"><div class="message-container"><p class="message-text">Nous utilisons des cookies et des technologies similaires afin de vous offrir la meilleure expérience possible sur notre site.</p><button class="message-button" title="Tout accepter">Tout accepter</button><button class="message-button" title="Réglages">Réglages</button></div></div><header class="css-1d3bbye"><a href="/fr" class="css-16gt3x6" aria-label="Blick Romandie"><svg viewBox="0 0 92 32" aria-hidden="true"><path d="M0 0h92v32H0z"/></svg></a><nav class="css-r4c4yn" aria-label="Navigation principale">{nav}</nav><a class="css-1b6b3kq" href="/fr/search">Rechercher</a><button class="css-1b6b3kq">Se connecter</button></header><main class="css-1wm4a3b"><nav class="css-1o1iqbf" aria-label="Breadcrumb"><ol><li><a href="/fr">Home</a></li><li><a href="/fr/news">News</a></li><li><a href="/fr/news/suisse">Suisse</a></li><li><a href="/fr/news/suisse/vaud">Vaud</a></li></ol></nav><article class="css-1k5v4fq"><header class="css-14h7x0e" data-testid="article-header"><span class="css-3pg7gb" data-testid="kicker">{kicker}</span><h1 class="css-1ia2ue1" data-testid="article-title">{title}</h1><p class="css-1xmq0ns" data-testid="article-lead">{lead}</p></header><figure class="css-1tq8r7v" data-testid="image"><img src="https://img.blick.ch/incoming/20517734-v2/yverdon-college.jpg?imwidth=1000" alt="Des élèves sur un terrain de football" loading="eager"/><figcaption class="css-1n9ce6m"><span>Les élèves ont été rassemblés sur le terrain de football voisin.</span> <span class="css-o4ah59">Photo: Lecteur-reporter</span></figcaption></figure><div class="css-1ofqig9" data-testid="article-meta"><div class="css-1alynpe" data-testid="authors"><div class="css-h8b6c0"><img src="https://img.blick.ch/incoming/19004217/roulin.jpg?imwidth=64" alt="" width="40" height="40"/><a class="css-1x6u0o0" href="/fr/people/mathias-roulin-id19004217.html">Mathias Roulin</a><span class="css-9v3t0x">Journaliste Blick</span></div><div class="css-h8b6c0"><span class="css-1x6u0o0">ATS</span><span class="css-9v3t0x">Agence télégraphique suisse</span></div></div><div class="css-1hwwv6f" data-testid="publication-dates"><span>Publié: 19.01.2027 à 16:48 heures</span><span>Dernière mise à jour: 19.01.2027 à 18:05 heures</span></div><div class="css-ppy9c2" data-testid="share-bar"><button aria-label="Partager sur WhatsApp">WhatsApp</button><button aria-label="Partager sur Facebook">Facebook</button><button aria-label="Copier le lien">Copier le lien</button><button aria-label="Commentaires">Commentaires</button></div></div><div class="css-1sxvuhv" data-testid="article-body">
{body}
</div><div class="css-1egq9f1" data-testid="comments"><h2>Commentaires</h2><p>La fonction commentaires est désactivée pour cet article.</p></div></article><section class="css-1d8b0p4" aria-label="Plus d’articles"><h2 class="css-13yw5u1">Plus d’articles sur le sujet</h2>{more}</section></main><footer class="css-10ctq4m"><p>Blick Romandie, une publication de Ringier Médias Suisse</p><ul><li><a href="/fr/impressum">Impressum</a></li><li><a href="/fr/cgu">CGU</a></li><li><a href="/fr/protection-des-donnees">Protection des données</a></li></ul><p>© 2027 Blick – Tous droits réservés</p></footer></div>{json_script(state, 'id="__NEXT_DATA__" type="application/json"')}<script src="/fr/_next/static/chunks/framework-8c4f1e2.js" defer=""></script></body></html>"""
    write(
        "01_blick_nextjs_faitsdivers_ats_person_breadcrumb",
        page,
        {
            "title": title,
            "publication": "Blick",
            "author": "Mathias Roulin",
            "agency": "ATS",
            "section": "Suisse",
            "date": datetime.date(2027, 1, 19),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p],
            "notes": "Ringier's Next.js front end for Blick Romandie (Emotion css-* classes, "
            "data-testid). Two credits in the author box: the person 'Mathias Roulin' with the "
            "role 'Journaliste Blick' (a sibling span) and 'ATS' with 'Agence télégraphique "
            "suisse'; JSON-LD author = [Person, Organization ATS]. articleSection 'Suisse' beats "
            "the breadcrumb's last item 'Vaud' and the kicker; <title> = 'kicker: headline | "
            "Blick'. '7<sup>e</sup>' ordinals; two h2 subheads; JW Player block with its "
            "legend, an 'À lire aussi' teaser and an ad inside the body; caption 'Photo: "
            "Lecteur-reporter'; 'Publié: 19.01.2027 à 16:48 heures' / 'Dernière mise à jour'; "
            "footer 'Blick Romandie, une publication de Ringier'; __NEXT_DATA__ repeats the text.",
        },
    )


def page02() -> None:
    """Tribune de Genève: Tamedia Next.js live ticker, newest first, two authors, meta section."""
    base = "https://www.tdg.ch"
    url = f"{base}/neige-a-geneve-le-canton-sous-25-centimetres-suivez-la-journee-en-direct-204417365512"
    title = "Neige à Genève: le canton sous 25 centimètres, suivez la journée en direct"
    lead = (
        "Une épaisse couche de neige est tombée dans la nuit sur le canton. Trams à l’arrêt, "
        "vols annulés, écoles clairsemées: les dernières informations."
    )
    tweet = (
        '<blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">23 cm de neige '
        "fraîche à 6 h ce matin. Jamais vu autant en janvier depuis 2009 ❄️ "
        '<a href="https://t.co/n3ige">pic.twitter.com/n3ige</a></p>&mdash; Météo Léman '
        '(@meteo_leman_fr) <a href="https://twitter.com/meteo_leman_fr/status/1881">20 janvier 2027</a></blockquote>'
    )
    image = (
        '<figure class="ArticleImage_root__n"><img src="https://cdn.unitycms.io/images/neige-meyrin.jpg" '
        'alt="Voitures sous la neige"/><figcaption class="ArticleImage_caption__Tb"><span>Sur la route '
        'de Meyrin, mercredi matin.</span> <span class="ArticleImage_credit__I">Lecteur-reporter'
        "</span></figcaption></figure>"
    )
    entries = [
        (
            "16:40",
            "Le tram reprend du service jusqu’à Carouge",
            [
                "Après plus de six heures d’interruption, les trams circulent à nouveau entre "
                "Plainpalais et Carouge, avec un passage toutes les douze minutes. Les lignes de "
                "bus vers la campagne restent en revanche suspendues jusqu’à nouvel avis.",
                "Les Transports publics annoncent un retour à l’horaire normal jeudi matin, sauf "
                "nouvelles chutes de neige durant la nuit.",
            ],
            "",
        ),
        (
            "15:20",
            None,
            [
                "La voirie a engagé 160 personnes et 48 véhicules depuis 3h du matin. «Priorité "
                "aux axes des transports publics, puis aux accès des hôpitaux», résume Karim "
                "Selmi, chef d’équipe au service des routes.",
                "Les trottoirs restent glissants dans de nombreux quartiers. Une trentaine de "
                "personnes ont été soignées pour des chutes depuis le matin.",
            ],
            "",
        ),
        (
            "13:55",
            "Une quarantaine de vols annulés",
            [
                "Vingt-deux départs et dix-neuf arrivées ont été annulés depuis le début de la "
                "journée à l’aéroport, le temps de dégager la piste. Les passagers sont invités "
                "à consulter le site de leur compagnie avant de se déplacer.",
            ],
            tweet,
        ),
        (
            "12:40",
            "Les parcs pris d’assaut",
            [
                "À la pause de midi, le parc des Bastions et la promenade de la Treille ont été "
                "envahis par les luges et les bonshommes de neige. La Ville a dû fermer "
                "temporairement l’accès à la Treille, jugée trop glissante.",
            ],
            "",
        ),
        (
            "11:30",
            "Écoles ouvertes, mais classes clairsemées",
            [
                "Malgré la neige, les établissements scolaires sont restés ouverts. Dans "
                "plusieurs écoles des Trois-Chêne, près d’un tiers des élèves manquaient à "
                "l’appel en début de matinée.",
                "«On a fait la classe avec ceux qui étaient là, et on a fini par une bataille de "
                "boules de neige», sourit Estelle Junod, enseignante à Chêne-Bougeries.",
            ],
            "",
        ),
        (
            "09:10",
            "Quatorze accidents en trois heures",
            [
                "Quatorze accidents sans gravité ont été recensés entre 6h et 9h, principalement "
                "sur le quai Wilson et la route de Meyrin. La police recommande de renoncer à la "
                "voiture si possible.",
            ],
            image,
        ),
        (
            "07:30",
            None,
            [
                "Bonjour et bienvenue dans ce direct. Genève s’est réveillée sous une épaisse "
                "couche de neige: 23 centimètres ont été mesurés à 6h à l’aéroport, du jamais vu "
                "en janvier depuis 2009. Jusqu’à 25 centimètres sont tombés sur les hauteurs du "
                "canton.",
                "Nous suivons pour vous tout au long de la journée les conséquences de ces chutes "
                "de neige sur les routes, dans les transports publics et à l’aéroport.",
            ],
            "",
        ),
    ]
    items = []
    for i, (time, head, texts, extra) in enumerate(entries):
        heading = f'<h3 class="TickerItem_title__Pm7">{head}</h3>' if head else ""
        text = paras(*texts, attrs='class="ArticleParagraph_root__4mszW"')
        items.append(
            f'<article class="TickerItem_root__Gk2" id="ticker-item-{88140 - i}"><div class="TickerItem_meta__S0"><time class="TickerItem_time__h9" datetime="2027-01-20T{int(time[:2]) - 1:02d}:{time[3:]}:00.000Z">{time}</time></div>'
            f'<div class="TickerItem_content__dQ">{heading}{text}{extra}</div><div class="TickerItem_share__r"><button aria-label="Copier le lien vers cette entrée">Lien</button></div></article>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "description": flat(lead),
        "coverageStartTime": "2027-01-20T06:30:00.000Z",
        "coverageEndTime": "2027-01-20T17:00:00.000Z",
        "datePublished": "2027-01-20T06:30:00.000Z",
        "dateModified": "2027-01-20T15:40:00.000Z",
        "author": [
            {"@type": "Person", "name": "Aline Berthoud"},
            {"@type": "Person", "name": "Cyril Maret"},
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Tribune de Genève",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/logo-tdg.png"},
        },
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": head or flat(texts[0])[:60],
                "datePublished": f"2027-01-20T{int(time[:2]) - 1:02d}:{time[3:]}:00.000Z",
                "articleBody": " ".join(flat(x) for x in texts),
            }
            for time, head, texts, _ in entries
        ],
        "isAccessibleForFree": False,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    rel = teasers(5902, 34, base, FILLER)
    state = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "204417365512",
                    "title": title,
                    "lead": flat(lead),
                    "isTicker": True,
                    "authors": [{"name": "Aline Berthoud"}, {"name": "Cyril Maret"}],
                    "publishedAt": "2027-01-20T06:30:00.000Z",
                    "tickerItems": [
                        {"time": t, "title": h, "body": [flat(x) for x in tx]}
                        for t, h, tx, _ in entries
                    ],
                },
                "related": rel[:10],
            }
        },
        "page": "/[...slug]",
        "buildId": "pQ7r2Hc0wT1",
    }
    nav = menu(
        5912,
        "NavigationMenu_list__k2",
        base,
        ["Genève", "Suisse", "Monde", "Économie", "Sports", "Culture", "Vivre"],
        8,
    )
    more = "".join(
        f'<article class="TeaserTile_root__p1"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"/><span class="TeaserTile_overline__s">{t["section"]}</span><h3 class="TeaserTile_title__x">{t["title"]}</h3></a></article>'
        for t in rel[10:]
    )
    feed = "\n".join(items)
    page = f"""<!DOCTYPE html><html lang="fr-CH"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Neige à Genève: suivez la journée en direct | Tribune de Genève</title><meta name="description" content="{flat(lead)}"/><meta property="og:title" content="{title}"/><meta property="og:description" content="{flat(lead)}"/><meta property="og:site_name" content="Tribune de Genève"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta property="og:image" content="https://cdn.unitycms.io/images/neige-plainpalais.jpg"/><meta property="article:published_time" content="2027-01-20T06:30:00.000Z"/><meta property="article:section" content="Genève"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@tdgch"/><link rel="canonical" href="{url}"/><style data-styled="">{css_blob(5922, "sc", 320)}</style>{json_script(ld)}<script defer src="/_next/static/chunks/main-a81c.js"></script><script async src="https://platform.twitter.com/widgets.js" charSet="utf-8"></script></head><body><div id="__next"><div id="sp_message_container_1017" class="sp-message"><div class="message-component"><p>Nous utilisons des cookies et des technologies similaires pour personnaliser le contenu et analyser notre trafic.</p><button title="Accepter">Accepter</button><button title="Paramètres">Paramètres</button></div></div><header class="Header_root__qA"><a href="/" class="Header_logo__1" aria-label="Tribune de Genève"><svg viewBox="0 0 160 40"><path d="M0 0h30v40H0z"/></svg></a><nav class="Navigation_root__j">{nav}</nav><a class="Header_abo__7" href="/abo">S’abonner</a><a class="Header_login__9" href="/login">Se connecter</a></header><main class="ArticlePage_root__Zz"><article class="Article_root__x2"><div class="ContentHead_root__e6"><div class="ContentHead_overline__r3"><span class="ContentHead_live__Lv">EN DIRECT</span><span class="ContentHead_section__K">Intempéries</span></div><h1 class="ContentHead_title__4Hb"><span class="ContentHead_text__c">{title}</span></h1><p class="ContentHead_lead__3sK">{lead}</p></div><div class="ContentMetaInfo_root__q"><div class="ContentMetaInfo_authors__Lf"><a class="ContentMetaInfo_author__W" href="/about/aline-berthoud">Aline Berthoud</a><a class="ContentMetaInfo_author__W" href="/about/cyril-maret">Cyril Maret</a></div><div class="ContentMetaInfo_dates__A"><span>Publié: 20.01.2027, 07h30</span><span class="ContentMetaInfo_updated__t">Mis à jour il y a 12 minutes</span></div></div><div class="ShareBar_root__c"><button aria-label="Partager sur Facebook">Facebook</button><button aria-label="Partager sur X">X</button><button aria-label="Partager par e-mail">E-mail</button><button class="ShareBar_gift__8">Offrir l’article</button></div><figure class="ArticleImage_root__n"><img src="https://cdn.unitycms.io/images/neige-plainpalais.jpg" alt="La plaine de Plainpalais sous la neige"/><figcaption class="ArticleImage_caption__Tb"><span>La plaine de Plainpalais au petit matin.</span> <span class="ArticleImage_credit__I">Lecteur-reporter</span></figcaption></figure><div class="Ticker_root__m3"><div class="Ticker_toolbar__b"><span class="Ticker_status__L">Ce direct est terminé</span><button class="Ticker_refresh__t" aria-pressed="false">Actualisation automatique</button><select class="Ticker_order__o" aria-label="Ordre"><option>Plus récents d’abord</option><option>Plus anciens d’abord</option></select></div><div class="Ticker_items__Z2">
{feed}
</div><button class="Ticker_more__y">Afficher plus</button></div><div class="Ad_root__Wm1" data-ad="inside-full-content"><span>Publicité</span></div><div class="ErrorReport_root__p"><p>Vous avez trouvé une erreur? <a href="/signaler">Signalez-la-nous.</a></p></div><div class="ArticleTopics_root__k"><span>Plus sur le sujet</span><a href="/topics/meteo">Météo</a><a href="/topics/geneve">Genève</a></div></article><section class="RelatedArticles_root__U"><h2>Plus d’articles sur ce sujet</h2>{more}</section></main><footer class="Footer_root__8"><p>© Tribune de Genève 2027 – Tous droits réservés</p><ul><li><a href="/impressum">Impressum</a></li><li><a href="/privacy">Protection des données</a></li></ul></footer></div>{json_script(state, 'id="__NEXT_DATA__" type="application/json"')}</body></html>"""
    write(
        "02_tdg_tamedia_direct_neige_two_authors_meta_section",
        page,
        {
            "title": title,
            "publication": "Tribune de Genève",
            "author": "Aline Berthoud et Cyril Maret",
            "section": "Genève",
            "date": datetime.date(2027, 1, 20),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [h for _, h, _, _ in entries if h],
            "paragraphs": [flat(x) for _, _, t, _ in entries for x in t],
            "notes": "Tamedia Next.js live ticker (CSS-module classes), newest first: entry h3 "
            "titles are subheads, two entries untitled, <time> stamps '16:40' are not text; the "
            "opening entry ('Bonjour et bienvenue…') comes last. Toolbar 'Ce direct est terminé' "
            "/ auto-refresh / order select, 'EN DIRECT' badge and overline 'Intempéries' are "
            "chrome. Two author links with no 'et' -> 'A et B'. No articleSection: meta "
            "article:section 'Genève' beats the overline. JSON-LD LiveBlogPosting with "
            "liveBlogUpdate bodies (not to be used as paragraphs); embedded tweet in an entry; "
            "image with a caption in an entry; 'Publié: 20.01.2027, 07h30' = 06:30Z.",
        },
    )


def page03() -> None:
    """Le Nouvelliste: ESH Médias' own front end, paywall after eight paragraphs, UTC previous day."""
    base = "https://www.lenouvelliste.ch"
    url = f"{base}/valais/valais-central/sion/sion-le-parking-de-la-planta-coutera-14-millions-de-plus-1431877"
    title = "Sion: le parking de la Planta coûtera 14 millions de plus"
    lead = (
        "Le Conseil municipal sédunois a dévoilé mardi un dépassement de crédit de 14,2 millions "
        "de francs pour l’agrandissement du parking souterrain. L’opposition exige un audit."
    )
    p = [
        "La facture s’alourdit sous la place de la Planta. Lancé en 2023 pour un montant de 38 "
        "millions de francs, le chantier d’agrandissement du parking souterrain devrait "
        "finalement coûter 52,2 millions, a annoncé mardi soir le Conseil municipal de Sion lors "
        "d’une conférence de presse.",
        "En cause, selon l’exécutif, la découverte de vestiges romains plus étendus que prévu lors "
        "des fouilles de 2025, mais aussi l’envolée des prix de l’acier et du béton. «Nous avons "
        "dû stabiliser une paroi sur 80 mètres de plus que ce que prévoyaient les études», a "
        "expliqué le conseiller municipal Raphaël Bonvin, en charge des travaux publics.",
        "Les 420 nouvelles places, réparties sur deux niveaux supplémentaires, ne seront pas "
        "disponibles avant l’automne 2028, soit un an plus tard qu’annoncé. Le parking "
        "comptera alors près d’un millier de places.",
        "Le dépassement devra être validé par le Conseil général, qui se prononcera le 16 "
        "février. Plusieurs élus de l’opposition ont d’ores et déjà annoncé qu’ils exigeraient un "
        "audit externe avant tout vote.",
        "«On nous a présenté un projet maîtrisé, on découvre une rallonge de 37%. Les Sédunois "
        "ont droit à des explications», estime la conseillère générale Sabine Mottier.",
        "Le parking de la Planta, inauguré en 1979, compte aujourd’hui 560 places. Il est "
        "régulièrement saturé le vendredi, jour de marché, et lors des grandes manifestations "
        "organisées au centre-ville.",
        "Une partie des places existantes restera accessible pendant toute la durée des travaux, "
        "assure la Ville, qui prévoyait à l’origine une ouverture partielle des nouveaux niveaux "
        "dès la fin de cette année.",
        "Les commerçants du centre, qui réclament depuis des années davantage de places à "
        "proximité de la vieille ville, se disent «déçus mais pas surpris». Leur association "
        "demande que le chantier ne déborde pas sur la place en été, saison des terrasses.",
    ]
    subhead = "Un crédit complémentaire devant le Conseil général"
    body = "\n".join(
        [
            paras(*p[:3], attrs='class="article-paragraph"'),
            '<div class="ad ad--rectangle" id="ad-rectangle-1" data-ad-unit="/lenouvelliste/article/rectangle1"><span class="ad__label">Publicité</span></div>',
            f'<h2 class="article-intertitle">{subhead}</h2>',
            paras(*p[3:], attrs='class="article-paragraph"'),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": flat(lead),
        "datePublished": "2027-01-19T23:35:00Z",
        "dateModified": "2027-01-20T07:10:00Z",
        "author": {
            "@type": "Person",
            "name": "Grégoire Fellay",
            "url": f"{base}/auteurs/gregoire-fellay",
        },
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Nouvelliste",
            "logo": {"@type": "ImageObject", "url": f"{base}/assets/img/logo-lenouvelliste.png"},
        },
        "image": {"@type": "ImageObject", "url": f"{base}/media/image/2027/01/planta-chantier.jpg"},
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywalled-content",
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": n, "item": f"{base}{u}"}
            for i, (n, u) in enumerate(
                [
                    ("Accueil", "/"),
                    ("Valais", "/valais"),
                    ("Valais central", "/valais/valais-central"),
                    ("Sion", "/valais/valais-central/sion"),
                ]
            )
        ],
    }
    nav = menu(
        5913,
        "main-nav",
        base,
        ["Valais", "Suisse", "Monde", "Sport", "Culture", "Économie", "Services"],
        8,
    )
    related = "".join(
        f'<li class="teaser-list__item"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><span class="teaser-list__premium">Abonné</span><span class="teaser-list__title">{t["title"]}</span></a></li>'
        for t in teasers(5903, 8, base + "/valais", FILLER)
    )
    saved = url + "?utm_source=newsletter&utm_medium=email&utm_campaign=matin"
    page = f"""<!DOCTYPE html>
{saved_from(saved)}
<html lang="fr-CH">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Le Nouvelliste</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Le Nouvelliste">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/media/image/2027/01/planta-chantier.jpg">
<meta property="article:published_time" content="2027-01-19T23:35:00Z">
<meta property="article:modified_time" content="2027-01-20T07:10:00Z">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@lenouvelliste">
<link rel="stylesheet" href="{base}/assets/css/main.min.css?v=7.42.1">
<style>{css_blob(5923, "esh", 280)}</style>
{json_script(ld)}
{json_script(crumbs)}
<script>window.eshDataLayer=[{{"site":"lenouvelliste","pageType":"article","articleId":"1431877","premium":true,"category":"valais/valais-central/sion","author":"Grégoire Fellay"}}];</script>
<script>tp=window.tp||[];tp.push(["setTags",["sion","parking","planta"]]);tp.push(["setContentIsNative",false]);</script>
<script src="https://cdn.tinypass.com/api/tinypass.min.js" async></script>
</head>
<body class="page-article page-article--premium">
<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.</p><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-disagree-button">Refuser</button><button>Personnaliser</button></div></div>
<div class="top-bar"><span class="top-bar__date">Mercredi 20 janvier 2027</span><a href="{base}/meteo">Sion 2°C</a><a href="{base}/epaper">E-paper</a></div>
<header class="site-header"><a class="site-header__logo" href="{base}/"><img src="{base}/assets/img/logo-lenouvelliste.svg" alt="Le Nouvelliste"></a><nav class="site-header__nav">{nav}</nav><a class="btn btn--subscribe" href="{base}/abonnements">S’abonner</a><a class="btn btn--login" href="{base}/login">Se connecter</a></header>
<main class="main" id="main">
<nav class="breadcrumb" aria-label="Fil d’Ariane"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="{base}/">Accueil</a></li><li class="breadcrumb__item"><a href="{base}/valais">Valais</a></li><li class="breadcrumb__item"><a href="{base}/valais/valais-central">Valais central</a></li><li class="breadcrumb__item"><a href="{base}/valais/valais-central/sion">Sion</a></li></ol></nav>
<article class="article article--premium" data-article-id="1431877">
<header class="article__header">
<span class="article__premium-badge" title="Article réservé aux abonnés">Abonné</span>
<h1 class="article__title">{title}</h1>
<p class="article__lead">{lead}</p>
<div class="article__meta">
<div class="article__author">Par <a href="{base}/auteurs/gregoire-fellay" rel="author">Grégoire Fellay</a></div>
<div class="article__dates"><time class="article__date" datetime="2027-01-19T23:35:00Z">Publié le 20 janv. 2027, 00:35</time> <time class="article__date article__date--updated" datetime="2027-01-20T07:10:00Z">Mis à jour le 20 janv. 2027, 08:10</time></div>
</div>
<div class="article__share"><a class="share share--facebook" href="#">Facebook</a><a class="share share--whatsapp" href="#">WhatsApp</a><a class="share share--mail" href="#">E-mail</a><button class="bookmark">Sauvegarder</button></div>
</header>
<figure class="article__media"><img src="{base}/media/image/2027/01/planta-chantier.jpg" alt="Le chantier sous la place de la Planta"><figcaption class="article__caption">Le chantier, ici en décembre, devait s’achever en 2027. <span class="article__credit">Héloïse Maret/Le Nouvelliste</span></figcaption></figure>
<div class="article__body paywalled-content">
{body}
</div>
<div class="paywall" id="paywall-offer">
<div class="paywall__fade"></div>
<div class="paywall__box">
<p class="paywall__kicker">Cet article est réservé aux abonnés.</p>
<p class="paywall__remaining">Il vous reste 71% de l’article à lire.</p>
<h2 class="paywall__title">Profitez de l’essentiel de l’info valaisanne</h2>
<ul class="paywall__benefits"><li>Tous les articles en accès illimité</li><li>Le journal numérique dès 5h</li><li>Sans engagement</li></ul>
<a class="btn btn--primary" href="{base}/abonnements?source=paywall">Je m’abonne pour 1 franc le premier mois</a>
<p class="paywall__login">Déjà abonné? <a href="{base}/login">Se connecter</a></p>
</div>
</div>
<div class="article__tags"><a href="{base}/tags/sion">Sion</a><a href="{base}/tags/parking">Parking</a><a href="{base}/tags/conseil-municipal">Conseil municipal</a></div>
</article>
<section class="teaser-list"><h2 class="teaser-list__heading">À lire aussi</h2><ul>{related}</ul></section>
</main>
<footer class="site-footer"><p class="site-footer__brand">Le Nouvelliste</p><p>Un titre d’ESH Médias</p><ul><li><a href="{base}/contact">Contact</a></li><li><a href="{base}/impressum">Impressum</a></li><li><a href="{base}/cgu">Conditions générales</a></li></ul><p>© 2027 Le Nouvelliste. Tous droits réservés.</p></footer>
<script src="{base}/assets/js/main.min.js?v=7.42.1" defer></script>
</body>
</html>
"""
    write(
        "03_lenouvelliste_esh_paywall_breadcrumb_utc_previous_day",
        page,
        {
            "title": title,
            "publication": "Le Nouvelliste",
            "author": "Grégoire Fellay",
            "section": "Sion",
            "date": datetime.date(2027, 1, 20),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "ESH Médias page (Piano/tinypass, Didomi). Paywall after eight paragraphs and "
            "one h2: 'Cet article est réservé aux abonnés. Il vous reste 71%…' box with its own "
            "h2, list and buttons is chrome; incomplete. isAccessibleForFree false with hasPart "
            "cssSelector. No articleSection or article:section: section from the breadcrumb's "
            "last item 'Sion' (also in the BreadcrumbList). 'Abonné' badge above the h1 is no "
            "kicker. JSON-LD and article:published_time 2027-01-19T23:35:00Z = 00:35 on 20 "
            "January in Sion; the page shows 'Publié le 20 janv. 2027, 00:35' and the text says "
            "'mardi soir' (19th): the date is the 20th. Top bar date of the day; caption credit; "
            "'Par' + author link; ad between paragraphs.",
        },
    )


def page04() -> None:
    """DH Les Sports+: IPM on Arc XP, cyclo-cross report, 'avec Belga', results table, kicker."""
    base = "https://www.dhnet.be"
    url = f"{base}/sports/cyclisme/2027/01/17/lotte-vermeulen-maitrise-la-boue-de-la-citadelle-de-namur-Q3XK7LMB2ZHNVFJ5TCW4RDPYAE/"
    title = "Lotte Vermeulen maîtrise la boue de la Citadelle de Namur"
    kicker = "Cyclo-cross"
    lead = (
        "La Campinoise de 23 ans a signé dimanche à Namur sa troisième victoire de la saison en "
        "Coupe du monde. Elle s’empare de la tête du classement général."
    )
    p1 = [
        "Il ne fallait pas se fier aux apparences. Longtemps cinquième dans la première montée "
        "vers la citadelle, Lotte Vermeulen a attendu le troisième des cinq tours pour passer à "
        "l’offensive dans la descente des escaliers, là où tant de favorites ont mis pied à terre "
        "ce dimanche.",
        "Sur un terrain alourdi par deux jours de pluie, la coureuse de 23 ans a creusé l’écart "
        "dans les portions techniques, avant de gérer son avance dans la dernière côte. Elle "
        "franchit la ligne avec 38 secondes d’avance sur la Néerlandaise Fenna de Ruiter et 51 "
        "secondes sur la Française Manon Castaing.",
        "«&nbsp;J’avais bien reconnu le parcours samedi et je savais que la descente ferait la "
        "différence. J’ai pris des risques, mais c’était le seul moyen de lâcher Fenna&nbsp;», a "
        "expliqué la lauréate au micro de l’organisation.",
    ]
    p2 = [
        "Avec ce succès, le troisième de sa saison après Overijse et Gavere, Vermeulen s’empare "
        "du maillot de leader du classement général, avec 14 points d’avance. Aucune Belge ne "
        "l’avait porté depuis six ans.",
        "Son entraîneur, Dirk Van Acker, relativise pourtant&nbsp;: «&nbsp;Il reste quatre manches "
        "et le championnat de Belgique. Lotte doit encore progresser dans les départs, elle perd "
        "trop de places dans les cent premiers mètres.&nbsp;»",
    ]
    rows = [
        ("Rang", "Coureuse", "Temps"),
        ("1.", "Lotte Vermeulen (Bel)", "49:12"),
        ("2.", "Fenna de Ruiter (P-B)", "à 0:38"),
        ("3.", "Manon Castaing (Fra)", "à 0:51"),
        ("4.", "Jana Willems (Bel)", "à 1:07"),
        ("5.", "Noor Bakker (P-B)", "à 1:26"),
    ]
    p3 = [
        "Chez les hommes, la course a tourné au duel entre les Néerlandais Joris Hoekstra et Bram "
        "Lindeman, vainqueur au sprint après une heure de course. Meilleur Belge, Senne Claeys a "
        "pris la quatrième place, à 24 secondes.",
        "«&nbsp;J’ai manqué de jambes dans le dernier tour, mais je reviens bien après ma chute de "
        "Noël&nbsp;», a estimé le Limbourgeois, qui vise désormais un podium au championnat de "
        "Belgique.",
        "La prochaine manche de la Coupe du monde est programmée dimanche prochain à Zonhoven, "
        "sur le parcours sablonneux de la Kuil.",
    ]
    subheads = ["Première Belge en tête depuis six ans", "Chez les hommes, doublé néerlandais"]
    table = (
        '<div class="ap-table"><table class="ap-table__table"><thead><tr>'
        + "".join(f"<th>{c}</th>" for c in rows[0])
        + "</tr></thead><tbody>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
        + '</tbody></table><p class="ap-table__caption">Le classement de l’épreuve féminine (top 5)</p></div>'
    )
    video = (
        '<div class="ap-video"><div class="ap-video__player" data-provider="brightcove" data-video-id="6368210044112"></div>'
        '<p class="ap-video__legend">Revivez la victoire de Lotte Vermeulen à Namur. ©DH</p></div>'
    )
    readalso = (
        f'<div class="ap-readalso"><span class="ap-readalso__label">Lire aussi</span><a href="{base}/sports/cyclisme/2027/01/10/vermeulen-deja-en-forme-ZT2RK/">'
        "Cyclo-cross&nbsp;: à Gavere, Vermeulen déjà dans le rythme</a></div>"
    )
    pa = 'class="ap-paragraph"'
    body = "\n".join(
        [
            paras(*p1[:2], attrs=pa),
            readalso,
            paras(p1[2], attrs=pa),
            f'<h2 class="ap-subheadline">{subheads[0]}</h2>',
            paras(*p2, attrs=pa),
            table,
            '<div class="ap-ad ap-ad--inread" id="ad-inread-1"><span class="ap-ad__label">Publicité</span></div>',
            f'<h2 class="ap-subheadline">{subheads[1]}</h2>',
            paras(*p3[:2], attrs=pa),
            video,
            paras(p3[2], attrs=pa),
        ]
    )
    table_paras = [" ".join(r) for r in rows]
    paragraphs = [flat(x) for x in p1 + p2] + table_paras + [flat(x) for x in p3]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": flat(lead),
        "articleSection": "Cyclisme",
        "datePublished": "2027-01-17T15:42:00Z",
        "dateModified": "2027-01-17T17:03:00Z",
        "author": [{"@type": "Person", "name": "Julien Rasquin"}],
        "sourceOrganization": {"@type": "Organization", "name": "Belga"},
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "DH Les Sports+",
            "logo": {"@type": "ImageObject", "url": f"{base}/pf/resources/logo-dh.png"},
        },
        "image": [f"{base}/resizer/v2/Q3XK7LMB2ZHNVFJ5TCW4RDPYAE.jpg"],
        "mainEntityOfPage": url,
        "isAccessibleForFree": True,
    }
    fusion = {
        "_id": "Q3XK7LMB2ZHNVFJ5TCW4RDPYAE",
        "type": "story",
        "headlines": {"basic": title},
        "subheadlines": {"basic": flat(lead)},
        "label": {"basic": {"text": kicker}},
        "credits": {
            "by": [
                {"type": "author", "name": "Julien Rasquin"},
                {"type": "author", "name": "Belga", "org": "Belga"},
            ]
        },
        "taxonomy": {"primary_section": {"_id": "/sports/cyclisme", "name": "Cyclisme"}},
        "content_elements": [{"type": "text", "content": x} for x in p1 + p2 + p3],
    }
    fusion_js = json.dumps(fusion, ensure_ascii=False).replace("</", "<\\/")
    nav = menu(
        5914,
        "ap-nav",
        base,
        ["Football", "Diables Rouges", "Cyclisme", "Tennis", "Moteurs", "Basket", "Autres sports"],
        7,
    )
    more = "".join(
        f'<article class="ap-teaser"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><h3 class="ap-teaser__title">{t["title"]}</h3></a></article>'
        for t in teasers(5904, 28, base + "/sports", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{title} - DH Les Sports+</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:site_name" content="DH.be">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/resizer/v2/Q3XK7LMB2ZHNVFJ5TCW4RDPYAE.jpg?auth=4f1c&amp;width=1200">
<meta property="article:published_time" content="2027-01-17T15:42:00Z">
<meta property="article:modified_time" content="2027-01-17T17:03:00Z">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@dhnet_be">
<style>{css_blob(5924, "ap", 300)}</style>
{json_script(ld)}
<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="dh";Fusion.deployment="1187";Fusion.globalContent={fusion_js};</script>
<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script>
</head>
<body class="ap-body ap-article ap-theme--dh">
<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">La DH et ses partenaires utilisent des cookies pour vous proposer une expérience personnalisée.</p><button id="didomi-notice-agree-button">Accepter &amp; fermer</button><button>En savoir plus</button></div></div>
<div id="fusion-app" class="fusion-app">
<header class="ap-header"><a class="ap-header__logo" href="{base}/"><img src="{base}/pf/resources/logo-dh.svg" alt="DH Les Sports+"></a><nav>{nav}</nav><a class="ap-header__subscribe" href="{base}/abonnement">S’abonner</a><a class="ap-header__login" href="{base}/connexion">Se connecter</a></header>
<main class="ap-main">
<nav class="ap-breadcrumb" aria-label="breadcrumb"><ol><li><a href="{base}/sports/">Sports</a></li><li><a href="{base}/sports/cyclisme/">Cyclisme</a></li></ol></nav>
<article class="ap-story">
<header class="ap-story__header">
<span class="ap-story__label">{kicker}</span>
<h1 class="ap-story__headline">{title}</h1>
<p class="ap-story__lead">{lead}</p>
<div class="ap-story__byline"><a class="ap-byline__author" href="{base}/auteurs/julien-rasquin/">Julien Rasquin</a> <span class="ap-byline__with">(avec Belga)</span></div>
<div class="ap-story__dates"><time datetime="2027-01-17T15:42:00Z">Publié le 17-01-2027 à 16h42</time> - <time datetime="2027-01-17T17:03:00Z">Mis à jour le 17-01-2027 à 18h03</time></div>
<div class="ap-share"><button>Partager</button><button>Copier le lien</button><button>Commenter</button></div>
</header>
<figure class="ap-figure"><img src="{base}/resizer/v2/Q3XK7LMB2ZHNVFJ5TCW4RDPYAE.jpg?auth=4f1c&amp;width=800" alt=""><figcaption>Lotte Vermeulen dans les escaliers de la citadelle. ©BELGA</figcaption></figure>
<div class="ap-story__body">
{body}
</div>
<div class="ap-story__tags"><a href="{base}/tags/cyclo-cross">Cyclo-cross</a><a href="{base}/tags/namur">Namur</a><a href="{base}/tags/coupe-du-monde">Coupe du monde</a></div>
<div class="ap-newsletter"><h3>La newsletter Sports+</h3><p>Les résultats, les transferts et les coulisses, chaque matin dans votre boîte mail.</p><a href="{base}/newsletters">Je m’inscris</a></div>
</article>
<section class="ap-related"><h2>Sur le même sujet</h2>{more}</section>
</main>
<footer class="ap-footer"><p>© IPM Group 2027 - DH Les Sports+. Tous droits réservés.</p></footer>
</div>
</body>
</html>
"""
    write(
        "04_dh_arcxp_cyclocross_avec_belga_table_kicker",
        page,
        {
            "title": title,
            "publication": "DH Les Sports+",
            "author": "Julien Rasquin",
            "agency": "Belga",
            "section": "Cyclisme",
            "date": datetime.date(2027, 1, 17),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": paragraphs,
            "notes": "IPM on Arc XP (Fusion.globalContent repeats the text). Byline 'Julien "
            "Rasquin (avec Belga)': person + agency; the figure's '©BELGA' is a photo credit. "
            "articleSection 'Cyclisme' (also the breadcrumb's last item) beats the label "
            "'Cyclo-cross'. og:site_name 'DH.be' vs publisher and footer 'DH Les Sports+'. "
            "Results table (header + five rows, one paragraph each, cells joined by a space) "
            "with a caption paragraph that is a caption; 'Lire aussi' box, ad, video with a "
            "legend inside the body; « » with &nbsp; and ' : ' Belgian spacing; 'Publié le "
            "17-01-2027 à 16h42' / 'Mis à jour'; newsletter box after the tags.",
        },
    )
