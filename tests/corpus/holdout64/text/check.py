#!/usr/bin/env python3
"""Sanity check for the holdout64 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout13's script runs), with the keys in
the schema's order, every author and agency credited in the copy, and these extras: no site name
in the title, credits in natural casing without `Par` or a role, clean strings, distinct
paragraphs, subheads in order, 4 to 14 paragraphs of 250 to 700 words, and the date written in
the copy.
Usage: python tests/corpus/holdout64/text/check.py
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
