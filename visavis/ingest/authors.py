"""Credits of an article: person names apart from news agencies, joined as French writes them."""

from __future__ import annotations

import re

#: News agencies, as credited (matched case-insensitively as the whole credit).
AGENCIES = (
    "AFP",
    "ATS",
    "Belga",
    "Reuters",
    "AP",
    "APS",
    "ANP",
    "La Presse Canadienne",
    "PC",
    "Keystone-ATS",
    "DPA",
    "ANSA",
    "EFE",
    "Xinhua",
    "MAP",
    "AIP",
)
_AGENCY = {name.casefold(): name for name in AGENCIES}
_BY = re.compile(r"^\s*(?:par|by|propos recueillis par)\s+", re.IGNORECASE)


def split_credits(credits: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Person names and agencies among an article's credits, each once, in order."""
    persons: list[str] = []
    agencies: list[str] = []
    for credit in credits:
        credit = _BY.sub("", " ".join(credit.split()))
        if not credit:
            continue
        agency = _AGENCY.get(credit.casefold())
        target, name = (agencies, agency) if agency else (persons, credit)
        if name not in target:
            target.append(name)
    return tuple(persons), tuple(agencies)


def join_names(names: tuple[str, ...] | list[str], conjunction: str = "et") -> str | None:
    """`A`, `A et B`, `A, B et C`; None for no names."""
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"
