# ruff: noqa: E501 (page template: HTML lines are as long as the site writes them)
"""07 Ici Beyrouth (WordPress + Elementor): no JSON-LD, no og:site_name, podcast player, pull quote, related list."""

import datetime

from chrome import footer_links, mega_menu, stylesheet, teaser_cards
from kit import save, text_of, texts

BASE = "https://icibeyrouth.com"
URL = f"{BASE}/culture/418220/a-gemmayzeh-les-ateliers-de-reliure-renaissent-de-leurs-cendres"
TITLE = "À Gemmayzé, les ateliers de reliure renaissent de leurs cendres"
LEAD = "Six ans après l’explosion du port, trois artisans relieurs ont rouvert leurs ateliers rue Gouraud. Ils forment désormais une dizaine d’apprentis."
HEADS = [
    ("un-savoir-faire-transmis", "Un savoir-faire transmis à la main"),
    ("des-commandes-venues-de-la-diaspora", "Des commandes venues de la diaspora"),
]
BODY = [
    "Dans l’atelier de Georges Haddad, l’odeur de colle de peau et de cuir tanné n’a pas changé. Les murs, eux, sont neufs. Le 4 août 2020, le souffle de l’explosion avait pulvérisé la vitrine et projeté les presses à dorer jusqu’au fond de la pièce. «J’ai retrouvé des outils de mon grand-père sous un mètre de gravats», raconte-t-il.",
    "Il lui a fallu trois ans et l’aide d’une fondation privée pour reconstruire. Aujourd’hui, avec ses voisins Nayla Khoury et Antoine Sfeir, il fait partie des derniers relieurs d’art de Beyrouth. Ils étaient une quinzaine dans le quartier dans les années 1970.",
    "Nayla Khoury, 58 ans, reçoit le samedi des jeunes venus apprendre le métier. Ils sont onze cette année, étudiants en architecture, en graphisme ou simplement curieux. «Ils arrivent avec leur téléphone et repartent avec de la colle sous les ongles», sourit-elle.",
    "La formation dure deux ans. On y apprend la couture des cahiers, le rognage, la couvrure, puis la dorure à chaud, la partie la plus délicate. Un apprenti sur trois seulement ira jusqu’au bout, estime l’artisane.",
    "Le carnet de commandes se remplit pourtant. Une bonne partie vient de l’étranger : des familles libanaises installées à Montréal, Paris ou Abidjan qui font relier des registres, des livres de prières ou des albums de photos retrouvés dans les maisons familiales.",
    "«Les gens ne veulent pas seulement réparer un livre, ils veulent réparer un lien», résume Antoine Sfeir. Il vient de terminer la restauration d’un dictionnaire franco-arabe de 1881, envoyé par une cliente de Marseille.",
    "Les trois artisans préparent une exposition commune pour le printemps, au musée Sursock. Ils espèrent y montrer autant les ouvrages restaurés que ceux des apprentis.",
]
QUOTE = "«Les gens ne veulent pas seulement réparer un livre, ils veulent réparer un lien»"
RELATED = [
    (
        "culture/402117/le-musee-sursock-rouvre-ses-reserves",
        "Le musée Sursock rouvre ses réserves au public",
    ),
    (
        "societe/399841/gemmayze-la-rue-gouraud-cinq-ans-apres",
        "Gemmayzé : la rue Gouraud, cinq ans après",
    ),
]


