#!/usr/bin/env python3
"""Sanity check for the holdout47 text corpus: the shared checks of `../../corpus_check.py`.

Every expected field is really in its copy (the checks holdout13's script runs), and every
article text is 230 to 300 words long.
Usage: python tests/corpus/holdout47/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {"keys": cc.TEXT_KEYS, "extras": (cc.site_name_left_out, cc.word_count(230, 300))}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
