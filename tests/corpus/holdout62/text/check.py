#!/usr/bin/env python3
"""Sanity check for the holdout62 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (keys in the schema's order, types, every paragraph as
a run of words in order), with holdout59's extras; the date may also stand in actu.fr's short form
(`12 mars 26`).
Usage: .venv/bin/python tests/corpus/holdout62/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

written = cc.date_written()


def date_written(expected: cc.Expected, seed: cc.Seed) -> list[str]:
    """Extra: the date is written in the copy, in a usual form or as `12 mars 26`."""
    problems, day = written(expected, seed), expected["date"]
    if problems and day:
        month = cc.MONTHS.split()[day.month - 1]
        if f"{day.day} {month} {day.year % 100:02d}" in cc.collapse(seed.text).casefold():
            return []
    return problems


EXTRAS = (
    cc.site_name_left_out,
    date_written,
    cc.natural_credits,
    cc.clean_strings,
    cc.distinct_paragraphs,
    cc.ordered_subheads,
    cc.paragraph_count(4, 14),
    cc.word_count(250, 700),
)
OPTIONS = {"keys": cc.TEXT_KEYS, "ordered_keys": True, "extras": EXTRAS}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, require_expected=True, **OPTIONS))
