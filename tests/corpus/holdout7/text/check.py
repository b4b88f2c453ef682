#!/usr/bin/env python3
"""Sanity check for the holdout7 text corpus: holdout6's checks (holdout2's, with a `notes` key).

Every expected field is really in its copy; see `../../holdout6/text/check.py` for the list.
Usage: python tests/corpus/holdout7/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {"keys": cc.TEXT_KEYS, "extras": (cc.site_name_left_out,)}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
