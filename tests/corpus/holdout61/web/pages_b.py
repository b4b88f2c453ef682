# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Pages 05-08 of holdout61/web (Lebanon, Burkina Faso, France)."""

import datetime
import json

from kit import (
    FILLER,
    css_blob,
    flat,
    json_script,
    menu,
    paras,
    saved_from,
    teasers,
    wp_json_script,
    wptexturize,
    write,
)


def page05() -> None:
    """Ici Beyrouth: WordPress + Yoast graph without an Article node, culture interview."""
    base = "https://icibeyrouth.com"
    post_id = "412873"
    url = f"{base}/culture/{post_id}"
    title = wptexturize(
        "Rania Abou Jaoudé&nbsp;: «&nbsp;Je peins les façades que Beyrouth est en train "
        "d'oublier&nbsp;»"
    )
    lead = wptexturize(
        "La peintre présente jusqu'au 27 février, dans une galerie de Gemmayzé, une trentaine "
        "de toiles consacrées aux maisons à arcades du quartier. Rencontre."
    )
    author = "Nayla Rizk"
    qa = [
        "Dans la petite salle blanche de la galerie Layali, rue Gouraud, les façades jaunes, "
        "ocre et rose pâle semblent avoir été découpées dans la ville elle-même. Rania Abou "
        "Jaoudé, 46 ans, a passé trois ans à peindre les maisons traditionnelles de Gemmayzé, "
        "souvent d'après des photos prises à l'aube, quand la rue est encore vide.",
        "<strong>Pourquoi ces maisons, et pourquoi maintenant&nbsp;?</strong>",
        "Parce qu'elles disparaissent. Après l'explosion du port, beaucoup ont été restaurées, "
        "mais d'autres ont été vendues, vidées, puis laissées à l'abandon. Je passe devant "
        "certaines depuis mon enfance. Un matin, l'une d'elles n'était plus là. Il restait un "
        "terrain vague et une palissade. J'ai compris que je devais me dépêcher.",
        "<strong>Vous travaillez d'après photo. Ne craignez-vous pas de perdre la vie de la "
        "rue&nbsp;?</strong>",
        "Au contraire. La photo me donne la lumière, pas le sujet. J'efface les voitures, les "
        "câbles électriques, les générateurs. Ce qui reste, c'est l'architecture et le temps "
        "qu'il fait. Les gens me disent que mes rues sont vides&nbsp;; pour moi, elles "
        "attendent.",
        "<strong>Certaines toiles portent des dates, d'autres des adresses. Pourquoi&nbsp;?</strong>",
        "Quand je connais l'histoire d'une maison, je la note. La toile de la rue Pasteur porte "
        "la date de sa démolition. C'est ma manière de dire que ce n'était pas une fatalité. "
        "Les autres sont des maisons encore debout, et j'espère qu'elles le resteront.",
        "<strong>Peut-on vivre de la peinture à Beyrouth aujourd'hui&nbsp;?</strong>",
        "Difficilement. J'enseigne le dessin trois jours par semaine dans une école "
        "d'Achrafieh. Les collectionneurs sont revenus, un peu, mais les prix ont été divisés "
        "par deux en quelques années. Beaucoup d'artistes de ma génération sont partis. Moi, je "
        "reste parce que mon sujet est ici.",
        "<strong>Que souhaitez-vous que les visiteurs emportent avec eux&nbsp;?</strong>",
        "L'envie de lever les yeux. On marche à Gemmayzé en regardant son téléphone ou les "
        "trous du trottoir. Au-dessus, il y a des balcons en fer forgé, des vitraux, des tuiles "
        "venues de Marseille. Si les gens les regardent, peut-être qu'ils les défendront.",
        "<em>«&nbsp;Façades&nbsp;», de Rania Abou Jaoudé, galerie Layali, rue Gouraud, "
        "Gemmayzé. Jusqu'au 27 février, du mardi au samedi, de 11&nbsp;h à 19&nbsp;h.</em>",
    ]
    qa = [wptexturize(x) for x in qa]
    quote = wptexturize(
        "«&nbsp;Les gens me disent que mes rues sont vides&nbsp;; pour moi, elles attendent.&nbsp;»"
    )
    body = "\n".join(
        [
            paras(*qa[:5]),
            f'<figure class="wp-block-pullquote"><blockquote><p>{quote}</p><cite>Rania Abou Jaoudé</cite></blockquote></figure>',
            '<div class="ib-ad ib-ad--incontent"><span class="ib-ad__label">Publicité</span><div id="div-gpt-ad-ib-incontent-1"></div></div>',
            paras(*qa[5:9]),
            '<figure class="wp-block-image size-large"><img decoding="async" src="'
            f'{base}/wp-content/uploads/2027/01/facade-rue-pasteur-1024x683.jpg" alt="" class="wp-image-412880"/>'
            '<figcaption class="wp-element-caption">«&nbsp;Rue Pasteur, 2025&nbsp;», huile sur toile. © Rania Abou Jaoudé</figcaption></figure>',
            paras(*qa[9:]),
        ]
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": flat(title) + " - Ici Beyrouth",
                "isPartOf": {"@id": f"{base}/#website"},
                "primaryImageOfPage": {"@id": url + "#primaryimage"},
                "datePublished": "2027-01-16T09:00:41+00:00",
                "dateModified": "2027-01-16T09:14:03+00:00",
                "description": flat(lead),
                "breadcrumb": {"@id": url + "#breadcrumb"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "ImageObject",
                "@id": url + "#primaryimage",
                "url": f"{base}/wp-content/uploads/2027/01/rania-abou-jaoude-galerie.jpg",
                "width": 1600,
                "height": 1067,
            },
            {
                "@type": "BreadcrumbList",
                "@id": url + "#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{base}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Culture",
                        "item": f"{base}/category/culture/",
                    },
                    {"@type": "ListItem", "position": 3, "name": flat(title)},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": f"{base}/",
                "name": "Ici Beyrouth",
                "publisher": {"@id": f"{base}/#organization"},
                "inLanguage": "fr-FR",
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": "Ici Beyrouth",
                "url": f"{base}/",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/2022/05/logo-ici-beyrouth.png",
                },
                "sameAs": [
                    "https://www.facebook.com/icibeyrouth",
                    "https://twitter.com/icibeyrouth",
                ],
            },
        ],
    }
    nav = menu(
        6105,
        "menu",
        base,
        ["Liban", "Moyen-Orient", "Monde", "Économie", "Culture", "Sport", "Opinions", "Podcasts"],
        6,
    )
    related = "".join(
        f'<article class="related-post"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><span class="related-post__cat">Culture</span><h3 class="related-post__title">{t["title"]}</h3></a></article>'
        for t in teasers(6105, 6, base + "/culture", FILLER)
    )
    latest = "".join(
        f'<li class="latest-news__item"><span class="latest-news__time">{10 + i}:{(7 * i) % 60:02d}</span> <a href="{t["url"]}">{t["title"]}</a></li>'
        for i, t in enumerate(teasers(6115, 10, base + "/liban", FILLER))
    )
    page = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{title} - Ici Beyrouth</title>
	<meta name="description" content="{flat(lead)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="fr_FR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{title}" />
	<meta property="og:description" content="{flat(lead)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="Ici Beyrouth" />
	<meta property="article:publisher" content="https://www.facebook.com/icibeyrouth" />
	<meta property="article:published_time" content="2027-01-16T09:00:41+00:00" />
	<meta property="article:modified_time" content="2027-01-16T09:14:03+00:00" />
	<meta property="og:image" content="{base}/wp-content/uploads/2027/01/rania-abou-jaoude-galerie.jpg" />
	<meta name="author" content="{author}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:site" content="@icibeyrouth" />
	<meta name="twitter:label1" content="Écrit par" />
	<meta name="twitter:data1" content="{author}" />
	<meta name="twitter:label2" content="Durée de lecture estimée" />
	<meta name="twitter:data2" content="4 minutes" />
	{json_script(graph, 'type="application/ld+json" class="yoast-schema-graph"')}
	<!-- / Yoast SEO plugin. -->

