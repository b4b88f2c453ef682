#!/usr/bin/env python3
"""Sanity check for the holdout42 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout13's script runs), credits are
natural, and the article text is 230 to 300 words. Two local rules for shapes the shared checks
do not know: a copy that prints the article's own address (a print-to-PDF footer, an app's share
line) gives it as source_url, so "a text copy has no source_url" gives way to "the address is in
the copy"; and a copy taken from a printed PDF carries the print header and footer of each page,
which may cut a paragraph in two, so its paragraphs are found once those lines are left out.
Usage: python tests/corpus/holdout42/text/check.py
"""

import dataclasses
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

NO_URL = "source_url must be null for a text copy"
#: A browser's print header (`20/10/2026 08:31 page title`) or footer (`address 1/2`).
PAGE_LINE = re.compile(r"(?m)^(\d\d/\d\d/\d{4} \d\d:\d\d .*|https://\S+ \d+/\d+)\n")


def address_in_copy(expected: cc.Expected, seed: cc.Seed) -> list[str]:
    """Extra: a source_url is written in the copy itself."""
    url = expected["source_url"]
    return [] if url is None or url in seed.text else [f"source_url {url!r} not in the copy"]


OPTIONS = {
    "keys": cc.TEXT_KEYS,
    "extras": (cc.site_name_left_out, cc.natural_credits, cc.word_count(230, 300), address_in_copy),
}


def problems_of(path: Path) -> list[str]:
    """The shared checks' problems, with the two local rules applied."""
    problems = [p for p in cc.check_file(path, **OPTIONS) if p != NO_URL]
    seed = cc.read_seed(path.with_name(path.name.replace(".expected.yaml", ".txt")))
    if not PAGE_LINE.search(seed.text):
        return problems
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    unpaged = dataclasses.replace(seed, text=PAGE_LINE.sub("", seed.text))
    kept = [p for p in problems if not p.startswith("paragraph ")]
    return kept + cc.check_paragraphs(expected, unpaged, verbatim=False)


def main(folder: Path) -> int:
    """Check every expected file of folder; print `ok`/`FAIL` per file; 1 on any problem."""
    files = sorted(folder.glob("*.expected.yaml"))
    bad = 0
    for path in files:
        problems = problems_of(path)
        bad += bool(problems)
        print(f"{'FAIL' if problems else 'ok  '} {path.name} ({cc.paragraph_words(path)} words)")
        for problem in problems:
            print(f"       - {problem}")
    print(f"{len(files) - bad}/{len(files)} ok")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent))
