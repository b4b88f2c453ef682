# ruff: noqa: E501  (page markup and article text are kept on their real lines)
"""04: Actu Toulouse (actu.fr-like custom): rugby match report, two authors, "Rugby." prefix
in the headline, UTC JSON-LD date, "Lire aussi", video player, Google News box."""

import datetime

from chrome import footer, menu, related, saved_from, style, tracking
from kit import flat, json_script, paras, write

BASE = "https://actu.fr"
URL = f"{BASE}/occitanie/toulouse_31555/rugby-le-stade-toulousain-arrache-la-victoire-a-castres-au-bout-du-temps-additionnel_61842233.html"
TITLE = "Rugby. Le Stade toulousain arrache la victoire à Castres au bout du temps additionnel"
CHAPO = (
    "Menés pendant soixante-dix minutes, les Rouge et Noir se sont imposés 24-23 samedi 21 "
    "novembre 2026 au stade Pierre-Fabre, sur une pénalité de l’ouvreur Théo Carbonne."
)
SUB1 = "Un premier acte à sens unique"
SUB2 = "Le banc fait la différence"
QUOTE = "« On a gagné avec le cœur, pas avec la tête »"
P1 = [
    "Il restait vingt secondes à jouer quand Théo Carbonne a posé le ballon sur le tee, à "
    "trente-huit mètres des perches, légèrement sur la droite. Le stade Pierre-Fabre retenait "
    "son souffle. Le jeune ouvreur de 21 ans n’a pas tremblé : 24-23, et une victoire "
    "inespérée pour le Stade toulousain dans le derby du Tarn.",
]
P2 = [
    "Pourtant, pendant une heure, les Castrais ont dominé les débats. Portés par une conquête "
    "impeccable, ils ont inscrit deux essais en première période, par le talonneur Nicolás "
    "Echeverri (12<sup>e</sup>) puis par l’ailier Mathis Roumegoux (31<sup>e</sup>), après un "
    "ballon porté de vingt mètres.",
    "À la pause, le tableau d’affichage indiquait 17-6. Toulouse, privé de six internationaux "
    "retenus en équipe de France, semblait incapable de franchir le rideau défensif adverse.",
]
P3 = [
    "L’entrée de la première ligne remplaçante, à la 50<sup>e</sup> minute, a changé le visage "
    "de la rencontre. En mêlée, les Toulousains ont obtenu trois pénalités consécutives, et le "
    "troisième-ligne Baptiste Lafforgue a fini par aplatir en force au pied des poteaux "
    "(17-20, 63<sup>e</sup>).",
    "Castres a cru s’en sortir grâce à un drop de Lucas Ferrier à cinq minutes de la fin. Mais "
    "sur la dernière action, un hors-jeu dans un ruck a offert à Carbonne la balle de match.",
    "« On a gagné avec le cœur, pas avec la tête. Il faudra beaucoup mieux jouer contre "
    "Bordeaux », reconnaissait après coup le manager toulousain Pierre-Henri Delmas. Côté "
    "castrais, l’entraîneur Arnaud Sabatier fulminait contre l’arbitrage : « Le hors-jeu, "
    "personne ne l’a vu à part lui. »",
    "Grâce à ce succès, le Stade toulousain reprend la tête du Top 14 avec deux points "
    "d’avance sur l’Union Bordeaux-Bègles, qu’il recevra samedi prochain au Stadium.",
]


