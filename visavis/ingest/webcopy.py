"""A publisher's web page copied as text: the article among banners, captions and buttons."""

from __future__ import annotations

import re

from .blocks import build_blocks, units_from_chunks
from .byline import parse_byline
from .dates import parse_date, parse_published
from .draft import Draft
from .lines import Chunk, Line, ends_sentence, word_count
from .noise import is_noise
from .plaintext import looks_like_title
from .pressreader_web import GENRE_LABEL

_BY = re.compile(r"^(?:par|by|propos recueillis par)\s+\S", re.IGNORECASE)
_CREDIT = r"(?:AFP|Reuters|Keystone|Getty|AP|EPA|Hans Lucas|Sipa|Maxppp|Abaca|Photo)"
_CAPTION = re.compile(
    rf"(?:\((?:[^()]*/)?\s*{_CREDIT}\b[^()]*\)|[/©]\s*{_CREDIT}\b[\w ./-]*)$", re.IGNORECASE
)
_HEADER_SPAN = 12


def parse_webcopy(chunks: list[Chunk]) -> Draft:
    """Read a web copy: drop the site's chrome, then headline, byline, date, body."""
    draft = Draft("webcopy")
    lines = _strip_chrome([line for chunk in chunks for line in chunk], draft)
    start = find_headline(lines)
    if start is None:
        draft.warn("no headline found")
        start = -1
    else:
        draft.title = lines[start].text
        _read_before_title(lines[:start], draft)
    rest = [line for line in lines[start + 1 :] if line.text != draft.title]
    rest = _read_header(rest, draft)
    kept = {line.number for line in rest}
    body = [tuple(line for line in chunk if line.number in kept) for chunk in chunks]
    body_chunks = [chunk for chunk in body if chunk]
    draft.blocks = build_blocks(units_from_chunks(body_chunks, draft), draft)
    return draft


def find_headline(lines: list[Line]) -> int | None:
    """The headline: a line the page repeats, else the first title-like line of 4+ words."""
    texts = [line.text for line in lines[:_HEADER_SPAN]]
    for index, text in enumerate(texts):
        if texts.count(text) > 1 and looks_like_title(text) and word_count(text) >= 3:
            return index
    for index, text in enumerate(texts):
        if looks_like_title(text) and word_count(text) >= 4 and not _BY.match(text):
            return index
    return next((i for i, line in enumerate(lines) if looks_like_title(line.text)), None)


def _read_before_title(lines: list[Line], draft: Draft) -> None:
    """Short lines above the headline: date, genre label, site name first, section last."""
    labels: list[Line] = []
    for line in lines:
        date = parse_date(line.text.rstrip(".")) or parse_published(line.text)
        if date:
            draft.date = draft.date or date
        elif GENRE_LABEL.fullmatch(line.text) and draft.genre is None:
            draft.genre = line.text
        elif word_count(line.text) <= 4 and not ends_sentence(line.text):
            labels.append(line)
        else:
            draft.warn(f"dropped a line above the headline: {line.text[:60]!r}", line.number)
    if len(labels) > 1:
        draft.publication = labels.pop(0).text
    if labels:
        draft.section = labels.pop().text
    for line in labels:
        draft.warn(f"dropped a line above the headline: {line.text[:60]!r}", line.number)


def _strip_chrome(lines: list[Line], draft: Draft) -> list[Line]:
    kept = []
    for line in lines:
        if is_noise(line.text):
            continue
        if _CAPTION.search(line.text) and word_count(line.text) <= 40:
            draft.warn(f"dropped a photo caption: {line.text[:60]!r}", line.number)
            continue
        kept.append(line)
    return kept


def _read_header(lines: list[Line], draft: Draft) -> list[Line]:
    """Byline, date and standfirst among the first lines after the headline."""
    rest: list[Line] = []
    header: list[int] = []
    for index, line in enumerate(lines):
        early = index < _HEADER_SPAN
        published = parse_published(line.text) if early else None
        if published and draft.date is None:
            draft.date = published
            header.append(line.number)
        elif early and draft.author is None and _BY.match(line.text) and word_count(line.text) < 12:
            byline = parse_byline(line.text, {})
            draft.author, draft.author_handle = byline.author or None, byline.handle
            header.append(line.number)
        else:
            rest.append(line)
    if rest and header and rest[0].number < max(header) and _is_standfirst(rest[0].text):
        draft.standfirst = rest.pop(0).text
    if draft.author is None:
        draft.warn("no byline (`Par …`) found: the author is left empty")
    return rest


def _is_standfirst(text: str) -> bool:
    """The sentence between headline and byline or date is the standfirst."""
    return ends_sentence(text) and word_count(text) >= 6
