"""A publisher's web page copied as text: the article among site chrome."""

from __future__ import annotations

from .draft import Draft
from .lines import Chunk
from .plaintext import parse_plaintext


def parse_webcopy(chunks: list[Chunk]) -> Draft:
    """Read a web copy (placeholder)."""
    return parse_plaintext(chunks, "webcopy")
