"""Credits on a copied page: bylines, bare names, agency credits, and what they name.

`Par Martin DUPUIS`, `Anne Roy, Genève`, `Léa Martin et Paul Tremblay`, `Marie Kaboré,
correspondante`, `Une opinion de …, chercheurs à l’UCLouvain.`, `OLJ / Par Rania HADDAD, le
12 mars 2024`, `Par Le Parisien avec AFP`, `AFP`, `ats/jfe`. The persons and the agencies are
told apart by `authors.split_credits`; a place, a role, the newsroom or the site's initials
are none of them and are handed back as what is left over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .authors import PHOTOGRAPHER, join_names, split_credits
from .casing import restore_casing
from .copydates import find_date, is_relative_date, is_update_time, strip_date, unglue
from .engagement import is_count, is_read_time
from .lines import ends_sentence, is_caps, word_count
from .personnames import looks_like_person

#: What a piece is called in `Un texte de …`, `Une enquête d’…`, `Une opinion de …`.
_PIECE = (
    r"un(?:e)? (?:opinion|tribune|chronique|analyse|carte blanche|contribution|texte|article|"
    r"reportage|enquête|entrevue|dossier|billet|récit|éditorial|portrait)"
)
_BY = re.compile(
    rf"^(?:(?:(?:propos recueillis|recueillie?s?|texte(?:s)?(?: et photos?)?|{_PIECE})\s+(?:de|par)"
    r"|(?:texte|textes|propos recueillis|reportage|auteure?s?|signé)(?: et photos?)?\s*:"
    r"|par\s*:|par|by"
    r"|(?:(?:un )?(?:article|texte|billet|dossier)\s+)?(?:rédigée?s?|écrite?s?|signée?s?)\s+par"
    r"|(?:publiée?|postée?|mise? en ligne)\s+par"  # a CMS's `Publié par Name | date`
    r"|(?:de|avec) notre (?:correspondante?|envoyée? spéciale?)(?: à [^,]+)?,?)\s+"
    rf"|{_PIECE}\s+d['’])",
    re.IGNORECASE,
)
_DATED_BY = re.compile(r"\b(?:par|by)\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))", re.IGNORECASE)
#: (and a slash glued before a news agency that sends no photos, after a name: `Eliane
#: Chappuis/ATS`; `Fadel Senna/AFP` credits a photo)
_PART = re.compile(r"\s+[|/•·–—-]\s+|(?<=\w)/(?=(?:ATS|SDA|Belga|APA|PC|AIB|APS|MAP|AIP)$)")
#: The editor credited beside the author: `Édité par Paul Lin`, `Édition : Paul Lin`.
_EDITED = re.compile(r"^(?:édité|éditée|relu|relue|édition)\s*(?:par|:)\s+\S", re.IGNORECASE)
_GROUP = re.compile(r",\s+|\s+(?:et|and|avec|with|&)\s+")
#: A link to the author's page printed beside the name: `(Accéder à la page de l'auteur)`.
_AUTHOR_PAGE = re.compile(
    r"\s*\((?:accéder|aller|voir)\s+(?:à\s+)?la page de l['’]aut(?:eur|rice|eure)\)", re.I
)
_WITH_AGENCY_END = re.compile(r"\s+(?:avec|with)\s+(\S+(?:\s+\S+){0,2})$", re.IGNORECASE)
_WITH_AGENCY = re.compile(r"^(?:\S+\s+){1,4}(?:avec|et|with)\s+(\S+(?:\s+\S+){0,2})$", re.I)
_DASH = re.compile(r"^[—–-]\s*")
#: A part in brackets, which may hold brackets of its own: `(Crest (Drôme), envoyée spéciale)`.
_BRACKETED = re.compile(r"\s*\(((?:[^()]|\([^()]*\))+)\)")
_INITIALS = re.compile(r"^[a-z]{2,4}$")
#: A name closed by the initial of its surname: `Sébastien R.`.
_INITIAL_END = re.compile(r"\w\s[A-ZÀ-ÖØ-Þ]\.$")
#: A credit's cue on a line of its own, the name on the next: `Article rédigé par` / `Anne Roy`.
_CUE_ALONE = re.compile(
    r"^(?:(?:par|by|(?:(?:un )?(?:article|texte|billet)\s+)?(?:rédigée?|écrite?|signée?)\s+par"
    r"|propos recueillis par)\s*:?|(?:auteure?s?|textes?|texte et photos?)\s*:)$",
    re.IGNORECASE,
)
#: Roles printed under or beside a byline, as the line's first word.
#: The trades of a newsroom's writers (a photographer's is not among them).
_PRESS_TRADES = r"journalist|rédact|correspond|chroniqueu|reporter|envoyée? spécial"
_ROLE = re.compile(
    r"^(?:(?:ancien(?:ne)?|ex-)\s*)?"  # (`Ancienne animatrice de bibliothèque`)
    rf"(?:{_PRESS_TRADES}|photograph|vidéaste|"
    r"animat(?:eur|rice)|bibliothécaire|avocate?\b|médecin\b|économiste|historien|"
    r"collaborat|éditorialist|stagiaire|pigiste|maîtr(?:e|esse) de conférences|professeu|"
    r"doctorant|chercheu|enseignant|chargée? de (?:recherche|cours)|directeur|directrice|"
    r"chef(?:fe)?\b|responsable\b|postdoctor|docteur|doctoresse|spécialiste d|membre d"
    r"|(?:lu|paru) dans\b|traduit de\b)",  # a press review's source: `Lu dans El País (Madrid)`
    re.IGNORECASE,
)
#: A credit that names no person: the newsroom (`Par la rédaction`, `La Rédaction`,
#: `Rédaction web`, `Rédaction de Jeune Afrique`), a correspondent left unnamed, the
#: agencies together (`Avec agences`), a publishing system's account (`Par admin`).
_CAPITALISED = r"(?-i:[A-ZÀ-ÖØ-Þ0-9])[\w'’.-]*"
#: A newsroom's or a site's name after `Rédaction`: `de Jeune Afrique`, `du Soir`, `Afrik.com`.
_OF_SITE = (
    rf"(?:(?:de la |de l['’]|de |du |des |d['’])?{_CAPITALISED}"
    rf"(?:\s+(?:{_CAPITALISED}|de|du|des|la|le|l['’]{_CAPITALISED}|d['’]{_CAPITALISED})){{0,4}})"
)
_ANONYMOUS = re.compile(
    r"^(?:(?:par|by)\s*:?\s+)?(?:"
    r"(?:la |notre |l['’]équipe de la )?r[ée]daction(?:\s+(?:web|numérique|en ligne|digitale|"
    rf"internet|nationale|centrale|régionale|des sports|sports?|{_OF_SITE}))?"
    r"|(?:de )?(?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?)"
    rf"(?: (?:à|au|en) {_OF_SITE})?"
    r"|l['’]équipe (?:éditoriale|de la rédaction|web)|le desk(?: \w+)?|avec agences"
    r"|(?<=par )(?:admin|administrateur|webmaster|r[ée]dac|editor|staff))"
    r"(?:\s+(?:avec|et|\+)\s+(?:agences|(?-i:[A-Z]{2,5})))?$",
    re.IGNORECASE,
)
#: A menu's item, never a byline alone: `Rédaction` (the newsroom's page).
_MENU_WORDS = frozenset({"rédaction", "redaction"})
#: A clause after a comma: a subject and more words (a place or a role has no article).
_CLAUSE = re.compile(
    r"^\s*(?:le|la|les|l['’]|un|une|des|ce|cette|ces|il|elle|ils|elles|on)\b\W*\w+\s+\w+"
)
#: What a contributor did for the piece, before the name: a broadcast's or a page's credits.
#: The label of a credit naming who wrote the text: `Rédaction web:`, `Texte :`, `Auteurs :`.
AUTHORS_LABEL = re.compile(
    r"^(?:rédaction(?: web)?|textes?|auteure?s?)\s?:\s*(?=(?-i:[A-ZÀ-ÖØ-Þ]))", re.IGNORECASE
)
_CONTRIBUTOR = re.compile(
    r"^(?:sujet(?: tj| radio| tv)?|réalisation|montage|images|prise de vue|son|vidéo|"
    r"infographie|illustrations?|traduction|adaptation|collaboration|avec la collaboration de"
    r"|édition|mise en page|coordination)(?:\s+web)?\s*:?\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))",
    re.IGNORECASE,
)
#: What each of several people did for the piece, in brackets after their name.
_NAME_ROLE = re.compile(
    r"\s*\((?:textes?|photos?|vidéos?|images?|illustrations?|dessins?|infographies?)"
    r"(?:\s+et\s+(?:textes?|photos?|vidéos?|images?))?\)",
    re.IGNORECASE,
)
MAX_ROLE_WORDS = 14
#: The most words a name's brackets hold: a place, a role.
MAX_BRACKETED_WORDS = 5
#: The longest place or role after a byline's comma (`, envoyée spéciale à Kinshasa`).
MAX_CREDIT_CLAUSE_WORDS = 5
MAX_BYLINE_WORDS = 22
MAX_SITE_WORDS = 6
#: The longest site name printed before its journalist's (`RadioFr. - Name`).
MAX_SITE_PREFIX_WORDS = 1


@dataclass(frozen=True)
class Credits:
    """What a credit line names: persons, agencies, and words that are neither."""

    persons: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    rest: tuple[str, ...] = ()

    @property
    def author(self) -> str | None:
        """The persons as French writes them: `A, B et C`."""
        return join_names(self.persons)

    @property
    def agency(self) -> str | None:
        """The agencies, joined the same way."""
        return join_names(self.agencies)


def is_byline(text: str) -> bool:
    """`Par …`, `Propos recueillis par …` (or after a separator) followed by a name, or a
    newsroom's credit with an agency's: `Rédaction en ligne avec Belga`."""
    if word_count(text) > MAX_BYLINE_WORDS:
        return is_dated_byline(text)
    if is_anonymous_credit(text):
        return True
    if _newsroom_with_agency(text):
        return True
    if _goes_on_as_prose(text):
        return False  # `Par Internet, les habitants peuvent déposer leur demande.`
    if any(_credited(_after_date(part)) for part in _PART.split(text)):
        return True
    match = _WITH_AGENCY.match(text)
    return (match is not None and is_agency_line(match.group(1))) or is_dated_byline(text)


def _newsroom_with_agency(text: str) -> bool:
    """The newsroom's credit with the agency's in brackets: `Rédaction 7sur7 (Belga)`."""
    credited = _BRACKETED.search(text)
    if not credited or credited.end() != len(text):
        return False
    return is_agency_line(credited.group(1)) and is_anonymous_credit(text[: credited.start()])


def _goes_on_as_prose(text: str) -> bool:
    """A sentence that opens on `Par` and a capital that names no person, agency or
    newsroom, then goes on past a comma with a clause longer than a place or a role (`Par
    SMS, la mairie a prévenu les parents.`): no byline."""
    match = _BY.match(text)
    if match is None or not ends_sentence(text) or "," not in text:
        return False
    head, _, rest = text[match.end() :].partition(",")
    names = re.split(r"\s+(?:et|and|&)\s+", head.strip())
    credited = all(looks_like_person(name) for name in names) or is_agency_line(head)
    return not credited and word_count(rest) > MAX_CREDIT_CLAUSE_WORDS


def is_dated_byline(text: str) -> bool:
    """A byline run into its dates and reading time, however long they make it: `Par Anne Roy
    - 14 janv. 2025 à 06:00 | mis à jour le 14 janv. 2025 à 08:47 - Temps de lecture : 3 min`,
    `Anne Roy — Édité par Paul Lin — 3 juillet 2025 à 7h00` (its editor is no author)."""
    first, *others = _PART.split(text)
    if not others or word_count(first) > MAX_BYLINE_WORDS:
        return False
    dated = any(find_date(other) for other in others)
    if not (_credited(first) or (dated and is_name_line(first))):
        return False  # (a bare name needs its date: `Anne Roy — 3 juillet 2025 à 7h00`)
    return all(
        find_date(o) or is_read_time(o) or is_count(o) or _EDITED.match(o) or is_update_time(o)
        for o in others
    )


def is_anonymous_credit(text: str) -> bool:
    """A byline that names no person: `Par la rédaction`, `La Rédaction`, `Rédaction web`,
    `De notre correspondant à Dakar`, `Avec agences`, `Par admin`."""
    text = text.strip()
    return text.casefold() not in _MENU_WORDS and _ANONYMOUS.match(text) is not None


def _after_date(part: str) -> str:
    """The credit of `Le 12/03/2024 à 10:00 par Anne Roy`: what follows the date's `par`."""
    match = _DATED_BY.search(part)
    return part[match.start() :] if match and find_date(part[: match.start()]) else part


