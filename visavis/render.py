"""The render stage: plan the site, render only what changed, write it, remove what is gone.

The build state (`state`) maps every output file to a digest of its inputs (what the page
shows, the layouts, the config and the renderer's own code) and to its size and mtime as
written. A page whose digest is unchanged and whose file is still as it was left is not
rendered again; a file the state lists but no page produces any more (a deleted article) is
removed. Files visavis never wrote are left alone. Pages and static files change together, in
one transaction: every file is staged beside its target, then all are put in place, then the
state and the output list are written.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from . import writer
from .codeversion import code_version
from .config import Config
from .errors import RenderError, VisavisError
from .layouts import compile_layouts, layout_cache_name, make_environment, render_page
from .links import allowed_roots, walk_files
from .model import StageReport
from .pages import Page, plan_site
from .parallel import map_forked, worker_count
from .state import BuildState, open_state, save_outputs, save_state, stat_key
from .writer import remove_temp_files, safe_join, write_if_changed

if TYPE_CHECKING:
    from .content import Article

__all__ = ["render_site"]

log = logging.getLogger(__name__)

#: In the output folder: the files visavis wrote there, so that whatever happens to the cache
#: (deleted, or last written by `serve` for its own folder) what an earlier build published
#: and no article produces any more is still known as ours and removed. Files visavis never
#: wrote (a CNAME put there by hand) are never touched.
OUTPUT_LIST = writer.OUTPUT_LIST
STATIC_FOLDER = "static"
#: Files in `layouts/root-files/` are published at the site's root (`CNAME`, a host's verification
#: file, `favicon.ico`), like those of `static/` under `static/`.
ROOT_FOLDER = "root-files"


def render_site(
    config: Config,
    articles: list[Article],
    force: bool = False,
    keep_missing: bool = False,
    for_disk: bool = False,
    state: BuildState | None = None,
) -> StageReport:
    """Render the site for these articles into the output folder; return the stage's counts.

    `keep_missing` keeps the pages of articles that are absent this time (because they failed
    to load) instead of removing them: a typo must not unpublish an article. `for_disk` makes
    links name `index.html`, for a site opened from disk (see `urls`). Without a build
    `state`, the stage opens the output folder's own and saves it.
    """
    if state is not None:
        return _render(config, articles, state, force, keep_missing, for_disk)
    with open_state(config) as own:
        own.snapshot = ""  # only a full build vouches for its inputs (see `pipeline`)
        report = _render(config, articles, own, force, keep_missing, for_disk)
        save_state(own)
    return report


def _render(
    config: Config,
    articles: list[Article],
    state: BuildState,
    force: bool,
    keep_missing: bool,
    for_disk: bool,
) -> StageReport:
    report = StageReport("render")
    layouts = config.folder("layouts_dir")
    output = config.folder("output_dir")
    cache = config.folder("cache_dir")
    if output.exists() and not output.is_dir():
        raise RenderError(
            "the output folder is a file, not a folder",
            output,
            hint="remove it, or set 'output_dir' to another folder",
        )
    roots = allowed_roots(config.root, layouts)
    environment = make_environment(layouts, cache / layout_cache_name(), roots)
    plan = plan_site(config.values, articles, for_disk, state.documents)
    layout_files = walk_files(layouts, roots, report.warnings)
    base = build_digest(config, layouts, layout_files, plan.site_key)
    recorded, recorded_warnings = dict(state.outputs), state.page_warnings
    previous = {} if force else recorded
    static = read_static(layouts, layout_files)
    outputs, stats, todo, files = _changed_outputs(plan.pages, static, base, previous, output)
    if keep_missing:
        for path, (digest, stat) in recorded.items():
            if path not in outputs:
                outputs[path], stats[path] = digest, stat
    if state.writing or not recorded:  # a render was killed while writing, or never ran
        remove_temp_files(output, recursive=True)
    remove_temp_files(cache)
    staged = write_outputs(environment, state, todo, files, layouts, output, stats)
    changed = sum(1 for temp, _, _ in staged if temp is not None)
    report.count("pages written", changed)
    report.count("pages unchanged", len(outputs) - changed)
    published = read_output_list(output)
    report.count("files removed", remove_stale(output, {**published, **recorded}, outputs))
    write_output_list(output, outputs)
    state.listed = stat_key(str(output / OUTPUT_LIST))
    fresh = {page.path: warnings for page, (_, _, warnings) in zip(todo, staged, strict=False)}
    page_warnings = {
        path: warnings
        for path, warnings in {**recorded_warnings, **fresh}.items()
        if path in outputs and warnings
    }
    state.outputs = {path: (digest, stats[path]) for path, digest in outputs.items()}
    state.page_warnings = page_warnings
    state.writing = False
    for warning in [*plan.warnings, *(w for _, ws in sorted(page_warnings.items()) for w in ws)]:
        report.warn(warning)  # logged once by the caller, with the stage summary
    pending_count = sum(1 for pair in articles if pair.translation is None)
    if pending_count:
        report.count("translations pending", pending_count)
    return report


def write_outputs(
    environment: jinja2.Environment,
    state: BuildState,
    todo: list[Page],
    files: list[tuple[str, bytes]],
    layouts: Path,
    output: Path,
    stats: dict[str, str],
) -> list[Staged]:
    """The output transaction: mark the files about to change in the saved state, stage
    every page and static file beside its target, then put them all in place, noting each
    new file's stat in `stats`. A failure before the renames leaves the site as it was."""
    about_to_change = [*(page.path for page in todo), *(path for path, _ in files)]
    if about_to_change:
        _forget_pending(state, dict(state.outputs), about_to_change)
    staged = render_pages(environment, todo, layouts, output)
    try:
        staged += stage_files(files, output)
    except BaseException:
        discard(staged)
        raise
    refuse_blocked_targets(staged, output)
    for (temp, target, _), path in zip(staged, about_to_change, strict=True):
        if temp is not None:
            writer.commit_write(temp, target)
            stats[path] = stat_key(str(target))
    return staged


