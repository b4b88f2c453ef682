"""Checks on one translated sentence: does the English look wrong beside its French?

Pure functions of the two texts (and of the edition's usual length ratio): nothing here
reads a file or loads a model. Each check answers with `Flag`s; `build.py review` lists
them for the editor (docs/review.md says what each reason means and how it was measured).
Tuned for French → English; the word lists name the languages they are for.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Iterable

from ..glossary import Glossary
from .glossary import check_glossary
from .names import check_names
from .numbers import NUMBER_WORDS, check_numbers
from .text import (
    ENGLISH_WORDS,
    FRENCH_WORDS,
    TOKEN,
    Flag,
    fold,
    lexical,
    plain_text,
    shorten,
    word_set,
    words,
)

__all__ = [
    "REASONS",
    "Flag",
    "check_glossary",
    "check_length",
    "check_names",
    "check_numbers",
    "check_pair",
    "check_repetition",
    "check_untranslated",
    "length_ratio",
    "plain_text",
    "usual_ratio",
]

REASONS = ("untranslated", "repetition", "numbers", "names", "length", "length-limit", "glossary")
#: English letters per French letter (numbers aside: see `measure`) when the edition has too
#: few sentences to say (measured on the good translations of tests/data/review_labelled.yaml).
DEFAULT_RATIO = 0.93
#: A ratio this many times the usual one (or its inverse) is "far outside".
LENGTH_FACTOR = 2.0
#: ...and for sentences shorter than LONG_SENTENCE characters, which vary more.
SHORT_LENGTH_FACTOR = 2.5
LONG_SENTENCE = 40
#: Sentences with fewer letters than this (on the longer side) are not measured.
MIN_MEASURED = 20
#: How many sentences' worth of weight the default ratio keeps against an edition's median.
PRIOR_WEIGHT = 20


def check_pair(
    french: str,
    english: str,
    ratio: float | None = DEFAULT_RATIO,
    length_limited: bool = False,
    glossary: Glossary | None = None,
    repaired: str = "",
) -> tuple[Flag, ...]:
    """Every flag for one sentence and its translation (none when it looks right); with no
    `ratio`, every check but the length's (review adds it once the edition's ratio is known);
    the glossary's terms when one is given; and a repair's (`repaired`: how, as recorded),
    since a sentence the model botched once needs a human even when the second try reads
    well."""
    source, target = plain_text(french), plain_text(english)
    found = [
        check_untranslated(source, target),
        check_repetition(source, target),
        check_numbers(source, target),
        check_names(source, target),
        check_length(source, target, ratio) if ratio is not None else None,
    ]
    if length_limited:
        found.append(Flag("length-limit", "decoding stopped at the length limit: cut short?"))
    if repaired:
        found.append(repair_flag(repaired))
    if glossary:
        found.append(check_glossary(source, target, glossary))
    return tuple(flag for flag in found if flag is not None)


def repair_flag(how: str) -> Flag:
    """The flag of a repaired sentence: the first output's reason, and what was done."""
    reason, _, settings = how.partition(":")
    reason = reason if reason in ("repetition", "length-limit") else "repetition"
    first = "looped" if reason == "repetition" else "stopped at the length limit"
    return Flag(reason, f"the first output {first}; repaired ({settings.strip()}): check it")


# --- untranslated ---------------------------------------------------------------------------

_NOT_ALNUM = re.compile(r"[\W_]+")
_NOT_LETTER = re.compile(r"[\W\d_]+")
#: Particles inside names (Place de la République, Tour de France): not counted as French.
_PARTICLES = word_set("de du des la le les d l")


def check_untranslated(source: str, target: str) -> Flag | None:
    """The English is the French again, or is still mostly French."""
    if _squash(source) == _squash(target) and _reads_as_french(source):
        return Flag("untranslated", "the English is the French text", english_marks=(target,))
    french, english = _function_words(target)
    if (french >= 2 and french > 2 * english) or (french >= 3 and french > english):
        return Flag(
            "untranslated",
            f"the English is still French ({french} French words, {english} English)",
            english_marks=(target,),
        )
    return None


def _squash(text: str) -> str:
    return _NOT_ALNUM.sub("", fold(text))


def _reads_as_french(text: str) -> bool:
    """True when a text that came back unchanged holds French words, not just names."""
    tokens = words(text)
    lower = [token for token in tokens if not token[0].isupper()]
    if len(tokens) == 1:
        return lexical(tokens[0]) in FRENCH_WORDS
    return len(lower) >= 2 or any(lexical(token) in FRENCH_WORDS for token in lower)


