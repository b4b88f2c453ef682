# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 04: L'Union (custom CMS), a portrait with an exergue and a ReportageNewsArticle."""

import datetime

from chrome import consent, footer, most_read, teaser_rail, tracking
from kit import css_blob, flat, json_script, menu, paras, write


def page() -> None:
    """Portrait: exergue between paragraphs, no articleSection, breadcrumb before the kicker."""
    base = "https://www.lunion.fr"
    url = f"{base}/id612044/article/2026-11-21/portrait-a-91-ans-gisele-ravaux-tient-toujours-la-mercerie-de-la-rue-de-vesle"
    title = "Portrait. À 91 ans, Gisèle Ravaux tient toujours la mercerie de la rue de Vesle"
    lead = (
        "Depuis 1961, elle vend boutons, rubans et fermetures Éclair à deux pas de la cathédrale. "
        "Rencontre avec la plus ancienne commerçante de Reims, qui refuse d’entendre parler de "
        "retraite."
    )
    quote = "« Tant que les gens poussent la porte, je n’ai pas le droit de la fermer »"
    sub = ["Une clientèle de couturières et de costumiers"]
    p = [
        "La clochette tinte à peine que Gisèle Ravaux a déjà levé les yeux de son carnet de "
        "commandes. « Vous cherchez du biais ? Deuxième tiroir à gauche. » À 91 ans, la "
        "Rémoise connaît par cœur chacun des quelque 3&nbsp;000 tiroirs de bois qui tapissent "
        "les murs de la mercerie Ravaux, au 142 de la rue de Vesle.",
        "Elle y est entrée en 1961 comme vendeuse, l’année de son mariage avec Roger, le fils "
        "des propriétaires. Elle ne l’a plus quittée. Roger est mort en 2009 ; le magasin, lui, "
        "a survécu aux grandes surfaces, à la vente en ligne et à deux années de travaux du "
        "tramway devant sa vitrine.",
        "« Quand le tram est arrivé, tout le monde m’a dit que j’étais finie. J’ai mis une "
        "pancarte “ouvert pendant les travaux” et j’ai attendu », raconte-t-elle en riant.",
        "Ses clientes ont changé, pas le fond du métier. Aux grands-mères venues repriser des "
        "chaussettes ont succédé des étudiantes qui apprennent à coudre sur YouTube et viennent "
        "chercher « le vrai fil, pas celui qui casse ».",
        "Le théâtre de la Comédie et l’Opéra de Reims comptent aussi parmi ses fidèles. Pour la "
        "dernière production de <em>La Veuve joyeuse</em>, la costumière Amandine Lequeux lui a "
        "commandé 1&nbsp;200 boutons de nacre. « Elle les a trouvés en quatre jours. Personne "
        "d’autre n’aurait pu », assure celle-ci.",
        "Sa petite-fille, Léa, 28 ans, vient l’aider le samedi et tient le compte Instagram du "
        "magasin, suivi par plus de 9&nbsp;000 abonnés. Reprendra-t-elle la boutique ? Gisèle "
        "Ravaux hausse les épaules : « On verra bien. Moi, je suis là demain à 9 heures. »",
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "ReportageNewsArticle",
        "headline": title,
        "alternativeHeadline": "La mercerie de Gisèle Ravaux, 65 ans rue de Vesle",
        "datePublished": "2026-11-21T06:00:00+01:00",
        "dateModified": "2026-11-21T10:48:00+01:00",
        "author": [
            {
                "@type": "Person",
                "name": "Claire Hautecœur",
                "url": f"{base}/auteurs/claire-hautecoeur",
                "jobTitle": "Journaliste, rédaction de Reims",
            }
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "L'Union",
            "logo": {"@type": "ImageObject", "url": f"{base}/assets/img/logo-union-amp.png"},
        },
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": [f"{base}/media/2026/11/21/ravaux-1200.jpg"],
    }
    body = "\n".join(
        [
            paras(*p[:2]),
            f'<blockquote class="exergue"><p>{quote}</p></blockquote>',
            paras(p[2]),
            f'<h2 class="article__intertitre">{sub[0]}</h2>',
            paras(*p[3:5]),
            '<div class="ad" data-format="halfpage"><div class="ad__label">Publicité</div></div>',
            f'<aside class="related-inline"><p class="related-inline__label">À lire aussi</p><a href="{base}/id598113/article/2026-07-02/reims-les-commerces-de-la-rue-de-vesle-retrouvent-des-couleurs">Reims : les commerces de la rue de Vesle retrouvent des couleurs</a></aside>',
            paras(p[5]),
        ]
    )
    nav = menu(
        4101,
        "mainmenu",
        base,
        ["Reims", "Marne", "Aisne", "Ardennes", "Sport", "Loisirs", "Faits divers", "Services"],
        11,
    )
    page_html = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="fr"><head>
