#!/usr/bin/env python3
"""Self-check of this corpus: each expected file is valid and true to its text copy.

For each NN_*.expected.yaml: the keys are those of the schema (the table of
tests/corpus/webcopy/README.md), the date is a date or null,
and the title, standfirst, subheads, pull quotes, author names and every paragraph occur in
the .txt beside it as runs of words (paragraphs in order, each one whole line or a run of
hard-wrapped lines, so a sentence left out of a paragraph is caught).
"""

import datetime
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
SCHEMA = HERE.parents[1] / "webcopy" / "README.md"


def schema_keys():
    """The expected file's keys: the backquoted names in the first column of the schema table."""
    rows = [
        line.split("|")[1]
        for line in SCHEMA.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    ]
    return {key for row in rows for key in re.findall(r"`(\w+)`", row)}


def words(text):
    return re.findall(r"[^\W_]+", text.casefold())


LEAD = re.compile(r"|[•*–-] |.{1,40} [-—/] ")


def squeeze(text):
    return " ".join(text.replace("\u00a0", " ").split())


def whole_lines(lines, paragraph):
    """Whether paragraph is exactly one line, or a run of lines joined (a hard wrap).

    A line may carry a bullet or a short run-in label (`POLITIQUE - `) before the paragraph.
    """
    target = squeeze(paragraph)
    for i in range(len(lines)):
        joined = ""
        for following in lines[i:]:
            if not following.strip():
                break
            joined = squeeze(f"{joined} {following}")
            if joined.endswith(target) and LEAD.fullmatch(joined[: len(joined) - len(target)]):
                return True
            if len(joined) > len(target) + 40:
                break
    return False


def find(hay, needle, start=0):
    """Index of the first run of hay equal to needle at or after start, -1 if none."""
    for i in range(start, len(hay) - len(needle) + 1):
        if hay[i : i + len(needle)] == needle:
            return i
    return -1


def check(expected_path, keys):
    errors = []
    expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    seed = expected_path.with_name(expected_path.name.replace(".expected.yaml", ".txt"))
    if not seed.exists():
        return [f"no {seed.name}"]
    if set(expected) != keys:
        missing, extra = sorted(keys - set(expected)), sorted(set(expected) - keys)
        errors.append(f"keys: missing {missing}, extra {extra}")
    if expected.get("date") is not None and not isinstance(expected["date"], datetime.date):
        errors.append("date is not a date")
    if not isinstance(expected.get("incomplete"), bool):
        errors.append("incomplete is not a boolean")
    text = seed.read_bytes().decode("utf-8-sig")
    hay = words(text)
    lines = text.splitlines()
    singles = [
        expected.get("title"),
        expected.get("standfirst"),
        expected.get("section"),
        expected.get("publication"),
        expected.get("agency"),
    ]
    singles += re.split(r",\s*|\s+et\s+", expected.get("author") or "")
    for value in singles + (expected.get("subheads") or []) + (expected.get("pull_quotes") or []):
        if value and find(hay, words(value)) < 0:
            errors.append(f"not in the text: {value[:60]}")
    position = 0
    for number, paragraph in enumerate(expected.get("paragraphs") or [], 1):
        at = find(hay, words(paragraph), position)
        if at < 0:
            errors.append(f"paragraph {number} not found in order: {paragraph[:60]}")
        else:
            position = at + len(words(paragraph))
        if not whole_lines(lines, paragraph):
            errors.append(f"paragraph {number} is not whole lines of the text: {paragraph[:60]}")
    return errors


def main():
    keys = schema_keys()
    results = {path.name: check(path, keys) for path in sorted(HERE.glob("*.expected.yaml"))}
    for name, errors in results.items():
        print(("FAIL " if errors else "ok   ") + name, *errors, sep="\n      ")
    failed = sum(1 for errors in results.values() if errors)
    print(f"{len(results) - failed}/{len(results)} ok")
    return 1 if failed or not results else 0


if __name__ == "__main__":
    sys.exit(main())
