# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout58/web (Cameroon, Lebanon, Morocco, Gabon)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, texturize, write


def page05() -> None:
    """CRTV: WordPress Newspaper (tagDiv) + Rank Math, match report, sub-title standfirst,
    article:section beats the category kicker, 'Fiche technique' subhead and list."""
    base = "https://www.crtv.cm"
    url = f"{base}/2026/11/coupe-du-cameroun-lunion-sportive-de-kribi-soffre-son-premier-trophee/"
    title = "Coupe du Cameroun : l’Union sportive de Kribi s’offre son premier trophée"
    lead = (
        "Les Kribiens ont battu le Racing de Bafang (2-1 après prolongation) ce dimanche au "
        "stade omnisports Ahmadou-Ahidjo de Yaoundé, devant près de 30 000 spectateurs."
    )
    p = [
        "Il aura fallu attendre la 112<sup>e</sup> minute pour voir la délivrance. Sur un centre "
        "venu de la droite, l’attaquant Blaise Nkoulou a surgi au premier poteau pour battre de "
        "la tête le gardien bafangeois Aristide Tchoumi, et offrir à l’Union sportive de Kribi "
        "la première Coupe du Cameroun de son histoire.",
        "La première période avait pourtant tourné à l’avantage du Racing. Bien regroupés, les "
        "hommes de l’entraîneur Jules Fotso ont ouvert le score peu avant la pause par leur "
        "capitaine Serge Ekwalla, auteur d’une frappe enroulée des vingt mètres (41<sup>e</sup>).",
        "Au retour des vestiaires, Kribi a haussé le ton. L’égalisation est venue à l’heure de "
        "jeu sur un penalty transformé par le milieu de terrain Hervé Ondoua (61<sup>e</sup>), "
        "après une main d’un défenseur du Racing dans la surface.",
        "Éprouvées par la chaleur de l’après-midi, les deux équipes n’ont plus trouvé la faille "
        "dans le temps réglementaire. Il a fallu une prolongation, et le coup de tête de "
        "Nkoulou, pour les départager.",
        "« Ce trophée, c’est pour toute la ville. Les pêcheurs, les commerçants, les élèves qui "
        "nous suivent depuis la deuxième division », a lancé l’entraîneur kribien Patrice "
        "Ebanda au micro de la CRTV, juste après la remise de la coupe.",
        "Le trophée a été remis au capitaine kribien par le représentant du ministre des "
        "Sports. En tant que vainqueur, l’Union sportive de Kribi représentera le Cameroun en "
        "Coupe de la Confédération de la CAF la saison prochaine.",
        "Stade omnisports Ahmadou-Ahidjo de Yaoundé, environ 30 000 spectateurs",
        "Buts : Ekwalla (41<sup>e</sup>) pour le Racing de Bafang ; Ondoua (61<sup>e</sup>, "
        "sur penalty) et Nkoulou (112<sup>e</sup>) pour l’US Kribi",
        "Arbitre : Désiré Ngono",
        "Avertissements : Mvondo (US Kribi), Tchoumi et Kamga (Racing de Bafang)",
    ]
    subheads = ["Fiche technique"]
    ad = (
        '<div class="td-a-rec td-a-rec-id-content_inline  tdi_3 td_block_template_1">'
        '<span class="td-adspot-title">- Publicité -</span><div id="div-gpt-ad-crtv-inline" '
        'style="min-height:250px"></div></div>'
    )
    body = texturize(
        "\n".join(
            [
                paras(*p[:3]),
                ad,
                paras(*p[3:6]),
                f"<h3>{subheads[0]}</h3>",
                "<ul>" + "".join(f"<li>{x}</li>" for x in p[6:]) + "</ul>",
            ]
        )
    )
    nav = menu(
        5805,
        "sf-menu",
        base,
        ["Actualités", "Politique", "Economie", "Société", "Sports", "Culture", "Radio", "TV"],
        6,
    )
    related = "".join(
        f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="{t["url"]}" class="td-image-wrap" title="{t["title"]}"><img class="entry-thumb" src="{t["image"]}" alt="" width="218" height="150" /></a></div></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{t["url"]}">{t["title"]}</a></h3></div></div></div>'
        for t in teasers(5815, 6, base, FILLER)
    )
    comments = (
        '<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1">'
        '<h4 class="td-comments-title block-title"><span>1 COMMENTAIRE</span></h4></div>'
        '<ol class="comment-list td-comments-list"><li class="comment" id="li-comment-88214">'
        '<article><footer><cite>Ebénézer M.</cite><a class="comment-link" href="#comment-88214">'
        '<time>29 novembre 2026 à 22 h 47 min</time></a></footer><div class="comment-content">'
        "<p>Bravo aux Kribiens, enfin une coupe pour la côte !</p></div></article></li></ol>"
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
        "LAISSER UN COMMENTAIRE</h3></div></div>"
    )
    desc = flat(lead)
    page = f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="fr-FR"> <!--<![endif]-->
<head>
    <title>{texturize(title)} - CRTV</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{base}/xmlrpc.php" />
