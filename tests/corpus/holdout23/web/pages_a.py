"""Pages 01-02: Le Monde's live blog, Le Figaro's premium cut on Monaco."""

# ruff: noqa: E501 (article prose and page markup are kept one paragraph, one element a line)

from __future__ import annotations

import datetime
import html

from kit import (
    consent,
    css_blob,
    flat,
    json_script,
    menu,
    paras,
    related,
    tracking,
    write,
)


def page01_lemonde_live_entries() -> None:
    """Le Monde (FR): a live blog, newest first, timestamps, titled and untitled entries."""
    base = "https://www.lemonde.fr"
    url = f"{base}/planete/live/2026/11/14/tempete-ilona-en-direct-la-bretagne-et-la-normandie-balayees-par-des-rafales_6412873_3244.html"
    title = "Tempête Ilona : la Bretagne et la Normandie balayées par des rafales, 140 000 foyers privés d’électricité"
    desc = "Météo-France a placé le Finistère et les Côtes-d’Armor en vigilance rouge jusqu’à samedi midi. Suivez la situation en direct."
    entries = [
        (
            "21:48",
            "Le bilan provisoire des pompiers",
            [
                "Les pompiers du Finistère ont réalisé plus de 1&nbsp;300 interventions depuis le début de la matinée, principalement pour des chutes d’arbres et des toitures arrachées. Deux personnes ont été légèrement blessées à Morlaix par la chute d’une cheminée, selon la préfecture.",
            ],
        ),
        (
            "19:05",
            None,
            [
                "La SNCF annonce que la circulation des TER restera interrompue dimanche matin entre Brest et Landerneau, le temps de dégager la voie. Des cars de substitution partiront de la gare de Brest à partir de 8&nbsp;heures.",
            ],
        ),
        (
            "17:30",
            "«&nbsp;Nous n’avions jamais vu la mer monter aussi vite&nbsp;»",
            [
                "A Douarnenez, les commerçants du port du Rosmeur ont passé l’après-midi à empiler des sacs de sable devant leurs vitrines. «&nbsp;Nous n’avions jamais vu la mer monter aussi vite, en moins d’une heure le quai était sous l’eau&nbsp;», raconte Gwenaëlle Kervella, qui tient une crêperie sur le quai depuis vingt-deux ans.",
            ],
        ),
        (
            "15:12",
            "Enedis mobilise 900 techniciens",
            [
                "Le gestionnaire du réseau électrique indique que 140&nbsp;000 foyers restaient privés de courant à 15&nbsp;heures, dont 85&nbsp;000 dans le Finistère. Neuf cents techniciens, dont deux cents venus d’autres régions, sont mobilisés.",
                "Enedis prévient que certains hameaux isolés pourraient attendre jusqu’à mardi avant d’être rebranchés, les vents empêchant pour l’instant toute intervention en hauteur.",
            ],
        ),
        (
            "11:40",
            "Une rafale à 176&nbsp;km/h à la pointe du Raz",
            [
                "Selon Météo-France, la station de la pointe du Raz a enregistré une rafale de 176&nbsp;km/h peu avant 11&nbsp;heures, un record pour un mois de novembre sur ce site. Les vents doivent faiblir en fin de soirée.",
            ],
        ),
        (
            "06:02",
            "Bonjour et bienvenue dans ce direct",
            [
                "Bonjour à tous. Nous suivons ce samedi le passage de la tempête Ilona sur le nord-ouest de la France, où deux départements sont en vigilance rouge. Les établissements scolaires resteront fermés lundi dans le Finistère, a annoncé le rectorat.",
            ],
        ),
    ]
    posts = []
    for i, (hour, head, texts) in enumerate(entries):
        head_html = (
            f'<h2 class="post__live-container--title post__space-node">{head}</h2>' if head else ""
        )
        body = paras(*texts, attrs='class="post__live-container--answer-text post__space-node"')
        catcher = (
            '<section class="catcher catcher--inline"><span class="catcher__title">Lire aussi</span> | '
            f'<a href="{base}/planete/article/2026/11/13/vigilance-rouge-ce-que-change-le-niveau-d-alerte_6412701_3244.html" class="catcher__link">'
            "Vigilance rouge : ce que change le niveau d’alerte pour les habitants</a></section>"
            if i == 3
            else ""
        )
        posts.append(
            f'<section class="post post__live-container" id="id-{6412873 + i * 17}" data-post-id="{88120 + i}">'
            f'<div class="post__live-container--header"><span class="date">{hour}</span>'
            '<button class="post__live-container--share" aria-label="Partager">Partager</button></div>'
            f"{head_html}{body}{catcher}</section>"
        )
    posts_html = "".join(posts)
    authors = ["Corentin Le Bihan", "Nolwenn Quéré"]
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Tempête Ilona : vigilance rouge en Bretagne, suivez la situation en direct",
        "url": url,
        "datePublished": "2026-11-14T06:02:11+01:00",
        "dateModified": "2026-11-14T21:48:40+01:00",
        "coverageStartTime": "2026-11-14T06:02:11+01:00",
        "coverageEndTime": "2026-11-15T06:00:00+01:00",
        "articleSection": "Planète",
        "author": [{"@type": "Person", "name": a} for a in authors],
        "publisher": {
            "@type": "Organization",
            "name": "Le Monde",
            "logo": {"@type": "ImageObject", "url": f"{base}/img/lemonde-logo.png"},
        },
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": flat(h or "Mise à jour"),
                "datePublished": f"2026-11-14T{hr}:00+01:00",
                "articleBody": " ".join(flat(t) for t in ts),
            }
            for hr, h, ts in entries
        ],
    }
    crumbs = json_script(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Planète", "item": f"{base}/planete/"},
                {"@type": "ListItem", "position": 2, "name": "Météo", "item": f"{base}/meteo/"},
            ],
        }
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#"><head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Direct – {title}</title>
<meta name="description" content="{html.escape(flat(desc))}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Le Monde.fr"><meta property="og:type" content="article">
<meta property="og:title" content="Tempête Ilona : vigilance rouge en Bretagne, suivez la situation en direct">
<meta property="og:url" content="{url}"><meta property="og:image" content="{base}/img/live/2026/11/14/0/0/4000/2667/1440/960/60/0/8c2f41e_ilona.jpg">
<meta property="article:published_time" content="2026-11-14T06:02:11+01:00"><meta property="article:modified_time" content="2026-11-14T21:48:40+01:00">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@lemondefr">
{json_script(ld)}{crumbs}
<style>{css_blob(101, "lmd", 700)}</style>
{tracking("G-LMD0001")}
</head>
<body class="article article--live">
{consent("didomi-popup", "Le Monde")}
<header class="Header"><a class="Header__logo" href="{base}/" aria-label="Le Monde">Le Monde</a>
<nav class="Nav">{menu(102, "Nav__list", base, ["International", "Politique", "Société", "Planète", "Sciences", "Économie", "Culture", "Sport", "Idées"])}</nav>
<a class="Header__subscribe" href="https://abo.lemonde.fr/">S’abonner</a></header>
<main id="habillagepub"><section class="zone zone--article"><div class="article__wrapper article__wrapper--live">
<header class="article__header"><ul class="breadcrumb"><li><a href="{base}/planete/">Planète</a></li><li><a href="{base}/meteo/">Météo</a></li></ul>
<span class="flag-live-cartridge">En direct</span>
<h1 class="article__title article__title--live">{title}</h1>
<p class="article__desc">{desc}</p>
<span class="meta__date meta__date--header">Publié le 14 novembre 2026 à 06h02, modifié à 21h48</span>
<p class="meta__authors">Live animé par <a class="article__author-link" href="{base}/signataires/corentin-le-bihan/">Corentin Le Bihan</a> et <a class="article__author-link" href="{base}/signataires/nolwenn-quere/">Nolwenn Quéré</a></p>
</header>
<figure class="article__media"><img src="{base}/img/live/2026/11/14/0/0/4000/2667/664/0/75/0/8c2f41e_ilona.jpg" alt="">
<figcaption class="article__legend">Sur la digue de Penmarc’h (Finistère), samedi 14 novembre 2026. <span class="article__credit">FRED TANNEAU / AFP</span></figcaption></figure>
<section class="article__content article__content--live" id="post-container">
<div class="live-key-events"><h3>Les moments clés</h3><ul><li><a href="#id-6412924">15:12 Enedis mobilise 900 techniciens</a></li><li><a href="#id-6412941">11:40 Une rafale à 176 km/h</a></li></ul></div>
{posts_html}
</section>
<aside class="article__reactions"><p>Ce direct est désormais terminé. Retrouvez les réactions de nos abonnés.</p></aside>
{related(103, base, "services-teasers", 8, "Sur le même sujet")}
</div></section></main>
<footer class="Footer"><p class="Footer__copy">Le Monde · Société éditrice du Monde · Tous droits réservés</p><ul><li><a href="{base}/cgv">CGV</a></li><li><a href="{base}/mentions">Mentions légales</a></li></ul></footer>
<script src="{base}/bucket/js/live.4f1a2e.js" defer></script>
</body></html>
"""
    write(
        "01_lemonde_live_entries",
        page,
        {
            "title": flat(title),
            "publication": "Le Monde",
            "author": "Corentin Le Bihan et Nolwenn Quéré",
            "section": "Planète",
            "date": datetime.date(2026, 11, 14),
            "standfirst": flat(desc),
            "source_url": url,
            "subheads": [flat(h) for _, h, _ in entries if h],
            "paragraphs": [flat(t) for _, _, ts in entries for t in ts],
            "notes": "Le Monde live blog, newest first: entry timestamps (21:48 ...) are not text; "
            "entry h2 titles are subheads, one entry untitled; 'Live animé par A et B' gives two "
            "authors; key-events list, Lire aussi catcher inside an entry, AFP photo credit (no "
            "agency), og:site_name 'Le Monde.fr' vs publisher 'Le Monde'; og:title and JSON-LD "
            "headline differ from the h1; modified the same day after publication.",
        },
    )


def page02_lefigaro_premium_monaco() -> None:
    """Le Figaro (FR, on Monaco): fig- classes, premium cut, og:title differs, two authors."""
    base = "https://www.lefigaro.fr"
    url = f"{base}/conjoncture/a-monaco-la-course-aux-bureaux-fait-flamber-les-loyers-du-quartier-de-fontvieille-20261120"
    title = "À Monaco, la course aux bureaux fait flamber les loyers du quartier de Fontvieille"
    og_title = "Monaco : les loyers de bureaux s’envolent, les PME poussées vers la France"
    standfirst = "Faute de terrains disponibles, les entreprises installées en Principauté se disputent quelques milliers de mètres carrés. Les petites sociétés, elles, regardent vers Beausoleil et Cap-d’Ail."
    texts = [
        "Il y a encore trois ans, Laurent Vasseur louait ses bureaux de Fontvieille 780&nbsp;euros le mètre carré par an. Au renouvellement de son bail, en septembre, le propriétaire lui en a demandé 1150. «J’ai signé, parce qu’il n’y avait rien d’autre, mais nous serons à l’étroit», explique le dirigeant de cette société de gestion maritime de quatorze salariés.",
        "Le phénomène n’épargne aucun quartier. Selon une étude publiée début novembre par la Chambre immobilière monégasque, le loyer moyen des bureaux a progressé de 31&nbsp;% en deux ans, quand le taux de vacance est tombé sous la barre des 2&nbsp;%. «À ce niveau, on ne parle plus d’un marché mais d’une file d’attente», résume Stéphanie Grinda-Mélis, qui a coordonné l’enquête.",
        "Le gouvernement princier met en avant la livraison prochaine de 18.000&nbsp;mètres carrés dans l’ancienne zone industrielle du port. Mais la moitié de ces surfaces est déjà réservée par deux banques privées et un armateur, d’après plusieurs sources proches du dossier. Le département de l’Économie promet aussi un appel à projets pour transformer d’anciens entrepôts en espaces partagés.",
        "Pour les plus petites structures, la solution passe souvent par la frontière. À Beausoleil, commune française qui jouxte le quartier monégasque du Moneghetti, trois immeubles de bureaux sont sortis de terre depuis 2024, et leurs loyers restent deux fois moins élevés qu’en Principauté. Encore faut-il convaincre les salariés, et les clients, de franchir la rue.",
    ]
    link = (
        '<div class="fig-body-link"><span class="fig-body-link__label">À lire aussi</span> '
        f'<a class="fig-body-link__link" href="{base}/immobilier/monaco-les-prix-des-appartements-neufs-depassent-les-60000-euros-le-metre-carre-20260915">'
        "Monaco : les prix des appartements neufs dépassent les 60.000 euros le mètre carré</a></div>"
    )
    body = (
        paras(*texts[:2], attrs='class="fig-paragraph"')
        + link
        + paras(*texts[2:], attrs='class="fig-paragraph"')
    )
    authors = ["Hélène Castagnier", "Pierre-Louis Vidal"]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": flat(og_title),
        "description": flat(standfirst),
        "mainEntityOfPage": url,
        "datePublished": "2026-11-20T06:00:00+01:00",
        "dateModified": "2026-11-20T11:25:00+01:00",
        "articleSection": "Conjoncture",
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".fig-premium-paywall",
        },
        "author": [
            {"@type": "Person", "name": a, "url": f"{base}/auteur/{a.lower().replace(' ', '-')}"}
            for a in authors
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Le Figaro",
            "logo": {"@type": "ImageObject", "url": f"{base}/icons/logo-figaro.png"},
        },
        "image": [f"{base}/media/2026/11/20/fontvieille-bureaux.jpg"],
    }
    page = f"""<!DOCTYPE html>
