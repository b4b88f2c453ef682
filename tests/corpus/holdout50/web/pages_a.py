# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout50/web (Belgium, Québec, Sénégal, RD Congo)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page01() -> None:
    """DH Les Sports+: IPM AMP live page, amp-live-list, two authors with Belga."""
    base = "https://www.dhnet.be"
    url = f"{base}/actu/belgique/2026/12/03/greve-nationale-contre-la-reforme-des-pensions-le-pays-tourne-au-ralenti-QF7M2XKD4VCH5ERT6YUJ3BNPLA/"
    amp = url + "?outputType=amp"
    title = "Grève nationale contre la réforme des pensions&nbsp;: le pays tourne au ralenti"
    entries = [
        (
            "12:48",
            "2026-12-03T12:48:00+01:00",
            "Le cortège a quitté la gare du Nord",
            [
                "Le cortège s’est ébranlé peu après midi depuis la gare du Nord en direction du "
                "boulevard du Jardin botanique. La police de la zone Bruxelles-Capitale Ixelles "
                "compte à ce stade 38&nbsp;000 manifestants, les syndicats en annoncent plus de "
                "55&nbsp;000.",
                "Plusieurs tunnels du petit ring sont fermés jusqu’à nouvel ordre. La STIB "
                "recommande d’éviter le centre-ville pendant toute l’après-midi.",
            ],
        ),
        (
            "11:30",
            "2026-12-03T11:30:00+01:00",
            None,
            [
                "La ministre des Pensions, Annelies Verstraeten, s’est exprimée brièvement à la "
                "sortie du comité ministériel restreint. «&nbsp;Nous respectons le droit de "
                "grève, mais la réforme sera votée avant l’été&nbsp;», a-t-elle déclaré, sans "
                "répondre aux questions.",
                "Elle a toutefois proposé de recevoir les trois organisations syndicales dès "
                "mardi prochain, au cabinet, pour discuter du volet consacré aux métiers "
                "pénibles.",
            ],
        ),
        (
            "10:05",
            "2026-12-03T10:05:00+01:00",
            "Aucun train avant 22 heures",
            [
                "La SNCB confirme qu’aucun train ne circulera sur le réseau intérieur avant "
                "22&nbsp;heures. Seuls quelques trains internationaux vers Paris et Amsterdam "
                "sont maintenus, avec des retards importants.",
            ],
        ),
        (
            "09:20",
            "2026-12-03T09:20:00+01:00",
            "Brussels Airport annule 70&nbsp;% des départs",
            [
                "À Brussels Airport, 212 des 301 départs prévus ce jeudi ont été annulés faute de "
                "personnel de sûreté. L’aéroport de Charleroi, lui, n’assure aucun vol de la "
                "journée.",
            ],
        ),
        (
            "08:10",
            "2026-12-03T08:10:00+01:00",
            "Piquets devant les zonings de Liège et de Charleroi",
            [
                "Des piquets de grève filtrent depuis l’aube les entrées des zonings industriels "
                "des Hauts-Sarts, à Herstal, et de Jumet. Les ouvriers de plusieurs "
                "sous-traitants de l’automobile ont été renvoyés chez eux.",
                "«&nbsp;On ne bloque pas pour le plaisir. On bloque parce qu’on nous demande de "
                "travailler jusqu’à 67&nbsp;ans sans rien changer à la pénibilité&nbsp;», "
                "explique Dominique, délégué syndical depuis dix-neuf ans.",
            ],
        ),
        (
            "06:02",
            "2026-12-03T06:02:00+01:00",
            "Bienvenue dans ce direct",
            [
                "Bonjour à toutes et à tous. Le front commun syndical appelle ce jeudi à une "
                "grève nationale interprofessionnelle contre la réforme des pensions. Nous "
                "suivons pour vous toute la journée les perturbations et la manifestation "
                "prévue à Bruxelles.",
                "Les TEC, De Lijn et la STIB annoncent un service très réduit. Les écoles restent "
                "ouvertes, mais dans de nombreuses communes seule une garderie est assurée.",
            ],
        ),
    ]
    tweet = (
        '<amp-twitter width="375" height="472" layout="responsive" data-tweetid="1996532210884">'
        '<blockquote placeholder class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">'
        "Piquet levé à 11h au dépôt de Schaerbeek, on rejoint le cortège. Merci à toutes celles "
        "et ceux qui tiennent depuis 4h du matin ✊ "
        '<a href="https://t.co/k2b">pic.twitter.com/k2b</a></p>&mdash; Cheminots unis '
        '(@cheminots_unis) <a href="https://twitter.com/cheminots_unis/status/1996532210884">'
        "3 décembre 2026</a></blockquote></amp-twitter>"
    )
    read_also = (
        '<div class="live-entry__readalso"><span class="live-entry__readalso-label">À lire aussi'
        f'</span> <a href="{base}/actu/belgique/2026/12/02/greve-du-3-decembre-quels-sont-vos-droits-si-vous-ne-pouvez-pas-aller-travailler-7HX2/">'
        "Grève du 3 décembre&nbsp;: quels sont vos droits si vous ne pouvez pas aller "
        "travailler&nbsp;?</a></div>"
    )
    photo = (
        '<figure class="live-entry__figure"><amp-img src="https://www.dhnet.be/resizer/v2/brussels-airport-hall.jpg" '
        'width="1200" height="800" layout="responsive" alt="Le hall des départs"></amp-img>'
        "<figcaption>Le hall des départs de Brussels Airport, quasi désert ce jeudi matin. "
        '<span class="credit">© BELGA PHOTO HATIM KAGHAT</span></figcaption></figure>'
    )
    ad = (
        '<div class="ad-container"><span class="ad-label">Publicité</span>'
        '<amp-ad width="300" height="250" type="doubleclick" data-slot="/21799830/dhnet/actu/amp_rectangle_1" '
        'data-multi-size-validation="false"><div fallback>Publicité</div></amp-ad></div>'
    )
    extras = {1: tweet, 2: read_also, 3: photo + ad}
    blocks = []
    for i, (time, iso, head, texts) in enumerate(entries):
        heading = f'<h3 class="live-entry__title">{head}</h3>' if head else ""
        blocks.append(
            f'<div id="post-{9140 - i}" class="live-entry" data-sort-time="{1796000000 - i * 1000}">'
            f'<div class="live-entry__meta"><time datetime="{iso}">{time}</time></div>'
            f'{heading}<div class="live-entry__body">{paras(*texts)}{extras.get(i, "")}</div></div>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url,
        "headline": flat(title),
        "url": url,
        "articleSection": "Belgique",
        "coverageStartTime": "2026-12-03T06:02:00+01:00",
        "coverageEndTime": "2026-12-03T23:59:00+01:00",
        "datePublished": "2026-12-03T06:02:00+01:00",
        "dateModified": "2026-12-03T12:48:00+01:00",
        "author": [
            {"@type": "Person", "name": "Thomas Verlinden"},
            {"@type": "Person", "name": "Julie Maes"},
            {"@type": "Organization", "name": "Belga"},
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "DH Les Sports+",
            "logo": {"@type": "ImageObject", "url": f"{base}/pf/resources/dh/logo-amp.png"},
        },
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": flat(head) if head else flat(texts[0])[:90],
                "datePublished": iso,
                "articleBody": " ".join(flat(x) for x in texts),
            }
            for _, iso, head, texts in entries
        ],
    }
    sidebar = "".join(
        f'<li class="amp-menu__item"><a href="{base}/{s.lower()}/">{s}</a></li>'
        for s in [
            "Actu",
            "Belgique",
            "Regions",
            "Sports",
            "Football",
            "Cyclisme",
            "Showbiz",
            "Conso",
        ]
    )
    more = "".join(
        f'<li class="amp-related__item"><a href="{t["url"]}"><amp-img src="{t["image"]}" width="120" height="80" layout="fixed" alt=""></amp-img><span>{t["title"]}</span></a></li>'
        for t in teasers(501, 12, base, FILLER)
    )
    page = f"""<!doctype html>
<html ⚡ lang="fr">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-live-list" src="https://cdn.ampproject.org/v0/amp-live-list-0.1.js"></script>
<script async custom-element="amp-twitter" src="https://cdn.ampproject.org/v0/amp-twitter-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<title>DIRECT | {flat(title)} - DH Les Sports+</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="Suivez en direct la grève nationale du 3 décembre : trains, aéroports, manifestation à Bruxelles.">
<meta property="og:site_name" content="DH">
<meta property="og:type" content="article">
<meta property="og:title" content="DIRECT | {flat(title)}">
<meta property="og:url" content="{amp}">
<meta property="og:image" content="{base}/resizer/v2/greve-cortege-gare-du-nord.jpg">
<meta property="article:published_time" content="2026-12-03T05:02:00Z">
<meta property="article:modified_time" content="2026-12-03T11:48:00Z">
{json_script(ld)}
<style amp-custom>{css_blob(5011, "dh-amp", 220)}</style>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
</head>
<body class="amp-article amp-article--live">
<amp-consent id="didomi" layout="nodisplay" type="didomi"><div class="consent-ui"><p>DH Les Sports+ et ses partenaires utilisent des cookies pour mesurer l’audience et personnaliser les publicités.</p><button on="tap:didomi.accept">Accepter</button><button on="tap:didomi.reject">Continuer sans accepter</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul class="amp-menu">{sidebar}</ul></amp-sidebar>
<header class="amp-header"><button class="amp-header__burger" on="tap:sidebar.toggle" aria-label="Menu">☰</button><a class="amp-header__logo" href="{base}/"><amp-img src="{base}/pf/resources/dh/logo.svg" width="120" height="32" alt="DH Les Sports+"></amp-img></a><a class="amp-header__subscribe" href="{base}/abonnement/">S’abonner</a></header>
<main class="amp-main">
<nav class="amp-breadcrumb"><a href="{base}/actu/">Actu</a> › <a href="{base}/actu/belgique/">Belgique</a></nav>
<article class="amp-story">
<header class="amp-story__header">
<span class="amp-story__flag amp-story__flag--live">Direct</span>
<h1 class="amp-story__headline">{title}</h1>
<div class="amp-story__byline"><a href="{base}/auteurs/thomas-verlinden/">Thomas Verlinden</a> et <a href="{base}/auteurs/julie-maes/">Julie Maes</a> (avec Belga)</div>
<div class="amp-story__dates"><span>Publié le 03-12-2026 à 06h02</span> - <span>Mis à jour le 03-12-2026 à 12h48</span></div>
<div class="amp-share"><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a><a href="https://wa.me/?text={url}">WhatsApp</a><a href="mailto:?body={url}">E-mail</a></div>
</header>
<amp-live-list id="live-list-greve" layout="container" data-poll-interval="15000" data-max-items-per-page="30">
<button update on="tap:live-list-greve.update" class="live-update-button">Nouvelles mises à jour</button>
<div items>
{chr(10).join(blocks)}
</div>
<div pagination></div>
</amp-live-list>
<div class="amp-story__tags"><span>Sur le même sujet&nbsp;:</span> <a href="{base}/tags/greve">Grève</a> <a href="{base}/tags/pensions">Pensions</a> <a href="{base}/tags/syndicats">Syndicats</a></div>
</article>
<section class="amp-related"><h2>Les plus lus</h2><ul>{more}</ul></section>
<p class="amp-nonamp"><a href="{url}">Voir la version complète du site</a></p>
</main>
<footer class="amp-footer"><p>© IPM Group 2026 - DH Les Sports+. Tous droits réservés.</p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-DH0000","config":{{"G-DH0000":{{"groups":"default"}}}}}}}}</script></amp-analytics>
</body>
</html>
"""
    write(
        "01_dhnet_amp_direct_belga_liveblogupdate",
        page,
        {
            "title": flat(title),
            "publication": "DH Les Sports+",
            "author": "Thomas Verlinden et Julie Maes",
            "agency": "Belga",
            "section": "Belgique",
            "date": datetime.date(2026, 12, 3),
            "source_url": url,
            "subheads": [flat(h) for _, _, h, _ in entries if h],
            "paragraphs": [flat(x) for _, _, _, t in entries for x in t],
            "notes": "IPM AMP page (<html ⚡>, amp-img, amp-ad, amp-consent, amp-sidebar) of a "
            "live page in amp-live-list, newest first: the 'Nouvelles mises à jour' button and "
            "the entries' <time> are not text, h3 entry titles are subheads, the 11:30 entry is "
            "untitled. Byline 'A et B (avec Belga)' in two links; JSON-LD author list of two "
            "Persons and an Organization 'Belga'. LiveBlogPosting whose liveBlogUpdate repeats "
            "every entry's text in articleBody. amp-twitter with its placeholder tweet, a 'À lire "
            "aussi' link, a photo with a © BELGA PHOTO credit and an amp-ad inside entries. "
            "Canonical = the non-AMP page, og:url = ?outputType=amp. og:site_name 'DH', "
            "publisher and footer 'DH Les Sports+'. '<title>' and og:title start with 'DIRECT |'. "
            "'Publié le 03-12-2026 à 06h02'; published_time 05:02Z, same day.",
        },
    )


