# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""Page 05: Le Courrier (WordPress), a table of figures, a quoted statement, 'Avec ATS' signature."""

import datetime

import chrome
from kit import ld_script, save, text_of, texts_of, wrap

BASE = "https://lecourrier.ch"


def page05() -> None:
    """Le Courrier: kicker the only section source, p.lead, wp-block-table, wp-block-quote."""
    url = f"{BASE}/2026/11/26/creches-geneve-il-manque-1200-places/"
    title = "Crèches genevoises: il manque toujours 1200 places"
    lead = (
        "Malgré l’ouverture de six structures depuis 2024, la liste d’attente ne diminue pas. "
        "Les communes suburbaines sont les plus touchées."
    )
    subhead = "Des éducatrices difficiles à recruter"
    before = [
        "Le chiffre a été présenté mercredi par le Service de la petite enfance: au 1<sup>er</sup> "
        "octobre, 1214&nbsp;enfants genevois de moins de 4&nbsp;ans attendaient une place en crèche. "
        "C’est à peine moins qu’il y a deux ans, alors que le canton a financé six nouvelles "
        "structures et 410&nbsp;places supplémentaires.",
        "«La demande progresse plus vite que l’offre», résume la conseillère d’Etat chargée de la "
        "Cohésion sociale, Véronique Carrel. Elle attribue cette hausse au retour au travail plus "
        "rapide des mères et à l’arrivée de jeunes familles dans les nouveaux quartiers.",
        "Les écarts entre communes restent importants:",
    ]
    table_rows = [
        ["Commune", "Places", "Enfants en attente"],
        ["Ville de Genève", "3980", "402"],
        ["Vernier", "610", "188"],
        ["Lancy", "540", "151"],
        ["Meyrin", "470", "97"],
        ["Thônex", "220", "84"],
    ]
    after = [
        "A Vernier, la file d’attente a même augmenté de 30% en un an. La commune, qui "
        "accueille le nouveau quartier de l’Etang, prévoit deux crèches en 2028, mais pas avant.",
        "Le principal frein n’est plus financier. Les structures peinent à engager du personnel "
        "qualifié: 140&nbsp;postes d’éducatrices et d’éducateurs de l’enfance sont vacants dans le "
        "canton, selon l’association faîtière Pro Enfance.",
        "Le syndicat SSP a réagi dans un communiqué:",
    ]
    statement = [
        "Tant que les salaires du secteur subventionné resteront inférieurs de 15% à ceux de la "
        "fonction publique, les crèches continueront de perdre leur personnel au profit des écoles.",
        "Ouvrir des bâtiments sans équipes pour y travailler, c’est construire des coquilles vides.",
    ]
    closing = [
        "Le Conseil d’Etat doit présenter au printemps un projet de loi sur l’accueil préscolaire. "
        "Véronique Carrel promet «une revalorisation progressive», sans avancer de montant.",
    ]
    table = (
        '<figure class="wp-block-table is-style-stripes"><table><thead><tr>'
        + "".join(f"<th>{c}</th>" for c in table_rows[0])
        + "</tr></thead><tbody>"
        + "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in table_rows[1:]
        )
        + '</tbody></table><figcaption class="wp-element-caption">Places subventionnées et liste d’attente au 1<sup>er</sup> octobre 2026. Source: Service de la petite enfance</figcaption></figure>'
    )
    body = "\n".join(
        [
            wrap(before),
            table,
            '<div class="wp-block-group lire-aussi"><p class="lire-aussi__titre">Lire aussi</p><p><a href="/2026/09/14/petite-enfance-le-cout-dune-place/">Petite enfance: ce que coûte réellement une place</a></p></div>',
            f'<h3 class="wp-block-heading">{subhead}</h3>',
            wrap(after),
            '<blockquote class="wp-block-quote">'
            + wrap(statement)
            + "<cite>Syndicat des services publics, section Genève</cite></blockquote>",
            wrap(closing),
            '<p class="signature"><em>Avec ATS</em></p>',
        ]
    )
    paragraphs = (
        texts_of(before) + [" ".join(r) for r in table_rows] + texts_of(after + statement + closing)
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": title,
        "datePublished": "2026-11-26T16:20:00+01:00",
        "image": f"{BASE}/wp-content/uploads/2026/11/creche.jpg",
        "publisher": {"@type": "Organization", "name": "Le Courrier"},
    }
    nav = chrome.nav_menu(
        205,
        BASE,
        "menu",
        ["Suisse", "Genève", "Vaud", "Monde", "Culture", "Sports", "Opinions", "Dossiers"],
        6,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crèches genevoises: il manque toujours 1200 places &#8211; Le Courrier</title>
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="Crèches genevoises: il manque toujours 1200 places | Le Courrier">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Le Courrier">
<link rel='stylesheet' id='wp-block-library-css' href='{BASE}/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all'>
<style id='global-styles-inline-css'>{chrome.stylesheet(5, "wp", 330)}</style>
{ld_script(ld)}
<script id="lc-paywall-js-extra">var lcPaywall={{"metered":"3","logged":"0","post":"918224"}};</script>
{chrome.trackers(5, "lecourrier", 40)}
<meta name="generator" content="WordPress 6.6.2">
</head>
<body class="post-template-default single single-post postid-918224 single-format-standard">
{chrome.consent_box("onetrust")}
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-header__date">Mardi 1er décembre 2026</div><p class="site-title"><a href="{BASE}/" rel="home">Le Courrier</a></p><p class="site-description">L’essentiel, autrement</p><nav id="site-navigation">{nav}</nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-918224" class="post-918224 post type-post status-publish category-geneve">
<header class="entry-header">
<div class="entry-kicker"><a href="{BASE}/category/geneve/" rel="category tag">GENÈVE</a></div>
<h1 class="entry-title">{title}</h1>
<p class="lead">{lead}</p>
<div class="entry-meta"><span class="byline">Noémie Rossier</span> <span class="posted-on">jeudi 26 novembre 2026</span></div>
</header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="tags-links"><a href="{BASE}/tag/petite-enfance/" rel="tag">Petite enfance</a>, <a href="{BASE}/tag/creches/" rel="tag">Crèches</a></span></footer>
</article>
<section class="abo-box"><h2>Soutenez une presse indépendante</h2><p>Le Courrier est édité par une association sans but lucratif. Abonnez-vous dès 18 francs par mois.</p><a href="/abonnements/">Je m’abonne</a></section>
{chrome.teaser_grid(51, 70, BASE, "related-posts", "Dans la même rubrique")}
</main></div>
{chrome.site_footer("Le Courrier", "Nouvelle Association du Courrier", ["Impressum", "Charte", "Annonces", "Contact"])}
</div>
</body>
</html>
"""
    save(
        "05_lecourrier_wordpress_table_ats",
        page,
        {
            "title": title,
            "publication": "Le Courrier",
            "author": "Noémie Rossier",
            "agency": "ATS",
            "section": "Genève",
            "date": datetime.date(2026, 11, 26),
            "standfirst": text_of(lead),
            "source_url": url,
            "subheads": [subhead],
            "paragraphs": paragraphs,
            "notes": "WordPress (Gutenberg). The kicker 'GENÈVE' (category link) is the only "
            "section source: JSON-LD is a partial Article (headline, date, publisher; no section, "
            "no author) and there is no breadcrumb. Standfirst p.lead; byline a plain name; "
            "agency only in the closing signature 'Avec ATS' (not a paragraph). A "
            "wp-block-table of figures: each row, header included, one paragraph with cells "
            "joined by a space; its caption is not text. A wp-block-quote of two paragraphs "
            "(quoted statement: paragraphs, not pull quotes) with a cite; 'Lire aussi' group "
            "mid-text; header date of the day; '&#8211;' in <title>.",
        },
    )
