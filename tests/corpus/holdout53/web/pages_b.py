# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout53/web (Canada, France, Senegal, Togo)."""

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
    teasers,
    wp_footer,
    wp_head,
    wp_menu,
    write,
    yoast_graph,
)


def page05() -> None:
    """La Liberté (Manitoba): Astra + Yoast, obituary, bold opening paragraph, h2 subhead,
    list, block quotation, Astra's hidden 'updated' date beside the published one, UTC next
    day."""
    base = "https://la-liberte.ca"
    site = "La Liberté"
    post_id = 90233
    url = (
        f"{base}/2026/12/02/huguette-desrochers-la-voix-des-matins-de-saint-boniface-sest-eteinte/"
    )
    title = "Huguette Desrochers, la voix des matins de Saint-Boniface, s’est éteinte"
    author = ("justine-gauthier-nowak", "Justine Gauthier-Nowak")
    p = [
        "<strong>Figure de la radio communautaire francophone au Manitoba, Huguette Desrochers "
        "est décédée mardi à l’Hôpital de Saint-Boniface, à l’âge de 87&nbsp;ans. Pendant près "
        "de trente ans, elle a animé l’émission matinale de la radio communautaire, où elle "
        "accueillait chaque jour les nouvelles de la paroisse autant que celles du "
        "monde.</strong>",
        "Née en 1939 à Saint-Pierre-Jolys, dans une famille de neuf enfants, Huguette "
        "Desrochers avait d’abord enseigné une dizaine d’années dans des écoles de campagne, "
        "avant d’entrer presque par hasard à la radio, en 1976, pour remplacer une amie malade.",
        "«&nbsp;Elle devait rester trois semaines. Elle est restée vingt-huit ans&nbsp;», "
        "résume en souriant son fils cadet, Marc Desrochers, joint mercredi.",
        "Au-delà du micro, Huguette Desrochers s’était engagée dans plusieurs causes liées à la "
        "francophonie manitobaine. On lui doit notamment&nbsp;:",
        "la création, en 1982, d’un concours de lecture à voix haute pour les élèves des écoles "
        "françaises de la province&nbsp;;",
        "la fondation du chœur Les Voix de la Seine, qu’elle a dirigé jusqu’en 2004&nbsp;;",
        "une collecte de plus de 600 enregistrements de chansons traditionnelles, aujourd’hui "
        "conservés au Centre du patrimoine.",
        "Plusieurs personnalités de la communauté lui ont rendu hommage. La directrice générale "
        "du Centre du patrimoine, Annick Beaulieu-Friesen, a salué dans une déclaration écrite "
        "une femme «&nbsp;qui savait que la mémoire d’un peuple passe par sa voix&nbsp;»&nbsp;:",
        "«&nbsp;Huguette a enregistré des gens que personne d’autre n’écoutait&nbsp;: des "
        "grands-mères de Saint-Laurent, des violoneux de La Broquerie, des enfants qui "
        "chantaient faux et fièrement.",
        "Sans elle, une partie de notre patrimoine sonore aurait tout simplement disparu.&nbsp;»",
        "Huguette Desrochers laisse dans le deuil ses trois enfants, sept petits-enfants et deux "
        "arrière-petites-filles.",
        "Les funérailles seront célébrées le samedi 12 décembre à 10&nbsp;h&nbsp;30, en la "
        "cathédrale de Saint-Boniface.",
    ]
    head = "Une militante de la langue"
    desc = (
        "Figure de la radio communautaire francophone, Huguette Desrochers est décédée mardi à "
        "87 ans."
    )
    body = "\n".join(
        [
            paras(*p[:3]),
            f'<h2 class="wp-block-heading">{head}</h2>',
            paras(p[3]),
            '<ul class="wp-block-list">' + "".join(f"<li>{x}</li>" for x in p[4:7]) + "</ul>",
            paras(p[7]),
            '<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'
            + paras(*p[8:10])
            + "<cite>Annick Beaulieu-Friesen, directrice générale du Centre du patrimoine</cite>"
            "</blockquote>",
            paras(*p[10:]),
        ]
    )
    graph = yoast_graph(
        base,
        url,
        site,
        title,
        desc,
        "2026-12-03T01:45:00+00:00",
        "2026-12-03T15:20:41+00:00",
        [author],
        ["Communauté", "Nécrologie"],
        [
            ("Accueil", f"{base}/"),
            ("Communauté", f"{base}/category/communaute/"),
            (title, url),
        ],
        lang="fr-CA",
        words=389,
        keywords=["Radio communautaire", "Saint-Boniface"],
    )
    nav = wp_menu(
        5305,
        base,
        ["Actualités", "Communauté", "Éducation", "Arts et culture", "Sports", "Opinion"],
        'id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex  submenu-with-border stack-on-mobile"',
        700,
        per=3,
        link=' class="menu-link"',
    )
    more = teasers(535, 30, base, FILLER)
    related = "".join(
        f'<article class="ast-related-post post-{70000 + i} post type-post status-publish format-standard has-post-thumbnail hentry category-communaute"><div class="ast-related-posts-inner-section"><div class="ast-related-post-content"><div class="ast-related-post-featured-section post-has-thumb"><div class="post-thumb-img-content post-thumb"><a aria-label="{t["title"]}" href="{t["url"]}/"><img width="1024" height="683" src="{t["image"]}" class="attachment-large size-large wp-post-image" alt="" itemprop="image" loading="lazy" /></a></div></div><header class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title"><a href="{t["url"]}/" target="_self" rel="bookmark noopener noreferrer">{t["title"]}</a></h3><div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none"><span class="posted-on"><span class="published" itemprop="datePublished"> {t["date"]} </span></span></div></header></div></div></article>'
        for i, t in enumerate(more[:3])
    )
    deaths = "".join(f'<li><a href="{t["url"]}/">{t["title"]}</a></li>' for t in more[3:11])
    page = f"""<!DOCTYPE html>
<html lang="fr-CA">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{title} - {site}</title>
	<meta name="description" content="{desc}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="fr_CA" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{title} - {site}" />
	<meta property="og:description" content="{desc}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{site}" />
	<meta property="article:publisher" content="https://www.facebook.com/journal.la.liberte" />
	<meta property="article:published_time" content="2026-12-03T01:45:00+00:00" />
	<meta property="article:modified_time" content="2026-12-03T15:20:41+00:00" />
	<meta property="og:image" content="{base}/wp-content/uploads/2026/12/une-389.jpg" />
	<meta name="author" content="{author[1]}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Écrit par" />
	<meta name="twitter:data1" content="{author[1]}" />
	<meta name="twitter:label2" content="Durée de lecture estimée" />
	<meta name="twitter:data2" content="2 minutes" />
	{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
	<!-- / Yoast SEO plugin. -->

{wp_head(base, site, post_id, url)}
<link rel='stylesheet' id='astra-theme-css-css' href='{base}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' type='text/css' media='all' />
<style id='astra-theme-css-inline-css' type='text/css'>{css_blob(5315, "ast", 380)}</style>
<link rel='stylesheet' id='astra-addon-css-css' href='{base}/wp-content/uploads/astra-addon/astra-addon-6745a1b2c3d4e5.css?ver=4.8.2' type='text/css' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='{base}/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.9' type='text/css' media='all' />
<!--[if IE]>
<script type="text/javascript" src="{base}/wp-content/themes/astra/assets/js/minified/flexibility.min.js?ver=4.8.3" id="astra-flexibility-js"></script>
<![endif]-->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-LLB1913MB"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-LLB1913MB');</script>
</head>

<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-{post_id} single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-normal-title-enabled elementor-default elementor-kit-6 astra-addon-4.8.2">

<a class="skip-link screen-reader-text" href="#content" title="Aller au contenu">Aller au contenu</a>

<div class="hfeed site" id="page">
	<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
		<div id="ast-desktop-header" data-toggle-type="dropdown">
		<div class="ast-above-header-wrap  "><div class="ast-above-header-bar ast-above-header  site-header-focus-item" data-section="section-above-header-builder"><div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-above-header-builder"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-above-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1" data-section="section-hb-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>Le journal des francophones du Manitoba depuis 1913</p></div></div></div></div><div class="site-header-above-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1" data-section="section-hb-button-1"><div class="ast-builder-button-wrap ast-builder-button-size-"><a class="ast-custom-button-link" href="{base}/abonnement/" target="_self"><div class=ast-custom-button>S’abonner</div></a></div></div></div></div></div></div></div>
		<div class="ast-main-header-wrap main-header-bar-wrap "><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="{base}/" class="custom-logo-link" rel="home"><img width="260" height="80" src="{base}/wp-content/uploads/2023/01/logo-la-liberte.png" class="custom-logo" alt="La Liberté" decoding="async" /></a></span></div></div></div><div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Navigation du site" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">{nav}</div></nav></div></div></div></div></div></div></div></div>
		</div>
		<div id="ast-mobile-header" class="ast-mobile-header-wrap " data-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap" ><div class="ast-primary-header-bar ast-primary-header main-header-bar site-primary-header-wrap site-header-focus-item ast-builder-grid-row-layout-default ast-builder-grid-row-tablet-layout-default ast-builder-grid-row-mobile-layout-default" data-section="section-primary-header-builder"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="section-header-mobile-trigger"><div class="ast-button-wrap"><button type="button" class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal"   aria-expanded="false"><span class="screen-reader-text">Main Menu</span></button></div></div></div></div></div></div></div>
	</header><!-- #masthead -->

	<div id="content" class="site-content">
		<div class="ast-container">

	<div id="primary" class="content-area primary">

		<main id="main" class="site-main">

<article class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-communaute category-necrologie tag-radio-communautaire tag-saint-boniface ast-article-single" id="post-{post_id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
	<div class="ast-post-format- single-layout-1 ast-no-date-box">
	<div class="ast-single-post-order">
		<header class="entry-header ">
			<div class="post-thumb-img-content post-thumb"><img width="1024" height="683" src="{base}/wp-content/uploads/2026/12/une-389-1024x683.jpg" class="attachment-large size-large wp-post-image" alt="Huguette Desrochers au micro" itemprop="image" decoding="async" fetchpriority="high" /></div>
			<h1 class="entry-title" itemprop="headline">{title}</h1>
			<div class="entry-meta"><span class="ast-terms-link"><a href="{base}/category/communaute/">Communauté</a>, <a href="{base}/category/communaute/necrologie/">Nécrologie</a></span> / <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">			<a title="Voir tous les articles de {author[1]}" href="{base}/author/{author[0]}/" rel="author" class="url fn n" itemprop="url"				>
				<span class="author-name" itemprop="name">{author[1]}</span>
			</a>
		</span>

		/ <span class="posted-on"><span class="published" itemprop="datePublished"> 2 décembre 2026 </span><span class="updated" itemprop="dateModified"> 3 décembre 2026</span></span></div>
		</header><!-- .entry-header -->

		<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{base}/wp-content/uploads/2026/12/desrochers-studio-1024x683.jpg" alt="" class="wp-image-90235" /><figcaption class="wp-element-caption">Huguette Desrochers dans le studio de la radio communautaire, en 1998. (Photo : Archives La Liberté)</figcaption></figure>
{body}
		</div><!-- .entry-content .clear -->
	</div>
	</div> <!-- .ast-post-format- -->
</article><!-- #post-## -->

<div class="ast-single-author-box ast-author-meta"><div class="ast-author-box-avatar"><img alt='' src='https://secure.gravatar.com/avatar/{author[0]}?s=100&#038;d=mm&#038;r=g' class='avatar avatar-100 photo' height='100' width='100' loading='lazy' /></div><div class="ast-author-details"><h2 class="author-title"><a class="url fn n" href="{base}/author/{author[0]}/" rel="author">{author[1]}</a></h2><div class="post-author-bio"><p>Journaliste à La Liberté, Justine couvre la vie communautaire et les arts.</p></div></div></div>

<nav class="navigation post-navigation" aria-label="Articles">
	<div class="nav-links"><div class="nav-previous"><a title="{more[20]["title"]}" href="{more[20]["url"]}/" rel="prev"><span class="ast-left-arrow">&larr;</span> Article précédent</a></div><div class="nav-next"><a title="{more[21]["title"]}" href="{more[21]["url"]}/" rel="next">Article suivant <span class="ast-right-arrow">&rarr;</span></a></div></div>
</nav>

<div class="ast-single-related-posts-container ast-separate-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Articles similaires</h2></div><div class="ast-related-posts-wrapper">{related}</div></div>

<div id="comments" class="comments-area comment-form-position-below ">
{comment_form(base, post_id, heading="h3", title="Laisser un commentaire", button="Laisser un commentaire")}
</div><!-- #comments -->

		</main><!-- #main -->

	</div><!-- #primary -->

<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
	<div class="sidebar-main" >
		<aside id="block-3" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Avis de décès</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{deaths}</ul></div></aside>
		<aside id="block-5" class="widget widget_block"><div class="mc4wp-form-fields"><h2 class="wp-block-heading">Infolettre</h2><p>Recevez chaque jeudi les nouvelles de la francophonie manitobaine.</p><p><input type="email" name="EMAIL" placeholder="Votre courriel" required /></p><p><input type="submit" value="Je m’inscris" /></p></div></aside>
		<aside id="block-6" class="widget widget_block"><div class="ad-slot">{adsense("2200913456781234", 9102837465, "rectangle")}</div></aside>
	</div><!-- .sidebar-main -->
</div><!-- #secondary -->

		</div> <!-- ast-container -->
	</div><!-- #content -->

<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
	<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 La Liberté | Presse-Ouest Ltée, Saint-Boniface (Manitoba)</p></div></div></div></div></div></div>
</footer><!-- #colophon -->
</div><!-- #page -->

<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Gérer le consentement</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">Pour offrir les meilleures expériences, nous utilisons des technologies telles que les cookies pour stocker et/ou accéder aux informations des appareils.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button></div></div></div>
{wp_footer(base)}
<script type="text/javascript" id="astra-theme-js-js-extra">
/* <![CDATA[ */
var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1","responsive_cart_click":"flyout"}};
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
</body>
</html>
"""
    write(
        "05_laliberte_astra_yoast_necrologie_updated_utc_next_day",
        page,
        {
            "title": title,
            "publication": "La Liberté",
            "author": author[1],
            "section": "Communauté",
            "date": datetime.date(2026, 12, 2),
            "source_url": url,
            "subheads": [head],
            "paragraphs": [flat(x) for x in p],
            "notes": "Astra theme with the header builder (above-header tagline, logo, menu), "
            "#primary.content-area, article.ast-article-single, entry-header with the "
            "featured image before h1.entry-title, entry-meta 'Communauté, Nécrologie / "
            "author / dates', .entry-content.clear, Astra Pro author box, post navigation, "
            "Astra's related posts, comment form, sidebar (obituary list, Mailchimp "
            "newsletter, ad), Complianz banner. Yoast @graph Article, articleSection "
            "['Communauté', 'Nécrologie']. Obituary: the opening paragraph is all in "
            "<strong> (a body paragraph, not a standfirst), one h2 subhead, an introducing "
            "paragraph + ul of three items, a two-paragraph wp-block-quote with a cite (not "
            "text), a caption inside the content. Published 19:45 in Winnipeg: Yoast and "
            "article:published_time say 2026-12-03T01:45Z; Astra prints '2 décembre 2026' "
            "and, in the hidden span.updated right after it, '3 décembre 2026' (the "
            "modification): the date is 2 December.",
        },
    )


