# ruff: noqa: E501 (HTML templates: lines are as long as WordPress writes them)
"""The shared saved-page kit (`tests/corpus/page_kit.py`), writing the holdout53 pages and
their expected files into this folder, plus the WordPress furniture the eight pages share
(core head links, menus in WordPress's own markup, the core comment form, Yoast and Rank Math
graphs, AdSense slots, footer scripts)."""

from __future__ import annotations

import functools
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1].parent))
from page_kit import FILLER, css_blob, flat, json_script, menu, paras, teasers
from page_kit import write as write_into

write = functools.partial(write_into, Path(__file__).resolve().parent)

__all__ = [
    "FILLER",
    "adsense",
    "comment_form",
    "css_blob",
    "flat",
    "jesc",
    "json_script",
    "menu",
    "paras",
    "rank_math_graph",
    "teasers",
    "wp_footer",
    "wp_head",
    "wp_menu",
    "write",
    "yoast_graph",
]


def jesc(url: str) -> str:
    """A URL with its slashes escaped as WordPress's inline JSON writes them."""
    return url.replace("/", "\\/")


def wp_head(base: str, site: str, post_id: int, url: str, wp: str = "6.7.1") -> str:
    """What WordPress core prints in every single post's <head> (feeds, REST, oEmbed, emoji,
    block library styles)."""
    enc = url.replace(":", "%3A").replace("/", "%2F")
    return f"""<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='dns-prefetch' href='//pagead2.googlesyndication.com' />
<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Flux" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Flux des commentaires" href="{base}/comments/feed/" />
<script type="text/javascript">
/* <![CDATA[ */
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"{jesc(base)}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver={wp}"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}}}(window,document);
/* ]]> */
</script>
<style id='wp-emoji-styles-inline-css' type='text/css'>
img.wp-smiley, img.emoji {{display: inline !important;border: none !important;box-shadow: none !important;height: 1em !important;width: 1em !important;margin: 0 0.07em !important;vertical-align: -0.1em !important;background: none !important;padding: 0 !important;}}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver={wp}' type='text/css' media='all' />
<style id='classic-theme-styles-inline-css' type='text/css'>
/*! This file is auto-generated */
.wp-block-button__link{{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}}.wp-block-file__button{{background:#32373c;color:#fff;text-decoration:none}}
</style>
<style id='global-styles-inline-css' type='text/css'>
:root{{--wp--preset--aspect-ratio--square: 1;--wp--preset--aspect-ratio--4-3: 4/3;--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--color--vivid-red: #cf2e2e;--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;--wp--preset--font-size--large: 36px;--wp--preset--spacing--20: 0.44rem;--wp--preset--shadow--natural: 6px 6px 9px rgba(0, 0, 0, 0.2);}}:where(.is-layout-flex){{gap: 0.5em;}}:where(.is-layout-grid){{gap: 0.5em;}}
</style>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{post_id}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {wp}" />
<link rel='shortlink' href='{base}/?p={post_id}' />
<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url={enc}" />
<link rel="alternate" title="oEmbed (XML)" type="text/xml+oembed" href="{base}/wp-json/oembed/1.0/embed?url={enc}&#038;format=xml" />"""


def wp_footer(base: str, wp: str = "6.7.1", extra: str = "") -> str:
    """The scripts WordPress core prints before </body>."""
    return f"""<script type="speculationrules">
{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"\\/*"}},{{"not":{{"href_matches":["\\/wp-*.php","\\/wp-admin\\/*","\\/wp-content\\/uploads\\/*","\\/wp-content\\/*","\\/wp-content\\/plugins\\/*","\\/*\\\\?(.+)"]}}}},{{"not":{{"selector_matches":"a[rel~=\\"nofollow\\"]"}}}}]}},"eagerness":"conservative"}}]}}
</script>
{extra}<script type="text/javascript" src="{base}/wp-includes/js/comment-reply.min.js?ver={wp}" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
<script type="text/javascript" src="{base}/wp-includes/js/hoverIntent.min.js?ver=1.10.2" id="hoverIntent-js"></script>"""


def wp_menu(
    seed: int,
    base: str,
    top: list[str],
    ul_attrs: str,
    first_id: int,
    per: int = 4,
    link: str = "",
    text: str = "{}",
    sub_cls: str = "sub-menu",
) -> str:
    """A navigation menu in WordPress's own markup (menu-item-type-taxonomy, sub-menu)."""
    rng = random.Random(seed)
    items = []
    n = first_id
    for name in top:
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower().encode("ascii", "ignore").decode()).strip(
            "-"
        )
        subs = []
        for _ in range(per):
            n += 1
            word = rng.choice(FILLER)
            subs.append(
                f'<li id="menu-item-{n}" class="menu-item menu-item-type-taxonomy '
                f'menu-item-object-category menu-item-{n}"><a href="{base}/category/{slug}/{word}/"'
                f"{link}>{text.format(word.capitalize())}</a></li>"
            )
        n += 1
        sub = f'<ul class="{sub_cls}">{"".join(subs)}</ul>' if per else ""
        has = " menu-item-has-children" if per else ""
        items.append(
            f'<li id="menu-item-{n}" class="menu-item menu-item-type-taxonomy '
            f'menu-item-object-category{has} menu-item-{n}"><a href="{base}/category/{slug}/"'
            f"{link}>{text.format(name)}</a>{sub}</li>"
        )
    return f"<ul {ul_attrs}>" + "".join(items) + "</ul>"


