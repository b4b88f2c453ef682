"""A cache of parsed content files, so an unchanged file is not parsed again by the next build.

Kept in the cache folder (the build's own private state, like the translation memory):

- `index-NN.pickle`: every file's size and modification time when it was parsed, and the
  values memoised from files (translation states, page summaries). Loaded by every build:
  small, and split like the documents so a build rewrites only the parts it changed.
- `NN.pickle`: the parsed documents, packed (`lazydoc`), split by file name into shards that
  are only loaded when a build needs a document's text. A rebuild after one new article reads
  the index, not the edition: unchanged documents are handed out as lazy `Document`s that
  unpack themselves from their shard on first use.

Memory stays small whatever the edition's size: documents are kept packed (`lazydoc`: a
sixth of the parsed objects' size), and a process keeps at most LOADED_LIMIT of them unpacked
at a time, unpacking again one it let go when it is read again (see `docs/benchmarks.md`,
"Memory").

A missing, stale or unreadable cache only costs a re-parse. As in Git's index, a file modified
within two seconds of being parsed is parsed again: its mtime alone cannot prove it unchanged
(`state.trusted`). On a cold cache, many files are parsed on every core at once.

The pipeline opens one cache per build and hands it over in the build state; the functions
below take it as their first argument, and None (outside a build) just parses or computes.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import logging
import os
import pickle
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .codeversion import code_version
from .errors import FrontMatterError, VisavisError
from .lazydoc import LazyDocument, Packed, document_part, lazy_document, pack, unpack_part
from .model import Document
from .parallel import map_forked, worker_count
from .state import trusted
from .writer import write_atomic

log = logging.getLogger(__name__)

CACHE_NAME = "documents"
INDEX_NAME = "index-{:02d}.pickle"
#: The index is split into this many pickles (by the file name, or a memo's first file).
INDEX_SHARDS = 16
CACHE_VERSION = 7
#: Documents are split by file name into this many pickles: a build that needs a few
#: documents, or changed a few files, loads or rewrites a few small pickles.
SHARDS = 64
#: Below this many files to parse, starting worker processes costs more than it saves.
PARALLEL_PARSE = 200
#: How many memos `warm` looks at to tell whether many are missing.
SAMPLE = 32
#: How many lazy documents one process keeps unpacked; the oldest is let go past this.
LOADED_LIMIT = 64

Key = tuple[int, int]
#: A memo to compute: its kind, the files it derives from, and how to compute it.
MemoJob = tuple[str, tuple[Path, ...], Callable[[], Any]]
_MISSING = object()
#: An index entry: the file's size and mtime, and when it was parsed (nanoseconds).
Entry = tuple[int, int, int]


def shard_of(name: str) -> int:
    """Which pickle holds a file's parsed document (and, modulo INDEX_SHARDS, its index
    entry and the memos derived from it)."""
    return zlib.crc32(name.encode("utf-8")) % SHARDS


class DocumentCache:
    """Parsed documents by path, valid while the file's size and mtime are unchanged."""

    def __init__(self, folder: Path, stat_hint: Callable[[str], str | None] | None = None) -> None:
        self.folder = folder
        #: A file's "size|mtime_ns" as the build found it, unless the build wrote it since
        #: (`BuildState.input_stat`): saves a stat per file.
        self.stat_hint = stat_hint or (lambda name: None)
        self.index: dict[str, Entry] = {}
        self.memos: dict[tuple, Any] = {}
        for part in range(INDEX_SHARDS):
            index, memos = _load_index(folder / INDEX_NAME.format(part))
            self.index.update(index)
            self.memos.update(memos)
        #: Each shard maps a file name to its stat key and its document, pickled on its own
        #: (a build unpickles only the documents it uses).
        self.shards: dict[int, dict[str, tuple[Key, Packed]]] = {}
        #: Parsed by this build: entry, and the document (parsed here) or its packed form
        #: (made by a worker, and kept packed).
        self.fresh: dict[str, tuple[Entry, Document | None, Packed | None]] = {}
        self.checked: set[str] = set()  # names whose stat this build compared
        self.dirty_shards: set[int] = set()
        self.dirty_index: set[int] = set()
        self.build_memos: dict[tuple, Any] = {}  # memos of files too recent to keep
        self.kinds_used: set[str] = set()  # the kinds of memo this build asked for
        #: The lazy documents unpacked now, by id, least recently unpacked first (at most
        #: LOADED_LIMIT): a document with both parts unpacked counts once.
        self.loaded: dict[int, LazyDocument] = {}

    def read(self, path: Path, parse: Callable[[Path], Document]) -> Document:
        """Return the parsed file, from the cache when the file has not changed."""
        name = str(path)
        key = self._known_stat(name)
        if key is None:
            try:
                stat = path.stat()
            except OSError as error:  # gone since the folder was listed
                raise FrontMatterError("cannot read file", path, reasons=[str(error)]) from error
            key = (stat.st_size, stat.st_mtime_ns)
        fresh = self.fresh.get(name)
        parsed = fresh is not None and fresh[0][:2] == key  # by this build
        if parsed and fresh[1] is not None:
            self.checked.add(name)
            return _with_path(fresh[1], path)
        entry = self.index.get(name)
        if parsed or (entry is not None and entry[:2] == key and trusted(key[1], entry[2])):
            self.checked.add(name)
            load = functools.partial(self._load_part, path, key, parse)
            return lazy_document(path, load, self._note_loaded)
        parsed_ns = time.time_ns()
        document = parse(path)
        self._remember(name, (*key, parsed_ns), document)
        return document

    def _known_stat(self, name: str) -> Key | None:
        """The file's size and mtime as the build's snapshot saw them, unless this build has
        written it since (a file changed by someone else meanwhile keeps its old stat in the
        snapshot too, so the next build looks at it again)."""
        hint = self.stat_hint(name)
        if hint is None or hint == "missing":
            return None
        size, _, mtime = hint.partition("|")
        return int(size), int(mtime)

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
            key = self._known_stat(name)
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
        self.checked.add(name)
        self.index[name] = entry
        self.dirty_shards.add(shard_of(name))
        self.dirty_index.add(shard_of(name) % INDEX_SHARDS)

    def _shard(self, shard: int) -> dict[str, tuple[Key, Packed]]:
        if shard not in self.shards:
            self.shards[shard] = _load_shard(self.folder / f"{shard:02d}.pickle")
        return self.shards[shard]

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
        """One part of a cached document (packed by this build, or in its shard), as
        {field: value}; a shard that lost it (damage) means parsing again."""
        name = str(path)
        fresh = self.fresh.get(name)
        if fresh is not None and fresh[0][:2] == key:
            if fresh[1] is not None:
                return document_part(fresh[1], part)
            if fresh[2] is not None:
                return unpack_part(fresh[2], part)
        stored = self._shard(shard_of(name)).get(name)
        if stored is not None and stored[0] == key:
            try:
                return unpack_part(stored[1], part)
            except Exception as error:  # a damaged entry means parsing again
                log.debug("document cache: unreadable entry for %s: %s", name, error)
        log.debug("document cache: %s missing from its shard, parsing it again", name)
        document = parse(path)
        self._remember(name, (*key, time.time_ns()), document)
        return document_part(self.fresh[name][1], part)

    def memo(self, kind: str, paths: tuple[Path, ...], compute: Callable[[], Any]) -> Any:
        """A value derived from some files (a hash, a state), kept while none of them changes.

        Only files this build has read count (their stat was compared); files changed in the
        last two seconds are kept for this build only: their mtime could be reused.
        """
        self.kinds_used.add(kind)
        memo_key = self._memo_key(kind, paths)
        if memo_key is None:
            return compute()
        value = self.memos.get(memo_key, _MISSING)
        if value is _MISSING:
            value = self.build_memos.get(memo_key, _MISSING)
        if value is _MISSING:
            value = compute()
            self._keep(memo_key, value)
        return value

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

    def _missing(self, kind: str, paths: tuple[Path, ...]) -> tuple | None:
        """The memo's key if it can be kept but is not known yet, else None."""
        memo_key = self._memo_key(kind, paths)
        if memo_key is None or memo_key in self.memos or memo_key in self.build_memos:
            return None
        return memo_key

    def _memo_key(self, kind: str, paths: tuple[Path, ...]) -> tuple | None:
        names = [str(path) for path in paths]
        checked, index = self.checked, self.index
        keys = [index[name][:2] if name in checked else None for name in names]
        if not names or None in keys:
            return None
        return (kind, *names, *keys)

    def _keep(self, memo_key: tuple, value: Any) -> None:
        """Keep a memo for later builds only if no file it derives from was modified within
        two seconds of being parsed (the rule `read` trusts entries by); else for this build."""
        half = (len(memo_key) - 1) // 2
        entries = [self.index[name] for name in memo_key[1 : 1 + half]]
        if all(trusted(entry[1], entry[2]) for entry in entries):
            self.memos[memo_key] = value
            self.dirty_index.add(shard_of(memo_key[1]) % INDEX_SHARDS)
        else:
            self.build_memos[memo_key] = value

    def _drop_superseded_memos(self) -> None:
        """Forget memos of a kind this build replaced (`summary:<old settings>` once the
        build asked for `summary:<new settings>`): they would otherwise be kept, and loaded
        by every build, while their files are unchanged."""
        families = {kind.partition(":")[0] for kind in self.kinds_used}
        superseded = [
            key
            for key in self.memos
            if key[0] not in self.kinds_used and key[0].partition(":")[0] in families
        ]
        for key in superseded:
            del self.memos[key]
            self.dirty_index.add(shard_of(key[1]) % INDEX_SHARDS)

    def save(self) -> None:
        """Write back the shards that changed, then the index parts, dropping files that no
        longer exist (shards first: an index never vouches for a document its shard lacks)."""
        for name in set(self.index) - self.checked:
            if not os.path.exists(name):
                del self.index[name]
                self.dirty_shards.add(shard_of(name))
                self.dirty_index.add(shard_of(name) % INDEX_SHARDS)
        self._drop_superseded_memos()
        if not self.dirty_index and not self.dirty_shards:
            return
        index = self.index
        fresh_by_shard: dict[int, dict[str, tuple[Key, Packed]]] = {}
        for name, (entry, document, data) in self.fresh.items():
            if data is None:
                data = pack(document)
            fresh_by_shard.setdefault(shard_of(name), {})[name] = (entry[:2], data)
        for shard in sorted(self.dirty_shards):
            stored = {
                name: value
                for name, value in self._shard(shard).items()
                if name in index and index[name][:2] == value[0] and name not in self.fresh
            }
            stored.update(fresh_by_shard.get(shard, {}))
            data = pickle.dumps((_code_version(), stored), protocol=pickle.HIGHEST_PROTOCOL)
            write_atomic(self.folder / f"{shard:02d}.pickle", data, durable=False)
        parts: dict[int, tuple[dict[str, Entry], dict[tuple, Any]]] = {
            part: ({}, {}) for part in self.dirty_index
        }
        for name, entry in index.items():
            part = parts.get(shard_of(name) % INDEX_SHARDS)
            if part is not None:
                part[0][name] = entry
        for key, value in self.memos.items():
            part = parts.get(shard_of(key[1]) % INDEX_SHARDS)
            if part is not None and _memo_is_current(key, index):
                part[1][key] = value
        for number, (entries, memos) in sorted(parts.items()):
            payload = (_code_version(), entries, memos)
            data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
            write_atomic(self.folder / INDEX_NAME.format(number), data, durable=False)
        self.dirty_shards.clear()
        self.dirty_index.clear()


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