#: Between two credited people, each maybe with a place or role: `…, et Lydia Roy, à Alger`.
_EACH_PERSON = re.compile(r",?\s+et\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))")
#: A relative clause, which a headline's apposition has and a place or a role has not.
_RELATIVE_CLAUSE = re.compile(r"\b(?:qui|que|qu['’]|dont|lequel|laquelle)\b", re.IGNORECASE)
#: A sentence's end inside a line, after a word or a bracket (not an initial: `Anne R. Roy`).
_TWO_SENTENCES = re.compile(r"(?:[^\W\d_]{3,}|\))[.!?…]\s+[A-ZÀ-Þ]")
#: A lower-case article opening what follows a name's comma: a description (`le verre et la
#: lumière`), unless a role follows it (`la correspondante à Québec`); a place is capitalised.
_ARTICLE_FIRST = re.compile(r"^(?:les?|la|l['’]|une?|des)\b\s*(?=[a-zà-ÿ])")
#: The longest place or role after a name and its comma (`correspondante dans le Nord`).
MAX_ROLE_TAIL_WORDS = 8
#: An aggregator's credit of the story it shows: `Article de Name`, `Histoire de Name et Name`.
_STORY_BY = re.compile(r"^(?:histoire|article)\s+de\s+(?=\S)", re.IGNORECASE)


