"""Hostile and broken input: neutralised, or refused with a clear message naming file and line."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tracemalloc
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import (
    REPO,
    argos_home_with_tiny_model,
    isolated_env,
    project_config,
    stage_summary,
    write_tree,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from visavis.cli import main
from visavis.config import Config, load_config
from visavis.content import Article, read_articles
from visavis.doccache import document_cache
from visavis.errors import RenderError, VisavisError
from visavis.frontmatter import MAX_FRONT_MATTER_BYTES, read_document
from visavis.render import render_site
from visavis.writer import OutputWriter, remove_temp_files, safe_join, write_atomic

GOOD = "---\ntitle: Le marché ouvre tôt\n---\nLe maire a visité les stands ce matin.\n"
SLUG_HINT = "(hint: use lowercase letters, digits and hyphens (at most 120))"
DATE_HINT = "(hint: dates are YYYY-MM-DD; quote the value to keep it as text)"


def run(project: Path, *args: str) -> int:
    """Call the command line on a scratch project."""
    return main(["--config", str(project / "config.yaml"), *args])


def files_below(root: Path) -> dict[str, bytes]:
    """Every file below root (relative POSIX path → bytes)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


# --- script from content --------------------------------------------------------------------

HOSTILE_SOURCE = """\
---
title: "<script>alert(1)</script> Titre"
standfirst: "<img src=x onerror=alert(2)>"
author: "<a href='javascript:alert(3)'>Moi</a>"
section: "<svg onload=alert(4)>"
publication: "\\"><script>alert(5)</script>"
author_handle: "<script>alert(6)</script>"
country: "<b onmouseover=alert(7)>"
date: 2024-01-01
---
Une phrase <script>alert(8)</script> ici.
Un [lien](javascript:alert(9)) et <img src=x onerror="alert(10)">.

<div onclick="alert(11)">bloc</div>

<script>
alert(12)
</script>

Voir <a href="JaVaScRiPt:alert(13)">ça</a> et ![i](javascript:alert(14)).
Et [b](&#106;avascript:alert(15)).

## <img src=x onerror=alert(16)>

> <iframe src="javascript:alert(17)"></iframe>
> — <script>alert(18)</script>

- <object data="data:text/html,alert(19)"></object>
- [c]( vbscript:alert(20) ) <style>body{background:url(javascript:alert(21))}</style>
"""

HOSTILE_TRANSLATION = """\
---
title: "<script>alert(31)</script> Title"
standfirst: "<img src=x onerror=alert(32)>"
section: "<svg/onload=alert(33)>"
lang: en
translation_of: evil.fr.md
translation:
  engine: "<script>alert(34)</script>"
  engine_version: "<img src=x onerror=alert(35)>"
  model: "<b onclick=alert(36)>m</b>"
  model_version: "1"
  created: "<script>alert(37)</script>"
  reviewed: false
---
A sentence <script>alert(38)</script> here.
A [link](javascript:alert(39)) and <img src=x onerror="alert(40)">.

<div onclick="alert(41)">block</div>

<script>alert(42)</script>

See <a href="javascript:alert(43)">this</a>.

## <svg onload=alert(44)>

> <iframe src="javascript:alert(45)"></iframe>
> — <script>alert(46)</script>

- <embed src="javascript:alert(47)">
- [d](javascript:alert(48))
"""

OWN_INLINE_SCRIPT = re.search(
    r"<script>\n(.*?)</script>", (REPO / "layouts" / "base.html").read_text(encoding="utf-8"), re.S
).group(1)
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"}
EMBEDDING_TAGS = {"iframe", "object", "embed", "svg", "math", "base", "form", "frame", "applet"}
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")


class ActiveContentFinder(HTMLParser):
    """Collect everything in a page that could run code: scripts, handlers, script URLs."""

    def __init__(self, root: str) -> None:
        super().__init__(convert_charrefs=True)
        #: The layouts' own scripts and search form, linked from the page's root.
        self.own_script_srcs = {f"{root}static/visavis.js", f"{root}static/search.js"}
        self.own_form_action = f"{root}search/"
        self.found: list[str] = []
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Check one start tag and its attributes."""
        values = {name: value or "" for name, value in attrs}
        if tag == "script":
            if "src" in values and values["src"] not in self.own_script_srcs:
                self.found.append(f"foreign script src {values['src']!r}")
            self._script = [] if "src" not in values else None
        own_form = tag == "form" and values.get("action") == self.own_form_action
        if tag in EMBEDDING_TAGS and not own_form:
            self.found.append(f"<{tag}>")
        for name, value in values.items():
            compact = re.sub(r"[\x00-\x20]", "", value).lower()
            if name.startswith("on"):
                self.found.append(f"event handler {name}={value!r} on <{tag}>")
            elif name in URL_ATTRIBUTES and compact.startswith(UNSAFE_SCHEMES):
                self.found.append(f"script URL {name}={value!r} on <{tag}>")

    def handle_data(self, data: str) -> None:
        """Collect the text of inline scripts."""
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        """An inline script must be the layout's own, byte for byte."""
        if tag == "script" and self._script is not None:
            if "".join(self._script).strip() != OWN_INLINE_SCRIPT.strip():
                self.found.append(f"foreign inline script {''.join(self._script)[:60]!r}")
            self._script = None


