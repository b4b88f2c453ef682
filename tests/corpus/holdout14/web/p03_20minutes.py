# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""Page 03: 20 Minutes (Next.js), h2 standfirst and h2 subheads, a list, an embedded tweet."""

import datetime

import chrome
from kit import json_text, ld_script, save, text_of, texts_of, wrap

BASE = "https://www.20minutes.fr"


def page03() -> None:
    """20 Minutes: one-line Next.js page, 'avec AFP', article:section over the kicker."""
    url = f"{BASE}/justice/4172208-20261129-rennes-reseau-faux-diagnostiqueurs-immobiliers-juge-escroquerie"
    title = "Rennes : un réseau de faux diagnostiqueurs immobiliers jugé pour escroquerie"
    lead = (
        "Sept prévenus comparaissent depuis lundi devant le tribunal correctionnel de Rennes. Ils "
        "auraient vendu plus de 3&nbsp;000 diagnostics de performance énergétique sans jamais se "
        "rendre dans les logements."
    )
    subheads = ["Des rapports copiés d’un logement à l’autre", "Des ventes à reprendre"]
    p = [
        "Le dossier tient dans onze cartons alignés contre le mur de la salle d’audience. À "
        "l’intérieur, des milliers de diagnostics de performance énergétique (DPE) qui, selon "
        "l’accusation, ont été rédigés depuis un bureau de Cesson-Sévigné, sans la moindre visite "
        "sur place.",
        "Entre 2022 et 2025, la société Diag Ouest Habitat aurait facturé ces rapports entre 90 et "
        "150&nbsp;euros pièce à des particuliers et à une trentaine d’agences immobilières d’Ille-et-Vilaine "
        "et du Morbihan.",
        "Les enquêteurs de la gendarmerie ont relevé des anomalies troublantes. Parmi elles :",
        "des maisons notées A alors qu’elles étaient chauffées au fioul ;",
        "des surfaces identiques au centimètre près pour des biens situés à 60&nbsp;kilomètres ;",
        "des visites datées d’un dimanche de Pâques ou d’un jour de neige où les routes étaient coupées.",
        "« Le même paragraphe sur la ventilation apparaît dans 1&nbsp;412&nbsp;rapports, fautes "
        "d’orthographe comprises », a relevé lundi la procureure, Hélène Gourvil.",
        "Le gérant, Yannick Le Bihan, 46&nbsp;ans, conteste toute intention frauduleuse. « J’avais "
        "trop de commandes et pas assez de techniciens, j’ai fait des erreurs de méthode », a-t-il "
        "expliqué à la barre.",
        "Pour les acheteurs, la facture peut être lourde. Un couple de Vannes, partie civile, a "
        "découvert après son emménagement que sa maison classée C était en réalité une passoire "
        "thermique, notée G par un second diagnostiqueur.",
        "« On nous a vendu une maison qu’on ne pourra plus louer en 2028 », a témoigné Maëlle "
        "Riou. Son avocat réclame 38&nbsp;000&nbsp;euros de dommages et intérêts.",
        "L’association de consommateurs CLCV a annoncé se constituer partie civile et appelle les "
        "propriétaires concernés à faire réaliser un nouveau diagnostic. Le jugement est attendu "
        "mercredi soir.",
    ]
    tweet = (
        '<blockquote class="twitter-tweet" data-dnt="true"><p lang="fr" dir="ltr">Procès des faux '
        "DPE à Rennes : onze cartons de scellés et sept prévenus. Le gérant parle « d’erreurs de "
        'méthode ». <a href="https://t.co/Qm3Zr">pic.twitter.com/Qm3Zr</a></p>&mdash; Camille '
        'Le Goff (@CamilleLGoff) <a href="https://twitter.com/CamilleLGoff/status/1862">29 novembre 2026</a></blockquote>'
    )
    body = "".join(
        [
            wrap(p[:3], attrs='class="Paragraph_p__k2"', sep=""),
            '<ul class="List_ul__R4">' + "".join(f"<li>{x}</li>" for x in p[3:6]) + "</ul>",
            f'<h2 class="Heading_h2__b7">{subheads[0]}</h2>',
            wrap(p[6:8], attrs='class="Paragraph_p__k2"', sep=""),
            f'<div class="Embed_twitter__x">{tweet}</div>',
            '<div class="Ad_inread__9"><span>Publicité</span><div id="dfp-inread"></div></div>',
            f'<h2 class="Heading_h2__b7">{subheads[1]}</h2>',
            wrap(p[8:], attrs='class="Paragraph_p__k2"', sep=""),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "description": text_of(lead),
        "datePublished": "2026-11-29T06:40:00+01:00",
        "dateModified": "2026-11-29T10:02:00+01:00",
        "author": [{"@type": "Person", "name": "Camille Le Goff"}],
        "publisher": {
            "@type": "Organization",
            "name": "20 Minutes",
            "logo": {"@type": "ImageObject", "url": f"{BASE}/logo.png"},
        },
        "mainEntityOfPage": url,
    }
    teasers = chrome.teaser_records(31, 70, BASE)
    next_data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": 4172208,
                    "title": title,
                    "lead": text_of(lead),
                    "blocks": [{"type": "p", "html": x} for x in p],
                    "signature": "Camille Le Goff avec AFP",
                },
                "teasers": teasers,
            }
        },
        "page": "/[rubrique]/[slug]",
        "query": {"rubrique": "justice"},
        "buildId": "Zr8x1bQk0aLm2",
        "isFallback": False,
    }
    nav = chrome.nav_menu(
        203,
        BASE,
        "Nav_list",
        ["Actu", "Planète", "Sport", "Culture", "High-Tech", "Santé", "Lille", "Rennes", "Nantes"],
        6,
    )
    page = (
        f'<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
        f"<title>{title} - 20 minutes</title>"
        f'<meta name="description" content="{text_of(lead)}"/><meta property="og:title" content="{title} - 20 minutes"/>'
        f'<meta property="og:site_name" content="20 Minutes"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/>'
        f'<meta property="article:section" content="Société"/><meta property="article:published_time" content="2026-11-29T06:40:00+01:00"/>'
        f'<link rel="canonical" href="{url}"/><meta name="next-head-count" content="14"/>'
        f'<style data-styled="true">{chrome.stylesheet(3, "sc", 300)}</style>{ld_script(ld)}{chrome.trackers(3, "20min", 45)}'
        '<script defer src="/_next/static/chunks/main-8d1f.js"></script></head><body><div id="__next">'
        f"{chrome.consent_box('didomi')}"
        f'<header class="Header_root__p"><a href="/" class="Header_logo__a">20 Minutes</a><nav>{nav}</nav></header>'
        '<main class="Article_main__s"><article class="Article_article__q"><header class="ArticleHeader_root__u">'
        '<a class="ArticleHeader_kicker__z" href="/justice/">Justice</a>'
        f'<h1 class="ArticleHeader_title__c">{title}</h1>'
        f'<h2 class="ArticleHeader_lead__h">{lead}</h2>'
        '<div class="ArticleHeader_meta__f"><span class="Signature_root__n"><a href="/journaliste/camille-le-goff/">Camille Le Goff</a> avec AFP</span>'
        '<span class="Dates_root__x"><time dateTime="2026-11-29T06:40:00+01:00">Publié le 29/11/26 à 06h40</time> — <time dateTime="2026-11-29T10:02:00+01:00">Mis à jour le 29/11/26 à 10h02</time></span></div>'
        "</header>"
        '<figure class="ArticleImage_root__m"><img src="https://img.20mn.fr/Qx1/1200x768_tribunal-rennes.jpg" alt=""/>'
        '<figcaption>Le tribunal correctionnel de Rennes, en novembre 2026. <span class="ArticleImage_credit__k">— C. Allain / 20 Minutes</span></figcaption></figure>'
        f'<div class="ArticleBody_root__e">{body}</div>'
        '<div class="ArticleTags_root__y"><a href="/dossier/immobilier">Immobilier</a><a href="/dossier/rennes">Rennes</a><a href="/dossier/justice">Justice</a></div>'
        "</article>"
        f"{chrome.ranked_list(32, 10, BASE, 'Les plus lus')}"
        f"{chrome.teaser_grid(33, 50, BASE, 'Related', 'À lire aussi sur 20 Minutes')}</main>"
        f"{chrome.site_footer('20 Minutes', '20 Minutes France SAS', ['Mentions légales', 'Charte de déontologie', 'Cookies', 'Contacts'])}"
        f'</div><script id="__NEXT_DATA__" type="application/json">{json_text(next_data)}</script>'
        '<script async src="https://platform.twitter.com/widgets.js" charSet="utf-8"></script></body></html>'
    )
    save(
        "03_20minutes_nextjs_h2_lead_tweet",
        page,
        {
            "title": title,
            "publication": "20 Minutes",
            "author": "Camille Le Goff",
            "agency": "AFP",
            "section": "Société",
            "date": datetime.date(2026, 11, 29),
            "standfirst": text_of(lead),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": texts_of(p),
            "notes": "Next.js page on few lines with __NEXT_DATA__ repeating the text. Standfirst "
            "in an h2 of the header; two h2 subheads in the body (headings of the same tag, "
            "only the body's are subheads). 'Camille Le Goff avec AFP' with the name as a link. "
            "No articleSection; meta article:section 'Société' beats the kicker 'Justice'. A "
            "list introduced by a paragraph (each item a paragraph); an embedded tweet quoting "
            "the text (not a pull quote, not text); 'Publicité' slot; ' - 20 minutes' in <title> "
            "and og:title.",
        },
    )
