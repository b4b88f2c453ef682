# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout33/web (pan-African, France, Haiti)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page05() -> None:
    """Jeune Afrique: WordPress, analysis with h2/h3, 'Lire' box in the body, paywall cut."""
    base = "https://www.jeuneafrique.com"
    url = (
        f"{base}/1801234/politique/au-cameroun-la-bataille-de-la-succession-se-joue-aussi-a-douala/"
    )
    title = "Au Cameroun, la bataille de la succession se joue aussi à Douala"
    lead = (
        "Port, chambres consulaires, mairies d’arrondissement&nbsp;: dans la capitale "
        "économique, les réseaux des prétendants s’organisent en silence. Enquête sur une "
        "guerre de positions."
    )
    h2 = "Le port, nerf de la guerre"
    h3 = "Des maires sous pression"
    p = [
        "À Douala, personne ne prononce le mot. Dans les salons du quartier Bonapriso comme "
        "dans les bureaux du Port autonome, on parle de «&nbsp;l’après&nbsp;», de «&nbsp;la "
        "transition&nbsp;» ou, plus prudemment encore, de «&nbsp;ce qui viendra&nbsp;». Mais "
        "chacun sait que la succession se prépare ici autant qu’à Yaoundé.",
        "Depuis le remaniement du mois d’août, trois personnalités au moins ont renforcé "
        "leur présence dans la métropole du Littoral. Toutes disposent de relais au sein du "
        "parti au pouvoir, et toutes savent que rien ne se fera sans les milieux d’affaires "
        "doualais.",
        "Premier employeur de la ville, le Port autonome de Douala brasse chaque année plus "
        "de 14&nbsp;millions de tonnes de marchandises. Son conseil d’administration a été "
        "renouvelé en octobre, et la composition retenue a surpris jusque dans les rangs du "
        "ministère des Transports.",
        "«&nbsp;Deux des nouveaux administrateurs n’ont aucun lien avec le secteur maritime. "
        "Leur seule qualité, c’est leur proximité avec un ministre&nbsp;», confie un cadre de "
        "l’établissement, sous couvert d’anonymat.",
        "Dans les six mairies d’arrondissement de la ville, les élus sont eux aussi "
        "sollicités. Plusieurs d’entre eux racontent avoir reçu, ces dernières semaines, des "
        "visites d’émissaires venus «&nbsp;prendre la température&nbsp;».",
    ]
    read_box = (
        '<div class="article-related-inline"><span class="article-related-inline__label">Lire</span>'
        f'<a href="{base}/1789001/politique/cameroun-ce-que-revele-le-remaniement-du-mois-daout/">'
        "Cameroun : ce que révèle le remaniement du mois d’août</a></div>"
    )
    paywall = (
        '<div class="paywall-box" id="paywall"><p class="paywall-box__title">Cet article est '
        "réservé aux abonnés</p><p>Il vous reste 74&nbsp;% de cet article à lire.</p>"
        "<p>Abonnez-vous à partir de 1&nbsp;€ le premier mois pour lire la suite.</p>"
        f'<a class="btn" href="{base}/abonnements/">Je m’abonne</a> <a href="{base}/login/">Se '
        "connecter</a></div>"
    )
    body = "\n".join(
        [
            paras(*p[:2]),
            read_box,
            f"<h2>{h2}</h2>",
            paras(*p[2:4]),
            '<div class="ja-ad ja-ad--inread"><div id="div-gpt-ad-inread"></div><span>Publicité</span></div>',
            f"<h3>{h3}</h3>",
            paras(*p[4:]),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": flat(lead),
        "articleSection": "Politique",
        "datePublished": "2026-12-02T17:45:00+01:00",
        "dateModified": "2026-12-03T09:12:00+01:00",
        "author": {
            "@type": "Person",
            "name": "Florent Ndzana",
            "url": f"{base}/auteurs/florent-ndzana/",
        },
        "publisher": {"@type": "NewsMediaOrganization", "name": "Jeune Afrique"},
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".article-content",
        },
        "mainEntityOfPage": url,
    }
    nav = menu(
        3305,
        "menu-header",
        base,
        ["Politique", "Économie", "Culture", "Société", "Sport", "Pays", "Jeune Afrique Business+"],
        10,
    )
    more = "".join(
        f'<article class="thumbnail"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><span class="thumbnail__country">{t["section"]}</span><h3 class="thumbnail__title">{t["title"]}</h3></a></article>'
        for t in teasers(335, 24, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – Jeune Afrique</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{title} – Jeune Afrique">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="JeuneAfrique.com">
<meta property="article:published_time" content="2026-12-02T16:45:00+00:00">
<meta property="article:modified_time" content="2026-12-03T08:12:00+00:00">
<meta property="article:section" content="Politique">
{json_script(ld)}
<link rel="stylesheet" id="ja-theme-css" href="{base}/wp-content/themes/jeuneafrique/dist/app.css?ver=5.3.2">
<style id="ja-inline-css">{css_blob(3315, "ja", 340)}</style>
<script id="ja-paywall-js-extra">var jaPaywall = {{"status":"locked","visibleParagraphs":5,"offer":"digital-1e"}};</script>
</head>
<body class="post-template-default single single-post postid-1801234 single-format-standard is-premium">
<div id="didomi-host"><div class="didomi-notice"><p>Jeune Afrique et ses partenaires utilisent des cookies pour mesurer l’audience et vous proposer des publicités adaptées.</p><button id="didomi-notice-agree-button">Accepter</button><button>Refuser</button></div></div>
<header class="site-header"><a class="site-header__logo" href="{base}/"><img src="{base}/wp-content/themes/jeuneafrique/logo-ja.svg" alt="Jeune Afrique"></a><nav class="main-navigation">{nav}</nav><a class="site-header__subscribe" href="{base}/abonnements/">S’abonner</a></header>
<main id="main" class="site-main">
<article id="post-1801234" class="post type-post status-publish has-post-thumbnail category-politique tag-cameroun">
<header class="article-header">
<div class="article-header__kicker"><a class="kicker kicker--country" href="{base}/pays/cameroun/">Cameroun</a> <span class="badge badge--premium">Réservé aux abonnés</span></div>
<h1 class="article-header__title">{title}</h1>
<div class="article-header__chapo">{lead}</div>
<div class="article-header__meta"><span class="author">Par <a href="{base}/auteurs/florent-ndzana/">Florent Ndzana</a> - Envoyé spécial à Douala</span> <span class="date">Publié le 2 décembre 2026 Lecture : 6 minutes.</span> <span class="updated">Mis à jour le 3 décembre 2026 à 09:12</span></div>
<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">WhatsApp</a><button>Offrir cet article</button></div>
</header>
<figure class="article-thumbnail"><img src="{base}/medias/2026/12/02/douala-port.jpg" alt=""><figcaption>Le Port autonome de Douala, en 2025. © Max Mbakop pour JA</figcaption></figure>
<div class="article-content">
{body}
</div>
{paywall}
</article>
<section class="related-posts"><h2>Dans le même dossier</h2>{more}</section>
</main>
<footer class="site-footer"><p>© Jeune Afrique 2026, tous droits réservés</p></footer>
</body>
</html>
"""
    write(
        "05_jeuneafrique_wordpress_paywall_analyse",
        page,
        {
            "title": title,
            "publication": "Jeune Afrique",
            "author": "Florent Ndzana",
            "section": "Politique",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [h2, h3],
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "WordPress with a paywall: five paragraphs under an h2 and an h3, then the "
            "box 'Cet article est réservé aux abonnés / Il vous reste 74 % …' (incomplete); "
            "isAccessibleForFree false; 'Réservé aux abonnés' badge. Byline 'Par A - Envoyé "
            "spécial à Douala' (role and place dropped). articleSection and article:section "
            "'Politique' beat the country kicker 'Cameroun'. og:site_name 'JeuneAfrique.com', "
            "publisher and footer 'Jeune Afrique'. 'Publié le 2 décembre 2026 Lecture : 6 "
            "minutes.' and 'Mis à jour le 3 décembre'. 'Lire' box and ad inside the body; "
            "SPIP-like « &nbsp;» spacing; caption credit.",
        },
    )


def page06() -> None:
    """Sud Ouest: microdata only (no JSON-LD), data table, email in the byline, breadcrumb."""
    base = "https://www.sudouest.fr"
    url = f"{base}/gironde/bordeaux/immobilier-a-bordeaux-les-prix-reculent-dans-presque-tous-les-quartiers-22713456.php"
    title = "Immobilier à Bordeaux : les prix reculent dans presque tous les quartiers"
    lead = (
        "Selon les chiffres des notaires de la Gironde, le prix médian des appartements "
        "anciens a baissé de 4,1&nbsp;% en un an. Seul le quartier de la Bastide résiste."
    )
    before = [
        "La baisse se confirme, et elle s’accélère. D’après les données publiées mardi par la "
        "Chambre des notaires de la Gironde, le prix médian d’un appartement ancien à Bordeaux "
        "s’établit à 4&nbsp;180&nbsp;euros le mètre carré fin octobre, contre 4&nbsp;360 un an "
        "plus tôt.",
        "« Les acheteurs sont revenus, mais ils négocient beaucoup plus », observe Me Hélène "
        "Castagnet, notaire à Bordeaux et vice-présidente de la chambre. Les délais de vente "
        "atteignent désormais 97 jours en moyenne.",
        "Le recul touche presque tous les secteurs de la ville :",
    ]
    rows = [
        ("Quartier", "Octobre 2025", "Octobre 2026", "Évolution"),
        ("Chartrons", "4 850 €", "4 610 €", "– 4,9 %"),
        ("Saint-Pierre", "5 120 €", "4 930 €", "– 3,7 %"),
        ("Caudéran", "4 470 €", "4 240 €", "– 5,1 %"),
        ("Bastide", "3 910 €", "3 980 €", "+ 1,8 %"),
        ("Saint-Augustin", "4 020 €", "3 820 €", "– 5,0 %"),
    ]
    after = [
        "La Bastide fait figure d’exception. L’arrivée de nouveaux équipements autour de la "
        "place Stalingrad et la livraison des derniers immeubles du quartier Brazza soutiennent "
        "la demande, selon les notaires.",
        "Pour les primo-accédants, la détente reste relative. Avec un taux moyen de 3,45&nbsp;% "
        "sur vingt ans, un ménage doit toujours gagner plus de 5&nbsp;300&nbsp;euros net par "
        "mois pour acheter un trois-pièces de 65&nbsp;m² dans le centre.",
        "Les professionnels n’attendent pas de retournement avant le second semestre 2027. "
        "« Le marché se purge, il ne s’effondre pas », résume Me Castagnet.",
    ]
    table_rows = []
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        table_rows.append("<tr>" + " ".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>")
    table = (
        '<div class="article-table"><table class="table-data"><caption>Prix médian au m² des '
        "appartements anciens, par quartier (source : notaires de la Gironde)</caption>"
        f"<thead>{table_rows[0]}</thead><tbody>{''.join(table_rows[1:])}</tbody></table></div>"
    )
    read_also = (
        '<div class="article-read-also"><span class="article-read-also__label">Lire aussi</span>'
        f'<a href="{base}/gironde/bordeaux/logement-a-bordeaux-la-ville-encadre-les-loyers-depuis-un-an-22501133.php">'
        "Logement à Bordeaux : l’encadrement des loyers a un an, premier bilan</a></div>"
    )
    body = "\n".join(
        [
            paras(*before[:2]),
            read_also,
            paras(*before[2:]),
            table,
            '<div class="ad-slot ad-slot--inread" id="inread_1"><span>Publicité</span></div>',
            paras(*after),
        ]
    )
    comments = "".join(
        f'<div class="comment"><span class="comment__pseudo">{n}</span> <span class="comment__date">le 02/12/2026 à {h}</span><p>{c}</p></div>'
        for n, h, c in [
            ("Gironde33", "08h12", "Il était temps, les prix étaient devenus délirants."),
            (
                "jpl.merignac",
                "09h47",
                "Baisse de 4 % après +40 % en dix ans, on reste très loin du compte.",
            ),
        ]
    )
    nav = menu(
        3306,
        "menu-nav",
        base,
        ["Gironde", "Landes", "Pyrénées-Atlantiques", "Dordogne", "Charente", "Sport", "Économie"],
        9,
    )
    more = "".join(
        f'<li class="article-list__item"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><span>{t["title"]}</span></a></li>'
        for t in teasers(336, 28, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{title} - Sud Ouest.fr</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="SudOuest.fr">
<meta property="og:image" content="https://media.sudouest.fr/22713456/1200x-1/bordeaux-immobilier.jpg">
<style>{css_blob(3316, "so", 320)}</style>
<script>var tc_vars={{"page_type":"article","article_id":"22713456","rubrique":"gironde","sous_rubrique":"bordeaux","acces":"gratuit"}};</script>
</head>
<body class="page-article">
<div id="sd-cmp" class="sd-cmp"><div class="sd-cmp__box"><p>Sud Ouest et ses partenaires utilisent des traceurs pour améliorer votre expérience.</p><button class="sd-cmp__accept">Accepter et continuer</button><button class="sd-cmp__refuse">Continuer sans accepter</button></div></div>
<header class="header"><a class="header__logo" href="{base}/"><img src="{base}/img/logo-sud-ouest.svg" alt="Sud Ouest"></a><nav class="header__menu">{nav}</nav><a class="header__abo" href="{base}/abonnement/">S’abonner</a></header>
<main class="main">
<nav class="breadcrumb"><a href="{base}/">Accueil</a> <span>›</span> <a href="{base}/gironde/">Gironde</a> <span>›</span> <a href="{base}/gironde/bordeaux/">Bordeaux</a></nav>
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="mainEntityOfPage" content="{url}">
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Sud Ouest"></div>
<header class="article__header">
<h1 class="article__title" itemprop="headline">{title}</h1>
<p class="article__intro" itemprop="description">{lead}</p>
<div class="article__signature"><span class="article__author" itemprop="author" itemscope itemtype="https://schema.org/Person">Par <span itemprop="name">Thomas Larrieu</span></span> - <a class="article__mail" href="mailto:t.larrieu@sudouest.fr">t.larrieu@sudouest.fr</a></div>
<div class="article__dates"><time itemprop="datePublished" datetime="2026-12-02T06:00:00+01:00">Publié le 02/12/2026 à 6h00</time>. <time itemprop="dateModified" datetime="2026-12-02T11:37:00+01:00">Mis à jour le 02/12/2026 à 11h37</time>.</div>
<div class="article__share"><button>Partager</button><button>Commenter</button><button>Sauvegarder</button></div>
</header>
<figure class="article__media"><img src="https://media.sudouest.fr/22713456/1000x500/bordeaux-immobilier.jpg" alt="" itemprop="image"><figcaption>Des immeubles du quartier des Chartrons, à Bordeaux. <span class="article__credit">Guillaume Bonnaud / SO</span></figcaption></figure>
<div class="article__body" itemprop="articleBody">
{body}
</div>
<div class="article__newsletter"><p class="newsletter__title">Newsletter Bordeaux</p><p>Recevez chaque matin l’essentiel de l’actualité bordelaise.</p><input type="email"><button>S’inscrire</button></div>
</article>
<section class="comments"><h2>Réactions</h2><p class="comments__count">2 commentaires</p>{comments}</section>
<section class="related"><h2>Sur le même sujet</h2><ul class="article-list">{more}</ul></section>
</main>
<footer class="footer"><p>© Sud Ouest 2026 - Tous droits réservés</p><ul><li><a href="{base}/mentions-legales/">Mentions légales</a></li><li><a href="{base}/contact/">Contact</a></li></ul></footer>
</body>
</html>
"""
    write(
        "06_sudouest_microdata_table_breadcrumb",
        page,
        {
            "title": title,
            "publication": "Sud Ouest",
            "author": "Thomas Larrieu",
            "section": "Bordeaux",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in before]
            + [" ".join(r) for r in rows]
            + [flat(x) for x in after],
            "notes": "No JSON-LD: schema.org microdata only (itemprop headline, author, "
            "datePublished, articleBody). Byline 'Par A' followed by the journalist's e-mail "
            "(not a name). Data table of six rows, header row included, each row one paragraph "
            "with its cells joined by a space; the table <caption> is chrome. No section in the "
            "metadata: breadcrumb last item 'Bordeaux'. og:site_name 'SudOuest.fr' and <title> "
            "'- Sud Ouest.fr', publisher and footer 'Sud Ouest'. 'Lire aussi' box and ad "
            "inside the body; newsletter; comments dated the same day; 'Publié le 02/12/2026 "
            "à 6h00. Mis à jour …'.",
        },
    )


def page07() -> None:
    """Libération: Arc XP film review, blockquote pull quote, closing credits paragraph."""
    base = "https://www.liberation.fr"
    url = f"{base}/culture/cinema/les-heures-claires-de-yasmine-benali-la-lumiere-apres-lorage-20261202_K7QW2ERTBFGHN3XZ5YLP4MDUCA/"
    title = "«Les Heures claires», la lumière après l’orage"
    lead = (
        "Pour son deuxième long métrage, la Marseillaise Yasmine Benali suit une famille "
        "de pêcheurs de l’Estaque au lendemain d’un naufrage. Un film d’une douceur obstinée."
    )
    p = [
        "Il y a d’abord ce plan, long, presque immobile&nbsp;: une barque retournée sur les "
        "galets, et une femme qui la regarde sans rien dire. <em>Les Heures claires</em> "
        "s’ouvre sur ce qui reste après la catastrophe, et n’en montrera jamais davantage. Le "
        "naufrage qui a emporté le fils aîné des Ferrandi n’est ni reconstitué ni raconté.",
        "Yasmine Benali, dont le premier film, <em>Sel</em>, avait été remarqué à la Semaine de "
        "la critique en 2022, préfère filmer les gestes qui reprennent&nbsp;: réparer un "
        "filet, vendre le poisson des autres, rouvrir le café du port. Le deuil passe par les "
        "mains avant de passer par les mots.",
        "Nadia Kaci, immense, prête à la mère une dureté qui se fissure par éclats. Face à "
        "elle, le jeune Rayan Mezzour, découvert dans un atelier de théâtre des quartiers "
        "Nord, a la gaucherie juste d’un garçon qui doit devenir l’homme de la maison sans "
        "l’avoir demandé.",
        "On pourra reprocher au film quelques facilités, une musique trop présente dans le "
        "dernier tiers, une scène de réconciliation un peu appuyée. Mais la cinéaste a cette "
        "qualité rare de ne jamais regarder ses personnages de haut&nbsp;: elle reste à leur "
        "hauteur, sur le quai, dans la lumière blanche de décembre.",
        "C’est cette lumière, justement, qui donne son titre au film et sa tonalité. Le chef "
        "opérateur Julien Poupard filme l’Estaque comme un lieu d’hiver, sans carte postale, "
        "où le soleil bas finit par tout adoucir.",
        "<em>Les Heures claires</em> de Yasmine Benali avec Nadia Kaci, Rayan Mezzour, Tewfik "
        "Jallab… 1&nbsp;h&nbsp;44. En salles mercredi.",
    ]
    quote = "Le deuil passe par les mains avant de passer par les mots."
    body = "\n".join(
        [
            paras(*p[:2], attrs='class="article-body-paragraph"'),
            f'<blockquote class="article-body-pullquote"><p>{quote}</p></blockquote>',
            paras(*p[2:4], attrs='class="article-body-paragraph"'),
            '<div class="ad-container"><div class="ad-label">Publicité</div><div id="dfp-inread"></div></div>',
            paras(*p[4:], attrs='class="article-body-paragraph"'),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "description": flat(lead),
        "datePublished": "2026-12-02T13:12:00Z",
        "dateModified": "2026-12-02T13:12:00Z",
        "author": [
            {"@type": "Person", "name": "Camille Ravier", "url": f"{base}/auteur/camille-ravier/"}
        ],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Libération"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "isAccessibleForFree": True,
    }
    fusion = {
        "_id": "K7QW2ERTBFGHN3XZ5YLP4MDUCA",
        "type": "story",
        "headlines": {"basic": flat(title)},
        "subheadlines": {"basic": flat(lead)},
        "label": {"basic": {"text": "Critique"}},
        "taxonomy": {"primary_section": {"_id": "/culture/cinema", "name": "Cinéma"}},
        "credits": {"by": [{"name": "Camille Ravier"}]},
        "content_elements": [{"type": "text", "content": x} for x in p],
    }
    fusion_js = json.dumps(fusion, ensure_ascii=False).replace("</", "<\\/")
    nav = menu(
        3307,
        "nav-list",
        base,
        ["Politique", "International", "Société", "Culture", "Idées", "Environnement", "Lifestyle"],
        8,
    )
    same = "".join(
        f'<article class="story-card"><a href="{t["url"]}"><span class="story-card__label">Critique</span><h3 class="story-card__headline">{t["title"]}</h3></a></article>'
        for t in teasers(337, 18, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{flat(title)} – Libération</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{flat(lead)}">
<meta property="og:title" content="{flat(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Libération">
<meta property="article:published_time" content="2026-12-02T13:12:00Z">
<style>{css_blob(3317, "lib", 300)}</style>
{json_script(ld)}
<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{{}};Fusion.arcSite="liberation";Fusion.contentSource="content-api";Fusion.globalContent={fusion_js};</script>
</head>
<body>
<div id="fusion-app" class="fusion-app">
<div id="didomi-host"><div class="didomi-popup-notice"><p>Nous et nos partenaires utilisons des cookies pour mesurer l’audience et personnaliser les contenus.</p><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-disagree-button">Refuser</button></div></div>
<header class="header"><a href="{base}/" class="header-logo" aria-label="Libération"><svg viewBox="0 0 200 40"><path d="M0 0h40v40H0z"/></svg></a><nav>{nav}</nav><a class="header-subscribe" href="{base}/abonnement/">S’abonner</a></header>
<main class="main-content">
<nav class="breadcrumb"><a href="{base}/culture/">Culture</a> <span class="sep">/</span> <a href="{base}/culture/cinema/">Cinéma</a></nav>
<article class="article-wrapper">
<header class="article-header">
<div class="article-label"><span class="label-text">Critique</span></div>
<h1 class="article-headline">{title}</h1>
<h2 class="article-subheadline">{lead}</h2>
<div class="article-byline"><span class="byline-prefix">par</span> <a class="byline-author" href="{base}/auteur/camille-ravier/">Camille Ravier</a></div>
<div class="article-dates"><span class="date-published">publié le 2 décembre 2026 à 14h12</span></div>
<div class="article-share"><button aria-label="Partager">Partager</button><button aria-label="Commenter">0 commentaire</button></div>
</header>
<figure class="article-lead-art"><img src="{base}/resizer/heures-claires.jpg" alt=""><figcaption><span class="caption-text">Nadia Kaci dans «les Heures claires».</span> <span class="caption-credit">(Haut et Court)</span></figcaption></figure>
<div class="article-body">
{body}
</div>
<div class="article-newsletter"><p class="newsletter-title">Culture</p><p>Chaque vendredi, les choix de la rédaction : cinéma, livres, musique, expos.</p><button>S’inscrire</button></div>
</article>
<section class="same-section"><h2 class="same-section__title">Dans la même rubrique</h2>{same}</section>
</main>
<footer class="footer"><p>© Libération 2026</p></footer>
</div>
</body>
</html>
"""
    write(
        "07_liberation_arcxp_critique_pullquote",
        page,
        {
            "title": flat(title),
            "publication": "Libération",
            "author": "Camille Ravier",
            "section": "Cinéma",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": "Arc XP film review. Standfirst an h2.article-subheadline. "
            "blockquote.article-body-pullquote repeats a sentence of the second paragraph. "
            "The closing credits line ('Les Heures claires de … 1 h 44. En salles mercredi.') "
            "is a body paragraph and counts. No articleSection or article:section: breadcrumb "
            "'Culture / Cinéma' gives 'Cinéma' before the label 'Critique'. Byline 'par A' in "
            "lower case. 'publié le 2 décembre 2026 à 14h12', JSON-LD 13:12Z. Caption credit "
            "in parentheses; ad in the body; Fusion.globalContent repeats the text; Didomi.",
        },
    )


def page08() -> None:
    """Le Nouvelliste (Haiti): Open Graph only, text split by <br>, capitals, visible date."""
    base = "https://lenouvelliste.com"
    url = f"{base}/article/251873/a-jacmel-les-artisans-du-carnaval-preparent-deja-2027"
    title = "À Jacmel, les artisans du carnaval préparent déjà 2027"
    sub = "Un savoir-faire menacé"
    segments = [
        "Dans l’atelier de Wilner Jean-Baptiste, rue Sainte-Anne, les masques de papier "
        "mâché sèchent sur des cordes tendues d’un mur à l’autre. Des diables rouges, des "
        "zèbres, des lions aux crinières de raphia. « Le carnaval, ça se prépare un an "
        "d’avance. Quand les autres rangent les costumes, nous, on recommence », sourit "
        "l’artisan de 58 ans.",
        "Comme lui, une quarantaine de familles jacméliennes vivent en partie de la "
        "fabrication des masques et des costumes. Le carnaval de Jacmel, réputé pour ses "
        "créations en papier mâché, attire chaque année des milliers de visiteurs venus de "
        "Port-au-Prince, de la diaspora et de l’étranger.",
        "Mais le métier se transmet de moins en moins. Sur les six apprentis que Wilner "
        "Jean-Baptiste a formés depuis 2015, quatre ont quitté le pays. « Les jeunes "
        "apprennent vite, ils ont du talent, mais ils ne voient pas d’avenir ici », "
        "regrette-t-il.",
        "Le prix des matériaux complique aussi la tâche. Le sac de colle est passé de 1 250 à "
        "2 900 gourdes en deux ans, et la peinture importée se fait rare. Certains artisans "
        "reviennent aux pigments naturels, tirés du roucou ou du charbon de bois.",
        "La mairie de Jacmel promet un atelier collectif dans l’ancienne halle du marché, où "
        "les artisans pourraient partager outils et stocks. Le projet, estimé à 18 millions "
        "de gourdes, attend toujours un financement.",
        "En attendant, Wilner Jean-Baptiste continue de tailler ses moules dans la terre "
        "glaise. Son prochain masque, un immense oiseau aux ailes déployées, devrait défiler "
        "en février 2027. « Si Dieu le veut », ajoute-t-il.",
    ]
    read_also = (
        f'<strong>Lire aussi :</strong> <a href="{base}/article/249902/carnaval-2026-jacmel-'
        'fait-le-plein-malgre-la-crise">Carnaval 2026 : Jacmel fait le plein malgré la crise</a>'
    )
    sep = "<br />\n<br />\n"
    text = sep.join(
        [segments[0], segments[1], read_also, segments[2], f"<strong>{sub}</strong>", *segments[3:]]
    )
    comments = "".join(
        f'<div class="comment"><div class="comment-author">{n}</div><div class="comment-text">{c}</div></div>'
        for n, c in [
            ("Marie-Ange P.", "Bravo à ces artisans, Jacmel ne serait rien sans eux."),
            ("Frantz D.", "Il faut que le ministère de la Culture s’implique vraiment."),
        ]
    )
    nav = menu(
        3308,
        "menu",
        base,
        ["National", "Économie", "Culture", "Sports", "Société", "Éditorial", "Le Nouvelliste TV"],
        6,
    )
    latest = "".join(
        f'<li><a href="{t["url"]}">{t["title"]}</a></li>' for t in teasers(338, 20, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - Le Nouvelliste</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Dans l’atelier de Wilner Jean-Baptiste, rue Sainte-Anne, les masques de papier mâché sèchent sur des cordes.">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Le Nouvelliste">
<meta property="og:image" content="{base}/public/generated/images/articles/251873.jpg">
<link rel="stylesheet" href="{base}/public/css/app.css?v=20261115">
<style>{css_blob(3318, "ln", 240)}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-LN2026"></script>
</head>
<body>
<div class="topbar"><div class="container"><span class="today">Mercredi 2 décembre 2026</span> <span class="rate">Taux de référence BRH : 131,85 gourdes</span></div></div>
<header class="header"><div class="container"><a class="logo" href="{base}/"><img src="{base}/public/images/logo.png" alt="Le Nouvelliste"></a><nav class="main-menu">{nav}</nav></div></header>
<div class="container main">
<div class="row">
<div class="col-md-8">
<div class="article" id="article">
<div class="article-category"><a href="{base}/section/3/culture">Culture</a></div>
<h1 class="article-title">{title}</h1>
<div class="article-meta"><span class="author"><a href="{base}/auteur/412/jean-robert-fleuristal">Jean-Robert FLEURISTAL</a></span> <span class="date">Publié le 1er décembre 2026</span></div>
<div class="social-share"><a href="#" class="fb">Partager</a><a href="#" class="tw">Tweeter</a><a href="#" class="wa">WhatsApp</a></div>
<div class="article-image"><img src="{base}/public/generated/images/articles/251873.jpg" alt=""><p class="legend">Des masques en papier mâché dans l’atelier de Wilner Jean-Baptiste, à Jacmel. Photo : Jean-Robert Fleuristal</p></div>
<div class="article-text" id="article-text">
{text}
</div>
<div class="article-tags"><span>Mots-clés :</span> <a href="#">Jacmel</a> <a href="#">Carnaval</a> <a href="#">Artisanat</a></div>
<div class="author-box"><p><strong>Jean-Robert FLEURISTAL</strong> Journaliste au Nouvelliste depuis 2009, correspondant dans le Sud-Est.</p></div>
<div class="comments"><h3>Réagir à cet article</h3>{comments}</div>
</div>
</div>
<div class="col-md-4 sidebar"><div class="block"><h3>Dernières nouvelles</h3><ul>{latest}</ul></div><div class="ad-box"><span>Publicité</span></div></div>
</div>
</div>
<footer class="footer"><div class="container"><p>© 2026 Le Nouvelliste. Tous droits réservés. 198, rue du Centre, Port-au-Prince, Haïti.</p></div></footer>
</body>
</html>
"""
    write(
        "08_lenouvelliste_custom_br_opengraph",
        page,
        {
            "title": title,
            "publication": "Le Nouvelliste",
            "author": "Jean-Robert Fleuristal",
            "section": "Culture",
            "date": datetime.date(2026, 12, 1),
            "source_url": url,
            "subheads": [sub],
            "paragraphs": [flat(x) for x in segments],
            "notes": "Custom PHP site, Open Graph only: no JSON-LD, no microdata, no canonical "
            "(og:url), no article:published_time: the only date is the visible 'Publié le 1er "
            "décembre 2026' (the top bar shows the day's date, 2 December). The text is one div "
            "split only by <br /><br />: six segments are paragraphs, a <strong> line is a "
            "subhead, a 'Lire aussi :' line with a link is chrome. Byline in capitals 'Jean-Robert "
            "FLEURISTAL' → natural casing; photo credit and author box repeat the name. Kicker "
            "'Culture' is the only section source. Comments, sidebar, exchange-rate bar.",
        },
    )
