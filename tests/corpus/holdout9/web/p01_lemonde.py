"""Page 01: Le Monde (home-made), a paywalled article."""

from __future__ import annotations

import datetime

import chrome as c
from kit import Body, json_script, write

MONDE = "https://www.lemonde.fr"


def monde_body() -> Body:
    """Le Monde's article: six paragraphs then the subscribers' wall."""
    b = Body()
    q = 'class="article__paragraph"'
    b.chrome(
        '<figure class="article__media"><img src="https://img.lemde.fr/2026/11/11/0/0/4000/2667/'
        '1440/960/60/0/7c1e0a4_upload-1-bouge.jpg" alt="" width="1440" height="960">'
        '<figcaption class="article__legend">Les bâtiments modulaires de l’école Bouge, à '
        'Marseille, le 4 novembre 2026. <span class="article__credit">THÉO MARCHAND POUR « LE '
        "MONDE »</span></figcaption></figure>"
    )
    b.p(
        "Il est 8 h 10, devant l’école élémentaire Bouge, dans le 14<sup>e</sup> "
        "arrondissement, et Samia Benhaddou montre du doigt les fenêtres condamnées du deuxième "
        "étage. « Ça fait trois rentrées qu’on nous annonce les travaux pour les vacances "
        "suivantes, soupire cette mère de deux enfants. À force, plus personne n’y croit. » "
        "Derrière les grilles, des bâtiments modulaires installés en 2024 « pour dix-huit "
        "mois » accueillent toujours quatre classes.",
        "Le cas n’est pas isolé. Selon un bilan présenté le 5 novembre en conseil municipal, "
        "31 écoles seulement ont été entièrement rénovées ou reconstruites sur les 188 que "
        "comptait le plan lancé en 2022 avec le soutien de l’État. Une quarantaine d’autres "
        "sont en chantier, et plus de cent attendent encore le premier coup de pioche. Le "
        "calendrier initial, qui prévoyait d’achever l’essentiel des opérations avant la fin "
        "de la décennie, paraît désormais hors d’atteinte.",
        attrs=q,
    )
    b.chrome(
        '<section class="catcher catcher--inline"><span class="catcher__label">Lire aussi</span>'
        ' | <a class="catcher__title" href="/societe/article/2026/09/02/rentree-scolaire-a-'
        'marseille-les-prefabriques-s-installent_6401237_3224.html">Rentrée scolaire : à '
        "Marseille, les préfabriqués s’installent dans la durée</a></section>"
    )
    b.head("Des appels d’offres infructueux", attrs='class="article__sub-title"')
    b.p(
        "À l’hôtel de ville, on ne conteste pas le retard, mais on en détaille les causes. "
        "« Le coût de la construction a bondi de près de 25 % depuis le lancement du plan, et "
        "certains lots n’ont reçu aucune offre, deux fois de suite », explique l’adjoint "
        "chargé de l’éducation, Thierry Massol. La société publique chargée des opérations a "
        "dû relancer une quinzaine de consultations en 2025, faute de candidats pour les lots "
        "de menuiserie ou de désamiantage.",
        "Les élus d’opposition y voient surtout un défaut de pilotage. Lors de la séance du "
        "5 novembre, la conseillère municipale Nadia Ferrandi a réclamé « un calendrier école "
        "par école, public et tenu à jour », estimant que les familles « ont le droit de "
        "savoir si leurs enfants feront leur scolarité dans des préfabriqués ».",
        "Sur le terrain, la chaleur est devenue le premier motif d’exaspération. En juin, "
        "plusieurs collectifs de parents ont relevé des températures supérieures à 31 °C dans "
        "des classes exposées plein sud, sans protection solaire. Dans le "
        "3<sup>e</sup> arrondissement, une école a dû libérer les élèves à midi pendant "
        "quatre jours consécutifs.",
        attrs=q,
    )
    b.chrome(c.ad("inread_top", "dfp-slot"))
    b.p(
        "« On ne demande pas des écoles de magazine, on demande des écoles où l’on peut "
        "apprendre », résume Karim Ouazzani, porte-parole d’un collectif qui réunit une "
        "trentaine d’établissements. Le collectif a déposé, en octobre, une demande d’accès "
        "aux documents administratifs pour obtenir la liste des diagnostics techniques "
        "réalisés depuis 2022.",
        attrs=q,
    )
    b.chrome(
        '<section class="paywall" id="js-paywall-content"><p class="paywall__title">Il vous '
        "reste 64.17% de cet article à lire. La suite est réservée aux abonnés.</p>"
        '<a class="paywall__btn" href="https://abo.lemonde.fr/?lmd_medium=paywall">'
        'S’abonner</a><p class="paywall__login">Déjà abonné ? <a href="https://secure.lemonde'
        '.fr/sfuser/connexion">Se connecter</a></p></section>'
    )
    return b


