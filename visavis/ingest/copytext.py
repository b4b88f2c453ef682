"""The body of a copied article: its pieces without the chrome inside, as blocks.

Inside the text, teasers (`Vidéo` or `À lire aussi` then the linked headline), ad labels,
captions, media labels and banners are chrome. A line between quotation marks that repeats
the text or carries an attribution below it is a pull quote (`copyquotes`). A genre label or
an agency dateline run into the first paragraph (`POINT DE VUE / …`, `OTTAWA (PC) — …`) is
taken out of it. What is left goes through the same paragraph, subhead and drop-cap rules as
every other layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Block
from .blocks import build_blocks, is_subhead, units_from_chunks
from .casing import restore_label
from .copybanners import is_ad_label
from .copycredits import agencies_in
from .copyhead import is_genre
from .copyinfo import is_practical_info
from .copylists import announces, list_block, split_lists
from .copypieces import Piece, is_spaced, make_piece
from .copyquotes import is_attribution, is_quoted_subhead, pull_quote
from .copysubheads import (
    is_entry_title,
    is_list_item,
    is_time_stamp,
    question_subheads,
    unhead_entries,
    unhead_info,
    unhead_rows,
    untitle_tables,
)
from .draft import Draft
from .engagement import is_media_label
from .linekind import CHROME, MAX_LABEL_WORDS, Kind, is_data_row, is_links_heading
from .lines import INNER_END, Line, is_caps, signs_with_initials, word_count
from .units import lines_are_paragraphs, wrap_width

#: Kinds dropped inside the text (bullets stay: an article may hold a list).
_DROPPED = (CHROME - {Kind.BULLET}) | {
    Kind.BYLINE,
    Kind.DATE,
    Kind.AGENCY,
    Kind.LABEL,
    Kind.NAME,
}
_RUN_IN = re.compile(
    r"^(?P<label>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]{1,40}?)?\s*(?P<credit>\([^()]{1,30}\))?\s*"
    r"(?P<sep>[/|—–-])\s+(?=\S)"
)
MAX_TEASER_CUE_WORDS = 4
#: The longest headline a see-also cue links to on the line under it.
MAX_LINKED_WORDS = 25
#: Genre labels of an interview (`Entrevue` is Québec's word).
INTERVIEW_GENRES = ("entretien", "interview", "entrevue", "grande entrevue", "grand entretien")
#: The longest caption printed over its photographer's bare name.
MAX_CREDITED_CAPTION_WORDS = 25


@dataclass
class Text:
    """The body's blocks, the source lines they hold, and what was read out of them."""

    blocks: list[Block] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)
    quoted: set[int] = field(default_factory=set)
    agencies: list[str] = field(default_factory=list)


def build_text(
    pieces: list[Piece],
    span: range,
    draft: Draft,
    known: dict[str, str],
    read: set[int] | None = None,
) -> Text:
    """Blocks of the text in `span` (piece indices); chrome inside it, and the pieces `read`
    into the front-matter (a headline inside a widened span), are left out."""
    text = Text()
    labels = pieces
    pieces = promote_short_headings(pieces, span)
    promoted = {index for index in span if pieces[index] is not labels[index]}
    kept = [index for index in _kept(pieces, span, promoted) if index not in (read or set())]
    segments: list[list[Piece]] = [[]]
    #: The pull quotes and quoted subheads set between the segments.
    between: list[Block] = []
    interview = (draft.genre or "").casefold() in INTERVIEW_GENRES
    questions = question_subheads(pieces, kept, interview)
    for index in kept:
        piece = pieces[index]
        if index in text.quoted:
            continue
        heads = index in questions or is_entry_title(pieces, index)  # a live entry's title
        if heads or is_quoted_subhead(pieces, index, kept):
            text.quoted.add(index)
            between.append(Block("subhead", (piece.text,)))
            segments.append([])
            continue
        quote = pull_quote(pieces, index, span, text.quoted)
        if quote is not None:
            text.quoted.add(index)
            between.append(quote)
            segments.append([])
            continue
        segments[-1].append(_recased(piece, known))
    segments = _strip_run_in(segments, draft, text)
    for number, segment in enumerate(segments):
        inserted = between[number] if number < len(between) else None
        quote_next = inserted is not None and inserted.kind == "quote"
        text.blocks.extend(_segment_blocks(segment, draft, more=quote_next))
        if inserted is not None:
            text.blocks.append(inserted)
    held = [p for segment in segments for p in segment] + [pieces[i] for i in text.quoted]
    text.lines = {line.number for piece in held for line in piece.lines}
    return text


