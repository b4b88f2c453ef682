"""Rendering at edition scale: visavis vs Pelican 4 (and Hugo), full and incremental builds.

For each size (1,000 and 5,000 articles by default) a synthetic edition is generated into a
temp folder (bench/make_edition.py, translations present), with a Pelican project of the same
French articles (monolingual) and a Hugo project over the same bilingual content/ (Hugo's own
`<slug>.fr.md` / `<slug>.en.md` convention, minimal layouts). Every measurement is a
subprocess timed end to end (wall clock, interpreter start-up included); its peak RSS comes
from `os.wait4`'s rusage of that very process.

  full build   clean output and cache, then `python build.py` (ingest + translate + render:
               nothing to ingest or translate) vs `pelican` vs `hugo`
  no-change    `python build.py` again at the largest size; a probe run reports which heavy
               modules were imported and whether any file in content/ or the output changed
  add-one      add article N+1 (French + English files) at the largest size, `python build.py`;
               then remove it again (that rebuild is timed too, as "remove-one"); its date
               is drawn like the others', so it lands mid-listing
  add newest   the same article dated after all others (today's article), then removed;
               both report the files the build wrote in the output folder

Pelican runs from its own virtualenv, bench/out/pelican-venv (created on first use with
`pip install 'pelican==4.*' markdown`); Hugo is Debian's `hugo` if it is on PATH.

Targets (issue 6): full build <= 0.5 x Pelican; add-one <= 1 s; no-change <= 0.5 s, importing
neither Argos nor the renderer's heavy parts; peak RSS growing at most linearly.

Usage: .venv/bin/python bench/bench_render.py [--quick] [--sizes 1000 5000] [--runs 3]
       [--big-runs 2] [--profile] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from make_edition import make_edition, make_hugo_site, make_pelican_site, write_article  # noqa: E402

PYTHON = sys.executable
BUILD = ROOT / "build.py"  # replaced by a snapshot of the code in main(), see snapshot_code()
LAYOUTS = ROOT / "layouts"
PELICAN_VENV = BENCH / "out" / "pelican-venv"
HEAVY_MODULES = (
    "argostranslate",
    "ctranslate2",
    "sentencepiece",
    "torch",
    "stanza",
    "spacy",
    "jinja2",
    "markdown",
    "nh3",
    "yaml",
    "tqdm",
)
PROBE = """\
import json, os, sys
out, build, *args = sys.argv[1:]
sys.path.insert(0, os.path.dirname(build))
from visavis.cli import main  # what build.py runs (it then leaves through os._exit)
code = main(args)
heavy = sorted(m for m in {heavy!r} if m in sys.modules)
open(out, "w").write(json.dumps({{"exit": code, "imported": heavy, "modules": len(sys.modules)}}))
"""


@dataclass
class Timing:
    """Wall seconds and peak RSS (MB) of repeated runs of one command."""

    seconds: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        """Median wall time."""
        return statistics.median(self.seconds)

    @property
    def peak(self) -> float:
        """Highest peak RSS over the runs."""
        return max(self.rss_mb)

    def text(self) -> str:
        """`1.23 s (runs 1.2, 1.3; peak RSS 123 MB)`."""
        runs = ", ".join(f"{s:.2f}" for s in self.seconds)
        return f"{self.median:7.2f} s  (runs {runs}; peak RSS {self.peak:.0f} MB)"


# A small launcher between the benchmark and the measured command: a child forked from the
# benchmark itself would start with the benchmark's (large) RSS and report it as its peak.
LAUNCHER = """\
import json, os, sys, time
out, *command = sys.argv[1:]
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(command[0], command)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - started
exit_code = os.waitstatus_to_exitcode(status)
with open(out, "w") as stream:
    json.dump({"seconds": elapsed, "rss_kb": usage.ru_maxrss, "exit": exit_code}, stream)
