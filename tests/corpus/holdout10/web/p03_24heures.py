"""Page 03: 24 heures (CH), Tamedia Next.js: published 00:35 local, the day before in UTC."""

from __future__ import annotations

import datetime

import bulk
import kit

URL = "https://www.24heures.ch/creches-vaudoises-le-grand-conseil-rabote-la-subvention-318274605"
TITLE = "Crèches vaudoises: le Grand Conseil rabote la subvention"
STANDFIRST = (
    "Par 71 voix contre 65, les députés ont réduit de 9 millions l’aide cantonale aux "
    "structures d’accueil. Les communes craignent de devoir augmenter les tarifs."
)

TEXT = """
La séance s’est prolongée bien au-delà de minuit. Au terme de quatre heures de débat sur le
budget 2027, le Grand Conseil vaudois a adopté vendredi soir un amendement de la droite qui
réduit de 9&nbsp;millions de francs la contribution du Canton à la Fondation pour l’accueil de
jour des enfants (FAJE). La subvention passe ainsi de 64 à 55&nbsp;millions.

Pour la députée PLR Nathalie Jaquier-Bron, auteure de l’amendement, «&nbsp;il ne s’agit pas
d’une coupe mais d’un retour à la trajectoire prévue en 2023&nbsp;». Les réserves de la
fondation, estimées à 31&nbsp;millions, permettraient selon elle d’absorber la baisse sans
toucher aux places existantes.

@video

## Les communes en première ligne

La gauche dénonce au contraire un transfert de charges. «&nbsp;Ce sont les communes et les
familles qui paieront la facture&nbsp;», a lancé le socialiste Yvan Cuendet, rappelant que le
réseau lausannois compte déjà 1200&nbsp;enfants sur liste d’attente. Renens, Vevey et Yverdon
ont fait savoir, par la voix de leurs municipaux, qu’une hausse des tarifs de 5 à 8&nbsp;%
n’était «&nbsp;pas exclue&nbsp;» dès la rentrée d’août.

» «Ce sont les communes et les familles qui paieront la facture»

Le Conseil d’État, lui, s’est abstenu de prendre position sur le fond. La conseillère d’État
chargée de la formation a seulement rappelé que la loi impose au Canton de financer au moins
un quart du coût des places. Avec 55&nbsp;millions, ce plancher serait encore respecté, «&nbsp;de
justesse&nbsp;», a-t-elle concédé.

@more

## Un référendum évoqué

Le vote a été serré&nbsp;: 71 voix contre 65, avec trois abstentions. À la sortie de la salle
du Parlement, plusieurs élus de gauche et des syndicats évoquaient déjà le lancement d’un
référendum. Il faudrait réunir 12’000&nbsp;signatures en quarante jours.

Le budget dans son ensemble sera soumis au vote final mardi prochain. D’ici là, l’Association
vaudoise des structures d’accueil a appelé les parents à un rassemblement samedi à 10&nbsp;h
sur la place du Château.
"""

CHROME = {
    "video": (
        '<div class="VideoPlayer_root__k3Pq9"><div class="VideoPlayer_player__aa1">'
        f'<button class="VideoPlayer_play__Zr2" aria-label="Lire la vidéo">{bulk.svg("play")}'
        '</button></div><p class="VideoPlayer_caption__Lm4">Vidéo: les députés débattent du '
        "budget 2027. (Tamedia)</p></div>"
    ),
    "more": (
        '<div class="ArticleTeaser_root__q8W"><span>Plus sur le sujet</span><a href='
        '"https://www.24heures.ch/accueil-de-jour-les-listes-d-attente-s-allongent-'
        '104853311">Accueil de jour: les listes d’attente s’allongent</a></div>'
    ),
}


