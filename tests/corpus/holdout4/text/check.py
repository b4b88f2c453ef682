#!/usr/bin/env python3
"""Self-check of this corpus: each expected file is valid and true to its text copy.

For each NN_*.expected.yaml: the keys are those of the schema (the table of
tests/corpus/webcopy/README.md), the date is a date or null,
and the title, standfirst, section, publication, agency, subheads, pull quotes, author names and
every paragraph occur in the .txt beside it as runs of words (paragraphs in order, each one whole
line or a run of hard-wrapped lines, so a sentence left out of a paragraph is caught). The checks
are `../../corpus_check.py`'s, with the whole-lines rule below.
Usage: python tests/corpus/holdout4/text/check.py
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

HERE = Path(__file__).resolve().parent
SCHEMA = HERE.parents[1] / "webcopy" / "README.md"


def schema_keys() -> set[str]:
    """The expected file's keys: the backquoted names in the first column of the schema table."""
    rows = [
        line.split("|")[1]
        for line in SCHEMA.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    ]
    return {key for row in rows for key in re.findall(r"`(\w+)`", row)}


LEAD = re.compile(r"|[•*–-] |.{1,40} [-—/] ")


def whole_lines(lines: list[str], paragraph: str) -> bool:
    """Whether paragraph is exactly one line, or a run of lines joined (a hard wrap).

    A line may carry a bullet or a short run-in label (`POLITIQUE - `) before the paragraph.
    """
    target = cc.collapse(paragraph)
    for i in range(len(lines)):
        joined = ""
        for following in lines[i:]:
            if not following.strip():
                break
            joined = cc.collapse(f"{joined} {following}")
            if joined.endswith(target) and LEAD.fullmatch(joined[: len(joined) - len(target)]):
                return True
            if len(joined) > len(target) + 40:
                break
    return False


def paragraphs_whole_lines(expected: dict, seed: cc.Seed) -> list[str]:
    """Extra: every paragraph is whole lines of the text."""
    lines = seed.raw.splitlines()
    return [
        f"paragraph {number} is not whole lines of the text: {paragraph[:60]}"
        for number, paragraph in enumerate(expected["paragraphs"], 1)
        if not whole_lines(lines, paragraph)
    ]


if __name__ == "__main__":
    sys.exit(
        cc.main(
            HERE,
            keys=sorted(schema_keys()),
            runs=(*cc.RUNS, "section", "publication", "agency"),
            extras=(paragraphs_whole_lines,),
        )
    )