"""


def run_logged(
    command: list[str], cwd: Path, env: dict[str, str] | None = None
) -> tuple[float, float, str]:
    """Run a command; return (wall seconds, peak RSS in MB of that process alone, output)."""
    with tempfile.TemporaryFile() as log, tempfile.TemporaryDirectory() as tmp:
        result = Path(tmp) / "result.json"
        launcher = [PYTHON, "-S", "-c", LAUNCHER, str(result), *command]
        subprocess.run(launcher, cwd=cwd, env=env, stdout=log, stderr=log, check=False)
        data = json.loads(result.read_text()) if result.exists() else {"exit": -1}
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
        if data["exit"] != 0:
            sys.stderr.write(output[-4000:])
            raise SystemExit(f"{' '.join(command)} failed with exit code {data['exit']}")
    return data["seconds"], data["rss_kb"] / 1024, output


def run_measured(
    command: list[str], cwd: Path, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """Run a command; return (wall seconds, peak RSS in MB of that process alone)."""
    seconds, rss, _ = run_logged(command, cwd, env)
    return seconds, rss


def measure(command: list[str], cwd: Path, runs: int, before=None, env=None) -> Timing:
    """Run `before()` (untimed) then the command, `runs` times."""
    timing = Timing()
    for _ in range(runs):
        if before:
            before()
        seconds, rss = run_measured(command, cwd, env)
        timing.seconds.append(seconds)
        timing.rss_mb.append(rss)
    return timing


def visavis_command(*extra: str, quiet: bool = True) -> list[str]:
    """`python build.py -q --config config.yaml` for the edition in the current folder."""
    return [PYTHON, str(BUILD), *(["-q"] if quiet else []), "--config", "config.yaml", *extra]


#: Where `clean` moves outputs during a run (deleted at the end), or None to delete at once.
TRASH: Path | None = None


def clean(*paths: Path) -> None:
    """Remove output/cache folders. During a run they are moved aside and deleted at the end:
    ext4 avoids reusing inodes freed in the last seconds, and a build creating thousands of
    files right after thousands were deleted spends much of its time in the kernel looking
    for inodes (seen with `perf`: `recently_deleted` / `find_inode_bit`), for every tool."""
    for path in paths:
        if TRASH is not None and path.exists():
            TRASH.mkdir(parents=True, exist_ok=True)
            path.rename(Path(tempfile.mkdtemp(dir=TRASH)) / path.name)
        else:
            shutil.rmtree(path, ignore_errors=True)


def ensure_pelican() -> Path | None:
    """The pelican executable from bench/out/pelican-venv, creating the venv if needed."""
    pelican = PELICAN_VENV / "bin" / "pelican"
    if pelican.exists():
        return pelican
    print("creating bench/out/pelican-venv (pip install 'pelican==4.*' markdown) ...")
    subprocess.run([sys.executable, "-m", "venv", str(PELICAN_VENV)], check=True)
    done = subprocess.run(
        [str(PELICAN_VENV / "bin" / "pip"), "install", "-q", "pelican==4.*", "markdown"],
        check=False,
    )
    return pelican if done.returncode == 0 and pelican.exists() else None


def tree_state(*folders: Path) -> dict[str, int]:
    """mtime_ns of every file below the folders."""
    state = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                state[str(path)] = path.stat().st_mtime_ns
    return state


def count_files(folder: Path) -> int:
    """Files below a folder."""
    return sum(1 for path in folder.rglob("*") if path.is_file())


def verdict_at_most(value: float, target: float, unit: str = "") -> str:
    """'MET' or 'MISSED by x (y times the target)'."""
    if value <= target:
        return f"MET (target <= {target:g}{unit})"
    return (
        f"MISSED by {value - target:.2f}{unit} ({value / target:.1f}x the target {target:g}{unit})"
    )


class Sites:
    """One generated edition with its Pelican and Hugo twins."""

    def __init__(self, root: Path, count: int, pelican: bool = True, hugo: bool = True) -> None:
        self.count = count
        self.edition = root / f"edition-{count}"
        self.pelican = root / f"pelican-{count}"
        self.hugo = root / f"hugo-{count}"
        started = time.perf_counter()
        make_edition(count, self.edition)
        config = self.edition / "config.yaml"
        text = config.read_text(encoding="utf-8").replace(str(ROOT / "layouts"), str(LAYOUTS))
        config.write_text(text, encoding="utf-8")
        (self.edition / "seeds").mkdir(exist_ok=True)
        twins = [name for name, wanted in (("Pelican", pelican), ("Hugo", hugo)) if wanted]
        if pelican:
            make_pelican_site(count, self.pelican)
        if hugo:
            make_hugo_site(self.edition, self.hugo)
        print(
            f"  generated {count} articles (+ {', '.join(twins) or 'no'} twins) in "
            f"{time.perf_counter() - started:.0f} s"
        )

    def clean_visavis(self) -> None:
        """Remove visavis's output and cache (render manifest, memory, lock)."""
        clean(self.edition / "public", self.edition / ".cache")

    def clean_pelican(self) -> None:
        """Remove Pelican's output and cache."""
        clean(self.pelican / "output", self.pelican / "cache")

    def clean_hugo(self) -> None:
        """Remove Hugo's output."""
        clean(self.hugo / "public", self.hugo / "resources")


