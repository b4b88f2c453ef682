"""Check the holdout63/web corpus against itself (no visavis code involved).

    .venv/bin/python tests/corpus/holdout63/web/check.py [--trafilatura]

For every NN_*.expected.yaml: exactly the schema's keys with the right types; strings without
markup or doubled whitespace; title, standfirst, subheads and pull quotes present verbatim in
the page's visible text (scripts, styles, templates and noscript dropped, a space at every
block element's edge), subheads in order, every paragraph verbatim and in order; no paragraph
equal to the title, a subhead or a pull quote; source_url equal to the canonical, else og:url,
else the saved-from comment; every author name, agency and the publication written on the
page, authors in natural casing; the date written on the page; encoding_warning right; no
mojibake. The checks are `../../corpus_check.py`'s, through `../../page_check.py`. With
--trafilatura, print the lines trafilatura extracts that the expected strings leave out (to
review by eye).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc
import page_check

OPTIONS = page_check.page_options(
    cc.source_url_is_address,
    cc.ordered_subheads,
    cc.natural_credits,
    cc.date_written(),
    cc.right_encoding_warning,
)

if __name__ == "__main__":
    sys.exit(page_check.run(Path(__file__).resolve().parent, OPTIONS, require_expected=True))
