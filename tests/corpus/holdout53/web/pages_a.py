# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout53/web (Haiti, Guinea, Gabon, Lebanon)."""

import datetime

from kit import (
    FILLER,
    adsense,
    comment_form,
    css_blob,
    flat,
    jesc,
    json_script,
    paras,
    rank_math_graph,
    teasers,
    wp_footer,
    wp_head,
    wp_menu,
    write,
    yoast_graph,
)


def page01() -> None:
    """Juno7: Newspaper (tagDiv) with a Cloud Library single template, Yoast `Article`,
    h2 subheads, td_pull_quote, inline 'LIRE AUSSI', trailing 'Avec AFP', UTC next day."""
    base = "https://www.juno7.ht"
    site = "Juno7"
    post_id = 318442
    url = f"{base}/le-cep-repousse-au-14-novembre-2027-le-premier-tour-des-elections-generales/"
    title = "Le CEP repousse au 14 novembre 2027 le premier tour des élections générales"
    author = ("ralph-emmanuel-destin", "Ralph-Emmanuel Destin")
    p = [
        "Le Conseil électoral provisoire (CEP) a rendu public, ce mardi 17 novembre, un nouveau "
        "calendrier électoral qui fixe au dimanche 14 novembre 2027 le premier tour des "
        "élections présidentielle, législatives et locales. Le scrutin était jusqu’ici annoncé "
        "pour le mois de juin.",
        "Dans une note de sept pages lue à la presse au local de l’institution, à Pétion-Ville, "
        "le président du CEP, Me Jacques-Édouard Bellegarde, a invoqué «&nbsp;les retards "
        "accumulés dans la distribution de la carte d’identification nationale unique&nbsp;» "
        "et la situation sécuritaire dans plusieurs communes de l’Artibonite et de l’Ouest.",
        "Selon les chiffres communiqués par l’Office national d’identification (ONI), "
        "4,1&nbsp;millions de cartes ont été produites à ce jour, pour un corps électoral estimé "
        "à près de 6,8&nbsp;millions de personnes. Dans certaines sections communales du "
        "Bas-Artibonite, moins d’un électeur sur cinq a pu se faire enregistrer.",
        "«&nbsp;Nous ne pouvons pas organiser un scrutin crédible avec des listes qui excluent "
        "une partie du pays&nbsp;», a déclaré la conseillère électorale Marie-Ange Célestin, "
        "chargée des opérations. Le CEP prévoit l’ouverture de 62 nouveaux centres "
        "d’enregistrement d’ici à mars.",
        "L’annonce a suscité des réactions contrastées dans la classe politique. Plusieurs "
        "partis de l’opposition, réunis au sein du Rassemblement pour l’alternance "
        "démocratique, dénoncent «&nbsp;un glissement de trop&nbsp;» et réclament un accord "
        "politique sur la durée de la transition.",
        "D’autres formations, à l’inverse, jugent le délai raisonnable. «&nbsp;Mieux vaut six "
        "mois de plus qu’une élection contestée&nbsp;», estime l’ancien sénateur Wilner "
        "Pierre-Louis, joint par téléphone.",
        "Le Core Group, qui réunit les principaux partenaires internationaux d’Haïti, a pris "
        "acte du nouveau calendrier dans un communiqué publié en soirée, appelant les autorités "
        "à «&nbsp;garantir le financement intégral&nbsp;» du processus, évalué à "
        "148&nbsp;millions de dollars américains.",
        "Le CEP doit présenter le 1<sup>er</sup> décembre le budget détaillé des opérations "
        "devant le Conseil des ministres.",
    ]
    heads = ["Un recensement électoral encore inachevé", "Des partis divisés"]
    quote = (
        "«&nbsp;Nous ne pouvons pas organiser un scrutin crédible avec des listes qui excluent "
        "une partie du pays&nbsp;»"
    )
    desc = (
        "Le Conseil électoral provisoire a publié mardi un nouveau calendrier fixant au 14 "
        "novembre 2027 le premier tour des élections générales."
    )
    ad = (
        '<div class="td-a-ad id_inline_ad0 id_ad_content-horiz-center"><span '
        'class="td-adspot-title">- Publicité -</span>'
        + adsense("4417203391780022", 7710342219)
        + "</div>"
    )
    body = "\n".join(
        [
            paras(*p[:2]),
            '<p><strong>LIRE AUSSI :</strong> <a href="'
            + base
            + '/oni-un-million-de-cartes-supplementaires-promises-dici-mars/">ONI : un million '
            "de cartes supplémentaires promises d’ici mars</a></p>",
            f'<h2 class="wp-block-heading">{heads[0]}</h2>',
            paras(*p[2:4]),
            f'<blockquote class="td_pull_quote td_pull_center"><p>{quote}</p></blockquote>',
            ad,
            f'<h2 class="wp-block-heading">{heads[1]}</h2>',
            paras(*p[4:]),
            "<p><em>Avec AFP</em></p>",
        ]
    )
    graph = yoast_graph(
        base,
        url,
        site,
        title,
        desc,
        "2026-11-18T02:40:12+00:00",
        "2026-11-18T03:02:51+00:00",
        [author],
        ["Actualités", "Politique"],
        [("Accueil", f"{base}/"), ("Actualités", f"{base}/category/actualites/"), (title, url)],
        keywords=["CEP", "Élections"],
        words=412,
    )
    crumbs_ld = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "item": {"@type": "WebSite", "@id": f"{base}/", "name": "Accueil"},
            },
            {
                "@type": "ListItem",
                "position": 2,
                "item": {
                    "@type": "WebPage",
                    "@id": f"{base}/category/actualites/",
                    "name": "Actualités",
                },
            },
            {
                "@type": "ListItem",
                "position": 3,
                "item": {"@type": "WebPage", "@id": url, "name": title},
            },
        ],
    }
    nav = wp_menu(
        5301,
        base,
        ["Actualités", "Politique", "Économie", "Société", "Sports", "Culture", "Diaspora"],
        'id="menu-main-menu-1" class="tdb-block-menu tdb-menu tdb-menu-items-visible"',
        20400,
        per=4,
        text='<div class="tdb-menu-item-text">{}</div>',
        sub_cls="tdb-menu-sub",
    )
    rel = teasers(531, 24, base, FILLER)
    related = "".join(
        f'<div class="td_module_flex td_module_flex_1 td_module_wrap td-animation-stack td-cpt-post"><div class="td-module-container td-category-pos-"><div class="td-image-container"><div class="td-module-thumb"><a href="{t["url"]}/" rel="bookmark" class="td-image-wrap " title="{t["title"]}"><span class="entry-thumb td-thumb-css" data-type="css_image" data-img-url="{t["image"]}"></span></a></div></div><div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="{t["url"]}/" rel="bookmark" title="{t["title"]}">{t["title"]}</a></h3><div class="td-editor-date"><span class="td-author-date"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{t["date"]}T09:00:00-05:00">{t["date"]}</time></span></span></div></div></div></div>'
        for t in rel[:6]
    )
    footer_links = "".join(
        f'<div class="td_module_flex td_module_flex_5"><h3 class="entry-title td-module-title"><a href="{t["url"]}/">{t["title"]}</a></h3></div>'
        for t in rel[6:]
    )
    td_css = css_blob(5311, "tdi", 420)
    page = f"""<!doctype html >
<html lang="fr-FR">
<head>
    <title>{title} - Juno7</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{base}/xmlrpc.php" />
    <script type="text/javascript" id="td-generated-header-js">
    var tdBlocksArray = []; function tdBlock() {{ this.id = ''; this.block_type = 1; this.atts = ''; this.td_column_number = ''; this.td_current_page = 1; this.post_count = 0; this.found_posts = 0; this.max_num_pages = 0; this.td_filter_value = ''; this.is_ajax_running = false; this.td_user_action = ''; this.header_color = ''; this.ajax_pagination_infinite_stop = ''; }}
    </script>
	<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
	<meta name="description" content="{desc}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="fr_FR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{title} - Juno7" />
	<meta property="og:description" content="{desc}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="Juno7" />
	<meta property="article:publisher" content="https://www.facebook.com/juno7haiti" />
	<meta property="article:published_time" content="2026-11-18T02:40:12+00:00" />
	<meta property="article:modified_time" content="2026-11-18T03:02:51+00:00" />
	<meta property="og:image" content="{base}/wp-content/uploads/2026/11/une-412.jpg" />
	<meta property="og:image:width" content="1200" />
	<meta property="og:image:height" content="800" />
	<meta property="og:image:type" content="image/jpeg" />
	<meta name="author" content="{author[1]}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:creator" content="@juno7haiti" />
	<meta name="twitter:site" content="@juno7haiti" />
	<meta name="twitter:label1" content="Écrit par" />
	<meta name="twitter:data1" content="{author[1]}" />
	<meta name="twitter:label2" content="Durée de lecture estimée" />
	<meta name="twitter:data2" content="2 minutes" />
	{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
	<!-- / Yoast SEO plugin. -->
<link rel="amphtml" href="{url}amp/">
{wp_head(base, site, post_id, url)}
<link rel='stylesheet' id='td-plugin-multi-purpose-css' href='{base}/wp-content/plugins/td-composer/td-multi-purpose/style.css?ver=7cd248d7ca13c255207c3f8b916c3f00' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css' href='{base}/wp-content/themes/Newspaper/style.css?ver=12.6.8' type='text/css' media='all' />
<link rel='stylesheet' id='tdb_style_cloud_templates_front-css' href='{base}/wp-content/plugins/td-cloud-library/assets/css/tdb_main.css?ver=b379c96c54343541fd8742379a419361' type='text/css' media='all' />
<style id="td-theme-custom-css">{td_css}</style>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-4417203391780022" crossorigin="anonymous"></script>
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-J7HT20L3QX"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-J7HT20L3QX');</script>
</head>

<body class="post-template-default single single-post postid-{post_id} single-format-standard td-standard-pack le-cep-repousse global-block-template-1 tdb_template_291877 tdb-template  tdc-header-template  tdc-footer-template td-animation-stack-type0 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">

<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden">
    <div class="td-mobile-container">
        <div class="td-menu-socials-wrap"><div class="td-mobile-close"><span><i class="td-icon-close-mobile"></i></span></div></div>
        <div class="td-mobile-content"><div class="menu-main-menu-container"><ul id="menu-main-menu" class="td-mobile-main-menu"><li class="menu-item menu-item-first"><a href="{base}/category/actualites/">Actualités<i class="td-icon-menu-right td-element-after"></i></a></li><li class="menu-item"><a href="{base}/category/politique/">Politique</a></li><li class="menu-item"><a href="{base}/category/sports/">Sports</a></li></ul></div></div>
    </div>
</div>
<div class="td-search-background" style="visibility:hidden"></div>
<div class="td-search-wrap-mob" style="visibility:hidden"><div class="td-drop-down-search"><form method="get" class="td-search-form" action="{base}/"><div class="td-search-close"><span><i class="td-icon-close-mobile"></i></span></div><div role="search" class="td-search-input"><span>Rechercher</span><input id="td-header-search-mob" type="text" value="" name="s" autocomplete="off" /></div></form></div></div>

<div id="td-outer-wrap" class="td-theme-wrap">

    <div class="td-header-template-wrap" style="position: relative">
        <div class="td-header-mobile-wrap "><div id="tdi_1" class="tdc-zone"><div class="tdc_zone tdi_2  wpb_row td-pb-row"><div class="tdc-row"><div class="vc_row tdi_4  wpb_row td-pb-row"><div class="vc_column tdi_6  wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper"><div class="td_block_wrap tdb_mobile_menu tdi_7 td-pb-border-top td_block_template_1 tdb-header-align"  data-td-block-uid="tdi_7" ><div class="tdb-block-inner td-fix-index"><span class="tdb-mobile-menu-button"><i class="tdb-mobile-menu-icon td-icon-mobile"></i></span></div></div></div></div></div></div></div></div></div>
        <div class="td-header-desktop-wrap "><div id="tdi_10" class="tdc-zone"><div class="tdc_zone tdi_11  wpb_row td-pb-row tdc-element-style"  >
<style scoped>.tdi_11{{min-height:0;}}.td-header-desktop-wrap{{position:relative;}}</style>
<div id="tdi_12" class="tdc-row stretch_row_1200 td-stretch-content"><div class="vc_row tdi_13  wpb_row td-pb-row" >
<div class="vc_column tdi_15  wpb_column vc_column_container tdc-column td-pb-span3"><div class="wpb_wrapper" ><div class="td_block_wrap tdb_header_logo tdi_16 td-pb-border-top td_block_template_1 tdb-header-align"  data-td-block-uid="tdi_16" ><div class="tdb-block-inner td-fix-index"><a class="tdb-logo-a" href="{base}/" title="Juno7"><span class="tdb-logo-img-wrap"><img class="tdb-logo-img td-retina-data" data-retina="{base}/wp-content/uploads/2023/05/logo-juno7-retina.png" src="{base}/wp-content/uploads/2023/05/logo-juno7.png" alt="Juno7"  title="Juno7"  width="272" height="90" /></span></a></div></div></div></div>
<div class="vc_column tdi_18  wpb_column vc_column_container tdc-column td-pb-span9"><div class="wpb_wrapper" ><div class="td_block_wrap tdb_header_date tdi_19 td-pb-border-top td_block_template_1 tdb-header-align"  data-td-block-uid="tdi_19" ><div class="tdb-block-inner td-fix-index"><div class="tdb-head-date-txt">vendredi, novembre 20, 2026</div></div></div><div class="td_block_wrap tdb_header_menu tdi_21 tds_menu_active1 tds_menu_sub_active1 tdb-head-menu-inline tdb-mm-align-screen td-pb-border-top td_block_template_1 tdb-header-align"  data-td-block-uid="tdi_21"  style=" z-index: 999;"><div id="tdi_21" class="td_block_inner td-fix-index"><div class="tdb-main-sub-icon-fake"><i class="tdb-sub-menu-icon td-icon-down tdb-main-sub-menu-icon"></i></div><div class="tdb-sub-icon-fake"><i class="tdb-sub-menu-icon td-icon-right-arrow"></i></div>{nav}</div></div></div></div>
</div></div>
</div></div></div>
    </div>

<div id="tdb-autoload-article" data-autoload="off" data-autoload-org-post-id="{post_id}" data-autoload-type="" data-autoload-count="5" >
<style>.tdb-autoload-wrap{{position:relative;}}.tdb-autoload-wrap .tdb-loader-autoload{{top:auto !important;bottom:50px !important;}}</style>
<div class="td-main-content-wrap td-container-wrap">
    <div class="tdc-content-wrap">
        <article id="template-id-291877" class="post-291877 tdb_templates type-tdb_templates status-publish post" itemscope itemtype="https://schema.org/Article">
            <meta itemprop="mainEntityOfPage" content="{url}">
            <meta itemprop="datePublished" content="2026-11-17T21:40:12-05:00">
            <meta itemprop="dateModified" content="2026-11-17T22:02:51-05:00">
<div id="tdi_40" class="tdc-zone"><div class="tdc_zone tdi_41  wpb_row td-pb-row"  >
<style scoped>.tdi_41{{min-height:0;}}</style>
<div id="tdi_42" class="tdc-row"><div class="vc_row tdi_43  wpb_row td-pb-row" >
<div class="vc_column tdi_45  wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper" >
<div class="td_block_wrap tdb_breadcrumbs tdi_46 td-pb-border-top td_block_template_1 tdb-breadcrumbs "  data-td-block-uid="tdi_46" ><div class="tdb-block-inner td-fix-index"><span><a title="" class="tdb-entry-crumb" href="{base}/">Accueil</a></span><i class="tdb-bread-sep td-icon-right"></i><span><a title="Voir tous les messages dans Actualités" class="tdb-entry-crumb" href="{base}/category/actualites/">Actualités</a></span><i class="tdb-bread-sep tdb-bred-no-url-last td-icon-right"></i><span class="tdb-bred-no-url-last">{title}</span></div></div>
{json_script(crumbs_ld)}
<div class="td_block_wrap tdb_single_categories tdi_47 td-pb-border-top td_block_template_1 "  data-td-block-uid="tdi_47" ><div class="tdb-category td-fix-index"><a class="tdb-entry-category" href="{base}/category/actualites/" ><span class="tdb-cat-bg"></span>Actualités</a><a class="tdb-entry-category" href="{base}/category/politique/" ><span class="tdb-cat-bg"></span>Politique</a></div></div>
<div class="td_block_wrap tdb_title tdi_48 tdb-single-title td-pb-border-top td_block_template_1"  data-td-block-uid="tdi_48" ><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{title}</h1><div></div><div class="tdb-title-line"></div></div></div>
</div></div>
</div></div>
<div id="tdi_50" class="tdc-row"><div class="vc_row tdi_51  wpb_row td-pb-row" >
<div class="vc_column tdi_53  wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper" >
<div class="vc_row_inner tdi_55  vc_row vc_inner wpb_row td-pb-row" ><div class="vc_column_inner tdi_57  wpb_column vc_column_container tdc-inner-column td-pb-span12"><div class="vc_column-inner"><div class="wpb_wrapper" >
<div class="td_block_wrap tdb_single_author tdi_58 td-pb-border-top td_block_template_1 tdb-post-meta"  data-td-block-uid="tdi_58" ><div class="tdb-block-inner td-fix-index"><a class="tdb-author-photo"  href="{base}/author/{author[0]}/" title="{author[1]}"><img alt='{author[1]}' src='https://secure.gravatar.com/avatar/{author[0]}?s=96&#038;d=mm&#038;r=g' class='avatar avatar-96 photo' height='96' width='96' /></a><div class="tdb-author-name-wrap"><span class="tdb-author-by">Par</span> <a class="tdb-author-name" href="{base}/author/{author[0]}/">{author[1]}</a></div></div></div>
<div class="td_block_wrap tdb_single_date tdi_59 td-pb-border-top td_block_template_1 tdb-post-meta"  data-td-block-uid="tdi_59" ><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="2026-11-17T21:40:12-05:00" >17 novembre 2026</time></div></div>
<div class="td_block_wrap tdb_single_comments_count tdi_60 td-pb-border-top td_block_template_1 tdb-post-meta"  data-td-block-uid="tdi_60" ><div class="tdb-block-inner td-fix-index"><a href="{url}#respond"><i class="td-icon-comments"></i><span>0</span></a></div></div>
</div></div></div></div>
<div class="td_block_wrap tdb_single_featured_image tdi_62 tdb-content-horiz-left td-pb-border-top td_block_template_1"  data-td-block-uid="tdi_62" ><div class="tdb-block-inner td-fix-index"><img fetchpriority="high" width="696" height="464" class="entry-thumb" src="{base}/wp-content/uploads/2026/11/cep-petion-ville-696x464.jpg" alt="" title="CEP conférence" /><div class="tdb-caption-text">Le président du CEP, Jacques-Édouard Bellegarde, lors de la présentation du calendrier, mardi à Pétion-Ville. Photo : Juno7 / Reginald Pierre</div></div></div>
<div class="td_block_wrap tdb_single_post_share tdi_63  td-pb-border-top td_block_template_1"  data-td-block-uid="tdi_63" ><div id="tdi_63" class="td-post-sharing tdb-block td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}" title="Facebook" ><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?text={flat(title)}&url={url}&via=juno7haiti" title="Twitter" ><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-whatsapp" href="https://api.whatsapp.com/send?text={flat(title)}%20%0A%0A%20{url}" title="WhatsApp" ><div class="td-social-but-icon"><i class="td-icon-whatsapp"></i></div><div class="td-social-but-text">WhatsApp</div></a><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-telegram" href="https://telegram.me/share/url?url={url}" title="Telegram" ><div class="td-social-but-icon"><i class="td-icon-telegram"></i></div><div class="td-social-but-text">Telegram</div></a></div><div class="td-social-sharing-hidden"><ul class="td-pulldown-filter-list"></ul><a class="td-social-sharing-button td-social-handler td-social-expand-tabs" href="#" data-block-uid="tdi_63" title="More"><div class="td-social-but-icon"><i class="td-icon-plus td-social-expand-tabs-icon"></i></div></a></div></div></div>
<div class="td_block_wrap tdb_single_content tdi_64 td-pb-border-top td_block_template_1 td-post-content tagdiv-type"  data-td-block-uid="tdi_64" >
<style>.tdi_64 .tdb-block-inner{{font-size:17px;line-height:1.7;}}</style>
<div class="tdb-block-inner td-fix-index">{body}
</div></div>
<div class="td_block_wrap tdb_single_tags tdi_65 td-pb-border-top td_block_template_1"  data-td-block-uid="tdi_65" ><div class="tdb-block-inner td-fix-index"><ul class="tdb-tags"><li><span>TAGS</span></li><li><a href="{base}/tag/cep/">CEP</a></li><li><a href="{base}/tag/elections/">Élections</a></li><li><a href="{base}/tag/transition/">Transition</a></li></ul></div></div>
<div class="td_block_wrap tdb_single_author_box tdi_66 tdb-content-vert-top td-pb-border-top td_block_template_1"  data-td-block-uid="tdi_66" ><div class="tdb-block-inner td-fix-index"><a href="{base}/author/{author[0]}/" class="tdb-author-photo"  title="{author[1]}"><img alt='{author[1]}' src='https://secure.gravatar.com/avatar/{author[0]}?s=96&#038;d=mm&#038;r=g' class='avatar avatar-96 photo' height='96' width='96' /></a><div class="tdb-author-info"><a href="{base}/author/{author[0]}/" class="tdb-author-name">{author[1]}</a><div class="tdb-author-descr">Journaliste à Juno7, il couvre la politique et les institutions.</div><div class="tdb-author-social"><span class="td-social-icon-wrap"><a target="_blank" href="https://twitter.com/redestin" title="Twitter"><i class="td-icon-font td-icon-twitter"></i></a></span></div></div></div></div>
<div class="td_block_wrap tdb_single_related tdi_67 td_with_ajax_pagination td-pb-border-top td_block_template_1 tdb-single-related-posts"  data-td-block-uid="tdi_67" ><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Articles similaires</span></h4></div><div id=tdi_67 class="td_block_inner tdb-block-inner td-fix-index">{related}</div></div>
<div class="td_block_wrap tdb_single_comments tdi_68 td-pb-border-top td_block_template_1"  data-td-block-uid="tdi_68" ><div class="tdb-comments-wrap"><div class="tdb-block-title-wrap"><h4 class="tdb-block-title"><span>Laisser un commentaire</span></h4></div>{comment_form(base, post_id, heading="h3", heading_cls="comment-reply-title td-pb-padding-side", title="", button="Publier")}</div></div>
</div></div>
<div class="vc_column tdi_70  wpb_column vc_column_container tdc-column td-pb-span4 td-is-sticky"><div class="wpb_wrapper" ><div class="td_block_wrap td_block_title tdi_71 td-pb-border-top td_block_template_1"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Les plus lus</span></h4></div></div><div class="td_block_wrap td_flex_block_1 tdi_72">{footer_links}</div><div class="td-a-ad id_sidebar_ad"><span class="td-adspot-title">- Publicité -</span>{adsense("4417203391780022", 7710342220, "rectangle")}</div></div></div>
</div></div>
</div></div>
        </article>
    </div>
</div>
</div>

    <div class="td-footer-template-wrap" style="position: relative"><div class="td-footer-wrap "><div id="tdi_90" class="tdc-zone"><div class="tdc_zone tdi_91  wpb_row td-pb-row"><div id="tdi_92" class="tdc-row"><div class="vc_row tdi_93  wpb_row td-pb-row"><div class="vc_column tdi_95  wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper"><div class="td_block_wrap tdb_header_logo tdi_96"><div class="tdb-block-inner td-fix-index"><a class="tdb-logo-a" href="{base}/"><span class="tdb-logo-text-wrap"><span class="tdb-logo-text-tagline">L’actualité haïtienne en temps réel</span></span></a></div></div><div class="td_block_wrap tdm_block_inline_text tdi_97"><p class="tdm-descr">© Juno7 2026 – Tous droits réservés. <a href="{base}/politique-de-confidentialite/">Politique de confidentialité</a> | <a href="{base}/contact/">Contact</a></p></div></div></div></div></div></div></div></div></div>

</div><!--close td-outer-wrap-->

<div id="cookie-law-info-bar" data-nosnippet="true"><span>Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site web. Si vous continuez à utiliser ce site, nous supposerons que vous en êtes satisfait.<a role='button' data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button">Accepter</a> <a href="{base}/politique-de-confidentialite/" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">En savoir plus</a></span></div>
{wp_footer(base)}
<script type="text/javascript" src="{base}/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8" id="td-site-min-js"></script>
<script type="text/javascript" id="td-generated-footer-js">
var td_blocks_tdi_67 = new tdBlock(); td_blocks_tdi_67.id = "tdi_67"; td_blocks_tdi_67.atts = '{{"related_articles_type":"","related_articles_posts_limit":"6","block_type":"tdb_single_related","separator":"","live_filter":"cur_post_same_categories","live_filter_cur_post_id":{post_id}}}'; tdBlocksArray.push(td_blocks_tdi_67);
</script>
</body>
</html>"""
    write(
        "01_juno7_newspaper_tagdiv_politique_utc_next_day",
        page,
        {
            "title": title,
            "publication": "Juno7",
            "author": author[1],
            "agency": "AFP",
            "section": "Actualités",
            "date": datetime.date(2026, 11, 17),
            "source_url": url,
            "subheads": heads,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p],
            "notes": "Newspaper theme (tagDiv) with a Cloud Library single template: header "
            "zone of tdc rows, tdb_breadcrumbs with tagDiv's own BreadcrumbList, "
            "tdb_single_categories showing 'Actualités' and 'Politique', h1.tdb-title-text, "
            "'Par' author block, time, share bar, text in tdb_single_content.td-post-content, "
            "tags, author box, related posts, comment form, sticky sidebar. Yoast @graph with "
            "an 'Article' (not NewsArticle) whose articleSection list starts with "
            "'Actualités'. Two h2 subheads; a td_pull_quote repeating a quotation of the text; "
            "an inline 'LIRE AUSSI :' paragraph and an AdSense slot inside the body; the "
            "trailing 'Avec AFP' line is the agency credit, not a paragraph. Published "
            "21:40 in Port-au-Prince (datetime -05:00, visible '17 novembre 2026'): Yoast and "
            "article:published_time say 2026-11-18T02:40Z, the date is 17 November. The "
            "header shows the day of saving (20 November). AMP link in the head.",
        },
    )