<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<meta name="description" content="{desc}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="{desc}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="CRTV" />
<meta property="article:publisher" content="https://www.facebook.com/CRTVweb" />
<meta property="article:tag" content="Coupe du Cameroun" />
<meta property="article:tag" content="US Kribi" />
<meta property="article:section" content="Sports" />
<meta property="og:image" content="{base}/wp-content/uploads/2026/11/finale-coupe-kribi.jpg" />
<meta property="article:published_time" content="2026-11-29T21:50:12+01:00" />
<meta property="article:modified_time" content="2026-11-29T22:31:40+01:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{title}" />
<meta name="twitter:label1" content="Écrit par" />
<meta name="twitter:data1" content="Christelle Ngo Nyemb" />
<!-- /Rank Math WordPress SEO plugin -->
<link rel='stylesheet' id='td-theme-css' href='{base}/wp-content/themes/Newspaper/style.css?ver=12.6.8' type='text/css' media='all' />
<style id="td-theme-inline-css">{css_blob(5825, "td", 300)}</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>var tdBlocksArray = []; var tdLocalCache = {{}}; var td_ajax_url="{base}\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.8";</script>
</head>
<body class="post-template-default single single-post postid-184227 single-format-standard td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>dimanche, novembre 29, 2026</div></div></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="{base}/"><img class="td-retina-data" src="{base}/wp-content/uploads/logo-crtv.png" alt="CRTV" title="CRTV - Cameroon Radio Television" width="272" height="90" /><span class="td-visual-hidden">CRTV</span></a></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-main-menu-container">{nav}</div></div></div></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container td-post-template-default ">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{base}/">Accueil</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Voir tous les articles dans Sports" class="entry-crumb" href="{base}/category/sports/">Sports</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Voir tous les articles dans Football" class="entry-crumb" href="{base}/category/sports/football/">Football</a></span></div></div>
<div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main">
<div class="td-ss-main-content">
<article id="post-184227" class="post-184227 post type-post status-publish format-standard has-post-thumbnail category-football" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="{base}/category/sports/football/">Football</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{texturize(title)}</h1>
<p class="td-post-sub-title">{texturize(lead)}</p>
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">Par</div> <a href="{base}/author/christelle-ngo-nyemb/">Christelle Ngo Nyemb</a><div class="td-author-line"> - </div> </div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-11-29T21:50:12+01:00" >29 novembre 2026</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-184227">2317</span></div>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>1</a></div>
</div>
</header>
</div>
<div class="td-post-sharing-top"><div id="td_social_sharing_article_top" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}" title="Facebook"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?url={url}" title="Twitter"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-whatsapp" href="https://api.whatsapp.com/send?text={url}" title="WhatsApp"><div class="td-social-but-icon"><i class="td-icon-whatsapp"></i></div><div class="td-social-but-text">WhatsApp</div></a></div></div></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><a href="{base}/wp-content/uploads/2026/11/finale-coupe-kribi.jpg" data-caption="Les joueurs de l&#8217;US Kribi soulèvent la Coupe du Cameroun. Photo : CRTV"><img width="696" height="464" class="entry-thumb td-modal-image" src="{base}/wp-content/uploads/2026/11/finale-coupe-kribi-696x464.jpg" alt="" title="finale-coupe-kribi"/></a><figcaption class="wp-caption-text">Les joueurs de l&#8217;US Kribi soulèvent la Coupe du Cameroun. Photo : CRTV</figcaption></figure></div>
{body}
</div>
<footer>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="{base}/tag/coupe-du-cameroun/">Coupe du Cameroun</a></li><li><a href="{base}/tag/us-kribi/">US Kribi</a></li><li><a href="{base}/tag/racing-de-bafang/">Racing de Bafang</a></li></ul></div>
<div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><iframe title="bottomFacebookLike" frameBorder="0" src="https://www.facebook.com/plugins/like.php?href={url}&amp;layout=button_count&amp;show_faces=false&amp;width=105&amp;action=like&amp;colorscheme=light&amp;height=21" style="border:none; overflow:hidden; width:105px; height:21px; background-color:transparent;"></iframe></div></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Article précédent</span><a href="{base}/2026/11/handball-les-lionnes-en-stage-a-mbalmayo/">Handball : les Lionnes en stage à Mbalmayo</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Article suivant</span><a href="{base}/2026/11/elite-one-le-calendrier-de-la-phase-retour-devoile/">Elite One : le calendrier de la phase retour dévoilé</a></div></div></div>
<div class="author-box-wrap"><a href="{base}/author/christelle-ngo-nyemb/" aria-label="author-photo"><img alt="Christelle Ngo Nyemb" src="{base}/wp-content/uploads/avatars/cngo-96x96.jpg" class="avatar avatar-96 photo" height="96" width="96" /></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{base}/author/christelle-ngo-nyemb/">Christelle Ngo Nyemb</a></span></div><div class="td-author-description">Journaliste au service des sports de la CRTV.</div><div class="td-author-social"></div><div class="clearfix"></div></div></div>
<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Christelle Ngo Nyemb"><meta itemprop="url" content="{base}/author/christelle-ngo-nyemb/"></span><meta itemprop="datePublished" content="2026-11-29T21:50:12+01:00"><meta itemprop="dateModified" content="2026-11-29T22:31:40+01:00"><meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{url}"/><span class="td-page-meta" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span class="td-page-meta" itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="{base}/wp-content/uploads/logo-crtv.png"></span><meta itemprop="name" content="CRTV"></span><meta itemprop="headline " content="{title}"><span class="td-page-meta" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="{base}/wp-content/uploads/2026/11/finale-coupe-kribi.jpg"><meta itemprop="width" content="1200"><meta itemprop="height" content="800"></span>
</footer>
</article>
<div class="td_block_wrap td_block_related_posts tdi_4_2f1 td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_4_2f1"><h4 class="td-related-title td-block-title"><a id="tdi_5_7b4" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_4_2f1" href="#">ARTICLES SIMILAIRES</a><a id="tdi_6_c3a" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_4_2f1" href="#">PLUS DE L&#8217;AUTEUR</a></h4><div id="tdi_4_2f1" class="td_block_inner"><div class="td-related-row">{related}</div></div></div>
{comments}
</div>
</div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><aside class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>CRTV EN DIRECT</span></h4><div class="textwidget"><p><a href="{base}/live-tv/">Regarder CRTV Télé</a> | <a href="{base}/live-radio/">Écouter Poste national</a></p></div></aside></div></div>
</div>
</div>
</div>
<div class="td-footer-wrapper td-container-wrap td-footer-template-14"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="td-footer-info"><div class="footer-text-wrap">CRTV - Cameroon Radio Television, la chaîne nationale du Cameroun.</div></div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-copy">&copy; 2026 CRTV - Cameroon Radio Television. Tous droits réservés.</div></div></div></div>
</div>
<script type="text/javascript" src="{base}/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8" id="td-site-min-js"></script>
</body>
</html>
"""
    write(
        "05_crtv_newspaper_rankmath_football_list_meta_section",
        page,
        {
            "title": flat(title),
            "publication": "CRTV",
            "author": "Christelle Ngo Nyemb",
            "section": "Sports",
            "date": datetime.date(2026, 11, 29),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p],
            "notes": "WordPress with tagDiv Newspaper (td-post-* classes, microdata in the "
            "article footer) and Rank Math head tags; no JSON-LD. Match report with its "
            "standfirst in p.td-post-sub-title; 'Par Christelle Ngo Nyemb'. No articleSection: "
            "meta article:section 'Sports' beats the category kicker and the trail's last "
            "item 'Football'. Ordinals in <sup> (112<sup>e</sup>). A closing h3 'Fiche "
            "technique' (subhead) and a ul of four items that are paragraphs; a tagDiv ad "
            "'- Publicité -' inside the body. Featured image caption 'Photo : CRTV' inside "
            "td-post-content (chrome). Published 29 November 2026 21:50+01:00 (same day in "
            "UTC); top bar shows the same day. Tags, previous/next, author box, related posts "
            "and a reader comment after the text.",
        },
    )


def page06() -> None:
    """Magazine Le Mensuel: WordPress + Elementor Pro + Rank Math, theatre review, no
    standfirst, Gutenberg pull quote, credits paragraph; articleSection beats the trail."""
    base = "https://magazine.com.lb"
    url = f"{base}/2026/12/02/lescalier-de-mar-mikhael-une-comedie-amere-sur-la-ville-qui-se-vide/"
    title = "« L’Escalier de Mar Mikhaël », une comédie amère sur la ville qui se vide"
    quote = "« On ne quitte pas Beyrouth, on la laisse partir avant soi. »"
    p = [
        "Ils sont sept à habiter l’immeuble de la rue d’Arménie, et ils se croisent tous dans "
        "l’escalier. C’est là, entre le deuxième et le troisième étage, que Carla Nassif a "
        "planté le décor de sa nouvelle pièce, à l’affiche depuis le 27 novembre au théâtre "
        "Monnot. Un escalier en colimaçon, une minuterie qui s’éteint trop tôt, et une boîte "
        "aux lettres qui déborde de factures d’électricité.",
        "Il y a là une veuve qui refuse de vendre, un étudiant qui compte les jours avant son "
        "départ pour Montréal, un couple de retraités revenus du Golfe et un concierge qui "
        "tient le registre de tout le monde. Le propriétaire, lui, n’apparaît jamais : il "
        "envoie des messages vocaux que les locataires écoutent ensemble, le téléphone posé "
        "sur une marche.",
        "La force du texte tient à ce dispositif minimal. Les scènes durent le temps d’une "
        "minuterie, trois minutes à peine, avant que le noir ne retombe et que les personnages "
        "ne reprennent leur conversation à tâtons. Le procédé, répété une vingtaine de fois, "
        "finit par devenir la respiration même de la pièce.",
        "On rit beaucoup, souvent jaune. La scène où le concierge, campé par un Fadi Abou "
        "Jaoudé irrésistible, distribue les factures comme des cartes de vœux a déclenché des "
        "applaudissements en pleine représentation. Et la réplique de la veuve, « On ne quitte "
        "pas Beyrouth, on la laisse partir avant soi », a laissé la salle silencieuse un long "
        "moment.",
        "La dernière demi-heure convainc moins. Le retour inattendu du fils de la veuve, émigré "
        "en Australie, ouvre une intrigue que la pièce n’a plus le temps de développer, et "
        "l’émotion se dilue dans une fin un peu trop appuyée.",
        "Reste une troupe d’une grande justesse, où les comédiens passent de l’arabe au "
        "français d’une marche à l’autre, comme on le fait dans tous les immeubles de la ville. "
        "Et cet escalier, que l’on quitte avec le sentiment d’y avoir laissé quelqu’un.",
        "<em>L’Escalier de Mar Mikhaël</em>, texte et mise en scène de Carla Nassif, avec Fadi "
        "Abou Jaoudé, Nada Karam, Rami Chidiac et Lina Saadé. Au théâtre Monnot, du jeudi au "
        "dimanche à 20h30, jusqu’au 20 décembre.",
    ]
    body = texturize(
        "\n".join(
            [
                paras(*p[:2]),
                '<figure class="wp-block-pullquote"><blockquote><p>'
                + quote
                + "</p></blockquote></figure>",
                paras(*p[2:4]),
                '<figure class="wp-block-image size-large"><img decoding="async" width="1024" '
                'height="683" src="' + base + "/wp-content/uploads/2026/12/escalier-monnot-"
                '1024x683.jpg" alt="" class="wp-image-77120"/><figcaption '
                'class="wp-element-caption">Nada Karam et Rami Chidiac, sur les marches du '
                "théâtre Monnot. © Joseph Haddad</figcaption></figure>",
                paras(*p[4:]),
            ]
        )
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": ["Person", "Organization"],
                "@id": base + "/#person",
                "name": "Magazine Le Mensuel",
            },
            {
                "@type": "WebSite",
                "@id": base + "/#website",
                "url": base,
                "name": "Magazine",
                "publisher": {"@id": base + "/#person"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "ImageObject",
                "@id": base + "/wp-content/uploads/2026/12/escalier-monnot.jpg",
                "url": base + "/wp-content/uploads/2026/12/escalier-monnot.jpg",
                "width": "1600",
                "height": "1067",
                "inLanguage": "fr-FR",
            },
            {
                "@type": "BreadcrumbList",
                "@id": url + "#breadcrumb",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": "1",
                        "item": {"@id": base, "name": "Accueil"},
                    },
                    {
                        "@type": "ListItem",
                        "position": "2",
                        "item": {"@id": base + "/category/culture/", "name": "Culture"},
                    },
                    {
                        "@type": "ListItem",
                        "position": "3",
                        "item": {"@id": base + "/category/culture/theatre/", "name": "Théâtre"},
                    },
                ],
            },
            {
                "@type": "WebPage",
                "@id": url + "#webpage",
                "url": url,
                "name": flat(title) + " - Magazine",
                "datePublished": "2026-12-02T14:10:37+02:00",
                "dateModified": "2026-12-02T14:10:37+02:00",
                "isPartOf": {"@id": base + "/#website"},
                "inLanguage": "fr-FR",
                "breadcrumb": {"@id": url + "#breadcrumb"},
            },
            {
                "@type": "Person",
                "@id": base + "/author/zabikhalil/",
                "name": "Zeina Abi Khalil",
                "url": base + "/author/zabikhalil/",
                "worksFor": {"@id": base + "/#person"},
            },
            {
                "@type": "NewsArticle",
                "headline": flat(title) + " - Magazine",
                "keywords": "théâtre,Monnot,Carla Nassif",
                "datePublished": "2026-12-02T14:10:37+02:00",
                "dateModified": "2026-12-02T14:10:37+02:00",
                "articleSection": "Culture",
                "author": {"@id": base + "/author/zabikhalil/", "name": "Zeina Abi Khalil"},
                "publisher": {"@id": base + "/#person"},
                "description": "Au théâtre Monnot, Carla Nassif réunit sept locataires dans la cage d’escalier d’un immeuble de Mar Mikhaël.",
                "name": flat(title) + " - Magazine",
                "@id": url + "#richSnippet",
                "isPartOf": {"@id": url + "#webpage"},
                "image": {"@id": base + "/wp-content/uploads/2026/12/escalier-monnot.jpg"},
                "inLanguage": "fr-FR",
                "mainEntityOfPage": {"@id": url + "#webpage"},
            },
        ],
    }

    def el(kind: str, inner: str, eid: str) -> str:
        return (
            f'<div class="elementor-element elementor-element-{eid} elementor-widget '
            f'elementor-widget-{kind}" data-id="{eid}" data-element_type="widget" '
            f'data-widget_type="{kind}.default"><div class="elementor-widget-container">'
            f"{inner}</div></div>"
        )

    crumbs = (
        '<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="'
        + base
        + '">Accueil</a><span class="separator"> &raquo; </span><a href="'
        + base
        + '/category/culture/">Culture</a><span class="separator"> &raquo; </span><a href="'
        + base
        + '/category/culture/theatre/">Théâtre</a><span class="separator"> &raquo; </span>'
        '<span class="last">' + texturize(title) + "</span></p></nav>"
    )
    info = (
        '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
        '<li class="elementor-icon-list-item elementor-repeater-item-4c1e2a7 elementor-inline-item" itemprop="author">'
        f'<a href="{base}/author/zabikhalil/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-user-circle"></i></span>'
        '<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Zeina Abi Khalil</span></a></li>'
        '<li class="elementor-icon-list-item elementor-repeater-item-8d03b11 elementor-inline-item" itemprop="datePublished">'
        f'<a href="{base}/2026/12/02/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span>'
        '<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>2 décembre 2026</time></span></a></li>'
        '<li class="elementor-icon-list-item elementor-repeater-item-f2b7c90 elementor-inline-item" itemprop="about">'
        '<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-tags"></i></span>'
        '<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">'
        f'<span class="elementor-post-info__terms-list"><a href="{base}/category/culture/theatre/" class="elementor-post-info__terms-list-item">Théâtre</a></span></span></li></ul>'
    )
    share = (
        '<div class="elementor-grid">'
        + "".join(
            f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{n}" role="button" tabindex="0" aria-label="Partager sur {n}"><span class="elementor-share-btn__icon"><i class="fab fa-{n}" aria-hidden="true"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">{label}</span></div></div></div>'
            for n, label in [
                ("facebook", "Facebook"),
                ("twitter", "Twitter"),
                ("whatsapp", "WhatsApp"),
            ]
        )
        + "</div>"
    )
    author_box = (
        '<div class="elementor-author-box"><a href="'
        + base
        + '/author/zabikhalil/" class="elementor-author-box__avatar"><img src="'
        + base
        + '/wp-content/uploads/avatars/zak-300x300.jpg" alt="Zeina Abi Khalil" loading="lazy"></a>'
        '<div class="elementor-author-box__text"><a href="'
        + base
        + '/author/zabikhalil/"><h4 class="elementor-author-box__name">Zeina Abi Khalil</h4></a>'
        '<div class="elementor-author-box__bio">Critique de théâtre et de danse à Magazine '
        "depuis 2014.</div></div></div>"
    )
    posts = (
        '<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">'
        + "".join(
            f'<article class="elementor-post elementor-grid-item post-{77000 + i} post type-post status-publish"><a class="elementor-post__thumbnail__link" href="{t["url"]}"><div class="elementor-post__thumbnail"><img src="{t["image"]}" alt="" loading="lazy"></div></a><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{t["url"]}">{t["title"]}</a></h3></div></article>'
            for i, t in enumerate(teasers(5806, 6, base, FILLER))
        )
        + "</div>"
    )
    navigation = (
        '<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link">'
        f'<a href="{base}/2026/11/30/festival-al-bustan-programme/" rel="prev"><span class="post-navigation__prev--label">Précédent</span><span class="post-navigation__prev--title">Al Bustan dévoile sa programmation 2027</span></a></div>'
        '<div class="elementor-post-navigation__next elementor-post-navigation__link">'
        f'<a href="{base}/2026/12/03/expo-photo-gemmayze/" rel="next"><span class="post-navigation__next--label">Suivant</span><span class="post-navigation__next--title">À Gemmayzé, la mémoire des façades</span></a></div></div>'
    )
    header_nav = menu(
        5816,
        "elementor-nav-menu",
        base,
        ["Politique", "Liban", "Région", "Économie", "Culture", "Société", "Portraits"],
        5,
    )
    single = "".join(
        [
            el("breadcrumbs", crumbs, "6a1f0c2"),
            el(
                "theme-post-title elementor-page-title elementor-widget-heading",
                f'<h1 class="elementor-heading-title elementor-size-default">{texturize(title)}</h1>',
                "2b9e4d7",
            ),
            el("post-info", info, "91c3a5e"),
            el("share-buttons", share, "c07d2f4"),
            el(
                "theme-post-featured-image elementor-widget-image",
                f'<img width="1600" height="1067" src="{base}/wp-content/uploads/2026/12/escalier-monnot.jpg" class="attachment-full size-full wp-image-77118" alt="" />',
                "5f8e1b3",
            ),
            el("theme-post-content", "\n" + body + "\n", "e4a70d9"),
            el("author-box", author_box, "7c2d9e0"),
            el("post-navigation", navigation, "3e6b1a8"),
            el(
                "heading",
                '<h2 class="elementor-heading-title elementor-size-default">À lire aussi</h2>',
                "b81f4c6",
            ),
            el("posts", posts, "0d5a7e2"),
        ]
    )
    page = f"""<!doctype html>
