"""Page 10: Fraternité Matin (CI), WordPress Jannah-like: og:site_name is not the footer name."""

from __future__ import annotations

import datetime

import bulk
import kit

URL = "https://www.fratmat.info/article/231877/economie/agriculture/cacao-le-prix-bord-champ-fixe-a-2-400-f-cfa-le-kilo"
TITLE = "Cacao : le prix bord champ fixé à 2 400 F CFA le kilo pour la campagne intermédiaire"

TEXT = """
Le Conseil du café-cacao a annoncé, lundi 23 novembre, à Abidjan, le prix garanti aux
producteurs pour la campagne intermédiaire 2026-2027. Le kilogramme de cacao sera acheté
2&nbsp;400 F CFA bord champ, contre 2&nbsp;200 F CFA lors de la campagne principale. Une hausse
de 9&nbsp;% qui reflète, selon l’organe de régulation, le maintien des cours mondiaux à un
niveau élevé.

@lire

Le directeur général du Conseil, Moussa Coulibaly-Bamba, a présenté les grandes lignes du
dispositif devant la presse. Parmi les mesures annoncées&nbsp;:

- le paiement des producteurs par mobile money généralisé dans les régions de la Nawa et du
Cavally&nbsp;;
- le renforcement des contrôles sur les pistes de collecte pour lutter contre les achats en
dessous du prix officiel&nbsp;;
- une prime de qualité de 50 F CFA par kilo pour les coopératives certifiées.

## Les planteurs satisfaits mais prudents

À Soubré, capitale de la boucle du cacao, la nouvelle a été accueillie avec soulagement.
«&nbsp;C’est une bonne chose, mais il faut que le prix soit respecté jusqu’au village. L’an
passé, certains pisteurs nous donnaient 1&nbsp;800 francs&nbsp;», témoigne Yao Kouassi,
planteur à Okrouyo, qui exploite quatre hectares.

Le président d’une fédération de coopératives de la région, Bamba Siaka, rappelle de son côté
la chute des rendements observée cette année&nbsp;:

> «&nbsp;Avec les pluies irrégulières et le swollen shoot, beaucoup de vergers produisent deux
fois moins qu’il y a cinq ans. Le bon prix ne compense pas tout.
> Nous demandons un programme de replantation plus rapide et des plants disponibles dans
chaque sous-préfecture.&nbsp;»

## Une filière sous surveillance

La Côte d’Ivoire, premier producteur mondial, assure près de 40&nbsp;% de l’offre de fèves.
La campagne intermédiaire, qui s’ouvre le 1<sup>er</sup> avril, représente environ un quart
de la récolte annuelle. Le Conseil du café-cacao prévoit une production comprise entre
450&nbsp;000 et 500&nbsp;000 tonnes pour cette période.

Les autorités ont par ailleurs annoncé la mise en place d’une brigade mixte chargée de
surveiller les frontières de l’Ouest, afin de limiter la fuite des fèves vers les pays
voisins, où les prix pratiqués ont parfois dépassé le prix ivoirien ces derniers mois.
"""

CHROME = {
    "lire": (
        '<div class="tie-read-also"><span class="read-also-title">Lire aussi</span>'
        '<a href="https://www.fratmat.info/article/229004/economie/agriculture/anacarde-les-'
        'exportations-en-hausse">Anacarde : les exportations en hausse de 12 %</a></div>'
    ),
}


