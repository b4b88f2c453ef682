#!/usr/bin/env python3
"""Sanity check for the holdout18 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout13's script runs), the date is
written in the copy, each article holds 230 to 300 words, credits are persons in natural casing,
no paragraph repeats the title or a subhead, strings are clean and subheads are in order.
Usage: python tests/corpus/holdout18/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {
    "keys": cc.TEXT_KEYS,
    "extras": (
        cc.site_name_left_out,
        cc.date_written(),
        cc.word_count(230, 300),
        cc.natural_credits,
        cc.distinct_paragraphs,
        cc.clean_strings,
        cc.ordered_subheads,
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
