"""What a layout reader hands to assembly: recognised fields, body blocks and doubts."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Block


@dataclass
class Draft:
    """A parsed article before sentence splitting; blocks hold one source line per line."""

    format: str
    title: str | None = None
    publication: str | None = None
    section: str | None = None
    genre: str | None = None
    standfirst: str | None = None
    author: str | None = None
    author_handle: str | None = None
    author_network: str | None = None
    #: News agencies credited with the article (AFP, ATS, Belga…), kept apart from authors.
    agency: str | None = None
    country: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    date: str | None = None
    #: The original's canonical address, when the source says (saved pages, `build.py add`).
    source_url: str | None = None
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def warn(self, message: str, line: int | None = None) -> None:
        """Record something ingest was unsure about, with its source line when known."""
        self.warnings.append(f"line {line}: {message}" if line is not None else message)
