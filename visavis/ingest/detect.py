"""Which layout a source text has: PressReader app or web export, web copy, plain text, Markdown.

A web copy is told by its content, not by a list of phrases: lines that only a site's chrome
has (buttons, a menu, banners, reading times, a copyright, an address) at its top or bottom.
A selection of the article alone, without the chrome, is told by its head: a byline and a
date line (a relative time, or a reading time) one under the other above the text (`Par Anne
Roy` / `11 mars 2025`, or `Il y a 5 heures`).
"""

from __future__ import annotations

import itertools
import re

from .byline import looks_like_app_byline
from .copycredits import is_called_name, opens_note
from .copydates import DATE_CUE, find_date
from .engagement import is_reader_estimate
from .linekind import CHROME, Kind, classify_line
from .lines import Chunk, Line, ends_sentence
from .noise import is_pressreader_noise
from .pressreader_web import find_meta_line

APP = "pressreader-app"
WEB = "pressreader-web"
WEBCOPY = "webcopy"
PLAINTEXT = "plaintext"
MARKDOWN = "markdown"
FORMATS = (APP, WEB, WEBCOPY, PLAINTEXT, MARKDOWN)
_MARKDOWN_SUFFIXES = (".md", ".markdown")
#: Line kinds that only a web page's chrome has (captions and bullets may be an article's).
_SITE_CHROME = CHROME - {Kind.CAPTION, Kind.BULLET, Kind.BOX}
EDGE_LINES = 15
MENU_RUN = 3
MIN_CHROME = 2
#: How many lines from the top an article's byline and date may sit.
HEAD_LINES = 12
#: The most lines closing a sentence above the app's byline dash (its standfirst's).
MAX_SENTENCES_OVER_APP_BYLINE = 2
#: The fewest words of the text's first line under the app's bare byline dash.
MIN_TEXT_WORDS = 8
#: A web page's cue before its publication or update date.
_PUBLISHED = re.compile(rf"^{DATE_CUE}\b", re.IGNORECASE)
_CREDIT_KINDS = frozenset({Kind.BYLINE, Kind.NAME, Kind.ROLE, Kind.AGENCY})
_DATED = frozenset({Kind.DATE, Kind.RELDATE, Kind.READTIME})


def detect_format(text: str, source_name: str, chunks: list[Chunk]) -> str:
    """Guess the layout from the file name, front-matter and the first lines."""
    if text.lstrip("\ufeff").startswith("---\n") or source_name.lower().endswith(
        _MARKDOWN_SUFFIXES
    ):
        return MARKDOWN
    lines = [line for chunk in chunks for line in chunk]
    if find_meta_line(lines) is not None:
        return WEB
    if _has_app_markers(chunks, lines):
        return APP
    top = [_head_kind(line, lines) for line in lines[:EDGE_LINES]]  # classified once
    head = lines[:HEAD_LINES]
    if _chrome_at_edges(top, lines) or has_article_head(top[:HEAD_LINES], head):
        return WEBCOPY
    if any(is_reader_estimate(line.text) for line in head):
        return WEBCOPY  # a browser's reader view: `5–6 minutes` under the headline
    if any(
        kind == Kind.DATE and _PUBLISHED.match(line.text)
        for kind, line in zip(top, head, strict=False)
    ):
        return WEBCOPY  # a page's `Publié le 16 septembre 2025 à 14:20` under the headline
    return PLAINTEXT


def _head_kind(line: Line, lines: list[Line]) -> Kind:
    """A top line's kind, a writer's name with a note's call (`Aline Rossier*`, the note
    further down: `*Enseignante …`) a name (`copypieces.mark_noted_byline`)."""
    kind = classify_line(line.text)
    if not is_called_name(line.text):
        return kind
    noted = any(opens_note(other.text) for other in lines if other.number > line.number)
    return Kind.NAME if noted else kind


def looks_like_webcopy(lines: list[Line]) -> bool:
    """Site chrome at the top and the bottom: buttons, menus, banners, reading times, footer
    (a page with little chrome has a button above and a copyright below)."""
    return _chrome_at_edges([classify_line(line.text) for line in lines[:EDGE_LINES]], lines)


def _chrome_at_edges(top: list[Kind], lines: list[Line]) -> bool:
    bottom = [classify_line(line.text) for line in lines[EDGE_LINES:][-EDGE_LINES:]]
    return chrome_signals(top) + chrome_signals(bottom) >= MIN_CHROME


def has_article_head(kinds: list[Kind], lines: list[Line]) -> bool:
    """Among the first lines (and their kinds), a byline (or a bare name) and a date line or
    a reading time next to each other or one line apart (a browser's reader view prints `Anne
    Roy` / `4–5 minutes`), or a byline run into its date (`Par Anne Roy - 13 oct. 2025`)."""
    # (next to each other, or with one line between: `Anne Roy` / her bio / `8 septembre 2025`)
    pairs = [*itertools.pairwise(kinds), *zip(kinds, kinds[2:], strict=False)]
    if any({first, second} & _CREDIT_KINDS and {first, second} & _DATED for first, second in pairs):
        return True
    return any(
        kind == Kind.BYLINE and find_date(line.text) is not None
        for kind, line in zip(kinds, lines, strict=False)
    )


def chrome_signals(kinds: list[Kind]) -> int:
    """Lines of site chrome among these, a menu (three labels in a row) counting as one."""
    signals = sum(kind in _SITE_CHROME for kind in kinds)
    run = 0
    for kind in kinds:
        run = run + 1 if kind == Kind.LABEL else 0
        signals += run == MENU_RUN
    return signals


def _has_app_markers(chunks: list[Chunk], lines: list[Line]) -> bool:
    """A `- AUTHOR` line near the top, or a PressReader footer (blank lines or not)."""
    footer = any(is_pressreader_noise(line.text) for line in lines)
    byline = any(_app_byline(lines, at) for at in range(1, min(len(lines), 9)))
    return byline or (footer and len(lines) >= 3)


def _app_byline(lines: list[Line], at: int) -> bool:
    """The app's `- AUTHOR` (or bare `-`) under the headline and standfirst; a dash under
    paragraphs of text (over a share line: `—` / `Partagé depuis l'application …`) is none."""
    sentences = sum(ends_sentence(line.text) for line in lines[:at])
    if not looks_like_app_byline(lines[at].text) or sentences > MAX_SENTENCES_OVER_APP_BYLINE:
        return False
    # a bare dash is the app's empty byline over the text, not a score's (`3` / `-` / `1`)
    bare = not lines[at].text.strip(" -–—")
    return not bare or (at + 1 < len(lines) and len(lines[at + 1].text.split()) >= MIN_TEXT_WORDS)
