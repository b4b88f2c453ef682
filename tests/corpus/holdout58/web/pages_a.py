# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout58/web (Haiti, Algeria, Tunisia, Niger)."""

import datetime

from kit import (
    FILLER,
    css_blob,
    flat,
    json_script,
    menu,
    paras,
    saved_from,
    teasers,
    texturize,
    write,
)


def page01() -> None:
    """AlterPresse: SPIP 4, dispatch dateline, h3.spip subheads, list, editor initials,
    abbr.published in UTC on the next day."""
    base = "https://www.alterpresse.org"
    url = f"{base}/spip.php?article31872"
    title = "Haïti-Eau&nbsp;: À Jacmel, des quartiers sans eau courante depuis trois semaines"
    p = [
        "Jacmel, 2 déc. 2026 [AlterPresse] --- Plusieurs quartiers de Jacmel, chef-lieu du "
        "département du Sud-Est, sont privés d’eau courante depuis le 10 novembre, a constaté "
        "AlterPresse lors d’une tournée dans la ville les 29 et 30 novembre 2026.",
        "À Bas-Guinée, à Lamandou et à Bois-Boudin, les fontaines publiques réhabilitées en "
        "2019 restent à sec. Les familles achètent désormais l’eau au seau, à 25 gourdes les "
        "20 litres, auprès de camions-citernes privés qui passent surtout tôt le matin.",
        "«&nbsp;Nous payons l’eau plus cher que le riz&nbsp;», résume Marie-Ange Delva, 46 ans, "
        "mère de cinq enfants, rencontrée devant une fontaine cadenassée de la rue Sainte-Anne.",
        "Selon la Direction nationale de l’eau potable et de l’assainissement (Dinepa), la "
        "station de pompage de la Gosseline est à l’arrêt depuis la panne du transformateur qui "
        "l’alimente. Une pièce de rechange a été commandée, mais elle n’était toujours pas "
        "arrivée le 1<sup>er</sup> décembre.",
        "Le responsable régional de l’institution, joint par téléphone, évoque un "
        "rétablissement «&nbsp;progressif&nbsp;» d’ici la mi-décembre, sans avancer de date "
        "précise.",
        "Réunis le 28 novembre dans une salle paroissiale du centre-ville, une dizaine de comités "
        "de quartier ont adressé à la mairie une liste de revendications&nbsp;:",
        "la distribution gratuite d’eau par camion dans les quartiers les plus touchés&nbsp;;",
        "la publication d’un calendrier de réparation de la station de la Gosseline&nbsp;;",
        "un contrôle des prix pratiqués par les vendeurs privés&nbsp;;",
        "la réouverture des kiosques communautaires fermés depuis 2023.",
        "Le maire adjoint chargé des services, Wilner Joachim, assure que deux camions "
        "municipaux commenceront leurs tournées «&nbsp;dès cette semaine&nbsp;». Les comités "
        "disent attendre de voir.",
        "Les centres de santé de la ville n’ont pas signalé de hausse des cas de maladies "
        "diarrhéiques. Mais une infirmière du dispensaire de Bas-Guinée redoute une "
        "dégradation si la situation se prolonge au-delà des fêtes de fin d’année.",
    ]
    subheads = [
        "Une station de pompage à l’arrêt",
        "Les revendications des comités de quartier",
    ]
    initials = "[jd rc apr 02/12/2026 21:40]"
    body = "\n".join(
        [
            paras(*p[:3], attrs='class="spip"'),
            f'<h3 class="spip">{subheads[0]}</h3>',
            paras(*p[3:5], attrs='class="spip"'),
            f'<h3 class="spip">{subheads[1]}</h3>',
            paras(*p[5:6], attrs='class="spip"'),
            '<ul class="spip" role="list">' + "".join(f"<li>{x}</li>" for x in p[6:10]) + "</ul>",
            paras(*p[10:], attrs='class="spip"'),
            f'<p class="spip">{initials}</p>',
        ]
    )
    rubriques = [
        ("Société", 12),
        ("Politique", 3),
        ("Économie", 5),
        ("Droits humains", 8),
        ("Environnement", 21),
        ("Culture", 9),
        ("Diaspora", 14),
        ("Internationales", 17),
    ]
    nav = "".join(
        f'<li class="menu-entree item"><a href="spip.php?rubrique{n}" class="menu-items__lien">{r}</a></li>'
        for r, n in rubriques
    )
    same = "".join(
        f'<li><a href="spip.php?article{31860 - i}">{t["title"]}</a> <small>({t["date"]})</small></li>'
        for i, t in enumerate(teasers(5801, 12, base, FILLER))
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
{saved_from(url)}
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr" dir="ltr">
<head>
<title>{flat(title)} - AlterPresse</title>
<meta name="description" content="Jacmel, 2 d&#233;c. 2026 [AlterPresse] --- Plusieurs quartiers de Jacmel, chef-lieu du d&#233;partement du Sud-Est, sont priv&#233;s d&#8217;eau courante depuis le 10 novembre (&#8230;)" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="SPIP 4.2.14" />
<link rel="canonical" href="{url}" />
<link rel="alternate" type="application/rss+xml" title="Syndiquer tout le site" href="spip.php?page=backend" />
<link rel="stylesheet" href="squelettes/css/alterpresse.css?1731420112" type="text/css" />
<link rel="stylesheet" href="prive/spip_style.css?1729070400" type="text/css" media="all" />
<style type="text/css">{css_blob(5811, "ap", 140)}</style>
<script type="text/javascript">var mediabox_settings={{"auto_detect":true,"ns":"box","tt_img":true,"sel_g":"#documents_portfolio a[type='image\\/jpeg']","str_ssStart":"Diaporama","str_cur":"{{current}}\\/{{total}}"}};</script>
<script src="prive/javascript/jquery.js?1729070400" type="text/javascript"></script>
</head>
<body class="page_article">
<div class="page">
<div class="header" id="header">
<div class="accueil"><a rel="start home" href="{base}/" title="Accueil"><img class="spip_logo" src="IMG/siteon0.png" alt="AlterPresse" width="320" height="80" /></a></div>
<p class="slogan">Réseau alternatif haïtien d’information</p>
<div class="formulaire_spip formulaire_recherche"><form action="spip.php?page=recherche" method="get"><input type="hidden" name="page" value="recherche" /><label for="recherche">Rechercher&nbsp;:</label><input type="search" class="search text" size="10" name="recherche" id="recherche" /><input type="submit" class="submit" value="&gt;&gt;" title="Rechercher" /></form></div>
</div>
<div class="nav clearfix" id="nav"><ul class="menu-liste menu-items">{nav}</ul></div>
<div class="wrapper">
<div class="content" id="content">
<p class="arbo"><a href="{base}/">Accueil</a> &gt; <a href="spip.php?rubrique12">Société</a> &gt; <strong class="on">{title}</strong></p>
<div class="cartouche">
<h1 class="surlignable">{title}</h1>
<p class="info-publi"><abbr class="published" title="2026-12-03T02:40:00Z">mercredi 2 décembre 2026</abbr></p>
</div>
<div class="spip_document_52140 spip_document spip_documents spip_document_image spip_documents_center spip_document_center">
<figure class="spip_doc_inner"><img src="local/cache-vignettes/L600xH400/jacmel-fontaine-a1f3c.jpg" width="600" height="400" alt="" />
<figcaption class="spip_doc_legende"><div class="spip_doc_descriptif">Une fontaine publique à sec à Bas-Guinée, Jacmel, le 29 novembre 2026</div><div class="spip_doc_credits">Photo&nbsp;: AlterPresse</div></figcaption></figure>
</div>
<div class="texte surlignable clearfix">
{body}
</div>
<div class="formulaire_spip formulaire_partage"><a href="spip.php?page=imprimer&amp;id_article=31872" class="imprimer">Imprimer</a> <a href="https://www.facebook.com/sharer.php?u={url}" class="facebook">Partager sur Facebook</a> <a href="https://twitter.com/intent/tweet?url={url}" class="twitter">Partager sur X</a></div>
<div class="mots"><h2>Mots-clés</h2><ul><li><a href="spip.php?mot88" rel="tag">Eau potable</a></li><li><a href="spip.php?mot412" rel="tag">Sud-Est</a></li><li><a href="spip.php?mot1203" rel="tag">Dinepa</a></li></ul></div>
</div>
<div class="aside" id="aside">
<div class="menu"><h2>Dans la même rubrique</h2><ul>{same}</ul></div>
<div class="don"><h2>Soutenez AlterPresse</h2><p>AlterPresse est un média indépendant. Votre contribution nous aide à continuer d’informer.</p><a href="spip.php?page=don">Faire un don</a></div>
</div>
</div>
<div class="footer" id="footer"><p class="colophon">AlterPresse © 2001-2026 — Réseau alternatif haïtien d’information, Port-au-Prince, Haïti</p><p><a href="spip.php?page=plan">Plan du site</a> | <a href="spip.php?page=contact">Contact</a> | <a href="spip.php?page=backend" rel="alternate">RSS 2.0</a></p></div>
</div>
</body>
</html>
"""
    write(
        "01_alterpresse_spip_societe_list_initials_utc_next_day",
        page,
        {
            "title": flat(title),
            "publication": "AlterPresse",
            "author": None,
            "section": "Société",
            "date": datetime.date(2026, 12, 2),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p],
            "notes": "SPIP 4 page of a Haitian news site, written as its dispatches are: the "
            "first paragraph keeps its dateline 'Jacmel, 2 déc. 2026 [AlterPresse] ---' (the "
            "publication's own name, no agency, no person: author null) and the last line of "
            "the text is the editors' initials '[jd rc apr 02/12/2026 21:40]' (chrome). "
            "h3.spip subheads; an introducing paragraph and a ul.spip of four demands; SPIP "
            "typography (&nbsp; before ; : and inside « », 1<sup>er</sup>). No JSON-LD, no Open "
            "Graph: canonical, description and the saved-from comment only. abbr.published "
            "title 2026-12-03T02:40:00Z (UTC) shows 'mercredi 2 décembre 2026': 21 h 40 in "
            "Haiti, date 2 December. Section from the 'arbo' trail 'Accueil > Société > "
            "headline'. Caption with a 'Photo : AlterPresse' credit; 'Dans la même rubrique' and "
            "donation box in the aside.",
        },
    )


def page02() -> None:
    """Le Quotidien d'Oran: custom PHP, opinion column split by <br /><br /> only, the logo in
    the h1, no metadata at all: address from the saved-from comment."""
    base = "https://www.lequotidien-oran.com"
    url = f"{base}/index.php?news=5331874"
    title = "Médina Jdida, la valse des étiquettes"
    s = [
        "Il suffit de traverser Médina Jdida un samedi matin pour comprendre ce que les "
        "statistiques peinent à dire. Entre la place Tahtaha et la rue des Aurès, les "
        "commerçants ne changent plus leurs étiquettes : ils les réécrivent au feutre, "
        "par-dessus l'ancien prix, parfois deux fois dans la même semaine.",
        "La pomme de terre, qui se vendait à 70 dinars le kilo à la fin de l'été, s'affiche "
        "désormais entre 110 et 130 dinars. L'oignon a suivi le même chemin. Les détaillants "
        "accusent les mandataires du marché de gros d'El Kerma, qui accusent à leur tour les "
        "producteurs de stocker en attendant l'hiver.",
        "Chacun a sa part de vérité, et c'est bien là le problème. Dans cette chaîne où tout le "
        "monde se renvoie la faute, il manque un maillon : celui qui observe, compte et publie. "
        "Les mercuriales affichées à l'entrée des marchés couverts n'ont plus été mises à jour "
        "depuis le printemps.",
        "On nous répète que la régulation viendra des chambres froides publiques et des "
        "opérations de déstockage. Soit. Mais un déstockage annoncé le mardi et constaté le "
        "vendredi ne fait qu'ajouter une rumeur de plus au marché. Les prix montent à l'annonce "
        "et redescendent à peine après.",
        "Il y a aussi ce que l'on ne dit pas. Beaucoup de ménages oranais n'achètent plus au "
        "kilo mais à la pièce. Trois pommes de terre, deux oignons, une botte de coriandre "
        "partagée entre voisines. Ce n'est pas encore la misère, c'est une arithmétique "
        "nouvelle qui s'installe dans les cuisines.",
        "Le consommateur, lui, n'a ni chambre froide ni mandataire. Il a une association de "
        "protection qui tient une permanence deux après-midi par semaine, dans un local prêté "
        "par l'APC, et un numéro vert que personne ne semble connaître.",
        "Alors, que faire ? Publier chaque matin les prix de gros, comme le faisait la radio "
        "locale dans les années 1980, ne coûterait presque rien. Ce serait au moins une "
        "information partagée, et la rumeur a horreur de l'information.",
        "En attendant, à Médina Jdida, les feutres s'usent plus vite que les étiquettes.",
    ]
    rubriques = [
        "Actualité",
        "Oran",
        "Régions",
        "Analyse",
        "Contribution",
        "Economie",
        "Sports",
        "Culture",
        "Monde",
        "Chronique",
    ]
    nav = "".join(
        f'<td class="menu{" menu_actif" if r == "Analyse" else ""}"><a href="index.php?rubrique={i + 1}">{r}</a></td>'
        for i, r in enumerate(rubriques)
    )
    others = "".join(
        f'<tr><td class="puce">&raquo;</td><td class="autre"><a href="index.php?news={5331860 - i}">{t["title"]}</a></td></tr>'
        for i, t in enumerate(teasers(5802, 10, base, FILLER))
    )
    une = "".join(
        f'<li><a href="index.php?news={5331900 + i}">{t["title"]}</a></li>'
        for i, t in enumerate(teasers(5812, 14, base, FILLER))
    )
    text = "<br /><br />".join(s)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
{saved_from(url)}
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Le Quotidien d'Oran</title>
<meta name="keywords" content="quotidien, oran, algérie, journal, actualité, info, sport">
<link href="css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">{css_blob(5821, "qo", 90)}</style>
<script type="text/javascript" src="js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-1234567-1']);
  _gaq.push(['_trackPageview']);
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" id="conteneur">
<tr><td colspan="3" class="bandeau_date">Vendredi 04 décembre 2026</td></tr>
<tr><td colspan="3" class="entete"><h1 class="logo"><a href="index.php"><img src="images/logo_qo.gif" alt="Le Quotidien d'Oran" width="380" height="90" border="0"></a></h1><div class="pub_entete"><a href="pub.php?id=17"><img src="pubs/banniere_728.gif" width="728" height="90" border="0" alt=""></a></div></td></tr>
<tr><td colspan="3"><table class="menu_haut" cellpadding="0" cellspacing="0"><tr>{nav}</tr></table></td></tr>
<tr>
<td width="170" valign="top" class="colonne_gauche"><div class="bloc_gauche"><div class="titre_bloc">A la une</div><ul class="liste_une">{une}</ul></div><div class="bloc_gauche"><div class="titre_bloc">Archives</div><form action="index.php" method="get"><select name="date"><option>Choisir une date</option></select></form></div></td>
<td width="600" valign="top" class="colonne_centre">
<div id="article">
<div class="rubrique">ANALYSE</div>
<h2 class="titre_article">{title}</h2>
<div class="auteur">par Abdelkader Benhadji</div>
<div class="date_article">Publié le : 03/12/2026</div>
<div class="outils"><a href="javascript:window.print()"><img src="images/imprimer.gif" alt="Imprimer" border="0"> Imprimer</a> <a href="envoyer.php?news=5331874"><img src="images/envoyer.gif" alt="Envoyer" border="0"> Envoyer à un ami</a> <a href="#" onclick="taille(1)">A+</a> <a href="#" onclick="taille(-1)">A-</a></div>
<div class="texte_article" id="texte">{text}</div>
</div>
<div class="autres_articles"><div class="titre_bloc">Autres articles de la rubrique Analyse</div><table cellpadding="0" cellspacing="0">{others}</table></div>
</td>
<td width="230" valign="top" class="colonne_droite"><div class="pub_droite"><a href="pub.php?id=21"><img src="pubs/pave_300.gif" width="230" height="250" border="0" alt=""></a></div><div class="bloc_droite"><div class="titre_bloc">Le journal en PDF</div><a href="pdf.php"><img src="images/une_pdf.jpg" width="200" border="0" alt="Télécharger le journal"></a></div></td>
</tr>
<tr><td colspan="3" class="pied">© Le Quotidien d'Oran 2026 - Tous droits réservés | <a href="contact.php">Contact</a> | <a href="pub.php">Publicité</a> | 63, avenue de l'ANP, Oran</td></tr>
</table>
</body>
</html>
"""
    write(
        "02_quotidienoran_php_chronique_br_split_savedfrom",
        page,
        {
            "title": title,
            "publication": "Le Quotidien d'Oran",
            "author": "Abdelkader Benhadji",
            "section": "Analyse",
            "date": datetime.date(2026, 12, 3),
            "source_url": url,
            "paragraphs": [flat(x) for x in s],
            "notes": "Home-made PHP page in tables, as an old Algerian daily still serves it. "
            "No metadata at all: no canonical, no Open Graph, no JSON-LD, a <title> that is the "
            "site's name alone; the address is only in the saved-from comment. The h1 holds "
            "the logo; the headline is h2.titre_article. Opinion column whose text is one div "
            "split only by <br /><br /> (eight paragraphs, straight apostrophes). Kicker "
            "'ANALYSE' is the only section source → 'Analyse' (the same word is also a menu "
            "entry). 'par Abdelkader Benhadji'. 'Publié le : 03/12/2026' while the top band "
            "shows 'Vendredi 04 décembre 2026'. 'Autres articles de la rubrique' after the text.",
        },
    )


def page03() -> None:
    """L'Economiste Maghrébin: WordPress Jannah + Yoast, economy, bold lead paragraph, h3
    subheads, table, 'Lire aussi' line, Yoast UTC instant on the previous day."""
    base = "https://www.leconomistemaghrebin.com"
    url = f"{base}/2026/12/03/loi-de-finances-2027-ce-qui-change-pour-les-entreprises/"
    title = "Loi de finances 2027 : ce qui change pour les entreprises"
    p = [
        "<strong>Adoptée mercredi par l’Assemblée des représentants du peuple, la loi de "
        "finances 2027 modifie la fiscalité des sociétés sur plusieurs points. Tour d’horizon "
        "des principales mesures.</strong>",
        "Le texte a été voté en séance plénière par 98 voix pour, 31 contre et 12 abstentions, "
        "au terme de trois semaines de débats en commission puis en plénière. Il entrera en "
        "vigueur le 1er janvier 2027.",
        "Contrairement à ce que prévoyait le projet initial du gouvernement, le taux général de "
        "l’impôt sur les sociétés reste fixé à 15 %. Les députés ont en revanche relevé de 35 % "
        "à 40 % le taux applicable aux banques, aux compagnies d’assurances et aux opérateurs "
        "de télécommunications.",
        "Le tableau ci-dessous résume les principaux changements :",
    ]
    table = [
        ("Mesure", "LF 2026", "LF 2027"),
        ("Taux général de l’IS", "15&nbsp;%", "15&nbsp;%"),
        ("Banques, assurances, télécoms", "35&nbsp;%", "40&nbsp;%"),
        ("Contribution sociale de solidarité", "3&nbsp;%", "4&nbsp;%"),
        ("Minimum d’impôt (chiffre d’affaires)", "0,2&nbsp;%", "0,25&nbsp;%"),
        ("Exonération des jeunes entreprises", "3 ans", "4 ans"),
    ]
    q = [
        "La loi prolonge jusqu’au 30 juin 2027 l’amnistie sur les pénalités de retard, à "
        "condition que le principal de la dette fiscale soit réglé ou rééchelonné avant cette "
        "date. Selon le ministère des Finances, près de 41 000 entreprises seraient concernées.",
        "Autre nouveauté, les entreprises créées par des diplômés de moins de 35 ans "
        "bénéficieront d’une exonération totale de l’impôt sur les sociétés pendant leurs "
        "quatre premières années d’activité, contre trois jusqu’ici.",
        "Du côté des organisations patronales, l’accueil est contrasté. Certaines saluent « une "
        "stabilité bienvenue » du taux général ; d’autres, dans les secteurs visés par la "
        "hausse, estiment qu’elle « pèsera sur l’investissement » dès l’an prochain.",
        "Pour l’économiste Riadh Gharbi, « le signal envoyé aux secteurs les plus rentables est "
        "clair : l’État compte sur eux pour financer le déficit ». Reste à savoir, ajoute-t-il, "
        "si ces secteurs répercuteront la hausse sur leurs tarifs.",
    ]
    subheads = [
        "Impôt sur les sociétés : le taux général inchangé",
        "Une amnistie fiscale prolongée",
        "Les organisations patronales partagées",
    ]
    rows = "".join(
        "<tr>" + "".join(f"<{c}>{x}</{c}>" for x in r) + "</tr>"
        for r, c in [(r, "th" if i == 0 else "td") for i, r in enumerate(table)]
    )
    thead, tbody = rows.split("</tr>", 1)
    table_html = (
        f'<figure class="wp-block-table"><table class="has-fixed-layout"><thead>{thead}</tr>'
        f"</thead><tbody>{tbody}</tbody></table><figcaption "
        'class="wp-element-caption">Source : loi de finances 2027, tableau établi par la '
        "rédaction</figcaption></figure>"
    )
    lire = (
        '<p><strong>Lire aussi :</strong> <a href="'
        + base
        + '/2026/11/24/budget-2027-un-deficit-attendu-a-51-du-pib/">Budget 2027 : un déficit '
        "attendu à 5,1 % du PIB</a></p>"
    )
    ad = (
        '<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter">'
        '<span class="stream-title">Publicité</span><div id="div-gpt-ad-1700000000001-0" '
        'style="min-width:300px;min-height:250px"></div></div>'
    )
    body = texturize(
        "\n".join(
            [
                paras(*p[:2]),
                f'<h3 class="wp-block-heading">{subheads[0]}</h3>',
                paras(*p[2:4]),
                table_html,
                ad,
                f'<h3 class="wp-block-heading">{subheads[1]}</h3>',
                paras(*q[:1]),
                lire,
                paras(*q[1:2]),
                f'<h3 class="wp-block-heading">{subheads[2]}</h3>',
                paras(*q[2:]),
            ]
        )
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": url + "#article",
                "isPartOf": {"@id": url},
                "author": {
                    "name": "Imen Jaziri",
                    "@id": base + "/#/schema/person/5b1c0e9d2f7a",
                },
                "headline": title,
                "datePublished": "2026-12-02T23:30:41+00:00",
                "dateModified": "2026-12-03T08:12:05+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 512,
                "commentCount": 0,
                "publisher": {"@id": base + "/#organization"},
                "image": {"@id": url + "#primaryimage"},
                "thumbnailUrl": base + "/wp-content/uploads/2026/12/arp-pleniere.jpg",
                "keywords": ["fiscalité", "impôt sur les sociétés", "loi de finances 2027"],
                "articleSection": ["Economie", "Entreprises", "À la une"],
                "inLanguage": "fr-FR",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": title + " - L'Economiste Maghrébin",
                "isPartOf": {"@id": base + "/#website"},
                "datePublished": "2026-12-02T23:30:41+00:00",
                "breadcrumb": {"@id": url + "#breadcrumb"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "BreadcrumbList",
                "@id": url + "#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base + "/"},
                    {"@type": "ListItem", "position": 2, "name": title},
                ],
            },
            {
                "@type": "Organization",
                "@id": base + "/#organization",
                "name": "L'Economiste Maghrébin",
                "url": base + "/",
                "logo": {"@type": "ImageObject", "url": base + "/wp-content/uploads/logo.png"},
            },
            {
                "@type": "Person",
                "@id": base + "/#/schema/person/5b1c0e9d2f7a",
                "name": "Imen Jaziri",
                "url": base + "/author/imen-jaziri/",
            },
        ],
    }
    nav = menu(
        5803,
        "menu",
        base,
        ["Economie", "Entreprises", "Finance", "Politique", "Monde", "Opinions", "Magazine"],
        6,
    )
    related = "".join(
        f'<div class="related-item"><a href="{t["url"]}" class="post-thumb"><img width="390" height="220" src="{t["image"]}" alt=""></a><h3 class="post-title"><a href="{t["url"]}">{t["title"]}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">{t["date"]}</span></div></div>'
        for t in teasers(5813, 6, base, FILLER)
    )
    widgets = "".join(
        f'<li class="widget-single-post-item widget-post-list"><div class="post-widget-body"><a class="post-title the-subtitle" href="{t["url"]}">{t["title"]}</a></div></li>'
        for t in teasers(5823, 8, base, FILLER)
    )
    desc = "La loi de finances 2027 modifie la fiscalité des sociétés sur plusieurs points. Tour d’horizon des principales mesures."
    page = f"""<!DOCTYPE html>
<html lang="fr-FR" class="" data-skin="light" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{texturize(title)} - L&#039;Economiste Maghrébin</title>
<meta name="description" content="{texturize(desc)}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="{desc}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="L&#039;Economiste Maghrébin" />
<meta property="article:publisher" content="https://www.facebook.com/leconomistemaghrebin" />
<meta property="article:published_time" content="2026-12-02T23:30:41+00:00" />
<meta property="article:modified_time" content="2026-12-03T08:12:05+00:00" />
<meta property="og:image" content="{base}/wp-content/uploads/2026/12/arp-pleniere.jpg" />
<meta name="author" content="Imen Jaziri" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Écrit par" />
<meta name="twitter:data1" content="Imen Jaziri" />
<meta name="twitter:label2" content="Durée de lecture estimée" />
<meta name="twitter:data2" content="3 minutes" />
{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='tie-css-base-css' href='{base}/wp-content/themes/jannah/assets/css/base.min.css?ver=7.2.0' type='text/css' media='all' />
<link rel='stylesheet' id='tie-css-single-css' href='{base}/wp-content/themes/jannah/assets/css/single.min.css?ver=7.2.0' type='text/css' media='all' />
<style id='tie-css-styles-inline-css' type='text/css'>{css_blob(5833, "tie", 260)}</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body id="tie-body" class="post-template-default single single-post postid-612447 single-format-standard wrapper-has-shadow block-head-1 magazine2 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share hide_share_post_top">
<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow is-stretch-header has-normal-width-logo mobile-header-default">
<nav id="top-nav" data-skin="search-in-top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="Navigation secondaire"><div class="container"><div class="topbar-wrapper"><div class="topbar-today-date tie-icon">jeudi, décembre 3, 2026</div><div class="breaking"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">Flash</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal"><li class="news-item"><a href="{base}/2026/12/03/bvmt-tunindex/">BVMT : le Tunindex termine la séance en légère hausse</a></li></ul></div></div></div></nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="L'Economiste Maghrébin" href="{base}/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="{base}/wp-content/uploads/logo.png" alt="L'Economiste Maghrébin" width="300" height="90" /></picture></a></div></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="Navigation principale"><div class="container"><div class="main-menu-wrapper"><div id="main-nav-menu" class="main-menu header-menu">{nav}</div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="{base}/"><span class="tie-icon-home" aria-hidden="true"></span> Accueil</a><em class="delimiter">/</em><a href="{base}/category/economie/">Economie</a><em class="delimiter">/</em><span class="current">{texturize(title)}</span></nav>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-4" href="{base}/category/economie/">Economie</a><a class="post-cat tie-cat-19" href="{base}/category/entreprises/">Entreprises</a></span>
<h1 class="post-title entry-title">{texturize(title)}</h1>
<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-27"><span class="meta-author-avatar"><a href="{base}/author/imen-jaziri/"><img alt="Photo of Imen Jaziri" src="{base}/wp-content/uploads/avatars/ijaziri-140x140.jpg" class="avatar avatar-140 photo" height="140" width="140" /></a></span><span class="meta-author"><a href="{base}/author/imen-jaziri/" class="author-name tie-icon" title="Imen Jaziri">Imen Jaziri</a></span></span></span><span class="date meta-item tie-icon">3 décembre 2026</span><div class="tie-alignright"><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 1 204 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 3 minutes de lecture</span></div></div>
</div>
</header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="{base}/wp-content/uploads/2026/12/arp-pleniere-780x470.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" decoding="async" /><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> La séance plénière de l&#8217;ARP consacrée au vote de la loi de finances, le 2 décembre 2026.</figcaption></figure></div></div>
<div class="entry-content entry clearfix">
{body}
</div><!-- .entry-content /-->
<div id="post-extra-info"><div class="theiaStickySidebar"><div class="single-post-meta post-meta clearfix"><span class="date meta-item tie-icon">3 décembre 2026</span></div></div></div>
<div class="clearfix"></div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Étiquettes</div><span class="tagcloud"><a href="{base}/tag/fiscalite/" rel="tag">fiscalité</a> <a href="{base}/tag/impot-sur-les-societes/" rel="tag">impôt sur les sociétés</a> <a href="{base}/tag/loi-de-finances-2027/" rel="tag">loi de finances 2027</a></span></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links share-centered icons-only"><a href="https://www.facebook.com/sharer.php?u={url}" rel="external noopener nofollow" title="Facebook" target="_blank" class="facebook-share-btn " data-raw="https://www.facebook.com/sharer.php?u={{post_link}}"><span class="share-btn-icon tie-icon-facebook"></span> <span class="screen-reader-text">Facebook</span></a><a href="https://www.linkedin.com/shareArticle?mini=true&#038;url={url}" rel="external noopener nofollow" title="LinkedIn" target="_blank" class="linkedin-share-btn "><span class="share-btn-icon tie-icon-linkedin"></span> <span class="screen-reader-text">LinkedIn</span></a><a href="https://api.whatsapp.com/send?text={url}" rel="external noopener nofollow" title="WhatsApp" target="_blank" class="whatsapp-share-btn "><span class="share-btn-icon tie-icon-whatsapp"></span> <span class="screen-reader-text">WhatsApp</span></a></div></div>
</article>
<div class="post-components">
<div class="about-author container-wrapper about-author-27"><div class="author-avatar"><a href="{base}/author/imen-jaziri/"><img alt="Photo of Imen Jaziri" src="{base}/wp-content/uploads/avatars/ijaziri-180x180.jpg" class="avatar avatar-180 photo" height="180" width="180" /></a></div><div class="author-info"><h3 class="author-name"><a href="{base}/author/imen-jaziri/">Imen Jaziri</a></h3><div class="author-bio">Journaliste économique, elle suit la fiscalité et les finances publiques.</div></div></div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Articles similaires</h3></div><div class="related-posts-list">{related}</div></div>
<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">Laisser un commentaire</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span></p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire" /></p></form></div></div></div>
</div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Colonne latérale principale"><div class="theiaStickySidebar"><div id="posts-list-widget-3" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Les plus lus</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper">{widgets}</ul></div></div></div></div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">&copy; Copyright 2026, Tous droits réservés | L'Economiste Maghrébin</div></div></div></div></div></footer>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">Bouton retour en haut de la page</span></a>
</div></div></div>
<script type='text/javascript' id='tie-scripts-js-extra'>var tie = {{"is_rtl":"","ajaxurl":"{base}\\/wp-admin\\/admin-ajax.php","is_taqyeem_active":"","is_sticky_video":"","mobile_menu_top":"","mobile_menu_active":"area","lazyload":"","type_to_search":"","ad_blocker_detector":""}};</script>
<script type="text/javascript" src="{base}/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.2.0" id="tie-scripts-js"></script>
</body>
</html>
"""
    write(
        "03_leconomistemaghrebin_jannah_yoast_table_utc_previous_day",
        page,
        {
            "title": title,
            "publication": "L'Economiste Maghrébin",
            "author": "Imen Jaziri",
            "section": "Economie",
            "date": datetime.date(2026, 12, 3),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p]
            + [flat(" ".join(r)) for r in table]
            + [flat(x) for x in q],
            "notes": "WordPress with the Jannah theme (tie-* classes) and Yoast. Economy "
            "report whose first body paragraph is set in <strong>: a paragraph of the text, "
            "not a standfirst (no distinct chapô element; the meta description differs). Three "
            "h3.wp-block-heading subheads; a data table (header + five rows, one paragraph "
            "each, cells joined by a space) with a figcaption (chrome); 'Lire aussi :' line and "
            "a Jannah ad inside the body. wptexturize entities (&#8217;). Yoast @graph whose "
            "Article has articleSection ['Economie', 'Entreprises', 'À la une'] → 'Economie', "
            "as the site spells it. Yoast datePublished 2026-12-02T23:30:41+00:00 is 00 h 30 "
            "on 3 December in Tunis (UTC+1): the page shows '3 décembre 2026', date 3 "
            "December. Author box, related posts, comment form and 'Les plus lus' widget.",
        },
    )