def comment_form(
    base: str,
    post_id: int,
    heading: str = "h3",
    heading_cls: str = "comment-reply-title",
    title: str = "Laisser un commentaire",
    button: str = "Publier le commentaire",
) -> str:
    """WordPress core's comment form, in French."""
    return (
        f'<div id="respond" class="comment-respond"><{heading} id="reply-title" '
        f'class="{heading_cls}">{title} <small><a rel="nofollow" id="cancel-comment-reply-link" '
        f'href="#respond" style="display:none;">Annuler la réponse</a></small></{heading}>'
        f'<form action="{base}/wp-comments-post.php" method="post" id="commentform" '
        'class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Votre '
        'adresse e-mail ne sera pas publiée.</span> <span class="required-field-message">Les '
        'champs obligatoires sont indiqués avec <span class="required">*</span></span></p>'
        '<p class="comment-form-comment"><label for="comment">Commentaire <span '
        'class="required">*</span></label> <textarea id="comment" name="comment" cols="45" '
        'rows="8" maxlength="65525" required="required"></textarea></p><p '
        'class="comment-form-author"><label for="author">Nom <span class="required">*</span>'
        '</label> <input id="author" name="author" type="text" value="" size="30" '
        'maxlength="245" autocomplete="name" required="required" /></p><p '
        'class="comment-form-email"><label for="email">E-mail <span class="required">*</span>'
        '</label> <input id="email" name="email" type="email" value="" size="30" '
        'maxlength="100" aria-describedby="email-notes" autocomplete="email" '
        'required="required" /></p><p class="comment-form-url"><label for="url">Site web'
        '</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" '
        'autocomplete="url" /></p><p class="comment-form-cookies-consent"><input '
        'id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" '
        'value="yes" /> <label for="wp-comment-cookies-consent">Enregistrer mon nom, mon '
        "e-mail et mon site dans le navigateur pour mon prochain commentaire.</label></p>"
        f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" '
        f"value=\"{button}\" /> <input type='hidden' name='comment_post_ID' value='{post_id}' "
        "id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' "
        "value='0' /></p></form></div>"
    )


def adsense(client: str, slot: int, fmt: str = "auto") -> str:
    """An AdSense unit as the ad plugins print it."""
    return (
        f'<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-{client}" '
        f'data-ad-slot="{slot}" data-ad-format="{fmt}" data-full-width-responsive="true"></ins>'
        "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>"
    )


def _crumbs(crumbs: list[tuple[str, str]]) -> list[dict]:
    return [
        {"@type": "ListItem", "position": i + 1, "name": name, "item": item}
        for i, (name, item) in enumerate(crumbs)
    ]