def full_builds(sites: Sites, runs: int, pelican: Path | None, hugo: str | None) -> dict:
    """Full builds of one size with each tool, interleaved run by run (visavis, Pelican,
    Hugo, visavis, ...): this machine's speed drifts over minutes, and measuring all of one
    tool's runs before the next tool's would let the drift decide the ratio."""
    tools: list[tuple[str, list[str], Path, Callable[[], None], Path]] = [
        ("visavis", visavis_command(), sites.edition, sites.clean_visavis, sites.edition / "public")
    ]
    if pelican:
        command = [str(pelican), "content", "-o", "output", "-s", "pelicanconf.py", "-q"]
        tools.append(
            ("pelican", command, sites.pelican, sites.clean_pelican, sites.pelican / "output")
        )
    if hugo:
        command = [hugo, "--quiet", "-d", "public"]
        tools.append(("hugo", command, sites.hugo, sites.clean_hugo, sites.hugo / "public"))
    result: dict = {name: Timing() for name, *_ in tools}
    for _ in range(runs):
        for name, command, cwd, clean_before, _ in tools:
            clean_before()
            seconds, rss = run_measured(command, cwd)
            result[name].seconds.append(seconds)
            result[name].rss_mb.append(rss)
    labels = {"visavis": "visavis", "pelican": "Pelican", "hugo": "Hugo"}
    for name, _, _, _, output in tools:
        files = result[f"{name}_files"] = count_files(output)
        print(f"  {labels[name]:8} full build   {result[name].text()}  {files} files")
    per_article = result["visavis"].peak * 1000 / sites.count
    result["visavis_kb_per_article"] = per_article
    verdict = verdict_at_most(per_article, 40, " KB")
    print(f"  visavis peak RSS per article: {per_article:.0f} KB {verdict}")
    if pelican:
        ratio = result["visavis"].median / result["pelican"].median
        result["ratio_pelican"] = ratio
        paired = sorted(
            v / p for v, p in zip(result["visavis"].seconds, result["pelican"].seconds, strict=True)
        )
        result["ratios_pelican_by_run"] = paired
        spread = f"{paired[0]:.2f}-{paired[-1]:.2f}, median {statistics.median(paired):.2f}"
        verdict = verdict_at_most(ratio, 0.5)
        print(f"  visavis / Pelican = {ratio:.2f}: {verdict} (run by run: {spread})")
    if hugo:
        print(f"  visavis / Hugo = {result['visavis'].median / result['hugo'].median:.1f}")
    return result


