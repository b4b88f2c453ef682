"""Run the stages in order under the project's build lock, and load articles for rendering."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .config import Config
from .errors import BuildLockedError, VisavisError
from .model import StageReport

log = logging.getLogger(__name__)

STAGES = ("ingest", "translate", "render")


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked for on the command line."""

    force: bool = False
    use_memory: bool = True


@contextmanager
def build_lock(config: Config) -> Iterator[None]:
    """Hold the project's lock for the whole build; a second build stops with a clear error."""
    from filelock import FileLock, Timeout

    cache = config.folder("cache_dir")
    cache.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(cache / "build.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise BuildLockedError(
            "another visavis build is running in this project",
            cache / "build.lock",
            hint="wait for it to finish, then build again",
        ) from None
    try:
        yield
    finally:
        lock.release()


def run_stages(
    config: Config,
    stages: tuple[str, ...],
    options: BuildOptions,
    on_report: Callable[[StageReport], None] = lambda report: None,
) -> list[StageReport]:
    """Run the named stages in pipeline order; a stage-wide error stops the run."""
    reports = []
    with build_lock(config):
        for stage in STAGES:
            if stage in stages:
                report = _run_stage(stage, config, options)
                reports.append(report)
                on_report(report)
    return reports


def _run_stage(stage: str, config: Config, options: BuildOptions) -> StageReport:
    if stage == "ingest":
        from .ingest import run_ingest

        return run_ingest(config, force=options.force)
    if stage == "translate":
        from .translate import run_translate

        return run_translate(config, force=options.force, use_memory=options.use_memory)
    return run_render(config, force=options.force)


def run_render(config: Config, force: bool = False) -> StageReport:
    """Load every article with its translation state, then render the site."""
    from .render import render_site

    pairs, errors = load_articles(config)
    report = render_site(config, pairs, force=force)
    report.errors[:0] = errors
    return report


def load_articles(config: Config) -> tuple[list, list[VisavisError]]:
    """Every readable article paired with its translation (or None) and its state."""
    from .align import ArticlePair
    from .content import find_content, load_source, load_translation
    from .status import translation_state

    files = find_content(config)
    errors: list[VisavisError] = list(files.errors)
    pairs = []
    for slug, path in sorted(files.sources.items()):
        try:
            source = load_source(path, config)
            target = files.translations.get(slug)
            translation = load_translation(target, config) if target else None
        except VisavisError as error:
            errors.append(error)
            continue
        state = translation_state(source, translation)
        pairs.append(ArticlePair(source, translation, edited=state.protected, stale=state.stale))
    return pairs, errors