def page07() -> None:
    """Write 07_icibeyrouth_elementor_podcast_no_site_name."""
    w = '<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">'
    end = "</div></div>"

    def text(fragments: list[str]) -> str:
        return w + "".join(f"<p>{p}</p>" for p in fragments) + end

    h2 = [
        f'<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title" id="{a}">{label}</h2>{end}'
        for a, label in HEADS
    ]
    podcast = (
        '<div class="elementor-widget elementor-widget-audio"><div class="elementor-widget-container"><div class="podcast-player"><span class="podcast-player__label">Écouter l’article</span><span class="podcast-player__title">Le podcast d’Ici Beyrouth – Épisode 142 : les métiers du livre</span><audio controls preload="none" src="https://cdn.icibeyrouth.com/podcasts/ep142.mp3"></audio><span class="podcast-player__duration">08:41</span></div>'
        + end
    )
    related = (
        '<div class="elementor-widget elementor-widget-posts related-inline"><div class="elementor-widget-container"><h4 class="related-inline__title">Sur le même sujet</h4><ul>'
        + "".join(f'<li><a href="{BASE}/{h}">{t}</a></li>' for h, t in RELATED)
        + "</ul>"
        + end
    )
    quote = f'<div class="elementor-widget elementor-widget-blockquote"><div class="elementor-widget-container"><blockquote class="elementor-blockquote ib-quote"><p class="elementor-blockquote__content">{QUOTE}</p><footer><cite class="elementor-blockquote__author">Antoine Sfeir, relieur</cite></footer></blockquote>{end}'
    sections = [
        '<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">',
        podcast,
        text(BODY[:2]),
        h2[0],
        text(BODY[2:4]),
        related,
        h2[1],
        text(BODY[4:5]),
        quote,
        text(BODY[5:]),
        "</div></div></div></section>",
    ]
    nav = mega_menu(
        701,
        BASE,
        "elementor-nav-menu",
        ["Liban", "Moyen-Orient", "Monde", "Économie", "Culture", "Sport", "Opinion"],
        8,
    )
    page = f"""<!doctype html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} – Ici Beyrouth</title>
<meta name="description" content="{LEAD}">
<link rel="canonical" href="{URL}">
<meta property="og:type" content="article">
<meta property="og:title" content="{TITLE}">
<meta property="og:url" content="{URL}">
<meta property="article:section" content="Culture">
<meta property="article:published_time" content="2026-11-28T08:00:00+02:00">
<meta name="generator" content="Elementor 3.24.7; features: e_font_icon_svg; settings: css_print_method-external">
<style id="elementor-frontend-inline-css">{stylesheet(7, "elementor-element", 520)}</style>
</head>
<body class="post-template post-template-elementor_header_footer single single-post elementor-default elementor-kit-7">
<div data-elementor-type="header" class="elementor elementor-location-header"><a href="{BASE}/" class="elementor-logo"><img src="{BASE}/wp-content/uploads/2022/05/logo-ici-beyrouth.svg" alt="Ici Beyrouth"></a><nav class="elementor-nav-menu--main">{nav}</nav></div>
<div data-elementor-type="single-post" class="elementor elementor-location-single post-418220 post type-post category-culture">
<div class="elementor-widget elementor-widget-post-info"><ul class="elementor-post-info"><li class="elementor-post-info__item--type-terms"><a href="{BASE}/category/culture">Culture</a></li></ul></div>
<div class="elementor-widget elementor-widget-theme-post-title"><h1 class="elementor-heading-title">{TITLE}</h1></div>
<div class="elementor-widget elementor-widget-theme-post-excerpt"><div class="elementor-widget-container">{LEAD}</div></div>
<div class="elementor-widget elementor-widget-post-info"><ul class="elementor-post-info"><li class="elementor-post-info__item--type-author"><a href="{BASE}/author/rania-saad">Rania Saad</a></li><li class="elementor-post-info__item--type-date"><time>28/11/2026</time></li><li class="elementor-post-info__item--type-time"><time>08:00</time></li></ul></div>
<div class="elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
{"".join(sections)}
</div></div>
<div class="elementor-widget elementor-widget-share-buttons"><a href="#">Partager sur WhatsApp</a><a href="#">Partager sur Facebook</a></div>
</div>
<section class="more-posts"><h2>À lire aussi</h2>{teaser_cards(702, BASE, 110, "elementor-post")}</section>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><ul>{footer_links(703, BASE, 30)}</ul><p>© 2026 Ici Beyrouth. Tous droits réservés.</p></div>
</body>
</html>
"""
    save(
        "07_icibeyrouth_elementor_podcast_no_site_name",
        page,
        {
            "title": TITLE,
            "publication": "Ici Beyrouth",
            "author": "Rania Saad",
            "section": "Culture",
            "date": datetime.date(2026, 11, 28),
            "standfirst": LEAD,
            "source_url": URL,
            "subheads": [label for _, label in HEADS],
            "pull_quotes": [text_of(QUOTE)],
            "paragraphs": texts(BODY),
            "notes": "WordPress + Elementor div soup, no JSON-LD and no og:site_name: the name is in the logo's alt, the "
            "<title> suffix and the footer. Standfirst is the post-excerpt widget (a bare div). Podcast player at the "
            "top of the body, h2 subheads with ids in heading widgets, a 'Sur le même sujet' list between paragraphs, "
            "an elementor-blockquote pull quote repeating a sentence, with <cite>. Date 28/11/2026 in a <time> without "
            "datetime plus article:published_time; article:section 'Culture'.",
        },
    )
