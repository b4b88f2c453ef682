"""The hostile corpus: every case in tests/corpus/hostile/ built in a scratch project.

Each case file (YAML, described in tests/corpus/hostile/README.md) writes a project, runs the
command line on it and checks its expected outcome: the exact error lines, warnings, the words
that must appear on a page, the files that must stay byte for byte as they were. Every case is
also held to the invariants of the whole corpus:

- no traceback, and an error line (`error: path:line: message (hint: …)`) names its file,
  is printed once, and means a non-zero exit;
- no file is created, changed or deleted outside the output and cache folders (and those
  count only while they stay apart from the inputs), except the content files the ingest and
  translate stages write;
- every HTML file in the output is well-formed (tags nest and close) and every XML file parses;
- every word of every readable content body reaches its page, in order;
- no command takes more than 10 s (and a case run as a subprocess stays under 1 GB).

A case that the product does not pass yet carries `xfail: "<why>"`: it is a strict xfail, so
it fails the suite the day the defect is fixed, and its expectation is then simply kept.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import unicodedata
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO

from visavis.cli import main
from visavis.writer import TEMP_NAME

CORPUS = REPO / "tests" / "corpus" / "hostile"
CASES = sorted(CORPUS.glob("*.yaml"))
MAX_SECONDS = 10.0
#: In the files outside the project: it must never reach the output.
SECRET = "SECRET-TOKEN-4242"
MAX_RSS_BYTES = 1024**3
KNOWN_KEYS = {
    "about",
    "class",
    "files",
    "generate",
    "config",
    "config_text",
    "own_layouts",
    "before",
    "remove",
    "run",
    "during",
    "subprocess",
    "expect",
    "xfail",
    "damage",
    "hold_lock",
}
EXPECT_KEYS = {"exit", "errors", "warnings", "not_in_output", "pages", "no_pages", "untouched"}
EXPECT_KEYS |= {"files", "absent", "not_on_pages", "error_count"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
VOID |= {"track", "wbr"}
#: The house form: `error: /absolute/path:line: message`, the line where one is known.
ERROR_LINE = re.compile(r"^error: /[^:\n]+(?::\d+)?: \S")


# --- reading a case ------------------------------------------------------------------------------


def load_case(path: Path) -> dict[str, Any]:
    """A case file, checked for unknown keys (a typo must not silently skip a check)."""
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(case, dict), f"{path.name}: a case is a mapping"
    assert set(case) <= KNOWN_KEYS, f"{path.name}: unknown keys {set(case) - KNOWN_KEYS}"
    assert set(case.get("expect", {})) <= EXPECT_KEYS, f"{path.name}: unknown expect keys"
    assert case.get("about"), f"{path.name}: say what is hostile in 'about'"
    assert path.name.startswith(f"{case.get('class')}_"), f"{path.name}: name it <class>_…"
    expect = case.get("expect", {})
    assert {"errors", "pages", "files", "error_count"} & set(expect), (
        f"{path.name}: expect the exact errors, or the words on a page (or in a file)"
    )
    return case


_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})")


def escaped_bytes(text: str) -> bytes:
    """UTF-8 text in which a literal `\\xNN` stands for that raw byte."""
    parts = _ESCAPE.split(text)
    chunks = [
        part.encode("utf-8") if index % 2 == 0 else bytes([int(part, 16)])
        for index, part in enumerate(parts)
    ]
    return b"".join(chunks)


@dataclass
class Places:
    """The scratch area of one case: the project, and a folder outside it."""

    area: Path
    root: Path
    outside: Path

    def fill(self, text: str) -> str:
        """Replace the placeholders a case may use."""
        if "@MANIFEST@" in text:
            from visavis.builddb import DATABASE_NAME
            from visavis.config import load_config

            config = load_config(self.root / "config.yaml")
            manifest = config.folder("cache_dir") / DATABASE_NAME
            text = text.replace("@MANIFEST@", str(manifest.relative_to(self.root)))
        return (
            text.replace("@ROOT@", str(self.root))
            .replace("@OUTSIDE@", str(self.outside))
            .replace("@LAYOUTS@", str(REPO / "layouts"))
        )

    def path(self, relative: str) -> bytes:
        """The file-system path (bytes: a name may hold bytes that are not UTF-8)."""
        return os.fsencode(self.root) + b"/" + escaped_bytes(self.fill(relative))


def file_payload(spec: Any, places: Places) -> bytes:
    """The bytes a file spec stands for (see the corpus README)."""
    if isinstance(spec, str):
        return places.fill(spec).encode("utf-8")
    if "base64" in spec:
        return base64.b64decode(spec["base64"])
    if "escaped" in spec:
        return escaped_bytes(places.fill(spec["escaped"]))
    parts = spec.get("parts") or [
        spec.get("text", ""),
        {"repeat": spec.get("repeat", ""), "times": spec.get("times", 0)},
        spec.get("then", ""),
    ]
    text = "".join(
        places.fill(part) if isinstance(part, str) else places.fill(part["repeat"]) * part["times"]
        for part in parts
    )
    if spec.get("newline"):
        text = text.replace("\n", spec["newline"])
    return text.encode(spec.get("encoding", "utf-8"))


def write_files(files: dict[str, Any], places: Places) -> None:
    """Create the files, links, FIFOs and folders of a case."""
    for relative, spec in files.items():
        path = places.path(relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(spec, dict) and "symlink" in spec:
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path)  # a folder replaced by a link
            os.symlink(escaped_bytes(places.fill(spec["symlink"])), path)
        elif isinstance(spec, dict) and spec.get("fifo"):
            os.mkfifo(path)
        elif isinstance(spec, dict) and spec.get("folder"):
            os.makedirs(path, exist_ok=True)
        elif isinstance(spec, dict) and "sqlite" in spec:
            if os.path.lexists(path):
                os.unlink(path)
            with contextlib.closing(sqlite3.connect(os.fsdecode(path))) as database:
                database.executescript(spec["sqlite"])
                database.commit()
        else:
            if os.path.islink(path):
                os.unlink(path)
            with open(path, "wb") as handle:
                handle.write(file_payload(spec, places))


def remove_path(path: bytes) -> None:
    """Delete a file, a link, or a folder with all it holds."""
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    else:
        os.unlink(path)


def generated_files(generate: list[dict[str, Any]]) -> dict[str, Any]:
    """Many files from one pattern: `{path: "content/n{i}.fr.md", count: 300, text: ...}`."""
    files: dict[str, Any] = {}
    for item in generate:
        for index in range(item["count"]):
            files[item["path"].format(i=index)] = item["text"].format(i=index)
    return files


def config_text(case: dict[str, Any]) -> str:
    """The case's config.yaml: the scratch project's settings with the case's overrides."""
    if "config_text" in case:
        return case["config_text"]
    values: dict[str, Any] = {
        "title": "Édition hostile",
        "base_url": "/",
        "layouts_dir": "layouts" if case.get("own_layouts") else "@LAYOUTS@",
        "cache_dir": ".cache",
    }
    values.update(case.get("config") or {})
    return yaml.safe_dump(values, allow_unicode=True, sort_keys=False)


