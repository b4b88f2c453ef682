"""Ingest: source articles (PressReader exports, web copies, plain text, Markdown) to content.

`ingest_text` and `ingest_file` read one article; `run_ingest` is the pipeline stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .stage import run_ingest

if TYPE_CHECKING:
    from .core import IngestResult, ingest_file, ingest_text

__all__ = ["IngestResult", "ingest_file", "ingest_text", "run_ingest"]


def __getattr__(name: str) -> Any:
    """The parsers are imported on first use: a build with no seed to ingest skips them."""
    if name in ("IngestResult", "ingest_file", "ingest_text"):
        from . import core

        return getattr(core, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
