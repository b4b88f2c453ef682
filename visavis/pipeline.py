"""Run the stages in order under the project's build lock, and load articles for rendering."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Config
from .doccache import document_cache
from .errors import BuildLockedError, ConfigError, VisavisError
from .glossary_load import glossary_file_entry
from .model import StageReport

if TYPE_CHECKING:
    from .align import ArticlePair
from .writer import WRITTEN, WRITTEN_STATS, remove_temp_files, write_atomic

log = logging.getLogger(__name__)

STAGES = ("ingest", "translate", "render")
LAST_BUILD = "last-build.json"


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
    with build_lock(config):
        sweep_temp_files(config)
        before = {**input_entries(config), "for_disk": str(options.for_disk)} if full else {}
        previous = read_last_build(config) if full else None
        if previous is not None and previous.get("snapshot") == snapshot_digest(before):
            reports = unchanged_reports(previous.get("warnings", []))
            for report in reports:
                on_report(report)
            return reports
        written_before = len(WRITTEN)
        with document_cache(config.folder("cache_dir"), before):
            for stage in STAGES:
                if stage in stages:
                    report = _run_stage(stage, config, options)
                    reports.append(report)
                    on_report(report)
                    if stage == "render":
                        reports.append(index_search(config, options, on_report))
        if full and not any(report.errors for report in reports):
            warnings = [warning for report in reports for warning in report.warnings]
            # What the build leaves behind: the inputs as they were when it started, plus
            # its own writing. A file someone saved meanwhile keeps its old date in this
            # snapshot, so the next build looks at it again.
            after = with_written(config, before, WRITTEN[written_before:])
            save_last_build(config, snapshot_digest(after), warnings)
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


def input_entries(config: Config) -> dict[str, str]:
    """Everything a build reads: config, seeds, content, layouts and our code, as
    {path: "size|mtime"}. Only names, sizes and dates are read: milliseconds for thousands of
    articles."""
    entries = {"config": json.dumps(config.values, sort_keys=True, default=str) + config.digest}
    folders = [config.folder(key) for key in ("seeds_dir", "content_dir", "layouts_dir")]
    folders.append(Path(__file__).parent)
    for folder in folders:
        entries.update(_scan(folder))
    entries.update(output_entries(config))
    entries.update(glossary_file_entry(config))
    return entries


def output_entries(config: Config) -> dict[str, str]:
    """The output folder's files, as {"output:" + path: "size|mtime"}: a page deleted or
    replaced in it since the last build makes the next build look again."""
    output = config.folder("output_dir")
    scanned = _scan(output) if output.is_dir() else {}
    return {"output": str(output.is_dir())} | {f"output:{k}": v for k, v in scanned.items()}


def with_written(config: Config, before: dict[str, str], written: list[str]) -> dict[str, str]:
    """The snapshot `before`, updated for the input files in `written` as the build wrote
    them (a build writes translations and ingested articles into content/; pages and cache
    files are not inputs). A file someone saves over them meanwhile differs from this
    snapshot, so the next build looks at it."""
    after = dict(before)
    prefix = os.path.join(config.folder("content_dir"), "")
    for path in written:
        if path.startswith(prefix) and path in WRITTEN_STATS:
            after[path] = WRITTEN_STATS[path]
    after = {key: value for key, value in after.items() if not key.startswith("output")}
    return after | output_entries(config)


def snapshot_digest(entries: dict[str, str]) -> str:
    """One digest of a snapshot, as saved between builds (names and values joined by NUL,
    which neither a file name nor an entry can contain)."""
    joined = "\0".join(part for entry in sorted(entries.items()) for part in entry)
    return hashlib.sha256(joined.encode("utf-8", "surrogateescape")).hexdigest()


def _scan(folder: Path) -> dict[str, str]:
    entries: dict[str, str] = {}
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as items:
                for item in items:
                    if item.is_dir(follow_symlinks=False):
                        if item.name != "__pycache__":
                            stack.append(Path(item.path))
                        continue
                    stat = item.stat()
                    entries[item.path] = f"{stat.st_size}|{stat.st_mtime_ns}"
        except OSError:
            entries[str(current)] = "missing"
    return entries


def read_last_build(config: Config) -> dict | None:
    """The snapshot and warnings of the last successful full build, if any."""
    path = config.folder("cache_dir") / LAST_BUILD
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def save_last_build(config: Config, snapshot: str, warnings: list[str]) -> None:
    """Remember what a successful full build saw, so the next one can skip unchanged work."""
    data = {"snapshot": snapshot, "warnings": warnings}
    write_atomic(config.folder("cache_dir") / LAST_BUILD, json.dumps(data, indent=1) + "\n")


def index_search(
    config: Config, options: BuildOptions, on_report: Callable[[StageReport], None]
) -> StageReport:
    """Bring the site's search index up to date with the pages render wrote (see `search`)."""
    from .search import update_search_index

    report = update_search_index(config, force=options.force)
    on_report(report)
    return report


def _run_stage(stage: str, config: Config, options: BuildOptions) -> StageReport:
    if stage == "ingest":
        from .ingest import run_ingest

        return run_ingest(config, force=options.force)
    if stage == "translate":
        from .translate import run_translate

        return run_translate(config, force=options.force, use_memory=options.use_memory)
    return run_render(config, force=options.force, for_disk=options.for_disk)


def run_render(config: Config, force: bool = False, for_disk: bool = False) -> StageReport:
    """Load every article with its translation state, then render the site."""
    from .render import render_site

    pairs, errors = load_articles(config)
    report = render_site(config, pairs, force=force, keep_missing=bool(errors), for_disk=for_disk)
    report.errors[:0] = errors
    return report


def load_articles(config: Config) -> tuple[list[ArticlePair], list[VisavisError]]:
    """Every readable article paired with its translation (or None) and its state."""
    from .align import ArticlePair
    from .content import read_articles

    articles, errors = read_articles(config)
    pairs = [
        ArticlePair(a.source, a.translation, edited=a.state.protected, stale=a.state.stale)
        for a in articles
    ]
    return pairs, errors
