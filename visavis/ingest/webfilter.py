"""Pieces of a page's article container to body blocks: what repeats the front-matter, what
is a byline, a date, a label or a box goes; headings become subheads, pull quotes quotes.

The headline and the standfirst are in the front-matter: a piece that repeats them is dropped,
so is a byline or date line (`webmetalines`), a live ticker's timestamp, a `Publicité` label,
a "Lire aussi" box and a paywall notice (which also marks the text as incomplete). A short
quotation set apart that a paragraph beside it repeats is a pull quote, whatever its markup.
A heading ending with `?` is an interview question — a paragraph, for the interview logic to
mark — when the article has two or more of them; a short paragraph all in bold that does not
end a sentence is a subhead (`<p><b>Pédiatrie sous pression</b></p>`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from ..model import Block
from ..sentences import split_sentences
from .copybanners import (
    ADDRESSED,
    FIRST_PERSON,
    is_disclaimer,
    is_error_report,
    is_funding_note,
    is_live_notice,
)
from .copyquotes import echoes
from .engagement import is_media_label
from .linekind import (
    Kind,
    classify_line,
    is_bare_links_heading,
    is_links_heading,
    is_wholly_quoted,
)
from .lines import is_score_line, signs_with_initials
from .webclean import LABEL
from .webmeta import PageMeta
from .webmetalines import (
    is_dated_byline_line,
    is_dates_line,
    is_info_line,
    is_meta_line,
    same_words,
)
from .webtext import Piece, find_run, word_count, words

#: A piece shorter than this may be a label, a byline or a date line.
SHORT_WORDS = 14
#: A page listing this many linked headlines is a home page, not an article.
MIN_TEASERS = 3
#: A bold paragraph this short that does not end a sentence is a subhead.
MAX_SUBHEAD_WORDS = 12
#: Titles of boxes that are nothing but the title (`Commentaires (3)`, `Partager`).
_BOX_TITLE = re.compile(
    r"(?:partager(?: cet article)?|commentaires?|réactions?|vos réactions|newsletters?"
    r"|réagir(?: à cet article)?)\s*(?:\(\d+\))?\s*:?",
    re.IGNORECASE,
)
PAYWALL = re.compile(
    r"réservée?s? aux (?:abonnés|membres)|il vous reste \d+\s*%|pour lire la suite"
    r"|la suite (?:de cet article )?est réservée|abonnez-vous pour (?:lire|continuer|accéder)"
    r"|déjà abonnée?\s*\?|contenu (?:réservé|premium)|article (?:réservé|premium)",
    re.IGNORECASE,
)
_LEAD_NAMES = re.compile(
    r"(?<![a-z])(?:chapo|chapeau|standfirst|intro|lead|lede|deck|accroche|desc|description"
    r"|sous-titre|subtitle|subheadline)(?![a-z])"
)
_SUBHEAD_NAMES = re.compile(
    r"(?<![a-z])(?:inter|intertitre|intertitle|subhead|crosshead|sub-?title|heading)(?![a-z])"
)
#: Kinds of line (as a text copy's lines are judged) that are chrome in a page's text; a
#: link, a name or a bullet may be the article's.
_NOISE = frozenset(
    {
        *(Kind.BUTTON, Kind.CRUMBS, Kind.RELDATE, Kind.READTIME, Kind.COUNT, Kind.PHOTO),
        *(Kind.CAPTION, Kind.SEEALSO, Kind.BANNER, Kind.CONTACT, Kind.AGENCY, Kind.DATE),
    }
)
_DASHED = re.compile(r"^[—–-]")
#: An item that opens on its time of day: `15:12 Enedis mobilise 900 techniciens`.
_AT_TIME = re.compile(r"^\d{1,2}\s?[:h]\s?\d{2}\s+\S")
#: The longest quotation set apart that may be a pull quote, and how many pieces around it
#: may hold the paragraph that repeats it.
MAX_PULL_WORDS = 40
ECHO_NEIGHBOURS = 3
_ENDS = re.compile(r"[.!?…:;,»”\"]\s*$")


@dataclass
class Verdict:
    """What filtering found besides the blocks: a paywall notice, the page's own lead."""

    paywall: bool = False
    #: A paragraph the page marks as its lead (`p.chapo`), before the article's prose.
    lead: str | None = None