def page() -> None:
    """Write page 10 and its expected file."""
    art = kit.render(
        TEXT,
        {
            "h2": '<h2 class="wp-block-heading">{}</h2>',
            "quote": '<blockquote class="wp-block-quote">{}</blockquote>',
        },
        CHROME,
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "articleSection": "Économie",
        "datePublished": "2026-11-24T08:15:00+00:00",
        "author": {"@type": "Person", "name": "Koffi N'Guessan"},
        "publisher": {"@type": "Organization", "name": "Fraternité Matin"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
    }
    html = f"""<!DOCTYPE html>
<html lang="fr-FR" data-skin="light"><head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{TITLE} | Fratmat.info</title>
<meta name="description" content="Le Conseil du café-cacao a fixé le prix bord champ." />
<meta property="og:title" content="{TITLE} | Fratmat.info" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{URL}" />
<meta property="og:site_name" content="Fratmat.info" />
<meta property="article:section" content="Agriculture" />
<link rel="canonical" href="{URL}" />
<link rel="stylesheet" id="tie-css-base-css"
href="https://www.fratmat.info/wp-content/themes/jannah/assets/css/base.min.css" />
<style id="tie-css-styles-inline-css">{bulk.css(1001, "tie", 300)}</style>
<script type="application/ld+json">{bulk.json_script(ld)[36:-9]}</script>
{bulk.tracker_scripts(101, 26)}
</head>
<body id="tie-body" class="post-template-default single single-post wrapper-has-shadow">
<div class="background-overlay"><div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<div class="top-bar"><span class="today-date">Mardi 1 décembre 2026</span></div>
<header id="theme-header" class="theme-header header-layout-3"><div class="logo-wrapper">
<a href="https://www.fratmat.info/">Fraternité Matin</a></div>
<nav id="main-nav">{
        bulk.menu(
            102,
            "menu",
            "https://www.fratmat.info/categorie",
            ["Politique", "Économie", "Société", "Culture", "Sport", "International", "Régions"],
        )
    }</nav>
</header>
<div id="content" class="site-content container"><div class="tie-row main-content-row">
<div class="main-content tie-col-md-8" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="https://www.fratmat.info/">{bulk.svg("user", "tie-icon")}Accueil
</a><em class="delimiter">/</em><a href="https://www.fratmat.info/categorie/economie">Économie
</a><em class="delimiter">/</em><span class="current">{TITLE}</span></nav>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-12" href="https://www.fratmat.info/categorie/economie/agriculture">Agriculture</a></span>
<h1 class="post-title entry-title">{TITLE}</h1>
<div class="post-meta clearfix"><span class="author-meta single-author with-avatars">
<span class="meta-author">Par <a href="https://www.fratmat.info/author/knguessan">Koffi
N'GUESSAN</a> avec AIP</span></span>
<span class="date meta-item tie-icon">24 novembre 2026</span>
<span class="meta-comment tie-icon meta-item">3</span>
<span class="meta-views meta-item">1 204</span></div>
</div></header>
<div class="featured-area"><figure class="single-featured-image"><img
src="https://www.fratmat.info/wp-content/uploads/2026/11/cacao.jpg" alt="" /><figcaption
class="single-caption-text">Des fèves de cacao au séchage à Soubré. (Photo : Sanogo Lassina)
</figcaption></figure></div>
<div class="entry-content entry clearfix">
{art.html}
</div>
<div class="share-buttons share-buttons-bottom">{bulk.share_bar("share-links", URL)}</div>
</article>
<div id="comments" class="comments-area"><h3>3 commentaires</h3><ol class="comment-list">
<li class="comment"><b>Dro Gnahoré</b> <time>24 novembre 2026 à 11 h 20</time>
<p>Que le prix soit respecté à Duékoué aussi.</p></li>
<li class="comment"><b>Adjoua K.</b><p>Enfin une bonne nouvelle pour les planteurs.</p></li>
</ol></div>
<div id="related-posts">{
        bulk.teaser_list(
            bulk.teasers(103, 60, "https://www.fratmat.info/article"), "related-posts-list"
        )
    }</div>
</div></div></div>
<footer id="footer" class="site-footer"><div class="footer-widget-area"><p>Fraternité Matin,
le quotidien ivoirien de référence. Siège : Plateau, Abidjan.</p></div>
<div id="site-info"><p>© Copyright 2026, Fraternité Matin. Tous droits réservés.</p></div>
</footer></div></div></div>
</body></html>
"""
    bulk.write(
        "10_fratmat_jannah_site_name_differs",
        html,
        {
            "title": TITLE,
            "publication": "Fraternité Matin",
            "author": "Koffi N'Guessan",
            "agency": "AIP",
            "section": "Économie",
            "date": datetime.date(2026, 11, 24),
            "source_url": URL,
            "subheads": art.subheads,
            "paragraphs": art.paragraphs,
            "notes": (
                "WordPress Jannah-like theme: og:site_name and <title> say 'Fratmat.info', "
                "the footer, logo and JSON-LD publisher 'Fraternité Matin' (the publication); "
                "'Par Koffi N'GUESSAN avec AIP' -> author in natural casing, agency AIP; "
                "articleSection 'Économie' beats article:section and the category label "
                "'Agriculture'; top bar date of the day is not the date; 'Lire aussi' box; a "
                "list after its introducing paragraph; wp-block-quote of two paragraphs; "
                "1<sup>er</sup>; comments; no standfirst."
            ),
        },
    )
