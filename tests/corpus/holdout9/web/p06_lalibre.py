"""Page 06: La Libre Belgique (Arc-like), `articleBody` in JSON-LD, a Belga credit."""

from __future__ import annotations

import datetime

import chrome as c
from kit import Body, json_script, write

LLB = "https://www.lalibre.be"
P = 'class="ap-Paragraph"'


def libre_body() -> Body:
    """The article: subheads, a paragraph introducing an ordered list."""
    b = Body()
    b.p(
        "Le piétonnier du centre de Bruxelles va encore s’agrandir. Le collège de la Ville a "
        "approuvé, lundi, le projet de réaménagement du boulevard Adolphe Max et de ses rues "
        "adjacentes, qui prolongera la zone piétonne depuis la place De Brouckère jusqu’à la "
        "place Rogier. Les travaux doivent débuter au printemps 2027 pour une durée estimée à "
        "dix-huit mois.",
        "Le boulevard, aujourd’hui ouvert à la circulation locale sur une bande, sera réservé "
        "aux piétons, aux cyclistes et aux livraisons entre 5 h et 11 h. Une centaine d’arbres "
        "doivent y être plantés et les trottoirs céderont la place à un revêtement continu, de "
        "façade à façade.",
        "« C’est la dernière pièce du puzzle. Quand le boulevard sera terminé, on pourra "
        "marcher de la gare du Midi à la gare du Nord sans croiser une voiture », a déclaré "
        "l’échevine de la Mobilité, Fatima Zahra El Idrissi, lors d’une conférence de presse.",
        attrs=P,
    )
    b.chrome(c.ad("ad-rectangle-1", "ap-Ad"))
    b.head("Un calendrier en trois phases", attrs='class="ap-Heading"')
    b.p(
        "La Ville a présenté un phasage destiné à limiter les nuisances pour les commerçants :",
        attrs=P,
    )
    b.items(
        "de mars à septembre 2027, les travaux d’impétrants et le remplacement des égouts ;",
        "d’octobre 2027 à avril 2028, le nouveau revêtement entre De Brouckère et la rue Neuve ;",
        "de mai à septembre 2028, la dernière section jusqu’à Rogier et les plantations.",
        tag="ol",
        attrs='class="ap-List"',
    )
    b.p(
        "Le budget total s’élève à 31,5 millions d’euros, dont 12 millions pris en charge par "
        "la Région bruxelloise via Beliris.",
        attrs=P,
    )
    b.chrome(
        '<div class="ap-ReadAlso"><span>À lire aussi</span><ul><li><a href="/belgique/'
        "bruxelles/2026/06/14/le-piétonnier-a-dix-ans-ce-qui-a-change-dans-le-centre-"
        'HQ3KZ2.html">Le piétonnier a dix ans : ce qui a changé dans le centre</a></li></ul>'
        "</div>"
    )
    b.head("Les commerçants partagés", attrs='class="ap-Heading"')
    b.p(
        "Du côté des commerçants, l’accueil est plus réservé. L’association des commerces du "
        "centre redoute une nouvelle baisse de fréquentation pendant le chantier, après celle "
        "observée lors de la première phase du piétonnier. « Nous ne sommes pas contre le "
        "projet, mais nous demandons des indemnités dès le premier jour de travaux, pas après "
        "des mois de procédure », insiste sa présidente, Martine Verhaegen.",
        "La Ville rappelle qu’une prime forfaitaire de 3 000 euros par mois est prévue pour les "
        "commerces dont l’accès serait entravé plus de deux semaines. Le dossier doit encore "
        "obtenir un permis d’urbanisme, attendu dans le courant de l’année prochaine, selon "
        "Belga.",
        attrs=P,
    )
    return b


