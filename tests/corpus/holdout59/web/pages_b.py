# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout59/web (Belgium, Canada)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, saved_from, teasers, wp, write


def page05() -> None:
    """Sudinfo: Rossel's platform, no JSON-LD, kicker 'MONS' the only section, list, 'Lire aussi'."""
    base = "https://www.sudinfo.be"
    url = f"{base}/id882614/article/2027-01-18/la-piscine-du-grand-large-fermee-neuf-mois-pour-renovation"
    title = "La piscine du Grand Large fermée neuf mois pour rénovation"
    lead = (
        "Les nageurs montois devront se rabattre sur Jemappes et Frameries à partir du "
        "1<sup>er</sup> mars. Le chantier, estimé à 6,8 millions d’euros, doit réduire de moitié "
        "la facture énergétique du bassin."
    )
    p1 = [
        "C’est une page qui se tourne pour des générations de nageurs montois. La piscine du "
        "Grand Large fermera ses portes le 28 février pour une rénovation complète qui devrait "
        "durer neuf mois, a confirmé lundi le collège communal.",
        "Construit en 1974, le bâtiment n’avait plus connu de gros travaux depuis le début des "
        "années 2000. «&nbsp;La toiture laisse passer l’eau à plusieurs endroits et la chaudière "
        "date de 1998. On ne pouvait plus reporter&nbsp;», explique l’échevine des Sports, "
        "Caroline Dufrasne.",
        "Le chantier, estimé à 6,8 millions d’euros, est financé à hauteur de 4,1 millions par la "
        "Région wallonne dans le cadre de son plan piscines. Il prévoit notamment&nbsp;:",
    ]
    items = [
        "le remplacement complet de la toiture et des châssis&nbsp;;",
        "l’installation de 600 m<sup>2</sup> de panneaux photovoltaïques&nbsp;;",
        "une nouvelle chaudière couplée à une pompe à chaleur&nbsp;;",
        "la création d’une pataugeoire et d’un vestiaire adapté aux personnes à mobilité réduite.",
    ]
    subhead = "Des navettes pour les écoles"
    p2 = [
        "La fermeture pose surtout question pour les 42 écoles qui fréquentent le bassin chaque "
        "semaine. La Ville assure que des créneaux ont été réservés dans les piscines de Jemappes "
        "et de Frameries, et que des navettes seront organisées pour les élèves du centre.",
        "Les clubs, eux, s’inquiètent. «&nbsp;Nous avons 380 affiliés et aucune solution pour les "
        "entraînements du soir&nbsp;», regrette Michel Carlier, président du Cercle de natation "
        "montois, qui craint de perdre une partie de ses jeunes nageurs.",
        "La réouverture est annoncée pour le début du mois de décembre. Le prix d’entrée, "
        "actuellement de 3,50 euros, ne devrait pas augmenter, promet la majorité. Les "
        "abonnements annuels en cours, détenus par quelque 1.200 Montois, seront prolongés de la "
        "durée de la fermeture.",
        "L’opposition, elle, regrette le calendrier. «&nbsp;Fermer en pleine année scolaire, "
        "alors que le chantier aurait pu démarrer en juin, c’est un choix difficile à "
        "comprendre&nbsp;», estime le conseiller communal Julien Hanot.",
    ]
    readalso = (
        f'<p class="r-article--readalso"><strong>Lire aussi</strong> <a href="{base}/id861102/article/2026-11-24/piscines-wallonnes-la-moitie-des-bassins-ont-plus-de-quarante-ans">'
        "Piscines wallonnes&nbsp;: la moitié des bassins ont plus de quarante ans</a></p>"
    )
    pa = 'class="r-article--paragraph"'
    body = "\n".join(
        [
            paras(*p1[:2], attrs=pa),
            readalso,
            paras(p1[2], attrs=pa),
            '<ul class="r-article--list">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
            '<div class="r-ad r-ad--rectangle" data-position="inread"><span class="r-ad--label">Publicité</span><div id="ad-inread"></div></div>',
            f'<h3 class="r-article--intertitle">{subhead}</h3>',
            paras(*p2, attrs=pa),
        ]
    )
    nav = menu(
        5915,
        "r-menu",
        base,
        ["Régions", "Actu", "Sports", "Faits divers", "People", "Vidéos", "Shopping"],
        9,
    )
    vous = "".join(
        f'<div class="r-teaser"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><span class="r-teaser--kicker">{t["section"].upper()}</span><h3 class="r-teaser--title">{t["title"]}</h3></a></div>'
        for t in teasers(5905, 24, base + "/id88", FILLER)
    )
    layer = {
        "event": "pageview",
        "site": "sudinfo",
        "pageType": "article",
        "articleId": "882614",
        "section": "regions/mons-borinage",
        "subsection": "mons",
        "author": "Thibault Lemaire",
        "publicationDate": "2027-01-18 17:24",
        "premium": False,
    }
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} - Sudinfo.be</title>
<meta name="description" content="{flat(lead)}">
<meta name="keywords" content="Mons, piscine, Grand Large, travaux">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/sites/default/files/dpistyles_v2/ena_16_9_extra_big/2027/01/18/node_882614/grand-large.jpg">
<meta property="og:site_name" content="Sudinfo">
<meta property="article:published_time" content="2027-01-18T17:24:00+01:00">
<meta property="article:modified_time" content="2027-01-18T17:24:00+01:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@sudinfo">
<link rel="stylesheet" href="{base}/assets/css/sudinfo.min.css?v=2027.01.3">
<style>{css_blob(5925, "r", 300)}</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({json.dumps(layer, ensure_ascii=False)});</script>
<script src="https://sdk.privacy-center.org/loader.js" async></script>
</head>
<body class="r-body r-body--article r-brand--sudinfo">
<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">Sudinfo et ses partenaires utilisent des cookies et traitent vos données pour vous proposer des contenus et des publicités adaptés.</p><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-learn-more-button">Paramétrer</button></div></div>
<header class="r-header"><a class="r-header--logo" href="{base}/"><img src="{base}/assets/img/logo-sudinfo.svg" alt="Sudinfo"></a><nav class="r-header--nav">{nav}</nav><a class="r-header--btn" href="{base}/abonnement">S’abonner</a><a class="r-header--btn" href="{base}/connexion">Mon compte</a></header>
<main class="r-main">
<article class="r-article" data-id="882614">
<header class="r-article--header">
<a class="r-article--section" href="{base}/regions/mons-borinage/mons">MONS</a>
<h1 class="r-article--title">{title}</h1>
<div class="r-article--meta"><span class="r-article--author">Par <a href="{base}/auteur/thibault-lemaire">Thibault Lemaire</a></span> <span class="r-article--date">Publié le 18/01/2027 à 17:24</span></div>
<p class="r-article--chapo">{lead}</p>
<div class="r-article--share"><a href="#" class="r-share--facebook">Partager</a><a href="#" class="r-share--x">Tweeter</a><a href="#" class="r-share--mail">E-mail</a><a href="#" class="r-share--comments">Réagir</a></div>
</header>
<figure class="r-article--figure"><img src="{base}/sites/default/files/dpistyles_v2/ena_16_9_extra_big/2027/01/18/node_882614/grand-large.jpg" alt=""><figcaption class="r-article--legend">Le bassin olympique du Grand Large, ouvert en 1974. <span class="r-article--copyright">© Archives Sudinfo</span></figcaption></figure>
<div class="r-article--content">
{body}
</div>
<div class="r-article--tags"><span>Sur le même sujet</span><a href="{base}/tag/mons">Mons</a><a href="{base}/tag/piscines">Piscines</a><a href="{base}/tag/sport-amateur">Sport amateur</a></div>
</article>
<aside class="r-sidebar"><div class="r-box r-box--mostread"><h2>Les plus lus à Mons</h2><ol>{"".join(f'<li><a href="{t["url"]}">{t["title"]}</a></li>' for t in teasers(5906, 5, base + "/id87", FILLER))}</ol></div><div class="r-box r-box--newsletter"><h2>Newsletter Mons-Borinage</h2><p>Toute l’actu de votre région, chaque jour à 7h.</p><input type="email" placeholder="Votre adresse e-mail"><button>S’inscrire</button></div></aside>
<section class="r-outbrain"><h2>Vous aimerez aussi</h2>{vous}</section>
</main>
<footer class="r-footer"><p>Sudinfo, une marque du groupe Rossel</p><p>© Sudinfo 2027. Tous droits réservés.</p><ul><li><a href="{base}/mentions-legales">Mentions légales</a></li><li><a href="{base}/cookies">Cookies</a></li></ul></footer>
<script src="{base}/assets/js/sudinfo.min.js?v=2027.01.3" defer></script>
</body>
</html>
"""
    write(
        "05_sudinfo_rossel_locale_no_jsonld_kicker_capitals_list",
        page,
        {
            "title": title,
            "publication": "Sudinfo",
            "author": "Thibault Lemaire",
            "section": "Mons",
            "date": datetime.date(2027, 1, 18),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(x) for x in p1 + items + p2],
            "notes": "Rossel page without JSON-LD (Open Graph + dataLayer only). No "
            "article:section, no breadcrumb: the kicker link 'MONS' is the only section source "
            "-> 'Mons' (the dataLayer's 'regions/mons-borinage' is a script). Standfirst "
            "p.r-article--chapo after the byline/date line; '1<sup>er</sup>' in it, 'm<sup>2</sup>' "
            "in a list item. Introducing paragraph ending ' :' + ul of four items (paragraphs); "
            "'Lire aussi' set as a <p> inside the content (chrome); h3 subhead; ad; « » and ' ;' "
            "with &nbsp;. 'Publié le 18/01/2027 à 17:24'; caption '© Archives Sudinfo'; sidebar "
            "newsletter and most read; 'Vous aimerez aussi' teasers with capital kickers.",
        },
    )


def page06() -> None:
    """Le Journal de Montréal: Québecor WordPress VIP, interview, h2 subheads, UTC next day."""
    base = "https://www.journaldemontreal.com"
    url = f"{base}/2027/01/21/emile-bergeron-jai-ecrit-cet-album-dans-mon-char"
    title = "Émile Bergeron: «J’ai écrit cet album dans mon char»"
    lead = (
        "Trois ans après son dernier disque, le chanteur de Rimouski lance vendredi <em>Route "
        "132</em>, un album né au fil de 40 000 kilomètres de tournée."
    )
    intro = (
        "Émile Bergeron a passé les deux dernières années sur la route. Plus de 160 spectacles, "
        "de Gaspé à Sudbury, et des nuits entières à conduire sa vieille fourgonnette entre deux "
        "salles. C’est là, derrière le volant, qu’est né <em>Route 132</em>, son quatrième album, "
        "qui paraît vendredi. Rencontre avec un auteur-compositeur qui dit avoir enfin trouvé "
        "«sa voix»."
    )
    part1 = [
        "<strong>Pourquoi avoir appelé l’album <em>Route 132</em>?</strong>",
        "Parce que c’est la route de ma vie! Je suis né à Rimouski, j’ai grandi à Sainte-Flavie, "
        "et chaque fois que je rentre chez nous, je la prends. Pendant la tournée, je l’ai faite "
        "au moins vingt fois. Les chansons me venaient en roulant, je les enregistrais sur mon "
        "téléphone, à la halte routière.",
        "<strong>Vous avez vraiment tout écrit dans votre char?</strong>",
        "Presque tout. Il y a deux chansons que j’ai écrites dans une chambre de motel à Matane, "
        "une nuit de tempête. Le reste, c’est la route. Quand tu conduis six heures, la tête part "
        "toute seule. Il faut juste être assez discipliné pour arrêter et noter.",
    ]
    part2 = [
        "<strong>Qu’est-ce que la tournée vous a appris?</strong>",
        "L’humilité. Un mardi soir à Amos, devant 40 personnes, tu ne peux pas tricher. Les gens "
        "sont venus malgré la neige, ils ont payé leur billet. Je me suis promis de leur donner "
        "le même spectacle qu’à Montréal.",
        "<strong>Le milieu de la musique vit une période difficile. Arrivez-vous à en "
        "vivre?</strong>",
        "Oui, mais grâce aux spectacles, pas aux écoutes en ligne. L’an dernier, mes chansons ont "
        "été écoutées 2,3 millions de fois sur les plateformes. Ça m’a rapporté moins de 4000 $. "
        "Sans la scène, j’aurais arrêté depuis longtemps.",
    ]
    part3 = [
        "<strong>On entend une voix d’enfant sur la dernière chanson. Qui est-ce?</strong>",
        "C’est ma fille Léa, elle a neuf ans. Elle chantait sur le siège arrière pendant un trajet "
        "vers Québec et j’ai sorti le micro. Elle touchera ses droits d’auteure, on a signé un "
        "vrai contrat! Elle est très fière.",
        "<strong>Et la suite?</strong>",
        "Une nouvelle tournée, évidemment. On commence à Rimouski le 12 mars, à la maison. Et "
        "cette fois, j’ai promis à ma blonde de changer de fourgonnette.",
        "<em>L’album Route 132 paraît le vendredi 22 janvier. Émile Bergeron sera en spectacle à "
        "Rimouski le 12 mars et à Montréal le 4 avril.</em>",
    ]
    subheads = ["Une tournée de 160 spectacles", "Un duo avec sa fille"]
    quote = "«Sans la scène, j’aurais arrêté depuis longtemps.»"
    body = "\n".join(
        [
            paras(wp(intro)),
            paras(*(wp(x) for x in part1)),
            '<div class="ad-container ad-container--bigbox" data-slot="bigbox-1"><span class="ad-label">Publicité</span><div id="gpt-bigbox-1"></div></div>',
            f'<h2 class="wp-block-heading">{subheads[0]}</h2>',
            paras(*(wp(x) for x in part2[:3])),
            f'<figure class="wp-block-pullquote"><blockquote><p>{wp(quote)}</p></blockquote></figure>',
            paras(wp(part2[3])),
            f'<div class="related-inline"><span class="related-inline__label">À lire aussi</span><a href="{base}/2026/11/03/festival-en-chanson-de-petite-vallee-la-programmation">{wp("Festival en chanson: la programmation dévoilée")}</a></div>',
            f'<h2 class="wp-block-heading">{subheads[1]}</h2>',
            paras(*(wp(x) for x in part3)),
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": url + "#article",
                "headline": flat(title),
                "description": flat(lead),
                "articleSection": ["Spectacles", "Musique"],
                "datePublished": "2027-01-22T00:15:00+00:00",
                "dateModified": "2027-01-22T00:15:00+00:00",
                "author": [
                    {
                        "@type": "Person",
                        "name": "Sophie-Anne Gravel",
                        "url": f"{base}/auteur/sophie-anne-gravel",
                    }
                ],
                "publisher": {"@id": base + "/#organization"},
                "mainEntityOfPage": {"@id": url},
                "isAccessibleForFree": True,
                "inLanguage": "fr-CA",
            },
            {"@type": "WebPage", "@id": url, "url": url, "name": flat(title) + " | JDM"},
            {
                "@type": "NewsMediaOrganization",
                "@id": base + "/#organization",
                "name": "Le Journal de Montréal",
                "url": base,
                "logo": {
                    "@type": "ImageObject",
                    "url": base + "/wp-content/themes/qmi-jdm/logo-jdm.png",
                },
            },
        ],
    }
    nav = menu(
        5916,
        "menu-principal",
        base,
        ["Actualité", "Sports", "Spectacles", "Argent", "Opinions", "Monde", "Weekend"],
        8,
    )
    others = "".join(
        f'<div class="article-card"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><span class="article-card__section">{t["section"]}</span><h3 class="article-card__title">{t["title"]}</h3></a></div>'
        for t in teasers(5907, 30, base + "/2027/01", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{flat(title)} | JDM</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_CA">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Le Journal de Montréal">
<meta property="og:image" content="{base}/wp-content/uploads/2027/01/emile-bergeron.jpg?w=1200">
<meta property="article:published_time" content="2027-01-22T00:15:00+00:00">
<meta property="article:section" content="Spectacles">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@JdeMontreal">
<link rel="stylesheet" id="qmi-jdm-main-css" href="{base}/wp-content/themes/qmi-jdm/dist/main.css?ver=5.3.7" media="all">
<style id="qmi-jdm-inline-css">{css_blob(5926, "qmi", 300)}</style>
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<script>window.qmiDataLayer={{"pageType":"article","section":"spectacles","subSection":"musique","author":"Sophie-Anne Gravel","postId":"5532190","contentType":"entrevue"}};</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="post-template-default single single-post postid-5532190 single-format-standard category-spectacles">
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>Nous et nos partenaires utilisons des témoins pour stocker et accéder à des informations sur votre appareil.</p><button mode="primary">J’accepte</button><button mode="secondary">Plus d’options</button></div></div>
<header class="site-header"><a class="site-header__logo" href="{base}/"><img src="{base}/wp-content/themes/qmi-jdm/logo-jdm.svg" alt="Le Journal de Montréal"></a><nav class="site-nav">{nav}</nav><a class="site-header__subscribe" href="{base}/abonnement">Abonnez-vous</a><a class="site-header__login" href="{base}/connexion">Connexion</a></header>
<main id="main" class="site-main">
<nav class="breadcrumbs" aria-label="Fil d’Ariane"><a href="{base}/">Accueil</a> › <a href="{base}/spectacles">Spectacles</a> › <a href="{base}/spectacles/musique">Musique</a></nav>
<article id="post-5532190" class="article post-5532190 post type-post status-publish format-standard category-spectacles tag-entrevue">
<div class="article__header">
<span class="article__kicker">ENTREVUE</span>
<h1 class="article__title">{title}</h1>
<p class="article__subtitle">{wp(lead)}</p>
<div class="article__byline"><div class="article__author"><img src="{base}/wp-content/uploads/authors/sagravel.jpg" alt="" width="48" height="48"><span class="article__author-name"><a href="{base}/auteur/sophie-anne-gravel">Sophie-Anne Gravel</a></span> <span class="article__author-org">| Journal de Montréal</span></div>
<div class="article__dates"><span class="article__published">Publié le 21 janvier 2027 à 19 h 15</span></div></div>
<div class="share-bar"><a href="#" class="share-bar__fb">Partager</a><a href="#" class="share-bar__x">Publier</a><a href="#" class="share-bar__mail">Courriel</a><a href="#" class="share-bar__copy">Copier le lien</a></div>
</div>
<figure class="article__featured wp-caption"><img src="{base}/wp-content/uploads/2027/01/emile-bergeron.jpg?w=960" alt="Émile Bergeron"><figcaption class="wp-caption-text">Émile Bergeron a enregistré une partie de l’album dans un studio de Rimouski. <span class="credit">Photo Agence QMI, Joël Lemay</span></figcaption></figure>
<div class="article__content entry-content">
{body}
</div>
<div class="article__video"><div class="jwplayer-embed" data-playlist="jdm-spectacles"></div><p class="article__video-title">Vidéo: les sorties musicales de la semaine</p></div>
<div class="article__tags"><a href="{base}/tag/emile-bergeron" rel="tag">Émile Bergeron</a><a href="{base}/tag/musique-quebecoise" rel="tag">Musique québécoise</a></div>
<div class="newsletter-signup"><h2>Infolettre Spectacles</h2><p>Recevez chaque jeudi les sorties et les critiques de la semaine.</p><input type="email" placeholder="Votre courriel"><button>Je m’abonne</button></div>
</article>
<section class="related-articles"><h2>À voir aussi</h2>{others}</section>
</main>
<footer class="site-footer"><p>© 2027 Le Journal de Montréal, tous droits réservés</p><p>Le Journal de Montréal est une division de MédiaQMI inc.</p></footer>
</body>
</html>
"""
    write(
        "06_journaldemontreal_wpvip_entrevue_pullquote_utc_next_day",
        page,
        {
            "title": flat(title),
            "publication": "Le Journal de Montréal",
            "author": "Sophie-Anne Gravel",
            "section": "Spectacles",
            "date": datetime.date(2027, 1, 21),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subheads,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in [intro, *part1, *part2, *part3]],
            "notes": "Québecor WordPress VIP (wptexturize entities, Yoast-style @graph). "
            "Interview: presentation paragraph, questions in <p><strong> (paragraphs, Québec "
            "'?' without space), two h2 subheads between them, closing italic practical line "
            "(a paragraph). figure.wp-block-pullquote repeats a sentence of an answer. Kicker "
            "'ENTREVUE'; articleSection ['Spectacles', 'Musique'] -> 'Spectacles'. Byline "
            "'Sophie-Anne Gravel | Journal de Montréal' (the org is no author); caption 'Photo "
            "Agence QMI, Joël Lemay' is a photo credit (no agency). JSON-LD and "
            "article:published_time 2027-01-22T00:15:00+00:00 = 19 h 15 on 21 January in "
            "Montréal, shown 'Publié le 21 janvier 2027 à 19 h 15': the date is the 21st. "
            "Standfirst p.article__subtitle with <em>; ad and 'À lire aussi' inside the content; "
            "video block, tags, newsletter after it.",
        },
    )


