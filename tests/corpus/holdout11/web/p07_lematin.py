"""Page 07: Le Matin (Tamedia), an agency story with a script-drawn video player."""

# The page templates hold HTML lines as the sites write them: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import datetime

import chrome as ch
from kit import Body, json_script, json_text, write

LM = "https://www.lematin.ch"


def page() -> None:
    """Le Matin: CSS-module classes, 'ats/afp' credit only, video iframe, 'Lire aussi' teaser."""
    url = f"{LM}/story/valais-le-hameau-de-la-chaux-d-arbey-evacue-apres-un-eboulement-918274635102"
    title = "Valais: le hameau de La Chaux-d’Arbey évacué après un éboulement"
    standfirst = (
        "Une quarantaine d’habitants ont dû quitter leur logement mercredi matin. Les géologues "
        "craignent de nouveaux départs de roches dans les prochains jours."
    )
    p = 'class="ArticleParagraph_root__dK3qE"'
    b = Body(p_attrs=p)
    b.p(
        "Le grondement a réveillé tout le village peu avant 6 heures. Plusieurs milliers de "
        "mètres cubes de roches se sont détachés mercredi d’une paroi dominant le hameau de La "
        "Chaux-d’Arbey, sur les hauts de la commune d’Ayent (VS). Les blocs se sont arrêtés à "
        "moins de 200 mètres des premières maisons, sans faire de blessé.",
        "Par précaution, les autorités communales ont ordonné l’évacuation des 43 habitants du "
        "hameau. La plupart ont trouvé refuge chez des proches; une dizaine ont été logés dans "
        "un hôtel de la station d’Anzère. La route d’accès est fermée jusqu’à nouvel avis.",
    )
    b.chrome(
        '<div class="VideoPlayer_root__q1Rz9" data-testid="video-player"><iframe title="Vidéo" '
        'src="https://player.tamedia.ch/embed/v/9b1f7e22?autoplay=0" width="640" height="360" '
        'allow="autoplay; fullscreen" loading="lazy"></iframe><p class="VideoPlayer_caption__x'
        '8Yp2">Les images de l’éboulement filmées par un habitant.</p></div>'
    )
    b.p(
        "« La paroi était surveillée depuis le printemps, nous avions relevé des mouvements de "
        "quelques millimètres par semaine », a expliqué devant la presse le géologue cantonal, "
        "Raphaël Mottier-Bonvin. Le dégel tardif et les fortes pluies d’octobre ont accéléré le "
        "phénomène ces derniers jours."
    )
    b.chrome(
        '<aside class="ArticleTeaser_root__Lm4sA"><span class="ArticleTeaser_label__pQ2">Lire '
        f'aussi</span><a href="{LM}/story/glissements-de-terrain-le-valais-renforce-sa-'
        'surveillance-731920468271">Glissements de terrain: le Valais renforce sa surveillance'
        "</a></aside>"
    )
    b.p(
        "Un radar et des capteurs sismiques ont été installés dans la matinée pour suivre "
        "l’évolution de la masse encore instable, estimée à 30 000 mètres cubes. Un hélicoptère "
        "a survolé la zone à plusieurs reprises. Selon les premières analyses, un nouvel "
        "effondrement n’est pas exclu à court terme.",
        "Les habitants, eux, oscillent entre soulagement et inquiétude. « On a tout laissé, même "
        "les chats. On nous dit que ça peut durer des semaines », confie une retraitée installée "
        "au village depuis quarante ans.",
    )
    b.chrome(ch.ad_slot("tda-content-1", "Ad_root__z1"))
    b.p(
        "Le Conseil d’État a annoncé qu’il débloquerait une aide d’urgence pour les familles "
        "évacuées. La commune d’Ayent organise jeudi soir une séance d’information à la salle "
        "polyvalente.",
        "Le Valais a connu plusieurs événements semblables ces dernières années, que les "
        "spécialistes relient en partie au réchauffement du climat et à la fonte du permafrost "
        "en altitude.",
        "En attendant, les habitants de La Chaux-d’Arbey devront se contenter de brèves visites "
        "accompagnées pour récupérer des affaires, à condition que les mesures de la nuit ne "
        "montrent aucune accélération des mouvements de la paroi.",
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": standfirst,
        "datePublished": "2026-11-19T13:32:00.000Z",
        "dateModified": "2026-11-19T15:05:00.000Z",
        "articleSection": "Suisse",
        "author": [
            {"@type": "Organization", "name": "ATS"},
            {"@type": "Organization", "name": "AFP"},
        ],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Le Matin", "url": LM},
        "isAccessibleForFree": True,
    }
    next_data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "918274635102",
                    "title": title,
                    "lead": standfirst,
                    "credit": "ats/afp",
                    "channel": "Suisse",
                },
                "recommendations": ch.teaser_records(701, 45, LM),
            }
        },
        "page": "/story/[slug]",
        "buildId": "tam-2026.47.1",
    }
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Valais: le hameau de La Chaux-d’Arbey évacué après un éboulement | Le Matin</title>
<meta name="description" content="{standfirst}"/><link rel="canonical" href="{url}"/>
<meta property="og:title" content="{title} | Le Matin"/><meta property="og:site_name" content="Le Matin"/>
<meta property="og:url" content="{url}"/><meta property="og:type" content="article"/>
<meta property="og:image" content="{LM}/media/image/2026/11/19/ebou-chaux-arbey.jpeg?auto=format&amp;w=1200"/>
<meta name="twitter:card" content="summary_large_image"/>
<style data-href="/_next/static/css/4a77d1b3.css">{ch.stylesheet(71, "ContentHead", 470)}</style>
{json_script(ld)}
</head><body><div id="__next">
<header class="Header_root__b7Kq2"><a href="{LM}/" aria-label="Le Matin">{ch.icon("bookmark", "logo")}</a>
<nav class="Navigation_root__Pp1">{ch.menu(72, "Navigation", LM, ["Suisse", "Monde", "Sport", "Économie", "People", "Loisirs", "Vidéos"])}</nav>
<a class="Header_login__3" href="{LM}/login">{ch.icon("user")}Connexion</a></header>
<main class="Article_root__e9W1"><article>
<div class="ContentHead_root__aP1"><p class="ContentHead_catchword__Q2a"><span>Valais</span></p>
<h1 class="ContentHead_title__Wn7s">{title}</h1>
<p class="ContentHead_lead__u3Xk">{standfirst}</p>
<figure class="ContentHead_image__1o"><img src="{LM}/media/image/2026/11/19/ebou-chaux-arbey.jpeg?auto=format&amp;w=1600" alt="" width="1600" height="900"/><figcaption>Les blocs se sont arrêtés à moins de 200 mètres des maisons. <span class="Credit">KEYSTONE</span></figcaption></figure>
<div class="ContentMetaInfo_root__F3"><span class="ContentMetaInfo_author__9">ats/afp</span>
<time class="ContentMetaInfo_date__2" datetime="2026-11-19T13:32:00.000Z">Publié: 19.11.2026, 14h32</time> <span>Mis à jour: 19.11.2026, 16h05</span></div></div>
{ch.share_bar("ShareBar_root__k1", url, ("whatsapp", "facebook", "x", "mail"))}
<div class="Article_body__r5Tz">
{b.html()}
</div>
</article>
{ch.teaser_list(73, "Recommendations_root__v1", LM, 14, "Plus d’articles")}
</main>
<footer class="Footer_root__8R">{ch.link_columns(74, LM, ["Le Matin", "Services", "Tamedia", "Mentions légales"], 7)}<p>© Tamedia Publications romandes SA</p></footer>
</div>
{ch.consent_box("onetrust", "Le Matin")}
<script id="__NEXT_DATA__" type="application/json">{json_text(next_data)}</script>
</body></html>"""
    write(
        "07_lematin_tamedia_agency_video_iframe",
        page,
        {
            "title": title,
            "publication": "Le Matin",
            "agency": "ATS et AFP",
            "author": None,
            "section": "Suisse",
            "date": datetime.date(2026, 11, 19),
            "standfirst": standfirst,
            "source_url": url,
            **b.expectation(),
            "notes": "Tamedia (Next.js, CSS-module class names): credit 'ats/afp' only, JSON-LD "
            "authors are two Organizations (author null, agency 'ATS et AFP'); catchword 'Valais' "
            "is no section (articleSection 'Suisse'); date in time datetime as UTC Z (same day) "
            "and printed '19.11.2026, 14h32'; video player as an iframe, no <video>, with a "
            "caption; 'Lire aussi' aside and ad between paragraphs; caption credit KEYSTONE.",
        },
    )
