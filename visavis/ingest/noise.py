"""Lines that are not part of any article: export footers, image placeholders, web-page chrome."""

from __future__ import annotations

import re

from .draft import Draft
from .lines import Chunk, Line

#: PressReader export furniture: image placeholders and the footer lines.
_PRESSREADER = [
    r"(?:\?{1,3}\s*)+",
    r"newspapers in [a-z]+",
    r"newspapers from [a-z][a-z .'-]*",
    r"©\s*pressreader\.? all rights reserved\.?",
    r"printed and distributed by pressreader.*",
    r"pressreader\.com.*",
    r"copyright and protected by applicable law\.?",
    r"(?:©|\(c\))\s*(?:\d{4}\s+)?pressreader.*",
]
#: An image placeholder left at the end of a paragraph: `… requises. ?? ??`.
_TRAILING_PLACEHOLDER = re.compile(r"(?<=[.!?…»”:])(?:\s+\?\?\?{0,1}){2,}$")

#: Web page chrome copied along with an article.
_WEB = [
    r"(?:logo|sections?|menu|rechercher|recherche|search|partager|share|facebook|twitter|x|"
    r"linkedin|whatsapp|e-?mail|imprimer|print|copier le lien|fermer|close|accueil|home|"
    r"s['’]abonner|se connecter|connexion|mon compte|newsletters?|publicité|advertisement|"
    r"écouter cet article|écouter|offrir cet article|commenter|réagir|suivre|ajouter à mes favoris|"
    r"lecture zen|votre navigateur ne supporte pas.*|"
    r"réservé aux abonnés|article réservé aux abonnés|abonnés|premium|exclusif abonnés)",
    r"(?:lire|voir) aussi\s*[:\-–—].*",
    r"(?:à lire|a lire) aussi\s*[:\-–—].*",
    r"(?:lire|voir) aussi",
    r"(?:temps de )?lecture\s*:?\s*\d+\s*min(?:utes?)?\.?",
    r"\d+\s*min(?:utes?)?\s+(?:de lecture|read|à lire)\.?",
    r"(?:il y a|publié il y a)\s+\d+\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois)",
    r"\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago",
    r"(?:mis à jour|updated)\s+il y a\s+.*",
    r"abonnez-vous.*",
    r"recevez (?:chaque|gratuitement|notre|nos|toute).{0,80}",
    r"inscrivez-vous (?:à|pour).{0,80}",
    r"(?:déjà abonné|deja abonne)\s*\??.*",
    r"(?:pour lire|la suite de cet article|cet article est réservé|il vous reste)"
    r".*(?:abonn|lire).*",
    r"(?:offre|essai) (?:spéciale|découverte|gratuit).*",
    r"(?:photo|image|illustration|crédit|credit)s?\s*:.*",
    r"©\s*\S.{0,80}",
    r"(?:afp|reuters|keystone|getty images|keystone-ats|ats)(?:\s*/\s*[\w .-]+)?",
    r"(?:tél\.?|tel\.?|téléphone|phone)\s*:?\s*[+\d][\d .]{6,}",
    r"\+?\d{2}[\d .]{8,}\d",
    r"tous droits réservés.*",
    r"(?:cookies?|accepter|refuser|paramétrer).{0,40}",
]

_UPDATED = re.compile(r"^(?:mis à jour|modifié|actualisé|updated)\b.{0,60}$", re.IGNORECASE)
_STREET = r"(?i:rue|avenue|av\.|bd|boulevard|place|chemin|route|quai|allée|impasse|cours)"
_POSTCODE = r"(?:CH-|F-)?\d{4,5}\s+[A-ZÀ-Þ][\w' -]{1,30}"
_ADDRESS = re.compile(
    rf"^(?:\d{{1,4}}(?:\s?bis|\s?ter)?,?\s+{_STREET}\b.{{0,80}}"
    rf"|{_STREET}\b[^.!?]{{0,50}}\s{_POSTCODE}|{_POSTCODE})$"
)
_PRESSREADER_RE = re.compile("|".join(f"(?:{p})" for p in _PRESSREADER), re.IGNORECASE)
_WEB_RE = re.compile("|".join(f"(?:{p})" for p in _WEB), re.IGNORECASE)
_COUNTRY = re.compile(r"newspapers from ([a-z][a-z .'-]*)", re.IGNORECASE)


def is_pressreader_noise(text: str) -> bool:
    """Whether a whole line is PressReader export furniture."""
    return _PRESSREADER_RE.fullmatch(text.strip()) is not None


def is_web_noise(text: str) -> bool:
    """Whether a whole line is chrome from a copied web page (banners, addresses, …)."""
    if _UPDATED.match(text.strip()) or _ADDRESS.match(text.strip()):
        return True
    return (
        _WEB_RE.fullmatch(text.strip().rstrip(" .:")) is not None
        or _WEB_RE.fullmatch(text.strip()) is not None
    )


def is_noise(text: str) -> bool:
    """Whether a line is recognised noise of any kind."""
    return is_pressreader_noise(text) or is_web_noise(text)


def find_country(text: str) -> str | None:
    """The country named by a `Newspapers from <Country>` footer line, if this is one."""
    match = _COUNTRY.fullmatch(text.strip())
    return match.group(1).strip() if match else None


def strip_pressreader_noise(chunks: list[Chunk], draft: Draft) -> list[Chunk]:
    """Drop image placeholders and footer lines; a `Newspapers from X` line gives the country."""
    kept: list[Chunk] = []
    for chunk in chunks:
        lines = []
        for line in chunk:
            country = find_country(line.text)
            if country:
                draft.country = country
            if not is_pressreader_noise(line.text):
                lines.append(_strip_placeholder(line, draft))
        if lines:
            kept.append(tuple(lines))
    return kept


def _strip_placeholder(line: Line, draft: Draft) -> Line:
    """Remove a `?? ??` image placeholder glued to the end of a paragraph."""
    text = _TRAILING_PLACEHOLDER.sub("", line.text)
    if text == line.text:
        return line
    draft.warn("removed an image placeholder `?? ??` at the end of the line", line.number)
    return Line(line.number, text.rstrip())
