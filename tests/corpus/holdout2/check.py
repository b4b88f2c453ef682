#!/usr/bin/env python3
"""Sanity check for the holdout2 corpus: every expected field is really in its source.

For each NN_*.expected.yaml: the title, subheads, pull quotes and standfirst occur in the
source (as a run of words), and every expected paragraph occurs as a run of words, in order.
HTML sources are read without <script>/<style>, so text present only in JSON does not count.
"""

import datetime
import pathlib
import re
import sys

import yaml
from lxml import html as lhtml

HERE = pathlib.Path(__file__).resolve().parent
KEYS = {
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
}


def decode(b):
    if b.startswith(b"\xef\xbb\xbf"):
        b = b[3:]
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")


def source_text(path):
    s = decode(path.read_bytes())
    if path.suffix == ".html":
        doc = lhtml.document_fromstring(s)
        for el in doc.xpath("//script|//style|//noscript|//template"):
            el.drop_tree()
        # separate block texts so words of adjacent elements don't glue together
        for el in doc.iter():
            if isinstance(el.tag, str):
                el.tail = (" " + el.tail) if el.tail else " "
        s = doc.text_content()
    return s


def words(s):
    return re.findall(r"\w+", s.lower())


def find(hay, needle, start=0):
    n = len(needle)
    if not n:
        return -1
    first = needle[0]
    i = start
    while True:
        try:
            i = hay.index(first, i)
        except ValueError:
            return -1
        if hay[i : i + n] == needle:
            return i
        i += 1


def check(exp_path):
    errs = []
    exp = yaml.safe_load(exp_path.read_text(encoding="utf-8"))
    base = exp_path.name[: -len(".expected.yaml")]
    srcs = [p for p in exp_path.parent.glob(base + ".*") if p.suffix in (".html", ".txt")]
    if len(srcs) != 1:
        return [f"no single source for {base}"], 0
    src = srcs[0]
    missing = KEYS - set(exp)
    extra = set(exp) - KEYS
    if missing or extra:
        errs.append(f"keys: missing {sorted(missing)} extra {sorted(extra)}")
    if exp.get("date") is not None and not isinstance(exp["date"], datetime.date):
        errs.append("date is not a date")
    if src.suffix == ".txt" and exp.get("source_url") is not None:
        errs.append("source_url must be null for text copies")
    if "|" in (exp.get("title") or ""):
        errs.append("title carries a site suffix")
    hay = words(source_text(src))
    for field in ("title", "standfirst"):
        if exp.get(field) and find(hay, words(exp[field])) < 0:
            errs.append(f"{field} not found: {exp[field][:60]}")
    for field in ("subheads", "pull_quotes"):
        for x in exp.get(field) or []:
            if find(hay, words(x)) < 0:
                errs.append(f"{field} not found: {x[:60]}")
    for name in re.split(r",\s*|\s+et\s+", exp.get("author") or ""):
        if name and find(hay, words(name)) < 0:
            errs.append(f"author not found: {name}")
    pos = 0
    nwords = 0
    for i, para in enumerate(exp.get("paragraphs") or []):
        w = words(para)
        nwords += len(w)
        j = find(hay, w, pos)
        if j < 0:
            errs.append(f"paragraph {i + 1} not found in order: {para[:60]}")
        else:
            pos = j + len(w)
    return errs, nwords


def main():
    files = sorted(HERE.glob("*/*.expected.yaml"))
    bad = 0
    for f in files:
        errs, n = check(f)
        rel = f.relative_to(HERE)
        print(f"{'FAIL' if errs else 'ok  '} {rel} ({n} words)")
        for e in errs:
            print("      ", e)
        bad += bool(errs)
    print(f"{len(files) - bad}/{len(files)} ok")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