#: The fewest letters of a one-word subhead (`Musique`, `Bilan`).
MIN_WORD_HEADING = 4


def promote_short_headings(pieces: list[Piece], span: range) -> list[Piece]:
    """A two-word line set between two paragraphs of the text is its subhead (`Cinq
    changements`, `Premier bilan`), and so is one word set apart (`Musique`), not a label of
    the page: written in natural casing, not a
    recording's label (`En images`), nor the heading of a box of links; anything else of the
    page's chrome is told apart by its own kind first (`Partager` is a button)."""
    out = list(pieces)
    for index in span:
        piece = pieces[index]
        if piece.kind != Kind.LABEL or not 1 <= piece.words <= MAX_LABEL_WORDS:
            continue
        before, after = _beside_text(pieces, index, -1, span), _beside_text(pieces, index, 1, span)
        if before is None or after is None:
            continue
        between = before.kind == after.kind == Kind.TEXT
        # one word heads a part only set apart (`Musique`, its own paragraph of the copy)
        apart = before.chunk != piece.chunk != after.chunk and len(piece.text) >= MIN_WORD_HEADING
        between = between and (piece.words == MAX_LABEL_WORDS or apart)
        shaped = is_subhead(piece.text) and not is_caps(piece.text, 3)
        page_label = is_media_label(piece.text) or is_links_heading(piece.text)
        if between and shaped and not page_label:
            out[index] = replace(piece, kind=Kind.TITLE)
    return out


#: What the page sets inside its text without parting it: an ad's label, a photo and its
#: caption or credit, a `Lire aussi` link.
_INSET = frozenset({Kind.BUTTON, Kind.PHOTO, Kind.CAPTION, Kind.SEEALSO})


def _beside_text(pieces: list[Piece], index: int, step: int, span: range) -> Piece | None:
    """The piece next to `index` (before it for a `step` of -1), past the page's insets
    (`Publicité`, a photo's credit); None past the span."""
    index += step
    while index in span and pieces[index].kind in _INSET:
        index += step
    return pieces[index] if index in span else None


def _kept(pieces: list[Piece], span: range, promoted: set[int]) -> list[int]:
    """Indices of the pieces in span that are text, not chrome (a short heading `promoted`
    between paragraphs is no teaser's headline, even under an ad's label)."""
    kept = []
    spaced = is_spaced(pieces[span.start : span.stop])
    for index in span:
        piece = pieces[index]
        before = pieces[index - 1] if index > span.start else None
        if piece.kind in _DROPPED and not is_attribution(pieces, index, span):
            continue
        if _credited_caption(pieces, index, span) or _media_label(piece):
            continue
        if piece.kind == Kind.TITLE and _over_duration(pieces, index, span):
            continue  # a video's title over its date and length (`1 min.`)
        if _over_video_length(pieces, index, span):
            continue  # a video's legend over `Vidéo. Durée : 1 minute 12 secondes`
        if _over_player(pieces, index, span):
            continue  # `Les explications de X au micro de Y :` over `Écouter` / `00:00`
        if _under_player(pieces, index, span):
            continue  # `Écouter` / `0:47` / `Le réquisitoire du procureur, raconté par …`
        if _embedded_report(pieces, index, span):
            continue  # `Le reportage de X et Y :` / the video's title / `©Polynésie la 1ère`
        cued = before is not None and index not in promoted and _teaser_cue(before, piece, spaced)
        if piece.kind == Kind.TITLE and cued:
            continue  # (a live entry's time of day is no teaser's cue)
        if cued and before is not None and _cue_alone(before) and _linked_question(piece):
            continue  # `À lire aussi` / `Tempêtes : pourquoi … en Bretagne ?`
        if piece.kind == Kind.TITLE and _in_link_list(pieces, index, span, spaced):
            continue
        kept.append(index)
    last = pieces[kept[-1]] if kept else None
    before = pieces[kept[-2]].text if len(kept) > 1 else ""
    if last is not None and last.kind == Kind.TEXT and signs_with_initials(last.text, before):
        kept.pop()  # the writer's initials closing the text (`S.M.`)
    return kept


