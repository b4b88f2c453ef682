#!/usr/bin/env python3
"""Self-check of the hold-out corpus (web/*.html, text/*.txt and their *.expected.yaml).

It checks the expectations against the source files only, never against any extractor:
- every expected file has exactly the agreed keys, with the agreed types;
- the words of every expected paragraph appear in the source, contiguously, and the
  paragraphs appear in the order listed;
- title, standfirst, subheads (in order), pull quotes, section, publication, each author and
  agency name appear in the source (words compared case-insensitively);
- the date is written in the source in some usual form; source_url appears in a web page
  and is null for text copies; the article text is 250 to 700 words long.

Words are runs of letters/digits (\\w+), compared after NFC normalisation and casefolding, so
punctuation, apostrophe style, non-breaking spaces, line wrapping and markup between words do
not matter. Usage: python check.py  (exit status 1 and a list of problems on failure).

Conventions the expected files follow, where a reader could hesitate:
- text is given as the page shows it (straight or curly apostrophes, « » with or without
  spaces, capitals after a colon), whitespace collapsed: non-breaking spaces become spaces;
- author: persons only, in natural casing, order of the names kept ("KONAN Yao Martin" is
  "Konan Yao Martin"); a newsroom ("La rédaction"), a site account ("Walf Quotidien") or an
  agency is never an author; initials such as "kym/fmk" are not a byline;
- section: JSON-LD articleSection, else the last breadcrumb item, else the kicker; a topical
  kicker ("Horlogerie", "Reportage", "Transports") does not override them;
- date: the date the page itself prints for publication, in the page's own time zone; null
  when the page prints none (a date inside the article text is not one);
- pull quotes without their attribution; a quotation set as a block inside the text
  (blockquote without pull-quote styling) is made of paragraphs;
- live blog: entries in page order (newest first); entry titles are subheads, entry times
  are not text; interview questions are paragraphs even when set in bold;
- a dateline that opens the first paragraph ("Yamoussoukro, 4 mars 2024 (AIP) –") stays in it.
"""

import datetime
import re
import sys
import unicodedata
from pathlib import Path

import yaml
from lxml import html as LH

HERE = Path(__file__).resolve().parent
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
]
INLINE = {
    "a",
    "abbr",
    "b",
    "cite",
    "code",
    "em",
    "font",
    "i",
    "mark",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "time",
    "u",
}
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
SHORT = ["jan", "fév", "mar", "avr", "mai", "juin", "juil", "août", "sep", "oct", "nov", "déc"]


def decode(raw):
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")  # a page declaring another charset may still be UTF-8
    except UnicodeDecodeError:
        m = re.search(rb"charset=[\"']?([\w-]+)", raw[:4000])
        return raw.decode(m.group(1).decode("ascii") if m else "cp1252")


def visible_text(source, split_inline=False):
    """The page's visible text; block elements end lines. With split_inline, every element
    boundary separates words (for metadata written in adjacent inline elements)."""
    doc = LH.document_fromstring(source)
    for el in doc.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()
    if split_inline:
        return " ".join(doc.itertext())
    for el in doc.iter():
        if isinstance(el.tag, str) and el.tag not in INLINE:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    return doc.text_content()


def words(s):
    return re.findall(r"\w+", unicodedata.normalize("NFC", s).casefold())


class Hay:
    def __init__(self, text):
        self.s = " " + " ".join(words(text)) + " "

    def find(self, phrase, start=0):
        w = words(phrase)
        if not w:
            return -1
        return self.s.find(" " + " ".join(w) + " ", start)

    def end(self, phrase, at):
        return at + len(" ".join(words(phrase))) + 1


def date_forms(d):
    dd, mm, yy = d.day, d.month, d.year
    forms = [
        d.isoformat(),
        f"{dd:02d}/{mm:02d}/{yy}",
        f"{dd:02d}.{mm:02d}.{yy}",
        f"{dd:02d}/{mm:02d}/{yy % 100:02d}",
        f"{dd} {MONTHS[mm - 1]} {yy}",
        f"{dd:02d} {MONTHS[mm - 1]} {yy}",
        f"{dd} {SHORT[mm - 1]} {yy}",
    ]
    return [f.casefold() for f in forms]


def names(s):
    return [n for n in re.split(r",\s*|\s+et\s+", s) if n.strip()]


