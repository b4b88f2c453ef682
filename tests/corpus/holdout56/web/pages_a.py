# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout56/web (France, Switzerland, Belgium)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page01() -> None:
    """L'Express: Arc XP, economy, two authors, data table, h2 subhead, paywall cut."""
    base = "https://www.lexpress.fr"
    arc_id = "QK7XW3NDRBE5FLQ2HJ6TZ4MAPY"
    url = f"{base}/economie/immobilier/credit-immobilier-pourquoi-les-banques-resserrent-de-nouveau-la-vis-{arc_id}/"
    title = "Crédit immobilier : pourquoi les banques resserrent de nouveau la vis"
    lead = (
        "Après une embellie au printemps, les taux repartent à la hausse et les dossiers "
        "refusés se multiplient. Les primo-accédants sont les premiers touchés."
    )
    p = [
        "Il y a six mois encore, les courtiers parlaient de «&nbsp;fenêtre de tir&nbsp;». Les "
        "taux du crédit immobilier avaient reculé pour le quatrième mois d’affilée, et les "
        "banques, qui avaient fermé les vannes en 2023, rivalisaient de nouveau d’offres pour "
        "attirer les emprunteurs solvables. Ce temps paraît déjà loin.",
        "Selon les chiffres publiés lundi 16&nbsp;novembre par l’Observatoire Crédit "
        "Logement/CSA, le taux moyen des prêts accordés en octobre a atteint 3,48&nbsp;%, contre "
        "3,11&nbsp;% en mai. Une hausse modeste en apparence, mais qui suffit à exclure du "
        "marché des milliers de ménages situés à la limite du taux d’endettement autorisé.",
        "«&nbsp;Sur un prêt de 250&nbsp;000&nbsp;euros sur vingt-cinq ans, un tiers de point, "
        "c’est près de 45&nbsp;euros de mensualité en plus. Pour un couple qui était déjà à "
        "34,5&nbsp;% d’endettement, le dossier ne passe plus&nbsp;», résume Sandrine Gallet, "
        "courtière à Nantes.",
        "La remontée des taux n’est pas seule en cause. Les banques, dont les marges sur le "
        "crédit immobilier restent faibles, se montrent plus exigeantes sur l’apport personnel. "
        "En moyenne, il représente désormais 19&nbsp;% du prix d’achat, un niveau jamais "
        "atteint depuis que l’Observatoire le mesure.",
        "L’évolution des taux moyens selon la durée du prêt&nbsp;:",
    ]
    rows = [
        ("Durée", "Mai 2026", "Octobre 2026"),
        ("15 ans", "2,94&nbsp;%", "3,29&nbsp;%"),
        ("20 ans", "3,05&nbsp;%", "3,41&nbsp;%"),
        ("25 ans", "3,18&nbsp;%", "3,56&nbsp;%"),
    ]
    q = [
        "Les jeunes ménages sont les plus pénalisés. La part des moins de 35&nbsp;ans parmi "
        "les emprunteurs est tombée à 38&nbsp;% au troisième trimestre, contre 44&nbsp;% un an "
        "plus tôt. Dans les grandes métropoles, où les prix n’ont que légèrement reculé, "
        "l’équation devient souvent insoluble sans aide familiale.",
        "Du côté des établissements, on récuse toute volonté de fermer le robinet. «&nbsp;Nous "
        "prêtons autant qu’en 2025, mais à des profils plus solides&nbsp;», reconnaît "
        "toutefois le directeur des crédits d’une grande banque mutualiste, qui préfère garder "
        "l’anonymat.",
    ]
    subhead = "Des apports exigés en hausse"
    head_row = "".join(f'<th scope="col">{c}</th>' for c in rows[0])
    body_rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    table = (
        '<figure class="article__table"><table class="table-responsive">'
        f"<thead><tr>{head_row}</tr></thead><tbody>{body_rows}</tbody></table>"
        '<figcaption class="article__table-source">Source : Observatoire Crédit Logement/CSA.'
        "</figcaption></figure>"
    )
    read_also = (
        '<aside class="article__read-also"><span class="article__read-also-label">Lire aussi</span>'
        f'<a href="{base}/economie/immobilier/prix-de-l-ancien-la-baisse-ralentit-dans-les-grandes-villes-HT2MZQ5KDFC7JLW4YB3XNA6R9E/">Prix de l’ancien : la baisse ralentit dans les grandes villes</a></aside>'
    )
    para_cls = 'class="article__paragraph"'
    body = "\n".join(
        [
            paras(*p[:2], attrs=para_cls),
            read_also,
            paras(p[2], attrs=para_cls),
            f'<h2 class="article__subtitle">{subhead}</h2>',
            paras(*p[3:5], attrs=para_cls),
            table,
            paras(q[0], attrs=para_cls),
            '<div class="ad-container ad-container--inread" id="dfp-inread-1" data-format="inread"><span class="ad-container__label">Publicité</span></div>',
            f'<p class="article__paragraph article__paragraph--faded">{q[1]}</p>',
        ]
    )
    paywall = (
        '<div class="paywall" id="poool-widget" data-paywall="premium"><div class="paywall__inner">'
        '<p class="paywall__title">Cet article est réservé aux abonnés</p>'
        '<p class="paywall__text">Profitez de notre offre : 1&nbsp;€ le premier mois, sans engagement.</p>'
        f'<a class="paywall__cta" href="{base}/abonnement/?origin=paywall">Je m’abonne</a>'
        f'<p class="paywall__login">Déjà abonné ? <a href="{base}/connexion/">Se connecter</a></p>'
        "</div></div>"
    )
    authors = [("Clémence Aubertin", "clemence-aubertin"), ("Hugo Verlaine", "hugo-verlaine")]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": flat(lead),
        "articleSection": "Économie",
        "keywords": ["crédit immobilier", "taux d'intérêt", "banques", "logement"],
        "datePublished": "2026-11-17T05:30:00Z",
        "dateModified": "2026-11-17T08:12:00Z",
        "image": [
            {
                "@type": "ImageObject",
                "url": f"{base}/resizer/v2/{arc_id}.jpg?auth=7f1c&width=1200",
                "width": 1200,
                "height": 675,
            }
        ],
        "author": [
            {"@type": "Person", "name": n, "url": f"{base}/auteurs/{s}/"} for n, s in authors
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "L'Express",
            "logo": {"@type": "ImageObject", "url": f"{base}/pf/resources/img/logo-lexpress.png"},
        },
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".article__premium",
        },
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Économie", "item": f"{base}/economie/"},
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Immobilier",
                "item": f"{base}/economie/immobilier/",
            },
        ],
    }
    fusion = {
        "_id": arc_id,
        "type": "story",
        "headlines": {"basic": title},
        "subheadlines": {"basic": flat(lead)},
        "credits": {"by": [{"type": "author", "name": n, "slug": s} for n, s in authors]},
        "taxonomy": {
            "primary_section": {"_id": "/economie/immobilier", "name": "Immobilier"},
            "sections": [{"_id": "/economie", "name": "Économie"}],
        },
        "content_restrictions": {"content_code": "premium"},
        "display_date": "2026-11-17T05:30:00Z",
        "content_elements": [{"type": "text", "content": x} for x in p[:3]]
        + [{"type": "header", "level": 2, "content": subhead}]
        + [{"type": "text", "content": x} for x in p[3:]]
        + [{"type": "table", "rows": [list(r) for r in rows]}]
        + [{"type": "text", "content": x} for x in q],
        "truncated": True,
    }
    fusion_js = json.dumps(fusion, ensure_ascii=False).replace("</", "<\\/")
    nav = menu(
        5601,
        "main-nav",
        base,
        ["Politique", "Monde", "Économie", "Société", "Sciences", "Culture", "Idées", "Styles"],
        7,
    )
    more = "".join(
        f'<article class="card card--small"><a class="card__link" href="{t["url"]}"><img class="card__img" src="{t["image"]}" alt="" loading="lazy" width="160" height="90"><span class="card__section">{t["section"]}</span><h3 class="card__title">{t["title"]}</h3></a></article>'
        for t in teasers(561, 24, base, FILLER)
    )
    footer_links = "".join(
        f'<li><a href="{base}/{s}/">{n}</a></li>'
        for n, s in [
            ("Mentions légales", "mentions-legales"),
            ("CGU", "cgu"),
            ("Politique de confidentialité", "confidentialite"),
            ("Gestion des cookies", "cookies"),
            ("Contact", "contact"),
            ("Abonnement", "abonnement"),
        ]
    )
    byline = ", ".join(
        f'<a class="article__author-link" href="{base}/auteurs/{s}/">{n}</a>' for n, s in authors
    )
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{title} - L'Express</title><meta name="description" content="{flat(lead)}"/><meta name="robots" content="index, follow, max-image-preview:large"/><link rel="canonical" href="{url}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="L'Express"/><meta property="og:title" content="{title}"/><meta property="og:description" content="{flat(lead)}"/><meta property="og:url" content="{url}"/><meta property="og:image" content="{base}/resizer/v2/{arc_id}.jpg?auth=7f1c&amp;width=1200"/><meta property="article:published_time" content="2026-11-17T05:30:00Z"/><meta property="article:modified_time" content="2026-11-17T08:12:00Z"/><meta property="article:content_tier" content="locked"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@LEXPRESS"/><meta name="twitter:title" content="{title}"/><link rel="preconnect" href="https://sdk.privacy-center.org"/><link rel="stylesheet" href="{base}/pf/dist/css/lexpress-default.css?d=412"/><style>{css_blob(5611, "lx", 340)}</style>{json_script(ld)}{json_script(crumbs)}<script>window.didomiConfig={{"app":{{"apiKey":"5f3c0a12-lexp","vendors":{{"iab":{{"all":true}}}}}}}};</script><script async src="https://sdk.privacy-center.org/loader.js"></script><script>var Fusion=Fusion||{{}};Fusion.arcSite="lexpress";Fusion.contextPath="/pf";Fusion.deployment="412";Fusion.globalContent={fusion_js};Fusion.globalContentConfig={{"source":"content-api","query":{{"_id":"{arc_id}"}}}};</script></head><body class="page-article premium"><div id="didomi-host" aria-hidden="true"><div class="didomi-popup-container"><div class="didomi-popup-notice-text"><p>Avec votre accord, L'Express et ses partenaires utilisent des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.</p></div><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-disagree-button">Refuser</button><button>Paramétrer</button></div></div><div id="fusion-app" class="layout"><header class="header"><div class="header__top"><button class="header__burger" aria-label="Menu">Menu</button><a class="header__logo" href="{base}/" title="L'Express"><svg viewBox="0 0 200 40" role="img" aria-label="L'Express"><path d="M0 0h30v40H0z"/></svg></a><a class="header__subscribe" href="{base}/abonnement/">S’abonner</a><a class="header__login" href="{base}/connexion/">Se connecter</a></div><nav class="header__nav" aria-label="Navigation principale">{nav}</nav></header><main class="main main--article"><nav class="breadcrumb" aria-label="Fil d’Ariane"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="{base}/economie/">Économie</a></li><li class="breadcrumb__item"><a href="{base}/economie/immobilier/">Immobilier</a></li></ol></nav><article class="article article--premium"><header class="article__header"><div class="article__labels"><span class="label label--premium" title="Article réservé aux abonnés">Abonné</span></div><h1 class="article__headline">{title}</h1><p class="article__subheadline">{lead}</p><div class="article__meta"><div class="article__authors">Par {byline}</div><div class="article__dates"><time class="article__date" datetime="2026-11-17T05:30:00Z">Publié le 17/11/2026 à 06:30</time>, <time class="article__date article__date--updated" datetime="2026-11-17T08:12:00Z">mis à jour le 17/11/2026 à 09:12</time></div><div class="article__reading-time">Temps de lecture : 4 min</div></div><div class="share share--top"><button class="share__btn" data-network="facebook" aria-label="Partager sur Facebook">Facebook</button><button class="share__btn" data-network="x" aria-label="Partager sur X">X</button><button class="share__btn" data-network="linkedin" aria-label="Partager sur LinkedIn">LinkedIn</button><button class="share__btn share__btn--gift" aria-label="Offrir cet article">Offrir l’article</button><button class="share__btn share__btn--bookmark" aria-label="Sauvegarder">Sauvegarder</button></div></header><figure class="article__figure"><picture><source type="image/webp" srcset="{base}/resizer/v2/{arc_id}.jpg?auth=7f1c&amp;width=800&amp;format=webp"/><img src="{base}/resizer/v2/{arc_id}.jpg?auth=7f1c&amp;width=800" alt="Agence bancaire à Lyon." width="800" height="450"/></picture><figcaption class="article__caption">Le taux moyen des crédits immobiliers est remonté à 3,48 % en octobre. <span class="article__credit">afp.com/Jeff Pachoud</span></figcaption></figure><div class="article__body article__premium">
{body}
</div>
{paywall}
<div class="article__tags"><span class="article__tags-title">Sujets</span><a href="{base}/sujet/credit-immobilier/">Crédit immobilier</a><a href="{base}/sujet/banques/">Banques</a><a href="{base}/sujet/logement/">Logement</a></div></article><section class="related"><h2 class="related__title">Nos articles sur le même sujet</h2><div class="related__grid">{more}</div></section><aside class="newsletter-box"><p class="newsletter-box__title">Newsletter Économie</p><p>Chaque vendredi, l’essentiel de l’actualité économique décryptée par la rédaction.</p><form><input type="email" placeholder="Votre adresse e-mail"/><button type="submit">S’inscrire</button></form></aside></main><footer class="footer"><a class="footer__logo" href="{base}/">L'Express</a><ul class="footer__links">{footer_links}</ul><p class="footer__copyright">© L'Express 2026 - Tous droits réservés</p></footer></div><script src="{base}/pf/dist/engine/react.js?d=412" defer></script><script src="{base}/pf/dist/components/combinations/default.js?d=412" defer></script><script async src="https://cdn.poool.fr/access.min.js"></script><script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"page_type":"article","content_tier":"premium","section":"economie","subsection":"immobilier","article_id":"{arc_id}"}});</script></body></html>"""
    write(
        "01_lexpress_arcxp_economie_paywall_table_two_authors",
        page,
        {
            "title": title,
            "publication": "L'Express",
            "author": "Clémence Aubertin et Hugo Verlaine",
            "section": "Économie",
            "date": datetime.date(2026, 11, 17),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(x) for x in p]
            + [" ".join(flat(c) for c in r) for r in rows]
            + [flat(x) for x in q],
            "incomplete": True,
            "notes": "L'Express on Arc XP, one-line page. Economy piece by two authors written "
            "'Par A, B' in two links (-> 'A et B'). Standfirst p.article__subheadline; one h2 "
            "subhead; 'Lire aussi' aside and an inread ad between paragraphs; data table (header "
            "+ three rows, each row a paragraph, cells joined by a space) whose source line is a "
            "figcaption (chrome). Paywall: the body stops after the faded last paragraph, then "
            "'Cet article est réservé aux abonnés' (incomplete); isAccessibleForFree false with "
            "hasPart; label 'Abonné'. articleSection 'Économie' beats the breadcrumb's "
            "'Immobilier'. Caption credit 'afp.com/…' is a photo credit, no agency. 'Publié le "
            "17/11/2026 à 06:30' (05:30Z), 'mis à jour … 09:12'. Fusion.globalContent repeats "
            "the text.",
        },
    )


def page02() -> None:
    """Ouest-France: custom, local court report, capitals byline, block quotation, UTC eve."""
    base = "https://www.ouest-france.fr"
    uid = "5b8e2f40-ca4e-11f1-9d3a-7c1e5a2b9f06"
    url = f"{base}/bretagne/vannes-56000/vannes-il-avait-incendie-la-voiture-de-son-ex-compagne-un-an-de-prison-ferme-{uid}"
    title = "Vannes. Il avait incendié la voiture de son ex-compagne : un an de prison ferme"
    lead = (
        "Un homme de 34&nbsp;ans était jugé en comparution immédiate, mardi 24&nbsp;novembre "
        "2026, par le tribunal correctionnel de Vannes (Morbihan). Il avait mis le feu au "
        "véhicule de son ancienne compagne, à Séné, dans la nuit de samedi à dimanche."
    )
    p = [
        "Il est un peu plus de 21&nbsp;h lorsque le président du tribunal, Philippe Kerhervé, "
        "appelle la dernière affaire de la journée. Dans le box, Yoann G., 34&nbsp;ans, cheveux "
        "ras et sweat gris, se tient voûté. Il reconnaît d’emblée les faits : dans la nuit du 21 "
        "au 22&nbsp;novembre, il a aspergé d’essence la voiture de son ancienne compagne, "
        "stationnée devant son domicile à Séné, avant d’y mettre le feu.",
        "Le véhicule a été entièrement détruit. Les flammes ont aussi endommagé la façade de la "
        "maison voisine, dont les occupants, un couple de retraités, ont été réveillés par "
        "l’explosion d’un pneu. Les pompiers sont intervenus vers 3&nbsp;h&nbsp;30.",
    ]
    subhead = "Des messages lus à l’audience"
    intro = (
        "Le président lit plusieurs messages envoyés par le prévenu dans les heures qui ont "
        "précédé l’incendie :"
    )
    quoted = [
        "« Tu crois que tu vas refaire ta vie comme ça ? Tu vas voir ce que ça fait de tout "
        "perdre. »",
        "« Ce soir je passe. Ne t’inquiète pas, tu ne me verras pas. »",
    ]
    q = [
        "« Je voulais qu’elle ait peur, pas qu’elle soit blessée. Je savais qu’elle dormait à "
        "l’arrière de la maison », se défend Yoann G., qui dit avoir bu « une dizaine de "
        "bières » ce soir-là. Le couple s’était séparé en juin, après sept ans de vie commune. "
        "Deux enfants, âgés de 4 et 6&nbsp;ans, sont nés de leur union.",
        "Absente à l’audience, la victime est représentée par son avocate, M<sup>e</sup> Anne "
        "Guillou, qui décrit une femme « qui ne dort plus et a déménagé chez sa sœur ». Elle "
        "réclame 9&nbsp;500&nbsp;€ pour le véhicule et 3&nbsp;000&nbsp;€ au titre du préjudice "
        "moral.",
        "Pour la procureure, Claire Moisan, « l’intention était claire : atteindre la victime à "
        "travers ce qu’elle possède ». Elle requiert deux ans de prison, dont un an assorti d’un "
        "sursis probatoire, avec maintien en détention.",
        "L’avocat de la défense, M<sup>e</sup> Romain Le Duff, évoque un homme « sans "
        "antécédent, qui a perdu pied après la séparation » et plaide pour un aménagement de "
        "peine. Il souligne que son client a lui-même appelé les secours.",
        "Après une demi-heure de délibéré, le tribunal a suivi les réquisitions. Yoann G. est "
        "condamné à deux ans d’emprisonnement, dont un an avec sursis probatoire pendant deux "
        "ans, avec obligation de soins et interdiction de contact avec la victime. Il a été "
        "maintenu en détention.",
    ]
    read_also = (
        '<div class="su-read-also"><span class="su-read-also__label">À lire aussi :</span> '
        f'<a href="{base}/bretagne/vannes-56000/violences-conjugales-le-morbihan-lance-un-bracelet-anti-rapprochement-de-nouvelle-generation-0c4d1e7a-c02b-11f1-8e4f-2a9d7b3c1e55">Violences conjugales : le Morbihan teste un nouveau dispositif d’alerte</a></div>'
    )
    pcls = 'class="su-paragraph"'
    body = "\n".join(
        [
            paras(*p, attrs=pcls),
            read_also,
            f'<h2 class="su-intertitle">{subhead}</h2>',
            paras(intro, attrs=pcls),
            '<blockquote class="su-quote">' + paras(*quoted) + "</blockquote>",
            paras(*q[:2], attrs=pcls),
            '<div class="su-ad" id="ofr-inread" data-ad-position="inread"><span class="su-ad__label">Publicité</span></div>',
            paras(*q[2:], attrs=pcls),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": flat(lead),
        "datePublished": "2026-11-24T23:20:00Z",
        "dateModified": "2026-11-24T23:20:00Z",
        "author": [
            {
                "@type": "Person",
                "name": "Gwenola Le Bihan",
                "url": f"{base}/auteurs/gwenola-le-bihan/",
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Ouest-France",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/img/logo-ouest-france.png"},
        },
        "image": {
            "@type": "ImageObject",
            "url": "https://media.ouest-france.fr/v1/pictures/MjAyNjExNzUxMmE.jpg?width=1260",
        },
        "isAccessibleForFree": True,
        "contentLocation": {"@type": "Place", "name": "Vannes"},
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
            {"@type": "ListItem", "position": 2, "name": "Bretagne", "item": base + "/bretagne/"},
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Vannes",
                "item": base + "/bretagne/vannes-56000/",
            },
        ],
    }
    nav = menu(
        5602,
        "su-menu",
        base,
        ["Actualité", "Bretagne", "Normandie", "Pays de la Loire", "Sport", "Culture", "Jeux"],
        8,
    )
    local = "".join(
        f'<li class="su-list__item"><a href="{t["url"]}"><time>{t["date"][8:]}/{t["date"][5:7]}</time> {t["title"]}</a></li>'
        for t in teasers(562, 8, base + "/bretagne/vannes-56000", FILLER)
    )
    more = "".join(
        f'<article class="su-card"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><h3 class="su-card__title">{t["title"]}</h3></a></article>'
        for t in teasers(563, 18, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<title>Vannes. Il avait incendié la voiture de son ex-compagne : un an de prison ferme</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Ouest-France.fr">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://media.ouest-france.fr/v1/pictures/MjAyNjExNzUxMmE.jpg?width=1260">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@OuestFrance">
<meta name="news_keywords" content="Vannes, Séné, tribunal correctionnel, violences conjugales">
<link rel="preload" as="font" href="/static/fonts/ofr-sans.woff2" crossorigin>
<link rel="stylesheet" href="/static/css/article.3c9e1a.css">
<style>{css_blob(5612, "su", 300)}</style>
{json_script(ld)}
{json_script(crumbs)}
<script>window.tc_vars={{"env_template":"article","page_cat1":"bretagne","page_cat2":"vannes-56000","article_id":"{uid}","article_premium":"0","article_type":"recit"}};</script>
<script src="https://sdk.privacy-center.org/loader.js" async></script>
</head>
<body class="page-article">
<div id="didomi-host"><div class="didomi-popup-container"><p>Ouest-France et ses partenaires utilisent des cookies pour vous proposer une expérience personnalisée, mesurer l’audience et afficher des publicités.</p><button id="didomi-notice-agree-button">Accepter &amp; Fermer</button><button>Personnaliser</button><a href="#" class="didomi-continue-without-agreeing">Continuer sans accepter</a></div></div>
<header class="su-header">
<a class="su-header__logo" href="{base}/"><img src="/static/img/logo-ouest-france.svg" alt="Ouest-France" width="180" height="38"></a>
<nav class="su-header__nav" aria-label="Menu principal">{nav}</nav>
<div class="su-header__actions"><a href="{base}/abonnement/" class="su-button su-button--premium">S’abonner</a><a href="{base}/mon-compte/" class="su-button">Se connecter</a></div>
</header>
<main id="main" class="su-main">
<nav class="su-breadcrumb" aria-label="Fil d’Ariane"><ol><li><a href="{base}/">Accueil</a></li><li><a href="{base}/bretagne/">Bretagne</a></li><li><a href="{base}/bretagne/vannes-56000/">Vannes</a></li></ol></nav>
<article class="su-article" data-article-id="{uid}">
<header class="su-article__header">
<h1 class="su-article__title">{title}</h1>
<p class="su-article__chapo">{lead}</p>
<div class="su-article__signature">
<span class="su-signature__brand">Ouest-France</span>
<a class="su-signature__author" href="{base}/auteurs/gwenola-le-bihan/">Gwenola LE BIHAN.</a>
<div class="su-signature__dates"><time datetime="2026-11-24T23:20:00Z">Publié le 25/11/2026 à 00h20</time></div>
</div>
<div class="su-share"><button class="su-share__btn" data-share="facebook">Facebook</button><button class="su-share__btn" data-share="x">X</button><button class="su-share__btn" data-share="whatsapp">WhatsApp</button><button class="su-share__btn" data-share="mail">E-mail</button><button class="su-share__btn su-share__btn--copy">Copier le lien</button></div>
</header>
<figure class="su-figure"><img src="https://media.ouest-france.fr/v1/pictures/MjAyNjExNzUxMmE.jpg?width=960" alt="" width="960" height="540"><figcaption class="su-figure__caption">Le prévenu a été jugé en comparution immédiate au tribunal correctionnel de Vannes. <span class="su-figure__credit">| OUEST-FRANCE</span></figcaption></figure>
<div class="su-article__body">
{body}
</div>
<div class="su-tags"><span>Sujets :</span><a href="{base}/bretagne/vannes-56000/">Vannes</a><a href="{base}/bretagne/sene-56860/">Séné</a><a href="{base}/faits-divers/violences-conjugales/">Violences conjugales</a><a href="{base}/justice/">Justice</a></div>
<div class="su-follow"><button class="su-follow__btn">Suivre Vannes</button><p>Recevez une alerte dès qu’un article sur Vannes est publié.</p></div>
</article>
<aside class="su-newsletter"><h2 class="su-newsletter__title">La newsletter de Vannes</h2><p>Chaque matin, l’actualité de Vannes et de ses environs dans votre boîte mail.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>S’inscrire</button></form></aside>
<section class="su-local"><h2>Vannes, toutes les infos</h2><ul class="su-list">{local}</ul></section>
<section class="su-related"><h2>À découvrir</h2>{more}</section>
</main>
<footer class="su-footer"><p>© Ouest-France</p><ul><li><a href="{base}/mentions-legales/">Mentions légales</a></li><li><a href="{base}/cgu/">CGU</a></li><li><a href="{base}/donnees-personnelles/">Données personnelles</a></li></ul></footer>
<script src="/static/js/article.8f2d4c.js" defer></script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</body>
</html>
"""
    write(
        "02_ouestfrance_custom_proces_blockquote_utc_previous_day",
        page,
        {
            "title": title,
            "publication": "Ouest-France",
            "author": "Gwenola Le Bihan",
            "section": "Vannes",
            "date": datetime.date(2026, 11, 25),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(x) for x in [*p, intro, *quoted, *q]],
            "notes": "Ouest-France, local court report. Headline in the paper's 'Town. Headline' "
            "form; <title> without site name; og:site_name 'Ouest-France.fr' against publisher "
            "and footer 'Ouest-France'. Signature 'Ouest-France' (the brand) then 'Gwenola LE "
            "BIHAN.' in capitals with a trailing period -> 'Gwenola Le Bihan'. No articleSection "
            "or article:section: the breadcrumb's last item 'Vannes'. Published after midnight: "
            "visible 'Publié le 25/11/2026 à 00h20', datePublished 2026-11-24T23:20:00Z (the "
            "UTC day before) -> 25 November. A plain <blockquote> of two quoted text messages "
            "(two paragraphs) after an introducing paragraph; one h2; 'À lire aussi' link and an "
            "ad between paragraphs; M<sup>e</sup> -> 'Me'; caption credit '| OUEST-FRANCE'; "
            "'Suivre Vannes' box, newsletter, local list after the article.",
        },
    )


