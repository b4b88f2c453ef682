"""Natural casing for text the export printed in capitals, learnt from the article's own body."""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:«“\"]\s*|\s[-–—]\s)$")
_NAME_FOLLOWS = re.compile(r"\s+[A-ZÀ-ÖØ-Þ]")
_ELISION = re.compile(r"^((?:qu|[dljmnstc])['’])(.+)$", re.IGNORECASE)

#: Words that stay lowercase inside a name or a title (unless the body shows otherwise).
SMALL_WORDS = frozenset(
    {
        *("à", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "ou"),
        *("par", "pour", "sur", "un", "une", "van", "von", "der", "den"),
    }
)


#: Beginnings of words that name a role (`conseillère fédérale`), not a place (`Berne`).
_ROLES = """ancien conseil maire syndi présiden direct professeu minist député sénat militant chef
    porte secrétai avoca journalis correspond envoy économ cherch respons fondat cofond membre
    élu municipa rédact auteur autric écrivain artiste chanteu acteu actric sociolog politolog
    historien philosoph médecin infirm patron patronn entrepreneu expert analyst consult
    porte-parole coach entraîn joueu capitain élève étudian retrait agricult vigneron ingénie
    architect juge procureu commissai policie officie général colonel pdg ceo fondatric
    psychiatr psycholog avocat éditor chroniqu"""
_ROLE_STEMS = tuple(_ROLES.split())


#: The elided article inside a compound name: the `d` of `Val-d’Or`, the `l` of `Rivière-l’Anse`.
_ELIDED_PARTS = frozenset({"d", "l", "qu"})


#: Words an elision runs into that are never names: `qu’il`, `s’ils`, `jusqu’à`, `l’un`.
_ELIDED_WORDS = frozenset(
    [
        "il",
        "ils",
        "elle",
        "elles",
        "on",
        "en",
        "y",
        "un",
        "une",
        "eux",
        "à",
        "au",
        "aux",
        "ici",
        "est",
        "était",
        "a",
        "ont",
        "avait",
    ]
)


def learn_casing(text: str) -> dict[str, str]:
    """Map each upper-cased word (and hyphenated compound) of text to its usual casing.

    A capital at a sentence start, a lowercase word right after an elision (`d’emmanuel`)
    and long all-capitals words are no evidence, since exports garble exactly those; but a
    common noun written lowercase after an elision at least as often as capitalised there
    (`l’énergie` and `ministère de l’Énergie`) keeps its lowercase, unless a capitalised word
    follows it (`d’emmanuel Macron` is a name garbled); among compounds the most capitalised
    form wins (`Bock-Côté`).
    """
    counts: dict[str, Counter[str]] = {}
    lowered: Counter[str] = Counter()
    for match in _WORD.finditer(text):
        word = match.group()
        start = match.start()
        initial = bool(_SENTENCE_START.search(text[max(0, start - 3) : start]))
        elided = _ELISION.match(word)
        core = elided.group(2) if elided else word
        if elided and core.islower() and not _NAME_FOLLOWS.match(text, match.end()):
            lowered[core.upper()] += 1  # `d’emmanuel Macron` is a garbled name: no evidence
        if _is_garbled(core) or (elided and core[:1].islower()):
            continue
        parts = _parts(core)
        for index, part in enumerate(parts):
            if (part.isupper() and len(part) > 5) or (initial and index == 0 and part.istitle()):
                continue  # shouted, or capitalised only because it starts a sentence
            if index and parts[index - 1].lower() in _ELIDED_PARTS:
                continue  # `Or` of `Val-d’Or` is the name's: no evidence for `d’or` (gold)
            counts.setdefault(part.upper(), Counter())[part] += 1
        if "-" in core and not core.isupper():
            compound = counts.setdefault(core.upper(), Counter())
            compound[core] += 100 * sum(char.isupper() for char in core)
    known = {key: counter.most_common(1)[0][0] for key, counter in counts.items()}
    for key, times in lowered.items():  # `l’énergie` twice, `l’Énergie` (a ministry's) once
        form = known.get(key)
        if form and form.istitle() and times >= counts[key][form]:
            known[key] = form.lower()
    return known


