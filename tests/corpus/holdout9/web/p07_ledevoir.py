"""Page 07: Le Devoir (home-made), an interview with its questions in bold paragraphs."""

from __future__ import annotations

import datetime

import chrome as c
from kit import Body, write

DEVOIR = "https://www.ledevoir.com"
QA = [
    "Votre étude porte sur 2400 travailleurs. Qu’est-ce qui vous a le plus surprise?",
    "Que le recul soit aussi net dans les petites entreprises. On a longtemps pensé que "
    "l’anglais s’imposait d’abord dans les grands sièges sociaux, qui traitent avec des "
    "clients à l’étranger. Or, c’est dans les PME de Montréal et de Laval que la part des "
    "travailleurs qui utilisent uniquement le français est passée de 61 % à 49 % en dix ans.",
    "Comment l’expliquez-vous?",
    "Il y a plusieurs facteurs. Les logiciels de gestion, les plateformes de commerce en ligne "
    "et les fournisseurs sont souvent anglophones, et une petite entreprise n’a pas de service "
    "de traduction. Il y a aussi la pénurie de main-d’œuvre : des employeurs recrutent des "
    "personnes qui ne parlent pas encore français et s’adaptent à elles, ce qui est tout à fait "
    "compréhensible.",
    "Ce n’est pas une question de mauvaise volonté. Quand on a six employés et qu’on court "
    "après les commandes, la francisation passe après le reste.",
    "La loi 96 oblige pourtant les entreprises de 25 employés et plus à se franciser. Est-ce "
    "que ça change quelque chose?",
    "Pour celles qui sont visées, oui, on voit un effet. Mais la majorité des PME que nous "
    "avons étudiées ont moins de 25 employés et échappent donc à ces obligations. Et l’Office "
    "québécois de la langue française n’a pas les moyens de les accompagner une par une.",
    "Que recommandez-vous?",
    "D’abord, offrir des cours de français sur les lieux et sur les heures de travail, payés "
    "par l’État. Ensuite, soutenir la traduction des outils numériques les plus utilisés. Nous "
    "avons recensé une vingtaine de logiciels qui, à eux seuls, imposent l’anglais à des "
    "dizaines de milliers de travailleurs.",
    "Vous semblez plus inquiète pour Montréal que pour les régions.",
    "Les chiffres le disent. À Québec, à Saguenay ou à Rimouski, le français reste la langue "
    "de travail de plus de 90 % des répondants. Mais Montréal concentre une grande partie des "
    "emplois et des nouveaux arrivants. Ce qui s’y passe finit par peser sur l’ensemble du "
    "Québec.",
]
QUESTIONS = {0, 2, 5, 7, 9}


def devoir_body() -> Body:
    """An intro paragraph, questions in <p><strong>, answers, and a pull quote aside."""
    b = Body()
    b.p(
        "Une étude que publie cette semaine l’Observatoire de la langue au travail, rattaché à "
        "l’Université de Sherbrooke, montre que l’usage exclusif du français recule surtout "
        "dans les entreprises de moins de 50 employés. Sa directrice, la sociologue Nadine "
        "Bérubé, a répondu aux questions du <em>Devoir</em>."
    )
    for number, text in enumerate(QA):
        b.p(f"<strong>{text}</strong>" if number in QUESTIONS else text)
        if number == 4:
            quote = "Ce n’est pas une question de mauvaise volonté."
            b.pull(
                f'<aside class="citation-exergue"><p>{quote}</p>'
                '<span class="citation-exergue__auteur">— Nadine Bérubé</span></aside>',
                quote,
            )
        if number == 6:
            b.chrome(c.ad("ad-boite-1", "publicite"))
    return b


def comments() -> str:
    """Readers' comments (never text)."""
    rows = [
        ("Louise G.", "15 novembre 2026 08 h 12", "Enfin une étude qui regarde les PME."),
        ("Marc-André T.", "15 novembre 2026 09 h 40",
         "Les logiciels en anglais, c’est tout à fait ça chez nous."),
        ("Denise R.", "15 novembre 2026 11 h 02",
         "Et les cours de francisation ont des listes d’attente de six mois."),
    ]  # fmt: skip
    items = "".join(
        f'<li class="comment"><p class="comment__author">{who}</p><p class="comment__date">'
        f'{when}</p><p class="comment__text">{text}</p></li>'
        for who, when, text in rows
    )
    return (
        '<section class="comments" id="commentaires"><h2>3 commentaires</h2>'
        f'<ol class="comments__list">{items}</ol><p>Connectez-vous pour commenter.</p></section>'
    )