def page02() -> None:
    """Mosaïque Guinée: Jannah, Rank Math NewsArticle, court report, block quotation of the
    prosecutor, relative date 'Il y a 3 jours', Jannah's 'Check Also' box."""
    base = "https://mosaiqueguinee.com"
    site = "Mosaïque Guinée"
    post_id = 241187
    url = f"{base}/crief-cinq-ans-de-prison-requis-contre-lancien-daf-de-la-mairie-de-kindia/"
    title = "CRIEF : cinq ans de prison requis contre l’ancien DAF de la mairie de Kindia"
    author = ("aissatou-lamarana-barry", "Aïssatou Lamarana Barry")
    p = [
        "Le procès de l’ancien directeur administratif et financier de la commune urbaine de "
        "Kindia, Elhadj Mory Kaba, s’est poursuivi ce mardi 24 novembre devant la chambre de "
        "jugement de la Cour de répression des infractions économiques et financières (CRIEF), "
        "à Conakry. Le parquet spécial a requis cinq ans d’emprisonnement ferme et une amende "
        "de 500 millions de francs guinéens.",
        "Poursuivi pour détournement de deniers publics, faux en écriture publique et "
        "complicité, l’accusé est soupçonné d’avoir fait payer, entre 2021 et 2024, des travaux "
        "d’assainissement jamais réalisés, pour un montant total de 7,3 milliards de francs "
        "guinéens.",
        "Dans son réquisitoire, le procureur spécial Ibrahima Sory Camara s’est longuement "
        "attardé sur les factures émises par deux entreprises que l’enquête présente comme des "
        "sociétés écrans :",
        "«&nbsp;Les caniveaux qui figurent sur ces factures n’existent pas. Nous nous sommes "
        "rendus sur place avec les experts : il n’y a ni béton, ni ferraille, ni ouvriers qui se "
        "souviennent d’y avoir travaillé.",
        "Monsieur le président, l’argent de ces travaux est sorti des caisses de la commune, et "
        "il n’y est jamais revenu. C’est cela, le cœur de ce dossier.&nbsp;»",
        "Le parquet a également requis trois ans, dont dix-huit mois avec sursis, contre le "
        "gérant de l’une des deux entreprises, Mohamed Lamine Touré, présent à l’audience. Le "
        "second gérant, en fuite, fait l’objet d’un mandat d’arrêt international.",
        "La défense a plaidé la relaxe. Pour Me Aboubacar Sidiki Kourouma, l’un des avocats de "
        "l’ancien DAF, son client «&nbsp;n’a fait qu’exécuter des ordres de paiement signés par "
        "le maire de l’époque&nbsp;», qui n’a jamais été inquiété. «&nbsp;On juge le comptable "
        "pour ne pas juger l’ordonnateur&nbsp;», a-t-il lancé.",
        "Invité à prendre la parole en dernier, Elhadj Mory Kaba a dit «&nbsp;regretter de ne "
        "pas avoir refusé de signer&nbsp;», tout en niant avoir personnellement bénéficié des "
        "fonds.",
        "La décision a été mise en délibéré au 15 décembre prochain.",
    ]
    desc = (
        "Le parquet spécial de la CRIEF a requis mardi cinq ans de prison ferme contre Elhadj "
        "Mory Kaba, ancien DAF de la commune urbaine de Kindia."
    )
    ad = (
        '<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter">'
        '<span class="stream-title">Publicité</span>'
        + adsense("6120934478812205", 3391204471)
        + "</div>"
    )
    body = "\n".join(
        [
            '<div class="stream-item stream-item-above-post-content"><div class="stream-item-size">'
            + adsense("6120934478812205", 3391204470, "horizontal")
            + "</div></div>",
            paras(*p[:3]),
            '<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'
            + paras(*p[3:5])
            + "<cite>Ibrahima Sory Camara, procureur spécial près la CRIEF</cite></blockquote>",
            paras(p[5]),
            ad,
            paras(*p[6:]),
        ]
    )
    graph = rank_math_graph(
        base,
        url,
        site,
        f"{title} - {site}",
        desc,
        "2026-11-24T16:05:33+00:00",
        "2026-11-24T16:41:09+00:00",
        author,
        "Justice",
        [
            ("Accueil", base),
            ("Actualités", f"{base}/category/actualites/"),
            ("Justice", f"{base}/category/actualites/justice/"),
            (title, url),
        ],
        keywords="CRIEF,Kindia",
    )
    crumbs_ld = {
        "@context": "http://schema.org",
        "@type": "BreadcrumbList",
        "@id": "#Breadcrumb",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"name": "Accueil", "@id": f"{base}/"}},
            {
                "@type": "ListItem",
                "position": 2,
                "item": {"name": "Actualités", "@id": f"{base}/category/actualites/"},
            },
            {
                "@type": "ListItem",
                "position": 3,
                "item": {"name": "Justice", "@id": f"{base}/category/actualites/justice/"},
            },
        ],
    }
    nav = wp_menu(
        5302,
        base,
        ["Actualités", "Politique", "Économie", "Société", "Sport", "Culture", "Afrique"],
        'id="menu-menu-principal" class="menu" role="menubar"',
        8800,
        per=4,
    )
    news = teasers(532, 40, base, FILLER)
    breaking = "".join(
        f'<li class="news-item"><a href="{t["url"]}/">{t["title"]}</a></li>' for t in news[:6]
    )
    related = "".join(
        f'<div class="related-item tie-standard"><a aria-label="{t["title"]}" href="{t["url"]}/" class="post-thumb"><img width="390" height="220" src="{t["image"]}" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt="" decoding="async" /></a><h3 class="post-title"><a href="{t["url"]}/">{t["title"]}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">{t["date"]}</span></div></div>'
        for t in news[6:12]
    )
    widget = "".join(
        f'<li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-thumbnail"><a aria-label="{t["title"]}" href="{t["url"]}/" class="post-thumb"><img width="220" height="150" src="{t["image"]}" class="attachment-jannah-image-small size-jannah-image-small tie-small-image wp-post-image" alt="" /></a></div><div class="post-widget-body "><a class="post-title the-subtitle" href="{t["url"]}/">{t["title"]}</a><div class="post-meta"><span class="date meta-item tie-icon">{t["date"]}</span></div></div></li>'
        for t in news[12:22]
    )
    check = news[22]
    tie_css = css_blob(5312, "tie", 380)
    page = f"""<!DOCTYPE html>
<html lang="fr-FR" class="" data-skin="light">
<head>
	<meta charset="UTF-8" />
	<link rel="profile" href="https://gmpg.org/xfn/11" />
	<meta http-equiv='x-dns-prefetch-control' content='on'>
<link rel='preconnect' href='//fonts.googleapis.com' />
<link rel='preload' as='font' href='{base}/wp-content/themes/jannah/assets/fonts/tielabs-fonticon/tielabs-fonticon.woff' type='font/woff' crossorigin='anonymous' />

<!-- Optimisation des moteurs de recherche par Rank Math PRO - https://rankmath.com/ -->
<title>{title} - {site}</title>
<meta name="description" content="{desc}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title} - {site}" />
<meta property="og:description" content="{desc}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Mosaïque Guinée" />
<meta property="article:publisher" content="https://www.facebook.com/mosaiqueguinee" />
<meta property="article:tag" content="CRIEF" />
<meta property="article:tag" content="Kindia" />
<meta property="article:section" content="Justice" />
<meta property="og:updated_time" content="2026-11-24T16:41:09+00:00" />
<meta property="og:image" content="{base}/wp-content/uploads/2026/11/{author[0]}-une.jpg" />
<meta property="article:published_time" content="2026-11-24T16:05:33+00:00" />
<meta property="article:modified_time" content="2026-11-24T16:41:09+00:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{title} - {site}" />
<meta name="twitter:description" content="{desc}" />
<meta name="twitter:label1" content="Rédigé par" />
<meta name="twitter:data1" content="{author[1]}" />
<meta name="twitter:label2" content="Temps de lecture" />
<meta name="twitter:data2" content="2 minutes" />
{json_script(graph, 'type="application/ld+json" class="rank-math-schema-pro"')}
<!-- /Extension Rank Math WordPress SEO -->

{wp_head(base, site, post_id, url)}
<link rel='stylesheet' id='tie-css-base-css' href='{base}/wp-content/themes/jannah/assets/css/base.min.css?ver=7.3.9' type='text/css' media='all' />
<link rel='stylesheet' id='tie-css-styles-css' href='{base}/wp-content/themes/jannah/assets/css/style.min.css?ver=7.3.9' type='text/css' media='all' />
<link rel='stylesheet' id='tie-css-single-css' href='{base}/wp-content/themes/jannah/assets/css/single.min.css?ver=7.3.9' type='text/css' media='all' />
<style id='tie-css-styles-inline-css' type='text/css'>{tie_css}</style>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-6120934478812205" crossorigin="anonymous"></script>
</head>

<body id="tie-body" class="post-template-default single single-post postid-{post_id} single-format-standard wrapper-has-shadow block-head-4 magazine2 is-thumb-overlay-disabled is-desktop is-header-layout-3 has-header-ad sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media is-standard-format has-mobile-share hide_share_post_top">

<div class="background-overlay">

<div id="tie-container" class="site tie-container">

<div id="tie-wrapper">

<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below has-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">
<nav id="top-nav"  class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="Navigation secondaire">
	<div class="container"><div class="topbar-wrapper">
		<div class="topbar-today-date tie-icon">vendredi, novembre 27, 2026</div>
		<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">Flash Info</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal">{breaking}</ul></div></div>
		<div class="tie-alignright"><ul class="components"><li class="social-icons-item"><a class="social-link facebook-social-icon" rel="external noopener nofollow" target="_blank" href="https://www.facebook.com/mosaiqueguinee"><span class="tie-social-icon tie-icon-facebook"></span><span class="screen-reader-text">Facebook</span></a></li></ul></div>
	</div></div>
</nav>
<div class="container header-container">
	<div class="tie-row logo-row">
		<div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix">
			<div id="logo" class="image-logo" ><a title="{site}" href="{base}/"><picture class="tie-logo-default tie-logo-picture"><source class="tie-logo-source-default tie-logo-source" srcset="{base}/wp-content/uploads/2024/02/logo-mosaique.png"><img class="tie-logo-img-default tie-logo-img" src="{base}/wp-content/uploads/2024/02/logo-mosaique.png" alt="{site}" width="300" height="80" /></picture></a></div>
		</div></div>
		<div class="container stream-item stream-item-top-wrapper" ><div class="stream-item-top">{adsense("6120934478812205", 3391204469, "horizontal")}</div></div>
	</div>
</div>
<div class="main-nav-wrapper">
	<nav id="main-nav"  class="main-nav header-nav menu-style-default menu-style-solid-bg"  aria-label="Navigation principale">
		<div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu">{nav}</div></div></div></div></div>
	</nav>
</div>
</header>

<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">

<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">

	<article id="the-post" class="container-wrapper post-content tie-standard">

		<header class="entry-header-outer">
			<nav id="breadcrumb"><a href="{base}/"><span class="tie-icon-home" aria-hidden="true"></span> Accueil</a><em class="delimiter">/</em><a href="{base}/category/actualites/">Actualités</a><em class="delimiter">/</em><a href="{base}/category/actualites/justice/">Justice</a><em class="delimiter">/</em><span class="current">{title}</span></nav>
			{json_script(crumbs_ld)}
			<div class="entry-header">
				<span class="post-cat-wrap"><a class="post-cat tie-cat-3" href="{base}/category/a-la-une/">À la une</a><a class="post-cat tie-cat-27" href="{base}/category/actualites/justice/">Justice</a></span>
				<h1 class="post-title entry-title">{title}</h1>
				<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-14"><span class="meta-author-avatar"><a href="{base}/author/{author[0]}/"><img alt='Photo of {author[1]}' src='https://secure.gravatar.com/avatar/{author[0]}?s=140&#038;d=mm&#038;r=g' class='avatar avatar-140 photo' height='140' width='140' decoding='async'/></a></span><span class="meta-author"><a href="{base}/author/{author[0]}/" class="author-name tie-icon" title="{author[1]}">{author[1]}</a></span></span></span><span class="date meta-item tie-icon">Il y a 3 jours</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">0</span><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 1 248 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 2 minutes de lecture</span> </div></div>
			</div>
		</header>

		<div  class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="{base}/wp-content/uploads/2026/11/{author[0]}-une-780x470.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" decoding="async" fetchpriority="high" /><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> La salle d’audience de la CRIEF, à Conakry (archives). Photo : Mosaïque Guinée</figcaption></figure></div></div>

		<div class="entry-content entry clearfix">
{body}
			<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Étiquettes</div><span class="tagcloud"><a href="{base}/tag/crief/" rel="tag">CRIEF</a> <a href="{base}/tag/kindia/" rel="tag">Kindia</a> <a href="{base}/tag/detournement/" rel="tag">détournement</a></span></div>
		</div><!-- .entry-content /-->

		<div id="post-extra-info"><div class="theiaStickySidebar"><div class="single-post-meta post-meta clearfix"><span class="date meta-item tie-icon">Il y a 3 jours</span></div></div></div>
		<div class="clearfix"></div>

		<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links  icons-text"><a href="https://www.facebook.com/sharer.php?u={url}" rel="external noopener nofollow" title="Facebook" target="_blank" class="facebook-share-btn  large-share-button" data-raw="https://www.facebook.com/sharer.php?u={{post_link}}"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a><a href="https://x.com/intent/post?text={flat(title)}&#038;url={url}" rel="external noopener nofollow" title="X" target="_blank" class="twitter-share-btn  large-share-button"><span class="share-btn-icon tie-icon-twitter"></span> <span class="social-text">X</span></a><a href="https://api.whatsapp.com/send?text={flat(title)}%20{url}" rel="external noopener nofollow" title="WhatsApp" target="_blank" class="whatsapp-share-btn  large-share-button"><span class="share-btn-icon tie-icon-whatsapp"></span> <span class="social-text">WhatsApp</span></a><a href="#" rel="external noopener nofollow" title="Imprimer" target="_blank" class="print-share-btn  large-share-button"><span class="share-btn-icon tie-icon-print"></span> <span class="social-text">Imprimer</span></a></div></div>

	</article><!-- #the-post /-->

	<div class="stream-item stream-item-below-post">{adsense("6120934478812205", 3391204472)}</div>

	<div class="post-components">
		<div class="about-author container-wrapper about-author-14">
			<div class="author-avatar"><a href="{base}/author/{author[0]}/"><img alt='Photo of {author[1]}' src='https://secure.gravatar.com/avatar/{author[0]}?s=180&#038;d=mm&#038;r=g' class='avatar avatar-180 photo' height='180' width='180' /></a></div>
			<div class="author-info"><h3 class="author-name"><a href="{base}/author/{author[0]}/">{author[1]}</a></h3><div class="author-bio">Journaliste, chargée des questions judiciaires à Mosaïque Guinée.</div><ul class="social-icons"></ul></div>
			<div class="clearfix"></div>
		</div>
		<div class="prev-next-post-nav container-wrapper media-overlay"><div class="tie-col-xs-6 prev-post"><a href="{news[24]["url"]}/" class="post-thumb" rel="prev"><div class="post-thumb-overlay-wrap"><div class="post-thumb-overlay"><span class="tie-icon tie-media-icon"></span></div></div></a><a href="{news[24]["url"]}/" rel="prev"><h3 class="post-title">{news[24]["title"]}</h3></a></div><div class="tie-col-xs-6 next-post"><a href="{news[25]["url"]}/" rel="next"><h3 class="post-title">{news[25]["title"]}</h3></a></div><div class="clearfix"></div></div>
		<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Articles similaires</h3></div><div class="related-posts-list">{related}</div></div>
		<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper">{comment_form(base, post_id, heading="h3", heading_cls="comment-reply-title the-global-title", title="Laisser un commentaire", button="Publier le commentaire")}</div></div>
	</div><!-- .post-components /-->

	<div id="check-also-box" class="container-wrapper check-also-right">
		<div class="widget-title the-global-title has-block-head-4"><div class="the-subtitle">Voir aussi</div><a href="#" id="check-also-close" class="remove"><span class="screen-reader-text">Fermer</span></a></div>
		<div class="widget posts-list-big-first has-first-big-post"><ul class="posts-list-items"><li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-thumbnail"><a aria-label="{check["title"]}" href="{check["url"]}/" class="post-thumb"><img width="390" height="220" src="{check["image"]}" alt="" /></a></div><div class="post-widget-body "><a class="post-title the-subtitle" href="{check["url"]}/">{check["title"]}</a><div class="post-meta"><span class="date meta-item tie-icon">{check["date"]}</span></div></div></li></ul></div>
	</div><!-- #check-also-box /-->

</div><!-- .main-content -->

<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Barre latérale principale"><div class="theiaStickySidebar">
	<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title has-block-head-4"><div class="the-subtitle">Les plus lus</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container" ><ul class="posts-list-items widget-posts-wrapper">{widget}</ul></div></div><div class="clearfix"></div></div>
	<div id="stream-item-widget-3" class="container-wrapper widget stream-item-widget"><div class="stream-item-widget-content">{adsense("6120934478812205", 3391204473, "rectangle")}</div><div class="clearfix"></div></div>
</div></aside>

</div></div><!-- #content /-->

<footer id="footer" class="site-footer dark-skin dark-widgetized-area">
	<div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12">
		<div class="copyright-text copyright-text-first">&copy; Copyright 2026, Tous droits réservés | Mosaïque Guinée</div>
		<div class="footer-menu"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="{base}/qui-sommes-nous/">Qui sommes-nous ?</a></li><li class="menu-item"><a href="{base}/contact/">Contact</a></li></ul></div>
	</div></div></div></div>
</footer>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">Bouton retour en haut de la page</span></a>

</div><!-- #tie-wrapper /-->
</div><!-- #tie-container /-->
</div><!-- .background-overlay /-->

{wp_footer(base)}
<script type="text/javascript" id="tie-scripts-js-extra">
/* <![CDATA[ */
var tie = {{"is_rtl":"","ajaxurl":"{jesc(base)}\\/wp-admin\\/admin-ajax.php","is_side_aside_light":"","is_taqyeem_active":"","is_sticky_video":"","mobile_menu_top":"","mobile_menu_active":"area","mobile_menu_parent":"","lightbox_all":"true","lightbox_gallery":"true","lightbox_skin":"dark","lightbox_thumb":"horizontal","lightbox_arrows":"true","is_singular":"1","autoload_posts":"","reading_indicator":"true","lazyload":"","select_share":"true","select_share_twitter":"","select_share_facebook":"","select_share_linkedin":"","select_share_email":"","facebook_app_id":"5303755962","twitter_username":"","responsive_tables":"true","ad_blocker_detector":"","sticky_behavior":"default","sticky_desktop":"true","sticky_mobile":"true","sticky_mobile_behavior":"default","ajax_loader":"<div class=\\"loader-overlay\\"><div class=\\"spinner-circle\\"><\\/div><\\/div>","type_to_search":"","lang_no_results":"Aucun r\\u00e9sultat","sticky_share_mobile":"true","sticky_share_post":"","sticky_share_post_menu":""}};
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.3.9" id="tie-scripts-js"></script>
<script type="text/javascript" src="{base}/wp-content/themes/jannah/assets/js/single.min.js?ver=7.3.9" id="tie-js-single-js"></script>
</body>
</html>
"""
    write(
        "02_mosaiqueguinee_jannah_rankmath_proces_relative_date",
        page,
        {
            "title": title,
            "publication": "Mosaïque Guinée",
            "author": author[1],
            "section": "Justice",
            "date": datetime.date(2026, 11, 24),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "Jannah theme: #tie-container/#tie-wrapper, header layout 3 with a "
            "'Flash Info' ticker and the day of saving ('vendredi, novembre 27, 2026'), "
            "nav#breadcrumb plus Jannah's BreadcrumbList, two category badges ('À la une', "
            "'Justice'), h1.post-title, post-meta whose date is relative ('Il y a 3 jours'), "
            "views and reading time, .entry-content.entry, tags, bottom share buttons, "
            "author box, prev/next, related posts, comment form, the sliding 'Voir aussi' "
            "box, sticky sidebar. Rank Math @graph: NewsArticle whose headline carries the "
            "' - Mosaïque Guinée' suffix, articleSection 'Justice' (also article:section). "
            "Court report: a wp-block-quote of the prosecutor in two paragraphs (its cite is "
            "not text), the colon-ended paragraph that introduces it, ads above and inside "
            "the body. The date is only machine-readable (2026-11-24T16:05:33+00:00, Conakry "
            "is UTC).",
        },
    )


