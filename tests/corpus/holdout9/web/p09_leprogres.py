"""Page 09: Le Progrès (EBRA), windows-1252 bytes declared late, after a non-ASCII title."""

from __future__ import annotations

import datetime

import chrome as c
from kit import Body, write

LP = "https://www.leprogres.fr"


def progres_body() -> Body:
    """The article: h3 subheads, a 'Lire aussi' box, quotes with no-break spaces."""
    b = Body()
    b.p(
        "Dans la salle 3 du tribunal correctionnel de Lyon, les six prévenus se tiennent à "
        "distance les uns des autres. Âgés de 24 à 51 ans, ils sont soupçonnés d’avoir "
        "organisé, entre 2023 et 2025, la vente de plus de 300 faux permis de conduire à des "
        "clients de toute la région, recrutés sur les réseaux sociaux.",
        "Selon l’enquête de la police judiciaire, le réseau proposait deux formules. Pour "
        "900&nbsp;euros, un document imité, «&nbsp;suffisant pour un contrôle rapide&nbsp;». "
        "Pour 1&nbsp;500 à 2&nbsp;500&nbsp;euros, un permis inscrit frauduleusement dans le "
        "fichier national, grâce à la complicité présumée d’un employé d’une auto-école de "
        "Vénissieux.",
    )
    b.head("Une auto-école au cœur du dossier", tag="h3", attrs='class="intertitre"')
    b.p(
        "C’est cet homme de 38 ans, gérant de l’établissement, qui concentre l’essentiel des "
        "questions. Devant le tribunal, il a reconnu avoir «&nbsp;rendu service&nbsp;» à des "
        "connaissances, mais contesté toute rémunération. «&nbsp;Je n’ai jamais touché un euro, "
        "j’ai voulu aider des gens qui avaient besoin de travailler&nbsp;», a-t-il déclaré "
        "d’une voix mal assurée.",
        "Les enquêteurs ont pourtant retrouvé, sur ses comptes, des versements en espèces de "
        "près de 86&nbsp;000&nbsp;euros sur deux ans. La présidente, Corinne Vallat, lui a "
        "rappelé qu’une partie des acheteurs avait échoué plusieurs fois à l’examen théorique.",
    )
    b.chrome(
        '<div class="lireaussi"><span class="lireaussi-titre">Lire aussi</span> <a href="/'
        "faits-divers-justice/2025/06/03/demantelement-d-un-reseau-de-faux-permis-dans-l-est-"
        'lyonnais">Démantèlement d’un réseau de faux permis dans l’Est lyonnais</a></div>'
    )
    b.chrome(c.ad("pave_haut", "pub"))
    b.head("Des clients eux aussi poursuivis", tag="h3", attrs='class="intertitre"')
    b.p(
        "Une quarantaine d’acheteurs ont été identifiés. Une partie d’entre eux a déjà été "
        "jugée en comparution sur reconnaissance préalable de culpabilité. Plusieurs ont perdu "
        "leur emploi de chauffeur-livreur après l’annulation de leur titre.",
        "Pour l’avocate de l’un des prévenus, M<sup>e</sup> Sarah Benkirane, son client "
        "«&nbsp;n’était qu’un intermédiaire, payé quelques centaines d’euros pour transmettre "
        "des photos d’identité&nbsp;». Le parquet, qui doit prendre ses réquisitions vendredi, "
        "a évoqué à l’audience «&nbsp;une organisation structurée, avec une répartition claire "
        "des rôles&nbsp;».",
        "Le procès doit durer trois jours. La décision pourrait être mise en délibéré à "
        "plusieurs semaines, a prévenu la présidente en ouvrant les débats. Le principal "
        "prévenu encourt jusqu’à dix ans d’emprisonnement.",
    )
    return b