def page03() -> None:
    """RTS: Nuxt front end, live page of a federal vote, three authors 'avec ATS'."""
    base = "https://www.rts.ch"
    url = f"{base}/info/suisse/2026/article/votations-du-29-novembre-l-initiative-sur-les-creches-acceptee-la-loi-sur-la-chasse-rejetee-29184473.html"
    title = "Votations du 29 novembre: l’initiative sur les crèches acceptée, la loi sur la chasse rejetée"
    lead = (
        "Le peuple suisse se prononçait dimanche sur deux objets fédéraux. L’initiative "
        "populaire «Pour des crèches accessibles à toutes les familles» est acceptée par 56,8% "
        "des votants, tandis que la révision de la loi sur la chasse est rejetée."
    )
    law_points = [
        "des tirs préventifs autorisés dès quatre attaques sur un même troupeau;",
        "la possibilité pour les cantons de réguler les meutes entre septembre et janvier;",
        "un fonds fédéral pour financer les mesures de protection des troupeaux.",
    ]
    entries = [
        (
            "17h40",
            "2026-11-29T16:40:00Z",
            "Une participation de 49,2%",
            [
                "La participation s’est établie à 49,2%, un chiffre légèrement supérieur à la "
                "moyenne des dix dernières années. Elle a dépassé 60% dans le canton de "
                "Schaffhouse, où le vote est obligatoire.",
            ],
            "",
        ),
        (
            "16h55",
            "2026-11-29T15:55:00Z",
            "Le Conseil fédéral «prend acte»",
            [
                "Devant la presse à Berne, la conseillère fédérale chargée de l’Intérieur a dit "
                "«prendre acte avec respect» du verdict populaire. Le gouvernement présentera un "
                "projet de mise en œuvre d’ici l’été 2027, a-t-elle précisé.",
                "Le financement reste la principale inconnue. Les initiants ont chiffré le coût "
                "à 1,1 milliard de francs par an, à partager entre la Confédération et les "
                "cantons.",
            ],
            '<div class="media-player" data-urn="urn:rts:video:15873310"><div class="media-player__poster"><img src="https://www.rts.ch/2026/11/29/16/55/15873310.image/16x9" alt=""></div><p class="media-player__title">La conférence de presse du Conseil fédéral / 19h30 / 2 min. / aujourd’hui à 16:55</p></div>',
        ),
        (
            "15h30",
            "2026-11-29T14:30:00Z",
            None,
            [
                "Tous les cantons romands ont accepté l’initiative. Le oui le plus net est "
                "enregistré dans le canton de Neuchâtel, avec 71,4%, devant Genève (69,8%) et "
                "le Jura (68,1%).",
            ],
            "",
        ),
        (
            "14h10",
            "2026-11-29T13:10:00Z",
            "La loi sur la chasse rejetée",
            [
                "La révision de la loi sur la chasse est rejetée par 53,6% des votants, selon "
                "les résultats provisoires. Le texte prévoyait d’assouplir les conditions de "
                "tir du loup dans les régions de montagne. Ses principaux points étaient:",
            ],
            "list",
        ),
        (
            "12h35",
            "2026-11-29T11:35:00Z",
            "Les premières tendances",
            [
                "Selon la première projection de l’institut gfs.bern, réalisée pour la SSR, "
                "l’initiative «Pour des crèches accessibles à toutes les familles» serait "
                "acceptée par 57% des votants (marge d’erreur: +/- 2 points). La double "
                "majorité du peuple et des cantons semble acquise.",
            ],
            "ad",
        ),
        (
            "11h00",
            "2026-11-29T10:00:00Z",
            "Bienvenue dans ce direct",
            [
                "Bonjour et bienvenue dans ce suivi consacré aux votations fédérales de ce "
                "dimanche. Les bureaux de vote ferment à midi; les premiers résultats cantonaux "
                "sont attendus dans la foulée.",
            ],
            "",
        ),
    ]
    blocks = []
    paragraphs = []
    for i, (time, iso, head, texts, extra) in enumerate(entries):
        heading = f'<h3 class="live-entry__title">{head}</h3>' if head else ""
        content = paras(*texts, attrs='class="live-entry__paragraph"')
        paragraphs += [flat(x) for x in texts]
        if extra == "list":
            content += (
                '<ul class="live-entry__list">'
                + "".join(f"<li>{x}</li>" for x in law_points)
                + "</ul>"
            )
            paragraphs += [flat(x) for x in law_points]
        elif extra == "ad":
            content += '<div class="ad-slot ad-slot--live" id="ad-live-1"><span class="ad-slot__label">Publicité</span></div>'
        elif extra:
            content += extra
        blocks.append(
            f'<div class="live-entry" id="entry-{29184500 - i}" data-v-7b1e2c4a><div class="live-entry__meta" data-v-7b1e2c4a><time class="live-entry__time" datetime="{iso}">{time}</time></div>'
            f'<div class="live-entry__body" data-v-7b1e2c4a>{heading}{content}</div></div>'
        )
    authors = ["Guillaume Rey", "Marie Jaquet", "Nadia Ruffieux"]
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url,
        "url": url,
        "headline": title,
        "description": flat(lead),
        "articleSection": "Suisse",
        "inLanguage": "fr-CH",
        "coverageStartTime": "2026-11-29T10:00:00Z",
        "coverageEndTime": "2026-11-29T19:00:00Z",
        "datePublished": "2026-11-29T10:00:00Z",
        "dateModified": "2026-11-29T16:40:00Z",
        "author": [{"@type": "Person", "name": n} for n in authors]
        + [{"@type": "Organization", "name": "ATS"}],
        "publisher": {
            "@type": "Organization",
            "name": "RTS",
            "alternateName": "Radio Télévision Suisse",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/img/rts-logo.png"},
        },
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": h or "",
                "datePublished": iso,
                "articleBody": " ".join(flat(x) for x in t),
            }
            for _, iso, h, t, _ in entries
        ],
    }
    nuxt = [
        {"data": 1, "state": 2},
        {"article-29184473": 3},
        {"i18n": "fr"},
        {
            "id": 29184473,
            "title": title,
            "lead": flat(lead),
            "section": "Suisse",
            "authors": authors,
            "source": "ATS",
            "entries": [{"time": iso, "title": h, "body": t} for _, iso, h, t, _ in entries],
        },
    ]
    nav = menu(
        5603,
        "main-navigation",
        base,
        ["Info", "Sport", "Culture", "Audio", "Vidéo", "Play RTS", "Météo"],
        8,
    )
    more = "".join(
        f'<li class="teaser-list__item"><a href="{t["url"]}.html"><img src="{t["image"]}" alt="" loading="lazy"><span class="teaser-list__title">{t["title"]}</span></a></li>'
        for t in teasers(564, 20, base + "/info/suisse/2026/article", FILLER)
    )
    byline = ", ".join(
        f'<a class="article-authors__name" href="{base}/profils/{n.lower().replace(" ", "-")}/">{n}</a>'
        for n in authors
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22fr%22%7D%7D">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Votations du 29 novembre: l’initiative sur les crèches acceptée, la loi sur la chasse rejetée - rts.ch - Suisse</title>
<meta data-hid="description" name="description" content="{flat(lead)}">
<link data-hid="canonical" rel="canonical" href="{url}">
<meta data-hid="og:type" property="og:type" content="article">
<meta data-hid="og:site_name" property="og:site_name" content="rts.ch">
<meta data-hid="og:title" property="og:title" content="{title}">
<meta data-hid="og:description" property="og:description" content="{flat(lead)}">
<meta data-hid="og:url" property="og:url" content="{url}">
<meta data-hid="og:image" property="og:image" content="https://www.rts.ch/2026/11/29/10/00/29184473.image/16x9/scale/width/1200">
<meta data-hid="twitter:card" name="twitter:card" content="summary_large_image">
<meta data-hid="twitter:site" name="twitter:site" content="@RTSinfo">
<meta name="srg:content_type" content="live">
<link rel="preload" href="/_nuxt/entry.4c7d19ab.js" as="script">
<link rel="stylesheet" href="/_nuxt/entry.3e1a77f0.css">
<style>{css_blob(5613, "rts", 320)}</style>
{json_script(ld, 'type="application/ld+json" data-hid="ld-article"')}
</head>
<body>
<div id="__nuxt"><div id="__layout"><div class="app" data-v-1c2f3a9e>
<div id="usercentrics-root" class="uc-banner" data-v-1c2f3a9e><p>La SSR utilise des cookies et des technologies similaires pour optimiser son offre et mesurer l’audience.</p><button>Tout accepter</button><button>Paramètres</button></div>
<header class="site-header" data-v-2a8e4b10><a class="site-header__logo" href="{base}/" aria-label="RTS"><svg viewBox="0 0 80 30"><path d="M0 0h80v30H0z"/></svg></a><nav class="site-header__nav" aria-label="Navigation principale">{nav}</nav><a class="site-header__search" href="{base}/recherche/">Rechercher</a><a class="site-header__login" href="{base}/connexion/">Connexion</a></header>
<main class="page page--article page--live" data-v-5d0e7f21>
<nav class="breadcrumb" aria-label="Fil d’Ariane" data-v-5d0e7f21><ol><li><a href="{base}/info/">Info</a></li><li><a href="{base}/info/suisse/">Suisse</a></li></ol></nav>
<article class="article article--live" data-v-5d0e7f21>
<header class="article-header" data-v-6b2d1c0f>
<div class="article-header__kicker" data-v-6b2d1c0f><span class="badge badge--live">En direct</span> <span class="article-header__topic">Votations fédérales</span></div>
<h1 class="article-header__title" data-v-6b2d1c0f>{title}</h1>
<p class="article-header__lead" data-v-6b2d1c0f>{lead}</p>
<div class="article-authors" data-v-6b2d1c0f>{byline} <span class="article-authors__source">avec ATS</span></div>
<div class="article-dates" data-v-6b2d1c0f><time datetime="2026-11-29T10:00:00Z">Publié le 29 novembre 2026 à 11:00</time> <time class="article-dates__modified" datetime="2026-11-29T16:40:00Z">Modifié à 17:40</time></div>
<div class="share-buttons" data-v-3f0c2a1b><button aria-label="Partager sur Facebook">Facebook</button><button aria-label="Partager sur X">X</button><button aria-label="Partager sur WhatsApp">WhatsApp</button><button aria-label="Copier le lien">Copier le lien</button></div>
</header>
<div class="live-results-widget" data-v-5d0e7f21><iframe src="https://www.rts.ch/resultats-votations/2026-11-29/embed" title="Résultats des votations fédérales du 29 novembre 2026" width="100%" height="420" loading="lazy"></iframe></div>
<div class="article-body live-feed" data-v-5d0e7f21>
{chr(10).join(blocks)}
</div>
<div class="article-tags" data-v-5d0e7f21><a href="{base}/info/suisse/votations/">Votations</a><a href="{base}/tags/creches/">Crèches</a><a href="{base}/tags/loup/">Loup</a></div>
</article>
<section class="teaser-list" data-v-5d0e7f21><h2 class="teaser-list__heading">À lire aussi</h2><ul>{more}</ul></section>
</main>
<footer class="site-footer" data-v-0a9c7e33><p>© RTS - Radio Télévision Suisse, une succursale de la Société suisse de radiodiffusion et télévision</p><ul><li><a href="{base}/entreprise/">Entreprise</a></li><li><a href="{base}/conditions-utilisation/">Conditions d’utilisation</a></li><li><a href="{base}/protection-donnees/">Protection des données</a></li></ul></footer>
</div></div></div>
{json_script(nuxt, 'type="application/json" id="__NUXT_DATA__" data-ssr="true"')}
<script>window.__NUXT__={{config:{{public:{{apiBase:"https://il.srgssr.ch/integrationlayer/2.0",bu:"rts"}},app:{{baseURL:"/",buildAssetsDir:"/_nuxt/"}}}}}}</script>
<script type="module" src="/_nuxt/entry.4c7d19ab.js" crossorigin></script>
</body>
</html>
"""
    write(
        "03_rts_nuxt_direct_votations_three_authors_ats",
        page,
        {
            "title": title,
            "publication": "RTS",
            "author": "Guillaume Rey, Marie Jaquet et Nadia Ruffieux",
            "agency": "ATS",
            "section": "Suisse",
            "date": datetime.date(2026, 11, 29),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [h for _, _, h, _, _ in entries if h],
            "paragraphs": paragraphs,
            "notes": "RTS Nuxt live page of a federal vote, newest first: h3 entry titles are "
            "subheads, one entry untitled, times '17h40' are not text; one entry ends in a ul "
            "of three items (paragraphs), another holds a video player with its legend, an ad "
            "sits in a third. Byline: three links separated by commas, then 'avec ATS' -> 'A, "
            "B et C', agency ATS. articleSection 'Suisse' (LiveBlogPosting with "
            "liveBlogUpdate repeating the text); topic 'Votations fédérales' and the 'En direct' "
            "badge are not the section. Swiss typography: «…» without spaces, 'novembre:' "
            "without space. og:site_name 'rts.ch', publisher 'RTS' (alternateName Radio "
            "Télévision Suisse). Results iframe at the top is chrome. __NUXT_DATA__ repeats "
            "the text.",
        },
    )


def page04() -> None:
    """Le Soir: Rossel, theatre review, subscriber page saved whole, meta section, rating."""
    base = "https://www.lesoir.be"
    url = f"{base}/712408/article/2026-11-19/les-veilleurs-au-national-julie-verhaegen-signe-une-fresque-familiale-bouleversante"
    title = "«&nbsp;Les Veilleurs&nbsp;» au National&nbsp;: Julie Verhaegen signe une fresque familiale bouleversante"
    lead = (
        "Trois générations, une maison de Molenbeek et quatre heures qui passent comme un "
        "souffle&nbsp;: la nouvelle création de Julie Verhaegen est l’un des grands moments de "
        "la saison."
    )
    p = [
        "Il y a d’abord la maison. Une façade de briques qui occupe tout le plateau du Théâtre "
        "National, avec ses fenêtres éclairées, son escalier en colimaçon et une cuisine où l’on "
        "passera, au fil des quatre heures du spectacle, plus de cinquante ans de la vie d’une "
        "famille.",
        "Julie Verhaegen, qui a écrit et mis en scène <em>Les Veilleurs</em>, s’est inspirée de "
        "l’histoire de ses propres grands-parents, arrivés de Flandre-Occidentale à Bruxelles "
        "dans les années&nbsp;1950. Mais le récit s’est élargi&nbsp;: ce sont désormais trois "
        "familles, flamande, marocaine et italienne, qui se succèdent entre ces murs.",
        "La force du spectacle tient à sa construction. Les époques ne se suivent pas, elles se "
        "superposent&nbsp;: pendant qu’au rez-de-chaussée une jeune mariée de 1958 découvre la "
        "cuisine, au premier étage un adolescent de 2019 prépare son départ pour Montréal. Le "
        "public suit les deux scènes à la fois, sans jamais se perdre.",
        "Les onze comédiens, qui endossent chacun plusieurs rôles, sont tous remarquables. On "
        "retiendra particulièrement Yasmina Bouzid, bouleversante en mère qui attend un fils "
        "qui ne reviendra pas, et le vétéran Marc Van Roy, dont le monologue sur la fermeture "
        "de l’usine de la rue Ransfort est l’un des sommets de la soirée.",
        "Tout n’est pas parfait. La deuxième partie s’attarde sur une intrigue de succession qui "
        "n’apporte pas grand-chose, et certains passages en néerlandais et en arabe, non "
        "surtitrés, laisseront une partie du public sur le seuil. Mais c’est peut-être le prix "
        "d’une pièce qui refuse de simplifier la ville qu’elle raconte.",
        "Au final, <em>Les Veilleurs</em> compose une mémoire collective d’une rare justesse, "
        "qui parle de Bruxelles sans jamais tomber dans la carte postale. On en sort avec "
        "l’envie de frapper à la porte de ses voisins.",
        "<em>Les Veilleurs</em>, de Julie Verhaegen. Jusqu’au 12&nbsp;décembre au Théâtre "
        "National, à Bruxelles. Durée&nbsp;: 4&nbsp;h avec entracte.",
    ]
    quote = "«&nbsp;Une mémoire collective d’une rare justesse&nbsp;»"
    linked = (
        '<div class="r-article--linked"><span class="r-article--linked-label">Lire aussi</span>'
        f'<a href="{base}/701133/article/2026-09-02/theatre-national-une-saison-sous-le-signe-de-la-memoire">Théâtre National&nbsp;: une saison sous le signe de la mémoire</a></div>'
    )
    body = "\n".join(
        [
            paras(*p[:2]),
            linked,
            paras(*p[2:4]),
            f'<blockquote class="r-article--quote"><p>{quote}</p></blockquote>',
            '<div class="r-ad r-ad--inarticle" id="ad-rect-1" data-slot="rectangle_1"><span class="r-ad--label">Publicité</span></div>',
            paras(*p[4:6]),
            f'<p class="r-article--infos">{p[6]}</p>',
        ]
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": flat(title),
        "description": flat(lead),
        "datePublished": "2026-11-19T18:07:00+01:00",
        "dateModified": "2026-11-19T18:07:00+01:00",
        "author": {"@type": "Person", "name": "Aurore Delvaux"},
        "publisher": {
            "@type": "Organization",
            "name": "Le Soir",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/sites/all/themes/enacarbon_lesoir/images/logo-lesoir.png",
            },
        },
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/sites/default/files/dpistyles_v2/ena_16_9_extra_big/2026/11/19/node_712408/veilleurs.jpg",
        },
        "isAccessibleForFree": "False",
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": "False",
            "cssSelector": ".r-article--body",
        },
    }
    nav = menu(
        5604,
        "r-menu",
        base,
        ["Belgique", "Monde", "Économie", "Sports", "Culture", "Opinions", "Bruxelles", "Soirmag"],
        7,
    )
    more = "".join(
        f'<article class="r-card"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><h3 class="r-card--title">{t["title"]}</h3></a></article>'
        for t in teasers(565, 16, base, FILLER)
    )
    stars = "".join(
        f'<span class="r-rating--star{" r-rating--star-on" if i < 4 else ""}"></span>'
        for i in range(5)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>« Les Veilleurs » au National : Julie Verhaegen signe une fresque familiale bouleversante - Le Soir</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Le Soir">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="article:section" content="Culture">
<meta property="article:published_time" content="2026-11-19T18:07:00+01:00">
<meta property="article:tag" content="Théâtre">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@lesoir">
<meta name="dc.title" content="{flat(title)}">
<meta name="dc.creator" content="Aurore Delvaux">
<meta name="dc.date" content="2026-11-19">
<link rel="stylesheet" href="{base}/sites/all/themes/enacarbon_lesoir/dist/css/main.min.css?t2k9xq">
<style>{css_blob(5614, "r", 300)}</style>
{json_script(ld)}
<script>window.rsl=window.rsl||{{}};rsl.page={{"type":"article","id":"712408","premium":true,"section":"culture","subsection":"scenes","user":{{"status":"subscriber"}}}};</script>
</head>
<body class="r-body r-body--article r-premium">
<div id="didomi-host"><div class="didomi-popup-container"><p>Le Soir et ses partenaires utilisent des cookies pour améliorer votre expérience, mesurer l’audience et proposer des publicités adaptées.</p><button id="didomi-notice-agree-button">Accepter et fermer</button><button>En savoir plus</button></div></div>
<header class="r-header">
<a class="r-header--logo" href="{base}/"><img src="{base}/sites/all/themes/enacarbon_lesoir/images/logo-lesoir.svg" alt="Le Soir" width="150" height="40"></a>
<nav class="r-header--nav">{nav}</nav>
<div class="r-header--account"><a href="{base}/mon-compte">Bonjour Pierre</a> <span class="r-header--status">Abonné</span></div>
</header>
<main class="r-main">
<nav class="r-breadcrumb"><a href="{base}/">Accueil</a> <a href="{base}/culture">Culture</a> <a href="{base}/culture/scenes">Scènes</a></nav>
<article class="r-article">
<header class="r-article--header">
<div class="r-article--kicker"><span class="r-premium-badge" title="Article réservé aux abonnés">Abonnés</span> <span class="r-article--label">Critique</span></div>
<h1 class="r-article--title">{title}</h1>
<div class="r-rating" aria-label="Note : 4 sur 5">{stars}</div>
<div class="r-article--chapo"><p>{lead}</p></div>
<div class="r-article--meta"><span class="r-byline">Par <a href="{base}/auteur/aurore-delvaux">Aurore Delvaux</a></span> <span class="r-date"><time datetime="2026-11-19T18:07:00+01:00">Publié le 19/11/2026 à 18:07</time></span> <span class="r-reading">Temps de lecture: 3 min</span></div>
<div class="r-share"><button>Partager</button><button>Facebook</button><button>X</button><button>LinkedIn</button><button>Offrir cet article</button></div>
</header>
<figure class="r-article--figure"><img src="{base}/sites/default/files/dpistyles_v2/ena_16_9_extra_big/2026/11/19/node_712408/veilleurs.jpg" alt="" width="1024" height="576"><figcaption>Yasmina Bouzid et Marc Van Roy dans «&nbsp;Les Veilleurs&nbsp;». <span class="r-credit">© Hichem Dahes</span></figcaption></figure>
<div class="r-article--body">
{body}
</div>
<div class="r-article--tags"><a href="{base}/tag/theatre">Théâtre</a><a href="{base}/tag/theatre-national">Théâtre National</a><a href="{base}/tag/bruxelles">Bruxelles</a></div>
<div class="r-article--comment-cta"><a href="#comments">Réagir à cet article</a></div>
</article>
<section class="r-related"><h2>Sur le même sujet</h2>{more}</section>
</main>
<footer class="r-footer"><p>© Rossel &amp; Cie SA - Le Soir, Bruxelles, 2026</p><ul><li><a href="{base}/conditions">Conditions générales</a></li><li><a href="{base}/vie-privee">Vie privée</a></li><li><a href="{base}/cookies">Cookies</a></li></ul></footer>
<script src="{base}/sites/all/themes/enacarbon_lesoir/dist/js/main.min.js?t2k9xq" defer></script>
<script async src="https://static.chartbeat.com/js/chartbeat.js"></script>
</body>
</html>
"""
    write(
        "04_lesoir_rossel_critique_premium_whole_meta_section",
        page,
        {
            "title": flat(title),
            "publication": "Le Soir",
            "author": "Aurore Delvaux",
            "section": "Culture",
            "date": datetime.date(2026, 11, 19),
            "standfirst": flat(lead),
            "source_url": url,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p],
            "notes": "Rossel (Le Soir), theatre review, saved by a subscriber: the 'Abonnés' "
            "badge, body class r-premium and isAccessibleForFree 'False' (a string) are there "
            "but the text is whole (incomplete false; no paywall box). No JSON-LD "
            "articleSection: meta article:section 'Culture' beats the breadcrumb's 'Scènes' and "
            "the label 'Critique'. Star rating (no text), standfirst in div.r-article--chapo, "
            "blockquote.r-article--quote pull quote repeating the last-but-one paragraph's "
            "phrase, 'Lire aussi' block and ad inside the body; the closing practical line "
            "(p.r-article--infos, title in <em>) is the critic's and counts. Header greets the "
            "logged-in reader; dc.* metas.",
        },
    )
