"""Translation throughput: visavis's engine vs raw CTranslate2 vs Argos's own path.

All variants translate the same 500+ sentences from the synthetic corpus with the random
base-size model (bench/make_base_model.py), beam size 4, length penalty 0.2, and the output
capped at the same `max_decoding_length` (default 32 tokens: the sentences average ~24
SentencePiece tokens, so 32 is about a real translation's length; random weights never stop on
their own, see make_base_model.py). Each variant runs in its own subprocess (so its peak RSS,
from `resource.getrusage`, is its own), loads the model once, warms up on 8 sentences, then
times several runs; the figure is the median in sentences/s.

  (a)  visavis: `visavis.engine.Translator.translate` (one `translate_iterable` stream) on the
       package installed with Argos's package manager, with the project's defaults (config
       `batch_tokens`, ARGOS_* settings unset, so `engine.thread_settings` picks one
       single-threaded worker per core). `visavis.engine.MAX_DECODING_LENGTH` is patched to the
       cap in that process.
  (a') the same code with the best settings found for (b) passed the supported way
       (`batch_tokens`, ARGOS_INTER_THREADS / ARGOS_INTRA_THREADS / ARGOS_COMPUTE_TYPE): what
       configuration alone buys. It may coincide with (a) when the defaults are the best.
  (b)  raw `ctranslate2.Translator.translate_batch` on the same pre-tokenized sentences, with
       the best settings of a sweep (batch size in tokens, inter×intra threads within 2 cores,
       compute type) run first on a subset.
  (c)  Argos's own path: `argostranslate.translate.apply_packaged_translation` once per
       paragraph with ARGOS_BATCH_SIZE=32 (what `argostranslate.translate.translate` does),
       with a sentencizer that splits like visavis (so it runs offline) and the translator
       wrapped to pass the same `max_decoding_length`.

Targets (issue 6): (a)/(b) >= 0.90, (a)/(c) >= 3, peak RSS <= 1.5 GB.

Usage: .venv/bin/python bench/bench_translate.py [--quick] [--sentences 520] [--cap 32]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(1, str(ROOT))

BEAM_SIZE = 4
LENGTH_PENALTY = 0.2
FIRST_ARTICLE = 20_001  # articles outside the SentencePiece training corpus
RSS_TARGET_MB = 1536
SWEEP_BATCH_TOKENS = (256, 512, 1024, 2048, 4096)
SWEEP_THREADS = ((1, 2), (2, 1))


# --- worker side (runs in a subprocess with isolated Argos folders) ---------------------------


def peak_rss_mb() -> float:
    """This process's RSS high-water mark in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def install_model(archive: str) -> Path:
    """Install the .argosmodel with Argos's package manager (once); return the model folder."""
    from argostranslate import package

    if not package.get_installed_packages():
        package.install_from_path(Path(archive))
    (installed,) = package.get_installed_packages()
    return Path(installed.package_path)


def time_runs(call, runs: int) -> list[float]:
    """Wall-clock seconds of `runs` calls."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return times


def worker_visavis(job: dict) -> dict:
    """(a) and (a'): visavis.engine.Translator.translate."""
    import visavis.engine as engine

    engine.MAX_DECODING_LENGTH = job["cap"]  # the benchmark's cap (see module docstring)
    install_model(job["archive"])
    model = engine.find_model("fr", "en")
    sentences = [s for paragraph in job["paragraphs"] for s in paragraph]
    started = time.perf_counter()
    translator = engine.Translator(model, job["batch_tokens"])
    load = time.perf_counter() - started
    translator.translate(sentences[:8])
    outputs: list[str] = []
    times = time_runs(lambda: outputs.extend(translator.translate(sentences)), job["runs"])
    assert len(outputs) == len(sentences) * job["runs"]
    settings = translator._settings
    # The threads the engine really used: Argos's settings if ARGOS_* are set, otherwise
    # visavis's own default (one single-threaded worker per core), see engine.thread_settings.
    inter, intra = engine.thread_settings(settings)
    return {
        "times": times,
        "load_s": load,
        "sentences": len(sentences),
        "settings": {
            "batch_tokens": job["batch_tokens"],
            "inter_threads": inter,
            "intra_threads": intra,
            "compute_type": settings.compute_type,
            "beam_size": settings.beam_size,
        },
    }


def tokenize_all(model_dir: Path, sentences: list[str]) -> list[list[str]]:
    """SentencePiece pieces, as Argos's tokenizer gives them."""
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_file=str(model_dir / "sentencepiece.model"))
    return [processor.encode(sentence, out_type=str) for sentence in sentences]


