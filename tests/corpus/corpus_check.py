"""The corpus self-check, shared by every folder's `check.py`: expected files against their seeds.

For each `NN_*.expected.yaml` of a folder, its seed is the `.html` or `.txt` of the same name.
Always checked: the keys are the folder's, the values have the schema's types, a text copy has
no source_url, and every paragraph occurs in the seed as a run of words, in the order listed.
A folder's options name the fields that must occur as runs of words (by default the title,
standfirst, subheads, pull quotes and author names), verbatim or as credits, and add its own
extras. Words are runs of letters and digits, casefolded; a seed is NFC-normalised, and an HTML
seed is read as its visible text (scripts, styles, templates, noscript and head dropped; a space
at the edge of every element that is not inline). It uses no visavis code.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from lxml import html as lhtml

SCHEMA_KEYS = (
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
)
"""The expected file's keys, in the schema's order (tests/corpus/web/README.md)."""
TEXT_KEYS = (*SCHEMA_KEYS, "notes")
PAGE_KEYS = (*SCHEMA_KEYS, "encoding_warning", "notes")
STRINGS = ("title", "publication", "author", "agency", "section", "standfirst", "source_url")
LISTS = ("subheads", "pull_quotes", "paragraphs")
#: Elements whose text runs into its neighbours' (no word break at their edges).
INLINE = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
})  # fmt: skip
INVISIBLE = "//script|//style|//noscript|//template|//head"
SHORT_MONTHS = "jan fév mar avr mai juin juil août sep oct nov déc"
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|â€|Â\u00a0|\ufffd")


def words(text: str) -> list[str]:
    """Casefolded words (punctuation and apostrophes split words)."""
    return re.findall(r"[^\W_]+", text.casefold())


def find_run(needle: Sequence[str], haystack: Sequence[str], start: int = 0) -> int:
    """Index where needle occurs as a contiguous run in haystack at or after start, or -1."""
    size = len(needle)
    for at in range(start, len(haystack) - size + 1):
        if haystack[at : at + size] == needle:
            return at
    return -1


def collapse(text: str) -> str:
    """Whitespace (no-break spaces included) collapsed to single spaces."""
    return " ".join(text.split())


def names(credit: str | None) -> list[str]:
    """The names of a credit written `A, B et C`."""
    return [name for name in re.split(r",\s*|\s+et\s+", credit or "") if name.strip()]


def decode(data: bytes) -> tuple[str, str | None, bool]:
    """A seed's text, its declared charset, and whether the declaration had to be overruled.

    UTF-8 (without a byte-order mark) when the bytes are UTF-8, whatever the page declares;
    otherwise the declared charset, ISO-8859-1 read as windows-1252 as browsers do.
    """
    data = data.removeprefix(b"\xef\xbb\xbf")
    match = CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii").lower() if match else None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        codec = declared or "windows-1252"
        if codec in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "utf-8", "utf8"}:
            codec = "windows-1252"
        return data.decode(codec), declared, False
    return text, declared, declared not in {None, "utf-8", "utf8"} and not data.isascii()


def parse_page(source: str) -> lhtml.HtmlElement:
    """The page's document tree."""
    parser = lhtml.HTMLParser(encoding="utf-8")
    return lhtml.document_fromstring(source.encode("utf-8"), parser=parser)


def visible_text(source: str, inline: Iterable[str] = INLINE) -> str:
    """The page's visible text, whitespace collapsed, a space at the edge of non-inline elements."""
    doc = parse_page(source)
    for element in doc.xpath(INVISIBLE):
        element.drop_tree()
    inline = frozenset(inline)
    for element in doc.iter():
        if isinstance(element.tag, str) and element.tag not in inline:
            element.text = " " + (element.text or "")
            element.tail = " " + (element.tail or "")
    return collapse(doc.text_content())


def page_address(source: str) -> str | None:
    """The page's address: its canonical link, else og:url, else the saved-from comment."""
    doc = parse_page(source)
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = doc.xpath(xpath)
        if found:
            return found[0]
    saved = re.search(r"<!-- saved from url=\(\d+\)(\S+) -->", source)
    return saved.group(1) if saved else None