<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='icibeyrouth-style-css' href='{base}/wp-content/themes/icibeyrouth/assets/css/main.css?ver=3.4.2' media='all' />
<style id='icibeyrouth-inline-css'>{css_blob(6105, "ib", 300)}</style>
<script id="icibeyrouth-js-extra">var ibSettings = {{"ajaxurl":"https:\\/\\/icibeyrouth.com\\/wp-admin\\/admin-ajax.php","postId":"{post_id}","lang":"fr"}};</script>
<script src='{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard wp-embed-responsive category-culture">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show"><div class="cmplz-message"><p>Nous utilisons des cookies pour optimiser notre site web et notre service.</p></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny">Refuser</button><button class="cmplz-btn cmplz-view-preferences">Préférences</button></div></div></div>
<div id="page" class="site">
<div class="top-bar"><div class="top-bar__date">Samedi 16 janvier 2027</div><ul class="top-bar__lang"><li><a href="https://thisisbeirut.com.lb/">English</a></li><li><a href="https://hounabeyrouth.com/">عربي</a></li></ul><a class="top-bar__newsletter" href="{base}/newsletter">Newsletter</a></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="{base}/" rel="home"><img src="{base}/wp-content/uploads/2022/05/logo-ici-beyrouth.svg" alt="Ici Beyrouth" width="220" height="48"></a></div><nav id="site-navigation" class="main-navigation">{nav}</nav><button class="search-toggle" aria-label="Rechercher">Rechercher</button></header>
<div class="latest-news"><span class="latest-news__label">En continu</span><ul>{latest}</ul></div>
<main id="primary" class="site-main">
<nav class="yoast-breadcrumbs" aria-label="Fil d’Ariane"><span><span><a href="{base}/">Accueil</a></span> » <span><a href="{base}/category/culture/">Culture</a></span> » <span class="breadcrumb_last" aria-current="page">{title}</span></span></nav>
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-culture tag-arts-plastiques tag-gemmayze tag-peinture">
<header class="entry-header">
<div class="entry-kicker"><a href="{base}/category/culture/" class="entry-kicker__cat">Culture</a> <span class="entry-kicker__label">Entretien</span></div>
<h1 class="entry-title">{title}</h1>
<div class="entry-chapeau"><p>{lead}</p></div>
<div class="entry-meta"><span class="byline">Par <span class="author vcard"><a class="url fn n" href="{base}/author/nrizk/">{author}</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="2027-01-16T11:00:41+02:00">16 janvier 2027</time><time class="updated" datetime="2027-01-16T11:14:03+02:00">16 janvier 2027</time></span> <span class="reading-time">4 min</span></div>
<div class="share-buttons"><a class="share-buttons__facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a><a class="share-buttons__x" href="https://twitter.com/intent/tweet?url={url}">X</a><a class="share-buttons__whatsapp" href="https://api.whatsapp.com/send?text={url}">WhatsApp</a><a class="share-buttons__copy" href="#">Copier le lien</a></div>
</header>
<div class="post-thumbnail"><img width="1600" height="1067" src="{base}/wp-content/uploads/2027/01/rania-abou-jaoude-galerie.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async"><div class="post-thumbnail__caption">Rania Abou Jaoudé dans la galerie Layali, à Gemmayzé. © Nayla Rizk</div></div>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="tags-links"><a href="{base}/tag/arts-plastiques/" rel="tag">Arts plastiques</a> <a href="{base}/tag/gemmayze/" rel="tag">Gemmayzé</a> <a href="{base}/tag/peinture/" rel="tag">Peinture</a></span></footer>
</article>
<div class="newsletter-box"><h2 class="newsletter-box__title">Recevez l’essentiel de l’actualité</h2><p>Inscrivez-vous à la newsletter d’Ici Beyrouth.</p><form><input type="email" placeholder="Votre e-mail"><button type="submit">S’inscrire</button></form></div>
<section class="related-posts"><h2 class="related-posts__title">À lire aussi</h2>{related}</section>
</main>
<footer id="colophon" class="site-footer"><div class="site-footer__brand"><img src="{base}/wp-content/uploads/2022/05/logo-ici-beyrouth-blanc.svg" alt="Ici Beyrouth"></div><ul class="site-footer__menu"><li><a href="{base}/qui-sommes-nous/">Qui sommes-nous</a></li><li><a href="{base}/contact/">Contact</a></li><li><a href="{base}/mentions-legales/">Mentions légales</a></li></ul><div class="site-info">© 2027 Ici Beyrouth. Tous droits réservés.</div></footer>
</div>
<script src='{base}/wp-content/themes/icibeyrouth/assets/js/main.js?ver=3.4.2' id='icibeyrouth-main-js'></script>
</body>
</html>
"""
    write(
        "05_icibeyrouth_wordpress_yoast_entretien_no_article_node",
        page,
        {
            "title": flat(title),
            "publication": "Ici Beyrouth",
            "author": author,
            "section": "Culture",
            "date": datetime.date(2027, 1, 16),
            "standfirst": flat(lead),
            "source_url": url,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in qa],
            "notes": "WordPress + Yoast, partial JSON-LD: the @graph has WebPage (with the "
            "dates), BreadcrumbList, WebSite and Organization but no Article and no Person; "
            "the author is in the byline, meta author and twitter:data1. No articleSection nor "
            "article:section: the breadcrumb's 'Culture' (its last item is the headline) beats "
            "the kicker label 'Entretien'. Interview: presentation paragraph, questions in "
            "<p><strong> (paragraphs), closing practical line in <em> (a paragraph). "
            "wptexturize &#8217; entities; &nbsp; before '?' ';' ':' and inside « ». "
            "figure.wp-block-pullquote repeating an answer's sentence, its cite left out; image "
            "block with a caption inside the content; ad between paragraphs. Dates 09:00+00:00 "
            "= 11:00 in Beirut, the same 16 January; 'En continu' ticker and the top bar's date.",
        },
    )


def page06() -> None:
    """Burkina 24: WordPress Jannah, its own JSON-LD with articleBody, squad list, blockquote."""
    base = "https://burkina24.com"
    slug = "etalons-a-23-joueurs-retenus-pour-le-tournoi-de-lamitie-a-lome"
    url = f"{base}/2027/01/18/{slug}/"
    title = wptexturize("Étalons A' : 23 joueurs retenus pour le tournoi de l'Amitié à Lomé")
    author_caps = "Wendpouiré ZOUNGRANA"
    p1 = [
        "Le sélectionneur des Étalons A', Issouf Compaoré, a dévoilé ce lundi 18 janvier 2027 à "
        "Ouagadougou la liste des 23 joueurs retenus pour le tournoi de l'Amitié, prévu du 26 au "
        "31 janvier à Lomé, au Togo. La sélection, composée exclusivement de joueurs évoluant "
        "dans le championnat national, affrontera le Togo, le Bénin et le Niger.",
        "Par rapport au dernier regroupement de novembre, le technicien a procédé à sept "
        "changements. Il fait notamment appel pour la première fois au gardien de l'USFA, "
        "Abdoul Aziz Sawadogo, et à l'attaquant de Majestic SC, Rodrigue Ouédraogo, meilleur "
        "buteur de la phase aller avec neuf réalisations.",
    ]
    squad = [
        "<strong>Gardiens :</strong> Abdoul Aziz Sawadogo (USFA), Hervé Kaboré (Rahimo FC), "
        "Ousmane Dao (ASFA-Yennenga)",
        "<strong>Défenseurs :</strong> Ibrahim Sanou (AS Douanes), Moussa Kouanda (USFA), Salif "
        "Traoré (Salitas FC), Lassané Zongo (Majestic SC), Yacouba Belem (RC Bobo), Adama "
        "Ilboudo (Rahimo FC), Boubacar Diallo (AS SONABEL)",
        "<strong>Milieux :</strong> Cheick Oumar Ouattara (ASFA-Yennenga), Aboubacar Nikiema "
        "(Salitas FC), Ismaël Zerbo (AS Douanes), Frédéric Yaméogo (USFA), Souleymane Kinda (RC "
        "Kadiogo), Arouna Bamogo (Majestic SC)",
        "<strong>Attaquants :</strong> Rodrigue Ouédraogo (Majestic SC), Issa Bationo (Rahimo "
        "FC), Ali Tiendrébéogo (AS SONABEL), Mahamadi Konaté (Salitas FC), Jean-Baptiste Somé "
        "(RC Bobo), Dramane Sankara (ASFA-Yennenga), Alassane Soré (AS Douanes)",
    ]
    p2 = [
        "Pour Issouf Compaoré, ce tournoi doit servir de test grandeur nature avant les "
        "éliminatoires du Championnat d'Afrique des nations (CHAN), dont le premier tour est "
        "prévu en juillet. Face à la presse, il a justifié ses choix :",
    ]
    bq = [
        "« Nous voulons voir des joueurs qui ont du caractère et qui sont réguliers dans leurs "
        "clubs. Certains cadres sont blessés, d'autres manquent de rythme. C'est l'occasion pour "
        "les jeunes de montrer qu'ils ont leur place.",
        "Le résultat compte, bien sûr, mais je juge d'abord l'attitude. Lomé n'est pas un "
        "voyage touristique. »",
    ]
    p3 = [
        "Le regroupement débute ce mardi au Centre technique national de Ouaga 2000. Les Étalons "
        "A' quitteront Ouagadougou par la route le 24 janvier. Le premier match, face au Togo, "
        "est programmé le 26 janvier à 16 heures au stade de Kégué.",
        "Organisé pour la troisième fois, le tournoi de l'Amitié réunit chaque année quatre "
        "sélections de joueurs locaux de la sous-région. Les deux premières éditions s'étaient "
        "jouées à huis clos ; celle-ci sera ouverte au public, avec une entrée fixée à 1 000 "
        "francs CFA.",
    ]
    heads = ["La liste des 23", "Préparer le CHAN"]
    p1, squad, p2, bq, p3 = ([wptexturize(x) for x in part] for part in (p1, squad, p2, bq, p3))
    lire = (
        f'<p><strong>Lire aussi</strong> ➡️ <a href="{base}/2026/11/17/etalons-a-match-nul-face-au-mali-en-amical/">'
        + wptexturize("Étalons A' : match nul face au Mali en amical")
        + "</a></p>"
    )
    body = "\n".join(
        [
            paras(*p1),
            lire,
            '<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><span class="stream-title">Publicité</span><div class="stream-item-size"><ins class="adsbygoogle" data-ad-client="ca-pub-0000000000000000" data-ad-slot="0000000000"></ins></div></div>',
            f'<h3 class="wp-block-heading">{heads[0]}</h3>',
            '<ul class="wp-block-list">' + "".join(f"<li>{x}</li>" for x in squad) + "</ul>",
            f'<h3 class="wp-block-heading">{heads[1]}</h3>',
            paras(*p2),
            '<blockquote class="wp-block-quote">' + paras(*bq) + "</blockquote>",
            '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
            '<iframe title="Conférence de presse du sélectionneur des Étalons A’" width="780" height="439" src="https://www.youtube.com/embed/b24Xq7kLmP0?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></div></figure>',
            paras(*p3),
            f"<p><strong>{author_caps}</strong><br><strong>Burkina 24</strong></p>",
        ]
    )
    text_for_ld = " ".join(flat(x) for x in [*p1, *squad, *p2, *bq, *p3])
    schema = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "dateCreated": "2027-01-18T17:42:11+00:00",
        "datePublished": "2027-01-18T17:42:11+00:00",
        "dateModified": "2027-01-18T18:05:37+00:00",
        "headline": flat(title),
        "name": flat(title),
        "keywords": "Étalons A',Football",
        "url": url,
        "description": flat(p1[0])[:150] + "...",
        "copyrightYear": "2027",
        "articleSection": "Sport",
        "articleBody": text_for_ld + f" {author_caps} Burkina 24",
        "publisher": {
            "@id": "#Publisher",
            "@type": "Organization",
            "name": "Burkina 24",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/wp-content/uploads/2023/02/logo-burkina24.png",
            },
            "sameAs": [
                "https://www.facebook.com/burkina24",
                "https://twitter.com/burkina24",
                "https://www.youtube.com/@burkina24",
            ],
        },
        "sourceOrganization": {"@id": "#Publisher"},
        "copyrightHolder": {"@id": "#Publisher"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url, "breadcrumb": {"@id": "#Breadcrumb"}},
        "author": {"@type": "Person", "name": author_caps, "url": f"{base}/author/wzoungrana/"},
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/wp-content/uploads/2027/01/etalons-a-liste.jpg",
            "width": 1200,
            "height": 800,
        },
    }
    crumbs = {
        "@context": "http://schema.org",
        "@type": "BreadcrumbList",
        "@id": "#Breadcrumb",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"name": "Accueil", "@id": f"{base}/"}},
            {
                "@type": "ListItem",
                "position": 2,
                "item": {"name": "Sport", "@id": f"{base}/category/sport/"},
            },
        ],
    }
    nav = "".join(
        f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{100 + i}"><a href="{base}/category/{c.lower()}/">{c}</a></li>'
        for i, c in enumerate(
            [
                "Actualité",
                "Politique",
                "Économie",
                "Société",
                "Sport",
                "Culture",
                "International",
                "Vidéos",
            ]
        )
    )
    sub = menu(6106, "sub-menu", base, ["Football", "Basketball", "Cyclisme", "Athlétisme"], 5)
    related = "".join(
        f'<div class="related-item"><a aria-label="{t["title"]}" href="{t["url"]}" class="post-thumb"><img width="390" height="220" src="{t["image"]}" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt=""></a><h3 class="post-title"><a href="{t["url"]}">{t["title"]}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">{int(t["date"][8:])} {["septembre", "octobre", "novembre"][int(t["date"][5:7]) - 9]} 2026</span></div></div>'
        for t in teasers(6106, 6, base + "/2026", FILLER)
    )
    popular = "".join(
        f'<li class="widget-single-post-item widget-post-list"><div class="post-widget-body"><a class="post-title the-subtitle" href="{t["url"]}">{t["title"]}</a></div></li>'
        for t in teasers(6116, 5, base + "/2027/01", FILLER)
    )
    comments = "".join(
        f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article id="comment-{cid}" class="comment-body"><div class="comment-meta post-meta clearfix"><div class="comment-author vcard"><div class="author-date-inline clearfix"><b class="fn">{name}</b><div class="comment-metadata"><a href="{url}#comment-{cid}"><span>{when}</span></a></div></div></div></div><div class="comment-content entry clearfix"><p>{text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Répondre</a></div></article></li>'
        for cid, name, when, text in [
            (
                88412,
                "Salam",
                "18 janvier 2027 à 19 h 03 min",
                wptexturize("Enfin une chance pour les jeunes de Majestic ! Bon vent aux Étalons."),
            ),
            (
                88420,
                "Kôrô Adama",
                "18 janvier 2027 à 21 h 47 min",
                wptexturize(
                    "Pourquoi pas le milieu de l'EFO ? Il est régulier depuis le début de la saison."
                ),
            ),
        ]
    )
    tie_vars = {
        "is_rtl": "",
        "ajaxurl": f"{base}/wp-admin/admin-ajax.php",
        "is_side_aside_light": "",
        "is_taqyeem_active": "",
        "is_sticky_video": "",
        "mobile_menu_top": "",
        "lightbox_all": "true",
        "lightbox_gallery": "true",
        "lazyload": "true",
        "select_share": "true",
    }
    tie_js = json.dumps(tie_vars).replace("/", "\\/")
    page = (
        saved_from(url)
        + f"""<!DOCTYPE html>
