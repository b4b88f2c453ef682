"""The type of every front-matter field the layouts show, checked once when a file is read."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from .errors import FrontMatterError

#: The type of every front-matter field the layouts show: text (a number, date or yes/no
#: written where text is expected is kept as the text written), a date (or text that later
#: stages read as one), true/false, or a mapping whose fields are typed in turn ("*": all).
TEXT, DATE, FLAG = "text", "date", "flag"
_TRANSLATION_TEXT = ("engine", "engine_version", "model", "model_version", "created")
_HASHES = ("source_sha256", "body_sha256", "fields_sha256")
FIELD_TYPES: dict[str, Any] = {
    **dict.fromkeys(
        ("title", "slug", "lang", "publication", "section", "standfirst", "author", "agency"),
        TEXT,
    ),
    **dict.fromkeys(("author_handle", "country", "genre", "source_url", "translation_of"), TEXT),
    "date": DATE,
    "source": {"*": TEXT},
    "translation": {**dict.fromkeys(_TRANSLATION_TEXT + _HASHES, TEXT), "reviewed": FLAG},
}


def check_fields(
    meta: dict[str, Any], node: yaml.MappingNode, path: Path | None, first_line: int = 1
) -> dict[str, Any]:
    """Type every field the layouts show (FIELD_TYPES); return the fields with a number, date
    or yes/no written where text is expected as the text written."""
    return _typed_mapping(meta, node, FIELD_TYPES, "", path, first_line)


def _typed_mapping(
    values: dict[str, Any],
    node: yaml.MappingNode,
    types: dict[str, Any],
    prefix: str,
    path: Path | None,
    first_line: int,
) -> dict[str, Any]:
    typed: dict[str, Any] | None = None  # a copy, made only if a value changes
    nodes: dict[Any, tuple[yaml.Node, yaml.Node]] = {}
    for name, value in values.items():
        if not isinstance(name, str):  # (top-level keys are checked when the YAML is read)
            odd = [key for key, _ in node.value if key.tag != "tag:yaml.org,2002:str"]
            line = (odd or [node])[0].start_mark.line + first_line
            message = f"front matter '{prefix[:-1]}' has the key {name!r}, which is not text"
            raise FrontMatterError(message, path, line)
        kind = types.get(name, types.get("*"))
        if kind is None or value is None or _already_typed(value, kind):
            continue  # the usual case, decided without looking at the nodes
        if not nodes:
            nodes = {
                key.value: (key, item)
                for key, item in node.value
                if isinstance(key, yaml.ScalarNode)
            }
        key_node, value_node = nodes.get(name, (node, node))
        full = f"{prefix}{name}"
        line = key_node.start_mark.line + first_line
        if isinstance(kind, dict):
            if not isinstance(value, dict) or not isinstance(value_node, yaml.MappingNode):
                raise FrontMatterError(
                    f"front matter '{full}' must be a mapping, not {type(value).__name__}",
                    path,
                    line,
                )
            checked = _typed_mapping(value, value_node, kind, f"{full}.", path, first_line)
        else:
            checked = _typed_value(value, value_node, kind, full, path, line)
        if checked is not value:
            typed = typed if typed is not None else dict(values)
            typed[name] = checked
    return typed if typed is not None else values


def _already_typed(value: Any, kind: Any) -> bool:
    """True when the value has its type already (nothing to convert, nothing to report)."""
    if kind == TEXT:
        return type(value) is str
    if kind == DATE:
        return isinstance(value, (str, dt.date))
    if kind == FLAG:
        return type(value) is bool
    if type(value) is not dict:
        return False
    for name, item in value.items():
        if type(name) is not str:
            return False
        inner = kind.get(name, kind.get("*"))
        if inner is not None and item is not None and not _already_typed(item, inner):
            return False
    return True


def _typed_value(
    value: Any, node: yaml.Node, kind: str, name: str, path: Path | None, line: int
) -> Any:
    written = node.value if isinstance(node, yaml.ScalarNode) else str(value)
    scalar = isinstance(value, (bool, int, float, dt.date))
    if kind == TEXT and (isinstance(value, str) or scalar):
        return value if isinstance(value, str) else written
    if kind == DATE and isinstance(value, (str, dt.date)):
        return value
    if kind == FLAG and isinstance(value, bool):
        return value
    if kind == DATE:
        shown = (
            f": {written} is not a date"
            if scalar
            else f" must be a date, not {type(value).__name__}"
        )
        raise FrontMatterError(f"front matter '{name}'{shown}", path, line, hint="use YYYY-MM-DD")
    expected = "text" if kind == TEXT else "true or false"
    raise FrontMatterError(
        f"front matter '{name}' must be {expected}, not {type(value).__name__}", path, line
    )


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def as_date(value: Any) -> dt.date | None:
    """A front-matter date as a date, None when absent: a YAML date (or date and time), or text
    written YYYY-MM-DD naming a day the calendar has; anything else raises ValueError. The one
    rule for dates: reading content (and ingesting seeds) checks it, later stages trust it."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        raise ValueError(f"{value!r} is not written YYYY-MM-DD")
    return dt.date.fromisoformat(value)
