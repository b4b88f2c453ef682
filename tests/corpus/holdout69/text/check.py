#!/usr/bin/env python3
"""Sanity check for the holdout69 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy, keys in the schema's order, credits written in the
copy, with the extras the README names.
Usage: python tests/corpus/holdout69/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {
    "keys": cc.TEXT_KEYS,
    "ordered_keys": True,
    "credits": ("author", "agency"),
    "extras": (
        cc.site_name_left_out,
        cc.natural_credits,
        cc.clean_strings,
        cc.distinct_paragraphs,
        cc.ordered_subheads,
        cc.paragraph_count(4, 14),
        cc.word_count(250, 700),
        cc.date_written(),
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, require_expected=True, **OPTIONS))
