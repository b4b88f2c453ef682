"""Pages copied as text: the corpus graded field by field, nothing lost, and the classifier.

Each `tests/corpus/webcopy/NN_*.txt` has its `NN_*.expected.yaml` (see the README there). The
corpus tests print the accuracy of every field; each case also has its golden `.fr.md`.
Regenerate the golden files after a deliberate change:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_webcopy.py
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import assert_golden
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_ingest_corpus import assert_nothing_unseen

from visavis.frontmatter import parse_document
from visavis.ingest import IngestResult, ingest_file, ingest_text
from visavis.ingest.casing import learn_casing, repair_casing
from visavis.ingest.copycredits import read_credits
from visavis.ingest.copydates import find_date, is_relative_date
from visavis.ingest.copypieces import make_pieces
from visavis.ingest.copyquotes import echoes
from visavis.ingest.copyzones import Zones, find_zones, widen_zones
from visavis.ingest.detect import looks_like_webcopy
from visavis.ingest.linekind import Kind, classify_line, stop_share
from visavis.ingest.lines import normalise_text, split_chunks, split_lines

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "webcopy"
GOLDEN = ROOT / "tests" / "golden" / "ingest" / "webcopy"
CASES = sorted(CORPUS.glob("*.txt"))
#: The fields the issue grades, then the others the expected files give.
GRADED = ("title", "publication", "author", "section", "date", "subheads", "pull_quotes")
GRADED_ALL = (*GRADED, "paragraphs")
EXTRA = ("agency", "standfirst", "incomplete")
TARGET = 0.95


def expected(case: Path) -> dict[str, Any]:
    """The expected fields of one corpus case."""
    return yaml.safe_load(case.with_suffix(".expected.yaml").read_text(encoding="utf-8"))


def normalise(value: Any) -> Any:
    """Compare after Unicode, whitespace and quote normalisation (and without `__` bold)."""
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return value
    text = unicodedata.normalize("NFKC", value).replace("__", "")
    for quote, plain in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"')):
        text = text.replace(quote, plain)
    return " ".join(text.split()).replace("« ", "«").replace(" »", "»")


def found_fields(result: IngestResult) -> dict[str, Any]:
    """The graded fields as ingest found them."""
    blocks = result.blocks
    fields = {key: result.meta.get(key) for key in (*GRADED[:5], "agency", "standfirst")}
    fields["subheads"] = [block.lines[0] for block in blocks if block.kind == "subhead"]
    fields["pull_quotes"] = [" ".join(block.lines) for block in blocks if block.kind == "quote"]
    fields["paragraphs"] = sum(block.kind == "paragraph" for block in blocks)
    fields["incomplete"] = any("incomplete" in warning for warning in result.warnings)
    return fields


def grade_case(case: Path) -> dict[str, bool]:
    """Field → whether ingest got it right, for one case."""
    wanted = expected(case)
    wanted["paragraphs"] = len(wanted["paragraphs"])
    found = found_fields(ingest_file(case))
    return {key: normalise(found[key]) == normalise(wanted[key]) for key in (*GRADED_ALL, *EXTRA)}


def words(text: str) -> list[str]:
    """Casefolded words, as the graders count them."""
    return re.findall(r"[^\W_]+", unicodedata.normalize("NFKC", text).casefold())


def find_run(needle: list[str], haystack: list[str], start: int = 0) -> int:
    """Index of needle as a contiguous run in haystack at or after start, or -1."""
    for at in range(start, len(haystack) - len(needle) + 1):
        if haystack[at : at + len(needle)] == needle:
            return at
    return -1


# --- the corpus ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_corpus_matches_golden(case: Path) -> None:
    assert_golden(ingest_file(case).to_markdown(), GOLDEN / f"{case.stem}.fr.md")


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_every_expected_paragraph_is_in_the_body_in_order(case: Path) -> None:
    body = words(parse_document(ingest_file(case).to_markdown()).body)
    position = 0
    for paragraph in expected(case)["paragraphs"]:
        at = find_run(words(paragraph), body, position)
        assert at >= 0, f"lost or out of order: {paragraph[:60]!r}"
        position = at + len(words(paragraph))


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_corpus_case_loses_no_word_unseen(case: Path) -> None:
    result = ingest_file(case)
    assert result.meta["source"]["format"] == "webcopy"
    assert_nothing_unseen(case.read_text(encoding="utf-8"), result.to_markdown(), result.warnings)


def test_corpus_fields_are_right(capsys: pytest.CaptureFixture[str]) -> None:
    grades = {case.stem: grade_case(case) for case in CASES}
    fields = (*GRADED_ALL, *EXTRA)
    right = {key: sum(grade[key] for grade in grades.values()) for key in fields}
    graded = sum(right[key] for key in GRADED_ALL) / (len(GRADED_ALL) * len(CASES))
    overall = sum(right.values()) / (len(fields) * len(CASES))
    with capsys.disabled():
        print(f"\nwebcopy corpus, {len(CASES)} pages: field accuracy")
        for key in fields:
            print(f"  {key:12} {right[key]:3}/{len(CASES)}")
        print(f"  graded fields {graded:.1%}, all fields {overall:.1%}")
    wrong = {stem: [k for k, ok in grade.items() if not ok] for stem, grade in grades.items()}
    assert graded >= TARGET, {stem: keys for stem, keys in wrong.items() if keys}
    assert overall >= TARGET, {stem: keys for stem, keys in wrong.items() if keys}


def test_corpus_expectations_are_on_their_pages() -> None:
    """The corpus itself: what each page is expected to give is written on it, in order."""
    assert len(CASES) >= 12
    for case in CASES:
        page = words(case.read_text(encoding="utf-8"))
        wanted = expected(case)
        position = 0
        for paragraph in wanted["paragraphs"]:
            position = find_run(words(paragraph), page, position)
            assert position >= 0, f"{case.name}: {paragraph[:40]!r} is not on the page"
        for text in (wanted["title"], wanted["standfirst"], *wanted["subheads"]):
            assert text is None or find_run(words(text), page) >= 0, f"{case.name}: {text!r}"


def test_paywall_and_full_text_behind_a_subscribers_label() -> None:
    cut = ingest_file(CORPUS / "03_be_daily_paywall.txt")
    assert any("incomplete" in w and "paywall" in w for w in cut.warnings)
    full = ingest_file(CORPUS / "15_ch_daily_interview.txt")  # "Article réservé aux abonnés"
    assert not any("incomplete" in warning for warning in full.warnings)


def test_every_dropped_line_is_listed_with_its_number() -> None:
    result = ingest_file(CORPUS / "01_ch_daily_survey.txt")
    (dropped,) = [w for w in result.warnings if "as site chrome" in w]
    for number, text in ((3, "logo"), (13, "Votre avis nous intéresse"), (63, "© 2016 Tamedia")):
        assert f"line {number} «{text}" in dropped
    assert "line 19 «Le tram" not in dropped  # the headline is read, not dropped
    (partial,) = [w for w in result.warnings if "in part" in w]
    assert "line 22 «Publié le 24.12.2016 à 10h12»" in partial  # the hour is not kept
    assert any("line 21: byline «Anne Roy, Genève»: «Genève» is not" in w for w in result.warnings)


def test_labels_run_into_the_first_paragraph_go_to_the_front_matter() -> None:
    opinion = ingest_file(CORPUS / "10_bf_daily_point_de_vue.txt")
    assert opinion.meta["genre"] == "Point de vue"
    assert opinion.blocks[0].lines[0].startswith("Chaque rentrée scolaire")
    wire = ingest_file(CORPUS / "05_ca_daily_wire.txt")
    assert wire.meta["agency"] == "La Presse Canadienne"
    assert wire.blocks[0].lines[0].startswith("Le gouvernement")
    assert any("OTTAWA (PC) —" in warning for warning in wire.warnings)


# --- the line classifier ---------------------------------------------------------------------

KINDS = [
    ("logo", Kind.BUTTON),
    ("Se connecter", Kind.BUTTON),
    ("S’abonner", Kind.BUTTON),
    ("Écouter cet article", Kind.BUTTON),
    ("Aller au contenu principal", Kind.BUTTON),
    ("Votre avis nous intéresse : répondez à notre sondage en 2 minutes", Kind.BANNER),
    ("Nous utilisons des cookies pour vous offrir la meilleure expérience.", Kind.BANNER),
    ("Il vous reste 85% de l’article à lire.", Kind.BANNER),
    ("Vous avez repéré une erreur ? Signalez-la à la rédaction.", Kind.BANNER),
    ("Publié le 24.12.2016 à 10h12", Kind.DATE),
    ("3 mars 2024", Kind.DATE),
    ("Le 3 mars 2024 à 08h12, modifié le 3 mars 2024 à 11h40", Kind.DATE),
    ("Mis à jour il y a 2 heures", Kind.RELDATE),
    ("2 days ago", Kind.RELDATE),
    ("Publié aujourd’hui à 11:42", Kind.RELDATE),
    ("Lecture 4 min", Kind.READTIME),
    ("3 min", Kind.READTIME),
    ("Temps de lecture : 5 min.", Kind.READTIME),
    ("12 commentaires", Kind.COUNT),
    ("Commentaires (4)", Kind.COUNT),
    ("Par Martin DUPUIS", Kind.BYLINE),
    ("Par : Aliou Ndiaye | Seneweb.com | Mardi 05 Mars 2024 à 11:20", Kind.BYLINE),
    ("Propos recueillis par Nadia Keller", Kind.BYLINE),
    ("Une opinion de Léa Martin et Paul Tremblay, chercheurs à l’UCLouvain.", Kind.BYLINE),
    ("Anne Roy, Genève", Kind.NAME),
    ("Léa Martin et Paul Tremblay", Kind.NAME),
    ("Marie Kaboré, correspondante", Kind.NAME),
    ("Jean-Philippe Bouchard | Le Journal de Québec", Kind.NAME),
    ("— Chantal Poulin, acéricultrice", Kind.NAME),
    ("Marie-Ève Tremblay et Jonathan ROY (La Presse Canadienne)", Kind.NAME),
    ("AFP", Kind.AGENCY),
    ("ats/jfe", Kind.AGENCY),
    ("(PC)", Kind.AGENCY),
    ("Avec AFP", Kind.AGENCY),
    ("Keystone/Salvatore Di Nolfi", Kind.PHOTO),
    ("DDM - Marc Salvet", Kind.PHOTO),
    ("© Andry Rakotondrazafy / Université d’Antananarivo via AFP", Kind.PHOTO),
    ("© AIP par DR", Kind.PHOTO),
    ("Un mâle adulte sur le doigt d’un chercheur. © Andry Rakotondrazafy / AFP", Kind.CAPTION),
    ("Des rayures noires et blanches. © Stephen Ausmus / USDA / AFP", Kind.CAPTION),
    ("Photo : Radio-Canada / Jean-François Roy", Kind.PHOTO),
    ("Un écran à l'arrêt Bel-Air, à Genève. (KEYSTONE/Martial Trezzini)", Kind.CAPTION),
    ("Le Môle 8 du port de Dakar. Photo : Ndèye Fall", Kind.CAPTION),
    ("Photo : Un vélo-cargo devant une école du quartier.", Kind.CAPTION),
    ("Lire aussi : Les bus TPG gagnent des voyageurs", Kind.SEEALSO),
    ("À lire aussi", Kind.SEEALSO),
    ("À LIRE AUSSI Dengue : pourquoi les cas autochtones se multiplient", Kind.SEEALSO),
    ("Accueil » Culture » La Maison populaire fête ses 60 ans", Kind.CRUMBS),
    ("• Le port a traité 1,2 million de conteneurs.", Kind.BULLET),
    ("Envoyez votre texte à debats@lalibre.be", Kind.LINK),
    ("© 2024 Le Soir", Kind.COPYRIGHT),
    ("© 2024 TV5Monde", Kind.COPYRIGHT),
    ("© Le Soir", Kind.COPYRIGHT),
    ("Rue Royale 100, 1000 Bruxelles", Kind.CONTACT),
    ("1265, rue Berri, bureau 800, Montréal (Québec) H2L 4X4", Kind.CONTACT),
    ("Tél. : (+226) 25 30 00 00", Kind.CONTACT),
    ("01 BP 4567 Ouagadougou 01", Kind.CONTACT),
    ("« Chaque mois de vacance nous éloigne d’un accord »", Kind.QUOTE),
    ("Le tram du Grand-Saconnex roulera dès 2030", Kind.TITLE),
    ("Suisse", Kind.LABEL),
    ("20 Minutes", Kind.LABEL),  # a site's name, not a reading time
    ("Par amour du risque, il a tout quitté", Kind.TITLE),  # `Par` and no name
    ("Voir Naples et mourir", Kind.TITLE),  # `Voir` and no link
    # Prose stays prose: an imperative inside a sentence, an interviewer's question, speech.
    ("Le prix reste un frein: comptez 3 000 euros. La ville offre une aide.", Kind.TEXT),
    ("Que proposez-vous?", Kind.TEXT),
    ("« Vous devez vous inscrire avant le 30 juin », rappelle la commune.", Kind.TEXT),
    ("Non.", Kind.TEXT),
]


@pytest.mark.parametrize(("text", "kind"), KINDS, ids=[text[:40] for text, _ in KINDS])
def test_classify_line(text: str, kind: Kind) -> None:
    assert classify_line(text) == kind


def test_common_french_words_tell_prose_from_menus() -> None:
    prose = "Le projet était attendu depuis quinze ans par les habitants de la commune."
    assert stop_share(prose) > 0.4
    assert stop_share("Genève Suisse Économie Sport Culture") == 0


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Publié le 24.12.2016 à 10h12", "2016-12-24"),
        ("Publié le 03-03-2024 à 17h42", "2024-03-03"),
        ("Publié le Mardi 12 Mars 2024 à 10:30 | Par Mamadou DIALLO", "2024-03-12"),
        ("OLJ / Par Rania HADDAD, le 12 mars 2024 à 00h00", "2024-03-12"),
        ("Publié le 1er mai 2017", "2017-05-01"),
        ("2 days ago", None),
        ("Mis à jour il y a 2 heures", None),
    ],
)
def test_find_date(text: str, date: str | None) -> None:
    assert find_date(text) == date


def test_relative_dates_are_not_dates() -> None:
    assert is_relative_date("Modifié il y a 35 minutes") and is_relative_date("Publié à 5 h 00")
    assert not is_relative_date("Il y a 3 ans, tout a changé.")  # prose


@pytest.mark.parametrize(
    ("byline", "author", "agency", "rest"),
    [
        ("Par Martin DUPUIS", "Martin Dupuis", None, ()),
        ("Anne Roy, Genève", "Anne Roy", None, ("Genève",)),
        ("Marie Kaboré, correspondante", "Marie Kaboré", None, ("correspondante",)),
        ("Léa Martin et Paul Tremblay", "Léa Martin et Paul Tremblay", None, ()),
        ("Par Le Parisien avec AFP", None, "AFP", ("Le Parisien",)),
        ("OLJ / Par Rania HADDAD, le 12 mars 2024 à 00h00", "Rania Haddad", None, ("OLJ",)),
        ("Jean-Philippe Bouchard | Le Journal de Québec", "Jean-Philippe Bouchard", None,
         ("Le Journal de Québec",)),
        ("ats/jfe", None, "ATS", ()),
        ("Par Julien Morel et Anne-Sophie Leclerc (avec AFP)",
         "Julien Morel et Anne-Sophie Leclerc", "AFP", ()),
        ("Par Luc Vial (ATS)", "Luc Vial", "ATS", ()),
        ("Rédaction RTBF avec Belga", None, "Belga", ("Rédaction RTBF",)),
    ],
)  # fmt: skip
def test_read_credits(byline: str, author: str | None, agency: str | None, rest: tuple) -> None:
    credits = read_credits(byline, {})
    assert (credits.author, credits.agency, credits.rest) == (author, agency, rest)


def test_a_newsroom_credited_is_not_an_author() -> None:
    assert read_credits("Par La Rédaction", {}, "La Rédaction").persons == ()


# --- detection and pieces --------------------------------------------------------------------


def test_text_copies_are_detected_by_their_chrome_not_by_phrases() -> None:
    for case in CASES:
        assert looks_like_webcopy(split_lines(case.read_text(encoding="utf-8"))), case.name
    plain = "Un titre simple\n\nUn paragraphe. Puis un autre.\n\nEncore une phrase ici.\n"
    assert not looks_like_webcopy(split_lines(plain))
    interview = "«Le ski doit se réinventer»\n\nQue proposez-vous?\n\nDu vélo, des festivals.\n"
    assert not looks_like_webcopy(split_lines(interview))


def pieces_of(text: str) -> list[tuple[Kind, str]]:
    """(kind, text) of the pieces of a small page."""
    return [(p.kind, p.text) for p in make_pieces(split_chunks(normalise_text(text, "t")))]


def test_hard_wrapped_lines_join_into_one_piece() -> None:
    text = (
        "Fermer les petites implantations au nom des économies d’échelle serait\n"
        "une erreur, estiment deux chercheurs.\nPublié le 3 mars 2024\n"
    )
    assert pieces_of(text) == [
        (Kind.TEXT, "Fermer les petites implantations au nom des économies d’échelle "
         "serait une erreur, estiment deux chercheurs."),
        (Kind.DATE, "Publié le 3 mars 2024"),
    ]  # fmt: skip


def test_a_sentence_beside_a_photo_credit_is_its_caption() -> None:
    credit_after = (
        "Un titre ici\nPar Luc Vial\nUn écran à l’arrêt Bel-Air.\nKeystone/Martial Trezzini"
    )
    kinds = [Kind.TITLE, Kind.BYLINE, Kind.CAPTION, Kind.PHOTO]
    assert [kind for kind, _ in pieces_of(credit_after)] == kinds
    # Right under the headline a sentence is the standfirst: the caption is the one after.
    credit_before = "Un titre ici\nLe chapeau de l’article.\nPhoto: Luc Vial\nUn écran à Bel-Air."
    kinds = [Kind.TITLE, Kind.TEXT, Kind.PHOTO, Kind.CAPTION]
    assert [kind for kind, _ in pieces_of(credit_before)] == kinds


def test_a_list_of_linked_headlines_is_neither_wrapped_text_nor_prose() -> None:
    text = (
        "Les plus lus\nLiège : un incendie ravage un entrepôt à Herstal\n"
        "Charleroi : faut-il rouvrir l’aéroport la nuit ?\n"
        "Mons : le festival Au Carré dévoile sa programmation\nPublicité\n"
    )
    assert [kind for kind, _ in pieces_of(text)] == [Kind.TITLE] * 4 + [Kind.BUTTON]


def test_an_en_bref_box_is_not_text() -> None:
    text = "En bref\nLe port a traité un million de conteneurs.\nLes délais ont baissé.\n"
    assert {kind for kind, _ in pieces_of(text)} == {Kind.BOX}


def test_a_bare_sentence_over_a_name_that_the_text_repeats_is_a_pull_quote() -> None:
    page = (
        "La Gazette\nMenu\nSanté\nLe moustique tigre gagne encore du terrain\nPar Luc Vial\n"
        "Publié le 21/06/2024 à 10h15\nLes autorités rappellent que la lutte passe d’abord par "
        "la suppression des lieux de ponte dans les jardins.\n"
        "Chaque soucoupe oubliée peut devenir un gîte larvaire.\nMarie Caussade, entomologiste\n"
        "« Chaque soucoupe oubliée peut devenir un gîte larvaire, et il suffit d’une semaine "
        "pour qu’une génération apparaisse », insiste la chercheuse.\n"
        "Les agences de santé encouragent aussi les particuliers à signaler l’insecte en ligne.\n"
        "© 2024 La Gazette\n"
    )
    (quote,) = [b for b in ingest_text(page, "p.txt").blocks if b.kind == "quote"]
    assert quote.lines == ("Chaque soucoupe oubliée peut devenir un gîte larvaire.",)
    assert quote.attribution == "Marie Caussade, entomologiste"


def test_a_pull_quote_echoes_a_paragraph_nearly_word_for_word() -> None:
    body = ["Les loyers y ont augmenté deux fois plus vite que les salaires depuis 2015."]
    assert echoes("« Les loyers ont augmenté deux fois plus vite que les salaires »", body)
    assert not echoes("« Le pire est passé »", ["Le maire est passé, le pire reste à venir."])


@pytest.mark.parametrize(
    ("top", "footer", "name"),
    [
        ("TV5MONDE", "© 2024 TV5Monde", "TV5Monde"),  # capitals at the top, a name below
        ("abidjan.net", "© 2024 Abidjan.net - Tous droits réservés", "Abidjan.net"),
        ("FRANCE 24 - Infos, news & actualités - En direct", "© 2024 France 24", "France 24"),
        ("Le Temps", "LE TEMPS", "Le Temps"),  # already written as a name
    ],
)
def test_the_site_name_is_written_as_a_name(top: str, footer: str, name: str) -> None:
    page = "\n".join(
        [
            top,
            "Menu",
            "Se connecter",
            "Monde",
            "Le port de Dakar traite plus de conteneurs",
            "Par Luc Vial",
            "Publié le 3 mars 2024",
            "Partager",
            "Facebook",
            "",
            "Le port a traité un million de conteneurs l’an dernier, un record depuis sa "
            "création il y a plus d’un siècle.",
            "",
            "Les délais d’attente des navires ont baissé de moitié, selon la direction du port.",
            "",
            "Nous contacter",
            "Mentions légales",
            footer,
        ]
    )
    assert ingest_text(page, "p.txt").meta["publication"] == name


def test_a_common_noun_after_an_elision_keeps_its_lowercase() -> None:
    body = (
        "Le ministère de l’Énergie a lancé un programme. Le secteur de l’énergie solaire "
        "croît, et l’accès à l’énergie reste une priorité. L’entourage d’emmanuel Macron "
        "le salue, comme celui d’Emmanuel Macron."
    )
    known = learn_casing(body)
    assert repair_casing("les métiers de l’énergie solaire", known) == (
        "les métiers de l’énergie solaire"
    )
    assert repair_casing("L’entourage d’emmanuel Macron", known) == "L’entourage d’Emmanuel Macron"


# --- the safety net: prose is never dropped as chrome ------------------------------------------

SUMMARY_PAGE = (
    "La Gazette\nMenu\nLot\nLe pont Valentré va être restauré pendant deux ans\n"
    "L'essentiel\nLa mairie a présenté le programme de restauration du monument, qui débutera "
    "en janvier prochain.\nLe pont, inscrit au patrimoine mondial, vu depuis la rive.\n"
    "DDM - Marc Salvet\nLucas Ferrié\nPublié le 21/10/2023 à 06:50\n"
    "Partager\nFacebook\nX\nEmail\nCopier le lien\nImprimer\n"
    "C’est le monument le plus photographié du Lot, et il va falloir s’habituer à le voir sous "
    "les échafaudages pendant deux ans.\n"
    "Le chantier, d’un montant de 4,6 millions d’euros, est financé à 40 % par l’État, le reste "
    "étant partagé entre la Région, le Département et la commune.\n"
    "Les travaux seront menés tronçon par tronçon, afin de ne jamais fermer complètement le pont "
    "aux piétons pendant le chantier.\n"
    "3 commentaires\n© 2023 La Gazette\n"
)


def test_a_summary_box_above_the_byline_is_not_taken_for_the_text() -> None:
    result = ingest_text(SUMMARY_PAGE, "p.txt")
    body = parse_document(result.to_markdown()).body.strip()
    assert body.startswith("C’est le monument") and "pont aux piétons" in body
    assert result.meta["standfirst"].startswith("La mairie a présenté")
    assert (result.meta["author"], result.meta["date"]) == ("Lucas Ferrié", "2023-10-21")


def test_a_text_cut_by_a_block_of_links_goes_on_after_it() -> None:
    page = SUMMARY_PAGE.replace(
        "\nLes travaux seront menés",
        "\nLes plus lus\nLot : un motard blessé\nFigeac : la fête revient\nPublicité\n"
        "Newsletter\nS’inscrire\nLes travaux seront menés",
    )
    result = ingest_text(page, "p.txt")
    assert "pont aux piétons" in parse_document(result.to_markdown()).body
    assert any("goes on across 6 pieces of chrome" in warning for warning in result.warnings)


def test_a_wrong_choice_of_text_is_widened_to_the_prose_left_out() -> None:
    pieces = make_pieces(split_chunks(normalise_text(SUMMARY_PAGE, "p.txt")))
    chosen = find_zones(pieces)
    box = next(i for i, piece in enumerate(pieces) if piece.text.startswith("La mairie"))
    wrong = Zones(chosen.headline, None, box, box + 1, None)  # the box's sentence as the text
    widened = widen_zones(pieces, wrong)
    assert widened.widened and widened.start == box and widened.end >= chosen.end
    assert widen_zones(pieces, chosen) == chosen  # nothing longer left out: unchanged


# --- property: random pages copied as text -------------------------------------------------

WORD = st.sampled_from(
    [
        "le",
        "la",
        "les",
        "de",
        "des",
        "un",
        "une",
        "et",
        "à",
        "dans",
        "pour",
        "sur",
        "avec",
        "ville",
        "conseil",
        "projet",
        "budget",
        "école",
        "hausse",
        "habitants",
        "commune",
        "maire",
        "année",
        "travaux",
        "Genève",
        "Lausanne",
        "Namur",
        "2024",
        "francs",
    ]
)
CAPITAL = st.sampled_from(["Le", "La", "Les", "Depuis", "Selon", "Pour", "Dans", "Mais"])
SENTENCE = st.builds(
    lambda first, rest: " ".join([first, *rest]) + ".", CAPITAL, st.lists(WORD, min_size=7,
    max_size=16),
)  # fmt: skip
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=3).map(" ".join)
HEADLINE = st.builds(
    lambda first, rest: " ".join([first, *rest]), CAPITAL, st.lists(WORD, min_size=4, max_size=9)
)
CHROME_TOP = st.lists(
    st.sampled_from(
        ["logo", "Menu", "Se connecter", "S’abonner", "Rechercher", "Accueil", "Monde", "Sport",
         "Culture", "Votre avis nous intéresse : répondez à notre sondage en 2 minutes"]
    ), min_size=3, max_size=8,
)  # fmt: skip
BYLINE = st.sampled_from(["Par Anne ROY", "Léa Martin et Paul Tremblay", "AFP", "Par Luc Vial"])
HEADER = st.lists(
    st.sampled_from(["Publié le 12 mars 2024 à 10h32", "Lecture 4 min", "Partager", "Facebook"]),
    min_size=1, max_size=4,
)  # fmt: skip
CHROME_BOTTOM = st.lists(
    st.sampled_from(["12 commentaires", "Newsletter", "S’inscrire", "© 2024 La Gazette",
                     "Rue du Marché 3, 1204 Genève", "Tél. +41 22 555 12 34"]),
    min_size=1, max_size=5,
)  # fmt: skip


@st.composite
def copied_pages(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    """(text, headline, paragraphs) of a random page copied as text."""
    headline = draw(HEADLINE)
    paragraphs = draw(st.lists(PARAGRAPH, min_size=2, max_size=6))
    head = ["La Gazette", *draw(CHROME_TOP), "Monde", headline, draw(BYLINE), *draw(HEADER)]
    body = []
    for paragraph in paragraphs:
        body.extend(draw(st.sampled_from([[], [], ["Lire aussi : Un autre article"]])))
        body.append(paragraph)
    separator = draw(st.sampled_from(["\n", "\n\n"]))
    text = "\n".join(head) + "\n\n" + separator.join(body) + "\n\n"
    return text + "\n".join(draw(CHROME_BOTTOM)) + "\n", headline, paragraphs


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(copied_pages())
def test_random_copied_pages_keep_their_text(page: tuple[str, str, list[str]]) -> None:
    text, headline, paragraphs = page
    result = ingest_text(text, "page.txt")
    assert result.meta["source"]["format"] == "webcopy"
    assert result.meta["title"] == headline
    body = words(parse_document(result.to_markdown()).body)
    position = 0
    for paragraph in paragraphs:
        at = find_run(words(paragraph), body, position)
        assert at >= 0, f"lost: {paragraph[:50]!r}"
        position = at + len(words(paragraph))
    assert_nothing_unseen(text, result.to_markdown(), result.warnings)


# --- property: prose under boxes and long runs of chrome -----------------------------------

CHROME_BLOCK = st.lists(
    st.sampled_from(
        ["Partager", "Facebook", "X", "WhatsApp", "Copier le lien", "Imprimer", "Publicité",
         "Les plus lus", "Lot : un motard blessé sur la RD 820", "Newsletter", "S’inscrire",
         "Figeac : la fête de la châtaigne revient", "Vidéo", "Durée 2:14"]
    ), min_size=0, max_size=14,
)  # fmt: skip
BOX = st.lists(SENTENCE, min_size=1, max_size=3).map(
    lambda items: ["L'essentiel", *[" ".join(item.split()[:12]) + "." for item in items]]
)


@st.composite
def pages_with_chrome_around_the_text(draw: st.DrawFn) -> tuple[str, list[str]]:
    """(text, paragraphs) of a page whose text sits under a box and long runs of chrome, and
    may be cut by another (an ad block, a list of links) after any paragraph but the last."""
    paragraphs = draw(st.lists(PARAGRAPH, min_size=2, max_size=6))
    head = ["La Gazette", *draw(CHROME_TOP), "Monde", draw(HEADLINE)]
    head += [*draw(st.one_of(st.just([]), BOX)), draw(BYLINE), *draw(HEADER)]
    lines = [*head, *draw(CHROME_BLOCK)]
    cut = draw(st.integers(0, len(paragraphs) - 2))
    for index, paragraph in enumerate(paragraphs):
        lines.append(paragraph)
        lines.extend(draw(st.sampled_from([[], [], ["Lire aussi : Un autre article"]])))
        if index == cut:
            lines.extend(draw(CHROME_BLOCK))
    separator = draw(st.sampled_from(["\n", "\n\n"]))
    text = "\n".join(lines[: len(head)]) + "\n" + separator.join(lines[len(head) :])
    return text + "\n\n" + "\n".join(draw(CHROME_BOTTOM)) + "\n", paragraphs


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages_with_chrome_around_the_text())
def test_prose_under_boxes_and_chrome_is_never_dropped(page: tuple[str, list[str]]) -> None:
    text, paragraphs = page
    result = ingest_text(text, "page.txt")
    body = words(f"{result.meta['standfirst'] or ''} {parse_document(result.to_markdown()).body}")
    position = 0
    for paragraph in paragraphs:
        at = find_run(words(paragraph), body, position)
        assert at >= 0, f"lost: {paragraph[:50]!r}"
        position = at + len(words(paragraph))
    assert_nothing_unseen(text, result.to_markdown(), result.warnings)


def test_quoted_sentence_is_no_breadcrumb() -> None:
    from visavis.ingest.linekind import Kind, classify_line

    text = (
        "La direction assure que le plan ne prévoit « aucun licenciement » et repose sur des "
        "départs. Elle se dit « ouverte au dialogue » et propose une table ronde."
    )
    assert classify_line(text) == Kind.TEXT
    assert classify_line("Accueil › Monde › Europe") == Kind.CRUMBS


def test_two_digit_year_and_bare_numeric_dates() -> None:
    from visavis.ingest.linekind import Kind, classify_line

    assert find_date("Publié le 17-03-24 à 21h58 - Mis à jour le 17-03-24") == "2024-03-17"
    assert find_date("score 1-2") is None
    assert classify_line("14/05/2024") == Kind.DATE
