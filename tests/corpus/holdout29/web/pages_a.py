# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout29/web (Luxembourg, Monaco, Haïti, Madagascar)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, related, teasers, trackers, write

# --- 01 Luxemburger Wort (LU), Next.js, live ticker --------------------------------------

WORT_LIVE = [
    (
        "16:45",
        "Echternach rouvre le pont frontalier",
        [
            "Le pont reliant Echternach à Echternacherbrück a rouvert à la circulation peu avant 16h30, a confirmé la commune. Les véhicules de plus de 3,5 tonnes restent interdits jusqu'à lundi matin, le temps qu'un bureau d'études vérifie les piles.",
            "Le bourgmestre, Jean-Paul Hoffmann, demande aux habitants des rues basses de ne pas encore réintégrer leurs caves.",
        ],
    ),
    (
        "14:20",
        None,
        [
            "Le niveau de la Sûre à Diekirch a atteint 4,62 mètres à 14 heures, soit douze centimètres de moins qu'au pic de la matinée. Le service de prévision des crues parle d'une «&nbsp;décrue lente mais régulière&nbsp;»."
        ],
    ),
    (
        "11:05",
        "Deux campings évacués près de Reisdorf",
        [
            "Une quarantaine de personnes ont été évacuées de deux campings situés en bord de rivière entre Reisdorf et Wallendorf. Elles ont été accueillies dans la salle polyvalente de Reisdorf, où la Croix-Rouge a installé des lits de camp.",
            "«&nbsp;Nous avons été réveillés par les pompiers vers six heures, l'eau arrivait déjà aux roues des caravanes&nbsp;», raconte Ingrid, une vacancière néerlandaise qui séjournait sur place depuis une semaine.",
        ],
    ),
    (
        "08:40",
        "Le CGDIS a reçu plus de 300 appels",
        [
            "Le Corps grand-ducal d'incendie et de secours indique avoir reçu 312 appels entre minuit et huit heures, pour l'essentiel des caves inondées et des arbres tombés sur la chaussée. Aucun blessé n'est à déplorer à ce stade.",
            "Les routes N10 entre Wallendorf et Dillingen et CR364 à hauteur de Bigelbach restent fermées. Les CFL signalent par ailleurs des retards sur la ligne 10 en raison d'un éboulement près de Michelau.",
        ],
    ),
    (
        "07:12",
        "Alerte orange maintenue jusqu'à dimanche",
        [
            "MeteoLux a maintenu l'alerte orange pour les précipitations sur le nord et l'est du pays jusqu'à dimanche 8 heures. Entre 30 et 45 litres par mètre carré sont encore attendus d'ici samedi soir."
        ],
    ),
]


P_CLASS = 'class="Paragraph_p__xY2mQ"'


