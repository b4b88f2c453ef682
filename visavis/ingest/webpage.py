"""A web page saved from a browser or fetched by `build.py add`: metadata and article text."""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from ..errors import IngestError
from .authors import join_names
from .draft import Draft
from .webbody import read_page_body
from .webmeta import read_page_meta
from .webtext import shown_texts

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
#: A page showing fewer words than this without its scripts is an empty shell.
MIN_SHOWN_WORDS = 20


def parse_webpage(text: str, source_name: str, url: str | None = None) -> Draft:
    """Read a page's article into a Draft; a page that cannot be parsed is an IngestError."""
    text = _XML_DECLARATION.sub("", text, count=1)  # lxml refuses it in an already decoded text
    try:
        # huge_tree: a text node over 10 MB, or nesting deeper than 256, is read, not dropped
        parser = lxml_html.HTMLParser(huge_tree=True)
        tree = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as error:
        reasons = [str(error)]
        raise IngestError("cannot parse the page as HTML", source_name, reasons=reasons) from error
    draft = Draft("webpage")
    meta = read_page_meta(tree, url)
    draft.title = meta.title
    draft.publication = meta.publication
    draft.section = meta.section
    draft.standfirst = meta.standfirst
    draft.author = join_names(meta.authors)
    draft.agency = join_names(meta.agencies)
    draft.date = meta.date
    draft.source_url = meta.url
    draft.blocks = read_page_body(tree, meta, draft)
    if not draft.blocks:
        raise IngestError("no article text found in the page", source_name, hint=_hint(tree))
    return draft


def _hint(tree: lxml_html.HtmlElement) -> str:
    """Why a page may hold no article: it needs JavaScript, or it lists articles."""
    if len(" ".join(shown_texts(tree)).split()) < MIN_SHOWN_WORDS:
        return "the page shows no text without JavaScript: save it once the browser has shown it"
    return "is it a home page or a list of articles? save the article's own page"