def raw_translate(translator, tokens: list[list[str]], batch_tokens: int, cap: int):
    """One raw translate_batch call with Argos's decoding settings."""
    return translator.translate_batch(
        tokens,
        replace_unknowns=True,
        max_batch_size=batch_tokens,
        batch_type="tokens",
        beam_size=BEAM_SIZE,
        num_hypotheses=1,
        length_penalty=LENGTH_PENALTY,
        max_decoding_length=cap,
    )


def load_raw(model_dir: Path, inter: int, intra: int, compute: str):
    """A ctranslate2.Translator with explicit threads and compute type."""
    import ctranslate2

    return ctranslate2.Translator(
        str(model_dir / "model"),
        device="cpu",
        inter_threads=inter,
        intra_threads=intra,
        compute_type=compute,
    )


def worker_sweep(job: dict) -> dict:
    """(b) sweep: every (threads, batch size) on a subset, then float32 at the best point."""
    model_dir = install_model(job["archive"])
    sentences = [s for paragraph in job["paragraphs"] for s in paragraph]
    tokens = tokenize_all(model_dir, sentences)
    results = []
    for inter, intra in SWEEP_THREADS:
        translator = load_raw(model_dir, inter, intra, "int8")
        raw_translate(translator, tokens[:8], 512, job["cap"])
        for batch in SWEEP_BATCH_TOKENS:
            started = time.perf_counter()
            raw_translate(translator, tokens, batch, job["cap"])
            seconds = time.perf_counter() - started
            results.append(
                {
                    "inter": inter,
                    "intra": intra,
                    "batch_tokens": batch,
                    "compute_type": "int8",
                    "rate": len(tokens) / seconds,
                }
            )
        del translator
    best = max(results, key=lambda r: r["rate"])
    translator = load_raw(model_dir, best["inter"], best["intra"], "float32")
    raw_translate(translator, tokens[:8], 512, job["cap"])
    (seconds,) = time_runs(
        lambda: raw_translate(translator, tokens, best["batch_tokens"], job["cap"]), 1
    )
    results.append({**best, "compute_type": "float32", "rate": len(tokens) / seconds})
    return {"sweep": results, "sentences": len(tokens)}


def worker_raw(job: dict) -> dict:
    """(b): raw translate_batch with the chosen settings, pre-tokenized input."""
    model_dir = install_model(job["archive"])
    sentences = [s for paragraph in job["paragraphs"] for s in paragraph]
    tokens = tokenize_all(model_dir, sentences)
    best = job["best"]
    started = time.perf_counter()
    translator = load_raw(model_dir, best["inter"], best["intra"], best["compute_type"])
    load = time.perf_counter() - started
    raw_translate(translator, tokens[:8], best["batch_tokens"], job["cap"])
    times = time_runs(
        lambda: raw_translate(translator, tokens, best["batch_tokens"], job["cap"]), job["runs"]
    )
    return {"times": times, "load_s": load, "sentences": len(tokens), "settings": best}


class CappedTranslator:
    """A ctranslate2.Translator whose translate_batch always gets the benchmark's cap."""

    def __init__(self, translator, cap: int) -> None:
        self.translator = translator
        self.cap = cap

    def translate_batch(self, *args, **kwargs):
        """Forward with max_decoding_length set."""
        return self.translator.translate_batch(*args, max_decoding_length=self.cap, **kwargs)


class VisavisSentencizer:
    """Argos's sentencizer interface over visavis's splitter (offline, same sentences)."""

    def split_sentences(self, text: str) -> list[str]:
        """Split like visavis."""
        from visavis.sentences import split_sentences

        return split_sentences(text, "fr")


