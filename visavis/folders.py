"""The folder settings' safety rules: outputs never overlap inputs, the home or the project.

Every build writes into the output and cache folders and deletes there what it no longer
makes, so a setting that makes either one an input folder, the project, the home folder or /
(symbolic links resolved) is refused before anything is written or deleted.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import Origins
    from .errors import ConfigError

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


@functools.lru_cache(maxsize=64)
def resolve_folder(root: Path, value: str) -> Path:
    """A folder setting resolved against the project root, symbolic links followed."""
    return (root / value).resolve()


def folder_problems(root: Path, values: dict[str, Any], origins: Origins) -> list[ConfigError]:
    """Where the folders, symlinks resolved, overlap in a way that would destroy or publish
    files: the output folder must not be or contain /, the home folder, the project folder
    or the cache, nor overlap an input folder; the cache must not lie inside the output
    folder or an input folder."""
    tilde = [key for key in FOLDER_NAMES if values[key].startswith("~")]
    problems = [_tilde_problem(key, values[key], origins) for key in tilde]
    folders = {key: resolve_folder(root, values[key]) for key in FOLDER_NAMES if key not in tilde}
    pairs = [("cache_dir", "output_dir", ("is", "lies inside"))]
    pairs.extend(("cache_dir", key, ("is", "lies inside")) for key in INPUT_KEYS)
    if "output_dir" in folders:
        place = _output_place_problem(folders["output_dir"], root, values, origins)
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
                problems.append(_pair_problem(subject, other, relation, root, values, origins))
    return problems


def _output_place_problem(
    output: Path, root: Path, values: dict[str, Any], origins: Origins
) -> ConfigError | None:
    """The output folder is or contains the project folder, the home folder or /."""
    places = [("the project folder", root), ("the home folder", _home())]
    places.append(("the root folder /", Path(output.anchor)))
    found = [(_relation(output, place), what) for what, place in places if place is not None]
    for relation, what in sorted(found, key=lambda item: item[0] != "is"):  # "is" first
        if relation in ("is", "contains"):
            message = f"{_shown('output_dir', values, root)} {relation} {what}"
            return origins.error("output_dir", message, FOLDER_HINTS["output_dir"])
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
    origins: Origins,
) -> ConfigError:
    """An overlap, reported where the subject was written, or the other when only it was."""
    if not origins.written(subject) and origins.written(other):
        subject, other = other, subject
        relation = {"contains": "lies inside", "lies inside": "contains"}.get(relation, relation)
    target = f"the {FOLDER_NAMES[other]} ('{other}': {values[other]!r})"
    message = f"{_shown(subject, values, root)} {relation} {target}"
    return origins.error(subject, message, FOLDER_HINTS[subject])


def _shown(key: str, values: dict[str, Any], root: Path) -> str:
    """`'key': 'value'`, with where a symlink leads when it leads elsewhere."""
    written = Path(os.path.normpath(root / values[key]))
    resolved = resolve_folder(root, values[key])
    leads = f" (which leads to {resolved})" if resolved != written else ""
    return f"'{key}': {values[key]!r}{leads}"


def _tilde_problem(key: str, value: str, origins: Origins) -> ConfigError:
    message = f"'{key}': {value!r} starts with '~', which visavis does not expand"
    return origins.error(key, message, "write the full path, or a path inside the project")


def _home() -> Path | None:
    try:
        return Path.home().resolve()
    except (RuntimeError, KeyError):  # no HOME and no password entry
        return None
