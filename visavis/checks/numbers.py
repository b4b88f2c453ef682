"""The numbers check: numbers of the French missing from the English, or added to it.

Digits in either language's notation (`2,5`/`2.5`, `1 000`/`1,000`, `15 %`/`15%`), number
words where unambiguous (`trois`/`three`; `un`, `one`, `neuf` and ordinals may be numbers but
need not), multipliers (`2 milliards` = `2 billion`, `1,5 G$`), times (`20 h 30` = `8.30 p.m.`),
Roman ordinals (`XXe siècle`) and months (a month changed is a date changed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import TOKEN, Flag, lexical, unique, word_list, word_set, words

_SPACES = " \u00a0\u202f"
_NUMERAL = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)*)"
    r"(?:(?P<ordinal>er|re|e|ème|eme|st|nd|rd|th)\b)?"
)
_FRENCH_TIME = re.compile(r"(?<![\w.,])(\d{1,2}) ?h ?(\d{2})?(?![\w])|(\d{1,2})(?= heures?\b)")
_ENGLISH_TIME = re.compile(r"(?<![\w.,])(\d{1,2})(?:[.:](\d{2}))? ?([ap])\.?m\b\.?", re.IGNORECASE)
_ROMAN_ORDINAL = re.compile(r"\b(?!Le\b)([IVXL]+)(?:e|er|ème)\b")  # XXe, Ier; not Le
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
#: Number words inside set phrases, where they count nothing: `400 m quatre nages` is the
#: individual medley, `un deux-roues` a two-wheeler, `un trois-pièces` a flat.
_FRENCH_IDIOMS = re.compile(
    r"\b(?:quatre nages|(?:deux|trois|quatre)[- ](?:roues|pièces|mâts)|quatre-quatre|"
    r"mille-feuilles?|cent pas)\b",
    re.IGNORECASE,
)
_SCALES = {
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
           "billion": 1e12, "billions": 1e12},
    "en": {"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9,
           "billions": 1e9, "trillion": 1e12, "trillions": 1e12, "bn": 1e9},
}  # fmt: skip
#: Multipliers glued to a currency sign: 1,5 G$ / 3 M€ / $2bn / €3m.
_CURRENCY_SCALE = re.compile(r"^ ?(?:(mds|md|g|m|k|bn) ?[$€£]|(bn|m|k)\b)", re.IGNORECASE)
_CURRENCY_SCALES = {"md": 1e9, "mds": 1e9, "g": 1e9, "bn": 1e9, "m": 1e6, "k": 1e3}


@dataclass(frozen=True)
class Number:
    """A number as written, the values it may mean, and whether it must be matched."""

    text: str
    values: frozenset[object]
    hard: bool = True


def check_numbers(source: str, target: str) -> Flag | None:
    """Numbers of the French missing from the English, or numbers the English added."""
    french, english = find_numbers(source, "fr"), find_numbers(target, "en")
    missing = [n for n in french if n.hard and not any(n.values & m.values for m in english)]
    added = [n for n in english if n.hard and not any(n.values & m.values for m in french)]
    if not missing and not added:
        return None
    parts = []
    if missing:
        parts.append(", ".join(unique(n.text for n in missing)) + " missing")
    if added:
        parts.append(", ".join(unique(n.text for n in added)) + " not in the French")
    return Flag(
        "numbers",
        "; ".join(parts),
        french_marks=tuple(unique(n.text for n in missing)),
        english_marks=tuple(unique(n.text for n in added)),
    )


def find_numbers(text: str, lang: str) -> list[Number]:
    """Numbers in a text (digits, number words, times, months), each with the values it may
    stand for: `1,000` is 1000 or 1.0, `8 p.m.` is 8 or 20."""
    found: list[Number] = []
    text = re.sub(r"\bpour ?cent\b|\bper ?cent\b", "%", text, flags=re.IGNORECASE)
    if lang == "fr":
        text = _FRENCH_IDIOMS.sub(" ", text)
    text = _take_times(text, lang, found)
    if lang == "fr":
        text = _take(text, _ROMAN_ORDINAL, found, lambda m: {_roman(m.group(1))})
    found.extend(_months(text, lang))
    text = _take_numerals(text, lang, found)
    found.extend(_number_words(text, lang))
    return found


def _take(text: str, pattern: re.Pattern[str], found: list[Number], values) -> str:
    """Record each match's values and blank it out, so no later rule reads it again."""
    for match in pattern.finditer(text):
        found.append(Number(match.group(0).strip(), frozenset(values(match))))
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _take_times(text: str, lang: str, found: list[Number]) -> str:
    if lang == "fr":
        pattern = _FRENCH_TIME
        for match in pattern.finditer(text):
            hour = match.group(1) or match.group(3)
            found.append(Number(hour, frozenset({float(hour)})))
            if match.group(2):
                found.append(Number(match.group(2), frozenset({float(match.group(2))})))
    else:
        pattern = _ENGLISH_TIME
        for match in pattern.finditer(text):
            hour = float(match.group(1))
            later = {hour + 12} if match.group(3).lower() == "p" and hour < 12 else set()
            found.append(Number(match.group(1), frozenset({hour, *later})))
            if match.group(2):
                found.append(Number(match.group(2), frozenset({float(match.group(2))})))
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _roman(numeral: str) -> float:
    values = [_ROMAN[char] for char in numeral]
    total = sum(
        -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
    )
    return float(total)


