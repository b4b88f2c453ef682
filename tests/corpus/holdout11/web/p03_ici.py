"""Page 03: ici, ex-France Bleu (Nuxt), a radio report with its audio player."""

# The page templates hold HTML lines as the sites write them: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import datetime

import chrome as ch
from kit import Body, json_script, json_text, write

FB = "https://www.francebleu.fr"


def page() -> None:
    """ici: window.__NUXT__, <audio> player with a legend, kicker vs articleSection, question h2."""
    url = f"{FB}/infos/agriculture-peche/en-dordogne-les-nuciculteurs-font-les-comptes-d-une-recolte-divisee-par-deux-4417726"
    title = "En Dordogne, les nuciculteurs font les comptes d’une récolte divisée par deux"
    standfirst = (
        "Sécheresse de juin, grêle de juillet, mouche du brou en septembre : les producteurs de "
        "noix du Périgord ramassent deux fois moins de fruits que l’an dernier. Reportage dans "
        "un verger de Castelnaud-la-Chapelle."
    )
    b = Body()
    b.p(
        "Sous les noyers de Bertrand Lachaize, les filets tendus au sol restent désespérément "
        "clairsemés. « D’habitude, à cette période, on ne voit plus l’herbe tellement il y a de "
        "noix. Là, regardez, on les compte », soupire l’exploitant, installé depuis vingt-six "
        "ans à Castelnaud-la-Chapelle. Sur ses douze hectares de franquette, il estime sa "
        "récolte à 14 tonnes, contre 31 l’an passé.",
        "Le constat est le même dans toute la vallée de la Dordogne. Selon la station "
        "d’expérimentation de Creysse, la production de l’appellation noix du Périgord devrait "
        "reculer de 45 à 55 % cette saison. Du jamais-vu depuis le gel historique de 2021.",
    )
    b.chrome(
        f'<figure class="audio-player" data-v-3a9f01c2><audio preload="none" src="https://media.'
        'radiofrance-podcast.net/podcast09/25417-18.11.2026-ITEMA_24118302-2026B27S0322-21.mp3">'
        '</audio><button class="audio-player__play" aria-label="Écouter">'
        f'{ch.icon("play")}</button><div class="audio-player__progress"><span>0:00</span><span>1:48'
        "</span></div><figcaption>Bertrand Lachaize, nuciculteur à Castelnaud-la-Chapelle, au "
        "micro de Lucie Garrigou.</figcaption></figure>"
    )
    b.head("h2", "Pourquoi une telle chute ?")
    b.p(
        "Les producteurs ont subi une série noire. Le mois de juin, très sec, a freiné la "
        "croissance des fruits. Le 11 juillet, un orage de grêle a haché les feuillages sur une "
        "bande de vingt kilomètres entre Domme et Saint-Cyprien. Enfin la mouche du brou, un "
        "ravageur arrivé d’Amérique du Nord, a proliféré à la faveur d’un automne doux.",
        "« On a traité, on a posé des pièges, mais elle était partout », raconte Émilie Fargeot, "
        "technicienne à la chambre d’agriculture. Les noix touchées ont un brou noirci qui colle "
        "à la coque : elles sont déclassées et partent à l’huilerie, beaucoup moins bien payées.",
    )
    b.head("h2", "Des prix qui montent")
    b.p(
        "Conséquence directe pour les consommateurs : le prix des cerneaux devrait grimper. Sur "
        "le marché de Sarlat, samedi, le kilo de noix fraîches se vendait déjà 5,50 euros, un "
        "euro de plus que l’an dernier. La coopérative Cerno, qui regroupe trois cents "
        "producteurs, prévient qu’elle ne pourra pas honorer tous ses contrats à l’export.",
        "Bertrand Lachaize, lui, compte sur ses ventes directes pour tenir. Il a demandé le "
        "dispositif de calamités agricoles, sans trop y croire. « Les aides arrivent toujours "
        "dix-huit mois après. D’ici là, il faut payer les saisonniers et le gasoil. »",
        "La préfecture de la Dordogne doit réunir la profession le 2 décembre pour faire un "
        "premier bilan des pertes.",
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2026-11-18T18:02:00+01:00",
        "dateModified": "2026-11-18T18:02:00+01:00",
        "articleSection": "Économie",
        "author": [{"@type": "Person", "name": "Lucie Garrigou"}],
        "publisher": {"@type": "Organization", "name": "ici", "url": FB},
        "associatedMedia": {"@type": "AudioObject", "duration": "PT1M48S"},
    }
    nuxt = {
        "layout": "default",
        "data": [
            {
                "page": {
                    "id": 4417726,
                    "title": title,
                    "standfirst": standfirst,
                    "station": "ici Périgord",
                    "tags": ["Agriculture", "Noix", "Dordogne"],
                    "related": ch.teaser_records(301, 48, FB),
                }
            }
        ],
        "state": {"player": {"live": "perigord", "isPlaying": False}, "user": None},
        "serverRendered": True,
        "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/"}},
    }
    page = f"""<!doctype html>
<html lang="fr" data-n-head-ssr><head>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta data-n-head="ssr" data-hid="description" name="description" content="{standfirst}">
<meta data-n-head="ssr" property="og:site_name" content="ici"><meta data-n-head="ssr" property="og:title" content="{title}">
<meta data-n-head="ssr" property="og:type" content="article"><meta data-n-head="ssr" property="og:url" content="{url}">
<meta data-n-head="ssr" property="og:image" content="{FB}/s3/cruiser-production/2026/11/noix-castelnaud.jpg">
<meta data-n-head="ssr" name="twitter:card" content="summary_large_image">
<link data-n-head="ssr" rel="canonical" href="{url}">
<style data-vue-ssr-id="3a9f01c2:0">{ch.stylesheet(31, "ici", 430)}</style>
{json_script(ld, 'data-n-head="ssr" type="application/ld+json"')}
</head><body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app">
<header class="header"><a href="{FB}/" aria-label="ici, accueil">{ch.icon("bookmark", "logo")}</a>
<nav>{ch.menu(32, "menu", FB, ["Infos", "Sports", "Culture", "Vie quotidienne", "Émissions", "Podcasts", "Ma radio ici"])}</nav>
<button class="live-button">{ch.icon("play")}<span>Écouter ici Périgord en direct</span></button></header>
<main class="article-page"><article>
<p class="kicker"><a href="{FB}/infos/agriculture-peche">Agriculture</a></p>
<h1 class="article-title">{title}</h1>
<p class="article-standfirst">{standfirst}</p>
<div class="article-meta"><p class="author">Par <a href="{FB}/auteurs/lucie-garrigou">Lucie Garrigou</a>, ici Périgord</p>
<p class="date">Publié le <time datetime="2026-11-18T18:02:00+01:00">mercredi 18 novembre 2026 à 18:02</time></p></div>
{ch.share_bar("share", url)}
<figure class="cover"><img src="{FB}/s3/cruiser-production/2026/11/noix-castelnaud.jpg" alt="" width="1200" height="675"><figcaption>Les filets de récolte clairsemés dans le verger de Bertrand Lachaize. © Radio France - Lucie Garrigou</figcaption></figure>
<div class="article-body">
{b.html()}
</div>
<ul class="tags"><li><a href="{FB}/theme/noix">Noix</a></li><li><a href="{FB}/theme/dordogne">Dordogne</a></li></ul>
</article>
{ch.teaser_list(33, "related", FB, 12, "À découvrir aussi")}
</main>
<footer class="footer">{ch.link_columns(34, FB, ["ici", "Radio France", "Nos radios locales", "Aide"], 9)}<p>ici, le réseau local de Radio France</p></footer>
</div></div></div>
{ch.consent_box("didomi", "Radio France")}
<script>window.__NUXT__={json_text(nuxt)}</script>
<script src="/_nuxt/c8a1f2e.modern.js" defer></script>
</body></html>"""
    write(
        "03_ici_nuxt_audio_report",
        page,
        {
            "title": title,
            "publication": "ici",
            "author": "Lucie Garrigou",
            "section": "Économie",
            "date": datetime.date(2026, 11, 18),
            "standfirst": standfirst,
            "source_url": url,
            **b.expectation(),
            "notes": "Nuxt 2: window.__NUXT__ with the page data; an <audio> player inside the "
            "body with a legend (not text); kicker 'Agriculture' while JSON-LD articleSection says "
            "'Économie' (articleSection wins); question subhead 'Pourquoi une telle chute ?'; "
            "'Par Name, ici Périgord' (station dropped); og:site_name and publisher 'ici'; "
            "<title> without site name; time datetime with +01:00.",
        },
    )
