#!/usr/bin/env python3
"""Sanity check for the holdout45 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout8's script runs).
Usage: python tests/corpus/holdout45/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {"keys": cc.TEXT_KEYS, "extras": (cc.site_name_left_out,)}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
