"""One version for everything visavis derives: a digest of its own code and of the libraries
that shape its output. Nothing is listed by hand: a change anywhere in the package, or an
upgrade of Markdown, nh3, Jinja2 or PyYAML, makes cached documents and pages stale."""

from __future__ import annotations

import functools
import hashlib
from importlib import metadata
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
    for name in OUTPUT_LIBRARIES:
        digest.update(f"{name}=={_version(name)}\0".encode())
    return digest.hexdigest()


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"
