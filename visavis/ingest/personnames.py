"""Whether a short line is a person's name: two to five capitalised words, particles
allowed (`Marie-Ève Lavoie`, `Jean de La Fontaine`), no article, preposition or conjunction
first (`Le Temps`, `Depuis Genève`, `Selon Marc Dubois` open a title or a sentence).
"""

from __future__ import annotations

import re

_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|[A-ZÀ-Þ]\.)$")
_PARTICLES = frozenset({"de", "du", "des", "d’", "d'", "van", "von", "der", "den", "ben", "ould"})
_NOT_FIRST = frozenset(
    {"le", "la", "les", "l’", "l'", "un", "une", "des", "du", "au", "aux", "à", "en", "pour"}
    # `A Lausanne, …`: a capital À written without its accent, as Swiss papers print it
    | {"a"}
    # prepositions and conjunctions that open a headline, never a name (`Depuis Genève …`)
    | {"depuis", "selon", "dans", "mais", "sur", "sous", "avec", "sans", "vers", "chez", "après"}
    | {"avant", "entre", "contre", "pendant", "et", "ou", "quand", "comment", "pourquoi"}
    # what befell the person a headline names (`Mort de Jean Dupont, figure du rugby`)
    | {"mort", "décès", "disparition", "obsèques", "funérailles", "adieu", "hommage", "procès"}
    | {"affaire", "assassinat", "meurtre", "arrestation", "démission", "nomination", "départ"}
)


def looks_like_person(text: str) -> bool:
    """Two to five capitalised words, particles allowed, no article first: `Marie-Ève Lavoie`."""
    words = text.split()
    if not 2 <= len(words) <= 5 or words[0].lower() in _NOT_FIRST:
        return False
    if words[0].lower().startswith(("l’", "l'")):
        return False
    return all(_NAME_TOKEN.match(word) or word.lower() in _PARTICLES for word in words) and (
        _NAME_TOKEN.match(words[-1]) is not None
    )
