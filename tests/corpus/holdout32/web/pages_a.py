# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout32/web (Switzerland, Belgium, Canada)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def js(data: object) -> str:
    """JSON for an inline state assignment, escaped as sites do."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def page01() -> None:
    """RTS: Nuxt front end, agency brief signed 'ats/lgr', no person credited, video legend."""
    base = "https://www.rts.ch"
    url = f"{base}/info/suisse/2026/article/la-poste-relevera-le-prix-du-courrier-a-en-2027-29184455.html"
    title = "La Poste relèvera le prix du courrier A de dix centimes en 2027"
    lead = (
        "Envoyer une lettre en courrier A coûtera 1&nbsp;fr. 30 dès le 1<sup>er</sup> avril "
        "2027. Le Surveillant des prix a donné son feu vert mardi, au terme de six mois de "
        "négociations."
    )
    p = [
        "La Poste justifie cette hausse par le recul continu des volumes: le nombre de lettres "
        "adressées a diminué de 4,8% l’an dernier, pour s’établir à 1,52&nbsp;milliard d’envois. "
        "Le géant jaune estime que le service universel lui coûte désormais près de 300&nbsp;millions "
        "de francs par an.",
        "Le prix du courrier B passera quant à lui de 1&nbsp;fr. 10 à 1&nbsp;fr. 15. Les tarifs "
        "des colis ne sont pas concernés par cette décision, a précisé l’entreprise dans un "
        "communiqué.",
        "Le Surveillant des prix, qui demandait initialement une hausse limitée à cinq centimes, "
        "dit avoir obtenu en contrepartie le gel des tarifs des cases postales et des envois "
        "recommandés jusqu’en 2029.",
        "Les associations de consommateurs romandes ont dénoncé «une nouvelle facture pour les "
        "personnes âgées, qui continuent d’écrire et de payer leurs factures par courrier». "
        "La dernière hausse du courrier A remonte à janvier 2024.",
    ]
    video = (
        '<div class="media-player" data-urn="urn:rts:video:16004512"><div class="media-player__poster">'
        '<img src="https://www.rts.ch/2026/12/02/08/14/16004512.image/16x9" alt=""></div>'
        '<p class="media-player__legend">La Poste va augmenter ses tarifs pour le courrier A '
        "[RTS] <span>- 19h30</span></p></div>"
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2026-12-02T08:14:00+01:00",
        "dateModified": "2026-12-02T09:02:00+01:00",
        "articleSection": "Suisse",
        "author": {"@type": "Organization", "name": "RTS"},
        "publisher": {
            "@type": "Organization",
            "name": "RTS",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/logo-rts.png"},
        },
        "mainEntityOfPage": url,
    }
    nav = menu(3201, "rts-nav", base, ["Info", "Sport", "Culture", "Play RTS", "Audio", "Météo"], 9)
    nuxt = {
        "layout": "default",
        "data": [
            {
                "article": {
                    "id": 29184455,
                    "title": title,
                    "lead": flat(lead),
                    "signature": "ats/lgr",
                    "section": {"id": "suisse", "label": "Suisse"},
                    "related": teasers(3202, 18, f"{base}/info", FILLER),
                }
            }
        ],
        "state": {"user": None, "consent": {"tcf": "pending"}},
    }
    more = "".join(
        f'<li class="teaser-list__item"><a href="{t["url"]}"><span class="teaser-list__kicker">{t["section"]}</span><h3 class="teaser-list__title">{t["title"]}</h3></a></li>'
        for t in teasers(3203, 40, f"{base}/info", FILLER)
    )
    page = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="fr" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22fr%22%7D%7D"><head>
<meta charset="utf-8">
<title>{title} - rts.ch - Suisse</title>
<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="description" name="description" content="{flat(lead)}">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{title}">
<meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="rts.ch">
<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">
<meta data-n-head="ssr" data-hid="og:url" property="og:url" content="{url}">
<link data-n-head="ssr" rel="canonical" href="{url}">
<style data-vue-ssr-id="4f1a2b3c:0">{css_blob(3204, "rts", 260)}</style>
{json_script(ld, 'data-n-head="ssr" type="application/ld+json"')}
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app">
<div id="usercentrics-root" class="uc-banner"><div class="uc-banner__text">La RTS utilise des cookies pour mesurer l’audience et vous proposer des contenus adaptés.</div><button class="uc-accept">Accepter</button><button class="uc-settings">Paramètres</button></div>
<header class="rts-header"><a href="{base}/info/" class="rts-header__logo" aria-label="RTS Info"><svg viewBox="0 0 80 24"><path d="M0 0h80v24H0z"/></svg></a><nav class="rts-header__nav">{nav}</nav><a class="rts-header__login" href="{base}/compte/">Se connecter</a></header>
<main class="article-page">
<nav class="breadcrumb" aria-label="fil d’Ariane"><a href="{base}/info/">Info</a><span class="breadcrumb__sep">/</span><a href="{base}/info/suisse/">Suisse</a></nav>
<article class="article" data-id="29184455">
<header class="article__header">
<h1 class="article__title">{title}</h1>
<div class="article__meta"><span class="article__date">Publié le 2 décembre 2026 à 08:14</span> <span class="article__update">Modifié à 09:02</span></div>
<p class="article__lead">{lead}</p>
</header>
<div class="article__media">{video}</div>
<div class="article__body">
{paras(*p, attrs='class="article__paragraph"')}
<p class="article__signature">ats/lgr</p>
</div>
<div class="article__share"><button>Partager</button><a href="#">WhatsApp</a><a href="#">E-mail</a></div>
<ul class="article__tags"><li><a href="{base}/info/tags/la-poste">La Poste</a></li><li><a href="{base}/info/tags/consommation">Consommation</a></li></ul>
</article>
<section class="teaser-list"><h2 class="teaser-list__heading">À la une</h2><ul>{more}</ul></section>
</main>
<footer class="rts-footer"><p>RTS Radio Télévision Suisse, succursale de la Société suisse de radiodiffusion et télévision SRG SSR</p><ul><li><a href="#">Impressum</a></li><li><a href="#">Conditions d’utilisation</a></li><li><a href="#">Protection des données</a></li></ul></footer>
</div></div></div>
<script>window.__NUXT__={js(nuxt)};</script>
<script src="/_nuxt/8c1f2e.js" defer></script><script src="/_nuxt/app.31d0a7.js" defer></script>
</body></html>
"""
    write(
        "01_rts_nuxt_breve_ats",
        page,
        {
            "title": title,
            "publication": "RTS",
            "author": None,
            "agency": "ATS",
            "section": "Suisse",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Nuxt page with window.__NUXT__ state; agency brief credited only by the "
            "closing signature 'ats/lgr' (lower case, agency slash desk initials: agency ATS, no "
            "person, the signature is no paragraph); JSON-LD author is the Organization RTS; "
            "og:site_name 'rts.ch' while publisher and footer say RTS; `<title>` with ' - rts.ch - "
            "Suisse'; standfirst p.article__lead after the date, with `1<sup>er</sup>` and "
            "&nbsp;; video legend before the text; consent banner.",
        },
    )


