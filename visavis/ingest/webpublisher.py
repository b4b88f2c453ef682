"""The name a saved page gives its site: declared, beside the headline in `<title>` (before or
after it), or in the footer's copyright line (on a page without a marked footer, a `©` line
that reserves rights) — never made up from the address.

Also what removes that name from a declared title: `X | Le Monde`, `Le Temps | X`, `X - RTBF
Actus`, and a short capitalised suffix after a long headline when the name is not known.
"""

from __future__ import annotations

import re
from typing import Any

from .jsonld import JsonLd, read_publisher
from .lines import ADDRESS_END, NAME_ARTICLE, SITE_ADDRESS
from .webdom import (
    BLOCKS,
    Element,
    PageParts,
    clean_text,
    first_meta,
    in_figure,
    text_key,
    visible_text,
)

#: What separates a headline from the site's name in a `<title>` (not `»`, which closes a quote).
SEPARATOR = re.compile(r"\s+(?:[|–—\-·•~/]|::)\s+|\s*[|•·]\s*")
_LAST_PART = re.compile(r"^(.*\S)(?:\s+[|–—-]\s+|\s*\|\s*)([^|–—]+)$")
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,.-]?\s*)?"
    r"((?:[^\d©|.,–—:]|\.(?=[a-z]{2,}\b)){2,60}?)"
    r"(?:\s+\d{4}\b|\s+-\s+|\s*(?:\.(?![a-z])|[,|–—:]|tous droits|all rights|reproduction|$))",
    re.IGNORECASE,
)
_RESERVED = re.compile(r"droits réservés|rights reserved|reproduction interdite", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"^(?:tous droits|all rights|droits|reproduction)", re.IGNORECASE)
_LEGAL_FORM = re.compile(
    r"[\s,]+(?:S\.?A\.?|AG|SAS|SARL|Sàrl|S\.à\s?r\.l\.|GmbH|Ltd\.?|Inc\.?|LLC|NV|BV|SPRL|SRL)$"
)


def find_site_names(
    tree: Element, metas: dict[str, list[str]], ld: JsonLd, article: dict
) -> list[str]:
    """Names the page gives itself, most trusted first (for the publication and title suffixes)."""
    names = [
        first_meta(metas, "og:site_name"),
        read_publisher(ld, article),
        first_meta(metas, "application-name", "apple-mobile-web-app-title"),
        *read_copyright_names(tree),
        *read_logo_names(tree),
    ]
    return [name for name in dict.fromkeys(names) if name]


def read_copyright_names(tree: Element) -> list[str]:
    """`© 2024 Le Temps SA. Tous droits réservés.` in the page's footer (`footer`, `#footer`,
    `#pied`…) → `Le Temps`; on a page without a marked footer, a line that says `©` and
    `droits réservés` anywhere but a caption."""
    footers = tree.xpath(
        "//footer | //*[contains(@class,'copyright')] | //*[@id='footer']"
        " | //*[@role='contentinfo'] | //*[@id='pied']"  # (`pied`: SPIP's footer)
        " | //*[contains(concat(' ', normalize-space(@class), ' '), ' footer ')]"
    )
    return _copyright_names(footers) or _copyright_names(_reserved_lines(tree))


def _copyright_names(elements: list[Element]) -> list[str]:
    names = []
    lines = [line for element in elements for line in _copyright_lines(element)]
    for match in (match for line in lines for match in _COPYRIGHT.finditer(line)):
        name = _LEGAL_FORM.sub("", clean_text(match.group(1))).strip(" -–—·•|")
        if name and len(name.split()) <= 6 and not _NOT_A_NAME.match(name):
            names.append(name)
    return names


def _copyright_lines(footer: Element) -> list[str]:
    """The footer's copyright lines, each the innermost block around its `©` (`<p>©
    Ouest-France</p>` without the links listed after it), else the footer's whole text."""
    lines = []
    for text in footer.xpath(_COPYRIGHT_TEXTS):
        element = _block_of(text, footer)
        if element is None or element is footer:
            return [visible_text(footer)]
        lines.append(visible_text(element))
    return list(dict.fromkeys(lines)) or [visible_text(footer)]


