"""The glossary check: a pinned term of the French whose required English is not there."""

from __future__ import annotations

from ..glossary import Glossary, has_form
from .text import Flag


def check_glossary(source: str, target: str, glossary: Glossary) -> Flag | None:
    """Every term of the French whose English form (or the term itself, when kept) the English
    lacks, named in one flag."""
    missing = [term for term in glossary.applying(source) if not has_form(target, term)]
    if not missing:
        return None
    named = ", ".join(
        f"{term.french!r} kept as is" if term.keep else f"{term.french!r} → {term.english!r}"
        for term in missing
    )
    return Flag(
        "glossary",
        f"glossary term not respected: {named}",
        french_marks=tuple(term.french for term in missing),
    )
