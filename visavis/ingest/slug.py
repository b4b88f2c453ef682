"""Slugs: ascii, lowercase, hyphenated, short, safe as a file name."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_CHARS = 80
_LIGATURES = str.maketrans(
    {
        "œ": "oe",
        "Œ": "Oe",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "ł": "l",
        "Ł": "L",
    }
)


def make_slug(text: str, max_chars: int = MAX_SLUG_CHARS) -> str:
    """`Mistral AI lève un coin de voile` → `mistral-ai-leve-un-coin-de-voile`."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_chars:
        cut = slug[: max_chars + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut[1:] else slug[:max_chars]
    return slug.strip("-")