def active_content(output: Path) -> dict[str, list[str]]:
    """Active content found in each HTML or XML file of the output, by relative path (the
    layout's script is linked relatively, and from the site's path by 404.html)."""
    problems = {}
    for path in sorted(output.rglob("*")):
        if path.suffix in (".html", ".xml"):
            relative = path.relative_to(output).as_posix()
            root = "/" if relative == "404.html" else "../" * relative.count("/") or "./"
            finder = ActiveContentFinder(root)
            finder.feed(path.read_text(encoding="utf-8"))
            finder.close()
            if finder.found:
                problems[relative] = finder.found
    return problems


def test_the_scanner_catches_every_kind_of_active_content() -> None:
    finder = ActiveContentFinder("/")
    finder.feed(
        '<script src="/static/visavis.js"></script><script>alert(1)</script>'
        '<form action="/search/"></form><form action="https://x.example/"></form>'
        '<a href=" JaVa&#83;cript:x">a</a><img src=x onerror=y><iframe></iframe>'
        f"<script>\n{OWN_INLINE_SCRIPT}</script>"
    )
    assert finder.found == [
        "foreign inline script 'alert(1)'",
        "<form>",
        "script URL href=' JaVaScript:x' on <a>",
        "event handler onerror='y' on <img>",
        "<iframe>",
    ]


def test_no_script_from_content_reaches_any_output_file(project: Path) -> None:
    write_tree(
        project,
        {
            "content/evil.fr.md": HOSTILE_SOURCE,
            "content/evil.en.md": HOSTILE_TRANSLATION,
            "content/good.fr.md": GOOD,
        },
    )
    config = project / "config.yaml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + "about: \"Voir <script>alert(50)</script> <a href='javascript:alert(51)'>ici</a>\"\n",
        encoding="utf-8",
    )
    assert run(project, "render") == 0
    assert active_content(project / "public") == {}
    public = project / "public"
    everything = "\n".join(  # not the search index: compressed data, shown as text by search.js
        p.read_text(encoding="utf-8")
        for p in public.rglob("*")
        if p.suffix and "pagefind" not in p.relative_to(public).parts
    )
    assert "<script>alert" not in everything


def test_markup_in_front_matter_is_shown_as_text_not_dropped(project: Path) -> None:
    write_tree(
        project, {"content/evil.fr.md": HOSTILE_SOURCE, "content/evil.en.md": HOSTILE_TRANSLATION}
    )
    assert run(project, "render") == 0
    page = (project / "public" / "articles" / "evil" / "index.html").read_text(encoding="utf-8")
    assert '<h1 class="title">&lt;script&gt;alert(1)&lt;/script&gt; Titre</h1>' in page
    assert "&lt;script&gt;alert(31)&lt;/script&gt; Title" in page
    assert '<span class="author">&lt;a href=&#39;javascript:alert(3)&#39;&gt;Moi&lt;/a&gt;' in page


def test_hostile_seed_goes_through_ingest_and_render_harmless(project: Path) -> None:
    seed = HOSTILE_SOURCE.replace("date: 2024-01-01\n", "date: 2024-01-01\nslug: ../../evil\n")
    write_tree(project, {"seeds/evil.md": seed})
    assert run(project, "ingest") == 0
    assert sorted(p.name for p in (project / "content").iterdir()) == [
        "script-alert-1-script-titre.fr.md"
    ]
    assert run(project, "render") == 0
    assert active_content(project / "public") == {}


# --- names and paths that try to leave their folder ------------------------------------------


@pytest.fixture
def nested_project(tmp_path: Path) -> Path:
    """A scratch project two folders below tmp_path, so that an escape would land in tmp_path."""
    root = tmp_path / "a" / "b" / "site"
    write_tree(root, {"config.yaml": project_config(), "content/good.fr.md": GOOD})
    return root


