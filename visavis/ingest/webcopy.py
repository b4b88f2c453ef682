"""A publisher's web page copied as text: the article among menus, banners, captions, footer.

Every line is classified by its content (`linekind`), pieces are placed by where they sit
(`copyzones`): the headline after the site's chrome, the header under it, the text, the
footer. Fields are read from the header and the chrome around it (`copyhead`), the body is
built without the chrome inside it (`copytext`). Nothing disappears unseen: every line that is
neither in the body nor read into the front-matter is listed in one warning, and the lines
read only in part (a byline's place, a date's hour) in another.
"""

from __future__ import annotations

import re

from ..model import Block
from .blocks import is_subhead
from .casing import learn_casing
from .copybanners import is_disclaimer, is_paywall
from .copybios import is_about_author, mark_head_bios
from .copycalls import introduction, take_story_call
from .copychat import take_chat_wrapper
from .copyclosing import closing_byline, dates_under
from .copycredits import AUTHORS_LABEL, NOTE_CALL, looks_like_person, opens_note, read_credits
from .copyend import FOOTER_RUN
from .copyhead import newsroom_of, read_byline, read_date, read_kicker, read_rubric_below
from .copyheadline import is_newsroom_line
from .copylists import mark_announced
from .copymail import note_wrapper, take_mail_wrapper
from .copypieces import Piece, above_buttons, make_pieces
from .copyprint import note_print_furniture, take_print_furniture
from .copysite import read_publication
from .copytext import Text, build_text
from .copyzones import Zones, find_zones
from .draft import Draft
from .engagement import is_rating
from .linekind import CREDITS, Kind
from .lines import INNER_END, SITE_ADDRESS, Chunk, ends_sentence, spells_name
from .photocredits import is_source_line
from .sitelines import split_site_suffix

_WORD = re.compile(r"[^\W_]+")
_CAPS_WORD = re.compile(r"\b[A-ZÀ-ÖØ-Þ]{2,}\b")
_MAY_SHOUT = frozenset({Kind.BYLINE, Kind.NAME, Kind.TITLE, Kind.LABEL})
INCOMPLETE_WORDS = 8
#: The most lines of an author's bio closing the text (its first names the author).
MAX_BIO_PIECES = 3
#: The longest one-sentence bio under an opinion piece's signer.
MAX_BIO_WORDS = 40
#: A signature's and an author box's lines: name, role, `Auteur`.
_SIGNATURE = frozenset({Kind.NAME, Kind.LABEL})
#: What parts a signature's name from its place or role: `Name, Ville`, `Name - Correspondant`.
_SIGNED_ROLE = re.compile(r",\s*|\s[-–—]\s")


def parse_webcopy(chunks: list[Chunk]) -> Draft:
    """Read a web copy: headline, fields around it, and the text without the site's chrome."""
    draft = Draft("webcopy")
    mail = take_mail_wrapper(chunks)
    chat = take_chat_wrapper(mail.chunks)
    printed = take_print_furniture(chat.chunks)
    pieces = mark_head_bios(make_pieces(printed.chunks))
    zones = find_zones(pieces)
    if zones.widened:
        first, last = pieces[zones.start].number, pieces[zones.end - 1].lines[-1].number
        draft.warn(
            f"prose left out was longer than the text first chosen: the text is widened to "
            f"lines {first}–{last}, check its start and end"
        )
    warn_crossed(pieces, zones, draft)
    known = _casing(pieces, zones)
    used = read_fields(pieces, zones, draft, known)
    end = _trim_review_box(pieces, _trim_bio(pieces, zones, draft), zones.start)
    if end == zones.end:
        pieces, end = take_story_call(pieces, end, draft.title)
    used |= read_trailer(pieces, range(end, zones.stop or len(pieces)), draft, known)
    read = {i for i in (zones.headline, *(zones.standfirst or ())) if i is not None}
    intro = (
        introduction(pieces, zones.start, end, draft.genre) if draft.standfirst is None else None
    )
    if intro is not None:
        draft.standfirst = pieces[intro].text
        used.add(intro)
        read.add(intro)
    pieces = mark_announced(pieces, range(zones.start, end))
    text = build_text(pieces, range(zones.start, end), draft, known, read)
    _add_agencies(draft, text.agencies)
    draft.blocks = subhead_over_paywall(text.blocks, pieces, zones)
    warn_incomplete(pieces, zones, text, draft)
    warn_left_out(pieces, used, text, draft)
    note_wrapper(mail, "the e-mail", draft)
    note_wrapper(chat, "the chat", draft)
    note_print_furniture(printed, draft)
    if draft.author is None:
        credited = f" (only the agency {draft.agency})" if draft.agency else ""
        draft.warn(f"no byline found{credited}: the author is left empty")
    return draft