<html lang="fr-FR">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>{texturize(title)} - Magazine</title>
<!-- Optimisation des moteurs de recherche par Rank Math PRO - https://rankmath.com/ -->
<meta name="description" content="Au théâtre Monnot, Carla Nassif réunit sept locataires dans la cage d’escalier d’un immeuble de Mar Mikhaël."/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{flat(title)} - Magazine" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Magazine" />
<meta property="article:section" content="Culture" />
<meta property="og:image" content="{base}/wp-content/uploads/2026/12/escalier-monnot.jpg" />
<meta property="article:published_time" content="2026-12-02T14:10:37+02:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Écrit par" />
<meta name="twitter:data1" content="Zeina Abi Khalil" />
<meta name="twitter:label2" content="Temps de lecture" />
<meta name="twitter:data2" content="2 minutes" />
{json_script(graph, 'type="application/ld+json" class="rank-math-schema-pro"')}
<!-- /Extension Rank Math WordPress SEO -->
<link rel='stylesheet' id='hello-elementor-css' href='{base}/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='{base}/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4' media='all' />
<link rel='stylesheet' id='elementor-post-4521-css' href='{base}/wp-content/uploads/elementor/css/post-4521.css?ver=1733140237' media='all' />
<style id='elementor-frontend-inline-css'>{css_blob(5826, "elementor", 240)}</style>
</head>
<body class="post-template-default single single-post postid-77102 single-format-standard wp-custom-logo elementor-default elementor-template-full-width elementor-kit-6 elementor-page-4521">
<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<div data-elementor-type="header" data-elementor-id="4498" class="elementor elementor-4498 elementor-location-header" data-elementor-post-type="elementor_library"><section class="elementor-section elementor-top-section elementor-element elementor-element-1b2c3d4 elementor-section-boxed elementor-section-height-default" data-id="1b2c3d4" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">{el("theme-site-logo elementor-widget-image", f'<a href="{base}"><img width="400" height="120" src="{base}/wp-content/uploads/logo-magazine.png" alt="Magazine Le Mensuel" /></a>', "aa10b2c")}{el("nav-menu", f'<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">{header_nav}</nav>', "bb20c3d")}</div></div></div></section></div>
<div data-elementor-type="single-post" data-elementor-id="4521" class="elementor elementor-4521 elementor-location-single post-77102 post type-post status-publish format-standard has-post-thumbnail hentry category-culture category-theatre" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f2a1c8 elementor-section-boxed elementor-section-height-default" data-id="3f2a1c8" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-66 elementor-top-column elementor-element elementor-element-7b1d2e0" data-id="7b1d2e0" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
{single}
</div></div><div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-9d4e1f2" data-id="9d4e1f2" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">{el("wp-widget-mc4wp_form_widget", '<h5>Newsletter</h5><form id="mc4wp-form-1" class="mc4wp-form" method="post"><p>Recevez chaque vendredi la sélection culturelle de la rédaction.</p><input type="email" name="EMAIL" placeholder="Votre adresse e-mail" required /><input type="submit" value="Je m’inscris" /></form>', "cc30d4e")}</div></div></div></section>
</div>
<div data-elementor-type="footer" data-elementor-id="4502" class="elementor elementor-4502 elementor-location-footer" data-elementor-post-type="elementor_library"><section class="elementor-section elementor-top-section elementor-element elementor-element-5e6f7a8 elementor-section-boxed" data-id="5e6f7a8" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">{el("text-editor", "<p>© 2026 Magazine Le Mensuel. Tous droits réservés. Beyrouth, Liban.</p>", "dd40e5f")}</div></div></div></section></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {{"environmentMode":{{"edit":false,"wpPreview":false,"isScriptDebug":false}},"version":"3.25.4","urls":{{"assets":"{base}\\/wp-content\\/plugins\\/elementor\\/assets\\/"}},"post":{{"id":77102,"title":"{json.dumps(flat(title), ensure_ascii=True)[1:-1]}","excerpt":"","featuredImage":"{base}\\/wp-content\\/uploads\\/2026\\/12\\/escalier-monnot.jpg"}}}};</script>
<script src="{base}/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.25.4" id="elementor-frontend-js"></script>
</body>
</html>
"""
    write(
        "06_magazinelb_elementor_rankmath_critique_pullquote_site_name",
        page,
        {
            "title": flat(title),
            "publication": "Magazine Le Mensuel",
            "author": "Zeina Abi Khalil",
            "section": "Culture",
            "date": datetime.date(2026, 12, 2),
            "source_url": url,
            "pull_quotes": [quote],
            "paragraphs": [flat(x) for x in p],
            "notes": "WordPress on Hello Elementor with an Elementor Pro single template "
            "(every block an elementor-widget) and Rank Math PRO. Theatre review in "
            "Beirut, no standfirst; Gutenberg figure.wp-block-pullquote repeating the widow's "
            "line that a paragraph also holds; image with caption '© Joseph Haddad' inside "
            "the content; closing credits paragraph with the italic title counts. Rank Math "
            "JSON-LD and og:title add ' - Magazine' to the headline (h1 wins); publisher "
            "node and footer 'Magazine Le Mensuel', og:site_name and WebSite 'Magazine'. "
            "articleSection and article:section 'Culture' beat the trail's last item and "
            "post-info term 'Théâtre'. 2026-12-02T14:10:37+02:00. Author box, post "
            "navigation, 'À lire aussi' posts grid and newsletter form are chrome.",
        },
    )


def page07() -> None:
    """Aujourd'hui le Maroc: WordPress Publisher (BetterStudio) + AIOSEO, interview 'ALM :',
    h2.post-subtitle standfirst, 'Propos recueillis par' signature, escaped JSON-LD."""
    base = "https://aujourdhui.ma"
    url = f"{base}/economie/hicham-ouazzani-sans-dessalement-la-filiere-agrumes-perdra-un-tiers-de-ses-vergers"
    title = (
        "Hicham Ouazzani : « Sans dessalement, la filière agrumes perdra un tiers de ses vergers »"
    )
    lead = (
        "Le président de la Fédération des producteurs d’agrumes du Souss revient sur une "
        "campagne marquée par la sécheresse et sur ce que la filière attend du programme "
        "national de dessalement."
    )
    qa = [
        "<em>La campagne d’exportation 2026-2027 s’ouvre sur des volumes en baisse de 18% dans "
        "le Souss-Massa. Hicham Ouazzani, qui préside depuis mars la fédération régionale, "
        "plaide pour un accès prioritaire des vergers à l’eau dessalée.</em>",
        "<strong>ALM : Comment se présente la campagne d’exportation qui vient de démarrer ?</strong>",
        "<strong>Hicham Ouazzani :</strong> Elle démarre avec environ 410.000 tonnes attendues "
        "à l’export pour la région, contre 500.000 il y a deux ans. Les calibres sont plus "
        "petits, parce que les arbres ont manqué d’eau pendant la phase de grossissement. La "
        "qualité gustative est bonne, mais le marché européen paie d’abord le calibre.",
        "<strong>La sécheresse explique-t-elle à elle seule cette baisse ?</strong>",
        "Non. Il y a aussi l’arrachage. Depuis 2023, près de 6.000 hectares de clémentiniers ont "
        "été arrachés dans le Souss, surtout chez les petits producteurs qui n’avaient plus les "
        "moyens de pomper plus profond. Ces vergers ne reviendront pas.",
        "<strong>Qu’attendez-vous de la station de dessalement de Chtouka ?</strong>",
        "Qu’elle tienne ses engagements sur les volumes destinés à l’agriculture. Aujourd’hui, "
        "l’eau dessalée arrive à environ 5 dirhams le mètre cube au bord du champ. C’est "
        "supportable pour la tomate sous serre, beaucoup moins pour les agrumes, qui consomment "
        "davantage et rapportent moins à l’hectare.",
        "<strong>Vous demandez donc une subvention ?</strong>",
        "Nous demandons un tarif différencié pour les exploitations qui s’engagent sur le "
        "goutte-à-goutte et le paillage. Ce n’est pas un cadeau : chaque hectare perdu, ce sont "
        "des emplois saisonniers en moins dans les stations de conditionnement.",
        "<strong>Quels marchés visez-vous pour compenser ?</strong>",
        "Le Canada et les pays du Golfe progressent bien. Nous y avons exporté 38.000 tonnes la "
        "saison dernière, deux fois plus qu’en 2022. Mais ces marchés ne remplaceront pas "
        "l’Europe et la Russie, qui absorbent encore plus de 70% de nos volumes.",
    ]
    irp = (
        '<div class="bs-irp left bs-irp-thumbnail-1-full"><div class="bs-irp-heading"><span '
        'class="h-text heading-typo">Articles liés</span></div><div class="bs-pagination-wrapper '
        'main-term-none none "><div class="listing listing-thumbnail listing-tb-1 clearfix '
        'columns-1"><div class="post-64711 type-post format-standard has-post-thumbnail '
        'listing-item listing-item-thumbnail listing-item-tb-1 main-term-7"><div class="item-inner '
        'clearfix"><p class="title"><a class="post-url post-title" href="'
        + base
        + '/economie/agrumes-le-souss-massa-lance-sa-campagne-dexport">Agrumes : le Souss-Massa '
        "lance sa campagne d’export</a></p></div></div></div></div></div>"
    )
    signature = "Propos recueillis par Salma Bennis"
    body = texturize(
        "\n".join(
            [
                paras(*qa[:3]),
                irp,
                paras(*qa[3:7]),
                '<div class="bsac bsac-clearfix bsac-post-inline bsac-float-center bsac-align-center '
                'bsac-column-1"><div class="bsac-container bsac-type-code"><span class="bsac-label">'
                'Publicité</span><div id="div-gpt-ad-alm-inarticle"></div></div></div>',
                paras(*qa[7:]),
                f'<p style="text-align: right;"><em>{signature}</em></p>',
            ]
        )
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "BlogPosting",
                "@id": url + "#blogposting",
                "name": flat(title),
                "headline": flat(title),
                "author": {"@id": base + "/author/sbennis#author"},
                "publisher": {"@id": base + "/#organization"},
                "image": {
                    "@type": "ImageObject",
                    "url": base + "/wp-content/uploads/2026/12/hicham-ouazzani.jpg",
                    "width": 1200,
                    "height": 800,
                },
                "datePublished": "2026-12-02T09:30:00+01:00",
                "dateModified": "2026-12-02T09:41:18+01:00",
                "inLanguage": "fr-FR",
                "mainEntityOfPage": {"@id": url + "#webpage"},
                "isPartOf": {"@id": url + "#webpage"},
                "articleSection": "Economie, Agrumes, Interview",
            },
            {
                "@type": "BreadcrumbList",
                "@id": url + "#breadcrumblist",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "@id": base + "/#listItem",
                        "position": 1,
                        "name": "Accueil",
                        "item": base,
                    },
                    {
                        "@type": "ListItem",
                        "@id": base + "/economie#listItem",
                        "position": 2,
                        "name": "Economie",
                        "item": base + "/economie",
                    },
                ],
            },
            {
                "@type": "Organization",
                "@id": base + "/#organization",
                "name": "Aujourd'hui le Maroc",
                "url": base + "/",
            },
            {
                "@type": "Person",
                "@id": base + "/author/sbennis#author",
                "url": base + "/author/sbennis",
                "name": "Salma Bennis",
            },
            {
                "@type": "WebPage",
                "@id": url + "#webpage",
                "url": url,
                "name": flat(title) + " | Aujourd'hui le Maroc",
                "inLanguage": "fr-FR",
                "isPartOf": {"@id": base + "/#website"},
                "breadcrumb": {"@id": url + "#breadcrumblist"},
                "datePublished": "2026-12-02T09:30:00+01:00",
            },
        ],
    }
    aioseo = (
        '<script type="application/ld+json" class="aioseo-schema">'
        + json.dumps(graph, ensure_ascii=True).replace("/", "\\/")
        + "</script>"
    )
    nav = menu(
        5807,
        "menu",
        base,
        ["Politique", "Economie", "Société", "Régions", "Culture", "Sport", "Monde"],
        6,
    )
    related = "".join(
        f'<article class="post-{64000 + i} type-post format-standard has-post-thumbnail listing-item listing-item-thumbnail listing-item-tb-2 main-term-7"><div class="item-inner"><div class="featured clearfix"><a title="{t["title"]}" style="background-image: url({t["image"]});" class="img-holder" href="{t["url"]}"></a></div><p class="title"><a class="post-url" href="{t["url"]}" title="{t["title"]}"><span class="post-title">{t["title"]}</span></a></p></div></article>'
        for i, t in enumerate(teasers(5817, 6, base + "/economie", FILLER))
    )
    popular = "".join(
        f'<li class="listing-item"><a href="{t["url"]}">{t["title"]}</a></li>'
        for t in teasers(5827, 8, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<!--[if IE 8]><html class="ie ie8" lang="fr-FR"> <![endif]-->
<!--[if IE 9]><html class="ie ie9" lang="fr-FR"> <![endif]-->
<!--[if gt IE 9]><!--><html lang="fr-FR"> <!--<![endif]-->
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{base}/xmlrpc.php"/>
<!-- All in One SEO 4.7.6 - aioseo.com -->
<title>{texturize(title)} | Aujourd&#039;hui le Maroc</title>
<meta name="description" content="{texturize(flat(lead))}" />
<meta name="robots" content="max-image-preview:large" />
<meta name="author" content="Salma Bennis"/>
<link rel="canonical" href="{url}" />
<meta name="generator" content="All in One SEO (AIOSEO) 4.7.6" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:site_name" content="Aujourd&#039;hui le Maroc | Quotidien marocain d&#039;information" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{texturize(title)} | Aujourd&#039;hui le Maroc" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{base}/wp-content/uploads/2026/12/hicham-ouazzani.jpg" />
<meta property="article:published_time" content="2026-12-02T08:30:00+00:00" />
<meta property="article:modified_time" content="2026-12-02T08:41:18+00:00" />
<meta property="article:section" content="Economie" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@ALM_maroc" />
{aioseo}
<!-- All in One SEO -->
<link rel='stylesheet' id='publisher-child-css' href='{base}/wp-content/themes/publisher-child/style.css?ver=1.0.0' type='text/css' media='all' />
<link rel='stylesheet' id='publisher-css' href='{base}/wp-content/themes/publisher/style-7.11.0.min.css' type='text/css' media='all' />
<style id='publisher-inline-css'>{css_blob(5837, "bs", 280)}</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-64752 single-format-standard bs-theme bs-publisher bs-publisher-pure-magazine active-light-box ltr close-rh page-layout-2-col page-layout-2-col-right full-width active-sticky-sidebar main-menu-sticky-smart single-prim-cat-7 single-cat-7 bs-hide-ha bs-ll-a" dir="ltr">
<div class="main-wrap content-main-wrap">
<header id="header" class="site-header header-style-2 full-width" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<section class="topbar topbar-style-1 hidden-xs hidden-xs"><div class="content-wrap"><div class="container"><div class="topbar-inner clearfix"><div class="section-menu"><div id="menu-top" class="menu top-menu-wrapper" role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><nav class="top-menu-container"><ul id="top-navigation" class="top-menu menu clearfix bsm-pure"><li id="topbar-date" class="menu-item menu-item-date"><span class="topbar-date">mercredi 2 décembre 2026</span></li></ul></nav></div></div></div></div></div></section>
<div class="header-inner"><div class="content-wrap"><div class="container"><div class="row"><div class="row-height"><div class="logo-col col-xs-12"><div class="col-inside"><div id="site-branding" class="site-branding"><p id="site-title" class="logo h1 img-logo"><a href="{base}/" itemprop="url" rel="home"><img id="site-logo" src="{base}/wp-content/uploads/logo-alm.png" alt="Aujourd'hui le Maroc" data-bsrjs="{base}/wp-content/uploads/logo-alm@2x.png" /><span class="site-title">Aujourd'hui le Maroc - Quotidien marocain d'information</span></a></p></div></div></div></div></div></div></div></div>
<div id="menu-main" class="menu main-menu-wrapper show-search-item menu-actions-btn-width-1" role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><div class="main-menu-inner"><div class="content-wrap"><div class="container"><nav class="main-menu-container">{nav}</nav></div></div></div></div>
</header>
<div class="content-wrap">
<main id="content" class="content-container">
<div class="container layout-2-col layout-2-col-1 layout-right-sidebar layout-bc-before post-template-10">
<nav role="navigation" aria-label="Breadcrumbs" class="bf-breadcrumb clearfix bc-top-style"><div class="container bf-breadcrumb-container"><ul class="bf-breadcrumb-items" itemscope itemtype="http://schema.org/BreadcrumbList"><meta name="numberOfItems" content="3" /><meta name="itemListOrder" content="Ascending" /><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bf-breadcrumb-begin"><a itemprop="item" href="{base}" rel="home"><span itemprop="name">Accueil</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item"><a itemprop="item" href="{base}/economie"><span itemprop="name">Economie</span></a><meta itemprop="position" content="2" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bf-breadcrumb-end"><span itemprop="name">{texturize(title)}</span><meta itemprop="item" content="{url}"/><meta itemprop="position" content="3" /></li></ul></div></nav>
<div class="row main-section">
<div class="col-sm-8 content-column">
<div class="single-container">
<article id="post-64752" class="post-64752 post type-post status-publish format-standard has-post-thumbnail category-economie category-agrumes category-interview tag-agrumes tag-dessalement single-post-content">
<div class="single-featured"><a class="post-thumbnail open-lightbox" href="{base}/wp-content/uploads/2026/12/hicham-ouazzani.jpg"><img width="750" height="430" alt="" data-src="{base}/wp-content/uploads/2026/12/hicham-ouazzani-750x430.jpg"></a></div>
<div class="post-header-inner">
<div class="post-header-title">
<div class="term-badges floated"><span class="term-badge term-7"><a href="{base}/economie">Economie</a></span></div>
<h1 class="single-post-title"><span class="post-title" itemprop="headline">{texturize(title)}</span></h1>
<h2 class="post-subtitle">{texturize(lead)}</h2>
<div class="post-meta single-post-meta"><a href="{base}/author/sbennis" title="Parcourir les articles de l'auteur" class="post-author-a post-author-avatar"><img alt="" src="{base}/wp-content/uploads/avatars/sbennis-26x26.jpg" class="avatar avatar-26 photo avatar-default" height="26" width="26"><span class="post-author-name">Par <b>Salma Bennis</b></span></a><span class="time"><time class="post-published updated" datetime="2026-12-02T09:30:00+01:00">Publié le <b>2 décembre 2026</b></time></span></div>
</div>
</div>
<div class="post-share single-post-share top-share clearfix style-1"><div class="post-share-btn-group"><a href="#comments" class="post-share-btn post-share-btn-comments comments" title="Laisser un commentaire sur: “{flat(title)}”"><i class="bf-icon fa fa-comments" aria-hidden="true"></i> <b class="number">0</b></a><span class="views post-share-btn post-share-btn-views rank-default" data-bpv-post="64752"><i class="bf-icon fa fa-eye"></i> <b class="number">1.3K</b></span></div><div class="share-handler-wrap "><span class="share-handler post-share-btn rank-default"><i class="bf-icon fa fa-share-alt"></i> <b class="text">Partager</b></span><span class="social-item facebook"><a href="https://www.facebook.com/sharer.php?u={url}" target="_blank" rel="nofollow noreferrer" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-facebook"></i></span></a></span><span class="social-item twitter"><a href="https://twitter.com/share?text={flat(title)}&url={url}" target="_blank" rel="nofollow noreferrer" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-twitter"></i></span></a></span><span class="social-item whatsapp"><a href="whatsapp://send?text={url}" target="_blank" rel="nofollow noreferrer" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-whatsapp"></i></span></a></span></div></div>
<div class="entry-content clearfix single-post-content">
{body}
</div>
<div class="entry-terms post-tags clearfix style-24"><span class="terms-label"><i class="fa fa-tags"></i></span><a href="{base}/tag/agrumes" rel="tag">agrumes</a><a href="{base}/tag/dessalement" rel="tag">dessalement</a><a href="{base}/tag/souss-massa" rel="tag">Souss-Massa</a></div>
</article>
<section class="post-author clearfix"><a href="{base}/author/sbennis" title="Parcourir les articles de l'auteur"><span class="post-author-avatar" itemprop="image"><img alt="" src="{base}/wp-content/uploads/avatars/sbennis-80x80.jpg" class="avatar avatar-80 photo" height="80" width="80"></span></a><div class="author-title heading-typo"><a class="post-author-url" href="{base}/author/sbennis"><span class="post-author-name">Salma Bennis</span></a><span class="title-counts">312 articles</span></div><div class="post-author-bio" itemprop="description"></div></section>
<section class="next-prev-post clearfix"><div class="prev-post"><p class="pre-title heading-typo"><i class="fa fa-arrow-left"></i> Précédent</p><p class="title heading-typo"><a href="{base}/economie/bourse-de-casablanca-le-masi-en-repli" rel="prev">Bourse de Casablanca : le Masi en repli</a></p></div><div class="next-post"><p class="pre-title heading-typo">Suivant <i class="fa fa-arrow-right"></i></p><p class="title heading-typo"><a href="{base}/economie/ports-tanger-med-record-conteneurs" rel="next">Tanger Med : nouveau record de conteneurs</a></p></div></section>
</div>
<div class="post-related"><div class="section-heading sh-t4 sh-s1 multi-tab"><a href="#relatedposts_1" class="main-link active" data-toggle="tab"><span class="h-text related-posts-heading">Vous aimerez aussi</span></a></div><div class="tab-content"><div class="tab-pane bs-tab-anim bs-tab-animated active" id="relatedposts_1"><div class="bs-pagination-wrapper main-term-none next_prev "><div class="listing listing-thumbnail listing-tb-2 clearfix columns-2">{related}</div></div></div></div></div>
<section id="comments-template-64752" class="comments-template"><div id="respond" class="comment-respond"><div id="reply-title" class="comment-reply-title"><div class="section-heading sh-t4 sh-s1"><span class="h-text">Laisser un commentaire</span></div></div><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="note-before"><p>Votre adresse de messagerie ne sera pas publiée.</p></div><p class="comment-wrap"><textarea name="comment" class="comment" id="comment" cols="45" rows="10" aria-required="true" placeholder="Votre commentaire"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="comment-submit" value="Publier le commentaire" /></p></form></div></section>
</div>
<div class="col-sm-4 sidebar-column sidebar-column-primary"><aside id="sidebar-primary-sidebar" class="sidebar" role="complementary" aria-label="Primary Sidebar Sidebar" itemscope="itemscope" itemtype="https://schema.org/WPSideBar"><div id="bs-popular-2" class="primary-sidebar-widget widget widget_bs-popular"><div class="section-heading sh-t4 sh-s1"><span class="h-text">Les plus lus</span></div><ul class="listing">{popular}</ul></div></aside></div>
</div>
</div>
</main>
</div>
<footer id="site-footer" class="site-footer full-width"><div class="copy-footer"><div class="content-wrap"><div class="container"><div class="row footer-copy-row"><div class="copy-1 col-lg-6 col-md-6 col-sm-6 col-xs-12">© 2026 - Aujourd'hui le Maroc. Tous droits réservés.</div><div class="copy-2 col-lg-6 col-md-6 col-sm-6 col-xs-12"><a href="{base}/mentions-legales">Mentions légales</a> - <a href="{base}/contact">Contact</a></div></div></div></div></div></footer>
</div>
<script type="text/javascript" id="publisher-js-extra">var publisher_theme_global_loc = {{"page":{{"boxed":"full-width"}},"header":{{"style":"style-2","show":"1"}},"ajax_url":"{base}\\/wp-admin\\/admin-ajax.php"}};</script>
<script type="text/javascript" src="{base}/wp-content/themes/publisher/includes/libs/better-framework/assets/js/better-framework.min.js?ver=3.15.0" id="better-framework-js"></script>
</body>
</html>
"""
    write(
        "07_aujourdhui_publisher_aioseo_entretien_subtitle_signature",
        page,
        {
            "title": flat(title),
            "publication": "Aujourd'hui le Maroc",
            "author": "Salma Bennis",
            "section": "Economie",
            "date": datetime.date(2026, 12, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in qa],
            "notes": "WordPress with BetterStudio's Publisher theme and All in One SEO. "
            "Interview: an italic presentation paragraph, questions in <p><strong> ('ALM : "
            "…' for the first), the first answer opened by '<strong>Hicham Ouazzani :</strong>' "
            "— all paragraphs. Standfirst in h2.post-subtitle. 'Par Salma Bennis' and a "
            "right-aligned 'Propos recueillis par Salma Bennis' signature at the end (chrome). "
            "Publisher's inline 'Articles liés' box and an ad inside the body. AIOSEO JSON-LD "
            "BlogPosting with escaped slashes and \\u00e9 escapes, articleSection as one "
            "string 'Economie, Agrumes, Interview' (its first term 'Economie', also "
            "article:section, the trail and the badge). og:site_name 'Aujourd'hui le Maroc | "
            "Quotidien marocain d'information' against the publisher and footer name. "
            "2026-12-02T09:30+01:00, article:published_time in UTC the same day; topbar date "
            "of the day. Thousands written '410.000'.",
        },
    )


