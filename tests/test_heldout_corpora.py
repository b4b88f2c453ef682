"""The held-out corpora, once graded at first sight and then fixed by general rules, stay as
right as they are now: every word of every article kept, and no field lost back.

Each folder holds seeds written by someone who never read the ingest code, with the fields an
editor would extract (`bench/eval_ingest.py` grades them; docs/benchmarks.md has the first
sight figures). The floors below are the fields right today: a change that misreads one more
field of these pages fails here, and raising a floor is how a fix is recorded.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).parent / "corpus"
sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))

from eval_ingest import FIELDS, grade  # noqa: E402

#: Folder → fields right now (of seeds × 8).
FLOORS = {
    "holdout/web": 96,
    "holdout/text": 63,
    "holdout2/web": 80,
    "holdout2/text": 80,
    "holdout3/web": 128,
    # holdout3, 23, 25, 28 and 30 drop a table's `Source:` line where holdout35, 39, 40 and 41
    # keep it; it is kept with the table (no word can go missing), so their count is one over
    "holdout3/text": 127,
    "holdout4/web": 96,
    "holdout4/text": 112,
    "holdout5/text": 112,
    "holdout6/text": 80,
    "holdout7/text": 112,
    "holdout8/text": 80,
    "holdout9/web": 80,
    "holdout9/text": 96,
    "holdout10/web": 79,
    "holdout10/text": 91,
    "holdout11/web": 80,
    "holdout11/text": 96,
    "holdout12/text": 78,
    "holdout13/text": 61,
    "holdout14/web": 64,
    "holdout14/text": 79,
    "holdout15/text": 80,
    "holdout16/text": 79,
    "holdout17/text": 78,
    "holdout18/text": 74,
    "holdout15/web": 63,
    "holdout16/web": 63,
    "holdout17/web": 64,
    "holdout19/text": 95,
    "holdout20/text": 93,
    "holdout18/web": 64,
    "holdout21/text": 95,
    "holdout19/web": 64,
    "holdout22/text": 95,
    "holdout20/web": 64,
    "holdout23/text": 93,
    "holdout24/text": 95,
    "holdout21/web": 64,
    "holdout25/text": 94,
    "holdout26/text": 94,
    "holdout22/web": 63,
    "holdout27/text": 89,
    "holdout28/text": 87,
    "holdout23/web": 58,
    "holdout29/text": 89,
    "holdout30/text": 94,
    "holdout24/web": 61,
    "holdout31/text": 92,
    "holdout32/text": 89,
    "holdout25/web": 63,
    "holdout33/text": 91,
    "holdout34/text": 93,
    "holdout26/web": 62,
    "holdout35/text": 92,
    "holdout36/text": 91,
    "holdout27/web": 64,
    "holdout37/text": 93,
    "holdout38/text": 90,
    "holdout39/text": 94,
    "holdout28/web": 64,
    "holdout40/text": 89,
    "holdout41/text": 95,
    "holdout42/text": 86,
    "holdout29/web": 64,
    "holdout43/text": 93,
    "holdout44/text": 95,
    "holdout30/web": 64,
    "holdout45/text": 95,
    "holdout46/text": 90,
    "holdout31/web": 63,
    "holdout32/web": 61,
    "holdout47/text": 78,
    "holdout48/text": 78,
    "holdout33/web": 61,
    "holdout49/text": 77,
    "holdout49/web": 63,
    "holdout50/text": 77,
    "holdout50/web": 61,
    "holdout51/text": 77,
    "holdout51/web": 64,
    "holdout52/text": 80,
    "holdout52/web": 63,
    "holdout53/text": 78,
    "holdout54/text": 79,
    "holdout53/web": 63,
    "holdout54/web": 64,
    "holdout55/text": 78,
    "holdout56/text": 74,
    "holdout57/text": 76,
    "holdout55/web": 64,
    "holdout56/web": 64,
    "holdout58/text": 79,
    "holdout59/text": 78,
    "holdout57/web": 64,
    "holdout58/web": 63,
    "holdout60/text": 77,
    "holdout61/text": 77,
    "holdout62/text": 78,
    "holdout59/web": 64,
    "holdout60/web": 64,
    "holdout63/text": 76,
    "holdout64/text": 76,
    "holdout61/web": 64,
    # holdout8 keeps a match's sheet that no heading sets apart (`Bulle - Echallens 3-1` /
    # `Buts: …`), as the reader does, where holdout65 and 67 leave it out: one count over each
    "holdout65/text": 79,
    "holdout66/text": 80,
    "holdout67/text": 79,
    # Narcity's og:site_name `Narcity` against the publisher's and the footer's `Narcity
    # Québec`: a brand and its place, as `RTL` is of `RTL Belgium`, which stays `RTL`
    "holdout62/web": 63,
    # holdout68 counts an interview's editing note out where holdout4 and 50 count it in (kept,
    # so no word can go missing), and a tab-copied table out (kept likewise); it credits a
    # second bare name over the date as a co-author, which the copy reader leaves (it may be
    # the photographer's: tests/test_webcopy_classes.py)
    "holdout68/text": 74,
    "holdout69/text": 79,
    "holdout63/web": 62,
}


def seeds_of(folder: Path) -> list[Path]:
    """The seeds of a folder that have an expected file beside them."""
    return sorted(
        path
        for path in folder.iterdir()
        if path.suffix in (".html", ".txt")
        and path.with_name(f"{path.stem}.expected.yaml").exists()
    )


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_a_held_out_corpus_keeps_every_word_and_its_fields(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    right: Counter = Counter()
    seeds = seeds_of(CORPUS / name)
    assert seeds, name
    for seed in seeds:
        expected_file = seed.with_name(f"{seed.stem}.expected.yaml")
        expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
        fields, lost, _total = grade(seed, expected, verbose=True)
        assert lost == 0, f"{seed.name}: {lost} words of the article lost"
        right += fields
    misses = capsys.readouterr().out
    assert sum(right.values()) >= FLOORS[name], f"{name}: fields misread:\n{misses}"
    assert len(seeds) * len(FIELDS) >= FLOORS[name]