<html lang="fr-FR" class="" data-skin="light">
<head>
	<meta charset="UTF-8" />
	<link rel="profile" href="https://gmpg.org/xfn/11" />
	<title>{title} &#8211; Burkina 24</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Burkina 24 &raquo; Flux" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="Burkina 24 &raquo; Flux des commentaires" href="{base}/comments/feed/" />
<link rel='stylesheet' id='tie-css-base-css' href='{base}/wp-content/themes/jannah/assets/css/base.min.css?ver=7.2.0' type='text/css' media='all' />
<link rel='stylesheet' id='tie-css-single-css' href='{base}/wp-content/themes/jannah/assets/css/single.min.css?ver=7.2.0' type='text/css' media='all' />
<style id='tie-css-styles-inline-css' type='text/css'>{css_blob(6106, "tie", 320)}</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="canonical" href="{url}" />
<link rel='shortlink' href='{base}/?p=241877' />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0" />

<!-- Jetpack Open Graph Tags -->
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="og:url" content="{url}" />
<meta property="og:description" content="{flat(p1[0])[:160]}" />
<meta property="article:published_time" content="2027-01-18T17:42:11+00:00" />
<meta property="article:modified_time" content="2027-01-18T18:05:37+00:00" />
<meta property="og:site_name" content="Burkina 24" />
<meta property="og:image" content="{base}/wp-content/uploads/2027/01/etalons-a-liste.jpg" />
<meta property="og:locale" content="fr_FR" />
<meta name="twitter:site" content="@burkina24" />
<meta name="twitter:card" content="summary_large_image" />

