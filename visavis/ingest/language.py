"""Which language an article is written in, with py3langid (its model ships in the wheel)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Fewer words than this are not judged: a short text's language is a guess.
MIN_WORDS = 12
#: A language other than the edition's is reported only when the identifier is this sure.
MIN_PROBABILITY = 0.95


@dataclass(frozen=True)
class LanguageGuess:
    """The language found in a text and how sure the identifier is (0–1)."""

    code: str
    probability: float


def load_identifier() -> Any:
    """py3langid's identifier with normalised probabilities (loads its model: ~0.5 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(identifier: Any, text: str) -> LanguageGuess | None:
    """The language of `text`, or None when the text is too short to tell."""
    if len(text.split()) < MIN_WORDS:
        return None
    code, probability = identifier.classify(text)
    return LanguageGuess(str(code), float(probability))


def is_other_language(guess: LanguageGuess | None, expected: str) -> bool:
    """True when the identifier is sure the text is not in the `expected` language."""
    return guess is not None and guess.code != expected and guess.probability >= MIN_PROBABILITY