def page06() -> None:
    """Marsactu: Kadence + Yoast NewsArticle (isAccessibleForFree false), interview by two
    journalists, standfirst p.chapo, questions in <strong>, Leaky Paywall cut, tarteaucitron."""
    base = "https://marsactu.fr"
    site = "Marsactu"
    post_id = 412873
    url = f"{base}/nadia-berrada-les-ecoles-des-quartiers-nord-ne-peuvent-plus-attendre-2030/"
    title = (
        "Nadia Berrada&nbsp;: «&nbsp;Les écoles des quartiers Nord ne peuvent plus attendre "
        "2030&nbsp;»"
    )
    lead = (
        "Ancienne directrice d’école devenue conseillère municipale d’opposition, Nadia Berrada "
        "juge que le plan de rénovation des écoles de la Ville fait passer les quartiers Nord "
        "en dernier. Entretien, à la veille du conseil municipal."
    )
    authors = [("lea-cassar", "Léa Cassar"), ("thomas-aymard", "Thomas Aymard")]
    qa = [
        "Le conseil municipal de Marseille doit voter vendredi une nouvelle tranche du plan de "
        "rénovation des écoles, qui prévoit la reconstruction ou la rénovation lourde de 36 "
        "groupes scolaires d’ici à 2030. Ancienne directrice de l’école de la Viste, élue en "
        "2026 sur une liste d’opposition, Nadia Berrada estime que le calendrier sacrifie les "
        "14<sup>e</sup>, 15<sup>e</sup> et 16<sup>e</sup> arrondissements. Elle nous a reçus "
        "dans sa permanence, à deux pas de l’école qu’elle a dirigée pendant onze ans.",
        "<strong>Le plan prévoit 36 écoles neuves ou rénovées. Que lui reprochez-vous&nbsp;?"
        "</strong>",
        "Pas le principe, nous l’avons voté. L’ordre. Sur les douze premières écoles livrées, "
        "trois seulement sont au nord de la gare Saint-Charles. Pendant ce temps, à la Viste, "
        "des enfants font classe dans des préfabriqués installés «&nbsp;provisoirement&nbsp;» "
        "en 2014. Provisoire, chez nous, ça veut dire douze ans.",
        "<strong>La municipalité affirme que le calendrier suit l’état technique des "
        "bâtiments…</strong>",
        "C’est ce qu’elle dit. J’ai demandé trois fois les diagnostics en commission, je ne les "
        "ai jamais eus. Si les écoles du Nord sont en meilleur état que celles du centre-ville, "
        "qu’on nous le montre, et je serai la première à m’en réjouir.",
    ]
    desc = flat(lead)
    graph = yoast_graph(
        base,
        url,
        site,
        flat(title),
        desc,
        "2026-11-19T04:00:00+00:00",
        "2026-11-19T08:31:12+00:00",
        authors,
        ["Politique"],
        [("Accueil", f"{base}/"), ("Politique", f"{base}/politique/"), (flat(title), url)],
        article_type="NewsArticle",
        words=1240,
        keywords=["Écoles", "Conseil municipal"],
        extra={
            "isAccessibleForFree": False,
            "hasPart": {
                "@type": "WebPageElement",
                "isAccessibleForFree": False,
                "cssSelector": ".leaky-paywall-content",
            },
        },
    )
    nav = wp_menu(
        5306,
        base,
        ["Politique", "Urbanisme", "Justice", "Éducation", "Environnement", "Culture"],
        'id="primary-menu" class="menu"',
        1500,
        per=0,
    )
    more = teasers(536, 24, base, FILLER)
    related = "".join(
        f'<div class="entry-related-item"><article class="entry content-bg loop-entry post type-post status-publish format-standard has-post-thumbnail hentry category-politique"><a aria-hidden="true" tabindex="-1" role="presentation" class="post-thumbnail kadence-thumbnail-ratio-2-3" aria-label="{t["title"]}" href="{t["url"]}/"><div class="post-thumbnail-inner"><img width="768" height="512" src="{t["image"]}" class="attachment-medium_large size-medium_large wp-post-image" alt="" loading="lazy" /></div></a><div class="entry-content-wrap"><header class="entry-header"><div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="{base}/politique/" rel="tag">Politique</a></span></div><h3 class="entry-title"><a href="{t["url"]}/" rel="bookmark">{t["title"]}</a></h3><div class="entry-meta entry-meta-divider-dot"><span class="posted-on"><time class="entry-date published" datetime="{t["date"]}T06:00:00+01:00">{t["date"]}</time></span></div></header></div></article></div>'
        for t in more[:6]
    )
    side = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{t["url"]}/">{t["title"]}</a></li>'
        for t in more[6:14]
    )
    byline = (
        '<span class="posted-by"><span class="meta-label">Propos recueillis par</span>'
        f'<span class="author vcard"><a class="url fn n" href="{base}/author/{authors[0][0]}/">{authors[0][1]}</a></span> et '
        f'<span class="author vcard"><a class="url fn n" href="{base}/author/{authors[1][0]}/">{authors[1][1]}</a></span></span>'
    )
    paywall = f"""<div class="leaky-paywall-content"></div>
<div class="leaky_paywall_message_wrap"><div id="leaky_paywall_message"><h3 class="lp-title">Cet article est réservé aux abonnés</h3><p>Il vous reste 74&nbsp;% de l’article à lire.</p><p>Marsactu est un journal local d’investigation, indépendant et sans publicité. Il ne vit que grâce à ses abonnés.</p><p class="lp-offer"><a class="button lp-subscribe" href="{base}/abonnement/">Je m’abonne, 1&nbsp;€ le premier mois</a></p><p class="lp-login">Déjà abonné&nbsp;? <a href="{base}/mon-compte/?redirect={url}">Je me connecte</a></p></div></div>"""
    page = f"""<!doctype html>
<html lang="fr-FR" class="no-js" itemtype="https://schema.org/Blog" itemscope>
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{flat(title)} - {site}</title>
	<meta name="description" content="{desc}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="fr_FR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{flat(title)}" />
	<meta property="og:description" content="{desc}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{site}" />
	<meta property="article:publisher" content="https://www.facebook.com/marsactu" />
	<meta property="article:published_time" content="2026-11-19T04:00:00+00:00" />
	<meta property="article:modified_time" content="2026-11-19T08:31:12+00:00" />
	<meta property="og:image" content="{base}/wp-content/uploads/2026/11/une-1240.jpg" />
	<meta name="author" content="{authors[0][1]}, {authors[1][1]}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:creator" content="@marsactu" />
	<meta name="twitter:site" content="@marsactu" />
	{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
	<!-- / Yoast SEO plugin. -->

{wp_head(base, site, post_id, url)}
<link rel='stylesheet' id='kadence-global-css' href='{base}/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9' type='text/css' media='all' />
<style id='kadence-global-inline-css' type='text/css'>{css_blob(5316, "kb", 340)}</style>
<link rel='stylesheet' id='kadence-header-css' href='{base}/wp-content/themes/kadence/assets/css/header.min.css?ver=1.2.9' type='text/css' media='all' />
<link rel='stylesheet' id='kadence-content-css' href='{base}/wp-content/themes/kadence/assets/css/content.min.css?ver=1.2.9' type='text/css' media='all' />
<link rel='stylesheet' id='kadence-related-posts-css' href='{base}/wp-content/themes/kadence/assets/css/related-posts.min.css?ver=1.2.9' type='text/css' media='all' />
<link rel='stylesheet' id='leaky-paywall-css' href='{base}/wp-content/plugins/leaky-paywall/css/leaky-paywall.css?ver=4.21.3' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-content/plugins/tarteaucitron/js/tarteaucitron.min.js?ver=1.19.0" id="tarteaucitron-js"></script>
<script type="text/javascript">tarteaucitron.init({{"privacyUrl": "{base}/confidentialite/","hashtag": "#tarteaucitron","cookieName": "tarteaucitron","orientation": "bottom","showAlertSmall": false,"cookieslist": false,"adblocker": false,"AcceptAllCta" : true,"highPrivacy": true,"handleBrowserDNTRequest": false,"removeCredit": true,"moreInfoLink": true}});</script>
</head>

<body class="post-template-default single single-post postid-{post_id} single-format-standard wp-custom-logo wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard has-sidebar content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header leaky-paywall-restricted">
<div id="wrapper" class="site wp-site-blocks">
			<a class="skip-link screen-reader-text scroll-ignore" href="#main">Aller au contenu</a>
		<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope>
	<div id="main-header" class="site-header-wrap">
		<div class="site-header-inner-wrap">
			<div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap">
<div class="site-top-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_top"><div class="site-header-row-container-inner"><div class="site-container"><div class="site-top-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div class="site-header-top-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_html"><div class="header-html inner-link-style-normal"><div class="header-html-inner"><p>Journal local d’investigation à Marseille, indépendant et sans publicité</p></div></div></div></div><div class="site-header-top-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_button"><div class="header-button-wrap"><div class="header-button-inner-wrap"><a href="{base}/abonnement/" target="_self" class="button header-button button-size-small button-style-filled">S’abonner</a></div></div></div><div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_account"><div class="header-account-wrap header-account-control-wrap header-account-action-link header-account-style-icon_label"><a href="{base}/mon-compte/" class="header-account-button"><span class="header-account-label">Se connecter</span></a></div></div></div></div></div></div></div>
<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard site-brand-logo-only"><a class="brand has-logo-image" href="{base}/" rel="home"><img width="240" height="60" src="{base}/wp-content/uploads/2021/09/logo-marsactu.svg" class="custom-logo" alt="Marsactu" decoding="async" /></a></div></div></div><div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation"><nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="Navigation principale"><div class="primary-menu-container header-menu-container">{nav}</div></nav></div></div></div></div></div></div>
			</div></div>
		</div>
	</div>
</header><!-- #masthead -->

	<div id="inner-wrap" class="wrap hfeed kt-clear">
<div id="primary" class="content-area">
	<div class="content-container site-container">
		<main id="main" class="site-main" role="main">
						<div class="content-wrap">
				<article id="post-{post_id}" class="entry content-bg single-entry post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-politique tag-ecoles tag-conseil-municipal">
	<div class="entry-content-wrap">
		<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
	<nav id="kadence-breadcrumbs" aria-label="Fil d’Ariane"  class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a href="{base}/" itemprop="url" class="kadence-bc-home" ><span>Accueil</span></a></span> <span class="bc-delimiter">/</span> <span><a href="{base}/politique/" itemprop="url" ><span>Politique</span></a></span> <span class="bc-delimiter">/</span> <span class="kadence-bread-current">{title}</span></div></nav>
	<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="{base}/politique/" rel="tag">Politique</a></span></div><!-- .entry-taxonomies -->
	<h1 class="entry-title">{title}</h1>
	<div class="entry-meta entry-meta-divider-dot">
		{byline}
		<span class="posted-on"><time class="entry-date published" datetime="2026-11-19T05:00:00+01:00">19 novembre 2026</time><time class="updated" datetime="2026-11-19T09:31:12+01:00">19 novembre 2026</time></span>
		<span class="meta-comments"><a class="meta-comments-link anchor-scroll" href="#comments">4 commentaires</a></span>
	</div><!-- .entry-meta -->
</header><!-- .entry-header -->
	<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-below kadence-thumbnail-ratio-inherit"><div class="post-thumbnail-inner"><img width="1200" height="800" src="{base}/wp-content/uploads/2026/11/une-1240.jpg" class="post-top-featured wp-post-image" alt="" decoding="async" fetchpriority="high" /></div><div class="article-post-thumbnail-caption">Nadia Berrada dans sa permanence du 15<sup>e</sup> arrondissement. (Photo : Thomas Aymard)</div></div>

<div class="entry-content single-content">
<p class="chapo">{lead}</p>
{paras(*qa)}
{paywall}
</div><!-- .entry-content -->
<footer class="entry-footer">
	<div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Étiquettes :</span><a href="{base}/tag/ecoles/" title="Écoles" class="tag-link tag-item-ecoles" rel="tag"><span class="tag-hash">#</span>Écoles</a><a href="{base}/tag/conseil-municipal/" title="Conseil municipal" class="tag-link tag-item-conseil-municipal" rel="tag"><span class="tag-hash">#</span>Conseil municipal</a></span></div><!-- .entry-tags -->
</footer><!-- .entry-footer -->
	</div>
</article><!-- #post-{post_id} -->

<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Sur le même sujet</h2><div class="entry-related-carousel kadence-slide-init splide" data-columns-xxl="3" data-columns-xl="3" data-columns-md="3" data-columns-sm="2" data-columns-xs="2" data-columns-ss="1" data-slider-anim-speed="400" data-slider-scroll="1" data-slider-dots="true" data-slider-arrows="true" data-slider-hover-pause="false" data-slider-auto="false" data-slider-speed="7000" data-slider-gutter="40" data-slider-loop="true" data-slider-next-label="Suivant" data-slider-slide-label="Articles" data-slider-prev-label="Précédent"><div class="splide__track"><div class="splide__list grid-cols grid-sm-col-2 grid-lg-col-3">{related}</div></div></div></div></div></div>

<div id="comments" class="comments-area"><h2 class="comments-title">4 commentaires</h2><p class="comments-restricted">Les commentaires sont réservés aux abonnés. <a href="{base}/mon-compte/">Connectez-vous</a> pour les lire et participer à la discussion.</p></div>
			</div>
					</main><!-- #main -->
		<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal">
	<div class="sidebar-inner-wrap">
		<section id="block-9" class="widget widget_block"><h2 class="wp-block-heading">Les derniers articles</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{side}</ul></section>
		<section id="block-10" class="widget widget_block"><div class="newsletter-box"><h2 class="wp-block-heading">La newsletter de Marsactu</h2><p>Tous les matins, l’essentiel de l’actualité marseillaise dans votre boîte mail.</p><form class="sib-form" method="post"><input type="email" name="email" placeholder="Votre adresse e-mail"><button type="submit">Je m’inscris</button></form></div></section>
	</div>
</aside><!-- #secondary -->
	</div>
</div><!-- #primary -->
	</div><!-- #inner-wrap -->
	<footer id="colophon" class="site-footer" role="contentinfo">
	<div class="site-footer-wrap">
		<div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom"><div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1 site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain"><div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="kadence_customizer_footer_html"><div class="footer-widget-area-inner site-info-inner"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2026 Marsactu — Journal d’investigation local, indépendant, participatif. <a href="{base}/mentions-legales/">Mentions légales</a></p></div></div></div></div></div></div></div></div></div>
	</div>
</footer><!-- #colophon -->

</div><!-- #wrapper -->
<div id="tarteaucitronRoot" data-nosnippet="true"><div id="tarteaucitronAlertBig" style="display:block"><span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer</span><button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2">✓ Tout accepter</button><button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">✗ Tout refuser</button><button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div></div>
{wp_footer(base)}
<script type="text/javascript" id="kadence-navigation-js-extra">
/* <![CDATA[ */
var kadenceConfig = {{"screenReader":{{"expand":"Menu enfant","expandOf":"Menu enfant de","collapse":"Menu enfant","collapseOf":"Menu enfant de"}},"breakPoints":{{"desktop":"1024","tablet":768}},"scrollOffset":"0"}};
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js" async></script>
<script type="text/javascript" src="{base}/wp-content/plugins/leaky-paywall/js/leaky-paywall.js?ver=4.21.3" id="leaky-paywall-js"></script>
</body>
</html>
"""
    write(
        "06_marsactu_kadence_entretien_paywall_two_authors",
        page,
        {
            "title": flat(title),
            "publication": "Marsactu",
            "author": "Léa Cassar et Thomas Aymard",
            "section": "Politique",
            "date": datetime.date(2026, 11, 19),
            "standfirst": flat(lead),
            "source_url": url,
            "paragraphs": [flat(x) for x in qa],
            "incomplete": True,
            "notes": "Kadence theme: header rows (top bar, logo, navigation), "
            "#inner-wrap.wrap.hfeed, article.entry.single-entry, entry-header with Kadence "
            "breadcrumbs, entry-taxonomies, h1.entry-title, entry-meta 'Propos recueillis par "
            "A et B' (two author vcards), time.published and time.updated, thumbnail caption, "
            ".entry-content.single-content, tags footer, 'Sur le même sujet' related carousel, "
            "comments restricted to subscribers, sidebar (latest posts, Brevo newsletter), "
            "tarteaucitron banner. Yoast @graph NewsArticle with two authors, "
            "articleSection ['Politique'], isAccessibleForFree false and a hasPart paywall "
            "selector. Interview: standfirst p.chapo at the top of the content, a "
            "presentation paragraph (14e, 15e, 16e in <sup>), questions in <p><strong> "
            "(paragraphs), then the Leaky Paywall box ('Cet article est réservé aux abonnés', "
            "'Il vous reste 74 %'): incomplete. 05:00 in Marseille, 04:00Z: same day.",
        },
    )


