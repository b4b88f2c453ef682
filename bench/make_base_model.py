"""Build a random-weight fr→en Argos package with the shape of OPUS-MT base, for benchmarks.

Shape: Transformer, 6 encoder + 6 decoder layers, d_model 512, 8 heads, FFN 2048, pre-norm
(as OpenNMT-py, which Argos's own models are trained with), ReLU, a shared 60,000-entry
vocabulary with tied embeddings, int8. The SentencePiece model is trained on the synthetic
corpus (bench/make_edition.py); it cannot reach 60k pieces on so small a vocabulary, so the
model's vocabulary is its pieces padded with synthetic tokens up to 60,000 (same matrix sizes,
hence the same compute per step, as the real package).

Random weights never learn to stop, and when they do stop it is at random: the `</s>` logit
is pinned to -10,000 (projection bias) so that every sentence decodes to exactly the cap
(`max_decoding_length`, set by each benchmark), making the work identical in every variant.

The `.argosmodel` (metadata.json, model/, sentencepiece.model) goes to bench/out/ (gitignored),
is cached there, and is never committed.

Usage: .venv/bin/python bench/make_base_model.py [--out PATH] [--force]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from make_edition import article_sentences, make_article  # noqa: E402

DEFAULT_OUT = BENCH / "out" / "translate-fr_en-base-random.argosmodel"
PACKAGE_DIR_NAME = "translate-fr_en-base-random"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
SEED = 1234

NUM_LAYERS = 6
D_MODEL = 512
NUM_HEADS = 8
FFN_DIM = 2048
VOCAB_SIZE = 60_000
SP_VOCAB_SIZE = 8_000  # asked for; the synthetic corpus gives fewer (hard_vocab_limit off)
CORPUS_ARTICLES = 400
UNK_ID, BOS_ID, EOS_ID, PAD_ID = 0, 1, 2, 3
EOS_BIAS = -1.0e4

METADATA = {
    "package_version": "1.9",
    "argos_version": "1.9",
    "from_code": "fr",
    "from_name": "French",
    "to_code": "en",
    "to_name": "English",
    "type": "translate",
    "code": "translate-fr_en",
    "name": "French→English, random weights (benchmark only)",
}


def write_corpus(path: Path) -> int:
    """Both sides of the first CORPUS_ARTICLES synthetic articles, one sentence per line."""
    lines: list[str] = []
    for paragraph in article_sentences(CORPUS_ARTICLES):
        lines.extend(paragraph)
    for index in range(1, CORPUS_ARTICLES + 1):
        article = make_article(index)
        lines.extend(line for block in article.blocks_en for line in block.lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def train_sentencepiece(work: Path) -> Path:
    """A BPE SentencePiece model over the synthetic corpus (deterministic, one thread)."""
    import sentencepiece as spm

    corpus = work / "corpus.txt"
    write_corpus(corpus)
    prefix = work / "sentencepiece"
    spm.set_random_generator_seed(SEED)
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(prefix),
        model_type="bpe",
        vocab_size=SP_VOCAB_SIZE,
        hard_vocab_limit=False,
        character_coverage=1.0,
        unk_id=UNK_ID,
        bos_id=BOS_ID,
        eos_id=EOS_ID,
        pad_id=PAD_ID,
        num_threads=1,
        minloglevel=2,
    )
    return prefix.with_suffix(".model")


def model_vocabulary(sp_model: Path) -> list[str]:
    """The SentencePiece pieces, padded with synthetic tokens up to VOCAB_SIZE entries."""
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_file=str(sp_model))
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    filler = (f"▁zz{index:05d}" for index in range(VOCAB_SIZE))
    vocab = list(pieces)
    known = set(vocab)
    for token in filler:
        if len(vocab) >= VOCAB_SIZE:
            break
        if token not in known:
            vocab.append(token)
    return vocab


def build_spec(vocab_size: int):
    """A TransformerSpec of OPUS-MT base shape filled with seeded random weights."""
    from ctranslate2.specs import common_spec, transformer_spec

    rng = np.random.default_rng(SEED)

    def matrix(rows: int, cols: int, scale: float = 0.02) -> np.ndarray:
        return (rng.standard_normal((rows, cols), dtype=np.float32) * scale).astype(np.float32)

    def vector(size: int, scale: float = 0.02) -> np.ndarray:
        return (rng.standard_normal(size, dtype=np.float32) * scale).astype(np.float32)

    def set_linear(spec, rows: int, cols: int) -> None:
        spec.weight = matrix(rows, cols)
        spec.bias = vector(rows)

    def set_norm(spec) -> None:
        spec.gamma = np.ones(D_MODEL, dtype=np.float32)
        spec.beta = np.zeros(D_MODEL, dtype=np.float32)

    def set_ffn(spec) -> None:
        set_norm(spec.layer_norm)
        set_linear(spec.linear_0, FFN_DIM, D_MODEL)
        set_linear(spec.linear_1, D_MODEL, FFN_DIM)

    spec = transformer_spec.TransformerSpec.from_config(
        (NUM_LAYERS, NUM_LAYERS), NUM_HEADS, pre_norm=True, activation=common_spec.Activation.RELU
    )
    spec.config.layer_norm_epsilon = 1e-6
    embeddings = matrix(vocab_size, D_MODEL, scale=D_MODEL**-0.5)  # shared, as in Argos models
    spec.encoder.embeddings[0].weight = embeddings
    for layer in spec.encoder.layer:
        set_norm(layer.self_attention.layer_norm)
        set_linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)
        set_linear(layer.self_attention.linear[1], D_MODEL, D_MODEL)
        set_ffn(layer.ffn)
    set_norm(spec.encoder.layer_norm)
    spec.decoder.embeddings.weight = embeddings
    for layer in spec.decoder.layer:
        set_norm(layer.self_attention.layer_norm)
        set_linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)
        set_linear(layer.self_attention.linear[1], D_MODEL, D_MODEL)
        set_norm(layer.attention.layer_norm)
        set_linear(layer.attention.linear[0], D_MODEL, D_MODEL)
        set_linear(layer.attention.linear[1], 2 * D_MODEL, D_MODEL)
        set_linear(layer.attention.linear[2], D_MODEL, D_MODEL)
        set_ffn(layer.ffn)
    set_norm(spec.decoder.layer_norm)
    spec.decoder.projection.weight = embeddings
    bias = np.zeros(vocab_size, dtype=np.float32)
    bias[EOS_ID] = EOS_BIAS
    spec.decoder.projection.bias = bias
    return spec


def write_package(package_dir: Path, sp_model: Path) -> int:
    """Lay out metadata.json, model/, sentencepiece.model and README.md; return vocab size."""
    vocab = model_vocabulary(sp_model)
    spec = build_spec(len(vocab))
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization="int8")
    (package_dir / "model").mkdir(parents=True)
    spec.save(str(package_dir / "model"))
    (package_dir / "sentencepiece.model").write_bytes(sp_model.read_bytes())
    (package_dir / "metadata.json").write_text(json.dumps(METADATA, indent=2) + "\n", "utf-8")
    (package_dir / "README.md").write_text(
        "# Benchmark-only package\n\nRandom weights with the shape of OPUS-MT base. It does not "
        "translate. Built by visavis's bench/make_base_model.py.\n",
        "utf-8",
    )
    return len(vocab)


def zip_package(package_dir: Path, out: Path) -> None:
    """Zip the package folder as one top-level folder, with fixed timestamps."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
        for path in sorted(p for p in package_dir.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{package_dir.name}/{path.relative_to(package_dir).as_posix()}")
            info.date_time = ZIP_DATE
            info.external_attr = 0o644 << 16
            with path.open("rb") as source, archive.open(info, "w") as target:
                while chunk := source.read(1 << 20):
                    target.write(chunk)
    partial.replace(out)


def ensure_base_model(out: Path = DEFAULT_OUT, force: bool = False) -> Path:
    """Return the cached package, building it first if it is missing (or `force`)."""
    if out.exists() and not force:
        return out
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="visavis-base-model-") as tmp:
        work = Path(tmp)
        sp_model = train_sentencepiece(work)
        package_dir = work / PACKAGE_DIR_NAME
        size = write_package(package_dir, sp_model)
        zip_package(package_dir, out)
    elapsed = time.perf_counter() - started
    print(f"built {out} ({out.stat().st_size / 1e6:.0f} MB, vocab {size}) in {elapsed:.0f}s")
    return out


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the benchmark model package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    args = parser.parse_args(argv)
    path = ensure_base_model(args.out, args.force)
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
