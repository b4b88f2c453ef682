"""Where a seed came from: the `<seed>.yaml` file `build.py add` writes beside a fetched page.

The saved page keeps the bytes the server sent; the address it was fetched from and the
charset the HTTP response declared are recorded beside it, never by altering those bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import IngestError, VisavisError
from ..frontmatter import load_yaml_mapping

ORIGIN_SUFFIX = ".yaml"


@dataclass(frozen=True)
class SeedOrigin:
    """The address a seed was fetched from and what the HTTP response said about it."""

    url: str | None = None
    final_url: str | None = None
    charset: str | None = None
    content_type: str | None = None
    fetched_at: str | None = None
    #: The content slug, when `add` gave the article another than its headline's (taken).
    slug: str | None = None


def origin_path(seed: Path) -> Path:
    """The file that records a seed's origin: `seeds/x.html` → `seeds/x.html.yaml`."""
    return seed.with_name(seed.name + ORIGIN_SUFFIX)


def read_origin(seed: Path) -> SeedOrigin:
    """The recorded origin of a seed, or an empty one when nothing is recorded."""
    path = origin_path(seed)
    if not path.is_file():
        return SeedOrigin()
    try:
        values = load_yaml_mapping(path.read_text(encoding="utf-8"), path)
    except (OSError, UnicodeDecodeError) as error:
        raise IngestError(
            "cannot read the seed's origin file", path, reasons=[str(error)]
        ) from error
    except VisavisError as error:
        raise IngestError(error.message, path, error.line, hint=error.hint) from error
    fields = {}
    for name in SeedOrigin.__dataclass_fields__:
        value = values.get(name)
        if value is not None and not isinstance(value, str):
            raise IngestError(f"'{name}' must be text", path, hint="or remove the line")
        fields[name] = value
    return SeedOrigin(**fields)


def format_origin(origin: SeedOrigin) -> str:
    """The text of an origin file (YAML, keys in a fixed order)."""
    import yaml

    values = {k: v for k, v in vars(origin).items() if v is not None}
    return yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=1000)