def page_06_lalibre() -> None:
    """La Libre Belgique: articleBody, 'Name (avec Belga)', '© BELGA' photo credit."""
    url = (
        f"{LLB}/belgique/bruxelles/2026/11/10/bruxelles-le-pietonnier-du-centre-"
        "ville-setendra-jusqua-la-place-rogier-dici-2028-W4FJ7QX2ZBDKPLS3MNRT6YV5HA/"
    )
    title = "Bruxelles : le piétonnier du centre-ville s’étendra jusqu’à la place Rogier d’ici 2028"
    lead = (
        "La Ville de Bruxelles a approuvé le réaménagement du boulevard Adolphe Max. Les "
        "commerçants réclament des indemnités dès le début du chantier."
    )
    body = libre_body()
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": lead,
        "articleBody": " ".join(body.paragraphs),
        "articleSection": "Belgique",
        "datePublished": "2026-11-10T17:45:00+01:00",
        "dateModified": "2026-11-10T18:30:00+01:00",
        "author": [{"@type": "Person", "name": "Sophie Vandamme"}],
        "publisher": {"@type": "NewsMediaOrganization", "name": "La Libre Belgique",
                      "logo": {"@type": "ImageObject", "url": f"{LLB}/pf/resources/logo.png"}},
        "image": {"@type": "ImageObject", "url": f"{LLB}/resizer/boulevard-max.jpg",
                  "creditText": "BELGA"},
        "isAccessibleForFree": True,
    }  # fmt: skip
    head = c.meta_tags([
        ("name", "description", lead),
        ("property", "og:site_name", "La Libre.be"),
        ("property", "og:type", "article"),
        ("property", "og:title", f"{title} | La Libre"),
        ("property", "og:url", url),
        ("property", "og:image", f"{LLB}/resizer/boulevard-max.jpg"),
        ("property", "article:published_time", "2026-11-10T17:45:00+01:00"),
        ("property", "article:section", "Bruxelles"),
        ("name", "twitter:site", "@lalibrebe"),
        ("name", "ap:premium", "false"),
    ])  # fmt: skip
    state = {"story": {"id": "W4FJ7QX2ZBDKPLS3MNRT6YV5HA", "section": "/belgique/bruxelles"},
             "recommendations": c.teasers(61, 40, f"{LLB}/belgique")}  # fmt: skip
    nav = c.menu(
        65,
        "ap-Nav",
        LLB,
        [
            "Belgique",
            "International",
            "Économie",
            "Sports",
            "Culture",
            "Lifestyle",
            "Débats",
            "Regions",
        ],
    )
    more = c.teaser_list(
        c.teasers(66, 12, f"{LLB}/belgique/bruxelles"), "ap-Teasers", "Plus d’actu Bruxelles"
    )
    foot = c.footer(
        67,
        "ap-Footer",
        LLB,
        "IPM Group - La Libre Belgique",
        ["La Libre", "Services", "Abonnement", "Applications", "Suivez-nous"],
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-BE"><head><meta charset="utf-8">
<title>{title} - La Libre</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="canonical" href="{url}">
<style>{c.css(62, "ap", 260)}</style>
{json_script(ld)}
{json_script(state, 'type="application/json" id="ap-state"')}
<script>{c.minified_js(63, 12000)}</script>
</head>
<body class="ap-Body ap-Body--article">
{c.icons(64)}
{c.cookie_box("ap-Consent", "La Libre")}
<header class="ap-Header"><a class="ap-Header-logo" href="/">La Libre</a>
{nav}
</header>
<main class="ap-Main">
<nav class="ap-Breadcrumb"><a href="{LLB}/belgique/">Belgique</a> › <a
href="{LLB}/belgique/bruxelles/">Bruxelles</a></nav>
<article class="ap-Story">
<header class="ap-StoryHeader">
<h1 class="ap-StoryHeader-title">{title}</h1>
<div class="ap-StoryHeader-lead"><p>{lead}</p></div>
<div class="ap-StoryMeta"><span class="ap-StoryMeta-author"><a
href="{LLB}/auteurs/sophie-vandamme/">Sophie Vandamme</a> (avec Belga)</span>
<span class="ap-StoryMeta-date">Publié le 10-11-2026 à 17h45 - Mis à jour le 10-11-2026 à
18h30</span></div>
{c.share_bar("ap-Share", url)}
</header>
<figure class="ap-StoryMedia"><img src="{LLB}/resizer/boulevard-max.jpg" alt="">
<figcaption>Le boulevard Adolphe Max, à hauteur de la place De Brouckère. <span class="ap-Credit">©
BELGA</span></figcaption></figure>
<div class="ap-StoryBody">
{body.html()}
</div>
<div class="ap-StoryTags"><a href="/tags/bruxelles">Bruxelles</a><a
href="/tags/mobilite">Mobilité</a></div>
</article>
{more}
</main>
{foot}
</body></html>
"""
    expected = {
        "title": title,
        "publication": "La Libre Belgique",
        "author": "Sophie Vandamme",
        "agency": "Belga",
        "section": "Belgique",
        "date": datetime.date(2026, 11, 10),
        "standfirst": lead,
        "source_url": url,
        "notes": (
            "La Libre Belgique (Arc-like 'ap-' markup): JSON-LD articleBody as one string "
            "(paragraphs come from the HTML); byline 'Name (avec Belga)' credits the agency; "
            "'© BELGA' photo credit and JSON-LD image creditText do not count; JSON-LD "
            "articleSection 'Belgique' beats article:section and breadcrumb 'Bruxelles'; "
            "og:title ' | La Libre', og:site_name 'La Libre.be', publisher 'La Libre "
            "Belgique'; 'Publié le 10-11-2026 à 17h45 - Mis à jour …'; ol after an "
            "introducing paragraph; standfirst in div.ap-StoryHeader-lead."
        ),
    }
    write("06_lalibre_arclike_articlebody_belga", page, expected, body)
