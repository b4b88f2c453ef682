"""A byline set inside a saved page's article text: an opening paragraph `Par Moussa Diop,
envoyé spécial à Kédougou`, or a signature closing the text (`<b>Issa K. Sawadogo</b><br>
Correspondant`).

Only the forms bylines take count: a short paragraph that opens with `Par` and a name, or a
short closing one set apart (bold, right-aligned) whose first line is a person's name and
nothing else. The text is the element holding the article's paragraphs (`<p>`s, or lines split
by `<br>` on old table pages).
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from .authors import find_agency, opens_with_name, read_person
from .lines import SITE_ADDRESS, is_editors_initials
from .webdom import (
    Element,
    find_text_container,
    is_hidden,
    text_key,
    visible_parts,
    visible_text,
)

_BY = re.compile(r"^(?:par|by|propos recueillis par)\s", re.IGNORECASE)
#: The longest text a byline paragraph has; longer, it is the article's own.
_MAX_LENGTH = 120
_EMPHASIS = ("b", "strong", "i", "em")
_WITH = re.compile(r"\s+(?:avec|et|with|and|/|&)\s+", re.IGNORECASE)


def find_text_byline(scope: Element) -> Element | None:
    """The element of the article's text that is a byline, if one opens or closes it."""
    container = find_text_container(scope)
    if container is None:
        return None
    parts = [
        child
        for child in container
        if isinstance(child.tag, str) and not is_hidden(child) and visible_text(child)
    ]
    if not parts:  # a text split only by `<br>`
        after = _signature_after(container)
        return after if after is not None else _signed_last_line(container)
    if len(parts) > 1 and is_editors_initials(visible_text(parts[-1])):
        parts = parts[:-1]  # (the signature over the editors' initials: `Name` / `IT/ata`)
    first, last = parts[0], parts[-1]
    before = [container.text, *(sibling.tail for sibling in first.itersiblings(preceding=True))]
    if not _any_text(before) and _opens_with_by(first):
        return first
    if _any_text([last.tail, *(sibling.tail for sibling in last.itersiblings())]):
        if _role_under(last) and _is_signature(last):
            return last  # `<strong>Name</strong><br>Économiste` closing a `<br>`-split text
        return _signature_after(container)  # the text goes on after its last element
    if _opens_with_by(last) or _is_signature(last):
        return last
    signed = _signed_inside(last)
    return signed if signed is not None else _signature_after(container)


def _signed_last_line(container: Element) -> Element | None:
    """The last line of a text split only by `<br>`, set apart by a blank line and a name
    alone (`…<br /><br />Yao Konan, Bouaké</div>`): the signature, as an element of its own
    outside the page (the body drops the line it repeats)."""
    breaks = [child for child in container if child.tag == "br"]
    if len(breaks) < 2 or breaks[-2] is not breaks[-1].getprevious():
        return None
    text = " ".join((breaks[-1].tail or "").split())
    if not text or len(text) > _MAX_LENGTH or (breaks[-2].tail or "").strip():
        return None
    if not _names_signer(text):
        return None
    # (a name and its place or role, `Yao Konan, Bouaké`; not a sentence ending the text,
    # `Jean Dupont, maire de Lyon, a refusé.`, nor a quotation's speaker under it)
    if text.endswith((".", "!", "?")) or any(char.isdigit() for char in text):
        return None
    quoting = breaks[-2].getprevious()
    before = (quoting.tail if quoting is not None else container.text) or ""
    if "»" in before or "”" in before:
        return None
    signature = lxml_html.Element("p")
    signature.text = text
    return signature


def _signed_inside(block: Element) -> Element | None:
    """The name closing a block the text is split inside by `<br>`, set apart in bold over a
    short role (`…<br><br><strong>Name</strong><br>Économiste`) or alone on the block's last
    line (`…<br><strong>Fatoumata MAÏGA</strong></p>`): the signature."""
    names = [child for child in block if child.tag in _EMPHASIS]
    if not names or names[-1].getprevious() is None or names[-1].getprevious().tag != "br":
        return None
    name = names[-1]
    last = not (name.tail or "").strip() and name.getnext() is None and _after_sentence(name)
    return name if (last or _role_under(name)) and _is_signature(name) else None


