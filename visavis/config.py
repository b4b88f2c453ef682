"""`config.yaml`: one typed, frozen field per key, every problem reported at once with its line.

The `Config` dataclass is the schema: each setting is a field declared with `setting(default,
meaning)`, its annotation giving its type; `SCHEMA`, the validation and `--help-config` are
derived from those fields. Adding a key is adding one field.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import logging
import re
import textwrap
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, FrontMatterError, ManyErrors, VisavisError
from .folders import FOLDER_NAMES, folder_problems, resolve_folder
from .frontmatter import parse_yaml_mapping
from .languages import KNOWN_LANGUAGES

log = logging.getLogger(__name__)

CONFIG_NAME = "config.yaml"

#: A check of one value: None when it is good, else the message and a hint.
Check = Callable[[str, Any], "tuple[str, str | None] | None"]


def known_language(key: str, value: str) -> tuple[str, str | None] | None:
    """A language code Argos Translate has packages for."""
    if value in KNOWN_LANGUAGES:
        return None
    return f"'{key}': unknown language code '{value}'", "use an ISO 639-1 code such as fr or en"


def positive(key: str, value: float) -> tuple[str, str | None] | None:
    """A number above zero (NaN is not)."""
    return None if value > 0 else (f"'{key}' must be positive", None)


_WEB_ADDRESS = re.compile(r"https?://[^/\s]+(/.*)?", re.IGNORECASE)


def site_address(key: str, value: str) -> tuple[str, str | None] | None:
    """A path from the domain root (`/`, `/sub/`) or an http(s) address."""
    if value.startswith("/") or _WEB_ADDRESS.fullmatch(value):
        return None
    return (
        f"'{key}': {value!r} is neither a path starting with '/' nor an http(s) address",
        "use '/' for a domain root, or 'https://<user>.github.io/<repo>/'",
    )


def mapping_or_file(key: str, value: object) -> tuple[str, str | None] | None:
    """A mapping, or the name of a file (its entries are checked where it is read)."""
    if isinstance(value, dict) or (isinstance(value, str) and value.strip()):
        return None
    return f"'{key}' must be a mapping or a file name", "see the README's 'Repair and glossary'"


def setting(default: Any, meaning: str, check: Check | None = None) -> Any:
    """Declare one key of config.yaml: its default, what it means, and a check of its value
    (a mapping or list default is copied for each config, as dataclasses require)."""
    metadata = {"meaning": meaning, "check": check}
    if isinstance(default, (dict, list)):
        return field(default_factory=lambda: copy.deepcopy(default), metadata=metadata)
    return field(default=default, metadata=metadata)


@dataclass(frozen=True)
class Origins:
    """Where each setting was written: a line of config.yaml, or a command-line option."""

    path: Path
    lines: Mapping[str, int] = field(default_factory=dict)
    options: Mapping[str, str] = field(default_factory=dict)

    def error(self, key: str, message: str, hint: str | None = None) -> ConfigError:
        """A ConfigError about `key`, located where its value was given."""
        if key in self.options:
            return ConfigError(message, self.options[key], None, hint)
        return ConfigError(message, self.path, self.lines.get(key), hint)

    def written(self, key: str) -> bool:
        """True when the key was given (in the file or as an option), not left to its default."""
        return key in self.lines or key in self.options


@dataclass(frozen=True, kw_only=True)
class Config:
    """Validated settings, one field per config.yaml key, and where they were read from."""

    root: Path
    title: str = setting("visavis edition", "the edition's name, shown on every page")
    description: str = setting("", "one sentence about the edition (home page, feed)")
    base_url: str = setting(
        "/",
        "where the site is served: '/' for a domain root, or the full address of a project "
        "page, e.g. 'https://<user>.github.io/<repo>/' (`--base-url` overrides it)",
        site_address,
    )
    source_lang: str = setting(
        "fr", "language code of the articles; content files are <slug>.<code>.md", known_language
    )
    target_lang: str = setting("en", "language code of the translation", known_language)
    interface_lang: str = setting(
        "en", "language of the site's own words (<html lang>)", known_language
    )
    content_dir: str = setting("content", "folder of the <slug>.<lang>.md content files")
    seeds_dir: str = setting("seeds", "folder of raw articles to ingest")
    layouts_dir: str = setting("layouts", "folder of the Jinja2 layouts and static files")
    output_dir: str = setting("public", "folder the site is written to")
    cache_dir: str = setting(".cache/visavis", "translation memory and build state (not committed)")
    per_page: int = setting(20, "articles per listing page (home, publication, section)", positive)
    about: str = setting("", "Markdown text for the about page")
    model_package: str = setting(
        "translate-fr_en",
        "the Argos package to install from the index when none is installed (else the newest "
        "installed for the language pair)",
    )
    batch_tokens: int = setting(
        1024,
        "tokens per CTranslate2 batch (larger batches measured slower on a CPU, and use more "
        "memory)",
        positive,
    )
    index_timeout: float = setting(
        5, "seconds to wait for the Argos package index before calling it offline", positive
    )
    glossary: object = setting(
        {},
        "French term: required English (or keep, to keep it as is), or the name of a YAML "
        "file of them (visavis.glossary_load)",
        mapping_or_file,
    )
    search: bool = setting(
        True,
        "build the Pagefind search index after render (false: no index; the search page "
        "then links to the archive)",
    )
    path: Path | None = None
    digest: str = ""
    warnings: tuple[str, ...] = ()
    origins: Origins | None = field(default=None, compare=False, repr=False)

    @property
    def values(self) -> dict[str, Any]:
        """The settings as a plain mapping (a copy), key by key."""
        return {key: getattr(self, key) for key in SCHEMA}

    def folder(self, key: str) -> Path:
        """Return the folder named by `key` (e.g. 'content_dir'), resolved against the root."""
        return resolve_folder(self.root, getattr(self, key))

    @property
    def site_path(self) -> str:
        """The path part of base_url, always starting and ending with '/'."""
        return url_path(self.base_url)


@dataclass(frozen=True)
class Setting:
    """One key of config.yaml, as its field declares it."""

    kind: type
    default: Any
    meaning: str
    check: Check | None = None


def _schema() -> dict[str, Setting]:
    hints = typing.get_type_hints(Config)
    return {
        item.name: Setting(
            typing.get_origin(hints[item.name]) or hints[item.name],  # dict[str, str]: dict
            item.default if item.default_factory is dataclasses.MISSING else item.default_factory(),
            **item.metadata,
        )
        for item in dataclasses.fields(Config)
        if "meaning" in item.metadata
    }


#: Every key of config.yaml, in the order `--help-config` lists them.
SCHEMA: dict[str, Setting] = _schema()


def url_path(base_url: str) -> str:
    """The path part of a base URL, always starting and ending with '/'."""
    path = base_url.split("://", 1)[1].partition("/")[2] if "://" in base_url else base_url
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


def load_config(path: Path) -> Config:
    """Read and validate a config file; a missing file gives the defaults."""
    root = path.parent.resolve()
    if not path.exists():
        log.warning("%s not found: using defaults", path)
        return Config(root=root, path=path, origins=Origins(path))
    raw_bytes = path.read_bytes()
    try:
        text = raw_bytes.decode("utf-8").removeprefix("\ufeff")
        data, lines = parse_yaml_mapping(text, path, first_line=1, every_problem=True)
    except UnicodeDecodeError as error:
        line = raw_bytes[: error.start].count(b"\n") + 1
        raise ConfigError(
            "file is not valid UTF-8", path, line, hint="save it as UTF-8", reasons=[str(error)]
        ) from error
    except ManyErrors as error:
        raise ManyErrors([_as_config_error(inner) for inner in error.errors]) from error
    except FrontMatterError as error:
        raise _as_config_error(error) from error
    warnings: list[str] = []
    origins = Origins(path, lines)
    values = validate_config(data, root, origins, warnings)
    digest = hashlib.sha256(raw_bytes).hexdigest()
    return Config(
        root=root, **values, path=path, digest=digest, warnings=tuple(warnings), origins=origins
    )


def with_overrides(config: Config, changes: dict[str, Any], option: str) -> Config:
    """The config with `changes` (a command-line option, serve's private output folder)
    checked by the rules of the file; their problems name `option` instead of a line."""
    base = config.origins or Origins(config.path or config.root / CONFIG_NAME)
    origins = dataclasses.replace(base, options={**base.options, **dict.fromkeys(changes, option)})
    values = validate_config({**config.values, **changes}, config.root, origins)
    return dataclasses.replace(config, **values, origins=origins)


def _as_config_error(error: VisavisError) -> ConfigError:
    message = error.message.replace("front matter", "config")
    return ConfigError(message, error.path, error.line, error.hint)


def validate_config(
    data: dict[str, Any], root: Path, origins: Origins, warnings: list[str] | None = None
) -> dict[str, Any]:
    """Check every key; raise one error listing all problems; unknown keys go to `warnings`."""
    values = {key: item.default for key, item in SCHEMA.items()}
    errors: list[VisavisError] = []
    wrong: set[str] = set()
    for key, value in data.items():
        if key not in SCHEMA:
            if warnings is not None:
                line = origins.lines.get(key)
                warnings.append(f"{origins.path}:{line}: unknown config key '{key}' is ignored")
            continue
        if not _has_type(value, SCHEMA[key].kind):
            errors.append(origins.error(key, f"'{key}' must be {_type_name(SCHEMA[key].kind)}"))
            wrong.add(key)
            continue
        values[key] = value
    errors.extend(_value_problems(values, origins))
    if not wrong.intersection(FOLDER_NAMES):
        errors.extend(folder_problems(root, values, origins))
    errors.sort(key=lambda error: (error.line is None, error.line or 0))  # in the file's order
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ManyErrors(errors)
    return values


def _value_problems(values: dict[str, Any], origins: Origins) -> list[ConfigError]:
    """Each value's own check, then the rules between keys (but the folders')."""
    errors = []
    for key, item in SCHEMA.items():
        problem = item.check(key, values[key]) if item.check is not None else None
        if problem is not None:
            errors.append(origins.error(key, *problem))
    if values["source_lang"] == values["target_lang"]:
        key = "target_lang" if origins.written("target_lang") else "source_lang"
        errors.append(origins.error(key, "source_lang and target_lang must differ"))
    return errors


def _has_type(value: Any, kind: type) -> bool:
    if kind is bool or isinstance(value, bool):
        return kind is bool and isinstance(value, bool)
    if value is None:
        return False
    return isinstance(value, (int, float) if kind is float else kind)


def _type_name(kind: type) -> str:
    names = {str: "text", int: "a whole number", float: "a number", dict: "a mapping"}
    names[bool] = "true or false"
    names[object] = "a mapping or a file name"
    return names.get(kind, "a list" if kind is list else kind.__name__)


def describe_settings(width: int = 88) -> str:
    """Every key of config.yaml with its type, default and meaning (`--help-config`)."""
    parts = [f"{CONFIG_NAME} settings (every key is optional; a key left out has its default):"]
    for key, item in SCHEMA.items():
        default = json.dumps(item.default, ensure_ascii=False)
        parts.append(f"\n{key}: {_type_name(item.kind)}, default {default}")
        indent = " " * 4
        parts.extend(
            textwrap.wrap(item.meaning, width, initial_indent=indent, subsequent_indent=indent)
        )
    return "\n".join(parts) + "\n"