def is_story_credit(text: str) -> bool:
    """An aggregator's credit of the story it shows, with its age: `Article de Anne Roy • 1 j`,
    `Histoire de Anne Roy et Paul Lin · il y a 5 h`."""
    return _STORY_BY.match(text) is not None and is_name_with_time(text)


#: The longest credit a cue of several words gives: `franceinfo avec France 3 Bretagne`.
MAX_CUED_NAME_WORDS = 8


def _credited(part: str) -> bool:
    story = _STORY_BY.match(part)
    if story is not None:  # (`Histoire de Liège` heads a text: only persons are credited)
        return all(looks_like_person(name) for name in _GROUP.split(part[story.end() :]))
    match = _BY.match(part)
    if not match:
        return False
    rest = part[match.end() :]
    # a written-by cue of several words credits whatever short name follows (`Article rédigé
    # par franceinfo avec France 3 Bretagne`); a bare `Par`, or a piece's `Un récit de`, only
    # a capital or an agency (`Un récit de la nuit du 13 novembre` is a headline)
    cue = match.group().split()
    explicit = len(cue) > 1 and cue[-1].casefold() == "par" and not ends_sentence(rest)
    explicit = explicit and word_count(rest) <= MAX_CUED_NAME_WORDS
    return bool(rest) and (rest[:1].isupper() or is_agency_line(rest) or explicit)


