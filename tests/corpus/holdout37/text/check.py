#!/usr/bin/env python3
"""Sanity check for the holdout37 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout13's script runs), plus the
subheads' order, distinct paragraphs, clean strings, natural credits and 230-300 words.
Usage: python tests/corpus/holdout37/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {
    "keys": cc.TEXT_KEYS,
    "extras": (
        cc.site_name_left_out,
        cc.ordered_subheads,
        cc.distinct_paragraphs,
        cc.clean_strings,
        cc.natural_credits,
        cc.word_count(230, 300),
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