def page07() -> None:
    """Wiwsport: Publisher (BetterStudio), Rank Math with its schema module off
    (article:section only), the Liveblog plugin's entries and LiveBlogPosting, match live,
    newest first, a list in an entry, embedded post, scoreboard."""
    base = "https://wiwsport.com"
    site = "Wiwsport"
    post_id = 377104
    url = f"{base}/2026/11/21/senegal-gabon-les-lions-valident-leur-billet-pour-la-can-2027/"
    title = "Sénégal-Gabon : les Lions valident leur billet pour la CAN 2027 (2-1)"
    author = ("abdou-karim-thiam", "Abdou Karim Thiam")
    intro = [
        "Les Lions de la Teranga reçoivent le Gabon ce samedi au stade Abdoulaye-Wade de "
        "Diamniadio, pour la cinquième journée des éliminatoires de la CAN 2027. Une victoire "
        "suffirait aux hommes de Moussa Ndour pour se qualifier, à une journée de la fin. "
        "Suivez la rencontre en direct sur Wiwsport.",
    ]
    entries = [
        (
            "1795287660",
            "19:01",
            [
                "C’est terminé à Diamniadio&nbsp;! Le Sénégal s’impose 2-1 face au Gabon et "
                "valide son billet pour la CAN 2027. Les Lions comptent désormais 13 points, "
                "hors de portée de leurs poursuivants.",
            ],
        ),
        (
            "1795287120",
            "18:52",
            ["Quatre minutes de temps additionnel annoncées par l’arbitre ghanéen."],
        ),
        (
            "1795286640",
            "18:44",
            [
                "Triple changement côté sénégalais&nbsp;:",
                "Ibrahima Faye remplace Cheikhou Sarr (72<sup>e</sup>)&nbsp;;",
                "Pape Alioune Mbaye remplace Lamine Badji (80<sup>e</sup>)&nbsp;;",
                "Serigne Fall remplace Babacar Ndiaye (85<sup>e</sup>).",
            ],
        ),
        (
            "1795285860",
            "18:31",
            [
                "<strong>BUUUT du Sénégal&nbsp;!</strong> Sur un corner de Moustapha Diop, Lamine "
                "Badji reprend de la tête au premier poteau et redonne l’avantage aux Lions "
                "(2-1, 64<sup>e</sup>).",
            ],
        ),
        (
            "1795285200",
            "18:20",
            [
                "Égalisation du Gabon contre le cours du jeu. Servi en profondeur, Aaron "
                "Mba-Obiang ajuste Moussa Sané-Diatta d’un plat du pied (1-1, 53<sup>e</sup>).",
            ],
        ),
        (
            "1795283220",
            "17:47",
            [
                "Mi-temps à Diamniadio. Le Sénégal mène 1-0 grâce à Babacar Ndiaye, qui a ouvert "
                "le score à la 31<sup>e</sup> minute d’une frappe enroulée depuis l’entrée de la "
                "surface.",
            ],
        ),
        (
            "1795280400",
            "17:00",
            ["Coup d’envoi de la rencontre&nbsp;! Les Lions évoluent en blanc, le Gabon en jaune."],
        ),
    ]
    tweet = (
        '<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="fr" '
        'dir="ltr">QUALIFIÉS&nbsp;! 🇸🇳🦁 Les Lions seront au rendez-vous de la CAN 2027. Merci au '
        'public de Diamniadio&nbsp;! <a href="https://t.co/fsf27">pic.twitter.com/fsf27</a></p>'
        '&mdash; FSF (@FSFfootball) <a href="https://twitter.com/FSFfootball/status/1">21 '
        "novembre 2026</a></blockquote>"
    )
    blocks = []
    for i, (ts, time, texts) in enumerate(entries):
        if i == 2:
            content = (
                paras(texts[0]) + "<ul>" + "".join(f"<li>{x}</li>" for x in texts[1:]) + "</ul>"
            )
        else:
            content = paras(*texts)
        if i == 0:
            content += tweet
        eid = 88150 - i * 7
        blocks.append(
            f'<article id="liveblog-entry-{eid}" class="liveblog-entry liveblog-entry-class-type-new" data-timestamp="{ts}">'
            f'<header class="liveblog-meta"><a class="liveblog-meta-time" href="{url}#liveblog-entry-{eid}"><span class="liveblog-meta-date">21 novembre 2026</span><span class="liveblog-meta-time-value">{time}</span></a>'
            f'<span class="liveblog-meta-authors"><span class="liveblog-author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{author[0]}?s=30&amp;d=mm&amp;r=g" class="avatar avatar-30 photo" height="30" width="30" /></span><span class="liveblog-author-name">{author[1]}</span></span></header>'
            f'<div class="liveblog-entry-text">{content}</div></article>'
        )
    liveblog = (
        f'<div id="liveblog-container" class="liveblog-container" data-post-id="{post_id}" data-state="enable" data-refresh-interval="10">'
        '<div class="liveblog-status"><span class="liveblog-status-live">EN DIRECT</span> <span class="liveblog-status-count">7 mises à jour</span></div>'
        f'<div class="liveblog-feed">{"".join(blocks)}</div></div>'
    )
    irp_items = teasers(537, 30, base, FILLER)
    irp = (
        '<div class="bs-irp left bs-irp-thumbnail-1-full"><div class="bs-irp-heading"><span class="h-text heading-typo">Lire aussi</span></div>'
        '<div class="bs-pagination-wrapper main-term-none none "><div class="listing listing-thumbnail listing-tb-1 clearfix columns-2">'
        + "".join(
            f'<div class="post-{300000 + i} type-post format-standard has-post-thumbnail   listing-item listing-item-thumbnail listing-item-tb-1 main-term-12"><div class="item-inner clearfix"><div class="featured featured-type-featured-image"><a  title="{t["title"]}" data-src="{t["image"]}" class="img-holder" href="{t["url"]}/"></a></div><p class="title"><a href="{t["url"]}/" class="post-title post-url">{t["title"]}</a></p></div></div>'
            for i, t in enumerate(irp_items[:2])
        )
        + "</div></div></div>"
    )
    scoreboard = (
        '<div class="wiw-scoreboard"><div class="wiw-scoreboard__comp">Éliminatoires CAN 2027 – 5<sup>e</sup> journée</div>'
        '<div class="wiw-scoreboard__teams"><span class="wiw-team wiw-team--home">Sénégal</span><span class="wiw-score">2 - 1</span>'
        '<span class="wiw-team wiw-team--away">Gabon</span></div><div class="wiw-scoreboard__status">Terminé</div>'
        '<div class="wiw-scoreboard__scorers">B. Ndiaye 31<sup>e</sup>, L. Badji 64<sup>e</sup> ; A. Mba-Obiang 53<sup>e</sup></div></div>'
    )
    body = "\n".join([scoreboard, paras(*intro), irp, liveblog])
    live_ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url,
        "url": url,
        "headline": title,
        "about": {
            "@type": "SportsEvent",
            "name": "Sénégal - Gabon",
            "startDate": "2026-11-21T17:00:00+00:00",
            "location": {"@type": "Place", "name": "Stade Abdoulaye-Wade, Diamniadio"},
        },
        "coverageStartTime": "2026-11-21T16:45:00+00:00",
        "coverageEndTime": "2026-11-21T19:01:00+00:00",
        "datePublished": "2026-11-21T16:45:00+00:00",
        "dateModified": "2026-11-21T19:01:00+00:00",
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": flat(texts[0])[:110],
                "url": f"{url}#liveblog-entry-{88150 - i * 7}",
                "datePublished": datetime.datetime.fromtimestamp(
                    int(ts), tz=datetime.UTC
                ).isoformat(),
                "articleBody": " ".join(flat(x) for x in texts),
                "author": {"@type": "Person", "name": author[1]},
            }
            for i, (ts, _, texts) in enumerate(entries)
        ],
    }
    nav = wp_menu(
        5307,
        base,
        ["Football", "Lutte", "Basket", "Athlétisme", "Lions", "Navétanes", "Vidéos"],
        'id="main-navigation" class="main-menu menu bsm-pure clearfix"',
        6600,
        per=4,
    )
    more = irp_items[2:]
    related = "".join(
        f'<div class="post-{310000 + i} type-post format-standard has-post-thumbnail   listing-item listing-item-thumbnail listing-item-tb-2 main-term-12"><div class="item-inner clearfix"><div class="featured featured-type-featured-image"><a  title="{t["title"]}" data-src="{t["image"]}" class="img-holder" href="{t["url"]}/"></a></div><p class="title"><a class="post-url" href="{t["url"]}/" title="{t["title"]}"><span class="post-title">{t["title"]}</span></a></p></div></div>'
        for i, t in enumerate(more[:6])
    )
    side = "".join(
        f'<div class="listing-item listing-item-thumbnail listing-item-tb-2 main-term-12"><div class="item-inner clearfix"><p class="title"><a href="{t["url"]}/" class="post-url post-title">{t["title"]}</a></p><div class="post-meta"><span class="time"><time class="post-published updated" datetime="{t["date"]}T10:00:00+00:00">{t["date"]}</time></span></div></div></div>'
        for t in more[6:16]
    )
    comments = "".join(
        f'<li class="comment even thread-even depth-1 clearfix" id="li-comment-{c}"><div class="clearfix" id="comment-{c}"><div class="comment-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{c}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" /></div><div class="comment-meta"><cite class="comment-author" itemprop="author">{n}</cite><time class="comment-published" datetime="2026-11-21T19:{m}:00+00:00">21 novembre 2026 à 19 h {m} min</time></div><div class="comment-content"><p>{t}</p></div><div class="comment-footer clearfix"><a rel="nofollow" class="comment-reply-link" href="#comment-{c}">Répondre</a></div></div></li>'
        for c, n, m, t in [
            (
                90121,
                "Mamadou",
                "12",
                "Enfin ! Bravo les Lions, mais la défense a encore tremblé en deuxième période.",
            ),
            (
                90122,
                "Ndeye Fatou",
                "20",
                "Badji mérite sa place de titulaire, il l’a prouvé ce soir.",
            ),
            (90124, "Lamine D.", "34", "Qualifiés, c’est l’essentiel. Le jeu viendra."),
        ]
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

<!-- Optimisation des moteurs de recherche par Rank Math - https://rankmath.com/ -->
<title>{title} - {site}</title>
<meta name="description" content="Le Sénégal a battu le Gabon 2-1 ce samedi à Diamniadio et se qualifie pour la CAN 2027. Revivez le match en direct."/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title} - {site}" />
<meta property="og:description" content="Le Sénégal a battu le Gabon 2-1 ce samedi à Diamniadio et se qualifie pour la CAN 2027. Revivez le match en direct." />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{site}" />
<meta property="article:publisher" content="https://www.facebook.com/wiwsport" />
<meta property="article:tag" content="CAN 2027" />
<meta property="article:tag" content="Lions du Sénégal" />
<meta property="article:section" content="Football" />
<meta property="og:updated_time" content="2026-11-21T19:01:00+00:00" />
<meta property="og:image" content="{base}/wp-content/uploads/2026/11/senegal-gabon-diamniadio.jpg" />
<meta property="article:published_time" content="2026-11-21T16:45:00+00:00" />
<meta property="article:modified_time" content="2026-11-21T19:01:00+00:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@wiwsport" />
<meta name="twitter:label1" content="Rédigé par" />
<meta name="twitter:data1" content="{author[1]}" />
<!-- /Extension Rank Math WordPress SEO -->

