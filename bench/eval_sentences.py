"""Measure sentence splitters on the labelled French set: boundary P/R/F1, exact paragraphs, speed.

Usage: .venv/bin/python bench/eval_sentences.py [--errors NAME] [--include-test]

Reads tests/data/sentences_fr.txt (see its header for the format), runs each candidate splitter
on every paragraph and prints one Markdown table per split (dev, held-out test and blind, all).
A boundary is counted as the number of non-space characters before it, so a splitter that
changes spacing is still scored; one that loses or adds characters counts in the "lossy" column.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "sentences_fr.txt"
sys.path.insert(0, str(ROOT))

Splitter = Callable[[str], list[str]]


@dataclass(frozen=True)
class Example:
    """One labelled paragraph: its id, split, tags and gold sentences."""

    ident: str
    split: str
    tags: tuple[str, ...]
    sentences: tuple[str, ...]

    @property
    def text(self) -> str:
        """Return the paragraph as the gold sentences joined with single spaces."""
        return " ".join(self.sentences)


@dataclass
class Score:
    """Counts accumulated over paragraphs for one splitter."""

    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    exact: int = 0
    lossy: int = 0
    total: int = 0

    def row(self) -> tuple[float, float, float, float]:
        """Return precision, recall, F1 and exact-paragraph accuracy."""
        precision = self.true_pos / max(self.true_pos + self.false_pos, 1)
        recall = self.true_pos / max(self.true_pos + self.false_neg, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        return precision, recall, f1, self.exact / max(self.total, 1)


class Unavailable(Exception):
    """A candidate splitter that cannot run here (no offline model)."""


def read_examples(path: Path = DATA) -> list[Example]:
    """Parse the labelled set into examples."""
    examples = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("# ")]
        if not lines or not lines[0].startswith("## "):
            continue
        ident, split, tags = lines[0][3:].split(" ", 2)
        sentences = tuple(" ".join(line.split()) for line in lines[1:] if line.strip())
        examples.append(Example(ident, split, tuple(tags.split(",")), sentences))
    return examples


def boundaries(sentences: list[str] | tuple[str, ...]) -> set[int]:
    """Return sentence ends as counts of non-space characters, the last one excluded."""
    ends, count = set(), 0
    for sentence in sentences:
        count += len("".join(sentence.split()))
        ends.add(count)
    ends.discard(count)
    return ends


def make_placeholder() -> Splitter:
    """Return the naive regex the project started with."""
    boundary = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-ÖØ-Þ])")

    def split(text: str) -> list[str]:
        return [part for part in boundary.split(" ".join(text.split())) if part]

    return split


def make_visavis() -> Splitter:
    """Return the project's rule-based splitter."""
    from visavis.sentences import split_sentences

    return split_sentences


def make_pysbd() -> Splitter:
    """Return pysbd's French rules (clean=False keeps the text as it is)."""
    import pysbd

    segmenter = pysbd.Segmenter(language="fr", clean=False)
    return lambda text: [s for s in segmenter.segment(text) if s.strip()]


def make_spacy() -> Splitter:
    """Return spaCy's rule-based sentencizer on a blank French pipeline."""
    import spacy

    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    return lambda text: [sent.text for sent in nlp(text).sents if sent.text.strip()]


def make_stanza() -> Splitter:
    """Return stanza's French tokenizer, only if its model is already on disk."""
    import stanza

    try:
        nlp = stanza.Pipeline(
            "fr", processors="tokenize", download_method=None, logging_level="ERROR"
        )
    except Exception as error:  # stanza raises several types for a missing model
        raise Unavailable(f"no French model on disk ({type(error).__name__})") from error
    return lambda text: [sentence.text for sentence in nlp(text).sentences]


def make_minisbd() -> Splitter:
    """Return minisbd's French ONNX model, only if it is already in its cache."""
    from minisbd import models

    model = Path(models.cache_dir) / models.MODELS["fr"]
    if not model.is_file():
        raise Unavailable(f"model {model.name} is downloaded at first use; not on disk")
    from minisbd import SBDetect

    detector = SBDetect("fr", use_gpu=False)
    return lambda text: detector.sentences(text)