def page08() -> None:
    """L'Union: Drupal 10, politics, two authors as field items in capitals, field chapeau,
    h2 subhead, paywall after four paragraphs, breadcrumb before the surtitre."""
    base = "https://www.union.sonapresse.com"
    url = f"{base}/gabon-politique/code-electoral-les-deputes-adoptent-la-reforme-lopposition-claque-la-porte-48213"
    title = "Code électoral : les députés adoptent la réforme, l’opposition claque la porte"
    lead = (
        "Le texte, qui ramène de 45 à 30 jours la campagne officielle des élections locales, a "
        "été adopté mercredi soir en première lecture par 87 voix contre 14. Les députés de "
        "l’opposition avaient quitté l’hémicycle avant le vote."
    )
    p = [
        "Il était un peu plus de 22 heures, mercredi, quand le président de séance a proclamé "
        "le résultat. La réforme du Code électoral, examinée depuis lundi au palais Léon-Mba, a "
        "été adoptée en première lecture par 87 voix contre 14, sans abstention.",
        "Une heure plus tôt, une vingtaine de députés de l’opposition avaient quitté la salle en "
        "signe de protestation, dénonçant un examen «&nbsp;à marche forcée&nbsp;» d’un texte "
        "déposé, selon eux, moins de dix jours avant son inscription à l’ordre du jour.",
        "Principale mesure de la réforme, la durée de la campagne officielle des élections "
        "locales passe de 45 à 30 jours. Le texte crée également une commission électorale "
        "permanente dans chacune des neuf provinces et fixe au soixantième jour avant le "
        "scrutin la clôture des listes électorales.",
        "Pour le rapporteur de la commission des lois, le député Armel Nzé Obame, il s’agit de "
        "«&nbsp;rationaliser un calendrier trop long et trop coûteux, pour l’État comme pour les "
        "candidats&nbsp;». L’opposition y voit au contraire un avantage donné aux formations "
        "qui disposent déjà d’élus locaux et de moyens pour sillonner l’intérieur du pays.",
    ]
    subheads = ["Une campagne raccourcie"]
    body = "\n".join(
        [
            paras(*p[:2]),
            f"<h2>{subheads[0]}</h2>",
            paras(*p[2:]),
        ]
    )
    paywall = (
        '<div class="paywall-wrapper"><div class="paywall-fade"></div><div class="paywall-box">'
        '<p class="paywall-box__kicker">Article réservé aux abonnés</p><h3 class="paywall-box__'
        'title">Il vous reste 72% de cet article à lire.</h3><p>Abonnez-vous à L’Union numérique '
        "dès 3 000 FCFA par mois et accédez à tous nos articles, à l’édition du jour et aux "
        'archives.</p><a class="btn btn-primary" href="/abonnement">Je m’abonne</a> <a class="btn '
        'btn-link" href="/user/login?destination=/node/48213">Déjà abonné ? Je me connecte</a>'
        "</div></div>"
    )
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": flat(title),
                "name": flat(title),
                "about": ["Politique", "Assemblée nationale", "Code électoral"],
                "description": flat(lead),
                "image": {
                    "@type": "ImageObject",
                    "representativeOfPage": "True",
                    "url": base
                    + "/sites/default/files/styles/large/public/2026-12/assemblee-vote.jpg",
                },
                "datePublished": "2026-12-03T06:00:00+0100",
                "dateModified": "2026-12-03T06:04:52+0100",
                "isAccessibleForFree": "False",
                "hasPart": {
                    "@type": "WebPageElement",
                    "isAccessibleForFree": "False",
                    "cssSelector": ".paywall-content",
                },
                "author": [
                    {"@type": "Person", "name": "Jean-Rémy NDONG"},
                    {"@type": "Person", "name": "Carine MBOUMBA"},
                ],
                "publisher": {
                    "@type": "Organization",
                    "@id": base + "/",
                    "name": "L'Union",
                    "url": base + "/",
                    "logo": {
                        "@type": "ImageObject",
                        "url": base + "/themes/custom/lunion/logo.svg",
                    },
                },
                "mainEntityOfPage": url,
            }
        ],
    }
    nav = menu(
        5808,
        "menu--main",
        base,
        ["Politique", "Economie", "Société", "Provinces", "Culture", "Sports", "Afrique"],
        6,
    )
    more = "".join(
        f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy" /></a><h3 class="node__title"><a href="{t["url"]}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{t["title"]}</span></a></h3></article></div>'
        for t in teasers(5818, 6, base + "/gabon-politique", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="{flat(lead)}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="L&#039;Union" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{flat(title)}" />
<meta property="og:description" content="{flat(lead)}" />
<meta property="og:image" content="{base}/sites/default/files/styles/large/public/2026-12/assemblee-vote.jpg" />
<meta property="article:published_time" content="2026-12-03T06:00:00+0100" />
<meta name="dcterms.title" content="{flat(title)}" />
<meta name="dcterms.creator" content="redaction_web" />
<meta name="dcterms.date" content="2026-12-03T06:00+01:00" />
<meta name="dcterms.language" content="fr" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{json_script(ld)}
<link rel="icon" href="/themes/custom/lunion/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{flat(title)} | L&#039;Union</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3Yk1v0bE9H2fz8c4uJ.css?delta=0&amp;language=fr&amp;theme=lunion&amp;include=eJxFjEEKgDAMBD9U" />
    <style>{css_blob(5828, "lu", 200)}</style>
    <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
  </head>
  <body class="path-node page-node-type-article">
    <a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="site-header">
<div class="region region-header"><div class="header-date">Jeudi 3 décembre 2026</div><a href="/" rel="home" class="site-logo"><img src="/themes/custom/lunion/logo.svg" alt="Accueil" /></a><div class="site-slogan">Le quotidien gabonais d’information</div><a class="header-subscribe" href="/abonnement">S’abonner</a></div>
<nav role="navigation" aria-labelledby="block-lunion-main-menu-menu" id="block-lunion-main-menu"><h2 class="visually-hidden" id="block-lunion-main-menu-menu">Navigation principale</h2>{nav}</nav>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2><ol><li><a href="/">Accueil</a></li><li><a href="/gabon-politique">Politique</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-lunion-content" class="block block-system block-system-main-block">
<article data-history-node-id="48213" role="article" about="/gabon-politique/code-electoral-les-deputes-adoptent-la-reforme-lopposition-claque-la-porte-48213" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">
<span property="schema:name" content="{flat(title)}" class="rdf-meta hidden"></span>
<div class="node__header">
<div class="field field--name-field-surtitre field--type-string field--label-hidden field__item">Assemblée nationale</div>
<h1 class="page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
<div class="clearfix text-formatted field field--name-field-chapeau field--type-text-long field--label-hidden field__item"><p>{lead}</p></div>
<div class="node__meta">
<div class="field field--name-field-auteurs field--type-entity-reference field--label-hidden field__items"><div class="field__item"><a href="/auteur/jean-remy-ndong" hreflang="fr">Jean-Rémy NDONG</a></div><div class="field__item"><a href="/auteur/carine-mboumba" hreflang="fr">Carine MBOUMBA</a></div></div>
<span rel="schema:author" class="rdf-meta hidden"><span lang="" about="/user/14" typeof="schema:Person" property="schema:name" datatype="" content="redaction_web"></span></span>
<div class="node__submitted">Libreville, le jeudi 3 décembre 2026 à 06h00</div>
<span property="schema:dateCreated" content="2026-12-03T05:00:00+00:00" class="rdf-meta hidden"></span>
</div>
<div class="node__share"><a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a class="share share--whatsapp" href="https://wa.me/?text={url}">WhatsApp</a> <a class="share share--x" href="https://x.com/intent/post?url={url}">X</a></div>
</div>
<div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure><img loading="lazy" src="/sites/default/files/styles/large/public/2026-12/assemblee-vote.jpg" width="960" height="540" alt="" typeof="foaf:Image" /><figcaption>Les députés de la majorité lors du vote, mercredi soir au palais Léon-Mba. (Photo : L’Union)</figcaption></figure></div>
<div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item paywall-content">
{body}
</div>
{paywall}
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Mots-clés</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/311" hreflang="fr">Code électoral</a></div><div class="field__item"><a href="/taxonomy/term/87" hreflang="fr">Assemblée nationale</a></div></div></div>
</div>
</article>
</div>
<div class="views-element-container block block-views block-views-blockarticles-lies-block-1"><h2>À lire aussi</h2><div class="view view-articles-lies view-id-articles_lies view-display-id-block_1">{more}</div></div>
</div>
</div>
</main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><p>© 2026 L'Union - Sonapresse. Tous droits réservés.</p><nav><ul class="menu"><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/contact">Contact</a></li><li><a href="/abonnement">Abonnements</a></li></ul></nav></div></footer>
</div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/48213","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"fr"}},"pluralDelimiter":"\\u0003","user":{{"uid":0,"permissionsHash":"3e1c0a7b9d"}}}}</script>
<script src="/sites/default/files/js/js_F2v8sXk0R9m4.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=lunion"></script>
  </body>