{wp_head(base, site, post_id, url)}
<link rel='stylesheet' id='publisher-child-css' href='{base}/wp-content/themes/publisher/style-7.11.0.min.css?ver=7.11.0' type='text/css' media='all' />
<link rel='stylesheet' id='liveblog-css' href='{base}/wp-content/plugins/liveblog/assets/app.css?ver=1.9.7' type='text/css' media='all' />
<style id='publisher-inline-css' type='text/css'>{css_blob(5317, "bs", 380)}</style>
{json_script(live_ld)}
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-5561230094471862" crossorigin="anonymous"></script>
</head>

<body class="post-template-default single single-post postid-{post_id} single-format-standard bs-theme bs-publisher bs-publisher-clean-magazine active-light-box active-top-line ltr close-rh page-layout-2-col page-layout-2-col-right full-width active-sticky-sidebar main-menu-sticky-smart main-menu-full-width active-ajax-search single-prim-cat-12 single-cat-12 single-cat-48 bs-hide-ha bs-ll-a" dir="ltr">
<div class="off-canvas-overlay"></div>
<div class="main-wrap content-main-wrap">
	<header id="header" class="site-header header-style-2 full-width" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
		<section class="topbar topbar-style-1 hidden-xs hidden-xs"><div class="content-wrap"><div class="container"><div class="topbar-inner clearfix"><div class="section-links"><div  class="  better-studio-shortcode bsc-clearfix better-social-counter style-button colored in-4-col"><ul class="social-list bsc-clearfix"><li class="social-item facebook"><a href="https://www.facebook.com/wiwsport" target="_blank"> <i class="item-icon bsfi-facebook" ></i><span class="item-title"> J’aime </span> </a></li><li class="social-item twitter"><a href="https://twitter.com/wiwsport" target="_blank"> <i class="item-icon bsfi-twitter" ></i><span class="item-title"> Abonnés </span> </a></li></ul></div></div><div class="section-menu"><div id="menu-top" class="menu top-menu-wrapper" role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><nav class="top-menu-container"><ul id="top-navigation" class="top-menu menu clearfix bsm-pure"><li id="topbar-date" class="menu-item menu-item-date"><span class="topbar-date">dimanche 22 novembre 2026</span></li><li class="menu-item"><a href="{base}/contact/">Contact</a></li></ul></nav></div></div></div></div></div></section>
		<div class="header-inner"><div class="content-wrap"><div class="container"><div id="site-branding" class="site-branding"><p  id="site-title" class="logo h1 img-logo"><a href="{base}/" itemprop="url" rel="home"><img id="site-logo" src="{base}/wp-content/uploads/2022/08/logo-wiwsport.png" alt="Wiwsport"  data-bsrjs="{base}/wp-content/uploads/2022/08/logo-wiwsport@2x.png"  /><span class="site-title">Wiwsport - L’actualité du sport sénégalais</span></a></p></div><div class="sidebar-header"><div class="bsac bsac-clearfix adloc-is-banner adloc-show-desktop location-header_aside_logo bsac-align-center bsac-column-1"><div class="bsac-container bsac-type-code">{adsense("5561230094471862", 8830112245, "horizontal")}</div></div></div></div></div></div>
		<div id="menu-main" class="menu main-menu-wrapper show-search-item menu-actions-btn-width-1" role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><div class="main-menu-inner"><div class="content-wrap"><div class="container"><nav class="main-menu-container">{nav}</nav></div></div></div></div>
	</header><!-- .header -->
	<div class="rh-header clearfix light deferred-block-exclude"><div class="rh-container clearfix"><div class="menu-container close"><span class="menu-handler"><span class="lines"></span></span></div><div class="logo-container rh-img-logo"><a href="{base}/" itemprop="url" rel="home"><img src="{base}/wp-content/uploads/2022/08/logo-wiwsport-mobile.png" alt="Wiwsport" /></a></div></div></div>
	<div class="content-wrap">
		<main id="content" class="content-container">
		<div class="container layout-2-col layout-2-col-1 layout-right-sidebar post-template-1">
			<div class="row main-section">
				<div class="col-sm-8 content-column">
					<div class="single-container">
						<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail  category-football category-lions single-post-content has-thumbnail">
							<div class="post-header post-tp-1-header">
								<nav role="navigation" aria-label="Breadcrumbs" class="bf-breadcrumb clearfix bc-top-style"><ul class="bf-breadcrumb-items" itemscope itemtype="http://schema.org/BreadcrumbList"><meta name="numberOfItems" content="4" /><meta name="itemListOrder" content="Ascending" /><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bf-breadcrumb-begin"><a itemprop="item" href="{base}" rel="home"><span itemprop="name">Accueil</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item"><a itemprop="item" href="{base}/category/football/" ><span itemprop="name">Football</span></a><meta itemprop="position" content="2" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item"><a itemprop="item" href="{base}/category/football/lions/" ><span itemprop="name">Lions du Sénégal</span></a><meta itemprop="position" content="3" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bf-breadcrumb-end"><span itemprop="name">{title}</span><meta itemprop="item" content="{url}"/><meta itemprop="position" content="4" /></li></ul></nav>
								<div class="post-header-inner"><div class="post-header-title">
									<div class="term-badges floated"><span class="term-badge term-48"><a href="{base}/tag/can-2027/">CAN 2027</a></span></div>
									<h1 class="single-post-title"><span class="post-title" itemprop="headline">{title}</span></h1>
									<div class="post-meta-wrap clearfix"><div class="post-meta single-post-meta"><a href="{base}/author/{author[0]}/" title="Parcourir les articles de l’auteur" class="post-author-a post-author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{author[0]}?s=26&amp;d=mm&amp;r=g" class="avatar avatar-26 photo" height="26" width="26" /><span class="post-author-name">Par <b>{author[1]}</b></span></a><span class="time"><time class="post-published updated" datetime="2026-11-21T16:45:00+00:00">Publié le <b>21 novembre 2026</b></time></span></div></div>
								</div></div>
								<div class="single-featured"><a class="post-thumbnail open-lightbox" href="{base}/wp-content/uploads/2026/11/senegal-gabon-diamniadio.jpg"><img width="750" height="430" alt="" data-src="{base}/wp-content/uploads/2026/11/senegal-gabon-diamniadio-750x430.jpg"></a></div>
							</div>
							<div class="post-share single-post-share top-share clearfix style-1"><div class="post-share-btn-group"><a href="{url}#comments" class="post-share-btn post-share-btn-comments comments" title="Laisser un commentaire sur: “{title}”"><i class="bf-icon fa fa-comments" aria-hidden="true"></i> <b class="number">3</b></a><span class="views post-share-btn post-share-btn-views rank-default" data-bpv-post="{post_id}"><i class="bf-icon  fa fa-eye"></i> <b class="number">5.2K</b></span></div><div class="share-handler-wrap "><span class="share-handler post-share-btn rank-default"><i class="bf-icon  fa fa-share-alt"></i><b class="text">Partager</b></span><span class="social-item facebook"><a href="https://www.facebook.com/sharer.php?u={url}" target="_blank" rel="nofollow noreferrer" class="bs-button-el" onclick="window.open(this.href, 'share-facebook','left=50,top=50,width=600,height=320,toolbar=0'); return false;"><span class="icon"><i class="bf-icon fa fa-facebook"></i></span></a></span><span class="social-item whatsapp"><a href="whatsapp://send?text={flat(title)} %0A%0A {url}" target="_blank" rel="nofollow noreferrer" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-whatsapp"></i></span></a></span></div></div>
							<div class="entry-content clearfix single-post-content">
{body}
							</div>
							<div class="entry-terms post-tags clearfix style-16"><span class="terms-label"><i class="fa fa-tags"></i></span><a href="{base}/tag/can-2027/" rel="tag">CAN 2027</a><a href="{base}/tag/lions-du-senegal/" rel="tag">Lions du Sénégal</a><a href="{base}/tag/gabon/" rel="tag">Gabon</a></div>
							<div class="post-share single-post-share bottom-share clearfix style-5"><div class="share-handler-wrap "><span class="share-handler post-share-btn rank-default"><i class="bf-icon  fa fa-share-alt"></i><b class="text">Partager</b></span></div></div>
						</article>
						<section class="post-author clearfix"><a href="{base}/author/{author[0]}/" title="Parcourir les articles de l’auteur"><span class="post-author-avatar" itemprop="image"><img alt="" src="https://secure.gravatar.com/avatar/{author[0]}?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" /></span></a><div class="author-title heading-typo"><a class="post-author-url" href="{base}/author/{author[0]}/"><span class="post-author-name">{author[1]}</span></a></div><div class="author-links"><ul class="author-social-icons"></ul></div><div class="post-author-bio" itemprop="description"><p>Journaliste à Wiwsport, il suit les Lions et le championnat local.</p></div></section>
						<section class="next-prev-post clearfix"><div class="prev-post"><p class="pre-title heading-typo"><i class="fa fa-arrow-left"></i> Article précédent</p><p class="title heading-typo"><a href="{more[17]["url"]}/" rel="prev">{more[17]["title"]}</a></p></div><div class="next-post"><p class="pre-title heading-typo">Article suivant <i class="fa fa-arrow-right"></i></p><p class="title heading-typo"><a href="{more[18]["url"]}/" rel="next">{more[18]["title"]}</a></p></div></section>
					</div>
					<div class="post-related"><div class="section-heading sh-t1 sh-s1 multi-tab"><a href="#relatedposts_1408_1" class="main-link active" data-toggle="tab"><span class="h-text related-posts-heading">Vous pourriez aussi aimer</span></a><a href="#relatedposts_1408_2" class="other-link" data-toggle="tab" data-deferred-event="shown.bs.tab" data-deferred-init="relatedposts_1408_2"><span class="h-text related-posts-heading">Plus de l’auteur</span></a></div><div class="tab-content"><div class="tab-pane bs-tab-anim bs-tab-animated active" id="relatedposts_1408_1"><div data-bs-ajax-pagination-id="1408" class="bs-pagination-wrapper main-term-none next_prev "><div class="listing listing-thumbnail listing-tb-2 clearfix  scolumns-3 simple-grid include-last-mobile">{related}</div></div></div><div class="tab-pane bs-tab-anim bs-deferred-container" id="relatedposts_1408_2"></div></div></div>
					<section id="comments-template-{post_id}" class="comments-template"><div id="comments" class="comments-wrap"><div class="section-heading sh-t1 sh-s1"><span class="h-text">3 commentaires</span></div><ol class="comment-list">{comments}</ol>{comment_form(base, post_id, heading="h3", heading_cls="comment-reply-title section-heading sh-t1 sh-s1", title="Laisser un commentaire", button="Publier le commentaire")}</div></section>
				</div><!-- .content-column -->
				<div class="col-sm-4 sidebar-column sidebar-column-primary">
					<aside id="sidebar-primary-sidebar" class="sidebar" role="complementary" aria-label="Primary Sidebar Sidebar" itemscope="itemscope" itemtype="https://schema.org/WPSideBar">
						<div id="bs-thumbnail-listing-1-2" class=" h-ni w-t primary-sidebar-widget widget widget_bs-thumbnail-listing-1"><div class="section-heading sh-t1 sh-s1"><span class="h-text">Les plus lus</span></div><div class="bs-shortcode bs-thumbnail-listing-1"><div class="listing listing-thumbnail listing-tb-2 clearfix columns-1">{side}</div></div></div>
						<div id="bsac-2" class=" h-ni w-nt primary-sidebar-widget widget widget_bsac"><div class="bsac bsac-clearfix adloc-is-banner bsac-align-center bsac-column-1"><div class="bsac-container bsac-type-code">{adsense("5561230094471862", 8830112246, "rectangle")}</div></div></div>
					</aside>
				</div><!-- .primary-sidebar-column -->
			</div><!-- .main-section -->
		</div>
		</main><!-- main -->
	</div><!-- .content-wrap -->
	<footer id="site-footer" class="site-footer full-width"><div class="copy-footer"><div class="content-wrap"><div class="container"><div class="row"><div class="col-lg-12"><div id="menu-footer" class="menu footer-menu-wrapper" role="navigation"><nav class="footer-menu-container"><ul id="footer-navigation" class="footer-menu menu clearfix"><li class="menu-item"><a href="{base}/a-propos/">À propos</a></li><li class="menu-item"><a href="{base}/mentions-legales/">Mentions légales</a></li></ul></nav></div></div></div><div class="row footer-copy-row"><div class="copy-1 col-lg-6 col-md-6 col-sm-6 col-xs-12">© 2026 - Wiwsport. Tous droits réservés.</div><div class="copy-2 col-lg-6 col-md-6 col-sm-6 col-xs-12">Dakar, Sénégal</div></div></div></div></div></footer><!-- .footer -->
