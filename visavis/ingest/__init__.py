"""Ingest: source articles (PressReader exports, web copies, plain text, Markdown) to content.

`ingest_text` and `ingest_file` read one article; `run_ingest` is the pipeline stage.
"""

from __future__ import annotations

from .core import IngestResult, ingest_file, ingest_text
from .stage import run_ingest

__all__ = ["IngestResult", "ingest_file", "ingest_text", "run_ingest"]
