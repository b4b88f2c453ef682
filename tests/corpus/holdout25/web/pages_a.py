# ruff: noqa: E501  (HTML templates are written as the pages hold them)
"""Pages 01 (L'essentiel, Luxembourg, Next.js live ticker) and 02 (Le360, Morocco, Arc XP)."""

from __future__ import annotations

import datetime

from kit import (
    FILLER,
    consent,
    css_blob,
    flat,
    footer_links,
    json_script,
    menu,
    paras,
    related,
    teasers,
    write,
)

LU_BASE = "https://www.lessentiel.lu/fr"
LU_URL = f"{LU_BASE}/story/crue-de-la-moselle-remich-et-grevenmacher-sous-surveillance-103318264"
LU_TITLE = "Crue de la Moselle: Remich et Grevenmacher sous surveillance"
LU_LEAD = (
    "Le niveau de la Moselle a encore monté ce jeudi après trois jours de pluie. "
    "La situation heure par heure."
)
LU_ENTRIES = [
    (
        "17:40",
        "Le pic attendu dans la nuit",
        [
            "Selon les dernières projections de l’Administration de la gestion de l’eau, la "
            "Moselle devrait atteindre 6,85 mètres à Grevenmacher vers 3h du matin, soit "
            "vingt centimètres de plus qu’en janvier 2021.",
            "Les pompiers du CGDIS ont installé des barrières mobiles sur 400 mètres le long "
            "du quai de Remich. «On ne peut plus rien faire d’autre qu’attendre», résume un "
            "chef de groupe rencontré sur place.",
        ],
    ),
    (
        "16:05",
        None,
        [
            "La commune de Wormeldange ouvre la salle des fêtes d’Ehnen aux habitants qui "
            "doivent quitter leur logement. Une trentaine de lits de camp y ont été "
            "installés par la Croix-Rouge. Les personnes concernées peuvent s’y présenter dès "
            "18h avec leurs papiers.",
        ],
    ),
    (
        "14:20",
        "La N10 fermée entre Remich et Schwebsingen",
        [
            "La Police grand-ducale a fermé la N10 dans les deux sens en début d’après-midi. "
            "Une déviation est en place par Bech-Kleinmacher, mais les bouchons s’étendent "
            "déjà jusqu’à Mondorf-les-Bains.",
            "Les bus de la ligne 175 ne desservent plus les arrêts situés le long du fleuve "
            "jusqu’à nouvel ordre.",
        ],
    ),
    (
        "11:30",
        "Cellule de crise activée",
        [
            "Le Haut-Commissariat à la protection nationale a activé sa cellule de crise. La "
            "ministre de l’Intérieur doit se rendre à Grevenmacher en fin de journée pour "
            "rencontrer les bourgmestres des communes riveraines. Un point presse est prévu à 19h.",
        ],
    ),
    (
        "08:15",
        "Les premières caves inondées",
        [
            "Dès l’aube, une dizaine de caves ont été inondées dans le centre de Remich. "
            "Plusieurs viticulteurs ont déplacé en hâte leurs fûts vers les étages.",
            "«L’eau est montée de quarante centimètres en une nuit, je n’avais jamais vu "
            "ça», témoigne Nadine Schmit, qui tient un domaine familial au bord du quai.",
        ],
    ),
]


def lu_entry(time: str, title: str | None, texts: list[str]) -> str:
    heading = f'<h3 class="LiveEntry_title__k2P0x">{title}</h3>' if title else ""
    body = paras(*texts, attrs='class="LiveEntry_paragraph__Zq8sd"')
    return (
        f'<li class="LiveEntry_entry__3hD1w" id="entry-{time.replace(":", "")}">'
        f'<div class="LiveEntry_meta__oR2Xa"><time dateTime="2026-11-19T{time}:00+01:00" '
        f'class="LiveEntry_time__Ds9aP">{time}</time></div>'
        f'<div class="LiveEntry_content__b8Aqd">{heading}{body}</div></li>'
    )


