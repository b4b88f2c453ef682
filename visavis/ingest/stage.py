"""The ingest stage: every seed to `content/<slug>.<lang>.md`, gathered first, then written."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Config
from ..doccache import DocumentCache, memoized, prefetch, read_cached
from ..errors import IngestError, VisavisError
from ..frontmatter import read_document
from ..links import allowed_roots, describe_leaving_link, is_utf8_name, printable_path, stays_inside
from ..model import Document, StageReport
from ..writer import write_unless_edited
from .slug import MAX_SLUG_CHARS, make_slug

if TYPE_CHECKING:
    from ..state import BuildState
    from .core import IngestResult

log = logging.getLogger(__name__)

SEED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class Existing:
    """What ingest needs to know about a content file already on disk."""

    path: Path
    seed: str | None
    seed_sha256: str | None
    document: Document | None = None

    @cached_property
    def edited(self) -> bool:
        """True unless the file is exactly what ingest wrote (an unreadable file counts as
        edited, so it is never clobbered). Computed only when a seed would overwrite it."""
        if self.document is None:
            return True
        source = self.document.meta.get("source")
        recorded = source.get("ingested_sha256") if isinstance(source, dict) else None
        from .core import content_hash

        return content_hash(self.document.meta, self.document.blocks) != recorded


@dataclass(frozen=True)
class Planned:
    """One seed's outcome before anything is written."""

    seed: Path
    target: Path
    result: IngestResult


def run_ingest(
    config: Config,
    force: bool = False,
    only: list[Path] | None = None,
    state: BuildState | None = None,
) -> StageReport:
    """Ingest the seeds folder (or `only` these seeds) into the content folder (in a build,
    reading through its `state`'s document cache and telling it what was written)."""
    report = StageReport("ingest")
    seeds_dir, content_dir = config.folder("seeds_dir"), config.folder("content_dir")
    lang = config.source_lang
    seeds = list_seeds(seeds_dir, only, report, config.root)
    if not seeds:
        return report
    existing = index_content(content_dir, lang, state.documents if state else None)
    by_seed = {entry.seed: entry for entry in existing.values() if entry.seed}
    planned: list[Planned] = []
    todo = []
    for seed in seeds:
        known = by_seed.get(seed.name)
        if not force and known and known.seed_sha256 == _sha256(seed):
            report.count("unchanged")
        else:
            todo.append(seed)
    for seed, outcome in zip(todo, ingest_seeds(todo, lang), strict=True):
        if isinstance(outcome, IngestError):
            report.errors.append(outcome)
            continue
        result, found = outcome
        for warning in result.warnings:
            report.warn(warning)
        if found:
            report.warn(
                f"{seed}: written in {found}, not {lang}: skipped "
                f"(write content/<slug>.{lang}.md by hand to publish it anyway)"
            )
            report.count("skipped (language)")
            continue
        target = content_dir / f"{result.meta['slug']}.{lang}.md"
        planned.append(Planned(seed, target, result))
    planned = _drop_slug_clashes(planned, existing, report)
    for item in planned:
        _write(item, existing.get(item.target), by_seed.get(item.seed.name), report, state)
    return report


#: From this many seeds on, ingest runs on every core (forking costs more for a few).
PARALLEL_FROM = 16
Outcome = tuple["IngestResult", str | None] | IngestError


def ingest_seeds(seeds: list[Path], lang: str) -> list[Outcome]:
    """Ingest each seed: its result and the other language it is written in (if so), or the
    error; on every core when there are many."""
    from ..parallel import map_forked, worker_count

    languages = LanguageCheck(lang)
    if len(seeds) < PARALLEL_FROM or worker_count() == 1:
        return [ingest_one(seed, lang, languages) for seed in seeds]
    languages.load()  # once, before the workers fork
    return list(map_forked(lambda index: ingest_one(seeds[index], lang, languages), len(seeds), 8))


def ingest_one(seed: Path, lang: str, languages: LanguageCheck) -> Outcome:
    """One seed's outcome (never raises an IngestError: returns it)."""
    from .core import ingest_file

    try:
        result = ingest_file(seed, lang)
    except IngestError as error:
        return error
    return result, languages.foreign_language(result)


class LanguageCheck:
    """Tells a seed in another language than the edition's; loads the identifier on first use."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._identifier: object | None = None

    def load(self) -> object:
        """The identifier, loaded on first use."""
        from .language import load_identifier

        if self._identifier is None:
            self._identifier = load_identifier()
        return self._identifier

    def foreign_language(self, result: IngestResult) -> str | None:
        """The language code of an article not in the edition's language, else None."""
        from .language import guess_language, is_other_language

        text = " ".join(line for block in result.blocks for line in block.lines)
        guess = guess_language(self.load(), text)
        return guess.code if guess and is_other_language(guess, self.lang) else None


