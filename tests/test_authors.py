"""Credits: person names in natural casing apart from agencies, joined as French writes them."""

from __future__ import annotations

import pytest

from visavis.ingest.authors import (
    find_agency,
    join_names,
    opens_with_name,
    prefer_forms,
    read_person,
    restore_name_casing,
    split_credits,
)


def persons(*credits: str, exclude: tuple[str, ...] = ()) -> tuple[str, ...]:
    return split_credits(list(credits), exclude)[0]


def agencies(*credits: str) -> tuple[str, ...]:
    return split_credits(list(credits))[1]


# Lead-ins, roles and places are not part of a name.


@pytest.mark.parametrize(
    "credit",
    [
        "Par Anne Roy",
        "par Anne Roy",
        "By Anne Roy",
        "Propos recueillis par Anne Roy",
        "Texte: Anne Roy",
        "Un article de Anne Roy",
        "Anne Roy, à Genève",
        "Anne Roy, Genève",
        "Anne Roy (Genève)",
        "Anne Roy à Genève",
        "Anne Roy, correspondante à Ouagadougou",
        "Par Anne Roy, envoyée spéciale à Kiev",
        "Anne Roy, journaliste",
        "De notre correspondante à Beyrouth, Anne Roy",
        "Par notre envoyée spéciale à Kiev, Anne Roy",
        "Anne Roy Publié le 3 mars 2024 à 10h12",
        "Anne Roy | 3 mars 2024",
        "Anne Roy, publié le 3 mars 2024",
        "Anne Roy Voir ses articles",
        "— Anne Roy",
    ],
)
def test_a_credit_gives_the_name_alone(credit: str) -> None:
    assert persons(credit) == ("Anne Roy",)


def test_a_role_after_the_name_is_dropped_even_without_a_comma() -> None:
    assert persons("Anne Roy envoyée spéciale à Kiev") == ("Anne Roy",)
    assert persons("Par Hugo Lemaire, professeur de lettres à Bobigny") == ("Hugo Lemaire",)


# Natural casing.


@pytest.mark.parametrize(
    ("written", "natural"),
    [
        ("Martin DUPUIS", "Martin Dupuis"),
        ("MARTIN DUPUIS", "Martin Dupuis"),
        ("martin dupuis", "Martin Dupuis"),
        ("JEAN-FRANÇOIS MARTIN", "Jean-François Martin"),
        ("Rasmané OUÉDRAOGO", "Rasmané Ouédraogo"),
        ("Jean DE LA FONTAINE", "Jean de La Fontaine"),
        ("Yann LE GALL", "Yann Le Gall"),
        ("Marc VAN DER BERG", "Marc van der Berg"),
        ("Marie D'ALMEIDA", "Marie d'Almeida"),
        ("Koffi N'GUESSAN", "Koffi N'Guessan"),
        ("Ian McEwan", "Ian McEwan"),
        ("J.-F. DUPONT", "J.-F. Dupont"),
        ("Georges EL KHOURY", "Georges El Khoury"),
    ],
)
def test_names_in_capitals_get_natural_casing(written: str, natural: str) -> None:
    assert restore_name_casing(written) == natural


def test_mixed_casing_is_kept_as_written() -> None:
    assert persons("Par Jean-Marc de Saint-Exupéry") == ("Jean-Marc de Saint-Exupéry",)


def test_another_source_s_casing_is_preferred_when_it_is_the_same_name() -> None:
    assert prefer_forms(["Jean de la Fontaine"], ["Jean de La Fontaine"]) == (
        "Jean de La Fontaine",
    )
    assert prefer_forms(["Anne Roy"], ["ANNE ROY"]) == ("Anne Roy",)


# Several names.


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("Léa Martin et Paul Tremblay", ("Léa Martin", "Paul Tremblay")),
        (
            "Léa Martin, Paul Tremblay et Inès Benali",
            ("Léa Martin", "Paul Tremblay", "Inès Benali"),
        ),
        ("Léa Martin and Paul Tremblay", ("Léa Martin", "Paul Tremblay")),
        ("Léa Martin & Paul Tremblay", ("Léa Martin", "Paul Tremblay")),
        ("Léa Martin / Paul Tremblay", ("Léa Martin", "Paul Tremblay")),
        ("Par Léa MARTIN et Paul TREMBLAY, à Genève", ("Léa Martin", "Paul Tremblay")),
        ("Texte: Léa Martin. Photos: Paul Tremblay", ("Léa Martin",)),
        ("J. Dupont et M.-A. Roy", ("J. Dupont", "M.-A. Roy")),
    ],
)
def test_a_credit_with_several_names_gives_each(credit: str, names: tuple[str, ...]) -> None:
    assert persons(credit) == names