def pieces_to_blocks(
    pieces: list[Piece], meta: PageMeta, verdict: Verdict, trim: bool = False
) -> list[Block]:
    """The body blocks the pieces hold, chrome and repeats of the front-matter dropped; none
    for a list of teasers (headlines that are links, each with a line or two)."""
    if trim:
        pieces = trim_pieces(pieces)
    if is_teaser_list(pieces):
        return []
    pieces = _echoed_quotes(_below_headline(pieces, meta.title))
    interview = _is_interview(pieces)
    blocks: list[Block] = []
    skip_links = prose_seen = False
    headed = None  # the index of the piece last kept as a heading
    for index, piece in enumerate(pieces):
        if not prose_seen and (_is_lead(piece, meta, verdict) or _is_kicker(piece, meta)):
            continue
        prose_seen = prose_seen or (piece.kind == "paragraph" and _is_prose(piece))
        if skip_links and piece.linked and piece.kind in ("list", "paragraph"):
            continue
        skip_links = False
        heads_links = _heads_links(pieces, index)
        if is_label(piece) or heads_links or (piece.kind == "heading" and piece.linked):
            skip_links = True  # a box's title, or a teaser's headline: its links go with it
            continue
        if _drop(piece, meta, verdict):
            if headed is not None and headed == index - 1 and piece.kind == "list" and piece.linked:
                blocks.pop()  # the heading of a list of links that is chrome (`Les temps forts`)
            continue
        blocks.append(_to_block(piece, interview))
        headed = index if piece.kind == "heading" else headed
    return _without_closing_initials(blocks)


def _heads_links(pieces: list[Piece], index: int) -> bool:
    """`Articles similaires`, `Les plus lus` (the copy reader's headings of a box of links)
    alone, or a longer such heading right over a piece that is all links."""
    piece, following = pieces[index], pieces[index + 1] if index + 1 < len(pieces) else None
    if piece.kind not in ("heading", "paragraph") or not is_links_heading(piece.text):
        return False
    return is_bare_links_heading(piece.text) or (following is not None and following.linked)


def _without_closing_initials(blocks: list[Block]) -> list[Block]:
    """The blocks without the writer's initials closing the text (`K. B.`): a signature."""
    last = blocks[-1] if blocks else None
    closing = last is not None and last.kind == "paragraph" and len(last.lines) == 1
    before = blocks[-2].lines[-1] if closing and len(blocks) > 1 and blocks[-2].lines else ""
    return blocks[:-1] if closing and signs_with_initials(last.lines[0], before) else blocks


def drop_trailing_subheads(blocks: list[Block]) -> list[Block]:
    """The blocks without the headings that close them: a heading with no text after it is a
    box's (on a page cut short by its paywall, it is the article's next part)."""
    end = len(blocks)
    while end and blocks[end - 1].kind == "subhead":
        end -= 1
    return blocks[:end]


def _echoed_quotes(pieces: list[Piece]) -> list[Piece]:
    """A short quotation set apart between the paragraphs (in a `blockquote`, a styled `p`)
    that a longer paragraph beside it repeats is a pull quote, whatever its markup: a block
    quotation (a letter, a statement) is said once."""
    out = list(pieces)
    for index, piece in enumerate(pieces):
        words = word_count(piece.text)
        if piece.kind != "paragraph" or words > MAX_PULL_WORDS:
            continue
        if not is_wholly_quoted(piece.text.strip()):
            continue
        near = pieces[max(0, index - ECHO_NEIGHBOURS) : index + ECHO_NEIGHBOURS + 1]
        longer = [p.text for p in near if p.kind == "paragraph" and word_count(p.text) > words]
        if echoes(piece.text, longer):
            out[index] = replace(piece, kind="pull")
    return out


def _below_headline(pieces: list[Piece], title: str | None) -> list[Piece]:
    """The pieces without the short lines above the headline (kicker, rubric, date)."""
    top = next(
        (
            i
            for i, p in enumerate(pieces)
            if p.kind == "heading" and p.level == 1 and _overlaps(p.text, title or "")
        ),
        0,
    )
    above = [p for p in pieces[:top] if p.kind != "paragraph" or word_count(p.text) > SHORT_WORDS]
    return above + pieces[top:]


def is_teaser_list(pieces: list[Piece]) -> bool:
    """Three or more headlines that are links, and no more prose than they have teasers."""
    teasers = sum(p.kind == "heading" and p.linked for p in pieces)
    prose = sum(p.kind == "paragraph" and _is_prose(p) for p in pieces)
    return teasers >= MIN_TEASERS and prose <= teasers


