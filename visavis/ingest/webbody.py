"""A saved page's article text as body blocks: paragraphs, subheads, quotes and lists.

The page is cleaned of its chrome (`webclean`), the article's container found
(`webcontainer`), its text read in document order (`webblocks`) and filtered of what repeats
the front-matter or is a box or a label (`webfilter`); then the body is checked against the
page's JSON-LD `articleBody` and for a text that stops short (`webcheck`).

One block per paragraph, its text on one line (assembly splits the sentences). The article's
own headings are subheads, never the h1 headline; pull quotes and block quotations are
quotes; lists and tables of data are lists (a row per line, cells joined by ` | `). Interview
questions (`<p><strong>…?</strong></p>`, or two or more headings ending with `?`) are
paragraphs, for the interview logic to mark. A live page keeps each entry's title as a
subhead and its text as paragraphs; its timestamps (`12 h 15`) are dropped, like every date.
"""

from __future__ import annotations

from copy import deepcopy

from lxml import html as lxml_html

from ..model import Block
from .draft import Draft
from .webblocks import read_pieces
from .webcheck import (
    page_scope,
    paywall_beside,
    repair_from_article_body,
    stops_short,
    warn_incomplete,
)
from .webclean import clean_page
from .webcontainer import find_container
from .webfilter import Verdict, drop_trailing_subheads, pieces_to_blocks
from .webmeta import PageMeta
from .webtext import shown_texts, words


def read_page_body(tree: lxml_html.HtmlElement, meta: PageMeta, draft: Draft) -> list[Block]:
    """The article's blocks, in order; the page's chrome dropped (the tree is left as it is).

    A lead the page marks (`p.chapo`) at the top of its text is the draft's standfirst when
    the page's metadata gave none.
    """
    description = _og_description(tree)
    root = deepcopy(tree)
    cleaning = clean_page(root)
    leads = (meta.title, meta.standfirst, description, _meta_description(tree))
    container = find_container(root, meta.article_body, leads)
    if container is None:
        return []
    pieces = [piece for element in container.roots for piece in read_pieces(element)]
    verdict = Verdict()
    blocks = pieces_to_blocks(pieces, meta, verdict, trim=container.trim)
    if verdict.lead and not draft.standfirst:
        draft.standfirst = verdict.lead  # the page marks it as its lead
    if meta.article_body and blocks:
        shown = words(" ".join(shown_texts(tree)))
        blocks = repair_from_article_body(blocks, meta.article_body, draft, shown, leads)
    closed = drop_trailing_subheads(blocks)
    if (
        verdict.paywall
        or paywall_beside(cleaning.paywalls, page_scope(container.roots))
        or (closed and stops_short(closed, description))
    ):
        warn_incomplete(draft)
        return blocks  # (the subhead over the paywall's cut is the article's next part)
    return closed


def _og_description(tree: lxml_html.HtmlElement) -> str | None:
    """The page's og:description, if it has one."""
    for element in tree.iterfind(".//meta[@property='og:description']"):
        return element.get("content")
    return None


def _meta_description(tree: lxml_html.HtmlElement) -> str | None:
    """The page's meta description, if it has one."""
    for element in tree.iterfind(".//meta[@name='description']"):
        return element.get("content")
    return None