CANDIDATES: dict[str, tuple[Callable[[], Splitter], str]] = {
    "visavis rules": (make_visavis, "visavis.sentences"),
    "pysbd 0.3.4 (fr)": (make_pysbd, "pysbd"),
    "spaCy sentencizer": (make_spacy, "spacy"),
    "placeholder regex": (make_placeholder, "re"),
    "stanza": (make_stanza, "stanza"),
    "minisbd": (make_minisbd, "minisbd"),
}


def score_examples(split: Splitter, examples: list[Example]) -> Score:
    """Score one splitter on examples."""
    score = Score()
    for example in examples:
        predicted = split(example.text)
        if " ".join(" ".join(s.split()) for s in predicted) != example.text:
            score.lossy += 1
        gold, found = boundaries(example.sentences), boundaries(predicted)
        score.true_pos += len(gold & found)
        score.false_pos += len(found - gold)
        score.false_neg += len(gold - found)
        score.exact += gold == found
        score.total += 1
    return score


def measure_speed(split: Splitter, texts: list[str], budget: float = 1.0) -> float:
    """Return paragraphs per second over the fastest pass on texts, passes filling budget s."""
    best, spent = float("inf"), 0.0
    while spent < budget or best == float("inf"):
        start = time.perf_counter()
        for text in texts:
            split(text)
        elapsed = time.perf_counter() - start
        best, spent = min(best, elapsed), spent + elapsed
    return len(texts) / best


def measure_import(module: str) -> float:
    """Return the time in milliseconds to import module in a fresh interpreter."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return float(result.stdout.strip() or "nan") * 1000


def print_errors(name: str, split: Splitter, examples: list[Example]) -> None:
    """Print the paragraphs a splitter gets wrong, gold then predicted."""
    for example in examples:
        predicted = split(example.text)
        if boundaries(predicted) != boundaries(example.sentences):
            print(f"--- {example.ident} {example.split} {','.join(example.tags)}")
            print("gold:", *example.sentences, sep="\n  | ")
            print(f"{name}:", *predicted, sep="\n  | ")


def print_table(title: str, rows: list[tuple[str, Score, float, float]]) -> None:
    """Print one Markdown table of scores."""
    print(f"\n### {title}\n")
    columns = "precision | recall | F1 | exact paragraphs | lossy | paragraphs/s | import ms"
    print(f"| splitter | {columns} |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, score, speed, import_ms in rows:
        precision, recall, f1, exact = score.row()
        print(
            f"| {name} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {exact:.3f} "
            f"({score.exact}/{score.total}) | {score.lossy} | {speed:,.0f} | {import_ms:,.0f} |"
        )


def main(argv: list[str] | None = None) -> int:
    """Run every available candidate and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", metavar="NAME", help="print the mistakes of one splitter")
    parser.add_argument("--include-test", action="store_true", help="with --errors: test too")
    args = parser.parse_args(argv)
    examples = read_examples()
    splits = {
        "dev (tuned on)": [e for e in examples if e.split == "dev"],
        "test (held out)": [e for e in examples if e.split == "test"],
        "blind (written after the rules were frozen)": [e for e in examples if e.split == "blind"],
        "held out (test + blind)": [e for e in examples if e.split != "dev"],
        "all": examples,
    }
    print(f"{len(examples)} paragraphs, {sum(len(e.sentences) for e in examples)} sentences")
    results: dict[str, list[tuple[str, Score, float, float]]] = {key: [] for key in splits}
    for name, (factory, module) in CANDIDATES.items():
        try:
            split = factory()
        except (Unavailable, ImportError) as error:
            print(f"- {name}: not measured: {error}")
            continue
        if args.errors and args.errors.lower() in name.lower():
            shown = examples if args.include_test else splits["dev (tuned on)"]
            print_errors(name, split, shown)
        speed = measure_speed(split, [e.text for e in examples])
        import_ms = measure_import(module)
        for key, subset in splits.items():
            results[key].append((name, score_examples(split, subset), speed, import_ms))
    for key, rows in results.items():
        print_table(f"{key}: {len(splits[key])} paragraphs", rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
