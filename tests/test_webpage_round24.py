"""Saved pages, the families of the holdout50/web round, on a page styled with utility
classes only (Tailwind), where nothing but structure and words tell its parts: a hidden
separator (`<span aria-hidden="true">·</span>`) parts a byline from its date; `Recueilli
par Name` run into `Publié le … , mis à jour à 08:55` is a credit line; a box of nothing but a
few short links is the tags; a box opening on `Les commentaires (12)` is the comment thread;
question headings over answers in the third person are an explainer's subheads, over answers
in the first person an interview's questions. Each is stated on a small invented page read
through the real ingest."""

from __future__ import annotations

from test_webbody import P1, P2, P3, P4, TITLE, ingest, page, paragraphs, texts

LONG = (f"{P1} {P2}", f"{P3} {P4}")
CREDIT = (
    '<div class="mt-4 flex gap-x-3"><span>Recueilli par <a class="font-bold" href="/a/1">'
    'Anne Roy</a></span><span aria-hidden="true">·</span><span>Publié le 03/12/2026 à 06:30'
    "</span><span>, mis à jour à 08:55</span></div>"
)


def tailwind_page(body: str, header: str = "") -> str:
    """A page whose every class is a utility class."""
    return page(
        f'<article class="mx-auto max-w-3xl"><h1 class="text-3xl font-bold">{TITLE}</h1>'
        f'{header}<div class="prose">{body}</div></article>',
        wrap=False,
    )


def test_a_hidden_separator_parts_the_byline_from_its_date() -> None:
    html = tailwind_page(paragraphs(*LONG), CREDIT)
    result = ingest(html)
    assert result.meta["author"] == "Anne Roy"
    assert str(result.meta["date"]) == "2026-12-03"
    assert texts(html) == [("paragraph", text) for text in LONG]


def test_tags_and_a_comment_thread_known_by_their_shape_are_chrome() -> None:
    tags = (
        '<div class="my-6 flex gap-2"><a href="/t/energie">Énergie</a><a href="/t/vaud">Vaud</a>'
        '<a href="/t/loi">Loi</a></div>'
    )
    comments = (
        '<section class="my-8 border-t"><h2 class="text-lg">Les commentaires (12)</h2>'
        '<p class="text-sm">Enfin une loi qui protège les locataires, il était temps.</p></section>'
    )
    html = tailwind_page(paragraphs(*LONG) + tags + comments)
    assert texts(html) == [("paragraph", text) for text in LONG]


def test_question_headings_over_third_person_answers_are_an_explainers_subheads() -> None:
    body = (
        f"<h2>Qu’est-ce qui change pour les propriétaires ?</h2><p>{P1}</p>"
        f"<h2>Qui critique la loi ?</h2><p>{P3}</p><p>{P4}</p>"
    )
    found = texts(tailwind_page(body))
    assert ("subhead", "Qu’est-ce qui change pour les propriétaires ?") in found
    assert ("subhead", "Qui critique la loi ?") in found


def test_question_headings_over_first_person_answers_are_an_interviews_questions() -> None:
    body = (
        "<h2>Pourquoi cette loi maintenant ?</h2><p>Nous avons attendu trop longtemps, et je "
        "crois que les locataires ne peuvent plus patienter.</p>"
        "<h2>Que dites-vous aux propriétaires ?</h2><p>Je leur dis que l’aide cantonale couvrira "
        "une part des travaux, et que nous les accompagnerons.</p>"
    )
    found = texts(tailwind_page(body))
    assert not any(kind == "subhead" for kind, _ in found)
    assert found[0] == ("paragraph", "Pourquoi cette loi maintenant ?")
