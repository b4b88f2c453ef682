# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 09-12 of holdout4/web (France, Algeria, Morocco, Lebanon)."""

import datetime

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write


def page09() -> None:
    """Reporterre: SPIP, tribune, role in byline, blockquote, bio, forum, no JSON-LD."""
    base = "https://reporterre.net"
    url = f"{base}/Les-haies-ne-sont-pas-un-decor-il-faut-payer-ceux-qui-les-plantent"
    title = "Les haies ne sont pas un décor : il faut payer ceux qui les plantent"
    lead = (
        "Chaque année, la France perd plus de haies qu’elle n’en plante. Pour l’agronome et "
        "éleveuse Odile Maréchal, seule une rémunération durable des agriculteurs inversera la "
        "tendance."
    )
    p1 = [
        "Il y a quinze ans, quand nous avons repris la ferme de mes beaux-parents, près de "
        "Domfront, les parcelles étaient bordées de près de onze kilomètres de haies. Nous en "
        "avons replanté deux depuis. Et pourtant, je le sais, nous faisons figure d’exception.",
        "Les chiffres sont connus : la France perd environ 20 000 kilomètres de haies par an, "
        "malgré les plans successifs de replantation. On plante, on se félicite, puis on "
        "arrache ailleurs, ou l’on laisse dépérir faute d’entretien.",
        "Car une haie n’est pas un décor. C’est un travail : tailler, regarnir, protéger les "
        "jeunes plants du gibier, valoriser le bois. Sur notre ferme, cela représente une "
        "trentaine de journées par an. Qui les paie ? Personne.",
        "Le rapport remis au ministère l’an dernier le disait sans détour :",
    ]
    quote = [
        "« L’effort de plantation restera vain tant que la gestion des haies existantes "
        "reposera sur le seul bénévolat des exploitants. »",
        "« Une rémunération pluriannuelle, liée à des résultats mesurables, est la condition "
        "de la réussite du plan. »",
    ]
    p2 = [
        "Ce constat n’a débouché sur rien de concret. Les aides actuelles financent la "
        "plantation, rarement l’entretien, et jamais au-delà de cinq ans. Or une haie met vingt "
        "ans à rendre tous ses services : abri pour les auxiliaires des cultures, ombre pour le "
        "bétail, frein à l’érosion, stockage du carbone.",
        "Je propose une chose simple : un paiement annuel au mètre linéaire de haie "
        "entretenue, versé pendant toute la durée de vie de la haie et contrôlé comme le sont "
        "déjà les prairies permanentes. Un euro le mètre suffirait à changer la donne pour "
        "bien des fermes.",
        "Ce n’est pas une subvention de plus. C’est le paiement d’un service que nous rendons "
        "à toute la société, et qu’elle consomme aujourd’hui gratuitement.",
    ]
    forum = (
        '<div class="forum"><h2 class="forum-titre">Commentaires</h2><ul><li class="forum-fil">'
        '<div class="forum-chapo"><span class="forum-titre">Et les bocages bretons ?</span> '
        '<small>27 novembre 2026 à 09:12, par Yann</small></div><div class="forum-texte">'
        "<p>Même constat chez nous, les haies disparaissent avec les remembrements.</p></div>"
        "</li></ul></div>"
    )
    nav = menu(
        109,
        "menu-rubriques",
        base,
        ["Climat", "Biodiversité", "Alternatives", "Luttes", "Agriculture", "Enquêtes"],
        6,
    )
    page = f"""<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Les haies ne sont pas un décor : il faut payer ceux qui les plantent — Reporterre</title>
<meta name="generator" content="SPIP 4.2.9 [24871]" />
<link rel="canonical" href="{url}" />
<meta property="og:title" content="{title}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Reporterre, le média de l’écologie" />
<meta name="description" content="Chaque année, la France perd plus de haies qu’elle n’en plante." />
<link rel="stylesheet" href="local/cache-css/b4e1f0.css" type="text/css" />
<style>{css_blob(19, "spip", 120)}</style>
<script type="text/javascript">var mediabox_settings={{"auto_detect":true,"tt_img":true,"sel_g":"#documents_portfolio a[type='image/jpeg']","trans":"elastic"}};</script>
</head>
<body class="page_article article_rubrique_47">
<div class="page">
<div class="header"><a href="{base}/" class="logo">Reporterre</a><span class="baseline">le média de l’écologie</span><nav>{nav}</nav><a href="{base}/don" class="don">Faire un don</a></div>
<div class="main"><div class="wrapper"><div class="content" id="content">
<div class="article-surtitre"><a href="{base}/Tribunes" class="rubrique">Tribune</a></div>
<h1 class="crayon article-titre-1632 titre">{title}</h1>
<div class="crayon article-chapo-1632 chapo"><p>{lead}</p></div>
<div class="info-publi"><span class="auteurs">Par <span class="vcard author"><a class="url fn spip_in" href="{base}/Odile-Marechal">Odile Maréchal</a></span>, agronome et éleveuse dans l’Orne</span><br /><abbr class="published" title="2026-11-26T06:00:00Z">26 novembre 2026</abbr></div>
<div class="crayon article-texte-1632 texte">
{paras(*p1)}
<blockquote class="spip">
{paras(*quote)}
</blockquote>
<div class="encart-don"><p><strong>Reporterre est un média indépendant, sans publicité et en accès libre.</strong> Soutenez-nous : chaque don compte.</p></div>
{paras(*p2)}
</div>
<div class="notes"><div class="bio"><p><em>Odile Maréchal est agronome, éleveuse de vaches normandes à Domfront-en-Poiraie et membre du réseau Afac-Agroforesteries.</em></p></div></div>
<div class="avertissement"><p>Les tribunes sont écrites par des personnes extérieures à la rédaction de Reporterre.</p></div>
{forum}
</div></div></div>
<div class="footer"><p>Reporterre, le média de l’écologie — Association La Pile 2026</p></div>
</div>
</body>
</html>
"""
    write(
        "09_reporterre_spip_tribune",
        page,
        {
            "title": title,
            "publication": "Reporterre",
            "author": "Odile Maréchal",
            "section": "Tribune",
            "date": datetime.date(2026, 11, 26),
            "standfirst": lead,
            "source_url": url,
            "paragraphs": [flat(x) for x in p1 + quote + p2],
            "notes": "SPIP 4 opinion piece without JSON-LD: the surtitre 'Tribune' is the only "
            "section source; byline 'Par A, agronome et éleveuse dans l’Orne' (role and place "
            "dropped); date in abbr.published; plain blockquote.spip of two paragraphs; donation "
            "box inside the text; author bio, disclaimer and forum after it; og:site_name "
            "'Reporterre, le média de l’écologie' while the site calls itself Reporterre; "
            "<title> separator '—'.",
        },
    )


