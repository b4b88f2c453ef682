# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout29/web (La Réunion, Québec, Wallonie, Algérie)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, related, teasers, trackers, write

# --- 05 Clicanoo (RE), Arc XP, paywall ----------------------------------------------------

CLI_PARAS = [
    "Les promeneurs du dimanche devront encore patienter. La nouvelle promenade du front de mer de Saint-Pierre, dont la livraison était annoncée pour la fin de l’année, ne sera pas achevée avant juillet 2027, a reconnu la municipalité lors du conseil municipal de lundi soir.",
    "En cause, d’abord, la nature du sol. Les sondages réalisés au printemps ont révélé sous l’ancien parking des remblais beaucoup moins stables que ne le laissaient penser les études de 2022. «&nbsp;Nous avons dû reprendre le dimensionnement des fondations sur près de 300&nbsp;mètres&nbsp;», a expliqué l’adjoint chargé des travaux, Patrice Lauret.",
    "Le lot consacré aux aménagements paysagers a ensuite dû être relancé après la défaillance de l’entreprise retenue, placée en redressement judiciaire en août. Un nouvel appel d’offres a été publié le mois dernier et les candidatures sont attendues jusqu’au 4&nbsp;décembre. D’ici là, une partie des engins a été redéployée vers d’autres chantiers de la commune.",
    "Le surcoût n’a pas été chiffré officiellement. Selon nos informations, il pourrait dépasser 1,5&nbsp;million d’euros sur un budget initial de 11,8&nbsp;millions, financé pour moitié par des fonds européens. L’opposition a demandé la présentation d’un bilan financier détaillé avant la fin de l’année.",
    "Pour les commerçants du boulevard Hubert-Delisle, la nouvelle tombe mal. «&nbsp;Cela fait huit mois que nos clients se garent à un kilomètre et contournent les barrières&nbsp;», soupire la gérante d’un glacier installé face à la plage.",
]