def names_below(root: Path) -> set[str]:
    """Relative POSIX paths of every file below root."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    "slug",
    ["../../escaped", "/tmp/escaped", "a/../../escaped", "a" * 300, "A.B", "x\n"],
    ids=["dotdot", "absolute", "nested-dotdot", "long", "dots-and-capitals", "newline"],
)
def test_front_matter_slug_that_leaves_its_folder_is_refused(
    nested_project: Path, tmp_path: Path, slug: str, capsys: pytest.CaptureFixture[str]
) -> None:
    quoted = slug.replace("\x00", "\\0").replace("\n", "\\n")
    bad = nested_project / "content" / "bad.fr.md"
    bad.write_text(f'---\ntitle: Mal\nslug: "{quoted}"\n---\nTexte.\n', encoding="utf-8")
    before = names_below(tmp_path)
    assert run(nested_project, "render") == 1
    assert f"{bad}:3: front matter 'slug': {slug!r} is not a valid slug {SLUG_HINT}" in (
        capsys.readouterr().err
    )
    written = {tuple(name.split("/")[:4]) for name in names_below(tmp_path) - before}
    site = ("a", "b", "site")
    assert written == {(*site, "public"), (*site, ".cache")}, "only the output and the cache"
    assert sorted(p.name for p in (nested_project / "public" / "articles").iterdir()) == ["good"]
    assert not Path("/tmp/escaped").exists()


def test_front_matter_slug_must_agree_with_the_file_name(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/bad.fr.md": "---\ntitle: Mal\nlang: fr\nslug: good\n---\nX.\n"})
    write_tree(project, {"content/good.fr.md": GOOD})
    assert run(project, "render") == 1
    assert (
        f"{project / 'content' / 'bad.fr.md'}:4: front matter 'slug' is 'good' but the file name "
        "says 'bad' (hint: rename the file or fix the slug)"
    ) in capsys.readouterr().err
    assert (project / "public" / "articles" / "good" / "index.html").is_file()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("a b.fr.md", "'a b' is not a valid slug " + SLUG_HINT),
        ("Caps.fr.md", "'Caps' is not a valid slug " + SLUG_HINT),
        ("x\n.fr.md", "'x\\n' is not a valid slug " + SLUG_HINT),
        ("..fr.md", "'.' is not a valid slug " + SLUG_HINT),
        ("b" * 121 + ".fr.md", f"'{'b' * 121}' is not a valid slug " + SLUG_HINT),
        ("x.de.md", "language 'de' is neither source_lang nor target_lang in config.yaml"),
        (
            "x.xx.md",
            "cannot tell the language of 'x.xx.md' (hint: name content files <slug>.fr.md or "
            "<slug>.en.md)",
        ),
    ],
)
def test_content_file_with_a_bad_name_is_refused(
    project: Path, name: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {f"content/{name}": GOOD, "content/good.fr.md": GOOD})
    assert run(project, "render") == 1
    assert f"{project / 'content' / name}: {message}" in capsys.readouterr().err
    assert sorted(p.name for p in (project / "public" / "articles").iterdir()) == ["good"]


@pytest.mark.parametrize(
    "relative",
    ["../x", "../../x", "a/../../x", "/tmp/x", "a\x00b", "", ".", "a/..", "x" * 201],
)
def test_the_writer_refuses_any_path_outside_its_folder(tmp_path: Path, relative: str) -> None:
    output = tmp_path / "public"
    writer = OutputWriter(output)
    with pytest.raises(RenderError, match="refusing to write"):
        writer.write(relative, "x")
    assert files_below(tmp_path) == {}


@pytest.mark.parametrize("known_folders", [None, {}], ids=["alone", "with-known-folders"])
@pytest.mark.parametrize("relative", ["link/x", "link/deeper/x", "inside/file-link"])
def test_the_writer_does_not_follow_a_symlink_out_of_its_folder(
    tmp_path: Path, relative: str, known_folders: dict[str, str] | None
) -> None:
    (tmp_path / "public" / "inside").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (tmp_path / "public" / "link").symlink_to(tmp_path / "outside")
    (tmp_path / "public" / "inside" / "file-link").symlink_to(tmp_path / "outside" / "f")
    if known_folders is not None:  # folders already checked by earlier pages of the build
        safe_join(tmp_path / "public", "inside/page.html", known_folders)
    with pytest.raises(RenderError) as caught:
        safe_join(tmp_path / "public", relative, known_folders)
    if relative.startswith("link/"):  # the folder link is named
        assert str(caught.value) == (
            f"{tmp_path / 'public' / 'link'}: a folder of the output is a symbolic link leading "
            "outside it: not written through (hint: remove the link)"
        )
    else:
        assert str(caught.value) == f"refusing to write outside the output folder: '{relative}'"
    assert list((tmp_path / "outside").iterdir()) == []


def test_one_cache_of_checked_folders_serves_one_output_folder_at_a_time(tmp_path: Path) -> None:
    known: dict[str, str] = {}
    for name in ("first", "second", "first"):
        (tmp_path / name / "articles").mkdir(parents=True, exist_ok=True)
        target = safe_join(tmp_path / name, "articles/index.html", known)
        assert target == (tmp_path / name).resolve() / "articles" / "index.html"


def test_a_symlink_within_the_output_folder_is_followed(tmp_path: Path) -> None:
    output = tmp_path / "public"
    (output / "real").mkdir(parents=True)
    (output / "alias").symlink_to(output / "real")
    known: dict[str, str] = {}
    for _ in range(2):
        assert safe_join(output, "alias/index.html", known) == output.resolve() / "real/index.html"
        assert safe_join(output, "alias/index.html") == output.resolve() / "real/index.html"


def test_the_writer_refuses_to_write_one_path_twice(tmp_path: Path) -> None:
    writer = OutputWriter(tmp_path)
    writer.write("a/index.html", "one")
    with pytest.raises(
        RenderError, match=re.escape("two pages want the same output file: a/./index.html")
    ):
        writer.write("a/./index.html", "two")
    assert (tmp_path / "a" / "index.html").read_text(encoding="utf-8") == "one"


def test_a_failed_atomic_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = write_tree(tmp_path, {"page.html": "old"}) / "page.html"

    def broken_replace(source: str, destination: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, "new")
    assert files_below(tmp_path) == {"page.html": b"old"}


def test_written_files_get_the_usual_permissions_and_keep_their_own(tmp_path: Path) -> None:
    from visavis.writer import commit_write, prepare_write

    old_umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.md", "nouveau")
        commit_write(
            str(prepare_write(tmp_path / "site" / "page.html", "<p>")),
            tmp_path / "site" / "page.html",
        )
        kept = write_tree(tmp_path, {"kept.md": "ancien"}) / "kept.md"
        kept.chmod(0o640)
        write_atomic(kept, "nouveau")
    finally:
        os.umask(old_umask)
    assert (tmp_path / "new.md").stat().st_mode & 0o777 == 0o644, "readable by a web server"
    assert (tmp_path / "site" / "page.html").stat().st_mode & 0o777 == 0o644
    assert kept.stat().st_mode & 0o777 == 0o640, "a file's own permissions are kept"


def test_leftover_temporaries_are_swept_but_nothing_else(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            ".index.html.ab12cd_9.tmp": "half",
            "a/.page.html.zz99yy00.tmp": "half",
            "notes.tmp": "mine",
            ".x.tmp": "mine",
            "index.html": "page",
        },
    )
    assert remove_temp_files(tmp_path, recursive=True) == 2
    assert sorted(files_below(tmp_path)) == [".x.tmp", "index.html", "notes.tmp"]


# --- YAML front-matter ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ntitle: [1, 2]\n---\nX.\n", ":2: front matter 'title' must be text, not list"),
        (
            "---\ntitle: ok\nauthor: {a: 1}\n---\n",
            ":3: front matter 'author' must be text, not dict",
        ),
        ("---\ntitle: !!binary AAAA\n---\n", ":2: front matter 'title' must be text, not bytes"),
        (
            "---\ntitle: x\n",
            ":1: front matter is not closed (hint: end it with a line holding only '---')",
        ),
        (
            "---\ntitle: x\n  bad: indent\n---\n",
            ":3: front matter is not valid YAML: mapping values are not allowed here",
        ),
        (
            "---\ntitle: ok\nauthor: [unclosed\n---\n",
            ":3: front matter is not valid YAML: expected ',' or ']', but got '<stream end>'",
        ),
        ("---\n- a\n- b\n---\n", ":2: front matter must be a mapping of keys to values"),
        (
            "---\ntitle: ok\nauthor: a\x07b\n---\n",
            ":3: front matter is not valid YAML: the character U+0007 is not allowed in YAML",
        ),
        ("---\n1: x\ntitle: y\n---\n", ":2: front matter key 1 is not text"),
        (
            "---\ntitle: !custom x\n---\n",
            ":2: front matter uses the YAML tag '!custom', which is not allowed",
        ),
        (
            "---\ntitle: !!python/object/apply:os.system [echo]\n---\n",
            ":2: front matter is not valid YAML: could not determine a constructor for the tag "
            "'tag:yaml.org,2002:python/object/apply:os.system'",
        ),
        (
            "---\nbase: &b {title: x}\n<<: *b\n---\n",
            ":2: front matter uses YAML aliases (&anchor/*alias), which are not allowed",
        ),
        (
            "---\ntitle: x\ndate: 2024-13-45\n---\n",
            f":3: front matter holds an impossible value: month must be in 1..12 {DATE_HINT}",
        ),
        (
            "---\ntitle: x\nsource: {seen: [2024-01-01 25:00:00]}\n---\n",
            f":3: front matter holds an impossible value: hour must be in 0..23 {DATE_HINT}",
        ),
    ],
    ids=lambda value: value.split("\n")[1][:30] if value.startswith("---") else None,
)
def test_bad_front_matter_is_refused_with_file_and_line(
    project: Path, text: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"content/bad.fr.md": text, "content/good.fr.md": GOOD})
    assert run(project, "render") == 1
    err = capsys.readouterr().err
    assert f"error: {project / 'content' / 'bad.fr.md'}{message}" in err
    assert "Traceback" not in err
    assert (project / "public" / "articles" / "good" / "index.html").is_file()


def billion_laughs(levels: int = 9) -> str:
    """The classic YAML alias bomb: 9 levels of 9 references, a billion leaves."""
    lines = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index in range(1, levels):
        previous, name = chr(ord("a") + index - 1), chr(ord("a") + index)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join([*lines, "title: boom", "---", "Texte.", ""])


def test_alias_bomb_is_refused_quickly_without_memory_blow_up(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_tree(project, {"content/bomb.fr.md": billion_laughs()}) / "content/bomb.fr.md"
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(VisavisError) as caught:
            read_document(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 1
    assert peak < 5 * 1024 * 1024
    assert str(caught.value) == (
        f"{path}:2: front matter uses YAML aliases (&anchor/*alias), which are not allowed"
    )
    assert run(project, "render") == 1
    assert str(caught.value) in capsys.readouterr().err


def test_oversized_front_matter_is_refused_before_parsing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flood = "".join(f"k{index}: [{', '.join(['x'] * 20)}]\n" for index in range(2000))
    assert len(flood) > MAX_FRONT_MATTER_BYTES
    write_tree(project, {"content/big.fr.md": f"---\ntitle: x\n{flood}---\nTexte.\n"})
    started = time.perf_counter()
    assert run(project, "render") == 1
    assert time.perf_counter() - started < 2
    assert f"{project / 'content' / 'big.fr.md'}:2: front matter is larger than 64 KB" in (
        capsys.readouterr().err
    )


# --- empty, binary, huge and wrongly encoded files ---------------------------------------------

HUGE = ("Une phrase assez longue pour remplir un très gros fichier. " * 20 + "\n\n") * 20_000


def test_broken_content_files_are_all_reported_and_the_rest_builds(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(
        project,
        {
            "content/empty.fr.md": "",
            "content/binary.fr.md": b"PK\x03\x04\x00\x00binary\x00",
            "content/huge.fr.md": "---\ntitle: Énorme\n---\n" + HUGE,
            "content/latin1.fr.md": "---\ntitle: Caf\u00e9\n---\nIl fait beau.\n".encode("cp1252"),
            "content/good.fr.md": GOOD,
        },
    )
    megabytes = (project / "content" / "huge.fr.md").stat().st_size // 2**20
    assert megabytes >= 20
    started = time.perf_counter()
    assert run(project, "render") == 1
    assert time.perf_counter() - started < 5
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    content = project / "content"
    assert lines == [
        f"error: {content / 'binary.fr.md'}: file contains NUL bytes: it looks binary",
        f"error: {content / 'empty.fr.md'}:1: front matter needs 'title'",
        f"error: {content / 'huge.fr.md'}: file is {megabytes} MB, larger than the 8 MB a "
        "content file may be",
        f"error: {content / 'latin1.fr.md'}:2: file is not valid UTF-8 (hint: save it as UTF-8)",
    ]
    assert sorted(p.name for p in (project / "public" / "articles").iterdir()) == ["good"]


def test_broken_seeds_are_all_reported_and_the_rest_is_ingested(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(
        project,
        {
            "seeds/empty.txt": "",
            "seeds/binary.txt": b"PK\x03\x04\x00\x01binary",
            "seeds/huge.txt": "Un titre\n\n" + HUGE,
            "seeds/undecodable.txt": b"Titre\n\nDes octets \x81\x8d invalides \xc3\x28.\n",
            "seeds/latin1.txt": "Le café\n\nIl fait beau à Paris.\n".encode("latin-1"),
            "seeds/good.txt": "Le marché ouvre tôt\n\nLe maire a visité les stands ce matin.\n",
        },
    )
    started = time.perf_counter()
    assert run(project, "ingest") == 1
    assert time.perf_counter() - started < 5
    err = capsys.readouterr().err
    seeds = project / "seeds"
    assert [line for line in err.splitlines() if line.startswith("error:")] == [
        f"error: {seeds / 'binary.txt'}:1: file looks binary, not text (hint: is it a text file?)",
        f"error: {seeds / 'empty.txt'}: file is empty",
        f"error: {seeds / 'huge.txt'}: file is larger than 4 MB",
        f"error: {seeds / 'undecodable.txt'}:3: cannot decode the file: it is neither UTF-8 nor "
        "Windows-1252 (hint: save it as UTF-8)",
    ]
    assert "warning: latin1.txt: read as Windows-1252 (not valid UTF-8)" in err
    assert sorted(p.name for p in (project / "content").iterdir()) == [
        "le-cafe.fr.md",
        "le-marche-ouvre-tot.fr.md",
    ]


# --- layouts -----------------------------------------------------------------------------------


@pytest.fixture
def own_layouts(project: Path) -> Path:
    """A project with its own copy of the layouts (to break), one article, built once."""
    shutil.copytree(REPO / "layouts", project / "layouts")
    write_tree(project, {"config.yaml": project_config(layouts_dir="layouts")})
    write_tree(project, {"content/good.fr.md": GOOD})
    assert run(project, "render") == 0
    return project


def test_missing_layouts_folder_is_a_clear_error(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(project, {"config.yaml": project_config(layouts_dir="nowhere")})
    write_tree(project, {"content/good.fr.md": GOOD})
    assert run(project, "render") == 1
    assert (
        f"error: {project / 'nowhere'}: layouts folder not found (hint: check 'layouts_dir')"
        in capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("layout", "text", "message"),
    [
        ("article.html", None, "{layouts}: missing layouts: article.html"),
        (
            "_card.html",
            "<p>\n{% if card.title %}\n{{ card.title }\n</p>\n",
            "{layouts}/_card.html:3: layout error: unexpected '}'",
        ),
        (
            "article.html",
            '{% extends "base.html" %}{% block main %}{{ nope }}{% endblock %}',
            "{layouts}/article.html:1: layout error while rendering articles/good/index.html: "
            "'nope' is undefined",
        ),
    ],
    ids=["missing", "syntax", "undefined"],
)
def test_a_broken_layout_fails_cleanly_and_leaves_the_site_as_it_was(
    own_layouts: Path,
    layout: str,
    text: str | None,
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = files_below(own_layouts / "public")
    target = own_layouts / "layouts" / layout
    if text is None:
        target.unlink()
    else:
        target.write_text(text, encoding="utf-8")
    write_tree(own_layouts, {"content/other.fr.md": GOOD})
    capsys.readouterr()
    assert run(own_layouts, "render") == 1
    err = capsys.readouterr().err
    assert f"error: {message.replace('{layouts}', str(own_layouts / 'layouts'))}" in err
    assert "Traceback" not in err
    assert files_below(own_layouts / "public") == before, "no page is half-rendered"


def test_an_article_deleted_after_a_failed_render_still_loses_its_page(
    own_layouts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(own_layouts, {"content/other.fr.md": GOOD})
    assert run(own_layouts, "render") == 0
    article = own_layouts / "layouts" / "article.html"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("{% block main %}", "{% block main %}{{ 1 +}}", 1), "utf-8")
    assert run(own_layouts, "render") == 1  # every page was due, none was written
    article.write_text(text, encoding="utf-8")
    (own_layouts / "content" / "other.fr.md").unlink()
    assert run(own_layouts, "render") == 0
    assert not (own_layouts / "public" / "articles" / "other").exists()
    assert (own_layouts / "public" / "articles" / "good" / "index.html").is_file()


def test_a_page_failing_in_a_parallel_render_leaves_the_site_as_it_was(
    own_layouts: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from visavis import render

    monkeypatch.setattr(render, "PARALLEL_THRESHOLD", 1)  # forked workers even for a few pages
    before = files_below(own_layouts / "public")
    article = own_layouts / "layouts" / "article.html"
    text = article.read_text(encoding="utf-8")
    broken = "{% block main %}{% if article.slug == 'other' %}{{ nope }}{% endif %}"
    article.write_text(text.replace("{% block main %}", broken, 1), encoding="utf-8")
    write_tree(own_layouts, {"content/other.fr.md": GOOD})
    capsys.readouterr()
    assert run(own_layouts, "render") == 1
    err = capsys.readouterr().err
    assert "layout error while rendering articles/other/index.html: 'nope' is undefined" in err
    assert files_below(own_layouts / "public") == before, "no page changed, no temporary left"
    with document_cache(own_layouts / ".cache") as cache:  # saved although the render failed
        assert str(own_layouts / "content" / "other.fr.md") in cache.index


# --- config.yaml -------------------------------------------------------------------------------


def test_config_with_wrong_types_lists_every_problem_with_its_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = (
        write_tree(
            project, {"config.yaml": "title: [1]\nper_page: lots\nbase_url: 3\nsource_lang: xx\n"}
        )
        / "config.yaml"
    )
    write_tree(project, {"content/good.fr.md": GOOD})
    assert run(project, "render") == 1
    assert [line for line in capsys.readouterr().err.splitlines()] == [
        f"error: {path}:1: 'title' must be text",
        f"error: {path}:2: 'per_page' must be a whole number",
        f"error: {path}:3: 'base_url' must be text",
        f"error: {path}:4: 'source_lang': unknown language code 'xx' (hint: use an ISO 639-1 "
        "code such as fr or en)",
    ]
    assert not (project / "public").exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: ok\nabout: [\n", ":3: config is not valid YAML: expected the node content"),
        ("title: !!python/name:os.system\n", ":1: config is not valid YAML: could not determine"),
        ("a: &a [x]\nb: *a\n", ":1: config uses YAML aliases"),
        ("- title\n", ":1: config must be a mapping of keys to values"),
    ],
)
def test_malformed_config_names_its_line(
    project: Path, text: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_tree(project, {"config.yaml": text}) / "config.yaml"
    assert run(project, "render") == 1
    assert f"error: {path}{message}" in capsys.readouterr().err


def test_unknown_config_key_is_a_warning_with_its_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = project / "config.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8")
    write_tree(project, {"content/good.fr.md": GOOD})
    assert run(project, "render") == 0
    assert f"{path}:5: unknown config key 'colour' is ignored" in capsys.readouterr().err


def test_strict_fails_on_an_unknown_config_key(project: Path) -> None:
    path = project / "config.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "colour: blue\n", encoding="utf-8")
    write_tree(project, {"content/good.fr.md": GOOD})
    assert run(project, "--strict", "render") == 1


# --- translation memory and Argos package ------------------------------------------------------


def test_corrupted_translation_memory_is_rebuilt_with_a_warning(
    project: Path, tiny_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrupted = b"SQLite format 3\x00" + b"\xff" * 4000  # a valid header, then garbage
    write_tree(project, {".cache/memory.sqlite": corrupted, "content/good.fr.md": GOOD})
    memory = project / ".cache" / "memory.sqlite"
    assert run(project, "translate") == 0
    err = capsys.readouterr().err
    assert (
        f"warning: {memory}: translation memory was unreadable (file is not a database); "
        "moved it to memory.sqlite.corrupt and started a new one"
    ) in err
    counts = stage_summary(err, "translate")
    assert (counts["sentences translated"], counts["from memory"]) == (2, 0)
    assert (project / ".cache" / "memory.sqlite.corrupt").is_file()
    assert run(project, "translate", "--force") == 0
    counts = stage_summary(capsys.readouterr().err, "translate")
    assert (counts["sentences translated"], counts["from memory"]) == (0, 2)


@pytest.fixture(scope="module")
def pristine_argos(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An isolated Argos home with the tiny package installed by `build.py install-model`."""
    home = tmp_path_factory.mktemp("argos-pristine")
    argos_home_with_tiny_model(home)
    return home