def page02() -> None:
    """Le Soleil (Québec): CN2i on Arc XP, theatre review, UTC on the next day."""
    base = "https://www.lesoleil.com"
    url = f"{base}/arts/scene/2026/12/02/critique-les-veilleurs-de-cap-rouge-au-trident-une-nuit-qui-ne-finit-pas-X3KQ7ZP2LBGMFJ5D4HNRW6TYEA/"
    title = "«Les veilleurs de Cap-Rouge»: une nuit qui ne finit pas"
    seo = "Critique: «Les veilleurs de Cap-Rouge» au Trident, une nuit qui ne finit pas"
    lead = (
        "Le Théâtre du Trident ouvre sa saison d’hiver avec une création de Simone Gagnon-Paré. "
        "Une distribution impeccable, au service d’un texte qui tourne en rond."
    )
    p = [
        "Ils sont quatre, enfermés une nuit de février dans le phare désaffecté de Cap-Rouge, à "
        "attendre un cinquième qui ne viendra pas. Le point de départ des <em>Veilleurs de "
        "Cap-Rouge</em>, présenté en création mardi soir au Théâtre du Trident, a tout pour "
        "accrocher&nbsp;: un huis clos, une tempête, un secret de famille.",
        "Pendant la première heure, la mécanique fonctionne. Simone Gagnon-Paré sait écrire des "
        "répliques qui claquent, et la mise en scène de Félix-Antoine Bédard installe une "
        "inquiétude sourde, faite de grincements et de lumière rasante.",
        "La distribution est l’atout principal du spectacle. Louise Archambault-Dion, en aînée "
        "autoritaire, impose dès son entrée une présence glaciale. Face à elle, Mathis Ouellet "
        "compose un cadet fuyant, drôle malgré lui, qui donne au texte ses rares respirations.",
        "La scène la plus forte survient à mi-parcours, quand la sœur cadette, jouée par Rosalie "
        "Caron, lit à voix haute la lettre laissée par leur père&nbsp;:",
        "«Je vous ai appris à guetter les bateaux. Je ne vous ai jamais appris à guetter ceux qui "
        "restent sur la rive.»",
        "«Pardonnez-moi d’avoir regardé si longtemps vers le large.»",
        "Malheureusement, la pièce ne sait pas s’arrêter. Passé la révélation, attendue depuis "
        "longtemps par le public, la deuxième partie multiplie les retours en arrière et les "
        "monologues. On sent l’autrice hésiter entre le drame psychologique et la fable.",
        "Le décor tournant de Julie Morissette, impressionnant, finit lui aussi par lasser à "
        "force d’être sollicité. Le spectacle aurait gagné à perdre une demi-heure&nbsp;; il en "
        "dure deux et quart, sans entracte.",
        "Reste une distribution qui mérite le déplacement, et une lettre qu’on n’oubliera pas de "
        "sitôt.",
    ]
    heads = ["Un quatuor solide", "Une fin qui s’étire"]
    quote = "«Le spectacle aurait gagné à perdre une demi-heure.»"
    cls = 'class="c-paragraph"'
    body = "\n".join(
        [
            paras(*p[:2], attrs=cls),
            f'<h2 class="c-heading b-article-body__heading">{heads[0]}</h2>',
            paras(*p[2:4], attrs=cls),
            '<blockquote class="c-blockquote b-article-body__blockquote">'
            + paras(*p[4:6], attrs='class="c-blockquote__text"')
            + '<cite class="c-blockquote__cite">— Extrait des <em>Veilleurs de Cap-Rouge</em></cite></blockquote>',
            '<div class="b-ad-block b-ad-block--in-article" id="arcad_feature-f0fO4xSLjLIb4"><div class="arcad_feature"><span class="b-ad-block__label">Publicité</span></div></div>',
            f'<h2 class="c-heading b-article-body__heading">{heads[1]}</h2>',
            paras(*p[6:7], attrs=cls),
            f'<p {cls}><strong>À LIRE AUSSI</strong> | <a href="{base}/arts/scene/2026/11/20/le-trident-devoile-une-saison-sous-le-signe-de-la-creation-ABC123/">Le Trident dévoile une saison sous le signe de la création</a></p>',
            f'<aside class="c-pullquote b-article-body__pullquote"><p class="c-pullquote__text">{quote}</p></aside>',
            paras(*p[7:], attrs=cls),
        ]
    )
    factbox = (
        '<aside class="c-factbox b-article-body__factbox"><h3 class="c-factbox__title">Les '
        'veilleurs de Cap-Rouge</h3><div class="c-factbox__body"><p>Texte&nbsp;: Simone '
        "Gagnon-Paré. Mise en scène&nbsp;: Félix-Antoine Bédard.</p><p>Avec Louise "
        "Archambault-Dion, Mathis Ouellet, Rosalie Caron et Jean-Sébastien Lord.</p><p>Au "
        "Théâtre du Trident jusqu’au 19 décembre.</p></div></aside>"
    )
    ld = {
        "@context": "https://schema.org",
        "@type": ["NewsArticle", "Review"],
        "headline": title,
        "alternativeHeadline": seo,
        "description": flat(lead),
        "url": url,
        "articleSection": "Arts",
        "datePublished": "2026-12-03T02:40:00Z",
        "dateModified": "2026-12-03T13:02:00Z",
        "author": [
            {
                "@type": "Person",
                "name": "Marie-Ève Tremblay-Roy",
                "url": f"{base}/auteurs/marie-eve-tremblay-roy/",
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Soleil",
            "parentOrganization": {
                "@type": "Organization",
                "name": "Coopérative nationale de l’information indépendante",
            },
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/pf/resources/images/lesoleil/logo.png",
            },
        },
        "itemReviewed": {
            "@type": "CreativeWork",
            "name": "Les veilleurs de Cap-Rouge",
            "author": {"@type": "Person", "name": "Simone Gagnon-Paré"},
        },
        "reviewRating": {"@type": "Rating", "ratingValue": 3, "bestRating": 5},
        "isAccessibleForFree": True,
    }
    fusion = {
        "_id": "X3KQ7ZP2LBGMFJ5D4HNRW6TYEA",
        "type": "story",
        "canonical_url": url.removeprefix(base),
        "headlines": {"basic": title, "meta_title": seo},
        "subheadlines": {"basic": flat(lead)},
        "label": {"basic": {"text": "Critique"}},
        "credits": {"by": [{"name": "Marie-Ève Tremblay-Roy", "org": "Le Soleil"}]},
        "display_date": "2026-12-03T02:40:00Z",
        "taxonomy": {"primary_section": {"_id": "/arts/scene", "name": "Scène"}},
        "content_elements": [{"type": "text", "content": x} for x in p],
    }
    fusion_js = json.dumps(fusion, ensure_ascii=False).replace("</", "<\\/")
    nav = menu(
        5021,
        "b-main-navigation",
        base,
        ["Actualités", "Sports", "Arts", "Opinions", "Affaires", "Maison", "Vacances"],
        8,
    )
    more = "".join(
        f'<div class="b-card-list__item"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy"><h3 class="c-heading b-card-list__title">{t["title"]}</h3></a></div>'
        for t in teasers(502, 24, base, FILLER)
    )
    page = f"""<!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{seo} | Le Soleil</title><link rel="canonical" href="{url}"><meta name="description" content="{flat(lead)}"><meta property="og:site_name" content="Le Soleil"><meta property="og:type" content="article"><meta property="og:title" content="{seo}"><meta property="og:description" content="{flat(lead)}"><meta property="og:url" content="{url}"><meta property="og:image" content="{base}/resizer/v2/veilleurs-cap-rouge-trident.jpg"><meta property="article:published_time" content="2026-12-03T02:40:00Z"><meta property="article:modified_time" content="2026-12-03T13:02:00Z"><meta name="twitter:card" content="summary_large_image">{json_script(ld)}<link rel="stylesheet" href="{base}/pf/dist/components/combinations/default.css?d=814"><style>{css_blob(5022, "b", 300)}</style><script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="lesoleil";Fusion.deployment="814";Fusion.globalContent={fusion_js};Fusion.globalContentConfig={{"source":"content-api","query":{{"_id":"X3KQ7ZP2LBGMFJ5D4HNRW6TYEA"}}}};</script></head><body><div id="fusion-app" class="layout-section"><div class="qc-cmp2-container" id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>Nous accordons de l’importance à votre vie privée. Le Soleil et ses partenaires utilisent des témoins pour stocker des informations sur votre appareil.</p><button mode="primary">J’ACCEPTE</button><button mode="secondary">PLUS D’OPTIONS</button></div></div><header class="b-header-nav-chain"><a class="b-header-nav-chain__logo" href="{base}/"><img src="{base}/pf/resources/images/lesoleil/logo.svg" alt="Le Soleil"></a><nav class="b-header-nav-chain__nav">{nav}</nav><a class="c-button c-button--primary" href="{base}/abonnement/">Soutenir</a><a class="c-button" href="{base}/infolettres/">Infolettres</a></header><main class="b-single-chain"><nav class="b-breadcrumbs" aria-label="Fil d’Ariane"><ol><li><a href="{base}/arts/">Arts</a></li><li><a href="{base}/arts/scene/">Scène</a></li></ol></nav><article class="b-article"><div class="b-overline"><a class="c-link b-overline__link" href="{base}/arts/critiques/">Critique</a></div><h1 class="c-heading b-headline">{title}</h1><p class="b-article-header__subheadline">{lead}</p><div class="b-byline"><span class="b-byline__by">Par</span> <a class="b-byline__author" href="{base}/auteurs/marie-eve-tremblay-roy/">Marie-Ève Tremblay-Roy</a><span class="b-byline__org">, Le Soleil</span></div><div class="b-date"><time class="c-date" datetime="2026-12-03T02:40:00Z">2 décembre 2026 à 21h40</time> <span class="b-date__updated">Mis à jour le 3 décembre 2026 à 8h02</span></div><div class="b-share-bar"><button aria-label="Facebook">Facebook</button><button aria-label="Messenger">Messenger</button><button aria-label="Courriel">Courriel</button><button aria-label="Copier le lien">Copier le lien</button></div><div class="c-rating" aria-label="Note: 3 sur 5"><span class="c-rating__stars">★★★☆☆</span></div><figure class="c-media-item b-lead-art"><img src="{base}/resizer/v2/veilleurs-cap-rouge-trident.jpg" alt="Quatre comédiens dans un phare"><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Louise Archambault-Dion et Mathis Ouellet dans <i>Les veilleurs de Cap-Rouge</i>.</span> <span class="c-media-item__credit">(Stéphane Bourgeois/Théâtre du Trident)</span></figcaption></figure><div class="b-article-body">
{body}
{factbox}
</div><div class="b-tag-list"><a class="c-link" href="{base}/tags/theatre/">Théâtre</a><a class="c-link" href="{base}/tags/trident/">Théâtre du Trident</a><a class="c-link" href="{base}/tags/critique/">Critique</a></div><div class="b-author-bio"><img src="{base}/pf/resources/images/authors/mett.jpg" alt=""><p><strong>Marie-Ève Tremblay-Roy</strong> couvre les arts de la scène pour Le Soleil depuis 2018.</p></div><div class="b-newsletter-signup"><h3>Infolettre Culture</h3><p>Chaque jeudi, nos critiques et nos suggestions de sorties à Québec.</p><input type="email" placeholder="Courriel"><button>M’inscrire</button></div></article><section class="b-card-list"><h2 class="c-heading">À lire aussi</h2>{more}</section></main><footer class="b-footer"><p>© 2026 Le Soleil. Tous droits réservés. Le Soleil est membre de la Coopérative nationale de l’information indépendante (CN2i).</p></footer></div><script src="{base}/pf/dist/engine/react.js?d=814" defer></script></body></html>"""
    write(
        "02_lesoleil_arcxp_critique_type_list_utc_next_day",
        page,
        {
            "title": title,
            "publication": "Le Soleil",
            "author": "Marie-Ève Tremblay-Roy",
            "section": "Arts",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": heads,
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": "CN2i on Arc XP, one-line page. Theatre review: <title>, og:title and "
            "JSON-LD alternativeHeadline carry an SEO headline ('Critique: … au Trident, …'), "
            "the h1 wins. JSON-LD @type is a list ['NewsArticle', 'Review'] with itemReviewed "
            "(whose author is the playwright, not the article's) and reviewRating; star rating "
            "is chrome. 'Par A, Le Soleil'. articleSection 'Arts' beats the breadcrumb "
            "'Arts / Scène' and the overline 'Critique'. Visible '2 décembre 2026 à 21h40', "
            "JSON-LD and published_time 2026-12-03T02:40Z: date 2 December (Québec). A real "
            "block quotation of two paragraphs with a <cite> (paragraphs); an aside.c-pullquote "
            "repeating a sentence; an inline 'À LIRE AUSSI |' paragraph, an ad, the factbox "
            "(cast and dates), tags, author bio and newsletter are chrome. Fusion.globalContent "
            "repeats the text.",
        },
    )


