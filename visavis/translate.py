"""The translate stage: add `<slug>.<target>.md` beside each source, sentence by sentence.

Every article whose translation is missing or was made from an older source is collected
first; its sentences are looked up in the translation memory, and only the unknown ones go to
the model, all in one run of large batches. A translation a person edited or reviewed is
never rewritten.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Config
from .content import Article, read_articles
from .doccache import memoized
from .glossary import Glossary
from .glossary_load import load_glossary
from .glossary_scan import GlossaryScan, recorded_glossary
from .model import Document, StageReport

__all__ = ["Job", "run_translate"]

if TYPE_CHECKING:
    from .argos_engine import ArgosEngine
    from .state import BuildState

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
    open_engine: Callable[[Config, Glossary], ArgosEngine] | None = None,
    state: BuildState | None = None,
) -> StageReport:
    """Translate every article that needs it; report counts, warnings and errors (in a build,
    reading through its `state` and telling it which translations were written)."""
    report = StageReport("translate", {"sentences translated": 0, "from memory": 0})
    glossary = load_glossary(config)
    jobs = collect_jobs(config, force, report, glossary, state)
    if jobs:
        # The model's side (engine, repair, checks, review) is loaded only when there is work:
        # a build whose translations are all up to date (an add-one's) starts without it.
        from .machine_translation import translate_jobs

        translate_jobs(jobs, config, glossary, report, use_memory, open_engine, state)
    return report


def recorded_of(article: Article, build: BuildState | None) -> tuple[str, str]:
    """The glossary its translation's record names, kept while the file is unchanged (so an
    up-to-date edition is not parsed again to learn it has no glossary)."""
    translation = article.translation
    assert translation is not None and article.target is not None
    documents = build.documents if build is not None else None
    return tuple(
        memoized(
            documents,
            "recorded glossary",
            (article.target,),
            lambda: recorded_glossary(translation),
        )
    )


def collect_jobs(
    config: Config,
    force: bool,
    report: StageReport,
    glossary: Glossary | None = None,
    build: BuildState | None = None,
) -> list[Job]:
    """Read every source and translation; return the articles the machine should translate
    (a machine translation made under other glossary entries than the article's now, too)."""
    articles, errors = read_articles(config, build)
    report.errors.extend(errors)
    scan = GlossaryScan(config.folder("cache_dir"), glossary or Glossary())
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
        elif (
            state.needs_translation
            or force
            or (
                article.translation is not None
                and scan.is_changed(article.source, recorded_of(article, build))
            )
        ):
            jobs.append(
                Job(article.source, article.target, judged_hash(article), article.translation)
            )
        else:
            report.count("up to date")
    scan.save()
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
