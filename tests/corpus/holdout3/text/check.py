#!/usr/bin/env python3
"""Sanity check of this corpus: every expected value is really in its text copy.

For each `NN_*.expected.yaml`: the keys are those of the schema, the YAML is valid, the date is
a date, `source_url` is null; the title, standfirst, subheads, pull quotes and each author's
name occur in the `.txt` as a run of words; every expected paragraph occurs as a run of words,
in order. The checks are `../../corpus_check.py`'s.
Run it from anywhere: `python tests/corpus/holdout3/text/check.py`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {"keys": cc.TEXT_KEYS}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
