"""Repair: a sentence whose output degenerated is translated once more with CTranslate2's guards.

Degenerate means a loop (a word or phrase repeated in a row, a run of punctuation, as the
`repetition` check reads it) or a decoding that stopped at the length limit. The second
decoding forbids any repeated 3-gram (`no_repeat_ngram_size`), the setting that
`bench/eval_review.py --repair` measured best (docs/review.md); its output is kept only when it
is no longer degenerate, and the memory and the article's record say so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .checks import check_repetition, plain_text
from .memory import Translated

#: The decoding options of a repair (passed to `ctranslate2.Translator.translate_iterable`).
REPAIR_DECODING: dict[str, Any] = {"no_repeat_ngram_size": 3}


def degeneracy(source: str, translated: Translated) -> str | None:
    """Why an output needs a repair (`repetition`, `length-limit`), or None."""
    if check_repetition(plain_text(source), plain_text(translated.target)) is not None:
        return "repetition"
    return "length-limit" if translated.length_limited else None


def describe(decoding: dict[str, Any]) -> str:
    """Decoding options as recorded: `no_repeat_ngram_size=3`."""
    return " ".join(f"{name}={value}" for name, value in sorted(decoding.items()))


def repair_outputs(
    sources: Sequence[str],
    outputs: list[Translated],
    decode: Callable[[list[int], dict[str, Any]], list[Translated | None]],
    decoding: dict[str, Any] = REPAIR_DECODING,
) -> list[Translated]:
    """The outputs, each degenerate one replaced by its second decoding when that one is not
    degenerate. `decode(indices, options)` translates the sentences at `indices` again (None
    where the result cannot be used)."""
    reasons = {i: why for i, out in enumerate(outputs) if (why := degeneracy(sources[i], out))}
    if not reasons:
        return outputs
    indices = sorted(reasons)
    repaired = list(outputs)
    for index, again in zip(indices, decode(indices, decoding), strict=True):
        if again is not None and degeneracy(sources[index], again) is None:
            how = f"{reasons[index]}: {describe(decoding)}"
            repaired[index] = Translated(again.target, again.length_limited, how)
    return repaired
