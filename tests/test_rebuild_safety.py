"""Rebuild safety: no wasted work, no lost edits, and a killed build that the next one finishes.

Translation always goes through the real Argos path with the project's tiny package: in
process through the `tiny_model` fixture, and in subprocesses through an isolated Argos home
where `build.py install-model` installed it.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    REPO,
    TINY,
    argos_home_with_tiny_model,
    project_config,
    run_build_py,
    stage_summary,
    write_tree,
)
from filelock import FileLock

from visavis.argos_engine import open_argos_engine
from visavis.cli import main
from visavis.config import load_config
from visavis.frontmatter import read_document
from visavis.render import OUTPUT_LIST
from visavis.state import open_state
from visavis.translate import run_translate

#: Memorised body sentences of the tiny model (the other pairs: a title, section, standfirst).
SENTENCES = [fr for fr in TINY if fr.endswith(".") and fr != "Une petite édition pour les tests."]
PUBLICATIONS = ("Le Temps", "Libération", "Le Monde")


def run(project: Path, *args: str) -> int:
    """Call the command line on a scratch project."""
    return main(["--config", str(project / "config.yaml"), *args])


def article(rng: random.Random, day: int) -> str:
    """A source article made only of memorised sentences, in a combination drawn from rng."""
    meta = [
        f"title: {rng.choice([*SENTENCES, 'Le marché ouvre tôt'])}",
        f"publication: {rng.choice(PUBLICATIONS)}",
        f"date: 2024-{1 + day // 28:02d}-{1 + day % 28:02d}",
    ]
    if rng.random() < 0.5:
        meta.append("section: Technologie")
    if rng.random() < 0.5:
        meta.append("standfirst: Une petite édition pour les tests.")
    paragraphs = [
        "\n".join(rng.sample(SENTENCES, rng.randint(1, 4))) for _ in range(rng.randint(1, 3))
    ]
    if rng.random() < 0.3:
        paragraphs.insert(1, "## Le marché ouvre tôt")
    if rng.random() < 0.3:
        paragraphs.append(f"> {rng.choice(SENTENCES)}\n> — Marie Dupont")
    return "---\n" + "\n".join(meta) + "\n---\n" + "\n\n".join(paragraphs) + "\n"


def edition_files(count: int, seed: int = 5) -> dict[str, str]:
    """`count` articles of memorised sentences, drawn with a seeded RNG."""
    rng = random.Random(seed)
    return {f"content/n{day:03d}.fr.md": article(rng, day) for day in range(count)}


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Identity (inode, mtime) of every file below folder, by relative POSIX path."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def tree(folder: Path, clean: Callable[[str, bytes], bytes] = lambda name, data: data) -> dict:
    """Every file below folder as bytes (after `clean`), by relative POSIX path."""
    return {
        p.relative_to(folder).as_posix(): clean(p.name, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def without_created(name: str, data: bytes) -> bytes:
    """A content file without its translation timestamp, the one thing that may differ."""
    if not name.endswith(".en.md"):
        return data
    return b"\n".join(line for line in data.split(b"\n") if not line.startswith(b"  created: "))


# --- subprocesses with the tiny model in their own Argos home ------------------------------


@pytest.fixture(scope="module")
def argos_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment of a subprocess whose Argos home holds the tiny package."""
    return argos_home_with_tiny_model(tmp_path_factory.mktemp("argos-subprocess"))


def build_command(project: Path, *args: str) -> list[str]:
    """The command line of `build.py` for a scratch project."""
    return [sys.executable, str(REPO / "build.py"), "--config", str(project / "config.yaml"), *args]