def _casing(pieces: list[Piece], zones: Zones) -> dict[str, str]:
    """The body's casing of words, learnt only if a byline or subhead is in capitals."""
    shouted = any(_CAPS_WORD.search(p.text) for p in pieces if p.kind in _MAY_SHOUT)
    prose = [p.text for p in pieces[zones.start : zones.end] if p.kind == Kind.TEXT]
    return learn_casing(" ".join(prose)) if shouted else {}


def read_fields(pieces: list[Piece], zones: Zones, draft: Draft, known: dict[str, str]) -> set[int]:
    """Headline, standfirst, publication, section, genre, byline and date; the pieces read."""
    used: set[int] = set()
    kicker = piped_site = None
    if zones.headline is not None:
        draft.title = _without_badge(pieces[zones.headline], draft)
        others = [piece.text for at, piece in enumerate(pieces) if at != zones.headline]
        draft.title, piped_site = split_site_suffix(draft.title, others)
        used.add(zones.headline)
        kicker = read_kicker(pieces, zones.headline, draft, used, known)
    else:
        draft.warn("no headline found")
    if zones.standfirst:
        draft.standfirst = " ".join(pieces[i].text for i in zones.standfirst)
        used.update(zones.standfirst)
    draft.publication = read_publication(pieces, zones, used) or piped_site
    top = zones.headline if zones.headline is not None else -1
    header = range(top + 1, zones.start)
    over = above_buttons(pieces, top)  # (past `Suivre`)
    if over >= 0 and top > 0 and not any(pieces[i].kind in CREDITS for i in header):
        # an aggregator's credits over the headline (`Article de Name · il y a 5 h`)
        header = range(over, zones.start) if pieces[over].kind in CREDITS else header
    credits = read_byline(pieces, header, draft, known, used)
    signed = None
    if not credits.persons and not credits.agencies:
        signed = closing_byline(pieces, zones)  # a post signed under its text: `Par Name`
        credits = read_byline(pieces, signed, draft, known, used) if signed else credits
    read_rubric_below(pieces, header, kicker, draft, used)
    draft.author = credits.author
    signers = _signers(pieces, signed, draft) if signed else []
    if len(signers) > 1:  # one name a line: `Fidèle YAMEOGO` / `Lamine TIENDREBEOGO`
        draft.author = read_credits(" et ".join(signers), known).author
        used.update(range(signed.start, signed.start + len(signers)))
    # a reader view's address that spells the name beside the byline's gives way to it
    # (`ici.radio-canada.ca` over `Mathieu Gagnon | Radio-Canada`)
    beside = credits.rest[0] if len(credits.rest) == 1 else ""
    address = draft.publication and SITE_ADDRESS.fullmatch(draft.publication)
    if address and beside and spells_name(draft.publication or "", beside):
        draft.publication = beside
    draft.publication = draft.publication or newsroom_of(credits)
    draft.publication = draft.publication or _newsroom_under_name(pieces, header, used)
    _one_line_one_field(pieces, zones, kicker, draft)
    _add_agencies(draft, list(credits.agencies))
    above = list(range(max(top - 4, 0), max(top, 0)))
    draft.date = read_date(pieces, [*header, *above], used)
    if draft.date is None and signed is not None:  # the dates under a closing byline
        draft.date = read_date(pieces, list(dates_under(pieces, signed.stop)), used)
    return used


def _newsroom_under_name(pieces: list[Piece], header: range, used: set[int]) -> str | None:
    """The newsroom printed between the author's name and the date (`Isabelle Tremblay` /
    `La Presse` / `Publié le …`), on a copy that names its site nowhere else."""
    for index in header:
        if index - 1 not in used or not is_newsroom_line(pieces, index):
            continue
        newsroom = pieces[index]
        if newsroom.kind in (Kind.LABEL, Kind.TITLE) and newsroom.text[:1].isupper():
            used.add(index)
            return newsroom.text
    return None


