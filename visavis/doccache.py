"""A cache of parsed content files, so an unchanged file is not parsed again by the next build.

Kept in the build database (`builddb`, tables `files`, `documents` and `memos`):

- every file's size and modification time when it was parsed (`files`), loaded by every
  build that reads content: one small row per file;
- the values memoised from files (translation states, page summaries: `memos`), one row
  each, loaded kind by kind when the build first asks for one of that kind, and unpickled
  one by one when asked for;
- the parsed documents, packed (`lazydoc`, `documents`), read by name only when a build needs
  a document's text. A rebuild after one new article reads the index, not the edition:
  unchanged documents are handed out as lazy `Document`s that unpack themselves on first use.

Memory stays small whatever the edition's size: documents are kept packed (`lazydoc`: a
sixth of the parsed objects' size), and a process keeps at most LOADED_LIMIT of them unpacked
at a time, reading one it let go again when it is read again (see `docs/benchmarks.md`,
"Memory").

A missing, stale or unreadable cache only costs a re-parse. As in Git's index, a file modified
within two seconds of being parsed is parsed again: its mtime alone cannot prove it unchanged
(`state.trusted`). On a cold cache, many files are parsed on every core at once; the workers
never write to the database, the build saves what they made (`save`, in the build's last
transaction).

The pipeline opens one cache per build and hands it over in the build state; the functions
below take it as their first argument, and None (outside a build) just parses or computes.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
import logging
import operator
import os
import pickle
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .builddb import BuildDatabase, open_database
from .codeversion import code_version
from .errors import FrontMatterError, VisavisError
from .lazydoc import LazyDocument, Packed, document_part, lazy_document, pack, unpack_part
from .model import Document
from .parallel import map_forked, worker_count
from .state import trusted

log = logging.getLogger(__name__)

#: Below this many files to parse, starting worker processes costs more than it saves.
PARALLEL_PARSE = 200
#: How many memos `warm` looks at to tell whether many are missing.
SAMPLE = 32
#: How many lazy documents one process keeps unpacked; the oldest is let go past this.
LOADED_LIMIT = 64
#: The columns of a document's packed parts in the `documents` table.
PART_COLUMNS = ("head", "blocks")

Key = tuple[int, int]
#: A memo to compute: its kind, the files it derives from, and how to compute it.
MemoJob = tuple[str, tuple[Path, ...], Callable[[], Any]]
_MISSING = object()
#: An index entry: the file's size and mtime, and when it was parsed (nanoseconds).
Entry = tuple[int, int, int]
#: A memo's row key: its kind and the names of its files (joined by NUL).
MemoKey = tuple[str, str]


class DocumentCache:
    """Parsed documents by path, valid while the file's size and mtime are unchanged."""

    def __init__(
        self, database: BuildDatabase, stat_hint: Callable[[str], str | None] | None = None
    ) -> None:
        self.database = database
        self.generation = database.generation
        #: A file's "size|mtime_ns" as the build found it, unless the build wrote it since
        #: (`BuildState.input_stat`): saves a stat per file.
        self.stat_hint = stat_hint or (lambda name: None)
        self.index: dict[str, Entry] = {}
        #: Memos by kind and file names: the files' stats ("size|mtime" each, joined by a
        #: space) and the value, as read from the database (pickled) or computed.
        self.stored: dict[MemoKey, tuple[str, bytes]] = {}
        self.memos: dict[MemoKey, tuple[str, Any]] = {}
        self.kinds_loaded: set[str] = set()
        #: The derived tables were made by another version of the code: they are emptied.
        self.cleared = False
        self._load_index()
        #: Parsed by this build: entry, and the document (parsed here) or its packed form
        #: (made by a worker, and kept packed).
        self.fresh: dict[str, tuple[Entry, Document | None, Packed | None]] = {}
        #: The names whose stat this build compared, with that stat ("size|mtime").
        self.checked: dict[str, str] = {}
        self.dirty_memos: set[MemoKey] = set()
        self.build_memos: dict[MemoKey, tuple[str, Any]] = {}  # of files too recent to keep
        self.kinds_used: set[str] = set()  # the kinds of memo this build asked for
        #: The lazy documents unpacked now, by id, least recently unpacked first (at most
        #: LOADED_LIMIT): a document with both parts unpacked counts once.
        self.loaded: dict[int, LazyDocument] = {}

    def _load_index(self) -> None:
        """Every known file's entry; nothing when the tables were made by other code."""
        connection = self.database.connection
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'code'").fetchone()
            if row is None or row[0] != code_version():
                self.cleared = True
                return
            rows = connection.execute("SELECT name, size, mtime_ns, parsed_ns FROM files")
            self.index = {name: (size, mtime, parsed) for name, size, mtime, parsed in rows}
        except sqlite3.DatabaseError as error:
            self.database.warn(str(error))
            self.index, self.cleared = {}, True

    def read(self, path: Path, parse: Callable[[Path], Document]) -> Document:
        """Return the parsed file, from the cache when the file has not changed."""
        name = str(path)
        key, stat_text = self._known_stat(name)
        if key is None:
            try:
                stat = path.stat()
            except OSError as error:  # gone since the folder was listed
                raise FrontMatterError("cannot read file", path, reasons=[str(error)]) from error
            key, stat_text = (stat.st_size, stat.st_mtime_ns), f"{stat.st_size}|{stat.st_mtime_ns}"
        fresh = self.fresh.get(name)
        parsed = fresh is not None and fresh[0][:2] == key  # by this build
        if parsed and fresh[1] is not None:
            self.checked[name] = stat_text
            return _with_path(fresh[1], path)
        entry = self.index.get(name)
        if parsed or (entry is not None and entry[:2] == key and trusted(key[1], entry[2])):
            self.checked[name] = stat_text
            load = functools.partial(self._load_part, path, key, parse)
            return lazy_document(path, load, self._note_loaded)
        parsed_ns = time.time_ns()
        document = parse(path)
        self._remember(name, (*key, parsed_ns), document)
        return document

    def _known_stat(self, name: str) -> tuple[Key | None, str]:
        """The file's size and mtime as the build's snapshot saw them, and as "size|mtime",
        unless this build has written it since (a file changed by someone else meanwhile
        keeps its old stat in the snapshot too, so the next build looks at it again)."""
        hint = self.stat_hint(name)
        if hint is None or hint == "missing":
            return None, ""
        size, _, mtime = hint.partition("|")
        return (int(size), int(mtime)), hint

    def prefetch(self, paths: Iterable[Path], parse: Callable[[Path], Document]) -> None:
        """Parse, on every core, the files among `paths` that the cache cannot vouch for (a cold
        cache, a fresh checkout); `read` then finds them parsed. Files that fail to parse are
        left for `read`, which reports them."""
        paths = list(paths)
        unknown = sum(1 for path in paths if str(path) not in self.index)
        if unknown < PARALLEL_PARSE or worker_count() < 2:
            return  # the usual rebuild: only a few files are new (changed ones are parsed alone)
        todo: list[tuple[Path, Entry]] = []
        now = time.time_ns()
        for path in paths:
            name = str(path)
            key = self._known_stat(name)[0]
            if key is None:
                try:
                    stat = path.stat()
                except OSError:
                    continue
                key = (stat.st_size, stat.st_mtime_ns)
            entry = self.index.get(name)
            known = entry is not None and entry[:2] == key and trusted(key[1], entry[2])
            if not known and name not in self.fresh:
                todo.append((path, (*key, now)))
        packed = map_forked(lambda index: _parse_quietly(parse, todo[index][0]), len(todo), 64)
        for (path, entry), data in zip(todo, packed, strict=True):
            if data is not None:  # kept packed, as the worker made it (`read` unpacks on use)
                self._remember(str(path), entry, None, data)

    def _remember(
        self, name: str, entry: Entry, document: Document | None, data: Packed | None = None
    ) -> None:
        # The raw body text is not kept: the blocks hold it, and it would double the cache
        # (a worker's document comes stripped already).
        if document is not None:
            document = dataclasses.replace(document, body="", path=None)
        self.fresh[name] = (entry, document, data)
        self.checked[name] = f"{entry[0]}|{entry[1]}"
        self.index[name] = entry

    def _note_loaded(self, document: LazyDocument) -> None:
        """Keep at most LOADED_LIMIT lazy documents unpacked: let go the one unpacked least
        recently (never `document`, which was just unpacked)."""
        self.loaded.pop(id(document), None)
        self.loaded[id(document)] = document
        while len(self.loaded) > max(LOADED_LIMIT, 1):
            self.loaded.pop(next(iter(self.loaded))).unload()

    def _load_part(
        self, path: Path, key: Key, parse: Callable[[Path], Document], part: int
    ) -> dict[str, Any]:
        """One part of a cached document (packed by this build, or in the database), as
        {field: value}; a row that is missing or damaged means parsing again."""
        name = str(path)
        fresh = self.fresh.get(name)
        if fresh is not None and fresh[0][:2] == key:
            if fresh[1] is not None:
                return document_part(fresh[1], part)
            if fresh[2] is not None:
                return unpack_part(fresh[2][part], part)
        try:
            row = self._stored_part(name, part)
            if row is not None and (row[0], row[1]) == key:
                return unpack_part(row[2], part)
        except sqlite3.DatabaseError as error:
            self._damaged(str(error))
        except Exception as error:  # a damaged entry means parsing again
            log.debug("document cache: unreadable entry for %s: %s", name, error)
        log.debug("document cache: %s missing from the database, parsing it again", name)
        document = parse(path)
        self._remember(name, (*key, time.time_ns()), document)
        return document_part(self.fresh[name][1], part)

    def _stored_part(self, name: str, part: int) -> tuple[int, int, bytes] | None:
        column = PART_COLUMNS[part]
        query = f"SELECT size, mtime_ns, {column} FROM documents WHERE name = ?"
        return self.database.reader().execute(query, (name,)).fetchone()

    def _damaged(self, error: str) -> None:
        """A damaged database: told once by the build (a forked worker just parses again)."""
        if os.getpid() == self.database.pid:
            self.database.warn(error)
        else:
            log.debug("document cache: unreadable database in a worker: %s", error)

    def memo(self, kind: str, paths: tuple[Path, ...], compute: Callable[[], Any]) -> Any:
        """A value derived from some files (a hash, a state), kept while none of them changes.

        Only files this build has read count (their stat was compared); files changed in the
        last two seconds are kept for this build only: their mtime could be reused.
        """
        self.kinds_used.add(kind)
        memo_key = self._memo_key(kind, paths)
        if memo_key is None:
            return compute()
        value = self._known(*memo_key)
        if value is _MISSING:
            value = compute()
            self._keep(memo_key, value)
        return value

    def _known(self, key: MemoKey, stats: str) -> Any:
        """The memo of `key` if it was derived from files with these `stats`, else _MISSING."""
        for memos in (self.memos, self.build_memos):
            found = memos.get(key)
            if found is not None and found[0] == stats:
                return found[1]
        if key[0] not in self.kinds_loaded:
            self._load_kind(key[0])
        stored = self.stored.get(key)
        if stored is None or stored[0] != stats:
            return _MISSING
        del self.stored[key]  # kept unpickled from now on
        try:
            value = pickle.loads(stored[1])
        except Exception as error:  # a damaged row means computing again
            log.debug("document cache: unreadable memo %s: %s", key, error)
            return _MISSING
        self.memos[key] = (stats, value)
        return value

    def _load_kind(self, kind: str) -> None:
        """Read every stored memo of one kind (kept pickled until asked for)."""
        self.kinds_loaded.add(kind)
        if self.cleared:
            return
        try:
            rows = (
                self.database.reader()
                .execute("SELECT names, stats, value FROM memos WHERE kind = ?", (kind,))
                .fetchall()
            )
            # Built without a Python loop: a kind has a row per article.
            keys = zip(itertools.repeat(kind), map(operator.itemgetter(0), rows))
            self.stored.update(zip(keys, map(operator.itemgetter(1, 2), rows), strict=True))
        except sqlite3.DatabaseError as error:
            self._damaged(str(error))

    def warm(self, jobs: list[MemoJob]) -> None:
        """Compute, on every core, the memos of `jobs` (kind, paths, compute) that are missing,
        when many are (a cold cache): forked workers share the documents. `memo` then finds
        them; a job that fails is left for `memo` to run again and report."""
        if len(jobs) < PARALLEL_PARSE or worker_count() < 2:
            return
        # The usual rebuild finds (nearly) every memo: a sample tells, without working out
        # thousands of keys twice.
        sample = jobs[:: max(1, len(jobs) // SAMPLE)]
        if sum(1 for job in sample if self._missing(*job[:2]) is not None) < len(sample) // 4:
            return
        todo = []
        for kind, paths, compute in jobs:
            memo_key = self._missing(kind, paths)
            if memo_key is not None:
                todo.append((memo_key, compute))
        if len(todo) < PARALLEL_PARSE:
            return
        values = map_forked(lambda index: _compute_quietly(todo[index][1]), len(todo), 32)
        for (memo_key, _), value in zip(todo, values, strict=True):
            if not isinstance(value, _Failed):
                self._keep(memo_key, value)

    def _missing(self, kind: str, paths: tuple[Path, ...]) -> tuple[MemoKey, str] | None:
        """The memo's key and stats if it can be kept but is not known yet, else None."""
        memo_key = self._memo_key(kind, paths)
        if memo_key is None or self._known(*memo_key) is not _MISSING:
            return None
        return memo_key

    def _memo_key(self, kind: str, paths: tuple[Path, ...]) -> tuple[MemoKey, str] | None:
        """The memo's row key and its files' stats, when this build read every file."""
        names = [str(path) for path in paths]
        checked = self.checked
        stats = [checked.get(name) for name in names]
        if not names or None in stats:
            return None
        return (kind, "\0".join(names)), " ".join(stats)  # type: ignore[arg-type]

    def _keep(self, memo_key: tuple[MemoKey, str], value: Any) -> None:
        """Keep a memo for later builds only if no file it derives from was modified within
        two seconds of being parsed (the rule `read` trusts entries by); else for this build."""
        key, stats = memo_key
        entries = [self.index[name] for name in key[1].split("\0")]
        if all(trusted(entry[1], entry[2]) for entry in entries):
            self.memos[key] = (stats, value)
            self.dirty_memos.add(key)
        else:
            self.build_memos[key] = (stats, value)

    def save(self, connection: sqlite3.Connection) -> None:
        """Write what this build changed in the cache, within the build's last transaction:
        the files it parsed, the memos it computed; forget the files that no longer exist
        (with their memos) and the memos of kinds this build replaced. Nothing when the
        database was made again meanwhile (damaged): the next build parses again."""
        if self.generation != self.database.generation:
            return
        if self.cleared:
            for table in ("files", "documents", "memos"):
                connection.execute(f"DELETE FROM {table}")
            connection.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('code', ?)", (code_version(),)
            )
        gone = [(name,) for name in self.index if name not in self.checked]
        gone = [row for row in gone if not os.path.exists(row[0])]
        for table in ("files", "documents"):
            connection.executemany(f"DELETE FROM {table} WHERE name = ?", gone)
        for (name,) in gone:
            del self.index[name]
        if gone:
            self._forget_memos_of({name for (name,) in gone}, connection)
        connection.executemany(
            "INSERT OR REPLACE INTO files (name, size, mtime_ns, parsed_ns) VALUES (?, ?, ?, ?)",
            [(name, *entry) for name, (entry, _, _) in self.fresh.items()],
        )
        connection.executemany(
            "INSERT OR REPLACE INTO documents (name, size, mtime_ns, head, blocks) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                (name, entry[0], entry[1], *(data or pack(document)))  # type: ignore[arg-type]
                for name, (entry, document, data) in self.fresh.items()
            ),
        )
        self._save_memos(connection)
        self.fresh, self.dirty_memos = {}, set()

    def _forget_memos_of(self, names: set[str], connection: sqlite3.Connection) -> None:
        """Delete the memos of the kinds this build read that derive from one of `names` (a
        memo of another kind never matches a file that is gone: its stats are compared)."""
        known = [*self.stored, *self.memos]
        stale = [key for key in known if not names.isdisjoint(key[1].split("\0"))]
        connection.executemany("DELETE FROM memos WHERE kind = ? AND names = ?", stale)

    def _save_memos(self, connection: sqlite3.Connection) -> None:
        """Write the memos this build kept; forget those of a kind it replaced
        (`summary:<old settings>` once the build asked for `summary:<new settings>`)."""
        connection.executemany(
            "INSERT OR REPLACE INTO memos (kind, names, stats, value) VALUES (?, ?, ?, ?)",
            (
                (*key, self.memos[key][0], pickle.dumps(self.memos[key][1], HIGHEST))
                for key in sorted(self.dirty_memos)
            ),
        )
        used = json.dumps(sorted(self.kinds_used))
        for family in sorted({kind.partition(":")[0] for kind in self.kinds_used}):
            connection.execute(
                "DELETE FROM memos WHERE (kind = ? OR (kind > ? AND kind < ?)) "
                "AND kind NOT IN (SELECT value FROM json_each(?))",
                (family, f"{family}:", f"{family};", used),
            )