def worker_argos(job: dict) -> dict:
    """(c): apply_packaged_translation per paragraph with Argos's own settings."""
    model_dir = install_model(job["archive"])
    import ctranslate2
    from argostranslate import package, settings
    from argostranslate.translate import apply_packaged_translation

    pkg = package.Package(model_dir)
    started = time.perf_counter()
    translator = CappedTranslator(
        ctranslate2.Translator(
            str(model_dir / "model"),
            device=settings.device,
            inter_threads=settings.inter_threads,
            intra_threads=settings.intra_threads,
            compute_type=settings.compute_type,
        ),
        job["cap"],
    )
    load = time.perf_counter() - started
    sentencizer = VisavisSentencizer()
    paragraphs = [" ".join(paragraph) for paragraph in job["paragraphs"]]
    count = sum(len(sentencizer.split_sentences(p)) for p in paragraphs)
    apply_packaged_translation(pkg, paragraphs[0], translator, sentencizer, 1)

    def run() -> None:
        for paragraph in paragraphs:
            apply_packaged_translation(pkg, paragraph, translator, sentencizer, 1)

    times = time_runs(run, job["runs"])
    return {
        "times": times,
        "load_s": load,
        "sentences": count,
        "settings": {
            "batch_size": settings.batch_size,
            "inter_threads": settings.inter_threads,
            "intra_threads": settings.intra_threads,
            "compute_type": settings.compute_type,
            "beam_size": max(1, settings.beam_size),
        },
    }


WORKERS = {
    "visavis": worker_visavis,
    "sweep": worker_sweep,
    "raw": worker_raw,
    "argos": worker_argos,
}


def worker_main(kind: str, job_file: str) -> int:
    """Run one variant and print its result as JSON on the last line."""
    job = json.loads(Path(job_file).read_text(encoding="utf-8"))
    result = WORKERS[kind](job)
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result))
    return 0


# --- parent side ------------------------------------------------------------------------------


def pick_paragraphs(minimum: int) -> list[list[str]]:
    """Whole paragraphs from synthetic articles until there are `minimum` sentences."""
    from make_edition import make_article

    from visavis.sentences import segment_block

    paragraphs: list[list[str]] = []
    total = 0
    index = FIRST_ARTICLE
    while total < minimum:
        for block in make_article(index).blocks_fr:
            units = segment_block(block.lines, block.kind, "fr")
            paragraphs.append(units)
            total += len(units)
            if total >= minimum:
                break
        index += 1
    return paragraphs


def run_worker(kind: str, job: dict, env: dict[str, str], scratch: Path) -> dict:
    """Run one worker subprocess; return its JSON result."""
    job_file = scratch / f"job-{kind}-{time.monotonic_ns()}.json"
    job_file.write_text(json.dumps(job), encoding="utf-8")
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, str(job_file)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"worker {kind} failed with exit code {done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def isolated_env(root: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment with Argos's and XDG folders inside `root` and no ARGOS_* tuning."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARGOS_")}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(root / name.lower())
    env["ARGOS_PACKAGES_DIR"] = str(root / "packages")
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra or {})
    return env


def rate(result: dict) -> float:
    """Median sentences per second."""
    return result["sentences"] / statistics.median(result["times"])


def describe(name: str, result: dict) -> str:
    """One line of the results table."""
    times = ", ".join(f"{t:.1f}" for t in result["times"])
    settings = " ".join(f"{k}={v}" for k, v in result["settings"].items())
    return (
        f"  {name:<34} {rate(result):6.2f} sent/s  (runs {times} s; load {result['load_s']:.2f} s;"
        f" peak RSS {result['peak_rss_mb']:.0f} MB)\n      {settings}"
    )


def verdict(value: float, target: float, what: str) -> str:
    """'met' or by how much it is missed."""
    if value >= target:
        return f"{what}: {value:.2f} (target >= {target:g}) MET"
    return f"{what}: {value:.2f} (target >= {target:g}) MISSED by {(1 - value / target) * 100:.0f}%"


