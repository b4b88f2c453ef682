"""The lines of a saved page's text that credit it or date it, not the article's: a byline
(`Par Nathalie Perrenoud, à Genève`), one run into its dates (`Par Nathalie PERRIN - Le
11/11/2026 à 19:05, mis à jour …`), a date or time alone, an agency's initials, a reading
time, an ad label, a newsletter box's line, an info bar of date, byline and counters.
`webfilter` drops them from the body.
"""

from __future__ import annotations

import re

from .copybanners import is_ad_label, is_live_notice
from .copycredits import is_dated_byline
from .copydates import DATE_CUE, is_date_line
from .dates import MONTH_PATTERN
from .engagement import is_count, is_read_time
from .lines import is_editors_initials
from .webmeta import PageMeta
from .webtext import word_count, words

_NEWSLETTER = re.compile(r"newsletter|infolettre", re.IGNORECASE)
_SUBSCRIBE = re.compile(r"inscri|abonn|recevez|recevoir|s['’]inscrire", re.IGNORECASE)
_BYLINE = re.compile(
    r"^(?:par|by|(?:propos )?recueillie?s? par|texte|textes|photos?|reportage|envoyée? spéciale?|"
    r"(?:un|une)\s+(?:texte|chronique|analyse|entrevue|enquête|reportage|billet)\s+(?:de|d['’])|"
    r"de notre (?:envoyée?|correspondante?)(?: spéciale?| permanente?)?)\b\s*:?\s*",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^(?:publié|publiée|mis à jour|mise à jour|modifié|modifiée|actualisé|actualisée|"
    r"updated|posted|première publication|dernière mise à jour)\b",
    re.IGNORECASE,
)
_MONTHS = MONTH_PATTERN  # (`27 nov. 2026` too)
_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_DATE_ONLY = re.compile(
    rf"^(?:(?:{_DAYS})\s+)?(?:le\s+)?(?:\d{{1,2}}(?:er)?[\s./-]+(?:{_MONTHS}|\d{{1,2}})"
    rf"[\s./-]+\d{{2,4}})?(?:[\s,àa-]+)?(?:\d{{1,2}}\s?(?:h\s?\d{{0,2}}|[:.]\s?\d{{2}}))?\s*$",
    re.IGNORECASE,
)
#: What parts an info bar's fields: `… 15:18 | Par Anne Sow | 4 312 lectures`.
_BAR_SEPARATOR = re.compile(r"\s+[|·•]\s+")
#: A credit of the people or desk who helped: `Avec la collaboration de Radio-Canada …`.
_COLLABORATION = re.compile(r"^avec la (?:collaboration|participation) d(?:e|u|es|['’])", re.I)
#: Where a publication or update date starts, inside a line that runs them together.
_DATE_CUE = re.compile(rf"\s+(?={DATE_CUE}\b)", re.IGNORECASE)
#: The longest byline run into its publication and update dates (and a read time).
MAX_DATED_BYLINE_WORDS = 30


def is_dated_byline_line(text: str) -> bool:
    """A byline run into its dates, longer than a short line: `Par Nathalie PERRIN - Le
    11/11/2026 à 19:05, mis à jour le 12/11/2026 à 08:10` (the credit, then only dates and a
    reading time past its separators; never a sentence: `Par Anne Roy, le 3 mars, la loi …`)."""
    if word_count(text) > MAX_DATED_BYLINE_WORDS:
        return False
    # (the credit and its dates set in spans of their own, run together: `Par Anne Roy
    # Publié le 20/11/2026 à 06:00, mis à jour le …`)
    return is_dated_byline(text) or is_dated_byline(_DATE_CUE.sub(" | ", text))


#: A live page's badge before its counter: `EN DIRECT`, `Live`.
_LIVE_BADGE = re.compile(r"(?:en direct|direct|live)\s*[|•·–-]?\s*", re.IGNORECASE)


def is_dates_line(text: str) -> bool:
    """A line that says what its dates are and little else, however long its `<time>`s and
    reading time make it (`Publié le 9 décembre 2026 à 18:34, mis à jour hier à 10:02 Lecture
    3 min.`); not a dated sentence (`Le 11 mai 2020.`)."""
    return _DATE_LINE.match(text) is not None and is_date_line(text)


def is_info_line(text: str, meta: PageMeta) -> bool:
    """An article's info bar: its date, byline and counters between separators (`Publié le
    mercredi 25 novembre 2026 à 15:18 | Par Anne SOW | 4 312 lectures | 3 commentaires`)."""
    parts = [part for part in _BAR_SEPARATOR.split(text.strip()) if part]
    if len(parts) < 2 or word_count(text) > MAX_DATED_BYLINE_WORDS:
        return False
    return all(is_count(part) or is_meta_line(part, meta) for part in parts)


def is_meta_line(text: str, meta: PageMeta) -> bool:
    """A byline, a credit, a date or time, a reading time, a counter, an ad label, a
    newsletter box."""
    if is_ad_label(text) or is_read_time(text) or is_live_notice(text) or is_count(text):
        return True  # (counters too: `5 mises à jour`, `12 commentaires`)
    badge = _LIVE_BADGE.match(text.strip())
    if badge and is_count(text.strip()[badge.end() :]):
        return True  # a live page's status: `EN DIRECT 7 mises à jour`
    if _COLLABORATION.match(text):
        return True  # the desk that helped, under the text
    if is_editors_initials(text):
        return True
    if _DATE_ONLY.match(text) and any(char.isdigit() for char in text):
        return True
    if _DATE_LINE.match(text) and any(char.isdigit() for char in text):
        return True
    if _NEWSLETTER.search(text) and _SUBSCRIBE.search(text):
        return True
    return _is_byline(text, meta)


def _is_byline(text: str, meta: PageMeta) -> bool:
    """`Par Nathalie Perrenoud`, `Nathalie Perrenoud, à Genève`, `Photos : Keystone`."""
    names = [name.casefold() for name in (*meta.authors, *meta.agencies) if name]
    folded = text.casefold()
    if any(folded.startswith(name) for name in names) and word_count(text) <= 8:
        return True
    if any(same_words(text, credit) for credit in meta.raw_authors):
        return True  # the credit as the page writes it: `Par Nathalie Perrenoud, à Genève`
    if _only_names(text, names):
        return True
    match = _BYLINE.match(text)
    if not match or match.end() == len(text):
        return False
    rest = text[match.end() :]
    return any(name in folded for name in names) or _capitalised(rest)


def _only_names(text: str, names: list[str]) -> bool:
    """`ATS`, `AFP/Reuters`, `(Belga)`: nothing but credited names."""
    rest = text.casefold()
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name, " ")
    return bool(names) and not words(rest)


def _capitalised(text: str) -> bool:
    """Whether text reads as a list of names (every word capitalised but `et`, `de`…)."""
    found = re.findall(r"[^\W\d_][\w’'-]*", text)
    small = {"et", "de", "du", "des", "la", "le", "von", "van", "d", "à", "avec"}
    return bool(found) and all(w[0].isupper() or w in small for w in found)


def same_words(text: str, other: str | None) -> bool:
    """Whether two texts have the same words."""
    return bool(other) and words(text) == words(other)
