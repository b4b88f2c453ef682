"""Dates on a copied page: the publication date of a date line, and relative dates to drop.

`Publié le 24.12.2016 à 10h12`, `Le 3 mars 2024 à 08h12, modifié le …`, `Publié le Mardi
12 Mars 2024 à 10:30 | Par …`, `03-03-2024`: the first absolute date a line states is the one
taken. `Mis à jour il y a 2 heures`, `2 days ago`, `Publié aujourd’hui à 11:42` say no date
and are never turned into one.
"""

from __future__ import annotations

import re

from .dates import MONTH_PATTERN, parse_date
from .lines import ends_sentence, word_count

_WEEKDAY = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
_MONTH = r"[a-zéûè]{3,9}\.?"
_MONTH_NAMES = MONTH_PATTERN
_FOUND = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{4}"
    r"|\b\d{1,2}([./-])\d{1,2}\1\d{2}\b(?![./-]?\d)"
    rf"|{_WEEKDAY}\d{{1,2}}(?:er)?\s+{_MONTH},?\s+\d{{4}}"  # `12 février, 2025` too
    rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    # a month's name and a two-digit year, then the time or the line's end: `18 Mar 25 à 7:45`
    rf"|\b\d{{1,2}}\s+(?:{_MONTH_NAMES})\.?\s+\d{{2}}(?=\s*(?:$|à\s|[,;|•–—-]))",
    re.IGNORECASE,
)
#: A numeric date with a four-digit year, and an English weekday just before one (the
#: month then comes first: `Mon, 03/17/2025 - 14:20`, as Drupal prints it by default).
_NUMERIC = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})")
_ENGLISH_WEEKDAY = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s*$", re.IGNORECASE
)
#: A month's name and a two-digit year: `18 Mar 25` is 18 March 2025.
_NAMED_SHORT_YEAR = re.compile(r"^(\d{1,2}\s+\S+?\.?\s+)(\d{2})$")
_DASHED = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")
#: A two-digit year, dashed or dotted: `17-03-24` is 17 March 2024.
_SHORT_YEAR = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2})$")
_TIME = re.compile(
    r"\b\d{1,2}\s?(?:h|:)\s?\d{0,2}(?:\s?min)?\b(?:(?<=\d)\s+heures\b)?", re.IGNORECASE
)
#: Words a date line carries around its date.
_DATE_WORDS = re.compile(
    r"publiée?|postée?|mise?|en|ligne|à|jour|le|la|modifiée?|actualisée?|updated|posted|"
    r"published|on|at|et|h|min|the"
)
#: A weekday shortened with its full stop, the hour's half and its zone, around a date:
#: `mer. 2 décembre 2026 à 7:15 AM UTC+1`.
_CLOCK_WORDS = re.compile(
    r"\b(?i:lun|mar|mer|jeu|ven|sam|dim)\.(?=\s)|\b(?:AM|PM)\b|\b(?:UTC|GMT)(?:[+-]\d{1,2})?\b"
)
#: The word before an update's cue: `Dernière mise à jour`.
_LAST_UPDATE = re.compile(r"\bdernière\s+(?=mise à jour)", re.IGNORECASE)
#: What a page says before its date line: `Ce contenu a été publié le 14 octobre 2025 - 15:42`.
_THIS_WAS = re.compile(r"^(?:ce contenu|cet article|cette page)\s+a\s+été\s+", re.IGNORECASE)
_UPDATE = re.compile(r"^(?:mis à jour|mise à jour|modifié|actualisé|updated)\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\bil y a\s+(?:\d+|une?|quelques)\s+"
    r"(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)\b"
    r"|\b(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\s+ago\b"
    r"|^\d{1,2}\s?(?:min|h|j|sem\.?)(?:\s*[·•])?$"  # a story's age: `5 h`, `1 j`, `5 h ·`
    r"|^(?:publié|mis à jour|modifié|updated|posted)?\s*(?:aujourd['’]hui|hier|today|yesterday)\b"
    r"|^(?:publié|mis à jour|modifié|actualisé|updated|posted)\s+(?:à|at)\s+\d"
    # a day and month with no year: `Le 3 mars à 8h12`, `Publié le 12 févr.` (no full date)
    rf"|^(?:(?:publié|mis à jour|modifié|actualisé)\s+)?(?:le\s+)?{_WEEKDAY}\d{{1,2}}(?:er)?\s+"
    rf"(?:{_MONTH_NAMES})\.?(?:\s*(?:à|,|-)?\s*\d{{1,2}}\s?[h:]\s?\d{{0,2}})?$",
    re.IGNORECASE,
)
#: Two inline elements copied without a space: a time, then the next label (`7:01Mis à jour`).
_GLUED = re.compile(r"(?<=\d)(?=[A-ZÀ-Þ][a-zà-ÿ])|(?<=[a-zà-ÿ.])(?=(?:Mis|Mise|Publié|Modifié)\b)")
#: Where a line's publication and update clauses part.
_CLAUSE = re.compile(
    r"\s*[|•·]\s*|[,;–—-]?\s+(?=(?:mise?|publiée?|modifiée?|actualisée?|updated|posted)\b)",
    re.IGNORECASE,
)
_PUBLISHED_CUE = re.compile(r"^(?:publiée?|mise? en ligne|posted|published)\b", re.IGNORECASE)
_TIME_ONLY = re.compile(
    r"^(?:(?:à|a|vers|dès|mis à jour à|publié à)\s+)?\d{1,2}\s?(?:h|:)\s?\d{2}(?:\s?(?:h|min))?$",
    re.IGNORECASE,
)
MAX_DATE_LINE_WORDS = 24


