"""Dates and slugs are checked once, when content is read: a bad one is reported with its file
and line, that article is left out, and every later stage trusts what was read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import write_tree

from visavis.cli import main
from visavis.content import Article
from visavis.fields import as_date
from visavis.model import Document
from visavis.status import TranslationState

GOOD = "---\ntitle: Le marché ouvre tôt\n---\nLe maire a visité les stands ce matin.\n"
DATE_HINT = "(hint: use YYYY-MM-DD)"


def run(project: Path, *args: str) -> int:
    return main(["--config", str(project / "config.yaml"), *args])


def article(field: str) -> str:
    return f"---\ntitle: Un titre\n{field}\n---\nIl fait beau.\n"


#: Dates that are not written YYYY-MM-DD or name no day, as written in front matter.
BAD_DATES = {
    "compact": '"20240305"',
    "week": '"2024-W10-2"',
    "words": '"5 mars 2024"',
    "empty": '""',
    "short": '"2024-3-5"',
    "hier": "hier",
    "impossible": '"2024-02-30"',
}


def test_a_bad_date_is_reported_where_it_is_read_and_the_rest_is_built(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {f"content/{name}.fr.md": article(f"date: {v}") for name, v in BAD_DATES.items()}
    write_tree(project, {**files, "content/ok.fr.md": GOOD})
    assert run(project, "render") == 1
    err = capsys.readouterr().err
    assert [line for line in err.splitlines() if line.startswith("error:")] == [
        f"error: {project / 'content' / name}.fr.md:3: front matter 'date': "
        f"{BAD_DATES[name].strip(chr(34))!r} is not a date {DATE_HINT}"
        for name in sorted(BAD_DATES)
    ]
    assert (project / "public" / "articles" / "ok" / "index.html").is_file()
    assert not any((project / "public" / "articles" / name).exists() for name in BAD_DATES)


def test_reading_alone_reports_a_bad_date_without_planning_a_site(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/bad.fr.md": article('date: "2024-02-30"')})
    assert run(project, "status") == 1
    path = project / "content" / "bad.fr.md"
    assert capsys.readouterr().err.splitlines() == [
        f"error: {path}:3: front matter 'date': '2024-02-30' is not a date {DATE_HINT}"
    ]


def test_a_good_date_in_any_accepted_form_reaches_the_page(project: Path) -> None:
    shown = {
        "plain": ("2024-03-05", "5 March 2024"),
        "quoted": ('"2024-03-05"', "5 March 2024"),
        "timed": ("2024-03-05T23:30:00-05:00", "5 March 2024"),
        "leap": ("2024-02-29", "29 February 2024"),
    }
    write_tree(
        project, {f"content/{name}.fr.md": article(f"date: {v}") for name, (v, _) in shown.items()}
    )
    assert run(project, "render") == 0
    for name, (_, text) in shown.items():
        page = project / "public" / "articles" / name / "index.html"
        assert text in page.read_text(encoding="utf-8"), name


def test_seeds_follow_the_same_rule_for_dates(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"seeds/marche.md": article('date: "20240305"')})
    assert run(project, "ingest") == 1
    assert "front matter 'date': '20240305' is not a date (hint: use YYYY-MM-DD)" in (
        capsys.readouterr().err
    )
    assert not list((project / "content").iterdir())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (dt.date(2024, 3, 5), dt.date(2024, 3, 5)),
        (dt.datetime(2024, 3, 5, 23, 30), dt.date(2024, 3, 5)),
        ("2024-03-05", dt.date(2024, 3, 5)),
    ],
)
def test_the_one_rule_for_dates_accepts(value: object, expected: dt.date | None) -> None:
    assert as_date(value) == expected


@pytest.mark.parametrize("value", ["20240305", "2024-W10-2", "2024-02-30", "", 2024, ["x"]])
def test_the_one_rule_for_dates_refuses(value: object) -> None:
    with pytest.raises(ValueError):
        as_date(value)


@pytest.mark.parametrize(
    ("slug", "message"),
    [
        ("Autre_Nom", "front matter 'slug': 'Autre_Nom' is not a valid slug (hint: use lowercase "
         "letters, digits and hyphens (at most 120))"),
        ("autre", "front matter 'slug' is 'autre' but the file name says 'bad' (hint: rename the "
         "file or fix the slug)"),
    ],
)  # fmt: skip
def test_a_bad_slug_is_reported_where_it_is_read_and_the_rest_is_built(
    project: Path, slug: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {"content/bad.fr.md": article(f"slug: {json.dumps(slug)}"), "content/ok.fr.md": GOOD}
    write_tree(project, files)
    assert run(project, "render") == 1
    err = capsys.readouterr().err
    path = project / "content" / "bad.fr.md"
    assert [line for line in err.splitlines() if line.startswith("error:")] == [
        f"error: {path}:3: {message}"
    ]
    assert (project / "public" / "articles" / "ok" / "index.html").is_file()
    assert not (project / "public" / "articles" / "autre").exists()


def test_a_published_article_given_a_bad_date_keeps_its_page(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/a.fr.md": article("date: 2024-03-05")})
    assert run(project, "render") == 0
    page = project / "public" / "articles" / "a" / "index.html"
    before = page.read_bytes()
    write_tree(project, {"content/a.fr.md": article("date: hier")})
    assert run(project, "render") == 1
    assert "front matter 'date': 'hier' is not a date" in capsys.readouterr().err
    assert page.read_bytes() == before


@pytest.mark.parametrize(
    ("state", "flags"),
    [
        (TranslationState(exists=True), (False, False)),
        (TranslationState(exists=True, source_changed=True), (False, False)),
        (TranslationState(exists=True, edited=True), (True, False)),
        (TranslationState(exists=True, reviewed=True, source_changed=True), (True, True)),
    ],
)
def test_an_articles_page_flags_are_read_from_its_translation_state(
    state: TranslationState, flags: tuple[bool, bool]
) -> None:
    source = Document({"title": "Titre"}, (), Path("content/a.fr.md"))
    article = Article("a", source, None, Path("content/a.en.md"), state)
    assert (article.edited, article.stale) == flags
