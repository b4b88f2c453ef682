"""Bytes of a saved web page to text: the declared charset when the bytes agree with it.

The charset of the HTTP response (recorded beside a fetched page) or the one the page itself
declares (a BOM, `<meta charset>`, or `http-equiv` anywhere in the first part of the file,
even after non-ASCII text) wins when the bytes decode cleanly with it. When they do not — a
page declaring windows-1252 but written in UTF-8 — the clean decoding wins, with a warning.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import IngestError
from .decode import Decoded

#: How far into the file a `<meta charset>` is looked for (browsers look at 1024 bytes;
#: saved pages often carry it later, after a `<title>` with accents).
_META_SCAN_BYTES = 64 * 1024
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE
)
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
#: Labels that browsers map to windows-1252 (WHATWG Encoding): latin-1 *is* cp1252 on the web.
_WINDOWS_1252 = {"iso-8859-1", "latin1", "latin-1", "iso8859-1", "l1", "us-ascii", "ascii"}


def find_declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its own markup, if any."""
    match = _META_CHARSET.search(data[:_META_SCAN_BYTES])
    return match.group(1).decode("ascii").lower() if match else None


def decode_html(data: bytes, path: Path | str, http_charset: str | None = None) -> Decoded:
    """Decode a saved page; binary data or an empty file is an IngestError naming it."""
    name = Path(path).name
    if not data.strip():
        raise IngestError("file is empty", path)
    if data.startswith(codecs.BOM_UTF8):
        return _decode_strict(data[3:], "utf-8", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_strict(data, "utf-16", path)
    binary = _BINARY.search(data[:_META_SCAN_BYTES])
    if binary:
        line = data.count(b"\n", 0, binary.start()) + 1
        raise IngestError("file looks binary, not a web page", path, line)
    declared = http_charset or find_declared_charset(data)
    codec = _python_codec(declared) if declared else None
    utf8 = _try_decode(data, "utf-8")
    if codec and codec != "utf-8":
        if utf8 is not None and not data.isascii():  # multi-byte UTF-8 is never cp1252 prose
            warning = f"{name}: the page declares {declared} but is written in UTF-8: read as UTF-8"
            return Decoded(utf8, "utf-8", (warning,))
        text = _try_decode(data, codec)
        if text is not None:
            return Decoded(text, codec)
    if utf8 is not None:
        return Decoded(utf8, "utf-8")
    return _decode_damaged(data, name, declared)


def _decode_damaged(data: bytes, name: str, declared: str | None) -> Decoded:
    """Bytes valid in no declared charset: UTF-8 when nearly all of it is, else Windows-1252."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(3, len(text) // 1000):
        line = text[: text.index("\ufffd")].count("\n") + 1
        return Decoded(
            text,
            "utf-8",
            (f"{name}: line {line}: {bad} byte(s) that are not UTF-8 replaced by U+FFFD",),
        )
    said = f"declares {declared} but " if declared else ""
    legacy = data.decode("cp1252", errors="replace")
    return Decoded(
        legacy, "cp1252", (f"{name}: the page {said}is not UTF-8: read as Windows-1252",)
    )


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _python_codec(label: str) -> str | None:
    """Python's codec for a charset label, following the web's aliases; None if unknown."""
    label = label.strip().lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _decode_strict(data: bytes, encoding: str, path: Path | str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        raise IngestError(
            f"file starts with a byte-order mark but is not {encoding}", path
        ) from error