def find_date(text: str) -> str | None:
    """The ISO form of the first absolute date written in text, or None."""
    for match in _FOUND.finditer(text):
        written = _day_first(match.group(), text[: match.start()])
        written = _SHORT_YEAR.sub(r"\1/\2/20\3", written.replace(",", ""))
        written = _NAMED_SHORT_YEAR.sub(r"\g<1>20\2", written)
        found = parse_date(_DASHED.sub(r"\1/\2/\3", written))
        if found:
            return found
    return None


def _day_first(written: str, before: str) -> str:
    """A numeric date in the order an English-language system prints it, turned day first:
    `03/17/2025` (there is no month 17), `Mon, 03/07/2025` (an English weekday before it)."""
    match = _NUMERIC.fullmatch(written)
    if match is None or int(match[1]) > 12:
        return written
    if int(match[3]) > 12 or _ENGLISH_WEEKDAY.search(before):
        return f"{match[3]}{match[2]}{match[1]}{match[2]}{match[4]}"
    return written


def strip_date(text: str) -> str:
    """Text without the date it ends with: `Par Rania HADDAD, le 12 mars 2024 à 00h00` → name."""
    match = _FOUND.search(text)
    if match is None:
        return text
    head = re.sub(
        r"(?:[\s,|•–—-]+(?:le|du|publié(?:e)?|mis en ligne))*[\s,|•–—-]*$",
        "",
        text[: match.start()],
        flags=re.IGNORECASE,
    )
    return re.sub(r"\s+(?:le|du)$", "", head, flags=re.IGNORECASE).strip(" ,")


#: The words a page writes before its publication or update date.
DATE_CUE = r"(?:publiée?|mise? en ligne|mise? à jour|modifiée?|actualisée?)"
#: A reading time run into a date line after it.
_READ_TAIL = re.compile(r"\s*[|·•-]?\s*(?:temps de )?lecture\s*:?\s*\d{1,2}\s*min\.?\s*$", re.I)
#: A view counter closing the line: `| Lu 1 254 fois`, `· 3 200 vues`.
_VIEWS_TAIL = re.compile(
    r"\s*[|·•]\s*(?:(?:lu|vu|consulté)\s+\d[\d\s\u00a0\u202f.]*\s+fois"
    r"|\d[\d\s\u00a0\u202f.]*\s+(?:vues|lectures))\s*$",
    re.I,
)


