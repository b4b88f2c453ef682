#!/usr/bin/env python3
"""Sanity check for the holdout53 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout13's script runs), keys in the
schema's order, with this round's extras. Usage: python tests/corpus/holdout53/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc


def date_written(expected: cc.Expected, seed: cc.Seed) -> list[str]:
    """Extra: the date is written in the copy, in a usual form or day-month-year with dashes."""
    day = expected["date"]
    if day is None or f"{day.day:02d}-{day.month:02d}-{day.year}" in seed.text:
        return []
    return cc.date_written()(expected, seed)


OPTIONS = {
    "keys": cc.TEXT_KEYS,
    "ordered_keys": True,
    "credits": ("agency",),
    "extras": (
        cc.site_name_left_out,
        date_written,
        cc.natural_credits,
        cc.clean_strings,
        cc.distinct_paragraphs,
        cc.ordered_subheads,
        cc.paragraph_count(4, 12),
        cc.word_count(200, 350),
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, require_expected=True, **OPTIONS))
