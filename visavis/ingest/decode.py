"""Bytes to text: UTF-8 (BOM or not), UTF-16 with BOM, Windows-1252 or Mac Roman; else an error."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import IngestError

_MOJIBAKE = re.compile(r"Ã[\u0080-\u00bf©¨ª«§®´¹¢£¤¦°²³µ»¼½¾]|â€[™œ\u009d“”˜¦¢¡]|Â[\u00a0«»°]")
_FRENCH = frozenset("éèêëàâäçôöûüùîïœæÉÈÊÀÂÇÔÛÎŒ«»’‘“”–—…\u00a0\u202f°€")
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding it was read with, and anything worth a warning."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes, path: Path | str) -> Decoded:
    """Decode a seed file's bytes; an empty, binary or undecodable file is an IngestError."""
    name = Path(path).name
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path, "UTF-8 with BOM")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path, "UTF-16")
    if not data.strip():
        raise IngestError("file is empty", path)
    data, stripped = strip_stray_controls(data, path)
    decoded = _decode_text(data, path, name)
    return Decoded(decoded.text, decoded.encoding, (*stripped, *decoded.warnings))


def strip_stray_controls(data: bytes, path: Path | str) -> tuple[bytes, tuple[str, ...]]:
    """Remove a few stray control characters (a BEL pasted in) with a warning naming them and
    their lines; a NUL, or many of them, means the file is binary: an IngestError."""
    found = list(_BINARY_BYTES.finditer(data))
    if not found:
        return data, ()
    first = data.count(b"\n", 0, found[0].start()) + 1
    if b"\x00" in data or len(found) > max(3, len(data) // 1000):
        raise IngestError("file looks binary, not text", path, first, hint="is it a text file?")
    lines = sorted({data.count(b"\n", 0, match.start()) + 1 for match in found})
    codes = ", ".join(sorted({f"U+{match.group()[0]:04X}" for match in found}))
    where = "line" if len(lines) == 1 else "lines"
    shown = ", ".join(str(line) for line in lines)
    warning = f"{Path(path).name}: {where} {shown}: removed control character(s) {codes}"
    return _BINARY_BYTES.sub(b"", data), (warning,)


def _decode_text(data: bytes, path: Path | str, name: str) -> Decoded:
    """UTF-8 (repairing double encoding or a few stray bytes), else a legacy encoding."""
    try:
        return _unmojibake(data.decode("utf-8"), name)
    except UnicodeDecodeError as error:
        utf8_error = error
    repaired = repair_stray_bytes(data, name)
    if repaired is not None:
        return repaired
    return _decode_legacy(data, path, utf8_error)


def repair_stray_bytes(data: bytes, name: str) -> Decoded | None:
    """UTF-8 with a few stray bytes (a Windows-1252 apostrophe pasted in): decoded as UTF-8,
    each stray byte read as Windows-1252 and reported with its line; None when the file is
    not mostly UTF-8 (fewer valid multi-byte characters than stray bytes)."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = [index for index, char in enumerate(text) if "\udc80" <= char <= "\udcff"]
    multibyte = sum(1 for char in text if not char.isascii() and not "\udc80" <= char <= "\udcff")
    if multibyte < max(1, len(stray)):
        return None
    chars = list(text)
    lines = []
    for index in stray:
        chars[index] = bytes([ord(text[index]) - 0xDC00]).decode("cp1252", errors="replace")
        lines.append(text.count("\n", 0, index) + 1)
    shown = ", ".join(str(line) for line in sorted(set(lines))[:10])
    warning = (
        f"{name}: line {shown}: {len(stray)} byte(s) that are not UTF-8 "
        "read as Windows-1252 (the rest of the file is UTF-8)"
    )
    if len(set(lines)) > 1:
        warning = warning.replace(": line ", ": lines ", 1)
    return Decoded("".join(chars), "utf-8", (warning,))


def _decode_legacy(data: bytes, path: Path | str, utf8_error: UnicodeDecodeError) -> Decoded:
    """Windows-1252 or Mac Roman, whichever reads as French; else an IngestError."""
    name = Path(path).name
    candidates = []
    for encoding, label in (("cp1252", "Windows-1252"), ("mac_roman", "Mac Roman")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = french_score(text)
        if score is not None or encoding == "cp1252":  # Mac Roman must read as French
            candidates.append((-1 if score is None else score, encoding == "cp1252", text, label))
    if not candidates:
        line = data.count(b"\n", 0, utf8_error.start) + 1
        raise IngestError(
            "cannot decode the file: it is neither UTF-8 nor Windows-1252",
            path,
            line,
            hint="save it as UTF-8",
            reasons=[str(utf8_error)],
        )
    _, _, text, label = max(candidates, key=lambda item: item[:2])
    encoding = "cp1252" if label == "Windows-1252" else "mac_roman"
    return Decoded(text, encoding, (f"{name}: read as {label} (not valid UTF-8)",))


def french_score(text: str) -> int | None:
    """How many non-ASCII characters read as French; None when too many read as garbage."""
    extra = [char for char in text if not char.isascii()]
    good = sum(char in _FRENCH for char in extra)
    return good if len(extra) - good <= 0.1 * len(extra) else None


def _strict(data: bytes, encoding: str, path: Path | str, label: str) -> Decoded:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise IngestError(f"file starts with a {label} mark but is not {label}", path) from error
    if not text.strip():
        raise IngestError("file is empty", path)
    if "\x00" in text:
        raise IngestError("file looks binary, not text", path)
    return Decoded(text, encoding, ())


def _unmojibake(text: str, name: str) -> Decoded:
    """Undo UTF-8 that was decoded as Windows-1252 and saved again (`Ã©` for `é`)."""
    if len(_MOJIBAKE.findall(text)) < 2:
        return Decoded(text, "utf-8")
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return Decoded(text, "utf-8", (f"{name}: the text looks double-encoded (Ã©)",))
    return Decoded(fixed, "utf-8", (f"{name}: repaired double-encoded UTF-8 (Ã© → é)",))
