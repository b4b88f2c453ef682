"""A cache of parsed content files, so an unchanged file is not parsed again by the next build.

Keyed by path, size and modification time; kept in the cache folder as pickles (the cache
folder is the build's own private state, like the translation memory). A missing, stale or
unreadable cache only costs a re-parse. As in Git's index, a file modified within two seconds
of the cache being saved is parsed again: its mtime alone cannot prove it unchanged.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import pickle
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .model import Document
from .writer import WRITTEN, write_atomic

log = logging.getLogger(__name__)

CACHE_NAME = "documents"
CACHE_VERSION = 4
RACY_NS = 2_000_000_000
#: The cache is split by file name into this many pickles: a build that changed a few files
#: rewrites a few small pickles, not one holding the whole edition.
SHARDS = 16

Key = tuple[int, int]


def shard_of(name: str) -> int:
    """Which pickle holds a file's entry (and the memos keyed by it)."""
    return zlib.crc32(name.encode("utf-8")) % SHARDS


class DocumentCache:
    """Parsed documents by path, valid while the file's size and mtime are unchanged."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.saved_ns: dict[int, int] = {}
        self.entries: dict[str, tuple[Key, Document]] = {}
        self.memos: dict[tuple, Any] = {}
        for shard in range(SHARDS):
            saved_ns, entries, memos = _load(self._shard_path(shard))
            self.saved_ns[shard] = saved_ns
            self.entries.update(entries)
            self.memos.update(memos)
        self.dirty: set[int] = set()
        self.parsed: set[str] = set()
        self.per_build: dict[str, tuple[int, Any]] = {}

    def _shard_path(self, shard: int) -> Path:
        return self.folder / f"{shard:02d}.pickle"

    def read(self, path: Path, parse: Callable[[Path], Document]) -> Document:
        """Return the parsed file, from the cache when the file has not changed."""
        stat = path.stat()
        key = (stat.st_size, stat.st_mtime_ns)
        name = str(path)
        shard = shard_of(name)
        cached = self.entries.get(name)
        trusted = name in self.parsed or key[1] < self.saved_ns[shard] - RACY_NS
        if cached is not None and cached[0] == key and trusted:
            return cached[1]
        document = parse(path)
        # The raw body text is not kept: the blocks hold it, and it would double the cache.
        self.entries[name] = (key, dataclasses.replace(document, body=""))
        self.parsed.add(name)  # later stages of this build reuse it
        self.dirty.add(shard)
        return document

    def memo(self, kind: str, paths: tuple[Path, ...], compute: Callable[[], Any]) -> Any:
        """A value derived from some files (a hash, a state), kept while none of them changes.

        Files changed in the last two seconds are not memoised: their mtime could be reused.
        """
        if not paths:
            return compute()
        keys = []
        for path in paths:
            entry = self.entries.get(str(path))
            if entry is None:
                return compute()
            keys.append(entry[0])
        memo_key = (kind, *map(str, paths), *keys)
        if memo_key in self.memos:
            return self.memos[memo_key]
        value = compute()
        if all(key[1] < time.time_ns() - RACY_NS for key in keys):
            self.memos[memo_key] = value
            self.dirty.add(shard_of(str(paths[0])))
        return value

    def save(self) -> None:
        """Write back the shards that changed, dropping files that no longer exist."""
        for shard in sorted(self.dirty):
            live = {
                name: entry
                for name, entry in self.entries.items()
                if shard_of(name) == shard and Path(name).exists()
            }
            current = {(name, entry[0]) for name, entry in live.items()}
            memos = {
                key: value
                for key, value in self.memos.items()
                if shard_of(key[1]) == shard and _memo_is_current(key, current, self.entries)
            }
            payload = (_code_version(), time.time_ns(), live, memos)
            data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
            write_atomic(self._shard_path(shard), data, durable=False)
        self.dirty.clear()


@functools.cache
def _code_version() -> str:
    """The cache format plus the code that parses files and derives memoised values: a new
    version of visavis starts from an empty cache."""
    digest = hashlib.sha256(str(CACHE_VERSION).encode())
    package = Path(__file__).parent
    for name in ("body.py", "frontmatter.py", "model.py", "status.py", "pages.py", "doccache.py"):
        digest.update((package / name).read_bytes())
    return digest.hexdigest()


def _memo_is_current(
    key: tuple, current: set[tuple[str, Key]], entries: dict[str, tuple[Key, Document]]
) -> bool:
    """A memo is kept while every file it was derived from still has the same stat key (its
    first file lives in this shard, the others may live in any)."""
    half = (len(key) - 1) // 2
    names, keys = key[1 : 1 + half], key[1 + half :]
    return all(
        (name, stat) in current or (name in entries and entries[name][0] == stat)
        for name, stat in zip(names, keys, strict=True)
    )


def _load(path: Path) -> tuple[int, dict[str, tuple[Key, Document]], dict[tuple, Any]]:
    try:
        version, saved_ns, entries, memos = pickle.loads(path.read_bytes())
    except FileNotFoundError:
        return 0, {}, {}
    except Exception as error:  # any damage (truncated, old format) just means parsing again
        log.debug("ignoring unreadable document cache %s: %s", path, error)
        return 0, {}, {}
    if version != _code_version() or not isinstance(entries, dict) or not isinstance(memos, dict):
        return 0, {}, {}
    return int(saved_ns), entries, memos


_ACTIVE: DocumentCache | None = None


def read_cached(path: Path, parse: Callable[[Path], Document]) -> Document:
    """Read a content file through the running build's cache; outside a build, just parse."""
    return parse(path) if _ACTIVE is None else _ACTIVE.read(path, parse)


def for_this_build(key: str, compute: Callable[[], Any]) -> Any:
    """A value computed once per build and reused by later stages until the build writes a
    file (translate writing translations makes render read them again); outside a build,
    just computed."""
    if _ACTIVE is None:
        return compute()
    stamp = len(WRITTEN)
    cached = _ACTIVE.per_build.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    value = compute()
    _ACTIVE.per_build[key] = (stamp, value)
    return value


def memoized(kind: str, paths: tuple[Path, ...], compute: Callable[[], Any]) -> Any:
    """A value derived from files read through the cache, computed once while they are
    unchanged; outside a build, just computed."""
    return compute() if _ACTIVE is None else _ACTIVE.memo(kind, paths, compute)


@contextmanager
def document_cache(folder: Path) -> Iterator[DocumentCache]:
    """Use a persistent document cache in `folder` for the duration of a build."""
    global _ACTIVE
    cache = DocumentCache(folder / CACHE_NAME)
    previous, _ACTIVE = _ACTIVE, cache
    try:
        yield cache
        cache.save()
    finally:
        _ACTIVE = previous