def page02() -> None:
    """Le Temps: WordPress opinion, byline with role, pull quote, disclaimer and bio boxes."""
    base = "https://www.letemps.ch"
    url = f"{base}/opinions/la-neutralite-ne-se-decrete-pas-elle-se-finance"
    title = "La neutralité ne se décrète pas, elle se finance"
    lead = (
        "Le parlement s’apprête à couper dans les crédits de la coopération internationale au "
        "nom de l’armée. C’est un contresens, estime Claire Vuilleumier: la crédibilité "
        "helvétique repose sur ses bons offices autant que sur ses chars."
    )
    p = [
        "Il y a dans le débat budgétaire qui s’ouvre cette semaine sous la Coupole une idée "
        "simple, presque séduisante: chaque franc retiré à la coopération serait un franc "
        "gagné pour la défense, donc pour la neutralité. Cette arithmétique est trompeuse.",
        "La neutralité suisse n’a jamais été seulement militaire. Depuis 1945, elle s’est "
        "construite sur une offre: un territoire où l’on peut se parler, une diplomatie qui "
        "sait tenir une table de négociation, des agences humanitaires qui arrivent là où "
        "d’autres ne vont plus. Cette offre a un coût, et ce coût figure précisément dans les "
        "lignes que la commission des finances propose de raboter de 410&nbsp;millions.",
        "On objectera que la guerre est revenue en Europe et que nos stocks de munitions ne "
        "tiendraient pas trois semaines. C’est exact. Mais opposer ces deux politiques revient "
        "à croire qu’un pays se protège uniquement par ses murs. Les États qui ont traversé le "
        "siècle dernier sans y être entraînés l’ont fait parce qu’ils étaient <em>utiles</em> "
        "aux belligérants, pas seulement parce qu’ils étaient armés.",
        "Il y a aussi une question de parole donnée. En 2023, la Confédération s’est engagée "
        "devant l’ONU à porter son aide publique au développement à 0,5% du revenu national. "
        "Nous en sommes à 0,39%. Revenir sur cette promesse au moment où Genève cherche à "
        "retenir les organisations qui menacent de partir serait un signal désastreux.",
        "La solution ne consiste pas à sanctuariser un budget contre l’autre, mais à assumer "
        "que la sécurité coûte plus cher qu’hier, et à le financer honnêtement: par une "
        "contribution temporaire, comme le proposait le Conseil fédéral en 2024, plutôt que "
        "par un jeu de vases communicants qui affaiblit les deux.",
        "Le parlement a jusqu’au 18&nbsp;décembre pour trancher. Il serait regrettable qu’il le "
        "fasse en oubliant que, pour le reste du monde, la neutralité suisse se mesure d’abord "
        "à ce que la Suisse fait, et non à ce qu’elle s’interdit de faire.",
    ]
    quote = "Un pays ne se protège pas uniquement par ses murs"
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - Le Temps",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Opinions",
                        "item": f"{base}/opinions",
                    },
                    {"@type": "ListItem", "position": 3, "name": title},
                ],
            },
            {
                "@type": "OpinionNewsArticle",
                "headline": title,
                "articleSection": ["Opinions", "Politique suisse"],
                "datePublished": "2026-12-02T05:30:00+01:00",
                "dateModified": "2026-12-02T05:30:00+01:00",
                "author": [{"@type": "Person", "name": "Claire Vuilleumier"}],
                "publisher": {"@type": "NewsMediaOrganization", "name": "Le Temps"},
                "isAccessibleForFree": True,
                "mainEntityOfPage": {"@id": url},
            },
        ],
    }
    nav = menu(
        3211,
        "menu",
        base,
        ["Suisse", "Monde", "Économie", "Opinions", "Culture", "Sciences", "Sport"],
        8,
    )
    related = "".join(
        f'<article class="post-card post-card--small"><a href="{t["url"]}"><span class="post-card__category">Opinion</span><h3 class="post-card__title">{t["title"]}</h3></a></article>'
        for t in teasers(3212, 24, f"{base}/opinions", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Le Temps</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Le Temps">
<meta property="article:published_time" content="2026-12-02T04:30:00+00:00">
<meta name="author" content="Claire Vuilleumier">
{json_script(ld, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel="stylesheet" id="lt-theme-css" href="{base}/wp-content/themes/letemps/dist/main.4c2e.css?ver=3.8.1" media="all">
<style id="global-styles-inline-css">{css_blob(3213, "wp-block", 220)}</style>
<script id="lt-datalayer">window.dataLayer=window.dataLayer||[];dataLayer.push({{"contentType":"opinion","section":"opinions","access":"free","postId":"1043217"}});</script>
</head>
<body class="post-template-default single single-post postid-1043217 single-format-standard category-opinions">
<div id="didomi-host"><div class="didomi-popup-notice" role="dialog"><p>Le Temps et ses partenaires utilisent des cookies pour vous proposer une expérience personnalisée.</p><button id="didomi-notice-agree-button">Accepter &amp; fermer</button></div></div>
<a class="skip-link screen-reader-text" href="#main">Aller au contenu</a>
<header id="masthead" class="site-header"><a class="site-header__logo" href="{base}/" rel="home"><img src="{base}/wp-content/themes/letemps/img/logo.svg" alt="Le Temps"></a><nav id="site-navigation" class="main-navigation">{nav}</nav><a class="button button--subscribe" href="{base}/abonnements">S’abonner</a></header>
<main id="main" class="site-main">
<article id="post-1043217" class="post post--opinion">
<header class="post__header">
<a class="post__category" href="{base}/opinions">Opinion</a>
<h1 class="post__title">{title}</h1>
<p class="post__lead">{lead}</p>
<div class="post__meta"><div class="post__authors"><a class="post__author" href="{base}/auteurs/claire-vuilleumier">Claire Vuilleumier</a><span class="post__author-role">, professeure de droit international public à l’Université de Neuchâtel</span></div><time class="post__date" datetime="2026-12-02T05:30:00+01:00">Publié le 2 décembre 2026 à 05:30</time></div>
</header>
<div class="post__content entry-content">
{paras(*p[:2])}
<div class="wp-block-lt-related"><span class="wp-block-lt-related__label">Lire également</span><a href="{base}/suisse/budget-de-l-armee-la-commission-coupe-dans-l-aide-au-developpement">Budget de l’armée: la commission coupe dans l’aide au développement</a></div>
{paras(p[2])}
<figure class="wp-block-pullquote"><blockquote><p>{quote}</p></blockquote></figure>
{paras(*p[3:])}
</div>
<aside class="post__disclaimer"><p>Les opinions exprimées dans cette rubrique n’engagent que leurs auteurs. Vous souhaitez proposer un texte? Écrivez à opinions@letemps.ch.</p></aside>
<aside class="post__author-bio"><img src="{base}/wp-content/uploads/2026/03/vuilleumier.jpg" alt=""><p><strong>Claire Vuilleumier</strong> enseigne le droit international public à l’Université de Neuchâtel. Elle a été conseillère juridique au DFAE de 2012 à 2019.</p></aside>
<div class="post__share"><a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Copier le lien</a></div>
</article>
<section class="related-posts"><h2>Dans la même rubrique</h2>{related}</section>
</main>
<footer class="site-footer"><p>© Le Temps SA, 2026. Tous droits réservés.</p><ul><li><a href="#">Impressum</a></li><li><a href="#">Conditions générales</a></li><li><a href="#">Contact</a></li></ul></footer>
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{base}/wp-content/themes/letemps/dist/main.4c2e.js?ver=3.8.1" id="lt-main-js"></script>
</body>
</html>
"""
    write(
        "02_letemps_wordpress_opinion",
        page,
        {
            "title": title,
            "publication": "Le Temps",
            "author": "Claire Vuilleumier",
            "section": "Opinions",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": "WordPress with a Yoast @graph: OpinionNewsArticle whose articleSection is a "
            "list (first item 'Opinions' wins over the kicker 'Opinion'); byline name in a link "
            "and its role in a sibling span; pull quote figure.wp-block-pullquote between "
            "paragraphs; 'Lire également' block; disclaimer box and author bio after the text "
            "(not paragraphs); article:published_time in UTC (04:30Z, same day).",
        },
    )


def page03() -> None:
    """Le Soir: Rossel platform, interview with questions in <p><strong>, Le Soir+ badge."""
    base = "https://www.lesoir.be"
    url = f"{base}/689214/article/2026-12-02/anne-vandeputte-nos-hopitaux-ne-tiendront-pas-un-troisieme-hiver-comme-celui-ci"
    title = "Anne Vandeputte: «Nos hôpitaux ne tiendront pas un troisième hiver comme celui-ci»"
    lead = (
        "La nouvelle présidente de l’association des directeurs d’hôpitaux réclame un plan de "
        "recrutement d’infirmiers et met en garde contre la fermeture de lits en Wallonie."
    )
    qa = [
        "<strong>Vous prenez vos fonctions au moment où les urgences saturent déjà. "
        "Comment décririez-vous la situation&nbsp;?</strong>",
        "Elle est tendue, et plus tôt que d’habitude. Nous avons eu la grippe dès la fin "
        "octobre, et un nombre de lits fermés faute de personnel qui n’a jamais été aussi "
        "élevé&nbsp;: près de 1.900 en Belgique, dont un tiers en Wallonie.",
        "<strong>Ces fermetures sont-elles temporaires&nbsp;?</strong>",
        "En théorie, oui. En pratique, certaines unités sont fermées depuis deux ans. Quand un "
        "service tourne avec 60&nbsp;% de son cadre infirmier, vous ne pouvez pas le rouvrir "
        "du jour au lendemain, même si vous avez le budget.",
        "<strong>Le gouvernement fédéral promet 4.000 infirmiers supplémentaires d’ici "
        "2030. Est-ce suffisant&nbsp;?</strong>",
        "C’est un bon chiffre sur le papier. Mais on ne forme pas une infirmière spécialisée "
        "en soins intensifs en dix-huit mois. Ce qu’il nous faut, c’est garder celles que nous "
        "avons. Aujourd’hui, une sur cinq quitte la profession dans les cinq ans.",
        "<strong>Que proposez-vous concrètement&nbsp;?</strong>",
        "Trois choses. Des horaires prévisibles, d’abord&nbsp;: on ne peut pas demander à "
        "quelqu’un de savoir le vendredi s’il travaille le lundi. Ensuite, une revalorisation "
        "des gardes de nuit et de week-end. Enfin, des crèches hospitalières, ce que la "
        "Flandre a commencé à faire et pas nous.",
        "<strong>Vous parlez de la Flandre. Le système est-il en train de se "
        "scinder&nbsp;?</strong>",
        "Je ne veux pas faire de communautaire. Mais il est vrai que les hôpitaux flamands ont "
        "pris de l’avance sur l’attractivité, parce qu’ils ont été frappés plus tôt par la "
        "pénurie. Nous avons deux ou trois ans de retard, et nous pouvons encore les rattraper.",
        "<strong>Et si rien ne change&nbsp;?</strong>",
        "Alors nous fermerons des services entiers, probablement d’abord la pédiatrie et la "
        "maternité dans les petits hôpitaux. Personne ne le souhaite, mais je préfère le dire "
        "maintenant plutôt que de l’annoncer dans l’urgence en février.",
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": flat(lead),
        "articleSection": "Belgique",
        "datePublished": "2026-12-02T06:00:00+01:00",
        "dateModified": "2026-12-02T07:31:00+01:00",
        "author": [{"@type": "Person", "name": "Julien Delcour"}],
        "publisher": {"@type": "Organization", "name": "Le Soir"},
        "isAccessibleForFree": True,
        "mainEntityOfPage": url,
    }
    nav = menu(
        3221,
        "r-menu",
        base,
        ["Belgique", "Monde", "Économie", "Sports", "Culture", "Opinions", "Soirmag"],
        8,
    )
    related = "".join(
        f'<r-teaser class="r-teaser r-teaser--small"><a href="{t["url"]}"><r-kicker>{t["section"]}</r-kicker><h3 class="r-teaser--title">{t["title"]}</h3></a></r-teaser>'
        for t in teasers(3222, 36, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{title} - Le Soir</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{flat(lead)}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Le Soir">
<meta property="og:url" content="{url}">
<meta property="article:section" content="Santé">
<link rel="canonical" href="{url}">
{json_script(ld)}
<style>{css_blob(3223, "r", 300)}</style>
<script>var rossel={{"page":{{"type":"article","id":"689214","premium":false,"section":"belgique/sante","authors":"Julien Delcour"}}}};</script>
<script src="https://cdn.lesoir.be/static/js/vendor.e21c.js" defer></script>
</head>
<body class="r-page r-page--article">
<div id="qc-cmp2-container" class="qc-cmp2"><div class="qc-cmp2-summary-info"><p>Nous et nos partenaires stockons et accédons à des informations sur votre appareil.</p></div><button mode="primary">J’accepte</button><button mode="secondary">Plus d’options</button></div>
<r-header class="r-header"><a href="{base}/" class="r-header--logo"><img src="{base}/static/img/lesoir-logo.svg" alt="Le Soir"></a><nav class="r-header--nav">{nav}</nav><a class="r-header--abo" href="https://abo.lesoir.be">S’abonner</a></r-header>
<main class="r-main">
<r-breadcrumb class="r-breadcrumb"><a href="{base}/">Accueil</a> <a href="{base}/belgique">Belgique</a> <a href="{base}/belgique/sante">Santé</a></r-breadcrumb>
<article class="r-article" data-premium="false">
<header class="r-article--header">
<div class="r-article--labels"><span class="r-label r-label--plus">Le Soir+</span> <span class="r-article--kicker">Entretien</span></div>
<h1 class="r-article--title">{title}</h1>
<div class="r-article--meta"><span class="r-article--author">Propos recueillis par <a href="{base}/auteur/julien-delcour">Julien Delcour</a></span> <time class="r-article--date" datetime="2026-12-02T06:00:00+01:00">Publié le 2/12/2026 à 06:00</time> <span class="r-article--reading">Temps de lecture: 4 min</span></div>
</header>
<figure class="r-article--figure"><img src="https://cdn.lesoir.be/img/689214/vandeputte.jpg" alt="Anne Vandeputte"><figcaption>Anne Vandeputte dirige depuis 2019 le groupe hospitalier Chirec-Sud. <span class="r-credit">© Pierre-Yves Thienpont.</span></figcaption></figure>
<div class="r-article--chapo">{lead}</div>
<div class="r-article--section">
{paras(*qa[:6])}
<div class="r-article--lire-aussi"><h4>Lire aussi</h4><a href="{base}/688977/article/2026-11-27/urgences-saturees-le-chu-de-charleroi-declenche-son-plan-hiver">Urgences saturées: le CHU de Charleroi déclenche son plan hiver</a></div>
<div class="r-ad r-ad--inread" id="inread-1"><span class="r-ad--label">Publicité</span></div>
{paras(*qa[6:])}
</div>
<div class="r-article--share"><button>Partager</button><button>Offrir cet article</button></div>
</article>
<section class="r-related"><h2>Sur le même sujet</h2>{related}</section>
</main>
<footer class="r-footer"><p>Le Soir, une marque du groupe Rossel. © Rossel &amp; Cie SA, 2026.</p><ul><li><a href="#">Mentions légales</a></li><li><a href="#">Vie privée</a></li><li><a href="#">Cookies</a></li></ul></footer>
</body>
</html>
"""
    write(
        "03_lesoir_rossel_interview",
        page,
        {
            "title": title,
            "publication": "Le Soir",
            "author": "Julien Delcour",
            "section": "Belgique",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in qa],
            "notes": "Interview: questions in <p><strong> are paragraphs; 'Propos recueillis "
            "par'; headline 'Name: «quote»'; custom elements (r-header, r-teaser, r-breadcrumb); "
            "JSON-LD articleSection 'Belgique' beats article:section and the breadcrumb's "
            "'Santé'; 'Le Soir+' badge on a free article (not incomplete); chapô div after the "
            "figure; &nbsp; before ? and :; 'Lire aussi' box with an h4 (no subhead) and an ad "
            "between answers; date 2/12/2026 à 06:00.",
        },
    )


def page04() -> None:
    """Radio-Canada: live page newest first, evening start (UTC the next day), 'Un texte de'."""
    base = "https://ici.radio-canada.ca"
    url = f"{base}/nouvelle/2171408/tempete-neige-montreal-direct"
    title = "Première tempête de neige : jusqu’à 35 cm attendus sur le Grand Montréal"
    entries = [
        (
            "9 h 10",
            "Les écoles du Centre de services scolaire de Montréal rouvrent jeudi",
            [
                "Après une journée de fermeture, les écoles primaires et secondaires du CSSDM "
                "accueilleront de nouveau les élèves jeudi matin. Le transport scolaire pourrait "
                "toutefois accuser des retards dans l’ouest de l’île.",
            ],
        ),
        (
            "7 h 45",
            "Opération de déneigement : le stationnement interdit dès 19 h",
            [
                "La Ville de Montréal lance sa première opération de chargement de la saison ce "
                "soir. Les automobilistes sont invités à surveiller les panneaux orange et à "
                "utiliser l’application Info-Neige.",
                "Selon la Ville, l’opération mobilisera 2200 employés et près de 3000 appareils "
                "et devrait durer de quatre à cinq jours.",
            ],
        ),
        (
            "6 h 20",
            None,
            [
                "Environnement Canada a levé l’avertissement de neige pour l’île de Montréal et "
                "Laval. Il reste en vigueur pour les Laurentides, où 10 à 15 centimètres "
                "supplémentaires sont attendus d’ici midi.",
            ],
        ),
        (
            "23 h 50",
            "Plus de 60 000 clients privés d’électricité",
            [
                "Hydro-Québec fait état de 61 400 clients sans courant, principalement en "
                "Montérégie, où la neige lourde a fait céder des branches sur les lignes.",
            ],
        ),
        (
            "21 h 30",
            "La neige a commencé à tomber",
            [
                "Les premiers flocons sont tombés sur le centre-ville peu après 21 h. "
                "Environnement Canada prévoit des accumulations de 25 à 35 centimètres d’ici "
                "mercredi midi, accompagnées de vents soufflant jusqu’à 60 km/h.",
                "Bonsoir, et bienvenue dans ce suivi en direct de la première tempête de "
                "l’hiver dans la grande région de Montréal.",
            ],
        ),
    ]
    tweet = (
        '<blockquote class="twitter-tweet"><p lang="fr" dir="ltr">Nos équipes sont à pied '
        "d’œuvre pour rétablir le service. Suivez l’évolution des pannes sur Info-pannes. "
        '<a href="https://t.co/hq1">https://t.co/hq1</a></p>&mdash; Hydro-Québec '
        '(@hydroquebec) <a href="https://twitter.com/hydroquebec/status/2">1 décembre 2026</a>'
        "</blockquote>"
    )
    blocks = []
    for i, (time, head, texts) in enumerate(entries):
        heading = f'<h2 class="live-entry__title">{head}</h2>' if head else ""
        extra = tweet if i == 3 else ""
        blocks.append(
            f'<li class="live-entry" id="entree-{7300 - i}"><div class="live-entry__header">'
            f'<span class="live-entry__time">{time}</span></div>{heading}'
            f'<div class="live-entry__body">{paras(*texts)}{extra}</div></li>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "url": url,
        "datePublished": "2026-12-01T21:30:00-05:00",
        "dateModified": "2026-12-02T09:10:00-05:00",
        "coverageStartTime": "2026-12-01T21:30:00-05:00",
        "author": [
            {"@type": "Person", "name": "Catherine Lévesque"},
            {"@type": "Person", "name": "Samuel Ouellet"},
        ],
        "publisher": {"@type": "Organization", "name": "Radio-Canada"},
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": h or "Mise à jour",
                "articleBody": flat(" ".join(t)),
            }
            for _, h, t in entries
        ],
    }
    nav = menu(
        3231,
        "header-nav",
        base,
        ["Info", "Régions", "Sports", "Arts", "Télé", "Radio", "OHdio", "Tout.TV"],
        8,
    )
    state = {
        "app": {"env": "prod", "locale": "fr-CA"},
        "page": {
            "id": 2171408,
            "type": "live",
            "region": "grand-montreal",
            "themeTag": "Météo",
            "related": teasers(3232, 30, f"{base}/nouvelle", FILLER),
        },
    }
    page = f"""<!DOCTYPE html>
<html lang="fr-CA" data-n-head-ssr>
<head>
<meta charset="utf-8">
<title>EN DIRECT | {title} | Radio-Canada</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Radio-Canada">
<meta property="article:published_time" content="2026-12-02T02:30:00Z">
<meta property="article:modified_time" content="2026-12-02T14:10:00Z">
<link rel="canonical" href="{url}">
{json_script(ld)}
<style>{css_blob(3233, "rc", 280)}</style>
</head>
<body>
<div id="__nuxt"><div id="__layout"><div class="page-live">
<div class="consent-banner" role="dialog"><p>Radio-Canada utilise des témoins de navigation (cookies) pour améliorer votre expérience.</p><button>J’accepte</button><button>Gérer mes préférences</button></div>
<header class="site-header"><a href="{base}/" class="site-header__logo"><span class="sr-only">Radio-Canada</span></a><nav>{nav}</nav><button class="site-header__search">Rechercher</button></header>
<main id="content">
<nav class="breadcrumb" aria-label="Fil d’Ariane"><ol><li><a href="{base}/">Accueil</a></li><li><a href="{base}/info">Info</a></li><li><a href="{base}/info/grand-montreal">Grand Montréal</a></li></ol></nav>
<article class="document-live">
<header class="document-live__header">
<span class="live-badge">En direct</span>
<h1 class="document-live__title">{title}</h1>
<div class="signature"><span class="signature__authors">Un texte de <a href="{base}/profils/catherine-levesque">Catherine Lévesque</a> et <a href="{base}/profils/samuel-ouellet">Samuel Ouellet</a></span>
<div class="signature__dates"><time datetime="2026-12-01T21:30:00-05:00">Publié le 1er décembre 2026 à 21 h 30 HNE</time> <time datetime="2026-12-02T09:10:00-05:00">Mis à jour le 2 décembre 2026 à 9 h 10 HNE</time></div></div>
</header>
<figure class="document-live__figure"><img src="https://images.radio-canada.ca/q_auto,w_1250/v1/ici-info/16x9/neige-montreal-chasse-neige.jpg" alt=""><figcaption>Un chasse-neige sur la rue Sherbrooke, mardi soir. <span class="credit">Photo : Radio-Canada / Ivanoh Demers</span></figcaption></figure>
<div class="live-summary"><h2 class="live-summary__title">Ce qu’il faut savoir</h2><ul><li>Jusqu’à 35 cm de neige sur le Grand Montréal</li><li>Plus de 60 000 clients privés d’électricité au plus fort de la tempête</li><li>Stationnement interdit dès 19 h pour le déneigement</li></ul></div>
<ol class="live-entries">
{"".join(blocks)}
</ol>
<p class="document-live__credit">Avec les informations de La Presse canadienne</p>
</article>
<aside class="a-lire"><h2>À lire aussi</h2><ul><li><a href="{base}/nouvelle/2171002/hiver-pneus-dates">Pneus d’hiver : les garages débordés à quelques jours de la date limite</a></li><li><a href="{base}/nouvelle/2170877/deneigement-contrats-montreal">Déneigement : Montréal renouvelle ses contrats pour cinq ans</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© Société Radio-Canada. Tous droits réservés.</p><ul><li><a href="#">Conditions d’utilisation</a></li><li><a href="#">Politique de confidentialité</a></li></ul></footer>
</div></div></div>
<script>window.__NUXT__={js(state)};</script>
<script src="{base}/_nuxt/runtime.1c9a.js" defer></script>
</body>
</html>
"""
    write(
        "04_radiocanada_nuxt_direct",
        page,
        {
            "title": title,
            "publication": "Radio-Canada",
            "author": "Catherine Lévesque et Samuel Ouellet",
            "agency": "La Presse canadienne",
            "section": "Grand Montréal",
            "date": datetime.date(2026, 12, 1),
            "source_url": url,
            "subheads": [h for _, h, _ in entries if h],
            "paragraphs": [flat(x) for _, _, t in entries for x in t],
            "notes": "Live page, newest first: entry titles in h2 are subheads, one entry "
            "untitled, times ('9 h 10') are not text; 'Ce qu’il faut savoir' summary list and "
            "embedded tweet are chrome; 'Un texte de A et B' in two links; closing credit 'Avec "
            "les informations de La Presse canadienne' gives the agency (not a paragraph); "
            "started 21 h 30 HNE on 1 December = 02:30Z on the 2nd in article:published_time: "
            "the date is 1 December (the page's zone, JSON-LD -05:00); no articleSection, the "
            "breadcrumb gives the section; `<title>` with 'EN DIRECT |'.",
        },
    )
