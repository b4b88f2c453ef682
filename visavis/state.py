"""The build state: what one build knows of the last, opened by the pipeline and handed to
each stage.

One file per output folder in the cache folder (`state-<key>.json`, beside the translation
memory), written atomically, with one format version. It holds the output manifest (every
file visavis wrote in the output folder: its digest, its size and mtime as written, the
warnings its page gave) and the no-change digest (the stats of every input and output of the
last successful full build). In memory, for one build, it also holds the input files' stats
as the build found them, the content files the build wrote itself, the parsed-document cache
(`doccache`) and the values computed once per build.

A damaged, foreign or newer state file gives one warning and a full rebuild, never a wrong
site; a missing one (a first build, a deleted cache) is a full rebuild in silence. The list of
files visavis wrote is also kept in the output folder itself (`.visavis-files.json`), so a lost
state never orphans a page.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .writer import OUTPUT_LIST, remove_temp_files, write_atomic

if TYPE_CHECKING:
    from .config import Config
    from .doccache import DocumentCache

log = logging.getLogger(__name__)

STATE_NAME = "state-{}.json"
STATE_VERSION = 1
#: What earlier versions kept in the cache folder instead (removed on first use).
WRITING_MARKER = "render-writing"
OLD_STORES = ("last-build.json", WRITING_MARKER)
OLD_STORE_PATTERNS = ("render-manifest-*.json",)
#: Where earlier versions kept listing cards' HTML (`NN.pickle` shards), in the cache folder.
OLD_CARD_STORE = "cards"
#: A file modified within this long of being looked at cannot be vouched for by its size and
#: mtime (Git's "racily clean" rule): it is read again by the next build.
RACY_NS = 2_000_000_000


def trusted(mtime_ns: int, seen_ns: int) -> bool:
    """Whether a file's stat, taken at `seen_ns`, can vouch for its content later: the one
    place of the "modified too recently to trust" rule."""
    return mtime_ns < seen_ns - RACY_NS


def stat_key(path: str) -> str:
    """A file's size and mtime as `"size|mtime_ns"`; "missing" when it cannot be read."""
    try:
        stat = os.stat(path)
    except OSError:
        return "missing"
    return f"{stat.st_size}|{stat.st_mtime_ns}"


