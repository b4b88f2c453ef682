# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 06: Lausanne Cités (custom CMS), two authors, exergue, kicker only in the page."""

import datetime

from chrome import build
from kit import flat, paras, write


def page06() -> None:
    """Two authors in two links ('A et B'), div.chapeau, exergue between paragraphs, no article:section."""
    base = "https://www.lausannecites.ch"
    url = f"{base}/actualites/lausanne/la-piscine-de-mon-repos-restera-ouverte-le-dimanche-soir"
    title = "La piscine de Mon-Repos restera ouverte le dimanche soir"
    lead = "Après une pétition de 2400 signatures, la Municipalité renonce à avancer la fermeture dominicale du bassin à 18&nbsp;heures. Un essai d’un an est prévu."
    p = [
        "La nouvelle est tombée mercredi, en marge de la séance du Conseil communal. La piscine couverte de Mon-Repos gardera ses horaires du dimanche, jusqu’à 21&nbsp;heures, au moins jusqu’à la fin de 2027. La Ville avait prévu, pour des raisons d’économies, de fermer les portes trois heures plus tôt dès janvier.",
        "C’est la mobilisation des usagers qui a fait pencher la balance. Lancée début octobre par un collectif de nageurs, une pétition a recueilli 2400 signatures en cinq semaines, un record pour un équipement sportif lausannois, selon la chancellerie.",
        "«On ne parle pas d’un caprice. Le dimanche soir, c’est le seul créneau où les familles qui travaillent en horaires décalés peuvent venir ensemble», souligne Léa Bonvin, l’une des initiatrices. Elle compte parmi les signataires une majorité d’habitants de Chailly et de la Sallaz.",
        "La municipale des sports, Isabelle Rochat-Genoud, assume le revirement. «Nous avions sous-estimé la fréquentation de ce créneau. Les chiffres de caisse montrent plus de 300 entrées certains dimanches d’hiver», reconnaît-elle.",
        "L’économie attendue de la fermeture anticipée, environ 95&nbsp;000&nbsp;francs par an, devra être trouvée ailleurs. La Ville évoque une réorganisation des horaires du personnel de surveillance et une hausse modérée des tarifs pour les non-Lausannois, de 8 à 9&nbsp;francs l’entrée.",
        "Cette dernière mesure fait déjà grincer des dents à Pully et Épalinges, dont les habitants fréquentent massivement le bassin. «Nous demandons à être consultés avant toute hausse», écrit la syndique d’Épalinges dans un courrier adressé à la Municipalité lausannoise.",
        "L’essai durera douze mois. Un bilan sera présenté au Conseil communal à l’automne 2027, avec des comptages précis de la fréquentation. Le collectif promet de rester vigilant et réclame déjà une ouverture prolongée le samedi pendant les vacances scolaires.",
    ]
    quote = "«Nous avions sous-estimé la fréquentation de ce créneau.»"
    body = "\n".join(
        [
            paras(*p[:3]),
            f'<div class="exergue"><span class="exergue__text">{quote}</span><span class="exergue__author">Isabelle Rochat-Genoud, municipale des sports</span></div>',
            paras(*p[3:5]),
            f'<div class="lire-aussi-box"><span class="label">Lire aussi</span><a href="{base}/actualites/lausanne/piscines-lausannoises-le-grand-chantier-de-bellerive">Piscines lausannoises: le grand chantier de Bellerive</a></div>',
            '<div class="ad-box"><div id="adnz_inread"></div><small>Annonce</small></div>',
            paras(*p[5:]),
        ]
    )
    metas = f"""<meta name="description" content="La piscine de Mon-Repos gardera ses horaires du dimanche.">
<meta property="og:title" content="{title}">
<meta property="og:description" content="La Municipalité renonce à avancer la fermeture.">
<meta property="og:url" content="{url}?utm_source=share">
<meta property="og:site_name" content="Lausanne Cités">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-25T07:00:00+01:00">
<meta name="author" content="Mélanie Cuendet, Julien Rapin">"""
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": "2026-11-25T07:00:00+01:00",
            "author": [
                {"@type": "Person", "name": "Mélanie Cuendet"},
                {"@type": "Person", "name": "Julien Rapin"},
            ],
            "publisher": {
                "@type": "Organization",
                "name": "Lausanne Cités",
                "logo": {"@type": "ImageObject", "url": f"{base}/static/logo-lc.png"},
            },
        }
    ]
    header = '<div class="lc-edition">Édition du 25 novembre 2026 — Gratuit, chaque mercredi</div>'
    article = f"""<section class="article-page"><div class="article-kicker"><a href="{base}/actualites/lausanne">Lausanne</a></div>
<h1 class="article-title">{title}</h1>
<div class="chapeau">{lead}</div>
<div class="article-info"><span class="authors"><a href="{base}/auteurs/melanie-cuendet">Mélanie Cuendet</a> <a href="{base}/auteurs/julien-rapin">Julien Rapin</a></span> <span class="date">25.11.2026</span></div>
<div class="article-image"><img src="{base}/media/2026/11/mon-repos.jpg" alt=""><div class="image-legend">Le bassin de Mon-Repos accueille jusqu’à 300 nageurs le dimanche soir. <span class="copyright">Keystone / Laurent Gillieron</span></div></div>
<div class="article-body">
{body}
</div>
<div class="article-tags"><a href="{base}/tag/piscine">#piscine</a> <a href="{base}/tag/sport">#sport</a></div>
<div class="newsletter-lc"><h3>Ne manquez rien de Lausanne</h3><p>Inscrivez-vous à notre newsletter.</p></div>
</section>"""
    page = build(
        seed=206,
        base=base,
        url=url,
        lang="fr-CH",
        doc_title=f"{title} | Lausanne Cités",
        metas=metas,
        ld=ld,
        header=header,
        article=article,
        sections=["Lausanne", "Région", "Sport", "Culture", "Immobilier", "Annonces"],
        site="Lausanne Cités",
    )
    write(
        "06_lausannecites_custom_two_authors_exergue",
        page,
        {
            "title": title,
            "publication": "Lausanne Cités",
            "author": "Mélanie Cuendet et Julien Rapin",
            "section": "Lausanne",
            "date": datetime.date(2026, 11, 25),
            "standfirst": flat(lead),
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": "Two authors as two adjacent links without separator ('A et B'; JSON-LD author array, meta author 'A, B'); canonical differs from og:url (?utm_source=share); no articleSection/article:section/breadcrumb: the kicker 'Lausanne' is the section; div.exergue pull quote with its author span (attribution not in the quote); guillemets without inner spaces; edition banner date '25 novembre 2026' agrees; caption credit 'Keystone' is a photo credit, no agency.",
        },
    )
