# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout54/web (Le Monde, Le Figaro, Tribune de Genève, Le360)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write

NNBSP = "&#x202F;"


def page01() -> None:
    """Le Monde: own CMS, obituary, premium marker over a complete text, relative date."""
    base = "https://www.lemonde.fr"
    url = f"{base}/disparitions/article/2027/02/03/mort-de-la-cheffe-d-orchestre-madeleine-arnoux-pionniere-du-renouveau-baroque_6418832_3382.html"
    title = "Mort de la cheffe d’orchestre Madeleine Arnoux, pionnière du renouveau baroque"
    desc = (
        "Fondatrice de l’ensemble Les Heures galantes, elle avait fait revivre une quarantaine "
        f"d’opéras oubliés du XVIII<sup>e</sup>{NNBSP}siècle. Elle est morte le "
        f"1<sup>er</sup>{NNBSP}février, à Lyon, à l’âge de 88{NNBSP}ans."
    )
    subheads = ["Une organiste autodidacte", "« Une exigence sans raideur »"]
    p = [
        # 0
        "Elle disait volontiers qu’elle était entrée dans la musique ancienne « par la porte de "
        "service ». Madeleine Arnoux, l’une des premières femmes à diriger en France un ensemble "
        f"sur instruments d’époque, est morte le 1<sup>er</sup>{NNBSP}février, à Lyon, à l’âge de "
        f"88{NNBSP}ans, a annoncé sa famille. Avec Les Heures galantes, fondé en 1971 dans une "
        "ancienne chapelle de la Croix-Rousse, elle a ramené sur scène des dizaines d’ouvrages "
        "que plus personne ne jouait depuis deux siècles.",
        # 1 (after subhead 0)
        f"Née le 4{NNBSP}mai 1938 à Roanne (Loire), fille d’un cheminot et d’une couturière, "
        "Madeleine Arnoux apprend l’orgue seule, sur l’instrument de l’église de son quartier, "
        f"dont le curé lui confie les clés à 12{NNBSP}ans. Elle échoue deux fois au concours "
        "d’entrée du conservatoire de Lyon avant d’y être admise, en 1957, dans la classe "
        "d’écriture.",
        "C’est en copiant des partitions pour gagner sa vie qu’elle découvre, à la bibliothèque "
        "municipale, un fonds de manuscrits légués par un collectionneur lyonnais du "
        f"XIX<sup>e</sup>{NNBSP}siècle. Parmi eux, <em>Les Amants de Thessalie</em>, une "
        "tragédie lyrique de Jean-Claude Vernier, contemporain de Rameau tombé dans l’oubli. "
        "Elle mettra dix ans à en établir l’édition.",
        "Sa recréation, en 1974 au Théâtre des Célestins, fait l’effet d’une révélation. « On "
        "découvrait qu’il existait, à côté des grands noms, tout un continent de musique "
        "française que personne n’avait pris la peine d’ouvrir », se souvenait en 2015 le "
        "claveciniste Bernard Lafitte, qui tenait alors le continuo.",
        # 4 (after subhead 1)
        "Suivent, au fil des décennies, plus de quarante recréations, dont une douzaine "
        "enregistrées pour le label Ombre &amp; Lumière. Madeleine Arnoux dirige sans baguette, "
        "debout derrière le premier clavecin, et impose à ses musiciens des séances de lecture "
        "à la table, livret en main, avant toute répétition.",
        "Plusieurs générations de chanteurs sont passées par son ensemble. La soprano Hélène "
        f"Comtat, qui y fit ses débuts à 19{NNBSP}ans, évoque « une exigence sans raideur » et "
        "« une oreille capable d’entendre un faux pli dans une robe ». Ses relations avec les "
        "institutions furent plus orageuses : en 1996, elle claque la porte de l’Opéra de Lyon, "
        "qui avait réduit de moitié la subvention des Heures galantes.",
        "Elle avait confié la direction de l’ensemble en 2012 à son ancien assistant, Thomas "
        "Reyssier, tout en continuant d’enseigner au conservatoire de Villeurbanne jusqu’à "
        f"80{NNBSP}ans. Son dernier chantier, l’édition critique des cantates de Vernier, doit "
        "paraître au printemps.",
    ]
    dates = [
        (f"4{NNBSP}mai 1938", "Naissance à Roanne (Loire)"),
        ("1971", "Fonde l’ensemble Les Heures galantes à Lyon"),
        ("1974", "Recréation des <em>Amants de Thessalie</em> au Théâtre des Célestins"),
        ("2012", "Transmet la direction de l’ensemble à Thomas Reyssier"),
        (f"1<sup>er</sup>{NNBSP}février 2027", "Mort à Lyon"),
    ]
    date_lines = [f"<strong>{d}</strong> {t}" for d, t in dates]
    cls = 'class="article__paragraph "'
    catcher = (
        '<section class="catcher catcher--inline"><span class="icon__premium"></span>'
        f'<a href="{base}/culture/article/2021/10/14/les-heures-galantes-cinquante-ans-de-baroque-lyonnais_6098451_3246.html" class="js-article-read-more">'
        '<span class="catcher__title">Lire aussi |</span> <span class="catcher__desc">Les '
        "Heures galantes, cinquante ans de baroque lyonnais</span></a></section>"
    )
    body = "\n".join(
        [
            paras(p[0], attrs=cls),
            f'<h2 class="article__sub-title">{subheads[0]}</h2>',
            paras(*p[1:3], attrs=cls),
            catcher,
            paras(p[3], attrs=cls),
            '<div class="dfp-slot dfp__inread dfp-unloaded" data-format="inread" id="inread_top"></div>',
            f'<h2 class="article__sub-title">{subheads[1]}</h2>',
            paras(*p[4:], attrs=cls),
            '<p class="article__paragraph article__paragraph--separator"></p>',
            paras(*date_lines, attrs=cls),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": flat(desc),
        "datePublished": "2027-02-03T06:15:12+01:00",
        "dateModified": "2027-02-03T10:40:03+01:00",
        "image": [
            {
                "@type": "ImageObject",
                "url": "https://img.lemde.fr/2027/02/03/0/0/4000/2667/1440/960/60/0/8c1e2f3_upload-1-arnoux.jpg",
                "width": 1440,
                "height": 960,
            }
        ],
        "author": [
            {
                "@type": "Person",
                "name": "Pierre Vasseur",
                "url": f"{base}/signataires/pierre-vasseur/",
            }
        ],
        "publisher": {
            "@type": "Organization",
            "name": "Le Monde",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/bucket/img/logo-le-monde-amp.png",
                "width": 600,
                "height": 60,
            },
        },
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".article__content",
        },
    }
    lmd = {
        "page": {
            "type": "article",
            "section": "disparitions",
            "article": {
                "id": 6418832,
                "premium": True,
                "restricted": False,
                "title": title,
                "authors": ["Pierre Vasseur"],
                "published": "2027-02-03T05:15:12Z",
                "words": 712,
            },
        },
        "user": {"subscriber": True, "loggedIn": True},
    }
    nav = menu(
        5401,
        "menu__list",
        base,
        ["International", "Planète", "Politique", "Société", "Économie", "Culture", "Idées"],
        9,
    )
    most = "".join(
        f'<li class="old__aside-item"><a href="{t["url"]}.html" class="old__aside-link"><span class="old__aside-count">{i + 1}</span>{t["title"]}</a></li>'
        for i, t in enumerate(teasers(541, 10, base + "/societe/article/2027/02/03", FILLER))
    )
    more = "".join(
        f'<div class="teaser teaser--inline-picture"><a href="{t["url"]}.html" class="teaser__link"><img class="teaser__media" src="{t["image"]}" alt="" loading="lazy"><span class="teaser__kicker">{t["section"]}</span><h3 class="teaser__title">{t["title"]}</h3></a></div>'
        for t in teasers(542, 24, base + "/culture/article/2027/02", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
  <meta charset="UTF-8">
  <title>{title}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="description" content="{flat(desc)}">
  <meta name="robots" content="max-snippet:-1, max-image-preview:large">
  <link rel="canonical" href="{url}">
  <link rel="amphtml" href="{url.replace(base, base + "/amp")}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Le Monde.fr">
  <meta property="og:title" content="{title}">
  <meta property="og:description" content="{flat(desc)}">
  <meta property="og:url" content="{url}">
  <meta property="og:image" content="https://img.lemde.fr/2027/02/03/0/0/4000/2667/1440/960/60/0/8c1e2f3_upload-1-arnoux.jpg">
  <meta property="og:locale" content="fr_FR">
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:site" content="@lemondefr">
  <meta name="twitter:title" content="{title}">
  <meta property="fb:app_id" content="4129876543">
  <link rel="stylesheet" href="https://www.lemonde.fr/dist/assets/css/article.0f3c9e21.css">
  <style>{css_blob(5411, "old", 260)}</style>
  {json_script(ld)}
  <script>var lmd = window.lmd || {{}}; lmd.context = {json.dumps(lmd, ensure_ascii=False)};</script>
  <script src="https://sdk.privacy-center.org/loader.js?target=www.lemonde.fr" async></script>
</head>
<body class="article article--single article--premium">
<div id="didomi-host" aria-hidden="true"></div>
<header class="Header Header--article" id="Header">
  <div class="Header__top"><a class="Header__logo" href="{base}/" title="Le Monde"><svg viewBox="0 0 186 32" class="Header__logo-svg"><use xlink:href="#logo-le-monde"></use></svg></a><a class="Header__subscribe button button--primary" href="https://abo.lemonde.fr/">S’abonner</a><a class="Header__account" href="https://secure.lemonde.fr/sfuser/">Mon compte</a></div>
  <nav class="Nav" id="Nav"><button class="Nav__toggle">Menu</button>{nav}</nav>
</header>
<main id="habillagepub" class="zone zone--article old__zone">
<section class="article__wrapper article__wrapper--premium">
<header class="article__header article__header--premium">
  <ul class="breadcrumb" aria-label="Fil d’Ariane"><li class="breadcrumb__parent"><a href="{base}/disparitions/">Disparitions</a></li></ul>
  <h1 class="article__title">{title}</h1>
  <p class="article__desc">{desc}</p>
  <section class="article__status"><p class="article__status-text"><span class="icon__premium"></span>Article réservé aux abonnés</p></section>
  <section class="meta meta__publisher">
    <span class="author__detail"><span class="author__name">Par <a href="{base}/signataires/pierre-vasseur/" class="article__author-link">Pierre Vasseur</a></span></span>
    <span class="meta__date meta__date--header">Publié aujourd’hui à 06h15, modifié à 10h40</span>
    <span class="meta__reading-time"><span class="icon__reading-time"></span>Lecture 4 min.</span>
  </section>
  <section class="services services--header">
    <button class="services__item services__item--save js-services-save" aria-label="Lire plus tard">Lire plus tard</button>
    <button class="services__item services__item--share js-services-share" aria-label="Partager">Partager</button>
    <button class="services__item services__item--gift js-services-gift" aria-label="Offrir cet article">Offrir</button>
  </section>
</header>
<section class="article__content old__article-content-single">
  <figure class="article__media">
    <img src="https://img.lemde.fr/2027/02/03/0/0/4000/2667/664/0/75/0/8c1e2f3_upload-1-arnoux.jpg" alt="Madeleine Arnoux, en 2009." width="664" height="442">
    <figcaption class="article__legend" aria-hidden="true">Madeleine Arnoux lors d’une répétition des Heures galantes, à Lyon, en 2009. <span class="article__credit" aria-hidden="true">JEAN-LUC PERRIER / AFP</span></figcaption>
  </figure>
{body}
</section>
<footer class="article__footer-single old__article-footer">
  <section class="article__siblings"><span class="author__desc">Pierre Vasseur</span></section>
  <section class="services services--footer"><button class="services__item services__item--save">Lire plus tard</button><button class="services__item services__item--share">Partager</button></section>
  <section class="article__reactions"><h3 class="article__reactions-title">Contribuer</h3><p class="article__reactions-text">Réutiliser ce contenu</p></section>
</footer>
</section>
<aside class="aside__iso old__aside">
  <section class="inread inread--NL js-services-inread"><p class="inread__title">La newsletter « Culture »</p><p class="inread__text">Chaque vendredi, les choix de la rédaction du « Monde » en matière de livres, de musique, de cinéma et de spectacles.</p><a class="inread__button button" href="https://secure.lemonde.fr/sfuser/newsletters">S’inscrire</a></section>
  <section class="old__aside-section"><h2 class="old__aside-title">Les plus lus</h2><ol class="old__aside-list">{most}</ol></section>
</aside>
<section class="area area--river" id="river"><h2 class="area__title">Sur le même sujet</h2>{more}</section>
</main>
<footer class="Footer" id="Footer">
  <div class="Footer__brand"><a href="{base}/">Le Monde</a></div>
  <ul class="Footer__list"><li><a href="{base}/actualite-medias/article/2019/05/30/le-monde-mentions-legales_5469441_3236.html">Mentions légales</a></li><li><a href="{base}/cgv">Conditions générales</a></li><li><a href="{base}/confidentialite/">Politique de confidentialité</a></li><li><a href="{base}/charte-ethique/">Charte du groupe</a></li></ul>
  <p class="Footer__copyright">Le Monde – Règles d’utilisation – Reproduction interdite</p>
</footer>
<script src="https://www.lemonde.fr/dist/assets/js/article.6b2d0c44.js" defer></script>
</body>
</html>
"""
    write(
        "01_lemonde_custom_necrologie_premium_complete",
        page,
        {
            "title": title,
            "publication": "Le Monde",
            "author": "Pierre Vasseur",
            "section": "Disparitions",
            "date": datetime.date(2027, 2, 3),
            "standfirst": flat(desc),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p + date_lines],
            "notes": "Le Monde's own CMS, obituary. 'Article réservé aux abonnés' marker and "
            "isAccessibleForFree false, but the page was saved by a subscriber and the text is "
            "complete (incomplete false). Visible date relative only: 'Publié aujourd’hui à "
            "06h15, modifié à 10h40' (JSON-LD 2027-02-03T06:15:12+01:00). No articleSection: "
            "the breadcrumb 'Disparitions' is the section. Two h2.article__sub-title subheads, "
            "one in guillemets; the closing key-dates lines ('<strong>1971</strong> Fonde …') "
            "are body paragraphs. Inline 'Lire aussi |' catcher and inread ad between "
            "paragraphs; photo credit '… / AFP' (no agency); U+202F in figures and "
            "'XVIIIe siècle'; <title> without site name, og:site_name 'Le Monde.fr'.",
        },
    )


def page02() -> None:
    """Le Figaro: own CMS, economy, two authors, table, paywall cut, UTC the previous day."""
    base = "https://www.lefigaro.fr"
    url = f"{base}/conjoncture/complementaires-sante-les-retraites-en-premiere-ligne-face-a-la-flambee-des-cotisations-20270209"
    title = "Complémentaires santé&nbsp;: les retraités en première ligne face à la flambée des cotisations"
    seo = "Mutuelles : les cotisations bondissent de 7,8 % en 2027, les retraités en première ligne"
    lead = (
        "Les tarifs des mutuelles augmentent en moyenne de 7,8&nbsp;% cette année. Pour les plus "
        "de 75&nbsp;ans, la facture annuelle dépasse désormais 2100&nbsp;euros, selon une étude "
        "publiée lundi."
    )
    subhead = "Les contrats individuels plus touchés"
    p = [
        "La hausse était annoncée, elle se révèle plus forte que prévu. Les cotisations des "
        "complémentaires santé progressent en moyenne de 7,8&nbsp;% en 2027, selon l’étude "
        "annuelle du cabinet Lorca Études publiée lundi, après +8,1&nbsp;% l’an dernier. Jamais "
        "depuis la généralisation de la mutuelle d’entreprise, en 2016, les tarifs n’avaient "
        "augmenté aussi vite deux années de suite.",
        "Les organismes invoquent la hausse des dépenses de soins, en particulier en optique et "
        "en dentaire depuis la réforme du «&nbsp;100&nbsp;% santé&nbsp;», ainsi que le transfert "
        "de certaines charges de l’Assurance-maladie vers les complémentaires. La baisse du "
        "remboursement des consultations par la Sécurité sociale, entrée en vigueur au "
        "1<sup>er</sup>&nbsp;janvier, pèse à elle seule près d’un point de hausse.",
        "Tous les assurés ne sont pas logés à la même enseigne. Les salariés couverts par un "
        "contrat collectif, dont l’employeur finance au moins la moitié, voient leur cotisation "
        "progresser de 5,9&nbsp;% en moyenne. Les retraités, qui relèvent pour la plupart de "
        "contrats individuels dont le tarif dépend de l’âge, subissent les hausses les plus "
        "fortes&nbsp;:",
    ]
    table = [
        ["Âge de l’assuré", "Cotisation 2026", "Cotisation 2027", "Évolution"],
        ["60-64 ans", "1284&nbsp;€", "1379&nbsp;€", "+7,4&nbsp;%"],
        ["65-69 ans", "1512&nbsp;€", "1637&nbsp;€", "+8,3&nbsp;%"],
        ["70-74 ans", "1746&nbsp;€", "1899&nbsp;€", "+8,8&nbsp;%"],
        ["75 ans et plus", "1948&nbsp;€", "2131&nbsp;€", "+9,4&nbsp;%"],
    ]
    after = (
        "«&nbsp;Le modèle atteint ses limites&nbsp;: on demande aux plus âgés, dont les revenus "
        "n’augmentent plus, de financer une part croissante de leurs soins&nbsp;», observe "
        "Agnès Thuillier, l’économiste de la santé qui a dirigé l’étude. Selon ses calculs, un "
        "couple de retraités de plus de 75&nbsp;ans consacre désormais en moyenne 8,6&nbsp;% de "
        "ses pensions à sa complémentaire."
    )
    head_row = "".join(f'<th scope="col">{c}</th>' for c in table[0])
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in table[1:])
    table_html = (
        '<div class="fig-table-wrapper"><table class="fig-table">'
        f"<thead><tr>{head_row}</tr></thead><tbody>{rows}</tbody></table></div>"
    )
    lire = (
        '<div class="fig-body-link"><p class="fig-body-link__label">À lire aussi</p>'
        f'<a class="fig-body-link__link" href="{base}/conso/mutuelles-cinq-questions-pour-faire-jouer-la-concurrence-20260114">'
        '<span class="fig-premium-mark fig-premium-mark--small">Réservé aux abonnés</span>'
        "Mutuelles&nbsp;: cinq questions pour faire jouer la concurrence</a></div>"
    )
    pcls = 'class="fig-paragraph"'
    body = "\n".join(
        [
            paras(*p[:2], attrs=pcls),
            lire,
            f'<h2 class="fig-body-heading">{subhead}</h2>',
            paras(p[2], attrs=pcls),
            table_html,
            '<div class="fig-ad-content fig-ad-content--inread"><div id="inread1" class="fig-ad-inread" data-ad-type="inread"></div></div>',
            paras(after, attrs=pcls),
        ]
    )
    paywall = (
        '<div class="fig-premium-paywall" id="fig-premium-paywall" data-paywall="premium">'
        '<p class="fig-premium-paywall__title">Cet article est réservé aux abonnés. Il vous '
        "reste 74% à découvrir.</p>"
        '<p class="fig-premium-paywall__subtitle">Vous avez envie de lire la suite&nbsp;?</p>'
        '<p class="fig-premium-paywall__text">Débloquez tous les articles immédiatement. Sans '
        "engagement.</p>"
        '<a class="fig-premium-paywall__button" href="https://abonnement.lefigaro.fr/?origin=paywall">Je m’abonne</a>'
        '<p class="fig-premium-paywall__login">Déjà abonné&nbsp;? <a href="https://connect.lefigaro.fr/login">Connectez-vous</a></p>'
        "</div>"
    )
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": flat(title),
            "alternativeHeadline": seo,
            "description": flat(lead),
            "articleSection": "Conjoncture",
            "keywords": "mutuelle, complémentaire santé, retraités, assurance-maladie",
            "datePublished": "2027-02-08T23:20:00.000Z",
            "dateModified": "2027-02-09T06:45:00.000Z",
            "author": [
                {
                    "@type": "Person",
                    "name": "Claire Delmas",
                    "url": "https://plus.lefigaro.fr/page/uid/302117",
                },
                {
                    "@type": "Person",
                    "name": "Julien Morel",
                    "url": "https://plus.lefigaro.fr/page/uid/288460",
                },
            ],
            "publisher": {
                "@type": "NewsMediaOrganization",
                "name": "Le Figaro",
                "logo": {"@type": "ImageObject", "url": f"{base}/icons/logo-le-figaro.png"},
            },
            "isAccessibleForFree": "False",
            "hasPart": {
                "@type": "WebPageElement",
                "isAccessibleForFree": "False",
                "cssSelector": ".fig-premium-paywall",
            },
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Le Figaro", "item": base},
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": "Économie",
                    "item": base + "/economie",
                },
                {
                    "@type": "ListItem",
                    "position": 3,
                    "name": "Conjoncture",
                    "item": base + "/conjoncture",
                },
            ],
        },
    ]
    layer = {
        "page_type": "article",
        "content_id": "2027020900012",
        "content_level1": "economie",
        "content_level2": "conjoncture",
        "content_premium": "1",
        "content_author": "Claire Delmas|Julien Morel",
        "content_publication_date": "2027-02-09 00:20",
        "user_status": "anonymous",
    }
    nav = menu(
        5402,
        "fig-nav__list",
        base,
        ["Actualité", "Économie", "Sport", "Culture", "Lifestyle", "Vox", "Conso"],
        8,
    )
    related = "".join(
        f'<article class="fig-ensemble__item"><a class="fig-ensemble__link" href="{t["url"]}"><img class="fig-ensemble__img" src="{t["image"]}" alt="" loading="lazy"><h3 class="fig-ensemble__title">{t["title"]}</h3></a></article>'
        for t in teasers(543, 18, base + "/conjoncture", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<title>{seo}</title>
<meta name="description" content="{flat(lead)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Le Figaro">
<meta property="og:type" content="article">
<meta property="og:title" content="{seo}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://i.f1g.fr/media/cms/1200x630_crop/2027/02/08/7f9c2e1b4a.jpg">
<meta property="article:published_time" content="2027-02-08T23:20:00Z">
<meta property="article:modified_time" content="2027-02-09T06:45:00Z">
<meta property="article:content_tier" content="locked">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@Le_Figaro">
<link rel="preload" href="https://static.lefigaro.fr/fonts/Marr-Sans-Regular.woff2" as="font" crossorigin>
<style>{css_blob(5412, "fig", 330)}</style>
{json_script(ld)}
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({json.dumps(layer, ensure_ascii=False)});</script>
<script src="https://cmp.lefigaro.fr/cmp.js" async></script>
</head>
<body class="fig-page fig-page--article fig-page--premium">
<div class="fig-cmp" id="fig-cmp"><p>Le Figaro et ses partenaires utilisent des cookies pour mesurer l’audience et vous proposer des publicités personnalisées.</p><button class="fig-cmp__accept">Accepter</button><button class="fig-cmp__refuse">Continuer sans accepter</button></div>
<header class="fig-header" role="banner">
<div class="fig-header__top"><a class="fig-header__logo" href="{base}/"><span class="fig-sr-only">Le Figaro</span></a><a class="fig-header__subscribe" href="https://abonnement.lefigaro.fr/">S’abonner</a><a class="fig-header__login" href="https://connect.lefigaro.fr/login">Se connecter</a></div>
<nav class="fig-nav">{nav}</nav>
</header>
<main class="fig-main" id="fig-main">
<nav class="fig-breadcrumb" aria-label="Fil d’ariane"><ol class="fig-breadcrumb__list"><li class="fig-breadcrumb__item"><a class="fig-breadcrumb__link" href="{base}/economie">Économie</a></li><li class="fig-breadcrumb__item"><a class="fig-breadcrumb__link" href="{base}/conjoncture">Conjoncture</a></li></ol></nav>
<article class="fig-main-col fig-content" data-id="2027020900012">
<div class="fig-content__header">
<span class="fig-premium-mark-article"><span class="fig-premium-mark-article__text">Réservé aux abonnés</span></span>
<h1 class="fig-headline">{title}</h1>
<p class="fig-standfirst">{lead}</p>
<div class="fig-content-metas">
<span class="fig-content-metas__authors">Par <a class="fig-content-metas__author" href="https://plus.lefigaro.fr/page/uid/302117">Claire Delmas</a> et <a class="fig-content-metas__author" href="https://plus.lefigaro.fr/page/uid/288460">Julien Morel</a></span>
<span class="fig-content-metas__pub"><span class="fig-content-metas__pub-date"><time datetime="2027-02-08T23:20:00Z">Publié le 09/02/2027 à 00:20</time></span><span class="fig-content-metas__pub-maj-date"><time datetime="2027-02-09T06:45:00Z">, mis à jour le 09/02/2027 à 07:45</time></span></span>
</div>
<div class="fig-content__actions"><button class="fig-listen" data-tts="1">Écouter cet article</button><button class="fig-share">Partager</button><button class="fig-bookmark">Sauvegarder</button><span class="fig-comments-count">25 commentaires</span></div>
<figure class="fig-media"><img src="https://i.f1g.fr/media/cms/704x396_cropupscale/2027/02/08/7f9c2e1b4a.jpg" alt=""><figcaption class="fig-media__legend">Les retraités relèvent pour la plupart de contrats individuels. <span class="fig-media__credit">Halfpoint / stock.adobe.com</span></figcaption></figure>
</div>
<div class="fig-body fig-content-body">
{body}
</div>
{paywall}
<ul class="fig-tags"><li><a href="{base}/economie/mutuelle">Mutuelle</a></li><li><a href="{base}/economie/retraites">Retraites</a></li><li><a href="{base}/sante">Santé</a></li></ul>
</article>
<section class="fig-ensemble"><h2 class="fig-ensemble__heading">À lire aussi</h2>{related}</section>
</main>
<footer class="fig-footer"><p class="fig-footer__copyright">© Le Figaro 2027</p><ul><li><a href="{base}/mentions-legales">Mentions légales</a></li><li><a href="{base}/cgu">CGU</a></li></ul></footer>
<script src="https://static.lefigaro.fr/build/article.3c7e10.js" defer></script>
</body>
</html>
"""
    write(
        "02_lefigaro_custom_economie_paywall_table_utc_previous_day",
        page,
        {
            "title": flat(title),
            "publication": "Le Figaro",
            "author": "Claire Delmas et Julien Morel",
            "section": "Conjoncture",
            "date": datetime.date(2027, 2, 9),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(x) for x in p]
            + [" ".join(flat(c) for c in row) for row in table]
            + [flat(after)],
            "incomplete": True,
            "notes": "Le Figaro's own CMS, economy, premium: 'Réservé aux abonnés' badge, "
            "isAccessibleForFree 'False', and the text cut after five paragraphs by "
            "div.fig-premium-paywall ('Il vous reste 74% à découvrir', incomplete). <title> and "
            "og:title an SEO headline that differs from the h1. Two authors 'Par A et B'. "
            "Visible 'Publié le 09/02/2027 à 00:20' while article:published_time and JSON-LD "
            "say 2027-02-08T23:20Z: the local day is 9 February. articleSection 'Conjoncture' "
            "(JSON-LD array with a BreadcrumbList); h2.fig-body-heading subhead; data table "
            "(header + four rows, each row a paragraph, cells joined by a space); 'À lire "
            "aussi' box and inread ad in the body; caption credit.",
        },
    )


def page03() -> None:
    """Tribune de Genève: Tamedia Next.js, court report, block quotation, quote box, overline."""
    base = "https://www.tdg.ch"
    url = f"{base}/escroquerie-aux-faux-placements-un-courtier-genevois-condamne-a-quatre-ans-de-prison-204518839217"
    title = "Escroquerie aux faux placements: un courtier genevois condamné à quatre ans de prison"
    lead = (
        "Le Tribunal correctionnel a reconnu coupable un homme de 52&nbsp;ans d’avoir détourné "
        "6,3&nbsp;millions de francs confiés par une soixantaine de clients."
    )
    subhead = "Une lettre lue à l’audience"
    p = [
        "Ses clients le décrivaient comme «un homme de confiance, toujours disponible». Jeudi, "
        "le Tribunal correctionnel de Genève a condamné à quatre ans de prison ferme un courtier "
        "indépendant de 52&nbsp;ans, reconnu coupable d’escroquerie par métier, d’abus de "
        "confiance et de faux dans les titres. Entre 2017 et 2024, il a détourné près de "
        "6,3&nbsp;millions de francs.",
        "Le procédé était aussi simple qu’efficace. Le prévenu proposait à des retraités et à de "
        "petits entrepreneurs des placements dans un fonds immobilier luxembourgeois censé "
        "rapporter 6% par an. Le fonds n’a jamais existé: les sommes versées atterrissaient sur "
        "ses comptes personnels, d’où elles ressortaient pour payer les «intérêts» des premiers "
        "investisseurs.",
        # 2 (after subhead)
        "Durant les trois jours d’audience, l’homme a reconnu l’essentiel des faits, tout en "
        "contestant avoir agi «avec l’intention de nuire». L’une de ses victimes, une veuve de "
        "81&nbsp;ans domiciliée à Onex qui a perdu l’ensemble de ses économies, n’a pas pu se "
        "déplacer. Son avocate a lu sa lettre devant le tribunal:",
        # 3, 4: the block quotation
        "«Je lui avais confié ce que mon mari et moi avions mis de côté pendant quarante ans. Il "
        "venait boire le café chez moi, il connaissait le prénom de mes petits-enfants.",
        "Je ne lui demande pas de me rendre l’argent, je sais qu’il ne le pourra pas. Je "
        "voudrais seulement qu’il sache ce qu’il m’a pris.»",
        # 5
        "Le Ministère public avait requis cinq ans. Dans son jugement, le tribunal a retenu «une "
        "absence totale de scrupules» et «un mépris constant pour la situation de personnes "
        "vulnérables», mais il a tenu compte des aveux et de la collaboration du prévenu durant "
        "l’instruction.",
        "Le courtier devra en outre verser à l’État une créance compensatrice de 5,8&nbsp;millions "
        "de francs, qui sera allouée aux parties plaignantes. Celles-ci n’ont pour l’heure "
        "récupéré que 410&nbsp;000&nbsp;francs, saisis sur ses comptes et lors de la vente de son "
        "chalet de Champéry.",
        "Son défenseur, Me&nbsp;Aurélien Dubath, a annoncé qu’il ferait appel de la quotité de la "
        "peine. «Mon client a tout avoué dès son arrestation. Quatre ans, c’est la sanction d’un "
        "homme qui n’a jamais cherché à se dérober», a-t-il déclaré à la sortie de l’audience.",
    ]
    quote = "«Il connaissait le prénom de mes petits-enfants.»"
    pcls = 'class="ArticleParagraph_root__Qw7dE"'
    teaser = (
        '<div class="ArticleTeaserInline_root__r1PzK"><span class="ArticleTeaserInline_label__9vT">À lire aussi</span>'
        f'<a class="ArticleTeaserInline_link__hs2" href="{base}/geneve-les-arnaques-aux-faux-conseillers-bancaires-explosent-317204558810">'
        '<span class="ArticleTeaserInline_abo__2Qa" aria-label="Abo">Abo</span>'
        '<span class="ArticleTeaserInline_title__mZ1">Arnaques: les faux conseillers bancaires '
        "ont coûté 14&nbsp;millions aux Genevois</span></a></div>"
    )
    body = "\n".join(
        [
            paras(*p[:2], attrs=pcls),
            teaser,
            f'<h2 class="ArticleCrossHeading_root__Kd0Lm">{subhead}</h2>',
            paras(p[2], attrs=pcls),
            '<blockquote class="ArticleBlockquote_root__Vn3sA">'
            + paras(*p[3:5], attrs='class="ArticleBlockquote_paragraph__xJ1"')
            + "</blockquote>",
            paras(p[5], attrs=pcls),
            '<div class="Ad_root__7yPfN Ad_inside__2kq" data-testid="ad-inside-full-content"><p class="Ad_label__fX0">Publicité</p></div>',
            '<figure class="ArticleQuote_root__4eUu"><blockquote class="ArticleQuote_text__Yt1">'
            f"{quote}</blockquote>"
            '<figcaption class="ArticleQuote_author__Pp0">Une victime, dans une lettre lue à '
            "l’audience</figcaption></figure>",
            paras(*p[6:], attrs=pcls),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": flat(lead),
        "articleSection": "Genève",
        "datePublished": "2027-02-11T17:47:00.000Z",
        "dateModified": "2027-02-11T19:05:00.000Z",
        "author": [
            {
                "@type": "Person",
                "name": "Lucie Barbey",
                "url": f"{base}/autor/lucie-barbey-2217",
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Tribune de Genève",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/logo-tdg.png"},
        },
        "isAccessibleForFree": True,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": {
            "@type": "ImageObject",
            "url": "https://cdn.unitycms.io/images/8Q3mXzT1aKsBz7.jpg",
        },
    }
    state = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "204518839217",
                    "title": title,
                    "lead": flat(lead),
                    "overline": "Justice genevoise",
                    "authors": [{"name": "Lucie Barbey", "id": 2217}],
                    "publishedAt": "2027-02-11T17:47:00.000Z",
                    "elements": [{"type": "paragraph", "html": x} for x in p],
                    "topics": ["Justice", "Genève", "Escroquerie"],
                },
                "tenant": "tdg",
            }
        },
        "page": "/[...slug]",
        "buildId": "Fh3k20pLmQ7",
    }
    nav = menu(
        5403,
        "NavigationMenu_list__Z8n",
        base,
        ["Genève", "Suisse", "Monde", "Économie", "Sports", "Culture", "Vivre"],
        9,
    )
    more = "".join(
        f'<article class="TeaserTile_root__Hq5"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><span class="TeaserTile_overline__Lr">{t["section"]}</span><h3 class="TeaserTile_title__c8">{t["title"]}</h3></a></article>'
        for t in teasers(544, 30, base, FILLER)
    )
    comments = "".join(
        f'<li class="Comment_root__aa"><span class="Comment_author__b3">{n}</span><span class="Comment_date__k">{d}</span><p class="Comment_text__w">{c}</p></li>'
        for n, d, c in [
            (
                "Jean-Marc D.",
                "11.02.2027",
                "Quatre ans pour six millions… et les victimes ne reverront jamais leur argent.",
            ),
            (
                "Sylvie R.",
                "12.02.2027",
                "On ne répétera jamais assez: un rendement garanti de 6%, ça n’existe pas.",
            ),
        ]
    )
    page = f"""<!DOCTYPE html><html lang="fr-CH"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Genève: un courtier condamné à quatre ans pour escroquerie | Tribune de Genève</title><meta name="description" content="{flat(lead)}"/><meta property="og:title" content="{title}"/><meta property="og:description" content="{flat(lead)}"/><meta property="og:site_name" content="Tribune de Genève"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta property="og:image" content="https://cdn.unitycms.io/images/8Q3mXzT1aKsBz7.jpg"/><meta property="article:published_time" content="2027-02-11T17:47:00.000Z"/><meta name="parsely-title" content="{title}"/><meta name="parsely-section" content="Genève"/><meta name="parsely-author" content="Lucie Barbey"/><meta name="parsely-pub-date" content="2027-02-11T17:47:00.000Z"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@tdgch"/><link rel="canonical" href="{url}"/><style data-emotion="css">{css_blob(5413, "css", 340)}</style>{json_script(ld)}<script defer src="/_next/static/chunks/framework-2f8c.js"></script><script defer src="/_next/static/chunks/pages/%5B...slug%5D-91ad.js"></script></head><body><div id="__next"><div id="sp_message_container_1188" class="sp-message"><div class="message-component"><p>Nous utilisons des cookies et des technologies similaires pour vous proposer des contenus et des publicités adaptés.</p><button title="Accepter">Accepter</button><button title="Paramètres">Paramètres</button></div></div><header class="Header_root__Ys2"><a href="/" class="Header_logo__pX" aria-label="Tribune de Genève"><svg viewBox="0 0 160 40"><path d="M0 0h30v40H0z"/></svg></a><nav class="Navigation_root__nB">{nav}</nav><a class="Header_abo__R4" href="/abo">S’abonner</a><a class="Header_login__d1" href="/login">Se connecter</a></header><main class="ArticlePage_root__T7"><article class="Article_root__P2v"><div class="ContentHead_root__M1q"><div class="ContentHead_overline__X0"><span class="ContentHead_section__bL">Justice genevoise</span></div><h1 class="ContentHead_title__Fa2"><span class="ContentHead_text__n8">{title}</span></h1><p class="ContentHead_lead__W5c">{lead}</p></div><div class="ContentMetaInfo_root__hT"><div class="ContentMetaInfo_authors__o2"><a class="ContentMetaInfo_author__Ue" href="/autor/lucie-barbey-2217">Lucie Barbey</a></div><div class="ContentMetaInfo_dates__Zq"><span>Publié: 11.02.2027, 18h47</span></div><div class="ContentMetaInfo_reading__m">4 min</div></div><div class="ShareBar_root__Vb"><button aria-label="Partager sur Facebook">Facebook</button><button aria-label="Partager sur WhatsApp">WhatsApp</button><button aria-label="Copier le lien">Copier le lien</button><button class="ShareBar_gift__u">Offrir l’article</button></div><figure class="ArticleImage_root__Gk"><img src="https://cdn.unitycms.io/images/8Q3mXzT1aKsBz7.jpg" alt="Le Palais de justice de Genève."/><figcaption class="ArticleImage_caption__e2"><span>Le procès s’est tenu durant trois jours au Palais de justice, au Bourg-de-Four.</span> <span class="ArticleImage_credit__sE">Laurent Guiraud/Tamedia</span></figcaption></figure><div class="ArticleBody_root__Hn4">
{body}
</div><div class="ArticleAuthorBox_root__Q9"><p class="ArticleAuthorBox_name__F">Lucie Barbey</p><p class="ArticleAuthorBox_bio__r">Lucie Barbey est journaliste à la rubrique genevoise depuis 2019. Elle couvre la justice et la police.</p><a href="/autor/lucie-barbey-2217">Plus d’infos</a></div><div class="NewsletterTeaser_root__kL3"><p class="NewsletterTeaser_title__Ab">Newsletter «Dernières nouvelles»</p><p>Pour rester au top de l’info, recevez les principales actualités du jour.</p><a href="/newsletter">Se connecter</a></div><div class="ErrorReport_root__h6"><p>Vous avez trouvé une erreur? <a href="/signaler">Signalez-la-nous.</a></p></div><section class="Comments_root__s0"><h2 class="Comments_title__o">2 commentaires</h2><ul>{comments}</ul></section></article><section class="RelatedArticles_root__z1"><h2>Plus d’articles sur ce sujet</h2>{more}</section></main><footer class="Footer_root__q8"><p>© Tribune de Genève 2027 – Tous droits réservés</p><ul><li><a href="/impressum">Impressum</a></li><li><a href="/privacy">Protection des données</a></li></ul></footer></div>{json_script(state, 'id="__NEXT_DATA__" type="application/json"')}</body></html>"""
    write(
        "03_tdg_tamedia_proces_blockquote_quote_overline",
        page,
        {
            "title": title,
            "publication": "Tribune de Genève",
            "author": "Lucie Barbey",
            "section": "Genève",
            "date": datetime.date(2027, 2, 11),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [subhead],
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": "Tamedia Next.js page on one line, court report. <title> differs from "
            "the h1 (h1 wins). articleSection and parsely-section 'Genève' beat the overline "
            "'Justice genevoise'. A blockquote of two paragraphs (a victim's letter read in "
            "court) is text; an ArticleQuote box repeating one of its sentences, with its own "
            "author field, is a pull quote. h2 cross-heading; inline 'À lire aussi' teaser "
            "with an 'Abo' badge and an ad between paragraphs; author box, newsletter, error "
            "box and two reader comments after the text; caption credit 'Laurent "
            "Guiraud/Tamedia'. 'Publié: 11.02.2027, 18h47' (17:47Z). __NEXT_DATA__ repeats "
            "the text.",
        },
    )


