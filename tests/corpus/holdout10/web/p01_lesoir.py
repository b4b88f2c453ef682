"""Page 01: Le Soir (BE), Arc XP: three authors, stale JSON-LD headline, kicker vs section."""

from __future__ import annotations

import datetime

import bulk
import kit

URL = "https://www.lesoir.be/612874/article/2026-11-30/tram-10-le-chantier-qui-divise-schaerbeek"
TITLE = "Tram 10\u00a0: le chantier qui divise Schaerbeek"
STANDFIRST = (
    "Deux ans de travaux, 140 arbres abattus, une ligne attendue depuis 2009\u00a0: la "
    "Stib présente ce lundi le calendrier définitif. Les commerçants de la chaussée d’Helmet "
    "réclament des indemnités."
)
AUTHORS = "Hélène Dubreucq, Maxime Van Houtte et Sarah Lemaire"

TEXT = """
Le dossier traînait depuis quinze ans dans les tiroirs de Beliris. Il en sort ce lundi, avec
un calendrier précis et une facture qui a grimpé en route&nbsp;: 287&nbsp;millions d’euros,
contre 190 annoncés lors de l’enquête publique de 2021. La future ligne de tram 10 doit relier
la gare du Nord à la place Meiser en vingt-deux minutes, en traversant Schaerbeek de part en
part.

Selon le planning que la Stib dévoilera devant le conseil communal, les premiers engins de
chantier arriveront chaussée d’Helmet le 2&nbsp;mars. Les travaux se dérouleront en six
tronçons, de manière à ne jamais fermer plus de 800&nbsp;mètres de voirie à la fois. «&nbsp;On
a retenu les leçons du boulevard Lemonnier&nbsp;», assure un cadre de la société de transport.

@lire

## Colère commerçante

Les leçons, justement, les commerçants n’y croient guère. Sur les 112 enseignes recensées le
long du tracé, 74 ont signé une pétition réclamant une prime de compensation dès le premier mois
de travaux, et non après trois mois de baisse de chiffre d’affaires comme le prévoit le régime
régional actuel.

» «&nbsp;Deux ans de poussière, c’est la fin pour la moitié d’entre nous&nbsp;»

Karim Benali tient une boulangerie au numéro 214 depuis 1998. «&nbsp;Deux ans de poussière,
c’est la fin pour la moitié d’entre nous. On ne demande pas la charité, on demande qu’on nous
laisse le temps de tenir&nbsp;», explique-t-il, entre deux fournées. Son voisin, opticien, a
déjà décidé de déménager à Evere.

@ad

## Un tracé contesté jusqu’au bout

Le tracé lui-même n’a jamais fait l’unanimité. Le comité de quartier Helmet-Terdelt plaidait
pour un passage par l’avenue Rogier, plus large, qui aurait épargné une partie des platanes. La
Région a tranché en faveur de la chaussée, jugée plus proche des écoles et du centre sportif.
Au total, 140 arbres seront abattus et 310 replantés, promet Bruxelles Mobilité.

La bourgmestre, Cécile Jodogne-Ransy, se dit «&nbsp;favorable au tram mais pas à n’importe
quel prix&nbsp;». Elle compte demander au gouvernement bruxellois un fonds d’urgence de
4&nbsp;millions pour les indépendants, ainsi qu’un médiateur de chantier présent chaque jour sur
place.

### Et après&nbsp;?

Si le calendrier est tenu, les premiers voyageurs monteront à bord à l’automne 2028. La Stib
table sur 38.000 passagers par jour, soit presque le double de la ligne de bus 59 qu’il
remplacera. Reste une inconnue de taille&nbsp;: la commande des nouvelles rames, dont le
marché public a été attaqué devant le Conseil d’État par un constructeur écarté.

Les riverains sont invités à une séance d’information le 12&nbsp;décembre à la maison des
Arts. Les plans détaillés de chaque tronçon seront consultables à la maison communale à partir
de mercredi.
"""


def chrome() -> dict[str, str]:
    """The Arc XP boxes between paragraphs."""
    return {
        "lire": (
            '<div class="r-article--related"><span class="r-related__label">Lire aussi</span>'
            '<a href="https://www.lesoir.be/598102/article/2026-09-14/metro-3-le-tunnel-sous-'
            'la-gare-du-nord-prend-deux-ans-de-retard">Métro 3&nbsp;: le tunnel sous la gare du '
            "Nord prend deux ans de retard</a></div>"
        ),
        "ad": (
            '<div class="r-ad r-ad--inread" id="div-gpt-ad-inread1" data-slot="/1234/lesoir/'
            'belgique/inread"><span class="r-ad__label">Publicité</span></div>'
        ),
    }


