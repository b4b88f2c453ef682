"""Credits of an article: person names apart from news agencies, joined as French writes them.

A credit is what a page prints or declares: `Par Martin DUPUIS, correspondant à Genève`,
`Léa Martin et Paul Tremblay`, `A, B, avec ATS`, `Anne Roy (AFP)`, `ats/afp`. Out of it come
person names in natural casing (no `Par`, role or place) and the agencies, each once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .webdom import text_key

#: News agencies as credited, by the form written (case-insensitive) → the form kept: one form
#: per agency and language, in both readers (web pages, text copies): the short one readers
#: A name credited for the pictures, not the text: `Marc Leduc (photos)`.
PHOTOGRAPHER = re.compile(
    r"\s*(?:,|\bet\b)?\s*[A-ZÀ-ÖØ-Þ][\w’'.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.-]+){0,3}\s*"
    r"\((?i:photos?|illustrations?|vidéos?|images?|infographies?|dessins?)\)"
)
#: know (`AFP`, `ATS`), else the full name (`PC`, `(PC)` → `La Presse Canadienne`).
_AGENCY_FORMS = {
    **{name.casefold(): name for name in ("AFP", "ATS", "SDA", "Belga", "Reuters", "AP")},
    **{name.casefold(): name for name in ("APS", "ANP", "Keystone-ATS", "Keystone-SDA")},
    **{name.casefold(): name for name in ("DPA", "ANSA", "EFE", "Xinhua", "MAP", "AIP", "AIB")},
    **{name.casefold(): name for name in ("ANI", "NNA", "APA", "UPI", "TASS", "Kyodo", "Anadolu")},
    # Tunis Afrique Presse, the Congolese, Guinean, Togolese, Malian and Beninese agencies
    **{name.casefold(): name for name in ("TAP", "ACP", "AGP", "ATOP", "AMAP", "ABP")},
    **{name.casefold(): name for name in ("La Presse Canadienne", "The Canadian Press")},
    **{name.casefold(): name for name in ("QMI", "Agence QMI", "Relaxnews", "AFP Relaxnews")},
    "presse canadienne": "La Presse Canadienne",
    "pc": "La Presse Canadienne",
    "canadian press": "The Canadian Press",
    "cp": "The Canadian Press",
    "keystone ats": "Keystone-ATS",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "france-presse": "AFP",
    "associated press": "AP",
    "the associated press": "AP",
    "agence belga": "Belga",
    "thomson reuters": "Reuters",
    "algérie presse service": "APS",
    "agence ivoirienne de presse": "AIP",
    "maghreb arabe presse": "MAP",
    "agence d'information du burkina": "AIB",
    "agence d’information du burkina": "AIB",
    "agence nationale d'information": "ANI",
    "agence nationale d’information": "ANI",
    "national news agency": "NNA",
    "tunis afrique presse": "TAP",
    "agence tunis afrique presse": "TAP",
    "agence congolaise de presse": "ACP",
}
#: The agencies recognised, in the form kept (for reference and tests).
AGENCIES = tuple(sorted(set(_AGENCY_FORMS.values())))

_PARTICLES = frozenset(
    {"de", "du", "des", "d'", "d’", "la", "le", "van", "von", "der", "den", "da", "di", "dos"}
    | {"das", "do", "del", "della", "ter", "ten", "zu", "y", "e", "al", "el", "bin", "ben"}
)
#: Particles that stay lower-case when a name is re-cased from capitals (`Le`, `El` do not).
_LOWER_PARTICLES = frozenset(
    {"de", "du", "des", "van", "von", "der", "den", "da", "di", "dos", "das", "do", "del"}
    | {"della", "ter", "ten", "zu", "y", "e"}
)
#: Words that end a name: roles, dates, and what is not a person at all.
_STOP_TEXT = """journaliste journalistes correspondant correspondante correspondants envoyé envoyée
    envoyés spécial spéciale reporter reporters rédacteur rédactrice rédaction redaction
    chef cheffe éditorialiste chroniqueur chroniqueuse photographe photographes stagiaire
    pigiste collaborateur collaboratrice responsable directeur directrice service desk
    newsroom staff team équipe equipe admin administrateur administrator webmaster agences
    agence publié publiée published posted mis mise modifié updated lundi mardi mercredi
    jeudi vendredi samedi dimanche aujourd'hui hier lecture avec et and with voir suivre
    follow plus articles contacter écrire respectivement user utilisateur superuser"""
_STOP_WORDS = frozenset(_STOP_TEXT.split())
#: Words that make a credit an organisation's (`France Télévisions`, `Radio Canada Info`), or
#: an author's affiliation (`Université de Montpellier`, `Inrae`).
_ORGANISATION_TEXT = """télévisions télévision television radio tv médias media presse press
    journal magazine news nouvelles actu actus info infos hebdo quotidien éditions edition
    group groupe agence agency online digital studio productions rédaction redaction
    université universite university institut institute école ecole faculté laboratoire
    cnrs inserm inrae inria ird chu hôpital hopital fondation académie academy collège"""
_ORGANISATION_WORDS = frozenset(_ORGANISATION_TEXT.split())
_MONTH_TEXT = """janvier février mars mai juin juillet août septembre octobre novembre décembre
    january february march april may june july august september october november december"""
_MONTHS = frozenset(_MONTH_TEXT.split())
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_]\.(?:-?[^\W\d_]\.)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*)$")
_PARENTHESIS = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_SEPARATORS = re.compile(
    r"\s*(?:[,;|•·+&/]|\s[-–—]\s|(?<=[^\W\d_]{2})\.\s|\b(?:et|and|avec|with)\b)\s*",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^(?:(?:textes?|text|reportage|interview|entretien|enquête|analyse|chronique|éditorial|"
    r"un article|une analyse|un reportage|une enquête|une chronique|propos recueillis|"
    r"un texte|une entrevue|un dossier|un billet|un récit|un portrait|une opinion|une tribune|"
    r"recueillie?s?|"
    r"rédigé|écrit|signé|written|posted|publié|mis en ligne|(?:live|direct|fil) (?:animé|tenu))"
    r"\s*(?:et\s+photos?\s*)?"
    r"(?:par|by|de|d['’])?\s*:?\s*|(?:par|by|from|auteurs?|authors?)\s*:?\s+|de\s+(?:notre|nos)\s+"
    r"[\w’']+(?:\s+(?:particuli|permanent|spécia)\w*)?(?:\s+(?:à|au|aux|en|dans)\s+[^,]+)?"
    r"\s*,?\s*|(?:dr|pr|prof)\.?\s+)+",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[^\W\d_][^:]{0,30}\s?:\s*")
_ARTICLE = re.compile(r"^(?:l['’]|la\s+|le\s+|the\s+)")
_NOT_AUTHOR = re.compile(
    r"^(?:photos?|vidéos?|videos?|illustrations?|infographies?|dessins?|images?|crédits?)\b",
    re.IGNORECASE,
)


def split_credits(
    credits: Iterable[str], exclude: Iterable[str] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Person names and agencies among an article's credits, each once, in order.

    `exclude` names the publication (and the like): a credit to it is no author.
    """
    excluded = {key for key in map(text_key, exclude) if len(key) >= 3}
    persons: dict[str, str] = {}
    agencies: dict[str, str] = {}
    for credit in credits:
        for kind, name in _read_credit(credit):
            key = text_key(name)
            if kind == "agency":
                agencies.setdefault(key, name)
            elif not any(key.startswith(other) for other in excluded):
                persons.setdefault(key, name)
    return tuple(persons.values()), tuple(agencies.values())


