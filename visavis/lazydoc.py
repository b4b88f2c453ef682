"""Cached documents as the document cache keeps them: packed small, unpacked part by part.

A document is packed (`pack`) as two LZ4-compressed pickles of plain tuples: its head (front
matter, its lines, the file's SHA-256) and its body blocks. For an 800-word article that is
~3.5 KB, against 6.4 KB pickled and 15 KB as Python objects. LZ4 rather than zlib: at its
fastest level zlib packs to 2.5 KB but takes ~90 µs a document to compress and ~27 µs to
unpack on the reference machine, LZ4 ~10 µs and ~4 µs, and every document of a full build is
packed once and unpacked at least once (docs/benchmarks.md). Many readers need the head alone (the
translation's record, an article's listing summary), and unpack only it.

A `LazyDocument` is a `Document` whose head and blocks are unpacked on first use and can be
let go again (`unload`): the cache keeps only a few unpacked at a time, so a build holds the
edition packed, never all of it as objects.
"""

from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lz4.block

from .model import Block, Document

#: A packed document: its head and its blocks, each pickled and compressed.
Packed = tuple[bytes, bytes]
#: Which packed part holds each field of a Document but its path.
PART_OF = {"meta": 0, "meta_lines": 0, "file_sha256": 0, "body": 0, "blocks": 1}
_FIELDS = tuple(field.name for field in dataclasses.fields(Document))
#: Loads one part of a document (0: head, 1: blocks) as {field: value}.
PartLoader = Callable[[int], dict[str, Any]]


def pack(document: Document) -> Packed:
    """A document as the cache keeps it (without its path and raw body: the blocks hold the
    text, and the file's name is the cache's key)."""
    head = (document.meta, document.meta_lines, document.file_sha256)
    blocks = tuple((block.kind, block.lines, block.attribution) for block in document.blocks)
    return _compress(head), _compress(blocks)


def unpack_part(data: bytes, part: int) -> dict[str, Any]:
    """One part of a packed document (its bytes: `pack(document)[part]`) as {field: value}
    (0: head, 1: blocks)."""
    if part == 0:
        meta, meta_lines, file_sha256 = pickle.loads(lz4.block.decompress(data))
        return {"meta": meta, "meta_lines": meta_lines, "file_sha256": file_sha256, "body": ""}
    blocks = pickle.loads(lz4.block.decompress(data))
    return {"blocks": tuple(Block(*block) for block in blocks)}


def document_part(document: Document, part: int) -> dict[str, Any]:
    """One part of an unpacked document as {field: value} (see `unpack_part`)."""
    return {name: getattr(document, name) for name, number in PART_OF.items() if number == part}


def _compress(value: Any) -> bytes:
    return lz4.block.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


class _Unloaded:
    """Hides a Document field's class default (`body`, `file_sha256`) on a LazyDocument, so
    that reading the field loads the document instead of returning the default."""

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        raise AttributeError  # on to LazyDocument.__getattr__, which loads


class LazyDocument(Document):
    """A cached Document whose head and blocks are unpacked on first use (its path is known
    at once), and let go by `unload` to be unpacked anew when next read. It pickles as a
    plain Document."""

    body = _Unloaded()
    file_sha256 = _Unloaded()

    def __getattr__(self, name: str) -> Any:
        part = PART_OF.get(name)
        fields = self.__dict__
        if part is None or "_load" not in fields:
            raise AttributeError(name)
        fields.update(fields["_load"](part))
        value = fields[name]
        fields["_on_load"](self)  # may let other documents go, never this one
        return value

    def unload(self) -> None:
        """Let the unpacked fields go (the next read unpacks them again)."""
        fields = self.__dict__
        for name in PART_OF:
            fields.pop(name, None)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return Document, tuple(getattr(self, name) for name in _FIELDS)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return (self.meta, self.blocks, self.path) == (other.meta, other.blocks, other.path)

    __hash__ = Document.__hash__


def lazy_document(
    path: Path,
    load: PartLoader,
    on_load: Callable[[LazyDocument], None] = lambda document: None,
) -> LazyDocument:
    """A Document at `path` whose parts `load` returns when needed; `on_load` is told each
    time a part is unpacked."""
    document = object.__new__(LazyDocument)
    document.__dict__.update(path=path, _load=load, _on_load=on_load)
    return document