def page() -> None:
    """Write page 01 and its expected file."""
    art = kit.render(
        TEXT,
        {
            "p": '<p class="r-article--paragraph">{}</p>',
            "h2": '<h2 class="r-article--subtitle">{}</h2>',
            "h3": '<h3 class="r-article--subtitle r-article--subtitle-small">{}</h3>',
            "pull": '<blockquote class="r-article--quote"><p>{}</p></blockquote>',
        },
        chrome(),
    )
    people = AUTHORS.replace(" et ", ", ").split(", ")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Tram 10 à Schaerbeek\u00a0: la Stib présente son calendrier",
        "articleSection": ["Belgique", "Bruxelles"],
        "datePublished": "2026-11-30T06:00:00+01:00",
        "dateModified": "2026-11-30T09:41:12+01:00",
        "author": [{"@type": "Person", "name": p} for p in people],
        "publisher": {"@type": "Organization", "name": "Le Soir"},
        "mainEntityOfPage": URL,
        "isAccessibleForFree": True,
    }
    fusion = {
        "globalContent": {
            "_id": "VX3KQ",
            "type": "story",
            "canonical_url": URL,
            "related": bulk.teasers(1, 60, "https://www.lesoir.be"),
        }
    }
    byline = ", ".join(
        f'<a class="r-article--author" href="https://www.lesoir.be/auteur/{bulk.slug(p)}">{p}</a>'
        for p in people[:-1]
    )
    byline += ' et <a class="r-article--author" href="https://www.lesoir.be/auteur/'
    byline += f'{bulk.slug(people[-1])}">{people[-1]}</a>'
    head = f"""<!DOCTYPE html>
<html lang="fr-BE"><head><meta charset="utf-8">
<title>{TITLE} - Le Soir</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="La Stib présente le calendrier du tram 10 à Schaerbeek.">
<meta property="og:title" content="{TITLE} | Le Soir">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}?utm_source=share">
<meta property="og:site_name" content="Le Soir">
<meta property="og:image" content="https://www.lesoir.be/sites/default/files/tram10.jpg">
<meta property="article:published_time" content="2026-11-30T06:00:00+01:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@lesoir">
<link rel="canonical" href="{URL}">
<link rel="preconnect" href="https://cdn.lesoir.be">
<style>{bulk.css(101, "r", 260)}</style>
{bulk.json_script(ld)}
{bulk.json_script(fusion, 'id="fusion-metadata" type="application/json"')}
{bulk.tracker_scripts(11, 30)}
</head>"""
    body = f"""<body class="r-page r-page--article">
<div id="didomi-host"><div class="didomi-popup"><p>Le Soir et ses partenaires utilisent des
cookies pour mesurer l’audience et personnaliser les publicités.</p><button>Accepter</button>
<button>Paramétrer</button></div></div>
<header class="r-header"><a class="r-header__logo" href="https://www.lesoir.be/">Le Soir</a>
<nav class="r-nav">{
        bulk.menu(
            12,
            "r-nav__list",
            "https://www.lesoir.be",
            ["Belgique", "Monde", "Économie", "Sports", "Culture", "Opinions", "Soirmag"],
        )
    }</nav>
<button class="r-header__search">{bulk.svg("search")}</button></header>
<main class="r-main"><article class="r-article">
<nav class="r-breadcrumb"><a href="https://www.lesoir.be/">Accueil</a> ›
<a href="https://www.lesoir.be/belgique">Belgique</a> ›
<a href="https://www.lesoir.be/bruxelles">Bruxelles</a></nav>
<header class="r-article--header">
<span class="r-article--kicker">Décryptage</span>
<h1 class="r-article--title">{TITLE}</h1>
<p class="r-article--chapo">{STANDFIRST}</p>
<div class="r-article--meta"><span class="r-article--byline">Par {byline}</span>
<time datetime="2026-11-30T06:00:00+01:00">Publié le 30/11/2026 à 06:00</time>
<span class="r-article--updated">Mis à jour le 30/11/2026 à 09:41</span></div>
{bulk.share_bar("r-share", URL)}
</header>
<figure class="r-article--figure"><img src="https://cdn.lesoir.be/tram10.jpg" alt="">
<figcaption>La chaussée d’Helmet, où passera la future ligne. © Belga Image</figcaption></figure>
<div class="r-article--body">
{art.html}
</div>
<div class="r-newsletter"><h3>La newsletter Bruxelles</h3><p>Chaque matin, l’essentiel de
l’actualité de la capitale.</p><input type="email" placeholder="Votre adresse e-mail">
<button>Je m’inscris</button></div>
</article>
<aside class="r-rail"><h2>Les plus lus</h2>
{bulk.teaser_list(bulk.teasers(13, 40, "https://www.lesoir.be"), "r-rail__list")}</aside>
</main>
<footer class="r-footer"><p>© Rossel &amp; Cie S.A. – Le Soir, Bruxelles, 2026</p>
{
        bulk.menu(
            14,
            "r-footer__links",
            "https://www.lesoir.be",
            ["Contact", "Abonnements", "Vie privée", "Cookies", "Mentions légales"],
            4,
        )
    }</footer>
</body></html>
"""
    bulk.write(
        "01_lesoir_arcxp_three_authors",
        head + "\n" + body,
        {
            "title": kit.flat(TITLE),
            "publication": "Le Soir",
            "author": AUTHORS,
            "section": "Belgique",
            "date": datetime.date(2026, 11, 30),
            "standfirst": kit.flat(STANDFIRST),
            "source_url": URL,
            "subheads": art.subheads,
            "pull_quotes": art.pull_quotes,
            "paragraphs": art.paragraphs,
            "notes": (
                "Arc XP page: three author links joined 'A, B et C'; JSON-LD headline is stale "
                "(h1 wins); kicker 'Décryptage' loses to articleSection list (first item "
                "'Belgique'); og:title ' | Le Soir', <title> ' - Le Soir'; p.r-article--chapo "
                "standfirst; two-word h2 'Colère commerçante'; h3 'Et après ?'; pull quote; "
                "'Lire aussi' box and ad between paragraphs; og:url differs from the "
                "canonical (utm); Didomi cookie notice; newsletter box after the body."
            ),
        },
    )
