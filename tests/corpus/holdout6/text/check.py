#!/usr/bin/env python3
"""Sanity check for the holdout6 text corpus: every expected field is really in its copy.

For each NN_*.expected.yaml: the YAML is valid with the schema's keys (and `notes`), the date
is a date, source_url is null, the title carries no `|` site suffix, and the title, standfirst,
subheads, pull quotes, authors and every paragraph occur in the .txt as runs of words, in
order; a BOM and CRLF line endings are accepted. The checks are holdout2's, run on this folder
by `../../corpus_check.py`. Usage: python tests/corpus/holdout6/text/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {"keys": cc.TEXT_KEYS, "extras": (cc.site_name_left_out,)}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
