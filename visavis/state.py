"""The build state: what one build knows of the last, opened by the pipeline and handed to
each stage.

Kept in one SQLite database in the cache folder (`builddb`: `build.sqlite`, beside the
translation memory), with one format version. Per output folder it holds the output manifest
(every file visavis wrote in the output folder: its digest, its size and mtime as written,
the warnings its page gave) and the no-change digest (the stats of every input and output of
the last successful full build); for the content files, the parsed-document cache
(`doccache`). In memory, for one build, it also holds the input files' stats as the build
found them, the content files the build wrote itself and the values computed once per build.

A damaged, foreign or newer database gives one warning and a full rebuild, never a wrong
site; a missing one (a first build, a deleted cache) is a full rebuild in silence. The list of
files visavis wrote is also kept in the output folder itself (`.visavis-files.json`), so a lost
state never orphans a page.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .builddb import BuildDatabase, open_database
from .writer import OUTPUT_LIST, remove_temp_files

if TYPE_CHECKING:
    from .config import Config
    from .doccache import DocumentCache

log = logging.getLogger(__name__)

#: What earlier versions kept in the cache folder instead (removed on first use).
WRITING_MARKER = "render-writing"
OLD_STORES = ("last-build.json", WRITING_MARKER)
OLD_STORE_PATTERNS = (
    "render-manifest-*.json",
    "state-" + "[0-9a-f]" * 12 + ".json",
    "search-index-" + "[0-9a-f]" * 12 + ".json",
)
#: Folders of `NN.pickle` shards of earlier versions: listing cards' HTML (`cards`) and the
#: parsed documents with their index (`documents`, also `index-NN.pickle`).
OLD_SHARD_STORES = ("cards", "documents")
#: A file modified within this long of being looked at cannot be vouched for by its size and
#: mtime (Git's "racily clean" rule): it is read again by the next build.
RACY_NS = 2_000_000_000
#: An output's entry: its digest and its "size|mtime" as this build left it.
Output = tuple[str, str]


def trusted(mtime_ns: int, seen_ns: int) -> bool:
    """Whether a file's stat, taken at `seen_ns`, can vouch for its content later: the one
    place of the "modified too recently to trust" rule."""
    return mtime_ns < seen_ns - RACY_NS


def stat_key(path: str) -> str:
    """A file's size and mtime as `"size|mtime_ns"`; "missing" when it cannot be read."""
    try:
        stat = os.stat(path)
    except OSError:
        return "missing"
    return f"{stat.st_size}|{stat.st_mtime_ns}"


class BuildState:
    """What a build knows: the last build's outputs and no-change digest, and this build's
    input stats, own writes, document cache and per-build values."""

    def __init__(self, database: BuildDatabase, output: str) -> None:
        self.database = database
        #: The output folder (resolved) and its key in the database (see `folder_key`).
        self.output = output
        self.folder = folder_key(output)
        #: Output files visavis wrote, relative to the output folder: (digest, "size|mtime").
        self.outputs: dict[str, Output] = {}
        #: The stat of the output folder's list of those files (`writer.OUTPUT_LIST`).
        self.listed = ""
        #: The warnings each page gave when it was last rendered (repeated while unchanged).
        self.page_warnings: dict[str, list[str]] = {}
        #: The no-change digest of the last successful full build, and its warnings.
        self.snapshot = ""
        self.warnings: list[str] = []
        #: True while a render is putting files in place (a killed one leaves it set).
        self.writing = False
        #: What the output folder's search index was built from (`search.record_text`).
        self.search = ""
        #: This build's input stats ({path: "size|mtime"}) and the files it wrote itself.
        self.inputs: dict[str, str] = {}
        self.written: dict[str, str] = {}
        self.documents: DocumentCache | None = None
        #: The outputs' rows as the database holds them (a save writes only what differs).
        self.saved: dict[str, tuple[str, str, str]] = {}
        self.generation = database.generation
        self._per_build: dict[str, tuple[int, Any]] = {}
        self._writes = 0

    def record_write(self, path: str, stat: str) -> None:
        """Note a file this build wrote, with its stat then (see `writer.OnWrite`)."""
        self.written[path] = stat
        self._writes += 1

    def once(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value computed once per build, until the build writes a file (translations
        written by translate make render read the articles again)."""
        cached = self._per_build.get(key)
        if cached is not None and cached[0] == self._writes:
            return cached[1]
        value = compute()
        self._per_build[key] = (self._writes, value)
        return value

    def input_stat(self, path: str) -> str | None:
        """The stat a file had when the build started, unless the build wrote it since."""
        return None if path in self.written else self.inputs.get(path)


def folder_key(output: str) -> str:
    """The key of an output folder's rows (its resolved path): one per output folder, so that
    `serve`'s private folder never vouches for the pages of `public/`."""
    return hashlib.sha256(output.encode("utf-8", "surrogateescape")).hexdigest()[:12]


@contextmanager
def open_state(config: Config) -> Iterator[BuildState]:
    """The state of the last build into this output folder, for the duration of a build (or
    of a render on its own): empty (a full rebuild) when there is none, or with one warning
    when the database is damaged, foreign or newer. Nothing is saved but by `save_state`."""
    cache = config.folder("cache_dir")
    killed_before = remove_old_stores(cache)
    database = open_database(cache)
    try:
        state = BuildState(database, str(config.folder("output_dir").resolve()))
        try:
            _read_state(state)
        except (sqlite3.DatabaseError, ValueError) as error:
            database.warn(str(error))
            state = BuildState(database, state.output)
        state.writing = state.writing or killed_before
        yield state
    finally:
        database.close()


def _read_state(state: BuildState) -> None:
    """Fill `state` with its output folder's rows (see `open_state`)."""
    connection = state.database.connection
    row = connection.execute(
        "SELECT snapshot, listed, warnings, writing, search FROM builds WHERE folder = ?",
        (state.folder,),
    ).fetchone()
    if row is not None:
        state.snapshot, state.listed = row[0], row[1]
        state.warnings, state.writing = _strings(json.loads(row[2])), bool(row[3])
        state.search = row[4]
    rows = connection.execute(
        "SELECT path, digest, stat, warnings FROM outputs WHERE folder = ?", (state.folder,)
    )
    for path, digest, stat, warnings in rows:
        state.saved[path] = (digest, stat, warnings)
        state.outputs[path] = (digest, stat)
        if warnings:
            state.page_warnings[path] = _strings(json.loads(warnings))


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ValueError("a list of warnings expected")
    return [str(item) for item in value]


def save_state(state: BuildState) -> None:
    """Write what the build changed (its document cache, outputs and build record) in one
    transaction."""
    with state.database.transaction() as connection:
        if state.documents is not None:
            state.documents.save(connection)
        _write_outputs(state, connection)


def save_outputs(state: BuildState) -> None:
    """Write the outputs and build record alone, in one small transaction (before render puts
    its files in place: see `render.write_outputs`)."""
    with state.database.transaction() as connection:
        _write_outputs(state, connection)


def _write_outputs(state: BuildState, connection: sqlite3.Connection) -> None:
    rows = {
        path: (digest, stat, _warnings_text(state.page_warnings.get(path)))
        for path, (digest, stat) in state.outputs.items()
    }
    saved = state.saved if state.generation == state.database.generation else {}
    gone = [(state.folder, path) for path in saved if path not in rows]
    connection.executemany("DELETE FROM outputs WHERE folder = ? AND path = ?", gone)
    connection.executemany(
        "INSERT OR REPLACE INTO outputs (folder, path, digest, stat, warnings) "
        "VALUES (?, ?, ?, ?, ?)",
        [(state.folder, path, *row) for path, row in rows.items() if saved.get(path) != row],
    )
    connection.execute(
        "INSERT OR REPLACE INTO builds "
        "(folder, output, snapshot, listed, warnings, writing, search) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            state.folder,
            state.output,
            state.snapshot,
            state.listed,
            json.dumps(state.warnings),
            state.writing,
            state.search,
        ),
    )
    state.saved, state.generation = rows, state.database.generation
    _forget_gone_folders(connection, state.folder)


