# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout61/web (Switzerland, Belgium, Canada)."""

import datetime
import json

from kit import (
    FILLER,
    css_blob,
    flat,
    json_script,
    menu,
    paras,
    saved_from,
    table_rows,
    teasers,
    write,
)


def page01() -> None:
    """Arcinfo: ESH Médias' server-rendered Nuxt front, Grand Conseil, two authors, list."""
    base = "https://www.arcinfo.ch"
    art_id = "1418732"
    url = f"{base}/neuchatel-canton/le-grand-conseil-offre-les-transports-publics-aux-moins-de-16-ans-{art_id}"
    title = "Le Grand Conseil offre les transports publics aux moins de 16 ans"
    lead = (
        "Par 61 voix contre 38, les députés neuchâtelois ont accepté mardi de financer un "
        "abonnement gratuit pour les enfants et les jeunes adolescents du canton. La mesure "
        "coûtera 7,4&nbsp;millions de francs par an."
    )
    authors = ["Romane Jeanneret", "Bastien Vuilleumier"]
    p = [
        "C’est une petite révolution pour les familles neuchâteloises. Dès le 1<sup>er</sup> "
        "août, les enfants et les adolescents de 6 à 15 ans domiciliés dans le canton pourront "
        "voyager gratuitement sur l’ensemble du réseau Onde Verte, trains régionaux compris. Le "
        "Grand Conseil a accepté mardi, par 61 voix contre 38 et une abstention, le décret "
        "proposé par le Conseil d’Etat en octobre.",
        "Le texte prévoit un abonnement annuel nominatif, délivré sur simple demande en ligne "
        "ou aux guichets des gares. Les quelque 19&nbsp;500 jeunes concernés devront le "
        "présenter lors des contrôles, comme n’importe quel titre de transport.",
        # h2
        "La mesure coûtera 7,4&nbsp;millions de francs par an à l’Etat, selon les estimations "
        "du Département du développement territorial. Le manque à gagner des entreprises de "
        "transport, qui vendent aujourd’hui environ 11&nbsp;000 abonnements juniors, sera "
        "compensé intégralement.",
        "«Nous voulons que les habitudes se prennent tôt. Un enfant qui prend le bus à 10 ans "
        "le prendra encore à 30 ans», a plaidé le conseiller d’Etat Thierry Monnier devant le "
        "plénum.",
        # h2
        "Les groupes PLR et UDC ont combattu le projet jusqu’au bout. Le député libéral-radical "
        "Cédric Matthey a dénoncé «une politique de l’arrosoir» qui profitera aussi aux "
        "familles aisées. Il aurait préféré un rabais ciblé, réservé aux ménages qui touchent "
        "des subsides pour l’assurance maladie.",
        "La gauche et les Vert’libéraux ont fait bloc. «Le tarif actuel pénalise d’abord les "
        "familles des vallées, qui n’ont pas d’autre choix que le train pour aller à l’école», "
        "a répondu la socialiste Mélanie Droz.",
        "Un amendement visant à limiter la gratuité aux trajets entre le domicile et l’école a "
        "été rejeté par 57 voix contre 42. Les députés ont en revanche accepté trois ajouts:",
        "un bilan de fréquentation présenté au Grand Conseil après deux ans;",
        "l’extension de la gratuité aux apprentis de moins de 16 ans domiciliés hors du canton "
        "mais formés à Neuchâtel;",
        "une campagne d’information dans les écoles dès le printemps.",
        # h2
        "L’UDC n’exclut pas de lancer un référendum. Le parti a jusqu’à la fin février pour "
        "récolter les 4500 signatures nécessaires. Son président cantonal, Yves-Alain Perret, "
        "a indiqué qu’une décision serait prise lors d’une assemblée des délégués, le 28 "
        "janvier à Cernier.",
        "Si le décret n’est pas attaqué, Neuchâtel rejoindra le petit groupe de cantons qui "
        "offrent déjà les transports publics à leurs plus jeunes habitants. Le Jura et Fribourg "
        "étudient des mesures semblables, selon les chiffres réunis par le Département.",
    ]
    heads = [
        "Un coût de 7,4 millions par an",
        "La droite dénonce un arrosoir",
        "Un référendum déjà évoqué",
    ]
    quote = "«Un enfant qui prend le bus à 10 ans le prendra encore à 30 ans»"
    v = 'data-v-6f1c2a9e=""'

    def para(x: str) -> str:
        return f'<p {v} class="paragraph">{x}</p>'

    lire = (
        f'<aside {v} class="related-inline"><p {v} class="related-inline__label">Lire aussi</p>'
        f'<a {v} href="{base}/neuchatel-canton/transports-publics-le-canton-veut-un-abonnement-junior-gratuit-1401127" class="related-inline__link">'
        f'<span {v} class="related-inline__title">Transports publics: le Canton veut un abonnement junior gratuit</span></a></aside>'
    )
    ad = f'<div {v} class="ad-slot ad-slot--rectangle" id="ad-inarticle-1"><span {v} class="ad-slot__label">Publicité</span><div id="div-gpt-ad-inarticle-1"></div></div>'
    pq = f'<aside {v} class="article-quote"><p {v} class="article-quote__text">{quote}</p><p {v} class="article-quote__author">Thierry Monnier, conseiller d’Etat</p></aside>'
    newsletter = (
        f'<div {v} class="newsletter-teaser"><p {v} class="newsletter-teaser__title">La newsletter Arcinfo</p>'
        f"<p {v}>Chaque matin, l’essentiel de l’actualité neuchâteloise dans votre boîte mail.</p>"
        f'<a {v} href="{base}/newsletter" class="button">Je m’inscris</a></div>'
    )
    body = "\n".join(
        [
            para(p[0]),
            para(p[1]),
            lire,
            f'<h2 {v} class="intertitle">{heads[0]}</h2>',
            para(p[2]),
            ad,
            para(p[3]),
            pq,
            f'<h2 {v} class="intertitle">{heads[1]}</h2>',
            para(p[4]),
            para(p[5]),
            para(p[6]),
            f'<ul {v} class="list">' + "".join(f"<li {v}>{x}</li>" for x in p[7:10]) + "</ul>",
            newsletter,
            f'<h2 {v} class="intertitle">{heads[2]}</h2>',
            para(p[10]),
            para(p[11]),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": flat(lead),
        "image": [f"https://static.arcinfo.ch/media/2027/01/12/gare-neuchatel-bus-{art_id}.jpg"],
        "datePublished": "2027-01-12T18:47:00+01:00",
        "dateModified": "2027-01-13T08:10:00+01:00",
        "articleSection": "Neuchâtel Canton",
        "author": [
            {"@type": "Person", "name": a, "url": f"{base}/auteurs/{a.lower().replace(' ', '-')}"}
            for a in authors
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Arcinfo",
            "logo": {"@type": "ImageObject", "url": f"{base}/img/logo-arcinfo.png"},
        },
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".article-body",
        },
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
            {"@type": "ListItem", "position": 2, "name": "Régions", "item": f"{base}/regions"},
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Neuchâtel Canton",
                "item": f"{base}/neuchatel-canton",
            },
        ],
    }
    nuxt = {
        "layout": "default",
        "data": [
            {
                "article": {
                    "id": int(art_id),
                    "title": title,
                    "lead": flat(lead),
                    "overline": "Grand Conseil",
                    "premium": True,
                    "authors": [{"name": a} for a in authors],
                    "publishedAt": "2027-01-12T17:47:00Z",
                    "body": [{"type": "paragraph", "text": flat(x)} for x in p],
                }
            }
        ],
        "state": {"user": {"loggedIn": True, "subscriber": True}},
    }
    nuxt_js = json.dumps(nuxt, ensure_ascii=False).replace("</", "<\\/")
    nav = menu(
        6101,
        "main-nav",
        base,
        [
            "Neuchâtel Canton",
            "Littoral",
            "Montagnes",
            "Val-de-Ruz",
            "Val-de-Travers",
            "Suisse",
            "Sport",
            "Culture",
        ],
        7,
    )
    more = "".join(
        f'<article {v} class="teaser"><a {v} href="{t["url"]}"><img {v} src="{t["image"]}" alt="" loading="lazy"><span {v} class="teaser__overline">{t["section"]}</span><h3 {v} class="teaser__title">{t["title"]}</h3></a></article>'
        for t in teasers(6101, 24, base, FILLER)
    )
    byline = " ".join(
        f'<a {v} href="{base}/auteurs/{a.lower().replace(" ", "-")}" class="article-authors__name">{a}</a>{"," if i == 0 else ""}'
        for i, a in enumerate(authors)
    )
    page = (
        saved_from(url)
        + f"""<!DOCTYPE html>
<html lang="fr-CH" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22fr-CH%22%7D%7D">
<head>
<title>{title} | Arcinfo</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="{flat(lead)}"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{title}"><meta data-n-head="ssr" data-hid="og:description" property="og:description" content="{flat(lead)}"><meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article"><meta data-n-head="ssr" data-hid="og:url" property="og:url" content="{url}"><meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="Arcinfo"><meta data-n-head="ssr" data-hid="og:image" property="og:image" content="https://static.arcinfo.ch/media/2027/01/12/gare-neuchatel-bus-{art_id}.jpg"><meta data-n-head="ssr" data-hid="twitter:card" name="twitter:card" content="summary_large_image"><meta data-n-head="ssr" data-hid="twitter:site" name="twitter:site" content="@arcinfo"><meta data-n-head="ssr" data-hid="article:published_time" property="article:published_time" content="2027-01-12T18:47:00+01:00"><meta data-n-head="ssr" data-hid="article:modified_time" property="article:modified_time" content="2027-01-13T08:10:00+01:00"><meta data-n-head="ssr" name="robots" content="max-image-preview:large"><link data-n-head="ssr" rel="canonical" href="{url}"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico">{json_script(ld, 'data-n-head="ssr" type="application/ld+json"')}{json_script(crumbs, 'data-n-head="ssr" type="application/ld+json"')}<link rel="preload" href="/_nuxt/3c1d9a0.js" as="script"><link rel="preload" href="/_nuxt/f8e22b1.js" as="script"><style data-vue-ssr-id="6f1c2a9e:0 2d4b0e77:0">{css_blob(6101, "esh", 340)}</style>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"pageType":"article","articleId":"{art_id}","section":"neuchatel-canton","premium":"true","authors":"Romane Jeanneret|Bastien Vuilleumier"}});</script>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div {v} class="page page--article">
<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">Arcinfo et ses partenaires utilisent des cookies pour mesurer l’audience, personnaliser les contenus et les publicités.</p><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-learn-more-button">Paramétrer</button></div></div>
<header {v} class="site-header"><a {v} href="{base}/" class="site-header__logo" aria-label="Arcinfo"><svg {v} viewBox="0 0 140 32"><path d="M0 0h32v32H0z"></path></svg></a><nav {v} class="site-header__nav">{nav}</nav><a {v} href="{base}/abonnements" class="site-header__subscribe">S’abonner</a><a {v} href="{base}/mon-compte" class="site-header__account">Mon compte</a></header>
<div {v} class="ad-slot ad-slot--leaderboard"><span {v} class="ad-slot__label">Publicité</span><div id="div-gpt-ad-leaderboard"></div></div>
<main {v} class="article-page">
<nav {v} class="breadcrumb" aria-label="Fil d’Ariane"><ol {v}><li {v}><a {v} href="{base}/">Accueil</a></li><li {v}><a {v} href="{base}/regions">Régions</a></li><li {v}><a {v} href="{base}/neuchatel-canton">Neuchâtel Canton</a></li></ol></nav>
<article {v} class="article">
<header {v} class="article-header">
<div {v} class="article-header__overline"><span {v} class="badge badge--premium">Abonnés</span> <span {v} class="article-header__kicker">Grand Conseil</span></div>
<h1 {v} class="article-header__title">{title}</h1>
<p {v} class="article-header__lead">{lead}</p>
<div {v} class="article-meta"><div {v} class="article-authors">Par {byline}</div><div {v} class="article-dates"><time {v} datetime="2027-01-12T18:47:00+01:00">Publié le 12.01.2027 à 18:47</time> <time {v} datetime="2027-01-13T08:10:00+01:00" class="article-dates__updated">Mis à jour le 13.01.2027 à 08:10</time></div></div>
<div {v} class="share-bar"><button {v} class="share-bar__button" aria-label="Partager sur Facebook">Facebook</button><button {v} class="share-bar__button" aria-label="Partager sur WhatsApp">WhatsApp</button><button {v} class="share-bar__button" aria-label="Partager par e-mail">E-mail</button><button {v} class="share-bar__button share-bar__button--gift">Offrir cet article</button></div>
</header>
<figure {v} class="article-figure"><picture {v}><source {v} srcset="https://static.arcinfo.ch/media/2027/01/12/gare-neuchatel-bus-{art_id}.webp" type="image/webp"><img {v} src="https://static.arcinfo.ch/media/2027/01/12/gare-neuchatel-bus-{art_id}.jpg" alt="Des élèves montent dans un bus devant la gare de Neuchâtel." width="1200" height="675"></picture><figcaption {v} class="article-figure__caption">Quelque 19&nbsp;500 enfants et adolescents pourront voyager gratuitement dès la rentrée d’août. <span {v} class="article-figure__credit">Archives Quentin Rossel</span></figcaption></figure>
<div {v} class="article-body">
{body}
</div>
<div {v} class="article-footer"><div {v} class="article-tags"><span {v}>Sur le même sujet</span> <a {v} href="{base}/tags/grand-conseil">Grand Conseil</a> <a {v} href="{base}/tags/transports-publics">Transports publics</a> <a {v} href="{base}/tags/jeunesse">Jeunesse</a></div><p {v} class="article-report">Vous avez repéré une erreur? <a {v} href="{base}/signaler-une-erreur?article={art_id}">Signalez-la</a></p></div>
</article>
<aside {v} class="sidebar"><div {v} class="most-read"><h2 {v} class="most-read__title">Les plus lus</h2><ol {v}>{"".join(f'<li {v}><a {v} href="{t["url"]}">{t["title"]}</a></li>' for t in teasers(6111, 5, base, FILLER))}</ol></div></aside>
<section {v} class="related"><h2 {v} class="related__title">A découvrir aussi</h2>{more}</section>
</main>
<footer {v} class="site-footer"><p {v}>Arcinfo, le média de référence du canton de Neuchâtel. Une publication d’ESH Médias.</p><ul {v}><li {v}><a {v} href="{base}/impressum">Impressum</a></li><li {v}><a {v} href="{base}/cgu">Conditions générales</a></li><li {v}><a {v} href="{base}/protection-des-donnees">Protection des données</a></li></ul><p {v}>© Arcinfo 2027 – Tous droits réservés</p></footer>
</div></div></div>
<script>window.__NUXT__={nuxt_js};</script><script src="/_nuxt/3c1d9a0.js" defer></script><script src="/_nuxt/f8e22b1.js" defer></script>
</body>
</html>
"""
    )
    write(
        "01_arcinfo_nuxt_grandconseil_two_authors_premium_whole",
        page,
        {
            "title": title,
            "publication": "Arcinfo",
            "author": "Romane Jeanneret et Bastien Vuilleumier",
            "section": "Neuchâtel Canton",
            "date": datetime.date(2027, 1, 12),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": heads,
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": "ESH Médias' server-rendered Nuxt front (data-v- attributes, data-n-head "
            "metas, window.__NUXT__ repeating the text). Subscriber page saved whole: 'Abonnés' "
            "badge and isAccessibleForFree false with hasPart, but every paragraph is there "
            "(incomplete false). Two authors as two links separated by a comma ('Par A, B') -> "
            "'A et B'. articleSection 'Neuchâtel Canton' (also the breadcrumb's last item) beats "
            "the kicker 'Grand Conseil'. Three h2 subheads; aside.article-quote is a pull quote "
            "with its author in a second <p> (left out), repeating a sentence of a paragraph; "
            "introducing paragraph + ul of three items; 'Lire aussi' box, ad and newsletter "
            "teaser inside the body; Swiss typography without space before ':' and ';', "
            "'1<sup>er</sup>'. 'Publié le 12.01.2027 à 18:47', 'Mis à jour le 13.01.2027'.",
        },
    )


