"""Pages 03-04: Radio-Canada's React interview, RTBF's AMP match report."""

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
    state_script,
    tracking,
    write,
)


def page03_radiocanada_react_interview() -> None:
    """Radio-Canada (QC, Gaspésie): React app, state JSON in a script, bold questions, UTC date."""
    base = "https://ici.radio-canada.ca"
    url = f"{base}/nouvelle/2214587/crevette-nordique-cooperative-riviere-au-renard-main-oeuvre"
    title = (
        "Crevette nordique : « Il nous manque une trentaine de matelots pour la prochaine saison »"
    )
    blocks = [
        (
            "p",
            "La pêche à la crevette nordique rouvrira au printemps dans le golfe du Saint-Laurent, après trois ans de moratoire partiel. À Rivière-au-Renard, la coopérative Les Pêcheurs du Grand Large cherche pourtant encore des bras. Sa directrice générale, Line Cassivi, explique pourquoi.",
        ),
        (
            "q",
            "Pêches et Océans Canada autorise une reprise de la pêche. C’est une bonne nouvelle?",
        ),
        (
            "p",
            "C’est une excellente nouvelle pour l’usine, qui a tourné au ralenti depuis 2023. Le quota fixé pour 2027 nous permettrait de transformer environ 2800 tonnes, soit presque le double de cette année. Mais il faut des bateaux pour aller les chercher, et du monde dessus.",
        ),
        ("q", "Combien vous manque-t-il de travailleurs?"),
        (
            "p",
            "Pour les bateaux de nos membres, il manque une trentaine de matelots. À l’usine, on parle de soixante postes saisonniers. Beaucoup de nos anciens employés ont trouvé de l’ouvrage dans la construction ou à Gaspé, à l’année. On ne peut pas leur reprocher.",
        ),
        ("q", "Comptez-vous sur des travailleurs étrangers?"),
        (
            "p",
            "Oui, comme les autres usines de la péninsule. Nous avons déposé une demande pour quarante travailleurs temporaires, surtout du Mexique et du Guatemala. Le problème, c’est le logement : à Rivière-au-Renard, il n’y a presque rien à louer, alors la coopérative a acheté l’ancien motel pour les héberger.",
        ),
        ("q", "Qu’attendez-vous de Québec et d’Ottawa?"),
        (
            "p",
            "De la prévisibilité. Un quota annoncé en avril pour une saison qui commence en mai, ça ne permet pas d’embaucher correctement. Si on connaissait les chiffres dès l’automne, on pourrait garder nos gens.",
        ),
    ]
    read_also = (
        '<aside class="sc-kLwhqv eMvRfS" data-testid="related-inline"><h3 class="sc-dlfnbm hDuhKn">À lire aussi :</h3><ul>'
        f'<li><a href="{base}/nouvelle/2201144/quota-crevette-golfe-peches-oceans">Ottawa rouvre partiellement la pêche à la crevette dans le golfe</a></li>'
        f'<li><a href="{base}/nouvelle/2187730/travailleurs-etrangers-usines-gaspesie">Les usines de transformation gaspésiennes misent sur les travailleurs étrangers</a></li></ul></aside>'
    )
    rendered = []
    for i, (kind, text) in enumerate(blocks):
        inner = f"<strong>{text}</strong>" if kind == "q" else text
        rendered.append(f'<p class="sc-hKgILt jZqkGt">{inner}</p>')
        if i == 4:
            rendered.append(read_also)
    rendered_html = "".join(rendered)
    author = "Jérôme Lévesque-Arsenault"
    state = {
        "app": {
            "locale": "fr-CA",
            "region": "gaspesie-iles-de-la-madeleine",
            "abTests": {"rail": "B"},
        },
        "content": {
            "id": 2214587,
            "type": "news-story",
            "title": flat(title),
            "kicker": "Entrevue",
            "authors": [{"name": author, "role": "Journaliste"}],
            "publishedAt": "2026-11-19T01:30:00.000Z",
            "updatedAt": "2026-11-19T14:12:00.000Z",
            "body": [
                {"type": "question" if k == "q" else "paragraph", "html": t} for k, t in blocks
            ],
            "photo": {
                "caption": "Le port de Rivière-au-Renard, en Gaspésie.",
                "credit": "Radio-Canada / Isabelle Larose",
            },
        },
    }
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "articleSection": "Économie",
        "datePublished": "2026-11-19T01:30:00.000Z",
        "dateModified": "2026-11-19T14:12:00.000Z",
        "author": [{"@type": "Person", "name": author}],
        "publisher": {
            "@type": "Organization",
            "name": "Radio-Canada",
            "logo": {"@type": "ImageObject", "url": f"{base}/assets/logo-rc.png"},
        },
        "articleBody": " ".join(flat(t) for _, t in blocks),
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    page = f"""<!DOCTYPE html><html lang="fr-CA"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crevette nordique : « Il nous manque une trentaine de matelots » | Radio-Canada</title>
<meta name="description" content="La coopérative Les Pêcheurs du Grand Large de Rivière-au-Renard manque de main-d’œuvre pour la reprise de la pêche.">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Radio-Canada.ca"><meta property="og:type" content="article"><meta property="og:url" content="{url}">
<meta property="og:title" content="Crevette nordique : « Il nous manque une trentaine de matelots »">
<meta property="og:image" content="https://images.radio-canada.ca/q_auto,w_1200/v1/ici-regions/16x9/port-riviere-au-renard.jpg">
<meta name="twitter:card" content="summary_large_image">
{json_script(ld)}
<style data-styled="active">{css_blob(301, "sc", 900)}</style>
{tracking("G-SRC0003")}
</head><body>
<div id="app"><div class="sc-bdnxRM kBhPjl">
{consent("sc-consent", "Radio-Canada")}
<header class="sc-gtsrHT eRblrH"><a href="{base}/" class="sc-dlnjwi bGszmW" aria-label="Radio-Canada Info">Radio-Canada Info</a>
<nav class="sc-hBEYos dWjUC">{menu(302, "sc-fodVxV", base, ["Info", "Régions", "Politique", "International", "Économie", "Environnement", "Sports", "Arts", "Ohdio"])}</nav></header>
<main class="sc-jSgupP hrmUEO"><article class="sc-gKsewC bTGuVz">
<nav class="sc-iCoGMd kMthTr" aria-label="Fil d’Ariane"><a href="{base}/regions">Régions</a> <a href="{base}/gaspesie-iles-de-la-madeleine">Gaspésie–Îles-de-la-Madeleine</a></nav>
<span class="sc-fujyAs cZcNeN">Entrevue</span>
<h1 class="sc-pNWdM dYkMfW">{title}</h1>
<div class="sc-jrsJWt kUaoOJ"><span class="sc-kEqXSa">Une entrevue de <a href="{base}/profil/jerome-levesque-arsenault">{author}</a></span>
<time datetime="2026-11-19T01:30:00.000Z">Publié le 18 novembre 2026 à 20 h 30 HNE</time>
<time datetime="2026-11-19T14:12:00.000Z">Mis à jour le 19 novembre 2026 à 9 h 12 HNE</time></div>
<figure class="sc-eJMQSu"><img src="https://images.radio-canada.ca/q_auto,w_860/v1/ici-regions/16x9/port-riviere-au-renard.jpg" alt="">
<figcaption>Le port de Rivière-au-Renard, en Gaspésie. <span>Photo : Radio-Canada / Isabelle Larose</span></figcaption></figure>
<div class="sc-hiSbYr fYuTdz">{rendered_html}</div>
<div class="sc-lbhJGD"><span>Avec la collaboration de</span> <span>Radio-Canada Gaspésie–Îles-de-la-Madeleine</span></div>
<button class="sc-kfzAmx">Partager</button>
</article>
{related(303, base, "sc-ehSCib", 6, "À la une en région")}
</main>
<footer class="sc-iqAclL"><p>© Société Radio-Canada. Tous droits réservés.</p><ul><li><a href="{base}/conditions">Conditions d’utilisation</a></li><li><a href="{base}/confidentialite">Politique de confidentialité</a></li></ul></footer>
</div></div>
{state_script("__PRELOADED_STATE__", state)}
<script src="{base}/static/js/main.7d1e0c2a.chunk.js"></script>
</body></html>
"""
    write(
        "03_radiocanada_react_interview",
        page,
        {
            "title": flat(title),
            "publication": "Radio-Canada",
            "author": author,
            "section": "Économie",
            "date": datetime.date(2026, 11, 18),
            "source_url": url,
            "paragraphs": [flat(t) for _, t in blocks],
            "notes": "Radio-Canada React page (Gaspésie): hashed styled-components classes, no "
            "semantic class on the text; the whole interview again in window.__PRELOADED_STATE__ "
            "and in JSON-LD articleBody; questions in <p><strong> with no space before '?' (Québec "
            "usage) are paragraphs; 'Une entrevue de' byline; 'À lire aussi' aside inside the "
            "text; kicker 'Entrevue' and regional breadcrumb lose to articleSection 'Économie'; "
            "published 20 h 30 HNE on 18 November = 01:30 UTC on the 19th in <time> and JSON-LD: "
            "the date is the local 18 November; og:site_name 'Radio-Canada.ca'.",
        },
    )


