# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout60/web (France: Midi Libre, Franceinfo, Ouest-France; Lebanon: Ici
Beyrouth)."""

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
    teasers,
    texturize,
    write,
)


def page01() -> None:
    """Midi Libre: the La Dépêche group's own PHP front; JSON-LD datePublished is the update."""
    base = "https://www.midilibre.fr"
    url = f"{base}/2027/04/14/secheresse-dans-lherault-38-communes-passent-en-alerte-renforcee-larrosage-interdit-en-journee-12603417.php"
    title = "Sécheresse dans l’Hérault : 38 communes passent en alerte renforcée, l’arrosage interdit en journée"
    lead = (
        "La préfecture a publié ce mercredi un arrêté qui durcit les restrictions d’eau dans "
        "l’ouest du département. Jamais les nappes du Biterrois n’avaient été aussi basses à la "
        "mi-avril."
    )
    heads = [
        "Ce qui change dès vendredi",
        "À Puisserguier, les maraîchers s’inquiètent",
        "Des fontaines coupées dans les villages",
    ]
    p = [
        "Il n’est tombé que 41&nbsp;millimètres de pluie depuis le 1<sup>er</sup> janvier à "
        "Béziers, moins d’un tiers de la normale. Face à des nappes phréatiques au plus bas, un "
        "arrêté publié ce mercredi 14&nbsp;avril place 38&nbsp;communes de l’ouest de l’Hérault "
        "en alerte renforcée à compter de vendredi. Le reste du département demeure en "
        "vigilance.",
        "Le comité ressource en eau, réuni mardi à Montpellier, a constaté que treize des "
        "dix-sept piézomètres suivis dans le Biterrois affichaient des niveaux «&nbsp;très "
        "bas&nbsp;», un seuil rarement franchi avant l’été. «&nbsp;Nous sommes en avril et nous "
        "avons les chiffres d’un mois d’août&nbsp;», résume l’un des participants.",
        # Ce qui change dès vendredi
        "Dans les communes concernées, l’arrosage des jardins, des espaces verts et des "
        "terrains de sport est interdit entre 8&nbsp;heures et 20&nbsp;heures. Le lavage des "
        "véhicules hors des stations équipées d’un système de recyclage est proscrit, tout "
        "comme le remplissage des piscines privées de plus de 10&nbsp;m<sup>3</sup>.",
        "Les prélèvements agricoles sont réduits de 40&nbsp;%, sauf pour l’abreuvement des "
        "animaux et les cultures de semences sous contrat. Les contrevenants s’exposent à une "
        "amende pouvant atteindre 1&nbsp;500&nbsp;euros.",
        # À Puisserguier
        "Sur son exploitation de six hectares, Laurent Azéma a déjà renoncé à planter une partie "
        "de ses melons. «&nbsp;Je vais en semer deux hectares au lieu de trois. Avec 40&nbsp;% "
        "d’eau en moins, je ne peux pas prendre le risque de tout perdre en juillet&nbsp;», "
        "explique le maraîcher, installé depuis 2009 au bord de la départementale.",
        "Sa voisine, Sandrine Py, viticultrice, redoute surtout la suite. «&nbsp;Les vignes "
        "tiennent encore, elles ont des racines profondes. Mais si mai est aussi sec que mars, on "
        "parlera de rendements en baisse de 20 ou 30&nbsp;%&nbsp;», prévient-elle. Un nouveau "
        "point sur la situation est prévu le 30&nbsp;avril&nbsp;; un passage au niveau de crise, "
        "qui interdirait tout usage non prioritaire, n’est pas envisagé à ce stade.",
        # Des fontaines coupées
        "Dans plusieurs villages du secteur, les fontaines décoratives ont été mises à l’arrêt "
        "et l’arrosage des ronds-points suspendu. «&nbsp;Nous avons coupé onze bassins, cela "
        "représente environ 9&nbsp;000&nbsp;m<sup>3</sup> économisés sur la saison&nbsp;», "
        "calcule Jérôme Carrière, qui préside une association de riverains de l’Orb.",
        "Les usagers peuvent vérifier les règles applicables à leur adresse sur la plateforme "
        "nationale VigiEau. La liste complète des communes concernées est annexée à l’arrêté.",
    ]
    read_also = (
        '<div class="article-full__read-also"><span class="read-also__label">À lire aussi :</span> '
        f'<a href="{base}/2027/04/02/herault-les-nappes-au-plus-bas-depuis-vingt-ans-12581022.php">'
        "Hérault : les nappes au plus bas depuis vingt ans, les élus appellent à la sobriété</a></div>"
    )
    inread = '<div class="ad ad--inread" id="inread_1" data-format="inread"><span class="ad__label">Publicité</span></div>'
    body = "\n".join(
        [
            paras(*p[:2]),
            f"<h2>{heads[0]}</h2>",
            paras(*p[2:4]),
            read_also,
            f"<h2>{heads[1]}</h2>",
            paras(*p[4:5]),
            inread,
            paras(*p[5:6]),
            f"<h2>{heads[2]}</h2>",
            paras(*p[6:]),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": flat(title),
        "description": flat(lead),
        "image": {
            "@type": "ImageObject",
            "url": "https://images.midilibre.fr/api/v1/images/view/6615a2b3/large/image.jpg",
            "width": 1200,
            "height": 800,
        },
        "datePublished": "2027-04-15T07:40:00+02:00",
        "dateModified": "2027-04-15T07:40:00+02:00",
        "author": [
            {"@type": "Person", "name": "Claire Vidal", "url": f"{base}/redacteurs/claire-vidal"}
        ],
        "publisher": {
            "@type": "Organization",
            "name": "Midi Libre",
            "logo": {"@type": "ImageObject", "url": f"{base}/images/logo-midilibre-amp.png"},
        },
        "articleSection": "Hérault",
        "isAccessibleForFree": True,
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
            {"@type": "ListItem", "position": 2, "name": "Occitanie", "item": f"{base}/occitanie/"},
            {"@type": "ListItem", "position": 3, "name": "Hérault", "item": f"{base}/herault/"},
        ],
    }
    nav = menu(
        6001,
        "main-nav__list",
        base,
        ["Occitanie", "Faits divers", "Sports", "Politique", "Économie", "Loisirs", "Vidéos"],
        9,
    )
    related = teasers(601, 24, base, FILLER)
    more = "".join(
        f'<li class="teaser-list__item"><a href="{t["url"]}.php" class="teaser"><img class="teaser__img" src="{t["image"]}" alt="" loading="lazy"><span class="teaser__section">{t["section"]}</span><span class="teaser__title">{t["title"]}</span></a></li>'
        for t in related
    )
    datalayer = {
        "page_type": "article",
        "article_id": "12603417",
        "section": "herault",
        "sub_section": "montpellier",
        "author": "Claire Vidal",
        "premium": "non",
        "publish_date": "2027-04-14 18:05",
        "update_date": "2027-04-15 07:40",
    }
    page = f"""<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - midilibre.fr</title>
<meta name="description" content="{flat(lead)}">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="{url.replace("/2027/", "/amp/2027/")}">
<meta property="og:site_name" content="midilibre.fr">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://images.midilibre.fr/api/v1/images/view/6615a2b3/large/image.jpg">
<meta property="article:published_time" content="2027-04-14T18:05:00+02:00">
<meta property="article:modified_time" content="2027-04-15T07:40:00+02:00">
<meta property="article:section" content="Hérault">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@Midilibre">
<meta name="twitter:title" content="{title}">
<link rel="preload" href="{base}/build/fonts/Barlow-Bold.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="{base}/build/css/article.8c1f0e.css">
<style>{css_blob(6011, "ml", 260)}</style>
{json_script(ld)}
{json_script(crumbs)}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({json.dumps(datalayer, ensure_ascii=False)});</script>
<script src="https://sdk.privacy-center.org/loader.js" async></script>
<script>tp=window.tp||[];tp.push(["setAid","Kq3R5mLn7"]);tp.push(["setTags",["herault","secheresse"]]);</script>
</head>
<body class="page-article page-article--free">
<div id="didomi-host" aria-hidden="true"><div class="didomi-popup-container"><div class="didomi-popup-notice-text"><p>Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.</p></div><button id="didomi-notice-agree-button"><span>Accepter</span></button><button id="didomi-notice-disagree-button"><span>Continuer sans accepter</span></button></div></div>
<header class="header" role="banner">
<div class="header__top"><span class="header__date">Jeudi 15 avril 2027</span><a class="header__weather" href="{base}/meteo/">Montpellier 17°</a><a class="header__sub" href="https://abonnement.midilibre.fr/">Je m’abonne</a><a class="header__login" href="https://compte.midilibre.fr/">Se connecter</a></div>
<a class="header__logo" href="{base}/"><img src="{base}/build/img/logo-midilibre.svg" alt="Midi Libre" width="180" height="40"></a>
<nav class="main-nav" aria-label="Menu principal">{nav}</nav>
</header>
<main class="main" id="main">
<nav class="breadcrumb" aria-label="Fil d’Ariane"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="{base}/">Accueil</a></li><li class="breadcrumb__item"><a href="{base}/occitanie/">Occitanie</a></li><li class="breadcrumb__item"><a href="{base}/herault/">Hérault</a></li></ol></nav>
<article class="article-full" data-id="12603417">
<header class="article-full__header">
<p class="article-full__kicker"><span>Sécheresse</span></p>
<h1 class="article-full__title">{title}</h1>
<div class="article-full__infos">
<div class="article-full__author"><img class="article-full__author-avatar" src="{base}/build/img/avatar.svg" alt=""><span class="article-full__author-name"><a href="{base}/redacteurs/claire-vidal">Claire Vidal</a></span></div>
<div class="article-full__date"><time datetime="2027-04-14T18:05:00+02:00">Publié le 14/04/2027 à 18:05</time> , mis à jour le 15/04/2027 à 07:40</div>
<div class="article-full__reading">Lecture 3 min</div>
</div>
<ul class="share-bar"><li><a class="share-bar__facebook" href="#">Partager sur Facebook</a></li><li><a class="share-bar__x" href="#">Partager sur X</a></li><li><a class="share-bar__whatsapp" href="#">WhatsApp</a></li><li><button class="share-bar__copy">Copier le lien</button></li></ul>
</header>
<figure class="article-full__figure"><img src="https://images.midilibre.fr/api/v1/images/view/6615a2b3/large/image.jpg" alt="" width="1200" height="800"><figcaption class="article-full__caption">Le lit de l’Orb, à hauteur de Béziers, mardi 13 avril. <span class="article-full__credit">Midi Libre - Jean-Luc Séguier</span></figcaption></figure>
<div class="article-full__body">
<p class="article-full__chapo">{lead}</p>
<div class="article-full__body-content">
{body}
</div>
</div>
<div class="article-full__tags"><span>Sur le même sujet :</span><a href="{base}/sujets/secheresse/">Sécheresse</a><a href="{base}/sujets/eau/">Eau</a><a href="{base}/sujets/agriculture/">Agriculture</a></div>
<section class="article-full__comments" id="comments"><h2 class="comments__title">Réagir</h2><p class="comments__locked">Les commentaires sont réservés aux abonnés. <a href="https://abonnement.midilibre.fr/">Je m’abonne</a></p></section>
</article>
<aside class="sidebar"><div class="newsletter-box"><p class="newsletter-box__title">Newsletter Midi Libre Hérault</p><p>Chaque matin, l’essentiel de l’actualité de votre département.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m’inscris</button></form></div><div class="ad ad--sidebar" id="pave_1"><span class="ad__label">Publicité</span></div></aside>
<section class="teaser-list"><h2 class="teaser-list__title">Les plus lus</h2><ul>{more}</ul></section>
<div class="OUTBRAIN" data-src="{url}" data-widget-id="AR_1"></div>
</main>
<footer class="footer"><a class="footer__logo" href="{base}/"><img src="{base}/build/img/logo-midilibre-white.svg" alt="Midi Libre"></a><ul class="footer__links"><li><a href="{base}/mentions-legales">Mentions légales</a></li><li><a href="{base}/cgu">CGU</a></li><li><a href="javascript:Didomi.preferences.show()">Paramètres des cookies</a></li><li><a href="{base}/contact">Contact</a></li></ul><p class="footer__copyright">© Midi Libre 2027 - Tous droits réservés</p></footer>
<script src="{base}/build/js/article.3b91c0.js" defer></script>
<script async src="https://widgets.outbrain.com/outbrain.js"></script>
</body>
</html>
"""
    write(
        "01_midilibre_ladepeche_front_secheresse_ld_date_is_update",
        page,
        {
            "title": title,
            "publication": "Midi Libre",
            "author": "Claire Vidal",
            "section": "Hérault",
            "date": datetime.date(2027, 4, 14),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": heads,
            "paragraphs": [flat(x) for x in p],
            "notes": "Midi Libre on the La Dépêche group's own front (numeric id, .php "
            "addresses). The JSON-LD datePublished is the update instant "
            "(2027-04-15T07:40:00+02:00, same as dateModified); the visible 'Publié le "
            "14/04/2027 à 18:05 , mis à jour le 15/04/2027 à 07:40', its <time datetime> and "
            "article:published_time say 14 April, and the site header shows 'Jeudi 15 avril "
            "2027': date 14 April. Standfirst p.article-full__chapo inside the body container. "
            "Three h2 subheads, '1<sup>er</sup>' and 'm<sup>3</sup>'. og:site_name "
            "'midilibre.fr', publisher and footer 'Midi Libre'. articleSection and "
            "article:section 'Hérault' (also the breadcrumb's last item), kicker 'Sécheresse'. "
            "'À lire aussi' box and an inread ad inside the text; caption with a staff photo "
            "credit; comments locked for subscribers; newsletter and most-read lists.",
        },
    )


