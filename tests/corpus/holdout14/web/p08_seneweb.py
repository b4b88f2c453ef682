# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""Page 08: Seneweb (home-made PHP), no JSON-LD, charset declared late, <br><br>-split text."""

import datetime

import chrome
from kit import save, texts_of

BASE = "https://www.seneweb.com"


def page08() -> None:
    """Seneweb: one div of <br /><br /> segments with <strong> subheads, upper-case byline."""
    url = f"{BASE}/news/Societe/kaolack-les-producteurs-d-arachide-bloq_n_471206.html"
    title = "Kaolack : les producteurs d’arachide bloquent la RN1 pour réclamer leur argent"
    subheads = ["Des bons impayés depuis octobre", "Le gouverneur promet une réunion"]
    p = [
        "La circulation a été interrompue pendant près de quatre heures, ce mercredi, sur la "
        "route nationale 1 à hauteur de Ndoffane. Plusieurs centaines de producteurs d’arachide, "
        "venus des communes de Latmingué, Ndiédieng et Thiaré, ont dressé des barricades de pneus "
        "et de branchages pour exiger le paiement de leurs récoltes.",
        "« Nous avons livré nos graines il y a sept semaines. On nous a donné des bons, mais "
        "aucun franc n’est arrivé », fulmine Mamadou Lamine Diouf, président d’un collectif "
        "de 312&nbsp;producteurs.",
        "Selon le collectif, les montants en souffrance dépasseraient 1,8&nbsp;milliard de francs "
        "CFA. Les producteurs accusent deux opérateurs privés agréés pour la campagne de "
        "commercialisation d’avoir revendu les graines sans honorer leurs engagements.",
        "Sur place, certains paysans disent avoir contracté des dettes auprès des boutiquiers "
        "du village pour nourrir leur famille. « Ma fille devait reprendre l’école en novembre. "
        "Elle est toujours à la maison », confie Awa Ndiaye, cultivatrice à Thiaré.",
        "Les gendarmes de la brigade de Ndoffane ont négocié la levée des barrages en début "
        "d’après-midi, sans incident. Aucune interpellation n’a été signalée.",
        "Joint par téléphone, le gouverneur de la région de Kaolack, Abdoulaye Sarr, a assuré "
        "que « l’Etat ne laissera pas les producteurs sans solution ». Il a annoncé une "
        "réunion, vendredi, avec les opérateurs concernés et la Direction régionale du "
        "commerce.",
        "Le collectif prévient qu’il bloquera de nouveau la route lundi si aucun paiement n’est "
        "effectué d’ici là. Il réclame également la publication de la liste des opérateurs "
        "agréés et des quantités collectées par chacun.",
    ]
    segments = [
        *p[:2],
        f"<strong>{subheads[0]}</strong>",
        *p[2:4],
        f"<strong>{subheads[1]}</strong>",
        *p[4:],
    ]
    text = "<br />\n<br />\n".join(segments)
    comments = "".join(
        f'<div class="comment"><div class="comment-head"><b>{who}</b> <span class="comment-date">{when}</span></div><div class="comment-body">{what}</div></div>'
        for who, when, what in [
            (
                "Baye Fall",
                "26/11/2026 08:12",
                "Chaque année c’est la même chose avec les bons. Il faut payer cash à la livraison.",
            ),
            (
                "Sokhna D.",
                "26/11/2026 09:40",
                "Courage aux paysans du Saloum. Le monde rural est oublié.",
            ),
            (
                "Observateur",
                "26/11/2026 11:03",
                "Que l’Etat publie enfin les noms de ces opérateurs.",
            ),
        ]
    )
    menu = chrome.nav_menu(
        208,
        BASE,
        "menu",
        ["Actualités", "Politique", "Société", "Economie", "Sport", "People", "Vidéos", "Radio"],
        5,
    )
    boot = "".join(
        f"var sw_zone_{n}='{chrome.slug(chrome.WORDS[n % len(chrome.WORDS)])}_{n}';"
        for n in range(90)
    )
    saved_from = f"{url}?from=home"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=({len(saved_from):04d}){saved_from} -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="fr">
