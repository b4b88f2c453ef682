"""`config.yaml`: a declarative schema, defaults, every problem reported at once with its line."""

from __future__ import annotations

import functools
import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, FrontMatterError, ManyErrors, VisavisError
from .frontmatter import key_lines, parse_yaml_mapping

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
    "glossary": ((dict, str), {}, "French term: English (or keep), or a YAML file of them"),
}


#: The folder settings, as messages name them.
FOLDER_NAMES = {
    "output_dir": "output folder",
    "cache_dir": "cache folder",
    "content_dir": "content folder",
    "seeds_dir": "seeds folder",
    "layouts_dir": "layouts folder",
}
INPUT_KEYS = ("content_dir", "seeds_dir", "layouts_dir")
_APART = "visavis writes and deletes files in the output and cache folders: keep inputs apart"
FOLDER_HINTS = {
    "output_dir": "every build writes pages there and deletes the ones it no longer makes; "
    "give the site a folder of its own, such as 'public'",
    "cache_dir": "the output folder is published and the input folders are read; give the "
    "cache a folder of its own, such as '.cache/visavis'",
    **dict.fromkeys(INPUT_KEYS, _APART),
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
    values = validate_config(data, lines, path, warnings)
    return Config(root, values, hashlib.sha256(raw_bytes).hexdigest(), path, tuple(warnings))


def _as_config_error(error: VisavisError) -> ConfigError:
    message = error.message.replace("front matter", "config")
    return ConfigError(message, error.path, error.line, error.hint)


def validate_config(
    data: dict[str, Any], lines: dict[str, int], path: Path, warnings: list[str] | None = None
) -> dict[str, Any]:
    """Check every key; raise one error listing all problems; unknown keys go to `warnings`."""
    values = _defaults()
    errors: list[VisavisError] = []
    wrong: set[str] = set()
    for key, value in data.items():
        line = lines.get(key)
        if key not in SCHEMA:
            if warnings is not None:
                warnings.append(f"{path}:{line}: unknown config key '{key}' is ignored")
            continue
        expected, _, _ = SCHEMA[key]
        if value is None or isinstance(value, bool) or not isinstance(value, expected):
            errors.append(ConfigError(f"'{key}' must be {_type_name(expected)}", path, line))
            wrong.add(key)
            continue
        values[key] = value
    errors.extend(_check_values(values, lines, path))
    if not wrong.intersection(FOLDER_NAMES):
        errors.extend(folder_problems(path.parent.resolve(), values, lines, path))
    errors.sort(key=lambda error: (error.line is None, error.line or 0))  # in the file's order
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
        line = lines.get("target_lang") or lines.get("source_lang")
        errors.append(ConfigError("source_lang and target_lang must differ", path, line))
    for key in ("per_page", "batch_tokens", "index_timeout"):
        if not values[key] > 0:  # NaN too
            errors.append(ConfigError(f"'{key}' must be positive", path, lines.get(key)))
    return errors


def check_folders(config: Config) -> None:
    """Raise ConfigError (every problem at once) if the folder settings overlap dangerously."""
    path = config.path or config.root / CONFIG_NAME
    lines = key_lines(path.read_text(encoding="utf-8")) if path.is_file() else {}
    problems = folder_problems(config.root, config.values, lines, path)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ManyErrors(list(problems))


def folder_problems(
    root: Path, values: dict[str, Any], lines: dict[str, int], path: Path
) -> list[ConfigError]:
    """Where the folders, symlinks resolved, overlap in a way that would destroy or publish
    files: the output folder must not be or contain /, the home folder, the project folder
    or the cache, nor overlap an input folder; the cache must not lie inside the output
    folder or an input folder."""
    tilde = [key for key in FOLDER_NAMES if values[key].startswith("~")]
    problems = [_tilde_problem(key, values[key], path, lines.get(key)) for key in tilde]
    folders = {key: _resolve(root, values[key]) for key in FOLDER_NAMES if key not in tilde}
    pairs = [("cache_dir", "output_dir", ("is", "lies inside"))]
    pairs.extend(("cache_dir", key, ("is", "lies inside")) for key in INPUT_KEYS)
    if "output_dir" in folders:
        place = _output_place_problem(folders["output_dir"], root, values, path, lines)
        if place is not None:  # one error for output_dir is enough
            problems.append(place)
            pairs = [pair for pair in pairs if "output_dir" not in pair]
        else:
            pairs[:0] = [
                ("output_dir", key, ("is", "contains", "lies inside")) for key in INPUT_KEYS
            ]
    for subject, other, forbidden in pairs:
        if subject in folders and other in folders:
            relation = _relation(folders[subject], folders[other])
            if relation in forbidden:
                problems.append(_pair_problem(subject, other, relation, root, values, path, lines))
    return problems


def _output_place_problem(
    output: Path, root: Path, values: dict[str, Any], path: Path, lines: dict[str, int]
) -> ConfigError | None:
    """The output folder is or contains the project folder, the home folder or /."""
    places = [("the project folder", root), ("the home folder", _home())]
    places.append(("the root folder /", Path(output.anchor)))
    found = [(_relation(output, place), what) for what, place in places if place is not None]
    for relation, what in sorted(found, key=lambda item: item[0] != "is"):  # "is" first
        if relation in ("is", "contains"):
            message = f"{_shown('output_dir', values, root)} {relation} {what}"
            hint = FOLDER_HINTS["output_dir"]
            return ConfigError(message, path, lines.get("output_dir"), hint=hint)
    return None


def _relation(folder: Path, other: Path) -> str | None:
    """How `folder` stands to `other`: 'is', 'contains', 'lies inside', or None (apart)."""
    if folder == other:
        return "is"
    if other.is_relative_to(folder):
        return "contains"
    return "lies inside" if folder.is_relative_to(other) else None


def _pair_problem(
    subject: str,
    other: str,
    relation: str,
    root: Path,
    values: dict[str, Any],
    path: Path,
    lines: dict[str, int],
) -> ConfigError:
    """An overlap, reported on the subject's line, or the other's when only it is written."""
    if subject not in lines and other in lines:
        subject, other = other, subject
        relation = {"contains": "lies inside", "lies inside": "contains"}.get(relation, relation)
    target = f"the {FOLDER_NAMES[other]} ('{other}': {values[other]!r})"
    message = f"{_shown(subject, values, root)} {relation} {target}"
    return ConfigError(message, path, lines.get(subject), hint=FOLDER_HINTS[subject])


def _shown(key: str, values: dict[str, Any], root: Path) -> str:
    """`'key': 'value'`, with where a symlink leads when it leads elsewhere."""
    written = Path(os.path.normpath(root / values[key]))
    resolved = _resolve(root, values[key])
    leads = f" (which leads to {resolved})" if resolved != written else ""
    return f"'{key}': {values[key]!r}{leads}"


def _tilde_problem(key: str, value: str, path: Path, line: int | None) -> ConfigError:
    return ConfigError(
        f"'{key}': {value!r} starts with '~', which visavis does not expand",
        path,
        line,
        hint="write the full path, or a path inside the project",
    )


def _home() -> Path | None:
    try:
        return Path.home().resolve()
    except (RuntimeError, KeyError):  # no HOME and no password entry
        return None


def _defaults() -> dict[str, Any]:
    return {key: default for key, (_, default, _) in SCHEMA.items()}


def _type_name(expected: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "a whole number", float: "a number", dict: "a mapping"}
    if isinstance(expected, tuple):
        return "a number" if float in expected else " or ".join(names[t] for t in expected)
    return names.get(expected, expected.__name__)
