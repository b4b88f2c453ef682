"""Page 08: ArcInfo (ESH Médias, Drupal), no JSON-LD, signature after the text."""

# The page templates hold HTML lines as the sites write them: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import datetime

import chrome as ch
from kit import Body, json_text, write

AI = "https://www.arcinfo.ch"


def page() -> None:
    """ArcInfo: Drupal fields, breadcrumb before kicker, h3 subheads, aside pull quote, og:url only."""
    url = f"{AI}/neuchatel-canton/neuchatel/les-fresques-du-peristyle-de-l-hotel-de-ville-retrouvent-leurs-couleurs-1603318"
    title = "Les fresques du péristyle de l’hôtel de ville retrouvent leurs couleurs"
    standfirst = (
        "Après dix-huit mois de travaux minutieux, les peintures murales de 1790 sont à nouveau "
        "visibles. Les restaurateurs y ont découvert un motif caché sous une couche de badigeon."
    )
    b = Body()
    b.p(
        "Il fallait lever les yeux, et encore : noircies par deux siècles de poussière et de "
        "fumée, les fresques du péristyle de l’hôtel de ville de Neuchâtel ne se devinaient "
        "plus qu’à peine. Depuis lundi, les passants redécouvrent des guirlandes, des "
        "médaillons et un ciel d’un bleu que personne n’avait vu depuis des générations.",
        "Le chantier, lancé au printemps 2025, a mobilisé une équipe de six restaurateurs. Ils "
        "ont d’abord nettoyé les surfaces au scalpel et à l’éponge, centimètre carré par "
        "centimètre carré, avant de consolider les enduits qui menaçaient de se détacher.",
    )
    b.head("h3", "Une surprise sous le badigeon")
    b.p(
        "Le moment le plus fort est venu en février. En dégageant une zone repeinte au XIXe "
        "siècle, les spécialistes ont mis au jour une allégorie de la Justice, tenant sa balance, "
        "que les archives ne mentionnaient pas. « Nous avons d’abord cru à une tache, puis un "
        "visage est apparu. C’est le genre de découverte qu’on fait une fois dans une carrière », "
        "raconte la restauratrice Anouk Jeanneret-Sahli.",
    )
    b.pull(
        '<aside class="paragraph--type--citation citation"><p class="citation__text">{}</p>'
        '<p class="citation__author">Anouk Jeanneret-Sahli, restauratrice</p></aside>',
        "C’est le genre de découverte qu’on fait une fois dans une carrière.",
    )
    b.p(
        "Les historiens de l’art attribuent désormais cette figure au même atelier que le reste "
        "du décor, réalisé lors de la construction du bâtiment conçu par l’architecte Pierre-"
        "Adrien Paris. Elle aurait été recouverte vers 1860, peut-être parce qu’elle était déjà "
        "trop abîmée.",
    )
    b.chrome(ch.ad_slot("esh-rectangle-1", "advertising"))
    b.head("h3", "Un budget tenu")
    b.p(
        "Le coût total des travaux s’élève à 1,35 million de francs, dont 420 000 francs pris en "
        "charge par la Confédération au titre de la protection des monuments. La Ville se "
        "félicite d’avoir tenu le budget voté par le Conseil général en 2024.",
        "« C’est un patrimoine qui appartient à tous les Neuchâtelois, il fallait le rendre "
        "lisible », souligne la conseillère communale chargée de la culture, Mireille Vuilleumier. "
        "Des visites guidées gratuites seront proposées chaque samedi de décembre, sur "
        "inscription à l’office du tourisme.",
        "Un éclairage nocturne doit encore être installé au printemps pour mettre en valeur les "
        "peintures depuis la place.",
    )
    state = {
        "path": {"currentPath": "node/1603318"},
        "esh": {"site": "arcinfo", "paywall": "metered"},
        "teasers": ch.teaser_records(801, 42, AI),
    }
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Neuchâtel: les fresques du péristyle de l’hôtel de ville retrouvent leurs couleurs - ArcInfo</title>
<meta name="description" content="Après dix-huit mois de travaux, les peintures murales de 1790 sont à nouveau visibles.">
<meta property="og:site_name" content="ArcInfo"><meta property="og:type" content="article">
<meta property="og:url" content="{url}"><meta property="og:title" content="Neuchâtel: {title.lower()[:1]}{title[1:]} - ArcInfo">
<meta property="og:image" content="{AI}/sites/default/files/styles/og_image/public/2026/11/peristyle.jpg">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<link rel="stylesheet" media="all" href="{AI}/sites/default/files/css/css_Kq9rj3xM.css">
<style>{ch.stylesheet(81, "esh", 450)}</style>
<script type="application/json" data-drupal-selector="drupal-settings-json">{json_text(state)}</script>
</head><body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas"><header class="header"><a href="{AI}/" rel="home" aria-label="ArcInfo">{ch.icon("bookmark", "logo")}</a>
<nav class="menu--main">{ch.menu(82, "menu", AI, ["Neuchâtel Canton", "Suisse", "Monde", "Sport", "Économie", "Culture", "Vidéos", "Services"])}</nav></header>
<main id="main-content" role="main">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol><li><a href="{AI}/">Accueil</a></li><li><a href="{AI}/neuchatel-canton">Régions</a></li><li><a href="{AI}/neuchatel-canton/neuchatel">Neuchâtel</a></li></ol></nav>
<article role="article" class="node node--type-article node--view-mode-full">
<div class="field field--name-field-kicker">Patrimoine</div>
<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>
<div class="node__meta"><time datetime="2026-11-16T11:20:00+01:00">16.11.2026, 11:20</time></div>
<div class="field field--name-field-chapeau">{standfirst}</div>
{ch.share_bar("social-share", url)}
<div class="field field--name-field-image"><img src="{AI}/sites/default/files/styles/article_full/public/2026/11/peristyle.jpg" alt="" width="1280" height="853"><div class="image-legend">L’allégorie de la Justice, découverte en février. <span class="image-credit">Christian Galley</span></div></div>
<div class="field field--name-body clearfix text-formatted">
{b.html()}
</div>
<div class="field field--name-field-signature"><p>Léa Perrenoud</p></div>
<div class="block-newsletter"><h2>Newsletter ArcInfo</h2><p>Recevez chaque matin les principales informations de la région.</p><a href="{AI}/newsletter">Je m’abonne</a></div>
</article>
{ch.teaser_list(83, "view-related", AI, 12, "Sur le même sujet")}
</main>
<footer class="footer">{ch.link_columns(84, AI, ["ArcInfo", "ESH Médias", "Services", "Aide"], 8)}<p>© ArcInfo, une publication d’ESH Médias</p></footer></div>
{ch.consent_box("didomi", "ArcInfo")}
<script src="{AI}/core/misc/drupal.js?v=10.3.6"></script>
</body></html>"""
    write(
        "08_arcinfo_drupal_signature_no_jsonld",
        page,
        {
            "title": title,
            "publication": "ArcInfo",
            "author": "Léa Perrenoud",
            "section": "Neuchâtel",
            "date": datetime.date(2026, 11, 16),
            "standfirst": standfirst,
            "source_url": url,
            **b.expectation(),
            "notes": "Drupal 10 (ESH Médias): no JSON-LD, no canonical (og:url is the address); "
            "no byline above the text, the author only as a signature field after the body; "
            "breadcrumb's last item 'Neuchâtel' beats the kicker 'Patrimoine'; "
            "field--name-field-chapeau standfirst; two h3 subheads; aside citation pull quote "
            "repeating a sentence the paragraph above quotes; og:title with a 'Neuchâtel:' prefix and "
            "' - ArcInfo'; '16.11.2026, 11:20'; newsletter block.",
        },
    )
