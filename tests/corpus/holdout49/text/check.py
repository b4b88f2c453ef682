#!/usr/bin/env python3
"""Sanity check for the holdout49 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy: the keys in the schema's order, the types, the title,
standfirst, subheads, pull quotes and author names as runs of words, every paragraph in order,
plus the extras below (site name left out of the title, date written in the copy, natural
credits, clean strings, distinct paragraphs, subheads in order, 5 to 14 paragraphs of 180 to
300 words in all).
Usage: python tests/corpus/holdout49/text/check.py
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
        cc.paragraph_count(5, 14),
        cc.word_count(180, 300),
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, require_expected=True, **OPTIONS))
