# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout50/web (France, Maroc, Switzerland, Mauritius)."""

import datetime

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page05() -> None:
    """La Dépêche du Midi: Tailwind page, interview with class-only questions, JSON-LD array."""
    base = "https://www.ladepeche.fr"
    url = f"{base}/2026/12/03/helene-castagnet-les-crues-de-novembre-doivent-nous-servir-de-lecon-13084417.php"
    title = "Hélène Castagnet&#8239;: «&#8239;Les crues de novembre doivent nous servir de leçon&#8239;»"
    lead = (
        "Trois semaines après les inondations qui ont touché seize communes du sud du Tarn, la "
        "présidente du syndicat mixte du bassin de l’Agout détaille les travaux prévus et répond "
        "aux critiques des riverains."
    )
    intro = (
        "Le 11 novembre, l’Agout et le Thoré sont sortis de leur lit après des pluies d’une "
        "intensité inédite depuis 1999. À Castres, Labruguière et Mazamet, plus de 600 "
        "habitations ont été inondées. Hélène Castagnet, qui préside depuis 2023 le syndicat "
        "chargé de l’entretien des cours d’eau, a reçu <em>La Dépêche</em> dans ses bureaux de "
        "Castres."
    )
    qa = [
        (
            "Des riverains vous reprochent de ne pas avoir entretenu les berges. Que leur "
            "répondez-vous&#8239;?",
            [
                "Je comprends leur colère, je l’ai entendue dans chaque réunion publique. Mais il "
                "faut être honnête&#8239;: aucun entretien des berges n’aurait empêché ce qui "
                "s’est passé. Il est tombé 240&nbsp;millimètres en trente heures sur la Montagne "
                "Noire. Les digues ont tenu, c’est déjà beaucoup.",
            ],
        ),
        (
            "Qu’est-ce qui a manqué, alors&#8239;?",
            [
                "L’alerte, en partie. Les sirènes ont fonctionné à Castres mais pas dans trois "
                "communes en amont, parce qu’elles n’avaient jamais été raccordées au nouveau "
                "système. C’est inacceptable et nous allons le corriger avant le printemps.",
                "Il a aussi manqué des zones d’expansion des crues, ces prairies qu’on laisse "
                "volontairement inonder pour protéger les villes. On en a supprimé beaucoup "
                "depuis trente ans pour construire.",
            ],
        ),
        (
            "Quels travaux sont prévus&#8239;?",
            [
                "Un programme de 8,7&nbsp;millions d’euros sur cinq ans, financé aux deux tiers "
                "par l’État et l’agence de l’eau. Il prévoit la restauration de quatre zones "
                "d’expansion et le rehaussement de la digue de la Lande, à Castres.",
            ],
        ),
        (
            "Les assureurs menacent de ne plus couvrir certains quartiers. La crainte est-elle "
            "fondée&#8239;?",
            [
                "Oui, et c’est ce qui m’inquiète le plus. Si des familles ne peuvent plus "
                "s’assurer, elles ne pourront plus vendre leur maison. Nous demandons à l’État "
                "un fonds d’indemnisation spécifique pour les zones rouges.",
            ],
        ),
        (
            "Faudra-t-il, à terme, déplacer des habitations&#8239;?",
            [
                "Certaines, sans doute. Nous n’imposerons rien, mais nous proposerons le rachat "
                "à un prix juste des maisons les plus exposées. Personne ne devrait vivre avec la "
                "peur de la prochaine pluie.",
            ],
        ),
    ]
    quote = "«&#8239;Aucun entretien des berges n’aurait empêché ce qui s’est passé&#8239;»"
    q_cls = 'class="mt-8 mb-3 font-bold text-[17px] leading-7 text-neutral-900"'
    a_cls = 'class="mb-5 font-serif text-[17px] leading-[1.7] text-neutral-800"'
    read_also = (
        '<div class="my-6 rounded border-l-4 border-[#e2001a] bg-neutral-100 px-4 py-3">'
        '<p class="text-xs font-bold uppercase tracking-wider text-[#e2001a]">À lire aussi</p>'
        f'<a class="mt-1 block font-bold leading-snug hover:underline" href="{base}/2026/11/14/crues-dans-le-tarn-les-communes-sinistrees-attendent-la-reconnaissance-de-catastrophe-naturelle-13040921.php">'
        "Crues dans le Tarn&#8239;: les communes sinistrées attendent la reconnaissance de "
        "catastrophe naturelle</a></div>"
    )
    video = (
        '<div class="my-6 aspect-video w-full bg-black"><div class="dailymotion-player-root" '
        'data-video="x9r2k4l" data-player="x1k9d"></div></div>'
        '<p class="-mt-4 mb-6 text-sm text-neutral-500">VIDÉO. Crues dans le Tarn&#8239;: les '
        "images des quartiers inondés de Castres</p>"
    )
    newsletter = (
        '<div class="my-8 rounded-lg bg-[#fdf1f2] p-5"><p class="font-bold">Newsletter Tarn</p>'
        '<p class="text-sm">Chaque matin, l’essentiel de l’actualité de votre département.</p>'
        '<form class="mt-3 flex gap-2"><input class="flex-1 rounded border px-3 py-2" type="email" '
        'placeholder="Votre adresse e-mail"><button class="rounded bg-[#e2001a] px-4 py-2 '
        'text-white">Je m’inscris</button></form></div>'
    )
    blocks = [paras(intro, attrs='class="mb-5 font-serif italic text-[17px] leading-[1.7]"')]
    for i, (q, answers) in enumerate(qa):
        blocks.append(paras(q, attrs=q_cls))
        blocks.append(paras(*answers, attrs=a_cls))
        if i == 0:
            blocks.append(
                f'<blockquote class="my-8 border-l-4 border-[#e2001a] pl-4 font-serif text-2xl italic leading-snug">{quote}</blockquote>'
            )
        if i == 1:
            blocks.append(read_also)
        if i == 2:
            blocks.append(video)
        if i == 3:
            blocks.append(newsletter)
    body = "\n".join(blocks)
    paragraphs = [flat(intro)] + [flat(x) for q, a in qa for x in [q, *a]]
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": flat(title),
            "description": flat(lead),
            "datePublished": "2026-12-03T06:30:00+01:00",
            "dateModified": "2026-12-03T08:55:00+01:00",
            "author": "Fabien Lacombe",
            "publisher": {
                "@type": "Organization",
                "name": "La Dépêche du Midi",
                "logo": {"@type": "ImageObject", "url": f"{base}/images/logo-ddm.png"},
            },
            "image": [f"{base}/assets/2026/12/03/castagnet-castres.jpg"],
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "isAccessibleForFree": "True",
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": "Grand Sud",
                    "item": base + "/grand-sud/",
                },
                {
                    "@type": "ListItem",
                    "position": 3,
                    "name": "Tarn",
                    "item": base + "/communes/tarn,81.html",
                },
                {
                    "@type": "ListItem",
                    "position": 4,
                    "name": "Castres",
                    "item": base + "/communes/castres,81065.html",
                },
            ],
        },
    ]
    nav = "".join(
        f'<li><a class="block px-3 py-2 text-sm font-semibold hover:text-[#e2001a]" href="{base}/{s.lower().replace(" ", "-")}/">{s}</a></li>'
        for s in [
            "Grand Sud",
            "Toulouse",
            "Occitanie",
            "France - Monde",
            "Sports",
            "Rugby",
            "Loisirs",
            "Vidéos",
        ]
    )
    more = "".join(
        f'<a class="group block" href="{t["url"]}"><img class="aspect-[16/9] w-full object-cover" src="{t["image"]}" alt="" loading="lazy"><p class="mt-2 font-bold leading-snug group-hover:underline">{t["title"]}</p></a>'
        for t in teasers(505, 12, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" class="scroll-smooth">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{flat(title)} - ladepeche.fr</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="ladepeche.fr">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/assets/2026/12/03/castagnet-castres.jpg">
<meta property="article:published_time" content="2026-12-03T05:30:00Z">
<meta property="article:modified_time" content="2026-12-03T07:55:00Z">
<meta name="robots" content="max-image-preview:large">
{json_script(ld)}
<link rel="stylesheet" href="/build/app.4f1c2e9b.css">
<style>{css_blob(5051, "tw", 260)}</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"pageType":"article","articleId":"13084417","section":"castres","premium":false}});</script>
</head>
<body class="bg-white text-neutral-900 antialiased">
<div id="sp_message_container_1102" class="fixed inset-x-0 bottom-0 z-50 bg-white p-4 shadow-2xl"><p class="text-sm">Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.</p><button class="mr-2 rounded bg-[#e2001a] px-4 py-2 text-white">Accepter</button><button class="rounded border px-4 py-2">Continuer sans accepter</button></div>
<header class="sticky top-0 z-40 border-b bg-white"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-2"><a href="/" aria-label="La Dépêche du Midi"><img class="h-8" src="/images/logo-ladepeche.svg" alt="La Dépêche du Midi"></a><a class="rounded bg-[#e2001a] px-3 py-1 text-sm font-bold text-white" href="/abonnement/">S’abonner</a></div><nav class="mx-auto max-w-6xl overflow-x-auto px-4"><ul class="flex whitespace-nowrap">{nav}</ul></nav></header>
<main class="mx-auto max-w-6xl px-4">
<nav class="my-3 text-xs text-neutral-500" aria-label="Fil d’Ariane"><ol class="flex flex-wrap gap-1"><li><a href="/">Accueil</a> ›</li><li><a href="/grand-sud/">Grand Sud</a> ›</li><li><a href="/communes/tarn,81.html">Tarn</a> ›</li><li><a href="/communes/castres,81065.html">Castres</a></li></ol></nav>
<div class="grid grid-cols-1 gap-8 lg:grid-cols-[1fr_300px]">
<article class="min-w-0">
<p class="mb-2 text-sm font-bold uppercase text-[#e2001a]">Entretien</p>
<h1 class="font-serif text-3xl font-bold leading-tight md:text-[40px]">{title}</h1>
<p class="mt-4 text-xl font-semibold leading-snug text-neutral-700">{lead}</p>
<div class="mt-4 flex flex-wrap items-center gap-x-3 text-sm text-neutral-600"><span>Recueilli par <a class="font-bold text-neutral-900" href="/auteurs/fabien-lacombe/">Fabien Lacombe</a></span><span aria-hidden="true">·</span><span>Publié le 03/12/2026 à 06:30</span><span>, mis à jour à 08:55</span></div>
<div class="mt-3 flex gap-2"><button class="rounded-full border px-3 py-1 text-sm">Partager</button><button class="rounded-full border px-3 py-1 text-sm">Commenter</button><button class="rounded-full border px-3 py-1 text-sm">Suivre</button></div>
<figure class="my-6"><img class="w-full" src="/assets/2026/12/03/castagnet-castres.jpg" alt="Hélène Castagnet"><figcaption class="mt-1 text-xs text-neutral-500">Hélène Castagnet, au siège du syndicat mixte, à Castres. DDM - Jean-Louis Pradel</figcaption></figure>
<div class="max-w-[680px]">
{body}
</div>
<div class="my-6 flex flex-wrap gap-2"><a class="rounded-full bg-neutral-100 px-3 py-1 text-sm" href="/tags/inondations/">Inondations</a><a class="rounded-full bg-neutral-100 px-3 py-1 text-sm" href="/tags/castres/">Castres</a><a class="rounded-full bg-neutral-100 px-3 py-1 text-sm" href="/tags/environnement/">Environnement</a></div>
<section class="my-8 border-t pt-4"><h2 class="text-lg font-bold">Les commentaires (12)</h2><div class="mt-3 border-b py-3"><p class="text-sm font-bold">Riverain81 <span class="font-normal text-neutral-500">le 03/12/2026 à 09:14</span></p><p class="text-sm">Les sirènes de Roquecourbe n’ont pas sonné, on l’a dit dès le premier jour. Merci de le reconnaître enfin.</p></div><a class="mt-3 inline-block text-sm font-bold text-[#e2001a]" href="#">Voir les 12 commentaires</a></section>
</article>
<aside class="hidden lg:block"><div class="sticky top-24"><div class="mb-6 h-[600px] w-[300px] bg-neutral-100 text-center text-xs leading-[600px]">Publicité</div><h2 class="mb-3 font-bold">Les plus lus</h2><div class="grid gap-4">{more}</div></div></aside>
</div>
</main>
<footer class="mt-12 bg-neutral-900 px-4 py-8 text-sm text-neutral-300"><p>© La Dépêche du Midi 2026 - Tous droits réservés</p></footer>
</body>
</html>
"""
    write(
        "05_ladepeche_tailwind_interview_class_questions_ld_array",
        page,
        {
            "title": flat(title),
            "publication": "La Dépêche du Midi",
            "author": "Fabien Lacombe",
            "section": "Castres",
            "date": datetime.date(2026, 12, 3),
            "standfirst": flat(lead),
            "source_url": url,
            "pull_quotes": [flat(quote)],
            "paragraphs": paragraphs,
            "notes": "Tailwind page: no semantic class anywhere in the article. Interview: an "
            "italic presentation paragraph, questions that are <p> in bold only by class "
            "(font-bold, no <strong>) and answers, all paragraphs. Standfirst a bare <p> with "
            "utility classes right after the h1. U+202F before ? : and inside « ». JSON-LD is a "
            "top-level array [NewsArticle, BreadcrumbList], author a plain string, no "
            "articleSection: the breadcrumb's 'Castres' beats the kicker 'Entretien'. Byline "
            "'Recueilli par A'. og:site_name and <title> 'ladepeche.fr', publisher and footer "
            "'La Dépêche du Midi'. Pull quote blockquote by class only; 'À lire aussi' box, "
            "Dailymotion player with a 'VIDÉO.' legend, newsletter box inside the body; caption "
            "credit 'DDM - …'; comments dated the same day. 'Publié le 03/12/2026 à 06:30 , mis "
            "à jour à 08:55'.",
        },
    )


def page06() -> None:
    """Le Desk: custom paywalled analysis, two authors, local day after the UTC day."""
    base = "https://ledesk.ma"
    url = f"{base}/decryptage/dessalement-la-facture-que-letat-ne-montre-pas/"
    title = "Dessalement : la facture que l’État ne montre pas"
    lead = (
        "Trois usines géantes, des milliards de dirhams et une électricité qui n’est pas encore "
        "produite. Derrière l’urgence hydrique, le programme national de dessalement repose sur "
        "des hypothèses de coût que peu d’experts jugent tenables."
    )
    p = [
        "Sur le papier, le calcul est simple. Un mètre cube d’eau dessalée doit sortir des "
        "nouvelles usines de la façade atlantique à moins de 5 dirhams, un prix que les "
        "promoteurs publics du programme répètent dans chacun de leurs documents de "
        "présentation.",
        "Dans les faits, ce chiffre repose sur un prix de l’électricité garanti sur vingt-cinq "
        "ans par des parcs éoliens qui, pour deux des trois sites, n’existent pas encore. Les "
        "contrats consultés par <em>Le Desk</em> prévoient une clause de révision si l’énergie "
        "doit être achetée au réseau.",
        "Trois projets concentrent l’essentiel des investissements annoncés pour 2027-2030 :",
        "Safi, 300 millions de mètres cubes par an, pour 9,4 milliards de dirhams ;",
        "Tiznit, 150 millions de mètres cubes, pour 5,1 milliards ;",
        "Nador, 110 millions de mètres cubes, pour 4,2 milliards.",
        "« Le coût de l’eau dessalée, c’est d’abord un coût de l’énergie, à 60 % environ », "
        "rappelle Karim Bensouda, économiste spécialiste des infrastructures. « Si le vent n’est "
        "pas là, on achète du courant produit au charbon, et le prix du mètre cube peut "
        "doubler. »",
        "Selon ses estimations, que nous avons pu confronter à celles de deux bureaux d’études, "
        "le prix de revient réel se situerait plutôt entre 7 et 9 dirhams le mètre cube pour les "
        "premières années d’exploitation. L’écart serait absorbé par le budget de l’État, sans "
        "apparaître dans le tarif payé par les ménages.",
    ]
    head = "Une énergie qui manque à l’appel"
    audio = (
        '<div class="article-audio"><button class="article-audio__play" aria-label="Écouter">'
        '</button><span class="article-audio__label">Écouter cet article</span> <span '
        'class="article-audio__duration">7 min</span><audio preload="none" '
        f'src="{base}/audio/dessalement-la-facture.mp3"></audio></div>'
    )
    paywall = (
        '<div class="paywall-box" id="paywall"><div class="paywall-box__inner"><span '
        'class="paywall-box__badge">Premium</span><h3 class="paywall-box__title">Cet article '
        "est réservé aux abonnés</h3><p>Il vous reste 72 % de cet article à lire. Accédez à "
        'toutes nos enquêtes et à nos décryptages sans publicité.</p><a class="btn btn-primary" '
        f'href="{base}/abonnement/">Je m’abonne à partir de 49 DH par mois</a><p '
        f'class="paywall-box__login">Déjà abonné ? <a href="{base}/connexion/">Se '
        "connecter</a></p></div></div>"
    )
    body = "\n".join(
        [
            paras(*p[:3]),
            "<ul>" + "".join(f"<li>{x}</li>" for x in p[3:6]) + "</ul>",
            f'<p class="lire-aussi">LIRE AUSSI : <a href="{base}/enquete/barrages-a-sec-le-plan-durgence-en-chiffres/">Barrages à sec : le plan d’urgence en chiffres</a></p>',
            f"<h2>{head}</h2>",
            paras(*p[6:]),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": flat(lead),
        "articleSection": "Économie",
        "datePublished": "2026-12-03T00:40:00+01:00",
        "dateModified": "2026-12-03T00:40:00+01:00",
        "author": [
            {"@type": "Person", "name": "Yasmine Alaoui", "url": f"{base}/auteur/yasmine-alaoui/"},
            {"@type": "Person", "name": "Omar Kettani", "url": f"{base}/auteur/omar-kettani/"},
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Desk",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/img/logo-ledesk.png"},
        },
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".article-body--premium",
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    nav = menu(
        5061,
        "nav-main",
        base,
        ["Politique", "Économie", "Enquêtes", "Décryptage", "Société", "Culture", "Podcasts"],
        5,
    )
    more = "".join(
        f'<article class="card"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><h3 class="card__title">{t["title"]}</h3></a><span class="card__section">{t["section"]}</span></article>'
        for t in teasers(506, 9, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Le Desk</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Le Desk">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/media/2026/12/usine-dessalement-safi.jpg">
<meta property="article:published_time" content="2026-12-02T23:40:00+00:00">
<meta property="article:author" content="Yasmine Alaoui">
<meta property="article:author" content="Omar Kettani">
<meta property="article:content_tier" content="locked">
<link rel="stylesheet" href="{base}/static/css/app.min.css?v=3.14">
<style>{css_blob(5062, "ld", 200)}</style>
{json_script(ld)}
</head>
<body class="page-article is-premium">
<div class="cookie-notice" id="cookie-notice"><p>Le Desk utilise des cookies pour mesurer son audience et vous proposer une expérience adaptée.</p><button id="cookie-accept">OK</button></div>
<header class="header"><a class="header__logo" href="{base}/"><img src="{base}/static/img/logo-ledesk.svg" alt="Le Desk"></a><nav class="header__nav">{nav}</nav><a class="header__subscribe" href="{base}/abonnement/">S’abonner</a><a class="header__login" href="{base}/connexion/">Connexion</a></header>
<main class="main">
<article class="article">
<div class="article__kicker"><a href="{base}/decryptage/">Décryptage</a> <span class="badge badge--premium">Premium</span></div>
<h1 class="article__title">{title}</h1>
<p class="article-chapeau">{lead}</p>
<div class="article__meta"><span class="article__authors">Par <a href="{base}/auteur/yasmine-alaoui/">Yasmine Alaoui</a> et <a href="{base}/auteur/omar-kettani/">Omar Kettani</a></span> <span class="article__date">Le 03/12/2026 à 00h40</span></div>
<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">WhatsApp</a></div>
{audio}
<figure class="article__image"><img src="{base}/media/2026/12/usine-dessalement-safi.jpg" alt=""><figcaption>Le chantier de l’usine de dessalement de Safi, en octobre 2026. <span class="credit">DR</span></figcaption></figure>
<div class="article-body article-body--free">
{body}
</div>
{paywall}
</article>
<section class="related"><h2>Dans la même rubrique</h2>{more}</section>
<div class="newsletter"><h2>La newsletter du Desk</h2><p>Chaque matin à 7 heures, les informations qui comptent.</p><form><input type="email" placeholder="Votre e-mail"><button>S’inscrire</button></form></div>
</main>
<footer class="footer"><p>© 2026 Le Desk. Tous droits réservés. Casablanca.</p></footer>
<script src="{base}/static/js/app.min.js?v=3.14" defer></script>
</body>
</html>
"""
    write(
        "06_ledesk_custom_paywall_analyse_local_next_day",
        page,
        {
            "title": title,
            "publication": "Le Desk",
            "author": "Yasmine Alaoui et Omar Kettani",
            "section": "Économie",
            "date": datetime.date(2026, 12, 3),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [head],
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "Custom CMS, paywalled analysis: eight paragraphs (one introducing a ul of "
            "three items), one h2, then the paywall box ('Cet article est réservé aux abonnés', "
            "72 % left) outside the free body: incomplete. JSON-LD isAccessibleForFree false "
            "with hasPart; article:content_tier locked; 'Premium' badge by the kicker. "
            "articleSection 'Économie' beats the kicker 'Décryptage'. 'Par A et B' in two links, "
            "two article:author metas. Visible 'Le 03/12/2026 à 00h40', JSON-LD "
            "00:40+01:00, article:published_time 2026-12-02T23:40Z: date 3 December (Morocco, "
            "UTC+1). Audio player 'Écouter cet article', 'LIRE AUSSI :' paragraph, caption "
            "credit 'DR' are chrome.",
        },
    )


def page07() -> None:
    """watson.ch (fr): styled-components page, explainer with question subheads, FAQPage."""
    base = "https://www.watson.ch"
    url = f"{base}/fr/suisse/transports/831204512-ag-demi-tarif-billets-degriffes-ce-qui-change-au-1er-janvier"
    title = "AG, demi-tarif, billets dégriffés: ce qui change au 1<sup>er</sup> janvier"
    lead = (
        "Les CFF et l’Alliance SwissPass ont présenté mardi leur nouvelle grille tarifaire. "
        "L’abonnement général devient modulable, le demi-tarif augmente. On fait le point en "
        "quatre questions."
    )
    heads = [
        "Qu’est-ce qui change pour l’AG?",
        "Le demi-tarif augmente-t-il?",
        "Que deviennent les billets dégriffés?",
        "Qui critique la réforme?",
    ]
    intro = [
        "C’est la plus grosse réforme des abonnements depuis l’introduction du SwissPass. À "
        "partir du 1<sup>er</sup> janvier 2027, les voyageurs pourront choisir entre trois "
        "formules d’abonnement général, selon le nombre de jours où ils se déplacent.",
        "L’annonce a été faite mardi à Berne, lors d’une conférence de presse commune des CFF et "
        "de l’Alliance SwissPass, qui fixe les tarifs pour l’ensemble des transports publics du "
        "pays.",
    ]
    ag = (
        "L’AG classique reste disponible, mais il est complété par un «AG 3 jours» et un «AG 4 "
        "jours», valables uniquement les jours choisis chaque semaine dans l’application. Ces "
        "formules visent les pendulaires qui télétravaillent une partie de la semaine."
    )
    table = [
        ["Formule", "2026", "2027"],
        ["AG 2<sup>e</sup> classe", "3995 fr.", "4080 fr."],
        ["AG 4 jours", "–", "3390 fr."],
        ["AG 3 jours", "–", "2790 fr."],
    ]
    half = [
        "Oui. Son prix passe de 190 à 205 francs pour un an. Les CFF justifient la hausse par le "
        "renchérissement de l’énergie et par les investissements prévus dans le matériel roulant.",
        "Les détenteurs actuels conservent leur tarif jusqu’au renouvellement. Trois catégories "
        "bénéficient toutefois d’un rabais:",
    ]
    items = [
        "les jeunes de moins de 25 ans, qui paient 120 francs;",
        "les personnes en situation de handicap;",
        "les détenteurs d’un abonnement communautaire régional.",
    ]
    cheap = (
        "Ils sont maintenus et même étendus aux trajets régionaux à partir de mars. Le rabais "
        "pourra atteindre 70% sur les trains les moins fréquentés, contre 50% aujourd’hui."
    )
    critics = (
        "L’association Voyageurs en réseau dénonce une «usine à gaz» qui pénalise les voyageurs "
        "occasionnels. Le Forum des usagers du rail demande que le Surveillant des prix examine "
        "la hausse du demi-tarif."
    )
    pc = 'class="sc-a1b2c3d4-0 kQxLmP"'
    h2c = 'class="sc-e5f6a7b8-0 hYtRwd"'

    def row(cells: list[str], tag: str) -> str:
        return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"

    table_html = (
        '<div class="sc-9c0d1e2f-0 bPzQrS"><table><thead>'
        + row(table[0], "th")
        + "</thead><tbody>"
        + "".join(row(r, "td") for r in table[1:])
        + "</tbody></table></div>"
    )
    insta = (
        '<div class="sc-3f4a5b6c-0 gHjKlm"><blockquote class="instagram-media" '
        'data-instgrm-permalink="https://www.instagram.com/p/DCf0xYz/" data-instgrm-version="14">'
        '<div><a href="https://www.instagram.com/p/DCf0xYz/" target="_blank">Voir cette '
        "publication sur Instagram</a></div><p>Une publication partagée par CFF "
        "(@cff_ffs)</p></blockquote></div>"
    )
    poll = (
        '<div class="sc-7d8e9f0a-0 pOlLxx"><p class="sc-7d8e9f0a-1 tItLe">Sondage</p><p>Allez-vous '
        "changer d’abonnement?</p><ul><li><button>Oui, pour un AG 3 ou 4 jours</button></li><li>"
        "<button>Non</button></li><li><button>Je n’ai pas d’abonnement</button></li></ul><span>"
        "2841 votes</span></div>"
    )
    ad = '<div class="sc-0a1b2c3d-0 aDvErT"><span>Publicité</span><div id="watson_fr_content_1"></div></div>'
    body = "\n".join(
        [
            paras(*intro, attrs=pc),
            f"<h2 {h2c}>{heads[0]}</h2>",
            paras(ag, attrs=pc),
            table_html,
            insta,
            f"<h2 {h2c}>{heads[1]}</h2>",
            paras(*half, attrs=pc),
            '<ul class="sc-b4c5d6e7-0 lIsTt">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
            ad,
            f"<h2 {h2c}>{heads[2]}</h2>",
            paras(cheap, attrs=pc),
            poll,
            f"<h2 {h2c}>{heads[3]}</h2>",
            paras(critics, attrs=pc),
            f"<p {pc}>(lbu/ats)</p>",
        ]
    )
    paragraphs = (
        [flat(x) for x in intro]
        + [flat(ag)]
        + [" ".join(flat(c) for c in r) for r in table]
        + [flat(x) for x in half + items]
        + [flat(cheap), flat(critics)]
    )
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": flat(title),
            "description": flat(lead),
            "datePublished": "2026-12-03T13:05:00Z",
            "dateModified": "2026-12-03T15:40:00Z",
            "author": [
                {"@type": "Person", "name": "Léa Burnier", "url": f"{base}/fr/u/lea-burnier"}
            ],
            "publisher": {
                "@type": "Organization",
                "name": "watson",
                "logo": {"@type": "ImageObject", "url": f"{base}/img/watson-logo.png"},
            },
            "mainEntityOfPage": url,
            "inLanguage": "fr-CH",
        },
        {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": heads[0],
                    "acceptedAnswer": {"@type": "Answer", "text": flat(ag)},
                },
                {
                    "@type": "Question",
                    "name": heads[1],
                    "acceptedAnswer": {"@type": "Answer", "text": flat(half[0])},
                },
                {
                    "@type": "Question",
                    "name": heads[2],
                    "acceptedAnswer": {"@type": "Answer", "text": flat(cheap)},
                },
            ],
        },
    ]
    state = {
        "props": {
            "pageProps": {
                "story": {
                    "id": "831204512",
                    "title": flat(title),
                    "lead": flat(lead),
                    "topic": "TRANSPORTS",
                    "authors": [{"name": "Léa Burnier", "short": "lbu"}],
                    "published": "2026-12-03T13:05:00Z",
                    "blocks": [
                        {"type": "text", "html": x} for x in [*intro, ag, *half, cheap, critics]
                    ],
                },
                "teasers": teasers(507, 14, base + "/fr", FILLER),
            }
        },
        "page": "/fr/[...path]",
        "buildId": "w4tS0nFr",
    }
    more = "".join(
        f'<a class="sc-c1d2e3f4-0 tEaSeR" href="{t["url"]}"><img src="{t["image"]}" alt=""><span class="sc-c1d2e3f4-1 kIcK">{t["section"].upper()}</span><h3 class="sc-c1d2e3f4-2 hEaD">{t["title"]}</h3></a>'
        for t in teasers(5071, 16, base + "/fr", FILLER)
    )
    navlinks = "".join(
        f'<a class="sc-f0e1d2c3-1 nAvLk" href="{base}/fr/{s.lower()}">{s}</a>'
        for s in [
            "Suisse",
            "International",
            "Économie",
            "Sport",
            "Divertissement",
            "Vivre",
            "Numérique",
        ]
    )
    page = f"""<!DOCTYPE html><html lang="fr-CH"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>{flat(title)} - watson</title><link rel="canonical" href="{url}"/><meta name="description" content="{flat(lead)}"/><meta property="og:site_name" content="watson.ch"/><meta property="og:type" content="article"/><meta property="og:title" content="{flat(title)}"/><meta property="og:url" content="{url}"/><meta property="og:image" content="{base}/imgdb/8f2e/Qx,0,0,1200,675/ag-cff.jpg"/><meta property="og:locale" content="fr_CH"/><meta name="twitter:site" content="@watson_news_fr"/><style data-styled="active" data-styled-version="6.1.8">{css_blob(5072, "sc", 330)}</style>{json_script(ld)}</head><body><div id="__next"><div class="sc-0f1e2d3c-0 cOnSnT" id="onetrust-banner-sdk"><p>En cliquant sur «Accepter», vous acceptez le stockage de cookies sur votre appareil.</p><button id="onetrust-accept-btn-handler">Accepter</button><button>Paramètres</button></div><header class="sc-f0e1d2c3-0 hDrWtS"><a href="{base}/fr" aria-label="watson"><svg viewBox="0 0 100 24"><path d="M0 0h100v24H0z"/></svg></a><nav class="sc-f0e1d2c3-2 nAvBr">{navlinks}</nav></header><main class="sc-1a2b3c4d-0 mAiNn"><article class="sc-2b3c4d5e-0 aRtCl"><div class="sc-2b3c4d5e-1 tOpIc">TRANSPORTS</div><h1 class="sc-2b3c4d5e-2 hEaDl">{title}</h1><p class="sc-2b3c4d5e-3 lEaDd">{lead}</p><div class="sc-2b3c4d5e-4 aUtHr"><img src="{base}/imgdb/authors/lbu.jpg" alt=""/><div><a href="{base}/fr/u/lea-burnier">Léa Burnier</a><button class="sc-2b3c4d5e-5 fOlLw">Suivre</button></div></div><div class="sc-2b3c4d5e-6 dAtEs"><span>03.12.2026, 14:05</span><span> · mis à jour il y a 2 h</span></div><div class="sc-2b3c4d5e-7 sHaRe"><button>Partager</button><button>WhatsApp</button><button>Copier le lien</button></div><figure class="sc-2b3c4d5e-8 fIgUr"><img src="{base}/imgdb/8f2e/Qx,0,0,1200,675/ag-cff.jpg" alt=""/><figcaption><span>Un contrôleur vérifie un SwissPass dans un train régional entre Lausanne et Vevey.</span> <span>image: keystone</span></figcaption></figure><div class="sc-3c4d5e6f-0 bOdYy">
{body}
</div><div class="sc-4d5e6f7a-0 cOmMt"><h2>Commentaires</h2><p class="sc-4d5e6f7a-1 cOuNt">86 commentaires</p><div><strong>Pendulaire_VD</strong><p>Enfin un AG pour ceux qui télétravaillent! Il était temps.</p></div></div></article><section class="sc-5e6f7a8b-0 mOrEe"><h2>Plus de sujets</h2>{more}</section></main><footer class="sc-6f7a8b9c-0 fOoTr"><p>© watson.ch 2026 – Tous droits réservés</p></footer></div>{json_script(state, 'id="__NEXT_DATA__" type="application/json"')}</body></html>"""
    write(
        "07_watsonfr_styled_faq_explainer_question_subheads",
        page,
        {
            "title": flat(title),
            "publication": "watson",
            "author": "Léa Burnier",
            "agency": "ATS",
            "section": "Transports",
            "date": datetime.date(2026, 12, 3),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": heads,
            "paragraphs": paragraphs,
            "notes": "Next.js + styled-components: every class is a hash (sc-…). Explainer whose "
            "h2 subheads are questions ending in '?': subheads, not interview questions (no "
            "interview). `1<sup>er</sup>` in h1 and text, `2<sup>e</sup>` in a table cell. JSON-LD "
            "array [NewsArticle, FAQPage] whose mainEntity nests Questions and acceptedAnswers "
            "(repeating three answers); no articleSection, no breadcrumb: the kicker "
            "'TRANSPORTS' is the only section → 'Transports'. Data table (header + three rows, "
            "each row a paragraph, cells joined by a space); two lists introduced by a "
            "paragraph. Agency only in the closing signature '(lbu/ats)' (not text): agency "
            "ATS. Brand 'watson' in lower case (publisher; og:site_name 'watson.ch'). Instagram "
            "embed, poll, ad, comments are chrome; caption credit 'image: keystone'. "
            "'03.12.2026, 14:05' (13:05Z) and 'mis à jour il y a 2 h'; __NEXT_DATA__ repeats "
            "the text.",
        },
    )


