#!/usr/bin/env python3
"""Sanity check for the holdout29 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout13's script runs), plus the
article's length (230 to 300 words), credits in natural form, subheads in order, no paragraph
repeating another field, and strings without markup.
Usage: python tests/corpus/holdout29/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {
    "keys": cc.TEXT_KEYS,
    "extras": (
        cc.site_name_left_out,
        cc.word_count(230, 300),
        cc.natural_credits,
        cc.ordered_subheads,
        cc.distinct_paragraphs,
        cc.clean_strings,
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
