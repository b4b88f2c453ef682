"""Interviews: find the question paragraphs and mark them in bold, as editors print them.

Three shapes are recognised: speaker labels (`Le Temps: …?` / `M. G. : …`, the interviewer
being the label whose turns end with `?`), dash-led questions (`— …?` then an unmarked
answer), and unmarked questions (a short paragraph ending with `?` followed by an answer).
A question is marked by wrapping each of its sentence lines in `__…__` (strong emphasis):
every word stays, each line is still one sentence for the splitter, and `__` is used rather
than `**` because the body writer escapes a line that starts with `*`. A footnote digit glued
to a speaker label (`M. G.1 :`) is removed, with a warning.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from ..model import Block
from ..sentences import split_sentences
from .draft import Draft
from .lines import word_count
from .units import Unit

STRONG = "__"
MAX_QUESTION_WORDS = 60
#: The questions an interview asks before a subhead among its answers is read as a cue.
MIN_CUED_INTERVIEW_QUESTIONS = 3
_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:,;!?«»\"]{0,30}?)(?P<note>\d{1,2})?\s?:\s+\S")
_LABEL_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|de|du|des|la|le|d’|l’)$")
_DASH = re.compile(r"^[—–-]\s")
_SIGNAL = re.compile(r"entretien|interview|propos recueillis", re.IGNORECASE)
_CLOSERS = "»”\"' \u00a0\u202f"


def find_questions(blocks: list[Block], draft: Draft) -> set[int]:
    """Indices of the paragraph blocks that are an interviewer's questions."""
    paragraphs = [i for i, block in enumerate(blocks) if block.kind == "paragraph"]
    texts = {i: " ".join(blocks[i].lines) for i in paragraphs}
    if any(text.startswith(("**", "__")) for text in texts.values()):
        return set()  # already marked by hand
    return (
        _labelled_questions(texts)
        or _dashed_questions(texts, paragraphs)
        or _unmarked_questions(texts, paragraphs, _has_signal(draft))
    )


def speaker_label(text: str) -> tuple[str, str | None] | None:
    """`M. G.1 : Non.` → (`M. G.`, `1`): a short capitalised label before a colon."""
    match = _LABEL.match(text)
    if not match:
        return None
    label = match.group("label").strip()
    words = label.split()
    if not 1 <= len(words) <= 4 or not all(_LABEL_WORD.match(word) for word in words):
        return None
    return label, match.group("note")


def _labelled_questions(texts: dict[int, str]) -> set[int]:
    labels = {i: speaker_label(text) for i, text in texts.items()}
    counts = Counter(found[0] for found in labels.values() if found)
    speakers = {label for label, count in counts.items() if count >= 2}
    if not speakers:
        return set()
    share = {
        label: sum(is_question(texts[i]) for i, f in labels.items() if f and f[0] == label)
        / counts[label]
        for label in speakers
    }
    interviewer = max(sorted(speakers), key=lambda label: share[label])
    if share[interviewer] < 0.5:
        return set()
    return {i for i, found in labels.items() if found and found[0] == interviewer}


def _dashed_questions(texts: dict[int, str], order: list[int]) -> set[int]:
    dashed = [i for i in order if _DASH.match(texts[i])]
    if len(dashed) < 2 or sum(is_question(texts[i]) for i in dashed) < 0.6 * len(dashed):
        return set()
    answered = sum(
        _next(order, i) in texts and not _DASH.match(texts[_next(order, i)]) for i in dashed
    )
    return set(dashed) if answered >= 0.6 * len(dashed) else set()


def _unmarked_questions(texts: dict[int, str], order: list[int], signal: bool) -> set[int]:
    found = set()
    for i in order:
        after = _next(order, i)
        short = word_count(texts[i]) <= MAX_QUESTION_WORDS
        if short and is_question(texts[i]) and after == i + 1 and not is_question(texts[after]):
            found.add(i)
    enough = len(found) >= 3 or (len(found) >= 2 and (signal or len(found) >= 0.2 * len(order)))
    if not enough:
        return set()
    return found | {i for i in order if _asks_then_explains(texts, order, i, found)}


def _asks_then_explains(texts: dict[int, str], order: list[int], i: int, found: set[int]) -> bool:
    """`Et les loyers? Une famille…`: a short question with context, between two answers."""
    at = bisect_left(order, i)  # order is sorted: no linear search
    before, after = order[at - 1] if at else -1, _next(order, i)
    if i in found or before in found or after in found or -1 in (before, after):
        return False
    words = word_count(texts[i])
    head = texts[i].split("?")[0]
    return (
        "?" in texts[i]
        and word_count(head) <= 25
        and words <= 40
        and words < min(word_count(texts[before]), word_count(texts[after]))
    )


def _next(order: list[int], index: int) -> int:
    position = bisect_left(order, index) + 1  # order is sorted: no linear search
    return order[position] if position < len(order) else -1


def is_question(text: str) -> bool:
    """Whether a paragraph ends with a question mark (closing quotes allowed after it)."""
    return text.rstrip(_CLOSERS).endswith("?")


def _has_signal(draft: Draft) -> bool:
    fields = (draft.section, draft.genre, draft.standfirst, draft.author, draft.title)
    return any(field and _SIGNAL.search(field) for field in fields)


def remove_label_notes(units: list[Unit], draft: Draft) -> list[Unit]:
    """`M. G.1 : …` → `M. G. : …` when `M. G.` is a speaker label elsewhere too."""
    found = [speaker_label(unit.text) for unit in units]
    counts = Counter(item[0] for item in found if item)
    out = []
    for unit, item in zip(units, found, strict=True):
        if item and item[1] and counts[item[0]] >= 2:
            label, note = item
            first = unit.lines[0].replace(f"{label}{note}", label, 1)
            message = f"removed the footnote mark {note!r} from the speaker label {label!r}"
            draft.warn(message, unit.number)
            unit = Unit((first, *unit.lines[1:]), unit.number)
        out.append(unit)
    return out


def mark_question(block: Block, lang: str, draft: Draft) -> Block:
    """Wrap each sentence line of a question in strong emphasis, if the splitter agrees."""
    lines = tuple(f"{STRONG}{line}{STRONG}" for line in block.lines)
    if any(split_sentences(line, lang) != [line] for line in lines):
        draft.warn(f"question left unmarked (the splitter would cut it): {block.lines[0][:40]!r}")
        return block
    return Block(block.kind, lines, block.attribution)


def cue_subheads(blocks: list[Block], questions: set[int]) -> tuple[list[Block], set[int]]:
    """In an interview, a subhead set where a question would be, between an answer (that
    follows a question) and the next answer, is the interviewer's cue put as a statement
    (`Le financement reste le nerf de la guerre` / `Oui, et c'est …`): a question paragraph."""
    if len(questions) < MIN_CUED_INTERVIEW_QUESTIONS:
        return blocks, questions
    out, found = list(blocks), set(questions)
    for at in range(2, len(blocks) - 1):
        before, after = blocks[at - 1], blocks[at + 1]
        answered = at - 2 in questions and before.kind == after.kind == "paragraph"
        if blocks[at].kind == "subhead" and answered and {at - 1, at + 1}.isdisjoint(questions):
            out[at] = Block("paragraph", blocks[at].lines)
            found.add(at)
    return out, found