def page_01_lemonde() -> None:
    """Le Monde (home-made): paywall, two authors with a role, articleSection over breadcrumb."""
    url = (
        f"{MONDE}/societe/article/2026/11/12/a-marseille-le-plan-ecoles-prend-"
        "du-retard_6418842_3224.html"
    )
    title = "À Marseille, le plan écoles prend du retard et les parents d’élèves haussent le ton"
    desc = (
        "Sur les 188 établissements promis à la rénovation d’ici à 2030, à peine trente "
        "chantiers ont été livrés. La mairie invoque l’inflation ; les parents dénoncent des "
        "classes à 31 °C en juin."
    )
    body = monde_body()
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": url,
        "headline": title,
        "description": desc,
        "datePublished": "2026-11-12T05:30:00+01:00",
        "dateModified": "2026-11-12T09:12:41+01:00",
        "articleSection": "Société",
        "author": [
            {"@type": "Person", "name": "Julien Garnier"},
            {"@type": "Person", "name": "Hélène Kervella"},
        ],
        "publisher": {"@type": "Organization", "name": "Le Monde",
                      "logo": {"@type": "ImageObject", "url": f"{MONDE}/logo.png"}},
        "isAccessibleForFree": False,
        "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                    "cssSelector": ".article__content"},
    }  # fmt: skip
    head = c.meta_tags([
        ("name", "description", desc),
        ("name", "robots", "max-image-preview:large"),
        ("property", "og:site_name", "Le Monde.fr"),
        ("property", "og:type", "article"),
        ("property", "og:title", title),
        ("property", "og:description", desc),
        ("property", "og:url", url),
        ("property", "og:image", "https://img.lemde.fr/2026/11/11/0/0/4000/2667/1440/960/60/0/7c1e0a4.jpg"),
        ("property", "article:published_time", "2026-11-12T05:30:00+01:00"),
        ("property", "article:modified_time", "2026-11-12T09:12:41+01:00"),
        ("property", "article:section", "Société"),
        ("property", "article:content_tier", "locked"),
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:site", "@lemondefr"),
        ("name", "twitter:title", title),
    ])  # fmt: skip
    related = c.teasers(1, 24, f"{MONDE}/societe/article/2026/11")
    nav = c.menu(
        14,
        "Nav",
        MONDE,
        [
            "International",
            "Politique",
            "Société",
            "Économie",
            "Planète",
            "Idées",
            "Culture",
            "Sport",
            "Sciences",
            "M le mag",
        ],
    )
    more = c.teaser_list(related[:8], "aside-teasers", "Les plus lus")
    foot = c.footer(
        15,
        "footer",
        MONDE,
        "Société éditrice du Monde",
        ["Le Monde", "Services", "Applications", "Abonnement", "Nous suivre"],
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="canonical" href="{url}">
<link rel="amphtml" href="{url.replace("/article/", "/article/amp/")}">
<style>{c.css(11, "lmd", 260)}</style>
{json_script(ld)}
<script>window.lmd={{context:{{page:{{type:"article",id:6418842,premium:true,section:"societe"}},user:{{status:"anonymous"}}}}}};</script>
<script>{c.minified_js(12, 9000)}</script>
<script src="https://www.lemonde.fr/bucket/5f3a2c/js/article.js" defer></script>
</head>
<body class="article article--content article--premium">
{c.icons(13)}
{c.cookie_box("gdpr-lmd-wall", "Le Monde")}
<header class="Header"><a class="Header__logo" href="{MONDE}/">Le Monde</a>
{nav}
<a class="Header__subscribe" href="https://abo.lemonde.fr/">S’abonner</a></header>
<main id="garde"><section class="zone zone--article">
<ul class="breadcrumb"><li><a href="{MONDE}/societe/">Société</a></li><li><a
href="{MONDE}/education/">Éducation</a></li></ul>
<h1 class="article__title">{title}</h1>
<p class="article__desc">{desc}</p>
<section class="meta meta__social">{c.share_bar("meta__share", url)}</section>
<section class="meta__publisher"><span class="author__detail">Par <a class="article__author-link"
href="{MONDE}/signataires/julien-garnier/">Julien Garnier</a> (Marseille, correspondant) et <a
class="article__author-link" href="{MONDE}/signataires/helene-kervella/">Hélène Kervella</a></span>
<span class="meta__date meta__date--header">Publié le 12 novembre 2026 à 05h30, modifié à
09h12</span>
<span class="meta__reading-time">Temps de lecture 4 min.</span>
<span class="article__status"><svg class="icon icon--premium" aria-hidden="true"><use
href="#icon-close"></use></svg> Article réservé aux abonnés</span></section>
<article class="article__content old__article-content-single">
{body.html()}
</article>
<section class="article__reactions"><p>Contribuer</p><p>Réutiliser ce contenu</p></section>
</section>
<aside class="aside__iso">{c.ad("dfp_ban_top_sidebar")}{more}</aside>
{c.teaser_list(related[8:], "services-teasers", "Sur le même sujet")}
</main>
{foot}
<p class="footer__name">Le Monde</p>
<script>{c.minified_js(16, 12000)}</script>
</body>
</html>
"""
    expected = {
        "title": title,
        "publication": "Le Monde",
        "author": "Julien Garnier et Hélène Kervella",
        "section": "Société",
        "date": datetime.date(2026, 11, 12),
        "standfirst": desc,
        "source_url": url,
        "incomplete": True,
        "notes": (
            "Le Monde (home-made): p.article__paragraph; paywall box after six paragraphs "
            "('Il vous reste 64.17% … réservée aux abonnés', incomplete); isAccessibleForFree "
            "false; byline 'Par A (Marseille, correspondant) et B' as two links; "
            "'Publié le … modifié à …'; JSON-LD articleSection 'Société' beats the breadcrumb's "
            "'Éducation'; og:site_name 'Le Monde.fr', the publisher 'Le Monde'; caption and "
            "photo credit, 'Lire aussi' catcher, ad and share bar are no text; 14<sup>e</sup>."
        ),
    }
    write("01_lemonde_homemade_paywall", page, expected, body)