def repair_casing(text: str, known: dict[str, str]) -> str:
    """Fix casing the export garbled, where the article shows the right form elsewhere."""
    return _WORD.sub(lambda match: _repair_word(match.group(), known), text)


def _repair_word(word: str, known: dict[str, str]) -> str:
    elided = _ELISION.match(word)
    prefix, core = (elided.group(1), elided.group(2)) if elided else ("", word)
    if _is_garbled(core):
        upper = core.upper()
        return prefix + known.get(upper, upper)
    seen = known.get(core.upper())
    if seen is None or seen == core:
        return word
    if prefix and core.islower() and seen[:1].isupper() and seen[1:].islower():
        # (`d’emmanuel` → `d’Emmanuel`; not `qu’il` → `qu’Il`, a capital the text gave the
        # pronoun where a sentence or a quotation opens on it)
        return word if core in _ELIDED_WORDS else prefix + seen
    if "-" in core and core[:1].isupper() and _capitals(seen) > _capitals(core):
        return prefix + seen
    return word


def _is_garbled(word: str) -> bool:
    """`éLYSéE`: capitals with lowercase accented letters, as exports lower-case them."""
    lower = [char for char in word if char.islower()]
    upper = [char for char in word if char.isupper()]
    return len(upper) >= 2 and bool(lower) and all(not char.isascii() for char in lower)


def _capitals(word: str) -> int:
    return sum(char.isupper() for char in word)


def restore_casing(
    text: str, known: dict[str, str], style: str = "name", capitalise_first: bool = True
) -> str:
    """Re-case an all-capitals text: body casing first, else `name` or `sentence` style."""
    if not text or any(char.islower() for char in text):
        return text
    out: list[str] = []
    position = 0
    for index, match in enumerate(_WORD.finditer(text)):
        out.append(text[position : match.start()])
        first = index == 0 and capitalise_first
        out.append(_case_word(match.group(), known, style, first))
        position = match.end()
    out.append(text[position:])
    return "".join(out)


def restore_name(text: str, known: dict[str, str]) -> str:
    """Natural casing for `NAME, ROLE` (a byline or a quote's attribution)."""
    if not text or any(char.islower() for char in text):
        return text
    name, comma, role = text.partition(",")
    cased = restore_casing(name, known, "name")
    if comma and _is_place(role):  # `ANNE FOURNIER, BERNE`: a byline's place is a name too
        cased += comma + restore_casing(role, known, "name", capitalise_first=False)
    elif comma:
        cased += comma + restore_casing(role, known, "sentence", capitalise_first=False)
    return cased


def _is_place(role: str) -> bool:
    """A short part after the name's comma that starts with no word naming a role."""
    words = role.split()
    return 1 <= len(words) <= 3 and not any(word.lower().startswith(_ROLE_STEMS) for word in words)


def restore_label(text: str, known: dict[str, str]) -> str:
    """Natural casing for a kicker or section label: `CULTURE ET SOCIÉTÉ` → `Culture et société`."""
    return restore_casing(text, known, "sentence")


def _case_word(word: str, known: dict[str, str], style: str, first: bool) -> str:
    elided = _ELISION.match(word)
    if elided:
        prefix = elided.group(1).capitalize() if first else elided.group(1).lower()
        return prefix + _case_word(elided.group(2), known, style, first=False)
    whole = known.get(word.upper()) if "-" in word else None
    if whole is not None:
        return whole[:1].upper() + whole[1:] if first else whole
    pieces = re.split(r"([-'’])", word)
    return "".join(
        _case_piece(piece, known, style, first and i == 0) if i % 2 == 0 else piece
        for i, piece in enumerate(pieces)
    )


def _case_piece(piece: str, known: dict[str, str], style: str, first: bool) -> str:
    seen = known.get(piece.upper())
    if seen is not None and style == "name" and seen.islower() and seen not in SMALL_WORDS:
        seen = None  # `le` in the body is an article, no evidence for `Yann Le Gall`
    if seen is not None:
        return seen[:1].upper() + seen[1:] if first else seen
    lower = piece.lower()
    if first:
        return lower.capitalize()
    if lower in SMALL_WORDS or style == "sentence":
        return lower
    return lower.capitalize()


def _parts(word: str) -> list[str]:
    return [part for part in re.split(r"[-'’]", word) if part]
