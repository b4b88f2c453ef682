"""PressReader export, app layout: publication, headline, KICKER standfirst, `- BYLINE`, body."""

from __future__ import annotations

from .blocks import build_blocks, units_from_chunks
from .byline import looks_like_app_byline, parse_byline
from .casing import learn_casing, repair_casing, restore_label
from .dates import parse_date
from .draft import Draft
from .lines import Chunk, chunk_text, ends_sentence, is_caps, word_count
from .noise import strip_pressreader_noise

_HEADER_SPAN = 6


def parse_app(chunks: list[Chunk]) -> Draft:
    """Read an app-layout export (the seed's layout)."""
    draft = Draft("pressreader-app")
    chunks = _take_date(strip_pressreader_noise(chunks, draft), draft)
    if not chunks:
        return draft
    if _is_publication(chunks):
        draft.publication = chunk_text(chunks.pop(0))
    if chunks:
        draft.title = chunk_text(chunks.pop(0))
    byline_at = find_app_byline(chunks)
    chunks_byline = chunks[byline_at : byline_at + 1]
    body_text = " ".join(chunk_text(chunk) for chunk in chunks[byline_at + 1 :])
    known = learn_casing(body_text)
    if byline_at >= 0:
        head, chunks = chunks[:byline_at], chunks[byline_at + 1 :]
        if not head and len(chunks) > 1 and split_kicker(chunk_text(chunks[0]))[0]:
            head = [chunks.pop(0)]  # the byline came before the kicker and standfirst
            draft.warn("read the kicker and standfirst after the byline", head[0][0].number)
        _read_header(head, chunks_byline[0], known, draft)
    else:
        draft.warn("no byline (`- AUTHOR`) found: no standfirst or author read")
    draft.blocks = build_blocks(units_from_chunks(chunks, draft), draft)
    return draft


def find_app_byline(chunks: list[Chunk]) -> int:
    """Index of the `- AUTHOR` chunk among the first chunks after the headline, or -1."""
    for index, chunk in enumerate(chunks[:_HEADER_SPAN]):
        if len(chunk) == 1 and looks_like_app_byline(chunk[0].text):
            return index
    return -1


def split_kicker(text: str) -> tuple[str | None, str]:
    """`TECHNOLOGIE Timothée Lacroix, …` → (`TECHNOLOGIE`, `Timothée Lacroix, …`)."""
    words = text.split()
    count = 0
    while count < len(words) and is_caps(words[count], 1):
        count += 1
    if 0 < count < len(words) and words[count][:1].islower():
        count -= 1  # `SUISSE L’UDC veut…`, `UBS a…`: the last capitals word starts the standfirst
    kicker = " ".join(words[:count])
    if not kicker or not is_caps(kicker, 2) or (count == len(words) and count > 6):
        return None, text
    return kicker, " ".join(words[count:])


def _take_date(chunks: list[Chunk], draft: Draft) -> list[Chunk]:
    """A date line (`Lundi 12 février 2024`) among the first lines gives the date."""
    for index, chunk in enumerate(chunks[: _HEADER_SPAN + 2]):
        date = parse_date(chunk_text(chunk).rstrip("."))
        if date and len(chunk) == 1:
            draft.date = draft.date or date
            return chunks[:index] + chunks[index + 1 :]
    return chunks


def _is_publication(chunks: list[Chunk]) -> bool:
    """A short first line is the publication, unless the byline shows it is the headline."""
    first = chunk_text(chunks[0])
    if len(chunks) <= 2 or word_count(first) > 6 or ends_sentence(first):
        return False
    byline_at = find_app_byline(chunks)
    if byline_at == 2:
        return split_kicker(chunk_text(chunks[1]))[0] is None
    return byline_at != 1


def _read_header(head: list[Chunk], byline: Chunk, known: dict[str, str], draft: Draft) -> None:
    texts = [chunk_text(chunk) for chunk in head]
    if texts:
        kicker, rest = split_kicker(texts[0])
        if kicker:
            draft.section = restore_label(kicker, known)
        texts[0] = rest
    standfirst = " ".join(text for text in texts if text)
    if standfirst:
        draft.standfirst = repair_casing(standfirst, known)
    if len(head) > 1:
        draft.warn(f"{len(head)} chunks between headline and byline joined into the standfirst")
    parsed = parse_byline(byline[0].text, known)
    draft.author = parsed.author or None
    draft.author_handle = parsed.handle
    draft.author_network = parsed.network
    if not parsed.author:
        draft.warn("the byline is empty: no author", byline[0].number)
