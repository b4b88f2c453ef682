"""Source text as numbered lines and blank-line separated chunks, the unit every layout reads."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..errors import IngestError
from .copytables import table_rows

#: The endings of the addresses sites are named by (`Lefaso.net`, `Le Monde.fr`, `Le360.ma`).
SITE_ENDINGS = (
    r"(?:ch|fr|be|ca|lu|lb|com|net|org|info|news|ma|sn|bf|ci|dz|tn|cd|cm|ml|ne|tg|bj|ga|mg|mu"
    r"|re|ht)"
)
#: A site named by its address, whole (`fullmatch`): `Lefaso.net`, `www.koaci.com`.
SITE_ADDRESS = re.compile(rf"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.{SITE_ENDINGS}", re.IGNORECASE)
#: The article a name opens with (`Le Journal X`, `L'Écho Y`), which its initials or its
#: address may leave out.
NAME_ARTICLE = re.compile(r"^(?:(?:le|la|les)\s+|l['’]\s*)", re.IGNORECASE)
#: An address's ending after a site's name: `La Libre.be`, `Fratmat.info`.
ADDRESS_END = re.compile(rf"\.{SITE_ENDINGS}$", re.IGNORECASE)
#: A site's name beside its address, as a read-later app prints it: `Le Temps — letemps.ch`.
_NAMED_ADDRESS = re.compile(
    rf"^(?P<name>\S.{{0,40}}?)\s+[—–|-]\s+(?P<address>{SITE_ADDRESS.pattern})$", re.I
)


def site_beside_address(text: str) -> str | None:
    """The site's name of a `Name — address` line whose address spells the name, else None
    (`Par Anne Roy | Cameroon-Info.Net` is a byline beside the site)."""
    match = _NAMED_ADDRESS.match(text.strip())
    if match is None:
        return None
    return match.group("name") if spells_name(match.group("address"), match.group("name")) else None


def spells_name(address: str, name: str) -> bool:
    """Whether a site's address spells its name: `letemps.ch` and `Le Temps`, `ici.radio-canada.ca`
    and `Radio-Canada` (the name's article, accents, spaces and hyphens aside)."""
    squashed = _squashed(NAME_ARTICLE.sub("", name))
    return bool(squashed) and squashed in _squashed(address)


def _squashed(text: str) -> str:
    """Letters and digits only, without accents, in lower case: `L'Écho` → `lecho`."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in plain if char.isalnum() and char.isascii())


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_FORMAT_CHARS = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\f\v\u2028\u2029]+")
_TERMINAL = ".!?…"
_CLOSERS = "»”\"')]"
#: A sentence's end inside a text, with more after it (`… fermée. Le chantier …`).
INNER_END = re.compile(r"[.!?…][»”]?\s+\S")
#: A question, an exclamation or a text trailing off, at its end (quotes may close it).
QUESTION_END = re.compile(r"[?!…][»”\"'\s]*$")


@dataclass(frozen=True)
class Line:
    """One non-blank source line and its 1-based line number."""

    number: int
    text: str
    #: A row of a table copied as text (its cells were parted by tabs or aligned).
    row: bool = False


Chunk = tuple[Line, ...]


def normalise_text(text: str, name: str) -> str:
    """Drop a BOM and invisible format characters, unify line ends; refuse control characters."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x0c", "\n").replace("\x85", "\n")
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        code = f"U+{ord(bad.group()):04X}"
        raise IngestError(f"control character {code} in the text: it looks binary", name, line)
    text = _FORMAT_CHARS.sub("", text)
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """Collapse runs of ordinary spaces; keep non-breaking spaces (French typography)."""
    return _SPACES.sub(" ", text).strip(" \t\u00a0\u202f")


def split_lines(text: str) -> list[Line]:
    """Return the non-blank lines of a text, cleaned, with their line numbers."""
    lines = []
    for number, raw in enumerate(text.split("\n"), start=1):
        cleaned = clean_line(raw)
        if cleaned:
            lines.append(Line(number, cleaned))
    return lines


def split_chunks(text: str) -> list[Chunk]:
    """Group non-blank lines into chunks separated by blank lines."""
    chunks: list[Chunk] = []
    current: list[Line] = []
    raw_lines = text.split("\n")
    rows = table_rows(raw_lines)
    for number, raw in enumerate(raw_lines, start=1):
        cleaned = clean_line(raw)
        if cleaned:
            current.append(Line(number, cleaned, number in rows))
        elif current:
            chunks.append(tuple(current))
            current = []
    if current:
        chunks.append(tuple(current))
    return chunks


