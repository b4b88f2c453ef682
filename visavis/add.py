"""`build.py add`: web pages and local files into seeds/, each article once, then ingested.

An address is fetched (`visavis.fetch`) and its bytes ingested in memory: a page that is no
article stops there. An address, final address or canonical address the project already
knows is skipped, not added twice; a headline whose slug is taken gets `<slug>-2`, recorded in
the seed's origin file. Everything is gathered first; then, under the build lock, the seeds
and their origin files are written atomically and `run_ingest` ingests just them.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from .errors import FetchError, IngestError, VisavisError
from .fetch import MAX_BYTES, FetchedPage, FetchLimits, fetch_page, is_web_address
from .frontmatter import read_document
from .ingest.origin import SeedOrigin, format_origin, origin_path, read_origin
from .ingest.slug import make_slug
from .model import StageReport
from .writer import write_atomic

if TYPE_CHECKING:
    from .config import Config
    from .ingest.core import IngestResult

log = logging.getLogger(__name__)

FILE_SUFFIXES = (".html", ".htm", ".txt", ".md")
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Planned:
    """A source ready to be written: the seed's bytes and origin, and the article it makes."""

    source: str
    seed: Path
    data: bytes
    origin: SeedOrigin | None
    target: Path


@dataclass
class Project:
    """What seeds/ and content/ hold, updated as this run plans each source."""

    root: Path
    seeds_dir: Path
    content_dir: Path
    lang: str
    addresses: dict[str, Path] = field(default_factory=dict)  # address key → its article
    hashes: dict[str, Path] = field(default_factory=dict)  # seed sha256 → its article
    names: set[str] = field(default_factory=set)  # names in seeds/, lowercased
    slugs: set[str] = field(default_factory=set)  # slugs of content/<slug>.<lang>.md
    sizes: dict[int, list[Path]] = field(default_factory=dict)  # seeds by size in bytes
    pending: dict[Path, bytes] = field(default_factory=dict)  # planned seeds' bytes

    def target(self, slug: str) -> Path:
        """The content file of a slug."""
        return self.content_dir / f"{slug}.{self.lang}.md"

    def shown(self, path: Path) -> str:
        """A path as the user reads it: relative to the project when inside it."""
        return (
            path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else str(path)
        )

    def learn(self, address: object, article: Path) -> None:
        """Remember that an address leads to an article (or a seed not yet ingested)."""
        if isinstance(address, str) and is_web_address(address):
            self.addresses.setdefault(address_key(address), article)

    def known(self, address: str | None) -> str | None:
        """`already added as content/x.fr.md` when the address is known, else None."""
        if address is None or not is_web_address(address):
            return None
        article = self.addresses.get(address_key(address))
        return f"already added as {self.shown(article)}" if article else None

    def name_free(self, name: str) -> bool:
        """True when neither the seed name nor its origin file's name is taken in seeds/."""
        return not {name.lower(), origin_path(Path(name)).name.lower()} & self.names

    def remember(self, item: Planned, addresses: tuple[str | None, ...]) -> None:
        """Count a planned seed as present, so that later sources see it."""
        self.names.add(item.seed.name.lower())
        self.slugs.add(item.target.name[: -len(f".{self.lang}.md")])
        self.sizes.setdefault(len(item.data), []).append(item.seed)
        self.pending[item.seed] = item.data
        self.hashes.setdefault(hashlib.sha256(item.data).hexdigest(), item.target)
        for address in addresses:
            self.learn(address, item.target)


def run_add(
    config: Config,
    sources: list[str],
    limits: FetchLimits | None = None,
    on_report: Callable[[StageReport], None] = lambda report: None,
) -> list[StageReport]:
    """Add each address or file to seeds/ and ingest them: the `add` report, then ingest's."""
    report = StageReport("add", {"added": 0})
    project = survey_project(config, report)
    planned = plan_sources(sources, project, limits or FetchLimits(), report)
    if not planned:
        on_report(report)
        return [report]
    from .ingest import run_ingest
    from .pipeline import build_lock

    with build_lock(config):
        seeds = write_seeds(planned, report)
        on_report(report)
        if not seeds:
            return [report]
        ingest = run_ingest(config, only=seeds)
    on_report(ingest)
    return [report, ingest]


def survey_project(config: Config, report: StageReport) -> Project:
    """The addresses, seed names, slugs and seed hashes the project already has."""
    project = Project(
        config.root, config.folder("seeds_dir"), config.folder("content_dir"), config.source_lang
    )
    made_from: dict[str, Path] = {}
    if project.content_dir.is_dir():
        for path in sorted(project.content_dir.glob(f"*.{project.lang}.md")):
            note_content(project, path, made_from)
    if project.seeds_dir.is_dir():
        for seed in sorted(project.seeds_dir.iterdir()):
            note_seed(project, seed, made_from.get(seed.name, seed), report)
    return project


