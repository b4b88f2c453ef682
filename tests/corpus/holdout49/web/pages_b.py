# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout49/web (Burkina Faso, Sénégal, France)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write

ENTITIES = {
    "é": "&eacute;",
    "è": "&egrave;",
    "ê": "&ecirc;",
    "à": "&agrave;",
    "â": "&acirc;",
    "î": "&icirc;",
    "ô": "&ocirc;",
    "ç": "&ccedil;",
    "û": "&ucirc;",
    "’": "&rsquo;",
    "«": "&laquo;",
    "»": "&raquo;",
    "–": "&ndash;",
    "\u00a0": "&nbsp;",
}


def entified(text: str, numeric: bool = False) -> str:
    """Text as an old WYSIWYG editor pasted it: accents and quotes as named entities, or as
    numeric ones (`&#8217;`) when `numeric`."""
    if numeric:
        return "".join(f"&#{ord(c)};" if c in ENTITIES else c for c in text)
    return "".join(ENTITIES.get(c, c) for c in text)


def page05() -> None:
    """Sidwaya: WordPress Jannah + Yoast @graph, AIB dispatch, entities, saved-from query."""
    base = "https://www.sidwaya.info"
    slug = "ouahigouya-les-maraichers-du-lac-goinre-face-a-la-baisse-precoce-des-eaux"
    url = f"{base}/{slug}/"
    saved = f"{url}?fbclid=IwZXh0bgNhZW0CMTEAAR2x7Qk9"
    title = "Ouahigouya : les maraîchers du lac Goinré face à la baisse précoce des eaux"
    raw = [
        "Ouahigouya, 6 déc. 2026 (AIB) – Les maraîchers installés autour du lac Goinré, à la "
        "sortie sud de Ouahigouya, constatent depuis plusieurs semaines une baisse "
        "inhabituellement précoce du niveau de l’eau, qui menace la campagne de contre-saison.",
        "Selon le président de l’union des maraîchers du Yatenga, Boukary Sawadogo, le plan "
        "d’eau a perdu près d’un mètre depuis la fin de la saison des pluies, « du jamais vu à "
        "cette période de l’année ».",
        "« D’habitude, nous arrosons jusqu’en mars sans difficulté. Cette année, certains "
        "producteurs ont déjà dû abandonner leurs parcelles les plus éloignées de la berge », "
        "a-t-il expliqué.",
        "Plus de 1 800 producteurs exploitent les abords du lac, principalement pour l’oignon, "
        "la tomate et le chou, qui approvisionnent les marchés de Ouahigouya et de Ouagadougou.",
        "La direction régionale de l’agriculture a annoncé la mise à disposition de 40 "
        "motopompes et de kits d’irrigation goutte-à-goutte pour les exploitants les plus "
        "touchés. Une mission technique doit également évaluer l’envasement du lac, que les "
        "producteurs jugent en partie responsable de la situation.",
        "Le gouverneur de la région, qui s’est rendu sur le site jeudi, a appelé les "
        "producteurs à « économiser chaque goutte » et à privilégier les cultures les moins "
        "gourmandes en eau.",
        "Les résultats de la mission technique sont attendus avant la fin du mois de décembre.",
    ]
    raw = [t.replace("« ", "«\u00a0").replace(" »", "\u00a0»") for t in raw]
    # TinyMCE-style markup: named entities, numeric ones in two paragraphs, Google Docs spans.
    p = [
        entified(raw[0]).replace("(AIB)", "<strong>(AIB)</strong>", 1),
        entified(raw[1]),
        f'<span style="font-weight: 400;">{entified(raw[2], numeric=True)}</span>',
        entified(raw[3]).replace("1 800", "1&nbsp;800"),
        entified(raw[4]),
        f'<span style="font-weight: 400;">{entified(raw[5], numeric=True)}</span>',
        entified(raw[6]),
    ]
    subhead = "Des motopompes en renfort"
    pj = 'style="text-align: justify;"'
    whatsapp = (
        '<div class="stream-item stream-item-in-post"><a href="https://whatsapp.com/channel/0029VaSidwaya" target="_blank" rel="noopener">'
        '<p class="wa-box">📢 Rejoignez la chaîne WhatsApp de Sidwaya pour recevoir l’actualité en temps réel</p></a></div>'
    )
    body = "\n".join(
        [
            paras(*p[:3], attrs=pj),
            whatsapp,
            paras(p[3], attrs=pj),
            f'<h3 class="wp-block-heading">{subhead}</h3>',
            paras(*p[4:], attrs=pj),
            '<p style="text-align: right;"><strong>Issaka Tiendrébéogo</strong><br>Agence d’Information du Burkina</p>',
            '<p style="text-align: right;">IT/ata</p>',
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "author": {"name": "Rédaction", "@id": base + "/#/schema/person/5c1f0a"},
                "headline": title,
                "datePublished": "2026-12-06T18:12:44+00:00",
                "dateModified": "2026-12-06T18:20:03+00:00",
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": base + "/#organization"},
                "articleSection": ["Régions", "Société"],
                "inLanguage": "fr-FR",
            },
            {"@type": "WebPage", "@id": url, "url": url, "name": title + " - Sidwaya"},
            {
                "@type": "Organization",
                "@id": base + "/#organization",
                "name": "Sidwaya",
                "url": base + "/",
            },
            {
                "@type": "Person",
                "@id": base + "/#/schema/person/5c1f0a",
                "name": "Rédaction",
                "url": base + "/author/redaction/",
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Régions",
                        "item": base + "/category/regions/",
                    },
                    {"@type": "ListItem", "position": 3, "name": title},
                ],
            },
        ],
    }
    nav = menu(
        4905,
        "menu",
        base,
        [
            "Actualités",
            "Politique",
            "Économie",
            "Régions",
            "Société",
            "Sport",
            "Culture",
            "Opinion",
        ],
        6,
    )
    related = "".join(
        f'<div class="related-item"><a href="{t["url"]}" class="post-thumb"><img src="{t["image"]}" alt=""></a><h3 class="post-title"><a href="{t["url"]}">{t["title"]}</a></h3><div class="post-meta"><span class="date meta-item tie-icon">{t["date"]}</span></div></div>'
        for t in teasers(495, 12, base, FILLER)
    )
    widgets = "".join(
        f'<li class="widget-single-post-item"><a href="{t["url"]}">{t["title"]}</a></li>'
        for t in teasers(4950, 16, base, FILLER)
    )
    page = f"""<!-- saved from url=({len(saved):04d}){saved} -->
<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>{title} - Sidwaya</title>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title} - Sidwaya" />
<meta property="og:description" content="Ouahigouya, 6 déc. 2026 (AIB) – Les maraîchers installés autour du lac Goinré constatent une baisse inhabituellement précoce du niveau de l’eau." />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Sidwaya" />
<meta property="article:publisher" content="https://www.facebook.com/sidwaya" />
<meta property="article:published_time" content="2026-12-06T18:12:44+00:00" />
<meta property="article:modified_time" content="2026-12-06T18:20:03+00:00" />
<meta name="author" content="Rédaction" />
<meta name="twitter:label1" content="Écrit par" />
<meta name="twitter:data1" content="Rédaction" />
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<link rel='stylesheet' id='tie-css-base-css' href='{base}/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.0' type='text/css' media='all' />
<style id='tie-css-print-inline-css' type='text/css'>{css_blob(4915, "tie", 300)}</style>
<script type="text/javascript" id="tie-scripts-js-extra">var tie = {{"is_rtl":"","ajaxurl":"https:\\/\\/www.sidwaya.info\\/wp-admin\\/admin-ajax.php","is_taqyeem_active":"","is_sticky_video":"","mobile_menu_top":"","lazyload":"1"}};</script>
</head>
<body id="tie-body" class="post-template-default single single-post postid-248815 single-format-standard wrapper-has-shadow block-head-1 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 has-header-ad sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media">
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark"><div id="top-nav" class="top-nav header-nav"><div class="topbar-today-date tie-icon">dimanche, 7 décembre 2026</div></div><div class="container header-container"><div id="logo" class="image-logo"><a title="Sidwaya" href="{base}/"><img src="{base}/wp-content/uploads/2023/05/logo-sidwaya.png" alt="Sidwaya"></a></div></div><nav id="main-nav" class="main-nav">{nav}</nav></header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="{base}/"><span class="tie-icon-home" aria-hidden="true"></span> Accueil</a><em class="delimiter">/</em><a href="{base}/category/regions/">Régions</a><em class="delimiter">/</em><span class="current">{title}</span></nav>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-12" href="{base}/category/regions/">Régions</a><a class="post-cat tie-cat-9" href="{base}/category/societe/">Société</a></span>
<h1 class="post-title entry-title">{title}</h1>
<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper meta-author-3"><span class="meta-author"><a href="{base}/author/redaction/" class="author-name tie-icon" title="Rédaction">Rédaction</a></span></span></span><span class="date meta-item tie-icon">6 décembre 2026</span><div class="tie-alignright"><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 1 207 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 2 minutes de lecture</span></div></div>
</div>
</header>
<div class="featured-area"><figure class="single-featured-image"><img width="780" height="470" src="{base}/wp-content/uploads/2026/12/lac-goinre.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt=""><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> Des parcelles abandonnées sur la rive sud du lac (Ph. AIB)</figcaption></figure></div>
<div class="entry-content entry clearfix">
{body}
</div>
<div id="post-extra-info"><div class="theiaStickySidebar"></div></div>
<div class="post-footer post-footer-on-bottom"><div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Étiquettes</div><span class="tagcloud"><a href="{base}/tag/lac-goinre/" rel="tag">lac Goinré</a> <a href="{base}/tag/maraichage/" rel="tag">maraîchage</a> <a href="{base}/tag/yatenga/" rel="tag">Yatenga</a></span></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links"><a href="#" class="facebook-share-btn large-share-button"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a><a href="#" class="twitter-share-btn large-share-button"><span class="social-text">X</span></a><a href="#" class="whatsapp-share-btn"><span class="social-text">WhatsApp</span></a></div></div></div>
</article>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Articles similaires</h3></div><div class="related-posts-list">{related}</div></div>
<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">Laisser un commentaire</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p><p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p></form></div></div></div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side"><div class="theiaStickySidebar"><div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">À la une</div></div><ul class="posts-list-items">{widgets}</ul></div></div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin"><div id="site-info" class="site-info"><div class="copyright-text copyright-text-first">© Copyright 2026, Sidwaya – Tous droits réservés</div></div></footer>
</div></div></div>
</body>
</html>
"""
    write(
        "05_sidwaya_jannah_aib_entities_savedfrom",
        page,
        {
            "title": title,
            "publication": "Sidwaya",
            "author": "Issaka Tiendrébéogo",
            "agency": "AIB",
            "section": "Régions",
            "date": datetime.date(2026, 12, 6),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(x) for x in p],
            "notes": "Sidwaya on WordPress (Jannah theme) + Yoast @graph. AIB dispatch: "
            "dateline 'Ouahigouya, 6 déc. 2026 (AIB) –' opens the first paragraph. The "
            "WordPress user and the JSON-LD Person are 'Rédaction' (no person); the person is "
            "the signature at the end, '<strong>Issaka Tiendrébéogo</strong><br>Agence "
            "d’Information du Burkina', then the initials 'IT/ata' (both chrome). Body text "
            "written with named entities (&eacute; &rsquo; &laquo;&nbsp;) and, in two "
            "paragraphs, numeric ones (&#8217;) inside Google Docs <span style> wrappers. "
            "articleSection list ['Régions', 'Société'] → 'Régions'. The saved-from comment "
            "carries a ?fbclid= query: source_url is the canonical. h3 subhead; WhatsApp "
            "channel box inside the body; caption credit '(Ph. AIB)'; top bar date of the day "
            "(7 December); related posts, comment form, sidebar.",
        },
    )