def _credited_caption(pieces: list[Piece], index: int, span: range) -> bool:
    """A short sentence, then a bare name, then the text goes on: a photo's caption and its
    photographer (`L’abribus a été détruit.` / `Jean-Paul Guinnard`). A sentence the text
    repeats is a pull quote over its attribution, a question a speaker's cue in an interview,
    and a name that comes back a speaker's label: none of them is a caption."""
    piece = pieces[index]
    if piece.kind != Kind.TEXT or not 3 <= piece.words <= MAX_CREDITED_CAPTION_WORDS:
        return False
    if index + 2 not in span or piece.text.rstrip(" »”").endswith(("?", "!", "…", ":")):
        return False
    name, after = pieces[index + 1], pieces[index + 2]
    goes_on = after.kind == Kind.TEXT or (after.kind == Kind.TITLE and after.chunk != name.chunk)
    if name.kind != Kind.NAME or not goes_on or is_attribution(pieces, index + 1, span):
        return False
    return sum(pieces[i].text == name.text for i in span) == 1


def _recording_length(piece: Piece) -> bool:
    """A recording's length or a player's time alone on its line: `1 min.`, `01:36`."""
    return piece.kind == Kind.READTIME or is_time_stamp(piece)


def _over_duration(pieces: list[Piece], index: int, span: range) -> bool:
    """A title inside the text over a recording's length, maybe past its date (`Les images
    des évacuations à Riddes` / `19h30 - Publié le 13 avril 2026` / `1 min.`): a video."""
    after = index + 1
    if after in span and pieces[after].kind in (Kind.DATE, Kind.RELDATE):
        after += 1
    return after in span and _recording_length(pieces[after])


#: A video's or a recording's length under its legend: `Vidéo. Durée : 1 minute 12 secondes`.
_VIDEO_LENGTH = re.compile(r"^(?:vidéo|audio)\s*[.:–-]?\s*durée\s*:?\s*\d", re.IGNORECASE)
#: The longest legend of a video over its length.
MAX_VIDEO_LEGEND_WORDS = 25


def _over_video_length(pieces: list[Piece], index: int, span: range) -> bool:
    """A video's legend, one short sentence, right over its length (`Le centre-ville inondé,
    filmé par un drone.` / `Vidéo. Durée : 1 minute 12 secondes`), and that length line."""
    piece = pieces[index]
    if _VIDEO_LENGTH.match(piece.text.strip()):
        return True
    after = index + 1  # (the length line may close the text's span: it is no text)
    if after >= len(pieces) or not _VIDEO_LENGTH.match(pieces[after].text.strip()):
        return False
    short = piece.words <= MAX_VIDEO_LEGEND_WORDS and not INNER_END.search(piece.text)
    # (under an entry's title or a photo, not a paragraph's: `Le maire a promis une enquête.`)
    before = pieces[index - 1] if index - 1 in span else None
    legend = before is None or before.kind != Kind.TEXT
    return piece.kind in (Kind.TEXT, Kind.TITLE, Kind.CAPTION) and short and legend


#: The longest line announcing a recording over its player.
MAX_PLAYER_CUE_WORDS = 15
#: A player's button over its times: `Écouter`, `Lire`, `Play`.
_PLAY = re.compile(r"^(?:écouter|lire|play|regarder)$", re.IGNORECASE)