def page() -> None:
    """Write page 03 and its expected file."""
    art = kit.render(
        TEXT,
        {
            "p": '<p class="HtmlText_root__A1b2C">{}</p>',
            "h2": '<h2 class="ArticleHeading_root__Xs5">{}</h2>',
            "pull": '<figure class="ArticleQuote_root__T9"><blockquote><p>{}</p></blockquote>'
            "<figcaption>Yvan Cuendet, député socialiste</figcaption></figure>",
        },
        CHROME,
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": kit.flat(TITLE),
        "datePublished": "2026-11-27T23:35:00.000Z",
        "articleSection": "Vaud",
        "author": [{"@type": "Person", "name": "Cécile Collet"}],
        "publisher": {"@type": "NewsMediaOrganization", "name": "24 heures"},
        "isAccessibleForFree": True,
    }
    nextdata = {
        "props": {
            "pageProps": {
                "article": {"id": "318274605", "section": "vaud"},
                "teasers": bulk.teasers(3, 120, "https://www.24heures.ch"),
            }
        },
        "page": "/[...slug]",
        "buildId": "t4m3d1a-2026.11.4",
    }
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width"/>
<title>{TITLE} | 24 heures</title>
<meta name="description" content="{kit.flat(STANDFIRST)}"/>
<meta property="og:title" content="{TITLE} | 24 heures"/>
<meta property="og:site_name" content="24 heures"/>
<meta property="og:type" content="article"/>
<meta property="og:url" content="{URL}"/>
<meta property="article:published_time" content="2026-11-27T23:35:00.000Z"/>
<link rel="canonical" href="{URL}"/>
<link rel="preload" as="font" href="/_next/static/media/pensum.woff2" crossorigin="anonymous"/>
<style>{bulk.css(301, "t", 280)}</style>
{bulk.json_script(ld)}
{bulk.tracker_scripts(31, 20)}
</head><body><div id="__next">
<div class="ConsentBanner_root__u7"><p>Nous utilisons des cookies afin d’améliorer votre
expérience.</p><button>OK</button></div>
<header class="Header_root__Q1"><a href="/" class="Header_logo__2">24 heures</a>
<nav>{
        bulk.menu(
            32,
            "Navigation_list__p",
            "https://www.24heures.ch",
            ["Vaud", "Suisse", "Monde", "Économie", "Sports", "Culture", "Société"],
        )
    }</nav></header>
<main><article class="Article_root__Zz">
<header class="ArticleHeader_root__9">
<span class="ArticleHeader_catchword__P0">Budget 2027</span>
<h1 class="ArticleHeader_title__n2">{TITLE}</h1>
<p class="ArticleHeader_lead__rr">{STANDFIRST}</p>
<div class="ArticleAuthor_root__B"><img src="https://cdn.unitycms.io/collet.jpg" alt=""/>
<span>Cécile Collet</span></div>
<div class="ArticleDate_root__F">Publié: <time dateTime="2026-11-27T23:35:00.000Z">28.11.2026,
00h35</time></div>
{bulk.share_bar("ShareButtons_root__j", URL)}
</header>
<figure class="ArticleImage_root__h"><img src="https://cdn.unitycms.io/gc-vaud.jpg" alt=""/>
<figcaption>Le Parlement vaudois, vendredi soir.<span>Photo: Chantal Dervey</span></figcaption>
</figure>
<section class="ArticleBody_root__Uu">
{art.html}
</section>
<div class="NewsletterBox_root__e"><h3>Newsletter «Vaud matin»</h3><p>Recevez chaque matin les
nouvelles de votre région.</p><button>S’inscrire</button></div>
<div class="ArticleErrorReport_root__0"><a href="/signaler">Vous avez trouvé une erreur?
Signalez-la.</a></div>
</article>
<aside>{bulk.teaser_list(bulk.teasers(33, 30, "https://www.24heures.ch"), "Rail_list__k")}</aside>
</main>
<footer class="Footer_root__w"><p>24 heures – une publication de Tamedia</p>
{
        bulk.menu(
            34,
            "Footer_list__x",
            "https://www.24heures.ch",
            ["Impressum", "Contact", "Abonnements", "Protection des données"],
            3,
        )
    }</footer>
</div>
{bulk.json_script(nextdata, 'id="__NEXT_DATA__" type="application/json"')}
</body></html>
"""
    bulk.write(
        "03_24heures_nextjs_utc_day_shift",
        html,
        {
            "title": TITLE,
            "publication": "24 heures",
            "author": "Cécile Collet",
            "section": "Vaud",
            "date": datetime.date(2026, 11, 28),
            "standfirst": kit.flat(STANDFIRST),
            "source_url": URL,
            "subheads": art.subheads,
            "pull_quotes": art.pull_quotes,
            "paragraphs": art.paragraphs,
            "notes": (
                "Tamedia Next.js page: published 28.11.2026 at 00h35 Swiss time, which is "
                "2026-11-27T23:35Z in every datetime (time, meta, JSON-LD): the expected date is "
                "the local day printed; catchword 'Budget 2027' is not the section "
                "(articleSection 'Vaud'); ArticleHeader lead as standfirst; pull quote figure "
                "with its attribution; video player with a caption; __NEXT_DATA__ teasers."
            ),
        },
    )
