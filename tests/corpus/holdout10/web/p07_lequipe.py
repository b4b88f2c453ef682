"""Page 07: L'Équipe (FR), Nuxt: match report, scoreboard widget, lineup table in the body."""

from __future__ import annotations

import datetime

import bulk
import kit

URL = "https://www.lequipe.fr/Football/Actualites/lyon-renverse-lens-au-bout-du-temps-additionnel/1598213"
TITLE = "Lyon renverse Lens au bout du temps additionnel"
STANDFIRST = (
    "Menés à la pause, les Lyonnais se sont imposés 2-1 grâce à un doublé de Malick Fofana-Diarra, "
    "auteur du but décisif à la 94e minute."
)

TEXT = """
Il restait quarante secondes à jouer quand le Groupama Stadium a explosé. Sur un centre
rentrant de Théo Vasseur, Malick Fofana-Diarra a devancé Kevin Danso au premier poteau pour
placer une tête décroisée hors de portée de Brice Samba. Un doublé, une victoire 2-1 arrachée
au bout du temps additionnel, et une quatrième place retrouvée pour l’OL après un mois de
novembre cauchemardesque.

Pendant quarante-cinq minutes, pourtant, Lens avait fait mieux que résister. Bien regroupés
dans un 3-4-3 très compact, les Sang et Or avaient ouvert le score sur leur première occasion,
une frappe enroulée d’Adrien Thomasson à la 23<sup>e</sup> minute, déviée par un défenseur.
Lyon, maladroit dans les trente derniers mètres, n’avait cadré qu’une tentative avant la
pause.

## Le tournant de l’heure de jeu

Pierre Sage a changé le match à la 58<sup>e</sup> en lançant Vasseur et en passant à deux
attaquants. Six minutes plus tard, Fofana-Diarra égalisait d’une reprise du gauche après un
ballon relâché par Samba. «&nbsp;On a senti qu’ils fatiguaient, on a mis plus de monde devant
et on a eu raison d’y croire jusqu’au bout&nbsp;», a résumé l’entraîneur lyonnais au micro de
Canal+.

Côté lensois, la frustration dominait. «&nbsp;On prend un but sur le dernier centre, c’est
cruel, mais on a reculé trop tôt&nbsp;», a reconnu Thomasson. Les Nordistes, qui n’avaient plus
perdu depuis cinq journées, glissent à la sixième place, à deux points de leur adversaire du
soir.

@ad

Lyon se déplace samedi prochain à Nantes, avant de recevoir Galatasaray en Ligue Europa. Lens
accueillera Rennes dimanche 6&nbsp;décembre à Bollaert.

### La fiche technique

| Stade | Groupama Stadium, 54.812 spectateurs
| Arbitre | M. Letexier
| Buts | Lyon : Fofana-Diarra (64e, 90e+4) ; Lens : Thomasson (23e)
| Lyon | Perri – Maitland-Niles, Niakhaté, Mata, Tagliafico –
Tolisso, Matic (Vasseur, 58e) – Nuamah, Cherki, Fofana-Diarra – Mikautadze
| Lens | Samba – Gradit, Danso, Medina – Frankowski,
Diouf, Thomasson, Machado – Sotoca, Labeau, Saïd
"""