def _take_numerals(text: str, lang: str, found: list[Number]) -> str:
    """Record numbers written in digits (with a multiplier after them: `2 millions`), and
    blank them out with their multipliers."""
    blanked = list(text)
    for match in _NUMERAL.finditer(text):
        digits = match.group(0)[: len(match.group(0)) - len(match.group("ordinal") or "")]
        values = _numeral_values(digits)
        currency = text[max(0, match.start() - 1) : match.start()] in ("$", "€", "£")
        scale, width = _scale_after(text[match.end() : match.end() + 14], lang, currency)
        if scale:
            values = {_rounded(value * scale) for value in values}
        found.append(Number(digits, frozenset(values)))
        blanked[match.start() : match.end() + width] = " " * (match.end() + width - match.start())
    return "".join(blanked)


def _numeral_values(digits: str) -> set[float]:
    """The values a written number may have: `2,5` and `2.5` → 2.5; `1 000` → 1000; `1,000`
    and `1.000` → 1000 or 1.0 (the separator could be either language's)."""
    for space in _SPACES:
        digits = digits.replace(space, "")
    groups = re.split(r"[.,]", digits)
    if len(groups) == 1:
        return {float(digits)}
    separators = set(re.findall(r"[.,]", digits))
    if all(len(group) == 3 for group in groups[1:]):
        grouped = {float("".join(groups))}
        if len(groups) == 2:
            grouped.add(float(f"{groups[0]}.{groups[1]}"))
        return grouped if len(separators) == 1 else {float("".join(groups[:-1]) + "." + groups[-1])}
    if len(groups) == 2:
        return {float(f"{groups[0]}.{groups[1]}")}
    return {float("".join(groups[:-1]) + "." + groups[-1])}


def _rounded(value: float) -> float:
    return float(f"{value:.6g}")


def _scale_after(following: str, lang: str, currency: bool) -> tuple[float | None, int]:
    """The multiplier written after a number (`2 millions`, `1,5 milliard`, `3 M€`, `$2bn`)
    and how many characters it takes; a bare `m` or `k` only after a currency sign."""
    match = re.match(r"^[ \u00a0\u202f]?([^\W\d_]+)", following)
    if match and match.group(1).casefold() in _SCALES[lang]:
        return _SCALES[lang][match.group(1).casefold()], match.end()
    match = _CURRENCY_SCALE.match(following)
    if match and (match.group(1) or currency):
        return _CURRENCY_SCALES[(match.group(1) or match.group(2)).casefold()], match.end()
    return None, 0


FRENCH_UNITS = {
    "zéro": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "cents": 100,
}  # fmt: skip
ENGLISH_UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "hundreds": 100,
}  # fmt: skip
#: Words that may be numbers but need not be: `un`/`one`/`a` (articles, pronouns), `neuf`
#: (nine, or new), ordinals, approximations (`une vingtaine`, `dozens`), `both`, `twice`.
_SOFT = {
    "fr": {"un": 1, "une": 1, "neuf": 9, "premier": 1, "première": 1, "second": 2,
           "seconde": 2, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
           "dixième": 10, "double": 2, "triple": 3, "dizaine": 10, "dizaines": 10,
           "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
           "quarantaine": 40, "cinquantaine": 50, "centaine": 100, "centaines": 100,
           "millier": 1000, "milliers": 1000},
    "en": {"one": 1, "a": 1, "an": 1, "first": 1, "second": 2, "third": 3, "fourth": 4,
           "fifth": 5, "tenth": 10, "both": 2, "twice": 2, "double": 2, "doubled": 2,
           "triple": 3, "tripled": 3, "dozen": 12, "dozens": 12, "couple": 2, "half": 0.5},
}  # fmt: skip
_UNITS = {"fr": FRENCH_UNITS, "en": ENGLISH_UNITS}
_JOINERS = {"fr": {"et"}, "en": {"and"}}
#: Number words of both languages (the length check does not count them).
NUMBER_WORDS = frozenset({*FRENCH_UNITS, *ENGLISH_UNITS, *_SCALES["fr"], *_SCALES["en"]})
#: Every word a number-word run or a soft number can start with, per language.
_NUMBER_VOCABULARY = {
    lang: frozenset({*_UNITS[lang], *_SCALES[lang], *_SOFT[lang]}) for lang in _UNITS
}