def page02() -> None:
    """La Liberté: in-house PHP front, no JSON-LD, court report, blockquote, breadcrumb."""
    base = "https://www.laliberte.ch"
    url = f"{base}/news/regions/canton/gruyere/l-ex-caissier-d-une-fanfare-gruerienne-condamne-pour-abus-de-confiance-712448"
    title = "L’ex-caissier d’une fanfare gruérienne condamné pour abus de confiance"
    lead = (
        "Un sexagénaire a détourné plus de 86&nbsp;000&nbsp;francs en neuf ans. Le Tribunal "
        "pénal de la Gruyère l’a condamné mercredi à 18&nbsp;mois de prison avec sursis."
    )
    p = [
        "Pendant neuf ans, il a tenu les comptes de la fanfare de son village avec une minutie "
        "que personne ne songeait à vérifier. Mercredi, l’ancien caissier, un sexagénaire "
        "domicilié en Gruyère, a été condamné par le Tribunal pénal de l’arrondissement de la "
        "Gruyère à 18&nbsp;mois de prison avec sursis pendant trois ans pour abus de confiance "
        "qualifié et faux dans les titres.",
        "Entre 2015 et 2024, le prévenu a prélevé à 143 reprises de l’argent sur le compte de "
        "la société, pour un total de 86&nbsp;420&nbsp;francs. Il justifiait les sorties par de "
        "fausses factures d’uniformes, de partitions et de location de car, qu’il fabriquait "
        "lui-même sur l’ordinateur familial.",
        # h2
        "C’est une nouvelle vérificatrice des comptes, entrée au comité en 2024, qui a donné "
        "l’alerte. «Les factures du transporteur ne portaient jamais de numéro de TVA. J’ai "
        "simplement téléphoné à l’entreprise», a-t-elle raconté à la barre. Le transporteur "
        "n’avait jamais entendu parler de la fanfare.",
        "Face à la présidente du tribunal, Corinne Pasquier-Ropraz, le prévenu a reconnu "
        "l’essentiel des faits. Il a expliqué avoir voulu combler les pertes d’un commerce de "
        "matériel agricole qu’il exploitait avec son fils, avant de «ne plus savoir comment "
        "s’arrêter».",
        # h2
        "Le Ministère public avait requis 24&nbsp;mois avec sursis et une amende de "
        "3000&nbsp;francs. Le tribunal a retenu en faveur du prévenu ses aveux, son absence "
        "d’antécédents et le remboursement déjà effectué de 41&nbsp;000&nbsp;francs, grâce à la "
        "vente d’un terrain. Dans ses considérants, lus en fin d’après-midi, la présidente a "
        "résumé:",
        # blockquote
        "Le prévenu a trahi la confiance d’une société qui repose entièrement sur le "
        "bénévolat. Mais il a pris la mesure de ses actes et s’est engagé à rembourser le solde "
        "dans un délai raisonnable.",
        "Le tribunal ne voit aucune raison de douter de sa sincérité.",
        # back to the text
        "Le condamné devra verser à la fanfare le solde de 45&nbsp;420&nbsp;francs, ainsi que "
        "6000&nbsp;francs de dépens. Il supportera en outre les frais de procédure, arrêtés à "
        "4850&nbsp;francs.",
        "Du côté de la société, on se dit soulagé. «Nous avons perdu de l’argent, mais surtout "
        "des années de confiance. Aujourd’hui, deux personnes signent chaque paiement», "
        "explique son président, Dominique Repond. La fanfare, qui compte 38 musiciens, a "
        "maintenu son camp des jeunes l’été dernier grâce à un appel aux dons.",
        "Le jugement peut faire l’objet d’un appel dans les trente jours.",
    ]
    heads = ["Découvert par une vérificatrice", "Une peine plus clémente que requis"]
    body = "\n".join(
        [
            paras(*p[:2]),
            f'<h2 class="article-body__subtitle">{heads[0]}</h2>',
            paras(*p[2:4]),
            '<div class="ad ad--inread"><div class="ad__label">Publicité</div><div id="inread-1" class="ad__slot"></div></div>',
            f'<h2 class="article-body__subtitle">{heads[1]}</h2>',
            paras(p[4]),
            "<blockquote>" + paras(*p[5:7]) + "</blockquote>",
            paras(*p[7:]),
        ]
    )
    nav = menu(
        6102,
        "navigation",
        base,
        ["Régions", "Suisse", "International", "Economie", "Sport", "Culture", "Opinion", "Le Mag"],
        8,
    )
    rubric = "".join(
        f'<li class="rubric-list__item"><a href="{t["url"]}"><span class="rubric-list__time">{t["date"][8:]}.{t["date"][5:7]}</span> {t["title"]}</a></li>'
        for t in teasers(6102, 8, base + "/news/regions/canton/gruyere", FILLER)
    )
    more = "".join(
        f'<div class="card"><a href="{t["url"]}"><div class="card__image"><img src="{t["image"]}" alt=""></div><div class="card__section">{t["section"]}</div><h3 class="card__title">{t["title"]}</h3></a></div>'
        for t in teasers(6112, 18, base + "/news", FILLER)
    )
    page = (
        saved_from(url)
        + f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} - La Liberté</title>