# --- the scratch area, before and after -----------------------------------------------------------


def snapshot(area: Path) -> dict[str, str]:
    """Every entry below the area, links and FIFOs never followed nor opened: {path: what}."""
    entries: dict[str, str] = {}
    for folder, dirs, names in os.walk(os.fsencode(area)):
        for name in [*dirs, *names]:
            path = os.path.join(folder, name)
            info = os.lstat(path)
            key = os.fsdecode(path)
            if stat.S_ISLNK(info.st_mode):
                entries[key] = "link:" + os.fsdecode(os.readlink(path))
            elif stat.S_ISDIR(info.st_mode):
                entries[key] = "folder"
            elif stat.S_ISREG(info.st_mode):
                with open(path, "rb") as handle:
                    entries[key] = "file:" + hashlib.sha256(handle.read()).hexdigest()
            else:
                entries[key] = f"special:{stat.S_IFMT(info.st_mode)}"
    return entries


def differences(before: dict[str, str], after: dict[str, str]) -> dict[str, str]:
    """What changed: {path: 'created' | 'changed' | 'deleted'}."""
    changes = {path: "deleted" for path in before if path not in after}
    for path, what in after.items():
        if path not in before:
            changes[path] = "created"
        elif before[path] != what:
            changes[path] = "changed"
    return changes