def _over_player(pieces: list[Piece], index: int, span: range) -> bool:
    """A line announcing a recording, closed by its colon, right over the player's button and
    its times (`Les explications de Julien Queloz au micro de Noémie Frésard :` / `Écouter` /
    `00:00`): the player's, not the text's."""
    piece = pieces[index]
    if piece.kind not in (Kind.TEXT, Kind.TITLE) or not piece.text.rstrip().endswith(":"):
        return False
    if piece.words > MAX_PLAYER_CUE_WORDS:
        return False  # (a paragraph of the text may close on a colon over a recording)
    button, times = index + 1, index + 2
    if times not in span or _PLAY.match(pieces[button].text.strip()) is None:
        return False
    return _recording_length(pieces[times])


#: What announces an embedded report over its title: `Le reportage de X et Y :`.
_REPORT_CUE = re.compile(
    r"^(?i:le |notre |la |l['’])?(?i:reportage|vidéo|sujet|images|émission)\s+(?i:de|d['’])\s*"
    r"[A-ZÀ-Þ][\w’'-]+(?:\s+(?:[A-ZÀ-Þ][\w’'-]+|et|de|du|d['’]))*\s*:$"
)
#: Photo agencies and stock, whose credit under a title is a photo's, not a broadcaster's.
_PHOTO_SOURCE = re.compile(r"keystone|getty|shutterstock|imago|reuters|afp|belga|\bdr\b", re.I)


def _embedded_report(pieces: list[Piece], index: int, span: range) -> bool:
    """An embedded video: the line announcing it (closed by its colon), its title, and the
    broadcaster's credit under them (`Le reportage de Teva Maraetefau et Mana Tehei :` / `Le
    blanchissement des coraux à Moorea` / `©Polynésie la 1ère`): the player's lines."""
    for cue in (index, index - 1):
        title, credit = cue + 1, cue + 2
        if cue not in span or credit not in span:
            continue
        announced = _REPORT_CUE.match(pieces[cue].text.strip()) is not None
        announced = announced and pieces[cue].words <= MAX_PLAYER_CUE_WORDS
        broadcaster = pieces[credit].kind == Kind.PHOTO
        broadcaster = broadcaster and _PHOTO_SOURCE.search(pieces[credit].text) is None
        if announced and pieces[title].kind == Kind.TITLE and broadcaster:
            return True
    return False


#: A recording's title naming who tells it: `…, raconté par Camille Rostaing`, `au micro de`.
_TOLD_BY = re.compile(
    r"\b(?:racontée?s? par|présentée? par|au micro de|avec|par)\s+[A-ZÀ-Þ]|\breportage\b", re.I
)


def _under_player(pieces: list[Piece], index: int, span: range) -> bool:
    """A recording's title right under the player's button and its time, in their block
    (`Écouter` / `0:47` / `Le réquisitoire du procureur, raconté par Camille Rostaing`)."""
    piece = pieces[index]
    button, times = index - 2, index - 1
    if piece.kind != Kind.TITLE or button not in span or piece.words > MAX_PLAYER_CUE_WORDS:
        return False
    if _PLAY.match(pieces[button].text.strip()) is None or pieces[times].chunk != piece.chunk:
        return False
    return _recording_length(pieces[times]) and _TOLD_BY.search(piece.text) is not None


def _media_label(piece: Piece) -> bool:
    """`Vidéo - Les images de …`, `EN IMAGES`, `[PODCAST] …`: a recording's label and the
    title it links to, set between paragraphs, never a subhead."""
    return piece.kind in (Kind.TITLE, Kind.LABEL, Kind.TEXT) and is_media_label(piece.text)


