"""Plain text with no recognisable layout: first line the headline, then paragraphs.

A page shared to a notes app prints its `<title>` and its address over the text (`Titre |
Sud Radio` / `https://www.sudradio.fr/…`): the address is the original's, and the title's
suffix that the address spells is the site's name.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .blocks import build_blocks, units_from_chunks
from .copydates import find_date, is_date_line
from .draft import Draft
from .lines import ADDRESS_END, NAME_ARTICLE, Chunk, ends_sentence, word_count
from .webdom import text_key

_LINK = re.compile(r"https?://[^\s/]+(?:/\S*)?")
#: What parts a page's title from its site's name: `Titre | Sud Radio`, `Titre - Le Soir`.
_SUFFIX = re.compile(r"^(.+\S)\s+[|–—-]\s+([^|–—]+)$")

MAX_TITLE_WORDS = 30


def parse_plaintext(chunks: list[Chunk], format_name: str = "plaintext") -> Draft:
    """Read plain text: a short first line is the headline, the rest is the body."""
    draft = Draft(format_name)
    chunks = list(chunks)
    if chunks and looks_like_title(chunks[0][0].text):
        first = chunks.pop(0)
        draft.title = first[0].text
        if len(first) > 1:
            chunks.insert(0, first[1:])
        if chunks and _LINK.fullmatch(chunks[0][0].text.strip()):
            shared = chunks.pop(0)
            _read_shared_link(draft, shared[0].text.strip())
            if len(shared) > 1:
                chunks.insert(0, shared[1:])
        _read_date_line(draft, chunks)
    else:
        draft.warn("no headline found (the first line reads like body text)")
    draft.blocks = build_blocks(units_from_chunks(chunks, draft), draft)
    return draft


def _read_date_line(draft: Draft, chunks: list[Chunk]) -> None:
    """The date alone under the headline (`22 mai 2025`) is the article's, not its text."""
    line = chunks[0][0] if chunks else None
    date = find_date(line.text) if line is not None and is_date_line(line.text) else None
    if line is None or date is None:
        return
    draft.date = date
    draft.warn(f"read the date line «{line.text}» into the front-matter", line.number)
    rest = chunks.pop(0)[1:]
    if rest:
        chunks.insert(0, rest)


def looks_like_title(text: str) -> bool:
    """A headline: not too long, and not several sentences."""
    if word_count(text) > MAX_TITLE_WORDS:
        return False
    inner = text.rstrip(".!?…»” ")
    return not any(mark in inner for mark in (". ", "! ", "? ")) or not ends_sentence(text)


def _read_shared_link(draft: Draft, link: str) -> None:
    """The address under a shared page's title is its original's; the title's suffix that
    the address spells (`sudradio.fr`: `Sud Radio`) names the site."""
    draft.source_url = link
    host = (urlsplit(link).hostname or "").removeprefix("www.")
    stem = text_key(ADDRESS_END.sub("", host))
    suffixed = _SUFFIX.match(draft.title or "")
    if suffixed is None or not stem:
        return
    site = suffixed.group(2).strip()
    if stem in (text_key(site), text_key(NAME_ARTICLE.sub("", site))):
        draft.title, draft.publication = suffixed.group(1), site
