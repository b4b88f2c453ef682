"""Safe file output: atomic writes, and never a path outside the folder being written."""

from __future__ import annotations

import hashlib
import os
import random
import re
from collections.abc import Callable
from pathlib import Path

from .errors import RenderError

MAX_NAME_BYTES = 200
#: In the output folder: the files visavis wrote there (see `render.read_output_list`).
OUTPUT_LIST = ".visavis-files.json"
#: Told of each file written, with its size and mtime then ("size|mtime_ns"): the build state
#: tells the build's own writing from edits someone saves over it later (see `state`).
OnWrite = Callable[[str, str], None]
#: Names `write_atomic` gives its temporary files: `.<name>.<8 random characters>.tmp`.
TEMP_NAME = re.compile(r"^\..*\.[a-z0-9_]{8}\.tmp$")
#: ... and the names Jinja2's bytecode cache (in the cache folder) gives its own.
JINJA_TEMP_NAME = re.compile(r"^__jinja2_[0-9a-f]+\.cache\w+\.tmp$")


def write_atomic(
    path: Path, data: str | bytes, durable: bool = True, on_write: OnWrite | None = None
) -> None:
    """Write a file through a temporary file in the same folder and an atomic rename.

    `durable` also flushes the data to disk before the rename, so that even a power cut leaves
    the old or the new file; the site's output skips it (it can always be rebuilt). A file
    that existed keeps its permissions; a new one gets the usual ones (0666 less the umask).
    `on_write` is told the path and the file's stat as written.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    temp_name = _write_temp(path, payload, _existing_mode(path), durable)
    try:
        stat = os.stat(temp_name)  # the same file once renamed (a rename keeps its mtime)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    if on_write is not None:
        on_write(str(path), f"{stat.st_size}|{stat.st_mtime_ns}")


def _existing_mode(path: Path) -> int | None:
    try:
        return path.stat().st_mode
    except OSError:
        return None


_TEMP_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _write_temp(path: Path, payload: bytes, mode: int | None, durable: bool = False) -> str:
    """Write `payload` to a new temporary file beside `path` (its folder created when missing:
    trying first costs less than creating it for every file); return the temporary's name."""
    folder = str(path.parent)
    prefix = f"{folder}/.{path.name[:50]}."
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        temp_name = prefix + "".join(random.choices(_TEMP_ALPHABET, k=8)) + ".tmp"
        try:
            handle = os.open(temp_name, flags, 0o666)
        except FileExistsError:
            continue
        except FileNotFoundError:
            os.makedirs(folder, exist_ok=True)
            handle = os.open(temp_name, flags, 0o666)
        break
    else:  # pragma: no cover - 100 clashes among 37**8 names
        raise FileExistsError(f"no free temporary name beside {path}")
    try:
        if mode is not None:
            os.fchmod(handle, mode & 0o7777)
        view = memoryview(payload)
        while view:
            view = view[os.write(handle, view) :]
        if durable:
            os.fsync(handle)
    except BaseException:
        os.close(handle)
        os.unlink(temp_name)
        raise
    os.close(handle)
    return temp_name


