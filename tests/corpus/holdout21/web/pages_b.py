# ruff: noqa: E501  (the page templates are the pages' own long lines)
"""Pages 05-08: a Drupal 10 page with a gallery (La Réunion), an AMP page with Belga
(Wallonia), a Substack newsletter (Romandy) and a WordPress JNews page with two authors and
TAP (Tunisia)."""

from __future__ import annotations

import datetime
import json

from kit import comments, consent, css_blob, flat, json_script, menu, paras, related, write

KITES = [
    "Il n’y avait plus un mètre carré de libre sur la pelouse de la Ravine Blanche, dimanche "
    "en début d’après-midi. Selon l’association Vent du Sud, qui organise le rendez-vous depuis "
    "2020, environ 4&nbsp;000 personnes se sont succédé entre 10&nbsp;heures et 18&nbsp;heures, "
    "soit un millier de plus que l’an dernier.",
    "Les alizés, réguliers toute la journée, ont permis aux équipes venues de Saint-Denis, de "
    "Maurice et même de Rodrigues de faire voler leurs plus grandes pièces. Un dragon de "
    "vingt-six mètres, fabriqué par un club mauricien, a tenu près d’une heure au-dessus du "
    "front de mer sous les applaudissements.",
    "Pour les enfants, l’atelier de fabrication a été pris d’assaut. Armés de baguettes de "
    "bambou, de papier de soie et de ficelle, près de 600 petits ont assemblé leur propre "
    "cerf-volant avec l’aide d’une vingtaine de bénévoles.",
    "«&nbsp;On a vu des familles entières lever les yeux en même temps&nbsp;», sourit "
    "Jean-Paul Grondin, le président de Vent du Sud. «&nbsp;C’est exactement ce qu’on "
    "cherchait&nbsp;: un moment gratuit, en plein air, qui réunit tout le monde.&nbsp;»",
    "Le succès a toutefois eu un revers. Dès 11&nbsp;heures, les parkings du front de mer "
    "étaient saturés et de nombreux automobilistes se sont garés sur les trottoirs des rues "
    "voisines. La police municipale a dressé une trentaine de procès-verbaux.",
    "L’association réfléchit déjà à une navette depuis les parkings des hauts de la ville pour "
    "l’édition 2027, et à une deuxième journée le samedi si la mairie donne son accord.",
]
KITE_QUOTE = "«&nbsp;Un moment gratuit, en plein air, qui réunit tout le monde.&nbsp;»"
KITE_CAPTIONS = [
    "Le dragon de vingt-six mètres du club mauricien.",
    "L’atelier de fabrication a accueilli près de 600 enfants.",
    "Des cerfs-volants acrobatiques en démonstration sur la plage.",
    "La pelouse de la Ravine Blanche en début d’après-midi.",
    "Les équipes de Rodrigues ont fait le déplacement.",
]


