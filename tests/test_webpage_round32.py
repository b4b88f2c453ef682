"""Saved pages, the families of the holdout61/web round: an articleBody stretch that runs a
list into the next paragraph, which the body holds over a subhead between, is no missing
paragraph (it was added again, the list read twice); a site's own quote element
(`<r-quote>`) is a pull quote with its speaker, not a quote and a paragraph. Each is stated
on a small invented page read through the real ingest."""

from __future__ import annotations

import json

from test_webbody import P1, P2, P3, TITLE, ingest, page, paragraphs

ITEMS = (
    "Gardiens : Abdoul Aziz Sawadogo (USFA), Hervé Kaboré (Rahimo FC)",
    "Défenseurs : Ibrahim Sanou (AS Douanes), Moussa Kouanda (USFA)",
)


def test_an_article_body_running_a_list_into_the_next_paragraph_adds_nothing() -> None:
    body = " ".join((P1, *ITEMS, P2, P3))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE}
    head = f'<script type="application/ld+json">{json.dumps(ld | {"articleBody": body})}</script>'
    items = "".join(f"<li>{item}</li>" for item in ITEMS)
    html = page(paragraphs(P1) + f"<ul>{items}</ul><h3>La suite</h3>" + paragraphs(P2, P3), head)
    result = ingest(html)
    text = "\n".join(line for block in result.blocks for line in block.lines)
    assert text.count("Gardiens") == 1
    assert not any("articleBody" in warning for warning in result.warnings)


def test_a_sites_own_quote_element_is_a_pull_quote_with_its_speaker() -> None:
    quote = (
        '<r-quote class="r-article--quote"><blockquote><p>« Six mois sans arrêt devant la '
        'porte, c’est long »</p></blockquote><span class="r-quote--author">Karima Benali, '
        "boulangère</span></r-quote>"
    )
    blocks = ingest(page(paragraphs(P1) + quote + paragraphs(P2, P3))).blocks
    assert [block.kind for block in blocks] == ["paragraph", "quote", "paragraph", "paragraph"]
    assert blocks[1].attribution == "Karima Benali, boulangère"