def list_seeds(
    seeds_dir: Path, only: list[Path] | None, report: StageReport, root: Path | None = None
) -> list[Path]:
    """The seed files to ingest, sorted."""
    if only is not None:
        return sorted(Path(path) for path in only)
    if not seeds_dir.is_dir():
        log.info("%s: no seeds folder, nothing to ingest", seeds_dir)
        return []
    roots = allowed_roots(root or seeds_dir, seeds_dir)
    seeds = []
    for path in sorted(seeds_dir.iterdir()):
        if path.name.startswith(".") or path.suffix.lower() not in SEED_SUFFIXES:
            continue
        if not is_utf8_name(path.name):
            report.warn(f"{printable_path(path)}: file name is not valid UTF-8: not read")
        elif path.is_symlink() and not stays_inside(path, roots):
            report.warn(describe_leaving_link(path))
        elif path.is_file():
            seeds.append(path)
    return seeds


def index_content(
    content_dir: Path, lang: str, cache: DocumentCache | None = None
) -> dict[Path, Existing]:
    """Every `*.<lang>.md` content file, with the seed it came from and whether it was edited."""
    index: dict[Path, Existing] = {}
    if not content_dir.is_dir():
        return index
    paths = sorted(content_dir.glob(f"*.{lang}.md"))
    prefetch(cache, paths, read_document)
    for path in paths:
        index[path] = read_existing(path, cache)
    return index


def read_existing(path: Path, cache: DocumentCache | None = None) -> Existing:
    """Read a content file's provenance; an unreadable file counts as edited (never clobbered)."""
    try:
        document = read_cached(cache, path, read_document)
    except VisavisError as error:
        log.debug("cannot read %s: %s", path, error)
        return Existing(path, None, None)
    provenance = memoized(cache, "provenance", (path,), lambda: _provenance(document))
    if provenance is None:
        return Existing(path, None, None)
    return Existing(path, *provenance, document)


def _provenance(document: Document) -> tuple[str | None, str | None] | None:
    """The seed file a content file was ingested from and its hash (None if not ingested)."""
    source = document.meta.get("source")
    if not isinstance(source, dict) or "ingested_sha256" not in source:
        return None
    return source.get("file"), source.get("sha256")


def _drop_slug_clashes(
    planned: list[Planned], existing: dict[Path, Existing], report: StageReport
) -> list[Planned]:
    """Give every seed its own content file: a seed whose slug another seed's article already
    holds (on disk, or earlier in this run by seed name) gets the first free `<slug>-2`,
    `<slug>-3`…, with a warning; an article keeps its file once it has one."""
    owners = {path: entry.seed for path, entry in existing.items()}
    digests = {entry.seed_sha256: entry.seed for entry in existing.values() if entry.seed}
    ordered = sorted(planned, key=lambda item: (existing.get(item.target) is None, item.seed.name))
    kept = []
    for item in ordered:
        digest = item.result.meta["source"]["sha256"]
        twin = digests.setdefault(digest, item.seed.name)
        if twin != item.seed.name:
            report.warn(f"{item.seed.name}: the same file as {twin}: not ingested twice")
            report.count("duplicates skipped")
            continue
        target, number = item.target, 1
        while owners.get(target, item.seed.name) not in (None, item.seed.name):
            number += 1
            target = item.target.with_name(_numbered(item.target.name, number))
        if target != item.target:
            report.warn(
                f"{item.seed.name}: its slug is taken by the article from "
                f"{owners[item.target]}: written as {target.name}"
            )
            from .core import with_slug

            slug = target.name.split(".")[0]
            item = Planned(item.seed, target, with_slug(item.result, slug, item.seed))
        owners[target] = item.seed.name
        kept.append(item)
    return sorted(kept, key=lambda item: item.seed.name)


def _numbered(name: str, number: int) -> str:
    """`le-titre.fr.md` → `le-titre-2.fr.md`; a slug already as long as slugs go is cut at a
    hyphen to make room for its number."""
    slug, _, rest = name.partition(".")
    suffix = f"-{number}"
    return f"{make_slug(slug, MAX_SLUG_CHARS - len(suffix))}{suffix}.{rest}"


def _write(
    item: Planned,
    target: Existing | None,
    previous: Existing | None,
    report: StageReport,
    state: BuildState | None = None,
) -> None:
    if target is not None and target.edited:
        message = f"{target.path}: edited by hand, not overwritten by {item.seed.name}"
        if target.seed is None:
            message = f"{target.path}: not made from {item.seed.name}, not overwritten"
        report.warn(message)
        report.count("kept (edited)")
        return
    if previous is not None and previous.path != item.target:
        report.warn(
            f"{previous.path}: {item.seed.name} now gives {item.target.name}; old file kept"
        )
    judged = target.document.file_sha256 or _sha256(target.path) if target else None
    on_write = state.record_write if state else None
    outcome = write_unless_edited(item.target, item.result.to_markdown(), judged, on_write=on_write)
    if outcome == "edited":
        report.warn(f"{item.target}: edited during the build; not overwritten")
        report.count("kept (edited)")
    elif outcome == "written":
        log.info(
            "%s → %s (found: %s; %d blocks)",
            item.seed.name,
            item.target.name,
            ", ".join(item.result.fields) or "nothing but the body",
            len(item.result.blocks),
        )
        report.count("written")
    else:
        report.count("unchanged")


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
