"""Page 02: La Presse (CA), home-made React: "Publié à 5 h 00", two authors, UTC JSON-LD."""

from __future__ import annotations

import datetime

import bulk
import kit

URL = "https://www.lapresse.ca/actualites/sante/2026-11-30/urgences/dix-huit-heures-d-attente-a-valleyfield.php"
TITLE = "Dix-huit heures d’attente à Valleyfield"
STANDFIRST = (
    "Faute de médecins de garde la nuit, l’urgence de l’Hôpital du Suroît a fonctionné en mode "
    "dégradé 41 nuits depuis septembre. Des patients racontent."
)

TEXT = """
Il était 23&nbsp;h&nbsp;10 quand Ginette Lapointe, 78&nbsp;ans, est arrivée à l’urgence de
l’Hôpital du Suroît avec une douleur à la poitrine. Elle en est ressortie le lendemain à
17&nbsp;h, après avoir passé la nuit sur une civière dans un corridor, sous une lumière qui ne
s’éteignait jamais. «&nbsp;Les infirmières couraient. Personne ne savait quand le médecin
viendrait&nbsp;», raconte sa fille, Josée.

Son cas n’a rien d’exceptionnel. Selon des données obtenues par <em>La Presse</em> en vertu de
la Loi sur l’accès à l’information, l’urgence de Salaberry-de-Valleyfield a fonctionné sans
médecin sur place durant au moins une partie de la nuit à 41&nbsp;reprises entre le
1<sup>er</sup>&nbsp;septembre et le 25&nbsp;novembre. La durée moyenne de séjour sur civière y a
atteint 18,4&nbsp;heures en octobre, contre 14,9&nbsp;heures pour l’ensemble du Québec.

@related

## Un médecin pour deux hôpitaux

Le Centre intégré de santé et de services sociaux (CISSS) de la Montérégie-Ouest reconnaît
«&nbsp;une situation fragile&nbsp;». Depuis la fin de l’été, un seul urgentologue assure
parfois la garde de nuit pour Valleyfield et Châteauguay, à 35&nbsp;kilomètres de distance. Le
reste du temps, une infirmière praticienne spécialisée évalue les cas et communique par
téléphone avec le médecin.

«&nbsp;Aucun patient n’a été mis en danger&nbsp;», affirme la porte-parole du CISSS, Annie
Deslauriers, qui précise que les cas les plus graves sont transférés vers Montréal. Mais trois
infirmières interrogées sous le couvert de l’anonymat, par crainte de représailles, décrivent
des nuits où une dizaine de patients attendaient une évaluation médicale pendant plus de six
heures.

@ad

## Des solutions à l’étude

À Québec, le cabinet du ministre de la Santé dit suivre la situation «&nbsp;de très près&nbsp;».
Une entente ponctuelle doit permettre, dès janvier, à des médecins de famille de la région de
faire des quarts de nuit rémunérés selon le tarif majoré. La Fédération des médecins
omnipraticiens estime que cette mesure pourrait couvrir une nuit sur trois.

Le maire de Salaberry-de-Valleyfield, Miguel Lemieux-Gagné, juge ces réponses insuffisantes.
Il réclame l’ouverture d’un deuxième poste d’urgentologue permanent et rappelle que la
population du Suroît a augmenté de 12&nbsp;% en dix ans. «&nbsp;On construit des quartiers
entiers, mais l’hôpital est resté le même&nbsp;», dit-il.

Josée Lapointe, elle, a porté plainte auprès du commissaire aux plaintes du CISSS. Sa mère va
mieux. «&nbsp;Elle nous a dit qu’elle n’y retournerait plus la nuit. C’est ça, le pire&nbsp;:
les gens vont attendre chez eux.&nbsp;»
"""

CHROME = {
    "related": (
        '<div class="relatedModule"><p class="relatedModule__label">À lire aussi</p>'
        '<a href="https://www.lapresse.ca/actualites/sante/2026-10-02/penurie/les-urgences-'
        'de-la-monteregie-sous-pression.php">Les urgences de la Montérégie sous pression</a>'
        "</div>"
    ),
    "ad": '<div class="adsModule adsModule--type-bigbox" data-position="bigbox1"></div>',
}