<meta charset="utf-8">
<title>Portrait. À 91 ans, Gisèle Ravaux tient toujours la mercerie de la rue de Vesle | L'Union</title>
<meta name="description" content="Depuis 1961, elle vend boutons, rubans et fermetures Éclair à deux pas de la cathédrale.">
<meta property="og:title" content="À 91 ans, Gisèle Ravaux tient toujours la mercerie de la rue de Vesle">
<meta property="og:site_name" content="L'Union">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/media/2026/11/21/ravaux-1200.jpg">
<meta property="article:published_time" content="2026-11-21T06:00:00+01:00">
<meta property="article:modified_time" content="2026-11-21T10:48:00+01:00">
<link rel="canonical" href="{url}">
<style>{css_blob(4102, "un", 420)}</style>
{json_script(ld)}
{tracking(4103, {"pageType": "article", "section": "reims", "genre": "portrait"})}
</head>
<body class="article">
{consent(4104)}
<header class="header"><div class="header__date">samedi 21 novembre 2026</div><a href="{base}/" class="header__logo"><img src="{base}/assets/img/logo-union.svg" alt="L'Union"></a><nav>{nav}</nav></header>
<main>
<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{base}/"><span itemprop="name">Accueil</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{base}/region/reims"><span itemprop="name">Reims</span></a><meta itemprop="position" content="2"></li></ol>
<article class="article__main">
<div class="article__kicker"><span>Portrait</span></div>
<h1 class="article__title">{title}</h1>
<div class="article__chapo"><p>{lead}</p></div>
<div class="article__byline"><div class="author"><img src="{base}/auteurs/claire-hautecoeur.jpg" alt=""><a rel="author" href="{base}/auteurs/claire-hautecoeur">Claire Hautecœur</a></div><div class="article__date"><time datetime="2026-11-21T06:00:00+01:00">Publié le 21/11/2026 à 06:00</time> <time datetime="2026-11-21T10:48:00+01:00">Mis à jour le 21/11/2026 à 10:48</time></div></div>
<figure class="article__image"><img src="{base}/media/2026/11/21/ravaux-1200.jpg" alt="Gisèle Ravaux"><figcaption>Gisèle Ravaux dans sa mercerie, jeudi. <span class="copyright">- Christian Lantenois</span></figcaption></figure>
<div class="article__content">
{body}
</div>
<div class="article__tags"><a href="#">Commerce</a><a href="#">Reims centre</a><a href="#">Portrait</a></div>
<div class="newsletter-box"><h3>Recevez la newsletter Reims</h3><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m’inscris</button></form></div>
</article>
{most_read(4105, base)}
<section><h2>Sur le même sujet</h2>{teaser_rail(4106, base, 160)}</section>
</main>
{footer("L'Union", "L'Union – L'Ardennais", ["Mentions légales", "Données personnelles", "Contact", "Annonces légales"])}
</body></html>
"""
    write(
        "04_lunion_portrait_exergue",
        page_html,
        {
            "title": title,
            "publication": "L'Union",
            "author": "Claire Hautecœur",
            "section": "Reims",
            "date": datetime.date(2026, 11, 21),
            "standfirst": lead,
            "source_url": url,
            "subheads": sub,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p],
            "notes": "Custom CMS (Rossel France ids). Portrait: ReportageNewsArticle without "
            "articleSection, so the microdata breadcrumb's last item 'Reims' gives the section "
            "(kicker 'Portrait' comes after); h1 with 'Portrait.' prefix while og:title has none "
            "(h1 wins); blockquote.exergue pull quote in « »; “ ” nested in « »; œ in the "
            "author's name; caption credit with a dash; related link, ad, tags, newsletter.",
        },
    )