def page03() -> None:
    """Le Soleil (Sénégal): WordPress Soledad theme, APS brief, 'par Rédaction'."""
    base = "https://lesoleil.sn"
    url = f"{base}/actualites/regions/kaolack-la-commercialisation-de-larachide-demarre-avec-un-prix-plancher-de-320-francs/"
    title = (
        "Kaolack : la commercialisation de l'arachide démarre avec un prix plancher de 320 francs"
    )
    p = [
        "Kaolack, 3 déc (APS) – La campagne de commercialisation de l'arachide a été "
        "officiellement lancée mercredi à Kaolack, avec un prix plancher fixé à 320 francs CFA "
        "le kilogramme, a constaté l'APS.",
        "Le gouverneur de la région, Mamadou Lamine Sarr, a présidé la cérémonie au marché "
        "central aux grains, en présence des représentants des huiliers, des exportateurs et des "
        "organisations de producteurs.",
        "Selon lui, la production nationale est estimée à 1,48 million de tonnes pour la saison "
        "2026-2027, en hausse de 9 % par rapport à la campagne précédente, grâce à une "
        "pluviométrie jugée satisfaisante dans le bassin arachidier.",
        "« L'État veillera à ce que les producteurs soient payés comptant et à ce que les bons "
        "impayés de l'année dernière ne se répètent pas », a-t-il déclaré.",
        "Le dispositif de collecte prévoit, pour la seule région de Kaolack :",
        "42 points de collecte agréés, contre 35 l'an passé ;",
        "12 ponts-bascules contrôlés par le service régional du commerce ;",
        "une brigade mixte chargée de lutter contre les ventes frauduleuses vers les pays voisins.",
        "Le président de l'Union régionale des coopératives agricoles, Ousmane Ndiaye Diouf, a "
        "salué un prix « acceptable », tout en réclamant un meilleur accès des producteurs aux "
        "semences certifiées pour la prochaine campagne.",
    ]
    body = "\n".join(
        [
            paras(*p[:4]),
            f'<p><strong>Lire aussi :</strong> <a href="{base}/actualites/economie/arachide-le-comite-national-fixe-le-prix-au-producteur/">Arachide : le comité national fixe le prix au producteur</a></p>',
            '<div class="penci-google-adsense-1"><span class="ad-label">Publicité</span><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890" data-ad-format="auto"></ins></div>',
            paras(*p[4:5]),
            "<ul>" + "".join(f"<li>{x}</li>" for x in p[5:8]) + "</ul>",
            paras(*p[8:]),
            "<p>AMN/ASB/OID</p>",
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "author": {"name": "Rédaction", "@id": base + "/#/schema/person/3c1f0a"},
                "headline": title,
                "datePublished": "2026-12-03T09:15:00+00:00",
                "dateModified": "2026-12-03T11:02:00+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 212,
                "publisher": {"@id": base + "/#organization"},
                "keywords": ["arachide", "Kaolack", "commercialisation"],
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": title + " - Le Soleil",
                "datePublished": "2026-12-03T09:15:00+00:00",
                "breadcrumb": {"@id": url + "#breadcrumb"},
            },
            {
                "@type": "BreadcrumbList",
                "@id": url + "#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Actualités",
                        "item": base + "/actualites/",
                    },
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "Kaolack",
                        "item": base + "/actualites/regions/kaolack/",
                    },
                    {"@type": "ListItem", "position": 4, "name": title},
                ],
            },
            {
                "@type": "Organization",
                "@id": base + "/#organization",
                "name": "Le Soleil",
                "url": base + "/",
                "logo": {
                    "@type": "ImageObject",
                    "url": base + "/wp-content/uploads/2024/05/logo-le-soleil.png",
                },
            },
            {
                "@type": "Person",
                "@id": base + "/#/schema/person/3c1f0a",
                "name": "Rédaction",
                "url": base + "/author/redaction/",
            },
        ],
    }
    nav = menu(
        5031,
        "menu",
        base,
        [
            "Actualités",
            "Politique",
            "Économie",
            "Société",
            "Régions",
            "Sports",
            "Culture",
            "International",
        ],
        6,
    )
    related = "".join(
        f'<div class="item-related"><a href="{t["url"]}"><span class="penci-image-holder" style="background-image:url({t["image"]})"></span></a><h3><a href="{t["url"]}">{t["title"]}</a></h3><span class="date">{t["date"]}</span></div>'
        for t in teasers(503, 6, base, FILLER)
    )
    recent = "".join(
        f'<li><a href="{t["url"]}">{t["title"]}</a> <span class="penci-time">il y a {h} heures</span></li>'
        for h, t in zip(range(1, 9), teasers(5031, 8, base, FILLER), strict=True)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Le Soleil</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{title} - Le Soleil">
<meta property="og:description" content="La campagne de commercialisation de l'arachide a été officiellement lancée mercredi à Kaolack.">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Le Soleil">
<meta property="article:section" content="Régions">
<meta property="article:published_time" content="2026-12-03T09:15:00+00:00">
<meta property="article:modified_time" content="2026-12-03T11:02:00+00:00">
<meta name="author" content="Rédaction">
<meta name="twitter:label1" content="Écrit par">
<meta name="twitter:data1" content="Rédaction">
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel="stylesheet" id="penci-soledad-parent-style-css" href="{base}/wp-content/themes/soledad/style.css?ver=8.5.2" media="all">
<style id="penci-soledad-customizer-css">{css_blob(5032, "penci", 260)}</style>
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-208817 single-format-standard soledad-ver-8-5-2 penci-body-boxed">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message"><p>Nous utilisons des cookies pour optimiser notre site web et notre service.</p></div><button class="cmplz-accept">Accepter</button><button class="cmplz-deny">Refuser</button></div></div>
<div class="wrapper-boxed header-style-header-6">
<div class="penci-top-bar"><span class="penci-topbar-date">Jeudi 3 décembre 2026</span><a href="{base}/epaper/">Édition numérique</a></div>
<header id="header" class="header-header-6"><div class="inner-header"><a href="{base}/"><img class="penci-mainlogo" src="{base}/wp-content/uploads/2024/05/logo-le-soleil.png" alt="Le Soleil"></a></div><nav id="navigation" class="header-layout-bottom">{nav}</nav></header>
<div class="container container-single penci_sidebar right-sidebar">
<div id="main" class="penci-main-single-page-default">
<div class="penci-breadcrumb single-breadcrumb"><span><a href="{base}/"><span>Accueil</span></a></span> <i class="penci-faicon fa fa-angle-right"></i> <span><a href="{base}/actualites/"><span>Actualités</span></a></span> <i class="penci-faicon fa fa-angle-right"></i> <span><a href="{base}/actualites/regions/kaolack/"><span>Kaolack</span></a></span> <i class="penci-faicon fa fa-angle-right"></i> <span class="breadcrumb_last">{title}</span></div>
<article id="post-208817" class="post type-post status-publish format-standard has-post-thumbnail hentry category-regions tag-arachide tag-kaolack">
<div class="header-standard header-classic single-header">
<div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name penci-cat-112" href="{base}/actualites/economie/">Économie</a><a class="penci-cat-name penci-cat-97" href="{base}/actualites/regions/">Régions</a></span></div>
<h1 class="post-title single-post-title entry-title">{title}</h1>
<div class="post-box-meta-single"><span class="author-italic author vcard">par <a class="author-url url fn n" href="{base}/author/redaction/">Rédaction</a></span><span><time class="entry-date published" datetime="2026-12-03T09:15:00+00:00">3 décembre 2026</time></span><span class="penci-readtime">1 minute de lecture</span></div>
</div>
<div class="post-image"><img src="{base}/wp-content/uploads/2026/12/arachide-kaolack.jpg" alt=""><span class="penci-caption">Des sacs d'arachide au marché central aux grains de Kaolack (photo d'archives).</span></div>
<div class="post-entry blockquote-style-1">
<div class="inner-post-entry entry-content" id="penci-post-entry-inner">
{body}
<div class="penci-single-link-pages"></div>
<div class="post-tags"><a href="{base}/tag/arachide/" rel="tag">arachide</a><a href="{base}/tag/kaolack/" rel="tag">Kaolack</a></div>
</div>
</div>
<div class="tags-share-box single-post-share tags-share-box-s1"><span class="single-comment-o"><i class="penci-faicon fa fa-comment-o"></i>0 commentaire</span><div class="post-share"><a class="penci-post-like" href="#">J'aime</a><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a><a href="https://twitter.com/intent/tweet?url={url}">X</a><a href="https://api.whatsapp.com/send?text={url}">WhatsApp</a></div></div>
<div class="post-author"><div class="author-img"><img src="{base}/wp-content/uploads/avatar-redaction.png" alt="Rédaction"></div><div class="author-content"><h5><a href="{base}/author/redaction/">Rédaction</a></h5><p>Le Soleil, quotidien national d'information du Sénégal.</p></div></div>
<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">Articles similaires</h4></div>{related}</div>
<div class="post-comments no-comment-yet" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Laisser un commentaire</span></h3><form><textarea placeholder="Votre commentaire"></textarea><button>Envoyer</button></form></div></div>
</article>
</div>
<div id="sidebar" class="penci-sidebar-right"><aside class="widget penci_latest_news_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Dernières infos</span></h3><ul>{recent}</ul></aside></div>
</div>
<footer id="footer-section" class="penci-footer-social-media"><p>© 2026 Le Soleil - Société sénégalaise de presse et de publications. Tous droits réservés.</p></footer>
</div>
</body>
</html>
"""
    write(
        "03_lesoleilsn_soledad_aps_redaction_article_section",
        page,
        {
            "title": title,
            "publication": "Le Soleil",
            "author": None,
            "agency": "APS",
            "section": "Régions",
            "date": datetime.date(2026, 12, 3),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "WordPress with the Soledad theme and Yoast @graph. APS brief published "
            "under the WordPress user 'Rédaction' ('par Rédaction', lower-case 'par'; JSON-LD "
            "author a Person 'Rédaction'; author box): no person credited, agency APS from the "
            "dateline 'Kaolack, 3 déc (APS) –', which stays in its paragraph. No articleSection: "
            "meta article:section 'Régions' beats the breadcrumb's 'Kaolack' and the category "
            "labels 'Économie Régions'. Straight apostrophes. 'Lire aussi :' paragraph and an "
            "AdSense slot between paragraphs; introducing paragraph + ul of three items; editor "
            "initials 'AMN/ASB/OID' as the last <p> (not text). Top-bar date and sidebar "
            "'il y a N heures' are furniture; '3 décembre 2026' 09:15+00:00.",
        },
    )


def page04() -> None:
    """Actualite.cd: Drupal 10, portrait, microdata only, capitals and role in the byline."""
    base = "https://actualite.cd"
    url = f"{base}/2026/12/02/esther-kavira-la-luthiere-de-goma-qui-fait-chanter-les-bidons"
    title = "Esther Kavira, la luthière de Goma qui fait chanter les bidons"
    lead = (
        "Dans son atelier du quartier Katindo, une ancienne couturière de 41 ans fabrique des "
        "guitares et des violons avec des bidons d’huile et du bois de récupération. Ses "
        "instruments voyagent désormais jusqu’à Kinshasa et Kigali."
    )
    p = [
        "Il faut d’abord traverser une cour encombrée de jerrycans jaunes, de planches et de "
        "chutes de contreplaqué. Au fond, sous une tôle ondulée, Esther Kavira ponce le manche "
        "d’une guitare, un crayon coincé derrière l’oreille. «&nbsp;Celle-ci part à Bukavu "
        "samedi. Elle n’a pas encore de nom&nbsp;», dit-elle en souriant.",
        "Rien ne la prédestinait à la lutherie. Pendant quinze ans, elle a tenu un petit atelier "
        "de couture au marché de Virunga. C’est en 2019, en réparant la guitare de son fils aîné, "
        "qu’elle a eu l’idée de remplacer la caisse fendue par un bidon d’huile de vingt litres.",
        "Le résultat sonnait «&nbsp;un peu comme une radio mal réglée&nbsp;», se souvient-elle. "
        "Mais les voisins sont venus écouter. Six ans plus tard, l’atelier emploie quatre "
        "personnes et forme chaque samedi une douzaine d’adolescents, dont plusieurs enfants "
        "déplacés des sites de la périphérie de Goma.",
        "Esther Kavira refuse de parler de charité. Chaque apprenti repart avec l’instrument "
        "qu’il a construit, à condition d’en fabriquer un second qui sera vendu. Une guitare "
        "coûte entre 45 et 80 dollars, un violon un peu plus.",
        "Sur le mur, au-dessus de l’établi, elle a recopié au marqueur une phrase que lui a "
        "écrite un ancien apprenti parti étudier la musique à Kampala&nbsp;:",
        "Maman Esther, vous m’avez appris que rien n’est un déchet.",
        "Même un bidon peut devenir une voix, si quelqu’un prend le temps de l’écouter.",
        "Depuis qu’un groupe de rumba de Kinshasa a joué sur l’une de ses guitares lors d’un "
        "concert retransmis à la télévision, les commandes affluent. Elle en reçoit une "
        "vingtaine par mois, par WhatsApp, dont certaines du Rwanda voisin.",
        "Produire davantage reste difficile. Les coupures d’électricité l’obligent à travailler "
        "à la main une bonne partie de la journée, et le bois sec devient rare. «&nbsp;Je "
        "voudrais une ponceuse électrique et un groupe électrogène. Avec ça, je double la "
        "production&nbsp;», calcule-t-elle.",
        "En attendant, elle accorde la guitare de Bukavu, la pose contre le mur et reprend sa "
        "couture sur un tabouret. «&nbsp;Il faut bien payer le loyer&nbsp;», glisse-t-elle.",
    ]
    heads = ["Une école dans l’atelier", "De Kinshasa à Kigali"]
    video = (
        '<div class="video-embed-field-provider-youtube video-embed-field-responsive-video">'
        '<iframe width="854" height="480" frameborder="0" allowfullscreen="allowfullscreen" '
        'src="https://www.youtube.com/embed/kV8r2pQx1Zs?autoplay=0&amp;start=0&amp;rel=0"></iframe></div>'
        '<p class="video-legend"><em>Vidéo&nbsp;: Esther Kavira présente ses instruments (ACTUALITE.CD)</em></p>'
    )
    body = "\n".join(
        [
            paras(*p[:2]),
            f"<h3>{heads[0]}</h3>",
            paras(*p[2:5]),
            "<blockquote>" + paras(*p[5:7]) + "</blockquote>",
            video,
            f"<h3>{heads[1]}</h3>",
            paras(*p[7:]),
        ]
    )
    linked = "".join(
        f'<div class="views-row"><a href="{t["url"]}" hreflang="fr">{t["title"]}</a></div>'
        for t in teasers(504, 4, base, FILLER)
    )
    nav = menu(
        5041,
        "menu menu--main",
        base,
        ["Politique", "Économie", "Société", "Sécurité", "Sport", "Culture", "Environnement"],
        6,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="{flat(lead)}" />
    <link rel="canonical" href="{url}" />
    <meta property="og:site_name" content="Actualite.cd" />
    <meta property="og:type" content="article" />
    <meta property="og:url" content="{url}" />
    <meta property="og:title" content="{title}" />
    <meta property="og:image" content="{base}/sites/default/files/styles/large/public/2026-12/esther-kavira-goma.jpg" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:site" content="@actualitecd" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="HandheldFriendly" content="true" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{title} | Actualite.cd</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx1fJ8mT2wHk.css?delta=0&amp;language=fr&amp;theme=actu&amp;include=eJxLz" />
    <style>{css_blob(5042, "actu", 240)}</style>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/118934","currentLanguage":"fr"}},"ajaxTrustedUrl":{{}},"user":{{"uid":0}}}}</script>
  </head>
  <body class="path-node page-node-type-article">
    <a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
    <div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><p>Ce site utilise des cookies pour améliorer votre expérience.</p></div><button type="button" class="agree-button eu-cookie-compliance-default-button">J’accepte</button></div></div>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
      <header role="banner" class="site-header">
        <div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/actu/logo.svg" alt="Accueil" /></a><div class="header-date">Jeudi, 3 décembre 2026</div></div>
        <nav role="navigation" aria-labelledby="block-actu-main-menu-menu" id="block-actu-main-menu">{nav}</nav>
      </header>
      <main role="main">
        <a id="main-content" tabindex="-1"></a>
        <div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol><li><a href="/">Accueil</a></li><li><a href="/societe">Société</a></li><li>{title}</li></ol></nav></div>
        <div class="region region-content">
          <article data-history-node-id="118934" role="article" about="/2026/12/02/esther-kavira-la-luthiere-de-goma-qui-fait-chanter-les-bidons" class="node node--type-article node--view-mode-full" itemscope itemtype="https://schema.org/NewsArticle">
            <meta itemprop="mainEntityOfPage" content="{url}" />
            <div class="field field--name-field-surtitre field--type-string field--label-hidden field__item">Portrait</div>
            <h1 class="page-title" itemprop="headline"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
            <div class="node__meta">
              <div class="field field--name-field-auteur-texte field--type-string field--label-hidden field__item" itemprop="author" itemscope itemtype="https://schema.org/Person">Par <span itemprop="name">Jonathan MUKENGE</span>, correspondant à Goma</div>
              <div class="node__submitted">Publié le <time itemprop="datePublished" datetime="2026-12-02T16:20:00+02:00">mer 02/12/2026 - 16:20</time></div>
              <meta itemprop="dateModified" content="2026-12-02T18:05:00+02:00" />
              <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Actualite.cd" /><div itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="{base}/themes/custom/actu/logo.png" /></div></div>
            </div>
            <div class="addtoany_list"><a class="a2a_button_facebook" href="#">Facebook</a><a class="a2a_button_whatsapp" href="#">WhatsApp</a><a class="a2a_button_x" href="#">X</a><a class="a2a_button_telegram" href="#">Telegram</a></div>
            <div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img loading="lazy" src="/sites/default/files/styles/large/public/2026-12/esther-kavira-goma.jpg" width="960" height="640" alt="Esther Kavira" itemprop="url" /><figcaption>Esther Kavira dans son atelier de Katindo, à Goma, le 28 novembre 2026. Photo ACTUALITE.CD.</figcaption></figure></div>
            <div class="field field--name-field-chapeau field--type-string-long field--label-hidden field__item" itemprop="description">{lead}</div>
            <div class="node__content">
              <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item" itemprop="articleBody">{body}</div>
              <div class="block-ad block-ad--inarticle"><span>Publicité</span><div id="div-gpt-ad-actu-inarticle"></div></div>
              <div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Mots-clés</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/201" hreflang="fr">Goma</a></div><div class="field__item"><a href="/taxonomy/term/87" hreflang="fr">Nord-Kivu</a></div><div class="field__item"><a href="/taxonomy/term/15" hreflang="fr">Culture</a></div></div></div>
              <div class="author-box"><img src="/sites/default/files/pictures/mukenge.jpg" alt="" /><div class="author-box__text"><strong>Jonathan Mukenge</strong> est le correspondant d’Actualite.cd au Nord-Kivu depuis 2021. Il couvre la vie quotidienne et l’économie de la région.</div></div>
              <div class="views-element-container block-views-blockarticles-lies"><h2>Lire aussi</h2>{linked}</div>
            </div>
          </article>
        </div>
      </main>
      <footer role="contentinfo" class="site-footer"><div class="region region-footer"><p>© 2026 ACTUALITE.CD — Tous droits réservés. Kinshasa, République démocratique du Congo.</p></div></footer>
    </div>
    <script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
  </body>
</html>
"""
    write(
        "04_actualitecd_drupal_portrait_microdata_capitals",
        page,
        {
            "title": title,
            "publication": "Actualite.cd",
            "author": "Jonathan Mukenge",
            "section": "Société",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": heads,
            "paragraphs": [flat(x) for x in p],
            "notes": "Drupal 10 portrait, no JSON-LD: schema.org microdata only (headline, "
            "author Person with the name in capitals, datePublished on a <time>, publisher). "
            "Byline 'Par Jonathan MUKENGE, correspondant à Goma' → natural casing, no role. "
            "Surtitre 'Portrait' is a genre label: section from the breadcrumb 'Accueil › "
            "Société › <headline>' (its last item is the article). Standfirst "
            "field--name-field-chapeau placed after the image. h3 subheads; a plain "
            "<blockquote> of two paragraphs (text); YouTube iframe with an italic legend, ad, "
            "tags, author box (bio) and 'Lire aussi' view are chrome. Drupal date 'mer "
            "02/12/2026 - 16:20' (+02:00); the header shows the day of saving.",
        },
    )