def _is_lead(piece: Piece, meta: PageMeta, verdict: Verdict) -> bool:
    """The page's lead (before any prose): the standfirst, or taken as it when none is known."""
    if piece.kind != "paragraph" or not _LEAD_NAMES.search(piece.names) or verdict.lead:
        return False
    if meta.standfirst and not _overlaps(piece.text, meta.standfirst):
        return False
    verdict.lead = piece.text
    return True


def _is_kicker(piece: Piece, meta: PageMeta) -> bool:
    """The label above the article's text (`Entretien`), or a link of a few words: its
    rubric (`Genève`, `Climat`)."""
    if piece.kind != "paragraph":
        return False
    return (piece.linked and word_count(piece.text) <= 4) or same_words(piece.text, meta.kicker)


def _overlaps(text: str, other: str) -> bool:
    """Whether half of the text's pairs of neighbouring words are in the other."""
    found, theirs = words(text), words(other)
    pairs, known = list(pairwise(found)), set(pairwise(theirs))
    return bool(pairs) and sum(pair in known for pair in pairs) >= len(pairs) / 2


def trim_pieces(pieces: list[Piece]) -> list[Piece]:
    """The pieces from the first to the last paragraph of prose, and the sentences next to
    them: what a guessed container holds before and after its article is chrome."""
    prose = [i for i, p in enumerate(pieces) if p.kind == "paragraph" and _is_prose(p)]
    if not prose:
        return pieces
    return pieces[_reach(pieces, prose[0], -1) : _reach(pieces, prose[-1], 1) + 1]


def _reach(pieces: list[Piece], index: int, step: int) -> int:
    """The farthest piece from index (going by step) over sentences, and over headings that
    a sentence follows."""
    while True:
        ahead = index + step
        while 0 <= ahead < len(pieces) and pieces[ahead].kind == "heading":
            ahead += step
        if not (0 <= ahead < len(pieces) and _is_sentence(pieces[ahead])):
            return index
        index = ahead


def _is_prose(piece: Piece) -> bool:
    """A paragraph of prose: long, and not a link."""
    return word_count(piece.text) >= SHORT_WORDS and not piece.linked


def _is_sentence(piece: Piece) -> bool:
    """Text that reads as the article's: a sentence, a quotation, a list that is not links."""
    if piece.linked:
        return False
    if piece.kind in ("list", "quote", "pull"):
        return True
    return piece.kind == "paragraph" and bool(re.search(r"[.!?…»]\s*$", piece.text))


def is_label(piece: Piece) -> bool:
    """The title of a box of links (`Lire aussi`, `Sur le même sujet`) or of a box that is
    chrome (`Commentaires (3)`): the links after it go with it."""
    if piece.kind not in ("paragraph", "heading") or word_count(piece.text) > SHORT_WORDS:
        return False
    if _BOX_TITLE.fullmatch(piece.text.strip()):
        return True
    match = LABEL.match(piece.text)
    return bool(match) and not piece.text[match.end() :].strip(" :.-–—")


def _drop(piece: Piece, meta: PageMeta, verdict: Verdict) -> bool:
    """Whether a piece is chrome or repeats the front-matter."""
    if piece.kind == "list":  # an info bar laid out as a list: `27 nov. 2026` / `4 min de lecture`
        # (or a live page's key moments, each at its time: `15:12 Enedis mobilise …`)
        timed = all(_AT_TIME.match(item) for item in piece.items)
        return bool(piece.items) and (timed or all(is_meta_line(i, meta) for i in piece.items))
    if piece.kind == "pull":
        return False
    text = piece.text
    if _is_paywall(text):
        verdict.paywall = True
        return True
    if same_words(text, meta.title) or _within(text, meta.standfirst):
        return True
    if _within(text, meta.byline_text) and word_count(text) <= SHORT_WORDS:
        return True  # a signature's role under its name (`<b>Name</b><br>Économiste, …`)
    signed = bool(meta.byline_text) and text.startswith(meta.byline_text or "")
    if signed and word_count(text) <= SHORT_WORDS and not text.rstrip().endswith("."):
        return True  # the signature and its role as one line (`Name Économiste, …`)
    if piece.kind == "heading" and piece.level == 1 and _overlaps(text, meta.title or ""):
        return True  # the headline, worded a little differently from the title
    if piece.kind == "paragraph" and (is_dated_byline_line(text) or is_info_line(text, meta)):
        return True
    if piece.kind == "paragraph" and is_dates_line(text):
        return True
    # (`Les textes d'opinion … n'engagent que leurs auteurs.`, `Ce direct est désormais
    # terminé. Retrouvez la suite …`)
    if piece.kind == "paragraph" and is_funding_note(text):
        return True  # `Ce reportage a été réalisé dans le cadre de l’Initiative de journalisme …`
    notice = is_disclaimer(text) or is_live_notice(text)
    if piece.kind == "paragraph" and word_count(text) <= SHORT_WORDS * 2 and notice:
        return True
    if piece.kind == "quote" or word_count(text) > SHORT_WORDS:
        return False
    return piece.timed or is_media_label(text) or is_meta_line(text, meta) or _is_noise(text)


