"""Real exports vary: the seed with noise moved, blank lines lost, footers doubled, spaces added.

Each variant must read as the seed does (same headline, author, body), and random
PressReader-app-shaped documents (hypothesis) must keep every body word in order, find the
headline and drop the noise.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from visavis.errors import IngestError
from visavis.frontmatter import parse_document
from visavis.ingest import ingest_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_10725ebd8d89bd58.txt"
NOISE = ("?? ??", "??  ??", "Newspapers in French", "Newspapers from Switzerland")


def seed_lines() -> list[str]:
    """The seed's non-blank lines."""
    return [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


def body(text: str) -> str:
    """The Markdown body of an ingested text."""
    return parse_document(ingest_text(text, "variant.txt").to_markdown()).body


def words(text: str) -> list[str]:
    """Casefolded words."""
    return re.findall(r"[^\W_]+", text.casefold())


def move_noise(lines: list[str]) -> str:
    """Image placeholders and footers scattered between paragraphs."""
    rng = random.Random(3)
    kept = [line for line in lines if line.strip() not in NOISE]
    for noise in NOISE:
        kept.insert(rng.randrange(6, len(kept)), noise)
    return "\n\n".join(kept)


def no_blank_lines(lines: list[str]) -> str:
    """Every paragraph on its own line, no blank line anywhere."""
    return "\n".join(lines)


def double_footer(lines: list[str]) -> str:
    """The footer printed twice."""
    return "\n\n".join([*lines, "Newspapers in French", "Newspapers from Switzerland"])


def ragged_spaces(lines: list[str]) -> str:
    """Trailing spaces, tabs and non-breaking spaces; CRLF line ends on every other line."""
    tails = (" ", "\t", "\u00a0", " \t\u00a0 ")
    ends = ("\r\n\r\n", "\n\n")
    return "".join(f"{line}{tails[i % 4]}{ends[i % 2]}" for i, line in enumerate(lines))


def byline_first(lines: list[str]) -> str:
    """The byline printed before the kicker and standfirst."""
    lines = list(lines)
    lines[2], lines[3] = lines[3], lines[2]
    return "\n\n".join(lines)


VARIANTS: dict[str, Callable[[list[str]], str]] = {
    "move_noise": move_noise,
    "no_blank_lines": no_blank_lines,
    "double_footer": double_footer,
    "ragged_spaces": ragged_spaces,
    "byline_first": byline_first,
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_seed_variant_reads_like_the_seed(name: str) -> None:
    expected = ingest_text(SEED.read_text(encoding="utf-8"), "variant.txt")
    result = ingest_text(VARIANTS[name](seed_lines()), "variant.txt")
    for key in ("title", "publication", "section", "standfirst", "author", "country"):
        assert result.meta[key] == expected.meta[key], key
    assert result.blocks == expected.blocks
    text = result.to_markdown()
    assert "??" not in text and "Newspapers" not in text


def test_seed_as_utf16_reads_like_the_seed(tmp_path: Path) -> None:
    from visavis.ingest import ingest_file

    copy = tmp_path / SEED.name
    copy.write_bytes(SEED.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-16"))
    assert ingest_file(copy).blocks == ingest_file(SEED).blocks


# --- hypothesis: PressReader-app-shaped documents ------------------------------------------

WORD = st.sampled_from(
    [
        "le",
        "la",
        "les",
        "une",
        "des",
        "Genève",
        "Conseil",
        "fédéral",
        "budget",
        "hausse",
        "écoles",
        "ville",
        "maire",
        "projet",
        "l’État",
        "d’abord",
        "qu’il",
        "aujourd’hui",
        "2,5",
        "3000",
        "francs",
        "12%",
        "Lausanne",
        "Mistral",
        "AI",
    ]
)
CAPITAL = st.sampled_from(
    ["Le", "La", "Les", "Depuis", "Selon", "Pour", "Dans", "Mais", "Ce", "Une"]
)
END = st.sampled_from([".", ".", ".", "!", "?", "…"])
SENTENCE = st.builds(
    lambda first, rest, end: " ".join([first, *rest]) + end,
    CAPITAL,
    st.lists(WORD, min_size=3, max_size=14),
    END,
)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
SUBHEAD = st.builds(lambda a, b: f"{a} {b}", CAPITAL, st.sampled_from(["crise", "relève", "ville"]))
QUOTE = st.builds(
    lambda s, name: f"«{' '.join(s.split()[:6])}» {name}",
    SENTENCE,
    st.sampled_from(["MARC BOURCIER, MAIRE", "ANNE DUPRAZ", "LUC VIAL, DIRECTEUR DU MUSÉE"]),
)
NOISE_LINE = st.sampled_from(
    ["?? ??", "??  ??", "Newspapers in French", "© PressReader. All rights reserved."]
)
BODY_ITEM = st.one_of(
    PARAGRAPH.map(lambda t: ("p", t)),
    PARAGRAPH.map(lambda t: ("p", t)),
    SUBHEAD.map(lambda t: ("h", t)),
    QUOTE.map(lambda t: ("q", t)),
    NOISE_LINE.map(lambda t: ("n", t)),
)
HEADLINE = st.builds(
    lambda first, rest: " ".join([first, *rest]), CAPITAL, st.lists(WORD, min_size=3, max_size=9)
)


@st.composite
def app_documents(draw: st.DrawFn) -> tuple[str, str, list[str], bool]:
    """(text, headline, body texts, has a date line) of a random app-layout export."""
    headline = draw(HEADLINE)
    kicker = draw(st.sampled_from(["", "ÉCONOMIE ", "VIE PRIVÉE ", "SUISSE "]))
    standfirst = kicker + draw(PARAGRAPH).rstrip(".!?…")
    byline = draw(st.sampled_from(["- JEAN DUPONT", "- ANNE FOURNIER, BERNE", "-"]))
    items = draw(st.lists(BODY_ITEM, min_size=1, max_size=8))
    if not any(kind == "p" for kind, _ in items):
        items.append(("p", draw(PARAGRAPH)))
    footer = ["Newspapers in French", "Newspapers from Switzerland"]
    header = [standfirst, byline] if draw(st.booleans()) else [byline, standfirst]
    date = draw(st.sampled_from([[], ["Lundi 12 février 2024"], ["3 mars 2023"]]))
    lines = ["Le Temps", *date, headline, *header, *(t for _, t in items), *footer]
    separator = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n"]))
    kept = [text for kind, text in items if kind != "n"]
    return separator.join(lines) + "\n", headline, kept, bool(date)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(app_documents())
def test_app_shaped_documents_keep_every_body_word(doc: tuple[str, str, list[str], bool]) -> None:
    text, headline, kept, dated = doc
    try:
        result = ingest_text(text, "app.txt")
    except IngestError as error:
        assert "app.txt" in str(error)
        return
    assert result.meta["title"] == headline
    assert bool(result.meta["date"]) == dated
    assert result.meta["source"]["format"] == "pressreader-app"
    output = words(parse_document(result.to_markdown()).body)
    expected = words(" ".join(kept))
    position = 0
    for word in expected:
        assert word in output[position:], f"{word!r} lost"
        position = output.index(word, position) + 1
    markdown = result.to_markdown()
    assert "??" not in markdown and "PressReader" not in markdown and "Newspapers" not in markdown
