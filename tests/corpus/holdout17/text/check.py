#!/usr/bin/env python3
"""Sanity check for the holdout17 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (keys, types, the title without the site name, every
expected field as runs of words, in order), the credits are persons in natural casing, no
paragraph repeats a heading, the article text is 230 to 300 words, and the date is written in
the copy (also as a short month before the day, `Juil. 2, 2025`).
Usage: python tests/corpus/holdout17/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc


def date_written(expected: cc.Expected, seed: cc.Seed) -> list[str]:
    """Extra: the date is written in the copy, in a usual French form or as `Juil. 2, 2025`."""
    day = expected["date"]
    if day is None:
        return []
    short = cc.SHORT_MONTHS.split()[day.month - 1]
    forms = [*cc.date_forms(day), f"{short}. {day.day}, {day.year}".casefold()]
    written = cc.collapse(seed.text).casefold()
    return [] if any(form in written for form in forms) else [f"date {day} not written"]


EXTRAS = (
    cc.site_name_left_out,
    cc.clean_strings,
    cc.natural_credits,
    cc.distinct_paragraphs,
    cc.ordered_subheads,
    cc.word_count(230, 300),
    date_written,
)
OPTIONS = {"keys": cc.TEXT_KEYS, "require_expected": True, "extras": EXTRAS}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