def _forget_pending(
    state: BuildState, recorded: dict[str, tuple[str, str]], about_to_change: list[str]
) -> None:
    """Before writing, save the state with the digests of the files about to change blanked
    and the new ones listed, marked as writing.

    A build that fails or is killed while rendering or writing then leaves no entry that
    vouches for a file it may have half-updated, so the next build writes those files again
    whatever its inputs are; every one is still known as ours, so a file that is gone by then
    is removed, and the next render sweeps the temporary files this one may leave.
    """
    pending = dict.fromkeys(about_to_change, ("", ""))
    state.outputs = {**pending, **{k: v for k, v in recorded.items() if k not in pending}}
    state.writing = True
    save_outputs(state)


def refuse_blocked_targets(staged: list[Staged], output: Path) -> None:
    """Before any page is put in place: a folder where a page belongs is an error naming it
    (and the rendered pages are discarded), so the site never changes halfway."""
    for temp, target, _ in staged:
        if temp is not None and target.is_dir():
            for other, _, _ in staged:
                if other is not None:
                    Path(other).unlink(missing_ok=True)
            name = target.relative_to(output).as_posix()
            raise RenderError(f"cannot write {name}: Is a directory", target)


def read_output_list(output: Path) -> dict[str, str]:
    """The files an earlier render wrote in the output folder (as {path: ""}); nothing when
    the list is missing or damaged (then only the cache's manifest says what is ours)."""
    try:
        listed = json.loads((output / OUTPUT_LIST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(listed, list):
        return {}
    return {item: "" for item in listed if isinstance(item, str) and item != OUTPUT_LIST}


def write_output_list(output: Path, outputs: dict[str, str]) -> None:
    """Record in the output folder the files this render made there."""
    text = json.dumps(sorted(outputs), ensure_ascii=False, indent=0) + "\n"
    write_if_changed(output / OUTPUT_LIST, text, durable=False)


def build_digest(config: Config, layouts: Path, files: list[Path], site_key: str = "") -> str:
    """Digest of everything every page depends on: config, the settings layouts see (their
    digest `site_key`, which covers the render options), layouts (`files`, listed by
    `links.walk_files`) and the renderer's code."""
    digest = hashlib.sha256()
    digest.update(config.digest.encode("utf-8"))
    digest.update(site_key.encode("ascii"))
    digest.update(json.dumps(config.values, sort_keys=True, default=str).encode("utf-8"))
    for path in files:
        digest.update(path.relative_to(layouts).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update(code_version().encode("ascii"))
    return digest.hexdigest()


def read_static(layouts: Path, layout_files: list[Path]) -> list[tuple[str, bytes, str]]:
    """The static assets to copy (path in the output, bytes, digest), plus `.nojekyll`."""
    folder = layouts / STATIC_FOLDER
    files: list[tuple[str, bytes, str]] = [(".nojekyll", b"", hashlib.sha256(b"").hexdigest())]
    root = layouts / ROOT_FOLDER
    for path in layout_files:
        if path.is_relative_to(folder):
            relative = f"{STATIC_FOLDER}/{path.relative_to(folder).as_posix()}"
        elif path.is_relative_to(root):
            relative = path.relative_to(root).as_posix()
        else:
            continue
        data = path.read_bytes()
        files.append((relative, data, hashlib.sha256(data).hexdigest()))
    return files


def remove_stale(output: Path, previous: dict[str, str], outputs: dict[str, str]) -> int:
    """Delete files an earlier build wrote that no page produces now; return how many."""
    removed = 0
    for relative in sorted(set(previous) - set(outputs)):
        try:
            target = safe_join(output, relative)
        except RenderError:  # a damaged list naming a path outside the output folder
            log.warning("%s: not removed: %r is not a file of this site", output, relative)
            continue
        if target.is_file():
            target.unlink()
            removed += 1
            log.info("removed %s", relative)
        _remove_empty_parents(target.parent, output.resolve())
    return removed


def _changed_outputs(
    pages: list[Page],
    static: list[tuple[str, bytes, str]],
    base: str,
    previous: dict[str, tuple[str, str]],
    output: Path,
) -> tuple[dict[str, str], dict[str, str], list[Page], list[tuple[str, bytes]]]:
    """Every output's digest and current stat, then the pages and the static files to write:
    those whose digest changed, or whose file is missing or not as this build left it."""
    outputs: dict[str, str] = {}
    stats: dict[str, str] = {}
    todo: list[Page] = []
    files: list[tuple[str, bytes]] = []
    root = os.path.join(output, "")
    digested = [
        (page.path, hashlib.sha256(f"{base}\0{page.fingerprint}".encode()).hexdigest(), page)
        for page in pages
    ]
    for path, digest, item in [*digested, *((path, digest, data) for path, data, digest in static)]:
        if path in outputs:
            raise RenderError(f"two pages want the same output file: {path}")
        outputs[path], stats[path] = digest, stat_key(root + path)
        if previous.get(path) != (digest, stats[path]):
            if isinstance(item, Page):
                todo.append(item)
            else:
                files.append((path, item))
    return outputs, stats, todo, files


def stage_files(files: list[tuple[str, bytes]], output: Path) -> list[Staged]:
    """Write static files to temporaries beside their targets, like pages (`render_pages`)."""
    staged: list[Staged] = []
    known_folders: dict[str, str] = {}
    try:
        for path, data in files:
            staged.append((*_stage_file(output, path, data, known_folders), []))
    except BaseException:
        discard(staged)
        raise
    return staged


def discard(staged: list[Staged]) -> None:
    """Remove the temporaries of staged files (a failed build leaves the site as it was)."""
    for temp, _, _ in staged:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)


def _stage_file(
    output: Path, path: str, data: str | bytes, known_folders: dict[str, str]
) -> tuple[str | None, Path]:
    """Write one output file's new content to a temporary beside it (None: unchanged); return
    it with the target."""
    target = safe_join(output, path, known_folders)
    try:
        return writer.prepare_write(target, data), target
    except OSError as error:
        raise RenderError(f"cannot write {path}: {error.strerror}", target) from error


#: Below this many pages, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 200
Staged = tuple[str | None, Path, list[str]]


def render_pages(
    environment: jinja2.Environment,
    pages: list[Page],
    layouts: Path,
    output: Path,
) -> list[Staged]:
    """Render pages and write each to a temporary file beside its target; return for each the
    temporary (None when the page is unchanged), the target and its alignment warnings.

    Nothing is put in place here: when one page fails, the temporaries are removed and the
    site is left as it was. On every core when there are many pages: forked workers share
    the plan, and align, render and write their pages themselves.
    """
    results: list[Staged | VisavisErrorData] = []
    known_folders: dict[str, str] = {}  # see writer.safe_join
    try:
        with _progress(len(pages)) as tick:
            if len(pages) < PARALLEL_THRESHOLD or worker_count() < 2:
                for page in pages:
                    staged = _stage_page(environment, page, layouts, output, known_folders)
                    results.append(tick(staged))
            else:
                compile_layouts(environment)  # once, before the workers fork

                def stage(index: int) -> Staged | VisavisErrorData:
                    return _stage_quietly(environment, pages[index], layouts, output, known_folders)

                for result in map_forked(stage, len(pages), 16):
                    results.append(tick(result))
        for result in results:
            if isinstance(result, VisavisErrorData):
                raise RenderError(*result)
    except BaseException:
        for result in results:
            if not isinstance(result, VisavisErrorData):
                discard([result])
        raise
    return results  # type: ignore[return-value]


def _stage_page(
    environment: jinja2.Environment,
    page: Page,
    layouts: Path,
    output: Path,
    known_folders: dict[str, str],
) -> Staged:
    """Render one page into a temporary file beside its target (see `render_pages`). Its
    context (an article's aligned and rendered rows) is made once here and freed once the
    page is written."""
    context = page.context
    text = render_page(environment, page, layouts, context)
    temp, target = _stage_file(output, page.path, text, known_folders)
    bitext = context.get("bitext")
    return temp, target, list(bitext.warnings) if bitext is not None else []


class VisavisErrorData(tuple):
    """A worker's error as plain data: (message, path, line, hint)."""


@contextmanager
def _progress(total: int) -> Iterator[Callable[[Any], Any]]:
    """A progress bar on a terminal for long renders (yields a pass-through that advances
    it); silent otherwise."""
    if total < PARALLEL_THRESHOLD or not sys.stderr.isatty():
        yield lambda value: value
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="page", desc="render", leave=False) as bar:

        def tick(value: Any) -> Any:
            bar.update(1)
            return value

        yield tick


def _stage_quietly(
    environment: jinja2.Environment,
    page: Page,
    layouts: Path,
    output: Path,
    known_folders: dict[str, str],
) -> Staged | VisavisErrorData:
    """Worker: `_stage_page`, with errors coming back as plain data."""
    try:
        return _stage_page(environment, page, layouts, output, known_folders)
    except VisavisError as error:
        path = str(error.path) if error.path is not None else None
        return VisavisErrorData((error.message, path, error.line, error.hint))


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder.resolve() != root and folder.resolve().is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