def page08() -> None:
    """Defimedia (Mauritius): Open Graph only, photo-report with long captions, UTC the day before."""
    base = "https://defimedia.info"
    url = f"{base}/en-images-chamarel-les-derniers-planteurs-de-cafe-tiennent-bon"
    title = "En images : à Chamarel, les derniers planteurs de café tiennent bon"
    p = [
        "Sur les pentes de Chamarel, à près de 600 mètres d’altitude, le café se récolte encore à "
        "la main, grain par grain. Une vingtaine de familles perpétuent une culture introduite "
        "dans la région au XVIII<sup>e</sup> siècle, sur des parcelles dont la canne à sucre "
        "n’a jamais voulu.",
        "La récolte, qui s’achève ces jours-ci, s’annonce maigre. La sécheresse de septembre a "
        "fait chuter les rendements de près d’un tiers, selon l’association des petits planteurs "
        "de la région.",
        "Sur sa parcelle de deux arpents, Jean-Marie Labonne, 68 ans, cueille depuis l’aube avec "
        "sa fille et deux voisins. Il ne garde que les cerises bien rouges, les autres "
        "attendront une semaine de plus. « Le café ne pardonne pas l’impatience », dit-il.",
        "Une fois cueillies, les cerises sont dépulpées puis mises à sécher au soleil sur des "
        "claies, pendant deux à trois semaines. Le moindre orage oblige à tout rentrer en "
        "quelques minutes.",
        "Le café de Chamarel se vend aujourd’hui entre Rs 1 800 et Rs 2 400 le kilo, surtout aux "
        "touristes et à quelques hôtels de la côte ouest. Le café importé, torréfié à Port-Louis, "
        "coûte quatre fois moins cher en supermarché.",
        "Les planteurs demandent une indication géographique protégée. Un dossier a été déposé au "
        "ministère de l’Agro-industrie en juin ; il n’a pas encore reçu de réponse.",
        "Sa fille, Mélissa, 34 ans, a quitté un emploi de réceptionniste à Flic-en-Flac pour "
        "reprendre la plantation. Elle vend désormais une partie de la récolte en ligne et "
        "organise des visites le week-end. « Si on ne le fait pas maintenant, dans dix ans il "
        "n’y aura plus personne ici », résume-t-elle.",
    ]
    heads = ["Une culture à flanc de montagne", "La concurrence du café importé"]
    captions = [
        "Jean-Marie Labonne inspecte chaque branche avant de cueillir. Sur les quelque 1 200 "
        "caféiers de sa parcelle, certains ont été plantés par son grand-père dans les années "
        "1950 et donnent encore.",
        "Les cerises de café sont triées à la main sous l’auvent de la maison familiale. Celles "
        "qui flottent dans la bassine d’eau sont écartées : elles sont vides ou abîmées par les "
        "insectes.",
        "Les claies de séchage occupent toute la cour. À la moindre averse, les voisins viennent "
        "aider à rentrer les grains sous la tôle, une solidarité qui fait partie du métier.",
        "Mélissa Labonne fait goûter le café de la plantation à un groupe de visiteurs venus de "
        "La Réunion. Les visites du samedi représentent désormais près d’un tiers des revenus de "
        "la famille.",
    ]
    imgs = ["labonne-branche", "tri-cerises", "claies-sechage", "degustation"]

    def photo(i: int) -> str:
        return (
            '<div class="paragraph paragraph--type--image-legende"><figure class="image-legende">'
            f'<img src="/sites/default/files/styles/article_full/public/2026-12/chamarel-{imgs[i]}.jpg" '
            f'alt="" loading="lazy" width="1000" height="667"><figcaption class="image-legende__caption">{captions[i]} '
            '<span class="image-legende__credit">Photo : Yannick Ramdoo</span></figcaption></figure></div>'
        )

    def text(*xs: str) -> str:
        return (
            '<div class="paragraph paragraph--type--texte"><div class="field field--name-field-texte">'
            + paras(*xs)
            + "</div></div>"
        )

    def sub(h: str) -> str:
        return text(f"<strong>{h}</strong>")

    fbvideo = (
        '<div class="paragraph paragraph--type--video"><iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fdefimedia.info%2Fvideos%2F1181%2F&amp;show_text=false" '
        'width="560" height="314" style="border:none;overflow:hidden" allowfullscreen="true"></iframe>'
        '<div class="video-caption">[Vidéo] Chamarel : une matinée de cueillette avec la famille Labonne</div></div>'
    )
    whatsapp = (
        '<div class="block-whatsapp-channel"><a href="https://whatsapp.com/channel/0029Va0000">'
        "Rejoignez la chaîne WhatsApp de Defimedia pour ne rien rater de l’actualité</a></div>"
    )
    body = "\n".join(
        [
            text(*p[:2]),
            sub(heads[0]),
            photo(0),
            text(p[2]),
            photo(1),
            text(p[3]),
            photo(2),
            '<div class="ad-slot ad-slot--article"><span>Publicité</span><div id="div-gpt-ad-defi-mpu-2"></div></div>',
            sub(heads[1]),
            text(*p[4:6]),
            fbvideo,
            photo(3),
            text(p[6]),
        ]
    )
    read = "".join(
        f'<li><a href="{t["url"]}">{t["title"]}</a></li>' for t in teasers(508, 5, base, FILLER)
    )
    nav = menu(
        5081,
        "menu--main",
        base,
        ["Actualités", "Politique", "Économie", "Faits divers", "Magazine", "Sport", "Vidéos"],
        6,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} | Defimedia</title>
