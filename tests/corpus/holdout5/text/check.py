#!/usr/bin/env python3
"""Sanity check for this corpus: each expected file is valid and really drawn from its copy.

For each NN_*.expected.yaml: the keys are those of the schema, the date is a date, and the
title, standfirst, publication, section, subheads, pull quotes and author names occur in the
.txt as runs of words; every expected paragraph occurs as a run of words, in order; an article
has 4 to 16 paragraphs. The checks are `../../corpus_check.py`'s.
Usage: python tests/corpus/holdout5/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {
    "keys": cc.TEXT_KEYS,
    "runs": (*cc.RUNS, "publication", "section"),
    "extras": (cc.paragraph_count(4, 16),),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
