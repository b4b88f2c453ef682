#!/usr/bin/env python3
"""Sanity check for the holdout2 corpus: every expected field is really in its source.

For each */NN_*.expected.yaml: the keys are the schema's, the date is a date, source_url is null
for a text copy, the title carries no `|` site suffix; the title, standfirst, subheads, pull
quotes and authors occur in the source (as a run of words), and every expected paragraph occurs
as a run of words, in order. HTML sources are read as their visible text (no <script>/<style>),
so text present only in JSON does not count. The checks are `../corpus_check.py`'s.
Usage: python tests/corpus/holdout2/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpus_check as cc

OPTIONS = {
    "patterns": ("*/*.expected.yaml",),
    "keys": cc.SCHEMA_KEYS,
    "extras": (cc.site_name_left_out,),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
