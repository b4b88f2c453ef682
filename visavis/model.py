"""The data model shared by every stage: blocks of an article body and a content document."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

BlockKind = Literal["paragraph", "subhead", "quote", "list"]

#: Front-matter fields of a source article that are translated.
TRANSLATED_FIELDS: tuple[str, ...] = ("title", "standfirst", "section")


@dataclass(frozen=True)
class Block:
    """One block of an article body.

    `lines` holds one sentence per line for paragraphs and quotes, the heading text for a
    subhead, and one item per line for a list. A quote's attribution is kept apart: it is a
    name, never translated.
    """

    kind: BlockKind
    lines: tuple[str, ...]
    attribution: str | None = None

    def __reduce__(self) -> tuple[type[Block], tuple[str, tuple[str, ...], str | None]]:
        """Pickled as a call of the constructor: unpickled in half the time of the generic
        form (the document cache moves every article's blocks between processes)."""
        return (Block, (self.kind, self.lines, self.attribution))


@dataclass(frozen=True)
class Document:
    """A content file: its front-matter, its body blocks and where it was read from."""

    meta: dict[str, Any]
    blocks: tuple[Block, ...]
    path: Path | None = None
    body: str = field(default="", compare=False)
    meta_lines: dict[str, int] = field(default_factory=dict, compare=False)
    #: SHA-256 of the file's bytes when read from disk (empty for a document built in memory).
    file_sha256: str = field(default="", compare=False)

    @property
    def lang(self) -> str:
        """The document's language code, from front-matter."""
        return str(self.meta.get("lang", ""))

    @property
    def slug(self) -> str:
        """The article's slug, from front-matter or the file name."""
        slug = self.meta.get("slug")
        if slug:
            return str(slug)
        if self.path is not None:
            return self.path.name.split(".")[0]
        return ""


@dataclass
class StageReport:
    """What a stage did, for the one-line summary at the end of a run."""

    stage: str
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    errors: list[Exception] = field(default_factory=list)
    note: str = ""

    def count(self, key: str, amount: int = 1) -> None:
        """Add to one of the stage's counters."""
        self.counts[key] = self.counts.get(key, 0) + amount

    def warn(self, message: str) -> None:
        """Record a warning; it is also logged by the caller."""
        self.warnings.append(message)