def _one_line_one_field(
    pieces: list[Piece], zones: Zones, kicker: int | None, draft: Draft
) -> None:
    """A line read both as the site's name and as the rubric is one of them: the rubric when
    the headline or the text names it too (`Le Mans` over `Le Mans : les riverains …`), else
    the site's name (`Fraternité Matin`, `Ouest-France` atop an app's share). The copy's
    first line read as the kicker is such a line too when it has a name's shape (a mouse
    selection that starts at the rubric, `Société` or `Faits divers`, has not)."""
    section, publication = draft.section, draft.publication
    if kicker == 0 and publication is None and pieces[0].kind == Kind.NAME:
        publication = draft.publication = section  # the copy's first line, shaped as a name
    if not (section and publication and section.casefold() == publication.casefold()):
        return
    told = [pieces[zones.headline].text] if zones.headline is not None else []
    told += [piece.text for piece in pieces[zones.start : zones.end] if piece.kind == Kind.TEXT]
    if any(section.casefold() in text.casefold() for text in told):
        draft.publication = None
    else:
        draft.section = None


#: A live page's badge run into its headline: `EN DIRECT | Incendie …`, `Direct | …` (a
#: headline may say it in words: `En direct - Cameroun : …` is RFI's whole headline).
_BADGE = re.compile(
    r"^(?:(?P<caps>EN DIRECT|DIRECT|LIVE|EN CONTINU)\s*[|:–—-]"
    r"|(?P<piped>(?i:en direct|direct|live|en continu))\s*\|)\s+(?=\S)"
)


def _without_badge(headline: Piece, draft: Draft) -> str:
    """The headline without the live badge run into it; the badge is the piece's genre."""
    match = _BADGE.match(headline.text)
    if match is None:
        return headline.text
    badge = match.group("caps") or match.group("piped")
    draft.genre = draft.genre or badge[:1].upper() + badge[1:].lower()
    draft.warn(f"the badge «{badge}» run into the headline is read as the genre", headline.number)
    return headline.text[match.end() :]


#: The most lines of a review's box over its rating: the work's title and its details.
MAX_REVIEW_BOX = 4
#: The longest line of a review's box (`Série belge créée par … 8 épisodes de 52 minutes.`).
MAX_REVIEW_BOX_WORDS = 25


def _trim_review_box(pieces: list[Piece], end: int, start: int) -> int:
    """End of the text without a review's box over the rating that closes it: the work's
    title and its details (`Lou Demeester – Marée basse (Lundi Matin Records). Sortie le 20
    mars.`, `En concert le 16 avril au Botanique (Bruxelles) …`) over `Notre avis : ★★★★☆`."""
    if end >= len(pieces) or not is_rating(pieces[end].text):
        return end
    top = end
    while top - 1 > start and end - top < MAX_REVIEW_BOX and _review_detail(pieces[top - 1]):
        top -= 1
    return top


#: A line of a work's details in a review's box: `Artist – Title (Label)`, its release, its
#: dates on stage or on air, its episodes (not a sentence of the review: `Comptez 48 francs`).
_WORK_DETAILS = re.compile(
    r"^[^.!?]{2,60}\s[–-]\s[^.!?]{2,80}\([^()]+\)"
    r"|\b(?:sortie le|sorti le|en concert|en salle(?:s)? le|en librairie|dès le|"
    r"\d+\s+épisodes?|créée? par)\b",
    re.IGNORECASE,
)


def _review_detail(piece: Piece) -> bool:
    """A line of a review's box: the work's title alone (no sentence), or a short line of
    the work's details (`Lou Demeester – Marée basse (Lundi Matin Records). Sortie …`)."""
    if piece.words > MAX_REVIEW_BOX_WORDS:
        return False
    if piece.kind == Kind.TITLE:
        return not ends_sentence(piece.text)
    return piece.kind == Kind.TEXT and _WORK_DETAILS.search(piece.text) is not None


def _trim_bio(pieces: list[Piece], zones: Zones, draft: Draft) -> int:
    """End of the text without the author's bio (`Anne Roy est journaliste…`) closing it, nor
    the publisher's disclaimer after it (`Les tribunes … n’engagent que leurs auteurs.`) or
    the reference of its source (`Source : …`), nor
    the signature (name and role lines) and the author's box (`Auteur` / name / bio)."""
    end = zones.end
    names = [name for name in re.split(r",\s+|\s+et\s+", draft.author or "") if name]
    called = any(
        piece.kind in (Kind.BYLINE, Kind.NAME) and NOTE_CALL.search(piece.text.rstrip())
        for piece in pieces[: zones.start]
    )
    while end > zones.start + 1:
        piece, above = pieces[end - 1], pieces[end - 2]
        # the author's box: name, bio (an opinion piece's signer, named there alone)
        signer = not names and draft.genre is not None and looks_like_person(above.text)
        boxed = above.kind == Kind.NAME and (above.text in names or (signer and _bio(piece)))
        signs = piece.kind in _SIGNATURE  # a signature's name and role lines, `Auteur`
        bio = _in_bio(pieces, end - 1, names, zones.start)
        noted = is_disclaimer(piece.text) or is_source_line(piece.text)
        # the note a byline's asterisk calls (`Par Mourad BELKACEMI *` over the text, `*
        # Enseignant-chercheur …` under it)
        bio_note = opens_note(piece.text) and piece.words <= MAX_BIO_WORDS and called
        noted = noted or (bio_note and not _NOTE_OPENS_ON_ARTICLE.match(piece.text))
        # `L’autrice est …` closing an opinion or under its signature (a review's `L'auteur
        # était alors âgé …` is the text's)
        bio_expected = draft.genre is not None or above.kind in (Kind.NAME, Kind.BYLINE)
        noted = noted or (bio_expected and is_about_author(piece.text))
        if not (signs or boxed or bio or noted):
            break
        end -= 1
    return end