def build_process(project: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """Run `build.py` to completion in a subprocess."""
    return run_build_py(["--config", str(project / "config.yaml"), *args], env, project)


NO_MODEL_PROBE = """\
import sys
from visavis.cli import main
codes = [main(sys.argv[1:]), main([*sys.argv[1:], "translate"])]
loaded = sorted(m for m in ("ctranslate2", "argostranslate", "sentencepiece") if m in sys.modules)
print(codes, loaded)
"""


def run_no_model_probe(project: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """A whole build then `translate` in one process, reporting which engine modules loaded."""
    return subprocess.run(
        [sys.executable, "-c", NO_MODEL_PROBE, "--config", str(project / "config.yaml")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_build_with_nothing_changed_loads_no_model_and_rewrites_nothing(
    project: Path, argos_env: dict[str, str]
) -> None:
    write_tree(project, edition_files(4))
    assert build_process(project, argos_env).returncode == 0
    before = snapshot(project / "content") | snapshot(project / "public")
    result = run_no_model_probe(project, argos_env)
    assert result.stdout == "[0, 0] []\n", result.stderr
    assert snapshot(project / "content") | snapshot(project / "public") == before
    whole_build, translate_stage = result.stderr.split("done in ")[:2]
    assert stage_summary(whole_build, "ingest") == {"nothing changed": True}
    assert stage_summary(whole_build, "translate") == {"sentences translated": 0, "from memory": 0}
    assert stage_summary(whole_build, "render") == {"nothing changed": True, "pages written": 0}
    assert stage_summary(translate_stage, "translate") == {
        "up to date": 4,
        "sentences translated": 0,
        "from memory": 0,
    }


MODEL_SIDE_PROBE = """\
import sys
from visavis.cli import main
code = main(sys.argv[1:])
loaded = [m for m in ("visavis.machine_translation", "visavis.argos_engine") if m in sys.modules]
print(code, loaded)
"""


def test_an_article_added_with_its_translation_builds_without_the_model_side(
    project: Path, tmp_path_factory: pytest.TempPathFactory, argos_env: dict[str, str]
) -> None:
    # the translated article comes from another project, as an editor's copy would
    other = tmp_path_factory.mktemp("translated-elsewhere")
    write_tree(other, {"config.yaml": (project / "config.yaml").read_text(), **edition_files(5)})
    assert build_process(other, argos_env).returncode == 0
    write_tree(project, edition_files(4))
    assert build_process(project, argos_env).returncode == 0
    for name in ("n004.fr.md", "n004.en.md"):
        shutil.copy2(other / "content" / name, project / "content" / name)
    result = subprocess.run(
        [sys.executable, "-c", MODEL_SIDE_PROBE, "--config", str(project / "config.yaml")],
        env=argos_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout == "0 []\n", result.stderr
    assert stage_summary(result.stderr, "translate")["up to date"] == 5
    assert (project / "public" / "articles" / "n004" / "index.html").is_file()


def test_touched_but_unchanged_files_load_no_model_and_rewrite_nothing(
    project: Path, argos_env: dict[str, str]
) -> None:
    write_tree(project, edition_files(4))
    assert build_process(project, argos_env).returncode == 0
    for path in (project / "content").iterdir():
        path.touch()
    before = snapshot(project / "public")
    result = run_no_model_probe(project, argos_env)
    assert result.stdout == "[0, 0] []\n", result.stderr
    assert snapshot(project / "public") == before
    whole_build, translate_stage = result.stderr.split("done in ")[:2]
    for log_text in (whole_build, translate_stage):
        assert stage_summary(log_text, "translate") == {
            "up to date": 4,
            "sentences translated": 0,
            "from memory": 0,
        }
    assert stage_summary(whole_build, "render")["pages written"] == 0


# --- translate: only new sentences go to the model --------------------------------------------


@pytest.fixture
def translated(project: Path, tiny_model: Path) -> Path:
    """A scratch edition of six articles, translated and rendered."""
    write_tree(project, edition_files(6))
    assert run(project) == 0
    return project


def recording_engine(sent: list[str]) -> Callable[[Any], Any]:
    """Open the real Argos engine, recording every sentence it is asked to translate."""

    def open_engine(config: Any, glossary: Any = None) -> Any:
        engine = open_argos_engine(config, glossary)
        translate = engine.translate

        def recorded(sentences: list[str], progress: Any = None) -> list[str]:
            sent.extend(sentences)
            return translate(sentences, progress)

        engine.translate = recorded
        return engine

    return open_engine


NEW_ARTICLE = """\
---
title: Le marché ouvre tôt
publication: Le Temps
date: 2030-01-01
---
Le maire a visité les stands ce matin.
Une phrase que personne n’a jamais vue.

Encore une phrase toute neuve.
"""


def test_adding_an_article_sends_only_its_new_sentences_to_the_model(translated: Path) -> None:
    content = translated / "content"
    before = snapshot(content)
    write_tree(translated, {"content/zz-new.fr.md": NEW_ARTICLE})
    sent: list[str] = []
    config = load_config(translated / "config.yaml")
    report = run_translate(config, open_engine=recording_engine(sent))
    assert sent == ["Une phrase que personne n’a jamais vue.", "Encore une phrase toute neuve."]
    assert report.counts == {
        "up to date": 6,
        "sentences translated": 2,
        "from memory": 2,
        "articles written": 1,
        "flagged (python build.py review)": 2,  # the tiny model garbles the new sentences
    }
    changed = {name for name, identity in snapshot(content).items() if before.get(name) != identity}
    assert changed == {"zz-new.fr.md", "zz-new.en.md"}


def test_force_translates_again_from_memory_and_no_memory_from_the_model(
    translated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = translated / "content"
    first = tree(content, without_created)
    capsys.readouterr()
    assert run(translated, "translate", "--force") == 0
    err = capsys.readouterr().err
    counts = stage_summary(err, "translate")
    assert counts["sentences translated"] == 0
    remembered = counts["from memory"]
    assert remembered > 10
    assert tree(content, without_created) == first
    sent: list[str] = []
    config = load_config(translated / "config.yaml")
    report = run_translate(config, force=True, use_memory=False, open_engine=recording_engine(sent))
    assert len(sent) == len(set(sent)) == remembered == report.counts["sentences translated"]
    assert tree(content, without_created) == first


# --- hand edits are never lost -----------------------------------------------------------------


def edit_translation(path: Path, old: str, new: str) -> str:
    """Replace a line of a translation by hand; return the new text."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    edited = text.replace(old, new, 1)
    path.write_text(edited, encoding="utf-8")
    return edited


def first_sentence(path: Path) -> str:
    """The first line of the first paragraph of a content file."""
    document = read_document(path)
    return next(block for block in document.blocks if block.kind == "paragraph").lines[0]


def test_edited_translation_is_kept_and_reported_stale_in_summary_and_page(
    translated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = translated / "content"
    target = content / "n002.en.md"
    edited = edit_translation(target, first_sentence(target), "Rewritten by an editor.")
    source = content / "n002.fr.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace(first_sentence(source), SENTENCES[0], 1)
        if first_sentence(source) != SENTENCES[0]
        else source.read_text(encoding="utf-8").replace(SENTENCES[0], SENTENCES[1], 1),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(translated) == 0
    err = capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == edited
    assert (
        f"warning: {target}: translation was edited by hand and its source changed since; "
        "kept as it is, but it may be outdated"
    ) in err
    assert stage_summary(err, "translate") == {
        "up to date": 5,
        "stale": 1,
        "kept (edited)": 1,
        "sentences translated": 0,
        "from memory": 0,
        "warning(s)": 1,
    }
    page = (translated / "public" / "articles" / "n002" / "index.html").read_text(encoding="utf-8")
    assert "Rewritten by an editor." in page
    assert "May be outdated: the original changed after this translation was edited." in page
    assert run(translated, "--force") == 0
    assert target.read_text(encoding="utf-8") == edited, "--force does not overwrite it either"


def test_status_lists_every_article_with_its_state(
    translated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = translated / "content"
    edit_translation(content / "n001.en.md", first_sentence(content / "n001.en.md"), "Edited.")
    reviewed = content / "n002.en.md"
    reviewed.write_text(
        reviewed.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true"), "utf-8"
    )
    stale = content / "n003.en.md"
    edit_translation(stale, first_sentence(stale), "Edited, then the source moved on.")
    for slug in ("n003", "n004"):
        source = content / f"{slug}.fr.md"
        source.write_text(source.read_text(encoding="utf-8") + "\nLe maire a dit non.\n", "utf-8")
    (content / "n005.en.md").unlink()
    capsys.readouterr()
    assert run(translated, "status") == 0
    assert capsys.readouterr().out == (
        "machine       n000\n"
        "edited        n001\n"
        "reviewed      n002\n"
        "stale         n003\n"
        "outdated      n004\n"
        "untranslated  n005\n"
    )


# --- concurrent builds, failing articles, strictness -------------------------------------------


def test_a_second_build_at_once_stops_with_a_clear_message_and_writes_nothing(
    project: Path, argos_env: dict[str, str]
) -> None:
    write_tree(project, edition_files(3))
    lock = project / ".cache" / "build.lock"
    lock.parent.mkdir()
    with FileLock(str(lock)):
        result = build_process(project, argos_env)
    assert result.returncode == 1
    assert result.stderr == (
        f"error: {lock}: another visavis build is running in this project "
        "(hint: wait for it to finish, then build again)\n"
    )
    assert sorted(p.name for p in (project / "content").iterdir()) == [
        "n000.fr.md",
        "n001.fr.md",
        "n002.fr.md",
    ]
    assert not (project / "public").exists()


def test_failing_articles_do_not_stop_the_others_and_are_all_reported(
    project: Path, tiny_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, edition_files(3))
    write_tree(
        project,
        {
            "content/bad-type.fr.md": "---\ntitle: [1, 2]\n---\nLe maire a dit non.\n",
            "content/bad-date.fr.md": "---\ntitle: x\ndate: hier\n---\nLe maire a dit non.\n",
        },
    )
    assert run(project) == 1
    err = capsys.readouterr().err
    content = project / "content"
    problems = [line for line in err.splitlines() if line.startswith("error: ")]
    expected = [
        f"error: {content / 'bad-date.fr.md'}:3: front matter 'date': 'hier' is not a date "
        "(hint: use YYYY-MM-DD)",
        f"error: {content / 'bad-type.fr.md'}:2: front matter 'title' must be text, not list",
    ]
    assert problems == expected, "each problem reported once, though two stages read the file"
    assert sorted(p.name for p in (project / "public" / "articles").iterdir()) == [
        "n000",
        "n001",
        "n002",
    ]
    assert sorted(p.name for p in content.glob("*.en.md")) == [
        "n000.en.md",
        "n001.en.md",
        "n002.en.md",
    ]
    for page in (project / "public").rglob("*.html"):
        assert page.read_text(encoding="utf-8").endswith("</html>\n"), f"{page} is incomplete"


def test_strict_turns_a_render_warning_into_a_failure(
    translated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = translated / "content" / "n000.en.md"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.rstrip("\n") + "\nOne line too many.\n", encoding="utf-8")
    assert run(translated, "render") == 0
    assert "highlighting falls back to the block" in capsys.readouterr().err
    assert run(translated, "--strict", "render") == 1
    assert "failed: 1 warning(s) and --strict is on" in capsys.readouterr().err


def test_translate_alone_removes_temporaries_a_killed_build_left(translated: Path) -> None:
    leftover = write_tree(translated, {"content/.n000.en.md.abcd1234.tmp": "---\ntit"})
    assert run(translated, "translate") == 0
    assert not (leftover / "content" / ".n000.en.md.abcd1234.tmp").exists()


# --- SIGKILL at random points ----------------------------------------------------------------


def wait_for(condition: Callable[[], bool], process: subprocess.Popen, timeout: float) -> None:
    """Poll until condition holds or the process ends."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None and not condition():
        time.sleep(0.001)


def kill_build(
    project: Path, env: dict[str, str], when: Callable[[Path], bool], extra: float
) -> str:
    """Start a build, wait until `when` holds, sleep `extra` seconds, then SIGKILL it."""
    process = subprocess.Popen(
        build_command(project, "-q"),
        env=env,
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: when(project), process, timeout=120)
        time.sleep(extra)
        finished = process.poll() is not None
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    return "finished first" if finished else "killed"


#: Where to kill a build of the 60-article edition: a sign that the build has reached a phase
#: (polled every millisecond), and the most to wait after it before the SIGKILL.
KILL_POINTS: dict[str, tuple[Callable[[Path], bool], float]] = {
    "loading the model": (lambda root: (root / ".cache" / "memory.sqlite").exists(), 0.2),
    "writing translations": (lambda root: (root / "content" / "n000.en.md").exists(), 0.005),
    "rendering pages": (lambda root: (root / "content" / "n059.en.md").exists(), 0.3),
    "writing pages": (lambda root: (root / "public" / "404.html").exists(), 0.001),
}


@pytest.mark.slow
def test_builds_killed_at_random_points_end_equal_to_an_uninterrupted_build(
    tmp_path: Path, argos_env: dict[str, str]
) -> None:
    files = {"config.yaml": project_config(), **edition_files(60)}
    reference = write_tree(tmp_path / "reference", files)
    started = time.monotonic()
    assert build_process(reference, argos_env).returncode == 0
    duration = time.monotonic() - started
    rng = random.Random(20240326)
    for phase, (reached, most) in KILL_POINTS.items():
        delay = rng.uniform(0, most)
        for attempt in range(6):  # a fast machine may finish a phase before the delay is up
            killed = write_tree(tmp_path / f"{phase.replace(' ', '-')}-{attempt}", files)
            first = kill_build(killed, argos_env, reached, delay)
            if first == "killed":
                break
            delay /= 4
        assert first == "killed", f"the build ended before it could be killed {phase}"
        kill_build(killed, argos_env, lambda root: True, rng.uniform(0, duration))
        result = build_process(killed, argos_env)
        assert result.returncode == 0, result.stderr
        assert_same_build(killed, reference)


def assert_same_build(killed: Path, reference: Path) -> None:
    """Content and site equal the reference's; no temporary or truncated file; memory intact."""
    assert sorted(str(p) for p in killed.rglob("*.tmp")) == []
    assert tree(killed / "content", without_created) == tree(reference / "content", without_created)
    assert tree(killed / "public") == tree(reference / "public")
    with sqlite3.connect(killed / ".cache" / "memory.sqlite") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = set(connection.execute("SELECT model, source, target FROM translations"))
    with sqlite3.connect(reference / ".cache" / "memory.sqlite") as connection:
        assert rows == set(connection.execute("SELECT model, source, target FROM translations"))
    with open_state(load_config(killed / "config.yaml")) as state:
        manifest = {"files": state.outputs}
    published = {  # the list is not in it, nor the search index (the search stage's)
        path for path in tree(reference / "public") if not path.startswith("pagefind/")
    } - {OUTPUT_LIST}
    assert sorted(manifest["files"]) == sorted(published)


def build_with_an_edit(
    project: Path, monkeypatch: pytest.MonkeyPatch, after: str, path: Path, edit: Any
) -> Callable[[], list[Any]]:
    """Build the project once while an editor rewrites `path` (`edit(text)`) right after the
    stage `after`; return a function that runs the next full build and gives its reports."""
    from visavis import pipeline
    from visavis.config import load_config

    config = load_config(project / "config.yaml")
    original = pipeline._run_stage

    def run_stage_and_edit(stage: str, *args: object) -> object:
        report = original(stage, *args)
        if stage == after:
            path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
        return report

    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "_run_stage", run_stage_and_edit)
        pipeline.run_stages(config, pipeline.STAGES, pipeline.BuildOptions())
    return lambda: pipeline.run_stages(config, pipeline.STAGES, pipeline.BuildOptions())


def test_an_edit_saved_over_a_file_the_build_wrote_is_picked_up_by_the_next_build(
    project: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(project, edition_files(2))
    translation = project / "content" / "n000.en.md"  # written by this build's translate
    next_build = build_with_an_edit(
        project, monkeypatch, "render", translation, lambda text: text + "\nAdded by hand.\n"
    )
    reports = next_build()
    assert reports[0].note != "nothing changed", "the edit must not be taken as built"
    assert reports[1].counts.get("kept (edited)") == 1
    page = (project / "public" / "articles" / "n000" / "index.html").read_text(encoding="utf-8")
    assert "Added by hand." in page


def test_a_file_saved_while_a_build_runs_is_picked_up_by_the_next_build(
    project: Path, tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(project, edition_files(2))
    source = project / "content" / "n000.fr.md"
    next_build = build_with_an_edit(
        project,
        monkeypatch,
        "ingest",
        source,
        lambda text: text.replace("lang: fr", "lang: fr\nauthor: Marie"),
    )
    reports = next_build()
    assert reports[0].note != "nothing changed", "the edit must not be taken as built"
    reports = next_build()
    assert reports[0].note == "nothing changed"


# --- an edit saved while the build runs is never overwritten -----------------------------------


def engine_during_which(edit: Callable[[], None]) -> Callable[[Any], Any]:
    """Open the real Argos engine; `edit` runs (an editor saving a file) while it translates."""

    def open_engine(config: Any, glossary: Any = None) -> Any:
        engine = open_argos_engine(config, glossary)
        translate = engine.translate

        def translate_while_editing(sentences: list[str], progress: Any = None) -> list[str]:
            edit()
            return translate(sentences, progress)

        engine.translate = translate_while_editing
        return engine

    return open_engine


def test_a_translation_saved_by_hand_during_translation_is_kept(translated: Path) -> None:
    content = translated / "content"
    source = next(iter(sorted(content.glob("*.fr.md"))))
    target = source.with_name(source.name.replace(".fr.md", ".en.md"))
    source.write_text(source.read_text(encoding="utf-8") + "\nUne phrase toute neuve.\n")
    corrected = target.read_text(encoding="utf-8").replace("\n---\n", "\n---\nFixed by hand.\n", 1)

    def save_correction() -> None:
        target.write_text(corrected, encoding="utf-8")

    config = load_config(translated / "config.yaml")
    report = run_translate(config, open_engine=engine_during_which(save_correction))
    assert target.read_text(encoding="utf-8") == corrected
    assert f"{target}: edited during the build; not overwritten" in report.warnings
    assert report.counts["kept (edited)"] == 1


def test_a_translation_created_by_hand_during_translation_is_kept(translated: Path) -> None:
    write_tree(translated, {"content/zz-new.fr.md": NEW_ARTICLE})
    target = translated / "content" / "zz-new.en.md"
    by_hand = "---\ntitle: The market opens early\n---\nWritten by an editor.\n"

    def save_translation() -> None:
        target.write_text(by_hand, encoding="utf-8")

    config = load_config(translated / "config.yaml")
    report = run_translate(config, open_engine=engine_during_which(save_translation))
    assert target.read_text(encoding="utf-8") == by_hand
    assert f"{target}: edited during the build; not overwritten" in report.warnings


def test_a_content_file_saved_by_hand_while_ingest_rereads_its_seed_is_kept(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from visavis.ingest import stage

    seed = "Le marché ouvre tôt\n\nLe maire a visité les stands ce matin.\n"
    write_tree(project, {"seeds/marche.txt": seed})
    assert main(["--config", str(project / "config.yaml"), "ingest"]) == 0
    (target,) = (project / "content").glob("*.fr.md")
    (project / "seeds" / "marche.txt").write_text(seed + "\nUne phrase de plus.\n")
    by_hand = target.read_text(encoding="utf-8") + "\nUn ajout de l’éditeur.\n"
    real_ingest = stage.ingest_seeds

    def ingest_while_editing(seeds: list[Path], lang: str) -> list[Any]:
        outcomes = real_ingest(seeds, lang)
        target.write_text(by_hand, encoding="utf-8")  # saved after ingest read it
        return outcomes

    monkeypatch.setattr(stage, "ingest_seeds", ingest_while_editing)
    report = stage.run_ingest(load_config(project / "config.yaml"))
    assert target.read_text(encoding="utf-8") == by_hand
    assert f"{target}: edited during the build; not overwritten" in report.warnings


def test_a_page_deleted_from_the_output_is_restored_by_a_plain_build(
    translated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = next(iter(sorted((translated / "public" / "articles").glob("*/index.html"))))
    assert run(translated) == 0
    assert "render: nothing changed" in capsys.readouterr().err
    page.unlink()
    assert run(translated) == 0
    assert "render: 1 pages written" in capsys.readouterr().err
    assert page.exists()
    assert run(translated) == 0
    assert "render: nothing changed" in capsys.readouterr().err