def page05_clicanoo_arcxp_paywall() -> None:
    base = "https://www.clicanoo.re"
    url = f"{base}/sud/2026/11/17/saint-pierre-le-chantier-du-front-de-mer-accuse-six-mois-de-retard-XK4TQ2ZB7RFP3M.html"
    title = "Saint-Pierre : le chantier du front de mer accuse six mois de retard"
    og_title = "Front de mer de Saint-Pierre : six mois de retard pour le chantier"
    sub = "Les travaux de la promenade entre la plage et le port ne seront pas livrés avant l’été 2027. En cause : des fondations plus fragiles que prévu et un lot du marché à relancer."
    global_content = {
        "_id": "XK4TQ2ZB7RFP3M",
        "type": "story",
        "canonical_url": url.removeprefix(base),
        "headlines": {"basic": title, "meta_title": og_title},
        "subheadlines": {"basic": sub},
        "credits": {
            "by": [{"type": "author", "name": "Laetitia Grondin", "_id": "laetitia-grondin"}]
        },
        "taxonomy": {
            "primary_section": {"_id": "/sud", "name": "Sud"},
            "tags": [{"text": "Saint-Pierre"}, {"text": "Travaux"}],
        },
        "first_publish_date": "2026-11-17T14:05:00.000Z",
        "display_date": "2026-11-17T14:05:00.000Z",
        "content_restrictions": {"content_code": "premium"},
        "content_elements": [
            {"type": "text", "_id": f"P{i}", "content": p} for i, p in enumerate(CLI_PARAS)
        ],
        "truncated": True,
        "related_content": {"basic": teasers(51, 10, base, FILLER)},
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": og_title,
        "description": sub,
        "datePublished": "2026-11-17T18:05:00+04:00",
        "dateModified": "2026-11-17T18:05:00+04:00",
        "articleSection": "Sud",
        "author": [
            {
                "@type": "Person",
                "name": "Laetitia Grondin",
                "url": f"{base}/auteurs/laetitia-grondin/",
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Clicanoo",
            "logo": {"@type": "ImageObject", "url": f"{base}/pf/resources/logo-clicanoo.png"},
        },
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paywall-content",
        },
        "image": [f"{base}/resizer/v2/front-de-mer-saint-pierre.jpg?auth=7e1c&width=1200"],
    }
    body = "\n".join(f'<p class="c-paragraph b-margin-bottom-d15-m10">{p}</p>' for p in CLI_PARAS)
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{og_title} | Clicanoo</title><link rel="canonical" href="{url}"/><meta name="description" content="{sub}"/><meta property="og:site_name" content="Clicanoo"/><meta property="og:type" content="article"/><meta property="og:title" content="{og_title}"/><meta property="og:description" content="{sub}"/><meta property="og:url" content="{url}"/><meta property="og:image" content="{base}/resizer/v2/front-de-mer-saint-pierre.jpg?auth=7e1c&amp;width=1200"/><meta property="article:published_time" content="2026-11-17T14:05:00.000Z"/><meta property="article:section" content="Sud"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:title" content="{og_title}"/>{json_script(ld)}<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=1042&amp;mxId=00000000"/><style>{css_blob(52, "b", 680)}</style>{trackers(53, ["sirdata", "gtm", "arc-subs", "marfeel"])}</head><body><div id="fusion-app" class="layout-section"><div class="sirdata-cmp" role="dialog"><p>Clicanoo et ses partenaires déposent des cookies pour vous proposer des contenus et des publicités adaptés. Vous pouvez accepter ou refuser.</p><button>Tout accepter</button><button>Tout refuser</button><button>Personnaliser</button></div><header class="c-stack b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><a class="b-header-nav-chain__logo" href="/"><img src="{base}/pf/resources/logo-clicanoo.svg" alt="Clicanoo"/></a><nav class="b-header-nav-chain__nav">{menu(54, "c-link-list", base, ["Nord", "Sud", "Est", "Ouest", "Société", "Économie", "Sports", "Océan Indien"], 7)}</nav><a class="c-button c-button--primary" href="/abonnement/">Je m’abonne</a></div></header><main class="b-right-rail-advanced__main"><div class="b-overline"><a class="c-overline" href="/sud/">Sud</a></div><h1 class="b-headline c-heading">{title}</h1><h2 class="b-subheadline c-heading">{sub}</h2><div class="b-byline"><span class="c-attribution">Par <a class="c-link" href="/auteurs/laetitia-grondin/">Laetitia Grondin</a></span></div><div class="b-date"><time class="c-date" datetime="2026-11-17T14:05:00.000Z">Publié le 17 novembre 2026 à 18h05</time></div><div class="b-share-bar"><a href="#">Facebook</a><a href="#">WhatsApp</a><a href="#">Copier le lien</a></div><figure class="c-media-item b-lead-art"><img class="c-image" src="{base}/resizer/v2/front-de-mer-saint-pierre.jpg?auth=7e1c&amp;width=800" alt="" width="800" height="450"/><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Les palissades du chantier longent la plage de Saint-Pierre depuis le mois de mars.</span> <span class="c-media-item__credit">(Photo Cédric Boyer)</span></figcaption></figure><article class="b-article-body">{body}<div class="paywall-content b-paywall" data-premium="true"><div class="b-paywall__fade"></div><div class="b-paywall__box"><p class="b-paywall__title">La suite de cet article est réservée aux abonnés</p><p class="b-paywall__offer">Accédez à tous nos articles en illimité dès 1&nbsp;€ le premier mois, sans engagement.</p><a class="c-button c-button--primary" href="/abonnement/?origin=paywall">Je m’abonne</a><p class="b-paywall__login">Déjà abonné ? <a href="/connexion/">Je me connecte</a></p></div></div></article><div class="b-tag-list"><a href="/tags/saint-pierre/">Saint-Pierre</a><a href="/tags/travaux/">Travaux</a></div><section class="b-results-list"><h2 class="c-heading">Dans la même rubrique</h2>{related(55, base, "b-results-list", 8)}</section></main><aside class="b-right-rail-advanced__rail"><div class="arcad" id="arcad_right_rail_1"></div><h2 class="c-heading">Les plus lus</h2>{related(56, base, "b-top-table-list", 6)}</aside><footer class="b-footer">{menu(57, "b-footer__links", base, ["Clicanoo", "Nos services", "Le Journal de l’île"], 6)}<p class="b-footer__copyright">© 2026 Clicanoo – Le Journal de l’île de La Réunion. Tous droits réservés.</p></footer></div><script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="clicanoo";Fusion.contextPath="/pf";Fusion.deployment="1042";Fusion.globalContent={json.dumps(global_content, ensure_ascii=False)};Fusion.globalContentConfig={{"source":"content-api","query":{{"_id":"XK4TQ2ZB7RFP3M"}}}};</script><script src="/pf/dist/engine/react.js?d=1042" defer=""></script><script src="/pf/dist/components/combinations/default.js?d=1042" defer=""></script></body></html>"""
    write(
        "05_clicanoo_arcxp_paywall",
        page,
        {
            "title": title,
            "publication": "Clicanoo",
            "author": "Laetitia Grondin",
            "section": "Sud",
            "date": datetime.date(2026, 11, 17),
            "standfirst": sub,
            "source_url": url,
            "paragraphs": [flat(p) for p in CLI_PARAS],
            "incomplete": True,
            "notes": "Arc XP, one long line: a hard paywall after five paragraphs (incomplete; the box with its 'réservée aux abonnés', offer and login is not text); og:title, <title> and the JSON-LD headline ('Front de mer de Saint-Pierre : six mois…') differ from the h1; standfirst as h2.b-subheadline; meta and <time datetime> in UTC (14:05Z) while the page shows 18h05 in La Réunion (+04:00, the same day); Fusion.globalContent holds the same five paragraphs and 'truncated'; caption and photo credit; overline 'Sud' agrees with articleSection.",
        },
    )


# --- 06 Le Fjord (QC), Ghost newsletter -----------------------------------------------------

