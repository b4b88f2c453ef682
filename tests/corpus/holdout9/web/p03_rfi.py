"""Page 03: RFI (Drupal), an audio player, a block quotation, `@graph` JSON-LD."""

from __future__ import annotations

import datetime

import chrome as c
from kit import Body, json_script, write

RFI = "https://www.rfi.fr"


def rfi_body() -> Body:
    """The article: an audio player, subheads, a two-paragraph block quotation with a cite."""
    b = Body()
    b.chrome(
        '<div class="m-em-audio" data-media-type="audio"><button class="m-em-audio__play" '
        f'aria-label="Écouter">{c.icon("close")}<span>Écouter</span></button>'
        '<div class="m-em-audio__infos"><span class="m-em-audio__program">Reportage Afrique'
        '</span><span class="m-em-audio__title">Sénégal : à Kayar, la pêche à la sardinelle '
        'en sursis</span><span class="m-em-audio__duration">02:31</span></div>'
        '<audio preload="none" src="https://aod-rfi.akamaized.net/rfi/francais/audio/modules/'
        'actu/202611/RA_Kayar_13112026.mp3"></audio></div>'
    )
    b.p(
        "Sur la plage de Kayar, à une cinquantaine de kilomètres au nord de Dakar, les pirogues "
        "rentrent les unes après les autres en fin de matinée. Les femmes qui attendent les "
        "caisses de poisson n’ont pas besoin de compter longtemps. « <em>Avant, une pirogue "
        "revenait avec cinquante caisses de sardinelles. Aujourd’hui, si elle en ramène dix, "
        "c’est une bonne journée</em> », raconte Ndèye Fatou Seck, mareyeuse depuis vingt-deux "
        "ans.",
        "Les chiffres du service départemental des pêches confirment ce que tout le port "
        "constate. Les débarquements de sardinelles, qui dépassaient 60 000 tonnes par an au "
        "milieu des années 2010, sont tombés à moins de 30 000 tonnes en 2025. Or ce petit "
        "poisson bon marché reste la principale source de protéines pour une grande partie des "
        "ménages sénégalais.",
    )
    b.head("Des usines de farine sur la sellette")
    b.p(
        "À Kayar comme à Joal ou à Saint-Louis, les pêcheurs désignent deux coupables : les "
        "chalutiers étrangers, d’abord, accusés de pêcher trop près des côtes, et les usines de "
        "farine et d’huile de poisson, qui transforment des milliers de tonnes de petits "
        "pélagiques en aliments pour l’aquaculture et l’élevage. Trois de ces usines "
        "fonctionnent encore sur la côte nord.",
        "Le ministère des Pêches a publié, le 6 novembre, un communiqué annonçant un audit de "
        "ces unités. Le texte, lu à la radio nationale, précise :",
    )
    b.quote(
        "« Aucune nouvelle autorisation d’implantation d’usine de farine de poisson ne sera "
        "délivrée jusqu’à la conclusion de l’audit. »",
        "« Les unités existantes devront justifier, d’ici au 31 mars 2027, l’origine de chaque "
        "lot de matière première. »",
        cite="Communiqué du ministère des Pêches et de l’Économie maritime",
    )
    b.chrome(
        '<div class="m-interstitial"><span>À lire aussi</span><a href="/fr/afrique/20260918-'
        's%C3%A9n%C3%A9gal-la-p%C3%AAche-artisanale-face-aux-accords-de-p%C3%AAche">Sénégal : '
        "la pêche artisanale face aux accords de pêche</a></div>"
    )
    b.p(
        "Pour Moustapha Diouf, président d’un comité local de pêche, c’est un premier pas, mais "
        "il en faudrait davantage. « <em>L’audit, c’est bien. Mais pendant qu’on audite, les "
        "bateaux continuent de remonter les filets pleins à quelques milles d’ici</em> », "
        "s’agace-t-il, en désignant l’horizon."
    )
    b.head("Partir ou rester")
    b.p(
        "La raréfaction du poisson pèse aussi sur l’emploi. Faute de revenus, des jeunes de "
        "Kayar ont tenté la traversée vers les Canaries ces deux dernières années, selon "
        "plusieurs familles rencontrées sur place. D’autres ont rejoint les sites d’orpaillage "
        "de l’est du pays.",
        "Les autorités misent sur le repos biologique, une période d’interdiction de pêche "
        "instaurée pour laisser les stocks se reconstituer, et sur le contrôle des captures par "
        "satellite. Des mesures que les pêcheurs artisanaux disent accepter, à condition "
        "qu’elles s’appliquent « <em>à tout le monde, à commencer par les gros bateaux</em> ».",
    )
    return b


def drupal_settings(seed: int) -> str:
    """Drupal's settings JSON (page bulk)."""
    data = {
        "path": {"baseUrl": "/", "currentLanguage": "fr", "currentPath": "node/2448173"},
        "pluralDelimiter": "\u0003",
        "ajaxPageState": {"libraries": c.minified_js(seed, 3000), "theme": "rfi"},
        "rfi": {"related": c.teasers(seed, 24, f"{RFI}/fr/afrique")},
    }
    return json_script(data, 'type="application/json" data-drupal-selector="drupal-settings-json"')


