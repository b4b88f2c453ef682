"""A cache of parsed content files, so an unchanged file is not parsed again by the next build.

Keyed by path, size and modification time; kept in the cache folder as a pickle (the cache
folder is the build's own private state, like the translation memory). A missing, stale or
unreadable cache only costs a re-parse. As in Git's index, a file modified within two seconds
of the cache being saved is parsed again: its mtime alone cannot prove it unchanged.
"""

from __future__ import annotations

import logging
import pickle
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .model import Document
from .writer import write_atomic

log = logging.getLogger(__name__)

CACHE_NAME = "documents.pickle"
CACHE_VERSION = 2
RACY_NS = 2_000_000_000

Key = tuple[int, int]


class DocumentCache:
    """Parsed documents by path, valid while the file's size and mtime are unchanged."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.saved_ns, self.entries = _load(path)
        self.dirty = False

    def read(self, path: Path, parse: Callable[[Path], Document]) -> Document:
        """Return the parsed file, from the cache when the file has not changed."""
        stat = path.stat()
        key = (stat.st_size, stat.st_mtime_ns)
        name = str(path)
        cached = self.entries.get(name)
        if cached is not None and cached[0] == key and key[1] < self.saved_ns - RACY_NS:
            return cached[1]
        document = parse(path)
        self.entries[name] = (key, document)
        self.dirty = True
        return document

    def save(self) -> None:
        """Write the cache back if anything changed, dropping files that no longer exist."""
        if not self.dirty:
            return
        live = {name: entry for name, entry in self.entries.items() if Path(name).exists()}
        payload = (CACHE_VERSION, time.time_ns(), live)
        data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
        write_atomic(self.path, data, durable=False)
        self.dirty = False


def _load(path: Path) -> tuple[int, dict[str, tuple[Key, Document]]]:
    try:
        version, saved_ns, entries = pickle.loads(path.read_bytes())
    except FileNotFoundError:
        return 0, {}
    except Exception as error:  # any damage (truncated, old format) just means parsing again
        log.debug("ignoring unreadable document cache %s: %s", path, error)
        return 0, {}
    if version != CACHE_VERSION or not isinstance(entries, dict) or not isinstance(saved_ns, int):
        return 0, {}
    return saved_ns, entries


_ACTIVE: DocumentCache | None = None


def read_cached(path: Path, parse: Callable[[Path], Document]) -> Document:
    """Read a content file through the running build's cache; outside a build, just parse."""
    return parse(path) if _ACTIVE is None else _ACTIVE.read(path, parse)


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