<meta name="description" content="Reportage photo chez les petits planteurs de café de Chamarel, à l’heure d’une récolte difficile.">
<meta property="og:site_name" content="Defimedia">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{title}">
<meta property="og:image" content="{base}/sites/default/files/styles/og/public/2026-12/chamarel-labonne-branche.jpg">
<meta property="article:section" content="Magazine">
<meta property="article:tag" content="Chamarel">
<meta property="article:tag" content="Agriculture">
<meta property="article:published_time" content="2026-12-01T23:10:00+00:00">
<meta property="article:modified_time" content="2026-12-02T05:45:00+00:00">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_defi_Zr8.css">
<style>{css_blob(5082, "defi", 220)}</style>
</head>
<body class="path-node page-node-type-article node--reportage-photo">
<div id="cookie-bar" class="cookie-bar"><p>Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.</p><a class="cookie-bar__ok" href="#">OK</a></div>
<header class="site-header"><div class="site-header__top"><span class="site-header__date">Mercredi 2 décembre 2026</span><a href="/epaper">Le Défi Quotidien en PDF</a></div><a class="site-logo" href="/"><img src="/themes/custom/defi/logo-defimedia.svg" alt="Defimedia"></a><nav>{nav}</nav></header>
<main class="site-main">
<article class="node node--type-article node--view-mode-full">
<div class="node__kicker"><span class="field--name-field-surtitre">Reportage</span></div>
<h1 class="node__title">{title}</h1>
<div class="node__meta"><div class="node__authors"><span>Texte : <a href="/auteur/anouchka-ramsamy">Anouchka Ramsamy</a></span> | <span>Photos : <a href="/auteur/yannick-ramdoo">Yannick Ramdoo</a></span></div><div class="node__date">Publié le : 2 décembre 2026 à 03:10</div><div class="node__comments-count"><a href="#comments">3 commentaires</a></div></div>
<div class="share-buttons"><a class="share-buttons__fb" href="#">Partager</a><a class="share-buttons__wa" href="#">WhatsApp</a><a class="share-buttons__x" href="#">X</a></div>
<div class="node__content field--name-field-paragraphes">
{body}
</div>
{whatsapp}
<div class="node__tags"><span>Tags :</span> <a href="/tags/chamarel">Chamarel</a> <a href="/tags/agriculture">Agriculture</a> <a href="/tags/cafe">Café</a></div>
<div class="block-lire-aussi"><h2>Lire aussi</h2><ul>{read}</ul></div>
<section id="comments" class="comments"><h2>Commentaires</h2><div class="comment"><p class="comment__author">Rajen P. <span>2 décembre 2026 à 08:41</span></p><p>Le meilleur café de l’île, j’en achète à chaque passage. Courage aux planteurs.</p></div><form class="comment-form"><label>Votre commentaire</label><textarea></textarea><button>Envoyer</button></form></section>
</article>
</main>
<footer class="site-footer"><p>© 2026 Defimedia – Le Défi Media Group. Tous droits réservés.</p></footer>
</body>
</html>
"""
    write(
        "08_defimedia_drupal_photoreportage_captions_og_only",
        page,
        {
            "title": title,
            "publication": "Defimedia",
            "author": "Anouchka Ramsamy",
            "section": "Magazine",
            "date": datetime.date(2026, 12, 2),
            "source_url": url,
            "subheads": heads,
            "paragraphs": [flat(x) for x in p],
            "notes": "Drupal 9 with paragraphs (paragraph--type--texte / --image-legende), Open "
            "Graph only: no JSON-LD, no microdata, no canonical (og:url is the address). "
            "Photo-report: four long captions of two sentences each, as long as the text's "
            "paragraphs, are captions (not text), each with 'Photo : …'. Subheads are "
            "<p><strong> alone in their own text block. Byline 'Texte : A | Photos : B': the "
            "photographer is no author. No standfirst. article:section 'Magazine' beats the "
            "surtitre 'Reportage'. Visible 'Publié le : 2 décembre 2026 à 03:10' (Mauritius, "
            "UTC+4); article:published_time 2026-12-01T23:10Z, the day before: date 2 December. "
            "`XVIII<sup>e</sup>`. Facebook video with a '[Vidéo]' caption, ad, WhatsApp channel "
            "box, tags, 'Lire aussi', comments are chrome. og:site_name 'Defimedia', footer "
            "'Defimedia – Le Défi Media Group'.",
        },
    )