def page07() -> None:
    """La Tribune: the Coops de l'information on Arc XP, La Presse Canadienne only, dateline."""
    base = "https://www.latribune.ca"
    url = f"{base}/actualites/sante/2027/01/20/un-test-salivaire-pour-detecter-la-maladie-de-lyme-en-20-minutes-MDJ4QZ7SXBFC5LTRWNGEKYH3PU/"
    title = "Un test salivaire pour détecter la maladie de Lyme en 20 minutes"
    lead = (
        "Mis au point à Sherbrooke, l’outil pourrait être offert dans les cliniques dès 2029 si "
        "les essais cliniques sont concluants."
    )
    p1 = [
        "SHERBROOKE — Une équipe de chercheurs de l’Université de Sherbrooke affirme avoir mis au "
        "point un test salivaire capable de détecter la maladie de Lyme en une vingtaine de "
        "minutes, alors qu’il faut actuellement plusieurs semaines pour obtenir un diagnostic "
        "sérologique.",
        "Le dispositif, de la taille d’une clé USB, repère dans la salive des fragments de "
        "protéines de la bactérie <i>Borrelia burgdorferi</i>, responsable de la maladie. Les "
        "résultats préliminaires ont été publiés mercredi dans une revue scientifique "
        "spécialisée.",
        "«Aujourd’hui, un patient piqué par une tique attend souvent trop longtemps avant d’être "
        "traité. Avec un test rapide, le médecin pourrait prescrire des antibiotiques dès la "
        "première consultation», a expliqué en entrevue la professeure Nathalie Ouellet, qui "
        "dirige les travaux.",
        "Le test repose sur des biocapteurs déjà employés pour d’autres infections, que l’équipe "
        "a adaptés au cours des quatre dernières années.",
    ]
    p2 = [
        "Le nombre de cas de maladie de Lyme déclarés au Québec a été multiplié par six en dix "
        "ans, selon les chiffres cités par l’équipe. L’Estrie et la Montérégie concentrent à "
        "elles seules plus de 70&nbsp;% des infections.",
        "Sur 212 échantillons analysés en laboratoire, le test a correctement identifié:",
    ]
    items = [
        "94&nbsp;% des patients infectés depuis plus de deux semaines;",
        "81&nbsp;% des patients au tout début de la maladie;",
        "aucun faux positif chez les 60 volontaires non infectés.",
    ]
    p3 = [
        "Les chercheurs reconnaissent toutefois que ces résultats doivent être confirmés à plus "
        "grande échelle. Un essai clinique auprès de 1500 patients doit commencer au printemps "
        "dans six cliniques de l’Estrie et de la Montérégie.",
    ]
    p4 = [
        "Le coût du test n’a pas encore été établi. L’équipe espère qu’il ne dépassera pas une "
        "trentaine de dollars, afin qu’il puisse être couvert par le régime public.",
        "Le projet a reçu un financement de 2,4 millions $ sur quatre ans de la part "
        "d’organismes subventionnaires fédéraux et provinciaux. Si tout se passe comme prévu, "
        "une demande d’homologation pourrait être déposée auprès des autorités fédérales en "
        "2028.",
    ]
    subheads = ["Des cas en forte hausse", "Un coût encore inconnu"]
    pc = 'class="c-paragraph"'
    body = "\n".join(
        [
            paras(*p1, attrs=pc),
            '<div class="b-ad b-ad--box" id="arcad-box-1"><p class="b-ad__label">Publicité</p></div>',
            f'<h2 class="c-heading b-article-body__heading">{subheads[0]}</h2>',
            paras(*p2, attrs=pc),
            '<ul class="c-list b-article-body__list">'
            + "".join(f"<li>{x}</li>" for x in items)
            + "</ul>",
            paras(*p3, attrs=pc),
            f'<div class="b-interstitial-link"><p class="c-paragraph">À LIRE AUSSI | <a href="{base}/actualites/sante/2026/07/14/les-tiques-gagnent-du-terrain-en-estrie-JQ2/">Les tiques gagnent du terrain en Estrie</a></p></div>',
            f'<h2 class="c-heading b-article-body__heading">{subheads[1]}</h2>',
            paras(*p4, attrs=pc),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "alternativeHeadline": "Lyme: un test salivaire sherbrookois",
        "description": flat(lead),
        "datePublished": "2027-01-20T21:02:00.000Z",
        "dateModified": "2027-01-20T23:10:00.000Z",
        "author": [{"@type": "Organization", "name": "La Presse Canadienne"}],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "La Tribune",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/pf/resources/images/latribune/logo.png?d=412",
            },
        },
        "image": [f"{base}/resizer/v2/MDJ4QZ7SXBFC5LTRWNGEKYH3PU.jpg?auth=a17e&width=1200"],
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "isAccessibleForFree": True,
    }
    fusion = {
        "_id": "MDJ4QZ7SXBFC5LTRWNGEKYH3PU",
        "type": "story",
        "canonical_website": "latribune",
        "headlines": {"basic": title, "meta_title": "Lyme: un test salivaire sherbrookois"},
        "subheadlines": {"basic": flat(lead)},
        "label": {"basic": {"text": "Science", "display": True}},
        "credits": {
            "by": [
                {"type": "author", "name": "La Presse Canadienne", "org": "La Presse Canadienne"}
            ]
        },
        "distributor": {"category": "wires", "name": "La Presse Canadienne"},
        "taxonomy": {"primary_section": {"_id": "/actualites/sante", "name": "Santé"}},
        "content_elements": [{"type": "text", "content": x} for x in p1 + p2 + items + p3 + p4],
    }
    fusion_js = json.dumps(fusion, ensure_ascii=False).replace("</", "<\\/")
    nav = menu(
        5917,
        "c-nav",
        base,
        ["Actualités", "Sports", "Arts", "Affaires", "Opinions", "Nécrologie", "Vidéos"],
        7,
    )
    more = "".join(
        f'<div class="c-stack__item"><a class="c-link" href="{t["url"]}/"><img src="{t["image"]}" alt=""><h3 class="c-heading">{t["title"]}</h3></a></div>'
        for t in teasers(5908, 26, base + "/actualites", FILLER)
    )
    saved = url + "?outputType=amp-type&utm_source=facebook"
    page = f"""<!DOCTYPE html>
{saved_from(saved)}
<html lang="fr-CA"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} | La Tribune</title><meta name="description" content="{flat(lead)}"><link rel="canonical" href="{url}"><meta property="og:type" content="article"><meta property="og:site_name" content="La Tribune"><meta property="og:title" content="{title}"><meta property="og:description" content="{flat(lead)}"><meta property="og:url" content="{url}"><meta property="og:image" content="{base}/resizer/v2/MDJ4QZ7SXBFC5LTRWNGEKYH3PU.jpg?auth=a17e&amp;width=1200"><meta property="article:published_time" content="2027-01-20T21:02:00.000Z"><meta property="article:modified_time" content="2027-01-20T23:10:00.000Z"><meta property="article:section" content="Santé"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@latribune"><link rel="stylesheet" href="{base}/pf/dist/components/combinations/default.css?d=412&amp;mxId=00000000"><style>{css_blob(5927, "b", 300)}</style>{json_script(ld)}<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="latribune";Fusion.contextPath="/pf";Fusion.deployment="412";Fusion.globalContent={fusion_js};</script><script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0189a2e5" async></script></head><body><div id="onetrust-banner-sdk" class="otFlat"><div id="onetrust-policy"><p id="onetrust-policy-text">Nous utilisons des témoins pour améliorer votre expérience, analyser notre trafic et personnaliser les publicités.</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accepter</button><button id="onetrust-pc-btn-handler">Paramètres des témoins</button></div></div><div id="fusion-app" class="layout-section"><header class="b-header-nav-chain"><a class="b-header-nav-chain__logo" href="{base}/"><img src="{base}/pf/resources/images/latribune/logo.svg?d=412" alt="La Tribune"></a><nav class="b-header-nav-chain__nav">{nav}</nav><a class="c-button c-button--primary" href="{base}/abonnement/">Soutenez-nous</a></header><main class="b-single-column-regular"><article class="b-article"><div class="b-overline"><a class="c-overline" href="{base}/actualites/sante/">Science</a></div><h1 class="c-heading b-headline">{title}</h1><h2 class="c-heading b-subheadline">{lead}</h2><div class="b-byline"><span class="c-attribution">Par <span class="b-byline__names">La Presse Canadienne</span></span></div><div class="b-date"><time class="c-date" datetime="2027-01-20T21:02:00.000Z">Publié le 20 janvier 2027 à 16 h 02</time> <span class="b-date__updated">Mis à jour à 18 h 10</span></div><div class="b-share-bar"><a class="c-link" href="#">Facebook</a><a class="c-link" href="#">X</a><a class="c-link" href="#">Courriel</a></div><figure class="b-lead-art c-media-item"><img src="{base}/resizer/v2/MDJ4QZ7SXBFC5LTRWNGEKYH3PU.jpg?auth=a17e&amp;width=800" alt="Une tique sur une feuille"><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Le nombre de cas déclarés a été multiplié par six en dix ans.</span> <span class="c-media-item__credit">(La Presse Canadienne/Archives)</span></figcaption></figure><div class="b-article-body">
{body}
</div><div class="b-tag-list"><a class="c-link" href="{base}/tags/maladie-de-lyme/">Maladie de Lyme</a><a class="c-link" href="{base}/tags/universite-de-sherbrooke/">Université de Sherbrooke</a></div><div class="b-newsletter-signup"><h2 class="c-heading">Restez informé</h2><p>Recevez l’infolettre de La Tribune chaque matin.</p><a class="c-button" href="{base}/infolettres/">Je m’inscris</a></div></article><section class="b-top-table-list"><h2 class="c-heading">À lire aussi</h2>{more}</section></main><footer class="b-footer"><p>La Tribune est membre de la Coopérative nationale de l’information indépendante (CN2i).</p><p>© 2027 La Tribune. Tous droits réservés.</p></footer></div><script src="{base}/pf/dist/engine/react.js?d=412&amp;mxId=00000000" defer></script></body></html>"""
    write(
        "07_latribune_coops_arcxp_presse_canadienne_only_dateline",
        page,
        {
            "title": title,
            "publication": "La Tribune",
            "author": None,
            "agency": "La Presse Canadienne",
            "section": "Santé",
            "date": datetime.date(2027, 1, 20),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p1 + p2 + items + p3 + p4],
            "notes": "A Coops de l'information site on Arc XP themes blocks (b-*/c-* classes, "
            "Fusion.globalContent). Agency-only: 'Par La Presse Canadienne', JSON-LD author an "
            "Organization, Arc distributor 'wires': author null, agency La Presse Canadienne; "
            "caption credit '(La Presse Canadienne/Archives)' is a photo credit. Dateline "
            "'SHERBROOKE —' kept in the first paragraph. Standfirst h2.b-subheadline; overline "
            "'Science' is a label: article:section 'Santé' (also Arc primary_section) beats it "
            "(no articleSection). Introducing paragraph + ul of three; '70 %' with &nbsp;; "
            "<i> species name; 'À LIRE AUSSI |' interstitial link set as a c-paragraph "
            "(chrome); ad; two h2 subheads. 'Publié le 20 janvier 2027 à 16 h 02' = 21:02Z; "
            "saved-from comment with '?outputType=amp-type&utm_source=…' (canonical wins).",
        },
    )