def page() -> None:
    """Write page 02 and its expected file."""
    art = kit.render(
        TEXT,
        {
            "p": '<p class="textModule textModule--type-paragraph">{}</p>',
            "h2": '<h2 class="titleModule titleModule--type-intertitle">{}</h2>',
        },
        CHROME,
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": kit.flat(TITLE),
        "datePublished": "2026-11-30T10:00:00.000Z",
        "dateModified": "2026-11-30T12:12:00.000Z",
        "author": [
            {"@type": "Person", "name": "Marie-Ève Tremblay-Roy"},
            {"@type": "Person", "name": "Jean-Philippe Ouellet"},
        ],
        "publisher": {"@type": "Organization", "name": "La Presse"},
        "articleSection": "Santé",
    }
    state = {
        "props": {
            "pageProps": {
                "story": {"id": 7731942, "url": URL},
                "feeds": bulk.teasers(2, 90, "https://www.lapresse.ca/actualites"),
            }
        }
    }
    html = f"""<!DOCTYPE html>
<html lang="fr-CA"><head><meta charset="UTF-8">
<title>Urgences | {TITLE} | La Presse</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Des patients ont attendu près de 18 heures à l’urgence.">
<meta property="og:title" content="{TITLE} | La Presse">
<meta property="og:url" content="{URL}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="La Presse">
<meta property="og:locale" content="fr_CA">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{URL}">
<link rel="alternate" type="application/rss+xml" href="https://www.lapresse.ca/actualites/rss">
<style>{bulk.css(201, "lp", 300)}</style>
{bulk.json_script(ld)}
<script id="__LP_STATE__" type="application/json">{bulk.json_script(state)[36:-9]}</script>
{bulk.tracker_scripts(21, 25)}
</head>
<body><div id="root">
<header class="headerModule"><a class="headerModule__logo" href="https://www.lapresse.ca/"
aria-label="La Presse">{bulk.svg("user")}</a>
<nav>{
        bulk.menu(
            22,
            "navModule",
            "https://www.lapresse.ca",
            ["Actualités", "International", "Dialogue", "Contexte", "Affaires", "Sports", "Arts"],
        )
    }</nav>
</header>
<main><article class="articleDetail">
<div class="articleDetail__header">
<p class="label label--type-section"><a href="https://www.lapresse.ca/actualites/sante/">Santé</a>
</p>
<p class="titleModule__label">Urgences</p>
<h1 class="titleModule titleModule--type-headline">{TITLE}</h1>
<p class="textModule textModule--type-lead">{STANDFIRST}</p>
<div class="authorModule"><span class="authorModule__name">Marie-Ève Tremblay-Roy</span>
<span class="authorModule__org">La Presse</span></div>
<div class="authorModule"><span class="authorModule__name">Jean-Philippe Ouellet</span>
<span class="authorModule__org">La Presse</span></div>
<div class="publicationsDate">
<span class="publicationsDate--day">30 novembre 2026</span>
<span class="publicationsDate--type-publication">Publié à 5 h 00</span>
<span class="publicationsDate--type-update">Mis à jour à 7 h 12</span></div>
{bulk.share_bar("shareModule", URL)}
</div>
<figure class="photoModule"><img src="https://mobile-img.lpcdn.ca/suroit.jpg" alt="">
<figcaption><span class="photoModule__caption">L’Hôpital du Suroît, à Salaberry-de-Valleyfield
</span><span class="photoModule__credit">Photo Martin Chamberland, La Presse</span></figcaption>
</figure>
<div class="articleBody">
{art.html}
</div>
<div class="dialogueModule"><p>Vous avez vécu une attente semblable&nbsp;? Écrivez-nous.</p></div>
</article>
<aside class="storiesModule"><h2>En continu</h2>
{bulk.teaser_list(bulk.teasers(23, 40, "https://www.lapresse.ca"), "storiesModule__list")}
</aside></main>
<footer class="footerModule"><p>© La Presse (2018) Inc. Tous droits réservés.</p>
{
        bulk.menu(
            24,
            "footerModule__nav",
            "https://www.lapresse.ca",
            ["À propos", "Nous joindre", "Politique de confidentialité", "Conditions"],
            3,
        )
    }</footer>
</div></body></html>
"""
    bulk.write(
        "02_lapresse_react_publie_a",
        html,
        {
            "title": kit.flat(TITLE),
            "publication": "La Presse",
            "author": "Marie-Ève Tremblay-Roy et Jean-Philippe Ouellet",
            "section": "Santé",
            "date": datetime.date(2026, 11, 30),
            "standfirst": kit.flat(STANDFIRST),
            "source_url": URL,
            "subheads": art.subheads,
            "paragraphs": art.paragraphs,
            "notes": (
                "Home-made React page: the day '30 novembre 2026' apart from 'Publié à 5 h 00' "
                "and 'Mis à jour à 7 h 12'; JSON-LD datePublished in UTC (10:00Z, same day); "
                "two author cards each with the organisation 'La Presse' -> 'A et B'; overline "
                "label 'Urgences' is not the section (articleSection 'Santé'); <title> with two "
                "'|'; standfirst p.textModule--type-lead; 1<sup>er</sup>; app state JSON."
            ),
        },
    )
