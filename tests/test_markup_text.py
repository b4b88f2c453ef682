"""Content is text: a `<tag>`, `<`, `>` or `&amp;` in an article body is shown as written.

Every word of a body reaches the page's visible text, in order, through the real render
(content file, Markdown, nh3, layouts), and the article page stays well-formed HTML.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import article_of, project_config, write_tree
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from visavis.config import load_config
from visavis.frontmatter import read_document
from visavis.markup import render_units
from visavis.render import render_site

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
VOID |= {"track", "wbr"}
ISSUE_TAGS = ["script", "textarea", "title", "noscript", "xmp", "plaintext", "iframe", "style"]


class PageReader(HTMLParser):
    """Check that a page's tags nest and close, and collect the visible text of its body rows
    (below `<div class="bitext">`), character references decoded as a browser would."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.bitext_depth: int | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Track nesting; note where the body rows start."""
        if tag in VOID:
            return
        self.open.append(tag)
        classes = (dict(attrs).get("class") or "").split()
        if tag == "div" and "bitext" in classes and self.bitext_depth is None:
            self.bitext_depth = len(self.open)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A self-closed tag (`<br />`) must be a void element."""
        if tag not in VOID:
            self.problems.append(f"<{tag}/> is not a void element")

    def handle_endtag(self, tag: str) -> None:
        """An end tag must close the innermost open element."""
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
            return
        if self.bitext_depth == len(self.open):
            self.bitext_depth = -1  # rows done; later text is the page's, not the body's
        self.open.pop()

    def handle_data(self, data: str) -> None:
        """Keep the text shown inside the body rows."""
        if self.bitext_depth is not None and self.bitext_depth > 0:
            if self.open and self.open[-1] in ("script", "style"):
                self.problems.append(f"text inside <{self.open[-1]}>: {data[:40]!r}")
            self.text.append(data)


def read_page(html_text: str) -> PageReader:
    """Parse a page; fail if it is not well-formed."""
    reader = PageReader()
    reader.feed(html_text)
    reader.close()
    assert reader.problems == [], reader.problems
    assert reader.open == [], f"left open: {reader.open}"
    assert reader.bitext_depth == -1, "no body rows found"
    return reader


def words(text: str) -> list[str]:
    """Words as the content invariant counts them: runs of letters and digits. Markdown
    punctuation (`*`, `_`, backticks, backslashes, brackets) is never a word, and a word that
    emphasis glues to its neighbours (`a_b_c` shown as a<em>b</em>c) is found inside them."""
    return re.findall(r"[^\W_]+", text)


def first_word_lost(source: str, shown: str) -> str | None:
    """The first word of source missing from shown, in order; None if all are there."""
    stream = "".join(words(shown))
    position = 0
    for word in words(source):
        found = stream.find(word, position)
        if found < 0:
            return word
        position = found + len(word)
    return None


def render_body(root: Path, body: str) -> str:
    """Render one untranslated article with this body through the real pipeline; its page."""
    write_tree(
        root,
        {
            "config.yaml": project_config(),
            "content/a.fr.md": f"---\ntitle: Un titre\ndate: 2024-01-02\n---\n{body}\n",
        },
    )
    config = load_config(root / "config.yaml")
    render_site(config, [article_of(read_document(root / "content/a.fr.md"))], force=True)
    return (root / "public/articles/a/index.html").read_text(encoding="utf-8")


def shown_text(root: Path, body: str) -> str:
    """The visible text of the rendered body (the page checked well-formed first)."""
    return "".join(read_page(render_body(root, body)).text)


# --- the tags of the issue, and comparisons -------------------------------------------------


@pytest.mark.parametrize("tag", ISSUE_TAGS)
def test_a_tag_named_in_prose_is_shown_and_keeps_the_rest(tmp_path: Path, tag: str) -> None:
    body = (
        f"La balise <{tag}> permet d’exécuter du code. Elle se ferme par </{tag}> ensuite.\n"
        "Le reste du paragraphe est là.\n\nUn second paragraphe suit."
    )
    page = render_body(tmp_path, body)
    text = "".join(read_page(page).text)
    assert f"La balise <{tag}> permet d’exécuter du code." in text
    assert f"</{tag}> ensuite." in text
    assert "Le reste du paragraphe est là." in text and "Un second paragraphe suit." in text
    assert f"&lt;{tag}&gt;" in page
    assert "&lt;/p&gt;" not in page and "</p>" not in text


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("On a a < b > c ici.", "On a a < b > c ici."),
        ("Car 5 < 6 et 7 > 2.", "Car 5 < 6 et 7 > 2."),
        ("Le code <b>gras</b> reste brut.", "Le code <b>gras</b> reste brut."),
        ("Un <!-- commentaire --> visible.", "Un <!-- commentaire --> visible."),
        ("Écrire &amp; ou &lt; ou &#x41; ou &nbsp; tel quel.", "&amp; ou &lt; ou &#x41; ou &nbsp;"),
        ("AT&T et R&D.", "AT&T et R&D."),
    ],
)
def test_markup_looking_text_is_shown_as_written(tmp_path: Path, sentence: str, shown: str) -> None:
    assert shown in shown_text(tmp_path, sentence)


def test_tags_in_subheads_quotes_and_lists_are_shown(tmp_path: Path) -> None:
    body = (
        "## Le rôle de <title>\n\n"
        "> Une <iframe> dans la citation.\n> — <b>Qui</b>\n\n"
        "- Un <xmp> dans la liste.\n- Puis <plaintext> encore."
    )
    text = shown_text(tmp_path, body)
    for part in ("Le rôle de <title>", "Une <iframe> dans la citation.", "— <b>Qui</b>"):
        assert part in text
    assert "Un <xmp> dans la liste." in text and "Puis <plaintext> encore." in text


# --- Markdown keeps working -----------------------------------------------------------------


def test_autolinks_links_and_emphasis_still_work(tmp_path: Path) -> None:
    body = (
        "Voir <https://example.org/a?b=1&c=2> et <redaction@example.org>. "
        "Un [lien](https://example.org/x?y=1&z=2) et du *texte* **gras**. "
        "Du `code <b> &amp;` brut."
    )
    page = render_body(tmp_path, body)
    read_page(page)
    assert (
        '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">'
        "https://example.org/a?b=1&amp;c=2</a>" in page
    )
    assert '<a href="mailto:redaction@example.org" rel="noopener noreferrer">' in page
    assert '<a href="https://example.org/x?y=1&amp;z=2" rel="noopener noreferrer">lien</a>' in page
    assert "<em>texte</em>" in page and "<strong>gras</strong>" in page
    assert "<code>code &lt;b&gt; &amp;amp;</code>" in page


def test_lists_still_work(tmp_path: Path) -> None:
    page = render_body(tmp_path, "Une liste :\n\n- un *premier* point\n- un second <point>")
    read_page(page)
    assert "<ul><li><span" in page
    assert "<em>premier</em>" in page and "un second &lt;point&gt;" in page


def test_script_urls_stay_unlinked(tmp_path: Path) -> None:
    page = render_body(
        tmp_path, "Un [lien](javascript:alert(1)) et [autre](javascript&#58;alert(2)) ici."
    )
    read_page(page)
    assert not re.search(r"<a [^>]*href=\"javascript:", page)
    assert "lien" in page and "autre" in page


def test_sentence_spans_survive_text_that_looks_like_markup() -> None:
    units = ["La balise <script> ouvre.", "Puis *une* autre & fin.", "Et <textarea> aussi."]
    html = render_units(units, ["r1-0", "r1-1", "r1-2"])
    assert html == [
        '<span class="s" data-s="r1-0">La balise &lt;script&gt; ouvre.</span>',
        '<span class="s" data-s="r1-1">Puis <em>une</em> autre &amp; fin.</span>',
        '<span class="s" data-s="r1-2">Et &lt;textarea&gt; aussi.</span>',
    ]


# --- no word lost, from the content file to the page ----------------------------------------

TOKENS = st.one_of(
    st.text(alphabet="abcdeéçßZ0189", min_size=1, max_size=6),
    st.sampled_from(
        [f"<{tag}>" for tag in ISSUE_TAGS]
        + [f"</{tag}>" for tag in ISSUE_TAGS]
        + ["</p>", "<p>", "<b>", "</div>", '<a href="x">', "<!--", "-->", "<![CDATA[", "<?php"]
        + ["&amp;", "&lt;", "&gt;", "&#x41;", "&#65;", "&nbsp;", "&", "<", ">", "[", "]", "\\"]
        + ["*", "**", "_", "__", "`", "``", "\\*", "\\<", "\\`", "<https://example.org/a?b=1&c=2>"]
        + ["<redaction@example.org>", "<b", "a>", "<<", ">>", "[[", "]]", "&&", "<x y='z'>"]
    ),
)
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", ". ", ".\n"])
BODIES = st.lists(st.tuples(TOKENS, SEPARATORS), min_size=1, max_size=30).map(
    lambda pairs: "".join(token + separator for token, separator in pairs)
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=BODIES)
@example(body="La balise <script> permet d’exécuter du code. Puis la suite.\nEt la fin.")
@example(body="Un <textarea> puis </p> et <plaintext> enfin <xmp> fin.")
@example(body="a_b_c et *x* puis `<b> &amp;` et \\* \\< [y] &#x41;")
def test_every_word_of_a_body_reaches_the_page_in_order(
    tmp_path_factory: pytest.TempPathFactory, body: str
) -> None:
    root = tmp_path_factory.mktemp("body")
    body_text = read_document(
        write_tree(root, {"content/a.fr.md": f"---\ntitle: t\n---\n{body}\n"}) / "content/a.fr.md"
    ).body
    shown = shown_text(root, body)
    assert first_word_lost(body_text, shown) is None, (body, shown)


def test_an_image_shows_its_description_as_text() -> None:
    units = ["Avant ![Une photo & du marché](photo.jpg) après.", "Un ![](vide.png) rien."]
    assert render_units(units, ["r1-0", "r1-1"]) == [
        '<span class="s" data-s="r1-0">Avant Une photo &amp; du marché après.</span>',
        '<span class="s" data-s="r1-1">Un  rien.</span>',
    ]


@pytest.mark.parametrize(
    "unit",
    ["[" * 3000, "[a][b" * 2000, "![x](" * 2000, "[a](" * 2000, "[" * 1500 + "]" * 1500],
    ids=["unclosed", "references", "images", "links", "nested"],
)
def test_thousands_of_brackets_render_at_once_and_as_written(unit: str) -> None:
    import time

    started = time.perf_counter()
    (html,) = render_units([f"Début {unit} fin."], None)
    assert time.perf_counter() - started < 1  # Python-Markdown alone: seconds to minutes
    assert html == f'<span class="s">Début {unit} fin.</span>'


def test_links_keep_working_beside_brackets_that_cannot_be_links() -> None:
    (html,) = render_units(
        ["Un [lien](http://a.b), [voir [1]](http://c.d), [ouvert, [a](b et (c) fin [ref]."], None
    )
    assert html == (
        '<span class="s">Un <a href="http://a.b" rel="noopener noreferrer">lien</a>, '
        '<a href="http://c.d" rel="noopener noreferrer">voir [1]</a>, [ouvert, [a](b et (c) '
        "fin [ref].</span>"
    )
