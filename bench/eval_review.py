"""Precision and recall of `build.py review`'s checks on the labelled set, and their cost.

    .venv/bin/python bench/eval_review.py            # table per reason, false flags, timing
    .venv/bin/python bench/eval_review.py --errors   # also every disagreement with the labels
    .venv/bin/python bench/eval_review.py --tiny     # also the tiny test model's garbles

The labelled set is tests/data/review_labelled.yaml: (French, English, expected flags). The
edition's usual length ratio is computed from the set itself, as `build.py review` computes
it from an edition. The cost is the median time of `visavis.checks.check_pair` per sentence
over several passes, compared with the translation time per sentence measured in
docs/benchmarks.md (a base-size model on 2 cores), or with --seconds-per-sentence.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from visavis.checks import REASONS, check_pair, length_ratio, usual_ratio  # noqa: E402
from visavis.glossary import Glossary, Term  # noqa: E402

LABELLED = REPO / "tests" / "data" / "review_labelled.yaml"
#: Translation time per sentence with a base-size model, beam 4, on the reference machine's
#: 2 cores: 23.74 sentences/s (docs/benchmarks.md, "Translation").
SECONDS_PER_SENTENCE = 1 / 23.74


def load_items(path: Path = LABELLED) -> list[dict]:
    """The labelled items, checked for shape and known reasons."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    for number, item in enumerate(items, start=1):
        unknown = set(item["flags"]) - set(REASONS)
        if unknown or not item["fr"] or not item["en"]:
            raise SystemExit(f"{path}: item {number}: unknown flags {sorted(unknown)} or no text")
        item["terms"] = glossary_of(item)  # read once, as review reads config.yaml once
    return items


def glossary_of(item: dict) -> Glossary:
    """The item's glossary (`keep` keeps a term as is), as `visavis.glossary_load` reads one."""
    entries = item.get("glossary") or {}
    return Glossary(tuple(Term(k, k if v == "keep" else v) for k, v in entries.items()))


def check_item(item: dict, ratio: float | None):
    """Every flag the checks give an item."""
    return check_pair(item["fr"], item["en"], ratio, item.get("length_limit", False), item["terms"])


def edition_ratio(items: list[dict]) -> float:
    """The usual ratio of the set, as review computes an edition's (clean sentences only)."""
    ratios = []
    for item in items:
        flags = check_item(item, None)
        ratio = length_ratio(item["fr"], item["en"])
        if ratio is not None and not flags:
            ratios.append(ratio)
    return usual_ratio(ratios)


def predict(items: list[dict], ratio: float) -> list[set[str]]:
    """The reasons the checks give each item."""
    return [{flag.reason for flag in check_item(item, ratio)} for item in items]


def score(items: list[dict], predicted: list[set[str]]) -> dict[str, tuple[int, int, int]]:
    """(true positives, false positives, false negatives) per reason and overall."""
    table: dict[str, list[int]] = {reason: [0, 0, 0] for reason in REASONS}
    for item, got in zip(items, predicted, strict=True):
        expected = set(item["flags"])
        for reason in REASONS:
            counts = table[reason]
            counts[0] += reason in got and reason in expected
            counts[1] += reason in got and reason not in expected
            counts[2] += reason in expected and reason not in got
    overall = [sum(counts[i] for counts in table.values()) for i in range(3)]
    return {**{k: tuple(v) for k, v in table.items()}, "overall": tuple(overall)}


def print_table(table: dict[str, tuple[int, int, int]]) -> None:
    """The precision/recall table, in Markdown."""
    print("| reason | labelled | precision | recall |")
    print("| --- | ---: | ---: | ---: |")
    for reason, (tp, fp, fn) in table.items():
        labelled = tp + fn
        if not labelled and not fp:
            print(f"| {reason} | 0 | – | – |")
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / labelled if labelled else 0.0
        name = f"**{reason}**" if reason == "overall" else reason
        print(f"| {name} | {labelled} | {precision:.3f} | {recall:.3f} |")


_NAME = re.compile(r"(?<=[\s(«“’'])[A-ZÀ-Þ][\w-]+")
_QUOTE = re.compile(r"[«“\"]")


def good_sentence_kinds(items: list[dict], predicted: list[set[str]]) -> None:
    """False flags on good translations of sentences with numbers, names and quotes."""
    good = [(i, p) for i, p in zip(items, predicted, strict=True) if not i["flags"]]
    kinds = {
        "numbers": lambda text: bool(re.search(r"\d", text)),
        "names": lambda text: bool(_NAME.search(text)),
        "quotes": lambda text: bool(_QUOTE.search(text)),
    }
    print(f"\ngood translations: {len(good)}, falsely flagged: {sum(bool(p) for _, p in good)}")
    for kind, has in kinds.items():
        these = [(i, p) for i, p in good if has(i["fr"])]
        flagged = sum(bool(p) for _, p in these)
        print(f"  with {kind}: {len(these)} sentences, {flagged} falsely flagged")


def time_checks(items: list[dict], ratio: float, passes: int) -> float:
    """Seconds of `check_pair` per sentence: the fastest of several passes of the whole set
    (on a shared machine the others measure the neighbours too)."""
    runs = []
    for _ in range(passes):
        started = time.perf_counter()
        for item in items:
            check_item(item, ratio)
        runs.append((time.perf_counter() - started) / len(items))
    return min(runs)


