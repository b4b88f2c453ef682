"""Seeds in another language than the edition's are skipped with a warning, never translated."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_tree

from visavis.cli import main

FRENCH = """Le Grand Conseil adopte le budget après un long débat

Les députés genevois ont adopté jeudi soir le budget de l’an prochain, après douze heures
de débats souvent vifs. La gauche et le centre se sont entendus sur une hausse modérée des
dépenses de santé, tandis que la droite a obtenu une baisse de l’impôt sur la fortune.

Le conseiller d’État chargé des finances s’est dit soulagé par ce compromis.
"""

ENGLISH = """Council passes the budget after a long debate

Geneva's members of parliament passed next year's budget on Thursday evening, after twelve
hours of often heated debate. The left and the centre agreed on a moderate rise in health
spending, while the right won a cut in the wealth tax.

The state councillor in charge of finance said he was relieved by the compromise.
"""

GERMAN_PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Der Grosse Rat verabschiedet das Budget</title></head><body><article>
<h1>Der Grosse Rat verabschiedet das Budget</h1>
<p>Die Genfer Abgeordneten haben am Donnerstagabend nach zwölf Stunden oft hitziger Debatten
das Budget für das nächste Jahr verabschiedet. Die Linke und die Mitte einigten sich auf eine
moderate Erhöhung der Gesundheitsausgaben, während die Rechte eine Senkung der
Vermögenssteuer erreichte.</p>
<p>Der zuständige Staatsrat zeigte sich erleichtert über den Kompromiss, der nach langen
Verhandlungen in der Nacht zustande kam.</p>
</article></body></html>
"""


def test_a_seed_in_english_or_german_is_skipped_and_the_french_one_ingested(
    project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_tree(
        project / "seeds",
        {"fr.txt": FRENCH, "en.txt": ENGLISH, "de.html": GERMAN_PAGE},
    )
    code = main(["--config", str(project / "config.yaml"), "ingest"])
    assert code == 0
    written = sorted(path.name for path in (project / "content").iterdir())
    assert written == ["le-grand-conseil-adopte-le-budget-apres-un-long-debat.fr.md"]
    warnings = [
        record.getMessage() for record in caplog.records if "skipped" in record.getMessage()
    ]
    assert any(
        str(project / "seeds" / "en.txt") in w and "written in en, not fr" in w for w in warnings
    )
    assert any("de.html" in w and "written in de, not fr" in w for w in warnings)


def test_strict_builds_fail_on_a_skipped_seed(project: Path) -> None:
    write_tree(project / "seeds", {"en.txt": ENGLISH})
    assert main(["--config", str(project / "config.yaml"), "--strict", "ingest"]) == 1
    assert not list((project / "content").glob("*.md"))


def test_a_short_text_is_not_judged_by_its_language(project: Path) -> None:
    write_tree(
        project / "seeds", {"short.txt": "Mistral AI lève des fonds\n\nStart-up news today.\n"}
    )
    assert main(["--config", str(project / "config.yaml"), "ingest"]) == 0
    assert [path.name for path in (project / "content").iterdir()]
