"""YAML read safely: plain data only (no tags, aliases or merge keys, so an alias bomb is
refused before anything is built), no duplicate keys, no nesting deeper than `MAX_DEPTH`, no
character a page or feed cannot hold, a size limit; every problem with its line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .errors import FrontMatterError, ManyErrors

MAX_FRONT_MATTER_BYTES = 64 * 1024


#: Lists and mappings nested deeper than this are refused (the fields visavis writes need two).
MAX_DEPTH = 50
_STANDARD_TAG_PREFIX = "tag:yaml.org,2002:"
_MERGE_TAG = "tag:yaml.org,2002:merge"
#: What no page or feed can hold: C0 controls but tab and newline, lone surrogates (a YAML
#: "\ud800" escape), U+FFFE and U+FFFF. A body may also hold the CR of a Windows line end.
_BAD_IN_VALUE = re.compile("[^\t\n\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


_UNSHOWABLE_HINT = "remove it: no page or feed can show it"
_SURROGATE_HINT = (
    "write the character itself (in double quotes, \\U and 8 hex digits for one above U+FFFF)"
)


class _TooDeep(yaml.YAMLError):
    """The pure-Python composer met a list or mapping nested deeper than MAX_DEPTH."""

    def __init__(self, line: int) -> None:
        super().__init__(f"nested more than {MAX_DEPTH} levels deep")
        self.line = line


class _GuardedLoader(yaml.SafeLoader):
    """The pure-Python loader, refusing nesting deeper than MAX_DEPTH before its recursive
    composer can reach Python's recursion limit."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_sequence_node(self, anchor: str | None) -> yaml.Node:
        return self._nested(super().compose_sequence_node, anchor)

    def compose_mapping_node(self, anchor: str | None) -> yaml.Node:
        return self._nested(super().compose_mapping_node, anchor)

    def _nested(self, compose: Any, anchor: str | None) -> yaml.Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _TooDeep(self.peek_event().start_mark.line)
        node = compose(anchor)
        self.depth -= 1
        return node


#: libyaml's parser when PyYAML was built with it (ten times faster; it stops at 1,000 levels
#: itself), else the guarded pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", _GuardedLoader)


def load_yaml_mapping(text: str, path: Path | None = None, first_line: int = 1) -> dict[str, Any]:
    """Load YAML that must be a plain mapping; refuse tags, aliases and oversized input."""
    return parse_yaml_mapping(text, path, first_line)[0]


def parse_yaml_mapping(
    text: str, path: Path | None = None, first_line: int = 1, *, every_problem: bool = False
) -> tuple[dict[str, Any], dict[str, int]]:
    """Like `load_yaml_mapping`, also returning each top-level key's line (one parse).

    The first problem is raised, or with `every_problem` all of them (ManyErrors when several).
    """
    data, node = read_mapping(text, path, first_line, every_problem)
    return data, node_key_lines(node, first_line)