def time_stage(articles: int, passes: int) -> tuple[float, int, int]:
    """Seconds per sentence that translate spends on review's behalf for each translation it
    writes (the record, parsing the text written, pairing and checking every sentence), on a
    synthetic edition (bench/make_edition.py, whose English is a faithful gloss); the number
    of sentences measured, and how many of them are flagged (falsely)."""
    import tempfile

    from make_edition import make_edition

    from visavis.frontmatter import parse_document, read_document
    from visavis.review import count_flags, machine_record
    from visavis.review.record import sentence_pairs

    with tempfile.TemporaryDirectory() as folder:
        make_edition(articles, Path(folder))
        content = Path(folder) / "content"
        pairs = []
        for french in sorted(content.glob("*.fr.md")):
            english = french.with_name(french.name.replace(".fr.md", ".en.md"))
            pairs.append((read_document(french), english.read_text(encoding="utf-8")))
    sentences = sum(len(sentence_pairs(s, parse_document(t), "fr")[0]) for s, t in pairs)
    runs = []
    for _ in range(passes):
        flagged = 0
        started = time.perf_counter()
        for source, text in pairs:
            translation = parse_document(text)
            machine_record(source, translation, "fr")
            flagged += count_flags([(source, translation)], "fr")
        runs.append((time.perf_counter() - started) / sentences)
    return min(runs), sentences, flagged


def tiny_garbles() -> None:
    """Translate the sentences of tests/data/sentences_fr.txt with the tiny test package (in
    scratch Argos folders) and print how many of its garbles the checks flag."""
    import os
    import tempfile
    from collections import Counter

    home = Path(tempfile.mkdtemp(prefix="visavis-tiny-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ARGOS_PACKAGES_DIR"):
        (home / name).mkdir()
        os.environ[name] = str(home / name)
    os.environ["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"
    from visavis import engine

    package = REPO / "tests" / "fixtures" / "translate-fr_en-tiny.argosmodel"
    translator = engine.Translator(engine.install_model_file(package))
    text = (REPO / "tests" / "data" / "sentences_fr.txt").read_text(encoding="utf-8")
    lines = {line.strip() for line in text.splitlines() if line.strip()}
    sentences = sorted(line for line in lines if not line.startswith("#"))
    reasons: Counter[str] = Counter()
    missed = []
    for french, (english, cut) in zip(
        sentences, translator.translate_marked(sentences), strict=True
    ):
        flags = check_pair(french, english, length_limited=cut)
        reasons.update({flag.reason for flag in flags})
        if not flags:
            missed.append(f"  {french}  →  {english}")
    flagged = len(sentences) - len(missed)
    print(
        f"\ntiny model: {flagged} of {len(sentences)} garbled sentences flagged "
        f"({flagged / len(sentences):.1%}); by reason: {dict(reasons.most_common())}"
    )
    print(
        "not flagged (fluent sentences in the wrong place), the first ten:", *missed[:10], sep="\n"
    )


def main(argv: list[str] | None = None) -> int:
    """Print the table, the false flags on good sentences and the checks' cost."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--passes", type=int, default=20, help="timing passes (default 20)")
    parser.add_argument("--seconds-per-sentence", type=float, default=SECONDS_PER_SENTENCE)
    parser.add_argument("--articles", type=int, default=20, help="synthetic articles timed")
    parser.add_argument("--tiny", action="store_true", help="also check the tiny model's garbles")
    args = parser.parse_args(argv)
    items = load_items()
    ratio = edition_ratio(items)
    predicted = predict(items, ratio)
    print(
        f"{len(items)} labelled pairs, {sum(not i['flags'] for i in items)} good; "
        f"usual English/French length ratio {ratio:.3f}\n"
    )
    print_table(score(items, predicted))
    held_out = [
        (i, p) for i, p in zip(items, predicted, strict=True) if i.get("split") == "held-out"
    ]
    print(f"\n'held out' ({len(held_out)} pairs written after the first tuning; see the doc):\n")
    print_table(score([i for i, _ in held_out], [p for _, p in held_out]))
    good_sentence_kinds(items, predicted)
    if args.errors:
        print("\ndisagreements:")
        for item, got in zip(items, predicted, strict=True):
            if got != set(item["flags"]):
                details = check_item(item, ratio)
                print(f"- expected {sorted(item['flags'])}, got {sorted(got)}")
                print(f"    fr: {item['fr']}\n    en: {item['en']}")
                for flag in details:
                    print(f"    {flag.reason}: {flag.detail}")
    cost = time_checks(items, ratio, args.passes)
    per = args.seconds_per_sentence
    print(
        f"\nchecks: {cost * 1e6:.0f} µs per sentence = {cost / per:.2%} of the translation time "
        f"per sentence ({per * 1e3:.1f} ms; target ≤ 5%)"
    )
    stage, sentences, flagged = time_stage(args.articles, max(1, args.passes // 4))
    print(
        f"translate's whole cost for review (record, parse, pair, check; {sentences} sentences "
        f"of bench/make_edition.py): {stage * 1e6:.0f} µs per sentence = {stage / per:.2%}; "
        f"{flagged} of them (good glosses) flagged"
    )
    if args.tiny:
        tiny_garbles()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
