# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout49/web (Switzerland, Belgium, Canada, Lebanon)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page01() -> None:
    """Le Temps: custom front end, analysis behind a paywall, JSON-LD array."""
    base = "https://www.letemps.ch"
    url = f"{base}/economie/energie/gaz-la-suisse-entre-dans-l-hiver-sans-filet-de-securite"
    title = "Gaz: la Suisse entre dans l’hiver sans filet de sécurité"
    lead = (
        "Faute d’accord avec l’Union européenne sur les réserves partagées, la Confédération "
        "aborde la saison froide sans stocks garantis. Les industriels romands s’inquiètent, "
        "le Conseil fédéral temporise."
    )
    p = [
        "La Suisse ne possède aucun grand réservoir de gaz sur son sol. Depuis la crise de "
        "2022, elle compensait ce handicap par des contrats de stockage en France, en Allemagne "
        "et en Italie, conclus par les distributeurs régionaux avec l’aval de Berne. Or deux de "
        "ces contrats arrivaient à échéance cet automne, et ils n’ont pas été renouvelés.",
        "Au total, ce sont quelque 290&nbsp;millions de m<sup>3</sup> de capacités qui "
        "manquent à l’appel, soit environ 9% de la consommation annuelle du pays. L’Office "
        "fédéral de l’énergie (OFEN) assure que «la sécurité d’approvisionnement n’est pas "
        "menacée à court terme», mais reconnaît que la marge s’est réduite.",
        "Dans l’arc jurassien, les entreprises qui chauffent leurs fours au gaz n’ont pas "
        "attendu les assurances fédérales. A la Verrerie de la Birse, à Moutier, on a investi "
        "4&nbsp;millions de francs dans un brûleur bicombustible capable de passer au mazout en "
        "quelques heures.",
        "«Nous ne pouvons pas nous permettre une coupure de trois jours. Un four à verre qui "
        "refroidit est un four perdu», résume son directeur, Pascal Jeanneret. Comme lui, une "
        "trentaine d’industriels romands ont signé en octobre une lettre ouverte demandant au "
        "Conseil fédéral un plan de délestage <em>plus précis et public</em>.",
        "Le Département fédéral de l’environnement, des transports, de l’énergie et de la "
        "communication renvoie aux négociations en cours avec Bruxelles. Un accord technique "
        "sur le stockage solidaire serait «à portée de main», selon une source proche du "
        "dossier, mais il dépend du paquet d’accords bilatéraux, dont l’examen parlementaire ne "
        "commencera pas avant le printemps.",
        "En attendant, Berne mise sur la réserve hydroélectrique, constituée pour la première "
        "fois en 2023 et reconduite chaque hiver depuis. Elle atteint cette année "
        "400&nbsp;gigawattheures, mobilisables en cas de pénurie d’électricité, mais sans effet "
        "direct sur le gaz.",
    ]
    subheads = ["Des industriels sous pression", "Berne attend Bruxelles"]
    read_also = (
        '<aside class="ArticleReadAlso"><span class="ArticleReadAlso-label">Lire aussi</span>'
        f'<a class="ArticleReadAlso-link" href="{base}/suisse/accord-electricite-bruxelles-phase-decisive">'
        "L’accord sur l’électricité avec Bruxelles entre dans sa phase décisive</a></aside>"
    )
    body = "\n".join(
        [
            paras(*p[:2], attrs='class="ArticleParagraph"'),
            read_also,
            f'<h2 class="ArticleHeading">{subheads[0]}</h2>',
            paras(*p[2:4], attrs='class="ArticleParagraph"'),
            '<div class="AdSlot AdSlot--rectangle" id="lt-ad-mpu1"><span class="AdSlot-label">Publicité</span><div id="div-gpt-ad-mpu1"></div></div>',
            f'<h2 class="ArticleHeading">{subheads[1]}</h2>',
            paras(*p[4:], attrs='class="ArticleParagraph"'),
        ]
    )
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "description": flat(lead),
            "datePublished": "2026-11-19T05:30:00+01:00",
            "dateModified": "2026-11-19T09:12:00+01:00",
            "author": [
                {
                    "@type": "Person",
                    "name": "Céline Zbinden",
                    "url": f"{base}/auteurs/celine-zbinden",
                },
                {
                    "@type": "Person",
                    "name": "Matthias Aebi",
                    "url": f"{base}/auteurs/matthias-aebi",
                },
            ],
            "publisher": {
                "@type": "NewsMediaOrganization",
                "name": "Le Temps",
                "logo": {"@type": "ImageObject", "url": f"{base}/static/logo-letemps.png"},
            },
            "isAccessibleForFree": "False",
            "hasPart": {
                "@type": "WebPageElement",
                "isAccessibleForFree": "False",
                "cssSelector": ".ArticleBody--locked",
            },
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "image": [f"{base}/media/2026/11/gaz-stockage.jpg"],
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": "Economie",
                    "item": f"{base}/economie",
                },
                {
                    "@type": "ListItem",
                    "position": 3,
                    "name": "Energie",
                    "item": f"{base}/economie/energie",
                },
                {"@type": "ListItem", "position": 4, "name": title, "item": url},
            ],
        },
    ]
    nav = menu(
        4901,
        "MainNav-list",
        base,
        ["Suisse", "Monde", "Economie", "Opinions", "Culture", "Sciences", "Sport", "Société"],
        7,
    )
    more = "".join(
        f'<li class="TeaserList-item"><a href="{t["url"]}"><span class="TeaserList-section">{t["section"]}</span>{t["title"]}</a></li>'
        for t in teasers(491, 24, base, FILLER)
    )
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} - Le Temps</title><meta name="description" content="{flat(lead)}"><link rel="canonical" href="{url}"><meta property="og:type" content="article"><meta property="og:title" content="{title}"><meta property="og:description" content="{flat(lead)}"><meta property="og:url" content="{url}"><meta property="og:site_name" content="Le Temps"><meta property="og:image" content="{base}/media/2026/11/gaz-stockage.jpg"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@letemps"><style>{css_blob(4911, "lt", 340)}</style>{json_script(ld)}<script src="https://sdk.privacy-center.org/loader.js" async></script><script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","premium":true,"section":"economie/energie","authors":"Céline Zbinden|Matthias Aebi"}});</script></head><body class="Page Page--article">
<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">Le Temps et ses partenaires utilisent des cookies pour mesurer l’audience et personnaliser les contenus.</p><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-learn-more-button">Personnaliser</button></div></div>
<header class="SiteHeader"><a class="SiteHeader-logo" href="{base}/" aria-label="Le Temps"><svg viewBox="0 0 160 32"><path d="M0 0h32v32H0z"/></svg></a><nav class="MainNav">{nav}</nav><a class="SiteHeader-subscribe" href="{base}/abonnements">S’abonner</a><a class="SiteHeader-login" href="{base}/connexion">Se connecter</a></header>
<main class="Page-main">
<nav class="Breadcrumb" aria-label="Fil d’Ariane"><a href="{base}/">Accueil</a> <span class="Breadcrumb-sep">›</span> <a href="{base}/economie">Economie</a> <span class="Breadcrumb-sep">›</span> <a href="{base}/economie/energie">Energie</a> <span class="Breadcrumb-sep">›</span> <span class="Breadcrumb-current">{title}</span></nav>
<article class="Article Article--premium">
<header class="ArticleHeader">
<div class="ArticleHeader-kicker"><span class="Label Label--analysis">Analyse</span> <span class="Label Label--premium" title="Article réservé aux abonnés">Abonnés</span></div>
<h1 class="ArticleHeader-title">{title}</h1>
<p class="ArticleHeader-lead">{lead}</p>
<div class="ArticleHeader-meta"><div class="ArticleHeader-authors">Par <a href="{base}/auteurs/celine-zbinden">Céline Zbinden</a>, Berne, et <a href="{base}/auteurs/matthias-aebi">Matthias Aebi</a>, Zurich</div><div class="ArticleHeader-dates"><time datetime="2026-11-19T05:30:00+01:00">Publié jeudi 19 novembre 2026 à 05:30</time> <time class="ArticleHeader-modified" datetime="2026-11-19T09:12:00+01:00">Modifié jeudi 19 novembre 2026 à 09:12</time></div><div class="ArticleHeader-reading">Temps de lecture: 6 minutes</div></div>
<div class="ShareTools"><button>Partager</button><button>Offrir cet article</button><button>Sauvegarder</button><button>Écouter</button></div>
</header>
<figure class="ArticleFigure"><img src="{base}/media/2026/11/gaz-stockage.jpg" alt=""><figcaption class="ArticleFigure-caption">La station de compression de Ruswil (LU), par où transite une partie du gaz importé. <span class="ArticleFigure-credit">© Gaëtan Bally/Keystone</span></figcaption></figure>
<div class="ArticleBody ArticleBody--locked">
{body}
</div>
<div class="Paywall" id="paywall"><div class="Paywall-inner"><p class="Paywall-title">Cet article est réservé aux abonnés.</p><p class="Paywall-text">Il vous reste 58% de cet article à lire. Profitez de notre offre découverte: le premier mois pour 1 franc, sans engagement.</p><a class="Paywall-cta" href="{base}/abonnements?origin=paywall">Je m’abonne</a><p class="Paywall-login">Déjà abonné? <a href="{base}/connexion">Se connecter</a></p></div></div>
<section class="AuthorCards"><div class="AuthorCard"><p class="AuthorCard-name">Céline Zbinden</p><p class="AuthorCard-role">Correspondante au Palais fédéral</p></div><div class="AuthorCard"><p class="AuthorCard-name">Matthias Aebi</p><p class="AuthorCard-role">Journaliste à la rubrique Economie</p></div></section>
</article>
<section class="TeaserList"><h2 class="TeaserList-title">Les plus lus</h2><ol>{more}</ol></section>
</main>
<footer class="SiteFooter"><p>© 2026 Le Temps SA. Tous droits réservés.</p><ul><li><a href="{base}/conditions-generales">Conditions générales</a></li><li><a href="{base}/protection-des-donnees">Protection des données</a></li></ul></footer>
</body></html>
"""
    write(
        "01_letemps_custom_analyse_paywall_array",
        page,
        {
            "title": title,
            "publication": "Le Temps",
            "author": "Céline Zbinden et Matthias Aebi",
            "section": "Energie",
            "date": datetime.date(2026, 11, 19),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "Le Temps analysis for subscribers, cut by a paywall box after six "
            "paragraphs (incomplete); JSON-LD is a top-level array [NewsArticle, "
            "BreadcrumbList] with isAccessibleForFree as the string 'False' and a hasPart "
            "cssSelector. Byline 'Par A, Berne, et B, Zurich': two authors each with a place. "
            "No articleSection, no article:section: the breadcrumb's last item is the article "
            "itself, so the section is the item before it, 'Energie' (unaccented, as the site "
            "writes it); the kicker 'Analyse' and the 'Abonnés' badge are labels. Standfirst "
            "p.ArticleHeader-lead. 'm<sup>3</sup>' flattens to 'm3'. 'Lire aussi' aside and "
            "ad between paragraphs; author cards after the paywall; caption credit Keystone "
            "(no agency). 'Publié jeudi 19 novembre 2026 à 05:30' and 'Modifié ...'.",
        },
    )


def page02() -> None:
    """RTBF: Next.js with utility classes only, Belga with a reporter, meta article:section."""
    base = "https://www.rtbf.be"
    url = f"{base}/article/liege-la-passerelle-saint-leonard-fermee-pour-au-moins-six-mois-11651234"
    title = "Liège&nbsp;: la passerelle Saint-Léonard fermée pour au moins six mois"
    lead = (
        "Des fissures ont été découvertes sur deux câbles porteurs lors d’une inspection de "
        "routine. Piétons et cyclistes devront faire un détour de près d’un kilomètre."
    )
    p = [
        "La passerelle Saint-Léonard, qui relie le quartier du même nom à la rive droite de la "
        "Meuse, est fermée depuis mercredi matin à tous les usagers. Une inspection menée la "
        "semaine dernière a mis en évidence des fissures sur deux des câbles porteurs, a "
        "indiqué jeudi la Ville de Liège.",
        "«&nbsp;Il n’y a pas de risque d’effondrement imminent, mais nous ne pouvions pas "
        "prendre le moindre risque&nbsp;», a expliqué l’échevine de la Mobilité, Sophie "
        "Lambotte, lors d’une conférence de presse improvisée sur le quai.",
        "Chaque jour, près de 4&#8239;200 piétons et 1&#8239;100 cyclistes empruntent "
        "l’ouvrage, selon les comptages réalisés au printemps. Ils devront désormais passer "
        "par le pont Maghin, ce qui allonge le trajet de près d’un kilomètre.",
        "La Ville a annoncé plusieurs mesures d’accompagnement&#8239;:",
        "une navette fluviale gratuite entre les deux rives aux heures de pointe, dès "
        "lundi&#8239;;",
        "un marquage provisoire de la piste cyclable sur le pont Maghin&#8239;;",
        "une présence renforcée des gardiens de la paix aux abords de l’école communale.",
        "Un bureau d’études spécialisé doit rendre ses conclusions à la mi-janvier. Ce n’est "
        "qu’à ce moment qu’on saura si les câbles peuvent être réparés ou s’ils doivent être "
        "remplacés, une opération qui pourrait coûter plusieurs millions d’euros.",
        "L’opposition communale réclame un audit de l’ensemble des ouvrages d’art de la ville. "
        "«&nbsp;Cette passerelle a à peine vingt ans. Si elle est déjà fissurée, qu’en est-il "
        "des autres&#8239;?&nbsp;», interroge le conseiller Marc Delvaux.",
        "Le collège communal doit faire le point sur le dossier lors du conseil du 15 décembre.",
    ]
    subheads = ["Un détour d’un kilomètre", "Une expertise attendue en janvier"]
    pcls = 'class="mb-16 text-16 leading-26 text-grey-900 md:text-18 md:leading-28"'
    related = (
        '<div class="my-24 rounded-8 border border-grey-200 p-16"><div class="mb-8 text-12 font-bold uppercase tracking-wide text-red-600">À lire aussi</div>'
        f'<a class="flex gap-12" href="{base}/article/liege-le-tram-circulera-jusqu-a-herstal-des-2028-11640087"><img class="h-64 w-96 object-cover" src="https://ds.static.rtbf.be/article/image/tram-liege.jpg" alt=""><span class="text-16 font-semibold">Liège&nbsp;: le tram circulera jusqu’à Herstal dès 2028</span></a></div>'
    )
    video = (
        '<div class="my-24 aspect-video w-full bg-black" data-testid="auvio-player"><iframe src="https://auvio.rtbf.be/embed/media/3312844" title="Lecteur vidéo Auvio" allowfullscreen></iframe>'
        '<div class="mt-8 text-14 text-grey-600"><span>Les images de la passerelle fermée ce jeudi</span> <span>· 01:42</span></div></div>'
    )
    facebook = (
        '<div class="my-24 flex justify-center"><div class="fb-post" data-href="https://www.facebook.com/VilledeLiege/posts/pfbid0x2"><blockquote cite="https://www.facebook.com/VilledeLiege/posts/pfbid0x2" class="fb-xfbml-parse-ignore">'
        "<p>⚠️ La passerelle Saint-Léonard est fermée jusqu’à nouvel ordre. Merci de suivre la déviation balisée par le pont Maghin.</p>"
        'Publié par <a href="https://www.facebook.com/VilledeLiege">Ville de Liège</a> sur&nbsp;Mercredi 2 décembre 2026</blockquote></div></div>'
    )
    body = "\n".join(
        [
            paras(*p[:2], attrs=pcls),
            related,
            f'<h2 class="mb-16 mt-32 text-22 font-bold leading-28">{subheads[0]}</h2>',
            paras(*p[2:4], attrs=pcls),
            '<ul class="mb-16 list-disc pl-24">'
            + "".join(f'<li class="mb-8 text-16 leading-26">{x}</li>' for x in p[4:7])
            + "</ul>",
            video,
            f'<h2 class="mb-16 mt-32 text-22 font-bold leading-28">{subheads[1]}</h2>',
            paras(p[7], attrs=pcls),
            facebook,
            paras(*p[8:], attrs=pcls),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "description": flat(lead),
        "datePublished": "2026-12-03T13:27:00.000Z",
        "dateModified": "2026-12-03T15:02:00.000Z",
        "author": "Julie Van Hecke",
        "publisher": {
            "@type": "Organization",
            "name": "RTBF",
            "logo": {
                "@type": "ImageObject",
                "url": "https://ds.static.rtbf.be/default/logo-rtbf.png",
            },
        },
        "mainEntityOfPage": url,
        "inLanguage": "fr-BE",
    }
    state = {
        "props": {
            "pageProps": {
                "article": {
                    "id": 11651234,
                    "title": flat(title),
                    "summary": flat(lead),
                    "signature": "Julie Van Hecke avec Belga",
                    "category": {"label": "Régions", "path": "/regions"},
                    "subCategory": {"label": "Liège", "path": "/regions/liege"},
                    "publishedFrom": "2026-12-03T14:27:00+01:00",
                    "blocks": [{"type": "text", "html": x} for x in p],
                }
            }
        },
        "page": "/article/[slug]",
    }
    nav = menu(
        4902,
        "flex gap-16",
        base,
        ["Actus", "Belgique", "Régions", "Monde", "Économie", "Sport", "Culture", "Auvio"],
        6,
    )
    more = "".join(
        f'<a class="block w-full md:w-1/3" href="{t["url"]}"><img class="aspect-video object-cover" src="{t["image"]}" alt="" loading="lazy"><span class="mt-8 block text-12 uppercase text-grey-600">{t["section"]}</span><h3 class="text-16 font-semibold">{t["title"]}</h3></a>'
        for t in teasers(492, 30, base, FILLER)
    )
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{flat(title)} - RTBF Actus</title><meta name="description" content="{flat(lead)}"/><meta name="author" content="Julie Van Hecke"/><link rel="canonical" href="{url}"/><meta property="og:site_name" content="RTBF Actus"/><meta property="og:type" content="article"/><meta property="og:title" content="{flat(title)}"/><meta property="og:description" content="{flat(lead)}"/><meta property="og:url" content="{url}"/><meta property="og:image" content="https://ds.static.rtbf.be/article/image/passerelle-saint-leonard.jpg"/><meta property="article:section" content="Régions"/><meta property="article:published_time" content="2026-12-03T13:27:00.000Z"/><meta property="article:modified_time" content="2026-12-03T15:02:00.000Z"/><meta property="article:tag" content="Liège"/><meta property="article:tag" content="Mobilité"/>{json_script(ld)}<link rel="preload" href="/_next/static/css/4c1e2f0b.css" as="style"/><style>{css_blob(4912, "tw", 380)}</style><script src="/_next/static/chunks/webpack-91ac.js" defer=""></script></head><body><div id="__next"><div class="fixed inset-x-0 bottom-0 z-50 bg-white p-16 shadow-lg" role="dialog" aria-label="Cookies"><p class="text-14">La RTBF utilise des cookies pour améliorer votre expérience, mesurer l’audience et vous proposer des contenus adaptés.</p><div class="mt-8 flex gap-8"><button class="rounded-4 bg-red-600 px-16 py-8 text-white">Tout accepter</button><button class="rounded-4 border px-16 py-8">Paramétrer</button></div></div><header class="sticky top-0 z-40 flex h-56 items-center bg-white px-16 shadow"><a href="/" aria-label="RTBF"><svg class="h-32 w-80" viewBox="0 0 80 32"><path d="M0 0h80v32H0z"/></svg></a><nav class="ml-24 hidden md:block">{nav}</nav><a class="ml-auto text-14 font-semibold" href="https://auth.rtbf.be/login">Se connecter</a></header><main class="mx-auto max-w-1200 px-16"><nav class="my-16 flex gap-8 text-12 text-grey-600" aria-label="Breadcrumb"><a href="/actus">Actus</a><span>/</span><a href="/regions">Régions</a><span>/</span><a href="/regions/liege">Liège</a></nav><article class="mx-auto max-w-800"><div class="mb-8"><a class="text-12 font-bold uppercase text-red-600" href="/regions/liege">Liège</a></div><h1 class="mb-16 text-28 font-bold leading-34 md:text-40 md:leading-48">{title}</h1><p class="mb-24 text-18 font-semibold leading-28 md:text-20">{lead}</p><div class="mb-16 flex flex-wrap items-center gap-8 text-14 text-grey-700"><span>Par <a class="font-semibold" href="/auteur/julie-van-hecke">Julie Van Hecke</a> avec Belga</span><span aria-hidden="true">•</span><time dateTime="2026-12-03T13:27:00.000Z">03 déc. 2026 à 14:27</time><span aria-hidden="true">•</span><span>Mis à jour le 03 déc. 2026 à 16:02</span><span aria-hidden="true">•</span><span>3 min</span></div><div class="mb-24 flex gap-8"><button class="rounded-full border p-8" aria-label="Partager sur Facebook">f</button><button class="rounded-full border p-8" aria-label="Partager sur WhatsApp">w</button><button class="rounded-full border p-8" aria-label="Copier le lien">🔗</button></div><figure class="mb-24"><img class="w-full" src="https://ds.static.rtbf.be/article/image/passerelle-saint-leonard.jpg" alt="La passerelle Saint-Léonard"/><figcaption class="mt-8 text-12 text-grey-600">La passerelle Saint-Léonard, fermée depuis mercredi. © BELGA Image</figcaption></figure><div class="article-content">
{body}
</div><div class="mt-32 flex flex-wrap gap-8"><a class="rounded-full bg-grey-100 px-12 py-4 text-14" href="/tag/liege">Liège</a><a class="rounded-full bg-grey-100 px-12 py-4 text-14" href="/tag/mobilite">Mobilité</a><a class="rounded-full bg-grey-100 px-12 py-4 text-14" href="/tag/meuse">Meuse</a></div><div class="mt-24 rounded-8 bg-grey-100 p-16 text-14">Les commentaires ne sont pas activés pour cet article.</div></article><section class="my-48"><h2 class="mb-16 text-22 font-bold">Sur le même sujet</h2><div class="flex flex-wrap gap-16">{more}</div></section></main><footer class="mt-48 bg-grey-900 p-32 text-white"><p>© RTBF 2026 – Radio-Télévision belge de la Communauté française</p></footer></div>{json_script(state, 'id="__NEXT_DATA__" type="application/json"')}</body></html>"""
    write(
        "02_rtbf_nextjs_tailwind_belga_section_meta",
        page,
        {
            "title": flat(title),
            "publication": "RTBF",
            "author": "Julie Van Hecke",
            "agency": "Belga",
            "section": "Régions",
            "date": datetime.date(2026, 12, 3),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p],
            "notes": "RTBF on Next.js with utility classes only (Tailwind style: no chapo, "
            "standfirst or byline class; 'lead' appears only inside the 'leading-*' "
            "utilities of the standfirst, the h1, the subheads and every paragraph); the "
            "standfirst is the bold p after the h1. "
            "Byline 'Par A avec Belga'; JSON-LD author a plain string. No articleSection: meta "
            "article:section 'Régions' beats the breadcrumb 'Actus / Régions / Liège' and the "
            "kicker 'Liège'. og:site_name 'RTBF Actus', publisher and footer 'RTBF'. "
            "Introducing paragraph + ul of three items; U+202F before ; : ? and as thousands "
            "separator; 'À lire aussi' card, Auvio video with its legend and an embedded "
            "Facebook post inside the body; caption '© BELGA Image' is a photo credit. "
            "'03 déc. 2026 à 14:27' (13:27Z). __NEXT_DATA__ repeats the text.",
        },
    )