def _read_credit(credit: str) -> list[tuple[str, str]]:
    """(`person` or `agency`, name) for each name one credit string gives."""
    found: list[tuple[str, str]] = []
    text = " ".join(credit.split()).strip(" -–—•·|:")
    for match in _PARENTHESIS.finditer(text):
        inner = match.group(1) or match.group(2) or ""
        found.extend(("agency", a) for a in map(find_agency, _SEPARATORS.split(inner)) if a)
    text = _PARENTHESIS.sub(" ", PHOTOGRAPHER.sub(" ", text))
    for piece in _SEPARATORS.split(_LEAD_IN.sub("", text)):
        piece = _LEAD_IN.sub("", piece.strip(" .:-–—")).strip(" .:")
        if not piece or _NOT_AUTHOR.match(piece):
            continue
        piece = _LABEL.sub("", piece)  # `Sujet radio: Anne Roy`, `Source : AFP`
        agency = find_agency(piece)
        name = None if agency else read_person(piece)
        if agency or name:
            found.append(("agency", agency) if agency else ("person", name or ""))
    return found


def opens_with_name(credit: str) -> bool:
    """Whether a credit names someone right after its lead-in: `Par Anne Roy, à Genève`, `Par
    AFP`; not `Par ailleurs, Anne Roy a dit` (a sentence that starts like a byline)."""
    persons, agencies = split_credits([credit])
    rest = text_key(_LEAD_IN.sub("", " ".join(credit.split())))
    return any(rest.startswith(text_key(name)) for name in (*persons, *agencies))


