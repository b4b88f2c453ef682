"""The edition's glossary: French terms pinned to a required English form, or kept as they are.

Terms match as whole words, with their case (names: `Le Temps` is not `le temps`), except
that a lowercase first letter may also be a capital (a sentence's start: `Mairie et…`);
straight and curly apostrophes match each other, so do runs of spaces, and an elided article
before a term (`l’EPFL`, `d’OpenAI`) does not hide it. Before translation a term is replaced
by a placeholder the model should copy through (`protect_terms`), restored afterwards
(`restore_terms`); the check (`visavis.checks.glossary`) always looks at the result.
Loading and validating `config.yaml`'s `glossary:` is `visavis.glossary_load`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

#: What a term becomes in the text given to the model: a nonce word, then its number.
PLACEHOLDER = "QZX{}"
_PLACEHOLDER = re.compile(r"QZX ?(\d+)\b")
#: Changes whenever the way terms are protected does (it is part of the memory's key).
PROTECTION_VERSION = "g1"
_APOSTROPHES = "'’ʼ"


@dataclass(frozen=True)
class Term:
    """One glossary entry: a French term and the English it must become (itself: kept)."""

    french: str
    english: str
    line: int | None = None

    @property
    def keep(self) -> bool:
        """Whether the term is kept as is (do-not-translate)."""
        return self.english == self.french


@dataclass(frozen=True)
class Glossary:
    """The edition's terms, longest first (a longer term wins where two overlap)."""

    terms: tuple[Term, ...] = ()
    #: One pattern for every term, a group each, so a sentence is scanned once.
    _pattern: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.terms, key=lambda term: (-len(term.french), term.french)))
        object.__setattr__(self, "terms", ordered)
        if ordered:
            alternatives = "|".join(f"({term_pattern(t.french).pattern})" for t in ordered)
            object.__setattr__(self, "_pattern", re.compile(alternatives))

    def __bool__(self) -> bool:
        return bool(self.terms)

    def matches(self, text: str) -> list[tuple[int, int, Term]]:
        """Where terms occur in a French text: (start, end, term), in text order, no overlap."""
        if self._pattern is None:
            return []
        return [
            (match.start(), match.end(), self.terms[(match.lastindex or 1) - 1])
            for match in self._pattern.finditer(text)
        ]

    def applying(self, text: str) -> tuple[Term, ...]:
        """The terms that occur in a French text, each once."""
        return tuple(dict.fromkeys(term for _, _, term in self.matches(text)))


def normal_form(text: str) -> str:
    """A term as duplicates are told: apostrophes straight, spaces single."""
    for mark in _APOSTROPHES[1:]:
        text = text.replace(mark, "'")
    return " ".join(text.split())


def term_pattern(text: str) -> re.Pattern[str]:
    """The whole-word pattern of a term or English form (see the module's docstring)."""
    parts = []
    for index, char in enumerate(normal_form(text)):
        if char == "'":
            parts.append(f"[{_APOSTROPHES}]")
        elif char == " ":
            parts.append(r"\s+")
        elif index == 0 and char.islower():
            parts.append(f"[{re.escape(char)}{re.escape(char.upper())}]")
        else:
            parts.append(re.escape(char))
    return re.compile(r"(?<!\w)" + "".join(parts) + r"(?!\w)")


def has_form(english: str, term: Term) -> bool:
    """Whether an English text holds the term's required form."""
    return term_pattern(term.english).search(english) is not None


def terms_digest(terms: tuple[Term, ...]) -> str:
    """12 hex digits naming a set of entries (empty for none)."""
    if not terms:
        return ""
    entries = "\n".join(sorted(f"{term.french}\t{term.english}" for term in set(terms)))
    return hashlib.sha256(f"{PROTECTION_VERSION}\n{entries}".encode()).hexdigest()[:12]


def memory_key(base: str, terms: tuple[Term, ...]) -> str:
    """The translation memory's key for a sentence: the model's, plus a digest of the
    glossary entries that apply to it (none: the model's key alone, so a glossary change
    leaves every other sentence in the memory)."""
    return f"{base} glossary {terms_digest(terms)}" if terms else base


@dataclass(frozen=True)
class Protected:
    """A French text with its terms replaced by placeholders, and what each one stands for."""

    text: str
    english: tuple[str, ...] = ()


def protect_terms(text: str, glossary: Glossary) -> Protected:
    """Replace each term of a French text by a numbered placeholder."""
    pieces: list[str] = []
    english: list[str] = []
    position = 0
    for start, end, term in glossary.matches(text):
        pieces.append(text[position:start])
        pieces.append(PLACEHOLDER.format(len(english) + 1))
        english.append(term.english)
        position = end
    pieces.append(text[position:])
    return Protected("".join(pieces), tuple(english))


def restore_terms(output: str, protected: Protected) -> str | None:
    """The model's output with each placeholder replaced by its English; None when the model
    did not copy every placeholder exactly once (the caller translates the text unprotected)."""
    found = [int(number) for number in _PLACEHOLDER.findall(output)]
    if sorted(found) != list(range(1, len(protected.english) + 1)):
        return None
    return _PLACEHOLDER.sub(lambda match: protected.english[int(match.group(1)) - 1], output)