</html>
"""
    write(
        "08_lunion_drupal_politique_paywall_two_authors_capitals",
        page,
        {
            "title": flat(title),
            "publication": "L'Union",
            "author": "Jean-Rémy Ndong et Carine Mboumba",
            "section": "Politique",
            "date": datetime.date(2026, 12, 3),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": [flat(x) for x in p],
            "incomplete": True,
            "notes": "Drupal 10 with schema_metatag and RDF, the Gabonese daily. Politics "
            "report cut by a paywall after four paragraphs ('Il vous reste 72% de cet article "
            "à lire.'; isAccessibleForFree 'False' as a string; incomplete). Two authors as "
            "two field items with surnames in capitals, no 'et' on the page → 'Jean-Rémy "
            "Ndong et Carine Mboumba'; the RDF schema:author and dcterms.creator are the CMS "
            "account 'redaction_web'. Standfirst in field--name-field-chapeau; one h2 subhead "
            "before the cut. No articleSection (JSON-LD 'about' is a list of topics): the "
            "breadcrumb's last item 'Politique' beats the surtitre 'Assemblée nationale'. "
            "'Libreville, le jeudi 3 décembre 2026 à 06h00' = 05:00Z the same day. Image "
            "caption '(Photo : L’Union)'; tags and 'À lire aussi' view after the text.",
        },
    )
