"""Where a copied page says the article comes from, in so many words: an app's share line, an
aggregator's link back to the source (`Voir l'article sur le site de …`, `Plus d'articles de
…`) or its source's name over its credit of the story (`Al-Ahram Hebdo` / `Article de Name •
1 j`), a read-later app's `Le Temps — letemps.ch`; and a site's name cleaned of what its line
adds (`logo`, the copyright's years).
"""

from __future__ import annotations

import re

from .copycredits import is_story_credit, looks_like_person
from .copypieces import Piece, above_buttons, is_follow_button
from .copyzones import Zones
from .linekind import Kind
from .lines import site_beside_address, word_count
from .sitelines import copyright_holder

MAX_SITE_NAME_WORDS = 6
#: A line under the text that names the site the article comes from: an app's share line,
#: an aggregator's link back (`Voir l'article sur le site de …`, `Plus d'articles de …`).
_SOURCE_LINE = re.compile(
    r"^(?i:(?:partagé|envoyé|lu)\s+(?:depuis|via|avec|sur)\s+(?:l['’]app(?:lication)?\s+)?"
    r"|(?:voir|lire)\s+(?:l['’]article|la suite|l['’]original)\s+sur\s+"
    r"(?:le site\s+(?:de\s+|d['’]))?"
    r"|plus d['’]articles\s+(?:de\s+|d['’])"
    r"|(?:.*\.\s+)?article original\s?:\s*)(?P<name>[A-ZÀ-Þ0-9](?:[^.!?]|\.(?=\w)){1,60}?)"
    # (`… pour Android`, `… Le Jour. Téléchargez-la …`)
    r"(?:\s+(?i:pour|sur)\s+(?:Android|iOS|iPhone|iPad))?\s*(?:[.!](?:\s.*)?)?$",
)


#: A mail program's signature sends the message, not the article: `Envoyé depuis
#: l'application Mail Orange`, `Envoyé depuis Outlook pour Android`.
_MAIL_APP = re.compile(
    r"(?:mail|outlook|gmail|courrier|yahoo|thunderbird|proton\w*|iphone|ipad|samsung|android)\b",
    re.IGNORECASE,
)


def named_source(pieces: list[Piece], zones: Zones, used: set[int]) -> str | None:
    """The site a line of the page names as the article's source, if one does."""
    found = _source_named(pieces, zones) or _aggregated_source(pieces, zones, used)
    return found or _beside_its_address(pieces, zones, used)


def _source_named(pieces: list[Piece], zones: Zones) -> str | None:
    """The site that a line under the text, or over it (an app's share line first:
    `Partagé depuis l'app L'essentiel`), names as the article's source, if one does."""
    for piece in [*pieces[zones.end :], *pieces[: zones.start]]:
        match = _SOURCE_LINE.match(piece.text.strip())
        name = match.group("name") if match is not None else ""
        mailed = piece.text.lower().startswith("envoyé") and _MAIL_APP.match(name) is not None
        if name and word_count(name) <= MAX_SITE_NAME_WORDS and not mailed:
            return name
    return None


def _aggregated_source(pieces: list[Piece], zones: Zones, used: set[int]) -> str | None:
    """The source's name an aggregator prints over its credit of the story (`Al-Ahram Hebdo`
    / `Article de Name • 1 j`, a `Suivre` button maybe between): the site the article comes
    from, not the aggregator's own (`MSN`)."""
    for index in range(1, zones.start):
        followed = _follow_button(pieces, index, zones.headline)
        if not (is_story_credit(pieces[index].text) or followed):
            continue
        # (past `Suivre`, and the headline when the credit is printed under it)
        above = above_buttons(pieces, index, skip=frozenset({zones.headline}))
        piece = pieces[above]
        if piece.kind in (Kind.LABEL, Kind.NAME, Kind.TITLE) and piece.words <= MAX_SITE_NAME_WORDS:
            used.add(above)
            return clean_site(piece.text)
    return None


def _follow_button(pieces: list[Piece], index: int, headline: int | None) -> bool:
    """An aggregator's `Suivre` button under its source's name: over the headline with the
    story's time under it (`il y a 6 h`) or the headline itself, or with the writer's name
    under it (Yahoo: `Midi Libre` / `Suivre` / `Laure Pignan`). An author's own `Suivre`,
    under the headline, has the date under it."""
    following = pieces[index + 1] if index + 1 < len(pieces) else None
    if not is_follow_button(pieces[index].text) or following is None:
        return False
    over = headline is not None and index < headline
    timed = over and following.kind in (Kind.DATE, Kind.RELDATE)
    writer = following.kind == Kind.NAME and looks_like_person(following.text)
    return timed or index + 1 == headline or writer


def _beside_its_address(pieces: list[Piece], zones: Zones, used: set[int]) -> str | None:
    """The name of a `Name — address` line above the text (`Le Temps — letemps.ch`)."""
    for index in range(zones.start):
        name = site_beside_address(pieces[index].text)
        if name is not None:
            used.add(index)
            return name
    return None


def clean_site(text: str) -> str:
    """A site name as written, without `logo`, years or `Tous droits réservés`."""
    text = re.sub(r"\blogo\b", "", text, flags=re.IGNORECASE)
    if "©" in text or "copyright" in text.lower() or "droits" in text.lower():
        text = copyright_holder(text)
    return " ".join(text.split()).strip(" .,-–—|")