def page04() -> None:
    """Le360: Arc XP Themes, health news, 'Par A (avec MAP)', list, kicker vs articleSection."""
    base = "https://fr.le360.ma"
    url = f"{base}/societe/grippe-saisonniere-les-urgences-de-la-region-casablanca-settat-sous-tension_Q3ZKVJ7M5NBRDHWXL2PTA4FCEY/"
    title = "Grippe saisonnière: les urgences de la région Casablanca-Settat sous tension"
    lead = (
        "Depuis début février, les services d'urgence de la région enregistrent une hausse de "
        "40% des consultations liées aux syndromes grippaux. Le ministère de la Santé appelle "
        "les personnes à risque à se faire vacciner."
    )
    subhead = "Les recommandations du ministère"
    p = [
        "Les services d'urgence des hôpitaux de la région Casablanca-Settat font face, depuis le "
        "début du mois de février, à un afflux inhabituel de patients présentant des syndromes "
        "grippaux. Selon la direction régionale de la Santé, le nombre de consultations liées à "
        "la grippe a progressé de 40% en deux semaines.",
        "A l'hôpital provincial d'Aïn Sebaâ, les délais d'attente aux urgences adultes "
        "dépassaient jeudi soir six heures, selon plusieurs témoignages recueillis par Le360. "
        "«Nous recevons entre 350 et 400 patients par jour, contre 250 en temps normal», confie "
        "un médecin urgentiste qui a requis l'anonymat.",
        "Le virus A(H3N2), dominant cette saison, touche particulièrement les enfants de moins de "
        "cinq ans et les personnes âgées. La direction régionale indique que 212 patients ont "
        "été hospitalisés depuis le 1<sup>er</sup> février, dont 38 en réanimation.",
        # 3 (after subhead)
        "Dans un communiqué publié vendredi, le ministère de la Santé et de la Protection sociale "
        "rappelle les gestes qui limitent la transmission du virus:",
        "se laver régulièrement les mains à l'eau et au savon;",
        "porter un masque en cas de symptômes, en particulier au contact de personnes fragiles;",
        "éviter de se rendre aux urgences pour des symptômes légers et consulter d'abord un "
        "centre de santé de proximité;",
        "se faire vacciner, la campagne étant prolongée jusqu'au 31 mars.",
        # 8
        "Le vaccin antigrippal reste disponible gratuitement dans les centres de santé pour les "
        "personnes de plus de 65 ans, les femmes enceintes et les malades chroniques. Quelque "
        "180.000 doses supplémentaires ont été livrées cette semaine dans la région, précise "
        "le ministère.",
        "Pour désengorger les urgences, la direction régionale a par ailleurs ouvert des unités "
        "de consultation dédiées dans onze centres de santé de Casablanca, Mohammedia et El "
        "Jadida. Elles accueillent les patients de 8h à 22h, y compris le week-end.",
    ]
    pcls = 'class="c-paragraph"'
    body = "\n".join(
        [
            paras(*p[:2], attrs=pcls),
            '<div class="b-article-body__interstitial-link"><span class="b-article-body__interstitial-label">Lire aussi : </span>'
            f'<a class="c-link" href="{base}/societe/vaccination-antigrippale-la-campagne-demarre-dans-les-pharmacies_JH4TQ2M7XLBNV3RCKD6YZ5WPEA/">'
            "Vaccination antigrippale: la campagne démarre dans les pharmacies</a></div>",
            paras(p[2], attrs=pcls),
            '<div class="arcad-feature b-ad-block" id="arcad_feature-f0fq8gpRP9Zt"><div class="arcad ad-300x250" id="ad-inarticle-1"></div></div>',
            f'<h2 class="c-heading b-article-body__heading">{subhead}</h2>',
            paras(p[3], attrs=pcls),
            '<ul class="c-list b-article-body__list">'
            + "".join(f'<li class="c-list__item">{x}</li>' for x in p[4:8])
            + "</ul>",
            paras(*p[8:], attrs=pcls),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": flat(lead),
        "articleSection": "Société",
        "datePublished": "2027-02-19T12:14:00Z",
        "dateModified": "2027-02-19T12:31:00Z",
        "author": {
            "@type": "Person",
            "name": "Karim Benslimane",
            "url": f"{base}/auteurs/karim-benslimane/",
        },
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le360",
            "logo": {"@type": "ImageObject", "url": f"{base}/pf/resources/images/le360-logo.png"},
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": [{"@type": "ImageObject", "url": f"{base}/resizer/urgences-casablanca.jpg"}],
        "isAccessibleForFree": True,
    }
    elements = (
        [{"type": "text", "content": x} for x in p[:2]]
        + [
            {
                "type": "interstitial_link",
                "content": "Vaccination antigrippale: la campagne démarre dans les pharmacies",
            }
        ]
        + [{"type": "text", "content": p[2]}, {"type": "header", "level": 2, "content": subhead}]
        + [{"type": "text", "content": p[3]}]
        + [
            {
                "type": "list",
                "list_type": "unordered",
                "items": [{"type": "text", "content": x} for x in p[4:8]],
            }
        ]
        + [{"type": "text", "content": x} for x in p[8:]]
    )
    fusion = {
        "_id": "Q3ZKVJ7M5NBRDHWXL2PTA4FCEY",
        "type": "story",
        "headlines": {"basic": title},
        "subheadlines": {"basic": lead},
        "credits": {"by": [{"type": "author", "name": "Karim Benslimane"}]},
        "label": {"basic": {"text": "Santé"}},
        "taxonomy": {"primary_section": {"_id": "/societe", "name": "Société"}},
        "first_publish_date": "2027-02-19T12:14:00Z",
        "content_elements": elements,
    }
    fusion_js = json.dumps(fusion, ensure_ascii=False).replace("</", "<\\/")
    nav = menu(
        5404,
        "b-header-nav-chain__list",
        base,
        ["Politique", "Economie", "Société", "Monde", "Sport", "Culture", "Vidéos"],
        7,
    )
    more = "".join(
        f'<div class="b-results-list__item"><a class="c-link" href="{t["url"]}/"><img class="c-image" src="{t["image"]}" alt="" loading="lazy"></a><h2 class="c-heading"><a class="c-link" href="{t["url"]}/">{t["title"]}</a></h2><time class="c-date">{t["date"]}</time></div>'
        for t in teasers(545, 20, base + "/societe", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{title} | le360.ma</title>
<link rel="canonical" href="{url}"/>
<meta name="description" content="{flat(lead)}"/>
<meta property="og:title" content="{title}"/>
<meta property="og:description" content="{flat(lead)}"/>
<meta property="og:url" content="{url}"/>
<meta property="og:type" content="article"/>
<meta property="og:site_name" content="Le360"/>
<meta property="og:image" content="{base}/resizer/urgences-casablanca.jpg"/>
<meta property="article:section" content="Société"/>
<meta property="article:published_time" content="2027-02-19T12:14:00Z"/>
<meta name="twitter:card" content="summary_large_image"/>
<meta name="twitter:site" content="@Le360fr"/>
<link rel="stylesheet" href="{base}/pf/dist/components/combinations/default.css?d=412&amp;mxId=00000000"/>
<style>{css_blob(5414, "b", 280)}</style>
{json_script(ld)}
<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="le360-fr";Fusion.deployment="412";Fusion.globalContent={fusion_js};</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body>
<div id="fusion-app" class="layout-section">
<header class="b-header-nav-chain"><a class="b-header-nav-chain__logo" href="{base}/"><img src="{base}/pf/resources/images/le360-logo.svg" alt="Le360"/></a><nav class="b-header-nav-chain__nav" aria-label="Sections">{nav}</nav><a class="b-header-nav-chain__ar" href="https://ar.le360.ma/">العربية</a></header>
<div class="b-single-column-regular">
<article class="b-article">
<div class="b-overline"><a class="c-overline" href="{base}/societe/sante/">Santé</a></div>
<h1 class="b-headline c-heading">{title}</h1>
<h2 class="b-subheadline c-heading">{lead}</h2>
<div class="b-byline"><span class="b-byline__by">Par</span> <a class="c-link b-byline__author" href="{base}/auteurs/karim-benslimane/">Karim Benslimane</a> <span class="b-byline__agency">(avec MAP)</span></div>
<div class="b-date"><time class="c-date" datetime="2027-02-19T12:14:00Z">Le 19/02/2027 à 12h14</time></div>
<div class="b-share-bar"><a class="b-share-bar__facebook" href="#" aria-label="Facebook">Facebook</a><a class="b-share-bar__x" href="#" aria-label="X">X</a><a class="b-share-bar__whatsapp" href="#" aria-label="WhatsApp">WhatsApp</a></div>
<figure class="b-lead-art c-media-item"><img class="c-image" src="{base}/resizer/urgences-casablanca.jpg" alt="Des patients dans la salle d'attente d'un service d'urgences à Casablanca."/><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Des patients dans la salle d'attente d'un service d'urgences à Casablanca, le 18 février 2027.</span> <span class="c-media-item__credit">Le360/Adil Gadrouz</span></figcaption></figure>
<div class="b-article-body">
{body}
</div>
<div class="b-tag-list"><a class="c-tag" href="{base}/tags/grippe/">Grippe</a><a class="c-tag" href="{base}/tags/urgences/">Urgences</a><a class="c-tag" href="{base}/tags/casablanca-settat/">Casablanca-Settat</a></div>
</article>
<section class="b-results-list"><h2 class="b-results-list__title">Sur le même sujet</h2>{more}</section>
</div>
<footer class="b-footer"><p class="b-footer__copyright">© 2027 Le360. Tous droits réservés.</p><ul class="b-footer__links"><li><a href="{base}/qui-sommes-nous/">Qui sommes-nous</a></li><li><a href="{base}/contact/">Contact</a></li></ul></footer>
</div>
<script src="{base}/pf/dist/engine/react.js?d=412" defer></script>
</body>
</html>
"""
    write(
        "04_le360_arcxp_sante_avec_map_list",
        page,
        {
            "title": title,
            "publication": "Le360",
            "author": "Karim Benslimane",
            "agency": "MAP",
            "section": "Société",
            "date": datetime.date(2027, 2, 19),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(x) for x in p],
            "notes": "Arc XP Themes (BEM b-/c- classes), Morocco, health news. Byline 'Par "
            "Karim Benslimane (avec MAP)': author and agency MAP. articleSection and "
            "article:section 'Société' beat the overline 'Santé'. Standfirst in "
            "h2.b-subheadline; h2.c-heading subhead; introducing paragraph + ul of four items "
            "(each a paragraph); interstitial 'Lire aussi :' link and ad in the body; caption "
            "credit 'Le360/…'. 'Le 19/02/2027 à 12h14' (12:14Z, Morocco on GMT in Ramadan). "
            "Straight apostrophes, «…» without spaces. Fusion.globalContent repeats the text.",
        },
    )
