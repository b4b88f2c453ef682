"""The translation engine: Argos Translate packages, run with CTranslate2 and their tokenizer.

Argos supplies the model management (index, download, install, locate) and each package's
SentencePiece/BPE tokenizer; sentences go to `ctranslate2.Translator.translate_batch` many at
a time. `argostranslate` is imported lazily: importing its settings creates folders.
"""

from __future__ import annotations

import json
import logging
import os
import urllib.request
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import TranslationError

log = logging.getLogger(__name__)

INSTALL_HINT = (
    "on a machine with internet, download the package (e.g. translate-fr_en-*.argosmodel from "
    "the Argos Translate package index), then run: python build.py install-model PATH.argosmodel"
)
#: Argos's own decoding settings for packaged models (argostranslate.translate).
LENGTH_PENALTY = 0.2
MAX_DECODING_LENGTH = 256
#: The longest input, in tokens, sent to the model at once: models take 512 positions
#: (OPUS-MT, Argos's packages); a longer sentence is cut into pieces for the model only (the
#: content file keeps it as one sentence, and its translation is the pieces' joined).
MAX_INPUT_TOKENS = 400
_CLAUSE_END = (",", ";", ":", "—", "–", ")", "»")


@dataclass(frozen=True)
class ModelInfo:
    """An installed Argos package: where it is and what it is."""

    path: Path
    code: str
    version: str
    from_code: str
    to_code: str

    @property
    def label(self) -> str:
        """The model's name as recorded in translations, e.g. `translate-fr_en 1.9`."""
        return f"{self.code} {self.version}".strip()


def argos_settings() -> Any:
    """Import and return `argostranslate.settings` (creates Argos's folders on first use)."""
    from argostranslate import settings

    return settings


def engine_version() -> str:
    """Versions of Argos Translate and CTranslate2, for provenance."""
    from importlib.metadata import version

    return f"argostranslate {version('argostranslate')}, ctranslate2 {version('ctranslate2')}"


def find_model(from_code: str, to_code: str) -> ModelInfo | None:
    """Return the installed Argos package translating from_code→to_code, if any."""
    from argostranslate import package

    try:
        installed = package.get_installed_packages()
    except (OSError, ValueError) as error:
        raise TranslationError(
            "an installed Argos package is broken",
            argos_settings().package_data_dir,
            hint="remove the broken folder, then install the model again",
            reasons=[str(error)],
        ) from error
    for pkg in sorted(installed, key=lambda p: str(p.package_path)):
        if pkg.type == "translate" and pkg.from_code == from_code and pkg.to_code == to_code:
            return _model_info(pkg)
    return None


def model_fingerprint(model: ModelInfo) -> str:
    """A key for the translation memory that changes whenever the model's weights do."""
    weights = model.path / "model" / "model.bin"
    size = weights.stat().st_size if weights.exists() else 0
    return f"{model.label} {size}"


def _model_info(pkg: Any) -> ModelInfo:
    code = pkg.code or f"translate-{pkg.from_code}_{pkg.to_code}"
    return ModelInfo(
        Path(pkg.package_path), code, str(pkg.package_version), pkg.from_code, pkg.to_code
    )


def install_model_file(path: Path) -> ModelInfo:
    """Install a local `.argosmodel` file after checking that it is a real Argos package."""
    metadata = read_package_metadata(path)
    from argostranslate import package

    package.install_from_path(path)
    model = find_model(metadata["from_code"], metadata["to_code"])
    if model is None:
        raise TranslationError("package installed but Argos cannot find it", path)
    return model


