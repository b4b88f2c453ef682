"""Pages copied as text, the families of the holdout63–64/text round: a byline glueing the
agency to the name with a slash (`Eliane Chappuis/ATS`) credits both; a paragraph closed by
its writer's initials after a slash (`… arrêtées. /nfr`) is text; the line announcing a
recording over the player's button and times is the player's; a bare counter beside the date
(`1`) does not stop the header, so a question headline under a ticker's stays the headline;
the funding note naming the programme first is no paragraph; an author's bio opening on a
note's asterisk is the bio; a call for tips in the familiar form (`Tu as une info?
Envoie-la-nous!`) is no paragraph. Each is stated on invented text and held to the invariant
that no word is lost unseen."""

from __future__ import annotations

from test_webcopy_families import HEADLINE, PARA_1, PARA_2, PARA_3, TOP, ingest, page_with, texts

CREDITS = "Par Hélène Vidal\n12 mars 2026"


def copy_with(middle: str = "", *, header: str = f"{HEADLINE}\n{CREDITS}", after: str = "") -> str:
    """A copy: the site's top, a header, the three paragraphs around `middle`, then `after`."""
    return page_with(header, middle, footer=after)


def test_a_byline_glueing_the_agency_to_the_name_credits_both() -> None:
    header = f"{HEADLINE}\n\nEliane Chappuis/ATS\n\nPublié: 14.03.2026, 12:48"
    _, meta, _ = ingest(copy_with(header=header))
    assert (meta["author"], meta["agency"]) == ("Eliane Chappuis", "ATS")


def test_a_paragraph_closed_by_its_writers_initials_is_text() -> None:
    signed = "Un second chantier est prévu en 2027. Les dates n'ont pas encore été arrêtées. /nfr"
    copy = f"{TOP}\n{HEADLINE}\n{CREDITS}\n{PARA_1}\n{PARA_2}\n{signed}\nTransports\nCJ\nJura\n"
    _, _, blocks = ingest(copy)
    assert texts(blocks)[-1] == signed


def test_the_line_announcing_a_recording_over_its_player_is_the_players() -> None:
    player = "Les explications de Julien Queloz au micro de Noémie Frésard :\nÉcouter\n00:00\n01:36"
    _, _, blocks = ingest(copy_with(player))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_bare_counter_beside_the_date_does_not_stop_the_header() -> None:
    top = (
        "mercredi, mars 25 2026\nDernières nouvelles\nLions indomptables : la liste dévoilée\n"
        "Se connecter\nActu Cameroun\nAccueil\nPolitique\nÉconomie\nSociété\nSport\n"
        "Opinion\nRechercher\n\nAccueil\nOpinion\nOpinion\n"
    )
    headline = "Douala : et si l’on cessait de faire du moto-taxi l’ennemi de la ville ?"
    standfirst = (
        "Interdire ne suffit plus : la ville doit apprendre à vivre avec eux, plaide l’auteur."
    )
    header = (
        f"{headline}\n\n{standfirst}\n\nPar Serge-Alain Mbarga\nEnvoyer un e-mail\n25 mars 2026\n"
        "1\n4 minutes de lecture\nFacebook\nX\nWhatsApp\n\nDes moto-taximen au carrefour "
        "Ndokoti, à Douala. © Actu Cameroun"
    )
    _, meta, _ = ingest(f"{top}\n{header}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}\n")
    assert meta["title"] == headline


def test_the_funding_note_naming_the_programme_first_is_no_paragraph() -> None:
    note = "L'Initiative de journalisme local est financée par le gouvernement du Canada."
    _, _, blocks = ingest(copy_with(after=note))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_an_authors_bio_opening_on_a_notes_asterisk_is_the_bio() -> None:
    header = f"Opinion\n{HEADLINE}\nPar Serge-Alain Mbarga\n12 mars 2026"
    bio = "*Serge-Alain Mbarga est urbaniste et enseignant à l’Université de Douala."
    _, _, blocks = ingest(copy_with(header=header, after=bio))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_call_for_tips_in_the_familiar_form_is_no_paragraph() -> None:
    _, _, blocks = ingest(copy_with(after="Tu as une info? Envoie-la-nous!\n\nWhatsApp\n\nE-mail"))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