def date_forms(day: datetime.date) -> list[str]:
    """Usual ways a French page writes a date, casefolded."""
    month, short = MONTHS.split()[day.month - 1], SHORT_MONTHS.split()[day.month - 1]
    dd, mm, yy = day.day, day.month, day.year
    forms = [day.isoformat(), f"{dd:02d}/{mm:02d}/{yy}", f"{dd:02d}.{mm:02d}.{yy}"]
    forms += [f"{dd:02d}/{mm:02d}/{yy % 100:02d}", f"{dd:02d}-{mm:02d}-{yy % 100:02d}"]
    forms += [f"{dd} {month} {yy}", f"{dd:02d} {month} {yy}", f"{dd} {short} {yy}"]
    forms += [f"{dd} {month[:3]}. {yy}", f"{month}, {dd}, {yy}", f"{month} {dd}, {yy}"]
    if dd == 1:
        forms.append(f"1er {month} {yy}")
    return [form.casefold() for form in forms]


@dataclass(frozen=True)
class Seed:
    """A seed as the checks read it: its raw text and the text a reader sees."""

    path: Path
    raw: str
    text: str
    declared: str | None
    overruled: bool

    @property
    def is_page(self) -> bool:
        return self.path.suffix == ".html"


def read_seed(path: Path) -> Seed:
    """The seed at path, NFC-normalised (a byte-order mark and CRLF line endings accepted)."""
    raw, declared, overruled = decode(path.read_bytes())
    raw = unicodedata.normalize("NFC", raw)
    text = visible_text(raw) if path.suffix == ".html" else raw.replace("\r\n", "\n")
    return Seed(path, raw, text, declared, overruled)


Expected = dict
Extra = Callable[[Expected, Seed], list[str]]
RUNS = ("title", "standfirst", "subheads", "pull_quotes", "author")
"""The fields every folder finds in its seed as runs of words."""


def values(expected: Expected, field: str) -> list[str]:
    """A field's values: the names of a credit, the items of a list, else the value if any."""
    value = expected.get(field)
    if field in ("author", "agency"):
        return names(value)
    if isinstance(value, list):
        return value
    return [value] if value else []


def check_schema(expected: object, keys: Sequence[str], ordered: bool) -> list[str]:
    """The keys (in order when `ordered`) and the types of the values."""
    if not isinstance(expected, dict):
        return ["not a mapping"]
    if ordered and list(expected) != list(keys):
        return [f"keys {list(expected)} != {list(keys)}"]
    missing, extra = sorted(set(keys) - set(expected)), sorted(set(expected) - set(keys))
    if missing or extra:
        return [f"keys: missing {missing}, extra {extra}"]
    problems = []
    for key in STRINGS:
        value = expected.get(key)
        if value is not None and not (isinstance(value, str) and value.strip()):
            problems.append(f"{key} must be a non-empty string or null")
    if not isinstance(expected["title"], str):
        return [*problems, "title is required"]
    date = expected["date"]
    if date is not None and (
        not isinstance(date, datetime.date) or isinstance(date, datetime.datetime)
    ):
        problems.append("date must be a date or null")
    for key in LISTS:
        items = expected[key]
        if not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
            return [*problems, f"{key} must be a list of non-empty strings"]
    for key in ("incomplete", "encoding_warning"):
        if key in expected and not isinstance(expected[key], bool):
            problems.append(f"{key} must be true or false")
    if "notes" in expected and not isinstance(expected["notes"], str):
        problems.append("notes must be a string")
    if not expected["paragraphs"]:
        problems.append("no paragraphs")
    return problems


def check_runs(expected: Expected, seed: Seed, fields: Iterable[str]) -> list[str]:
    """Each value of these fields occurs in the seed as a run of words.

    On a page, a run may also cross inline elements that separate words (`<b>A</b><b>B</b>`).
    """
    hay = words(seed.text)
    split = words(visible_text(seed.raw, inline=())) if seed.is_page else hay
    problems = []
    for field in fields:
        for value in values(expected, field):
            run = words(value)
            if not run or (find_run(run, hay) < 0 and find_run(run, split) < 0):
                problems.append(f"{field} not found: {value[:60]!r}")
    return problems


def check_verbatim(expected: Expected, seed: Seed, fields: Iterable[str]) -> list[str]:
    """Each value of these fields stands verbatim in the seed's visible text."""
    return [
        f"{field} not on the page verbatim: {value[:60]!r}"
        for field in fields
        for value in values(expected, field)
        if value not in seed.text
    ]


def check_credits(expected: Expected, seed: Seed, fields: Iterable[str]) -> list[str]:
    """Each name of these fields is written in the seed (its text or its markup), any casing."""
    written = (seed.text + "\n" + collapse(seed.raw)).casefold()
    return [
        f"{field} not credited in the seed: {value!r}"
        for field in fields
        for value in values(expected, field)
        if value.casefold() not in written
    ]