def page06() -> None:
    """Seneweb: home-made page in windows-1252 declared late, opinion, Open Graph only."""
    base = "https://www.seneweb.com"
    url = f"{base}/news/Contribution/accords-de-peche-sortir-de-la-rente-pour-sauver-nos-cotes_n_498213.html"
    title = "Accords de pêche : sortir de la rente pour sauver nos côtes"
    nb = "\u00a0"
    p = [
        "Le renouvellement, annoncé pour janvier, du protocole de pêche qui lie notre pays à "
        "plusieurs partenaires étrangers relance un débat que l’on croyait clos. Les chiffres "
        f"sont pourtant connus de tous{nb}: les débarquements de la pêche artisanale ont reculé "
        "de près d’un quart en dix ans, alors que la flotte des pirogues n’a jamais été aussi "
        "nombreuse.",
        "On nous répète que ces accords rapportent à l’État des recettes indispensables. C’est "
        "exact, mais à quel prix&nbsp;? La contrepartie financière, environ 8 milliards de "
        "francs CFA par an, pèse peu face aux pertes subies par les 600&nbsp;000 Sénégalais "
        "qui vivent directement ou indirectement de la mer.",
        "La ressource n’est pas infinie. Les stocks de sardinelles, qui nourrissent nos "
        "familles et alimentent les usines de farine de poisson, sont jugés surexploités par "
        "tous les rapports scientifiques récents. Continuer à vendre des droits d’accès sur "
        "des stocks épuisés, c’est scier la branche sur laquelle nous sommes assis.",
        f"Le cœur du problème est là{nb}: nous négocions des quotas sans disposer de données "
        "fiables sur ce que nos eaux contiennent réellement. Le dernier inventaire complet "
        "date de plus de cinq ans… et personne ne semble s’en émouvoir.",
        "Plutôt que de renouveler les accords à l’identique, l’État gagnerait à poser trois "
        "conditions&nbsp;:",
        "1) Suspendre toute attribution de licences sur les petits pélagiques tant qu’une "
        "évaluation indépendante des stocks n’aura pas été publiée&nbsp;;",
        "2) Indexer la contrepartie financière sur les captures réelles, contrôlées à quai par "
        "nos propres agents&nbsp;;",
        "3) Consacrer au moins la moitié de cette contrepartie – soit 4 milliards – à la "
        "modernisation des quais de débarquement et à la formation des jeunes pêcheurs.",
        "Ces mesures ne régleront pas tout. Mais elles rendraient à nos communautés côtières "
        f"ce qui leur revient{nb}: une voix dans la gestion d’une ressource qui est d’abord la "
        "leur. L’émigration clandestine qui endeuille tant de familles de Mbour, de Kayar ou "
        "de Saint-Louis prend aussi racine dans ces filets vides.",
    ]
    subheads = ["I. Une rente qui s’épuise", "II. Ce que nous proposons"]
    body = "\n".join(
        [
            paras(*p[:2]),
            f"<p><strong>{subheads[0]}</strong></p>",
            paras(p[2]),
            '<div class="pub_inarticle" style="text-align:center"><small>Publicité</small><div id="div-gpt-ad-1598000000001-0" style="min-height:250px"></div></div>',
            paras(p[3]),
            f"<p><strong>{subheads[1]}</strong></p>",
            paras(*p[4:]),
            "<p><strong>Mamadou Lamine DIOUF</strong><br />Économiste, enseignant-chercheur à l’UCAD</p>",
        ]
    )
    scripts = "\n".join(
        [
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-SNW0000001"></script>',
            "<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-SNW0000001', {'content_group': 'Contribution', 'page_type': 'article'});</script>",
            '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>',
            "<script>window.googletag = window.googletag || {cmd: []};googletag.cmd.push(function() {"
            + "".join(
                f"googletag.defineSlot('/1234567/seneweb_article_{slot}', [[300, 250], [336, 280]], 'div-gpt-ad-159800000000{i}-0').addService(googletag.pubads());"
                for i, slot in enumerate(
                    ["top", "inarticle", "right1", "right2", "bottom", "sticky"]
                )
            )
            + "googletag.pubads().enableSingleRequest();googletag.pubads().collapseEmptyDivs();googletag.enableServices();});</script>",
        ]
    )
    comments = "".join(
        f'<div class="comment"><div class="comment_author">{n} <span class="comment_date">{d}</span></div><div class="comment_text">{c}</div></div>'
        for n, d, c in [
            (
                "Moussa",
                "07/12/2026 12:30",
                "Très bonne analyse. Nos pêcheurs souffrent en silence depuis des années.",
            ),
            (
                "Fatou Kiné",
                "07/12/2026 14:05",
                "Il faut surtout publier les accords, personne ne sait ce qu’il y a dedans.",
            ),
            (
                "Observateur",
                "08/12/2026 08:17",
                "Le problème c’est le contrôle en mer, pas les quotas.",
            ),
        ]
    )
    nav = "".join(
        f'<li><a href="{base}/news/{c}">{c}</a></li>'
        for c in [
            "Politique",
            "Economie",
            "Société",
            "Sport",
            "People",
            "Contribution",
            "International",
            "Vidéos",
        ]
    )
    more = "".join(
        f'<li><a href="{t["url"]}.html">{t["title"]}</a></li>'
        for t in teasers(496, 30, base + "/news/Contribution", FILLER)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr">
<head>
{scripts}
<title>Contribution : {title} | Seneweb</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />
<meta name="description" content="Le renouvellement du protocole de pêche relance un débat que l’on croyait clos." />
<meta name="keywords" content="pêche, accords, pirogues, sardinelles, Sénégal" />
<meta name="author" content="Mamadou Lamine DIOUF" />
<meta property="og:title" content="{title}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{base}/upload/news/2026/12/pirogues_kayar.jpg" />
<meta property="og:site_name" content="Seneweb.com" />
<meta property="fb:app_id" content="159800000000000" />
<link href="{base}/css/styles_v12.css" rel="stylesheet" type="text/css" />
<style type="text/css">{css_blob(4916, "snw", 180)}</style>
</head>
<body>
<div id="header"><div class="top_date">Lundi 08 Décembre 2026</div><a href="{base}/"><img src="{base}/images/logo_seneweb.png" alt="Seneweb" /></a><ul id="menu">{nav}</ul></div>
<div id="container">
<div id="main_col">
<div class="breadcrumb"><a href="{base}/">Accueil</a> &gt; <a href="{base}/news/">News</a> &gt; <a href="{base}/news/Contribution/">Contribution</a></div>
<div class="article_head">
<h1 class="article_title">{title}</h1>
<div class="article_infos">Auteur: <b>Mamadou Lamine DIOUF</b> - Seneweb.com | Publié le : Lundi 07 Décembre 2026 - 11:48 | <span class="nb_lu">Lu 4312 fois</span></div>
<div class="share_top"><a href="#">Partager</a> <a href="#">Tweeter</a> <a href="#">WhatsApp</a></div>
</div>
<div class="article_img"><img src="{base}/upload/news/2026/12/pirogues_kayar.jpg" alt="" /><div class="legende">Des pirogues sur la plage de Kayar (photo d’illustration)</div></div>
<div class="article_content" id="article_text">
{body}
</div>
<div class="disclaimer">Les textes publiés dans la rubrique Contribution n’engagent que leurs auteurs.</div>
<div id="comments"><h3>Commentaires (3)</h3>{comments}<div class="comment_form"><textarea name="comment"></textarea><input type="submit" value="Envoyer" /></div></div>
</div>
<div id="right_col"><h3>Dans la même rubrique</h3><ul class="liste_news">{more}</ul></div>
</div>
<div id="footer"><p>Copyright © Seneweb 2026 - Tous droits réservés - <a href="{base}/contact">Contact</a></p></div>
</body>
</html>
"""
    head = page.encode("cp1252")
    position = head.index(b"charset=windows-1252")
    assert position > 1024, position
    write(
        "06_seneweb_cp1252_late_charset_contribution",
        page,
        {
            "title": title,
            "publication": "Seneweb",
            "author": "Mamadou Lamine Diouf",
            "section": "Contribution",
            "date": datetime.date(2026, 12, 7),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p],
            "notes": "Seneweb 'Contribution' (reader opinion column) on a home-made XHTML page "
            f"in windows-1252 bytes (’ … – œ, 0xA0 no-break spaces), its charset declared only "
            f"by <meta http-equiv> at byte {position}, after the ad scripts and a non-ASCII "
            "<title>: decode as windows-1252, no warning (the bytes are not UTF-8). Open Graph "
            "only: no JSON-LD, no microdata, no canonical (og:url), no published_time; date only "
            "in 'Publié le : Lundi 07 Décembre 2026 - 11:48' (top bar shows the 8th, comments "
            "the 7th and 8th). Author 'Mamadou Lamine DIOUF' in the info line and in the "
            "signature at the end of the body (signature and its role are chrome). Subheads "
            "are bold-only paragraphs with Roman numerals; three proposals are paragraphs "
            "starting '1)', '2)', '3)' (their numbers are text). Section from the breadcrumb "
            "'Contribution'. og:site_name 'Seneweb.com', logo and footer 'Seneweb'. Ad inside "
            "the body; disclaimer box after it.",
        },
        encoding="cp1252",
    )


def page07() -> None:
    """France 24: live page newest first, three authors with 'Suivre' buttons, AFP et Reuters."""
    base = "https://www.france24.com"
    url = f"{base}/fr/europe/20261208-en-direct-tempete-aurele-inondations-sud-ouest-nord-espagne"
    title = "Tempête Aurèle&nbsp;: au moins quatre morts, le Sud-Ouest et le nord de l’Espagne sous les eaux"
    entries = [
        (
            "22:14",
            "Le bilan s’alourdit à quatre morts",
            [
                "Les autorités de Castille-et-León ont annoncé dans la soirée la découverte du corps "
                "d’un automobiliste porté disparu depuis le matin près de Burgos. Le bilan de la "
                "tempête Aurèle s’élève désormais à quatre morts, trois en Espagne et un en France."
            ],
            [],
        ),
        (
            "19:40",
            None,
            [
                "Météo-France a levé la vigilance rouge pour les Pyrénées-Atlantiques, mais maintient "
                "la vigilance orange crues pour les Landes et la Gironde jusqu’à mercredi matin."
            ],
            [],
        ),
        (
            "17:05",
            "Le gouvernement promet une aide d’urgence",
            [
                "Le gouvernement a annoncé le déblocage d’un fonds d’urgence de 50&nbsp;millions "
                "d’euros pour les communes sinistrées. Dans une déclaration transmise à la presse, "
                "la ministre de la Transition écologique, Hélène Castaing, a précisé&nbsp;:"
            ],
            [
                "Nous ferons en sorte que chaque commune touchée puisse engager les travaux les plus "
                "urgents sans attendre la reconnaissance de l’état de catastrophe naturelle.",
                "Je me rendrai demain à Bayonne pour rencontrer les élus et les services de secours, "
                "qui ont fait un travail remarquable cette nuit.",
            ],
        ),
        (
            "13:20",
            "Trains supprimés entre Bordeaux et Hendaye",
            [
                "La SNCF a annoncé la suppression de tous les TER et Intercités entre Bordeaux et "
                "Hendaye jusqu’à mercredi midi, en raison de chutes d’arbres sur les voies. Les TGV "
                "venant de Paris sont limités à Dax."
            ],
            [],
        ),
        (
            "09:45",
            "Plus de 90&nbsp;000 foyers privés d’électricité",
            [
                "Enedis recensait en milieu de matinée quelque 92&nbsp;000 foyers privés "
                "d’électricité en Nouvelle-Aquitaine, principalement dans les Landes et les "
                "Pyrénées-Atlantiques. Plus de 1&nbsp;500 techniciens sont mobilisés.",
                "En Espagne, le gestionnaire du réseau fait état de 40&nbsp;000 clients coupés au "
                "Pays basque et en Navarre, selon l’agence Reuters.",
            ],
            [],
        ),
        (
            "07:30",
            "Des rafales à 160&nbsp;km/h sur la côte basque",
            [
                "La tempête Aurèle a touché dans la nuit de lundi à mardi le nord de l’Espagne et le "
                "sud-ouest de la France. Des rafales de 160&nbsp;km/h ont été enregistrées à "
                "Biarritz, un record pour un mois de décembre, selon Météo-France."
            ],
            [],
        ),
    ]
    tweet = (
        '<div class="m-em-tweet"><blockquote class="twitter-tweet" data-lang="fr"><p lang="fr" dir="ltr">🟠 Fin de la vigilance rouge pour les Pyrénées-Atlantiques. La vigilance orange crues est maintenue pour les Landes et la Gironde. '
        '<a href="https://t.co/mf1">https://t.co/mf1</a></p>&mdash; Météo-France (@meteofrance) <a href="https://twitter.com/meteofrance/status/2">8 décembre 2026</a></blockquote></div>'
    )
    video = (
        '<div class="m-em-video"><div class="m-video-player" data-video-id="A8F3D2"><button class="m-video-player__play" aria-label="Lire">▶</button></div>'
        '<p class="m-em-video__legend">Les images de la gare de Bayonne, où des centaines de voyageurs sont bloqués. © France 24</p></div>'
    )
    read = f'<div class="m-em-related"><span class="m-em-related__label">Lire aussi</span><a href="{base}/fr/france/20261207-vigilance-rouge-vents-violents-pyrenees-atlantiques">Vigilance rouge : ce que cela implique concrètement</a></div>'
    blocks = []
    for i, (time, head, texts, quoted) in enumerate(entries):
        heading = f'<h2 class="m-live-item__title">{head}</h2>' if head else ""
        quote = (
            '<blockquote class="m-em-quote">' + paras(*quoted) + "</blockquote>" if quoted else ""
        )
        extra = {1: tweet, 3: video + read}.get(i, "")
        blocks.append(
            f'<div class="m-live-item" id="post-{9920 - i}"><div class="m-live-item__header"><time class="m-live-item__time" datetime="2026-12-08T{time}:00+01:00">{time}</time>{heading}</div>'
            f'<div class="m-live-item__body t-content__body">{paras(*texts)}{quote}{extra}</div>'
            '<div class="m-live-item__share"><button>Partager</button></div></div>'
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": flat(title),
        "url": url,
        "datePublished": "2026-12-08T06:30:00Z",
        "dateModified": "2026-12-08T21:14:00Z",
        "coverageStartTime": "2026-12-08T06:30:00Z",
        "coverageEndTime": "2026-12-08T21:14:00Z",
        "author": [
            {"@type": "Person", "name": n}
            for n in ("Camille Renaud", "Thomas Bellamy", "Léa Ferrante")
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "France 24",
            "logo": {"@type": "ImageObject", "url": f"{base}/img/logo-f24.png"},
        },
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": flat(head or texts[0])[:90],
                "datePublished": f"2026-12-08T{time}:00+01:00",
                "articleBody": " ".join(flat(x) for x in texts + quoted),
            }
            for time, head, texts, quoted in entries
        ],
    }
    nav = menu(
        4907,
        "m-nav__list",
        base + "/fr",
        [
            "France",
            "Afrique",
            "Moyen-Orient",
            "Europe",
            "Amériques",
            "Asie-Pacifique",
            "Éco-Tech",
            "Sports",
        ],
        6,
    )
    more = "".join(
        f'<div class="m-item-list-article"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><p class="article__title">{t["title"]}</p></a></div>'
        for t in teasers(497, 28, base + "/fr", FILLER)
    )
    authors = "".join(
        f'<li class="m-from-author__item"><a class="m-from-author__name" href="{base}/fr/{slug}">{n}</a> <button class="m-from-author__follow">Suivre</button></li>'
        for n, slug in (
            ("Camille Renaud", "camille-renaud"),
            ("Thomas Bellamy", "thomas-bellamy"),
            ("Léa Ferrante", "lea-ferrante"),
        )
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<title>EN DIRECT - {flat(title)} - France 24</title>
<meta name="description" content="Suivez en direct les conséquences de la tempête Aurèle." />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="France 24" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="EN DIRECT - {flat(title)}" />
<meta property="article:published_time" content="2026-12-08T07:30:00+01:00" />
<meta property="article:modified_time" content="2026-12-08T22:14:00+01:00" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
{json_script(ld)}
<style>{css_blob(4917, "f24", 320)}</style>
<script>window.fmmDataLayer = {{"page_type":"live","language":"fr","section":"europe","authors":"Camille Renaud|Thomas Bellamy|Léa Ferrante","sources":"AFP|Reuters"}};</script>
</head>
<body class="o-body o-body--live">
<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">Avec votre accord, France Médias Monde et ses partenaires utilisent des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.</p><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-disagree-button">Refuser</button></div></div>
<header class="o-header"><a class="o-header__logo" href="{base}/fr/"><img src="{base}/img/logo-f24.svg" alt="France 24"></a><nav class="m-nav">{nav}</nav><a class="o-header__live" href="{base}/fr/direct">Regarder le direct</a></header>
<main class="o-layout">
<nav class="m-breadcrumb" aria-label="Fil d’Ariane"><ol><li><a href="{base}/fr/">Accueil</a></li><li><a href="{base}/fr/europe/">Europe</a></li></ol></nav>
<article class="t-content t-content--live">
<header class="t-content__header">
<span class="m-live-badge">En direct</span>
<h1 class="t-content__title a-page-title">{title}</h1>
<div class="m-from-author"><span class="m-from-author__label">Texte par :</span><ul class="m-from-author__list">{authors}</ul></div>
<p class="m-from-author__sources">Avec AFP et Reuters</p>
<div class="m-pub-dates"><span class="m-pub-dates__date">Publié le : <time datetime="2026-12-08T07:30:00+01:00">08/12/2026 - 07:30</time></span> <span class="m-pub-dates__date">Modifié le : <time datetime="2026-12-08T22:14:00+01:00">08/12/2026 - 22:14</time></span></div>
<div class="m-share"><button>Facebook</button><button>X</button><button>WhatsApp</button><button>Copier le lien</button></div>
</header>
<figure class="m-figure"><img src="{base}/media/display/2026/12/08/biarritz-vagues.jpg" alt=""><figcaption class="m-figure__caption">Des vagues sur le front de mer de Biarritz, le 8 décembre 2026. <span class="m-figure__credit">© Gaizka Iroz, AFP</span></figcaption></figure>
<div class="m-live-status" role="status"><p>Ce direct est désormais terminé. Retrouvez la suite de nos informations dans nos prochains articles.</p></div>
<div class="t-content__live-feed">
{chr(10).join(blocks)}
</div>
<div class="m-tags"><span>Sur le même sujet :</span><a href="{base}/fr/tag/espagne/">Espagne</a><a href="{base}/fr/tag/climat/">Climat</a><a href="{base}/fr/tag/france/">France</a></div>
<div class="m-newsletter"><p class="m-newsletter__title">La newsletter quotidienne de France 24</p><p>Recevez tous les matins l’essentiel de l’actualité internationale.</p><a href="{base}/fr/newsletters">Je m’abonne</a></div>
</article>
<section class="o-related"><h2>À lire aussi</h2>{more}</section>
</main>
<footer class="o-footer"><p>© 2026 Copyright France 24 - Tous droits réservés. France 24 n’est pas responsable des contenus provenant de sites Internet externes.</p></footer>
<script async src="https://platform.twitter.com/widgets.js"></script>
</body>
</html>
"""
    write(
        "07_france24_drupal_live_three_authors_agencies",
        page,
        {
            "title": flat(title),
            "publication": "France 24",
            "author": "Camille Renaud, Thomas Bellamy et Léa Ferrante",
            "agency": "AFP et Reuters",
            "section": "Europe",
            "date": datetime.date(2026, 12, 8),
            "source_url": url,
            "subheads": [flat(h) for _, h, _, _ in entries if h],
            "paragraphs": [flat(x) for _, _, t, q in entries for x in t + q],
            "notes": "France 24 live page (Drupal), newest first: h2 entry titles are subheads, "
            "one entry untitled, <time> stamps '22:14' are not text. One entry holds the "
            "minister's statement as a blockquote of two <p> (two paragraphs); another an "
            "embedded tweet (chrome), another a video legend and a 'Lire aussi' link (chrome). "
            "'En direct' badge outside the h1 and in <title>/og:title; 'Ce direct est "
            "désormais terminé' notice about the page itself (chrome). Three authors in a list "
            "of links, each followed by a 'Suivre' button: 'A, B et C'; 'Avec AFP et Reuters' "
            "on its own line → agency 'AFP et Reuters'; the caption credit '© Gaizka Iroz, "
            "AFP' is a photo credit. No section metadata: the breadcrumb 'Accueil / Europe' "
            "gives 'Europe'. JSON-LD LiveBlogPosting (06:30Z) with liveBlogUpdate repeating "
            "the text; 'Publié le : 08/12/2026 - 07:30'. Newsletter box after the feed.",
        },
    )


def page08() -> None:
    """Le Figaro: review, ReviewNewsArticle, SEO headline, 'CRITIQUE -' standfirst."""
    base = "https://www.lefigaro.fr"
    url = f"{base}/theatre/la-double-inconstance-a-la-comedie-francaise-notre-critique-d-un-marivaux-cruel-20261209"
    title = "«La Double Inconstance», un Marivaux cruel et lumineux"
    seo = "«La Double Inconstance» à la Comédie-Française : notre critique d’un Marivaux cruel"
    lead = (
        "CRITIQUE - Pour sa première mise en scène salle Richelieu, Clément Auzière fait de la "
        "comédie de Marivaux l’histoire d’une manipulation méthodique. Jeanne Morelli y est "
        "bouleversante."
    )
    p = [
        "Il y a d’abord ce décor, un palais de verre qui tourne lentement sur lui-même et où "
        "rien ne peut se cacher. C’est là que le Prince enferme Silvia, la jeune villageoise "
        "qu’il a fait enlever, et qu’il entreprend, avec l’aide de la rusée Flaminia, de la "
        "détacher de son fiancé Arlequin.",
        "Clément Auzière, dont c’est la première mise en scène salle Richelieu, a choisi de ne "
        "rien adoucir. Sa <em>Double Inconstance</em> n’a rien d’un badinage en perruques : "
        "c’est l’histoire d’une manipulation méthodique, conduite par des gens qui ont le "
        "pouvoir contre des gens qui ne l’ont pas.",
        "Dans le rôle de Silvia, Jeanne Morelli est bouleversante. Elle fait entendre, sous la "
        "vivacité de la langue, la colère d’une femme qui comprend trop tard qu’on a décidé "
        "pour elle. Sa dernière scène, où elle accepte le Prince d’une voix blanche, glace la "
        "salle.",
        "Face à elle, Yanis Belhadj compose un Arlequin d’abord goguenard, gourmand, presque "
        "enfantin, puis de plus en plus perdu à mesure qu’on le gave de bons repas et de "
        "flatteries. Le duo fonctionne à merveille, et l’on rit beaucoup, avant de ne plus "
        "rire du tout.",
        "On sera plus réservé sur la Flaminia de Laure Steiner, dont la froideur calculée "
        "finit par lasser. Le personnage, chez Marivaux, a quelque chose de plus trouble : "
        "elle se prend elle-même au jeu. Ici, elle reste une exécutante, et le trio central y "
        "perd un peu de sa complexité.",
        "Reste la musique, composée pour le spectacle par Ana Lucía Ferrer, qui ponctue les "
        "changements de scène de quelques notes de clavecin désaccordé. Elle dit, mieux que "
        "tout commentaire, ce que ce palais a de faux.",
        "Deux heures sans entracte, qui passent comme un souffle. On sort de là secoué, avec "
        "la certitude d’avoir vu un Marivaux de notre temps.",
    ]
    subhead = "Une Silvia qui résiste"
    quote = "«Une manipulation méthodique, conduite par des gens qui ont le pouvoir»"
    pc = 'class="fig-paragraph"'
    read = (
        '<div class="fig-body-link"><span class="fig-body-link__label">À lire aussi</span>'
        f'<a href="{base}/theatre/a-la-comedie-francaise-le-retour-triomphal-du-misanthrope-20261012">À la Comédie-Française, le retour triomphal du <i>Misanthrope</i></a></div>'
    )
    newsletter = (
        '<div class="fig-newsletter-box"><p class="fig-newsletter-box__title">Newsletter Culture</p><p>Tous les mercredis, les critiques et recommandations de la rédaction.</p>'
        '<form><input type="email" placeholder="Adresse e-mail"><button>S’inscrire</button></form></div>'
    )
    body = "\n".join(
        [
            paras(*p[:2], attrs=pc),
            f'<h2 class="fig-body-heading">{subhead}</h2>',
            paras(p[2], attrs=pc),
            f'<blockquote class="fig-quote"><p class="fig-quote__text">{quote}</p></blockquote>',
            paras(p[3], attrs=pc),
            read,
            paras(p[4], attrs=pc),
            '<div class="fig-ad-content fig-ad-content--in-article"><div id="fig-ad-atf" data-ad-label="Publicité"></div></div>',
            paras(p[5], attrs=pc),
            newsletter,
            paras(p[6], attrs=pc),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "ReviewNewsArticle",
        "headline": seo,
        "alternativeHeadline": title,
        "description": flat(lead),
        "articleSection": "Culture",
        "datePublished": "2026-12-09T18:34:00+01:00",
        "dateModified": "2026-12-10T10:02:00+01:00",
        "author": [
            {
                "@type": "Person",
                "name": "Étienne de Roquefeuil",
                "url": f"{base}/auteur/etienne-de-roquefeuil",
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Figaro",
            "logo": {"@type": "ImageObject", "url": f"{base}/icons/logo-figaro.png"},
        },
        "itemReviewed": {
            "@type": "CreativeWork",
            "name": "La Double Inconstance",
            "author": {"@type": "Person", "name": "Marivaux"},
        },
        "reviewRating": {"@type": "Rating", "ratingValue": 3, "bestRating": 4},
        "isAccessibleForFree": True,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    nav = menu(
        4908,
        "fig-nav__list",
        base,
        [
            "Politique",
            "International",
            "Société",
            "Économie",
            "Culture",
            "Sport",
            "Lifestyle",
            "Vox",
        ],
        7,
    )
    more = "".join(
        f'<article class="fig-ranking-profile-container"><a href="{t["url"]}"><span class="fig-ranking__index">{i + 1}</span><h3>{t["title"]}</h3></a></article>'
        for i, t in enumerate(teasers(498, 20, base, FILLER))
    )
    comments = "".join(
        f'<div class="fig-comment"><p class="fig-comment__author">{n}</p><p class="fig-comment__date">le {d}</p><p class="fig-comment__text">{c}</p></div>'
        for n, d, c in [
            (
                "Hortense B.",
                "10/12/2026 à 08:41",
                "Vu hier soir : la dernière scène est inoubliable. Courez-y.",
            ),
            (
                "Gilles75",
                "10/12/2026 à 12:15",
                "Encore un Marivaux noir… on a le droit de préférer la comédie.",
            ),
        ]
    )
    state = {
        "article": {
            "id": "20261209ARTFIG00481",
            "title": flat(title),
            "seoTitle": seo,
            "premium": False,
            "authors": ["Étienne de Roquefeuil"],
            "paragraphs": [flat(x) for x in p],
        }
    }
    state_js = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<title>{seo}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Le Figaro">
<meta property="og:type" content="article">
<meta property="og:title" content="{seo}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://i.f1g.fr/media/cms/2026/12/09/double-inconstance.jpg">
<meta property="article:published_time" content="2026-12-09T17:34:00Z">
<meta property="article:modified_time" content="2026-12-10T09:02:00Z">
<meta property="article:author" content="Étienne de Roquefeuil">
{json_script(ld)}
<style>{css_blob(4918, "fig", 360)}</style>
<script>window.__FIG_STATE__={state_js};</script>
</head>
<body class="fig-layout fig-layout--article">
<div id="appconsent"><div class="appconsent-notice"><p>Le Figaro et ses partenaires utilisent des cookies pour vous proposer des contenus et publicités personnalisés.</p><button>Accepter</button><button>Continuer sans accepter</button><button>Paramétrer</button></div></div>
<header class="fig-header"><a class="fig-header__logo" href="{base}/"><img src="{base}/icons/logo-figaro.svg" alt="Le Figaro"></a><nav class="fig-nav">{nav}</nav><a class="fig-header__subscribe" href="https://abonnement.lefigaro.fr/">S’abonner</a></header>
<main class="fig-main">
<nav class="fig-breadcrumb"><ol><li><a href="{base}/">Accueil</a></li><li><a href="{base}/culture">Culture</a></li><li><a href="{base}/theatre">Théâtre</a></li></ol></nav>
<article class="fig-main-col" id="fig-article">
<header class="fig-header-article">
<h1 class="fig-headline">{title}</h1>
<p class="fig-standfirst">{lead}</p>
<div class="fig-review-rating" aria-label="Note du Figaro : 3 sur 4"><span class="fig-review-rating__label">Notre avis :</span> <span class="fig-review-rating__stars">★★★☆</span></div>
<div class="fig-content-metas"><div class="fig-content-metas__authors"><span class="fig-content-metas__author">Par <a href="{base}/auteur/etienne-de-roquefeuil">Étienne de Roquefeuil</a></span></div><div class="fig-content-metas-info"><span class="fig-content-metas-info__item"><time datetime="2026-12-09T18:34:00+01:00">Publié le 9 décembre 2026 à 18:34</time>, <time datetime="2026-12-10T10:02:00+01:00">mis à jour hier à 10:02</time></span> <span class="fig-content-metas-info__item">Lecture 3 min.</span></div></div>
<div class="fig-toolbar"><button class="fig-toolbar__share">Partager</button><button class="fig-toolbar__comments">12 commentaires</button><button class="fig-toolbar__save">Sauvegarder</button></div>
</header>
<figure class="fig-media"><img src="https://i.f1g.fr/media/cms/2026/12/09/double-inconstance.jpg" alt=""><figcaption class="fig-media__legend">Jeanne Morelli (Silvia) et Yanis Belhadj (Arlequin) dans la mise en scène de Clément Auzière. <span class="fig-media__credit">Christophe Raynaud de Lage / Comédie-Française</span></figcaption></figure>
<div class="fig-content__body">
{body}
</div>
<div class="fig-encadre"><p class="fig-encadre__title">Infos pratiques</p><p><i>La Double Inconstance</i>, de Marivaux. Comédie-Française, salle Richelieu (Paris I<sup>er</sup>), jusqu’au 15 février. Durée : 2 h.</p></div>
<div class="fig-author-box"><p class="fig-author-box__name">Étienne de Roquefeuil</p><p class="fig-author-box__role">Journaliste au service Culture</p><button>Suivre</button></div>
<div class="fig-tags"><a href="{base}/tag/comedie-francaise">Comédie-Française</a><a href="{base}/tag/marivaux">Marivaux</a><a href="{base}/tag/theatre">Théâtre</a></div>
<section class="fig-comments"><h2>Réagir à cet article</h2>{comments}</section>
</article>
<aside class="fig-ranking"><h2>Les plus lus</h2>{more}</aside>
</main>
<footer class="fig-footer"><p>© Le Figaro 2026 - Tous droits réservés</p></footer>
</body>
</html>
"""
    write(
        "08_lefigaro_reviewnewsarticle_seo_title_critique",
        page,
        {
            "title": title,
            "publication": "Le Figaro",
            "author": "Étienne de Roquefeuil",
            "section": "Culture",
            "date": datetime.date(2026, 12, 9),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [subhead],
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": "Le Figaro theatre review. JSON-LD @type 'ReviewNewsArticle' (no plain "
            "NewsArticle) with itemReviewed naming Marivaux (the play's author, not the "
            "article's) and a rating. <title>, og:title and JSON-LD headline are an SEO "
            "headline; the h1 (= alternativeHeadline) wins. Standfirst p.fig-standfirst "
            "opening with the label 'CRITIQUE - ', kept as written. 'Par Étienne de "
            "Roquefeuil' (lower-case particle). articleSection 'Culture' beats the breadcrumb "
            "'Culture / Théâtre'. 'Publié le 9 décembre 2026 à 18:34, mis à jour hier à "
            "10:02'. blockquote.fig-quote pull quote paraphrasing a sentence; 'À lire aussi' "
            "link, ad and newsletter box inside the body; 'Infos pratiques' box, author box, "
            "tags and comments after it; caption credit; star rating. __FIG_STATE__ repeats "
            "the text.",
        },
    )