def _function_words(text: str) -> tuple[int, int]:
    """(French function words, English function words) in a text, name particles aside."""
    tokens = words(text)
    french = english = 0
    for index, token in enumerate(tokens):
        word = lexical(token)
        head, _, rest = word.partition("'") if "'" in word else (word, "", "")
        if len(head) > 5:
            head = word
        if head in _PARTICLES and (_between_names(tokens, index) or token[-len(rest) :].istitle()):
            continue
        if word in FRENCH_WORDS or (head != word and head in FRENCH_WORDS):
            french += word not in ENGLISH_WORDS
        elif word in ENGLISH_WORDS:
            english += 1
    return french, english


def _between_names(tokens: list[str], index: int) -> bool:
    before = tokens[index - 1] if index else ""
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    return before[:1].isupper() and (after[:1].isupper() or after.casefold() in _PARTICLES)


# --- repetition ---------------------------------------------------------------------------

#: Words good English may double ("that that", "had had", "very very"); any other word
#: said twice in a row is a repetition, unless the French repeats too.
_MAY_DOUBLE = word_set(
    "that had is was do did very so really far long no yes well now bye ha oh ho go too "
    "more much many again one"
)
_PUNCT_RUN = re.compile(r"(?:[.,;:!?…] ?){4,}|([,;:]) ?\1")
_LONGEST_NGRAM = 20


def check_repetition(source: str, target: str) -> Flag | None:
    """A word or phrase repeated in a row, or a run of punctuation, that the French lacks."""
    repeated = find_repetition(target)
    if repeated and not find_repetition(source):
        return Flag("repetition", f"repeated: {shorten(repeated)!r}", english_marks=(repeated,))
    run = _punctuation_run(target)
    if run and len(run) > len(_punctuation_run(source) or ""):
        return Flag("repetition", f"run of punctuation {shorten(run)!r}", english_marks=(run,))
    return None


def find_repetition(text: str) -> str | None:
    """The first word or phrase repeated back to back (`the the`, `one euro one euro`)."""
    tokens = TOKEN.findall(text)
    lowered = [token.casefold() for token in tokens]
    seen: dict[str, list[int]] = {}
    for index, token in enumerate(lowered):
        seen.setdefault(token, []).append(index)
    for start, token in enumerate(lowered):
        for later in seen[token]:  # a repeat starts where the same token comes back
            n = later - start
            if n <= 0 or n > _LONGEST_NGRAM or later + n > len(lowered):
                continue
            gram = lowered[start : start + n]
            if gram != lowered[start + n : start + 2 * n]:
                continue
            if not any(token[0].isalnum() for token in gram):
                continue
            third = lowered[start + 2 * n : start + 3 * n] == gram
            if n > 1 or third or (gram[0] not in _MAY_DOUBLE and not gram[0].isdigit()):
                return " ".join(tokens[start : start + (3 if third else 2) * n])
    return None


def _punctuation_run(text: str) -> str | None:
    match = _PUNCT_RUN.search(text)
    return match.group(0).strip() if match else None


# --- length ---------------------------------------------------------------------------------


def measure(text: str) -> int:
    """A sentence's length for the ratio: its letters, numbers aside (`quatre-vingt-dix` and
    `90` say the same)."""
    letters = len(_NOT_LETTER.sub("", text))
    numbers = (
        w for w in words(text) if all(part in NUMBER_WORDS for part in lexical(w).split("-"))
    )
    return letters - sum(len(word) for word in numbers)


def check_length(source: str, target: str, ratio: float = DEFAULT_RATIO) -> Flag | None:
    """The English far longer or far shorter than the edition's translations usually are."""
    french, english = measure(source), measure(target)
    if max(french, english) < MIN_MEASURED or not french:
        return None
    factor = LENGTH_FACTOR if max(french, english) >= LONG_SENTENCE else SHORT_LENGTH_FACTOR
    relative = (english / french) / ratio
    if 1 / factor <= relative <= factor:
        return None
    if not english:
        return Flag("length", "the English has no words")
    word = "longer" if relative > 1 else "shorter"
    shown = relative if relative > 1 else 1 / relative
    return Flag("length", f"the English is {shown:.1f}× {word} than usual")


def length_ratio(source: str, target: str) -> float | None:
    """A sentence's English/French length ratio, when it is long enough to tell."""
    french, english = measure(plain_text(source)), measure(plain_text(target))
    if min(french, english) == 0 or max(french, english) < MIN_MEASURED:
        return None
    return english / french


def usual_ratio(ratios: Iterable[float], default: float = DEFAULT_RATIO) -> float:
    """The edition's usual ratio: the median of its sentences', drawn towards the default
    while there are few (so a small or garbled edition does not set its own standard)."""
    values = [math.log(value) for value in ratios if value > 0]
    if not values:
        return default
    median = statistics.median(values)
    weight = len(values) / (len(values) + PRIOR_WEIGHT)
    return math.exp(weight * median + (1 - weight) * math.log(default))