def check_paragraphs(expected: Expected, seed: Seed, verbatim: bool) -> list[str]:
    """Every paragraph occurs in order, as a run of words (and verbatim when asked)."""
    hay, problems, at, cursor = words(seed.text), [], 0, 0
    for number, paragraph in enumerate(expected["paragraphs"], 1):
        run = words(paragraph)
        found = find_run(run, hay, at) if run else -1
        if found < 0:
            where = "anywhere" if not run or find_run(run, hay) < 0 else "after the previous one"
            problems.append(f"paragraph {number} not found {where}: {paragraph[:60]!r}")
        else:
            at = found + len(run)
        if verbatim:
            found = seed.text.find(paragraph, cursor)
            if found < 0:
                where = "anywhere" if paragraph not in seed.text else "in order"
                problems.append(f"paragraph {number} not verbatim {where}: {paragraph[:60]!r}")
            else:
                cursor = found + len(paragraph)
    return problems


def ordered_subheads(expected: Expected, seed: Seed) -> list[str]:
    """Extra: the subheads occur in the order listed."""
    hay, problems, at = words(seed.text), [], 0
    for subhead in expected["subheads"]:
        found = find_run(words(subhead), hay, at)
        if found < 0:
            problems.append(f"subhead not found in order: {subhead[:60]!r}")
        else:
            at = found + len(words(subhead))
    return problems


def distinct_paragraphs(expected: Expected, seed: Seed) -> list[str]:
    """Extra: no paragraph repeats the title, standfirst, a subhead, a pull quote or another."""
    chrome = [expected["title"], expected["standfirst"], *expected["subheads"]]
    others = {tuple(words(text)) for text in [*chrome, *expected["pull_quotes"]] if text}
    runs = [tuple(words(paragraph)) for paragraph in expected["paragraphs"]]
    problems = [
        f"paragraph {number} repeats the title, standfirst, a subhead or a pull quote"
        for number, run in enumerate(runs, 1)
        if run in others
    ]
    if len(set(runs)) != len(runs):
        problems.append("a paragraph is listed twice")
    return problems


def site_name_left_out(expected: Expected, seed: Seed) -> list[str]:
    """Extra: the title does not carry the site's name (`… | Site`, `… - Site`)."""
    title, publication = expected["title"], expected["publication"]
    suffix = publication and re.search(rf"\s[|–-]\s*{re.escape(publication)}$", title, re.I)
    return ["title carries the site name"] if "|" in title or suffix else []


def clean_strings(expected: Expected, seed: Seed) -> list[str]:
    """Extra: every string is without markup or entities, its whitespace collapsed."""
    strings = [expected[key] for key in STRINGS if key != "source_url" and expected[key]]
    strings += [item for key in LISTS for item in expected[key]]
    return [
        f"markup or whitespace in {text[:50]!r}"
        for text in strings
        if text != collapse(text) or re.search(r"<[\w/!]|&#?\w+;", text)
    ]


ROLE = re.compile(r"(?i)\b(à|correspondante?|envoyée?|journaliste|avec|pour)\b")


def natural_credits(expected: Expected, seed: Seed) -> list[str]:
    """Extra: credits as `A, B et C`, persons only, in natural casing, without `Par` or a role."""
    problems = []
    for key in ("author", "agency"):
        if re.match(r"(?i)(par|propos)\b", expected[key] or ""):
            problems.append(f"{key} {expected[key]!r} keeps its 'Par'")
    author = expected["author"]
    if not author:
        return problems
    if any(len(w) > 2 and w.isupper() for w in re.findall(r"[^\W\d_]+", author)):
        problems.append(f"author {author!r} is not in natural casing")
    if any(not part[:1].isupper() or ROLE.search(part) for part in re.split(r", | et ", author)):
        problems.append(f"author {author!r} keeps a role or place")
    if "," in author and " et " not in author.rsplit(",", 1)[1]:
        problems.append(f"authors {author!r} not joined as 'A, B et C'")
    return problems


def source_url_is_address(expected: Expected, seed: Seed) -> list[str]:
    """Extra, for pages: source_url is the page's canonical, og:url or saved-from address."""
    if not seed.is_page:
        return []
    url, address = expected["source_url"], page_address(seed.raw)
    if url != address:
        return [f"source_url {url!r}, the page says {address!r}"]
    return (
        [f"source_url {url!r} is not an address"] if url and not url.startswith("https://") else []
    )