def note_content(project: Project, path: Path, made_from: dict[str, Path]) -> None:
    """Note a content file's slug, its original's addresses and the seed it was made from."""
    project.slugs.add(path.name[: -len(f".{project.lang}.md")])
    try:
        meta = read_document(path).meta
    except VisavisError as error:  # the slug is taken all the same; ingest reports the file
        log.debug("add: cannot read %s: %s", path, error)
        return
    source = meta.get("source") if isinstance(meta.get("source"), dict) else {}
    for address in (source.get("url"), meta.get("source_url")):
        project.learn(address, path)
    if isinstance(source.get("sha256"), str):
        project.hashes.setdefault(source["sha256"], path)
    if isinstance(source.get("file"), str):
        made_from[source["file"]] = path


def note_seed(project: Project, seed: Path, article: Path, report: StageReport) -> None:
    """Note a seed's name, its size (to find copies) and the addresses of its origin file."""
    project.names.add(seed.name.lower())
    if seed.name.startswith(".") or seed.suffix == ".yaml" or not seed.is_file():
        return
    project.sizes.setdefault(seed.stat().st_size, []).append(seed)
    if seed.suffix.lower() not in PAGE_SUFFIXES:
        return
    try:
        origin = read_origin(seed)
    except IngestError as error:
        report.warn(f"{error} (its addresses are not checked for duplicates)")
        return
    for address in (origin.url, origin.final_url):
        project.learn(address, article)


def plan_sources(
    sources: list[str], project: Project, limits: FetchLimits, report: StageReport
) -> list[Planned]:
    """Plan every source, one log line each; failures go to the report, the rest go on."""
    planned: list[Planned] = []
    with _progress(len(sources)) as advance:
        for index, source in enumerate(sources, 1):
            step = f"[{index}/{len(sources)}] " if len(sources) > 1 else ""
            try:
                outcome = plan_source(source, project, limits)
            except VisavisError as error:
                report.errors.append(error)
            else:
                if isinstance(outcome, Planned):
                    log.info("add: %s%s → %s", step, source, project.shown(outcome.seed))
                    planned.append(outcome)
                else:
                    log.info("add: %s%s: %s", step, source, outcome)
                    report.count("already there")
            advance()
    return planned


def plan_source(source: str, project: Project, limits: FetchLimits) -> Planned | str:
    """A file or an address planned as a seed, or why it is already there."""
    if _exists(Path(source)):
        return plan_file(Path(source), project)
    if is_web_address(source):
        return plan_address(source, project, limits)
    if "://" in source:
        raise FetchError("only http:// and https:// addresses can be added", source)
    raise IngestError(
        "no such file, and not a web address",
        source,
        hint="give an http(s):// address, or a .html, .htm, .txt or .md file",
    )


def plan_address(url: str, project: Project, limits: FetchLimits) -> Planned | str:
    """Fetch a page and plan its seed, unless the project already has its article."""
    if known := project.known(url):
        return known
    page = fetch_page(url, limits)
    result = ingest_page_bytes(page, project.seeds_dir / f"{_stem_of(url)}.html", project.lang)
    canonical = result.meta["source"].get("url")
    canonical = urljoin(page.final_url, canonical) if isinstance(canonical, str) else None
    for address in (page.final_url, canonical):
        if known := project.known(address):
            return known
    slug = free_slug(project, result.meta["slug"], ".html")
    origin = SeedOrigin(
        url=url,
        final_url=page.final_url,
        charset=page.charset,
        content_type=page.content_type,
        fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
        slug=slug if slug != result.meta["slug"] else None,
    )
    item = Planned(url, project.seeds_dir / f"{slug}.html", page.data, origin, project.target(slug))
    project.remember(item, (url, page.final_url, canonical))
    return item


def plan_file(path: Path, project: Project) -> Planned | str:
    """Plan a copy of a local file, unless seeds/ has it or the project has its article."""
    suffix = path.suffix.lower()
    if suffix not in FILE_SUFFIXES:
        raise IngestError(
            f"cannot add a '{suffix or path.name}' file", path, hint="only .html, .htm, .txt, .md"
        )
    data = read_source_file(path)
    if copy := _copy_in_seeds(project, data):
        return f"already in seeds/ as {project.shown(copy)}"
    if article := project.hashes.get(hashlib.sha256(data).hexdigest()):
        return f"already added as {project.shown(article)}"
    seed = project.seeds_dir / free_name(project, path.name)
    result = ingest_file_bytes(path, data, seed, project.lang)
    canonical = result.meta["source"].get("url")
    if known := project.known(canonical if isinstance(canonical, str) else None):
        return known
    slug, origin = result.meta["slug"], None
    if slug in project.slugs:
        if suffix not in PAGE_SUFFIXES:  # only a page's origin file can carry another slug
            raise IngestError(
                f"its headline gives the slug '{slug}' of {project.shown(project.target(slug))}",
                path,
                hint="change the headline in the file, or remove that article",
            )
        slug = free_slug(project, slug, None)
        origin = SeedOrigin(slug=slug)
    item = Planned(str(path), seed, data, origin, project.target(slug))
    project.remember(item, (canonical,))
    return item


