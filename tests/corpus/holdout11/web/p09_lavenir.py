"""Page 09: L'Avenir (Rossel-like), declares ISO-8859-1 over UTF-8 bytes, no JSON-LD."""

# The page templates hold HTML lines as the sites write them: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import datetime

import chrome as ch
from kit import Body, json_text, write

AV = "https://www.lavenir.net"


def page() -> None:
    """L'Avenir: mislabelled charset, 'Name (avec Belga)', list, 'Lire aussi', reader comments."""
    url = f"{AV}/regions/namur/gembloux/2026/11/21/gembloux-lecole-des-tilleuls-fermee-apres-la-decouverte-de-merule-QXW4T7NBLJ5RZ3VY2E6KPD8MHA/"
    title = "Gembloux: l’école des Tilleuls fermée après la découverte de mérule"
    standfirst = (
        "Le champignon a été repéré dans la charpente du bâtiment principal. Les 240 élèves "
        "seront accueillis dès lundi dans trois autres implantations de la commune."
    )
    b = Body()
    b.p(
        "C’est un ouvrier venu réparer une fuite dans le grenier qui a donné l’alerte, mardi. "
        "Sous les tuiles de l’école communale des Tilleuls, à Gembloux, les poutres étaient "
        "couvertes d’un feutrage blanchâtre et de filaments orangés caractéristiques de la "
        "mérule, ce champignon qui dévore le bois des maisons humides.",
        "Un expert mandaté par la Ville a confirmé le diagnostic jeudi. Par précaution, le "
        "collège communal a décidé de fermer le bâtiment principal jusqu’à nouvel ordre. « Il "
        "n’y a pas de danger immédiat pour la santé des enfants, mais on ne peut pas exclure que "
        "la structure soit fragilisée », explique l’échevine de l’Enseignement, Carine Wauthier.",
    )
    b.chrome(
        '<r-article-related class="r-related"><h4>Lire aussi</h4><ul><li><a href="'
        f'{AV}/regions/namur/2026/09/02/merule-les-demandes-de-prime-explosent-en-wallonie/">'
        "Mérule: les demandes de prime explosent en Wallonie</a></li></ul></r-article-related>"
    )
    b.p("Dès lundi, les 240 élèves seront répartis comme suit :")
    b.items(
        [
            "les classes maternelles à l’implantation de Grand-Manil ;",
            "les première et deuxième primaires à l’école de Sauvenière ;",
            "les quatre autres années dans des modules installés derrière le hall omnisports.",
        ]
    )
    b.p(
        "Des bus scolaires supplémentaires ont été affrétés pour assurer les trajets. Les "
        "horaires restent inchangés, précise la Ville dans un courrier remis aux parents "
        "vendredi à la sortie des classes."
    )
    b.chrome(ch.ad_slot("ad-rectangle-2", "r-ad"))
    b.p(
        "Du côté des familles, la nouvelle a été accueillie avec un mélange d’inquiétude et "
        "d’agacement. « Cela fait des années qu’on signale des taches d’humidité dans les "
        "classes du premier étage », regrette la présidente de l’association des parents, "
        "Nathalie Dethier. Elle demande qu’un audit soit mené dans toutes les écoles de l’entité.",
        "Le coût du traitement et de la rénovation de la charpente n’est pas encore connu. La "
        "Fédération Wallonie-Bruxelles a été sollicitée pour une aide d’urgence, a indiqué "
        "vendredi le cabinet de la ministre de l’Éducation à l’agence Belga. Le bourgmestre "
        "espère une réouverture partielle après les vacances de Pâques.",
        "En attendant, une réunion d’information est prévue mardi soir au hall omnisports pour "
        "répondre aux questions des parents, en présence de l’expert et de la direction.",
    )
    comments = "".join(
        f'<li class="r-comment"><strong>{who}</strong><span>{when}</span><p>{text}</p></li>'
        for who, when, text in [
            (
                "Jean-Marc D.",
                "21/11/2026 18:32",
                "Et les autres écoles de la commune, on les a vérifiées ?",
            ),
            (
                "Sofie V.",
                "21/11/2026 19:05",
                "Courage aux enseignants qui vont devoir déménager tout le matériel.",
            ),
        ]
    )
    state = {
        "article": {"id": "QXW4T7NBLJ5RZ3VY2E6KPD8MHA", "section": "Namur", "premium": False},
        "teasers": ch.teaser_records(901, 46, AV),
    }
    page = f"""<!DOCTYPE html>
<html lang="fr-BE"><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Gembloux: l’école des Tilleuls fermée après la découverte de mérule - L'Avenir</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{standfirst}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="L'Avenir"><meta property="og:type" content="article">
<meta property="og:title" content="{title} - L'Avenir"><meta property="og:url" content="{url}">
<meta property="article:section" content="Namur"><meta property="article:published_time" content="2026-11-21T17:45:00+01:00">
<meta property="og:image" content="{AV}/resizer/v2/QXW4T7NBLJ5RZ3VY2E6KPD8MHA.jpg?auth=9c1e&amp;width=1200">
<style>{ch.stylesheet(91, "r", 440)}</style>
<script>window.__PRELOADED_STATE__={json_text(state)};</script>
</head><body class="r-page r-page--article">
<r-header class="r-header"><a href="{AV}/" class="r-logo" aria-label="L'Avenir">{ch.icon("bookmark", "logo")}</a>
<nav class="r-menu">{ch.menu(92, "r-nav", AV, ["Régions", "Belgique", "Monde", "Sports", "Économie", "Culture", "Bien-être", "Mobilité"])}</nav>
<a class="r-header--login" href="{AV}/mon-compte/">{ch.icon("user")}Se connecter</a></r-header>
<main class="r-main"><r-article class="r-article">
<nav class="r-breadcrumb"><a href="{AV}/">Accueil</a> › <a href="{AV}/regions/">Régions</a> › <a href="{AV}/regions/namur/">Namur</a> › <a href="{AV}/regions/namur/gembloux/">Gembloux</a></nav>
<header class="r-article--header"><h1 class="r-article--title">{title}</h1>
<div class="r-article--meta"><span class="r-article--author">Pierre-Yves Dumont (avec Belga)</span>
<time class="r-article--date" datetime="2026-11-21T17:45:00+01:00">Publié le 21/11/2026 à 17:45</time></div></header>
<p class="r-article--chapo">{standfirst}</p>
<figure class="r-article--figure"><img src="{AV}/resizer/v2/QXW4T7NBLJ5RZ3VY2E6KPD8MHA.jpg?auth=9c1e&amp;width=1600" alt="" width="1600" height="1067"><figcaption>L’école des Tilleuls restera fermée au moins jusqu’à Pâques. <span>- ÉdA Jacques Duchateau</span></figcaption></figure>
{ch.share_bar("r-share", url)}
<r-article-body class="r-article--body">
{b.html()}
</r-article-body>
</r-article>
<section class="r-comments"><h2>Réactions</h2><ol>{comments}</ol></section>
{ch.teaser_list(93, "r-more", AV, 14, "Dans la même rubrique")}
</main>
<footer class="r-footer">{ch.link_columns(94, AV, ["L'Avenir", "Nos éditions", "Services", "Informations légales"], 7)}<p>© L'Avenir 2026</p></footer>
{ch.consent_box("didomi", "L'Avenir")}
</body></html>"""
    write(
        "09_lavenir_rossel_mislabelled_charset_belga",
        page,
        {
            "title": title,
            "publication": "L'Avenir",
            "author": "Pierre-Yves Dumont",
            "agency": "Belga",
            "section": "Namur",
            "date": datetime.date(2026, 11, 21),
            "standfirst": standfirst,
            "source_url": url,
            **b.expectation(),
            "encoding_warning": True,
            "notes": "Declares charset=iso-8859-1 in an http-equiv meta, but the bytes are UTF-8 "
            "(’ « » é): decode as UTF-8 and warn; no JSON-LD; custom elements (r-article, "
            "r-article-body); byline 'Name (avec Belga)' in one span; article:section 'Namur' "
            "beats the breadcrumb's 'Gembloux'; p.r-article--chapo standfirst; list introduced by "
            "a paragraph; 'Lire aussi' box and ad in the body; reader comments after the article.",
        },
    )
