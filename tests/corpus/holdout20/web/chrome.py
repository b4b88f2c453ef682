# ruff: noqa: E501 (page templates: HTML lines are as long as the sites write them)
"""Site chrome shared by the holdout20 pages: head, mega-menu, teaser rails and footer (bulk)."""

from __future__ import annotations

from kit import FILLER, css_blob, json_script, menu, teasers


def build(
    *,
    seed: int,
    base: str,
    url: str,
    lang: str,
    doc_title: str,
    metas: str,
    ld: list[object],
    header: str,
    article: str,
    sections: list[str],
    site: str,
    rails: int = 120,
    canonical: bool = True,
) -> str:
    """A whole saved page around the article's markup, with realistic bulk."""
    nav = menu(seed, "menu", base, sections, 9)
    rail = "".join(
        f'<article class="card"><a href="{t["url"]}"><img src="{t["image"]}" alt="" loading="lazy">'
        f'<span class="card__kicker">{t["section"]}</span><h3 class="card__title">{t["title"]}</h3>'
        f'<time datetime="{t["date"]}">{t["date"]}</time></a></article>'
        for t in teasers(seed, rails, base, FILLER)
    )
    foot = "".join(
        f'<li><a href="{base}/{s.lower()}">{s}</a></li>'
        for s in [*sections, "Contact", "Mentions légales", "Cookies"]
    )
    scripts = "\n".join(json_script(item) for item in ld)
    link = f'<link rel="canonical" href="{url}">' if canonical else ""
    return f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="{lang}"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{doc_title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{metas}
{link}
<style>{css_blob(seed, "s" + str(seed), 380)}</style>
{scripts}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"event":"pageview","template":"article"}});</script>
<script async src="{base}/assets/js/app.{seed:06x}.js"></script>
</head>
<body class="single single-post article-page">
<div class="cmp-banner" role="dialog"><p>Nous et nos partenaires utilisons des cookies pour mesurer l’audience et personnaliser les publicités.</p><button>Accepter</button><button>Refuser</button></div>
<header class="site-header"><a class="logo" href="{base}/"><img src="{base}/logo.svg" alt="{site}"></a><nav class="main-menu">{nav}</nav></header>
<main id="main">
{header}
{article}
<section class="related-rail"><h2 class="rail__title">À la une</h2>{rail}</section>
</main>
<footer class="site-footer"><ul>{foot}</ul><p class="copyright">© 2026 {site}. Tous droits réservés.</p></footer>
<script>window.__ads=[{{"slot":"top"}},{{"slot":"inread"}},{{"slot":"sticky"}}];</script>
</body></html>
"""