<meta name="description" content="{flat(lead)}">
<meta name="keywords" content="Gruyère, tribunal, justice, fanfare">
<link rel="canonical" href="{url}">
<meta property="fb:app_id" content="180271862031885">
<meta property="og:type" content="article">
<meta property="og:site_name" content="La Liberté">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/media/image/71/normal/fanfare-uniformes-712448.jpg">
<meta property="article:published_time" content="2027-01-14T06:00:00+01:00">
<meta property="article:modified_time" content="2027-01-14T06:00:00+01:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@LaLiberte_ch">
<meta name="twitter:title" content="{title}">
<link rel="stylesheet" href="{base}/assets/css/app.min.css?v=20261203">
<style>{css_blob(6102, "lib", 300)}</style>
<script>var _paq=window._paq=window._paq||[];_paq.push(['setCustomDimension',1,'gruyere']);_paq.push(['setCustomDimension',2,'article']);_paq.push(['trackPageView']);</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="page-article rubrique-gruyere">
<div id="onetrust-banner-sdk" class="otFlat" role="alertdialog"><div class="ot-sdk-container"><p id="onetrust-policy-text">Nous utilisons des cookies pour améliorer votre expérience, analyser le trafic et afficher des publicités adaptées. <a href="{base}/protection-des-donnees">En savoir plus</a></p><button id="onetrust-accept-btn-handler">Tout accepter</button><button id="onetrust-pc-btn-handler">Personnaliser</button></div></div>
<div class="topbar"><div class="topbar__date">Vendredi 15 janvier 2027</div><a class="topbar__epaper" href="{base}/e-paper">E-paper</a><a class="topbar__login" href="{base}/login">Se connecter</a><a class="topbar__subscribe" href="{base}/abonnements">S’abonner</a></div>
<header class="header"><a class="header__logo" href="{base}/"><img src="{base}/assets/img/logo-la-liberte.svg" alt="La Liberté"></a><nav class="header__nav">{nav}</nav><form class="header__search" action="{base}/recherche"><input type="search" name="q" placeholder="Rechercher"></form></header>
<div class="ad ad--leaderboard"><div class="ad__label">Publicité</div><div id="leaderboard" class="ad__slot"></div></div>
<div class="container">
<ol class="breadcrumb"><li class="breadcrumb__item"><a href="{base}/">Accueil</a></li><li class="breadcrumb__item"><a href="{base}/news/regions">Régions</a></li><li class="breadcrumb__item"><a href="{base}/news/regions/canton/gruyere">Gruyère</a></li></ol>
<div class="row">
<main class="col-main">
<article class="article" data-id="712448">
<header class="article-header">
<div class="article-header__surtitle">Tribunal de la Gruyère</div>
<h1 class="article-header__title">{title}</h1>
<div class="article-header__lead">{lead}</div>
<div class="article-header__meta"><div class="article-header__author">Jeanne Savary</div><div class="article-header__date">Publié le 14.01.2027 à 06:00</div><div class="article-header__readtime">Temps de lecture: 3 min.</div></div>
<ul class="share"><li><a class="share__facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a></li><li><a class="share__twitter" href="https://twitter.com/intent/tweet?url={url}">Twitter</a></li><li><a class="share__whatsapp" href="whatsapp://send?text={url}">WhatsApp</a></li><li><a class="share__mail" href="mailto:?subject=La%20Libert%C3%A9">E-mail</a></li></ul>
</header>
<figure class="article-image"><img src="{base}/media/image/71/normal/fanfare-uniformes-712448.jpg" alt="Des uniformes de fanfare suspendus dans un local de répétition."><figcaption class="article-image__caption">Le prévenu justifiait ses prélèvements par de fausses factures d’uniformes et de partitions. <span class="article-image__credit">Photo d’illustration Jean-Baptiste Morel</span></figcaption></figure>
<div class="article-body">
{body}
</div>
<div class="article-tags"><a href="{base}/tags/gruyere">Gruyère</a> <a href="{base}/tags/justice">Justice</a> <a href="{base}/tags/tribunal">Tribunal</a></div>
<div class="article-subscribe"><p class="article-subscribe__title">Soutenez une information de proximité</p><p>Abonnez-vous à La Liberté dès 1 franc le premier mois.</p><a href="{base}/abonnements" class="btn">Je m’abonne</a></div>
</article>
</main>
<aside class="col-side"><div class="rubric-list"><h2 class="rubric-list__title">Dans la rubrique Gruyère</h2><ul>{rubric}</ul></div><div class="ad ad--rectangle"><div class="ad__label">Publicité</div><div id="rectangle-1" class="ad__slot"></div></div></aside>
</div>
<section class="more"><h2 class="more__title">A lire aussi</h2><div class="more__grid">{more}</div></section>
</div>
<footer class="footer"><div class="footer__brand"><img src="{base}/assets/img/logo-la-liberte-white.svg" alt="La Liberté"><p>Quotidien romand édité à Fribourg.</p></div><ul class="footer__links"><li><a href="{base}/contact">Contact</a></li><li><a href="{base}/impressum">Impressum</a></li><li><a href="{base}/cgv">CGV</a></li><li><a href="{base}/protection-des-donnees">Protection des données</a></li></ul><p class="footer__copy">© 2027 La Liberté – Tous droits réservés</p></footer>
<script src="{base}/assets/js/app.min.js?v=20261203" defer></script>
</body>
</html>
"""
    )
    write(
        "02_laliberte_php_tribunal_no_jsonld_blockquote_breadcrumb",
        page,
        {
            "title": title,
            "publication": "La Liberté",
            "author": "Jeanne Savary",
            "section": "Gruyère",
            "date": datetime.date(2027, 1, 14),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": heads,
            "paragraphs": [flat(x) for x in p],
            "notes": "In-house PHP front, no JSON-LD (canonical, Open Graph and Twitter tags "
            "only). No articleSection nor article:section: the breadcrumb's last item 'Gruyère' "
            "beats the surtitle 'Tribunal de la Gruyère'. Author's name alone in a div, without "
            "'Par'. Court report: two h2 subheads; a plain <blockquote> of two paragraphs "
            "(the court's reasons) after an introducing paragraph ending in ':'; ad between "
            "paragraphs. Standfirst a div.article-header__lead. 'Publié le 14.01.2027 à 06:00'; "
            "the top bar shows the day of saving, 'Vendredi 15 janvier 2027'. Caption with a "
            "photo credit, subscribe box after the tags, 'Dans la rubrique' sidebar.",
        },
    )


def page03() -> None:
    """Le Soir: Rossel's platform (r- custom elements), Belga dispatch, data table."""
    base = "https://www.lesoir.be"
    art_id = "612873"
    url = f"{base}/{art_id}/article/2027-01-15/la-biscuiterie-mathot-va-supprimer-180-emplois-en-region-liegeoise"
    title = "La biscuiterie Mathot va supprimer 180 emplois en région liégeoise"
    lead = (
        "La direction a annoncé vendredi un plan de restructuration qui touche ses deux sites "
        "de Herstal et d’Ans. Les travailleurs ont immédiatement arrêté le travail."
    )
    p1 = [
        "La biscuiterie Mathot, qui produit notamment les gaufrettes «&nbsp;Perle de "
        "Liège&nbsp;», va supprimer 180 emplois sur les 612 que compte l’entreprise en "
        "Belgique. La direction en a informé vendredi matin le conseil d’entreprise, lors d’une "
        "réunion extraordinaire convoquée à Herstal.",
        "L’entreprise familiale, fondée en 1921, invoque la hausse du prix du beurre et du "
        "sucre, qui a renchéri ses coûts de production de 23&nbsp;% en deux ans, ainsi que la "
        "perte d’un contrat de distribution avec une chaîne de supermarchés néerlandaise.",
        "Le plan prévoit la fermeture de la ligne de biscuits fourrés à Ans et le regroupement "
        "de l’emballage sur le site de Herstal. La direction a détaillé la répartition des "
        "suppressions&nbsp;:",
    ]
    table, rows = table_rows(
        [
            ["Site", "Emplois actuels", "Suppressions prévues"],
            ["Herstal (production)", "344", "72"],
            ["Ans (production)", "158", "86"],
            ["Siège et logistique", "110", "22"],
            ["Total", "612", "180"],
        ],
        cls="r-table",
    )
    p2 = [
        "La procédure Renault, qui encadre les licenciements collectifs, est désormais lancée. "
        "Sa première phase, consacrée à l’information et à la consultation des travailleurs, "
        "doit durer au moins deux mois.",
        "Selon la direction, la biscuiterie a enregistré en 2026 une perte opérationnelle de "
        "4,8 millions d’euros, la première de son histoire. Son chiffre d’affaires, de 96 "
        "millions d’euros, a reculé de 7&nbsp;% sur un an.",
        "Dans les ateliers, la nouvelle a été accueillie avec colère. «&nbsp;C’est un choc. On "
        "nous parlait encore d’investissements en novembre&nbsp;», a réagi Fabrice Lemaire, "
        "délégué principal à Ans. Le travail a été arrêté dans la foulée sur les deux sites, et "
        "une assemblée du personnel est prévue lundi.",
        "Les représentants des employés réclament des garanties sur l’avenir du site d’Ans, où "
        "travaillent encore 158 personnes. Ils redoutent qu’une fermeture complète ne suive "
        "d’ici deux ou trois ans.",
        "Le bourgmestre d’Ans, Michel Detaille, a demandé à être reçu par la direction "
        "«&nbsp;dans les plus brefs délais&nbsp;». Il rappelle que l’entreprise avait bénéficié "
        "en 2023 d’une aide régionale de 2,1 millions d’euros pour moderniser sa ligne "
        "d’emballage.",
        "La direction assure vouloir limiter au maximum les départs contraints, par des "
        "prépensions et des reclassements au sein du groupe. Elle n’exclut pas que le nombre "
        "final de licenciements soit «&nbsp;sensiblement inférieur&nbsp;» à 180.",
    ]
    related = (
        '<r-article--related class="r-article--related"><span class="r-related--label">Lire aussi</span>'
        f'<a href="{base}/598214/article/2026-11-04/biscuiterie-mathot-un-nouveau-four-herstal">Biscuiterie Mathot&nbsp;: un nouveau four à Herstal</a>'
        "</r-article--related>"
    )
    body = "\n".join(
        [
            paras(*p1[:2], attrs='class="r-article--paragraph"'),
            related,
            paras(p1[2], attrs='class="r-article--paragraph"'),
            f'<r-table class="r-article--table"><figure>{table}<figcaption>Source&nbsp;: direction de la biscuiterie Mathot</figcaption></figure></r-table>',
            '<r-ad class="r-ad r-ad--inread" data-position="inread"><span class="r-ad--label">Publicité</span></r-ad>',
            paras(*p2, attrs='class="r-article--paragraph"'),
        ]
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": flat(lead),
        "image": {
            "@type": "ImageObject",
            "url": f"https://lesoir.be/sites/default/files/dpistyles_v2/ena_16_9_extra_big/2027/01/15/node_{art_id}/biscuiterie.jpg",
            "width": 1600,
            "height": 900,
        },
        "datePublished": "2027-01-15T11:32:00+01:00",
        "dateModified": "2027-01-15T14:05:00+01:00",
        "articleSection": "Économie",
        "keywords": "Entreprises, Emploi, Liège, Agroalimentaire",
        "author": [{"@type": "Person", "name": "Belga"}],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Soir",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/img/logo-lesoir.png",
                "width": 600,
                "height": 60,
            },
        },
        "isAccessibleForFree": "True",
    }
    nav = menu(
        6103,
        "r-menu",
        base,
        ["Belgique", "Monde", "Économie", "Sports", "Culture", "Opinions", "Société", "Bruxelles"],
        8,
    )
    more = "".join(
        f'<r-teaser class="r-teaser"><a href="{t["url"]}"><r-pic class="r-teaser--pic"><img src="{t["image"]}" alt=""></r-pic><span class="r-teaser--kicker">{t["section"]}</span><h3 class="r-teaser--title">{t["title"]}</h3></a></r-teaser>'
        for t in teasers(6103, 30, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{title} - Le Soir</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Le Soir">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://lesoir.be/sites/default/files/dpistyles_v2/ena_16_9_extra_big/2027/01/15/node_{art_id}/biscuiterie.jpg">
<meta property="article:published_time" content="2027-01-15T11:32:00+01:00">
<meta property="article:modified_time" content="2027-01-15T14:05:00+01:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@lesoir">
<meta name="twitter:title" content="{title}">
<meta name="rossel:articleId" content="{art_id}">
<meta name="rossel:premium" content="false">
{json_script(ld)}
<link rel="stylesheet" href="https://assets.lesoir.be/r-core/4.38.2/css/r-core.css">
<style>{css_blob(6103, "r", 360)}</style>
<script>window.rossel={{"site":"lesoir","pageType":"article","articleId":"{art_id}","section":"economie/entreprises","authors":"Belga","premium":false}};</script>
<script type="module" src="https://assets.lesoir.be/r-core/4.38.2/js/r-core.js"></script>
</head>
<body class="r-body r-body--article">
<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">Avec votre accord, Le Soir et ses partenaires utilisent des cookies pour stocker et accéder à des informations sur votre appareil.</p><button id="didomi-notice-agree-button">Accepter &amp; fermer</button><button id="didomi-notice-disagree-button">Continuer sans accepter</button></div></div>
<r-viewport>
<r-header class="r-header"><a class="r-header--logo" href="{base}/"><img src="https://assets.lesoir.be/r-core/4.38.2/img/logo-lesoir.svg" alt="Le Soir"></a><r-menu class="r-header--menu">{nav}</r-menu><a class="r-header--subscribe" href="https://abonnement.lesoir.be/">S’abonner</a><r-login class="r-header--login"><a href="{base}/connexion">Se connecter</a></r-login></r-header>
<r-ad class="r-ad r-ad--top" data-position="top"><span class="r-ad--label">Publicité</span></r-ad>
<r-main class="r-main">
<r-breadcrumb class="r-breadcrumb"><ol><li><a href="{base}/">Accueil</a></li><li><a href="{base}/economie">Économie</a></li><li><a href="{base}/economie/entreprises">Entreprises</a></li></ol></r-breadcrumb>
<article class="r-article" data-id="{art_id}">
<header class="r-article--header">
<r-article--section class="r-article--section"><a href="{base}/economie/entreprises">Entreprises</a></r-article--section>
<h1 class="r-article--title">{title}</h1>
<r-article--chapo class="r-article--chapo"><p>{lead}</p></r-article--chapo>
<r-article--meta class="r-article--meta"><r-byline class="r-article--author"><span class="r-article--author-prefix">Par</span> <span class="r-article--author-name">Belga</span></r-byline> <time class="r-article--date" datetime="2027-01-15T11:32:00+01:00">Publié le 15/01/2027 à 11:32</time> <span class="r-article--readtime">Temps de lecture: 2 min</span></r-article--meta>
<r-share class="r-share"><button data-network="facebook">Partager</button><button data-network="x">Tweeter</button><button data-network="linkedin">LinkedIn</button><button data-network="mail">Envoyer</button></r-share>
</header>
<r-pic class="r-article--pic"><figure><img src="https://lesoir.be/sites/default/files/dpistyles_v2/ena_16_9_extra_big/2027/01/15/node_{art_id}/biscuiterie.jpg" alt="Le site de production de Herstal."><figcaption><span class="r-pic--legend">Le site de Herstal compte 344 travailleurs.</span> <span class="r-pic--credit">© Belga</span></figcaption></figure></r-pic>
<div class="r-article--content">
{body}
</div>
<r-article--tags class="r-article--tags"><a href="{base}/tag/entreprises">Entreprises</a><a href="{base}/tag/emploi">Emploi</a><a href="{base}/tag/liege">Liège</a></r-article--tags>
<r-newsletter class="r-newsletter"><h2 class="r-newsletter--title">La newsletter Économie</h2><p>Chaque jour, l’actualité économique et financière décryptée par la rédaction du Soir.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m’inscris</button></form></r-newsletter>
</article>
<r-aside class="r-aside"><h2 class="r-aside--title">Les plus lus</h2><ol>{"".join(f'<li><a href="{t["url"]}">{t["title"]}</a></li>' for t in teasers(6113, 6, base, FILLER))}</ol></r-aside>
<section class="r-more"><h2 class="r-more--title">Sur le même sujet</h2>{more}</section>
</r-main>
<r-footer class="r-footer"><p>Le Soir, un titre du groupe Rossel.</p><ul><li><a href="{base}/conditions-generales">Conditions générales</a></li><li><a href="{base}/vie-privee">Vie privée</a></li><li><a href="{base}/cookies">Cookies</a></li></ul><p>© Rossel &amp; Cie SA - Le Soir 2027</p></r-footer>
</r-viewport>
</body>
</html>
"""
    write(
        "03_lesoir_rossel_entreprise_belga_table_section_list",
        page,
        {
            "title": title,
            "publication": "Le Soir",
            "author": None,
            "agency": "Belga",
            "section": "Économie",
            "date": datetime.date(2027, 1, 15),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in p1] + rows + [flat(x) for x in p2],
            "notes": "Rossel platform with custom elements (r-viewport, r-article--chapo, "
            "r-byline, r-pic, r-ad, r-table). Agency dispatch: byline 'Par Belga' and JSON-LD "
            "author a Person named 'Belga' -> author null, agency Belga; the caption's '© Belga' "
            "is a photo credit. articleSection 'Économie' beats the breadcrumb's and kicker's "
            "'Entreprises'. Data table (header + four rows) in a figure: each row one paragraph, "
            "cells joined by a space; its figcaption 'Source : …' is chrome. 'Lire aussi' box and "
            "ad inside the content; &nbsp; inside « » and before ':' and '%'. "
            "isAccessibleForFree as the string 'True'. 'Publié le 15/01/2027 à 11:32'.",
        },
    )


def page04() -> None:
    """Le Soleil: CN2i on Arc XP, Presse Canadienne dispatch with a person, UTC next day."""
    base = "https://www.lesoleil.com"
    arc_id = "6QW2ZJ7K5RCXHB4MTNYLAFE3DU"
    url = f"{base}/actualites/2027/01/13/le-service-dautocar-entre-quebec-et-saguenay-reduit-de-moitie-des-fevrier-{arc_id}/"
    title = "Le service d’autocar entre Québec et Saguenay réduit de moitié dès février"
    sub = (
        "Le transporteur invoque une pénurie de chauffeurs et une baisse de l’achalandage; les "
        "étudiants du Saguenay–Lac-Saint-Jean craignent d’être les premiers touchés."
    )
    author = "Caroline Bergeron"
    p = [
        "QUÉBEC — Les voyageurs qui relient Québec et Saguenay en autocar devront s’adapter à "
        "un horaire allégé dès le 1<sup>er</sup> février. Le transporteur Autocars "
        "Laurentides-Nord a annoncé mercredi qu’il ramènerait de six à trois le nombre de "
        "départs quotidiens dans chaque direction sur la route 175.",
        "L’entreprise, qui assure la liaison depuis 1987, affirme manquer d’une quinzaine de "
        "chauffeurs pour maintenir son service actuel. Elle dit aussi transporter 31&nbsp;% "
        "moins de passagers qu’avant la pandémie, surtout en semaine.",
        "Le trajet d’environ 210&nbsp;kilomètres, qui traverse la réserve faunique des "
        "Laurentides, prend un peu moins de trois heures. Pour bien des résidents du Saguenay "
        "sans voiture, l’autocar demeure le seul moyen de rejoindre les hôpitaux spécialisés "
        "et l’aéroport de Québec.",
        "«Nous avons tout essayé: primes à l’embauche, formation payée, horaires de quatre "
        "jours. Il n’y a tout simplement pas assez de candidats dans la région», a expliqué le "
        "directeur des opérations, Martin Simard, en entrevue.",
        "Les nouveaux horaires prévoient les départs suivants, au terminus de Sainte-Foy comme "
        "à celui de Chicoutimi:",
        "un départ à 7&nbsp;h&nbsp;15, tous les jours;",
        "un départ à 12&nbsp;h&nbsp;30, du lundi au vendredi seulement;",
        "un départ à 17&nbsp;h&nbsp;45, tous les jours.",
        "Le départ de fin de soirée, très utilisé par les étudiants, disparaît. Un regroupement "
        "d’étudiants du Saguenay dit avoir recueilli plus de 900 signatures en quelques heures "
        "pour demander son maintien, au moins le vendredi et le dimanche.",
        "«Beaucoup d’entre nous n’ont pas de voiture. Sans l’autocar du soir, rentrer chez ses "
        "parents la fin de semaine devient un casse-tête», a fait valoir sa porte-parole, "
        "Léa-Rose Tremblay, étudiante en soins infirmiers.",
        "Le ministère des Transports a indiqué qu’il examinait la demande d’aide financière "
        "déposée par le transporteur en décembre. Une décision est attendue d’ici la fin du "
        "mois, selon une porte-parole.",
        "Autocars Laurentides-Nord assure que le retour à six départs quotidiens sera envisagé "
        "«dès que le recrutement le permettra». L’entreprise prévoit d’ouvrir une cohorte de "
        "formation de chauffeurs à Jonquière au printemps.",
        "En 2019, la liaison comptait encore huit départs par jour dans chaque direction. Le "
        "transporteur avait déjà supprimé deux départs l’automne dernier, une décision qu’il "
        "présentait alors comme temporaire.",
    ]

    def para(x: str) -> str:
        return f'<p class="c-paragraph">{x}</p>'

    body = "\n".join(
        [
            para(p[0]),
            para(p[1]),
            para(p[2]),
            '<div class="arcad-feature arcad_boxe_1" data-ad-name="boxe_1"><div class="arcad-label">Publicité</div><div id="arcad-boxe_1" class="arcad"></div></div>',
            para(p[3]),
            para(p[4]),
            '<ul class="c-list b-article-body__list">'
            + "".join(f"<li>{x}</li>" for x in p[5:8])
            + "</ul>",
            '<div class="b-article-body__interstitial-link"><p class="c-paragraph"><b>À lire aussi</b> <a href="'
            f'{base}/actualites/2026/11/21/penurie-de-chauffeurs-les-transporteurs-regionaux-a-bout-de-souffle-KD3P7WNX2QFB5HMZR4JCATY6VE/">'
            "Pénurie de chauffeurs: les transporteurs régionaux à bout de souffle</a></p></div>",
            para(p[8]),
            para(p[9]),
            '<div class="arcad-feature arcad_boxe_2" data-ad-name="boxe_2"><div class="arcad-label">Publicité</div><div id="arcad-boxe_2" class="arcad"></div></div>',
            para(p[10]),
            para(p[11]),
            para(p[12]),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "alternativeHeadline": "Québec–Saguenay: trois départs d’autocar de moins par jour",
        "description": flat(sub),
        "datePublished": "2027-01-14T01:20:00Z",
        "dateModified": "2027-01-14T14:05:00Z",
        "articleSection": "Actualités",
        "author": [
            {"@type": "Person", "name": author},
            {"@type": "Organization", "name": "La Presse Canadienne"},
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Soleil",
            "logo": {
                "@type": "ImageObject",
                "url": "https://static.lesoleil.com/resources/logos/le-soleil.png",
            },
        },
        "image": [f"https://www.lesoleil.com/resizer/v2/{arc_id}.jpg?auth=9c2b&width=1200"],
        "isAccessibleForFree": True,
    }
    fusion = {
        "_id": arc_id,
        "type": "story",
        "canonical_url": url.removeprefix(base),
        "headlines": {"basic": title, "meta_title": ld["alternativeHeadline"]},
        "subheadlines": {"basic": flat(sub)},
        "display_date": "2027-01-14T01:20:00.000Z",
        "first_publish_date": "2027-01-14T01:20:00.000Z",
        "credits": {
            "by": [
                {"type": "author", "name": author, "org": "La Presse Canadienne"},
            ]
        },
        "distributor": {"name": "La Presse Canadienne", "category": "wires"},
        "taxonomy": {
            "primary_section": {"_id": "/actualites", "name": "Actualités"},
            "sections": [
                {"_id": "/actualites", "name": "Actualités"},
                {"_id": "/actualites/transport", "name": "Transport"},
            ],
        },
        "content_elements": [{"type": "text", "content": x} for x in p],
    }
    fusion_js = json.dumps(fusion, ensure_ascii=False).replace("</", "<\\/")
    nav = menu(
        6104,
        "c-nav",
        base,
        [
            "Actualités",
            "Politique",
            "Opinions",
            "Sports",
            "Arts",
            "Affaires",
            "Chroniques",
            "Nécrologie",
        ],
        8,
    )
    more = "".join(
        f'<div class="c-stack results-list--item"><a href="{t["url"]}"><img class="c-image" src="{t["image"]}" alt=""><span class="c-overline">{t["section"]}</span><h2 class="c-heading">{t["title"]}</h2></a></div>'
        for t in teasers(6104, 20, base + "/actualites/2027/01", FILLER)
    )
    page = f"""<!DOCTYPE html><html lang="fr-CA"><head><meta charSet="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{title} | Le Soleil</title><meta name="description" content="{flat(sub)}"/><link rel="canonical" href="{url}"/><meta property="og:title" content="{title}"/><meta property="og:description" content="{flat(sub)}"/><meta property="og:image" content="https://www.lesoleil.com/resizer/v2/{arc_id}.jpg?auth=9c2b&amp;width=1200"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta property="og:site_name" content="Le Soleil"/><meta property="article:published_time" content="2027-01-14T01:20:00Z"/><meta property="article:section" content="Actualités"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@lesoleil"/><meta name="twitter:title" content="{title}"/>{json_script(ld)}<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=412&amp;mxId=00000000"/><style>{css_blob(6104, "b", 320)}</style><script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="lesoleil";Fusion.contextPath="/pf";Fusion.mxId="00000000";Fusion.deployment="412";Fusion.globalContent={fusion_js};Fusion.globalContentConfig={{"source":"content-api","query":{{"_id":"{arc_id}"}}}};</script><script defer="" src="/pf/dist/engine/react.js?d=412&amp;mxId=00000000"></script><script defer="" src="/pf/dist/components/combinations/default.js?d=412&amp;mxId=00000000"></script></head><body><div id="fusion-app" class="layout-section"><div class="b-right-rail-advanced"><div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">Le Soleil et ses partenaires utilisent des témoins pour améliorer votre expérience et mesurer l’audience.</p><button id="didomi-notice-agree-button">J’accepte</button><button id="didomi-notice-learn-more-button">Personnaliser</button></div></div><header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><a class="b-header-nav-chain__logo" href="/"><img src="https://static.lesoleil.com/resources/logos/le-soleil.svg" alt="Le Soleil"/></a><nav class="b-header-nav-chain__nav">{nav}</nav><a class="c-button c-button--primary" href="/infolettres">Infolettres</a><a class="c-button c-button--secondary" href="/soutenir">Soutenir</a></div></header><div class="arcad-feature arcad_leaderboard"><div class="arcad-label">Publicité</div><div id="arcad-leaderboard" class="arcad"></div></div><main class="b-right-rail-advanced__main"><div class="b-right-rail-advanced__main-interior-item"><div class="b-overline"><a class="c-overline" href="/actualites/transport">Transport</a></div><h1 class="c-heading b-headline">{title}</h1><h2 class="c-heading b-subheadline">{sub}</h2><div class="b-byline"><span class="b-byline__by">Par</span> <a class="c-link b-byline__link" href="/auteurs/caroline-bergeron/">{author}</a>, <span class="b-byline__org">La Presse Canadienne</span></div><div class="b-date"><time class="c-date" dateTime="2027-01-14T01:20:00Z">Publié le 13 janvier 2027 à 20 h 20</time><span class="b-date__sep"> · </span><time class="c-date b-date__updated" dateTime="2027-01-14T14:05:00Z">Mis à jour le 14 janvier 2027 à 9 h 05</time></div><div class="b-share-bar"><button class="c-button" aria-label="Partager sur Facebook">Facebook</button><button class="c-button" aria-label="Partager sur X">X</button><button class="c-button" aria-label="Copier le lien">Copier le lien</button></div><figure class="c-media-item b-lead-art"><img class="c-image" src="https://www.lesoleil.com/resizer/v2/{arc_id}.jpg?auth=9c2b&amp;width=1200" alt="Un autocar au terminus de Sainte-Foy."/><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Le départ de fin de soirée, très prisé des étudiants, est supprimé.</span> <span class="c-media-item__credit">(Le Soleil, Érik Lavallée-Dufour)</span></figcaption></figure><article class="b-article-body">
{body}
</article><div class="b-newsletter-signup"><h3 class="b-newsletter-signup__title">L’infolettre du Soleil</h3><p>Les nouvelles de la région de Québec, chaque matin dans votre boîte courriel.</p><a class="c-button" href="/infolettres">Je m’inscris</a></div><div class="b-support-box"><p class="b-support-box__text">Le Soleil est une coopérative. Votre don soutient une information régionale de qualité.</p><a class="c-button" href="/soutenir">Faire un don</a></div></div><aside class="b-right-rail-advanced__rail"><div class="b-top-table-list"><h2 class="c-heading">Les plus populaires</h2>{"".join(f'<div class="c-stack"><a href="{t["url"]}"><h3 class="c-heading">{t["title"]}</h3></a></div>' for t in teasers(6114, 5, base + "/actualites", FILLER))}</div><div class="arcad-feature arcad_cubed"><div class="arcad-label">Publicité</div><div id="arcad-cubed" class="arcad"></div></div></aside><section class="b-results-list"><h2 class="c-heading">À lire également</h2>{more}</section></main><footer class="b-footer"><div class="b-footer__logo"><img src="https://static.lesoleil.com/resources/logos/le-soleil-blanc.svg" alt="Le Soleil"/></div><ul class="b-footer__links"><li><a href="/nous-joindre">Nous joindre</a></li><li><a href="/politique-de-confidentialite">Politique de confidentialité</a></li><li><a href="/conditions-dutilisation">Conditions d’utilisation</a></li></ul><p class="b-footer__copyright">© Le Soleil, 2027. Tous droits réservés.</p></footer></div></div><script type="application/javascript" id="fusion-engine-script" src="/pf/dist/engine/react.js?d=412&amp;mxId=00000000" defer=""></script></body></html>
"""
    write(
        "04_lesoleil_arcxp_autocar_presse_canadienne_utc_next_day",
        page,
        {
            "title": title,
            "publication": "Le Soleil",
            "author": author,
            "agency": "La Presse Canadienne",
            "section": "Actualités",
            "date": datetime.date(2027, 1, 13),
            "standfirst": flat(sub),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "CN2i site on Arc XP (Fusion.globalContent repeats the text; c-/b- "
            "classes). Presse Canadienne dispatch with a person: 'Par Caroline Bergeron, La "
            "Presse Canadienne' (JSON-LD: a Person and an Organization) -> author the person, "
            "agency La Presse Canadienne; dateline 'QUÉBEC —' kept in the first paragraph. "
            "Standfirst an h2.b-subheadline. articleSection and article:section 'Actualités' "
            "beat the overline 'Transport'. JSON-LD alternativeHeadline differs from the h1. "
            "datePublished 2027-01-14T01:20:00Z is 20 h 20 on 13 January in Québec, as the page "
            "says ('Publié le 13 janvier 2027 à 20 h 20'; 'Mis à jour le 14 janvier'): date 13 "
            "January. Introducing paragraph + ul of three items; 'À lire aussi' link and two ads "
            "in the body; caption credit; newsletter and donation boxes.",
        },
    )
