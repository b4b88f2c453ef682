# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout55/web (Québec, Belgium, Switzerland, France)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write
from pages_a import emoji


def page05() -> None:
    """Le Courrier de Saint-Hyacinthe: Newspack + Yoast, municipal budget, UTC the next day."""
    base = "https://www.lecourrier.qc.ca"
    url = f"{base}/actualites/politique-municipale/saint-hyacinthe-adopte-un-budget-de-1684-m-et-une-hausse-de-taxes-de-39/"
    title = "Saint-Hyacinthe adopte un budget de 168,4&nbsp;M$ et une hausse de taxes de 3,9&nbsp;%"
    lead = (
        "Le conseil municipal a entériné le budget 2027 lundi soir, malgré l’opposition de deux "
        "conseillers qui réclamaient un gel du compte de taxes."
    )
    authors = ["Marie-Ève Lapointe", "Olivier Dufresne"]
    p1 = [
        "Le conseil municipal de Saint-Hyacinthe a adopté, lors d’une séance extraordinaire "
        "tenue lundi soir à l’hôtel de ville, un budget de 168,4&nbsp;M$ pour l’exercice 2027, "
        "en hausse de 5,1&nbsp;% par rapport à l’an dernier. Le compte de taxes d’une résidence "
        "unifamiliale moyenne, évaluée à 342&nbsp;000&nbsp;$, augmentera de 3,9&nbsp;%, soit "
        "environ 128&nbsp;$.",
        "Le maire André Beauregard a défendu un budget «&nbsp;responsable&nbsp;», qui tient "
        "compte selon lui de l’inflation persistante dans le secteur de la construction et de "
        "la hausse de la quote-part versée à la MRC des Maskoutains. «&nbsp;Nous aurions pu "
        "piger davantage dans les surplus, mais ce serait refiler la facture aux prochains "
        "conseils&nbsp;», a-t-il fait valoir.",
    ]
    h1 = "Les principaux investissements"
    p2 = [
        "Le programme triennal d’immobilisations prévoit des investissements de 94&nbsp;M$ "
        "d’ici 2029. Parmi les projets retenus pour la prochaine année, on note&nbsp;:",
    ]
    items = [
        "la réfection de la conduite principale d’aqueduc sous l’avenue Sainte-Anne, au coût "
        "de 11,2&nbsp;M$&nbsp;;",
        "l’aménagement d’un parc riverain le long de la rivière Yamaska, dans le secteur "
        "nord&nbsp;;",
        "l’achat de six autobus électriques pour le réseau de transport urbain.",
    ]
    h2 = "Deux voix dissidentes"
    p3 = [
        "Les conseillers Nicole Vachon et Mathieu Girouard ont voté contre le budget. Tous deux "
        "réclamaient un gel du taux de taxation résidentiel, financé par le report de certains "
        "travaux de voirie.",
        "«&nbsp;Ce budget, c’est la facture de décisions qu’on a repoussées pendant dix ans. On "
        "demande aux familles de payer alors que leurs revenus ne suivent pas&nbsp;», a déclaré "
        "Mme Vachon, qui siège au conseil depuis 2021.",
    ]
    quote = (
        "«&nbsp;Ce budget, c’est la facture de décisions qu’on a repoussées pendant dix ans.&nbsp;»"
    )
    p4 = [
        "La Ville maintient par ailleurs le gel des tarifs des activités de loisirs destinées "
        "aux enfants et aux aînés. La taxe sur les matières résiduelles passe de 236&nbsp;$ à "
        "249&nbsp;$ par logement.",
        "Les citoyens pourront consulter le détail du budget sur le site Web de la Ville à "
        "compter de jeudi. Une séance d’information publique est prévue le 16&nbsp;février, à "
        "la salle du conseil.",
    ]
    donate = (
        '<div class="newspack-popup-container newspack-popup newspack-inline-popup" role="dialog" id="id_41822" data-frequency="0,0,0,day">\n'
        '<div class="wp-block-group has-background" style="background-color:#f4efe6"><div class="wp-block-group__inner-container is-layout-flow">\n'
        '<h2 class="wp-block-heading">Soutenez votre journal local</h2>\n'
        "<p>Le Courrier est gratuit pour tous. Votre contribution nous permet de couvrir chaque séance du conseil municipal.</p>\n"
        '<div class="wp-block-newspack-blocks-donate wpbnbd wpbnbd--frequency-based wpbnbd-frequencies--3"><form><input type="radio" name="donation_frequency" value="once" id="once" checked><label for="once" class="tab-item">Une fois</label><input type="radio" name="donation_frequency" value="month" id="month"><label for="month" class="tab-item">Mensuel</label><button type="submit">Faire un don</button></form></div>\n'
        "</div></div>\n"
        '<form class="popup-dismiss-form popup-action-form"><button class="newspack-lightbox__close" aria-label="Fermer le popup">×</button></form>\n'
        "</div>"
    )
    body = "\n".join(
        [
            paras(*p1),
            f'<h2 class="wp-block-heading">{h1}</h2>',
            paras(*p2),
            '<ul class="wp-block-list">\n' + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>",
            f'<h2 class="wp-block-heading">{h2}</h2>',
            paras(p3[0]),
            f'<figure class="wp-block-pullquote"><blockquote><p>{quote}</p><cite>Nicole Vachon, conseillère municipale</cite></blockquote></figure>',
            paras(p3[1]),
            donate,
            paras(*p4),
        ]
    )
    author_ids = [f"{base}/#/schema/person/9d41c6b2", f"{base}/#/schema/person/0a77e3f5"]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": [{"name": a, "@id": i} for a, i in zip(authors, author_ids, strict=True)],
                "headline": flat(title),
                "datePublished": "2027-02-03T01:45:00+00:00",
                "dateModified": "2027-02-03T14:10:22+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 436,
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "thumbnailUrl": f"{base}/wp-content/uploads/2027/02/seance-conseil-budget.jpg",
                "articleSection": ["Actualités", "Politique municipale"],
                "inLanguage": "fr-CA",
                "copyrightYear": "2027",
                "copyrightHolder": {"@id": f"{base}/#organization"},
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{flat(title)} - Le Courrier de Saint-Hyacinthe",
                "isPartOf": {"@id": f"{base}/#website"},
                "datePublished": "2027-02-03T01:45:00+00:00",
                "dateModified": "2027-02-03T14:10:22+00:00",
                "description": flat(lead),
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "fr-CA",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{base}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Actualités",
                        "item": f"{base}/actualites/",
                    },
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "Politique municipale",
                        "item": f"{base}/actualites/politique-municipale/",
                    },
                    {"@type": "ListItem", "position": 4, "name": flat(title)},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": f"{base}/",
                "name": "Le Courrier de Saint-Hyacinthe",
                "publisher": {"@id": f"{base}/#organization"},
                "inLanguage": "fr-CA",
            },
            {
                "@type": "NewsMediaOrganization",
                "@id": f"{base}/#organization",
                "name": "Le Courrier de Saint-Hyacinthe",
                "url": f"{base}/",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/2025/03/logo-courrier.png",
                },
            },
            {
                "@type": "Person",
                "@id": author_ids[0],
                "name": authors[0],
                "url": f"{base}/author/melapointe/",
            },
            {
                "@type": "Person",
                "@id": author_ids[1],
                "name": authors[1],
                "url": f"{base}/author/odufresne/",
            },
        ],
    }
    nav = menu(
        5505,
        "main-menu",
        base,
        ["Actualités", "Affaires", "Sports", "Culture", "Opinion", "Avis publics", "Nécrologie"],
        6,
    )
    homepage = "".join(
        f'<article class="post-has-image"><figure class="post-thumbnail"><a href="{t["url"]}/" rel="bookmark"><img width="400" height="267" src="{t["image"]}" class="attachment-newspack-article-block-landscape-small size-newspack-article-block-landscape-small wp-post-image" alt="" loading="lazy" /></a></figure><div class="entry-wrapper"><div class="cat-links"><a href="{base}/actualites/">Actualités</a></div><h3 class="entry-title"><a href="{t["url"]}/" rel="bookmark">{t["title"]}</a></h3><div class="entry-meta"><time class="entry-date published" datetime="{t["date"]}T08:00:00-05:00">{t["date"]}</time></div></div></article>'
        for t in teasers(556, 4, base + "/actualites", FILLER)
    )
    byline = " et ".join(
        f'<span class="author vcard"><a class="url fn n" href="{base}/author/{slug}/">{a}</a></span>'
        for a, slug in zip(authors, ["melapointe", "odufresne"], strict=True)
    )
    page = f"""<!doctype html>
<html lang="fr-CA">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{flat(title)} - Le Courrier de Saint-Hyacinthe</title>
	<meta name="description" content="{flat(lead)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="fr_CA" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{flat(title)}" />
	<meta property="og:description" content="{flat(lead)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="Le Courrier de Saint-Hyacinthe" />
	<meta property="article:publisher" content="https://www.facebook.com/lecourrierdesainthyacinthe" />
	<meta property="article:published_time" content="2027-02-03T01:45:00+00:00" />
	<meta property="article:modified_time" content="2027-02-03T14:10:22+00:00" />
	<meta property="og:image" content="{base}/wp-content/uploads/2027/02/seance-conseil-budget.jpg" />
	<meta property="og:image:width" content="1600" />
	<meta property="og:image:height" content="1067" />
	<meta name="author" content="{authors[0]}, {authors[1]}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Écrit par" />
	<meta name="twitter:data1" content="{authors[0]}, {authors[1]}" />
	<meta name="twitter:label2" content="Durée de lecture estimée" />
	<meta name="twitter:data2" content="3 minutes" />
	{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel="alternate" type="application/rss+xml" title="Le Courrier de Saint-Hyacinthe &raquo; Flux" href="{base}/feed/" />
{emoji(base)}<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='newspack-blocks-block-styles-stylesheet-css' href='{base}/wp-content/plugins/newspack-blocks/dist/block_styles.css?ver=4.5.2' media='all' />
<link rel='stylesheet' id='newspack-popups-view-css' href='{base}/wp-content/plugins/newspack-popups/dist/view.css?ver=3.4.0' media='all' />
<link rel='stylesheet' id='newspack-style-css' href='{base}/wp-content/themes/newspack-theme/style.css?ver=2.4.1' media='all' />
<style id='newspack-style-inline-css'>
.cat-links a, .entry-meta .byline a {{ color: #9c1c22; }}
{css_blob(5515, "np", 260)}
</style>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/77814" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel='shortlink' href='{base}/?p=77814' />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-Q8W3CX1R7T"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-Q8W3CX1R7T', {{"author":"Marie-\\u00c8ve Lapointe","categories":"Actualit\\u00e9s,Politique municipale"}});</script>
</head>

<body class="post-template-default single single-post postid-77814 single-format-standard wp-custom-logo wp-embed-responsive singular has-featured-image single-featured-image-default h-nsub h-db h-ll h-dh header-default-background has-tertiary-menu has-sidebar cat-politique-municipale" data-amp-auto-lightbox-disable>

<aside id="mobile-sidebar-fallback" class="mobile-sidebar"><button class="mobile-menu-toggle"><svg class="svg-icon" width="20" height="20" aria-hidden="true" role="img" viewBox="0 0 24 24"><path d="M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"></path></svg>Fermer</button></aside>
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#main">Passer au contenu</a>

	<header id="masthead" class="site-header hide-header-search" [class]="searchVisible ? 'show-header-search site-header ' : 'hide-header-search site-header'">
		<div class="top-header-contain desktop-only"><div class="wrapper"><div id="tertiary-nav-contain"><nav class="tertiary-menu" aria-label="Menu tertiaire"><ul id="menu-tertiary" class="menu"><li class="menu-item"><a href="{base}/edition-numerique/">Édition numérique</a></li><li class="menu-item"><a href="{base}/infolettre/">Infolettre</a></li></ul></nav></div><div class="header-date">Mercredi 3 février 2027</div></div></div>
		<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="{base}/" class="custom-logo-link" rel="home"><img width="360" height="90" src="{base}/wp-content/uploads/2025/03/logo-courrier.png" class="custom-logo" alt="Le Courrier de Saint-Hyacinthe" decoding="async" /></a></div><a class="button donate" href="{base}/soutenir/">Soutenir</a></div></div>
		<div class="bottom-header-contain desktop-only"><div class="wrapper"><div id="site-navigation"><nav class="main-navigation nav1 dd-menu" aria-label="Menu principal">{nav}</nav></div></div></div>
	</header><!-- #masthead -->

	<div id="content" class="site-content">

	<div class="main-content">
	<section id="primary" class="content-area">
		<main id="main" class="site-main">

			<header class="entry-header">
				<span class="cat-links"><span class="screen-reader-text">Publié dans</span><a href="{base}/actualites/politique-municipale/" rel="category tag">Politique municipale</a></span>
				<h1 class="entry-title">{title}</h1>
				<div class="newspack-post-subtitle">{lead}</div>
				<div class="entry-subhead">
					<div class="entry-meta">
						<span class="author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/41a?s=80&#038;d=mm&#038;r=g" class="avatar avatar-80 photo avatar-default" height="80" width="80" loading="lazy" decoding="async"/><img alt="" src="https://secure.gravatar.com/avatar/0bb?s=80&#038;d=mm&#038;r=g" class="avatar avatar-80 photo avatar-default" height="80" width="80" loading="lazy" decoding="async"/></span><span class="byline"><span>Par</span> {byline}</span><span class="posted-on"><time class="entry-date published" datetime="2027-02-02T20:45:00-05:00">2 février 2027</time><span class="updated-label">Mis à jour le</span> <time class="updated" datetime="2027-02-03T09:10:22-05:00">3 février 2027</time></span>
					</div><!-- .meta-info -->
					<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing"><h3 class="sd-title">Partager&nbsp;:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon no-text" href="{url}?share=facebook" target="_blank" title="Cliquez pour partager sur Facebook"><span></span><span class="sharing-screen-reader-text">Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon no-text" href="mailto:?subject=%5BArticle%20partag%C3%A9%5D&#038;body={url}&#038;share=email" target="_blank" title="Cliquez pour envoyer un lien par e-mail à un ami"><span></span><span class="sharing-screen-reader-text">Cliquez pour envoyer un lien par e-mail à un ami(ouvre dans une nouvelle fenêtre)</span></a></li><li class="share-end"></li></ul></div></div></div>
				</div>
			</header>

			<figure class="post-thumbnail"><img width="1200" height="800" src="{base}/wp-content/uploads/2027/02/seance-conseil-budget-1200x800.jpg" class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="" decoding="async" fetchpriority="high" /><figcaption><span class="image-caption">Le maire André Beauregard lors de la présentation du budget, lundi soir.</span> <span class="image-credit"><span class="credit-label-wrapper">Crédit&nbsp;:</span> Photo François Larivée</span></figcaption></figure><!-- .post-thumbnail -->

			<div class="main-content">

<article id="post-77814" class="post-77814 post type-post status-publish format-standard has-post-thumbnail category-actualites category-politique-municipale tag-budget-2027 tag-conseil-municipal entry">
	<div class="entry-content">
		{body}
	</div><!-- .entry-content -->

	<footer class="entry-footer">
		<span class="tags-links"><span>Étiquettes&nbsp;:</span><a href="{base}/tag/budget-2027/" rel="tag">budget 2027</a><a href="{base}/tag/conseil-municipal/" rel="tag">conseil municipal</a></span>
	</footer><!-- .entry-footer -->

	<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">{authors[0]}</h2></div><p>Journaliste aux affaires municipales. <a class="author-link" href="{base}/author/melapointe/">Plus d’articles</a></p></div></div>
	<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">{authors[1]}</h2></div><p>Journaliste. <a class="author-link" href="{base}/author/odufresne/">Plus d’articles</a></p></div></div>
</article><!-- #post-${{ID}} -->

<div class="wp-block-newspack-blocks-homepage-articles wpnbha show-image image-aligntop ts-3 is-3 is-landscape is-grid columns-4 colgap-3 has-more-button"><h2 class="article-section-title"><span>À lire aussi</span></h2><div data-posts data-current-post-id="77814">{homepage}</div></div>

<div class="newspack-newsletters-subscribe"><h2>Recevez l’infolettre du Courrier</h2><form><input type="email" name="npe" placeholder="Votre adresse courriel"><input type="submit" value="S’inscrire"></form></div>
			</div><!-- .main-content -->

		</main><!-- #main -->
	</section><!-- #primary -->

<aside id="secondary" class="widget-area"><section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Avis de décès</h2><p><a href="{base}/necrologie/">Consultez les avis de décès de la région</a></p></section></aside><!-- #secondary -->
	</div><!-- .main-content -->

	</div><!-- #content -->

	<footer id="colophon" class="site-footer">
		<div class="footer-branding"><div class="wrapper"><a href="{base}/" class="custom-logo-link" rel="home"><img width="360" height="90" src="{base}/wp-content/uploads/2025/03/logo-courrier.png" class="custom-logo" alt="Le Courrier de Saint-Hyacinthe" /></a></div></div>
		<div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">&copy; 2027 Le Courrier de Saint-Hyacinthe.</span><a class="imprint" href="https://newspack.com/">Propulsé par Newspack</a><a class="privacy-policy-link" href="{base}/politique-de-confidentialite/" rel="privacy-policy">Politique de confidentialité</a></div></div>
	</footer><!-- #colophon -->

</div><!-- #page -->

<script id="newspack-popups-view-js-extra">
var newspack_popups_view = {{"segmentation":{{"is_enabled":true}},"reader_id":null,"popups":[{{"id":41822,"frequency":"0,0,0,day","placement":"inline"}}]}};
</script>
<script src="{base}/wp-content/plugins/newspack-popups/dist/view.js?ver=3.4.0" id="newspack-popups-view-js"></script>
<script src="{base}/wp-content/themes/newspack-theme/js/dist/menu.js?ver=2.4.1" id="newspack-menu-js"></script>
<script src="https://stats.wp.com/e-202705.js" id="jetpack-stats-js" data-wp-strategy="defer"></script>
</body>
</html>
"""
    write(
        "05_courriersthyacinthe_newspack_yoast_budget_utc_next_day",
        page,
        {
            "title": flat(title),
            "publication": "Le Courrier de Saint-Hyacinthe",
            "author": " et ".join(authors),
            "section": "Actualités",
            "date": datetime.date(2027, 2, 2),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [h1, h2],
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p1 + p2 + items + p3 + p4],
            "notes": "Québec regional weekly on WordPress, Newspack theme, Yoast @graph "
            "(NewsArticle with two author name+@id objects, Person nodes). Standfirst in "
            "div.newspack-post-subtitle. Two authors (Co-Authors Plus) 'Par A et B'. Section: "
            "articleSection ['Actualités', 'Politique municipale'] -> 'Actualités', though the "
            "cat-links kicker shows 'Politique municipale'. Date: published_time and JSON-LD "
            "2027-02-03T01:45:00+00:00 = 20 h 45 on 2 February in Saint-Hyacinthe; visible "
            "'2 février 2027' beside 'Mis à jour le 3 février 2027'; header date 3 February -> "
            "2 February. Two h2 subheads; introducing paragraph + ul of three items; "
            "figure.wp-block-pullquote repeating a quoted sentence, its cite no text; Newspack "
            "Campaigns inline donation prompt inside entry-content with its own h2 ('Soutenez "
            "votre journal local': no subhead); Jetpack sharing above; caption credit; tags, "
            "two author bios with h2 names, 'À lire aussi' homepage-posts block, newsletter "
            "form, sidebar 'Avis de décès'. «&nbsp;…&nbsp;», '168,4&nbsp;M$', '3,9&nbsp;%'.",
        },
    )


