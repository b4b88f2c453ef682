"""Safe file output: atomic writes, and never a path outside the folder being written."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from .errors import RenderError

MAX_NAME_BYTES = 200
#: Every path this process has written, in order (the pipeline tells its own writing from
#: other changes made while a build ran).
WRITTEN: list[str] = []
#: Names `write_atomic` gives its temporary files: `.<name>.<8 random characters>.tmp`.
TEMP_NAME = re.compile(r"^\..*\.[a-z0-9_]{8}\.tmp$")


def write_atomic(path: Path, data: str | bytes, durable: bool = True) -> None:
    """Write a file through a temporary file in the same folder and an atomic rename.

    `durable` also flushes the data to disk before the rename, so that even a power cut leaves
    the old or the new file; the site's output skips it (it can always be rebuilt).
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temp_name = _make_temp(path)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temp_name, path)
        WRITTEN.append(str(path))
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _make_temp(path: Path) -> tuple[int, str]:
    """A temporary file beside `path`; its folder is created only when missing (creating
    it for every file cost more than writing the files)."""
    try:
        return tempfile.mkstemp(prefix=f".{path.name[:50]}.", suffix=".tmp", dir=path.parent)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(prefix=f".{path.name[:50]}.", suffix=".tmp", dir=path.parent)


def write_if_changed(path: Path, data: str | bytes, durable: bool = True) -> bool:
    """Write atomically unless the file already holds exactly this data; return True if written."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.stat().st_size == len(payload) and path.read_bytes() == payload:
            return False
    except OSError:
        pass
    write_atomic(path, payload, durable)
    return True


def prepare_write(path: Path, data: str | bytes) -> str | None:
    """Write `data` to a temporary file beside `path`, for `commit_write` to rename over it
    later; None when `path` already holds exactly this data. (A page is written in two steps
    so that a site is only changed once every page of it rendered.)"""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.stat().st_size == len(payload) and path.read_bytes() == payload:
            return None
    except OSError:
        pass
    handle, temp_name = _make_temp(path)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return temp_name


def commit_write(temp_name: str, path: Path) -> None:
    """Put a file `prepare_write` made in place (an atomic rename)."""
    os.replace(temp_name, path)
    WRITTEN.append(str(path))


def remove_temp_files(folder: Path, recursive: bool = False) -> int:
    """Delete temporary files that a killed build left in folder; return how many.

    Only names `write_atomic` makes are touched, and only while the build lock is held, so no
    other build can be writing them.
    """
    if not folder.is_dir():
        return 0
    candidates = folder.rglob("*.tmp") if recursive else folder.glob("*.tmp")
    removed = 0
    for path in sorted(candidates):
        if TEMP_NAME.match(path.name) and path.is_file() and not path.is_symlink():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def safe_join(root: Path, relative: str) -> Path:
    """Join a relative output path to root, refusing anything that would leave root."""
    if not relative or "\x00" in relative or Path(relative).is_absolute():
        raise RenderError(f"refusing to write outside the output folder: {relative!r}")
    if any(len(part.encode("utf-8")) > MAX_NAME_BYTES for part in Path(relative).parts):
        raise RenderError(f"refusing to write a file name longer than {MAX_NAME_BYTES} bytes")
    resolved_root = root.resolve()
    target = (resolved_root / relative).resolve()
    if not target.is_relative_to(resolved_root) or target == resolved_root:
        raise RenderError(f"refusing to write outside the output folder: {relative!r}")
    return target


class OutputWriter:
    """Writes files below one root, each path at most once per build."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.written: set[Path] = set()
        self.changed: list[Path] = []

    def write(self, relative: str, data: str | bytes) -> Path:
        """Write `relative` below the root (atomically, only if its content changed)."""
        target = safe_join(self.root, relative)
        if target in self.written:
            raise RenderError(f"two pages want the same output file: {relative}")
        self.written.add(target)
        if write_if_changed(target, data, durable=False):
            self.changed.append(target)
        return target
