"""The ingest corpus: every format and trap of issue 3, each with its golden `.fr.md`.

Regenerate after a deliberate change:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_ingest_corpus.py
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import assert_golden
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from visavis.errors import IngestError
from visavis.frontmatter import parse_document
from visavis.ingest import IngestResult, ingest_file, ingest_text
from visavis.ingest.decode import decode_bytes
from visavis.ingest.lines import clean_line, normalise_text
from visavis.ingest.noise import is_pressreader_noise

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "ingest"
GOLDEN = ROOT / "tests" / "golden" / "ingest" / "corpus"
CASES = sorted(path for path in CORPUS.iterdir() if path.suffix in (".txt", ".md"))

#: Words a byline or a metadata line carries that are structure, not text to keep.
STRUCTURE_WORDS = {"par", "propos", "recueillis", "x", "twitter", "instagram", "linkedin"}
_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
_WEEKDAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche"
STRUCTURE_WORDS |= set(_MONTHS.split()) | set(_WEEKDAYS.split()) | {"publié", "le", "à", "er"}


def words(text: str) -> list[str]:
    """Casefolded words."""
    return re.findall(r"[^\W_]+", text.casefold())


def line_kept(line: str, output: list[str]) -> str | None:
    """None if every word of line appears in order in output, else the first missing word.

    A drop cap may be joined to its word (`I «ls` → `«Ils`, or a capital alone on its line to
    the first word of the next), and words of metadata lines
    (`Par`, month names) are structure, not text.
    """
    source = [word for word in words(line) if word not in STRUCTURE_WORDS]
    position, index = 0, 0
    while index < len(source):
        word = source[index]
        joined = word + source[index + 1] if len(word) == 1 and index + 1 < len(source) else None
        # The word, the word behind a drop cap joined to it, or a drop cap joined to the next
        # word: whichever comes first in the output.
        found = [
            (at, 1)
            for at in range(position, len(output))
            if output[at] == word or (len(word) > 1 and output[at][1:] == word)
        ][:1]
        if joined and joined in output[position:]:
            found.append((output.index(joined, position), 2))
        if found:
            at, step = min(found)
            position = at + 1
            index += step
        else:
            glued = any(
                word in other if len(word) == 1 else other[1:] == word  # drop cap joined
                for other in output[position:]
            )
            if not glued and not re.fullmatch(r"\d+(?:h\d*)?", word):
                return word
            index += 1
    return None


def assert_nothing_lost(text: str, result: IngestResult) -> None:
    """No word lost: the check that fits the format the text was read as."""
    text = normalise_text(text, "case")  # as ingest reads it: no soft hyphen, lines on `\n`
    if result.meta["source"]["format"] == "webcopy":
        assert_nothing_unseen(text, result.to_markdown(), result.warnings)
    else:
        assert_nothing_dropped(text, result.to_markdown(), result.warnings)


def assert_nothing_unseen(text: str, result_text: str, warnings: tuple[str, ...]) -> None:
    """A text copy: every word is in the body, the front-matter, or the list of dropped lines.

    A line is kept when its words are in the output in order; listed when the warnings quote
    it whole (`line 12 «…»`); otherwise each of its words must be in the output or in a warning
    that names its line (a label moved out of the first paragraph).
    """
    output = words(result_text)
    for number, raw in enumerate(normalise_text(text, "case").split("\n"), start=1):
        line = clean_line(raw)
        if not line or line_kept(line, output) is None:
            continue
        listed = f"line {number} «{line}»"
        if any(listed in warning for warning in warnings):
            continue
        about = [w for w in warnings if f"line {number}:" in w or f"line {number} «" in w]
        seen = set(output) | set(words(" ".join(about)))
        missing = [word for word in words(line) if word not in seen]
        assert not missing, f"line {number}: {missing} neither kept nor listed: {line!r}"


def assert_nothing_dropped(text: str, result_text: str, warnings: tuple[str, ...]) -> None:
    """Every word of every line but PressReader's furniture is in the output, in order."""
    output = words(result_text)
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or is_pressreader_noise(line):
            continue
        slots = re.split(r"\s-\s", line)  # metadata slots land in separate fields
        missing = next(filter(None, (line_kept(slot, output) for slot in slots)), None)
        warned = any(f"line {number}:" in warning for warning in warnings)
        assert missing is None or warned, f"line {number}: {missing!r} lost from {line!r}"


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_corpus_matches_golden(case: Path) -> None:
    result = ingest_file(case)
    assert_golden(result.to_markdown(), GOLDEN / f"{case.stem}.fr.md")


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_corpus_loses_no_word(case: Path) -> None:
    result = ingest_file(case)
    text = decode_bytes(case.read_bytes(), case).text
    assert_nothing_lost(text, result)


