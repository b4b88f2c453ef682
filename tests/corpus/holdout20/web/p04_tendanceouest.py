# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 04: Tendance Ouest (custom), an AFP dispatch credited to the newsroom."""

import datetime

from chrome import build
from kit import flat, paras, write


def page04() -> None:
    """Agency dispatch: 'Tendance Ouest avec AFP', dateline 'Caen (AFP) -', podcast player."""
    base = "https://www.tendanceouest.com"
    url = f"{base}/actualite-471022-calvados-un-chalutier-en-avarie-remorque-jusqu-a-port-en-bessin.html"
    title = "Calvados. Un chalutier en avarie remorqué jusqu’à Port-en-Bessin"
    p = [
        "Caen (AFP) - Un chalutier de 18 mètres, victime d’une avarie moteur au large des côtes du Calvados, a été remorqué dans la nuit de samedi à dimanche jusqu’au port de Port-en-Bessin, a annoncé dimanche la préfecture maritime de la Manche et de la mer du Nord.",
        "Le <em>Saint-Guénolé II</em>, immatriculé à Cherbourg, avait lancé un appel de détresse vers 22&nbsp;h&nbsp;40 alors qu’il se trouvait à une quinzaine de milles nautiques au nord de la pointe du Hoc, par une mer agitée et un vent de sud-ouest de force 7.",
        "Le Centre régional opérationnel de surveillance et de sauvetage (Cross) Jobourg a engagé le canot tous temps de la Société nationale de sauvetage en mer (SNSM) de Port-en-Bessin, ainsi qu’un hélicoptère Dauphin de la Marine nationale, resté en alerte à proximité.",
        "«&nbsp;Les cinq marins étaient sains et saufs et le navire ne prenait pas l’eau, mais il dérivait vers une zone de hauts-fonds&nbsp;», a précisé à l’AFP le capitaine de frégate Gilles Morvan, porte-parole de la préfecture maritime.",
        "Après plusieurs tentatives rendues difficiles par la houle, les sauveteurs bénévoles sont parvenus à passer une remorque peu après minuit. Le convoi est arrivé à quai vers 4&nbsp;h&nbsp;30, où les marins ont été accueillis par les pompiers.",
        "Selon l’armateur, une rupture de la courroie d’entraînement de la pompe de refroidissement serait à l’origine de la panne. Le navire devrait pouvoir reprendre la mer d’ici la fin de la semaine, après réparation.",
        "Depuis le début de l’année, la SNSM de Port-en-Bessin est intervenue à 41 reprises, dont une douzaine de fois pour des navires de pêche, selon son président, Hervé Lecoq. La station réclame depuis plusieurs mois le remplacement de son canot, mis en service en 1998.",
        "La préfecture maritime rappelle aux professionnels comme aux plaisanciers que les conditions météorologiques resteront dégradées en Manche jusqu’à mardi, avec un avis de coup de vent en vigueur.",
    ]
    body = "\n".join(
        [
            paras(*p[:3]),
            f'<div class="to-player-audio"><p class="to-player-title">Écoutez le flash info de Tendance Ouest</p><audio controls preload="none" src="{base}/podcasts/flash-caen-2026-11-29-08h.mp3"></audio></div>',
            paras(*p[3:5]),
            '<div class="pub-inread" id="pub-inread"><span>Publicité</span></div>',
            f'<div class="encart-lire-aussi"><h4>Lire aussi</h4><ul><li><a href="{base}/actualite-470555-manche-la-snsm-de-barfleur-inaugure-son-nouveau-canot.html">Manche. La SNSM de Barfleur inaugure son nouveau canot</a></li></ul></div>',
            paras(*p[5:]),
        ]
    )
    ld = [
        {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "headline": flat(title),
            "datePublished": "2026-11-29T09:47:00+01:00",
            "dateModified": "2026-11-29T09:47:00+01:00",
            "author": {"@type": "Organization", "name": "Tendance Ouest"},
            "publisher": {
                "@type": "Organization",
                "name": "Tendance Ouest",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/img/logo-tendance-ouest.png",
                    "width": 250,
                    "height": 60,
                },
            },
            "image": {
                "@type": "ImageObject",
                "url": f"{base}/photos/2026/11/chalutier.jpg",
                "width": 1200,
                "height": 800,
            },
            "mainEntityOfPage": url,
        }
    ]
    metas = f"""<meta name="description" content="Un chalutier en avarie au large du Calvados a été remorqué jusqu'à Port-en-Bessin.">
<meta name="keywords" content="Calvados, Port-en-Bessin, SNSM, chalutier, faits divers">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Tendance Ouest">
<meta property="og:image" content="{base}/photos/2026/11/chalutier.jpg">"""
    header = '<div class="to-radio-bar"><span class="on-air">En direct</span> <span>Tendance Ouest Caen - 100.7</span><button>Écouter</button></div><div class="to-date-jour">Dimanche 29 novembre 2026</div>'
    article = f"""<div id="contenu"><div class="fil-ariane" itemscope itemtype="https://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{base}/"><span itemprop="name">Accueil</span></a><meta itemprop="position" content="1"></span> &gt; <span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{base}/actualites/faits-divers/"><span itemprop="name">Faits divers</span></a><meta itemprop="position" content="2"></span></div>
<div class="article-actu">
<h1 class="titre-actu">{title}</h1>
<div class="infos-actu">Par <span class="auteur">Tendance Ouest avec AFP</span> - <span class="date">Publié le 29/11/2026 à 09:47</span> - <span class="ville">Caen</span></div>
<div class="photo-actu"><img src="{base}/photos/2026/11/chalutier.jpg" alt="Port-en-Bessin"><p class="legende">Le port de Port-en-Bessin, dans le Calvados. (Illustration &copy; Tendance Ouest)</p></div>
<div class="texte-actu">
{body}
</div>
<div class="tags-actu">Mots-clés&nbsp;: <a href="{base}/tag/calvados">Calvados</a> <a href="{base}/tag/snsm">SNSM</a> <a href="{base}/tag/peche">Pêche</a></div>
<div class="newsletter-actu"><p>Recevez chaque jour l’actu de votre ville</p><form><input type="email"><button>OK</button></form></div>
</div></div>"""
    page = build(
        seed=204,
        base=base,
        url=url,
        lang="fr",
        doc_title=f"{flat(title)} - Tendance Ouest",
        metas=metas,
        ld=ld,
        header=header,
        article=article,
        sections=["Caen", "Rouen", "Le Havre", "Cherbourg", "Sport", "Musique"],
        site="Tendance Ouest",
    )
    write(
        "04_tendanceouest_custom_afp_dispatch",
        page,
        {
            "title": flat(title),
            "publication": "Tendance Ouest",
            "author": None,
            "agency": "AFP",
            "section": "Faits divers",
            "date": datetime.date(2026, 11, 29),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Agency dispatch: 'Par Tendance Ouest avec AFP' (no person; JSON-LD author an Organization); dateline 'Caen (AFP) -' kept in the first paragraph; no article:section, section from the microdata breadcrumb's last item; header radio bar and 'date du jour' not the date; audio player, Lire aussi, ad, tags not text; 'Calvados.' prefix is part of the h1.",
        },
    )