FJ_BLOCKS = [
    (
        "p",
        "Il est 7&nbsp;h&nbsp;40, un mardi d’octobre, et la salle d’attente de la clinique de L’Anse-Saint-Jean compte déjà onze personnes. La porte n’ouvre qu’à 8&nbsp;h. Sur le babillard, une feuille plastifiée rappelle que le médecin consulte ici le mardi et le jeudi, à Petit-Saguenay le lundi, et à Rivière-Éternité un mercredi sur deux.",
    ),
    ("h2", "Cent vingt kilomètres par semaine"),
    (
        "p",
        "Le docteur Rémi Tremblay, 61&nbsp;ans, parcourt environ 120&nbsp;kilomètres par semaine entre les trois points de service. Entre le 1<sup>er</sup> et le 31&nbsp;octobre, nous avons recensé 214&nbsp;consultations sur ses journées de présence, soit une moyenne de 16&nbsp;patients par jour, sans compter les visites à domicile.",
    ),
    (
        "p",
        "«&nbsp;Je ne me plains pas, je savais où je m’en allais. Mais je ne pourrai pas faire ça encore cinq ans&nbsp;», nous a-t-il confié entre deux rendez-vous, en avalant un muffin debout dans le corridor.",
    ),
    ("pull", "Je ne pourrai pas faire ça encore cinq ans."),
    ("h2", "Des rendez-vous qui se perdent"),
    (
        "p",
        "Pour les patients, la difficulté tient surtout à l’horaire. Le système de prise de rendez-vous en ligne n’affiche les plages de L’Anse-Saint-Jean que 48&nbsp;heures à l’avance. Plusieurs aînés rencontrés nous ont dit appeler chaque matin à 8&nbsp;h pile, sans succès.",
    ),
    ("signup", ""),
    (
        "p",
        "Sur les 214&nbsp;consultations d’octobre, 37 rendez-vous sont restés sans suite&nbsp;: des patients inscrits qui ne se sont pas présentés, souvent faute de transport. Le minibus du transport collectif régional ne passe qu’une fois par jour dans le rang Saint-Thomas.",
    ),
    (
        "p",
        "Le CIUSSS du Saguenay–Lac-Saint-Jean affirme avoir affiché le poste laissé vacant en juin et discuter avec deux candidats. Aucune date d’arrivée n’a été avancée.",
    ),
]


def page06_lefjord_ghost_newsletter() -> None:
    base = "https://lefjord.ghost.io"
    url = f"{base}/un-medecin-pour-trois-villages/"
    title = "Un médecin pour trois villages : un mois dans la salle d’attente de L’Anse-Saint-Jean"
    excerpt = "Depuis le départ à la retraite de son collègue en juin, le docteur Rémi Tremblay couvre seul trois municipalités du Bas-Saguenay. Nous avons passé quatre semaines à compter les heures, les kilomètres et les rendez-vous manqués."
    parts = []
    for kind, text in FJ_BLOCKS:
        if kind == "p":
            parts.append(f"<p>{text}</p>")
        elif kind == "h2":
            parts.append(f'<h2 id="{text.lower().replace(" ", "-")}">{text}</h2>')
        elif kind == "pull":
            parts.append(
                f'<!--kg-card-begin: html--><aside class="pullquote"><p>{text}</p><span class="pullquote-by">— Dr Rémi Tremblay</span></aside><!--kg-card-end: html-->'
            )
        else:
            parts.append(
                '<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form><div class="kg-signup-card-content"><h2 class="kg-signup-card-heading">Le Fjord, chaque jeudi</h2><p class="kg-signup-card-subheading">Une enquête sur la vie dans nos régions, gratuite, dans votre boîte courriel.</p><form class="kg-signup-card-form" data-members-form="signup"><input class="kg-signup-card-input" type="email" placeholder="Votre courriel" required><button class="kg-signup-card-button" type="submit">S’abonner</button></form></div></div>'
            )
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {
            "@type": "Organization",
            "name": "Le Fjord",
            "url": base + "/",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/content/images/2025/03/logo-fjord.png",
            },
        },
        "author": {
            "@type": "Person",
            "name": "Gabrielle Côté-Simard",
            "url": f"{base}/author/gabrielle/",
            "sameAs": [],
        },
        "headline": title,
        "url": url,
        "datePublished": "2026-11-12T06:00:00.000-05:00",
        "dateModified": "2026-11-12T09:14:51.000-05:00",
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/content/images/2026/11/salle-attente-anse.jpg",
            "width": 2000,
            "height": 1333,
        },
        "keywords": "Santé, Bas-Saguenay, Enquête",
        "description": excerpt,
        "mainEntityOfPage": url,
    }
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>{title}</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="{base}/assets/built/screen.css?v=8d1e2f0a3b">
    <style>{css_blob(61, "gh", 520)}</style>
    <meta name="description" content="{excerpt}">
    <link rel="icon" href="{base}/content/images/size/w256h256/2025/03/icone-fjord.png" type="image/png">
    <link rel="canonical" href="{url}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Le Fjord">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{title}">
    <meta property="og:description" content="{excerpt}">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="{base}/content/images/2026/11/salle-attente-anse.jpg">
    <meta property="article:published_time" content="2026-11-12T11:00:00.000Z">
    <meta property="article:modified_time" content="2026-11-12T14:14:51.000Z">
    <meta property="article:tag" content="Santé">
    <meta property="article:tag" content="Bas-Saguenay">
    <meta property="article:tag" content="Enquête">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Gabrielle Côté-Simard">
    <meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="Santé, Bas-Saguenay, Enquête">
    <script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=4)}
    </script>
    <meta name="generator" content="Ghost 5.101">
    <link rel="alternate" type="application/rss+xml" title="Le Fjord" href="{base}/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="{base}/" data-key="5d1c9a0e7f2b" data-api="{base}/ghost/api/content/" data-locale="fr" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta {{display:flex;flex-direction:column;align-items:center;}}</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="5d1c9a0e7f2b" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" data-sodo-search="{base}/" data-locale="fr" crossorigin="anonymous"></script>
    <link href="{base}/webmentions/receive/" rel="webmention">
    <script defer src="/public/cards.min.js?v=8d1e2f0a3b"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=8d1e2f0a3b">
    <script defer src="/public/member-attribution.min.js?v=8d1e2f0a3b"></script>
{trackers(62, ["plausible"])}
</head>
<body class="post-template tag-sante tag-bas-saguenay tag-enquete has-sans-title has-serif-body">
<div class="gh-viewport">
    <header id="gh-navigation" class="gh-navigation is-left-logo gh-outer">
        <div class="gh-navigation-inner gh-inner">
            <div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="{base}">Le Fjord</a></div>
            <nav class="gh-navigation-menu"><ul class="nav"><li class="nav-accueil"><a href="{base}/">Accueil</a></li><li class="nav-enquetes"><a href="{base}/tag/enquete/">Enquêtes</a></li><li class="nav-archives"><a href="{base}/archives/">Archives</a></li><li class="nav-a-propos"><a href="{base}/a-propos/">À propos</a></li></ul></nav>
            <div class="gh-navigation-actions"><button class="gh-search gh-icon-btn" aria-label="Rechercher" data-ghost-search>Rechercher</button><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Connexion</a><a class="gh-button" href="#/portal/signup" data-portal="signup">S’abonner</a></div></div>
        </div>
    </header>
    <main class="gh-main">
