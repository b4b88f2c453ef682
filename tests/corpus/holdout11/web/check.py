"""Check the holdout11/web corpus against itself (no visavis code involved).

    .venv/bin/python tests/corpus/holdout11/web/check.py [--trafilatura]

For every NN_*.expected.yaml: exactly the schema's keys, in order, with the right types; strings
without markup or doubled whitespace; title, standfirst, subheads, pull quotes and every paragraph
verbatim in the page's visible text, paragraphs and subheads in order; no paragraph equal to the
title, a subhead or a pull quote; source_url equal to the canonical, else og:url; every author,
agency and the publication written on the page; credits in natural form; the date written in the
markup; encoding_warning exactly when a declared single-byte charset is overruled; no mojibake.
The checks are `../../corpus_check.py`'s. With --trafilatura, print the lines trafilatura
extracts that the expected paragraphs leave out (to review by eye).
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
    "require_expected": True,
    "extras": (
        cc.clean_strings,
        cc.no_mojibake,
        cc.distinct_paragraphs,
        cc.ordered_subheads,
        cc.natural_credits,
        cc.site_name_left_out,
        cc.source_url_is_address,
        cc.date_written(),
        cc.right_encoding_warning,
    ),
}


def print_trafilatura_extras() -> None:
    """Print, per page, the lines trafilatura extracts whose text no expected string holds."""
    import trafilatura

    for path in sorted(HERE.glob("*.expected.yaml")):
        expected = yaml.safe_load(path.read_text(encoding="utf-8"))
        page = path.with_name(path.name.replace(".expected.yaml", ".html"))
        extracted = trafilatura.extract(cc.decode(page.read_bytes())[0]) or ""
        known = " ".join(expected["paragraphs"] + expected["subheads"] + expected["pull_quotes"])
        for line in extracted.splitlines():
            if line.strip() and line.strip().lstrip("-|> ").strip() not in known:
                print(f"{path.name}: trafilatura only: {line[:100]}")


if __name__ == "__main__":
    code = cc.main(HERE, **OPTIONS)
    if "--trafilatura" in sys.argv:
        print_trafilatura_extras()
    sys.exit(code)
