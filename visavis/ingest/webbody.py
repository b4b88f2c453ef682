"""A saved page's article text as body blocks: paragraphs, subheads, quotes and lists."""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from ..model import Block
from .draft import Draft
from .webmeta import PageMeta


def read_page_body(tree: lxml_html.HtmlElement, meta: PageMeta, draft: Draft) -> list[Block]:
    """The article's blocks, in order; the page's chrome dropped."""
    import trafilatura

    xml = trafilatura.extract(
        tree, output_format="xml", include_tables=True, include_comments=False, favor_recall=True
    )
    if not xml:
        return []
    blocks: list[Block] = []
    for element in etree.fromstring(xml.encode("utf-8")).iter("p", "head", "quote", "list"):
        text = " ".join("".join(element.itertext()).split())
        if not text:
            continue
        if element.tag == "head":
            blocks.append(Block("subhead", (text,)))
        elif element.tag == "quote":
            blocks.append(Block("quote", (text,)))
        elif element.tag == "list":
            items = tuple(" ".join("".join(i.itertext()).split()) for i in element.iter("item"))
            blocks.append(Block("list", tuple(item for item in items if item)))
        elif element.getparent() is None or element.getparent().tag not in ("quote", "item"):
            blocks.append(Block("paragraph", (text,)))
    return blocks