def page01_lessentiel_nextjs_live_two_authors() -> None:
    top = ["Luxembourg", "Frontaliers", "Monde", "Sports", "People", "Économie", "Lifestyle"]
    teaser_data = teasers(101, 24, LU_BASE + "/story", FILLER)
    next_data = {
        "props": {
            "pageProps": {
                "story": {
                    "id": 103318264,
                    "title": LU_TITLE,
                    "lead": LU_LEAD,
                    "ressort": "Luxembourg",
                    "authors": [{"name": "Jeanne Kirsch"}, {"name": "Marc Hoffeld"}],
                    "published": "2026-11-19T08:10:00+01:00",
                    "updated": "2026-11-19T17:42:00+01:00",
                    "ticker": [
                        {"time": t, "title": h, "paragraphs": list(p)} for t, h, p in LU_ENTRIES
                    ],
                },
                "teasers": teaser_data,
            }
        },
        "page": "/story/[slug]",
        "query": {"slug": "crue-de-la-moselle-remich-et-grevenmacher-sous-surveillance-103318264"},
        "buildId": "k8r2QmZpT1vXh4",
        "isFallback": False,
        "gssp": True,
        "locale": "fr",
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": LU_TITLE,
        "description": LU_LEAD,
        "url": LU_URL,
        "articleSection": "Luxembourg",
        "datePublished": "2026-11-19T08:10:00+01:00",
        "dateModified": "2026-11-19T17:42:00+01:00",
        "coverageStartTime": "2026-11-19T08:10:00+01:00",
        "author": [
            {"@type": "Person", "name": "Jeanne Kirsch"},
            {"@type": "Person", "name": "Marc Hoffeld"},
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "L'essentiel",
            "logo": {"@type": "ImageObject", "url": f"{LU_BASE}/static/logo.png"},
        },
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": h or p[0][:60],
                "datePublished": f"2026-11-19T{t}:00+01:00",
                "articleBody": " ".join(p),
            }
            for t, h, p in LU_ENTRIES
        ],
    }
    entries = "".join(lu_entry(*e) for e in LU_ENTRIES)
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Crue de la Moselle – Remich et Grevenmacher sous surveillance - L&#x27;essentiel</title>
<meta name="description" content="{LU_LEAD}"/>
<link rel="canonical" href="{LU_URL}"/>
<link rel="alternate" hrefLang="de" href="https://www.lessentiel.lu/de/story/hochwasser-mosel-103318265"/>
<meta property="og:type" content="article"/><meta property="og:site_name" content="L&#x27;essentiel"/>
<meta property="og:title" content="EN DIRECT – Crue de la Moselle: Remich et Grevenmacher sous surveillance"/>
<meta property="og:url" content="{LU_URL}"/>
<meta property="og:image" content="https://image.lessentiel.lu/crue-moselle-remich.jpg"/>
<meta property="article:published_time" content="2026-11-19T08:10:00+01:00"/>
<meta property="article:modified_time" content="2026-11-19T17:42:00+01:00"/>
<meta name="twitter:card" content="summary_large_image"/>
<link rel="preload" href="/_next/static/css/9a7e1c2f0b.css" as="style"/>
<style data-emotion="css">{css_blob(11, "css", 950)}</style>
{json_script(ld)}
</head><body><div id="__next">
{consent("didomi-popup", "L’essentiel")}
<header class="Header_header__Vb1sX"><a class="Header_logo__Pq3" href="{LU_BASE}" aria-label="L'essentiel">
<svg viewBox="0 0 120 24"><path d="M0 0h120v24H0z"/></svg></a>
<nav class="Header_nav__x7LmQ">{menu(12, "Nav", LU_BASE, top, 6)}</nav>
<div class="Header_langs__Ui2"><a href="/fr" aria-current="true">FR</a><a href="/de">DE</a></div></header>
<main class="Layout_main__pW0aZ"><article class="Story_story__1Jm8k">
<div class="Story_header__Fm2Lx"><span class="LiveBadge_badge__H0kzp">EN DIRECT</span>
<span class="Story_ressort__mK8Qe"><a href="{LU_BASE}/luxembourg">Luxembourg</a></span>
<h1 class="Story_title__eY4wT">{LU_TITLE}</h1>
<p class="Story_lead__aS6Ub">{LU_LEAD}</p>
<div class="Story_meta__3cVbN"><span class="Story_authors__T2vQx">Par <a href="{LU_BASE}/autor/jeanne-kirsch">Jeanne Kirsch</a> et <a href="{LU_BASE}/autor/marc-hoffeld">Marc Hoffeld</a></span>
<span class="Story_dates__oY2m"><time dateTime="2026-11-19T08:10:00+01:00">19 novembre 2026 08:10</time> ; Mis à jour : <time dateTime="2026-11-19T17:42:00+01:00">19 novembre 2026 17:42</time></span></div></div>
<figure class="Story_hero__Lk9sd"><img src="https://image.lessentiel.lu/crue-moselle-remich.jpg" alt="Le quai de Remich, jeudi matin."/>
<figcaption>Le quai de Remich, jeudi matin. <span class="Credit">(Photo: L’essentiel/Tom Weyrich)</span></figcaption></figure>
<div class="LiveTicker_ticker__Qm3Tx"><div class="LiveTicker_refresh__aa1">Actualisation automatique <button aria-pressed="true">activée</button></div>
<ol class="LiveTicker_list__Z2bFz">{entries}</ol></div>
<div class="ShareBar_bar__9pE1v"><button>Partager</button><button>Facebook</button><button>WhatsApp</button><button>Copier le lien</button></div>
<div class="Comments_teaser__Qz8"><h2>Les commentaires ont été désactivés</h2><p>Pour ce direct, la fonction commentaire n’est pas disponible.</p></div>
</article>
{related(13, LU_BASE + "/story", "Related", "Plus d’articles", 8)}
</main>
<footer class="Footer_footer__T1z0Q"><p>L’essentiel – Edita S.A.</p>{footer_links(14, LU_BASE, "Footer_links__6b")}
<p>© 2026 L’essentiel. Tous droits réservés.</p></footer></div>
{json_script(next_data, 'id="__NEXT_DATA__" type="application/json"')}
<script src="/_next/static/chunks/webpack-4f1b.js" defer=""></script>
<script src="/_next/static/chunks/framework-93a2.js" defer=""></script>
<script src="/_next/static/chunks/pages/story/%5Bslug%5D-c1f0.js" defer=""></script>
</body></html>
"""
    write(
        "01_lessentiel_nextjs_live_two_authors",
        page,
        {
            "title": LU_TITLE,
            "publication": "L'essentiel",
            "author": "Jeanne Kirsch et Marc Hoffeld",
            "section": "Luxembourg",
            "date": datetime.date(2026, 11, 19),
            "standfirst": flat(LU_LEAD),
            "source_url": LU_URL,
            "subheads": [h for _, h, _ in LU_ENTRIES if h],
            "paragraphs": [flat(p) for _, _, ps in LU_ENTRIES for p in ps],
            "notes": (
                "Next.js live ticker, newest first, the whole story also in __NEXT_DATA__; "
                "entry times are not text, four entry titles are subheads, one entry untitled; "
                "LiveBlogPosting JSON-LD; two authors 'Par A et B' as two links; og:title with "
                "'EN DIRECT –' differs from the h1; <title> with ' - L'essentiel'; updated the "
                "same day; hero caption and photo credit are not text."
            ),
        },
    )


MA_BASE = "https://fr.le360.ma"
MA_URL = (
    f"{MA_BASE}/economie/a-agadir-la-station-de-dessalement-double-sa-capacite-avant-lete_"
    "K3XQZ7RVNBF5JH2MW4TD6YLPAE/"
)
MA_TITLE = "À Agadir, la station de dessalement double sa capacité avant l’été"
MA_SUB = (
    "Les travaux d’extension de l’usine de Chtouka, lancés il y a dix-huit mois, "
    "s’achèvent. Agriculteurs et habitants du Souss attendent beaucoup de ces nouveaux "
    "volumes."
)
MA_QUOTE = "« Sans cette eau, la moitié des serres de Chtouka auraient fermé cette année »"
MA_P1 = [
    "L’extension de la station de dessalement de Chtouka, au sud d’Agadir, entrera en "
    "service au mois de mars. Sa capacité passera de 275.000 à 550.000 mètres cubes par "
    "jour, selon les chiffres communiqués lundi par l’Office régional de mise en valeur "
    "agricole du Souss-Massa.",
    "Le chantier, d’un coût de 4,2 milliards de dirhams, mobilise encore près de 900 "
    "ouvriers. Les deux nouvelles lignes d’osmose inverse sont déjà raccordées au réseau "
    "électrique, alimenté en partie par un parc solaire voisin.",
]
MA_P2 = [
    "Dans la plaine, où les nappes ont baissé de plus de trois mètres en cinq ans, les "
    "producteurs de tomates et de fruits rouges suivent le calendrier de près. Une partie "
    "de l’eau dessalée leur est réservée, à un tarif que beaucoup jugent encore trop élevé.",
    "«Nous payons le mètre cube près de cinq dirhams, c’est le double de l’eau du barrage», "
    "explique Hamid Aït Boukhris, qui exploite douze hectares de serres près de Biougra. Il "
    "reconnaît pourtant qu’il n’a guère le choix.",
]
MA_SUBHEAD = "Un réseau d’irrigation repensé"
MA_P3 = [
    "Pour acheminer les nouveaux volumes, 180 kilomètres de conduites ont été posés depuis "
    "2025. Le réseau dessert désormais les communes d’Inchaden, de Sidi Bibi et d’Ait Amira, "
    "dont les robinets restaient à sec plusieurs heures par jour l’été dernier.",
    "Les autorités régionales assurent que l’eau potable reste prioritaire. Une seconde "
    "tranche de travaux, à l’étude, porterait la capacité totale à un million de mètres "
    "cubes par jour à l’horizon 2030.",
]


def arc_paras(texts: list[str]) -> str:
    return paras(*texts, attrs='class="c-paragraph"')


def page02_le360_arcxp_two_authors_figure_quote() -> None:
    top = ["Politique", "Économie", "Société", "Monde", "Sport", "Culture", "Tech", "Vidéos"]
    elements = [{"type": "text", "content": p} for p in MA_P1 + MA_P2]
    elements.insert(2, {"type": "quote", "subtype": "pullquote", "content": MA_QUOTE})
    elements.append({"type": "header", "level": 2, "content": MA_SUBHEAD})
    elements += [{"type": "text", "content": p} for p in MA_P3]
    global_content = {
        "_id": "K3XQZ7RVNBF5JH2MW4TD6YLPAE",
        "type": "story",
        "headlines": {"basic": MA_TITLE, "meta_title": "Dessalement: Agadir double sa capacité"},
        "subheadlines": {"basic": MA_SUB},
        "credits": {
            "by": [
                {"type": "author", "name": "Yassine Benkirane"},
                {"type": "author", "name": "Salma El Idrissi"},
            ]
        },
        "taxonomy": {"primary_section": {"_id": "/economie", "name": "Économie"}},
        "first_publish_date": "2026-11-12T09:05:00.000Z",
        "last_updated_date": "2026-11-13T08:20:00.000Z",
        "content_elements": elements,
        "related_content": {"basic": teasers(201, 12, MA_BASE + "/economie", FILLER)},
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": MA_URL},
        "headline": "Dessalement: Agadir double sa capacité avant l’été",
        "description": MA_SUB,
        "articleSection": "Économie",
        "datePublished": "2026-11-12T10:05:00+01:00",
        "dateModified": "2026-11-13T09:20:00+01:00",
        "author": [
            {"@type": "Person", "name": "Yassine Benkirane"},
            {"@type": "Person", "name": "Salma El Idrissi"},
        ],
        "publisher": {
            "@type": "Organization",
            "name": "Le360",
            "logo": {"@type": "ImageObject", "url": f"{MA_BASE}/pf/resources/images/logo.svg"},
        },
        "image": ["https://fr.le360.ma/resizer/station-chtouka.jpg"],
    }
    page = f"""<!DOCTYPE html><html lang="fr" dir="ltr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>À Agadir, la station de dessalement double sa capacité avant l’été | www.le360.ma</title>