def _block_of(text: Any, stop: Element | None = None) -> Element | None:
    """The innermost block holding a text node of lxml (a tail's is its element's parent:
    `<br>© 2026 …`), or `stop` if none is below it, or None past the root."""
    element = text.getparent()
    if text.is_tail and element is not None:
        element = element.getparent()
    while element is not None and element is not stop and element.tag not in BLOCKS:
        element = element.getparent()
    return element


#: The texts that hold a copyright sign or word.
_COPYRIGHT_TEXTS = (
    ".//text()[contains(., '©') or contains(., '(c)') or contains(., '(C)')"
    " or contains(translate(., 'COPYRIGHT', 'copyright'), 'copyright')]"
)


def _reserved_lines(tree: Element) -> list[Element]:
    """The elements (the innermost block around it) of each `©` text that reserves rights."""
    found = []
    for text in tree.xpath("//body//text()[contains(., '©')]"):
        element = _block_of(text)
        if element is None or in_figure(element) or element in found:
            continue
        if _RESERVED.search(visible_text(element)) and len(visible_text(element)) <= 300:
            found.append(element)
    return found


def read_logo_names(tree: Element) -> list[str]:
    """The alternative text of the site's logo (an image in a link to the home page)."""
    names = []
    home = "//a[@href='/' or contains(concat(' ', @rel, ' '), ' home ') or contains(@class,'logo')]"
    for link in tree.xpath(home):
        if in_figure(link):
            continue
        label = link.get("aria-label") or next(
            (img.get("alt") for img in link.iter("img") if img.get("alt")), None
        )
        if label and len(label.split()) <= 6:
            names.append(clean_text(label.split(",")[0]))
    return names


def strip_site_name(title: str, names: list[str]) -> str:
    """A title without the site's name before or after it: `X | Le Monde`, `Le Temps | X`."""
    keys = [key for key in map(text_key, names) if len(key) >= 2]
    title = clean_text(title)
    while True:
        parts = SEPARATOR.split(title)
        if len(parts) < 2:
            return title
        separators = SEPARATOR.findall(title)
        if _is_site(parts[-1], keys):
            title = title[: title.rfind(separators[-1])].strip()
        elif _is_site(parts[0], keys):
            title = title[title.find(separators[0]) + len(separators[0]) :].strip()
        else:
            return title


def strip_unknown_suffix(title: str) -> str:
    """`Le conseil adopte le budget - Journal de la Côte` → the headline, when the last part is
    a short name (capitalised, at most five words) after a much longer headline."""
    match = _LAST_PART.match(title)
    if not match:
        return title
    head, tail = match.group(1), match.group(2)
    if len(tail.split()) <= 5 and tail[:1].isupper() and len(head) >= 2 * len(tail):
        return head if len(head.split()) >= 3 else title
    return title


def _is_site(part: str, keys: list[str]) -> bool:
    key = text_key(part)
    if len(key) < 2 or len(part.split()) > 6:
        return False
    return bool(SITE_ADDRESS.fullmatch(part.strip())) or any(
        key == other
        or (key.startswith(other) and len(other) >= 3)
        or (other.startswith(key) and len(key) >= 4)
        for other in keys
    )


def read_publication(page: PageParts, title: str | None) -> str | None:
    """The site's name: declared, else the `<title>`'s suffix beside a headline read elsewhere,
    else the footer's copyright line; `Le Monde.fr` or `RTBF Actus` is `Le Monde` or `RTBF`
    when the publisher or the footer says so, in the casing of the footer's `©` line."""
    declared = [
        first_meta(page.metas, "og:site_name"),
        read_publisher(page.ld, page.article),
        first_meta(page.metas, "application-name", "apple-mobile-web-app-title"),
    ]
    names = [name for name in declared if name]
    footer = read_copyright_names(page.tree)
    titled = _title_site_part(page.tree, title)
    if titled and not names:
        # the `<title>`'s `leFaso.net` as the footer spells it (`© Lefaso.net 2003-2026`)
        titled = next((name for name in footer if text_key(name) == text_key(titled)), titled)
    names += [titled] if titled else []
    names += footer
    if not names:
        return None
    logos = read_logo_names(page.tree)
    title_ends = _title_ends(page.tree)
    chosen = _agreed(declared) or _fuller_name(names[0], [*declared[1:], *title_ends, *footer])
    chosen = chosen or _spelled_out(names[0], [*names[1:], *logos])
    chosen = chosen or _shortest_form(names, logos)
    # the brand as the page's own `©` line writes it (`© 2026 franceinfo` over an og:site_name
    # of `Franceinfo`), unless that line shouts it in capitals
    cased = [name for name in footer if name.casefold() == chosen.casefold() and not name.isupper()]
    return (cased[0] if cased else chosen).rstrip(" ©®™")  # `Guinéenews©`: the name, no mark


