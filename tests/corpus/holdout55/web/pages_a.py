# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 01-04 of holdout55/web (Sénégal, Côte d'Ivoire, Maroc, Cameroun)."""

import datetime
import json

from kit import FILLER, css_blob, flat, json_script, menu, paras, teasers, write

EMOJI = (
    '<script type="text/javascript">\n/* <![CDATA[ */\nwindow._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"%s\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.7.1"}};\n'
    "/*! This file is auto-generated */\n!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}}(window,document);\n/* ]]> */\n</script>\n"
    "<style id='wp-emoji-styles-inline-css' type='text/css'>\n\timg.wp-smiley, img.emoji {\n\t\tdisplay: inline !important;\n\t\tborder: none !important;\n\t\tbox-shadow: none !important;\n\t\theight: 1em !important;\n\t\twidth: 1em !important;\n\t\tmargin: 0 0.07em !important;\n\t\tvertical-align: -0.1em !important;\n\t\tbackground: none !important;\n\t\tpadding: 0 !important;\n\t}\n</style>\n"
)


def emoji(base: str) -> str:
    """WordPress core's emoji loader, with the site's address in it."""
    return EMOJI % base.replace("/", "\\/")


def page01() -> None:
    """Sud Quotidien: WordPress Sahifa + Yoast, court report, bold lead inside the body."""
    base = "https://www.sudquotidien.sn"
    slug = "pikine-guediawaye-deux-ans-dont-six-mois-ferme-pour-le-gerant-dune-agence-de-transfert"
    url = f"{base}/{slug}/"
    title = (
        "Pikine-Guédiawaye : deux ans dont six mois ferme pour le gérant d'une agence de transfert"
    )
    author = "Ndèye Awa Thiam"
    p = [
        "<strong>Poursuivi pour abus de confiance portant sur 38,6 millions de francs CFA, "
        "Ousmane Badji, gérant d'une agence de transfert d'argent de Golf Sud, a été reconnu "
        "coupable hier par le tribunal de grande instance de Pikine-Guédiawaye. Il devra "
        "également rembourser l'intégralité de la somme à son employeur.</strong>",
        "L'affaire remonte au mois de juillet dernier. Lors d'un contrôle inopiné, les "
        "auditeurs de la société Sama Transfert avaient constaté un écart important entre les "
        "fonds déclarés par l'agence de Golf Sud et les opérations enregistrées dans le "
        "système. En l'espace de cinq mois, près de 212 retraits fictifs avaient été saisis au "
        "nom de clients qui ne s'étaient jamais présentés au guichet.",
        "À la barre, le prévenu, âgé de 34 ans, a reconnu les faits tout en contestant le "
        "montant. « Je n'ai jamais pris 38 millions. J'ai emprunté de l'argent de la caisse "
        "pour soigner ma mère et je comptais le remettre », a-t-il déclaré, la voix étranglée. "
        "Il a expliqué avoir ensuite tenté de combler le trou en misant sur des paris sportifs "
        "en ligne, ce qui n'a fait qu'aggraver la situation.",
        "Une version que l'avocat de la partie civile, Me Abdoulaye Faye, a balayée d'un "
        "revers de main. « Ce n'est pas un emprunt, c'est un système. On ne saisit pas 212 "
        "opérations fictives par accident », a-t-il plaidé, réclamant 45 millions de francs "
        "CFA de dommages et intérêts.",
        "Le procureur a requis trois ans d'emprisonnement dont un an ferme. Pour la défense, "
        "Me Marième Diallo a plaidé la clémence en insistant sur la situation familiale de son "
        "client, père de deux enfants, et sur sa collaboration avec les enquêteurs de la Sûreté "
        "urbaine de Guédiawaye.",
        "Dans son délibéré, le tribunal a retenu l'abus de confiance mais écarté le faux en "
        "écriture informatique, faute d'expertise technique versée au dossier. Le président a "
        "motivé sa décision en ces termes :",
    ]
    quoted = [
        "« Attendu qu'il résulte des débats et des pièces du dossier que le prévenu, en sa "
        "qualité de gérant, a détourné à des fins personnelles des fonds qui ne lui avaient été "
        "remis qu'à charge de les représenter ; que le préjudice subi par la partie civile est "
        "certain et actuel ;",
        "Qu'il y a lieu, compte tenu de l'absence d'antécédents judiciaires du prévenu, "
        "d'assortir la peine d'un sursis partiel. »",
    ]
    last = [
        "Ousmane Badji, placé sous mandat de dépôt depuis le 4 octobre, a déjà purgé un peu "
        "plus de trois mois. Il est condamné à payer 38,6 millions de francs CFA à Sama "
        "Transfert, ainsi que 5 millions de dommages et intérêts. Ses avocats disposent de dix "
        "jours pour interjeter appel.",
    ]
    also = (
        f'<p><strong>LIRE AUSSI :</strong> <a href="{base}/thiaroye-un-agent-de-la-senelec-juge-pour-detournement-de-compteurs/">'
        "Thiaroye : un agent de la Senelec jugé pour détournement de compteurs</a></p>"
    )
    ad = (
        "<div class='code-block code-block-2' style='margin: 8px auto; text-align: center; display: block; clear: both;'>\n"
        '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-4417350091286624" crossorigin="anonymous"></script>\n'
        '<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-4417350091286624" data-ad-slot="5192840317"></ins>\n'
        "<script>\n     (adsbygoogle = window.adsbygoogle || []).push({});\n</script></div>"
    )
    body = "\n".join(
        [
            paras(*p[:4]),
            also,
            paras(p[4]),
            ad,
            paras(p[5]),
            "<blockquote>\n" + paras(*quoted) + "\n</blockquote>",
            paras(*last),
        ]
    )
    desc = flat(p[0])[:150] + "..."
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": author, "@id": f"{base}/#/schema/person/5e0b3c1f7a2d"},
                "headline": title,
                "datePublished": "2027-01-20T10:05:12+00:00",
                "dateModified": "2027-01-20T10:41:37+00:00",
                "mainEntityOfPage": {"@id": url},
                "wordCount": 512,
                "commentCount": 2,
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "thumbnailUrl": f"{base}/wp-content/uploads/2027/01/tgi-pikine-guediawaye.jpg",
                "keywords": ["Guédiawaye", "Tribunal", "Abus de confiance"],
                "articleSection": ["Justice", "Société"],
                "inLanguage": "fr-FR",
                "potentialAction": [
                    {"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}
                ],
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{title} - Sud Quotidien",
                "isPartOf": {"@id": f"{base}/#website"},
                "primaryImageOfPage": {"@id": f"{url}#primaryimage"},
                "datePublished": "2027-01-20T10:05:12+00:00",
                "dateModified": "2027-01-20T10:41:37+00:00",
                "description": desc,
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "ImageObject",
                "inLanguage": "fr-FR",
                "@id": f"{url}#primaryimage",
                "url": f"{base}/wp-content/uploads/2027/01/tgi-pikine-guediawaye.jpg",
                "width": 1200,
                "height": 675,
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{base}/"},
                    {"@type": "ListItem", "position": 2, "name": title},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": f"{base}/",
                "name": "Sud Quotidien",
                "description": "Le quotidien de référence",
                "publisher": {"@id": f"{base}/#organization"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Sud Quotidien",
                "url": f"{base}/",
                "logo": {
                    "@type": "ImageObject",
                    "@id": f"{base}/#/schema/logo/image/",
                    "url": f"{base}/wp-content/uploads/2023/04/logo-sud.png",
                    "caption": "Sud Quotidien",
                },
                "sameAs": ["https://www.facebook.com/sudquotidien", "https://x.com/sudquotidien"],
            },
            {
                "@type": "Person",
                "@id": f"{base}/#/schema/person/5e0b3c1f7a2d",
                "name": author,
                "url": f"{base}/author/ndeye-awa-thiam/",
            },
        ],
    }
    nav = menu(
        5501,
        "menu",
        base,
        [
            "Politique",
            "Économie",
            "Société",
            "Justice",
            "Régions",
            "Sport",
            "Culture",
            "International",
        ],
        6,
    )
    rel = teasers(551, 12, base, FILLER)
    related = "".join(
        f'<div class="related-item"><div class="post-thumbnail"><a href="{t["url"]}/"><img width="310" height="165" src="{t["image"]}" class="attachment-tie-medium size-tie-medium wp-post-image" alt="" decoding="async" /><span class="fa overlay-icon"></span></a></div><h3><a href="{t["url"]}/" rel="bookmark">{t["title"]}</a></h3><p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>il y a {i + 2} jours</span></p></div>'
        for i, t in enumerate(rel[:3])
    )
    popular = "".join(
        f'<li><div class="post-thumbnail"><a href="{t["url"]}/" rel="bookmark"><img width="110" height="75" src="{t["image"]}" class="attachment-tie-small size-tie-small wp-post-image" alt="" /></a></div><h3><a href="{t["url"]}/">{t["title"]}</a></h3> <span class="tie-date"><i class="fa fa-clock-o"></i>il y a {i + 1} semaines</span></li>'
        for i, t in enumerate(rel[3:])
    )
    comments = "".join(
        f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><div id="comment-{cid}" class="comment-wrap"><div class="comment-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{cid}0f?s=65&#038;d=mm&#038;r=g" class="avatar avatar-65 photo" height="65" width="65" loading="lazy" decoding="async"/></div><div class="comment-content"><div class="author-comment"><cite class="fn">{who}</cite> <div class="comment-meta commentmetadata"><a href="{url}#comment-{cid}">{when}</a></div><div class="clear"></div></div><p>{text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}">Répondre</a></div></div></li>'
        for cid, who, when, text in [
            (
                "90412",
                "Modou",
                "21 janvier 2027 à 8 h 12 min",
                "Six mois pour 38 millions. Pendant ce temps le petit voleur de téléphone prend deux ans.",
            ),
            (
                "90415",
                "Aminata S.",
                "21 janvier 2027 à 9 h 40 min",
                "Les agences de transfert doivent renforcer les contrôles, ce n'est pas la première fois.",
            ),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{base}/xmlrpc.php" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{title} - Sud Quotidien</title>
	<meta name="description" content="{desc}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="fr_FR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{title} - Sud Quotidien" />
	<meta property="og:description" content="{desc}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="Sud Quotidien" />
	<meta property="article:publisher" content="https://www.facebook.com/sudquotidien" />
	<meta property="article:published_time" content="2027-01-20T10:05:12+00:00" />
	<meta property="article:modified_time" content="2027-01-20T10:41:37+00:00" />
	<meta property="og:image" content="{base}/wp-content/uploads/2027/01/tgi-pikine-guediawaye.jpg" />
	<meta property="og:image:width" content="1200" />
	<meta property="og:image:height" content="675" />
	<meta property="og:image:type" content="image/jpeg" />
	<meta name="author" content="{author}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:creator" content="@sudquotidien" />
	<meta name="twitter:site" content="@sudquotidien" />
	<meta name="twitter:label1" content="Écrit par" />
	<meta name="twitter:data1" content="{author}" />
	<meta name="twitter:label2" content="Durée de lecture estimée" />
	<meta name="twitter:data2" content="3 minutes" />
	{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Sud Quotidien &raquo; Flux" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="Sud Quotidien &raquo; Flux des commentaires" href="{base}/comments/feed/" />
<link rel="alternate" type="application/rss+xml" title="Sud Quotidien &raquo; {title} Flux des commentaires" href="{url}feed/" />
{emoji(base)}<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' type='text/css' media='all' />
<link rel='stylesheet' id='tie-style-css' href='{base}/wp-content/themes/sahifa/style.css?ver=6.7.1' type='text/css' media='all' />
<link rel='stylesheet' id='tie-ilightbox-skin-css' href='{base}/wp-content/themes/sahifa/css/ilightbox/dark-skin/skin.css?ver=6.7.1' type='text/css' media='all' />
<link rel='stylesheet' id='Droid+Sans-css' href='https://fonts.googleapis.com/css?family=Droid+Sans%3Aregular%2C700' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/48213" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel='shortlink' href='{base}/?p=48213' />
<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url={url}" />
<link rel="shortcut icon" href="{base}/wp-content/uploads/2023/04/favicon-sud.png" title="Favicon" />
<!--[if IE]>
<script type="text/javascript">jQuery(document).ready(function (){{ jQuery(".menu-item").has("ul").children("a").attr("aria-haspopup", "true");}});</script>
<![endif]-->
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<style type="text/css" media="screen">
body{{font-family: 'Droid Sans';}}
#main-nav,.cat-box-content,#sidebar .widget-container,.post-listing,#commentform {{border-bottom-color: #e2001a;}}
.search-block .search-button,#topcontrol,#main-nav ul li.current-menu-item a,.top-nav ul li.current-menu-item:after {{background-color: #e2001a;}}
{css_blob(5511, "tie", 260)}
</style>
</head>
<body id="top" class="post-template-default single single-post postid-48213 single-format-standard lazy-enabled">

<div class="wrapper-outer">

	<div class="background-cover"></div>

	<aside id="slide-out">
		<div class="search-mobile"><form method="get" id="searchform-mobile" action="{base}/"><button class="search-button" type="submit" value="Rechercher"><i class="fa fa-search"></i></button><input type="text" id="s-mobile" name="s" title="Rechercher" value="Rechercher" /></form></div>
		<div id="mobile-menu" ></div>
	</aside>

	<div id="wrapper" class="wide-layout">
		<div class="inner-wrapper">

		<header id="theme-header" class="theme-header">
			<div id="top-nav" class="top-nav">
				<div class="container">
					<span class="today-date">jeudi 21 janvier 2027</span>
					<div class="top-menu"><ul id="menu-top" class="menu"><li class="menu-item"><a href="{base}/qui-sommes-nous/">Qui sommes-nous</a></li><li class="menu-item"><a href="{base}/contact/">Contact</a></li><li class="menu-item"><a href="{base}/edition-du-jour/">Édition du jour</a></li></ul></div>
					<div class="social-icons"><a class="ttip-none" title="Facebook" href="https://www.facebook.com/sudquotidien" target="_blank"><i class="fa fa-facebook"></i></a><a class="ttip-none" title="Twitter" href="https://x.com/sudquotidien" target="_blank"><i class="fa fa-twitter"></i></a></div>
				</div>
			</div>
			<div class="header-content">
				<a id="slide-out-open" class="slide-out-open" href="#"><span></span></a>
				<div class="logo" style=" margin-top:15px; margin-bottom:15px;">
				<h2>								<a title="Sud Quotidien" href="{base}/">
					<img src="{base}/wp-content/uploads/2023/04/logo-sud.png" alt="Sud Quotidien"  /><strong>Sud Quotidien Le quotidien de référence</strong>
				</a>
				</h2>				</div>
				<div class="e3lan e3lan-top"><a href="{base}/publicite/" title=""><img src="{base}/wp-content/uploads/2026/11/banniere-728x90.gif" alt="" /></a></div>
				<div class="clear"></div>
			</div>
			<nav id="main-nav" class="fixed-enabled">
				<div class="container">
					<div class="main-menu">{nav}</div>
				</div>
			</nav>
		</header>

	<div id="main-content" class="container">
	<div class="content">
		<div id="crumbs"><span><a class="crumbs-home" href="{base}/">Accueil</a></span> <span class="delimiter">/</span> <span><a href="{base}/category/justice/">Justice</a></span> <span class="delimiter">/</span> <span class="current">{title}</span></div>
		<div class="e3lan e3lan-post"><a href="{base}/publicite/"><img src="{base}/wp-content/uploads/2026/11/banniere-468.gif" alt="" /></a></div>

		<article class="post-listing post-48213 post type-post status-publish format-standard has-post-thumbnail hentry category-justice category-societe tag-abus-de-confiance tag-guediawaye tag-tribunal" id="the-post">

			<div class="single-post-thumb">
				<img width="660" height="330" src="{base}/wp-content/uploads/2027/01/tgi-pikine-guediawaye-660x330.jpg" class="attachment-slider size-slider wp-post-image" alt="" decoding="async" fetchpriority="high" />
			</div>
			<div class="single-post-caption">Le tribunal de grande instance de Pikine-Guédiawaye (Photo d'archives)</div>

			<div class="post-inner">

				<h1 class="name post-title entry-title"><span itemprop="name">{title}</span></h1>

				<p class="post-meta">
					<span class="post-meta-author"><i class="fa fa-user"></i><a href="{base}/author/ndeye-awa-thiam/" title="">{author} </a></span>
					<span class="tie-date"><i class="fa fa-clock-o"></i>il y a 1 jour</span>
					<span class="post-cats"><i class="fa fa-folder"></i><a href="{base}/category/justice/" rel="category tag">Justice</a>, <a href="{base}/category/societe/" rel="category tag">Société</a></span>
					<span class="post-comments"><i class="fa fa-comments"></i><a href="{url}#comments">2 commentaires</a></span>
					<span class="post-views"><i class="fa fa-eye"></i>1 874 </span>
				</p>
				<div class="clear"></div>

				<div class="entry">
{body}
				</div><!-- .entry /-->
				<span style="display:none" class="updated">2027-01-20</span>
				<div style="display:none" class="vcard author" itemprop="author" itemscope itemtype="http://schema.org/Person"><strong class="fn" itemprop="name"><a href="{base}/author/ndeye-awa-thiam/" title="Articles par {author}" rel="author">{author}</a></strong></div>

				<div class="share-post">
					<span class="share-text">Partager</span>
					<ul class="flat-social">
						<li><a href="http://www.facebook.com/sharer.php?u={base}/?p=48213" class="social-facebook" rel="external" target="_blank"><i class="fa fa-facebook"></i> <span>Facebook</span></a></li>
						<li><a href="https://twitter.com/intent/tweet?text={slug}&amp;url={base}/?p=48213" class="social-twitter" rel="external" target="_blank"><i class="fa fa-twitter"></i> <span>Twitter</span></a></li>
						<li><a href="https://api.whatsapp.com/send?text={base}/?p=48213" class="social-whatsapp" rel="external" target="_blank"><i class="fa fa-whatsapp"></i> <span>WhatsApp</span></a></li>
					</ul>
					<div class="clear"></div>
				</div> <!-- .share-post -->
				<div class="clear"></div>
			</div><!-- .post-inner -->
		</article><!-- .post-listing -->
		<p class="post-tag">Étiquettes<a href="{base}/tag/abus-de-confiance/" rel="tag">Abus de confiance</a> <a href="{base}/tag/guediawaye/" rel="tag">Guédiawaye</a> <a href="{base}/tag/tribunal/" rel="tag">Tribunal</a></p>

		<section id="author-box">
			<div class="block-head">
				<h3>À propos {author} </h3><div class="stripe-line"></div>
			</div>
			<div class="post-listing">
				<div class="author-bio">
					<div class="author-avatar"><img alt='' src='https://secure.gravatar.com/avatar/7c1d?s=90&#038;d=mm&#038;r=g' class='avatar avatar-90 photo' height='90' width='90' /></div>
					<div class="author-description">Journaliste au desk Société de Sud Quotidien, elle couvre les tribunaux de la banlieue dakaroise.</div>
					<div class="author-social flat-social"></div>
				</div>
				<div class="clear"></div>
			</div>
		</section><!-- #author-box -->

		<div class="post-navigation">
			<div class="post-previous"><a href="{rel[0]["url"]}/" rel="prev"><span>Précédent</span> {rel[0]["title"]}</a></div>
			<div class="post-next"><a href="{rel[1]["url"]}/" rel="next"><span>Suivant</span> {rel[1]["title"]}</a></div>
		</div><!-- .post-navigation -->

		<section id="related_posts">
			<div class="block-head">
				<h3>Articles similaires</h3><div class="stripe-line"></div>
			</div>
			<div class="post-listing">
				{related}
				<div class="clear"></div>
			</div>
		</section>

		<div id="comments">
			<div id="comments-box">
				<div class="block-head">
					<h3 id="comments-title">2 commentaires </h3><div class="stripe-line"></div>
				</div>
				<div class="post-listing">
					<ol class="commentlist">{comments}</ol>
				</div>
			</div>
			<div class="clear"></div>
			<div id="respond" class="comment-respond">
				<h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3>
				<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> <span class="required-field-message">Les champs obligatoires sont indiqués avec <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Commentaire <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /> <input type='hidden' name='comment_post_ID' value='48213' id='comment_post_ID' /></p></form>
			</div><!-- #respond -->
		</div><!-- #comments -->

	</div><!-- .content -->
<aside id="sidebar">
	<div class="theiaStickySidebar">
	<div id="posts-list-widget-2" class="widget posts-list"><div class="widget-top"><h4>Les plus lus</h4><div class="stripe-line"></div></div>
		<div class="widget-container"><ul>{popular}</ul><div class="clear"></div></div></div><!-- .widget /-->
	<div id="text-html-widget-3" class="text-html-box" ><a href="{base}/edition-du-jour/"><img src="{base}/wp-content/uploads/2027/01/une-sud-quotidien.jpg" alt="La une du jour" /></a></div>
	</div>
</aside><!-- #sidebar /-->	<div class="clear"></div>
</div><!-- .container /-->

<footer id="theme-footer">
	<div id="footer-widget-area" class="footer-3c">
		<div id="footer-first" class="footer-widgets-box"><div id="text-2" class="footer-widget widget_text"><div class="footer-widget-top"><h4>Sud Quotidien</h4></div><div class="footer-widget-container"><div class="textwidget"><p>Sud Quotidien, Groupe Sud Communication. Amitié 2, Dakar.</p></div></div></div></div>
	</div><div class="clear"></div>
</footer><!-- .Footer /-->

<div class="clear"></div>
<div class="footer-bottom">
	<div class="container">
		<div class="alignright"></div>
		<div class="alignleft">© Copyright 2027, Tous droits réservés - Sud Quotidien</div>
		<div class="clear"></div>
	</div><!-- .Container -->
</div><!-- .Footer bottom -->

</div><!-- .inner-Wrapper -->
</div><!-- #Wrapper -->
</div><!-- .Wrapper-outer -->
	<div id="topcontrol" class="fa fa-angle-up" title="Remonter en haut"></div>
<div id="fb-root"></div>
<script type="text/javascript" id="tie-scripts-js-extra">
/* <![CDATA[ */
var tie = {{"mobile_menu_active":"true","mobile_menu_top":"","lightbox_all":"true","lightbox_gallery":"true","woocommerce_lightbox":"","lightbox_skin":"dark","lightbox_thumb":"vertical","lightbox_arrows":"","sticky_sidebar":"1","is_singular":"1","reading_indicator":"","lang_no_results":"Aucun r\\u00e9sultat","lang_results_found":"R\\u00e9sultats trouv\\u00e9s"}};
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/themes/sahifa/js/tie-scripts.js?ver=6.7.1" id="tie-scripts-js"></script>
<script type="text/javascript" src="{base}/wp-content/themes/sahifa/js/ilightbox.packed.js?ver=6.7.1" id="tie-ilightbox-js"></script>
<script type="text/javascript" src="{base}/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
</body>
</html>
"""
    write(
        "01_sudquotidien_sahifa_yoast_proces_blockquote",
        page,
        {
            "title": title,
            "publication": "Sud Quotidien",
            "author": author,
            "section": "Justice",
            "date": datetime.date(2027, 1, 20),
            "source_url": url,
            "paragraphs": [flat(x) for x in p + quoted + last],
            "notes": "WordPress, Sahifa theme (post-inner, h1.name.post-title, p.post-meta, "
            "div.entry) with Yoast's @graph: an Article (not NewsArticle) whose author is an "
            "inline name plus @id, articleSection ['Justice', 'Société'] -> 'Justice'. Court "
            "report. The first paragraph of div.entry is set in <strong>: a body paragraph, not "
            "a standfirst (no distinct element). A plain <blockquote> of two paragraphs (the "
            "judgment's grounds) is text, one paragraph each. 'LIRE AUSSI :' paragraph with a "
            "link and an Ad Inserter block inside the body are chrome. Visible date relative "
            "only ('il y a 1 jour'), header date of the saving day (21 January), hidden "
            "span.updated '2027-01-20'; published_time 2027-01-20T10:05Z (Dakar is UTC). "
            "Caption, author box, tags, related posts, sidebar and two comments dated 21 "
            "January are chrome.",
        },
    )


def page02() -> None:
    """AIP: WordPress Newsmag (tagDiv) + Rank Math, agency dispatch with dateline and table."""
    base = "https://www.aip.ci"
    url = f"{base}/korhogo-plus-de-183-000-enfants-vaccines-contre-la-rougeole-lors-de-la-campagne-de-riposte/"
    title = "Korhogo : plus de 183 000 enfants vaccinés contre la rougeole lors de la campagne de riposte"
    author = "Silué Nahoua Mariam"
    p = [
        "Korhogo, 11 fév 2027 (AIP) – Au total, 183&nbsp;412 enfants âgés de 6 mois à 14 ans "
        "ont été vaccinés contre la rougeole dans la région du Poro au cours de la campagne de "
        "riposte organisée du 1<sup>er</sup> au 7 février 2027, soit une couverture de 96,8 %, "
        "a annoncé mercredi le directeur régional de la santé et de l’hygiène publique, Dr "
        "Coulibaly Navigué Abdoulaye.",
        "Cette campagne faisait suite à l’apparition, fin décembre 2026, d’un foyer "
        "épidémique dans le district sanitaire de Sinématiali, où 47 cas confirmés et deux "
        "décès avaient été notifiés. Elle a mobilisé 412 équipes de vaccination, dont 138 "
        "équipes mobiles chargées de sillonner les campements et les zones d’orpaillage.",
        "« Nous avons dépassé l’objectif de 95 % fixé par le ministère dans trois des quatre "
        "districts. Le district de M’Bengué reste en deçà, principalement à cause de la "
        "mobilité des populations vers les sites d’orpaillage », a expliqué Dr Coulibaly, lors "
        "d’une séance de restitution tenue à la préfecture de Korhogo.",
        "Les résultats par district sanitaire se présentent comme suit :",
    ]
    rows = [
        ("District sanitaire", "Cible", "Enfants vaccinés", "Couverture"),
        ("Korhogo", "98&nbsp;350", "96&nbsp;412", "98,0 %"),
        ("Sinématiali", "31&nbsp;200", "30&nbsp;610", "98,1 %"),
        ("Dikodougou", "27&nbsp;480", "26&nbsp;790", "97,5 %"),
        ("M’Bengué", "32&nbsp;420", "29&nbsp;600", "91,3 %"),
        (
            "<strong>Total</strong>",
            "<strong>189&nbsp;450</strong>",
            "<strong>183&nbsp;412</strong>",
            "<strong>96,8 %</strong>",
        ),
    ]
    q = [
        "Le directeur régional a salué l’implication des leaders communautaires et des chefs "
        "de village, qui ont relayé les messages de sensibilisation dans les langues locales. "
        "Il a toutefois déploré des cas de refus dans certains quartiers de Korhogo, liés "
        "selon lui à des rumeurs diffusées sur les réseaux sociaux.",
        "Une deuxième phase de rattrapage, ciblant les localités frontalières du Mali, est "
        "prévue du 8 au 12 mars 2027. Les parents sont invités à présenter le carnet de "
        "vaccination de leurs enfants dans les centres de santé les plus proches.",
    ]
    head_row = "".join(f"<th>{c}</th>" for c in rows[0])
    body_rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    table = (
        '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
        f"<thead><tr>{head_row}</tr></thead><tbody>{body_rows}</tbody></table>"
        '<figcaption class="wp-element-caption">Source : Direction régionale de la santé du Poro</figcaption></figure>'
    )
    ad = (
        '<div class="td-a-rec td-a-rec-id-content_inline  tdi_3 td_block_template_1">\n'
        '<span class="td-adspot-title">- Publicité -</span><div class="td-visible-desktop"><a href="https://www.aip.ci/annonces/"><img src="https://www.aip.ci/wp-content/uploads/2026/10/banniere-cie-728.jpg" alt="" /></a></div></div>'
    )
    body = "\n".join(
        [
            paras(*p[:2]),
            ad,
            paras(*p[2:]),
            table,
            paras(*q),
            "<p>(AIP)</p>",
            "<p>sn/kkf/tm</p>",
        ]
    )
    desc = "183 412 enfants âgés de 6 mois à 14 ans ont été vaccinés contre la rougeole dans la région du Poro."
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": ["NewsMediaOrganization", "Organization"],
                "@id": f"{base}/#organization",
                "name": "Agence ivoirienne de presse",
                "url": base,
                "logo": {
                    "@type": "ImageObject",
                    "@id": f"{base}/#logo",
                    "url": f"{base}/wp-content/uploads/2024/02/logo-aip.png",
                    "contentUrl": f"{base}/wp-content/uploads/2024/02/logo-aip.png",
                    "caption": "AIP",
                    "inLanguage": "fr-FR",
                },
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base,
                "name": "AIP",
                "alternateName": "Agence ivoirienne de presse",
                "publisher": {"@id": f"{base}/#organization"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "ImageObject",
                "@id": f"{base}/wp-content/uploads/2027/02/vaccination-rougeole-korhogo.jpg",
                "url": f"{base}/wp-content/uploads/2027/02/vaccination-rougeole-korhogo.jpg",
                "width": "1280",
                "height": "853",
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
                        "item": {"@id": f"{base}/category/sante/", "name": "Santé"},
                    },
                    {"@type": "ListItem", "position": "3", "item": {"@id": url, "name": title}},
                ],
            },
            {
                "@type": "WebPage",
                "@id": f"{url}#webpage",
                "url": url,
                "name": f"{title} - AIP",
                "datePublished": "2027-02-11T16:40:12+00:00",
                "dateModified": "2027-02-11T17:02:48+00:00",
                "isPartOf": {"@id": f"{base}/#website"},
                "primaryImageOfPage": {
                    "@id": f"{base}/wp-content/uploads/2027/02/vaccination-rougeole-korhogo.jpg"
                },
                "inLanguage": "fr-FR",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            {
                "@type": "Person",
                "@id": f"{base}/author/nsilue/",
                "name": author,
                "url": f"{base}/author/nsilue/",
                "image": {
                    "@type": "ImageObject",
                    "@id": "https://secure.gravatar.com/avatar/3f2a?s=96&d=mm&r=g",
                    "caption": author,
                    "inLanguage": "fr-FR",
                },
                "worksFor": {"@id": f"{base}/#organization"},
            },
            {
                "@type": "NewsArticle",
                "headline": f"{title} - AIP",
                "keywords": "rougeole,vaccination,Korhogo",
                "datePublished": "2027-02-11T16:40:12+00:00",
                "dateModified": "2027-02-11T17:02:48+00:00",
                "articleSection": "Santé, Régions",
                "author": {"@id": f"{base}/author/nsilue/", "name": author},
                "publisher": {"@id": f"{base}/#organization"},
                "description": desc,
                "name": f"{title} - AIP",
                "@id": f"{url}#richSnippet",
                "isPartOf": {"@id": f"{url}#webpage"},
                "image": {
                    "@id": f"{base}/wp-content/uploads/2027/02/vaccination-rougeole-korhogo.jpg"
                },
                "inLanguage": "fr-FR",
                "mainEntityOfPage": {"@id": f"{url}#webpage"},
            },
        ],
    }
    nav = menu(
        5502,
        "sf-menu",
        base,
        ["Politique", "Économie", "Société", "Santé", "Régions", "Sport", "Culture", "Éducation"],
        7,
    )
    rel = teasers(552, 16, base, FILLER)
    related = "".join(
        f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="{t["url"]}/" rel="bookmark" class="td-image-wrap" title="{t["title"]}"><img class="entry-thumb" src="{t["image"]}" alt="" title="{t["title"]}" width="218" height="150" /></a></div><a href="{base}/category/sante/" class="td-post-category">Santé</a></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{t["url"]}/" rel="bookmark" title="{t["title"]}">{t["title"]}</a></h3></div></div></div>'
        for t in rel[:6]
    )
    latest = "".join(
        f'<div class="td_module_6 td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="{t["url"]}/" rel="bookmark" class="td-image-wrap" title="{t["title"]}"><img width="100" height="70" class="entry-thumb" src="{t["image"]}" alt="" /></a></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{t["url"]}/" rel="bookmark">{t["title"]}</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{t["date"]}T09:00:00+00:00">{t["date"]}</time></span></div></div></div>'
        for t in rel[6:]
    )
    social = "".join(
        f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-{n}" href="{h}" title="{label}"><div class="td-social-but-icon"><i class="td-icon-{n}"></i></div><div class="td-social-but-text">{label}</div></a>'
        for n, h, label in [
            ("facebook", f"https://www.facebook.com/sharer.php?u={url}", "Facebook"),
            (
                "twitter",
                f"https://twitter.com/intent/tweet?text={title}&url={url}&via=AIP_CI",
                "Twitter",
            ),
            (
                "whatsapp",
                f"https://api.whatsapp.com/send?text={title}%20%0A%0A%20{url}",
                "WhatsApp",
            ),
            ("linkedin", f"https://www.linkedin.com/shareArticle?mini=true&url={url}", "Linkedin"),
        ]
    )
    td_js = {
        "tdBlocksArray": [],
        "tds_login_sing_in_widget": "show",
        "td_viewport_interval_list": [
            {"limitBottom": 767, "sidebarWidth": 228},
            {"limitBottom": 1018, "sidebarWidth": 300},
        ],
        "td_ajax_url": f"{base}/wp-admin/admin-ajax.php?td_theme_name=Newsmag&v=5.4.3.2",
        "td_get_template_directory_uri": f"{base}/wp-content/plugins/td-composer/legacy/common",
        "tds_general_modal_image": "yes",
    }
    td_vars = "\n".join(f"var {k}={json.dumps(v, ensure_ascii=False)};" for k, v in td_js.items())
    page = f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="fr-FR"> <!--<![endif]-->
<head>
    <title>{title} - AIP</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{base}/xmlrpc.php" />
    <script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/7a41c09e5b3f2d8e6c1a4b90/script.js"></script>
<!-- Optimisation des moteurs de recherche par Rank Math PRO - https://rankmath.com/ -->
<meta name="description" content="{desc}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="fr_FR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title} - AIP" />
<meta property="og:description" content="{desc}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="AIP" />
<meta property="article:publisher" content="https://www.facebook.com/aip.ci" />
<meta property="article:tag" content="rougeole" />
<meta property="article:tag" content="vaccination" />
<meta property="article:tag" content="Korhogo" />
<meta property="article:section" content="Santé" />
<meta property="og:updated_time" content="2027-02-11T17:02:48+00:00" />
<meta property="og:image" content="{base}/wp-content/uploads/2027/02/vaccination-rougeole-korhogo.jpg" />
<meta property="og:image:secure_url" content="{base}/wp-content/uploads/2027/02/vaccination-rougeole-korhogo.jpg" />
<meta property="og:image:width" content="1280" />
<meta property="og:image:height" content="853" />
<meta property="og:image:type" content="image/jpeg" />
<meta property="article:published_time" content="2027-02-11T16:40:12+00:00" />
<meta property="article:modified_time" content="2027-02-11T17:02:48+00:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{title} - AIP" />
<meta name="twitter:description" content="{desc}" />
<meta name="twitter:site" content="@AIP_CI" />
<meta name="twitter:creator" content="@AIP_CI" />
<meta name="twitter:label1" content="Écrit par" />
<meta name="twitter:data1" content="{author}" />
<meta name="twitter:label2" content="Temps de lecture" />
<meta name="twitter:data2" content="2 minutes" />
{json_script(graph, 'type="application/ld+json" class="rank-math-schema-pro"')}
<!-- /Plugin WordPress Rank Math SEO -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="AIP &raquo; Flux" href="{base}/feed/" />
{emoji(base)}<link rel='stylesheet' id='td-plugin-multi-purpose-css' href='{base}/wp-content/plugins/td-composer/td-multi-purpose/style.css?ver=5c1b2e8a' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css' href='{base}/wp-content/themes/Newsmag/style.css?ver=5.4.3.2' type='text/css' media='all' />
<style id='td-theme-inline-css' type='text/css'>
    @media (max-width: 767px) {{ .td-header-desktop-wrap {{ display: none; }} }}
    @media (min-width: 767px) {{ .td-header-mobile-wrap {{ display: none; }} }}
{css_blob(5512, "td", 320)}
</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/261487" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel='shortlink' href='{base}/?p=261487' />
<!-- JS generated by theme -->
<script type="text/javascript" id="td-generated-header-js">
{td_vars}
</script>
</head>

<body class="post-template-default single single-post postid-261487 single-format-standard td-standard-pack korhogo-plus-de-183-000-enfants-vaccines-contre-la-rougeole-lors-de-la-campagne-de-riposte global-block-template-1 single_template_1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">

        <div class="td-scroll-up  td-hide-scroll-up-on-mob"  style="display:none;"><i class="td-icon-menu-up"></i></div>
    <div class="td-menu-background"></div>
<div id="td-mobile-nav">
    <div class="td-mobile-container">
        <div class="td-menu-socials-wrap"><div class="td-mobile-close"><span><i class="td-icon-close-mobile"></i></span></div></div>
        <div class="td-mobile-content"><div class="menu-principal-container">{menu(5522, "td-mobile-main-menu", base, ["Politique", "Économie", "Société", "Santé", "Régions"], 4)}</div></div>
    </div>
</div>
    <div id="td-outer-wrap">
        <div class="td-outer-container">
        <div class="td-header-container td-header-wrap td-header-style-1">
            <div class="td-header-row td-header-top-menu">
    <div class="td-top-bar-container top-bar-style-1">
        <div class="td-header-sp-top-menu">
            <div class="td_data_time"><div>jeudi, février 11, 2027</div></div>
            <div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="{base}/a-propos/">À propos</a></li><li class="menu-item"><a href="{base}/contact/">Contact</a></li><li class="menu-item"><a href="{base}/abonnement/">Abonnement</a></li></ul></div>
        </div>
    </div>
</div>
            <div class="td-header-row td-header-header">
                <div class="td-header-sp-logo">
                    <a class="td-main-logo" href="{base}/"><img class="td-retina-data" data-retina="{base}/wp-content/uploads/2024/02/logo-aip-retina.png" src="{base}/wp-content/uploads/2024/02/logo-aip.png" alt="AIP" title="Agence ivoirienne de presse" width="272" height="90" /><span class="td-visual-hidden">AIP</span></a>
                </div>
                <div class="td-header-sp-rec"><div class="td-header-ad-wrap  td-ad-m td-ad-tp td-ad-p"><div class="td-a-rec td-a-rec-id-header  tdi_1 td_block_template_1"><a href="{base}/annonces/"><img src="{base}/wp-content/uploads/2026/10/banniere-header.jpg" alt="" /></a></div></div></div>
            </div>
            <div class="td-header-menu-wrap"><div class="td-header-row td-header-border td-header-main-menu"><div id="td-header-menu" role="navigation"><div id="td-top-mobile-toggle"><span><i class="td-icon-font td-icon-mobile"></i></span></div><div class="td-main-menu-logo td-logo-in-header"></div><div class="menu-principal-container">{nav}</div></div></div></div>
        </div>
<div class="td-container td-post-template-default">
    <div class="td-container-border">
        <div class="td-pb-row">
                                    <div class="td-pb-span8 td-main-content" role="main">
                            <div class="td-ss-main-content">
                                <div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{base}/">Accueil</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Voir tous les articles dans Santé" class="entry-crumb" href="{base}/category/sante/">Santé</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{title}</span></div></div>

    <article id="post-261487" class="post-261487 post type-post status-publish format-standard has-post-thumbnail hentry category-sante category-regions tag-korhogo tag-rougeole tag-vaccination" itemscope itemtype="https://schema.org/Article">
        <div class="td-post-header td-pb-padding-side">
            <ul class="td-category"><li class="entry-category"><a  href="{base}/category/sante/">Santé</a></li><li class="entry-category"><a  href="{base}/category/regions/">Régions</a></li></ul>
            <header>
                <h1 class="entry-title">{title}</h1>
                <div class="meta-info">
                    <div class="td-post-author-name"><div class="td-author-by">Par</div> <a href="{base}/author/nsilue/">{author}</a><div class="td-author-line"> - </div> </div>                    <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2027-02-11T16:40:12+00:00" >11 février 2027</time></span>                    <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-261487">412</span></div>                                    </div>
            </header>
        </div>
        <div class="td-post-sharing-top td-pb-padding-side"><div id="td_social_sharing_article_top" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible">{social}</div></div></div>

        <div class="td-post-content td-pb-padding-side">

        <div class="td-post-featured-image"><figure><a href="{base}/wp-content/uploads/2027/02/vaccination-rougeole-korhogo.jpg" data-caption="Un agent de santé vaccine un enfant au centre de santé urbain de Petit-Paris, à Korhogo (Photo : AIP)"><img width="640" height="427" class="entry-thumb td-modal-image" src="{base}/wp-content/uploads/2027/02/vaccination-rougeole-korhogo-640x427.jpg" alt="" title="vaccination-rougeole-korhogo"/></a><figcaption class="wp-caption-text">Un agent de santé vaccine un enfant au centre de santé urbain de Petit-Paris, à Korhogo (Photo : AIP)</figcaption></figure></div>
        <!-- A generated by theme -->
{body}
        </div>


        <footer>
                        <div class="td-post-source-tags td-pb-padding-side">
                <ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="{base}/tag/korhogo/">Korhogo</a></li><li><a href="{base}/tag/rougeole/">rougeole</a></li><li><a href="{base}/tag/vaccination/">vaccination</a></li></ul>            </div>

            <div class="td-post-sharing-bottom td-pb-padding-side"><div id="td_social_sharing_article_bottom" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible">{social}</div></div></div>            <div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Article précédent</span><a href="{rel[0]["url"]}/">{rel[0]["title"]}</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Article suivant</span><a href="{rel[1]["url"]}/">{rel[1]["title"]}</a></div></div></div>            <div class="author-box-wrap"><a href="{base}/author/nsilue/"><img alt='' src='https://secure.gravatar.com/avatar/3f2a?s=96&#038;d=mm&#038;r=g' class='avatar avatar-96 photo' height='96' width='96' /></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{base}/author/nsilue/">{author}</a></span></div><div class="td-author-description"></div><div class="td-author-social"></div><div class="clearfix"></div></div></div>            <span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{author}"><meta itemprop="url" content="{base}/author/nsilue/"></span><meta itemprop="datePublished" content="2027-02-11T16:40:12+00:00"><meta itemprop="dateModified" content="2027-02-11T17:02:48+00:00"><meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{url}"/><span class="td-page-meta" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span class="td-page-meta" itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="{base}/wp-content/uploads/2024/02/logo-aip.png"></span><meta itemprop="name" content="AIP"></span><meta itemprop="headline " content="{title}"><span class="td-page-meta" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="{base}/wp-content/uploads/2027/02/vaccination-rougeole-korhogo.jpg"><meta itemprop="width" content="1280"><meta itemprop="height" content="853"></span>        </footer>

    </article> <!-- /.post -->

    <script>var block_tdi_4 = new tdBlock();
block_tdi_4.id = "tdi_4";
block_tdi_4.atts = '{{"limit":3,"ajax_pagination":"next_prev","live_filter":"cur_post_same_categories","td_ajax_filter_type":"td_custom_related","class":"tdi_4","td_column_number":3,"block_type":"td_block_related_posts"}}';
tdBlocksArray.push(block_tdi_4);
</script><div class="td_block_wrap td_block_related_posts tdi_4 td_with_ajax_pagination td-pb-border-top td_block_template_1"  data-td-block-uid="tdi_4" ><h4 class="td-related-title"><a id="tdi_5" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_4" href="#">ARTICLES CONNEXES</a><a id="tdi_6" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_4" href="#">PLUS DE L'AUTEUR</a></h4><div id=tdi_4 class="td_block_inner"><div class="td-related-row">{related}</div></div></div>
                            </div>
                        </div>
                        <div class="td-pb-span4 td-main-sidebar" role="complementary">
                            <div class="td-ss-main-sidebar">
                                <div class="td_block_wrap td_block_9 td_block_widget tdi_7 td-pb-border-top td_block_template_1 td-column-1 td_block_padding"><div class="td-block-title-wrap"><h4 class="block-title"><span class="td-pulldown-size">DERNIÈRES DÉPÊCHES</span></h4></div><div id=tdi_7 class="td_block_inner">{latest}</div></div>
                            </div>
                        </div>
                                    </div> <!-- /.td-pb-row -->
    </div>
</div> <!-- /.td-container -->

<div class="td-footer-container td-container">
    <div class="td-pb-row"><div class="td-pb-span12"><div class="td-footer-wrap"><aside class="footer-text-wrap"><div class="block-title"><span>À PROPOS DE NOUS</span></div>L'Agence ivoirienne de presse (AIP) est l'agence de presse nationale de Côte d'Ivoire.<div class="footer-email-wrap">Contactez-nous: <a href="mailto:redaction@aip.ci">redaction@aip.ci</a></div></aside></div></div></div>
</div>
<div class="td-sub-footer-container td-container td-container-border ">
    <div class="td-pb-row">
        <div class="td-pb-span8 td-sub-footer-menu"><div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu"><li class="menu-item"><a href="{base}/mentions-legales/">Mentions légales</a></li><li class="menu-item"><a href="{base}/contact/">Contact</a></li></ul></div></div>
        <div class="td-pb-span4 td-sub-footer-copy">&copy; 2027 Agence ivoirienne de presse - Tous droits réservés</div>
    </div>
</div>
    </div><!--close td-outer-container-->
</div><!--close td-outer-wrap-->
<script type="text/javascript" src="{base}/wp-content/plugins/td-composer/legacy/Newsmag/js/tagdiv_theme.min.js?ver=5.4.3.2" id="td-site-min-js"></script>
<script type="text/javascript" src="{base}/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
<!-- JS generated by theme -->
<script type="text/javascript" id="td-generated-footer-js">
    jQuery().ready(function () {{ var tdSocialSharing = new tdSocialSharing(); }});
</script>
</body>
</html>"""
    write(
        "02_aip_newsmag_rankmath_sante_table_dateline",
        page,
        {
            "title": title,
            "publication": "Agence ivoirienne de presse",
            "author": author,
            "agency": "AIP",
            "section": "Santé",
            "date": datetime.date(2027, 2, 11),
            "source_url": url,
            "paragraphs": [flat(x) for x in p]
            + [flat(" ".join(r)) for r in rows]
            + [flat(x) for x in q],
            "notes": "WordPress, tagDiv Newsmag theme (td-post-header, td-post-content, "
            "td-a-rec ad inside the body, td_block_related_posts) with Rank Math PRO's @graph. "
            "The publication is itself an agency: dispatch with the dateline 'Korhogo, 11 fév "
            "2027 (AIP) –' in the first paragraph (agency AIP) and a correspondent as the "
            "WordPress author (JSON-LD Person, 'Par Silué Nahoua Mariam', Ivorian order "
            "surname first). Rank Math writes articleSection as one comma-joined string "
            "'Santé, Régions' -> 'Santé' (= article:section). og:site_name, WebSite name and "
            "logo alt 'AIP'; Organization and footer 'Agence ivoirienne de presse'. Data table "
            "(figure.wp-block-table, header + five rows, each row a paragraph, cells joined by "
            "a space; its figcaption is a caption). The closing '(AIP)' and editors' initials "
            "'sn/kkf/tm' lines are chrome. '1<sup>er</sup>' -> '1er'. Header date of the day; "
            "CookieYes loader script.",
        },
    )


def page03() -> None:
    """L'Economiste: Drupal 10 custom theme, paywall, two authors, UTC the previous day."""
    base = "https://www.leconomiste.com"
    url = f"{base}/article/1129874-commerce-exterieur-le-deficit-se-creuse-318-milliards-de-dh"
    title = "Commerce extérieur: le déficit se creuse à 318 milliards de DH"
    lead = (
        "Les importations d'énergie et de biens d'équipement ont tiré les achats vers le haut "
        "en 2026. Les exportations automobiles marquent le pas pour la première fois depuis six "
        "ans. Les phosphates compensent en partie."
    )
    authors = ["Nadia Belkadi", "Youssef Aït Ouahmane"]
    p1 = [
        "Le déficit commercial du Maroc s'est établi à 318,4 milliards de DH à fin décembre "
        "2026, en hausse de 7,2% sur un an, selon les données provisoires publiées mercredi par "
        "l'Office des changes. Le taux de couverture des importations par les exportations "
        "recule de 1,1 point, à 59,3%.",
        "Les importations ont atteint 783,1 milliards de DH, portées principalement par la "
        "facture énergétique et les achats de biens d'équipement liés aux grands chantiers "
        "d'infrastructure. Les exportations progressent plus lentement, à 464,7 milliards de "
        "DH (+4,3%).",
    ]
    h1 = "L'énergie pèse toujours"
    p2 = [
        "La facture énergétique s'alourdit de 9,4% pour s'établir à 131,8 milliards de DH. Le "
        "gasoil et le fioul représentent à eux seuls près de la moitié de ce montant. Les "
        "volumes importés sont restés stables: c'est le prix moyen à la tonne qui explique "
        "l'essentiel de la hausse.",
        "Les achats de biens d'équipement augmentent de 11,6%, tirés par les machines et "
        "appareils industriels ainsi que par le matériel ferroviaire destiné à l'extension de "
        "la ligne à grande vitesse vers Marrakech.",
    ]
    h2 = "L'automobile marque le pas"
    p3 = [
        "Premier secteur exportateur du Royaume, l'automobile voit ses ventes à l'étranger "
        "plafonner à 154,2 milliards de DH, en quasi-stagnation (+0,8%). Le segment de la "
        "construction recule, tandis que le câblage continue de progresser.",
    ]
    body = "\n".join(
        [
            paras(*p1),
            f"<h2>{h1}</h2>",
            paras(*p2),
            '<div class="inread-ad"><div id="div-gpt-ad-inread-1" data-slot="/21800449/leconomiste/article_inread"></div></div>',
            f"<h2>{h2}</h2>",
            paras(*p3),
        ]
    )
    paywall = (
        '<div id="block-leco-paywall" class="block block-leco-subscription block-paywall-block">\n'
        '  <div class="paywall-box"><div class="paywall-box__icon"></div>\n'
        '    <h3 class="paywall-box__title">Cet article est réservé aux abonnés</h3>\n'
        '    <p class="paywall-box__text">Abonnez-vous pour lire la suite et accéder à l\'ensemble de nos contenus, archives et éditions PDF.</p>\n'
        f'    <a class="btn btn-primary" href="{base}/abonnement?destination=/node/1129874">Je m\'abonne à partir de 49 DH/mois</a>\n'
        f'    <p class="paywall-box__login">Déjà abonné ? <a href="{base}/user/login?destination=/node/1129874">Se connecter</a></p>\n'
        "  </div>\n</div>"
    )
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": url,
                "headline": title,
                "name": title,
                "description": flat(lead),
                "about": ["Commerce extérieur", "Office des changes"],
                "image": {
                    "@type": "ImageObject",
                    "representativeOfPage": "True",
                    "url": f"{base}/sites/default/files/styles/article_full/public/2027-01/port-tanger-med.jpg",
                    "width": "1200",
                    "height": "800",
                },
                "datePublished": "2027-01-13T23:40:00+0000",
                "dateModified": "2027-01-13T23:58:21+0000",
                "isAccessibleForFree": "False",
                "hasPart": {
                    "@type": "WebPageElement",
                    "isAccessibleForFree": "False",
                    "cssSelector": ".field--name-body",
                },
                "author": [{"@type": "Person", "name": a} for a in authors],
                "publisher": {
                    "@type": "NewsMediaOrganization",
                    "@id": f"{base}/",
                    "name": "L'Economiste",
                    "url": f"{base}/",
                    "logo": {
                        "@type": "ImageObject",
                        "url": f"{base}/themes/custom/leco/logo.png",
                        "width": "600",
                        "height": "60",
                    },
                },
                "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            }
        ],
    }
    settings = {
        "path": {
            "baseUrl": "/",
            "pathPrefix": "",
            "currentPath": "node/1129874",
            "currentPathIsAdmin": False,
            "isFront": False,
            "currentLanguage": "fr",
        },
        "pluralDelimiter": "\u0003",
        "suppressDeprecationErrors": True,
        "gtag": {"tagId": "G-8LQ2H4WKM1", "consentMode": False, "otherIds": [], "events": []},
        "ajaxPageState": {
            "libraries": "eJx1jkEOwyAMBD-E4EnIgEtJHIxsoya_b6VWvfWymj3MaEuXDaOcVFMKkU2HHFCjpcdVGaHdlUtshOv8Ezcq",
            "theme": "leco",
            "theme_token": None,
        },
        "leco_paywall": {"status": "locked", "nid": "1129874", "freeParagraphs": 5},
        "user": {"uid": 0, "permissionsHash": "5c9d0f3e1b7a"},
    }
    settings_js = json.dumps(settings, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
    nav = menu(
        5503,
        "menu menu--main nav navbar-nav",
        base,
        [
            "Économie",
            "Entreprises",
            "Finances",
            "Politique",
            "Société",
            "Régions",
            "International",
            "Culture",
        ],
        8,
    )
    same = "".join(
        f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><div class="field field--name-field-image"><img loading="lazy" src="{t["image"]}" width="220" height="140" alt="" /></div><h3 class="node__title"><a href="{t["url"]}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{t["title"]}</span></a></h3></article></div>'
        for t in teasers(553, 8, base + "/article", FILLER)
    )
    most = "".join(
        f'<li><a href="{t["url"]}" hreflang="fr">{t["title"]}</a></li>'
        for t in teasers(554, 6, base + "/article", FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8LQ2H4WKM1"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "G-8LQ2H4WKM1", {{"groups":"default","page_placeholder":"PLACEHOLDER_page_location"}});</script>
<meta name="description" content="{flat(lead)}" />
<link rel="canonical" href="{url}" />
<meta name="robots" content="index, follow, max-image-preview:large" />
<meta property="og:site_name" content="leconomiste.com" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{title}" />
<meta property="og:description" content="{flat(lead)}" />
<meta property="og:image" content="{base}/sites/default/files/styles/article_full/public/2027-01/port-tanger-med.jpg" />
<meta property="article:author" content="Nadia Belkadi" />
<meta property="article:author" content="Youssef Aït Ouahmane" />
<meta property="article:section" content="Économie" />
<meta property="article:published_time" content="2027-01-13T23:40:00+0000" />
<meta property="article:modified_time" content="2027-01-13T23:58:21+0000" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@leconomiste" />
<meta name="twitter:title" content="{title}" />
{json_script(ld)}
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/leco/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="fr" href="{url}" />

    <title>{title} | L'Economiste</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3vK0aZ8p1xO9tLr2YbWc4eHdNf6jS7uTiGgEoXyRk.css?delta=0&amp;language=fr&amp;theme=leco&amp;include=eJx1jkEOwyAMBD-E4EnIgEtJHIxsoya_b6VWvfWymj3MaEuXDaOcVFMKkU2HHFCjpcdVGaHdlUtshOv8Ezcq" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_b7LzR2wN5cVq0tUfHjY8sAeXgKpMiD3oQ1nIr9ZyWlE.css?delta=1&amp;language=fr&amp;theme=leco&amp;include=eJx1jkEOwyAMBD-E4EnIgEtJHIxsoya_b6VWvfWymj3MaEuXDaOcVFMKkU2HHFCjpcdVGaHdlUtshOv8Ezcq" />
<style>{css_blob(5513, "leco", 240)}</style>
  </head>
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Aller au contenu principal
    </a>

      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
  <header role="banner" class="site-header">
      <div class="region region-top-bar">
    <div class="top-bar__date">Jeudi 14 Janvier 2027</div>
    <div class="top-bar__links"><a href="{base}/kiosque">Kiosque</a> <a href="{base}/abonnement">S'abonner</a> <a href="{base}/user/login">Se connecter</a></div>
  </div>

      <div class="region region-header">
    <div id="block-leco-branding" class="block block-system block-system-branding-block">


        <a href="/" rel="home" class="site-logo">
      <img src="/themes/custom/leco/logo.svg" alt="Accueil" fetchpriority="high" />
    </a>
      </div>
<nav role="navigation" aria-labelledby="block-leco-main-menu-menu" id="block-leco-main-menu" class="block block-menu navigation menu--main">

  <h2 class="visually-hidden" id="block-leco-main-menu-menu">Navigation principale</h2>

        {nav}
  </nav>

  </div>

  </header>

  <main role="main">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
        <div class="region region-breadcrumb">
    <div id="block-leco-breadcrumbs" class="block block-system block-system-breadcrumb-block">


        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Fil d'Ariane</h2>
    <ol>
          <li>
                  <a href="/">Accueil</a>
              </li>
          <li>
                  <a href="/rubrique/economie">Économie</a>
              </li>
          <li>
                  <a href="/rubrique/economie/conjoncture">Conjoncture</a>
              </li>
        </ol>
  </nav>

  </div>

  </div>

        <div class="region region-content">
    <div data-drupal-messages-fallback class="hidden"></div><div id="block-leco-content" class="block block-system block-system-main-block">



<article data-history-node-id="1129874" class="node node--type-article node--promoted node--view-mode-full">

  <div class="node__header">
    <div class="field field--name-field-rubrique field--type-entity-reference field--label-hidden field__item"><a href="/rubrique/economie/conjoncture" hreflang="fr">Conjoncture</a></div>
    <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>
    <div class="node__edition"><span class="edition-label">Edition N°:</span> <span class="edition-number">6942</span> <span class="edition-date">Le 14/01/2027</span></div>
    <div class="field field--name-field-auteurs field--type-entity-reference field--label-inline clearfix"><div class="field__label">Par</div><div class="field__items"><div class="field__item"><a href="/auteur/nadia-belkadi" hreflang="fr">{authors[0]}</a></div><div class="field__item"><a href="/auteur/youssef-ait-ouahmane" hreflang="fr">{authors[1]}</a></div></div></div>
    <div class="node__share"><a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a><a class="share share--x" href="https://x.com/intent/post?url={url}" target="_blank" rel="noopener">X</a><a class="share share--linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" target="_blank" rel="noopener">LinkedIn</a><a class="share share--whatsapp" href="https://wa.me/?text={url}" target="_blank" rel="noopener">WhatsApp</a><a class="share share--print" href="/print/node/1129874">Imprimer</a></div>
  </div>

  <div class="node__content">
    <div class="field field--name-field-image field--type-image field--label-hidden field__item">  <figure class="article-image"><img loading="eager" src="{base}/sites/default/files/styles/article_full/public/2027-01/port-tanger-med.jpg" width="1200" height="800" alt="Port de Tanger Med" />
<figcaption>Les importations de biens d'équipement ont progressé de 11,6% en 2026 (Ph. L'Economiste)</figcaption></figure>
</div>

            <div class="clearfix text-formatted field field--name-field-chapeau field--type-text-long field--label-hidden field__item"><p>{lead}</p></div>

            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item paywall-content">{body}</div>
      {paywall}
    <div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix">
      <div class="field__label">Mots-clés</div>
          <div class="field__items">
              <div class="field__item"><a href="/taxonomy/term/3391" hreflang="fr">Commerce extérieur</a></div>
              <div class="field__item"><a href="/taxonomy/term/2210" hreflang="fr">Office des changes</a></div>
              <div class="field__item"><a href="/taxonomy/term/418" hreflang="fr">Automobile</a></div>
          </div>
      </div>

  </div>

</article>

  </div>
<div class="views-element-container block block-views block-views-blockmeme-rubrique-block-1" id="block-leco-views-block-meme-rubrique">

      <h2>Dans la même rubrique</h2>

      <div><div class="view view-meme-rubrique view-id-meme_rubrique view-display-id-block_1 js-view-dom-id-8c41f2"><div class="view-content">{same}</div></div></div>

  </div>

  </div>

    </div>
          <aside class="layout-sidebar-second" role="complementary">
          <div class="region region-sidebar-second">
    <div class="block block-leco-ads" id="block-pave-haut"><div id="div-gpt-ad-pave-1" data-slot="/21800449/leconomiste/pave_haut"></div></div>
<div class="views-element-container block block-views" id="block-leco-plus-lus">
      <h2>Les plus lus</h2>
      <div><div class="view view-plus-lus"><div class="item-list"><ol>{most}</ol></div></div></div>
  </div>

  </div>

      </aside>

  </main>

      <footer role="contentinfo" class="site-footer">
        <div class="region region-footer">
    <nav role="navigation" aria-labelledby="block-leco-footer-menu" id="block-leco-footer" class="block block-menu navigation menu--footer">
  <h2 class="visually-hidden" id="block-leco-footer-menu">Pied de page</h2>
  <ul class="menu"><li class="menu-item"><a href="/qui-sommes-nous">Qui sommes-nous</a></li><li class="menu-item"><a href="/contact">Contact</a></li><li class="menu-item"><a href="/mentions-legales">Mentions légales</a></li></ul>
  </nav>
<div id="block-leco-copyright" class="block block-block-content">
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>© L'Economiste 1991-2027. Tous droits réservés. Groupe Eco-Médias, 70 boulevard Al Massira Al Khadra, Casablanca.</p></div>
  </div>

  </div>

    </footer>
  </div>

  </div>


    <script type="application/json" data-drupal-selector="drupal-settings-json">{settings_js}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/sites/default/files/js/js_t8yKx0P1vRnq3sGZ9hWfLcMbA2oEjD5uTiVwYr6NlQk.js?scope=footer&amp;delta=0&amp;language=fr&amp;theme=leco&amp;include=eJx1jkEOwyAMBD-E4EnIgEtJHIxsoya_b6VWvfWymj3MaEuXDaOcVFMKkU2HHFCjpcdVGaHdlUtshOv8Ezcq"></script>

  </body>
</html>
"""
    write(
        "03_leconomiste_drupal10_paywall_two_authors_utc_previous_day",
        page,
        {
            "title": title,
            "publication": "L'Economiste",
            "author": " et ".join(authors),
            "section": "Économie",
            "date": datetime.date(2027, 1, 14),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": [h1, h2],
            "paragraphs": [flat(x) for x in p1 + p2 + p3],
            "incomplete": True,
            "notes": "Drupal 10, custom theme (node--type-article, field--name-field-chapeau "
            "standfirst, field--name-body) with schema_metatag's @graph (values as strings: "
            "isAccessibleForFree 'False'). Paywall: five paragraphs and two h2 subheads, then "
            "the paywall block ('Cet article est réservé aux abonnés' in an h3, no subhead) -> "
            "incomplete. Two authors in a Drupal multi-value field (two divs, label 'Par', no "
            "'et' written) -> 'A et B'. Section: meta article:section 'Économie' beats the "
            "breadcrumb's last item and the rubrique kicker 'Conjoncture'. Dates: published "
            "2027-01-13T23:40:00+0000 in meta and JSON-LD, 00:40 on 14 January in Casablanca "
            "(UTC+1); visible 'Edition N°: 6942 Le 14/01/2027' -> 14 January, not the UTC day. "
            "og:site_name 'leconomiste.com', publisher and footer \"L'Economiste\". Ad slot "
            "between subheads; header date; related views, most read, footer.",
        },
    )


def page04() -> None:
    """Actu Cameroun: WordPress Blocksy, Jetpack OG only, match report split by <br> in one <p>."""
    base = "https://actucameroun.com"
    url = (
        f"{base}/2027/02/07/elite-one-coton-sport-simpose-face-a-fovu-de-baham-et-reprend-la-tete/"
    )
    title = "Elite One : Coton Sport s’impose face à Fovu de Baham et reprend la tête"
    author = "Serge Armel Tchouta"
    segs = [
        "Coton Sport de Garoua a battu Fovu de Baham (2-1) ce dimanche 7 février au stade "
        "Roumdé Adjia, en match comptant pour la 17<sup>e</sup> journée de l’Elite One. Avec ce "
        "succès, les Cotonculteurs comptent désormais 36 points et repassent devant Victoria "
        "United, tenu en échec la veille à Limbé.",
        "Les hommes de l’entraîneur Amadou Bello ont rapidement pris les choses en main. Dès la "
        "12<sup>e</sup> minute, l’attaquant Moussa Abdouraman reprenait de la tête un centre de "
        "Yannick Ekobo pour ouvrir le score. Fovu, pourtant solide depuis le début de la phase "
        "retour, peinait à sortir de son camp.",
        None,
        "Au retour des vestiaires, Coton Sport a doublé la mise par Christian Mbarga, auteur "
        "d’une frappe croisée à l’entrée de la surface (67<sup>e</sup>). Les visiteurs ont "
        "réduit l’écart à la 81<sup>e</sup> minute grâce à un penalty transformé par Hervé "
        "Nkoulou, après une main dans la surface.",
        "Les dix dernières minutes ont été âprement disputées. L’arbitre central, Joseph "
        "Ndongo, a distribué quatre cartons jaunes et dû interrompre la rencontre pendant près "
        "de cinq minutes après des jets de projectiles depuis la tribune est.",
        "« Nous avons manqué de lucidité en fin de match, mais l’essentiel est là. Le "
        "championnat est encore long et Victoria United ne va rien lâcher », a réagi Amadou "
        "Bello en conférence de presse.",
        "Côté Fovu, l’entraîneur Pierre Kamdem a dénoncé un « arbitrage à sens unique » et "
        "annoncé que son club allait saisir la Ligue de football professionnel du Cameroun. Le "
        "club de Baham reste neuvième avec 22 points.",
        "Lors de la prochaine journée, Coton Sport se déplacera à Bamenda pour affronter PWD, "
        "tandis que Fovu recevra Canon de Yaoundé.",
    ]
    sub = "Une fin de match sous tension"
    lines = [f"<strong>{sub}</strong>" if s is None else s for s in segs]
    text = "<br />\n<br />\n".join(lines)
    body = (
        '<div class="code-block code-block-1" style="margin: 8px auto; text-align: center; display: block; clear: both;">\n'
        '<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-7730125948821156" data-ad-slot="9912044761" data-ad-format="auto" data-full-width-responsive="true"></ins>\n'
        "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>\n"
        f"<p>{text}</p>\n"
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Partager :</h3><div class="sd-content"><ul>'
        f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-318822" class="share-facebook sd-button share-icon" href="{url}?share=facebook" target="_blank" title="Cliquez pour partager sur Facebook"><span>Facebook</span></a></li>'
        f'<li class="share-jetpack-whatsapp"><a rel="nofollow noopener noreferrer" class="share-jetpack-whatsapp sd-button share-icon" href="{url}?share=jetpack-whatsapp" target="_blank" title="Cliquez pour partager sur WhatsApp"><span>WhatsApp</span></a></li>'
        f'<li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button share-icon" href="{url}?share=x" target="_blank" title="Cliquez pour partager sur X"><span>X</span></a></li>'
        '<li class="share-end"></li></ul></div></div></div>\n'
        "<div id='jp-relatedposts' class='jp-relatedposts' >\n\t<h3 class=\"jp-relatedposts-headline\"><em>Similaire</em></h3>\n</div>"
    )
    nav = menu(
        5504,
        "menu",
        base,
        ["Politique", "Économie", "Société", "Sport", "Culture", "Afrique", "Opinion"],
        6,
    )
    rel = teasers(555, 9, base, FILLER)
    related = "".join(
        f'<article itemscope="itemscope" itemtype="https://schema.org/CreativeWork"><div class="ct-related-posts-items"><a class="ct-media-container" href="{t["url"]}/" aria-label="{t["title"]}"><img width="768" height="432" src="{t["image"]}" class="attachment-medium_large size-medium_large wp-post-image" alt="" loading="lazy" decoding="async" style="aspect-ratio: 16/9;" /></a><h4 class="related-entry-title" itemprop="name"><a href="{t["url"]}/" itemprop="url" rel="bookmark">{t["title"]}</a></h4><ul class="entry-meta" data-type="simple:slash" ><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="{t["date"]}T10:00:00+01:00">{t["date"]}</time></li></ul></div></article>'
        for t in rel[:3]
    )
    svg = '<svg class="ct-icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><path d="M20,10.1c0-5.5-4.5-10-10-10S0,4.5,0,10.1c0,5,3.7,9.1,8.4,9.9v-7H5.9v-2.9h2.5V7.9C8.4,5.4,9.9,4,12.2,4c1.1,0,2.2,0.2,2.2,0.2v2.5h-1.3c-1.2,0-1.6,0.8-1.6,1.6v1.9h2.8L13.9,13h-2.3v7C16.3,19.2,20,15.1,20,10.1z"/></svg>'
    page = f"""<!doctype html>
<html lang="fr-FR">
<head>

	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5, viewport-fit=cover">
	<link rel="profile" href="https://gmpg.org/xfn/11">

	<title>{title} &#8211; Actu Cameroun</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Actu Cameroun &raquo; Flux" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="Actu Cameroun &raquo; Flux des commentaires" href="{base}/comments/feed/" />
{emoji(base)}<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='ct-main-styles-css' href='{base}/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.0.77' media='all' />
<link rel='stylesheet' id='ct-page-title-styles-css' href='{base}/wp-content/themes/blocksy/static/bundle/page-title.min.css?ver=2.0.77' media='all' />
<link rel='stylesheet' id='ct-jetpack-styles-css' href='{base}/wp-content/themes/blocksy/static/bundle/jetpack.min.css?ver=2.0.77' media='all' />
<style id='ct-main-styles-inline-css'>
[data-header*="type-1"] .ct-header [data-id="logo"] .site-title {{--theme-font-weight:700;--theme-font-size:25px;--theme-line-height:1.5;--theme-link-initial-color:var(--theme-palette-color-4);}}
:root {{--theme-font-family:var(--theme-font-stack-default);--theme-palette-color-1:#1a7a3a;--theme-palette-color-2:#c8102e;--theme-palette-color-3:#3A4F66;--theme-palette-color-4:#192a3d;}}
{css_blob(5514, "ct", 300)}
</style>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/318822" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel="canonical" href="{url}" />
<link rel='shortlink' href='https://wp.me/pa8Xq2-1kZq' />
	<style>img#wpstats{{display:none}}</style>
		<noscript><link rel='stylesheet' href='{base}/wp-content/themes/blocksy/static/bundle/no-scripts.min.css' type='text/css'></noscript>

<!-- Jetpack Open Graph Tags -->
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="og:url" content="{url}" />
<meta property="og:description" content="Coton Sport de Garoua a battu Fovu de Baham (2-1) ce dimanche 7 février au stade Roumdé Adjia, en match comptant pour la 17e journée de l’Elite One. Avec ce succès, les&hellip;" />
<meta property="article:published_time" content="2027-02-07T18:55:31+00:00" />
<meta property="article:modified_time" content="2027-02-07T19:20:04+00:00" />
<meta property="og:site_name" content="Actu Cameroun" />
<meta property="og:image" content="{base}/wp-content/uploads/2027/02/coton-sport-fovu.jpg" />
<meta property="og:image:width" content="1200" />
<meta property="og:image:height" content="800" />
<meta property="og:image:alt" content="" />
<meta property="og:locale" content="fr_FR" />
<meta name="twitter:site" content="@actucameroun" />
<meta name="twitter:text:title" content="{title}" />
<meta name="twitter:image" content="{base}/wp-content/uploads/2027/02/coton-sport-fovu.jpg?w=640" />
<meta name="twitter:card" content="summary_large_image" />

<!-- End Jetpack Open Graph Tags -->
<link rel="icon" href="{base}/wp-content/uploads/2024/06/cropped-favicon-32x32.png" sizes="32x32" />
	</head>


<body class="post-template-default single single-post postid-318822 single-format-standard wp-custom-logo wp-embed-responsive" data-link="type-2" data-prefix="single_blog_post" data-header="type-1" data-footer="type-1" itemscope="itemscope" itemtype="https://schema.org/Blog">

<a class="skip-link screen-reader-text" href="#main">Passer au contenu</a><div class="ct-drawer-canvas" data-location="start"><div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side" role="dialog" aria-label="Menu hors-champ" inert=""><div class="ct-panel-inner"><div class="ct-panel-actions"><button class="ct-toggle-close" data-type="type-1" aria-label="Fermer le tiroir"><svg class="ct-icon" width="12" height="12" viewBox="0 0 15 15"><path d="M1 15a1 1 0 01-.71-.29 1 1 0 010-1.41l5.8-5.8-5.8-5.8A1 1 0 011.7.29l5.8 5.8 5.8-5.8a1 1 0 011.41 1.41l-5.8 5.8 5.8 5.8a1 1 0 01-1.41 1.41l-5.8-5.8-5.8 5.8A1 1 0 011 15z"/></svg></button></div><div class="ct-panel-content" data-device="mobile"><div class="ct-panel-content-inner"><nav class="mobile-menu menu-container" data-id="mobile-menu" data-interaction="click" data-toggle-type="type-1" aria-label="Menu hors-champ">{menu(5524, "menu", base, ["Politique", "Économie", "Sport"], 3)}</nav></div></div></div></div></div>
<div id="main-container">
	<header id="header" class="ct-header" data-id="type-1" itemscope="" itemtype="https://schema.org/WPHeader"><div data-device="desktop"><div data-row="top" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary"><div class="ct-header-text " data-id="text"><div class="entry-content is-layout-flow"><p>Dimanche 7 février 2027</p></div></div></div></div><div data-column="end" data-placements="1"><div data-items="primary"><div class="ct-header-socials " data-id="socials"><div class="ct-social-box" data-color="custom" data-icon-size="custom" data-icons-type="simple"><a href="https://www.facebook.com/actucameroun" data-network="facebook" aria-label="Facebook"><span class="ct-icon-container">{svg}</span></a></div></div></div></div></div></div><div data-row="middle" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary"><div	class="site-branding" data-id="logo" itemscope="itemscope" itemtype="https://schema.org/Organization"><a href="{base}/" class="site-logo-container" rel="home" itemprop="url"><img width="300" height="80" src="{base}/wp-content/uploads/2024/06/logo-actu-cameroun.png" class="default-logo" alt="Actu Cameroun" decoding="async" /></a></div></div></div><div data-column="end" data-placements="1"><div data-items="primary"><nav id="header-menu-1" class="header-menu-1 menu-container" data-id="menu" data-interaction="hover" data-menu="type-1" data-dropdown="type-1:simple" data-responsive="no" itemscope="" itemtype="https://schema.org/SiteNavigationElement" aria-label="Menu principal">{nav}</nav></div></div></div></div></div></header>
	<main id="main" class="site-main hfeed">


	<div
		class="ct-container-full"
				data-content="narrow"		data-vertical-spacing="top:bottom">



	<article
		id="post-318822"
		class="post-318822 post type-post status-publish format-standard has-post-thumbnail hentry category-sport tag-coton-sport tag-elite-one tag-fovu-de-baham">


<div class="hero-section is-width-constrained" data-type="type-1">
			<header class="entry-header">
			<ul class="entry-meta" data-type="simple:slash" data-id="meta_1" ><li class="meta-categories" data-type="simple"><a href="{base}/category/sport/" rel="tag" class="ct-term-7">Sport</a></li></ul><h1 class="page-title" title="{title}" itemprop="headline">{title}</h1><ul class="entry-meta" data-type="label:slash" data-id="meta_2" ><li class="meta-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><span>Par</span><a class="ct-meta-element-author" href="{base}/author/sarmel/" title="Articles par {author}" rel="author" itemprop="url"><span itemprop="name">{author}</span></a></li><li class="meta-date" itemprop="datePublished"><span>Publié le</span><time class="ct-meta-element-date" datetime="2027-02-07T19:55:31+01:00">7 février 2027</time></li></ul>		</header>
	</div>

				<figure class="ct-featured-image "><div class="ct-media-container"><img width="1200" height="800" src="{base}/wp-content/uploads/2027/02/coton-sport-fovu.jpg" class="attachment-full size-full wp-post-image" alt="" loading="lazy" decoding="async" style="aspect-ratio: 3/2;" itemprop="image" /></div><figcaption>Les joueurs de Coton Sport célèbrent le deuxième but, dimanche à Garoua. © Actu Cameroun / DR</figcaption></figure>

		<div class="entry-content is-layout-flow">
			{body}
		</div>


					<div class="entry-tags is-width-constrained "><span class="ct-module-title">Étiquettes</span><div class="entry-tags-items"><a href="{base}/tag/coton-sport/" rel="tag"><span>#</span> Coton Sport</a><a href="{base}/tag/elite-one/" rel="tag"><span>#</span> Elite One</a><a href="{base}/tag/fovu-de-baham/" rel="tag"><span>#</span> Fovu de Baham</a></div></div>
		<div class="ct-share-box is-width-constrained ct-hidden-sm" data-location="bottom" data-type="type-1" ><span class="ct-module-title">Partager cet article</span><div data-icons-type="simple"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" data-network="facebook" aria-label="Facebook" rel="noopener noreferrer nofollow"><span class="ct-icon-container">{svg}</span></a><a href="https://x.com/share?url={url}&amp;text={title}" data-network="twitter" aria-label="X (Twitter)" rel="noopener noreferrer nofollow"><span class="ct-icon-container">{svg}</span></a><a href="https://api.whatsapp.com/send?text={url}" data-network="whatsapp" aria-label="WhatsApp" rel="noopener noreferrer nofollow"><span class="ct-icon-container">{svg}</span></a></div></div>
		<div class="author-box is-width-constrained " data-type="type-2"><a href="{base}/author/sarmel/" class="ct-media-container"><img alt="" src="https://secure.gravatar.com/avatar/a41?s=120&#038;d=mm&#038;r=g" class="avatar avatar-120 photo" height="120" width="120" loading="lazy" decoding="async"/></a><section><h5 class="author-box-name">{author}</h5><div class="author-box-bio"><p>Journaliste sportif, il suit le championnat camerounais depuis Garoua.</p></div><a href="{base}/author/sarmel/" class="ct-author-box-more">Articles<svg width="17px" height="17px" viewBox="0 0 32 32" fill="currentColor"><path d="M 21.1875 9.28125 L 19.78125 10.71875 L 24.0625 15 L 4 15 L 4 17 L 24.0625 17 L 19.78125 21.28125 L 21.1875 22.71875 L 27.90625 16 Z "></path></svg></a></section></div>
		<nav class="post-navigation is-width-constrained " ><a href="{rel[3]["url"]}/" class="nav-item-prev"><div class="item-content"><span class="item-label">Article <span>précédent</span></span><span class="item-title ct-hidden-sm">{rel[3]["title"]}</span></div></a><div class="ct-hidden-sm"></div><a href="{rel[4]["url"]}/" class="nav-item-next"><div class="item-content"><span class="item-label">Article <span>suivant</span></span><span class="item-title ct-hidden-sm">{rel[4]["title"]}</span></div></a></nav>
	</article>


		</div>

	<div class="ct-related-posts-container" ><div class="ct-container"><div class="ct-related-posts" ><h3 class="ct-module-title">Articles similaires</h3><div class="ct-related-posts-items" data-layout="grid">{related}</div></div></div></div>
<div class="ct-comments-container"><div class="ct-container-narrow"><div class="ct-comments" id="comments">	<div id="respond" class="comment-respond">
		<h2 id="reply-title" class="comment-reply-title">Laisser un commentaire<span class="ct-cancel-reply"><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></span></h2><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form has-website-field has-labels-outside" novalidate><p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span></p><p class="comment-form-field-textarea"><label for="comment">Ajouter un commentaire<b class="required">&nbsp;*</b></label><textarea id="comment" name="comment" cols="45" rows="8" required="required"></textarea></p><p class="form-submit"><button name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire">Publier le commentaire</button> <input type='hidden' name='comment_post_ID' value='318822' id='comment_post_ID' /></p></form>	</div><!-- #respond -->
	</div></div></div>
	</main>

	<footer id="footer" class="ct-footer" data-id="type-1" itemscope="" itemtype="https://schema.org/WPFooter"><div data-row="bottom"><div class="ct-container"><div data-column="copyright"><div class="ct-footer-copyright" data-id="copyright"><p>Copyright &copy; 2027 - Actu Cameroun. Tous droits réservés.</p></div></div><div data-column="menu"><nav id="footer-menu" class="footer-menu-inline menu-container" data-id="menu" aria-label="Pied de page"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="{base}/a-propos/">À propos</a></li><li class="menu-item"><a href="{base}/contact/">Contact</a></li><li class="menu-item"><a href="{base}/publicite/">Publicité</a></li></ul></nav></div></div></div></footer></div>

<script id="ct-scripts-js-extra">
var ct_localizations = {{"ajax_url":"https:\\/\\/actucameroun.com\\/wp-admin\\/admin-ajax.php","public_url":"https:\\/\\/actucameroun.com\\/wp-content\\/themes\\/blocksy\\/static\\/bundle\\/","rest_url":"https:\\/\\/actucameroun.com\\/wp-json\\/","search_url":"https:\\/\\/actucameroun.com\\/search\\/QUERY_STRING\\/","show_more_text":"Afficher plus","more_text":"Plus","search_live_results":"R\\u00e9sultats de recherche","search_live_no_result":"Aucun r\\u00e9sultat"}};
</script>
<script src="{base}/wp-content/themes/blocksy/static/bundle/main.js?ver=2.0.77" id="ct-scripts-js"></script>
<script id="sharing-js-js-extra">
var sharing_js_options = {{"lang":"fr","counts":"1","is_stats_active":"1"}};
</script>
<script src="{base}/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.9.1" id="sharing-js-js"></script>
<script src="https://stats.wp.com/e-202706.js" id="jetpack-stats-js" data-wp-strategy="defer"></script>
<script id="jetpack-stats-js-after">
_stq = window._stq || [];
_stq.push([ "view", JSON.parse("{{\\"v\\":\\"ext\\",\\"blog\\":\\"148830927\\",\\"post\\":\\"318822\\",\\"tz\\":\\"1\\",\\"srv\\":\\"actucameroun.com\\",\\"j\\":\\"1:13.9.1\\"}}") ]);
_stq.push([ "clickTrackerInit", "148830927", "318822" ]);
</script>
</body>
</html>
"""
    write(
        "04_actucameroun_blocksy_br_match_kicker_only",
        page,
        {
            "title": flat(title),
            "publication": "Actu Cameroun",
            "author": author,
            "section": "Sport",
            "date": datetime.date(2027, 2, 7),
            "source_url": url,
            "subheads": [sub],
            "paragraphs": [flat(s) for s in segs if s is not None],
            "notes": "WordPress, Blocksy theme (hero-section, entry-meta lists, "
            "entry-content is-layout-flow, ct-share-box, author-box, ct-related-posts). No "
            "JSON-LD and no SEO plugin: Jetpack's Open Graph tags and WordPress's canonical "
            "only; no article:section, no breadcrumb: the category label 'Sport' above the h1 is "
            "the only section source. Match report whose whole text is ONE <p> split by "
            "'<br /><br />' (classic editor): eight segments, one of them a <strong> line that "
            "is a subhead. '17<sup>e</sup>' -> '17e'. Ad Inserter block before the text; "
            "Jetpack sharing ('Partager :' h3) and the empty Jetpack related-posts box "
            "('Similaire') inside entry-content are chrome. Published 19:55+01:00 (18:55Z), "
            "'Publié le 7 février 2027'; header date of the day. Caption credit, tags, author "
            "box with bio, comment form.",
        },
    )
