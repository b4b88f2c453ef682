"""The engine the translate stage uses: the installed Argos model, the glossary's placeholders
around it, and the repair of degenerate outputs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .config import Config
from .glossary import Glossary, Protected, memory_key, protect_terms, restore_terms
from .glossary_load import load_glossary
from .memory import Translated
from .repair import repair_outputs


class ArgosEngine:
    """The installed Argos model for the configured pair, loaded on first translate call."""

    def __init__(
        self, config: Config, repair: bool = True, glossary: Glossary | None = None
    ) -> None:
        from . import engine

        self._engine = engine
        self.config = config
        self.glossary: Glossary = load_glossary(config) if glossary is None else glossary
        self.repair = repair
        self.model = engine.ensure_model(
            config.source_lang,
            config.target_lang,
            float(config.index_timeout),
            str(config.model_package),
        )
        self.code = self.model.code
        self.version = self.model.version
        self.label = self.model.label
        self.memory_key = engine.model_fingerprint(self.model)
        self.engine_version = engine.engine_version()
        #: What the last translations were, beside their text (length limit, repair).
        self.outcomes: dict[str, Translated] = {}
        self._translator: Any = None

    def key_for(self, sentence: str) -> str:
        """The translation memory's key for a sentence (the glossary entries it holds too)."""
        return memory_key(self.memory_key, self.glossary.applying(sentence))

    def translate(
        self, sentences: list[str], progress: Callable[[int], None] | None = None
    ) -> list[str]:
        """Load the model once, then translate; what else each translation is (stopped at the
        length limit, repaired) is kept in `outcomes`, to be recorded with it."""
        done = self.translate_outcomes(sentences, progress)
        self.outcomes.update(zip(sentences, done, strict=True))
        return [outcome.target for outcome in done]

    def translate_outcomes(
        self, sentences: list[str], progress: Callable[[int], None] | None = None
    ) -> list[Translated]:
        """Translate with the glossary's terms protected, then repair degenerate outputs."""
        if self._translator is None:
            self._translator = self._engine.Translator(self.model, int(self.config.batch_tokens))
        return translate_protected(
            self._translator, sentences, self.glossary, self.repair, progress
        )


def translate_protected(
    translator: Any,
    sentences: list[str],
    glossary: Glossary,
    repair: bool = True,
    progress: Callable[[int], None] | None = None,
) -> list[Translated]:
    """Translate with the glossary's terms replaced by placeholders (a sentence whose
    placeholders the model lost is translated again unprotected: a lost placeholder never
    costs a term), then, with `repair`, decode degenerate outputs again with the guards."""
    inputs = [protect_terms(sentence, glossary) for sentence in sentences]
    first = decode_protected(translator, inputs, {}, progress)
    lost = [index for index, outcome in enumerate(first) if outcome is None]
    for index in lost:
        inputs[index] = Protected(sentences[index])
    again = decode_protected(translator, [inputs[index] for index in lost], {}, None)
    for index, outcome in zip(lost, again, strict=True):
        first[index] = outcome
    outputs = [outcome or Translated("") for outcome in first]
    if not repair:
        return outputs

    def decode(indices: list[int], options: dict[str, Any]) -> list[Translated | None]:
        return decode_protected(translator, [inputs[index] for index in indices], options, None)

    return repair_outputs(sentences, outputs, decode)


def decode_protected(
    translator: Any,
    inputs: list[Protected],
    decoding: dict[str, Any],
    progress: Callable[[int], None] | None,
) -> list[Translated | None]:
    """Translate protected texts and restore their terms (None: a placeholder was lost)."""
    if not inputs:
        return []
    marked = translator.translate_marked([p.text for p in inputs], progress, decoding)
    results: list[Translated | None] = []
    for protected, (text, cut) in zip(inputs, marked, strict=True):
        restored = restore_terms(text, protected) if protected.english else text
        results.append(None if restored is None else Translated(restored, cut))
    return results


def open_argos_engine(config: Config, glossary: Glossary | None = None) -> ArgosEngine:
    """Find (or install from the index) the configured model; raise a clear error if none.
    The translate stage hands over the glossary it loaded, so it is read once per build."""
    return ArgosEngine(config, glossary=glossary)