def page03() -> None:
    """Gabonreview: JNews, Yoast NewsArticle, economy with a data table, standfirst in
    h2.jeg_post_subtitle, two authors, h3 subheads, JNews inline related posts, Ad Inserter."""
    base = "https://www.gabonreview.com"
    site = "Gabonreview"
    post_id = 176530
    url = f"{base}/loi-de-finances-2027-le-budget-de-letat-grimpe-a-3-912-milliards-de-fcfa/"
    title = "Loi de finances 2027 : le budget de l’État grimpe à 3&nbsp;912 milliards de FCFA"
    lead = (
        "Adopté en Conseil des ministres le 26 novembre, le projet de loi de finances pour 2027 "
        "table sur une hausse de 7,8&nbsp;% des recettes, tirée par le pétrole et les mines. Le "
        "service de la dette absorbe toujours près d’un tiers des dépenses."
    )
    authors = [("loic-ntoutoume", "Loïc Ntoutoume"), ("sandrine-nze-ekomie", "Sandrine Nzé Ekomie")]
    p = [
        "Le gouvernement a transmis jeudi au Parlement le projet de loi de finances (PLF) pour "
        "l’exercice 2027. Arrêté à 3&nbsp;912,4 milliards de francs CFA, il progresse de "
        "6,1&nbsp;% par rapport à la loi de finances rectificative de 2026, selon le document "
        "consulté par Gabonreview.",
        "Le ministre de l’Économie, Hervé-Patrick Mouyabi, y défend un budget «&nbsp;de "
        "consolidation&nbsp;», qui doit ramener le déficit à 2,4&nbsp;% du produit intérieur "
        "brut, contre 3,1&nbsp;% attendus cette année.",
        "La hausse des recettes repose pour l’essentiel sur le secteur extractif. Le PLF retient "
        "une production de 218&nbsp;000 barils par jour et un cours moyen de 72 dollars le "
        "baril, des hypothèses jugées «&nbsp;prudentes&nbsp;» par le ministère mais "
        "«&nbsp;optimistes&nbsp;» par plusieurs économistes de la place.",
        "Les principales masses du budget se présentent comme suit :",
    ]
    rows = [
        ("Poste", "LFR 2026", "PLF 2027", "Variation"),
        ("Recettes pétrolières", "1&nbsp;012,4", "1&nbsp;148,9", "+13,5&nbsp;%"),
        ("Recettes fiscales hors pétrole", "1&nbsp;386,0", "1&nbsp;452,7", "+4,8&nbsp;%"),
        ("Dépenses de personnel", "812,3", "829,6", "+2,1&nbsp;%"),
        ("Investissements", "604,8", "671,2", "+11,0&nbsp;%"),
        ("Service de la dette", "1&nbsp;198,5", "1&nbsp;236,0", "+3,1&nbsp;%"),
    ]
    q = [
        "Avec 1&nbsp;236 milliards de FCFA, le service de la dette reste le premier poste du "
        "budget, devant la masse salariale. Le Trésor prévoit de lever 420 milliards sur le "
        "marché régional de la Cemac en 2027, un montant comparable à celui de cette année.",
        "Les investissements publics progressent de 11&nbsp;%, avec une priorité affichée pour "
        "les routes et l’énergie. La réhabilitation de la Transgabonaise entre Ndjolé et Lalara "
        "doit à elle seule mobiliser 96 milliards.",
        "Le texte doit être examiné en commission à l’Assemblée nationale à partir du 7 "
        "décembre. Son adoption définitive est attendue avant la fin de l’année.",
    ]
    heads = ["Des recettes toujours dépendantes du brut", "La dette, premier poste de dépenses"]
    desc = flat(lead)
    more = teasers(533, 40, base, FILLER)
    inline = "".join(
        f'<article class="jeg_post jeg_pl_md_5 format-standard"><div class="jeg_thumb"><a href="{t["url"]}/"><div class="thumbnail-container animate-lazy size-715"><img width="350" height="250" src="{t["image"]}" class="attachment-jnews-350x250 size-jnews-350x250 lazyload wp-post-image" alt="" /></div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{t["url"]}/">{t["title"]}</a></h3></div></article>'
        for t in more[:2]
    )
    inline_block = (
        '<div class="jnews_inline_related_post_wrapper left"><div class="jnews_inline_related_post">'
        '<div  class="jeg_postblock_29 jeg_postblock jeg_module_hook jeg_pagination_nextprev '
        'jeg_col_2o3 jnews_module_176530_0_6743b1d2c4e01   " data-unique="jnews_module_176530_0_6743b1d2c4e01">'
        '<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title">'
        "<span>À lire aussi</span></h3></div>"
        f'<div class="jeg_block_container"><div class="jeg_posts ">{inline}</div></div></div></div></div>'
    )
    table = (
        '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>'
        + "".join(f"<th>{c}</th>" for c in rows[0])
        + "</tr></thead><tbody>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
        + '</tbody></table><figcaption class="wp-element-caption">En milliards de FCFA. Source '
        ": ministère de l’Économie, PLF 2027.</figcaption></figure>"
    )
    code_block = (
        '<div class="code-block code-block-3" style="margin: 8px auto; text-align: center; '
        'display: block; clear: both;">' + adsense("8835012246619043", 5520981143) + "</div>"
    )
    body = "\n".join(
        [
            paras(*p[:2]),
            inline_block,
            f'<h3 class="wp-block-heading">{heads[0]}</h3>',
            paras(*p[2:4]),
            table,
            f'<h3 class="wp-block-heading">{heads[1]}</h3>',
            paras(q[0]),
            code_block,
            paras(*q[1:]),
        ]
    )
    graph = yoast_graph(
        base,
        url,
        site,
        flat(title),
        desc,
        "2026-11-28T08:15:00+00:00",
        "2026-11-28T10:47:22+00:00",
        authors,
        ["Économie"],
        [
            ("Accueil", f"{base}/"),
            ("Économie", f"{base}/category/economie/"),
            ("Finances publiques", f"{base}/category/economie/finances-publiques/"),
            (flat(title), url),
        ],
        article_type="NewsArticle",
        words=498,
        keywords=["Budget", "Dette", "Loi de finances"],
    )
    nav = wp_menu(
        5303,
        base,
        ["Politique", "Économie", "Société", "Environnement", "Sport", "Culture", "Tribune libre"],
        'id="menu-main-menu" class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate"',
        4100,
        per=3,
    )
    related = "".join(
        f'<article class="jeg_post jeg_pl_md_1 format-standard"><div class="jeg_thumb"><a href="{t["url"]}/"><div class="thumbnail-container animate-lazy  size-715 "><img width="350" height="250" src="{t["image"]}" class="attachment-jnews-350x250 size-jnews-350x250 lazyload wp-post-image" alt="" /></div></a><div class="jeg_post_category"><span><a href="{base}/category/economie/" class="category-economie">Économie</a></span></div></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{t["url"]}/">{t["title"]}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{t["url"]}/" ><i class="fa fa-clock-o"></i> {t["date"]}</a></div></div></div></article>'
        for t in more[2:8]
    )
    side = "".join(
        f'<div class="jeg_post jeg_pl_sm format-standard"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a property="url" href="{t["url"]}/">{t["title"]}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{t["url"]}/" ><i class="fa fa-clock-o"></i> {t["date"]}</a></div></div></div></div>'
        for t in more[8:20]
    )
    byline = (
        f'<div class="jeg_meta_author coauthor"><img alt="{authors[0][1]}" src="https://secure.gravatar.com/avatar/{authors[0][0]}?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"><span class="meta_text">Par</span> '
        f'<a href="{base}/author/{authors[0][0]}/">{authors[0][1]}</a><span class="meta_text"> et </span>'
        f'<a href="{base}/author/{authors[1][0]}/">{authors[1][1]}</a></div>'
    )
    boxes = "".join(
        f'<div class="jeg_authorbox"><div class="jeg_author_image"><img alt="{n}" src="https://secure.gravatar.com/avatar/{s}?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80"></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="{base}/author/{s}/">{n}</a></h3><p class="jeg_author_desc">{d}</p><div class="jeg_author_socials"></div></div></div>'
        for (s, n), d in zip(
            authors,
            [
                "Journaliste économique à Gabonreview, chargé des finances publiques et du secteur pétrolier.",
                "Journaliste à Gabonreview. Économie, mines et environnement.",
            ],
            strict=True,
        )
    )
    page = f"""<!doctype html>
<!--[if lt IE 7]> <html class="no-js lt-ie9 lt-ie8 lt-ie7" lang="fr-FR"> <![endif]-->
<!--[if IE 7]>    <html class="no-js lt-ie9 lt-ie8" lang="fr-FR"> <![endif]-->
<!--[if IE 8]>    <html class="no-js lt-ie9" lang="fr-FR"> <![endif]-->
<!--[if IE 9]>    <html class="no-js lt-ie10" lang="fr-FR"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="fr-FR"> <!--<![endif]-->
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name='viewport' content='width=device-width, initial-scale=1, user-scalable=yes' />
    <link rel="profile" href="http://gmpg.org/xfn/11" />
    <link rel="pingback" href="{base}/xmlrpc.php" />
    <script type="text/javascript">
var jnews_ajax_url = '/?ajax-request=jnews'
</script>
<script type="text/javascript">;window.jnews=window.jnews||{{}},window.jnews.library=window.jnews.library||{{}},window.jnews.library=function(){{"use strict";var e=this;e.win=window,e.doc=document,e.noop=function(){{}},e.globalBody=e.doc.getElementsByTagName("body")[0]}};</script>
	<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{flat(title)} - Gabonreview.com | Actualité du Gabon |</title>
	<meta name="description" content="{desc}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="fr_FR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{flat(title)} - Gabonreview.com | Actualité du Gabon |" />
	<meta property="og:description" content="{desc}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="Gabonreview.com | Actualité du Gabon |" />
	<meta property="article:publisher" content="https://www.facebook.com/gabonreview" />
	<meta property="article:published_time" content="2026-11-28T08:15:00+00:00" />
	<meta property="article:modified_time" content="2026-11-28T10:47:22+00:00" />
	<meta property="og:image" content="{base}/wp-content/uploads/2026/11/une-498.jpg" />
	<meta name="author" content="{authors[0][1]}, {authors[1][1]}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Écrit par" />
	<meta name="twitter:data1" content="{authors[0][1]}, {authors[1][1]}" />
	<meta name="twitter:label2" content="Durée de lecture estimée" />
	<meta name="twitter:data2" content="3 minutes" />
	{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
	<!-- / Yoast SEO plugin. -->
{wp_head(base, "Gabonreview.com | Actualité du Gabon |", post_id, url)}
<link rel='stylesheet' id='js_composer_front-css' href='{base}/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver=7.9' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-frontend-css' href='{base}/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.6' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-style-css' href='{base}/wp-content/themes/jnews/style.css?ver=11.6.6' type='text/css' media='all' />
<style id='jnews-dynamic-style-inline-css' type='text/css'>{css_blob(5313, "jeg", 400)}</style>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-8835012246619043" crossorigin="anonymous"></script>
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard wp-embed-responsive jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal wpb-js-composer js-comp-ver-7.9 vc_responsive">

    <div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class='ads-wrapper  '></div></div>

    <!-- The Main Wrapper
    ============================================= -->
    <div class="jeg_viewport">

        <div class="jeg_header_wrapper">
            <div class="jeg_header_instagram_wrapper"></div>
            <div class="jeg_header normal">
    <div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row">
        <div class="jeg_nav_col jeg_nav_left  jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">samedi, novembre 28, 2026</div></div></div>
        <div class="jeg_nav_col jeg_nav_right  jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item socials_widget jeg_social_icon_block nobg"><a href="https://www.facebook.com/gabonreview" target='_blank' rel='external noopener nofollow' class="jeg_facebook"><i class="fa fa-facebook"></i> </a><a href="https://twitter.com/gabonreview" target='_blank' rel='external noopener nofollow' class="jeg_twitter"><i class="fa fa-twitter"></i> </a></div></div></div>
    </div></div></div>
    <div class="jeg_midbar jeg_container jeg_navbar_wrapper normal"><div class="container"><div class="jeg_nav_row">
        <div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="{base}/" style="padding: 0 0 0 0;"><img class='jeg_logo_img' src="{base}/wp-content/uploads/2022/03/logo-gabonreview.png" srcset="{base}/wp-content/uploads/2022/03/logo-gabonreview.png 1x, {base}/wp-content/uploads/2022/03/logo-gabonreview@2x.png 2x" alt="Gabonreview.com | Actualité du Gabon |" data-light-src="{base}/wp-content/uploads/2022/03/logo-gabonreview.png" width="300" height="75"></a></h1></div></div></div>
        <div class="jeg_nav_col jeg_nav_right jeg_nav_grow"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_ad jeg_ad_top jnews_header_ads"><div class='ads-wrapper  '>{adsense("8835012246619043", 5520981140, "horizontal")}</div></div></div></div>
    </div></div></div>
    <div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_dark"><div class="container"><div class="jeg_nav_row">
        <div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap">{nav}</div></div></div></div>
        <div class="jeg_nav_col jeg_nav_right jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_search_wrapper search_icon jeg_search_popup_expand"><a href="#" class="jeg_search_toggle"><i class="fa fa-search"></i></a><form action="{base}/" method="get" class="jeg_search_form" target="_top"><input name="s" class="jeg_search_input" placeholder="Rechercher..." type="text" value="" autocomplete="off"><button aria-label="Search Button" type="submit" class="jeg_search_button btn"><i class="fa fa-search"></i></button></form></div></div></div>
    </div></div></div>
</div><!-- /.jeg_header -->
        </div>

        <div class="jeg_navbar_mobile_wrapper"><div class="jeg_navbar_mobile" data-mode="scroll"><div class="jeg_mobile_bottombar jeg_mobile_midbar jeg_container normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item"><a href="#" class="toggle_btn jeg_mobile_toggle"><i class="fa fa-bars"></i></a></div></div></div><div class="jeg_nav_col jeg_nav_center jeg_nav_grow"><div class="item_wrap jeg_nav_aligncenter"><div class="jeg_nav_item jeg_mobile_logo"><div class="site-title"><a href="{base}/"><img class='jeg_logo_img' src="{base}/wp-content/uploads/2022/03/logo-gabonreview-mobile.png" alt="Gabonreview.com | Actualité du Gabon |"></a></div></div></div></div></div></div></div></div></div>

        <div class="post-wrapper">

            <div class="post-wrap" >

                <div class="jeg_main ">
                    <div class="jeg_container">
                        <div class="jeg_content jeg_singlepage">

	<div class="container">

		<div class="jeg_ad jeg_article jnews_article_top_ads"><div class='ads-wrapper  '></div></div>

		<div class="row">
			<div class="jeg_main_content col-md-8">
				<div class="jeg_inner_content">
					<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="{base}">Accueil</a></span><i class="fa fa-angle-right"></i><span class=""><a href="{base}/category/economie/">Économie</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="{base}/category/economie/finances-publiques/">Finances publiques</a></span></div></div>

					<div class="entry-header">
						<h1 class="jeg_post_title">{title}</h1>
						<h2 class="jeg_post_subtitle">{lead}</h2>
						<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">
	<div class="meta_left">
		{byline}
		<div class="jeg_meta_date"><a href="{url}">28 novembre 2026</a></div>
		<div class="jeg_meta_category"><span><span class="meta_text">dans</span> <a href="{base}/category/economie/" rel="category tag">Économie</a><span class="category-separator">, </span><a href="{base}/category/economie/finances-publiques/" rel="category tag">Finances publiques</a></span></div>
	</div>
	<div class="meta_right"><div class="jeg_meta_comment"><a href="{url}#comments" ><i class="fa fa-comment-o"></i> 0</a></div></div>
</div></div>
					</div>

					<div  class="jeg_featured featured_image "><a href="{base}/wp-content/uploads/2026/11/une-498.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:66.667%"><img width="750" height="500" src="{base}/wp-content/uploads/2026/11/une-498-750x500.jpg" class="attachment-jnews-750x536 size-jnews-750x536 lazyload wp-post-image" alt="" decoding="async" /></div></a><p class="wp-caption-text">Le Conseil des ministres du 26 novembre 2026, au Palais Rénovation. © Gabonreview</p></div>

					<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">0</div><span class="sharetext">PARTAGES</span></div><div class="jeg_views_count"><div class="counts">412</div><span class="sharetext">VUES</span></div></div><div class="jeg_sharelist"><a href="http://www.facebook.com/sharer.php?u={url}" rel='nofollow' aria-label="Share on Facebook" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Partager sur Facebook</span></a><a href="https://twitter.com/intent/tweet?text={flat(title)}&url={url}" rel='nofollow' aria-label="Share on Twitter" class="jeg_btn-twitter expanded"><i class="fa fa-twitter"><svg xmlns="http://www.w3.org/2000/svg" height="1em" viewBox="0 0 512 512"><path d="M389.2 48h70.6L305.6 224.2 487 464H345L233.7 318.6 106.5 464H35.8L200.7 275.5 26.8 48H172.4L272.9 179.9 389.2 48z"/></svg></i><span>Partager sur Twitter</span></a><a href="https://api.whatsapp.com/send?text={url}" rel='nofollow' class="jeg_btn-whatsapp "><i class="fa fa-whatsapp"></i></a><div class="share-secondary"><a href="https://www.linkedin.com/shareArticle?url={url}" rel='nofollow' class="jeg_btn-linkedin "><i class="fa fa-linkedin"></i></a></div><a href="#" class="jeg_btn-toggle"><i class="fa fa-share"></i></a></div></div></div>

					<div class="jeg_ad jeg_article jnews_content_top_ads "><div class='ads-wrapper  '></div></div>

					<div class="entry-content no-share">
						<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>

						<div class="content-inner ">
{body}
						</div>
						<div class="jeg_post_tags"><span>Tags:</span> <a href="{base}/tag/budget/" rel="tag">Budget</a><a href="{base}/tag/dette/" rel="tag">Dette</a><a href="{base}/tag/loi-de-finances/" rel="tag">Loi de finances</a></div>
					</div>
					<div class="jeg_share_bottom_container"></div>

					<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class='ads-wrapper  '><div class="ads_code">{adsense("8835012246619043", 5520981144)}</div></div></div>

					<div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="{more[20]["url"]}/" class="post prev-post"><span class="caption">Article précédent</span><h3 class="post-title">{more[20]["title"]}</h3></a><a href="{more[21]["url"]}/" class="post next-post"><span class="caption">Article suivant</span><h3 class="post-title">{more[21]["title"]}</h3></a></div></div>

					<div class="jnews_author_box_container ">{boxes}</div>

					<div class="jnews_related_post_container"><div  class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3 jnews_module_176530_1_6743b1d2c9a11   " data-unique="jnews_module_176530_1_6743b1d2c9a11"><div class="jeg_block_heading jeg_block_heading_6 jnews_module_176530_1_6743b1d2c9a11"><h3 class="jeg_block_title"><span>Articles<strong> liés</strong></span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{related}</div></div></div></div></div>

					<div class="jnews_popup_post_container"></div>

					<div class="jnews_comment_container"><div id="comments" class="jeg_comments"><h2 class="comment-heading">0 Commentaires</h2>{comment_form(base, post_id, heading="h3", title="Laisser un commentaire", button="Publier le commentaire")}</div></div>
				</div>
			</div>
			<div class="jeg_sidebar  jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar"><div class="widget widget_jnews_module_block_21" id="jnews_module_block_21-2"><div  class="jeg_postblock_21 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_1o3"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>Les plus lus</span></h3></div><div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">{side}</div></div></div></div><div class="widget widget_jnews_module_element_ads"><div class='ads-wrapper  '>{adsense("8835012246619043", 5520981145, "rectangle")}</div></div></div></div></div>
		</div>

		<div class="jeg_ad jeg_article jnews_article_bottom_ads"><div class='ads-wrapper  '></div></div>

	</div>

                        </div>
                    </div>
                </div>
            </div>

        </div>

        <div class="footer-holder" id="footer" data-id="footer">
            <div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><div class="row"><div class="jeg_footer_primary clearfix"><div class="col-md-4 footer_column"><div class="footer_widget widget_jnews_about" id="jnews_about-2"><div class="jeg_about "><p>Gabonreview est un journal en ligne d’information générale sur le Gabon, fondé en 2009 à Libreville.</p></div></div></div></div></div></div></div>
            <div class="jeg_footer_bottom"><div class="container"><div class="jeg_footer_copyright"><p class="copyright"> © 2026 <a href="{base}" title="Gabonreview">Gabonreview</a> - Tous droits réservés.</p></div></div></div></div></div>
        </div>

        <div class="jscroll-to-top"><a href="#back-to-top" class="jscroll-to-top_link"><i class="fa fa-angle-up"></i></a></div>
    </div>

    <div id="jeg_off_canvas" class="normal"><a href="#" class="jeg_menu_close"><i class="jegicon-cross"></i></a><div class="jeg_bg_overlay"></div><div class="jeg_mobile_wrapper"><div class="nav_wrap"><div class="item_main"><div class="jeg_aside_item"><ul class="jeg_mobile_menu"><li class="menu-item"><a href="{base}/category/politique/">Politique</a></li><li class="menu-item"><a href="{base}/category/economie/">Économie</a></li></ul></div></div><div class="item_bottom"><div class="jeg_aside_item jeg_aside_copyright"><p>© 2026 Gabonreview</p></div></div></div></div></div>

    <div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice" style="border-color:#f4f4f4;background-color:#FFFFFF"><div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">Nous respectons votre vie privée</p><div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description"><p>Nous utilisons des cookies pour améliorer votre expérience de navigation, diffuser des publicités ou du contenu personnalisés et analyser notre trafic. En cliquant sur « Tout accepter », vous consentez à notre utilisation des cookies.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Personnaliser" data-cky-tag="settings-button">Personnaliser</button> <button class="cky-btn cky-btn-reject" aria-label="Tout refuser" data-cky-tag="reject-button">Tout refuser</button> <button class="cky-btn cky-btn-accept" aria-label="Tout accepter" data-cky-tag="accept-button">Tout accepter</button></div></div></div></div></div>
{wp_footer(base)}
<script type="text/javascript" id="jnews-frontend-js-extra">
/* <![CDATA[ */
var jnewsoption = {{"login_reload":"{jesc(base)}\\/loi-de-finances-2027","popup_script":"magnific","single_gallery":"","ismobile":"","isie":"","sidefeed_ajax":"","language":"fr_FR","module_prefix":"jnews_module_ajax_","live_search":"1","postid":"{post_id}","isblog":"1","admin_bar":"0","follow_video":"","follow_position":"top_right","rtl":"0","gif":"","lang":{{"invalid_recaptcha":"Invalid Recaptcha!","empty_username":"Please enter your username!"}},"recaptcha":0,"site_slug":"\\/","site_domain":"www.gabonreview.com","zoom_button":0}};
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.6.6" id="jnews-frontend-js"></script>
</body>
</html>
"""
    write(
        "03_gabonreview_jnews_budget_table_two_authors_subtitle",
        page,
        {
            "title": flat(title),
            "publication": "Gabonreview",
            "author": "Loïc Ntoutoume et Sandrine Nzé Ekomie",
            "section": "Économie",
            "date": datetime.date(2026, 11, 28),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": heads,
            "paragraphs": [flat(x) for x in p]
            + [flat(" ".join(r)) for r in rows]
            + [flat(x) for x in q],
            "notes": "JNews theme: .jeg_viewport, header rows (top date of the day, logo in an "
            "h1.site-title holding only an image), .jeg_breadcrumbs 'Économie › Finances "
            "publiques', h1.jeg_post_title, standfirst in h2.jeg_post_subtitle, co-author meta "
            "'Par A et B', share bar with counters, .content-inner, JNews inline related posts "
            "('À lire aussi') and an Ad Inserter code-block inside the body, tags, prev/next, "
            "two author boxes, related posts, comments, sidebar, CookieYes banner. Yoast "
            "@graph NewsArticle with two authors and articleSection ['Économie'] (beats the "
            "breadcrumb's 'Finances publiques'). og:site_name and <title> 'Gabonreview.com | "
            "Actualité du Gabon |' against publisher and footer 'Gabonreview'. Two h3 "
            "subheads; a data table (header + five rows, each row one paragraph, cells joined "
            "by a space) with a figcaption source that is not text.",
        },
    )


