"""Page 08: Lefaso.net (BF), SPIP: charset declared ISO-8859-1 over UTF-8, <p> and <br> mixed."""

from __future__ import annotations

import datetime

import bulk
import kit

URL = "https://lefaso.net/spip.php?article138472"
TITLE = "Ouagadougou : les maraîchers du barrage de Boulmiougou face à la baisse des eaux"

TEXT = """
Au bord du barrage n°3 de Boulmiougou, les planches de laitue et de chou s’étendent à perte de
vue. Mais cette année, les arrosoirs remontent de plus en plus souvent à moitié vides. Depuis
la fin de la saison des pluies, le niveau de l’eau a baissé de près d’un mètre, selon les
producteurs, qui redoutent une campagne maraîchère écourtée.

+ « Avant, on puisait l’eau à dix pas des planches. Aujourd’hui, il faut marcher jusqu’au
milieu de la cuvette », explique Salif Compaoré, 52 ans, qui cultive ici depuis 1994. Comme lui,
environ 600 maraîchers exploitent les abords du barrage, regroupés au sein de quatre
coopératives.
+ Pour pallier le manque d’eau, certains ont loué des motopompes, à raison de 2 500 F CFA par
jour, carburant non compris. Une charge que beaucoup ne peuvent supporter sur toute la saison.

### Des prix qui grimpent au marché

La conséquence se lit déjà sur les étals. Au marché de Sankar-yaaré, le tas de tomates est
passé de 500 à 750 F CFA en trois semaines. « Les clients se plaignent, mais nous aussi on
achète plus cher », confie Mariam Ouédraogo, revendeuse depuis vingt ans.

+ La direction régionale de l’Agriculture du Centre dit avoir recensé le problème. Un
programme de fonçage de puits maraîchers, financé à hauteur de 180 millions de F CFA, doit
démarrer en janvier 2027 sur les sites de Boulmiougou et de Tanghin.
+ En attendant, les coopératives demandent l’interdiction des prélèvements d’eau par les
camions-citernes des chantiers de construction, qu’elles accusent d’accélérer la baisse du
niveau.

Le président de la coopérative Wend-Panga, Issa Sawadogo, appelle à une concertation avec la
mairie de l’arrondissement n°3. « Le barrage fait vivre des milliers de familles. Si on ne
règle pas le partage de l’eau maintenant, l’année prochaine sera pire », prévient-il.
"""


def page() -> None:
    """Write page 08 (UTF-8 bytes under an ISO-8859-1 declaration) and its expected file."""
    art = kit.render(TEXT, {"h3": '<h3 class="spip">{}</h3>'})
    comments = "".join(
        f'<li class="forum-fil"><div class="forum-chapo"><strong>{who}</strong> '
        f'<small>{when}</small></div><div class="forum-texte"><p>{text}</p></div></li>'
        for who, when, text in [
            ("Kouka", "27 novembre 2026, 08:12", "Il faut draguer ce barrage depuis longtemps."),
            ("Wendkouni", "27 novembre 2026, 10:45", "Les citernes des chantiers, c’est vrai !"),
            ("Bila", "27 novembre 2026, 13:02", "Merci pour cet article qui parle de nous."),
        ]
    )
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>{TITLE} - leFaso.net</title>
<meta name="description" content="Au bord du barrage de Boulmiougou, le niveau de l’eau baisse." />
<meta name="generator" content="SPIP 3.2.19 [24473]" />
<meta property="og:title" content="{TITLE} - leFaso.net" />
<meta property="og:type" content="article" />
<meta property="og:url" content="https://lefaso.net/spip.php?article138472&amp;rubrique4" />
<link rel="canonical" href="{URL}" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site"
href="spip.php?page=backend" />
<style type="text/css">{bulk.css(801, "spip", 260)}</style>
{bulk.tracker_scripts(81, 28)}
</head>
<body class="page_article">
<div id="page">
<div id="entete"><a href="https://lefaso.net/" title="Accueil">leFaso.net, l’actualité au
Burkina Faso</a><span class="date-jour">Dimanche 30 novembre 2026</span></div>
<div id="navigation">{
        bulk.menu(
            82,
            "menu-rubriques",
            "https://lefaso.net",
            ["Politique", "Économie", "Société", "Culture", "Sport", "Opinions", "Diaspora"],
        )
    }</div>
<div id="contenu">
<div class="ariane"><a href="https://lefaso.net/">Accueil</a> &gt;
<a href="spip.php?rubrique2">Actualités</a> &gt; <a href="spip.php?rubrique4">Société</a> &gt;
<strong class="on">Ouagadougou : les maraîchers du barrage…</strong></div>
<div class="cartouche">
<h1 class="titre">{TITLE}</h1>
<p class="info-publi">Publié le jeudi 26 novembre 2026 à 22h40min</p>
</div>
<div class="spip_documents spip_documents_center"><img src="IMG/jpg/boulmiougou.jpg" alt="" />
<div class="spip_doc_legende"><div class="spip_doc_credits">Ph. : Lefaso.net</div></div></div>
<div class="texte">
{art.html}
<p>Aïcha KABORÉ<br />
Lefaso.net</p>
</div>
<div class="don-lefaso"><h3>Soutenez Lefaso.net</h3><p>Un journal libre a besoin de ses
lecteurs. Faites un don par Orange Money ou carte bancaire.</p></div>
<div class="partage">{bulk.share_bar("partage-liens", URL)}</div>
<div class="forum"><h2>Vos commentaires</h2><ul>{comments}</ul></div>
<div class="articles-rubrique">{
        bulk.teaser_list(bulk.teasers(83, 70, "https://lefaso.net"), "liste-articles")
    }</div>
</div>
<div id="pied"><p>© Lefaso.net 2003-2026 – Ouagadougou, Burkina Faso</p>
{
        bulk.menu(
            84, "pied-liens", "https://lefaso.net", ["Qui sommes-nous", "Publicité", "Contact"], 3
        )
    }</div>
</div></body></html>
"""
    bulk.write(
        "08_lefaso_spip_mislabelled_charset",
        html,
        {
            "title": TITLE,
            "publication": "Lefaso.net",
            "author": "Aïcha Kaboré",
            "section": "Société",
            "date": datetime.date(2026, 11, 26),
            "source_url": URL,
            "subheads": art.subheads,
            "paragraphs": art.paragraphs,
            "encoding_warning": True,
            "notes": (
                "SPIP 3 page that declares ISO-8859-1 (http-equiv) over UTF-8 bytes: the "
                "declaration is overruled (encoding_warning); no JSON-LD; div.texte mixes "
                "plain <p> and <p> split by <br /><br /> (each segment a paragraph); "
                "h3.spip subhead; signature 'Aïcha KABORÉ<br />Lefaso.net' after the text "
                "(author in natural casing, no paragraph); breadcrumb 'Société' before the "
                "title; header date of the day is not the date; 'Publié le jeudi 26 novembre "
                "2026 à 22h40min'; donation box, reader comments; no standfirst."
            ),
        },
    )
