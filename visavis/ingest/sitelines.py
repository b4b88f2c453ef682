"""The site's own lines on a copied page: its copyright, its postal address, its phone.

`© 2024 Le Soir`, `Tous droits réservés` (not a photo's `©` credit: `© Name / AFP`);
`1265, rue Berri, Montréal`, `Rue Royale 100, 1000 Bruxelles`, `01 BP 4567 Ouagadougou 01`,
`Tél. +41 22 555 12 12`. Judged by their content alone, for `linekind`. And the site's name
that a page title or an app's share sets after the headline: `Headline | Abidjan.net`.
"""

from __future__ import annotations

import re

from .copydates import is_date_line
from .lines import SITE_ADDRESS, ends_sentence, word_count

#: A headline and the site's name after a bar: `Cacao : … des fèves | Abidjan.net`.
_PIPED_SITE = re.compile(r"^(?P<title>.+\S)\s+[|｜]\s+(?P<site>[^|｜]+?)\s*$")
#: The longest site's name after a headline's bar.
MAX_PIPED_SITE_WORDS = 4
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright\b)|©|tous droits réservés|all rights reserved", re.IGNORECASE
)
_PHONE = re.compile(r"^(?:t[ée]l(?:[ée]phone)?\.?|phone|fax)?\s*:?\s*[+(\d][\d ().+/-]{7,}$", re.I)
_STREET = r"(?i:rue|avenue|av\.|bd|boulevard|place|chemin|route|quai|allée|impasse|cours|chaussée)"
_PLACE = r"[A-ZÀ-Þ][^,.!?:;«»]*"
_ADDRESS = re.compile(
    rf"^\d{{1,4}}(?:\s?bis|\s?ter)?,?\s+{_STREET}\b"  # 1265, rue Berri …
    # Rue Royale 100, 1000 Bruxelles / Route du Service géographique, Hann, Dakar
    rf"|^{_STREET}\b[^,.!?:;«»]{{2,40}},\s*(?:\d{{4,5}}\s+)?{_PLACE}(?:,\s*{_PLACE})*$"
    r"|^\d{2}\s+BP\s+\d+|^BP\s+\d+"  # 01 BP 4567 Ouagadougou 01
    r"|^(?:CH-|F-|B-)?\d{4,5}\s+[A-ZÀ-Þ][\w' -]{1,30}$"  # 1204 Genève
)
_POSTCODE_CA = re.compile(r"\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b")
#: What makes a `©` line the site's copyright rather than a photo's credit.
_RIGHTS = re.compile(r"\b(?:19|20)\d{2}\b|droits|rights|reserved|réservé", re.IGNORECASE)
_PHOTO_BY = re.compile(r"/|\bvia\b|\bpar\b|,|\bDR\b")
#: What a copyright line says besides the holder's name.
_COPYRIGHT_NOISE = re.compile(
    r"©|\(c\)|copyright|tous droits réservés\.?|all rights reserved\.?|\(\d{4}\)"
    r"|\b\d{4}(?:-\d{4})?\b|\b(?:inc|sa|s\.a|ltd|sàrl|group)\b\.?",
    re.IGNORECASE,
)


def is_contact(text: str) -> bool:
    """A postal address or a phone number, not a date (`14/05/2024`): the date is checked
    only on a line shaped like a contact."""
    phone = _PHONE.match(text) is not None and sum(char.isdigit() for char in text) >= 8
    address = word_count(text) <= 14 and bool(_ADDRESS.match(text) or _POSTCODE_CA.search(text))
    return (phone or address) and not is_date_line(text)


def is_copyright(text: str) -> bool:
    """`© 2024 Le Soir`, `Tous droits réservés`; not a photo's `©` credit (no year, no rights,
    a photographer or an agency named: `© Andry Rakotondrazafy / AFP`, `… chercheur. © AFP`)."""
    if word_count(text) > 20 or _COPYRIGHT.search(text) is None:
        return False
    head, mark, credit = text.partition("©")
    if not mark or _RIGHTS.search(credit):
        return True
    head = head.strip(" •·|–—-")
    if head:
        return not ends_sentence(head)  # a caption: a sentence, then its credit (`… • © Name`)
    return _PHOTO_BY.search(credit) is None


def is_bare_credit(text: str) -> bool:
    """`© Jean Roux`, `© Keystone`: a `©` and a name, no year and no rights reserved, which
    may be a photo's credit as well as the site's copyright (where it sits tells)."""
    head, mark, credit = text.partition("©")
    return bool(mark) and not head.strip() and _RIGHTS.search(credit) is None


def copyright_holder(text: str) -> str:
    """The name a copyright line gives: `© 2025 Le Quotidien. Tous droits réservés.` →
    `Le Quotidien`."""
    return " ".join(_COPYRIGHT_NOISE.sub(" ", text).split()).strip(" .,-–—|")


def split_site_suffix(title: str, elsewhere: list[str]) -> tuple[str, str | None]:
    """The headline and the site's name a bar sets after it (`Titre | Abidjan.net`): a name
    with an address's shape, or one the page prints elsewhere (`elsewhere`: its other lines).
    The title whole, and None, when what follows the bar is no such name. (Not the saved
    page's `webpublisher.strip_site_name`: a copy's headline keeps what a dash sets before
    it, `En direct - Cameroun : …`, and its no-break spaces.)"""
    match = _PIPED_SITE.match(title)
    if match is None or word_count(match.group("site")) > MAX_PIPED_SITE_WORDS:
        return title, None
    site = match.group("site")
    named = any(site.casefold() in line.casefold() for line in elsewhere)
    if not (SITE_ADDRESS.fullmatch(site) or named):
        return title, None
    return match.group("title"), site