</div><!-- .main-wrap -->
<span class="back-top"><i class="fa fa-arrow-up"></i></span>
{wp_footer(base)}
<script type="text/javascript" id="publisher-theme-pagination-js-extra">
/* <![CDATA[ */
var bs_pagination_loc = {{"loading":"<div class=\\"bs-loading\\"><div><\\/div><div><\\/div><div><\\/div><\\/div>"}};
/* ]]> */
</script>
<script type="text/javascript" id="liveblog-js-extra">
/* <![CDATA[ */
var liveblog_settings = {{"permalink":"{jesc(url)}","post_id":{post_id},"state":"enable","is_liveblog_editable":"","current_user":null,"socketio_enabled":false,"refresh_interval":10,"latest_entry_timestamp":1795287660,"endpoint_url":"{jesc(base)}\\/wp-json\\/liveblog\\/v1\\/{post_id}\\/","features":{{"hashtags":true,"commands":true,"emojis":true,"authors":true}}}};
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/plugins/liveblog/assets/app.js?ver=1.9.7" id="liveblog-js"></script>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
<script type="text/javascript" src="{base}/wp-content/themes/publisher/includes/libs/better-framework/assets/js/better-framework.min.js?ver=3.15.0" id="better-framework-js"></script>
</body>
</html>
"""
    write(
        "07_wiwsport_publisher_liveblog_match_meta_section",
        page,
        {
            "title": title,
            "publication": "Wiwsport",
            "author": author[1],
            "section": "Football",
            "date": datetime.date(2026, 11, 21),
            "source_url": url,
            "paragraphs": [flat(x) for x in intro] + [flat(x) for _, _, t in entries for x in t],
            "notes": "Publisher theme (BetterStudio): topbar with the next day's date, "
            "header-style-2, Better Ads slots, post-tp-1 header with bf-breadcrumb microdata "
            "'Football › Lions du Sénégal', a term badge 'CAN 2027', h1.single-post-title, "
            "'Par <b>name</b>' and 'Publié le 21 novembre 2026', comment and view counters, "
            ".entry-content.single-post-content, Publisher's inline related posts ('Lire "
            "aussi', bs-irp) inside the body, tags, author box, prev/next, related tabs, "
            "reader comments dated 21 November, sidebar. Rank Math with its schema module "
            "off: no article JSON-LD, meta article:section 'Football' beats the breadcrumb's "
            "last item and the badge. Live page by the Liveblog plugin: a scoreboard widget "
            "(chrome), one intro paragraph, then seven untitled entries newest first whose "
            "date/time and author headers are not text, a colon-ended paragraph + ul of "
            "three substitutions in one entry, an embedded post (chrome) in the last one; "
            "the plugin's LiveBlogPosting repeats the entries as liveBlogUpdate. Dakar is "
            "UTC.",
        },
    )


def page08() -> None:
    """icilome: Avada with a Fusion Builder text element, opinion column whose paragraphs are
    separated by single <br /> in one <p>, signature in capitals, WordPress user = the site,
    Avada's own Open Graph tags, no JSON-LD, the category in the meta line the only section."""
    base = "https://www.icilome.com"
    site = "icilome"
    post_id = 163950
    url = f"{base}/2026/11/togo-la-flambee-du-prix-du-ciment-nest-pas-une-fatalite/"
    title = "Togo : la flambée du prix du ciment n’est pas une fatalité"
    segments = [
        "Depuis le mois d’août, le sac de ciment de 50&nbsp;kg s’échange à Lomé entre 6&nbsp;200 "
        "et 6&nbsp;800 francs CFA, contre 4&nbsp;900 francs il y a un an. Pour les ménages qui "
        "construisent, souvent pièce par pièce et sur une décennie, cette hausse de près de "
        "30&nbsp;% équivaut à l’arrêt pur et simple des chantiers.",
        "Les explications avancées par les producteurs sont connues : renchérissement du "
        "clinker importé, coût de l’énergie, dépréciation des monnaies des pays fournisseurs. "
        "Elles sont en partie fondées. Elles n’expliquent pourtant pas tout.",
        "Car le marché togolais du ciment reste dominé par une poignée d’acteurs, qui fixent "
        "leurs prix sans réelle concurrence. Lorsque le coût du clinker a baissé, au premier "
        "semestre 2024, le prix du sac n’a pas bougé d’un franc. Cette asymétrie mérite au "
        "moins une explication publique.",
        "L’État dispose pourtant de leviers. Le premier est la transparence : publier chaque "
        "trimestre la structure des coûts déclarée par les cimentiers, comme le fait déjà le "
        "Bénin voisin pour les produits pétroliers. Le second est l’ouverture : faciliter "
        "l’installation de nouveaux broyeurs, y compris de taille modeste, dans les régions des "
        "Plateaux et de la Kara.",
        "Le troisième levier, enfin, est la commande publique. L’État et les collectivités sont "
        "les premiers acheteurs de ciment du pays. En regroupant leurs achats et en les "
        "programmant sur plusieurs années, ils pourraient peser sur les prix bien plus "
        "qu’aucune mesure administrative.",
        "Rien de tout cela ne fera baisser le prix du sac du jour au lendemain. Mais laisser "
        "s’installer l’idée qu’il s’agit d’une fatalité reviendrait à accepter que des milliers "
        "de familles renoncent, une fois encore, à achever leur maison.",
    ]
    signature = (
        "<strong>Kodjo Mawuli AGBÉKO</strong><br />\nÉconomiste, enseignant-chercheur à "
        "l’Université de Lomé"
    )
    text = "<p>" + "<br />\n".join(segments) + "<br />\n<br />\n" + signature + "</p>"
    desc = (
        "Depuis le mois d’août, le sac de ciment de 50 kg s’échange à Lomé entre 6 200 et "
        "6 800 francs CFA. Tribune de Kodjo Mawuli Agbéko."
    )
    nav = wp_menu(
        5308,
        base,
        ["Politique", "Économie", "Société", "Opinion", "Afrique", "Sport", "Diaspora"],
        'id="menu-main" class="fusion-menu"',
        9300,
        per=0,
        link=' class="fusion-bar-highlight"',
        text='<span class="menu-text">{}</span>',
    )
    more = teasers(538, 24, base, FILLER)
    recent = "".join(f'<li><a href="{t["url"]}/">{t["title"]}</a></li>' for t in more[:8])
    carousel = "".join(
        f'<div class="swiper-slide"><div class="fusion-carousel-item-wrapper"><div  class="fusion-image-wrapper fusion-image-size-fixed" aria-haspopup="true"><img src="{t["image"]}" width="500" height="383" alt="{t["title"]}" /><div class="fusion-rollover"><div class="fusion-rollover-content"><a class="fusion-rollover-link" href="{t["url"]}/">{t["title"]}</a><h4 class="fusion-rollover-title"><a class="fusion-rollover-title-link" href="{t["url"]}/">{t["title"]}</a></h4><a class="fusion-link-wrapper" href="{t["url"]}/" aria-label="{t["title"]}"></a></div></div></div></div></div>'
        for t in more[8:14]
    )
    page = f"""<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top" lang="fr-FR" prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<title>{title} &#8211; {site}</title>
<meta name='robots' content='max-image-preview:large' />
{wp_head(base, site, post_id, url)}
<link rel="canonical" href="{url}" />
					<link rel="shortcut icon" href="{base}/wp-content/uploads/2020/03/favicon-icilome.png" type="image/x-icon" />

		<meta property="og:locale" content="fr_FR"/>
		<meta property="og:type" content="article"/>
		<meta property="og:site_name" content="{site}"/>
		<meta property="og:title" content="  {title}"/>
				<meta property="og:description" content="{desc}"/>
				<meta property="og:url" content="{url}"/>
										<meta property="article:published_time" content="2026-11-26T10:12:44+01:00"/>
							<meta property="article:modified_time" content="2026-11-26T10:12:44+01:00"/>
								<meta name="author" content="icilome"/>
								<meta property="og:image" content="{base}/wp-content/uploads/2026/11/ciment-lome.jpg"/>
		<meta property="og:image:width" content="1024"/>
		<meta property="og:image:height" content="640"/>
		<meta property="og:image:type" content="image/jpeg"/>
				<link rel='stylesheet' id='fusion-dynamic-css-css' href='{base}/wp-content/uploads/fusion-styles/5c3b0f1d2e9a4b7c8d6e5f4a3b2c1d0e.min.css?ver=3.11.11' type='text/css' media='all' />
<style type="text/css" id="css-fb-visibility">@media screen and (max-width: 640px){{.fusion-no-small-visibility{{display:none !important;}}}}@media screen and (min-width: 641px) and (max-width: 1024px){{.fusion-no-medium-visibility{{display:none !important;}}}}</style>
<style id="avada-inline-css">{css_blob(5318, "fusion", 360)}</style>
		<script type="text/javascript">
			var doc = document.documentElement;
			doc.setAttribute( 'data-useragent', navigator.userAgent );
		</script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-7340018862201159" crossorigin="anonymous"></script>
</head>

<body class="post-template-default single single-post postid-{post_id} single-format-standard has-sidebar fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat fusion-button_span-no fusion-button_gradient-linear avada-image-rollover-circle-yes avada-image-rollover-yes avada-image-rollover-direction-left fusion-body ltr fusion-sticky-header no-tablet-sticky-header no-mobile-sticky-header no-mobile-slidingbar no-mobile-totop fusion-disable-outline fusion-sub-menu-fade mobile-logo-pos-left layout-wide-mode avada-has-boxed-modal-shadow-none layout-scroll-offset-full avada-has-zero-margin-offset-top fusion-top-header menu-text-align-center mobile-menu-design-modern fusion-show-pagination-text fusion-header-layout-v3 avada-responsive avada-footer-fx-none avada-menu-highlight-style-bar fusion-search-form-classic fusion-main-menu-search-dropdown fusion-avatar-square avada-dropdown-styles avada-blog-layout-large avada-blog-archive-layout-large avada-header-shadow-no avada-menu-icon-position-left avada-has-megamenu-shadow avada-has-mainmenu-dropdown-divider avada-has-breadcrumb-mobile-hidden avada-has-titlebar-hide avada-has-pagination-padding avada-flyout-menu-direction-fade avada-ec-views-v1" data-awb-post-id="{post_id}">
		<a class="skip-link screen-reader-text" href="#content">Passer au contenu</a>

	<div id="boxed-wrapper">
		<div id="wrapper" class="fusion-wrapper">
			<div id="home" style="position:relative;top:-1px;"></div>
			<header class="fusion-header-wrapper">
				<div class="fusion-header-v3 fusion-logo-alignment fusion-logo-left fusion-sticky-menu- fusion-sticky-logo- fusion-mobile-logo-  fusion-mobile-menu-design-modern">
<div class="fusion-secondary-header"><div class="fusion-row"><div class="fusion-alignleft"><div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">Lomé, jeudi 26 novembre 2026</span></div></div><div class="fusion-alignright"><div class="fusion-social-links-header"><div class="fusion-social-networks"><div class="fusion-social-networks-wrapper"><a  class="fusion-social-network-icon fusion-tooltip fusion-facebook awb-icon-facebook" style data-placement="bottom" data-title="Facebook" data-toggle="tooltip" title="Facebook" href="https://www.facebook.com/icilome" target="_blank" rel="noreferrer"><span class="screen-reader-text">Facebook</span></a><a  class="fusion-social-network-icon fusion-tooltip fusion-twitter awb-icon-twitter" style data-placement="bottom" data-title="X" data-toggle="tooltip" title="X" href="https://twitter.com/icilome" target="_blank" rel="noopener noreferrer"><span class="screen-reader-text">X</span></a></div></div></div></div></div></div>
<div class="fusion-header-sticky-height"></div>
<div class="fusion-header">
	<div class="fusion-row">
					<div class="fusion-logo" data-margin-top="31px" data-margin-bottom="31px" data-margin-left="0px" data-margin-right="0px"><a class="fusion-logo-link"  href="{base}/" ><img src="{base}/wp-content/uploads/2020/03/logo-icilome.png" srcset="{base}/wp-content/uploads/2020/03/logo-icilome.png 1x" width="250" height="64" alt="icilome Logo" data-retina_logo_url="" class="fusion-standard-logo" /></a></div>
		<nav class="fusion-main-menu" aria-label="Menu principal">{nav}</nav>
		<div class="fusion-mobile-menu-icons"><a href="#" class="fusion-icon awb-icon-bars" aria-label="Afficher/masquer le menu mobile" aria-expanded="false"></a></div>
	</div>
</div>
				</div>
				<div class="fusion-clearfix"></div>
			</header>
			<div id="sliders-container" class="fusion-slider-visibility"></div>
			<main id="main" class="clearfix ">
				<div class="fusion-row" style="">

<section id="content" style="float: left;">
	<article id="post-{post_id}" class="post post-{post_id} type-post status-publish format-standard has-post-thumbnail hentry category-opinion tag-ciment tag-prix">
		<div class="fusion-flexslider flexslider fusion-flexslider-loading post-slideshow fusion-post-slideshow"><ul class="slides"><li><a href="{base}/wp-content/uploads/2026/11/ciment-lome.jpg" data-rel="iLightbox[gallery{post_id}]" title="" data-title="ciment-lome" data-caption="" aria-label="ciment-lome"><span class="screen-reader-text">Voir l’image agrandie</span><img width="1024" height="640" src="{base}/wp-content/uploads/2026/11/ciment-lome.jpg" class="attachment-full size-full wp-post-image" alt="" decoding="async" fetchpriority="high" /></a></li></ul></div>
		<h1 class="entry-title fusion-post-title">{title}</h1>
		<div class="post-content">
			<div class="fusion-fullwidth fullwidth-box fusion-builder-row-1 fusion-flex-container nonhundred-percent-fullwidth non-hundred-percent-height-scrolling" style="--awb-border-radius-top-left:0px;--awb-flex-wrap:wrap;" ><div class="fusion-builder-row fusion-row fusion-flex-align-items-flex-start" style="max-width:1216.8px;margin-left: calc(-4% / 2 );margin-right: calc(-4% / 2 );"><div class="fusion-layout-column fusion_builder_column fusion-builder-column-0 fusion_builder_column_1_1 1_1 fusion-flex-column" style="--awb-bg-size:cover;--awb-width-large:100%;--awb-margin-top-large:0px;"><div class="fusion-column-wrapper fusion-column-has-shadow fusion-flex-justify-content-flex-start fusion-content-layout-column"><div class="fusion-text fusion-text-1">{text}</div><div class="fusion-clearfix"></div></div></div></div></div>
			<div class="icilo-after-content"><div class="code-block code-block-2">{adsense("7340018862201159", 2256709311)}</div></div>
		</div>
		<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">Par <span class="vcard"><span class="fn"><a href="{base}/author/icilome/" title="Articles par icilome" rel="author">icilome</a></span></span><span class="fusion-inline-sep">|</span><span class="updated rich-snippet-hidden">2026-11-26T10:12:44+01:00</span><span>26 novembre 2026</span><span class="fusion-inline-sep">|</span>Catégories : <a href="{base}/category/opinion/" rel="category tag">Opinion</a><span class="fusion-inline-sep">|</span><span class="fusion-comments"><a href="{url}#respond">0 commentaire</a></span></div></div>
		<div class="fusion-sharing-box fusion-theme-sharing-box fusion-single-sharing-box"><h4>Partagez cet article sur les réseaux sociaux !</h4><div class="fusion-social-networks boxed-icons"><div class="fusion-social-networks-wrapper"><a  class="fusion-social-network-icon fusion-tooltip fusion-facebook awb-icon-facebook" style="color:#ffffff;background-color:#3b5998;border-color:#3b5998;" data-placement="top" data-title="Facebook" data-toggle="tooltip" title="Facebook" href="https://www.facebook.com/sharer.php?u={url}&amp;t={flat(title)}" target="_blank" rel="noreferrer"><span class="screen-reader-text">Facebook</span></a><a  class="fusion-social-network-icon fusion-tooltip fusion-whatsapp awb-icon-whatsapp" style="color:#ffffff;background-color:#77e878;border-color:#77e878;" data-placement="top" data-title="WhatsApp" data-toggle="tooltip" title="WhatsApp" href="https://api.whatsapp.com/send?text={url}" target="_blank" rel="noopener noreferrer"><span class="screen-reader-text">WhatsApp</span></a><a  class="fusion-social-network-icon fusion-tooltip fusion-mail awb-icon-mail fusion-last-social-icon" style="color:#ffffff;background-color:#000000;border-color:#000000;" data-placement="top" data-title="E-mail" data-toggle="tooltip" title="E-mail" href="mailto:?body={url}&amp;subject={flat(title)}" target="_self" rel="noopener noreferrer"><span class="screen-reader-text">E-mail</span></a><div class="fusion-clearfix"></div></div></div></div>
		<section class="about-author"><div class="fusion-title fusion-title-size-three sep-double sep-solid" style="margin-top:0px;margin-bottom:31px;"><h3 class="title-heading-left" style="margin:0;">À propos de l’auteur : <a href="{base}/author/icilome/" title="Articles par icilome" rel="author">icilome</a></h3><span class="awb-title-spacer"></span><div class="title-sep-container"><div class="title-sep sep-double sep-solid"></div></div></div><div class="about-author-container"><div class="avatar"><img alt='' src='https://secure.gravatar.com/avatar/icilome?s=72&#038;d=mm&#038;r=g' class='avatar avatar-72 photo' height='72' width='72' loading='lazy' /></div><div class="description">icilome, l’actualité du Togo et de sa diaspora.</div></div></section>
		<section class="related-posts single-related-posts"><div class="fusion-title fusion-title-size-three sep-double sep-solid" style="margin-top:0px;margin-bottom:31px;"><h3 class="title-heading-left" style="margin:0;">Articles similaires</h3><span class="awb-title-spacer"></span><div class="title-sep-container"><div class="title-sep sep-double sep-solid"></div></div></div><div class="awb-carousel awb-swiper awb-swiper-carousel fusion-carousel-title-below-image" data-imagesize="fixed" data-metacontent="yes" data-autoplay="no" data-touchscroll="no" data-columns="3" data-itemmargin="48px" data-itemwidth="180" data-scrollitems=""><div class="swiper-wrapper">{carousel}</div><div class="awb-swiper-button awb-swiper-button-prev"><i class="awb-icon-angle-left"></i></div><div class="awb-swiper-button awb-swiper-button-next"><i class="awb-icon-angle-right"></i></div></div></section>
		<div id="respond-wrap">{comment_form(base, post_id, heading="h2", title="Laisser un commentaire", button="Poster le commentaire")}</div>
	</article>
</section>
<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area fusion-sidebar-right fusion-blogsidebar" style="float: right;" data="">
	<section id="recent-posts-3" class="widget widget_recent_entries"><div class="heading"><h4 class="widget-title">Articles récents</h4></div><ul>{recent}</ul></section>
	<section id="custom_html-4" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget">{adsense("7340018862201159", 2256709312, "rectangle")}</div></section>
</aside>
				</div>  <!-- fusion-row -->
			</main>  <!-- #main -->

			<div class="fusion-footer">
				<footer id="footer" class="fusion-footer-copyright-area">
					<div class="fusion-row">
						<div class="fusion-copyright-content">
							<div class="fusion-copyright-notice"><div>© Copyright 2026 - icilome | Tous droits réservés | <a href="{base}/contact/">Contact</a></div></div>
						</div>
					</div>
				</footer>
			</div>
		</div> <!-- wrapper -->
	</div> <!-- #boxed-wrapper -->
	<a class="fusion-one-page-text-link fusion-page-load-link" tabindex="-1" href="#" aria-hidden="true">Page load link</a>
	<div class="avada-footer-scripts">
<div class="fusion-privacy-bar fusion-privacy-bar-bottom"><div class="fusion-privacy-bar-main"><span>Ce site utilise des cookies pour améliorer votre expérience. <a href="#" class="fusion-privacy-bar-learn-more">En savoir plus <i class="awb-icon-angle-down" aria-hidden="true"></i></a></span><a href="#" class="fusion-privacy-bar-acceptance fusion-button fusion-button-default fusion-button-default-size fusion-button-span-no" data-alt-text="Mettre à jour les paramètres" data-orig-text="OK">OK</a></div></div>
{wp_footer(base)}
<script type="text/javascript" id="fusion-js-extra">
/* <![CDATA[ */
var fusionJSVars = {{"visibility_small":"640","visibility_medium":"1024"}};
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/themes/Avada/includes/lib/assets/min/js/general/fusion.js?ver=3.11.11" id="fusion-js"></script>
	</div>
</body>
</html>
"""
    write(
        "08_icilome_avada_tribune_single_br_signature",
        page,
        {
            "title": title,
            "publication": "icilome",
            "author": "Kodjo Mawuli Agbéko",
            "section": "Opinion",
            "date": datetime.date(2026, 11, 26),
            "source_url": url,
            "paragraphs": [flat(x) for x in segments],
            "notes": "Avada theme: #boxed-wrapper/#wrapper, fusion-header-v3 with a "
            "secondary header showing the day, featured image slideshow, "
            "h1.entry-title.fusion-post-title, .post-content holding one Fusion Builder "
            "container whose fusion-text element is ONE <p> with the six paragraphs of the "
            "column separated by single <br /> (each segment is a paragraph), then a blank "
            "line and the signature 'Kodjo Mawuli AGBÉKO' (in <strong>) with his role: the "
            "signature names the author (natural casing, no role) and is no paragraph. The "
            "WordPress user, Avada's meta line 'Par icilome', meta author and the author box "
            "are the site's account, not a person. Ad after the text, sharing box, related "
            "carousel, comment form, recent-posts sidebar, Avada privacy bar. Avada's own "
            "Open Graph tags (og:title with leading spaces), WordPress core canonical, no "
            "JSON-LD, no breadcrumb, no article:section: 'Catégories : Opinion' in the meta "
            "line after the text is the only section source. Lomé is UTC; "
            "article:published_time 10:12+01:00 is the server's zone, same day.",
        },
    )