<!-- End Jetpack Open Graph Tags -->
</head>

<body id="tie-body" class="post-template-default single single-post postid-241877 single-format-standard wrapper-has-shadow block-head-4 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media is-standard-format has-mobile-share">
<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">
<nav id="top-nav" class="has-date-components-menu top-nav header-nav" aria-label="Navigation secondaire"><div class="container"><div class="topbar-wrapper"><div class="topbar-today-date tie-icon">lundi, janvier 18, 2027</div><div class="tie-alignleft"><div class="top-menu header-menu"><ul id="menu-top" class="menu"><li><a href="{base}/contact/">Contact</a></li><li><a href="{base}/publicite/">Publicité</a></li></ul></div></div></div></div></nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="Burkina 24" href="{base}/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="{base}/wp-content/uploads/2023/02/logo-burkina24.png" alt="Burkina 24" width="300" height="90" /></picture></a></div></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="Navigation principale"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-menu-principal" class="menu" role="menubar">{nav}</ul>{sub}</div></div></div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="{base}/"><span class="tie-icon-home" aria-hidden="true"></span> Accueil</a><em class="delimiter">/</em><a href="{base}/category/sport/">Sport</a><em class="delimiter">/</em><span class="current">{title}</span></nav>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-9" href="{base}/category/sport/">Sport</a></span>
<h1 class="post-title entry-title">{title}</h1>
<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-31"><span class="meta-author-avatar"><a href="{base}/author/wzoungrana/"><img alt="Photo de {author_caps}" src="https://secure.gravatar.com/avatar/0f3c?s=140&#038;d=mm&#038;r=g" class="avatar avatar-140 photo" height="140" width="140" decoding="async"/></a></span><span class="meta-author"><a href="{base}/author/wzoungrana/" class="author-name tie-icon" title="{author_caps}">{author_caps}</a></span></span></span><span class="date meta-item tie-icon">18 janvier 2027</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">2</span><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 1 245 </span> <span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 3 minutes de lecture</span></div></div>
</div>
</header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="{base}/wp-content/uploads/2027/01/etalons-a-liste-780x470.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" data-main-img="1" decoding="async" /><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> Le sélectionneur Issouf Compaoré lors de l’annonce de sa liste, lundi à Ouagadougou. Ph : Burkina 24</figcaption></figure></div></div>
<div id="share-buttons-top" class="share-buttons share-buttons-top"><div class="share-links  icons-only"><a href="https://www.facebook.com/sharer.php?u={url}" rel="external noopener nofollow" title="Facebook" target="_blank" class="facebook-share-btn " data-raw="https://www.facebook.com/sharer.php?u={{post_link}}"><span class="share-btn-icon tie-icon-facebook"></span> <span class="screen-reader-text">Facebook</span></a><a href="https://twitter.com/intent/tweet?text=&#038;url={url}" rel="external noopener nofollow" title="X" target="_blank" class="twitter-share-btn "><span class="share-btn-icon tie-icon-twitter"></span> <span class="screen-reader-text">X</span></a><a href="https://api.whatsapp.com/send?text={url}" rel="external noopener nofollow" title="WhatsApp" target="_blank" class="whatsapp-share-btn "><span class="share-btn-icon tie-icon-whatsapp"></span> <span class="screen-reader-text">WhatsApp</span></a></div></div>
<div class="entry-content entry clearfix">
{body}
</div><!-- .entry-content /-->
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Étiquettes</div><span class="tagcloud"><a href="{base}/tag/etalons-a/" rel="tag">Étalons A&#8217;</a> <a href="{base}/tag/football/" rel="tag">Football</a> <a href="{base}/tag/lome/" rel="tag">Lomé</a></span></div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links "><div class="share-title"><span class="tie-icon-share" aria-hidden="true"></span><span> Partager</span></div><a href="https://www.facebook.com/sharer.php?u={url}" class="facebook-share-btn large-share-button"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a><a href="https://api.whatsapp.com/send?text={url}" class="whatsapp-share-btn large-share-button"><span class="share-btn-icon tie-icon-whatsapp"></span> <span class="social-text">WhatsApp</span></a></div></div>
</article><!-- #the-post /-->
<div class="post-components">
<div class="about-author container-wrapper about-author-31"><div class="author-avatar"><a href="{base}/author/wzoungrana/"><img alt="Photo de {author_caps}" src="https://secure.gravatar.com/avatar/0f3c?s=180&#038;d=mm&#038;r=g" class="avatar avatar-180 photo" height="180" width="180" /></a></div><div class="author-info"><h3 class="author-name"><a href="{base}/author/wzoungrana/">{author_caps}</a></h3><div class="author-bio">Journaliste au service des sports de Burkina 24.</div></div></div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Articles similaires</h3></div><div class="related-posts-list">{related}</div></div>
<div id="comments" class="comments-area"><div id="comments-box" class="container-wrapper"><div class="block-head theme-header"><h3 id="comments-title" class="the-global-title has-block-head-4">2 commentaires</h3></div><ol class="comment-list">{comments}</ol></div><div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title has-block-head-4">Laisser un commentaire</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span></p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Laisser un commentaire" /></p></form></div></div></div>
</div>
</div><!-- .main-content /-->
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Barre latérale principale"><div class="theiaStickySidebar"><div id="posts-list-widget-3" class="container-wrapper widget posts-list"><div class="widget-title the-global-title has-block-head-4"><div class="the-subtitle">Les plus lus</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper">{popular}</ul></div></div></div><div id="stream-item-widget-2" class="container-wrapper widget stream-item-widget"><div class="stream-item-widget-content"><span class="stream-title">Publicité</span></div></div></div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">&copy; Copyright 2027, Tous droits réservés | Burkina 24 &#8211; L&#8217;information du Burkina Faso 24h/24</div></div></div></div></div></footer>
</div><!-- #tie-wrapper /-->
</div><!-- #tie-container /-->
</div><!-- .background-overlay /-->
{wp_json_script(schema)}
{wp_json_script(crumbs)}
<script type="text/javascript" id="tie-scripts-js-extra">
/* <![CDATA[ */
var tie = {tie_js};
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.2.0" id="tie-scripts-js"></script>
</body>
</html>
"""
    )
    write(
        "06_burkina24_jannah_etalons_squad_list_caps_signature",
        page,
        {
            "title": flat(title),
            "publication": "Burkina 24",
            "author": "Wendpouiré Zoungrana",
            "section": "Sport",
            "date": datetime.date(2027, 1, 18),
            "source_url": url,
            "subheads": heads,
            "paragraphs": [flat(x) for x in [*p1, *squad, *p2, *bq, *p3]],
            "notes": "WordPress Jannah (tie- markup, Jetpack Open Graph tags) with Jannah's own "
            "JSON-LD at the end of the body: NewsArticle with \\/ and \\u00e9 escapes, an "
            "articleBody that runs the text together with the signature, and a Person author "
            "'Wendpouiré ZOUNGRANA' (surname in capitals, as in the byline, the author box and "
            "the signature) -> 'Wendpouiré Zoungrana'. Closing signature '<strong>NAME</strong>"
            "<br><strong>Burkina 24</strong>' in a <p> of the content: chrome. 'Lire aussi ➡️' "
            "line and an ad inside the content. Two h3.wp-block-heading subheads; the squad as "
            "a ul of four items (one per position, label in <strong>); blockquote.wp-block-"
            "quote of two paragraphs (the coach's words, guillemets across them); YouTube embed "
            "without text. No standfirst. 'ce lundi 18 janvier 2027' in the text, '18 janvier "
            "2027' in the meta, the top bar's 'lundi, janvier 18, 2027'; comments dated the "
            "same day; caption 'Ph : Burkina 24'; author box, related posts.",
        },
    )


def page07() -> None:
    """La Voix du Nord: Rossel's platform, local transport, pull quote, breadcrumb section."""
    base = "https://www.lavoixdunord.fr"
    art_id = "1498230"
    url = f"{base}/{art_id}/article/2027-01-19/roubaix-la-liane-4-deviee-pendant-six-mois-cause-des-travaux-de-la-grand-rue"
    title = "Roubaix&nbsp;: la Liane 4 déviée pendant six mois à cause des travaux de la Grand-Rue"
    lead = (
        "Le chantier de réaménagement de la Grand-Rue commence lundi 25&nbsp;janvier. Pendant "
        "six mois, les bus contourneront le centre-ville et quatre arrêts seront supprimés."
    )
    author = "Mathilde Vandenbussche"
    p = [
        "Les usagers de la Liane 4 vont devoir changer leurs habitudes. À partir du lundi "
        "25&nbsp;janvier et jusqu’à la fin du mois de juillet, la ligne de bus qui traverse "
        "Roubaix du nord au sud ne passera plus par la Grand-Rue, fermée à la circulation pour "
        "un vaste chantier de réaménagement.",
        "Les bus emprunteront à la place le boulevard Gambetta et la rue de l’Alma, dans les "
        "deux sens. Quatre arrêts sont supprimés pendant toute la durée des travaux&nbsp;: "
        "Grand-Rue, Saint-Martin, Rue-de-Lannoy et Hôtel-de-Ville. Deux arrêts provisoires "
        "seront installés boulevard Gambetta.",
        # h2
        "Selon la Métropole européenne de Lille, la déviation allongera le trajet de cinq à dix "
        "minutes aux heures de pointe. La fréquence, un bus toutes les huit minutes en semaine, "
        "reste inchangée.",
        "La Liane 4 est l’une des lignes les plus fréquentées de la métropole en dehors du "
        "métro, avec près de 14&nbsp;000 voyages par jour en semaine, dont un quart entre la "
        "gare de Roubaix et le quartier de l’Épeule.",
        "Les commerçants de la Grand-Rue redoutent surtout la baisse de passage. «&nbsp;Un tiers "
        "de ma clientèle vient en bus. Six mois sans arrêt devant la porte, c’est long&nbsp;», "
        "souffle Karima Benali, qui tient une boulangerie près de l’église Saint-Martin depuis "
        "douze ans.",
        "Son voisin, opticien, a déjà prévu de livrer lui-même les commandes de ses clients les "
        "plus âgés. «&nbsp;Je ne vais pas les laisser marcher un kilomètre avec un "
        "déambulateur&nbsp;», explique-t-il.",
        # h2
        "Le chantier, d’un montant de 8,6&nbsp;millions d’euros, doit transformer la partie "
        "centrale de la Grand-Rue en zone de rencontre limitée à 20&nbsp;km/h, avec des "
        "trottoirs élargis, une quarantaine d’arbres et un parvis piéton devant l’église.",
        "«&nbsp;Nous avons découpé les travaux en trois phases pour que les commerces restent "
        "accessibles à pied en permanence&nbsp;», assure l’adjoint chargé des mobilités, Thomas "
        "Vermeersch. Une réunion d’information est prévue jeudi 21&nbsp;janvier à 18&nbsp;h&nbsp;30 "
        "à l’hôtel de ville.",
        "Les horaires modifiés sont consultables sur le site et l’application du réseau, ainsi "
        "qu’aux arrêts concernés. Les lignes 29 et 34 ne sont pas touchées par la déviation.",
    ]
    heads = ["Jusqu’à dix minutes de plus", "Une zone de rencontre à 20 km/h"]
    quote = "«&nbsp;Six mois sans arrêt devant la porte, c’est long&nbsp;»"

    def para(x: str) -> str:
        return f'<p class="r-article--paragraph">{x}</p>'

    related = (
        '<r-article--related class="r-article--related"><span class="r-related--label">À lire aussi</span><ul>'
        f'<li><a href="{base}/1471102/article/2026-11-26/roubaix-la-grand-rue-va-perdre-ses-places-de-stationnement">Roubaix&nbsp;: la Grand-Rue va perdre ses places de stationnement</a></li>'
        f'<li><a href="{base}/1459874/article/2026-10-30/metropole-lilloise-les-lianes-plus-frequentes-des-novembre">Métropole lilloise&nbsp;: les Lianes plus fréquentes dès novembre</a></li>'
        "</ul></r-article--related>"
    )
    body = "\n".join(
        [
            para(p[0]),
            para(p[1]),
            f'<h2 class="r-article--subtitle">{heads[0]}</h2>',
            para(p[2]),
            para(p[3]),
            related,
            para(p[4]),
            f'<r-quote class="r-article--quote"><blockquote><p>{quote}</p></blockquote><span class="r-quote--author">Karima Benali, boulangère</span></r-quote>',
            para(p[5]),
            '<r-ad class="r-ad r-ad--inread" data-position="inread"><span class="r-ad--label">Publicité</span></r-ad>',
            f'<h2 class="r-article--subtitle">{heads[1]}</h2>',
            para(p[6]),
            para(p[7]),
            para(p[8]),
        ]
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": flat(title),
        "description": flat(lead),
        "image": {
            "@type": "ImageObject",
            "url": f"https://www.lavoixdunord.fr/sites/default/files/dpistyles_v2/vdn_16_9_extra_big/2027/01/18/node_{art_id}/grand-rue-roubaix.jpg",
            "width": 1600,
            "height": 900,
        },
        "datePublished": "2027-01-19T07:00:00+01:00",
        "dateModified": "2027-01-19T07:00:00+01:00",
        "author": [{"@type": "Person", "name": author}],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "La Voix du Nord",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/img/logo-lavoixdunord.png",
                "width": 600,
                "height": 60,
            },
        },
        "isAccessibleForFree": "True",
    }
    crumbs = {
        "@context": "http://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"@id": f"{base}/", "name": "Accueil"}},
            {
                "@type": "ListItem",
                "position": 2,
                "item": {"@id": f"{base}/region", "name": "Région"},
            },
            {
                "@type": "ListItem",
                "position": 3,
                "item": {
                    "@id": f"{base}/region/roubaix-et-ses-environs",
                    "name": "Roubaix et ses environs",
                },
            },
        ],
    }
    nav = menu(
        6107,
        "r-menu",
        base,
        [
            "Région",
            "Lille",
            "Roubaix",
            "Tourcoing",
            "Sports",
            "Loisirs",
            "France-Monde",
            "Faits divers",
        ],
        8,
    )
    more = "".join(
        f'<r-teaser class="r-teaser"><a href="{t["url"]}"><r-pic class="r-teaser--pic"><img src="{t["image"]}" alt=""></r-pic><span class="r-teaser--kicker">{t["section"]}</span><h3 class="r-teaser--title">{t["title"]}</h3></a></r-teaser>'
        for t in teasers(6107, 24, base, FILLER)
    )
    page = f"""<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{title} - La Voix du Nord</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="La Voix du Nord">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://www.lavoixdunord.fr/sites/default/files/dpistyles_v2/vdn_16_9_extra_big/2027/01/18/node_{art_id}/grand-rue-roubaix.jpg">
<meta property="article:published_time" content="2027-01-19T07:00:00+01:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@lavoixdunord">
<meta name="rossel:articleId" content="{art_id}">
<meta name="rossel:premium" content="false">
{json_script(ld)}
{json_script(crumbs)}
<link rel="stylesheet" href="https://assets.lavoixdunord.fr/r-core/4.38.2/css/r-core.css">
<style>{css_blob(6107, "r", 340)}</style>
<script>window.rossel={{"site":"lavoixdunord","pageType":"article","articleId":"{art_id}","section":"region/roubaix-et-ses-environs","city":"roubaix","authors":"{author}","premium":false}};</script>
<script type="module" src="https://assets.lavoixdunord.fr/r-core/4.38.2/js/r-core.js"></script>
</head>
<body class="r-body r-body--article">
<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">Avec votre accord, La Voix du Nord et ses partenaires utilisent des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.</p><button id="didomi-notice-agree-button">Accepter &amp; fermer</button><button id="didomi-notice-disagree-button">Continuer sans accepter</button></div></div>
<r-viewport>
<r-header class="r-header"><a class="r-header--logo" href="{base}/"><img src="https://assets.lavoixdunord.fr/r-core/4.38.2/img/logo-lavoixdunord.svg" alt="La Voix du Nord"></a><r-menu class="r-header--menu">{nav}</r-menu><a class="r-header--subscribe" href="https://abonnement.lavoixdunord.fr/">Je m’abonne</a><r-login class="r-header--login"><a href="{base}/connexion">Se connecter</a></r-login></r-header>
<r-ad class="r-ad r-ad--top" data-position="top"><span class="r-ad--label">Publicité</span></r-ad>
<r-main class="r-main">
<r-breadcrumb class="r-breadcrumb"><ol><li><a href="{base}/">Accueil</a></li><li><a href="{base}/region">Région</a></li><li><a href="{base}/region/roubaix-et-ses-environs">Roubaix et ses environs</a></li></ol></r-breadcrumb>
<article class="r-article" data-id="{art_id}">
<header class="r-article--header">
<r-article--section class="r-article--section"><a href="{base}/region/roubaix-et-ses-environs/transports">Transports</a></r-article--section>
<h1 class="r-article--title">{title}</h1>
<r-article--chapo class="r-article--chapo"><p>{lead}</p></r-article--chapo>
<r-article--meta class="r-article--meta"><r-byline class="r-article--author"><span class="r-article--author-prefix">Par</span> <a class="r-article--author-name" href="{base}/auteur/mvandenbussche">{author}</a></r-byline> <time class="r-article--date" datetime="2027-01-19T07:00:00+01:00">Publié: 19 janvier 2027 à 07h00</time> <span class="r-article--readtime">Temps de lecture: 3 min</span></r-article--meta>
<r-share class="r-share"><button data-network="facebook">Partager</button><button data-network="x">Tweeter</button><button data-network="whatsapp">WhatsApp</button><button data-network="mail">Envoyer</button></r-share>
</header>
<r-pic class="r-article--pic"><figure><img src="https://www.lavoixdunord.fr/sites/default/files/dpistyles_v2/vdn_16_9_extra_big/2027/01/18/node_{art_id}/grand-rue-roubaix.jpg" alt="La Grand-Rue à Roubaix."><figcaption><span class="r-pic--legend">La Grand-Rue sera fermée à la circulation à partir du 25 janvier.</span> <span class="r-pic--credit">Photo Sami Belloumi</span></figcaption></figure></r-pic>
<div class="r-article--content">
{body}
</div>
<r-article--tags class="r-article--tags"><a href="{base}/tag/roubaix">Roubaix</a><a href="{base}/tag/transports">Transports</a><a href="{base}/tag/travaux">Travaux</a></r-article--tags>
<r-newsletter class="r-newsletter"><h2 class="r-newsletter--title">La newsletter Roubaix</h2><p>Chaque matin, l’actualité de Roubaix et de ses environs dans votre boîte mail.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m’inscris</button></form></r-newsletter>
</article>
<r-aside class="r-aside"><h2 class="r-aside--title">Les plus lus à Roubaix</h2><ol>{"".join(f'<li><a href="{t["url"]}">{t["title"]}</a></li>' for t in teasers(6117, 6, base, FILLER))}</ol></r-aside>
<section class="r-more"><h2 class="r-more--title">Nos dernières actualités</h2>{more}</section>
</r-main>
<r-footer class="r-footer"><p>La Voix du Nord, un titre du groupe Rossel.</p><ul><li><a href="{base}/mentions-legales">Mentions légales</a></li><li><a href="{base}/vie-privee">Vie privée</a></li><li><a href="{base}/cookies">Cookies</a></li></ul><p>© La Voix du Nord 2027</p></r-footer>
</r-viewport>
</body>
</html>
"""
    write(
        "07_lavoixdunord_rossel_liane_deviation_pullquote_no_section_ld",
        page,
        {
            "title": flat(title),
            "publication": "La Voix du Nord",
            "author": author,
            "section": "Roubaix et ses environs",
            "date": datetime.date(2027, 1, 19),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": heads,
            "pull_quotes": [flat(quote)],
            "paragraphs": [flat(x) for x in p],
            "notes": "Rossel platform (r- custom elements). JSON-LD NewsArticle without "
            "articleSection, no article:section: the breadcrumb's last item 'Roubaix et ses "
            "environs' (also in a BreadcrumbList) beats the kicker 'Transports'. Standfirst "
            "r-article--chapo; two h2 subheads; r-quote pull quote (blockquote + author span) "
            "repeating a quotation of a paragraph; 'À lire aussi' list and an ad inside the "
            "content; &nbsp; inside « » and before ':'. 'Publié: 19 janvier 2027 à 07h00'; "
            "dates in the text (25 and 21 January) are not the publication date.",
        },
    )


