"""Ingest one source text: detect its layout, read it, and assemble front-matter and blocks."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..body import parse_body
from ..errors import IngestError
from ..frontmatter import format_document
from ..model import Block
from ..sentences import split_sentences
from .casing import learn_casing, repair_casing, restore_name
from .decode import decode_bytes
from .detect import APP, MARKDOWN, WEB, WEBCOPY, detect_format
from .draft import Draft
from .htmldecode import decode_html
from .interview import cue_subheads, find_questions, mark_question
from .lines import normalise_text, split_chunks
from .markdown_source import parse_markdown
from .origin import origin_path, read_origin
from .plaintext import parse_plaintext
from .pressreader_app import parse_app
from .pressreader_web import parse_web
from .slug import make_slug
from .webcopy import parse_webcopy
from .webpage import parse_webpage

log = logging.getLogger(__name__)

MAX_SOURCE_BYTES = 4 * 1024 * 1024
#: Saved pages carry scripts, styles and markup around the text: they may be larger.
MAX_PAGE_BYTES = 32 * 1024 * 1024
WEBPAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_READERS = {APP: parse_app, WEB: parse_web, WEBCOPY: parse_webcopy}


@dataclass(frozen=True)
class IngestResult:
    """A source article as content: front-matter, body blocks, doubts and recognised fields."""

    meta: dict[str, Any]
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()

    def to_markdown(self) -> str:
        """The text of the content file `<slug>.<lang>.md`."""
        return format_document(self.meta, self.blocks)


def ingest_file(path: Path, lang: str = "fr") -> IngestResult:
    """Read, decode and ingest one seed file; every failure is an IngestError naming it."""
    webpage = path.suffix.lower() in WEBPAGE_SUFFIXES
    data = _read_seed(path, MAX_PAGE_BYTES if webpage else MAX_SOURCE_BYTES)
    if webpage:
        origin = read_origin(path)
        result = ingest_page(
            data, str(path), lang, url=origin.final_url or origin.url, http_charset=origin.charset
        )
        return with_slug(result, origin.slug, origin_path(path)) if origin.slug else result
    decoded = decode_bytes(data, path)
    result = ingest_text(decoded.text, str(path), lang, sha256=hashlib.sha256(data).hexdigest())
    warnings = (*decoded.warnings, *result.warnings)
    return IngestResult(result.meta, result.blocks, warnings, result.fields)


def with_slug(result: IngestResult, slug: str, origin: Path) -> IngestResult:
    """The result under the slug its seed's origin file records (`add` chose it)."""
    if make_slug(slug) != slug:
        raise IngestError(f"'slug' {slug!r} is not a slug", origin, hint="like 'le-titre-2'")
    meta = {**result.meta, "slug": slug, "source": dict(result.meta["source"])}
    meta["source"]["ingested_sha256"] = content_hash(meta, result.blocks)
    return IngestResult(meta, result.blocks, result.warnings, result.fields)


def _read_seed(path: Path, limit: int) -> bytes:
    """A seed's bytes: a regular file no larger than `limit` (never a FIFO or a device)."""
    try:
        if not path.is_file():
            raise IngestError("not a regular file", path)
        if path.stat().st_size > limit:
            raise IngestError(f"file is larger than {limit // 2**20} MB", path)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise IngestError("cannot read file", path, reasons=[str(error)]) from error
    if len(data) > limit:
        raise IngestError(f"file is larger than {limit // 2**20} MB", path)
    return data


def ingest_page(
    data: bytes,
    source_name: str,
    lang: str = "fr",
    *,
    url: str | None = None,
    http_charset: str | None = None,
) -> IngestResult:
    """Ingest the bytes of a saved web page (`url` and `http_charset` as fetched, if known)."""
    decoded = decode_html(data, source_name, http_charset)
    digest = hashlib.sha256(data).hexdigest()
    try:
        draft = parse_webpage(decoded.text, source_name, url)
        result = assemble(draft, source_name, lang, digest)
    except IngestError:
        raise
    except Exception as error:  # a bug must still name the file, never escape as a traceback
        raise unexpected_failure(error, source_name) from error
    warnings = (*decoded.warnings, *result.warnings)
    return IngestResult(result.meta, result.blocks, warnings, result.fields)


def unexpected_failure(error: Exception, source_name: str) -> IngestError:
    """A bug met while ingesting a file, reported as an error naming the file."""
    log.debug("ingest failed on %s", source_name, exc_info=error)
    return IngestError(
        f"ingest failed unexpectedly: {type(error).__name__}: {error}",
        source_name,
        hint="please report this with the file",
    )


def ingest_text(
    text: str, source_name: str, lang: str = "fr", *, sha256: str | None = None
) -> IngestResult:
    """Turn the text of a source article into front-matter and blocks (pure)."""
    try:
        return _ingest(text, source_name, lang, sha256)
    except IngestError:
        raise
    except Exception as error:  # a bug must still name the file, never escape as a traceback
        raise unexpected_failure(error, source_name) from error