def _forget_gone_folders(connection: sqlite3.Connection, current: str) -> None:
    """Forget the rows of other output folders that no longer exist (a finished `serve`'s)."""
    builds = connection.execute("SELECT folder, output FROM builds WHERE folder != ?", (current,))
    gone = [(folder,) for folder, output in builds.fetchall() if not os.path.isdir(output)]
    for table in ("outputs", "builds"):
        connection.executemany(f"DELETE FROM {table} WHERE folder = ?", gone)


def _warnings_text(warnings: list[str] | None) -> str:
    return json.dumps(warnings, ensure_ascii=False) if warnings else ""


def remove_old_stores(cache: Path) -> bool:
    """Remove what earlier versions kept instead of the build database (their formats are
    not read: the first build with this version renders everything again); True when one
    says a render was killed while writing (its temporaries are then swept)."""
    killed = (cache / WRITING_MARKER).exists()
    old = [cache / name for name in OLD_STORES]
    for pattern in OLD_STORE_PATTERNS:
        old.extend(cache.glob(pattern))
    for path in old:
        path.unlink(missing_ok=True)
    for name in OLD_SHARD_STORES:
        _remove_shard_store(cache / name)
    return killed


def _remove_shard_store(folder: Path) -> None:
    """Remove a folder of pickled shards of earlier versions (the card store, the document
    cache). A file visavis did not write there is left, and with it the folder."""
    if not folder.is_dir():
        return
    remove_temp_files(folder)
    for pattern in ("[0-9][0-9].pickle", "index-[0-9][0-9].pickle"):
        for shard in folder.glob(pattern):
            shard.unlink(missing_ok=True)
    if not any(folder.iterdir()):
        folder.rmdir()


def scan_files(folder: Path) -> dict[str, str]:
    """Every file below `folder` as {path: "size|mtime"} (names and stats only: milliseconds
    for thousands of files; `__pycache__` skipped); a folder that cannot be listed is
    {folder: "missing"}."""
    entries: dict[str, str] = {}
    stack = [str(folder)]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as items:
                for item in items:
                    if item.is_dir(follow_symlinks=False):
                        if item.name != "__pycache__":
                            stack.append(item.path)
                        continue
                    stat = item.stat()
                    entries[item.path] = f"{stat.st_size}|{stat.st_mtime_ns}"
        except OSError:
            entries[current] = "missing"
    return entries


def outputs_intact(state: BuildState, output: Path) -> bool:
    """Whether every file the state says visavis wrote in the output folder still has the
    size and mtime it was left with (one `stat` each, no folder listing): a page deleted or
    altered since makes the next build look again."""
    root = os.path.join(output, "")
    if stat_key(root + OUTPUT_LIST) != state.listed:
        return False
    return all(stat_key(root + path) == entry[1] for path, entry in state.outputs.items())


def snapshot_digest(entries: dict[str, str]) -> str:
    """One digest of a snapshot (names and values joined by NUL, which neither a file name
    nor an entry can contain)."""
    joined = "\0".join(part for entry in sorted(entries.items()) for part in entry)
    return hashlib.sha256(joined.encode("utf-8", "surrogateescape")).hexdigest()
