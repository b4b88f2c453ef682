# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout56/web (Canada, Lebanon, Côte d'Ivoire by TV5MONDE, Algeria)."""

import datetime

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page05() -> None:
    """La Presse: custom React, health explainer, no standfirst, list, UTC next day."""
    base = "https://www.lapresse.ca"
    url = f"{base}/actualites/sante/2026-11-18/vaccination-contre-le-vrs/les-75-ans-et-plus-appeles-en-priorite.php"
    title = "Les 75 ans et plus appelés en priorité"
    seo = "Vaccination contre le VRS | Les 75 ans et plus appelés en priorité"
    p = [
        "Québec lancera le 1<sup>er</sup>&nbsp;décembre une campagne de vaccination gratuite "
        "contre le virus respiratoire syncytial (VRS) destinée aux personnes âgées. Les 75&nbsp;ans "
        "et plus, ainsi que les résidants des centres d’hébergement, pourront recevoir une dose "
        "dès cette date, a annoncé mercredi le ministère de la Santé et des Services sociaux.",
        "La mesure était réclamée depuis deux ans par les gériatres et les urgentologues, qui "
        "voient chaque hiver les hôpitaux déborder au moment où la grippe, la COVID-19 et le VRS "
        "circulent en même temps.",
    ]
    s1 = "Un virus sous-estimé"
    q = [
        "Longtemps associé aux bronchiolites des nourrissons, le VRS est aussi dangereux pour "
        "les personnes âgées. Selon l’Institut national de santé publique du Québec (INSPQ), il "
        "serait responsable chaque année d’environ 3500&nbsp;hospitalisations chez les adultes "
        "de 60&nbsp;ans et plus dans la province.",
        "« C’est un virus qu’on ne cherchait pas, donc qu’on ne voyait pas », résume la "
        "D<sup>re</sup>&nbsp;Hélène Brassard, gériatre dans un centre hospitalier de Québec. « "
        "Depuis qu’on teste systématiquement, on se rend compte qu’une part importante des "
        "pneumonies de nos patients âgés vient de là. »",
    ]
    s2 = "Trois groupes visés"
    r = ["Le programme vise, dans un premier temps, trois groupes :"]
    items = [
        "les personnes de 75&nbsp;ans et plus vivant à domicile ;",
        "les résidants des CHSLD et des résidences privées pour aînés ;",
        "les personnes de 60 à 74&nbsp;ans atteintes d’une maladie chronique grave, sur "
        "recommandation médicale.",
    ]
    s = [
        "Une seule dose suffit pour au moins deux saisons, selon les données actuelles. Le "
        "vaccin peut être administré le même jour que celui contre la grippe.",
    ]
    s3 = "En pharmacie dès décembre"
    t = [
        "Les rendez-vous pourront être pris sur la plateforme Clic Santé à partir du "
        "24&nbsp;novembre. Les pharmacies communautaires participeront à la campagne, comme pour "
        "la grippe, ce qui devrait faciliter l’accès en région.",
        "Le ministère a commandé 450&nbsp;000&nbsp;doses pour la première saison, au coût "
        "d’environ 90&nbsp;millions de dollars. L’Association des pharmaciens propriétaires du "
        "Québec salue la décision, mais s’inquiète des délais d’approvisionnement annoncés pour "
        "janvier.",
    ]
    para = 'class="textModule textModule--type-paragraph"'
    read = (
        '<p class="textModule textModule--type-readAlso"><a href="'
        f'{base}/actualites/sante/2026-10-29/urgences/la-saison-des-virus-commence-tot.php">'
        "Lisez « Urgences : la saison des virus commence tôt »</a></p>"
    )
    body = "\n".join(
        [
            paras(*p, attrs=para),
            read,
            f'<h2 class="titleModule titleModule--type-intertitle">{s1}</h2>',
            paras(q[0], attrs=para),
            '<div class="adsModule adsModule--type-bigbox" id="bigbox-1"><span class="adsModule__label">Publicité</span></div>',
            paras(q[1], attrs=para),
            f'<h2 class="titleModule titleModule--type-intertitle">{s2}</h2>',
            paras(*r, attrs=para),
            '<ul class="textModule textModule--type-list">'
            + "".join(f"<li>{x}</li>" for x in items)
            + "</ul>",
            paras(*s, attrs=para),
            f'<h2 class="titleModule titleModule--type-intertitle">{s3}</h2>',
            paras(*t, attrs=para),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "alternativeHeadline": seo,
        "articleSection": "Santé",
        "datePublished": "2026-11-19T00:45:00.000Z",
        "dateModified": "2026-11-19T00:45:00.000Z",
        "author": [
            {
                "@type": "Person",
                "name": "Anne-Sophie Marcotte",
                "url": f"{base}/auteurs/anne-sophie-marcotte",
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "La Presse",
            "logo": {"@type": "ImageObject", "url": f"{base}/images/logo-la-presse-600.png"},
        },
        "image": [f"{base}/images/2026/11/18/vrs-vaccin-1200x800.jpg"],
        "inLanguage": "fr-CA",
        "isAccessibleForFree": True,
    }
    nav = menu(
        5605,
        "navMenu",
        base,
        [
            "Actualités",
            "International",
            "Dialogue",
            "Contexte",
            "Affaires",
            "Sports",
            "Auto",
            "Arts",
            "Cinéma",
        ],
        7,
    )
    more = "".join(
        f'<article class="storyCard"><a class="storyCard__link" href="{x["url"]}.php"><img src="{x["image"]}" alt="" loading="lazy"><p class="storyCard__section">{x["section"]}</p><h3 class="storyCard__title">{x["title"]}</h3></a></article>'
        for x in teasers(566, 18, base + "/actualites/sante/2026-11-18", FILLER)
    )
    page = f"""<!doctype html>
<html lang="fr-CA">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{seo} | La Presse</title>
<meta name="description" content="Québec lancera le 1er décembre une campagne de vaccination gratuite contre le virus respiratoire syncytial destinée aux personnes âgées.">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="La Presse">
<meta property="og:type" content="article">
<meta property="og:locale" content="fr_CA">
<meta property="og:title" content="{seo}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/images/2026/11/18/vrs-vaccin-1200x800.jpg">
<meta property="article:published_time" content="2026-11-19T00:45:00.000Z">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@LP_LaPresse">
<meta name="parsely-title" content="{title}">
<meta name="parsely-section" content="Actualités">
<meta name="parsely-pub-date" content="2026-11-19T00:45:00Z">
<meta name="parsely-author" content="Anne-Sophie Marcotte">
<link rel="stylesheet" href="/dist/css/article.9f3c2e1b.css">
<style>{css_blob(5615, "lp", 300)}</style>
{json_script(ld)}
<script>window.lpDataLayer={{"contentType":"article","section":"actualites/sante","contentId":"2026-11-18-vrs","paywall":"metered"}};</script>
</head>
<body class="articleDetail articleDetail--sante">
<div id="root">
<div class="cookieBanner" role="dialog"><p>La Presse utilise des témoins de navigation pour améliorer votre expérience et mesurer l’audience de ses plateformes.</p><button>Accepter</button><button>Gérer mes préférences</button></div>
<header class="siteHeader"><a class="siteHeader__logo" href="{base}/" aria-label="La Presse"><svg viewBox="0 0 160 40"><path d="M0 0h160v40H0z"/></svg></a><nav class="siteHeader__nav">{nav}</nav><a class="siteHeader__login" href="{base}/connexion">Se connecter</a><a class="siteHeader__donate" href="{base}/dons">Faire un don</a></header>
<main class="articleDetail__main">
<article class="articleDetail__content">
<header class="articleDetail__header">
<nav class="breadcrumbModule" aria-label="Fil d’Ariane"><a href="{base}/actualites/">Actualités</a> <a href="{base}/actualites/sante/">Santé</a></nav>
<div class="headlineCard"><p class="headlineCard__suptitle">Vaccination contre le VRS</p><h1 class="headlineCard__title">{title}</h1></div>
<div class="authorModule"><a class="authorModule__name" href="{base}/auteurs/anne-sophie-marcotte">Anne-Sophie Marcotte</a> <span class="authorModule__organisation">La Presse</span></div>
<div class="publicationsDate"><span class="publicationsDate--type-publication">Publié le 18 novembre 2026 à 19 h 45</span></div>
<div class="shareModule"><button>Partager</button><button>Facebook</button><button>Messenger</button><button>Courriel</button><button>Copier le lien</button></div>
</header>
<figure class="photoModule"><img src="{base}/images/2026/11/18/vrs-vaccin-960x640.jpg" alt="" width="960" height="640"><figcaption class="photoModule__caption"><span class="photoModule__legend">Le vaccin contre le VRS pourra être administré le même jour que celui contre la grippe.</span> <span class="photoModule__credit">Photo Martin Tremblay-Giroux, archives La Presse</span></figcaption></figure>
<div class="articleBody">
{body}
</div>
<aside class="donationModule"><p class="donationModule__title">La Presse a besoin de vous</p><p>Votre don permet de soutenir une information indépendante, gratuite et accessible à tous.</p><a href="{base}/dons">Je donne</a></aside>
<div class="tagsModule"><a href="{base}/tags/sante-publique">Santé publique</a><a href="{base}/tags/vaccination">Vaccination</a><a href="{base}/tags/aines">Aînés</a></div>
</article>
<section class="relatedModule"><h2>Plus dans Santé</h2>{more}</section>
<aside class="newsletterModule"><h2>Infolettre Santé</h2><p>Recevez chaque semaine nos articles sur la santé et le mieux-être.</p><input type="email" placeholder="Adresse courriel"><button>M’abonner</button></aside>
</main>
<footer class="siteFooter"><p>© La Presse (2018) Inc. Tous droits réservés.</p><ul><li><a href="{base}/conditions">Conditions d’utilisation</a></li><li><a href="{base}/confidentialite">Politique de confidentialité</a></li></ul></footer>
</div>
<script src="/dist/js/runtime.2a7b.js" defer></script><script src="/dist/js/article.9f3c2e1b.js" defer></script>
</body>
</html>
"""
    write(
        "05_lapresse_custom_sante_list_no_standfirst_utc_next_day",
        page,
        {
            "title": title,
            "publication": "La Presse",
            "author": "Anne-Sophie Marcotte",
            "section": "Santé",
            "date": datetime.date(2026, 11, 18),
            "source_url": url,
            "subheads": [s1, s2, s3],
            "paragraphs": [flat(x) for x in [*p, *q, *r, *items, *s, *t]],
            "notes": "La Presse health explainer, no standfirst (the meta description is not "
            "one). A suptitle 'Vaccination contre le VRS' (p.headlineCard__suptitle) stands "
            "over the h1; <title>, og:title and JSON-LD alternativeHeadline join it to the "
            "headline with '|' ('Sujet | Titre | La Presse'): the title is the h1 alone. Byline name then 'La Presse' (organisation). Three h2 subheads; introducing "
            "paragraph + ul of three items; a 'Lisez « … »' read-also link set as a <p> inside "
            "the body (chrome); bigbox ad; donation box after the body. Visible 'Publié le 18 "
            "novembre 2026 à 19 h 45'; datePublished 2026-11-19T00:45:00.000Z (the UTC next "
            "day) -> 18 November. 1<sup>er</sup> -> '1er', D<sup>re</sup> -> 'Dre'. "
            "articleSection 'Santé' (breadcrumb 'Actualités › Santé' agrees; parsely-section "
            "'Actualités').",
        },
    )


def page06() -> None:
    """L'Orient-Le Jour: custom, obituary, kicker the only section, poem quoted, AFP photo."""
    base = "https://www.lorientlejour.com"
    url = f"{base}/article/1448215/wadih-karam-le-poete-des-ports-sest-eteint-a-88-ans.html"
    title = "Wadih Karam, le poète des ports, s’est éteint à 88 ans"
    p = [
        "Le poète libanais Wadih Karam est mort vendredi à Beyrouth, à l’âge de 88 ans, a "
        "annoncé samedi sa famille. Auteur d’une vingtaine de recueils écrits en arabe et en "
        "français, il laisse une œuvre traversée par la mer, les ports et l’exil.",
        "Né en 1938 à Tripoli, dans une famille de marins, Wadih Karam avait publié son premier "
        "recueil, <em>Les Quais du Nord</em>, à 22 ans. Il y décrivait déjà ce port où son père "
        "chargeait les cargos d’agrumes en partance pour Marseille et Alexandrie.",
    ]
    subhead = "Entre Tripoli et Paris"
    q = [
        "Parti étudier les lettres à Paris en 1962, il y avait fréquenté les cercles de poètes "
        "arabes de la rive gauche, avant de rentrer au Liban au début de la guerre civile. « Je "
        "ne pouvais pas écrire sur la mer en la regardant de loin », confiait-il en 2009 à "
        "<em>L’Orient-Le Jour</em>.",
        "Pendant les années de guerre, il avait enseigné au lycée de Tripoli et continué à "
        "publier, à compte d’auteur, de minces plaquettes distribuées de main en main. L’une "
        "d’elles, <em>Sel</em>, demeure l’un de ses textes les plus lus :",
    ]
    poem = [
        "<em>Nous avons appris la mer avant l’alphabet,</em>",
        "<em>et chaque nom de port nous est resté dans la bouche comme un grain de sel.</em>",
    ]
    quote = "« Je ne pouvais pas écrire sur la mer en la regardant de loin »"
    r = [
        "Traduit en italien, en espagnol et en grec, Wadih Karam avait reçu en 2014 les insignes "
        "de chevalier des Arts et des Lettres. Il présidait depuis 2017 le jury d’un prix de "
        "poésie destiné aux jeunes auteurs du Liban-Nord.",
        "Ses obsèques seront célébrées lundi à 15h en l’église Saint-Georges de Tripoli. Il "
        "laisse son épouse, Nayla, deux filles et cinq petits-enfants.",
    ]
    memo = "".join(
        f'<li><a href="{base}/article/{n}/{s}.html">{t}</a></li>'
        for n, s, t in [
            (
                1290114,
                "a-tripoli-les-poetes-de-la-mer-font-escale",
                "À Tripoli, les poètes de la mer font escale",
            ),
            (
                1373009,
                "le-salon-du-livre-francophone-rend-hommage-aux-auteurs-du-nord",
                "Le Salon du livre francophone rend hommage aux auteurs du Nord",
            ),
        ]
    )
    body = "\n".join(
        [
            paras(*p),
            f'<h2 class="article-subtitle">{subhead}</h2>',
            paras(q[0]),
            f'<aside class="quote-box"><p>{quote}</p></aside>',
            paras(q[1]),
            "<blockquote>" + paras(*poem) + "</blockquote>",
            f'<div class="related-box"><span class="related-box__title">Pour mémoire</span><ul>{memo}</ul></div>',
            paras(*r),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "url": url,
        "mainEntityOfPage": url,
        "headline": title,
        "datePublished": "2026-11-21T19:30:00+02:00",
        "dateModified": "2026-11-21T19:30:00+02:00",
        "author": {
            "@type": "Person",
            "name": "Zeina Antonios",
            "url": f"{base}/author/2214-zeina-antonios",
        },
        "publisher": {
            "@type": "Organization",
            "name": "L'Orient-Le Jour",
            "logo": {"@type": "ImageObject", "url": f"{base}/assets/img/olj-logo.png"},
        },
        "image": {
            "@type": "ImageObject",
            "url": "https://s.lorientlejour.com/storage/attachments/1449/wadih-karam_1150218.jpg",
        },
        "isAccessibleForFree": True,
    }
    nav = menu(
        5606,
        "main-menu",
        base,
        ["Liban", "Moyen-Orient", "Monde", "Économie", "Culture", "Sport", "Opinions", "Podcasts"],
        6,
    )
    comments = "".join(
        f'<div class="comment"><div class="comment__head"><span class="comment__author">{n}</span> <span class="comment__date">{d}</span></div><p class="comment__body">{c}</p></div>'
        for n, d, c in [
            (
                "Antoine R.",
                "22 novembre 2026 à 08h12",
                "Un immense poète, trop peu lu de son vivant. Merci pour ce bel hommage.",
            ),
            (
                "Mona H.",
                "22 novembre 2026 à 11h40",
                "J’ai eu la chance de l’avoir comme professeur à Tripoli. Il nous lisait Sel à voix haute.",
            ),
        ]
    )
    most = "".join(
        f'<li><a href="{x["url"]}.html">{x["title"]}</a></li>'
        for x in teasers(567, 8, base + "/article", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wadih Karam, le poète des ports, s’est éteint à 88 ans - L'Orient-Le Jour</title>
<meta name="description" content="Le poète libanais, auteur d’une vingtaine de recueils en arabe et en français, est mort vendredi à Beyrouth.">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="L'Orient-Le Jour">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://s.lorientlejour.com/storage/attachments/1449/wadih-karam_1150218.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@LOrientLeJour">
<meta name="author" content="Zeina Antonios">
<link rel="stylesheet" href="{base}/assets/css/app.css?id=8c1f0b2d7e">
<style>{css_blob(5616, "olj", 260)}</style>
{json_script(ld)}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"articleId":1448215,"category":"Culture","premium":false,"author":"Zeina Antonios"}});</script>
</head>
<body class="article-page">
<div class="cookie-notice" id="cookie-notice"><p>Ce site utilise des cookies pour améliorer votre expérience de navigation.</p><button>J’accepte</button></div>
<div class="top-bar"><span class="top-bar__date">Dimanche 22 novembre 2026</span> <a href="{base}/abonnement">S’abonner</a> <a href="{base}/login">Connexion</a></div>
<header class="site-header"><a class="site-header__logo" href="{base}/"><img src="{base}/assets/img/olj-logo.svg" alt="L'Orient-Le Jour"></a><nav>{nav}</nav></header>
<main class="container">
<div class="row">
<div class="col-lg-8">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<div class="article-header">
<div class="article-category"><a href="{base}/category/culture">CULTURE</a></div>
<h1 class="article-title" itemprop="headline">{title}</h1>
<div class="article-infos"><span class="article-source">OLJ</span> / <span class="article-author">Par <a href="{base}/author/2214-zeina-antonios">Zeina Antonios</a></span>, le <time datetime="2026-11-21T19:30:00+02:00">21 novembre 2026 à 19h30</time></div>
<div class="article-share"><a href="#" class="share-fb">Facebook</a><a href="#" class="share-x">X</a><a href="#" class="share-wa">WhatsApp</a><a href="#" class="share-mail">Email</a></div>
</div>
<figure class="article-image"><img src="https://s.lorientlejour.com/storage/attachments/1449/wadih-karam_1150218.jpg" alt="Wadih Karam" width="850" height="560"><figcaption>Wadih Karam en 2009, chez lui à Beyrouth. Photo d’archives AFP</figcaption></figure>
<div class="article-content" itemprop="articleBody">
{body}
</div>
<div class="article-tags"><a href="{base}/tag/poesie">Poésie</a><a href="{base}/tag/tripoli">Tripoli</a><a href="{base}/tag/disparition">Disparition</a></div>
<div class="newsletter-inline"><p class="newsletter-inline__title">Chaque matin, l’essentiel de l’actualité libanaise et régionale</p><form><input type="email" placeholder="Votre e-mail"><button>Je m’inscris</button></form></div>
</article>
<section class="comments" id="comments"><h3>Commentaires (2)</h3>{comments}<p class="comments__note">Les commentaires sont réservés aux abonnés.</p></section>
</div>
<aside class="col-lg-4 sidebar"><div class="most-read"><h3>Les plus lus</h3><ol>{most}</ol></div><div class="ad ad-sidebar"><span>Publicité</span></div></aside>
</div>
</main>
<footer class="site-footer"><p>© 2026 L'Orient-Le Jour. Tous droits réservés.</p><ul><li><a href="{base}/page/qui-sommes-nous">Qui sommes-nous</a></li><li><a href="{base}/page/contact">Contact</a></li></ul></footer>
<script src="{base}/assets/js/app.js?id=6e2a9d4f10" defer></script>
</body>
</html>
"""
    write(
        "06_lorientlejour_custom_necrologie_kicker_only_poem",
        page,
        {
            "title": title,
            "publication": "L'Orient-Le Jour",
            "author": "Zeina Antonios",
            "section": "Culture",
            "date": datetime.date(2026, 11, 21),
            "source_url": url,
            "subheads": [subhead],
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in [*p, *q, *poem, *r]],
            "notes": "L'Orient-Le Jour obituary, no standfirst. Only section source: the "
            "category link 'CULTURE' written in capitals -> 'Culture' (no articleSection, no "
            "article:section, no breadcrumb; the tag 'Disparition' is not one). Byline 'OLJ / "
            "Par Name, le 21 novembre 2026 à 19h30' (+02:00). Caption 'Photo d’archives AFP' "
            "is a photo credit: no agency. One h2; aside.quote-box repeating a quotation of "
            "the text; a plain <blockquote> of two lines of verse in <em> (two paragraphs); "
            "'Pour mémoire' link box inside the body; top bar date of the day of saving (22 "
            "November); two dated comments; itemprop=articleBody on the body.",
        },
    )


def page07() -> None:
    """TV5MONDE: Drupal, AFP dispatch whose body is one div split by <br>, meta section."""
    base = "https://information.tv5monde.com"
    url = f"{base}/afrique/cote-divoire-la-lagune-ebrie-fermee-la-peche-pendant-trois-mois-2791406"
    title = "Côte d'Ivoire : la lagune Ébrié fermée à la pêche pendant trois mois"
    lead = (
        "Les autorités ivoiriennes ont décidé d’interdire toute activité de pêche sur une partie "
        "de la lagune Ébrié, à Abidjan, après une vague de mortalité de poissons. Des milliers "
        "de pêcheurs sont concernés."
    )
    segs = [
        "Abidjan (AFP) - Le gouvernement ivoirien a annoncé jeudi la fermeture de la pêche sur "
        "la partie ouest de la lagune Ébrié pendant trois mois, à la suite de la découverte de "
        "plusieurs tonnes de poissons morts depuis début novembre.",
        '"Cette mesure est temporaire et vise à protéger à la fois la santé des populations et '
        'la ressource halieutique", a déclaré le ministre des Ressources animales et '
        "halieutiques lors d'une conférence de presse à Abidjan.",
        "Selon les premières analyses du Centre ivoirien antipollution (Ciapol), la mortalité "
        "serait liée à une chute brutale du taux d'oxygène dans l'eau, provoquée par des rejets "
        "d'eaux usées et par la prolifération d'algues.",
        "Quelque 4.000 pêcheurs artisanaux, pour la plupart installés dans les villages "
        "lagunaires de Yopougon, Songon et Dabou, vivent de cette portion de la lagune. Le "
        "gouvernement a promis une indemnisation mensuelle de 60.000 francs CFA (environ 91 "
        "euros) par pêcheur enregistré.",
        "\"Trois mois sans pêcher, c'est trois mois sans manger. 60.000 francs, ça ne couvre "
        "même pas la scolarité des enfants\", a réagi auprès de l'AFP Adama Koné, président "
        "d'une coopérative de pêcheurs de Songon.",
        "La lagune Ébrié, qui borde la capitale économique ivoirienne, subit depuis des années "
        "une forte pression urbaine. Un programme de sauvegarde de la baie de Cocody avait déjà "
        "été lancé en 2023 pour limiter l'envasement et les rejets.",
        "Les autorités ont également interdit la vente de poisson lagunaire sur les marchés "
        "d'Abidjan jusqu'à nouvel ordre.",
    ]
    read = (
        '<strong>► Lire aussi :</strong> <a href="'
        f'{base}/afrique/abidjan-les-pecheurs-de-la-lagune-face-la-pollution-2644017">'
        "Abidjan : les pêcheurs de la lagune face à la pollution</a>"
    )
    sep = ["<br />\n<br />\n", "<br>\r\n<br>\r\n", "<br />\n<br />\n"]
    chunks = [*segs[:5], read, *segs[5:]]
    text = ""
    for i, c in enumerate(chunks):
        text += c + (sep[i % 3] if i < len(chunks) - 1 else "\n")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "name": title,
        "description": flat(lead),
        "datePublished": "2026-11-19T17:05:00+01:00",
        "dateModified": "2026-11-19T18:20:00+01:00",
        "author": {"@type": "Organization", "name": "TV5MONDE", "url": base},
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "TV5MONDE",
            "logo": {"@type": "ImageObject", "url": f"{base}/themes/custom/tv5monde/logo.png"},
        },
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/sites/info.tv5monde.com/files/styles/large/public/2026-11/lagune-ebrie-afp.jpg",
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    nav = menu(
        5607,
        "menu--main",
        base,
        ["Info", "Afrique", "International", "Terriennes", "Culture", "Sport", "Environnement"],
        6,
    )
    more = "".join(
        f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><a href="{x["url"]}"><img src="{x["image"]}" alt="" loading="lazy"><h3 class="node__title">{x["title"]}</h3></a></article></div>'
        for x in teasers(568, 12, base + "/afrique", FILLER)
    )
    drupal = {
        "path": {"baseUrl": "/", "currentPath": "node/2791406", "currentLanguage": "fr"},
        "tv5monde": {
            "nid": "2791406",
            "type": "article",
            "rubrique": "Afrique",
            "pays": "Côte d'Ivoire",
        },
        "gtag": {"tagId": "G-TV5INFO01"},
    }
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="{flat(lead)}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="TV5MONDE Info" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="{flat(lead)}" />
<meta property="og:image" content="{base}/sites/info.tv5monde.com/files/styles/large/public/2026-11/lagune-ebrie-afp.jpg" />
<meta property="article:section" content="Afrique" />
<meta property="article:tag" content="Côte d'Ivoire" />
<meta property="article:tag" content="pêche" />
<meta property="article:published_time" content="2026-11-19T17:05:00+01:00" />
<meta property="article:modified_time" content="2026-11-19T18:20:00+01:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@TV5MONDEINFO" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{json_script(ld)}
<title>Côte d'Ivoire : la lagune Ébrié fermée à la pêche pendant trois mois | TV5MONDE - Informations</title>
<link rel="stylesheet" media="all" href="/sites/info.tv5monde.com/files/css/css_Yk3pQx0A2v9.css?delta=0&amp;language=fr&amp;theme=tv5monde" />
<style>{css_blob(5617, "tv5", 280)}</style>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div id="didomi-host"><div class="didomi-popup-container"><p>TV5MONDE et ses partenaires utilisent des cookies pour mesurer l’audience et vous proposer des contenus adaptés.</p><button id="didomi-notice-agree-button">Accepter</button><button>Refuser</button></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header" role="banner"><div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/tv5monde/logo.svg" alt="TV5MONDE Info" /></a><nav role="navigation" class="block block-menu navigation menu--main">{nav}</nav><a class="header__live" href="https://www.tv5monde.com/direct">Direct TV</a></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol><li><a href="/">Info</a></li><li><a href="/afrique">Afrique</a></li><li><a href="/afrique/cote-divoire">Côte d'Ivoire</a></li></ol></nav></div>
<article role="article" class="node node--type-article node--view-mode-full">
<div class="node__header">
<div class="field field--name-field-pays field--type-entity-reference"><a href="/afrique/cote-divoire">Côte d'Ivoire</a></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
<div class="node__meta"><div class="field field--name-field-signature">TV5MONDE avec AFP</div> <div class="node__dates"><span class="date-published">Publié le 19.11.2026 à 17:05</span> <span class="date-updated">Mise à jour 19.11.2026 à 18:20</span></div></div>
<div class="social-share"><a href="#" class="social-share__facebook">Partager sur Facebook</a><a href="#" class="social-share__x">Partager sur X</a><a href="#" class="social-share__whatsapp">Partager sur WhatsApp</a></div>
</div>
<div class="field field--name-field-image field--type-image"><figure><img src="/sites/info.tv5monde.com/files/styles/large/public/2026-11/lagune-ebrie-afp.jpg" alt="" width="1200" height="675" loading="lazy" /><figcaption>Des pêcheurs sur la lagune Ébrié, à Abidjan, le 12 novembre 2026. <span class="credit">© AFP / Sia Kambou</span></figcaption></figure></div>
<div class="clearfix text-formatted field field--name-field-chapo field--type-text-long field--label-hidden field__item"><p>{lead}</p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{text}</div>
<div class="field field--name-field-video"><div class="video-embed"><div class="dailymotion-player" data-video="x9lagune"></div><p class="video-embed__legend">Côte d'Ivoire : la pollution de la lagune Ébrié inquiète les pêcheurs. Reportage de TV5MONDE, 2 min 10.</p></div></div>
<div class="field field--name-field-tags"><a href="/tags/cote-divoire">Côte d'Ivoire</a><a href="/tags/peche">Pêche</a><a href="/tags/environnement">Environnement</a></div>
</article>
<section class="block block-views block-views-block-related"><h2>Dans la même rubrique</h2><div class="view-content">{more}</div></section>
</main>
<footer class="footer" role="contentinfo"><p>© TV5MONDE 2026</p><ul class="menu"><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/donnees-personnelles">Données personnelles</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</div>
{json_script(drupal, 'type="application/json" data-drupal-selector="drupal-settings-json"')}
<script src="/sites/info.tv5monde.com/files/js/js_Qm8c2LwD0a.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=tv5monde"></script>
</body>
</html>
"""
    write(
        "07_tv5monde_drupal_afp_br_split_meta_section",
        page,
        {
            "title": title,
            "publication": "TV5MONDE",
            "author": None,
            "agency": "AFP",
            "section": "Afrique",
            "date": datetime.date(2026, 11, 19),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in segs],
            "notes": "TV5MONDE Drupal 10 page of an AFP dispatch: the body is one "
            "field--name-body div split only by <br /><br /> (two separators with CRLF); "
            "the '► Lire aussi :' segment is chrome. Dateline 'Abidjan (AFP) - …' kept in "
            "the first paragraph; straight quotes and apostrophes as AFP writes them; '4.000' "
            "thousand separators. Signature 'TV5MONDE avec AFP' (JSON-LD author the "
            "Organization): no person, agency AFP; caption '© AFP / …' is a photo credit. "
            "meta article:section 'Afrique' (no articleSection) beats the breadcrumb's last "
            "item 'Côte d'Ivoire', which is also the country label over the h1. Standfirst "
            "in field--name-field-chapo; video legend after the body; og:site_name 'TV5MONDE "
            "Info', publisher and footer 'TV5MONDE'. 'Publié le 19.11.2026 à 17:05'.",
        },
    )


def wp(fragment: str) -> str:
    """A fragment as WordPress's wptexturize writes it into the page (numeric entities)."""
    return (
        fragment.replace("’", "&#8217;")
        .replace("« ", "&laquo;&nbsp;")
        .replace(" »", "&nbsp;&raquo;")
        .replace(" ?", "&nbsp;?")
    )


def page08() -> None:
    """El Watan: WordPress + Rank Math @graph, interview in bold Q/A, signature in body."""
    base = "https://elwatan-dz.com"
    slug = "karim-benaissa-le-dessalement-ne-dispense-pas-dune-vraie-politique-de-leau"
    url = f"{base}/{slug}"
    title = "Karim Benaïssa : « Le dessalement ne dispense pas d’une vraie politique de l’eau »"
    qa = [
        "<em>Économiste, spécialiste des ressources hydriques et enseignant à l’École nationale "
        "supérieure d’hydraulique de Blida, Karim Benaïssa revient sur le programme de stations "
        "de dessalement lancé par les pouvoirs publics et sur les défis de la gestion de l’eau "
        "en Algérie.</em>",
        "<strong>Cinq nouvelles stations de dessalement doivent entrer en service d’ici 2027. "
        "Est-ce suffisant pour mettre fin aux coupures d’eau ?</strong>",
        "Elles vont soulager les grandes villes du littoral, c’est indéniable. Avec une capacité "
        "totale de 1,5 million de mètres cubes par jour, elles couvriront une bonne partie des "
        "besoins d’Alger, d’Oran et de Béjaïa. Mais le dessalement ne règle ni les fuites sur "
        "les réseaux ni la situation des wilayas de l’intérieur.",
        "<strong>Les fuites sont-elles si importantes ?</strong>",
        "Selon les estimations disponibles, entre 30 et 40% de l’eau produite n’arrive jamais au "
        "robinet. Cela veut dire qu’une station sur trois sert, en quelque sorte, à compenser des "
        "canalisations vétustes. Réhabiliter les réseaux coûte moins cher que construire des "
        "usines, mais c’est moins visible.",
        "<strong>Le coût énergétique du dessalement est souvent critiqué. À juste titre ?</strong>",
        "Il faut environ 3,5 kilowattheures pour produire un mètre cube d’eau dessalée. Tant que "
        "cette énergie vient du gaz, le coût reste supportable pour l’Etat, mais il pèse sur les "
        "volumes exportables. Coupler les stations à des centrales solaires serait une solution "
        "de long terme.",
        "<strong>Et l’agriculture, premier consommateur d’eau ?</strong>",
        "C’est le cœur du sujet. L’agriculture absorbe près de 70% des ressources mobilisées. "
        "Tant que l’on continuera à irriguer par submersion dans certaines régions, aucun "
        "programme de dessalement ne suffira. Le goutte-à-goutte progresse, mais trop lentement, "
        "faute d’accompagnement des petits exploitants.",
        "<strong>Que faudrait-il changer en priorité ?</strong>",
        "La tarification, d’abord. Le prix de l’eau pour les ménages n’a presque pas évolué "
        "depuis 2005. Je ne dis pas qu’il faut l’augmenter pour tous, mais une tarification "
        "progressive, qui protège les petits consommateurs et fait payer davantage les gros, "
        "enverrait le bon signal.",
    ]
    signature = "<strong>Propos recueillis par Samia Ould-Ali</strong>"
    body = "\n".join(
        [
            paras(*[wp(x) for x in qa[:5]]),
            '<div class="code-block code-block-3" style="margin: 8px auto; text-align: center; display: block; clear: both;"><div class="ew-ad" id="div-gpt-ad-inarticle"><span>Publicité</span></div></div>',
            paras(*[wp(x) for x in qa[5:]]),
            f'<p style="text-align: right;">{signature}</p>',
        ]
    )
    author_id = f"{base}/author/samia-ould-ali"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": ["NewsMediaOrganization", "Organization"],
                "@id": f"{base}/#organization",
                "name": "El Watan",
                "url": base,
                "logo": {
                    "@type": "ImageObject",
                    "@id": f"{base}/#logo",
                    "url": f"{base}/wp-content/uploads/2023/02/logo-elwatan.png",
                },
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base,
                "name": "El Watan",
                "publisher": {"@id": f"{base}/#organization"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": "1",
                        "item": {"@id": base, "name": "Accueil"},
                    },
                    {
                        "@type": "ListItem",
                        "position": "2",
                        "item": {"@id": f"{base}/category/economie", "name": "Économie"},
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
                "@id": f"{url}#webpage",
                "url": url,
                "name": f"{flat(title)} - El Watan",
                "datePublished": "2026-11-25T10:12:47+01:00",
                "dateModified": "2026-11-25T10:12:47+01:00",
                "isPartOf": {"@id": f"{base}/#website"},
                "inLanguage": "fr-FR",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            {
                "@type": "Person",
                "@id": author_id,
                "name": "Samia Ould-Ali",
                "url": author_id,
                "worksFor": {"@id": f"{base}/#organization"},
            },
            {
                "@type": "NewsArticle",
                "headline": f"{flat(title)} - El Watan",
                "keywords": "dessalement,eau,agriculture,Algérie",
                "datePublished": "2026-11-25T10:12:47+01:00",
                "dateModified": "2026-11-25T10:12:47+01:00",
                "articleSection": "Économie, Entretiens",
                "author": {"@id": author_id, "name": "Samia Ould-Ali"},
                "publisher": {"@id": f"{base}/#organization"},
                "description": "Karim Benaïssa revient sur le programme de stations de dessalement et sur les défis de la gestion de l'eau en Algérie.",
                "name": f"{flat(title)} - El Watan",
                "@id": f"{url}#richSnippet",
                "isPartOf": {"@id": f"{url}#webpage"},
                "inLanguage": "fr-FR",
                "mainEntityOfPage": {"@id": f"{url}#webpage"},
            },
        ],
    }
    nav = menu(
        5608,
        "menu",
        base,
        ["Actualité", "Économie", "International", "Régions", "Culture", "Sports", "Contributions"],
        6,
    )
    related = "".join(
        f'<div class="related-item"><a href="{x["url"]}"><img src="{x["image"]}" alt="" loading="lazy" decoding="async"><h4>{x["title"]}</h4></a></div>'
        for x in teasers(569, 6, base, FILLER)
    )
    latest = "".join(
        f'<li><a href="{x["url"]}">{x["title"]}</a></li>' for x in teasers(570, 10, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<!-- Search Engine Optimization by Rank Math PRO - https://rankmath.com/ -->
<title>{flat(title)} - El Watan</title>
<meta name="description" content="Karim Benaïssa revient sur le programme de stations de dessalement et sur les défis de la gestion de l&#039;eau en Algérie."/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{flat(title)} - El Watan" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="El Watan" />
<meta property="article:publisher" content="https://www.facebook.com/elwatan.dz" />
<meta property="article:tag" content="dessalement" />
<meta property="article:tag" content="eau" />
<meta property="article:section" content="Économie" />
<meta property="og:image" content="{base}/wp-content/uploads/2026/11/dessalement-station.jpg" />
<meta property="article:published_time" content="2026-11-25T10:12:47+01:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{flat(title)} - El Watan" />
<meta name="twitter:label1" content="Écrit par" />
<meta name="twitter:data1" content="Samia Ould-Ali" />
<meta name="twitter:label2" content="Temps de lecture" />
<meta name="twitter:data2" content="3 minutes" />
{json_script(graph, 'type="application/ld+json" class="rank-math-schema-pro"')}
<!-- /Rank Math WordPress SEO plugin -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.8.1' media='all' />
<link rel='stylesheet' id='elwatan-style-css' href='{base}/wp-content/themes/elwatan/style.css?ver=3.4.2' media='all' />
<style id='elwatan-inline-css'>{css_blob(5618, "ew", 260)}</style>
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-418772 single-format-standard category-economie category-entretiens">
<div id="page" class="site">
<div class="top-bar"><span class="top-bar__date">Mercredi 25 novembre 2026</span> <a href="{base}/epaper">Édition PDF</a></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="{base}/" rel="home"><img src="{base}/wp-content/uploads/2023/02/logo-elwatan.png" alt="El Watan" width="260" height="60"></a></div><nav id="site-navigation" class="main-navigation">{nav}</nav></header>
<div id="content" class="site-content">
<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="{base}">Accueil</a><span class="separator"> &raquo; </span><a href="{base}/category/economie">Économie</a><span class="separator"> &raquo; </span><span class="last">{wp(flat(title))}</span></p></nav>
<main id="primary" class="site-main">
<article id="post-418772" class="post-418772 post type-post status-publish format-standard has-post-thumbnail hentry category-economie category-entretiens tag-dessalement tag-eau">
<header class="entry-header">
<div class="entry-cats"><a href="{base}/category/economie" rel="category tag">Économie</a> <a href="{base}/category/entretiens" rel="category tag">Entretiens</a></div>
<h1 class="entry-title">{wp(title)}</h1>
<div class="entry-meta"><span class="byline">Par <span class="author vcard"><a class="url fn n" href="{author_id}">Samia Ould-Ali</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2026-11-25T10:12:47+01:00">25 novembre 2026</time></span></div>
</header>
<div class="post-thumbnail"><img width="1024" height="576" src="{base}/wp-content/uploads/2026/11/dessalement-station-1024x576.jpg" class="attachment-large size-large wp-post-image" alt="" decoding="async" srcset="{base}/wp-content/uploads/2026/11/dessalement-station-1024x576.jpg 1024w, {base}/wp-content/uploads/2026/11/dessalement-station-300x169.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-caption-text">La station de dessalement de Cap Djinet, à l’est d’Alger. Photo : D. R.</figcaption></div>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="tags-links">Mots-clés : <a href="{base}/tag/dessalement" rel="tag">dessalement</a>, <a href="{base}/tag/eau" rel="tag">eau</a></span></footer>
<div class="share-post"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a> <a href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">Twitter</a> <a href="https://api.whatsapp.com/send?text={url}" target="_blank" rel="noopener">WhatsApp</a></div>
</article>
<section class="related-posts"><h3 class="related-posts__title">Articles similaires</h3>{related}</section>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire" /></p></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Derniers articles</h2><ul>{latest}</ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2026 El Watan. Tous droits réservés.</div></footer>
</div>
<script type="speculationrules">{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"/*"}}]}},"eagerness":"conservative"}}]}}</script>
<script src="{base}/wp-content/themes/elwatan/js/navigation.js?ver=3.4.2" id="elwatan-navigation-js"></script>
</body>
</html>
"""
    write(
        "08_elwatan_wordpress_rankmath_entretien_signature",
        page,
        {
            "title": flat(title),
            "publication": "El Watan",
            "author": "Samia Ould-Ali",
            "section": "Économie",
            "date": datetime.date(2026, 11, 25),
            "source_url": url,
            "paragraphs": [flat(x) for x in qa],
            "notes": "El Watan (Algeria), WordPress + Rank Math @graph. Interview: an italic "
            "presentation paragraph (the first body paragraph, no separate standfirst), "
            "questions in <p><strong> (paragraphs) and answers; the closing right-aligned "
            "'Propos recueillis par Name' inside entry-content is the signature, not text. "
            "wptexturize entities (&#8217;, &laquo;&nbsp;) in body and h1. Rank Math's "
            "articleSection is one comma-joined string 'Économie, Entretiens': its first item "
            "'Économie' (meta article:section agrees); the JSON-LD headline and og:title carry "
            "' - El Watan'. Ad inside the body (code-block); top bar date; comment form; "
            "caption 'Photo : D. R.'.",
        },
    )