def date_written(visible: bool = False) -> Extra:
    """Extra: the date is written in the seed (on a page: in its markup, or visible only)."""

    def check(expected: Expected, seed: Seed) -> list[str]:
        written = collapse(seed.text if visible or not seed.is_page else seed.raw).casefold()
        day = expected["date"]
        if day is None or any(form in written for form in date_forms(day)):
            return []
        return [f"date {day} not written in the seed"]

    return check


def right_encoding_warning(expected: Expected, seed: Seed) -> list[str]:
    """Extra, for pages: encoding_warning is true exactly when the declared charset is overruled."""
    if not seed.is_page or expected["encoding_warning"] == seed.overruled:
        return []
    return [f"encoding_warning should be {seed.overruled} (declared {seed.declared!r})"]


def no_mojibake(expected: Expected, seed: Seed) -> list[str]:
    """Extra: the decoded seed holds no mojibake or replacement characters."""
    return ["mojibake in the decoded seed"] if MOJIBAKE.search(seed.raw) else []


def paragraph_count(low: int, high: int) -> Extra:
    """Extra: the article has low to high paragraphs."""

    def check(expected: Expected, seed: Seed) -> list[str]:
        count = len(expected["paragraphs"])
        return [] if low <= count <= high else [f"{count} paragraphs (expected {low}-{high})"]

    return check


def word_count(low: int, high: int) -> Extra:
    """Extra: the article text is low to high words long."""

    def check(expected: Expected, seed: Seed) -> list[str]:
        count = sum(len(paragraph.split()) for paragraph in expected["paragraphs"])
        return [] if low <= count <= high else [f"article text is {count} words ({low}-{high})"]

    return check


def find_seed(expected_path: Path) -> Path | str:
    """The seed beside an expected file, or why there is none."""
    stem = expected_path.name.removesuffix(".expected.yaml")
    found = [
        p for p in (expected_path.with_name(stem + s) for s in (".html", ".txt")) if p.exists()
    ]
    return found[0] if len(found) == 1 else f"not one seed {stem}.html or {stem}.txt"


def check_file(
    expected_path: Path,
    keys: Sequence[str] = TEXT_KEYS,
    ordered_keys: bool = False,
    runs: Iterable[str] = RUNS,
    verbatim: Iterable[str] = (),
    credits: Iterable[str] = (),
    verbatim_paragraphs: bool = False,
    extras: Iterable[Extra] = (),
) -> list[str]:
    """The problems of one expected file (none when it is true to its seed)."""
    seed_path = find_seed(expected_path)
    if isinstance(seed_path, str):
        return [seed_path]
    expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    problems = check_schema(expected, keys, ordered_keys)
    if problems:
        return problems
    seed = read_seed(seed_path)
    if not seed.is_page and expected.get("source_url") is not None:
        problems.append("source_url must be null for a text copy")
    problems += check_runs(expected, seed, runs)
    problems += check_verbatim(expected, seed, verbatim)
    problems += check_credits(expected, seed, credits)
    problems += check_paragraphs(expected, seed, verbatim_paragraphs)
    for extra in extras:
        problems += extra(expected, seed)
    return problems


def paragraph_words(expected_path: Path) -> int:
    """How many words the expected paragraphs hold (0 when unreadable)."""
    try:
        expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
        return sum(len(words(p)) for p in expected["paragraphs"])
    except (yaml.YAMLError, TypeError, KeyError):
        return 0


def main(
    folder: Path,
    patterns: Sequence[str] = ("*.expected.yaml",),
    require_expected: bool = False,
    **options: object,
) -> int:
    """Check every expected file of folder; print `ok`/`FAIL` per file; 1 on any problem."""
    files = [path for pattern in patterns for path in sorted(folder.glob(pattern))]
    bad = orphans = 0
    if require_expected:
        for pattern in patterns:
            for seed in sorted(folder.glob(pattern.replace(".expected.yaml", ".*"))):
                twin = seed.with_name(seed.name.rsplit(".", 1)[0] + ".expected.yaml")
                if seed.suffix in (".html", ".txt") and not twin.exists():
                    print(f"FAIL {seed.relative_to(folder)}: no expected file")
                    orphans += 1
    for path in files:
        problems = check_file(path, **options)  # type: ignore[arg-type]
        bad += bool(problems)
        label = "FAIL" if problems else "ok  "
        print(f"{label} {path.relative_to(folder)} ({paragraph_words(path)} words)")
        for problem in problems:
            print(f"       - {problem}")
    print(f"{len(files) - bad}/{len(files)} ok")
    return 1 if bad or orphans or not files else 0