def page08() -> None:
    """Le Devoir: WordPress + Yoast @graph, reportage, table, wp-block-quote, no standfirst."""
    base = "https://www.ledevoir.com"
    url = f"{base}/economie/912305/agriculture-le-prix-des-terres-agricoles-a-presque-double-en-huit-ans"
    title = "Le prix des terres agricoles a presque doublé en huit ans"
    p1 = [
        "Quand Martin Gosselin a voulu acheter la terre voisine de la sienne, à La Présentation, "
        "l’automne dernier, il a cru à une erreur. Le vendeur demandait 42&nbsp;000&nbsp;$ "
        "l’hectare, près du double de ce qu’il avait payé pour ses propres champs en 2018. «&nbsp;J’ai "
        "fait le calcul&nbsp;: même avec de bonnes années de maïs, je ne la rembourserais "
        "jamais&nbsp;», raconte le producteur de 46 ans.",
        "Son cas n’a rien d’exceptionnel. Selon une compilation de transactions publiée cette "
        "semaine par un groupe de chercheurs en économie rurale, le prix moyen d’un hectare "
        "cultivable au Québec est passé de 14&nbsp;800&nbsp;$ en 2018 à 28&nbsp;700&nbsp;$ en "
        "2026, une hausse de 94&nbsp;%.",
    ]
    rows = [
        ("Région", "2018", "2026"),
        ("Montérégie", "24&nbsp;500", "46&nbsp;100"),
        ("Centre-du-Québec", "13&nbsp;900", "27&nbsp;300"),
        ("Chaudière-Appalaches", "9&nbsp;800", "18&nbsp;600"),
        ("Saguenay–Lac-Saint-Jean", "5&nbsp;200", "9&nbsp;400"),
    ]
    p2 = [
        "Cette envolée inquiète d’abord la relève. Pour un producteur qui démarre, il faut "
        "aujourd’hui emprunter plus d’un million de dollars pour une ferme laitière de taille "
        "moyenne, sans compter le quota, souligne Annie Rivard, qui a coordonné l’étude.",
    ]
    quote_block = [
        "La terre est devenue un placement. Des acheteurs qui ne cultivent pas achètent des lots "
        "pour les louer ou pour attendre que leur valeur monte.",
        "Pendant ce temps, la relève se fait dire par sa banque de revenir avec plus de capital.",
    ]
    p3 = [
        "Les chercheurs ont recensé 1320 transactions en 2026, dont près du quart ont été "
        "conclues par des acheteurs qui ne sont pas eux-mêmes exploitants. Ils ne se prononcent "
        "pas sur leur identité, faute de données suffisantes.",
    ]
    pull = "«&nbsp;La terre est devenue un placement&nbsp;»"
    p4 = [
        "Une porte-parole du ministère de l’Agriculture, Julie Tremblay-Giroux, indique qu’un "
        "projet de loi visant à mieux encadrer l’achat de terres par des investisseurs sera "
        "déposé au printemps. Il pourrait notamment obliger les acheteurs à déclarer l’usage "
        "prévu des terres acquises.",
        "L’Union des producteurs de la relève, un regroupement de jeunes agriculteurs de la "
        "Montérégie, réclame pour sa part un droit de premier refus pour les exploitants voisins "
        "lors de chaque vente.",
        "Pour Martin Gosselin, il sera trop tard. Il a renoncé à la terre voisine, qui a été "
        "vendue en décembre à une société de gestion de Montréal. «&nbsp;Elle est louée à un "
        "autre producteur. Au moins, elle est encore cultivée&nbsp;», dit-il.",
    ]
    subheads = ["La relève écartée", "Québec promet d’agir"]
    table = (
        '<figure class="wp-block-table is-style-stripes"><table><thead><tr>'
        + "".join(f"<th>{c}</th>" for c in rows[0])
        + "</tr></thead><tbody>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
        + '</tbody></table><figcaption class="wp-element-caption">Prix moyen de l’hectare cultivé, '
        "selon la région, en dollars. Source&nbsp;: compilation des chercheurs</figcaption></figure>"
    )
    body = "\n".join(
        [
            paras(*(wp(x) for x in p1)),
            table,
            f'<h2 class="wp-block-heading">{wp(subheads[0])}</h2>',
            paras(*(wp(x) for x in p2)),
            '<blockquote class="wp-block-quote">'
            + paras(*(wp(x) for x in quote_block))
            + "<cite>Annie Rivard, économiste rurale</cite></blockquote>",
            paras(*(wp(x) for x in p3)),
            f'<figure class="wp-block-pullquote"><blockquote><p>{wp(pull)}</p></blockquote></figure>',
            '<div class="ad ad-in-article" data-ad-slot="bigbox_1"><span class="ad__label">Publicité</span></div>',
            f'<h2 class="wp-block-heading">{wp(subheads[1])}</h2>',
            paras(*(wp(x) for x in p4)),
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "headline": title,
                "datePublished": "2027-01-22T10:00:00+00:00",
                "dateModified": "2027-01-22T13:20:00+00:00",
                "author": [{"@id": base + "/#/schema/person/clevesqueroy"}],
                "publisher": {"@id": base + "/#organization"},
                "articleSection": ["Économie", "Agriculture"],
                "wordCount": 612,
                "inLanguage": "fr-CA",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": title + " | Le Devoir",
                "datePublished": "2027-01-22T10:00:00+00:00",
            },
            {
                "@type": "Organization",
                "@id": base + "/#organization",
                "name": "Le Devoir",
                "url": base,
            },
            {
                "@type": "Person",
                "@id": base + "/#/schema/person/clevesqueroy",
                "name": "Catherine Lévesque-Roy",
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Économie",
                        "item": base + "/economie",
                    },
                    {"@type": "ListItem", "position": 3, "name": title},
                ],
            },
        ],
    }
    nav = menu(
        5918,
        "main-menu",
        base,
        ["Politique", "Société", "Économie", "Monde", "Culture", "Opinion", "Environnement"],
        8,
    )
    comments = "".join(
        f'<li class="comment"><div class="comment__author">{n}</div><div class="comment__date">{d}</div><p class="comment__text">{wp(c)}</p></li>'
        for n, d, c in [
            (
                "Réjean Lussier - Abonné",
                "22 janvier 2027 08 h 12",
                "Mon voisin a vendu à un fonds l’an dernier. Personne ici ne pouvait suivre.",
            ),
            (
                "Hélène Boisvert - Abonnée",
                "22 janvier 2027 09 h 40",
                "Un droit de premier refus pour les voisins, c’est le minimum.",
            ),
        ]
    )
    read = "".join(
        f'<li><a href="{t["url"]}">{t["title"]}</a></li>'
        for t in teasers(5909, 6, base + "/economie", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Le Devoir</title>
<meta name="description" content="Le prix moyen d’un hectare cultivable a bondi de 94 % depuis 2018, selon une compilation de transactions. La relève agricole s’inquiète.">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_CA">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="Le prix moyen d’un hectare cultivable a bondi de 94 % depuis 2018.">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Le Devoir">
<meta property="article:published_time" content="2027-01-22T10:00:00+00:00">
<meta property="article:modified_time" content="2027-01-22T13:20:00+00:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@LeDevoir">
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel="stylesheet" id="ledevoir-main-css" href="{base}/wp-content/themes/ledevoir/build/main.css?ver=2.11.0" media="all">
<style id="ledevoir-inline-css">{css_blob(5928, "ld", 280)}</style>
<script id="ledevoir-analytics">window.ldAnalytics={{"section":"economie","type":"reportage","premium":false}};</script>
</head>
<body class="post-template-default single single-post postid-912305 single-format-standard category-economie category-agriculture">
<div id="cookie-consent" class="cookie-consent"><p>Le Devoir utilise des témoins (cookies) afin d’améliorer votre expérience de navigation.</p><button>J’ai compris</button></div>
<header class="site-header"><div class="site-header__date">Vendredi 22 janvier 2027</div><a class="site-header__logo" href="{base}/"><img src="{base}/wp-content/themes/ledevoir/logo.svg" alt="Le Devoir"></a><nav>{nav}</nav><a class="btn btn--subscribe" href="{base}/abonnement">Je m’abonne</a></header>
<main id="content" class="site-main">
<article id="post-912305" class="post-912305 post type-post status-publish format-standard has-post-thumbnail category-economie category-agriculture">
<header class="entry-header">
<div class="entry-header__kicker"><a class="kicker" href="{base}/economie/agriculture">Agriculture</a></div>
<h1 class="entry-title">{title}</h1>
<div class="entry-meta">
<div class="authors"><span class="author-names"><a href="{base}/auteur/catherine-levesque-roy">Catherine Lévesque-Roy</a></span> <span class="author-place">à Saint-Hyacinthe</span></div>
<div class="entry-date"><time datetime="2027-01-22T10:00:00+00:00">22 janvier 2027</time> <span class="sep">|</span> <a href="{base}/economie">Économie</a></div>
</div>
<div class="share-tools"><a href="#">Facebook</a><a href="#">X</a><a href="#">Courriel</a><a href="#">Imprimer</a></div>
</header>
<figure class="wp-block-image size-full"><img src="{base}/wp-content/uploads/2027/01/terres-agricoles.jpg" alt=""><figcaption class="wp-element-caption">Une terre en culture à La Présentation, en Montérégie. <span class="credit">Valérian Mazataud Le Devoir</span></figcaption></figure>
<div class="entry-content editor-content">
{body}
</div>
<aside class="article-related"><h2>À lire aussi</h2><ul><li><a href="{base}/economie/887102/quotas-laitiers">{wp("Les quotas laitiers, un mur pour la relève")}</a></li></ul></aside>
</article>
<section class="comments" id="comments"><h2>2 commentaires</h2><ul class="comment-list">{comments}</ul><p class="comments__rules">Les commentaires sont modérés. <a href="{base}/regles">Lire les règles</a></p></section>
<aside class="most-read"><h2>Les plus lus</h2><ol>{read}</ol></aside>
</main>
<footer class="site-footer"><p>© Le Devoir 2027. Tous droits réservés.</p></footer>
</body>
</html>
"""
    table_paras = [flat(" ".join(r)) for r in rows]
    write(
        "08_ledevoir_wordpress_reportage_table_quote_no_standfirst",
        page,
        {
            "title": title,
            "publication": "Le Devoir",
            "author": "Catherine Lévesque-Roy",
            "section": "Économie",
            "date": datetime.date(2027, 1, 22),
            "source_url": url,
            "subheads": subheads,
            "pull_quotes": [flat(pull)],
            "paragraphs": [flat(x) for x in p1]
            + table_paras
            + [flat(x) for x in p2 + quote_block + p3 + p4],
            "notes": "WordPress + Yoast @graph (author by @id reference to a Person node; "
            "wptexturize entities). No standfirst: only meta/og descriptions. Byline 'Catherine "
            "Lévesque-Roy' with a sibling 'à Saint-Hyacinthe' (place). articleSection "
            "['Économie', 'Agriculture'] -> 'Économie', beating the kicker 'Agriculture'. "
            "wp-block-table (header + four rows, one paragraph each, cells joined by a space, "
            "'24 500' with &nbsp;) with a figcaption (caption); wp-block-quote of two paragraphs "
            "with a <cite> (chrome); wp-block-pullquote echoing the quote; ad; two h2 subheads. "
            "Visible date '22 janvier 2027' (10:00Z = 05:00 in Montréal); header date of the "
            "day; caption credit; related box, comments and most-read after the article.",
        },
    )