def is_credit_cue(text: str) -> bool:
    """A byline's cue alone on its line (`Article rédigé par`, `Par`, `Auteurs :`): the
    name follows on the next line."""
    return _CUE_ALONE.match(text.strip()) is not None


def is_journalist_bio(text: str) -> bool:
    """A writer's bio opening on their trade: `Journaliste au Vif, spécialiste des questions
    rurales.`, `Correspondante à Québec.` (a sentence, unlike a role line)."""
    return _JOURNALIST.match(text.strip()) is not None


_JOURNALIST = re.compile(rf"^(?:grand |grande )?(?:{_PRESS_TRADES})", re.IGNORECASE)


def is_role_line(text: str) -> bool:
    """What the author is, on the line under the byline, no sentence: `Journaliste au service
    Société`, `Correspondante à Québec`, `Rédactrice Blick`, `Maîtresse de conférences en
    géographie, Université Bordeaux Montaigne`; or where a press review read the piece: `Lu
    dans El País (Madrid)`."""
    if word_count(text) > MAX_ROLE_WORDS or ends_sentence(text):
        return False
    if any(char.isdigit() for char in text):
        return False
    return _ROLE.match(text.strip()) is not None or _TRADE.fullmatch(text.strip()) is not None


#: A columnist's trade alone under the name, a word or two and no comma (`Écrivaine`,
#: `Romancier et poète`): the trade opening a headline (`Poète et slameur, Name …`) is no role.
_TRADE = re.compile(
    r"(?:écrivaine?|romanci(?:er|ère)|essayiste|poète|poétesse|philosophe|sociologue|"
    r"politologue|anthropologue|psychologue|psychiatre|juriste|cinéaste|dramaturge)"
    r"(?:\s+et\s+(?:écrivaine?|romanci(?:er|ère)|essayiste|poète|poétesse|philosophe|"
    r"enseignante?|professeure?|chercheuse|chercheur))?",
    re.IGNORECASE,
)


