"""Check the holdout4/web corpus against itself (no visavis code involved).

    .venv/bin/python tests/corpus/holdout4/web/check.py [--trafilatura]

For every NN_*.expected.yaml: exactly the schema's keys with the right types; strings without
markup or doubled whitespace; title, standfirst, subheads, pull quotes and every paragraph
present verbatim in the page's visible text (scripts, styles, templates and noscript dropped,
a space at every element edge), paragraphs in order; no paragraph equal to the title, a subhead
or a pull quote; source_url equal to the canonical, else og:url, else the saved-from comment;
every author name and agency written on the page; no mojibake. With --trafilatura, print the
sentences trafilatura extracts that the expected paragraphs leave out (to review by eye).
"""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path

import yaml
from lxml import html as lhtml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kit import KEYS

HERE = Path(__file__).resolve().parent
MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|â€|Â\u00a0")


def decode(data: bytes) -> str:
    """Strict UTF-8, else windows-1252 (what a browser does with ISO-8859-1)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def visible_text(source: str) -> str:
    """The page's text as a reader sees it, whitespace collapsed."""
    doc = lhtml.document_fromstring(source)
    for element in doc.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    for element in doc.iter():
        if isinstance(element.tag, str) and element.tag not in (
            "sup",
            "sub",
            "strong",
            "em",
            "a",
            "b",
            "i",
            "span",
            "abbr",
        ):
            element.text = " " + (element.text or "")
            element.tail = " " + (element.tail or "")
    return " ".join(doc.text_content().replace("\u00a0", " ").replace("\u202f", " ").split())


def expected_url(source: str) -> str | None:
    """Canonical, else og:url, else the saved-from comment."""
    doc = lhtml.document_fromstring(source)
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = doc.xpath(xpath)
        if found:
            return found[0]
    saved = re.search(r"<!-- saved from url=\(\d{4}\)(\S+) -->", source)
    return saved.group(1) if saved else None


def check(path: Path) -> list[str]:
    """Problems of one expected file."""
    errors = []
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    page = path.with_name(path.name.replace(".expected.yaml", ".html"))
    source = decode(page.read_bytes())
    if list(expected) != KEYS:
        errors.append(f"keys {list(expected)}")
    if not isinstance(expected["date"], (datetime.date, type(None))):
        errors.append("date is not a date")
    for key in ("incomplete", "encoding_warning"):
        if not isinstance(expected[key], bool):
            errors.append(f"{key} is not a bool")
    text = visible_text(source)
    if MOJIBAKE.search(text):
        errors.append("mojibake in the decoded page")
    strings = [expected[k] for k in ("title", "standfirst") if expected[k]]
    strings += expected["subheads"] + expected["pull_quotes"]
    for value in strings + expected["paragraphs"]:
        if (
            "<" in value
            or ("&" in value and ";" in value)
            or "  " in value
            or value != value.strip()
        ):
            errors.append(f"markup or whitespace in {value[:50]!r}")
    for value in strings:
        if value not in text:
            errors.append(f"not on the page: {value[:60]!r}")
    position = 0
    for number, paragraph in enumerate(expected["paragraphs"], 1):
        found = text.find(paragraph, position)
        if found < 0:
            where = "anywhere" if paragraph not in text else "in order"
            errors.append(f"paragraph {number} not found {where}: {paragraph[:60]!r}")
        else:
            position = found + len(paragraph)
        if paragraph in strings:
            errors.append(f"paragraph {number} equals a title/subhead/pull quote")
    if expected["source_url"] != expected_url(source):
        errors.append(f"source_url {expected['source_url']!r} != {expected_url(source)!r}")
    names = re.split(r", | et ", expected["author"] or "")
    for name in [n for n in names if n] + [expected["agency"] or "", expected["publication"] or ""]:
        if name and name not in text and name not in source:
            errors.append(f"credit not on the page: {name!r}")
    return errors


def trafilatura_extras(path: Path) -> list[str]:
    """Lines trafilatura extracts whose words no expected paragraph holds."""
    import trafilatura

    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    page = path.with_name(path.name.replace(".expected.yaml", ".html"))
    extracted = trafilatura.extract(decode(page.read_bytes())) or ""
    known = " ".join(expected["paragraphs"] + expected["subheads"] + expected["pull_quotes"])
    return [line for line in extracted.splitlines() if line.strip() and line.strip() not in known]


def main() -> int:
    """Check every expected file; non-zero exit on any problem."""
    files = sorted(HERE.glob("*.expected.yaml"))
    bad = 0
    for path in files:
        errors = check(path)
        bad += bool(errors)
        print(f"{'FAIL' if errors else 'ok  '} {path.name}")
        for error in errors:
            print(f"      {error}")
        if "--trafilatura" in sys.argv:
            for line in trafilatura_extras(path):
                print(f"      trafilatura only: {line[:100]}")
    print(f"{len(files) - bad}/{len(files)} ok")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