def _in_link_list(pieces: list[Piece], index: int, span: range, spaced: bool) -> bool:
    """Titles listed one under the other (related articles); the last one may head a paragraph.
    In a `spaced` copy (a blank line under every block), the list's lines are blocks apart."""
    if is_list_item(pieces[index].text) or announces(pieces[index]):
        return False  # an item of the article's own list, or the line announcing it

    def alone(at: int) -> bool:
        """Whether the piece at `at` is a block of its own."""
        chunk = pieces[at].chunk
        return all(pieces[i].chunk != chunk for i in (at - 1, at + 1) if 0 <= i < len(pieces))

    def cued() -> bool:
        """Whether the titles up to the title, each a block of its own, sit under a see-also
        cue or a heading of links."""
        at = index
        while at > span.start and pieces[at].kind == Kind.TITLE and alone(at):
            if is_links_heading(pieces[at].text):
                return True
            at -= 1
        return _cue_alone(pieces[at]) or is_links_heading(pieces[at].text)

    def together(at: int) -> bool:
        """Whether the piece at `at` is in the same block as the title, or (in a spaced copy,
        both blocks of their own, under a see-also cue) the next block."""
        apart = abs(pieces[at].chunk - pieces[index].chunk)
        next_block = apart == abs(at - index) == 1 and alone(at) and alone(index)
        return apart == 0 or (spaced and next_block and cued())

    def listed(at: int) -> bool:
        """Whether the piece at `at` is another title of the same list."""
        same = at in span and together(at) and pieces[at].kind == Kind.TITLE
        return same and not is_list_item(pieces[at].text) and not announces(pieces[at])

    after = index + 1
    heads = after in span and together(after) and pieces[after].kind == Kind.TEXT
    return listed(after) or (listed(index - 1) and not (heads and not _headed(pieces, index)))


def _headed(pieces: list[Piece], index: int) -> bool:
    """Whether the titles listed up to `index` sit under a heading of links (`Les plus lus`,
    or a see-also cue announcing a list, `À lire aussi :`): then the last of them is a link
    too, never the subhead of the paragraph under it."""
    at = index
    while at >= 0 and pieces[at].chunk == pieces[index].chunk and pieces[at].kind == Kind.TITLE:
        if is_links_heading(pieces[at].text):
            return True
        at -= 1
    return at >= 0 and (is_links_heading(pieces[at].text) or _cues_list(pieces[at]))


def _cue_alone(piece: Piece) -> bool:
    """`À lire aussi`, `Voir aussi`: a see-also cue with no headline on its line."""
    return piece.kind == Kind.SEEALSO and piece.words <= MAX_TEASER_CUE_WORDS


def _linked_question(piece: Piece) -> bool:
    """A headline that asks its question in one sentence, as the link under a cue does."""
    text = piece.text.rstrip()
    one = INNER_END.search(text) is None
    return (
        piece.kind == Kind.TEXT and one and text.endswith("?") and piece.words <= MAX_LINKED_WORDS
    )


def _cues_list(piece: Piece) -> bool:
    """`À lire aussi :`: a cue alone that announces, with its colon, a list of links (without
    one, `À LIRE AUSSI` cues the one headline under it, and a title after that is the text's
    own subhead)."""
    return _cue_alone(piece) and piece.text.rstrip().endswith(":")


def _teaser_cue(before: Piece, piece: Piece, spaced: bool) -> bool:
    """`Vidéo` / `À lire aussi` then, on the next line, the headline it links to (an ad's slot,
    `Publicité`, heads no teaser: the ad is a picture; `Contenu sponsorisé` heads one)."""
    slot = is_ad_label(before.text) and "sponsor" not in before.text.casefold()
    cue = (before.kind in (Kind.LABEL, Kind.BUTTON) and not slot) or _cue_alone(before)
    # (a copy with a blank line under every block parts `À lire aussi` from its link)
    apart = spaced and _cue_alone(before) and piece.chunk == before.chunk + 1
    near = before.chunk == piece.chunk or apart
    return cue and near and not is_time_stamp(before)


def _recased(piece: Piece, known: dict[str, str]) -> Piece:
    """A subhead printed in capitals, in natural casing."""
    if piece.kind != Kind.TITLE or not is_caps(piece.text, 3) or len(piece.lines) != 1:
        return piece
    line = piece.lines[0]
    fixed = Line(line.number, restore_label(line.text, known))
    return make_piece((fixed,), piece.chunk, piece.kind)