def page05_clicanoo_drupal10_gallery() -> None:
    """Clicanoo (RE), Drupal 10: gallery and 'Lire aussi' inside the body, aside pull quote."""
    base = "https://www.clicanoo.re"
    url = f"{base}/saint-pierre-4000-personnes-sous-les-cerfs-volants-de-la-ravine-blanche"
    title = "Saint-Pierre&nbsp;: 4&nbsp;000 personnes sous les cerfs-volants de la Ravine Blanche"
    chapo = (
        "Pour sa sixième édition, le festival des cerfs-volants a battu son record de "
        "fréquentation ce dimanche. Les alizés ont joué le jeu, le stationnement beaucoup moins."
    )
    slides = "".join(
        f'<div class="swiper-slide"><figure class="media media--type-image"><img loading="lazy" '
        f'src="{base}/sites/default/files/styles/galerie/public/2026-11/cerfs-volants-{i}.jpg" '
        f'alt=""><figcaption><span class="field--name-field-legende">{c}</span> '
        f'<span class="field--name-field-credit">Photo Priscilla Hoarau</span></figcaption>'
        "</figure></div>"
        for i, c in enumerate(KITE_CAPTIONS, 1)
    )
    gallery = (
        '<div class="media media--type-galerie media--view-mode-full"><div class="galerie__header">'
        '<span class="galerie__count">5 photos</span><h2 class="galerie__title visually-hidden">'
        f'Galerie</h2></div><div class="swiper"><div class="swiper-wrapper">{slides}</div>'
        '<div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div></div>'
    )
    lire = (
        '<div class="lire-aussi"><span class="lire-aussi__label">Lire aussi</span><ul><li><a '
        f'href="{base}/saint-pierre-le-front-de-mer-pieton-le-dimanche">Saint-Pierre&nbsp;: le front '
        "de mer bientôt piéton le dimanche</a></li></ul></div>"
    )
    quote = (
        f'<aside class="citation"><blockquote><p>{KITE_QUOTE}</p></blockquote><p class="citation__auteur">'
        "Jean-Paul Grondin, président de Vent du Sud</p></aside>"
    )
    body = [f"<p>{p}</p>" for p in KITES]
    body.insert(2, lire)
    body.insert(4, gallery)
    body.insert(6, quote)
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": url,
                "name": flat(title),
                "url": url,
                "inLanguage": "fr",
                "datePublished": "2026-11-22T17:45:00+04:00",
                "dateModified": "2026-11-23T08:10:00+04:00",
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Actualités",
                        "item": f"{base}/actualites",
                    },
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "Sud",
                        "item": f"{base}/actualites/sud",
                    },
                ],
            },
        ],
    }
    settings = {
        "path": {"baseUrl": "/", "currentPath": "node/712093", "currentLanguage": "fr"},
        "ajaxPageState": {"theme": "clicanoo", "libraries": "eJyFUFsOwyAM"},
        "gtag": {"tagId": "G-7QW1ZR"},
    }
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="{chapo}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="Clicanoo" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{flat(title)}" />
<meta property="og:image" content="{base}/sites/default/files/2026-11/cerfs-volants-1.jpg" />
<meta property="article:published_time" content="2026-11-22T17:45:00+04:00" />
<meta property="article:modified_time" content="2026-11-23T08:10:00+04:00" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
{json_script(ld)}
<link rel="icon" href="/themes/custom/clicanoo/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{flat(title)} | Clicanoo</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Zr8q0pW1.css?delta=0&amp;language=fr&amp;theme=clicanoo&amp;include=eJyFUFsOwyAM" />
    <style>{css_blob(501, "clk", 400)}</style>
    <script src="/sites/default/files/js/js_a0Qm3kP.js?scope=header&amp;delta=0&amp;language=fr"></script>
  </head>
  <body class="path-node page-node-type-article">
    <a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
    {consent("tarteaucitronRoot", "Clicanoo")}
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="site-header"><div class="site-header__top"><span class="site-header__date">Lundi 23 novembre 2026</span><a href="/abonnement" class="btn">Je m'abonne</a></div>
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/clicanoo/logo.svg" alt="Accueil" /></a><span class="site-name">Clicanoo</span>
<nav role="navigation" aria-labelledby="block-clicanoo-main-menu-menu" id="block-clicanoo-main-menu"><h2 class="visually-hidden" id="block-clicanoo-main-menu-menu">Navigation principale</h2>{menu(502, "menu", base, ["Actualités", "Nord", "Est", "Ouest", "Sud", "Océan Indien", "Sport", "Culture"], 8)}</nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol><li><a href="/">Accueil</a></li><li><a href="/actualites">Actualités</a></li><li><a href="/actualites/sud">Sud</a></li></ol></nav></div>
<article data-history-node-id="712093" class="node node--type-article node--view-mode-full">
<div class="node__tags"><a href="/tags/saint-pierre" class="tag">Saint-Pierre</a><a href="/tags/loisirs" class="tag">Loisirs</a></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
<div class="node__meta"><span class="field field--name-field-auteur">Par <a href="/auteur/priscilla-hoarau">Priscilla Hoarau</a></span>
<div class="node__dates">Publié le <time datetime="2026-11-22T13:45:00Z">22 novembre 2026 à 17h45</time> - Mis à jour le <time datetime="2026-11-23T04:10:00Z">23 novembre 2026 à 08h10</time></div></div>
<div class="clearfix text-formatted field field--name-field-chapo field--type-text-long field--label-hidden field__item"><p>{chapo}</p></div>
<div class="field field--name-field-image-principale"><figure><img src="{base}/sites/default/files/styles/article/public/2026-11/cerfs-volants-1.jpg" alt="Cerfs-volants au-dessus de la Ravine Blanche" /><figcaption>Le ciel de la Ravine Blanche, dimanche après-midi. (Photo Priscilla Hoarau)</figcaption></figure></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{chr(10).join(body)}
</div>
<div class="partage"><span>Partager&nbsp;:</span><a href="#">Facebook</a><a href="#">WhatsApp</a><a href="#">E-mail</a></div>
<div class="newsletter-box"><p class="newsletter-box__title">Recevez l'essentiel de l'actualité réunionnaise chaque matin</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m'inscris</button></form></div>
</div></article>
{related(503, base + "/actualites/sud", "view-related", "Sur le même sujet", 6)}
</main>
<footer role="contentinfo" class="site-footer"><div class="site-footer__logo">Clicanoo - Le Journal de l'île de La Réunion</div>{menu(504, "menu--footer", base, ["Le journal", "Services", "Informations légales"], 6)}<p>© 2026 Clicanoo. Tous droits réservés.</p></footer>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{json.dumps(settings)}</script>
<script src="/sites/default/files/js/js_p8Yk2Lw.js?scope=footer&amp;delta=0&amp;language=fr"></script>
  </body>
