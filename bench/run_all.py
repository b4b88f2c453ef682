"""Run every benchmark in turn (`make bench`); `--quick` is a smoke run with small sizes.

Usage: .venv/bin/python bench/run_all.py [--quick] [--profile]

Results are printed and also saved as JSON in bench/out/ (gitignored). The benchmarks run one
after the other, never at the same time: each wants both cores.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "out"


def run(script: str, *args: str) -> int:
    """Run one benchmark script with this interpreter; return its exit code."""
    print(f"\n=== {script} {' '.join(args)}", flush=True)
    started = time.perf_counter()
    code = subprocess.run([sys.executable, str(BENCH / script), *args], check=False).returncode
    print(f"=== {script}: exit {code} after {time.perf_counter() - started:.0f} s", flush=True)
    return code


def main(argv: list[str] | None = None) -> int:
    """Build the model, then run the translation and rendering benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, one run each")
    parser.add_argument("--profile", action="store_true", help="also write pyinstrument reports")
    args = parser.parse_args(argv)
    quick = ["--quick"] if args.quick else []
    suffix = "-quick" if args.quick else ""
    codes = [
        run("make_base_model.py"),
        run("bench_translate.py", *quick, "--json", str(OUT / f"translate{suffix}.json")),
        run(
            "bench_render.py",
            *quick,
            *(["--profile"] if args.profile else []),
            "--json",
            str(OUT / f"render{suffix}.json"),
        ),
    ]
    return max(codes)


if __name__ == "__main__":
    raise SystemExit(main())
