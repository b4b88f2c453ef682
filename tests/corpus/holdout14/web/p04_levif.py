# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""Page 04: Le Vif (Roularta custom), paywall after the free part, partial JSON-LD."""

import datetime

import chrome
from kit import ld_script, save, text_of, texts_of, wrap

BASE = "https://www.levif.be"


def page04() -> None:
    """Le Vif: 'Analyse' label over the h1, p.chapo, aside pull quote, h3, paywall."""
    url = f"{BASE}/belgique/politique/fusion-zones-police-namur-bourgmestres-divises/"
    title = "Fusion des zones de police : en province de Namur, les bourgmestres se déchirent"
    lead = (
        "Le projet de zone unique pour l’arrondissement de Dinant devait être bouclé avant les "
        "fêtes. Il tourne au bras de fer entre les communes rurales et la ville, qui refuse de "
        "payer pour les autres."
    )
    subhead = "Une dotation calculée en 1998"
    quote = "« On nous demande de signer un chèque en blanc »"
    p = [
        "Sur le papier, tout le monde est d’accord. Les six zones de police de l’arrondissement "
        "de Dinant manquent d’effectifs, peinent à recruter et se partagent des commissariats "
        "vieillissants. Une fusion en une zone unique de 480&nbsp;policiers permettrait, selon "
        "l’audit commandé en mars, d’économiser 2,1&nbsp;millions d’euros par an.",
        "Mais depuis la réunion du collège de police du 19&nbsp;novembre, le projet est à "
        "l’arrêt. Le bourgmestre de Dinant, Thierry Lambotte, a quitté la séance avant la fin, "
        "suivi par ses collègues d’Hastière et d’Onhaye. Motif : la clé de répartition des "
        "coûts.",
        "« On nous demande de signer un chèque en blanc pour financer des patrouilles dans des "
        "villages où il ne se passe rien », a-t-il lâché le lendemain devant son conseil "
        "communal. Une phrase qui a fait bondir les petites communes.",
        "La bourgmestre de Houyet, Martine Collignon, y voit « du mépris pour la ruralité ». « Ce "
        "sont nos habitants qui attendent quarante minutes une patrouille quand il y a un "
        "cambriolage », rappelle-t-elle.",
        "Au cœur du conflit, une formule vieille de près de trente ans. La dotation de chaque "
        "commune à sa zone repose toujours sur des critères fixés lors de la réforme des polices, "
        "que personne n’a jamais osé réviser.",
        "Résultat : Dinant, qui compte 13&nbsp;600&nbsp;habitants, paie aujourd’hui 46&nbsp;% de la "
        "facture de sa zone, alors que la criminalité enregistrée y est proportionnellement plus "
        "faible que dans certaines communes voisines. Une situation que la majorité "
        "dinantaise juge intenable.",
    ]
    paywall = (
        '<div class="paywall" data-paywall="premium"><div class="paywall__inner">'
        '<p class="paywall__title">La suite de cet article est réservée aux abonnés</p>'
        "<p>Profitez de tous nos articles Plus, de l’édition numérique et des archives.</p>"
        '<ul class="paywall__offers"><li>1 mois gratuit, puis 12,99 € par mois</li><li>Sans engagement</li></ul>'
        '<a class="btn btn--primary" href="/abonnement">Je m’abonne</a> <a href="/connexion">Se connecter</a></div></div>'
    )
    body = "\n".join(
        [
            wrap(p[:2]),
            f'<aside class="article-quote"><span class="article-quote__text">{quote}</span><span class="article-quote__author">Thierry Lambotte, bourgmestre de Dinant</span></aside>',
            wrap(p[2:4]),
            f"<h3>{subhead}</h3>",
            wrap(p[4:]),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "articleSection": "Belgique",
        "isAccessibleForFree": "False",
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": "False",
            "cssSelector": ".article-body--premium",
        },
        "publisher": {
            "@type": "Organization",
            "name": "Le Vif",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/logo.svg"},
        },
    }
    nav = chrome.nav_menu(
        204,
        BASE,
        "mainmenu",
        ["Belgique", "Monde", "Économie", "Société", "Culture", "Sciences", "Le Vif Weekend"],
        8,
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-BE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fusion des zones de police : en province de Namur, les bourgmestres se déchirent - Le Vif</title>
<meta name="description" content="{text_of(lead)}">
<meta property="og:title" content="Fusion des zones de police : les bourgmestres namurois se déchirent | Le Vif">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Le Vif">
<meta property="og:url" content="{url}?utm_source=facebook&amp;utm_medium=social">
<link rel="canonical" href="{url}">
<meta name="roularta:premium" content="true">
<style>{chrome.stylesheet(4, "rv", 360)}</style>
{ld_script(ld)}
<script>var RMG={{"brand":"levif","page":{{"type":"article","id":"2391887","premium":true,"section":"belgique/politique"}}}};</script>
{chrome.trackers(4, "levif", 50)}
</head>
<body class="single single-article premium">
{chrome.consent_box("sourcepoint")}
<header class="site-header"><a class="site-header__logo" href="/"><img src="/assets/levif-logo.svg" alt="Le Vif"></a><nav>{nav}</nav><a class="site-header__abo" href="/abonnement">S’abonner</a></header>
<main class="site-main">
<article class="article article--premium">
<header class="article-header">
<div class="article-header__labels"><span class="label label--plus">Plus</span> <span class="label label--genre">Analyse</span></div>
<h1 class="article-header__title">{title}</h1>
<p class="chapo">{lead}</p>
<div class="article-header__meta"><span class="author">Par <a href="/auteurs/julien-dessart/">Julien Dessart</a></span> <time class="article-header__date" datetime="2026-11-27T18:15:00+01:00">27/11/26 à 18:15</time> <span class="reading-time">Temps de lecture : 6 min.</span></div>
</header>
<figure class="article-image"><img src="{BASE}/app/uploads/2026/11/zone-police-dinant.jpg" alt="" width="1200" height="800"><figcaption>Le commissariat central de la zone Haute-Meuse, à Dinant. © Belga Image</figcaption></figure>
<div class="article-body article-body--premium">
{body}
</div>
{paywall}
</article>
{chrome.ranked_list(41, 8, BASE, "Les plus lus")}
{chrome.teaser_grid(42, 80, BASE, "related", "Plus de Belgique")}
</main>
{chrome.site_footer("Le Vif", "Roularta Media Group", ["À propos", "Conditions générales", "Vie privée", "Cookies", "Contact"])}
</body>
</html>
"""
    save(
        "04_levif_roularta_paywall",
        page,
        {
            "title": title,
            "publication": "Le Vif",
            "author": "Julien Dessart",
            "section": "Belgique",
            "date": datetime.date(2026, 11, 27),
            "standfirst": text_of(lead),
            "source_url": url,
            "subheads": [subhead],
            "pull_quotes": [quote],
            "paragraphs": texts_of(p),
            "incomplete": True,
            "notes": "Roularta custom page, premium: six paragraphs then the paywall box "
            "(incomplete). Partial JSON-LD: headline, articleSection 'Belgique', "
            "isAccessibleForFree as the string 'False', publisher; no author, no date: the date "
            "comes from <time datetime> ('27/11/26 à 18:15'). Labels 'Plus' and 'Analyse' over "
            "the h1 are not the section. Standfirst p.chapo; author as a link after 'Par'; "
            "aside pull quote with its author line; one h3 subhead; og:url with utm parameters "
            "(canonical wins); photo credit '© Belga Image' is no agency.",
        },
    )
