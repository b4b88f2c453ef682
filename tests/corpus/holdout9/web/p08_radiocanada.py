"""Page 08: Radio-Canada (Nuxt), two authors with La Presse canadienne, a UTC-shifted date."""

from __future__ import annotations

import datetime
import json

import chrome as c
from kit import Body, json_script, write

RC = "https://ici.radio-canada.ca"
P = 'class="document-paragraph"'


def rc_body() -> Body:
    """The article: h2 subheads, a list after an introducing paragraph, 1<sup>er</sup>."""
    b = Body()
    b.p(
        "Le Centre intégré de santé et de services sociaux (CISSS) de l’Abitibi-Témiscamingue "
        "a annoncé vendredi que les urgences des hôpitaux de La Sarre et de Ville-Marie "
        "fermeront la nuit, de 20 h à 8 h, à compter du 1<sup>er</sup> décembre. La mesure doit "
        "durer au moins jusqu’à la fin de mars.",
        "Selon la direction du CISSS, il manque actuellement 41 infirmières et 9 médecins pour "
        "assurer une couverture complète des deux services. « Nous avons épuisé toutes les "
        "options : le temps supplémentaire, les agences, les équipes volantes. Fermer la nuit, "
        "c’est la seule façon de garder ces urgences ouvertes le jour », a expliqué la "
        "présidente-directrice générale, Caroline Gauthier-Dumas, en conférence de presse à "
        "Rouyn-Noranda.",
        attrs=P,
    )
    b.head("Des trajets de plus d’une heure", attrs='class="document-subtitle"')
    b.p(
        "Pendant les heures de fermeture, les patients devront se rendre à Amos ou à "
        "Rouyn-Noranda. Pour certains résidents du nord de l’Abitibi-Ouest, cela représente "
        "plus d’une heure de route, souvent sur des chemins enneigés.",
        "Le CISSS assure que des mesures ont été prévues pour limiter les risques :",
        attrs=P,
    )
    b.items(
        "deux ambulances supplémentaires en disponibilité la nuit;",
        "une ligne téléphonique d’infirmières accessible 24 heures sur 24;",
        "un corridor de transfert prioritaire vers l’hôpital d’Amos.",
        attrs='class="document-list"',
    )
    b.chrome(
        '<aside class="document-related"><p class="document-related__label">À lire aussi :</p>'
        '<ul><li><a href="/nouvelle/2071184/urgence-ville-marie-fermeture-ete">L’urgence de '
        'Ville-Marie fermée la nuit pour l’été</a></li><li><a href="/nouvelle/2079310/penurie'
        '-infirmieres-abitibi-agences">Pénurie d’infirmières : le recours aux agences explose '
        "en Abitibi</a></li></ul></aside>"
    )
    b.p(
        "Le maire de La Sarre, Denis Lachance, se dit « abasourdi ». « On parle d’une "
        "population de 20 000 personnes, dont beaucoup d’aînés. Une heure de route en pleine "
        "tempête, ce n’est pas un détail », a-t-il déclaré.",
        attrs=P,
    )
    b.head("Québec promet des renforts", attrs='class="document-subtitle"')
    b.p(
        "Le ministre de la Santé a indiqué, par voie de communiqué, que des infirmières du "
        "réseau montréalais seraient invitées à effectuer des séjours de quatre semaines dans "
        "la région, avec des primes d’éloignement bonifiées. Il n’a pas précisé combien de "
        "postes seraient ainsi comblés.",
        "Le syndicat des professionnelles en soins de la région, lui, réclame une hausse "
        "permanente des primes de rétention plutôt que des solutions temporaires. « Les "
        "agences coûtent deux fois plus cher et ne règlent rien. Il faut donner aux gens qui "
        "sont ici une raison de rester », a fait valoir sa présidente, Mélanie Rivard.",
        "Ce n’est pas la première fois que des urgences de la région réduisent leurs heures. "
        "L’été dernier, celle de Ville-Marie avait déjà fermé la nuit pendant six semaines.",
        attrs=P,
    )
    return b


def nuxt_state(body: Body, title: str) -> str:
    """Nuxt 2's `window.__NUXT__`, as a self-calling function over repeated values."""
    data = {
        "layout": "default",
        "data": [{"news": {"id": 2087412, "title": title, "themeTag": "Santé",
                           "regionTag": "Abitibi-Témiscamingue",
                           "body": [{"type": "paragraph", "html": t} for t in body.paragraphs],
                           "related": c.teasers(81, 30, f"{RC}/nouvelle")}}],
        "state": {"user": None, "region": "abitibi-temiscamingue"},
    }  # fmt: skip
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script>window.__NUXT__=(function(a,b,c){{return {text}}}(null,false,"fr"));</script>'