<html lang="fr"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} | Le Figaro</title>
<meta name="description" content="{html.escape(flat(standfirst))}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Le Figaro"><meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(flat(og_title))}"><meta property="og:url" content="{url}">
<meta property="og:description" content="{html.escape(flat(standfirst))}">
<meta property="article:published_time" content="2026-11-20T05:00:00Z"><meta property="article:modified_time" content="2026-11-20T10:25:00Z">
<meta property="article:section" content="Économie"><meta property="article:tag" content="Monaco"><meta property="article:tag" content="Immobilier de bureau">
<meta name="robots" content="max-image-preview:large">
{json_script(ld)}
<style>{css_blob(201, "fig", 800)}</style>
{tracking("G-FIG2026")}
<script>window.FIG_CONTEXT={{"premium":true,"page_type":"article","section":"conjoncture","word_count":812}};</script>
</head>
<body class="fig-layout fig-layout--article">
{consent("fig-consent", "Le Figaro")}
<header class="fig-header"><a class="fig-header__logo" href="{base}/">Le Figaro</a>
<nav class="fig-nav">{menu(202, "fig-nav__list", base, ["Actualité", "Politique", "International", "Économie", "Conjoncture", "Immobilier", "Bourse", "Culture", "Sport", "Vox"])}</nav>
<a class="fig-header__subscribe" href="https://abonnement.lefigaro.fr/">S’abonner</a></header>
<main class="fig-main"><article class="fig-main-col" itemscope itemtype="https://schema.org/NewsArticle">
<ol class="fig-breadcrumb"><li><a href="{base}/economie">Économie</a></li><li><a href="{base}/conjoncture">Conjoncture</a></li></ol>
<span class="fig-premium-mark">Réservé aux abonnés</span>
<h1 class="fig-headline">{title}</h1>
<p class="fig-standfirst">{standfirst}</p>
<div class="fig-content-metas"><span class="fig-content-metas__author">Par <a href="{base}/auteur/helene-castagnier">Hélène Castagnier</a> et <a href="{base}/auteur/pierre-louis-vidal">Pierre-Louis Vidal</a></span>
<span class="fig-content-metas__pub-date">Publié le 20/11/2026 à 06:00, mis à jour le 20/11/2026 à 11:25</span>
<button class="fig-bookmark">Sauvegarder</button><button class="fig-share">Partager</button></div>
<figure class="fig-media"><img src="{base}/media/2026/11/20/fontvieille-bureaux.jpg" alt="Le quartier de Fontvieille, à Monaco." width="1200" height="800">
<figcaption class="fig-media__legend">Le quartier de Fontvieille, gagné sur la mer dans les années 1970, concentre une grande partie des bureaux de la Principauté. <span class="fig-media__credit">Valery Hache / AFP</span></figcaption></figure>
<div class="fig-body">{body}</div>
<div class="fig-premium-paywall" id="fig-premium-paywall"><p class="fig-premium-paywall__title">Cet article est réservé aux abonnés. Il vous reste 64% à découvrir.</p>
<p class="fig-premium-paywall__offer">Le Figaro sans limite : 1€ le premier mois, sans engagement.</p>
<a class="fig-premium-paywall__button" href="https://abonnement.lefigaro.fr/?origin=paywall">Je m’abonne</a>
<p class="fig-premium-paywall__login">Déjà abonné ? <a href="https://connect.lefigaro.fr/login">Connectez-vous</a></p></div>
<ul class="fig-tags"><li><a href="{base}/tag/monaco">Monaco</a></li><li><a href="{base}/tag/immobilier-de-bureau">Immobilier de bureau</a></li></ul>
</article>
<aside class="fig-aside">{related(203, base, "fig-ensemble", 6, "Dans la même rubrique")}</aside></main>
<footer class="fig-footer"><p>© Le Figaro 2026 · <a href="{base}/mentions-legales">Mentions légales</a> · <a href="{base}/cgu">CGU</a></p></footer>
<script src="https://static.lefigaro.fr/fig-article.8a1c.js" defer></script>
</body></html>
"""
    write(
        "02_lefigaro_premium_monaco",
        page,
        {
            "title": flat(title),
            "publication": "Le Figaro",
            "author": "Hélène Castagnier et Pierre-Louis Vidal",
            "section": "Conjoncture",
            "date": datetime.date(2026, 11, 20),
            "standfirst": flat(standfirst),
            "source_url": url,
            "paragraphs": [flat(t) for t in texts],
            "incomplete": True,
            "notes": "Le Figaro premium article on Monaco: fig- classes; four paragraphs, then the "
            "paywall box ('Il vous reste 64% à découvrir'), so incomplete; og:title and JSON-LD "
            "headline differ from the h1; ' | Le Figaro' in <title>; two authors as two links; "
            "'À lire aussi' box between paragraphs; JSON-LD articleSection 'Conjoncture' beats "
            "article:section 'Économie'; meta times in UTC, JSON-LD with +01:00; «» without spaces.",
        },
    )