def page04() -> None:
    """Le Sahel: Joomla 3 + K2, ANP dispatch with dateline and signature, h2 headline (no h1),
    block quotation, meta author 'Super User', breadcrumb section."""
    base = "https://www.lesahel.org"
    path = "/index.php/regions/item/28417-zinder-plus-de-412-000-enfants-attendus-pour-la-campagne-de-vaccination-contre-la-rougeole"
    url = base + path
    title = "Zinder : plus de 412 000 enfants attendus pour la campagne de vaccination contre la rougeole"
    p = [
        "Zinder, 30 nov. (ANP) - Le gouverneur de la région de Zinder, le général de brigade "
        "Issoufou Kanta Mahaman, a lancé ce lundi 30 novembre 2026 au Centre de santé intégré "
        "(CSI) de Birni la campagne de vaccination contre la rougeole, qui vise 412 350 enfants "
        "âgés de 9 à 59 mois dans les dix districts sanitaires de la région.",
        "La campagne se déroule jusqu'au 6 décembre 2026. Elle mobilise 1 870 équipes de "
        "vaccination, dont 640 équipes mobiles chargées d'atteindre les hameaux et les "
        "campements nomades éloignés des formations sanitaires.",
        "Dans son discours de lancement, le gouverneur a appelé les chefs traditionnels et "
        "religieux à s'impliquer personnellement dans la sensibilisation des familles :",
        "« La rougeole n'est pas une maladie banale. Chaque année, elle emporte dans notre "
        "région des enfants que nous aurions pu protéger.",
        "Je demande à chaque chef de village, à chaque imam, à chaque mère de famille de "
        "considérer cette campagne comme la sienne. Aucun enfant ne doit être oublié. »",
        "Le directeur régional de la santé publique, Dr Abdou Garba Moussa, a rappelé que la "
        "région a enregistré 1 146 cas suspects de rougeole et 23 décès depuis janvier, contre "
        "640 cas sur toute l'année 2025. Selon lui, la couverture vaccinale de routine reste en "
        "deçà de 70% dans quatre districts.",
        "La campagne est financée par l'Etat avec l'appui de ses partenaires techniques et "
        "financiers, qui ont fourni les vaccins, le matériel de la chaîne du froid et une "
        "partie des frais de déplacement des équipes.",
        "Les parents sont invités à présenter le carnet de vaccination de leurs enfants. Ceux "
        "qui n'en ont pas recevront une carte remise par les équipes, a précisé le "
        "coordonnateur régional de la campagne.",
    ]
    signature = "Ibrahim Mamane, ANP-Zinder"
    body = "\n".join(
        [
            paras(*p[:3]),
            "<blockquote>" + paras(*p[3:5]) + "</blockquote>",
            paras(*p[5:]),
            f'<p style="text-align: right;"><strong><em>{signature}</em></strong></p>',
        ]
    )
    top = ["Actualités", "Politique", "Economie", "Société", "Régions", "Culture", "Sport"]
    nav = "".join(
        f'<li class="item-{101 + i}{" current active" if t == "Régions" else ""}"><a href="/index.php/{t.lower()}">{t}</a></li>'
        for i, t in enumerate(top)
    )
    related = "".join(
        f'<li class="{"even" if i % 2 else "odd"}"><a href="{t["url"]}">{t["title"]}</a></li>'
        for i, t in enumerate(teasers(5804, 5, base + "/index.php/regions/item", FILLER))
    )
    latest = "".join(
        f'<li><a href="{t["url"]}">{t["title"]}</a></li>'
        for t in teasers(5814, 10, base + "/index.php/actualites/item", FILLER)
    )
    desc = "Zinder, 30 nov. (ANP) - Le gouverneur de la région de Zinder a lancé ce lundi 30 novembre 2026 au CSI de Birni la campagne de vaccination contre la rougeole"
    page = f"""<!DOCTYPE html>
{saved_from(url + "?fbclid=IwY2xjawH3kLhleHRuA2FlbQIxMQABHd9")}
<html lang="fr-fr" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="{url}" />
<meta name="keywords" content="Zinder, rougeole, vaccination, santé" />
<meta name="rights" content="ONEP - Le Sahel" />
<meta name="author" content="Super User" />
<meta property="og:url" content="{url}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="{desc}" />
<meta property="og:image" content="{base}/media/k2/items/cache/5d2a9e7b1c_L.jpg" />
<meta name="image" content="{base}/media/k2/items/cache/5d2a9e7b1c_L.jpg" />
<meta name="twitter:card" content="summary" />
<meta name="twitter:title" content="{title}" />
<meta name="description" content="{desc}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{title}</title>
<link href="/templates/lesahel/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/k2/assets/css/k2.fonts.css?v=2.10.3&amp;b=20200429" rel="stylesheet" />
<link href="/components/com_k2/css/k2.css?v=2.10.3&amp;b=20200429" rel="stylesheet" />
<link href="/templates/lesahel/css/template.css" rel="stylesheet" />
<style>{css_blob(5824, "ls", 120)}</style>
<script src="/media/jui/js/jquery.min.js?8d1f0a1b8c3e2f4a5b6c7d8e9f0a1b2c"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&amp;b=20200429&amp;sitepath=/"></script>
<script>jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) {{ container = container || document;$(container).find(".hasTooltip").tooltip({{"html": true,"container": "body"}});}} }});</script>
</head>
<body class="site com_k2 view-item no-layout no-task itemid-108">
<div class="body" id="top">
<div class="container">
<header class="header" role="banner">
<div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="/images/logo-lesahel.png" alt="Le Sahel" /></a>
<div class="header-search pull-right"><div class="moduletable"><p class="date-jour">Jeudi 03 Décembre 2026</p><p>Quotidien national d'information de la République du Niger</p></div></div>
</div>
</header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Basculer la navigation</span></a></div><div class="nav-collapse"><ul class="nav menu nav-pills mod-list">{nav}</ul></div></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Vous êtes ici : &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Accueil</span></a><span class="divider"> / </span><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/regions" class="pathway"><span itemprop="name">Régions</span></a><span class="divider"> / </span><meta itemprop="position" content="2"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{title}</span><meta itemprop="position" content="3"></li></ul></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<!-- Start K2 Item Layout -->
<span id="startOfPageId28417"></span>
<div id="k2Container" class="itemView">
<div class="itemHeader">
<span class="itemDateCreated">mardi, 01 décembre 2026 10:20</span>
<h2 class="itemTitle">{title}</h2>
</div>
<div class="itemToolbar"><ul><li><a class="itemPrintLink" rel="nofollow" href="{path}?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes'); return false;"><span>Imprimer</span></a></li><li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component&amp;template=lesahel&amp;link=5f3a"><span>E-mail</span></a></li><li><span class="itemTextResizerTitle">Taille de police</span> <a href="#" id="fontDecrease"><span>réduire la taille de la police</span></a> <a href="#" id="fontIncrease"><span>augmenter la taille de police</span></a></li></ul><div class="clr"></div></div>
<div class="itemBody">
<div class="itemImageBlock"><span class="itemImage"><a data-k2-modal="image" href="/media/k2/items/cache/5d2a9e7b1c_XL.jpg" title="Cliquer pour prévisualiser l'image"><img src="/media/k2/items/cache/5d2a9e7b1c_L.jpg" alt="{title}" style="width:600px; height:auto;" /></a></span><span class="itemImageCaption">Le gouverneur administrant la première dose au CSI de Birni</span><span class="itemImageCredits">DR</span><div class="clr"></div></div>
<div class="itemFullText">
{body}
</div>
<div class="clr"></div>
<div class="itemSocialSharing"><div class="itemTwitterButton"><a href="https://twitter.com/share" class="twitter-share-button" data-count="horizontal">Tweet</a></div><div class="itemFacebookButton"><div class="fb-like" data-layout="button_count" data-action="like" data-show-faces="false"></div></div><div class="clr"></div></div>
<div class="itemLinks"><div class="itemCategory"><span>Publié dans</span> <a href="/index.php/regions">Régions</a></div><div class="itemTagsBlock"><span>Mots-clés</span><ul class="itemTags"><li><a href="/index.php/regions/itemlist/tag/Zinder">Zinder</a></li><li><a href="/index.php/regions/itemlist/tag/sant%C3%A9">santé</a></li></ul><div class="clr"></div></div></div>
</div>
<div class="itemRelated"><h3>Éléments similaires (par tag)</h3><ul>{related}</ul><div class="clr"></div></div>
<div class="itemHitsBlock"><span class="itemHits">Lu <b>486</b> fois</span></div>
<div class="itemNavigation"><span class="itemNavigationTitle">Plus dans cette catégorie :</span> <a class="itemPrevious" href="/index.php/regions/item/28409">&laquo; Tahoua : les producteurs d'oignon dénoncent la chute des prix</a> <a class="itemNext" href="/index.php/regions/item/28422">Agadez : réouverture de la route de Tchirozérine &raquo;</a></div>
<div class="itemBackToTop"><a class="k2Anchor" href="{path}#startOfPageId28417">haut</a></div>
</div>
<!-- End K2 Item Layout -->
</main>
<div id="aside" class="span3"><div class="well "><h3 class="page-header">Dernières nouvelles</h3><ul class="latestnews mod-list">{latest}</ul></div><div class="well "><h3 class="page-header">Édition du jour</h3><p><a href="/index.php/edition-pdf"><img src="/images/une-du-jour.jpg" alt="Le Sahel du jour" /></a></p></div></div>
</div>
</div>
</div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">Retour en haut</a></p><p>&copy; 2026 Le Sahel - Office National d'Edition et de Presse (ONEP), Niamey</p></div></footer>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&version=v18.0"></script>
</body>
</html>
"""
    write(
        "04_lesahel_joomla_k2_anp_blockquote_h2_headline",
        page,
        {
            "title": title,
            "publication": "Le Sahel",
            "author": "Ibrahim Mamane",
            "agency": "ANP",
            "section": "Régions",
            "date": datetime.date(2026, 12, 1),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Joomla 3 with K2 (itemView, itemFullText), a Nigerien state daily. "
            "Health/local report from the national agency: dateline 'Zinder, 30 nov. (ANP) -' "
            "kept in the first paragraph, signature 'Ibrahim Mamane, ANP-Zinder' at the end "
            "of the text in <strong><em> (chrome; it credits the author and the agency ANP). "
            "Meta author 'Super User' is the CMS account, not a person credited. The headline is "
            "h2.itemTitle: the page has no h1. A plain <blockquote> of two paragraphs (the "
            "governor's speech) counts. No JSON-LD, no canonical: og:url (the saved-from "
            "comment carries an extra ?fbclid=). Date only visible, 'mardi, 01 décembre 2026 "
            "10:20', while the dateline says 30 November and the header shows 'Jeudi 03 "
            "Décembre 2026'. Section from the breadcrumb 'Accueil / Régions / headline' (K2's "
            "'Publié dans Régions' agrees). Image caption with 'DR'; related items, hits, "
            "previous/next links.",
        },
    )
