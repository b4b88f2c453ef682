"""Lines that count or time the reader's visit, and labels of the media set in a text.

`Lecture 3 min`, `3 min de lecture`; counters of views, readers, shares and comments in any
of the shapes sites print them (`12 commentaires`, `Commentaires (4)`, `Vu 2 431 fois`,
`1,2 k vues`, `👁 2431`); where readers' comments start (`Vos commentaires`, `Réagissez`);
the label of a video, a gallery or a podcast set between paragraphs (`Vidéo - Les images
de …`, `EN IMAGES.`, `[PODCAST] …`); a review's rating in stars (`Notre avis : ★★★★☆`). Judged
by their content alone.
"""

from __future__ import annotations

import re

from .copybanners import is_interface
from .copydates import is_relative_date
from .lines import is_caps, word_count

_READTIME = re.compile(
    r"^(?:[⏱🕑]\s*)?(?i:(?:(?:temps|durée) de |environ )?lecture\s*(?::|en|de)?\s*)?"
    r"(?i:env(?:iron|\.)?\s*)?(?:\d+(?P<range>\s?(?:[-–]|à)\s?\d+)?|moins d['’]une?)\s*"
    r"(?:min(?:utes?)?|mn|(?P<prime>['’′]))\.?"
    r"(?i:\s+(?:de lecture|read|à lire))?\.?$"
)
#: A rating's stars: three or more, full or empty (`★★★★☆`, `⭐⭐⭐`).
_STARS = re.compile(r"[★☆✩✭✮⭐]{3,}")
#: A review's mark out of five after what it rates: `Cuisine : 4/5`, `Rapport qualité-prix :
#: 4/5` (a player's `Name : 6/10` and a pupil's `Philosophie : 18/20` are the text's).
_MARK = re.compile(r"^(?P<rated>[^\W\d][\w'’ -]{1,30}?)\s?:\s?[0-5](?:[,.]5)?\s?/\s?5$")
#: The longest line that carries a rating's stars: its label and its stars.
MAX_RATING_WORDS = 6
_COUNTED = (
    r"(?:commentaires?|réactions?|partages?|comments?|shares?|likes?|vues|views|votes?|avis|"
    # (a gallery's `5 photos`, a live page's `5 mises à jour`)
    r"lectures?|lecteurs?|j['’]aime|photos|images|vidéos|mises? à jour)"
)
#: A figure as counters print it: `2 431`, `2.431`, `1,2k`, `3 M`.
_FIGURE = r"\d[\d \u00a0\u202f,.]*\s?[kKM]?"
_COUNT = re.compile(
    rf"^(?:{_FIGURE}\s+(?:fois\s+)?{_COUNTED}|{_COUNTED}\s*(?:\({_FIGURE}\)|:\s*{_FIGURE}))$"
    # `Vu 2 431 fois`, `Lu par 1 200 lecteurs`, `Partagé 45 fois`, `2 431 fois lu`
    rf"|^(?:vue?s?|lue?s?|consultée?s?|partagée?s?)\s+(?:par\s+)?{_FIGURE}\s*"
    r"(?:fois|personnes|lecteurs|internautes)$"
    rf"|^{_FIGURE}\s+fois\s+(?:vue?|lue?|consultée?|partagée?)s?$"
    # a counter behind its icon: `👁 2 431`, `💬 12`
    rf"|^[👁💬❤♥👍🔥⭐✉]\ufe0f?\s*{_FIGURE}$"
    r"|^(?:aucun|pas (?:encore )?de|0)\s+(?:commentaire|réaction)s?$",
    re.IGNORECASE,
)
#: What parts the items of a bar of counters and buttons.
_BAR = re.compile(r"\s+[|·•–—-]\s+")
#: What labels a video, a gallery, a podcast or a graphic between paragraphs.
_MEDIA = (
    r"(?:vid[ée]os?|en vid[ée]o|en images|en photos|photos|diaporama|galerie(?: photos?)?|"
    r"podcast|audio|infographie|live|direct|replay|reportage vid[ée]o)"
)
_MEDIA_LABEL = re.compile(
    rf"^(?:\[{_MEDIA}\]|\({_MEDIA}\)|{_MEDIA}\s*(?:[-–—|:.]|$))\s*", re.IGNORECASE
)
#: The longest linked headline a media label opens.
MAX_MEDIA_LABEL_WORDS = 20


