"""Markdown sources: front-matter validated and kept, the body normalised (not re-parsed)."""

from __future__ import annotations

import re

from ..errors import FrontMatterError, IngestError
from ..frontmatter import as_date, parse_document
from .draft import Draft

_FIELDS = ("title", "publication", "section", "standfirst", "author", "author_handle", "country")
_IGNORED = ("slug", "lang", "source", "date")
_H1 = re.compile(r"^#\s+(.+?)\s*#*\s*$")


def parse_markdown(text: str, source_name: str, expected_lang: str) -> Draft:
    """Read a Markdown source: front-matter fields checked, blocks taken as they are."""
    try:
        document = parse_document(text)
    except FrontMatterError as error:
        raise IngestError(error.message, source_name, error.line, error.hint) from error
    draft = Draft("markdown")
    meta = document.meta
    for key in _FIELDS:
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            line = document.meta_lines.get(key)
            raise IngestError(f"front matter '{key}' must be text", source_name, line)
        setattr(draft, key, value.strip() if isinstance(value, str) and value.strip() else None)
    lang = meta.get("lang")
    if lang is not None and lang != expected_lang:
        line = document.meta_lines.get("lang")
        raise IngestError(
            f"front matter 'lang' is {lang!r}, but sources are {expected_lang!r}", source_name, line
        )
    draft.date = _read_date(meta.get("date"), source_name, document.meta_lines.get("date"))
    draft.extra = {k: v for k, v in meta.items() if k not in _FIELDS and k not in _IGNORED}
    blocks = list(document.blocks)
    first = document.body.lstrip("\n").split("\n", 1)[0]
    heading = _H1.match(first)
    if heading and blocks and blocks[0].kind == "subhead":
        if draft.title is None:
            draft.title = heading.group(1)
        if heading.group(1) == draft.title:
            blocks.pop(0)
    if not meta:
        draft.warn("no front matter: fields other than the title are empty")
    draft.blocks = blocks
    return draft


def _read_date(value: object, source_name: str, line: int | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        date = as_date(value)
    except ValueError as error:
        raise IngestError(
            f"front matter 'date': {value!r} is not a date",
            source_name,
            line,
            hint="use YYYY-MM-DD",
        ) from error
    return date.isoformat() if date is not None else None