def page01_wort_nextjs_live() -> None:
    base = "https://www.wort.lu/fr"
    url = f"{base}/luxembourg/crue-de-la-sure-suivez-la-situation-en-direct/41872093.html"
    title = "Crue de la Sûre : suivez l'évolution de la situation en direct"
    lead = "La Sûre et l'Alzette sont sorties de leur lit dans la nuit de vendredi à samedi. Plusieurs routes sont coupées dans l'Est du pays. Suivez la situation heure par heure."
    authors = ["Lena Weydert", "Paulo Da Silva Reis"]
    entries_html = []
    state_entries = []
    for clock, head, body in WORT_LIVE:
        h3 = f'<h3 class="LiveEntry_title__a81Qz">{head}</h3>' if head else ""
        entries_html.append(
            f'<article class="LiveEntry_entry__p0Xk2" id="entry-{clock.replace(":", "")}">'
            f'<div class="LiveEntry_meta__Tt9cs"><time class="LiveEntry_time__Z0d8e" datetime="2026-11-14T{clock}:00+01:00">{clock}</time></div>'
            f'{h3}<div class="LiveEntry_body__jk4Lm">{paras(*body, attrs=P_CLASS)}</div>'
            f'<div class="LiveEntry_share__Q3w9r"><button aria-label="Partager">Partager</button></div></article>'
        )
        state_entries.append(
            {
                "id": f"le-{clock}",
                "publishedAt": f"2026-11-14T{clock}:00+01:00",
                "title": head,
                "blocks": [{"type": "paragraph", "html": b} for b in body],
            }
        )
    next_data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "41872093",
                    "type": "live",
                    "headline": title,
                    "lead": lead,
                    "section": {"name": "Luxembourg", "path": "/fr/luxembourg"},
                    "authors": [{"name": a, "slug": a.lower().replace(" ", "-")} for a in authors],
                    "publishedAt": "2026-11-14T07:12:00+01:00",
                    "updatedAt": "2026-11-14T16:45:00+01:00",
                    "liveEntries": state_entries,
                },
                "related": teasers(101, 24, base, FILLER),
                "navigation": [
                    {"label": n}
                    for n in [
                        "Luxembourg",
                        "Grande Région",
                        "Monde",
                        "Économie",
                        "Sport",
                        "Culture",
                    ]
                ],
            },
            "__N_SSP": True,
        },
        "page": "/[lang]/[section]/[slug]/[id]",
        "query": {"lang": "fr", "id": "41872093"},
        "buildId": "b7Yx0qK2pLm4",
        "isFallback": False,
        "gssp": True,
        "locale": "fr",
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": title,
        "description": lead,
        "url": url,
        "datePublished": "2026-11-14T07:12:00+01:00",
        "dateModified": "2026-11-14T16:45:00+01:00",
        "coverageStartTime": "2026-11-14T07:12:00+01:00",
        "articleSection": "Luxembourg",
        "inLanguage": "fr-LU",
        "author": [{"@type": "Person", "name": a} for a in authors],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Luxemburger Wort",
            "logo": {"@type": "ImageObject", "url": f"{base}/static/logo-wort.png"},
        },
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": h or "Mise à jour",
                "datePublished": f"2026-11-14T{c}:00+01:00",
            }
            for c, h, _ in WORT_LIVE
        ],
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Luxembourg",
                "item": f"{base}/luxembourg",
            },
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Météo",
                "item": f"{base}/luxembourg/meteo",
            },
        ],
    }
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0093){url} -->
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} | Luxemburger Wort</title>
<meta name="description" content="{lead}"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="{url}"><link rel="alternate" hreflang="de" href="https://www.wort.lu/luxemburg/hochwasser-der-sauer-live/41872011.html">
<meta property="og:type" content="article"><meta property="og:site_name" content="Luxemburger Wort"><meta property="og:title" content="{title}"><meta property="og:description" content="{lead}"><meta property="og:url" content="{url}"><meta property="og:image" content="{base}/media/crue-sure-diekirch-1200x630.jpg"><meta property="og:locale" content="fr_LU">
<meta property="article:published_time" content="2026-11-14T07:12:00+01:00"><meta property="article:modified_time" content="2026-11-14T16:45:00+01:00"><meta property="article:section" content="Luxembourg">
<meta name="twitter:card" content="summary_large_image"><meta name="next-head-count" content="24">
<link rel="preload" href="/_next/static/media/inter-latin.woff2" as="font" type="font/woff2" crossorigin="anonymous">
<link rel="stylesheet" href="/_next/static/css/4f1b0e2c9a7d.css" data-n-g="">
<style data-emotion="css">{css_blob(11, "css", 650)}</style>
{json_script(ld)}
{json_script(crumbs)}
{trackers(12, ["didomi", "gtm", "piano", "chartbeat"])}
</head><body><div id="__next">
<div class="Didomi_notice__v2s1q" role="dialog" aria-label="Consentement"><p>Le Luxemburger Wort et ses partenaires utilisent des cookies pour mesurer l'audience et personnaliser les contenus et les publicités.</p><button>Accepter et fermer</button><button>Paramétrer</button><button>Continuer sans accepter</button></div>
<header class="Header_header__9Lk2s"><a class="Header_logo__c2V7e" href="{base}" aria-label="Luxemburger Wort"><svg width="180" height="32"><use href="#logo"></use></svg></a>
<nav class="Header_nav__Fq1d0">{menu(13, "MainNav", base, ["Luxembourg", "Grande Région", "Monde", "Économie", "Sport", "Culture", "Podcasts"], 9)}</nav>
<a class="Header_subscribe__m9Q0r" href="{base}/abonnement">S'abonner</a><a class="Header_login__b0T1p" href="{base}/connexion">Se connecter</a></header>
<main class="Layout_main__K1e0z">
<nav class="Breadcrumb_crumbs__N3p8w" aria-label="Fil d'Ariane"><ol><li><a href="{base}">Accueil</a></li><li><a href="{base}/luxembourg">Luxembourg</a></li><li><a href="{base}/luxembourg/meteo">Météo</a></li></ol></nav>
<article class="Article_article__Rk4zq Article_live__0Pq9c">
<header class="ArticleHeader_header__2Wm1f"><span class="LiveBadge_badge__Hh2e1">En direct</span>
<h1 class="ArticleHeader_title__fG3d0">{title}</h1>
<p class="ArticleHeader_lead__Ka91x">{lead}</p>
<div class="Byline_byline__8Dp3u"><span>Par </span><a href="{base}/auteurs/lena-weydert">Lena Weydert</a><span> et </span><a href="{base}/auteurs/paulo-da-silva-reis">Paulo Da Silva Reis</a></div>
<div class="ArticleDates_dates__5xUe2"><span>Publié le <time datetime="2026-11-14T07:12:00+01:00">14.11.2026 à 07:12</time></span><span> · Mis à jour à <time datetime="2026-11-14T16:45:00+01:00">16:45</time></span></div>
<figure class="ArticleImage_figure__z0Wq2"><img src="{base}/media/crue-sure-diekirch-1200x630.jpg" alt="La Sûre en crue à Diekirch" width="1200" height="630"><figcaption>La Sûre a largement débordé à Diekirch dans la nuit de vendredi à samedi. <span class="ArticleImage_credit__Yp0v3">Photo : Gerry Huberty</span></figcaption></figure>
</header>
<div class="LiveFeed_feed__Dm3Ka"><div class="LiveFeed_refresh__o9Tqc"><button>Actualiser</button><span>Les entrées les plus récentes en premier</span></div>
{"".join(entries_html)}
</div>
<div class="ArticleFooter_share__N1b7w"><button>Facebook</button><button>X</button><button>LinkedIn</button><button>Copier le lien</button></div>
</article>
<aside class="Related_related__G3vLp"><h2>Sur le même sujet</h2>{related(14, base, "Related_list")}</aside>
<section class="Newsletter_box__Wq8e1"><h2>La newsletter du matin</h2><p>Chaque jour à 6 heures, l'essentiel de l'actualité luxembourgeoise.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>S'inscrire</button></form></section>
</main>
<footer class="Footer_footer__Lp0s3">{menu(15, "FooterNav", base, ["Rubriques", "Services", "Mediahuis Luxembourg"], 7)}<p>© 2026 Luxemburger Wort — Mediahuis Luxembourg S.A. Tous droits réservés.</p><a href="{base}/mentions-legales">Mentions légales</a> · <a href="{base}/cookies">Cookies</a></footer>
</div>
{json_script(next_data, 'id="__NEXT_DATA__" type="application/json"')}
<script src="/_next/static/chunks/webpack-2f9d1a.js" defer=""></script><script src="/_next/static/chunks/framework-8c4e1b.js" defer=""></script><script src="/_next/static/chunks/pages/_app-77a0d3.js" defer=""></script><script src="/_next/static/b7Yx0qK2pLm4/_buildManifest.js" defer=""></script>
</body></html>
"""
    write(
        "01_wort_nextjs_live",
        page,
        {
            "title": title,
            "publication": "Luxemburger Wort",
            "author": "Lena Weydert et Paulo Da Silva Reis",
            "section": "Luxembourg",
            "date": datetime.date(2026, 11, 14),
            "standfirst": lead,
            "source_url": url,
            "subheads": [h for _, h, _ in WORT_LIVE if h],
            "paragraphs": [flat(p) for _, _, body in WORT_LIVE for p in body],
            "notes": "Next.js live ticker, newest entry first: the clock times in <time> are not text, the h3 entry titles are subheads and one entry (14:20) has none; the whole ticker again in __NEXT_DATA__ (not to be read twice); LiveBlogPosting with articleSection 'Luxembourg' while the breadcrumb ends on 'Météo' (JSON-LD wins); two authors as two links joined by a span 'et'; updated time 16:45 is not the date; photo caption and credit in the header are not text.",
        },
    )


# --- 02 Monaco-Matin (MC), Drupal 10, interview -------------------------------------------

MM_INTRO = "Depuis 2023, les bénévoles de Monaco Kayak Côte sortent deux fois par mois entre la plage du Larvotto et l'anse du Portier. Ils ont remonté l'an dernier 1,8 tonne de déchets. À partir du 5&nbsp;décembre, l'association ouvre ses sorties aux plongeurs amateurs."
MM_QA = [
    (
        "Pourquoi ouvrir vos plongées au public maintenant&nbsp;?",
        "Parce que nous ne sommes plus assez nombreux. Nous avons une vingtaine de bénévoles réguliers, c'est trop peu pour couvrir la zone. Et puis les gens qui voient les déchets de leurs propres yeux changent de regard. Un sac rempli sous l'eau convainc mieux qu'une affiche.",
    ),
    (
        "Qu'est-ce que vous trouvez le plus souvent&nbsp;?",
        "Des mégots, toujours. On en ramasse encore à cinq mètres de fond, coincés entre les rochers de la digue. Ensuite viennent les bouteilles en verre, les bâches de chantier et, de plus en plus, des trottinettes. Nous en avons sorti sept depuis janvier.",
    ),
    (
        "Les chantiers en mer ont-ils aggravé la situation&nbsp;?",
        "Je ne veux accuser personne. Les entreprises ont fait des efforts et nous échangeons régulièrement avec leurs équipes. Mais après chaque coup de mistral, on retrouve des morceaux de géotextile sur les herbiers de posidonie, et ce n'est pas la nature qui les a mis là.",
    ),
    (
        "Comment participer&nbsp;?",
        "Il faut avoir au moins le niveau 1 de plongée et s'inscrire sur notre site. Nous fournissons les filets et les gants. La première sortie partira du Larvotto le samedi 5&nbsp;décembre à 9&nbsp;heures, si la météo le permet.",
    ),
]
MM_PULL = "«&nbsp;Un sac rempli sous l'eau convainc mieux qu'une affiche&nbsp;»"


def page02_monacomatin_drupal_interview() -> None:
    base = "https://www.monacomatin.mc"
    url = (
        f"{base}/societe/helene-bottari-on-ramasse-encore-des-megots-a-cinq-metres-de-fond-10284417"
    )
    title = "Hélène Bottari : « On ramasse encore des mégots à cinq mètres de fond »"
    chapo = "La présidente de l'association Monaco Kayak Côte lance cet hiver des plongées de nettoyage ouvertes au public. Elle dresse le bilan de trois ans de collecte dans les eaux de la Principauté."
    qa_html = []
    for i, (q, a) in enumerate(MM_QA):
        qa_html.append(f"<p><strong>{q}</strong></p>\n<p>{a}</p>")
        if i == 0:
            qa_html.append(f'<blockquote class="citation-exergue"><p>{MM_PULL}</p></blockquote>')
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
            {"@type": "ListItem", "position": 2, "name": "Monaco", "item": f"{base}/monaco"},
            {"@type": "ListItem", "position": 3, "name": "Société", "item": f"{base}/societe"},
        ],
    }
    settings = {
        "path": {"baseUrl": "/", "currentPath": "node/10284417", "currentLanguage": "fr"},
        "pluralDelimiter": "\u0003",
        "ajaxPageState": {"libraries": css_blob(21, "lib", 60)[:2400], "theme": "nice_matin"},
        "dataLayer": {"defaultLang": "fr"},
        "nmTeasers": teasers(22, 30, base, FILLER),
    }
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<title>{title} - Monaco-Matin</title>
<meta name="description" content="{chapo}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="Monaco-Matin" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="{chapo}" />
<meta property="og:image" content="{base}/sites/default/files/styles/og/public/2026-11/bottari-larvotto.jpg" />
<meta property="article:published_time" content="2026-11-18T08:30:00+01:00" />
<meta property="article:modified_time" content="2026-11-18T11:02:00+01:00" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" /><meta name="HandheldFriendly" content="true" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
{json_script(crumbs)}
<link rel="icon" href="/themes/custom/nice_matin/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q0bN3k7uP2e.css?delta=0&amp;language=fr&amp;theme=nice_matin" />
<style>{css_blob(23, "nm", 620)}</style>
{trackers(24, ["sfbx", "gtm", "dfp", "poool"])}
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="appconsent" class="consent-banner"><p>Avec votre accord, nous et nos 212 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.</p><button class="consent-accept">Accepter</button><button class="consent-refuse">Refuser</button></div>
<header role="banner" class="site-header"><div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/nice_matin/logo-monaco-matin.svg" alt="Monaco-Matin" /></a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">Navigation principale</h2>{menu(25, "menu", base, ["Monaco", "Société", "Sports", "Économie", "Culture", "Faits divers"], 8)}</nav>
<a class="btn-abo" href="/abonnement">S'abonner</a></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol><li><a href="/">Accueil</a></li><li><a href="/monaco">Monaco</a></li><li><a href="/societe">Société</a></li></ol></nav>
<article data-history-node-id="10284417" role="article" about="/societe/helene-bottari-on-ramasse-encore-des-megots-a-cinq-metres-de-fond-10284417" class="node node--type-article node--promoted node--view-mode-full">
<div class="node__header">
<div class="field field--name-field-surtitre field--type-string field--label-hidden field__item">Environnement</div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
<div class="clearfix text-formatted field field--name-field-chapo field--type-text-long field--label-hidden field__item"><p>{chapo}</p></div>
<div class="node__meta"><div class="field field--name-field-signature field--type-string field--label-hidden field__item">Propos recueillis par Thomas Rinaldi</div>
<div class="node__dates">Publié le <time datetime="2026-11-18T07:30:00Z">18/11/2026 à 08:30</time>, mis à jour le <time datetime="2026-11-18T10:02:00Z">18/11/2026 à 11:02</time></div></div>
</div>
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure><img loading="lazy" src="/sites/default/files/styles/large/public/2026-11/bottari-larvotto.jpg" width="1140" height="641" alt="Hélène Bottari sur la plage du Larvotto" /><figcaption>Hélène Bottari, sur la plage du Larvotto, d'où partira la première plongée ouverte au public. <span class="credit">(Photo Jean-François Ottonello)</span></figcaption></figure></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>{MM_INTRO}</p>
{chr(10).join(qa_html)}
</div>
<div class="paywall-teaser field--name-field-tags"><span class="label">Thèmes :</span> <a href="/tags/environnement">Environnement</a> <a href="/tags/larvotto">Larvotto</a> <a href="/tags/plongee">Plongée</a></div>
</div>
</article>
<section class="block-related"><h2>À lire aussi sur Monaco-Matin</h2>{related(26, base, "teaser-list", 6)}</section>
<section id="comments" class="comments"><h2>Commentaires</h2><p class="comments-closed">Les commentaires sont réservés aux abonnés.</p></section>
</div></main>
<footer role="contentinfo" class="site-footer">{menu(27, "footer-menu", base, ["Monaco-Matin", "Services", "Groupe Nice-Matin"], 6)}<p class="copyright">© Monaco-Matin 2026 — Tous droits réservés</p></footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{json.dumps(settings, ensure_ascii=False)}</script>
<script src="/sites/default/files/js/js_v8PqZ2m1.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=nice_matin"></script>
</body>
</html>
"""
    paragraphs = [flat(MM_INTRO)]
    for q, a in MM_QA:
        paragraphs += [flat(q), flat(a)]
    write(
        "02_monacomatin_drupal_interview",
        page,
        {
            "title": title,
            "publication": "Monaco-Matin",
            "author": "Thomas Rinaldi",
            "section": "Société",
            "date": datetime.date(2026, 11, 18),
            "standfirst": chapo,
            "source_url": url,
            "pull_quotes": [flat(MM_PULL)],
            "paragraphs": paragraphs,
            "notes": "Drupal 10 interview: questions in <p><strong> are paragraphs; 'Propos recueillis par' signature; field--name-field-chapo standfirst; pull quote in a blockquote.citation-exergue between two answers (it repeats an answer's sentence); JSON-LD is only a BreadcrumbList, no article:section, so the breadcrumb's last item 'Société' is the section, not the surtitre 'Environnement'; visible times local, <time datetime> in UTC; mis à jour later the same day; tags and closed comments after the body.",
        },
    )