def _bio(piece: Piece) -> bool:
    """One sentence of prose short enough for an author's bio (`Sociologue, enseignant-
    chercheur à l'Université …, il travaille sur …`)."""
    return (
        piece.kind == Kind.TEXT
        and piece.words <= MAX_BIO_WORDS
        and not INNER_END.search(piece.text)
    )


#: How far into a starred note the author's name stands in a bio (`*Enseignante retraitée et
#: autrice, Aline Rossier vit …`).
MAX_BIO_NAME_AT = 60


def _in_bio(pieces: list[Piece], index: int, names: list[str], start: int) -> bool:
    """Whether the piece is the author's bio, or goes on with it in its block (`Anne Roy est
    journaliste depuis 2019.` / `Elle couvre la politique communale.`)."""
    for at in range(index, max(start, index - MAX_BIO_PIECES), -1):
        # (a bio may open on the mark its note is called by: `*Serge-Alain Mbarga est …`,
        # and then name the author anywhere: `*Enseignante retraitée, Aline Rossier vit …`)
        text = pieces[at].text
        if any(text.lstrip("*† ").startswith(name) for name in names):
            return True
        early = text[:MAX_BIO_NAME_AT]
        if opens_note(text) and _bio(pieces[at]) and any(name in early for name in names):
            return True
        if pieces[at - 1].chunk != pieces[at].chunk:
            break
    return False


def read_trailer(pieces: list[Piece], span: range, draft: Draft, known: dict[str, str]) -> set[int]:
    """Under the text: agency credits (`ats/jfe`), and the author signing an opinion piece."""
    used: set[int] = set()
    for index in list(span)[:4]:
        piece = pieces[index]
        if piece.kind == Kind.AGENCY:
            _add_agencies(draft, list(read_credits(piece.text, known).agencies))
            used.add(index)
        elif index == span.start and draft.author is None and AUTHORS_LABEL.match(piece.text):
            # `Rédaction web: Anne Roy et Paul Lin avec ats`: the page's credits under its text
            found = read_credits(piece.text, known)
            if found.persons and all(looks_like_person(name) for name in found.persons):
                draft.author = found.author
                _add_agencies(draft, list(found.agencies))
                used.add(index)
        elif (
            piece.kind == Kind.NAME
            and index == span.start
            and (draft.author is None or _outranked(pieces, span.start, draft.author))
        ):
            signers = _signers(pieces, span, draft)
            if signers:
                draft.author = read_credits(" et ".join(signers), known).author
                used.update(range(index, index + len(signers)))
    return used


def _outranked(pieces: list[Piece], index: int, author: str) -> bool:
    """Whether the name signing under the text (at `index`) outranks the author read from the
    header: named there only beside the date, and the name signs (`_signs`)."""
    return _beside_date_only(pieces, index, author) and _signs(pieces, index)


def _signs(pieces: list[Piece], index: int) -> bool:
    """Whether the name under the text signs it: the share buttons or the page's end under
    it, not more labels (the tags: `Karin Keller-Sutter` / `TVA`) or a photo's credit."""
    after = pieces[index + 1] if index + 1 < len(pieces) else None
    return after is None or after.kind in (Kind.BUTTON, Kind.COPYRIGHT, Kind.SEEALSO)


def _beside_date_only(pieces: list[Piece], end: int, author: str) -> bool:
    """Whether the header names the author only beside the date, without `Par` (`Publié le
    jeudi 2 avril 2026 | Fraternité Matin`): the paper the piece comes from, which a name
    signing under the text outranks."""
    lines = [piece for piece in pieces[:end] if author.casefold() in piece.text.casefold()]
    return bool(lines) and all(
        piece.kind == Kind.DATE and not _BY_WORD.search(piece.text) for piece in lines
    )


#: `Par` or `By` before a credit, anywhere in a line.
_BY_WORD = re.compile(r"\b(?:par|by)\b", re.IGNORECASE)