<article class="gh-article post tag-sante tag-bas-saguenay tag-enquete">
    <header class="gh-article-header gh-canvas">
            <a class="gh-article-tag" href="{base}/tag/sante/">Santé</a>
        <h1 class="gh-article-title is-title">{title}</h1>
            <p class="gh-article-excerpt is-body">{excerpt}</p>
        <div class="gh-article-meta">
            <div class="gh-article-author-image instapaper_ignore"><a href="{base}/author/gabrielle/"><img class="author-profile-image" src="{base}/content/images/size/w160/2025/03/gabrielle.jpg" alt="Gabrielle Côté-Simard"></a></div>
            <div class="gh-article-meta-wrapper">
                <h4 class="gh-article-author-name"><a href="{base}/author/gabrielle/">Gabrielle Côté-Simard</a></h4>
                <div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2026-11-12">12 nov. 2026</time><span class="gh-article-meta-length"><span class="bull">—</span> 4 min de lecture</span></div>
            </div>
        </div>
        <figure class="gh-article-image"><img srcset="{base}/content/images/size/w300/2026/11/salle-attente-anse.jpg 300w, {base}/content/images/size/w720/2026/11/salle-attente-anse.jpg 720w" sizes="(min-width: 1400px) 1400px, 92vw" src="{base}/content/images/size/w2000/2026/11/salle-attente-anse.jpg" alt="La salle d’attente de la clinique de L’Anse-Saint-Jean"><figcaption><span style="white-space: pre-wrap;">La salle d’attente de la clinique, un mardi matin d’octobre. Photo : Gabrielle Côté-Simard</span></figcaption></figure>
    </header>
    <section class="gh-content gh-canvas is-body">
        {"".join(parts)}
    </section>
    <section class="gh-author-box gh-canvas"><img class="gh-author-box-image" src="{base}/content/images/size/w160/2025/03/gabrielle.jpg" alt=""><div><h3 class="gh-author-box-name"><a href="{base}/author/gabrielle/">Gabrielle Côté-Simard</a></h3><p class="gh-author-box-bio">Journaliste indépendante installée à Chicoutimi, elle couvre la santé et les services publics dans les régions du Québec. Elle a fondé Le Fjord en 2025.</p></div></section>
    <footer class="gh-article-footer gh-canvas"><div class="gh-article-tags"><a href="{base}/tag/sante/">Santé</a><a href="{base}/tag/bas-saguenay/">Bas-Saguenay</a><a href="{base}/tag/enquete/">Enquête</a></div></footer>
</article>
<section class="gh-comments gh-canvas"><h3>Commentaires</h3><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.21/umd/comments-ui.min.js" data-ghost-comments="{base}/" data-api="{base}/ghost/api/content/" data-admin="{base}/ghost/" data-key="5d1c9a0e7f2b" data-title="" data-count="true" data-post-id="673a0c4f1e2d3b0001a9c8f4" data-color-scheme="auto" data-locale="fr" crossorigin="anonymous"></script><p class="gh-comments-cta">Seuls les membres du Fjord peuvent commenter. <a href="#/portal/signup">Abonnez-vous</a></p></section>
    </main>
    <section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Lire la suite</h2>{related(63, base, "gh-feed", 4)}</div></section>
    <footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">Le Fjord</span><nav class="gh-footer-menu"><ul class="nav"><li><a href="{base}/confidentialite/">Confidentialité</a></li><li><a href="{base}/contact/">Nous joindre</a></li></ul></nav><div class="gh-footer-copyright">Le Fjord © 2026. Propulsé par <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
    <div class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">Le Fjord</h2><p class="gh-footer-signup-subhead is-body">Le journalisme d’enquête du Saguenay–Lac-Saint-Jean, par courriel.</p><button class="gh-button" data-portal="signup">S’abonner</button></div></div></footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__container"><div class="pswp__item"></div></div></div></div>
