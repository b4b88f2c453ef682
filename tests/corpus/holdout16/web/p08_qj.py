# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 08: Le Quotidien Jurassien (Bootstrap 5, custom PHP), no JSON-LD, date in meta only."""

import datetime

from chrome import mega_menu, rail, stylesheet, tracking
from kit import save, wrap

BASE = "https://www.lqj.ch"
URL = f"{BASE}/articles/68214-le-parlement-jurassien-impose-le-solaire-sur-les-nouveaux-batiments"
TITLE = "Le Parlement jurassien impose le solaire sur les nouveaux bâtiments"
LEAD = "La révision de la loi sur l’énergie a été acceptée par 41 voix contre 17. Les petites maisons individuelles obtiennent un délai de trois ans."
P1 = [
    "Après deux heures de débat, le Parlement jurassien a adopté mercredi à Delémont la révision de la loi cantonale sur l’énergie. Dès le 1<sup>er</sup>&nbsp;juillet 2027, tout nouveau bâtiment de plus de 300&nbsp;m<sup>2</sup> devra être équipé de panneaux solaires couvrant au moins 30% de sa toiture.",
    "Le texte, défendu par le ministre de l’Environnement, a été accepté par 41&nbsp;voix contre 17, l’UDC et une partie du PLR s’y opposant. Les rénovations lourdes de toitures seront soumises à la même règle dès 2029.",
]
SUB1 = "Trois exceptions prévues"
P2 = [
    "Pour rallier une majorité, la commission avait introduit trois exceptions dans le projet du Gouvernement:",
]
LIST = [
    "les bâtiments protégés au titre du patrimoine, notamment dans les vieilles villes de Porrentruy, Saint-Ursanne et Delémont;",
    "les toitures trop ombragées, sur présentation d’une expertise;",
    "les maisons individuelles, qui bénéficient d’un délai de trois ans.",
]
SUB2 = "Les communes inquiètes du contrôle"
P3 = [
    "Plusieurs députés ont relayé les craintes des communes, chargées de vérifier le respect de la règle lors des permis de construire. «Nos services techniques n’ont ni le temps ni les compétences pour contrôler des calculs de rendement», a lancé la députée franc-montagnarde Martine Froidevaux.",
    "Le ministre a promis un outil en ligne commun et une aide cantonale de 400&nbsp;000&nbsp;francs pour la formation des employés communaux. Il estime que la mesure pourrait ajouter 25&nbsp;mégawatts de puissance installée d’ici 2035.",
    "Le canton du Jura rejoint ainsi Bâle-Ville, Genève et Vaud parmi les cantons qui imposent des installations solaires sur les constructions neuves. Dans le canton de Berne voisin, un projet comparable a été rejeté en juin par le Grand Conseil.",
    "L’UDC n’exclut pas de lancer un référendum. Le parti dispose de soixante jours pour récolter 2000&nbsp;signatures.",
]