def page04() -> None:
    """La Revue du Liban: Soledad, Jetpack Open Graph, Soledad's own BlogPosting without a
    section, theatre review, breadcrumb 'Culture › Scène', pull quote with cite, review box,
    UTC previous day."""
    base = "https://www.rdl.com.lb"
    site = "La Revue du Liban"
    post_id = 58214
    url = f"{base}/2026/12/01/les-chaises-de-la-rue-gouraud-beyrouth-a-huis-clos-au-monnot/"
    title = "«&nbsp;Les Chaises de la rue Gouraud&nbsp;» : Beyrouth à huis clos, au Monnot"
    author = ("rita-sfeir-haddad", "Rita Sfeir-Haddad")
    p = [
        "Il y a d’abord ce bruit, avant même que la lumière ne se fasse : une chaise qu’on "
        "traîne sur un carrelage, quelque part au-dessus de la salle. Puis une deuxième. Dans "
        "<em>Les Chaises de la rue Gouraud</em>, que le Théâtre Monnot accueille jusqu’au 20 "
        "décembre, tout part de là : un immeuble de Gemmayzé, un appartement vide, et deux "
        "anciens voisins qui reviennent, vingt ans après, récupérer ce qui leur appartient.",
        "Le texte est signé Karim Bou Saab, dont c’est la troisième pièce, et qui en assure "
        "aussi la mise en scène. On retrouve son goût pour les dialogues secs, presque anodins, "
        "derrière lesquels la guerre affleure sans jamais être nommée.",
        "Sur le plateau, Joumana Tamer et Élie Nassar forment un duo d’une justesse rare. Elle, "
        "méthodique, dresse l’inventaire des meubles&nbsp;; lui ne cesse de s’asseoir, comme "
        "pour vérifier que chaque chaise tient encore debout.",
        "La scénographie de Maya Gebeily réduit le décor à l’essentiel : une dizaine de chaises "
        "dépareillées, une fenêtre dont on ne voit jamais l’extérieur, et un lustre qui descend "
        "imperceptiblement au fil de la représentation, jusqu’à frôler la tête des comédiens.",
        "On pourra regretter un dernier quart d’heure plus appuyé, où l’auteur semble craindre "
        "que le spectateur n’ait pas compris. Mais l’émotion qui saisit la salle au moment où "
        "les deux personnages se disputent la dernière chaise efface largement ces réserves.",
        "Dans un pays où tant d’appartements restent fermés, en attente de propriétaires qui ne "
        "reviendront pas, la pièce touche une corde sensible. À la sortie, samedi soir, "
        "plusieurs spectateurs évoquaient à voix basse leur propre immeuble.",
        "<em>Les Chaises de la rue Gouraud</em>, texte et mise en scène de Karim Bou Saab, avec "
        "Joumana Tamer et Élie Nassar. Théâtre Monnot, Achrafieh, jusqu’au 20 décembre, du "
        "jeudi au dimanche à 20&nbsp;h&nbsp;30. Billets à l’entrée du théâtre.",
    ]
    quote = "«&nbsp;Ce n’est pas l’appartement qui a disparu, c’est la rue.&nbsp;»"
    desc = (
        "Au Théâtre Monnot, Karim Bou Saab met en scène deux anciens voisins qui reviennent "
        "vider un appartement de Gemmayzé. Un huis clos juste et poignant."
    )
    review = (
        '<div class="wrapper-penci-review"><div class="penci-review penci-review-style-1">'
        '<div class="penci-review-container penci-review-count"><h4 class="penci-review-title">'
        'Notre avis</h4><ul class="penci-review-number">'
        + "".join(
            f'<li><div class="penci-review-text"><div class="penci-review-point">{k}</div>'
            f'<div class="penci-review-score">{v}</div></div><div class="penci-review-process">'
            f'<span class="penci-review-rating" style="width: {int(float(v) * 10)}%;"></span></div></li>'
            for k, v in [("Texte", "8"), ("Mise en scène", "7.5"), ("Interprétation", "9")]
        )
        + '</ul><div class="penci-review-metas"><div class="penci-review-score-total">'
        '<div class="penci-review-score-num">8.2</div><span>Note globale</span></div></div>'
        "</div></div></div>"
    )
    body = "\n".join(
        [
            paras(*p[:3]),
            '<figure class="wp-block-pullquote"><blockquote><p>'
            + quote
            + "</p><cite>Élie Nassar, dans le rôle de Samir</cite></blockquote></figure>",
            paras(*p[3:]),
            review,
        ]
    )
    ld = [
        {
            "@context": "https://schema.org/",
            "@type": "WebSite",
            "name": site,
            "alternateName": "RDL",
            "url": f"{base}/",
        },
        {
            "@context": "https://schema.org/",
            "@type": "BlogPosting",
            "headline": flat(title),
            "description": desc,
            "datePublished": "2026-12-01T00:30:00+02:00",
            "dateModified": "2026-12-01T09:12:00+02:00",
            "url": url,
            "author": {"@type": "Person", "name": author[1], "url": f"{base}/author/{author[0]}/"},
            "image": {
                "@type": "ImageObject",
                "url": f"{base}/wp-content/uploads/2026/11/chaises-gouraud.jpg",
                "width": 1170,
                "height": 780,
            },
            "publisher": {
                "@type": "Organization",
                "name": site,
                "logo": {"@type": "ImageObject", "url": f"{base}/wp-content/uploads/logo-rdl.png"},
            },
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        },
        {
            "@context": "https://schema.org/",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": 1,
                    "item": {"@id": f"{base}/", "name": "Accueil"},
                },
                {
                    "@type": "ListItem",
                    "position": 2,
                    "item": {"@id": f"{base}/category/culture/", "name": "Culture"},
                },
                {
                    "@type": "ListItem",
                    "position": 3,
                    "item": {"@id": f"{base}/category/culture/scene/", "name": "Scène"},
                },
                {"@type": "ListItem", "position": 4, "item": {"@id": url, "name": flat(title)}},
            ],
        },
    ]
    nav = wp_menu(
        5304,
        base,
        ["Politique", "Économie", "Société", "Culture", "Mode", "Gastronomie", "Portraits"],
        'id="menu-main" class="menu"',
        3100,
        per=3,
    )
    more = teasers(534, 30, base, FILLER)
    related = "".join(
        f'<div class="item-related"><a class="related-thumb penci-image-holder penci-lazy" data-bgset="{t["image"]}" href="{t["url"]}/" title="{t["title"]}"></a><h3><a href="{t["url"]}/">{t["title"]}</a></h3><span class="date"><time class="entry-date published" datetime="{t["date"]}T10:00:00+02:00">{t["date"]}</time></span></div>'
        for t in more[:6]
    )
    latest = "".join(
        f'<li class="penci-feed"><div class="side-item"><div class="side-image"><a class="penci-image-holder small-fix-size penci-lazy" rel="bookmark" data-bgset="{t["image"]}" href="{t["url"]}/" title="{t["title"]}"></a></div><div class="side-item-text"><h4 class="side-title-post"><a href="{t["url"]}/" rel="bookmark" title="{t["title"]}">{t["title"]}</a></h4><span class="side-item-meta side-wdate"><time class="entry-date published" datetime="{t["date"]}T08:00:00+02:00">{t["date"]}</time></span></div></div></li>'
        for t in more[6:14]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
    <meta charset="UTF-8">
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11"/>
	<link rel="alternate" type="application/rss+xml" title="{site} RSS Feed" href="{base}/feed/"/>
	<link rel="pingback" href="{base}/xmlrpc.php"/>
<title>{flat(title)} &#8211; {site}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//stats.wp.com' />
{wp_head(base, site, post_id, url)}
<link rel='stylesheet' id='penci-main-style-css' href='{base}/wp-content/themes/soledad/main.css?ver=8.5.8' type='text/css' media='all' />
<link rel='stylesheet' id='penci-soledad-customizer-css' href='{base}/wp-content/themes/soledad/css/customizer.min.css?ver=8.5.8' type='text/css' media='all' />
<style id='penci-soledad-customizer-inline-css' type='text/css'>{css_blob(5314, "penci", 360)}</style>
<link rel="canonical" href="{url}" />
<meta name="description" content="{desc}" />
<!-- Jetpack Open Graph Tags -->
<meta property="og:type" content="article" />
<meta property="og:title" content="{flat(title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:description" content="{desc}" />
<meta property="article:published_time" content="2026-11-30T22:30:00+00:00" />
<meta property="article:modified_time" content="2026-12-01T07:12:00+00:00" />
<meta property="og:site_name" content="{site}" />
<meta property="og:image" content="{base}/wp-content/uploads/2026/11/chaises-gouraud.jpg" />
<meta property="og:image:width" content="1170" />
<meta property="og:image:height" content="780" />
<meta property="og:image:alt" content="" />
<meta property="og:locale" content="fr_FR" />
<meta name="twitter:site" content="@revueduliban" />
<meta name="twitter:text:title" content="{flat(title)}" />
<meta name="twitter:image" content="{base}/wp-content/uploads/2026/11/chaises-gouraud.jpg?w=640" />
<meta name="twitter:card" content="summary_large_image" />
<!-- End Jetpack Open Graph Tags -->
{"".join(json_script(x) for x in ld)}
<script>var penciBlocksArray=[];var PENCILOCALCACHE = {{}};</script>
</head>

<body class="post-template-default single single-post postid-{post_id} single-format-standard soledad-ver-8-5-8 pclight-mode pcmn-drdw-style-slide_down pchds-default">
<div id="soledad_wrapper" class="wrapper-boxed header-style-header-6 header-search-style-default">
	<div class="penci-header-wrap">
		<div class="penci-top-bar topbar-menu"><div class="container"><div class="penci-headline" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="pctopbar-item penci-topbar-ctext">Beyrouth, mardi 1 décembre 2026</div><ul id="menu-top-menu" class="penci-topbar-menu"><li class="menu-item"><a href="{base}/abonnement/">S’abonner au magazine</a></li><li class="menu-item"><a href="{base}/contact/">Contact</a></li></ul><div class="pctopbar-item penci-topbar-social"><div class="inner-header-social"><a href="https://www.facebook.com/revueduliban" aria-label="Facebook" rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-facebook"></i></a><a href="https://www.instagram.com/revueduliban" aria-label="Instagram" rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-instagram"></i></a></div></div></div></div></div>
		<header id="header" class="header-header-6 has-bottom-line" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
			<nav id="navigation" class="header-layout-bottom header-6 menu-style-1" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="container"><div class="button-menu-mobile header-6"><svg width=18px height=18px viewBox="0 0 512 384" version=1.1 xmlns="http://www.w3.org/2000/svg"><g stroke=none stroke-width=1 fill-rule=evenodd><g transform="translate(0.000000, 0.250080)"><rect x=0 y=0 width=512 height=62></rect><rect x=0 y=161 width=512 height=62></rect><rect x=0 y=321 width=512 height=62></rect></g></g></svg></div><div id="logo"><a href="{base}/"><img class="penci-mainlogo penci-limg" src="{base}/wp-content/uploads/logo-rdl.png" alt="{site}" width="300" height="70"></a></div>{nav}<div id="top-search" class="penci-top-search pcheader-icon top-search-classes"><a href="#" class="search-click" aria-label="Search"><i class="penciicon-magnifiying-glass"></i></a></div></div></nav>
		</header>
	</div>

<div class="container penci-breadcrumb single-breadcrumb">
	<span><a class="crumb" href="{base}/">Accueil</a></span><i class="penci-faicon fa fa-angle-right" ></i>
	<span><a class="crumb" href="{base}/category/culture/">Culture</a></span><i class="penci-faicon fa fa-angle-right" ></i>
	<span><a class="crumb" href="{base}/category/culture/scene/">Scène</a></span><i class="penci-faicon fa fa-angle-right" ></i>
	<span>{title}</span>
</div>

<div class="container container-single penci_sidebar right-sidebar penci-enable-lightbox">
	<div id="main" class="penci-main-sticky-sidebar">
		<div class="theiaStickySidebar">
			<article id="post-{post_id}" class="post type-post status-publish format-standard has-post-thumbnail hentry category-scene tag-theatre tag-monnot">
				<div class="header-standard header-classic single-header">
					<div class="penci-standard-cat"><span class="cat"><a style="" class="penci-cat-name penci-cat-41" href="{base}/category/culture/scene/" rel="category tag"><span style="">Scène</span></a></span></div>
					<h1 class="post-title single-post-title entry-title">{title}</h1>
					<div class="penci-hide-tagupdated"><span class="author-italic author vcard">par <a class="author-url url fn n" href="{base}/author/{author[0]}/">{author[1]}</a></span><time class="entry-date published" datetime="2026-12-01T00:30:00+02:00">1 décembre 2026</time></div>
					<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">écrit par <a class="author-url url fn n" href="{base}/author/{author[0]}/">{author[1]}</a></span></span><span><time class="entry-date published" datetime="2026-12-01T00:30:00+02:00">1 décembre 2026</time></span><span class="single-comment-o"><i class="penci-faicon fa fa-comment-o" ></i>0 commentaire</span><span class="penci-readtime">4 minutes de lecture</span></div>
				</div>
				<div class="post-image"><a href="{base}/wp-content/uploads/2026/11/chaises-gouraud.jpg" data-rel="penci-gallery-image-content"><img class="attachment-penci-full-thumb size-penci-full-thumb penci-lazy wp-post-image pc-singlep-img" width="1170" height="780" src="{base}/wp-content/uploads/2026/11/chaises-gouraud.jpg" alt="" title="chaises-gouraud"></a><div class="penci-featured-caption penci-fixed-caption">Joumana Tamer et Élie Nassar dans « Les Chaises de la rue Gouraud ». Photo DR</div></div>
				<div class="post-entry blockquote-style-1 ">
					<div class="inner-post-entry entry-content" id="penci-post-entry-inner">
{body}
						<div class="penci-single-link-pages"></div>
						<div class="post-tags"><a href="{base}/tag/theatre/" rel="tag">Théâtre</a><a href="{base}/tag/monnot/" rel="tag">Monnot</a></div>
					</div>
				</div>
				<div class="tags-share-box single-post-share tags-share-box-s1  center-box  social-align-default disable-btnplus post-share"><span class="single-comment-o"><i class="penci-faicon fa fa-comment-o" ></i>0 commentaire</span><div class="post-share-plike"><span class="post-share-item post-share-plike"><span class="count-number-like">0</span><a href="#" aria-label="Like this post" class="penci-post-like single-like-button" data-post_id="{post_id}" title="J’aime" data-like="J’aime" data-unlike="Je n’aime plus"><i class="penci-faicon fa fa-heart-o" ></i></a></span></div><a class="new-ver-share post-share-item post-share-facebook" aria-label="Share on Facebook" target="_blank"  rel="noreferrer" href="https://www.facebook.com/sharer/sharer.php?u={url}"><i class="penci-faicon fa fa-facebook" ></i><span class="dt-share">Facebook</span></a><a class="new-ver-share post-share-item post-share-twitter" aria-label="Share on Twitter" target="_blank"  rel="noreferrer" href="https://twitter.com/intent/tweet?text={flat(title)}%20-%20{url}"><i class="penci-faicon penciicon-x-twitter" ></i><span class="dt-share">Twitter</span></a><a class="new-ver-share post-share-item post-share-whatsapp" aria-label="Share on Whatsapp" target="_blank"  rel="noreferrer" href="https://api.whatsapp.com/send?text={url}"><i class="penci-faicon fa fa-whatsapp" ></i><span class="dt-share">Whatsapp</span></a><a class="new-ver-share post-share-item post-share-email" target="_blank" aria-label="Share via Email" rel="noreferrer" href="mailto:?subject={flat(title)}&#038;BODY={url}"><i class="penci-faicon fa fa-envelope" ></i><span class="dt-share">Email</span></a></div>
				<div class="post-author abio-style-1 bioimg-round"><div class="author-img"><img alt='' src='https://secure.gravatar.com/avatar/{author[0]}?s=100&#038;d=mm&#038;r=g' class='avatar avatar-100 photo' height='100' width='100' loading='lazy' /></div><div class="author-content"><h5><a href="{base}/author/{author[0]}/" title="Auteur {author[1]}" rel="author">{author[1]}</a></h5><p>Critique de théâtre et de danse à La Revue du Liban depuis 2011.</p><div class="bio-social"></div></div></div>
				<div class="post-pagination pcpagp-style-1"><div class="prev-post"><div class="prev-post-inner"><div class="prev-post-title"><span>article précédent</span></div><a href="{more[20]["url"]}/"><div class="pagi-text"><h5 class="prev-title">{more[20]["title"]}</h5></div></a></div></div><div class="next-post"><div class="next-post-inner"><div class="prev-post-title next-post-title"><span>article suivant</span></div><a href="{more[21]["url"]}/"><div class="pagi-text"><h5 class="next-title">{more[21]["title"]}</h5></div></a></div></div></div>
				<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">Vous aimerez aussi</h4></div><div class="swiper-wrapper penci-owl-carousel penci-owl-carousel-slider penci-related-carousel" data-lazy="true" data-item="3" data-desktop="3" data-tablet="2" data-tabsmall="2" data-auto="false" data-speed="300" data-dots="true" data-nav="false">{related}</div></div>
				<div class="post-comments no-comment-yet penci-comments-hide-0" id="comments">{comment_form(base, post_id, heading="h3", title="<span>Laisser un commentaire</span>", button="Envoyer")}</div>
			</article>
		</div>
	</div>
	<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1 pcalign-center  pciconp-right pcicon-right">
		<div class="theiaStickySidebar">
			<aside id="penci_latest_news_widget-3" class="widget penci_latest_news_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Derniers articles</span></h3><ul id="penci-latestwg-5411" class="side-newsfeed">{latest}</ul></aside>
			<aside id="block-7" class="widget widget_block"><div class="wp-block-group"><h3 class="wp-block-heading">Le magazine en kiosque</h3><p>Chaque semaine, La Revue du Liban dans votre boîte aux lettres. <a href="{base}/abonnement/">Je m’abonne</a></p></div></aside>
		</div>
	</div>
</div>
<div class="clear-footer"></div>

<footer id="footer-section" class="penci-footer-social-media penci-lazy" itemscope itemtype="https://schema.org/WPFooter">
	<div class="container"><div class="footer-logo-copyright footer-not-logo"><div id="footer-copyright" class="footer-copyright"><p>© 2026 La Revue du Liban – Tous droits réservés.</p></div><div class="go-to-top-parent"><a href="#" class="go-to-top"><span><i class="penci-faicon fa fa-angle-up"></i><br>Retour en haut</span></a></div></div></div>
</footer>
</div><!-- End .wrapper-boxed -->

<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom" aria-label="Bannière de cookies RGPD" style="display: none;"><div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>Nous utilisons des cookies pour vous offrir la meilleure expérience en ligne. En acceptant, vous acceptez l’utilisation de cookies conformément à notre politique de confidentialité.</p></div><div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="Accepter" role="button">Accepter</button><button class="mgbutton moove-gdpr-infobar-settings-btn change-settings-button gdpr-fbo-2" aria-label="Paramètres" role="button">Paramètres</button></div></div></div></div>
{wp_footer(base)}
<script type="text/javascript" id="main-scripts-js-extra">
/* <![CDATA[ */
var ajax_var_more = {{"url":"{jesc(base)}\\/wp-admin\\/admin-ajax.php","nonce":"a1e8c2b4f0","errorPass":"<p class=\\"message message-error\\">Password does not match the confirm password<\\/p>","login":"Email Address","password":"Password","headerstyle":"default","reading_bar_pos":"footer","reading_bar_h":"5","carousel_e":"swing","slider_e":"creative","fcarousel_e":"swing","fslider_e":"creative","vfloat":"","vfloatp":"bottom-right","redirect_url":""}};
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/themes/soledad/js/main.js?ver=8.5.8" id="main-scripts-js"></script>
<script type="text/javascript" src="https://stats.wp.com/e-202649.js" id="jetpack-stats-js" defer="defer" data-wp-strategy="defer"></script>
</body>
</html>
"""
    write(
        "04_revueduliban_soledad_jetpack_critique_utc_previous_day",
        page,
        {
            "title": flat(title),
            "publication": "La Revue du Liban",
            "author": author[1],
            "section": "Scène",
            "date": datetime.date(2026, 12, 1),
            "source_url": url,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p],
            "notes": "Soledad theme: top bar with the day's date, header-6 navigation, "
            ".penci-breadcrumb 'Accueil › Culture › Scène › title', .penci-standard-cat "
            "kicker, h1.single-post-title, hidden author/date block then the visible "
            "'écrit par' meta, featured image caption, .inner-post-entry.entry-content, tags, "
            "share box with likes, author bio, prev/next, 'Vous aimerez aussi' carousel, "
            "comment form, latest-news sidebar, GDPR Cookie Compliance bar. No SEO plugin: "
            "Jetpack Open Graph tags and Soledad's own WebSite/BlogPosting/BreadcrumbList "
            "JSON-LD, none with a section: the breadcrumb's 'Scène' is the section. Theatre "
            "review with a wp-block-pullquote (a line of the play; its cite is not text), "
            "the closing credits paragraph counts, the Soledad review box ('Notre avis', "
            "scores) is chrome. Published 00:30 in Beirut (+02:00, visible '1 décembre "
            "2026'); Jetpack's article:published_time is 2026-11-30T22:30:00+00:00: the "
            "date is 1 December, not the UTC day.",
        },
    )
