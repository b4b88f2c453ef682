"""Checks of a page's body against what the page says elsewhere: JSON-LD and paywalls.

Where the page carries a JSON-LD `articleBody`, every one of its paragraphs must be in the
body, and each one missing is warned about. One the page does not show at all (text only the
JSON-LD holds, as behind a paywall) is added at its place when it is prose. A page whose text
stops short — a paywall box or notice beside the article, articleBody text it does not show
and that could not be added, an `og:description` longer than its body — is warned about as
incomplete.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from lxml import html as lxml_html

from ..model import Block
from ..sentences import split_sentences
from .draft import Draft
from .webfilter import PAYWALL
from .webtext import collapse, find_run, tag_of, word_count, words

INCOMPLETE = "the page's text stops short (a paywall?): the article may be incomplete"
#: Text of articleBody shorter than this is not worth a warning (a stray label).
MIN_MISSING_WORDS = 4
#: Missing prose this long, ending a sentence, is added to the body.
MIN_ADDED_WORDS = 8
#: An articleBody sharing less than this with the page's text is about something else.
MIN_SHARED = 0.3
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class _Unit:
    """A stretch of articleBody text, present in the body or not."""

    text: str
    found_at: int  # index in the body's words after which it was found, -1 when missing


def repair_from_article_body(
    blocks: list[Block], article_body: str, draft: Draft, shown: list[str], leads: tuple
) -> list[Block]:
    """Blocks with articleBody's missing prose added at its place, each gap warned about.

    `shown` is every word the page shows: a missing paragraph the page shows was left out on
    purpose (a caption, a box) and is only warned about; one it does not show (text the JSON-LD
    alone holds, as behind a paywall) is added, or, when it is not prose, makes the article
    incomplete. A repeat of a lead (`leads`) is no gap.
    """
    body, owners = _body_words(blocks)
    units = _match_units(split_article_body(article_body), body)
    shared = sum(word_count(u.text) for u in units if u.found_at >= 0)
    total = sum(word_count(u.text) for u in units)
    if not total or shared < MIN_SHARED * total:
        draft.warn("the page's JSON-LD articleBody does not match its text: not checked")
        return blocks
    lead_words = [words(lead) for lead in leads if lead]
    inserts: list[tuple[int, str]] = []
    after = -1
    for unit in units:
        found = words(unit.text)
        if unit.found_at >= 0:
            after = owners[unit.found_at]
        elif (
            len(found) >= MIN_MISSING_WORDS
            and not _repeats_lead(found, lead_words)
            and not _spread_in(found, body, owners)
        ):
            draft.warn(f"a paragraph of the page's articleBody is missing: {_quote(unit.text)}")
            if find_run(found, shown) >= 0:
                continue
            if _is_addable(unit.text):
                inserts.append((after, unit.text))
            else:
                warn_incomplete(draft)
    return _insert(blocks, inserts, draft)


#: How many words of other blocks (a subhead, a caption) may part a stretch of articleBody
#: that the body holds in order, per word of the stretch.
SPREAD_SHARE = 0.25


def _spread_in(found: list[str], body: list[str], owners: list[int]) -> bool:
    """Whether the body holds the words in runs, one block after the other, with only whole
    other blocks between them: a stretch of articleBody that runs a list into the next
    paragraph over the subhead between (`… Soré (AS Douanes) Pour Issouf Compaoré, …`), which
    is no gap. (Words scattered inside one block, `… n’a pas été reconnu coupable …`, are
    another sentence.)"""
    limit = len(found) + int(SPREAD_SHARE * len(found)) + 1
    for start in (i for i, word in enumerate(body) if found and word == found[0]):
        at, matched, last = start, 0, -1
        while at < len(body) and at - start < limit and matched < len(found):
            if body[at] == found[matched]:
                gap = last >= 0 and at > last + 1
                if gap and not _blocks_apart(owners, last, at):
                    break
                matched, last = matched + 1, at
            at += 1
        if matched == len(found):
            return True
    return False


def _blocks_apart(owners: list[int], before: int, after: int) -> bool:
    """Whether the words between two positions are whole blocks of their own, the positions'
    blocks being others."""
    between = set(owners[before + 1 : after])
    return owners[before] not in between and owners[after] not in between and bool(between)


def _repeats_lead(found: list[str], leads: list[list[str]]) -> bool:
    """Whether the words repeat a lead (headline, standfirst), or a lead repeats them."""
    return any(find_run(found, lead) >= 0 or find_run(lead, found) >= 0 for lead in leads)


def split_article_body(article_body: str) -> list[str]:
    """articleBody's paragraphs (markup and entities removed)."""
    text = html.unescape(article_body)
    if "<" in text:
        text = re.sub(r"(?i)</?(?:p|div|br|h\d|li|blockquote)\b[^>]*>", "\n", text)
        text = html.unescape(_TAG.sub("", text))  # markup escaped in the JSON: its entities too
    return [collapse(part) for part in re.split(r"\n+", text) if collapse(part)]