def page_03_rfi() -> None:
    """RFI (Drupal): audio player, @graph, kicker 'Sénégal' vs articleSection 'Afrique'."""
    url = (
        f"{RFI}/fr/afrique/20261113-au-s%C3%A9n%C3%A9gal-les-p%C3%AAcheurs-de-"
        "kayar-voient-fondre-les-bancs-de-sardinelles"
    )
    title = "Au Sénégal, les pêcheurs de Kayar voient fondre les bancs de sardinelles"
    chapo = (
        "Dans ce grand port de pêche artisanale au nord de Dakar, les prises de sardinelles ont "
        "chuté de moitié en dix ans. Les pêcheurs accusent les navires étrangers et les usines "
        "de farine de poisson."
    )
    body = rfi_body()
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{title} - RFI",
             "breadcrumb": {"@id": f"{url}#breadcrumb"}},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Afrique",
                 "item": f"{RFI}/fr/afrique/"},
                {"@type": "ListItem", "position": 2, "name": "Sénégal",
                 "item": f"{RFI}/fr/tag/senegal/"}]},
            {"@type": "NewsArticle", "mainEntityOfPage": {"@id": url}, "headline": title,
             "description": chapo, "articleSection": "Afrique",
             "datePublished": "2026-11-13T18:47:00+00:00",
             "dateModified": "2026-11-14T08:05:00+00:00",
             "author": [{"@type": "Person", "name": "Bertrand Ollivier"}],
             "publisher": {"@id": f"{RFI}/#organization"},
             "associatedMedia": {"@type": "AudioObject", "name": "Reportage Afrique",
                                 "duration": "PT2M31S"}},
            {"@type": "NewsMediaOrganization", "@id": f"{RFI}/#organization", "name": "RFI",
             "alternateName": "Radio France Internationale"},
        ],
    }  # fmt: skip
    head = c.meta_tags([
        ("name", "description", chapo),
        ("property", "og:site_name", "RFI"),
        ("property", "og:type", "article"),
        ("property", "og:title", title),
        ("property", "og:url", url),
        ("property", "og:image", "https://s.rfi.fr/media/display/5b2e1c7a-kayar.jpg"),
        ("name", "twitter:site", "@RFI"),
        ("name", "Generator", "Drupal 10 (https://www.drupal.org)"),
    ])  # fmt: skip
    nav = c.menu(
        34,
        "o-nav",
        f"{RFI}/fr",
        [
            "France",
            "Afrique",
            "Moyen-Orient",
            "Amériques",
            "Europe",
            "Asie-Pacifique",
            "Économie",
            "Culture",
            "Sports",
            "Podcasts",
        ],
    )
    foot = c.footer(
        36,
        "o-footer",
        f"{RFI}/fr",
        "RFI - Radio France Internationale",
        ["RFI", "Émissions", "Langues", "Applications", "Infos pratiques"],
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
{head}
<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="fr" href="{url}">
<title>{title} - RFI</title>
<style>{c.css(31, "m", 200)}</style>
{json_script(graph)}
<script>{c.minified_js(32, 10000)}</script>
</head>
<body class="path-node page-node-type-article">
{c.icons(33)}
<a href="#main-content" class="visually-hidden focusable">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="o-header"><a class="o-header__logo" href="/fr/">RFI</a>
{nav}
<a class="o-header__live" href="/fr/direct">Écouter le direct</a></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<article data-history-node-id="2448173" role="article" class="t-content t-content--article">
<div class="t-content__header">
<a class="a-tag a-tag--kicker" href="/fr/tag/senegal/">Sénégal</a>
<h1 class="t-content__title a-page-title">{title}</h1>
<p class="t-content__chapo">{chapo}</p>
<div class="m-from-author"><span class="m-from-author__name">Par <a
href="/fr/auteur/bertrand-ollivier/">Bertrand Ollivier</a></span> <span
class="m-from-author__role">Envoyé spécial à Kayar</span></div>
<div class="m-pub-dates">Publié le : <time datetime="2026-11-13T18:47:00+00:00">13/11/2026 -
18:47</time> Modifié le : <time datetime="2026-11-14T08:05:00+00:00">14/11/2026 - 08:05</time></div>
{c.share_bar("m-share", url)}
</div>
<figure class="t-content__main-media"><img src="https://s.rfi.fr/media/display/5b2e1c7a-kayar.jpg"
alt="">
<figcaption>Des pirogues sur la plage de Kayar, le 12 novembre 2026. <span class="copyright">©
RFI/Bertrand Ollivier</span></figcaption></figure>
<div class="t-content__body u-clearfix">
{body.html()}
</div>
<div class="m-tags-list"><a href="/fr/tag/senegal/">Sénégal</a><a href="/fr/tag/peche/">Pêche</a>
</div>
<div class="m-newsletter"><p>Recevez toute l’actualité internationale directement dans votre boite
mail</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m’abonne</button>
</form></div>
</article>
{c.teaser_list(c.teasers(35, 10, f"{RFI}/fr/afrique"), "m-related", "Sur le même sujet")}
</main>
{foot}
</div>
{drupal_settings(37)}
</body></html>
"""
    expected = {
        "title": title,
        "publication": "RFI",
        "author": "Bertrand Ollivier",
        "section": "Afrique",
        "date": datetime.date(2026, 11, 13),
        "standfirst": chapo,
        "source_url": url,
        "notes": (
            "RFI (Drupal 10): @graph with WebPage, BreadcrumbList, NewsArticle, organisation; "
            "embedded audio player (program, title, duration are chrome); kicker 'Sénégal' vs "
            "articleSection 'Afrique' (JSON-LD wins); p.t-content__chapo; role 'Envoyé spécial "
            "à Kayar' in its own span; 'Publié le : 13/11/2026 - 18:47 Modifié le : …'; a "
            "communiqué quoted as a blockquote of two paragraphs with a cite (the cite is no "
            "text); quotes in <em> inside « »; newsletter box and tags after the body."
        ),
    }
    write("03_rfi_drupal_audio_blockquote", page, expected, body)
