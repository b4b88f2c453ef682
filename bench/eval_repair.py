"""Which decoding settings repair a degenerate output best, and what a repair costs.

    .venv/bin/python bench/eval_repair.py              # the tiny test package
    .venv/bin/python bench/eval_repair.py --package P  # another .argosmodel (a real one)

Translates the sentences of tests/data/sentences_fr.txt once with the engine's defaults,
takes those whose output is degenerate (`visavis.repair.degeneracy`: a loop, or the length
limit), and decodes them again with each candidate setting of CTranslate2: how many come out
no longer degenerate, how many still carry any flag of `visavis.checks`, and the seconds of
the second decoding per sentence. Everything runs in scratch Argos folders.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TINY = REPO / "tests" / "fixtures" / "translate-fr_en-tiny.argosmodel"
CANDIDATES: list[dict] = [
    {"repetition_penalty": 1.2},
    {"repetition_penalty": 1.5},
    {"no_repeat_ngram_size": 2},
    {"no_repeat_ngram_size": 3},
    {"no_repeat_ngram_size": 4},
    {"no_repeat_ngram_size": 3, "repetition_penalty": 1.2},
]


def scratch_argos() -> None:
    """Point Argos at empty scratch folders and an unreachable index (before importing it)."""
    home = Path(tempfile.mkdtemp(prefix="visavis-repair-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ARGOS_PACKAGES_DIR"):
        (home / name).mkdir()
        os.environ[name] = str(home / name)
    os.environ["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"


def read_sentences() -> list[str]:
    """The unseen sentences of tests/data/sentences_fr.txt."""
    text = (REPO / "tests" / "data" / "sentences_fr.txt").read_text(encoding="utf-8")
    return sorted({line.strip() for line in text.splitlines() if line.strip()} - {""})


def main(argv: list[str] | None = None) -> int:
    """Print one line per candidate setting."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", type=Path, default=TINY)
    args = parser.parse_args(argv)
    scratch_argos()
    from visavis import engine
    from visavis.checks import check_pair
    from visavis.memory import Translated
    from visavis.repair import degeneracy, describe

    translator = engine.Translator(engine.install_model_file(args.package))
    sentences = [s for s in read_sentences() if not s.startswith("#")]
    started = time.perf_counter()
    first = [Translated(t, cut) for t, cut in translator.translate_marked(sentences)]
    per_sentence = (time.perf_counter() - started) / len(sentences)
    bad = [(s, out) for s, out in zip(sentences, first, strict=True) if degeneracy(s, out)]
    print(
        f"{args.package.name}: {len(sentences)} sentences, {per_sentence * 1e3:.1f} ms each; "
        f"{len(bad)} degenerate first outputs ({len(bad) / len(sentences):.1%})\n"
    )
    print("| setting | no longer degenerate | still flagged (any reason) | s per repair |")
    print("| --- | ---: | ---: | ---: |")
    for options in CANDIDATES:
        started = time.perf_counter()
        again = translator.translate_marked([s for s, _ in bad], None, options)
        seconds = (time.perf_counter() - started) / max(1, len(bad))
        fixed = flagged = 0
        for (french, _), (text, cut) in zip(bad, again, strict=True):
            fixed += degeneracy(french, Translated(text, cut)) is None
            flagged += bool(check_pair(french, text, length_limited=cut))
        print(f"| `{describe(options)}` | {fixed} | {flagged} | {seconds:.4f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
