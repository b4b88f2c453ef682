"""Page chrome the holdout24 pages share: consent banners, related teasers, comments,
footers and the script bulk that real saved pages carry around the article."""

from __future__ import annotations

import random

from kit import FILLER, css_blob, menu, teasers


def style(seed: int, prefix: str, rules: int = 1100) -> str:
    """An inlined theme stylesheet."""
    return f'<style id="{prefix}-inline-css">{css_blob(seed, prefix, rules)}</style>'


def nav(seed: int, cls: str, base: str, top: list[str]) -> str:
    """The site's mega-menu inside a <nav>."""
    return f'<nav class="{cls}-nav" aria-label="Menu principal">{menu(seed, cls, base, top)}</nav>'


def consent(cls: str, site: str) -> str:
    """A cookie consent banner."""
    return (
        f'<div id="{cls}-consent" class="{cls}-consent" role="dialog" aria-modal="true">'
        f'<div class="{cls}-consent__box"><p class="{cls}-consent__title">Votre vie privée'
        f" nous importe</p><p>{site} et ses partenaires utilisent des cookies pour mesurer "
        "l’audience, personnaliser les contenus et afficher des publicités adaptées. Vous "
        "pouvez accepter, refuser ou paramétrer vos choix à tout moment.</p>"
        f'<button class="{cls}-consent__btn">Tout accepter</button>'
        f'<button class="{cls}-consent__btn">Continuer sans accepter</button>'
        f'<a href="#" class="{cls}-consent__more">Paramétrer</a></div></div>'
    )


def related(seed: int, cls: str, base: str, heading: str, count: int = 6) -> str:
    """A block of related-article teasers."""
    items = "".join(
        f'<li class="{cls}__item"><a href="{t["url"]}"><img src="{t["image"]}" alt="" '
        f'loading="lazy"><span class="{cls}__kicker">{t["section"]}</span>'
        f'<span class="{cls}__title">{t["title"]}</span></a></li>'
        for t in teasers(seed, count, base, FILLER)
    )
    title = f'<h2 class="{cls}__heading">{heading}</h2>'
    return f'<section class="{cls}">{title}<ul>{items}</ul></section>'


def comments(seed: int, cls: str, names: list[str], lines: list[str]) -> str:
    """Reader comments with dates (never article text)."""
    rng = random.Random(seed)
    out = []
    for name, line in zip(names, lines, strict=True):
        day = rng.randint(1, 28)
        out.append(
            f'<li class="{cls}__comment"><div class="{cls}__meta"><span class="{cls}__name">'
            f"{name}</span> <time>{day:02d}/11/2026 à {rng.randint(7, 23)}h{rng.randint(10, 59)}"
            f'</time></div><p class="{cls}__text">{line}</p>'
            f'<a class="{cls}__reply" href="#">Répondre</a></li>'
        )
    return (
        f'<section id="comments" class="{cls}"><h3 class="{cls}__title">{len(names)} '
        f'commentaires</h3><ol class="{cls}__list">{"".join(out)}</ol></section>'
    )


def footer(seed: int, cls: str, site: str, base: str, year: int = 2026) -> str:
    """A site footer with columns of links and the copyright line."""
    rng = random.Random(seed)
    cols = "".join(
        f'<div class="{cls}__col"><h4>{title}</h4><ul>'
        + "".join(
            f'<li><a href="{base}/{rng.choice(FILLER)}">{rng.choice(FILLER).capitalize()}</a></li>'
            for _ in range(6)
        )
        + "</ul></div>"
        for title in ("Rubriques", "Services", "Le journal", "Suivez-nous")
    )
    return (
        f'<footer class="{cls}"><div class="{cls}__cols">{cols}</div>'
        f'<p class="{cls}__legal">© {year} {site}. Tous droits réservés. '
        '<a href="#">Mentions légales</a> · <a href="#">Politique de confidentialité</a> · '
        '<a href="#">Gestion des cookies</a></p></footer>'
    )


def tracking(seed: int, names: list[str]) -> str:
    """Analytics and ad scripts (inline bulk)."""
    rng = random.Random(seed)
    parts = []
    for name in names:
        blob = ";".join(
            f"var _{name}{i}=[{','.join(str(rng.randint(0, 999)) for _ in range(12))}]"
            for i in range(25)
        )
        parts.append(f'<script id="{name}-js">{blob};</script>')
    parts.append(
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>'
    )
    return "\n".join(parts)