def read_mapping(
    text: str, path: Path | None, first_line: int, every_problem: bool
) -> tuple[dict[str, Any], yaml.MappingNode | None]:
    """The mapping and its node (None when the text is empty), checked all through."""
    if len(text.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise FrontMatterError(
            f"front matter is larger than {MAX_FRONT_MATTER_BYTES // 1024} KB", path, first_line
        )
    node = _compose(text, path, first_line)
    if node is None:
        return {}, None
    problems = _check_tree(node, path, first_line, escapes="\\" in text)
    if problems:
        raise ManyErrors(problems) if every_problem and len(problems) > 1 else problems[0]
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
    return data, node


def _compose(text: str, path: Path | None, first_line: int) -> yaml.Node | None:
    """Compose with the fast parser; on an error, ask the guarded pure-Python one, whose
    messages and line numbers are the more precise."""
    try:
        return yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        deep = _deep_line(text, error)
        if deep is not None:  # libyaml stops at 1,000 levels: name the first too deep
            raise _too_deep(path, deep + first_line) from None
    try:
        return yaml.compose(text, Loader=_GuardedLoader)
    except _TooDeep as error:
        raise _too_deep(path, error.line + first_line) from None
    except yaml.YAMLError as error:
        raise _yaml_error(error, path, first_line, text) from error


def _deep_line(text: str, error: yaml.YAMLError) -> int | None:
    """The line (from 0) of the first list or mapping nested deeper than MAX_DEPTH, read from
    the event stream (no recursion) up to libyaml's `error`; None if there is none."""
    if "maximum nesting depth" in str(getattr(error, "problem", "")):
        mark = getattr(error, "problem_mark", None)
        fallback = mark.line if mark is not None else 0
    else:
        fallback = None
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return event.start_mark.line
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        pass
    return fallback


def key_lines(text: str, first_line: int = 1) -> dict[str, int]:
    """Map each top-level key of a YAML mapping to its line number (for error messages)."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        return {}
    return node_key_lines(node, first_line)


def node_key_lines(node: yaml.Node | None, first_line: int) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {
        key.value: key.start_mark.line + first_line
        for key, _ in node.value
        if isinstance(key, yaml.ScalarNode)
    }


def _check_tree(
    root: yaml.Node, path: Path | None, first_line: int, escapes: bool = True
) -> list[FrontMatterError]:
    """Every alias, non-standard tag, merge key, nesting deeper than MAX_DEPTH, duplicate key
    and unshowable character in the node tree, in line order: an iterative walk, level by
    level. Only an escape makes an unshowable character (the reader refuses raw ones), so
    without a backslash in the text (`escapes` false) scalars are not searched."""
    problems: list[FrontMatterError] = []
    seen: set[int] = set()
    level, depth = [root], 1
    while level:
        below: list[yaml.Node] = []
        for node in level:
            tag = node.tag
            if id(node) in seen or tag == _MERGE_TAG or not tag.startswith(_STANDARD_TAG_PREFIX):
                problems.append(_node_problem(node, seen, path, first_line))
                continue
            seen.add(id(node))
            kind = type(node)
            if kind is yaml.ScalarNode:
                if escapes and _BAD_IN_VALUE.search(node.value):
                    problems.append(_character_problem(root, node, path, first_line))
            elif depth > MAX_DEPTH:
                problems.append(_too_deep(path, node.start_mark.line + first_line))
            elif kind is yaml.MappingNode:
                if _has_duplicates(node):
                    problems.extend(_duplicate_keys(root, node, path, first_line))
                for key, value in node.value:
                    below.append(key)
                    below.append(value)
            else:
                below.extend(node.value)
        level, depth = below, depth + 1
    return sorted(problems, key=lambda problem: problem.line or 0)


def _node_problem(
    node: yaml.Node, seen: set[int], path: Path | None, first_line: int
) -> FrontMatterError:
    """An alias, a merge key or a tag that is not plain data."""
    line = node.start_mark.line + first_line
    if id(node) in seen:
        return FrontMatterError(
            "front matter uses YAML aliases (&anchor/*alias), which are not allowed", path, line
        )
    seen.add(id(node))
    if node.tag == _MERGE_TAG:
        return FrontMatterError(
            "front matter uses the YAML merge key '<<', which is not allowed", path, line
        )
    return FrontMatterError(
        f"front matter uses the YAML tag {node.tag!r}, which is not allowed", path, line
    )


def _character_problem(
    root: yaml.Node, node: yaml.ScalarNode, path: Path | None, first_line: int
) -> FrontMatterError:
    what, hint = describe_character(_BAD_IN_VALUE.search(node.value).group())
    name = _name_of(root, node)
    label = "key " if name is None else f"'{name}' " if name else ""
    line = node.start_mark.line + first_line
    return FrontMatterError(f"front matter {label}holds {what}", path, line, hint=hint)


def _has_duplicates(node: yaml.MappingNode) -> bool:
    try:
        return len({(key.tag, key.value) for key, _ in node.value}) != len(node.value)
    except TypeError:  # a list or mapping as a key: look key by key
        return True


def _duplicate_keys(
    root: yaml.Node, node: yaml.MappingNode, path: Path | None, first_line: int
) -> list[FrontMatterError]:
    """A key written twice in one mapping: an error at the second, naming the first's line."""
    first: dict[tuple[str, str], int] = {}
    problems = []
    prefix = _name_of(root, node)
    for key, _ in node.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        line = key.start_mark.line + first_line
        earlier = first.get((key.tag, key.value))
        if earlier is None:
            first[(key.tag, key.value)] = line
            continue
        name = f"{prefix}.{key.value}" if prefix else key.value
        problems.append(
            FrontMatterError(f"duplicate key '{name}' (first at line {earlier})", path, line)
        )
    return problems


def _name_of(root: yaml.Node, target: yaml.Node) -> str | None:
    """The dotted name of the field `target` is or lies in (`translation.engine`, '' for the
    top), or None when it is a key. Searched for from the top: only errors need it."""
    stack: list[tuple[yaml.Node, str]] = [(root, "")]
    while stack:
        node, name = stack.pop()
        if node is target:
            return name
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key is target:
                    return None
                shown = isinstance(key, yaml.ScalarNode) and not _BAD_IN_VALUE.search(key.value)
                child = (f"{name}.{key.value}" if name else key.value) if shown else name
                stack.append((value, child))
                stack.append((key, name))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, name) for item in node.value)
    return ""


def describe_character(character: str) -> tuple[str, str]:
    """Words for an unshowable character, and a hint."""
    code = ord(character)
    if 0xD800 <= code <= 0xDFFF:
        return f"a lone surrogate (U+{code:04X})", _SURROGATE_HINT
    if code in (0xFFFE, 0xFFFF):
        return f"the noncharacter U+{code:04X}", _UNSHOWABLE_HINT
    return f"the control character U+{code:04X}", _UNSHOWABLE_HINT


def _too_deep(path: Path | None, line: int) -> FrontMatterError:
    return FrontMatterError(f"front matter is nested more than {MAX_DEPTH} levels deep", path, line)


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
