# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""03 RTS Info (home-made React SSR): three JSON-LD blocks, <time> in UTC, section only in the URL path."""

import datetime

from chrome import footer_links, mega_menu, stylesheet, teaser_cards, teaser_state
from kit import ld_script, save, texts, wrap

BASE = "https://www.rts.ch"
URL = f"{BASE}/info/culture/2026/article/le-festival-des-lumieres-de-sion-perd-son-directeur-a-trois-semaines-de-l-ouverture-28811234.html"
TITLE = "Le festival des Lumières de Sion perd son directeur à trois semaines de l’ouverture"
BODY = [
    "Le directeur artistique du festival Sion Lumières, Raphaël Bonvin, a annoncé sa démission dans la nuit de samedi à dimanche, invoquant «des divergences profondes et durables» avec le conseil de fondation. La 9e édition doit s’ouvrir le 12 décembre.",
    "Dans un courriel adressé aux artistes invités, que la RTS a pu consulter, il reproche à la fondation d’avoir réduit de 30% le budget de création sans le consulter, au profit d’un partenariat avec une marque horlogère. «Je ne peux pas signer une programmation que je n’ai pas choisie», écrit-il.",
    "Contactée dimanche, la présidente du conseil de fondation, Martine Zufferey-Rey, «regrette une décision précipitée» et assure que le festival aura lieu comme prévu. Les dix-huit installations lumineuses annoncées dans la vieille ville sont maintenues, affirme-t-elle.",
    "Le départ de Raphaël Bonvin intervient après une année agitée. En mars, deux membres du conseil avaient déjà quitté la fondation, et la Ville de Sion avait demandé un audit des comptes de l’édition 2025, bouclée avec un déficit de 410'000 francs.",
    "L’audit, rendu en septembre, ne relevait «aucune irrégularité», mais recommandait de mieux séparer les fonctions artistique et financière. C’est précisément ce point qui aurait cristallisé le conflit, selon plusieurs personnes proches du dossier.",
    "Plusieurs artistes ont réagi dimanche. Le collectif lausannois Néon Fantôme, qui devait présenter une œuvre sur la place de la Planta, dit «réfléchir à sa participation». D’autres, comme la plasticienne valaisanne Joëlle Mayoraz, ont confirmé leur venue «pour le public, pas pour la fondation».",
    "Le festival avait attiré 96'000 visiteurs l’an dernier. Son budget total s’élève à 2,1 millions de francs, dont un tiers de subventions publiques.",
]


