"""Where a copied article's text stops: comments, a paywall, the copyright, a box of links.

The text runs on from its first prose piece to the last prose before a stop, or before a long
run of chrome (the footer). A box of links (`Les plus lus`) stops it when no paragraph is left
under it, or when the agency's credit that signs the text is right above it; a subhead that a
paywall cuts off is still the article's.
"""

from __future__ import annotations

from .copybanners import is_paywall
from .copypieces import Piece
from .engagement import is_comments_heading
from .goodtext import is_good
from .linekind import Kind, is_end_notice, is_links_heading, is_see_also
from .lines import QUESTION_END, ends_sentence, word_count
from .sitelines import copyright_holder

FOOTER_RUN = 6
PAYWALL_WORDS = 12
#: The most list items in a row that a stretch of prose carries on across.
MAX_LIST_RUN = 15
#: The longest sentence a site's footer says of itself.
MAX_BLURB_WORDS = 20
#: The longest see-also cue alone on its line (`À lire aussi`, `Lire aussi :`).
MAX_CUE_WORDS = 3


def find_end(pieces: list[Piece], start: int) -> tuple[int, int | None]:
    """End of the text (after its last prose) and the piece that stopped it, if any."""
    last = start
    run = listed = 0
    for index in range(start, len(pieces)):
        piece = pieces[index]
        if index > start and (stops_text(piece) or links_box(pieces, index)):
            return _cut_subhead(pieces, last + 1, index), index
        if piece.kind == Kind.BULLET and (listed or run == 0) and listed < MAX_LIST_RUN:
            listed += 1  # a list's items right under prose: the text may go on under them
            continue
        listed = 0
        if piece.kind == Kind.TEXT and (run < 2 or is_good(piece)):
            last, run = index, 0
        else:
            run += 1
            if run >= FOOTER_RUN:
                break
    return min(last + 1, len(pieces)), None


def _cut_subhead(pieces: list[Piece], end: int, stop: int) -> int:
    """The end of a text that a paywall stops right under a subhead: the subhead is the
    article's too (the part it heads is for subscribers)."""
    cut = stop == end + 1 and pieces[end].kind == Kind.TITLE and is_paywall(pieces[stop].text)
    return stop if cut else end


def links_box(pieces: list[Piece], index: int) -> bool:
    """`Sur le même sujet`, `Les plus lus` over linked headlines, and no paragraph anywhere
    under them, or right under the agency's credit that signs the text (`(Belga)`): the
    related articles after the text (a box of links that cuts the text has the text's
    paragraphs under it)."""
    if pieces[index].kind == Kind.TEXT or not _heads_links(pieces, index):
        return False
    under = pieces[index + 1 :]
    signed = any(piece.kind == Kind.AGENCY for piece in pieces[max(index - 2, 0) : index])
    return bool(under) and (signed or not _prose_under(under))


def _heads_links(pieces: list[Piece], index: int) -> bool:
    """`Les plus lus`, or a see-also cue alone over two linked headlines or more (`À lire
    aussi` / `Saguenay : …` / `Alma : …`)."""
    text = pieces[index].text
    if is_links_heading(text):
        return True
    listed = [piece.kind == Kind.TITLE for piece in pieces[index + 1 : index + 3]]
    return (
        is_see_also(text) and word_count(text) <= MAX_CUE_WORDS and len(listed) == 2 and all(listed)
    )


def _prose_under(pieces: list[Piece]) -> bool:
    """Whether a statement is under a box of links, past the site's words of itself over its
    copyright (`Le Quotidien fait partie des Coops de l'information.`)."""
    return any(
        _statement(piece) and not is_footer_blurb(pieces, at) for at, piece in enumerate(pieces)
    )


def is_footer_blurb(pieces: list[Piece], index: int) -> bool:
    """A short sentence the site says of itself over its copyright (`Le Quotidien fait partie
    des Coops de l'information.` over `© 2025 Le Quotidien`): the footer's words, not the
    text's."""
    piece = pieces[index]
    if piece.words >= MAX_BLURB_WORDS:
        return False
    for below in pieces[index + 1 : index + 1 + FOOTER_RUN]:
        if below.kind == Kind.COPYRIGHT:
            holder = copyright_holder(below.text).casefold()
            return bool(holder) and holder in piece.text.casefold()
    return False


def _statement(piece: Piece) -> bool:
    """Prose that states: a good piece ending with a full stop (a linked headline has none,
    or asks its question)."""
    return is_good(piece) and ends_sentence(piece.text) and not QUESTION_END.search(piece.text)


def stops_text(piece: Piece) -> bool:
    """Comments, a paywall, the copyright or the publisher's address: the text is over (a
    see-also link never is, whatever badge its linked article carries: `Lire aussi | Article
    réservé à nos abonnés …`)."""
    if piece.kind == Kind.SEEALSO:
        return False
    if piece.kind in (Kind.COPYRIGHT, Kind.CONTACT) or is_end_notice(piece.text):
        return True  # the copyright, `Les plus lus`, `Déclaration d’intérêts`, comments closed
    if piece.words <= PAYWALL_WORDS and is_paywall(piece.text):
        return True  # `Cet article est réservé aux abonnés.`, `Pour lire la suite, …`
    short = (piece.words <= 25 and piece.kind != Kind.TEXT) or piece.kind == Kind.BANNER
    return short and (is_comments_heading(piece.text) or is_paywall(piece.text))
