"""The self-check of a folder of saved pages, shared by the `check.py` of each `holdout*/web`
folder: the shared checks of `corpus_check.py` with every string verbatim on the page, plus
the folder's own extras, and `--trafilatura` to print what trafilatura extracts that the
expected files leave out (to review by eye). It uses no visavis code."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import corpus_check as cc
import yaml

#: What every folder of saved pages checks, before its own extras.
BASE_EXTRAS = (cc.clean_strings, cc.no_mojibake, cc.distinct_paragraphs)


def page_options(*extras: Callable) -> dict[str, object]:
    """The options of `corpus_check.main` for saved pages: the schema's keys in order, the
    title, standfirst, subheads, pull quotes and paragraphs verbatim, credits written on the
    page, and the base extras followed by the folder's."""
    return {
        "keys": cc.PAGE_KEYS,
        "ordered_keys": True,
        "runs": (),
        "verbatim": ("title", "standfirst", "subheads", "pull_quotes"),
        "verbatim_paragraphs": True,
        "credits": ("author", "agency", "publication"),
        "extras": (*BASE_EXTRAS, *extras),
    }


def print_trafilatura_extras(folder: Path) -> None:
    """Print, per page, the lines trafilatura extracts that no expected string holds (list
    and table marks aside)."""
    import trafilatura

    for path in sorted(folder.glob("*.expected.yaml")):
        expected = yaml.safe_load(path.read_text(encoding="utf-8"))
        page = path.with_name(path.name.replace(".expected.yaml", ".html"))
        extracted = trafilatura.extract(cc.decode(page.read_bytes())[0]) or ""
        known = " ".join(expected["paragraphs"] + expected["subheads"] + expected["pull_quotes"])
        for line in extracted.splitlines():
            if line.strip() and line.strip().lstrip("-|> ").strip() not in known:
                print(f"{path.name}: trafilatura only: {line[:100]}")


def run(folder: Path, options: dict[str, object], require_expected: bool = False) -> int:
    """Check the folder (and print trafilatura's extras with `--trafilatura`); the exit code."""
    code = cc.main(folder, require_expected=require_expected, **options)
    if "--trafilatura" in sys.argv:
        print_trafilatura_extras(folder)
    return code
