"""The build state's database: one SQLite file in the cache folder (`build.sqlite`, beside the
translation memory), with one format version, holding all that a build knows of the last.

Tables (see docs/incremental.md):

- `files`: every content file the document cache knows, with its size and mtime when it was
  parsed and when that was (the racy-mtime rule, `state.trusted`);
- `documents`: those files parsed and packed (`lazydoc`), read by name on first use;
- `memos`: values derived from files (a translation's checked state, a listing summary), with
  the stats of the files they were derived from;
- `outputs` and `builds`: per output folder (its key, so that `serve`'s private folder never
  vouches for `public/`): every file visavis wrote there with its digest, stat and warnings,
  and the last build's no-change digest, warnings and "writing" flag, and what its search
  index was built from (`search`; the rows of a folder that no longer exists, such as a
  finished `serve`'s, are forgotten);
- `meta`: the code version (`codeversion`) the derived tables were made by; another version
  empties them.

A damaged, foreign or newer database gives one warning and is made again, empty (a full
rebuild). Writes are rare and grouped: one small transaction before render puts files in
place, one at the end of a build. `synchronous=OFF`: a process killed at any point leaves
the last committed transaction (SQLite's rollback journal); only a crash of the machine could
lose one, and the site never trusts the state alone (every output's stat is compared).
Forked workers read through a connection of their own, never the build's.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import ConfigError

log = logging.getLogger(__name__)

DATABASE_NAME = "build.sqlite"
#: `PRAGMA application_id`: "vsvs", so a foreign SQLite file is told from ours.
APPLICATION_ID = 0x76737673
#: `PRAGMA user_version`: the format of the tables below.
FORMAT_VERSION = 2

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE files (
    name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    parsed_ns INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE documents (
    name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    head BLOB NOT NULL, blocks BLOB NOT NULL
);
CREATE TABLE memos (
    kind TEXT NOT NULL, names TEXT NOT NULL, stats TEXT NOT NULL, value BLOB NOT NULL,
    PRIMARY KEY (kind, names)
);
CREATE TABLE outputs (
    folder TEXT NOT NULL, path TEXT NOT NULL, digest TEXT NOT NULL, stat TEXT NOT NULL,
    warnings TEXT NOT NULL, PRIMARY KEY (folder, path)
) WITHOUT ROWID;
CREATE TABLE builds (
    folder TEXT PRIMARY KEY, output TEXT NOT NULL, snapshot TEXT NOT NULL,
    listed TEXT NOT NULL, warnings TEXT NOT NULL, writing INTEGER NOT NULL,
    search TEXT NOT NULL
) WITHOUT ROWID;
"""
TABLES = ("builds", "documents", "files", "memos", "meta", "outputs")


class BuildDatabase:
    """The open database of one cache folder. `warn` reports damage found while the build
    reads it, once; `broken` then makes the end of the build start it again, empty."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.broken = False
        #: How many times the database was made again during this build: rows read from an
        #: earlier one are not in it any more.
        self.generation = 0
        self._warned = False
        self.connection = self._open()
        #: The build's own process; forked workers read through connections of their own,
        #: by process id (a worker never uses the build's).
        self.pid = os.getpid()
        self._readers: dict[int, sqlite3.Connection] = {self.pid: self.connection}

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return _connect(self.path)
        except sqlite3.DatabaseError as error:
            self.warn(str(error))
        except _Foreign:
            self._warned = True
            log.warning("%s: not a build state of this version, rebuilding everything", self.path)
        return self._recreate()

    def _recreate(self) -> sqlite3.Connection:
        try:
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            return _connect(self.path)
        except (OSError, sqlite3.Error) as error:
            raise ConfigError(
                "cannot make the build state",
                self.path,
                hint="remove it (it is made again), or set 'cache_dir' to another folder",
                reasons=[str(error)],
            ) from error

    def warn(self, error: str) -> None:
        """Report a damaged database once; it is made again, empty, when the build saves."""
        self.broken = True
        if not self._warned:
            self._warned = True
            log.warning("%s: unreadable build state, rebuilding everything (%s)", self.path, error)

    def reader(self) -> sqlite3.Connection:
        """The connection this process reads through: a forked worker opens its own,
        read-only (a connection must never cross a fork)."""
        pid = os.getpid()
        connection = self._readers.get(pid)
        if connection is None:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._readers[pid] = connection
        return connection

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of its writes or none. A database found damaged is made
        again, empty, first; one found damaged while writing is reported once and made again
        (the next build then renders everything)."""
        if self.broken:
            self._start_again()
        try:
            with self.connection:
                yield self.connection
        except sqlite3.DatabaseError as error:
            self.warn(str(error))
            self._start_again()

    def _start_again(self) -> None:
        """Replace the database by an empty one (`generation` tells the rows read before)."""
        self.connection.close()
        self.connection = self._recreate()
        self._readers[self.pid] = self.connection
        self.broken = False
        self.generation += 1

    def close(self) -> None:
        """Close the build's connection (workers' ones end with their process)."""
        self.connection.close()


class _Foreign(Exception):
    """An SQLite file of another application, or of another version of this one."""


def _connect(path: Path) -> sqlite3.Connection:
    """Open `path`, creating its tables when it is new; _Foreign when it is not ours."""
    connection = sqlite3.connect(path, check_same_thread=False)
    try:
        connection.execute("PRAGMA synchronous=OFF")
        application, version = (
            connection.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("application_id", "user_version")
        )
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_schema")]
        if (application, version, tables) == (0, 0, []):
            with connection:
                connection.executescript(SCHEMA)
                connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
                connection.execute(f"PRAGMA user_version={FORMAT_VERSION}")
        elif (application, version) != (APPLICATION_ID, FORMAT_VERSION):
            raise _Foreign
        elif not set(TABLES) <= set(tables):
            raise sqlite3.DatabaseError("tables missing")
    except BaseException:
        connection.close()
        raise
    return connection


def open_database(folder: Path) -> BuildDatabase:
    """The build database of a cache folder, made (empty) when there is none."""
    return BuildDatabase(folder / DATABASE_NAME)
