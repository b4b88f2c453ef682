"""The layouts' environment: a dict's keys read as attributes, exactly as Jinja2 reads them."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from visavis.layouts import make_environment

LAYOUTS = Path(__file__).resolve().parent.parent / "layouts"


def render(source: str, **context: object) -> str:
    environment = make_environment(LAYOUTS)
    return environment.from_string(source).render(**context)


def test_a_dicts_key_reads_as_an_attribute() -> None:
    card = {"title": "Le <titre>", "url": "articles/x/"}
    assert render("{{ card.title }} {{ card.url }}", card=card) == "Le &lt;titre&gt; articles/x/"


def test_a_dicts_methods_still_win_over_its_keys_as_in_jinja2() -> None:
    card = {"items": "a key", "b": 2}
    shown = render(
        "{% for key, value in card.items() %}{{ key }}={{ value }};{% endfor %}", card=card
    )
    assert shown == "items=a key;b=2;"
    assert render("{{ card['items'] }}", card=card) == "a key"


def test_a_missing_key_is_an_undefined_name_error() -> None:
    with pytest.raises(jinja2.UndefinedError, match="has no attribute 'title'"):
        render("{{ card.title }}", card={"url": "x"})
    assert render("{{ card.title is defined }}", card={}) == "False"


def test_objects_and_dict_subclasses_read_as_jinja2_reads_them() -> None:
    class Tagged(dict):
        label = "from the class"

    class Page:
        title = "an attribute"

    assert render("{{ page.title }}", page=Page()) == "an attribute"
    assert render(
        "{{ tagged.label }} {{ tagged.other }}", tagged=Tagged(label="key", other="o")
    ) == ("from the class o")


def test_the_same_page_as_plain_jinja2_renders() -> None:
    card = {"title": "Un titre", "section": "Monde", "date": None, "n": 3}
    source = "{{ card.title }}|{{ card.section|upper }}|{{ card.date or '' }}|{{ card.n + 1 }}"
    plain = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    assert render(source, card=card) == plain.from_string(source).render(card=card)