</html>"""
    write(
        "05_clicanoo_drupal10_gallery",
        page,
        {
            "title": flat(title),
            "publication": "Clicanoo",
            "author": "Priscilla Hoarau",
            "section": "Sud",
            "date": datetime.date(2026, 11, 22),
            "standfirst": flat(chapo),
            "source_url": url,
            "pull_quotes": [flat(KITE_QUOTE)],
            "paragraphs": [flat(p) for p in KITES],
            "notes": "Drupal 10: field--name-field-chapo standfirst; inside the body a 'Lire "
            "aussi' box, a five-photo gallery (captions and credits are not text, its hidden h2 "
            "'Galerie' is no subhead) and an aside pull quote with its attribution. JSON-LD only "
            "WebPage + BreadcrumbList, no article:section: section from the breadcrumb 'Sud'. "
            "time datetime in UTC, visible and meta in +04:00, same date; updated next day.",
        },
    )


LESSE = [
    "Les pompiers ont procédé à l’évacuation de trois campings situés le long de la Lesse, "
    "entre Houyet et Anseremme, dans la nuit de lundi à mardi. Une soixantaine de personnes, "
    "pour la plupart des résidents permanents, ont été relogées provisoirement dans une salle "
    "communale de Furfooz.",
    "Vers 23&nbsp;h, le niveau de la rivière a dépassé de 1,4&nbsp;mètre sa cote habituelle à "
    "la station de mesure de Gendron, selon les relevés régionaux. Les fortes pluies tombées "
    "depuis samedi sur l’Ardenne ont gonflé les affluents en quelques heures.",
    "«&nbsp;L’eau montait d’une dizaine de centimètres toutes les trente minutes. Nous avons "
    "préféré réveiller tout le monde plutôt que d’attendre&nbsp;», explique l’échevine de la "
    "sécurité de Houyet, Martine Delvaux, qui a suivi l’opération depuis le poste de "
    "commandement installé à la gare.",
    "Aucun blessé n’est à déplorer. Plusieurs caravanes ont toutefois été déplacées sur "
    "quelques mètres par le courant et une dizaine de véhicules sont restés bloqués dans "
    "l’eau. La Croix-Rouge a distribué des couvertures et des repas chauds aux évacués jusqu’au "
    "petit matin.",
    "Les prévisionnistes annoncent une accalmie à partir de mercredi. Le niveau de la Lesse "
    "devrait redescendre lentement, mais les autorités demandent aux riverains de ne pas "
    "s’approcher des berges, rendues instables par la crue.",
    "Les amateurs de kayak sont également priés de patienter&nbsp;: les loueurs de la vallée "
    "ont suspendu toutes les descentes jusqu’à nouvel ordre.",
    "Dans la province de Luxembourg voisine, plusieurs routes restaient fermées mardi matin, "
    "notamment entre Rochehaut et Bouillon, où un glissement de terrain a été signalé.",
]


def page06_lavenir_amp_belga() -> None:
    """L'Avenir (BE), AMP: 'Par A (avec Belga)', JSON-LD articleBody, UTC dates."""
    base = "https://www.lavenir.net"
    url = f"{base}/regions/namur/dinant/2026/11/17/dinant-la-crue-de-la-lesse-force-levacuation-de-trois-campings-KQZ4TR2H6BFVXM/"
    title = "Dinant: la crue de la Lesse force l’évacuation de trois campings"
    chapeau = (
        "Une soixantaine de personnes ont dû quitter leur caravane dans la nuit de lundi à "
        "mardi. Le niveau de la rivière devrait baisser à partir de mercredi."
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": chapeau,
        "articleBody": " ".join(flat(p) for p in LESSE),
        "articleSection": "Dinant",
        "datePublished": "2026-11-16T23:52:00Z",
        "dateModified": "2026-11-17T09:40:00Z",
        "author": [{"@type": "Person", "name": "Thomas Lecocq"}],
        "sourceOrganization": {"@type": "Organization", "name": "Belga"},
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "L'Avenir",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/pf/resources/logo-lavenir.png",
                "width": 600,
                "height": 60,
            },
        },
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/resizer/lesse-camping.jpg",
            "width": 1200,
            "height": 800,
        },
        "isAccessibleForFree": True,
    }
    analytics = {
        "vars": {"account": "UA-47518-9"},
        "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}},
        "extraUrlParams": {
            "section": "regions/namur/dinant",
            "author": "Thomas Lecocq",
            "pageType": "article",
        },
    }
    consent_cfg = {
        "consentInstanceId": "didomi",
        "checkConsentHref": "https://sdk.privacy-center.org/amp/check",
        "promptUI": "didomi-prompt",
    }
    lire = (
        '<aside class="ap-related-inline"><p class="ap-related-inline__label">Lire aussi</p>'
        f'<a href="{base}/regions/namur/2026/11/10/inondations-la-haute-meuse-reclame-un-plan-digues/">'
        "Inondations&nbsp;: les communes de la Haute-Meuse réclament un plan digues</a></aside>"
    )
    body = [f'<p class="ap-paragraph">{p}</p>' for p in LESSE]
    body.insert(3, lire)
    body.insert(
        5,
        '<figure class="ap-figure"><amp-img src="'
        + base
        + '/resizer/lesse-caravanes.jpg" width="1200" '
        'height="800" layout="responsive" alt="Des caravanes dans l’eau"></amp-img><figcaption '
        'class="ap-caption">Des caravanes déplacées par le courant au camping de la Lesse. '
        "<span>© BELGA</span></figcaption></figure>",
    )
    body.insert(
        2,
        '<div class="ap-ad"><p class="ap-ad__label">Publicité</p><amp-ad width="300" height="250" '
        'type="doubleclick" data-slot="/7281/lavenir/regions/inarticle1"></amp-ad></div>',
    )
    page = f"""<!doctype html>
<html ⚡ lang="fr"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<title>{title} - L'Avenir</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{chapeau}">
<meta property="og:site_name" content="L'Avenir"><meta property="og:type" content="article">
<meta property="og:title" content="{title}"><meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/resizer/lesse-camping.jpg">
{json_script(ld)}
<style amp-custom>{css_blob(601, "ap", 300)}</style>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
</head><body>
<amp-consent id="didomi" layout="nodisplay" type="didomi">{json_script(consent_cfg, 'type="application/json"')}<div id="didomi-prompt">{consent("ap-consent", "L'Avenir")}</div></amp-consent>
<amp-analytics type="googleanalytics">{json_script(analytics, 'type="application/json"')}</amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav>{menu(602, "ap-menu", base, ["Régions", "Belgique", "Monde", "Sports", "Économie", "Culture", "Vivre"], 10)}</nav></amp-sidebar>
<header class="ap-header"><button on="tap:sidebar.toggle" class="ap-burger">Menu</button><a href="{base}/"><amp-img src="{base}/pf/resources/logo-lavenir.svg" width="160" height="32" alt="L'Avenir"></amp-img></a></header>
<main><article class="ap-article">
<nav class="ap-breadcrumb"><a href="{base}/regions/">Régions</a> <span>›</span> <a href="{base}/regions/namur/">Namur</a> <span>›</span> <a href="{base}/regions/namur/dinant/">Dinant</a></nav>
<h1 class="ap-title">{title}</h1>
<p class="ap-chapeau">{chapeau}</p>
<div class="ap-byline">Par <a href="{base}/auteurs/thomas-lecocq/">Thomas Lecocq</a> (avec Belga)</div>
<div class="ap-date">Publié le <time datetime="2026-11-16T23:52:00Z">17/11/2026 à 00:52</time> · Modifié le <time datetime="2026-11-17T09:40:00Z">17/11/2026 à 10:40</time></div>
<figure class="ap-figure ap-figure--lead"><amp-img src="{base}/resizer/lesse-camping.jpg" width="1200" height="800" layout="responsive" alt="Camping évacué"></amp-img><figcaption class="ap-caption">Un camping évacué à Anseremme, mardi à l’aube. <span>© ÉdA – Jacques Duchêne</span></figcaption></figure>
<div class="ap-body">
{chr(10).join(body)}
</div>
<div class="ap-share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a></div>
<div class="ap-tags"><a href="{base}/tags/inondations/">Inondations</a><a href="{base}/tags/meteo/">Météo</a><a href="{base}/tags/lesse/">Lesse</a></div>
</article>
{related(603, base + "/regions/namur", "ap-more", "Dans la région", 8)}
</main>
<footer class="ap-footer"><p>© 2026 L'Avenir – Éditions de l'Avenir · Conditions générales · Vie privée · Cookies</p><a href="{url}">Version complète</a></footer>
</body></html>"""
    write(
        "06_lavenir_amp_belga",
        page,
        {
            "title": title,
            "publication": "L'Avenir",
            "author": "Thomas Lecocq",
            "agency": "Belga",
            "section": "Dinant",
            "date": datetime.date(2026, 11, 17),
            "standfirst": chapeau,
            "source_url": url,
            "paragraphs": [flat(p) for p in LESSE],
            "notes": "AMP page (<html ⚡>, amp-img, amp-ad, JSON in amp-consent/amp-analytics). "
            "Byline 'Par A (avec Belga)'. JSON-LD articleBody as one string (not for paragraphs), "
            "dates in UTC Z: published 00:52 Brussels time on the 17th = 23:52Z on the 16th (the page's own zone wins); 'Modifié le' 10:40 is not the date. 'Lire aussi', "
            "ad and a captioned photo (© BELGA is a photo credit) between paragraphs. "
            "articleSection 'Dinant' agrees with the breadcrumb's last item.",
        },
    )


