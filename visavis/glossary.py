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

import functools
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
    #: Each term's pattern, filed under its first word casefolded: a text is read word by
    #: word and only the terms that start with the word are tried there (one search of every
    #: pattern at every position took 0.7 s for an article and 200 terms).
    _by_word: dict[str, tuple[tuple[Term, re.Pattern[str]], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.terms, key=lambda term: (-len(term.french), term.french)))
        object.__setattr__(self, "terms", ordered)
        by_word: dict[str, list[tuple[Term, re.Pattern[str]]]] = {}
        for term in ordered:
            first = _FIRST_WORD.match(term.french)
            key = first.group().casefold() if first else ""
            by_word.setdefault(key, []).append((term, term_pattern(term.french)))
        object.__setattr__(self, "_by_word", {k: tuple(v) for k, v in by_word.items()})

    def __bool__(self) -> bool:
        return bool(self.terms)

    def matches(self, text: str) -> list[tuple[int, int, Term]]:
        """Where terms occur in a French text: (start, end, term), in text order, no overlap."""
        if not self.terms:
            return []
        found: list[tuple[int, int, Term]] = []
        end = 0
        words = self._by_word.keys() & set(_WORD.findall(text.casefold()))
        words.discard("")
        starts = _starts_pattern(frozenset(words)).finditer(text) if words else ()
        for word in starts:
            start = word.start()
            if start < end:
                continue
            for term, pattern in self._by_word.get(word.group().casefold(), ()):
                match = pattern.match(text, start)
                if match:
                    found.append((start, match.end(), term))
                    end = match.end()
                    break
        for term, pattern in self._by_word.get("", ()):  # terms that start with a sign
            for match in pattern.finditer(text):
                if all(match.end() <= s or match.start() >= e for s, e, _ in found):
                    found.append((match.start(), match.end(), term))
        return sorted(found, key=lambda item: item[0])

    def applying(self, text: str) -> tuple[Term, ...]:
        """The terms that occur in a French text, each once."""
        return tuple(dict.fromkeys(term for _, _, term in self.matches(text)))


_WORD = re.compile(r"\w+")
_FIRST_WORD = re.compile(r"^\w+")


@functools.lru_cache(maxsize=256)
def _starts_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """Where any of these (casefolded) words starts in a text."""
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


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
