"""Translation memory: every (model, source sentence) pair is translated at most once.

A SQLite file in the cache folder. Writes happen in one transaction per batch, so an
interrupted build leaves either all of a batch or none of it. A corrupted file is moved
aside and rebuilt empty, with a warning: it only ever holds what the model can redo.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    model TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (model, source)
) WITHOUT ROWID
"""
_COLUMNS = ("model", "source", "target")
_LOOKUP_CHUNK = 500


class TranslationMemory:
    """Look up and store sentence translations for one cache folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.warnings: list[str] = []
        self._connection = self._open()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._connect()
        except sqlite3.DatabaseError as error:
            aside = self.path.with_name(self.path.name + ".corrupt")
            self.path.replace(aside)
            for suffix in ("-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            message = (
                f"{self.path}: translation memory was unreadable ({error}); "
                f"moved it to {aside.name} and started a new one"
            )
            log.debug(message)  # reported once, by the stage that opened the memory
            self.warnings.append(message)
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=30)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute(_SCHEMA)
            connection.execute("SELECT count(*) FROM translations LIMIT 1").fetchone()
            columns = [row[1] for row in connection.execute("PRAGMA table_info(translations)")]
            if columns != list(_COLUMNS):
                raise sqlite3.DatabaseError(f"another schema (columns {', '.join(columns)})")
            connection.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def lookup(self, model: str, sources: Iterable[str]) -> dict[str, str]:
        """Return the known translations of `sources` under `model`."""
        wanted = sorted(set(sources))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), _LOOKUP_CHUNK):
            chunk = wanted[start : start + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._connection.execute(
                f"SELECT source, target FROM translations WHERE model = ? AND source IN ({marks})",
                [model, *chunk],
            )
            found.update(rows)
        return found

    def store(self, model: str, pairs: dict[str, str]) -> None:
        """Remember translations, all of them or none (one transaction)."""
        with self._connection:
            self._connection.executemany(
                "INSERT OR REPLACE INTO translations (model, source, target) VALUES (?, ?, ?)",
                [(model, source, target) for source, target in sorted(pairs.items())],
            )

    def close(self) -> None:
        """Close the database."""
        self._connection.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
