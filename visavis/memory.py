"""Translation memory: every (model, source sentence) pair is translated at most once.

A SQLite file in the cache folder. Beside each translation it keeps what review needs and the
text cannot tell: whether the decoding stopped at the length limit, and whether (and how) the
sentence was translated again because its first output degenerated. The model key also
carries the glossary entries that apply to the sentence (`visavis.glossary.memory_key`).

Writes happen in one transaction per batch, so an interrupted build leaves either all of a
batch or none of it. A corrupted file is moved aside and rebuilt empty, with a warning: it
only ever holds what the model can redo. A memory of the first schema (three columns) gains
the new columns, empty.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    model TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    length_limited INTEGER NOT NULL DEFAULT 0,
    repaired TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (model, source)
) WITHOUT ROWID
"""
_COLUMNS = ("model", "source", "target", "length_limited", "repaired")
#: The first schema's columns: a memory of that version gains the new ones, empty.
_FIRST_COLUMNS = _COLUMNS[:3]
_ADDED = ("length_limited INTEGER NOT NULL DEFAULT 0", "repaired TEXT NOT NULL DEFAULT ''")
_LOOKUP_CHUNK = 500


@dataclass(frozen=True)
class Translated:
    """A sentence's translation as the engine made it, with what review needs to know."""

    target: str
    #: The decoding stopped at the length limit (the English may be cut short).
    length_limited: bool = False
    #: How the sentence was translated again, e.g. `repetition: no_repeat_ngram_size=3`
    #: (empty: the first output was kept).
    repaired: str = ""


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
            if tuple(columns) == _FIRST_COLUMNS:
                with connection:
                    for column in _ADDED:
                        connection.execute(f"ALTER TABLE translations ADD COLUMN {column}")
                columns = list(_COLUMNS)
            if columns != list(_COLUMNS):
                raise sqlite3.DatabaseError(f"another schema (columns {', '.join(columns)})")
            connection.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def lookup(self, model: str, sources: Iterable[str]) -> dict[str, Translated]:
        """Return the known translations of `sources` under `model`."""
        wanted = sorted(set(sources))
        found: dict[str, Translated] = {}
        for start in range(0, len(wanted), _LOOKUP_CHUNK):
            chunk = wanted[start : start + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._connection.execute(
                "SELECT source, target, length_limited, repaired FROM translations "
                f"WHERE model = ? AND source IN ({marks})",
                [model, *chunk],
            )
            for source, target, limited, repaired in rows:
                found[source] = Translated(target, bool(limited), repaired)
        return found

    def store(self, model: str, pairs: dict[str, Translated]) -> None:
        """Remember translations, all of them or none (one transaction)."""
        with self._connection:
            self._connection.executemany(
                "INSERT OR REPLACE INTO translations "
                "(model, source, target, length_limited, repaired) VALUES (?, ?, ?, ?, ?)",
                [
                    (model, source, done.target, int(done.length_limited), done.repaired)
                    for source, done in sorted(pairs.items())
                ],
            )

    def close(self) -> None:
        """Close the database."""
        self._connection.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