def damage_package(package: Path, damage: str) -> None:
    """Break an installed Argos package in one of the ways a disk or a person might."""
    if damage == "truncated weights":
        weights = package / "model" / "model.bin"
        weights.write_bytes(weights.read_bytes()[:100])
    elif damage == "no tokenizer":
        (package / "sentencepiece.model").unlink()
    elif damage == "no metadata":
        (package / "metadata.json").unlink()
    else:
        (package / "metadata.json").write_text("{broken", encoding="utf-8")


CANNOT_LOAD = (
    "error: {package}: cannot load the translation model translate-fr_en {version} "
    "(hint: the package looks corrupted: install it again)\n  reason: "
)
BROKEN = (
    "error: {packages}: an installed Argos package is broken (hint: remove the broken folder, "
    "then install the model again)\n  reason: "
)


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        ("truncated weights", CANNOT_LOAD + "File model.bin is incomplete: "),
        ("no tokenizer", CANNOT_LOAD + "no sentencepiece.model or bpe.model in the package\n"),
        ("no metadata", BROKEN + "Error opening package at {package}/metadata.json"),
        ("broken metadata", BROKEN + "Expecting property name enclosed in double quotes: "),
    ],
)
def test_corrupted_argos_package_is_a_clear_error_without_traceback(
    project: Path,
    pristine_argos: Path,
    tmp_path_factory: pytest.TempPathFactory,
    damage: str,
    expected: str,
) -> None:
    home = tmp_path_factory.mktemp("argos-damaged")
    shutil.copytree(pristine_argos, home, dirs_exist_ok=True)
    packages = Path(isolated_env(home)["ARGOS_PACKAGES_DIR"])
    (package,) = [p for p in packages.iterdir() if p.is_dir()]
    version = json.loads((package / "metadata.json").read_text(encoding="utf-8"))["package_version"]
    damage_package(package, damage)
    write_tree(project, {"content/good.fr.md": GOOD})
    command = [sys.executable, str(REPO / "build.py"), "--config", str(project / "config.yaml")]
    result = subprocess.run(
        [*command, "translate"],
        env={**isolated_env(home), "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert expected.format(package=package, packages=packages, version=version) in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "content" / "good.en.md").exists()


# --- property-based: any front-matter and Markdown either builds or fails with VisavisError ----

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.sampled_from(["2024-01-01", "2024-13-45", "hier", "<script>x</script>", "../../x", "x"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
KEYS = st.sampled_from(
    [
        "title",
        "slug",
        "lang",
        "standfirst",
        "author",
        "section",
        "publication",
        "date",
        "translation",
        "source",
        "country",
        "author_handle",
        "reviewed",
    ]
)
FRONT_MATTER_LINES = st.lists(
    st.one_of(
        st.builds(lambda key, value: f"{key}: {value}", KEYS, st.text(max_size=30)),
        st.text(max_size=30),
        st.sampled_from(
            [
                "title: [1, 2]",
                "a: &a x",
                "b: *a",
                "date: 2024-02-30",
                "x: !!binary AAAA",
                "title: !t x",
                "  - y",
                "? [k]",
                "reviewed: yes",
            ]
        ),
    ),
    max_size=6,
)
MARKDOWN_LINES = st.lists(
    st.one_of(
        st.text(max_size=60),
        st.sampled_from(
            [
                "",
                "## Titre",
                "> Citation.",
                "> — Nom",
                "- item",
                "1. un",
                "<script>x</script>",
                "[a](javascript:x)",
                "```",
                "    code",
                "***",
                "\ue000\ue001x\ue002",
                "\\- échappé",
                "Phrase un. Phrase deux.",
                "<div>",
                "&amp;",
                "|a|b|",
                "---",
            ]
        ),
    ),
    max_size=12,
)


def article_a(config: Config) -> Article:
    """Article `a` as a build reads it (its files checked); its error raised if it has one."""
    articles, errors = read_articles(config)
    for error in errors:
        if error.path is not None and error.path.name.startswith("a."):
            raise error
    article = next(article for article in articles if article.slug == "a")
    return article


@settings(max_examples=40, deadline=None)
@given(front=FRONT_MATTER_LINES, body=MARKDOWN_LINES, translated_body=MARKDOWN_LINES)
def test_any_front_matter_and_markdown_renders_or_fails_with_the_project_error(
    tmp_path_factory: pytest.TempPathFactory,
    front: list[str],
    body: list[str],
    translated_body: list[str],
) -> None:
    root = tmp_path_factory.mktemp("prop")
    write_tree(root, {"config.yaml": project_config()})
    source_text = "---\ntitle: Un titre\n" + "\n".join(front) + "\n---\n" + "\n".join(body)
    translation_text = "---\n" + "\n".join(front) + "\n---\n" + "\n".join(translated_body)
    write_tree(
        root,
        {
            "content/a.fr.md": source_text,
            "content/a.en.md": translation_text,
            "content/b.fr.md": GOOD,
        },
    )
    code = run(root, "render")
    assert code in (0, 1)
    config = load_config(root / "config.yaml")
    with contextlib.suppress(VisavisError):
        render_site(config, [article_a(config)], force=True)


@settings(max_examples=40, deadline=None)
@given(meta=st.dictionaries(KEYS, VALUES, max_size=6), body=MARKDOWN_LINES)
def test_any_yaml_values_in_front_matter_render_or_fail_with_the_project_error(
    tmp_path_factory: pytest.TempPathFactory, meta: dict, body: list[str]
) -> None:
    import yaml

    root = tmp_path_factory.mktemp("prop")
    write_tree(root, {"config.yaml": project_config()})
    front = yaml.safe_dump(meta, allow_unicode=True)
    write_tree(root, {"content/a.fr.md": f"---\n{front}---\n" + "\n".join(body)})
    config = load_config(root / "config.yaml")
    with contextlib.suppress(VisavisError):
        render_site(config, [article_a(config)])
    assert run(root, "render") in (0, 1)


# --- settings branch: characters, types, duplicates and depth in front matter and config ------
# (the folder settings have their own module, tests/test_settings_safety.py)

UNSHOWN_HINT = "(hint: remove it: no page or feed can show it)"


def test_a_nul_in_a_front_matter_slug_is_refused_before_anything_escapes(
    nested_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = nested_project / "content" / "bad.fr.md"
    bad.write_text('---\ntitle: Mal\nslug: "a\\0b"\n---\nTexte.\n', encoding="utf-8")
    before = names_below(tmp_path)
    assert run(nested_project, "render") == 1
    assert (
        f"error: {bad}:3: front matter 'slug' holds the control character U+0000 {UNSHOWN_HINT}"
        in capsys.readouterr().err.splitlines()
    )
    written = {tuple(name.split("/")[:4]) for name in names_below(tmp_path) - before}
    site = ("a", "b", "site")
    assert written == {(*site, "public"), (*site, ".cache")}, "only the output and the cache"
    assert sorted(p.name for p in (nested_project / "public" / "articles").iterdir()) == ["good"]


@pytest.mark.parametrize(
    ("escape", "what"),
    [
        ("\\x01", f"the control character U+0001 {UNSHOWN_HINT}"),
        ("\\x1b", f"the control character U+001B {UNSHOWN_HINT}"),
        ("\\uFFFF", f"the noncharacter U+FFFF {UNSHOWN_HINT}"),
        (
            "\\ud800",
            "a lone surrogate (U+D800) (hint: write the character itself (in double quotes, "
            "\\U and 8 hex digits for one above U+FFFF))",
        ),
    ],
)
def test_an_unshowable_character_in_front_matter_is_refused_and_the_feed_stays_xml(
    project: Path, escape: str, what: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import xml.etree.ElementTree as ElementTree

    bad = project / "content" / "bad.fr.md"
    write_tree(
        project,
        {
            "content/good.fr.md": GOOD,
            "content/bad.fr.md": f'---\ndate: 2024-01-02\nauthor: "Ana{escape}"\n---\nTexte.\n',
        },
    )
    assert run(project, "render") == 1
    err = capsys.readouterr().err
    assert f"error: {bad}:3: front matter 'author' holds {what}" in err.splitlines()
    assert "Traceback" not in err
    ElementTree.fromstring((project / "public" / "feed.xml").read_bytes())
    pages = [  # the search index is compressed binary data, not a page
        data for path, data in files_below(project / "public").items() if "pagefind/" not in path
    ]
    assert not any(b"\x01" in data or b"\x1b" in data for data in pages)


def test_a_list_where_text_is_expected_is_refused_not_shown_as_python(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = project / "content" / "bad.fr.md"
    text = "---\ntitle: Mal\ncountry: [France, Suisse]\nauthor_handle: {at: x}\n---\nTexte.\n"
    write_tree(project, {"content/good.fr.md": GOOD, "content/bad.fr.md": text})
    assert run(project, "render") == 1
    assert f"error: {bad}:3: front matter 'country' must be text, not list" in (
        capsys.readouterr().err.splitlines()
    )
    output = b"".join(files_below(project / "public").values())
    assert b"[&#39;France&#39;" not in output and b"['France'" not in output


def test_a_number_where_text_is_expected_is_shown_as_written(project: Path) -> None:
    write_tree(project, {"content/annee.fr.md": "---\ntitle: 2024\ncountry: NO\n---\nTexte.\n"})
    assert run(project, "render") == 0
    page = (project / "public" / "articles" / "annee" / "index.html").read_text("utf-8")
    assert ">2024<" in page and ">NO<" in page


def test_a_duplicate_front_matter_key_is_refused_naming_both_lines(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write_tree(project, {"content/bad.fr.md": "---\ntitle: a\nlang: fr\ntitle: b\n---\n"})
    assert run(project, "render") == 1
    assert f"error: {bad / 'content' / 'bad.fr.md'}:4: duplicate key 'title' (first at line 2)" in (
        capsys.readouterr().err.splitlines()
    )


@pytest.mark.parametrize("levels", [500, 100_000])
def test_deep_yaml_in_a_content_file_is_an_error_without_traceback(
    project: Path, levels: int, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = project / "content" / "deep.fr.md"
    write_tree(project, {"content/deep.fr.md": "---\ntitle: " + "[" * levels + "\n---\nX.\n"})
    started = time.perf_counter()
    assert run(project, "render") == 1
    assert time.perf_counter() - started < 5
    err = capsys.readouterr().err
    reason = "is nested more than 50 levels deep" if levels == 500 else "is larger than 64 KB"
    assert f"error: {bad}:2: front matter {reason}" in err.splitlines()
    assert "Traceback" not in err and "RecursionError" not in err


@pytest.mark.parametrize("levels", [500, 100_000])
def test_deep_yaml_in_the_config_stops_the_build_before_anything_is_written(
    project: Path, levels: int, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_tree(project, {"config.yaml": "title: " + "{a: " * levels + "\n"}) / "config.yaml"
    before = files_below(project)
    assert run(project) == 1
    reason = "is nested more than 50 levels deep" if levels == 500 else "is larger than 64 KB"
    assert capsys.readouterr().err.splitlines() == [f"error: {path}:1: config {reason}"]
    assert files_below(project) == before
