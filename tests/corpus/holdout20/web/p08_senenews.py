# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Page 08: Senenews (WordPress + JNews), news with a blockquote and microdata breadcrumb."""

import datetime

from chrome import build
from kit import flat, paras, write


def page08() -> None:
    """JNews: 'Par A' with 'Publié le'; wp-block-quote of two paragraphs with cite; APS in the text only."""
    base = "https://www.senenews.com"
    url = f"{base}/actualites/thies-les-maraichers-de-notto-gouye-diama-reclament-un-forage_512877.html"
    title = "Thiès&nbsp;: les maraîchers de Notto Gouye Diama réclament un nouveau forage"
    p = [
        "Réunis ce samedi sous l’arbre à palabres de Notto Gouye Diama, dans le département de Tivaouane, plusieurs centaines de maraîchers ont interpellé les autorités sur le manque d’eau qui menace la campagne de contre-saison. Le forage principal de la commune, mis en service en 2009, fonctionne à moins de la moitié de sa capacité depuis le mois d’août.",
        "«&nbsp;Nous perdons des parcelles entières d’oignons et de choux parce que l’eau n’arrive qu’un jour sur trois&nbsp;», a déploré Modou Fall Diagne, président de l’union locale des producteurs, qui revendique 1&nbsp;200 membres.",
        "Selon les producteurs, la baisse de débit serait due à l’ensablement du puits et à l’usure de la pompe immergée. Des techniciens de l’Office des forages ruraux (Ofor) se sont rendus sur place il y a trois semaines, sans qu’aucune réparation ne soit engagée depuis.",
        "Dans une déclaration lue devant l’assemblée, la secrétaire générale de l’union, Astou Ndiaye, a rappelé l’importance de la zone des Niayes pour l’approvisionnement du pays&nbsp;:",
        "«&nbsp;Les Niayes fournissent près de 80&nbsp;% des légumes consommés au Sénégal. Quand nos champs ont soif, ce sont les marchés de Dakar qui manquent d’oignons.",
        "Nous ne demandons pas l’aumône. Nous demandons un forage, des techniciens et un calendrier.&nbsp;»",
        "Interrogé par l’Agence de presse sénégalaise (APS), le sous-préfet de l’arrondissement de Méouane, Ibrahima Sow, a indiqué qu’un dossier de réhabilitation avait été transmis au ministère de l’Hydraulique. «&nbsp;Une équipe est attendue avant la fin du mois de décembre&nbsp;», a-t-il assuré.",
        "Les maraîchers, eux, menacent de marcher jusqu’à la préfecture de Tivaouane si rien n’est fait d’ici là. Ils réclament également la construction d’un second forage pour desservir les villages de Keur Mbaye et Ndiakhaté, où les puits traditionnels se sont taris.",
        "La campagne de contre-saison, qui débute en novembre, est la plus importante de l’année pour les producteurs de la zone, qui écoulent l’essentiel de leur récolte entre février et avril.",
    ]
    body = "\n".join(
        [
            paras(*p[:3]),
            f'<div class="jeg_post_related_inline"><strong>A LIRE AUSSI...</strong> <a href="{base}/actualites/niayes-la-campagne-oignon-sannonce-difficile_509114.html">Niayes&nbsp;: la campagne d’oignon s’annonce difficile</a></div>',
            paras(p[3]),
            '<blockquote class="wp-block-quote">'
            + paras(*p[4:6])
            + "<cite>Astou Ndiaye, secrétaire générale de l’union</cite></blockquote>",
            '<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper align-center"><a href="#"><img src="https://www.senenews.com/wp-content/uploads/ads/banniere-300x250.gif" alt=""></a></div></div>',
            paras(*p[6:]),
        ]
    )
    author = "Awa Ndour"
    ld = [
        {
            "@context": "http://schema.org",
            "@type": "Article",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "dateCreated": "2026-11-28 14:22:10",
            "datePublished": "2026-11-28T14:22:10+00:00",
            "dateModified": "2026-11-28T15:03:44+00:00",
            "url": url,
            "headline": flat(title),
            "name": flat(title),
            "articleBody": " ".join(flat(x) for x in p),
            "articleSection": "Actualités",
            "author": {"@type": "Person", "name": author, "url": f"{base}/author/awa-ndour"},
            "publisher": {
                "@type": "Organization",
                "name": "SeneNews",
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/2021/03/logo-senenews.png",
                },
            },
        }
    ]
    metas = f"""<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{flat(title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="SeneNews">
<meta property="article:section" content="Actualités">
<meta property="article:published_time" content="2026-11-28T14:22:10+00:00">
<meta property="article:tag" content="Thiès">"""
    article = f"""<div class="jeg_main"><div class="jeg_breadcrumbs jeg_breadcrumb_container" itemscope itemtype="http://schema.org/BreadcrumbList"><div id="breadcrumbs"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{base}" itemprop="item"><span itemprop="name">Accueil</span></a><meta itemprop="position" content="1"></span><i class="fa fa-angle-right"></i><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{base}/actualites" itemprop="item"><span itemprop="name">Actualités</span></a><meta itemprop="position" content="2"></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link">{title}</span></div></div>
<div class="entry-header"><div class="jeg_meta_category"><a href="{base}/actualites/regions">Régions</a></div>
<h1 class="jeg_post_title">{title}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="jeg_meta_author"><span class="meta_text">Par</span> <a href="{base}/author/awa-ndour">{author}</a></div><div class="jeg_meta_date"><a href="{url}">Publié le 28 novembre 2026 à 14:22</a></div><div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 3</a></div></div></div></div>
<div class="jeg_featured featured_image"><img src="{base}/wp-content/uploads/2026/11/notto-maraichers.jpg" alt=""><p class="wp-caption-text">Des maraîchers de Notto Gouye Diama, samedi. Photo : SeneNews</p></div>
<div class="jeg_share_top_container"><div class="jeg_share_button"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a></div></div>
<div class="entry-content no-share"><div class="content-inner">
{body}
</div></div>
<div class="jeg_post_tags"><span>Tags:</span> <a href="{base}/tag/thies" rel="tag">Thiès</a><a href="{base}/tag/maraichage" rel="tag">maraîchage</a><a href="{base}/tag/hydraulique" rel="tag">hydraulique</a></div>
<div class="jnews_comment_container"><div id="comments"><h3>3 Commentaires</h3><ol><li><p>Le gouvernement doit agir vite.</p></li></ol></div></div>
</div>"""
    page = build(
        seed=208,
        base=base,
        url=url,
        lang="fr-FR",
        doc_title=f"{flat(title)} - SeneNews - Actualité au Sénégal, Politique, Économie, Sport",
        metas=metas,
        ld=ld,
        header="",
        article=article,
        sections=["Actualités", "Politique", "Société", "Sport", "People", "Économie"],
        site="SeneNews",
    )
    write(
        "08_senenews_wordpress_jnews_quote",
        page,
        {
            "title": flat(title),
            "publication": "SeneNews",
            "author": author,
            "section": "Actualités",
            "date": datetime.date(2026, 11, 28),
            "source_url": url,
            "paragraphs": [flat(x) for x in p],
            "notes": "JNews: JSON-LD type Article (not NewsArticle) with the whole articleBody; blockquote.wp-block-quote of two paragraphs with a <cite> (paragraphs kept, cite dropped; the quote is body text, not a pull quote); APS is a source quoted in the text, not the agency of the text (agency null); kicker 'Régions' loses to articleSection 'Actualités'; <title> with a long tagline; microdata breadcrumb whose last item is the article; inline 'A LIRE AUSSI...', ad image, share bar, tags, comment count not text. Site name written 'SeneNews'.",
        },
    )