def _ingest(text: str, source_name: str, lang: str, sha256: str | None) -> IngestResult:
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    text = normalise_text(text, source_name)
    chunks = split_chunks(text)
    if not chunks:
        raise IngestError("file is empty (no text in it)", source_name)
    layout = detect_format(text, source_name, chunks)
    if layout == MARKDOWN:
        draft = parse_markdown(text, source_name, lang)
    elif layout in (APP, WEB):  # PressReader never wraps a paragraph: every line is a block
        draft = _READERS[layout]([(line,) for chunk in chunks for line in chunk])
    elif layout in _READERS:
        draft = _READERS[layout](chunks)
    else:
        draft = parse_plaintext(chunks)
        draft.warn("unknown layout: read as plain text (first line headline, then paragraphs)")
    return assemble(draft, source_name, lang, digest)


def assemble(draft: Draft, source_name: str, lang: str, digest: str) -> IngestResult:
    """Split sentences, repair casing, build the slug and the ordered front-matter."""
    # a block left without text (a list whose one item was an icon, `▶`) says nothing, and
    # Markdown could not write it; an attribution it carried is named in a warning
    written = []
    for block in draft.blocks:
        if any(line.strip() for line in block.lines):
            written.append(block)
        elif block.attribution:
            draft.warn(f"a quotation without its text was dropped: «{block.attribution}»")
    draft.blocks = written
    if not any(block.kind in ("paragraph", "quote", "list") for block in draft.blocks):
        raise IngestError("no article text found", source_name, hint="is this an article?")
    name = Path(source_name).name
    text = " ".join(line for b in draft.blocks for line in b.lines)
    known = {} if draft.format == "webpage" else learn_casing(text)  # a page is cased already
    title = repair_casing(draft.title, known) if draft.title else None
    if not title:
        title = Path(name).stem
        draft.warn(f"no headline found: the title is the file name {title!r}")
    questions = set()
    if draft.format != "markdown":
        questions = find_questions(draft.blocks, draft)
        draft.blocks, questions = cue_subheads(draft.blocks, questions)
    blocks = tuple(
        mark_question(block, lang, draft) if index in questions else block
        for index, block in enumerate(_split_block(b, known, lang) for b in draft.blocks)
    )
    meta = _front_matter(draft, title, known, lang)
    meta["source"] = {"file": name, "sha256": digest, "format": draft.format}
    if draft.source_url:
        meta["source"]["url"] = draft.source_url
    meta["source"]["ingested_sha256"] = content_hash(meta, blocks)
    warnings = tuple(f"{name}: {warning}" for warning in draft.warnings)
    result = IngestResult(meta, blocks, warnings, _fields(meta, draft))
    check_round_trip(result, source_name)
    return result


def _front_matter(draft: Draft, title: str, known: dict[str, str], lang: str) -> dict[str, Any]:
    slug = make_slug(title) or make_slug(draft.publication or "") or "article"
    meta: dict[str, Any] = {"title": title, "slug": slug, "lang": lang}
    meta["publication"] = draft.publication
    meta["section"] = draft.section
    standfirst = draft.standfirst
    meta["standfirst"] = repair_casing(standfirst, known) if standfirst else None
    if draft.genre:
        meta["genre"] = draft.genre
    meta["author"] = draft.author
    if draft.agency:
        meta["agency"] = draft.agency
    if draft.author_handle:
        meta["author_handle"] = draft.author_handle
    if draft.country:
        meta["country"] = draft.country
    meta.update(draft.extra)
    meta["date"] = draft.date
    return meta


def _split_block(block: Block, known: dict[str, str], lang: str) -> Block:
    lines = tuple(repair_casing(line, known) for line in block.lines)
    if block.kind in ("paragraph", "quote"):
        lines = tuple(s for line in lines for s in split_sentences(line, lang))
    attribution = restore_name(block.attribution, known) if block.attribution else None
    return Block(block.kind, lines, attribution)


def _fields(meta: dict[str, Any], draft: Draft) -> tuple[str, ...]:
    names = [key for key, value in meta.items() if value and key not in ("slug", "lang", "source")]
    if draft.author_network:
        names.append(f"author_network:{draft.author_network}")
    names.append(f"format:{draft.format}")
    return tuple(names)


def content_hash(meta: dict[str, Any], blocks: tuple[Block, ...] | list[Block]) -> str:
    """Hash of front-matter (without this hash) and blocks, to notice hand edits later."""
    plain = {key: value for key, value in meta.items() if key != "source"}
    source = {k: v for k, v in (meta.get("source") or {}).items() if k != "ingested_sha256"}
    payload = [plain, source, [asdict(block) for block in blocks]]
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_round_trip(result: IngestResult, source_name: str) -> None:
    """Refuse output that would not read back as the same blocks."""
    body = result.to_markdown().split("\n---\n", 1)[1]
    if parse_body(body) != result.blocks:
        raise IngestError("the generated Markdown does not read back the same", source_name)