#: A note that opens on an article is about the text (`*Les chiffres sont ceux de …`), a
#: bio on the writer's trade (`* Enseignant-chercheur …`).
_NOTE_OPENS_ON_ARTICLE = re.compile(r"^\*\s*(?:les?|la|l['’]|un|une|des|ces?|cette)\b", re.I)

#: The most authors signing under the text, one a line.
MAX_SIGNERS = 3


def _signers(pieces: list[Piece], span: range, draft: Draft) -> list[str]:
    """The names signing the text on the lines right under it (`Fidèle YAMEOGO` / `Lamine
    TIENDREBEOGO`): the first without its place or role (`Name, Ville`, `Name - Rôle`), the
    others bare (`Ali OUEDRAOGO, photographe` under a signature credits a photo)."""
    names = []
    for index in list(span)[:MAX_SIGNERS]:
        text = pieces[index].text
        name = _SIGNED_ROLE.split(text, maxsplit=1)[0]
        if pieces[index].kind != Kind.NAME or (names and name != text):
            break
        if not looks_like_person(name) or name.casefold() == (draft.publication or "").casefold():
            break
        names.append(name)
    return names


def _add_agencies(draft: Draft, names: list[str]) -> None:
    known = [name for name in (draft.agency or "").split(" et ") if name]
    merged = list(dict.fromkeys([*known, *names]))
    draft.agency = " et ".join(merged) if merged else None


def subhead_over_paywall(blocks: list[Block], pieces: list[Piece], zones: Zones) -> list[Block]:
    """The title a paywall cuts the text under stays the subhead it is, with nothing under it."""
    stop = zones.stop
    if not blocks or stop is None or not is_paywall(pieces[stop].text):
        return blocks
    last, above = blocks[-1], pieces[stop - 1]
    if last.kind != "paragraph" or above.kind != Kind.TITLE or last.lines != (above.text,):
        return blocks
    if not is_subhead(above.text):
        return blocks  # the paragraph the paywall cut mid-sentence (`… La CFDT réclame … et`)
    return [*blocks[:-1], Block("subhead", last.lines)]


def warn_crossed(pieces: list[Piece], zones: Zones, draft: Draft) -> None:
    """Name each long run of chrome the text runs across: what follows may not be the text."""
    run: list[Piece] = []
    for piece in [*pieces[zones.start : zones.end], None]:
        if piece is not None and piece.kind != Kind.TEXT:
            run.append(piece)
            continue
        if len(run) >= FOOTER_RUN:
            first, last = run[0].number, run[-1].lines[-1].number
            draft.warn(
                f"the text goes on across {len(run)} pieces of chrome (lines {first}–{last}): "
                "check that what follows them is the article"
            )
        run = []


def warn_incomplete(pieces: list[Piece], zones: Zones, text: Text, draft: Draft) -> None:
    """A text that stops at a paywall, or in the middle of a sentence, is incomplete."""
    stop = pieces[zones.stop].text if zones.stop is not None else ""
    paragraphs = [block for block in text.blocks if block.kind == "paragraph"]
    last = paragraphs[-1].lines[-1] if paragraphs else ""
    cut = len(last.split()) >= INCOMPLETE_WORDS and not ends_sentence(last)
    if stop and is_paywall(stop):
        draft.warn(f"the text looks incomplete: it stops at a paywall («{stop}»)")
    elif cut:
        draft.warn("the text looks incomplete: its last paragraph stops in mid-sentence")


def warn_left_out(pieces: list[Piece], used: set[int], text: Text, draft: Draft) -> None:
    """List every line dropped as chrome, and every line read into the front-matter in part."""
    kept = _words(" ".join(str(value) for value in _field_values(draft)))
    dropped, partial = [], []
    for index, piece in enumerate(pieces):
        for line in piece.lines:
            if line.number in text.lines:
                continue
            entry = f"line {line.number} «{line.text}»"
            if index not in used:
                dropped.append(entry)
            elif not set(_words(line.text)) <= set(kept):
                partial.append(entry)
    if dropped:
        draft.warn(f"dropped {len(dropped)} lines as site chrome: " + "; ".join(dropped))
    if partial:
        draft.warn(
            f"read {len(partial)} lines into the front-matter in part "
            "(a date's hour, a byline's place or role): " + "; ".join(partial)
        )


def _field_values(draft: Draft) -> list[str]:
    fields = (draft.title, draft.standfirst, draft.publication, draft.section, draft.genre)
    return [value for value in (*fields, draft.author, draft.agency, draft.date) if value]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())
