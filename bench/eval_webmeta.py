"""Per-field accuracy of `read_page_meta` on a corpus of saved pages with expected fields.

    .venv/bin/python bench/eval_webmeta.py tests/corpus/web [-v]

Each `NN_name.html` is read beside its `NN_name.expected.yaml` (keys `title`, `publication`,
`author`, `agency`, `section`, `date`, `standfirst`, `source_url`); a field counts as right
when it is exactly what is expected (None for null). `-v` prints every miss.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import yaml
from lxml import html as lxml_html

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from visavis.ingest.authors import join_names
from visavis.ingest.htmldecode import decode_html
from visavis.ingest.webmeta import PageMeta, read_page_meta

FIELDS = ("title", "publication", "author", "agency", "section", "date", "standfirst", "source_url")


def read_fields(meta: PageMeta) -> dict[str, str | None]:
    """The fields of a page's metadata as the corpus writes them."""
    return {
        "title": meta.title,
        "publication": meta.publication,
        "author": join_names(meta.authors),
        "agency": join_names(meta.agencies),
        "section": meta.section,
        "date": meta.date,
        "standfirst": meta.standfirst,
        "source_url": meta.url,
    }


def evaluate(folder: Path, verbose: bool) -> int:
    """Print per-field accuracy over the folder's pages; return the number of misses."""
    right = dict.fromkeys(FIELDS, 0)
    pages = sorted(folder.glob("*.html"))
    misses = 0
    started = time.perf_counter()
    for page in pages:
        expected_path = page.with_name(page.stem + ".expected.yaml")
        if not expected_path.is_file():
            continue
        expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
        text = decode_html(page.read_bytes(), page).text
        tree = lxml_html.document_fromstring(text)
        got = read_fields(read_page_meta(tree))
        for field in FIELDS:
            want = expected.get(field)
            want = str(want) if want is not None else None
            if got[field] == want:
                right[field] += 1
            else:
                misses += 1
                if verbose:
                    print(f"{page.name}: {field}: got {got[field]!r}, want {want!r}")
    elapsed = time.perf_counter() - started
    count = len(pages)
    for field in FIELDS:
        print(f"{field:12} {right[field]:3}/{count}")
    total = sum(right.values())
    per_page = elapsed * 1000 / max(count, 1)
    print(f"{'all':12} {total:3}/{count * len(FIELDS)}  ({per_page:.0f} ms/page)")
    return misses


def main(argv: list[str] | None = None) -> int:
    """Command line: the corpus folder, `-v` for each miss."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    evaluate(args.folder, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
