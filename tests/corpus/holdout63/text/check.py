#!/usr/bin/env python3
"""Sanity check for the holdout63 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout13's script runs), the keys in the
schema's order, with holdout62's extras: credits in natural casing without a role, clean strings,
distinct paragraphs, subheads in order, the date written in the copy, 4 to 14 paragraphs and 250
to 700 words of text.
Usage: python tests/corpus/holdout63/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {
    "keys": cc.TEXT_KEYS,
    "ordered_keys": True,
    "extras": (
        cc.site_name_left_out,
        cc.natural_credits,
        cc.clean_strings,
        cc.distinct_paragraphs,
        cc.ordered_subheads,
        cc.date_written(),
        cc.paragraph_count(4, 14),
        cc.word_count(250, 700),
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, require_expected=True, **OPTIONS))