def _fuller_name(site: str, others: list[str | None]) -> str | None:
    """The site's full name where og:site_name gives a short form of it — its first word
    (`DH`: `DH Les Sports+`, `Trends`: `Trends-Tendances`), its initials (`DNA`: `Dernières
    Nouvelles d'Alsace`) or a word clipped (`Les Inrocks`: `Les Inrockuptibles`) — and two of
    the publisher, the `<title>`'s ends and the footer's `©` line write that one name."""
    if not site[:1].isupper():
        return None
    for name in dict.fromkeys(n.strip() for n in others if n):
        votes = sum(1 for other in others if other and text_key(other) == text_key(name))
        if votes >= 2 and _shortens(site.strip(), name):
            return name
    return None


def _title_ends(tree: Element) -> list[str]:
    """The first and the last part of the `<title>` (where a site puts its name)."""
    element = tree.find(".//title")
    parts = SEPARATOR.split(clean_text(element.text_content())) if element is not None else []
    return [parts[0], parts[-1]] if len(parts) > 1 else []


def _shortens(short: str, name: str) -> bool:
    """`Les Inrocks` of `Les Inrockuptibles` (a word clipped), `DH` of `DH Les Sports+` (the
    name goes on with an article), `Trends` of `Trends-Tendances`, `DNA` of `Dernières
    Nouvelles d'Alsace`; not `RTS` of `RTS Radio
    Télévision Suisse`, `TF1` of `TF1 Info`, `RTL` of `RTL Belgium` (the brand with its
    spelling out, a service or an owner after it)."""
    if _clipped(short, name):
        return True
    if " " in short:
        return False
    if name.startswith(f"{short}-"):
        return True
    if name.startswith(f"{short} "):
        return NAME_ARTICLE.match(name[len(short) + 1 :]) is not None
    initials = (_initials(name), _word_initials(name))
    return short.isupper() and len(short) >= 2 and short in initials


def _clipped(short: str, name: str) -> bool:
    """Whether the short name is the name with its last word clipped, maybe with the plural's
    `s` (`Les Inrocks` of `Les Inrockuptibles`)."""
    shorts, words = short.split(), name.split()
    if len(shorts) != len(words) or shorts[:-1] != words[:-1]:
        return False
    stem, word = shorts[-1].removesuffix("s"), words[-1]
    added = word[len(stem) :]  # (`Watson.ch` adds an address's ending, no letters of a word)
    longer = len(word) > len(shorts[-1]) and added.isalpha()
    return len(stem) >= MIN_CLIPPED and longer and word.startswith(stem)


#: The fewest letters a clipped word keeps.
MIN_CLIPPED = 4


def _initials(name: str) -> str:
    """The capitals that start a name's words: `DNA` for `Dernières Nouvelles d'Alsace`."""
    words = re.findall(r"(?:^|[\s'’-])([^\W\d_])[^\s'’-]*", name)
    return "".join(letter for letter in words if letter.isupper())


def _word_initials(name: str) -> str:
    """The first letters of a name's words but its small ones, as capitals: `AIP` for
    `Agence ivoirienne de presse`, which French writes in sentence case."""
    words = re.findall(r"[^\W\d_][^\s'’-]*", name)
    return "".join(word[0].upper() for word in words if word.casefold() not in _SMALL_WORDS)