#: A note's call after a writer's name: `Aline Rossier*` (her bio under the text: `*Enseignante …`).
NOTE_CALL = re.compile(r"(?<=[^\W\d_.])\s?(?:\*{1,3}|[¹²³])$")


def is_called_name(text: str) -> bool:
    """A writer's name with a note's call after it (`Aline Rossier*`)."""
    bare = NOTE_CALL.sub("", text.rstrip())
    return bare != text.rstrip() and is_name_line(bare)


def opens_note(text: str) -> bool:
    """A line opening on a note's call: the note itself (`*Enseignante retraitée …`)."""
    return text.startswith(("*", "¹"))


def is_name_line(text: str) -> bool:
    """A person's name, or two, maybe followed by a place or a role (`Anne Roy, Genève`) or
    by the agency in parentheses (`Léa Roy et Paul Côté (La Presse Canadienne)`), or after
    or beside what they did for the piece (`Sujet TJ: Anne Roy`, `Montage : Paul Lin`, `Anne
    Roy (texte) et Paul Lin (photos)`)."""
    if word_count(text) > 16 or any(char.isdigit() for char in text):
        return False
    if text.rstrip().endswith(",") or _TWO_SENTENCES.search(text):
        return False  # `Salut Louise,`: a greeting; `Name, Album (Label). Sortie vendredi.`
    text = _CONTRIBUTOR.sub("", _AUTHOR_PAGE.sub("", text))  # `Sujet TJ: Anne Roy`
    text = _NAME_ROLE.sub("", text)  # `Anne Roy (texte) et Paul Lin (photos)`
    credited = _BRACKETED.search(text)
    if credited and credited.end() == len(text) and _beside_name(credited.group(1)):
        text = text[: credited.start()]  # `… et Jonathan ROY (La Presse Canadienne)`
    with_agency = _WITH_AGENCY_END.search(text)
    if with_agency and is_agency_line(with_agency.group(1)):
        text = text[: with_agency.start()]  # `Nathan Guérin et Clara Mercier avec AFP`
    first, *others = _PART.split(_DASH.sub("", text))
    if any(word_count(other) > MAX_SITE_WORDS for other in others):
        return False  # `Name | Le Journal de Québec`: the publication beside the name
    if len(others) == 1 and _site_first(first, others[0]):
        return True  # `RadioFr. - Noémie Jungo`: the station, then the journalist
    people = _EACH_PERSON.split(first)
    if len(people) > 1 and all(_person_with_role(person) for person in people):
        return True  # `Karim Benali, envoyé spécial à Tamanrasset, et Lydia Aït-Saïd, à Alger`
    head, _, tail = first.partition(",")
    if tail and ends_sentence(tail) and (word_count(tail) > 8 or _CLAUSE.match(tail)):
        return False  # `Vu de Genève, le projet paraît modeste.`: a sentence, no place
    if tail and (word_count(tail) > MAX_ROLE_TAIL_WORDS or _RELATIVE_CLAUSE.search(tail)):
        return False  # `Yasmine Koné, la patronne qui a mis …`: a headline, no role
    described = _ARTICLE_FIRST.match(tail.strip())
    if described and not is_role_line(tail.strip()[described.end() :]):
        return False  # `Lina Hoffmann, le verre et la lumière`: a headline's apposition
    names = re.split(r"\s+(?:et|and|&)\s+", head.strip())
    return all(looks_like_person(name) for name in names)