def _body_words(blocks: list[Block]) -> tuple[list[str], list[int]]:
    """The body's words in order, and for each the index of its block."""
    found: list[str] = []
    owners: list[int] = []
    for index, block in enumerate(blocks):
        for line in (*block.lines, block.attribution or ""):
            line_words = words(line)
            found += line_words
            owners += [index] * len(line_words)
    return found, owners


def _match_units(paragraphs: list[str], body: list[str]) -> list[_Unit]:
    """Each paragraph found in the body, or else each of its sentences, in order."""
    units: list[_Unit] = []
    for paragraph in paragraphs:
        at = _find(words(paragraph), body)
        if at >= 0:
            units.append(_Unit(paragraph, at))
            continue
        missing: list[str] = []
        for sentence in split_sentences(paragraph):
            at = _find(words(sentence), body)
            if at < 0:
                missing.append(sentence)
                continue
            if missing:
                units.append(_Unit(" ".join(missing), -1))
                missing = []
            units.append(_Unit(sentence, at))
        if missing:
            units.append(_Unit(" ".join(missing), -1))
    return units


def _find(needle: list[str], body: list[str]) -> int:
    """Index of the last word of needle's run in body, or -1 (an empty needle is found)."""
    if not needle:
        return 0 if body else -1
    at = find_run(needle, body)
    return at + len(needle) - 1 if at >= 0 else -1


def _is_addable(text: str) -> bool:
    """Prose worth adding: long enough, ending a sentence, no paywall notice."""
    ends = bool(re.search(r"[.!?…»”]\s*$", text))
    return word_count(text) >= MIN_ADDED_WORDS and ends and not PAYWALL.search(text)


def _insert(blocks: list[Block], inserts: list[tuple[int, str]], draft: Draft) -> list[Block]:
    """Add each text as a paragraph after the block of the given index (-1: first)."""
    if not inserts:
        return blocks
    result = list(blocks)
    for after, text in reversed(inserts):
        result.insert(after + 1, Block("paragraph", (text,)))
    draft.warn(f"added {len(inserts)} paragraph(s) from the page's articleBody to the body")
    return result


def _quote(text: str) -> str:
    """The text for a warning, cut to 80 characters."""
    return repr(text if len(text) <= 80 else text[:77] + "…")


def page_scope(roots: tuple[lxml_html.HtmlElement, ...]) -> lxml_html.HtmlElement | None:
    """The article element around the container (or the container's parent)."""
    first = roots[0]
    for element in (first, *first.iterancestors()):
        if tag_of(element) == "article":
            return element
    return first.getparent() if first.getparent() is not None else first


def paywall_beside(
    paywalls: list[tuple[lxml_html.HtmlElement, str]], scope: lxml_html.HtmlElement | None
) -> bool:
    """Whether a paywall box was removed from inside the article (or right beside it)."""
    if scope is None:
        return False
    for parent, text in paywalls:
        if parent is scope or scope in parent.iterancestors():
            return True
        if parent is scope.getparent() and PAYWALL.search(text):
            return True
    return False


def stops_short(blocks: list[Block], description: str | None) -> bool:
    """Whether the page's og:description says more than its body (a teaser of the article)."""
    body = sum(word_count(line) for block in blocks for line in block.lines)
    return bool(description) and word_count(description or "") > body


def warn_incomplete(draft: Draft) -> None:
    """Warn, once, that the article may be cut short."""
    if INCOMPLETE not in draft.warnings:
        draft.warn(INCOMPLETE)
