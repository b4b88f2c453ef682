#!/usr/bin/env python3
"""Sanity check for the holdout51 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout13's script runs), with the keys
in the schema's order, the agency credited in the copy, and this folder's extras.
Usage: python tests/corpus/holdout51/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

DATE_WRITTEN = cc.date_written()


def date_written(expected: cc.Expected, seed: cc.Seed) -> list[str]:
    """Extra: the date is written in the copy, also as `13-11-2026` (La Libre's form)."""
    day = expected["date"]
    if day is not None and f"{day.day:02d}-{day.month:02d}-{day.year}" in seed.text:
        return []
    return DATE_WRITTEN(expected, seed)


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
        cc.paragraph_count(5, 14),
        cc.word_count(200, 350),
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