# --- 03 Le Nouvelliste (HT), WordPress Newspaper theme, gallery ---------------------------

LN_BEFORE = [
    "Dans l’atelier de Wilner Desrosiers, rue Sainte-Anne, les masques s’empilent jusqu’au plafond. Têtes de taureau, oiseaux aux ailes déployées, diables cornus&nbsp;: une soixantaine de pièces attendent leur dernière couche de peinture, à moins de trois mois du carnaval de Jacmel.",
    "«&nbsp;Cette année, le papier coûte deux fois plus cher qu’en 2024 et la colle arrive quand elle peut&nbsp;», explique l’artisan de 52&nbsp;ans, les mains blanches d’amidon. Les routes vers Port-au-Prince restant incertaines, il fait venir ses fournitures par bateau depuis Les Cayes.",
]
LN_MIDDLE = [
    "Une quinzaine d’ateliers travaillent encore dans le centre historique, contre une quarantaine il y a dix ans. Beaucoup de jeunes formés sur place sont partis vers la République dominicaine ou le Chili, regrette Marie-Flore Étienne, qui coordonne une coopérative de huit artisans.",
    "La coopérative vend désormais une partie de sa production à des galeries de Miami et de Montréal. «&nbsp;Un masque de taille moyenne se vend 150 dollars là-bas. Ici, pour le défilé, on le loue 2&nbsp;500 gourdes&nbsp;», précise-t-elle.",
]
LN_AFTER = [
    "La mairie a promis une subvention de 1,2 million de gourdes aux groupes carnavalesques, sans en préciser le calendrier. En attendant, Wilner Desrosiers a réduit ses commandes et travaille le soir, à la lampe solaire, quand le courant ne revient pas.",
    "«&nbsp;Le carnaval, c’est notre vitrine. Si on le rate, les touristes ne reviendront pas l’année d’après&nbsp;», dit-il en posant un bec jaune sur une tête d’oiseau.",
]
LN_GALLERY = [
    "Wilner Desrosiers applique une couche d’amidon sur un masque de taureau.",
    "Les masques sèchent au soleil dans la cour de l’atelier, rue Sainte-Anne.",
    "Marie-Flore Étienne présente un modèle destiné à une galerie de Montréal.",
    "Un apprenti découpe les cornes d’un diable dans du carton récupéré.",
]