def build() -> None:
    """Write page 04 and its expected file."""
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "alternativeHeadline": "Rugby : Toulouse renverse Castres dans le temps additionnel",
        "url": URL,
        "datePublished": "2026-11-21T22:58:00Z",
        "dateModified": "2026-11-21T23:20:00Z",
        "articleSection": "Sport",
        "author": [
            {"@type": "Person", "name": "Romain Lesage", "url": f"{BASE}/auteur/romain-lesage"},
            {"@type": "Person", "name": "Hugo Bénazet", "url": f"{BASE}/auteur/hugo-benazet"},
        ],
        "publisher": {
            "@type": "Organization",
            "name": "Actu Toulouse",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/static/img/logo-actu.png"},
        },
        "isPartOf": {"@type": "WebSite", "name": "actu.fr"},
    }
    body = "\n".join(
        [
            paras(P1),
            '<div class="ac-readmore"><span class="ac-readmore__label">À lire aussi</span> '
            '<a href="/occitanie/toulouse_31555/stade-toulousain-six-internationaux-absents_61790012.html">'
            "Stade toulousain : six internationaux absents pour le derby</a></div>",
            f'<h2 class="ac-subtitle">{SUB1}</h2>',
            paras(P2),
            '<div class="ac-video"><div class="ac-video__player" data-provider="digiteka" '
            'data-id="x8r2k1"></div><p class="ac-video__legend">Le résumé vidéo de la rencontre '
            "(© Canal+)</p></div>",
            f'<h2 class="ac-subtitle">{SUB2}</h2>',
            paras(P3[:2]),
            f'<blockquote class="ac-quote"><p>{QUOTE}</p><cite>Pierre-Henri Delmas</cite></blockquote>',
            '<div id="ac-ad-inread" class="ac-ad"><span>Publicité</span></div>',
            paras(P3[2:]),
        ]
    )
    page = f"""<!DOCTYPE html>
{saved_from(URL)}
<html lang="fr"><head><meta charset="utf-8">
<title>{TITLE} | Actu Toulouse</title>
<link rel="canonical" href="{URL}">
<meta property="og:site_name" content="Actu Toulouse">
<meta property="og:title" content="Rugby : Toulouse renverse Castres dans le temps additionnel">
<meta property="og:url" content="{URL}"><meta property="og:type" content="article">
<meta property="article:section" content="Sport">
<meta property="article:tag" content="Stade toulousain"><meta property="article:tag" content="Top 14">
<meta property="article:published_time" content="2026-11-21T22:58:00Z">
{json_script(ld)}
{style(401, "ac", 440)}
</head><body class="ac-article">
<header class="ac-header"><a href="/occitanie/toulouse_31555" class="ac-logo">Actu Toulouse</a>
{menu(402, "ac-nav", BASE + "/occitanie/toulouse_31555", ["Actualité", "Sport", "Faits divers", "Politique", "Loisirs", "Immobilier"])}</header>
<main><nav class="ac-breadcrumb"><a href="/">Accueil</a> › <a href="/occitanie">Occitanie</a> › <a href="/occitanie/toulouse_31555">Toulouse</a> › <span>Sport</span></nav>
<article class="ac-story">
<h1 class="ac-story__title">{TITLE}</h1>
<p class="ac-story__chapo">{CHAPO}</p>
<div class="ac-story__meta"><span class="ac-author">Par <a href="/auteur/romain-lesage">Romain Lesage</a>, <a href="/auteur/hugo-benazet">Hugo Bénazet</a></span>
<span class="ac-date">Publié le <time datetime="2026-11-21T22:58:00Z">21 nov. 26 à 23h58</time></span>
<span class="ac-update">mis à jour le 22 nov. 26 à 0h20</span>
<a class="ac-google" href="https://news.google.com/publications/actu">Suivez-nous sur Google News</a></div>
<figure><img src="/static/photos/toulouse-castres.jpg" alt=""><figcaption>Théo Carbonne a offert la victoire aux siens. (©Jean-Marc Pascal / Actu Toulouse)</figcaption></figure>
<div class="ac-story__body">
{body}
</div>
<p class="ac-signature">Romain Lesage et Hugo Bénazet</p>
<div class="ac-newsletter"><p>Cet article vous a été utile ? Sachez que vous pouvez suivre Actu Toulouse dans l’espace Mon Actu. En un clic, après inscription, vous y retrouverez toute l’actualité de vos villes et marques favorites.</p></div>
<ul class="ac-tags"><li>Stade toulousain</li><li>Top 14</li><li>Castres</li></ul>
</article>
{related(403, 24, BASE, "ac-related", "Les plus lus")}
</main>
{footer(404, "Actu Toulouse, un site du réseau actu.fr", BASE, ["Régions", "Thématiques", "Services", "Groupe"])}
{tracking(405, "actu-toulouse")}
</body></html>
"""
    write(
        "04_actutoulouse_custom_sports",
        page,
        {
            "title": TITLE,
            "publication": "Actu Toulouse",
            "author": "Romain Lesage et Hugo Bénazet",
            "section": "Sport",
            "date": datetime.date(2026, 11, 21),
            "standfirst": flat(CHAPO),
            "source_url": URL,
            "subheads": [SUB1, SUB2],
            "pull_quotes": [QUOTE],
            "paragraphs": [flat(p) for p in P1 + P2 + P3],
            "notes": "Sports report on an actu.fr local site: the h1 keeps its 'Rugby.' prefix "
            "(og:title differs); publication is the local site 'Actu Toulouse' (publisher, og:site_name, "
            "<title>), not the network 'actu.fr' (isPartOf, footer); 'Par A, B' → 'A et B'; 21 nov. 23h58 "
            "Paris = 22:58Z (same day); pull quote repeats part of a paragraph; video legend, "
            "signature, 'Mon Actu' box are chrome; '12<sup>e</sup>' → '12e'.",
        },
    )