def page_07_ledevoir() -> None:
    """Le Devoir: interview, no JSON-LD, no standfirst element, article:section over kicker."""
    url = f"{DEVOIR}/societe/842917/entrevue-le-recul-du-francais-au-travail-se-joue-dans-les-pme"
    title = "«Le recul du français au travail se joue dans les PME»"
    desc = (
        "La sociologue Nadine Bérubé explique pourquoi l’usage exclusif du français recule "
        "d’abord dans les petites entreprises de Montréal et de Laval."
    )
    body = devoir_body()
    head = c.meta_tags([
        ("name", "description", desc),
        ("property", "og:site_name", "Le Devoir"),
        ("property", "og:type", "article"),
        ("property", "og:title", "«Le recul du français au travail se joue dans les PME»"),
        ("property", "og:description", desc),
        ("property", "og:url", url),
        ("property", "og:image", f"{DEVOIR}/images/2026/11/14/berube.jpg"),
        ("property", "article:section", "Québec"),
        ("property", "article:published_time", "2026-11-14T04:00:00-05:00"),
        ("property", "article:modified_time", "2026-11-15T10:21:00-05:00"),
        ("property", "article:author", "Marie-Ève Lacasse"),
        ("name", "twitter:site", "@LeDevoir"),
    ])  # fmt: skip
    nav = c.menu(
        74,
        "header-nav",
        DEVOIR,
        [
            "Politique",
            "Société",
            "Économie",
            "Monde",
            "Culture",
            "Opinion",
            "Environnement",
            "Sports",
            "Lire",
        ],
    )
    foot = c.footer(
        76,
        "footer",
        DEVOIR,
        "Le Devoir",
        ["Le Devoir", "Services", "Nos newsletters", "Applications", "Suivez-nous"],
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>«Le recul du français au travail se joue dans les PME» | Le Devoir</title>
{head}
<link rel="canonical" href="{url}">
<style>{c.css(71, "ld", 320)}</style>
<script>var dataLayer=[{{"pageType":"article","articleId":"842917","section":"societe",
"paywall":"metered"}}];</script>
<script>{c.minified_js(72, 14000)}</script>
</head>
<body class="page-article">
{c.icons(73)}
<div class="topbar"><span class="topbar__date">Lundi 16 novembre 2026</span> <a
href="/abonnement">S’abonner</a> <a href="/connexion">Se connecter</a></div>
<header class="header"><a class="header__logo" href="/">Le Devoir</a>
{nav}
</header>
<main id="main"><article class="article article--entrevue">
<div class="article__surtitre"><a href="/entrevue">Entrevue</a></div>
<h1 class="article__titre">{title}</h1>
<div class="article__signature"><span class="article__auteurs">Propos recueillis par <a
href="/auteur/marie-eve-lacasse">Marie-Ève Lacasse</a></span>
<span class="article__date">14 novembre 2026</span> <span class="article__maj">Mis à jour le 15
novembre 2026</span>
<span class="article__rubrique">Société</span></div>
{c.share_bar("partage", url)}
<figure class="article__photo"><img src="{DEVOIR}/images/2026/11/14/berube.jpg" alt="">
<figcaption>Nadine Bérubé dirige l’Observatoire de la langue au travail depuis 2023. <span
class="credit">Photo: Annie Thériault Le Devoir</span></figcaption></figure>
<div class="article__texte">
{body.html()}
</div>
<div class="article__aime"><p>Vous aimez cet article? Offrez-le à un proche.</p></div>
</article>
{comments()}
{c.teaser_list(c.teasers(75, 12, f"{DEVOIR}/societe"), "a-lire", "À voir en vidéo et à lire")}
</main>
{foot}
</body></html>
"""
    expected = {
        "title": title,
        "publication": "Le Devoir",
        "author": "Marie-Ève Lacasse",
        "section": "Québec",
        "date": datetime.date(2026, 11, 14),
        "source_url": url,
        "notes": (
            "Le Devoir (home-made): interview, questions in <p><strong> (paragraphs); an "
            "introducing paragraph is text, not a standfirst (no chapô element, only a meta "
            "description); no JSON-LD; 'Propos recueillis par'; article:section 'Québec' beats "
            "the kicker 'Entrevue' and the visible 'Société'; headline in «» without spaces; "
            "site header's date of the day (16 novembre) and comments' dates are not the "
            "publication date (14 novembre); aside.citation-exergue pull quote repeats a "
            "sentence; comments; Québec ?/% spacing as printed."
        ),
    }
    write("07_ledevoir_homemade_interview", page, expected, body)