def test_corpus_covers_every_format() -> None:
    formats = {ingest_file(case).meta["source"]["format"] for case in CASES}
    assert formats == {"pressreader-app", "pressreader-web", "webcopy", "plaintext", "markdown"}
    assert len(CASES) >= 15


def test_web_metadata_line_slots() -> None:
    meta = ingest_file(CORPUS / "10_web_publication_dash.txt").meta
    assert meta["publication"] == "Le Télégramme - Lorient"
    assert meta["date"] is None
    assert meta["author"] == "Yann Le Gall"
    meta = ingest_file(CORPUS / "09_web_issue_number.txt").meta
    assert (meta["section"], meta["issue"], meta["date"]) == (
        "Sommaire",
        "N° 46 – Mai 2017",
        "2017-05-01",
    )


def test_traps_drop_cap_and_garbled_capitals() -> None:
    body = parse_document(ingest_file(CORPUS / "06_app_dropcap_casing.txt").to_markdown()).body
    assert body.lstrip().startswith("«Ils sont 3 000")
    assert "d’Emmanuel Macron" in body and "d’emmanuel" not in body
    assert "Bock-côté" not in body and "L’Élysée n’a pas" in body


def test_encodings_are_read() -> None:
    cp1252 = ingest_file(CORPUS / "15_plaintext_cp1252_crlf.txt")
    assert cp1252.meta["title"] == "Le vin vaudois cherche de nouveaux marchés"
    assert any("Windows-1252" in warning for warning in cp1252.warnings)
    bom = ingest_file(CORPUS / "16_app_utf8_bom_crlf.txt")
    assert bom.meta["title"].startswith("Le Conseil fédéral")
    assert "\r" not in bom.to_markdown()


def corpus_body(name: str) -> str:
    """The Markdown body ingested from one corpus case."""
    return parse_document(ingest_file(CORPUS / name).to_markdown()).body


def test_interview_questions_are_bold_and_labels_kept() -> None:
    body = corpus_body("20_app_interview_labels.txt")
    assert "__Le Temps: Que faudrait-il changer?__" in body
    assert "__Le Temps: Le Conseil fédéral dit avoir entendu le message…__" in body
    assert "\nM. G. : Non.\n" in body and "G.1" not in body
    result = ingest_file(CORPUS / "20_app_interview_labels.txt")
    assert result.meta["author"] == "Anne Fournier, Berne"
    assert any("footnote mark '1'" in warning for warning in result.warnings)


def test_unmarked_and_dashed_questions_are_bold() -> None:
    body = corpus_body("21_app_interview_unmarked_date.txt")
    assert "__Pourquoi si tard?__" in body and "__Et les loyers?__" in body
    assert "__Bien sûr.__" not in body and "Bien sûr." in body
    body = corpus_body("28_webcopy_interview_dash.txt")
    assert body.count("__— ") == 3 and "__Certains" not in body


def test_app_header_variants() -> None:
    meta = ingest_file(CORPUS / "21_app_interview_unmarked_date.txt").meta
    assert (meta["date"], meta["author"], meta["section"]) == (
        "2024-02-12",
        "Jean Dupont et Marie Martin",
        None,
    )
    assert meta["title"] == "«Bruxelles doit redevenir une ville où l’on habite»"
    meta = ingest_file(CORPUS / "25_app_kicker_two_words_date.txt").meta
    assert (meta["section"], meta["date"]) == ("Économie suisse", "2024-03-21")
    assert meta["standfirst"].startswith("L’inflation recule")
    meta = ingest_file(CORPUS / "24_app_empty_kicker_utf16_mixed_eol.txt").meta
    assert meta["section"] is None and meta["standfirst"].startswith("L’initiative")
    assert ingest_file(CORPUS / "22_app_dropcap_own_line.txt").meta["author"] == "Yann Le Gall"


def test_drop_cap_on_its_own_line_and_spaced() -> None:
    body = corpus_body("22_app_dropcap_own_line.txt")
    assert body.lstrip().startswith("«Ils sont en train")
    assert "\nLe gazole représente" in body


def test_pull_quotes_with_attribution_below_or_none() -> None:
    blocks = ingest_file(CORPUS / "23_app_pull_quotes_multi.txt").blocks
    quotes = [(b.lines[0], b.attribution) for b in blocks if b.kind == "quote"]
    assert quotes == [
        (
            "«On a rattrapé en trois ans ce qu’on faisait en dix»",
            "Marc Bourcier, maire de Saint-Jérôme",
        ),
        ("«Nous n’avions rien prévu de tel»", None),
        (
            "«Le télétravail n’a pas tué la voiture, il l’a déplacée»",
            "Catherine Morency, professeure à polytechnique",
        ),
    ]
    text = ingest_file(CORPUS / "23_app_pull_quotes_multi.txt").to_markdown()
    assert "COPYRIGHT" not in text and "+1 604" not in text and "PressReader" not in text


