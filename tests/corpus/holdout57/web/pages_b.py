# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout57/web (Switzerland, Québec, Brittany, Mali)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page05() -> None:
    """La Gruyère: Nuxt front end, interview with theme subheads, no JSON-LD, kicker only."""
    base = "https://www.lagruyere.ch"
    url = f"{base}/articles/bulle-ne-grandira-pas-contre-ses-villages-1124587"
    title = "«Bulle ne grandira pas contre ses villages»"
    lead = (
        "Élue syndique en septembre, Myriam Pasquier détaille ses priorités pour la législature: "
        "finances, mobilité et rapprochement avec Vuadens. Entretien."
    )
    subs = ["Finances", "Mobilité", "Fusion"]
    intro = [
        "Elle a pris ses fonctions le 1<sup>er</sup> octobre, après seize ans au Conseil "
        "général, puis cinq au Conseil communal. Myriam Pasquier, 52 ans, est la première femme "
        "à diriger la deuxième ville du canton. À trois semaines du vote du budget, elle nous a "
        "reçus dans son bureau de la rue de la Condémine.",
        "<strong>Vous héritez d’une commune qui a gagné 4000 habitants en dix ans. Est-ce une "
        "chance ou un fardeau?</strong>",
        "Les deux. Bulle attire, parce qu’elle offre des emplois, des écoles et une vraie vie de "
        "centre-ville. Mais chaque nouvel habitant, c’est aussi une place en crèche, une classe, "
        "des conduites d’eau. Nous avons pris du retard sur les infrastructures, il faut le "
        "reconnaître.",
    ]
    fin = [
        "<strong>Le budget 2027 prévoit un déficit de 3,8&nbsp;millions. Faudra-t-il augmenter "
        "les impôts?</strong>",
        "Pas l’an prochain. Nous avons une fortune qui nous permet d’absorber deux ou trois "
        "exercices difficiles. En revanche, je ne promettrai pas que le coefficient restera à "
        "72&nbsp;centimes jusqu’en 2031. Ce serait malhonnête.",
        "<strong>Où allez-vous économiser?</strong>",
        "Sur le fonctionnement d’abord. Nous allons regrouper trois services techniques "
        "aujourd’hui dispersés dans la ville. Et nous étalerons certains investissements, comme "
        "la rénovation de la halle de Bouleyres.",
    ]
    mob = [
        "<strong>Les commerçants du centre se plaignent de la suppression de places de parc. "
        "Les entendez-vous?</strong>",
        "Je les entends, et je les rencontre le 15&nbsp;décembre. Mais les chiffres sont clairs: "
        "la fréquentation de la Grand-Rue a augmenté depuis sa mise en zone de rencontre. Les "
        "clients viennent à pied, à vélo et en bus. Nous allons tout de même créer un parking "
        "provisoire de 80 places à la gare.",
    ]
    fus = [
        "<strong>Vuadens a accepté d’ouvrir des discussions. Une fusion est-elle "
        "envisageable?</strong>",
        "Envisageable, oui. Souhaitable, c’est à la population de Vuadens de le dire, pas à moi. "
        "Bulle ne grandira pas contre ses villages. Si nous avançons, ce sera avec un calendrier "
        "raisonnable et un vote dans chaque commune, pas avant 2029.",
    ]
    body = "\n".join(
        [
            paras(*intro, attrs='class="article-paragraph"'),
            f'<h2 class="article-subtitle">{subs[0]}</h2>',
            paras(*fin[:2], attrs='class="article-paragraph"'),
            '<div class="ad-slot ad-slot--rectangle" data-v-3f1a2c><span>Annonce</span></div>',
            paras(*fin[2:], attrs='class="article-paragraph"'),
            f'<h2 class="article-subtitle">{subs[1]}</h2>',
            paras(*mob, attrs='class="article-paragraph"'),
            '<div class="newsletter-box" data-v-7b2e91><p class="newsletter-box__title">La newsletter de La Gruyère</p><p>L’actualité du district chaque mardi, jeudi et samedi.</p><a href="/newsletter">S’inscrire</a></div>',
            f'<h2 class="article-subtitle">{subs[2]}</h2>',
            paras(*fus, attrs='class="article-paragraph"'),
        ]
    )
    nuxt = {
        "layout": "default",
        "data": [
            {
                "article": {
                    "id": 1124587,
                    "title": title,
                    "lead": flat(lead),
                    "kicker": "Politique communale",
                    "author": "Sophie Jaquet",
                    "published": "2026-12-03T17:40:00+01:00",
                    "body": [flat(x) for x in intro + fin + mob + fus],
                }
            }
        ],
        "serverRendered": True,
        "config": {"apiBase": "https://api.lagruyere.ch"},
    }
    nuxt_js = json.dumps(nuxt, ensure_ascii=False).replace("</", "<\\/")
    nav = menu(
        5705,
        "main-menu",
        base,
        ["Gruyère", "Glâne", "Veveyse", "Canton", "Sports", "Culture", "Agenda"],
        6,
    )
    related = teasers(5705, 10, base, FILLER)
    more = "".join(
        f'<a class="teaser" href="{t["url"]}" data-v-5c8d11><img src="{t["image"]}" alt=""><span class="teaser__kicker">{t["section"]}</span><h3 class="teaser__title">{t["title"]}</h3></a>'
        for t in related
    )
    page = f"""<!doctype html>
<html lang="fr" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22fr%22%7D%7D">
<head>
<title>{title} | La Gruyère</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="{flat(lead)}"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{title}"><meta data-n-head="ssr" data-hid="og:description" property="og:description" content="{flat(lead)}"><meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article"><meta data-n-head="ssr" data-hid="og:url" property="og:url" content="{url}"><meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="La Gruyère"><meta data-n-head="ssr" data-hid="og:image" property="og:image" content="https://img.lagruyere.ch/1124587/pasquier.jpg"><meta data-n-head="ssr" data-hid="author" name="author" content="Sophie Jaquet"><meta data-n-head="ssr" data-hid="dcterms.date" name="dcterms.date" content="2026-12-03"><meta data-n-head="ssr" data-hid="twitter:card" name="twitter:card" content="summary_large_image"><link data-n-head="ssr" rel="canonical" href="{url}"><link rel="preload" href="/_nuxt/app.8c1d2e4.js" as="script"><link rel="preload" href="/_nuxt/pages/articles/_slug.5a90b1.js" as="script"><style data-vue-ssr-id="3f1a2c:0 7b2e91:0">{css_blob(5715, "lg", 260)}</style>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="layout" data-v-1e2d3c>
<div class="cookie-banner" data-v-9a8b7c><p>Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.</p><button>OK</button></div>
<header class="site-header" data-v-1e2d3c><a href="/" class="site-header__logo nuxt-link-active" aria-label="La Gruyère"><img src="/img/logo-la-gruyere.svg" alt="La Gruyère"></a><nav data-v-1e2d3c>{nav}</nav><a href="/abonnements" class="site-header__abo">S’abonner</a><a href="/epaper" class="site-header__epaper">E-paper</a></header>
<main class="article-page" data-v-2b4c6d>
<article class="article" data-v-2b4c6d>
<div class="article-header" data-v-2b4c6d>
<span class="article-kicker" data-v-2b4c6d>POLITIQUE COMMUNALE</span>
<h1 class="article-title" data-v-2b4c6d>{title}</h1>
<p class="article-lead" data-v-2b4c6d>{lead}</p>
<figure class="article-image" data-v-2b4c6d><img src="https://img.lagruyere.ch/1124587/pasquier.jpg" alt="Myriam Pasquier"><figcaption>Myriam Pasquier dans son bureau de l’Hôtel de Ville. <span class="article-image__credit">Chloé Lambert</span></figcaption></figure>
<div class="article-meta" data-v-2b4c6d><span class="article-meta__author">Propos recueillis par Sophie Jaquet</span><span class="article-meta__date">Mis en ligne le 03.12.2026 à 17:40</span></div>
<div class="share-buttons" data-v-4d5e6f><a href="#" aria-label="Facebook">Facebook</a><a href="#" aria-label="WhatsApp">WhatsApp</a><a href="#" aria-label="E-mail">E-mail</a></div>
</div>
<div class="article-body" data-v-2b4c6d>
{body}
</div>
</article>
<section class="related" data-v-5c8d11><h2>À lire également</h2><div class="related__list">{more}</div></section>
</main>
<footer class="site-footer" data-v-1e2d3c><p>La Gruyère, rue de la Léchère 10, 1630 Bulle</p><p>© 2026 La Gruyère – Tous droits réservés</p></footer>
</div></div></div>
<script>window.__NUXT__={nuxt_js};</script><script src="/_nuxt/app.8c1d2e4.js" defer></script><script src="/_nuxt/pages/articles/_slug.5a90b1.js" defer></script>
</body>
</html>
"""
    write(
        "05_lagruyere_nuxt_entretien_subheads_no_jsonld",
        page,
        {
            "title": title,
            "publication": "La Gruyère",
            "author": "Sophie Jaquet",
            "section": "Politique communale",
            "date": datetime.date(2026, 12, 3),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subs,
            "paragraphs": [flat(x) for x in intro + fin + mob + fus],
            "notes": "Nuxt 2 front end (data-n-head, data-v-*, window.__NUXT__ repeating the "
            "text). No JSON-LD, no article:section: the kicker 'POLITIQUE COMMUNALE' (capitals) "
            "is the only section source → 'Politique communale'. Interview: presentation "
            "paragraph, questions in <p><strong> (paragraphs), three theme h2 ('Finances', "
            "'Mobilité', 'Fusion') that are subheads. 'Propos recueillis par A'; headline a "
            "quotation in Swiss «» without spaces, '?' without space. Date only 'Mis en ligne "
            "le 03.12.2026 à 17:40' and meta dcterms.date. Ad and newsletter box inside the "
            "body; photo credit a bare name in the caption.",
        },
    )


