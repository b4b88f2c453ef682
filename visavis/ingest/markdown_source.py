"""Markdown sources: front-matter validated and kept, the body normalised (not re-parsed)."""

from __future__ import annotations

from .draft import Draft


def parse_markdown(text: str, source_name: str) -> Draft:
    """Read a Markdown source (placeholder)."""
    raise NotImplementedError
