"""Saved pages' bytes to text: the declared charset when the bytes agree, else the clean one."""

from __future__ import annotations

import codecs

import pytest

from visavis.errors import IngestError
from visavis.ingest.htmldecode import decode_html, find_declared_charset

TEXT = "Les élèves de l’école genevoise ont défilé «sans relâche» à Noël."


def page(body: str, head: str = "") -> str:
    """A small page with `head` inside <head> and `body` as its only paragraph."""
    return f"<!doctype html><html><head>{head}</head><body><p>{body}</p></body></html>"


def test_a_page_in_windows_1252_that_says_so_is_read_as_windows_1252() -> None:
    data = page(TEXT.replace("’", "'"), '<meta charset="windows-1252">').encode("cp1252")
    decoded = decode_html(data, "seeds/a.html")
    assert TEXT.replace("’", "'") in decoded.text
    assert decoded.encoding == "cp1252"
    assert decoded.warnings == ()


def test_latin_1_is_read_as_the_web_reads_it_windows_1252() -> None:
    data = page("Il a payé 5 € – un prix «juste»", '<meta charset="iso-8859-1">').encode("cp1252")
    assert "5 € – un prix" in decode_html(data, "a.html").text


def test_a_page_declaring_windows_1252_but_written_in_utf8_is_read_as_utf8_with_a_warning() -> None:
    data = page(TEXT, '<meta charset="windows-1252">').encode("utf-8")
    decoded = decode_html(data, "seeds/a.html")
    assert TEXT in decoded.text
    assert decoded.encoding == "utf-8"
    assert decoded.warnings == (
        "a.html: the page declares windows-1252 but is written in UTF-8: read as UTF-8",
    )


def test_a_charset_declared_late_after_accented_text_still_counts() -> None:
    head = "<title>Élections à Genève : la gauche l’emporte</title>" + " " * 3000
    head += '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    data = page("Résultats définitifs", head).encode("cp1252", errors="replace")
    decoded = decode_html(data, "a.html")
    assert find_declared_charset(data) == "windows-1252"
    assert "Élections à Genève" in decoded.text
    assert "Résultats définitifs" in decoded.text


def test_the_http_charset_wins_over_the_pages_declaration_when_the_bytes_agree() -> None:
    data = page("Déjà vu", '<meta charset="utf-8">').encode("cp1252")
    assert "Déjà vu" in decode_html(data, "a.html", http_charset="ISO-8859-1").text


def test_a_utf8_page_with_one_stray_byte_stays_utf8_and_names_the_line() -> None:
    data = (page(TEXT) + "\n<p>Un apostrophe \x92 collé</p>").encode("utf-8")
    data = data.replace("\x92".encode(), b"\x92")
    decoded = decode_html(data, "a.html")
    assert TEXT in decoded.text
    assert decoded.warnings == ("a.html: line 2: 1 byte(s) that are not UTF-8 replaced by U+FFFD",)


def test_byte_order_marks_decide() -> None:
    assert TEXT in decode_html(codecs.BOM_UTF8 + page(TEXT).encode(), "a.html").text
    assert TEXT in decode_html(page(TEXT).encode("utf-16"), "a.html").text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "a.html: file is empty"),
        (b"  \n\t ", "a.html: file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.html:2: file looks binary, not a web page"),
    ],
)
def test_empty_and_binary_files_are_refused_with_their_name(data: bytes, message: str) -> None:
    with pytest.raises(IngestError) as caught:
        decode_html(data, "a.html")
    assert str(caught.value) == message
