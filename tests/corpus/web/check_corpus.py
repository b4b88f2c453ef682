"""Sanity check of the saved-web-page corpus: the expected files against their pages.

Run from anywhere:

    .venv/bin/python tests/corpus/web/check_corpus.py

It checks that every `NN_*.html` has its `NN_*.expected.yaml` (and the reverse), that each
expected file follows the schema in README.md, and that what it expects is really on the page:
the title, standfirst, subheads and pull quotes appear verbatim in the page's visible text,
every expected paragraph appears verbatim and in order (and, as the graders count it, its words
appear in order), the canonical address is the expected `source_url`, the date is written
somewhere on the page, and the page's bytes need the charset fallback exactly when
`encoding_warning` says so. It also checks the error cases listed in `bad/expected.yaml`.
The checks are `../corpus_check.py`'s, with this folder's extras below.

This checks the corpus, not the product: it uses no visavis code. Exit status 0 when all is well,
1 with the problems listed otherwise.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpus_check as cc

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad"


def no_heading_paragraphs(expected: dict, seed: cc.Seed) -> list[str]:
    """Extra: no paragraph is a heading of the page (unless it asks a question)."""
    root = cc.parse_page(seed.raw)
    headings = {cc.collapse(h.text_content()) for h in root.iter("h1", "h2", "h3", "h4")}
    return [
        f"paragraph {number} is a heading of the page"
        for number, paragraph in enumerate(expected["paragraphs"], 1)
        if paragraph in headings and paragraph.rstrip()[-1:] != "?"
    ]


def dated_when_declared(expected: dict, seed: cc.Seed) -> list[str]:
    """Extra: the date is null only when the page declares no publication date."""
    if expected["date"] is None and re.search(r"datePublished|published_time", seed.raw):
        return ["date is null but the page declares a publication date"]
    return []


OPTIONS = {
    "patterns": ("[0-9][0-9]_*.expected.yaml",),
    "require_expected": True,
    "keys": cc.PAGE_KEYS,
    "runs": ("author", "agency"),
    "verbatim": ("title", "standfirst", "subheads", "pull_quotes"),
    "verbatim_paragraphs": True,
    "credits": ("publication",),
    "extras": (
        cc.clean_strings,
        cc.natural_credits,
        cc.site_name_left_out,
        cc.distinct_paragraphs,
        no_heading_paragraphs,
        cc.source_url_is_address,
        cc.date_written(),
        dated_when_declared,
        cc.right_encoding_warning,
        cc.no_mojibake,
    ),
}


def check_bad() -> list[str]:
    """The problems of the pages ingest must refuse, as bad/expected.yaml lists them."""
    listing = BAD / "expected.yaml"
    if not listing.exists():
        return ["bad/expected.yaml is missing"]
    cases = yaml.safe_load(listing.read_text(encoding="utf-8"))
    problems = []
    files = {p.name for p in BAD.iterdir() if p.name != "expected.yaml"}
    if set(cases) != files:
        problems.append(f"bad/: listed {sorted(cases)} but holds {sorted(files)}")
    for file_name, case in cases.items():
        path = BAD / file_name
        if not isinstance(case, dict) or set(case) != {"kind", "expect", "notes"}:
            problems.append(f"bad/{file_name}: wants kind, expect and notes")
            continue
        if case["expect"] != "error":
            problems.append(f"bad/{file_name}: expect must be 'error'")
        if not path.exists():
            continue
        data = path.read_bytes()
        if case["kind"] == "empty" and data.strip():
            problems.append(f"bad/{file_name}: an empty page holds text")
        if case["kind"] == "binary":
            try:
                data.decode("utf-8")
                problems.append(f"bad/{file_name}: binary bytes decode as UTF-8")
            except UnicodeDecodeError:
                pass
            if b"\x00" not in data:
                problems.append(f"bad/{file_name}: binary bytes hold no NUL")
        if case["kind"] == "no_article":
            root = cc.parse_page(data.decode("utf-8"))
            if root.xpath("//meta[@property='og:type']/@content") != ["website"]:
                problems.append(f"bad/{file_name}: a home page should say og:type website")
            if b"NewsArticle" in data:
                problems.append(f"bad/{file_name}: a home page declares a NewsArticle")
        if case["kind"] == "no_text":
            root = cc.parse_page(data.decode("utf-8"))
            if root.find("body") is None or cc.words(cc.visible_text(data.decode("utf-8"))):
                problems.append(f"bad/{file_name}: an empty shell has visible text in its body")
    return problems


def main() -> int:
    """Check the pages, then the pages that must be refused."""
    code = cc.main(HERE, **OPTIONS)
    numbers = [page.name[:2] for page in HERE.glob("[0-9][0-9]_*.html")]
    problems = ["two pages share a number"] if len(set(numbers)) != len(numbers) else []
    problems += check_bad()
    for problem in problems:
        print(f"FAIL {problem}")
    return 1 if code or problems else 0


if __name__ == "__main__":
    sys.exit(main())