def test_placeholder_glued_to_a_paragraph_is_removed() -> None:
    result = ingest_file(CORPUS / "24_app_empty_kicker_utf16_mixed_eol.txt")
    assert "??" not in result.to_markdown()
    assert any("line 9: removed an image placeholder" in w for w in result.warnings)


def test_webcopy_without_byline_and_single_newlines() -> None:
    result = ingest_file(CORPUS / "26_webcopy_no_author_single_newlines.txt")
    meta = result.meta
    assert (meta["publication"], meta["section"], meta["genre"]) == (
        "Libération",
        "International",
        "Reportage",
    )
    assert meta["author"] is None and meta["standfirst"].startswith("Faute de pouvoir")
    assert any("no byline" in warning for warning in result.warnings)
    paragraphs = [b for b in result.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 5


def test_hard_wrapped_plain_text_is_joined() -> None:
    blocks = ingest_file(CORPUS / "27_plaintext_hardwrap72.txt").blocks
    assert [len(block.lines) for block in blocks] == [3, 3, 1]
    assert blocks[2].lines[0].startswith("Pour Matthias Huss")


def test_mac_roman_is_read() -> None:
    result = ingest_file(CORPUS / "29_plaintext_macroman.txt")
    assert "plutôt que des cars" in result.to_markdown()
    assert any("Mac Roman" in warning for warning in result.warnings)


def test_markdown_with_bad_date_is_an_error_with_its_line() -> None:
    text = "---\ntitle: Un titre\ndate: hier\n---\n\nUn paragraphe.\n"
    with pytest.raises(IngestError, match=r"^a\.md:3: front matter 'date'"):
        ingest_text(text, "a.md")


VOCABULARY = (
    "Le la les de des un une et à Genève «Oui» M. Mme Dr 2,5 3 000 TECHNOLOGIE ?? - — : ; ! ? "
    "… « » ’ Newspapers in French Par JEAN DUPONT @jd I «ls Lire aussi Entretien 2024-03-20"
)
FRENCH = st.sampled_from(VOCABULARY.split(" "))
#: Lines of a site's chrome, so that random input is often read as a web page copied as text.
CHROME = st.sampled_from(
    [
        *("logo", "Menu", "Se connecter", "S’abonner", "Partager", "Accueil", "Monde", "AFP"),
        *("Lecture 4 min", "Mis à jour il y a 2 heures", "12 commentaires", "© 2024 Le Soir"),
        *("Publié le 3 mars 2024 à 10h12", "Par Anne ROY", "Anne Roy, Genève", "En bref"),
        *("Keystone/Martial Trezzini", "Rue Royale 100, 1000 Bruxelles", "• Un point"),
        "Votre avis nous intéresse : répondez à notre sondage",
        "Il vous reste 85% de l’article à lire.",
        "POINT DE VUE / Le la les de des un une et à Genève.",
        "OTTAWA (PC) — Le la les de des un une et à Genève.",
        "« Le la les de des un une »",
    ]
)
LINE = (
    st.lists(FRENCH, min_size=1, max_size=12).map(" ".join) | st.text(max_size=60) | CHROME | CHROME
)
ARTICLE = st.lists(LINE | st.just(""), min_size=1, max_size=25).map("\n".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
@example("0\nA\nla")  # a drop cap alone on its line, joined to the next line's word
@example("Le\nA\nla la")
@example("I la la\nI la")
def test_random_input_succeeds_or_fails_cleanly(text: str) -> None:
    """Any text is read or refused with the file's name; nothing read loses a word unseen."""
    try:
        result = ingest_text(text, "random.txt")
    except IngestError as error:
        assert "random.txt" in str(error)
        return
    assert_nothing_lost(text.replace("\r", "\n"), result)


#: Random text under random chrome: read as a text copy, and held to its invariant.
COPY = st.tuples(st.lists(CHROME, min_size=3, max_size=8), ARTICLE).map(
    lambda parts: "\n".join([*parts[0], parts[1]])
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(COPY)
@example("logo\nMenu\nPartager\nPOINT DE VUE / Le la les de des un une et à Genève.")
@example("logo\nMenu\nPartager\nUn titre ici\nOTTAWA (PC) — Le la les de des un une et à Genève.")
def test_random_copies_lose_no_word_unseen(text: str) -> None:
    """Random text copied with a site's chrome: every word in body, front-matter or warnings."""
    try:
        result = ingest_text(text, "copy.txt")
    except IngestError as error:
        assert "copy.txt" in str(error)
        return
    assert_nothing_lost(text, result)