def main(argv: list[str] | None = None) -> int:
    """Run every variant and print medians, ratios and verdicts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: 48 sentences, 1 run")
    parser.add_argument("--sentences", type=int, default=520)
    parser.add_argument("--runs", type=int, default=3, help="timed runs for (b)")
    parser.add_argument("--slow-runs", type=int, default=2, help="timed runs for (a), (a'), (c)")
    parser.add_argument("--sweep-sentences", type=int, default=96)
    parser.add_argument("--cap", type=int, default=32, help="max_decoding_length, every variant")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--worker", nargs=2, metavar=("KIND", "JOB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker_main(*args.worker)
    if args.quick:
        args.sentences, args.runs, args.slow_runs, args.sweep_sentences = 48, 1, 1, 24

    from make_base_model import ensure_base_model

    from visavis.config import SCHEMA

    archive = str(ensure_base_model())
    paragraphs = pick_paragraphs(args.sentences)
    sweep_paragraphs = pick_paragraphs(args.sweep_sentences)
    count = sum(len(p) for p in paragraphs)
    default_batch = SCHEMA["batch_tokens"].default
    print(
        f"translate: {count} sentences in {len(paragraphs)} paragraphs, beam {BEAM_SIZE}, "
        f"max_decoding_length {args.cap}, {os.cpu_count()} CPUs"
    )
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="visavis-bench-argos-") as tmp:
        root = Path(tmp)
        env = isolated_env(root)
        base = {"archive": archive, "cap": args.cap}
        sweep = run_worker("sweep", {**base, "paragraphs": sweep_paragraphs}, env, root)
        print(f"(b) sweep on {sweep['sentences']} sentences:")
        for row in sweep["sweep"]:
            print(
                f"    inter={row['inter']} intra={row['intra']} batch_tokens="
                f"{row['batch_tokens']:<5} {row['compute_type']:<8} {row['rate']:6.2f} sent/s"
            )
        best = max(sweep["sweep"], key=lambda r: r["rate"])
        best = {k: best[k] for k in ("inter", "intra", "batch_tokens", "compute_type")}
        job = {**base, "paragraphs": paragraphs}
        results["(b) raw translate_batch, best"] = run_worker(
            "raw", {**job, "best": best, "runs": args.runs}, env, root
        )
        results["(a) visavis Translator, defaults"] = run_worker(
            "visavis", {**job, "batch_tokens": default_batch, "runs": args.slow_runs}, env, root
        )
        tuned_env = isolated_env(
            root,
            {
                "ARGOS_INTER_THREADS": str(best["inter"]),
                "ARGOS_INTRA_THREADS": str(best["intra"]),
                "ARGOS_COMPUTE_TYPE": best["compute_type"],
            },
        )
        results["(a') visavis Translator, tuned"] = run_worker(
            "visavis",
            {**job, "batch_tokens": best["batch_tokens"], "runs": args.slow_runs},
            tuned_env,
            root,
        )
        argos_env = isolated_env(root, {"ARGOS_BATCH_SIZE": "32"})
        results["(c) Argos apply_packaged_translation"] = run_worker(
            "argos", {**job, "runs": args.slow_runs}, argos_env, root
        )
    print("results (median sentences/s):")
    for name, result in results.items():
        print(describe(name, result))
    a = rate(results["(a) visavis Translator, defaults"])
    a_tuned = rate(results["(a') visavis Translator, tuned"])
    b = rate(results["(b) raw translate_batch, best"])
    c = rate(results["(c) Argos apply_packaged_translation"])
    peak = max(r["peak_rss_mb"] for k, r in results.items() if k.startswith("(a"))
    print(verdict(a / b, 0.90, "(a)/(b)"))
    print(verdict(a / c, 3.0, "(a)/(c)"))
    print(f"(a')/(b): {a_tuned / b:.2f}   (a')/(c): {a_tuned / c:.2f}   (b)/(c): {b / c:.2f}")
    rss_ok = "MET" if peak <= RSS_TARGET_MB else f"MISSED by {peak - RSS_TARGET_MB:.0f} MB"
    print(
        f"peak RSS of visavis's translate path: {peak:.0f} MB (target <= {RSS_TARGET_MB}) {rss_ok}"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        summary = {
            "results": results,
            "sweep": sweep["sweep"],
            "ratios": {"a/b": a / b, "a/c": a / c, "a'/b": a_tuned / b, "a'/c": a_tuned / c},
        }
        args.json.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
