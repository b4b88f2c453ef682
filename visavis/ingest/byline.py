"""Bylines: `- AUTHOR X @handle`, `Par Jean Dupont`, `PROPOS RECUEILLIS PAR …`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .casing import restore_name
from .lines import is_caps

_NETWORKS = r"X|Twitter|Instagram|LinkedIn|Linkedin|Mastodon|Bluesky|Threads|Facebook|TikTok"
_HANDLE = re.compile(rf"(?:\s*\b({_NETWORKS})\b)?\s*(@[\w.]+)\s*$", re.IGNORECASE)
_BY = re.compile(
    r"^(?:propos recueillis par|texte et photos?|textes?|par|by|(?:de|avec) notre [^,]*,?"
    r"|(?:histoire|article) de)\s+",
    re.IGNORECASE,
)
_DASH = re.compile(r"^[-–—]\s*")
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w.'’-]*,?$")


@dataclass(frozen=True)
class Byline:
    """An author and, when given, a social handle and the network it belongs to."""

    author: str
    handle: str | None = None
    network: str | None = None


def parse_byline(text: str, known: dict[str, str]) -> Byline:
    """Split a byline into author (natural casing), handle and network."""
    text = _DASH.sub("", text.strip())
    handle = network = None
    match = _HANDLE.search(text)
    if match:
        network = match.group(1)
        handle = match.group(2).rstrip(".")
        text = text[: match.start()].strip()
    text = _BY.sub("", text).strip(" ,")
    return Byline(restore_name(text, known), handle, network)


def looks_like_app_byline(text: str) -> bool:
    """`- ANOUCH SEYDTAGHIA X @Anouch`, or a bare `-`: a dash then a name in capitals."""
    if not _DASH.match(text):
        return False
    rest = _DASH.sub("", text)
    match = _HANDLE.search(rest)
    if match:
        rest = rest[: match.start()]
    if not rest.strip():
        return True
    words = rest.split()
    return len(words) <= 12 and is_caps(rest, 3) and all(_NAME_TOKEN.match(w) for w in words)


def looks_like_name(text: str) -> bool:
    """A short run of capitalised words (a byline without a dash or `Par`)."""
    words = _BY.sub("", text).split()
    small = {"de", "du", "des", "et", "la", "le", "van", "von", "d’", "d'"}
    return 2 <= len(words) <= 8 and all(
        _NAME_TOKEN.match(word) and (word[:1].isupper() or word in small) for word in words
    )