@dataclass
class Settings:
    """The folders a case's config names, resolved (None when the config cannot be read)."""

    output: Path | None = None
    cache: Path | None = None
    content: Path | None = None
    source_lang: str = "fr"
    target_lang: str = "en"
    inputs: list[Path] = field(default_factory=list)


def read_settings(root: Path) -> Settings:
    """The case's folders as the config names them (read with a plain YAML loader)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        values = yaml.load((root / "config.yaml").read_text(encoding="utf-8-sig"), loader)
    except (OSError, ValueError, yaml.YAMLError, RecursionError):
        return Settings()
    values = values if isinstance(values, dict) else {}

    def folder(key: str, default: str) -> Path:
        value = values.get(key, default)
        return (root / (value if isinstance(value, str) else default)).resolve()

    inputs = [folder(k, k.removesuffix("_dir")) for k in ("content_dir", "seeds_dir")]
    inputs += [folder("layouts_dir", "layouts"), (root / "config.yaml").resolve()]
    return Settings(
        output=folder("output_dir", "public"),
        cache=folder("cache_dir", ".cache/visavis"),
        content=folder("content_dir", "content"),
        source_lang=str(values.get("source_lang", "fr")),
        target_lang=str(values.get("target_lang", "en")),
        inputs=inputs,
    )


def writable_folders(settings: Settings, root: Path) -> list[Path]:
    """The output and cache folders, where they are folders of their own: neither the project
    folder nor above it, neither holding nor inside an input (else nothing may change there).
    They may lie outside the project (serve builds into a temporary folder)."""
    allowed = []
    for folder in (settings.output, settings.cache):
        if folder is None or root.is_relative_to(folder):
            continue
        if any(
            folder == other or other.is_relative_to(folder) or folder.is_relative_to(other)
            for other in settings.inputs
        ):
            continue
        allowed.append(folder)
    return allowed


def after_is_folder(path: str) -> bool:
    """True when `path` is a folder now (not a link)."""
    return os.path.isdir(path) and not os.path.islink(path)


def leads_to(folder: Path, allowed: list[Path], root: Path) -> bool:
    """True when `folder`, inside the project, lies above one of the `allowed` folders."""
    return folder.is_relative_to(root) and any(target.is_relative_to(folder) for target in allowed)


def unexplained_changes(
    changes: dict[str, str], settings: Settings, root: Path, commands: list[str], edited: set[str]
) -> list[str]:
    """Changes the build had no business making."""
    allowed = writable_folders(settings, root)
    stages = {word for command in commands for word in command.split()}
    ingest = bool(stages & {"ingest", "build"})
    translate = bool(stages & {"translate", "build"})
    bad = []
    for path, what in sorted(changes.items()):
        resolved = Path(path).resolve() if what != "deleted" else Path(path)
        if any(Path(path).is_relative_to(folder) for folder in allowed):
            continue
        if path in edited:
            continue
        if ingest and what == "created" and Path(path) == settings.content:
            continue  # ingest makes the content folder when there is none
        if what == "created" and after_is_folder(path) and leads_to(Path(path), allowed, root):
            continue  # a folder above the output or cache folder, made to hold it
        if what == "deleted" and TEMP_NAME.match(Path(path).name):
            continue  # a temporary file a killed build left: every build sweeps them
        if (
            settings.content is not None
            and what != "deleted"
            and Path(path).parent == settings.content
        ):
            name = Path(path).name
            if ingest and name.endswith(f".{settings.source_lang}.md"):
                continue
            if translate and name.endswith(f".{settings.target_lang}.md"):
                continue
        bad.append(f"{what}: {resolved}")
    return bad


# --- the output -------------------------------------------------------------------------------


class PageReader(HTMLParser):
    """A strict reader: tags must nest and close. It keeps the page's visible text, and the
    text of the body rows' source and target cells apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, str]] = []  # (tag, "src" | "tgt" | "row" | "")
        self.problems: list[str] = []
        self.visible: list[str] = []
        self.cells: dict[str, list[str]] = {"src": [], "tgt": []}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Track nesting and which cell we are in."""
        if tag in VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        role = ""
        if tag == "div" and "row" in classes:
            role = "row"
        elif tag == "div" and "cell" in classes and self._in_row():
            role = "src" if "src" in classes else "tgt" if "tgt" in classes else ""
        self.open.append((tag, role))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A self-closed tag must be a void element."""
        if tag not in VOID:
            self.problems.append(f"<{tag}/> is not a void element")

    def handle_endtag(self, tag: str) -> None:
        """An end tag closes the innermost open element."""
        if tag in VOID:
            self.problems.append(f"</{tag}> closes a void element")
        elif not self.open or self.open[-1][0] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1][0] if self.open else 'nothing'}")
        else:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        """Keep visible text (not scripts, styles or the head)."""
        tags = [tag for tag, _ in self.open]
        if "body" not in tags or {"script", "style", "template"} & set(tags):
            return
        self.visible.append(data)
        for _, role in reversed(self.open):
            if role in self.cells:
                self.cells[role].append(data)
                break

    def _in_row(self) -> bool:
        return any(role == "row" for _, role in self.open)


