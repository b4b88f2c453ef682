#!/usr/bin/env python3
"""Sanity check of this corpus: every expected value is really in its text copy.

For each `NN_*.expected.yaml`: the keys are those of the schema, the YAML is valid, the date is
a date, `source_url` is null; the title, standfirst, subheads, pull quotes and each author's
name occur in the `.txt` as a run of words; every expected paragraph occurs as a run of words,
in order. Run it from anywhere: `python tests/corpus/holdout3/text/check.py`.
"""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KEYS = {
    "title",
    "publication",
    "author",
    "agency",
    "section",
    "date",
    "standfirst",
    "source_url",
    "subheads",
    "pull_quotes",
    "paragraphs",
    "incomplete",
    "notes",
}


def words(text: str) -> list[str]:
    """Lower-cased words."""
    return re.findall(r"\w+", text.lower())


def find(haystack: list[str], needle: list[str], start: int = 0) -> int:
    """Index of the run `needle` in `haystack` from `start`, or -1."""
    size = len(needle)
    for index in range(start, len(haystack) - size + 1):
        if haystack[index : index + size] == needle:
            return index
    return -1


def source_text(path: Path) -> str:
    """The copy's text, without a byte-order mark."""
    return path.read_bytes().decode("utf-8").removeprefix("\ufeff")


def check(expected_path: Path) -> list[str]:
    """The problems of one expected file (none when it is sound)."""
    expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    source = expected_path.with_name(expected_path.name.removesuffix(".expected.yaml") + ".txt")
    if not source.exists():
        return [f"no text copy {source.name}"]
    errors = []
    if set(expected) != KEYS:
        errors.append(f"keys: missing {KEYS - set(expected)}, extra {set(expected) - KEYS}")
    if expected.get("date") is not None and not isinstance(expected["date"], datetime.date):
        errors.append("date is not a date")
    if expected.get("source_url") is not None:
        errors.append("source_url must be null for a text copy")
    haystack = words(source_text(source))
    singles = [expected.get("title"), expected.get("standfirst")]
    runs = singles + (expected.get("subheads") or []) + (expected.get("pull_quotes") or [])
    names = re.split(r",\s*|\s+et\s+", expected.get("author") or "")
    for value in [*runs, *names]:
        if value and find(haystack, words(value)) < 0:
            errors.append(f"not in the copy: {value[:60]}")
    position = 0
    for number, paragraph in enumerate(expected.get("paragraphs") or [], 1):
        found = find(haystack, words(paragraph), position)
        if found < 0:
            errors.append(f"paragraph {number} not found in order: {paragraph[:60]}")
        else:
            position = found + len(words(paragraph))
    return errors


def main() -> int:
    """Check every expected file; print one line each; non-zero exit on any problem."""
    files = sorted(HERE.glob("*.expected.yaml"))
    bad = 0
    for path in files:
        errors = check(path)
        print(f"{'FAIL' if errors else 'ok  '} {path.name}")
        for error in errors:
            print(f"       {error}")
        bad += bool(errors)
    print(f"{len(files) - bad}/{len(files)} ok")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
