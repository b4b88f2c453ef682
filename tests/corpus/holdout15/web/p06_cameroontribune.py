# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""06 Cameroon Tribune (Joomla): microdata, no JSON-LD, no og:site_name, French-word date, gallery of captions."""

import datetime

from chrome import footer_links, mega_menu, stylesheet, teaser_cards
from kit import save, texts, wrap

BASE = "https://www.cameroon-tribune.cm"
URL = f"{BASE}/article.html/61842/fr.html/garoua-le-nouveau-marche-aux-bestiaux-ouvre-ses-portes"
TITLE = "Garoua : le nouveau marché aux bestiaux ouvre ses portes"
BODY = [
    "Les éleveurs de la région du Nord disposent depuis mardi d’un marché à bétail moderne. Construit sur douze hectares à la sortie de Garoua, sur la route de Ngaoundéré, l’équipement a été inauguré par le ministre de l’Élevage, des Pêches et des Industries animales, en présence des autorités administratives et traditionnelles.",
    "Le site compte quarante enclos couverts, deux points d’eau alimentés par forage, un poste vétérinaire et une aire de chargement pour les camions. Sa capacité est estimée à 3 500 bovins et 6 000 petits ruminants par jour de marché. Le coût total des travaux s’élève à 2,8 milliards de francs CFA.",
    "« Jusqu’ici, nos bêtes attendaient des heures en plein soleil, sans eau, et nous perdions parfois des animaux avant même la vente », témoigne Alhadji Moussa Bouba, éleveur à Pitoa depuis plus de trente ans. Il salue un marché « enfin digne de notre travail ».",
    "L’ancien marché de Djamboutou, saturé et enclavé dans un quartier d’habitation, sera fermé à la fin du mois de décembre. Les commerçants qui y exerçaient se verront attribuer des emplacements prioritaires sur le nouveau site, a assuré le délégué régional de l’Élevage, Dr Issa Hamadou.",
    "Les autorités comptent aussi sur ce marché pour mieux contrôler la circulation du bétail et la santé animale. Chaque animal vendu recevra désormais un certificat sanitaire délivré sur place. Une campagne de vaccination contre la péripneumonie contagieuse bovine y sera lancée dès janvier.",
    "La commune de Garoua Ier, qui gérera l’équipement, espère en tirer près de 150 millions de francs CFA de recettes par an. Une partie servira à l’entretien du site et à la construction d’un abattoir attenant, prévue pour 2028.",
]
CAPTIONS = [
    "Vue d’ensemble des enclos couverts du nouveau marché.",
    "Le ministre coupe le ruban inaugural.",
    "Des éleveurs venus de Pitoa et de Lagdo.",
    "Un des deux points d’eau alimentés par forage.",
    "Le poste vétérinaire, où seront délivrés les certificats sanitaires.",
    "L’aire de chargement des camions.",
    "Les autorités traditionnelles ont pris part à la cérémonie.",
    "Premiers échanges entre acheteurs et vendeurs.",
    "Des petits ruminants dans leur enclos.",
    "Le site s’étend sur douze hectares, route de Ngaoundéré.",
]


def page06() -> None:
    """Write 06_cameroontribune_joomla_microdata_gallery."""
    gallery = "".join(
        f'<li class="sig-thumb"><a href="{BASE}/images/galerie/61842/{i + 1:02d}.jpg" class="sig-link" data-caption="{c}"><img src="{BASE}/images/galerie/61842/thumbs/{i + 1:02d}.jpg" alt="{c}" width="150" height="100"></a><div class="sig-caption">{c} <span class="sig-credit">Photo : Aboubakar Yaya</span></div></li>'
        for i, c in enumerate(CAPTIONS)
    )
    nav = mega_menu(
        601,
        BASE,
        "nav menu",
        ["Politique", "Économie", "Société", "Régions", "Culture", "Sport", "Éditorial"],
        8,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="Garoua, élevage, marché à bétail, Nord" />
<meta name="description" content="Le marché moderne de Garoua peut accueillir 3 500 bovins par jour." />
<meta name="application-name" content="Cameroon Tribune" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<meta property="og:title" content="{TITLE}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{URL}" />
<title>{TITLE}</title>
<link href="{BASE}/templates/ct2020/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<style type="text/css">{stylesheet(6, "ct", 420)}</style>
<script src="/media/jui/js/jquery.min.js?5c1b7f" type="text/javascript"></script>
<script type="text/javascript">jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); }});</script>
</head>
<body class="site com_content view-article itemid-112">
<div class="header"><div class="date-du-jour">Lundi 30 novembre 2026</div><a class="brand" href="{BASE}/"><img src="{BASE}/images/logo-ct.png" alt="Cameroon Tribune" /></a><nav class="navigation">{nav}</nav></div>
<div class="container"><main id="content" role="main">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{BASE}/"><span itemprop="name">Accueil</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{BASE}/regions.html"><span itemprop="name">Régions</span></a><meta itemprop="position" content="2"></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="fr-FR" />
<div class="page-header"><h2 itemprop="headline">{TITLE}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Détails</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Par <span itemprop="name">Marie-Claire NGONO</span></dd>
<dd class="category-name">Catégorie : <a href="{BASE}/regions.html" itemprop="genre">Régions</a></dd>
<dd class="published">Publié le jeudi 26 novembre 2026</dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:1243" />Affichages : 1243</dd></dl>
<div itemprop="articleBody">
{wrap(BODY[:2])}
<ul class="sig-container" id="sigFreeId61842">{gallery}</ul>
{wrap(BODY[2:])}
</div>
<ul class="pager pagenav"><li class="previous"><a href="{BASE}/article.html/61840" rel="prev">Précédent</a></li><li class="next"><a href="{BASE}/article.html/61845" rel="next">Suivant</a></li></ul>
</div>
<div class="moduletable"><h3>Articles récents</h3>{teaser_cards(602, BASE, 130, "latestnews")}</div>
</main></div>
<footer class="footer"><ul>{footer_links(603, BASE, 30)}</ul><p>© 2026 Cameroon Tribune – SOPECAM. Tous droits réservés.</p></footer>
</body>
</html>
"""
    save(
        "06_cameroontribune_joomla_microdata_gallery",
        page,
        {
            "title": TITLE,
            "publication": "Cameroon Tribune",
            "author": "Marie-Claire Ngono",
            "section": "Régions",
            "date": datetime.date(2026, 11, 26),
            "source_url": URL,
            "paragraphs": texts(BODY),
            "notes": "Joomla 3 with microdata (itemprop headline/author/articleBody) and no JSON-LD; no canonical (og:url "
            "gives the address); no og:site_name: the name is in meta application-name and the logo's alt. Headline "
            "in an h2 (no h1). Date in French words only ('Publié le jeudi 26 novembre 2026'), no machine date; the "
            "header's date of the day is not it. 'Par Marie-Claire NGONO' → natural casing. Gallery of ten captioned "
            "photos with credits inside articleBody: captions are not text. Section: breadcrumb's last item 'Régions' "
            "(also the category).",
        },
    )
