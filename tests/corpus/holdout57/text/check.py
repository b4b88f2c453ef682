#!/usr/bin/env python3
"""Sanity check for the holdout57 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy, its keys in the schema's order, with this round's
extras (the date written in the copy, natural credits, clean strings, distinct paragraphs,
subheads in order, and the size of each article).
Usage: python tests/corpus/holdout57/text/check.py
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
        cc.date_written(),
        cc.natural_credits,
        cc.clean_strings,
        cc.distinct_paragraphs,
        cc.ordered_subheads,
        cc.paragraph_count(4, 20),
        cc.word_count(200, 350),
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, require_expected=True, **OPTIONS))
