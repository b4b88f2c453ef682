#!/usr/bin/env python3
"""Sanity check for the holdout7 text corpus: every expected field is really in its copy.

The checks are holdout6's (`../../holdout6/text/check.py`, itself holdout2's checks with a
`notes` key), run on this folder: each YAML is valid with the schema's keys, the date is a
date, and the title, standfirst, subheads, pull quotes, authors and every paragraph occur in
the .txt as runs of words, in order; a BOM and CRLF line endings are accepted.
"""

import importlib.util
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location(
    "holdout6_check", HERE.parents[1] / "holdout6" / "text" / "check.py"
)
HOLDOUT6 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(HOLDOUT6)
HOLDOUT6.HERE = HERE

if __name__ == "__main__":
    sys.exit(HOLDOUT6.main())
