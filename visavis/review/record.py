"""What `build.py review` reads beside the two texts, recorded with each translation.

translate adds to a translation's `translation:` mapping:

- `sentences`: one 16-hex entry per sentence as the machine wrote it (8 for its French, 8 for
  its English), so a sentence edited by hand is told apart, and is checked again only once
  its French has changed;
- `length_limited`: the French hashes of sentences whose decoding stopped at the length
  limit (a later step records `repaired` the same way);

and an editor's `review --accept` adds `accepted`: `{line, sha256, reasons}` entries, where
`sha256` covers the French and the English, so an acceptance expires when either changes.
This module also pairs each French sentence with its English line, and finds that line's
number in the file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..body import parse_body
from ..checks import REASONS
from ..echoes import quote_aliases, unwrap_emphasis
from ..errors import FrontMatterError, VisavisError
from ..model import TRANSLATED_FIELDS, Document
from ..sentences import segment_block

#: Hex digits of a sentence's hash in `sentences` and `length_limited`, and of a pair's hash
#: in `accepted` (enough to tell apart the sentences of an article, short enough to keep the
#: front-matter small: 17 characters a sentence).
SENTENCE_HASH = 8
PAIR_HASH = 16
#: Beyond this many sentences an article's `sentences` record is not written (it would make
#: the front-matter too large); such an article is checked whole, like one translated before
#: the record existed.
MAX_RECORDED = 2000
_HEX = re.compile(r"^[0-9a-f]+$")


@dataclass(frozen=True)
class Pair:
    """A French sentence and its English line; `key` says where: a field or a body line."""

    key: tuple[Any, ...]
    french: str
    english: str


@dataclass(frozen=True)
class Record:
    """What translate recorded for review, read and checked from a translation's mapping."""

    machine: bool
    #: French and English hashes of each sentence as the machine wrote it (None: not recorded).
    sentences: frozenset[str] | None = None
    #: The French hashes alone.
    french: frozenset[str] = frozenset()
    length_limited: frozenset[str] = frozenset()
    accepted: tuple[dict[str, Any], ...] = ()