def page03() -> None:
    """Radio-Canada: hashed class names, obituary, statement blockquote, UTC next day."""
    base = "https://ici.radio-canada.ca"
    url = f"{base}/nouvelle/2112408/helene-tardif-chansonniere-deces-cote-nord"
    title = "La chansonnière Hélène Tardif meurt à 84&nbsp;ans"
    p = [
        "La chansonnière Hélène Tardif, dont les chansons sur la Côte-Nord ont accompagné "
        "plusieurs générations de Québécois, est morte vendredi après-midi à Sept-Îles, a "
        "annoncé sa famille. Elle avait 84&nbsp;ans.",
        "Selon son fils, Jean-François Tardif, elle s’est éteinte paisiblement à la maison de "
        "soins palliatifs de la ville, entourée de ses proches, après une courte maladie.",
        "Née en 1942 à Havre-Saint-Pierre, fille d’un pêcheur et d’une institutrice, Hélène "
        "Tardif commence à chanter dans les soirées paroissiales avant d’être remarquée, en "
        "1966, par un réalisateur de radio de passage dans la région.",
        "Son premier album, <em>Les Battures</em>, paraît en 1969. La chanson-titre, qui "
        "raconte le départ des hommes pour la pêche d’hiver, devient un classique des veillées "
        "et sera reprise par une vingtaine d’artistes.",
        "Au fil d’une carrière de plus de cinquante ans, elle enregistre quatorze albums et "
        "donne, selon ses propres calculs, «&nbsp;plus de 2000 spectacles, dont la moitié dans "
        "des sous-sols d’église&nbsp;».",
        "En 1998, sur la scène du Spectrum de Montréal, elle avait résumé sa démarche d’une "
        "phrase restée célèbre&nbsp;: «&nbsp;Je chante pour ceux qui restent.&nbsp;»",
        "Les hommages se sont multipliés dans la soirée. Le premier ministre a salué «&nbsp;une "
        "grande dame qui a donné une voix à toute une région&nbsp;», tandis que plusieurs "
        "artistes partageaient sur les réseaux sociaux des souvenirs de tournée.",
        "Dans un communiqué, la famille a tenu à remercier le personnel soignant&nbsp;:",
        "Maman est partie comme elle a vécu, en chantant tout bas. Elle nous a demandé de ne "
        "pas être tristes trop longtemps et de continuer à faire de la musique ensemble.",
        "Nous remercions de tout cœur l’équipe de la Maison Marie-Rivier, qui l’a accompagnée "
        "avec une douceur infinie.",
        "Des funérailles publiques auront lieu le 12&nbsp;décembre en l’église Saint-Joseph de "
        "Sept-Îles. La famille invite ceux qui le souhaitent à faire un don à l’organisme "
        "Musique en région.",
    ]
    subheads = ["Une voix de la Côte-Nord", "Des hommages de partout"]
    quote = "«&nbsp;Je chante pour ceux qui restent.&nbsp;»"
    pc = 'class="sc-jrcTuL kHpQzW"'
    pull = (
        f'<figure class="sc-fvxzrP gYqLcA" data-testid="pull-quote"><blockquote class="sc-dlVxhl hBbJZr"><p>{quote}</p></blockquote>'
        '<figcaption class="sc-kfPuZi fKDqQe">Une citation de Hélène Tardif, en 1998</figcaption></figure>'
    )
    statement = (
        '<blockquote class="sc-bBHxTw eTxKdG">' + paras(*p[8:10], attrs=pc) + "</blockquote>"
    )
    video = (
        '<div class="sc-iBkjds bHZbBv" data-testid="video-player"><div class="sc-ftvSup jJzQdw"><button aria-label="Lire la vidéo">▶</button></div>'
        '<p class="sc-papXJ dBSTgq">Hélène Tardif en entrevue à l’émission <em>Pour l’amour du country</em>, en 2011. (Archives)</p>'
        '<p class="sc-jqUVSM eoKxXc">Photo : Radio-Canada</p></div>'
    )
    read_also = (
        '<div class="sc-crXcEl jYVnmF"><p class="sc-hHLeRK dWvQjK">À lire aussi :</p><ul>'
        f'<li><a href="{base}/nouvelle/2089114/festival-chanson-tadoussac-programmation">Le Festival de la chanson de Tadoussac dévoile sa programmation</a></li>'
        f'<li><a href="{base}/nouvelle/1998302/cote-nord-patrimoine-musical-archives">La Côte-Nord numérise son patrimoine musical</a></li></ul></div>'
    )
    body = "\n".join(
        [
            paras(*p[:2], attrs=pc),
            f'<h2 class="sc-ikZpkk cNfLvK">{subheads[0]}</h2>',
            paras(*p[2:4], attrs=pc),
            video,
            paras(*p[4:6], attrs=pc),
            pull,
            read_also,
            f'<h2 class="sc-ikZpkk cNfLvK">{subheads[1]}</h2>',
            paras(*p[6:8], attrs=pc),
            statement,
            paras(p[10], attrs=pc),
            '<p class="sc-jrcTuL kHpQzW"><em>Avec les informations de La Presse canadienne</em></p>',
        ]
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "description": "Les chansons de la Côte-Nord d’Hélène Tardif ont accompagné plusieurs générations.",
        "articleSection": "Arts",
        "datePublished": "2026-12-04T22:40:00-05:00",
        "dateModified": "2026-12-05T06:12:00-05:00",
        "author": [
            {
                "@type": "Person",
                "name": "Simon Bergeron",
                "url": f"{base}/profil/2811/simon-bergeron",
            }
        ],
        "publisher": {
            "@type": "Organization",
            "name": "Radio-Canada",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/logo-radio-canada.png"},
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": {
            "@type": "ImageObject",
            "url": "https://images.radio-canada.ca/q_auto,w_1250/tardif.jpg",
        },
    }
    apollo = {
        "ROOT_QUERY": {
            'news({"id":2112408})': {
                "__typename": "News",
                "title": flat(title),
                "themeTag": {"name": "Musique"},
                "body": {"html": "".join(f"<p>{x}</p>" for x in p)},
                "signature": {"prefix": "Un texte de", "authors": [{"name": "Simon Bergeron"}]},
                "printDate": "2026-12-05T03:40:00.000Z",
            }
        }
    }
    apollo_js = json.dumps(apollo, ensure_ascii=False).replace("</", "<\\/")
    nav = menu(
        4903,
        "sc-gKPRtg bYdkLm",
        base,
        ["Info", "Politique", "Société", "Arts", "Régions", "Sports", "Environnement"],
        6,
    )
    more = "".join(
        f'<li class="sc-iAEyYk fPnmzL"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><span>{t["title"]}</span></a></li>'
        for t in teasers(493, 26, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>La chansonnière Hélène Tardif meurt à 84 ans | Radio-Canada</title>
<meta name="description" content="Les chansons de la Côte-Nord d’Hélène Tardif ont accompagné plusieurs générations.">
<link rel="canonical" href="{url}">
<meta property="og:title" content="La chansonnière Hélène Tardif meurt à 84 ans">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Radio-Canada.ca">
<meta property="og:locale" content="fr_CA">
<meta property="article:published_time" content="2026-12-05T03:40:00Z">
<meta property="article:modified_time" content="2026-12-05T11:12:00Z">
<meta name="dc.language" content="fr">
<style data-styled="active" data-styled-version="5.3.11">{css_blob(4913, "sc", 420)}</style>
{json_script(ld)}
<script>window.__APOLLO_STATE__={apollo_js};</script>
</head>
<body>
<div id="app"><div class="sc-bczRLJ iQtnmW">
<header class="sc-gsnTZi fnJtIR"><a href="{base}/" aria-label="ICI Radio-Canada"><svg viewBox="0 0 120 30"><path d="M0 0h120v30H0z"/></svg></a><nav>{nav}</nav><a href="{base}/info">Info</a><a href="{base}/ohdio">OHdio</a><a href="{base}/tele">ICI Tou.tv</a><button>Se connecter</button></header>
<main class="sc-dkzDqf jmHVCk" id="main">
<article class="sc-hKMtZM cSyhCY">
<div class="sc-eCYdqJ hkMnVK"><a class="sc-jSMfEi kKQUfz" href="{base}/arts/musique">Musique</a></div>
<h1 class="sc-hLBbgP gShBpo">{title}</h1>
<div class="sc-eDvSVe hSIRUN"><div class="sc-jOrMOR iVrHKX"><span>Un texte de </span><a href="{base}/profil/2811/simon-bergeron">Simon Bergeron</a></div><div class="sc-dmRaPn cHjaoK"><time dateTime="2026-12-05T03:40:00.000Z">Publié hier à 22 h 40</time><span>Mis à jour à 6 h 12</span></div></div>
<div class="sc-hHTYSt kLjKYv"><button>Partager</button><button aria-label="Partager sur Facebook">Facebook</button><button aria-label="Partager par courriel">Courriel</button><button aria-label="Copier le lien">Lien</button></div>
<figure class="sc-kDDrLX bPbPmY"><img src="https://images.radio-canada.ca/q_auto,w_1250/tardif.jpg" alt="Hélène Tardif sur scène, guitare à la main."><figcaption><span>Hélène Tardif au Festival de la chanson de Tadoussac, en 2004.</span> <span class="sc-pyfCe dCgSlv">Photo : Radio-Canada / Archives</span></figcaption></figure>
<div class="sc-iqcoie ePKOzc" data-testid="news-body">
{body}
</div>
<div class="sc-bjUoiL gwMwWx"><p class="sc-idiyUo bcCQxF">Sujets</p><a href="{base}/sujet/musique">Musique</a><a href="{base}/sujet/cote-nord">Côte-Nord</a><a href="{base}/sujet/deces">Décès</a></div>
<div class="sc-cCsOjp dKLsfB"><p>Signaler une erreur</p><p>Vous avez repéré une erreur? Écrivez-nous.</p></div>
</article>
<aside class="sc-jSUZER hFkTuA"><h2>À la une</h2><ul>{more}</ul></aside>
</main>
<footer class="sc-cxabCf kpPRDQ"><p>© Société Radio-Canada. Tous droits réservés.</p><p>Radio-Canada, c’est la maison des Canadiens francophones.</p></footer>
</div></div>
</body>
</html>
"""
    write(
        "03_radiocanada_styled_obituary_statement_utc",
        page,
        {
            "title": flat(title),
            "publication": "Radio-Canada",
            "author": "Simon Bergeron",
            "agency": "La Presse canadienne",
            "section": "Arts",
            "date": datetime.date(2026, 12, 4),
            "standfirst": None,
            "source_url": url,
            "subheads": subheads,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p],
            "notes": "Radio-Canada obituary, styled-components hashed class names only "
            "(data-testid the one hint). Byline 'Un texte de A' (no 'Par'). No standfirst "
            "(the meta description is not one). Visible date relative, 'Publié hier à 22 h 40'; "
            "<time> and article:published_time 2026-12-05T03:40Z, JSON-LD "
            "2026-12-04T22:40-05:00: date 4 December, the Montréal day, not the UTC day. "
            "articleSection 'Arts' beats the kicker 'Musique'. A statement of the family in a "
            "blockquote of two <p> counts as two paragraphs; the pull quote (figure "
            "data-testid=pull-quote) repeats a sentence of the text, its figcaption is the "
            "attribution. Closing credit line 'Avec les informations de La Presse canadienne' "
            "gives the agency and is no paragraph. Video with legend and credit, 'À lire "
            "aussi' list of links, topics and error box are chrome. og:site_name "
            "'Radio-Canada.ca', publisher 'Radio-Canada'. __APOLLO_STATE__ repeats the text.",
        },
    )


def page04() -> None:
    """L'Orient-Le Jour: microdata only, interview with h2 questions, Beirut midnight."""
    base = "https://www.lorientlejour.com"
    url = f"{base}/article/1462318/rania-chidiac-reconstruire-les-souks-sans-leurs-artisans-serait-une-erreur.html"
    title = "Rania Chidiac&nbsp;: «&nbsp;Reconstruire les souks sans leurs artisans serait une erreur&nbsp;»"
    lead = (
        "L’architecte, qui a dirigé le recensement des ateliers du centre historique de "
        "Tripoli, met en garde contre une réhabilitation «&nbsp;de carte postale&nbsp;»."
    )
    qa = [
        (
            "p",
            "Depuis deux ans, Rania Chidiac et une équipe de onze chercheurs de l’Université "
            "libanaise ont arpenté, atelier par atelier, les souks du centre historique de "
            "Tripoli. Leur rapport, remis la semaine dernière au ministère de la Culture, dresse un "
            "constat alarmant.",
        ),
        ("q", "Combien d’ateliers ont disparu en dix ans&nbsp;?"),
        (
            "p",
            "Notre recensement, achevé en octobre, compte 212 ateliers encore actifs dans les "
            "souks, contre plus de 480 en 2015. Les dinandiers, les savonniers et les tailleurs sont "
            "les plus touchés. Certains métiers, comme le tressage des nattes de jonc, n’ont plus "
            "qu’un seul artisan.",
        ),
        (
            "q",
            "Le projet de réhabilitation financé par les bailleurs internationaux ne "
            "répond-il pas à cette urgence&nbsp;?",
        ),
        (
            "p",
            "Il répond à une urgence, celle des façades. Le plan prévoit de restaurer "
            "60&nbsp;000 mètres carrés de bâti ancien, et c’est une bonne nouvelle. Mais rien n’y "
            "garantit que les artisans pourront rester une fois les loyers réévalués.",
        ),
        (
            "p",
            "Nous l’avons vu ailleurs, à Beyrouth notamment&nbsp;: on restaure, les prix "
            "montent, et les ateliers sont remplacés par des cafés et des boutiques de souvenirs.",
        ),
        ("q", "Que proposez-vous&nbsp;?"),
        (
            "p",
            "Trois choses simples. Un gel des loyers commerciaux pendant dix ans dans les "
            "bâtiments restaurés avec des fonds publics. Un fonds de soutien à l’apprentissage, "
            "pour que les maîtres artisans puissent former des jeunes. Et une place réservée aux "
            "artisans dans le comité de pilotage, où ils ne siègent pas aujourd’hui.",
        ),
        ("q", "La municipalité vous a-t-elle entendue&nbsp;?"),
        (
            "p",
            "Le conseil municipal a voté en novembre une motion de principe en faveur du gel "
            "des loyers. C’est un premier pas, mais une motion n’est pas un règlement. Nous "
            "attendons de voir les textes.",
        ),
    ]
    quote = (
        "«&nbsp;On restaure, les prix montent, et les ateliers sont remplacés par des cafés.&nbsp;»"
    )
    related = (
        '<div class="related-inline"><span class="related-inline__title">Pour mémoire</span><ul>'
        f'<li><a href="{base}/article/1440215/tripoli-le-khan-al-saboun-rouvre-ses-portes.html">Tripoli&nbsp;: le khan al-Saboun rouvre ses portes</a></li>'
        f'<li><a href="{base}/article/1451877/patrimoine-le-liban-nord-attend-toujours-ses-financements.html">Patrimoine&nbsp;: le Liban-Nord attend toujours ses financements</a></li>'
        "</ul></div>"
    )
    blocks = []
    for i, (kind, text) in enumerate(qa):
        if kind == "q":
            blocks.append(f'<h2 class="interview-question">{text}</h2>')
        else:
            blocks.append(f"<p>{text}</p>")
        if i == 5:
            blocks.append(f'<div class="article-quote"><p>{quote}</p></div>')
        if i == 6:
            blocks.append(related)
    blocks.append(
        '<div class="support-box"><p class="support-box__title">Soutenez un journalisme indépendant</p><p>Abonnez-vous pour accéder à tous nos articles, à nos archives depuis 1924 et à notre édition numérique.</p><a href="/abonnement">Je m’abonne</a></div>'
    )
    nav = menu(
        4904,
        "menu-main",
        base,
        ["Liban", "Moyen-Orient", "Monde", "Économie", "Culture", "Idées", "Sport"],
        7,
    )
    more = "".join(
        f'<div class="article-card"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><h3>{t["title"]}</h3></a></div>'
        for t in teasers(494, 22, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<title>{flat(title)} - L'Orient-Le Jour</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="L'Orient-Le Jour">
<meta property="og:title" content="{flat(title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/storage/attachments/1462/chidiac_987654.jpg">
<meta property="article:section" content="Liban">
<meta property="article:published_time" content="2026-12-04T22:00:00+00:00">
<meta name="twitter:site" content="@LOrientLeJour">
<link rel="stylesheet" href="{base}/build/css/app.3f9c1.css">
<style>{css_blob(4914, "olj", 260)}</style>
<script async src="https://fundingchoicesmessages.google.com/i/pub-9876543210?ers=1"></script>
</head>
<body class="page-article">
<div class="fc-consent-root"><div class="fc-dialog"><p class="fc-dialog-headline">L'Orient-Le Jour demande votre consentement pour utiliser vos données personnelles.</p><button class="fc-cta-consent">Autoriser</button><button class="fc-cta-manage-options">Gérer les options</button></div></div>
<div class="top-bar"><span class="top-bar__date">Samedi 5 décembre 2026</span><a href="/edition-numerique">Édition numérique</a><a href="/abonnement">S’abonner</a></div>
<header class="header"><a class="header__logo" href="{base}/"><img src="{base}/images/logo-olj.svg" alt="L'Orient-Le Jour"></a><nav>{nav}</nav></header>
<main class="main">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="2026-12-04T22:00:00+00:00">
<meta itemprop="mainEntityOfPage" content="{url}">
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="L'Orient-Le Jour"></div>
<div class="article-header">
<div class="article-kicker"><a href="{base}/rubrique/entretien">Entretien</a></div>
<h1 class="article-title" itemprop="headline">{title}</h1>
<div class="article-lead" itemprop="description">{lead}</div>
<div class="article-author-date">OLJ / Propos recueillis par <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="name" href="{base}/author/2214-soraya-hamdane">Soraya HAMDANE</a></span>, le 05 décembre 2026 à 00h00</div>
<div class="article-share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Imprimer</a></div>
</div>
<figure class="article-image"><img src="{base}/storage/attachments/1462/chidiac_987654.jpg" alt="" itemprop="image"><figcaption>Rania Chidiac dans le souk des orfèvres, à Tripoli. Photo Joseph Eid</figcaption></figure>
<div class="article-body" itemprop="articleBody">
{chr(10).join(blocks)}
</div>
<div class="article-tags"><span>Mots-clés</span><a href="/tag/tripoli">Tripoli</a><a href="/tag/patrimoine">Patrimoine</a><a href="/tag/artisanat">Artisanat</a></div>
</article>
<section class="comments"><h2>Commentaires (2)</h2><div class="comment"><p class="comment__meta">Nadim K. – 5 décembre 2026 à 09h14</p><p>Enfin une voix pour les artisans, on les oublie toujours.</p></div><div class="comment"><p class="comment__meta">Lina A. – 5 décembre 2026 à 11h02</p><p>Le gel des loyers est la seule mesure qui compte vraiment.</p></div></section>
<section class="more-articles"><h2>Dans la même rubrique</h2>{more}</section>
</main>
<footer class="footer"><p>© L'Orient-Le Jour 2026. Tous droits réservés.</p></footer>
</body>
</html>
"""
    write(
        "04_lorientlejour_microdata_interview_h2_beirut",
        page,
        {
            "title": flat(title),
            "publication": "L'Orient-Le Jour",
            "author": "Soraya Hamdane",
            "section": "Liban",
            "date": datetime.date(2026, 12, 5),
            "standfirst": flat(lead),
            "source_url": url,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(t) for _, t in qa],
            "notes": "L'Orient-Le Jour, no JSON-LD: schema.org microdata on the article. "
            "Interview: presentation paragraph, questions set as h2.interview-question (they "
            "end in '?', are paragraphs, not subheads), one answer in two paragraphs. Byline "
            "line 'OLJ / Propos recueillis par Soraya HAMDANE, le 05 décembre 2026 à 00h00' "
            "(name in capitals, date in the same line); microdata and article:published_time "
            "2026-12-04T22:00Z = midnight in Beirut: date 5 December, not the UTC day. "
            "article:section 'Liban' beats the kicker 'Entretien'. Standfirst div.article-lead. "
            "Pull quote div.article-quote shortens an answer's sentence; 'Pour mémoire' list "
            "of links and a subscription box inside the body; comments dated 5 December; top "
            "bar date of the day.",
        },
    )