def _code_version() -> str:
    """The cache format plus the package's code and output libraries (`codeversion`): a new
    version of visavis starts from an empty cache."""
    return f"{CACHE_VERSION}:{code_version()}"


def _memo_is_current(key: tuple, index: dict[str, Entry]) -> bool:
    """A memo is kept while every file it was derived from still has the same stat key."""
    half = (len(key) - 1) // 2
    names, keys = key[1 : 1 + half], key[1 + half :]
    return all(
        name in index and index[name][:2] == stat for name, stat in zip(names, keys, strict=True)
    )


def _load_index(path: Path) -> tuple[dict[str, Entry], dict[tuple, Any]]:
    data = _unpickle(path)
    if not isinstance(data, tuple) or len(data) != 3 or data[0] != _code_version():
        return {}, {}
    _, index, memos = data
    if not isinstance(index, dict) or not isinstance(memos, dict):
        return {}, {}
    return index, memos


def _load_shard(path: Path) -> dict[str, tuple[Key, Packed]]:
    data = _unpickle(path)
    if not isinstance(data, tuple) or len(data) != 2 or data[0] != _code_version():
        return {}
    return data[1] if isinstance(data[1], dict) else {}


def _unpickle(path: Path) -> Any:
    try:
        return pickle.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except Exception as error:  # any damage (truncated, old format) just means parsing again
        log.debug("ignoring unreadable document cache %s: %s", path, error)
        return None


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
    """A persistent document cache in `folder` for the duration of a build, saved at its end
    (`stat_hint`: see `DocumentCache`)."""
    cache = DocumentCache(folder / CACHE_NAME, stat_hint)
    # The loaded index lives as long as the build and holds no cycles: keep the garbage
    # collector from walking it again and again (tens of milliseconds per build).
    gc.freeze()
    try:
        yield cache
        cache.save()
    finally:
        gc.unfreeze()
