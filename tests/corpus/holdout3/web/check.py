#!/usr/bin/env python3
"""Sanity check for the holdout3 saved pages: every expected field is really on its page.

For each NN_*.expected.yaml beside this file: the keys and types of the schema of
tests/corpus/web/README.md; strings without markup and with whitespace collapsed; title,
standfirst, subheads, pull quotes, authors and agencies present in the page's visible text
(scripts, styles and <noscript> excluded); every paragraph present as a run of words, in order;
no paragraph equal to the title, a subhead or a pull quote; source_url equal to the canonical,
og:url or saved-from address; the date written on the page; encoding_warning true exactly when
a declared single-byte charset is contradicted by UTF-8 bytes.
"""

from __future__ import annotations

import datetime
import pathlib
import re
import sys

import yaml
from lxml import html as lhtml

HERE = pathlib.Path(__file__).resolve().parent
KEYS = [
    "title",
    "publication",
    "author",
    "agency",
    "section",
    "date",
    "standfirst",
    "source_url",
    "subheads",
    "pull_quotes",
    "paragraphs",
    "incomplete",
    "encoding_warning",
    "notes",
]
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
SINGLE_BYTE = ("iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "iso-8859-15")


def decode(data: bytes) -> tuple[str, bool]:
    """The page's text and whether it is UTF-8."""
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        return data.decode("cp1252"), False


def declared_charset(text: str) -> str | None:
    """The first charset declared in a meta element."""
    found = re.search(r"<meta[^>]+charset=[\"']?([\w-]+)", text, re.I)
    return found.group(1).lower() if found else None


def visible_text(text: str) -> str:
    """Text a reader sees, with a space at every element edge."""
    doc = lhtml.document_fromstring(text.encode("utf-8"), parser=lhtml.HTMLParser(encoding="utf-8"))
    for element in doc.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    for element in doc.iter():
        if isinstance(element.tag, str):
            element.tail = (" " + element.tail) if element.tail else " "
    return doc.text_content()


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def find(hay: list[str], needle: list[str], start: int = 0) -> int:
    """Index of the run needle in hay from start, or -1."""
    if not needle:
        return -1
    for i in range(start, len(hay) - len(needle) + 1):
        if hay[i] == needle[0] and hay[i : i + len(needle)] == needle:
            return i
    return -1


def addresses(text: str) -> list[str]:
    """Canonical, og:url and saved-from addresses, in that order."""
    found = []
    for pattern in (
        r"<link[^>]+rel=\"canonical\"[^>]+href=\"([^\"]+)\"",
        r"<link[^>]+href=\"([^\"]+)\"[^>]+rel=\"canonical\"",
        r"<meta[^>]+property=\"og:url\"[^>]+content=\"([^\"]+)\"",
        r"<meta[^>]+content=\"([^\"]+)\"[^>]+property=\"og:url\"",
        r"<!-- saved from url=\(\d{4}\)(\S+) -->",
    ):
        found += re.findall(pattern, text)
    return [lhtml.fromstring(f"<p>{a}</p>").text_content() for a in found]


def date_forms(day: datetime.date) -> list[str]:
    """Ways a French page writes a date."""
    month = MONTHS.split()[day.month - 1]
    return [
        f"{day.day} {month} {day.year}",
        f"{day.day:02d} {month} {day.year}",
        f"{day.day} {month[:3]}. {day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day:02d}-{day.month:02d}-{day.year % 100:02d}",
        f"{month}, {day.day}, {day.year}",
        f"{month} {day.day}, {day.year}",
    ]


def check_strings(exp: dict) -> list[str]:
    errs = []
    strings = [exp.get(k) for k in ("title", "publication", "author", "agency", "section")]
    strings += [exp.get("standfirst")] + exp["subheads"] + exp["pull_quotes"] + exp["paragraphs"]
    for s in strings:
        if s is None:
            continue
        if not isinstance(s, str) or s != " ".join(s.split()) or re.search(r"<\w|&\w+;", s):
            errs.append(f"not a clean string: {str(s)[:60]}")
    author = exp.get("author") or ""
    capitals = any(w.isupper() and len(w) > 2 for w in author.split())
    if re.match(r"(?i)par\b|propos", author) or capitals:
        errs.append(f"author not natural: {author}")
    return errs


def check_page(exp: dict, text: str, is_utf8: bool) -> list[str]:
    errs = []
    hay = words(visible_text(text))
    for field in ("title", "standfirst"):
        if exp.get(field) and find(hay, words(exp[field])) < 0:
            errs.append(f"{field} not found: {exp[field][:60]}")
    for x in exp["subheads"] + exp["pull_quotes"]:
        if find(hay, words(x)) < 0:
            errs.append(f"subhead/pull quote not found: {x[:60]}")
    for field in ("author", "agency"):
        for name in re.split(r",\s*|\s+et\s+", exp.get(field) or ""):
            if name and find(hay, words(name)) < 0:
                errs.append(f"{field} not found: {name}")
    if exp.get("publication") and exp["publication"].lower() not in visible_text(text).lower():
        errs.append(f"publication not on the page: {exp['publication']}")
    chrome = {tuple(words(x)) for x in [exp["title"]] + exp["subheads"] + exp["pull_quotes"]}
    position = 0
    for i, para in enumerate(exp["paragraphs"]):
        w = words(para)
        if tuple(w) in chrome:
            errs.append(f"paragraph {i + 1} repeats the title, a subhead or a pull quote")
        j = find(hay, w, position)
        if j < 0:
            errs.append(f"paragraph {i + 1} not found in order: {para[:60]}")
        else:
            position = j + len(w)
    found = addresses(text)
    if (found[0] if found else None) != exp["source_url"]:
        errs.append(f"source_url {exp['source_url']} is not the page's first of {found[:3]}")
    if exp["date"] is not None:
        page = " ".join(visible_text(text).lower().split())
        if not any(form in page for form in date_forms(exp["date"])):
            errs.append(f"date {exp['date']} not written on the page")
    declared = declared_charset(text)
    overruled = bool(is_utf8 and declared in SINGLE_BYTE and re.search(r"[^\x00-\x7f]", text))
    if exp["encoding_warning"] != overruled:
        errs.append(f"encoding_warning should be {overruled} (declared {declared})")
    return errs


def check(exp_path: pathlib.Path) -> tuple[list[str], int]:
    """Problems of one expected file and the number of words of its paragraphs."""
    exp = yaml.safe_load(exp_path.read_text(encoding="utf-8"))
    page = exp_path.with_name(exp_path.name[: -len(".expected.yaml")] + ".html")
    if list(exp) != KEYS:
        return [f"keys are {list(exp)}"], 0
    errs = []
    if exp["date"] is not None and not isinstance(exp["date"], datetime.date):
        errs.append("date is not a date")
    if not all(isinstance(exp[k], bool) for k in ("incomplete", "encoding_warning")):
        errs.append("incomplete/encoding_warning not booleans")
    if not all(isinstance(exp[k], list) for k in ("subheads", "pull_quotes", "paragraphs")):
        return [*errs, "subheads/pull_quotes/paragraphs not lists"], 0
    errs += check_strings(exp)
    text, is_utf8 = decode(page.read_bytes())
    if "Ã©" in text or "â€" in text:
        errs.append("mojibake in the page")
    errs += check_page(exp, text, is_utf8)
    return errs, sum(len(words(p)) for p in exp["paragraphs"])


def main() -> int:
    files = sorted(HERE.glob("*.expected.yaml"))
    bad = 0
    for path in files:
        errs, count = check(path)
        print(f"{'FAIL' if errs else 'ok  '} {path.name} ({count} words)")
        for err in errs:
            print("      ", err)
        bad += bool(errs)
    print(f"{len(files) - bad}/{len(files)} ok")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
