"""Pages 05-06: Le Temps's Arc review, the AHP agency's 2000s table page."""

# ruff: noqa: E501 (article prose and page markup are kept one paragraph, one element a line)

from __future__ import annotations

import datetime
import html

from kit import (
    FILLER,
    consent,
    css_blob,
    flat,
    json_script,
    menu,
    paras,
    related,
    state_script,
    teasers,
    tracking,
    write,
)


def page05_letemps_arc_review_rating() -> None:
    """Le Temps (CH, Romandy): Arc XP theatre review rated ★★★☆☆, figure pull quote, bio."""
    base = "https://www.letemps.ch"
    url = f"{base}/culture/scenes/a-vidy-les-heures-creuses-une-nuit-d-insomnie-qui-a-ses-eclats"
    title = "A Vidy, «Les Heures creuses», une nuit d’insomnie qui a ses éclats"
    lead = "La metteuse en scène lausannoise Lina Morard adapte au Théâtre de Vidy le roman de Pierre Aubry sur trois veilleurs de nuit. Un spectacle inégal, porté par une comédienne remarquable."
    texts = [
        "Il est 3h du matin dans le hall d’un hôtel de gare, quelque part entre Lausanne et Genève. Trois veilleurs se relaient derrière le comptoir: un ancien boxeur, une étudiante en médecine et un homme qui ne dit jamais son nom. Pendant deux heures dix, rien ne se passe vraiment, et c’est tout le pari de Lina Morard.",
        "Adapté du roman de Pierre Aubry paru en 2021, le spectacle reprend la construction en nuits successives du livre. La scénographie de Tobias Kälin, un hall vitré qui pivote lentement sur lui-même, donne à chaque tableau une lumière différente, du néon blafard à l’aube rose qui clôt la représentation.",
        "Le rythme, pourtant, se dérobe. Les scènes de la première partie s’étirent au-delà du raisonnable, et les dialogues, fidèles au texte d’Aubry jusqu’à la virgule, sonnent parfois comme une lecture. Le public de la première, mardi soir, a semblé hésiter entre l’envoûtement et la somnolence.",
        "Reste Sarah Oulevey. Dans le rôle de l’étudiante, la comédienne vaudoise impose une présence d’une précision rare, capable de faire rire d’un simple regard vers l’horloge. Son monologue de la quatrième nuit, où elle récite de mémoire les os de la main pour ne pas s’endormir, est le plus beau moment de la soirée.",
        "On ressort de Vidy un peu engourdi, avec l’impression d’avoir assisté à un spectacle qui aurait gagné à perdre une demi-heure, mais aussi avec l’envie de relire le roman.",
        "<em>«Les Heures creuses», d’après Pierre Aubry, mise en scène de Lina Morard. Lausanne, Théâtre de Vidy, jusqu’au 29 novembre.</em>",
    ]
    correction = "<em>Correction, 13 novembre: une version précédente de cet article attribuait la scénographie à Tobias Kählin. Il s’agit de Tobias Kälin.</em>"
    quote = "«On ne veille pas sur l’hôtel, on veille sur soi»"
    figure = (
        '<figure class="c-pullquote"><blockquote class="c-pullquote__text"><p>'
        f'{quote}</p></blockquote><figcaption class="c-pullquote__author">Le boxeur, dans «Les Heures creuses»</figcaption></figure>'
    )
    body = (
        paras(*texts[:2], attrs='class="c-paragraph"')
        + figure
        + paras(*texts[2:], attrs='class="c-paragraph"')
        + f'<p class="c-paragraph c-correction">{correction}</p>'
    )
    author = "Anouk Besson"
    story = {
        "_id": "K3VJX6QZ4NDB7LMH2ARFT5UYWE",
        "type": "story",
        "canonical_url": url.removeprefix(base),
        "headlines": {"basic": flat(title), "meta_title": "Critique: «Les Heures creuses» à Vidy"},
        "subheadlines": {"basic": flat(lead)},
        "credits": {
            "by": [
                {
                    "type": "author",
                    "name": author,
                    "additional_properties": {"original": {"bio": "Critique de théâtre"}},
                }
            ]
        },
        "taxonomy": {
            "primary_section": {"_id": "/culture/scenes", "name": "Scènes"},
            "tags": [{"text": "Théâtre"}, {"text": "Vidy"}],
        },
        "first_publish_date": "2026-11-12T05:30:00.000Z",
        "last_updated_date": "2026-11-13T09:02:00.000Z",
        "content_elements": [{"type": "text", "content": t} for t in texts],
        "label": {"rating": {"text": "3"}},
    }
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": "Critique: «Les Heures creuses» à Vidy",
                "articleSection": "Culture",
                "datePublished": "2026-11-12T06:30:00+01:00",
                "dateModified": "2026-11-13T10:02:00+01:00",
                "author": {
                    "@type": "Person",
                    "name": author,
                    "url": f"{base}/auteurs/anouk-besson",
                },
                "publisher": {"@type": "NewsMediaOrganization", "name": "Le Temps"},
                "isAccessibleForFree": True,
                "mainEntityOfPage": url,
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": 1,
                        "name": "Culture",
                        "item": f"{base}/culture",
                    },
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Scènes",
                        "item": f"{base}/culture/scenes",
                    },
                ],
            },
        ],
    }
    page = f"""<!DOCTYPE html><html lang="fr"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Critique: «Les Heures creuses» à Vidy - Le Temps</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{html.escape(flat(lead))}">
<meta property="og:site_name" content="Le Temps"><meta property="og:type" content="article"><meta property="og:url" content="{url}">
<meta property="og:title" content="Critique: «Les Heures creuses» à Vidy"><meta property="og:image" content="{base}/resizer/v2/heures-creuses-vidy.jpg?auth=8c1e&amp;width=1200">
<meta property="article:published_time" content="2026-11-12T05:30:00.000Z"><meta property="article:modified_time" content="2026-11-13T09:02:00.000Z">
{json_script(graph)}
<link rel="stylesheet" href="{base}/pf/resources/dist/letemps/css/style.css?d=812">
<style>{css_blob(501, "c", 700)}</style>
{tracking("G-LTC2026")}
</head><body>
<div id="fusion-app" class="layout-section">
{consent("cmp-letemps", "Le Temps")}
<header class="c-header"><a class="c-header__logo" href="{base}/">Le Temps</a>
<nav class="c-nav">{menu(502, "c-nav__list", base, ["Suisse", "Monde", "Economie", "Opinions", "Culture", "Sciences", "Société", "Sport"])}</nav></header>
<main class="b-article"><article class="c-article">
<div class="c-article__overline"><a href="{base}/culture/scenes">Scènes</a> <span class="c-article__label">Critique</span></div>
<h1 class="c-article__headline">{title}</h1>
<p class="c-article__lead">{lead}</p>
<div class="c-rating" title="Note: 3 sur 5"><span class="c-rating__stars" aria-hidden="true">★★★☆☆</span></div>
<div class="c-article__byline"><a href="{base}/auteurs/anouk-besson">{author}</a></div>
<div class="c-article__dates"><time datetime="2026-11-12T05:30:00.000Z">Publié le 12 novembre 2026 à 06:30</time> · <time datetime="2026-11-13T09:02:00.000Z">Modifié le 13 novembre 2026 à 10:02</time></div>
<figure class="c-media"><img src="{base}/resizer/v2/heures-creuses-vidy.jpg?auth=8c1e&amp;width=980" alt="">
<figcaption>Sarah Oulevey et Marc Jaquier dans «Les Heures creuses». <span class="c-media__credit">© Mathilda Olmi / Théâtre de Vidy</span></figcaption></figure>
<div class="c-article__body">{body}</div>
<ul class="c-tags"><li><a href="{base}/sujets/theatre">Théâtre</a></li><li><a href="{base}/sujets/vidy">Vidy</a></li><li><a href="{base}/sujets/lausanne">Lausanne</a></li></ul>
<section class="c-author-box"><img src="{base}/resizer/v2/anouk-besson.jpg" alt=""><div><p class="c-author-box__name">{author}</p>
<p class="c-author-box__bio">Critique de théâtre et de danse au Temps depuis 2015, Anouk Besson a auparavant dirigé la rubrique culturelle d’un quotidien valaisan.</p></div></section>
</article>
{related(503, base, "c-teasers", 6, "Sur le même sujet")}
</main>
<footer class="c-footer"><p>© 2026 Le Temps SA · Tous droits réservés</p></footer>
</div>
{state_script("Fusion.globalContent", story)}
<script>Fusion.arcSite="letemps";Fusion.deployment="812";Fusion.contextPath="/pf";</script>
<script src="{base}/pf/dist/engine/react.js?d=812" defer></script>
</body></html>
"""
    write(
        "05_letemps_arc_review_rating",
        page,
        {
            "title": flat(title),
            "publication": "Le Temps",
            "author": author,
            "section": "Culture",
            "date": datetime.date(2026, 11, 12),
            "standfirst": flat(lead),
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(t) for t in texts] + [flat(correction)],
            "notes": "Le Temps (Arc XP) theatre review: rating '★★★☆☆' in its own element under the "
            "standfirst (not text); Fusion.globalContent holds the text; og:title, <title> and "
            "JSON-LD headline differ from the h1 ('A Vidy' without accent, «» without spaces, "
            "Swiss 'comptoir:' colon without space); pull quote in figure/blockquote with a "
            "figcaption attribution; the italic practical line and the correction note inside "
            "the body are paragraphs (judgement: they are body text); author box with bio after "
            "the text; articleSection 'Culture' beats the overline 'Scènes' and label 'Critique'; "
            "times in UTC and +01:00 agree.",
        },
    )


