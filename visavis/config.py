"""`config.yaml`: a declarative schema, defaults, every problem reported at once with its line."""

from __future__ import annotations

import functools
import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, FrontMatterError, ManyErrors, VisavisError
from .frontmatter import key_lines, load_yaml_mapping

log = logging.getLogger(__name__)

CONFIG_NAME = "config.yaml"

#: ISO 639-1 codes of the languages Argos Translate has packages for.
KNOWN_LANGUAGES = frozenset(
    [
        "ar",
        "az",
        "bg",
        "bn",
        "ca",
        "cs",
        "da",
        "de",
        "el",
        "en",
        "eo",
        "es",
        "et",
        "eu",
        "fa",
        "fi",
        "fr",
        "ga",
        "gl",
        "he",
        "hi",
        "hu",
        "id",
        "it",
        "ja",
        "ko",
        "ky",
        "lt",
        "lv",
        "ms",
        "nb",
        "nl",
        "pl",
        "pt",
        "ro",
        "ru",
        "sk",
        "sl",
        "sq",
        "sr",
        "sv",
        "th",
        "tl",
        "tr",
        "uk",
        "ur",
        "vi",
        "zh",
    ]
)

# key: (type, default, help)
SCHEMA: dict[str, tuple[type | tuple[type, ...], Any, str]] = {
    "title": (str, "visavis edition", "the edition's name, shown on every page"),
    "description": (str, "", "one sentence about the edition, for the home page and feed"),
    "base_url": (str, "/", "where the site is served: '/' or 'https://user.github.io/repo/'"),
    "source_lang": (str, "fr", "language code of the articles"),
    "target_lang": (str, "en", "language code of the translation"),
    "interface_lang": (str, "en", "language of the site's own words"),
    "content_dir": (str, "content", "folder of <slug>.<lang>.md files"),
    "seeds_dir": (str, "seeds", "folder of raw articles to ingest"),
    "layouts_dir": (str, "layouts", "folder of Jinja2 layouts and static assets"),
    "output_dir": (str, "public", "folder the site is written to"),
    "cache_dir": (str, ".cache/visavis", "translation memory and build state (not committed)"),
    "per_page": (int, 20, "articles per home page before paginating"),
    "about": (str, "", "Markdown text for the about page"),
    "model_package": (str, "translate-fr_en", "Argos package code installed from the index"),
    "batch_tokens": (int, 1024, "tokens per CTranslate2 batch"),
    "index_timeout": ((int, float), 5, "seconds to wait for the Argos package index"),
}


@dataclass(frozen=True)
class Config:
    """Validated settings, with folders resolved against the project root."""

    root: Path
    values: dict[str, Any] = field(default_factory=dict)
    digest: str = ""
    path: Path | None = None
    warnings: tuple[str, ...] = ()

    def __getattr__(self, name: str) -> Any:
        values = self.__dict__.get("values", {})
        if name in values:
            return values[name]
        raise AttributeError(name)

    def folder(self, key: str) -> Path:
        """Return the folder named by `key` (e.g. 'content_dir'), resolved against the root."""
        return _resolve(self.root, self.values[key])

    @property
    def site_path(self) -> str:
        """The path part of base_url, always starting and ending with '/'."""
        url = self.values["base_url"]
        path = url.split("://", 1)[1].partition("/")[2] if "://" in url else url.lstrip("/")
        return "/" + path.strip("/") + "/" if path.strip("/") else "/"


@functools.lru_cache(maxsize=64)
def _resolve(root: Path, value: str) -> Path:
    return (root / value).resolve()


def load_config(path: Path) -> Config:
    """Read and validate a config file; a missing file gives the defaults."""
    root = path.parent.resolve()
    if not path.exists():
        log.warning("%s not found: using defaults", path)
        return Config(root=root, values=_defaults(), digest="", path=path)
    raw_bytes = path.read_bytes()
    try:
        text = raw_bytes.decode("utf-8").removeprefix("\ufeff")
        data = load_yaml_mapping(text, path, first_line=1)
    except UnicodeDecodeError as error:
        raise ConfigError("file is not valid UTF-8", path) from error
    except FrontMatterError as error:
        message = error.message.replace("front matter", "config")
        raise ConfigError(message, path, error.line, error.hint) from error
    warnings: list[str] = []
    values = validate_config(data, key_lines(text), path, warnings)
    return Config(root, values, hashlib.sha256(raw_bytes).hexdigest(), path, tuple(warnings))


def validate_config(
    data: dict[str, Any], lines: dict[str, int], path: Path, warnings: list[str] | None = None
) -> dict[str, Any]:
    """Check every key; raise one error listing all problems; unknown keys go to `warnings`."""
    values = _defaults()
    errors: list[VisavisError] = []
    for key, value in data.items():
        line = lines.get(key)
        if key not in SCHEMA:
            if warnings is not None:
                warnings.append(f"{path}:{line}: unknown config key '{key}' is ignored")
            continue
        expected, _, _ = SCHEMA[key]
        if value is None or isinstance(value, bool) or not isinstance(value, expected):
            errors.append(ConfigError(f"'{key}' must be {_type_name(expected)}", path, line))
            continue
        values[key] = value
    errors.extend(_check_values(values, lines, path))
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ManyErrors(errors)
    return values


def _check_values(values: dict[str, Any], lines: dict[str, int], path: Path) -> list[ConfigError]:
    errors = []
    for key in ("source_lang", "target_lang", "interface_lang"):
        if values[key] not in KNOWN_LANGUAGES:
            errors.append(
                ConfigError(
                    f"'{key}': unknown language code '{values[key]}'",
                    path,
                    lines.get(key),
                    hint="use an ISO 639-1 code such as fr or en",
                )
            )
    if values["source_lang"] == values["target_lang"]:
        errors.append(ConfigError("source_lang and target_lang must differ", path))
    for key in ("per_page", "batch_tokens", "index_timeout"):
        if values[key] <= 0:
            errors.append(ConfigError(f"'{key}' must be positive", path, lines.get(key)))
    return errors


def _defaults() -> dict[str, Any]:
    return {key: default for key, (_, default, _) in SCHEMA.items()}


def _type_name(expected: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "a whole number", float: "a number"}
    if isinstance(expected, tuple):
        return "a number"
    return names.get(expected, expected.__name__)