def page10() -> None:
    """Le Matin d'Algérie: Joomla, windows-1252 bytes declared ISO-8859-1, <br>-only text."""
    base = "https://lematindalgerie.com"
    url = f"{base}/bejaia-les-oleiculteurs-s-inquietent-d-une-recolte-en-berne"
    title = "Béjaïa : les oléiculteurs s’inquiètent d’une récolte en berne"
    p1 = [
        "Dans les villages d’Akbou, de Seddouk et d’Ighil Ali, la campagne oléicole a démarré "
        "dans la morosité. Après deux années de sécheresse, les arbres ont peu donné : les "
        "producteurs parlent d’une récolte inférieure de moitié à celle d’une année normale.",
        "« J’ai cent vingt oliviers, l’an dernier j’ai fait 900 litres d’huile, cette année je "
        "n’en espère pas 400… », confie Mohand Saïd, 67 ans, rencontré devant une huilerie "
        "de Seddouk.",
        "La direction des services agricoles de la wilaya avance une production de 9 millions "
        "de litres, contre 15 millions la saison précédente. Les prix ont suivi : le litre "
        "d’huile se négocie entre 1 300 et 1 500 dinars, soit près de 10 € au cours parallèle.",
    ]
    sub = "Les huileries tournent au ralenti"
    p2 = [
        "Les quelque 400 huileries de la wilaya, dont une majorité de pressoirs traditionnels, "
        "fonctionnent à peine quelques heures par jour. Certains propriétaires envisagent de "
        "ne pas rouvrir l’an prochain.",
        "Les professionnels réclament un plan d’irrigation d’appoint et une aide au "
        "renouvellement des vergers, dont une partie a plus de cinquante ans – une demande "
        "déjà formulée lors des assises régionales de l’agriculture en 2024.",
        "En attendant, à Ighil Ali, on garde l’huile pour la famille. « Vendre ? Il n’y a rien "
        "à vendre cette année », résume un jeune oléiculteur, avant de reprendre la gaule.",
    ]
    text = (
        "<br /><br />".join(p1)
        + f"<br /><br /><strong>{sub}</strong><br /><br />"
        + "<br /><br />".join(p2)
    )
    nav = "".join(
        f'<li class="item-{100 + i}"><a href="{base}/{n.lower()}">{n}</a></li>'
        for i, n in enumerate(
            [
                "Actualité",
                "Algérie",
                "Régions",
                "Monde",
                "Culture",
                "Sport",
                "Contributions",
                "Débats",
            ]
        )
    )
    comments = (
        '<div id="jc"><h4>Commentaires (2)</h4><div class="comment-item"><span class="comment-author">'
        'Rachid</span> <span class="comment-date">10 novembre 2026</span><p>Il faut encourager '
        'les jeunes à rester sur les terres.</p></div><div class="comment-item"><span '
        'class="comment-author">Lila</span><p>Triste réalité, même chez nous à Tizi.</p></div></div>'
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(url):04d}){url} -->
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr-fr" lang="fr-fr" dir="ltr">
<head>
  <base href="{url}" />
  <meta http-equiv="content-type" content="text/html; charset=iso-8859-1" />
  <meta name="keywords" content="Béjaïa, olive, huile, agriculture" />
  <meta name="author" content="Kamel Aït Ouali" />
  <meta name="description" content="Les producteurs d’huile d’olive de Béjaïa s’inquiètent." />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>Béjaïa : les oléiculteurs s’inquiètent d’une récolte en berne - Le Matin d'Algérie</title>
  <link href="/templates/lematin/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link rel="stylesheet" href="/templates/lematin/css/template.css" type="text/css" />
  <style type="text/css">{css_blob(20, "mt", 90)}</style>
  <script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
  <script type="text/javascript">window.addEvent('domready', function() {{ $$('.hasTip').each(function(el) {{ var title = el.get('title'); }}); }});</script>