def chunk_text(chunk: Chunk) -> str:
    """Join a chunk's lines with single spaces."""
    return " ".join(line.text for line in chunk)


def ends_sentence(text: str) -> bool:
    """Whether text ends with sentence-final punctuation (closing quotes allowed after it)."""
    stripped = text.rstrip(_CLOSERS + " \u00a0\u202f")
    return bool(stripped) and stripped[-1] in _TERMINAL


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())


def is_caps(text: str, minimum: int = 2) -> bool:
    """Whether text has at least `minimum` letters and none of them is lowercase."""
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= minimum and not any(char.islower() for char in letters)


#: The editors' initials that close an agency's dispatch: `IT/ata`, `ON/AKS`, `jmb/cb`.
_EDITORS_INITIALS = re.compile(r"^[A-Za-z]{1,4}(?:/[A-Za-z]{1,4})+$")


def is_editors_initials(text: str) -> bool:
    """`IT/ata`: the initials of the writer and the editor under an agency's dispatch."""
    return _EDITORS_INITIALS.match(text.strip()) is not None


#: A writer's initials signing the text: two or three spaced (`K. B.`, `W. J.-B.`), or two
#: run together (`S.M.`); not `C.Q.F.D.`, `S.O.S.`
_INITIAL = r"[A-ZÀ-ÖØ-Þ]\.(?:-[A-ZÀ-ÖØ-Þ]\.)?"
_SIGNING_INITIALS = re.compile(
    rf"^(?:{_INITIAL}(?:\s{_INITIAL}){{1,2}}|[A-ZÀ-ÖØ-Þ]\.[A-ZÀ-ÖØ-Þ]\.)$"
)


def signs_with_initials(last: str, before: str) -> bool:
    """Whether the text's last line is the initials its writer signs with (`K. B.`, `S.M.`),
    under a finished sentence (`… en deux lettres :` / `O.K.` is the text's own)."""
    before = before.rstrip()
    finished = before.endswith((".", "!", "?", "»", "”")) and not before.endswith(":")
    return finished and _SIGNING_INITIALS.match(last.strip()) is not None


def is_glyphs(text: str) -> bool:
    """A text of signs only, no letter or digit: an icon (`☰`, `▶`), a rule (`=====`), a
    separator (`·`)."""
    return not any(char.isalnum() for char in text)


@dataclass(frozen=True)
class TakenLines:
    """Chunks with some of their lines taken out before the lines are grouped (the e-mail or
    chat a copy was pasted into, a print view's furniture), and those lines."""

    chunks: list[Chunk]
    lines: tuple[Line, ...] = ()


def take_lines(
    chunks: list[Chunk], taken: list[Line], kept: dict[int, Line] | None = None
) -> TakenLines:
    """The chunks without the `taken` lines, empty chunks dropped, and the taken lines in
    source order. A line in `kept` (by number) stays, in that form, even when part of it was
    taken (a chat header's time stamp before the page's first words)."""
    kept = kept or {}
    out = {line.number for line in taken} - set(kept)
    chunked = [
        tuple(kept.get(line.number, line) for line in chunk if line.number not in out)
        for chunk in chunks
    ]
    ordered = tuple(sorted(taken, key=lambda line: line.number))
    return TakenLines([chunk for chunk in chunked if chunk], ordered)


def listed_lines(lines: tuple[Line, ...] | list[Line]) -> str:
    """Lines as a warning lists them: `line 3 «Objet : budget»; line 4 «…»`."""
    return "; ".join(f"line {line.number} «{line.text}»" for line in lines)


#: A match sheet's score line, two teams, the score and the half-time's in brackets:
#: `TERVILLE – BOUZONVILLE : 2-1 (0-1)` (a round-up's heading `Lille – Lens : 2-1` has none).
_SCORE_LINE = re.compile(
    r"^[^:]{2,60}\s[-–—]\s[^:]{2,60}\s?:\s*\d{1,2}\s*[-–]\s*\d{1,2}"
    r"\s*\(\s*\d{1,2}\s*[-–]\s*\d{1,2}\s*\)\s*$"
)


def is_score_line(text: str) -> bool:
    """A match sheet's first line, its teams and score: a line of the sheet, no subhead."""
    return _SCORE_LINE.match(text.strip()) is not None