def ingest_page_bytes(page: FetchedPage, seed: Path, lang: str) -> IngestResult:
    """A fetched page ingested in memory, as `seed` (an error names the address)."""
    from .ingest.core import ingest_page

    try:
        return ingest_page(
            page.data, str(seed), lang, url=page.final_url, http_charset=page.charset
        )
    except IngestError as error:
        raise IngestError(
            error.message, page.url, hint=error.hint, reasons=error.reasons
        ) from error


def ingest_file_bytes(path: Path, data: bytes, seed: Path, lang: str) -> IngestResult:
    """A local file ingested in memory as its seed will be (an error names the file)."""
    from .ingest.core import ingest_file, ingest_page

    try:
        if seed.suffix.lower() in PAGE_SUFFIXES:
            return ingest_page(data, str(seed), lang)
        return ingest_file(path, lang)
    except IngestError as error:
        raise IngestError(
            error.message, path, error.line, hint=error.hint, reasons=error.reasons
        ) from error


def read_source_file(path: Path) -> bytes:
    """A local file's bytes: a regular file no larger than a fetched page may be."""
    try:
        if not path.is_file():
            raise IngestError("not a regular file", path)
        if path.stat().st_size > MAX_BYTES:
            raise IngestError(f"too big (more than {MAX_BYTES // 2**20} MB)", path)
        return path.read_bytes()
    except OSError as error:
        raise IngestError("cannot read file", path, reasons=[str(error)]) from error


def free_slug(project: Project, slug: str, seed_suffix: str | None) -> str:
    """`slug`, or `slug-2`, `slug-3`…: the first that no article (and, given a suffix, no seed
    name) has taken."""
    for number in itertools.count(1):
        candidate = slug if number == 1 else f"{slug}-{number}"
        if candidate not in project.slugs and (
            seed_suffix is None or project.name_free(candidate + seed_suffix)
        ):
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def free_name(project: Project, name: str) -> str:
    """A file's own name in seeds/, or `<stem>-2<suffix>`… when that is taken."""
    path = Path(name)
    for number in itertools.count(1):
        candidate = name if number == 1 else f"{path.stem}-{number}{path.suffix}"
        if project.name_free(candidate):
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def write_seeds(planned: list[Planned], report: StageReport) -> list[Path]:
    """Write each planned seed (a failure is reported and the others go on); the seeds."""
    seeds = []
    for item in planned:
        try:
            save_seed(item)
        except VisavisError as error:
            report.errors.append(error)
            continue
        seeds.append(item.seed)
        report.count("added")
    return seeds


def save_seed(item: Planned) -> None:
    """Write a seed's origin file, then its bytes, each atomically; never over another file."""
    origin = origin_path(item.seed)
    for path in (item.seed, origin):
        if path.exists():
            raise IngestError(f"{path.name} appeared in seeds/ meanwhile", item.source)
    try:
        if item.origin is not None:
            write_atomic(origin, format_origin(item.origin))
        write_atomic(item.seed, item.data)
    except OSError as error:
        origin.unlink(missing_ok=True)
        raise IngestError(f"cannot write {item.seed}", item.source, reasons=[str(error)]) from error


def address_key(url: str) -> str:
    """An address as compared for duplicates: scheme and host in lowercase, no default port,
    no fragment, `/` for an empty path."""
    parts = urlsplit(url.strip())
    scheme, host = parts.scheme.lower(), parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    netloc = host if parts.port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{parts.port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def _copy_in_seeds(project: Project, data: bytes) -> Path | None:
    """The seed (on disk or planned) whose bytes are exactly `data`, if any."""
    for seed in project.sizes.get(len(data), []):
        try:
            planned = project.pending.get(seed)
            if (seed.read_bytes() if planned is None else planned) == data:
                return seed
        except OSError as error:  # an unreadable seed is no copy; ingest reports it
            log.debug("add: cannot read %s: %s", seed, error)
    return None


def _exists(path: Path) -> bool:
    """True when something has this name (a name too long for a file is no file)."""
    try:
        return path.exists()
    except OSError:
        return False


def _stem_of(url: str) -> str:
    """A name for a page before its headline is known: the last part of its path, as a slug
    (a page with no headline is titled after its seed's name, and keeps that slug)."""
    parts = urlsplit(url)
    return (
        make_slug(PurePosixPath(unquote(parts.path)).stem)
        or make_slug(parts.hostname or "")
        or "page"
    )


@contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on a terminal for several sources (log lines print above it)."""
    if total < 2 or not sys.stderr.isatty():
        yield lambda: None
        return
    from tqdm import tqdm
    from tqdm.contrib.logging import logging_redirect_tqdm

    with (
        tqdm(total=total, unit="page", desc="add", leave=False) as bar,
        logging_redirect_tqdm([logging.getLogger("visavis")]),
    ):
        yield lambda: bar.update(1)
