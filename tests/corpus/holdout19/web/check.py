"""Check the holdout19/web corpus against itself (no visavis code involved).

    .venv/bin/python tests/corpus/holdout19/web/check.py [--trafilatura]

The checks are `../../corpus_check.py`'s, through `../../page_check.py` (keys and types,
strings verbatim and in order in the visible text, source_url, credits on the page, no
mojibake). With --trafilatura, print what trafilatura extracts beyond the expected strings.
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