def page() -> None:
    """Write page 07 and its expected file."""
    art = kit.render(
        TEXT,
        {
            "p": '<p data-v-5c1e2a7b class="Paragraph__content">{}</p>',
            "h2": '<h2 data-v-5c1e2a7b class="Article__intertitle">{}</h2>',
            "h3": '<h3 data-v-5c1e2a7b class="Article__intertitle">{}</h3>',
            "table": '<table data-v-5c1e2a7b class="TableSheet"><tbody>{}</tbody></table>',
            "cell": '<td class="TableSheet__cell">{}</td>',
        },
        {"ad": '<div class="Pub Pub--inread" id="pub-inread"><span>Publicité</span></div>'},
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "articleSection": "Football",
        "datePublished": "2026-11-29T23:12:00+01:00",
        "author": {"@type": "Person", "name": "Romain Chabert"},
        "publisher": {"@type": "Organization", "name": "L'Équipe"},
    }
    nuxt = (
        'window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{article:{id:1598213,'
        f'title:"{TITLE}",sport:a,teasers:{bulk.json_script(bulk.teasers(7, 120, "https://www.lequipe.fr"))[36:-9]}'
        '}}],state:{user:b,consent:c}}}("Football",null,false));'
    )
    score = (
        '<div data-v-3ab1 class="ScoreBoard"><div class="ScoreBoard__team">Lyon</div>'
        '<div class="ScoreBoard__score">2 - 1</div><div class="ScoreBoard__team">Lens</div>'
        '<div class="ScoreBoard__status">Terminé · Ligue 1, 14e journée</div></div>'
    )
    html = f"""<!doctype html>
<html data-n-head-ssr lang="fr" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22fr%22%7D%7D">
<head><meta data-n-head="ssr" charset="utf-8">
<title>{TITLE} - L'Équipe</title>
<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="description" name="description" content="{kit.flat(STANDFIRST)}">
<meta data-n-head="ssr" property="og:title" content="{TITLE} - L'Équipe">
<meta data-n-head="ssr" property="og:site_name" content="L'Équipe">
<meta data-n-head="ssr" property="og:url" content="{URL}">
<meta data-n-head="ssr" property="og:type" content="article">
<link data-n-head="ssr" rel="canonical" href="{URL}">
<style data-vue-ssr-id="a1b2">{bulk.css(701, "Eq", 300)}</style>
{bulk.json_script(ld, 'data-n-head="ssr" type="application/ld+json"')}
{bulk.tracker_scripts(71, 20)}
</head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout">
<div class="Didomi"><p>L’Équipe et ses partenaires utilisent des cookies.</p>
<button>Accepter</button><button>Refuser</button></div>
<header class="Header"><a class="Header__logo" href="https://www.lequipe.fr/">L'Équipe</a>
<nav>{
        bulk.menu(
            72,
            "Nav",
            "https://www.lequipe.fr",
            ["Football", "Rugby", "Tennis", "Cyclisme", "Basket", "Voile", "Tous sports"],
        )
    }</nav></header>
<main class="Article">
{score}
<div class="Article__header">
<p class="Article__kicker"><a href="https://www.lequipe.fr/Football/ligue-1/">Ligue 1</a></p>
<h1 class="Article__title">{TITLE}</h1>
<h2 class="Article__chapo">{STANDFIRST}</h2>
<div class="Author"><a class="Author__name" href="https://www.lequipe.fr/Journaliste/Romain-Chabert">Romain
Chabert</a></div>
<p class="Article__date">Publié le 29 novembre 2026 à 23h12</p>
{bulk.share_bar("SocialShare", URL)}
</div>
<figure class="Article__media"><img src="https://medias.lequipe.fr/fofana.jpg" alt="">
<figcaption>Malick Fofana-Diarra, auteur d’un doublé face à Lens. (R. Martin/L’Équipe)
</figcaption></figure>
<div class="Article__paragraphs">
{art.html}
</div>
<section class="Comments"><h3>Réactions</h3><p class="Comments__item">Quel final, enfin un OL
qui ne lâche rien&nbsp;!</p><p class="Comments__item">Lens méritait le nul, clairement.</p>
</section>
<aside>{bulk.teaser_list(bulk.teasers(73, 40, "https://www.lequipe.fr"), "Rail")}</aside>
</main>
<footer class="Footer"><p>© L’Équipe 2026</p>{
        bulk.menu(
            74,
            "Footer__nav",
            "https://www.lequipe.fr",
            ["Mentions légales", "Contact", "Publicité", "Cookies"],
            3,
        )
    }</footer>
</div></div>
<script>{nuxt}</script>
</body></html>
"""
    bulk.write(
        "07_lequipe_nuxt_match_report",
        html,
        {
            "title": TITLE,
            "publication": "L'Équipe",
            "author": "Romain Chabert",
            "section": "Football",
            "date": datetime.date(2026, 11, 29),
            "standfirst": kit.flat(STANDFIRST),
            "source_url": URL,
            "subheads": art.subheads,
            "paragraphs": art.paragraphs,
            "notes": (
                "Nuxt 2 match report: scoreboard widget above the headline (chrome); standfirst "
                "an h2.Article__chapo; kicker 'Ligue 1' loses to articleSection 'Football'; "
                "'La fiche technique' h3 then a table whose five rows are one paragraph each "
                "(cells joined by a space, judgement call as in holdout4/07); 23<sup>e</sup>; "
                "reader reactions and window.__NUXT__ after the body."
            ),
        },
    )
