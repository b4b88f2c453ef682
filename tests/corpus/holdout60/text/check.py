#!/usr/bin/env python3
"""Sanity check for the holdout60 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy, keys in the schema's order, every copy with its
expected file, plus this round's extras: the title without the site's name, the date written in
the copy, credits as natural names, clean strings, distinct paragraphs, subheads in order, 4 to 14
paragraphs and 250 to 700 words of article text.
Usage: .venv/bin/python tests/corpus/holdout60/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {
    "keys": cc.TEXT_KEYS,
    "ordered_keys": True,
    "require_expected": True,
    "extras": (
        cc.site_name_left_out,
        cc.date_written(),
        cc.natural_credits,
        cc.clean_strings,
        cc.distinct_paragraphs,
        cc.ordered_subheads,
        cc.paragraph_count(4, 14),
        cc.word_count(250, 700),
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
