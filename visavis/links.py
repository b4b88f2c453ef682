"""Symbolic links in the project's folders: followed only while they stay inside the project.

A link in `seeds/`, `content/` or `layouts/` that leads outside the project (the folder of
`config.yaml`) and outside the folder it sits in is never followed, so a careless or hostile
link can never publish `~/.ssh/id_rsa` or `.git/config`.
"""

from __future__ import annotations

import os
from pathlib import Path


def allowed_roots(project_root: Path, folder: Path) -> tuple[Path, ...]:
    """Where links in `folder` may lead: the project, and the folder itself (which a setting
    may place elsewhere)."""
    return (project_root.resolve(), folder.resolve())


def stays_inside(path: Path, roots: tuple[Path, ...]) -> bool:
    """True when `path`, all links resolved, lies inside one of `roots`."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # a dangling link, a loop
        return False
    return any(target.is_relative_to(root) for root in roots)


def describe_leaving_link(path: Path) -> str:
    """The warning for a link that is not followed."""
    return f"{path}: symbolic link leading outside the project: not followed"


def walk_files(folder: Path, roots: tuple[Path, ...], warnings: list[str]) -> list[Path]:
    """Every regular file below `folder`, sorted; links leaving `roots` are skipped with a
    warning, linked folders inside them are walked once (no loops)."""
    found: list[Path] = []
    seen: set[Path] = set()
    pending = [folder]
    while pending:
        current = pending.pop()
        real = current.resolve()
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(current), key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.is_symlink() and not stays_inside(path, roots):
                warnings.append(describe_leaving_link(path))
            elif entry.is_dir():
                pending.append(path)
            elif entry.is_file():
                found.append(path)
    return sorted(found)


def is_utf8_name(name: str) -> bool:
    """False for a file name whose bytes are not UTF-8 (Python keeps them as surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable_path(path: Path) -> str:
    """A path that can be printed whatever bytes its name holds (bad bytes as `\\xNN`)."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")
