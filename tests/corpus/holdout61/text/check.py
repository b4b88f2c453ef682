#!/usr/bin/env python3
"""Sanity check for the holdout61 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout13's script runs), the keys in the
schema's order, the agency credited in the copy, and this round's extras.
Usage: .venv/bin/python tests/corpus/holdout61/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {
    "keys": cc.TEXT_KEYS,
    "ordered_keys": True,
    "credits": ("agency",),
    "extras": (
        cc.site_name_left_out,
        cc.date_written(),
        cc.natural_credits,
        cc.clean_strings,
        cc.distinct_paragraphs,
        cc.ordered_subheads,
        cc.paragraph_count(4, 16),
        cc.word_count(250, 700),
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, require_expected=True, **OPTIONS))