def _number_words(text: str, lang: str) -> list[Number]:
    """Runs of number words (`quatre-vingt-dix`, `two hundred and fifty`) and their values."""
    units, scales, soft = _UNITS[lang], _SCALES[lang], _SOFT[lang]
    tokens = [part for token in words(text) for part in token.casefold().split("-")]
    if _NUMBER_VOCABULARY[lang].isdisjoint(tokens):
        return []
    found: list[Number] = []
    run: list[str] = []
    for index, token in enumerate([*tokens, ""]):
        is_number = token in units or token in scales
        if run and is_number and not _continues(run, token, units, lang):
            found.append(_word_number(run, units, scales))
            run = []
        if is_number or (run and token in _JOINERS[lang] and _next_is(tokens, index, units)):
            run.append(token)
            continue
        if run:
            found.append(_word_number(run, units, scales))
            run = []
        if token in soft and not _next_is(tokens, index, {**units, **scales}):
            found.append(Number(token, frozenset({float(soft[token])}), hard=False))
    return found


def _continues(run: list[str], token: str, units: dict[str, int], lang: str) -> bool:
    """Whether a number word goes on the number before it (`vingt-deux`, `two hundred`) or
    starts another (`three three`)."""
    last = units.get(run[-1]) if run[-1] not in _JOINERS[lang] else None
    if lang == "fr" and run[-2:] in (["quatre", "vingt"], ["quatre", "vingts"]):
        last = 80
    value = units.get(token)
    if last is None or value is None or value == 100:
        return True
    if lang == "fr" and (last, value) == (4, 20):  # quatre-vingt(s)
        return True
    if lang == "fr" and last in (60, 80) and 10 <= value < 20:  # soixante-dix, quatre-vingt-dix
        return True
    return last >= 20 and last % 10 == 0 and value < 10


def _next_is(tokens: list[str], index: int, vocabulary: dict[str, float]) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1] in vocabulary


def _word_number(run: list[str], units: dict[str, int], scales: dict[str, float]) -> Number:
    """The value of a run of number words (`un million`, `a million`: one million)."""
    total = current = 0.0
    for token in run:
        if token in scales:
            total += (current or 1.0) * scales[token]
            current = 0.0
        elif token in ("cent", "cents", "hundred", "hundreds"):
            current = (current or 1.0) * 100
        elif token in units:
            if token.startswith("vingt") and current % 100 == 4:  # quatre-vingt(s) = 80
                current += 76
            else:
                current += units[token]
    return Number(" ".join(run), frozenset({_rounded(total + current)}))


_FRENCH_MONTHS = word_list(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
_ENGLISH_MONTHS = word_list(
    "January February March April May June July August September October November December"
)
_MONTH_NAMES = {
    "fr": frozenset(_FRENCH_MONTHS),
    "en": frozenset(m.casefold() for m in _ENGLISH_MONTHS),
}
_MONTH_LEADS = word_set("in of since until from by early late mid on")


def _months(text: str, lang: str) -> list[Number]:
    """Month names, as their own kind of value: a month changed is a date changed."""
    if _MONTH_NAMES[lang].isdisjoint(word.casefold() for word in words(text)):
        return []
    found = []
    tokens = TOKEN.findall(text)
    for index, token in enumerate(tokens):
        before = tokens[index - 1] if index else ""
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        near_digit = before[:1].isdigit() or after[:1].isdigit()
        if lang == "fr" and lexical(token) in _FRENCH_MONTHS and (token != "Mars" or near_digit):
            month = _FRENCH_MONTHS.index(lexical(token)) + 1
        elif lang == "en" and token in _ENGLISH_MONTHS:
            if token in ("May", "March") and not (near_digit or before in _MONTH_LEADS):
                continue
            month = _ENGLISH_MONTHS.index(token) + 1
        else:
            continue
        found.append(Number(token, frozenset({("month", month)})))
    return found