<script src="{base}/assets/built/source.js?v=8d1e2f0a3b"></script>
</body>
</html>
"""
    write(
        "06_lefjord_ghost_newsletter",
        page,
        {
            "title": title,
            "publication": "Le Fjord",
            "author": "Gabrielle Côté-Simard",
            "section": "Santé",
            "date": datetime.date(2026, 11, 12),
            "standfirst": excerpt,
            "source_url": url,
            "subheads": [t for k, t in FJ_BLOCKS if k == "h2"],
            "pull_quotes": [t for k, t in FJ_BLOCKS if k == "pull"],
            "paragraphs": [flat(t) for k, t in FJ_BLOCKS if k == "p"],
            "notes": "Ghost-hosted newsletter (Source theme): <title> without the site name; excerpt p.gh-article-excerpt as standfirst; primary tag link above the h1 is the only section source (Article JSON-LD has no articleSection, only article:tag metas); h2 subheads; an HTML card aside.pullquote with its speaker line (not text); a signup card with its own h2 inside gh-content (not a subhead, not text); author box with bio after the text; <time datetime> a bare date, JSON-LD -05:00 and metas in UTC agree on 12 November; members-only comments.",
        },
    )


# --- 07 L'Avenir (BE), AMP ----------------------------------------------------------------

AV_BEFORE = [
    "La passerelle cyclo-piétonne de l’Enjambée, qui relie Namur à Jambes au-dessus de la Meuse, sera fermée du lundi 23&nbsp;novembre au vendredi 11&nbsp;décembre inclus. Le Service public de Wallonie doit y remplacer deux des amortisseurs qui limitent les vibrations du tablier.",
    "Lors d’une inspection menée début octobre, les techniciens ont constaté une usure anormale de ces pièces, installées lors de la mise en service de l’ouvrage. «&nbsp;Il n’y a aucun danger pour les usagers à ce stade, mais il faut intervenir avant l’hiver&nbsp;», a indiqué le SPW Mobilité et Infrastructures à Belga.",
]
AV_MIDDLE = [
    "Pendant les travaux, piétons et cyclistes seront déviés par le pont de Jambes, à environ 400&nbsp;mètres en aval. Des panneaux seront installés sur les deux rives et un agent de la Ville guidera les usagers aux heures de pointe, entre 7&nbsp;h&nbsp;30 et 9&nbsp;h puis entre 16&nbsp;h et 18&nbsp;h.",
]
AV_AFTER = [
    "L’échevine de la Mobilité, Catherine Lambot, regrette un calendrier «&nbsp;serré&nbsp;» mais juge la fermeture inévitable. Selon les comptages de la Ville, environ 4&nbsp;000 cyclistes et piétons traversent l’Enjambée chaque jour ouvrable, un chiffre qui a doublé depuis 2021.",
    "Le coût de l’intervention est estimé à 180&nbsp;000&nbsp;euros, dont une partie sera prise en charge par la garantie du fabricant des pièces. Une nouvelle inspection complète de l’ouvrage est prévue au printemps.",
    "<em>Correction (16/11, 17&nbsp;h&nbsp;50)&nbsp;: une première version de cet article indiquait que la fermeture commencerait le lundi 16&nbsp;novembre. Elle débute bien le lundi 23&nbsp;novembre.</em>",
]


def page07_lavenir_amp_lireaussi() -> None:
    base = "https://www.lavenir.net"
    url = f"{base}/regions/namur/2026/11/16/namur-la-passerelle-de-lenjambee-fermee-trois-semaines-ZQ5NLMD2VRBX7K4/"
    title = "Namur : la passerelle de l’Enjambée fermée trois semaines"
    desc = "Piétons et cyclistes seront déviés par le pont de Jambes du 23 novembre au 11 décembre."
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": url,
        "headline": title,
        "description": desc,
        "datePublished": "2026-11-16T12:34:00+01:00",
        "dateModified": "2026-11-16T17:50:00+01:00",
        "articleSection": "Namur",
        "author": [{"@type": "Person", "name": "Julie Marchal"}],
        "sourceOrganization": {"@type": "Organization", "name": "Belga"},
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "L’Avenir",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/pf/resources/logo-lavenir-amp.png",
                "width": 600,
                "height": 60,
            },
        },
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/resizer/enjambee-namur.jpg",
            "width": 1200,
            "height": 675,
        },
    }
    analytics = {
        "vars": {"account": "UA-0000000-1", "section": "regions/namur", "pageType": "article"},
        "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}},
        "extraUrlParams": {"teasers": [t["id"] for t in teasers(71, 60, base, FILLER)]},
    }
    consent = {
        "consentInstanceId": "didomi",
        "checkConsentHref": "https://sdk-amp.privacy-center.example/amp/check",
        "promptUI": "consent-ui",
    }
    page = f"""<!doctype html>
