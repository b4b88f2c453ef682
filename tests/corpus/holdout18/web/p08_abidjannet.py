# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 08: Abidjan.net (home-made PHP), a film review, windows-1252, <br /><br /> text."""

import datetime

from chrome import footer, most_read, teaser_rail
from kit import css_blob, flat, menu, write


def page() -> None:
    """Review without JSON-LD or canonical; text in one div split by <br /><br />; comments."""
    base = "https://news.abidjan.net"
    url = f"{base}/articles/731842/critique-les-nuits-de-treichville-un-premier-film-lumineux-sur-la-jeunesse-abidjanaise"
    title = "Critique : « Les Nuits de Treichville », un premier film lumineux sur la jeunesse abidjanaise"
    p = [
        "Il y a des premiers films qui cherchent à tout dire. <i>Les Nuits de Treichville</i>, "
        "de la réalisatrice ivoirienne Mariam Touré, fait le choix inverse : une seule nuit, un "
        "seul quartier, trois personnages. Et c’est précisément cette économie qui en fait l’une "
        "des plus belles surprises de l’année.",
        "Sorti mercredi dans les salles du Plateau et de Cocody, le film suit Ismaël, livreur à "
        "moto de 19 ans, qui doit rendre avant l’aube une somme qu’il n’a pas. Autour de lui, sa "
        "sœur Awa, coiffeuse, et un vieux tailleur du marché, Monsieur Dagnogo, tentent chacun à "
        "leur manière de le retenir.",
        "La caméra ne quitte presque jamais la moto. Elle file le long du boulevard de Marseille, "
        "s’arrête devant un maquis, repart dans les ruelles du quartier France. La photographie "
        "de Jean-Claude Yao, toute en néons et en ombres, donne à Treichville une allure de "
        "ville rêvée sans jamais trahir la réalité des rues.",
        "Le jeune Souleymane Bamba, dont c’est le premier rôle, porte le film avec une "
        "justesse rare. Face à lui, la comédienne Adjoua N’Guessan, vue au théâtre, compose une "
        "Awa à la fois dure et tendre, qui vole chaque scène où elle apparaît.",
        "On pourra reprocher au scénario une dernière demi-heure un peu appuyée, où les "
        "coïncidences s’enchaînent. Mais la mise en scène rattrape tout, notamment dans une "
        "longue séquence de marché, filmée à l’aube, qui restera comme l’un des grands moments "
        "du cinéma ivoirien récent.",
        "Présenté en compétition au Fespaco, où il a reçu le prix de la première œuvre, le film "
        "a coûté moins de 180 millions de francs CFA. « Nous avons tourné en vingt-deux nuits, "
        "avec des habitants du quartier comme figurants », confiait la réalisatrice lors de "
        "l’avant-première, mardi, au Palais de la culture.",
        "<b>Les Nuits de Treichville</b>, de Mariam Touré, avec Souleymane Bamba, Adjoua "
        "N’Guessan et Bakary Dagnogo. 1&nbsp;h&nbsp;38. En salles à Abidjan.",
    ]
    text = "<br />\n<br />\n".join(p)
    comments = "".join(
        f'<div class="comment"><span class="comment-author">{n}</span> <span class="comment-date">{d}</span><p>{c}</p></div>'
        for n, d, c in [
            (
                "Kouamé F.",
                "26/11/2026 à 19:02",
                "J’ai vu le film hier soir au Majestic, allez-y les amis !",
            ),
            (
                "Abou",
                "27/11/2026 à 08:45",
                "Enfin un film qui montre Treichville sans misérabilisme.",
            ),
        ]
    )
    nav = menu(
        8101,
        "menu",
        "https://www.abidjan.net",
        ["News", "Politique", "Économie", "Société", "Sport", "Culture", "Annonces", "Nécrologie"],
        10,
    )
    page_html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(url):04d}){url} -->
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>Abidjan.net News - Critique : « Les Nuits de Treichville », un premier film lumineux sur la jeunesse abidjanaise</title>
<meta name="keywords" content="cinéma, Treichville, Mariam Touré, Fespaco, film ivoirien" />
<meta property="og:title" content="Critique : « Les Nuits de Treichville », un premier film lumineux sur la jeunesse abidjanaise" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="https://photos.abidjan.net/news/2026/11/nuits-treichville.jpg" />
<meta property="og:site_name" content="Abidjan.net" />
<link href="https://www.abidjan.net/css/style.css?v=2019" rel="stylesheet" type="text/css" />
<style type="text/css">{css_blob(8102, "an", 380)}</style>
<script type="text/javascript">var googletag=googletag||{{}};googletag.cmd=googletag.cmd||[];var an_rubrique="culture";var an_article_id=731842;</script>
<script type="text/javascript" src="https://www.abidjan.net/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div id="top-date">Vendredi 27 novembre 2026</div>
<table id="header" width="100%" cellpadding="0" cellspacing="0"><tr><td><a href="https://www.abidjan.net/"><img src="https://www.abidjan.net/images/logo_abidjan_net.gif" alt="Abidjan.net" border="0" /></a></td><td class="banner"><div id="banner-728x90"><span>Publicité</span></div></td></tr></table>
<div id="menu">{nav}</div>
<div id="container">
<div id="breadcrumb"><a href="https://www.abidjan.net/">Accueil</a> &gt; <a href="{base}/">News</a> &gt; <a href="{base}/culture/">Culture</a></div>
<div id="col-left">
<div class="article">
<div class="article-rubrique">Cinéma</div>
<h1 class="article-title">{title}</h1>
<div class="article-infos">Publié le jeudi 26 novembre 2026 &nbsp;|&nbsp; Abidjan.net &nbsp;-&nbsp; Par Aya Kouadio</div>
<div class="article-photo"><img src="https://photos.abidjan.net/news/2026/11/nuits-treichville.jpg" width="600" alt="" /><div class="legende">Souleymane Bamba dans « Les Nuits de Treichville ». © DR</div></div>
<div class="note-box">Notre note : <span class="stars">&#9733;&#9733;&#9733;&#9733;&#9734;</span> 4/5</div>
<div class="article-text">{text}</div>
<div class="article-keywords">Mots clés : <a href="#">cinéma</a>, <a href="#">Treichville</a>, <a href="#">Fespaco</a></div>
<div class="article-share"><a href="#">Partager</a> | <a href="#">Imprimer</a> | <a href="#">Envoyer à un ami</a></div>
<div class="comments"><h3>Commentaires (2)</h3>{comments}<p><a href="#">Réagir à cet article</a></p></div>
</div>
</div>
<div id="col-right">{most_read(8105, base)}<div class="bloc-news">{teaser_rail(8106, base, 170, "news-item")}</div></div>
</div>
{footer("Abidjan.net", "Abidjan.net", ["Qui sommes-nous ?", "Publicité", "Contact", "Conditions d’utilisation"])}
</body></html>
"""
    write(
        "08_abidjannet_php_review_cp1252",
        page_html,
        {
            "title": title,
            "publication": "Abidjan.net",
            "author": "Aya Kouadio",
            "section": "Culture",
            "date": datetime.date(2026, 11, 26),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Home-made PHP, XHTML transitional. Film review; windows-1252 bytes declared "
            "iso-8859-1 (’ œ in 0x80-0x9F; no warning); no JSON-LD and no canonical: the address "
            "is og:url; the whole text in one div split by <br /><br />, the closing credits "
            "line (title in <b>, cast, length) a segment of it; headline in « »; "
            "'<title>' as 'Abidjan.net News - Titre'; info line 'Publié le jeudi 26 novembre "
            "2026 | Abidjan.net - Par A'; breadcrumb 'Culture' beats the rubric label "
            "'Cinéma'; rating box; two reader comments with their dates; header date of the day.",
        },
        encoding="cp1252",
    )