def test_each_name_is_given_once_in_order() -> None:
    assert persons("Anne Roy", "Paul Smith", "ANNE ROY") == ("Anne Roy", "Paul Smith")


# Agencies.


@pytest.mark.parametrize(
    ("credit", "names", "credited"),
    [
        ("AFP", (), ("AFP",)),
        ("afp", (), ("AFP",)),
        ("Belga", (), ("Belga",)),
        ("Keystone-ATS", (), ("Keystone-ATS",)),
        ("La Presse Canadienne", (), ("La Presse Canadienne",)),
        ("Agence France-Presse", (), ("AFP",)),
        ("AFP et ATS", (), ("AFP", "ATS")),
        ("ats/afp", (), ("ATS", "AFP")),
        ("Anne Roy avec AFP", ("Anne Roy",), ("AFP",)),
        ("Anne Roy (AFP)", ("Anne Roy",), ("AFP",)),
        ("Anne Roy / ATS", ("Anne Roy",), ("ATS",)),
        ("Par Julien Rochat, Élodie Maret, avec ATS", ("Julien Rochat", "Élodie Maret"), ("ATS",)),
        ("Le Devoir avec l’Agence France-Presse", (), ("AFP",)),
        ("Anne Roy (avec AFP et Reuters)", ("Anne Roy",), ("AFP", "Reuters")),
        ("AIB", (), ("AIB",)),
        ("APS", (), ("APS",)),
    ],
)
def test_agencies_are_kept_apart_from_authors(
    credit: str, names: tuple[str, ...], credited: tuple[str, ...]
) -> None:
    assert split_credits([credit]) == (names, credited)


@pytest.mark.parametrize(
    "credit",
    ["PC", "(PC)", "pc", "La Presse Canadienne", "la Presse canadienne", "Presse Canadienne"],
)
def test_la_presse_canadienne_has_one_name_however_it_is_written(credit: str) -> None:
    assert agencies(credit) == ("La Presse Canadienne",)
    assert agencies(f"Anne Roy, {credit}") == ("La Presse Canadienne",)


def test_the_canadian_press_keeps_its_english_name() -> None:
    assert agencies("CP") == agencies("The Canadian Press") == ("The Canadian Press",)


def test_an_agency_is_recognised_only_as_a_whole_credit() -> None:
    assert find_agency("AFP") == "AFP"
    assert find_agency("Pierre Afp") is None


# What is not a person.


@pytest.mark.parametrize(
    "credit",
    [
        "La rédaction",
        "Rédaction",
        "Rédaction Web",
        "Par la rédaction avec agences",
        "Le Soir",
        "L’Orient-Le Jour",
        "Lefaso.net",
        "Madonna",
        "Photos: Paul Smith",
        "Publié le 3 mars 2024",
        "",
    ],
)
def test_credits_that_name_no_person_give_no_author(credit: str) -> None:
    assert persons(credit) == ()


def test_the_publication_itself_is_no_author() -> None:
    assert persons("24 heures", "Tribune de Genève", exclude=("Tribune de Genève",)) == ()
    assert persons("Ouest-France avec AFP", exclude=("Ouest-France",)) == ()
    assert agencies("Ouest-France avec AFP") == ("AFP",)


def test_read_person_needs_a_first_and_a_last_name() -> None:
    assert read_person("Anne Roy") == "Anne Roy"
    assert read_person("Roy") is None
    assert read_person("journaliste Anne Roy") is None


# Joining.


def test_join_names_writes_several_as_french_does() -> None:
    assert join_names([]) is None
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B"]) == "A et B"
    assert join_names(("A", "B", "C")) == "A, B et C"


# A byline's form.


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("Par Anne Roy, correspondante à Genève", True),
        ("Par MOUSSA DIOP", True),
        ("Par AFP", True),
        ("Propos recueillis par Anne Roy", True),
        ("Par ailleurs, Anne Roy a dit non.", False),
        ("Par la suite, le ministre a parlé.", False),
    ],
)
def test_opens_with_name_tells_a_byline_from_a_sentence(credit: str, byline: bool) -> None:
    assert opens_with_name(credit) is byline
