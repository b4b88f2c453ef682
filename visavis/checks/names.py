"""The names check: capitalised names and quoted terms of the French missing from the
English (cognates and the usual French→English renderings allowed), or, in a sentence that
names no one, a name the English invented."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from .numbers import ENGLISH_UNITS, FRENCH_UNITS
from .text import ENGLISH_WORDS, FRENCH_WORDS, Flag, fold, lexical, unique, word_set

#: French names and terms whose English differs, and the English forms that render them
#: (stems, accents folded). Cognates (Sénat → Senate, Italie → Italy) need no entry.
_TRANSLATED_NAMES = """
allemagne: germany german | allemand: german | angleterre: england english | anglais: english
british | royaume-uni: united kingdom uk britain british | etats-unis: united states us u.s.
america american | americain: american us | espagne: spain spanish | espagnol: spanish
spaniard | chine: china chinese | chinois: chinese | japon: japan japanese | japonais:
japanese | suisse: switzerland swiss | suede: sweden swedish | norvege: norway norwegian |
danemark: denmark danish | pays-bas: netherlands dutch | belgique: belgium belgian | grece:
greece greek | turquie: turkey turkish turkiye | egypte: egypt | maroc: morocco moroccan |
algerie: algeria | pologne: poland polish | liban: lebanon lebanese | syrie: syria | irak:
iraq | inde: india indian |
bresil: brazil | mexique: mexico | coree: korea | cote: coast | ivoire: ivory coast | francais:
french | france: french france | europe: european europe | afrique: africa african | gazaoui:
gazan | quebecois: quebecer quebec | guyane: guiana | pouilles: puglia apulia | londres: london
| bruxelles: brussels | geneve: geneva | pekin: beijing | moscou: moscow | varsovie: warsaw |
lisbonne: lisbon | vienne: vienna | athenes: athens | caire: cairo | alger: algiers | beyrouth:
beirut | venise: venice | manche: channel | normandie: normandy | bretagne: brittany | corse:
corsica | ouest: west western | est: east eastern | nord: north northern | sud: south southern
| guerre: war | bureau: office | salon: show fair | stade: stadium | agence: agency |
autorite: authority | haute: high | tribunal: court | chambre: chamber house | caisse: fund |
federation: federation | ligue: league | musee: museum | palais: palace | place: square |
rue: street | pont: bridge | gare: station | lycee: school | universite: university | institut:
institute | centre: centre center | comite: committee | parti: party | mouvement: movement |
fondation: foundation | societe: company society | compagnie: company | ecole: school |
academie: academy | hopital: hospital | roi: king | reine: queen | pape: pope | saint: st |
republique: republic | mont: mount mountain | lac: lake | ile: island | golfe: gulf | mer: sea |
ocean: ocean | fleuve: river | vallee: valley | foret: forest | grand: great grand big |
nouvelle: new | depute: mp mps | lune: moon | terre: earth | noel: christmas | paques: easter
| onu: un united nations |
nations: nations | otan: nato | ue: eu european union | fmi: imf | oms: who | bce: ecb | pib:
gdp | tva: vat | ocde: oecd | omc: wto | giec: ipcc | cjue: cjeu | pdg: ceo chief executive |
drh: hr | pme: sme smes | jo: olympics olympic games | eurodepute: mep meps | maison-blanche:
white house | maison: house | blanche: white | quai: foreign ministry quai | orsay: foreign
ministry orsay | etat: state coup | eglise: church | conseil: council | cour: court | banque: bank |
fonds: fund | premier: prime first premier | rassemblement: rally | verts: greens green |
insoumis: unbowed | republicains: republicans | socialiste: socialist | bourse: stock exchange
market | coupe: cup | monde: world | mondial: world | jeux: games | olympique: olympic |
assemblee: assembly | nationale: national | ministere: ministry | ministre: minister |
president: president | gouvernement: government | senat: senate | justice: justice | sante:
health | sécurité: security | securite: security
"""


@functools.cache
def translated_names() -> dict[str, tuple[str, ...]]:
    """The table above as {folded French stem: folded English forms}."""
    table: dict[str, tuple[str, ...]] = {}
    for entry in " ".join(_TRANSLATED_NAMES.split()).split("|"):
        name, _, forms = entry.partition(":")
        if name.strip():
            table[stem(fold(name.strip()))] = tuple(forms.split())
    return table


#: Capitalised in English where French writes them in lowercase, or titles: never a name
#: the English invented.
ENGLISH_CAPITALISED = word_set(
    """i mr mrs ms dr prof sir monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    french english british german spanish italian portuguese dutch belgian swiss austrian
    european american canadian quebecer mexican brazilian argentine chinese japanese korean
    indian russian ukrainian polish greek turkish israeli palestinian lebanese syrian iraqi
    iranian egyptian moroccan algerian tunisian african senegalese ivorian cameroonian
    malian arab arabic asian latin nordic scandinavian balkan caribbean mediterranean
    maghrebi gulf western eastern northern southern muslim muslims christian catholic
    protestant jewish jew jews islamic islamist king queen pope prince princess president
    prime minister chancellor senator mayor governor general secretary parliament government
    state senate court council internet mp mps mep meps"""
)
_COMMON_WORDS = FRENCH_WORDS | ENGLISH_WORDS | set(FRENCH_UNITS) | set(ENGLISH_UNITS)
_TITLES = word_set("m mm mme mmes mlle me mgr dr pr st ste")
_QUOTE_OPENERS = "«“‘"
_ROMAN_NUMERAL = re.compile(r"^[IVXLC]+(?:e|er|re|ème)?$")
_NAMETOKEN = re.compile(r"[^\W\d_][\w]*(?:['’-][\w]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_ELISION = re.compile(r"^(?:[ldjmnstcLDJMNSTC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\w)")


def check_names(source: str, target: str) -> Flag | None:
    """Names and quoted terms of the French missing from the English; or, in a sentence that
    names no one, a name the English invented."""
    target_words = {stem(fold(word)) for word in _name_words(target)}
    target_text = " " + " ".join(fold(word) for word in _name_words(target)) + " "
    names = source_names(source)
    missing = [
        (index, name) for index, name in names if not _name_present(name, target_words, target_text)
    ]
    parts, french_marks, english_marks = [], [], []
    if missing:
        shown = _joined_names(missing)
        parts.append(", ".join(shown) + " missing")
        french_marks.extend(shown)
    if quote_count(source) > quote_count(target):
        parts.append("quotation marks missing")
        french_marks.extend(_quoted(source))
    if not names:
        source_words = [stem(fold(word)) for word in _name_words(source)]
        invented = [
            (index, name)
            for index, name in source_names(target, english=True)
            if not _similar_any(name, source_words)
        ]
        if invented:
            shown = _joined_names(invented)
            parts.append(", ".join(shown) + " not in the French")
            english_marks.extend(shown)
    if not parts:
        return None
    return Flag("names", "; ".join(parts), tuple(french_marks), tuple(english_marks))


def _joined_names(names: list[tuple[int, str]]) -> list[str]:
    """Names found at token positions, neighbours joined (`Olaf`, `Scholz` → `Olaf Scholz`)."""
    joined: list[tuple[int, str]] = []
    for index, name in names:
        if joined and joined[-1][0] == index - 1:
            joined[-1] = (index, f"{joined[-1][1]} {name}")
        else:
            joined.append((index, name))
    return unique(name for _, name in joined)


def _name_words(text: str) -> list[str]:
    """Words for name matching: elisions and possessives removed, hyphens split too."""
    found = []
    for token in _NAMETOKEN.findall(text):
        if "'" in token or "’" in token:
            token = _POSSESSIVE.sub("", _ELISION.sub("", token))
        found.append(token)
        if "-" in token:
            found.extend(part for part in token.split("-") if part)
    return found


def source_names(text: str, english: bool = False) -> list[tuple[int, str]]:
    """Capitalised names and acronyms of a sentence, sentence-initial words aside (unless
    they start a name of several words), titles and Roman ordinals aside."""
    tokens = re.findall(r"\w+(?:['’-]\w+)*|[^\w\s]", text)
    names: list[tuple[int, str]] = []
    initial = True
    for index, raw in enumerate(tokens):
        if not raw[0].isalnum():
            after_initial = raw == "." and index and _is_abbreviation(tokens[index - 1])
            if (raw in '.!?:—–-"' and not after_initial) or raw in _QUOTE_OPENERS:
                initial = True
            continue
        token = _ELISION.sub("", raw) if "'" in raw or "’" in raw else raw
        starts_name = initial
        initial = False
        if not token[:1].isupper() or len(token) < 2 or _ROMAN_NUMERAL.match(token):
            continue
        if fold(token) in _TITLES or (english and fold(token) in ENGLISH_CAPITALISED):
            continue
        if starts_name and token != raw:  # l’Élysée at the start: a name all the same
            starts_name = False
        if starts_name and not token.isupper():
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if not following[:1].isupper() or lexical(token) in _COMMON_WORDS:
                continue
        names.append((index, re.sub(r"['’]s$", "", token)))
    return names


def _is_abbreviation(token: str) -> bool:
    """`F.` (an initial) or `M.`, `Dr.`: a full stop after them ends no sentence."""
    return (len(token) == 1 and token.isupper()) or fold(token) in _TITLES


def _name_present(name: str, target_words: set[str], target_text: str) -> bool:
    folded = fold(name)
    if f" {folded} " in target_text or stem(folded) in target_words:
        return True
    forms = translated_names().get(stem(folded))
    if forms and any(f" {form} " in target_text or stem(form) in target_words for form in forms):
        return True
    if "-" in folded:
        parts = [part for part in folded.split("-") if len(part) > 2]
        return all(_name_present(part, target_words, target_text) for part in parts)
    return _similar_any(name, target_words)


def _similar_any(name: str, candidates: Iterable[str]) -> bool:
    """A cognate: same first letter, and one the start of the other (Paris/parisienne) or a
    similar spelling (Parlement/Parliament, Sénat/Senate)."""
    key = stem(fold(name))
    for other in candidates:
        if not other or other[0] != key[0]:
            continue
        if min(len(key), len(other)) >= 4 and (other.startswith(key) or key.startswith(other)):
            return True  # Paris/parisienne, Genève/genevois
        if abs(len(other) - len(key)) > max(3, len(key) // 2):
            continue
        if len(key) >= 5 and other[:5] == key[:5]:
            return True
        if SequenceMatcher(None, key, other).ratio() >= 0.75:
            return True
    return False


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem: plural and feminine endings off (`françaises` → `francai`)."""
    for ending in ("s", "e", "s"):
        if len(word) > 3 and word.endswith(ending):
            word = word[: -len(ending)]
    return word


def quote_count(text: str) -> int:
    """Quotations opened in a sentence, not counting quotes around the whole of it."""
    text = text.strip()
    if len(text) > 2 and text[0] in '«“"' and text.rstrip(".!?…")[-1:] in '»”"':
        text = text[1:].rstrip(".!?…")[:-1]
    return sum(text.count(mark) for mark in _QUOTE_OPENERS) + (text.count('"') + 1) // 2


def _quoted(text: str) -> list[str]:
    return re.findall(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", text)