def page06() -> None:
    """La Voix de l'Est: Coops de l'information on Arc XP, economy, UTC next day, CP credit."""
    base = "https://www.lavoixdelest.ca"
    arc_id = "QX7M2ZKTBNCJ5FY3RGAHVE4WDI"
    url = f"{base}/actualites/economie/2026/12/03/plasticor-fermera-son-usine-de-granby-140-emplois-perdus-{arc_id}/"
    title = "Plasticor fermera son usine de Granby: 140 emplois perdus"
    lead = (
        "Le fabricant de pièces de plastique pour l’automobile regroupera sa production en "
        "Ontario d’ici l’été. Le syndicat parle d’un «choc» pour la Haute-Yamaska."
    )
    sub = "Un coup dur pour le parc industriel"
    p1 = [
        "Les 140 employés de l’usine Plasticor de la rue Saint-Urbain, à Granby, ont appris "
        "jeudi après-midi que leur lieu de travail fermerait ses portes le 30 juin 2027. "
        "L’entreprise, qui fabrique des garnitures intérieures pour des constructeurs "
        "automobiles, rapatriera sa production dans son usine de Woodstock, en Ontario.",
        "Dans un communiqué, la direction évoque «une baisse marquée des commandes» et la "
        "nécessité de «regrouper les activités sur un seul site nord-américain». Les tarifs "
        "douaniers imposés sur les pièces automobiles depuis deux ans ont fait fondre les "
        "ventes aux États-Unis de près de 30%, selon l’entreprise.",
        "«On l’a appris dans la cafétéria, en même temps que les cadres intermédiaires. "
        "Personne ne s’y attendait», a raconté Nathalie Bessette, présidente du syndicat local, "
        "affilié à la CSN. Elle qualifie la nouvelle de «choc» pour les familles touchées.",
    ]
    p2 = [
        "Ouverte en 1988, l’usine était l’un des plus importants employeurs du parc industriel "
        "de Granby. Le maire, Julien Paradis, a dit avoir été informé «quelques heures à "
        "peine» avant les employés.",
        "«Nous allons tout faire pour qu’un autre manufacturier s’installe dans le bâtiment», a-t-il "
        "assuré, en rappelant que la Ville avait investi 2,4 millions $ dans la "
        "réfection des rues du secteur l’an dernier.",
        "Cette fermeture s’ajoute à plusieurs autres annonces dans la région depuis le début de "
        "l’année:",
        "la fermeture de la fonderie Métallex, à Cowansville, en mars (85 emplois);",
        "la suppression de 60 postes chez le transformateur alimentaire Saveurs Brome, en juin;",
        "le départ vers le Mexique de la production de l’équipementier Roulco, en septembre "
        "(110 emplois).",
        "Le ministère de l’Économie a indiqué qu’un comité d’aide au reclassement serait mis sur "
        "pied dès janvier. Les employés auront droit aux indemnités prévues à la convention "
        "collective, qui prend fin en 2028.",
        "À la Bourse de Toronto, l’action de la société mère, Plasticor Group, a gagné 4% "
        "jeudi après l’annonce.",
    ]
    credit = "<em>Avec La Presse Canadienne</em>"
    related = teasers(5706, 14, base, FILLER)
    body = "\n".join(
        [
            paras(*p1[:2], attrs='class="c-paragraph"'),
            f'<div class="b-interstitial-link"><span>À lire aussi</span> <a href="{related[0]["url"]}">Tarifs américains: les manufacturiers de l’Estrie sous pression</a></div>',
            paras(p1[2], attrs='class="c-paragraph"'),
            '<div class="b-ad-block" id="arcad_inline_1"><div class="arcad-label">Publicité</div></div>',
            f'<h2 class="c-heading">{sub}</h2>',
            paras(*p2[:3], attrs='class="c-paragraph"'),
            '<ul class="c-list">' + "".join(f"<li>{x}</li>" for x in p2[3:6]) + "</ul>",
            paras(*p2[6:], attrs='class="c-paragraph"'),
            paras(credit, attrs='class="c-paragraph"'),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "alternativeHeadline": "Granby: l’usine Plasticor fermera, 140 emplois perdus",
        "description": flat(lead),
        "articleSection": "Économie",
        "datePublished": "2026-12-04T01:45:00.000Z",
        "dateModified": "2026-12-04T02:10:00.000Z",
        "author": [
            {
                "@type": "Person",
                "name": "Marie-Ève Lamoureux",
                "url": f"{base}/auteurs/marie-eve-lamoureux/",
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "La Voix de l’Est",
            "logo": {"@type": "ImageObject", "url": f"{base}/pf/resources/images/logo-lve.png"},
        },
        "image": [{"@type": "ImageObject", "url": f"{base}/resizer/v2/{arc_id}.jpg"}],
        "isAccessibleForFree": True,
    }
    fusion = {
        "_id": arc_id,
        "type": "story",
        "canonical_url": url.removeprefix(base),
        "headlines": {"basic": title, "web": ld["alternativeHeadline"]},
        "subheadlines": {"basic": flat(lead)},
        "credits": {
            "by": [{"type": "author", "name": "Marie-Ève Lamoureux", "org": "La Voix de l’Est"}]
        },
        "taxonomy": {"primary_section": {"_id": "/actualites/economie", "name": "Économie"}},
        "first_publish_date": "2026-12-04T01:45:00.000Z",
        "content_elements": [{"type": "text", "content": x} for x in p1 + p2 + [credit]],
    }
    fusion_js = json.dumps(fusion, ensure_ascii=False).replace("</", "<\\/")
    nav = menu(
        5706,
        "nav-sections",
        base,
        ["Actualités", "Sports", "Arts", "Opinions", "Affaires", "Communauté", "Nécrologie"],
        7,
    )
    more = "".join(
        f'<div class="c-stack b-results-list__item"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><h3 class="c-heading">{t["title"]}</h3></a></div>'
        for t in related[1:]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | La Voix de l’Est</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="La Voix de l’Est">
<meta property="og:type" content="article">
<meta property="og:title" content="{ld["alternativeHeadline"]}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/resizer/v2/{arc_id}.jpg">
<meta property="article:published_time" content="2026-12-04T01:45:00.000Z">
<meta property="article:modified_time" content="2026-12-04T02:10:00.000Z">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@lavoixdelest">
<link rel="stylesheet" href="{base}/pf/dist/components/combinations/default.css?d=412">
<style>{css_blob(5716, "b", 300)}</style>
{json_script(ld)}
<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{{}};Fusion.arcSite="lavoixdelest";Fusion.contextPath="/pf";Fusion.deployment="412";Fusion.globalContent={fusion_js};Fusion.globalContentConfig={{"source":"content-api","query":{{"_id":"{arc_id}"}}}};</script>
</head>
<body>
<div id="fusion-app" class="b-layout">
<div id="onetrust-banner-sdk"><p>En cliquant sur «Accepter», vous acceptez le stockage de témoins sur votre appareil pour améliorer la navigation sur le site.</p><button id="onetrust-accept-btn-handler">Accepter</button><button>Paramètres des témoins</button></div>
<header class="b-header-nav-chain"><a class="b-header-nav-chain__logo" href="{base}/"><img src="{base}/pf/resources/images/logo-lve.svg" alt="La Voix de l’Est"></a><nav class="b-header-nav-chain__nav">{nav}</nav><a class="b-header-nav-chain__cta" href="{base}/soutenir/">Soutenir</a><a class="b-header-nav-chain__cta" href="{base}/infolettres/">Infolettres</a></header>
<main class="b-single-column-regular">
<article class="b-article">
<div class="b-overline"><a href="{base}/actualites/economie/">Économie</a></div>
<h1 class="b-headline">{title}</h1>
<h2 class="b-subheadline">{lead}</h2>
<div class="b-byline">Par <a href="{base}/auteurs/marie-eve-lamoureux/">Marie-Ève Lamoureux</a>, La Voix de l’Est</div>
<div class="b-date"><time datetime="2026-12-04T01:45:00.000Z">Publié le 3 décembre 2026 à 20 h 45</time></div>
<div class="b-share-bar"><button aria-label="Partager sur Facebook">Facebook</button><button aria-label="Partager sur X">X</button><button aria-label="Partager par courriel">Courriel</button><button aria-label="Copier le lien">Copier</button></div>
<figure class="b-lead-art"><img src="{base}/resizer/v2/{arc_id}.jpg" alt="L’usine Plasticor de la rue Saint-Urbain"><figcaption class="c-media-item__caption">L’usine Plasticor de la rue Saint-Urbain emploie 140 personnes. <span class="c-media-item__credit">(Alain Dion/La Voix de l’Est)</span></figcaption></figure>
<div class="b-article-body">
{body}
</div>
<div class="b-tag-list"><a href="{base}/tags/granby/">Granby</a><a href="{base}/tags/emploi/">Emploi</a><a href="{base}/tags/manufacturier/">Manufacturier</a></div>
</article>
<div class="b-newsletter-signup"><h2>Infolettre</h2><p>Recevez chaque matin les nouvelles de la Haute-Yamaska et de Brome-Missisquoi.</p><input type="email" placeholder="Adresse courriel"><button>Je m’inscris</button></div>
<section class="b-results-list"><h2>À lire aussi</h2>{more}</section>
</main>
<footer class="b-footer"><p>© 2026 La Voix de l’Est, membre des Coops de l’information. Tous droits réservés.</p></footer>
</div>
<script src="{base}/pf/dist/engine/react.js?d=412" defer></script>
<script src="{base}/pf/dist/components/combinations/default.js?d=412" defer></script>
</body>
</html>
"""
    write(
        "06_lavoixdelest_arcxp_economie_list_cp_utc_next_day",
        page,
        {
            "title": title,
            "publication": "La Voix de l’Est",
            "author": "Marie-Ève Lamoureux",
            "agency": "La Presse Canadienne",
            "section": "Économie",
            "date": datetime.date(2026, 12, 3),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [sub],
            "paragraphs": [flat(x) for x in p1 + p2],
            "notes": "Coops de l'information on Arc XP. Published 2026-12-04T01:45Z, shown "
            "'Publié le 3 décembre 2026 à 20 h 45': date 3 December (Granby), not the UTC day. "
            "Byline 'Par A, La Voix de l’Est' (organisation dropped); closing line 'Avec La "
            "Presse Canadienne' inside the body is a credit, not a paragraph → agency. Standfirst "
            "h2.b-subheadline; og:title is the JSON-LD alternativeHeadline, not the h1. "
            "Introducing paragraph + ul of three items; one h2; interstitial 'À lire aussi' link "
            "and ad in the body; Québec «» without spaces; Fusion.globalContent repeats the "
            "text.",
        },
    )


def page07() -> None:
    """Le Télégramme: custom CMS, live page newest first, three authors, parsely metas."""
    base = "https://www.letelegramme.fr"
    url = f"{base}/finistere/brest/en-direct-tempete-dans-le-finistere-rafales-a-150-km-h-et-42-000-foyers-prives-delectricite-6712345.php"
    title = (
        "En direct. Tempête dans le Finistère&nbsp;: rafales à 150&nbsp;km/h, 42&nbsp;000 "
        "foyers privés d’électricité"
    )
    lead = (
        "Une tempête balaie la pointe bretonne depuis la nuit. Le Finistère est placé en "
        "vigilance orange vent violent jusqu’à 18&nbsp;h. Suivez la situation en direct."
    )
    authors = ["Gwenaëlle Le Bris", "Yann Caradec", "Maëlle Guivarc’h"]
    entries = [
        (
            "16:40",
            "La vigilance orange levée à 18&nbsp;h",
            [
                "Météo-France annonce la levée de la vigilance orange à 18&nbsp;h pour le "
                "Finistère. Les rafales devraient faiblir nettement en soirée, mais restent "
                "attendues à 90&nbsp;km/h sur les côtes jusqu’à minuit.",
            ],
        ),
        (
            "15:55",
            None,
            [
                "Les liaisons maritimes vers Ouessant et Molène sont annulées pour la journée. "
                "La compagnie prévoit une reprise des rotations vendredi matin, si l’état de la mer "
                "le permet.",
            ],
        ),
        (
            "14:30",
            "Un arbre sur une voiture à Landerneau, le conducteur indemne",
            [
                "Un chêne s’est abattu sur une voiture en circulation, route de Pencran, à "
                "Landerneau, peu avant 14&nbsp;h. Le conducteur, un homme de 58 ans, est sorti "
                "seul de son véhicule. Il a été examiné sur place par les pompiers.",
                "«&nbsp;J’ai entendu un craquement, et le pare-brise a explosé. J’ai eu une "
                "chance incroyable&nbsp;», a-t-il confié à notre correspondant.",
            ],
        ),
        (
            "13:10",
            "Enedis mobilise 300 techniciens",
            [
                "Le gestionnaire du réseau électrique compte désormais 42&nbsp;000 foyers privés "
                "de courant dans le Finistère, dont 15&nbsp;000 dans le pays de Brest. Quelque "
                "300 techniciens sont mobilisés, dont une centaine venus des Pays de la Loire.",
                "Enedis prévient que certains hameaux isolés pourraient ne pas être réalimentés "
                "avant vendredi.",
            ],
        ),
        (
            "11:45",
            "Trafic perturbé sur les routes et les rails",
            [
                "La circulation reste très difficile dans le département. Voici les principales "
                "perturbations signalées par la préfecture&nbsp;:",
                "la RN&nbsp;165 est coupée dans le sens Quimper-Brest au niveau de Daoulas&nbsp;;",
                "le pont de Térénez est fermé aux poids lourds&nbsp;;",
                "aucun TER ne circule entre Brest et Quimper jusqu’à 17&nbsp;h.",
            ],
        ),
        (
            "09:20",
            "Une rafale à 152&nbsp;km/h à la pointe du Raz",
            [
                "La station de la pointe du Raz a enregistré une rafale à 152&nbsp;km/h à "
                "8&nbsp;h&nbsp;50, la plus forte mesurée ce jeudi. Brest-Guipavas a relevé "
                "124&nbsp;km/h.",
            ],
        ),
        (
            "07:00",
            "Bienvenue dans ce direct",
            [
                "Bonjour à toutes et à tous. Nous suivons tout au long de la journée le passage "
                "de cette tempête sur le Finistère et le reste de la Bretagne.",
            ],
        ),
    ]
    video = (
        '<div class="tlg-video"><div class="dailymotion-player-root" data-player-id="x8tlg" data-video="x9k2l7q"></div>'
        '<p class="tlg-video__legend">Les images de l’arbre tombé sur une voiture à Landerneau.</p></div>'
    )
    blocks = []
    for time, head, texts in entries:
        heading = f'<h3 class="live-post__title">{head}</h3>' if head else ""
        if time == "11:45":
            content = (
                paras(texts[0]) + "<ul>" + "".join(f"<li>{x}</li>" for x in texts[1:]) + "</ul>"
            )
        else:
            content = paras(*texts)
        extra = video if time == "14:30" else ""
        blocks.append(
            f'<div class="live-post" id="post-{time.replace(":", "")}"><div class="live-post__meta"><time class="live-post__time" datetime="2026-12-03T{time}:00+01:00">{time}</time></div>'
            f'{heading}<div class="live-post__content">{content}{extra}</div><div class="live-post__share"><button>Partager</button></div></div>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url,
        "url": url,
        "headline": flat(title),
        "description": flat(lead),
        "articleSection": "Finistère",
        "coverageStartTime": "2026-12-03T07:00:00+01:00",
        "coverageEndTime": "2026-12-03T20:00:00+01:00",
        "datePublished": "2026-12-03T07:00:00+01:00",
        "dateModified": "2026-12-03T16:40:00+01:00",
        "author": [{"@type": "Person", "name": a} for a in authors],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Télégramme",
            "logo": {"@type": "ImageObject", "url": f"{base}/images/logo-telegramme.png"},
        },
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": flat(h) if h else flat(t[0])[:80],
                "datePublished": f"2026-12-03T{time}:00+01:00",
                "articleBody": " ".join(flat(x) for x in t),
            }
            for time, h, t in entries
        ],
    }
    nav = menu(
        5707,
        "tlg-menu",
        base,
        ["Finistère", "Côtes-d’Armor", "Morbihan", "Bretagne", "France", "Sports", "Loisirs"],
        8,
    )
    related = teasers(5707, 12, base, FILLER)
    more = "".join(
        f'<article class="tlg-card"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><h3 class="tlg-card__title">{t["title"]}</h3></a></article>'
        for t in related
    )
    joined = f"{authors[0]}, {authors[1]} et {authors[2]}"
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{flat(title)} - Le Télégramme</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Le Télégramme">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/images/2026/12/03/tempete-brest_6712345_1200x630.jpg">
<meta property="article:published_time" content="2026-12-03T07:00:00+01:00">
<meta property="article:modified_time" content="2026-12-03T16:40:00+01:00">
<meta name="parsely-title" content="{flat(title)}">
<meta name="parsely-link" content="{url}">
<meta name="parsely-type" content="post">
<meta name="parsely-section" content="Brest">
<meta name="parsely-pub-date" content="2026-12-03T06:00:00Z">
<meta name="parsely-author" content="{authors[0]}">
<meta name="parsely-author" content="{authors[1]}">
<meta name="parsely-author" content="{authors[2]}">
<meta name="parsely-tags" content="tempête,météo,direct,finistère">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@LeTelegramme">
<link rel="stylesheet" href="{base}/assets/css/main.7d31e0.css">
<style>{css_blob(5717, "tlg", 320)}</style>
{json_script(ld)}
<script>window.tlgData={{"pageType":"article","articleId":6712345,"live":true,"premium":false,"rubrique":"finistere/brest"}};</script>
</head>
<body class="tlg-article tlg-article--live">
<div id="didomi-host"><div class="didomi-notice"><p>Le Télégramme et ses partenaires utilisent des cookies pour mesurer l’audience, personnaliser les contenus et la publicité.</p><button id="didomi-notice-agree-button">Accepter</button><button>Refuser</button></div></div>
<header class="tlg-header"><a class="tlg-header__logo" href="{base}/"><img src="{base}/images/logo-telegramme.svg" alt="Le Télégramme"></a><nav class="tlg-header__nav">{nav}</nav><a class="tlg-header__abo" href="{base}/abonnement">S’abonner</a><a class="tlg-header__login" href="{base}/connexion">Se connecter</a></header>
<main class="tlg-main">
<nav class="tlg-breadcrumb"><a href="{base}/">Accueil</a> › <a href="{base}/finistere">Finistère</a> › <a href="{base}/finistere/brest">Brest</a></nav>
<article class="tlg-article__main">
<div class="tlg-article__header">
<span class="tlg-badge tlg-badge--live">En direct</span>
<h1 class="tlg-article__title">{title}</h1>
<p class="tlg-article__chapo">{lead}</p>
<div class="tlg-article__byline"><span class="tlg-article__authors">{joined}</span></div>
<div class="tlg-article__dates">Publié le 03 décembre 2026 à 07h00, modifié le 03 décembre 2026 à 16h40</div>
<div class="tlg-article__tools"><a class="tlg-comments-count" href="#comments">23 commentaires</a><button class="tlg-share">Partager</button><button class="tlg-bookmark">Sauvegarder</button></div>
</div>
<figure class="tlg-article__figure"><img src="{base}/images/2026/12/03/tempete-brest_6712345_1200x630.jpg" alt=""><figcaption>Les vagues submergent la digue du Moulin-Blanc, à Brest, jeudi matin. (Le Télégramme/Lionel Le Saux)</figcaption></figure>
<div class="tlg-live-refresh"><button>Actualiser le direct</button></div>
<div class="tlg-article__body tlg-live">
{chr(10).join(blocks)}
</div>
</article>
<div class="tlg-newsletter"><h2>Newsletter Brest</h2><p>Chaque matin, l’actualité de Brest et de son agglomération.</p><a href="{base}/newsletters">Je m’inscris</a></div>
<section class="tlg-comments" id="comments"><h2>23 commentaires</h2><p>Connectez-vous pour réagir.</p></section>
<section class="tlg-related"><h2>Les articles du même sujet</h2>{more}</section>
</main>
<footer class="tlg-footer"><p>© Le Télégramme 2026</p><ul><li><a href="{base}/mentions-legales">Mentions légales</a></li><li><a href="{base}/cookies">Cookies</a></li></ul></footer>
<script src="https://geo.dailymotion.com/libs/player/x8tlg.js" async></script>
<script src="{base}/assets/js/main.7d31e0.js" defer></script>
</body>
</html>
"""
    write(
        "07_letelegramme_custom_direct_three_authors_parsely",
        page,
        {
            "title": flat(title),
            "publication": "Le Télégramme",
            "author": joined,
            "section": "Finistère",
            "date": datetime.date(2026, 12, 3),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [flat(h) for _, h, _ in entries if h],
            "paragraphs": [flat(x) for _, _, t in entries for x in t],
            "notes": "Custom CMS live page, newest first: h3 entry titles are subheads, one entry "
            "untitled, times '16:40' are not text; one entry is an introducing paragraph + ul "
            "of three items; a quotation and a Dailymotion player with its legend in another. "
            "'En direct.' is part of the h1, the badge is not. Three authors as one span "
            "'A, B et C' (one name with ’). JSON-LD LiveBlogPosting (articleSection 'Finistère', "
            "liveBlogUpdate repeating the text) beats parsely-section 'Brest' and the "
            "breadcrumb. Standfirst p.tlg-article__chapo. 'Publié le 03 décembre 2026 à 07h00, "
            "modifié …'; comment counter; newsletter.",
        },
    )


def page08() -> None:
    """L'Essor: WordPress Zox News + Rank Math, body split by <br /> only, signature."""
    base = "https://www.essor.ml"
    url = f"{base}/segou-une-campagne-de-vaccination-contre-la-rougeole-cible-410-000-enfants/"
    title = "Ségou : une campagne de vaccination contre la rougeole cible 410.000 enfants"
    sub = "Des équipes mobiles pour les zones d’accès difficile"
    segs = [
        "La Direction régionale de la santé de Ségou a lancé, lundi dernier, une campagne de "
        "vaccination contre la rougeole qui doit toucher 410.000 enfants âgés de 9 mois à 5 ans "
        "d’ici le 15 décembre. La cérémonie de lancement s’est tenue au centre de santé de "
        "référence de Ségou, en présence du gouverneur de la Région, Moussa Diarra.",
        "Cette campagne intervient après une hausse des cas signalés depuis le mois d’août. "
        "Selon le directeur régional de la santé, Dr Boubacar Sangaré, 214 cas suspects ont été "
        "notifiés dans la région en trois mois, contre 61 sur la même période l’an dernier. "
        "« La couverture vaccinale a reculé dans plusieurs aires de santé. Nous devons rattraper "
        "les enfants qui n’ont pas reçu leurs deux doses », a-t-il expliqué.",
        "Au total, 1.150 agents vaccinateurs et 380 relais communautaires ont été formés pour "
        "l’occasion. Les vaccins, soit 460.000 doses, ont été acheminés dans les districts "
        "sanitaires de Ségou, San, Bla, Baroueli, Macina, Markala, Niono et Tominian.",
        "Dans les localités les plus éloignées, notamment le long du fleuve et dans la zone "
        "inondée, des équipes mobiles se déplaceront en pirogue et à moto. Les chefs de village "
        "et les imams ont été associés à la mobilisation pour informer les familles des jours "
        "de passage.",
        "Le gouverneur a appelé les parents à présenter tous leurs enfants, même ceux qui ont "
        "déjà été vaccinés. « La vaccination est gratuite. Aucun agent n’a le droit de vous "
        "demander de l’argent », a-t-il insisté.",
    ]
    related = teasers(5708, 10, base, FILLER)
    lire = f'Lire aussi : <a href="{related[0]["url"]}">Santé maternelle : le district de San se dote d’une nouvelle maternité</a>'
    signature = "<strong>Fatoumata MAÏGA</strong>"
    content = "<br />\n".join(
        [
            *segs[:2],
            lire,
            segs[2],
            f"<strong>{sub}</strong>",
            *segs[3:],
            signature,
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": ["Person", "Organization"],
                "@id": f"{base}/#person",
                "name": "L'Essor",
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base,
                "name": "L'Essor",
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebPage",
                "@id": f"{url}#webpage",
                "url": url,
                "name": f"{title} - L'Essor",
                "datePublished": "2026-12-03T10:15:00+00:00",
                "isPartOf": {"@id": f"{base}/#website"},
            },
            {
                "@type": "Person",
                "@id": f"{base}/author/redaction/",
                "name": "La Rédaction",
                "url": f"{base}/author/redaction/",
            },
            {
                "@type": "NewsArticle",
                "headline": f"{title} - L'Essor",
                "datePublished": "2026-12-03T10:15:00+00:00",
                "dateModified": "2026-12-03T10:15:00+00:00",
                "articleSection": "Santé, Société",
                "author": {"@id": f"{base}/author/redaction/", "name": "La Rédaction"},
                "publisher": {"@id": f"{base}/#person"},
                "@id": f"{url}#richSnippet",
                "isPartOf": {"@id": f"{url}#webpage"},
                "inLanguage": "fr-FR",
                "mainEntityOfPage": {"@id": f"{url}#webpage"},
            },
        ],
    }
    nav = menu(
        5708,
        "menu",
        base,
        ["Actualité", "Politique", "Économie", "Société", "Santé", "Culture", "Sport", "Régions"],
        5,
    )
    more = "".join(
        f'<a href="{t["url"]}" rel="bookmark"><div class="mvp-related-img left relative"><img src="{t["image"]}" alt=""></div><div class="mvp-related-text left relative"><p>{t["title"]}</p></div></a>'
        for t in related[1:7]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8" >
<meta name="viewport" id="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0, user-scalable=no" />
<link rel="pingback" href="{base}/xmlrpc.php" />
<meta property="og:type" content="article" />
<meta property="og:image" content="{base}/wp-content/uploads/2026/12/vaccination-segou.jpg" />
<meta name="twitter:image" content="{base}/wp-content/uploads/2026/12/vaccination-segou.jpg" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="La Direction régionale de la santé de Ségou a lancé, lundi dernier, une campagne de vaccination contre la rougeole qui doit toucher 410.000 enfants âgés de 9 mois à 5 ans d’ici le [&hellip;]" />
<meta name="twitter:card" content="summary_large_image">
<title>{title} - L&#039;Essor</title>
<!-- This site is optimized with the Rank Math SEO plugin v1.0.231 - https://rankmath.com/ -->
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:site_name" content="L&#039;Essor" />
<meta property="article:section" content="Santé" />
<meta property="article:published_time" content="2026-12-03T10:15:00+00:00" />
<meta name="twitter:label1" content="Écrit par" />
<meta name="twitter:data1" content="La Rédaction" />
<meta name="twitter:label2" content="Temps de lecture" />
<meta name="twitter:data2" content="2 minutes" />
{json_script(graph, 'type="application/ld+json" class="rank-math-schema"')}
<!-- /Rank Math WordPress SEO plugin -->
<link rel='stylesheet' id='mvp-custom-style-css' href='{base}/wp-content/themes/zox-news/style.css?ver=6.6.2' type='text/css' media='all' />
<style id='mvp-custom-style-inline-css' type='text/css'>{css_blob(5718, "mvp", 260)}</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-98231 single-format-standard wp-embed-responsive">
<div id="mvp-fly-wrap"><div id="mvp-fly-menu-wrap"><nav class="mvp-fly-nav-menu left relative">{nav}</nav></div></div>
<div id="mvp-site" class="left relative">
<div id="mvp-site-wall" class="left relative">
<div id="mvp-leader-wrap"><div class="mvp-leader-ad"><a href="https://www.orangemali.com/"><img src="{base}/wp-content/uploads/2026/11/banniere-728x90.gif" alt="Publicité"></a></div></div>
<header id="mvp-main-head-wrap" class="left relative"><nav id="mvp-main-nav-wrap" class="left relative"><div id="mvp-main-nav-top" class="left relative"><div class="mvp-main-box"><div id="mvp-nav-top-wrap" class="left relative"><div class="mvp-nav-top-mid left relative"><a class="mvp-nav-logo-reg" itemprop="url" href="{base}/"><img itemprop="logo" src="{base}/wp-content/uploads/2024/01/logo-essor.png" alt="L&#039;Essor" data-rjs="2" /></a><h2 class="mvp-logo-title">L&#039;Essor</h2></div><div class="mvp-nav-top-right-out left relative"><span class="mvp-nav-date">Samedi 5 décembre 2026</span></div></div></div></div><div id="mvp-main-nav-bot" class="left relative"><div class="mvp-main-nav-cont left relative"><div class="mvp-nav-menu left">{nav}</div></div></div></nav></header>
<div id="mvp-main-body-wrap" class="left relative">
<article id="mvp-article-wrap" itemscope itemtype="http://schema.org/NewsArticle">
<div id="mvp-article-cont" class="left relative"><div class="mvp-main-box"><div id="mvp-post-main" class="left relative">
<header id="mvp-post-head" class="left relative">
<h3 class="mvp-post-cat left relative"><a class="mvp-post-cat-link" href="{base}/category/sante/"><span class="mvp-post-cat left">Santé</span></a></h3>
<h1 class="mvp-post-title left entry-title" itemprop="headline">{title}</h1>
<div class="mvp-author-info-wrap left relative"><div class="mvp-author-info-text left relative"><div class="mvp-author-info-date left relative"><p>Publié</p> <span class="mvp-post-date">il y a 2 jours</span> <p>le</p> <span class="mvp-post-date updated"><time class="post-date updated" itemprop="datePublished" datetime="2026-12-03">3 décembre 2026</time></span></div><div class="mvp-author-info-name left relative" itemprop="author" itemscope itemtype="https://schema.org/Person"><p>Par</p> <span class="author-name vcard fn author" itemprop="name"><a href="{base}/author/redaction/" title="Articles par La Rédaction" rel="author">La Rédaction</a></span></div></div></div>
</header>
<div class="mvp-post-main-out left relative"><div class="mvp-post-main-in"><div id="mvp-post-content" class="left relative">
<div id="mvp-content-wrap" class="left relative"><div class="mvp-post-soc-out right relative"><div class="mvp-post-soc-in"><div class="mvp-post-soc-wrap left relative"><ul class="mvp-post-soc-list left relative"><a href="#" class="mvp-share-fb"><li class="mvp-post-soc-fb"><span class="mvp-post-soc-text">Partager</span></li></a><a href="#" class="mvp-share-tw"><li class="mvp-post-soc-twit"><span class="mvp-post-soc-text">Tweeter</span></li></a><a href="#" class="mvp-share-wa"><li class="mvp-post-soc-wa"></li></a></ul></div></div></div>
<div class="mvp-post-img-hide" itemprop="image"><div id="mvp-post-feat-img" class="left relative mvp-post-feat-img-wide2"><img width="1000" height="600" src="{base}/wp-content/uploads/2026/12/vaccination-segou.jpg" class="attachment- size- wp-post-image" alt="" /></div><span class="mvp-feat-caption">Un agent vaccinateur au centre de santé de référence de Ségou (Photo : Moussa KONATÉ)</span></div>
<div id="mvp-content-body" class="left relative"><div id="mvp-content-body-top" class="left relative">
<div id="mvp-content-main" class="left relative">
<p>{content}</p>
</div>
<div class="mvp-post-tags"><span class="mvp-post-tags-header">Mots-clés:</span><span itemprop="keywords"><a href="{base}/tag/rougeole/" rel="tag">rougeole</a><a href="{base}/tag/segou/" rel="tag">Ségou</a><a href="{base}/tag/vaccination/" rel="tag">vaccination</a></span></div>
</div></div>
<div id="mvp-related-posts" class="left relative"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">Vous pourriez aussi aimer</span></h4><ul class="mvp-related-posts-list left related">{more}</ul></div>
<div id="mvp-comments-button" class="left relative mvp-com-click"><span class="mvp-comment-but-text">Cliquez pour commenter</span></div>
<div id="comments" class="mvp-com-click-id"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span></p><p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /></p></form></div></div>
</div></div></div></div>
</div></div></div>
</article>
</div>
<footer id="mvp-foot-wrap" class="left relative"><div id="mvp-foot-copy" class="left relative"><p>Copyright © 2026 L&#039;Essor. Quotidien national d’information du Mali.</p></div></footer>
</div></div>
<script type="text/javascript" src="{base}/wp-content/themes/zox-news/js/mvpcustom.js?ver=6.6.2" id="mvp-custom-js"></script>
</body>
</html>
"""
    write(
        "08_lessor_zoxnews_rankmath_br_signature",
        page,
        {
            "title": title,
            "publication": "L'Essor",
            "author": "Fatoumata Maïga",
            "section": "Santé",
            "date": datetime.date(2026, 12, 3),
            "source_url": url,
            "subheads": [sub],
            "paragraphs": [flat(x) for x in segs],
            "notes": "WordPress Zox News + Rank Math. The whole body is one <p> split by single "
            "<br /> only: a <strong> line is a subhead, a 'Lire aussi :' line is chrome, the "
            "closing '<strong>Fatoumata MAÏGA</strong>' is the signature → author 'Fatoumata "
            "Maïga'; the WordPress byline 'Par La Rédaction' (JSON-LD Person) names no person. "
            "JSON-LD headline and <title> with ' - L'Essor'. articleSection 'Santé, Société' "
            "(one comma-joined string: first item) and article:section 'Santé'. No standfirst "
            "(og:description is an excerpt); 'il y a 2 jours' beside '3 décembre 2026'; header "
            "date of the day; caption credit in parentheses; banner ad; comment form.",
        },
    )