<html ⚡ lang="fr">
<head>
<meta charset="utf-8">
<title>{title} - L’Avenir</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="{desc}">
<meta property="og:site_name" content="L’Avenir"><meta property="og:type" content="article"><meta property="og:title" content="{title}"><meta property="og:description" content="{desc}"><meta property="og:url" content="{url}?outputType=amp"><meta property="og:image" content="{base}/resizer/enjambee-namur.jpg">
<meta property="article:published_time" content="2026-11-16T12:34:00+01:00"><meta property="article:modified_time" content="2026-11-16T17:50:00+01:00"><meta property="article:section" content="Namur">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
{json_script(ld)}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>{css_blob(72, "amp", 560)}</style>
</head>
<body>
<amp-consent id="didomi" layout="nodisplay">{json_script(consent, 'type="application/json"')}<div id="consent-ui" class="consent"><p>L’Avenir et ses partenaires utilisent des cookies pour vous offrir la meilleure expérience.</p><button on="tap:didomi.accept">J’accepte</button><button on="tap:didomi.reject">Je refuse</button></div></amp-consent>
<amp-analytics type="googleanalytics" id="ga">{json_script(analytics, 'type="application/json"')}</amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav>{menu(73, "amp-menu", base, ["Régions", "Belgique", "Monde", "Sports", "Économie", "Loisirs"], 9)}</nav></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="amp-burger">Menu</button><a href="{base}/" class="amp-logo"><amp-img src="{base}/pf/resources/logo-lavenir-amp.png" width="150" height="30" alt="L’Avenir"></amp-img></a><a class="amp-abo" href="{base}/abonnement/">S’abonner</a></header>
<main class="amp-main">
<article class="amp-article">
<div class="amp-article__kicker"><a href="{base}/regions/namur/">Namur</a></div>
<h1 class="amp-article__title">{title}</h1>
<p class="amp-article__byline">Julie Marchal (avec Belga)</p>
<p class="amp-article__dates">Publié le <time datetime="2026-11-16T12:34:00+01:00">16/11/2026 à 12:34</time> · Modifié le <time datetime="2026-11-16T17:50:00+01:00">16/11/2026 à 17:50</time></p>
<figure class="amp-article__lead-art"><amp-img src="{base}/resizer/enjambee-namur.jpg" width="1200" height="675" layout="responsive" alt="La passerelle de l’Enjambée"></amp-img><figcaption>Environ 4&nbsp;000 cyclistes et piétons empruntent la passerelle chaque jour ouvrable. <span class="credit">© ÉdA – Jacques Duchêne</span></figcaption></figure>
<div class="amp-article__body">
{paras(*AV_BEFORE)}
<aside class="amp-article__read-also"><span class="label">Lire aussi</span><a href="{base}/regions/namur/2026/10/28/jambes-le-nouveau-parking-velo-de-la-gare-affiche-deja-complet-HW3PXA/?outputType=amp">Jambes : le nouveau parking vélo de la gare affiche déjà complet</a></aside>
{paras(*AV_MIDDLE)}
<div class="amp-ad-wrapper"><span class="amp-ad-label">Publicité</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/0000000/lavenir/amp/regions_namur/rectangle1" data-multi-size-validation="false"></amp-ad></div>
{paras(*AV_AFTER)}
</div>
<amp-social-share type="facebook" width="40" height="40" data-param-app_id="000000"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share>
</article>
<section class="amp-related"><h2>Plus d’infos sur Namur</h2>{related(74, base, "amp-related__list", 6)}</section>
</main>
<footer class="amp-footer"><a href="{url}">Voir la version complète</a><p>© 2026 L’Avenir – Éditions de l’Avenir SA. Tous droits réservés.</p>{menu(75, "amp-footer__menu", base, ["L’Avenir", "Services"], 6)}</footer>
</body>
</html>
"""
    write(
        "07_lavenir_amp_lireaussi",
        page,
        {
            "title": title,
            "publication": "L’Avenir",
            "author": "Julie Marchal",
            "agency": "Belga",
            "section": "Namur",
            "date": datetime.date(2026, 11, 16),
            "source_url": url,
            "paragraphs": [flat(p) for p in AV_BEFORE + AV_MIDDLE + AV_AFTER],
            "notes": "AMP page (<html ⚡>, amp-img, amp-ad, amp-consent and amp-analytics JSON): canonical differs from og:url (?outputType=amp); byline 'Julie Marchal (avec Belga)' in one element (JSON-LD names Belga as sourceOrganization); an aside 'Lire aussi' between the second and third paragraphs and a 'Publicité' slot later (not text); caption with an ÉdA credit; 'Modifié le' 17:50 after 'Publié le' 12:34; a dated italic correction note closing the body, kept as a paragraph (readers must see it); kicker, article:section and articleSection agree on Namur.",
        },
    )


# --- 08 TSA (DZ), WordPress GeneratePress + Rank Math ---------------------------------------

TSA_BLOCKS = [
    (
        "p",
        "La nouvelle gare routière de l’Est d’Oran, à Haï Sabah, a accueilli ses premiers voyageurs ce jeudi matin, après quatre ans de travaux. L’équipement, qui a coûté 2,3&nbsp;milliards de dinars selon la direction des transports de la wilaya, doit remplacer à terme l’ancienne gare d’El Hamri, saturée depuis des années.",
    ),
    (
        "p",
        "Sur le papier, la gare peut accueillir 120 autocars et 300 taxis interwilayas par jour. Jeudi, vers 11&nbsp;heures, une vingtaine de quais seulement étaient occupés. Plusieurs transporteurs privés reliant Oran à Tlemcen, Sidi Bel Abbès et Mascara continuaient de charger leurs passagers à El Hamri.",
    ),
    ("pull", "« Personne ne nous a consultés sur les tarifs des quais »"),
    (
        "p",
        "«&nbsp;Personne ne nous a consultés sur les tarifs des quais. On nous demande 1&nbsp;800 dinars par départ, contre 600 à El Hamri&nbsp;», proteste Mohamed, propriétaire de deux autocars sur la ligne Oran-Relizane. D’autres dénoncent l’éloignement du site, à une douzaine de kilomètres du centre-ville.",
    ),
    ("h2", "Une navette depuis la place du 1er-Novembre"),
    (
        "p",
        "Pour répondre à ces critiques, l’entreprise publique de transport urbain a mis en service une navette toutes les vingt minutes entre la place du 1er-Novembre et la nouvelle gare, de 5&nbsp;h&nbsp;30 à 21&nbsp;heures. Le billet est fixé à 50&nbsp;dinars.",
    ),
    (
        "p",
        "Le directeur des transports de la wilaya, Karim Benaouda, assure que le transfert complet des lignes se fera «&nbsp;par étapes, d’ici la fin du premier trimestre 2027&nbsp;». L’ancienne gare d’El Hamri doit ensuite être reconvertie en parking, a-t-il précisé, sans avancer de date pour sa fermeture définitive.",
    ),
]


def page08_tsa_generatepress_two_authors() -> None:
    base = "https://www.tsa-algerie.com"
    url = f"{base}/oran-la-nouvelle-gare-routiere-de-lest-ouvre-les-transporteurs-prives-trainent-les-pieds/"
    title = "Oran : la nouvelle gare routière de l’Est ouvre, les transporteurs privés traînent les pieds"
    og_title = "Oran : ouverture de la nouvelle gare routière de l’Est"
    parts = []
    for kind, text in TSA_BLOCKS:
        if kind == "p":
            parts.append(f"<p>{text}</p>")
        elif kind == "h2":
            parts.append(f'<h2 class="wp-block-heading">{text}</h2>')
        else:
            parts.append(
                f'<figure class="wp-block-pullquote"><blockquote><p>{text}</p><cite>Un transporteur privé</cite></blockquote></figure>'
            )
    body_text = " ".join(flat(t) for k, t in TSA_BLOCKS if k == "p")
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": ["Person", "Organization"], "@id": f"{base}/#person", "name": "TSA"},
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base,
                "name": "TSA",
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebPage",
                "@id": f"{url}#webpage",
                "url": url,
                "name": f"{og_title} | TSA",
                "datePublished": "2026-11-19T10:15:00+01:00",
                "dateModified": "2026-11-20T08:40:00+01:00",
                "isPartOf": {"@id": f"{base}/#website"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "NewsArticle",
                "headline": og_title,
                "keywords": "Oran, transport, gare routière",
                "datePublished": "2026-11-19T10:15:00+01:00",
                "dateModified": "2026-11-20T08:40:00+01:00",
                "articleSection": "Économie, Régions",
                "author": {"@type": "Person", "name": "Amine Belkacemi"},
                "publisher": {"@id": f"{base}/#person"},
                "description": "La nouvelle gare routière de l’Est d’Oran a accueilli ses premiers voyageurs jeudi.",
                "name": og_title,
                "articleBody": body_text,
                "@id": f"{url}#richSnippet",
                "isPartOf": {"@id": f"{url}#webpage"},
                "inLanguage": "fr-FR",
                "mainEntityOfPage": {"@id": f"{url}#webpage"},
            },
        ],
    }
    boxes = "".join(
        f'<div class="author-box"><div class="avatar"><img alt="" src="{base}/wp-content/uploads/avatars/{slug}.jpg" width="80" height="80"></div><div class="author-box-content"><h4 class="author-title"><a href="{base}/author/{slug}/">{name}</a></h4><p class="author-description">{bio}</p></div></div>'
        for slug, name, bio in [
            (
                "abelkacemi",
                "Amine Belkacemi",
                "Correspondant de TSA à Oran depuis 2019, il suit les transports, l’urbanisme et l’économie de l’Ouest algérien.",
            ),
            (
                "ncherif",
                "Nadia Cherif",
                "Journaliste au service Économie, elle couvre l’industrie et les politiques publiques.",
            ),
        ]
    )
    comments = "".join(
        f'<article id="div-comment-{n}" class="comment-body"><footer class="comment-meta"><div class="comment-author-info"><div class="comment-author vcard"><cite itemprop="name" class="fn">{who}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-{n}"><time datetime="{iso}">{when}</time></a></div></div></footer><div class="comment-content"><p>{txt}</p></div></article>'
        for n, who, iso, when, txt in [
            (
                88102,
                "Samir O.",
                "2026-11-19T13:20:00+01:00",
                "19 novembre 2026 à 13 h 20",
                "Douze kilomètres du centre sans tramway direct, il fallait s'attendre à ce résultat.",
            ),
            (
                88117,
                "Wahiba",
                "2026-11-19T18:02:00+01:00",
                "19 novembre 2026 à 18 h 02",
                "La gare est belle mais les guichets étaient fermés à 17h. Il faut des horaires adaptés.",
            ),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Search Engine Optimization by Rank Math PRO - https://rankmath.com/ -->
<title>{og_title} | TSA</title>
<meta name="description" content="La nouvelle gare routière de l’Est d’Oran a accueilli ses premiers voyageurs jeudi."/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" /><meta property="og:type" content="article" /><meta property="og:title" content="{og_title}" /><meta property="og:description" content="La nouvelle gare routière de l’Est d’Oran a accueilli ses premiers voyageurs jeudi." /><meta property="og:url" content="{url}" /><meta property="og:site_name" content="TSA" />
<meta property="article:tag" content="Oran" /><meta property="article:tag" content="transport" /><meta property="article:section" content="Économie" />
<meta property="og:updated_time" content="2026-11-20T08:40:00+01:00" /><meta property="article:published_time" content="2026-11-19T10:15:00+01:00" /><meta property="article:modified_time" content="2026-11-20T08:40:00+01:00" />
<meta name="twitter:card" content="summary_large_image" /><meta name="twitter:title" content="{og_title}" /><meta name="twitter:label1" content="Écrit par" /><meta name="twitter:data1" content="Amine Belkacemi" />
{json_script(graph, 'type="application/ld+json" class="rank-math-schema-pro"')}
<!-- /Rank Math WordPress SEO plugin -->
<link rel='stylesheet' id='generate-style-css' href='{base}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all' />
<style id='generate-style-inline-css'>{css_blob(81, "gp", 600)}</style>
<link rel='stylesheet' id='generatepress-child-css' href='{base}/wp-content/themes/tsa-child/style.css?ver=2.4' media='all' />
{trackers(82, ["complianz", "gtag", "taboola", "onesignal"])}
</head>
<body class="post-template-default single single-post postid-1120448 single-format-standard wp-custom-logo wp-embed-responsive post-image-above-header post-image-aligned-center right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Aller au contenu">Aller au contenu</a>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin"><div class="cmplz-header"><div class="cmplz-title">Gérer le consentement</div></div><div class="cmplz-body"><div class="cmplz-message"><p>Pour offrir les meilleures expériences, nous utilisons des technologies telles que les cookies pour stocker et/ou accéder aux informations des appareils.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button></div></div></div>
<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container"><div class="site-logo"><a href="{base}/" rel="home"><img class="header-image is-logo-image" alt="TSA" src="{base}/wp-content/uploads/2023/01/logo-tsa.svg" width="200" height="48" /></a></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Principal" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav">{menu(83, "menu sf-menu", base, ["Actualité", "Économie", "Politique", "Régions", "Sport", "Monde", "Culture"], 8)}</div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-1120448" class="post-1120448 post type-post status-publish format-standard has-post-thumbnail hentry category-economie category-regions tag-oran tag-transport" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675" src="{base}/wp-content/uploads/2026/11/gare-routiere-oran-est.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image" decoding="async" /><p class="featured-caption">La nouvelle gare routière de l’Est, à Haï Sabah. © TSA</p></div>
<header class="entry-header"><span class="cat-links"><a href="{base}/economie/" rel="category tag">Économie</a>, <a href="{base}/regions/" rel="category tag">Régions</a></span>
<h1 class="entry-title" itemprop="headline">{title}</h1>
<div class="entry-meta"><span class="byline">Par <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="{base}/author/abelkacemi/" title="Voir tous les articles de Amine Belkacemi" rel="author" itemprop="url"><span class="author-name" itemprop="name">Amine Belkacemi</span></a></span> et <span class="author vcard"><a class="url fn n" href="{base}/author/ncherif/"><span class="author-name">Nadia Cherif</span></a></span></span>
<span class="posted-on"><time class="updated" datetime="2026-11-20T08:40:00+01:00" itemprop="dateModified">20 novembre 2026</time><time class="entry-date published" datetime="2026-11-19T10:15:00+01:00" itemprop="datePublished">19 novembre 2026</time></span></div>
</header>
<div class="entry-content" itemprop="text">
{chr(10).join(parts)}
<div class="tsa-google-news"><a href="https://news.google.com/publications/tsa">Suivez TSA sur Google News</a></div>
</div>
<footer class="entry-meta" aria-label="Méta de l’entrée"><span class="tags-links"><span class="screen-reader-text">Étiquettes </span><a href="{base}/tag/oran/" rel="tag">Oran</a>, <a href="{base}/tag/transport/" rel="tag">transport</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Publications"><div class="nav-previous"><span class="prev"><a href="{base}/tlemcen-la-saison-des-olives-demarre-sous-la-pluie/" rel="prev">Tlemcen : la saison des olives démarre sous la pluie</a></span></div></nav></footer>
{boxes}
</div>
</article>
<div class="tsa-related"><h3 class="related-title">Sur le même sujet</h3>{related(84, base, "tsa-related-list", 6)}</div>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 réflexions sur « {title} »</h3><ol class="comment-list"><li class="comment even thread-even depth-1">{comments}</li></ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p><textarea id="comment" name="comment" cols="45" rows="8"></textarea><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside class="widget"><h2 class="widget-title">Les plus lus</h2>{related(85, base, "wp-block-latest-posts", 8)}</aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar">© 2026 TSA – Tout sur l’Algérie. Tous droits réservés.</div>{menu(86, "footer-menu", base, ["TSA", "Rubriques"], 6)}</div></footer></div>
<script id="generate-a11y">!function(){{"use strict";if("querySelector"in document&&"addEventListener"in window){{var e=document.body;e.addEventListener("mousedown",function(){{e.classList.add("using-mouse")}})}}}}();</script>
<script src="{base}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1" id="generate-menu-js"></script>
<script id="tsa-infinite-js-extra">var tsaInfinite = {json.dumps({"next": teasers(87, 12, base, FILLER)}, ensure_ascii=False)};</script>
</body>
</html>
"""
    write(
        "08_tsa_generatepress_two_authors",
        page,
        {
            "title": title,
            "publication": "TSA",
            "author": "Amine Belkacemi et Nadia Cherif",
            "section": "Économie",
            "date": datetime.date(2026, 11, 19),
            "source_url": url,
            "subheads": [t for k, t in TSA_BLOCKS if k == "h2"],
            "pull_quotes": [t for k, t in TSA_BLOCKS if k == "pull"],
            "paragraphs": [flat(t) for k, t in TSA_BLOCKS if k == "p"],
            "notes": "WordPress, GeneratePress with Rank Math: og:title, <title> and the NewsArticle headline ('Oran : ouverture de…') differ from the h1; two authors in two vcards joined by ' et ' while the JSON-LD names one; articleSection the comma string 'Économie, Régions' (first category); articleBody holds the whole text as one string; time.updated (20 Nov) printed before time.published (19 Nov); figure.wp-block-pullquote with a cite before the paragraph it quotes; an h2 subhead; Google News link, tags, post navigation, two author boxes with bios and two comments after the text; featured caption.",
        },
    )
