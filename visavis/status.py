"""The state of an article's translation: machine-made, edited by hand, reviewed, stale.

Hashes recorded in a translation's front-matter tell a machine translation from a human
edit: `source_sha256` is the source it was made from, `body_sha256` and `fields_sha256`
are the body and translated fields exactly as the machine wrote them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from .body import format_body
from .model import TRANSLATED_FIELDS, Block, Document


def sha256_text(text: str) -> str:
    """Hex SHA-256 of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_digest(source: Document) -> str:
    """Hash of what a translation depends on: the translated fields and the body."""
    fields = [str(source.meta.get(name) or "") for name in TRANSLATED_FIELDS]
    return sha256_text(json.dumps([fields, format_body(source.blocks)], ensure_ascii=False))


def body_digest(blocks: tuple[Block, ...] | list[Block]) -> str:
    """Hash of a body in its normal form (so whitespace trivia is not an edit)."""
    return sha256_text(format_body(blocks))


def fields_digest(meta: dict[str, Any]) -> str:
    """Hash of a translation's translated front-matter fields."""
    fields = [str(meta.get(name) or "") for name in TRANSLATED_FIELDS]
    return sha256_text(json.dumps(fields, ensure_ascii=False))


@dataclass(frozen=True)
class TranslationState:
    """Where an article's translation stands relative to its source."""

    exists: bool
    edited: bool = False
    reviewed: bool = False
    source_changed: bool = False

    @property
    def protected(self) -> bool:
        """True when a person has touched the translation: the build must not overwrite it."""
        return self.edited or self.reviewed

    @property
    def stale(self) -> bool:
        """A protected translation whose source changed since it was made."""
        return self.protected and self.source_changed

    @property
    def needs_translation(self) -> bool:
        """True when the machine should (re)translate this article."""
        return not self.exists or (self.source_changed and not self.protected)

    @property
    def label(self) -> str:
        """One word for `build.py status`."""
        if not self.exists:
            return "untranslated"
        if self.stale:
            return "stale"
        if self.reviewed:
            return "reviewed"
        if self.edited:
            return "edited"
        return "outdated" if self.source_changed else "machine"


def translation_state(source: Document, translation: Document | None) -> TranslationState:
    """Compare a translation's recorded hashes with its current text and its source (the
    content folder's reader remembers the result while the two files are unchanged)."""
    if translation is None:
        return TranslationState(exists=False)
    record = translation.meta.get("translation")
    record = record if isinstance(record, dict) else {}
    edited = not record or (
        record.get("body_sha256") != body_digest(translation.blocks)
        or record.get("fields_sha256") != fields_digest(translation.meta)
    )
    return TranslationState(
        exists=True,
        edited=bool(edited),
        reviewed=record.get("reviewed") is True,
        source_changed=record.get("source_sha256") != source_digest(source),
    )
