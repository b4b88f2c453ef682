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

This checks the corpus, not the product: it uses no visavis code. Exit status 0 when all is well,
1 with one line per problem otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import lxml.html
import yaml

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad"

KEYS = {
    "title": str,
    "publication": (str, type(None)),
    "author": (str, type(None)),
    "agency": (str, type(None)),
    "section": (str, type(None)),
    "date": (dt.date, type(None)),
    "standfirst": (str, type(None)),
    "source_url": (str, type(None)),
    "subheads": list,
    "pull_quotes": list,
    "paragraphs": list,
    "incomplete": bool,
    "encoding_warning": bool,
    "notes": str,
}

#: Elements whose text runs into its neighbours' (no word break at their edges).
INLINE = set(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
    ]
)
#: Elements whose content is not visible text.
INVISIBLE = {"script", "style", "noscript", "template", "head"}

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

CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def words(text: str) -> list[str]:
    """Casefolded words, as the graders count them (punctuation and apostrophes split words)."""
    return re.findall(r"[^\W_]+", text.casefold())


def collapse(text: str) -> str:
    """Whitespace (no-break spaces included) collapsed to single spaces."""
    return " ".join(text.split())


def decode(data: bytes) -> tuple[str, str | None, bool]:
    """The page's text, its declared charset, and whether the declaration had to be overruled.

    UTF-8 when the bytes are valid UTF-8 whatever the page declares (a page declaring a
    single-byte charset whose non-ASCII bytes are UTF-8 is overruled: that is the warning);
    otherwise the declared charset, with ISO-8859-1 read as windows-1252 as browsers do.
    """
    match = CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii").lower() if match else None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        codec = declared or "windows-1252"
        if codec in {"iso-8859-1", "latin1", "latin-1", "us-ascii"}:
            codec = "windows-1252"
        return data.decode(codec), declared, False
    overruled = declared not in {None, "utf-8", "utf8"} and not data.isascii()
    return text, declared, overruled


def visible_text(root: lxml.html.HtmlElement) -> str:
    """The page's visible text, with a space at the edge of every block element."""
    parts: list[str] = []

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None:  # comment or processing instruction: only its tail is text
            parts.append(element.tail or "")
            return
        tag = tag.lower()
        if tag in INVISIBLE:
            parts.append(" " + (element.tail or ""))
            return
        block = tag not in INLINE
        if block:
            parts.append(" ")
        parts.append(element.text or "")
        for child in element:
            walk(child)
        if block:
            parts.append(" ")
        parts.append(element.tail or "")

    walk(root)
    return collapse("".join(parts))


def find_run(needle: list[str], haystack: list[str], start: int = 0) -> int:
    """Index where needle occurs as a contiguous run in haystack at or after start, or -1."""
    if not needle:
        return start
    first = needle[0]
    for at in range(start, len(haystack) - len(needle) + 1):
        if haystack[at] == first and haystack[at : at + len(needle)] == needle:
            return at
    return -1


def date_written(date: dt.date, raw: str) -> bool:
    """Whether the page writes this date in some usual form (ISO, dd.mm.yyyy, French words)."""
    forms = [
        date.isoformat(),
        f"{date.day:02d}.{date.month:02d}.{date.year}",
        f"{date.day:02d}/{date.month:02d}/{date.year}",
        f"{date.day} {MONTHS[date.month - 1]} {date.year}",
        f"{date.day:02d} {MONTHS[date.month - 1]} {date.year}",
    ]
    if date.day == 1:
        forms.append(f"1er {MONTHS[date.month - 1]} {date.year}")
    low = collapse(raw).casefold()
    return any(form.casefold() in low for form in forms)


def check_schema(name: str, expected: object) -> list[str]:
    if not isinstance(expected, dict):
        return [f"{name}: not a mapping"]
    problems = []
    missing, extra = KEYS.keys() - expected.keys(), expected.keys() - KEYS.keys()
    if missing:
        problems.append(f"{name}: missing keys {sorted(missing)}")
    if extra:
        problems.append(f"{name}: unknown keys {sorted(extra)}")
    for key, kind in KEYS.items():
        if key in expected and not isinstance(expected[key], kind):
            problems.append(f"{name}: {key} is {type(expected[key]).__name__}")
        if key in expected and isinstance(expected[key], dt.datetime):
            problems.append(f"{name}: {key} is a datetime, not a date")
    for key in ("subheads", "pull_quotes", "paragraphs"):
        for item in expected.get(key) or []:
            if not isinstance(item, str) or not item:
                problems.append(f"{name}: {key} holds {item!r}")
    if not expected.get("paragraphs"):
        problems.append(f"{name}: no paragraphs")
    texts = [expected.get(k) for k in ("title", "standfirst", "author", "agency", "section")]
    texts += list(expected.get("subheads") or []) + list(expected.get("pull_quotes") or [])
    texts += list(expected.get("paragraphs") or [])
    for text in texts:
        if isinstance(text, str):
            if text != collapse(text):
                problems.append(f"{name}: whitespace not collapsed in {text[:50]!r}")
            if re.search(r"<[a-zA-Z/]|&[a-z]+;|&#", text):
                problems.append(f"{name}: markup or entity left in {text[:50]!r}")
    author = expected.get("author")
    if isinstance(author, str):
        if re.match(r"(?i)par\b|propos\b", author):
            problems.append(f"{name}: author {author!r} keeps its 'Par'")
        if any(len(w) > 2 and w.isupper() for w in re.findall(r"[^\W\d_]+", author)):
            problems.append(f"{name}: author {author!r} is not in natural casing")
        parts = re.split(r", | et ", author)
        role = re.compile(r"(?i)\b(à|correspondante?|envoyée?|journaliste|avec|pour)\b")
        if any(not part[:1].isupper() or role.search(part) for part in parts):
            problems.append(f"{name}: author {author!r} keeps a role or place")
        if "," in author and " et " not in author.rsplit(",", 1)[1]:
            problems.append(f"{name}: authors {author!r} not joined as 'A, B et C'")
    url = expected.get("source_url")
    if isinstance(url, str) and not url.startswith("https://"):
        problems.append(f"{name}: source_url {url!r} is not an address")
    return problems


