"""Photo credits and captions as a copied page prints them, judged by their content alone.

A credit alone: `Photo : Ndèye Fall`, `Keystone/Salvatore Di Nolfi`, `DDM - Marc Salvet`,
`Belga Image`. A caption: a short sentence that ends with its credit, in brackets, after
`Photo` or `©`, or in capitals (`… lors de l’édition 2023. HANS LUCAS`).
"""

from __future__ import annotations

import re

from .copycredits import is_agency_line, is_name_line
from .lines import ends_sentence, is_caps, word_count

_PHOTO_WORD = (
    r"(?:photos?|ph(?=\.)|crédits?|credits?|illustrations?|images?|infographie)"  # `(Ph. : …)`
)
_PHOTO = re.compile(
    rf"^(?:{_PHOTO_WORD}\b\s*(?:d['’]archives?)?\s*[:©/-]?|©\s*\S|\(photo\b|\[)", re.IGNORECASE
)
#: Photo agencies and image banks credited alone under a picture.
_PHOTO_AGENCY = re.compile(
    r"^(?:photo\s*:?\s*)?(?:keystone|belga(?: image)?|getty(?: images)?|epa|imago|maxppp|sipa|"
    r"shutterstock|istock(?:photo)?|hans lucas|ap photo|afp photo|reuters photo|dr|adobe stock|"
    r"unsplash|wikimedia commons)$",
    re.IGNORECASE,
)
_SLASHED = re.compile(
    r"^[A-ZÀ-Þ0-9][\w'’.-]*(?:\s[\w'’.-]+){0,3}\s?/\s?[A-ZÀ-Þ][\w'’.-]*(?:\s[\w'’.-]+){0,3}$"
)
#: An agency's or paper's initials, a dash, then the photographer: `DDM - Marc Salvet`.
_INITIALS_CREDIT = re.compile(
    r"^[A-ZÀ-Þ]{2,6}(?:/[A-ZÀ-Þ]{2,6})?\s[-–—]\s[A-ZÀ-Þ][\w’'.-]+(?:\s[A-ZÀ-Þ][\w’'.-]+){1,3}$"
)
#: A table's or a chart's source: `Source : Groupe Boréal`.
_SOURCE = re.compile(r"^sources?\s*:\s*\S", re.IGNORECASE)
_CAPTION_END = re.compile(
    # … à Beyrouth. Photo d'archive Mohammad Yassine; … de retard. © Belga. (the credit's
    # own full stop too)
    # (`Photo J.-M.A.`, `Photo : D. R.`)
    rf"(?:[.!?…»]\s+{_PHOTO_WORD}\b(?:[^.!?]|\.(?=[\w-])|(?-i:\bD\.\s(?=R\.)))*\.?"
    # … peu avant minuit. Ph. Mehdi Alaoui (the abbreviation's full stop, then the name)
    r"|[.!?…»]\s+ph\.\s+(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,3})\.?"
    # … sur le doigt d’un chercheur. © Andry Rakotondrazafy / AFP; … (c) Cameroon Tribune
    r"|[.!?…»]\s+(?:[•·|–—-]\s+)?(?:©|\(c\))(?:[^.!?©]|\.(?=\w))*\.?"  # (`© D.R.`)
    rf"|\((?:[^()]*/|{_PHOTO_WORD}\b)[^()]*\)"  # (KEYSTONE/Martial Trezzini), (Photo by …)
    r"|\[[^\[\]]+\]"  # [Keystone - Gaetan Bally]
    # … à Amiens. Archives Fred Haslin; … 900 personnes. (Le Quotidien, Rocket Lavoie)
    r"|[.!?…»]\s+archives?(?-i:(?:\s+(?:(?:de|du|des|de la)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*){1,4})"
    r"|[.!?…»]\s+\([^(),]{2,40},(?-i:(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){2,3})\))$"
    # … devant la halle — Photo : Jean Roux; … lundi | Crédit : L'Écho
    rf"|\S\s+[—–|]\s*{_PHOTO_WORD}\b[^.!?—–|]*$"
    # … lundi soir. (Archives); … lundi soir. DR; … remonter l'animal. - D.R.
    r"|[.!?…»]\s+(?:[-–—]\s*)?(?:\((?:archives?|photo d['’]archives?|illustration|D\.?R\.?)\)"
    r"|(?-i:D\.?R\.?))$"
    # … en plein centre de Toulouse. DDM - Xavier de Fenoyl; … du « Mosan II ». - ÉdA Jacques
    # Duchêne (the paper's initials, the name)
    r"|[.!?…»]\s+(?:[-–—]\s+(?-i:[A-ZÀ-Þ](?:[a-zà-ÿ]?[A-ZÀ-Þ]){1,5})\s+"
    r"|(?-i:[A-ZÀ-Þ](?:[a-zà-ÿ]?[A-ZÀ-Þ]){1,5})\s+[-–—/]\s+)"
    r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:(?:de|du|d['’]|van|von|le|la)\s*)?[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3})$",
    re.IGNORECASE,
)
_NAMED = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*|de|du|des|la|le|les|d['’]\w+|l['’]\w+)"
#: A credit of two names around a slash closing a caption's sentence: `… 2023. Le Régional /
#: Marc Dubey`, `… mardi. Keystone/Jean-Christophe Bott`, `… Photo: X / Y`.
_SLASHED_END = re.compile(
    rf"[.!?…»]\s+(?=[A-ZÀ-ÖØ-Þ])({_NAMED}(?:\s{_NAMED}){{0,3}}\s?/\s?[A-ZÀ-ÖØ-Þ]"
    rf"[\w'’.&-]*(?:\s{_NAMED}){{0,3}})$"
)
#: A photographer's or photo agency's name in capitals closing a caption's sentence.
_CAPS_CREDIT = re.compile(
    r"[.!?…»]\s+([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’./&-]*(?:\s[A-ZÀ-ÖØ-Þ'’./&-]+){0,5})$"
)
MAX_CAPTION_WORDS = 60
#: An agency and its desk's initials in lowercase, in brackets: `(ats/jzs)`, `(afp/mb)`.
_DESK_SIGNATURE = re.compile(r"\([a-z]{2,5}(?:/[a-z]{2,5})+\)")
#: The longest caption closed by a credit without a cue (capitals, a slash).
MAX_CAPS_CAPTION_WORDS = 30


def is_source_line(text: str) -> bool:
    """A source named on its own line: a table's or a chart's (`Source : Groupe Boréal`), or
    the study a piece is drawn from (`Source : A. Roy, « Titre », Revue, 2025.`)."""
    return _SOURCE.match(text) is not None


def is_photo_credit(text: str) -> bool:
    """A photo credit alone: `Photo : Ndèye Fall`, `Keystone/Salvatore Di Nolfi`,
    `DDM - Marc Salvet`, `© AIP par DR`."""
    if word_count(text) > 12 or (ends_sentence(text) and not text.endswith(")")):
        return False
    shapes = (_PHOTO, _SLASHED, _INITIALS_CREDIT, _PHOTO_AGENCY, _SOURCE)
    return any(shape.match(text) is not None for shape in shapes)


def is_caption(text: str) -> bool:
    """A caption: a sentence that ends with its photo credit (in brackets, after `Photo`, `©`,
    or in capitals: `… lors de l’édition 2023. HANS LUCAS`), or follows `Photo :`."""
    if word_count(text) > MAX_CAPTION_WORDS or is_name_line(text):
        return False  # (`Anne Roy (texte) et Paul Lin (photos)` is a byline)
    if _PHOTO.match(text) and ends_sentence(text) and word_count(text) >= 5:
        return True
    if _credited_end(text) or _caps_credited(text) or _agency_after_dash(text):
        return True
    credit = _SLASHED_END.search(text) if word_count(text) <= MAX_CAPS_CAPTION_WORDS else None
    return credit is not None and word_count(text[: credit.start()]) >= 3


def _credited_end(text: str) -> bool:
    """A sentence closed by a photo credit (`_CAPTION_END`); not a paragraph signed by its
    news agency and desk in lowercase, in brackets (`… dès l'hiver prochain. (ats/jzs)`; a
    photo's agencies are capitalised: `(Belga/AFP)`)."""
    match = _CAPTION_END.search(text)
    if match is None:
        return False
    credit = match.group(0).strip()
    signed = _DESK_SIGNATURE.fullmatch(credit) is not None and is_agency_line(credit[1:-1])
    return not signed


def _agency_after_dash(text: str) -> bool:
    """A sentence, then the photo agency after a dash: `… de la Région. - Belga.` (a news
    agency's credit there, `… le 12 mars. - AFP`, signs a brief: text)."""
    sentence, dash, credit = text.rstrip(". ").rpartition(" - ")
    agency = _PHOTO_AGENCY.match(credit.strip()) is not None
    short = 3 <= word_count(sentence) <= MAX_CAPS_CAPTION_WORDS  # (a paragraph signs in brackets)
    return bool(dash and agency) and ends_sentence(sentence) and short


def _caps_credited(text: str) -> bool:
    """A short sentence closed by a credit in capitals that is not a news agency (an agency's
    initials after a paragraph sign it: that is text, not a caption)."""
    match = _CAPS_CREDIT.search(text)
    if match is None or word_count(text) > MAX_CAPS_CAPTION_WORDS:
        return False
    credit = match.group(1)
    sentence = text[: match.start()]
    return is_caps(credit, 4) and not is_agency_line(credit) and word_count(sentence) >= 3