def find_agency(text: str | None) -> str | None:
    """The agency a credit names as a whole (`afp`, `l’Agence France-Presse`), else None."""
    credit = " ".join((text or "").split()).strip(" .").casefold()
    return _AGENCY_FORMS.get(credit) or _AGENCY_FORMS.get(_ARTICLE.sub("", credit))


def read_person(text: str) -> str | None:
    """The person name a text starts with, in natural casing; None if it names no person."""
    tokens: list[str] = []
    for token in text.split():
        word = token.casefold().strip(",.")
        if tokens and (word in _STOP_WORDS or word in _MONTHS):
            break
        if not _NAME_TOKEN.match(token) or (token.islower() and word not in _PARTICLES):
            break
        tokens.append(token)
    while tokens and tokens[-1].casefold() in _PARTICLES:
        tokens.pop()
    if tokens and tokens[0].islower() and tokens[0].casefold() in _PARTICLES:
        return None
    if sum(1 for token in tokens if token[:1].isupper()) < 2 or len(tokens) > 7:
        return None
    if tokens[0].casefold() in _STOP_WORDS or _is_organisation(tokens):
        return None
    if any(token.casefold() in _ORGANISATION_WORDS for token in tokens):
        return None
    return restore_name_casing(" ".join(tokens))


def _is_organisation(tokens: list[str]) -> bool:
    """`Le Temps`, `La Libre`, `L’Orient-Le Jour`: an article then a word is a title, no person."""
    first = tokens[0].casefold()
    return (len(tokens) == 2 and first in ("le", "la", "les")) or first.startswith(("l'", "l’"))


def restore_name_casing(name: str) -> str:
    """`MARTIN DUPUIS` → `Martin Dupuis`, `Jean DE LA FONTAINE` → `Jean de La Fontaine`."""
    letters = [char for char in name if char.isalpha()]
    shouted = bool(letters) and all(char.isupper() for char in letters)
    lowered = bool(letters) and all(char.islower() for char in letters)
    words = name.split()
    out = []
    for index, word in enumerate(words):
        letters_only = [char for char in word if char.isalpha()]
        capitals = len(letters_only) > 1 and all(char.isupper() for char in letters_only)
        if "." in word or not (shouted or lowered or capitals):
            out.append(word)  # initials (`J.-F.`) and mixed casing (`McEwan`) stay as written
        elif index > 0 and word.casefold() in _LOWER_PARTICLES:
            out.append(word.lower())
        else:
            out.append(_capitalise(word, first=index == 0))
    return " ".join(out)


def _capitalise(word: str, first: bool) -> str:
    """`JEAN-FRANÇOIS` → `Jean-François`, `D'ALMEIDA` → `d'Almeida` (after a first name)."""
    pieces = re.split(r"([-'’])", word.lower())
    out = []
    for index, piece in enumerate(pieces):
        elided = piece == "d" and index + 1 < len(pieces) and pieces[index + 1] in "'’"
        out.append(piece if elided and not first else piece[:1].upper() + piece[1:])
    return "".join(out)


def prefer_forms(names: Iterable[str], forms: Iterable[str]) -> tuple[str, ...]:
    """Names in the casing another source writes them (`Jean de La Fontaine`), when it agrees."""
    known = {text_key(form): form for form in forms if not form.isupper()}
    return tuple(known.get(text_key(name), name) for name in names)


def join_names(names: tuple[str, ...] | list[str], conjunction: str = "et") -> str | None:
    """`A`, `A et B`, `A, B et C`; None for no names."""
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"
