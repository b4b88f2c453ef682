"""Translating the articles the translate stage collected: their distinct units, one run of
the model over those the memory lacks, and the translation files with what `build.py review`
needs recorded. Imported only when a build has something to translate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .argos_engine import ArgosEngine, open_argos_engine
from .config import Config
from .echoes import QUOTE_MARKS, quote_aliases, unwrap_emphasis
from .frontmatter import format_document, parse_document
from .glossary import Glossary
from .glossary_scan import article_glossary
from .memory import Translated
from .model import TRANSLATED_FIELDS, Block, Document, StageReport
from .review import carry_accepted, count_flags, machine_record
from .sentences import segment_block
from .status import body_digest, fields_digest, source_digest
from .unit_translation import translate_units
from .writer import write_unless_edited

if TYPE_CHECKING:
    from .state import BuildState
    from .translate import Job


def translate_jobs(
    jobs: list[Job],
    config: Config,
    glossary: Glossary,
    report: StageReport,
    use_memory: bool = True,
    open_engine: Callable[[Config, Glossary], ArgosEngine] | None = None,
    state: BuildState | None = None,
) -> None:
    """Translate the jobs' units, write each translation unless a person edited it meanwhile,
    and count what was written and flagged into `report`."""
    units = unique_units(jobs, config.source_lang)
    engine = (open_engine or open_argos_engine)(config, glossary)
    translations = translate_units(units, engine, config, use_memory, report)
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    written = []
    for job in jobs:
        if job.source.path is not None and not job.source.path.exists():
            report.warn(f"{job.source.path}: deleted during the build; not translated")
            continue
        text = build_translation(
            job.source, translations, engine, created, config, job.previous, glossary
        )
        on_write = state.record_write if state else None
        if write_unless_edited(job.target, text, job.judged_sha256, on_write=on_write) == "edited":
            report.warn(f"{job.target}: edited during the build; not overwritten")
            report.count("kept (edited)")
        else:
            report.count("articles written")
            written.append((job.source, text, job.target))
    count_flagged(written, config, report, glossary)


def count_flagged(
    written: list[tuple[Document, str, Path]],
    config: Config,
    report: StageReport,
    glossary: Glossary | None = None,
) -> None:
    """Count the sentences `build.py review` flags in the translations just written."""
    documents = [(source, parse_document(text, target)) for source, text, target in written]
    flagged = count_flags(documents, config.source_lang, glossary) if documents else 0
    if flagged:
        report.count("flagged (python build.py review)", flagged)


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


def build_translation(
    source: Document,
    translations: dict[str, Translated],
    engine: Any,
    created: str,
    config: Config,
    previous: Document | None = None,
    glossary: Glossary | None = None,
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
    applying = article_glossary(source, glossary)
    if applying:
        meta["translation"]["glossary"] = applying
    draft = Document(meta, blocks)
    meta["translation"].update(machine_record(source, draft, config.source_lang, translations))
    accepted = carry_accepted(previous, source, draft, config.source_lang)
    if accepted:
        meta["translation"]["accepted"] = accepted
    return format_document(meta, blocks)


def _translate_block(
    block: Block, translations: dict[str, Translated], aliases: dict[str, str], config: Config
) -> Block:
    units = segment_block(block.lines, block.kind, config.source_lang)
    lines = tuple(
        _lookup(translations, aliases[unit]).strip(QUOTE_MARKS)
        if unit in aliases
        else _lookup(translations, unit)
        for unit in units
    )
    return Block(block.kind, lines, block.attribution)


def _lookup(translations: dict[str, Translated], unit: str) -> str:
    """The translation of a unit, emphasis kept; an empty model output keeps the source text."""
    marker, text = unwrap_emphasis(unit)
    done = translations.get(text)
    translated = " ".join(done.target.split()) if done else ""
    translated = translated or text
    return f"{marker}{translated}{marker}"
