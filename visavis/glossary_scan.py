"""Which up-to-date machine translations a glossary change touches, without reading every
article's text on every build.

An article's record names the glossary entries that applied to its French (`glossary:`, a
digest; absent when none did). Finding the entries that apply now means scanning its text
(about 0.3 ms for an article of 5,000 characters), so the result is kept in the cache folder
(`glossary-scan.json`), by the article's source hash, for the current glossary: an edition is
scanned once per glossary, not once per build. A damaged file is only a slower build.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from .glossary import Glossary, terms_digest
from .model import TRANSLATED_FIELDS, Document
from .writer import write_atomic

log = logging.getLogger(__name__)

SCAN_FILE = "glossary-scan.json"


def article_glossary(source: Document, glossary: Glossary | None) -> str:
    """The digest of the glossary entries that apply to an article's translated text."""
    if not glossary:
        return ""
    fields = [str(source.meta.get(name) or "") for name in TRANSLATED_FIELDS]
    lines = [line for block in source.blocks for line in block.lines]
    return terms_digest(glossary.applying("\n".join([*fields, *lines])))


def recorded_glossary(translation: Document) -> tuple[str, str]:
    """What a translation's record says of its glossary: the digest of the entries it was
    made under ('' for none) and the hash of the French it was made from."""
    record: Any = translation.meta.get("translation")
    record = record if isinstance(record, dict) else {}
    return str(record.get("glossary") or ""), str(record.get("source_sha256") or "")


class GlossaryScan:
    """The entries that apply to each article under the current glossary, remembered."""

    def __init__(self, cache_dir: Path, glossary: Glossary) -> None:
        self.path = cache_dir / SCAN_FILE
        self.glossary = glossary
        self.edition = terms_digest(glossary.terms)
        self.applied: dict[str, str] = self._read()
        self.changed = False

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("glossary") != self.edition:
            return {}
        articles = data.get("articles")
        return dict(articles) if isinstance(articles, dict) else {}

    def is_changed(self, source: Document, recorded: tuple[str, str]) -> bool:
        """Whether a machine translation, whose record gave `recorded` (see
        `recorded_glossary`), was made under other glossary entries than apply to its French
        now."""
        recorded, key = recorded
        if not self.glossary and not recorded:
            return False
        applied = self.applied.get(key) if key else None
        if applied is None:
            applied = article_glossary(source, self.glossary)
            if key:
                self.applied[key] = applied
                self.changed = True
        return recorded != applied

    def save(self) -> None:
        """Keep what was scanned for the next build (when a glossary is set)."""
        if not self.changed or not self.glossary:
            return
        data = {"glossary": self.edition, "articles": dict(sorted(self.applied.items()))}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(data), durable=False)
        except OSError as error:
            log.debug("%s: not saved (%s)", self.path, error)
