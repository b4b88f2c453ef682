#!/usr/bin/env python3
"""Sanity check for the holdout6 text corpus: every expected field is really in its copy.

For each NN_*.expected.yaml: the YAML is valid with the schema's keys (and `notes`), the date
is a date, and the title, standfirst, subheads, pull quotes, authors and every paragraph occur
in the .txt as runs of words, in order. The checks are holdout2's (`../../holdout2/check.py`),
run on this folder; a BOM and CRLF line endings are accepted.
"""

import importlib.util
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location(
    "holdout2_check", HERE.parents[1] / "holdout2" / "check.py"
)
BASE = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(BASE)
BASE.KEYS = BASE.KEYS | {"notes"}


def main() -> int:
    results = {f.name: BASE.check(f) for f in sorted(HERE.glob("*.expected.yaml"))}
    failing = [name for name, (errs, _) in results.items() if errs]
    for name, (errs, count) in results.items():
        print(f"{'FAIL' if errs else 'ok  '} {name} ({count} words)", *errs, sep="\n       ")
    print(f"{len(results) - len(failing)}/{len(results)} ok")
    return 1 if failing or not results else 0


if __name__ == "__main__":
    sys.exit(main())