def check_page(html_path: Path, expected: dict) -> list[str]:
    name = html_path.name
    problems = []
    data = html_path.read_bytes()
    text, declared, overruled = decode(data)
    if overruled != expected["encoding_warning"]:
        problems.append(
            f"{name}: declared charset {declared!r}, overruled={overruled}, "
            f"but encoding_warning is {expected['encoding_warning']}"
        )
    if "\ufffd" in text or "Ã©" in text or "â€" in text:
        problems.append(f"{name}: decoded text holds mojibake or replacement characters")
    root = lxml.html.document_fromstring(text)
    page = visible_text(root)
    page_words = words(page)

    def verbatim(label: str, value: str) -> None:
        if value not in page:
            problems.append(f"{name}: {label} not on the page verbatim: {value[:70]!r}")

    verbatim("title", expected["title"])
    if expected["standfirst"]:
        verbatim("standfirst", expected["standfirst"])
    for subhead in expected["subheads"]:
        verbatim("subhead", subhead)
    for quote in expected["pull_quotes"]:
        verbatim("pull quote", quote)

    headings = {collapse(h.text_content()) for h in root.iter("h1", "h2", "h3", "h4")}
    if "|" in expected["title"] or expected["title"].endswith(f"- {expected['publication']}"):
        problems.append(f"{name}: title keeps the site's name")
    others = {expected["title"], expected["standfirst"], *expected["subheads"]}
    others |= set(expected["pull_quotes"])
    cursor = 0
    for number, paragraph in enumerate(expected["paragraphs"], start=1):
        if paragraph in others:
            problems.append(f"{name}: paragraph {number} is a headline/standfirst/subhead/quote")
        if paragraph in headings and paragraph.rstrip()[-1:] not in "?":
            problems.append(f"{name}: paragraph {number} is a heading of the page")
        if paragraph not in page:
            problems.append(
                f"{name}: paragraph {number} not on the page verbatim: {paragraph[:70]!r}"
            )
        run = words(paragraph)
        at = find_run(run, page_words, cursor)
        if at < 0:
            before = find_run(run, page_words, 0)
            where = "out of order" if before >= 0 else "words not found in order"
            problems.append(f"{name}: paragraph {number} {where}: {paragraph[:70]!r}")
        else:
            cursor = at + len(run)

    canonical = root.xpath("//link[@rel='canonical']/@href")
    og_url = root.xpath("//meta[@property='og:url']/@content")
    saved_from = re.findall(r"<!-- saved from url=\(\d+\)(\S+) -->", text)
    address = (canonical or og_url or saved_from or [None])[0]
    if address != expected["source_url"]:
        problems.append(f"{name}: source_url {expected['source_url']!r}, page says {address!r}")

    if expected["date"] is not None and not date_written(expected["date"], text):
        problems.append(f"{name}: date {expected['date']} is not written on the page")
    if expected["date"] is None and re.search(r"datePublished|published_time", text):
        problems.append(f"{name}: date is null but the page declares a publication date")
    if expected["publication"] and expected["publication"] not in text:
        problems.append(f"{name}: publication {expected['publication']!r} not on the page")
    for key in ("author", "agency"):
        for person in re.split(r", | et ", expected[key] or ""):
            if person and not re.search(re.escape(person), page, re.I):
                problems.append(f"{name}: {key} {person!r} not credited on the page")
    return problems


def check_bad() -> list[str]:
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
            root = lxml.html.document_fromstring(data.decode("utf-8"))
            if root.xpath("//meta[@property='og:type']/@content") != ["website"]:
                problems.append(f"bad/{file_name}: a home page should say og:type website")
            if b"NewsArticle" in data:
                problems.append(f"bad/{file_name}: a home page declares a NewsArticle")
        if case["kind"] == "no_text":
            root = lxml.html.document_fromstring(data.decode("utf-8"))
            body = root.find("body")
            if body is None or len(words(visible_text(body))) > 0:
                problems.append(f"bad/{file_name}: an empty shell has visible text in its body")
    return problems


def main() -> int:
    problems = []
    pages = sorted(HERE.glob("[0-9][0-9]_*.html"))
    expected_files = sorted(HERE.glob("[0-9][0-9]_*.expected.yaml"))
    stems = {p.name.removesuffix(".html") for p in pages}
    for path in expected_files:
        if path.name.removesuffix(".expected.yaml") not in stems:
            problems.append(f"{path.name}: no page of that name")
    numbers = [p.name[:2] for p in pages]
    if len(set(numbers)) != len(numbers):
        problems.append("two pages share a number")
    for html_path in pages:
        yaml_path = html_path.with_name(html_path.name.removesuffix(".html") + ".expected.yaml")
        if not yaml_path.exists():
            problems.append(f"{html_path.name}: no expected file")
            continue
        expected = yaml.safe_load(yaml_path.read_text(encoding="utf-8"))
        schema = check_schema(yaml_path.name, expected)
        problems += schema or check_page(html_path, expected)
    problems += check_bad()
    for problem in problems:
        print(problem)
    print(f"{len(pages)} pages, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