APOLLO_INTRO = [
    "Bonjour à toutes et à tous,",
    "Cette semaine, je vous emmène rue de Lausanne, à Payerne, devant une façade que beaucoup "
    "d’entre vous connaissent&nbsp;: celle de l’Apollo, ouvert en 1954 et fermé le 30 juin "
    "dernier, faute de repreneur. Depuis, les affiches délavées de la dernière séance sont "
    "toujours derrière la vitre.",
]
APOLLO_COOP = [
    "Léa Chuard, Mathieu Pidoux et Yannick Bersier ont tous les trois grandi dans la Broye. Ils "
    "ont fondé en septembre la coopérative <em>Apollo Vivant</em>, avec un objectif&nbsp;: "
    "racheter le fonds de commerce, moderniser la cabine de projection et rouvrir à l’automne "
    "2027.",
    "La part sociale coûte 100 francs. Au moment où j’écris ces lignes, 412 personnes en ont "
    "acheté au moins une, pour un total de 61&nbsp;300 francs. Il en faudrait environ "
    "250&nbsp;000 pour boucler le budget, en comptant les travaux de mise aux normes.",
]
APOLLO_PULL = (
    "«&nbsp;Un cinéma, c’est le seul endroit où l’on se retrouve à deux cents dans le noir sans "
    "se connaître.&nbsp;»"
)
APOLLO_OWNER = [
    "J’ai aussi appelé René Cotting, qui a tenu la caisse et le projecteur pendant trente et un "
    "ans. Il m’a lu au téléphone la lettre qu’il a envoyée aux trois fondateurs&nbsp;:",
]
APOLLO_LETTER = [
    "Je vous souhaite tout le courage du monde. Le public viendra, j’en suis sûr, si vous lui "
    "donnez autre chose que ce qu’il trouve sur son canapé.",
    "Méfiez-vous seulement du chauffage. Il a mangé toutes mes marges pendant dix ans.",
]
APOLLO_END = [
    "La commune, elle, reste prudente. Le syndic m’a confirmé qu’aucune subvention n’était "
    "prévue au budget 2027, mais que le dossier serait «&nbsp;examiné avec bienveillance&nbsp;» "
    "si la coopérative atteignait la moitié de son objectif.",
    "Je vous tiens au courant. Et si vous avez des souvenirs de l’Apollo, des photos ou de "
    "vieux billets, répondez simplement à ce courriel&nbsp;: je les publierai dans un prochain "
    "numéro.",
]
APOLLO_HEADS = ["Une coopérative plutôt qu’un mécène", "Ce que dit l’ancien exploitant"]


