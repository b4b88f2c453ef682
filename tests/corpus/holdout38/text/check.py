#!/usr/bin/env python3
"""Sanity check for the holdout38 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout13's script runs), plus the
shared extras for subhead order, distinct paragraphs, clean strings, natural credits, the date
written in the copy and 230-300 words of article text.
Usage: python tests/corpus/holdout38/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

EXTRAS = (
    cc.site_name_left_out,
    cc.ordered_subheads,
    cc.distinct_paragraphs,
    cc.clean_strings,
    cc.natural_credits,
    cc.date_written(),
    cc.word_count(230, 300),
)
OPTIONS = {"keys": cc.TEXT_KEYS, "extras": EXTRAS}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
