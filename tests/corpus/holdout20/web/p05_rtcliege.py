# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 05: RTC Télé Liège (WordPress), an interview with a video player."""

import datetime

from chrome import build
from kit import flat, paras, write


def page05() -> None:
    """Interview: questions in <p><strong>; 'Propos recueillis par A'; video embed with legend."""
    base = "https://www.rtc.be"
    url = f"{base}/article/seraing-la-nouvelle-directrice-du-val-saint-lambert-veut-rouvrir-les-ateliers_1579032.html"
    title = "Seraing&nbsp;: «&nbsp;Le cristal doit redevenir un métier qu’on apprend ici&nbsp;»"
    lead = "Nommée à la tête du site du Val-Saint-Lambert en octobre, Florence Delvaux veut rouvrir des ateliers de formation aux métiers du verre d’ici 2028."
    qa = [
        "<strong>Vous prenez la direction d’un site chargé d’histoire. Quelle est votre priorité&nbsp;?</strong>",
        "Redonner une activité de production au Val. Aujourd’hui, les visiteurs viennent voir un musée et une boutique. C’est précieux, mais le cristal de Seraing doit redevenir un métier qu’on apprend ici, pas seulement un souvenir qu’on regarde derrière une vitrine.",
        "<strong>Concrètement, à quoi ressembleraient ces ateliers&nbsp;?</strong>",
        "Nous travaillons avec l’Institut provincial d’enseignement de Seraing sur une filière de souffleurs et de tailleurs. L’idée est d’accueillir une douzaine d’apprentis par an, encadrés par trois maîtres verriers, dont deux anciens de la cristallerie qui ont accepté de transmettre leur savoir.",
        "<strong>Avec quel financement&nbsp;?</strong>",
        "Le projet est estimé à 4,2&nbsp;millions d’euros. Nous avons déposé un dossier auprès de la Région wallonne dans le cadre du plan de relance, et la Ville de Seraing s’est engagée à mettre à disposition l’ancienne halle de taille, qui est vide depuis 2019.",
        "<strong>Les fours représentent une dépense d’énergie considérable. Est-ce encore tenable&nbsp;?</strong>",
        "C’est la vraie question. Un four traditionnel au gaz consomme énormément. Nous étudions des fours électriques de petite taille, comme en utilisent des verriers en Bohême. Ils permettent de travailler par séries courtes, ce qui correspond à ce que nous voulons faire&nbsp;: des pièces d’exception, pas de la production de masse.",
        "<strong>Le public liégeois est-il toujours attaché au Val&nbsp;?</strong>",
        "Énormément. Lors des journées du patrimoine, nous avons accueilli plus de 6&nbsp;000 personnes en un week-end. Beaucoup avaient un grand-père ou une tante qui avait travaillé au château. Cet attachement, c’est notre meilleur atout pour convaincre les partenaires.",
        "<strong>Quand les premiers apprentis pourraient-ils arriver&nbsp;?</strong>",
        "Si le financement est confirmé au printemps, nous lancerons les travaux de la halle à l’automne 2027. Une première promotion pourrait commencer en septembre 2028. C’est ambitieux, mais sans calendrier, un projet reste une intention.",
    ]
    body = "\n".join(
        [
            paras(*qa[:4]),
            '<div class="rtc-video"><iframe src="https://player.rtc.be/embed/v/88213" width="640" height="360" allowfullscreen></iframe><p class="rtc-video-legende">Reportage&nbsp;: Thomas Jacquemin et Sarah Mottard</p></div>',
            paras(*qa[4:8]),
            '<div class="rtc-pub"><ins class="adsbygoogle" data-ad-slot="5520193"></ins></div>',
            paras(*qa[8:]),
        ]
    )
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": flat(title),
            "datePublished": "2026-11-26T12:02:33+01:00",
            "dateModified": "2026-11-26T14:18:05+01:00",
            "author": [{"@type": "Person", "name": "Sophie Lambotte"}],
            "publisher": {
                "@type": "Organization",
                "name": "RTC Télé Liège",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/themes/rtc/img/logo-rtc.png",
                },
            },
            "articleSection": "Culture",
            "video": {
                "@type": "VideoObject",
                "name": "Val-Saint-Lambert : la nouvelle directrice",
                "uploadDate": "2026-11-26T11:50:00+01:00",
                "thumbnailUrl": f"{base}/thumbs/88213.jpg",
            },
        }
    ]
    metas = f"""<meta name="description" content="{lead}">
<meta property="og:locale" content="fr_BE">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)} - RTC Télé Liège">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="RTC Télé Liège">
<meta property="article:section" content="Culture">
<meta property="article:published_time" content="2026-11-26T12:02:33+01:00">
<meta property="article:tag" content="Val-Saint-Lambert">
<meta property="article:tag" content="Seraing">"""
    article = f"""<div class="site-content"><article class="post type-post category-culture">
<ul class="post-categories"><li><a href="{base}/category/culture/" rel="category tag">Culture</a></li><li><a href="{base}/category/seraing/" rel="category tag">Seraing</a></li></ul>
<h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-11-26T12:02:33+01:00">26 novembre 2026</time><time class="updated" datetime="2026-11-26T14:18:05+01:00">26 novembre 2026</time></span></div>
<div class="entry-content">
<p class="chapeau"><strong>{lead}</strong></p>
<p class="propos">Propos recueillis par <a href="{base}/author/slambotte/">Sophie Lambotte</a></p>
{body}
</div>
<div class="tags-links">Étiquettes&nbsp;: <a href="{base}/tag/val-saint-lambert/" rel="tag">Val-Saint-Lambert</a>, <a href="{base}/tag/cristal/" rel="tag">cristal</a></div>
<div class="rtc-newsletter"><p>Abonnez-vous à la newsletter de RTC</p></div>
</article></div>"""
    page = build(
        seed=205,
        base=base,
        url=url,
        lang="fr-BE",
        doc_title=f"{flat(title)} - RTC Télé Liège",
        metas=metas,
        ld=ld,
        header="",
        article=article,
        sections=["Info", "Liège", "Seraing", "Sports", "Culture", "Émissions"],
        site="RTC Télé Liège",
    )
    write(
        "05_rtcliege_wordpress_interview",
        page,
        {
            "title": flat(title),
            "publication": "RTC Télé Liège",
            "author": "Sophie Lambotte",
            "section": "Culture",
            "date": datetime.date(2026, 11, 26),
            "standfirst": lead,
            "source_url": url,
            "paragraphs": [flat(x) for x in qa],
            "notes": "Interview: questions in <p><strong> are paragraphs; standfirst p.chapeau and 'Propos recueillis par A' both inside entry-content (neither is text); headline is a quotation in « » with '&nbsp;'; video iframe with its legend (not text); two WordPress categories, section from articleSection/article:section 'Culture'; published and updated times both dated 26 novembre.",
        },
    )