def page03_lenouvelliste_wordpress_gallery() -> None:
    base = "https://lenouvelliste.com"
    url = f"{base}/article/251907/a-jacmel-les-artisans-du-papier-mache-preparent-un-carnaval-sous-contrainte"
    title = "À Jacmel, les artisans du papier mâché préparent un carnaval sous contrainte"
    desc = "Hausse des prix, fournitures acheminées par bateau, ateliers désertés : à Jacmel, les fabricants de masques tiennent bon avant le carnaval."
    gallery = "".join(
        f'<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683" src="{base}/wp-content/uploads/2026/11/jacmel-masques-{i + 1}-1024x683.jpg" alt="" class="wp-image-{88410 + i}"/>'
        f'<figcaption class="wp-element-caption">{c} Photo&nbsp;: Kervens Pierre-Louis / Le Nouvelliste</figcaption></figure>'
        for i, c in enumerate(LN_GALLERY)
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {
                    "name": "Roselaure Jean-Baptiste",
                    "@id": f"{base}/#/schema/person/4be1c0",
                },
                "headline": title,
                "datePublished": "2026-11-21T02:40:00+00:00",
                "dateModified": "2026-11-21T13:05:27+00:00",
                "wordCount": 312,
                "articleSection": ["Culture", "À la une"],
                "keywords": ["Artisanat", "Carnaval", "Jacmel"],
                "inLanguage": "fr-FR",
                "publisher": {"@id": f"{base}/#organization"},
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - Le Nouvelliste",
                "datePublished": "2026-11-21T02:40:00+00:00",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                    {"@type": "ListItem", "position": 2, "name": title},
                ],
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Le Nouvelliste",
                "url": base,
            },
            {
                "@type": "Person",
                "@id": f"{base}/#/schema/person/4be1c0",
                "name": "Roselaure Jean-Baptiste",
            },
        ],
    }
    comments = "".join(
        f'<li class="comment" id="comment-{n}"><article class="comment-body"><footer class="comment-meta"><cite class="fn">{who}</cite> <time datetime="2026-11-2{d}T{h}">{d}1 novembre 2026 à {h[:5]}</time></footer><div class="comment-content"><p>{txt}</p></div></article></li>'
        for n, who, d, h, txt in [
            (
                40211,
                "Jocelyne D.",
                1,
                "09:12:00-05:00",
                "Bravo à ces artisans qui portent le nom de Jacmel partout dans le monde. Il faut que l'État les soutienne vraiment.",
            ),
            (
                40219,
                "Frantz Augustin",
                1,
                "11:47:00-05:00",
                "J'ai acheté un masque chez M. Desrosiers en 2019, il est toujours accroché dans mon salon à Brooklyn.",
            ),
        ]
    )
    page = f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<html lang="fr-FR">