<head>
<title>Kaolack : les producteurs d’arachide bloquent la RN1 pour réclamer leur argent - Seneweb.com</title>
<script type="text/javascript">{boot}var sw_page='article';var sw_rub='societe';</script>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="description" content="Plusieurs centaines de producteurs d’arachide ont bloqué la RN1 à Ndoffane." />
<meta name="keywords" content="Kaolack, arachide, producteurs, RN1, Ndoffane" />
<meta property="og:title" content="Kaolack : les producteurs d’arachide bloquent la RN1 pour réclamer leur argent" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Seneweb.com" />
<meta property="og:type" content="article" />
<link rel="stylesheet" type="text/css" href="/css/style_v4.css?v=2026" />
<style type="text/css">{chrome.stylesheet(8, "sw", 320)}</style>
{chrome.trackers(8, "seneweb", 50)}
</head>
<body>
{chrome.consent_box("sourcepoint")}
<div id="wrapper">
<div id="top"><div class="logo"><a href="{BASE}/"><img src="/images/logo_seneweb.png" alt="Seneweb" /></a></div><div class="date_jour">Mardi 01 Décembre 2026</div></div>
<div id="menu">{menu}</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td valign="top" width="68%">
<div class="fil"><a href="{BASE}/">Accueil</a> &gt; <a href="{BASE}/news/Actualites/">Actualités</a> &gt; <a href="{BASE}/news/Societe/">Société</a></div>
<div class="article">
<h1 class="titre_article">{title}</h1>
<div class="infos_article">Publié le mercredi 25 novembre 2026 à 15:18 | Par Ndèye Fatou SOW | <span class="nb_lectures">4 312 lectures</span> | <span class="nb_comments">3 commentaires</span></div>
<div class="image_article"><img src="{BASE}/upload/news/2026/11/rn1_ndoffane.jpg" alt="" width="600" /><div class="legende">Des producteurs sur la RN1 à Ndoffane, ce mercredi. (Photo: Seneweb)</div></div>
<div class="texte_article">{text}</div>
<div class="partage">Partager : <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
</div>
<div class="commentaires"><h3>Commentaires (3)</h3>{comments}<div class="disclaimer">Les commentaires sont sous la responsabilité de leurs auteurs.</div></div>
</td><td valign="top" width="32%">
{chrome.ranked_list(81, 15, BASE, "Les plus lus")}
{chrome.teaser_grid(82, 70, BASE, "bloc_news", "Dernières news")}
</td></tr></table>
<div id="footer">© 2026 Seneweb. Tous droits réservés. | <a href="#">Qui sommes-nous</a> | <a href="#">Publicité</a> | <a href="#">Contact</a></div>
</div>
</body>
</html>
"""
    save(
        "08_seneweb_php_br_late_charset",
        page,
        {
            "title": title,
            "publication": "Seneweb",
            "author": "Ndèye Fatou Sow",
            "section": "Société",
            "date": datetime.date(2026, 11, 25),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": texts_of(p),
            "notes": "Home-made PHP with a table layout; no JSON-LD, no canonical. <meta "
            "http-equiv charset=utf-8> comes after a non-ASCII <title> and a long inline script "
            "(well past the first kilobyte); bytes are UTF-8, so no warning. The text is one div "
            "split by <br /><br />, with two <strong> lines as subheads. Byline 'Par Ndèye Fatou "
            "SOW' in one info line with the date ('Publié le mercredi 25 novembre 2026 à "
            "15:18', the only date), read and comment counts. og:url wins over the saved-from "
            "comment (which has ?from=home). og:site_name 'Seneweb.com', footer and logo "
            "'Seneweb'; breadcrumb ends with 'Société'; photo legend and comments with dates "
            "are not text; header date of the day.",
        },
    )
