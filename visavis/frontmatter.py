"""Content files: YAML front-matter between `---` lines, then a Markdown body.

The YAML is read with a loader that accepts only plain data: no tags, no aliases or merge keys
(so an alias bomb is refused before anything is built), no duplicate keys, no nesting deeper
than `MAX_DEPTH`, no character a page or feed cannot hold, and a size limit. Every field the
layouts show has a type (`check_fields`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path
from typing import Any

import yaml

from .body import format_body, parse_body
from .errors import FrontMatterError
from .fields import as_date, check_fields
from .model import Block, Document
from .yamlread import (
    MAX_FRONT_MATTER_BYTES,
    describe_character,
    key_lines,
    load_yaml_mapping,
    node_key_lines,
    parse_yaml_mapping,
    read_mapping,
)

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_FRONT_MATTER_BYTES",
    "as_date",
    "check_fields",
    "format_document",
    "key_lines",
    "load_yaml_mapping",
    "parse_document",
    "parse_yaml_mapping",
    "read_document",
    "split_front_matter",
]

MAX_FILE_BYTES = 8 * 1024 * 1024

_BAD_IN_BODY = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def read_document(path: Path) -> Document:
    """Read a content file from disk into a Document."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FrontMatterError(
                f"file is {size // (1024 * 1024)} MB, larger than the "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB a content file may be",
                path,
            )
        data = path.read_bytes()
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        raise FrontMatterError(
            "file is not valid UTF-8", path, line, hint="save it as UTF-8", reasons=[str(error)]
        ) from error
    except OSError as error:
        raise FrontMatterError("cannot read file", path, reasons=[str(error)]) from error
    return dataclasses.replace(
        parse_document(text, path), file_sha256=hashlib.sha256(data).hexdigest()
    )


def parse_document(text: str, path: Path | None = None) -> Document:
    """Parse the text of a content file: front-matter mapping, then body blocks."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:  # Windows (CRLF) and old Mac (CR) line ends read as newlines
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise FrontMatterError("file contains NUL bytes: it looks binary", path)
    meta_text, body, body_line = split_front_matter(text, path)
    if meta_text is None:
        _check_body(body, path, body_line)
        return Document(meta={}, blocks=parse_body(body), path=path, body=body)
    data, node = read_mapping(meta_text, path, 2, every_problem=False)
    meta = check_fields(data, node, path, first_line=2) if node is not None else data
    _check_body(body, path, body_line)
    lines = node_key_lines(node, 2)
    return Document(meta=meta, blocks=parse_body(body), path=path, body=body, meta_lines=lines)


def _check_body(body: str, path: Path | None, first_line: int) -> None:
    """Refuse a body holding a character no page or feed can show, naming its line."""
    found = _BAD_IN_BODY.search(body)
    if found is not None:
        what, hint = describe_character(found.group())
        line = first_line + body.count("\n", 0, found.start())
        raise FrontMatterError(f"the body holds {what}", path, line, hint=hint)


def split_front_matter(text: str, path: Path | None = None) -> tuple[str | None, str, int]:
    """Return (front-matter text or None, body text, line number where the body starts)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None, text, 1
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    raise FrontMatterError(
        "front matter is not closed", path, line=1, hint="end it with a line holding only '---'"
    )


def format_document(meta: dict[str, Any], blocks: tuple[Block, ...] | list[Block]) -> str:
    """Write front-matter and body blocks as the text of a content file."""
    return format_front_matter(meta) + "\n" + format_body(blocks)


def format_front_matter(meta: dict[str, Any]) -> str:
    """Dump a mapping as a `---` delimited YAML block, keys in the given order."""
    dumped = yaml.safe_dump(
        meta, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=False
    )
    return f"---\n{dumped}---\n"
