"""Which layout a source text has: PressReader app or web export, web copy, plain text, Markdown."""

from __future__ import annotations

from .byline import looks_like_app_byline
from .lines import Chunk, Line
from .noise import is_pressreader_noise, is_web_noise
from .pressreader_web import find_meta_line

APP = "pressreader-app"
WEB = "pressreader-web"
WEBCOPY = "webcopy"
PLAINTEXT = "plaintext"
MARKDOWN = "markdown"
FORMATS = (APP, WEB, WEBCOPY, PLAINTEXT, MARKDOWN)
_MARKDOWN_SUFFIXES = (".md", ".markdown")


def detect_format(text: str, source_name: str, chunks: list[Chunk]) -> str:
    """Guess the layout from the file name, front-matter and the first lines."""
    if text.lstrip("\ufeff").startswith("---\n") or source_name.lower().endswith(
        _MARKDOWN_SUFFIXES
    ):
        return MARKDOWN
    lines = [line for chunk in chunks for line in chunk]
    if find_meta_line(lines) is not None:
        return WEB
    if _has_app_markers(chunks, lines):
        return APP
    if sum(is_web_noise(line.text) for line in lines) >= 2:
        return WEBCOPY
    return PLAINTEXT


def _has_app_markers(chunks: list[Chunk], lines: list[Line]) -> bool:
    """A `- AUTHOR` line near the top, or a PressReader footer (blank lines or not)."""
    footer = any(is_pressreader_noise(line.text) for line in lines)
    byline = any(looks_like_app_byline(line.text) for line in lines[1:9])
    return byline or (footer and len(lines) >= 3)