</head>
<body id="page" class="itemid-112">
<div id="header"><div class="date-jour">Lundi, 09 Novembre 2026</div><a href="{base}/" id="logo"><img src="/images/logo-lematin.png" alt="Le Matin d'Algérie" /></a></div>
<div id="menu"><ul class="menu">{nav}</ul></div>
<div id="main"><div id="content">
<div class="breadcrumbs"><a href="{base}/" class="pathway">Accueil</a> <img src="/templates/lematin/images/arrow.png" alt="" /> <a href="{base}/actualite" class="pathway">Actualité</a> <img src="/templates/lematin/images/arrow.png" alt="" /> <span>Régions</span></div>
<div class="item-page">
<h2><a href="{url}">{title}</a></h2>
<dl class="article-info">
<dt class="article-info-term">Détails</dt>
<dd class="createdby">Écrit par Kamel Aït Ouali</dd>
<dd class="category-name">Catégorie : <a href="{base}/regions">Régions</a></dd>
<dd class="published">Publication : lundi 9 novembre 2026 18:20</dd>
<dd class="hits">Affichages : 1843</dd>
</dl>
<p><img src="/images/2026/olives-bejaia.jpg" border="0" alt="Récolte d'olives" width="600" height="400" /><br /><em>Une récolte d’olives à Seddouk. Photo DR</em></p>
<div>{text}</div>
<p style="text-align: right;"><strong>K. A. O. avec APS</strong></p>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
</div>
{comments}
</div></div>
<div id="footer"><p>Copyright © 2026 Le Matin d'Algérie. Tous droits réservés.</p></div>
</body>
</html>
"""
    write(
        "10_lematindalgerie_joomla_cp1252_br",
        page,
        {
            "title": title,
            "publication": "Le Matin d'Algérie",
            "author": "Kamel Aït Ouali",
            "agency": "APS",
            "section": "Régions",
            "date": datetime.date(2026, 11, 9),
            "source_url": url,
            "subheads": [sub],
            "paragraphs": [flat(x) for x in p1 + p2],
            "notes": "Joomla 2.5 page in windows-1252 bytes (’ … – € at 0x92 0x85 0x96 0x80) "
            "declared ISO-8859-1 (read as windows-1252, so no warning); no og:*, no canonical, "
            "no JSON-LD: the address is in the saved-from comment (and a <base href>); headline in an h2 link; body in one div split by "
            "<br /><br /> with a <strong> line as subhead; 'Écrit par'; 'Publication : lundi 9 "
            "novembre 2026 18:20'; signature 'K. A. O. avec APS'; image with italic caption in "
            "a <p>; comments; header date of the day.",
        },
        encoding="cp1252",
    )


def page11() -> None:
    """Hespress FR: AMP gallery, agency MAP alone (Organization), captions not text."""
    base = "https://fr.hespress.com"
    url = f"{base}/412377-en-images-la-fete-des-amandiers-illumine-tafraout.html"
    title = "En images : la Fête des amandiers illumine Tafraout"
    p = [
        "Tafraout (MAP) – La 54<sup>e</sup> édition de la Fête des amandiers s’est ouverte "
        "jeudi à Tafraout, dans la province de Tiznit, en présence de milliers de visiteurs "
        "venus de tout le Royaume et de l’étranger.",
        "Organisée jusqu’au 22 novembre, cette manifestation célèbre la floraison précoce des "
        "amandiers et met à l’honneur les coopératives féminines de la région, qui produisent "
        "huile d’argan, amlou et amandes grillées.",
        "Au programme figurent des concerts d’ahwach, une exposition de produits du terroir et "
        "un colloque sur l’adaptation de l’arboriculture de montagne au changement climatique.",
    ]
    captions = [
        "Les amandiers en fleur sur les hauteurs de l’Anti-Atlas.",
        "Une troupe d’ahwach lors de la cérémonie d’ouverture.",
        "Les stands des coopératives féminines.",
        "De l’amlou préparé selon la recette traditionnelle.",
        "Des visiteurs sur la place centrale de Tafraout.",
        "Le coucher de soleil sur les rochers de granit rose.",
    ]
    slides = "".join(
        f'<figure class="gallery-slide"><amp-img src="{base}/wp-content/uploads/2026/11/tafraout-{i}.jpg" '
        f'width="1200" height="800" layout="responsive" alt=""></amp-img><figcaption>{c} '
        "<span>(MAP)</span></figcaption></figure>"
        for i, c in enumerate(captions, 1)
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2026-11-19T16:40:00+01:00",
        "articleSection": "Culture",
        "author": {"@type": "Organization", "name": "MAP"},
        "publisher": {
            "@type": "Organization",
            "name": "Hespress FR",
            "logo": {"@type": "ImageObject", "url": f"{base}/logo.png"},
        },
        "image": [f"{base}/wp-content/uploads/2026/11/tafraout-1.jpg"],
        "mainEntityOfPage": url,
    }
    analytics = {
        "vars": {"account": "UA-000000-1"},
        "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}},
    }
    page = f"""<!doctype html>