def page07_substack_newsletter_broye() -> None:
    """Lettre de la Broye (CH), Substack: subtitle, subscribe widget, pullquote, blockquote."""
    base = "https://lettredelabroye.substack.com"
    url = f"{base}/p/payerne-a-perdu-son-dernier-cinema"
    title = "Payerne a perdu son dernier cinéma. Trois trentenaires veulent le rouvrir"
    subtitle = (
        "L’Apollo a fermé ses portes en juin. Une coopérative lancée par trois jeunes de la "
        "région a déjà réuni 412 membres. Récit d’un pari un peu fou."
    )
    widget = (
        '<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe">'
        '<div class="preamble"><p class="cta-caption">Merci de lire la Lettre de la Broye&nbsp;! '
        "Abonnez-vous gratuitement pour recevoir les prochains numéros.</p></div>"
        '<form class="subscription-widget-subscribe"><input type="email" class="email-input" '
        'placeholder="Votre adresse e-mail"><input type="submit" class="button primary" '
        'value="S’abonner"></form></div></div>'
    )
    body = "\n".join(
        [
            paras(*APOLLO_INTRO),
            f'<h2 class="header-anchor-post">{APOLLO_HEADS[0]}</h2>',
            paras(*APOLLO_COOP),
            f'<div class="pullquote"><p>{APOLLO_PULL}</p></div>',
            widget,
            f'<h2 class="header-anchor-post">{APOLLO_HEADS[1]}</h2>',
            paras(*APOLLO_OWNER),
            f"<blockquote>{paras(*APOLLO_LETTER)}</blockquote>",
            '<div class="captioned-image-container"><figure><img src="https://substackcdn.com/image/fetch/w_1456,c_limit,f_webp/apollo-facade.jpg" '
            'alt="La façade de l’Apollo"><figcaption class="image-caption">La façade de l’Apollo, rue '
            "de Lausanne, en novembre. Photo C. B.</figcaption></figure></div>",
            paras(*APOLLO_END),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "url": url,
        "mainEntityOfPage": url,
        "headline": title,
        "description": subtitle,
        "image": [
            {"@type": "ImageObject", "url": "https://substackcdn.com/image/fetch/apollo-facade.jpg"}
        ],
        "datePublished": "2026-11-24T05:31:09+00:00",
        "dateModified": "2026-11-24T05:31:09+00:00",
        "isAccessibleForFree": True,
        "author": [
            {
                "@type": "Person",
                "name": "Céline Baudraz",
                "url": "https://substack.com/@celinebaudraz",
            }
        ],
        "publisher": {"@type": "Organization", "name": "Lettre de la Broye", "url": base},
    }
    preloads = {
        "isEU": True,
        "language": "fr",
        "post": {
            "id": 151902377,
            "title": title,
            "subtitle": subtitle,
            "slug": "payerne-a-perdu-son-dernier-cinema",
            "post_date": "2026-11-24T05:31:09.000Z",
            "audience": "everyone",
            "type": "newsletter",
            "reactions": {"❤": 87},
            "comment_count": 2,
            "publishedBylines": [{"name": "Céline Baudraz", "handle": "celinebaudraz"}],
            "body_html": body,
        },
        "pub": {
            "name": "Lettre de la Broye",
            "subdomain": "lettredelabroye",
            "language": "fr",
            "author_name": "Céline Baudraz",
        },
    }
    preloads_js = json.dumps(json.dumps(preloads, ensure_ascii=False)).replace("</", "<\\/")
    comment_block = comments(
        701,
        "comment-list",
        ["Josiane M.", "Pierre-André Rapin"],
        [
            "J’y ai vu mon premier film en 1971. Je prends deux parts&nbsp;!",
            "Et le parking&nbsp;? C’était déjà le problème du temps de René.",
        ],
        ["24 nov.", "25 nov."],
    )
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd">
<title>{title} - par Céline Baudraz</title>
<meta name="description" content="{subtitle}">
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="og:description" content="{subtitle}"><meta property="og:url" content="{url}">
<meta property="og:image" content="https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/apollo-facade.jpg">
<meta property="og:site_name" content="Lettre de la Broye">
<meta name="author" content="Céline Baudraz"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" href="{base}/feed" title="Lettre de la Broye">
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.0f3a21.css">
<style>{css_blob(702, "pencraft", 420)}</style>
{json_script(ld)}
</head><body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a href="{base}/" class="navbar-title-link"><img class="publication-logo" src="https://substackcdn.com/image/fetch/w_80/broye-logo.png" alt=""><span class="navbar-title">Lettre de la Broye</span></a>
<div class="navbar-buttons"><a href="{base}/subscribe" class="button primary">S’abonner</a><a href="https://substack.com/sign-in" class="button">Se connecter</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{title}</h1><h3 class="subtitle">{subtitle}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/@celinebaudraz">Céline Baudraz</a></div><div class="post-date" title="24 nov. 2026, 06:31">24 nov. 2026</div></div>
<div class="post-ufi"><a class="like-button" href="#">87</a><a class="comment-button" href="#discussion">2</a><a class="share-button" href="#">Partager</a></div></div>
<div class="available-content"><div class="body markup" dir="auto">
{body}
</div></div>
<div class="post-footer"><div class="subscription-widget-wrap"><p class="cta-caption">La Lettre de la Broye paraît chaque mardi. C’est gratuit.</p><a class="button primary" href="{base}/subscribe">S’abonner</a></div>
<div class="post-ufi"><a class="like-button" href="#">87 j’aime</a><a href="#">Partager</a></div></div>
</article>
<div id="discussion" class="comments-page"><h4 class="section-title">Discussion</h4>{comment_block}</div>
{related(703, base + "/p", "portable-archive", "Numéros précédents", 6)}
</div></div></div>
<div class="footer-wrap"><div class="footer"><p>© 2026 Céline Baudraz · <a href="https://substack.com/privacy">Confidentialité</a> · <a href="https://substack.com/tos">Conditions</a> · <a href="https://substack.com/ccpa">Avis de collecte</a></p><p><a href="https://substack.com/signup">Lancez votre Substack</a> <a href="https://substack.com/app">Téléchargez l’app</a></p><p>Substack est le foyer de la grande culture</p></div></div>
</div></div>
<script>window._preloads = JSON.parse({preloads_js})</script>
<script src="https://substackcdn.com/bundle/static/js/main.6b2a1f.js" charset="utf-8" defer></script>
</body></html>"""
    write(
        "07_substack_newsletter_broye",
        page,
        {
            "title": title,
            "publication": "Lettre de la Broye",
            "author": "Céline Baudraz",
            "section": None,
            "date": datetime.date(2026, 11, 24),
            "standfirst": flat(subtitle),
            "source_url": url,
            "subheads": APOLLO_HEADS,
            "pull_quotes": [flat(APOLLO_PULL)],
            "paragraphs": [
                flat(p)
                for p in APOLLO_INTRO + APOLLO_COOP + APOLLO_OWNER + APOLLO_LETTER + APOLLO_END
            ],
            "notes": "Substack newsletter: h3.subtitle standfirst; greeting is a paragraph; "
            "subscribe widget between paragraphs and post footer are not text; div.pullquote "
            "is a pull quote; the plain blockquote's two paragraphs (a quoted letter) are "
            "paragraphs; image caption is not. No section anywhere (null). <title> ends with "
            "'- par Céline Baudraz', not the site name. Body also in window._preloads. UTC "
            "05:31 = 06:31 in Switzerland, same date.",
        },
    )


OLIVE = [
    "À quelques semaines du pic de la récolte, les huileries de la région de Sfax changent de "
    "stratégie. Plutôt que d’expédier leur production en vrac vers l’Europe, une vingtaine "
    "d’entre elles se sont engagées à conditionner au moins un quart de leurs volumes en "
    "bouteilles d’ici à la campagne 2027-2028, a annoncé mardi le groupement interprofessionnel "
    "régional.",
    "L’enjeu est considérable. Vendue en citerne, l’huile d’olive extra vierge rapporte en "
    "moyenne 14 dinars le kilo aux producteurs cette saison&nbsp;; conditionnée et étiquetée, "
    "elle peut atteindre le double sur les marchés du Golfe et d’Amérique du Nord, selon les "
    "chiffres présentés lors de la réunion.",
    None,
    "Le principal obstacle reste l’investissement. Une ligne d’embouteillage de taille moyenne "
    "coûte entre 1,2 et 2 millions de dinars, hors locaux. Plusieurs banques proposent "
    "désormais des crédits bonifiés sur sept ans, garantis en partie par un fonds public, a "
    "précisé un responsable régional de l’agriculture.",
    "«&nbsp;Nous avons le produit, la qualité et le savoir-faire. Ce qui nous manque, c’est la "
    "marque&nbsp;», résume Hédi Frikha, qui dirige une huilerie familiale à Agareb. Son "
    "entreprise a lancé sa propre bouteille l’an dernier et exporte déjà 40&nbsp;000 litres au "
    "Canada.",
    "La récolte nationale est estimée cette année à 310&nbsp;000 tonnes d’huile, un niveau jugé "
    "correct après deux saisons marquées par la sécheresse. La région de Sfax en assure à elle "
    "seule près d’un tiers.",
    None,
    "Le groupement prévoit également des sessions de formation à l’export pour les jeunes "
    "diplômés de la région, avec l’appui d’une école de commerce locale. Les premières doivent "
    "commencer en janvier et accueillir une quarantaine de participants.",
]
OLIVE_HEADS = ["Des lignes d’embouteillage à financer", "La formation, autre chantier"]
OLIVE_QUOTE = "«&nbsp;Ce qui nous manque, c’est la marque.&nbsp;»"
OLIVE_AUTHORS = [
    (
        "Sonia Ben Slimane",
        "sonia-ben-slimane",
        "Journaliste au service économie depuis 2012, "
        "elle suit l’agriculture et le commerce extérieur.",
    ),
    (
        "Karim Jaziri",
        "karim-jaziri",
        "Correspondant de La Presse à Sfax, il couvre l’actualité du Sud tunisien.",
    ),
]


def page08_lapresse_tn_wordpress_jnews_two_authors() -> None:
    """La Presse de Tunisie (TN), WordPress JNews: two authors with TAP, bios, pull quote."""
    base = "https://lapresse.tn"
    url = f"{base}/2026/11/26/huile-dolive-sfax-mise-sur-le-conditionnement-pour-mieux-exporter/"
    title = "Huile d’olive&nbsp;: Sfax mise sur le conditionnement pour mieux exporter"
    heads = iter(OLIVE_HEADS)
    body = [f"<h3>{next(heads)}</h3>" if p is None else f"<p>{p}</p>" for p in OLIVE]
    body.insert(
        5,
        '<figure class="wp-block-pullquote"><blockquote><p>' + OLIVE_QUOTE + "</p><cite>Hédi "
        "Frikha, huilier à Agareb</cite></blockquote></figure>",
    )
    body.insert(
        3,
        '<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post">'
        '<div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Lire aussi</span></h3></div>'
        f'<div class="jeg_posts"><article class="jeg_post"><h3 class="jeg_post_title"><a href="{base}/2026/11/12/recolte-des-olives-la-main-doeuvre-manque/">'
        "Récolte des olives&nbsp;: la main-d’œuvre manque dans les oliveraies du Sahel</a></h3>"
        "</article></div></div></div>",
    )
    bios = "".join(
        f'<div class="jeg_authorbox"><div class="jeg_author_image"><img alt="" src="{base}/wp-content/uploads/avatars/{slug}.jpg" '
        f'class="avatar" height="80" width="80"></div><div class="jeg_author_content"><h3 class="jeg_author_name">'
        f'<a href="{base}/author/{slug}/">{name}</a></h3><p class="jeg_author_desc">{bio}</p></div></div>'
        for name, slug, bio in OLIVE_AUTHORS
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "headline": flat(title),
                "datePublished": "2026-11-26T09:15:00+01:00",
                "dateModified": "2026-11-27T10:02:00+01:00",
                "articleSection": ["Économie", "À la une"],
                "keywords": "huile d'olive,Sfax,export",
                "author": [
                    {"@type": "Person", "name": n, "url": f"{base}/author/{s}/"}
                    for n, s, _ in OLIVE_AUTHORS
                ],
                "publisher": {"@id": f"{base}/#organization"},
                "isPartOf": {"@id": url},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": flat(title) + " - La Presse de Tunisie",
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "La Presse de Tunisie",
                "url": base,
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/logo-lapresse.png",
                },
            },
        ],
    }
    jnews = {
        "ajax_url": "/?ajax-request=jnews",
        "login_reload": url,
        "popup_script": "magnific",
        "single_gallery": False,
        "ismobile": False,
        "isIE": False,
        "sidefeed_ajax": False,
        "language": "fr_FR",
        "module_prefix": "jnews_module_ajax_",
        "live_search": "1",
        "postid": 318840,
        "isblog": True,
        "admin_bar": 0,
        "follow_video": False,
        "lang": "fr_FR",
    }
    comment_block = comments(
        801,
        "commentlist",
        ["Mourad", "Leïla Ch."],
        [
            "Enfin&nbsp;! Cela fait vingt ans qu’on vend notre huile aux Italiens qui la revendent sous leur nom.",
            "Il faudrait aussi parler du prix des bouteilles en verre, qui a doublé.",
        ],
        ["26 novembre 2026 à 11:40", "27 novembre 2026 à 08:05"],
    )
    page = f"""<!doctype html>
<html lang="fr-FR">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<meta name='viewport' content='width=device-width, initial-scale=1, user-scalable=yes' />
	<link rel="profile" href="http://gmpg.org/xfn/11" />
	<title>{flat(title)} - La Presse de Tunisie</title>
<meta name="description" content="Une vingtaine d’huileries de Sfax veulent conditionner un quart de leur production." />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" /><meta property="og:type" content="article" />
<meta property="og:title" content="{flat(title)}" /><meta property="og:url" content="{url}" />
<meta property="og:site_name" content="La Presse de Tunisie" />
<meta property="article:section" content="Économie" />
<meta property="article:published_time" content="2026-11-26T08:15:00+00:00" /><meta property="article:modified_time" content="2026-11-27T09:02:00+00:00" />
<meta name="author" content="Sonia Ben Slimane, Karim Jaziri" />
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel='stylesheet' id='jnews-frontend-css' href='{base}/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.2' type='text/css' media='all' />
<style id='jnews-inline-css'>{css_blob(802, "jeg", 430)}</style>
<script type="text/javascript" id="jnews-frontend-js-extra">var jnewsoption = {json.dumps(jnews)};</script>
</head>
<body class="post-template-default single single-post postid-318840 single-format-standard jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal">
{consent("cmplz-cookiebanner-container", "La Presse de Tunisie")}
<div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_header normal"><div class="jeg_topbar"><div class="jeg_top_date">jeudi, novembre 26, 2026</div></div>
<div class="jeg_midbar"><div class="jeg_logo"><a href="{base}/"><img class="jeg_logo_img" src="{base}/wp-content/uploads/logo-lapresse.png" alt="La Presse de Tunisie"></a></div></div>
<div class="jeg_bottombar"><div class="jeg_main_menu_wrapper">{menu(803, "jeg_menu jeg_main_menu", base, ["Actualités", "National", "Économie", "Régions", "Monde", "Culture", "Sport", "Opinions"], 7)}</div></div></div></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="row"><div class="jeg_main_content col-md-8">
<div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="{base}">Accueil</a></span><i class="fa fa-angle-right"></i><span><a href="{base}/category/economie/">Économie</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="{base}/category/economie/agriculture/">Agriculture</a></span></div></div>
<div class="entry-header"><div class="jeg_post_category"><span><a href="{base}/category/economie/" class="category-economie">Économie</a></span></div>
<h1 class="jeg_post_title">{title}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author coauthor"><span class="meta_text">Par</span> <a href="{base}/author/sonia-ben-slimane/">Sonia Ben Slimane</a> et <a href="{base}/author/karim-jaziri/">Karim Jaziri</a> (avec TAP)</div>
<div class="jeg_meta_date"><a href="{url}">26 novembre 2026</a></div></div>
<div class="meta_right"><div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 2</a></div></div></div></div></div>
<div class="jeg_featured featured_image"><div class="thumbnail-container"><img width="750" height="500" src="{base}/wp-content/uploads/2026/11/huilerie-sfax.jpg" class="wp-post-image" alt=""></div><p class="wp-caption-text">Une huilerie d’Agareb, dans le gouvernorat de Sfax. (Photo&nbsp;: TAP)</p></div>
<div class="jeg_share_top_container"><div class="jeg_share_button"><a href="#" class="jeg_btn-facebook"><span>Partager</span></a><a href="#" class="jeg_btn-twitter"><span>Tweeter</span></a></div></div>
<div class="entry-content no-share"><div class="content-inner ">
{chr(10).join(body)}
</div>
<div class="jeg_post_tags"><span>Tags:</span> <a href="{base}/tag/huile-dolive/" rel="tag">huile d'olive</a><a href="{base}/tag/sfax/" rel="tag">Sfax</a><a href="{base}/tag/export/" rel="tag">export</a></div></div>
<div class="jeg_share_bottom_container"></div>
{bios}
<div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="#" class="post prev-post"><span class="caption">Article précédent</span><h3 class="post-title">Bourse de Tunis&nbsp;: le Tunindex termine la semaine en légère hausse</h3></a></div></div>
<div class="jnews_related_post_container">{related(804, base + "/2026/11", "jeg_related", "Articles similaires", 6)}</div>
<div class="jnews_comment_container"><div id="comments" class="comment-wrapper section"><h3 class="comment-heading">2 commentaires</h3>{comment_block}</div></div>
</div></div>
<div class="jeg_sidebar col-md-4">{related(805, base, "jeg_popular", "Les plus lus", 8)}</div></div></div></div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 normal"><div class="jeg_footer_primary"><p>La Presse de Tunisie, quotidien fondé en 1936. Société nouvelle d’impression, de presse et d’édition (SNIPE).</p>{menu(806, "jeg_menu_footer", base, ["Rubriques", "La Presse", "Services"], 5)}</div><div class="jeg_footer_bottom"><p class="copyright">© 2026 La Presse de Tunisie. Tous droits réservés.</p></div></div></div>
</div>
<script type='text/javascript' src='{base}/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.6.2' id='jnews-frontend-js'></script>
</body>
</html>"""
    write(
        "08_lapresse_tn_wordpress_jnews_two_authors",
        page,
        {
            "title": flat(title),
            "publication": "La Presse de Tunisie",
            "author": "Sonia Ben Slimane et Karim Jaziri",
            "agency": "TAP",
            "section": "Économie",
            "date": datetime.date(2026, 11, 26),
            "source_url": url,
            "subheads": OLIVE_HEADS,
            "pull_quotes": [flat(OLIVE_QUOTE)],
            "paragraphs": [flat(p) for p in OLIVE if p is not None],
            "notes": "WordPress JNews: 'Par A et B (avec TAP)' with two author boxes and bios "
            "after the text (not text); h3 subheads; JNews inline 'Lire aussi' block whose h3 "
            "headings are no subheads; figure.wp-block-pullquote with cite; articleSection "
            "list, first 'Économie' (breadcrumb ends on 'Agriculture'); photo credit TAP; "
            "modified the next day; OG times in UTC, same dates. Tags, prev/next, comments.",
        },
    )
