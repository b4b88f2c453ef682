"""One version for everything visavis derives: a digest of its own code and of the libraries
that shape its output. Nothing is listed by hand: a change anywhere in the package, or an
upgrade of Markdown, nh3, Jinja2 or PyYAML, makes cached documents and pages stale."""

from __future__ import annotations

import functools
import hashlib
import os
import re
import sys
from pathlib import Path

#: The distributions whose version changes what a page or a parsed document holds.
OUTPUT_LIBRARIES = ("Markdown", "nh3", "Jinja2", "PyYAML")


@functools.cache
def code_version() -> str:
    """Digest of every module of the package and the versions of `OUTPUT_LIBRARIES`."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    versions = installed_versions(OUTPUT_LIBRARIES, sys.path)
    for name in OUTPUT_LIBRARIES:
        digest.update(f"{name}=={versions.get(name, '?')}\0".encode())
    return digest.hexdigest()


def installed_versions(names: tuple[str, ...], folders: list[str]) -> dict[str, str]:
    """The installed version of each named distribution, read from the name of its
    `<name>-<version>.dist-info` folder (the first found along `folders`, as imports find
    it). A listing per folder instead of `importlib.metadata`, whose import alone costs a
    quick rebuild some 20 milliseconds; a distribution not found is left out."""
    wanted = {_normalized(name): name for name in names}
    versions: dict[str, str] = {}
    for folder in folders:
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in entries:
            if not entry.endswith(".dist-info"):
                continue
            project, _, version = entry.removesuffix(".dist-info").partition("-")
            name = wanted.get(_normalized(project))
            if name is not None and version:
                versions.setdefault(name, version)
    return versions


def _normalized(project: str) -> str:
    """A distribution's name as PEP 503 compares them (case, `-`, `_` and `.` alike)."""
    return re.sub(r"[-_.]+", "-", project).lower()