def _person_with_role(text: str) -> bool:
    """A person's name, maybe with a place or role after a comma (`Anne Roy, à Genève`)."""
    head, _, tail = text.partition(",")
    if not looks_like_person(head.strip()):
        return False
    short = word_count(tail) <= MAX_ROLE_TAIL_WORDS and not _RELATIVE_CLAUSE.search(tail)
    return not tail or (short and not ends_sentence(tail))


def _site_first(first: str, second: str) -> bool:
    """A site's name of one capitalised word (`RadioFr.`, `LFM`) before the person who wrote
    the piece."""
    site = word_count(first) <= MAX_SITE_PREFIX_WORDS and first[:1].isupper()
    return site and not looks_like_person(first) and looks_like_person(second.strip())


def is_name_with_time(text: str) -> bool:
    """A byline without its `Par`, beside a relative time: `Anne Roy - il y a 2 heures`,
    `Paul Lin · Aujourd’hui à 10:05` (the time alone says no date; the name is the author)."""
    first, *others = _PART.split(text.strip())
    timed = any(is_relative_date(other) for other in others)
    read = all(is_relative_date(other) or is_read_time(other) for other in others)
    return timed and read and is_name_line(first)  # (`… • Il y a 5 h • 2 min de lecture`)


def _beside_name(text: str) -> bool:
    """What a name carries in brackets: the agency (`La Presse Canadienne`), the place or the
    role (`à Genève`, `correspondante à Dakar`), never a sentence."""
    if is_agency_line(text):
        return True
    return word_count(text) <= MAX_BRACKETED_WORDS and not ends_sentence(text)


def is_agency_line(text: str) -> bool:
    """A credit of news agencies only: `AFP`, `(PC)`, `ats/jfe`, `Avec AFP`, `AFP/Reuters`,
    `Avec les informations de La Presse canadienne`."""
    credited = _strip_with(text)
    if word_count(credited) > 6:
        return False
    parts = [part.strip() for part in re.split(r"[/,;]|\s+et\s+", credited)]
    parts = [part for part in parts if part]
    agencies = [part for part in parts if split_credits([part])[1]]
    others = [part for part in parts if part not in agencies]
    return bool(agencies) and all(_INITIALS.match(part) for part in others)


