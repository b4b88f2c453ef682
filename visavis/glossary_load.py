"""`glossary:` in `config.yaml`: a mapping of French term → English, or the name of a YAML file
holding one; `keep` (or the term itself) keeps a term as it is. Every problem is a ConfigError
naming the file and the line, all of them at once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .errors import ConfigError, FrontMatterError, ManyErrors, VisavisError
from .glossary import Glossary, Term, normal_form
from .yamlread import parse_yaml_mapping

if TYPE_CHECKING:
    from .config import Config

#: The English of a do-not-translate term.
KEEP = "keep"
_HINT = "write one 'French term: English' per line, or 'French term: keep' to keep it as is"


def load_glossary(config: Config) -> Glossary:
    """The configured glossary (empty when there is none), or a ConfigError."""
    value = config.glossary
    if not value:
        return Glossary()  # nothing to read: config.yaml is not parsed again for its lines
    path = config.path or config.root / "config.yaml"
    if isinstance(value, str):
        return read_glossary_file(config.root / value, path, _glossary_line(path))
    return parse_glossary(value, _entry_lines(path), path)


def glossary_file_entry(config: Config) -> dict[str, str]:
    """The glossary file's size and date, for the no-change check of a build (`config.yaml`
    itself is there already)."""
    value = config.glossary
    if not isinstance(value, str) or not value:
        return {}
    try:
        stat = (config.root / value).stat()
    except OSError:
        return {"glossary": "missing"}
    return {"glossary": f"{stat.st_size}|{stat.st_mtime_ns}"}


def read_glossary_file(path: Path, config_path: Path, line: int | None) -> Glossary:
    """A glossary file named by `config.yaml` (a YAML mapping)."""
    try:
        text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
    except FileNotFoundError as error:
        raise ConfigError(
            f"glossary file '{path.name}' not found", config_path, line, hint=f"expected {path}"
        ) from error
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError("glossary file cannot be read", path, reasons=[str(error)]) from error
    try:
        data, lines = parse_yaml_mapping(text, path, every_problem=True)
    except ManyErrors as error:
        raise ManyErrors([_as_config_error(inner) for inner in error.errors]) from error
    except FrontMatterError as error:
        raise _as_config_error(error) from error
    return parse_glossary(data, lines, path)


def parse_glossary(data: Any, lines: dict[str, int], path: Path) -> Glossary:
    """Check every entry of a glossary mapping; raise one error listing every problem."""
    if not isinstance(data, dict):
        raise ConfigError("the glossary must be a mapping of French term → English", path)
    terms: list[Term] = []
    errors: list[VisavisError] = []
    seen: dict[str, Term] = {}
    for french, english in data.items():
        line = lines.get(str(french))
        problem = _entry_problem(french, english)
        if problem:
            errors.append(ConfigError(f"glossary {problem}", path, line, hint=_HINT))
            continue
        required = english.strip()
        term = Term(french.strip(), french.strip() if required == KEEP else required, line)
        key = _duplicate_key(term.french)
        if key in seen:
            first = seen[key].line
            errors.append(
                ConfigError(
                    f"glossary term {french!r} is given twice (first at line {first})", path, line
                )
            )
            continue
        seen[key] = term
        terms.append(term)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ManyErrors(errors)
    return Glossary(tuple(terms))


def _entry_problem(french: Any, english: Any) -> str | None:
    if not isinstance(french, str) or not french.strip():
        return f"term {french!r} must be text"
    if not isinstance(english, str) or not english.strip():
        return f"{french!r}: the English must be text (or '{KEEP}'), not {english!r}"
    return None


def _duplicate_key(term: str) -> str:
    """Terms that would match the same words: apostrophes and spaces aside, and the first
    letter's case for a lowercase term."""
    form = normal_form(term)
    return form if any(char.isupper() for char in form) else form.casefold()


def _as_config_error(error: VisavisError) -> ConfigError:
    return ConfigError(error.message.replace("front matter", "glossary"), error.path, error.line)


def _config_root_node(path: Path) -> yaml.Node | None:
    try:
        return yaml.compose(path.read_text(encoding="utf-8").removeprefix("\ufeff"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None


def _glossary_node(path: Path) -> tuple[yaml.Node, yaml.Node] | None:
    root = _config_root_node(path)
    if not isinstance(root, yaml.MappingNode):
        return None
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "glossary":
            return key, value
    return None


def _glossary_line(path: Path) -> int | None:
    """The line of `glossary:` in config.yaml."""
    found = _glossary_node(path)
    return found[0].start_mark.line + 1 if found else None


def _entry_lines(path: Path) -> dict[str, int]:
    """The line of each term of an inline glossary in config.yaml (config.yaml was already
    read and checked: its YAML is plain data)."""
    found = _glossary_node(path)
    if found is None or not isinstance(found[1], yaml.MappingNode):
        return {}
    return {key.value: key.start_mark.line + 1 for key, _ in found[1].value}
