#!/usr/bin/env python3
"""Sanity check for the holdout3 saved pages: every expected field is really on its page.

For each NN_*.expected.yaml beside this file: the keys and types of the schema of
tests/corpus/web/README.md; strings without markup and with whitespace collapsed; credits
without `Par`, in natural casing; title, standfirst, subheads, pull quotes, authors and agencies
present in the page's visible text (scripts, styles and <noscript> excluded); every paragraph
present as a run of words, in order; no paragraph equal to the title, a subhead or a pull quote;
source_url equal to the canonical, og:url or saved-from address; the date written on the page;
encoding_warning true exactly when a declared charset is contradicted by UTF-8 bytes; no
mojibake. The checks are `../../corpus_check.py`'s.
Usage: python tests/corpus/holdout3/web/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

OPTIONS = {
    "keys": cc.PAGE_KEYS,
    "ordered_keys": True,
    "runs": (*cc.RUNS, "agency"),
    "credits": ("publication",),
    "extras": (
        cc.clean_strings,
        cc.natural_credits,
        cc.no_mojibake,
        cc.distinct_paragraphs,
        cc.source_url_is_address,
        cc.date_written(visible=True),
        cc.right_encoding_warning,
    ),
}

if __name__ == "__main__":
    sys.exit(cc.main(Path(__file__).resolve().parent, **OPTIONS))
