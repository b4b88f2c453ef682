"""Check the holdout23/web corpus against itself (no visavis code involved).

    .venv/bin/python tests/corpus/holdout23/web/check.py [--trafilatura]

The shared checks of `../../page_check.py` (keys and types, strings without markup, title,
standfirst, subheads, pull quotes and paragraphs verbatim and in order in the visible text,
source_url, credits written on the page, no mojibake), with source_url an address. With
--trafilatura, print what trafilatura extracts that the expected paragraphs leave out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc
import page_check

OPTIONS = page_check.page_options(
    cc.source_url_is_address,
)

if __name__ == "__main__":
    sys.exit(page_check.run(Path(__file__).resolve().parent, OPTIONS, require_expected=False))