def _strip_run_in(segments: list[list[Piece]], draft: Draft, text: Text) -> list[list[Piece]]:
    """`POINT DE VUE / Chaque…`, `OTTAWA (PC) — Le…`: the label goes to the front-matter."""
    first = next((p for segment in segments for p in segment if p.kind == Kind.TEXT), None)
    if first is None:
        return segments
    line = first.lines[0]
    match = _RUN_IN.match(line.text)
    label = (match.group("label") or "").strip() if match else ""
    agencies = agencies_in(match.group("credit")) if match and match.group("credit") else ()
    genre = bool(label) and is_caps(label, 3) and is_genre(restore_label(label, {}))
    if match is None or not (genre or agencies) or word_count(label) > 5:
        return segments
    if genre and draft.genre is None:
        draft.genre = restore_label(label, {})
    text.agencies.extend(agencies)
    rest = line.text[match.end() :]
    draft.warn(
        f"the label «{line.text[: match.end()].strip()}» run into the first paragraph "
        "is read into the front-matter, not the text",
        line.number,
    )
    fixed = make_piece((Line(line.number, rest), *first.lines[1:]), first.chunk, first.kind)
    return [[fixed if p is first else p for p in segment] for segment in segments]


def _segment_blocks(segment: list[Piece], draft: Draft, more: bool) -> list[Block]:
    """Paragraphs, subheads and lists of a run of pieces between pull quotes."""
    blocks: list[Block] = []
    for is_list, pieces in split_lists(segment):
        blocks.extend([list_block(pieces)] if is_list else _prose_blocks(pieces, draft))
    last = blocks[-1] if blocks else None
    if more and last and last.kind == "paragraph" and _lone_subhead(last):
        blocks[-1] = Block("subhead", last.lines)  # a subhead right before a pull quote
    return blocks


def _prose_blocks(segment: list[Piece], draft: Draft) -> list[Block]:
    """Paragraphs and subheads of pieces; a title-like line always stands apart. Whether the
    lines of a chunk are paragraphs is judged on the whole chunk, not on the part of it a
    subhead cuts off."""
    by_line = {chunk for chunk in {piece.chunk for piece in segment} if _by_line(segment, chunk)}
    chunks: list[list[Line]] = []
    for at, piece in enumerate(segment):
        before = segment[at - 1] if at else None
        apart = before is None or _apart(before, piece)
        alone = piece.chunk in by_line and piece.kind == Kind.TEXT
        if before is not None and before.chunk == piece.chunk and not apart and not alone:
            chunks[-1].extend(piece.lines)
        else:
            chunks.append(list(piece.lines))
    units = units_from_chunks([tuple(chunk) for chunk in chunks], draft)
    if not units:
        return []
    rows = {piece.text for piece in segment if any(line.row for line in piece.lines)}
    blocks = unhead_info(unhead_rows(untitle_tables(build_blocks(units, draft)), rows))
    return unhead_entries(blocks)


def _apart(before: Piece, piece: Piece) -> bool:
    """A title-like line (a role's shape too: `Directrice d’école`), a table's row, or a
    practical-info line (`Prix : Gratuit`) stands apart from the lines beside it."""
    if {Kind.TITLE, Kind.ROLE} & {piece.kind, before.kind}:
        return True
    if any(line.row for p in (piece, before) for line in p.lines):
        return True  # a table's row (`2023-2024 75 000 180 000`)
    return any(is_data_row(p.text) or is_practical_info(p.text) for p in (piece, before))


def _by_line(segment: list[Piece], chunk: int) -> bool:
    """Whether a chunk (not hard-wrapped) has one paragraph per line."""
    lines = tuple(line for piece in segment if piece.chunk == chunk for line in piece.lines)
    return wrap_width(lines) is None and lines_are_paragraphs([line.text for line in lines])


def _lone_subhead(block: Block) -> bool:
    return len(block.lines) == 1 and is_subhead(block.lines[0])
