"""Read and write an article body in the project's Markdown conventions (DESIGN.md).

Blocks are separated by blank lines: a paragraph holds one sentence per line; `## ` starts a
subhead; `> ` lines form a pull quote whose last line `> — Name` is its attribution; `- `
lines form a list. `Block.lines` hold the text without Markdown block markers, so a sentence
that starts with `-` or `#` is escaped on the way out and unescaped on the way in.
"""

from __future__ import annotations

import re

from .model import Block

ATTRIBUTION_DASHES = ("—", "–", "--")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^[-*+]\s+(.*)$")
_NEEDS_ESCAPE = re.compile(r"^(?:[-*+>#]|\d+[.)](?:\s|$))")


def parse_body(text: str) -> tuple[Block, ...]:
    """Split a Markdown body into blocks; every non-blank line ends up in exactly one block."""
    blocks: list[Block] = []
    for chunk in _split_chunks(text):
        blocks.extend(_parse_chunk(chunk))
    return tuple(blocks)


def format_body(blocks: tuple[Block, ...] | list[Block]) -> str:
    """Write blocks back as Markdown, one sentence per line, blocks separated by a blank line."""
    return "\n\n".join(_format_block(block) for block in blocks) + ("\n" if blocks else "")


def _split_chunks(text: str) -> list[list[str]]:
    chunks: list[list[str]] = []
    current: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if line:
            current.append(line)
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def _parse_chunk(lines: list[str]) -> list[Block]:
    """Parse the lines between two blank lines; a heading line always stands alone."""
    blocks: list[Block] = []
    pending: list[str] = []
    for line in lines:
        heading = _HEADING.match(line)
        if heading:
            if pending:
                blocks.append(_parse_run(pending))
                pending = []
            blocks.append(Block("subhead", (heading.group(1),)))
        else:
            pending.append(line)
    if pending:
        blocks.append(_parse_run(pending))
    return blocks


def _parse_run(lines: list[str]) -> Block:
    if all(line.startswith(">") for line in lines):
        return _parse_quote([line[1:].strip() for line in lines])
    if all(_LIST_ITEM.match(line) for line in lines):
        return Block("list", tuple(_unescape(_LIST_ITEM.match(line).group(1)) for line in lines))
    return Block("paragraph", tuple(_unescape(line) for line in lines))


def _parse_quote(lines: list[str]) -> Block:
    lines = [line for line in lines if line]
    attribution = None
    if lines and lines[-1].startswith(ATTRIBUTION_DASHES) and len(lines) > 1:
        attribution = lines.pop().lstrip("—–-").strip() or None
    return Block("quote", tuple(_unescape(line) for line in lines), attribution)


def _format_block(block: Block) -> str:
    if block.kind == "subhead":
        return "## " + " ".join(block.lines)
    if block.kind == "list":
        return "\n".join(f"- {line}" for line in block.lines)
    if block.kind == "quote":
        lines = [f"> {_escape(line)}" for line in block.lines]
        if block.attribution:
            lines.append(f"> — {block.attribution}")
        return "\n".join(lines)
    return "\n".join(_escape(line) for line in block.lines)


def _escape(line: str) -> str:
    return "\\" + line if _NEEDS_ESCAPE.match(line) else line


def _unescape(line: str) -> str:
    if line.startswith("\\") and _NEEDS_ESCAPE.match(line[1:]):
        return line[1:]
    return line
