#!/usr/bin/env python3
"""Sanity check for the holdout58 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout50's script runs), with the date
also accepted as La Libre writes it (`12-03-2026`).
Usage: python tests/corpus/holdout58/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

WRITTEN = cc.date_written()


def date_written_dashed(expected: cc.Expected, seed: cc.Seed) -> list[str]:
    """Extra: the date is written in the copy, day-month-year with dashes accepted."""
    day = expected["date"]
    if day is not None and f"{day.day:02d}-{day.month:02d}-{day.year}" in seed.text:
        return []
    return WRITTEN(expected, seed)


OPTIONS = {
    "keys": cc.TEXT_KEYS,
    "ordered_keys": True,
    "extras": (
        cc.site_name_left_out,
        date_written_dashed,
        cc.natural_credits,
        cc.clean_strings,
        cc.distinct_paragraphs,
        cc.ordered_subheads,
        cc.paragraph_count(5, 14),
        cc.word_count(200, 350),
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, require_expected=True, **OPTIONS))