def check(exp_path):
    problems = []
    say = problems.append
    stem = exp_path.name[: -len(".expected.yaml")]
    is_web = exp_path.parent.name == "web"
    src = exp_path.with_name(stem + (".html" if is_web else ".txt"))
    if not src.exists():
        return [f"no source file {src.name}"]
    raw_text = decode(src.read_bytes())
    text = visible_text(raw_text) if is_web else raw_text
    hay = Hay(text)
    hay2 = Hay(visible_text(raw_text, split_inline=True)) if is_web else hay
    exp = yaml.safe_load(exp_path.read_text(encoding="utf-8"))

    if list(exp) != KEYS:
        say(f"keys {list(exp)} != {KEYS}")
        return problems
    for k in ("title", "publication", "author", "agency", "section", "standfirst", "source_url"):
        if exp[k] is not None and not (isinstance(exp[k], str) and exp[k].strip()):
            say(f"{k} must be a non-empty string or null")
    if not isinstance(exp["title"], str):
        say("title is required")
        return problems
    if exp["date"] is not None and not isinstance(exp["date"], datetime.date):
        say("date must be an ISO date or null")
    for k in ("subheads", "pull_quotes", "paragraphs"):
        if not isinstance(exp[k], list) or not all(
            isinstance(x, str) and x.strip() for x in exp[k]
        ):
            say(f"{k} must be a list of non-empty strings")
            return problems
    if not isinstance(exp["incomplete"], bool):
        say("incomplete must be true or false")
    if not exp["paragraphs"]:
        say("no paragraphs")

    if (
        re.search(r"\s[|–-]\s*\S+$", exp["title"])
        and exp["publication"]
        and exp["title"].casefold().endswith(exp["publication"].casefold())
    ):
        say("title carries the site name")
    for k in ("title", "standfirst", "section", "publication"):
        if exp[k] and hay.find(exp[k]) < 0 and hay2.find(exp[k]) < 0:
            say(f"{k} not found in source: {exp[k]!r}")
    for k in ("author", "agency"):
        for n in names(exp[k] or ""):
            if hay.find(n) < 0 and hay2.find(n) < 0:
                say(f"{k} name not found in source: {n!r}")
        if exp[k] and re.match(r"(?i)par\s", exp[k]):
            say(f"{k} starts with 'Par'")

    pos = 0
    for i, p in enumerate(exp["paragraphs"]):
        at = hay.find(p, pos)
        if at < 0:
            where = "anywhere" if hay.find(p) < 0 else "after the previous paragraph"
            say(f"paragraph {i + 1} not found {where}: {p[:70]!r}")
        else:
            pos = hay.end(p, at)
    pos = 0
    for h in exp["subheads"]:
        at = hay.find(h, pos)
        if at < 0:
            say(f"subhead not found (in order): {h!r}")
        else:
            pos = hay.end(h, at)
    for q in exp["pull_quotes"]:
        if hay.find(q) < 0:
            say(f"pull quote not found: {q!r}")

    body = {" ".join(words(p)) for p in exp["paragraphs"]}
    for k in ("title", "standfirst"):
        if exp[k] and " ".join(words(exp[k])) in body:
            say(f"{k} listed among the paragraphs")
    for h in exp["subheads"]:
        if " ".join(words(h)) in body:
            say(f"subhead listed among the paragraphs: {h!r}")
    if len(body) != len(exp["paragraphs"]):
        say("a paragraph is listed twice")

    n = sum(len(p.split()) for p in exp["paragraphs"])
    if not 250 <= n <= 700:
        say(f"article text is {n} words (expected 250-700)")

    if exp["date"] is not None:
        low = unicodedata.normalize("NFC", text if not is_web else raw_text).casefold()
        if not any(f in low for f in date_forms(exp["date"])):
            say(f"date {exp['date']} not written in the source")
    if is_web:
        if exp["source_url"] is not None and exp["source_url"] not in raw_text:
            say("source_url not in the page")
    elif exp["source_url"] is not None:
        say("source_url must be null for a text copy")
    return problems


def main():
    files = sorted(HERE.glob("web/*.expected.yaml")) + sorted(HERE.glob("text/*.expected.yaml"))
    sources = sorted(HERE.glob("web/*.html")) + sorted(HERE.glob("text/*.txt"))
    failed = 0
    for s in sources:
        if not (s.parent / (s.stem + ".expected.yaml")).exists():
            print(f"FAIL {s.relative_to(HERE)}: no expected file")
            failed += 1
    for f in files:
        problems = check(f)
        rel = f.relative_to(HERE)
        if problems:
            failed += 1
            print(f"FAIL {rel}")
            for p in problems:
                print(f"     - {p}")
        else:
            print(f"ok   {rel}")
    print(f"{len(files)} expected files, {failed} failing")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