def probe_imports(sites: Sites) -> dict:
    """One no-change build under a wrapper that lists the heavy modules it imported."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "probe.json"
        script = PROBE.format(heavy=HEAVY_MODULES)
        command = [PYTHON, "-c", script, str(out), str(BUILD), "-q", "--config", "config.yaml"]
        run_measured(command, sites.edition)
        return json.loads(out.read_text(encoding="utf-8"))


def incremental_builds(sites: Sites, runs: int, pelican: Path | None, hugo: str | None) -> dict:
    """No-change, add-one and remove-one rebuilds at one size (after a full build)."""
    result: dict = {}
    edition, content = sites.edition, sites.edition / "content"
    sites.clean_visavis()
    run_measured(visavis_command(), edition)
    before = tree_state(content, edition / "public")
    # The first build right after a full build must already take the no-change path: run it
    # without -q so that its stage lines ("ingest: nothing changed", ...) can be checked.
    seconds, rss, output = run_logged(visavis_command(quiet=False), edition)
    fast_path = "ingest: nothing changed" in output and "render: nothing changed" in output
    result["no_change_first"] = {"seconds": seconds, "rss_mb": rss, "fast_path": fast_path}
    print(
        f"  visavis 1st build after the full build: {seconds:.2f} s, "
        f"{'fast path (nothing changed)' if fast_path else 'NOT the fast path'}"
    )
    result["no_change"] = measure(visavis_command(), edition, runs)
    changed = sum(
        1 for k, v in tree_state(content, edition / "public").items() if before.get(k) != v
    )
    probe = probe_imports(sites)
    result["no_change_probe"] = {**probe, "files_changed": changed}
    print(
        f"  visavis no-change    {result['no_change'].text()}  "
        f"{verdict_at_most(result['no_change'].median, 0.5, ' s')}"
    )
    print(
        f"    files rewritten: {changed}; heavy modules imported: "
        f"{', '.join(probe['imported']) or 'none'} ({probe['modules']} modules in all)"
    )

    extra = sites.count + 1
    added: list[Path] = []

    def add(newest: bool = False) -> None:
        article = write_article(content, extra, newest=newest)
        added[:] = [content / f"{article.slug}.fr.md", content / f"{article.slug}.en.md"]

    def remove() -> None:
        for path in added:
            path.unlink(missing_ok=True)

    # The generated article `extra` is dated at random within the edition's two years (it
    # lands mid-listing); "add newest" dates it after every other, as today's article is.
    timings = {name: Timing() for name in ("add_one", "remove_one", "add_newest")}
    for newest, name in ((False, "add_one"), (True, "add_newest")):
        for _ in range(runs):
            add(newest)
            before = tree_state(edition / "public")
            seconds, rss = run_measured(visavis_command(), edition)
            timings[name].seconds.append(seconds)
            timings[name].rss_mb.append(rss)
            after = tree_state(edition / "public")
            result[f"{name}_files_written"] = sum(1 for k, v in after.items() if before.get(k) != v)
            remove()
            seconds, rss = run_measured(visavis_command(), edition)
            if not newest:
                timings["remove_one"].seconds.append(seconds)
                timings["remove_one"].rss_mb.append(rss)
    result.update(timings)
    add_timing = timings["add_one"]
    add_verdict = verdict_at_most(add_timing.median, 1.0, " s")
    print(
        f"  visavis add-one      {add_timing.text()}  {add_verdict}; "
        f"{result['add_one_files_written']} files written"
    )
    print(f"  visavis remove-one   {timings['remove_one'].text()}")
    print(
        f"  visavis add newest   {timings['add_newest'].text()}; "
        f"{result['add_newest_files_written']} files written"
    )
    if pelican:
        result["pelican_add_one"] = pelican_add_one(sites, pelican)
        print(f"  Pelican add-one (content cache on)  {result['pelican_add_one'].text()}")
    if hugo:
        result["hugo_add_one"] = hugo_add_one(sites, hugo)
        print(f"  Hugo add-one (rebuilds everything)  {result['hugo_add_one'].text()}")
    return result


def pelican_add_one(sites: Sites, pelican: Path) -> Timing:
    """Pelican with its content cache: warm build, then add one article and rebuild once."""
    from make_edition import make_article, pelican_text

    conf = sites.pelican / "pelicanconf-cache.py"
    conf.write_text(
        (sites.pelican / "pelicanconf.py").read_text(encoding="utf-8")
        + "CACHE_CONTENT = True\nLOAD_CONTENT_CACHE = True\n",
        encoding="utf-8",
    )
    command = [str(pelican), "content", "-o", "output", "-s", conf.name, "-q"]
    sites.clean_pelican()
    run_measured(command, sites.pelican)
    article = make_article(sites.count + 1)
    new = sites.pelican / "content" / f"{article.slug}.md"
    new.write_text(pelican_text(article), encoding="utf-8")
    try:
        return measure(command, sites.pelican, 1)
    finally:
        new.unlink()


def hugo_add_one(sites: Sites, hugo: str) -> Timing:
    """Hugo after adding one article (it re-renders everything; its output is kept)."""
    content = sites.edition / "content"
    command = [hugo, "--quiet", "-d", "public"]
    run_measured(command, sites.hugo)
    article = write_article(content, sites.count + 1)
    try:
        return measure(command, sites.hugo, 1)
    finally:
        for lang in ("fr", "en"):
            (content / f"{article.slug}.{lang}.md").unlink()


def profile_builds(sites: Sites, out: Path) -> None:
    """pyinstrument text reports of a full, a no-change and an add-one build."""
    pyinstrument = Path(PYTHON).parent / "pyinstrument"
    if not pyinstrument.exists():
        print("  (pyinstrument not installed: no profiles)")
        return
    out.mkdir(parents=True, exist_ok=True)
    edition, content = sites.edition, sites.edition / "content"
    # build.py leaves through os._exit, before pyinstrument could write its report: profile
    # the same call through a runner that returns normally.
    runner = sites.edition.parent / "profile_runner.py"
    runner.write_text(
        f"import sys\nsys.path.insert(0, {str(BUILD.parent)!r})\n"
        "from visavis.cli import main\nraise SystemExit(main(sys.argv[1:]))\n",
        encoding="utf-8",
    )

    def profile(name: str) -> None:
        report = out / f"profile-{name}-{sites.count}.txt"
        command = [
            str(pyinstrument),
            "-r",
            "text",
            "--show-all",
            "-o",
            str(report),
            str(runner),
            "-q",
            "--config",
            "config.yaml",
        ]
        run_measured(command, edition)
        print(f"  profile: {report}")

    sites.clean_visavis()
    profile("full")
    profile("no-change")
    article = write_article(content, sites.count + 1)
    profile("add-one")
    for lang in ("fr", "en"):
        (content / f"{article.slug}.{lang}.md").unlink()
    run_measured(visavis_command(), edition)


def snapshot_code(root: Path, commit: str | None = None) -> str:
    """Copy build.py, visavis/ and layouts/ into root and use that copy for every build.

    Others may be editing the package while the benchmark runs: every build of one run then
    measures the same code. With `commit`, the copy is that commit's tree (`git archive`), not
    the working tree. The copy is byte-compiled, as a user's checkout is after its first build
    (and as Pelican's package is by pip): without it, an environment with
    PYTHONDONTWRITEBYTECODE set would compile visavis's modules in every timed build (~40 ms).
    Returns a description of the code measured (commit, dirty files).
    """
    global BUILD, LAYOUTS
    code = root / "code"
    code.mkdir(parents=True)
    BUILD, LAYOUTS = code / "build.py", code / "layouts"
    git = ["git", "-C", str(ROOT)]
    if commit:
        archive = subprocess.run(
            [*git, "archive", "--format=tar", commit, "build.py", "visavis", "layouts"],
            capture_output=True,
            check=True,
        )
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive.stdout, check=True)
        compile_code(code)
        rev = subprocess.run([*git, "rev-parse", "--short", commit], capture_output=True, text=True)
        return f"commit {rev.stdout.strip()} (committed tree only)"
    shutil.copy2(ROOT / "build.py", code / "build.py")
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "visavis", code / "visavis", ignore=ignore)
    shutil.copytree(ROOT / "layouts", code / "layouts", ignore=ignore)
    compile_code(code)
    commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(
        [*git, "status", "--porcelain", "--", "visavis", "layouts", "build.py"],
        capture_output=True,
        text=True,
    )
    changed = len(dirty.stdout.splitlines())
    return f"commit {commit.stdout.strip() or '?'}" + (
        f" + {changed} changed file(s)" if changed else ""
    )


def compile_code(code: Path) -> None:
    """Byte-compile the code snapshot (see `snapshot_code`)."""
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(code / "visavis")], check=True)


def main(argv: list[str] | None = None) -> int:
    """Generate editions, run every measurement, print medians, ratios and verdicts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 100 and 300 articles, 1 run"
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement below 5,000")
    parser.add_argument("--big-runs", type=int, default=2, help="runs per measurement at 5,000+")
    parser.add_argument("--no-pelican", action="store_true")
    parser.add_argument("--no-hugo", action="store_true")
    parser.add_argument(
        "--profile", action="store_true", help="pyinstrument reports into bench/out/"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated sites")
    parser.add_argument(
        "--commit", help="measure this commit's code (e.g. HEAD) instead of the working tree"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.runs, args.big_runs = [100, 300], 1, 1
    pelican = None if args.no_pelican else ensure_pelican()
    hugo = None if args.no_hugo else shutil.which("hugo")
    print(
        f"render: sizes {args.sizes}, {os.cpu_count()} CPUs; Pelican: "
        f"{'yes' if pelican else 'no'}; Hugo: {'yes' if hugo else 'no'}"
    )
    root = Path(tempfile.mkdtemp(prefix="visavis-bench-render-"))
    global TRASH
    TRASH = root / "trash"
    print(f"code measured: {snapshot_code(root, args.commit)} (copied to {root / 'code'})")
    results: dict = {}
    try:
        for count in sorted(args.sizes):
            print(f"{count} articles:")
            sites = Sites(root, count, pelican=pelican is not None, hugo=hugo is not None)
            runs = args.big_runs if count >= 5000 else args.runs
            results[count] = full_builds(sites, runs, pelican, hugo)
            if count == max(args.sizes):
                results[count].update(incremental_builds(sites, runs, pelican, hugo))
                if args.profile:
                    profile_builds(sites, BENCH / "out")
            if not args.keep:
                clean(sites.edition, sites.pelican, sites.hugo)
        summarise(results)
    finally:
        TRASH = None
        if args.keep:
            print(f"sites kept in {root}")
        else:
            clean(root)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1, default=vars), encoding="utf-8")
    return 0


def summarise(results: dict) -> None:
    """Memory growth between the sizes."""
    sizes = sorted(results)
    if len(sizes) < 2:
        return
    small, big = sizes[0], sizes[-1]
    rss_small, rss_big = results[small]["visavis"].peak, results[big]["visavis"].peak
    per_article = (rss_big - rss_small) / (big - small) * 1024
    print(
        f"peak RSS of a full build: {rss_small:.0f} MB at {small}, {rss_big:.0f} MB at {big} "
        f"({rss_big / rss_small:.1f}x for {big / small:.0f}x the articles; "
        f"{per_article:.0f} KB per extra article)"
    )
    time_ratio = results[big]["visavis"].median / results[small]["visavis"].median
    print(f"full-build time grows {time_ratio:.1f}x for {big / small:.0f}x the articles")


if __name__ == "__main__":
    raise SystemExit(main())
