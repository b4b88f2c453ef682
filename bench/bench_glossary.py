"""The glossary's effect on a real Argos model: how often the required English comes out.

    .venv/bin/python bench/bench_glossary.py                    # the installed fr→en package
    .venv/bin/python bench/bench_glossary.py --package P.argosmodel   # installed in scratch

Translates the French of the glossary items of tests/data/review_labelled.yaml (each with its
own glossary: names kept as they are, terms pinned to an English form) twice: plainly, and
the way the translate stage does (`visavis.argos_engine.translate_protected`: terms replaced
by placeholders, restored after; a sentence whose placeholder the model lost translated again
unprotected). Prints, for each way, how many sentences hold every required form
(`visavis.checks.check_glossary` passes), how many placeholders the model copied through, and
the sentences the two ways differ on.

A package counts as real when it translates a plain test sentence recognisably; the project's
tiny test package and the random benchmark model do not, and the script says so and stops
(exit status 0: nothing to measure). Nothing is downloaded: with no package named and none
installed, it says how to install one.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

#: A sentence any real fr→en model translates with the word `cat`.
PROBE = ("Le chat dort sur le canapé.", "cat")


def scratch_argos() -> None:
    """Point Argos at empty scratch folders and an unreachable index (before importing it)."""
    home = Path(tempfile.mkdtemp(prefix="visavis-glossary-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "ARGOS_PACKAGES_DIR"):
        (home / name).mkdir()
        os.environ[name] = str(home / name)
    os.environ["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"


def open_model(package: Path | None):
    """The model to measure: the named package installed in scratch folders, else the
    installed fr→en one; None when there is none."""
    if package is not None:
        scratch_argos()
    from visavis import engine

    if package is not None:
        return engine.install_model_file(package)
    return engine.find_model("fr", "en")


def main(argv: list[str] | None = None) -> int:
    """Print the comparison, or why there is nothing to measure."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", type=Path, help="an .argosmodel file to measure")
    parser.add_argument(
        "--any-model", action="store_true", help="measure even a model that fails the probe"
    )
    args = parser.parse_args(argv)
    from eval_review import load_items

    from visavis.argos_engine import translate_protected
    from visavis.checks import check_glossary
    from visavis.engine import INSTALL_HINT, Translator
    from visavis.glossary import protect_terms, restore_terms

    model = open_model(args.package)
    if model is None:
        print(f"no fr→en Argos package is installed: nothing to measure ({INSTALL_HINT})")
        return 0
    translator = Translator(model)
    (probe,) = translator.translate([PROBE[0]])
    if PROBE[1] not in probe.casefold() and not args.any_model:
        print(
            f"{model.label} at {model.path} is not a real translation model "
            f"({PROBE[0]!r} → {probe[:60]!r}): the tiny test package and the random benchmark "
            "model cannot measure the glossary. Install a real fr→en package "
            f"({INSTALL_HINT}) and run this again."
        )
        return 0
    items = [item for item in load_items() if item.get("glossary")]
    french = list(dict.fromkeys(item["fr"] for item in items))
    glossaries = {item["fr"]: item["terms"] for item in items}
    plain = dict(zip(french, translator.translate(french), strict=True))
    kept = {"plain": 0, "glossary": 0}
    copied = placeholders = 0
    differences = []
    for sentence in french:
        glossary = glossaries[sentence]
        (done,) = translate_protected(translator, [sentence], glossary, repair=False)
        protected = protect_terms(sentence, glossary)
        (raw,) = translator.translate([protected.text])
        placeholders += len(protected.english)
        copied += len(protected.english) if restore_terms(raw, protected) is not None else 0
        for way, english in (("plain", plain[sentence]), ("glossary", done.target)):
            kept[way] += check_glossary(sentence, english, glossary) is None
        if done.target != plain[sentence]:
            differences.append(
                f"  {sentence}\n    plain:    {plain[sentence]}\n    glossary: {done.target}"
            )
    n = len(french)
    print(f"{model.label}: {n} sentences with glossary terms (tests/data/review_labelled.yaml)")
    print(f"  every required form present, plain translation: {kept['plain']} of {n}")
    print(f"  every required form present, with the glossary: {kept['glossary']} of {n}")
    print(f"  placeholders the model copied through: {copied} of {placeholders}")
    print("sentences the two ways translate differently:", *differences, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