def page02() -> None:
    """Franceinfo: France Télévisions' front, explainer with a list, two authors and an org."""
    base = "https://www.francetvinfo.fr"
    url = f"{base}/sante/maladie/maladie-de-lyme-pourquoi-les-cas-progressent-dans-l-ouest-et-comment-se-proteger-des-tiques-cet-ete_7284519.html"
    title = "Maladie de Lyme : pourquoi les cas progressent dans l’Ouest, et comment se protéger des tiques cet été"
    lead = (
        "Le nombre de diagnostics a presque doublé en cinq ans en Bretagne et dans les Pays de la "
        "Loire, selon un réseau de médecins généralistes. Les spécialistes rappellent quelques "
        "gestes simples avant une balade en forêt."
    )
    heads = [
        "Des hivers plus doux, des tiques plus actives",
        "Les gestes à adopter avant et après une balade",
        "Surveiller l’apparition d’une plaque rouge",
    ]
    p = [
        "C’est une petite bête de quelques millimètres, mais elle occupe de plus en plus les "
        "cabinets médicaux. Dans l’Ouest, les médecins d’un réseau de surveillance régional ont "
        "recensé 212&nbsp;cas de maladie de Lyme pour 100&nbsp;000&nbsp;habitants en 2026, contre "
        "118 en 2021. Une hausse que les spécialistes expliquent par plusieurs facteurs.",
        # Des hivers plus doux
        '<em>"Les tiques ne meurent plus en hiver comme avant. Elles sont actives dès le mois de '
        'mars et jusqu’en novembre"</em>, explique Marion Le Goff, infectiologue à Vannes, qui '
        "suit ce réseau depuis sa création. Les hivers doux et humides favorisent leur survie, "
        "tout comme l’extension des haies et des zones boisées en bordure des villes.",
        "Les chevreuils, dont les populations ont fortement augmenté dans la région, jouent "
        'aussi un rôle. <em>"Ce sont des taxis pour les tiques adultes"</em>, résume la '
        "médecin. Les promeneurs, eux, fréquentent davantage les sentiers depuis quelques "
        "années, ce qui multiplie les occasions de contact.",
        # Les gestes à adopter
        "Pour limiter le risque, les médecins recommandent plusieurs précautions&nbsp;:",
        "porter des vêtements longs et clairs, qui permettent de repérer plus facilement les "
        "tiques&nbsp;;",
        "rester au centre des chemins et éviter les herbes hautes et les fougères&nbsp;;",
        "utiliser un répulsif adapté sur la peau et les vêtements, en respectant les doses "
        "prévues pour les enfants&nbsp;;",
        "s’inspecter soigneusement au retour, y compris le cuir chevelu, l’arrière des oreilles "
        "et les plis des genoux&nbsp;;",
        "retirer une tique le plus vite possible avec un tire-tique, sans l’écraser ni utiliser "
        "d’éther.",
        # Surveiller
        "Dans les trente jours qui suivent une piqûre, il faut guetter l’apparition d’une plaque "
        'rouge qui s’étend autour du point de piqûre, appelée érythème migrant. <em>"C’est le '
        "signe qui doit amener à consulter. Prise tôt, la maladie se soigne très bien avec trois "
        'semaines d’antibiotiques"</em>, insiste Marion Le Goff.',
        "À l’inverse, une tique retirée rapidement n’impose pas de traitement préventif. Le "
        "risque de transmission est faible dans les premières heures, ce qui rend l’inspection "
        "du soir particulièrement utile.",
        "Plusieurs communes du Morbihan et de Loire-Atlantique ont installé cet été des panneaux "
        "d’information à l’entrée des sentiers forestiers. Une initiative que l’infectiologue "
        'aimerait voir généralisée&nbsp;: <em>"La plupart des patients que je reçois ne savaient '
        'pas qu’on pouvait attraper une tique dans son propre jardin."</em>',
    ]
    related = (
        '<div class="c-related-inline"><span class="c-related-inline__label">à lire aussi</span> '
        f'<a class="c-related-inline__link" href="{base}/sante/maladie/tiques-un-nouveau-test-de-depistage-en-cours-d-evaluation_7190233.html">'
        "Tiques : un nouveau test de dépistage en cours d’évaluation</a></div>"
    )
    video = (
        '<div class="c-video-player" data-component="video"><div class="ftv-player" data-id="a7c1e2f0-2f11-11f0-9d2b-7b3a0e" data-autoplay="false"></div>'
        '<p class="c-video-player__legend">En forêt de Brocéliande, des agents forestiers distribuent des tire-tiques aux promeneurs. (FRANCE 3 BRETAGNE)</p></div>'
    )
    body = "\n".join(
        [
            paras(*p[:1]),
            f'<h2 class="c-body__title">{heads[0]}</h2>',
            paras(*p[1:3]),
            related,
            f'<h2 class="c-body__title">{heads[1]}</h2>',
            paras(*p[3:4]),
            '<ul class="c-body__list">' + "".join(f"<li>{x}</li>" for x in p[4:9]) + "</ul>",
            video,
            f'<h2 class="c-body__title">{heads[2]}</h2>',
            paras(*p[9:]),
        ]
    )
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": flat(title),
            "description": flat(lead),
            "datePublished": "2027-06-22T06:12:35+02:00",
            "dateModified": "2027-06-22T09:30:04+02:00",
            "articleSection": "Santé",
            "author": [
                {"@type": "Person", "name": "Élise Marchand"},
                {"@type": "Person", "name": "Hugo Lemaire"},
            ],
            "publisher": {
                "@type": "Organization",
                "name": "Franceinfo",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/assets/common/images/logo-franceinfo.png",
                },
            },
            "image": [f"{base}/pictures/Kf2xQh0b1mYq/1500x843/tique.jpg"],
            "isAccessibleForFree": True,
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Franceinfo", "item": base},
                {"@type": "ListItem", "position": 2, "name": "Santé", "item": f"{base}/sante/"},
                {
                    "@type": "ListItem",
                    "position": 3,
                    "name": "Maladie",
                    "item": f"{base}/sante/maladie/",
                },
            ],
        },
    ]
    nav = menu(
        6002,
        "c-menu__list",
        base,
        ["France", "Monde", "Politique", "Société", "Santé", "Environnement", "Sports", "Culture"],
        8,
    )
    cards = "".join(
        f'<li class="c-card"><a class="c-card__link" href="{t["url"]}.html"><img class="c-card__img" src="{t["image"]}" alt="" loading="lazy"><p class="c-card__title">{t["title"]}</p></a></li>'
        for t in teasers(602, 30, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{title} | Franceinfo</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Franceinfo">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/pictures/Kf2xQh0b1mYq/1500x843/tique.jpg">
<meta property="article:published_time" content="2027-06-22T06:12:35+02:00">
<meta property="article:modified_time" content="2027-06-22T09:30:04+02:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@franceinfo">
<meta name="twitter:title" content="{title}">
<meta name="apple-itunes-app" content="app-id=1121234567">
<link rel="stylesheet" href="{base}/assets/article-7f3a2c.css">
<style>{css_blob(6012, "c", 320)}</style>
{json_script(ld)}
<script>window.tc_vars={{"env_template":"article","page_chapitre1":"sante","page_chapitre2":"maladie","article_id":"7284519","article_auteurs":"Élise Marchand|Hugo Lemaire","article_date_publication":"22/06/2027 06:12"}};</script>
<script src="https://cdn.tagcommander.com/3210/tc_Franceinfo_1.js" async></script>
</head>
<body class="page-article">
<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour mesurer l’audience et vous proposer des contenus personnalisés.</p><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-disagree-button">Refuser</button><button class="didomi-learn-more">Paramétrer</button></div></div>
<header class="c-header"><a class="c-header__logo" href="{base}/" aria-label="franceinfo"><svg viewBox="0 0 136 24"><path d="M0 0h24v24H0z"/></svg></a><nav class="c-menu" aria-label="Rubriques">{nav}</nav><a class="c-header__live" href="{base}/replay-radio/">Radio</a><a class="c-header__live" href="{base}/en-direct/tv.html">TV</a><a class="c-header__account" href="{base}/compte/">Mon compte</a></header>
<main id="main-content" class="page-content">
<nav class="c-breadcrumb" aria-label="Fil d’ariane"><ol class="c-breadcrumb__list"><li class="c-breadcrumb__item"><a href="{base}/">Franceinfo</a></li><li class="c-breadcrumb__item"><a href="{base}/sante/">Santé</a></li><li class="c-breadcrumb__item"><a href="{base}/sante/maladie/">Maladie</a></li></ol></nav>
<article class="c-article">
<div class="c-article__header">
<h1 class="c-title">{title}</h1>
<div class="c-cover"><figure class="c-cover__figure"><img src="{base}/pictures/Kf2xQh0b1mYq/1500x843/tique.jpg" alt="Une tique sur un brin d’herbe." width="1500" height="843"><figcaption class="c-cover__caption">Une tique sur un brin d’herbe, en forêt de Paimpont (Ille-et-Vilaine), le 12 juin 2027. (CAMILLE ROUX / HANS LUCAS / AFP)</figcaption></figure></div>
<p class="c-chapo">{lead}</p>
<div class="c-signature">
<p class="c-signature__title">Article rédigé par</p>
<div class="c-signature__authors"><span class="c-signature__names">Élise Marchand, Hugo Lemaire</span> - <span class="c-signature__organization">France Télévisions</span></div>
<p class="c-signature__dates"><span class="c-signature__date">Publié le 22/06/2027 06:12</span> <span class="c-signature__date">Mis à jour le 22/06/2027 09:30</span></p>
<p class="c-signature__time-reading">Temps de lecture : 3 min</p>
</div>
<div class="c-share"><span class="c-share__title">Partagez l'article sur les réseaux sociaux :</span><button class="c-share__button c-share__button--facebook">Facebook</button><button class="c-share__button c-share__button--x">X</button><button class="c-share__button c-share__button--whatsapp">WhatsApp</button><button class="c-share__button c-share__button--copy">Copier le lien</button></div>
</div>
<div class="c-body">
{body}
</div>
<div class="c-article__tags"><p class="c-tags__title">Voir les sujets :</p><a class="c-tag" href="{base}/sante/maladie/">Maladie</a><a class="c-tag" href="{base}/sante/">Santé</a><a class="c-tag" href="{base}/environnement/biodiversite/">Biodiversité</a></div>
<section class="c-comments"><h2 class="c-comments__title">Commentaires</h2><p class="c-comments__login">Connectez-vous à votre compte franceinfo pour participer à la conversation.</p><a class="c-button" href="{base}/compte/">Connexion</a></section>
</article>
<aside class="c-newsletter"><p class="c-newsletter__title">Recevez la newsletter Santé</p><p>Les dernières informations santé, chaque mardi.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>S’abonner</button></form></aside>
<section class="c-most-read"><h2>Les articles les plus lus</h2><ul class="c-cards">{cards}</ul></section>
</main>
<footer class="c-footer"><p class="c-footer__brand">franceinfo</p><ul class="c-footer__links"><li><a href="{base}/mentions-legales.html">Mentions légales</a></li><li><a href="{base}/charte.html">Charte</a></li><li><a href="javascript:Didomi.preferences.show()">Gestion des cookies</a></li></ul><p>© France Télévisions 2027</p></footer>
<script src="{base}/assets/runtime-7f3a2c.js" defer></script>
</body>
</html>
"""
    write(
        "02_franceinfo_ftv_front_lyme_list_two_authors_org",
        page,
        {
            "title": title,
            "publication": "Franceinfo",
            "author": "Élise Marchand et Hugo Lemaire",
            "section": "Santé",
            "date": datetime.date(2027, 6, 22),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": heads,
            "paragraphs": [flat(x) for x in p],
            "notes": "Franceinfo on France Télévisions' own front (c- classes). Explainer: "
            "introducing paragraph + ul of five items (each a paragraph, '&nbsp;;' kept as a "
            "space); three h2.c-body__title subheads; quotations in straight double quotes inside "
            "<em>. 'Article rédigé par' + 'Élise Marchand, Hugo Lemaire' in one span, comma-"
            "joined, then ' - France Télévisions' (the organisation, not a person) -> 'A et B'. "
            "Cover caption ending '(CAMILLE ROUX / HANS LUCAS / AFP)': a photo credit, no agency. "
            "JSON-LD is an array (NewsArticle + BreadcrumbList); articleSection 'Santé' beats the "
            "breadcrumb's 'Maladie'. 'Publié le 22/06/2027 06:12' / 'Mis à jour … 09:30'. Inline "
            "'à lire aussi', video legend, tags, locked comments, newsletter. <title> suffix, "
            "og:site_name and publisher 'Franceinfo'; the footer's brand line 'franceinfo'.",
        },
    )


def page03() -> None:
    """Ouest-France: own front, opinion column, kicker 'Chronique', role, bio, block quote."""
    base = "https://www.ouest-france.fr"
    uid = "8c2d4e71-0a3b-11f2-9f5e-2b7c41d8a0e3"
    url = f"{base}/opinion/chroniques/chronique-les-petites-gares-ne-sont-pas-des-reliques-{uid}"
    title = "Les petites gares ne sont pas des reliques"
    lead = (
        "La réouverture d’une halte ferroviaire en Centre-Bretagne a été fêtée comme un "
        "événement. Quatre trains par jour, c’est peu. C’est pourtant beaucoup plus qu’il n’y "
        "paraît, estime notre chroniqueur."
    )
    p = [
        "Il y avait, samedi dernier, une petite foule sur le quai de Kerroc’h. Des enfants sur "
        "les épaules de leurs parents, un accordéoniste, deux élus en écharpe et une poignée "
        "d’anciens qui se souvenaient du dernier train, parti un soir de septembre 1989 sous une "
        "pluie fine. Trente-huit ans plus tard, la halte rouvre. Quatre allers-retours par jour, "
        "pas davantage. Et pourtant, on aurait dit une fête de village.",
        "On sourira peut-être de cet enthousiasme. Quatre trains, c’est peu. Le quai est neuf, "
        "l’abri vitré aussi, mais le bâtiment voyageurs restera fermé et il faudra acheter son "
        "billet sur un téléphone. Les esprits comptables feront valoir que chaque voyageur "
        "coûtera cher à la collectivité. Ils n’auront pas tort, à condition de ne compter que "
        "cela.",
        "Car une gare n’est pas seulement un point sur une carte. C’est une promesse faite à "
        "ceux qui n’ont pas de voiture, ou qui n’en veulent plus&nbsp;: les lycéens, les "
        "personnes âgées, les ménages qui ne peuvent plus faire le plein deux fois par semaine. "
        "Dans nos campagnes, ils sont nombreux, et on les entend rarement.",
        "Le chroniqueur Armand Quéré, qui parcourait la Bretagne à bicyclette dans les années "
        "1920, notait déjà dans ses carnets&nbsp;:",
        # blockquote
        "«&nbsp;Le train arrive, et le bourg se redresse comme un homme qu’on appelle par son "
        "nom. Il repart, et le bourg garde un peu de cette fierté jusqu’au soir.&nbsp;»",
        "Un siècle plus tard, la formule n’a pas pris une ride. Les communes qui ont perdu leur "
        "gare ont souvent perdu, dans la foulée, leur bureau de poste, leur médecin, puis leur "
        "école. L’inverse n’est pas automatique, bien sûr. Une halte ne fait pas revenir une "
        "boulangerie. Mais elle change la manière dont on regarde un lieu, et dont il se regarde "
        "lui-même.",
        "Il faut saluer ceux qui ont porté ce dossier pendant quinze ans, souvent dans "
        "l’indifférence. Il faut aussi leur demander la suite. Quatre trains ne suffiront pas si "
        "l’on veut que des actifs s’en servent pour aller travailler à Rennes ou à Brest. Il "
        "faudra des horaires tôt le matin, un car à l’arrivée, un abri à vélos qui ne soit pas "
        "un simple arceau planté dans le gravier.",
        "Les petites gares ne sont pas des reliques. Elles sont un pari sur l’avenir et, comme "
        "tous les paris, elles demandent qu’on s’y tienne. Samedi, sur le quai de Kerroc’h, un "
        "adolescent a demandé à son grand-père à quoi ressemblait le train d’avant. «&nbsp;Il "
        "était plus lent, a répondu le vieil homme. Mais il passait.&nbsp;»",
    ]
    body = "\n".join(
        [
            paras(*p[:2], attrs='class="su-text"'),
            '<div class="pub pub--inread" id="ofinread"><span class="pub__label">Publicité</span></div>',
            paras(*p[2:4], attrs='class="su-text"'),
            f'<blockquote class="su-quote"><p>{p[4]}</p><footer class="su-quote__source">Armand Quéré, <cite>Carnets de route</cite>, 1924</footer></blockquote>',
            paras(*p[5:], attrs='class="su-text"'),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "OpinionNewsArticle",
        "headline": title,
        "description": flat(lead),
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": "2027-05-09T06:00:00+02:00",
        "dateModified": "2027-05-09T06:00:00+02:00",
        "author": {
            "@type": "Person",
            "name": "Yann Le Meur",
            "url": f"{base}/auteur/yann-le-meur/",
        },
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Ouest-France",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/img/logo-ouest-france.png"},
        },
        "image": {
            "@type": "ImageObject",
            "url": "https://media.ouest-france.fr/v1/pictures/MjAyNzA1/halte-kerroch.jpg",
        },
        "isAccessibleForFree": True,
        "inLanguage": "fr-FR",
    }
    nav = menu(
        6003,
        "nav-main__list",
        base,
        ["Bretagne", "Normandie", "Pays de la Loire", "Monde", "Économie", "Sport", "Opinion"],
        10,
    )
    reco = "".join(
        f'<li class="reco__item"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><span class="reco__title">{t["title"]}</span></a></li>'
        for t in teasers(603, 20, base, FILLER)
    )
    page = (
        "<!DOCTYPE html>\n"
        + saved_from(url)
        + f"""<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CHRONIQUE. Les petites gares ne sont pas des reliques | Ouest-France</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Ouest-France.fr">
<meta property="og:title" content="CHRONIQUE. Les petites gares ne sont pas des reliques">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://media.ouest-france.fr/v1/pictures/MjAyNzA1/halte-kerroch.jpg">
<meta property="article:published_time" content="2027-05-09T06:00:00+02:00">
<meta property="article:author" content="Yann Le Meur">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@OuestFrance">
<link rel="stylesheet" href="{base}/static/css/article.a90b12.css">
<style>{css_blob(6013, "su", 300)}</style>
{json_script(ld)}
<script>var _sf_async_config={{uid:60123,domain:"ouest-france.fr",sections:"opinion,chroniques",authors:"Yann Le Meur"}};window.OFdata={{"typeContenu":"chronique","idArticle":"{uid}","payant":false}};</script>
</head>
<body class="article-page theme-opinion">
<div id="sd-cmp" class="sd-cmp"><div class="sd-cmp__text"><p>Ouest-France et ses partenaires utilisent des cookies pour améliorer votre expérience, mesurer l’audience et vous proposer des publicités adaptées.</p></div><button class="sd-cmp__accept">Accepter et fermer</button><button class="sd-cmp__refuse">Continuer sans accepter</button></div>
<header class="header-main"><div class="header-main__band"><a href="{base}/journal/">Le journal du jour</a><a href="https://abonnement.ouest-france.fr/">S’abonner</a><a href="{base}/compte/">Se connecter</a></div><a class="header-main__logo" href="{base}/"><img src="{base}/static/img/logo-ouest-france.svg" alt="Ouest-France"></a><nav class="nav-main">{nav}</nav></header>
<main id="main" class="main">
<nav class="breadcrumb" aria-label="Fil d’Ariane"><ul><li><a href="{base}/">Accueil</a></li><li><a href="{base}/opinion/">Opinion</a></li></ul></nav>
<article class="article article--opinion" data-uuid="{uid}">
<header class="article-header">
<p class="article-header__kicker"><span class="su-kicker">Chronique</span></p>
<h1 class="article-header__title">{title}</h1>
<p class="article-header__chapo">{lead}</p>
<div class="article-header__meta">
<div class="signature"><img class="signature__photo" src="{base}/static/auteurs/yann-le-meur.jpg" alt=""><p class="signature__name"><a href="{base}/auteur/yann-le-meur/">Yann Le Meur</a></p><p class="signature__role">Historien des transports</p></div>
<p class="article-header__date"><time datetime="2027-05-09T06:00:00+02:00">Publié le 09/05/2027 à 06h00</time></p>
<div class="share"><button class="share__btn" data-network="facebook">Facebook</button><button class="share__btn" data-network="x">X</button><button class="share__btn" data-network="mail">Envoyer par e-mail</button><button class="share__btn share__btn--save">Lire plus tard</button></div>
</div>
</header>
<figure class="article-figure"><img src="https://media.ouest-france.fr/v1/pictures/MjAyNzA1/halte-kerroch.jpg" alt=""><figcaption class="article-figure__caption">Le nouveau quai de la halte de Kerroc’h, le jour de sa réouverture. <span class="article-figure__credit">Ouest-France</span></figcaption></figure>
<div class="article-body">
{body}
</div>
<aside class="author-bio"><img src="{base}/static/auteurs/yann-le-meur.jpg" alt=""><p><strong>Yann Le Meur</strong> est historien des transports. Il a été aiguilleur à Saint-Brieuc pendant vingt ans avant de consacrer une thèse aux lignes secondaires de l’Ouest.</p></aside>
<div class="article-disclaimer"><p>Les chroniques publiées dans Ouest-France n’engagent que leurs auteurs.</p></div>
<section class="comments"><h2>Réagir</h2><p>La rédaction vous propose de réagir à cet article. <a href="{base}/compte/">Connectez-vous</a> pour commenter.</p></section>
</article>
<aside class="sidebar"><div class="newsletter"><p class="newsletter__title">La newsletter Opinion</p><p>Éditoriaux, chroniques et points de vue, chaque samedi.</p><button>Je m’inscris</button></div><div class="pub pub--pave" id="ofpave1"><span class="pub__label">Publicité</span></div></aside>
<section class="reco"><h2 class="reco__head">Ouest-France vous recommande</h2><ul>{reco}</ul></section>
</main>
<footer class="footer-main"><p>© Ouest-France 2027</p><ul><li><a href="{base}/mentions-legales/">Mentions légales</a></li><li><a href="{base}/donnees-personnelles/">Données personnelles</a></li><li><a href="{base}/contact/">Contact</a></li></ul></footer>
<script src="{base}/static/js/article.a90b12.js" defer></script>
</body>
</html>
"""
    )
    write(
        "03_ouestfrance_own_front_chronique_role_bio_blockquote",
        page,
        {
            "title": title,
            "publication": "Ouest-France",
            "author": "Yann Le Meur",
            "section": "Opinion",
            "date": datetime.date(2027, 5, 9),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Ouest-France's own front, opinion column. JSON-LD OpinionNewsArticle "
            "without articleSection, no article:section: the breadcrumb's last item 'Opinion' "
            "beats the kicker 'Chronique'. <title> and og:title 'CHRONIQUE. …' (h1 without the "
            "prefix; <title> adds ' | Ouest-France'); og:site_name 'Ouest-France.fr', "
            "publisher and footer 'Ouest-France'. Saved-from comment after the doctype (the "
            "canonical, same address, wins). "
            "Byline: name link + p.signature__role 'Historien des transports' (a role). Block "
            "quotation of one paragraph with a footer/cite source (not text) after an "
            "introducing paragraph; the last paragraph opens with the headline's words. Author "
            "bio and disclaimer after the body, ad inside it; 'Publié le 09/05/2027 à 06h00'.",
        },
    )


def page04() -> None:
    """Ici Beyrouth: WordPress + Yoast, AFP dispatch with the agency as the WordPress user."""
    base = "https://icibeyrouth.com"
    url = f"{base}/economie/412387/dans-la-bekaa-les-apiculteurs-face-a-une-saison-noire"
    title = "Dans la Békaa, les apiculteurs face à une saison noire"
    p = [
        "Zahlé (Liban) (AFP) - Devant ses ruches alignées au pied d'un coteau pelé, Georges "
        "Maalouf soulève un cadre presque vide. « L'an dernier, à la même époque, j'en tirais "
        "trois kilos. Cette année, à peine quelques cuillères », soupire cet apiculteur de 58 "
        "ans, installé près de Zahlé, dans la plaine de la Békaa.",
        "Comme lui, des centaines d'apiculteurs de l'est du Liban affrontent l'une des pires "
        "saisons dont ils se souviennent. Un printemps trop court, suivi de vagues de chaleur "
        "dès la fin mai, a brûlé les fleurs de thym et de chardon dont se nourrissent les "
        "abeilles.",
        "Selon une coopérative de la région qui regroupe 140 producteurs, la récolte de miel "
        "d'été a chuté d'environ 60 % par rapport à la moyenne des cinq dernières années. "
        "Certains de ses membres ont perdu plus de la moitié de leurs colonies.",
        "« Les abeilles meurent de faim et de soif. On leur donne du sirop de sucre, mais le "
        "sucre coûte cher et ce n'est pas du miel », explique Rana Khoury, qui dirige cette "
        "coopérative depuis six ans.",
        "La crise économique qui frappe le pays aggrave la situation. Les traitements contre le "
        "varroa, un acarien parasite, sont importés et payés en dollars, tout comme la cire et "
        "les cadres. Beaucoup de petits producteurs ont renoncé à traiter leurs ruches.",
        "Sur les marchés de Beyrouth, le kilo de miel de montagne dépasse désormais 35 dollars, "
        "un prix inaccessible pour de nombreuses familles. Des lots importés, bien moins chers, "
        "gagnent du terrain dans les supermarchés.",
        "À Zahlé, Georges Maalouf a décidé de transporter une partie de ses ruches vers les "
        "hauteurs du Mont-Liban, où la floraison est plus tardive. Le voyage, de nuit, lui "
        "coûtera l'équivalent d'un mois de revenus. « Si je ne le fais pas, je n'aurai plus rien "
        "à déplacer l'an prochain », dit-il.",
        "Les apiculteurs de la coopérative réclament un fonds d'urgence et un accès facilité aux "
        "traitements vétérinaires. Aucun dispositif de ce type n'a été annoncé à ce stade.",
    ]
    p = [texturize(x) for x in p]
    read_also = (
        '<div class="read-also"><span class="read-also__label">Lire aussi</span>'
        f'<a href="{base}/economie/409112/les-agriculteurs-de-la-bekaa-face-a-la-penurie-d-eau">'
        "Les agriculteurs de la Békaa face à la pénurie d&#8217;eau</a></div>"
    )
    body = "\n".join(
        [
            paras(*p[:3]),
            read_also,
            paras(*p[3:5]),
            '<div class="ib-ad ib-ad--inarticle"><div id="div-gpt-ad-inarticle-1"></div></div>',
            paras(*p[5:]),
        ]
    )
    person = f"{base}/#/schema/person/5b1d0f3e9c"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": "AFP", "@id": person},
                "headline": title,
                "datePublished": "2027-09-18T07:35:12+00:00",
                "dateModified": "2027-09-18T07:35:12+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 402,
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "keywords": ["Apiculture", "Békaa", "Liban"],
                "articleSection": ["Économie", "Liban"],
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - Ici Beyrouth",
                "isPartOf": {"@id": f"{base}/#website"},
                "datePublished": "2027-09-18T07:35:12+00:00",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "ImageObject",
                "@id": f"{url}#primaryimage",
                "url": f"{base}/wp-content/uploads/2027/09/ruches-bekaa.jpg",
                "caption": "Un apiculteur inspecte ses ruches près de Zahlé, le 16 septembre 2027. (Photo Karim Saleh / AFP)",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Économie",
                        "item": base + "/economie/",
                    },
                    {"@type": "ListItem", "position": 3, "name": title},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base + "/",
                "name": "Ici Beyrouth",
                "publisher": {"@id": f"{base}/#organization"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Ici Beyrouth",
                "url": base + "/",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/2022/03/logo-ici-beyrouth.png",
                },
            },
            {
                "@type": "Person",
                "@id": person,
                "name": "AFP",
                "url": f"{base}/author/afp/",
            },
        ],
    }
    nav = menu(
        6004,
        "menu",
        base,
        ["Liban", "Moyen-Orient", "Monde", "Économie", "Culture", "Sport", "Opinion"],
        7,
    )
    latest = "".join(
        f'<li class="latest__item"><a href="{t["url"]}"><span class="latest__time">{t["date"][5:]}</span> {t["title"]}</a></li>'
        for t in teasers(604, 14, base, FILLER)
    )
    grid = "".join(
        f'<div class="post-card"><a href="{t["url"]}"><img src="{t["image"]}" alt=""></a><span class="post-card__cat">{t["section"]}</span><h3 class="post-card__title"><a href="{t["url"]}">{t["title"]}</a></h3></div>'
        for t in teasers(6041, 12, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This site is optimized with the Yoast SEO plugin v23.4 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{title} - Ici Beyrouth</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{title} - Ici Beyrouth">
<meta property="og:description" content="Dans la plaine de la Békaa, la récolte de miel d&#8217;été a chuté d&#8217;environ 60 %, selon une coopérative locale.">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Ici Beyrouth">
<meta property="article:publisher" content="https://www.facebook.com/icibeyrouth">
<meta property="article:published_time" content="2027-09-18T07:35:12+00:00">
<meta property="og:image" content="{base}/wp-content/uploads/2027/09/ruches-bekaa.jpg">
<meta name="author" content="AFP">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Écrit par">
<meta name="twitter:data1" content="AFP">
<meta name="twitter:label2" content="Durée de lecture estimée">
<meta name="twitter:data2" content="2 minutes">
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<!-- / Yoast SEO plugin. -->
<link rel="alternate" hreflang="fr" href="{url}">
<link rel="alternate" hreflang="en" href="https://thisisbeirut.com.lb/economy/412390/">
<link rel="stylesheet" id="icibeyrouth-style-css" href="{base}/wp-content/themes/icibeyrouth/dist/app.css?ver=3.2.7" media="all">
<style id="icibeyrouth-inline-css">{css_blob(6014, "ib", 280)}</style>
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="post-template-default single single-post postid-412387 single-format-standard category-economie">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message"><p>Nous utilisons des cookies pour optimiser notre site web et notre service.</p></div><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Préférences</button></div></div>
<header class="site-header"><div class="site-header__top"><span class="site-header__date">samedi 18 septembre 2027</span><ul class="lang-switch"><li class="current"><a href="{base}/">FR</a></li><li><a href="https://thisisbeirut.com.lb/">EN</a></li><li><a href="https://hunalebnan.com/">AR</a></li></ul></div><a class="site-header__logo" href="{base}/"><img src="{base}/wp-content/uploads/2022/03/logo-ici-beyrouth.svg" alt="Ici Beyrouth"></a><nav class="main-navigation">{nav}</nav></header>
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-412387" class="post-412387 post type-post status-publish format-standard has-post-thumbnail category-economie category-liban tag-apiculture tag-bekaa">
<header class="entry-header">
<div class="entry-categories"><a href="{base}/economie/" rel="category tag">Économie</a></div>
<h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="byline">Par <span class="author vcard"><a class="url fn n" href="{base}/author/afp/">AFP</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2027-09-18T10:35:12+03:00">18 septembre 2027</time></span> <span class="reading-time">2 min</span></div>
<div class="share-buttons"><a class="share-buttons__fb" href="#">Facebook</a><a class="share-buttons__x" href="#">X</a><a class="share-buttons__wa" href="#">WhatsApp</a><a class="share-buttons__li" href="#">LinkedIn</a></div>
</header>
<figure class="post-thumbnail"><img width="1200" height="800" src="{base}/wp-content/uploads/2027/09/ruches-bekaa.jpg" class="attachment-full wp-post-image" alt="" decoding="async"><figcaption class="wp-caption-text">Un apiculteur inspecte ses ruches près de Zahlé, le 16 septembre 2027. (Photo Karim Saleh / AFP)</figcaption></figure>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="tags-links">Mots-clés : <a href="{base}/tag/apiculture/" rel="tag">Apiculture</a>, <a href="{base}/tag/bekaa/" rel="tag">Békaa</a></span></footer>
</article>
<div class="newsletter-block"><h3>Inscrivez-vous à notre newsletter</h3><p>Recevez chaque matin l&#8217;essentiel de l&#8217;actualité libanaise.</p><form><input type="email" placeholder="Adresse e-mail"><button>S&#8217;inscrire</button></form></div>
<section class="related-posts"><h2 class="related-posts__title">À lire aussi</h2><div class="post-grid">{grid}</div></section>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_latest"><h2 class="widget-title">Dernières nouvelles</h2><ul>{latest}</ul></section><section class="widget widget_ad"><div id="div-gpt-ad-sidebar-1"></div></section></aside>
</div>
<footer class="site-footer"><div class="site-info">© 2027 Ici Beyrouth. Tous droits réservés.</div><ul class="footer-menu"><li><a href="{base}/qui-sommes-nous/">Qui sommes-nous</a></li><li><a href="{base}/contact/">Contact</a></li><li><a href="{base}/politique-de-confidentialite/">Politique de confidentialité</a></li></ul></footer>
<script id="icibeyrouth-app-js" src="{base}/wp-content/themes/icibeyrouth/dist/app.js?ver=3.2.7"></script>
</body>
</html>
"""
    write(
        "04_icibeyrouth_wordpress_yoast_afp_user_dateline",
        page,
        {
            "title": title,
            "publication": "Ici Beyrouth",
            "author": None,
            "agency": "AFP",
            "section": "Économie",
            "date": datetime.date(2027, 9, 18),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Ici Beyrouth on WordPress with a custom theme and Yoast. AFP dispatch "
            "credited to AFP alone: 'Par AFP' links to the WordPress user /author/afp/, the "
            "Yoast @graph makes 'AFP' a Person, meta author and twitter:data1 say 'AFP': no "
            "person, agency AFP. The first paragraph opens with the dateline 'Zahlé (Liban) "
            "(AFP) –' (kept). Caption '(Photo Karim Saleh / AFP)' is a photo credit. wptexturize "
            "entities (&#8217;, &#8211;). articleSection ['Économie', 'Liban'] -> 'Économie' "
            "(also the category link). Yoast datePublished 07:35:12+00:00 = 10:35 in Beirut, "
            "same day. 'Lire aussi' box and ad slot in the body; newsletter, related grid, "
            "latest-news sidebar, header date.",
        },
    )