def _is_noise(text: str) -> bool:
    """A line of a page's chrome (`Partager`, `Lecture 4 min`, `© Le Temps`), unless it reads
    as a sentence: `Refuser, c’est perdre.` is an answer, not a cookie button."""
    kind = classify_line(text)
    if kind == Kind.COPYRIGHT:
        return True
    sentence = _ENDS.search(text) and not text.rstrip().endswith(":")
    return (kind in _NOISE and not sentence) or is_error_report(text)


def _is_paywall(text: str) -> bool:
    """A notice that the rest of the article is for subscribers."""
    return word_count(text) <= 3 * SHORT_WORDS and bool(PAYWALL.search(text))


def _within(text: str, other: str | None) -> bool:
    """Whether text is a run of other's words (a standfirst repeated, or part of it)."""
    if not other:
        return False
    found = words(text)
    return len(found) >= 4 and find_run(found, words(other)) >= 0


def _to_block(piece: Piece, interview: bool) -> Block:
    """The body block of a piece that is kept (a paragraph where Markdown could not say it)."""
    if piece.kind == "list":
        return Block("list", piece.items)
    if piece.kind in ("quote", "pull"):
        if piece.attribution is None and _DASHED.match(split_sentences(piece.text)[-1]):
            return Block("paragraph", (piece.text,))  # `> — Oui.` would read as a name
        return Block("quote", (piece.text,), piece.attribution)
    # (in an interview, a heading that ends a sentence is the interviewer's too: `Vous chantez
    # pour la première fois en néerlandais.`)
    asked = interview and piece.text.rstrip(' »”"')[-1:] in (".", "!", "?", "…")
    heading = piece.kind == "heading" and not asked
    # (`## C#` reads `C`; a match sheet's score line is the sheet's, no subhead)
    bold = _is_subhead(piece) and not is_score_line(piece.text)
    if (heading or bold) and not piece.text.endswith("#"):
        return Block("subhead", (piece.text,))
    if piece.attribution:  # a block quotation said once, signed: its speaker after it
        return Block("paragraph", (f"{piece.text} — {piece.attribution}",))
    return Block("paragraph", (piece.text,))


#: The people answering, in an interview's answers, beside `je`, `mon`: `nous`, `notre`.
_WE = re.compile(r"\b(?:nous|notre|nos)\b", re.IGNORECASE)


def _is_interview(pieces: list[Piece]) -> bool:
    """Whether headings that ask questions are an interview's (two or more, and a heading that
    speaks to someone, or answers most of which speak in the first person), not an explainer's
    (`Qui critique la réforme ?` over a paragraph that tells who)."""
    asked = [
        at
        for at, piece in enumerate(pieces[:-1])
        if piece.kind == "heading" and _is_question(piece.text)
    ]
    spoken = sum(_speaks(pieces[at + 1].text) for at in asked)
    addressed = any(piece.kind == "heading" and ADDRESSED.search(piece.text) for piece in pieces)
    return len(asked) >= 2 and (addressed or spoken * 2 >= len(asked))


def _speaks(text: str) -> bool:
    """Whether a text speaks in the first person, singular or plural."""
    return FIRST_PERSON.search(text) is not None or _WE.search(text) is not None


def _is_question(text: str) -> bool:
    """Whether the text ends with a question mark (closing quotes allowed)."""
    return text.rstrip(' »”"').endswith("?")


def _is_subhead(piece: Piece) -> bool:
    """A short paragraph in bold (or named as such) that does not end a sentence."""
    if word_count(piece.text) > MAX_SUBHEAD_WORDS or _ENDS.search(piece.text):
        return False
    return piece.bold or bool(_SUBHEAD_NAMES.search(piece.names))
