#!/usr/bin/env python3
"""Sanity check for the holdout14 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout13's script runs), plus the
agency written in the copy, the date written, credits in natural form, clean strings, no
paragraph repeating another field, subheads in order and 230 to 300 words of article text.
Usage: python tests/corpus/holdout14/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

EXTRAS = (
    cc.site_name_left_out,
    cc.date_written(),
    cc.natural_credits,
    cc.clean_strings,
    cc.distinct_paragraphs,
    cc.ordered_subheads,
    cc.word_count(230, 300),
)
OPTIONS = {"keys": cc.TEXT_KEYS, "ordered_keys": True, "credits": ("agency",), "extras": EXTRAS}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
