"""A UTF-8 seed with a few stray bytes stays UTF-8: one pasted apostrophe never garbles it."""

from __future__ import annotations

from pathlib import Path

from conftest import write_tree

from visavis.cli import main
from visavis.ingest.decode import decode_bytes

TEXT = "Les élèves genevois défilent\n\nÀ Genève, les élèves ont défilé jeudi «sans relâche».\n"


def test_one_windows_1252_apostrophe_in_utf8_is_repaired_and_its_line_named() -> None:
    data = TEXT.encode() + b"L\x92\xe9quipe est arriv\xc3\xa9e.\n"
    decoded = decode_bytes(data, "seeds/x.txt")
    assert decoded.text == TEXT + "L’équipe est arrivée.\n"
    assert decoded.encoding == "utf-8"
    assert decoded.warnings == (
        "x.txt: line 4: 2 byte(s) that are not UTF-8 read as Windows-1252 "
        "(the rest of the file is UTF-8)",
    )


def test_stray_bytes_on_several_lines_are_all_named() -> None:
    data = TEXT.encode() + b"a\x92b\n" + "déjà\n".encode() + b"c\x93d\x94\n"
    (warning,) = decode_bytes(data, "x.txt").warnings
    assert warning.startswith("x.txt: lines 4, 6: 3 byte(s) that are not UTF-8")


def test_a_file_wholly_in_windows_1252_is_still_read_as_windows_1252() -> None:
    decoded = decode_bytes(TEXT.encode("cp1252"), "x.txt")
    assert decoded.text == TEXT
    assert decoded.warnings == ("x.txt: read as Windows-1252 (not valid UTF-8)",)


def test_the_slug_and_accents_survive_a_stray_byte(project: Path) -> None:
    write_tree(project / "seeds", {"x.txt": TEXT.encode() + b"L\x92affaire suit.\n"})
    assert main(["--config", str(project / "config.yaml"), "ingest"]) == 0
    (written,) = (project / "content").iterdir()
    assert written.name == "les-eleves-genevois-defilent.fr.md"
    text = written.read_text(encoding="utf-8")
    assert "À Genève, les élèves ont défilé" in text
    assert "L’affaire suit." in text
    assert "Ã" not in text
