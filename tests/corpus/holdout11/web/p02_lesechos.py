"""Page 02: Les Échos (Next.js), paywall."""

# The page templates hold HTML lines as the sites write them: long lines are the data.
# ruff: noqa: E501

from __future__ import annotations

import datetime

import chrome as ch
from kit import Body, json_script, json_text, write

LE = "https://www.lesechos.fr"


def page() -> None:
    """Les Échos: __NEXT_DATA__, three authors, two-word subhead, table, paywall cut."""
    url = f"{LE}/industrie-services/energie-environnement/hydrogene-le-grenoblois-hydrelis-leve-180-millions-pour-sa-gigafactory-2198431"
    title = "Hydrogène : le grenoblois Hydrelis lève 180 millions pour sa gigafactory"
    standfirst = (
        "La start-up iséroise, qui fabrique des électrolyseurs à membrane, boucle le plus gros "
        "tour de table de la filière cette année. Elle vise une production de 1 gigawatt par an "
        "dès 2029 à Pont-de-Claix."
    )
    b = Body(p_attrs='class="sc-14kwckt-0 post-paragraph"')
    b.p(
        "C’est une bouffée d’oxygène pour une filière qui en manquait. Hydrelis, jeune pousse "
        "grenobloise spécialisée dans les électrolyseurs à membrane échangeuse de protons, "
        "annonce ce mercredi une levée de fonds de 180 millions d’euros. Le tour est mené par "
        "le fonds de transition énergétique d’un grand assureur, rejoint par Bpifrance et par "
        "deux industriels de la chimie qui seront aussi ses premiers clients.",
        "L’argent doit financer la construction d’une usine à Pont-de-Claix, sur la plateforme "
        "chimique du sud de l’agglomération. La première ligne, d’une capacité de 300 mégawatts "
        "par an, doit démarrer fin 2027 ; deux autres suivraient en 2029. « Nous passons du "
        "prototype à la série, et c’est là que meurent beaucoup d’entreprises industrielles », "
        "reconnaît son président, Olivier Castaing.",
    )
    b.chrome(ch.ad_slot("dfp-inread", "sc-ad"))
    b.head("h2", "Deux défis", attrs='class="sc-1h3wz0p-0 post-subtitle"')
    b.p(
        "Le premier tient au coût. Un électrolyseur reste trois à quatre fois plus cher qu’il "
        "ne le devrait pour que l’hydrogène vert concurrence celui tiré du gaz. Hydrelis assure "
        "avoir divisé par deux la quantité d’iridium, métal rare et hors de prix, nécessaire à "
        "ses membranes. Le second défi est commercial : plusieurs grands projets européens "
        "d’hydrogène ont été gelés depuis deux ans, faute d’acheteurs.",
        "La société revendique pourtant un carnet de commandes de 420 mégawatts, dont une "
        "bonne part auprès de ses nouveaux actionnaires. Ses chiffres restent modestes :",
    )
    b.table(
        [
            ["", "2024", "2025", "2026 (prév.)"],
            ["Chiffre d’affaires (M€)", "3,1", "7,8", "19"],
            ["Effectifs", "85", "140", "230"],
            ["Capacité livrée (MW)", "4", "11", "35"],
        ],
        attrs='class="sc-table"',
    )
    b.p(
        "Les investisseurs parient sur le soutien public. L’État a retenu le projet dans son "
        "appel à projets sur les gigafactories d’électrolyseurs, avec une aide pouvant atteindre "
        "95 millions d’euros, sous réserve du feu vert de Bruxelles.",
        "Reste à convaincre les clients. Les industriels de la chimie et de la sidérurgie, "
        "premiers débouchés de l’hydrogène bas carbone, attendent de connaître le niveau du "
        "soutien public à l’exploitation avant de signer des contrats de long terme.",
    )
    paywall = (
        '<div class="sc-paywall" data-testid="paywall"><p class="sc-paywall__title">La suite est '
        'réservée aux abonnés.</p><p>Déjà abonné ? <a href="https://connexion.lesechos.fr/">Se '
        'connecter</a></p><a class="sc-paywall__offer" href="https://abonnement.lesechos.fr/">'
        "Découvrir nos offres : 1 € le premier mois</a></div>"
    )
    authors = ["Marion Lefebvre-Duclos", "Antoine Serre", "Julie Ngata"]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": standfirst,
        "datePublished": "2026-11-12T07:15:00+01:00",
        "dateModified": "2026-11-12T11:40:00+01:00",
        "articleSection": "Énergie - Environnement",
        "isAccessibleForFree": "False",
        "author": [{"@type": "Person", "name": n} for n in authors],
        "publisher": {"@type": "NewsMediaOrganization", "name": "Les Echos"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    next_data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": 2198431,
                    "title": title,
                    "lead": standfirst,
                    "section": {
                        "label": "Énergie - Environnement",
                        "parent": "Industrie - Services",
                    },
                    "authors": [{"name": n} for n in authors],
                    "isPaid": True,
                    "publicationDate": "2026-11-12T06:15:00Z",
                    "updateDate": "2026-11-12T10:40:00Z",
                },
                "related": ch.teaser_records(201, 45, LE),
            }
        },
        "page": "/[...slug]",
        "query": {"slug": ["industrie-services", "energie-environnement"]},
        "buildId": "k3d9TqP0aZ1xv",
        "isFallback": False,
        "gssp": True,
    }
    byline = " ".join(
        f'<a class="sc-author" href="{LE}/journalistes/{n.lower().replace(" ", "-")}">{n}</a>' + sep
        for n, sep in zip(authors, [",", " et", ""], strict=True)
    )
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{title} | Les Echos</title>
<meta name="description" content="{standfirst}"/><link rel="canonical" href="{url}"/>
<meta property="og:title" content="{title}"/><meta property="og:site_name" content="Les Echos"/>
<meta property="og:url" content="{url}"/><meta property="og:type" content="article"/>
<meta property="og:image" content="{LE}/medias/2026/11/12/2198431_hydrelis-web-tete.jpg"/>
<meta name="twitter:site" content="@LesEchos"/><meta property="article:section" content="Industrie - Services"/>
<link rel="preload" href="/_next/static/css/7c1e0a9b.css" as="style"/>
<style data-styled="active">{ch.stylesheet(21, "sc", 480)}</style>
{json_script(ld)}
</head><body><div id="__next">
<header class="sc-header"><a href="{LE}/" class="sc-logo" aria-label="Les Echos">{ch.icon("bookmark", "logo")}</a>
<nav>{ch.menu(22, "sc-nav", LE, ["Économie", "Politique", "Industrie - Services", "Tech - Médias", "Finance - Marchés", "Bourse", "Idées & Débats", "Patrimoine", "Régions"])}</nav>
<button class="sc-search">{ch.icon("search")}</button><a href="https://abonnement.lesechos.fr/" class="sc-subscribe">S'abonner</a></header>
<main><article class="sc-article">
<div class="sc-kicker"><a href="{LE}/industrie-services/energie-environnement">Énergie - Environnement</a></div>
<h1 class="sc-title">{title}</h1>
<p class="sc-lead">{standfirst}</p>
<div class="sc-byline">Par {byline}</div>
<div class="sc-dates"><span>Publié le 12 nov. 2026 à 7:15</span><span>Mis à jour le 12 nov. 2026 à 11:40</span></div>
{ch.share_bar("sc-share", url, ("x", "linkedin", "facebook", "mail"))}
<figure class="sc-figure"><picture><img src="{LE}/medias/2026/11/12/2198431_hydrelis-web.jpg" alt="" width="1440" height="960"/></picture><figcaption>Un prototype d’électrolyseur dans les locaux d’Hydrelis, à Grenoble. <span>©Hydrelis</span></figcaption></figure>
<div class="sc-post-content">
{b.html()}
</div>
{paywall}
</article>
<aside>{ch.ad_slot("dfp-pave", "sc-ad")}{ch.teaser_list(23, "sc-most-read", LE, 10, "Les plus lus")}</aside>
<section class="sc-newsletter"><h2>Newsletter Les Echos Énergie</h2><p>Chaque jeudi, l’essentiel de la transition énergétique.</p><form><input type="email" placeholder="Votre e-mail"/><button>Je m’inscris</button></form></section>
{ch.teaser_list(24, "sc-more", LE, 12, "À lire aussi")}
</main>
<footer class="sc-footer">{ch.link_columns(25, LE, ["Les Echos", "Nos services", "Le Groupe", "Aide"], 7)}<p>© Les Echos 2026</p></footer>
</div>
{ch.consent_box("didomi", "Les Echos")}
<script id="__NEXT_DATA__" type="application/json">{json_text(next_data)}</script>
<script src="/_next/static/chunks/main-5b2f0c.js" defer=""></script>
</body></html>"""
    write(
        "02_lesechos_nextjs_paywall_three_authors",
        page,
        {
            "title": title,
            "publication": "Les Echos",
            "author": "Marion Lefebvre-Duclos, Antoine Serre et Julie Ngata",
            "section": "Énergie - Environnement",
            "date": datetime.date(2026, 11, 12),
            "standfirst": standfirst,
            "source_url": url,
            **b.expectation(),
            "incomplete": True,
            "notes": "Next.js: __NEXT_DATA__ with UTC dates; 'Par A, B et C' as three links; "
            "'Publié le 12 nov. 2026 à 7:15' then 'Mis à jour le … à 11:40' (publication date "
            "wins); two-word h2 subhead 'Deux défis'; a figures table, header row included, each "
            "row a paragraph (empty first header cell); paywall box after seven paragraphs "
            "and the table (incomplete); JSON-LD articleSection beats article:section and the kicker; "
            "' | Les Echos' in <title> only; newsletter box and teasers after the article.",
        },
    )
