"""The units of a translate run (fields and sentences) translated through the memory: known
ones looked up (each under its key: the model's and the glossary entries that apply), only
the unknown ones sent to the engine, and each batch saved as it comes."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from .config import Config
from .errors import TranslationError
from .memory import Translated, TranslationMemory
from .model import StageReport

if TYPE_CHECKING:
    from .argos_engine import ArgosEngine

log = logging.getLogger("visavis.translate")


def translate_units(
    units: list[str], engine: ArgosEngine, config: Config, use_memory: bool, report: StageReport
) -> dict[str, Translated]:
    """Translate units through the memory, sending only unknown ones to the model."""
    memory = TranslationMemory(config.folder("cache_dir") / "memory.sqlite") if use_memory else None
    try:
        keys = memory_keys(engine, units)
        known = lookup_units(memory, keys) if memory else {}
        if memory:
            for warning in memory.warnings:
                report.warn(warning)
        missing = [unit for unit in units if unit not in known]
        report.count("sentences translated", len(missing))
        report.count("from memory", len(units) - len(missing))
        if missing:
            log.info("translate: %d sentences to translate with %s", len(missing), engine.label)
            known.update(_translate_with_progress(engine, missing, memory, keys))
    finally:
        if memory:
            memory.close()
    return known


def memory_keys(engine: ArgosEngine, units: list[str]) -> dict[str, str]:
    """Each unit's key in the translation memory (the model's, and the glossary entries that
    apply to it)."""
    return {unit: engine.key_for(unit) for unit in units}


def lookup_units(memory: TranslationMemory, keys: dict[str, str]) -> dict[str, Translated]:
    """The units the memory knows, looked up key by key."""
    groups: dict[str, list[str]] = {}
    for unit, key in keys.items():
        groups.setdefault(key, []).append(unit)
    known: dict[str, Translated] = {}
    for key in sorted(groups):
        known.update(memory.lookup(key, groups[key]))
    return known


#: Sentences per call to the engine; each call's results are saved to the memory at once, so
#: a build interrupted after hours of translation resumes where it stopped.
CHECKPOINT_SENTENCES = 2000


def _translate_with_progress(
    engine: ArgosEngine,
    sentences: list[str],
    memory: TranslationMemory | None,
    keys: dict[str, str],
) -> dict[str, Translated]:
    from tqdm import tqdm

    fresh: dict[str, Translated] = {}
    quiet = not sys.stderr.isatty() or len(sentences) < 50
    with tqdm(total=len(sentences), unit="sent", desc="translate", disable=quiet) as bar:
        for start in range(0, len(sentences), CHECKPOINT_SENTENCES):
            chunk = sentences[start : start + CHECKPOINT_SENTENCES]
            outputs = engine.translate(chunk, progress=bar.update)
            if len(outputs) != len(chunk):
                raise TranslationError(
                    f"the engine returned {len(outputs)} translations for {len(chunk)} sentences"
                )
            done = {
                unit: _outcome(engine.outcomes.get(unit), text)
                for unit, text in zip(chunk, outputs, strict=True)
            }
            if memory:
                for key, pairs in _by_key(done, keys).items():
                    memory.store(key, pairs)
            fresh.update(done)
    return fresh


def _outcome(recorded: Translated | None, text: str) -> Translated:
    """What the engine said of a translation besides its text (its length limit, a repair),
    when that outcome is of this very text."""
    return recorded if recorded is not None and recorded.target == text else Translated(text)


def _by_key(done: dict[str, Translated], keys: dict[str, str]) -> dict[str, dict[str, Translated]]:
    groups: dict[str, dict[str, Translated]] = {}
    for unit, outcome in done.items():
        groups.setdefault(keys[unit], {})[unit] = outcome
    return groups
