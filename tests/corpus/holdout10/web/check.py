"""Check the holdout10/web corpus against itself (no visavis code involved).

    .venv/bin/python tests/corpus/holdout10/web/check.py [--trafilatura]

For every NN_*.expected.yaml: exactly the schema's keys, in order, with the right types;
strings without markup or doubled whitespace; title, standfirst, subheads, pull quotes and every
paragraph verbatim in the page's visible text (scripts, styles, templates and noscript dropped,
a space at every block element's edge), paragraphs and subheads in order; no paragraph equal to
the title, a subhead or a pull quote; no site name in the title; source_url equal to the
canonical, else og:url, else the saved-from comment; every author name, agency and the
publication written on the page, authors as 'A, B et C' without roles; the date written on the
page; encoding_warning exactly when a declared charset is overruled; no mojibake. The checks are
`../../corpus_check.py`'s. With --trafilatura, print the lines trafilatura extracts that the
expected paragraphs leave out (to review by eye).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import corpus_check as cc

HERE = Path(__file__).resolve().parent
OPTIONS = {
    "keys": cc.PAGE_KEYS,
    "ordered_keys": True,
    "runs": (),
    "verbatim": ("title", "standfirst", "subheads", "pull_quotes"),
    "verbatim_paragraphs": True,
    "credits": ("author", "agency", "publication"),
    "extras": (
        cc.clean_strings,
        cc.no_mojibake,
        cc.distinct_paragraphs,
        cc.ordered_subheads,
        cc.site_name_left_out,
        cc.natural_credits,
        cc.source_url_is_address,
        cc.date_written(),
        cc.right_encoding_warning,
    ),
}


def print_trafilatura_extras() -> None:
    """Print, per page, the lines trafilatura extracts whose words no expected paragraph holds."""
    import trafilatura

    for path in sorted(HERE.glob("*.expected.yaml")):
        expected = yaml.safe_load(path.read_text(encoding="utf-8"))
        page = path.with_name(path.name.replace(".expected.yaml", ".html"))
        extracted = trafilatura.extract(cc.decode(page.read_bytes())[0]) or ""
        known = " ".join(expected["paragraphs"] + expected["subheads"] + expected["pull_quotes"])
        extras = [line for line in extracted.splitlines() if line.strip() not in known]
        for line in (line for line in extras if line.strip()):
            print(f"{path.name}: trafilatura only: {line[:100]}")


if __name__ == "__main__":
    code = cc.main(HERE, require_expected=True, **OPTIONS)
    if "--trafilatura" in sys.argv:
        print_trafilatura_extras()
    sys.exit(code)
