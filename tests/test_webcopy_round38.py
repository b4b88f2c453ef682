"""Pages copied as text, the families of the holdout60–62/text round: a paragraph signed by
its agency and desk in lowercase brackets (`… (ats/jzs)`) is text, not a caption; a review's
genre (`Critique d’album`, `Tribune libre`) under the rubric leaves the rubric the section; a
lone cue word opening the page (`Voir`) that the page names again is the site's name; two bare
names over the date, each again over a journalist's bio in the authors' box, are both authors;
a sentence set apart over a quoted speaker's name and role is a pull quote; `qu’il` keeps its
lowercase; the credits under a live page (`Rédaction web: A et B avec ats`) are its authors and
agency; a video's title over its length is no subhead; a review's ratings out of five and
their heading, a game's sheet over its score (`LE SOMMAIRE`, `La fiche`), a paper's pitch on
itself over its appeal, a newsletter's heading and blurb, a `▶` video link alone and the
caption over a `©` credit the text goes on under are no text. Each is stated on invented text
and held to the invariant that no word is lost unseen."""

from __future__ import annotations

from test_webcopy_families import (
    HEADLINE,
    PARA_1,
    PARA_2,
    PARA_3,
    dropped,
    ingest,
    page_with,
    texts,
)

from visavis.ingest.casing import repair_casing

CREDITS = "Par Hélène Vidal\n12 mars 2026"


def copy_with(middle: str = "", *, header: str = f"{HEADLINE}\n{CREDITS}", after: str = "") -> str:
    """A copy: the site's top, a header, the three paragraphs around `middle`, then `after`."""
    return page_with(header, middle, footer=after)


def test_a_paragraph_signed_by_its_agency_and_desk_is_text() -> None:
    signed = (
        "Le canton doit présenter un rapport sur la question d’ici l’été. Les stations misent "
        "sur les activités quatre saisons pour réduire leur dépendance à la neige. (ats/jzs)"
    )
    _, _, blocks = ingest(copy_with(after=f"{signed}\n\nPlus d'articles\nÀ propos\n"))
    assert signed in texts(blocks)


def test_a_reviews_genre_under_the_rubric_leaves_the_rubric_the_section() -> None:
    for genre in ("Critique d’album", "Tribune libre"):
        _, meta, _ = ingest(copy_with(header=f"Musique\n\n{genre}\n\n{HEADLINE}\n{CREDITS}"))
        assert (meta["section"], meta["genre"]) == ("Musique", genre)


def test_a_lone_cue_word_opening_the_page_and_named_again_is_the_sites_name() -> None:
    top = "Aller au contenu principal\nVoir\nMusique\nScène\nCinéma\nLivres\nSe connecter\n"
    foot = "Infolettre Voir\nChaque jeudi, nos suggestions culturelles."
    page = f"{top}\nMusique\n\n{HEADLINE}\n{CREDITS}\n\n{PARA_1}\n\n{PARA_2}\n\n{foot}\n"
    _, meta, _ = ingest(page)
    assert meta["publication"] == "Voir"


def test_two_bare_names_each_in_the_authors_box_are_both_authors() -> None:
    header = f"{HEADLINE}\n\nÉlise Goffin\nJonas Remacle\nPublié le 16/04/2026 à 06:00"
    box = (
        "Élise Goffin\nJournaliste, spécialiste des questions rurales.\nJonas Remacle\nJournaliste."
    )
    _, meta, blocks = ingest(copy_with(header=header, after=box))
    assert meta["author"] == "Élise Goffin et Jonas Remacle"
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_bare_name_under_the_authors_is_left_without_a_box() -> None:
    header = f"{HEADLINE}\n\nÉlise Goffin\nJonas Remacle\nPublié le 16/04/2026 à 06:00"
    _, meta, _ = ingest(copy_with(header=header))
    assert meta["author"] == "Élise Goffin"


def test_a_sentence_over_a_quoted_speakers_name_and_role_is_a_pull_quote() -> None:
    quoted = (
        "« Le café de village est souvent le dernier lieu où l’on se croise », résume "
        "Anne-Sophie Lejeune, sociologue à l’université de Liège, qui a enquêté dans trente "
        "villages de la province."
    )
    quote = "Quand le café ferme, le village perd son salon."
    middle = f"{quoted}\n\n{quote}\nAnne-Sophie Lejeune, sociologue"
    _, _, blocks = ingest(copy_with(middle))
    assert texts(blocks, "quote") == ["Quand le café ferme, le village perd son salon."]
    assert "Anne-Sophie Lejeune, sociologue" not in texts(blocks)