def yoast_graph(
    base: str,
    url: str,
    site: str,
    headline: str,
    description: str,
    published: str,
    modified: str,
    authors: list[tuple[str, str]],
    sections: list[str] | None,
    crumbs: list[tuple[str, str]],
    article_type: str = "Article",
    lang: str = "fr-FR",
    words: int = 600,
    keywords: list[str] | None = None,
    extra: dict | None = None,
) -> dict:
    """Yoast SEO's schema graph: Article (or NewsArticle) pointing by @id to WebPage,
    Organization and Person nodes, BreadcrumbList, WebSite."""
    image = f"{base}/wp-content/uploads/{published[:4]}/{published[5:7]}/une-{words}.jpg"
    article: dict = {
        "@type": article_type,
        "@id": f"{url}#article",
        "isPartOf": {"@id": url},
        "author": [
            {"name": name, "@id": f"{base}/#/schema/person/{slug}"} for slug, name in authors
        ]
        if len(authors) > 1
        else {"name": authors[0][1], "@id": f"{base}/#/schema/person/{authors[0][0]}"},
        "headline": headline,
        "datePublished": published,
        "dateModified": modified,
        "mainEntityOfPage": {"@id": url},
        "wordCount": words,
        "commentCount": 0,
        "publisher": {"@id": f"{base}/#organization"},
        "image": {"@id": f"{url}#primaryimage"},
        "thumbnailUrl": image,
    }
    if keywords:
        article["keywords"] = keywords
    if sections:
        article["articleSection"] = sections
    article["inLanguage"] = lang
    article["potentialAction"] = [
        {"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}
    ]
    if extra:
        article.update(extra)
    people = [
        {
            "@type": "Person",
            "@id": f"{base}/#/schema/person/{slug}",
            "name": name,
            "image": {
                "@type": "ImageObject",
                "inLanguage": lang,
                "@id": f"{base}/#/schema/person/image/{slug}",
                "url": f"https://secure.gravatar.com/avatar/{slug}?s=96&d=mm&r=g",
                "caption": name,
            },
            "url": f"{base}/author/{slug}/",
        }
        for slug, name in authors
    ]
    return {
        "@context": "https://schema.org",
        "@graph": [
            article,
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{headline} - {site}",
                "isPartOf": {"@id": f"{base}/#website"},
                "primaryImageOfPage": {"@id": f"{url}#primaryimage"},
                "datePublished": published,
                "dateModified": modified,
                "description": description,
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": lang,
                "potentialAction": [{"@type": "ReadAction", "target": [url]}],
            },
            {
                "@type": "ImageObject",
                "inLanguage": lang,
                "@id": f"{url}#primaryimage",
                "url": image,
                "contentUrl": image,
                "width": 1200,
                "height": 800,
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": _crumbs(crumbs),
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": f"{base}/",
                "name": site,
                "publisher": {"@id": f"{base}/#organization"},
                "potentialAction": [
                    {
                        "@type": "SearchAction",
                        "target": {
                            "@type": "EntryPoint",
                            "urlTemplate": f"{base}/?s={{search_term_string}}",
                        },
                        "query-input": {
                            "@type": "PropertyValueSpecification",
                            "valueRequired": True,
                            "valueName": "search_term_string",
                        },
                    }
                ],
                "inLanguage": lang,
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": site,
                "url": f"{base}/",
                "logo": {
                    "@type": "ImageObject",
                    "inLanguage": lang,
                    "@id": f"{base}/#/schema/logo/image/",
                    "url": f"{base}/wp-content/uploads/logo.png",
                    "contentUrl": f"{base}/wp-content/uploads/logo.png",
                    "caption": site,
                },
                "image": {"@id": f"{base}/#/schema/logo/image/"},
            },
            *people,
        ],
    }


def rank_math_graph(
    base: str,
    url: str,
    site: str,
    headline: str,
    description: str,
    published: str,
    modified: str,
    author: tuple[str, str],
    section: str | None,
    crumbs: list[tuple[str, str]],
    article_type: str = "NewsArticle",
    lang: str = "fr-FR",
    keywords: str = "",
) -> dict:
    """Rank Math's schema graph: the site as Person+Organization, WebSite, ImageObject,
    BreadcrumbList, WebPage, the author Person and the article as `#richSnippet`."""
    image = f"{base}/wp-content/uploads/{published[:4]}/{published[5:7]}/{author[0]}-une.jpg"
    article: dict = {
        "@type": article_type,
        "headline": headline,
        "keywords": keywords,
        "datePublished": published,
        "dateModified": modified,
    }
    if section:
        article["articleSection"] = section
    article.update(
        {
            "author": {"@id": f"{base}/author/{author[0]}/", "name": author[1]},
            "publisher": {"@id": f"{base}/#organization"},
            "description": description,
            "name": headline,
            "@id": f"{url}#richSnippet",
            "isPartOf": {"@id": f"{url}#webpage"},
            "image": {"@id": image},
            "inLanguage": lang,
            "mainEntityOfPage": {"@id": f"{url}#webpage"},
        }
    )
    return {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": ["NewsMediaOrganization", "Organization"],
                "@id": f"{base}/#organization",
                "name": site,
                "url": base,
                "logo": {
                    "@type": "ImageObject",
                    "@id": f"{base}/#logo",
                    "url": f"{base}/wp-content/uploads/logo.png",
                    "contentUrl": f"{base}/wp-content/uploads/logo.png",
                    "caption": site,
                    "inLanguage": lang,
                },
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": base,
                "name": site,
                "publisher": {"@id": f"{base}/#organization"},
                "inLanguage": lang,
            },
            {
                "@type": "ImageObject",
                "@id": image,
                "url": image,
                "width": "1280",
                "height": "720",
                "inLanguage": lang,
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": _crumbs(crumbs),
            },
            {
                "@type": "WebPage",
                "@id": f"{url}#webpage",
                "url": url,
                "name": headline,
                "datePublished": published,
                "dateModified": modified,
                "isPartOf": {"@id": f"{base}/#website"},
                "primaryImageOfPage": {"@id": image},
                "inLanguage": lang,
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            {
                "@type": "Person",
                "@id": f"{base}/author/{author[0]}/",
                "name": author[1],
                "url": f"{base}/author/{author[0]}/",
                "image": {
                    "@type": "ImageObject",
                    "@id": f"https://secure.gravatar.com/avatar/{author[0]}?s=96&amp;d=mm&amp;r=g",
                    "url": f"https://secure.gravatar.com/avatar/{author[0]}?s=96&amp;d=mm&amp;r=g",
                    "caption": author[1],
                    "inLanguage": lang,
                },
                "worksFor": {"@id": f"{base}/#organization"},
            },
            article,
        ],
    }