def _after_sentence(name: Element) -> bool:
    """Whether the `<br>` before a name closes a finished sentence and nothing else comes
    between (not `Commissaire : <b>Name</b>`, `… décerné à<br><b>Name</b>`, a quotation)."""
    br = name.getprevious()
    if (br.tail or "").strip():
        return False
    before = br.getprevious()
    text = (before.tail if before is not None else br.getparent().text) or ""
    return text.rstrip().endswith((".", "!", "?", "…")) and not text.rstrip().endswith("».")


#: The longest role line under a signature's name.
MAX_ROLE_WORDS = 15


def _role_under(element: Element) -> bool:
    """Whether only a `<br>` and a short line, no sentence, follow the element in its block
    (`<b>Name</b><br>Économiste, enseignant-chercheur à l'Université de Lomé`)."""
    following = list(element.itersiblings())
    if not following or any(sibling.tag != "br" for sibling in following):
        return False
    role = " ".join(t for t in [element.tail, *(s.tail for s in following)] if t).strip()
    return 0 < len(role.split()) <= MAX_ROLE_WORDS and not role.endswith((".", "!", "?"))


def _signature_after(container: Element) -> Element | None:
    """A signature set just after the text's element (`</div><p align=right><b>K. A. O. avec
    APS</b></p>`), as on pages whose text is one block split by `<br>`."""
    following = container.getnext()
    while following is not None and (is_hidden(following) or not visible_text(following)):
        following = following.getnext()
    if following is None or (container.tail or "").strip():
        return None
    return following if _is_signature(following) else None


def _any_text(texts: list[str | None]) -> bool:
    return any((text or "").strip() for text in texts)


def _opens_with_by(element: Element) -> bool:
    """`Par Moussa Diop, envoyé spécial`; not `Par ailleurs, Moussa Diop a dit…`."""
    text = visible_text(element)
    return len(text) <= _MAX_LENGTH and bool(_BY.match(text)) and opens_with_name(text)


def _is_signature(element: Element) -> bool:
    """A closing name on its own line, perhaps a role or place under it, set apart."""
    text = visible_text(element)
    lines = visible_parts(element)
    if len(text) > _MAX_LENGTH or not 1 <= len(lines) <= 3:
        return False
    if not _names_signer(lines[0]):
        return False
    return _set_apart(element, lines[0]) or _over_its_site(lines)


def _names_signer(line: str) -> bool:
    """Whether a signature's line opens on a name, or a name with its agency, before its place
    or role (`Jean Dupont, à Ouagadougou`)."""
    head = re.split(r"[,(]", line, maxsplit=1)[0].strip()
    return _is_name(head) or _is_name_with_agency(head)


def _over_its_site(lines: list[str]) -> bool:
    """A name over the site's address or an agency, as the last lines of the text
    (`Aïcha KABORÉ` / `Lefaso.net`): a signature however it is set."""
    if len(lines) != 2:
        return False
    second = lines[1].strip()
    return bool(SITE_ADDRESS.fullmatch(second)) or find_agency(second) == second


def _is_name(text: str) -> bool:
    name = read_person(text)
    return bool(name) and text_key(name or "") == text_key(text)


def _is_name_with_agency(text: str) -> bool:
    """`K. A. O. avec APS`, `Anne Roy et AFP`: a writer, then the agency the text draws on."""
    parts = _WITH.split(text.strip(), maxsplit=1)
    return len(parts) == 2 and _is_name(parts[0]) and find_agency(parts[1]) == parts[1].strip()


def _set_apart(element: Element, line: str) -> bool:
    """Right-aligned, or its first line in bold or italics."""
    style = (element.get("style") or "").replace(" ", "").lower()
    if (element.get("align") or "").lower() == "right" or "text-align:right" in style:
        return True
    bold = [element] if element.tag in _EMPHASIS else list(element.iter(*_EMPHASIS))
    return any(text_key(visible_text(part)) == text_key(line) for part in bold)
