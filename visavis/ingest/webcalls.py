"""Calls to the reader on a saved page: boxes asking to subscribe, sign up or give, and the
meter's notice of what the reader may still read.

A call box is found from its button up: a short box with a heading (`Le Courrier vit grâce à
ses lecteurs` … `Je m’abonne`), or a line or two that names a newsletter, a subscription or a
gift and ends with the button. A meter's notice (`Il vous reste 2 articles gratuits`) sits
under a whole text: it is no paywall cut.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from .webtext import tag_of, word_count

#: A call box with a heading holds a few lines, not paragraphs.
MAX_BOX_WORDS = 80
#: Boxes a call to the reader is set in.
_BOX_TAGS = frozenset({"aside", "section", "div", "form"})
#: What the button of a call to the reader says: subscribe, sign up, give, support.
_CALL_BUTTON = re.compile(
    r"abonn|inscri|s['’]enregistr|\bdons?\b|soutiens|soutenir|soutenez|contribu|subscribe|"
    r"sign ?up|donate|support|essai|offre|newsletter|infolettre",
    re.IGNORECASE,
)
#: What a call to the reader says besides its button (a newsletter, a subscription, a gift).
_CALL_WORDS = re.compile(
    r"newsletter|infolettre|\blettres?\b|abonnez|abonnement|inscri|\bdons?\b|soutenez",
    re.IGNORECASE,
)
#: A call box without a heading is a line or two.
MAX_CALL_BOX_WORDS = 30
#: A call box's button: a few words, a few levels below the box.
MAX_BUTTON_CHARS = 40
MAX_BUTTON_DEPTH = 4
#: A meter's count of the articles left to read this month.
_METER = re.compile(
    r"(?:il\s+)?vous\s+reste\s+(\d+)\s+articles?|you\s+have\s+(\d+)\s+(?:free\s+)?articles?\s+left",
    re.IGNORECASE,
)


def call_boxes(root: lxml_html.HtmlElement) -> set[lxml_html.HtmlElement]:
    """Short boxes with a heading and a button that asks the reader to subscribe, sign up or
    give (`Le Courrier vit grâce à ses lecteurs` … `Je m’abonne`): their headings are no
    subheads. Found from the buttons up; a link inside a sentence is no button."""
    boxes: set[lxml_html.HtmlElement] = set()
    for button in root.iter("a", "button", "input"):
        label = (button.get("value") or "") if button.tag == "input" else button.text_content()
        if len(label) > MAX_BUTTON_CHARS or not _CALL_BUTTON.search(label):
            continue
        parent = button.getparent()
        inline = parent is not None and len(parent.text_content()) > len(label) + 3
        if button.tag == "a" and inline and tag_of(parent) == "p":
            continue
        for depth, box in enumerate(button.iterancestors()):
            if depth == MAX_BUTTON_DEPTH:
                break
            if tag_of(box) in _BOX_TAGS and _headed_and_short(box):
                boxes.add(box)
                break
            if tag_of(box) in _BOX_TAGS and _ends_call(box, label):
                boxes.add(_whole_box(box))
                break
    return boxes


def _whole_box(box: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The box with what frames it and adds no words (an icon, an emoji beside the call)."""
    words = word_count(box.text_content())
    parent = box.getparent()
    while tag_of(parent) in _BOX_TAGS and word_count(parent.text_content()) == words:
        box, parent = parent, parent.getparent()
    return box


def _ends_call(box: lxml_html.HtmlElement, label: str) -> bool:
    """A box without a heading that is a call all through: a few words that name a newsletter,
    a subscription or a gift, closed by the button (`La newsletter Climat – Chaque jeudi,
    l’essentiel… Je m’inscris`)."""
    text = " ".join(box.text_content().split())
    label = " ".join(label.split())
    if not label or not text.endswith(label) or word_count(text) > MAX_CALL_BOX_WORDS:
        return False
    return _CALL_WORDS.search(text[: -len(label)]) is not None


def _headed_and_short(box: lxml_html.HtmlElement) -> bool:
    if next(box.iter("h2", "h3", "h4", "h5", "h6"), None) is None:
        return False
    return word_count(box.text_content()) <= MAX_BOX_WORDS


def is_meter_notice(text: str) -> bool:
    """A meter's count of what the reader may still read (`Il vous reste 2 articles gratuits`):
    the article was shown whole; only a spent meter (`il vous reste 0 article`) cuts it."""
    match = _METER.search(" ".join(text.split()))
    return match is not None and int(match.group(1) or match.group(2)) > 0