<html ⚡ lang="fr">
<head>
<meta charset="utf-8">
<title>En images : la Fête des amandiers illumine Tafraout | Hespress FR</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:site_name" content="Hespress FR">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{base}/amp/412377-en-images-la-fete-des-amandiers-illumine-tafraout.html">
<meta property="og:type" content="article">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>{css_blob(21, "hp", 200)}</style>
{json_script(ld)}
</head>
<body>
<amp-analytics type="googleanalytics">{json_script(analytics, 'type="application/json"')}</amp-analytics>
<header class="amp-header"><a href="{base}/"><amp-img src="{base}/logo.png" width="160" height="40" alt="Hespress FR"></amp-img></a></header>
<main>
<article class="amp-article">
<div class="amp-category"><a href="{base}/culture">Culture</a></div>
<h1 class="amp-title">{title}</h1>
<div class="amp-meta"><span class="amp-author">MAP</span> <span class="amp-date">jeudi 19 novembre 2026 - 16:40</span></div>
<div class="amp-content">
{paras(*p[:2])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/hespress_fr/amp_inarticle"><div fallback>Publicité</div></amp-ad>
{paras(p[2])}
<amp-carousel class="gallery" width="1200" height="800" layout="responsive" type="slides">
{slides}
</amp-carousel>
</div>
<div class="amp-tags"><a href="{base}/tag/tafraout">Tafraout</a> <a href="{base}/tag/festival">Festival</a></div>
<div class="amp-share"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></div>
</article>
</main>
<footer class="amp-footer"><p>Hespress FR © 2026 - Tous droits réservés</p></footer>
</body>
</html>
"""
    write(
        "11_hespress_amp_gallery_map",
        page,
        {
            "title": title,
            "publication": "Hespress FR",
            "author": None,
            "agency": "MAP",
            "section": "Culture",
            "date": datetime.date(2026, 11, 19),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "AMP gallery: three text paragraphs (the first with the dateline 'Tafraout "
            "(MAP) –' and 54<sup>e</sup>), then six amp-carousel captions that are not text; "
            "agency MAP alone in the byline and as a JSON-LD Organization author; canonical "
            "differs from og:url (/amp/); amp-ad fallback 'Publicité'; date 'jeudi 19 novembre "
            "2026 - 16:40'.",
        },
    )


def page12() -> None:
    """Le Commerce du Levant: Nuxt, ordered list, articleBody, UTC date the day before."""
    base = "https://www.commercedulevant.com"
    url = f"{base}/article/34521-electricite-edl-promet-douze-heures-de-courant-par-jour-dici-mars"
    title = "Électricité : EDL promet douze heures de courant par jour d’ici mars"
    lead = (
        "Électricité du Liban présente un plan en quatre étapes qui repose sur de nouvelles "
        "livraisons de fioul et une hausse des tarifs pour les gros consommateurs."
    )
    p = [
        "Le directeur général d’Électricité du Liban (EDL), Fadi Nassar, a présenté jeudi "
        "devant la commission parlementaire de l’Énergie un plan censé porter l’alimentation "
        "électrique à douze heures par jour d’ici à la fin du mois de mars, contre quatre à "
        "six heures actuellement dans la plupart des régions.",
        "Le plan s’articule en quatre étapes :",
        "la signature, avant la fin de l’année, d’un contrat d’approvisionnement en fioul avec "
        "un fournisseur régional, pour 600 000 tonnes ;",
        "la remise en service d’une unité de la centrale de Deir Ammar, à l’arrêt depuis juillet ;",
        "l’installation de compteurs intelligents chez 120 000 abonnés du Grand Beyrouth ;",
        "une hausse de 15 % des tarifs pour les abonnés consommant plus de 700 kWh par mois.",
        "« Nous ne pouvons pas produire davantage si nous ne sommes pas payés pour ce que nous "
        "produisons », a justifié Fadi Nassar, selon plusieurs députés présents. EDL estime "
        "ses pertes, techniques et non techniques, à près de 38 % de la production.",
        "Plusieurs élus ont mis en doute la faisabilité du calendrier. « C’est le cinquième "
        "plan en trois ans », a ironisé la députée Maya Saadé, qui réclame la publication des "
        "comptes de l’établissement pour 2025.",
        "Les propriétaires de générateurs privés, qui assurent l’essentiel de l’alimentation "
        "pendant les coupures, n’ont pas réagi. Leur syndicat avait mis en garde en octobre "
        "contre toute mesure qui « déstabiliserait un secteur faisant vivre 12 000 familles ».",
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": lead,
        "articleSection": "Énergie",
        "datePublished": "2026-11-19T22:45:00.000Z",
        "dateModified": "2026-11-20T08:10:00.000Z",
        "author": {"@type": "Organization", "name": "Le Commerce du Levant"},
        "publisher": {"@type": "Organization", "name": "Le Commerce du Levant"},
        "articleBody": " ".join(flat(x) for x in p),
        "isAccessibleForFree": True,
    }
    nuxt = {
        "layout": "default",
        "data": [
            {
                "article": {
                    "id": 34521,
                    "title": title,
                    "slug": url.rsplit("/", 1)[1],
                    "category": "Énergie",
                    "author": {"name": "Rania Haddad"},
                    "published_at": "2026-11-19T22:45:00.000Z",
                },
                "related": teasers(12, 80, base, FILLER),
            }
        ],
        "fetch": {},
        "error": None,
        "state": {"menu": teasers(13, 40, base, FILLER), "user": None, "paywall": {"remaining": 2}},
        "serverRendered": True,
        "routePath": "/article/34521",
        "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}},
    }
    nav = menu(
        112,
        "nav-menu",
        base,
        ["Économie", "Entreprises", "Finance", "Énergie", "Immobilier", "Portraits", "Le Mensuel"],
        6,
    )
    page = f"""<!doctype html>
<html data-n-head-ssr lang="fr" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22fr%22%7D%7D">
<head>
<title>Électricité : EDL promet douze heures de courant par jour d’ici mars - Le Commerce du Levant</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{title}">
<meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="Le Commerce du Levant">
<meta data-n-head="ssr" data-hid="og:url" property="og:url" content="{url}">
<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">
<link data-n-head="ssr" rel="canonical" href="{url}">
<link rel="preload" href="/_nuxt/app.4f1e.js" as="script">
<style data-vue-ssr-id="7ba5bd90:0 2c4f33a1:0">{css_blob(22, "v", 260)}</style>
{json_script(ld, 'data-n-head="ssr" type="application/ld+json"')}
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app">
<div class="cookie-consent" data-v-3a1b><p data-v-3a1b>Ce site utilise des cookies pour améliorer votre navigation.</p><button data-v-3a1b>OK</button></div>
<header class="header" data-v-5c2d><a href="/" class="header__logo" data-v-5c2d>Le Commerce du Levant</a><nav data-v-5c2d>{nav}</nav></header>
<main class="article-page" data-v-7e11>
<article data-v-7e11>
<div class="article-category" data-v-7e11><a href="/categorie/energie" data-v-7e11>Énergie</a></div>
<h1 class="article-title" data-v-7e11>{title}</h1>
<p class="article-chapeau" data-v-7e11>{lead}</p>
<div class="article-meta" data-v-7e11><span class="article-author" data-v-7e11>Rania Haddad</span> <span class="article-date" data-v-7e11>20 novembre 2026</span></div>
<div class="article-content" data-v-7e11>
{paras(p[0], p[1])}
<ol>{"".join(f"<li>{x}</li>" for x in p[2:6])}</ol>
<div class="inline-related" data-v-9a0><p class="inline-related__title" data-v-9a0>Pour aller plus loin</p><a href="/article/33210-edl-les-raisons-d-un-naufrage" data-v-9a0>EDL : les raisons d’un naufrage</a></div>
{paras(*p[6:])}
</div>
<div class="paywall-teaser" data-v-7e11><p data-v-7e11>Il vous reste 2 articles gratuits ce mois-ci. <a href="/abonnement" data-v-7e11>Abonnez-vous</a></p></div>
</article>
</main>
<footer class="footer" data-v-1f0e><p data-v-1f0e>© 2026 Le Commerce du Levant – Tous droits réservés</p></footer>
</div></div></div>
<script>window.__NUXT__={json_script(nuxt, "")[9:-9]};</script><script src="/_nuxt/app.4f1e.js" defer></script>
</body>
</html>
"""
    write(
        "12_commercedulevant_nuxt_list_utc",
        page,
        {
            "title": title,
            "publication": "Le Commerce du Levant",
            "author": "Rania Haddad",
            "section": "Énergie",
            "date": datetime.date(2026, 11, 20),
            "standfirst": lead,
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Nuxt 2 SSR page with window.__NUXT__ at the end; published 00:45 in Beirut "
            "= 2026-11-19T22:45:00.000Z in JSON-LD: the local date shown on the page (20 "
            "novembre 2026) is expected; JSON-LD author is the publisher (an Organization) while "
            "the page credits a person; articleBody as one string; ol of four items; 'Pour "
            "aller plus loin' box; metered-paywall notice after a complete text (not "
            "incomplete); <meta charset> after the non-ASCII <title>.",
        },
    )
