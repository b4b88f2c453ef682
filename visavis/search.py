"""The search index: Pagefind run over the written article pages, once per language.

An article page holds both languages, and Pagefind gives a page one language (its
`<html lang>`). So the binary indexes the article pages twice: for the source language,
leaving out every element of the page body marked `lang` with the target language, and the
other way round, each forced to its language (so each gets its own stemming) and written as
its own bundle, `pagefind/<lang>/`. The search page loads both bundles and merges their
results by article (`layouts/static/search.js`). Only `[data-pagefind-body]` (the article)
is indexed, without what `data-pagefind-ignore` marks (kicker, byline, toolbar).

Pagefind always rebuilds its index whole, so it runs only when the article pages changed: a
digest of their bytes, of the binary and of the languages is kept in the build state, one
per output folder (`serve` builds into its own; see `state`). The new bundle is written
beside the old one and swapped in when complete. Without the binary, or when it fails, the
site is built without search: a warning, and no stale index left behind (the search page
then says search is unavailable and links to the archive).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .config import Config
from .model import StageReport
from .searchrun import INSTALL_HINT, IndexRun, SearchIndexError, find_pagefind, run_pagefind
from .writer import write_atomic

if TYPE_CHECKING:
    from .state import BuildState

#: Where the bundles are published, below the output folder.
SEARCH_FOLDER = "pagefind"
#: Below the output folder while a new index is written, and while the old one is removed.
NEW_FOLDER = ".pagefind-new"
OLD_FOLDER = ".pagefind-old"
ARTICLE_GLOB = "articles/*/index.html"
#: What each language's bundle must hold to be searched.
BUNDLE_ENTRY = "pagefind-entry.json"
#: In the search folder: the languages that have a bundle, for the search page.
LANGUAGES_FILE = "languages.json"
#: Where an article page's indexed part begins.
BODY_MARKER = b"data-pagefind-body"
#: Files of Pagefind's bundle that the site does not use (its ready-made interfaces).
UNUSED_FILES = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)


def update_search_index(config: Config, state: BuildState, force: bool = False) -> StageReport:
    """Rebuild the output folder's search index if its article pages changed (or `force`),
    keeping what it was built from in the build state (`state.search`); the report gives the
    index's own cost (time and peak memory), apart from the render's."""
    report = StageReport("search")
    output = config.folder("output_dir")
    languages = (config.source_lang, config.target_lang)
    clear_folders(output, NEW_FOLDER, OLD_FOLDER)
    if not config.search:
        remove_index(output, state)
        report.note = "search off (config.yaml: search: false)"
        return report
    pages = sorted(output.glob(ARTICLE_GLOB))
    binary = find_pagefind()
    if binary is None or not pages:
        remove_index(output, state)
        report.note = "no search index"
        if binary is None:
            report.warn(missing_binary_message())
        return report
    record = read_record(state.search)
    known = record.pages
    digest, present, facts = read_pages(binary, languages, pages, known)
    if not present:
        remove_index(output, state)
        report.note = "no article text to index"
        return report
    unchanged = not force and record.digest == digest  # else the index is rebuilt: no walk
    if unchanged and bundles_complete(output, present) and files_intact(output, record):
        if facts != known:  # pages rewritten with the same bytes: remember them as they are
            state.search = record_text(digest, facts, record.files or {})  # files just compared
        report.note = "index unchanged"
        return report
    try:
        runs = [index_language(binary, output, lang, languages) for lang in present]
    except SearchIndexError as error:
        remove_index(output, state)
        clear_folders(output, NEW_FOLDER)
        report.note = "no search index"
        report.warn(f"the site is built without search: {error.report()}")
        return report
    write_atomic(output / NEW_FOLDER / LANGUAGES_FILE, json.dumps(present) + "\n")
    swap_in(output)
    state.search = record_text(digest, facts, read_index_files(output))
    report.note = describe_cost(runs, folder_size(output / SEARCH_FOLDER))
    report.count("articles indexed", len(pages))
    return report


def missing_binary_message() -> str:
    """Why there is no binary to run, and what to do."""
    named = os.environ.get("PAGEFIND_BINARY_PATH")
    where = (
        f"PAGEFIND_BINARY_PATH names {named}, which is not an executable file"
        if named is not None
        else "the Pagefind binary was not found"
    )
    return f"{where}: the site is built without search (hint: {INSTALL_HINT})"


def index_language(binary: Path, output: Path, lang: str, languages: tuple[str, ...]) -> IndexRun:
    """Index the article pages' text in one language into the new bundle folder."""
    others = ", ".join(
        f'[data-pagefind-body] [lang="{other}"]' for other in languages if other != lang
    )
    bundle = output / NEW_FOLDER / lang
    run = run_pagefind(
        binary,
        [
            "--site", str(output),
            "--glob", ARTICLE_GLOB,
            "--force-language", lang,
            "--exclude-selectors", others,
            "--output-path", str(bundle),
            "--silent",
        ],
    )  # fmt: skip
    for name in UNUSED_FILES:
        (bundle / name).unlink(missing_ok=True)
    return run