class BuildState:
    """What a build knows: the last build's outputs and no-change digest, and this build's
    input stats, own writes, document cache and per-build values."""

    def __init__(self, path: Path) -> None:
        self.path = path
        #: Output files visavis wrote, relative to the output folder: (digest, "size|mtime").
        self.outputs: dict[str, tuple[str, str]] = {}
        #: The stat of the output folder's list of those files (`writer.OUTPUT_LIST`).
        self.listed = ""
        #: The warnings each page gave when it was last rendered (repeated while unchanged).
        self.page_warnings: dict[str, list[str]] = {}
        #: The no-change digest of the last successful full build, and its warnings.
        self.snapshot = ""
        self.warnings: list[str] = []
        #: True while a render is putting files in place (a killed one leaves it set).
        self.writing = False
        #: This build's input stats ({path: "size|mtime"}) and the files it wrote itself.
        self.inputs: dict[str, str] = {}
        self.written: dict[str, str] = {}
        self.documents: DocumentCache | None = None
        self._per_build: dict[str, tuple[int, Any]] = {}
        self._writes = 0

    def record_write(self, path: str, stat: str) -> None:
        """Note a file this build wrote, with its stat then (see `writer.OnWrite`)."""
        self.written[path] = stat
        self._writes += 1

    def once(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value computed once per build, until the build writes a file (translations
        written by translate make render read the articles again)."""
        cached = self._per_build.get(key)
        if cached is not None and cached[0] == self._writes:
            return cached[1]
        value = compute()
        self._per_build[key] = (self._writes, value)
        return value

    def input_stat(self, path: str) -> str | None:
        """The stat a file had when the build started, unless the build wrote it since."""
        return None if path in self.written else self.inputs.get(path)


def state_path(config: Config) -> Path:
    """The state file of the configured output folder: one per output folder, so that
    `serve`'s private folder never vouches for the pages of `public/`."""
    output = str(config.folder("output_dir").resolve())
    key = hashlib.sha256(output.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return config.folder("cache_dir") / STATE_NAME.format(key)


def load_state(config: Config) -> BuildState:
    """The state of the last build into this output folder; an empty one (a full rebuild)
    when there is none, or with one warning when it is damaged, foreign or newer."""
    state = BuildState(state_path(config))
    killed_before = remove_old_stores(config.folder("cache_dir"))
    state = _read_state(state)
    state.writing = state.writing or killed_before
    return state


def _read_state(state: BuildState) -> BuildState:
    """`state` filled from its file (see `load_state`)."""
    try:
        data = json.loads(state.path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return state
    except (OSError, ValueError) as error:
        log.warning("%s: unreadable build state, rebuilding everything (%s)", state.path, error)
        return state
    if not _fill(state, data):
        log.warning("%s: not a build state of this version, rebuilding everything", state.path)
        return BuildState(state.path)
    return state


def _fill(state: BuildState, data: Any) -> bool:
    """Copy a state file's data into `state`; False when it is not a valid state."""
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        return False
    files, warnings = data.get("files"), data.get("page_warnings", {})
    build_warnings = data.get("warnings", [])
    if not isinstance(files, dict) or not isinstance(warnings, dict):
        return False
    if not isinstance(build_warnings, list):
        return False
    for path, entry in files.items():
        if not (isinstance(entry, list) and len(entry) == 2):
            return False
        if not all(isinstance(item, str) for item in entry):
            return False
        state.outputs[str(path)] = (entry[0], entry[1])
    state.page_warnings = {
        str(path): [str(item) for item in items]
        for path, items in warnings.items()
        if isinstance(items, list)
    }
    state.snapshot = str(data.get("snapshot", ""))
    state.listed = str(data.get("listed", ""))
    state.warnings = [str(item) for item in build_warnings]
    state.writing = data.get("writing") is True
    return True


def save_state(state: BuildState) -> None:
    """Write the state file atomically (the site's own files can always be rebuilt, so it is
    not flushed to disk first)."""
    data = {
        "version": STATE_VERSION,
        "writing": state.writing,
        "snapshot": state.snapshot,
        "listed": state.listed,
        "warnings": state.warnings,
        "files": {path: list(entry) for path, entry in sorted(state.outputs.items())},
        "page_warnings": {path: items for path, items in sorted(state.page_warnings.items())},
    }
    state.path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    write_atomic(state.path, text, durable=False)


def remove_old_stores(cache: Path) -> bool:
    """Remove what earlier versions kept instead of the build state (their formats are not
    read: the first build with this version renders everything again); True when one says
    a render was killed while writing (its temporaries are then swept)."""
    killed = (cache / WRITING_MARKER).exists()
    old = [cache / name for name in OLD_STORES]
    for pattern in OLD_STORE_PATTERNS:
        old.extend(cache.glob(pattern))
    for path in old:
        path.unlink(missing_ok=True)
    _remove_card_store(cache / OLD_CARD_STORE)
    return killed


def _remove_card_store(folder: Path) -> None:
    """Remove the card store of earlier versions: with stable pagination a listing page is
    rendered again only when its articles change, and listings include `_card.html` (see
    docs/incremental.md). A file visavis did not write there is left, and with it the folder."""
    if not folder.is_dir():
        return
    remove_temp_files(folder)
    for shard in folder.glob("[0-9][0-9].pickle"):
        shard.unlink(missing_ok=True)
    if not any(folder.iterdir()):
        folder.rmdir()


def scan_files(folder: Path) -> dict[str, str]:
    """Every file below `folder` as {path: "size|mtime"} (names and stats only: milliseconds
    for thousands of files; `__pycache__` skipped); a folder that cannot be listed is
    {folder: "missing"}."""
    entries: dict[str, str] = {}
    stack = [str(folder)]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as items:
                for item in items:
                    if item.is_dir(follow_symlinks=False):
                        if item.name != "__pycache__":
                            stack.append(item.path)
                        continue
                    stat = item.stat()
                    entries[item.path] = f"{stat.st_size}|{stat.st_mtime_ns}"
        except OSError:
            entries[current] = "missing"
    return entries


def outputs_intact(state: BuildState, output: Path) -> bool:
    """Whether every file the state says visavis wrote in the output folder still has the
    size and mtime it was left with (one `stat` each, no folder listing): a page deleted or
    altered since makes the next build look again."""
    root = os.path.join(output, "")
    if stat_key(root + OUTPUT_LIST) != state.listed:
        return False
    return all(stat_key(root + path) == entry[1] for path, entry in state.outputs.items())


def snapshot_digest(entries: dict[str, str]) -> str:
    """One digest of a snapshot (names and values joined by NUL, which neither a file name
    nor an entry can contain)."""
    joined = "\0".join(part for entry in sorted(entries.items()) for part in entry)
    return hashlib.sha256(joined.encode("utf-8", "surrogateescape")).hexdigest()