def page06_ahp_table_font_cp1252() -> None:
    """Agence Haïtienne de Presse (HT): a 2000s agency page, tables, <font>, windows-1252."""
    url = "https://www.ahphaiti.org/ndujour/2026/nov/Miragoane_pont_101126.html"
    title = "Miragoâne : la crue de la rivière Dlo Frè emporte un pont, des quartiers isolés"
    texts = [
        "Miragoâne, 10 nov. (AHP) – La crue de la rivière Dlo Frè, gonflée par quarante-huit heures de pluies ininterrompues, a emporté lundi soir le petit pont qui relie le centre-ville de Miragoâne aux quartiers de Bois-Marie et de Fond-Tortue, a constaté l’AHP.",
        "Selon la Protection civile départementale des Nippes, au moins 1200 familles se retrouvent isolées. Aucune victime n’était signalée mardi en fin de matinée, mais deux personnes portées disparues dimanche à Petite-Rivière-de-Nippes n’avaient toujours pas été retrouvées.",
        "« L’eau est montée jusqu’aux fenêtres en moins d’une heure, nous avons dû grimper sur le toit de l’église avec les enfants », a raconté à l’AHP Mme Judith Saint-Fleur, une marchande de Bois-Marie.",
        "Le délégué départemental, Me Roosevelt Chéry, a indiqué que des engins du ministère des Travaux publics étaient attendus mercredi pour installer une passerelle provisoire. En attendant, des pêcheurs transportent les habitants d’une rive à l’autre en pirogue, moyennant 50 gourdes par passage…",
        "Le Centre national de météorologie prévoit encore de fortes averses sur la presqu’île du Sud jusqu’à jeudi. Les autorités demandent aux riverains des ravines de se mettre à l’abri chez des proches ou dans les abris provisoires ouverts dans trois écoles de la ville.",
        "Les écoles de la commune resteront fermées jusqu’à nouvel ordre, a annoncé la direction départementale de l’Éducation nationale.",
    ]
    body = "\n<br>\n<br>\n".join(texts)
    nav = "".join(
        f'<tr><td bgcolor="#003366"><font face="Verdana, Arial" size="1" color="#FFFFFF">&nbsp;&raquo; <a href="/{name.lower()}.html"><font color="#FFFFFF">{name}</font></a></font></td></tr>\n'
        for name in [
            "Accueil",
            "Nouvelles",
            "Politique",
            "Société",
            "Économie",
            "Culture",
            "Sports",
            "Régions",
            "Archives",
            "Contact",
        ]
    )
    others = "".join(
        f'<tr><td><font face="Verdana" size="1">&middot; <a href="/ndujour/2026/nov/{t["id"]}.html">{html.escape(t["title"])}</a></font></td></tr>\n'
        for t in teasers(601, 45, "", FILLER)
    )
    saved = f"<!-- saved from url=({len(url):04d}){url} -->"
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
{saved}
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>AHP - Agence Haïtienne de Presse - Nouvelles du jour</title>
<meta name="keywords" content="Haiti, Haïti, nouvelles, AHP, agence de presse, Port-au-Prince, Nippes">
<meta name="description" content="Agence Haïtienne de Presse : les nouvelles d’Haïti au jour le jour">
<script language="JavaScript" type="text/javascript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
function imprimer() {{ window.print(); }}
//-->
</script>
<style type="text/css">
<!--
a:link {{ color: #003366; text-decoration: none; }}
a:hover {{ color: #CC0000; text-decoration: underline; }}
.rubrique {{ font-family: Arial; font-size: 10px; font-weight: bold; color: #CC0000; }}
-->
</style>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><a href="/index.html"><img src="/images/bandeau_ahp.gif" width="780" height="90" border="0" alt="Agence Haïtienne de Presse"></a></td></tr>
<tr><td colspan="3" bgcolor="#CC0000" align="right"><font face="Arial" size="1" color="#FFFFFF"><b>Mercredi 2 décembre 2026</b>&nbsp;&nbsp;</font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#E6ECF2"><table width="150" border="0" cellspacing="1" cellpadding="3">
{nav}</table>
<br><font face="Verdana" size="1">&nbsp;<b>Visiteurs :</b><br>&nbsp;<img src="/cgi-bin/compteur.cgi?page=ndujour" alt="compteur"></font></td>
<td width="480" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td>
<span class="rubrique">SOCIÉTÉ</span><br>
<font face="Georgia, Times New Roman" size="4" color="#003366"><b>{title}</b></font><br>
<font face="Verdana" size="1" color="#666666">Publié le mardi 10 novembre 2026 à 13h20</font>
<br><br>
<table align="right" width="210" border="0" cellpadding="2"><tr><td><img src="/photos/2026/miragoane_pont.jpg" width="200" height="150" alt=""></td></tr>
<tr><td><font face="Verdana" size="1" color="#666666">Le pont emporté à l’entrée de Bois-Marie. Photo : AHP</font></td></tr></table>
<p align="justify"><font face="Verdana, Arial, Helvetica" size="2">
{body}
<br>
<br>
jd/AHP
</font></p>
<p align="right"><font face="Verdana" size="1"><a href="javascript:imprimer()">Version imprimable</a> | <a href="javascript:MM_openBrWindow('/envoyer.php','ami','width=400,height=300')">Envoyer à un ami</a></font></p>
</td></tr></table>
</td>
<td width="150" valign="top" bgcolor="#F4F4F4"><font face="Verdana" size="2" color="#CC0000"><b>&nbsp;Autres nouvelles</b></font>
<table width="150" border="0" cellspacing="0" cellpadding="3">
{others}</table></td>
</tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">Copyright © 2001-2026 Agence Haïtienne de Presse (AHP) – Tous droits réservés<br>Reproduction interdite sans autorisation écrite</font></td></tr>
</table>
</body></html>
"""
    write(
        "06_ahp_table_font_cp1252",
        page,
        {
            "title": flat(title),
            "publication": "Agence Haïtienne de Presse",
            "author": None,
            "agency": "AHP",
            "section": "Société",
            "date": datetime.date(2026, 11, 10),
            "source_url": url,
            "paragraphs": [flat(t) for t in texts],
            "notes": "A press agency's own 2000s site (Haïti): windows-1252 bytes (’ – … « ») "
            "declared windows-1252, so no warning; nested layout tables, headline in "
            "<font><b>, no h1, no OG, no JSON-LD, no canonical: address only in the saved-from "
            "comment; text in one <font> split by <br><br>; dateline paragraph 'Miragoâne, 10 "
            "nov. (AHP) –' kept whole; signature 'jd/AHP' and photo caption are not text; the "
            "header's date of the day (2 December) is not the date; kicker 'SOCIÉTÉ' is the only "
            "section source.",
        },
        encoding="cp1252",
    )