<head>
<title>{title} - Le Nouvelliste</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{base}/xmlrpc.php" />
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<meta name="description" content="{desc}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" /><meta property="og:type" content="article" /><meta property="og:title" content="{title} - Le Nouvelliste" /><meta property="og:description" content="{desc}" /><meta property="og:url" content="{url}" /><meta property="og:site_name" content="Le Nouvelliste" />
<meta property="article:publisher" content="https://www.facebook.com/lenouvelliste" /><meta property="article:published_time" content="2026-11-20T21:40:00-05:00" /><meta property="article:modified_time" content="2026-11-21T08:05:27-05:00" />
<meta property="og:image" content="{base}/wp-content/uploads/2026/11/jacmel-masques-1.jpg" /><meta name="author" content="Roselaure Jean-Baptiste" />
<meta name="twitter:label1" content="Écrit par" /><meta name="twitter:data1" content="Roselaure Jean-Baptiste" /><meta name="twitter:label2" content="Durée de lecture estimée" /><meta name="twitter:data2" content="2 minutes" />
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel='stylesheet' id='td-theme-css' href='{base}/wp-content/themes/Newspaper/style.css?ver=12.6.3' type='text/css' media='all' />
<style id='td-theme-inline-css'>{css_blob(31, "td", 700)}</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
{trackers(32, ["gtag", "quantcast", "adsense"])}
</head>
<body class="post-template-default single single-post postid-251907 single-format-standard td-standard-pack global-block-template-1 single_template_2 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="qc-cmp2-container"><div class="qc-cmp2-summary"><p>Nous accordons de l'importance à votre vie privée. Le Nouvelliste et ses partenaires stockent des informations sur votre appareil.</p><button>J'ACCEPTE</button><button>PLUS D'OPTIONS</button></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full"><div class="td-header-top-menu"><div class="td_data_time">samedi, novembre 21, 2026</div><a href="{base}/abonnement">Abonnez-vous</a></div></div>
<div class="td-header-menu-wrap-full"><div class="td-header-menu-wrap td-header-gradient"><div id="td-header-menu" role="navigation"><div class="td-main-menu-logo"><a class="td-main-logo" href="{base}/"><img src="{base}/wp-content/uploads/2024/02/logo-le-nouvelliste.png" alt="Le Nouvelliste"/></a></div>
<div class="menu-td-demo-header-menu-container">{menu(33, "sf-menu", base, ["Actualités", "Économie", "Culture", "Sport", "Opinion", "Diaspora"], 10)}</div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-2"><div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{base}/">Accueil</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Voir tous les articles dans Culture" class="entry-crumb" href="{base}/category/culture">Culture</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-251907" class="post-251907 post type-post status-publish format-standard has-post-thumbnail category-culture category-a-la-une tag-artisanat tag-carnaval tag-jacmel" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{base}/category/culture">Culture</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{title}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Par</div> <a href="{base}/author/rjeanbaptiste">Roselaure Jean-Baptiste</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-11-20T21:40:00-05:00">20 novembre 2026</time></span>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>2</a></div></div></header></div>
<div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-facebook" href="#">Facebook</a><a class="td-social-sharing-button td-social-whatsapp" href="#">WhatsApp</a></div>
<div class="td-post-featured-image"><figure><img width="696" height="464" class="entry-thumb" src="{base}/wp-content/uploads/2026/11/jacmel-masques-1-696x464.jpg" alt="" title="Masques de carnaval à Jacmel"/><figcaption class="wp-caption-text">Des masques de taureau en attente de peinture dans l’atelier de Wilner Desrosiers. Photo&nbsp;: Kervens Pierre-Louis / Le Nouvelliste</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{paras(*LN_BEFORE)}
<div class="td_block_wrap td_block_related_posts td-lire-aussi"><h4 class="td-block-title"><span>Lire aussi</span></h4><div class="td-related-row"><a href="{base}/article/249512/le-carnaval-de-jacmel-reporte-a-mars-par-le-comite-organisateur" rel="bookmark">Le comité organisateur repousse au mois de mars le défilé principal du carnaval</a></div></div>
{paras(*LN_MIDDLE)}
<figure class="wp-block-gallery has-nested-images columns-2 is-cropped wp-block-gallery-1 is-layout-flex">{gallery}</figure>
{paras(*LN_AFTER)}
<div class="td-a-rec td-a-rec-id-content_bottom"><span class="td-adspot-title">- Publicité -</span><div id="div-gpt-ad-content-bottom"></div></div>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="{base}/tag/artisanat">Artisanat</a></li><li><a href="{base}/tag/carnaval">Carnaval</a></li><li><a href="{base}/tag/jacmel">Jacmel</a></li></ul></div>
<div class="td-author-name vcard author"><span class="fn"><a href="{base}/author/rjeanbaptiste">Roselaure Jean-Baptiste</a></span></div></footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">ARTICLES CONNEXES</a><a class="td-related-right" href="#">PLUS DE L'AUTEUR</a></h4>{related(34, base, "td-related-list", 6)}</div>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>2 COMMENTAIRES</span></h4></div><ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LAISSER UN COMMENTAIRE</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform"><textarea placeholder="Commentaire :" id="comment" name="comment"></textarea><input placeholder="Nom :*" name="author" type="text"><input type="submit" value="Publier le commentaire"></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>Les plus lus</span></h4>{related(35, base, "td-popular", 8)}</div></div></div>
</div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container">{menu(36, "td-footer-menu", base, ["Le Nouvelliste", "Rubriques", "Services"], 6)}<div class="td-sub-footer-copy">© Le Nouvelliste 2026 — Port-au-Prince, Haïti. Tous droits réservés.</div></div></div>
</div>
<script type="text/javascript" src="{base}/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.3" id="td-site-min-js"></script>
<script type="text/javascript">var tdBlocksArray = [];var tdLocalCache = {json.dumps(teasers(37, 20, base, FILLER), ensure_ascii=False)};</script>
</body>
</html>
"""
    write(
        "03_lenouvelliste_wordpress_gallery",
        page,
        {
            "title": title,
            "publication": "Le Nouvelliste",
            "author": "Roselaure Jean-Baptiste",
            "section": "Culture",
            "date": datetime.date(2026, 11, 20),
            "source_url": url,
            "paragraphs": [flat(p) for p in LN_BEFORE + LN_MIDDLE + LN_AFTER],
            "notes": "WordPress, tagDiv Newspaper theme with Yoast @graph: published 21:40 in Port-au-Prince (article:published_time and <time> say 2026-11-20 -05:00) while the JSON-LD says 02:40 UTC the next day (the page's own zone wins); articleSection list ['Culture', 'À la une']; a 'Lire aussi' related-posts block inside td-post-content; a wp-block-gallery of four captioned photos between paragraphs (captions and credits are not text); featured image caption; the header's date of the day; '- Publicité -'; tags, author line, related posts and two reader comments after the text.",
        },
    )


# --- 04 L'Express de Madagascar (MG), home-made PHP, tables and <br><br> -----------------

EXM_SEGMENTS = [
    "Les éleveurs laitiers du Vakinankaratra ne décolèrent pas. Depuis le 1<sup>er</sup> novembre, la principale laiterie de la région paie le litre de lait 1 400 ariary à la collecte, contre 1 650 ariary en octobre. Une baisse de 15 % que les producteurs jugent injustifiée.",
    "« Le prix de la provende a encore augmenté ce mois-ci. Avec 1 400 ariary, nous travaillons à perte », lance Jean-Claude Randrianarisoa, éleveur à Betafo et président d'une coopérative de 64 membres. Mardi, une centaine d'éleveurs se sont rassemblés devant les bureaux de la direction régionale de l'Élevage, à Antsirabe.",
    None,
    "Du côté des industriels, on invoque un surplus de production. « Les pluies sont arrivées tôt, les pâturages sont abondants et nous recevons 20 % de lait en plus qu'à la même période l'an dernier », explique un responsable de la laiterie, qui a requis l'anonymat. Les capacités de transformation en fromage et en yaourt seraient saturées.",
    "La direction régionale de l'Élevage a convoqué une réunion entre les deux parties le 26 novembre. Elle propose un prix plancher de 1 500 ariary jusqu'à la fin de la saison des pluies, en échange d'un engagement des coopératives à améliorer la qualité du lait livré.",
    "En attendant, certains producteurs se tournent vers la vente directe sur les marchés d'Antsirabe, où le litre se négocie entre 2 000 et 2 200 ariary. Mais cette solution ne concerne que les exploitations proches de la ville.",
]
EXM_SUBHEAD = "Surplus de saison"


def page04_lexpressmada_php_br() -> None:
    base = "https://lexpress.mg"
    url = f"{base}/19/11/2026/antsirabe-les-producteurs-de-lait-denoncent-la-baisse-du-prix-a-la-collecte/"
    title = "Antsirabe – Les producteurs de lait dénoncent la baisse du prix à la collecte"
    body = "<br /><br />\n".join(
        f"<strong>{EXM_SUBHEAD}</strong>" if s is None else s for s in EXM_SEGMENTS
    )
    side = "".join(
        f'<tr><td class="une_petit"><a href="{t["url"]}">{t["title"]}</a><br /><span class="date_petit">{t["date"]}</span></td></tr>'
        for t in teasers(41, 18, base, FILLER)
    )
    rubriques = "".join(
        f'<td class="menu_rub"><a href="{base}/rubrique/{r.lower()}/">{r}</a></td>'
        for r in [
            "Actualités",
            "Politique",
            "Économie",
            "Société",
            "Régions",
            "Culture",
            "Sport",
            "Opinions",
        ]
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<!-- saved from url=(0108){url} -->
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>L'Express de Madagascar - {title}</title>
<meta name="keywords" content="Madagascar, actualités, Antsirabe, lait, élevage, Vakinankaratra">
<meta name="description" content="Les éleveurs laitiers du Vakinankaratra ne décolèrent pas.">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/images/articles/2026/11/lait-antsirabe.jpg">
<link rel="stylesheet" href="{base}/css/style2011.css" type="text/css">
<style type="text/css">{css_blob(42, "exm", 480)}</style>
<script type="text/javascript" src="{base}/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">function MM_swapImage() {{ var i,j=0,x,a=MM_swapImage.arguments; }} var pub_rotation = {json.dumps([t["image"] for t in teasers(43, 12, base, FILLER)])};</script>
{trackers(44, ["urchin", "histats"])}
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<div id="cookie_bar" style="position:fixed;bottom:0;width:100%;background:#333;color:#fff">Ce site utilise des cookies pour améliorer votre navigation. <a href="javascript:acceptCookies()">OK</a></div>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><a href="{base}/"><img src="{base}/images/logo_express.gif" width="420" height="90" border="0" alt="L'Express de Madagascar"></a><span class="date_jour">Jeudi 19 novembre 2026</span></td></tr>
<tr><td colspan="2"><table width="100%" cellpadding="4" cellspacing="0"><tr>{rubriques}</tr></table></td></tr>
<tr><td colspan="2" class="fil"><a href="{base}/">Accueil</a> &raquo; <a href="{base}/rubrique/economie/">Économie</a></td></tr>
<tr>
<td width="660" valign="top">
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td class="rubrique_titre">ÉCONOMIE</td></tr>
<tr><td class="titre_article">{title}</td></tr>
<tr><td class="date_article">Publié le jeudi 19 novembre 2026 à 07:15 &nbsp;|&nbsp; <a href="javascript:window.print()">Imprimer</a> &nbsp;|&nbsp; <a href="{base}/envoyer.php?id=118224">Envoyer à un ami</a></td></tr>
<tr><td><img src="{base}/images/articles/2026/11/lait-antsirabe.jpg" width="400" height="266" align="left" hspace="8" alt=""><span class="legende">Les bidons de lait attendent la collecte à Betafo.</span></td></tr>
<tr><td class="texte_article">
{body}
<br /><br />
<div align="right"><b>Hanitra RASOANAIVO</b></div>
</td></tr>
<tr><td class="partage"><a href="https://www.facebook.com/sharer.php?u={url}">Partager sur Facebook</a> | <a href="{base}/reagir.php?id=118224">Réagir à cet article</a></td></tr>
<tr><td class="autres"><b>Dans la même rubrique</b><br /><a href="{base}/18/11/2026/vanille-les-exportateurs-attendent-le-nouveau-prix-plancher/">Vanille &ndash; Les exportateurs attendent le nouveau prix plancher</a><br /><a href="{base}/17/11/2026/jirama-les-delestages-reprennent-dans-la-capitale/">Jirama &ndash; Les délestages reprennent dans la capitale</a></td></tr>
<tr><td class="reactions"><b>Réactions (1)</b><br /><i>Rado, le 19/11/2026 à 09:41</i><br />Il faut que l'Etat fixe un prix minimum, sinon les petits éleveurs vont abandonner.</td></tr>
</table>
</td>
<td width="320" valign="top" class="colonne_droite"><table width="100%" cellpadding="4" cellspacing="0"><tr><td class="titre_colonne">Les plus lus</td></tr>{side}</table>
<div class="pub_droite"><a href="{base}/pub/clic.php?id=77"><img src="{base}/pub/banniere_300x250.gif" width="300" height="250" border="0" alt="Publicité"></a></div></td>
</tr>
<tr><td colspan="2" class="pied" align="center">© 2026 L'Express de Madagascar &ndash; Antananarivo &ndash; Tous droits réservés | <a href="{base}/contact.php">Contact</a> | <a href="{base}/publicite.php">Publicité</a></td></tr>
</table>
</body>
</html>
"""
    write(
        "04_lexpressmada_php_br",
        page,
        {
            "title": title,
            "publication": "L'Express de Madagascar",
            "author": "Hanitra Rasoanaivo",
            "section": "Économie",
            "date": datetime.date(2026, 11, 19),
            "source_url": url,
            "subheads": [EXM_SUBHEAD],
            "paragraphs": [flat(s) for s in EXM_SEGMENTS if s is not None],
            "notes": "Home-made PHP of tables, windows-1252 bytes declared ISO-8859-1 (a real en dash 0x96 in the headline: no encoding warning); no h1 (headline in td.titre_article); the text is one td split by <br /><br /> with a <strong> line as subhead; signature 'Hanitra RASOANAIVO' right-aligned after the text (natural casing); no canonical and no JSON-LD: og:url is the address (the saved-from comment agrees); section from the breadcrumb 'Accueil » Économie' (the ÉCONOMIE label agrees); the header's date of the day; caption; one reader reaction dated the same day.",
        },
        encoding="cp1252",
    )