#: The small words a name's initials skip.
_SMALL_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "à", "au"})


def _agreed(declared: list[str | None]) -> str | None:
    """The name og:site_name and the JSON-LD publisher both give (`Centre Presse Aveyron`),
    which a shorter form in the footer does not shorten."""
    site, publisher = declared[0], declared[1]
    return site if site and publisher and text_key(site) == text_key(publisher) else None


def _spelled_out(first: str, others: list[str]) -> str | None:
    """The name written in words that the first name squashes (`Soirmag`: `Le Soir Mag`), the
    address ending left out where the page also writes it without (`SudOuest.fr`, titled
    `Sud Ouest.fr`, signed `© Sud Ouest`: `Sud Ouest`)."""
    if " " in first.strip():
        return None
    keys = {text_key(first), text_key(ADDRESS_END.sub("", first))}
    written = [
        other
        for other in others
        if " " in other.strip() and keys & {text_key(form) for form in _forms(other)}
    ]
    bare = [other for other in written if not ADDRESS_END.search(other)]
    return (bare or written or [None])[0]


def _forms(name: str) -> tuple[str, ...]:
    """A name as a squashed form may shorten it: whole, without its address ending, without
    its article (`Le Soir Mag`: `Soir Mag`)."""
    return (name, ADDRESS_END.sub("", name), NAME_ARTICLE.sub("", name))


def _shortest_form(names: list[str], logos: list[str]) -> str:
    """The first name, or the shorter form it starts with that the page also uses (its
    publisher, its `©` line, its logo): `Reporterre, le média de l’écologie` → `Reporterre`.
    A first name of two parts gives way to the part the publisher or the `©` line names
    (`JHM - Le Journal de la Haute-Marne`). A first name that is the site's address gives way
    to the publisher's or the `©` line's name: of the same brand, whole (`La Libre.be`: `La
    Libre Belgique`), else its short form, else the first such name (`Fratmat.info`:
    `Fraternité Matin`)."""
    first = text_key(names[0])
    parts = [text_key(part) for part in SEPARATOR.split(names[0])]
    if len(parts) > 1:  # `JHM - Le Journal de la Haute-Marne`, which the publisher names
        parted = [name for name in names[1:] if text_key(name) in parts]
        if parted:
            return parted[0]
    address = ADDRESS_END.search(names[0]) is not None
    # (the address with a service's word after it, `Abidjan.net News`, is the address still)
    whole = names[0].casefold()
    named = [n for n in names[1:] if not ADDRESS_END.search(n) and whole not in n.casefold()]
    named = named if address else []
    stem = text_key(ADDRESS_END.sub("", names[0]))
    fuller = [name for name in named if text_key(name).startswith(stem)]
    if len(stem) >= 4 and fuller:
        return max(fuller, key=len)
    for name in [*names[1:], *logos]:
        key = text_key(name)
        # (an acronym before a tagline: `RFJ votre radio régionale`, not `RTS Info`)
        tagline = names[0][len(name) :].strip()[:1].islower()
        long_enough = len(key) >= 4 or (len(key) == 3 and name.isupper() and tagline)
        if long_enough and first.startswith(key) and first != key:
            return name  # the brand without its domain ending or a service's name
    return named[0] if named else names[0]


def _title_site_part(tree: Element, title: str | None) -> str | None:
    """`Headline - Le Quotidien Jurassien` → `Le Quotidien Jurassien`, and `L'Observateur
    Paalga - Headline` → `L'Observateur Paalga` (the headline being the one shown)."""
    element = tree.find(".//title")
    text = clean_text(element.text_content()) if element is not None else ""
    if not title or text == title:
        return None
    if text.startswith(title):
        rest = text[len(title) :]
        name = re.sub(r"^\s*[|–—\-·•»~/:]\s*", "", rest)
    elif text.endswith(title):
        rest = text[: -len(title)]
        name = re.sub(r"\s+[|–—\-·•~/]\s+$|\s*[|•·]\s*$", "", rest)
    else:
        return None
    if name == rest or not name or len(name.split()) > 6:
        return None
    return name
