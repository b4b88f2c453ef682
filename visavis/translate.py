"""The translate stage: add `<slug>.<target>.md` beside each source, sentence by sentence.

Every article whose translation is missing or was made from an older source is collected
first; its sentences are looked up in the translation memory, and only the unknown ones go to
the model, all in one run of large batches. A translation a person edited or reviewed is
never rewritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Config
from .content import Article, read_articles
from .echoes import QUOTE_MARKS, quote_aliases, unwrap_emphasis
from .errors import TranslationError
from .frontmatter import format_document, parse_document
from .memory import TranslationMemory
from .model import TRANSLATED_FIELDS, Block, Document, StageReport
from .review import carry_accepted, count_flags, machine_record
from .sentences import segment_block
from .status import body_digest, fields_digest, source_digest
from .writer import write_unless_edited

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """One article to translate: its source and where the translation goes."""

    source: Document
    target: Path
    #: SHA-256 of the target's bytes when it was judged machine-made (None: no file yet).
    judged_sha256: str | None = None
    #: The translation being replaced, whose accepted flags still hold for unchanged sentences.
    previous: Document | None = None


def run_translate(
    config: Config,
    force: bool = False,
    use_memory: bool = True,
    open_engine: Callable[[Config], Any] | None = None,
) -> StageReport:
    """Translate every article that needs it; report counts, warnings and errors."""
    report = StageReport("translate", {"sentences translated": 0, "from memory": 0})
    jobs = collect_jobs(config, force, report)
    if not jobs:
        return report
    units = unique_units(jobs, config.source_lang)
    engine = (open_engine or open_argos_engine)(config)
    translations = translate_units(units, engine, config, use_memory, report)
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    written = []
    for job in jobs:
        if job.source.path is not None and not job.source.path.exists():
            report.warn(f"{job.source.path}: deleted during the build; not translated")
            continue
        text = build_translation(job.source, translations, engine, created, config, job.previous)
        if write_unless_edited(job.target, text, job.judged_sha256) == "edited":
            report.warn(f"{job.target}: edited during the build; not overwritten")
            report.count("kept (edited)")
        else:
            report.count("articles written")
            written.append((job.source, text, job.target))
    count_flagged(written, config, report)
    return report


def count_flagged(
    written: list[tuple[Document, str, Path]], config: Config, report: StageReport
) -> None:
    """Count the sentences `build.py review` flags in the translations just written."""
    documents = [(source, parse_document(text, target)) for source, text, target in written]
    flagged = count_flags(documents, config.source_lang) if documents else 0
    if flagged:
        report.count("flagged (python build.py review)", flagged)


def collect_jobs(config: Config, force: bool, report: StageReport) -> list[Job]:
    """Read every source and translation; return the articles the machine should translate."""
    articles, errors = read_articles(config)
    report.errors.extend(errors)
    jobs = []
    for article in articles:
        state = article.state
        if state.stale:
            report.warn(
                f"{article.target}: translation was edited by hand and its source changed "
                "since; kept as it is, but it may be outdated"
            )
            report.count("stale")
        if state.protected:
            report.count("kept (edited)")
        elif state.needs_translation or force:
            jobs.append(
                Job(article.source, article.target, judged_hash(article), article.translation)
            )
        else:
            report.count("up to date")
    return jobs


def judged_hash(article: Article) -> str | None:
    """SHA-256 of the translation file as it was judged (None when there was none)."""
    if article.translation is None:
        return None
    if article.translation.file_sha256:
        return article.translation.file_sha256
    try:
        return hashlib.sha256(article.target.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def unique_units(jobs: Iterable[Job], lang: str) -> list[str]:
    """Every distinct text to translate (fields and sentences), in first-seen order."""
    seen: dict[str, None] = {}
    for job in jobs:
        for name in TRANSLATED_FIELDS:
            value = job.source.meta.get(name)
            if value:
                seen.setdefault(" ".join(str(value).split()), None)
        aliases = quote_aliases(job.source, lang)
        for block in job.source.blocks:
            for unit in segment_block(block.lines, block.kind, lang):
                seen.setdefault(unwrap_emphasis(aliases.get(unit, unit))[1], None)
    return list(seen)


def translate_units(
    units: list[str], engine: Any, config: Config, use_memory: bool, report: StageReport
) -> dict[str, str]:
    """Translate units through the memory, sending only unknown ones to the model."""
    memory = TranslationMemory(config.folder("cache_dir") / "memory.sqlite") if use_memory else None
    try:
        known = memory.lookup(engine.memory_key, units) if memory else {}
        if memory:
            for warning in memory.warnings:
                report.warn(warning)
        missing = [unit for unit in units if unit not in known]
        report.count("sentences translated", len(missing))
        report.count("from memory", len(units) - len(missing))
        if missing:
            log.info("translate: %d sentences to translate with %s", len(missing), engine.label)
            known.update(_translate_with_progress(engine, missing, memory))
    finally:
        if memory:
            memory.close()
    return known


#: Sentences per call to the engine; each call's results are saved to the memory at once, so
#: a build interrupted after hours of translation resumes where it stopped.
CHECKPOINT_SENTENCES = 2000


def _translate_with_progress(
    engine: Any, sentences: list[str], memory: TranslationMemory | None
) -> dict[str, str]:
    from tqdm import tqdm

    fresh: dict[str, str] = {}
    quiet = not sys.stderr.isatty() or len(sentences) < 50
    with tqdm(total=len(sentences), unit="sent", desc="translate", disable=quiet) as bar:
        for start in range(0, len(sentences), CHECKPOINT_SENTENCES):
            chunk = sentences[start : start + CHECKPOINT_SENTENCES]
            outputs = engine.translate(chunk, progress=bar.update)
            if len(outputs) != len(chunk):
                raise TranslationError(
                    f"the engine returned {len(outputs)} translations for {len(chunk)} sentences"
                )
            done = dict(zip(chunk, outputs, strict=True))
            if memory:
                memory.store(engine.memory_key, done)
            fresh.update(done)
    return fresh


def build_translation(
    source: Document,
    translations: dict[str, str],
    engine: Any,
    created: str,
    config: Config,
    previous: Document | None = None,
) -> str:
    """The text of a translation file for `source`, from translated units, with what
    `build.py review` needs recorded (and the acceptances of `previous` that still hold)."""
    aliases = quote_aliases(source, config.source_lang)
    blocks = tuple(
        _translate_block(block, translations, aliases, config) for block in source.blocks
    )
    meta: dict[str, Any] = {}
    for name in TRANSLATED_FIELDS:
        value = source.meta.get(name)
        if value:
            meta[name] = _lookup(translations, " ".join(str(value).split()))
    meta["lang"] = config.target_lang
    meta["translation_of"] = source.path.name if source.path else f"{source.slug}.md"
    meta["translation"] = {
        "engine": "Argos Translate",
        "engine_version": engine.engine_version,
        "model": engine.code,
        "model_version": engine.version,
        "created": created,
        "source_sha256": source_digest(source),
        "body_sha256": body_digest(blocks),
        "fields_sha256": fields_digest(meta),
        "reviewed": False,
    }
    draft = Document(meta, blocks)
    limited = getattr(engine, "length_limited", ())
    meta["translation"].update(machine_record(source, draft, config.source_lang, limited))
    accepted = carry_accepted(previous, source, draft, config.source_lang)
    if accepted:
        meta["translation"]["accepted"] = accepted
    return format_document(meta, blocks)


def _translate_block(
    block: Block, translations: dict[str, str], aliases: dict[str, str], config: Config
) -> Block:
    units = segment_block(block.lines, block.kind, config.source_lang)
    lines = tuple(
        _lookup(translations, aliases[unit]).strip(QUOTE_MARKS)
        if unit in aliases
        else _lookup(translations, unit)
        for unit in units
    )
    return Block(block.kind, lines, block.attribution)


def _lookup(translations: dict[str, str], unit: str) -> str:
    """The translation of a unit, emphasis kept; an empty model output keeps the source text."""
    marker, text = unwrap_emphasis(unit)
    translated = " ".join(translations.get(text, "").split()) or text
    return f"{marker}{translated}{marker}"


class ArgosEngine:
    """The installed Argos model for the configured pair, loaded on first translate call."""

    def __init__(self, config: Config) -> None:
        from . import engine

        self._engine = engine
        self.config = config
        self.model = engine.ensure_model(
            config.source_lang,
            config.target_lang,
            float(config.index_timeout),
            str(config.model_package),
        )
        self.code = self.model.code
        self.version = self.model.version
        self.label = self.model.label
        self.memory_key = engine.model_fingerprint(self.model)
        self.engine_version = engine.engine_version()
        self.length_limited: set[str] = set()
        self._translator: Any = None

    def translate(
        self, sentences: list[str], progress: Callable[[int], None] | None = None
    ) -> list[str]:
        """Load the model once, then translate; remember the sentences whose decoding stopped
        at the length limit (`length_limited`, recorded with the translation for review)."""
        if self._translator is None:
            self._translator = self._engine.Translator(self.model, int(self.config.batch_tokens))
        marked = self._translator.translate_marked(sentences, progress)
        self.length_limited.update(s for s, (_, cut) in zip(sentences, marked, strict=True) if cut)
        return [text for text, _ in marked]


def open_argos_engine(config: Config) -> ArgosEngine:
    """Find (or install from the index) the configured model; raise a clear error if none."""
    return ArgosEngine(config)