HIGHEST = pickle.HIGHEST_PROTOCOL


def _with_path(document: Document, path: Path) -> Document:
    return dataclasses.replace(document, path=path)


def _parse_quietly(parse: Callable[[Path], Document], path: Path) -> Packed | None:
    """Worker: parse one file for the cache, packed; None when it fails (read() reports it
    later)."""
    try:
        document = dataclasses.replace(parse(path), body="", path=None)
    except (VisavisError, OSError):
        return None
    return pack(document)


class _Failed:
    """A worker's compute raised (the build's own process runs it again to report it)."""


def _compute_quietly(compute: Callable[[], Any]) -> Any:
    """Worker: compute one memo (a _Failed when it raises)."""
    try:
        return compute()
    except Exception:
        return _Failed()


def read_cached(
    cache: DocumentCache | None, path: Path, parse: Callable[[Path], Document]
) -> Document:
    """Read a content file through the build's cache; without one, just parse."""
    return parse(path) if cache is None else cache.read(path, parse)


def prefetch(
    cache: DocumentCache | None, paths: Iterable[Path], parse: Callable[[Path], Document]
) -> None:
    """Parse the files the build's cache lacks on every core (nothing without a cache:
    `read_cached` parses them one by one)."""
    if cache is not None:
        cache.prefetch(paths, parse)


def warm_memos(cache: DocumentCache | None, jobs: list[MemoJob]) -> None:
    """Compute many missing memos on every core (see `DocumentCache.warm`); nothing without
    a cache."""
    if cache is not None:
        cache.warm(jobs)


def memoized(
    cache: DocumentCache | None, kind: str, paths: tuple[Path, ...], compute: Callable[[], Any]
) -> Any:
    """A value derived from files read through the cache, computed once while they are
    unchanged; without a cache, just computed."""
    return compute() if cache is None else cache.memo(kind, paths, compute)


@contextmanager
def document_cache(
    folder: Path, stat_hint: Callable[[str], str | None] | None = None
) -> Iterator[DocumentCache]:
    """A document cache of its own in the cache folder `folder`, for the duration of a block,
    saved at its end in one transaction (a build uses its state's: see `pipeline`)."""
    database = open_database(folder)
    try:
        cache = DocumentCache(database, stat_hint)
        yield cache
        with database.transaction() as connection:
            cache.save(connection)
    finally:
        database.close()
