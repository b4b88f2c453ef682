"""Saved pages, the families of the holdout59–60/web round: a JSON-LD `datePublished` set to
the update's time gives way to the earlier day the `<meta>` and the page's own `<time>` agree
on; a block quotation's `<footer>` holding its speaker and the `<cite>` of their work is its
attribution whole, never a paragraph of its own. Each is stated on a small invented page read
through the real ingest."""

from __future__ import annotations

import json

from test_webbody import P1, P2, P3, TITLE, ingest, page, paragraphs


def dated_page(ld_published: str, meta_published: str, shown: str) -> str:
    """A page whose JSON-LD, `<meta>` and visible `<time>` each give a publication time."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE}
    ld |= {"datePublished": ld_published, "dateModified": "2027-04-15T07:40:00+02:00"}
    head = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        f'<meta property="article:published_time" content="{meta_published}">'
    )
    body = f'<p><time datetime="{shown}">Publié le {shown[8:10]}/04/2027</time></p>'
    return page(body + paragraphs(P1, P2, P3), head=head)


def test_a_json_ld_date_set_to_the_update_gives_way_to_the_day_two_sources_agree_on() -> None:
    html = dated_page("2027-04-15T07:40:00+02:00", "2027-04-14T18:05:00+02:00", "2027-04-14T18:05")
    assert str(ingest(html).meta["date"]) == "2027-04-14"


def test_a_json_ld_date_stands_when_no_other_source_agrees_on_another_day() -> None:
    html = dated_page("2027-04-15T07:40:00+02:00", "2027-04-15T07:40:00+02:00", "2027-04-13T18:05")
    assert str(ingest(html).meta["date"]) == "2027-04-15"


def test_a_quotations_footer_with_its_cite_is_its_attribution_whole() -> None:
    quoted = (
        "« Le train arrive, et le bourg se redresse comme un homme qu’on appelle par son nom. »"
    )
    quotation = (
        f'<blockquote class="su-quote"><p>{quoted}</p><footer class="su-quote__source">Armand '
        "Quéré, <cite>Carnets de route</cite>, 1924</footer></blockquote>"
    )
    blocks = ingest(page(paragraphs(P1) + quotation + paragraphs(P2, P3))).blocks
    texts = [" ".join(block.lines) for block in blocks]
    assert len(texts) == 4
    assert texts[1] == f"{quoted} — Armand Quéré, Carnets de route, 1924"