def is_date_line(text: str) -> bool:
    """A line that states a date and little else (`Publié le 12/03/2024 à 06:00`)."""
    if word_count(text) > MAX_DATE_LINE_WORDS or find_date(text) is None:
        return False
    text = _READ_TAIL.sub("", text)  # (`Publié le 26/11/2025 à 16:44 Temps de lecture: 3 min`)
    text = _VIEWS_TAIL.sub("", text)  # (`Publié le 17.03.2026 à 10:24 | Lu 1 254 fois`)
    text = _RELATIVE.sub(" ", _CLOCK_WORDS.sub(" ", text))  # (`• Mis à jour il y a 12 minutes`)
    text = _LAST_UPDATE.sub("", text)  # (`Dernière mise à jour: 05.12.2026 à 22:31 heures`)
    rest = _TIME.sub(" ", _FOUND.sub(" ", _THIS_WAS.sub("", text.lower())))
    words = [word for word in re.findall(r"[^\W\d_]+", rest) if not _DATE_WORDS.fullmatch(word)]
    return len(words) <= 2 and not _dated_event(text)


def _dated_event(text: str) -> bool:
    """A timeline's entry: the date first, then what happened, opening on a capital and going
    on in lowercase (`1er février 2027 Mort à Lyon`), not a date line's cue, a name or a place
    (`12 mars 2024 Marie Dubois`, `3 mars 2025 Lausanne Vaud`)."""
    match = _FOUND.match(text.strip())
    after = text.strip()[match.end() :].strip(" ,:–—-") if match else ""
    cue = _DATE_CUE_FIRST.match(after.lower()) is not None
    # (what happened goes on in lowercase: `Mort à Lyon`, `Fonde l'ensemble`; a name, a place
    # or a rubric after the date does not: `Marie Dubois`, `Lausanne Vaud`, `Aix-en-Provence`)
    words = [word for word in re.sub(r"\([^)]*\)", " ", after).split() if word[:1].isalpha()]
    told = len(words) >= 2 and any(word[:1].islower() and word not in _NAME_LINKS for word in words)
    return told and after[:1].isupper() and not cue and _TIME.match(after) is None


#: A date line's own words opening what follows the date (`Mis à jour`, `à 10h`).
_DATE_CUE_FIRST = re.compile(rf"(?:{_DATE_WORDS.pattern})\b")
#: The small words inside a name: `Marie de La Tour`, `Saint-Jean-de-Luz`.
_NAME_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "d'", "d’"})


def is_update_time(text: str) -> bool:
    """An update's time alone, the same day as the date before it: `mis à jour à 08:55`,
    `à 08:55`."""
    rest = _UPDATE.sub("", text.strip(" ,.")).strip()
    return _TIME.fullmatch(re.sub(r"^à\s+", "", rest)) is not None


def is_update(text: str) -> bool:
    """A line that gives when the page was updated, not when it was published."""
    return _UPDATE.match(text.strip()) is not None


def unglue(text: str) -> str:
    """Two inline elements a browser copied without a space between them, apart again:
    `7:01Mis à jour`, `Par Anne RoyPublié le …`."""
    return _GLUED.sub(" ", text)


def publication_date(text: str) -> str | None:
    """The publication date a line states, not its update's, however the two are run together
    (`Publié le 9 avr. 2024 à 7:01Mis à jour le …`, `Mis à jour le 10.04 | Publié le 9.04…`,
    as browsers copy inline elements): each clause is read apart, the update's skipped."""
    unglued = unglue(text)
    clauses = [clause for clause in _CLAUSE.split(unglued) if clause.strip()]
    published = [c for c in clauses if _PUBLISHED_CUE.match(c.strip(" |•–—-,"))]
    others = [c for c in clauses if c not in published]  # `Publié par Name | 14 oct. 2025`
    for clause in published + others:
        if not is_update(clause.strip(" |•–—-,")):
            found = find_date(clause)
            if found:
                return found
    return None


def is_relative_date(text: str) -> bool:
    """`Mis à jour il y a 2 heures`, `2 days ago`, `Publié aujourd’hui à 11:42`, a live
    entry's time alone (`08h15`, `8:15`, `15 h 40`): no date."""
    if _TIME_ONLY.match(text.strip()):
        return True
    return (
        word_count(text) <= 10
        and not ends_sentence(text)
        and find_date(text) is None
        and _RELATIVE.search(text.strip()) is not None
    )
