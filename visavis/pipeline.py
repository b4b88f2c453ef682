"""Run the stages in order under the project's build lock, and load articles for rendering."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .doccache import DocumentCache
from .errors import BuildLockedError, ConfigError, VisavisError
from .glossary_load import glossary_file_entry
from .model import StageReport
from .parallel import collector_paused
from .state import (
    BuildState,
    open_state,
    outputs_intact,
    save_state,
    scan_files,
    snapshot_digest,
)
from .writer import remove_temp_files

log = logging.getLogger(__name__)

STAGES = ("ingest", "translate", "render")


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked for on the command line."""

    force: bool = False
    use_memory: bool = True
    #: Render links that name `index.html`, for a site opened from disk.
    for_disk: bool = False


@contextmanager
def build_lock(config: Config) -> Iterator[None]:
    """Hold the project's lock for the whole build; a second build stops with a clear error."""
    from filelock import FileLock, Timeout

    cache = config.folder("cache_dir")
    lock = FileLock(str(cache / "build.lock"))
    try:
        cache.mkdir(parents=True, exist_ok=True)
        lock.acquire(timeout=0)
    except Timeout:
        raise BuildLockedError(
            "another visavis build is running in this project",
            cache / "build.lock",
            hint="wait for it to finish, then build again",
        ) from None
    except (FileExistsError, NotADirectoryError) as error:
        raise ConfigError(
            "the cache folder is a file, not a folder",
            cache,
            hint="remove it, or set 'cache_dir' to another folder",
            reasons=[str(error)],
        ) from error
    except OSError as error:
        raise ConfigError(
            "cannot write in the cache folder",
            cache,
            hint="check its permissions, or set 'cache_dir' to another folder",
            reasons=[str(error)],
        ) from error
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
    reports: list[StageReport] = []
    full = stages == STAGES and not options.force
    with build_lock(config), collector_paused(), open_state(config) as state:
        sweep_temp_files(config)
        state.inputs = input_entries(config, options.for_disk)
        unchanged = state.snapshot == snapshot_digest(state.inputs)
        output = config.folder("output_dir")
        if (
            full
            and unchanged
            and outputs_intact(state, output)
            and search_index_intact(config, state)
        ):
            reports = unchanged_reports(state.warnings)
            for report in reports:
                on_report(report)
            return reports
        # Only a full build that ends without errors vouches for its inputs (below): a state
        # saved before then, or by a single stage, never lets the next build skip its work.
        state.snapshot, state.warnings = "", []
        state.documents = DocumentCache(state.database, state.input_stat)
        try:
            for stage in STAGES:
                if stage in stages:
                    report = _run_stage(stage, config, options, state)
                    reports.append(report)
                    on_report(report)
                    if stage == "render":
                        reports.append(index_search(config, state, options, on_report))
        except VisavisError:
            save_state(state)  # what was parsed and derived holds, whatever stage failed
            raise
        if full and not any(report.errors for report in reports):
            state.warnings = [warning for report in reports for warning in report.warnings]
            # What the build leaves behind: the inputs as they were when it started, plus
            # its own writing. A file someone saved meanwhile keeps its old date in this
            # snapshot, so the next build looks at it again.
            state.snapshot = snapshot_digest(with_written(config, state))
        save_state(state)  # one transaction: documents, memos, outputs, this build's record
    return reports


def sweep_temp_files(config: Config) -> None:
    """Remove temporary files a killed build left in content/ and the cache (render sweeps
    the output folder itself)."""
    remove_temp_files(config.folder("content_dir"))
    remove_temp_files(config.folder("cache_dir"), recursive=True)


def unchanged_reports(warnings: list[str]) -> list[StageReport]:
    """What each stage would say when no input changed (warnings of the last build repeated)."""
    ingest = StageReport("ingest", note="nothing changed")
    ingest.warnings.extend(warnings)
    translate = StageReport("translate", {"sentences translated": 0, "from memory": 0})
    render = StageReport("render", {"pages written": 0}, note="nothing changed")
    return [ingest, translate, render]


def input_entries(config: Config, for_disk: bool = False) -> dict[str, str]:
    """Everything a build reads: config, seeds, content, layouts and our code, as
    {path: "size|mtime"}. Only names, sizes and dates are read: milliseconds for thousands of
    articles. (The output folder is checked apart, file by file: `state.outputs_intact`.)"""
    entries = {"config": json.dumps(config.values, sort_keys=True, default=str) + config.digest}
    entries["for_disk"] = str(for_disk)
    folders = [config.folder(key) for key in ("seeds_dir", "content_dir", "layouts_dir")]
    folders.append(Path(__file__).parent)
    for folder in folders:
        entries.update(scan_files(folder))
    entries.update(glossary_file_entry(config))
    return entries


def with_written(config: Config, state: BuildState) -> dict[str, str]:
    """The build's input snapshot, updated for the content files the build wrote, as it
    wrote them (translations, ingested articles; pages and cache files are not inputs). A
    file someone saves over them meanwhile differs from this snapshot, so the next build
    looks at it."""
    after = dict(state.inputs)
    prefix = os.path.join(config.folder("content_dir"), "")
    after.update({path: stat for path, stat in state.written.items() if path.startswith(prefix)})
    return after


def _run_stage(stage: str, config: Config, options: BuildOptions, state: BuildState) -> StageReport:
    if stage == "ingest":
        from .ingest import run_ingest

        return run_ingest(config, force=options.force, state=state)
    if stage == "translate":
        from .translate import run_translate

        return run_translate(
            config, force=options.force, use_memory=options.use_memory, state=state
        )
    return run_render(config, force=options.force, for_disk=options.for_disk, state=state)


def run_render(
    config: Config, force: bool = False, for_disk: bool = False, state: BuildState | None = None
) -> StageReport:
    """Read every article with its translation state, then render the site."""
    from .content import read_articles
    from .render import render_site

    articles, errors = read_articles(config, state)
    report = render_site(
        config, articles, force=force, keep_missing=bool(errors), for_disk=for_disk, state=state
    )
    report.errors[:0] = errors
    return report


def search_index_intact(config: Config, state: BuildState) -> bool:
    """Whether the search index is as the last build left it (see `search`)."""
    from .search import index_files_intact

    return index_files_intact(config, state)


def index_search(
    config: Config,
    state: BuildState,
    options: BuildOptions,
    on_report: Callable[[StageReport], None],
) -> StageReport:
    """Bring the site's search index up to date with the pages render wrote (see `search`)."""
    from .search import update_search_index

    report = update_search_index(config, state, force=options.force)
    on_report(report)
    return report
