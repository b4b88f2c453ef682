# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 01: L'Écho républicain (Centre France custom), court report with intertitres."""

import datetime

from chrome import build
from kit import flat, paras, write


def page01() -> None:
    """Court report: 'Par A', intertitres h2, Lire aussi, exergue, Centre France breadcrumb."""
    base = "https://www.lechorepublicain.fr"
    url = f"{base}/chartres-28000/faits-divers/dix-huit-mois-ferme-pour-l-escroc-aux-faux-chantiers-de-toiture_14588213/"
    title = "Dix-huit mois ferme pour l’escroc aux faux chantiers de toiture"
    lead = "Un couvreur de 41 ans a été condamné, mardi, par le tribunal correctionnel de Chartres pour avoir escroqué onze retraités d’Eure-et-Loir entre 2024 et 2026."
    p = [
        "Dans la salle d’audience, plusieurs victimes avaient fait le déplacement, certaines appuyées sur une canne. Face à elles, Kévin Brossard, 41 ans, a gardé la tête baissée pendant près de trois heures de débats, mardi 24 novembre, devant le tribunal correctionnel de Chartres.",
        "Le prévenu, domicilié à Lucé, était poursuivi pour escroquerie aggravée au préjudice de personnes vulnérables. Selon l’enquête menée par la brigade de recherches de Chartres, il démarchait des retraités à leur domicile en prétendant avoir repéré des tuiles cassées depuis la rue.",
        "Les devis, rédigés à la main, annonçaient des travaux urgents&nbsp;: démoussage, remplacement de gouttières, traitement de charpente. Les chantiers n’étaient jamais réalisés, ou seulement en partie. Le préjudice total est évalué à 87&nbsp;400&nbsp;euros.",
        "«&nbsp;Il m’a dit que l’eau allait passer dans ma chambre avant l’hiver&nbsp;», a raconté à la barre Monique Favreau, 83 ans, habitante de Mainvilliers. Elle lui avait remis deux chèques d’un montant de 12&nbsp;000&nbsp;euros.",
        "Un autre retraité, à Nogent-le-Phaye, a payé en espèces après un passage à la banque, accompagné par le prévenu lui-même. C’est le conseiller bancaire, intrigué, qui avait alerté la gendarmerie en mars dernier.",
        "Interrogé par la présidente, Hélène Marchais, le couvreur a reconnu «&nbsp;des erreurs de gestion&nbsp;» mais contesté toute intention frauduleuse. «&nbsp;J’ai eu des problèmes de trésorerie, je voulais finir les chantiers&nbsp;», a-t-il affirmé.",
        "La procureure, Claire Dumesnil, a balayé l’argument&nbsp;: «&nbsp;On ne choisit pas ses clients au hasard. Il visait des personnes seules, âgées, qui ne monteraient jamais sur leur toit pour vérifier.&nbsp;» Elle avait requis trois ans dont dix-huit mois avec sursis.",
        "Son avocat, M<sup>e</sup> Julien Paré, a plaidé la situation d’un artisan «&nbsp;dépassé&nbsp;», père de trois enfants, qui a commencé à rembourser deux victimes.",
        "Le tribunal a finalement condamné Kévin Brossard à trois ans d’emprisonnement, dont dix-huit mois ferme, aménageables sous bracelet électronique. Il lui est interdit d’exercer une activité commerciale pendant cinq ans et il devra indemniser l’ensemble des parties civiles.",
        "Le prévenu dispose de dix jours pour faire appel.",
    ]
    subheads = [
        "Des devis rédigés à la main",
        "«&nbsp;Des problèmes de trésorerie&nbsp;»",
        "Trois ans dont dix-huit mois ferme",
    ]
    quote = "«&nbsp;Il visait des personnes seules, âgées.&nbsp;»"
    body = "\n".join(
        [
            paras(*p[:2]),
            f'<h2 class="article-intertitre">{subheads[0]}</h2>',
            paras(*p[2:4]),
            f'<aside class="article-lire-aussi"><p class="lire-aussi-titre">À lire aussi</p><a href="{base}/chartres-28000/actualites/demarchage-a-domicile-les-conseils-des-gendarmes_14501102/">Démarchage à domicile&nbsp;: les conseils des gendarmes pour éviter les arnaques</a></aside>',
            paras(p[4]),
            f'<h2 class="article-intertitre">{subheads[1]}</h2>',
            paras(p[5]),
            f'<blockquote class="article-exergue"><p>{quote}</p></blockquote>',
            paras(*p[6:8]),
            '<div class="ad-slot" id="ad-inread"><span class="ad-label">Publicité</span></div>',
            f'<h2 class="article-intertitre">{subheads[2]}</h2>',
            paras(*p[8:]),
        ]
    )
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": flat(title),
            "description": lead,
            "datePublished": "2026-11-25T18:30:00+01:00",
            "dateModified": "2026-11-26T08:12:00+01:00",
            "author": [
                {
                    "@type": "Person",
                    "name": "Aurélien Thibault",
                    "url": f"{base}/auteurs/aurelien-thibault/",
                }
            ],
            "publisher": {
                "@type": "Organization",
                "name": "L'Écho républicain",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/img/logo-echo-republicain.png",
                    "width": 600,
                    "height": 60,
                },
            },
            "articleSection": "Faits divers",
            "isAccessibleForFree": True,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Accueil", "item": base},
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": "Chartres",
                    "item": f"{base}/chartres-28000/",
                },
                {
                    "@type": "ListItem",
                    "position": 3,
                    "name": "Faits divers",
                    "item": f"{base}/chartres-28000/faits-divers/",
                },
            ],
        },
    ]
    metas = f"""<meta name="description" content="{lead}">
<meta property="og:site_name" content="www.lechorepublicain.fr">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/photoSRC/Gw--/tribunal-chartres_7281144.jpeg">
<meta property="article:published_time" content="2026-11-25T18:30:00+01:00">
<meta property="article:modified_time" content="2026-11-26T08:12:00+01:00">
<meta property="article:section" content="Faits divers">
<meta name="twitter:site" content="@lechorepublicain">"""
    header = f"""<nav class="breadcrumb"><a href="{base}">Accueil</a> › <a href="{base}/chartres-28000/">Chartres</a> › <a href="{base}/chartres-28000/faits-divers/">Faits divers</a></nav>"""
    article = f"""<article class="article" data-id="14588213">
<div class="article-header"><p class="article-surtitre">Justice</p>
<h1 class="article-titre">{title}</h1>
<div class="article-auteur-date"><span class="article-auteur">Par <a href="{base}/auteurs/aurelien-thibault/">Aurélien Thibault</a></span>
<p class="article-date">Publié le <time datetime="2026-11-25T18:30:00+01:00">25/11/2026 à 18h30</time> - Mis à jour le <time datetime="2026-11-26T08:12:00+01:00">26/11/2026 à 08h12</time></p>
<a class="article-commentaires-compteur" href="#comments">4 commentaires</a></div>
<p class="article-chapo">{lead}</p>
<figure class="article-photo"><img src="{base}/photoSRC/Gw--/tribunal-chartres_7281144.jpeg" alt="Tribunal de Chartres"><figcaption>Le tribunal correctionnel de Chartres a rendu sa décision mardi soir. <span class="credit">© Photo Jean-Marc Lebreton</span></figcaption></figure>
</div>
<div class="article-texte">
{body}
</div>
<div class="article-tags"><span>Thèmes&nbsp;:</span> <a href="{base}/theme/justice/">Justice</a> <a href="{base}/theme/escroquerie/">Escroquerie</a> <a href="{base}/theme/chartres/">Chartres</a></div>
<div class="newsletter-encart"><p class="newsletter-titre">Recevez l’essentiel de l’actualité d’Eure-et-Loir</p><form><input type="email" placeholder="Votre adresse e-mail"><button>S’inscrire</button></form></div>
<section id="comments"><h2>4 commentaires</h2><div class="comment"><p class="comment-author">dreux28</p><p>Enfin une peine à la hauteur.</p></div></section>
</article>"""
    page = build(
        seed=201,
        base=base,
        url=url,
        lang="fr",
        doc_title=f"{flat(title)} - Chartres (28000)",
        metas=metas,
        ld=ld,
        header=header,
        article=article,
        sections=["Eure-et-Loir", "Chartres", "Dreux", "Châteaudun", "Sports", "Loisirs"],
        site="L&#039;Écho républicain",
    )
    write(
        "01_echorepublicain_centrefrance_proces",
        page,
        {
            "title": flat(title),
            "publication": "L'Écho républicain",
            "author": "Aurélien Thibault",
            "section": "Faits divers",
            "date": datetime.date(2026, 11, 25),
            "standfirst": lead,
            "source_url": url,
            "subheads": [flat(s) for s in subheads],
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p],
            "notes": "Court report. Centre France custom: og:site_name is the host name (publication from JSON-LD publisher); <title> ends with the town, not the site; surtitre 'Justice' loses to articleSection 'Faits divers'; intertitres h2 (one in « »); blockquote.article-exergue pull quote; Lire aussi, ad, tags, newsletter, comment counter and comments not text; Me with <sup>; published 25/11, updated 26/11.",
        },
    )