def page_08_radiocanada() -> None:
    """Radio-Canada: 'Par A et B, avec La Presse canadienne'; 21 h 30 HNE is the next day in UTC."""
    url = f"{RC}/nouvelle/2087412/urgences-la-sarre-ville-marie-fermeture-nuit"
    title = "Pénurie de personnel : deux urgences fermeront la nuit en Abitibi-Témiscamingue"
    lead = (
        "Les urgences de La Sarre et de Ville-Marie seront fermées de 20 h à 8 h dès le "
        "1er décembre, faute d’infirmières et de médecins."
    )
    body = rc_body()
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": "2026-11-15T02:30:00.000Z",
        "dateModified": "2026-11-15T03:12:00.000Z",
        "articleSection": "Santé",
        "author": [{"@type": "Person", "name": "Julie Desrosiers"},
                   {"@type": "Person", "name": "Karim Benali"}],
        "sourceOrganization": {"@type": "Organization", "name": "La Presse canadienne"},
        "publisher": {"@type": "Organization", "name": "Radio-Canada"},
        "inLanguage": "fr-CA",
    }  # fmt: skip
    head = c.meta_tags([
        ("name", "description", lead),
        ("property", "og:site_name", "Radio-Canada"),
        ("property", "og:type", "article"),
        ("property", "og:title", title),
        ("property", "og:url", url),
        ("property", "og:image", "https://images.radio-canada.ca/q_auto,w_1200/v1/ici-info/16x9/urgence-la-sarre.jpg"),
        ("name", "twitter:site", "@RadioCanadaInfo"),
        ("name", "rc.segment", "info"),
        ("name", "rc.region", "abitibi-temiscamingue"),
    ])  # fmt: skip
    nav = c.menu(
        84,
        "site-nav",
        RC,
        [
            "Info",
            "Régions",
            "Politique",
            "Économie",
            "Santé",
            "Environnement",
            "International",
            "Sports",
            "Arts",
        ],
    )
    foot = c.footer(
        86,
        "site-footer",
        RC,
        "Société Radio-Canada",
        ["Radio-Canada", "Info", "Télé", "Radio", "Nous joindre"],
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-CA" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22fr-CA%22%7D%7D">
<head><meta data-n-head="ssr" charset="utf-8">
<title>{title} | Radio-Canada</title>
{head}
<link data-n-head="ssr" rel="canonical" href="{url}">
<link rel="preload" href="/_nuxt/a9f2e1c.modern.js" as="script">
<style data-vue-ssr-id="3f1a2b7c:0">{c.css(82, "rc", 300)}</style>
{json_script(ld)}
</head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="app">
{c.icons(83)}
<header class="site-header"><a class="site-header__logo" href="{RC}/info">Radio-Canada Info</a>
{nav}
</header>
<main class="document-main"><article class="document-news">
<div class="document-labels"><a class="label-region"
href="/info/regions/abitibi-temiscamingue">Abitibi-Témiscamingue</a></div>
<h1 class="document-title">{title}</h1>
<p class="document-chapeau">{lead}</p>
<div class="document-signature"><p class="signature-authors">Par <span class="author">Julie
Desrosiers</span> et <span class="author">Karim Benali</span>, avec La Presse canadienne</p>
<p class="signature-date"><time datetime="2026-11-14T21:30:00-05:00">Publié le 14 novembre 2026 à 21
h 30 HNE</time></p></div>
{c.share_bar("document-share", url)}
<figure class="document-image"><img
src="https://images.radio-canada.ca/q_auto,w_1200/v1/ici-info/16x9/urgence-la-sarre.jpg" alt="">
<figcaption>L’hôpital de La Sarre, en Abitibi-Ouest (archives). <span class="credit">Photo :
Radio-Canada / Simon Gélinas</span></figcaption></figure>
<div class="document-body">
{body.html()}
</div>
<div class="document-newsletter"><p>Abonnez-vous à l’infolettre d’ICI Abitibi-Témiscamingue.</p>
<button>S’abonner</button></div>
</article>
{c.teaser_list(c.teasers(85, 12, f"{RC}/nouvelle"), "more-news", "À la une")}
</main>
{foot}
</div></div></div>
{nuxt_state(body, title)}
<script>{c.minified_js(87, 12000)}</script>
</body></html>
"""
    expected = {
        "title": title,
        "publication": "Radio-Canada",
        "author": "Julie Desrosiers et Karim Benali",
        "agency": "La Presse canadienne",
        "section": "Santé",
        "date": datetime.date(2026, 11, 14),
        "standfirst": lead,
        "source_url": url,
        "notes": (
            "Radio-Canada (Nuxt 2): window.__NUXT__ holds the paragraphs again; 'Par A et B, "
            "avec La Presse canadienne' (two persons, one agency); published 21 h 30 HNE on "
            "14 November, the <time> has -05:00 but JSON-LD datePublished is 02:30Z on "
            "15 November: the date is the local one, 2026-11-14; articleSection 'Santé' beats "
            "the region label; '1<sup>er</sup>'; ul after an introducing paragraph; two "
            "'À lire aussi' links, caption with photo credit, newsletter box are no text."
        ),
    }
    write("08_radiocanada_nuxt_presse_canadienne_utc", page, expected, body)