def read_page(text: str) -> PageReader:
    """Parse one page strictly."""
    reader = PageReader()
    reader.feed(text)
    reader.close()
    if reader.open:
        reader.problems.append(f"left open: {[tag for tag, _ in reader.open]}")
    return reader


def malformed_outputs(output: Path) -> list[str]:
    """Every HTML file that does not nest and close, every XML file that does not parse."""
    problems = []
    for path in sorted(output.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if path.suffix == ".html":
            reader = read_page(path.read_bytes().decode("utf-8", errors="replace"))
            problems += [f"{path}: {problem}" for problem in reader.problems[:3]]
        elif path.suffix == ".xml":
            try:
                ElementTree.fromstring(path.read_bytes())
            except ElementTree.ParseError as error:
                problems.append(f"{path}: {error}")
    return problems


def words(text: str) -> list[str]:
    """Words as the invariant counts them: runs of letters and digits (NFC: an accent typed
    as a combining mark is the same word)."""
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFC", text))


_LINK_TARGET = re.compile(r"\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")


def body_words(text: str) -> list[str]:
    """The words of a content file's body that a reader must see: a link's address is not
    shown (its text is)."""
    body = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = body.split("\n")
    if lines and lines[0].rstrip() == "---":
        for index, line in enumerate(lines[1:], start=1):
            if line.rstrip() in ("---", "..."):
                body = "\n".join(lines[index + 1 :])
                break
    return words(_LINK_TARGET.sub("]", body))


def first_word_lost(source: list[str], shown: str) -> str | None:
    """The first word of source missing from shown, in order; None if all are there."""
    stream = "".join(words(shown))
    position = 0
    for word in source:
        found = stream.find(word, position)
        if found < 0:
            return word
        position = found + len(word)
    return None


def stage_wide_failure(errors: list[str], settings: Settings) -> bool:
    """True when an error is not about one content file or seed (a layout, the config, the
    cache): then the site is left as it was, and pages need not be there."""
    folders = [str(folder) + os.sep for folder in settings.inputs[:2]]
    return any(not line.removeprefix("error: ").startswith(tuple(folders)) for line in errors)


def lost_words(settings: Settings, error_text: str, stage_failed: bool) -> list[str]:
    """For every readable content file no error names: the first word its page lacks (and
    its page must be there, unless a stage failed as a whole)."""
    problems: list[str] = []
    if settings.content is None or settings.output is None or not settings.content.is_dir():
        return problems
    for path in sorted(settings.content.iterdir()):
        name = path.name
        shown = os.fsencode(path).decode("utf-8", errors="backslashreplace")
        if path.is_symlink() or not path.is_file() or shown in error_text:
            continue
        for lang, cell in ((settings.source_lang, "src"), (settings.target_lang, "tgt")):
            if not name.endswith(f".{lang}.md"):
                continue
            slug = name.removesuffix(f".{lang}.md")
            pair = [
                settings.content / f"{slug}.{code}.md"
                for code in (settings.source_lang, settings.target_lang)
            ]
            if any(str(file) in error_text for file in pair):
                continue  # its article failed: the page may be the last good one, or none
            try:
                text = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError:
                problems.append(f"{path}: not UTF-8, yet no error names it")
                continue
            page = settings.output / "articles" / slug / "index.html"
            if not page.is_file():
                if not stage_failed:
                    problems.append(f"{path}: no page at {page}")
                continue
            if stage_failed:
                continue  # the site was left as it was: the page may be older than the file
            reader = read_page(page.read_text(encoding="utf-8"))
            lost = first_word_lost(body_words(text), "".join(reader.cells[cell]))
            if lost is not None:
                problems.append(f"{path}: the word {lost!r} is not on {page}")
    return problems


def page_text(output: Path, relative: str) -> str:
    """The visible text of one output page (its raw text for a file that is not HTML)."""
    path = output / relative
    assert path.is_file(), f"expected page {relative} is missing"
    raw = path.read_text(encoding="utf-8")
    return "".join(read_page(raw).visible) if path.suffix == ".html" else raw


# --- running a case -----------------------------------------------------------------------------


@dataclass
class Outcome:
    """What the case's last commands did."""

    exit: int
    outputs: list[str]
    seconds: list[float]
    rss: int | None = None

    @property
    def output(self) -> str:
        """What every command printed."""
        return "".join(self.outputs)


def run_commands(root: Path, commands: list[str], capsys: pytest.CaptureFixture[str]) -> Outcome:
    """Run each command line in-process; the worst exit code and all the output."""
    worst, output, seconds = 0, [], []
    for command in commands:
        capsys.readouterr()
        started = time.perf_counter()
        try:
            code = main(["--config", str(root / "config.yaml"), *command.split()])
        except BaseException as error:  # any exception escaping main() is a finding
            import traceback

            code = 99
            sys.stderr.write("Traceback (escaped main):\n" + traceback.format_exc())
            if isinstance(error, KeyboardInterrupt):
                raise
        seconds.append(time.perf_counter() - started)
        captured = capsys.readouterr()
        output.append(captured.out + captured.err)
        worst = max(worst, code)
    return Outcome(worst, output, seconds)


#: Starts a command on at most 2 cores and writes its peak memory (kB) to the file named first.
#: A small process of its own spawns the build: a process forked from the test run (as
#: `preexec_fn` forces) starts out as big as it, and its peak memory would be the test run's.
_LAUNCHER = """
import os, subprocess, sys, threading
os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[:2])
child = subprocess.Popen(sys.argv[2:])
killer = threading.Timer(60, child.kill)
killer.start()
_, status, usage = os.wait4(child.pid, 0)
killer.cancel()
with open(sys.argv[1], "w") as peak:
    peak.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_subprocess(root: Path, commands: list[str]) -> Outcome:
    """Run each command as `python build.py` on at most 2 cores; keep its peak memory."""
    worst, output, seconds, rss = 0, [], [], 0
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for command in commands:
        argv = [sys.executable, str(REPO / "build.py"), "--config", str(root / "config.yaml")]
        started = time.perf_counter()
        # (the peak is written outside the case's area, which must change only where it may)
        with tempfile.TemporaryFile() as log, tempfile.NamedTemporaryFile("r") as peak:
            returncode = subprocess.call(
                [sys.executable, "-c", _LAUNCHER, peak.name, *argv, *command.split()],
                cwd=root,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=90,
            )
            log.seek(0)
            output.append(log.read().decode("utf-8", errors="replace"))
            rss = max(rss, int(peak.read() or 0) * 1024)  # Linux gives kilobytes
        seconds.append(time.perf_counter() - started)
        worst = max(worst, returncode)
    return Outcome(worst, output, seconds, rss)


def apply_during(
    during: dict[str, Any], places: Places, monkeypatch: pytest.MonkeyPatch
) -> set[str]:
    """Save files by hand while a stage works (see the README): the paths it will write."""
    from visavis import machine_translation, render
    from visavis.ingest import stage

    files = during.get("files", {})
    removed = during.get("remove", [])
    done: list[bool] = []

    def save() -> None:
        if not done:
            done.append(True)
            write_files(files, places)
            for relative in removed:
                remove_path(places.path(relative))

    if during["while"] == "ingest":
        real_ingest = stage.ingest_seeds

        def ingest_then_save(*args: Any, **kwargs: Any) -> Any:
            outcomes = real_ingest(*args, **kwargs)
            save()
            return outcomes

        monkeypatch.setattr(stage, "ingest_seeds", ingest_then_save)
    elif during["while"] == "translate":
        real_open = machine_translation.open_argos_engine

        def open_engine(config: Any, glossary: Any = None) -> Any:
            engine = real_open(config, glossary)
            real_translate = engine.translate

            def translate_and_save(*args: Any, **kwargs: Any) -> Any:
                save()
                return real_translate(*args, **kwargs)

            engine.translate = translate_and_save
            return engine

        monkeypatch.setattr(machine_translation, "open_argos_engine", open_engine)
    elif during["while"] == "render":
        real_render = render.render_pages

        def save_then_render(*args: Any, **kwargs: Any) -> Any:
            save()
            return real_render(*args, **kwargs)

        monkeypatch.setattr(render, "render_pages", save_then_render)
    else:
        raise AssertionError(f"unknown 'during.while': {during['while']}")
    return {os.fsdecode(places.path(relative)) for relative in [*files, *removed]}


def needs_model(case: dict[str, Any]) -> bool:
    """True when a command of the case translates."""
    commands = [*case.get("run", ["build"])]
    for step in case.get("before", []):
        commands += step.get("run", ["build"])
    return any({"build", "translate"} & set(command.split()) for command in commands)


# --- the test ----------------------------------------------------------------------------------


@pytest.mark.parametrize("case_file", CASES, ids=[path.stem for path in CASES])
def test_hostile_case(
    case_file: Path,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = load_case(case_file)
    if case.get("xfail"):
        request.applymarker(pytest.mark.xfail(reason=case["xfail"], strict=True))
    if needs_model(case):
        request.getfixturevalue("tiny_model")
    places = Places(tmp_path, tmp_path / "a" / "b" / "site", tmp_path / "outside")
    prepare(case, places)
    run_before_steps(case, places, capsys)
    edited = apply_during(case["during"], places, monkeypatch) if "during" in case else set()
    before = snapshot(places.area)
    commands = case.get("run", ["build"])
    with held_lock(places.root / ".cache" if case.get("hold_lock") else None):
        if case.get("subprocess"):
            outcome = run_subprocess(places.root, commands)
        else:
            outcome = run_commands(places.root, commands, capsys)
    if os.environ.get("HOSTILE_DUMP"):  # see what a case prints, while writing one
        memory = f" peak {outcome.rss / 2**20:.0f} MB" if outcome.rss else ""
        sys.__stderr__.write(f">>>> {case_file.stem} exit {outcome.exit}{memory}\n")
        sys.__stderr__.write(f"{outcome.output}<<<<\n")
    after = snapshot(places.area)
    settings = read_settings(places.root)
    check_invariants(case, places, outcome, settings, differences(before, after), edited)
    check_expectations(case.get("expect", {}), places, outcome, settings, before, after)


def run_before_steps(
    case: dict[str, Any], places: Places, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run the case's `before` steps, then remove, write and damage what its run starts from."""
    for step in case.get("before", []):
        for relative in step.get("remove", []):
            remove_path(places.path(relative))
        write_files(step.get("files", {}), places)
        prior = run_commands(places.root, step.get("run", ["build"]), capsys)
        assert prior.exit == step.get("exit", 0), f"a 'before' step failed:\n{prior.output}"
    for relative in case.get("remove", []):
        remove_path(places.path(relative))
    write_files(case.get("files", {}), places)
    for pattern in case.get("damage", []):
        damaged = sorted(places.root.glob(places.fill(pattern)))
        assert damaged, f"'damage': nothing matches {pattern}"
        for path in damaged:
            path.write_bytes(b"\x80garbage\x00 not what was written")


@contextlib.contextmanager
def held_lock(cache: Path | None) -> Iterator[None]:
    """Hold the project's build lock, as another build would (nothing when `cache` is None)."""
    if cache is None:
        yield
        return
    from filelock import FileLock

    cache.mkdir(parents=True, exist_ok=True)
    with FileLock(str(cache / "build.lock")):
        yield


def prepare(case: dict[str, Any], places: Places) -> None:
    """Write the project: outside folder, config, layouts, files."""
    places.outside.mkdir()
    (places.outside / "secret.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    (places.outside / "secret.md").write_text(f"---\ntitle: Secret\n---\n{SECRET}\n", "utf-8")
    places.root.mkdir(parents=True)
    (places.root / "config.yaml").write_text(places.fill(config_text(case)), encoding="utf-8")
    if case.get("own_layouts"):
        shutil.copytree(REPO / "layouts", places.root / "layouts")
    write_files(generated_files(case.get("generate", [])), places)


def check_invariants(
    case: dict[str, Any],
    places: Places,
    outcome: Outcome,
    settings: Settings,
    changes: dict[str, str],
    edited: set[str],
) -> None:
    """The corpus-wide guarantees, checked on every case."""
    text = outcome.output
    assert "Traceback" not in text, text
    errors = [line for line in text.splitlines() if line.startswith("error: ")]
    failed = [line for line in errors if not line.startswith("error: failed")]
    for line in failed:
        assert ERROR_LINE.match(line), f"not in the house form `path:line: message`: {line}"
    for printed in outcome.outputs:  # each command prints each problem once
        lines = printed.splitlines()
        for line in {line for line in lines if line.startswith(("error: ", "warning: "))}:
            copies = lines.count(line) + lines.count(line.partition(": ")[2])
            assert copies == 1, f"printed {copies} times: {line}\n{printed}"
    if failed:
        assert outcome.exit != 0, f"errors, yet exit 0:\n{text}"
    assert outcome.exit in (0, 1), f"exit {outcome.exit}:\n{text}"
    commands = case.get("run", ["build"])
    bad = unexplained_changes(changes, settings, places.root, commands, edited)
    assert bad == [], "changed outside the output and cache folders:\n" + "\n".join(bad)
    output = settings.output
    if output is not None and output in writable_folders(settings, places.root):
        if output.is_dir():
            malformed = malformed_outputs(output)
            assert malformed == [], "\n".join(malformed)
        if any({"render", "build"} & set(command.split()) for command in commands):
            lost = lost_words(settings, text, stage_wide_failure(failed, settings))
            assert lost == [], "\n".join([*lost, text])
    leaked = [
        path
        for path in places.root.rglob("*")
        if path.is_file() and not path.is_symlink() and SECRET.encode() in path.read_bytes()
    ]
    assert leaked == [], f"a file from outside the project was copied in: {leaked}"
    slowest = max(outcome.seconds, default=0.0)
    assert slowest < MAX_SECONDS, f"a command took {slowest:.1f}s"
    if outcome.rss is not None:
        assert outcome.rss < MAX_RSS_BYTES, f"peak memory {outcome.rss / 2**20:.0f} MB"


def check_expectations(
    expect: dict[str, Any],
    places: Places,
    outcome: Outcome,
    settings: Settings,
    before: dict[str, str],
    after: dict[str, str],
) -> None:
    """The case's own expected outcome."""
    text = outcome.output
    if "exit" in expect:
        assert outcome.exit == expect["exit"], text
    if "errors" in expect:
        shown = [
            line
            for line in text.splitlines()
            if line.startswith("error: ") and not line.startswith("error: failed")
        ]
        assert shown == [f"error: {places.fill(line)}" for line in expect["errors"]], text
    if "error_count" in expect:
        shown = [line for line in text.splitlines() if line.startswith("error: ")]
        assert (
            len(shown) - sum(line.startswith("error: failed") for line in shown)
            == (expect["error_count"])
        ), text
    warnings = [line for line in text.splitlines() if line.startswith("warning: ")]
    for wanted in expect.get("warnings", []):
        wanted = places.fill(wanted)
        assert any(wanted in line for line in warnings), f"no warning {wanted!r} in:\n{text}"
    for unwanted in expect.get("not_in_output", []):
        assert places.fill(unwanted) not in text, text
    output = settings.output or places.root / "public"
    for relative, wanted in (expect.get("pages") or {}).items():
        shown = page_text(output, relative)
        for phrase in wanted:
            assert phrase in shown, f"{phrase!r} is not on {relative}: {shown[:2000]!r}"
    for relative, unwanted in (expect.get("not_on_pages") or {}).items():
        raw = (output / relative).read_text(encoding="utf-8")
        for phrase in unwanted:
            assert phrase not in raw, f"{phrase!r} is in {relative}"
    for relative in expect.get("no_pages", []):
        assert not (output / relative).exists(), f"{relative} should not be published"
    for relative in expect.get("untouched", []):
        key = os.fsdecode(places.path(relative))
        assert before.get(key) == after.get(key), f"{relative} changed"
    for relative, wanted in (expect.get("files") or {}).items():
        data = Path(os.fsdecode(places.path(relative))).read_bytes().decode("utf-8")
        for phrase in wanted:
            assert places.fill(phrase) in data, f"{phrase!r} not in {relative}"
    for relative in expect.get("absent", []):
        assert not os.path.lexists(places.path(relative)), f"{relative} should not exist"