def test_a_sentence_over_a_signature_closing_the_text_is_no_pull_quote() -> None:
    quoted = "« Nous tiendrons », a promis Anne-Sophie Lejeune, présidente du comité, lundi soir."
    ending = f"{quoted}\n\nLe village mérite mieux que cela.\nAnne-Sophie Lejeune, présidente"
    _, _, blocks = ingest(copy_with(after=ending))
    assert texts(blocks, "quote") == []


def test_an_elided_pronoun_keeps_its_lowercase_where_the_text_capitalises_it() -> None:
    known = {"IL": "Il", "EMMANUEL": "Emmanuel"}  # (a copy whose lines open on `Il`)
    headline = "Sortons de l’anarchie avant qu’il ne soit trop tard, dit d’emmanuel Macron"
    assert repair_casing(headline, known) == (
        "Sortons de l’anarchie avant qu’il ne soit trop tard, dit d’Emmanuel Macron"
    )


def test_the_credits_under_a_live_page_are_its_authors_and_agency() -> None:
    credits = "Rédaction web: Mathilde Rey-Bonvin et Yannick Crettenand\navec ats"
    header = f"{HEADLINE}\n12 mars 2026"
    _, meta, _ = ingest(copy_with(header=header, after=f"{credits}\n\nSur le même sujet\n"))
    assert meta["author"] == "Mathilde Rey-Bonvin et Yannick Crettenand"
    assert meta["agency"] == "ATS"


def test_a_videos_title_over_its_date_and_length_is_no_subhead() -> None:
    video = "Les images des évacuations à Riddes\n19h30 - Publié le 13 avril 2026\n1 min."
    _, _, blocks = ingest(copy_with(video))
    assert texts(blocks, "subhead") == []
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_reviews_ratings_and_their_heading_are_no_text() -> None:
    ratings = "Notre avis\n\nCuisine : 4/5\n\nService : 2,5/5\n\nNote globale : 3,5/5"
    result, _, blocks = ingest(copy_with(ratings))
    assert texts(blocks, "subhead") == [] and texts(blocks) == [PARA_1, PARA_2, PARA_3]
    assert "Cuisine : 4/5" in dropped(result)


def test_a_games_sheet_is_no_text() -> None:
    for heading in ("La fiche", "LE SOMMAIRE"):
        sheet = (
            f"{heading}\nGrenoble - Angers : 4-3 a.p. (1-2, 0-1, 2-0, 1-0)\n"
            "Patinoire Pôle Sud. 3 800 spectateurs.\nButs pour Grenoble : Ravel (19e, 66e)."
        )
        _, _, blocks = ingest(copy_with(after=sheet))
        assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_papers_pitch_over_its_appeal_is_no_text() -> None:
    appeal = (
        "Le Courrier est un quotidien indépendant, sans actionnaire ni milliardaire. Il vit de "
        "ses lectrices et lecteurs.\nSoutenez-nous: abonnez-vous ou faites un don.\n"
        "Je m’abonne\nJe fais un don"
    )
    _, _, blocks = ingest(copy_with(after=appeal))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_newsletters_heading_and_blurb_over_its_form_are_no_text() -> None:
    form = (
        "La newsletter Éco de Challenges\nChaque matin, l'essentiel de l'actualité économique "
        "et financière.\nVotre adresse e-mail\nS'inscrire"
    )
    _, _, blocks = ingest(copy_with(form))
    assert texts(blocks, "subhead") == [] and texts(blocks) == [PARA_1, PARA_2, PARA_3]


def test_a_play_marked_video_link_is_no_list_item() -> None:
    _, _, blocks = ingest(copy_with("▶ Le reportage de Julie Marchal et Ilias Benali"))
    assert [block.kind for block in blocks] == ["paragraph"] * 3


def test_a_sentence_over_a_photo_agencys_copyright_is_its_caption() -> None:
    photo = "Un arbre tombé sur la chaussée à Spa, mardi matin.\n© Photo News\nActualiser\n15:48"
    header = f"{HEADLINE}\n{CREDITS}\nPartager\nCopier le lien\n{photo}"
    _, _, blocks = ingest(copy_with(header=header))
    assert texts(blocks) == [PARA_1, PARA_2, PARA_3]