def write_if_changed(
    path: Path, data: str | bytes, durable: bool = True, on_write: OnWrite | None = None
) -> bool:
    """Write atomically unless the file already holds exactly this data; return True if written."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.stat().st_size == len(payload) and path.read_bytes() == payload:
            return False
    except OSError:
        pass
    write_atomic(path, payload, durable, on_write)
    return True


def write_unless_edited(
    path: Path,
    data: str | bytes,
    judged_sha256: str | None,
    durable: bool = True,
    on_write: OnWrite | None = None,
) -> str:
    """Write like `write_if_changed`, unless the file changed since it was judged
    machine-made: `judged_sha256` is the SHA-256 of its bytes then (None: it did not exist).
    Returns "written", "unchanged", or "edited" (left alone: someone saved it meanwhile)."""
    try:
        current: str | None = hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        current = None
    if current != judged_sha256:
        return "edited"
    return "written" if write_if_changed(path, data, durable, on_write) else "unchanged"


def prepare_write(path: Path, data: str | bytes) -> str | None:
    """Write `data` to a temporary file beside `path`, for `commit_write` to rename over it
    later; None when `path` already holds exactly this data. (A page is written in two steps
    so that a site is only changed once every page of it rendered.)"""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        stat = path.stat()
    except OSError:
        return _write_temp(path, payload, None)
    if stat.st_size == len(payload) and path.read_bytes() == payload:
        return None
    return _write_temp(path, payload, stat.st_mode)


def commit_write(temp_name: str, path: Path) -> None:
    """Put a file `prepare_write` made in place (an atomic rename)."""
    os.replace(temp_name, path)


def remove_temp_files(folder: Path, recursive: bool = False) -> int:
    """Delete temporary files that a killed build left in folder; return how many.

    Only names `write_atomic` makes are touched, and only while the build lock is held, so no
    other build can be writing them.
    """
    removed = 0
    folders = [str(folder)]
    while folders:  # os.scandir: a content folder of 10,000 files is listed in milliseconds
        try:
            entries = list(os.scandir(folders.pop()))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            if recursive and entry.is_dir(follow_symlinks=False):
                folders.append(entry.path)
            elif (
                entry.name[-4:] == ".tmp"
                and (TEMP_NAME.match(entry.name) or JINJA_TEMP_NAME.match(entry.name))
                and entry.is_file(follow_symlinks=False)
            ):
                os.unlink(entry.path)
                removed += 1
    return removed


def safe_join(root: Path, relative: str, known: dict[str, str] | None = None) -> Path:
    """Join a relative output path to root, refusing anything that would leave root (`..`,
    or a symlink pointing out of it).

    `known` keeps, for one build, the real paths of the folders already checked: a page then
    costs a look at its own folder and name instead of every folder from the file-system root.
    """
    if not relative or "\x00" in relative or Path(relative).is_absolute():
        raise RenderError(f"refusing to write outside the output folder: {relative!r}")
    parts = relative.split("/")
    if any(len(part.encode("utf-8")) > MAX_NAME_BYTES for part in parts):
        raise RenderError(f"refusing to write a file name longer than {MAX_NAME_BYTES} bytes")
    # The cached way only for plain names: no `.`, `..` or empty part, no other separator.
    plain = not {"", ".", ".."} & set(parts) and "\\" not in relative and not os.altsep
    if known is None or not plain:
        resolved_root = root.resolve()
        target = (resolved_root / relative).resolve()
    else:
        if known.get(_ROOT_KEY) != str(root):  # a cache is for one root
            known.clear()
            known[_ROOT_KEY], known[""] = str(root), str(root.resolve())
        resolved_root = Path(known[""])
        folder, _, name = relative.rpartition("/")
        path = os.path.join(_real_folder(folder, known), name)
        target = Path(os.path.realpath(path) if os.path.islink(path) else path)
    if not target.is_relative_to(resolved_root) or target == resolved_root:
        raise _leaving_error(root, relative)
    return target


def _leaving_error(root: Path, relative: str) -> RenderError:
    """The error for a path that would leave the output folder, naming the link that leads
    out of it when there is one."""
    current = root
    for part in relative.split("/")[:-1]:
        current = current / part
        if current.is_symlink():
            return RenderError(
                "a folder of the output is a symbolic link leading outside it: not written through",
                current,
                hint="remove the link",
            )
    return RenderError(f"refusing to write outside the output folder: {relative!r}")


_ROOT_KEY = "\x00root"


def _real_folder(folder: str, known: dict[str, str]) -> str:
    """The real path of a folder below the root `known[""]` (see `safe_join`)."""
    if not folder:
        return known[""]
    real = known.get(folder)
    if real is None:
        parent, _, name = folder.rpartition("/")
        path = os.path.join(_real_folder(parent, known), name)
        real = known[folder] = os.path.realpath(path) if os.path.islink(path) else path
    return real


class OutputWriter:
    """Writes files below one root, each path at most once per build."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.written: set[Path] = set()
        self.changed: list[Path] = []
        self.known_folders: dict[str, str] = {}

    def write(self, relative: str, data: str | bytes) -> Path:
        """Write `relative` below the root (atomically, only if its content changed)."""
        target = safe_join(self.root, relative, self.known_folders)
        if target in self.written:
            raise RenderError(f"two pages want the same output file: {relative}")
        self.written.add(target)
        if write_if_changed(target, data, durable=False):
            self.changed.append(target)
        return target
