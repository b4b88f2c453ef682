#!/usr/bin/env python3
"""Sanity check for this corpus: each expected file is valid and really drawn from its copy.

For each NN_*.expected.yaml: the keys are those of the schema, the date is a date, and the
title, standfirst, subheads, pull quotes and author names occur in the .txt as runs of words;
every expected paragraph occurs as a run of words, in order.
"""

import datetime
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
KEYS = {
    "title", "publication", "author", "agency", "section", "date", "standfirst",
    "source_url", "subheads", "pull_quotes", "paragraphs", "incomplete", "notes",
}  # fmt: skip


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def find(hay: list[str], needle: list[str], start: int = 0) -> int:
    for i in range(start, len(hay) - len(needle) + 1):
        if hay[i : i + len(needle)] == needle:
            return i
    return -1


def check(expected_path: pathlib.Path) -> list[str]:
    errors = []
    expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    source = expected_path.with_name(expected_path.name.replace(".expected.yaml", ".txt"))
    if set(expected) != KEYS:
        errors.append(f"keys: missing {KEYS - set(expected)} extra {set(expected) - KEYS}")
    if expected.get("date") is not None and not isinstance(expected["date"], datetime.date):
        errors.append("date is not a date")
    hay = words(source.read_bytes().decode("utf-8-sig"))
    for field in ("title", "standfirst", "publication", "section"):
        if expected.get(field) and find(hay, words(expected[field])) < 0:
            errors.append(f"{field} not found: {expected[field][:60]}")
    for field in ("subheads", "pull_quotes"):
        for value in expected.get(field) or []:
            if find(hay, words(value)) < 0:
                errors.append(f"{field} not found: {value[:60]}")
    for name in re.split(r",\s*|\s+et\s+", expected.get("author") or ""):
        if name and find(hay, words(name)) < 0:
            errors.append(f"author not found: {name}")
    position = 0
    for number, paragraph in enumerate(expected.get("paragraphs") or [], 1):
        found = find(hay, words(paragraph), position)
        if found < 0:
            errors.append(f"paragraph {number} not found in order: {paragraph[:60]}")
        else:
            position = found + len(words(paragraph))
    if not 4 <= len(expected.get("paragraphs") or []) <= 16:
        errors.append("not 4-16 paragraphs")
    return errors


def main() -> int:
    files = sorted(HERE.glob("*.expected.yaml"))
    bad = 0
    for path in files:
        errors = check(path)
        print(f"{'FAIL' if errors else 'ok  '} {path.name}")
        for error in errors:
            print("      ", error)
        bad += bool(errors)
    print(f"{len(files) - bad}/{len(files)} ok")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