def build() -> None:
    """Write page 08 and its expected file."""
    nav = mega_menu(
        1671,
        "navbar-nav",
        BASE,
        ["Jura", "Jura bernois", "Suisse", "Monde", "Sports", "Culture", "Annonces"],
        8,
    )
    more = rail(
        1672,
        150,
        BASE,
        '<div class="col-md-4 mb-3"><div class="card h-100 border-0"><a href="{url}"><img class="card-img-top" src="{image}" alt=""></a><div class="card-body p-2"><span class="badge bg-secondary">{label}</span><h5 class="card-title"><a class="stretched-link text-dark" href="{url}">{title}</a></h5></div></div></div>',
    )
    body = "\n".join(
        [
            wrap(P1),
            '<div class="alert alert-light border my-4 lire-aussi"><span class="text-uppercase small fw-bold">À lire aussi</span><br><a href="/articles/67990-energie-le-jura-en-retard-sur-ses-objectifs">Énergie: le Jura en retard sur ses objectifs</a></div>',
            f'<h3 class="h4 mt-4">{SUB1}</h3>',
            wrap(P2),
            '<ul class="mb-3">' + "".join(f"<li>{x}</li>" for x in LIST) + "</ul>",
            '<div class="text-center my-4 pub"><small class="text-muted">Publicité</small><div id="div-gpt-ad-rectangle"></div></div>',
            f'<h3 class="h4 mt-4">{SUB2}</h3>',
            wrap(P3),
        ]
    )
    page = f"""<!doctype html>
<html lang="fr-CH"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Le Parlement jurassien impose le solaire sur les nouveaux bâtiments - Le Quotidien Jurassien</title>
<meta name="description" content="La révision de la loi sur l’énergie a été acceptée par 41 voix contre 17.">
<meta property="og:title" content="Le Parlement jurassien impose le solaire sur les nouveaux bâtiments - Le Quotidien Jurassien">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:site_name" content="Le Quotidien Jurassien">
<meta property="article:published_time" content="2026-11-18T17:40:00+01:00">
<meta property="article:author" content="Lucie Monnerat">
<link href="{BASE}/assets/bootstrap-5.3.2/css/bootstrap.min.css" rel="stylesheet">
<style>{stylesheet(1673, "lqj-", 380)}</style>
{tracking(1674, "lqjConfig", 150)}
</head>
<body class="d-flex flex-column min-vh-100">
<div class="bg-dark text-white small py-1"><div class="container">Mercredi 18 novembre 2026 · Delémont 4°C</div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom"><div class="container"><a class="navbar-brand" href="{BASE}/"><img src="{BASE}/img/logo-qj.svg" height="40" alt="Le Quotidien Jurassien"></a><button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="nav">{nav}</div><a class="btn btn-warning btn-sm ms-2" href="{BASE}/abo">S’abonner</a></div></nav>
<main class="container my-4 flex-grow-1"><div class="row">
<div class="col-lg-8">
<article class="article-detail">
<a class="badge bg-danger text-decoration-none mb-2" href="{BASE}/rubrique/jura">Jura</a>
<h1 class="display-6 fw-bold">{TITLE}</h1>
<h2 class="h5 fw-normal text-secondary mb-3 chapeau">{LEAD}</h2>
<p class="text-muted small border-top border-bottom py-2"><i class="bi bi-person"></i> Lucie Monnerat / ATS</p>
<div class="btn-group btn-group-sm mb-3 share" role="group"><a class="btn btn-outline-secondary" href="#">Facebook</a><a class="btn btn-outline-secondary" href="#">WhatsApp</a><a class="btn btn-outline-secondary" href="#">E-mail</a></div>
<figure class="figure w-100"><img class="figure-img img-fluid rounded" src="{BASE}/photos/2026/11/parlement-delemont.jpg" alt=""><figcaption class="figure-caption">Le Parlement jurassien a siégé mercredi à l’Hôtel du Parlement, à Delémont. Photo Keystone - ATS/Jean-Christophe Bott</figcaption></figure>
<div class="article-body fs-5">
{body}
</div>
<div class="card bg-light my-4 newsletter"><div class="card-body"><h5 class="card-title">Newsletter</h5><p class="card-text">L’info du Jura chaque soir dans votre boîte mail.</p><div class="input-group"><input type="email" class="form-control" placeholder="Votre e-mail"><button class="btn btn-primary">OK</button></div></div></div>
</article>
</div>
<aside class="col-lg-4"><h4 class="border-bottom pb-2">Les plus lus</h4><div class="row">{more}</div></aside>
</div></main>
<footer class="bg-dark text-white-50 py-4 mt-auto"><div class="container"><p class="mb-0">© 2026 Le Quotidien Jurassien SA, Delémont</p></div></footer>
<script src="{BASE}/assets/bootstrap-5.3.2/js/bootstrap.bundle.min.js"></script>
</body></html>
"""
    save(
        "08_quotidienjurassien_bootstrap_meta_date",
        page,
        {
            "title": TITLE,
            "publication": "Le Quotidien Jurassien",
            "author": "Lucie Monnerat",
            "agency": "ATS",
            "section": "Jura",
            "date": datetime.date(2026, 11, 18),
            "standfirst": LEAD,
            "source_url": URL,
            "subheads": [SUB1, SUB2],
            "paragraphs": P1 + P2 + LIST + P3,
            "notes": "Bootstrap 5 custom PHP: utility classes everywhere (col-lg-8, badge, card, h4 mt-4), no JSON-LD, no canonical (og:url); the publication date only in meta article:published_time (the top bar's 'Mercredi 18 novembre 2026' is the day's date, here the same day); standfirst is an h2.chapeau (not a subhead); byline 'Lucie Monnerat / ATS' with an icon; section from the category badge 'Jura'; h3 subheads styled h4; ul of three exceptions after a lead-in; Swiss typography (no space before ; : «»); 1<sup>er</sup>, m<sup>2</sup>; 'À lire aussi' alert, ad, newsletter card; photo credit Keystone - ATS.",
        },
    )