def page06() -> None:
    """Canal C: Drupal 10 (Olivero sub-theme), live page with Paragraphs entries, 'avec Belga'."""
    base = "https://www.canalc.be"
    url = f"{base}/info/societe/crue-de-la-meuse-la-situation-heure-par-heure-namur-et-jambes"
    title = "Crue de la Meuse : la situation heure par heure à Namur et Jambes"
    lead = (
        "La Meuse a franchi le seuil d’alerte dans la nuit de mardi à mercredi. Voiries "
        "fermées, évacuations préventives, conseils aux riverains&nbsp;: les dernières "
        "informations."
    )
    entries = [
        (
            "11h20",
            "2027-01-27T11:20:00+01:00",
            "Le pic de crue attendu en fin d’après-midi",
            [
                (
                    "p",
                    "Selon le SPW Mobilité et Infrastructures, le pic de crue est désormais "
                    "attendu entre 16h et 18h à Namur, avec un débit qui pourrait atteindre "
                    "1.650&nbsp;m<sup>3</sup>/s. La Meuse devrait ensuite amorcer une lente "
                    "décrue dans la nuit.",
                ),
                (
                    "p",
                    "Le bourgmestre a convoqué une nouvelle réunion de la cellule de crise "
                    "communale à 13h.",
                ),
            ],
        ),
        (
            "10h05",
            "2027-01-27T10:05:00+01:00",
            None,
            [
                (
                    "p",
                    "Les TEC annoncent que les lignes 3 et 4 sont déviées entre la gare de "
                    "Namur et Jambes en raison de la fermeture du pont de Jambes aux véhicules. "
                    "Des retards de 15 à 20 minutes sont à prévoir.",
                ),
            ],
        ),
        (
            "09h30",
            "2027-01-27T09:30:00+01:00",
            "Plusieurs voiries fermées",
            [
                (
                    "p",
                    "La police de la zone Namur Capitale a fermé plusieurs voiries le long du "
                    "fleuve. Sont actuellement inaccessibles&nbsp;:",
                ),
                ("li", "le boulevard de la Meuse, sur toute sa longueur&nbsp;;"),
                ("li", "la rue de Dave, à hauteur de l’écluse de La Plante&nbsp;;"),
                (
                    "li",
                    "le quai de Meuse à Jambes, entre le pont des Ardennes et la place Jean de Flandre.",
                ),
                (
                    "p",
                    "Les riverains sont invités à ne pas stationner leur véhicule dans les rues basses.",
                ),
            ],
        ),
        (
            "08h10",
            "2027-01-27T08:10:00+01:00",
            "Une vingtaine d’habitations évacuées à Wépion",
            [
                (
                    "p",
                    "Par mesure de précaution, une vingtaine d’habitations ont été évacuées à "
                    "Wépion, le long de la chaussée de Dinant. Les habitants concernés sont "
                    "accueillis dans une salle communale, où la Croix-Rouge a installé un "
                    "centre d’accueil, indique Belga.",
                ),
                (
                    "p",
                    "«&nbsp;L’eau arrivait déjà au seuil de la porte à 6h. On a pris les "
                    "papiers, le chat, et on est partis&nbsp;», raconte une habitante de la "
                    "chaussée.",
                ),
            ],
        ),
        (
            "05h45",
            "2027-01-27T05:45:00+01:00",
            "Le seuil d’alerte franchi dans la nuit",
            [
                (
                    "p",
                    "Bonjour et bienvenue dans ce direct consacré à la crue de la Meuse. Le "
                    "seuil d’alerte a été franchi vers 3h du matin à la station de mesure de "
                    "Namur, annonce le centre régional de crise.",
                ),
            ],
        ),
    ]
    video = (
        '<div class="field field--name-field-video field--type-video-embed-field field--label-hidden field__item"><div class="video-embed-field-provider-youtube video-embed-field-responsive-video"><iframe width="854" height="480" frameborder="0" allowfullscreen="allowfullscreen" src="https://www.youtube.com/embed/k3Wq9Lm2XcA?autoplay=0&amp;start=0&amp;rel=0"></iframe></div></div>'
        '<div class="field field--name-field-video-legende field--type-string field--label-hidden field__item">Les images de notre équipe à Wépion ce mercredi matin.</div>'
    )
    blocks = []
    for time, iso, head, parts in entries:
        html_parts = []
        items: list[str] = []
        for kind, text in [*parts, ("end", "")]:
            if kind == "li":
                items.append(f"<li>{text}</li>")
                continue
            if items:
                html_parts.append("<ul>" + "".join(items) + "</ul>")
                items = []
            if kind == "p":
                html_parts.append(f"<p>{text}</p>")
        heading = (
            f'<h3 class="field field--name-field-titre field--type-string field--label-hidden field__item">{head}</h3>'
            if head
            else ""
        )
        extra = video if head and "Wépion" in head else ""
        blocks.append(
            '<div class="field__item"><div class="paragraph paragraph--type--live-entry paragraph--view-mode--default">'
            f'<div class="field field--name-field-heure field--type-datetime field--label-hidden field__item"><time datetime="{iso}" class="datetime">{time}</time></div>'
            f"{heading}"
            f'<div class="clearfix text-formatted field field--name-field-texte field--type-text-long field--label-hidden field__item">{"".join(html_parts)}</div>'
            f"{extra}</div></div>"
        )
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url,
        "headline": title,
        "description": flat(lead),
        "coverageStartTime": "2027-01-27T05:45:00+01:00",
        "coverageEndTime": "2027-01-27T23:59:00+01:00",
        "datePublished": "2027-01-27T05:48:11+01:00",
        "dateModified": "2027-01-27T11:22:40+01:00",
        "author": {"@type": "Organization", "name": "Canal C"},
        "publisher": {
            "@type": "Organization",
            "name": "Canal C",
            "logo": {"@type": "ImageObject", "url": f"{base}/themes/custom/canalc/logo.png"},
        },
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": head or flat(parts[0][1])[:60],
                "datePublished": iso,
                "articleBody": " ".join(flat(t) for _, t in parts),
            }
            for _, iso, head, parts in entries
        ],
        "mainEntityOfPage": url,
    }
    settings = {
        "path": {
            "baseUrl": "/",
            "pathPrefix": "",
            "currentPath": "node/28841",
            "currentPathIsAdmin": False,
            "isFront": False,
            "currentLanguage": "fr",
        },
        "pluralDelimiter": "\u0003",
        "eu_cookie_compliance": {
            "cookie_policy_version": "1.0.0",
            "popup_enabled": True,
            "popup_agreed_enabled": False,
            "popup_html_info": '<div aria-labelledby="popup-text" class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document"><h2>Nous utilisons des cookies</h2><p>En cliquant sur « Accepter », vous acceptez l\'utilisation de cookies pour mesurer l\'audience et afficher nos vidéos.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accepter</button><button type="button" class="decline-button eu-cookie-compliance-default-button">Refuser</button></div></div></div>',
            "method": "opt_in",
            "popup_position": False,
            "cookie_name": "",
        },
        "ajaxPageState": {
            "libraries": "eJyFkdEOwyAIRX_I6CcZVGxpURrQrf37tS9b1qzZC_EezgUSoZXp",
            "theme": "canalc",
            "theme_token": None,
        },
        "canalc_live": {"nid": 28841, "refresh": 60, "status": "open"},
        "user": {"uid": 0, "permissionsHash": "c07d2e95a1"},
    }
    settings_js = json.dumps(settings, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    nav = menu(
        5506,
        "menu primary-nav__menu primary-nav__menu--level-1",
        base,
        ["Info", "Sport", "Culture", "Émissions", "Direct", "Régions"],
        6,
    )
    more = "".join(
        f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><a href="{t["url"]}"><img src="{t["image"]}" alt="" width="320" height="180" loading="lazy"/></a><h3 class="node__title"><a href="{t["url"]}" rel="bookmark">{t["title"]}</a></h3></article></div>'
        for t in teasers(557, 6, base + "/info", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" style="--color--primary-hue:204;--color--primary-saturation:100%;--color--primary-lightness:34">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="{flat(lead)}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="Canal C" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="EN DIRECT | {title}" />
<meta property="og:description" content="{flat(lead)}" />
<meta property="og:image" content="{base}/sites/default/files/styles/og_image/public/2027-01/crue-meuse-namur.jpg" />
<meta property="og:updated_time" content="2027-01-27T11:22:40+01:00" />
<meta property="article:published_time" content="2027-01-27T05:48:11+01:00" />
<meta property="article:modified_time" content="2027-01-27T11:22:40+01:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="EN DIRECT | {title}" />
{json_script(ld)}
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/canalc/favicon.ico" type="image/vnd.microsoft.icon" />

    <title>EN DIRECT | {title} | Canal C</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_h0xXbX1qK8rT9aYz3vW2mN5pLcDjF7uGsE4oRiBkQy0.css?delta=0&amp;language=fr&amp;theme=canalc&amp;include=eJyFkdEOwyAIRX_I6CcZVGxpURrQrf37tS9b1qzZC_EezgUSoZXp" />
<style>{css_blob(5516, "olv", 240)}</style>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{settings_js}</script>
<script src="/core/misc/drupalSettingsLoader.js?v=10.3.6"></script>
  </head>
  <body class="path-node page-node-type-live">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Aller au contenu principal
    </a>

      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>

<div id="page-wrapper" class="page-wrapper">
  <div id="page">

          <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">

                <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
          <div class="site-header__initial">
            <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
              <span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span>
            </button>
          </div>

                    <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
            <div class="container site-header__inner__container">


<div id="block-canalc-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">


    <div class="site-branding__inner">
          <a href="/" rel="home" class="site-branding__logo">
        <img src="/themes/custom/canalc/logo.svg" alt="Accueil" fetchpriority="high" />
      </a>
              <div class="site-branding__text">
        <div class="site-branding__name">
          <a href="/" title="Accueil" rel="home">Canal C</a>
        </div>
      </div>
      </div>
</div>

<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>

<div class="mobile-buttons" data-drupal-selector="mobile-buttons">
  <button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Menu principal" aria-controls="header-nav" aria-expanded="false">
    <span class="mobile-nav-button__label">Menu</span>
    <span class="mobile-nav-button__icon"></span>
  </button>
</div>

<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">

<nav  id="block-canalc-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-canalc-main-menu-menu" role="navigation">

  <h2 class="visually-hidden block__title" id="block-canalc-main-menu-menu">Navigation principale</h2>

        {nav}
  </nav>
<div class="header-live"><a href="/direct" class="header-live__link"><span class="header-live__dot"></span>Canal C en direct</a></div>

</div>

            </div>
          </div>
        </div>
      </header>

    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>

          <div class="main-content__container container">

              <div class="region region--breadcrumb grid-full layout--pass--content-medium">
    <div id="block-canalc-breadcrumbs" class="block block-system block-system-breadcrumb-block">


        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
    <div class="breadcrumb__content">
      <ol class="breadcrumb__list">
                  <li class="breadcrumb__item">
                          <a href="/" class="breadcrumb__link">Accueil</a>
                      </li>
                  <li class="breadcrumb__item">
                          <a href="/info" class="breadcrumb__link">Info</a>
                      </li>
                  <li class="breadcrumb__item">
                          <a href="/info/societe" class="breadcrumb__link">Société</a>
                      </li>
              </ol>
    </div>
  </nav>

  </div>

  </div>

              <div class="region region--content-above grid-full layout--pass--content-medium">
    <div id="block-canalc-page-title" class="block block-core block-page-title-block">

  <div class="live-badge"><span class="live-badge__dot"></span>Direct</div>
  <h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">{title}</span>
</h1>


  </div>

  </div>


            <div class="region region--content grid-full layout--pass--content-medium" id="content">
    <div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-canalc-content" class="block block-system block-system-main-block">



<article data-history-node-id="28841" class="node node--type-live node--promoted node--view-mode-full">
  <header class="">
            <div class="node__meta">
        <span class="node__author-image"></span>
        <span>
          <span class="field field--name-field-signature field--type-string field--label-hidden">La rédaction, avec Belga</span>
        </span>
        <span>
          <span class="field field--name-created field--type-created field--label-hidden"><time datetime="2027-01-27T05:48:11+01:00" title="Mercredi 27 janvier 2027 - 05:48" class="datetime">Mer 27/01/2027 - 05:48</time>
</span>
        </span>
        <span class="node__changed">Mis à jour à 11h22</span>
                </div>
      </header>
  <div class="node__content">
        <div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure><img loading="lazy" src="/sites/default/files/styles/wide/public/2027-01/crue-meuse-namur.jpg" width="1200" height="675" alt="La Meuse en crue à Namur" /><figcaption>La Meuse à hauteur du pont de Jambes, mercredi matin. © Canal C</figcaption></figure></div>

            <div class="clearfix text-formatted field field--name-field-chapo field--type-text-long field--label-hidden field__item"><p>{lead}</p></div>

      <div class="live-notice" role="status">Ce direct est mis à jour régulièrement. Actualisez la page pour voir les derniers messages.</div>
      <div class="field field--name-field-live-entries field--type-entity-reference-revisions field--label-hidden field__items">
{chr(10).join(blocks)}
      </div>

  <div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">
    <h3 class="field__label field--tags__label">Tags</h3>
    <ul class='links field__items field--tags__items'>
          <li class="field--tags__item"><a href="/taxonomy/term/412" hreflang="fr">Meuse</a></li>
          <li class="field--tags__item"><a href="/taxonomy/term/98" hreflang="fr">Namur</a></li>
          <li class="field--tags__item"><a href="/taxonomy/term/1207" hreflang="fr">Intempéries</a></li>
      </ul>
</div>

  </div>
  </article>

  </div>
<div class="views-element-container block block-views block-views-blockinfo-related-block-1" id="block-canalc-views-block-info-related">

      <h2 class="block__title">À voir aussi</h2>

      <div><div class="view view-info-related view-id-info_related view-display-id-block_1"><div class="view-content">{more}</div></div></div>

  </div>

  </div>

          </div>
                  </div>
      </div>
    </div>

          <footer class="site-footer">
        <div class="site-footer__inner container">
            <div class="region region--footer-top grid-full">
    <div class="region--footer_top__inner"><div id="block-canalc-footer-about" class="block block-block-content"><div class="block__content"><p>Canal C, la télévision locale de la région namuroise. Avenue Reine Astrid, Namur.</p></div></div></div>
  </div>

            <div class="region region--footer-bottom grid-full">
    <div class="region--footer_bottom__inner"><div id="block-canalc-copyright" class="block block-block-content"><p>© 2027 Canal C - Tous droits réservés</p></div></div>
  </div>

        </div>
      </footer>

    <div class="overlay" data-drupal-selector="overlay"></div>

  </div>
</div>

  </div>


    <script src="/sites/default/files/js/js_Zk3nT0mQwY2rV8sLx5aH1jPdCfB7eKgU9oI4uN6yRiE.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=canalc&amp;include=eJyFkdEOwyAIRX_I6CcZVGxpURrQrf37tS9b1qzZC_EezgUSoZXp"></script>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=10.3.6" defer></script>

  </body>
</html>
"""
    subheads = [h for _, _, h, _ in entries if h]
    paragraphs = [flat(t) for _, _, _, parts in entries for _, t in parts]
    write(
        "06_canalc_drupal10_olivero_direct_crue_avec_belga",
        page,
        {
            "title": title,
            "publication": "Canal C",
            "author": None,
            "agency": "Belga",
            "section": "Société",
            "date": datetime.date(2027, 1, 27),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": subheads,
            "paragraphs": paragraphs,
            "notes": "Belgian local television on Drupal 10 with an Olivero sub-theme "
            "(site-header__fixable, region--breadcrumb, node__meta). Live page, newest first: "
            "entries are Paragraphs items (paragraph--type--live-entry) with a time field "
            "('11h20', not text), an h3 title (subheads; one entry untitled), text paragraphs "
            "and, in the 09h30 entry, an introducing paragraph + ul of three items + a closing "
            "paragraph; a YouTube iframe and its legend field in the 08h10 entry are chrome. "
            "Byline field 'La rédaction, avec Belga' -> no person, agency Belga (JSON-LD author "
            "the Organization Canal C). Standfirst in field--name-field-chapo. 'Direct' badge "
            "outside the h1; 'EN DIRECT |' in <title> and og:title. Live notice 'Ce direct est "
            "mis à jour régulièrement…' is chrome. No articleSection or article:section: the "
            "breadcrumb 'Accueil / Info / Société' -> 'Société'. JSON-LD LiveBlogPosting with "
            "liveBlogUpdate bodies. 'm<sup>3</sup>/s' -> 'm3/s'; Belgian '1.650'. The EU Cookie "
            "Compliance banner lives in drupalSettings JSON; tags block with h3 'Tags'; "
            "related view.",
        },
    )


def page07() -> None:
    """La Région: WordPress Elementor Pro + Yoast (no Article node), obituary, breadcrumb."""
    base = "https://www.laregion.ch"
    url = f"{base}/marguerite-jaquier-la-voix-des-treteaux-du-castrum-sest-eteinte/"
    title = "Marguerite Jaquier, la voix des Tréteaux du Castrum, s’est éteinte"
    lead = (
        "La comédienne et metteuse en scène yverdonnoise, qui avait fondé la troupe amateur en "
        "1972, est décédée mardi à l’âge de 88 ans."
    )
    author = "Christelle Rochat"
    p1 = [
        "Elle avait joué Molière dans des caves, Dürrenmatt sous la pluie et Ramuz devant des "
        "salles combles. Marguerite Jaquier est décédée mardi dans un EMS d’Yverdon-les-Bains, "
        "entourée de ses proches. Elle avait 88 ans.",
        "Née à Sainte-Croix en 1938, fille d’un mécanicien de précision, elle découvre le "
        "théâtre au collège, puis suit des cours d’art dramatique à Lausanne. Institutrice à "
        "Yverdon pendant près de trente ans, elle n’a jamais voulu faire de la scène son "
        "métier. «Le théâtre amateur, c’est le théâtre de ceux qui ont le droit de se "
        "tromper», aimait-elle répéter.",
    ]
    h1 = "Plus de cinquante spectacles"
    p2 = [
        "En 1972, avec une poignée d’amis, elle fonde les Tréteaux du Castrum, qui répètent "
        "d’abord dans l’arrière-salle d’un café de la rue du Lac. La troupe montera plus de "
        "cinquante spectacles en un demi-siècle, dont une mémorable «Visite de la vieille "
        "dame» jouée en plein air sur la place Pestalozzi en 1989.",
        "Pour des générations d’élèves et de comédiens, elle était d’abord une pédagogue "
        "exigeante. Plusieurs professionnels romands ont fait leurs premiers pas sous sa "
        "direction.",
    ]
    quoted = [
        "«Elle nous faisait répéter une réplique vingt fois, jusqu’à ce qu’on arrête de la "
        "réciter pour commencer à la dire.",
        "Tout ce que je sais de la scène, je l’ai appris dans cette arrière-salle qui sentait "
        "la bière et la sciure.»",
    ]
    p3 = [
        "En 2011, la Ville d’Yverdon-les-Bains lui avait remis son prix culturel pour "
        "l’ensemble de son engagement. Elle avait cédé la direction de la troupe en 2015, sans "
        "jamais cesser d’assister aux premières, toujours assise au troisième rang.",
        "Un dernier hommage lui sera rendu le vendredi 29 janvier à 14&nbsp;h au temple de "
        "Grandson.",
    ]
    content = "\n".join(
        [
            paras(*p1),
            f'<h2 class="wp-block-heading">{h1}</h2>',
            paras(*p2),
            '<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">\n'
            + paras(*quoted)
            + "\n<cite>Thomas Rapin, comédien, ancien membre de la troupe</cite></blockquote>",
            paras(*p3),
        ]
    )
    person_id = f"{base}/#/schema/person/c81f0e2d9b"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - La Région",
                "isPartOf": {"@id": f"{base}/#website"},
                "primaryImageOfPage": {"@id": f"{url}#primaryimage"},
                "image": {"@id": f"{url}#primaryimage"},
                "thumbnailUrl": f"{base}/wp-content/uploads/2027/01/marguerite-jaquier.jpg",
                "datePublished": "2027-01-22T23:15:00+00:00",
                "dateModified": "2027-01-22T23:15:00+00:00",
                "author": {"@id": person_id},
                "description": flat(lead),
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "fr-FR",
                "potentialAction": [{"@type": "ReadAction", "target": [url]}],
            },
            {
                "@type": "ImageObject",
                "inLanguage": "fr-FR",
                "@id": f"{url}#primaryimage",
                "url": f"{base}/wp-content/uploads/2027/01/marguerite-jaquier.jpg",
                "width": 1600,
                "height": 1067,
                "caption": "Marguerite Jaquier en 2015, lors de son dernier spectacle à la tête de la troupe.",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{base}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Région",
                        "item": f"{base}/category/region/",
                    },
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": "Yverdon-les-Bains",
                        "item": f"{base}/category/region/yverdon-les-bains/",
                    },
                    {"@type": "ListItem", "position": 4, "name": title},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": f"{base}/",
                "name": "La Région",
                "description": "Le quotidien du Nord vaudois",
                "publisher": {"@id": f"{base}/#organization"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "La Région",
                "url": f"{base}/",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/2024/01/logo-la-region.svg",
                },
            },
            {"@type": "Person", "@id": person_id, "name": author, "url": f"{base}/author/crochat/"},
        ],
    }

    def widget(eid: str, kind: str, inner: str, extra: str = "") -> str:
        return (
            f'<div class="elementor-element elementor-element-{eid} {extra}elementor-widget elementor-widget-{kind}" data-id="{eid}" data-element_type="widget" data-widget_type="{kind}.default">\n'
            f'\t\t\t\t<div class="elementor-widget-container">\n\t\t\t\t\t{inner}\n\t\t\t\t</div>\n\t\t\t\t</div>'
        )

    def container(eid: str, inner: str, extra: str = "") -> str:
        return (
            f'<div class="elementor-element elementor-element-{eid} e-flex e-con-boxed e-con e-parent {extra}" data-id="{eid}" data-element_type="container">\n'
            f'\t\t\t\t\t<div class="e-con-inner">\n{inner}\n\t\t\t\t\t</div>\n\t\t\t\t</div>'
        )

    crumbs = (
        f'<p id="breadcrumbs"><span><span><a href="{base}/">Accueil</a></span> » <span><a href="{base}/category/region/">Région</a></span> » '
        f'<span><a href="{base}/category/region/yverdon-les-bains/">Yverdon-les-Bains</a></span> » <span class="breadcrumb_last" aria-current="page">{title}</span></span></p>'
    )
    info = (
        '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
        f'<li class="elementor-icon-list-item elementor-repeater-item-8a1c2f3 elementor-inline-item" itemprop="author"><a href="{base}/author/crochat/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author"><span class="elementor-post-info__item-prefix">Par</span> {author}</span></a></li>'
        '<li class="elementor-icon-list-item elementor-repeater-item-2d7e5b0 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>23 janvier 2027</time></span></li>'
        '<li class="elementor-icon-list-item elementor-repeater-item-6f04a9c elementor-inline-item" itemprop="about"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-tags"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="'
        + base
        + '/category/region/yverdon-les-bains/" class="elementor-post-info__terms-list-item">Yverdon-les-Bains</a></span></span></li>'
        "</ul>"
    )
    share = (
        '<div class="elementor-grid">'
        + "".join(
            f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{n}" role="button" tabindex="0" aria-label="Partager sur {n}"><span class="elementor-share-btn__icon"><i class="{icon}" aria-hidden="true"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">{label}</span></div></div></div>'
            for n, icon, label in [
                ("facebook", "fab fa-facebook", "Facebook"),
                ("whatsapp", "fab fa-whatsapp", "WhatsApp"),
                ("email", "fas fa-envelope", "E-mail"),
            ]
        )
        + "</div>"
    )
    posts = "".join(
        f'<article class="elementor-post elementor-grid-item post-{7000 + i} post type-post status-publish format-standard has-post-thumbnail hentry category-yverdon-les-bains"><a class="elementor-post__thumbnail__link" href="{t["url"]}/" tabindex="-1"><div class="elementor-post__thumbnail"><img width="300" height="200" src="{t["image"]}" class="attachment-medium size-medium wp-image-{9000 + i}" alt="" loading="lazy" /></div></a><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{t["url"]}/">{t["title"]}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">{t["date"]}</span></div></div></article>'
        for i, t in enumerate(teasers(558, 6, base, FILLER))
    )
    top = container(
        "3f9a1d2",
        "\n".join(
            [
                widget("71c0b8e", "breadcrumbs", crumbs),
                widget(
                    "0d2c7aa",
                    "post-info",
                    f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-custom"><a href="{base}/tag/necrologie/">Nécrologie</a></span></li></ul>',
                    "elementor-post-kicker ",
                ),
                widget(
                    "5a8e214",
                    "theme-post-title",
                    f'<h1 class="elementor-heading-title elementor-size-default">{title}</h1>',
                    "elementor-page-title ",
                ),
                widget("5b1c2f4", "theme-post-excerpt", lead),
                widget("9e3d5c1", "post-info", info),
                widget(
                    "c44a0f7",
                    "share-buttons",
                    share,
                    "elementor-share-buttons--view-icon elementor-share-buttons--skin-minimal elementor-share-buttons--shape-circle elementor-grid-0 ",
                ),
                widget(
                    "e1f6b93",
                    "theme-post-featured-image",
                    f'<figure class="wp-caption"><img fetchpriority="high" width="1024" height="683" src="{base}/wp-content/uploads/2027/01/marguerite-jaquier-1024x683.jpg" class="attachment-large size-large wp-image-88412" alt="" /><figcaption class="widget-image-caption wp-caption-text">Marguerite Jaquier en 2015, lors de son dernier spectacle à la tête de la troupe. © La Région / Michel Duperrex</figcaption></figure>',
                    "elementor-widget-image ",
                ),
                widget("b7d20e5", "theme-post-content", content),
                widget(
                    "f0a3c88",
                    "html",
                    f'<div class="avis-mortuaires-box"><p class="avis-mortuaires-box__title">Avis mortuaires</p><p>Consultez les avis mortuaires du Nord vaudois sur notre plateforme.</p><a href="{base}/avis-mortuaires/">Voir les avis</a></div>',
                ),
                widget(
                    "2a6e7f1",
                    "post-navigation",
                    f'<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="{base}/yverdon-le-conseil-communal-accepte-le-credit-pour-la-piscine/" rel="prev"><span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">Précédent</span><span class="post-navigation__prev--title">Yverdon: le Conseil communal accepte le crédit pour la piscine</span></span></a></div><div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="{base}/grandson-la-fete-du-chateau-cherche-des-benevoles/" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">Suivant</span><span class="post-navigation__next--title">Grandson: la fête du château cherche des bénévoles</span></span></a></div></div>',
                ),
            ]
        ),
    )
    related = container(
        "6d1b9e0",
        widget(
            "8c5f3a2",
            "heading",
            '<h2 class="elementor-heading-title elementor-size-default">À lire aussi</h2>',
        )
        + "\n"
        + widget(
            "4e9b0d6",
            "posts",
            f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">{posts}</div>',
            "elementor-grid-3 elementor-posts--thumbnail-top ",
        ),
    )
    header = container(
        "a11c0d4",
        widget(
            "c2b8e01",
            "theme-site-logo",
            f'<a href="{base}"><img width="280" height="60" src="{base}/wp-content/uploads/2024/01/logo-la-region.svg" class="attachment-full size-full" alt="La Région" /></a>',
            "elementor-widget-image ",
        )
        + "\n"
        + widget(
            "d93a7f2",
            "nav-menu",
            f'<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">{menu(5517, "elementor-nav-menu", base, ["Région", "Vaud", "Sports", "Culture", "Économie", "Agenda", "Avis mortuaires"], 5)}</nav>',
        )
        + "\n"
        + widget(
            "e0a5c13",
            "button",
            f'<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="{base}/abonnements/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">S’abonner</span></span></a></div>',
        ),
    )
    footer = container(
        "f3e2d10",
        widget(
            "1b4c6d8",
            "text-editor",
            "<p>La Région, le quotidien du Nord vaudois. Rue des Pêcheurs, Yverdon-les-Bains.</p>",
        )
        + "\n"
        + widget("2c5d7e9", "text-editor", "<p>© 2027 La Région – Tous droits réservés</p>"),
    )
    cmplz = (
        '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">\n'
        '\t<div class="cmplz-header">\n\t\t<div class="cmplz-logo"></div>\n\t\t<div class="cmplz-title" id="cmplz-header-1-optin">Gérer le consentement</div>\n\t\t<div class="cmplz-close" tabindex="0" role="button" aria-label="Fermer la boîte de dialogue"><svg aria-hidden="true" focusable="false" data-prefix="fas" data-icon="times" class="svg-inline--fa fa-times fa-w-11" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 352 512"><path fill="currentColor" d="M242.72 256l100.07-100.07c12.28-12.28 12.28-32.19 0-44.48l-22.24-22.24c-12.28-12.28-32.19-12.28-44.48 0L176 189.28 75.93 89.21c-12.28-12.28-32.19-12.28-44.48 0L9.21 111.45c-12.28 12.28-12.28 32.19 0 44.48L109.28 256 9.21 356.07c-12.28 12.28-12.28 32.19 0 44.48l22.24 22.24c12.28 12.28 32.2 12.28 44.48 0L176 322.72l100.07 100.07c12.28 12.28 32.2 12.28 44.48 0l22.24-22.24c12.28-12.28 12.28-32.19 0-44.48L242.72 256z"></path></svg></div>\n\t</div>\n'
        '\t<div class="cmplz-divider cmplz-divider-header"></div>\n\t<div class="cmplz-body">\n\t\t<div class="cmplz-message" id="cmplz-message-1-optin">Pour offrir les meilleures expériences, nous utilisons des technologies telles que les cookies pour stocker et/ou accéder aux informations des appareils. Le fait de consentir à ces technologies nous permettra de traiter des données telles que le comportement de navigation ou les ID uniques sur ce site.</div>\n\t</div>\n'
        '\t<div class="cmplz-buttons">\n\t\t<button class="cmplz-btn cmplz-accept">Accepter</button>\n\t\t<button class="cmplz-btn cmplz-deny">Refuser</button>\n\t\t<button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button>\n\t\t<button class="cmplz-btn cmplz-save-preferences">Enregistrer les préférences</button>\n\t</div>\n'
        '\t<div class="cmplz-links cmplz-documents">\n\t\t<ul>\n\t\t\t<li><a class="cmplz-link cookie-statement" href="#" data-relative_url="#cmplz-cookies-overview">Politique de cookies (UE)</a></li>\n\t\t\t<li><a class="cmplz-link privacy-statement" href="#" data-relative_url="#cmplz-privacy-statement">Déclaration de confidentialité (UE)</a></li>\n\t\t</ul>\n\t</div>\n'
        "</div></div>\n"
        '<div id="cmplz-manage-consent" data-nosnippet="true"><button class="cmplz-btn cmplz-hidden cmplz-manage-consent manage-consent-1">Gérer le consentement</button></div>'
    )
    page = f"""<!doctype html>
<html lang="fr-FR">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO Premium plugin v23.9 (Yoast SEO v23.9) - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{title} - La Région</title>
	<meta name="description" content="{flat(lead)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="fr_FR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{title}" />
	<meta property="og:description" content="{flat(lead)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="La Région" />
	<meta property="article:published_time" content="2027-01-22T23:15:00+00:00" />
	<meta property="og:image" content="{base}/wp-content/uploads/2027/01/marguerite-jaquier.jpg" />
	<meta property="og:image:width" content="1600" />
	<meta property="og:image:height" content="1067" />
	<meta name="author" content="{author}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Écrit par" />
	<meta name="twitter:data1" content="{author}" />
	<meta name="twitter:label2" content="Durée de lecture estimée" />
	<meta name="twitter:data2" content="2 minutes" />
	{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
	<!-- / Yoast SEO Premium plugin. -->


{emoji(base)}<link rel='stylesheet' id='elementor-frontend-css' href='{base}/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.10' media='all' />
<link rel='stylesheet' id='elementor-post-88410-css' href='{base}/wp-content/uploads/elementor/css/post-88410.css?ver=1737587700' media='all' />
<link rel='stylesheet' id='elementor-pro-css' href='{base}/wp-content/plugins/elementor-pro/assets/css/frontend.min.css?ver=3.25.4' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='{base}/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='{base}/wp-content/plugins/complianz-gdpr-premium/assets/css/cookieblocker.min.css?ver=1733150622' media='all' />
<style id='elementor-frontend-inline-css'>
.elementor-kit-6{{--e-global-color-primary:#004B87;--e-global-color-secondary:#54595F;--e-global-typography-primary-font-family:"Source Serif 4";}}
{css_blob(5517, "elementor-element", 300)}
</style>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/88410" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel='shortlink' href='{base}/?p=88410' />
			<style>.cmplz-hidden {{ display: none !important; }}</style><meta name="generator" content="Elementor 3.25.10; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
</head>
<body data-cmplz=1 class="post-template-default single single-post postid-88410 single-format-standard wp-custom-logo elementor-default elementor-template-full-width elementor-kit-6 elementor-page-88398">


<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>

		<div data-elementor-type="header" data-elementor-id="88391" class="elementor elementor-88391 elementor-location-header" data-elementor-post-type="elementor_library">
			{header}
				</div>
				<div data-elementor-type="single-post" data-elementor-id="88398" class="elementor elementor-88398 elementor-location-single post-88410 post type-post status-publish format-standard has-post-thumbnail hentry category-region category-yverdon-les-bains tag-necrologie tag-theatre" data-elementor-post-type="elementor_library">
			{top}
			{related}
				</div>
				<footer data-elementor-type="footer" data-elementor-id="88394" class="elementor elementor-88394 elementor-location-footer" data-elementor-post-type="elementor_library">
			{footer}
				</footer>

{cmplz}
<script id="elementor-frontend-js-before">
var elementorFrontendConfig = {{"environmentMode":{{"edit":false,"wpPreview":false,"isScriptDebug":false}},"i18n":{{"shareOnFacebook":"Partager sur Facebook","shareOnTwitter":"Partager sur Twitter","pinIt":"L\\u2019\\u00e9pingler","download":"T\\u00e9l\\u00e9charger"}},"is_rtl":false,"version":"3.25.10","urls":{{"assets":"https:\\/\\/www.laregion.ch\\/wp-content\\/plugins\\/elementor\\/assets\\/"}},"post":{{"id":88410,"title":"{title}%20-%20La%20R%C3%A9gion","excerpt":"","featuredImage":"https:\\/\\/www.laregion.ch\\/wp-content\\/uploads\\/2027\\/01\\/marguerite-jaquier-1024x683.jpg"}}}};
</script>
<script src="{base}/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.25.10" id="elementor-frontend-js"></script>
<script src="{base}/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.25.4" id="elementor-pro-frontend-js"></script>
<script id="cmplz-cookiebanner-js-extra">
var complianz = {{"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"31","version":"7.3.0","store_consent":"1","do_not_track_enabled":"","consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"https:\\/\\/www.laregion.ch\\/wp-json\\/complianz\\/v1\\/","locale":"lang=fr&locale=fr_FR","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"18","cookie_path":"\\/","categories":{{"statistics":"statistiques","marketing":"marketing"}}}};
</script>
<script defer src="{base}/wp-content/plugins/complianz-gdpr-premium/cookiebanner/js/complianz.min.js?ver=1733150622" id="cmplz-cookiebanner-js"></script>
</body>
</html>
"""
    write(
        "07_laregion_elementorpro_yoast_necrologie_breadcrumb_utc_previous_day",
        page,
        {
            "title": title,
            "publication": "La Région",
            "author": author,
            "section": "Yverdon-les-Bains",
            "date": datetime.date(2027, 1, 23),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [h1],
            "paragraphs": [flat(x) for x in p1 + p2 + quoted + p3],
            "notes": "Swiss regional daily on WordPress + Elementor Pro (Hello theme; the page "
            "is Elementor containers and widgets: theme-post-title h1, theme-post-excerpt = "
            "standfirst, post-info byline/date, theme-post-content = body). Yoast @graph with "
            "Article schema switched off: only a WebPage node (datePublished, author @id), no "
            "articleSection, no article:section -> the Yoast breadcrumb's last item before the "
            "article, 'Yverdon-les-Bains' (the 'Nécrologie' tag label above the h1 is a genre "
            "label). Obituary: one h2 subhead; blockquote.wp-block-quote of two paragraphs "
            "(text) with a <cite> (not text). Date: published 2027-01-22T23:15:00+00:00 = "
            "00:15 on 23 January in Yverdon (UTC+1); visible '23 janvier 2027' -> 23 January. "
            "Swiss «guillemets» without spaces. Elementor share buttons, featured image caption "
            "with credit, 'Avis mortuaires' box, post navigation, 'À lire aussi' posts widget "
            "and the Complianz banner (server-rendered HTML) are chrome.",
        },
    )


def page08() -> None:
    """Made in Marseille: WordPress Neve + Rank Math, interview, AddToAny and YARPP inside."""
    base = "https://madeinmarseille.net"
    url = f"{base}/148210-leila-benhamou-la-boucle-recyclerie-saint-louis-entretien/"
    title = "Leïla Benhamou : « À Saint-Louis, la recyclerie est devenue une place de village »"
    author = "Julien Ferracci"
    qa = [
        "<em><strong>Il y a cinq ans, Leïla Benhamou ouvrait La Boucle, une recyclerie "
        "associative installée dans un ancien entrepôt de pièces détachées du "
        "15<sup>e</sup> arrondissement. Aujourd’hui, le lieu emploie 14 salariés en insertion, "
        "a détourné 310 tonnes d’objets des déchetteries et accueille un café, un atelier vélo "
        "et des permanences administratives. Rencontre avec une fondatrice qui refuse qu’on "
        "parle de «&nbsp;projet&nbsp;».</strong></em>",
        "<strong>Comment est née La Boucle&nbsp;?</strong>",
        "D’une colère, d’abord. J’habitais la cité d’à côté et je voyais chaque semaine des "
        "canapés, des frigos, des jouets presque neufs finir sur le trottoir. En face, des "
        "familles qui n’avaient pas de quoi s’équiper. On a commencé à quatre, avec une "
        "camionnette prêtée par un garagiste du quartier.",
        "<strong>Qu’est-ce qui a changé en cinq ans&nbsp;?</strong>",
        "Les gens ne viennent plus seulement pour acheter une table à cinq euros. Ils viennent "
        "boire un café, réparer leur vélo, demander de l’aide pour un dossier de la CAF. La "
        "recyclerie est devenue une place de village, dans un quartier où il n’y a plus de "
        "place de village.",
    ]
    sub = "«&nbsp;Chaque année, on repasse devant les financeurs&nbsp;»"
    qa2 = [
        "<strong>Vous employez 14 personnes en insertion. Comment tenez-vous "
        "financièrement&nbsp;?</strong>",
        "Difficilement, comme tout le monde. La vente représente environ 40&nbsp;% de notre "
        "budget, le reste vient des aides à l’insertion et de la Métropole, au titre de la "
        "réduction des déchets. Chaque année, on repasse devant les financeurs en croisant les "
        "doigts.",
        "<strong>Le quartier change, avec l’arrivée de nouveaux programmes immobiliers. Vous "
        "craignez d’être chassés&nbsp;?</strong>",
        "Notre bail court jusqu’en 2029. Le propriétaire a déjà reçu des offres. On aimerait "
        "que la Ville nous aide à racheter le bâtiment, ou à trouver un autre lieu dans le "
        "secteur. Partir à l’autre bout de Marseille, ce serait tout perdre.",
    ]
    quote = "«&nbsp;Partir à l’autre bout de Marseille, ce serait tout perdre.&nbsp;»"
    qa3 = [
        "<strong>Quel est le prochain chantier&nbsp;?</strong>",
        "Une matériauthèque pour les artisans et les particuliers qui rénovent. Les chantiers "
        "du coin jettent des tonnes de carrelage, de bois, de portes. On voudrait les "
        "récupérer, les trier et les revendre à petit prix. On attend la réponse de l’Ademe "
        "pour le printemps.",
    ]
    a2a = (
        '<div class="addtoany_share_save_container addtoany_content addtoany_content_{pos}"><div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="'
        + url
        + '" data-a2a-title="'
        + flat(title)
        + '"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl='
        + url
        + '&amp;linkname=Le%C3%AFla%20Benhamou" title="Facebook" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_x" href="https://www.addtoany.com/add_to/x?linkurl='
        + url
        + '" title="X" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_whatsapp" href="https://www.addtoany.com/add_to/whatsapp?linkurl='
        + url
        + '" title="WhatsApp" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_linkedin" href="https://www.addtoany.com/add_to/linkedin?linkurl='
        + url
        + '" title="LinkedIn" rel="nofollow noopener" target="_blank"></a><a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>'
    )
    rel = teasers(559, 10, base, FILLER)
    yarpp = (
        "<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n<!-- YARPP List -->\n"
        "<h3>Sur le même sujet&nbsp;:</h3><ol>\n"
        + "\n".join(
            f'<li><a href="{t["url"]}/" rel="bookmark" title="{t["title"]}">{t["title"]}</a></li>'
            for t in rel[:4]
        )
        + "\n</ol>\n</div>"
    )
    body = "\n".join(
        [
            a2a.format(pos="top"),
            paras(*qa),
            f'<h2 class="wp-block-heading">{sub}</h2>',
            paras(*qa2),
            f'<figure class="wp-block-pullquote has-border-color" style="border-color:#e4003a"><blockquote><p>{quote}</p><cite>Leïla Benhamou</cite></blockquote></figure>',
            paras(*qa3),
            f"<p><em>Propos recueillis par {author}</em></p>",
            '<div class="wp-block-group newsletter-mim has-background" style="background-color:#fdeef2"><div class="wp-block-group__inner-container is-layout-constrained"><p class="has-text-align-center"><strong>Recevez chaque matin l’essentiel de l’actu marseillaise</strong></p><div class="sib-form"><form id="sib-form" method="POST" action="https://b7e1a.r.sp1-brevo.net/serve/MUIFAGx"><input class="input" type="text" id="EMAIL" name="EMAIL" autocomplete="off" placeholder="Votre e-mail" /><button class="sib-form-block__button" form="sib-form" type="submit">Je m’inscris</button></form></div></div></div>',
            a2a.format(pos="bottom"),
            yarpp,
        ]
    )
    desc = "Il y a cinq ans, Leïla Benhamou ouvrait La Boucle, une recyclerie associative du 15e arrondissement. Rencontre."
    person_id = f"{base}/author/julien-ferracci/"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Made in Marseille",
                "sameAs": [
                    "https://www.facebook.com/madeinmarseille",
                    "https://www.instagram.com/madeinmarseille/",
                ],
                "logo": {
                    "@type": "ImageObject",
                    "@id": f"{base}/#logo",
                    "url": f"{base}/wp-content/uploads/2023/09/logo-mim.png",
                    "caption": "Made in Marseille",
                    "inLanguage": "fr-FR",
                },
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base,
                "name": "Made in Marseille",
                "publisher": {"@id": f"{base}/#organization"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "ImageObject",
                "@id": f"{base}/wp-content/uploads/2027/02/la-boucle-recyclerie.jpg",
                "url": f"{base}/wp-content/uploads/2027/02/la-boucle-recyclerie.jpg",
                "width": "1600",
                "height": "1067",
                "inLanguage": "fr-FR",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": "1",
                        "item": {"@id": base, "name": "Accueil"},
                    },
                    {
                        "@type": "ListItem",
                        "position": "2",
                        "item": {"@id": f"{base}/societe/", "name": "Société"},
                    },
                    {
                        "@type": "ListItem",
                        "position": "3",
                        "item": {"@id": url, "name": flat(title)},
                    },
                ],
            },
            {
                "@type": "WebPage",
                "@id": f"{url}#webpage",
                "url": url,
                "name": flat(title),
                "datePublished": "2027-02-15T07:00:00+01:00",
                "dateModified": "2027-02-15T08:47:13+01:00",
                "isPartOf": {"@id": f"{base}/#website"},
                "inLanguage": "fr-FR",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            {
                "@type": "Person",
                "@id": person_id,
                "name": author,
                "url": person_id,
                "worksFor": {"@id": f"{base}/#organization"},
            },
            {
                "@type": "BlogPosting",
                "headline": flat(title),
                "keywords": "recyclerie,économie sociale et solidaire,15e arrondissement",
                "datePublished": "2027-02-15T07:00:00+01:00",
                "dateModified": "2027-02-15T08:47:13+01:00",
                "articleSection": "Société",
                "author": {"@id": person_id, "name": author},
                "publisher": {"@id": f"{base}/#organization"},
                "description": desc,
                "name": flat(title),
                "@id": f"{url}#richSnippet",
                "isPartOf": {"@id": f"{url}#webpage"},
                "image": {"@id": f"{base}/wp-content/uploads/2027/02/la-boucle-recyclerie.jpg"},
                "inLanguage": "fr-FR",
                "mainEntityOfPage": {"@id": f"{url}#webpage"},
            },
        ],
    }
    nav = menu(
        5508,
        "nav-ul",
        base,
        ["Société", "Économie", "Environnement", "Culture", "Sport", "Quartiers", "Agenda"],
        6,
    )
    more = "".join(
        f'<article class="layout-grid col-12 nv-non-grid-article has-post-thumbnail"><div class="article-content-col"><div class="content"><div class="nv-post-thumbnail-wrap img-wrap"><a href="{t["url"]}/" rel="bookmark" title="{t["title"]}"><img width="930" height="620" src="{t["image"]}" class="skip-lazy wp-post-image" alt="" /></a></div><h2 class="blog-entry-title entry-title"><a href="{t["url"]}/" rel="bookmark">{t["title"]}</a></h2></div></div></article>'
        for t in rel[4:8]
    )
    comments = (
        '<div id="comments" class="comments-area"><div class="nv-comments-wrap"><div class="nv-comments-title-wrap"><h2 class="comments-title">1 commentaire</h2></div>'
        '<ol class="nv-comments-list"><li class="comment even thread-even depth-1" id="comment-51907"><article id="div-comment-51907" class="nv-comment-article"><div class="nv-comment-header"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/9a?s=50&#038;d=mm&#038;r=g" class="avatar avatar-50 photo" height="50" width="50" loading="lazy"/><span class="fn author">Sonia B.</span><a href="#comment-51907"><time datetime="2027-02-15T12:04:19+01:00">15 février 2027 à 12h04</time></a></div></div><div class="nv-comment-content comment nv-content-wrap"><p>J’y ai trouvé tout le mobilier de mon fils pour son premier appartement. Longue vie à La Boucle !</p></div></article></li></ol></div>'
        f'<div id="respond" class="comment-respond nv-is-boxed"><h2 id="reply-title" class="comment-reply-title">Laisser un commentaire</h2><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="button button-primary" value="Laisser un commentaire" /></p></form></div></div>'
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">

<head>

	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
	<link rel="profile" href="http://gmpg.org/xfn/11">
			<link rel="pingback" href="{base}/xmlrpc.php">
		<script>window.axeptioSettings={{clientId:"63f1c2a9b0e84d0012a7c3e1",cookiesVersion:"madeinmarseille-fr-EU",googleConsentMode:{{default:{{analytics_storage:"denied",ad_storage:"denied",ad_user_data:"denied",ad_personalization:"denied",wait_for_update:500}}}}}};(function(d,s){{var t=d.getElementsByTagName(s)[0],e=d.createElement(s);e.async=true;e.src="//static.axept.io/sdk.js";t.parentNode.insertBefore(e,t);}})(document,"script");</script>

<!-- Optimisation des moteurs de recherche par Rank Math PRO - https://rankmath.com/ -->
<title>{flat(title)} - Made in Marseille</title>
<meta name="description" content="{desc}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{flat(title)} - Made in Marseille" />
<meta property="og:description" content="{desc}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Made in Marseille" />
<meta property="article:publisher" content="https://www.facebook.com/madeinmarseille" />
<meta property="article:tag" content="recyclerie" />
<meta property="article:tag" content="économie sociale et solidaire" />
<meta property="article:section" content="Société" />
<meta property="og:updated_time" content="2027-02-15T08:47:13+01:00" />
<meta property="og:image" content="{base}/wp-content/uploads/2027/02/la-boucle-recyclerie.jpg" />
<meta property="og:image:width" content="1600" />
<meta property="og:image:height" content="1067" />
<meta property="article:published_time" content="2027-02-15T07:00:00+01:00" />
<meta property="article:modified_time" content="2027-02-15T08:47:13+01:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{flat(title)} - Made in Marseille" />
<meta name="twitter:site" content="@MadeInMarseille" />
<meta name="twitter:label1" content="Écrit par" />
<meta name="twitter:data1" content="{author}" />
<meta name="twitter:label2" content="Temps de lecture" />
<meta name="twitter:data2" content="3 minutes" />
{json_script(graph, 'type="application/ld+json" class="rank-math-schema-pro"')}
<!-- /Plugin WordPress Rank Math SEO -->
<link rel='dns-prefetch' href='//static.addtoany.com' />
{emoji(base)}<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='yarppRelatedCss-css' href='{base}/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.11' media='all' />
<link rel='stylesheet' id='neve-style-css' href='{base}/wp-content/themes/neve/style-main-new.min.css?ver=3.8.13' media='all' />
<style id='neve-style-inline-css'>
.nv-meta-list li.meta:not(:last-child):after {{ content:"/" }}.nv-meta-list .no-mobile{{display:none;}}
:root{{ --container: 748px;--postwidth:100%; --primarybtnbg: #e4003a; --nv-primary-accent: #e4003a; --nv-secondary-accent: #1a1a1a;}}
{css_blob(5518, "nv", 300)}
</style>
<link rel='stylesheet' id='addtoany-css' href='{base}/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' media='all' />
<script id="addtoany-core-js-before">
window.a2a_config=window.a2a_config||{{}};a2a_config.callbacks=[];a2a_config.overlays=[];a2a_config.templates={{}};a2a_localize = {{
	Share: "Partager",
	Save: "Enregistrer",
	Subscribe: "S'abonner",
	Email: "E-mail",
	Bookmark: "Signet",
	ShowAll: "Montrer tout",
	ShowLess: "Montrer moins",
	FindServices: "Trouver des service(s)",
	FindAnyServiceToAddTo: "Trouver instantan&eacute;ment des services &agrave; ajouter &agrave;",
	PoweredBy: "Propuls&eacute; par",
	ShareViaEmail: "Partager par e-mail",
	CopyLink: "Copier le lien"
}};
</script>
<script defer src="https://static.addtoany.com/menu/page.js" id="addtoany-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/148210" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel='shortlink' href='{base}/?p=148210' />
	</head>

<body  class="post-template-default single single-post postid-148210 single-format-standard wp-custom-logo nv-blog-grid nv-sidebar-full-width menu_sidebar_slide_left" id="neve_body"  >
<div class="wrapper">

	<header class="header"  >
		<a class="neve-skip-link show-on-focus" href="#content" >Aller au contenu</a>
		<div id="header-grid"  class="hfg_header site-header">

<nav class="header--row header-main hide-on-mobile hide-on-tablet layout-full-contained nv-navbar header--row"
	data-row-id="main" data-show-on="desktop">

	<div
		class="header--row-inner header-main-inner">
		<div class="container">
			<div
				class="row row--wrapper"
				data-section="hfg_header_layout_main" >
				<div class="hfg-slot left"><div class="builder-item desktop-left"><div class="item--inner builder-item--logo" data-section="title_tagline" data-item-id="logo">

<div class="site-logo">
	<a class="brand" href="{base}/" aria-label="Made in Marseille L'actualité positive de Marseille" rel="home"><img width="240" height="64" src="{base}/wp-content/uploads/2023/09/logo-mim.png" class="neve-site-logo skip-lazy" alt="Made in Marseille" decoding="async" /></a></div>
	</div>

</div></div><div class="hfg-slot right"><div class="builder-item has-nav"><div class="item--inner builder-item--primary-menu has_menu" data-section="header_menu_primary" data-item-id="primary-menu">
	<div class="nv-nav-wrap">
	<div role="navigation" class="nav-menu-primary style-border-bottom m-style" aria-label="Menu principal">
			{nav}
	</div>
</div>

	</div>

</div></div>							</div>
		</div>
	</div>
</nav>

</div>
	</header>




	<main id="content" class="neve-main">

	<div class="container single-post-container">
		<div class="row">
						<article id="post-148210"
					class="nv-single-post-wrap col post-148210 post type-post status-publish format-standard has-post-thumbnail hentry category-societe tag-economie-sociale-et-solidaire tag-recyclerie">
				<div class="entry-header" ><div class="nv-title-meta-wrap"><small class="nv--yoast-breadcrumb neve-breadcrumbs-wrapper"><nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="{base}">Accueil</a><span class="separator"> &raquo; </span><a href="{base}/societe/">Société</a><span class="separator"> &raquo; </span><span class="last">{flat(title)}</span></p></nav></small><p class="nv-post-kicker"><a href="{base}/tag/entretien/">Entretien</a></p><h1 class="title entry-title">{title}</h1><ul class="nv-meta-list"><li  class="meta author vcard "><img class="photo" alt="{author}" src="https://secure.gravatar.com/avatar/cc1?s=20&#038;d=mm&#038;r=g" />&nbsp;<span class="author-name fn">par <a href="{base}/author/julien-ferracci/" title="Articles par {author}" rel="author">{author}</a></span></li><li class="meta date posted-on "><time class="entry-date published" datetime="2027-02-15T07:00:00+01:00" content="2027-02-15">15 février 2027</time><time class="updated" datetime="2027-02-15T08:47:13+01:00">15 février 2027</time></li><li class="meta category last"><a href="{base}/societe/" rel="category tag">Société</a></li></ul></div></div><div class="nv-thumb-wrap"><img width="930" height="620" src="{base}/wp-content/uploads/2027/02/la-boucle-recyclerie-930x620.jpg" class="skip-lazy wp-post-image" alt="" decoding="async" fetchpriority="high" /><p class="nv-thumb-caption">Leïla Benhamou dans l’atelier de La Boucle, à Saint-Louis. Photo : J.F.</p></div><div class="nv-content-wrap entry-content">{body}</div><div class="nv-tags-list"><span>Étiquettes:</span><a href={base}/tag/economie-sociale-et-solidaire/ title="économie sociale et solidaire" class=economie-sociale-et-solidaire rel="tag">économie sociale et solidaire</a><a href={base}/tag/recyclerie/ title="recyclerie" class=recyclerie rel="tag">recyclerie</a></div> <div class="nv-post-navigation"><div class="previous"><a href="{rel[8]["url"]}/" rel="prev"><span class="nav-direction">précédent</span><span>{rel[8]["title"]}</span></a></div><div class="next"><a href="{rel[9]["url"]}/" rel="next"><span class="nav-direction">suivant</span><span>{rel[9]["title"]}</span></a></div></div>
{comments}
			</article>
					</div>
	</div>

<div class="container"><div class="nv-related-posts"><h2 class="section-title">Vous aimerez aussi</h2><div class="posts-wrapper row">{more}</div></div></div>
</main><!--/.neve-main-->

<footer class="site-footer" id="site-footer"  >
	<div class="hfg_footer">
		<div class="footer--row footer-bottom hide-on-mobile hide-on-tablet layout-full-contained" id="cb-row--footer-desktop-bottom" data-row-id="bottom" data-show-on="desktop">
			<div class="footer--row-inner footer-bottom-inner footer-content-wrap">
				<div class="container">
					<div class="hfg-grid nv-footer-content hfg-grid-bottom row--wrapper row">
						<div class="hfg-slot left"><div class="builder-item cr"><div class="item--inner"><div class="component-wrap"><div><p>© 2027 Made in Marseille – Média indépendant marseillais</p></div></div></div></div></div>
					</div>
				</div>
			</div>
		</div>
	</div>
</footer>

</div><!--/.wrapper-->
<script id="neve-script-js-extra">
var NeveProperties = {{"ajaxurl":"https:\\/\\/madeinmarseille.net\\/wp-admin\\/admin-ajax.php","nonce":"e39b1f40c2","isRTL":"","isCustomize":""}};
</script>
<script src="{base}/wp-content/themes/neve/assets/js/build/modern/frontend.js?ver=3.8.13" id="neve-script-js" async></script>
<script src="{base}/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
</body>

</html>
"""
    write(
        "08_madeinmarseille_neve_rankmath_entretien_addtoany_yarpp",
        page,
        {
            "title": flat(title),
            "publication": "Made in Marseille",
            "author": author,
            "section": "Société",
            "date": datetime.date(2027, 2, 15),
            "source_url": url,
            "subheads": [flat(sub)],
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in qa + qa2 + qa3],
            "notes": "French local pure player on WordPress, Neve theme (nv-title-meta-wrap, "
            "nv-meta-list, nv-content-wrap entry-content) with Rank Math PRO: BlogPosting "
            "with articleSection 'Société' (= article:section and the Rank Math breadcrumb); "
            "the 'Entretien' label above the h1 is a genre label. Interview: presentation "
            "paragraph in <em><strong> (a body paragraph, no standfirst), questions in "
            "<p><strong> (paragraphs), one h2 subhead in guillemets; "
            "figure.wp-block-pullquote repeating an answer's sentence, its cite no text. "
            "'Propos recueillis par Julien Ferracci' closing line is a signature (chrome). "
            "Plugins inside entry-content that are chrome: AddToAny share kits at the top and "
            "the bottom, a Brevo newsletter group, YARPP related list with its h3 'Sur le même "
            "sujet :'. '15<sup>e</sup>' -> '15e'. Published 07:00+01:00; comment dated the "
            "same day; Axeptio loader; Neve related posts and footer.",
        },
    )
