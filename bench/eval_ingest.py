"""Field accuracy and lost words of ingest over folders of (seed, expected) pairs.

    .venv/bin/python bench/eval_ingest.py tests/corpus/web tests/corpus/webcopy [-v]

Each seed `NN_x.html` / `NN_x.txt` has `NN_x.expected.yaml` beside it (the schema of
`tests/corpus/web/README.md`). The fields graded are those of the issue: headline,
publication, author, section, date, subheads, pull quotes and paragraph count, compared after
Unicode (NFC), whitespace and quote normalisation (a pull quote with or without the quotation
marks around it all is the same pull quote; a subhead is compared without its letter case);
a field correctly left empty counts as right. "Words lost" counts the words of the expected
paragraphs that do not appear, in order, in the ingested body.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from visavis.errors import IngestError  # noqa: E402
from visavis.frontmatter import parse_document  # noqa: E402
from visavis.ingest.core import ingest_file  # noqa: E402

FIELDS = ("title", "publication", "author", "section", "date", "subheads", "pull_quotes", "count")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "«": '"', "»": '"', "“": '"', "”": '"', "\u00a0": " "})


def normalise(value: object) -> str:
    """NFC, straight quotes, single spaces, no space inside guillemets; '' for empty."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).translate(_QUOTES)
    text = text.replace("\u202f", " ").replace('" ', '"').replace(' "', '"')
    return " ".join(text.split()).strip()


def unquoted(value: object) -> str:
    """A pull quote normalised, without the quotation marks around it all (`« X »` is `X`:
    pages and editors set a pull quote either way)."""
    text = normalise(value)
    if len(text) > 2 and text[0] == '"' and text[-1] == '"' and '"' not in text[1:-1]:
        return text[1:-1].strip()
    return text


def uncased(value: object) -> str:
    """A subhead normalised and casefolded: one set in capitals (`DES COMMERÇANTS INQUIETS`)
    is the same subhead in natural casing (capitals are often the layout's, not the text's)."""
    return normalise(value).casefold()


def words(text: str) -> list[str]:
    """Casefolded words."""
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFC", text).casefold())


def lost_words(paragraphs: list[str], body: str) -> int:
    """Words of the expected paragraphs missing from the body (in order, per paragraph)."""
    output = words(body)
    lost = 0
    for paragraph in paragraphs:
        position = 0
        for word in words(paragraph):
            try:
                position = output.index(word, position) + 1
            except ValueError:
                lost += 1
    return lost


def actual_fields(seed: Path) -> tuple[dict[str, object], str]:
    """What ingest made of a seed: the graded fields and the body's text."""
    result = ingest_file(seed)
    document = parse_document(result.to_markdown())
    blocks = document.blocks
    quotes = [" ".join(b.lines) for b in blocks if b.kind == "quote"]
    fields = {
        "title": document.meta.get("title"),
        "publication": document.meta.get("publication"),
        "author": document.meta.get("author"),
        "section": document.meta.get("section"),
        "date": document.meta.get("date"),
        "subheads": [" ".join(b.lines) for b in blocks if b.kind == "subhead"],
        "pull_quotes": quotes,
        "count": sum(
            len(b.lines) if b.kind == "list" else 1 for b in blocks if b.kind != "subhead"
        ),
    }
    body = "\n".join(line for block in blocks for line in block.lines)
    return fields, body


def expected_count(expected: dict) -> int:
    """Paragraphs as the expected file counts them, plus pull quotes (which are blocks too)."""
    return len(expected.get("paragraphs") or []) + len(expected.get("pull_quotes") or [])


def grade(seed: Path, expected: dict, verbose: bool) -> tuple[Counter, int, int]:
    """Right fields, lost words and total words for one seed."""
    right: Counter = Counter()
    total_words = sum(len(words(p)) for p in expected.get("paragraphs") or [])
    try:
        actual, body = actual_fields(seed)
    except IngestError as error:
        print(f"{seed.name}: ingest failed: {error}")
        return right, total_words, total_words
    wanted = {name: expected.get(name) for name in FIELDS[:-1]}
    wanted["count"] = expected_count(expected)
    for name in FIELDS:
        have, want = actual[name], wanted[name]
        if name == "pull_quotes":  # with or without its enclosing quotation marks
            ok = [unquoted(v) for v in have or []] == [unquoted(v) for v in want or []]
        elif name == "subheads":  # one set in capitals matches its natural casing
            ok = [uncased(v) for v in have or []] == [uncased(v) for v in want or []]
        elif name == "count":
            ok = have == want
        else:
            ok = normalise(have) == normalise(want)
        right[name] += ok
        if verbose and not ok:
            print(f"  {seed.name}: {name}: got {have!r}, want {want!r}")
    return right, lost_words(expected.get("paragraphs") or [], body), total_words


def main(argv: list[str] | None = None) -> int:
    """Grade every seed of the folders; print per-field accuracy and lost words."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong field")
    args = parser.parse_args(argv)
    for folder in args.folders:
        seeds = sorted(
            p
            for p in folder.iterdir()
            if p.suffix in (".html", ".htm", ".txt", ".md")
            and p.with_name(p.stem + ".expected.yaml").exists()
        )
        right: Counter = Counter()
        lost = total = 0
        for seed in seeds:
            expected = yaml.safe_load(seed.with_name(seed.stem + ".expected.yaml").read_text())
            fields, seed_lost, seed_total = grade(seed, expected, args.verbose)
            right += fields
            lost += seed_lost
            total += seed_total
        count = len(seeds)
        print(f"{folder}: {count} seeds")
        for name in FIELDS:
            print(f"  {name:<12} {right[name]:>3}/{count}")
        all_right = sum(right.values())
        share = all_right / (count * len(FIELDS)) if count else 0
        print(f"  all          {all_right}/{count * len(FIELDS)} = {share:.1%}")
        print(f"  words lost   {lost} of {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