def read_credits(text: str, known: dict[str, str], newsroom: str | None = None) -> Credits:
    """The persons and agencies a byline names; places, roles and the newsroom are left over."""
    persons: list[str] = []
    agencies: list[str] = []
    rest: list[str] = []
    for part in _PART.split(unglue(text).strip()):
        part = NOTE_CALL.sub("", _after_date(part).rstrip())
        if (find_date(part) and not _BY.match(part)) or is_relative_date(part):
            continue  # a date beside the byline: read as the date (a relative one gives none)
        part = strip_date(part)
        for photographer in PHOTOGRAPHER.finditer(part):
            rest.append(re.sub(r"^(?:,|et\b)\s*", "", photographer.group().strip()))
        part = PHOTOGRAPHER.sub("", part)
        part = _CONTRIBUTOR.sub("", _AUTHOR_PAGE.sub("", part))  # `Adaptation web: Léa Roy`
        part = AUTHORS_LABEL.sub("", part)  # `Rédaction web: Anne Roy et Paul Lin`
        part = _EACH_PERSON.sub(" et ", part)  # `…, envoyé spécial, et Lydia Roy`
        match = _BY.match(part) or _STORY_BY.match(part)
        groups = _groups(part[match.end() :] if match else part)
        for kind, group in groups:
            target = {"person": persons, "agency": agencies}.get(kind, rest)
            if kind == "person" and newsroom and group.casefold() == newsroom.casefold():
                target = rest
            elif (
                kind == "person"
                and newsroom
                and group.casefold().startswith(f"{newsroom} ".casefold())
            ):
                rest.append(newsroom)  # `Ouest-France Yann Le Goff.`: the paper, then its writer
                group = group[len(newsroom) + 1 :]
                if not _person_like(group):
                    rest.append(group)  # `RTBF Liège`: the newsroom and its place
                    continue
            target.append(_recase(group, known) if kind == "person" else group)
    return Credits(tuple(persons), tuple(agencies), tuple(rest))


def _trimmed(text: str) -> str:
    """A credit's part without the spaces and full stops around it, but for the full stop of
    a closing initial (`Sébastien R.`)."""
    text = text.strip(" ").lstrip(".")
    return text if _INITIAL_END.search(text) else text.strip(" .")


def _groups(text: str) -> list[tuple[str, str]]:
    """Each comma- or `et`-separated group of a credit: person, agency or other."""
    out: list[tuple[str, str]] = []
    text = _BRACKETED.sub(r", \1", text)  # `… et Anne-Sophie Leclerc (avec AFP)`: a group apart
    pieces = [_trimmed(piece) for piece in _GROUP.split(_trimmed(text.strip(" ,")))]
    for piece in filter(None, pieces):
        if is_agency_line(piece):
            out.extend(("agency", name) for name in agencies_in(piece))
        elif _person_like(piece):
            out.append(("person", piece))
        else:
            out.append(("other", piece))
    return out


def _person_like(text: str) -> bool:
    """A person's name by its shape, that `authors` does not take for a newsroom or an
    organisation (`Rédaction RTBF`, `Service Économie`)."""
    shaped = looks_like_person(text) or (is_caps(text, 3) and len(text.split()) >= 2)
    return shaped and bool(split_credits([text])[0])


def agencies_in(text: str) -> tuple[str, ...]:
    """The agencies an agency credit names: `ats/jfe` → `ATS`, `(PC)` → `PC`."""
    parts = [part.strip(" ()") for part in re.split(r"[/,;]|\s+et\s+", _strip_with(text))]
    return tuple(name for part in parts if part for name in split_credits([part])[1])


def _strip_with(text: str) -> str:
    return _WITH.sub("", text.strip().strip("()"))


#: What an agency's credit starts with: `Avec`, `Avec les informations de`, `D'après`.
_WITH = re.compile(
    r"^(?:avec(?:\s+(?:les|des)\s+informations?\s+(?:de\s+|d['’]))?|with|d['’]après)\s*",
    re.IGNORECASE,
)


def _recase(name: str, known: dict[str, str]) -> str:
    """`Martin DUPUIS` → `Martin Dupuis`: surnames printed in capitals, in natural casing."""
    return re.sub(
        r"\b[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+\b", lambda m: restore_casing(m.group(), known), name
    )