def page_09_leprogres() -> None:
    """Le Progrès: cp1252 declared at ~2 KB; no JSON-LD, no canonical; kicker in capitals."""
    url = (
        f"{LP}/faits-divers-justice/2026/11/11/lyon-six-prevenus-juges-pour-un-"
        "trafic-de-faux-permis-de-conduire"
    )
    title = "Lyon : six prévenus jugés pour un trafic de faux permis de conduire"
    chapo = (
        "Le tribunal correctionnel de Lyon juge depuis mercredi six hommes soupçonnés d’avoir "
        "vendu plus de 300 faux permis entre 2023 et 2025. Prix moyen : 1 500 euros."
    )
    body = progres_body()
    head = c.meta_tags([
        ("name", "description", chapo),
        ("property", "og:site_name", "Le Progrès"),
        ("property", "og:type", "article"),
        ("property", "og:title", title),
        ("property", "og:url", url),
        ("property", "og:image", f"{LP}/images/4F2A9C1E-7B3D-4E8A/NW_raw/palais-de-justice.jpg"),
        ("property", "article:published_time", "2026-11-11T19:05:00+01:00"),
        ("property", "article:modified_time", "2026-11-12T08:10:00+01:00"),
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:site", "@leprogreslyon"),
        ("name", "robots", "index, follow, max-image-preview:large"),
        ("name", "ebra:site", "LPR"),
        ("name", "ebra:rubrique", "faits-divers-justice"),
    ])  # fmt: skip
    nav = c.menu(
        94,
        "headerMenu",
        LP,
        [
            "Actualité",
            "Lyon",
            "Rhône",
            "Loire",
            "Ain",
            "Jura",
            "Faits divers - Justice",
            "Sport",
            "Loisirs",
        ],
    )
    more = c.teaser_list(
        c.teasers(95, 14, f"{LP}/faits-divers-justice"),
        "bloc-lireaussi",
        "Les articles les plus lus",
    )
    foot = c.footer(
        96,
        "footerSite",
        LP,
        "Le Progrès",
        ["Le Progrès", "Services", "Annonces", "Abonnement", "Nous suivre"],
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<title>{title} | Le Progrès</title>
{head}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<link rel="dns-prefetch" href="//cdn-s-www.leprogres.fr">
<style>{c.css(91, "ebra", 300)}</style>
<script>var ebraData={{site:"LPR",pageType:"article",articleId:"8841273",premium:false}};</script>
<script>{c.minified_js(92, 16000)}</script>
</head>
<body class="article">
{c.icons(93)}
{c.cookie_box("cmp-app-container", "Le Progrès")}
<header class="headerSite"><a class="headerSite-logo" href="/">Le Progrès</a>
{nav}
</header>
<main class="mainContent"><article class="articleContent">
<span class="headerCategory">JUSTICE</span>
<h1 class="headerTitle">{title}</h1>
<div class="chapo">{chapo}</div>
<div class="articleSignature"><span class="signatureAuthor">Par Nathalie PERRIN</span> - <time
datetime="2026-11-11T19:05:00+01:00">Le 11/11/2026 à 19:05</time>, mis à jour le <time
datetime="2026-11-12T08:10:00+01:00">12/11/2026 à 08:10</time></div>
{c.share_bar("socialShare", url)}
<figure class="articleMedia"><img src="{LP}/images/4F2A9C1E/palais-de-justice-de-lyon.jpg" alt="">
<figcaption>Le procès se tient jusqu’à vendredi au tribunal de Lyon. Photo d’illustration <span
class="credit">Progrès/Joël Martinon</span></figcaption></figure>
<div class="textComponent">
{body.html()}
</div>
</article>
<aside>{more}</aside>
</main>
{foot}
</body></html>
"""
    position = page.encode("cp1252").find(b"charset=windows-1252")
    assert 1024 < position < 4096, position
    expected = {
        "title": title,
        "publication": "Le Progrès",
        "author": "Nathalie Perrin",
        "section": "Justice",
        "date": datetime.date(2026, 11, 11),
        "standfirst": chapo,
        "source_url": url,
        "notes": (
            f"Le Progrès (EBRA): windows-1252 bytes (’ « » œ and no-break spaces), the charset "
            f"declared by a http-equiv meta at byte {position}, after the non-ASCII <title> "
            "(no warning: the declaration is right); no JSON-LD, no canonical: source_url is "
            "og:url; kicker 'JUSTICE' is the only section source; 'Par Nathalie PERRIN' in "
            "natural casing; 'Le 11/11/2026 à 19:05, mis à jour le …'; h3 intertitres; "
            "M<sup>e</sup>; cookie box, 'Lire aussi', ad, caption are no text."
        ),
    }
    write("09_leprogres_ebra_cp1252_late_charset", page, expected, body, encoding="cp1252")