def page04_rtbf_amp_match_score_table() -> None:
    """RTBF (BE, Wallonia): AMP match report with a quarter-by-quarter score table."""
    base = "https://www.rtbf.be"
    url = f"{base}/article/basket-hesbaye-renverse-mons-borinage-au-bout-d-un-dernier-quart-fou-11418862"
    amp_url = f"{base}/amp/article/basket-hesbaye-renverse-mons-borinage-au-bout-d-un-dernier-quart-fou-11418862"
    title = "Basket : Hesbaye renverse Mons-Borinage au bout d’un dernier quart fou (79-84)"
    lead = "Menés de quatorze points à la pause, les Hesbignons ont signé un 31-15 dans le dernier quart pour s’imposer à Mons."
    before = [
        "On jouait la 24e minute au Mons Arena quand le panier à trois points de Yohan Dufrasne a porté l’écart à quatorze longueurs (52-38). Le public montois pensait alors tenir sa quatrième victoire de la saison. C’était sans compter sur la réaction d’un BC Hesbaye jusque-là méconnaissable.",
        "Emmené par son meneur Arnaud Lejeune, auteur de 14 de ses 22&nbsp;points dans le dernier quart, Hesbaye a d’abord resserré sa défense. Les Montois, qui avaient réussi 9 tirs à trois points sur 17 en première période, n’en ont plus inscrit qu’un seul après la pause.",
        "À 1&nbsp;min 12 de la fin, un lancer franc de Lejeune a donné l’avantage aux visiteurs pour la première fois depuis le premier quart (77-78). Mons a encore eu deux possessions pour recoller, mais Dufrasne a manqué sa tentative et Sébastien Pirotte a perdu le ballon sur la dernière remise en jeu.",
        "«&nbsp;On a arrêté de jouer, tout simplement. À ce niveau, un quart comme celui-là, ça ne pardonne pas&nbsp;», regrettait l’entraîneur montois Didier Vanhamme en conférence de presse. Son homologue, Christophe Jacquemin, saluait «&nbsp;un groupe qui n’a jamais lâché, même quand tout allait de travers&nbsp;».",
        "Avec ce succès, Hesbaye remonte à la sixième place du classement et recevra le leader samedi prochain. Mons-Borinage, neuvième, se déplacera mercredi en Coupe de Belgique.",
    ]
    rows = [
        (
            "th",
            [
                "Équipe",
                "1<sup>er</sup> quart",
                "2<sup>e</sup> quart",
                "3<sup>e</sup> quart",
                "4<sup>e</sup> quart",
                "Total",
            ],
        ),
        ("td", ["Mons-Borinage", "24", "19", "21", "15", "79"]),
        ("td", ["BC Hesbaye", "18", "11", "24", "31", "84"]),
    ]
    table = "\n".join(
        "<tr>" + "".join(f"\n  <{cell}>{c}</{cell}>" for c in cells) + "\n</tr>"
        for cell, cells in rows
    )
    subhead = "Le match quart par quart"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": flat(title),
        "mainEntityOfPage": url,
        "datePublished": "2026-11-21T22:47:00+01:00",
        "dateModified": "2026-11-21T23:20:00+01:00",
        "articleSection": ["Sport", "Basket"],
        "author": [{"@type": "Person", "name": "Thibault Delvaux"}],
        "publisher": {
            "@type": "Organization",
            "name": "RTBF",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/static/logo-rtbf.png",
                "width": 600,
                "height": 60,
            },
        },
        "image": {
            "@type": "ImageObject",
            "url": "https://ds.static.rtbf.be/article/image/1248x702/e/1/4/mons-hesbaye.jpg",
            "width": 1248,
            "height": 702,
        },
    }
    amp_css = css_blob(401, "rtbf-amp", 650)
    page = f"""<!doctype html>
<html ⚡ lang="fr">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<title>{title} - RTBF Actus</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:site_name" content="RTBF"><meta property="og:type" content="article"><meta property="og:url" content="{amp_url}">
<meta property="og:title" content="{html.escape(flat(title))}"><meta name="description" content="{html.escape(flat(lead))}">
<meta property="article:published_time" content="2026-11-21T21:47:00Z">
{json_script(ld)}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>{amp_css}</style>
</head>
<body>
<amp-consent id="rtbf-consent" layout="nodisplay"><script type="application/json">{{"consentInstanceId":"rtbf","consentRequired":true,"promptUI":"consent-ui"}}</script>
<div id="consent-ui" class="consent"><p>La RTBF utilise des cookies pour améliorer votre expérience et mesurer l’audience.</p><button on="tap:rtbf-consent.accept">Accepter</button><button on="tap:rtbf-consent.reject">Refuser</button></div></amp-consent>
<header class="amp-header"><a href="{base}/" class="amp-header__logo"><amp-img src="{base}/static/logo-rtbf.svg" width="90" height="30" alt="RTBF"></amp-img></a>
<a href="{base}/sport" class="amp-header__section">Sport</a></header>
<main><article class="amp-article">
<nav class="amp-breadcrumb"><a href="{base}/sport">Sport</a> › <a href="{base}/sport/basket">Basket</a></nav>
<h1 class="amp-article__title">{title}</h1>
<p class="amp-article__lead">{lead}</p>
<div class="amp-article__meta"><span class="amp-article__author">Par Thibault Delvaux avec Belga</span>
<time datetime="2026-11-21T22:47:00+01:00">21 novembre 2026 à 22:47</time></div>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share>
<figure class="amp-article__figure"><amp-img src="https://ds.static.rtbf.be/article/image/1248x702/e/1/4/mons-hesbaye.jpg" width="1248" height="702" layout="responsive" alt=""></amp-img>
<figcaption>Arnaud Lejeune (Hesbaye) face à la défense montoise. © BELGA</figcaption></figure>
<div class="amp-article__body">
{paras(*before[:2])}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/21738429/rtbf/sport/amp_rect_1"><div placeholder>Publicité</div></amp-ad>
{paras(*before[2:])}
<h2>{subhead}</h2>
<table class="score-table">
{table}
</table>
</div>
<div class="amp-article__tags"><a href="{base}/tag/basket">Basket</a> <a href="{base}/tag/mons">Mons</a> <a href="{base}/tag/hesbaye">Hesbaye</a></div>
</article>
{related(402, base, "amp-related", 12, "Plus de sport")}
</main>
<footer class="amp-footer"><p>© RTBF 2026 – Radio-Télévision belge de la Communauté française</p><a href="{url}">Voir la version complète</a></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-RTBF0042","config":{{"G-RTBF0042":{{"groups":"default"}}}}}}}}</script></amp-analytics>
</body>
</html>
"""
    write(
        "04_rtbf_amp_match_score_table",
        page,
        {
            "title": flat(title),
            "publication": "RTBF",
            "author": "Thibault Delvaux",
            "agency": "Belga",
            "section": "Sport",
            "date": datetime.date(2026, 11, 21),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": [flat(t) for t in before]
            + [" ".join(flat(c) for c in cells) for _, cells in rows],
            "notes": "RTBF AMP match report (Wallonia): <html ⚡>, amp-img, amp-ad 'Publicité' "
            "between paragraphs, amp-consent; canonical (non-AMP) differs from og:url (AMP); "
            "'Par A avec Belga'; photo '© BELGA' is no agency; articleSection a list (first item "
            "'Sport'); a subhead then a score table whose three rows, header included, are one "
            "paragraph each with cells joined by a space ('1<sup>er</sup>' -> '1er'); meta time "
            "in UTC, JSON-LD and <time> at +01:00, same day.",
        },
    )