def page08() -> None:
    """Le Figaro: Fig's own front, 'Par Le Figaro avec AFP', list, video, comments."""
    base = "https://www.lefigaro.fr"
    url = f"{base}/actualite-france/neige-et-verglas-quatorze-departements-en-vigilance-orange-jeudi-20270120"
    title = "Neige et verglas&nbsp;: quatorze départements en vigilance orange jeudi"
    lead = (
        "Des chutes de neige jusqu’en plaine sont attendues dans la nuit de mercredi à jeudi, "
        "du Centre-Val de Loire à l’Auvergne. Les poids lourds sont interdits sur plusieurs axes."
    )
    p = [
        "Quatorze départements ont été placés en vigilance orange neige et verglas à partir de "
        "mercredi 22&nbsp;heures et jusqu’à jeudi midi, selon le bulletin de Météo-France "
        "publié dans l’après-midi. Une perturbation venue de l’Atlantique doit rencontrer l’air "
        "froid installé sur le pays depuis le début de la semaine.",
        "Sont concernés les départements suivants&nbsp;:",
        "en Centre-Val de Loire&nbsp;: le Cher, l’Indre, l’Indre-et-Loire, le Loir-et-Cher et "
        "le Loiret&nbsp;;",
        "en Bourgogne-Franche-Comté&nbsp;: la Côte-d’Or, la Nièvre, la Saône-et-Loire et "
        "l’Yonne&nbsp;;",
        "en Auvergne-Rhône-Alpes&nbsp;: l’Allier, le Cantal, la Loire, le Puy-de-Dôme et la "
        "Haute-Loire.",
        "Les prévisionnistes attendent de 3 à 7&nbsp;centimètres de neige en plaine, localement "
        "10&nbsp;centimètres sur les collines du Morvan et jusqu’à 20&nbsp;centimètres "
        "au-dessus de 800&nbsp;mètres dans le Massif central. Des pluies verglaçantes sont "
        "possibles en fin de nuit sur le sud du Cher et l’Allier.",
        # h2
        "Par arrêté préfectoral, la circulation des poids lourds de plus de 7,5&nbsp;tonnes "
        "sera interdite dès mercredi 21&nbsp;heures sur l’A71 entre Orléans et Clermont-Ferrand, "
        "ainsi que sur la RN7 dans la Nièvre. Des aires de stockage ont été ouvertes près de "
        "Vierzon et de Montluçon.",
        "Les automobilistes sont invités à différer leurs déplacements dans les zones "
        "concernées et à se renseigner sur l’état des routes avant de partir. Dans le Cantal, "
        "plusieurs cols étaient déjà fermés mercredi après-midi.",
        # h2
        "Dans l’Allier, le préfet a annoncé la suspension des transports scolaires jeudi sur "
        "l’ensemble du département. Les établissements resteront ouverts, mais les familles "
        "sont invitées à garder les enfants à la maison si elles le peuvent. La même mesure a "
        "été prise dans la Nièvre et dans le Cher.",
        "Des ralentissements sont aussi attendus sur la ligne ferroviaire Paris–Clermont-Ferrand, "
        "où trois trains Intercités sur dix seront supprimés jeudi matin, selon un plan de "
        "transport adapté publié en fin de journée.",
        "Le redoux est attendu à partir de vendredi, avec le retour de la pluie sur l’ensemble "
        "du pays et des températures repassant au-dessus de zéro dès la matinée.",
    ]
    heads = ["Poids lourds interdits sur l’A71", "Transports scolaires suspendus dans l’Allier"]

    def para(x: str) -> str:
        return f'<p class="fig-paragraph">{x}</p>'

    lire = (
        '<div class="fig-body-link"><span class="fig-body-link__prefix">À lire aussi</span> '
        f'<a class="fig-body-link__link" href="{base}/actualite-france/vigilance-meteo-comment-fonctionnent-les-couleurs-20261208">'
        "Vigilance météo&nbsp;: comment fonctionnent les quatre couleurs&nbsp;?</a></div>"
    )
    video = (
        '<div class="fig-video" data-module="video"><div class="fig-video__player" data-player="ultimedia" data-video-id="x8q2mzv"></div>'
        '<p class="fig-video__legend">VIDÉO - Les images des premières chutes de neige dans le Cantal, mercredi</p></div>'
    )
    body = "\n".join(
        [
            para(p[0]),
            para(p[1]),
            '<ul class="fig-body-list">'
            + "".join(f'<li class="fig-body-list__item">{x}</li>' for x in p[2:5])
            + "</ul>",
            para(p[5]),
            lire,
            '<div class="fig-ad-content" data-ad-position="inread1"><span class="fig-ad-content__label">Publicité</span></div>',
            f'<h2 class="fig-body-heading">{heads[0]}</h2>',
            para(p[6]),
            video,
            para(p[7]),
            f'<h2 class="fig-body-heading">{heads[1]}</h2>',
            para(p[8]),
            para(p[9]),
            '<div class="fig-ad-content" data-ad-position="inread2"><span class="fig-ad-content__label">Publicité</span></div>',
            para(p[10]),
        ]
    )
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": flat(title),
            "description": flat(lead),
            "datePublished": "2027-01-20T16:12:44+01:00",
            "dateModified": "2027-01-21T07:31:09+01:00",
            "articleSection": "Société",
            "isAccessibleForFree": True,
            "author": [{"@type": "Person", "name": "Le Figaro avec AFP"}],
            "publisher": {
                "@type": "NewsMediaOrganization",
                "name": "Le Figaro",
                "logo": {
                    "@type": "ImageObject",
                    "url": "https://static.lefigaro.fr/figaro/logo/le-figaro-600x60.png",
                },
            },
            "image": {
                "@type": "ImageObject",
                "url": "https://i.f1g.fr/media/cms/1200x630_crop/2027/01/20/neige-cantal.jpg",
                "width": 1200,
                "height": 630,
            },
        },
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"{base}/"},
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": "Actualité",
                    "item": f"{base}/actualite-france",
                },
                {
                    "@type": "ListItem",
                    "position": 3,
                    "name": "Société",
                    "item": f"{base}/actualite-france/societe",
                },
            ],
        },
    ]
    nav = menu(
        6108,
        "fig-nav",
        base,
        [
            "Actualité",
            "Politique",
            "International",
            "Économie",
            "Sport",
            "Culture",
            "Lifestyle",
            "Vox",
        ],
        8,
    )
    comments = "".join(
        f'<div class="fig-comment"><div class="fig-comment__header"><span class="fig-comment__author">{n}</span> <span class="fig-comment__date">{d}</span></div><p class="fig-comment__text">{c}</p></div>'
        for n, d, c in [
            (
                "Bernard63",
                "le 20/01/2027 à 17:05",
                "Dans le Puy-de-Dôme il neige déjà depuis midi, les routes secondaires sont blanches.",
            ),
            (
                "Anne-Sophie L.",
                "le 20/01/2027 à 18:22",
                "Une vigilance orange pour 5 centimètres, on croit rêver. Avant on appelait ça l’hiver.",
            ),
            (
                "Le Berrichon",
                "le 21/01/2027 à 06:48",
                "A71 bouchée depuis 5 heures à hauteur de Vierzon, prévoyez large.",
            ),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Le Figaro</title>
<meta name="description" content="{flat(lead)}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Le Figaro">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{flat(lead)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://i.f1g.fr/media/cms/1200x630_crop/2027/01/20/neige-cantal.jpg">
<meta property="article:published_time" content="2027-01-20T16:12:44+01:00">
<meta property="article:modified_time" content="2027-01-21T07:31:09+01:00">
<meta property="article:section" content="Société">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@Le_Figaro">
<meta name="twitter:title" content="{title}">
{json_script(ld)}
<link rel="stylesheet" href="https://static.lefigaro.fr/fig-front/build/css/article.4c1e2a.css">
<style>{css_blob(6108, "fig", 360)}</style>
<script>window.figData={{"page":{{"type":"article","section":"actualite-france","subsection":"societe","premium":false,"id":"20270120ARTFIG00412"}},"content":{{"authors":"Le Figaro avec AFP","source":"AFP"}}}};</script>
<script async src="https://static.lefigaro.fr/fig-front/build/js/article.9d03b7.js"></script>
</head>
<body class="fig-body fig-body--article">
<div id="didomi-host"><div class="didomi-popup-container"><p class="didomi-popup-notice-text">Le Figaro et ses partenaires utilisent des cookies pour vous offrir une expérience personnalisée et mesurer l’audience.</p><button id="didomi-notice-agree-button">Accepter</button><button id="didomi-notice-disagree-button">Continuer sans accepter</button><button id="didomi-notice-learn-more-button">Paramétrer les cookies</button></div></div>
<header class="fig-header"><div class="fig-header__top"><a class="fig-header__logo" href="{base}/"><img src="https://static.lefigaro.fr/figaro/logo/le-figaro.svg" alt="Le Figaro"></a><a class="fig-header__premium" href="https://abonnement.lefigaro.fr/">S’abonner</a><a class="fig-header__account" href="https://connect.lefigaro.fr/">Se connecter</a></div><nav class="fig-header__nav">{nav}</nav></header>
<div class="fig-ad-content fig-ad-content--banner" data-ad-position="banner"><span class="fig-ad-content__label">Publicité</span></div>
<main class="fig-main" id="fig-main">
<nav class="fig-breadcrumb" aria-label="Fil d’Ariane"><ol><li class="fig-breadcrumb__item"><a href="{base}/">Accueil</a></li><li class="fig-breadcrumb__item"><a href="{base}/actualite-france">Actualité</a></li><li class="fig-breadcrumb__item"><a href="{base}/actualite-france/societe">Société</a></li></ol></nav>
<article class="fig-main-col" id="fig-article">
<header class="fig-main-header">
<h1 class="fig-headline">{title}</h1>
<p class="fig-standfirst">{lead}</p>
<div class="fig-content-metas"><div class="fig-content-metas__authors"><span class="fig-content-metas__author">Par Le Figaro avec AFP</span></div><div class="fig-content-metas__pub"><span class="fig-content-metas__pub-date"><time datetime="2027-01-20T16:12:44+01:00">Publié le 20/01/2027 à 16:12</time></span>, <span class="fig-content-metas__pub-maj-date"><time datetime="2027-01-21T07:31:09+01:00">mis à jour le 21/01/2027 à 07:31</time></span></div></div>
<div class="fig-content-tools"><button class="fig-content-tools__btn" data-action="share">Partager</button><button class="fig-content-tools__btn" data-action="bookmark">Sauvegarder</button><button class="fig-content-tools__btn" data-action="comments">Commenter</button><button class="fig-content-tools__btn" data-action="listen">Écouter cet article</button></div>
</header>
<figure class="fig-media"><img class="fig-media-photo" src="https://i.f1g.fr/media/cms/704x396_crop/2027/01/20/neige-cantal.jpg" alt="Une route enneigée dans le Cantal."><figcaption class="fig-media__legend">Une route enneigée près de Murat (Cantal), mercredi 20 janvier. <span class="fig-media__credit">BASTIEN LORIOT / AFP</span></figcaption></figure>
<div class="fig-content-body">
{body}
</div>
<div class="fig-tags"><a href="{base}/tag/meteo">Météo</a><a href="{base}/tag/neige">Neige</a><a href="{base}/tag/meteo-france">Météo-France</a></div>
<div class="fig-newsletter"><p class="fig-newsletter__title">La newsletter Le Figaro Actu</p><p>Recevez chaque matin l’essentiel de l’actualité.</p><form><input type="email" placeholder="Votre e-mail"><button>S’inscrire</button></form></div>
<section class="fig-comments" id="fig-comments"><h2 class="fig-comments__title">Commentaires (37)</h2>{comments}<a class="fig-comments__more" href="{url}#fig-comments">Voir les 37 commentaires</a></section>
</article>
<aside class="fig-aside"><div class="fig-most-read"><h2 class="fig-most-read__title">Les plus lus</h2><ol>{"".join(f'<li><a href="{t["url"]}">{t["title"]}</a></li>' for t in teasers(6118, 6, base + "/actualite-france", FILLER))}</ol></div><div class="fig-ad-content" data-ad-position="mpu"><span class="fig-ad-content__label">Publicité</span></div></aside>
<section class="fig-related"><h2 class="fig-related__title">Sur le même sujet</h2>{"".join(f'<article class="fig-profile"><a href="{t["url"]}"><img src="{t["image"]}" alt=""><h3 class="fig-profile__headline">{t["title"]}</h3></a></article>' for t in teasers(6108, 24, base + "/actualite-france", FILLER))}</section>
</main>
<footer class="fig-footer"><div class="fig-footer__logo"><img src="https://static.lefigaro.fr/figaro/logo/le-figaro-blanc.svg" alt="Le Figaro"></div><ul class="fig-footer__links"><li><a href="{base}/mentions-legales">Mentions légales</a></li><li><a href="{base}/cgu">CGU</a></li><li><a href="{base}/donnees-personnelles">Politique de confidentialité</a></li><li><a href="{base}/cookies">Cookies</a></li></ul><p class="fig-footer__copyright">© Le Figaro 2027. Toute reproduction interdite.</p></footer>
</body>
</html>
"""
    write(
        "08_lefigaro_fig_neige_figaro_avec_afp_list_video",
        page,
        {
            "title": flat(title),
            "publication": "Le Figaro",
            "author": None,
            "agency": "AFP",
            "section": "Société",
            "date": datetime.date(2027, 1, 20),
            "standfirst": flat(lead),
            "source_url": url,
            "subheads": heads,
            "paragraphs": [flat(x) for x in p],
            "notes": "Le Figaro's own front (fig- classes). 'Par Le Figaro avec AFP' with the "
            "JSON-LD author a Person named 'Le Figaro avec AFP': no person, agency AFP; the "
            "caption's 'BASTIEN LORIOT / AFP' is a photo credit. "
            "JSON-LD as a list of two objects (NewsArticle, BreadcrumbList); articleSection and "
            "article:section 'Société', also the breadcrumb's last item. Introducing paragraph "
            "+ ul of three items; two h2.fig-body-heading subheads; 'À lire aussi' link, two ads "
            "and a video with a 'VIDÉO - …' legend inside the body. 'Publié le 20/01/2027 à "
            "16:12, mis à jour le 21/01/2027 à 07:31'; comments dated 20 and 21 January.",
        },
    )