def read_package_metadata(path: Path) -> dict[str, Any]:
    """Read `metadata.json` from an `.argosmodel` zip, or raise a clear TranslationError."""
    if not path.is_file():
        raise TranslationError("no such model file", path)
    if not zipfile.is_zipfile(path):
        raise TranslationError("not an Argos model package (not a zip archive)", path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        meta_names = [n for n in names if n.count("/") == 1 and n.endswith("/metadata.json")]
        if not meta_names:
            raise TranslationError("not an Argos model package (no metadata.json)", path)
        top = meta_names[0].split("/")[0]
        if not any(n.startswith(f"{top}/model/") for n in names):
            raise TranslationError("not an Argos model package (no model/ folder)", path)
        unsafe = [n for n in names if n.startswith("/") or ".." in Path(n).parts]
        if unsafe:
            raise TranslationError(f"model package has unsafe paths: {unsafe[0]!r}", path)
        try:
            metadata = json.loads(archive.read(meta_names[0]).decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as error:
            raise TranslationError("model package metadata.json is not valid JSON", path) from error
    if (
        not isinstance(metadata, dict)
        or not metadata.get("from_code")
        or not metadata.get("to_code")
    ):
        raise TranslationError("model package metadata.json lacks from_code/to_code", path)
    return metadata


def _version_key(version: str) -> tuple[int, ...]:
    """Sort key putting the highest version first ('1.9' before '1.0')."""
    parts = [int(part) if part.isdigit() else 0 for part in str(version).split(".")]
    return tuple(-part for part in parts)


def install_from_index(
    from_code: str, to_code: str, timeout: float, package_code: str = "translate-fr_en"
) -> ModelInfo:
    """Download and install the package for a language pair from the Argos package index."""
    settings = argos_settings()
    index_url = settings.remote_package_index
    try:
        with urllib.request.urlopen(index_url, timeout=timeout) as response:
            index_bytes = response.read()
    except OSError as error:
        raise TranslationError(
            f"no {from_code}→{to_code} translation model is installed, and the Argos package "
            "index cannot be reached (offline?)",
            hint=INSTALL_HINT,
            reasons=[f"{index_url}: {error}"],
        ) from error
    Path(settings.local_package_index).write_bytes(index_bytes)
    from argostranslate import package

    candidates = [
        p
        for p in package.get_available_packages()
        if p.type == "translate" and p.from_code == from_code and p.to_code == to_code
    ]
    if not candidates:
        raise TranslationError(f"the Argos package index has no {from_code}→{to_code} package")
    # The configured package if the index has it, else the newest for the pair.
    candidates.sort(key=lambda p: (p.code != package_code, _version_key(p.package_version)))
    chosen = candidates[0]
    log.info("downloading Argos package %s %s …", chosen.code, chosen.package_version)
    package.install_from_path(chosen.download())
    model = find_model(from_code, to_code)
    if model is None:
        raise TranslationError("downloaded package could not be found after installing")
    log.info("installed %s", model.label)
    return model


def ensure_model(
    from_code: str, to_code: str, timeout: float, package_code: str = "translate-fr_en"
) -> ModelInfo:
    """Return the installed model for the pair, installing it from the index if needed."""
    return find_model(from_code, to_code) or install_from_index(
        from_code, to_code, timeout, package_code
    )


def thread_settings(settings: Any) -> tuple[int, int]:
    """(inter_threads, intra_threads): Argos's settings when the user gave any; otherwise, on a
    CPU, one single-threaded worker per core, which measured faster than one worker using
    every core (docs/benchmarks.md)."""
    chosen = [settings.get_setting(name) for name in ("ARGOS_INTER_THREADS", "ARGOS_INTRA_THREADS")]
    if settings.device != "cpu" or any(value is not None for value in chosen):
        return settings.inter_threads, settings.intra_threads
    return max(1, os.cpu_count() or 1), 1


def split_for_model(tokens: list[str], limit: int) -> list[list[str]]:
    """Cut a tokenized sentence longer than `limit` into pieces the model accepts: after a
    clause's punctuation in the second half of each window, else before a word, else at the
    limit. A sentence within the limit is one piece."""
    pieces: list[list[str]] = []
    start = 0
    while len(tokens) - start > limit:
        window = tokens[start : start + limit]
        cut = next(
            (i + 1 for i in range(limit - 1, limit // 2, -1) if window[i].endswith(_CLAUSE_END)),
            None,
        )
        if cut is None:
            cut = next((i for i in range(limit - 1, 0, -1) if window[i].startswith("▁")), limit)
        pieces.append(tokens[start : start + cut])
        start += cut
    pieces.append(tokens[start:])
    return pieces


class Translator:
    """A loaded CTranslate2 model with its Argos tokenizer; translates sentence lists."""

    def __init__(self, model: ModelInfo, batch_tokens: int = 1024) -> None:
        self.model = model
        self.batch_tokens = batch_tokens
        self._settings = argos_settings()
        self._package, self._translator = self._load()

    def _load(self) -> tuple[Any, Any]:
        import ctranslate2
        from argostranslate import package

        try:
            pkg = package.Package(self.model.path)
            if not hasattr(pkg, "tokenizer"):
                raise FileNotFoundError("no sentencepiece.model or bpe.model in the package")
            inter_threads, intra_threads = thread_settings(self._settings)
            translator = ctranslate2.Translator(
                str(self.model.path / "model"),
                device=self._settings.device,
                inter_threads=inter_threads,
                intra_threads=intra_threads,
                compute_type=self._settings.compute_type,
            )
        except (OSError, RuntimeError, ValueError) as error:
            raise TranslationError(
                f"cannot load the translation model {self.model.label}",
                self.model.path,
                hint="the package looks corrupted: install it again",
                reasons=[str(error)],
            ) from error
        return pkg, translator

    def translate(
        self, sentences: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> list[str]:
        """Translate sentences in token batches, results in input order.

        One stream for the whole run (`translate_iterable`): CTranslate2 sorts by length,
        prefetches batches and keeps every worker busy to the end.
        """
        return [text for text, _ in self.translate_marked(sentences, progress)]

    def translate_marked(
        self,
        sentences: Sequence[str],
        progress: Callable[[int], None] | None = None,
        decoding: dict[str, Any] | None = None,
    ) -> list[tuple[str, bool]]:
        """Like `translate`, each translation with whether its decoding (of any of its pieces)
        stopped at `MAX_DECODING_LENGTH` instead of ending by itself; `decoding`: more
        options of `ctranslate2.Translator.translate_iterable` (a repair's guards)."""
        tokenizer = self._package.tokenizer
        pieces: list[list[str]] = []
        owners: list[int] = []
        for index, sentence in enumerate(sentences):
            for piece in split_for_model(tokenizer.encode(sentence), MAX_INPUT_TOKENS):
                pieces.append(piece)
                owners.append(index)
        joined: list[list[str]] = [[] for _ in sentences]
        stopped = [False] * len(sentences)
        results = self._translate_pieces(pieces, progress, decoding or {})
        for owner, (text, cut) in zip(owners, results, strict=True):
            joined[owner].append(text)
            stopped[owner] = stopped[owner] or cut
        return [(" ".join(parts), cut) for parts, cut in zip(joined, stopped, strict=True)]

    def _translate_pieces(
        self,
        tokenized: list[list[str]],
        progress: Callable[[int], None] | None,
        decoding: dict[str, Any],
    ) -> list[tuple[str, bool]]:
        """Translate tokenized inputs in one stream, results in input order, each with whether
        it stopped at the length limit."""
        prefix = self._package.target_prefix
        results: list[tuple[str, bool]] = []
        try:
            stream = self._translator.translate_iterable(
                tokenized,
                target_prefix=[[prefix]] * len(tokenized) if prefix else None,
                max_batch_size=self.batch_tokens,
                batch_type="tokens",
                replace_unknowns=True,
                beam_size=self._settings.beam_size,
                num_hypotheses=1,
                length_penalty=LENGTH_PENALTY,
                max_decoding_length=MAX_DECODING_LENGTH,
                **decoding,
            )
            for result in stream:
                tokens = result.hypotheses[0]
                # A decoding that ends by itself spends its last step on the end token, so a
                # hypothesis as long as the limit (target prefix included) was cut there.
                results.append((self._decode(tokens, prefix), len(tokens) >= MAX_DECODING_LENGTH))
                if progress is not None:
                    progress(1)
        except (RuntimeError, ValueError) as error:
            raise TranslationError(
                f"the translation engine failed on model {self.model.label}", reasons=[str(error)]
            ) from error
        return results

    def _decode(self, tokens: list[str], prefix: str) -> str:
        """Detokenize one hypothesis."""
        tokenizer = self._package.tokenizer
        if hasattr(tokenizer, "lazy_processor"):  # SentencePiece: decode without Argos's
            text = tokenizer.lazy_processor().decode_pieces(tokens)  # "_" → " " rewrite
        else:
            text = tokenizer.decode(tokens)
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        return " ".join(text.split())
