"""Page 09: TelQuel (MA), WordPress: interview Q/A, no JSON-LD, no canonical (og:url)."""

from __future__ import annotations

import datetime

import bulk
import kit

URL = "https://telquel.ma/2026/11/25/nadia-el-fassi-le-dessalement-ne-suffira-pas_1832045"
TITLE = "Nadia El Fassi : “Le dessalement ne suffira pas à sauver Casablanca de la soif”"
STANDFIRST = (
    "Alors que la station de dessalement de Casablanca doit entrer en service au printemps, "
    "l’hydrologue Nadia El Fassi met en garde contre une solution miracle. Entretien."
)

TEXT = """
? La station de dessalement de Casablanca doit produire 300 millions de mètres cubes par an.
Le problème de l’eau est-il réglé pour la capitale économique ?

Non, et il faut le dire clairement. Cette station couvrira à terme environ la moitié des
besoins du Grand Casablanca. C’est un soulagement considérable après six années de sécheresse,
mais la demande continue d’augmenter de 3 % par an. Si l’on ne touche pas à la consommation,
on aura simplement déplacé le problème de quelques années.

? Où faut-il agir en priorité ?

Sur les pertes, d’abord. Près d’un quart de l’eau potable distribuée dans la région se perd
dans les réseaux avant d’arriver au robinet. Réduire ces fuites coûte beaucoup moins cher que
de produire de l’eau dessalée, dont le prix de revient dépasse dix dirhams le mètre cube.

» “On aura simplement déplacé le problème de quelques années”

? Le dessalement a aussi un coût écologique…

Oui. Une usine de cette taille consomme énormément d’électricité et rejette une saumure très
concentrée en mer. Les études d’impact existent, mais leur suivi doit être public. Les
pêcheurs de la côte de Lahraouiyine posent déjà des questions légitimes, et ils n’obtiennent
pas de réponse.

? Que proposez-vous pour l’agriculture ?

L’agriculture consomme plus de 80 % de l’eau mobilisée au Maroc. On a encouragé pendant des
années des cultures très gourmandes, comme l’avocat ou la pastèque, dans des régions où la
nappe baisse de plusieurs mètres par an. Il faut une tarification qui reflète la rareté, avec
un accompagnement des petits exploitants.

? Les citoyens ont-ils un rôle à jouer ?

Évidemment. Les restrictions de l’été dernier, sur le lavage des voitures ou l’arrosage des
jardins, ont fait baisser la consommation de 8 % à Casablanca en trois mois. Cela prouve que
les comportements peuvent changer vite quand l’information est claire.

? Êtes-vous optimiste ?

Je suis lucide. Le pays a montré qu’il savait construire vite de grandes infrastructures.
Le vrai chantier, maintenant, c’est de changer nos habitudes. Et cela ne s’inaugure pas avec
un ruban.
"""


def page() -> None:
    """Write page 09 and its expected file."""
    art = kit.render(
        TEXT,
        {"pull": '<blockquote class="wp-block-quote is-style-large"><p>{}</p></blockquote>'},
    )
    html = f"""<!DOCTYPE html>
<html lang="fr-FR"><head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} – TelQuel</title>
<meta name="description" content="L’hydrologue
Nadia El Fassi met en garde contre une solution miracle.">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE} – TelQuel">
<meta property="og:url" content="{URL}">
<meta property="og:site_name" content="TelQuel">
<meta property="article:section" content="Société">
<meta property="article:published_time" content="2026-11-25T10:30:00+01:00">
<meta name="generator" content="WordPress 6.6.2">
<style id="global-styles-inline-css">{bulk.css(901, "tq", 300)}</style>
{bulk.tracker_scripts(91, 30)}
</head>
<body class="post-template-default single single-post postid-1832045 single-format-standard">
<div class="gdpr-notice"><p>Ce site utilise des cookies pour vous offrir une meilleure
expérience.</p><button>Accepter</button></div>
<header class="site-header"><a class="logo" href="https://telquel.ma/">TelQuel</a>
<nav>{
        bulk.menu(
            92,
            "menu-principal",
            "https://telquel.ma/categorie",
            ["Politique", "Économie", "Société", "Culture", "Sport", "Monde", "Tel Quel English"],
        )
    }</nav>
</header>
<main id="primary"><article class="post-1832045 post type-post category-societe tag-eau">
<div class="article-header">
<span class="article-category"><a href="https://telquel.ma/categorie/societe">Société</a></span>
<h1 class="entry-title">{TITLE}</h1>
<div class="chapeau">{STANDFIRST}</div>
<div class="article-meta"><span class="author">Propos recueillis par <a
href="https://telquel.ma/auteur/ybenjelloun">Yasmine Benjelloun</a></span>
<span class="date">Le 25 novembre 2026 à 10h30</span></div>
{bulk.share_bar("share-buttons", URL)}
</div>
<figure class="wp-block-image size-full">
<img src="https://telquel.ma/wp-content/uploads/2026/11/elfassi.jpg" alt="">
<figcaption class="wp-element-caption">Nadia El Fassi, hydrologue. Crédit: Rachid Tniouni / TelQuel
</figcaption></figure>
<div class="entry-content">
{art.html}
</div>
<div class="newsletter-box"><h3>Inscrivez-vous à notre newsletter</h3><input type="email"
placeholder="Adresse e-mail"><button>Valider</button></div>
<div class="related-posts"><h3>À lire aussi</h3>{
        bulk.teaser_list(bulk.teasers(93, 60, "https://telquel.ma/2026/11"), "related-list")
    }</div>
</article></main>
<footer class="site-footer"><p>TelQuel © 2026. Tous droits réservés.</p>
{
        bulk.menu(
            94,
            "footer-menu",
            "https://telquel.ma",
            ["Qui sommes-nous", "Contact", "Abonnement", "Publicité"],
            3,
        )
    }</footer>
</body></html>
"""
    bulk.write(
        "09_telquel_wordpress_interview",
        html,
        {
            "title": TITLE,
            "publication": "TelQuel",
            "author": "Yasmine Benjelloun",
            "section": "Société",
            "date": datetime.date(2026, 11, 25),
            "standfirst": kit.flat(STANDFIRST),
            "source_url": URL,
            "pull_quotes": art.pull_quotes,
            "paragraphs": art.paragraphs,
            "notes": (
                "WordPress interview without JSON-LD or canonical (source_url from og:url): "
                "five questions in <p><strong> are paragraphs; 'Propos recueillis par' byline; "
                "headline with English curly quotes “ ”; large-style wp-block-quote as pull "
                "quote; div.chapeau standfirst; article:section 'Société'; title and og:title "
                "with ' – TelQuel'; newsletter box with an e-mail field; related posts."
            ),
        },
    )
