"""Content files: YAML front-matter between `---` lines, then a Markdown body.

The YAML is read with a loader that accepts only plain data: no tags, no aliases (so an
alias bomb is refused before anything is built), and a size limit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import yaml

from .body import format_body, parse_body
from .errors import FrontMatterError
from .model import Block, Document

MAX_FRONT_MATTER_BYTES = 64 * 1024
MAX_FILE_BYTES = 8 * 1024 * 1024
_STANDARD_TAG_PREFIX = "tag:yaml.org,2002:"
#: libyaml's parser when PyYAML was built with it (ten times faster), else the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
    if "\x00" in text:
        raise FrontMatterError("file contains NUL bytes: it looks binary", path)
    meta_text, body, _ = split_front_matter(text, path)
    if meta_text is None:
        return Document(meta={}, blocks=parse_body(body), path=path, body=body)
    meta, lines = parse_yaml_mapping(meta_text, path, first_line=2)
    return Document(meta=meta, blocks=parse_body(body), path=path, body=body, meta_lines=lines)


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


def load_yaml_mapping(text: str, path: Path | None = None, first_line: int = 1) -> dict[str, Any]:
    """Load YAML that must be a plain mapping; refuse tags, aliases and oversized input."""
    return parse_yaml_mapping(text, path, first_line)[0]


def parse_yaml_mapping(
    text: str, path: Path | None = None, first_line: int = 1
) -> tuple[dict[str, Any], dict[str, int]]:
    """Like `load_yaml_mapping`, also returning each top-level key's line (one parse)."""
    if len(text.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise FrontMatterError(
            f"front matter is larger than {MAX_FRONT_MATTER_BYTES // 1024} KB", path, first_line
        )
    node = _compose(text, path, first_line)
    if node is None:
        return {}, {}
    _check_plain(node, path, first_line)
    if not isinstance(node, yaml.MappingNode):
        raise FrontMatterError(
            "front matter must be a mapping of keys to values",
            path,
            node.start_mark.line + first_line,
        )
    loader = yaml.SafeLoader("")
    try:
        data = loader.construct_document(node)
    except yaml.YAMLError as error:
        raise _yaml_error(error, path, first_line) from error
    except (ValueError, OverflowError) as error:  # a timestamp such as 2024-13-45
        line = _bad_scalar_line(node, first_line)
        raise FrontMatterError(
            f"front matter holds an impossible value: {error}",
            path,
            line,
            hint="dates are YYYY-MM-DD; quote the value to keep it as text",
        ) from error
    finally:
        loader.dispose()
    for key in data:
        if not isinstance(key, str):
            raise FrontMatterError(f"front matter key {key!r} is not text", path, first_line)
    return data, _node_key_lines(node, first_line)


def _compose(text: str, path: Path | None, first_line: int) -> yaml.Node | None:
    """Compose with the fast parser; on an error, ask the pure-Python one, whose messages and
    line numbers are the more precise."""
    try:
        return yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        try:
            return yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as error:
            raise _yaml_error(error, path, first_line, text) from error


def key_lines(text: str, first_line: int = 1) -> dict[str, int]:
    """Map each top-level key of a YAML mapping to its line number (for error messages)."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        return {}
    return _node_key_lines(node, first_line)


def _node_key_lines(node: yaml.Node | None, first_line: int) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {
        key.value: key.start_mark.line + first_line
        for key, _ in node.value
        if isinstance(key, yaml.ScalarNode)
    }


def format_document(meta: dict[str, Any], blocks: tuple[Block, ...] | list[Block]) -> str:
    """Write front-matter and body blocks as the text of a content file."""
    return format_front_matter(meta) + "\n" + format_body(blocks)


def format_front_matter(meta: dict[str, Any]) -> str:
    """Dump a mapping as a `---` delimited YAML block, keys in the given order."""
    dumped = yaml.safe_dump(
        meta, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=False
    )
    return f"---\n{dumped}---\n"


def _check_plain(node: yaml.Node, path: Path | None, first_line: int) -> None:
    """Refuse aliases (anchors reused) and non-standard tags anywhere in the node tree."""
    seen: set[int] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            raise FrontMatterError(
                "front matter uses YAML aliases (&anchor/*alias), which are not allowed",
                path,
                current.start_mark.line + first_line,
            )
        seen.add(id(current))
        if not current.tag.startswith(_STANDARD_TAG_PREFIX):
            raise FrontMatterError(
                f"front matter uses the YAML tag {current.tag!r}, which is not allowed",
                path,
                current.start_mark.line + first_line,
            )
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                stack.extend((key, value))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def _bad_scalar_line(node: yaml.Node, first_line: int) -> int:
    """The line of the first scalar that PyYAML cannot construct (first_line if none is found)."""
    stack = [node]
    while stack:
        current = stack.pop(0)
        if isinstance(current, yaml.ScalarNode):
            loader = yaml.SafeLoader("")
            try:
                loader.construct_object(current, deep=True)
            except (ValueError, OverflowError, yaml.YAMLError):
                return current.start_mark.line + first_line
            finally:
                loader.dispose()
        elif isinstance(current, yaml.MappingNode):
            stack.extend(item for pair in current.value for item in pair)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return first_line


def _yaml_error(
    error: yaml.YAMLError, path: Path | None, first_line: int, text: str = ""
) -> FrontMatterError:
    mark = getattr(error, "problem_mark", None)
    line = mark.line + first_line if mark is not None else first_line
    problem = getattr(error, "problem", None) or str(error)
    if isinstance(error, yaml.reader.ReaderError):  # a control character, before any parsing
        line = text[: error.position].count("\n") + first_line
        code = error.character if isinstance(error.character, int) else ord(error.character[:1])
        problem = f"the character U+{code:04X} is not allowed in YAML"
    return FrontMatterError(f"front matter is not valid YAML: {problem}", path, line)


def as_date(value: Any) -> dt.date | None:
    """Return a front-matter date value as a date, or None when absent."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    return dt.date.fromisoformat(str(value))