def sha_text(text: str, length: int) -> str:
    """The first `length` hex digits of a text's SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def pair_sha(french: str, english: str) -> str:
    """The hash that keys an acceptance: the French and the English together."""
    return sha_text(f"{french}\n{english}", PAIR_HASH)


def sentence_pairs(source: Document, translation: Document, lang: str) -> tuple[list[Pair], int]:
    """The translated fields and body sentences paired with their English lines, and how many
    French sentences cannot be paired (a block whose line count no longer matches)."""
    pairs = []
    for name in TRANSLATED_FIELDS:
        french, english = source.meta.get(name), translation.meta.get(name)
        if isinstance(french, str) and isinstance(english, str) and french and english:
            pairs.append(Pair(("field", name), " ".join(french.split()), " ".join(english.split())))
    unchecked = 0
    same_blocks = len(source.blocks) == len(translation.blocks)
    for index, block in enumerate(source.blocks):
        units = segment_block(block.lines, block.kind, lang)
        target = translation.blocks[index] if same_blocks else None
        lines = [" ".join(line.split()) for line in target.lines] if target else []
        if target is None or target.kind != block.kind or len(lines) != len(units):
            unchecked += len(units)
            continue
        pairs.extend(
            Pair(("body", index, number), unit, line)
            for number, (unit, line) in enumerate(zip(units, lines, strict=True))
        )
    return pairs, unchecked


def read_record(translation: Document) -> Record:
    """The review record of a translation's `translation:` mapping, checked (a hand-made
    mistake in it is an error naming the file and line)."""
    mapping = translation.meta.get("translation")
    if not isinstance(mapping, dict):
        return Record(machine=False)
    where = (translation.path, translation.meta_lines.get("translation"))
    sentences = mapping.get("sentences")
    if sentences is not None:
        entries = str(sentences).split() if isinstance(sentences, str) else None
        if entries is None or not all(_is_hex(e, 2 * SENTENCE_HASH) for e in entries):
            raise FrontMatterError(
                "front matter 'translation.sentences' is damaged",
                *where,
                hint="delete the line: the whole article is then checked",
            )
    limited = mapping.get("length_limited", [])
    if not isinstance(limited, list) or not all(_is_hex(e, SENTENCE_HASH) for e in limited):
        raise FrontMatterError("front matter 'translation.length_limited' is damaged", *where)
    machine = frozenset(entries) if sentences is not None else None
    return Record(
        machine=True,
        sentences=machine,
        french=frozenset(entry[:SENTENCE_HASH] for entry in machine or ()),
        length_limited=frozenset(limited),
        accepted=tuple(read_accepted(mapping.get("accepted", []), *where)),
    )


def read_accepted(value: Any, path: Path | None, line: int | None) -> list[dict[str, Any]]:
    """Accepted flags as `{line, sha256, reasons}` mappings, or a FrontMatterError."""
    hint = "each entry needs line: N, sha256: 16 hex digits and reasons: [...]"
    if not isinstance(value, list):
        raise FrontMatterError("front matter 'translation.accepted' must be a list", path, line)
    for number, entry in enumerate(value, start=1):
        problem = _accepted_problem(entry)
        if problem:
            raise FrontMatterError(
                f"front matter 'translation.accepted' entry {number}: {problem}",
                path,
                line,
                hint=hint,
            )
    return value


def _accepted_problem(entry: Any) -> str | None:
    if not isinstance(entry, dict) or set(entry) - {"line", "sha256", "reasons"}:
        return "not a mapping of line, sha256 and reasons"
    line = entry.get("line")
    if not isinstance(line, int) or isinstance(line, bool) or line < 1:
        return f"line {line!r} is not a line number"
    if not _is_hex(entry.get("sha256"), PAIR_HASH):
        return f"sha256 {entry.get('sha256')!r} is not {PAIR_HASH} hex digits"
    reasons = entry.get("reasons")
    if not isinstance(reasons, list) or not reasons or set(reasons) - set(REASONS):
        return f"reasons {reasons!r} are not among {', '.join(REASONS)}"
    return None


def _is_hex(value: Any, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and bool(_HEX.match(value))


def is_checked(pair: Pair, record: Record) -> bool:
    """A sentence as the machine wrote it is checked; one edited by hand only once its
    French changed since (a translation with no machine record at all is never checked)."""
    if not record.machine:
        return False
    if record.sentences is None:
        return True
    french = sha_text(pair.french, SENTENCE_HASH)
    if french + sha_text(pair.english, SENTENCE_HASH) in record.sentences:
        return True
    return french not in record.french


def is_length_limited(pair: Pair, record: Record) -> bool:
    """Whether the machine's decoding of this sentence stopped at the length limit (and the
    sentence is still as the machine wrote it)."""
    french = sha_text(pair.french, SENTENCE_HASH)
    if french not in record.length_limited:
        return False
    machine = french + sha_text(pair.english, SENTENCE_HASH)
    return record.sentences is None or machine in record.sentences


def machine_record(
    source: Document, translation: Document, lang: str, limited: Iterable[str] = ()
) -> dict[str, Any]:
    """The entries translate adds to a new translation's mapping for review: each sentence's
    hashes, and those whose decoding stopped at the length limit (`limited`: the texts the
    model was given)."""

    pairs, _ = sentence_pairs(source, translation, lang)
    record: dict[str, Any] = {}
    if len(pairs) <= MAX_RECORDED:
        record["sentences"] = " ".join(
            sha_text(p.french, SENTENCE_HASH) + sha_text(p.english, SENTENCE_HASH) for p in pairs
        )
    limited = set(limited)
    if limited:
        aliases = quote_aliases(source, lang)
        hit = {
            sha_text(pair.french, SENTENCE_HASH)
            for pair in pairs
            if unwrap_emphasis(aliases.get(pair.french, pair.french))[1] in limited
        }
        if hit:
            record["length_limited"] = sorted(hit)
    return record


def carry_accepted(previous: Document | None, source: Document, new: Document, lang: str) -> list:
    """The acceptances of an older translation whose sentence the new one has unchanged."""
    if previous is None:
        return []
    try:
        accepted = read_record(previous).accepted
    except VisavisError:
        return []
    pairs, _ = sentence_pairs(source, new, lang)
    current = {pair_sha(pair.french, pair.english) for pair in pairs}
    return [dict(entry) for entry in accepted if entry["sha256"] in current]


def line_numbers(translation: Document) -> dict[tuple, int]:
    """The file line of each field and body line of a translation, keyed like `Pair.key`."""
    lines: dict[tuple, int] = {
        ("field", name): line
        for name, line in translation.meta_lines.items()
        if name in TRANSLATED_FIELDS
    }
    if translation.path is None:
        return lines
    from ..frontmatter import split_front_matter

    try:
        text = translation.path.read_text(encoding="utf-8").removeprefix("\ufeff")
        _, body, first = split_front_matter(text, translation.path)
    except (OSError, UnicodeDecodeError, VisavisError):
        return lines
    for index, numbers in enumerate(body_line_numbers(body, first)):
        for position, number in enumerate(numbers):
            lines[("body", index, position)] = number
    return lines


def body_line_numbers(body: str, first_line: int) -> list[list[int]]:
    """For each block `parse_body` reads from `body`, the file line of each of its lines."""
    chunks: list[list[tuple[int, str]]] = [[]]
    for number, raw in enumerate(body.replace("\r\n", "\n").split("\n"), start=first_line):
        if raw.strip():
            chunks[-1].append((number, raw.strip()))
        elif chunks[-1]:
            chunks.append([])
    numbers: list[list[int]] = []
    for chunk in chunks:
        if chunk:
            numbers.extend(_chunk_line_numbers(chunk))
    return numbers


def _chunk_line_numbers(chunk: list[tuple[int, str]]) -> list[list[int]]:
    """Walk the blocks `parse_body` makes of one chunk, consuming the chunk's lines."""
    blocks = parse_body("\n".join(text for _, text in chunk))
    found: list[list[int]] = []
    position = 0
    for block in blocks:
        if block.kind != "quote":
            count = 1 if block.kind == "subhead" else len(block.lines)
            found.append([number for number, _ in chunk[position : position + count]])
            position += count
            continue
        run = []
        while position < len(chunk) and chunk[position][1].startswith(">"):
            run.append(chunk[position])
            position += 1
        content = [number for number, text in run if text[1:].strip()]
        found.append(content[: len(block.lines)])
    return found