def describe_cost(runs: list[IndexRun], size: int) -> str:
    """The summary's note: `index rebuilt in 1.23 s (CPU 2.01 s; peak memory 45 MB; 310 kB)`:
    wall time of the runs, their processor time, the largest run's peak memory, the size of
    the published index."""
    seconds = sum(run.seconds for run in runs)
    cpu = sum(run.cpu_seconds for run in runs)
    peak = max(run.peak_bytes for run in runs)
    memory = f"peak memory {peak / 2**20:.0f} MB" if peak else "peak memory not measured"
    return f"index rebuilt in {seconds:.2f} s (CPU {cpu:.2f} s; {memory}; {size / 1000:.0f} kB)"


def read_pages(
    binary: Path, languages: tuple[str, ...], pages: list[Path], known: dict[str, list]
) -> tuple[str, list[str], dict[str, list]]:
    """A digest of everything the index is made from (the article pages' bytes, the binary's
    size and date, the languages); the languages the pages' bodies hold text in (an edition
    not translated yet has no English to index, and Pagefind fails on none); and what was
    learnt of each page, so that the next build reads only the pages rewritten since
    (`known`, from the state file)."""
    stat = binary.stat()
    digest = hashlib.sha256(f"{binary}|{stat.st_size}|{stat.st_mtime_ns}|".encode())
    digest.update(json.dumps([languages, UNUSED_FILES]).encode())
    facts = {page.parent.name: page_facts(page, languages, known) for page in pages}
    present: set[str] = set()
    for name, (*_, sha, langs) in facts.items():
        digest.update(b"\0" + name.encode("utf-8", "surrogateescape") + b"\0" + sha.encode())
        present.update(langs)
    return digest.hexdigest(), [lang for lang in languages if lang in present], facts


def page_facts(page: Path, languages: tuple[str, ...], known: dict[str, list]) -> list:
    """[size, mtime, inode, SHA-256, languages] of an article page: from `known` while the
    file is the one seen last time (every write renames a new file into place), else read."""
    stat = page.stat()
    identity = [stat.st_size, stat.st_mtime_ns, stat.st_ino]
    seen = known.get(page.parent.name)
    if isinstance(seen, list) and len(seen) == 5 and seen[:3] == identity:
        return seen
    data = page.read_bytes()
    body = data.find(BODY_MARKER)
    text = data[body:] if body >= 0 else b""
    langs = [lang for lang in languages if f' lang="{lang}"'.encode() in text]
    return [*identity, hashlib.sha256(data).hexdigest(), langs]


class IndexRecord(NamedTuple):
    """What the last indexing left: the digest it was built from, what it knew of each page,
    and the index's files as written (None when no record of them)."""

    digest: str | None
    pages: dict[str, list]
    files: dict[str, str] | None


def read_record(text: str) -> IndexRecord:
    """The last indexing's record, as the build state keeps it (no digest and no pages when
    there is none or it is damaged: every page is read, the index rebuilt)."""
    try:
        data = json.loads(text) if text else None
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return IndexRecord(None, {}, None)
    files = data["files"] if isinstance(data.get("files"), dict) else None
    if not isinstance(data.get("pages"), dict):
        return IndexRecord(None, {}, files)
    return IndexRecord(data.get("digest"), data["pages"], files)


def record_text(digest: str, facts: dict[str, list], files: dict[str, str]) -> str:
    """What the published index was built from, and its files as written, for the state."""
    return json.dumps({"digest": digest, "pages": facts, "files": files})


def read_index_files(output: Path) -> dict[str, str]:
    """The published index's files, as {path below it: "size|mtime"}."""
    folder = output / SEARCH_FOLDER
    found = {}
    for path in folder.rglob("*"):
        if path.is_file():
            stat = path.stat()
            found[path.relative_to(folder).as_posix()] = f"{stat.st_size}|{stat.st_mtime_ns}"
    return found


def index_files_intact(config: Config, state: BuildState) -> bool:
    """Whether the published index is as the last indexing left it: no file of it removed,
    altered or added since (no index and no record of one counts as intact). A build whose
    inputs did not change still rebuilds an index someone damaged."""
    return files_intact(config.folder("output_dir"), read_record(state.search))


def files_intact(output: Path, record: IndexRecord) -> bool:
    """Whether the index's files in `output` are those the record lists (no index and no
    record of one counts as intact)."""
    if record.files is None:
        return not (output / SEARCH_FOLDER).exists()
    return read_index_files(output) == record.files


def read_json(path: Path) -> object:
    """A JSON file's value, or None when it is missing or damaged."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def bundles_complete(output: Path, languages: list[str]) -> bool:
    """Whether every language's bundle is in the output folder, and only those."""
    listed = read_json(output / SEARCH_FOLDER / LANGUAGES_FILE)
    return listed == languages and all(
        (output / SEARCH_FOLDER / lang / BUNDLE_ENTRY).is_file() for lang in languages
    )


def swap_in(output: Path) -> None:
    """Replace the published index with the new one (the old one moves aside first)."""
    published = output / SEARCH_FOLDER
    if published.exists():
        os.replace(published, output / OLD_FOLDER)
    os.replace(output / NEW_FOLDER, published)
    clear_folders(output, OLD_FOLDER)


def remove_index(output: Path, state: BuildState) -> None:
    """Remove the published index and what the build state says about it."""
    clear_folders(output, SEARCH_FOLDER)
    state.search = ""


def clear_folders(output: Path, *names: str) -> None:
    """Remove these folders of ours below the output folder, if present."""
    for name in names:
        folder = output / name
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder)
        elif folder.is_symlink() or folder.is_file():
            folder.unlink()


def folder_size(folder: Path) -> int:
    """The bytes of every file below a folder."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