def is_read_time(text: str) -> bool:
    """`Lecture 3 min.`, `3 min de lecture`, `3 min`, `4–5 minutes`, `3 à 4 minutes`, `Temps de
    lecture: 3'`; not a bare `20 minutes` (a site's name, or a duration) without a word of
    reading."""
    match = _READTIME.match(text)
    if match is None:
        return False
    if match.group("prime"):
        return "lecture" in text.lower()  # `Temps de lecture: 3'`; a bare `12'` is a minute
    if match.group("range"):
        return True  # `4–5 minutes`, `3 à 4 minutes`: a reader view's estimate, no duration
    return "lecture" in text.lower() or "read" in text.lower() or "minute" not in text.lower()


def is_reader_estimate(text: str) -> bool:
    """`3 à 4 minutes`, `4–5 minutes`: the reading time a browser's reader view estimates."""
    match = _READTIME.match(text.strip())
    return match is not None and match.group("range") is not None


def is_count(text: str) -> bool:
    """`12 commentaires`, `Commentaires (4)`, `3 réactions`."""
    return _COUNT.match(text) is not None and not is_caps(text, 2)


#: A blog's heading over its comments, naming the article: `2 réponses à « Le titre »`.
_REPLIES_TO = re.compile(
    r"^(?:\d+|une?|deux|trois)\s+(?:réponses?|commentaires?|réactions?|avis)\s+(?:à|sur|pour)\s+[«\"“]",
    re.IGNORECASE,
)


def is_comments_heading(text: str) -> bool:
    """Where readers' comments start: `12 commentaires`, `Vos commentaires`, `Réagissez`,
    `2 réponses à « Le titre »`."""
    low = text.lower()
    if _REPLIES_TO.match(text):
        return True
    return word_count(text) <= 5 and ("comment" in low or "réagi" in low or "réactions" in low)


def is_engagement_bar(text: str) -> bool:
    """Counters and reading time on one line, maybe with buttons (`Vu 2 431 fois | 3
    commentaires`, `Lecture 3 min · 12 commentaires`, `3 réactions | Réagir`): the page's."""
    parts = [part for part in _BAR.split(text.strip()) if part.strip()]
    if len(parts) < 2:  # one part: the line's own kind says what it is
        return False
    counted = [part for part in parts if is_count(part) or is_read_time(part)]
    others = [part for part in parts if part not in counted]
    chrome = all(is_interface(part) or is_relative_date(part) for part in others)
    return bool(counted) and chrome


def is_media_label(text: str) -> bool:
    """A video's, a gallery's or a podcast's label set in the text, alone or over the title
    it links to (`Vidéo - Les images des vignes dévastées`, `EN IMAGES. La grêle`, `[PODCAST]
    …`): one short phrase, never a sentence that goes on past a full stop."""
    match = _MEDIA_LABEL.match(text.strip())
    if match is None:
        return False
    rest = text.strip()[match.end() :]
    if word_count(rest) > MAX_MEDIA_LABEL_WORDS or re.search(r"[.!?…]\s+\S", rest):
        return False
    separated = match.group().strip() not in ("", match.group().strip(" -–—|:."))
    return separated or not rest or text.strip()[:1] in "[("


def is_rating(text: str) -> bool:
    """A review's rating in stars, maybe after its label: `Notre avis : ★★★★☆`, `★★★☆☆`, or
    as a mark out of five after what it rates: `Cuisine : 4/5`, `Note globale : 3,5/5`."""
    if word_count(text) > MAX_RATING_WORDS:
        return False
    if _STARS.search(text) is not None:
        return True
    mark = _MARK.match(text.strip())
    # (what a review rates is written in sentence case; two capitals name someone)
    named = mark is not None and sum(word[:1].isupper() for word in mark.group("rated").split()) > 1
    return mark is not None and not named