<link rel="canonical" href="{MA_URL}">
<meta name="description" content="{MA_SUB}">
<meta property="og:title" content="Dessalement: Agadir double sa capacité">
<meta property="og:description" content="{MA_SUB}">
<meta property="og:url" content="{MA_URL}"><meta property="og:type" content="article">
<meta property="og:site_name" content="Le360">
<meta property="article:published_time" content="2026-11-12T10:05:00+01:00">
<meta property="article:modified_time" content="2026-11-13T09:20:00+01:00">
<meta property="article:section" content="Économie">
<meta name="twitter:site" content="@le360fr">
<style>{css_blob(21, "b-", 900)}</style>
{json_script(ld)}
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head><body><div id="fusion-app" class="layout-section">
{consent("qc-cmp2-container", "Le360")}
<header class="c-stack b-header-nav-chain"><div class="b-header-nav-chain__top">
<a href="{MA_BASE}/" class="b-header-nav-chain__logo"><img src="/pf/resources/images/logo.svg" alt="Le360"></a>
<span class="b-header-nav-chain__date">Mercredi 2 décembre 2026</span></div>
<nav aria-label="Sections">{menu(22, "b-nav", MA_BASE, top, 5)}</nav>
<a class="b-header-nav-chain__ar" href="https://ar.le360.ma">العربية</a></header>
<main class="b-right-rail-advanced"><article class="b-article-body-container">
<div class="b-overline"><a class="c-link" href="{MA_BASE}/economie">Économie</a></div>
<h1 class="b-headline">{MA_TITLE}</h1>
<h2 class="c-heading b-subheadline">{MA_SUB}</h2>
<div class="b-byline"><span class="c-attribution">Par <a href="{MA_BASE}/auteur/yassine-benkirane">Yassine Benkirane</a> et <a href="{MA_BASE}/auteur/salma-el-idrissi">Salma El Idrissi</a></span>
<time class="c-date" datetime="2026-11-12T09:05:00.000Z">Le 12/11/2026 à 10h05, mis à jour le 13/11/2026 à 09h20</time></div>
<figure class="c-media-item b-lead-art"><img src="https://fr.le360.ma/resizer/station-chtouka.jpg" alt="">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Les nouvelles lignes d’osmose inverse de la station de Chtouka, le 10 novembre 2026.</span>
<span class="c-media-item__credit">Karim Tahiri / Le360</span></figcaption></figure>
<div class="b-share-bar"><a>Facebook</a><a>X</a><a>WhatsApp</a><a>LinkedIn</a></div>
<div class="b-article-body">
{arc_paras(MA_P1)}
<figure class="b-pullquote"><blockquote class="c-pullquote">{MA_QUOTE}</blockquote>
<figcaption class="c-pullquote__citation">Hamid Aït Boukhris, agriculteur à Biougra</figcaption></figure>
<div class="b-ad-block"><div class="arcad" id="arcad-inline-1"><span class="b-ad-label">Publicité</span></div></div>
{arc_paras(MA_P2)}
<div class="b-interstitial-link"><span class="b-interstitial-link__label">Lire aussi :</span>
<a href="{MA_BASE}/economie/stress-hydrique-le-souss-massa-rationne-leau-dirrigation_7HQ2/">Stress hydrique: le Souss-Massa rationne l’eau d’irrigation</a></div>
<h2 class="c-heading b-header">{MA_SUBHEAD}</h2>
{arc_paras(MA_P3)}
</div>
<div class="b-tags"><a class="c-tag">Agadir</a><a class="c-tag">Dessalement</a><a class="c-tag">Agriculture</a></div>
</article>
{related(23, MA_BASE + "/economie", "b-results-list", "Les plus lus", 10)}
</main>
<footer class="b-footer"><img src="/pf/resources/images/logo.svg" alt="Le360">{footer_links(24, MA_BASE, "b-footer__links", 30)}
<p class="b-footer__copy">© Le360 2026</p></footer></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="le360-fr";Fusion.globalContent={json_script(global_content, "").split(">", 1)[1].rsplit("<", 1)[0]};Fusion.deployment="412";</script>
<script src="/pf/dist/engine/react.js?d=412"></script>
</body></html>
"""
    write(
        "02_le360_arcxp_two_authors_figure_quote",
        page,
        {
            "title": MA_TITLE,
            "publication": "Le360",
            "author": "Yassine Benkirane et Salma El Idrissi",
            "section": "Économie",
            "date": datetime.date(2026, 11, 12),
            "standfirst": flat(MA_SUB),
            "source_url": MA_URL,
            "subheads": [MA_SUBHEAD],
            "pull_quotes": [flat(MA_QUOTE)],
            "paragraphs": [flat(p) for p in MA_P1 + MA_P2 + MA_P3],
            "notes": (
                "Arc XP page with the whole story in Fusion.globalContent; JSON-LD and "
                "og:title headlines differ from the h1 (h1 wins); standfirst in an h2 "
                "subheadline; two authors; pull quote in a figure with its citation; "
                "'Lire aussi' link and an ad between paragraphs; h2 subhead; the header's "
                "date of the day is not the date; visible date in local time, byline time "
                "in UTC the same day; updated next day; tags."
            ),
        },
    )