def page03() -> None:
    """Write 03_rts_react_three_jsonld_utc."""
    site = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": "RTS",
        "alternateName": "Radio Télévision Suisse",
        "url": f"{BASE}/",
    }
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "datePublished": "2026-11-22T00:40:00+01:00",
        "dateModified": "2026-11-22T09:05:00+01:00",
        "author": [
            {"@type": "Person", "name": "Nadia Pittet"},
            {"@type": "Organization", "name": "ATS"},
        ],
        "publisher": {
            "@type": "Organization",
            "name": "RTS",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/logo.png"},
        },
        "mainEntityOfPage": URL,
    }
    video = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": "Sion Lumières: le directeur claque la porte",
        "description": "Le 19h30 revient sur la démission de Raphaël Bonvin.",
        "uploadDate": "2026-11-22T19:30:00+01:00",
        "duration": "PT2M14S",
        "thumbnailUrl": f"{BASE}/2026/11/22/19/30/28811301.image/16x9",
        "contentUrl": f"{BASE}/play/tv/19h30/video/sion-lumieres-28811301",
    }
    player = '<figure class="media-player" data-urn="urn:rts:video:28811301"><div class="media-player__frame"><button class="media-player__play" aria-label="Lire la vidéo">▶</button><span class="media-player__duration">02:14</span></div><figcaption class="media-player__caption">Sion Lumières: le directeur claque la porte / 19h30 / 2 min. / aujourd’hui à 19:30</figcaption></figure>'
    state = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "28811234",
                    "urn": "urn:rts:article:28811234",
                    "title": TITLE,
                    "lead": None,
                    "authors": [{"name": "Nadia Pittet"}],
                    "agency": "ATS",
                },
                "related": teaser_state(301, BASE, 140),
            }
        },
        "page": "/info/[...slug]",
        "buildId": "rts-info-5.38.1",
    }
    nav = mega_menu(
        302,
        BASE,
        "rts-nav",
        ["Info", "Suisse", "Monde", "Économie", "Culture", "Sport", "Météo"],
        7,
    )
    body = "\n".join(
        [
            wrap(BODY[:3], '<p class="ArticleText_paragraph__xK2">'),
            player,
            wrap(BODY[3:], '<p class="ArticleText_paragraph__xK2">'),
        ]
    )
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>{TITLE} - rts.ch - Culture</title><meta name="description" content="Raphaël Bonvin quitte le festival Sion Lumières en dénonçant des coupes budgétaires."/><link rel="canonical" href="{URL}"/><meta property="og:site_name" content="RTS"/><meta property="og:type" content="article"/><meta property="og:title" content="{TITLE}"/><meta property="og:url" content="{URL}"/>{ld_script(site)}{ld_script(article)}{ld_script(video)}<style data-emotion="css">{stylesheet(3, "css", 330)}</style></head>
<body><div id="__next"><div class="Layout_root__a81">
<header class="Header_root__Q2"><a href="{BASE}/info/" class="Header_logo__P9"><svg role="img" aria-label="RTS Info"><title>RTS Info</title></svg></a><nav>{nav}</nav></header>
<main class="Layout_main__Zt"><article class="Article_root__m3">
<h1 class="ArticleHeader_title__7Hd">{TITLE}</h1>
<div class="ArticleHeader_meta__b4"><span class="ArticleHeader_authors__R1">Nadia Pittet avec ATS</span><span class="ArticleHeader_dates__Kw">Publié <time dateTime="2026-11-21T23:40:00.000Z">22 novembre 2026 à 00:40</time> Modifié <time dateTime="2026-11-22T08:05:00.000Z">22 novembre 2026 à 09:05</time></span></div>
<div class="ArticleBody_root__H3">
{body}
</div>
<div class="ArticleFooter_tags__c2"><a href="{BASE}/info/tags/valais">Valais</a><a href="{BASE}/info/tags/festivals">Festivals</a></div>
</article>
<aside class="Related_root__9f"><h2>Sur le même sujet</h2>{teaser_cards(303, BASE, 60, "Teaser_root__ab")}</aside>
</main>
<footer class="Footer_root__u7"><ul>{footer_links(304, BASE, 30)}</ul><p>© RTS, Radio Télévision Suisse, une succursale de la Société suisse de radiodiffusion et télévision SRG SSR</p></footer>
</div></div>{ld_script(state, 'id="__NEXT_DATA__" type="application/json"')}</body></html>
"""
    save(
        "03_rts_react_three_jsonld_utc",
        page,
        {
            "title": TITLE,
            "publication": "RTS",
            "author": "Nadia Pittet",
            "agency": "ATS",
            "section": "Culture",
            "date": datetime.date(2026, 11, 22),
            "standfirst": None,
            "source_url": URL,
            "paragraphs": texts(BODY),
            "notes": "React SSR with __NEXT_DATA__. Three JSON-LD blocks: WebSite, NewsArticle (author a Person and the "
            "agency ATS as an Organization), VideoObject (the video's upload date is not the article's). The <time> "
            "datetime is UTC (2026-11-21T23:40Z) while the page's own date is 22 November 00:40 in Switzerland. No "
            "articleSection, article:section, breadcrumb or kicker: the section is only in the URL path (/info/culture/) "
            "and in the <title> suffix. 'Nadia Pittet avec ATS'; no standfirst (meta description only); video player "
            "caption is not text; apostrophe thousands separators (96'000).",
        },
    )
