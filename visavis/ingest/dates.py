"""Dates as the sources print them (`20 mars 2024`, `2024-03-20`, `Mar 20, 2024`) to ISO."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "january": 1,
    "février": 2, "fevrier": 2, "févr": 2, "fev": 2, "fév": 2, "feb": 2, "february": 2,
    "mars": 3, "mar": 3, "march": 3,
    "avril": 4, "avr": 4, "apr": 4, "april": 4,
    "mai": 5, "may": 5,
    "juin": 6, "jun": 6, "june": 6,
    "juillet": 7, "juil": 7, "jul": 7, "july": 7,
    "août": 8, "aout": 8, "aug": 8, "august": 8,
    "septembre": 9, "sept": 9, "sep": 9, "september": 9,
    "octobre": 10, "oct": 10, "october": 10,
    "novembre": 11, "nov": 11, "november": 11,
    "décembre": 12, "decembre": 12, "déc": 12, "dec": 12, "december": 12,
}  # fmt: skip
#: Every month name and abbreviation above, as a regular expression's alternatives.
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
#: The French days of the week, as a regular expression's alternatives.
WEEKDAY_PATTERN = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_WEEKDAY = (
    rf"(?:(?:{WEEKDAY_PATTERN}|mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]*\.?,?\s+)?"
)
_MONTH = r"([a-zéû]+)\.?"
_PATTERNS = [
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})"), ("d", "m", "y")),
    (re.compile(_WEEKDAY + r"(\d{1,2})(?:er)?\s+" + _MONTH + r"\s+(\d{4})"), ("d", "M", "y")),
    (re.compile(_WEEKDAY + _MONTH + r"\s+(\d{1,2}),?\s+(\d{4})"), ("M", "d", "y")),
]
_PUBLISHED = re.compile(
    r"^(?:publié|mis en ligne|posted|published)\s+(?:le\s+|on\s+)?(.+?)(?:\s+à\s+\d.*)?$",
    re.IGNORECASE,
)


def parse_date(text: str) -> str | None:
    """The ISO date a whole text states, or None (never a guess)."""
    text = text.strip().lower()
    for pattern, order in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return _to_iso(dict(zip(order, match.groups(), strict=True)))
    return None


def parse_published(text: str) -> str | None:
    """`Publié le 12 mars 2024 à 10h32` → `2024-03-12`; None for anything else."""
    match = _PUBLISHED.match(text.strip())
    return parse_date(match.group(1).rstrip(".,")) if match else None


def _to_iso(parts: dict[str, str]) -> str | None:
    month = int(parts["m"]) if "m" in parts else MONTHS.get(parts["M"].rstrip("."))
    if month is None:
        return None
    try:
        return dt.date(int(parts["y"]), month, int(parts["d"])).isoformat()
    except ValueError:
        return None
