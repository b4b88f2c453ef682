#!/usr/bin/env python3
"""Sanity check for the holdout52 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout13's script runs), with the keys
in the schema's order and this round's extras.
Usage: python tests/corpus/holdout52/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc


def date_written(expected: cc.Expected, seed: cc.Seed) -> list[str]:
    """Extra: the shared date check, also taking a day-month-year with dashes (`30-11-2026`)."""
    day = expected["date"]
    if day is not None and f"{day:%d-%m-%Y}" in seed.text:
        return []
    return cc.date_written()(expected, seed)


OPTIONS = {
    "keys": cc.TEXT_KEYS,
    "ordered_keys": True,
    "credits": ("publication", "agency"),
    "extras": (
        cc.site_name_left_out,
        date_written,
        cc.natural_credits,
        cc.clean_strings,
        cc.distinct_paragraphs,
        cc.ordered_subheads,
        cc.paragraph_count(4, 14),
        cc.word_count(200, 350),
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, require_expected=True, **OPTIONS))
